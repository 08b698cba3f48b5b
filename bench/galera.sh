#!/usr/bin/env bash
# Aisle on a three-node MariaDB Galera cluster, on loopback, bounded in time (about 4 minutes; every wait has a
# limit). Results in docs/operations.md ("Galera cluster"). Needs mariadb-server, galera-4, curl and python3.
#   1. race: two instances, each writing to its own node, 32 buyers for a product with 40 units and a code with
#      15 uses; every checkout is sent to both instances at once with one Idempotency-Key and replayed on each.
#      Checked on every node: stock + units sold = 40, never below zero, one order per key, 15 uses of the code at
#      most, one charge at the provider per order and none without one, and the same figures on all three nodes.
#   2. drill: 32 buyers check out for 60 s; 15 s in, the node under the second instance is stopped, 15 s later it
#      is started again and catches up by incremental state transfer (IST). Reported: how long requests failed,
#      and what was lost (it must be nothing: every acknowledged order on every node, stock + sold = start).
# Exit code 0 when every check passed.
# Usage: bench/galera.sh   (SKIP_BUILD=1 reuses target/aisle-*.jar; ports 19210-19271)
set -euo pipefail
cd "$(dirname "$0")/.."
LOOPBACK_ROOT=${LOOPBACK_ROOT:-$(pwd)/target/loopback/galera}
source bench/lib/loopback.sh
source bench/lib/galera.sh
trap loopback_stop_all EXIT
OUT=target/galera-results.txt
DB1=19210 DB2=19220 DB3=19230 APP1=19250 APP2=19260
APPS=http://127.0.0.1:$APP1,http://127.0.0.1:$APP2
FAILED=0

say() { echo "$*" | tee -a "$OUT"; }
check() { # DESCRIPTION CONDITION: records a PASS or FAIL line; CONDITION is shell code, e.g. "[ 1 -eq 1 ] && [ 2 -gt 1 ]"
  if eval "$2"; then say "PASS $1"; else say "FAIL $1"; FAILED=1; fi
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
post() { curl -sf -m 10 -X POST "http://127.0.0.1:$APP1$1" -H 'Content-Type: application/json' ${3:+-H "Authorization: Bearer $3"} -d "$2"; }
node_sql() { mariadb --no-defaults --protocol=socket -S "$(loopback_dir "$1")/mariadbd.sock" -uroot -N -B aisle -e "$2"; }
# one line of figures per node, over one or more products (comma-separated ids); the nodes must agree
figures() { # NODE PRODUCT_IDS
  node_sql "$1" "SELECT CONCAT_WS(' ', (SELECT SUM(stock) FROM products WHERE id IN ($2)),
      (SELECT COALESCE(SUM(quantity), 0) FROM order_items WHERE product_id IN ($2)),
      (SELECT COUNT(DISTINCT order_id) FROM order_items WHERE product_id IN ($2)),
      (SELECT COUNT(*) FROM payments WHERE kind = 'CHARGE'
         AND order_id IN (SELECT order_id FROM order_items WHERE product_id IN ($2))),
      (SELECT COUNT(*) FROM simulated_provider_charges
         WHERE order_id IN (SELECT order_id FROM order_items WHERE product_id IN ($2))),
      (SELECT COUNT(*) FROM simulated_provider_charges c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = c.order_id)),
      (SELECT COUNT(*) FROM payments p WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = p.order_id)))"
}

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -DskipTests package
loopback_require mariadbd haproxy curl python3
[ -f /usr/lib/galera/libgalera_smm.so ] || { echo "galera-4 is missing: apt-get install galera-4"; exit 1; }
mkdir -p target; : > "$OUT"
say "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(mariadbd --version | cut -d' ' -f2-4)"

t0=$(date +%s.%N)
loopback_galera_cluster db1 $DB1 db2 $DB2 db3 $DB3
say "three nodes synced in $(python3 -c "print(f'{$(date +%s.%N) - $t0:.1f}')") s: $(for n in db1 db2 db3; do echo -n "$n $(loopback_galera_status $n); "; done)"
# every instance lists all nodes, its own first: when its node goes away its connections move to the next one.
# The first instance starts alone: Flyway's migration lock (GET_LOCK) is one node's own, not the cluster's.
url() { echo "jdbc:mariadb:sequential://127.0.0.1:$1,127.0.0.1:$2,127.0.0.1:$3/aisle"; }
loopback_app app1 $APP1 $((APP1 + 1)) "$(url $DB1 $DB2 $DB3)"
loopback_wait_ready $APP1 180
loopback_app app2 $APP2 $((APP2 + 1)) "$(url $DB2 $DB3 $DB1)"
loopback_wait_ready $APP2 180
say "instances ready: app1 on db1, app2 on db2"

