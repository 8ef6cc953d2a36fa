//! Datasets: upload, list, inspect, delete, and SQL queries over them.

use std::path::Path;

use axum::Json;
use axum::body::Body;
use axum::extract::{Multipart, Path as UrlPath, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use blinq_core::sql::{Session, SqlLimits};
use blinq_core::{Dataset, ExportFormat, Format, LoadOptions};
use serde::Deserialize;

use crate::api::{
    DatasetDetail, DatasetInfo, DatasetList, DatasetRefs, ErrorBody, QueryRequest, QueryResponse,
};
use crate::app::{AppState, blocking};
use crate::auth::Owner;
use crate::error::{ApiError, ApiResult};
use crate::notify::{Event, EventKind};
use crate::store::DatasetMeta;
use blinq_core::analysis::{describe, summary_table};

/// An uploaded file: its name and bytes.
#[derive(Debug)]
pub struct Upload {
    /// The file name sent by the client, if any.
    pub file_name: Option<String>,
    /// The content.
    pub bytes: Vec<u8>,
}

/// Read the next multipart field's bytes, answering 413 past `limit`.
pub async fn read_field(
    field: &mut axum::extract::multipart::Field<'_>,
    limit: usize,
) -> ApiResult<Vec<u8>> {
    let mut bytes = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(multipart_error)? {
        if bytes.len() + chunk.len() > limit {
            return Err(too_large(limit));
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}

/// Map a multipart error to 413 (body over the limit) or 400.
pub fn multipart_error(err: axum::extract::multipart::MultipartError) -> ApiError {
    if err.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::TooLarge(format!("the upload is too large: {}", err.body_text()))
    } else {
        ApiError::BadRequest(format!("malformed multipart body: {}", err.body_text()))
    }
}

fn too_large(limit: usize) -> ApiError {
    ApiError::TooLarge(format!(
        "the upload is larger than the limit of {} MiB (raise it with --max-upload-mb)",
        limit / (1024 * 1024)
    ))
}

/// Answer 413 at once when the declared body length is over `limit` (plus room for the
/// multipart framing).
pub fn check_length(headers: &HeaderMap, limit: usize) -> ApiResult<()> {
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    match declared {
        Some(n) if n > limit as u64 + 64 * 1024 => Err(too_large(limit)),
        _ => Ok(()),
    }
}

/// Parse an upload into a dataset named `name` (or after the file), off the async runtime.
pub async fn parse_upload(upload: Upload, name: Option<String>) -> ApiResult<Dataset> {
    let file_name = upload.file_name.clone().unwrap_or_else(|| "upload".into());
    let name = table_name(name.as_deref().unwrap_or_else(|| stem(&file_name)));
    let format = Format::from_path(Path::new(&file_name));
    if upload.bytes.is_empty() {
        return Err(ApiError::Core(blinq_core::BlinqError::Parse {
            source_name: file_name,
            message: "the file is empty".into(),
        }));
    }
    blocking(move || {
        let options = LoadOptions {
            format,
            ..LoadOptions::default()
        };
        // Parse under the file's name so errors name the file the user sent.
        Ok(Dataset::from_bytes(file_name, &upload.bytes, &options)?.with_name(name))
    })
    .await
}

fn stem(file_name: &str) -> &str {
    Path::new(file_name)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("data")
}

/// A SQL-friendly table name: lowercase letters, digits and underscores, not starting with a
/// digit (`Penguins 2024.csv` becomes `penguins_2024`).
pub fn table_name(raw: &str) -> String {
    let mut name: String = raw
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 't');
    }
    name
}

/// Read `file` and `name` from an upload form (other fields are returned as text).
pub async fn read_form(
    mut multipart: Multipart,
    limit: usize,
) -> ApiResult<(Option<Upload>, std::collections::HashMap<String, String>)> {
    let mut upload = None;
    let mut fields = std::collections::HashMap::new();
    while let Some(mut field) = multipart.next_field().await.map_err(multipart_error)? {
        let field_name = field.name().unwrap_or_default().to_string();
        if field_name == "file" {
            let file_name = field.file_name().map(str::to_string);
            let bytes = read_field(&mut field, limit).await?;
            upload = Some(Upload { file_name, bytes });
        } else {
            let bytes = read_field(&mut field, 1024 * 1024).await?;
            fields.insert(field_name, String::from_utf8_lossy(&bytes).into_owned());
        }
    }
    Ok((upload, fields))
}

