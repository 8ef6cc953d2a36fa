//! `GET /ws/plots`: a WebSocket of the caller's live events (`plot.created`, ...).
//!
//! Browsers cannot set headers on a WebSocket, so the token comes as `?token=<JWT>` or as
//! the subprotocols `bearer, <JWT>` (the server answers with the `bearer` subprotocol). It
//! is checked with the same verifier as every `/api/*` route, before the upgrade: a missing,
//! malformed or expired token answers 401 and no socket is opened.
//!
//! Each connection has a bounded queue ([`CLIENT_QUEUE`] messages). A client that does not
//! keep up (its queue is full) is closed with code 1013 and reason `client too slow`; the
//! hub never waits for it, so other clients are not slowed. When the token expires the
//! socket is closed with code 1008 and reason `token expired`. The server pings every
//! `--ws-ping-secs` and closes a client that has not answered two pings. Clients need not
//! send anything; incoming messages are limited to [`MAX_MESSAGE`] bytes.
//!
//! Each user may hold `--max-websockets-per-user` sockets (429 past that) and the server
//! `--max-websockets` in all (503), lowered at start to fit the open-file limit.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade, close_code};
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::http::header::SEC_WEBSOCKET_PROTOCOL;
use axum::response::{IntoResponse, Response};
use futures_util::SinkExt;
use futures_util::stream::{SplitSink, StreamExt};
use tokio::sync::{broadcast, mpsc, oneshot};
use tokio::time::Instant;

use crate::error::ApiError;
use crate::notify::Event;
pub use crate::notify::in_process::CLIENT_QUEUE;
use crate::state::AppState;

/// The largest message (and frame) a client may send.
pub const MAX_MESSAGE: usize = 64 * 1024;

/// How long a closing connection waits for its close frame to be written (behind what the
/// client has not read yet) before it is dropped.
pub const CLOSE_GRACE: Duration = Duration::from_secs(15);

/// The close code for a client too slow to keep up ("try again later").
pub const CLOSE_TOO_SLOW: u16 = 1013;

/// Live events of the caller: `{"type": "plot.created", "id", "owner", "at", ...}`.
#[utoipa::path(get, path = "/ws/plots", tag = "notifications",
    params(("token" = Option<String>, Query,
        description = "the JWT; or send the subprotocols `bearer, <JWT>` in Sec-WebSocket-Protocol")),
    responses(
        (status = 101, description = "a WebSocket of JSON events (`notify::Event`): `plot.created`, \
            `plot.deleted`, `dataset.created`, `dataset.deleted`, `analysis.completed`, each with `type`, \
            `id`, `owner`, `at`, `event_id` and, for plots, `png_url`/`svg_url`. Closed with 1008 \
            `token expired` when the token expires, 1013 `client too slow` when the client falls behind.",
            body = crate::notify::Event),
        (status = 401, body = crate::api::ErrorBody),
        (status = 429, body = crate::api::ErrorBody, description = "the caller has too many sockets open"),
        (status = 503, body = crate::api::ErrorBody, description = "the server has too many sockets open"),
    ))]
pub async fn plots(
    State(state): State<AppState>,
    query: Result<Query<HashMap<String, String>>, axum::extract::rejection::QueryRejection>,
    headers: HeaderMap,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    let from_query = query.ok().and_then(|Query(mut q)| q.remove("token"));
    let token = match from_query.or_else(|| token_from_protocols(&headers)) {
        Some(token) if !token.trim().is_empty() => token,
        _ => {
            return ApiError::Unauthorized(
                "missing token: connect to /ws/plots?token=<JWT> or send the subprotocols `bearer, <JWT>`"
                    .into(),
            )
            .into_response();
        }
    };
    let claims = match state.auth.verify(token.trim()) {
        Ok(claims) if !claims.sub.is_empty() => claims,
        Ok(_) => {
            return ApiError::Unauthorized("the token's `sub` is empty".into()).into_response();
        }
        Err(e) => return e.into_response(),
    };
    let upgrade = match upgrade {
        Ok(upgrade) => upgrade,
        Err(rejection) => {
            return ApiError::BadRequest(format!(
                "GET /ws/plots must be a WebSocket upgrade: {}",
                rejection.body_text()
            ))
            .into_response();
        }
    };
    let expires = UNIX_EPOCH + Duration::from_secs(claims.exp);
    let owner = claims.sub;
    let slot = match state.socket_slots.try_take(&owner) {
        Ok(slot) => slot,
        Err(e) => return e.into_response(),
    };
    // Subscribe before answering 101: an event published once the client sees the upgrade
    // (say, right after it connects and uploads) must reach it.
    let events = state.notifier.subscribe(&owner);
    upgrade
        .protocols(["bearer"])
        .max_message_size(MAX_MESSAGE)
        .max_frame_size(MAX_MESSAGE)
        .on_upgrade(move |socket| {
            let tracker = state.sockets.clone();
            tracker.track_future(async move {
                connection(socket, state, owner, events, expires).await;
                drop(slot);
            })
        })
}

