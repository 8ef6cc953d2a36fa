//! `Dataset` and the functions that make one: `readCsv`, `readParquet`, ..., `fromBuffer`,
//! and the module-level `sql`.

use std::collections::HashMap;
use std::path::PathBuf;

use blinq_core::analysis::{Pipeline, Step};
use blinq_core::plot::render;
use blinq_core::sql::{Session, SqlLimits};
use blinq_core::{Format, LoadOptions};
use napi::bindgen_prelude::{AsyncTask, Buffer, ClassInstance};
use napi_derive::napi;

use crate::answer::{Answer, AskOptions, ask_options};
use crate::error::{Job, Result, guarded, invalid_arg};
use crate::plot::{Plot, PlotOptions};
use crate::table::Table;

/// How to read a file or buffer. Everything is detected when omitted.
#[napi(object)]
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// `csv`, `tsv`, `parquet`, `json`, `ndjson`, `ipc` or `xlsx`; from the extension, then
    /// the content, when omitted (the `readCsv`-style functions set it).
    #[napi(ts_type = "'csv' | 'tsv' | 'parquet' | 'json' | 'ndjson' | 'ipc' | 'xlsx'")]
    pub format: Option<String>,
    /// The dataset's name (its table name in SQL besides `data`); the file's stem by default.
    pub name: Option<String>,
    /// The delimiter of delimited text, one ASCII character; sniffed when omitted.
    pub delimiter: Option<String>,
    /// Whether delimited text has a header row; sniffed when omitted.
    pub has_header: Option<bool>,
    /// Strings read as null in delimited text; `NA`, `N/A`, `NaN`, `null`, ... by default.
    pub null_values: Option<Vec<String>>,
    /// Rows used to infer column types (10000 by default; 0 reads them all).
    pub infer_schema_rows: Option<u32>,
    /// Parse ISO dates and datetimes into date columns (default true).
    pub parse_dates: Option<bool>,
    /// The worksheet of an .xlsx workbook; the first one by default.
    pub sheet: Option<String>,
    /// The most rows the dataset may have; more is a `BLINQ_LIMIT` error.
    pub max_rows: Option<u32>,
}

/// Options of `sql`.
#[napi(object)]
#[derive(Debug, Clone, Default)]
pub struct SqlOptions {
    /// The most rows returned (default 100000); the table's `truncated` says whether more
    /// existed. 0 returns every row.
    pub max_rows: Option<u32>,
}

fn parse_format(name: &str) -> Result<Format> {
    Format::from_name(name).ok_or_else(|| {
        invalid_arg(format!(
            "unknown format {name:?}; use one of csv, tsv, parquet, json, ndjson, ipc, xlsx"
        ))
    })
}

/// Core load options and the requested name from the JS options.
fn load_options(
    format: Option<&str>,
    options: Option<ReadOptions>,
) -> Result<(LoadOptions, Option<String>)> {
    let options = options.unwrap_or_default();
    let format = match options.format.as_deref().or(format) {
        Some(f) => Some(parse_format(f)?),
        None => None,
    };
    let delimiter = match options.delimiter.as_deref() {
        None => None,
        Some(d) if d.len() == 1 => Some(d.as_bytes()[0]),
        Some(d) => {
            return Err(invalid_arg(format!(
                "delimiter must be one ASCII character, got {d:?}"
            )));
        }
    };
    let mut load = LoadOptions {
        format,
        delimiter,
        has_header: options.has_header,
        sheet: options.sheet,
        null_values: options.null_values,
        infer_schema_rows: match options.infer_schema_rows {
            Some(0) => None,
            Some(n) => Some(n as usize),
            None => Some(10_000),
        },
        parse_dates: options.parse_dates.unwrap_or(true),
        ..LoadOptions::default()
    };
    load.limits.max_rows = options.max_rows.map(|n| n as usize);
    Ok((load, options.name))
}

fn load_path(
    path: String,
    format: Option<&str>,
    options: Option<ReadOptions>,
) -> Result<impl FnOnce() -> blinq_core::Result<Dataset> + Send + 'static> {
    let (load, name) = load_options(format, options)?;
    Ok(move || {
        let ds = blinq_core::Dataset::from_path_with(PathBuf::from(path), &load)?;
        Ok(Dataset::named(ds, name))
    })
}

fn load_bytes(
    bytes: Vec<u8>,
    format: &str,
    options: Option<ReadOptions>,
) -> Result<impl FnOnce() -> blinq_core::Result<Dataset> + Send + 'static> {
    let (load, name) = load_options(Some(format), options)?;
    if load.format.is_none() {
        return Err(invalid_arg("fromBuffer needs a format"));
    }
    Ok(move || {
        let name = name.unwrap_or_else(|| "data".to_string());
        let ds = blinq_core::Dataset::from_bytes(name, &bytes, &load)?;
        Ok(Dataset { inner: ds })
    })
}

