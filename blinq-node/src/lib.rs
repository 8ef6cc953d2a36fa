//! Node bindings for Blinq: type conversion and calls into blinq-core, nothing more.
//!
//! Every heavy call has a Promise form that runs on the libuv thread pool (an `AsyncTask`)
//! and a `*Sync` form for scripts. Errors are JS `Error`s with a stable `code`
//! (`BLINQ_PARSE`, `BLINQ_SANDBOX`, ...) made in one place, `error::js_error`.

// napi-derive registers the exports only outside `cfg(test)`, so a test build (which
// `clippy --all-targets` makes) sees every export as unused.
#![cfg_attr(test, allow(dead_code))]

mod answer;
mod dataset;
mod error;
mod plot;
mod table;

use napi_derive::napi;

/// The version of the blinq-node package (and of blinq-core it was built from).
#[napi]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
