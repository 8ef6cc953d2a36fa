//! The one error type of the server, and how each error becomes an HTTP response.
//!
//! Every error answers `{"error": {"code": "...", "message": "..."}}`. Errors from
//! blinq-core keep their [`BlinqError::code`]; their statuses, by [`ErrorKind`]:
//!
//! | core code | status |
//! | --- | --- |
//! | `parse`, `schema`, `query`, `plot`, `plan`, `argument` | 400 Bad Request |
//! | `sandbox` | 403 Forbidden: the query was understood and refused, retrying won't help |
//! | `limit` | 413 Payload Too Large |
//! | `timeout` | 408 Request Timeout |
//! | `llm` | 502 Bad Gateway |
//! | `io`, `not_found` | 500 Internal Server Error, as `internal` |
//!
//! A 500 says only "internal error" and a request id (also in the `x-request-id` header);
//! the details, which can name files, go to the log under that id.
//!
//! The server's own limits answer `timeout` (408: the work ran past `--query-timeout-secs`
//! and its worker was stopped), `limit` (413: over `--query-memory-mb`, `--max-result-mb`
//! or `--max-columns`), `too_large` (413: an upload over `--max-upload-mb`), `busy` (503
//! with `Retry-After`: every worker, upload slot or WebSocket slot is taken) and
//! `too_many_requests` (429 with `Retry-After`: the caller's own WebSockets).

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use blinq_core::{BlinqError, ErrorKind};

use crate::request_id;
use crate::store::StoreError;

use crate::api::{ErrorBody, ErrorDetail};

/// Everything a request can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// An error from blinq-core (bad file, bad SQL, refused query, ...).
    #[error(transparent)]
    Core(#[from] BlinqError),
    /// A query that ran past its time limit.
    #[error("{0}")]
    QueryTimeout(String),
    /// No token, or a token that is malformed, expired or wrongly signed.
    #[error("{0}")]
    Unauthorized(String),
    /// The thing asked for does not exist or belongs to someone else.
    #[error("{0}")]
    NotFound(String),
    /// The route exists but not with this method.
    #[error("{0}")]
    MethodNotAllowed(String),
    /// The request itself is malformed (missing field, bad JSON, ...).
    #[error("{0}")]
    BadRequest(String),
    /// The request body is larger than the configured limit.
    #[error("{0}")]
    TooLarge(String),
    /// The store (catalog and files) failed, or has no such dataset or plot.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Reading or writing the data directory failed.
    #[error("storage error: {0}")]
    Storage(#[from] std::io::Error),
    /// Something that should not happen (a worker thread panicked, ...).
    #[error("internal error: {0}")]
    Internal(String),
    /// The server cannot start as configured (bad key file, unwritable data dir, ...).
    #[error("{0}")]
    Config(String),
    /// A dependency (storage, notification backend) is not ready.
    #[error("{0}")]
    Unavailable(String),
    /// The server is at a capacity limit (workers, uploads, WebSockets); try again shortly.
    #[error("{0}")]
    Busy(String),
    /// The caller is at a per-user limit (open WebSockets); close some first.
    #[error("{0}")]
    TooManyRequests(String),
}

impl ApiError {
    /// The HTTP status of this error.
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::Core(e) | ApiError::Store(StoreError::Invalid(e)) => core_status(e.kind()),
            ApiError::QueryTimeout(_) => StatusCode::REQUEST_TIMEOUT,
            ApiError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::Store(
                StoreError::NoDataset(_) | StoreError::NoPlot(_) | StoreError::NoVegaLite(_),
            ) => StatusCode::NOT_FOUND,
            ApiError::Store(StoreError::Unreachable(_)) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Store(_)
            | ApiError::Storage(_)
            | ApiError::Internal(_)
            | ApiError::Config(_) => StatusCode::INTERNAL_SERVER_ERROR,
            ApiError::Unavailable(_) | ApiError::Busy(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
        }
    }

    /// The stable machine-readable code of this error.
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::Core(e) => match e.kind() {
                ErrorKind::Io | ErrorKind::NotFound => "internal",
                kind => kind.code(),
            },
            ApiError::QueryTimeout(_) => "timeout",
            ApiError::Unauthorized(_) => "unauthorized",
            ApiError::NotFound(_) => "not_found",
            ApiError::MethodNotAllowed(_) => "method_not_allowed",
            ApiError::BadRequest(_) => "bad_request",
            ApiError::TooLarge(_) => "too_large",
            ApiError::Store(
                StoreError::NoDataset(_) | StoreError::NoPlot(_) | StoreError::NoVegaLite(_),
            ) => "not_found",
            ApiError::Store(StoreError::Invalid(e)) => e.kind().code(),
            ApiError::Store(StoreError::Unreachable(_)) => "unavailable",
            ApiError::Store(_) | ApiError::Storage(_) | ApiError::Internal(_) => "internal",
            ApiError::Config(_) => "config",
            ApiError::Unavailable(_) => "unavailable",
            ApiError::Busy(_) => "busy",
            ApiError::TooManyRequests(_) => "too_many_requests",
        }
    }

    /// Whether the message is for the log only: the client gets a generic one with the
    /// request id (internal errors can name files and other details of the server).
    pub fn hides_details(&self) -> bool {
        match self {
            ApiError::Core(e) => matches!(e.kind(), ErrorKind::Io | ErrorKind::NotFound),
            ApiError::Store(
                StoreError::NoDataset(_)
                | StoreError::NoPlot(_)
                | StoreError::NoVegaLite(_)
                | StoreError::Invalid(_),
            ) => false,
            ApiError::Store(_)
            | ApiError::Storage(_)
            | ApiError::Internal(_)
            | ApiError::Config(_) => true,
            ApiError::QueryTimeout(_)
            | ApiError::Unauthorized(_)
            | ApiError::NotFound(_)
            | ApiError::MethodNotAllowed(_)
            | ApiError::BadRequest(_)
            | ApiError::TooLarge(_)
            | ApiError::Unavailable(_)
            | ApiError::Busy(_)
            | ApiError::TooManyRequests(_) => false,
        }
    }

    /// A 404 for a dataset id.
    pub fn no_dataset(id: &str) -> Self {
        ApiError::Store(StoreError::NoDataset(id.to_string()))
    }

    /// A 404 for a plot id.
    pub fn no_plot(id: &str) -> Self {
        ApiError::Store(StoreError::NoPlot(id.to_string()))
    }
}

