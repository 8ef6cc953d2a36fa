//! File formats and how to tell them apart.

use std::path::Path;

use serde::{Deserialize, Serialize};

/// A tabular file format Blinq can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Delimited text: comma, tab, semicolon or pipe separated (sniffed).
    Csv,
    /// Tab-separated text.
    Tsv,
    /// Apache Parquet.
    Parquet,
    /// A JSON array of records.
    Json,
    /// Newline-delimited JSON records.
    Ndjson,
    /// Arrow IPC, file or stream format.
    Ipc,
    /// An Excel .xlsx workbook.
    Xlsx,
}

impl Format {
    /// All formats, in the order their names are listed in messages.
    pub const ALL: [Format; 7] = [
        Format::Csv,
        Format::Tsv,
        Format::Parquet,
        Format::Json,
        Format::Ndjson,
        Format::Ipc,
        Format::Xlsx,
    ];

    /// The format's lowercase name (`csv`, `parquet`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Tsv => "tsv",
            Format::Parquet => "parquet",
            Format::Json => "json",
            Format::Ndjson => "ndjson",
            Format::Ipc => "ipc",
            Format::Xlsx => "xlsx",
        }
    }

    /// Parse a format name or file extension (`csv`, `tsv`, `tab`, `txt`, `parquet`, `pq`,
    /// `json`, `ndjson`, `jsonl`, `arrow`, `ipc`, `feather`, `xlsx`), case-insensitively.
    pub fn from_name(name: &str) -> Option<Format> {
        let name = name.trim_start_matches('.').to_ascii_lowercase();
        Some(match name.as_str() {
            "csv" | "txt" => Format::Csv,
            "tsv" | "tab" => Format::Tsv,
            "parquet" | "pq" => Format::Parquet,
            "json" => Format::Json,
            "ndjson" | "jsonl" | "jsonlines" => Format::Ndjson,
            "arrow" | "ipc" | "feather" | "arrows" => Format::Ipc,
            "xlsx" | "xlsm" => Format::Xlsx,
            _ => return None,
        })
    }

    /// The format named by a path's extension, if any.
    pub fn from_path(path: &Path) -> Option<Format> {
        path.extension()
            .and_then(|e| e.to_str())
            .and_then(Format::from_name)
    }

    /// Guess the format from the first bytes of the content.
    ///
    /// Binary formats are recognised by their magic numbers; text starting with `[` is JSON,
    /// with `{` newline-delimited JSON; everything else is delimited text.
    pub fn sniff(bytes: &[u8]) -> Format {
        if bytes.starts_with(b"PAR1") {
            return Format::Parquet;
        }
        if bytes.starts_with(b"ARROW1") || bytes.starts_with(&[0xFF, 0xFF, 0xFF, 0xFF]) {
            return Format::Ipc;
        }
        if bytes.starts_with(b"PK\x03\x04") {
            return Format::Xlsx;
        }
        let text = strip_bom(bytes);
        match text.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'[') => Format::Json,
            Some(b'{') => Format::Ndjson,
            _ => Format::Csv,
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Format {
    type Err = crate::BlinqError;

    /// [`Format::from_name`], with an error listing the formats.
    fn from_str(text: &str) -> crate::Result<Self> {
        Format::from_name(text).ok_or_else(|| {
            let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
            crate::BlinqError::Argument(format!(
                "unknown format `{text}`; use one of: {}",
                names.join(", ")
            ))
        })
    }
}

/// The bytes without a leading UTF-8 byte-order mark.
pub(crate) fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// Pick the delimiter of a delimited text sample: the candidate that appears the same,
/// non-zero number of times (outside quotes) on the most of the first lines.
pub(crate) fn sniff_delimiter(sample: &[u8]) -> u8 {
    const CANDIDATES: [u8; 4] = [b',', b'\t', b';', b'|'];
    let lines = split_sample_lines(sample);
    let mut best = (b',', 0usize, 0usize);
    for &candidate in &CANDIDATES {
        let counts: Vec<usize> = lines.iter().map(|l| count_unquoted(l, candidate)).collect();
        let Some(&first) = counts.first() else {
            continue;
        };
        if first == 0 {
            continue;
        }
        let consistent = counts.iter().filter(|&&c| c == first).count();
        if (consistent, first) > (best.1, best.2) {
            best = (candidate, consistent, first);
        }
    }
    best.0
}

/// Whether the first row of a delimited sample looks like a header: no field of it parses
/// as a number (header names are text), while the sample has more than one line.
pub(crate) fn sniff_header(sample: &[u8], delimiter: u8) -> bool {
    let lines = split_sample_lines(sample);
    let Some(first) = lines.first() else {
        return true;
    };
    let text = String::from_utf8_lossy(first);
    let fields = split_fields(&text, delimiter);
    !fields.iter().any(|f| numeric(f)) || years_across(&fields, &lines[1..], delimiter)
}

/// A field without its spaces and quotes.
fn bare(field: &str) -> &str {
    field.trim().trim_matches('"')
}

