#!/usr/bin/env bash
# Scoped statements at national scale (see src/test/java/vn/neuguong/bench/PagesBench.java). Uses the database
# $BENCH_DB (default ng_bench_national) on the local PostgreSQL server: the national data set of the compliance
# bench is loaded into it the first time (about 300,000 organizations and 6,000,000 members; BENCH_SCALE scales it)
# and reused afterwards; BENCH_FRESH=1 drops it first. Prints p50/p99 of each statement as ward, district and
# province staff beside the same statement with the scope written as before, and writes target/pages-bench.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB="${BENCH_DB:-ng_bench_national}"
HOST="${BENCH_DB_HOST:-127.0.0.1}"
USER_NAME="${BENCH_DB_USER:-postgres}"
if [ "${BENCH_FRESH:-0}" = 1 ]; then
  psql -h "$HOST" -U "$USER_NAME" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
fi
if ! psql -h "$HOST" -U "$USER_NAME" -Atc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  psql -h "$HOST" -U "$USER_NAME" -qc "CREATE DATABASE $DB TEMPLATE template0 ENCODING 'UTF8'"
fi
export BENCH_DB_URL="jdbc:postgresql://$HOST:5432/$DB"
export BENCH_DB_USER="$USER_NAME"
./mvnw -q test -Dtest=PagesBench -Dsurefire.failIfNoSpecifiedTests=false
cat target/pages-bench.txt