/// `dataset.created` for a stored dataset.
pub fn dataset_created(owner: &str, meta: &DatasetMeta) -> Event {
    Event {
        name: Some(meta.name.clone()),
        url: Some(format!("/api/data/{}", meta.id)),
        ..Event::new(EventKind::DatasetCreated, &meta.id, owner)
    }
}

fn info(meta: DatasetMeta) -> DatasetInfo {
    DatasetInfo {
        id: meta.id,
        name: meta.name,
        rows: meta.rows,
        columns: meta.columns,
        created_at: meta.created_at,
    }
}

/// Upload a file (CSV, TSV, Parquet, JSON, NDJSON, Arrow) as a new dataset.
#[utoipa::path(post, path = "/api/data/upload", tag = "data",
    request_body(content_type = "multipart/form-data", description = "`file` and optional `name`"),
    responses((status = 201, body = DatasetInfo), (status = 400, body = ErrorBody), (status = 413, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn upload(
    State(state): State<AppState>,
    Owner(owner): Owner,
    headers: HeaderMap,
    multipart: Multipart,
) -> ApiResult<(StatusCode, Json<DatasetInfo>)> {
    let limit = state.config.max_upload_bytes();
    check_length(&headers, limit)?;
    let (file, mut fields) = read_form(multipart, limit).await?;
    let file = file.ok_or_else(|| ApiError::BadRequest("the form has no `file` field".into()))?;
    let dataset =
        parse_upload(file, fields.remove("name").filter(|n| !n.trim().is_empty())).await?;
    let store = state.store.clone();
    let meta = blocking({
        let owner = owner.clone();
        move || store.put_dataset(&owner, &dataset)
    })
    .await?;
    state.notifier.publish(dataset_created(&owner, &meta));
    Ok((StatusCode::CREATED, Json(info(meta))))
}

/// The caller's datasets.
#[utoipa::path(get, path = "/api/data", tag = "data",
    responses((status = 200, body = DatasetList)), security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    Owner(owner): Owner,
) -> ApiResult<Json<DatasetList>> {
    let store = state.store.clone();
    let metas = blocking(move || store.list_datasets(&owner)).await?;
    Ok(Json(DatasetList {
        datasets: metas.into_iter().map(info).collect(),
    }))
}

/// A dataset's metadata, summary statistics and first 20 rows.
#[utoipa::path(get, path = "/api/data/{id}", tag = "data",
    responses((status = 200, body = DatasetDetail), (status = 404, body = ErrorBody)), security(("bearer" = [])))]
pub async fn detail(
    State(state): State<AppState>,
    Owner(owner): Owner,
    UrlPath(id): UrlPath<String>,
) -> ApiResult<Json<DatasetDetail>> {
    let store = state.store.clone();
    let detail = blocking(move || {
        let meta = store
            .dataset_meta(&owner, &id)?
            .ok_or_else(|| ApiError::no_dataset(&id))?;
        let dataset = store.load_dataset(&owner, &id)?;
        Ok(DatasetDetail {
            describe: summary_table(&describe(&dataset)?),
            preview: dataset.preview(20),
            info: info(meta),
        })
    })
    .await?;
    Ok(Json(detail))
}

/// Delete a dataset.
#[utoipa::path(delete, path = "/api/data/{id}", tag = "data",
    responses((status = 204), (status = 404, body = ErrorBody)), security(("bearer" = [])))]
pub async fn delete(
    State(state): State<AppState>,
    Owner(owner): Owner,
    UrlPath(id): UrlPath<String>,
) -> ApiResult<StatusCode> {
    let store = state.store.clone();
    let found = blocking({
        let id = id.clone();
        let owner = owner.clone();
        move || store.delete_dataset(&owner, &id)
    })
    .await?;
    if found {
        state
            .notifier
            .publish(Event::new(EventKind::DatasetDeleted, &id, &owner));
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::no_dataset(&id))
    }
}

