#!/usr/bin/env bash
# Run every test of the project: the Rust workspace (unit, integration and doc tests).
# Later stages (Python, Node, Kafka) add themselves here as they land.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo test --workspace --all-targets
cargo test --workspace --doc
