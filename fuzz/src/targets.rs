//! The fuzz targets: what one input is run through.

use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

use blinq_core::agent::{self, AskOptions, Plan};
use blinq_core::analysis::describe;
use blinq_core::dataset::{ExportFormat, LazyDataset, Limits, export};
use blinq_core::plot::{PlotSpec, render};
use blinq_core::sql::{Session, SqlLimits, sandbox};
use blinq_core::{BlinqError, Dataset, Format, LoadOptions};

/// A fuzz target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    /// Comma-separated text.
    Csv,
    /// Tab-separated text.
    Tsv,
    /// A JSON array of records.
    Json,
    /// Newline-delimited JSON.
    Ndjson,
    /// Apache Parquet.
    Parquet,
    /// Arrow IPC (file and stream).
    Ipc,
    /// Excel workbooks.
    Xlsx,
    /// SQL through the sandbox and polars over penguins.
    Sql,
    /// Plot specs, rendered over penguins.
    PlotSpec,
    /// The agent's plans, validated and run over penguins.
    Plan,
}

impl Target {
    /// Every target.
    pub const ALL: [Target; 10] = [
        Target::Csv,
        Target::Tsv,
        Target::Json,
        Target::Ndjson,
        Target::Parquet,
        Target::Ipc,
        Target::Xlsx,
        Target::Sql,
        Target::PlotSpec,
        Target::Plan,
    ];

    /// The name used on the command line and for `fuzz/regressions/<name>`.
    pub fn name(self) -> &'static str {
        match self {
            Target::Csv => "csv",
            Target::Tsv => "tsv",
            Target::Json => "json",
            Target::Ndjson => "ndjson",
            Target::Parquet => "parquet",
            Target::Ipc => "ipc",
            Target::Xlsx => "xlsx",
            Target::Sql => "sql",
            Target::PlotSpec => "plotspec",
            Target::Plan => "plan",
        }
    }

    /// The target of a name.
    pub fn from_name(name: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.name() == name)
    }

    /// The file format a loader target reads; `None` for the others.
    pub fn format(self) -> Option<Format> {
        Some(match self {
            Target::Csv => Format::Csv,
            Target::Tsv => Format::Tsv,
            Target::Json => Format::Json,
            Target::Ndjson => Format::Ndjson,
            Target::Parquet => Format::Parquet,
            Target::Ipc => Format::Ipc,
            Target::Xlsx => Format::Xlsx,
            _ => return None,
        })
    }
}

/// The limits loads run under: what a server would set (the defaults have no row or column
/// limit), small enough that a frame the limits allow fits the fuzzer's memory cap easily.
pub fn load_limits() -> Limits {
    Limits {
        max_bytes: Some(1 << 20),
        max_rows: Some(100_000),
        max_columns: Some(1_000),
        max_cells: Some(1_000_000),
    }
}

/// The penguins fixture, loaded once.
pub fn penguins() -> &'static Dataset {
    static PENGUINS: OnceLock<Dataset> = OnceLock::new();
    PENGUINS.get_or_init(|| {
        Dataset::from_path(fixtures().join("penguins.csv")).expect("the penguins fixture loads")
    })
}

/// blinq-core's test fixtures.
pub fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../blinq-core/tests/fixtures")
}

/// Run one input through `target`. `Ok` describes what came out, `Err` the error; either
/// is fine — only a panic or an abort is a finding.
pub fn run(target: Target, input: &[u8]) -> Result<String, BlinqError> {
    match target {
        Target::Sql => run_sql(input),
        Target::PlotSpec => run_plot_spec(input),
        Target::Plan => run_plan(input),
        loader => run_load(loader, input),
    }
}

