#!/usr/bin/env bash
# Catalog at scale (issue 16, docs/benchmarks.md): seeds N generated products (default 100000) into a fresh
# AISLE_HOME with `seed-catalog`, then starts the shop twice, with the catalog cache off
# (AISLE_CATALOG_CACHE_TTL=0) and on (the default 2 s), and measures with wrk at 64 connections: the listing
# with filters and every sort, a deep page, category pages, facets, text and hybrid search, suggestions and
# the admin product list. Each scenario rotates over 24-60 distinct URLs (bench/lib/paths.lua), so a cache
# or the query-embedding cache helps only as much as repeats would in a real shop.
# Usage: bench/catalog-scale.sh [products] [duration]     Results: target/bench-catalog-scale-<N>.md
# SKIP_BUILD=1 reuses target/aisle-*.jar; KEEP_HOME=1 reuses a home seeded before with the same N.
set -euo pipefail
cd "$(dirname "$0")/.."
PRODUCTS=${1:-100000}
DURATION=${2:-10s}
PORT=${BENCH_PORT:-8193}
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-19200}
HOME_DIR=$(pwd)/target/bench-scale-home-$PRODUCTS
BASE=http://127.0.0.1:$PORT
OUT=target/bench-catalog-scale-$PRODUCTS.md
HEAP=${BENCH_HEAP:-1g}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -o -DskipTests package
JAR=$(ls target/aisle-*.jar | grep -v -- '-plain' | head -1)
load() { cut -d' ' -f1-3 /proc/loadavg; }
export AISLE_HOME=$HOME_DIR AISLE_PORT=$PORT AISLE_MANAGEMENT_PORT=$MANAGEMENT_PORT \
  AISLE_ADMIN_PASSWORD=bench-admin-password AISLE_INSIGHTS_DEMO_CUSTOMERS=0

echo "# catalog-scale $(date -u +%FT%TZ), $PRODUCTS products, $(nproc) cores, $(java -version 2>&1 | head -1), -Xmx$HEAP" | tee "$OUT"
if [ -z "${KEEP_HOME:-}" ] || [ ! -d "$HOME_DIR" ]; then
  rm -rf "$HOME_DIR"
  echo "## seed-catalog --products=$PRODUCTS (load average before: $(load))" | tee -a "$OUT"
  start=$(date +%s.%N)
  java --enable-native-access=ALL-UNNAMED -Xmx$HEAP -jar "$JAR" seed-catalog --products="$PRODUCTS" \
    --logging.level.root=WARN 2>&1 | grep -v -E "WARNING|^\s*$" | tail -3 | tee -a "$OUT"
  echo "seed-catalog wall clock, JVM start included: $(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f') s, load average after: $(load)" | tee -a "$OUT"
fi

APP=
stop_app() { [ -z "$APP" ] || { kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null || true; APP=; }; }
trap stop_app EXIT
start_app() { # cache TTL
  start=$(date +%s.%N)
  AISLE_CATALOG_CACHE_TTL=$1 java --enable-native-access=ALL-UNNAMED -Xms$HEAP -Xmx$HEAP -jar "$JAR" \
    > "target/bench-scale-app.log" 2>&1 &
  APP=$!
  for _ in $(seq 600); do curl -sf "$BASE/api/v1/ping" >/dev/null && break; sleep 0.5; done
  echo "started in $(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f') s; $(grep -o 'Search index: .*' target/bench-scale-app.log | head -1)" | tee -a "$OUT"
  jcmd "$APP" GC.run >/dev/null
  echo "heap in use after a full GC: $(jcmd "$APP" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc 0-9 | awk '{printf "%.0f MiB", $1/1024}'), RSS $(( $(ps -o rss= -p "$APP") / 1024 )) MiB" | tee -a "$OUT"
}