/// The status of each kind of core error (every kind listed: a new one must be mapped).
fn core_status(kind: ErrorKind) -> StatusCode {
    match kind {
        ErrorKind::Parse
        | ErrorKind::Schema
        | ErrorKind::Query
        | ErrorKind::Plot
        | ErrorKind::Plan
        | ErrorKind::Argument => StatusCode::BAD_REQUEST,
        ErrorKind::Sandbox => StatusCode::FORBIDDEN,
        ErrorKind::Limit => StatusCode::PAYLOAD_TOO_LARGE,
        ErrorKind::Timeout => StatusCode::REQUEST_TIMEOUT,
        ErrorKind::Llm => StatusCode::BAD_GATEWAY,
        ErrorKind::Io | ErrorKind::NotFound => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

impl From<tokio::task::JoinError> for ApiError {
    fn from(err: tokio::task::JoinError) -> Self {
        ApiError::Internal(format!("worker failed: {err}"))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        let message = if self.hides_details() {
            let id = request_id::current();
            tracing::error!(request_id = %id, error = %self, "request failed");
            format!("internal error; the server's log has the details under request id {id}")
        } else {
            if status.is_server_error() {
                tracing::warn!(error = %self, "request failed");
            }
            self.to_string()
        };
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code().to_string(),
                message,
            },
        };
        let mut response = (status, Json(body)).into_response();
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"blinq\", error=\"invalid_token\""),
            );
        }
        if matches!(self, ApiError::Busy(_) | ApiError::TooManyRequests(_)) {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("2"));
        }
        response
    }
}

/// `Result` with [`ApiError`].
pub type ApiResult<T> = Result<T, ApiError>;
