//! `blinq.Table`: a query result that exports to Arrow without copying.

use blinq_core::dataset::{ExportFormat, export, frame_html, table_json};
use blinq_core::polars::prelude::DataFrame;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyCapsule};

use crate::arrow::stream_capsule;
use crate::error::detached;

/// A table of results. Convert with `to_polars()`, `to_pandas()` or `to_arrow()`, or hand it
/// to anything that reads the Arrow PyCapsule interface.
#[pyclass(module = "blinq", name = "Table", frozen)]
#[derive(Debug)]
pub struct PyTable {
    pub frame: DataFrame,
    pub truncated: bool,
}

impl PyTable {
    pub fn new(frame: DataFrame, truncated: bool) -> Self {
        PyTable { frame, truncated }
    }
}

#[pymethods]
impl PyTable {
    /// Column names.
    #[getter]
    fn columns(&self) -> Vec<String> {
        self.frame
            .get_column_names()
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    /// `{column: dtype}` in column order.
    #[getter]
    fn dtypes(&self) -> Vec<(String, String)> {
        self.frame
            .columns()
            .iter()
            .map(|c| {
                (
                    c.name().to_string(),
                    blinq_core::dataset::dtype_name(c.dtype()),
                )
            })
            .collect()
    }

    /// `(rows, columns)`.
    #[getter]
    fn shape(&self) -> (usize, usize) {
        self.frame.shape()
    }

    /// Whether the query had more rows than were returned (the row cap was hit).
    #[getter]
    fn truncated(&self) -> bool {
        self.truncated
    }

    fn __len__(&self) -> usize {
        self.frame.height()
    }

    /// The Arrow PyCapsule interface: the table as an Arrow C stream, buffers shared.
    #[pyo3(signature = (requested_schema = None))]
    fn __arrow_c_stream__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyCapsule>> {
        let _ = requested_schema; // The data is offered in its own schema, as the spec allows.
        stream_capsule(py, &self.frame)
    }

    /// The table as JSON text: `{"columns": [...], "rows": [[...], ...]}`.
    fn _json(&self, py: Python<'_>) -> PyResult<String> {
        let frame = self.frame.clone();
        detached(py, move || {
            serde_json::to_string(&table_json(&frame))
                .map_err(|e| blinq_core::BlinqError::Query(e.to_string()))
        })
    }

    /// The table serialised as `csv`, `parquet`, `ipc` or `json` bytes.
    fn _export<'py>(&self, py: Python<'py>, format: &str) -> PyResult<Bound<'py, PyBytes>> {
        let format = match format {
            "csv" => ExportFormat::Csv,
            "parquet" => ExportFormat::Parquet,
            "ipc" => ExportFormat::Ipc,
            "json" => ExportFormat::Json,
            other => {
                return Err(pyo3::exceptions::PyValueError::new_err(format!(
                    "unknown format {other:?}; use csv, parquet, ipc or json"
                )));
            }
        };
        let frame = self.frame.clone();
        let bytes = detached(py, move || {
            let mut buf = Vec::new();
            export(&frame, format, &mut buf)?;
            Ok(buf)
        })?;
        Ok(PyBytes::new(py, &bytes))
    }

    /// An HTML table for Jupyter (first and last rows of long tables).
    fn _repr_html_(&self) -> String {
        let html = frame_html(&self.frame, 20);
        if self.truncated {
            format!("{html}<br><small>(cut at the row cap)</small>")
        } else {
            html
        }
    }

    fn __repr__(&self) -> String {
        format!("{}", self.frame)
    }
}
