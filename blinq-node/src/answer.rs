//! `NativeAnswer`: the agent's reply to a plain-language question.

use blinq_core::Answer;
use napi_derive::napi;

use crate::error::{Result, core};
use crate::plot::NativePlot;
use crate::table::NativeTable;

/// Tokens a language model used.
#[napi(object)]
#[derive(Debug, Clone)]
pub struct Usage {
    /// Prompt tokens.
    pub input_tokens: u32,
    /// Completion tokens.
    pub output_tokens: u32,
}

/// An answer.
#[napi]
#[derive(Debug, Clone)]
pub struct NativeAnswer {
    answer: Answer,
}

impl NativeAnswer {
    /// Wrap core's answer.
    pub fn new(answer: Answer) -> Self {
        NativeAnswer { answer }
    }
}

#[napi]
impl NativeAnswer {
    /// A short sentence stating the result.
    #[napi(getter)]
    pub fn response(&self) -> String {
        self.answer.response.clone()
    }

    /// Whether the answer is a chart.
    #[napi(getter)]
    pub fn is_plotting(&self) -> bool {
        self.answer.is_plotting
    }

    /// `offline` or `llm`.
    #[napi(getter)]
    pub fn mode(&self) -> String {
        self.answer.mode.to_string()
    }

    /// Cost in USD (0 offline).
    #[napi(getter)]
    pub fn cost(&self) -> f64 {
        self.answer.cost
    }

    /// Tokens a language model used.
    #[napi(getter)]
    pub fn usage(&self) -> Usage {
        let clamp = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
        Usage {
            input_tokens: clamp(self.answer.usage.input_tokens),
            output_tokens: clamp(self.answer.usage.output_tokens),
        }
    }

    /// The sandboxed SQL that ran.
    #[napi(getter)]
    pub fn sql(&self) -> Option<String> {
        self.answer.sql.clone()
    }

    /// How the offline planner read the question, one step per line.
    #[napi(getter)]
    pub fn trace(&self) -> Vec<String> {
        self.answer.trace.clone()
    }

    /// The result table, if any.
    #[napi(catch_unwind)]
    pub fn table(&self) -> Result<Option<NativeTable>> {
        match &self.answer.table {
            None => Ok(None),
            Some(t) => core(t.to_frame()).map(|frame| Some(NativeTable::new(frame, None))),
        }
    }

    /// The chart, if any.
    #[napi]
    pub fn plot(&self) -> Option<NativePlot> {
        self.answer.plot.clone().map(NativePlot::answered)
    }

    /// The plan as JSON text, for a follow-up.
    #[napi]
    pub fn plan_json(&self) -> Option<String> {
        self.answer
            .plan
            .as_ref()
            .and_then(|p| serde_json::to_string(p).ok())
    }

    /// The whole answer as JSON text (what `blinq ask --json` prints).
    #[napi]
    pub fn json(&self) -> String {
        serde_json::to_string(&self.answer).unwrap_or_default()
    }
}
