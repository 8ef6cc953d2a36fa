//! Persistent storage: datasets as Parquet files and plots as PNG/SVG files under the data
//! directory, with a SQLite catalog (WAL, so several server processes can share one dir).
//!
//! Every write goes to a temporary file in the target directory, is synced and renamed into
//! place, and only then is the catalog row inserted; a delete removes the row first, then
//! the files. So a crash at any point leaves at worst a file without a catalog row (or a
//! temporary file), never a row without its file; [`recover`] removes those leftovers when
//! the server starts. The catalog and every data file are readable by their owner only.

mod error;
mod recover;

pub use error::{StoreError, StoreResult};
pub use recover::Recovery;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use blinq_core::ColumnInfo;
use blinq_core::dataset::Dictionary;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::worker::{DatasetRef, Loaded};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS datasets (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    name TEXT NOT NULL,
    rows INTEGER NOT NULL,
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

/// Columns added after the first release, added to older catalogs when opened: (table,
/// column, definition).
const ADDED_COLUMNS: [(&str, &str, &str); 1] = [
    // The Vega-Lite form of a plot; NULL for plots stored before there was one.
    ("plots", "vl_file", "TEXT"),
];

/// A dataset's catalog entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DatasetMeta {
    /// The dataset id.
    pub id: String,
    /// Its name (its table name in SQL).
    pub name: String,
    /// Number of rows.
    pub rows: u64,
    /// Column names and types.
    pub columns: Vec<ColumnInfo>,
    /// When it was uploaded (RFC 3339, UTC).
    pub created_at: String,
}

/// A plot's catalog entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlotMeta {
    /// The plot id.
    pub id: String,
    /// The dataset it was drawn from.
    pub dataset_id: String,
    /// The plot spec, as JSON.
    pub spec: serde_json::Value,
    /// When it was created (RFC 3339, UTC).
    pub created_at: String,
}

/// An image kind a plot is stored as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageKind {
    /// PNG bitmap.
    Png,
    /// SVG vector image.
    Svg,
    /// Vega-Lite v5 specification (JSON).
    VegaLite,
}

/// The files of a rendered plot.
#[derive(Debug, Clone, Default)]
pub struct PlotFiles {
    /// The PNG image.
    pub png: Vec<u8>,
    /// The SVG image.
    pub svg: Vec<u8>,
    /// The Vega-Lite v5 specification (JSON text).
    pub vega_lite: Vec<u8>,
}

/// Add the [`ADDED_COLUMNS`] an older catalog lacks. Another server opening the same
/// directory may add one first: its "duplicate column" is not an error.
fn add_columns(conn: &Connection) -> StoreResult<()> {
    for (table, column, definition) in ADDED_COLUMNS {
        let exists: bool = conn.query_row(
            &format!("SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = ?1"),
            params![column],
            |r| r.get::<_, i64>(0).map(|n| n > 0),
        )?;
        if exists {
            continue;
        }
        match conn.execute_batch(&format!(
            "ALTER TABLE {table} ADD COLUMN {column} {definition}"
        )) {
            Err(rusqlite::Error::SqliteFailure(_, Some(m))) if m.contains("duplicate column") => {}
            other => other?,
        }
    }
    Ok(())
}

/// The catalog file in the data directory.
pub const CATALOG: &str = "catalog.sqlite3";

/// The catalog and the files.
#[derive(Debug)]
pub struct Store {
    root: PathBuf,
    conn: Mutex<Connection>,
    /// Held (shared) while the server runs, so that a server starting on the same directory
    /// knows whether others are writing to it.
    _lock: fs::File,
}

