#!/usr/bin/env bash
# The server comparison of benches/compare/run.sh (also runnable alone): `blinq serve` against
# the Python prototype's stack (FastAPI + pandas + DuckDB + PyJWT, benches/compare/server.py),
# Datasette and ROAPI, on one query route, driven by wrk.
#
# Usage: bash benches/compare/server.sh --big CSV --work DIR --records OUT.tsv --checks OUT.tsv
#          [--duration 10s] [--warmup 2s] [--connections 16] [--rounds 3]
#          [--servers blinq,fastapi,datasette,roapi] [--variants same,distinct]
#
# Every server runs on CPU 1 (taskset) and wrk on CPU 0, one thread, so each side has one core.
# Two datasets: penguins (344 rows, the repo's fixture) and BIG (db-benchmark's groupby shape);
# on each a group-by with an ORDER BY. Each server answers each query once before it is timed
# and the answers are compared (the same rows in the same order, numbers within 1e-9). Rounds
# alternate the order of the servers. Two variants of each query: `same` sends the same text
# every time (what a dashboard refreshing does; a server may answer from a cache), `distinct`
# ends each request's SQL in a LIMIT of its own (one million and up, so the answer does not
# change but no two texts are equal: every request is planned and run). Records: dataset,
# variant, round, engine, requests/s, p50 ms, p99 ms, non-2xx answers, socket errors.
#
# What each server does per request: Blinq and the baseline check a bearer token (HS256) and
# the dataset's owner; Datasette and ROAPI have no authentication configured (neither does by
# default), so they do less. Blinq runs the SQL through its sandbox (row and time caps) in a
# worker process; Datasette runs SQLite with its time limit raised to 60 s so the BIG query
# is not cut off; ROAPI runs DataFusion over the CSVs loaded in memory at start (penguins with
# its `NA` fields blanked: DataFusion's CSV reader has no null strings).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
big="" work="" records="" checks=""
duration=10s warmup=2s connections=16 rounds=3 servers=blinq,fastapi,datasette,roapi
variants=same,distinct
while [ $# -gt 0 ]; do
  case "$1" in
    --big) big=$2; shift ;;
    --work) work=$2; shift ;;
    --records) records=$2; shift ;;
    --checks) checks=$2; shift ;;
    --duration) duration=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --connections) connections=$2; shift ;;
    --rounds) rounds=$2; shift ;;
    --servers) servers=$2; shift ;;
    --variants) variants=$2; shift ;;
    *) echo "server.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
for v in big work records checks; do
  [ -n "${!v}" ] || { echo "server.sh: --$v is required" >&2; exit 2; }
done
: "${BLINQ_BIN:?server.sh: set BLINQ_BIN to the blinq binary}"
PYTHON=${PYTHON:-python3}
command -v wrk >/dev/null || { echo "server.sh: needs wrk (apt-get install wrk)" >&2; exit 2; }
venv_bin=$(dirname "$PYTHON")
IFS=, read -r -a server_list <<< "$servers"
for s in "${server_list[@]}"; do
  case "$s" in
    blinq) ;;
    fastapi) "$PYTHON" -c 'import fastapi, uvicorn, jwt, multipart' 2>/dev/null \
      || { echo "server.sh: $PYTHON -m pip install fastapi uvicorn pyjwt python-multipart" >&2; exit 2; } ;;
    datasette) [ -x "$venv_bin/datasette" ] || { echo "server.sh: $PYTHON -m pip install datasette" >&2; exit 2; } ;;
    roapi) [ -x "$venv_bin/roapi" ] || { echo "server.sh: $PYTHON -m pip install roapi" >&2; exit 2; } ;;
    *) echo "server.sh: unknown server $s" >&2; exit 2 ;;
  esac
done

pin_server=() pin_load=()
if [ "$(nproc)" -ge 2 ] && command -v taskset >/dev/null; then
  pin_server=(taskset -c 1) pin_load=(taskset -c 0)
fi

