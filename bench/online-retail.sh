#!/usr/bin/env bash
# The Online Retail evaluation of docs/ml.md ("Real data: UCI Online Retail"), from one command: builds the jar,
# imports the file into a fresh AISLE_HOME (target/retail-home) and evaluates the three windows of issue 15 in
# turn, the shop's chosen models against BG/NBD. Results: target/online-retail-results.txt.
# Usage: bench/online-retail.sh [path/to/online_retail.csv.gz] (default: ../shared/data/online-retail/...)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
FILE=${1:-../shared/data/online-retail/online_retail.csv.gz}
HOME_DIR=target/retail-home
WINDOWS=${WINDOWS:-2011-09-10:91,2011-10-10:30,2011-08-09:126}
./mvnw -q -B -DskipTests package
JAR=$(ls target/aisle-*.jar | head -1)
rm -rf "$HOME_DIR"
AISLE_HOME=$HOME_DIR java -jar "$JAR" import-online-retail --file="$FILE" 2>&1 | grep -v ' INFO \| WARN '
AISLE_HOME=$HOME_DIR java -jar "$JAR" evaluate-online-retail --windows="$WINDOWS" 2>&1 | grep -v ' INFO \| WARN ' \
  | tee target/online-retail-results.txt
