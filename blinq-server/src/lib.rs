//! The Blinq server: a REST API over blinq-core with persistent storage and JWT auth.
//!
//! [`app::serve`] starts it on a listener; the `blinq serve` command and the integration
//! tests both go through it.

pub mod api;
pub mod app;
pub mod auth;
pub mod config;
pub mod error;
pub mod notify;
pub mod routes;
pub mod store;

pub use app::{App, AppState, serve};
pub use config::{AuthArgs, ServeArgs};
pub use error::{ApiError, ApiResult};
