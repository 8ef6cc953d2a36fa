//! Reading files and buffers into a [`DataFrame`].

use std::io::Cursor;
use std::num::NonZeroUsize;
use std::path::Path;

use polars::prelude::*;
use serde::{Deserialize, Serialize};

use super::format::{Format, sniff_delimiter, sniff_header, strip_bom};
use super::temporal::parse_temporal_strings;
use super::xlsx::read_xlsx;
use crate::error::{BlinqError, Result, polars_message};

/// Strings read as null in delimited text, after pandas' defaults (R writes `NA`).
pub const DEFAULT_NULL_VALUES: &[&str] = &[
    "NA", "N/A", "n/a", "NaN", "nan", "-NaN", "-nan", "null", "NULL", "Null", "None", "#N/A",
    "#NA", "<NA>", "-1.#IND", "1.#IND", "-1.#QNAN", "1.#QNAN", "#N/A N/A",
];

/// Size limits applied while loading. `None` means unlimited.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Limits {
    /// The largest input accepted, in bytes.
    pub max_bytes: Option<u64>,
    /// The most rows a dataset may have.
    pub max_rows: Option<usize>,
    /// The most columns a dataset may have.
    pub max_columns: Option<usize>,
}

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
    /// Strings read as null in delimited text; [`DEFAULT_NULL_VALUES`] when `None`.
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
            infer_schema_rows: Some(10_000),
            parse_dates: true,
            limits: Limits::default(),
        }
    }
}

/// Read a file, detecting its format from the extension or, failing that, the content.
pub(crate) fn read_path(path: &Path, options: &LoadOptions) -> Result<DataFrame> {
    let meta = std::fs::metadata(path).map_err(|e| BlinqError::io(path, e))?;
    if meta.is_dir() {
        return Err(BlinqError::parse(
            path.display().to_string(),
            "is a directory, not a file",
        ));
    }
    check_bytes(meta.len(), options)?;
    let bytes = std::fs::read(path).map_err(|e| BlinqError::io(path, e))?;
    let format = options.format.or_else(|| Format::from_path(path));
    read_bytes_as(&bytes, format, &path.display().to_string(), options)
}

/// Read a buffer; `source_name` names it in error messages.
pub(crate) fn read_bytes(
    bytes: &[u8],
    source_name: &str,
    options: &LoadOptions,
) -> Result<DataFrame> {
    check_bytes(bytes.len() as u64, options)?;
    read_bytes_as(bytes, options.format, source_name, options)
}

fn check_bytes(len: u64, options: &LoadOptions) -> Result<()> {
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
) -> Result<DataFrame> {
    if strip_bom(bytes).iter().all(u8::is_ascii_whitespace) {
        return Err(BlinqError::parse(source, "the file is empty"));
    }
    let format = format.unwrap_or_else(|| Format::sniff(bytes));
    let df = match format {
        Format::Csv | Format::Tsv => read_delimited(bytes, format, source, options)?,
        Format::Parquet => ParquetReader::new(Cursor::new(bytes))
            .finish()
            .map_err(|e| BlinqError::parse(source, describe_binary_error(&e, "Parquet")))?,
        Format::Ipc => read_ipc(bytes, source)?,
        Format::Json => read_json(bytes, JsonFormat::Json, source)?,
        Format::Ndjson => read_json(bytes, JsonFormat::JsonLines, source)?,
        Format::Xlsx => read_xlsx(bytes, options.sheet.as_deref(), source)?,
    };
    let df = match format {
        Format::Json | Format::Ndjson | Format::Xlsx | Format::Csv | Format::Tsv
            if options.parse_dates =>
        {
            parse_temporal_strings(df)
        }
        _ => df,
    };
    check_shape(&df, options)?;
    Ok(df)
}

fn check_shape(df: &DataFrame, options: &LoadOptions) -> Result<()> {
    if let Some(max) = options.limits.max_columns
        && df.width() > max
    {
        return Err(BlinqError::Limit(format!(
            "the data has {} columns, more than the limit of {max}",
            df.width()
        )));
    }
    if let Some(max) = options.limits.max_rows
        && df.height() > max
    {
        return Err(BlinqError::Limit(format!(
            "the data has more than {max} rows, the configured limit"
        )));
    }
    Ok(())
}

