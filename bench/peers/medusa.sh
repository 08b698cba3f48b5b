#!/usr/bin/env bash
# Aisle and Medusa 2 on this machine, back to back, under the same load (docs/benchmarks.md, "Peers: Medusa").
# Sets up, under target/peers/: a private PostgreSQL cluster from Debian's packages, a Medusa project from the npm
# registry (bench/peers/medusa: package.json pinned to @medusajs/* 2.21.2, no admin dashboard, no Redis) seeded with
# Aisle's own 77 seed products (bench/peers/catalog-json.py), and Aisle from this checkout (bench/lib.sh). Then, one
# shop at a time while the other idles:
#   1. a listing of 20 products with their prices       wrk, CONNECTIONS connections, DURATION
#   2. a product with its prices, over all 77 products   wrk, CONNECTIONS connections, DURATION
#   3. guest checkouts of one unit, 16 at once           bench/peers/checkout.mjs (each shop's fewest requests)
# and the bytes of one listing and one product answer. Results: target/peers-results.txt.
# Needs: node >= 20 and npm (npm registry), wrk, postgresql (apt-get install -y wrk postgresql), python3, curl.
# Usage: bench/peers/medusa.sh [DURATION, default 20s] [CONNECTIONS, default 64]
DURATION=${1:-20s}
CONNECTIONS=${2:-64}
BUYERS=${BUYERS:-16}
EXTRA_STOCK=100000
PG_PORT=${PG_PORT:-19832}
MEDUSA_PORT=${MEDUSA_PORT:-19900}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL is missing: apt-get install -y postgresql"; exit 1; }
command -v npm >/dev/null || { echo "node and npm are missing: apt-get install -y nodejs npm"; exit 1; }
source "$(dirname "$0")/../lib.sh"   # builds and starts Aisle on a fresh AISLE_HOME (cd's to the project root)
WORK=$(pwd)/target/peers
OUT=$(pwd)/target/peers-results.txt
mkdir -p "$WORK"

# PostgreSQL refuses to run as root: run it as the postgres user when we are root
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
MEDUSA=
stop_all() {
  set +e # stop everything, whatever fails first
  [ -n "$MEDUSA" ] && kill -- "-$MEDUSA" 2>/dev/null
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast stop >/dev/null 2>&1
  kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null || true
}
trap stop_all EXIT
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast stop >/dev/null 2>&1 || true
rm -rf "$WORK/pg" && mkdir -p "$WORK/pg" && { [ "$(id -u)" != 0 ] || chown postgres "$WORK/pg"; }
as_pg "$PG_BIN/initdb" -D "$WORK/pg/data" -U postgres --auth=trust -E UTF8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -o "-p $PG_PORT -k /tmp -c max_connections=200" -l "$WORK/pg/log" -w start >/dev/null
psql -qh 127.0.0.1 -p "$PG_PORT" -U postgres -c "create database medusa"
export DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/medusa

# the Medusa project: our package.json, config and seed; npm install only when package.json changed
mkdir -p "$WORK/medusa"
cmp -s bench/peers/medusa/package.json "$WORK/medusa/package.json" || rm -rf "$WORK/medusa/node_modules"
cp -r bench/peers/medusa/. "$WORK/medusa/"
python3 bench/peers/catalog-json.py src/main/resources/data "$EXTRA_STOCK" > "$WORK/products.json"
(
  cd "$WORK/medusa"
  [ -d node_modules ] || npm install --no-audit --no-fund --loglevel=error
  npx medusa db:migrate > "$WORK/medusa-migrate.log" 2>&1
  PRODUCTS_JSON=$WORK/products.json SEED_OUT=$WORK/medusa-seed.json npx medusa exec ./src/scripts/seed.ts \
    > "$WORK/medusa-seed.log" 2>&1
)
# in its own process group, so that stopping it stops every process it starts
(cd "$WORK/medusa" && NODE_ENV=production LOG_LEVEL=error PORT=$MEDUSA_PORT exec setsid npx medusa start) > "$WORK/medusa.log" 2>&1 &
MEDUSA=$!
M=http://127.0.0.1:$MEDUSA_PORT
for _ in $(seq 120); do curl -sf "$M/health" >/dev/null && break; sleep 0.5; done
KEY=$(json 'd["publishableKey"]' < "$WORK/medusa-seed.json")
REGION=$(json 'd["regionId"]' < "$WORK/medusa-seed.json")
PRICES="region_id=$REGION&fields=*variants.calculated_price"
MEDUSA_IDS=$(curl -sf "$M/store/products?limit=100&fields=id" -H "x-publishable-api-key: $KEY" | json '",".join(p["id"] for p in d["products"])')
# the 32 products of one variant, the same SKUs on both sides, are what the guests buy
SKUS=$(python3 -c "import json; print(','.join([p['sku'] for p in json.load(open('$WORK/products.json')) if len(p['variants']) == 1][:32]))")
MEDUSA_VARIANTS=$(curl -sf "$M/store/products?limit=100&fields=variants.id,variants.sku" -H "x-publishable-api-key: $KEY" \
  | json "','.join(v['id'] for s in '$SKUS'.split(',') for p in d['products'] for v in p['variants'] if v['sku'] == s)")

