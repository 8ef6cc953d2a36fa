//! Persistent storage: datasets as Parquet files and plots as PNG/SVG/Vega-Lite files in
//! the [`Objects`] (the data directory, or an S3-compatible bucket with `--store s3://…`),
//! with a [`Catalog`]: a SQLite file in the data directory (WAL, so several server processes
//! can share one dir), or PostgreSQL (`--catalog postgres://…`).
//!
//! Writes are put-then-commit: every file is written whole (a temporary file synced and
//! renamed into place, or one object) before its catalog row is inserted; a delete removes
//! the row first, then the files. So a crash at any point leaves at worst a file without a
//! catalog row (or a temporary file), never a row without its file; [`recover`] removes
//! those leftovers when the server starts. The catalog and every local data file are
//! readable by their owner only.

pub mod catalog;
mod error;
pub mod migrate;
pub mod objects;
mod recover;

pub use error::{StoreError, StoreResult};
pub use objects::Objects;
pub use recover::Recovery;

use std::fs;
use std::path::{Path, PathBuf};

use blinq_core::ColumnInfo;
use blinq_core::dataset::Dictionary;
use serde::{Deserialize, Serialize};

use crate::worker::{DatasetRef, Loaded};

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

/// Where a dataset's file is for a reader on another machine: see
/// [`Store::dataset_location`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetLocation {
    /// Its name (its table name in SQL).
    pub name: String,
    /// Its Parquet file: an absolute path or an `s3://` URL.
    pub location: String,
    /// The file's size in bytes.
    pub bytes: u64,
    /// Its column names, in order.
    pub columns: Vec<String>,
    /// Its data dictionary.
    pub dictionary: Dictionary,
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

pub use catalog::Catalog;

/// The SQLite catalog file in the data directory.
pub const CATALOG: &str = catalog::sqlite::CATALOG;

/// Where a store's catalog and files are.
#[derive(Debug, Clone, Default)]
pub struct Locations {
    /// The catalog: a `postgres://` URL, or `None` for the SQLite file in the data directory.
    pub catalog: Option<String>,
    /// The files: an `s3://bucket/prefix` URL, or `None` for the data directory.
    pub files: Option<String>,
    /// The most bytes of dataset copies a replica keeps from a bucket.
    pub cache_bytes: u64,
}

/// The catalog and the files. Its methods block (on the catalog's and the bucket's I/O):
/// call them from threads that are not running async tasks (`spawn_blocking`, or a thread
/// of your own), as the server does.
#[derive(Debug)]
pub struct Store {
    root: PathBuf,
    catalog: Box<dyn Catalog>,
    objects: Objects,
    /// Held (shared) while the server runs, so that a server starting on the same directory
    /// knows whether others are writing to it.
    _lock: fs::File,
}

impl Store {
    /// Open (creating if needed) the store in `root` with the SQLite catalog there, and clean
    /// up after a crash; returns the store and what the clean-up found.
    pub fn open(root: &Path) -> StoreResult<(Self, Recovery)> {
        Store::open_at(root, &Locations::default())
    }

    /// Open the store in `root` with the catalog `catalog` names (a `postgres://` URL; the
    /// SQLite file in `root` when `None`), and clean up after a crash.
    pub fn open_with(root: &Path, catalog: Option<&str>) -> StoreResult<(Self, Recovery)> {
        let locations = Locations {
            catalog: catalog.map(str::to_string),
            ..Locations::default()
        };
        Store::open_at(root, &locations)
    }

    /// Open the store with its catalog and files where `at` says (`root` holds temporary
    /// files, and the SQLite catalog and the files unless `at` names others), and clean up
    /// after a crash.
    pub fn open_at(root: &Path, at: &Locations) -> StoreResult<(Self, Recovery)> {
        for dir in ["datasets", "plots", "tmp"] {
            private_dir(&root.join(dir))?;
        }
        let catalog = catalog::open(at.catalog.as_deref(), root)?;
        let objects = Store::objects(root, at, catalog.as_ref())?;
        let (lock, recovery) = recover::on_open(root, catalog.as_ref(), &objects)?;
        let store = Store {
            root: root.to_path_buf(),
            catalog,
            objects,
            _lock: lock,
        };
        Ok((store, recovery))
    }

    fn objects(root: &Path, at: &Locations, catalog: &dyn Catalog) -> StoreResult<Objects> {
        let Some(url) = at.files.as_deref().map(str::trim).filter(|u| !u.is_empty()) else {
            return Objects::local(root);
        };
        if !catalog.is_shared() {
            return Err(StoreError::Config(format!(
                "--store {url} needs a catalog every server shares (--catalog postgres://…): \
                 with the SQLite file in each data directory, servers would each clean up the \
                 others' files as leftovers"
            )));
        }
        Objects::s3(url, &root.join("cache"), at.cache_bytes)
    }

    /// Which catalog the store uses, for logs.
    pub fn catalog_description(&self) -> String {
        self.catalog.describe()
    }

    /// Where the files are, for logs.
    pub fn files_description(&self) -> String {
        self.objects.describe()
    }

    /// Where uploads and large results wait (cleared at start).
    pub fn tmp_dir(&self) -> PathBuf {
        self.root.join("tmp")
    }

    /// The data directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Check that files can be written and the catalog answers.
    pub fn check_ready(&self) -> StoreResult<()> {
        self.objects.check_ready()?;
        self.catalog.ping()
    }

    /// A new dataset id and the temporary path its Parquet file is written to.
    pub fn new_dataset_file(&self) -> (String, PathBuf) {
        let id = uuid::Uuid::new_v4().to_string();
        let temp = self.tmp_dir().join(format!(".tmp-{id}.parquet"));
        (id, temp)
    }