# the admin's session, signed in through the form as a browser does
admin_cookie() {
  local jar=target/bench-scale.cookies
  local csrf
  csrf=$(curl -sf -c "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)
  curl -sf -b "$jar" -c "$jar" -o /dev/null -X POST "$BASE/login" \
    --data-urlencode "username=admin@aisle.local" --data-urlencode "password=bench-admin-password" --data-urlencode "_csrf=$csrf"
  awk '{sub(/^#HttpOnly_/, "")} !/^#/ && NF >= 7 {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}' "$jar"
}

CATEGORIES="electronics clothing books home-garden sports beauty toys pets office automotive"
SORTS="relevance price_asc price_desc newest rating name"
QUERIES="merino+wool+hoodie noise+cancelling+headphones coffee+maker cast+iron+dutch+oven running+shoes yoga+mat \
science+fiction+novel dog+bed standing+desk dash+cam face+cream+spf board+game something+to+keep+my+coffee+hot \
waterproof+rain+jacket gift+for+a+runner quiet+air+purifier northpeak+pro kettlebell+adjustable+weights \
usb-c+power+bank hedphones recycled+polyester+jacket lamp+for+my+desk organic+cotton+t-shirt tent+for+camping"
paths() { # scenario -> one path a line
  local c s p q b
  case $1 in
    sorts) for s in $SORTS; do for p in 0 1 2 3; do echo "/api/v1/products?sort=$s&page=$p"; done; done ;;
    filters) for c in $CATEGORIES; do for s in $SORTS; do
        echo "/api/v1/products?category=$c&minPrice=20&maxPrice=200&inStock=true&sort=$s"; done; done
      # the API's listing filters by category, price and stock (brand, rating and option are the storefront's)
      for s in $SORTS; do echo "/api/v1/products?maxPrice=30&inStock=true&sort=$s"
        echo "/api/v1/products?minPrice=100&maxPrice=500&sort=$s"; done ;;
    deep) for p in 100 500 1000 2000 3000 4000; do for s in price_asc newest name rating; do
        echo "/api/v1/products?sort=$s&page=$p"; done; done ;;
    category-pages) for c in $CATEGORIES; do for s in relevance price_asc newest; do echo "/c/$c?sort=$s"; echo "/c/$c?sort=$s&page=3"; done; done ;;
    facets) for c in $CATEGORIES; do echo "/api/v1/products/facets?category=$c"; echo "/api/v1/products/facets?category=$c&inStock=true&maxPrice=100"; done
      echo "/api/v1/products/facets"; echo "/api/v1/products/facets?minRating=4" ;;
    text-search) for q in $QUERIES; do echo "/api/v1/products/search?mode=text&q=$q"; done ;;
    hybrid-search) for q in $QUERIES; do echo "/api/v1/products/search?q=$q"; done ;;
    search-page) for q in $QUERIES; do echo "/search?q=$q"; done ;;
    suggest) for q in $QUERIES; do echo "/api/v1/products/suggest?q=${q:0:3}"; echo "/api/v1/products/suggest?q=${q:0:6}"; done ;;
    admin-list) for p in 0 1 50 1000; do echo "/admin/products?page=$p"; done
      for q in hoodie northpeak SEED-00012 dutch+oven; do echo "/admin/products?q=$q"; done ;;
  esac
}

measure() { # cache label, scenario, extra wrk args...
  local file=target/bench-scale-paths-$2.txt
  paths "$2" > "$file"
  local first
  first=$(head -1 "$file")
  curl -sf -o /dev/null ${3:+"$3"} ${4:+"$4"} "$BASE$first" || { echo "$2: $first failed"; return; }
  PATHS_FILE=$file wrk -t2 -c64 -d3s -s bench/lib/paths.lua "${@:3}" "$BASE" >/dev/null
  local result
  result=$(PATHS_FILE=$file wrk -t2 -c64 -d"$DURATION" --latency -s bench/lib/paths.lua "${@:3}" "$BASE")
  local rps p50 p99 errors
  rps=$(echo "$result" | awk '/Requests\/sec/ {printf "%.0f", $2}')
  p50=$(echo "$result" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$result" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$result" | grep -E 'Non-2xx|Socket errors' | tr '\n' ' ' || true)
  echo "| $PRODUCTS | $1 | $2 | $(wc -l < "$file") | $rps | $p50 | $p99 | $(load) | $errors|" | tee -a "$OUT"
}

for ttl in 0 2s; do
  label=$([ "$ttl" = 0 ] && echo "cache off" || echo "cache on ($ttl)")
  echo "## $label" | tee -a "$OUT"
  start_app "$ttl"
  COOKIE=$(admin_cookie)
  echo "| products | cache | scenario | distinct URLs | requests/s | p50 | p99 | load average | errors |" | tee -a "$OUT"
  echo "| ---: | --- | --- | ---: | ---: | ---: | ---: | --- | --- |" | tee -a "$OUT"
  for scenario in sorts filters deep category-pages facets text-search hybrid-search search-page suggest; do
    measure "$label" "$scenario"
  done
  measure "$label" admin-list -H "Cookie: $COOKIE"
  if [ "$ttl" = 0 ]; then
    DB_PORT=$(grep -o 'started on 127.0.0.1:[0-9]*' target/bench-scale-app.log | tail -1 | cut -d: -f2)
    sql() { "$HOME_DIR/db/base/bin/mariadb" --no-defaults --skip-ssl -h127.0.0.1 -P"$DB_PORT" -uroot \
      -p"$(cat "$HOME_DIR/secrets/db-root.password")" aisle "$@"; }
    source bench/lib/catalog-queries.sh
    echo "### database server time at $PRODUCTS products (load average $(load))" | tee -a "$OUT"
    database_times | tee -a "$OUT"
  fi
  stop_app
done
echo "load average at the end: $(load)" | tee -a "$OUT"
