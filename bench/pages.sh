#!/usr/bin/env bash
# Storefront page benchmark (see docs/benchmarks.md): home, category and product pages at 32
# connections, and the time to the first byte of a product page. Usage: bench/pages.sh [duration]
DURATION=${1:-20s}
OUT=target/bench-pages.txt
source "$(dirname "$0")/lib.sh"

IDS=$(curl -sf "$BASE/api/v1/products?size=100" | json '",".join(str(p["id"]) for p in d["content"])')
echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1)" | tee "$OUT"
measure() { # name, wrk args...
  local name=$1; shift
  wrk -t2 -c32 -d5s "$@" >/dev/null
  echo "## $name" | tee -a "$OUT"
  wrk -t2 -c32 -d"$DURATION" --latency "$@" | grep -E 'Requests/sec|Latency  |50%|90%|99%|Non-2xx|Socket errors' | tee -a "$OUT"
}
measure "ceiling: GET /api/v1/ping (32 connections)" "$BASE/api/v1/ping"
measure "home page / (32 connections)" "$BASE/"
measure "category page /c/electronics (32 connections)" "$BASE/c/electronics"
export PRODUCT_IDS=$IDS PAGE=/p/
measure "product page /p/{id} over all products (32 connections)" -s bench/product-page.lua "$BASE"

# time to first byte of a product page, one request at a time on an idle server
first=${IDS%%,*}
for _ in $(seq 200); do curl -s -o /dev/null -w '%{time_starttransfer}\n' "$BASE/p/$first"; done | sort -n \
  | awk '{t[NR]=$1*1000} END {printf "## product page time to first byte, 200 sequential requests: p50 %.2f ms, p99 %.2f ms\n", t[int(NR*0.5)], t[int(NR*0.99)]}' \
  | tee -a "$OUT"
echo "## app resident memory after the run: $(rss_mib) MiB (heap max 1 GiB)" | tee -a "$OUT"
