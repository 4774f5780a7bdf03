#!/usr/bin/env bash
# The staff pages at national scale. First the scoped statements (src/test/java/vn/neuguong/bench/PagesBench.java) on
# the database $BENCH_DB (default ng_bench_national) on the local PostgreSQL server: the national data set of the
# compliance bench is loaded into it the first time (about 300,000 organizations and 6,000,000 members; BENCH_SCALE
# scales it) and reused afterwards; BENCH_FRESH=1 drops it first. Prints p50/p99 of each statement as ward, district
# and province staff beside the same statement with the scope written as before.
# Then the pages over HTTP (PagesHttpBench.java) on a copy of it, $BENCH_COPY_DB (default ng_pages_national), made
# once from the shared set (which stays as loaded) and dressed by members.sql (Vietnamese names, the search index)
# and extras.sql (documents, campaigns, audit entries, notifications); BENCH_FRESH=1 makes it again. The application
# starts on the copy (its migrations run there), staff of four levels sign in, and every page and list is timed
# beside the bare SQL of its main statement. Writes target/pages-bench.txt and target/pages-http-bench.txt.
# BENCH_WHO (ward,district,province,admin) and BENCH_PAGES (e.g. /members,/organizations; no searches then) narrow
# the HTTP run. BENCH_RUNS sets the runs per statement or page (default 30 and 20); BENCH_BEFORE_RUNS those of the former forms
# (default 3: about 11 s each).
set -euo pipefail
cd "$(dirname "$0")/../.."
DB="${BENCH_DB:-ng_bench_national}"
COPY_DB="${BENCH_COPY_DB:-ng_pages_national}"
HOST="${BENCH_DB_HOST:-127.0.0.1}"
USER_NAME="${BENCH_DB_USER:-postgres}"
sql() { psql -h "$HOST" -U "$USER_NAME" -v ON_ERROR_STOP=1 "$@"; }
if [ "${BENCH_FRESH:-0}" = 1 ]; then
  sql -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
  sql -qc "DROP DATABASE IF EXISTS $COPY_DB WITH (FORCE)"
fi
if ! sql -Atc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  sql -qc "CREATE DATABASE $DB TEMPLATE template0 ENCODING 'UTF8'"
fi
export BENCH_DB_URL="jdbc:postgresql://$HOST:5432/$DB"
export BENCH_DB_USER="$USER_NAME"
if [ "${BENCH_SKIP_STATEMENTS:-0}" != 1 ]; then
  ./mvnw -q test -Dtest=PagesBench -Dsurefire.failIfNoSpecifiedTests=false
fi
if ! sql -Atc "SELECT 1 FROM pg_database WHERE datname = '$COPY_DB'" | grep -q 1; then
  # a template must have no other connection: wait for one to end
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    sql -qc "CREATE DATABASE $COPY_DB TEMPLATE $DB" && break
    sleep 10
  done
  sql -q -d "$COPY_DB" -f bench/pages/members.sql
  sql -q -d "$COPY_DB" -f bench/pages/extras.sql
fi
# the server may run without autovacuum, and a copy made from a template has no statistics of its own tables beyond
# those of the template: without them the planner guesses hundreds of periods per organization, the tree's statement
# costs past jit_above_cost and is JIT-compiled on every request (37 ms for a 0.4 ms statement on /organizations)
if [ -z "$(sql -d "$COPY_DB" -Atc "SELECT 1 FROM pg_stats WHERE tablename = 'organization_period' LIMIT 1")" ]; then
  sql -q -d "$COPY_DB" -c "ANALYZE"
fi
export BENCH_COPY_URL="jdbc:postgresql://$HOST:5432/$COPY_DB"
./mvnw -q test -Dtest=PagesHttpBench -Dsurefire.failIfNoSpecifiedTests=false
cat target/pages-bench.txt target/pages-http-bench.txt
