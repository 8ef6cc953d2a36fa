//! Persistent storage: datasets as Parquet files and plots as PNG/SVG files under the data
//! directory, with a SQLite catalog (WAL, so several server processes can share one dir).
//!
//! Every write goes to a temporary file in the target directory, is synced and renamed into
//! place, and only then is the catalog row inserted: a failed or interrupted write leaves no
//! catalog entry, and an acknowledged one survives a restart.

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use blinq_core::{ColumnInfo, Dataset, ExportFormat, Format, LoadOptions};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::error::{ApiError, ApiResult};

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

/// How many loaded datasets are kept in memory.
const CACHE_SIZE: usize = 16;

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
}

/// The catalog and the files.
#[derive(Debug)]
pub struct Store {
    root: PathBuf,
    conn: Mutex<Connection>,
    cache: Mutex<HashMap<String, Dataset>>,
}

impl Store {
    /// Open (creating if needed) the store in `root`.
    pub fn open(root: &Path) -> ApiResult<Self> {
        fs::create_dir_all(root.join("datasets"))?;
        fs::create_dir_all(root.join("plots"))?;
        let conn = Connection::open(root.join("catalog.sqlite3"))?;
        conn.busy_timeout(Duration::from_secs(10))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.execute_batch(SCHEMA)?;
        Ok(Store {
            root: root.to_path_buf(),
            conn: Mutex::new(conn),
            cache: Mutex::new(HashMap::new()),
        })
    }

