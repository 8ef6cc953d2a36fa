//! Blinq's cluster engine: sandboxed SQL over Parquet files on an
//! [Apache DataFusion Ballista](https://datafusion.apache.org/ballista/) cluster.
//!
//! A dataset too large for one machine is queried on a cluster: a Ballista scheduler splits
//! the query into stages and its executors read the Parquet files (from a shared directory
//! or an S3-compatible store), each with a memory pool of its own. Blinq sends only checked
//! queries ([`sandbox`]: the same allowlist as `blinq_core::sql`, applied to the tree
//! DataFusion's parser builds, and DataFusion's own DDL/DML/statement switches off), under
//! the same row and time limits, and gets the result back as Arrow, read into a polars
//! `DataFrame` ([`frame`]), so answers, plots and exports work as with the built-in engine.
//!
//! The scheduler and executor run from this crate too ([`node`]): `blinq cluster scheduler`
//! and `blinq cluster executor` (blinq-server's `cluster` feature).
//!
//! ```no_run
//! # async fn example() -> Result<(), blinq_cluster::ClusterError> {
//! use blinq_cluster::{Engine, Table};
//!
//! let engine = Engine::from_url("ballista://127.0.0.1:50050")?;
//! let tables = [Table::new("flights", "/data/flights.parquet")];
//! let result = engine
//!     .query(&tables, "SELECT origin, COUNT(*) AS n FROM flights GROUP BY origin")
//!     .await?;
//! println!("{}", result.frame);
//! # Ok(())
//! # }
//! ```

pub mod dialect;
mod engine;
mod error;
pub mod frame;
pub mod node;
pub mod sandbox;

pub use engine::{Engine, S3Access, Table};
pub use error::{ClusterError, Result};
