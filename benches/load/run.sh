#!/usr/bin/env bash
# Load benchmark of `blinq serve` (not a test): requests/s and p50/p99 latency of
#   1. GET  /api/data/query  (a small query: count(*) over a 100,000-row dataset)
#   2. GET  /api/data/query  (a group-by over the same dataset)
#   3. POST /api/plots       (a bar chart of the same dataset, rendered as PNG + SVG and stored)
# The server is pinned to CPU 1 and the load generator (wrk) to CPU 0.
#
# Usage: benches/load/run.sh [duration, default 20s] [connections, default 8]
# Needs: wrk (Debian package `wrk`), python3, curl, taskset. Builds the release binary, unless
# BLINQ_BIN names a binary to measure instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-20s}
CONNECTIONS=${2:-8}
PORT=${BLINQ_BENCH_PORT:-18765}
TARGET=${CARGO_TARGET_DIR:-target}
BIN=${BLINQ_BIN:-$TARGET/release/blinq}
SECRET=bench-secret-0123456789abcdef
WORK=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT

if [ -z "${BLINQ_BIN:-}" ]; then cargo build --release -q -p blinq-server; fi
python3 - "$WORK/events.csv" <<'PY'
import csv, random, sys
random.seed(7)
with open(sys.argv[1], "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["category", "region", "value", "count"])
    for i in range(100_000):
        w.writerow([f"c{random.randrange(20):02d}", random.choice("NESW"), round(random.gauss(50, 15), 3), random.randrange(100)])
PY

taskset -c 1 "$BIN" serve --port "$PORT" --data-dir "$WORK/data" --jwt-secret "$SECRET" >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.2; done
TOKEN=$("$BIN" token --sub bench --ttl 1h --jwt-secret "$SECRET" --data-dir "$WORK/data")
export TOKEN
ID=$(curl -sf -H "Authorization: Bearer $TOKEN" -F file=@"$WORK/events.csv" "http://127.0.0.1:$PORT/api/data/upload" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
export PLOT_BODY="{\"dataset\": \"$ID\", \"spec\": {\"kind\": \"bar\", \"x\": \"category\", \"y\": \"value\", \"aggregate\": \"mean\"}}"
SQL="select category, count(*) as n, avg(value) as mean_value, sum(count) as total from data group by category order by category"
QUERY=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.urlencode({"dataset": sys.argv[1], "sql": sys.argv[2]}))' "$ID" "$SQL")

SMALL=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.urlencode({"dataset": sys.argv[1], "sql": "select count(*) as n from data"}))' "$ID")
echo "== GET /api/data/query (a small query: count(*)), $CONNECTIONS connections, $DURATION"
taskset -c 0 wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s benches/load/auth.lua "http://127.0.0.1:$PORT/api/data/query?$SMALL"
echo "== GET /api/data/query (group-by over 100,000 rows), $CONNECTIONS connections, $DURATION"
taskset -c 0 wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s benches/load/auth.lua "http://127.0.0.1:$PORT/api/data/query?$QUERY"
echo "== POST /api/plots (bar chart of 100,000 rows, PNG + SVG stored), $CONNECTIONS connections, $DURATION"
taskset -c 0 wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s benches/load/plot.lua "http://127.0.0.1:$PORT/api/plots"
