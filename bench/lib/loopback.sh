# The production topology as processes on loopback: Debian's MariaDB, Aisle instances from the packaged jar and
# HAProxy, each in its own directory under target/loopback/<name>/ (data, logs, pid). Source it from a bash script
# (safe under set -euo pipefail) and `trap loopback_stop_all EXIT`; every process it starts is recorded and
# stopped by loopback_stop_all, and only those. Needs mariadb-server, haproxy, curl and a built jar
# (./mvnw -DskipTests package).
#
#   loopback_mariadb NAME PORT [extra mariadbd args...]   fresh datadir, database `aisle`, user aisle/aisle
#   loopback_app NAME PORT MANAGEMENT_PORT DB_URL [KEY=VALUE env...]
#   loopback_wait_ready PORT [SECONDS]                    until GET /readyz answers 200 (default 120 s)
#   loopback_kill9 NAME                                    kill -9, as a crash
#   loopback_stop NAME                                     graceful stop (SIGTERM, then SIGKILL after 30 s)
#   loopback_haproxy NAME PORT BACKEND_PORT...             round robin over 127.0.0.1:BACKEND_PORT..., stats on PORT+1
#   loopback_haproxy_status NAME                           "app1 UP" per instance, from HAProxy's stats
#   loopback_stop_all                                      stops everything started, the last started first
#   loopback_pid NAME, loopback_dir NAME                   for scripts that need them
#
# Settings (environment, before sourcing or before the call): LOOPBACK_ROOT (default <repo>/target/loopback),
# LOOPBACK_ADMIN_PASSWORD, LOOPBACK_JWT_SECRET, LOOPBACK_JAVA_OPTS (default -Xms256m -Xmx768m),
# LOOPBACK_DB_WAIT (seconds a server may take to answer, default 60), LOOPBACK_JAR (default target/aisle-*.jar).

LOOPBACK_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOOPBACK_ROOT=${LOOPBACK_ROOT:-$LOOPBACK_REPO/target/loopback}
LOOPBACK_ADMIN_PASSWORD=${LOOPBACK_ADMIN_PASSWORD:-loopback-admin-password}
# every instance signs and checks tokens with the same secret: a token issued by one is accepted by the others
LOOPBACK_JWT_SECRET=${LOOPBACK_JWT_SECRET:-loopback-jwt-secret-shared-by-every-instance-0123456789}
LOOPBACK_JAVA_OPTS=${LOOPBACK_JAVA_OPTS:--Xms256m -Xmx768m}
LOOPBACK_DB_WAIT=${LOOPBACK_DB_WAIT:-60}
# names in the order they were started (stopped in reverse); NAME -> pid; app NAME -> port
LOOPBACK_NAMES=()
declare -gA LOOPBACK_PIDS=() LOOPBACK_APP_PORTS=() LOOPBACK_STATS_PORTS=()

