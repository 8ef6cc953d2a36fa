//! Reading files and buffers into a [`DataFrame`].

use std::io::Cursor;
use std::path::Path;

use polars::prelude::*;
use serde::{Deserialize, Serialize};

use super::delimited::read_delimited;
use super::dictionary::Dictionary;
use super::format::{Format, strip_bom};
use super::json::read_json;
use super::limits::Limits;
use super::temporal::parse_temporal_strings;
use super::xlsx::read_xlsx;
use crate::error::{BlinqError, Result, polars_message};

/// Strings read as null in delimited text, after pandas' defaults (R writes `NA`).
pub const DEFAULT_NULL_VALUES: &[&str] = &[
    "NA", "N/A", "n/a", "NaN", "nan", "-NaN", "-nan", "null", "NULL", "Null", "None", "#N/A",
    "#NA", "<NA>", "-1.#IND", "1.#IND", "-1.#QNAN", "1.#QNAN", "#N/A N/A",
];

/// How to read a file. The defaults detect everything.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LoadOptions {
    /// The format; detected from the extension, then from the content, when `None`.
    pub format: Option<Format>,
    /// The delimiter of delimited text; sniffed when `None`.
    pub delimiter: Option<u8>,
    /// Whether delimited text has a header row; sniffed when `None`.
    pub has_header: Option<bool>,
    /// The worksheet of an .xlsx workbook; the first one when `None`.
    pub sheet: Option<String>,
    /// Strings read as null in delimited text; [`DEFAULT_NULL_VALUES`] when `None`, and then
    /// an empty field in quotes (`""`) is null too, as an unquoted one always is.
    pub null_values: Option<Vec<String>>,
    /// Rows used to infer column types; all rows when `None`.
    pub infer_schema_rows: Option<usize>,
    /// Parse ISO dates and datetimes into Date/Datetime columns.
    pub parse_dates: bool,
    /// Size limits.
    pub limits: Limits,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            format: None,
            delimiter: None,
            has_header: None,
            sheet: None,
            null_values: None,
            infer_schema_rows: Some(1_000),
            parse_dates: true,
            limits: Limits::default(),
        }
    }
}

/// Read a file, detecting its format from the extension or, failing that, the content.
pub(crate) fn read_path(path: &Path, options: &LoadOptions) -> Result<(DataFrame, Dictionary)> {
    read_path_columns(path, options, None)
}

/// [`read_path`], reading only `columns` of delimited text when given (the others are not
/// parsed; a name the file lacks is an error).
pub(crate) fn read_path_columns(
    path: &Path,
    options: &LoadOptions,
    columns: Option<&[&str]>,
) -> Result<(DataFrame, Dictionary)> {
    let meta = std::fs::metadata(path).map_err(|e| BlinqError::io(path, e))?;
    if meta.is_dir() {
        return Err(BlinqError::parse(
            path.display().to_string(),
            "is a directory, not a file",
        ));
    }
    check_bytes(meta.len(), options)?;
    let bytes = FileBytes::read(path, &meta)?;
    let format = options.format.or_else(|| Format::from_path(path));
    let frame = read_bytes_as(
        &bytes,
        format,
        &path.display().to_string(),
        options,
        columns,
    )?;
    let dictionary = metadata_dictionary(&bytes, format);
    Ok((frame, dictionary))
}

/// A file's bytes: mapped when it is a regular file of some size (no copy, and pages come
/// from the page cache instead of being zeroed and filled), read otherwise (pipes, devices,
/// small or empty files).
enum FileBytes {
    Mapped(memmap2::Mmap),
    Read(Vec<u8>),
}

impl FileBytes {
    /// Files under this size are read: mapping costs more than copying them.
    const MAP_FROM: u64 = 1 << 20;

    fn read(path: &Path, meta: &std::fs::Metadata) -> Result<FileBytes> {
        if meta.is_file() && meta.len() >= Self::MAP_FROM {
            let file = std::fs::File::open(path).map_err(|e| BlinqError::io(path, e))?;
            // SAFETY: the map is private and only read. A file rewritten by another process
            // while it is read can show torn bytes (the readers check them like any damaged
            // file); a file truncated meanwhile ends the process with SIGBUS, the risk polars'
            // and DuckDB's own readers take for the same speed. The server reads only its
            // own files this way.
            if let Ok(map) = unsafe { memmap2::Mmap::map(&file) } {
                return Ok(FileBytes::Mapped(map));
            }
        }
        std::fs::read(path)
            .map(FileBytes::Read)
            .map_err(|e| BlinqError::io(path, e))
    }
}

