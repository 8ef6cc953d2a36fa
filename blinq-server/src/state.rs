//! What every handler shares ([`AppState`]) and how handlers run blocking work.

use std::sync::Arc;

use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::auth::{Auth, HasAuth};
use crate::capacity::{Sockets, Uploads};
use crate::cluster::Cluster;
use crate::config::ServeArgs;
use crate::error::{ApiError, ApiResult};
use crate::notify::Notifier;
use crate::result_cache::ResultCache;
use crate::store::Store;
use crate::worker::Pool;

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
    /// Answers of earlier queries (`--result-cache-mb`).
    pub results: Arc<ResultCache>,
    /// The cluster that runs queries over large datasets (`--engine`), if any.
    pub cluster: Option<Arc<Cluster>>,
}

impl HasAuth for AppState {
    fn auth(&self) -> &Arc<Auth> {
        &self.auth
    }
}

/// Run blocking work (SQLite, files) off the async runtime.
pub async fn blocking<T, E, F>(f: F) -> ApiResult<T>
where
    T: Send + 'static,
    E: Into<ApiError> + Send + 'static,
    F: FnOnce() -> Result<T, E> + Send + 'static,
{
    tokio::task::spawn_blocking(f).await?.map_err(Into::into)
}
