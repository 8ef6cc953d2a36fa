//! `NativeDataset` and the functions that make one (`read`, `fromBuffer`) or query several
//! (`sql`).

use std::path::PathBuf;

use blinq_core::agent::{AskOptions, Plan, Planner, ask};
use blinq_core::analysis::{Pipeline, Step};
use blinq_core::dataset::Dictionary;
use blinq_core::plot::{PlotFormat, PlotSpec, render};
use blinq_core::sql::{Session, SqlLimits};
use blinq_core::{Dataset, LoadOptions};
use napi::bindgen_prelude::{AsyncTask, Buffer, ClassInstance};
use napi_derive::napi;

use crate::answer::NativeAnswer;
use crate::error::{Job, Result, core};
use crate::plot::NativePlot;
use crate::table::{Column, NativeTable};

/// A named table in memory.
#[napi]
#[derive(Debug, Clone)]
pub struct NativeDataset {
    pub(crate) inner: Dataset,
}

fn load_path(
    path: String,
    options_json: String,
) -> impl FnOnce() -> blinq_core::Result<NativeDataset> + Send + 'static {
    move || {
        let options = LoadOptions::from_json(&options_json)?;
        let inner = Dataset::from_path_with(PathBuf::from(path), &options)?;
        Ok(NativeDataset { inner })
    }
}

fn load_bytes(
    bytes: Vec<u8>,
    options_json: String,
) -> impl FnOnce() -> blinq_core::Result<NativeDataset> + Send + 'static {
    move || {
        let options = LoadOptions::from_json(&options_json)?;
        let inner = Dataset::from_bytes("data", &bytes, &options)?;
        Ok(NativeDataset { inner })
    }
}

/// Load a file with options as JSON (`LoadOptions::from_json`).
#[napi(ts_return_type = "Promise<NativeDataset>")]
pub fn read(path: String, options_json: String) -> AsyncTask<Job<NativeDataset>> {
    AsyncTask::new(Job::new(load_path(path, options_json)))
}

/// `read`, blocking the JS thread.
#[napi(catch_unwind)]
pub fn read_sync(path: String, options_json: String) -> Result<NativeDataset> {
    core(load_path(path, options_json)())
}

/// A dataset from bytes (an upload); the options must name the format. The bytes are
/// copied, so the buffer may be reused at once.
#[napi(ts_return_type = "Promise<NativeDataset>")]
pub fn from_buffer(buffer: Buffer, options_json: String) -> AsyncTask<Job<NativeDataset>> {
    AsyncTask::new(Job::new(load_bytes(buffer.to_vec(), options_json)))
}

/// `fromBuffer`, blocking the JS thread.
#[napi(catch_unwind)]
pub fn from_buffer_sync(buffer: Buffer, options_json: String) -> Result<NativeDataset> {
    core(load_bytes(buffer.to_vec(), options_json)())
}

pub(crate) fn query(
    session: Session,
    query: String,
    max_rows: Option<u32>,
) -> impl FnOnce() -> blinq_core::Result<NativeTable> + Send + 'static {
    let max_rows = max_rows.map(|n| n as usize);
    let limits = SqlLimits {
        max_rows,
        ..session.limits()
    };
    let session = session.with_limits(limits);
    move || {
        let result = session.execute(&query)?;
        let cut_at = result.truncated.then_some(max_rows).flatten();
        Ok(NativeTable::new(result.frame, cut_at))
    }
}

fn several(names: Vec<String>, datasets: Vec<ClassInstance<'_, NativeDataset>>) -> Session {
    let mut session = Session::new();
    for (name, dataset) in names.into_iter().zip(datasets) {
        session.register(name, dataset.inner.clone());
    }
    session
}

/// SQL over several datasets, `names[i]` naming `datasets[i]`.
#[napi(ts_return_type = "Promise<NativeTable>")]
pub fn sql(
    query_text: String,
    names: Vec<String>,
    datasets: Vec<ClassInstance<'_, NativeDataset>>,
    max_rows: Option<u32>,
) -> AsyncTask<Job<NativeTable>> {
    AsyncTask::new(Job::new(query(
        several(names, datasets),
        query_text,
        max_rows,
    )))
}

/// `sql`, blocking the JS thread.
#[napi(catch_unwind)]
pub fn sql_sync(
    query_text: String,
    names: Vec<String>,
    datasets: Vec<ClassInstance<'_, NativeDataset>>,
    max_rows: Option<u32>,
) -> Result<NativeTable> {
    core(query(several(names, datasets), query_text, max_rows)())
}

/// The options of a question: `llm` a planner spec, `previous` an earlier plan as JSON,
/// `format` `png` or `svg`.
pub(crate) fn ask_options(
    llm: Option<String>,
    previous: Option<String>,
    format: &str,
) -> blinq_core::Result<AskOptions> {
    Ok(AskOptions {
        planner: Planner::from_spec(llm.as_deref())?,
        previous: previous.as_deref().map(Plan::from_json).transpose()?,
        format: format.parse::<PlotFormat>()?,
        ..AskOptions::default()
    })
}

