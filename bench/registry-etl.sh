#!/usr/bin/env bash
# Registry ETL benchmark: generates an export of N patients, loads the MS starter vocabulary and runs the
# nightly registry job end to end on a fresh embedded PostgreSQL with the heap capped, then prints the run
# report (rows/s per stage), the peak heap, and a raw COPY of the published measurement table for scale.
# Usage: bench/registry-etl.sh [patients ...]   (default: 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/logged.sh
sizes=("$@")
[ $# -eq 0 ] && sizes=(10000 100000)
work="${BENCH_DIR:-/tmp/myelin-bench}"
port="${BENCH_PG_PORT:-54399}"
heap="${BENCH_HEAP:--Xmx1g}"

# The embedded PostgreSQL of one home, served by `myelin db serve` for psql; stopped by its process id: the command
# stops the server (pg_ctl stop -w) before it exits, so when `wait` returns the server is down.
server=""
stop_server() {
  [ -n "$server" ] || return 0
  kill -TERM "$server"
  wait "$server" || [ $? -eq 143 ]   # 143: ended by the TERM it was sent, after its shutdown hook
  server=""
}
trap stop_server EXIT
serve() {
  ./myelin db serve --home "$1" --pg-port "$port" >"$work/serve.log" 2>&1 &
  server=$!
  local tries=600   # two minutes: a busy machine starts it slowly
  until psql -tAq "$url" -c "select 1" >/dev/null 2>&1; do
    kill -0 "$server" 2>/dev/null || { server=""; echo "db serve failed:" >&2; cat "$work/serve.log" >&2; return 1; }
    (( --tries > 0 )) || { echo "db serve did not answer in two minutes:" >&2; cat "$work/serve.log" >&2; return 1; }
    sleep 0.2
  done
}
url="postgresql://postgres@localhost:$port/myelin"

./myelin --version >/dev/null   # builds the jar when needed
warm_up_etl registry "$work" "$port"
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
  serve "$work/home-$n"
  psql -q "$url" -c "\\copy cdm.measurement to '$work/measurement-$n.csv' csv"
  psql -q "$url" -c "create table public.copy_probe (like cdm.measurement)"
  t0=$(date +%s.%N)
  psql -q "$url" -c "\\copy public.copy_probe from '$work/measurement-$n.csv' csv"
  t1=$(date +%s.%N)
  rows=$(psql -tAq "$url" -c "select count(*) from public.copy_probe")
  psql -q "$url" -c "drop table public.copy_probe"
  echo "raw psql \\copy of cdm.measurement: $rows rows in $(echo "$t1 - $t0" | bc) s"
  stop_server
done