impl Store {
    /// Open (creating if needed) the store in `root` and clean up after a crash; returns the
    /// store and what the clean-up found.
    pub fn open(root: &Path) -> StoreResult<(Self, Recovery)> {
        for dir in ["datasets", "plots", "tmp"] {
            private_dir(&root.join(dir))?;
        }
        let catalog = root.join(CATALOG);
        private_file(&catalog)?;
        let conn = Connection::open(&catalog)?;
        conn.busy_timeout(Duration::from_secs(10))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.execute_batch(SCHEMA)?;
        add_columns(&conn)?;
        for side in ["-wal", "-shm"] {
            let path = root.join(format!("{CATALOG}{side}"));
            if path.exists() {
                private_file(&path)?;
            }
        }
        let (lock, recovery) = recover::on_open(root, &conn)?;
        let store = Store {
            root: root.to_path_buf(),
            conn: Mutex::new(conn),
            _lock: lock,
        };
        Ok((store, recovery))
    }

    /// Where uploads and large results wait (cleared at start).
    pub fn tmp_dir(&self) -> PathBuf {
        self.root.join("tmp")
    }

    /// The data directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    fn conn(&self) -> StoreResult<std::sync::MutexGuard<'_, Connection>> {
        self.conn.lock().map_err(|_| StoreError::Poisoned)
    }

    /// Check that files can be written and the catalog answers.
    pub fn check_ready(&self) -> StoreResult<()> {
        let probe = self
            .root
            .join("datasets")
            .join(format!(".ready-{}", uuid::Uuid::new_v4()));
        fs::write(&probe, b"ok")?;
        fs::remove_file(&probe)?;
        self.conn()?
            .query_row("SELECT count(*) FROM datasets", [], |r| r.get::<_, i64>(0))?;
        Ok(())
    }

    /// A new dataset id and the temporary path its Parquet file is written to.
    pub fn new_dataset_file(&self) -> (String, PathBuf) {
        let id = uuid::Uuid::new_v4().to_string();
        let temp = self
            .root
            .join("datasets")
            .join(format!(".tmp-{id}.parquet"));
        (id, temp)
    }

    /// Make the dataset written to `temp` (by [`Store::new_dataset_file`]) `owner`'s: the
    /// file is renamed into place, then the catalog row inserted.
    pub fn commit_dataset(
        &self,
        owner: &str,
        id: &str,
        temp: &Path,
        name: &str,
        loaded: Loaded,
    ) -> StoreResult<DatasetMeta> {
        let file = format!("datasets/{id}.parquet");
        let target = self.root.join(&file);
        fs::rename(temp, &target)?;
        sync_dir(&self.root.join("datasets"));
        let meta = DatasetMeta {
            id: id.to_string(),
            name: name.to_string(),
            rows: loaded.rows,
            columns: loaded.columns,
            created_at: now(),
        };
        let columns = serde_json::to_string(&meta.columns)?;
        let inserted = self.conn()?.execute(
            "INSERT INTO datasets (id, owner, name, rows, columns, file, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![id, owner, meta.name, meta.rows as i64, columns, file, meta.created_at],
        );
        if let Err(e) = inserted {
            let _ = fs::remove_file(&target);
            return Err(e.into());
        }
        Ok(meta)
    }

    /// The caller's datasets, oldest first.
    pub fn list_datasets(&self, owner: &str) -> StoreResult<Vec<DatasetMeta>> {
        let conn = self.conn()?;
        let mut stmt = conn.prepare(
            "SELECT id, name, rows, columns, created_at FROM datasets WHERE owner = ?1 ORDER BY created_at, id",
        )?;
        let rows = stmt.query_map(params![owner], dataset_row)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// One of the caller's datasets; `None` when missing or someone else's.
    pub fn dataset_meta(&self, owner: &str, id: &str) -> StoreResult<Option<DatasetMeta>> {
        // Every query asks this: the statement is parsed once per connection.
        let conn = self.conn()?;
        let mut stmt = conn.prepare_cached(
            "SELECT id, name, rows, columns, created_at FROM datasets WHERE owner = ?1 AND id = ?2",
        )?;
        Ok(stmt.query_row(params![owner, id], dataset_row).optional()?)
    }

    /// Where one of the caller's datasets is, for a worker to read; 404 when missing or
    /// someone else's.
    pub fn dataset_ref(&self, owner: &str, id: &str) -> StoreResult<DatasetRef> {
        let meta = self
            .dataset_meta(owner, id)?
            .ok_or_else(|| StoreError::NoDataset(id.to_string()))?;
        Ok(DatasetRef {
            id: id.to_string(),
            name: meta.name,
            path: self.root.join("datasets").join(format!("{id}.parquet")),
            dictionary: Dictionary::of_columns(&meta.columns),
        })
    }

    /// Replace the data dictionary of one of the caller's datasets (kept with its columns in
    /// the catalog); `None` when missing or someone else's. Every column it names must exist.
    pub fn set_dictionary(
        &self,
        owner: &str,
        id: &str,
        dictionary: &Dictionary,
    ) -> StoreResult<Option<DatasetMeta>> {
        let mut conn = self.conn()?;
        let tx = conn.transaction()?;
        let Some(mut meta) = tx
            .query_row(
                "SELECT id, name, rows, columns, created_at FROM datasets WHERE owner = ?1 AND id = ?2",
                params![owner, id],
                dataset_row,
            )
            .optional()?
        else {
            return Ok(None);
        };
        let names: Vec<String> = meta.columns.iter().map(|c| c.name.clone()).collect();
        dictionary.check_columns(&meta.name, &names)?;
        dictionary.describe(&mut meta.columns);
        let columns = serde_json::to_string(&meta.columns)?;
        tx.execute(
            "UPDATE datasets SET columns = ?1 WHERE owner = ?2 AND id = ?3",
            params![columns, owner, id],
        )?;
        tx.commit()?;
        Ok(Some(meta))
    }

    /// Delete one of the caller's datasets; `false` when missing or someone else's.
    pub fn delete_dataset(&self, owner: &str, id: &str) -> StoreResult<bool> {
        let deleted = self.conn()?.execute(
            "DELETE FROM datasets WHERE owner = ?1 AND id = ?2",
            params![owner, id],
        )?;
        if deleted == 0 {
            return Ok(false);
        }
        remove_if_exists(&self.root.join("datasets").join(format!("{id}.parquet")))?;
        Ok(true)
    }

    /// Store a rendered plot: its files first (PNG, SVG, Vega-Lite), then the catalog row.
    pub fn put_plot(
        &self,
        owner: &str,
        dataset_id: &str,
        spec: &serde_json::Value,
        files: &PlotFiles,
    ) -> StoreResult<PlotMeta> {
        let id = uuid::Uuid::new_v4().to_string();
        let names = [
            format!("plots/{id}.png"),
            format!("plots/{id}.svg"),
            format!("plots/{id}.vl.json"),
        ];
        let contents = [&files.png, &files.svg, &files.vega_lite];
        let remove_written = |count: usize| {
            for name in &names[..count] {
                let _ = fs::remove_file(self.root.join(name));
            }
        };
        for (i, (name, bytes)) in names.iter().zip(contents).enumerate() {
            if let Err(e) = self.write_atomic(name, bytes) {
                remove_written(i);
                return Err(e);
            }
        }
        let meta = PlotMeta {
            id: id.clone(),
            dataset_id: dataset_id.to_string(),
            spec: spec.clone(),
            created_at: now(),
        };
        let [png_file, svg_file, vl_file] = &names;
        let inserted = self.conn()?.execute(
            "INSERT INTO plots (id, owner, dataset_id, spec, png_file, svg_file, vl_file, created_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![id, owner, dataset_id, spec.to_string(), png_file, svg_file, vl_file, meta.created_at],
        );
        if let Err(e) = inserted {
            remove_written(names.len());
            return Err(e.into());
        }
        Ok(meta)
    }

    /// The caller's plots, oldest first.
    pub fn list_plots(&self, owner: &str) -> StoreResult<Vec<PlotMeta>> {
        let conn = self.conn()?;
        let mut stmt = conn.prepare(
            "SELECT id, dataset_id, spec, created_at FROM plots WHERE owner = ?1 ORDER BY created_at, id",
        )?;
        let rows = stmt.query_map(params![owner], plot_row)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// One of the caller's plots; `None` when missing or someone else's.
    pub fn plot_meta(&self, owner: &str, id: &str) -> StoreResult<Option<PlotMeta>> {
        Ok(self
            .conn()?
            .query_row(
                "SELECT id, dataset_id, spec, created_at FROM plots WHERE owner = ?1 AND id = ?2",
                params![owner, id],
                plot_row,
            )
            .optional()?)
    }

    /// The bytes of one of the caller's plot images.
    pub fn plot_image(&self, owner: &str, id: &str, kind: ImageKind) -> StoreResult<Vec<u8>> {
        let column = match kind {
            ImageKind::Png => "png_file",
            ImageKind::Svg => "svg_file",
            ImageKind::VegaLite => "vl_file",
        };
        let file: Option<Option<String>> = self
            .conn()?
            .query_row(
                &format!("SELECT {column} FROM plots WHERE owner = ?1 AND id = ?2"),
                params![owner, id],
                |r| r.get(0),
            )
            .optional()?;
        let file = file.ok_or_else(|| StoreError::NoPlot(id.to_string()))?;
        let file = file.ok_or_else(|| StoreError::NoVegaLite(id.to_string()))?;
        Ok(fs::read(self.root.join(file))?)
    }

    /// Delete one of the caller's plots; `false` when missing or someone else's.
    pub fn delete_plot(&self, owner: &str, id: &str) -> StoreResult<bool> {
        let deleted = self.conn()?.execute(
            "DELETE FROM plots WHERE owner = ?1 AND id = ?2",
            params![owner, id],
        )?;
        if deleted == 0 {
            return Ok(false);
        }
        remove_if_exists(&self.root.join("plots").join(format!("{id}.png")))?;
        remove_if_exists(&self.root.join("plots").join(format!("{id}.svg")))?;
        remove_if_exists(&self.root.join("plots").join(format!("{id}.vl.json")))?;
        Ok(true)
    }

    /// Write `bytes` to `relative` atomically: temp file in the same dir, sync, rename, sync dir.
    fn write_atomic(&self, relative: &str, bytes: &[u8]) -> StoreResult<()> {
        let target = self.root.join(relative);
        let dir = target.parent().unwrap_or(&self.root);
        let mut tmp = tempfile::Builder::new().prefix(".tmp-").tempfile_in(dir)?;
        tmp.write_all(bytes)?;
        tmp.as_file().sync_all()?;
        tmp.persist(&target).map_err(|e| e.error)?;
        sync_dir(dir);
        Ok(())
    }
}

/// Make a rename in `dir` durable.
fn sync_dir(dir: &Path) {
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Create `dir` (and its parents) if missing; a directory this creates is owner-only.
fn private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Create `path` if missing and make it readable and writable by its owner only.
fn private_file(path: &Path) -> std::io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    drop(options.open(path)?);
    #[cfg(unix)]
    fs::set_permissions(path, std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
    Ok(())
}

fn dataset_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<DatasetMeta> {
    let columns: String = row.get(3)?;
    Ok(DatasetMeta {
        id: row.get(0)?,
        name: row.get(1)?,
        rows: row.get::<_, i64>(2)?.max(0) as u64,
        columns: serde_json::from_str(&columns).unwrap_or_default(),
        created_at: row.get(4)?,
    })
}

fn plot_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<PlotMeta> {
    let spec: String = row.get(2)?;
    Ok(PlotMeta {
        id: row.get(0)?,
        dataset_id: row.get(1)?,
        spec: serde_json::from_str(&spec).unwrap_or(serde_json::Value::Null),
        created_at: row.get(3)?,
    })
}

fn remove_if_exists(path: &Path) -> std::io::Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}
