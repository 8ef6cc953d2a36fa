//! What a worker does for each [`Job`]: blinq-core calls, with the dataset cache and the
//! result size limit.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use blinq_core::agent::{ASK_SAMPLE_ROWS, Answer, AskOptions, ask, ask_scan};
use blinq_core::analysis::{DEFAULT_MAX_VALUES, describe, describe_scan, summary_table};
use blinq_core::dataset::Limits;
use blinq_core::dataset::{LazyDataset, export};
use blinq_core::plot::{Chart, PlotFormat, PlotSpec};
use blinq_core::sql::{Session, SqlLimits};
use blinq_core::{BlinqError, Dataset, ExportFormat, Format, LoadOptions};
use serde_json::{Value, json};

use super::cache::DatasetCache;
use super::protocol::{DatasetRef, Job, Loaded, WireError};
use super::spill::{SpillWriter, Spilled};
use crate::api::QueryResponse;

/// Results up to this size travel on the pipe; larger ones go through a file.
const IN_MEMORY: usize = 4 * 1024 * 1024;

/// The rows of a dataset's preview.
pub const PREVIEW_ROWS: usize = 20;

/// A worker's state and limits.
#[derive(Debug)]
pub struct Context {
    /// Loaded datasets.
    pub cache: DatasetCache,
    /// Where large results are written.
    pub tmp_dir: PathBuf,
    /// The largest result, in bytes.
    pub max_result: u64,
    /// The most columns an upload may have.
    pub max_columns: usize,
    /// The memory a job may use, in bytes.
    pub memory: u64,
}

/// A job's result: JSON metadata and the body.
#[derive(Debug)]
pub struct Output {
    /// Job-specific metadata.
    pub meta: Value,
    /// The body.
    pub payload: Payload,
}

/// A job's body.
#[derive(Debug)]
pub enum Payload {
    /// Parts sent on the pipe.
    Parts(Vec<Vec<u8>>),
    /// A file the server takes over.
    File(PathBuf, u64),
}

impl Output {
    fn parts(meta: Value, parts: Vec<Vec<u8>>) -> Self {
        Output {
            meta,
            payload: Payload::Parts(parts),
        }
    }
}

type JobResult = Result<Output, WireError>;

/// Do `job`.
pub fn run(job: Job, cx: &mut Context) -> JobResult {
    match job {
        Job::Ping => Ok(Output::parts(json!({"pong": true}), Vec::new())),
        Job::Load {
            id,
            upload,
            file_name,
            name,
            out,
        } => load(cx, &id, &upload, file_name, name, &out),
        Job::Describe { dataset } => describe_job(cx, &dataset),
        Job::Query {
            datasets,
            sql,
            max_rows,
            export,
        } => query(cx, &datasets, &sql, max_rows, export),
        Job::Plot { dataset, spec } => plot(cx, &dataset, &spec),
        Job::Ask {
            dataset,
            question,
            previous,
            max_rows,
        } => ask_job(cx, &dataset, &question, previous.map(|p| *p), max_rows),
    }
}

fn internal(what: &str, err: impl std::fmt::Display) -> WireError {
    WireError::Internal(format!("{what}: {err}"))
}

/// Parse the upload under the client's file name, write it as Parquet, keep it cached.
fn load(
    cx: &mut Context,
    id: &str,
    upload: &Path,
    file_name: String,
    name: String,
    out: &Path,
) -> JobResult {
    let mut options = LoadOptions {
        format: Format::from_path(Path::new(&file_name)),
        ..LoadOptions::default()
    };
    options.limits.max_columns = Some(cx.max_columns);
    if let Some(loaded) = streamed(cx, upload, &options, out)? {
        let meta = serde_json::to_value(&loaded).map_err(|e| internal("encoding", e))?;
        return Ok(Output::parts(meta, Vec::new()));
    }
    let bytes = std::fs::read(upload).map_err(|e| internal("reading the upload", e))?;
    if bytes.is_empty() {
        return Err(BlinqError::Parse {
            source_name: file_name,
            message: "the file is empty".into(),
        }
        .into());
    }
    let dataset = Dataset::from_bytes(file_name, &bytes, &options)
        .map_err(|e| match e {
            BlinqError::Limit(m) if m.contains("column") => {
                WireError::Limit(format!("{m} (the server's --max-columns)"))
            }
            other => other.into(),
        })?
        .with_name(name);
    drop(bytes);
    if dataset.column_count() > cx.max_columns {
        return Err(too_many_columns(dataset.column_count(), cx.max_columns));
    }
    let file = new_private_file(out)?;
    let mut writer = std::io::BufWriter::new(&file);
    export(dataset.frame(), ExportFormat::Parquet, &mut writer)?;
    writer
        .flush()
        .and_then(|()| file.sync_all())
        .map_err(|e| internal("writing the Parquet file", e))?;
    let loaded = Loaded {
        rows: dataset.row_count() as u64,
        columns: dataset.schema(),
    };
    cx.cache.insert(id, &dataset);
    let meta = serde_json::to_value(&loaded).map_err(|e| internal("encoding", e))?;
    Ok(Output::parts(meta, Vec::new()))
}

