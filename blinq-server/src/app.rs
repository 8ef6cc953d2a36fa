//! The application: state, middleware, and [`serve`], used by the binary and by tests.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderValue, Method, Response, StatusCode, header};
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;
use tower_http::cors::{AllowOrigin, Any, CorsLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::api::{ErrorBody, ErrorDetail};
use crate::auth::{Auth, HasAuth};
use crate::capacity::{Sockets, UPLOAD_WAIT, Uploads, fit_sockets};
use crate::config::ServeArgs;
use crate::error::{ApiError, ApiResult};
use crate::notify::{KafkaConfig, Notifier};
use crate::request_log::RequestSpan;
use crate::store::{Recovery, Store};
use crate::worker::{Pool, PoolConfig};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

/// What every handler shares.
#[derive(Debug, Clone)]
pub struct AppState {
    /// The catalog and files.
    pub store: Arc<Store>,
    /// The token verifier.
    pub auth: Arc<Auth>,
    /// The configuration.
    pub config: Arc<ServeArgs>,
    /// Where events go (WebSocket clients, Kafka).
    pub notifier: Notifier,
    /// Cancelled when the server shuts down; WebSocket tasks close their sockets.
    pub closing: CancellationToken,
    /// The WebSocket connections, awaited at shutdown.
    pub sockets: TaskTracker,
    /// The worker processes doing the heavy work.
    pub pool: Arc<Pool>,
    /// Upload slots (`--max-concurrent-uploads`).
    pub uploads: Uploads,
    /// WebSocket slots (`--max-websockets`, `--max-websockets-per-user`).
    pub socket_slots: Sockets,
}

impl HasAuth for AppState {
    fn auth(&self) -> &Arc<Auth> {
        &self.auth
    }
}

/// Run blocking work (polars, SQLite, files) off the async runtime.
pub async fn blocking<T, F>(f: F) -> ApiResult<T>
where
    T: Send + 'static,
    F: FnOnce() -> ApiResult<T> + Send + 'static,
{
    tokio::task::spawn_blocking(f).await?
}

/// A configured server, ready to listen.
#[derive(Debug)]
pub struct App {
    state: AppState,
}

impl App {
    /// Open the data directory (cleaning up after a crash), set up auth and start the
    /// worker processes. Needs a Tokio runtime.
    pub fn new(config: ServeArgs) -> ApiResult<Self> {
        let (store, recovery) = Store::open(&config.auth.data_dir).map_err(|e| {
            ApiError::Config(format!(
                "cannot use data directory {}: {e}",
                config.auth.data_dir.display()
            ))
        })?;
        report(&recovery);
        let auth = Auth::from_args(&config.auth)?;
        if config.auth.jwt_public_key.is_some() && config.auth.jwt_audience.is_none() {
            tracing::warn!(
                "--jwt-public-key without --jwt-audience: any token your issuer signs for any \
                 service is accepted here; set --jwt-audience to this server's audience"
            );
        }
        let notifier = match &config.kafka_brokers {
            Some(brokers) if !brokers.trim().is_empty() => {
                Notifier::kafka(KafkaConfig::new(brokers.trim(), config.kafka_topic.clone()))?
            }
            _ => Notifier::in_process(),
        };
        let pool = Pool::new(pool_config(&config, store.tmp_dir())?);
        let (max_sockets, lowered) = fit_sockets(config.max_websockets, open_files());
        if lowered {
            tracing::warn!(
                max_websockets = max_sockets,
                "--max-websockets lowered to fit the process's open-file limit (ulimit -n)"
            );
        }
        Ok(App {
            state: AppState {
                store: Arc::new(store),
                auth: Arc::new(auth),
                uploads: Uploads::new(config.max_concurrent_uploads, UPLOAD_WAIT),
                socket_slots: Sockets::new(max_sockets, config.max_websockets_per_user),
                config: Arc::new(config),
                notifier,
                closing: CancellationToken::new(),
                sockets: TaskTracker::new(),
                pool,
            },
        })
    }

    /// The shared state.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// A token for the configured local user when the secret was generated (the newcomer's
    /// default), valid for 30 days.
    pub fn local_token(&self) -> ApiResult<Option<String>> {
        if !self.state.auth.is_generated() {
            return Ok(None);
        }
        let ttl = Duration::from_secs(30 * 86_400);
        self.state
            .auth
            .mint(&self.state.config.local_user, ttl)
            .map(Some)
    }

    /// The router with every layer.
    pub fn router(&self) -> Router {
        let config = &self.state.config;
        let mut router = crate::routes::router(self.state.clone())
            .layer(axum::middleware::map_response(json_errors))
            .layer(TimeoutLayer::with_status_code(
                StatusCode::REQUEST_TIMEOUT,
                config.request_timeout(),
            ))
            .layer(CompressionLayer::new().gzip(true))
            .layer(axum::middleware::from_fn(crate::request_id::assign));
        if !config.cors_origins.is_empty() {
            let origins = if config.cors_origins.iter().any(|o| o == "*") {
                AllowOrigin::any()
            } else {
                AllowOrigin::list(
                    config
                        .cors_origins
                        .iter()
                        .filter_map(|o| HeaderValue::from_str(o).ok()),
                )
            };
            router = router.layer(
                CorsLayer::new()
                    .allow_origin(origins)
                    .allow_methods([Method::GET, Method::POST, Method::DELETE])
                    .allow_headers(Any),
            );
        }
        router.layer(
            TraceLayer::new_for_http()
                .make_span_with(RequestSpan)
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
    }

    /// Serve on `listener` until `shutdown` resolves, then finish in-flight requests.
    pub async fn serve(
        self,
        listener: TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> ApiResult<()> {
        let router = self.router();
        let state = self.state;
        let closing = state.closing.clone();
        let result = axum::serve(listener, router)
            .with_graceful_shutdown(async move {
                shutdown.await;
                // axum does not wait for upgraded connections: tell them to close.
                closing.cancel();
            })
            .await;
        state.closing.cancel();
        state.sockets.close();
        let _ = tokio::time::timeout(Duration::from_secs(5), state.sockets.wait()).await;
        state.notifier.shutdown(Duration::from_secs(2)).await;
        state.pool.shutdown().await;
        result?;
        Ok(())
    }
}

/// The worker pool's settings from the server's flags.
fn pool_config(config: &ServeArgs, tmp_dir: std::path::PathBuf) -> ApiResult<PoolConfig> {
    let program = match &config.worker_program {
        Some(program) => program.clone(),
        None => std::env::current_exe()
            .map_err(|e| ApiError::Config(format!("cannot find this executable: {e}")))?,
    };
    let memory_mb = config.worker_memory_mb();
    Ok(PoolConfig {
        program,
        workers: config.worker_count(),
        memory_mb,
        cache_mb: config.dataset_cache_mb().min(memory_mb),
        max_result_mb: config.max_result_mb.max(1),
        max_columns: config.max_columns.max(1),
        job_timeout: config.query_timeout(),
        queue_timeout: config.query_timeout(),
        tmp_dir,
    })
}

/// The process's open-file limit, raised to its hard limit first.
fn open_files() -> u64 {
    #[cfg(unix)]
    if let Ok(limit) = crate::worker::limits::raise_open_files() {
        return limit;
    }
    u64::MAX
}

/// Log what the start-up clean-up found.
fn report(recovery: &Recovery) {
    if !recovery.removed.is_empty() {
        tracing::info!(
            files = recovery.removed.len(),
            alone = recovery.alone,
            "removed files left by an interrupted write"
        );
    }
    for missing in &recovery.missing {
        tracing::warn!(
            entry = %missing,
            "the catalog lists a file that is missing from the data directory"
        );
    }
}

/// Start a server with `config` on `listener` until `shutdown` resolves.
pub async fn serve(
    config: ServeArgs,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> ApiResult<()> {
    App::new(config)?.serve(listener, shutdown).await
}

/// Give error responses from layers and extractors (bad JSON, timeouts, body limits) the
/// same `{error: {code, message}}` shape as the handlers' own.
async fn json_errors(response: Response<Body>) -> Response<Body> {
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let (parts, body) = response.into_parts();
    let text = axum::body::to_bytes(body, 64 * 1024)
        .await
        .unwrap_or_default();
    let mut message = String::from_utf8_lossy(&text).trim().to_string();
    if message.is_empty() {
        message = status.canonical_reason().unwrap_or("error").to_string();
    }
    let code = match status {
        StatusCode::REQUEST_TIMEOUT => "timeout",
        StatusCode::PAYLOAD_TOO_LARGE => "too_large",
        StatusCode::NOT_FOUND => "not_found",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported_media_type",
        s if s.is_server_error() => "internal",
        _ => "bad_request",
    };
    let body = ErrorBody {
        error: ErrorDetail {
            code: code.into(),
            message,
        },
    };
    let mut out = Response::from_parts(
        parts,
        Body::from(serde_json::to_vec(&body).unwrap_or_default()),
    );
    out.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    out.headers_mut().remove(header::CONTENT_LENGTH);
    out
}