ADMIN=$(post /api/v1/auth/login "{\"email\":\"admin@aisle.local\",\"password\":\"$LOOPBACK_ADMIN_PASSWORD\"}" | json 'd["accessToken"]')
new_product() { # SKU STOCK
  post /api/v1/products "{\"sku\":\"$1\",\"name\":\"Galera $1\",\"brand\":\"Aisle\",\"category\":\"books\",\"description\":\"galera\",\"price\":10.00,\"stock\":$2}" "$ADMIN" | json 'd["id"]'
}

# 1. the race
HOT=$(new_product GALERA-HOT 40)
CODE=GALERA15
post /api/v1/admin/promotions "{\"name\":\"Galera race\",\"code\":\"$CODE\",\"kind\":\"PERCENTAGE\",\"value\":10,\"usageLimit\":15}" "$ADMIN" >/dev/null
python3 bench/galera-buyers.py race --apps "$APPS" --product "$HOT" --code "$CODE" --seconds 120 --run "race$$" > target/galera-race.json
read -r placed anomalies with_code statuses < <(json 'd["orders"], d["anomalyCount"], d["withCode"], json.dumps(d["statuses"]).replace(" ", "")' < target/galera-race.json)
say "race: $placed orders for 40 units, $with_code with the code (limit 15), answers $statuses"
python3 -c "import json; [print('  anomaly:', a) for a in json.load(open('target/galera-race.json'))['anomalies']]" | tee -a "$OUT"
ACKED=$(json '",".join(str(i) for i in d["ackedIds"]) or "0"' < target/galera-race.json)
acked_count=$(json 'len(d["ackedIds"])' < target/galera-race.json)
PROMO=$(node_sql db1 "SELECT id FROM promotions WHERE code = '$CODE'")
for node in db1 db2 db3; do
  f=$(figures $node "$HOT"); uses=$(node_sql $node "SELECT uses FROM promotion_counters WHERE promotion_id = $PROMO")
  redeemed=$(node_sql $node "SELECT COUNT(*) FROM promotion_redemptions WHERE promotion_id = $PROMO")
  say "  $node: stock sold orders ledger-charges provider-charges orphan-charges orphan-ledger-rows = $f; code uses $uses, redemptions $redeemed"
  read -r stock sold orders ledger provider orphans lost <<< "$f"
  check "$node: stock + sold = 40 ($stock + $sold), never below zero" \
    '[ $((stock + sold)) -eq 40 ] && [ "$stock" -ge 0 ]'
  check "$node: one order per acknowledged key ($orders orders, $placed keys)" \
    '[ "$orders" -eq "$placed" ]'
  check "$node: one charge per order, none without one ($ledger in the ledger, $provider at the provider, $orphans orphans, $lost ledger rows without an order)" \
    '[ "$ledger" -eq "$orders" ] && [ "$provider" -eq "$orders" ] && [ "$orphans" -eq 0 ] && [ "$lost" -eq 0 ]'
  found=$(node_sql $node "SELECT COUNT(*) FROM orders WHERE id IN ($ACKED)")
  check "$node: every order id answered with 200/201 exists, one per key ($found found of $acked_count answered, $placed keys)" \
    '[ "$found" -eq "$acked_count" ] && [ "$acked_count" -eq "$placed" ]'
  check "$node: the code used at most 15 times ($uses, $redeemed redemptions, $with_code acknowledged)" \
    '[ "$uses" -le 15 ] && [ "$uses" -eq "$redeemed" ] && [ "$redeemed" -eq "$with_code" ]'
done
check "race: every answer and replay of one key named the same order ($anomalies anomalies)" \
  '[ "$anomalies" -eq 0 ]'
check "race: the nodes agree" \
  '[ "$(figures db1 "$HOT")" = "$(figures db2 "$HOT")" ] && [ "$(figures db1 "$HOT")" = "$(figures db3 "$HOT")" ]'

# 2. the drill: stop db2 (app2's node) under load and bring it back
STOCK=100000
DRILL=$(for n in $(seq 32); do new_product "GALERA-DRILL-$n" $STOCK; done | paste -sd,)
rm -f target/galera-drill.started
python3 bench/galera-buyers.py drill --apps "$APPS" --product "$DRILL" --seconds 60 --run "drill$$" \
  --started target/galera-drill.started > target/galera-drill.json &
