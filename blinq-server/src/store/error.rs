//! What the store can fail with; the server maps it to HTTP in `crate::error`.

/// A store failure.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No dataset with this id belongs to the caller.
    #[error("no dataset with id `{0}`; list yours with GET /api/data")]
    NoDataset(String),
    /// No plot with this id belongs to the caller.
    #[error("no plot with id `{0}`; list yours with GET /api/plots")]
    NoPlot(String),
    /// The plot was stored before plots had a Vega-Lite form.
    #[error(
        "plot `{0}` was stored before interactive charts existed, so it has no Vega-Lite form; \
         draw it again (POST /api/plots with its spec) to get one"
    )]
    NoVegaLite(String),
    /// The SQLite catalog failed.
    #[error("catalog error: {0}")]
    Catalog(#[from] rusqlite::Error),
    /// The PostgreSQL catalog failed.
    #[error("catalog error: {0}")]
    Postgres(#[from] postgres::Error),
    /// The catalog server cannot be reached.
    #[error("{0}")]
    Unreachable(String),
    /// The catalog setting is wrong.
    #[error("{0}")]
    Config(String),
    /// A file the catalog names is not in the file store.
    #[error("`{0}` is missing from the file store")]
    Missing(String),
    /// Reading or writing the data directory failed.
    #[error("storage error: {0}")]
    Io(#[from] std::io::Error),
    /// A catalog entry could not be encoded.
    #[error("catalog entry: {0}")]
    Encode(#[from] serde_json::Error),
    /// What was asked to be stored does not fit the dataset (a data dictionary naming a
    /// column it does not have).
    #[error(transparent)]
    Invalid(#[from] blinq_core::BlinqError),
    /// Another thread panicked holding the catalog.
    #[error("the catalog lock is poisoned")]
    Poisoned,
}

/// `Result` with [`StoreError`].
pub type StoreResult<T> = Result<T, StoreError>;