/// `GET /api/data/query` parameters.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct QueryParams {
    /// The dataset id; several comma-separated ids to join.
    pub dataset: String,
    /// One SELECT statement.
    pub sql: String,
}

/// Run SQL (GET form). See `POST /api/data/query`.
#[utoipa::path(get, path = "/api/data/query", tag = "data", params(QueryParams),
    responses((status = 200, body = QueryResponse), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn query_get(
    State(state): State<AppState>,
    owner: Owner,
    headers: HeaderMap,
    Query(params): Query<QueryParams>,
) -> ApiResult<Response> {
    let ids: Vec<String> = params
        .dataset
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let request = QueryRequest {
        dataset: DatasetRefs::Many(ids),
        sql: params.sql,
    };
    run_query(state, owner, &headers, request).await
}

/// Run SQL over one or more datasets. With one dataset the table is `data` and the dataset's
/// name; with several, each is its name. `Accept: text/csv`, `application/vnd.apache.arrow.stream`
/// or `application/x-parquet` returns the full result in that format.
#[utoipa::path(post, path = "/api/data/query", tag = "data", request_body = QueryRequest,
    responses((status = 200, body = QueryResponse), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 408, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn query_post(
    State(state): State<AppState>,
    owner: Owner,
    headers: HeaderMap,
    Json(request): Json<QueryRequest>,
) -> ApiResult<Response> {
    run_query(state, owner, &headers, request).await
}

/// Build a session over the caller's datasets `ids`.
pub fn session_for(state: &AppState, owner: &str, ids: &[String]) -> ApiResult<Session> {
    if ids.is_empty() {
        return Err(ApiError::BadRequest(
            "name at least one dataset id in `dataset`".into(),
        ));
    }
    let limits = SqlLimits {
        max_rows: Some(state.config.max_rows),
        timeout: Some(state.config.query_timeout()),
    };
    if let [id] = ids {
        return Ok(Session::with_dataset(state.store.load_dataset(owner, id)?).with_limits(limits));
    }
    let mut session = Session::new().with_limits(limits);
    for id in ids {
        let dataset = state.store.load_dataset(owner, id)?;
        if session.table_names().contains(&dataset.name()) {
            return Err(ApiError::BadRequest(format!(
                "two datasets are named `{}`; upload one under another `name` to join them",
                dataset.name()
            )));
        }
        session.register(dataset.name().to_string(), dataset);
    }
    Ok(session)
}

async fn run_query(
    state: AppState,
    Owner(owner): Owner,
    headers: &HeaderMap,
    request: QueryRequest,
) -> ApiResult<Response> {
    let export = export_format(headers);
    let ids = request.dataset.ids();
    blocking(move || {
        let session = session_for(&state, &owner, &ids)?;
        match export {
            None => {
                let result = session
                    .execute(&request.sql)
                    .map_err(ApiError::from_query)?;
                let table = result.table_json();
                Ok(Json(QueryResponse {
                    row_count: table.rows.len(),
                    columns: table.columns,
                    rows: table.rows,
                    truncated: result.truncated,
                    elapsed_ms: result.elapsed.as_secs_f64() * 1000.0,
                })
                .into_response())
            }
            Some((format, content_type)) => {
                let frame = session
                    .execute_all(&request.sql)
                    .map_err(ApiError::from_query)?;
                let mut bytes = Vec::new();
                blinq_core::dataset::export(&frame, format, &mut bytes)?;
                Ok(([(header::CONTENT_TYPE, content_type)], Body::from(bytes)).into_response())
            }
        }
    })
    .await
}

/// The export format asked for by `Accept`, if not JSON.
fn export_format(headers: &HeaderMap) -> Option<(ExportFormat, &'static str)> {
    let accept = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let accept = accept.to_ascii_lowercase();
    if accept.contains("text/csv") {
        Some((ExportFormat::Csv, "text/csv; charset=utf-8"))
    } else if accept.contains("application/vnd.apache.arrow.stream") {
        Some((
            ExportFormat::IpcStream,
            "application/vnd.apache.arrow.stream",
        ))
    } else if accept.contains("application/x-parquet")
        || accept.contains("application/vnd.apache.parquet")
    {
        Some((ExportFormat::Parquet, "application/x-parquet"))
    } else {
        None
    }
}
