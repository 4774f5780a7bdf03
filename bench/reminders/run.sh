#!/usr/bin/env bash
# Obligation reminders over a national backlog (see src/test/java/vn/neuguong/campaign/RemindersBench.java).
# Works on $BENCH_DB (default ng_remind_x), a copy of the national data set $BENCH_TEMPLATE (default
# ng_bench_national, loaded by bench/pages/run.sh), made the first time (or again with BENCH_FRESH=1); the
# campaign of ~1.5 million obligations and the accounts are added to the copy once and reused. Times the set-based
# run, a second run, and the former path (one statement per obligation) over a sample of BENCH_SAMPLE_IDS
# obligation ids, extrapolated. Results are printed and written to target/reminders-bench.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
DB="${BENCH_DB:-ng_remind_x}"
TEMPLATE="${BENCH_TEMPLATE:-ng_bench_national}"
HOST="${BENCH_DB_HOST:-127.0.0.1}"
USER_NAME="${BENCH_DB_USER:-postgres}"
if [ "${BENCH_FRESH:-0}" = 1 ]; then
  psql -h "$HOST" -U "$USER_NAME" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
fi
if ! psql -h "$HOST" -U "$USER_NAME" -Atc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  # a template must have no open connection: retry while another bench reads it
  for attempt in $(seq 1 30); do
    if psql -h "$HOST" -U "$USER_NAME" -qc "CREATE DATABASE $DB TEMPLATE $TEMPLATE"; then break; fi
    [ "$attempt" = 30 ] && exit 1
    sleep 10
  done
fi
export BENCH_DB_URL="jdbc:postgresql://$HOST:5432/$DB"
export BENCH_DB_USER="$USER_NAME"
./mvnw -q test -Dtest=RemindersBench -Dsurefire.failIfNoSpecifiedTests=false
cat target/reminders-bench.txt
echo "PostgreSQL: $(psql -h "$HOST" -U "$USER_NAME" -d "$DB" -Atc 'SHOW server_version')"