/// A new file only this user may read, for a dataset's Parquet.
fn new_private_file(path: &Path) -> Result<std::fs::File, WireError> {
    let mut file = OpenOptions::new();
    file.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut file, 0o600);
    file.open(path)
        .map_err(|e| internal("creating the Parquet file", e))
}

/// A CSV or TSV upload larger than the worker's whole dataset cache is written to Parquet
/// from a scan, batch by batch, without holding the table (nor the loading row and cell
/// limits, which are there to bound that): `Ok(None)` when it is small, or needs what only
/// loading does (dates, a byte-order mark: see `LazyDataset::scan_path`), or the scan failed
/// where loading may not; it is then loaded whole, which gives the answer or the error.
fn streamed(
    cx: &Context,
    upload: &Path,
    options: &LoadOptions,
    out: &Path,
) -> Result<Option<Loaded>, WireError> {
    let size = std::fs::metadata(upload)
        .map_err(|e| internal("reading the upload", e))?
        .len();
    if size <= cx.cache.capacity() as u64
        || !matches!(options.format, Some(Format::Csv | Format::Tsv))
    {
        return Ok(None);
    }
    let unbounded = LoadOptions {
        limits: Limits {
            max_rows: None,
            max_cells: None,
            ..options.limits.clone()
        },
        ..options.clone()
    };
    let Ok(Some(scan)) = LazyDataset::scan_path(upload, &unbounded) else {
        return Ok(None);
    };
    if scan.columns().len() > cx.max_columns {
        return Err(too_many_columns(scan.columns().len(), cx.max_columns));
    }
    let file = new_private_file(out)?;
    let copy = file
        .try_clone()
        .map_err(|e| internal("creating the Parquet file", e))?;
    match scan.sink_parquet(copy) {
        Ok(rows) => {
            file.sync_all()
                .map_err(|e| internal("writing the Parquet file", e))?;
            let columns = scan.schema();
            Ok(Some(Loaded { rows, columns }))
        }
        Err(_) => {
            drop(file);
            std::fs::remove_file(out).map_err(|e| internal("removing a part-written file", e))?;
            Ok(None)
        }
    }
}

fn too_many_columns(found: usize, max: usize) -> WireError {
    WireError::Limit(format!(
        "the file has {found} columns, more than the limit of {max} per dataset \
         (the server's --max-columns)"
    ))
}

/// A stored dataset, from the cache or its Parquet file.
fn dataset(cx: &mut Context, at: &DatasetRef) -> Result<Dataset, WireError> {
    let described = |d: Dataset| {
        d.with_name(at.name.clone())
            .with_dictionary(at.dictionary.clone())
            .map_err(|e| internal("applying a stored data dictionary", e))
    };
    if let Some(dataset) = cx.cache.get(&at.id) {
        return described(dataset);
    }
    let options = LoadOptions {
        format: Some(Format::Parquet),
        ..LoadOptions::default()
    };
    let dataset = Dataset::from_path_with(&at.path, &options)
        .map_err(|e| internal("reading a stored dataset", e))?
        .with_name(at.name.clone());
    cx.cache.insert(&at.id, &dataset);
    described(dataset)
}

/// A stored dataset for a query: loaded (from the cache, or read whole and cached), or, when
/// it is larger than the whole cache, scanned: the query reads only the columns and row
/// groups it needs, in batches (polars' streaming engine), so its memory follows the query,
/// not the dataset.
enum Table {
    Loaded(Dataset),
    Scanned(Box<LazyDataset>),
}

