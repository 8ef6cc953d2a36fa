//! Liveness and readiness.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::api::Health;
use crate::error::{ApiError, ApiResult};
use crate::notify;
use crate::state::AppState;

fn ok(notifications: Option<&str>) -> Health {
    Health {
        status: "ok".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        notifications: notifications.map(str::to_string),
    }
}

/// Liveness: the process answers.
#[utoipa::path(get, path = "/health", tag = "health", responses((status = 200, body = Health)))]
pub async fn health() -> Json<Health> {
    Json(ok(None))
}

/// Readiness: the data directory is writable, the catalog answers, and notifications flow
/// (`notifications` names the backend). A degraded notification backend (Kafka broker
/// unreachable, events waiting to be published) answers 503 with `status: "degraded"` and
/// the `reason`; requests are still served meanwhile.
#[utoipa::path(get, path = "/ready", tag = "health",
    responses((status = 200, body = Health), (status = 503, body = crate::api::ErrorBody)))]
pub async fn ready(State(state): State<AppState>) -> ApiResult<Response> {
    let store = state.store.clone();
    tokio::task::spawn_blocking(move || store.check_ready())
        .await?
        .map_err(|e| ApiError::Unavailable(format!("storage is not ready: {e}")))?;
    let backend = state.notifier.backend();
    match state.notifier.health() {
        notify::Health::Ready => Ok(Json(ok(Some(backend))).into_response()),
        notify::Health::Degraded(reason) => {
            let body = serde_json::json!({
                "status": "degraded",
                "notifications": backend,
                "reason": reason,
                "error": {"code": "unavailable", "message": format!("notifications are degraded: {reason}")},
            });
            Ok((StatusCode::SERVICE_UNAVAILABLE, Json(body)).into_response())
        }
    }
}
