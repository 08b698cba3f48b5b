#!/usr/bin/env bash
# Admin customer list with 100k customers (see docs/benchmarks.md): loads N customer accounts (default
# 100000) straight into the embedded MariaDB of a fresh AISLE_HOME (target/bench-home), signs in as the admin
# through the sign-in form, and times the first, middle and last page of /admin/customers and a name search
# at 64 connections with wrk; then the database's own time for the last page's query, with the page found on
# the index (today's query) and with plain OFFSET over whole rows (the query before).
# Usage: bench/customers.sh [customers] [duration]
CUSTOMERS=${1:-100000}
DURATION=${2:-15s}
OUT=target/bench-customers.txt
source "$(dirname "$0")/lib.sh"

DB_PORT=$(grep -o 'started on 127.0.0.1:[0-9]*' target/bench-app.log | tail -1 | cut -d: -f2)
sql() {
  "$HOME_DIR/db/base/bin/mariadb" --no-defaults --skip-ssl -h127.0.0.1 -P"$DB_PORT" -uroot \
    -p"$(cat "$HOME_DIR/secrets/db-root.password")" aisle -N "$@"
}
# varied names (10 first names x 10 surnames) and one account a minute, newest last
sql -e "SET SESSION max_recursive_iterations = $CUSTOMERS;
  INSERT INTO users (email, full_name, role, created_at, updated_at)
  WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $CUSTOMERS)
  SELECT CONCAT('bench', i, '@example.com'),
         CONCAT(ELT(1 + i % 10, 'Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'John', 'Margaret', 'Ken'),
                ' ', ELT(1 + (i DIV 10) % 10, 'Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen',
                'Backus', 'Hamilton', 'Thompson'), ' ', i),
         'CUSTOMER', UTC_TIMESTAMP(6) - INTERVAL ($CUSTOMERS - i) MINUTE, UTC_TIMESTAMP(6)
  FROM n;
  ANALYZE TABLE users;" >/dev/null
TOTAL=$(sql -e "SELECT COUNT(*) FROM users WHERE role = 'CUSTOMER'")
LAST=$(( (TOTAL + 24) / 25 - 1 ))   # 25 customers a page, pages numbered from 0

# the admin's session, signed in through the form as a browser does
JAR=target/bench-customers.cookies
csrf=$(curl -sf -c "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)
curl -sf -b "$JAR" -c "$JAR" -o /dev/null -X POST "$BASE/login" \
  --data-urlencode "username=admin@aisle.local" --data-urlencode "password=bench-admin-password" --data-urlencode "_csrf=$csrf"
COOKIE=$(awk '{sub(/^#HttpOnly_/, "")} !/^#/ && NF >= 7 {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}' "$JAR")
page=$(curl -sf -H "Cookie: $COOKIE" "$BASE/admin/customers?page=$LAST")
[[ $page == *'id="customers-table"'* ]] || { echo "not signed in as the admin: see target/bench-app.log"; exit 1; }

echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1), $TOTAL customers, load average $(cut -d" " -f1-3 /proc/loadavg)" | tee "$OUT"
measure() { # name, path
  wrk -t2 -c64 -d5s -H "Cookie: $COOKIE" "$BASE$2" >/dev/null
  echo "## $1: GET $2 (64 connections)" | tee -a "$OUT"
  wrk -t2 -c64 -d"$DURATION" --latency -H "Cookie: $COOKIE" "$BASE$2" \
    | grep -E 'Requests/sec|Latency  |50%|90%|99%|Non-2xx|Socket errors' | tee -a "$OUT"
}
measure "first page" "/admin/customers?page=0"
measure "middle page" "/admin/customers?page=$(( LAST / 2 ))"
measure "last page" "/admin/customers?page=$LAST"
measure "name search (prefix; 10,000 matches), first page" "/admin/customers?q=Grace%20Hopper"
measure "e-mail search (prefix), first page" "/admin/customers?q=bench4242"

# one request at a time: how long the admin waits for a page
for path in "page=0" "page=$(( LAST / 2 ))" "page=$LAST" "q=Grace%20Hopper"; do
  for _ in $(seq 50); do curl -s -o /dev/null -H "Cookie: $COOKIE" -w '%{time_total}\n' "$BASE/admin/customers?$path"; done \
    | sort -n | awk -v p="$path" '{t[NR]=$1*1000} END {printf "## /admin/customers?%s, 50 sequential requests: p50 %.0f ms, p90 %.0f ms\n", p, t[int(NR*0.5)], t[int(NR*0.9)]}' \
    | tee -a "$OUT"
done

# the database alone (server time, best of 5): the last page found on the index, then its 25 rows (today),
# the same with OFFSET over whole rows (before), and the count of all customers
COLS="id, email, full_name, phone, ship_full_name, ship_line1, ship_line2, ship_city, ship_postal_code, ship_country, role, created_at"
WHERE="WHERE role = 'CUSTOMER' AND deleted_at IS NULL"
OFFSET=$(( LAST * 25 ))
server_ms() { # sql
  sql -e "SET profiling = 1; $1; $1; $1; $1; $1; SHOW PROFILES;" | awk '$2 ~ /^[0-9.]+$/ {print $2 * 1000}' | sort -n \
    | head -1 | xargs printf '%.1f'
}
{
  echo "## database server time, best of 5"
  echo "middle page, found on the index then its rows (today): $(server_ms "SELECT $COLS FROM users JOIN (SELECT id AS page_id FROM users $WHERE ORDER BY created_at DESC, id DESC LIMIT 25 OFFSET $(( OFFSET / 2 ))) page ON page.page_id = users.id ORDER BY created_at DESC, id DESC") ms"
  echo "last page, from the oldest end of the index (today): $(server_ms "SELECT $COLS FROM users JOIN (SELECT id AS page_id FROM users $WHERE ORDER BY created_at, id LIMIT 25 OFFSET 0) page ON page.page_id = users.id ORDER BY created_at, id") ms"
  echo "last page, OFFSET over whole rows without the index (before): $(server_ms "SELECT $COLS FROM users IGNORE INDEX (ix_users_role_created) $WHERE ORDER BY created_at DESC, id DESC LIMIT 25 OFFSET $OFFSET") ms"
  echo "count of all customers (kept 5 s by the app): $(server_ms "SELECT COUNT(*) FROM users $WHERE") ms"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee -a "$OUT"