impl NativeDataset {
    fn describe_work(&self) -> impl FnOnce() -> blinq_core::Result<NativeTable> + Send + 'static {
        let ds = self.inner.clone();
        move || {
            Ok(NativeTable::new(
                Pipeline::new(vec![Step::Describe]).run(&ds)?,
                None,
            ))
        }
    }

    fn pipeline_work(
        &self,
        pipeline_json: String,
    ) -> impl FnOnce() -> blinq_core::Result<NativeTable> + Send + 'static {
        let ds = self.inner.clone();
        move || {
            Ok(NativeTable::new(
                Pipeline::from_json(&pipeline_json)?.run(&ds)?,
                None,
            ))
        }
    }

    fn plot_work(
        &self,
        spec_json: String,
    ) -> impl FnOnce() -> blinq_core::Result<NativePlot> + Send + 'static {
        let ds = self.inner.clone();
        move || {
            let rendered = render(&ds, &PlotSpec::from_json(&spec_json)?)?;
            Ok(NativePlot::drawn(rendered, ds))
        }
    }

    fn ask_work(
        &self,
        question: String,
        llm: Option<String>,
        previous: Option<String>,
        format: String,
        max_rows: Option<u32>,
    ) -> impl FnOnce() -> blinq_core::Result<NativeAnswer> + Send + 'static {
        let ds = self.inner.clone();
        move || {
            let mut options = ask_options(llm, previous, &format)?;
            if let Some(n) = max_rows {
                options.max_rows = n as usize;
            }
            Ok(NativeAnswer::new(ask(&ds, &question, &options)?))
        }
    }
}

#[napi]
impl NativeDataset {
    /// The dataset's name (its table name in SQL, besides `data`).
    #[napi(getter)]
    pub fn name(&self) -> String {
        self.inner.name().to_string()
    }

    /// The columns in order, with their types.
    #[napi(getter)]
    pub fn schema(&self) -> Vec<Column> {
        self.inner.schema().into_iter().map(Column::from).collect()
    }

    /// `[rows, columns]`.
    #[napi(getter, ts_return_type = "[number, number]")]
    pub fn shape(&self) -> Vec<u32> {
        vec![
            self.inner.row_count() as u32,
            self.inner.column_count() as u32,
        ]
    }

    /// The same data under another name.
    #[napi]
    pub fn with_name(&self, name: String) -> NativeDataset {
        NativeDataset {
            inner: self.inner.clone().with_name(name),
        }
    }

    /// The same data with a data dictionary given as JSON (replacing the one it had).
    #[napi]
    pub fn with_dictionary(&self, dictionary_json: String) -> Result<NativeDataset> {
        let dictionary = core(Dictionary::from_json(&dictionary_json))?;
        let inner = core(self.inner.clone().with_dictionary(dictionary))?;
        Ok(NativeDataset { inner })
    }

    /// The data dictionary as JSON: `{"column": {"description": ..., "unit": ...}}`.
    #[napi]
    pub fn dictionary_json(&self) -> String {
        serde_json::to_string(self.inner.dictionary()).unwrap_or_else(|_| "{}".into())
    }

    /// The first `n` rows.
    #[napi]
    pub fn head(&self, n: u32) -> NativeTable {
        NativeTable::new(self.inner.frame().head(Some(n as usize)), None)
    }

    /// A summary of every column.
    #[napi(ts_return_type = "Promise<NativeTable>")]
    pub fn describe(&self) -> AsyncTask<Job<NativeTable>> {
        AsyncTask::new(Job::new(self.describe_work()))
    }

    /// `describe`, blocking the JS thread.
    #[napi(catch_unwind)]
    pub fn describe_sync(&self) -> Result<NativeTable> {
        core(self.describe_work()())
    }

    /// Sandboxed SQL over this dataset; every row unless `maxRows`.
    #[napi(ts_return_type = "Promise<NativeTable>")]
    pub fn sql(&self, query_text: String, max_rows: Option<u32>) -> AsyncTask<Job<NativeTable>> {
        let session = Session::with_dataset(self.inner.clone());
        AsyncTask::new(Job::new(query(session, query_text, max_rows)))
    }

    /// `sql`, blocking the JS thread.
    #[napi(catch_unwind)]
    pub fn sql_sync(&self, query_text: String, max_rows: Option<u32>) -> Result<NativeTable> {
        let session = Session::with_dataset(self.inner.clone());
        core(query(session, query_text, max_rows)())
    }

    /// An analysis pipeline given as JSON.
    #[napi(ts_return_type = "Promise<NativeTable>")]
    pub fn pipeline(&self, pipeline_json: String) -> AsyncTask<Job<NativeTable>> {
        AsyncTask::new(Job::new(self.pipeline_work(pipeline_json)))
    }

    /// `pipeline`, blocking the JS thread.
    #[napi(catch_unwind)]
    pub fn pipeline_sync(&self, pipeline_json: String) -> Result<NativeTable> {
        core(self.pipeline_work(pipeline_json)())
    }

    /// A chart from a PlotSpec given as JSON.
    #[napi(ts_return_type = "Promise<NativePlot>")]
    pub fn plot(&self, spec_json: String) -> AsyncTask<Job<NativePlot>> {
        AsyncTask::new(Job::new(self.plot_work(spec_json)))
    }

    /// `plot`, blocking the JS thread.
    #[napi(catch_unwind)]
    pub fn plot_sync(&self, spec_json: String) -> Result<NativePlot> {
        core(self.plot_work(spec_json)())
    }

    /// Answer a question: `llm` a planner spec, `previous` an earlier plan as JSON, `format`
    /// `png` or `svg`, `maxRows` the rows of a table answer.
    #[napi(ts_return_type = "Promise<NativeAnswer>")]
    pub fn ask(
        &self,
        question: String,
        llm: Option<String>,
        previous: Option<String>,
        format: String,
        max_rows: Option<u32>,
    ) -> AsyncTask<Job<NativeAnswer>> {
        AsyncTask::new(Job::new(
            self.ask_work(question, llm, previous, format, max_rows),
        ))
    }

    /// `ask`, blocking the JS thread.
    #[napi(catch_unwind)]
    pub fn ask_sync(
        &self,
        question: String,
        llm: Option<String>,
        previous: Option<String>,
        format: String,
        max_rows: Option<u32>,
    ) -> Result<NativeAnswer> {
        core(self.ask_work(question, llm, previous, format, max_rows)())
    }
}