macro_rules! readers {
    ($($(#[$doc:meta])* $name:ident, $sync:ident, $js:literal, $js_sync:literal, $format:expr;)+) => {$(
        $(#[$doc])*
        ///
        /// Runs on the libuv thread pool; the promise rejects with a `BLINQ_*` error.
        #[napi(js_name = $js, ts_return_type = "Promise<Dataset>")]
        pub fn $name(path: String, options: Option<ReadOptions>) -> AsyncTask<Job<Dataset>> {
            AsyncTask::new(Job::try_new(load_path(path, $format, options)))
        }

        $(#[$doc])*
        ///
        /// Blocks the JS thread while it loads: for scripts; servers use the Promise form.
        #[napi(js_name = $js_sync)]
        pub fn $sync(path: String, options: Option<ReadOptions>) -> Result<Dataset> {
            guarded(load_path(path, $format, options)?)
        }
    )+};
}

readers! {
    /// Load a file, detecting its format from the extension or the content.
    read, read_sync, "read", "readSync", None;
    /// Load delimited text (delimiter and header sniffed; `NA` and friends read as null).
    read_csv, read_csv_sync, "readCsv", "readCsvSync", Some("csv");
    /// Load a Parquet file.
    read_parquet, read_parquet_sync, "readParquet", "readParquetSync", Some("parquet");
    /// Load a JSON array of records.
    read_json, read_json_sync, "readJson", "readJsonSync", Some("json");
    /// Load newline-delimited JSON (one record per line).
    read_ndjson, read_ndjson_sync, "readNdjson", "readNdjsonSync", Some("ndjson");
    /// Load an Arrow IPC file or stream.
    read_ipc, read_ipc_sync, "readIpc", "readIpcSync", Some("ipc");
}

/// A dataset from bytes a server already holds (an upload): `format` is `csv`, `tsv`,
/// `parquet`, `json`, `ndjson`, `ipc` or `xlsx`. The dataset is named `data` unless
/// `options.name` says otherwise. The bytes are copied, so the buffer may be reused at once.
#[napi(
    ts_args_type = "buffer: Buffer, format: 'csv' | 'tsv' | 'parquet' | 'json' | 'ndjson' | 'ipc' | 'xlsx', options?: ReadOptions | undefined | null",
    ts_return_type = "Promise<Dataset>"
)]
pub fn from_buffer(
    buffer: Buffer,
    format: String,
    options: Option<ReadOptions>,
) -> AsyncTask<Job<Dataset>> {
    AsyncTask::new(Job::try_new(load_bytes(buffer.to_vec(), &format, options)))
}

/// `fromBuffer`, blocking the JS thread.
#[napi(
    ts_args_type = "buffer: Buffer, format: 'csv' | 'tsv' | 'parquet' | 'json' | 'ndjson' | 'ipc' | 'xlsx', options?: ReadOptions | undefined | null"
)]
pub fn from_buffer_sync(
    buffer: Buffer,
    format: String,
    options: Option<ReadOptions>,
) -> Result<Dataset> {
    guarded(load_bytes(buffer.to_vec(), &format, options)?)
}

fn session_sql(
    session: Session,
    query: String,
    options: Option<SqlOptions>,
) -> impl FnOnce() -> blinq_core::Result<Table> + Send + 'static {
    let max_rows = match options.and_then(|o| o.max_rows) {
        Some(0) => None,
        Some(n) => Some(n as usize),
        None => Some(100_000),
    };
    let limits = SqlLimits {
        max_rows,
        ..session.limits()
    };
    let session = session.with_limits(limits);
    move || {
        let result = session.execute(&query)?;
        Ok(Table::new(result.frame, result.truncated))
    }
}

fn multi_session(datasets: HashMap<String, ClassInstance<'_, Dataset>>) -> Session {
    let mut session = Session::new();
    for (name, ds) in datasets {
        session.register(name, ds.inner.clone());
    }
    session
}

/// Run sandboxed SQL over several datasets, each reachable by its key:
/// `sql("select * from a join b using (id)", {a, b})`.
#[napi(ts_return_type = "Promise<Table>")]
pub fn sql(
    query: String,
    datasets: HashMap<String, ClassInstance<'_, Dataset>>,
    options: Option<SqlOptions>,
) -> AsyncTask<Job<Table>> {
    AsyncTask::new(Job::new(session_sql(
        multi_session(datasets),
        query,
        options,
    )))
}

/// `sql` over several datasets, blocking the JS thread.
#[napi]
pub fn sql_sync(
    query: String,
    datasets: HashMap<String, ClassInstance<'_, Dataset>>,
    options: Option<SqlOptions>,
) -> Result<Table> {
    guarded(session_sql(multi_session(datasets), query, options))
}

/// A named table loaded into memory. Queries never change it; it can be shared freely.
#[napi]
#[derive(Debug, Clone)]
pub struct Dataset {
    pub(crate) inner: blinq_core::Dataset,
}

impl Dataset {
    fn named(inner: blinq_core::Dataset, name: Option<String>) -> Self {
        let inner = match name {
            Some(n) => inner.with_name(n),
            None => inner,
        };
        Dataset { inner }
    }

