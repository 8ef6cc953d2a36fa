#!/usr/bin/env bash
# Blinq side by side with polars-py, DuckDB, pandas and matplotlib, whole process, in one run.
# `bash benches/compare/run.sh --help` for what it does and its options.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

usage() {
  cat <<'EOF'
Usage: bash benches/compare/run.sh [--smoke] [options]

Runs, in one go, whole-process side-by-side timings of the release `blinq` binary against
other tools on the same files, checks that every tool printed the same answer, and writes
markdown tables (machine, tool versions and date in the header):

  1. db-benchmark's groupby questions q1-q10 (benches/compare/groupby.py) on one data set
     written as CSV and as Parquet (the same rows): `blinq query FILE "SQL" --format csv
     --max-rows 0` against polars-py (pl.read_csv / pl.scan_parquet), DuckDB (Python,
     read_csv / read_parquet in the SQL) and pandas (read_csv / read_parquet). Every engine
     prints its whole answer as CSV; the answers are compared (row count, group keys, every
     value within 1e-6) and a disagreement is reported instead of a ratio.
  2. Charts: `blinq plot` against pandas + matplotlib (benches/compare/plot_cli.py), a line
     and a scatter of a CSV, 1000x600 PNG.
  3. The server (benches/compare/server.sh): `blinq serve` against the Python prototype's
     stack (FastAPI + pandas + DuckDB + PyJWT, benches/compare/server.py), Datasette and
     ROAPI, a group-by on penguins and on the groupby data, wrk on one core and the server
     on the other, the same query text repeated and a distinct text per request.

Each (question, format, other tool) is measured in pairs: Blinq and the other tool run one
after the other (the order alternates), one warm-up pair, then N counted pairs; the table
gives median wall times, median peak RSS (/usr/bin/time) and the median of the pair ratios
Blinq / other, which is what holds on a shared, noisy machine.

Options:
  --smoke          a half-minute check that the script works (.ci/run calls it): 10,000
                   rows and chart points; every question answered once by every engine and
                   the answers compared (each Python engine answers all of them in one
                   process, to pay its start-up once); the paired path on q1 and the charts,
                   1 pair, no warm-up; two jobs at once; the markdown to the work directory.
                   Exit 1 if any tool fails or the answers disagree.
  --rows N         rows of the groupby data (default 1e6; 1e7 is db-benchmark's "1e7" size,
                   but a full run at 1e7 takes well over an hour on a 2-core machine)
  --plot-rows N    points of the chart data (default 1e6)
  --pairs N        counted pairs (default 3)
  --warmup N       warm-up pairs (default 1)
  --questions L    comma-separated, default q1,q2,...,q10
  --formats L      csv,parquet (default both)
  --peers L        polars,duckdb,pandas (default all three)
  --no-plots       skip the chart comparison
  --no-server      skip the server comparison
  --server-duration D   wrk's time per server and query (default 10s; smoke 1s)
  --jobs N         (question, format) units run at once (default 1; timings are only
                   meaningful with 1)
  --work DIR       data, answers and logs (default ${TMPDIR:-/tmp}/blinq-compare); the data
                   files are reused when present
  --out FILE       the markdown (default benches/compare/results.md; with --smoke,
                   WORK/results.md); - for stdout only

Environment:
  BLINQ_BIN   the blinq binary (default: $CARGO_TARGET_DIR/release/blinq, or target/release;
              with --smoke the debug binary there if present)
  PYTHON      the Python with polars, duckdb, pandas, pyarrow, numpy, matplotlib (default
              $BLINQ_VENV/bin/python, BLINQ_VENV defaulting to ~/.cache/blinq-venv, the venv
              scripts/test.sh makes)

The server comparison also needs wrk (apt-get install wrk) and, in that Python, fastapi,
uvicorn, pyjwt, python-multipart, datasette and roapi.

  4. The Python handoff (benches/compare/handoff.py), when blinq is installed in that Python:
     the whole Parquet file as a blinq Table handed to polars and pyarrow through the Arrow
     PyCapsule interface, and to pandas, against pyarrow's to_pandas; in process.

  5. The Node handoff (benches/compare/handoff.mjs), when blinq-node is built: a result
     taken as Arrow IPC (apache-arrow's tableFromIPC) against JSON (toJSON), in process.
EOF
}

smoke=0
rows="" plot_rows="" pairs="" warmup="" jobs="" out="" work=""
questions="q1,q2,q3,q4,q5,q6,q7,q8,q9,q10"
formats="csv,parquet"
peers="polars,duckdb,pandas"
plots=1 server=1 server_duration=""
args=("$@")
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=1 ;;
    --rows) rows=$2; shift ;;
    --plot-rows) plot_rows=$2; shift ;;
    --pairs) pairs=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --questions) questions=$2; shift ;;
    --formats) formats=$2; shift ;;
    --peers) peers=$2; shift ;;
    --no-plots) plots=0 ;;
    --no-server) server=0 ;;
    --server-duration) server_duration=$2; shift ;;
    --jobs) jobs=$2; shift ;;
    --work) work=$2; shift ;;
    --out) out=$2; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown argument $1 (--help for the options)" >&2; exit 2 ;;
  esac
  shift
