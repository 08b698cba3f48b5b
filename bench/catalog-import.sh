#!/usr/bin/env bash
# Import time of a generated catalog (issue 16, docs/benchmarks.md): exports the catalog that
# bench/catalog-scale.sh seeded (target/bench-scale-home-<N>) with `export-products`, leaves out the picture
# URLs (they point at that shop's own /media, which an import may not fetch from loopback), and imports the file
# into a fresh AISLE_HOME with `import-products`, timing each command (JVM start included).
# Usage: bench/catalog-import.sh [products]     Results: target/bench-catalog-import-<N>.md
set -euo pipefail
cd "$(dirname "$0")/.."
PRODUCTS=${1:-10000}
SOURCE=$(pwd)/target/bench-scale-home-$PRODUCTS
TARGET=$(pwd)/target/bench-import-home
FILE=target/catalog-$PRODUCTS.csv
OUT=target/bench-catalog-import-$PRODUCTS.md
[ -d "$SOURCE" ] || { echo "run bench/catalog-scale.sh $PRODUCTS first"; exit 1; }
JAR=$(ls target/aisle-*.jar | head -1)
export AISLE_INSIGHTS_DEMO_CUSTOMERS=0 AISLE_ADMIN_PASSWORD=bench-admin-password
timed() { # label, home, command...
  local start=$(date +%s.%N)
  AISLE_HOME=$2 java --enable-native-access=ALL-UNNAMED -Xmx1g -jar "$JAR" "${@:3}" --logging.level.root=WARN 2>&1 \
    | grep -v -E "WARNING|^\s*$" | tail -2 | tee -a "$OUT"
  echo "$1: $(echo "$(date +%s.%N) - $start" | bc | xargs printf '%.1f') s (load average $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$OUT"
}
echo "# catalog-import $(date -u +%FT%TZ), $PRODUCTS generated products" | tee "$OUT"
timed "export-products" "$SOURCE" export-products --file="$FILE.full"
python3 - "$FILE.full" "$FILE" <<'PY'
import csv, sys
with open(sys.argv[1], newline='') as src, open(sys.argv[2], 'w', newline='') as dst:
    rows = csv.reader(src); out = csv.writer(dst); header = next(rows); out.writerow(header)
    cut = [i for i, h in enumerate(header) if h in ('Image Src', 'Image Position', 'Image Alt Text', 'Variant Image')]
    for row in rows:
        out.writerow(['' if i in cut else v for i, v in enumerate(row)])
PY
echo "file: $(du -h "$FILE" | cut -f1), $(($(wc -l < "$FILE") - 1)) rows" | tee -a "$OUT"
rm -rf "$TARGET"
timed "import-products into a fresh shop" "$TARGET" import-products --file="$FILE"
