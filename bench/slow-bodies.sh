#!/usr/bin/env bash
# The slow-POST attack of issue 10 (see docs/benchmarks.md for results): CONNECTIONS connections (default
# 300) send a sign-in's headers with Content-Length: 900000 and then one byte every 10 s, and are opened
# again as soon as the shop answers or closes them; meanwhile wrk measures product reads, as it does
# without the attack. Needs wrk, curl and python3.
# Usage: bench/slow-bodies.sh [connections, default 300] [duration, default 20s]
CONNECTIONS=${1:-300}
DURATION=${2:-20s}
OUT=target/bench-slow-bodies.txt
source "$(dirname "$0")/lib.sh"

IDS=
for _ in $(seq 120); do # the catalog is seeded just after the shop starts answering
  IDS=$(curl -sf "$BASE/api/v1/products?size=100" | json '",".join(str(p["id"]) for p in d["content"])')
  [ -n "$IDS" ] && break; sleep 0.5
done
export PRODUCT_IDS=$IDS PAGE=/api/v1/products/
measure() { # name
  echo "## $1" | tee -a "$OUT"
  wrk -t2 -c16 -d"$DURATION" --latency -s bench/product-page.lua "$BASE" \
    | grep -E 'Requests/sec|Latency  |50%|99%|Non-2xx|Socket errors|timeout' | tee -a "$OUT"
}
echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1)" | tee "$OUT"
wrk -t2 -c16 -d5s -s bench/product-page.lua "$BASE" >/dev/null
measure "GET /api/v1/products/{id}, 16 connections, no attack"

python3 bench/slow-bodies.py "$PORT" "$CONNECTIONS" > target/bench-slow-attack.txt &
ATTACK=$!
trap 'kill $ATTACK 2>/dev/null || true; kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
measure "GET /api/v1/products/{id}, 16 connections, while $CONNECTIONS connections trickle bodies"
kill -TERM $ATTACK; wait $ATTACK 2>/dev/null || true
echo "attacker: $(cat target/bench-slow-attack.txt)" | tee -a "$OUT"
