//! The Blinq server: a REST API over blinq-core with persistent storage and JWT auth.
//!
//! [`app::serve`] starts it on a listener; the `blinq serve` command and the integration
//! tests both go through it.

pub mod api;
pub mod app;
pub mod auth;
pub mod capacity;
pub mod cluster;
pub mod config;
pub mod error;
pub mod extract;
pub mod interactive;
pub mod lru;
pub mod notify;
pub mod request_id;
pub mod request_log;
pub mod result_cache;
pub mod routes;
pub mod state;
pub mod store;
pub mod upload;
pub mod worker;

pub use app::{App, serve};
pub use config::{AuthArgs, ServeArgs};
pub use error::{ApiError, ApiResult};
pub use state::AppState;
