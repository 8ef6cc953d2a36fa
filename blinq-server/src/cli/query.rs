//! `blinq query FILE SQL`.

use std::io::Write;
use std::path::{Path, PathBuf};

use blinq_core::LoadOptions;
use blinq_core::dataset::LazyDataset;
use blinq_core::sql::{QueryResult, Session, SqlLimits};
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
    /// Run on an Apache DataFusion Ballista cluster (`ballista://HOST:PORT`) instead of in
    /// this process: FILE is a Parquet file (or directory, or `s3://` URL) the executors
    /// can read. Needs a blinq built with the `cluster` feature.
    #[arg(long, env = "BLINQ_ENGINE")]
    engine: Option<String>,
}

pub fn run(args: QueryArgs) -> Result<(), CliError> {
    let limits = SqlLimits {
        max_rows: (args.max_rows > 0).then_some(args.max_rows),
        ..SqlLimits::default()
    };
    if let Some(engine) = &args.engine {
        let result = on_cluster(engine, &args.file, &args.sql, limits)?;
        return print(&args, &result);
    }
    let whole = || -> Result<_, CliError> {
        let session = Session::with_dataset(load_dataset(&args.file)?).with_limits(limits);
        Ok(session.execute(&args.sql)?)
    };
    // Parquet, and CSV without dates, are scanned: the query reads only the columns it
    // needs. A scanned text file whose query fails is loaded whole and asked again (a
    // late row may break a type inferred from the first ones).
    let result = match LazyDataset::scan_path(&args.file, &LoadOptions::default())? {
        Some(scan) => {
            let retry = scan.load_whole_on_failure();
            match Session::with_scan(scan)
                .with_limits(limits)
                .execute(&args.sql)
            {
                Ok(result) => result,
                Err(_) if retry => whole()?,
                Err(e) => return Err(e.into()),
            }
        }
        None => whole()?,
    };
    print(&args, &result)
}

/// Run the query on the cluster at `engine`; the table is `data` and the file's stem.
#[cfg(feature = "cluster")]
fn on_cluster(
    engine: &str,
    file: &Path,
    sql: &str,
    limits: SqlLimits,
) -> Result<QueryResult, CliError> {
    use blinq_cluster::{Engine, S3Access, Table};
    let text = file.to_string_lossy();
    let (location, engine) = if text.starts_with("s3://") {
        (
            text.into_owned(),
            Engine::from_url(engine)?.with_s3(S3Access::from_env()),
        )
    } else {
        // The executors resolve the path on their own machines: give them an absolute one.
        let path = std::fs::canonicalize(file).map_err(|source| blinq_core::BlinqError::Io {
            path: file.to_path_buf(),
            source,
        })?;
        (
            path.to_string_lossy().into_owned(),
            Engine::from_url(engine)?,
        )
    };
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "data".into());
    let tables = Table::for_datasets([(stem, location)]);
    Ok(engine.with_limits(limits).query_blocking(&tables, sql)?)
}

#[cfg(not(feature = "cluster"))]
fn on_cluster(_: &str, _: &Path, _: &str, _: SqlLimits) -> Result<QueryResult, CliError> {
    Err(CliError::Usage(
        "--engine needs a blinq built with the `cluster` feature \
         (cargo build --release -p blinq-server --features cluster)"
            .into(),
    ))
}

fn print(args: &QueryArgs, result: &QueryResult) -> Result<(), CliError> {
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
