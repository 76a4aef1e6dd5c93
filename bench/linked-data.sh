#!/usr/bin/env bash
# Times writing SKOS Turtle and SSSOM against writing our JSON, of one taxonomy in one JMH run
# (1,000,000 themes and 2,000,000 crosswalk rows unless THEMES says), and prints the ratios.
#   THEMES=100000 bench/linked-data.sh
#   JMH_ARGS="-wi 1 -i 3" bench/linked-data.sh     # fewer iterations
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package -pl taxonomy-bench -am
cp="taxonomy-bench/target/classes:taxonomy-bench/target/lib/*"
mkdir -p bench-data
java -Djmh.ignoreLock=true -cp "$cp" org.openjdk.jmh.Main LinkedDataBench -p themes="${THEMES:-1000000}" \
  -rf json -rff bench-data/linked-data.json ${JMH_ARGS:-} | tee bench-data/linked-data.log
python3 - bench-data/linked-data.json <<'PY'
import json, sys
runs = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"] for r in json.load(open(sys.argv[1]))}
base = runs["writeJson"]["score"]
for name in ("writeJson", "writeTurtle", "writeSssom"):
    m = runs[name]
    print(f"{name:12s} {m['score']:10.1f} ± {m['scoreError']:.1f} ms   x{m['score'] / base:.2f} of JSON")
PY
