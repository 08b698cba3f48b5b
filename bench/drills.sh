#!/usr/bin/env bash
# Fault drills on the production topology as processes on loopback (bench/lib/loopback.sh): Debian's MariaDB, two
# Aisle instances from the packaged jar, HAProxy in front, and 32 buyers (bench/drill-buyers.py) checking out
# through it, each order under an Idempotency-Key that the buyer retries, unchanged, after a connection error or
# a 5xx. Under that load:
#   A. kill -9 of one instance, then its restart;
#   B. the database stopped cleanly and started again on the same data directory;
#   C. the database killed with kill -9 and started again (crash recovery);
#   D. `backup` from the packaged jar while the buyers buy, then `restore` into an empty database.
# After each: every acknowledged order is in the database, no key made two orders, no order exists that its buyer
# was not told about, and stock + units sold equals the start; it prints how long requests failed and PASS or FAIL.
#
#   bench/drills.sh              # builds the jar first
#   SKIP_BUILD=1 bench/drills.sh # reuses target/aisle-*.jar
# Settings: DRILL_BUYERS (32), DRILL_SECONDS (load per drill, 60), DRILL_FAULT_AFTER (seconds of load before the
# fault, 15). Ports 19400-19431 on 127.0.0.1. Every wait is bounded; about 8-12 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
LOOPBACK_ROOT=$(pwd)/target/loopback/drills
source bench/lib/loopback.sh
trap loopback_stop_all EXIT

BUYERS=${DRILL_BUYERS:-32}
LOAD=${DRILL_SECONDS:-60}
FAULT_AFTER=${DRILL_FAULT_AFTER:-15}
DB_PORT=19400 APP1=19410 APP2=19420 LB=19430
BASE=http://127.0.0.1:$LB
WORK=$LOOPBACK_ROOT/results
URL=jdbc:mariadb://127.0.0.1:$DB_PORT/aisle

loopback_require mariadbd haproxy curl python3
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -DskipTests package
JAR=$(loopback_jar)
rm -rf "$LOOPBACK_ROOT"; mkdir -p "$WORK"
SQL="mariadb --no-defaults --protocol=socket -S $(loopback_dir db)/mariadbd.sock -uroot -N -B aisle -e"
now() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$2"; }
RESULTS=()
FAILED=0

echo "# $(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $BUYERS buyers, $LOAD s per drill"
loopback_mariadb db $DB_PORT
t=$(now); loopback_app app1 $APP1 $((APP1 + 1)) "$URL"; loopback_wait_ready $APP1 240
loopback_app app2 $APP2 $((APP2 + 1)) "$URL"; loopback_wait_ready $APP2 240
echo "two instances ready in $(since "$t" "$(now)") s"
loopback_haproxy lb $LB $APP1 $APP2
python3 bench/drill-buyers.py setup $BASE "$LOOPBACK_ADMIN_PASSWORD" "$BUYERS" 4 100000 "$WORK/state.json"

# runs the buyers for LOAD seconds (or SECONDS) in the background; BUYING is their pid
buy() { # NAME [SECONDS]
  python3 bench/drill-buyers.py run $BASE "$WORK/state.json" "${2:-$LOAD}" "$WORK/$1.json" > "$WORK/$1.out" 2>&1 &
  BUYING=$!
  sleep "$FAULT_AFTER"
}

judge() { # NAME FAULT_AT
  wait "$BUYING" || { cat "$WORK/$1.out"; FAILED=1; return; }
  python3 bench/drill-buyers.py check "$1" "$2" "$WORK/state.json" "$SQL" "$WORK/$1.json" ${RESULTS[@]+"${RESULTS[@]}"} || FAILED=1
  RESULTS+=("$WORK/$1.json")
}

# the database server again, with exactly the command line it ran with, on the same data directory
restart_db() {
  local args i
  mapfile -d '' args < "$(loopback_dir db)/cmdline"
  "${args[@]}" >> "$(loopback_dir db)/stdout.log" 2>&1 &
  loopback_record db $!
  for ((i = 0; i < 300; i++)); do loopback_sql db "SELECT 1" >/dev/null 2>&1 && return 0; sleep 0.2; done
  loopback_fail "the database did not answer within 60 s after its restart"
}
cp "/proc/$(loopback_pid db)/cmdline" "$(loopback_dir db)/cmdline"

