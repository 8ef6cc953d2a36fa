//! `NativeScan` (wrapped by `Scan`): a file read lazily, for data larger than memory.

use std::path::PathBuf;

use blinq_core::agent::ask_scan;
use blinq_core::analysis::{DatasetSummary, summary_frame};
use blinq_core::dataset::LazyDataset;
use blinq_core::sql::Session;
use blinq_core::{BlinqError, LoadOptions};
use napi::bindgen_prelude::AsyncTask;
use napi_derive::napi;

use crate::answer::NativeAnswer;
use crate::dataset::{ask_options, query};
use crate::error::{Job, Result, core};
use crate::table::{Column, NativeTable};

/// A Parquet file, or CSV/TSV without dates, read only as far as each call needs.
#[napi]
#[derive(Debug, Clone)]
pub struct NativeScan {
    inner: LazyDataset,
}

fn open(path: String, options_json: String) -> impl FnOnce() -> blinq_core::Result<NativeScan> {
    move || {
        let options = LoadOptions::from_json(&options_json)?;
        let path = PathBuf::from(path);
        let inner = LazyDataset::scan_path(&path, &options)?.ok_or_else(|| {
            BlinqError::Argument(format!(
                "{} cannot be read lazily: only Parquet files and CSV/TSV without dates or a \
                 byte-order mark are; load it with read",
                path.display()
            ))
        })?;
        Ok(NativeScan { inner })
    }
}

/// Scan a file with options as JSON (`LoadOptions::from_json`).
#[napi(ts_return_type = "Promise<NativeScan>")]
pub fn scan(path: String, options_json: String) -> AsyncTask<Job<NativeScan>> {
    AsyncTask::new(Job::new(open(path, options_json)))
}

/// `scan`, blocking the JS thread.
#[napi(catch_unwind)]
pub fn scan_sync(path: String, options_json: String) -> Result<NativeScan> {
    core(open(path, options_json)())
}

impl NativeScan {
    fn describe_work(
        &self,
        max_values: u32,
    ) -> impl FnOnce() -> blinq_core::Result<NativeTable> + Send + 'static {
        let scan = self.inner.clone();
        move || {
            let summary = DatasetSummary::of_scan(&scan, max_values as usize)?;
            Ok(NativeTable::new(summary_frame(&summary.columns)?, None))
        }
    }

    fn ask_work(
        &self,
        question: String,
        llm: Option<String>,
        previous: Option<String>,
        format: String,
        sample_rows: u32,
    ) -> impl FnOnce() -> blinq_core::Result<NativeAnswer> + Send + 'static {
        let scan = self.inner.clone();
        move || {
            let options = ask_options(llm, previous, &format)?;
            let sample = scan.sample(sample_rows as usize)?;
            Ok(NativeAnswer::new(ask_scan(
                &scan, &sample, &question, &options,
            )?))
        }
    }
}

#[napi]
impl NativeScan {
    /// The dataset's name (the file's stem).
    #[napi(getter)]
    pub fn name(&self) -> String {
        self.inner.name().to_string()
    }

    /// The columns in order, with their types.
    #[napi(getter)]
    pub fn schema(&self) -> Vec<Column> {
        self.inner
            .columns()
            .iter()
            .map(|(name, dtype)| Column {
                name: name.clone(),
                dtype: dtype.clone(),
                description: None,
                unit: None,
            })
            .collect()
    }

    /// The number of rows (a Parquet file's footer says; a text file is counted).
    #[napi(catch_unwind)]
    pub fn row_count_sync(&self) -> Result<f64> {
        core(self.inner.row_count()).map(|n| n as f64)
    }

    /// The exact summary of every column, holding about `maxValues` values at a time.
    #[napi(ts_return_type = "Promise<NativeTable>")]
    pub fn describe(&self, max_values: u32) -> AsyncTask<Job<NativeTable>> {
        AsyncTask::new(Job::new(self.describe_work(max_values)))
    }

    /// `describe`, blocking the JS thread.
    #[napi(catch_unwind)]
    pub fn describe_sync(&self, max_values: u32) -> Result<NativeTable> {
        core(self.describe_work(max_values)())
    }

    /// Sandboxed SQL over the whole file; every row unless `maxRows`.
    #[napi(ts_return_type = "Promise<NativeTable>")]
    pub fn sql(&self, query_text: String, max_rows: Option<u32>) -> AsyncTask<Job<NativeTable>> {
        let session = Session::with_scan(self.inner.clone());
        AsyncTask::new(Job::new(query(session, query_text, max_rows)))
    }

    /// `sql`, blocking the JS thread.
    #[napi(catch_unwind)]
    pub fn sql_sync(&self, query_text: String, max_rows: Option<u32>) -> Result<NativeTable> {
        let session = Session::with_scan(self.inner.clone());
        core(query(session, query_text, max_rows)())
    }

    /// Answer a question, planned from `sampleRows` rows spread over the file and run over
    /// all of them.
    #[napi(ts_return_type = "Promise<NativeAnswer>")]
    pub fn ask(
        &self,
        question: String,
        llm: Option<String>,
        previous: Option<String>,
        format: String,
        sample_rows: u32,
    ) -> AsyncTask<Job<NativeAnswer>> {
        AsyncTask::new(Job::new(self.ask_work(
            question,
            llm,
            previous,
            format,
            sample_rows,
        )))
    }

    /// `ask`, blocking the JS thread.
    #[napi(catch_unwind)]
    pub fn ask_sync(
        &self,
        question: String,
        llm: Option<String>,
        previous: Option<String>,
        format: String,
        sample_rows: u32,
    ) -> Result<NativeAnswer> {
        core(self.ask_work(question, llm, previous, format, sample_rows)())
    }
}
