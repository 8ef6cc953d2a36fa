//! `PyTable` (wrapped by `blinq.Table`): a query result that exports to Arrow without
//! copying.

use blinq_core::dataset::{ExportFormat, dtype_name, export, frame_html, table_json};
use blinq_core::polars::prelude::DataFrame;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyCapsule};

use crate::arrow::stream_capsule;
use crate::error::{detached, parse_option};

/// A table of results.
#[pyclass(module = "blinq._blinq", frozen)]
#[derive(Debug)]
pub struct PyTable {
    frame: DataFrame,
    /// The row cap that cut this result, when one did.
    cut_at: Option<usize>,
}

impl PyTable {
    /// A table; `cut_at` is the row cap when it cut rows off.
    pub fn new(frame: DataFrame, cut_at: Option<usize>) -> Self {
        PyTable { frame, cut_at }
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

    /// `[(column, dtype), ...]` in column order.
    #[getter]
    fn dtypes(&self) -> Vec<(String, String)> {
        self.frame
            .columns()
            .iter()
            .map(|c| (c.name().to_string(), dtype_name(c.dtype())))
            .collect()
    }

    /// `(rows, columns)`.
    #[getter]
    fn shape(&self) -> (usize, usize) {
        self.frame.shape()
    }

    /// The row cap that cut rows off this result, or None when it is whole.
    #[getter]
    fn cut_at(&self) -> Option<usize> {
        self.cut_at
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
    fn json(&self, py: Python<'_>) -> PyResult<String> {
        let frame = self.frame.clone();
        detached(py, move || {
            serde_json::to_string(&table_json(&frame))
                .map_err(|e| blinq_core::BlinqError::Query(e.to_string()))
        })
    }

    /// The table as bytes in an export format (`csv`, `parquet`, `ipc`, `ipc_stream`, `json`).
    fn export<'py>(&self, py: Python<'py>, format: &str) -> PyResult<Bound<'py, PyBytes>> {
        let format: ExportFormat = parse_option(format)?;
        let frame = self.frame.clone();
        let bytes = detached(py, move || {
            let mut buf = Vec::new();
            export(&frame, format, &mut buf)?;
            Ok(buf)
        })?;
        Ok(PyBytes::new(py, &bytes))
    }

    /// An HTML table (first and last rows of long tables).
    fn html(&self, rows: usize) -> String {
        frame_html(&self.frame, rows)
    }

    /// The table as text, as polars prints it.
    fn text(&self) -> String {
        self.frame.to_string()
    }
}
