//! Files read lazily for queries: a Parquet file is checked as loading checks it, then
//! scanned by polars, so a query reads only the columns (and row groups) it needs; delimited
//! text without dates is scanned too, so a query parses only the columns it needs.

use std::path::Path;

use polars::prelude::*;

use super::calendar::check_calendar_range;
use super::delimited::{Layout, layout};
use super::format::{Format, strip_bom};
use super::limits::Limits;
use super::load::{LoadOptions, check_bytes, check_parquet, without_reader_panics};
use super::temporal::looks_temporal;
use super::{dtype_name, stem_name};
use crate::error::{BlinqError, Result, polars_message};

/// A data file a query reads lazily: only what the query needs is read from it. Parquet
/// files, and CSV/TSV without dates; other files load whole as a [`Dataset`](super::Dataset).
/// A scanned Parquet file may have more rows or cells than the loading limits allow: the
/// scan never holds the table.
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
    load_whole_on_failure: bool,
    in_memory_bytes: Option<u64>,
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
    /// Scan `path` when its format is read lazily: Parquet after the checks loading makes
    /// (size, footer, page headers, width and declared rows within `options.limits`), CSV
    /// and TSV when nothing in them needs loading (see `scan_delimited`); `Ok(None)` for
    /// other files, which load whole.
    pub fn scan_path(path: impl AsRef<Path>, options: &LoadOptions) -> Result<Option<Self>> {
        let path = path.as_ref();
        match options.format.or_else(|| Format::from_path(path)) {
            Some(Format::Parquet) => Self::scan_parquet(path, options),
            Some(format @ (Format::Csv | Format::Tsv)) => {
                Self::scan_delimited(path, format, options)
            }
            _ => Ok(None),
        }
    }

    fn scan_parquet(path: &Path, options: &LoadOptions) -> Result<Option<Self>> {
        let source = path.display().to_string();
        let meta = std::fs::metadata(path).map_err(|e| BlinqError::io(path, e))?;
        check_bytes(meta.len(), options)?;
        let file = std::fs::File::open(path).map_err(|e| BlinqError::io(path, e))?;
        // SAFETY: the map is only read, and dropped before polars opens the file. A file
        // changed by another process while it is mapped can show torn bytes, which the
        // checks treat like any damaged file; polars maps files the same way.
        let bytes = unsafe { memmap2::Mmap::map(&file) }.map_err(|e| BlinqError::io(path, e))?;
        // The row and cell limits are for loading: a scan holds only what its query needs
        // (the query's result has its own caps), so they do not refuse a large file here.
        let limits = Limits {
            max_rows: None,
            max_cells: None,
            ..options.limits.clone()
        };
        // What the file holds once decoded: the writer's uncompressed size of every row group.
        let in_memory_bytes = without_reader_panics(
            || {
                let (mut reader, _) = check_parquet(&bytes, &source, &limits)?;
                let meta = reader.get_metadata().map_err(|e| {
                    BlinqError::parse(&source, format!("Parquet metadata: {}", polars_message(&e)))
                })?;
                Ok(meta
                    .row_groups
                    .iter()
                    .map(|group| group.total_byte_size() as u64)
                    .sum::<u64>())
            },
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
        Ok(Some(LazyDataset {
            name: stem_name(path),
            plan,
            columns: columns_of(&schema),
            load_whole_on_failure: false,
            in_memory_bytes: Some(in_memory_bytes),
        }))
    }

    /// Scan delimited text when nothing in it needs what only loading does: a file with
    /// a byte-order mark, a last field that is an open quote, text that is not UTF-8 at its
    /// start, more lines than the row limit, or columns of dates (which loading converts
    /// and checks) is loaded whole instead (`Ok(None)`). Types are inferred from the first
    /// rows as loading infers them; a later row that breaks them fails the query, which is
    /// then run over the file loaded whole (see [`LazyDataset::load_whole_on_failure`]).
    fn scan_delimited(path: &Path, format: Format, options: &LoadOptions) -> Result<Option<Self>> {
        let meta = std::fs::metadata(path).map_err(|e| BlinqError::io(path, e))?;
        check_bytes(meta.len(), options)?;
        let Some(text) = path.to_str() else {
            return Ok(None);
        };
        let file = std::fs::File::open(path).map_err(|e| BlinqError::io(path, e))?;
        // SAFETY: the map is only read, and dropped before polars opens the file; a file
        // changed meanwhile at worst fails the scan, and the query then loads it whole.
        let bytes = unsafe { memmap2::Mmap::map(&file) }.map_err(|e| BlinqError::io(path, e))?;
        let bytes: &[u8] = &bytes;
        let whole_only = strip_bom(bytes).len() != bytes.len()
            || bytes.iter().all(u8::is_ascii_whitespace)
            || bytes.ends_with(b"\"")
            || bytes.ends_with(b"\"\r")
            // Quotes escaped with a backslash, and quoted empty fields (missing): loading
            // reads them (see `read_delimited`).
            || memchr::memmem::find(bytes, b"\\\"").is_some()
            || (options.null_values.is_none() && memchr::memmem::find(bytes, b"\"\"").is_some());
        if whole_only || std::str::from_utf8(&bytes[..bytes.len().min(64 * 1024)]).is_err() {
            return Ok(None);
        }
        let Layout {
            delimiter,
            has_header,
            width,
            nulls,
        } = layout(bytes, format, options);
        if let Some(budget) = options.limits.row_budget(width) {
            // Every record ends at a newline (or the end): no more lines, no more rows.
            let lines = memchr::memchr_iter(b'\n', bytes).count() + 1;
            if lines > budget {
                return Ok(None);
            }
        }
        if options.limits.check_columns(width, "the header").is_err() {
            return Ok(None);
        }
        let scanned = without_reader_panics(
            || {
                let mut plan = LazyCsvReader::new(PlRefPath::new(text))
                    .with_has_header(has_header)
                    .with_separator(delimiter)
                    .with_quote_char(Some(b'"'))
                    .with_null_values((!nulls.is_empty()).then(|| NullValues::AllColumns(nulls)))
                    .with_try_parse_dates(options.parse_dates)
                    .with_missing_is_null(true)
                    .with_infer_schema_length(options.infer_schema_rows)
                    .finish()
                    .map_err(|e| BlinqError::parse(text, polars_message(&e)))?;
                let schema = plan
                    .collect_schema()
                    .map_err(|e| BlinqError::parse(text, polars_message(&e)))?;
                // Text that reads as dates, or as numbers with thousands separators, is
                // converted (and checked) by loading.
                let texts: Vec<PlSmallStr> = schema
                    .iter()
                    .filter(|(_, dtype)| dtype.is_string())
                    .map(|(name, _)| name.clone())
                    .collect();
                let temporal = schema.iter().any(|(_, dtype)| dtype.is_temporal())
                    || (!texts.is_empty() && {
                        let head = plan
                            .clone()
                            .select(texts.iter().map(|n| col(n.clone())).collect::<Vec<_>>())
                            .limit(1000)
                            .collect()
                            .map_err(|e| BlinqError::parse(text, polars_message(&e)))?;
                        head.columns().iter().any(|c| {
                            c.str().is_ok_and(|ca| {
                                (options.parse_dates && looks_temporal(ca))
                                    || super::grouped::looks_grouped(ca)
                            })
                        })
                    });
                Ok((plan, schema, temporal))
            },
            format,
            text,
        );
        let Ok((plan, schema, false)) = scanned else {
            return Ok(None);
        };
        Ok(Some(LazyDataset {
            name: stem_name(path),
            plan,
            columns: columns_of(&schema),
            load_whole_on_failure: true,
            in_memory_bytes: None,
        }))
    }

    /// Whether a query over this scan that fails may fail for the scan's own reasons (a
    /// type inferred from a text file's first rows that a later row breaks, a damaged line
    /// loading would name): the caller then loads the file whole and runs the query again,
    /// which gives the answer, or the error loading gives.
    pub fn load_whole_on_failure(&self) -> bool {
        self.load_whole_on_failure
    }

    /// Read only `wanted` of the scan's columns (in the file's order) into a frame: a
    /// chart of two columns of a wide file parses two. `Ok(None)` when a name is not one of
    /// the file's columns (loading it whole gives the error that names the closest) or when
    /// the scan fails where loading whole may not (see
    /// [`LazyDataset::load_whole_on_failure`]).
    pub(crate) fn read_columns(&self, wanted: &[&str], source: &str) -> Result<Option<DataFrame>> {
        if wanted.is_empty()
            || !wanted
                .iter()
                .all(|w| self.columns.iter().any(|(n, _)| n == w))
        {
            return Ok(None);
        }
        let selected: Vec<Expr> = self
            .columns
            .iter()
            .filter(|(n, _)| wanted.contains(&n.as_str()))
            .map(|(n, _)| col(n.as_str()))
            .collect();
        let plan = self.plan.clone().select(selected);
        let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| plan.collect()));
        match read {
            Ok(Ok(frame)) => {
                check_calendar_range(&frame, source)?;
                Ok(Some(frame))
            }
            Ok(Err(_)) | Err(_) if self.load_whole_on_failure => Ok(None),
            Ok(Err(e)) => Err(BlinqError::parse(source, polars_message(&e))),
            Err(_) => Err(BlinqError::parse(
                source,
                "not a valid file: the reader failed on it",
            )),
        }
    }

    /// The number of rows (a Parquet file's footer says; a text file is counted).
    pub fn row_count(&self) -> Result<u64> {
        let counted = self
            .plan
            .clone()
            .select([len().cast(DataType::UInt64).alias("rows")])
            .collect()
            .map_err(|e| BlinqError::Query(polars_message(&e)))?;
        Ok(counted
            .column("rows")
            .ok()
            .and_then(|c| c.u64().ok()?.get(0))
            .unwrap_or(0))
    }

    /// About `rows` rows spread evenly over the file (up to 64 runs of consecutive rows; the
    /// whole file when it has no more), as a
    /// [`Dataset`](super::Dataset) of the scan's name: what a planner reads to learn a
    /// dataset too large to load.
    pub fn sample(&self, rows: usize) -> Result<super::Dataset> {
        let total = self.row_count()?;
        let query = |e: PolarsError| BlinqError::Query(polars_message(&e));
        if total <= rows as u64 {
            let frame = self.plan.clone().collect().map_err(query)?;
            check_calendar_range(&frame, &self.name)?;
            return Ok(super::Dataset::new(self.name.clone(), frame));
        }
        let runs = 64.min(rows as u64).max(1);
        let per_run = (rows as u64).div_ceil(runs);
        let mut frame: Option<DataFrame> = None;
        for k in 0..runs {
            let offset = k * total / runs;
            let run = self
                .plan
                .clone()
                .slice(offset as i64, per_run as IdxSize)
                .collect()
                .map_err(query)?;
            match frame.as_mut() {
                Some(all) => {
                    all.vstack_mut_owned(run).map_err(query)?;
                }
                None => frame = Some(run),
            }
        }
        let mut frame = match frame {
            Some(frame) => frame,
            None => self.plan.clone().limit(0).collect().map_err(query)?,
        };
        frame.rechunk_mut();
        check_calendar_range(&frame, &self.name)?;
        Ok(super::Dataset::new(self.name.clone(), frame))
    }

    /// The first `n` rows, as [`Dataset::preview`](super::Dataset::preview) gives them;
    /// only those rows are read.
    pub fn preview(&self, n: usize) -> Result<super::TableJson> {
        let head = self
            .plan
            .clone()
            .limit(n as IdxSize)
            .collect()
            .map_err(|e| BlinqError::Query(polars_message(&e)))?;
        Ok(super::table_json(&head))
    }

    /// About how many bytes the file takes once loaded whole, when the file says (a Parquet
    /// file's uncompressed size, from its footer); `None` for delimited text.
    pub fn in_memory_bytes(&self) -> Option<u64> {
        self.in_memory_bytes
    }

    /// The same scan under another name.
    pub fn with_name(mut self, name: impl Into<String>) -> Self {
        self.name = name.into();
        self
    }

    /// The dataset's name (the file's stem).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The lazy plan that reads it.
    pub fn lazy(&self) -> LazyFrame {
        self.plan.clone()
    }

    /// The columns as [`Dataset::schema`](super::Dataset::schema) gives them (a scan has no
    /// data dictionary).
    pub fn schema(&self) -> Vec<crate::ColumnInfo> {
        self.columns
            .iter()
            .map(|(name, dtype)| crate::ColumnInfo {
                name: name.clone(),
                dtype: dtype.clone(),
                description: None,
                unit: None,
            })
            .collect()
    }

    /// `(name, dtype)` of each column, in order (dtype names as [`dtype_name`] gives them).
    pub fn columns(&self) -> &[(String, String)] {
        &self.columns
    }
}

/// `(name, dtype)` of each column of a scan's schema.
fn columns_of(schema: &Schema) -> Vec<(String, String)> {
    schema
        .iter()
        .map(|(name, dtype)| (name.to_string(), dtype_name(dtype)))
        .collect()
}
