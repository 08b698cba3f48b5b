#!/usr/bin/env bash
# The ML benchmark: training time for N simulated customers (default: 10000 and 100000), in-process
# prediction latency, batch scoring throughput and memory. Each size runs in its own JVM (-Xmx2g) on a
# fresh AISLE_HOME (target/bench-ml-home) with its own embedded MariaDB. Results:
# target/bench-ml-results.txt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SIZES=${*:-10000 100000}
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt
CP=target/test-classes:target/classes:$(cat target/bench-classpath.txt)
: > target/bench-ml-results.txt
for n in $SIZES; do
  java --enable-native-access=ALL-UNNAMED -Xmx2g -cp "$CP" io.aisle.bench.InsightsBenchmark "$n" 2>&1 \
    | tee target/bench-ml-$n.log | grep '^|' | tee -a target/bench-ml-results.txt
done
