#!/usr/bin/env bash
# Writes a synthetic taxonomy of N themes (default 1,000,000) as bench-data/tN.json and the CSV
# bundle bench-data/tN/, deterministic from the seed. Usage: bench/generate.sh [N] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000000}"
seed="${2:-20261123}"
./mvnw -B -q -DskipTests package -pl taxonomy-bench -am
mkdir -p bench-data
java -Xmx8g -cp "taxonomy-bench/target/classes:taxonomy-bench/target/lib/*" \
  org.themetaxonomy.bench.Generate "$n" bench-data "$seed"
