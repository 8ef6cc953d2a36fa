//! `blinq.Answer`: the agent's reply to a plain-language question.

use blinq_core::agent::{AskOptions, Mode, Plan, Planner, ask};
use blinq_core::{Answer, BlinqError};
use pyo3::prelude::*;

use crate::dataset::PyDataset;
use crate::error::{PyBlinqError, detached};
use crate::plot::PyPlot;
use crate::table::PyTable;

/// An answer: a sentence, and the table and/or chart behind it.
#[pyclass(module = "blinq", name = "Answer", frozen)]
#[derive(Debug)]
pub struct PyAnswer {
    answer: Answer,
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

    /// "offline" or "llm".
    #[getter]
    fn mode(&self) -> &'static str {
        match self.answer.mode {
            Mode::Offline => "offline",
            _ => "llm",
        }
    }

    /// The sandboxed SQL that produced the result.
    #[getter]
    fn sql(&self) -> Option<String> {
        self.answer.sql.clone()
    }

    /// The result table, if any.
    #[getter]
    fn table(&self) -> PyResult<Option<PyTable>> {
        match &self.answer.table {
            None => Ok(None),
            Some(t) => {
                let frame = t.to_frame().map_err(PyBlinqError)?;
                Ok(Some(PyTable::new(frame, false)))
            }
        }
    }

    /// The chart, if any.
    #[getter]
    fn plot(&self) -> Option<PyPlot> {
        self.answer.plot.as_ref().map(PyPlot::from_output)
    }

    /// The plan as JSON text: pass it back as `previous=` for a follow-up question.
    fn _plan_json(&self) -> Option<String> {
        self.answer
            .plan
            .as_ref()
            .and_then(|p| serde_json::to_string(p).ok())
    }

    /// The whole answer as JSON text (the same object `blinq ask --json` prints).
    fn _json(&self) -> String {
        serde_json::to_string(&self.answer).unwrap_or_default()
    }

    fn _repr_html_(&self) -> String {
        let mut html = format!("<p>{}</p>", escape(&self.answer.response));
        if let Some(t) = &self.answer.table {
            html.push_str(&t.to_html(20));
        }
        html
    }

    fn _repr_png_(&self) -> Option<Vec<u8>> {
        let plot = self.answer.plot.as_ref()?;
        (plot.format() == blinq_core::plot::PlotFormat::Png).then(|| plot.bytes().to_vec())
    }

    fn __repr__(&self) -> String {
        format!("<blinq.Answer {:?}>", self.answer.response)
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Ask a question; `llm` is None (offline), "env" (BLINQ_LLM_* variables) or a dict with
/// `url`, `model` and optionally `api_key`.
#[pyfunction]
#[pyo3(signature = (dataset, question, *, llm = None, previous = None, format = "png"))]
pub fn ask_dataset(
    py: Python<'_>,
    dataset: PyRef<'_, PyDataset>,
    question: String,
    llm: Option<Bound<'_, PyAny>>,
    previous: Option<String>,
    format: &str,
) -> PyResult<PyAnswer> {
    let planner = planner_from(llm)?;
    let previous: Option<Plan> = match previous {
        Some(json) => Some(serde_json::from_str(&json).map_err(|e| {
            PyBlinqError(BlinqError::Plan(format!(
                "the previous plan is not valid: {e}"
            )))
        })?),
        None => None,
    };
    let format = match format {
        "png" => blinq_core::plot::PlotFormat::Png,
        "svg" => blinq_core::plot::PlotFormat::Svg,
        other => {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "format must be png or svg, got {other:?}"
            )));
        }
    };
    let options = AskOptions {
        planner,
        previous,
        format,
        ..AskOptions::default()
    };
    let ds = dataset.inner.clone();
    let answer = detached(py, move || ask(&ds, &question, &options))?;
    Ok(PyAnswer { answer })
}

fn planner_from(llm: Option<Bound<'_, PyAny>>) -> PyResult<Planner> {
    let Some(llm) = llm else {
        return Ok(Planner::Offline);
    };
    if let Ok(s) = llm.extract::<String>()
        && s == "env"
    {
        return blinq_core::agent::llm::LlmConfig::from_env()
            .map(Planner::Llm)
            .ok_or_else(|| {
                PyBlinqError(BlinqError::Llm("BLINQ_LLM_URL is not set".into())).into()
            });
    }
    let url: String = llm.get_item("url")?.extract()?;
    let model: String = llm.get_item("model")?.extract()?;
    let mut config = blinq_core::agent::llm::LlmConfig::new(url, model);
    if let Ok(key) = llm.get_item("api_key") {
        config.api_key = key.extract()?;
    }
    Ok(Planner::Llm(config))
}
