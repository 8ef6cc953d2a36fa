//! `blinq query FILE SQL`.

use std::io::Write;
use std::path::PathBuf;

use blinq_core::LoadOptions;
use blinq_core::dataset::LazyDataset;
use blinq_core::sql::{Session, SqlLimits};
use blinq_core::{ExportFormat, dataset::export};
use clap::{Args, ValueEnum};

use super::{CliError, load_dataset, output};

/// How `blinq query` prints its result.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum OutputFormat {
    /// An aligned text table.
    Table,
    /// CSV with a header.
    Csv,
    /// `{"columns": [...], "rows": [[...]]}`.
    Json,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The data file (CSV, TSV, Parquet, JSON, NDJSON, Arrow IPC, .xlsx).
    file: PathBuf,
    /// The SQL query; the table is `data` (or the file's stem).
    sql: String,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = OutputFormat::Table)]
    format: OutputFormat,
    /// The most rows to print (0 for no limit).
    #[arg(long, default_value_t = 10_000)]
    max_rows: usize,
}

pub fn run(args: QueryArgs) -> Result<(), CliError> {
    // A Parquet file is scanned: the query reads only the columns it needs.
    let session = match LazyDataset::scan_path(&args.file, &LoadOptions::default())? {
        Some(scan) => Session::with_scan(scan),
        None => Session::with_dataset(load_dataset(&args.file)?),
    };
    let limits = SqlLimits {
        max_rows: (args.max_rows > 0).then_some(args.max_rows),
        ..SqlLimits::default()
    };
    let session = session.with_limits(limits);
    let result = session.execute(&args.sql)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match args.format {
        OutputFormat::Table => output::print_table(&mut out, &result.table_json())?,
        OutputFormat::Csv => export(&result.frame, ExportFormat::Csv, &mut out)?,
        OutputFormat::Json => {
            export(&result.frame, ExportFormat::Json, &mut out)?;
            writeln!(out)?;
        }
    }
    if result.truncated {
        eprintln!(
            "note: the result was cut to {} rows (use --max-rows 0 for all)",
            result.row_count()
        );
    }
    Ok(())
}