# Aisle: the admin signs in once the app has made the account; the same extra stock for the same products
for _ in $(seq 60); do
  ADMIN=$(post /api/v1/auth/login '{"email":"admin@aisle.local","password":"bench-admin-password"}' 2>/dev/null | json 'd["accessToken"]' 2>/dev/null) && break
  sleep 0.5
done
curl -sf "$BASE/api/v1/products?size=100" > "$WORK/aisle-products.json"
AISLE_IDS=$(json '",".join(str(p["id"]) for p in d["content"])' < "$WORK/aisle-products.json")
AISLE_BUY=$(json "','.join(str(p['id']) for s in '$SKUS'.split(',') for p in d['content'] if p['sku'] == s)" < "$WORK/aisle-products.json")
for id in ${AISLE_BUY//,/ }; do
  curl -sf -X PATCH "$BASE/api/v1/products/$id/stock" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d "{\"delta\":$EXTRA_STOCK,\"reason\":\"peer benchmark\"}" >/dev/null
done

echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), node $(node --version), Medusa 2.21.2, PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}')" | tee "$OUT"
load() { # name, wrk args...: warm 5 s, then measure
  local name=$1; shift
  wrk -t2 -c"$CONNECTIONS" -d5s --timeout 30s "$@" >/dev/null
  echo "## $name ($CONNECTIONS connections, $DURATION)" | tee -a "$OUT"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency "$@" | grep -E 'Requests/sec|50%|99%|Non-2xx|Socket errors' | tee -a "$OUT"
}
bytes() { curl -sf -o /dev/null -w '%{size_download}' "$@"; }
load "Aisle: ceiling, GET /api/v1/ping" "$BASE/api/v1/ping"
load "Aisle: 20 products with prices, GET /api/v1/products?size=20" "$BASE/api/v1/products?size=20"
load "Medusa: 20 products with prices, GET /store/products?limit=20&$PRICES" -H "x-publishable-api-key: $KEY" "$M/store/products?limit=20&$PRICES"
IDS=$AISLE_IDS PREFIX=/api/v1/products/ load "Aisle: a product, GET /api/v1/products/{id} over all 77" -s bench/peers/by-id.lua "$BASE"
IDS=$MEDUSA_IDS PREFIX=/store/products/ SUFFIX="?$PRICES" load "Medusa: a product, GET /store/products/{id}?$PRICES over all 77" \
  -s bench/peers/by-id.lua -H "x-publishable-api-key: $KEY" "$M"
echo "## bytes per answer: Aisle listing $(bytes "$BASE/api/v1/products?size=20"), Medusa listing $(bytes -H "x-publishable-api-key: $KEY" "$M/store/products?limit=20&$PRICES"), Aisle product $(bytes "$BASE/api/v1/products/${AISLE_IDS%%,*}"), Medusa product $(bytes -H "x-publishable-api-key: $KEY" "$M/store/products/${MEDUSA_IDS%%,*}?$PRICES")" | tee -a "$OUT"
SECONDS_=${DURATION%s}
echo "## guest checkouts, $BUYERS at once, ${SECONDS_} s each" | tee -a "$OUT"
node bench/peers/checkout.mjs aisle "$BASE" "$BUYERS" "$SECONDS_" "$AISLE_BUY" | tee -a "$OUT"
node bench/peers/checkout.mjs medusa "$M" "$BUYERS" "$SECONDS_" "$MEDUSA_VARIANTS" "$KEY" "$REGION" | tee -a "$OUT"
tree_mib() { # the resident memory of a process and all its descendants
  local pids=$1 next=$1
  while next=$(for p in $next; do pgrep -P "$p"; done) && [ -n "$next" ]; do pids="$pids $next"; done
  ps -o rss= -p "$(echo $pids | tr ' ' ,)" | awk '{s += $1} END {print int(s / 1024)}'
}
echo "## resident memory after the run: Aisle $(rss_mib) MiB (heap max 1 GiB, embedded MariaDB not counted); Medusa $(tree_mib "$MEDUSA") MiB (PostgreSQL not counted)" | tee -a "$OUT"
