//! Load options as people write them — format and delimiter by name, limits flat — read
//! from JSON. The Python and Node packages pass their keyword arguments / option objects
//! here as they are, so every binding accepts exactly the same options with the same
//! errors.

use serde::{Deserialize, Deserializer};

use super::{Format, LoadOptions};
use crate::error::{BlinqError, Result};

/// The option names [`LoadOptions::from_json`] accepts.
pub const READ_OPTIONS: &[&str] = &[
    "format",
    "delimiter",
    "has_header",
    "sheet",
    "null_values",
    "infer_schema_rows",
    "parse_dates",
    "max_rows",
    "max_columns",
    "max_bytes",
];

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct Named {
    format: Option<String>,
    delimiter: Option<String>,
    has_header: Option<bool>,
    sheet: Option<String>,
    null_values: Option<Vec<String>>,
    #[serde(deserialize_with = "explicit")]
    infer_schema_rows: Option<Option<usize>>,
    parse_dates: Option<bool>,
    max_rows: Option<usize>,
    max_columns: Option<usize>,
    max_bytes: Option<u64>,
}

/// Tell a field given as `null` (`Some(None)`) from a field left out (`None`).
fn explicit<'de, D, T>(deserializer: D) -> std::result::Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

impl LoadOptions {
    /// Options from a JSON object such as `{"format": "csv", "delimiter": ";",
    /// "max_rows": 1000}` (see [`READ_OPTIONS`]); fields left out or `null` keep their
    /// defaults, except `infer_schema_rows: null`, which infers types from every row.
    /// Unknown fields and bad values are [`BlinqError::Argument`]s.
    ///
    /// ```
    /// use blinq_core::{Format, LoadOptions};
    /// let options = LoadOptions::from_json(r#"{"format": "tsv", "delimiter": "tab"}"#).unwrap();
    /// assert_eq!((options.format, options.delimiter), (Some(Format::Tsv), Some(b'\t')));
    /// assert!(LoadOptions::from_json(r#"{"delimeter": ";"}"#).is_err());
    /// ```
    pub fn from_json(text: &str) -> Result<LoadOptions> {
        let named: Named = serde_json::from_str(text).map_err(|e| {
            BlinqError::Argument(format!(
                "{e}; the read options are: {}",
                READ_OPTIONS.join(", ")
            ))
        })?;
        let mut options = LoadOptions {
            format: named
                .format
                .as_deref()
                .map(str::parse::<Format>)
                .transpose()?,
            delimiter: named
                .delimiter
                .as_deref()
                .map(parse_delimiter)
                .transpose()?,
            has_header: named.has_header,
            sheet: named.sheet,
            null_values: named.null_values,
            ..LoadOptions::default()
        };
        if let Some(rows) = named.infer_schema_rows {
            options.infer_schema_rows = rows;
        }
        if let Some(parse) = named.parse_dates {
            options.parse_dates = parse;
        }
        options.limits.max_rows = named.max_rows;
        options.limits.max_columns = named.max_columns;
        options.limits.max_bytes = named.max_bytes;
        Ok(options)
    }
}

/// A delimiter: one ASCII character, or `tab`, `comma`, `semicolon`, `pipe`, `space` (or
/// `\t`).
pub fn parse_delimiter(text: &str) -> Result<u8> {
    let named = match text.to_ascii_lowercase().as_str() {
        "tab" | "\\t" => Some(b'\t'),
        "comma" => Some(b','),
        "semicolon" => Some(b';'),
        "pipe" => Some(b'|'),
        "space" => Some(b' '),
        _ => None,
    };
    match (named, text.as_bytes()) {
        (Some(byte), _) => Ok(byte),
        (None, [byte]) if byte.is_ascii() && *byte != b'\n' && *byte != b'"' => Ok(*byte),
        _ => Err(BlinqError::Argument(format!(
            "the delimiter must be one ASCII character (or tab, comma, semicolon, pipe, \
             space), not {text:?}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_option_is_read_by_name() {
        let options = LoadOptions::from_json(
            r#"{"format": "CSV", "delimiter": ";", "has_header": false, "sheet": "S",
                "null_values": ["-"], "infer_schema_rows": null, "parse_dates": false,
                "max_rows": 5, "max_columns": 6, "max_bytes": 7}"#,
        )
        .unwrap();
        assert_eq!(options.format, Some(Format::Csv));
        assert_eq!(options.delimiter, Some(b';'));
        assert_eq!(options.has_header, Some(false));
        assert_eq!(options.sheet.as_deref(), Some("S"));
        assert_eq!(options.null_values, Some(vec!["-".to_string()]));
        assert_eq!(options.infer_schema_rows, None);
        assert!(!options.parse_dates);
        assert_eq!(
            (
                options.limits.max_rows,
                options.limits.max_columns,
                options.limits.max_bytes
            ),
            (Some(5), Some(6), Some(7))
        );
    }

    #[test]
    fn left_out_options_keep_their_defaults() {
        assert_eq!(
            LoadOptions::from_json("{}").unwrap(),
            LoadOptions::default()
        );
        let nulls = LoadOptions::from_json(r#"{"format": null, "max_rows": null}"#).unwrap();
        assert_eq!(nulls, LoadOptions::default());
    }

    #[test]
    fn bad_options_are_argument_errors_that_say_what_works() {
        let e = LoadOptions::from_json(r#"{"delimeter": ";"}"#).unwrap_err();
        assert_eq!(e.kind(), crate::ErrorKind::Argument);
        assert!(e.to_string().contains("delimiter"), "{e}");
        let e = LoadOptions::from_json(r#"{"delimiter": ";;"}"#).unwrap_err();
        assert!(e.to_string().contains("one ASCII character"), "{e}");
        let e = LoadOptions::from_json(r#"{"format": "docx"}"#).unwrap_err();
        assert_eq!(e.kind(), crate::ErrorKind::Argument);
        assert_eq!(parse_delimiter("TAB").unwrap(), b'\t');
        assert_eq!(parse_delimiter("|").unwrap(), b'|');
    }
}
