//! `Answer`: the agent's reply to a plain-language question, and the options of `ask`.

use blinq_core::BlinqError;
use blinq_core::agent::{Mode, Plan, Planner};
use blinq_core::plot::PlotFormat;
use napi_derive::napi;
use serde_json::Value;

use crate::error::{Result, guarded, invalid_arg};
use crate::plot::Plot;
use crate::table::Table;

/// Options of `ask`.
#[napi(object)]
#[derive(Debug, Clone, Default)]
pub struct AskOptions {
    /// The planner: omitted for the built-in offline planner, `'env'` for the
    /// `BLINQ_LLM_URL`/`BLINQ_LLM_MODEL`/`BLINQ_LLM_API_KEY` variables, or
    /// `{url, model, apiKey}` for an OpenAI-compatible endpoint.
    #[napi(ts_type = "'env' | { url: string; model: string; apiKey?: string }")]
    pub llm: Option<Value>,
    /// The previous answer's `plan`, so a follow-up ("now as a line chart") edits it.
    #[napi(ts_type = "object")]
    pub previous: Option<Value>,
    /// The chart format: `png` (default) or `svg`.
    #[napi(ts_type = "'png' | 'svg'")]
    pub format: Option<String>,
    /// The most table rows returned (1000).
    pub max_rows: Option<u32>,
}

/// Core ask options from the JS ones.
pub fn ask_options(options: Option<AskOptions>) -> Result<blinq_core::agent::AskOptions> {
    let options = options.unwrap_or_default();
    let planner = match options.llm {
        None | Some(Value::Null) => Planner::Offline,
        Some(Value::String(s)) if s == "env" => blinq_core::agent::llm::LlmConfig::from_env()
            .map(Planner::Llm)
            .ok_or_else(|| {
                crate::error::js_error(BlinqError::Llm("BLINQ_LLM_URL is not set".into()))
            })?,
        Some(Value::Object(map)) => {
            let text = |key: &str| map.get(key).and_then(Value::as_str).map(str::to_string);
            let (Some(url), Some(model)) = (text("url"), text("model")) else {
                return Err(invalid_arg("llm needs `url` and `model`"));
            };
            let mut config = blinq_core::agent::llm::LlmConfig::new(url, model);
            if let Some(key) = text("apiKey") {
                config.api_key = Some(key);
            }
            Planner::Llm(config)
        }
        Some(other) => {
            return Err(invalid_arg(format!(
                "llm must be 'env' or {{url, model, apiKey}}, got {other}"
            )));
        }
    };
    let previous: Option<Plan> = match options.previous {
        None | Some(Value::Null) => None,
        Some(v) => Some(serde_json::from_value(v).map_err(|e| {
            crate::error::js_error(BlinqError::Plan(format!(
                "the previous plan is not valid: {e}"
            )))
        })?),
    };
    let format = match options.format.as_deref() {
        None | Some("png") => PlotFormat::Png,
        Some("svg") => PlotFormat::Svg,
        Some(other) => {
            return Err(invalid_arg(format!(
                "format must be png or svg, got {other:?}"
            )));
        }
    };
    let mut core = blinq_core::agent::AskOptions {
        planner,
        previous,
        format,
        ..blinq_core::agent::AskOptions::default()
    };
    if let Some(n) = options.max_rows {
        core.max_rows = n as usize;
    }
    Ok(core)
}

/// Tokens a language model used (zero offline).
#[napi(object)]
#[derive(Debug, Clone)]
pub struct Usage {
    /// Prompt tokens.
    pub input_tokens: u32,
    /// Completion tokens.
    pub output_tokens: u32,
}

/// An answer: a sentence, and the table and/or chart behind it.
#[napi]
#[derive(Debug, Clone)]
pub struct Answer {
    answer: blinq_core::Answer,
    dataset: blinq_core::Dataset,
}

impl Answer {
    pub fn new(answer: blinq_core::Answer, dataset: blinq_core::Dataset) -> Self {
        Answer { answer, dataset }
    }
}

#[napi]
impl Answer {
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
    #[napi(getter, ts_return_type = "'offline' | 'llm'")]
    pub fn mode(&self) -> String {
        match self.answer.mode {
            Mode::Offline => "offline".into(),
            _ => "llm".into(),
        }
    }

    /// Cost in USD (0 offline).
    #[napi(getter)]
    pub fn cost(&self) -> f64 {
        self.answer.cost
    }

    /// Tokens used by a language model.
    #[napi(getter)]
    pub fn usage(&self) -> Usage {
        Usage {
            input_tokens: self.answer.usage.input_tokens.min(u32::MAX as u64) as u32,
            output_tokens: self.answer.usage.output_tokens.min(u32::MAX as u64) as u32,
        }
    }

    /// The sandboxed SQL that produced the result.
    #[napi(getter)]
    pub fn sql(&self) -> Option<String> {
        self.answer.sql.clone()
    }

    /// The result table, if the answer is a table.
    #[napi(getter)]
    pub fn table(&self) -> Result<Option<Table>> {
        match &self.answer.table {
            None => Ok(None),
            Some(t) => guarded(|| t.to_frame()).map(|frame| Some(Table::new(frame, false))),
        }
    }

    /// The chart, if the answer is a chart.
    #[napi(getter)]
    pub fn plot(&self) -> Option<Plot> {
        let output = self.answer.plot.as_ref()?;
        let sql = self.answer.sql.clone().unwrap_or_default();
        Some(Plot::from_output(output, self.dataset.clone(), sql))
    }

    /// The plan that was run: pass it as `previous` with a follow-up question.
    #[napi(getter, ts_return_type = "object | null")]
    pub fn plan(&self) -> Option<Value> {
        self.answer
            .plan
            .as_ref()
            .and_then(|p| serde_json::to_value(p).ok())
    }

    /// The whole answer as the JSON object `blinq ask --json` prints (no image bytes).
    #[napi(js_name = "toJSON", ts_return_type = "Record<string, unknown>")]
    pub fn to_json(&self) -> Value {
        serde_json::to_value(&self.answer).unwrap_or(Value::Null)
    }
}