    fn describe_work(&self) -> impl FnOnce() -> blinq_core::Result<Table> + Send + 'static {
        let ds = self.inner.clone();
        move || {
            let frame = Pipeline::new(vec![Step::Describe]).run(&ds)?;
            Ok(Table::new(frame, false))
        }
    }

    fn plot_work(
        &self,
        spec: PlotOptions,
    ) -> Result<impl FnOnce() -> blinq_core::Result<Plot> + Send + 'static> {
        let spec = spec.to_spec().map_err(crate::error::js_error)?;
        let ds = self.inner.clone();
        Ok(move || {
            let rendered = render(&ds, &spec)?;
            Ok(Plot::with_source(rendered, ds))
        })
    }
}

/// A column's name and type.
#[napi(object)]
#[derive(Debug, Clone)]
pub struct Column {
    /// The column name.
    pub name: String,
    /// `int64`, `float64`, `bool`, `string`, `date`, `datetime`, ...
    pub dtype: String,
}

#[napi]
impl Dataset {
    /// The dataset's name (its table name in SQL, besides `data`).
    #[napi(getter)]
    pub fn name(&self) -> String {
        self.inner.name().to_string()
    }

    /// The columns in order, with their types.
    #[napi(getter)]
    pub fn schema(&self) -> Vec<Column> {
        self.inner
            .schema()
            .into_iter()
            .map(|c| Column {
                name: c.name,
                dtype: c.dtype,
            })
            .collect()
    }

    /// `[rows, columns]`.
    #[napi(getter, ts_return_type = "[number, number]")]
    pub fn shape(&self) -> Vec<u32> {
        vec![
            self.inner.row_count() as u32,
            self.inner.column_count() as u32,
        ]
    }

    /// The first `n` rows (5 by default).
    #[napi]
    pub fn head(&self, n: Option<u32>) -> Table {
        Table::new(
            self.inner.frame().head(Some(n.unwrap_or(5) as usize)),
            false,
        )
    }

    /// A summary of every column: count, nulls, unique, mean, std, min, quartiles, max, top.
    #[napi(ts_return_type = "Promise<Table>")]
    pub fn describe(&self) -> AsyncTask<Job<Table>> {
        AsyncTask::new(Job::new(self.describe_work()))
    }

    /// `describe`, blocking the JS thread.
    #[napi]
    pub fn describe_sync(&self) -> Result<Table> {
        guarded(self.describe_work())
    }

    /// Run sandboxed SQL: the table is `data` (and the dataset's name). Only one
    /// `SELECT`/`WITH` runs; anything else rejects with `BLINQ_SANDBOX`.
    #[napi(ts_return_type = "Promise<Table>")]
    pub fn sql(&self, query: String, options: Option<SqlOptions>) -> AsyncTask<Job<Table>> {
        let session = Session::with_dataset(self.inner.clone());
        AsyncTask::new(Job::new(session_sql(session, query, options)))
    }

    /// `sql`, blocking the JS thread.
    #[napi]
    pub fn sql_sync(&self, query: String, options: Option<SqlOptions>) -> Result<Table> {
        let session = Session::with_dataset(self.inner.clone());
        guarded(session_sql(session, query, options))
    }

    /// Render a chart: `plot({kind: 'bar', x: 'species', y: 'body_mass_g', aggregate: 'mean'})`.
    #[napi(ts_return_type = "Promise<Plot>")]
    pub fn plot(&self, spec: PlotOptions) -> AsyncTask<Job<Plot>> {
        AsyncTask::new(Job::try_new(self.plot_work(spec)))
    }

    /// `plot`, blocking the JS thread.
    #[napi]
    pub fn plot_sync(&self, spec: PlotOptions) -> Result<Plot> {
        guarded(self.plot_work(spec)?)
    }

    /// Answer a plain-language question with a table and/or a chart (offline planner
    /// unless `options.llm` is set).
    #[napi(ts_return_type = "Promise<Answer>")]
    pub fn ask(&self, question: String, options: Option<AskOptions>) -> AsyncTask<Job<Answer>> {
        AsyncTask::new(Job::try_new(self.ask_work(question, options)))
    }

    /// `ask`, blocking the JS thread.
    #[napi]
    pub fn ask_sync(&self, question: String, options: Option<AskOptions>) -> Result<Answer> {
        guarded(self.ask_work(question, options)?)
    }

    /// `Dataset "penguins": 344 rows × 8 columns`.
    #[napi]
    #[allow(clippy::inherent_to_string)]
    pub fn to_string(&self) -> String {
        format!(
            "Dataset {:?}: {} rows × {} columns",
            self.inner.name(),
            self.inner.row_count(),
            self.inner.column_count()
        )
    }
}

impl Dataset {
    fn ask_work(
        &self,
        question: String,
        options: Option<AskOptions>,
    ) -> Result<impl FnOnce() -> blinq_core::Result<Answer> + Send + 'static> {
        let options = ask_options(options)?;
        let ds = self.inner.clone();
        Ok(move || {
            let answer = blinq_core::agent::ask(&ds, &question, &options)?;
            Ok(Answer::new(answer, ds))
        })
    }
}