done

num() { printf '%.0f' "$1"; }   # 1e6 -> 1000000
if [ "$smoke" = 1 ]; then
  rows=$(num "${rows:-1e4}"); plot_rows=$(num "${plot_rows:-1e4}")
  pairs=${pairs:-1}; warmup=${warmup:-0}; jobs=${jobs:-2}
  server_duration=${server_duration:-1s}; server_warmup=0; server_rounds=1
  work=${work:-${TMPDIR:-/tmp}/blinq-compare-smoke}
  out=${out:-$work/results.md}
else
  rows=$(num "${rows:-1e6}"); plot_rows=$(num "${plot_rows:-1e6}")
  pairs=${pairs:-3}; warmup=${warmup:-1}; jobs=${jobs:-1}
  server_duration=${server_duration:-10s}; server_warmup=2s; server_rounds=3
  work=${work:-${TMPDIR:-/tmp}/blinq-compare}
  out=${out:-$here/results.md}
fi

target="${CARGO_TARGET_DIR:-$root/target}"
if [ -z "${BLINQ_BIN:-}" ]; then
  if [ "$smoke" = 1 ] && [ -x "$target/debug/blinq" ]; then
    BLINQ_BIN="$target/debug/blinq"
  else
    BLINQ_BIN="$target/release/blinq"
  fi
fi
if [ ! -x "$BLINQ_BIN" ]; then
  echo "run.sh: no blinq binary at $BLINQ_BIN: cargo build --release -p blinq-server, or set BLINQ_BIN" >&2
  exit 2
fi
BLINQ_BIN=$(cd "$(dirname "$BLINQ_BIN")" && pwd)/$(basename "$BLINQ_BIN")
venv="${BLINQ_VENV:-$HOME/.cache/blinq-venv}"
PYTHON="${PYTHON:-$( [ -x "$venv/bin/python" ] && echo "$venv/bin/python" || command -v python3)}"
if ! "$PYTHON" -c 'import polars, duckdb, pandas, pyarrow, numpy, matplotlib' 2>/dev/null; then
  echo "run.sh: $PYTHON lacks one of polars, duckdb, pandas, pyarrow, numpy, matplotlib:" >&2
  echo "  $PYTHON -m pip install polars duckdb pandas pyarrow numpy matplotlib" >&2
  exit 2
fi
if [ ! -x /usr/bin/time ]; then
  echo "run.sh: needs GNU time at /usr/bin/time for peak memory (apt-get install time)" >&2
  exit 2
fi

# Questions Blinq's SQL cannot express, with the reason: the table says "n/a (reason)" and
# nothing runs. Every one of q1-q10 runs today.
declare -A NA=()

t0=$(date +%s)
say() { echo "== [$(( $(date +%s) - t0 ))s] $*"; }

mkdir -p "$work"
run="$work/run"
rm -rf "$run"
mkdir -p "$run/answers" "$run/logs" "$run/records" "$run/plots"
meta="$run/meta.tsv"
: > "$meta"
m() { printf '%s\t%s\n' "$1" "$2" >> "$meta"; }

m mode "$([ "$smoke" = 1 ] && echo smoke || echo full)"
m command "bash benches/compare/run.sh${args[*]:+ ${args[*]}}"
m date "$(date -u '+%Y-%m-%d %H:%M UTC')"
m arch "$(uname -m)"
m kernel "$(uname -sr)"
m cpu "$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
m cores "$(nproc)"
m ram "$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
m load_start "$(cut -d' ' -f1-3 /proc/loadavg)"
m blinq_version "$("$BLINQ_BIN" --version)"
m blinq_bin "$BLINQ_BIN (built $(date -u -r "$BLINQ_BIN" '+%Y-%m-%d %H:%M UTC'))"
m git "$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
m rows "$rows"
m plot_rows "$plot_rows"
m pairs "$pairs"
m warmup "$warmup"
m jobs "$jobs"
m python "$PYTHON"
for q in "${!NA[@]}"; do m "na_$q" "${NA[$q]}"; done

