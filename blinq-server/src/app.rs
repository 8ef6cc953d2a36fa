//! The application: state, middleware, and [`serve`], used by the binary and by tests.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method};
use axum::middleware::{Next, from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tower_http::compression::CompressionLayer;
use tower_http::cors::{AllowOrigin, Any, CorsLayer};
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::auth::Auth;
use crate::capacity::{Sockets, UPLOAD_WAIT, Uploads, fit_sockets};
use crate::cluster::Cluster;
use crate::config::ServeArgs;
use crate::error::{ApiError, ApiResult};
use crate::notify::Notifier;
use crate::request_log::RequestSpan;
use crate::result_cache::ResultCache;
use crate::state::AppState;
use crate::store::{Recovery, Store};
use crate::worker::{Pool, PoolConfig};

/// A configured server, ready to listen.
#[derive(Debug)]
pub struct App {
    state: AppState,
}

impl App {
    /// Open the data directory (cleaning up after a crash), set up auth and start the
    /// worker processes. Needs a Tokio runtime.
    pub fn new(config: ServeArgs) -> ApiResult<Self> {
        // On a thread of its own: the PostgreSQL client blocks, which an async context may not.
        let (root, locations) = (config.auth.data_dir.clone(), config.locations());
        let (store, recovery) = std::thread::spawn(move || Store::open_at(&root, &locations))
            .join()
            .map_err(|_| ApiError::Internal("opening the store panicked".into()))?
            .map_err(|e| {
                ApiError::Config(format!(
                    "cannot use data directory {}: {e}",
                    config.auth.data_dir.display()
                ))
            })?;
        tracing::info!(
            catalog = %store.catalog_description(),
            files = %store.files_description(),
            "store open"
        );
        report(&recovery);
        let auth = Auth::from_args(&config.auth)?;
        if config.auth.jwt_public_key.is_some() && config.auth.jwt_audience.is_none() {
            tracing::warn!(
                "--jwt-public-key without --jwt-audience: any token your issuer signs for any \
                 service is accepted here; set --jwt-audience to this server's audience"
            );
        }
        if auth.is_generated() && config.catalog.is_some() {
            tracing::warn!(
                "a shared --catalog with a secret generated in this data directory: tokens \
                 this server mints work on it alone; give every replica the same --jwt-secret \
                 (or --jwt-public-key)"
            );
        }
        let notifier = notifier(&config)?;
        let cluster = Cluster::from_config(&config)?.map(Arc::new);
        if let Some(cluster) = &cluster {
            tracing::info!(
                engine = %cluster.address(),
                threshold_mb = config.engine_threshold_mb,
                "queries over large datasets run on the cluster"
            );
        }
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
                results: Arc::new(ResultCache::new(config.result_cache_bytes())),
                config: Arc::new(config),
                notifier,
                closing: CancellationToken::new(),
                sockets: TaskTracker::new(),
                pool,
                cluster,
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
            .layer(from_fn_with_state(
                config.request_timeout(),
                request_timeout,
            ))
            .layer(CompressionLayer::new().gzip(true))
            .layer(from_fn(crate::request_id::assign));
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

/// Kafka when `--kafka-brokers` names brokers, else in-process.
fn notifier(config: &ServeArgs) -> ApiResult<Notifier> {
    let brokers = config
        .kafka_brokers
        .as_deref()
        .map(str::trim)
        .filter(|b| !b.is_empty());
    let postgres = config
        .catalog
        .as_deref()
        .filter(|c| crate::store::catalog::is_postgres(c));
    match brokers {
        None => match postgres {
            // With a shared catalog and no broker, PostgreSQL carries events between servers.
            Some(url) => Notifier::postgres(url).map_err(|e| {
                ApiError::Config(format!("cannot use the catalog for notifications: {e}"))
            }),
            None => Ok(Notifier::in_process()),
        },
        #[cfg(feature = "kafka")]
        Some(brokers) => Notifier::kafka(crate::notify::KafkaConfig::new(
            brokers,
            config.kafka_topic.clone(),
        )),
        #[cfg(not(feature = "kafka"))]
        Some(_) => Err(ApiError::Config(
            "--kafka-brokers needs a blinq built with the `kafka` feature (the default)".into(),
        )),
    }
}

/// The server's own binary, to start workers from. On Linux `/proc/self/exe`, which names
/// the running program even after its file was replaced or removed (an upgrade in place):
/// workers then speak the server's protocol, never a newer one's.
fn this_executable() -> ApiResult<std::path::PathBuf> {
    let running = std::path::Path::new("/proc/self/exe");
    if cfg!(target_os = "linux") && running.exists() {
        return Ok(running.to_path_buf());
    }
    std::env::current_exe()
        .map_err(|e| ApiError::Config(format!("cannot find this executable: {e}")))
}

/// The worker pool's settings from the server's flags.
fn pool_config(config: &ServeArgs, tmp_dir: std::path::PathBuf) -> ApiResult<PoolConfig> {
    let program = match &config.worker_program {
        Some(program) => program.clone(),
        None => this_executable()?,
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

/// End a request that runs past `--request-timeout-secs` with a 408 in the API's error
/// shape (dropping its future stops its work: a worker doing it is killed).
async fn request_timeout(State(limit): State<Duration>, request: Request, next: Next) -> Response {
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => ApiError::QueryTimeout(format!(
            "the request took longer than {} s (the server's --request-timeout-secs)",
            limit.as_secs()
        ))
        .into_response(),
    }
}