loopback_dir() { echo "$LOOPBACK_ROOT/$1"; }
loopback_pid() { echo "${LOOPBACK_PIDS[$1]:-}"; }
loopback_alive() { local pid=${LOOPBACK_PIDS[$1]:-}; [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

# records a started process; a name started again (a restart after loopback_kill9) keeps its place
loopback_record() { # NAME PID
  [ -n "${LOOPBACK_PIDS[$1]+set}" ] || LOOPBACK_NAMES+=("$1")
  LOOPBACK_PIDS[$1]=$2
  echo "$2" > "$(loopback_dir "$1")/pid"
}

loopback_fail() { echo "loopback: $*" >&2; return 1; }
# (callers write `loopback_fail ...; return 1` or `|| return 1`: set -e is off inside `f || ...`)

# the first free-standing check a script needs: the Debian packages and the jar
loopback_require() { # commands...
  local missing=()
  for c in "$@"; do command -v "$c" >/dev/null 2>&1 || [ -x "/usr/sbin/$c" ] || missing+=("$c"); done
  [ ${#missing[@]} -eq 0 ] || { loopback_fail "missing ${missing[*]}: apt-get install mariadb-server haproxy curl"; return 1; }
}

loopback_jar() {
  [ -z "${LOOPBACK_JAR:-}" ] || { echo "$LOOPBACK_JAR"; return 0; }
  local jar
  jar=$(ls "$LOOPBACK_REPO"/target/aisle-*.jar 2>/dev/null | grep -v -- '-plain.jar$' | head -1 || true)
  [ -n "$jar" ] || { loopback_fail "no target/aisle-*.jar: run ./mvnw -DskipTests package first"; return 1; }
  echo "$jar"
}

loopback_sql() { # NAME SQL: as root through the server's socket
  mariadb --no-defaults --protocol=socket -S "$(loopback_dir "$1")/mariadbd.sock" -uroot -e "$2"
}

loopback_mariadb() { # NAME PORT [extra mariadbd args...]
  local name=$1 port=$2; shift 2
  local dir; dir=$(loopback_dir "$name")
  loopback_require mariadbd mariadb-install-db mariadb || return 1
  ! loopback_alive "$name" || { loopback_fail "$name is already running"; return 1; }
  rm -rf "$dir"; mkdir -p "$dir/data" "$dir/tmp"
  mariadb-install-db --no-defaults --user=root --datadir="$dir/data" --auth-root-authentication-method=socket \
    --skip-test-db > "$dir/install.log" 2>&1 || { cat "$dir/install.log" >&2; loopback_fail "mariadb-install-db failed for $name"; return 1; }
  mariadbd --no-defaults --user=root --datadir="$dir/data" --tmpdir="$dir/tmp" --port="$port" --bind-address=127.0.0.1 \
    --socket="$dir/mariadbd.sock" --pid-file="$dir/mariadbd.pid" --log-error="$dir/mariadbd.log" \
    --skip-name-resolve --innodb-buffer-pool-size=256M --innodb-log-file-size=64M --max-connections=500 \
    "$@" > "$dir/stdout.log" 2>&1 &
  loopback_record "$name" $!
  local i
  for ((i = 0; i < LOOPBACK_DB_WAIT * 5; i++)); do
    loopback_sql "$name" "SELECT 1" >/dev/null 2>&1 && break
    loopback_alive "$name" || { tail -20 "$dir/mariadbd.log" >&2; loopback_fail "mariadbd $name exited"; return 1; }
    sleep 0.2
  done
  loopback_sql "$name" "SELECT 1" >/dev/null 2>&1 || { loopback_fail "mariadbd $name did not answer within ${LOOPBACK_DB_WAIT} s"; return 1; }
  loopback_sql "$name" "CREATE DATABASE IF NOT EXISTS aisle;
    CREATE USER IF NOT EXISTS 'aisle'@'127.0.0.1' IDENTIFIED BY 'aisle';
    CREATE USER IF NOT EXISTS 'aisle'@'localhost' IDENTIFIED BY 'aisle';
    GRANT ALL ON aisle.* TO 'aisle'@'127.0.0.1';
    GRANT ALL ON aisle.* TO 'aisle'@'localhost';" || return 1
}

loopback_app() { # NAME PORT MANAGEMENT_PORT DB_URL [KEY=VALUE env...]
  local name=$1 port=$2 management=$3 url=$4; shift 4
  local dir jar; dir=$(loopback_dir "$name"); jar=$(loopback_jar) || return 1
  ! loopback_alive "$name" || { loopback_fail "$name is already running"; return 1; }
  # a fresh AISLE_HOME on the first start in this script; a restart (after loopback_kill9) keeps it, as a real one does
  [ -n "${LOOPBACK_PIDS[$name]+set}" ] || rm -rf "$dir"
  mkdir -p "$dir/home"
  # shellcheck disable=SC2086 # LOOPBACK_JAVA_OPTS is a list of options
  env AISLE_HOME="$dir/home" AISLE_PORT="$port" AISLE_MANAGEMENT_PORT="$management" \
    AISLE_DB_URL="$url" AISLE_DB_USER=aisle AISLE_DB_PASSWORD=aisle \
    AISLE_JWT_SECRET="$LOOPBACK_JWT_SECRET" AISLE_ADMIN_PASSWORD="$LOOPBACK_ADMIN_PASSWORD" \
    AISLE_INSIGHTS_DEMO_CUSTOMERS=0 SERVER_FORWARD_HEADERS_STRATEGY=native "$@" \
    java --enable-native-access=ALL-UNNAMED $LOOPBACK_JAVA_OPTS -jar "$jar" >> "$dir/app.log" 2>&1 &
  loopback_record "$name" $!
  LOOPBACK_APP_PORTS[$name]=$port
}

loopback_wait_ready() { # PORT [SECONDS]
  local port=$1 limit=${2:-120} name="" n i
  for n in "${!LOOPBACK_APP_PORTS[@]}"; do [ "${LOOPBACK_APP_PORTS[$n]}" = "$port" ] && name=$n; done
  for ((i = 0; i < limit * 5; i++)); do
    curl -sf -m 2 -o /dev/null "http://127.0.0.1:$port/readyz" && return 0
    if [ -n "$name" ] && ! loopback_alive "$name"; then
      tail -30 "$(loopback_dir "$name")/app.log" >&2; loopback_fail "$name exited before it was ready"; return 1
    fi
    sleep 0.2
  done
  loopback_fail "nothing ready on port $port within $limit s${name:+; see $(loopback_dir "$name")/app.log}"
}

loopback_kill9() { # NAME
  local pid=${LOOPBACK_PIDS[$1]:-}
  [ -n "$pid" ] || { loopback_fail "$1 was not started here"; return 1; }
  kill -9 "$pid" 2>/dev/null || true
  # reaps it when this shell started it (quietly: no "Killed" line), else waits until it is gone
  { wait "$pid"; } 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}

loopback_stop() { # NAME: SIGTERM (graceful: in-flight requests finish), SIGKILL after 30 s
  local pid=${LOOPBACK_PIDS[$1]:-} i
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for ((i = 0; i < 300; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  { wait "$pid"; } 2>/dev/null || true
}

loopback_haproxy() { # NAME PORT BACKEND_PORT...
  local name=$1 port=$2; shift 2
  local dir; dir=$(loopback_dir "$name")
  loopback_require haproxy || return 1
  ! loopback_alive "$name" || { loopback_fail "$name is already running"; return 1; }
  [ $# -gt 0 ] || { loopback_fail "loopback_haproxy $name: no backend ports"; return 1; }
  rm -rf "$dir"; mkdir -p "$dir"
  # the compose file's configuration with this run's instances in place of the compose `server` lines
  local servers="" i=0 backend
  for backend in "$@"; do i=$((i + 1)); servers+="    server app$i 127.0.0.1:$backend"$'\n'; done
  SERVERS=$servers python3 - "$LOOPBACK_REPO/ops/haproxy/haproxy.cfg" "$dir/haproxy.cfg" <<'PY'
import os, re, sys
text = open(sys.argv[1]).read()
# the compose servers are the only lines starting with "server "; the new ones go where the first one was
lines = re.findall(r"^    server .*\n", text, re.M)
text = text.replace(lines[0], os.environ["SERVERS"], 1)
for line in lines[1:]:
    text = text.replace(line, "", 1)
open(sys.argv[2], "w").write(text)
PY
  LOOPBACK_STATS_PORTS[$name]=$((port + 1))
  AISLE_LB_ADDRESS=127.0.0.1 AISLE_LB_PORT=$port AISLE_LB_STATS_PORT=$((port + 1)) \
    haproxy -db -f "$dir/haproxy.cfg" > "$dir/haproxy.log" 2>&1 &
  loopback_record "$name" $!
  for ((i = 0; i < 50; i++)); do
    curl -sf -m 1 -o /dev/null "http://127.0.0.1:$((port + 1))/metrics" && return 0
    loopback_alive "$name" || { cat "$dir/haproxy.log" >&2; loopback_fail "haproxy $name exited"; return 1; }
    sleep 0.1
  done
  loopback_fail "haproxy $name did not serve its stats within 5 s"
}

# one line per instance behind it, "app1 UP" (or DOWN, MAINT...), as HAProxy's health checks see it now
loopback_haproxy_status() { # NAME
  curl -sf -m 2 "http://127.0.0.1:${LOOPBACK_STATS_PORTS[$1]}/stats;csv" | awk -F, '$1 == "aisle" && $2 != "BACKEND" {print $2, $18}'
}

loopback_stop_all() {
  local i
  for ((i = ${#LOOPBACK_NAMES[@]} - 1; i >= 0; i--)); do loopback_stop "${LOOPBACK_NAMES[$i]}"; done
}
