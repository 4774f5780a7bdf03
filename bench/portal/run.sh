#!/usr/bin/env bash
# The public news portal under load, and a comment flood beside it. Starts its own PostgreSQL (Debian's binaries) on
# a free port, never the server on 5432, the application on another free port with the demo data, and nginx on a
# third, all on 127.0.0.1; installs wrk and nginx-light from Debian when they are absent (as root). The application
# runs behind a proxy (neuguong.security.behind-proxy=true), so X-Forwarded-For is the client's address. Stops
# everything at the end; every load is wrk's, against 127.0.0.1, for a fixed time.
#
# 1. The article page: the first <item>'s <link> of /portal/rss.xml (an article, /portal/articles/{id}); without a
#    feed (the articles are not merged yet) ARTICLE_PATH, /portal/opinions/new by default. Warmed for WARMUP
#    seconds, then its HTML, exactly as the application sent it, is served by nginx as a static file: the same
#    bytes, from the fastest server there is, as the reference. wrk runs the same way against both (THREADS,
#    CONNECTIONS, DURATION; -t2 -c50 -d20s by default; TIMEOUT 10s, not wrk's 2 s, so slow answers count in p99)
#    with bench/portal/reader.lua: an anonymous reader, no cookie, each request from its own address 198.51.100.N.
#    Prints requests/s and p99 of both and their ratio, whether an anonymous read is answered with a Set-Cookie,
#    and how many sessions the warm-up's anonymous reads left in spring_session (a cacheable page leaves none).
# 2. A comment flood from one address: POST /portal/articles/{id}/comments (authorName, phone, title, content,
#    altcha, and the _csrf token with the session cookie a flooder takes from a form page like anyone) again and
#    again from X-Forwarded-For 203.0.113.7 with bench/portal/flood.lua, FLOOD_CONNECTIONS (200) connections for
#    FLOOD_DURATION (15) seconds. The limit is 5 posts per 10 minutes per address (RateLimits); the captcha field
#    is no solution, so the 5 the limit lets through answer 400, and every other one must be 429 with Retry-After
#    (at most 120 s: the bucket gets one post back every 2 minutes). No comment may be stored.
#    The article is the feed's; without one ARTICLE_ID, else a published article of the database, else one the
#    bench publishes. At the same time a second wrk reads the article page as in 1 (other addresses); its
#    requests/s and p99 are printed beside those of 1, without the flood, and every read must be 200.
# Prints a table: figure, measured, reference, and the previous run's figure from bench/portal/results/last.tsv,
# which it then replaces (the machine's load average at the start comes first: wrk, nginx and the application share
# its CPUs, and other work on it moves every figure); wrk's own output and the logs stay in the work dir under /tmp.
# Exits non-zero when more than 5 flood posts got past the limit, a 429 had no Retry-After, or a reader was answered
# anything but 200.
set -euo pipefail
cd "$(dirname "$0")/../.."
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-50}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
TIMEOUT=${TIMEOUT:-10s}
FLOOD_THREADS=${FLOOD_THREADS:-1}
FLOOD_CONNECTIONS=${FLOOD_CONNECTIONS:-200}
FLOOD_DURATION=${FLOOD_DURATION:-15s}
FLOOD_ADDRESS=203.0.113.7
LIMIT=5
RESULTS=bench/portal/results/last.tsv

