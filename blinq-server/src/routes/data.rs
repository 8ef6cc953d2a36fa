//! Datasets: upload, list, inspect, delete, and SQL queries over them.

use axum::Json;
use axum::body::{Body as HttpBody, Bytes};
use axum::extract::{Multipart, State};
use axum::http::{HeaderMap, HeaderName, StatusCode, header};
use axum::response::{IntoResponse, Response};
use blinq_core::ExportFormat;
use blinq_core::dataset::Dictionary;
use blinq_core::dataset::export;
use blinq_core::sql::SqlLimits;
use serde::Deserialize;

use crate::api::{
    DatasetDetail, DatasetInfo, DatasetList, DatasetRefs, ErrorBody, QueryRequest, QueryResponse,
};
use crate::auth::Owner;
use crate::cluster::Cluster;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Body, Params, Segments};
use crate::notify::{Event, EventKind};
use crate::result_cache::CachedAnswer;
use crate::state::{AppState, blocking};
use crate::store::{DatasetLocation, DatasetMeta};
use crate::upload::{check_length, read_form, store_upload};
use crate::worker::{DatasetRef, Job, JobBody};

/// The API view of a catalog entry.
pub fn info(meta: DatasetMeta) -> DatasetInfo {
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
    let _slot = state.uploads.take().await?;
    let mut form = read_form(multipart, limit, &state.store.tmp_dir()).await?;
    let file = form
        .file
        .ok_or_else(|| ApiError::BadRequest("the form has no `file` field".into()))?;
    let name = form.fields.remove("name").filter(|n| !n.trim().is_empty());
    let meta = store_upload(&state, &owner, file, name).await?;
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
    Segments(id): Segments<String>,
) -> ApiResult<Json<DatasetDetail>> {
    let store = state.store.clone();
    let (meta, dataset) = blocking(move || {
        let meta = store
            .dataset_meta(&owner, &id)?
            .ok_or_else(|| ApiError::no_dataset(&id))?;
        let dataset = store.dataset_ref(&owner, &id)?;
        Ok::<_, ApiError>((meta, dataset))
    })
    .await?;
    let output = state.pool.run(Job::Describe { dataset }).await?;
    let part = output.into_parts().into_iter().next().unwrap_or_default();
    #[derive(Deserialize)]
    struct Stats {
        describe: blinq_core::TableJson,
        preview: blinq_core::TableJson,
    }
    let stats: Stats = serde_json::from_slice(&part)
        .map_err(|e| ApiError::Internal(format!("a worker's answer: {e}")))?;
    Ok(Json(DatasetDetail {
        info: info(meta),
        describe: stats.describe,
        preview: stats.preview,
    }))
}

/// Replace a dataset's data dictionary: what its columns mean and their units, as
/// `{"column": "description"}` or `{"column": {"description": "...", "unit": "..."}}` (an
/// empty object removes it). The analysis agent matches questions against it.
#[utoipa::path(put, path = "/api/data/{id}/dictionary", tag = "data",
    request_body(content = Object, description = "the data dictionary"),
    responses((status = 200, body = DatasetInfo), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn set_dictionary(
    State(state): State<AppState>,
    Owner(owner): Owner,
    Segments(id): Segments<String>,
    Body(dictionary): Body<Dictionary>,
) -> ApiResult<Json<DatasetInfo>> {
    let store = state.store.clone();
    let meta = blocking(move || {
        store
            .set_dictionary(&owner, &id, &dictionary)?
            .ok_or_else(|| ApiError::no_dataset(&id))
    })
    .await?;
    Ok(Json(info(meta)))
}

/// Delete a dataset.
#[utoipa::path(delete, path = "/api/data/{id}", tag = "data",
    responses((status = 204), (status = 404, body = ErrorBody)), security(("bearer" = [])))]
