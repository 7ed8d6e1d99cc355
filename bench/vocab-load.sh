#!/usr/bin/env bash
# Vocabulary load benchmark: synthesises Athena-shaped bundles, loads each with Myelin (COPY, then
# keys and indexes) and with psql's \copy into the same unindexed tables, on an embedded PostgreSQL,
# then the resolver benchmark. Prints Markdown for BENCHMARKS.md.
# Usage: bench/vocab-load.sh [concepts ...]   (default: 600000 1800000, 10% and 30% of Athena's 6 M)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(600000 1800000); fi

./mvnw -B -q -pl vocab -am test-compile
./mvnw -B -q -pl vocab dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/vocab/target/bench.classpath"
# the reactor's own modules from this checkout, not from the local repository
cp="vocab/target/classes:vocab/target/test-classes:sql/target/classes:sql/target/test-classes"
cp="$cp:$(tr ':' '\n' < vocab/target/bench.classpath | grep -v '/org/myelin/' | paste -sd:)"
java=("$JAVA_HOME/bin/java" -Xmx2g -Djava.util.logging.config.file=/dev/null -cp "$cp")

echo "| concepts | relationships | ancestors | rows loaded | Myelin COPY s | psql \\copy s | ratio | keys+indexes s | Myelin rows/s |"
echo "|---|---|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  "${java[@]}" org.myelin.vocab.load.VocabularyLoadBenchmark "$n" 2>/dev/null
done
echo
"${java[@]}" org.myelin.vocab.resolve.ResolverBenchmark 1000000 2>/dev/null
