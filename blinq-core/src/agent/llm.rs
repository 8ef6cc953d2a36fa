//! The language-model planner: any OpenAI-compatible chat-completions endpoint (OpenAI,
//! Ollama, vLLM, llama.cpp server, ...) returns a JSON plan, validated like any other plan.
//!
//! The client is blocking (ureq, rustls with bundled web roots; no async runtime in core) and
//! speaks HTTP or HTTPS, so `BLINQ_LLM_URL` may name a local server or a hosted API.

use std::time::Duration;

use serde_json::{Value, json};

use crate::dataset::Dataset;
use crate::error::{BlinqError, Result};

use super::answer::Usage;
use super::plan::Plan;

/// USD per million tokens.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Price {
    /// Per million prompt tokens.
    pub input_per_million: f64,
    /// Per million completion tokens.
    pub output_per_million: f64,
}

impl Price {
    /// The cost of `usage` in USD.
    pub fn cost(&self, usage: Usage) -> f64 {
        (usage.input_tokens as f64 * self.input_per_million
            + usage.output_tokens as f64 * self.output_per_million)
            / 1e6
    }

    /// Known list prices for a few hosted models; zero (local models) otherwise.
    pub fn for_model(model: &str) -> Price {
        let table: &[(&str, f64, f64)] = &[
            ("gpt-4o-mini", 0.15, 0.60),
            ("gpt-4o", 2.50, 10.00),
            ("gpt-4.1-mini", 0.40, 1.60),
            ("gpt-4.1", 2.00, 8.00),
        ];
        table
            .iter()
            .find(|(name, _, _)| model.starts_with(name))
            .map_or(Price::default(), |(_, i, o)| Price {
                input_per_million: *i,
                output_per_million: *o,
            })
    }
}

/// Where and how to reach the model.
#[derive(Clone, PartialEq)]
pub struct LlmConfig {
    /// Base URL (`http://127.0.0.1:11434/v1`) or the full chat-completions URL.
    pub url: String,
    /// The model name.
    pub model: String,
    /// Sent as a bearer token when set.
    pub api_key: Option<String>,
    /// Prices for the cost report.
    pub price: Price,
    /// Connect/read timeout.
    pub timeout: Duration,
}

impl std::fmt::Debug for LlmConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LlmConfig")
            .field("url", &self.url)
            .field("model", &self.model)
            .field("api_key", &self.api_key.as_ref().map(|_| "***"))
            .field("price", &self.price)
            .finish()
    }
}

impl LlmConfig {
    /// A config for `url` and `model`, priced from [`Price::for_model`].
    pub fn new(url: impl Into<String>, model: impl Into<String>) -> Self {
        let model = model.into();
        LlmConfig {
            url: url.into(),
            price: Price::for_model(&model),
            model,
            api_key: None,
            timeout: Duration::from_secs(60),
        }
    }

    /// From a JSON object `{"url", "model", "api_key"?, "price_input"?, "price_output"?,
    /// "timeout_secs"?}` (prices in USD per million tokens), as the bindings pass it.
    pub fn from_json(text: &str) -> Result<Self> {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Spec {
            url: String,
            model: String,
            #[serde(default)]
            api_key: Option<String>,
            #[serde(default)]
            price_input: Option<f64>,
            #[serde(default)]
            price_output: Option<f64>,
            #[serde(default)]
            timeout_secs: Option<u64>,
        }
        let spec: Spec = serde_json::from_str(text).map_err(|e| {
            BlinqError::Argument(format!(
                "the language model settings are not valid ({e}); give url and model, and \
                 optionally api_key, price_input, price_output and timeout_secs"
            ))
        })?;
        let mut config = LlmConfig::new(spec.url, spec.model);
        config.api_key = spec.api_key.filter(|k| !k.is_empty());
        if let Some(p) = spec.price_input {
            config.price.input_per_million = p;
        }
        if let Some(p) = spec.price_output {
            config.price.output_per_million = p;
        }
        if let Some(secs) = spec.timeout_secs {
            config.timeout = Duration::from_secs(secs.max(1));
        }
        Ok(config)
    }

    /// From `BLINQ_LLM_URL`, `BLINQ_LLM_MODEL`, `BLINQ_LLM_API_KEY` and optionally
    /// `BLINQ_LLM_PRICE_INPUT` / `BLINQ_LLM_PRICE_OUTPUT` (USD per million tokens);
    /// `None` when no URL is set.
    pub fn from_env() -> Option<Self> {
        let url = std::env::var("BLINQ_LLM_URL")
            .ok()
            .filter(|u| !u.is_empty())?;
        let model = std::env::var("BLINQ_LLM_MODEL").unwrap_or_else(|_| "gpt-4o-mini".into());
        let mut config = LlmConfig::new(url, model);
        config.api_key = std::env::var("BLINQ_LLM_API_KEY")
            .ok()
            .filter(|k| !k.is_empty());
        let price = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<f64>().ok());
        if let Some(p) = price("BLINQ_LLM_PRICE_INPUT") {
            config.price.input_per_million = p;
        }
        if let Some(p) = price("BLINQ_LLM_PRICE_OUTPUT") {
            config.price.output_per_million = p;
        }
        Some(config)
    }
}

