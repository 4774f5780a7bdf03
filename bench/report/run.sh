#!/usr/bin/env bash
# The aggregation of one quarter's reports at national scale and the time to print a long report (see
# src/test/java/vn/neuguong/report/ReportBench.java). Creates (or recreates) the database $BENCH_DB on the local
# PostgreSQL server, loads ~300,000 organizations (and the 6,000,000 members of the shared tree), a campaign owing a
# quarterly report at every party organization and the first quarter's reports, then times the aggregation at the
# root, a province, a district and a ward beside the bare SQL, and the DOCX and PDF of a 30-page report.
# BENCH_SCALE scales the tree (0.1: a tenth); BENCH_KEEP=1 times a database loaded before again. Results are printed
# and written to target/report-bench.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB="${BENCH_DB:-ng_bench_report}"
HOST="${BENCH_DB_HOST:-127.0.0.1}"
USER_NAME="${BENCH_DB_USER:-postgres}"
if [ "${BENCH_KEEP:-0}" != 1 ]; then
  psql -h "$HOST" -U "$USER_NAME" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" \
       -c "CREATE DATABASE $DB TEMPLATE template0 ENCODING 'UTF8'"
fi
export BENCH_DB_URL="jdbc:postgresql://$HOST:5432/$DB"
export BENCH_DB_USER="$USER_NAME"
rm -f target/report-bench.txt
./mvnw -q test -Dtest=ReportBench -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true
[ -f target/report-bench.txt ] && cat target/report-bench.txt
