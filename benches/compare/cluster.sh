#!/usr/bin/env bash
# The cluster engine's scaling: one generated Parquet dataset, a GROUP BY and a join, on a
# Ballista cluster of 1 and of 2 executors (`blinq cluster`, on this machine), next to the
# built-in engine (`blinq query`, polars' streaming engine) and DuckDB. Whole process, wall
# time and peak RSS of the client. `bash benches/compare/cluster.sh --help` for the options.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

usage() {
  cat <<'USAGE'
Usage: bash benches/compare/cluster.sh [--rows N] [--runs N] [--smoke] [--out FILE]

Writes a Parquet file of N rows (k = i % 1000, v = i, w = i / 2, u = -i; zstd, row groups of
2^18 rows, as the server stores datasets) with the Python's polars, then times, whole
process, each query with:
  - blinq query FILE SQL                        (the built-in engine, polars streaming)
  - DuckDB (Python, read_parquet)               (a reference)
  - blinq query --engine ballista://... FILE SQL on a cluster of 1, then 2 executors
    (blinq cluster scheduler / executor on 127.0.0.1, one task slot and --memory-mb each)
Every engine's answer is compared (CSV, sorted) with the built-in engine's; a disagreement
fails the run. The table gives the median of --runs runs (after one warm-up) per cell.

Options:
  --rows N       rows (default 8e7, 2.56 GB as int64/float64 columns in memory)
  --runs N       counted runs per cell (default 3)
  --memory-mb N  each executor's memory pool (default 512)
  --smoke        1e5 rows, 1 run, no warm-up, the table to the work directory (.ci/run)
  --work DIR     data and logs (default ${TMPDIR:-/tmp}/blinq-cluster-bench)
  --out FILE     the markdown (default: printed only)

Environment: BLINQ_BIN (default $CARGO_TARGET_DIR/release/blinq, built with
`--features cluster`), PYTHON (default $BLINQ_VENV/bin/python, with polars and duckdb).
USAGE
}

rows=8e7 runs=3 warm=1 memory=512 smoke=0 work="" out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows=$2; shift ;;
    --runs) runs=$2; shift ;;
    --memory-mb) memory=$2; shift ;;
    --smoke) smoke=1 ;;
    --work) work=$2; shift ;;
    --out) out=$2; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "cluster.sh: unknown argument $1 (--help for the options)" >&2; exit 2 ;;
  esac
  shift
done
if [ "$smoke" = 1 ]; then rows=1e5 runs=1 warm=0; fi
rows=$(printf '%.0f' "$rows")
work=${work:-${TMPDIR:-/tmp}/blinq-cluster-bench}
if [ "$smoke" = 1 ]; then out=${out:-$work/cluster.md}; fi
mkdir -p "$work"
target="${CARGO_TARGET_DIR:-$root/target}"
BLINQ_BIN="${BLINQ_BIN:-$target/release/blinq}"
venv="${BLINQ_VENV:-$HOME/.cache/blinq-venv}"
PYTHON="${PYTHON:-$venv/bin/python}"
if ! "$BLINQ_BIN" cluster --help >/dev/null 2>&1; then
  echo "cluster.sh: $BLINQ_BIN has no \`cluster\` command: cargo build --release -p blinq-server --features cluster, or set BLINQ_BIN" >&2
  exit 2
fi

data="$work/big-$rows.parquet"
if [ ! -s "$data" ]; then
  echo "== writing $rows rows to $data"
  "$PYTHON" -c '
import sys
import polars as pl
n, path = int(sys.argv[1]), sys.argv[2]
i = pl.int_range(0, n, dtype=pl.Int64)
frame = pl.LazyFrame().select(k=i % 1000, v=i, w=i / 2, u=-i)
frame.sink_parquet(path, compression="zstd", row_group_size=1 << 18)
' "$rows" "$data"
fi

# The questions: a GROUP BY over every row, and a join of every row with a 1000-row table
# made from the file (the keys and their labels).
declare -A sql=(
  [groupby]="SELECT k, count(*) AS n, sum(v) AS total, max(u) AS top FROM data GROUP BY k ORDER BY k"
  [join]="WITH l AS (SELECT k, CASE WHEN k % 2 = 0 THEN 'even' ELSE 'odd' END AS label FROM data WHERE v < 1000) SELECT l.label, count(*) AS n, sum(d.v) AS total FROM data d JOIN l ON d.k = l.k GROUP BY l.label ORDER BY l.label"
)
names=(groupby join)