fn run_load(target: Target, input: &[u8]) -> Result<String, BlinqError> {
    let mut options = LoadOptions {
        format: target.format(),
        limits: load_limits(),
        ..LoadOptions::default()
    };
    // The sniffing path first (its outcome only matters if it panics), then the format set.
    if let Ok(sniffed) = Dataset::from_bytes(
        "fuzz",
        input,
        &LoadOptions {
            format: None,
            ..options.clone()
        },
    ) {
        let _ = exercise(&sniffed);
    }
    options.parse_dates = input.len().is_multiple_of(2);
    // `blinq query` scans Parquet and delimited text rather than loading them: that
    // reader too.
    let scanned = match target {
        Target::Parquet => Some("parquet"),
        Target::Csv => Some("csv"),
        Target::Tsv => Some("tsv"),
        _ => None,
    };
    if let Some(extension) = scanned {
        let path = std::env::temp_dir().join(format!(
            "blinq-fuzz-scan-{}.{extension}",
            std::process::id()
        ));
        let _ = scan_query(input, &path);
        // Not left behind in the temp folder once the run ends.
        let _ = std::fs::remove_file(&path);
    }
    let dataset = Dataset::from_bytes("fuzz", input, &options)?;
    exercise(&dataset)
}

/// An input written to `path` (its extension names the format), scanned and queried whole,
/// as `blinq query` does.
fn scan_query(input: &[u8], path: &std::path::Path) -> Result<String, BlinqError> {
    std::fs::write(path, input).map_err(|e| BlinqError::Query(format!("temp file: {e}")))?;
    let options = LoadOptions {
        limits: load_limits(),
        ..LoadOptions::default()
    };
    let Some(scan) = LazyDataset::scan_path(path, &options)? else {
        return Ok(String::new());
    };
    let limits = SqlLimits {
        max_rows: Some(1_000),
        timeout: Some(Duration::from_secs(5)),
    };
    let result = Session::with_scan(scan)
        .with_limits(limits)
        .execute("select * from data")?;
    Ok(format!("{} rows", result.row_count()))
}

/// What a loaded dataset goes through next in the server: schema, preview, describe and
/// export.
fn exercise(dataset: &Dataset) -> Result<String, BlinqError> {
    let mut dtypes: Vec<String> = dataset.schema().into_iter().map(|c| c.dtype).collect();
    dtypes.sort();
    dtypes.dedup();
    let _ = dataset.preview(5);
    describe(dataset)?;
    let mut sink = Vec::new();
    export(dataset.frame(), ExportFormat::Csv, &mut sink)?;
    sink.clear();
    export(dataset.frame(), ExportFormat::Json, &mut sink)?;
    Ok(format!(
        "rows~2^{} cols~2^{} {}",
        usize::BITS - dataset.row_count().leading_zeros(),
        usize::BITS - dataset.column_count().leading_zeros(),
        dtypes.join(",")
    ))
}

fn run_sql(input: &[u8]) -> Result<String, BlinqError> {
    let sql = String::from_utf8_lossy(input);
    let _ = sandbox::check(&sql, &["data", "penguins"]);
    let limits = SqlLimits {
        max_rows: Some(100),
        timeout: Some(Duration::from_secs(2)),
    };
    let result = Session::with_dataset(penguins().clone())
        .with_limits(limits)
        .execute(&sql)?;
    Ok(format!(
        "{} cols, truncated {}",
        result.frame.width(),
        result.truncated
    ))
}

fn run_plot_spec(input: &[u8]) -> Result<String, BlinqError> {
    let mut spec = PlotSpec::from_json(&String::from_utf8_lossy(input))?;
    spec.width = spec.width.min(320);
    spec.height = spec.height.min(240);
    let rendered = render(penguins(), &spec)?;
    Ok(format!("{:?} {}", spec.kind, rendered.mime_type()))
}

/// Follow-up questions asked with a fuzzed plan as the previous answer.
const FOLLOW_UPS: &[&str] = &[
    "now as a line chart",
    "only for Adelie",
    "by island instead",
    "sort it descending",
    "top 3",
    "what about the median?",
];

fn run_plan(input: &[u8]) -> Result<String, BlinqError> {
    let plan: Plan =
        serde_json::from_slice(input).map_err(|e| BlinqError::Plan(format!("not a plan: {e}")))?;
    let options = AskOptions {
        size: (240, 160),
        max_rows: 50,
        ..AskOptions::default()
    };
    let follow_up = FOLLOW_UPS[input.len() % FOLLOW_UPS.len()];
    let _ = agent::ask(
        penguins(),
        follow_up,
        &AskOptions {
            previous: Some(plan.clone()),
            ..options.clone()
        },
    );
    let answer = agent::run_plan(penguins(), plan, &options)?;
    Ok(format!(
        "plotting {} table {}",
        answer.is_plotting,
        answer.table.is_some()
    ))
}
