#!/usr/bin/env bash
# Secret ballot under a crowd: COUNT voters (1,000 by default) cast their ballots over HTTP at once. Starts its own
# PostgreSQL (Debian's binaries) on a free port, never the server on 5432, and the application on another free port,
# both on 127.0.0.1 with the demo data; gives the demo admin an access token with bench/ballot/setup.sql; runs the
# client (BallotBench, a plain program of the test sources), which creates and opens a round through the API, puts
# COUNT slips' credential hashes on it, casts every ballot at once through the session-less casting endpoint, resends
# 50 used credentials, closes the round and compares its results with what was sent. Then counts the rows in the
# database. Stops everything at the end. Prints throughput, p50 and p99 beside the target (COUNT ballots within a
# conference's voting break, 60 s), and the previous run. Exits non-zero when the tally differs.
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${COUNT:-1000}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
WORK=$(mktemp -d /tmp/neuguong-ballot.XXXXXX)
chmod 755 "$WORK"; [ "$(id -u)" = 0 ] && chown postgres "$WORK"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PG_PORT=$(free_port); APP_PORT=$(free_port)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
APP=
cleanup() {
  [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "work dir $WORK; PostgreSQL on $PG_PORT, the application on $APP_PORT"
./mvnw -q -DskipTests -Dspotless.check.skip=true package
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
cp target/neuguong-0.1.0-SNAPSHOT.jar "$WORK/app.jar"
mkdir "$WORK/pg" && chown postgres "$WORK/pg" 2>/dev/null || true
as_pg "$PG_BIN/initdb" -D "$WORK/pg" -U postgres -A trust -E UTF8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK/pg" start >/dev/null
PSQL=("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qAtX)
"${PSQL[@]}" -c "CREATE DATABASE neuguong"
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/neuguong"

NEUGUONG_DB_URL="$DB_URL" SPRING_PROFILES_ACTIVE=seed \
NEUGUONG_DEMO_DATA_ON_SERVER=load-demo-accounts-with-known-passwords NEUGUONG_STORAGE_DIR="$WORK/files" \
NEUGUONG_MEETING_CHECK_IN_SECRET="bench-$(date +%s%N)" NEUGUONG_BALLOT_KEY_SECRET="bench-$(date +%s%N)" \
  java -Xmx1g -jar "$WORK/app.jar" --server.port="$APP_PORT" --server.address=127.0.0.1 > "$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$APP" 2>/dev/null || { tail -40 "$WORK/app.log"; exit 1; }
  sleep 1
done
TOKEN="ng_bench$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
read -r ORG ORDERED_BY LEADER1 LEADER2 < <("${PSQL[@]}" -d neuguong -F ' ' -v token="$TOKEN" -f bench/ballot/setup.sql | tail -1)
echo "round of organization $ORG, ordered by $ORDERED_BY, leaders $LEADER1 and $LEADER2"

mkdir -p target/bench
[ -f target/bench/ballot.txt ] && mv target/bench/ballot.txt target/bench/ballot.previous.txt
STATUS=0
java -cp "target/test-classes:target/classes:$(cat "$WORK/classpath.txt")" vn.neuguong.bench.BallotBench \
  "http://127.0.0.1:$APP_PORT" "$TOKEN" "$DB_URL" "$COUNT" "$ORG" "$ORDERED_BY" "$LEADER1" "$LEADER2" \
  target/bench/ballot.txt || STATUS=$?

PG=("${PSQL[@]}" -d neuguong)
read -r ROUND CREDENTIALS CONSUMED < <("${PG[@]}" -F ' ' -c "SELECT r.id, count(c.hash), count(c.hash) FILTER (WHERE c.consumed)
  FROM ballot_round r LEFT JOIN ballot_credential c ON c.round_id = r.id WHERE r.title = 'Lấy ý kiến góp ý thử tải' GROUP BY r.id")
echo "credentials of round $ROUND: $CREDENTIALS, spent $CONSUMED (expected $COUNT)" | tee -a target/bench/ballot.txt
if [ -f target/bench/ballot.previous.txt ]; then
  echo "previous run:"; grep -E '^(ballots|tally|credentials)' target/bench/ballot.previous.txt | sed 's/^/  /'
fi
[ "$STATUS" = 0 ] && [ "$CONSUMED" = "$COUNT" ]