# the first moment HAProxy sees every instance UP again
until_all_up() { # SECONDS
  local i
  for ((i = 0; i < $1 * 5; i++)); do
    [ "$(loopback_haproxy_status lb | grep -c ' UP$' || true)" = 2 ] && return 0
    sleep 0.2
  done
  return 1
}

echo "A. kill -9 of one instance (app1) under load, then its restart"
buy a
fault=$(now); loopback_kill9 app1
loopback_app app1 $APP1 $((APP1 + 1)) "$URL"
loopback_wait_ready $APP1 240
until_all_up 30
echo "A. app1 killed, restarted and back in the load balancer after $(since "$fault" "$(now)") s"
judge a "$fault"

echo "B. the database stopped cleanly (SIGTERM) and started again under load"
buy b
fault=$(now); loopback_stop db
restart_db
echo "B. database answering again after $(since "$fault" "$(now)") s"
until_all_up 60 && echo "B. both instances in the load balancer again after $(since "$fault" "$(now)") s"
judge b "$fault"

echo "C. the database killed (kill -9) and started again under load"
buy c
fault=$(now); loopback_kill9 db
restart_db
echo "C. database answering again after $(since "$fault" "$(now)") s (crash recovery included)"
until_all_up 60 && echo "C. both instances in the load balancer again after $(since "$fault" "$(now)") s"
judge c "$fault"

echo "D. backup from the packaged jar under load, restored into an empty database"
# the command is a JVM starting under this load (tens of seconds): the buyers go on until well after it is done
buy d $((LOAD * 2))
fault=$(now)
# the command runs like an instance: the shop's database settings, any AISLE_HOME (here app1's, which runs)
env AISLE_HOME="$(loopback_dir app1)/home" AISLE_DB_URL="$URL" AISLE_DB_USER=aisle AISLE_DB_PASSWORD=aisle \
  java -jar "$JAR" backup --to="$WORK/backup" --logging.level.root=WARN | tee "$WORK/backup.out"
echo "D. backup written in $(since "$fault" "$(now)") s while the buyers bought"
judge d "$fault"
loopback_sql db "CREATE DATABASE restored; GRANT ALL ON restored.* TO 'aisle'@'127.0.0.1';"
env AISLE_HOME="$LOOPBACK_ROOT/restored-home" AISLE_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/restored" \
  AISLE_DB_USER=aisle AISLE_DB_PASSWORD=aisle AISLE_INSIGHTS_DEMO_CUSTOMERS=0 \
  java -jar "$JAR" restore --from="$WORK/backup" --logging.level.root=WARN | tee "$WORK/restore.out"
python3 - "$WORK/state.json" "${SQL% aisle -e} restored -e" "${RESULTS[@]}" <<'PY' || FAILED=1
import json, subprocess, sys
state = json.load(open(sys.argv[1])); sql = sys.argv[2].split()
def one(q): return int(subprocess.run(sql + [q], check=True, capture_output=True, text=True).stdout.split()[0])
products = ",".join(map(str, state["products"]))
stock = one(f"SELECT SUM(stock) FROM products WHERE id IN ({products})")
sold = one(f"SELECT COALESCE(SUM(quantity), 0) FROM order_items WHERE product_id IN ({products})")
orders = one("SELECT COUNT(*) FROM orders")
bare = one("SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id)")
acknowledged = sum(len(json.load(open(f))["orders"]) for f in sys.argv[3:])
start = state["stock"] * len(state["products"])
ok = stock + sold == start and bare == 0 and 0 < orders <= acknowledged
print(f"D. restored copy: {orders} orders (of {acknowledged} acknowledged by the end of the buying), {bare} without lines; "
      f"stock + units sold: {stock} + {sold} = {stock + sold} (start {start})")
print(f"D. restored copy: {'PASS' if ok else 'FAIL'}")
sys.exit(0 if ok else 1)
PY

[ "$FAILED" = 0 ] && echo "ALL DRILLS PASS" || { echo "A DRILL FAILED"; exit 1; }
