//! Request logging that keeps secrets out of the log.
//!
//! Each request's span names its method, path and query string, with the `token` parameter
//! (how browsers authenticate WebSockets) replaced by `[redacted]` and the `sql` parameter
//! by its length: tokens never reach the log, and SQL is written at debug level only.
//! Headers (`Authorization` among them) are never logged.

use axum::http::Request;
use tower_http::trace::MakeSpan;
use tracing::{Level, Span};

/// Query parameters whose values are never logged.
const SECRET_PARAMS: &[&str] = &["token", "access_token", "jwt"];

/// Query parameters logged at debug level only.
const DEBUG_PARAMS: &[&str] = &["sql"];

/// The [`MakeSpan`] of the server's trace layer.
#[derive(Debug, Clone, Copy, Default)]
pub struct RequestSpan;

impl<B> MakeSpan<B> for RequestSpan {
    fn make_span(&mut self, request: &Request<B>) -> Span {
        let query = request.uri().query().map(redact_query).unwrap_or_default();
        if tracing::enabled!(Level::DEBUG)
            && let Some(raw) = request.uri().query()
        {
            for (key, value) in form_urlencoded::parse(raw.as_bytes()) {
                if DEBUG_PARAMS.contains(&key.as_ref()) {
                    tracing::debug!(%key, %value, "request parameter");
                }
            }
        }
        tracing::info_span!(
            "request",
            method = %request.method(),
            path = %request.uri().path(),
            query = %query,
        )
    }
}

/// `query` with secret values redacted and debug-only values replaced by their length.
/// Keys are compared after percent-decoding, as the routes read them.
pub fn redact_query(query: &str) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let key_lower = key.to_ascii_lowercase();
        if SECRET_PARAMS.contains(&key_lower.as_str()) {
            out.append_pair(&key, "[redacted]");
        } else if DEBUG_PARAMS.contains(&key_lower.as_str()) {
            out.append_pair(&key, &format!("[{} bytes]", value.len()));
        } else {
            out.append_pair(&key, &value);
        }
    }
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_sql_never_appear_in_the_logged_query() {
        let logged = redact_query("token=eyJhbGciOi.secret.sig&dataset=abc");
        assert!(!logged.contains("secret"), "{logged}");
        assert!(logged.contains("dataset=abc"), "{logged}");
        let logged = redact_query("dataset=abc&sql=select+password+from+data");
        assert!(!logged.contains("password"), "{logged}");
        assert!(logged.contains("sql=%5B25+bytes%5D"), "{logged}");
    }

    #[test]
    fn percent_encoded_keys_are_recognised() {
        let logged = redact_query("tok%65n=eyJsecret");
        assert!(!logged.contains("eyJsecret"), "{logged}");
        let logged = redact_query("TOKEN=eyJsecret");
        assert!(!logged.contains("eyJsecret"), "{logged}");
    }
}