impl std::ops::Deref for FileBytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            FileBytes::Mapped(map) => map,
            FileBytes::Read(bytes) => bytes,
        }
    }
}

/// The data dictionary in a Parquet or Arrow file's field metadata (empty for other
/// formats, and when the metadata cannot be read: the data itself already loaded).
pub(crate) fn metadata_dictionary(bytes: &[u8], format: Option<Format>) -> Dictionary {
    let read = || -> PolarsResult<Option<std::sync::Arc<ArrowSchema>>> {
        Ok(match format.unwrap_or_else(|| Format::sniff(bytes)) {
            Format::Parquet => Some(ParquetReader::new(Cursor::new(bytes)).schema()?),
            Format::Ipc if bytes.starts_with(b"ARROW1") => {
                Some(IpcReader::new(Cursor::new(bytes)).schema()?)
            }
            _ => None,
        })
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)) {
        Ok(Ok(Some(schema))) => Dictionary::from_arrow_fields(schema.iter_values()),
        _ => Dictionary::new(),
    }
}

/// Read a buffer; `source_name` names it in error messages.
pub(crate) fn read_bytes(
    bytes: &[u8],
    source_name: &str,
    options: &LoadOptions,
) -> Result<DataFrame> {
    check_bytes(bytes.len() as u64, options)?;
    read_bytes_as(bytes, options.format, source_name, options, None)
}

pub(crate) fn check_bytes(len: u64, options: &LoadOptions) -> Result<()> {
    match options.limits.max_bytes {
        Some(max) if len > max => Err(BlinqError::Limit(format!(
            "the input is {len} bytes, more than the limit of {max} bytes"
        ))),
        _ => Ok(()),
    }
}

fn read_bytes_as(
    bytes: &[u8],
    format: Option<Format>,
    source: &str,
    options: &LoadOptions,
    columns: Option<&[&str]>,
) -> Result<DataFrame> {
    if strip_bom(bytes).iter().all(u8::is_ascii_whitespace) {
        return Err(BlinqError::parse(source, "the file is empty"));
    }
    let format = format.unwrap_or_else(|| Format::sniff(bytes));
    let limits = &options.limits;
    let read = || match format {
        Format::Csv | Format::Tsv => read_delimited(bytes, format, source, options, columns),
        Format::Parquet => read_parquet(bytes, source, limits),
        Format::Ipc => read_ipc(bytes, source, limits),
        Format::Json => read_json(bytes, JsonFormat::Json, source, limits),
        Format::Ndjson => read_json(bytes, JsonFormat::JsonLines, source, limits),
        Format::Xlsx => read_xlsx(bytes, options.sheet.as_deref(), source, limits),
    };
    let df = without_reader_panics(read, format, source)?;
    // Readers stop one row past their budget: more rows than that means the data is larger.
    let truncated = limits
        .row_budget(df.width())
        .is_some_and(|budget| df.height() > budget);
    limits.check_shape(df.height(), df.width(), truncated)?;
    let df = match format {
        Format::Csv | Format::Tsv => super::grouped::parse_grouped_numbers(df),
        _ => df,
    };
    let df = match format {
        Format::Json | Format::Ndjson | Format::Xlsx | Format::Csv | Format::Tsv
            if options.parse_dates =>
        {
            parse_temporal_strings(df)
        }
        _ => df,
    };
    super::calendar::check_calendar_range(&df, source)?;
    without_128_bit_integers(df, source)
}

/// JSON integers beyond 64 bits are read as 128-bit integers, which this build of polars
/// cannot group, sort or count (it panics): read them as floats, also inside lists and
/// structs.
fn without_128_bit_integers(df: DataFrame, source: &str) -> Result<DataFrame> {
    fn widen(dtype: &DataType) -> DataType {
        match dtype {
            DataType::Int128 | DataType::UInt128 => DataType::Float64,
            DataType::List(inner) => DataType::List(Box::new(widen(inner))),
            DataType::Struct(fields) => DataType::Struct(
                fields
                    .iter()
                    .map(|f| Field::new(f.name().clone(), widen(f.dtype())))
                    .collect(),
            ),
            other => other.clone(),
        }
    }
    if !df.columns().iter().any(|c| widen(c.dtype()) != *c.dtype()) {
        return Ok(df);
    }
    let columns = df
        .columns()
        .iter()
        .map(|c| {
            let target = widen(c.dtype());
            if target == *c.dtype() {
                Ok(c.clone())
            } else {
                c.cast(&target)
            }
        })
        .collect::<PolarsResult<Vec<_>>>()
        .map_err(|e| BlinqError::parse(source, polars_message(&e)))?;
    DataFrame::new(df.height(), columns).map_err(|e| BlinqError::parse(source, polars_message(&e)))
}

