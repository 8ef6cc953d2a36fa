//! The one error type of blinq-core.

use std::path::PathBuf;

/// Everything that can go wrong in blinq-core.
///
/// Each variant carries a message written for a person: it names the file, column or
/// table involved and, where possible, what would work instead. Bindings and the server map
/// variants to exception classes, JS error codes and HTTP statuses through [`BlinqError::code`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BlinqError {
    /// A file or buffer could not be parsed (malformed CSV, invalid JSON, not Parquet, ...).
    #[error("could not read {source_name}: {message}")]
    Parse {
        /// The file name, path or `<bytes>` for in-memory input.
        source_name: String,
        /// What was wrong, with line/column when known.
        message: String,
    },
    /// A column, table or type does not fit what was asked (unknown column, wrong dtype).
    #[error("{0}")]
    Schema(String),
    /// A query failed to plan or execute.
    #[error("query failed: {0}")]
    Query(String),
    /// A query was refused by the SQL sandbox before it ran.
    #[error("query refused: {0}")]
    Sandbox(String),
    /// A plot spec could not be rendered.
    #[error("plot failed: {0}")]
    Plot(String),
    /// An analysis plan or pipeline is invalid for the dataset.
    #[error("invalid plan: {0}")]
    Plan(String),
    /// A configured limit (bytes, rows, columns, time) was exceeded.
    #[error("limit exceeded: {0}")]
    Limit(String),
    /// A file could not be opened, read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path involved.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// The language-model planner failed (network, protocol, or an unusable answer).
    #[error("language model: {0}")]
    Llm(String),
}

impl BlinqError {
    /// A stable, machine-readable code for the variant: `parse`, `schema`, `query`,
    /// `sandbox`, `plot`, `plan`, `limit`, `io` or `llm`.
    pub fn code(&self) -> &'static str {
        match self {
            BlinqError::Parse { .. } => "parse",
            BlinqError::Schema(_) => "schema",
            BlinqError::Query(_) => "query",
            BlinqError::Sandbox(_) => "sandbox",
            BlinqError::Plot(_) => "plot",
            BlinqError::Plan(_) => "plan",
            BlinqError::Limit(_) => "limit",
            BlinqError::Io { .. } => "io",
            BlinqError::Llm(_) => "llm",
        }
    }

    pub(crate) fn parse(source_name: impl Into<String>, message: impl ToString) -> Self {
        BlinqError::Parse {
            source_name: source_name.into(),
            message: message.to_string(),
        }
    }

    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        BlinqError::Io {
            path: path.into(),
            source,
        }
    }
}

/// `Result` with [`BlinqError`].
pub type Result<T, E = BlinqError> = std::result::Result<T, E>;

/// Strip polars' internal context lines ("Resolved plan until failure", error context arrows)
/// so a person sees the first, meaningful line.
pub(crate) fn polars_message(err: &polars::prelude::PolarsError) -> String {
    let text = err.to_string();
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next().unwrap_or("unknown error").to_string();
    first
        .trim_start_matches("ErrString(")
        .trim_end_matches(')')
        .to_string()
}
