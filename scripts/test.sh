#!/usr/bin/env bash
# Run every test of the project: the Rust workspace (unit, integration and doc tests), then
# the Python package built from this checkout (dev profile, same target dir) under pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

echo "== Rust: cargo test --workspace"
cargo test --workspace --all-targets
cargo test --workspace --doc

echo "== Python: build blinq-py (dev profile) and run pytest"
venv="${BLINQ_VENV:-${HOME}/.cache/blinq-venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q --disable-pip-version-check "maturin>=1.7,<2" "pytest>=8" polars pandas pyarrow
wheels=$(mktemp -d)
trap 'rm -rf "$wheels"' EXIT
(cd blinq-py && "$venv/bin/maturin" build --profile dev --out "$wheels" --quiet)
"$venv/bin/pip" install -q --disable-pip-version-check --force-reinstall --no-deps "$wheels"/*.whl
(cd "$root/blinq-py" && "$venv/bin/python" -m pytest -q tests)
