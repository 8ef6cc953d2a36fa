#!/bin/sh
# rustc for the workspace's own crates in CI (cargo's RUSTC_WORKSPACE_WRAPPER): clippy-driver
# compiles each crate exactly as rustc would and runs clippy's lints on the way, warnings
# denied. CI so lints the very build it tests, instead of `cargo clippy` checking every
# dependency (polars, DataFusion, ...) a second time: that separate `check` build took
# 12.8 minutes cold on 2 cores. Dependencies are compiled by plain rustc, as before.
exec clippy-driver "$@" -D warnings
