//! `PyScan` (wrapped by `blinq.Scan`): a file read lazily, for data larger than memory.

use std::path::PathBuf;

use blinq_core::agent::ask_scan;
use blinq_core::analysis::{DatasetSummary, summary_frame};
use blinq_core::dataset::LazyDataset;
use blinq_core::polars::prelude::IdxSize;
use blinq_core::sql::Session;
use blinq_core::{BlinqError, LoadOptions};
use pyo3::prelude::*;

use crate::answer::PyAnswer;
use crate::dataset::{ask_options, run_sql};
use crate::error::{detached, parse_option};
use crate::table::PyTable;

/// A Parquet file, or CSV/TSV without dates, read only as far as each call needs.
#[pyclass(module = "blinq._blinq", frozen)]
#[derive(Debug, Clone)]
pub struct PyScan {
    inner: LazyDataset,
}

#[pymethods]
impl PyScan {
    /// The dataset's name (the file's stem).
    #[getter]
    fn name(&self) -> String {
        self.inner.name().to_string()
    }

    /// `[(column, dtype), ...]` in column order.
    #[getter]
    fn schema(&self) -> Vec<(String, String)> {
        self.inner.columns().to_vec()
    }

    /// The number of rows.
    fn row_count(&self, py: Python<'_>) -> PyResult<u64> {
        let scan = self.inner.clone();
        detached(py, move || scan.row_count())
    }

    /// The first `n` rows (only those are read).
    fn head(&self, py: Python<'_>, n: usize) -> PyResult<PyTable> {
        let scan = self.inner.clone();
        let frame = detached(py, move || {
            scan.lazy()
                .limit(n as IdxSize)
                .collect()
                .map_err(|e| BlinqError::Query(e.to_string()))
        })?;
        Ok(PyTable::new(frame, None))
    }

    /// The exact summary of every column, holding about `max_values` values at a time.
    fn describe(&self, py: Python<'_>, max_values: usize) -> PyResult<PyTable> {
        let scan = self.inner.clone();
        let frame = detached(py, move || {
            summary_frame(&DatasetSummary::of_scan(&scan, max_values)?.columns)
        })?;
        Ok(PyTable::new(frame, None))
    }

    /// Run sandboxed SQL over the whole file; every row unless `max_rows` is given.
    #[pyo3(signature = (query, max_rows))]
    fn sql(&self, py: Python<'_>, query: String, max_rows: Option<usize>) -> PyResult<PyTable> {
        run_sql(py, Session::with_scan(self.inner.clone()), query, max_rows)
    }

    /// Answer a question: planned from `sample_rows` rows spread over the file, run over all.
    #[pyo3(signature = (question, llm, previous, format, sample_rows))]
    fn ask(
        &self,
        py: Python<'_>,
        question: String,
        llm: Option<String>,
        previous: Option<String>,
        format: &str,
        sample_rows: usize,
    ) -> PyResult<PyAnswer> {
        let scan = self.inner.clone();
        let format = parse_option(format)?;
        let answer = detached(py, move || {
            let options = ask_options(llm, previous, format)?;
            let sample = scan.sample(sample_rows)?;
            ask_scan(&scan, &sample, &question, &options)
        })?;
        Ok(PyAnswer::new(answer))
    }
}

/// Scan a file with options given as JSON (`LoadOptions::from_json`).
#[pyfunction]
pub fn scan(py: Python<'_>, path: PathBuf, options_json: String) -> PyResult<PyScan> {
    let inner = detached(py, move || {
        let options = LoadOptions::from_json(&options_json)?;
        LazyDataset::scan_path(&path, &options)?.ok_or_else(|| {
            BlinqError::Argument(format!(
                "{} cannot be read lazily: only Parquet files and CSV/TSV without dates or a \
                 byte-order mark are; load it with blinq.read",
                path.display()
            ))
        })
    })?;
    Ok(PyScan { inner })
}
