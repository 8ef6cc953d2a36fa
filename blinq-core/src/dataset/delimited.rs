//! Delimited text (CSV, TSV and friends) through polars' CSV reader.

use std::io::Cursor;

use polars::prelude::*;

use super::format::{Format, sniff_delimiter, sniff_header, strip_bom};
use super::load::{DEFAULT_NULL_VALUES, LoadOptions};
use crate::error::{BlinqError, Result, polars_message};

/// Read comma-, tab-, semicolon- or pipe-separated text.
pub(crate) fn read_delimited(
    bytes: &[u8],
    format: Format,
    source: &str,
    options: &LoadOptions,
    columns: Option<&[&str]>,
) -> Result<DataFrame> {
    // An empty field in quotes (`""`, as files that quote every field write it) is missing,
    // as an unquoted one is, when the default null strings are in use (pandas reads it so).
    let quoted_empty =
        options.null_values.is_none() && memchr::memmem::find(bytes, b"\"\"").is_some();
    let read = |bytes: &[u8]| {
        read_delimited_once(bytes, format, source, options, columns).map(|df| {
            if quoted_empty {
                empty_text_as_missing(df)
            } else {
                df
            }
        })
    };
    let first = read(bytes);
    // `"6'5\"", 190`: some writers escape a quote inside a quoted field with a backslash,
    // which is not CSV (RFC 4180 doubles it): read as CSV, the field runs on over the next
    // records, the file fails, or a field that is all quoted (`"\"Our Way\""`) loses its
    // quotes to backslashes (`\Our Way\`). When the text holds such escapes, read it again
    // with them doubled and keep that reading if it works and finds as many records and
    // columns or more records (a field that only ends in a backslash, `"C:\"`, then runs on
    // over the next record, so it reads better as it is).
    if memchr::memmem::find(bytes, b"\\\"").is_some() {
        let doubled = backslash_quotes_doubled(bytes);
        let second = read(&doubled);
        return match (&first, &second) {
            (Err(_), Ok(_)) => second,
            (Ok(a), Ok(b))
                if b.height() > a.height()
                    || (b.height() == a.height() && b.width() == a.width()) =>
            {
                second
            }
            _ => first,
        };
    }
    first
}

/// Empty text (a quoted empty field, which polars keeps as `""`) as missing; a column whose
/// other values are all whole numbers, or all numbers, is then read as such.
pub(crate) fn empty_text_as_missing(mut df: DataFrame) -> DataFrame {
    let names: Vec<PlSmallStr> = df
        .columns()
        .iter()
        .filter(|c| c.str().is_ok_and(|ca| ca.iter().any(|v| v == Some(""))))
        .map(|c| c.name().clone())
        .collect();
    for name in names {
        let Ok(ca) = df.column(&name).and_then(|c| c.str().cloned()) else {
            continue;
        };
        let cleaned: StringChunked = ca.iter().map(|v| v.filter(|s| !s.is_empty())).collect();
        let text = cleaned.with_name(name.clone()).into_series();
        // A column with no value left stays text, as polars reads one of empty fields.
        let series = if text.null_count() == text.len() {
            text
        } else {
            text.strict_cast(&DataType::Int64)
                .or_else(|_| text.strict_cast(&DataType::Float64))
                .unwrap_or(text)
        };
        let _ = df.replace(&name, series.into_column());
    }
    df
}

/// `\"` inside the text as `""`.
fn backslash_quotes_doubled(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut rest = bytes;
    while let Some(at) = memchr::memmem::find(rest, b"\\\"") {
        out.extend_from_slice(&rest[..at]);
        out.extend_from_slice(b"\"\"");
        rest = &rest[at + 2..];
    }
    out.extend_from_slice(rest);
    out
}

