//! Files read lazily for queries: a Parquet file is checked as loading checks it, then
//! scanned by polars, so a query reads only the columns (and row groups) it needs.

use std::path::Path;

use polars::prelude::*;

use super::format::Format;
use super::load::{LoadOptions, check_bytes, check_parquet, without_reader_panics};
use super::{dtype_name, stem_name};
use crate::error::{BlinqError, Result, polars_message};

/// A data file a query reads lazily: only what the query needs is read from it. Parquet
/// files only, today; other formats load whole as a [`Dataset`](super::Dataset).
///
/// ```
/// # fn main() -> blinq_core::Result<()> {
/// use blinq_core::dataset::{LazyDataset, LoadOptions};
/// use blinq_core::sql::Session;
///
/// let path = "tests/fixtures/cars-described.parquet";
/// let scan = LazyDataset::scan_path(path, &LoadOptions::default())?.expect("a Parquet file");
/// let result = Session::with_scan(scan).execute("select count(*) as n from data")?;
/// assert_eq!(result.row_count(), 1);
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct LazyDataset {
    name: String,
    plan: LazyFrame,
    columns: Vec<(String, String)>,
}

impl std::fmt::Debug for LazyDataset {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LazyDataset")
            .field("name", &self.name)
            .field("columns", &self.columns)
            .finish()
    }
}

impl LazyDataset {
    /// Scan `path` when its format is read lazily (Parquet), after the checks loading makes
    /// (size, footer, page headers, width and declared rows within `options.limits`);
    /// `Ok(None)` for other formats.
    pub fn scan_path(path: impl AsRef<Path>, options: &LoadOptions) -> Result<Option<Self>> {
        let path = path.as_ref();
        let format = options.format.or_else(|| Format::from_path(path));
        if format != Some(Format::Parquet) {
            return Ok(None);
        }
        let source = path.display().to_string();
        let meta = std::fs::metadata(path).map_err(|e| BlinqError::io(path, e))?;
        check_bytes(meta.len(), options)?;
        let file = std::fs::File::open(path).map_err(|e| BlinqError::io(path, e))?;
        // SAFETY: the map is only read, and dropped before polars opens the file. A file
        // changed by another process while it is mapped can show torn bytes, which the
        // checks treat like any damaged file; polars maps files the same way.
        let bytes = unsafe { memmap2::Mmap::map(&file) }.map_err(|e| BlinqError::io(path, e))?;
        without_reader_panics(
            || check_parquet(&bytes, &source, &options.limits).map(|_| ()),
            Format::Parquet,
            &source,
        )?;
        drop(bytes);
        let Some(text) = path.to_str() else {
            return Ok(None);
        };
        let bad = |e: PolarsError| {
            BlinqError::parse(
                &source,
                format!("not a valid Parquet file ({})", polars_message(&e)),
            )
        };
        // Reading the schema reads the footer again, through polars (which panics on some
        // types it does not know, such as float16).
        let (plan, schema) = without_reader_panics(
            || {
                let mut plan =
                    LazyFrame::scan_parquet(PlRefPath::new(text), ScanArgsParquet::default())
                        .map_err(bad)?;
                let schema = plan.collect_schema().map_err(bad)?;
                Ok((plan, schema))
            },
            Format::Parquet,
            &source,
        )?;
        let columns = schema
            .iter()
            .map(|(name, dtype)| (name.to_string(), dtype_name(dtype)))
            .collect();
        Ok(Some(LazyDataset {
            name: stem_name(path),
            plan,
            columns,
        }))
    }

    /// The dataset's name (the file's stem).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The lazy plan that reads it.
    pub fn lazy(&self) -> LazyFrame {
        self.plan.clone()
    }

    /// `(name, dtype)` of each column, in order (dtype names as [`dtype_name`] gives them).
    pub fn columns(&self) -> &[(String, String)] {
        &self.columns
    }
}
