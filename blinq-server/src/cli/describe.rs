//! `blinq describe FILE [--json]`: one row of summary statistics per column.

use std::io::Write;
use std::path::PathBuf;

use blinq_core::analysis::{ColumnSummary, DEFAULT_MAX_VALUES, DatasetSummary, top_text};
use clap::Args;
use serde_json::Value;

use super::{CliError, Source, load_or_scan};

/// Flags of `blinq describe`.
#[derive(Debug, Args)]
pub struct DescribeArgs {
    /// The data file (CSV, TSV, Parquet, JSON, NDJSON, Arrow IPC, .xlsx).
    file: PathBuf,
    /// Print one JSON object `{"name", "rows", "columns": [...]}` instead of a table.
    #[arg(long)]
    json: bool,
}

/// Print the summary of every column of the file. A Parquet file too large to load is
/// described from a scan, one part of one column at a time.
pub fn run(args: DescribeArgs) -> Result<(), CliError> {
    let summary = match load_or_scan(&args.file)? {
        Source::Loaded(dataset) => DatasetSummary::of(&dataset)?,
        Source::Scanned(scan) => DatasetSummary::of_scan(&scan, DEFAULT_MAX_VALUES)?,
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        serde_json::to_writer(&mut out, &summary).map_err(std::io::Error::other)?;
        writeln!(out)?;
    } else {
        print_summary(&mut out, &summary)?;
    }
    Ok(())
}

const HEADERS: [&str; 13] = [
    "column", "dtype", "count", "nulls", "unique", "mean", "std", "min", "25%", "50%", "75%",
    "max", "top",
];

/// A cell: its text and whether it is a number (right-aligned).
type Cell = (String, bool);

fn print_summary(out: &mut impl Write, summary: &DatasetSummary) -> std::io::Result<()> {
    let (rows, cols) = (summary.rows, summary.columns.len());
    writeln!(
        out,
        "{}: {rows} row{}, {cols} column{}",
        summary.name,
        plural(rows),
        plural(cols as u64)
    )?;
    writeln!(out)?;
    let cells: Vec<Vec<Cell>> = summary.columns.iter().map(row).collect();
    let widths: Vec<usize> = (0..HEADERS.len())
        .map(|i| {
            cells
                .iter()
                .map(|r| r[i].0.chars().count())
                .chain([HEADERS[i].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    // A column is right-aligned when every non-empty cell in it is a number.
    let right: Vec<bool> = (0..HEADERS.len())
        .map(|i| cells.iter().all(|r| r[i].1 || r[i].0.is_empty()) && cells.iter().any(|r| r[i].1))
        .collect();
    let line = |out: &mut dyn Write, texts: &[&str]| -> std::io::Result<()> {
        let parts: Vec<String> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                if right[i] {
                    format!("{t:>w$}", w = widths[i])
                } else {
                    format!("{t:<w$}", w = widths[i])
                }
            })
            .collect();
        writeln!(out, "{}", parts.join("  ").trim_end())
    };
    line(out, &HEADERS)?;
    let rules: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    line(out, &rules.iter().map(String::as_str).collect::<Vec<_>>())?;
    for r in &cells {
        line(out, &r.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>())?;
    }
    Ok(())
}

fn plural(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn row(s: &ColumnSummary) -> Vec<Cell> {
    let int = |n: u64| (n.to_string(), true);
    let float = |v: Option<f64>| v.map_or((String::new(), false), |v| (number(v), true));
    let top = top_text(&s.top[..s.top.len().min(3)]);
    vec![
        (s.name.clone(), false),
        (s.dtype.clone(), false),
        int(s.count),
        int(s.nulls),
        int(s.unique),
        float(s.mean),
        float(s.std),
        value(&s.min),
        float(s.q25),
        float(s.median),
        float(s.q75),
        value(&s.max),
        (top, false),
    ]
}

fn value(v: &Value) -> Cell {
    match v {
        Value::Null => (String::new(), false),
        Value::Number(n) => (n.as_f64().map_or_else(|| n.to_string(), number), true),
        Value::String(s) => (s.clone(), false),
        other => (other.to_string(), false),
    }
}

/// A number with at most 6 significant digits and no trailing zeros: 4201.75, 0.818356,
/// 2700, 1.5e-7.
fn number(v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    if v == v.trunc() && v.abs() < 1e15 {
        return format!("{v:.0}");
    }
    let magnitude = v.abs().log10().floor() as i32;
    if !(-4..15).contains(&magnitude) {
        return format!("{v:.5e}");
    }
    let decimals = (5 - magnitude).max(0) as usize;
    let text = format!("{v:.decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn numbers_have_six_significant_digits() {
        assert_eq!(number(4201.754385964912), "4201.75");
        assert_eq!(number(801.9545356980955), "801.955");
        assert_eq!(number(0.8183559254837041), "0.818356");
        assert_eq!(number(2700.0), "2700");
        assert_eq!(number(-13.571428571428571), "-13.5714");
        assert_eq!(number(43.9219298245614), "43.9219");
    }
}
