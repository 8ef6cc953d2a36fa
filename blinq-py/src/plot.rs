//! `blinq.Plot`: a rendered chart that shows itself in Jupyter.

use blinq_core::Dataset;
use blinq_core::agent::PlotOutput;
use blinq_core::plot::{PlotFormat, Rendered, render};
use pyo3::prelude::*;
use pyo3::types::PyBytes;

use crate::error::detached;

/// A rendered chart. In Jupyter it displays inline; `.save(path)` writes PNG or SVG by the
/// path's extension.
#[pyclass(module = "blinq", name = "Plot", frozen)]
#[derive(Debug)]
pub struct PyPlot {
    rendered: Rendered,
    /// Whether `points_drawn`/`points_total` were reported by the renderer.
    points_known: bool,
    /// The data the chart was drawn from, to render the other format on demand.
    source: Option<Dataset>,
}

impl PyPlot {
    pub fn with_source(rendered: Rendered, source: Dataset) -> Self {
        PyPlot {
            rendered,
            points_known: true,
            source: Some(source),
        }
    }

    /// A chart that came with an agent's answer: the image and its spec only.
    pub fn from_output(output: &PlotOutput) -> Self {
        let rendered = output.to_rendered();
        PyPlot {
            rendered,
            points_known: false,
            source: None,
        }
    }

    fn bytes_as(&self, py: Python<'_>, format: PlotFormat) -> PyResult<Vec<u8>> {
        if self.rendered.format == format {
            return Ok(self.rendered.bytes.clone());
        }
        let mut spec = self.rendered.spec.clone();
        spec.format = format;
        let source = self.source.clone();
        match source {
            Some(ds) => detached(py, move || render(&ds, &spec).map(|r| r.bytes)),
            None => Err(pyo3::exceptions::PyValueError::new_err(format!(
                "this plot was rendered as {:?} only",
                self.rendered.format
            ))),
        }
    }
}

#[pymethods]
impl PyPlot {
    /// The resolved PlotSpec as JSON text.
    fn _spec_json(&self) -> String {
        serde_json::to_string(&self.rendered.spec).unwrap_or_default()
    }

    /// The format the chart was rendered in: "png" or "svg".
    #[getter]
    fn format(&self) -> &'static str {
        match self.rendered.format {
            PlotFormat::Png => "png",
            PlotFormat::Svg => "svg",
        }
    }

    /// `(width, height)` in pixels.
    #[getter]
    fn size(&self) -> (u32, u32) {
        (self.rendered.width, self.rendered.height)
    }

    /// `(drawn, total)` points, or None for a chart that came with an answer.
    #[getter]
    fn points(&self) -> Option<(usize, usize)> {
        self.points_known
            .then_some((self.rendered.points_drawn, self.rendered.points_total))
    }

    /// PNG bytes.
    fn png<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyBytes>> {
        let bytes = self.bytes_as(py, PlotFormat::Png)?;
        Ok(PyBytes::new(py, &bytes))
    }

    /// SVG text.
    fn svg(&self, py: Python<'_>) -> PyResult<String> {
        let bytes = self.bytes_as(py, PlotFormat::Svg)?;
        String::from_utf8(bytes).map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))
    }

    fn _repr_png_<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyBytes>>> {
        match self.rendered.format {
            PlotFormat::Png => Ok(Some(PyBytes::new(py, &self.rendered.bytes))),
            PlotFormat::Svg if self.source.is_some() => self.png(py).map(Some),
            PlotFormat::Svg => Ok(None),
        }
    }

    fn _repr_svg_(&self, py: Python<'_>) -> PyResult<Option<String>> {
        match self.rendered.format {
            PlotFormat::Svg => Ok(Some(
                String::from_utf8_lossy(&self.rendered.bytes).into_owned(),
            )),
            PlotFormat::Png if self.source.is_some() => self.svg(py).map(Some),
            PlotFormat::Png => Ok(None),
        }
    }

    fn __repr__(&self) -> String {
        format!(
            "<blinq.Plot {:?} {}×{} {}>",
            self.rendered.spec.kind,
            self.rendered.width,
            self.rendered.height,
            self.format()
        )
    }
}
