//! The language-model planner: any OpenAI-compatible chat-completions endpoint (OpenAI,
//! Ollama, vLLM, llama.cpp server, ...) returns a JSON plan, validated like any other plan.
//!
//! The client speaks plain HTTP/1.1 over `std::net` (no async runtime, no TLS stack in
//! core): point `BLINQ_LLM_URL` at a local server, or at a local TLS-terminating proxy for
//! hosted APIs.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
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

/// The instructions and the dataset's schema and a small sample.
pub(crate) fn system_prompt(dataset: &Dataset) -> String {
    let schema: Vec<String> = dataset
        .schema()
        .iter()
        .map(|c| format!("\"{}\" ({})", c.name, c.dtype))
        .collect();
    let sample = serde_json::to_string(&dataset.preview(5)).unwrap_or_default();
    format!(
        "You turn questions about a table into a JSON plan. The table is called data; its \
         columns are: {}. First rows: {sample}\n\
         Reply with one JSON object only: {{\"sql\": \"one SELECT over data (double-quote \
         column names)\", \"plot\": null or a plot spec {{\"kind\": \"bar|line|scatter|histogram|box|pie|area|heatmap\", \
         \"x\": column, \"y\": column, \"color\": column, \"aggregate\": \"count|sum|mean|median|min|max\"}} \
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
        intent: None,
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

/// POST `body` as JSON; the response body on a 2xx status.
fn post(config: &LlmConfig, body: &str) -> Result<String> {
    let rest = config.url.strip_prefix("http://").ok_or_else(|| {
        BlinqError::Llm(format!(
            "`{}` is not an http:// URL; the built-in client speaks plain HTTP (use a local \
             endpoint such as Ollama, or a local TLS proxy for hosted APIs)",
            config.url
        ))
    })?;
    let (authority, path) = rest.split_once('/').map_or((rest, ""), |(a, p)| (a, p));
    let mut path = format!("/{}", path.trim_end_matches('/'));
    if !path.ends_with("/chat/completions") {
        if path == "/" {
            path = "/v1".into();
        }
        path.push_str("/chat/completions");
    }
    let host = if authority.contains(':') {
        authority.to_string()
    } else {
        format!("{authority}:80")
    };
    let addr = host
        .to_socket_addrs()
        .map_err(|e| BlinqError::Llm(format!("cannot resolve {host}: {e}")))?
        .next()
        .ok_or_else(|| BlinqError::Llm(format!("cannot resolve {host}")))?;
    let net = |e: std::io::Error| BlinqError::Llm(format!("{}: {e}", config.url));
    let mut stream = TcpStream::connect_timeout(&addr, config.timeout).map_err(net)?;
    stream.set_read_timeout(Some(config.timeout)).map_err(net)?;
    stream
        .set_write_timeout(Some(config.timeout))
        .map_err(net)?;
    let auth = config
        .api_key
        .as_ref()
        .map(|k| format!("Authorization: Bearer {k}\r\n"))
        .unwrap_or_default();
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: {authority}\r\nContent-Type: application/json\r\n\
         Accept: application/json\r\n{auth}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).map_err(net)?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).map_err(net)?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| BlinqError::Llm("malformed HTTP response".into()))?;
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let body = &raw[split + 4..];
    let status: u16 = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| BlinqError::Llm("malformed HTTP status line".into()))?;
    let chunked = head.lines().any(|l| {
        let l = l.to_ascii_lowercase();
        l.starts_with("transfer-encoding:") && l.contains("chunked")
    });
    let body = if chunked {
        dechunk(body)
    } else {
        body.to_vec()
    };
    let body = String::from_utf8_lossy(&body).to_string();
    if !(200..300).contains(&status) {
        let snippet: String = body.chars().take(300).collect();
        return Err(BlinqError::Llm(format!(
            "HTTP {status} from {}: {snippet}",
            config.url
        )));
    }
    Ok(body)
}

fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(line_end) = body.windows(2).position(|w| w == b"\r\n") {
        let size = String::from_utf8_lossy(&body[..line_end]);
        let Ok(n) = usize::from_str_radix(size.trim().split(';').next().unwrap_or("0"), 16) else {
            break;
        };
        let rest = &body[line_end + 2..];
        if n == 0 || rest.len() < n {
            break;
        }
        out.extend_from_slice(&rest[..n]);
        body = rest[n..].strip_prefix(b"\r\n").unwrap_or(&rest[n..]);
    }
    out
}
