#!/usr/bin/env bash
# Scale-out measured: the same load against one instance and against two, both behind HAProxy, on one Debian
# MariaDB, in one run (results in docs/operations.md, "Scale out"). Two load balancers run side by side: one with
# only the first instance behind it, one with both; every round measures both, one after the other, so that both
# see the same machine. Per load: requests/s, p50 and p99 (wrk), the two-instance/one-instance ratio, and the CPU
# seconds each process used (the app JVMs, mariadbd, HAProxy, wrk) to show what the machine spent its cores on.
#   1. GET /api/v1/products?category=electronics, 64 connections
#   2. checkout: 32 customers adding to cart and placing orders (bench/checkout.lua), ample stock
# Needs mariadb-server, haproxy, wrk, curl, python3 and the jar (./mvnw -DskipTests package).
# Usage: bench/scale-out.sh [duration per measurement, default 20s] (SCALE_PORT, default 19150; ROUNDS, default 2)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/loopback.sh
trap 'exit 143' TERM INT
trap loopback_stop_all EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
DURATION=${1:-20s}
ROUNDS=${ROUNDS:-2}
P=${SCALE_PORT:-19150}
DB=$P APP1=$((P + 10)) APP2=$((P + 12)) LB_ONE=$((P + 20)) LB_TWO=$((P + 30))
OUT=target/scale-out-results.txt
RAW=$(loopback_dir scale-out-raw); mkdir -p "$RAW"; rm -f "$RAW"/*
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
post() { curl -sf -m 10 -X POST "http://127.0.0.1:$LB_TWO$1" -H 'Content-Type: application/json' ${3:+-H "Authorization: Bearer $3"} -d "$2"; }
# CPU seconds (user + system) a process has used so far
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat" 2>/dev/null || echo 0; }
# the whole machine's CPU time so far, busy and in all, in ticks: "busy total"
machine() { awk '/^cpu /{total = 0; for (i = 2; i <= NF; i++) total += $i; print total - $5 - $6, total}' /proc/stat; }

loopback_mariadb db "$DB"
URL=jdbc:mariadb://127.0.0.1:$DB/aisle
loopback_app app1 "$APP1" $((APP1 + 1)) "$URL"
loopback_wait_ready "$APP1" 180
# the second starts on the migrated database (a start together is the topology test's part)
loopback_app app2 "$APP2" $((APP2 + 1)) "$URL"
loopback_wait_ready "$APP2" 180
loopback_haproxy lb-one "$LB_ONE" "$APP1"
loopback_haproxy lb-two "$LB_TWO" "$APP1" "$APP2"
for _ in $(seq 50); do [ "$(loopback_haproxy_status lb-two | grep -c ' UP$')" = 2 ] && break; sleep 0.2; done

for _ in $(seq 60); do
  ADMIN=$(post /api/v1/auth/login "{\"email\":\"admin@aisle.local\",\"password\":\"$LOOPBACK_ADMIN_PASSWORD\"}" 2>/dev/null | json 'd["accessToken"]' 2>/dev/null) && break
  sleep 0.5
done
TOKENS=$RAW/tokens.txt; : > "$TOKENS"
for i in $(seq 32); do
  email="scale-$i-$RANDOM$RANDOM@example.com"
  post /api/v1/auth/register "{\"email\":\"$email\",\"password\":\"scale-password\",\"fullName\":\"Scale $i\"}" >/dev/null
  post /api/v1/auth/login "{\"email\":\"$email\",\"password\":\"scale-password\"}" | json 'd["accessToken"]' >> "$TOKENS"
done
IDS=()
for _ in $(seq 32); do
  IDS+=("$(post /api/v1/products "{\"sku\":\"SCALE-$RANDOM$RANDOM\",\"name\":\"Scale item\",\"brand\":\"Aisle\",\"category\":\"books\",\"description\":\"load test\",\"price\":60.00,\"stock\":1000000}" "$ADMIN" | json 'd["id"]')")
done
export TOKENS_FILE=$TOKENS PRODUCT_IDS
PRODUCT_IDS=$(IFS=,; echo "${IDS[*]}")

PIDS="app1=$(loopback_pid app1) app2=$(loopback_pid app2) mariadbd=$(loopback_pid db) haproxy-one=$(loopback_pid lb-one) haproxy-two=$(loopback_pid lb-two)"
# one measurement: name of the load, instances (1 or 2), round, path, wrk args; appends a line to $RAW/results
measure() {
  local load=$1 instances=$2 round=$3 path=$4; shift 4
  local port=$LB_ONE; [ "$instances" = 2 ] && port=$LB_TWO
  local before="" p out
  for p in $PIDS; do before+="${p%%=*}=$(cpu "${p#*=}") "; done
  local t0 m0; t0=$(date +%s.%N); m0=$(machine)
  out=$(wrk --latency "$@" "http://127.0.0.1:$port$path" 2>&1)
  local elapsed m1; elapsed=$(python3 -c "import time; print(time.time() - $t0)"); m1=$(machine)
  local after=""
  for p in $PIDS; do after+="${p%%=*}=$(cpu "${p#*=}") "; done
  echo "$out" > "$RAW/$load-$instances-$round.txt"
  LOAD=$load INSTANCES=$instances ROUND=$round MACHINE="$m0 $m1" BEFORE=$before AFTER=$after ELAPSED=$elapsed python3 - "$RAW/$load-$instances-$round.txt" >> "$RAW/results" <<'PY'
import os, re, sys, json
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r"^\s+%s\s+([\d.]+)(us|ms|s)\s*$" % re.escape(label), text, re.M)
    return None if not m else float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
orders = re.search(r"orders placed: (\d+), refused \(409\): (\d+), failed: (\d+), orders/s: ([\d.]+)", text)
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors = re.search(r"Socket errors: (.*)", text)
before = dict(kv.split("=") for kv in os.environ["BEFORE"].split())
after = dict(kv.split("=") for kv in os.environ["AFTER"].split())
cpu = {k: round(float(after[k]) - float(before[k]), 1) for k in after}
b0, t0, b1, t1 = map(int, os.environ["MACHINE"].split())
print(json.dumps({"load": os.environ["LOAD"], "instances": int(os.environ["INSTANCES"]), "round": int(os.environ["ROUND"]),
    "rps": rps, "p50": ms("50%"), "p99": ms("99%"), "seconds": round(float(os.environ["ELAPSED"]), 1),
    "orders": None if not orders else {"placed": int(orders.group(1)), "refused": int(orders.group(2)),
                                       "failed": int(orders.group(3)), "per_s": float(orders.group(4))},
    "non2xx": int(non2xx.group(1)) if non2xx else 0, "socket_errors": errors.group(1) if errors else "",
    "cpu": cpu, "machine_busy": round(100 * (b1 - b0) / (t1 - t0))}))
PY
}

LISTING=(-t2 -c64 -d"$DURATION")
# wrk's checkout script needs one thread per connection (one customer each)
CHECKOUT=(-t32 -c32 -d"$DURATION" -s bench/checkout.lua)
# warm both paths of both instances (JIT, caches, pools) before anything counts
wrk -t2 -c64 -d10s "http://127.0.0.1:$LB_TWO/api/v1/products?category=electronics" >/dev/null
wrk -t32 -c32 -d10s -s bench/checkout.lua "http://127.0.0.1:$LB_TWO" >/dev/null
{
  echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1), $(mariadbd --version | awk '{print $3}'), HAProxy $(haproxy -v | awk 'NR==1{print $3}')"
  echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg); $DURATION per measurement, $ROUNDS rounds"
} | tee "$OUT"
for round in $(seq "$ROUNDS"); do
  for instances in 1 2; do
    measure listing "$instances" "$round" "/api/v1/products?category=electronics" "${LISTING[@]}"
    measure checkout "$instances" "$round" "" "${CHECKOUT[@]}"
  done
done
# how HAProxy spread the two-instance runs
SPLIT=$(curl -sf "http://127.0.0.1:$((LB_TWO + 1))/stats;csv" | awk -F, '$1 == "aisle" && $2 != "BACKEND" {printf "%s %s requests; ", $2, $8}')

python3 - "$RAW/results" "$SPLIT" <<'PY' | tee -a "$OUT"
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
def fmt(v): return "-" if v is None else ("%.0f" % v if v >= 10 else "%.1f" % v)
for load, title in (("listing", "GET /api/v1/products?category=electronics, 64 connections"),
                    ("checkout", "checkout: 32 customers (cart + order), ample stock")):
    print("## " + title)
    print("| round | instances | requests/s | p50 ms | p99 ms | orders/s | failed | CPU s: app1 app2 mariadbd haproxy | machine busy |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    ratios = []
    for r in sorted({x["round"] for x in rows}):
        pair = {x["instances"]: x for x in rows if x["load"] == load and x["round"] == r}
        for n in (1, 2):
            x = pair[n]; c = x["cpu"]
            o = x["orders"] or {}
            print("| %d | %d | %s | %s | %s | %s | %s | %.0f %.0f %.0f %.0f | %d %% |" % (r, n, fmt(x["rps"]), fmt(x["p50"]),
                  fmt(x["p99"]), fmt(o.get("per_s")), o.get("failed", x["non2xx"]), c["app1"], c["app2"], c["mariadbd"],
                  c["haproxy-one"] + c["haproxy-two"], x["machine_busy"]))
        ratios.append(pair[2]["rps"] / pair[1]["rps"])
    print("two instances / one: %s (median %.2f)" % (", ".join("%.2f" % q for q in ratios), statistics.median(ratios)))
    print()
print("two-instance balancer, requests per server over the run: " + sys.argv[2])
PY
