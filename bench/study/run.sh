#!/usr/bin/env bash
# The members' submissions on the compliance board at national scale (see
# src/test/java/vn/neuguong/study/StudyBench.java). Creates (or recreates) the database $BENCH_DB on the local
# PostgreSQL server, loads ~300,000 organizations, 6,000,000 members, a campaign owing members' submissions at every
# cell and a study file per member, then times the board's figures beside the bare SQL. BENCH_SCALE scales the tree
# and the members (0.25: a quarter); BENCH_KEEP=1 times a database loaded before again, BENCH_TIMINGS=0 only
# loads. Results are printed and written to target/study-bench.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB="${BENCH_DB:-ng_bench_study}"
HOST="${BENCH_DB_HOST:-127.0.0.1}"
USER_NAME="${BENCH_DB_USER:-postgres}"
if [ "${BENCH_KEEP:-0}" != 1 ]; then
  psql -h "$HOST" -U "$USER_NAME" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" \
       -c "CREATE DATABASE $DB TEMPLATE template0 ENCODING 'UTF8'"
fi
export BENCH_DB_URL="jdbc:postgresql://$HOST:5432/$DB"
export BENCH_DB_USER="$USER_NAME"
rm -f target/study-bench.txt
./mvnw -q test -Dtest=StudyBench -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true
[ -f target/study-bench.txt ] && cat target/study-bench.txt
