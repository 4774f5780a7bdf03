#!/usr/bin/env bash
# Roster import bench: generates a CSV of ROWS party members (100,000 by default), imports it through the
# application's import code (RosterImport, as the administrator: new members, then all unchanged, with the time of
# each step), copies the same file with PostgreSQL COPY into a plain table on the same run (the reference; the goal is
# an import at >= 1/3 of COPY's rows/s) and into a table shaped as member, and times diacritic-free member searches
# over the result. Prints a table of the figures.
#
# Needs a PostgreSQL server reachable with psql (PGHOST/PGPORT/PGUSER as for psql, defaults 127.0.0.1:5432,
# postgres). The database BENCH_DB (default ng_bench) is dropped and created again on every run.
#
#   bench/import/run.sh                 # 100,000 rows
#   ROWS=20000 bench/import/run.sh      # a quicker run
set -euo pipefail

cd "$(dirname "$0")/../.."
ROWS="${ROWS:-100000}"
BENCH_DB="${BENCH_DB:-ng_bench}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"

mkdir -p target
psql -d postgres -qc "DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)"
psql -d postgres -qc "CREATE DATABASE ${BENCH_DB} TEMPLATE template0 ENCODING 'UTF8'"

NEUGUONG_TEST_DB_URL="jdbc:postgresql://${PGHOST}:${PGPORT}/${BENCH_DB}" \
NEUGUONG_TEST_DB_USER="${PGUSER}" \
NEUGUONG_TEST_DB_PASSWORD="${PGPASSWORD:-}" \
    ./mvnw -q test -Dtest=MemberImportBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.rows="${ROWS}" \
    > target/bench-import.log 2>&1 || { tail -50 target/bench-import.log; exit 1; }

cat target/bench/member-import.txt
echo "PostgreSQL: $(psql -d "${BENCH_DB}" -Atc 'SHOW server_version')"