/// Tables wider than this send the model only the columns the question may touch.
pub const PROMPT_COLUMNS: usize = 40;

/// The instructions and the dataset's schema and a small sample. For a table wider than
/// [`PROMPT_COLUMNS`] only the columns the question may touch are described (found by the
/// offline planner's matching, data dictionary included), and the rest are counted.
pub(crate) fn system_prompt(dataset: &Dataset, question: &str) -> String {
    let all = dataset.schema();
    let mut shown: Vec<&crate::dataset::ColumnInfo> = all.iter().collect();
    let mut hidden = 0;
    if all.len() > PROMPT_COLUMNS {
        let touched = super::offline::columns_touched(dataset, question);
        if !touched.is_empty() {
            shown.retain(|c| touched.contains(&c.name));
            hidden = all.len() - shown.len();
        }
    }
    let names: Vec<&str> = shown.iter().map(|c| c.name.as_str()).collect();
    let sample = dataset
        .frame()
        .select(names.iter().copied())
        .map(|f| crate::dataset::table_json(&f.head(Some(5))))
        .unwrap_or_else(|_| dataset.preview(5));
    let sample = serde_json::to_string(&sample).unwrap_or_default();
    let more = if hidden > 0 {
        format!(
            " (and {hidden} more columns the question does not seem to need; use only the \
             columns listed)"
        )
    } else {
        String::new()
    };
    let schema: Vec<String> = shown
        .iter()
        .map(|c| {
            // The data dictionary says what a column means and its unit.
            let note = match (&c.description, &c.unit) {
                (Some(d), Some(u)) => format!(": {d}, in {u}"),
                (Some(d), None) => format!(": {d}"),
                (None, Some(u)) => format!(": in {u}"),
                (None, None) => String::new(),
            };
            format!("\"{}\" ({}{note})", c.name, c.dtype)
        })
        .collect();
    format!(
        "You turn questions about a table into a JSON plan. The table is called data; its \
         columns are: {}{more}. First rows: {sample}\n\
         Reply with one JSON object only: {{\"sql\": \"one SELECT over data (double-quote \
         column names)\", \"plot\": null or a plot spec {{\"kind\": \"bar|line|scatter|histogram|box|pie|area|heatmap\", \
         \"x\": column, \"y\": column, \"color\": column, \"aggregate\": \"count|n_unique|sum|mean|median|min|max|std\"}} \
         drawn over the SQL result's columns, \"explanation\": \"one short sentence\"}}. \
         Never write code other than that SQL.",
        schema.join(", ")
    )
}

/// Pull a plan out of the model's reply (tolerating code fences and extra keys).
pub(crate) fn parse_plan(content: &str) -> Result<Plan> {
    let start = content.find('{');
    let end = content.rfind('}');
    let (Some(start), Some(end)) = (start, end) else {
        return Err(BlinqError::Llm("the reply holds no JSON object".into()));
    };
    let value: Value = serde_json::from_str(&content[start..=end])
        .map_err(|e| BlinqError::Llm(format!("the reply is not valid JSON: {e}")))?;
    let sql = value["sql"]
        .as_str()
        .ok_or_else(|| BlinqError::Llm("the plan has no \"sql\" string".into()))?
        .to_string();
    let plot = match &value["plot"] {
        Value::Null => None,
        spec => Some(
            serde_json::from_value(spec.clone())
                .map_err(|e| BlinqError::Plan(format!("invalid plot spec: {e}")))?,
        ),
    };
    Ok(Plan {
        sql,
        plot,
        explanation: value["explanation"].as_str().map(str::to_string),
        state: None,
    })
}

/// One chat-completions call: the reply's content and the tokens used.
pub(crate) fn chat(config: &LlmConfig, messages: &[Value]) -> Result<(String, Usage)> {
    let body = json!({
        "model": config.model,
        "messages": messages,
        "temperature": 0,
        "response_format": {"type": "json_object"},
    })
    .to_string();
    let reply = post(config, &body)?;
    let value: Value = serde_json::from_str(&reply)
        .map_err(|e| BlinqError::Llm(format!("the endpoint did not return JSON: {e}")))?;
    if let Some(err) = value.get("error") {
        return Err(BlinqError::Llm(format!(
            "the endpoint returned an error: {err}"
        )));
    }
    let content = value["choices"][0]["message"]["content"]
        .as_str()
        .ok_or_else(|| BlinqError::Llm("the reply has no choices[0].message.content".into()))?
        .to_string();
    let usage = Usage {
        input_tokens: value["usage"]["prompt_tokens"].as_u64().unwrap_or(0),
        output_tokens: value["usage"]["completion_tokens"].as_u64().unwrap_or(0),
    };
    Ok((content, usage))
}

