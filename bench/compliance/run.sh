#!/usr/bin/env bash
# The compliance board at national scale (see src/test/java/vn/neuguong/campaign/ComplianceBench.java).
# Creates (or recreates) the database $BENCH_DB on the local PostgreSQL server, loads ~300,000 organizations,
# 6,000,000 members and a campaign with ~1.5 million obligations, then times the board. Results are printed and
# written to target/compliance-bench.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB="${BENCH_DB:-ng_bench_compliance}"
HOST="${BENCH_DB_HOST:-127.0.0.1}"
USER_NAME="${BENCH_DB_USER:-postgres}"
psql -h "$HOST" -U "$USER_NAME" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" \
     -c "CREATE DATABASE $DB TEMPLATE template0 ENCODING 'UTF8'"
export BENCH_DB_URL="jdbc:postgresql://$HOST:5432/$DB"
export BENCH_DB_USER="$USER_NAME"
./mvnw -q test -Dtest=ComplianceBench -Dsurefire.failIfNoSpecifiedTests=false
cat target/compliance-bench.txt