    /// Make the dataset written to `temp` (by [`Store::new_dataset_file`]) `owner`'s: the
    /// file is stored (renamed into place, or uploaded), then the catalog row inserted.
    pub fn commit_dataset(
        &self,
        owner: &str,
        id: &str,
        temp: &Path,
        name: &str,
        loaded: Loaded,
    ) -> StoreResult<DatasetMeta> {
        let file = format!("datasets/{id}.parquet");
        self.objects.put_file(&file, temp)?;
        let meta = DatasetMeta {
            id: id.to_string(),
            name: name.to_string(),
            rows: loaded.rows,
            columns: loaded.columns,
            created_at: now(),
        };
        if let Err(e) = self.catalog.insert_dataset(owner, &meta, &file) {
            let _ = self.objects.delete(&file);
            return Err(e);
        }
        Ok(meta)
    }

    /// The caller's datasets, oldest first.
    pub fn list_datasets(&self, owner: &str) -> StoreResult<Vec<DatasetMeta>> {
        self.catalog.datasets(owner)
    }

    /// One of the caller's datasets; `None` when missing or someone else's.
    pub fn dataset_meta(&self, owner: &str, id: &str) -> StoreResult<Option<DatasetMeta>> {
        self.catalog.dataset(owner, id)
    }

    /// One of the caller's datasets as the `--engine` cluster reads it (nothing is fetched
    /// into this replica's cache); 404 when missing or someone else's.
    pub fn dataset_location(&self, owner: &str, id: &str) -> StoreResult<DatasetLocation> {
        let meta = self
            .dataset_meta(owner, id)?
            .ok_or_else(|| StoreError::NoDataset(id.to_string()))?;
        let key = format!("datasets/{id}.parquet");
        Ok(DatasetLocation {
            name: meta.name,
            location: self.objects.location(&key)?,
            bytes: self.objects.size(&key)?.unwrap_or(0),
            columns: meta.columns.iter().map(|c| c.name.clone()).collect(),
            dictionary: Dictionary::of_columns(&meta.columns),
        })
    }

    /// Where one of the caller's datasets is on the local disk, for a worker to read (fetched
    /// into this replica's cache first when the files are in a bucket); 404 when missing or
    /// someone else's.
    pub fn dataset_ref(&self, owner: &str, id: &str) -> StoreResult<DatasetRef> {
        let meta = self
            .dataset_meta(owner, id)?
            .ok_or_else(|| StoreError::NoDataset(id.to_string()))?;
        Ok(DatasetRef {
            id: id.to_string(),
            name: meta.name,
            path: self.objects.local_path(&format!("datasets/{id}.parquet"))?,
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
        self.catalog.update_dataset(owner, id, &|meta| {
            let names: Vec<String> = meta.columns.iter().map(|c| c.name.clone()).collect();
            dictionary.check_columns(&meta.name, &names)?;
            dictionary.describe(&mut meta.columns);
            Ok(())
        })
    }

    /// Delete one of the caller's datasets (its row, then its file); `false` when missing or
    /// someone else's.
    pub fn delete_dataset(&self, owner: &str, id: &str) -> StoreResult<bool> {
        if !self.catalog.delete_dataset(owner, id)? {
            return Ok(false);
        }
        self.remove_files(&[format!("datasets/{id}.parquet")]);
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
                let _ = self.objects.delete(name);
            }
        };
        for (i, (name, bytes)) in names.iter().zip(contents).enumerate() {
            if let Err(e) = self.objects.put(name, bytes) {
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
        if let Err(e) = self.catalog.insert_plot(owner, &meta, &names) {
            remove_written(names.len());
            return Err(e);
        }
        Ok(meta)
    }

    /// The caller's plots, oldest first.
    pub fn list_plots(&self, owner: &str) -> StoreResult<Vec<PlotMeta>> {
        self.catalog.plots(owner)
    }

    /// One of the caller's plots; `None` when missing or someone else's.
    pub fn plot_meta(&self, owner: &str, id: &str) -> StoreResult<Option<PlotMeta>> {
        self.catalog.plot(owner, id)
    }

    /// The bytes of one of the caller's plot files.
    pub fn plot_image(&self, owner: &str, id: &str, kind: ImageKind) -> StoreResult<Vec<u8>> {
        let file = self
            .catalog
            .plot_file(owner, id, kind)?
            .ok_or_else(|| StoreError::NoPlot(id.to_string()))?
            .ok_or_else(|| StoreError::NoVegaLite(id.to_string()))?;
        self.objects.get(&file)
    }

    /// Delete one of the caller's plots; `false` when missing or someone else's.
    pub fn delete_plot(&self, owner: &str, id: &str) -> StoreResult<bool> {
        if !self.catalog.delete_plot(owner, id)? {
            return Ok(false);
        }
        self.remove_files(&["png", "svg", "vl.json"].map(|ext| format!("plots/{id}.{ext}")));
        Ok(true)
    }

    /// Remove the files of a deleted row. The row is gone, so the delete has happened: a
    /// file that cannot be removed now (the bucket is down) is a leftover, logged here and
    /// removed by the clean-up at the next start.
    fn remove_files(&self, keys: &[String]) {
        for key in keys {
            if let Err(e) = self.objects.delete(key) {
                tracing::warn!(file = %key, error = %e, "a deleted entry's file stays until the next start");
            }
        }
    }
}

/// Create `dir` (and its parents) if missing; a directory this creates is owner-only.
pub(crate) fn private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Create `path` if missing and make it readable and writable by its owner only.
pub(crate) fn private_file(path: &Path) -> std::io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    drop(options.open(path)?);
    #[cfg(unix)]
    fs::set_permissions(path, std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
    Ok(())
}

pub(crate) fn remove_if_exists(path: &Path) -> std::io::Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}
