//! Plots: render a spec over a dataset, store the PNG, the SVG and the Vega-Lite spec, serve
//! them back.

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use blinq_core::plot::PlotSpec;

use crate::api::{ErrorBody, IncludeParams, PlotInfo, PlotList, PlotRequest};
use crate::auth::Owner;
use crate::cluster::taking;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Body, Params, Segments};
use crate::notify::{Event, EventKind};
use crate::state::{AppState, blocking};
use crate::store::{ImageKind, PlotFiles, PlotMeta, Store};
use crate::worker::Job;

/// The API view of a stored plot, with its image URLs.
pub fn plot_info(meta: PlotMeta) -> PlotInfo {
    PlotInfo {
        png_url: format!("/api/plots/{}.png", meta.id),
        svg_url: format!("/api/plots/{}.svg", meta.id),
        vl_url: format!("/api/plots/{}.vl.json", meta.id),
        id: meta.id,
        dataset: meta.dataset_id,
        spec: meta.spec,
        created_at: meta.created_at,
        vega_lite: None,
    }
}

/// The three files a worker's chart comes with (PNG, SVG, Vega-Lite), in that order.
pub fn plot_files(parts: impl IntoIterator<Item = Vec<u8>>) -> ApiResult<PlotFiles> {
    let mut parts = parts.into_iter();
    match (parts.next(), parts.next(), parts.next()) {
        (Some(png), Some(svg), Some(vega_lite)) => Ok(PlotFiles {
            png,
            svg,
            vega_lite,
        }),
        _ => Err(ApiError::Internal(
            "a worker's chart came without its images".into(),
        )),
    }
}

/// The stored Vega-Lite spec of a plot, parsed (for `?include=vega_lite`).
pub fn stored_vega_lite(store: &Store, owner: &str, id: &str) -> ApiResult<serde_json::Value> {
    let bytes = store.plot_image(owner, id, ImageKind::VegaLite)?;
    serde_json::from_slice(&bytes)
        .map_err(|e| ApiError::Internal(format!("a stored Vega-Lite spec: {e}")))
}

/// Render a plot from a spec and store it.
#[utoipa::path(post, path = "/api/plots", tag = "plots", request_body = PlotRequest, params(IncludeParams),
    responses((status = 201, body = PlotInfo), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn create(
    State(state): State<AppState>,
    Owner(owner): Owner,
    Params(include): Params<IncludeParams>,
    Body(request): Body<PlotRequest>,
) -> ApiResult<(StatusCode, Json<PlotInfo>)> {
    let with_vega_lite = include.vega_lite()?;
    let spec = PlotSpec::from_value(request.spec)?;
    let (resolved, parts) = draw(&state, &owner, &request.dataset, spec).await?;
    let files = plot_files(parts)?;
    let vega_lite = with_vega_lite
        .then(|| serde_json::from_slice(&files.vega_lite))
        .transpose()
        .map_err(|e| ApiError::Internal(format!("a worker's Vega-Lite spec: {e}")))?;
    let store = state.store.clone();
    let meta = blocking({
        let owner = owner.clone();
        move || store.put_plot(&owner, &request.dataset, &resolved, &files)
    })
    .await?;
    let mut info = plot_info(meta);
    state.notifier.publish(Event::plot_created(&owner, &info));
    info.vega_lite = vega_lite;
    Ok((StatusCode::CREATED, Json(info)))
}

/// A chart of one of `owner`'s datasets: its resolved spec and its PNG, SVG and Vega-Lite
/// spec, drawn from the `--engine` cluster's rows when the dataset is large enough to go
/// there, else by a worker.
async fn draw(
    state: &AppState,
    owner: &str,
    id: &str,
    spec: PlotSpec,
) -> ApiResult<(serde_json::Value, Vec<Vec<u8>>)> {
    if let Some((cluster, located)) =
        taking(state.cluster.as_ref(), &state.store, owner, id).await?
    {
        let timeout = state.config.query_timeout();
        return cluster.plot(located, spec, timeout).await;
    }
    let store = state.store.clone();
    let dataset = blocking({
        let (owner, id) = (owner.to_string(), id.to_string());
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
    Ok((resolved, output.into_parts()))
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

/// A plot's metadata (`/api/plots/{id}`), its image (`/api/plots/{id}.png`, `.svg`) or its
/// interactive chart as a Vega-Lite v5 spec (`/api/plots/{id}.vl.json`).
#[utoipa::path(get, path = "/api/plots/{id}", tag = "plots", params(IncludeParams),
    responses((status = 200, body = PlotInfo),
        (status = 200, description = "the PNG, SVG or Vega-Lite spec when the id ends in .png, .svg or .vl.json"),
        (status = 404, body = ErrorBody)),
    security(("bearer" = [])))]
pub async fn get(
    State(state): State<AppState>,
    Owner(owner): Owner,
    Segments(id): Segments<String>,
    Params(include): Params<IncludeParams>,
) -> ApiResult<Response> {
    let with_vega_lite = include.vega_lite()?;
    let store = state.store.clone();
    let file = [
        (".png", ImageKind::Png, "image/png"),
        (".svg", ImageKind::Svg, "image/svg+xml"),
        (".vl.json", ImageKind::VegaLite, "application/json"),
    ]
    .into_iter()
    .find_map(|(suffix, kind, mime)| {
        id.strip_suffix(suffix)
            .map(|id| (id.to_string(), kind, mime))
    });
    blocking(move || match file {
        Some((id, kind, mime)) => {
            let bytes = store.plot_image(&owner, &id, kind)?;
            Ok::<_, ApiError>(([(header::CONTENT_TYPE, mime)], bytes).into_response())
        }
        None => {
            let meta = store
                .plot_meta(&owner, &id)?
                .ok_or_else(|| ApiError::no_plot(&id))?;
            let mut info = plot_info(meta);
            if with_vega_lite {
                info.vega_lite = Some(stored_vega_lite(&store, &owner, &id)?);
            }
            Ok(Json(info).into_response())
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
