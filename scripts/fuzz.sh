#!/usr/bin/env bash
# Fuzz one target for some minutes: scripts/fuzz.sh TARGET MINUTES
#
# Builds blinq-fuzz (dev profile), then runs it until the time is up. A panic is caught in
# the process: the fuzzer shrinks the input and saves it to fuzz/regressions/TARGET/<hash>.
# An abort (a failed allocation under the 4 GiB address-space cap, a stack overflow, a
# timeout) kills the process: this script saves the input it was running (fuzz/out/TARGET/
# current), shrinks it in child processes, and starts the fuzzer again for the time left.
# Targets: csv tsv json ndjson parquet ipc xlsx sql plotspec plan. See docs/fuzzing.md.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: scripts/fuzz.sh TARGET MINUTES" >&2
  exit 2
fi
target=$1
minutes=$2
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# BLINQ_FUZZ_BIN: a blinq-fuzz already built (for several targets in a row); else build it.
if [[ -n "${BLINQ_FUZZ_BIN:-}" ]]; then
  bin=$BLINQ_FUZZ_BIN
else
  cargo build -p blinq-fuzz --bin blinq-fuzz
  bin="${CARGO_TARGET_DIR:-$root/target}/debug/blinq-fuzz"
fi
targets=$("$bin" targets)
grep -qx "$target" <<<"$targets" || { echo "unknown target $target; one of:" $targets >&2; exit 2; }

out="$root/fuzz/out/$target"
mkdir -p "$out"
log="$out/log"
: > "$log"
# The fuzzer runs one input at a time; polars need not spread it over every core.
export POLARS_MAX_THREADS=${POLARS_MAX_THREADS:-2}

# MINUTES counts fuzzing time only: time spent saving and shrinking a finding is added on.
budget=$((minutes * 60))
fuzzed=0 execs=0 restarts=0 aborts=0
while (( fuzzed < budget )); do
  left=$((budget - fuzzed))
  rm -f "$out/current" "$out/status" "$out/phase"
  began=$(date +%s)
  set +e
  "$bin" fuzz "$target" --seconds "$left" 2>>"$log"
  code=$?
  set -e
  fuzzed=$((fuzzed + $(date +%s) - began))
  run_execs=$(awk '/^execs/ {print $2}' "$out/status" 2>/dev/null || true)
  execs=$((execs + ${run_execs:-0}))
  if (( code == 0 )); then
    break
  fi
  restarts=$((restarts + 1))
  if [[ "$(cat "$out/phase" 2>/dev/null)" == m ]]; then
    echo "FUZZER $target: the fuzzer itself died while mutating (exit $code): $(grep -iE "memory allocation|overflow|panicked:" "$log" | tail -1)"
  elif [[ -f "$out/current" ]]; then
    aborts=$((aborts + 1))
    signal=$((code > 128 ? code - 128 : 0))
    reason=$(grep -iE "memory allocation|overflow|timeout|fatal|panicked:" "$log" | tail -1 || true)
    cp "$out/current" "$out/killer"
    "$bin" save "$target" "$out/killer" "exit $code (signal $signal): ${reason:-no message}" || true
  else
    echo "blinq-fuzz exited with $code and no input in flight; see $log" >&2
    break
  fi
done
echo "$target: $((fuzzed / 60)) min $((fuzzed % 60)) s fuzzing, $execs executions, $aborts aborts, $restarts restarts; findings in fuzz/regressions/$target"
