#!/usr/bin/env bash
# Sign-in benchmark (see docs/benchmarks.md, "Sessions and sign-in throttling"):
#   1. what the per-request session check costs: the same product reads anonymous (no token, no check)
#      and with a token, and signed-in reads (GET /api/v1/users/me, GET /api/v1/cart)
#   2. browsing during a login flood: p99 of product reads and an authenticated cart read while 32
#      connections guess passwords (a) on one account, (b) on a new made-up account with every guess
# Runs with the per-address limit lifted (AISLE_LOGIN_ADDRESS_FAILURES, a flood from many addresses):
# what keeps browsing fast is then the per-account throttle (a) and the bound on password hashing (b).
# Usage: bench/auth.sh [duration, default 20s] [all|reads|flood, default all]
DURATION=${1:-20s}
PART=${2:-all}
OUT=target/bench-auth.txt
export AISLE_LOGIN_ADDRESS_FAILURES=${AISLE_LOGIN_ADDRESS_FAILURES:-1000000000}
source "$(dirname "$0")/lib.sh"

IDS=$(curl -sf "$BASE/api/v1/products?size=100" | json '",".join(str(p["id"]) for p in d["content"])')
email="bench-auth-$RANDOM$RANDOM@example.com"
post /api/v1/auth/register "{\"email\":\"$email\",\"password\":\"bench-password\",\"fullName\":\"Bench Auth\"}" >/dev/null
TOKEN=$(post /api/v1/auth/login "{\"email\":\"$email\",\"password\":\"bench-password\"}" | json 'd["accessToken"]')
victim="bench-victim-$RANDOM$RANDOM@example.com"
post /api/v1/auth/register "{\"email\":\"$victim\",\"password\":\"bench-password\",\"fullName\":\"Bench Victim\"}" >/dev/null
export PRODUCT_IDS=$IDS PAGE=/api/v1/products/
AUTH=(-H "Authorization: Bearer $TOKEN")

echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1), $(git rev-parse --short HEAD 2>/dev/null), load average $(cut -d" " -f1-3 /proc/loadavg)" | tee "$OUT"
summary() { grep -E 'Requests/sec|Latency  |50%|99%|Non-2xx|Socket errors|login answers'; }
measure() { # name, connections, wrk args...
  local name=$1 connections=$2; shift 2
  wrk -t$(( connections < 2 ? 1 : 2 )) -c"$connections" -d5s "$@" >/dev/null
  echo "## $name" | tee -a "$OUT"
  wrk -t$(( connections < 2 ? 1 : 2 )) -c"$connections" -d"$DURATION" --latency "$@" | summary | tee -a "$OUT"
}
if [ "$PART" != flood ]; then
measure "ceiling: GET /api/v1/ping (64 connections)" 64 "$BASE/api/v1/ping"
measure "anonymous: GET /api/v1/products?category=electronics (64 connections)" 64 "$BASE/api/v1/products?category=electronics"
measure "anonymous: GET /api/v1/products/{id} over all products (64 connections)" 64 -s bench/product-page.lua "$BASE"
# the same product reads with a token: the difference is the token check (signature, claims, live session)
measure "signed in: GET /api/v1/products/{id} over all products (64 connections)" 64 "${AUTH[@]}" -s bench/product-page.lua "$BASE"
measure "signed in: GET /api/v1/users/me (64 connections)" 64 "${AUTH[@]}" "$BASE/api/v1/users/me"
measure "signed in: GET /api/v1/cart (64 connections)" 64 "${AUTH[@]}" "$BASE/api/v1/cart"
# one connection: the latency of one request, with little queueing to blur the token check's share
measure "one connection, anonymous: GET /api/v1/products/{id}" 1 -s bench/product-page.lua "$BASE"
measure "one connection, signed in: GET /api/v1/products/{id}" 1 "${AUTH[@]}" -s bench/product-page.lua "$BASE"
fi
[ "$PART" != reads ] || exit 0

browse_during_flood() { # name, FLOOD_EMAIL or empty
  echo "## browsing during a login flood: $1" | tee -a "$OUT"
  FLOOD_EMAIL=$2 wrk -t2 -c32 -d"$DURATION" -s bench/login-flood.lua "$BASE" > target/bench-flood.txt &
  local flood=$!
  sleep 2 # let the flood reach full speed
  echo "# GET /api/v1/products/{id}, 16 connections" | tee -a "$OUT"
  wrk -t1 -c16 -d10s --latency -s bench/product-page.lua "$BASE" | summary | tee -a "$OUT"
  echo "# signed in: GET /api/v1/cart, 16 connections" | tee -a "$OUT"
  wrk -t1 -c16 -d5s --latency "${AUTH[@]}" "$BASE/api/v1/cart" | summary | tee -a "$OUT"
  wait $flood
  echo "# the flood (32 connections):" | tee -a "$OUT"
  summary < target/bench-flood.txt | tee -a "$OUT"
}
echo "## browsing without a flood (the same two reads, for comparison)" | tee -a "$OUT"
wrk -t1 -c16 -d10s --latency -s bench/product-page.lua "$BASE" | summary | tee -a "$OUT"
wrk -t1 -c16 -d5s --latency "${AUTH[@]}" "$BASE/api/v1/cart" | summary | tee -a "$OUT"
browse_during_flood "32 connections guessing the password of one account" "$victim"
browse_during_flood "32 connections guessing on a new made-up account each time" ""
# the owner is not locked out for long: at most AISLE_LOGIN_MAX_BACKOFF after the flood
echo "## the victim's own sign-in right after the flood: $(curl -s -o /dev/null -w 'HTTP %{http_code}, Retry-After %header{retry-after} s' \
  -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' -d "{\"email\":\"$victim\",\"password\":\"bench-password\"}")" | tee -a "$OUT"
echo "## app resident memory after the run: $(rss_mib) MiB (heap max 1 GiB)" | tee -a "$OUT"