if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  apt-get update -qq && apt-get install -y -qq wrk nginx-light >/dev/null
fi
LOAD_AT_START=$(cut -d' ' -f1 /proc/loadavg)
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
WORK=$(mktemp -d /tmp/neuguong-portal.XXXXXX)
chmod 755 "$WORK"; [ "$(id -u)" = 0 ] && chown postgres "$WORK"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PG_PORT=$(free_port); APP_PORT=$(free_port); NGINX_PORT=$(free_port)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
APP=; NGINX=; LOADS=()
cleanup() {
  for pid in "${LOADS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -n "$NGINX" ] && kill "$NGINX" 2>/dev/null && wait "$NGINX" 2>/dev/null || true
  [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "work dir $WORK; PostgreSQL on $PG_PORT, the application on $APP_PORT, nginx on $NGINX_PORT"
./mvnw -q -DskipTests -Dspotless.check.skip=true package
cp target/neuguong-0.1.0-SNAPSHOT.jar "$WORK/app.jar"
mkdir "$WORK/pg" && chown postgres "$WORK/pg" 2>/dev/null || true
as_pg "$PG_BIN/initdb" -D "$WORK/pg" -U postgres -A trust -E UTF8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK/pg" start >/dev/null
PSQL=("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qAtX)
"${PSQL[@]}" -c "CREATE DATABASE neuguong"
PG=("${PSQL[@]}" -d neuguong)

NEUGUONG_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/neuguong" SPRING_PROFILES_ACTIVE=seed \
NEUGUONG_DEMO_DATA_ON_SERVER=load-demo-accounts-with-known-passwords NEUGUONG_STORAGE_DIR="$WORK/files" \
NEUGUONG_MEETING_CHECK_IN_SECRET="bench-$(date +%s%N)" \
  java -Xmx1g -jar "$WORK/app.jar" --server.port="$APP_PORT" --server.address=127.0.0.1 \
    --neuguong.security.behind-proxy=true > "$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$APP" 2>/dev/null || { tail -40 "$WORK/app.log"; exit 1; }
  sleep 1
done
BASE="http://127.0.0.1:$APP_PORT"

# The article: the feed's first item, else ARTICLE_PATH for the page and a published article for the comments.
LINK=$(curl -sf "$BASE/portal/rss.xml" 2>/dev/null | python3 -c '
import sys, urllib.parse, xml.etree.ElementTree as ET
try:
    link = ET.fromstring(sys.stdin.buffer.read()).find(".//item/link").text.strip()
    print(urllib.parse.urlsplit(link).path)
except Exception:
    pass' || true)
if [[ "$LINK" =~ ^/portal/articles/([0-9]+) ]]; then
  PAGE=$LINK; ARTICLE=${BASH_REMATCH[1]}; SOURCE="the feed's first article"
else
  PAGE=${ARTICLE_PATH:-/portal/opinions/new}; SOURCE="no article in /portal/rss.xml; ARTICLE_PATH"
  ARTICLE=${ARTICLE_ID:-$("${PG[@]}" -c "SELECT id FROM portal_article WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1")}
  if [ -z "$ARTICLE" ]; then
    ARTICLE=$("${PG[@]}" -c "INSERT INTO portal_article (organization_id, category_id, slug, title, body_html, status,
        published_at, created_by) SELECT (SELECT id FROM organization ORDER BY id LIMIT 1),
        (SELECT id FROM portal_category WHERE slug = 'tin-hoat-dong'), 'bench-portal', 'Bài viết của bench',
        '<p>Nội dung</p>', 'PUBLISHED', now(), 'bench' RETURNING id" | head -1)
  fi
fi
echo "page $PAGE ($SOURCE); comments posted to article $ARTICLE"
STATUS=$(curl -s -o /dev/null -D "$WORK/headers.txt" -w '%{http_code}' "$BASE$PAGE")
COOKIES_SET=$(grep -ci '^set-cookie:' "$WORK/headers.txt" || true)
[ "$STATUS" = 200 ] || { echo "GET $PAGE answered $STATUS"; exit 1; }

# wrk's own RESULT line (see reader.lua, flood.lua) as shell variables: requests rps p50_ms p99_ms errors statuses
read_result() { grep '^RESULT ' "$1" | sed 's/^RESULT //' | tr ' ' '\n'; }
field() { read_result "$1" | sed -n "s/^$2=//p"; }
status_count() { field "$1" statuses | tr ',' '\n' | awk -F: -v s="$2" '$1 == s { n += $2 } END { print n + 0 }'; }
not_status_count() { field "$1" statuses | tr ',' '\n' | awk -F: -v s="$2" '$1 != "" && $1 != s { n += $2 } END { print n + 0 }'; }
readers() { # url out
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency -s bench/portal/reader.lua "$1" > "$2"
}

SESSIONS_BEFORE=$("${PG[@]}" -c "SELECT count(*) FROM spring_session")
echo "warming $PAGE for $WARMUP"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout "$TIMEOUT" -s bench/portal/reader.lua "$BASE$PAGE" > "$WORK/warmup.txt"
SESSIONS_AFTER=$("${PG[@]}" -c "SELECT count(*) FROM spring_session")
WARM_REQUESTS=$(field "$WORK/warmup.txt" requests)

mkdir -p "$WORK/www" "$WORK/nginx"
curl -sf -o "$WORK/www/article.html" "$BASE$PAGE"
cat > "$WORK/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    default_type "text/html; charset=utf-8";
    location / { try_files /article.html =404; }
  }
}
EOF
nginx -p "$WORK/nginx" -c "$WORK/nginx.conf" &
NGINX=$!
for _ in $(seq 1 50); do
  curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/" && break; sleep 0.1
done
cmp -s "$WORK/www/article.html" <(curl -sf "http://127.0.0.1:$NGINX_PORT$PAGE") || { echo "nginx does not serve the page"; exit 1; }
BYTES=$(stat -c %s "$WORK/www/article.html")

echo "reading $PAGE ($BYTES bytes): the application, then nginx, wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
readers "$BASE$PAGE" "$WORK/app.txt"
readers "http://127.0.0.1:$NGINX_PORT$PAGE" "$WORK/nginx.txt"
kill "$NGINX"; wait "$NGINX" 2>/dev/null || true; NGINX=

# The flooder takes a session and its CSRF token from a form page, as a browser would.
for FORM in "$PAGE" "/portal/articles/$ARTICLE/comments" /portal/opinions/new; do
  CSRF=$(curl -s -c "$WORK/cookies.txt" "$BASE$FORM" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
  [ -n "$CSRF" ] && break
done
[ -n "$CSRF" ] || { echo "no CSRF token on the form pages"; exit 1; }
COOKIE=$(awk -F'\t' 'NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$WORK/cookies.txt")
COMMENTS_BEFORE=$("${PG[@]}" -c "SELECT count(*) FROM portal_comment")

echo "comment flood from $FLOOD_ADDRESS to article $ARTICLE for $FLOOD_DURATION (-t$FLOOD_THREADS -c$FLOOD_CONNECTIONS)," \
     "readers of $PAGE beside it"
DURATION=$FLOOD_DURATION readers "$BASE$PAGE" "$WORK/flood-readers.txt" & LOADS+=($!)
FLOOD_COOKIE=$COOKIE FLOOD_CSRF=$CSRF wrk -t"$FLOOD_THREADS" -c"$FLOOD_CONNECTIONS" -d"$FLOOD_DURATION" --timeout "$TIMEOUT" --latency \
  -s bench/portal/flood.lua "$BASE/portal/articles/$ARTICLE/comments" > "$WORK/flood.txt" & LOADS+=($!)
for pid in "${LOADS[@]}"; do wait "$pid"; done
LOADS=()
COMMENTS_AFTER=$("${PG[@]}" -c "SELECT count(*) FROM portal_comment")
RETRY_AFTER=$(curl -s -o /dev/null -D - -X POST -H "X-Forwarded-For: $FLOOD_ADDRESS" -H "Cookie: $COOKIE" \
  --data-urlencode "_csrf=$CSRF" --data "authorName=A&title=T&content=C&altcha=x" \
  "$BASE/portal/articles/$ARTICLE/comments" | tr -d '\r' | sed -n 's/^retry-after: *//Ip')

# The figures: key, figure, measured, reference
APP_RPS=$(field "$WORK/app.txt" rps); APP_P99=$(field "$WORK/app.txt" p99_ms)
NGINX_RPS=$(field "$WORK/nginx.txt" rps); NGINX_P99=$(field "$WORK/nginx.txt" p99_ms)
FR_RPS=$(field "$WORK/flood-readers.txt" rps); FR_P99=$(field "$WORK/flood-readers.txt" p99_ms)
SENT=$(field "$WORK/flood.txt" requests)
REFUSED=$(status_count "$WORK/flood.txt" 429)
PASSED=$(not_status_count "$WORK/flood.txt" 429)
NO_RETRY=$(field "$WORK/flood.txt" no_retry_after)
READ_BAD=$(( $(not_status_count "$WORK/app.txt" 200) + $(not_status_count "$WORK/flood-readers.txt" 200) ))
ratio() { python3 -c "import sys; a, b = map(float, sys.argv[1:]); print(f'{a / b:.3f}' if b else '-')" "$1" "$2"; }
ROWS=(
  "load|machine: load average (1 min) at the start, CPUs|$LOAD_AT_START, $(nproc) CPUs|below the CPUs"
  "page_bytes|page size, bytes ($PAGE)|$BYTES|"
  "app_rps|article page, application: requests/s|$APP_RPS|nginx $NGINX_RPS"
  "app_p99|article page, application: p99 ms|$APP_P99|nginx $NGINX_P99"
  "nginx_rps|article page, nginx static file: requests/s|$NGINX_RPS|"
  "nginx_p99|article page, nginx static file: p99 ms|$NGINX_P99|"
  "ratio_rps|application / nginx, requests/s|$(ratio "$APP_RPS" "$NGINX_RPS")|1"
  "ratio_p99|application / nginx, p99|$(ratio "$APP_P99" "$NGINX_P99")|1"
  "set_cookie|Set-Cookie headers on one anonymous read|$COOKIES_SET|0"
  "sessions|sessions left by $WARM_REQUESTS anonymous reads|$((SESSIONS_AFTER - SESSIONS_BEFORE))|0"
  "flood_sent|flood posts sent from $FLOOD_ADDRESS|$SENT|"
  "flood_rps|flood posts answered per second|$(field "$WORK/flood.txt" rps)|"
  "flood_statuses|flood answers by status|$(field "$WORK/flood.txt" statuses)|$LIMIT then 429"
  "flood_passed|flood posts past the limit (not 429)|$PASSED|$LIMIT"
  "flood_429|flood posts refused (429)|$REFUSED|$((SENT - LIMIT))"
  "flood_no_retry|429 without Retry-After|$NO_RETRY|0"
  "retry_after|Retry-After after the flood, s|$RETRY_AFTER|<= 120 (1 post / 2 min)"
  "flood_stored|comments stored by the flood|$((COMMENTS_AFTER - COMMENTS_BEFORE))|0 (no captcha)"
  "flood_p99|flood posts: p99 ms|$(field "$WORK/flood.txt" p99_ms)|"
  "readers_rps|readers during the flood: requests/s|$FR_RPS|without $APP_RPS"
  "readers_p99|readers during the flood: p99 ms|$FR_P99|without $APP_P99"
  "readers_ratio|readers during / without the flood, requests/s|$(ratio "$FR_RPS" "$APP_RPS")|1"
  "readers_statuses|readers during the flood by status|$(field "$WORK/flood-readers.txt" statuses)|all 200"
  "readers_bad|reads answered other than 200 (both runs)|$READ_BAD|0"
  "readers_errors|reads failed or over $TIMEOUT, without / during|$(field "$WORK/app.txt" errors) / $(field "$WORK/flood-readers.txt" errors)|0 / 0"
)
declare -A PREVIOUS=()
if [ -f "$RESULTS" ]; then
  while IFS=$'\t' read -r key _ measured _; do PREVIOUS[$key]=$measured; done < "$RESULTS"
fi
mkdir -p "$(dirname "$RESULTS")"
{
  printf '%s\t%s\t%s\t%s\n' "# $(date -u +%FT%TZ) $(nproc) CPUs, wrk -t$THREADS -c$CONNECTIONS -d$DURATION," \
    "flood -t$FLOOD_THREADS -c$FLOOD_CONNECTIONS -d$FLOOD_DURATION" "" ""
  for row in "${ROWS[@]}"; do IFS='|' read -r key label measured reference <<< "$row"
    measured=${measured:--}
    printf '%s\t%s\t%s\t%s\n' "$key" "$label" "$measured" "$reference"; done
} > "$WORK/result.tsv"
echo
printf '%-52s %-22s %-26s %s\n' figure measured reference "previous run"
for row in "${ROWS[@]}"; do IFS='|' read -r key label measured reference <<< "$row"
  printf '%-52s %-22s %-26s %s\n' "$label" "$measured" "${reference:--}" "${PREVIOUS[$key]:--}"; done
cp "$WORK/result.tsv" "$RESULTS"
echo "wrk's output and the logs in $WORK; this run kept in $RESULTS"
[ "$PASSED" -le "$LIMIT" ] && [ "$NO_RETRY" = 0 ] && [ "$READ_BAD" = 0 ]
