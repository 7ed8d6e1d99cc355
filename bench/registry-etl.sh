#!/usr/bin/env bash
# Registry ETL benchmark: generates an export of N patients, loads the MS starter vocabulary and runs the
# nightly registry job end to end on a fresh embedded PostgreSQL with the heap capped, then prints the run
# report (rows/s per stage), the peak heap, and a raw COPY of the published measurement table for scale.
# Usage: bench/registry-etl.sh [patients ...]   (default: 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
sizes=("$@")
[ $# -eq 0 ] && sizes=(10000 100000)
work="${BENCH_DIR:-/tmp/myelin-bench}"
port="${BENCH_PG_PORT:-54399}"
heap="${BENCH_HEAP:--Xmx1g}"

./myelin --version >/dev/null   # builds the jar when needed
for n in "${sizes[@]}"; do
  rm -rf "$work/home-$n" "$work/export-$n"
  ./myelin generate registry --patients "$n" --seed 2026 --out "$work/export-$n" 2>&1 | tail -1
  MYELIN_JAVA_OPTS="$heap" ./myelin vocab load --starter --home "$work/home-$n" --pg-port "$port" >/dev/null
  echo "== $n patients, $heap"
  start=$(date +%s.%N)
  logged "$work/etl-$n.log" env MYELIN_JAVA_OPTS="$heap -Dmyelin.report.heap=true" ./myelin etl registry \
      "$work/export-$n" --home "$work/home-$n" --pg-port "$port"
  end=$(date +%s.%N)
  echo "end to end including JVM start: $(echo "$end - $start" | bc) s"
  # the write phase beside a raw COPY of the same rows: the published measurement table, out and back in
  (./myelin db serve --home "$work/home-$n" --pg-port "$port" >/dev/null 2>&1 &)
  url="postgresql://postgres@localhost:$port/myelin"
  for _ in $(seq 60); do psql -tAq "$url" -c "select 1" >/dev/null 2>&1 && break; sleep 1; done   # a busy machine starts it slowly
  psql -q "$url" -c "\\copy cdm.measurement to '$work/measurement-$n.csv' csv"
  psql -q "$url" -c "create table public.copy_probe (like cdm.measurement)"
  t0=$(date +%s.%N)
  psql -q "$url" -c "\\copy public.copy_probe from '$work/measurement-$n.csv' csv"
  t1=$(date +%s.%N)
  rows=$(psql -tAq "$url" -c "select count(*) from public.copy_probe")
  psql -q "$url" -c "drop table public.copy_probe"
  echo "raw psql \\copy of cdm.measurement: $rows rows in $(echo "$t1 - $t0" | bc) s"
  pkill -TERM -f "db serve --home $work/home-$n" || true
  sleep 3
done
