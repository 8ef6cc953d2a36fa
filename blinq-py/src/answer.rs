//! `PyAnswer` (wrapped by `blinq.Answer`): the agent's reply to a plain-language question.

use blinq_core::Answer;
use pyo3::prelude::*;

use crate::error::PyBlinqError;
use crate::plot::PyPlot;
use crate::table::PyTable;

/// An answer: a sentence, and the table and/or chart behind it.
#[pyclass(module = "blinq._blinq", frozen)]
#[derive(Debug)]
pub struct PyAnswer {
    answer: Answer,
}

impl PyAnswer {
    /// Wrap core's answer.
    pub fn new(answer: Answer) -> Self {
        PyAnswer { answer }
    }
}

#[pymethods]
impl PyAnswer {
    /// A short sentence stating the result.
    #[getter]
    fn response(&self) -> &str {
        &self.answer.response
    }

    /// Whether the answer is a chart.
    #[getter]
    fn is_plotting(&self) -> bool {
        self.answer.is_plotting
    }

    /// Cost in USD (0 offline).
    #[getter]
    fn cost(&self) -> f64 {
        self.answer.cost
    }

    /// `(input_tokens, output_tokens)` used by a language model.
    #[getter]
    fn usage(&self) -> (u64, u64) {
        (
            self.answer.usage.input_tokens,
            self.answer.usage.output_tokens,
        )
    }

    /// `offline` or `llm`.
    #[getter]
    fn mode(&self) -> &'static str {
        self.answer.mode.as_str()
    }

    /// The sandboxed SQL that produced the result.
    #[getter]
    fn sql(&self) -> Option<String> {
        self.answer.sql.clone()
    }

    /// How the offline planner read the question, one step per line.
    #[getter]
    fn trace(&self) -> Vec<String> {
        self.answer.trace.clone()
    }

    /// The result table, if any.
    fn table(&self) -> PyResult<Option<PyTable>> {
        match &self.answer.table {
            None => Ok(None),
            Some(t) => {
                let frame = t.to_frame().map_err(PyBlinqError)?;
                Ok(Some(PyTable::new(frame, None)))
            }
        }
    }

    /// The chart, if any.
    fn plot(&self) -> Option<PyPlot> {
        self.answer.plot.clone().map(PyPlot::answered)
    }

    /// The plan as JSON text: pass it back as `previous` for a follow-up question.
    fn plan_json(&self) -> Option<String> {
        self.answer
            .plan
            .as_ref()
            .and_then(|p| serde_json::to_string(p).ok())
    }

    /// The whole answer as JSON text (the same object `blinq ask --json` prints).
    fn json(&self) -> String {
        serde_json::to_string(&self.answer).unwrap_or_default()
    }
}
