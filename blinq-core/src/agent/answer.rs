//! The agent's output contract, shared by the CLI, the server and the bindings.

use serde::{Deserialize, Serialize};

use crate::dataset::TableJson;
use crate::plot::{PlotFormat, PlotSpec, Rendered};

use super::plan::Plan;

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

/// Which planner produced the answer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// The deterministic, built-in planner.
    #[default]
    Offline,
    /// An OpenAI-compatible language model.
    Llm,
}

/// A chart produced by the agent: the spec as drawn and, once stored, where it lives.
///
/// The image bytes are not serialised: the CLI writes them to a file and reports `path`,
/// the server stores them and reports a URL in `path`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlotOutput {
    /// The spec as drawn (defaults filled in).
    pub spec: PlotSpec,
    /// A file path or URL where the image was stored, once it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(skip)]
    bytes: Vec<u8>,
}

impl PlotOutput {
    /// A chart with its image bytes and no path yet.
    pub fn new(spec: PlotSpec, bytes: Vec<u8>) -> Self {
        PlotOutput {
            spec,
            path: None,
            bytes,
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
}
