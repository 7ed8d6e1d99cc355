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