/// One reading of delimited text as it is.
fn read_delimited_once(
    bytes: &[u8],
    format: Format,
    source: &str,
    options: &LoadOptions,
    columns: Option<&[&str]>,
) -> Result<DataFrame> {
    let bytes = strip_bom(bytes);
    // polars 0.55 slices a field that is only an opening quote out of bounds (parser.rs:1154;
    // a debug build aborts, a release build reads past the field). Its parallel split ends
    // every chunk but the last at a newline, so such a field can only occur when the input
    // ends with a quote: end it with a newline, which changes no record.
    let terminated;
    let bytes = if bytes.ends_with(b"\"") || bytes.ends_with(b"\"\r") {
        terminated = [bytes, b"\n"].concat();
        terminated.as_slice()
    } else {
        bytes
    };
    if std::str::from_utf8(&bytes[..bytes.len().min(64 * 1024)]).is_err()
        && std::str::from_utf8(bytes).is_err()
    {
        return Err(BlinqError::parse(
            source,
            "the file is not UTF-8 text (is it a binary file?)",
        ));
    }
    let Layout {
        delimiter,
        has_header,
        width,
        nulls,
    } = layout(bytes, format, options);
    // The width is known from the first record: refuse a table too wide before polars
    // allocates a builder per column, and read no more rows than the limits allow.
    options.limits.check_columns(
        width,
        if has_header {
            "the header"
        } else {
            "the first row"
        },
    )?;
    let budget = options.limits.row_budget(width);
    let read = |infer_rows: Option<usize>| {
        let mut opts = CsvReadOptions::default()
            .with_has_header(has_header)
            .with_infer_schema_length(infer_rows)
            .map_parse_options(|p| {
                p.with_separator(delimiter)
                    .with_quote_char(Some(b'"'))
                    .with_null_values(
                        (!nulls.is_empty()).then(|| NullValues::AllColumns(nulls.clone())),
                    )
                    .with_try_parse_dates(options.parse_dates)
                    .with_missing_is_null(true)
            });
        if let Some(columns) = columns {
            opts = opts.with_columns(Some(columns.iter().map(|c| PlSmallStr::from(*c)).collect()));
        }
        if let Some(max) = budget {
            // Read one row past the budget so that exceeding it is detected, not hidden.
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

/// How a delimited text is laid out: its delimiter and header (as set, or sniffed from its
/// first 64 KiB), its width (the first record's fields) and the null strings it holds.
pub(crate) struct Layout {
    pub(crate) delimiter: u8,
    pub(crate) has_header: bool,
    pub(crate) width: usize,
    pub(crate) nulls: Vec<PlSmallStr>,
}

/// Read the [`Layout`] of `bytes` (without a byte-order mark), as loading and scanning do.
pub(crate) fn layout(bytes: &[u8], format: Format, options: &LoadOptions) -> Layout {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let delimiter = options.delimiter.unwrap_or(match format {
        Format::Tsv => b'\t',
        _ => sniff_delimiter(sample),
    });
    let has_header = options
        .has_header
        .unwrap_or_else(|| sniff_header(sample, delimiter));
    let nulls: Vec<&str> = match &options.null_values {
        Some(v) => v.iter().map(String::as_str).collect(),
        None => DEFAULT_NULL_VALUES.to_vec(),
    };
    // polars compares every field with every null string: only the ones the file holds
    // anywhere can be a field (19 strings halved the reader's speed).
    let nulls = occurring(bytes, &nulls)
        .into_iter()
        .map(PlSmallStr::from)
        .collect();
    Layout {
        delimiter,
        has_header,
        width: first_record_width(bytes, delimiter),
        nulls,
    }
}

/// The strings of `candidates` that occur somewhere in `bytes` (the empty string never
/// does: an empty field is null anyway). A byte found in no string is looked for once: a
/// string with a byte the file lacks is not in it, which settles most null strings with a
/// few passes of `memchr` over a file of digits.
fn occurring<'a>(bytes: &[u8], candidates: &[&'a str]) -> Vec<&'a str> {
    let mut absent: [Option<bool>; 256] = [None; 256];
    let mut kept = Vec::new();
    for &candidate in candidates {
        let needle = candidate.as_bytes();
        if needle.is_empty() {
            continue;
        }
        let mut lacks_a_byte = false;
        for &b in needle {
            let missing =
                *absent[usize::from(b)].get_or_insert_with(|| memchr::memchr(b, bytes).is_none());
            if missing {
                lacks_a_byte = true;
                break;
            }
        }
        if !lacks_a_byte && memchr::memmem::find(bytes, needle).is_some() {
            kept.push(candidate);
        }
    }
    kept
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

/// The number of fields of the first record (quotes may hold delimiters and newlines).
fn first_record_width(bytes: &[u8], delimiter: u8) -> usize {
    let mut in_quotes = false;
    let mut fields = 1;
    for &b in bytes {
        match b {
            b'"' => in_quotes = !in_quotes,
            b'\n' if !in_quotes => break,
            _ if b == delimiter && !in_quotes => fields += 1,
            _ => {}
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_null_strings_the_file_holds_are_compared() {
        let nulls = ["NA", "null", "#N/A", ""];
        assert_eq!(occurring(b"a,b\n1,NA\n2,3\n", &nulls), ["NA"]);
        assert!(occurring(b"id,v\nid001,3\nid002,4\n", &nulls).is_empty());
        // Inside a longer word it may be a field elsewhere: kept (a superset is safe).
        assert_eq!(occurring(b"name\nNATO\n", &nulls), ["NA"]);
    }

    #[test]
    fn quoted_empty_fields_are_missing() {
        let csv = b"a,b,c\n\"1\",\"\",\"x\"\n\"\",\"2.5\",\"\"\n\"3\",\"4\",\"y\"\n";
        let df = read_delimited(csv, Format::Csv, "t", &LoadOptions::default(), None).unwrap();
        assert_eq!(df.column("a").unwrap().dtype(), &DataType::Int64);
        assert_eq!(df.column("b").unwrap().dtype(), &DataType::Float64);
        assert_eq!(df.column("c").unwrap().dtype(), &DataType::String);
        assert_eq!(
            df.column("a").unwrap().null_count() + df.column("c").unwrap().null_count(),
            2
        );
        // With null strings of one's own, an empty text stays text.
        let options = LoadOptions {
            null_values: Some(vec!["NA".into()]),
            ..LoadOptions::default()
        };
        let df = read_delimited(csv, Format::Csv, "t", &options, None).unwrap();
        assert_eq!(df.column("a").unwrap().dtype(), &DataType::String);
    }

    #[test]
    fn first_record_width_counts_unquoted_delimiters() {
        assert_eq!(first_record_width(b"a,b,c\n1,2\n", b','), 3);
        assert_eq!(first_record_width(b"\"a,\nb\",c\r\n1,2\n", b','), 2);
        assert_eq!(first_record_width(b"a\tb", b'\t'), 2);
        assert_eq!(first_record_width(b"only", b','), 1);
    }
}
