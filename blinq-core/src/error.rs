//! The one error type of blinq-core.

use std::path::PathBuf;

/// Everything that can go wrong in blinq-core.
///
/// Each variant carries a message written for a person: it names the file, column or
/// table involved and, where possible, what would work instead. Bindings and the server map
/// errors to exception classes, JS error codes and HTTP statuses through
/// [`BlinqError::kind`], matched without a wildcard arm.
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
    /// A plot spec is invalid or could not be rendered.
    #[error("plot failed: {0}")]
    Plot(String),
    /// An analysis plan or pipeline is invalid for the dataset.
    #[error("invalid plan: {0}")]
    Plan(String),
    /// A configured size limit (bytes, rows, columns, cells, characters) was exceeded.
    #[error("limit exceeded: {0}")]
    Limit(String),
    /// Work ran past its time limit and was cancelled.
    #[error("timed out: {0}")]
    Timeout(String),
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
    /// An argument is not one of the values allowed (an unknown format name, a delimiter
    /// longer than one character, ...).
    #[error("invalid argument: {0}")]
    Argument(String),
}

/// The kind of a [`BlinqError`]: what bindings and servers map to their own error types.
///
/// Match it without a wildcard arm, so that a new kind fails to compile until every
/// mapping handles it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// [`BlinqError::Parse`].
    Parse,
    /// [`BlinqError::Schema`].
    Schema,
    /// [`BlinqError::Query`].
    Query,
    /// [`BlinqError::Sandbox`].
    Sandbox,
    /// [`BlinqError::Plot`].
    Plot,
    /// [`BlinqError::Plan`].
    Plan,
    /// [`BlinqError::Limit`].
    Limit,
    /// [`BlinqError::Timeout`].
    Timeout,
    /// [`BlinqError::Io`] whose file does not exist.
    NotFound,
    /// Any other [`BlinqError::Io`].
    Io,
    /// [`BlinqError::Llm`].
    Llm,
    /// [`BlinqError::Argument`].
    Argument,
}

impl ErrorKind {
    /// Every kind, for tests of the mappings.
    pub const ALL: [ErrorKind; 12] = [
        ErrorKind::Parse,
        ErrorKind::Schema,
        ErrorKind::Query,
        ErrorKind::Sandbox,
        ErrorKind::Plot,
        ErrorKind::Plan,
        ErrorKind::Limit,
        ErrorKind::Timeout,
        ErrorKind::NotFound,
        ErrorKind::Io,
        ErrorKind::Llm,
        ErrorKind::Argument,
    ];

    /// A stable, machine-readable code: `parse`, `schema`, `query`, `sandbox`, `plot`,
    /// `plan`, `limit`, `timeout`, `not_found`, `io`, `llm` or `argument`.
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::Parse => "parse",
            ErrorKind::Schema => "schema",
            ErrorKind::Query => "query",
            ErrorKind::Sandbox => "sandbox",
            ErrorKind::Plot => "plot",
            ErrorKind::Plan => "plan",
            ErrorKind::Limit => "limit",
            ErrorKind::Timeout => "timeout",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Io => "io",
            ErrorKind::Llm => "llm",
            ErrorKind::Argument => "argument",
        }
    }
}

impl std::fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl BlinqError {
    /// The kind of error.
    pub fn kind(&self) -> ErrorKind {
        match self {
            BlinqError::Parse { .. } => ErrorKind::Parse,
            BlinqError::Schema(_) => ErrorKind::Schema,
            BlinqError::Query(_) => ErrorKind::Query,
            BlinqError::Sandbox(_) => ErrorKind::Sandbox,
            BlinqError::Plot(_) => ErrorKind::Plot,
            BlinqError::Plan(_) => ErrorKind::Plan,
            BlinqError::Limit(_) => ErrorKind::Limit,
            BlinqError::Timeout(_) => ErrorKind::Timeout,
            BlinqError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
                ErrorKind::NotFound
            }
            BlinqError::Io { .. } => ErrorKind::Io,
            BlinqError::Llm(_) => ErrorKind::Llm,
            BlinqError::Argument(_) => ErrorKind::Argument,
        }
    }

    /// The stable code of [`BlinqError::kind`].
    pub fn code(&self) -> &'static str {
        self.kind().code()
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

/// What a caught panic said (its message, when it was a string), for an error message.
pub(crate) fn panic_detail(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "no detail".to_string())
}

#[cfg(test)]
mod tests {
    use super::panic_detail;

    #[test]
    fn a_caught_panic_says_its_message() {
        let quiet = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let formatted = std::panic::catch_unwind(|| panic!("index {} out of bounds", 5));
        let plain = std::panic::catch_unwind(|| panic!("plain"));
        let other = std::panic::catch_unwind(|| std::panic::panic_any(7_u8));
        std::panic::set_hook(quiet);
        assert_eq!(
            panic_detail(formatted.unwrap_err().as_ref()),
            "index 5 out of bounds"
        );
        assert_eq!(panic_detail(plain.unwrap_err().as_ref()), "plain");
        assert_eq!(panic_detail(other.unwrap_err().as_ref()), "no detail");
    }
}
