#!/usr/bin/env bash
# The compliance board at national scale (see src/test/java/vn/neuguong/campaign/ComplianceBench.java), on the
# shared national data set: the database $BENCH_DB (default ng_bench_national) is loaded the first time (about
# 300,000 organizations and 6,000,000 members, as bench/pages/run.sh does) and reused afterwards. A BENCH_DB that
# does not exist yet is created as a copy of $BENCH_TEMPLATE (default ng_bench_national) when that exists, since the
# bench migrates (Flyway, before any timing) and writes its campaign (about 1.5 million obligations, added once).
# Prints the board for the root, a province and a ward from the roll-up, by the plain statement and as bare SQL
# (p50 / p99 of BENCH_RUNS runs, default 15) beside the goals, then the roll-up's costs on the write side; writes
# target/compliance-bench.txt. BENCH_FIVE_YEAR=1 also launches the five-year campaign when the bench's is created.
# BENCH_NODES (root, province, ward; e.g. "ward") times only those boards, without the write costs.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB="${BENCH_DB:-ng_bench_national}"
TEMPLATE="${BENCH_TEMPLATE:-ng_bench_national}"
HOST="${BENCH_DB_HOST:-127.0.0.1}"
USER_NAME="${BENCH_DB_USER:-postgres}"
exists() {
  psql -h "$HOST" -U "$USER_NAME" -Atc "SELECT 1 FROM pg_database WHERE datname = '$1'" | grep -q 1
}
if ! exists "$DB"; then
  if [ "$DB" != "$TEMPLATE" ] && exists "$TEMPLATE"; then
    psql -h "$HOST" -U "$USER_NAME" -qc "CREATE DATABASE $DB TEMPLATE $TEMPLATE"
  else
    psql -h "$HOST" -U "$USER_NAME" -qc "CREATE DATABASE $DB TEMPLATE template0 ENCODING 'UTF8'"
  fi
fi
export BENCH_DB_URL="jdbc:postgresql://$HOST:5432/$DB"
export BENCH_DB_USER="$USER_NAME"
./mvnw -q test -Dtest=ComplianceBench -Dsurefire.failIfNoSpecifiedTests=false
cat target/compliance-bench.txt