/// `Sec-WebSocket-Protocol: bearer, <token>` → the token.
fn token_from_protocols(headers: &HeaderMap) -> Option<String> {
    let items: Vec<&str> = headers
        .get_all(SEC_WEBSOCKET_PROTOCOL)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let at = items
        .iter()
        .position(|p| p.eq_ignore_ascii_case("bearer"))?;
    items.get(at + 1).map(|t| t.to_string())
}

fn frame(code: u16, reason: &'static str) -> CloseFrame {
    CloseFrame {
        code,
        reason: reason.into(),
    }
}

/// Serve one client until it leaves, its token expires, it falls behind or the server
/// stops.
async fn connection(
    socket: WebSocket,
    state: AppState,
    owner: String,
    mut events: broadcast::Receiver<Arc<Event>>,
    expires: SystemTime,
) {
    let (sink, mut incoming) = socket.split();
    let (queue, outgoing) = mpsc::channel::<Message>(CLIENT_QUEUE);
    let (close_tx, close_rx) = oneshot::channel::<CloseFrame>();
    let writer = tokio::spawn(write(sink, outgoing, close_rx));

    let left = expires
        .duration_since(SystemTime::now())
        .unwrap_or(Duration::ZERO);
    let expiry = tokio::time::sleep(left);
    tokio::pin!(expiry);
    let every = state.config.ws_ping();
    let mut pings = tokio::time::interval_at(Instant::now() + every, every);
    let mut unanswered = 0u32;
    let too_slow = frame(CLOSE_TOO_SLOW, "client too slow");

    let close = loop {
        tokio::select! {
            () = state.closing.cancelled() => break Some(frame(close_code::AWAY, "server shutting down")),
            () = &mut expiry => break Some(frame(close_code::POLICY, "token expired")),
            _ = pings.tick() => {
                if unanswered >= 2 {
                    break Some(frame(close_code::POLICY, "no answer to pings"));
                }
                unanswered += 1;
                if queue.try_send(Message::Ping(Default::default())).is_err() {
                    break Some(too_slow);
                }
            }
            event = events.recv() => match event {
                Ok(event) => {
                    if !send_event(&queue, &event) {
                        tracing::info!(owner, "closing a WebSocket client too slow to keep up");
                        break Some(too_slow);
                    }
                }
                Err(broadcast::error::RecvError::Lagged(_)) => {
                    tracing::info!(owner, "closing a WebSocket client too slow to keep up");
                    break Some(too_slow);
                }
                Err(broadcast::error::RecvError::Closed) => {
                    break Some(frame(close_code::ERROR, "notifications stopped"));
                }
            },
            message = incoming.next() => match message {
                Some(Ok(Message::Pong(_))) => unanswered = 0,
                Some(Ok(Message::Close(_)) | Err(_)) | None => break None,
                // Pings are answered by the protocol layer; clients need not send anything.
                Some(Ok(_)) => {}
            },
        }
    };
    if let Some(close) = close {
        let _ = close_tx.send(close);
    }
    drop(queue);
    let abort = writer.abort_handle();
    if tokio::time::timeout(CLOSE_GRACE + Duration::from_secs(1), writer)
        .await
        .is_err()
    {
        abort.abort();
    }
}

/// Queue `event` as JSON; false when the client's queue is full.
fn send_event(queue: &mpsc::Sender<Message>, event: &Arc<Event>) -> bool {
    match serde_json::to_string(&**event) {
        Ok(json) => queue.try_send(Message::Text(json.into())).is_ok(),
        Err(e) => {
            tracing::error!(error = %e, "cannot encode an event");
            true
        }
    }
}

/// Write queued messages; on a close request send the close frame (giving up after
/// [`CLOSE_GRACE`] when the client does not read) and stop.
async fn write(
    mut sink: SplitSink<WebSocket, Message>,
    mut outgoing: mpsc::Receiver<Message>,
    mut close: oneshot::Receiver<CloseFrame>,
) {
    let mut closing = false;
    loop {
        let message = tokio::select! {
            biased;
            frame = &mut close, if !closing => match frame {
                Ok(frame) => {
                    let _ = tokio::time::timeout(
                        CLOSE_GRACE,
                        sink.send(Message::Close(Some(frame))),
                    )
                    .await;
                    return;
                }
                // The client left: write what is queued, then stop.
                Err(_) => { closing = true; continue; }
            },
            message = outgoing.recv() => match message {
                Some(message) => message,
                None => return,
            },
        };
        tokio::select! {
            biased;
            frame = &mut close, if !closing => {
                // Stuck writing to a client that does not read: try the close frame
                // briefly, then drop the connection.
                if let Ok(frame) = frame {
                    let _ = tokio::time::timeout(
                        CLOSE_GRACE,
                        sink.send(Message::Close(Some(frame))),
                    )
                    .await;
                }
                return;
            }
            sent = sink.send(message) => if sent.is_err() { return },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn token_from_the_bearer_subprotocol() {
        let mut headers = HeaderMap::new();
        headers.insert(
            SEC_WEBSOCKET_PROTOCOL,
            HeaderValue::from_static("bearer, abc.def.ghi"),
        );
        assert_eq!(
            token_from_protocols(&headers).as_deref(),
            Some("abc.def.ghi")
        );
        headers.insert(SEC_WEBSOCKET_PROTOCOL, HeaderValue::from_static("chat"));
        assert_eq!(token_from_protocols(&headers), None);
    }
}
