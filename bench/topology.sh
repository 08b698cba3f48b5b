#!/usr/bin/env bash
# The compose topology as processes on loopback: Debian's MariaDB, two instances of the packaged jar on it, and
# HAProxy in front with ops/haproxy/haproxy.cfg. A customer shops through the load balancer only, and every
# request goes to the next instance in turn (round robin, no stickiness). Prints one line per check, then PASS or
# FAIL; exits 0 only when every check passed. Bounded: every wait has a limit (about a minute on 2 quiet cores).
# Needs mariadb-server, haproxy, curl, python3 and the jar (./mvnw -DskipTests package).
# Usage: bench/topology.sh   (TOPOLOGY_PORT, default 19100: the database on it, the instances on +10 and +12 with
#                             their operations ports +11 and +13, the load balancer on +20 and its stats on +21)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/loopback.sh
# an error before the end (a command failing under set -e) is a FAIL too
trap 'exit 143' TERM INT
trap 'rc=$?; loopback_stop_all; [ $rc = 0 ] || echo "FAIL (exit $rc; logs under $LOOPBACK_ROOT)"' EXIT

P=${TOPOLOGY_PORT:-19100}
DB=$P APP1=$((P + 10)) APP2=$((P + 12)) LB=$((P + 20))
BASE=http://127.0.0.1:$LB
FAILED=0
check() { # description, then a command that must succeed
  local what=$1; shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what"; FAILED=1; fi
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
# call METHOD PATH [TOKEN] [BODY] [curl args...]: the answer's body on stdout, its status in $STATUS_FILE
STATUS_FILE=$(loopback_dir topology-status); mkdir -p "$(dirname "$STATUS_FILE")"
call() {
  local method=$1 path=$2 token=${3:-} body=${4:-}; shift $(($# < 4 ? $# : 4))
  curl -s -m 10 -o "$STATUS_FILE.body" -w '%{http_code}' -X "$method" "$BASE$path" \
    ${token:+-H "Authorization: Bearer $token"} ${body:+-H 'Content-Type: application/json' -d "$body"} "$@" > "$STATUS_FILE"
  cat "$STATUS_FILE.body"
}
status() { cat "$STATUS_FILE"; }
trap 'echo "FAIL at line $LINENO ($BASH_COMMAND); the last answer: $(status 2>/dev/null) $(head -c 300 "$STATUS_FILE.body" 2>/dev/null)"' ERR
# requests an instance answered, by method and path pattern, from its own Prometheus endpoint
served() { # MANAGEMENT_PORT METHOD-REGEX URI-REGEX (whole label values)
  curl -sf -m 5 "http://127.0.0.1:$1/actuator/prometheus" | METHOD=$2 URI=$3 python3 -c '
import os, re, sys
total = 0
for line in sys.stdin:
    m = re.match(r"http_server_requests_seconds_count\{(.*)\} (\S+)", line)
    if m and re.search(r"\bmethod=\"(%s)\"" % os.environ["METHOD"], m.group(1)) \
            and re.search(r"\buri=\"(%s)\"" % os.environ["URI"], m.group(1)):
        total += float(m.group(2))
print(int(total))'
}

t0=$(date +%s)
loopback_mariadb db "$DB"
URL=jdbc:mariadb://127.0.0.1:$DB/aisle
# both instances start together on the empty database, as compose starts them
loopback_app app1 "$APP1" $((APP1 + 1)) "$URL"
loopback_app app2 "$APP2" $((APP2 + 1)) "$URL"
loopback_wait_ready "$APP1" 150
loopback_wait_ready "$APP2" 150
loopback_haproxy lb "$LB" "$APP1" "$APP2"
for _ in $(seq 50); do [ "$(loopback_haproxy_status lb | grep -c ' UP$')" = 2 ] && break; sleep 0.2; done
echo "topology up in $(( $(date +%s) - t0 )) s: MariaDB :$DB, instances :$APP1 :$APP2, HAProxy :$LB (stats :$((LB + 1))/stats)"
check "the load balancer sees both instances UP" [ "$(loopback_haproxy_status lb | grep -c ' UP$')" = 2 ]

# the admin account is created just after the instances start serving
for _ in $(seq 50); do
  ADMIN=$(call POST /api/v1/auth/login "" "{\"email\":\"admin@aisle.local\",\"password\":\"$LOOPBACK_ADMIN_PASSWORD\"}" | json 'd["accessToken"]' 2>/dev/null) && break
  sleep 0.2
done
check "the admin signs in through the load balancer" [ -n "${ADMIN:-}" ]
SKU=TOPO-$RANDOM$RANDOM
PRODUCT=$(call POST /api/v1/products "$ADMIN" "{\"sku\":\"$SKU\",\"name\":\"Topology lamp\",\"brand\":\"Aisle\",\"category\":\"books\",\"description\":\"a lamp\",\"price\":25.00,\"stock\":10}" | json 'd["id"]')
check "the admin adds a product with 10 in stock (201)" [ "$(status)" = 201 ]

EMAIL=topology-$RANDOM$RANDOM@example.com
call POST /api/v1/auth/register "" "{\"email\":\"$EMAIL\",\"password\":\"topology-password\",\"fullName\":\"Topo Customer\"}" >/dev/null
check "a customer registers (201)" [ "$(status)" = 201 ]
TOKEN=$(call POST /api/v1/auth/login "" "{\"email\":\"$EMAIL\",\"password\":\"topology-password\"}" | json 'd["accessToken"]')
# the token was issued by one instance; the next requests go to the other one too
check "the customer signs in (200)" [ "$(status)" = 200 ]
call GET "/api/v1/products?category=books&size=100" | json "[p['id'] for p in d['content']]" | grep -qw "$PRODUCT" \
  && listed=1 || listed=0
check "browsing the category lists the new product" [ "$listed" = 1 ]
check "the product page answers its stock (10)" [ "$(call GET "/api/v1/products/$PRODUCT" | json 'd["stock"]')" = 10 ]
call POST /api/v1/cart/items "$TOKEN" "{\"productId\":$PRODUCT,\"quantity\":2}" >/dev/null
check "the customer adds 2 to the cart" [ "$(status)" = 200 -o "$(status)" = 201 ]
check "the cart, read on the next instance, holds the 2" \
  [ "$(call GET /api/v1/cart "$TOKEN" | json 'd["itemCount"]')" = 2 ]

KEY=topology-$RANDOM$RANDOM
ADDRESS='{"shippingAddress":{"fullName":"Topo Customer","line1":"1 Loopback Rd","city":"Testville","region":"VA","postalCode":"22201","country":"US"}}'
ORDER=$(call POST /api/v1/orders "$TOKEN" "$ADDRESS" -H "Idempotency-Key: $KEY" | json 'd["id"]')
check "checkout with an Idempotency-Key places the order (201)" [ "$(status)" = 201 ]
AGAIN=$(call POST /api/v1/orders "$TOKEN" "$ADDRESS" -H "Idempotency-Key: $KEY" | json 'd["id"]')
check "the same key sent again (to the other instance) answers the same order $ORDER" [ "$AGAIN" = "$ORDER" ]
check "the order is visible to its customer" [ "$(call GET "/api/v1/orders/$ORDER" "$TOKEN" | json 'd["id"]')" = "$ORDER" ]
check "the customer's order list holds it once" \
  [ "$(call GET /api/v1/orders "$TOKEN" | json "[o['id'] for o in d['content']].count($ORDER)")" = 1 ]
OTHER=topology-other-$RANDOM$RANDOM@example.com
call POST /api/v1/auth/register "" "{\"email\":\"$OTHER\",\"password\":\"topology-password\",\"fullName\":\"Other\"}" >/dev/null
OTHER_TOKEN=$(call POST /api/v1/auth/login "" "{\"email\":\"$OTHER\",\"password\":\"topology-password\"}" | json 'd["accessToken"]')
call GET "/api/v1/orders/$ORDER" "$OTHER_TOKEN" >/dev/null
check "another customer gets 404 for it" [ "$(status)" = 404 ]
# product reads are cached per instance for 2 s: the stock is read until both instances agree, for at most 5 s
for _ in $(seq 25); do
  a=$(call GET "/api/v1/products/$PRODUCT" | json 'd["stock"]'); b=$(call GET "/api/v1/products/$PRODUCT" | json 'd["stock"]')
  [ "$a" = 8 ] && [ "$b" = 8 ] && break
  sleep 0.2
done
check "stock is 8 on both instances: two units taken, once" [ "$a/$b" = 8/8 ]

# both instances served the journey; the two checkouts went one to each, and both answered the same order
for port in $((APP1 + 1)) $((APP2 + 1)); do
  echo "     instance with operations port $port answered $(served "$port" '[A-Z]+' '/api/.*') API requests," \
    "$(served "$port" POST /api/v1/orders) checkout(s)"
done
check "both instances answered API requests of the journey" \
  [ "$(served $((APP1 + 1)) '[A-Z]+' '/api/.*')" -gt 3 -a "$(served $((APP2 + 1)) '[A-Z]+' '/api/.*')" -gt 3 ]
check "each instance answered one of the two checkouts with the same key" \
  [ "$(served $((APP1 + 1)) POST /api/v1/orders)/$(served $((APP2 + 1)) POST /api/v1/orders)" = 1/1 ]

echo "took $(( $(date +%s) - t0 )) s"
[ "$FAILED" = 0 ] || exit 1
echo PASS