/// A reader that panics on a damaged file (polars' Parquet reader trusts the counts and
/// offsets a file declares; fuzzing found dozens of such files) is a parse error, not a
/// panic for the caller. The readers share no state with the caller, so nothing is left
/// half-changed. An allocation the damaged file asks for that cannot be made still aborts
/// the process: the server loads files in its worker processes for that reason.
pub(crate) fn without_reader_panics<T>(
    read: impl FnOnce() -> Result<T>,
    format: Format,
    source: &str,
) -> Result<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)).unwrap_or_else(|payload| {
        let detail = crate::error::panic_detail(payload.as_ref());
        let what = match format {
            Format::Csv => "CSV",
            Format::Tsv => "TSV",
            Format::Parquet => "Parquet",
            Format::Ipc => "Arrow IPC",
            Format::Json => "JSON",
            Format::Ndjson => "NDJSON",
            Format::Xlsx => "Excel",
        };
        Err(BlinqError::parse(
            source,
            format!("not a valid {what} file: the reader failed on it ({detail})"),
        ))
    })
}

fn describe_binary_error(err: &PolarsError, what: &str) -> String {
    format!("not a valid {what} file ({})", polars_message(err))
}

/// The checks a Parquet file passes before polars reads it: its footer and page headers
/// (see `parquet_check`), its width and declared rows within `limits`. Returns the reader,
/// with the footer it decoded, and the width.
pub(crate) fn check_parquet<'a>(
    bytes: &'a [u8],
    source: &str,
    limits: &Limits,
) -> Result<(ParquetReader<Cursor<&'a [u8]>>, usize)> {
    let bad = |e: PolarsError| BlinqError::parse(source, describe_binary_error(&e, "Parquet"));
    super::parquet_check::check_footer(bytes).map_err(|e| BlinqError::parse(source, e))?;
    let mut reader = ParquetReader::new(Cursor::new(bytes));
    let width = reader.schema().map_err(bad)?.len();
    limits.check_columns(width, "the Parquet schema")?;
    // The row count in the metadata is checked first; the slice holds even if it lies.
    let rows = reader.num_rows().map_err(bad)?;
    limits.check_shape(rows, width, false)?;
    let meta = reader.get_metadata().map_err(bad)?;
    super::parquet_check::check_pages(bytes, meta).map_err(|e| BlinqError::parse(source, e))?;
    Ok((reader, width))
}

fn read_parquet(bytes: &[u8], source: &str, limits: &Limits) -> Result<DataFrame> {
    let bad = |e: PolarsError| BlinqError::parse(source, describe_binary_error(&e, "Parquet"));
    let (reader, width) = check_parquet(bytes, source, limits)?;
    reader
        .with_slice(limits.row_budget(width).map(|b| (0, b.saturating_add(1))))
        .finish()
        .map_err(bad)
}

fn read_ipc(bytes: &[u8], source: &str, limits: &Limits) -> Result<DataFrame> {
    if bytes.starts_with(b"ARROW1") {
        let bad =
            |e: PolarsError| BlinqError::parse(source, describe_binary_error(&e, "Arrow IPC"));
        let mut reader = IpcReader::new(Cursor::new(bytes));
        let width = reader.schema().map_err(bad)?.len();
        limits.check_columns(width, "the Arrow schema")?;
        let rows =
            super::ipc_check::declared_rows(bytes).map_err(|e| BlinqError::parse(source, e))?;
        limits.check_shape(rows, width, false)?;
        let budget = limits.row_budget(width).map(|b| b.saturating_add(1));
        reader.with_n_rows(budget).finish().map_err(bad)
    } else {
        let bad = |e: PolarsError| {
            BlinqError::parse(source, describe_binary_error(&e, "Arrow IPC stream"))
        };
        let mut reader = IpcStreamReader::new(Cursor::new(bytes));
        let width = reader.schema().map_err(bad)?.len();
        limits.check_columns(width, "the Arrow schema")?;
        let rows = super::ipc_check::declared_stream_rows(bytes)
            .map_err(|e| BlinqError::parse(source, e))?;
        limits.check_shape(rows, width, false)?;
        let budget = limits.row_budget(width).map(|b| b.saturating_add(1));
        reader.with_n_rows(budget).finish().map_err(bad)
    }
}