fn table(cx: &mut Context, at: &DatasetRef) -> Result<Table, WireError> {
    if cx.cache.get(&at.id).is_none() {
        let options = LoadOptions {
            format: Some(Format::Parquet),
            ..LoadOptions::default()
        };
        let scan = LazyDataset::scan_path(&at.path, &options)
            .map_err(|e| internal("reading a stored dataset", e))?;
        if let Some(scan) = scan
            && scan
                .in_memory_bytes()
                .is_some_and(|bytes| bytes > cx.cache.capacity() as u64)
        {
            return Ok(Table::Scanned(Box::new(scan.with_name(at.name.clone()))));
        }
    }
    dataset(cx, at).map(Table::Loaded)
}

/// The summary and preview of a stored dataset; one larger than the whole cache is described
/// from a scan, one part of one column at a time.
fn describe_job(cx: &mut Context, at: &DatasetRef) -> JobResult {
    let detail = match table(cx, at)? {
        Table::Loaded(dataset) => json!({
            "describe": summary_table(&describe(&dataset)?),
            "preview": dataset.preview(PREVIEW_ROWS),
        }),
        Table::Scanned(scan) => json!({
            "describe": summary_table(&describe_scan(&scan, scan_values(cx))?),
            "preview": scan.preview(PREVIEW_ROWS)?,
        }),
    };
    let bytes = capped_json(cx, &detail)?;
    Ok(Output::parts(Value::Null, vec![bytes]))
}

/// How many values of one column a scan's summary holds at a time: 400 bytes each within
/// the job's memory, at most [`DEFAULT_MAX_VALUES`]. 2 million took 335 MB resident at peak
/// (the values, their sort, the counts, the reader's buffers; whole process), about 170
/// bytes each, but the limit counts the allocator's reserved memory too, which varies with
/// how the threads' work interleaves: at 250 bytes each a 600 MiB worker was once stopped.
fn scan_values(cx: &Context) -> usize {
    (cx.memory / 400).clamp(50_000, DEFAULT_MAX_VALUES as u64) as usize
}

fn query(
    cx: &mut Context,
    refs: &[DatasetRef],
    sql: &str,
    max_rows: usize,
    format: Option<ExportFormat>,
) -> JobResult {
    let mut session = Session::new();
    if let [one] = refs {
        session = match table(cx, one)? {
            Table::Loaded(dataset) => Session::with_dataset(dataset),
            Table::Scanned(scan) => Session::with_scan(*scan),
        };
    } else {
        for at in refs {
            match table(cx, at)? {
                Table::Loaded(dataset) => session.register(at.name.clone(), dataset),
                Table::Scanned(scan) => session.register_scan(at.name.clone(), *scan),
            }
        }
    }
    // The server stops a job at its time limit by ending the worker; no timer here.
    let limits = SqlLimits {
        max_rows: format.is_none().then_some(max_rows),
        timeout: None,
    };
    let session = session.with_limits(limits);
    let mut out = SpillWriter::new(&cx.tmp_dir, IN_MEMORY, cx.max_result);
    let written = match format {
        None => {
            let result = session.execute(sql)?;
            serde_json::to_writer(&mut out, &QueryResponse::of(&result)).map_err(|e| e.to_string())
        }
        Some(format) => {
            let frame = session.execute_all(sql)?;
            export(&frame, format, &mut out).map_err(|e| e.to_string())
        }
    };
    if out.over_limit() {
        return Err(result_too_large(cx.max_result));
    }
    written.map_err(|e| internal("writing the result", e))?;
    let payload = match out
        .finish()
        .map_err(|e| internal("writing the result", e))?
    {
        Spilled::Memory(bytes) => Payload::Parts(vec![bytes]),
        Spilled::File(path, len) => Payload::File(path, len),
    };
    Ok(Output {
        meta: Value::Null,
        payload,
    })
}

fn result_too_large(max: u64) -> WireError {
    WireError::Limit(format!(
        "the result is larger than the limit of {} MiB per answer (the server's \
         --max-result-mb); select fewer rows or columns, or aggregate",
        max / (1024 * 1024)
    ))
}

/// `value` as JSON, within the result size limit.
fn capped_json(cx: &Context, value: &impl serde::Serialize) -> Result<Vec<u8>, WireError> {
    let mut out = SpillWriter::new(&cx.tmp_dir, usize::MAX, cx.max_result);
    let written = serde_json::to_writer(&mut out, value);
    if out.over_limit() {
        return Err(result_too_large(cx.max_result));
    }
    written.map_err(|e| internal("encoding", e))?;
    match out.finish().map_err(|e| internal("encoding", e))? {
        Spilled::Memory(bytes) => Ok(bytes),
        Spilled::File(..) => Err(internal("encoding", "unexpected spill")),
    }
}

