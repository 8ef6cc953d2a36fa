//! Node bindings for Blinq: type conversion and calls into blinq-core, nothing more.
//!
//! This crate is the native half of the `blinq-node` package: classes `NativeDataset`,
//! `NativeTable`, `NativePlot` and `NativeAnswer` and a few functions, loaded by the
//! generated `native.cjs`. The package's API is the TypeScript in `lib/`, which wraps these.
//! Options arrive as the JSON core reads (`LoadOptions::from_json`, `PlotSpec::from_json`,
//! `Plan::from_json`, `Planner::from_spec`), so every decision is core's. Every heavy call
//! has a Promise form that runs on the libuv thread pool and a `*Sync` form; errors are made
//! in one place, [`error::js_error`].

// napi-derive registers the exports only outside `cfg(test)`, so a test build (which
// `clippy --all-targets` makes) sees every export as unused.
#![cfg_attr(test, allow(dead_code))]

mod answer;
mod dataset;
mod error;
mod plot;
mod scan;
mod table;

use napi_derive::napi;

/// The version of the blinq-node package (and of blinq-core it was built from).
#[napi]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
