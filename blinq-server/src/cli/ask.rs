//! `blinq ask FILE "QUESTION" [--json] [-o plot.png]`: answer a plain-language question.

use std::io::Write;
use std::path::PathBuf;

use blinq_core::agent::llm::LlmConfig;
use blinq_core::agent::{ASK_SAMPLE_ROWS, AskOptions, Planner, ask, ask_scan};
use blinq_core::plot::PlotFormat;
use clap::Args;

use super::{CliError, Source, load_or_scan, output};

#[derive(Debug, Args)]
pub struct AskArgs {
    /// The data file (CSV, TSV, Parquet, JSON, NDJSON, Arrow IPC, .xlsx).
    file: PathBuf,
    /// The question, in plain language ("average body mass by species").
    question: String,
    /// Print exactly one JSON object: response, is_plotting, cost, usage, mode, sql, table, plot.
    #[arg(long)]
    json: bool,
    /// Where to write a chart (.png or .svg); a temporary file when omitted.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Use the built-in planner even when `BLINQ_LLM_URL` configures a language model.
    #[arg(long)]
    offline: bool,
    /// Also show how the built-in planner read the question: the columns, conditions and
    /// words it found, the named rules that changed them and what it decided (with --json:
    /// a `trace` array).
    #[arg(long)]
    explain: bool,
}

pub fn run(args: AskArgs) -> Result<(), CliError> {
    let source = load_or_scan(&args.file)?;
    let format = match &args.output {
        Some(path) => PlotFormat::from_path(path).ok_or_else(|| {
            CliError::Usage(format!(
                "cannot tell the chart format of {}; use a .png or .svg file name",
                path.display()
            ))
        })?,
        None => PlotFormat::Png,
    };
    let planner = match LlmConfig::from_env() {
        Some(config) if !args.offline => Planner::Llm(config),
        _ => Planner::Offline,
    };
    let options = AskOptions {
        planner,
        format,
        ..AskOptions::default()
    };
    let mut answer = match &source {
        Source::Loaded(dataset) => ask(dataset, &args.question, &options)?,
        // Too large to load: planned from a sample, run over every row.
        Source::Scanned(scan) => {
            let sample = scan.sample(ASK_SAMPLE_ROWS)?;
            ask_scan(scan, &sample, &args.question, &options)?
        }
    };
    if let Some(plot) = answer.plot.as_mut() {
        let path = match &args.output {
            Some(path) => path.clone(),
            None => {
                let file = tempfile::Builder::new()
                    .prefix("blinq-ask-")
                    .suffix(&format!(".{}", plot.format().as_str()))
                    .tempfile()?;
                let (_, path) = file.keep().map_err(|e| CliError::Output(e.error))?;
                path
            }
        };
        std::fs::write(&path, plot.take_bytes())?;
        plot.path = Some(path.display().to_string());
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        let mut value = serde_json::to_value(&answer).map_err(std::io::Error::other)?;
        if let Some(object) = value.as_object_mut() {
            object.remove("plan");
            if !args.explain {
                object.remove("trace");
            }
        }
        writeln!(out, "{value}")?;
        return Ok(());
    }
    writeln!(out, "{}", answer.response)?;
    if let Some(table) = &answer.table
        && (table.rows.len() > 1 || table.columns.len() > 1)
    {
        writeln!(out)?;
        output::print_table(&mut out, table)?;
    }
    if let Some(path) = answer.plot.as_ref().and_then(|p| p.path.as_ref()) {
        writeln!(out, "chart written to {path}")?;
    }
    if args.explain {
        writeln!(out)?;
        if answer.trace.is_empty() {
            writeln!(out, "(no trace: the language-model planner answered)")?;
        } else {
            writeln!(out, "how the question was read:")?;
            for line in &answer.trace {
                writeln!(out, "  - {line}")?;
            }
        }
    }
    Ok(())
}
