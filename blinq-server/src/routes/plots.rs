//! Plots: render a spec over a dataset, store the PNG and SVG, serve them back.

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use blinq_core::plot::PlotSpec;

use crate::api::{ErrorBody, PlotInfo, PlotList, PlotRequest};
use crate::auth::Owner;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Body, Segments};
use crate::notify::{Event, EventKind};
use crate::state::{AppState, blocking};
use crate::store::{ImageKind, PlotMeta};
use crate::worker::Job;

/// The API view of a stored plot, with its image URLs.
pub fn plot_info(meta: PlotMeta) -> PlotInfo {
    PlotInfo {
        png_url: format!("/api/plots/{}.png", meta.id),
        svg_url: format!("/api/plots/{}.svg", meta.id),
        id: meta.id,
        dataset: meta.dataset_id,
        spec: meta.spec,
        created_at: meta.created_at,
    }
}

/// Render a plot from a spec and store it.
#[utoipa::path(post, path = "/api/plots", tag = "plots", request_body = PlotRequest,
    responses((status = 201, body = PlotInfo), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn create(
    State(state): State<AppState>,
    Owner(owner): Owner,
    Body(request): Body<PlotRequest>,
) -> ApiResult<(StatusCode, Json<PlotInfo>)> {
    let spec = PlotSpec::from_value(request.spec)?;
    let store = state.store.clone();
    let dataset = blocking({
        let (owner, id) = (owner.clone(), request.dataset.clone());
        move || store.dataset_ref(&owner, &id)
    })
    .await?;
    let output = state
        .pool
        .run(Job::Plot {
            dataset,
            spec: Box::new(spec),
        })
        .await?;
    let resolved = output.meta.clone();
    let [png, svg]: [Vec<u8>; 2] = output
        .into_parts()
        .try_into()
        .map_err(|_| ApiError::Internal("a worker's chart came without its images".into()))?;
    let store = state.store.clone();
    let meta = blocking({
        let owner = owner.clone();
        move || store.put_plot(&owner, &request.dataset, &resolved, &png, &svg)
    })
    .await?;
    let info = plot_info(meta);
    state.notifier.publish(Event::plot_created(&owner, &info));
    Ok((StatusCode::CREATED, Json(info)))
}

/// The caller's plots.
#[utoipa::path(get, path = "/api/plots", tag = "plots",
    responses((status = 200, body = PlotList)), security(("bearer" = [])))]
pub async fn list(State(state): State<AppState>, Owner(owner): Owner) -> ApiResult<Json<PlotList>> {
    let store = state.store.clone();
    let metas = blocking(move || store.list_plots(&owner)).await?;
    Ok(Json(PlotList {
        plots: metas.into_iter().map(plot_info).collect(),
    }))
}

/// A plot's metadata (`/api/plots/{id}`), or its image (`/api/plots/{id}.png`, `.svg`).
#[utoipa::path(get, path = "/api/plots/{id}", tag = "plots",
    responses((status = 200, body = PlotInfo), (status = 200, description = "the PNG or SVG when the id ends in .png or .svg"),
        (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn get(
    State(state): State<AppState>,
    Owner(owner): Owner,
    Segments(id): Segments<String>,
) -> ApiResult<Response> {
    let store = state.store.clone();
    let image = if let Some(id) = id.strip_suffix(".png") {
        Some((id.to_string(), ImageKind::Png, "image/png"))
    } else {
        id.strip_suffix(".svg")
            .map(|id| (id.to_string(), ImageKind::Svg, "image/svg+xml"))
    };
    blocking(move || match image {
        Some((id, kind, mime)) => {
            let bytes = store.plot_image(&owner, &id, kind)?;
            Ok::<_, ApiError>(([(header::CONTENT_TYPE, mime)], bytes).into_response())
        }
        None => {
            let meta = store
                .plot_meta(&owner, &id)?
                .ok_or_else(|| ApiError::no_plot(&id))?;
            Ok(Json(plot_info(meta)).into_response())
        }
    })
    .await
}

/// Delete a plot and its images.
#[utoipa::path(delete, path = "/api/plots/{id}", tag = "plots",
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
        move || store.delete_plot(&owner, &id)
    })
    .await?;
    if found {
        state
            .notifier
            .publish(Event::new(EventKind::PlotDeleted, &id, &owner));
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::no_plot(&id))
    }
}
