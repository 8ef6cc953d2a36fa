//! Heavy work in separate processes.
//!
//! polars cannot bound its own allocations and Rust ends a process whose allocation fails,
//! so a server that loads, queries, describes and renders in its own process can be taken
//! down by one request. `blinq serve` therefore hands that work to a small pool of
//! `blinq worker` processes ([`pool`]), each capped in memory and CPU ([`limits`]) and
//! killed at the job's time limit. A job that blows up ends one worker and gets a clear
//! 413 or 408; the server and every other request carry on.
//!
//! The server keeps the catalog, the files and the HTTP side; a worker gets a [`protocol::Job`]
//! naming the files it needs and answers with metadata and bytes.

pub mod cache;
pub mod jobs;
pub mod limits;
pub mod pool;
pub mod process;
pub mod protocol;
pub mod spill;

pub use pool::{JobBody, JobOutput, Pool, PoolConfig, ResultFile};
pub use process::{WorkerArgs, main};
pub use protocol::{DatasetRef, Job, Loaded};
