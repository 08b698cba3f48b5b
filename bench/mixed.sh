#!/usr/bin/env bash
# Browsing while others buy (issue 16, see docs/benchmarks.md): catalog listings at 64 connections alone, then the
# same listings while 16 customers check out products of those listings, in one run on one app, and the ratio.
# Needs wrk, curl and python3. Usage: bench/mixed.sh [duration, default 20s]
# Target: under the mixed load the listings keep >= 50 % of their throughput alone, and their p99 stays < 50 ms.
DURATION=${1:-20s}
OUT=target/bench-mixed.txt
source "$(dirname "$0")/lib.sh"

ADMIN=$(admin_token)
# the sample catalog is seeded while the app already serves: wait until the number of products stops growing
count() { curl -sf "$BASE/api/v1/products?size=1" | json 'd["page"]["totalElements"]'; }
before=-1; now=$(count)
while [ "$now" != "$before" ]; do sleep 2; before=$now; now=$(count); done
# what shoppers browse: every category at its default sort and by price, page 2, and in stock only
SLUGS=$(curl -sf "$BASE/api/v1/categories" | json '" ".join(c["slug"] for c in d)')
PATHS=""
for slug in $SLUGS; do
  PATHS="$PATHS /api/v1/products?category=$slug /api/v1/products?category=$slug&sort=price_asc"
  PATHS="$PATHS /api/v1/products?category=$slug&inStock=true /api/v1/products?category=$slug&page=1&size=10"
done
PATHS="$PATHS /api/v1/products /api/v1/products?inStock=true&sort=rating"
# the buyers buy 16 listed products (the top rated of one variant: bench/checkout.lua names no variant), after a
# delivery so that none sells out
IDS=""
for id in $(curl -sf "$BASE/api/v1/products?size=100&sort=rating" | json '" ".join(str(p["id"]) for p in d["content"])'); do
  [ "$(curl -sf "$BASE/api/v1/products/$id/variants" | json 'len(d["variants"])')" = 1 ] && IDS="$IDS${IDS:+,}$id"
  [ "$(tr ',' '\n' <<< "$IDS" | wc -l)" -lt 16 ] || break
done
for id in ${IDS//,/ }; do
  curl -sf -X PATCH "$BASE/api/v1/products/$id/stock" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d '{"delta":100000,"reason":"bench delivery"}' >/dev/null
done
TOKENS=target/bench-mixed-tokens.txt; : > "$TOKENS"
for i in $(seq 16); do
  email="mixed-$i-$RANDOM$RANDOM@example.com"
  post /api/v1/auth/register "{\"email\":\"$email\",\"password\":\"bench-password\",\"fullName\":\"Buyer $i\"}" >/dev/null
  post /api/v1/auth/login "{\"email\":\"$email\",\"password\":\"bench-password\"}" | json 'd["accessToken"]' >> "$TOKENS"
done

echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT"
echo "# listings: $(wc -w <<< "$PATHS") paths in turn; buyers: 16 customers, products $IDS" | tee -a "$OUT"
export LISTING_PATHS=$PATHS
listings() { wrk -t2 -c64 -d"$1" --latency -s bench/listings.lua "$BASE"; }
summary() { grep -E 'Requests/sec|Latency  |^ +50%|^ +99%|Non-2xx|Socket errors'; }
# listings read from the database so far: the listings cache's misses (the cache is on by default)
loads() { curl -sf "http://127.0.0.1:${BENCH_MANAGEMENT_PORT:-$((PORT + 1))}/actuator/prometheus" \
  | awk '/^cache_gets_total\{cache="catalog.listings",result="miss"/ {print int($2)}'; }
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
p99() { awk '$1 == "99%" {print $2}' "$1"; }
listings 5s >/dev/null
# the buyers warm up too: the first checkouts compile their code paths
TOKENS_FILE=$TOKENS PRODUCT_IDS=$IDS wrk -t16 -c16 -d5s -s bench/checkout.lua "$BASE" >/dev/null

echo "## listings alone (64 connections)" | tee -a "$OUT"
L0=$(loads)
listings "$DURATION" > target/bench-mixed-alone.txt; summary < target/bench-mixed-alone.txt | tee -a "$OUT"
L1=$(loads)
echo "listings read from the database meanwhile: $((L1 - L0))" | tee -a "$OUT"
echo "## listings (64 connections) while 16 buyers check out" | tee -a "$OUT"
TOKENS_FILE=$TOKENS PRODUCT_IDS=$IDS wrk -t16 -c16 -d"$DURATION" --latency -s bench/checkout.lua "$BASE" \
  > target/bench-mixed-buyers.txt &
BUYERS=$!
listings "$DURATION" > target/bench-mixed-under.txt; wait $BUYERS
summary < target/bench-mixed-under.txt | tee -a "$OUT"
echo "listings read from the database meanwhile: $(( $(loads) - L1 ))" | tee -a "$OUT"
echo "## the 16 buyers meanwhile" | tee -a "$OUT"
grep -E 'Requests/sec|^ +50%|^ +99%|orders placed' target/bench-mixed-buyers.txt | tee -a "$OUT"
python3 - "$(rps target/bench-mixed-alone.txt)" "$(rps target/bench-mixed-under.txt)" "$(p99 target/bench-mixed-under.txt)" <<'PY' | tee -a "$OUT"
import sys
alone, under, p99 = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
ms = float(p99[:-2]) if p99.endswith("ms") else float(p99[:-2]) / 1000 if p99.endswith("us") else float(p99[:-1]) * 1000
print(f"## ratio: listings keep {under / alone:.0%} of their throughput under the mixed load (target >= 50%), "
      f"p99 {ms:.1f} ms (target < 50 ms); load average {open('/proc/loadavg').read().split()[0]}")
PY
