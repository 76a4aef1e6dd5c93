#!/usr/bin/env bash
# Runs every benchmark at 10,000, 100,000 and 1,000,000 themes and prints one table: time, MB/s,
# ns per theme, the ratio to the floor measured in the same run, growth per 10x themes, and the
# retained heap per theme of the loaded model. Takes about 15 minutes on 2 cores.
#   SIZES="10000 100000" bench/run.sh      # fewer sizes
#   JMH_ARGS="IoBench.readJson" bench/run.sh  # a subset (any JMH options)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="${SIZES:-10000 100000 1000000}"
./mvnw -B -q -DskipTests package -pl taxonomy-bench -am
cp="taxonomy-bench/target/classes:taxonomy-bench/target/lib/*"
mkdir -p bench-data
for n in $sizes; do
  if [ ! -f "bench-data/t$n.json" ] || [ ! -d "bench-data/t$n" ]; then
    java -Xmx8g -cp "$cp" org.themetaxonomy.bench.Generate "$n" bench-data
  fi
done
java -cp "$cp" org.openjdk.jmh.Main -p themes="$(echo $sizes | tr ' ' ',')" \
  -jvmArgsAppend "-Dbench.data=$PWD/bench-data" -rf json -rff bench-data/jmh.json ${JMH_ARGS:-} \
  > bench-data/jmh.log
: > bench-data/heap.txt
for n in $sizes; do
  java -XX:+UseSerialGC -Xmx8g -cp "$cp" org.themetaxonomy.bench.HeapProbe "bench-data/t$n.json" >> bench-data/heap.txt
done
java -cp "$cp" org.themetaxonomy.bench.Table bench-data/jmh.json bench-data/heap.txt bench-data
