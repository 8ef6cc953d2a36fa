//! The command-line interface: one module per subcommand.

mod ask;
#[cfg(feature = "cluster")]
mod cluster;
mod describe;
mod load;
mod migrate;
mod output;
mod plot;
mod query;
mod serve;
mod token;

use clap::{Parser, Subcommand};

pub use load::{Source, load_columns, load_dataset, load_or_scan};

/// Blinq: load a dataset, query it with SQL, describe it, plot it.
#[derive(Debug, Parser)]
#[command(name = "blinq", version, about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run a SQL query over a file; the table is called `data` and also by the file's stem.
    Query(query::QueryArgs),
    /// Summarise every column of a file: counts, nulls, mean, quartiles, top values.
    Describe(describe::DescribeArgs),
    /// Serve the REST API (prints a ready token and the URLs at start).
    Serve(Box<blinq_server::ServeArgs>),
    /// Mint a token with the configured secret; prints the token alone.
    Token(token::TokenArgs),
    /// Draw a chart of a file to PNG or SVG, from flags or a JSON plot spec.
    Plot(plot::PlotArgs),
    /// Answer a plain-language question about a file with a table or a chart (offline).
    Ask(ask::AskArgs),
    /// Copy the catalog of a data directory into PostgreSQL (resumable, verified), for
    /// servers started with `--catalog`.
    Migrate(migrate::MigrateArgs),
    /// Run an Apache DataFusion Ballista scheduler or executor, for `--engine ballista://`
    /// (built with the `cluster` feature).
    #[cfg(feature = "cluster")]
    Cluster(cluster::ClusterArgs),
    /// A worker process of `blinq serve` (started by the server, not by people).
    #[command(hide = true)]
    Worker(blinq_server::worker::WorkerArgs),
}

/// An error that ends the command, printed as one line.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// An error from blinq-core.
    #[error(transparent)]
    Core(#[from] blinq_core::BlinqError),
    /// Writing the output failed.
    #[error("could not write output: {0}")]
    Output(#[from] std::io::Error),
    /// The arguments do not fit together.
    #[error("{0}")]
    Usage(String),
    /// The server failed to start or stopped with an error.
    #[error(transparent)]
    Server(#[from] blinq_server::ApiError),
    /// The cluster engine failed (`--engine`, `blinq cluster`).
    #[cfg(feature = "cluster")]
    #[error(transparent)]
    Cluster(#[from] blinq_cluster::ClusterError),
    /// A worker process had to stop.
    #[error("blinq worker: {0}")]
    Worker(String),
}

impl CliError {
    /// The process exit code: 2 for usage errors, 1 for everything else.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => 2,
            _ => 1,
        }
    }
}

/// Run the parsed command line.
pub fn run(cli: Cli) -> Result<(), CliError> {
    match cli.command {
        Command::Query(args) => query::run(args),
        Command::Describe(args) => describe::run(args),
        Command::Serve(args) => serve::run(*args),
        Command::Token(args) => token::run(args),
        Command::Plot(args) => plot::run(args),
        Command::Ask(args) => ask::run(args),
        Command::Migrate(args) => migrate::run(args),
        #[cfg(feature = "cluster")]
        Command::Cluster(args) => cluster::run(args),
        Command::Worker(args) => blinq_server::worker::main(args).map_err(CliError::Worker),
    }
}