BUYERS=$!
for _ in $(seq 600); do [ -e target/galera-drill.started ] && break; sleep 0.2; done
sleep 15
stopped=$(date +%s.%N)
loopback_stop db2
say "drill: db2 stopped (SIGTERM, 15 s into the load) in $(python3 -c "print(f'{$(date +%s.%N) - $stopped:.1f}')") s; cluster: db1 $(loopback_galera_status db1)"
sleep 15
log_lines=$(wc -l < "$(loopback_dir db2)/mariadbd.log")
restarted=$(date +%s.%N)
loopback_galera_start db2 $DB2 $DB1 $DB2 $DB3
loopback_galera_wait_synced db2 120
synced=$(date +%s.%N)
say "drill: db2 started again 15 s after the stop, synced $(python3 -c "print(f'{$synced - $restarted:.1f}')") s later: $(loopback_galera_status db2)"
rejoin=$(tail -n +$((log_lines + 1)) "$(loopback_dir db2)/mariadbd.log")
say "drill: db2 $(grep -o 'Receiving IST: [0-9]* writesets' <<< "$rejoin" | head -1 || echo 'received no IST')"
check "drill: db2 caught up by IST, not a full state transfer" \
  'grep -q "IST received" <<< "$rejoin"'
wait $BUYERS
python3 - "$stopped" "$restarted" "$synced" target/galera-drill.json <<'PY' | tee -a "$OUT"
import json, sys
stopped, restarted, synced = (float(a) for a in sys.argv[1:4])
d = json.load(open(sys.argv[4]))
first, last, times = d["firstFailure"], d["lastFailure"], d["failureTimes"]
window = "none" if first is None else f"{last - first:.1f} s, from {first - stopped:+.1f} s to {last - stopped:+.1f} s after the stop"
phases = [("before the stop", float("-inf"), stopped), ("while db2 was away", stopped, restarted),
          ("while it rejoined", restarted, synced), ("after it was synced", synced, float("inf"))]
counts = ", ".join(f"{sum(1 for t in times if a <= t < b)} {name}" for name, a, b in phases)
print(f"drill: {d['orders']} orders acknowledged in {d['seconds']} s, {d['requests']} requests, {d['failedRequests']} failed ({counts}); restart at {restarted - stopped:+.1f} s, synced at {synced - stopped:+.1f} s")
print(f"drill: failure window {window}; answers {json.dumps(d['statuses'])}; {d['anomalyCount']} checkouts never placed")
PY
read -r acknowledged never < <(json 'd["orders"], d["anomalyCount"]' < target/galera-drill.json)
KEYS=$(json '",".join("\x27" + k + "\x27" for k in d["keys"])' < target/galera-drill.json)
for node in db1 db2 db3; do
  f=$(figures $node "$DRILL"); read -r stock sold orders ledger provider orphans lost <<< "$f"
  found=$(node_sql $node "SELECT COUNT(*) FROM orders WHERE idempotency_key IN (${KEYS:-''})")
  say "  $node: stock sold orders ledger-charges provider-charges orphan-charges orphan-ledger-rows = $f; acknowledged orders found $found"
  check "$node: every acknowledged order is there ($found of $acknowledged) and no other ($orders)" \
    '[ "$found" -eq "$acknowledged" ] && [ "$orders" -eq "$acknowledged" ]'
  check "$node: stock + sold = 32 x $STOCK ($stock + $sold), one charge per order ($ledger, $provider, $orphans orphans, $lost ledger rows without an order)" \
    '[ $((stock + sold)) -eq $((32 * STOCK)) ] && [ "$ledger" -eq "$orders" ] && [ "$provider" -eq "$orders" ] && [ "$orphans" -eq 0 ] && [ "$lost" -eq 0 ]'
done
check "drill: every checkout was placed in the end ($never were not)" \
  '[ "$never" -eq 0 ]'
check "drill: the nodes agree" \
  '[ "$(figures db1 "$DRILL")" = "$(figures db2 "$DRILL")" ] && [ "$(figures db1 "$DRILL")" = "$(figures db3 "$DRILL")" ]'

[ "$FAILED" -eq 0 ] && say "galera: PASS" || say "galera: FAIL"
exit "$FAILED"
