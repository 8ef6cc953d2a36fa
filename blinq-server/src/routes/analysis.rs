//! Plain-language questions: the agent's answer, with any chart stored like other plots.

use axum::Json;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::{HeaderMap, header};
use blinq_core::Answer;
use blinq_core::agent::{AskOptions, Plan};
use blinq_core::plot::PlotFormat;

use crate::api::{AnalysisRequest, AnalysisResponse, ErrorBody, IncludeParams};
use crate::auth::Owner;
use crate::cluster::taking;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Body, Params};
use crate::notify::{Event, EventKind};
use crate::routes::plots::{plot_files, plot_info};
use crate::state::{AppState, blocking};
use crate::upload::{check_length, read_form, store_upload};
use crate::worker::Job;

/// Ask a question about a stored dataset (JSON `{dataset, query, previous?}`, where `previous`
/// is the `plan` of an earlier answer that a follow-up edits) or about a file sent with
/// it (multipart `file` + `query`, stored as a new dataset). A chart in the answer is stored
/// as a plot; its URLs are in `png_url`/`svg_url`/`vl_url` and `plot.path`, and with
/// `?include=vega_lite` its Vega-Lite spec is in `vega_lite`.
#[utoipa::path(post, path = "/api/analysis", tag = "analysis", request_body = AnalysisRequest, params(IncludeParams),
    responses((status = 200, body = AnalysisResponse), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn analyse(
    State(state): State<AppState>,
    Owner(owner): Owner,
    Params(include): Params<IncludeParams>,
    headers: HeaderMap,
    request: Request,
) -> ApiResult<Json<AnalysisResponse>> {
    let with_vega_lite = include.vega_lite()?;
    let is_multipart = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let (dataset_id, question, previous) = if is_multipart {
        let limit = state.config.max_upload_bytes();
        check_length(&headers, limit)?;
        let _slot = state.uploads.take().await?;
        let multipart = Multipart::from_request(request, &()).await?;
        let mut form = read_form(multipart, limit, &state.store.tmp_dir()).await?;
        let question = form
            .fields
            .remove("query")
            .ok_or_else(|| ApiError::BadRequest("the form has no `query` field".into()))?;
        let file = form
            .file
            .ok_or_else(|| ApiError::BadRequest("the form has no `file` field".into()))?;
        let name = form.fields.remove("name").filter(|n| !n.trim().is_empty());
        let meta = store_upload(&state, &owner, file, name).await?;
        (meta.id, question, None)
    } else {
        let Body(body) = Body::<AnalysisRequest>::from_request(request, &()).await?;
        (body.dataset, body.query, body.previous)
    };
    let (mut answer, parts) = answer(&state, &owner, &dataset_id, &question, previous).await?;
    let mut stored = None;
    let mut vega_lite = None;
    if let Some(plot) = answer.plot.as_mut() {
        let files = plot_files(parts)?;
        if with_vega_lite {
            vega_lite = Some(
                serde_json::from_slice(&files.vega_lite)
                    .map_err(|e| ApiError::Internal(format!("a worker's Vega-Lite spec: {e}")))?,
            );
        }
        let spec =
            serde_json::to_value(&plot.spec).map_err(|e| ApiError::Internal(e.to_string()))?;
        let store = state.store.clone();
        let (owner, id) = (owner.clone(), dataset_id.clone());
        let meta = blocking(move || store.put_plot(&owner, &id, &spec, &files)).await?;
        let info = plot_info(meta);
        plot.path = Some(info.png_url.clone());
        stored = Some(info);
    }
    let response = AnalysisResponse {
        dataset: dataset_id,
        plot_id: stored.as_ref().map(|p| p.id.clone()),
        png_url: stored.as_ref().map(|p| p.png_url.clone()),
        svg_url: stored.as_ref().map(|p| p.svg_url.clone()),
        vl_url: stored.as_ref().map(|p| p.vl_url.clone()),
        vega_lite,
        answer,
    };
    if let Some(plot) = &stored {
        state.notifier.publish(Event::plot_created(&owner, plot));
    }
    state.notifier.publish(Event {
        dataset: Some(response.dataset.clone()),
        plot_id: response.plot_id.clone(),
        png_url: response.png_url.clone(),
        svg_url: response.svg_url.clone(),
        vl_url: response.vl_url.clone(),
        query: Some(question),
        ..Event::new(EventKind::AnalysisCompleted, &response.dataset, &owner)
    });
    Ok(Json(response))
}

/// The agent's answer about one of `owner`'s datasets and its chart's images: from the
/// `--engine` cluster when the dataset is large enough to go there, else from a worker.
async fn answer(
    state: &AppState,
    owner: &str,
    id: &str,
    question: &str,
    previous: Option<Plan>,
) -> ApiResult<(Answer, Vec<Vec<u8>>)> {
    if let Some((cluster, located)) =
        taking(state.cluster.as_ref(), &state.store, owner, id).await?
    {
        let options = AskOptions {
            format: PlotFormat::Png,
            max_rows: state.config.max_rows,
            previous,
            ..AskOptions::default()
        };
        let timeout = state.config.query_timeout();
        return cluster
            .ask(located, question.to_string(), options, timeout)
            .await;
    }
    let store = state.store.clone();
    let dataset = blocking({
        let (owner, id) = (owner.to_string(), id.to_string());
        move || store.dataset_ref(&owner, &id)
    })
    .await?;
    let job = Job::Ask {
        dataset,
        question: question.to_string(),
        previous: previous.map(Box::new),
        max_rows: state.config.max_rows,
    };
    let mut parts = state.pool.run(job).await?.into_parts().into_iter();
    let answer: Answer = serde_json::from_slice(&parts.next().unwrap_or_default())
        .map_err(|e| ApiError::Internal(format!("a worker's answer: {e}")))?;
    Ok((answer, parts.collect()))
}