fn plot(cx: &mut Context, at: &DatasetRef, spec: &PlotSpec) -> JobResult {
    let dataset = match table(cx, at)? {
        Table::Loaded(dataset) => dataset,
        Table::Scanned(scan) => chart_columns(&scan, at, spec)?,
    };
    let (resolved, files) = draw(&dataset, spec)?;
    Ok(Output::parts(resolved, files))
}

/// A chart of `dataset`, prepared once, drawn once and encoded three times: its resolved
/// spec and its PNG, SVG and Vega-Lite spec (the parts [`crate::routes::plots::plot_files`] reads).
pub fn draw(dataset: &Dataset, spec: &PlotSpec) -> Result<(Value, Vec<Vec<u8>>), BlinqError> {
    let chart = Chart::new(dataset, spec)?;
    let [png, svg]: [_; 2] = chart
        .render_each(&[PlotFormat::Png, PlotFormat::Svg])?
        .try_into()
        .map_err(|_| BlinqError::Plot("a chart drawn in two formats gave another number".into()))?;
    let vega_lite = chart.vega_lite().to_string().into_bytes();
    let resolved = serde_json::to_value(&png.spec)
        .map_err(|e| BlinqError::Plot(format!("encoding the resolved spec: {e}")))?;
    Ok((resolved, vec![png.bytes, svg.bytes, vega_lite]))
}

/// Of a dataset larger than the whole cache, only the columns a chart names, read from its
/// Parquet file: memory follows those columns, not the dataset. A name it does not have
/// meets an empty frame of its columns, which gives the chart's own error.
fn chart_columns(
    scan: &LazyDataset,
    at: &DatasetRef,
    spec: &PlotSpec,
) -> Result<Dataset, WireError> {
    let named: Vec<&str> = [&spec.x, &spec.y, &spec.color]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    let known = |name: &&str| scan.columns().iter().any(|(c, _)| c == name);
    let dataset = if !named.is_empty() && named.iter().all(known) {
        let options = LoadOptions {
            format: Some(Format::Parquet),
            ..LoadOptions::default()
        };
        Dataset::from_path_columns(&at.path, &options, &named)
            .map_err(|e| internal("reading a stored dataset", e))?
    } else {
        let empty = scan
            .lazy()
            .limit(0)
            .collect()
            .map_err(|e| internal("reading a stored dataset", e))?;
        Dataset::new(at.name.clone(), empty)
    };
    // The notes of the columns read.
    let notes = at.dictionary.only(&dataset.column_names());
    dataset
        .with_name(at.name.clone())
        .with_dictionary(notes)
        .map_err(|e| internal("applying a stored data dictionary", e))
}

fn ask_job(
    cx: &mut Context,
    at: &DatasetRef,
    question: &str,
    previous: Option<blinq_core::agent::Plan>,
    max_rows: usize,
) -> JobResult {
    let options = AskOptions {
        format: PlotFormat::Png,
        max_rows,
        previous,
        ..AskOptions::default()
    };
    let mut answer = match table(cx, at)? {
        Table::Loaded(dataset) => ask(&dataset, question, &options)?,
        // Too large to load: the planner reads a sample, the SQL runs over every row.
        Table::Scanned(scan) => {
            let sample = scan
                .sample(ASK_SAMPLE_ROWS)?
                .with_dictionary(at.dictionary.clone())
                .map_err(|e| internal("applying a stored data dictionary", e))?;
            ask_scan(&scan, &sample, question, &options)?
        }
    };
    let images = answer_images(&mut answer)?;
    let mut parts = vec![capped_json(cx, &answer)?];
    parts.extend(images);
    Ok(Output::parts(Value::Null, parts))
}

/// The PNG, SVG and Vega-Lite spec of an answer's chart (none without one), from the query
/// result the answer kept, prepared once: the SQL does not run again. The PNG is taken out
/// of the answer.
pub fn answer_images(answer: &mut Answer) -> Result<Vec<Vec<u8>>, BlinqError> {
    let Some(plot) = answer.plot.as_mut() else {
        return Ok(Vec::new());
    };
    let chart = plot.chart()?;
    let svg = chart.render(PlotFormat::Svg)?.bytes;
    let vega_lite = chart.vega_lite().to_string().into_bytes();
    Ok(vec![plot.take_bytes(), svg, vega_lite])
}