pub async fn delete(
    State(state): State<AppState>,
    Owner(owner): Owner,
    Segments(id): Segments<String>,
) -> ApiResult<StatusCode> {
    let store = state.store.clone();
    let found = blocking({
        let id = id.clone();
        let owner = owner.clone();
        move || store.delete_dataset(&owner, &id)
    })
    .await?;
    if found {
        state.results.forget_dataset(&id);
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
    Params(params): Params<QueryParams>,
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
    Body(request): Body<QueryRequest>,
) -> ApiResult<Response> {
    run_query(state, owner, &headers, request).await
}

/// Where the caller's datasets `ids` are; one dataset is `data` and its name, several are
/// each their name, so two of one name cannot be joined.
pub fn datasets_for(state: &AppState, owner: &str, ids: &[String]) -> ApiResult<Vec<DatasetRef>> {
    each_dataset(
        ids,
        |id| Ok(state.store.dataset_ref(owner, id)?),
        |d| &d.name,
    )
}

/// Look up each of `ids`, refusing none and two of one name (their tables would clash).
fn each_dataset<T>(
    ids: &[String],
    lookup: impl Fn(&str) -> ApiResult<T>,
    name: impl Fn(&T) -> &str,
) -> ApiResult<Vec<T>> {
    if ids.is_empty() {
        return Err(ApiError::BadRequest(
            "name at least one dataset id in `dataset`".into(),
        ));
    }
    let mut found: Vec<T> = Vec::with_capacity(ids.len());
    for id in ids {
        let dataset = lookup(id)?;
        if ids.len() > 1 && found.iter().any(|d| name(d) == name(&dataset)) {
            return Err(ApiError::BadRequest(format!(
                "two datasets are named `{}`; upload one under another `name` to join them",
                name(&dataset)
            )));
        }
        found.push(dataset);
    }
    Ok(found)
}

async fn run_query(
    state: AppState,
    Owner(owner): Owner,
    headers: &HeaderMap,
    request: QueryRequest,
) -> ApiResult<Response> {
    let export = export_format(headers);
    let ids = request.dataset.ids();
    if let Some(cluster) = state.cluster.clone() {
        let located = blocking({
            let (state, owner, ids) = (state.clone(), owner.clone(), ids.clone());
            move || locations_for(&state, &owner, &ids)
        })
        .await?;
        if cluster.takes(located.iter().map(|d| d.bytes).sum()) {
            return on_cluster(&state, &cluster, &located, &ids, &request.sql, export).await;
        }
    }
    let datasets = blocking({
        let state = state.clone();
        move || datasets_for(&state, &owner, &ids)
    })
    .await?;
    let content_type = export.map_or("application/json", |(_, content_type)| content_type);
    let export = export.map(|(format, _)| format);
    // The owner was checked above: an entry is only reached by someone who may run it.
    let key = state
        .results
        .enabled()
        .then(|| answer_key(&datasets, &request.sql, state.config.max_rows, export));
    if let Some(hit) = key.as_deref().and_then(|k| state.results.get(k)) {
        return Ok(answer(hit.content_type, "hit", hit.body));
    }
    let ids: Vec<String> = datasets.iter().map(|d| d.id.clone()).collect();
    let job = Job::Query {
        datasets,
        sql: request.sql,
        max_rows: state.config.max_rows,
        export,
    };
    let output = state.pool.run(job).await?;
    let body = match output.body {
        JobBody::Parts(mut parts) => Bytes::from(parts.pop().unwrap_or_default()),
        JobBody::File(file) => {
            let len = file.len();
            let opened = blocking(move || file.open()).await?;
            let stream = tokio_util::io::ReaderStream::with_capacity(
                tokio::fs::File::from_std(opened),
                1 << 16,
            );
            let mut response = (
                [(header::CONTENT_TYPE, content_type)],
                HttpBody::from_stream(stream),
            )
                .into_response();
            response
                .headers_mut()
                .insert(header::CONTENT_LENGTH, len.into());
            return Ok(response);
        }
    };
    if let Some(key) = key {
        let cached = CachedAnswer {
            body: body.clone(),
            content_type,
        };
        state.results.insert(key, ids, cached);
    }
    Ok(answer(content_type, "miss", body))
}

/// The most rows a CSV/Arrow/Parquet answer from the cluster holds: the server holds the
/// whole answer before sending it (the workers write theirs to a file).
const CLUSTER_EXPORT_ROWS: usize = 1_000_000;

/// Where the caller's datasets `ids` are for the cluster (as [`datasets_for`], without
/// fetching anything into this replica's cache).
fn locations_for(state: &AppState, owner: &str, ids: &[String]) -> ApiResult<Vec<DatasetLocation>> {
    each_dataset(
        ids,
        |id| Ok(state.store.dataset_location(owner, id)?),
        |d| &d.name,
    )
}

/// Run the query on the `--engine` cluster and answer as the workers do (JSON with the row
/// cap, or the whole result in the format asked for, within `--max-result-mb`).
async fn on_cluster(
    state: &AppState,
    cluster: &Cluster,
    located: &[DatasetLocation],
    ids: &[String],
    sql: &str,
    wanted: Option<(ExportFormat, &'static str)>,
) -> ApiResult<Response> {
    let content_type = wanted.map_or("application/json", |(_, content_type)| content_type);
    let format = wanted.map(|(format, _)| format);
    let key = state.results.enabled().then(|| {
        let files: Vec<(&str, &str)> = located
            .iter()
            .map(|d| (d.name.as_str(), d.location.as_str()))
            .collect();
        format!(
            "cluster\n{files:?}\n{}\n{format:?}\n{sql}",
            state.config.max_rows
        )
    });
    if let Some(hit) = key.as_deref().and_then(|k| state.results.get(k)) {
        return Ok(answer(hit.content_type, "hit", hit.body));
    }
    let limits = SqlLimits {
        max_rows: Some(if format.is_some() {
            CLUSTER_EXPORT_ROWS
        } else {
            state.config.max_rows
        }),
        timeout: Some(state.config.query_timeout()),
    };
    let result = cluster.query(located, sql, limits).await?;
    let max_result_mb = state.config.max_result_mb;
    let too_large = move || {
        ApiError::TooLarge(format!(
            "the answer is larger than the server's limit ({max_result_mb} MiB, or \
             {CLUSTER_EXPORT_ROWS} rows from the cluster); narrow the query (fewer columns, a \
             WHERE, an aggregate)"
        ))
    };
    let body = blocking(move || -> ApiResult<Vec<u8>> {
        let mut out = Vec::new();
        match format {
            None => serde_json::to_writer(&mut out, &QueryResponse::of(&result))
                .map_err(|e| ApiError::Internal(format!("writing the answer: {e}")))?,
            Some(_) if result.truncated => return Err(too_large()),
            Some(format) => export(&result.frame, format, &mut out)?,
        }
        Ok(out)
    })
    .await?;
    if body.len() as u64 > max_result_mb.saturating_mul(1024 * 1024) {
        return Err(too_large());
    }
    let body = Bytes::from(body);
    if let Some(key) = key {
        let cached = CachedAnswer {
            body: body.clone(),
            content_type,
        };
        state.results.insert(key, ids.to_vec(), cached);
    }
    Ok(answer(content_type, "miss", body))
}

/// What a query's answer depends on: the datasets (id, name, file, dictionary), the SQL
/// text, the row cap and the format.
fn answer_key(
    datasets: &[DatasetRef],
    sql: &str,
    max_rows: usize,
    export: Option<ExportFormat>,
) -> String {
    let datasets = serde_json::to_string(datasets).unwrap_or_default();
    format!("{datasets}\n{max_rows}\n{export:?}\n{sql}")
}

/// A query's answer; `X-Blinq-Cache` says whether it came from the result cache.
fn answer(content_type: &'static str, cache: &'static str, body: Bytes) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (HeaderName::from_static("x-blinq-cache"), cache),
        ],
        body,
    )
        .into_response()
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
