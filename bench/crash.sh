#!/usr/bin/env bash
# Crash drill against the packaged jar, on loopback, bounded in time (about 3 minutes; every wait has a limit).
# Results in docs/operations.md. Needs curl and python3.
#   1. kill -9 of the app while customers check out, leaving its embedded mariadbd behind (as where setpriv is
#      missing): the next start on the same AISLE_HOME stops that orphan, serves within 30 s, and every order
#      that was acknowledged (201) is there
#   2. kill -9 of the app with the defaults: its mariadbd stops with it
#   3. kill -9 of the embedded mariadbd under the running app: requests are answered within ~3 s, 503 problems
#      while it is away (never a 500), and the app serves again within 30 s, every order intact
#   4. the database refuses root without the generated password
# Usage: bench/crash.sh   (SKIP_BUILD=1 reuses target/aisle-*.jar; CRASH_PORT, default 18082)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${CRASH_PORT:-18082}
HOME_DIR=$(pwd)/target/crash-home
BASE=http://127.0.0.1:$PORT
OUT=target/crash-results.txt
LOG=target/crash-app.log
APP=

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -DskipTests package
rm -rf "$HOME_DIR"; : > "$LOG"
stop_all() {
  [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
  # only a server on this drill's own data directory
  for pid in $(pgrep -f -- "--datadir=$HOME_DIR/db/data" || true); do kill "$pid" 2>/dev/null || true; done
}
trap stop_all EXIT

now() { date +%s.%N; }
since() { python3 -c "print(f'{$(now) - $1:.1f}')"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
post() { curl -sf -m 10 -X POST "$BASE$1" -H 'Content-Type: application/json' ${3:+-H "Authorization: Bearer $3"} -d "$2"; }
say() { echo "$*" | tee -a "$OUT"; }
server_pid() { cat "$HOME_DIR/db/run/mariadbd.pid" 2>/dev/null || true; }
alive() { [ -n "$1" ] && kill -0 "$1" 2>/dev/null; }
start_app() { # extra java arguments...
  AISLE_HOME=$HOME_DIR AISLE_PORT=$PORT AISLE_MANAGEMENT_PORT=$((PORT + 1)) AISLE_ADMIN_PASSWORD=crash-admin-password AISLE_INSIGHTS_DEMO_CUSTOMERS=0 \
    java --enable-native-access=ALL-UNNAMED -Xms256m -Xmx768m -jar target/aisle-*.jar "$@" >> "$LOG" 2>&1 &
  APP=$!
}
wait_ready() { # limit in seconds; prints the seconds it took, fails past the limit
  local t0; t0=$(now)
  for _ in $(seq $(( $1 * 5 ))); do
    curl -sf -m 2 "$BASE/readyz" >/dev/null 2>&1 && { since "$t0"; return 0; }
    alive "$APP" || { echo "the app exited; see $LOG" >&2; return 1; }
    sleep 0.2
  done
  echo "not ready within $1 s; see $LOG" >&2; return 1
}
check_orders() { # token -> "found/acknowledged"
  local found=0 total=0
  while read -r id; do
    total=$((total + 1))
    curl -sf -m 5 "$BASE/api/v1/orders/$id" -H "Authorization: Bearer $1" >/dev/null && found=$((found + 1))
  done < target/crash-orders.txt
  echo "$found/$total"
}

echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1)" | tee "$OUT"
start_app --aisle.db.stop-with-app=false
say "first start (new AISLE_HOME, database installed): ready in $(wait_ready 180) s"
ADMIN=$(post /api/v1/auth/login '{"email":"admin@aisle.local","password":"crash-admin-password"}' | json 'd["accessToken"]')
PRODUCT=$(post /api/v1/products '{"sku":"CRASH-1","name":"Crash drill item","brand":"Aisle","category":"books","description":"drill","price":9.99,"stock":1000000}' "$ADMIN" | json 'd["id"]')
post /api/v1/auth/register '{"email":"drill@example.com","password":"drill-password","fullName":"Drill"}' >/dev/null
TOKEN=$(post /api/v1/auth/login '{"email":"drill@example.com","password":"drill-password"}' | json 'd["accessToken"]')

# 1. customers check out in a loop; the app is killed in the middle of it
: > target/crash-orders.txt
( while true; do
    post /api/v1/cart/items "{\"productId\":$PRODUCT,\"quantity\":1}" "$TOKEN" >/dev/null 2>&1 || true
    id=$(post /api/v1/orders '{"shippingAddress":{"fullName":"Drill","line1":"1 Main St","city":"Springfield","postalCode":"12345","country":"us"}}' "$TOKEN" 2>/dev/null | json 'd["id"]' 2>/dev/null) \
      && echo "$id" >> target/crash-orders.txt
  done ) &
LOOP=$!
sleep 5
ORPHAN=$(server_pid)
kill -9 "$APP"; wait "$APP" 2>/dev/null || true
sleep 1; kill "$LOOP" 2>/dev/null; wait "$LOOP" 2>/dev/null || true
alive "$ORPHAN" && orphan_state="left running (pid $ORPHAN)" || orphan_state="gone"
say "1. kill -9 of the app during checkouts: $(wc -l < target/crash-orders.txt) orders acknowledged; its mariadbd: $orphan_state"
start_app
say "   restart on the same AISLE_HOME: ready in $(wait_ready 60) s (target: 30 s); orphan afterwards: $(alive "$ORPHAN" && echo 'STILL RUNNING' || echo stopped)"
say "   acknowledged orders found: $(check_orders "$TOKEN")"

# 2. the defaults: the database dies with the app
SERVER=$(server_pid)
kill -9 "$APP"; wait "$APP" 2>/dev/null || true
t0=$(now); for _ in $(seq 100); do alive "$SERVER" || break; sleep 0.1; done
say "2. kill -9 of the app (defaults): its mariadbd $(alive "$SERVER" && echo 'STILL RUNNING after 10 s' || echo "stopped after $(since "$t0") s")"
start_app
say "   restart: ready in $(wait_ready 60) s; acknowledged orders found: $(check_orders "$TOKEN")"

# 3. kill -9 of the database under the running app
SERVER=$(server_pid)
kill -9 "$SERVER"
t0=$(now); statuses=""; slowest=0
while python3 -c "import sys; sys.exit(0 if $(now) - $t0 < 30 else 1)"; do
  r0=$(now)
  code=$(curl -s -o /dev/null -m 10 -w '%{http_code}' "$BASE/api/v1/orders/$(head -1 target/crash-orders.txt)" -H "Authorization: Bearer $TOKEN")
  took=$(since "$r0"); slowest=$(python3 -c "print(max($slowest, $took))")
  statuses="$statuses $code"
  [ "$code" = 200 ] && break
  sleep 0.1
done
say "3. kill -9 of mariadbd: answers in order:$statuses; slowest answer $slowest s; serving again after $(since "$t0") s (target: 30 s)"
say "   readiness now: $(curl -s -m 5 "$BASE/readyz")"
say "   acknowledged orders found: $(check_orders "$TOKEN")"

# 4. root without the password
PORT_DB=$(grep -o 'started on 127.0.0.1:[0-9]*' "$LOG" | tail -1 | cut -d: -f2)
root=$("$HOME_DIR/db/base/bin/mariadb" --no-defaults --skip-ssl -h127.0.0.1 -P"$PORT_DB" -uroot -e 'SELECT 1' 2>&1 | tail -1 || true)
say "4. root without password on 127.0.0.1:$PORT_DB: $root"
# the README's command to look inside, as an operator types it
tables=$("$HOME_DIR/db/base/bin/mariadb" --no-defaults --skip-ssl -h127.0.0.1 -P"$PORT_DB" -uroot -p"$(cat "$HOME_DIR/secrets/db-root.password")" aisle -N -e 'SELECT COUNT(*) FROM orders')
say "   root with the password from secrets/db-root.password: $tables orders in the aisle database"
