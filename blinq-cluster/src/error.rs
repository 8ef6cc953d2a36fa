//! The cluster engine's errors.

use blinq_core::BlinqError;

/// What went wrong on the cluster path.
#[derive(Debug, thiserror::Error)]
pub enum ClusterError {
    /// Refused or failed in Blinq's own terms: the sandbox, an unknown table or column, the
    /// time limit ([`BlinqError::Sandbox`], [`BlinqError::Query`], [`BlinqError::Timeout`]).
    #[error(transparent)]
    Core(#[from] BlinqError),
    /// The engine address is not `ballista://HOST:PORT`.
    #[error("invalid engine address `{0}`: write it as ballista://HOST:PORT")]
    Address(String),
    /// The scheduler could not be reached, or has no executors to run on.
    #[error("the Ballista scheduler at {address} could not run the query: {message}")]
    Unavailable {
        /// The scheduler's `HOST:PORT`.
        address: String,
        /// What the client saw.
        message: String,
    },
    /// The cluster took the query and it failed there (an executor lost for good, a file
    /// the executors cannot read).
    #[error("the cluster could not finish the query: {0}")]
    Engine(String),
    /// A scheduler or executor could not start, or stopped with an error.
    #[error("the cluster node stopped: {0}")]
    Node(String),
}

/// Results of the cluster engine.
pub type Result<T, E = ClusterError> = std::result::Result<T, E>;
