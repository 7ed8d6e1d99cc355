# Sourced by the benchmark scripts that run commands whose progress would hide the figures.
# logged LOG COMMAND...: runs COMMAND with its error stream (progress lines, and the message of a failure) in LOG,
# so that the figures stay readable; when COMMAND fails, prints LOG's last lines and fails too.
logged() {
  local log="$1"
  shift
  if ! "$@" 2>"$log"; then
    echo "failed: $* (the last lines of $log follow)" >&2
    tail -n 20 "$log" >&2
    return 1
  fi
}

# warm_up_etl KIND WORK PORT: the first `myelin etl` after a build writes the command's class data sharing archive (see
# the myelin script); a nightly run is never that first run, so a run on 5 generated patients (KIND: registry or fhir)
# makes the archive before the measured one. Its logs stay in WORK.
warm_up_etl() {
  local kind="$1" work="$2" port="$3"
  rm -rf "$work/home-$kind-warm" "$work/$kind-warm"
  mkdir -p "$work"
  logged "$work/generate-$kind-warm.log" ./myelin generate "$kind" --patients 5 --seed 2026 --out "$work/$kind-warm" \
      >/dev/null
  ./myelin vocab load --starter --home "$work/home-$kind-warm" --pg-port "$port" >/dev/null
  logged "$work/etl-$kind-warm.log" ./myelin etl "$kind" "$work/$kind-warm" --home "$work/home-$kind-warm" \
      --pg-port "$port" >/dev/null
  rm -rf "$work/home-$kind-warm" "$work/$kind-warm"
}
