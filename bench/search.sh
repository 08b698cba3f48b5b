#!/usr/bin/env bash
# Search benchmark: embedding model memory, embedding time per product, text/semantic/hybrid latency over
# the seed catalog and over generated products (default 10,000 in all). No database, no HTTP.
# Usage: bench/search.sh [products]     Output: stdout and target/search-bench.md
#        bench/search.sh recall [products]   8-bit vectors against floats (recall@10, memory, scan time at
#        100,000; default 5,000 embedded products)     Output: stdout and target/search-recall.md
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/search-bench-classpath.txt >/dev/null
java -Xms512m -Xmx1g --enable-native-access=ALL-UNNAMED \
  -cp "target/test-classes:target/classes:$(cat target/search-bench-classpath.txt)" \
 $([ "${1:-}" = recall ] && echo io.aisle.catalog.search.VectorRecallBenchmark "${2:-5000}" || echo io.aisle.catalog.search.SearchBenchmark "${1:-10000}") 2> >(grep -v -E "^[0-9:.]+ \[main\] INFO|WARNING" >&2)
