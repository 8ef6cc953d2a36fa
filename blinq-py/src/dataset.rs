//! `blinq.Dataset` and the functions that make one.

use std::path::PathBuf;

use blinq_core::analysis::{Pipeline, Step};
use blinq_core::plot::{PlotSpec, render};
use blinq_core::sql::Session;
use blinq_core::{BlinqError, Dataset, Format, LoadOptions};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::arrow::frame_from_arrow;
use crate::error::detached;
use crate::plot::PyPlot;
use crate::table::PyTable;

/// A named table loaded into memory. Cheap to copy; queries never change it.
#[pyclass(module = "blinq", name = "Dataset", frozen)]
#[derive(Debug, Clone)]
pub struct PyDataset {
    pub inner: Dataset,
}

#[pymethods]
impl PyDataset {
    /// The dataset's name (its table name in SQL, besides `data`).
    #[getter]
    fn name(&self) -> String {
        self.inner.name().to_string()
    }

    /// `[(column, dtype), ...]` in column order.
    #[getter]
    fn schema(&self) -> Vec<(String, String)> {
        self.inner
            .schema()
            .into_iter()
            .map(|c| (c.name, c.dtype))
            .collect()
    }

    /// `(rows, columns)`.
    #[getter]
    fn shape(&self) -> (usize, usize) {
        (self.inner.row_count(), self.inner.column_count())
    }

    /// The first `n` rows.
    #[pyo3(signature = (n = 5))]
    fn head(&self, n: usize) -> PyTable {
        PyTable::new(self.inner.frame().head(Some(n)), false)
    }

    /// A summary of every column: count, nulls, unique, mean, std, min, quartiles, max, top.
    fn describe(&self, py: Python<'_>) -> PyResult<PyTable> {
        let ds = self.inner.clone();
        let frame = detached(py, move || Pipeline::new(vec![Step::Describe]).run(&ds))?;
        Ok(PyTable::new(frame, false))
    }

    /// Run sandboxed SQL; the table is `data` (and the dataset's name).
    #[pyo3(signature = (query, *, max_rows = Some(100_000)))]
    fn sql(&self, py: Python<'_>, query: String, max_rows: Option<usize>) -> PyResult<PyTable> {
        let session = Session::with_dataset(self.inner.clone());
        run_sql(py, session, query, max_rows)
    }

    /// Run an analysis pipeline given as JSON (see `blinq_core::analysis::Pipeline`).
    fn _pipeline(&self, py: Python<'_>, pipeline_json: String) -> PyResult<PyTable> {
        let ds = self.inner.clone();
        let frame = detached(py, move || Pipeline::from_json(&pipeline_json)?.run(&ds))?;
        Ok(PyTable::new(frame, false))
    }

    /// Render a plot from a PlotSpec given as JSON.
    fn _plot(&self, py: Python<'_>, spec_json: String) -> PyResult<PyPlot> {
        let ds = self.inner.clone();
        let rendered = detached(py, move || {
            let spec: PlotSpec = serde_json::from_str(&spec_json)
                .map_err(|e| BlinqError::Plot(format!("invalid plot spec: {e}")))?;
            render(&ds, &spec)
        })?;
        Ok(PyPlot::with_source(rendered, self.inner.clone()))
    }

    fn __repr__(&self) -> String {
        format!(
            "<blinq.Dataset {:?}: {} rows × {} columns>",
            self.inner.name(),
            self.inner.row_count(),
            self.inner.column_count()
        )
    }
}

pub fn run_sql(
    py: Python<'_>,
    session: Session,
    query: String,
    max_rows: Option<usize>,
) -> PyResult<PyTable> {
    let limits = blinq_core::sql::SqlLimits {
        max_rows,
        ..session.limits()
    };
    let session = session.with_limits(limits);
    let result = detached(py, move || session.execute(&query))?;
    Ok(PyTable::new(result.frame, result.truncated))
}

/// Load a file. `format` is one of csv, tsv, parquet, json, ndjson, ipc, xlsx (detected when
/// omitted).
#[pyfunction]
#[pyo3(signature = (path, *, format = None, name = None, delimiter = None, has_header = None,
    null_values = None, infer_schema_rows = Some(10_000), parse_dates = true, sheet = None,
    max_rows = None))]
#[allow(clippy::too_many_arguments)]
pub fn read(
    py: Python<'_>,
    path: PathBuf,
    format: Option<String>,
    name: Option<String>,
    delimiter: Option<String>,
    has_header: Option<bool>,
    null_values: Option<Vec<String>>,
    infer_schema_rows: Option<usize>,
    parse_dates: bool,
    sheet: Option<String>,
    max_rows: Option<usize>,
) -> PyResult<PyDataset> {
    let format = match format {
        None => None,
        Some(f) => Some(Format::from_name(&f).ok_or_else(|| {
            PyValueError::new_err(format!(
                "unknown format {f:?}; use one of csv, tsv, parquet, json, ndjson, ipc, xlsx"
            ))
        })?),
    };
    let delimiter = match delimiter.as_deref() {
        None => None,
        Some(d) if d.len() == 1 => Some(d.as_bytes()[0]),
        Some(d) => {
            return Err(PyValueError::new_err(format!(
                "delimiter must be one ASCII character, got {d:?}"
            )));
        }
    };
    let mut options = LoadOptions {
        format,
        delimiter,
        has_header,
        sheet,
        null_values,
        infer_schema_rows,
        parse_dates,
        ..LoadOptions::default()
    };
    options.limits.max_rows = max_rows;
    let dataset = detached(py, move || Dataset::from_path_with(&path, &options))?;
    let dataset = match name {
        Some(n) => dataset.with_name(n),
        None => dataset,
    };
    Ok(PyDataset { inner: dataset })
}

/// A dataset from any Arrow PyCapsule producer (polars/pandas DataFrame, pyarrow Table).
#[pyfunction]
#[pyo3(signature = (obj, *, name = "data".to_string()))]
pub fn from_arrow(obj: &Bound<'_, PyAny>, name: String) -> PyResult<PyDataset> {
    let frame = frame_from_arrow(obj)?;
    Ok(PyDataset {
        inner: Dataset::new(name, frame),
    })
}

/// Run SQL over several datasets, each reachable by its keyword name.
#[pyfunction]
#[pyo3(signature = (query, datasets, *, max_rows = Some(100_000)))]
pub fn sql(
    py: Python<'_>,
    query: String,
    datasets: Vec<(String, PyRef<'_, PyDataset>)>,
    max_rows: Option<usize>,
) -> PyResult<PyTable> {
    let mut session = Session::new();
    for (name, ds) in datasets {
        session.register(name, ds.inner.clone());
    }
    run_sql(py, session, query, max_rows)
}
