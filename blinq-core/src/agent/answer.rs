//! The agent's output contract, shared by the CLI, the server and the bindings.

use serde::{Deserialize, Serialize};

use crate::dataset::Dataset;
use crate::dataset::TableJson;
use crate::error::{BlinqError, Result};
use crate::plot::{Chart, PlotFormat, PlotSpec, Rendered};

use super::plan::Plan;
use crate::names::named_enum;

/// Tokens spent by the language model (zero offline).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Usage {
    /// Prompt tokens.
    pub input_tokens: u64,
    /// Completion tokens.
    pub output_tokens: u64,
}

impl Usage {
    /// Add another call's usage.
    pub fn add(&mut self, other: Usage) {
        self.input_tokens += other.input_tokens;
        self.output_tokens += other.output_tokens;
    }
}

named_enum! {
    /// Which planner produced the answer.
    #[derive(Default)]
    Mode, "planner mode" {
        /// The deterministic, built-in planner.
        #[default]
        Offline = "offline",
        /// An OpenAI-compatible language model.
        Llm = "llm",
    }
}

/// A chart produced by the agent: the spec as drawn and, once stored, where it lives.
///
/// The image bytes are not serialised: the CLI writes them to a file and reports `path`,
/// the server stores them and reports a URL in `path`. The chart keeps the data it was drawn
/// from (the SQL result), so [`PlotOutput::render`] can draw it in another format without
/// running the query again.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PlotOutput {
    /// The spec as drawn (defaults filled in).
    pub spec: PlotSpec,
    /// A file path or URL where the image was stored, once it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(skip)]
    bytes: Vec<u8>,
    #[serde(skip)]
    data: Option<Dataset>,
}

impl PartialEq for PlotOutput {
    /// Charts are equal when their spec, path and image are (the data is not compared).
    fn eq(&self, other: &Self) -> bool {
        self.spec == other.spec && self.path == other.path && self.bytes == other.bytes
    }
}

impl PlotOutput {
    /// A chart with its image bytes and no path yet.
    pub fn new(spec: PlotSpec, bytes: Vec<u8>) -> Self {
        PlotOutput {
            spec,
            path: None,
            bytes,
            data: None,
        }
    }

    /// A chart drawn from `data`, which it keeps for [`PlotOutput::render`].
    pub fn drawn_from(rendered: Rendered, data: Dataset) -> Self {
        PlotOutput {
            spec: rendered.spec,
            path: None,
            bytes: rendered.bytes,
            data: Some(data),
        }
    }

    /// The PNG or SVG bytes (empty after a JSON round trip).
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Take the bytes out, leaving none.
    pub fn take_bytes(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.bytes)
    }

    /// The image format.
    pub fn format(&self) -> PlotFormat {
        self.spec.format
    }

    /// The chart in `format`: its own bytes when it is already in that format, else drawn
    /// again from the data it was drawn from. A chart that came through JSON has neither:
    /// that is a [`BlinqError::Plot`].
    pub fn render(&self, format: PlotFormat) -> Result<Rendered> {
        if format == self.format() && !self.bytes.is_empty() {
            return Ok(self.to_rendered());
        }
        self.chart()?.render(format)
    }

    /// The chart prepared again from the data it was drawn from, to draw it in other forms
    /// (an image, Vega-Lite) with one preparation. A chart that came through JSON has no
    /// data: that is a [`BlinqError::Plot`].
    pub fn chart(&self) -> Result<Chart> {
        let data = self.data.as_ref().ok_or_else(|| {
            BlinqError::Plot(format!(
                "this chart was received as {} without its data, so it cannot be drawn again",
                self.format()
            ))
        })?;
        Chart::new(data, &self.spec)
    }

    /// The chart as a Vega-Lite v5 specification (see [`crate::plot::vega_lite`]); a chart
    /// that came through JSON has no data: a [`BlinqError::Plot`].
    pub fn vega_lite(&self) -> Result<serde_json::Value> {
        Ok(self.chart()?.vega_lite())
    }

    /// The chart as a [`Rendered`] (a copy of the bytes; mark counts are not kept with an
    /// answer, so they are 0), for code that handles every chart one way.
    pub fn to_rendered(&self) -> Rendered {
        Rendered {
            bytes: self.bytes.clone(),
            format: self.format(),
            spec: self.spec.clone(),
            points_drawn: 0,
            points_total: 0,
            width: self.spec.width,
            height: self.spec.height,
            notes: Vec::new(),
        }
    }
}

/// The answer to one question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// A short sentence stating the result.
    pub response: String,
    /// Whether the answer is a chart.
    pub is_plotting: bool,
    /// Cost in USD (0 offline).
    pub cost: f64,
    /// Tokens spent.
    pub usage: Usage,
    /// Which planner answered.
    pub mode: Mode,
    /// The sandboxed SQL that ran, if any.
    #[serde(default)]
    pub sql: Option<String>,
    /// The query result, if any.
    #[serde(default)]
    pub table: Option<TableJson>,
    /// The chart, if any.
    #[serde(default)]
    pub plot: Option<PlotOutput>,
    /// The plan that was run; pass it back with a follow-up question.
    #[serde(default)]
    pub plan: Option<Plan>,
    /// How the offline planner understood the question, one step per line: the columns,
    /// conditions and words it read, the named rules that changed them, and what it decided
    /// (`blinq ask --explain` prints it). Empty for the LLM planner. For people and
    /// debugging; the wording may change.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trace: Vec<String>,
}

impl Answer {
    /// The answer's chart in `format` (PNG or SVG), without running the query again; a
    /// [`BlinqError::Plot`] when the answer has no chart.
    pub fn render_plot(&self, format: PlotFormat) -> Result<Rendered> {
        self.plot
            .as_ref()
            .ok_or_else(|| BlinqError::Plot("this answer has no chart".into()))?
            .render(format)
    }
}