    /// The data directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    fn conn(&self) -> ApiResult<std::sync::MutexGuard<'_, Connection>> {
        self.conn
            .lock()
            .map_err(|_| ApiError::Internal("catalog lock poisoned".into()))
    }

    /// Check that files can be written and the catalog answers.
    pub fn check_ready(&self) -> ApiResult<()> {
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

    /// Store `dataset` for `owner`: the Parquet file first, then the catalog row.
    pub fn put_dataset(&self, owner: &str, dataset: &Dataset) -> ApiResult<DatasetMeta> {
        let id = uuid::Uuid::new_v4().to_string();
        let file = format!("datasets/{id}.parquet");
        let mut bytes = Vec::new();
        blinq_core::dataset::export(dataset.frame(), ExportFormat::Parquet, &mut bytes)?;
        self.write_atomic(&file, &bytes)?;
        let meta = DatasetMeta {
            id: id.clone(),
            name: dataset.name().to_string(),
            rows: dataset.row_count() as u64,
            columns: dataset.schema(),
            created_at: now(),
        };
        let columns =
            serde_json::to_string(&meta.columns).map_err(|e| ApiError::Internal(e.to_string()))?;
        let inserted = self.conn()?.execute(
            "INSERT INTO datasets (id, owner, name, rows, columns, file, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![id, owner, meta.name, meta.rows as i64, columns, file, meta.created_at],
        );
        if let Err(e) = inserted {
            let _ = fs::remove_file(self.root.join(&file));
            return Err(e.into());
        }
        Ok(meta)
    }

    /// The caller's datasets, oldest first.
    pub fn list_datasets(&self, owner: &str) -> ApiResult<Vec<DatasetMeta>> {
        let conn = self.conn()?;
        let mut stmt = conn.prepare(
            "SELECT id, name, rows, columns, created_at FROM datasets WHERE owner = ?1 ORDER BY created_at, id",
        )?;
        let rows = stmt.query_map(params![owner], dataset_row)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// One of the caller's datasets; `None` when missing or someone else's.
    pub fn dataset_meta(&self, owner: &str, id: &str) -> ApiResult<Option<DatasetMeta>> {
        Ok(self
            .conn()?
            .query_row(
                "SELECT id, name, rows, columns, created_at FROM datasets WHERE owner = ?1 AND id = ?2",
                params![owner, id],
                dataset_row,
            )
            .optional()?)
    }

    /// Load one of the caller's datasets (from the in-memory cache when recently used).
    pub fn load_dataset(&self, owner: &str, id: &str) -> ApiResult<Dataset> {
        let meta = self
            .dataset_meta(owner, id)?
            .ok_or_else(|| ApiError::no_dataset(id))?;
        if let Some(ds) = self.cache.lock().ok().and_then(|c| c.get(id).cloned()) {
            return Ok(ds.with_name(meta.name));
        }
        let path = self.root.join("datasets").join(format!("{id}.parquet"));
        let options = LoadOptions {
            format: Some(Format::Parquet),
            ..LoadOptions::default()
        };
        let dataset = Dataset::from_path_with(&path, &options)?.with_name(meta.name);
        if let Ok(mut cache) = self.cache.lock() {
            if cache.len() >= CACHE_SIZE {
                let evict = cache.keys().next().cloned();
                if let Some(key) = evict {
                    cache.remove(&key);
                }
            }
            cache.insert(id.to_string(), dataset.clone());
        }
        Ok(dataset)
    }

    /// Delete one of the caller's datasets; `false` when missing or someone else's.
    pub fn delete_dataset(&self, owner: &str, id: &str) -> ApiResult<bool> {
        let deleted = self.conn()?.execute(
            "DELETE FROM datasets WHERE owner = ?1 AND id = ?2",
            params![owner, id],
        )?;
        if deleted == 0 {
            return Ok(false);
        }
        if let Ok(mut cache) = self.cache.lock() {
            cache.remove(id);
        }
        remove_if_exists(&self.root.join("datasets").join(format!("{id}.parquet")))?;
        Ok(true)
    }

    /// Store a rendered plot: both image files first, then the catalog row.
    pub fn put_plot(
        &self,
        owner: &str,
        dataset_id: &str,
        spec: &serde_json::Value,
        png: &[u8],
        svg: &[u8],
    ) -> ApiResult<PlotMeta> {
        let id = uuid::Uuid::new_v4().to_string();
        let png_file = format!("plots/{id}.png");
        let svg_file = format!("plots/{id}.svg");
        self.write_atomic(&png_file, png)?;
        if let Err(e) = self.write_atomic(&svg_file, svg) {
            let _ = fs::remove_file(self.root.join(&png_file));
            return Err(e);
        }
        let meta = PlotMeta {
            id: id.clone(),
            dataset_id: dataset_id.to_string(),
            spec: spec.clone(),
            created_at: now(),
        };
        let inserted = self.conn()?.execute(
            "INSERT INTO plots (id, owner, dataset_id, spec, png_file, svg_file, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![id, owner, dataset_id, spec.to_string(), png_file, svg_file, meta.created_at],
        );
        if let Err(e) = inserted {
            let _ = fs::remove_file(self.root.join(&png_file));
            let _ = fs::remove_file(self.root.join(&svg_file));
            return Err(e.into());
        }
        Ok(meta)
    }

    /// The caller's plots, oldest first.
    pub fn list_plots(&self, owner: &str) -> ApiResult<Vec<PlotMeta>> {
        let conn = self.conn()?;
        let mut stmt = conn.prepare(
            "SELECT id, dataset_id, spec, created_at FROM plots WHERE owner = ?1 ORDER BY created_at, id",
        )?;
        let rows = stmt.query_map(params![owner], plot_row)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// One of the caller's plots; `None` when missing or someone else's.
    pub fn plot_meta(&self, owner: &str, id: &str) -> ApiResult<Option<PlotMeta>> {
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
    pub fn plot_image(&self, owner: &str, id: &str, kind: ImageKind) -> ApiResult<Vec<u8>> {
        let column = match kind {
            ImageKind::Png => "png_file",
            ImageKind::Svg => "svg_file",
        };
        let file: Option<String> = self
            .conn()?
            .query_row(
                &format!("SELECT {column} FROM plots WHERE owner = ?1 AND id = ?2"),
                params![owner, id],
                |r| r.get(0),
            )
            .optional()?;
        let file = file.ok_or_else(|| ApiError::no_plot(id))?;
        Ok(fs::read(self.root.join(file))?)
    }

    /// Delete one of the caller's plots; `false` when missing or someone else's.
    pub fn delete_plot(&self, owner: &str, id: &str) -> ApiResult<bool> {
        let deleted = self.conn()?.execute(
            "DELETE FROM plots WHERE owner = ?1 AND id = ?2",
            params![owner, id],
        )?;
        if deleted == 0 {
            return Ok(false);
        }
        remove_if_exists(&self.root.join("plots").join(format!("{id}.png")))?;
        remove_if_exists(&self.root.join("plots").join(format!("{id}.svg")))?;
        Ok(true)
    }

    /// Write `bytes` to `relative` atomically: temp file in the same dir, sync, rename, sync dir.
    fn write_atomic(&self, relative: &str, bytes: &[u8]) -> ApiResult<()> {
        let target = self.root.join(relative);
        let dir = target.parent().unwrap_or(&self.root);
        let mut tmp = tempfile::Builder::new().prefix(".tmp-").tempfile_in(dir)?;
        tmp.write_all(bytes)?;
        tmp.as_file().sync_all()?;
        tmp.persist(&target).map_err(|e| e.error)?;
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    }
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
