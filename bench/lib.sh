# Shared by the benchmark scripts: builds the jar, starts it on a fresh AISLE_HOME with the embedded
# MariaDB on port $PORT (operations on $PORT + 1), and stops it on exit. Source it; it defines BASE, APP, json and post.
# BENCH_JAR=path/to/other.jar measures that jar instead (e.g. a build of main, for a before and after).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PORT=${BENCH_PORT:-18080}
HOME_DIR=$(pwd)/target/bench-home
BASE=http://127.0.0.1:$PORT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }

[ -n "${SKIP_BUILD:-}${BENCH_JAR:-}" ] || ./mvnw -q -B -DskipTests package
rm -rf "$HOME_DIR"
AISLE_HOME=$HOME_DIR AISLE_PORT=$PORT AISLE_MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-$((PORT + 1))} AISLE_ADMIN_PASSWORD=bench-admin-password AISLE_INSIGHTS_DEMO_CUSTOMERS=0 \
  java --enable-native-access=ALL-UNNAMED -Xms512m -Xmx1g -jar ${BENCH_JAR:-target/aisle-*.jar} > target/bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 120); do curl -sf "$BASE/api/v1/ping" >/dev/null && break; sleep 0.5; done

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
post() { curl -sf -X POST "$BASE$1" -H 'Content-Type: application/json' ${3:+-H "Authorization: Bearer $3"} -d "$2"; }
rss_mib() { echo $(( $(ps -o rss= -p "$APP") / 1024 )); }
# the admin's access token; the admin account is made just after the app starts serving, so this waits for it
admin_token() {
  for _ in $(seq 60); do
    post /api/v1/auth/login '{"email":"admin@aisle.local","password":"bench-admin-password"}' 2>/dev/null | json 'd["accessToken"]' 2>/dev/null && return
    sleep 0.5
  done
  return 1
}