# --- data -----------------------------------------------------------------------------------
data="$work/groupby-$rows"
if [ ! -s "$data.csv" ] || [ ! -s "$data.parquet" ]; then
  say "data: db-benchmark groupby shape, $rows rows, CSV and Parquet ($data.*)"
  "$PYTHON" "$here/groupby.py" make-both "$data.tmp" "$rows"
  mv "$data.tmp.csv" "$data.csv"
  mv "$data.tmp.parquet" "$data.parquet"
fi
m csv_bytes "$(stat -c %s "$data.csv")"
m parquet_bytes "$(stat -c %s "$data.parquet")"
points="$work/points-$plot_rows.csv"
if [ "$plots" = 1 ] && [ ! -s "$points" ]; then
  say "data: $plot_rows chart points ($points)"
  "$PYTHON" "$here/plot_cli.py" make "$points.tmp" "$plot_rows"
  mv "$points.tmp" "$points"
fi
[ "$plots" = 1 ] && m points_bytes "$(stat -c %s "$points")"

# --- measuring --------------------------------------------------------------------------------
# measure RECORDS SECTION FORMAT QUESTION PEER PAIR ENGINE COUNTED OUT -- command...
# Runs the command once, stdout to OUT, and appends one line to RECORDS:
# section format question peer pair engine counted wall_s cpu_s peak_kib exit_code
measure() {
  local records=$1 section=$2 fmt=$3 q=$4 peer=$5 pair=$6 engine=$7 counted=$8 outfile=$9
  shift 10
  local log="$run/logs/$section.$fmt.$q.$engine.log" tfile
  tfile=$(mktemp "$run/logs/time.XXXXXX")
  local start end rc=0
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S %M' -o "$tfile" "$@" > "$outfile" 2> "$log" || rc=$?
  end=$(date +%s%N)
  local user sys peak
  read -r user sys peak < <(tail -n 1 "$tfile") || true
  rm -f "$tfile"
  if [ "$rc" != 0 ]; then
    echo "   $engine failed on $section $fmt $q (exit $rc); its stderr: $log" >&2
    tail -n 5 "$log" >&2 || true
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$section" "$fmt" "$q" "$peer" "$pair" \
    "$engine" "$counted" "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')" \
    "$(awk -v u="${user:-0}" -v s="${sys:-0}" 'BEGIN { printf "%.2f", u + s }')" "${peak:-0}" "$rc" \
    >> "$records"
}

# pairs RECORDS SECTION FORMAT QUESTION PEER BLINQ_OUT PEER_OUT -- blinq command -- peer command
pair_runs() {
  local records=$1 section=$2 fmt=$3 q=$4 peer=$5 bout=$6 pout=$7
  shift 8
  local bcmd=() pcmd=()
  while [ "$1" != -- ]; do bcmd+=("$1"); shift; done
  shift
  pcmd=("$@")
  local i counted
  for (( i = 0; i < warmup + pairs; i++ )); do
    counted=$(( i >= warmup ? 1 : 0 ))
    if (( i % 2 == 0 )); then
      measure "$records" "$section" "$fmt" "$q" "$peer" "$i" blinq "$counted" "$bout" -- "${bcmd[@]}"
      measure "$records" "$section" "$fmt" "$q" "$peer" "$i" "$peer" "$counted" "$pout" -- "${pcmd[@]}"
    else
      measure "$records" "$section" "$fmt" "$q" "$peer" "$i" "$peer" "$counted" "$pout" -- "${pcmd[@]}"
      measure "$records" "$section" "$fmt" "$q" "$peer" "$i" blinq "$counted" "$bout" -- "${bcmd[@]}"
    fi
  done
}

groupby_unit() {
  local fmt=$1 q=$2 file="$data.$1" records="$run/records/groupby.$1.$2.tsv" sql peer
  : > "$records"
  sql=$("$PYTHON" "$here/groupby.py" sql "$q")
  IFS=, read -r -a peer_list <<< "$peers"
  for peer in "${peer_list[@]}"; do
    pair_runs "$records" groupby "$fmt" "$q" "$peer" \
      "$run/answers/$fmt.$q.blinq.csv" "$run/answers/$fmt.$q.$peer.csv" -- \
      "$BLINQ_BIN" query "$file" "$sql" --format csv --max-rows 0 -- \
      "$PYTHON" "$here/groupby.py" "$peer" "$file" "$q"
  done
}

