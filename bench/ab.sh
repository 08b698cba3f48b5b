#!/usr/bin/env bash
# A/B of two jars (or one jar with two sets of arguments) on the same machine at the same time: both start on fresh
# homes with their embedded MariaDB, then wrk measures them in alternation, 3 rounds of 8 s at 64 connections, so
# that both see the same machine (this VM's speed varies by a third from minute to minute). Needs wrk and curl.
# Usage: bench/ab.sh JAR_A "ARGS_A" JAR_B "ARGS_B" [PATH, default the electronics listing]
# e.g.   bench/ab.sh old.jar "" target/aisle-*.jar "--management.observations.enable.spring.security=true"
# AB_PORT_A, AB_PORT_B (19080, 19180; operations on the next port), AB_CONNECTIONS (64) and AB_HOME (/tmp) change the
# ports, the connections and where the two homes go.
PORT_A=${AB_PORT_A:-19080}; PORT_B=${AB_PORT_B:-19180}; C=${AB_CONNECTIONS:-64}; HOMES=${AB_HOME:-/tmp}
start() { # jar port args
  local home=$HOMES/ab-home-$2; rm -rf $home
  AISLE_HOME=$home AISLE_PORT=$2 AISLE_MANAGEMENT_PORT=$(($2+1)) AISLE_ADMIN_PASSWORD=bench-admin-password AISLE_INSIGHTS_DEMO_CUSTOMERS=0 \
    java --enable-native-access=ALL-UNNAMED -Xms512m -Xmx1g -jar $1 $3 > $HOMES/ab-$2.log 2>&1 &
  echo $!
}
A=$(start $1 $PORT_A "$2"); B=$(start $3 $PORT_B "$4")
for p in $PORT_A $PORT_B; do for _ in $(seq 300); do curl -sf "http://127.0.0.1:$p/api/v1/ping" >/dev/null && break; sleep 0.5; done; done
P=${5:-/api/v1/products?category=electronics}
for p in $PORT_A $PORT_B; do wrk -t2 -c$C -d8s "http://127.0.0.1:$p$P" >/dev/null; done
for r in 1 2 3; do for p in $PORT_A $PORT_B; do echo -n "round $r port $p: "; wrk -t2 -c$C -d8s --latency "http://127.0.0.1:$p$P" | grep -E "Requests/sec|99%" | tr -s ' ' | tr '\n' ' '; echo; done; done
kill $A $B; wait $A $B 2>/dev/null
for p in $PORT_A $PORT_B; do pkill -f -- "--datadir=$HOMES/ab-home-$p" 2>/dev/null; done; true