/// The chat-completions address for a configured base URL: `…/v1` and `…/v1/chat/completions`
/// both work, and a bare host gets `/v1/chat/completions`.
fn endpoint(url: &str) -> Result<String> {
    let Some((scheme, rest)) = url.split_once("://") else {
        return Err(BlinqError::Llm(format!(
            "`{url}` is not a URL; expected http://host[:port][/v1] or https://…"
        )));
    };
    if scheme != "http" && scheme != "https" {
        return Err(BlinqError::Llm(format!(
            "`{url}` uses `{scheme}`; only http:// and https:// endpoints are supported"
        )));
    }
    let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
    let mut path = format!("/{}", path.trim_end_matches('/'));
    if !path.ends_with("/chat/completions") {
        if path == "/" {
            path = "/v1".into();
        }
        path.push_str("/chat/completions");
    }
    Ok(format!("{scheme}://{authority}{path}"))
}

/// POST `body` as JSON; the response body on a 2xx status.
fn post(config: &LlmConfig, body: &str) -> Result<String> {
    let url = endpoint(&config.url)?;
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(config.timeout))
        .http_status_as_error(false)
        .user_agent(concat!("blinq/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut request = agent
        .post(&url)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json");
    if let Some(key) = &config.api_key {
        request = request.header("Authorization", &format!("Bearer {key}"));
    }
    let net = |e: ureq::Error| BlinqError::Llm(format!("{}: {e}", config.url));
    let mut response = request.send(body).map_err(net)?;
    let status = response.status().as_u16();
    let body = response.body_mut().read_to_string().map_err(net)?;
    if !(200..300).contains(&status) {
        let snippet: String = body.chars().take(300).collect();
        return Err(BlinqError::Llm(format!(
            "HTTP {status} from {}: {snippet}",
            config.url
        )));
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::{PROMPT_COLUMNS, endpoint, system_prompt};
    use crate::Dataset;
    use crate::dataset::{ColumnNote, Dictionary};
    use polars::prelude::*;

    /// A table of `width` numeric columns `col_0`, ... and `ncap`, described as a safety
    /// rating in its dictionary.
    fn wide(width: usize) -> Dataset {
        let mut columns: Vec<Column> = (0..width)
            .map(|i| Column::new(format!("col_{i}").into(), [1i64, 2]))
            .collect();
        columns.push(Column::new("ncap".into(), [5i64, 4]));
        let frame = DataFrame::new(2, columns).unwrap();
        let mut dict = Dictionary::new();
        dict.insert(
            "ncap",
            ColumnNote {
                description: Some("crash safety rating".into()),
                unit: Some("stars".into()),
            },
        )
        .unwrap();
        Dataset::new("cars", frame).with_dictionary(dict).unwrap()
    }

    #[test]
    fn wide_tables_send_only_the_columns_a_question_touches() {
        let prompt = system_prompt(&wide(60), "what is the average safety rating");
        assert!(
            prompt.contains("\"ncap\" (int64: crash safety rating, in stars)"),
            "{prompt}"
        );
        assert!(prompt.contains("and 60 more columns"), "{prompt}");
        assert!(!prompt.contains("col_7"), "{prompt}");
        // A narrow table, or a question that names nothing, describes every column.
        let narrow = system_prompt(&wide(PROMPT_COLUMNS - 5), "average safety rating");
        assert!(narrow.contains("\"col_7\" (int64)"), "{narrow}");
        let vague = system_prompt(&wide(60), "tell me something interesting");
        assert!(vague.contains("\"col_59\" (int64)"), "{vague}");
        assert!(!vague.contains("more columns"), "{vague}");
    }

    #[test]
    fn endpoint_paths() {
        assert_eq!(
            endpoint("https://api.openai.com/v1").unwrap(),
            "https://api.openai.com/v1/chat/completions"
        );
        assert_eq!(
            endpoint("http://127.0.0.1:11434").unwrap(),
            "http://127.0.0.1:11434/v1/chat/completions"
        );
        assert_eq!(
            endpoint("http://h:1/v1/chat/completions/").unwrap(),
            "http://h:1/v1/chat/completions"
        );
        assert!(endpoint("ftp://h/v1").is_err());
        assert!(endpoint("localhost:11434").is_err());
    }
}
