//! `NativePlot`: a rendered chart, which can be drawn in the other format from the data it
//! was drawn from.

use blinq_core::Dataset;
use blinq_core::agent::PlotOutput;
use blinq_core::plot::{PlotFormat, Rendered};
use napi::bindgen_prelude::Buffer;
use napi_derive::napi;

use crate::error::{Result, core};

/// A rendered chart.
#[napi]
#[derive(Debug, Clone)]
pub struct NativePlot {
    chart: PlotOutput,
    notes: Vec<String>,
}

impl NativePlot {
    /// A chart drawn from `source`.
    pub fn drawn(rendered: Rendered, source: Dataset) -> Self {
        let notes = rendered.notes.clone();
        NativePlot {
            chart: PlotOutput::drawn_from(rendered, source),
            notes,
        }
    }

    /// The chart of an agent's answer.
    pub fn answered(chart: PlotOutput) -> Self {
        NativePlot {
            chart,
            notes: Vec::new(),
        }
    }
}

#[napi]
impl NativePlot {
    /// The spec as drawn, as JSON text.
    #[napi]
    pub fn spec_json(&self) -> String {
        self.chart.spec.to_json()
    }

    /// `png` or `svg`.
    #[napi(getter)]
    pub fn format(&self) -> String {
        self.chart.format().to_string()
    }

    /// Notes from the renderer (points left out, categories cut...).
    #[napi(getter)]
    pub fn notes(&self) -> Vec<String> {
        self.notes.clone()
    }

    /// The image in `format`: its own bytes, or drawn again from its data.
    #[napi(catch_unwind)]
    pub fn image(&self, format: String) -> Result<Buffer> {
        core((|| {
            let format: PlotFormat = format.parse()?;
            Ok(self.chart.render(format)?.bytes)
        })())
        .map(Buffer::from)
    }

    /// The chart as a self-contained Vega-Lite v5 spec (data inlined), as JSON text; a
    /// `PlotError` for a chart that came without its data.
    #[napi(catch_unwind)]
    pub fn vega_lite_json(&self) -> Result<String> {
        core(self.chart.vega_lite().map(|spec| spec.to_string()))
    }
}
