//! Blinq core: load tabular data, query it with sandboxed SQL, run analyses, render plots
//! and answer plain-language questions.
//!
//! ```
//! use blinq_core::{Dataset, sql::Session};
//! # fn main() -> blinq_core::Result<()> {
//! let penguins = Dataset::from_path("tests/fixtures/penguins.csv")?;
//! let session = Session::with_dataset(penguins);
//! let result = session.execute("select species, count(*) as n from data group by species order by species")?;
//! assert_eq!(result.table_json().rows[0][1], 152);
//! # Ok(()) }
//! ```

pub mod agent;
pub mod analysis;
pub mod dataset;
pub mod error;
pub mod names;
pub mod plot;
pub mod sql;

pub use agent::Answer;
pub use analysis::Pipeline;
pub use dataset::{ColumnInfo, Dataset, ExportFormat, Format, LoadOptions, TableJson};
pub use error::{BlinqError, ErrorKind, Result};
pub use plot::PlotSpec;

/// The README's Rust example, compiled by `cargo test --doc`.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeExample;

/// The crate README's example (the page crates.io shows), compiled by `cargo test --doc`.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct CrateReadmeExample;

/// The book's Rust page (docs/rust.md), every example compiled and run by `cargo test --doc`.
#[cfg(doctest)]
#[doc = include_str!("../../docs/rust.md")]
pub struct RustGuide;

/// The polars version Blinq is built on, re-exported so users can build frames for it.
pub use polars;
