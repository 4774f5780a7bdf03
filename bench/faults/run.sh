#!/usr/bin/env bash
# Database faults under a write load, with two application nodes behind a loopback proxy. Starts its own PostgreSQL
# (Debian's binaries) on a free port, never the server on 5432; everything listens on 127.0.0.1 and stops at the end.
# Prints acknowledged vs stored documents, gaps and duplicates in their numbers, time to recover after each fault,
# and duplicate runs of a scheduled job.
set -euo pipefail
cd "$(dirname "$0")/../.."
LOAD_SECONDS=${LOAD_SECONDS:-90}
WORKERS=${WORKERS:-4}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
WORK=$(mktemp -d /tmp/neuguong-faults.XXXXXX)
chmod 755 "$WORK"; [ "$(id -u)" = 0 ] && chown postgres "$WORK"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PG_PORT=$(free_port); NODE_A=$(free_port); NODE_B=$(free_port); PROXY=$(free_port)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  pkill -CONT -P "$(head -1 "$WORK/pg/postmaster.pid" 2>/dev/null || echo 0)" 2>/dev/null || true
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "work dir $WORK; PostgreSQL on $PG_PORT, nodes on $NODE_A and $NODE_B, proxy on $PROXY"
./mvnw -q -DskipTests -Dspotless.check.skip=true package
cp target/neuguong-0.1.0-SNAPSHOT.jar "$WORK/app.jar"
mkdir "$WORK/pg" && chown postgres "$WORK/pg" 2>/dev/null || true
as_pg "$PG_BIN/initdb" -D "$WORK/pg" -U postgres -A trust -E UTF8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK/pg -c max_connections=100" start >/dev/null
PSQL=("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qAtX)
"${PSQL[@]}" -c "CREATE DATABASE neuguong"
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/neuguong"

start_node() { # name port
  NEUGUONG_DB_URL=$DB_URL SPRING_PROFILES_ACTIVE=seed NEUGUONG_DEMO_DATA_ON_SERVER=load-demo-accounts-with-known-passwords \
  NEUGUONG_STORAGE_DIR="$WORK/files" NEUGUONG_NOTIFICATIONS_DIGEST_CRON='*/5 * * * * *' \
    java -Xmx512m -jar "$WORK/app.jar" --server.port="$2" --server.address=127.0.0.1 \
      --neuguong.scheduling.lock-at-least-for=4s --logging.level.net.javacrumbs.shedlock=DEBUG \
      > "$WORK/$1.log" 2>&1 &
  PIDS+=($!)
}
wait_up() { # port
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$1/actuator/health" >/dev/null 2>&1 && return 0; sleep 1; done
  echo "node on $1 did not start"; return 1
}
echo "starting two nodes at once on the empty database"
start_node a "$NODE_A"; start_node b "$NODE_B"
wait_up "$NODE_A"; wait_up "$NODE_B"
echo "organizations named Quận ủy Đống Đa: $("${PSQL[@]}" -d neuguong -c "SELECT count(*) FROM organization WHERE name = 'Quận ủy Đống Đa'")"
python3 bench/faults/proxy.py "$PROXY" "$NODE_A" "$NODE_B" & PIDS+=($!)

TOKEN=ng_bench$(date +%s%N)
"${PSQL[@]}" -d neuguong -c "INSERT INTO access_token (account_id, name, token_hash, prefix, expires_at)
  SELECT id, 'bench', encode(sha256('$TOKEN'::bytea), 'hex'), left('$TOKEN', 8), now() + interval '1 day'
  FROM account WHERE username = 'admin'"
ISSUER=$("${PSQL[@]}" -d neuguong -c "SELECT id FROM organization WHERE name = 'Quận ủy Đống Đa' AND closed_on IS NULL")

echo "write load for ${LOAD_SECONDS}s through the proxy, $WORKERS clients"
python3 bench/faults/load.py "http://127.0.0.1:$PROXY" "$TOKEN" "$ISSUER" "$LOAD_SECONDS" "$WORKERS" "$WORK/answers.tsv" &
LOAD=$!
postmaster() { head -1 "$WORK/pg/postmaster.pid"; }
fault() { date +%s.%N >> "$WORK/faults.tsv"; echo "$1" >> "$WORK/faults.tsv"; echo "$(date +%T) $1"; }
sleep 10; fault restart
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast -w restart -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK/pg" >/dev/null
sleep 15; fault kill
PM=$(postmaster); pkill -9 -P "$PM" || true; kill -9 "$PM"; sleep 3; rm -f "$WORK/pg/postmaster.pid"
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK/pg" start >/dev/null
sleep 15; fault freeze
PM=$(postmaster); kill -STOP "$PM"; pkill -STOP -P "$PM" || true; sleep 20
pkill -CONT -P "$PM" || true; kill -CONT "$PM"; fault thaw
wait "$LOAD"
sleep 5

python3 - "$WORK" <<'PY'
import sys, subprocess, collections
work = sys.argv[1]
rows = [l.rstrip("\n").split("\t") for l in open(f"{work}/answers.tsv")]
acked = {r[2]: (r[3], r[4]) for r in rows if r[1] == "201"}
statuses = collections.Counter(r[1] for r in rows)
print("answers by status:", dict(sorted(statuses.items())))
faults = open(f"{work}/faults.tsv").read().split("\n")
marks = [(float(faults[i]), faults[i + 1]) for i in range(0, len(faults) - 1, 2)]
ok_times = sorted(float(r[0]) for r in rows if r[1] == "201")
answers = sorted((float(r[0]), r[1]) for r in rows)
for at, name in marks:
    if name == "freeze":
        continue
    # from the first refused or failed answer after the fault to the next acknowledged write
    if name == "thaw":
        # a frozen server fails nothing at first: requests wait (up to the socket time-out) and go on after it
        back = [t for t, status in answers if t > at and status == "201"]
        print(f"after {name}: first acknowledged write {back[0] - at:.1f}s after the database woke" if back else f"after {name}: none")
        continue
    failed = [t for t, status in answers if t > at - 1 and status != "201"]
    if not failed:
        print(f"after {name}: no request failed")
        continue
    back = [t for t, status in answers if t > failed[0] and status == "201"]
    print(f"after {name}: first failure {failed[0] - at:+.1f}s, acknowledged again {back[0] - failed[0]:.1f}s after it" if back else f"after {name}: never recovered")
open(f"{work}/acked.txt", "w").write("\n".join(acked) + "\n")
PY
PG=("${PSQL[@]}" -d neuguong)
STORED=$("${PG[@]}" -c "SELECT count(*) FROM document WHERE summary LIKE 'bench-%'")
ACKED=$(grep -c . "$WORK/acked.txt" || true)
MISSING=$("${PG[@]}" -c "CREATE TEMP TABLE acked(s text); COPY acked FROM '$WORK/acked.txt'; SELECT count(*) FROM acked a WHERE a.s <> '' AND NOT EXISTS (SELECT 1 FROM document d WHERE d.summary = a.s)" | tail -1)
DUP=$("${PG[@]}" -c "SELECT count(*) FROM (SELECT summary FROM document WHERE summary LIKE 'bench-%' GROUP BY summary HAVING count(*) > 1) d")
DUPNUM=$("${PG[@]}" -c "SELECT count(*) FROM (SELECT sequence_no FROM document WHERE issuer_id = $ISSUER AND type_code = 'CV' AND summary LIKE 'bench-%' GROUP BY year, sequence_no HAVING count(*) > 1) d")
GAPS=$("${PG[@]}" -c "SELECT coalesce(max(seq) - min(seq) + 1 - count(*), 0) FROM (SELECT sequence_no seq FROM document WHERE summary LIKE 'bench-%') s")
echo "acknowledged (201): $ACKED, stored: $STORED, acknowledged but not stored: $MISSING, stored twice: $DUP"
echo "document numbers: duplicates $DUPNUM, gaps $GAPS"
RUNS_A=$(grep -c "Locked 'notification-daily-digest'" "$WORK/a.log" || true)
RUNS_B=$(grep -c "Locked 'notification-daily-digest'" "$WORK/b.log" || true)
TICKS=$( (grep -h "Locked 'notification-daily-digest'" "$WORK/a.log" "$WORK/b.log" || true) | awk '{ split(substr($1, 12, 8), t, ":"); print substr($1, 1, 17) int(t[3] / 5) }' | sort | uniq -c | awk '$1 > 1' | wc -l)
echo "daily digest (every 5 s here): node a ran $RUNS_A, node b ran $RUNS_B, ticks run on both nodes: $TICKS"
echo "logs in $WORK"