plot_unit() {
  local kind=$1 records="$run/records/plot.$1.tsv" x
  : > "$records"
  x=$([ "$kind" = line ] && echo x || echo noise)
  pair_runs "$records" plot - "$kind" matplotlib \
    "$run/plots/$kind.blinq.out" "$run/plots/$kind.matplotlib.out" -- \
    "$BLINQ_BIN" plot "$points" --kind "$kind" --x "$x" --y walk --width 1000 --height 600 \
    -o "$run/plots/$kind.blinq.png" -- \
    "$PYTHON" "$here/plot_cli.py" "$kind" "$points" "$run/plots/$kind.matplotlib.png"
}

# Smoke: every question's answer from every engine once (each Python engine answers them all
# in one process, its start-up paid once), then the paired path on the first question only.
answers_unit() {
  local fmt=$1 file="$data.$1" records="$run/records/answers.$1.tsv" q peer
  : > "$records"
  for q in "${batch_list[@]}"; do
    measure "$records" answers "$fmt" "$q" - 0 blinq 0 "$run/answers/$fmt.$q.blinq.csv" -- \
      "$BLINQ_BIN" query "$file" "$("$PYTHON" "$here/groupby.py" sql "$q")" --format csv --max-rows 0
  done
  IFS=, read -r -a peer_list <<< "$peers"
  for peer in "${peer_list[@]}"; do
    measure "$records" answers "$fmt" all - 0 "$peer" 0 /dev/null -- \
      "$PYTHON" "$here/groupby.py" "$peer" "$file" "$(IFS=,; echo "${batch_list[*]}")" \
      "$run/answers/$fmt.{q}.$peer.csv"
  done
}

