//! `PyDataset` (wrapped by `blinq.Dataset`) and the functions that make one.

use std::path::PathBuf;

use blinq_core::agent::{AskOptions, Plan, Planner, ask};
use blinq_core::analysis::{Pipeline, Step};
use blinq_core::dataset::Dictionary;
use blinq_core::plot::{PlotFormat, PlotSpec, render};
use blinq_core::sql::{Session, SqlLimits};
use blinq_core::{Dataset, LoadOptions};
use pyo3::prelude::*;

use crate::answer::PyAnswer;
use crate::arrow::frame_from_arrow;
use crate::error::{detached, parse_option};
use crate::plot::PyPlot;
use crate::table::PyTable;

/// A named table in memory. Cheap to copy; queries never change it.
#[pyclass(module = "blinq._blinq", frozen)]
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

    /// The same data under another name.
    fn with_name(&self, name: String) -> PyDataset {
        PyDataset {
            inner: self.inner.clone().with_name(name),
        }
    }

    /// The same data with a data dictionary given as JSON (replacing the one it had).
    fn with_dictionary(&self, dictionary_json: String) -> PyResult<PyDataset> {
        let dictionary =
            Dictionary::from_json(&dictionary_json).map_err(crate::error::PyBlinqError)?;
        let inner = self
            .inner
            .clone()
            .with_dictionary(dictionary)
            .map_err(crate::error::PyBlinqError)?;
        Ok(PyDataset { inner })
    }

    /// The data dictionary as JSON: `{"column": {"description": ..., "unit": ...}}`.
    fn dictionary_json(&self) -> String {
        serde_json::to_string(self.inner.dictionary()).unwrap_or_else(|_| "{}".into())
    }

    /// The first `n` rows.
    fn head(&self, n: usize) -> PyTable {
        PyTable::new(self.inner.frame().head(Some(n)), None)
    }

    /// A summary of every column.
    fn describe(&self, py: Python<'_>) -> PyResult<PyTable> {
        let ds = self.inner.clone();
        let frame = detached(py, move || Pipeline::new(vec![Step::Describe]).run(&ds))?;
        Ok(PyTable::new(frame, None))
    }

    /// Run sandboxed SQL; every row unless `max_rows` is given.
    #[pyo3(signature = (query, max_rows))]
    fn sql(&self, py: Python<'_>, query: String, max_rows: Option<usize>) -> PyResult<PyTable> {
        run_sql(
            py,
            Session::with_dataset(self.inner.clone()),
            query,
            max_rows,
        )
    }

    /// Run an analysis pipeline given as JSON.
    fn pipeline(&self, py: Python<'_>, pipeline_json: String) -> PyResult<PyTable> {
        let ds = self.inner.clone();
        let frame = detached(py, move || Pipeline::from_json(&pipeline_json)?.run(&ds))?;
        Ok(PyTable::new(frame, None))
    }

    /// Render a chart from a PlotSpec given as JSON.
    fn plot(&self, py: Python<'_>, spec_json: String) -> PyResult<PyPlot> {
        let ds = self.inner.clone();
        let rendered = detached(py, move || render(&ds, &PlotSpec::from_json(&spec_json)?))?;
        Ok(PyPlot::drawn(rendered, self.inner.clone()))
    }

    /// Answer a question; `llm` is a planner spec (`Planner::from_spec`), `previous` an
    /// earlier answer's plan as JSON, `format` `png` or `svg`.
    #[pyo3(signature = (question, llm, previous, format))]
    fn ask(
        &self,
        py: Python<'_>,
        question: String,
        llm: Option<String>,
        previous: Option<String>,
        format: &str,
    ) -> PyResult<PyAnswer> {
        let ds = self.inner.clone();
        let format = parse_option(format)?;
        let answer = detached(py, move || {
            ask(&ds, &question, &ask_options(llm, previous, format)?)
        })?;
        Ok(PyAnswer::new(answer))
    }
}

/// The options of a question: `llm` a planner spec, `previous` an earlier plan as JSON.
pub(crate) fn ask_options(
    llm: Option<String>,
    previous: Option<String>,
    format: PlotFormat,
) -> blinq_core::Result<AskOptions> {
    Ok(AskOptions {
        planner: Planner::from_spec(llm.as_deref())?,
        previous: previous.as_deref().map(Plan::from_json).transpose()?,
        format,
        ..AskOptions::default()
    })
}

/// Run `query` over `session`, cut at `max_rows` when given.
pub(crate) fn run_sql(
    py: Python<'_>,
    session: Session,
    query: String,
    max_rows: Option<usize>,
) -> PyResult<PyTable> {
    let limits = SqlLimits {
        max_rows,
        ..session.limits()
    };
    let session = session.with_limits(limits);
    let result = detached(py, move || session.execute(&query))?;
    let cut_at = result.truncated.then_some(max_rows).flatten();
    Ok(PyTable::new(result.frame, cut_at))
}

/// Load a file with options given as JSON (`LoadOptions::from_json`).
#[pyfunction]
pub fn read(py: Python<'_>, path: PathBuf, options_json: String) -> PyResult<PyDataset> {
    let dataset = detached(py, move || {
        Dataset::from_path_with(&path, &LoadOptions::from_json(&options_json)?)
    })?;
    Ok(PyDataset { inner: dataset })
}

/// A dataset from any Arrow PyCapsule producer (polars/pandas DataFrame, pyarrow Table).
#[pyfunction]
pub fn from_arrow(obj: &Bound<'_, PyAny>, name: String) -> PyResult<PyDataset> {
    let frame = frame_from_arrow(obj)?;
    Ok(PyDataset {
        inner: Dataset::new(name, frame),
    })
}

/// Run SQL over several datasets, each reachable by its name.
#[pyfunction]
#[pyo3(signature = (query, datasets, max_rows))]
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
