#!/usr/bin/env bash
# Reproducible load benchmark of the API on this machine (see docs/benchmarks.md for results).
# Needs wrk (Debian package `wrk`), curl and python3. Builds the jar, starts it on a fresh AISLE_HOME with
# the embedded MariaDB, and measures with wrk from the same machine:
#   1. GET /api/v1/ping                      the ceiling: a trivial endpoint of the same app
#   2. GET /api/v1/products?category=...     catalog listing
#   3. GET /api/v1/products/{id}             product details
#   4. checkout throughput                   32 customers adding to cart and placing orders
#   5. checkout on scarce stock              32 customers racing for 500 units: exactly 500 orders
#   6. checkout with a code, tax and Express 32 customers, a 10% code limited to 1,000,000 uses, California tax
#   7. checkout on a scarce code             32 customers racing for a code with 300 uses: exactly 300 redemptions
# Usage: bench/run.sh [duration, default 20s]
DURATION=${1:-20s}
OUT=target/bench-results.txt
source "$(dirname "$0")/lib.sh"

ADMIN=$(admin_token)
IDS=$(curl -sf "$BASE/api/v1/products?size=100" | json '",".join(str(p["id"]) for p in d["content"])')

echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1)" | tee "$OUT"
warm() { wrk -t2 -c64 -d5s "$@" >/dev/null; }
measure() { # name, wrk args...
  local name=$1; shift
  echo "## $name" | tee -a "$OUT"
  wrk -t2 -c64 -d"$DURATION" --latency "$@" | grep -E 'Requests/sec|Latency  |50%|90%|99%|Non-2xx|Socket errors' | tee -a "$OUT"
}
warm "$BASE/api/v1/ping"; warm "$BASE/api/v1/products?category=electronics"
export PRODUCT_IDS=$IDS PAGE=/api/v1/products/
warm -s bench/product-page.lua "$BASE"
measure "ceiling: GET /api/v1/ping (64 connections)" "$BASE/api/v1/ping"
measure "GET /api/v1/products?category=electronics (64 connections)" "$BASE/api/v1/products?category=electronics"
measure "GET /api/v1/products/{id} over all products (64 connections)" -s bench/product-page.lua "$BASE"

# 32 customers with tokens
TOKENS=target/bench-tokens.txt; : > "$TOKENS"
for i in $(seq 32); do
  email="bench-$i-$RANDOM$RANDOM@example.com"
  post /api/v1/auth/register "{\"email\":\"$email\",\"password\":\"bench-password\",\"fullName\":\"Bench $i\"}" >/dev/null
  post /api/v1/auth/login "{\"email\":\"$email\",\"password\":\"bench-password\"}" | json 'd["accessToken"]' >> "$TOKENS"
done
new_product() { # stock -> id
  post /api/v1/products "{\"sku\":\"BENCH-$RANDOM$RANDOM\",\"name\":\"Bench item\",\"brand\":\"Aisle\",\"category\":\"books\",\"description\":\"load test\",\"price\":60.00,\"stock\":$1}" "$ADMIN" | json 'd["id"]'
}
stock_of() { curl -sf "$BASE/api/v1/products/$1" | json 'd["stock"]'; }
order_count() { curl -sf "$BASE/api/v1/admin/orders?size=1" -H "Authorization: Bearer $ADMIN" | json 'd["page"]["totalElements"]'; }
checkout() { # name, stock per product, number of products
  local ids=() before=0 after=0 orders_before orders_after
  for _ in $(seq "$3"); do ids+=("$(new_product "$2")"); done
  # start from empty carts: a line left from an earlier run would be ordered along
  while read -r token; do curl -sf -X DELETE "$BASE/api/v1/cart" -H "Authorization: Bearer $token" >/dev/null; done < "$TOKENS"
  orders_before=$(order_count)
  echo "## $1" | tee -a "$OUT"
  TOKENS_FILE=$TOKENS PRODUCT_IDS=$(IFS=,; echo "${ids[*]}") wrk -t32 -c32 -d"$DURATION" --latency -s bench/checkout.lua "$BASE" \
    | grep -E 'Requests/sec|50%|99%|orders placed' | tee -a "$OUT"
  # wrk stops while some checkouts still run on the server (their answers come after wrk gave up on them): wait
  # until no more orders appear, so that stock and orders are counted on the same, settled state
  orders_after=$(order_count); sleep 1
  while [ "$(order_count)" != "$orders_after" ]; do orders_after=$(order_count); sleep 1; done
  for id in "${ids[@]}"; do after=$(( after + $(stock_of "$id") )); done
  before=$(( $2 * $3 ))
  echo "stock $before -> $after: $(( before - after )) units taken; orders created: $(( orders_after - orders_before )), one unit each (equal = no oversell)" | tee -a "$OUT"
}
checkout "checkout throughput: 32 customers, 32 products, ample stock" 1000000 32
checkout "checkout on scarce stock: 32 customers racing for 500 units of one product" 500 1

# the full price: a promotion code, California's sales tax and the Express method of the US zone
new_code() { # uses -> "code id"
  local code="BENCH$RANDOM$RANDOM"
  echo "$code $(post /api/v1/admin/promotions "{\"name\":\"Bench 10%\",\"code\":\"$code\",\"kind\":\"PERCENTAGE\",\"value\":10,\"usageLimit\":$1}" "$ADMIN" | json 'd["id"]')"
}
redemptions() { curl -sf "$BASE/api/v1/admin/promotions?size=100" -H "Authorization: Bearer $ADMIN" | json "[u['redemptions'] for u in d['content'] if u['promotion']['id']==$1][0]"; }
EXPRESS=$(curl -sf "$BASE/api/v1/shipping/options?country=US&region=CA&subtotal=60&weightGrams=0" | json "[o['methodId'] for o in d if o['name']=='Express'][0]")
full_order() { # code -> order body
  echo "{\"shippingAddress\":{\"fullName\":\"Bench Customer\",\"line1\":\"1 Infinite Loop\",\"city\":\"Cupertino\",\"region\":\"CA\",\"postalCode\":\"95014\",\"country\":\"US\"},\"shippingMethodId\":$EXPRESS,\"promotionCode\":\"$1\"}"
}
read -r CODE CODE_ID <<< "$(new_code 1000000)"
ORDER_BODY=$(full_order "$CODE") checkout "checkout with a code, tax and Express: 32 customers, 32 products, ample stock" 1000000 32
echo "code $CODE redeemed $(redemptions "$CODE_ID") times (equal to the orders created = one use per order)" | tee -a "$OUT"
read -r CODE CODE_ID <<< "$(new_code 300)"
ORDER_BODY=$(full_order "$CODE") checkout "checkout on a scarce code: 32 customers racing for a code with 300 uses" 1000000 32
echo "code $CODE redeemed $(redemptions "$CODE_ID") times of 300 (orders created must be 300: no over-redemption)" | tee -a "$OUT"

echo "## app resident memory after the run: $(rss_mib) MiB (heap max 1 GiB)" | tee -a "$OUT"
