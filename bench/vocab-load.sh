#!/usr/bin/env bash
# Vocabulary load benchmark: synthesises Athena-shaped bundles, loads each with Myelin (COPY, then
# keys and indexes) and with psql's \copy into the same unindexed tables, on an embedded PostgreSQL,
# then the resolver benchmark. Prints Markdown for BENCHMARKS.md.
# Usage: bench/vocab-load.sh [concepts ...]   (default: 600000 1800000, 10% and 30% of Athena's 6 M)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
source bench/logged.sh
sizes=("$@")
[ $# -eq 0 ] && sizes=(600000 1800000)
read -r -a java <<< "$(bench_java vocab)"
logs="${BENCH_DIR:-/tmp/myelin-bench}"
mkdir -p "$logs"

echo "| concepts | relationships | ancestors | rows loaded | Myelin COPY s | psql \\copy s | ratio | keys+indexes s | Myelin rows/s |"
echo "|---|---|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  logged "$logs/vocab-load-$n.log" "${java[@]}" org.myelin.vocab.load.VocabularyLoadBenchmark "$n"
done
echo
logged "$logs/resolver.log" "${java[@]}" org.myelin.vocab.resolve.ResolverBenchmark 1000000
