//! HTTP-only request and response bodies. Tables, columns, plot specs and answers are
//! blinq-core's own serde types, reused as they are.

use blinq_core::{Answer, ColumnInfo, TableJson};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Every error: `{"error": {"code": "...", "message": "..."}}`.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ErrorBody {
    /// What went wrong.
    pub error: ErrorDetail,
}

/// The code and message of an error.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ErrorDetail {
    /// A stable code: `parse`, `schema`, `query`, `sandbox`, `plot`, `plan`, `limit`,
    /// `timeout`, `unauthorized`, `not_found`, `bad_request`, `too_large`, `internal`, ...
    pub code: String,
    /// A message for a person.
    pub message: String,
}

/// `GET /health` and `GET /ready`.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Health {
    /// `ok`.
    pub status: String,
    /// The server version.
    pub version: String,
    /// `/ready` only: the notification backend, `in-process` or `kafka`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notifications: Option<String>,
}

/// A stored dataset (the answer to an upload, and an entry of `GET /api/data`).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct DatasetInfo {
    /// The dataset id.
    pub id: String,
    /// The name; also its table name in SQL.
    pub name: String,
    /// Number of rows.
    pub rows: u64,
    /// Column names and types.
    #[schema(value_type = Vec<Object>)]
    pub columns: Vec<ColumnInfo>,
    /// When it was uploaded (RFC 3339).
    pub created_at: String,
}

/// `GET /api/data`.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct DatasetList {
    /// The caller's datasets, oldest first.
    pub datasets: Vec<DatasetInfo>,
}

/// `GET /api/data/{id}`: metadata, summary statistics and the first rows.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct DatasetDetail {
    /// The catalog entry.
    #[serde(flatten)]
    pub info: DatasetInfo,
    /// One row per column: count, nulls, mean, std, min, max.
    #[schema(value_type = Object)]
    pub describe: TableJson,
    /// The first 20 rows.
    #[schema(value_type = Object)]
    pub preview: TableJson,
}

/// One dataset id or several (to join).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum DatasetRefs {
    /// One dataset, reachable as `data` and by its name.
    One(String),
    /// Several datasets, each reachable by its name.
    Many(Vec<String>),
}

impl DatasetRefs {
    /// The ids, in order.
    pub fn ids(&self) -> Vec<String> {
        match self {
            DatasetRefs::One(id) => vec![id.clone()],
            DatasetRefs::Many(ids) => ids.clone(),
        }
    }
}

/// `POST /api/data/query`.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct QueryRequest {
    /// The dataset id, or a list of ids.
    pub dataset: DatasetRefs,
    /// One SELECT statement.
    pub sql: String,
}

/// A JSON query answer.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct QueryResponse {
    /// The column names.
    pub columns: Vec<String>,
    /// The rows (at most the server's row cap).
    #[schema(value_type = Vec<Vec<Object>>)]
    pub rows: Vec<Vec<serde_json::Value>>,
    /// Number of rows returned.
    pub row_count: usize,
    /// Whether rows were cut off at the cap (ask for CSV/Arrow/Parquet to get them all).
    pub truncated: bool,
    /// Time spent on the query, in milliseconds.
    pub elapsed_ms: f64,
}

impl QueryResponse {
    /// The JSON answer of a query's result.
    pub fn of(result: &blinq_core::sql::QueryResult) -> Self {
        let table = result.table_json();
        QueryResponse {
            row_count: table.rows.len(),
            columns: table.columns,
            rows: table.rows,
            truncated: result.truncated,
            elapsed_ms: result.elapsed.as_secs_f64() * 1000.0,
        }
    }
}

/// `POST /api/plots`.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct PlotRequest {
    /// The dataset id.
    pub dataset: String,
    /// The plot spec (blinq-core's `PlotSpec`).
    #[schema(value_type = Object)]
    pub spec: serde_json::Value,
}

/// A stored plot.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct PlotInfo {
    /// The plot id.
    pub id: String,
    /// The dataset it was drawn from.
    pub dataset: String,
    /// The spec it was drawn with.
    #[schema(value_type = Object)]
    pub spec: serde_json::Value,
    /// Where to get the PNG (same auth).
    pub png_url: String,
    /// Where to get the SVG (same auth).
    pub svg_url: String,
    /// Where to get the interactive chart as a Vega-Lite v5 spec (same auth).
    pub vl_url: String,
    /// When it was created (RFC 3339).
    pub created_at: String,
    /// The Vega-Lite v5 spec itself, when asked for with `?include=vega_lite`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub vega_lite: Option<serde_json::Value>,
}

/// `?include=`: what to add to a plot or answer body (`vega_lite`: the chart's Vega-Lite
/// spec, saving a request for `vl_url`).
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct IncludeParams {
    /// Comma-separated; `vega_lite` is the one there is.
    pub include: Option<String>,
}

impl IncludeParams {
    /// Whether the Vega-Lite spec was asked for; an unknown name is a 400, so a typo is seen.
    pub fn vega_lite(&self) -> Result<bool, crate::error::ApiError> {
        let mut wanted = false;
        for name in self
            .include
            .iter()
            .flat_map(|s| s.split(','))
            .map(str::trim)
        {
            match name {
                "vega_lite" => wanted = true,
                "" => {}
                other => {
                    return Err(crate::error::ApiError::BadRequest(format!(
                        "unknown `include` value `{other}`; the one there is: vega_lite"
                    )));
                }
            }
        }
        Ok(wanted)
    }
}

/// `GET /api/plots`.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct PlotList {
    /// The caller's plots, oldest first.
    pub plots: Vec<PlotInfo>,
}

/// `POST /api/analysis` as JSON.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AnalysisRequest {
    /// The dataset id.
    pub dataset: String,
    /// The question, in plain language.
    pub query: String,
    /// The `plan` of the previous answer, so a follow-up ("now as a line chart") edits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub previous: Option<blinq_core::agent::Plan>,
}

/// `POST /api/analysis`: the agent's answer, plus where its chart was stored.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AnalysisResponse {
    /// The agent's answer: `response`, `cost`, `is_plotting`, `mode`, `sql`, `table`, `plot`
    /// (with `plot.path` set to the PNG URL when it drew a chart).
    #[serde(flatten)]
    #[schema(value_type = Object)]
    pub answer: Answer,
    /// The dataset asked about (new when a file was sent).
    pub dataset: String,
    /// The stored plot's id, when the answer is a chart.
    pub plot_id: Option<String>,
    /// The stored PNG, when the answer is a chart.
    pub png_url: Option<String>,
    /// The stored SVG, when the answer is a chart.
    pub svg_url: Option<String>,
    /// The stored Vega-Lite spec, when the answer is a chart.
    #[serde(default)]
    pub vl_url: Option<String>,
    /// The chart's Vega-Lite v5 spec, when asked for with `?include=vega_lite`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub vega_lite: Option<serde_json::Value>,
}
