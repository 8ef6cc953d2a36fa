//! The web app: static files compiled into the binary and served at `/`, with the Vega
//! runtime for its interactive charts at `/vendor/vega.js`.
//!
//! The page needs no build step and loads nothing from other origins. It signs in with a
//! token (pasted, or carried in the `#token=` fragment of the link `blinq serve` prints,
//! which browsers never send to a server), then calls the same `/api` routes as any other
//! client and listens on `/ws/plots` for live updates.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use crate::interactive::VEGA_JS;

const INDEX_HTML: &str = include_str!("../../web/index.html");
const APP_JS: &str = include_str!("../../web/app.js");
const APP_CSS: &str = include_str!("../../web/app.css");
const ICON_SVG: &str = include_str!("../../web/icon.svg");

/// Scripts, styles and connections from this origin only; images may also be `blob:` URLs
/// (plots are fetched with the token and shown from memory).
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; \
     connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

fn asset(body: &'static str, content_type: &'static str) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

/// `GET /`: the page.
pub async fn index() -> Response {
    asset(INDEX_HTML, "text/html; charset=utf-8")
}

/// `GET /app.js`: the page's script (an ES module).
pub async fn script() -> Response {
    asset(APP_JS, "text/javascript; charset=utf-8")
}

/// `GET /app.css`: the page's styles.
pub async fn style() -> Response {
    asset(APP_CSS, "text/css; charset=utf-8")
}

/// `GET /vendor/vega.js`: the interactive charts' runtime (Vega, Vega-Lite, Vega-Embed and
/// the expression interpreter; see `web/vendor/README.md`). It changes only with the binary,
/// which the ETag names.
pub async fn vega(headers: axum::http::HeaderMap) -> Response {
    let etag = concat!("\"blinq-", env!("CARGO_PKG_VERSION"), "-vega-5.33.1\"");
    if headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|v| v.as_bytes() == etag.as_bytes())
    {
        return (axum::http::StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response();
    }
    let mut response = asset(VEGA_JS, "text/javascript; charset=utf-8");
    response
        .headers_mut()
        .insert(header::ETAG, HeaderValue::from_static(etag));
    response
}

/// `GET /icon.svg`: the page's icon.
pub async fn icon() -> Response {
    asset(ICON_SVG, "image/svg+xml")
}
