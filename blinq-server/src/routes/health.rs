//! Liveness and readiness.

use axum::Json;
use axum::extract::State;

use crate::api::Health;
use crate::app::AppState;
use crate::error::{ApiError, ApiResult};

fn ok() -> Json<Health> {
    Json(Health {
        status: "ok".into(),
        version: env!("CARGO_PKG_VERSION").into(),
    })
}

/// Liveness: the process answers.
#[utoipa::path(get, path = "/health", tag = "health", responses((status = 200, body = Health)))]
pub async fn health() -> Json<Health> {
    ok()
}

/// Readiness: the data directory is writable and the catalog answers.
#[utoipa::path(get, path = "/ready", tag = "health",
    responses((status = 200, body = Health), (status = 503, body = crate::api::ErrorBody)))]
pub async fn ready(State(state): State<AppState>) -> ApiResult<Json<Health>> {
    let store = state.store.clone();
    tokio::task::spawn_blocking(move || store.check_ready())
        .await?
        .map_err(|e| ApiError::Unavailable(format!("storage is not ready: {e}")))?;
    Ok(ok())
}
