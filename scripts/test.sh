#!/usr/bin/env bash
# Run every test of the project: the Rust workspace (unit, integration and doc tests), then
# the Python package built from this checkout (dev profile, same target dir) under pytest,
# then the Node package (same build) under node --test, then the web app in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# Tests that use ../shared/data beside the checkout fail when it is missing, instead of
# quietly running on the smaller fixtures.
export BLINQ_REQUIRE_SHARED_DATA=1

echo "== Kafka: a single-node broker for the notification tests (scripts/kafka.sh)"
export BLINQ_KAFKA_PORT="${BLINQ_KAFKA_PORT:-19092}" BLINQ_KAFKA_CONTROLLER_PORT="${BLINQ_KAFKA_CONTROLLER_PORT:-19093}"
export BLINQ_KAFKA_DIR="${BLINQ_KAFKA_DIR:-$(mktemp -d)}"
bash scripts/kafka.sh fetch
trap 'bash scripts/kafka.sh stop || true; bash scripts/postgres.sh stop || true' EXIT
bash scripts/kafka.sh start
export BLINQ_TEST_KAFKA="127.0.0.1:$BLINQ_KAFKA_PORT" BLINQ_REQUIRE_KAFKA=1

echo "== PostgreSQL: a server for the catalog tests (scripts/postgres.sh)"
export BLINQ_PG_PORT="${BLINQ_PG_PORT:-55433}"
export BLINQ_PG_DIR="${BLINQ_PG_DIR:-$(mktemp -d)}"
bash scripts/postgres.sh start
BLINQ_TEST_POSTGRES="$(bash scripts/postgres.sh url)"
export BLINQ_TEST_POSTGRES

echo "== S3: an S3-compatible server for the replica tests (scripts/s3.sh; each test starts its own)"
bash scripts/s3.sh fetch

echo "== Rust: cargo test --workspace (with blinq-server's \`cluster\` feature: the Ballista engine's tests)"
# One feature set for every cargo command of this script, so each reuses the same build.
features=(--features blinq-server/cluster)
# Every test runs once, the Kafka ones (tests/it/kafka.rs, notify::kafka) included. The output is
# kept in a file under $BLINQ_ARTIFACTS; a failing Kafka integration test also copies its own
# broker's log there (the tests read BLINQ_ARTIFACTS).
artifacts="${BLINQ_ARTIFACTS:-$HOME/.cache/blinq-artifacts}/test-$(date -u +%Y%m%dT%H%M%SZ)-$$"
mkdir -p "$artifacts"
export BLINQ_ARTIFACTS="$artifacts"
rust_log="$artifacts/cargo-test.log"
if ! cargo test --workspace "${features[@]}" --lib --bins --tests --examples 2>&1 | tee "$rust_log"; then
  {
    echo "!! cargo test failed; its full output (with the replicas' logs of a failing Kafka test): $rust_log"
    echo "!! the shared Kafka broker's log: $BLINQ_KAFKA_DIR/kafka.log"
    for log in "$artifacts"/kafka-broker-*.log; do
      if [ -e "$log" ]; then echo "!! the log of a failing Kafka test's own broker: $log"; fi
    done
  } >&2
  exit 1
fi
rm -f "$rust_log" && rmdir "$artifacts" 2>/dev/null || true
cargo test --workspace "${features[@]}" --bench '*'   # the criterion benches in test mode (their CLI has no --skip); --benches would run every lib's unit tests again
cargo test --workspace "${features[@]}" --doc
bash scripts/kafka.sh stop
bash scripts/postgres.sh stop
trap - EXIT

echo "== Python: build blinq-py (dev profile) and run pytest"
venv="${BLINQ_VENV:-${HOME}/.cache/blinq-venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q --disable-pip-version-check "maturin>=1.7,<2" "pytest>=8" "mypy>=1.10" polars pandas pyarrow duckdb \
  altair nbclient ipykernel nbformat  # tests/test_vega_lite.py: Altair, and a notebook run by a real kernel
wheels=$(mktemp -d)
trap 'rm -rf "$wheels"' EXIT
(cd blinq-py && "$venv/bin/maturin" build --profile dev --out "$wheels" --quiet)
"$venv/bin/pip" install -q --disable-pip-version-check --force-reinstall --no-deps "$wheels"/*.whl
(cd "$root/blinq-py" && "$venv/bin/python" -m pytest -q tests)

echo "== Node: build blinq-node (dev profile, same target dir) and run node --test"
(cd "$root/blinq-node" && npm ci --no-audit --no-fund && npm run build && npm test)

echo "== The cluster scaling script, smoke run (benches/compare/cluster.sh --smoke: the tests' blinq, built with the cluster feature)"
cluster_work=$(mktemp -d)
BLINQ_BIN="${CARGO_TARGET_DIR:-$root/target}/debug/blinq" PYTHON="$venv/bin/python" \
  bash benches/compare/cluster.sh --smoke --work "$cluster_work"
rm -rf "$cluster_work"

echo "== Web app: the page \`blinq serve\` embeds, end to end in Chromium (playwright-core)"
chromium="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "the web app tests need Chromium at $chromium: apt-get install chromium (Debian), or set CHROMIUM" >&2
  exit 1
fi
# The same features as the tests: without them cargo builds polars' upper crates a second
# time for another feature set (minutes on a cold machine).
cargo build -p blinq-server --bin blinq "${features[@]}"
(cd "$root/blinq-server/web" && npm ci --no-audit --no-fund \
  && CHROMIUM="$chromium" BLINQ_BIN="${CARGO_TARGET_DIR:-$root/target}/debug/blinq" npm test)