# time_run OUT CMD...: run with stdout to OUT; prints "wall_s peak_mb".
# Without GNU time (the `time` package) the wall time comes from `date` and no peak is known.
time_run() {
  local out=$1; shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" > "$out" 2> "$work/stderr" \
      || { echo "cluster.sh: failed: $*" >&2; cat "$work/stderr" >&2; exit 1; }
    awk '{printf "%s %.0f\n", $1, $2 / 1024}' "$work/time"
  else
    local start end
    start=$(date +%s.%N)
    "$@" > "$out" 2> "$work/stderr" \
      || { echo "cluster.sh: failed: $*" >&2; cat "$work/stderr" >&2; exit 1; }
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f ?\n", b - a}'
  fi
}
median() { sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
# The answers agree: the same lines once sorted (each engine prints CSV with a header).
same() {
  if ! diff <(sort "$1") <(sort "$2") >/dev/null; then
    echo "cluster.sh: the answers differ: $1 $2" >&2
    diff <(sort "$1") <(sort "$2") | head >&2
    exit 1
  fi
}
# measure LABEL Q CMD...: warm-up, then the counted runs; sets wall[LABEL,Q] and mem[LABEL,Q].
declare -A wall mem
measure() {
  local label=$1 q=$2; shift 2
  local times=() peaks=() i t m
  for ((i = 0; i < warm + runs; i++)); do
    read -r t m < <(time_run "$work/$label-$q.csv" "$@")
    if ((i >= warm)); then times+=("$t"); peaks+=("$m"); fi
  done
  wall[$label,$q]=$(printf '%s\n' "${times[@]}" | median)
  mem[$label,$q]=$(printf '%s\n' "${peaks[@]}" | median)
  if [ "$label" != builtin ]; then same "$work/builtin-$q.csv" "$work/$label-$q.csv"; fi
  echo "   $label $q: ${wall[$label,$q]} s, ${mem[$label,$q]} MB"
}

pids=()
stop_cluster() {
  local p
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  pids=()
}
trap stop_cluster EXIT
free_port() { "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# start_cluster N: a scheduler and N executors; sets engine.
start_cluster() {
  local n=$1 port e
  port=$(free_port)
  "$BLINQ_BIN" cluster scheduler --bind "127.0.0.1:$port" > "$work/scheduler.log" 2>&1 &
  pids+=($!)
  for ((e = 1; e <= n; e++)); do
    mkdir -p "$work/executor-$e"
    "$BLINQ_BIN" cluster executor --scheduler "127.0.0.1:$port" --flight-port "$(free_port)" \
      --grpc-port "$(free_port)" --concurrent-tasks 1 --memory-mb "$memory" \
      --work-dir "$work/executor-$e" > "$work/executor-$e.log" 2>&1 &
    pids+=($!)
  done
  engine="ballista://127.0.0.1:$port"
  for _ in $(seq 100); do
    if "$BLINQ_BIN" query --engine "$engine" "$data" "SELECT 1 AS one" >/dev/null 2>&1; then
      sleep 2  # the first executor answered; give the others time to register
      return
    fi
    sleep 0.3
  done
  echo "cluster.sh: the cluster did not start (logs in $work)" >&2
  exit 1
}

echo "== the built-in engine and DuckDB"
for q in "${names[@]}"; do
  measure builtin "$q" "$BLINQ_BIN" query "$data" "${sql[$q]}" --format csv --max-rows 0
  measure duckdb "$q" "$PYTHON" -c '
import sys, duckdb
con = duckdb.connect()
con.execute("SET enable_progress_bar = false")  # it would print into the answer
con.execute(f"CREATE VIEW data AS SELECT * FROM read_parquet({sys.argv[1]!r})")
con.sql(sys.argv[2]).write_csv("/dev/stdout")' "$data" "${sql[$q]}"
done
for n in 1 2; do
  echo "== a cluster of $n executor(s)"
  start_cluster "$n"
  for q in "${names[@]}"; do
    measure "cluster$n" "$q" "$BLINQ_BIN" query --engine "$engine" "$data" "${sql[$q]}" \
      --format csv --max-rows 0
  done
  stop_cluster
done

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
duck=$("$PYTHON" -c 'import duckdb; print(duckdb.__version__)')
table=$(
  echo "- machine: $(nproc) cores, $cpu, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%Y-%m-%d)"
  echo "- $("$BLINQ_BIN" --version) ($(basename "$(dirname "$BLINQ_BIN")") build; DataFusion and Ballista 55), DuckDB $duck"
  echo "- data: $rows rows, $(du -m "$data" | cut -f1) MB of Parquet; each executor: 1 task slot, --memory-mb $memory; median of $runs run(s), whole process"
  echo
  echo "| query | built-in (polars streaming) | DuckDB | cluster, 1 executor | cluster, 2 executors | 1 / 2 executors |"
  echo "|---|---:|---:|---:|---:|---:|"
  for q in "${names[@]}"; do
    printf '| %s | %s s, %s MB | %s s, %s MB | %s s | %s s | %sx |\n' "$q" \
      "${wall[builtin,$q]}" "${mem[builtin,$q]}" "${wall[duckdb,$q]}" "${mem[duckdb,$q]}" \
      "${wall[cluster1,$q]}" "${wall[cluster2,$q]}" \
      "$(awk -v a="${wall[cluster1,$q]}" -v b="${wall[cluster2,$q]}" 'BEGIN {printf "%.2f", a / b}')"
  done
)
if [ -n "$out" ]; then echo "$table" > "$out"; fi
echo "$table"