units=()
IFS=, read -r -a fmt_list <<< "$formats"
IFS=, read -r -a q_list <<< "$questions"
paired_list=() batch_list=()
for q in "${q_list[@]}"; do
  [ -z "${NA[$q]:-}" ] || continue
  if [ "$smoke" = 1 ] && [ ${#paired_list[@]} -ge 1 ]; then batch_list+=("$q"); else paired_list+=("$q"); fi
done
if [ ${#batch_list[@]} -gt 0 ]; then
  for fmt in "${fmt_list[@]}"; do units+=("answers_unit $fmt"); done
fi
for fmt in "${fmt_list[@]}"; do
  for q in "${paired_list[@]}"; do units+=("groupby_unit $fmt $q"); done
done
if [ "$plots" = 1 ]; then units+=("plot_unit line" "plot_unit scatter"); fi

say "blinq: $BLINQ_BIN; python: $PYTHON; $rows rows; $warmup warm-up + $pairs pairs; ${#units[@]} units, $jobs at a time"
running=0
for unit in "${units[@]}"; do
  say "$unit"
  if (( jobs > 1 )); then
    $unit &
    running=$(( running + 1 ))
    if (( running >= jobs )); then wait -n || true; running=$(( running - 1 )); fi
  else
    $unit
  fi
done
wait

if [ "$server" = 1 ]; then
  # The groupby data of 1e6 rows (at most): the server comparison loads it into every server.
  big="$data.csv"
  if [ "$rows" -gt 1000000 ]; then
    big="$work/groupby-1000000.csv"
    [ -s "$big" ] || { "$PYTHON" "$here/groupby.py" make-both "$work/groupby-1000000.tmp" 1000000 \
      && mv "$work/groupby-1000000.tmp.csv" "$big" && mv "$work/groupby-1000000.tmp.parquet" "$work/groupby-1000000.parquet"; }
  fi
  say "server: blinq serve, FastAPI baseline, Datasette, ROAPI ($server_duration per run)"
  m server_records "$run/server.tsv"
  m server_duration "$server_duration"
  m server_warmup "$server_warmup"
  m server_rounds "$server_rounds"
  m server_connections 16
  m server_big_rows "$(( $(wc -l < "$big") - 1 ))"
  BLINQ_BIN="$BLINQ_BIN" PYTHON="$PYTHON" bash "$here/server.sh" --big "$big" --work "$run" \
    --records "$run/server.tsv" --checks "$run/server-checks.tsv" --duration "$server_duration" \
    --warmup "$server_warmup" --rounds "$server_rounds" --connections 16 \
    || printf 'server\tserver:script\tERROR\tbenches/compare/server.sh failed\n' >> "$run/server-checks.tsv"
fi

# The Python handoff: blinq's Table to polars / pyarrow / pandas, against pyarrow's to_pandas.
if "$PYTHON" -c 'import blinq' 2>/dev/null; then
  say "handoff: blinq Table -> polars, pyarrow, pandas ($rows rows of Parquet, in process)"
  m handoff_records "$run/handoff.tsv"
  m blinq_py "$("$PYTHON" -c 'import blinq, os; print(os.path.dirname(blinq.__file__))')"
  "$PYTHON" "$here/handoff.py" "$data.parquet" "$run/handoff.tsv" "$([ "$smoke" = 1 ] && echo 1 || echo 5)" \
    || printf 'handoff\thandoff:blinq\tERROR\thandoff.py failed or the frames differ\n' >> "$run/handoff-checks.tsv"
elif [ "$smoke" = 1 ]; then
  printf 'handoff\thandoff:blinq\tERROR\tblinq (Python) is not installed in %s\n' "$PYTHON" >> "$run/handoff-checks.tsv"
else
  say "handoff: skipped (no blinq in $PYTHON: pip install a wheel of blinq-py, built with --release)"
fi
# The Node handoff: Arrow IPC against JSON, through the package built in blinq-node/.
if [ -f "$root/blinq-node/dist/index.js" ] && command -v node >/dev/null; then
  say "handoff: blinq-node, Arrow IPC and JSON (at most 1e6 rows of Parquet, in process)"
  m node_handoff_records "$run/node-handoff.tsv"
  node "$here/handoff.mjs" "$data.parquet" "$run/node-handoff.tsv" "$([ "$smoke" = 1 ] && echo 1 || echo 5)" \
    "$(( rows < 1000000 ? rows : 1000000 ))" \
    || printf 'handoff\thandoff:node\tERROR\thandoff.mjs failed or Arrow and JSON differ\n' >> "$run/handoff-checks.tsv"
elif [ "$smoke" = 1 ]; then
  printf 'handoff\thandoff:node\tERROR\tblinq-node is not built (blinq-node/dist) or node is missing\n' >> "$run/handoff-checks.tsv"
else
  say "handoff: skipped the Node one (build blinq-node: cd blinq-node && npm run build)"
fi

# --- answers ------------------------------------------------------------------------------------
say "checking that the answers agree"
manifest="$run/answers.tsv"
: > "$manifest"
for q in "${q_list[@]}"; do
  [ -z "${NA[$q]:-}" ] || continue
  for fmt in "${fmt_list[@]}"; do
    for engine in blinq ${peers//,/ }; do
      printf '%s\t%s:%s\t%s\n' "$q" "$fmt" "$engine" "$run/answers/$fmt.$q.$engine.csv" >> "$manifest"
    done
  done
done
"$PYTHON" "$here/groupby.py" check-manifest "$manifest" > "$run/checks.tsv" || true
for extra in server-checks handoff-checks; do
  [ ! -f "$run/$extra.tsv" ] || cat "$run/$extra.tsv" >> "$run/checks.tsv"
done
if [ "$plots" = 1 ]; then
  for kind in line scatter; do
    for engine in blinq matplotlib; do
      png="$run/plots/$kind.$engine.png"
      if [ "$(head -c 8 "$png" 2>/dev/null | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; then
        printf '%s\t%s\tOK\t%s bytes of PNG\n' "$kind" "plot:$engine" "$(stat -c %s "$png")"
      else
        printf '%s\t%s\tERROR\tno PNG written at %s\n' "$kind" "plot:$engine" "$png"
      fi >> "$run/checks.tsv"
    done
  done
fi

m load_end "$(cut -d' ' -f1-3 /proc/loadavg)"
m elapsed_s "$(( $(date +%s) - t0 ))"
: > "$run/records.tsv"
for f in "$run"/records/*.tsv; do [ ! -f "$f" ] || cat "$f" >> "$run/records.tsv"; done
say "report"
status=0
"$PYTHON" "$here/report.py" "$meta" "$run/records.tsv" "$run/checks.tsv" "$out" || status=$?
if [ "$status" != 0 ]; then
  echo "run.sh: some tool failed or the answers disagree (above; logs and answers in $run)" >&2
fi
say "done in $(( $(date +%s) - t0 ))s$([ "$out" = - ] || echo "; tables in $out")"
exit "$status"