/// Whether a field is a number.
fn numeric(field: &str) -> bool {
    let f = bare(field);
    !f.is_empty() && f.parse::<f64>().is_ok()
}

/// Whether the first row names columns by year beside names in words ("Country Name, ...,
/// 1960, 1961, ..." of a wide table): two or more distinct years, at least one other field
/// in words, and the first of those columns holds no years below.
fn years_across(fields: &[String], rest: &[&[u8]], delimiter: u8) -> bool {
    let year = |f: &str| {
        bare(f)
            .parse::<u32>()
            .ok()
            .filter(|y| (1000..=2100).contains(y))
    };
    let at: Vec<usize> = (0..fields.len())
        .filter(|&i| year(&fields[i]).is_some())
        .collect();
    let mut years: Vec<u32> = at.iter().filter_map(|&i| year(&fields[i])).collect();
    years.sort_unstable();
    years.dedup();
    let numbers = fields.iter().filter(|f| numeric(f)).count();
    let words = fields
        .iter()
        .any(|f| !numeric(f) && bare(f).chars().any(char::is_alphabetic));
    let Some(&column) = at.first() else {
        return false;
    };
    // Data whose rows hold years there too ("Ann,1999,2004" over starts and ends).
    let years_below = rest.iter().take(20).any(|line| {
        let text = String::from_utf8_lossy(line);
        split_fields(&text, delimiter)
            .get(column)
            .is_some_and(|f| year(f).is_some())
    });
    years.len() >= 2 && years.len() == at.len() && numbers == at.len() && words && !years_below
}

fn split_sample_lines(sample: &[u8]) -> Vec<&[u8]> {
    let sample = strip_bom(sample);
    // Cut at the last complete line so a truncated sample does not skew the counts.
    let end = sample
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(sample.len(), |p| p);
    sample[..end]
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .filter(|l| !l.is_empty())
        .take(50)
        .collect()
}

fn count_unquoted(line: &[u8], delimiter: u8) -> usize {
    let mut in_quotes = false;
    let mut count = 0;
    for &b in line {
        if b == b'"' {
            in_quotes = !in_quotes;
        } else if b == delimiter && !in_quotes {
            count += 1;
        }
    }
    count
}

fn split_fields(line: &str, delimiter: u8) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut in_quotes = false;
    for c in line.chars() {
        if c == '"' {
            in_quotes = !in_quotes;
        } else if c as u32 == u32::from(delimiter) && !in_quotes {
            fields.push(String::new());
        } else if let Some(last) = fields.last_mut() {
            last.push(c);
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_magic_numbers_and_text() {
        assert_eq!(Format::sniff(b"PAR1\x00\x00"), Format::Parquet);
        assert_eq!(Format::sniff(b"ARROW1\x00\x00"), Format::Ipc);
        assert_eq!(Format::sniff(b"PK\x03\x04rest"), Format::Xlsx);
        assert_eq!(Format::sniff(b"  [{\"a\":1}]"), Format::Json);
        assert_eq!(Format::sniff(b"{\"a\":1}\n{\"a\":2}"), Format::Ndjson);
        assert_eq!(Format::sniff(b"\xEF\xBB\xBFa,b\n1,2\n"), Format::Csv);
    }

    #[test]
    fn sniffs_delimiters() {
        assert_eq!(sniff_delimiter(b"a,b,c\n1,2,3\n"), b',');
        assert_eq!(sniff_delimiter(b"a\tb\tc\n1\t2\t3\n"), b'\t');
        assert_eq!(sniff_delimiter(b"a;b\n\"1,5\";2\n\"3,5\";4\n"), b';');
        assert_eq!(sniff_delimiter(b"a|b\n1|2\n"), b'|');
    }

    #[test]
    fn sniffs_headers() {
        assert!(sniff_header(b"name,age\nann,3\n", b','));
        assert!(!sniff_header(b"1,2\n3,4\n", b','));
        assert!(!sniff_header(b"ann,3.5\nbob,4\n", b','));
        // Years across a wide table's first row name its columns.
        assert!(sniff_header(
            b"Country Name,Code,1960,1961\nAruba,ABW,4.82,4.655\nChad,TCD,,6.2\n",
            b','
        ));
        // Not where the rows below hold years in that column too, nor with a number
        // that is no year beside them.
        assert!(!sniff_header(b"Ann,1999,2004\nBob,2001,2008\n", b','));
        assert!(!sniff_header(b"Ann,1999,2004,3.5\nBob,x,y,4\n", b','));
    }

    #[test]
    fn names_and_extensions() {
        assert_eq!(Format::from_name("JSONL"), Some(Format::Ndjson));
        assert_eq!(
            Format::from_path(Path::new("x/y.feather")),
            Some(Format::Ipc)
        );
        assert_eq!(Format::from_path(Path::new("x/y")), None);
        assert_eq!(Format::from_name("doc"), None);
    }
}
