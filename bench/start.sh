#!/usr/bin/env bash
# Start-up time: from the JVM's start to the first 200 on the home page, on a fresh AISLE_HOME (the embedded
# MariaDB is installed, the schema migrated, the demo data and first training go on in the background) and
# restarted on that same home, for each way of starting the shop:
#   mvn     ./mvnw spring-boot:run                                   (Java 17, classes and ~/.m2 jars)
#   jar     java -jar target/aisle-<version>.jar                     (Java 17)
#   cds     the extracted jar with a class data sharing archive      (Java 17, -XX:SharedArchiveFile)
#   jar25   java -jar target/aisle-<version>.jar                     (Temurin 25)
#   aot25   the extracted jar with an AOT cache (JEP 483/514)         (Temurin 25, -XX:AOTCache)
# The JVM's start is its process start time (/proc/<pid>/stat), so Maven's own start is not counted for mvn. The
# CPU seconds the JVM used until then are printed too: on a machine others load, they vary far less than the wall
# clock, and their ratio between variants is what to compare.
# Usage: bench/start.sh [variant ...]   (default: all five; results appended to target/start-results.md)
# Needs curl and a built jar (SKIP_BUILD=1 to use the one in target/; JAR=path to time another build's jar, for
# the jar-based variants); JAVA25 names Temurin 25's java.
set -euo pipefail
cd "$(dirname "$0")/.."
VARIANTS=("${@:-mvn jar cds jar25 aot25}")
read -r -a VARIANTS <<< "${VARIANTS[*]}"
PORT=${BENCH_PORT:-18080}
JAVA17=${JAVA17:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
WORK=$(pwd)/target/start-bench
OUT=target/start-results.md
NATIVE=--enable-native-access=ALL-UNNAMED

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -DskipTests package
JAR=${JAR:-$(ls target/aisle-*.jar | grep -v original | head -1)}
mkdir -p "$WORK"

# milliseconds since process $1 started, from the kernel's record of its start
age_ms() {
  local ticks uptime
  ticks=$(awk '{print $22}' "/proc/$1/stat")
  uptime=$(awk '{print $1}' /proc/uptime)
  awk -v u="$uptime" -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%d", u * 1000 - t * 1000 / hz }'
}

# CPU milliseconds (user and system) process $1 has used so far
cpu_ms() {
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"
}

# the shop's JVM: the process itself, or for mvn the JVM Maven forked to run AisleApplication on this home
shop_jvm() { # variant launcher home
  [ "$1" = mvn ] || { echo "$2"; return; }
  for pid in $(pgrep -f "io.aisle.AisleApplication" || true); do
    tr '\0' '\n' < "/proc/$pid/environ" 2>/dev/null | grep -qx "AISLE_HOME=$3" && { echo "$pid"; return; }
  done
}

# extracted jar (Spring Boot's layout for CDS and the AOT cache) and its archive, made by a training run that
# stops once the context has refreshed; the training run uses a home of its own
prepare() { # variant
  local dir=$WORK/$1
  [ -f "$dir/ready" ] && return
  rm -rf "$dir"
  local java=$JAVA17 flag="-XX:ArchiveClassesAtExit=application.jsa"
  [ "$1" = aot25 ] && java=$JAVA25 flag="-XX:AOTCacheOutput=application.aot"
  "$java" -Djarmode=tools -jar "$JAR" extract --destination "$dir/application" >/dev/null
  (cd "$dir/application" && AISLE_HOME=$dir/training-home AISLE_PORT=0 AISLE_MANAGEMENT_PORT=0 \
    AISLE_INSIGHTS_DEMO_CUSTOMERS=0 "$java" $NATIVE "$flag" -Dspring.context.exit=onRefresh \
    -jar "$(basename "$JAR")" > "$dir/training.log" 2>&1)
  touch "$dir/ready"
}

command_of() { # variant -> the command line that starts the shop
  case $1 in
    mvn) echo "./mvnw -q -o spring-boot:run" ;;
    jar) echo "$JAVA17 $NATIVE -jar $JAR" ;;
    cds) echo "$JAVA17 $NATIVE -XX:SharedArchiveFile=$WORK/cds/application/application.jsa -jar $WORK/cds/application/$(basename "$JAR")" ;;
    jar25) echo "$JAVA25 $NATIVE -jar $JAR" ;;
    aot25) echo "$JAVA25 $NATIVE -XX:AOTCache=$WORK/aot25/application/application.aot -jar $WORK/aot25/application/$(basename "$JAR")" ;;
    *) echo "unknown variant $1" >&2; exit 2 ;;
  esac
}

# starts the shop on $home, waits for the first 200 on /, prints the milliseconds since its JVM started and the CPU
# milliseconds it used, stops it
measure() { # variant home log
  local variant=$1 home=$2 log=$3 launcher jvm=
  AISLE_HOME=$home AISLE_PORT=$PORT AISLE_MANAGEMENT_PORT=$((PORT + 1)) AISLE_ADMIN_PASSWORD=bench-admin-password \
    $(command_of "$variant") > "$log" 2>&1 &
  launcher=$!
  for _ in $(seq 1800); do
    [ -z "$jvm" ] && jvm=$(shop_jvm "$variant" "$launcher" "$home")
    if [ -n "$jvm" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/")" = 200 ]; then
      echo "$(age_ms "$jvm") $(cpu_ms "$jvm")"
      break
    fi
    kill -0 "$launcher" 2>/dev/null || { echo "the shop died; see $log" >&2; exit 1; }
    sleep 0.1
  done
  kill "$jvm" 2>/dev/null || true
  [ "$jvm" = "$launcher" ] || kill "$launcher" 2>/dev/null || true
  wait "$launcher" 2>/dev/null || true
  while kill -0 "$jvm" 2>/dev/null; do sleep 0.2; done
}

echo "# $(date -u +%FT%TZ) $(nproc) cores; $($JAVA17 -version 2>&1 | head -1); $($JAVA25 -version 2>&1 | head -1)" | tee -a "$OUT"
echo "| way of starting | fresh home: first 200 after (CPU) | restart: first 200 after (CPU) | load average (1 min) at the fresh start, restart |" | tee -a "$OUT"
echo "|---|---|---|---|" | tee -a "$OUT"
for variant in "${VARIANTS[@]}"; do
  case $variant in cds|aot25) prepare "$variant" ;; esac
  home=$WORK/home-$variant
  rm -rf "$home"
  load_fresh=$(cut -d' ' -f1 /proc/loadavg)
  read -r fresh fresh_cpu <<< "$(measure "$variant" "$home" "$WORK/$variant-fresh.log")"
  load_restart=$(cut -d' ' -f1 /proc/loadavg)
  read -r restart restart_cpu <<< "$(measure "$variant" "$home" "$WORK/$variant-restart.log")"
  what=$(basename "$JAR"); [ "$variant" = mvn ] && what="target/classes"
  printf '| %s (%s) | %.1f s (%.1f s) | %.1f s (%.1f s) | %s, %s |\n' "$variant" "$what" \
    "$(echo "$fresh / 1000" | bc -l)" "$(echo "$fresh_cpu / 1000" | bc -l)" \
    "$(echo "$restart / 1000" | bc -l)" "$(echo "$restart_cpu / 1000" | bc -l)" "$load_fresh" "$load_restart" | tee -a "$OUT"
done
