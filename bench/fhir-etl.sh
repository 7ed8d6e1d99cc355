#!/usr/bin/env bash
# FHIR ETL benchmark: generates FHIR R4 for N patients (Bulk NDJSON, about 257 resources per patient, so 4,000
# patients give about a million), loads the MS starter vocabulary and runs `myelin etl fhir` end to end (read,
# parse with HAPI, map, stage by COPY, resolve in SQL, derive, data-quality gate, publish) on a fresh embedded
# PostgreSQL with the heap capped; prints the run report (rows/s per stage, resources per type), the peak heap,
# and resources per second over the whole command.
# Usage: bench/fhir-etl.sh [patients ...]   (default: 4000)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/logged.sh
sizes=("$@")
[ $# -eq 0 ] && sizes=(4000)
work="${BENCH_DIR:-/tmp/myelin-bench}"
port="${BENCH_PG_PORT:-54398}"
heap="${BENCH_HEAP:--Xmx1g}"

./myelin --version >/dev/null   # builds the jar when needed
warm_up_etl fhir "$work" "$port"
for n in "${sizes[@]}"; do
  rm -rf "$work/home-fhir-$n" "$work/fhir-$n"
  ./myelin generate fhir --patients "$n" --seed 2026 --out "$work/fhir-$n" 2>&1 | tail -1
  resources=$(cat "$work/fhir-$n"/*.ndjson | wc -l)
  MYELIN_JAVA_OPTS="$heap" ./myelin vocab load --starter --home "$work/home-fhir-$n" --pg-port "$port" >/dev/null
  echo "== $n patients, $resources resources ($(du -sh "$work/fhir-$n" | cut -f1) of NDJSON), $heap"
  start=$(date +%s.%N)
  logged "$work/etl-fhir-$n.log" env MYELIN_JAVA_OPTS="$heap -Dmyelin.report.heap=true" ./myelin etl fhir \
      "$work/fhir-$n" --home "$work/home-fhir-$n" --pg-port "$port"
  end=$(date +%s.%N)
  seconds=$(echo "$end - $start" | bc)
  echo "end to end including JVM start: $seconds s, $(echo "$resources / $seconds" | bc) resources/s"
done
