#!/usr/bin/env bash
# QR check-in under a crowd: COUNT members (1,000 by default), each signed in with its own session, check in to one
# meeting at once with the code its screen shows. Starts its own PostgreSQL (Debian's binaries) on a free port, never
# the server on 5432, and the application on another free port, both on 127.0.0.1 with the demo data; creates the
# members, their accounts and the meeting with bench/checkin/setup.sql; runs the client (CheckInBench, a plain
# program of the test sources) and counts the attendance rows after. Stops everything at the end. The application
# runs as behind a proxy, and each session tells its own address in X-Forwarded-For: the login throttle lets one
# address sign in one attempt at a time, and a thousand phones are a thousand addresses.
# Prints throughput, p50 and p99 beside the target (COUNT check-ins within the 30-second code), and the previous run.
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${COUNT:-1000}
PREFIX=bench.checkin.
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
WORK=$(mktemp -d /tmp/neuguong-checkin.XXXXXX)
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

NEUGUONG_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/neuguong" SPRING_PROFILES_ACTIVE=seed \
NEUGUONG_DEMO_DATA_ON_SERVER=load-demo-accounts-with-known-passwords NEUGUONG_STORAGE_DIR="$WORK/files" \
NEUGUONG_MEETING_CHECK_IN_SECRET="bench-$(date +%s%N)" NEUGUONG_BEHIND_PROXY=true \
  java -Xmx1g -jar "$WORK/app.jar" --server.port="$APP_PORT" --server.address=127.0.0.1 > "$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$APP" 2>/dev/null || { tail -40 "$WORK/app.log"; exit 1; }
  sleep 1
done
MEETING=$("${PSQL[@]}" -d neuguong -v count="$COUNT" -v prefix="$PREFIX" -f bench/checkin/setup.sql | tail -1)
echo "members, accounts and meeting $MEETING created"

mkdir -p target/bench
[ -f target/bench/check-in.txt ] && mv target/bench/check-in.txt target/bench/check-in.previous.txt
java -cp "target/test-classes:target/classes:$(cat "$WORK/classpath.txt")" vn.neuguong.bench.CheckInBench \
  "http://127.0.0.1:$APP_PORT" "$MEETING" "$COUNT" "$PREFIX" NeuGuong@2024 admin NeuGuong@2024 target/bench/check-in.txt

PG=("${PSQL[@]}" -d neuguong)
read -r ROWS DISTINCT < <("${PG[@]}" -F ' ' -c "SELECT count(*), count(DISTINCT member_id) FROM meeting_attendance WHERE meeting_id = $MEETING")
LOST=$("${PG[@]}" -c "SELECT count(*) FROM member m WHERE m.party_card_no LIKE 'BENCH-%' AND NOT EXISTS
  (SELECT 1 FROM meeting_attendance a WHERE a.meeting_id = $MEETING AND a.member_id = m.id)")
AUDITED=$("${PG[@]}" -c "SELECT count(*) FROM audit_log WHERE entity_type = 'MeetingAttendance' AND entity_id = '$MEETING'")
KEY=$("${PG[@]}" -c "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'meeting_attendance'::regclass AND contype = 'p'")
echo "attendance rows of the meeting: $ROWS, distinct members $DISTINCT (expected $COUNT); members without a row (lost): $LOST;" \
     "duplicated: $((ROWS - DISTINCT)) (key $KEY); audit entries: $AUDITED" | tee -a target/bench/check-in.txt
if [ -f target/bench/check-in.previous.txt ]; then
  echo "previous run:"; grep -E '^(check-in|attendance)' target/bench/check-in.previous.txt | sed 's/^/  /'
fi
[ "$ROWS" = "$COUNT" ] && [ "$DISTINCT" = "$COUNT" ] && [ "$LOST" = 0 ]