fn read_delimited(
    bytes: &[u8],
    format: Format,
    source: &str,
    options: &LoadOptions,
) -> Result<DataFrame> {
    let bytes = strip_bom(bytes);
    if std::str::from_utf8(&bytes[..bytes.len().min(64 * 1024)]).is_err()
        && std::str::from_utf8(bytes).is_err()
    {
        return Err(BlinqError::parse(
            source,
            "the file is not UTF-8 text (is it a binary file?)",
        ));
    }
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let delimiter = options.delimiter.unwrap_or(match format {
        Format::Tsv => b'\t',
        _ => sniff_delimiter(sample),
    });
    let has_header = options
        .has_header
        .unwrap_or_else(|| sniff_header(sample, delimiter));
    let nulls: Vec<PlSmallStr> = match &options.null_values {
        Some(v) => v.iter().map(|s| PlSmallStr::from(s.as_str())).collect(),
        None => DEFAULT_NULL_VALUES
            .iter()
            .map(|s| PlSmallStr::from(*s))
            .collect(),
    };
    let read = |infer_rows: Option<usize>| {
        let mut opts = CsvReadOptions::default()
            .with_has_header(has_header)
            .with_infer_schema_length(infer_rows)
            .map_parse_options(|p| {
                p.with_separator(delimiter)
                    .with_quote_char(Some(b'"'))
                    .with_null_values(Some(NullValues::AllColumns(nulls.clone())))
                    .with_try_parse_dates(options.parse_dates)
                    .with_missing_is_null(true)
            });
        if let Some(max) = options.limits.max_rows {
            // Read one row past the limit so that exceeding it is detected, not hidden.
            opts = opts.with_n_rows(Some(max.saturating_add(1)));
        }
        opts.into_reader_with_file_handle(Cursor::new(bytes))
            .finish()
    };
    match read(options.infer_schema_rows) {
        Ok(df) => Ok(df),
        // A value late in the file may not fit the type inferred from the first rows: infer
        // again from every row before giving up.
        Err(first) if options.infer_schema_rows.is_some() => read(None)
            .map_err(|_| BlinqError::parse(source, describe_csv_error(&first, bytes, delimiter))),
        Err(e) => Err(BlinqError::parse(
            source,
            describe_csv_error(&e, bytes, delimiter),
        )),
    }
}

/// Turn a polars CSV error into a message with the line number when it can be found.
fn describe_csv_error(err: &PolarsError, bytes: &[u8], delimiter: u8) -> String {
    let message = polars_message(err);
    // polars names the offending field value; find the first line that holds it.
    let value = message.split('`').nth(1).filter(|v| !v.is_empty());
    if message.contains("found more fields")
        && let Some(line) = ragged_line(bytes, delimiter)
    {
        return format!("line {line} has more fields than the header");
    }
    if let Some(value) = value
        && let Some(line) = bytes
            .split(|&b| b == b'\n')
            .position(|l| l.split(|&b| b == delimiter).any(|f| f == value.as_bytes()))
    {
        return format!("line {}: {message}", line + 1);
    }
    message
}

fn ragged_line(bytes: &[u8], delimiter: u8) -> Option<usize> {
    let mut lines = bytes.split(|&b| b == b'\n').filter(|l| !l.is_empty());
    let count = |l: &[u8]| {
        let mut quoted = false;
        l.iter()
            .filter(|&&b| {
                if b == b'"' {
                    quoted = !quoted;
                }
                b == delimiter && !quoted
            })
            .count()
    };
    let width = count(lines.next()?);
    lines.position(|l| count(l) > width).map(|p| p + 2)
}

fn describe_binary_error(err: &PolarsError, what: &str) -> String {
    format!("not a valid {what} file ({})", polars_message(err))
}

fn read_ipc(bytes: &[u8], source: &str) -> Result<DataFrame> {
    if bytes.starts_with(b"ARROW1") {
        IpcReader::new(Cursor::new(bytes))
            .finish()
            .map_err(|e| BlinqError::parse(source, describe_binary_error(&e, "Arrow IPC")))
    } else {
        IpcStreamReader::new(Cursor::new(bytes))
            .finish()
            .map_err(|e| BlinqError::parse(source, describe_binary_error(&e, "Arrow IPC stream")))
    }
}

fn read_json(bytes: &[u8], format: JsonFormat, source: &str) -> Result<DataFrame> {
    let lines = matches!(format, JsonFormat::JsonLines);
    if !lines {
        // Check the structure first: polars' messages for malformed JSON carry no position.
        if let Err(e) = serde_json::from_slice::<serde::de::IgnoredAny>(strip_bom(bytes)) {
            return Err(BlinqError::parse(
                source,
                format!(
                    "invalid JSON at line {} column {}: {e}",
                    e.line(),
                    e.column()
                ),
            ));
        }
        let first = strip_bom(bytes).iter().find(|b| !b.is_ascii_whitespace());
        if first != Some(&b'[') {
            return Err(BlinqError::parse(
                source,
                "expected a JSON array of records, like [{\"a\": 1}, {\"a\": 2}]",
            ));
        }
    } else if let Some((line, e)) = first_bad_json_line(bytes) {
        return Err(BlinqError::parse(
            source,
            format!("invalid JSON on line {line}: {e}"),
        ));
    }
    JsonReader::new(Cursor::new(bytes))
        .with_json_format(format)
        .infer_schema_len(NonZeroUsize::new(10_000))
        .finish()
        .map_err(|e| BlinqError::parse(source, polars_message(&e)))
}

fn first_bad_json_line(bytes: &[u8]) -> Option<(usize, serde_json::Error)> {
    strip_bom(bytes)
        .split(|&b| b == b'\n')
        .enumerate()
        .find_map(|(i, line)| {
            if line.iter().all(u8::is_ascii_whitespace) {
                return None;
            }
            serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(line)
                .err()
                .map(|e| (i + 1, e))
        })
}