dir="$work/server"
rm -rf "$dir"
mkdir -p "$dir/answers"
pids=()
cleanup() {
  local p
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT

free_port() { "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_up() {  # URL NAME
  local i
  for i in $(seq 150); do curl -sf -o /dev/null "$1" && return 0; sleep 0.2; done
  echo "server.sh: $2 did not answer $1 (its log: $dir/$2.log)" >&2
  tail -n 20 "$dir/$2.log" >&2 || true
  exit 1
}
urlenc() { "$PYTHON" -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

penguins="$root/blinq-core/tests/fixtures/penguins.csv"
declare -A file=([penguins]="$penguins" [big]="$big")
declare -A sql=(
  [penguins]="select species, count(*) as n, avg(body_mass_g) as mean_body_mass_g from {t} group by species order by species"
  [big]="select id1, count(*) as n, sum(v1) as v1, avg(v3) as v3 from {t} group by id1 order by id1"
)
datasets=(penguins big)
secret=bench-secret-0123456789abcdef0123456789
declare -A url=() token=() method=() body=() server_pid=()

upload_all() {  # ENGINE PORT: upload every dataset (Blinq's API, which the baseline copies)
  local e=$1 port=$2 d id
  for d in "${datasets[@]}"; do
    id=$(curl -sf -H "Authorization: Bearer ${token[$e]}" -F "file=@${file[$d]}" \
      "http://127.0.0.1:$port/api/data/upload" | "$PYTHON" -c 'import json, sys; print(json.load(sys.stdin)["id"])')
    url[$e.$d]="http://127.0.0.1:$port/api/data/query?dataset=$id&sql=$(urlenc "${sql[$d]//\{t\}/data}")"
  done
}

start_blinq() {
  local port; port=$(free_port)
  "${pin_server[@]}" "$BLINQ_BIN" serve --port "$port" --data-dir "$dir/blinq-data" --jwt-secret "$secret" \
    > "$dir/blinq.log" 2>&1 &
  pids+=($!); server_pid[blinq]=$!
  wait_up "http://127.0.0.1:$port/health" blinq
  token[blinq]=$("$BLINQ_BIN" token --sub bench --ttl 2h --jwt-secret "$secret" --data-dir "$dir/blinq-data")
  upload_all blinq "$port"
}

start_fastapi() {
  local port; port=$(free_port)
  "${pin_server[@]}" "$PYTHON" "$here/server.py" baseline "$port" "$secret" > "$dir/fastapi.log" 2>&1 &
  pids+=($!); server_pid[fastapi]=$!
  wait_up "http://127.0.0.1:$port/health" fastapi
  token[fastapi]=$("$PYTHON" "$here/server.py" token "$secret" bench)
  upload_all fastapi "$port"
}

start_datasette() {
  local port d; port=$(free_port)
  for d in "${datasets[@]}"; do "$PYTHON" "$here/server.py" sqlite "${file[$d]}" "$dir/$d.db" data; done
  "${pin_server[@]}" "$venv_bin/datasette" serve "$dir/penguins.db" "$dir/big.db" --host 127.0.0.1 \
    --port "$port" --setting sql_time_limit_ms 60000 > "$dir/datasette.log" 2>&1 &
  pids+=($!); server_pid[datasette]=$!
  wait_up "http://127.0.0.1:$port/-/versions.json" datasette
  for d in "${datasets[@]}"; do
    url[datasette.$d]="http://127.0.0.1:$port/$d.json?_shape=array&sql=$(urlenc "${sql[$d]//\{t\}/data}")"
  done
}

start_roapi() {
  local port pg flight d; port=$(free_port); pg=$(free_port); flight=$(free_port)
  "$PYTHON" "$here/server.py" blank-na "${file[penguins]}" "$dir/penguins-blank-na.csv"
  "${pin_server[@]}" "$venv_bin/roapi" -a "127.0.0.1:$port" -p "127.0.0.1:$pg" --addr-flight-sql "127.0.0.1:$flight" \
    -t "penguins=$dir/penguins-blank-na.csv" -t "big=${file[big]}" > "$dir/roapi.log" 2>&1 &
  pids+=($!); server_pid[roapi]=$!
  wait_up "http://127.0.0.1:$port/api/schema" roapi
  method[roapi]=POST
  for d in "${datasets[@]}"; do
    url[roapi.$d]="http://127.0.0.1:$port/api/sql"
    body[roapi.$d]="${sql[$d]//\{t\}/$d}"
  done
}

ask() {  # ENGINE DATASET OUT: one request with curl, the answer to OUT
  local e=$1 d=$2 args=(-sf -o "$3")
  [ -z "${token[$e]:-}" ] || args+=(-H "Authorization: Bearer ${token[$e]}")
  [ -z "${body[$e.$d]:-}" ] || args+=(-X "${method[$e]}" --data-binary "${body[$e.$d]}")
  curl "${args[@]}" "${url[$e.$d]}"
}

# settle ENGINE: wait (up to a minute) until that server's processes are idle again. A server
# that queued requests it could not answer in time (Datasette on the big query) goes on
# working after wrk stops, and would slow down whichever server is measured next on its core.
settle() {
  [ -n "$1" ] || return 0
  local root=${server_pid[$1]:-} i before after
  [ -n "$root" ] || return 0
  for i in $(seq 120); do
    before=$(tree_ticks "$root"); sleep 0.5; after=$(tree_ticks "$root")
    # Clock ticks are 1/100 s: under 5 in half a second is under a tenth of a core.
    (( after - before < 5 )) && return 0
  done
  echo "   ($1 still busy after a minute; measuring on)"
}

tree_ticks() {  # PID: CPU clock ticks (user + system) of the process and its descendants
  local total=0 p child
  local stack=("$1")
  while [ ${#stack[@]} -gt 0 ]; do
    p=${stack[-1]}; unset 'stack[-1]'
    if [ -r "/proc/$p/stat" ]; then
      total=$(( total + $(sed 's/.*) //' "/proc/$p/stat" | awk '{ print $12 + $13 }') ))
    fi
    for child in $(cat /proc/"$p"/task/*/children 2>/dev/null); do stack+=("$child"); done
  done
  echo "$total"
}

drive() {  # ENGINE DATASET VARIANT DURATION: wrk on CPU 0, prints the WRK json line
  local e=$1 d=$2 distinct=0
  [ "$3" = same ] || distinct=1
  WRK_DISTINCT=$distinct TOKEN="${token[$e]:-}" WRK_METHOD="${method[$e]:-}" WRK_BODY="${body[$e.$d]:-}" \
    "${pin_load[@]}" wrk -t1 -c"$connections" -d"$4" --timeout 60s --latency -s "$here/wrk.lua" "${url[$e.$d]}" \
    | sed -n 's/^WRK //p'
}

for s in "${server_list[@]}"; do
  echo "   starting $s"
  "start_$s"
done

: > "$records"
: > "$checks"
for d in "${datasets[@]}"; do
  answers=()
  for s in "${server_list[@]}"; do
    if ask "$s" "$d" "$dir/answers/$d.$s.json"; then
      answers+=("$dir/answers/$d.$s.json")
    else
      printf 'server-%s\tserver:%s\tERROR\tthe query failed (log: %s)\n' "$d" "$s" "$dir/$s.log" >> "$checks"
    fi
  done
  if [ ${#answers[@]} -gt 1 ]; then
    "$PYTHON" "$here/server.py" check "${answers[@]}" | while IFS=$'\t' read -r status path detail; do
      [ "$status" = OK ] || [ "$status" = MISMATCH ] || continue
      engine=$(basename "$path" .json); engine=${engine#"$d".}
      printf 'server-%s\tserver:%s\t%s\t%s\n' "$d" "$engine" "$status" "$detail" >> "$checks"
    done
  fi
done

n=${#server_list[@]}
last=""
IFS=, read -r -a variant_list <<< "$variants"
for d in "${datasets[@]}"; do
  for v in "${variant_list[@]}"; do
    for (( r = 0; r < rounds; r++ )); do
      for (( i = 0; i < n; i++ )); do
        s=${server_list[$(( (i + r) % n ))]}
        settle "$last"
        [ "$warmup" = 0 ] || drive "$s" "$d" "$v" "$warmup" > /dev/null
        line=$(drive "$s" "$d" "$v" "$duration")
        last=$s
        echo "   $d $v round $((r + 1)) $s: $line"
        "$PYTHON" - "$d" "$v" "$((r + 1))" "$s" "$line" >> "$records" <<'PY'
import json, sys
d, v, r, s, line = sys.argv[1:6]
w = json.loads(line)
rps = w["requests"] / (w["duration_us"] / 1e6)
print(f"{d}\t{v}\t{r}\t{s}\t{rps:.1f}\t{w['p50_us'] / 1e3:.2f}\t{w['p99_us'] / 1e3:.2f}\t{w['non2xx']}\t{w['socket_errors']}")
PY
      done
    done
  done
done
