//! Plain-language questions: the agent's answer, with any chart stored like other plots.

use axum::Json;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::{HeaderMap, header};
use blinq_core::Dataset;
use blinq_core::agent::{AskOptions, ask};
use blinq_core::plot::{PlotFormat, render};
use blinq_core::sql::Session;

use crate::api::{AnalysisRequest, AnalysisResponse, ErrorBody};
use crate::app::{AppState, blocking};
use crate::auth::Owner;
use crate::error::{ApiError, ApiResult};
use crate::notify::{Event, EventKind};
use crate::routes::data::{check_length, dataset_created, parse_upload, read_form};
use crate::routes::plots::plot_info;

/// Ask a question about a stored dataset (JSON `{dataset, query, previous?}`, where `previous`
/// is the `plan` of an earlier answer that a follow-up edits) or about a file sent with
/// it (multipart `file` + `query`, stored as a new dataset). A chart in the answer is stored
/// as a plot; its URLs are in `png_url`/`svg_url` and `plot.path`.
#[utoipa::path(post, path = "/api/analysis", tag = "analysis", request_body = AnalysisRequest,
    responses((status = 200, body = AnalysisResponse), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn analyse(
    State(state): State<AppState>,
    Owner(owner): Owner,
    headers: HeaderMap,
    request: Request,
) -> ApiResult<Json<AnalysisResponse>> {
    let is_multipart = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let (dataset_id, question, previous) = if is_multipart {
        let limit = state.config.max_upload_bytes();
        check_length(&headers, limit)?;
        let multipart = Multipart::from_request(request, &())
            .await
            .map_err(|e| ApiError::BadRequest(e.body_text()))?;
        let (file, mut fields) = read_form(multipart, limit).await?;
        let question = fields
            .remove("query")
            .ok_or_else(|| ApiError::BadRequest("the form has no `query` field".into()))?;
        let file =
            file.ok_or_else(|| ApiError::BadRequest("the form has no `file` field".into()))?;
        let dataset =
            parse_upload(file, fields.remove("name").filter(|n| !n.trim().is_empty())).await?;
        let store = state.store.clone();
        let meta = blocking({
            let owner = owner.clone();
            move || store.put_dataset(&owner, &dataset)
        })
        .await?;
        state.notifier.publish(dataset_created(&owner, &meta));
        (meta.id, question, None)
    } else {
        let Json(body) = Json::<AnalysisRequest>::from_request(request, &())
            .await
            .map_err(|e| ApiError::BadRequest(e.body_text()))?;
        (body.dataset, body.query, body.previous)
    };
    let notifier = state.notifier.clone();
    let (asker, asked) = (owner.clone(), question.clone());
    let (response, plot) = blocking(move || {
        let dataset = state.store.load_dataset(&owner, &dataset_id)?;
        let options = AskOptions {
            format: PlotFormat::Png,
            max_rows: state.config.max_rows,
            previous,
            ..AskOptions::default()
        };
        let mut answer = ask(&dataset, &question, &options)?;
        let mut stored = None;
        if let (Some(plot), Some(sql)) = (answer.plot.as_mut(), answer.sql.as_deref()) {
            let svg = render_svg(&dataset, sql, &plot.spec, state.config.query_timeout())?;
            let png = plot.take_bytes();
            let spec =
                serde_json::to_value(&plot.spec).map_err(|e| ApiError::Internal(e.to_string()))?;
            let info = plot_info(
                state
                    .store
                    .put_plot(&owner, &dataset_id, &spec, &png, &svg)?,
            );
            plot.path = Some(info.png_url.clone());
            stored = Some(info);
        }
        let response = AnalysisResponse {
            dataset: dataset_id,
            plot_id: stored.as_ref().map(|p| p.id.clone()),
            png_url: stored.as_ref().map(|p| p.png_url.clone()),
            svg_url: stored.as_ref().map(|p| p.svg_url.clone()),
            answer,
        };
        Ok((response, stored))
    })
    .await?;
    if let Some(plot) = &plot {
        notifier.publish(Event::plot_created(&asker, plot));
    }
    notifier.publish(Event {
        dataset: Some(response.dataset.clone()),
        plot_id: response.plot_id.clone(),
        png_url: response.png_url.clone(),
        svg_url: response.svg_url.clone(),
        query: Some(asked),
        ..Event::new(EventKind::AnalysisCompleted, &response.dataset, &asker)
    });
    Ok(Json(response))
}

/// The SVG of a chart the agent drew (as PNG) over the result of `sql`.
fn render_svg(
    dataset: &Dataset,
    sql: &str,
    spec: &blinq_core::plot::PlotSpec,
    timeout: std::time::Duration,
) -> ApiResult<Vec<u8>> {
    let limits = blinq_core::sql::SqlLimits {
        max_rows: None,
        timeout: Some(timeout),
    };
    let frame = Session::with_dataset(dataset.clone())
        .with_limits(limits)
        .execute_all(sql)
        .map_err(ApiError::from_query)?;
    let data = Dataset::new(dataset.name(), frame);
    Ok(render(&data, &spec.clone().format(PlotFormat::Svg))?.bytes)
}
