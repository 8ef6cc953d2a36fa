//! The HTTP routes and the OpenAPI document generated from them.

pub mod analysis;
pub mod data;
pub mod health;
pub mod plots;
pub mod web;
pub mod ws;

use axum::Json;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{HeaderValue, Version, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post, put};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::error::ApiError;
use crate::state::AppState;
use crate::upload::body_limit;

/// The OpenAPI 3 document of the API.
#[derive(Debug, OpenApi)]
#[openapi(
    info(title = "Blinq", description = "Upload tables, query them with SQL, plot them, ask questions."),
    paths(
        health::health, health::ready,
        data::upload, data::list, data::detail, data::delete, data::set_dictionary, data::query_get, data::query_post,
        plots::create, plots::list, plots::get, plots::delete, analysis::analyse, ws::plots,
    ),
    components(schemas(
        crate::api::ErrorBody, crate::api::ErrorDetail, crate::api::Health, crate::api::DatasetInfo,
        crate::api::DatasetList, crate::api::DatasetDetail, crate::api::DatasetRefs, crate::api::QueryRequest,
        crate::api::QueryResponse, crate::api::PlotRequest, crate::api::PlotInfo, crate::api::PlotList,
        crate::api::AnalysisRequest, crate::api::AnalysisResponse, crate::notify::Event, crate::notify::EventKind,
    )),
    modifiers(&BearerAuth),
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .build(),
            ),
        );
    }
}

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

async fn no_route() -> ApiError {
    ApiError::NotFound("no such route; see GET /openapi.json".into())
}

async fn wrong_method() -> ApiError {
    ApiError::MethodNotAllowed("this route does not take that method; see GET /openapi.json".into())
}

/// An error answered to a request that carries a body may leave part of the body unread (an
/// upload over the limit is refused mid-stream), so the connection cannot carry another
/// request: `Connection: close` tells the client, which would otherwise send its next request
/// down a connection the server is closing.
async fn close_after_error_with_body(request: Request, next: Next) -> Response {
    let headers = request.headers();
    let has_body = request.version() <= Version::HTTP_11
        && (headers.contains_key(header::TRANSFER_ENCODING)
            || headers
                .get(header::CONTENT_LENGTH)
                .is_some_and(|n| n.as_bytes() != b"0"));
    let mut response = next.run(request).await;
    let status = response.status();
    if has_body && (status.is_client_error() || status.is_server_error()) {
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    response
}

/// All routes, with the upload limit on the routes that take files.
pub fn router(state: AppState) -> Router {
    let upload_limit = DefaultBodyLimit::max(body_limit(state.config.max_upload_bytes()));
    Router::new()
        .route("/", get(web::index))
        .route("/app.js", get(web::script))
        .route("/app.css", get(web::style))
        .route("/icon.svg", get(web::icon))
        .route("/vendor/vega.js", get(web::vega))
        .route("/health", get(health::health))
        .route("/ready", get(health::ready))
        .route("/openapi.json", get(openapi))
        .route("/api/data", get(data::list))
        .route("/api/data/upload", post(data::upload).layer(upload_limit))
        .route(
            "/api/data/query",
            get(data::query_get).post(data::query_post),
        )
        .route("/api/data/{id}", get(data::detail).delete(data::delete))
        .route("/api/data/{id}/dictionary", put(data::set_dictionary))
        .route("/api/plots", get(plots::list).post(plots::create))
        .route("/api/plots/{id}", get(plots::get).delete(plots::delete))
        .route("/api/analysis", post(analysis::analyse).layer(upload_limit))
        .route("/ws/plots", get(ws::plots))
        .fallback(no_route)
        .method_not_allowed_fallback(wrong_method)
        .layer(DefaultBodyLimit::max(16 * 1024 * 1024))
        .layer(middleware::from_fn(close_after_error_with_body))
        .with_state(state)
}
