//! The catalog: which datasets and plots exist, whose they are and where their files are.
//! One interface, two backends: SQLite in the data directory (the default: nothing to run)
//! and PostgreSQL (`--catalog postgres://…`), which several servers share.

mod postgres;
pub(crate) mod sqlite;

pub use postgres::redact;

use std::fmt::Debug;
use std::path::Path;

use super::{DatasetMeta, ImageKind, PlotMeta, StoreError, StoreResult};

/// A change to a dataset's catalog entry, applied inside the catalog's transaction.
pub type Edit<'a> = &'a dyn Fn(&mut DatasetMeta) -> StoreResult<()>;

/// One catalog row with its owner and files, as `blinq migrate` copies it.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    /// A dataset and its Parquet file.
    Dataset {
        /// Whose it is.
        owner: String,
        /// The row.
        meta: DatasetMeta,
        /// Its file, relative to the data directory.
        file: String,
    },
    /// A plot and its files (PNG, SVG, Vega-Lite: none for plots stored before them).
    Plot {
        /// Whose it is.
        owner: String,
        /// The row.
        meta: PlotMeta,
        /// PNG and SVG files, relative to the data directory.
        images: [String; 2],
        /// The Vega-Lite file.
        vega_lite: Option<String>,
    },
}

/// Rows of datasets and plots. Every method is one transaction.
pub trait Catalog: Send + Sync + Debug {
    /// Where it is, for logs (no password).
    fn describe(&self) -> String;
    /// Whether several servers can share it (so they can share files in a bucket).
    fn is_shared(&self) -> bool;
    /// Whether it answers.
    fn ping(&self) -> StoreResult<()>;
    /// Add a dataset whose file (relative to the data directory) is in place.
    fn insert_dataset(&self, owner: &str, meta: &DatasetMeta, file: &str) -> StoreResult<()>;
    /// The owner's datasets, oldest first.
    fn datasets(&self, owner: &str) -> StoreResult<Vec<DatasetMeta>>;
    /// One of the owner's datasets.
    fn dataset(&self, owner: &str, id: &str) -> StoreResult<Option<DatasetMeta>>;
    /// Read, change and write back one of the owner's datasets in one transaction; `None`
    /// when missing or someone else's.
    fn update_dataset(&self, owner: &str, id: &str, edit: Edit)
    -> StoreResult<Option<DatasetMeta>>;
    /// Remove one of the owner's datasets; `false` when missing or someone else's.
    fn delete_dataset(&self, owner: &str, id: &str) -> StoreResult<bool>;
    /// Add a plot whose files (PNG, SVG, Vega-Lite; relative paths) are in place.
    fn insert_plot(&self, owner: &str, meta: &PlotMeta, files: &[String; 3]) -> StoreResult<()>;
    /// The owner's plots, oldest first.
    fn plots(&self, owner: &str) -> StoreResult<Vec<PlotMeta>>;
    /// One of the owner's plots.
    fn plot(&self, owner: &str, id: &str) -> StoreResult<Option<PlotMeta>>;
    /// The file of one of the owner's plots: `None` when the plot is missing, `Some(None)`
    /// when it has no file of this kind (a Vega-Lite spec of a plot stored before them).
    fn plot_file(
        &self,
        owner: &str,
        id: &str,
        kind: ImageKind,
    ) -> StoreResult<Option<Option<String>>>;
    /// Remove one of the owner's plots; `false` when missing or someone else's.
    fn delete_plot(&self, owner: &str, id: &str) -> StoreResult<bool>;
    /// Every row, datasets first, oldest first.
    fn entries(&self) -> StoreResult<Vec<Entry>>;
    /// Add the entries this catalog lacks (by id; those it has are left as they are), in one
    /// transaction; returns how many were added.
    fn insert_missing(&self, entries: &[Entry]) -> StoreResult<usize>;
    /// Every file the catalog names, as `(what, relative path)` (`what`: `dataset <id>` or
    /// `plot <id>`), for the clean-up at start.
    fn files(&self) -> StoreResult<Vec<(String, String)>>;
}

/// Whether `url` names a PostgreSQL catalog.
pub fn is_postgres(url: &str) -> bool {
    let url = url.trim();
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// Open the catalog `url` names: `postgres://…` or `postgresql://…`; `None` (or
/// `sqlite`) is the SQLite file in the data directory `root`.
pub fn open(url: Option<&str>, root: &Path) -> StoreResult<Box<dyn Catalog>> {
    match url
        .map(str::trim)
        .filter(|u| !u.is_empty() && *u != "sqlite")
    {
        None => Ok(Box::new(sqlite::Sqlite::open(root)?)),
        Some(url) if is_postgres(url) => Ok(Box::new(postgres::Postgres::open(url)?)),
        Some(other) => Err(StoreError::Config(format!(
            "unknown catalog `{}`: use postgres://user@host:port/db, or leave it unset for the \
             SQLite file in the data directory",
            postgres::redact(other)
        ))),
    }
}

/// The table layout both backends share (as SQL that both accept).
const TABLES: &str = "
CREATE TABLE IF NOT EXISTS datasets (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    name TEXT NOT NULL,
    rows BIGINT NOT NULL,
    columns TEXT NOT NULL,
    file TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS datasets_owner ON datasets(owner, created_at);
CREATE TABLE IF NOT EXISTS plots (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    dataset_id TEXT NOT NULL,
    spec TEXT NOT NULL,
    png_file TEXT NOT NULL,
    svg_file TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS plots_owner ON plots(owner, created_at);
";

/// Migrations after [`TABLES`], in order; a backend records which it applied.
const MIGRATIONS: [(i32, &str); 1] = [
    // The Vega-Lite form of a plot; NULL for plots stored before there was one.
    (1, "ALTER TABLE plots ADD COLUMN vl_file TEXT"),
];

/// The catalog column of a plot file kind.
fn file_column(kind: ImageKind) -> &'static str {
    match kind {
        ImageKind::Png => "png_file",
        ImageKind::Svg => "svg_file",
        ImageKind::VegaLite => "vl_file",
    }
}

/// A dataset's columns as stored (JSON text) and back; a damaged entry reads as none.
fn columns_json(meta: &DatasetMeta) -> StoreResult<String> {
    Ok(serde_json::to_string(&meta.columns)?)
}

fn parse_columns(text: &str) -> Vec<blinq_core::ColumnInfo> {
    serde_json::from_str(text).unwrap_or_default()
}

fn parse_spec(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or(serde_json::Value::Null)
}
