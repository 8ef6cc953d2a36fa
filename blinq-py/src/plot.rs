//! `PyPlot` (wrapped by `blinq.Plot`): a rendered chart, which can be drawn in the other
//! format from the data it was drawn from.

use blinq_core::Dataset;
use blinq_core::agent::PlotOutput;
use blinq_core::plot::{PlotFormat, Rendered};
use pyo3::prelude::*;
use pyo3::types::PyBytes;

use crate::error::{detached, parse_option};

/// A rendered chart.
#[pyclass(module = "blinq._blinq", frozen)]
#[derive(Debug)]
pub struct PyPlot {
    chart: PlotOutput,
    /// `(drawn, total)` marks, when the renderer reported them.
    points: Option<(usize, usize)>,
}

impl PyPlot {
    /// A chart drawn from `source`.
    pub fn drawn(rendered: Rendered, source: Dataset) -> Self {
        let points = Some((rendered.points_drawn, rendered.points_total));
        PyPlot {
            chart: PlotOutput::drawn_from(rendered, source),
            points,
        }
    }

    /// The chart of an agent's answer.
    pub fn answered(chart: PlotOutput) -> Self {
        PyPlot {
            chart,
            points: None,
        }
    }
}

#[pymethods]
impl PyPlot {
    /// The spec as drawn, as JSON text.
    fn spec_json(&self) -> String {
        self.chart.spec.to_json()
    }

    /// The format it was drawn in: `png` or `svg`.
    #[getter]
    fn format(&self) -> &'static str {
        self.chart.format().as_str()
    }

    /// `(width, height)` in pixels.
    #[getter]
    fn size(&self) -> (u32, u32) {
        (self.chart.spec.width, self.chart.spec.height)
    }

    /// `(drawn, total)` points, or None for a chart that came with an answer.
    #[getter]
    fn points(&self) -> Option<(usize, usize)> {
        self.points
    }

    /// The image in `format` (`png` or `svg`): its own bytes, or drawn again in the other
    /// format from its data.
    fn image<'py>(&self, py: Python<'py>, format: &str) -> PyResult<Bound<'py, PyBytes>> {
        let format: PlotFormat = parse_option(format)?;
        let chart = self.chart.clone();
        let rendered = detached(py, move || chart.render(format))?;
        Ok(PyBytes::new(py, &rendered.bytes))
    }

    /// The chart as a self-contained Vega-Lite v5 spec (data inlined), as JSON text; a
    /// `PlotError` for a chart that came without its data.
    fn vega_lite_json(&self, py: Python<'_>) -> PyResult<String> {
        let chart = self.chart.clone();
        detached(py, move || Ok(chart.vega_lite()?.to_string()))
    }
}
