//! `GET /ws/plots` with the in-process notifier: a real server, real WebSocket clients.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use crate::common::{SECRET, Server};
use blinq_server::notify::{Event, EventKind};
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::{Error as WsError, Message};
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream, connect_async};

type Client = WebSocketStream<MaybeTlsStream<TcpStream>>;

async fn connect(server: &Server, user: &str) -> Client {
    let url = server.ws_url(&format!("/ws/plots?token={}", server.token(user)));
    let (socket, response) = connect_async(url).await.unwrap();
    assert_eq!(response.status(), 101);
    socket
}

/// The next JSON event, skipping pings; None after `wait` without one.
async fn next_event(client: &mut Client, wait: Duration) -> Option<Value> {
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        let message = tokio::time::timeout_at(deadline, client.next())
            .await
            .ok()??;
        match message.unwrap() {
            Message::Text(text) => return Some(serde_json::from_str(&text).unwrap()),
            Message::Ping(_) | Message::Pong(_) => {}
            other => panic!("unexpected message {other:?}"),
        }
    }
}

/// The next event of `kind`, skipping others.
async fn next_of(client: &mut Client, kind: &str, wait: Duration) -> Value {
    let deadline = Instant::now() + wait;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let event = next_event(client, left)
            .await
            .unwrap_or_else(|| panic!("no {kind} event within {wait:?}"));
        if event["type"] == kind {
            return event;
        }
    }
}

async fn create_plot(server: &Server, user: &str, dataset: &str) -> Value {
    let response = server
        .post(user, "/api/plots")
        .json(&json!({"dataset": dataset, "spec": {"kind": "bar", "x": "species", "y": "body_mass_g", "aggregate": "mean"}}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    response.json().await.unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn each_user_receives_their_own_events_within_a_second() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let mut alice = connect(&server, "alice").await;
    // Bob authenticates the browser way: the token as a subprotocol.
    let mut request = server.ws_url("/ws/plots").into_client_request().unwrap();
    let protocols = format!("bearer, {}", server.token("bob"));
    request.headers_mut().insert(
        "Sec-WebSocket-Protocol",
        HeaderValue::from_str(&protocols).unwrap(),
    );
    let (mut bob, response) = connect_async(request).await.unwrap();
    assert_eq!(response.headers()["sec-websocket-protocol"], "bearer");

    let dataset = server.upload_fixture("alice", "penguins.csv").await;
    let created = next_of(&mut alice, "dataset.created", Duration::from_secs(5)).await;
    assert_eq!(created["id"], dataset.as_str());
    assert_eq!(created["name"], "penguins");

    let plot = create_plot(&server, "alice", &dataset).await;
    let posted = Instant::now();
    let event = next_of(&mut alice, "plot.created", Duration::from_secs(1)).await;
    assert!(posted.elapsed() < Duration::from_secs(1));
    assert_eq!(event["id"], plot["id"]);
    assert_eq!(event["owner"], "alice");
    assert_eq!(event["png_url"], plot["png_url"]);
    assert_eq!(event["svg_url"], plot["svg_url"]);
    assert_eq!(event["vl_url"], plot["vl_url"]);
    assert_eq!(event["dataset"], dataset.as_str());
    assert!(chrono::DateTime::parse_from_rfc3339(event["at"].as_str().unwrap()).is_ok());
    assert!(event["event_id"].as_str().is_some_and(|s| !s.is_empty()));

    let plot_id = plot["id"].as_str().unwrap();
    let deleted = server
        .delete("alice", &format!("/api/plots/{plot_id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);
    let event = next_of(&mut alice, "plot.deleted", Duration::from_secs(1)).await;
    assert_eq!(event["id"], plot_id);

    let answer = server
        .post("alice", "/api/analysis")
        .json(&json!({"dataset": dataset, "query": "average body mass by species"}))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    let answer: Value = answer.json().await.unwrap();
    let event = next_of(&mut alice, "analysis.completed", Duration::from_secs(1)).await;
    assert_eq!(event["dataset"], dataset.as_str());
    assert_eq!(event["plot_id"], answer["plot_id"]);
    assert_eq!(event["query"], "average body mass by species");

    let deleted = server
        .delete("alice", &format!("/api/data/{dataset}"))
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);
    let event = next_of(&mut alice, "dataset.deleted", Duration::from_secs(1)).await;
    assert_eq!(event["id"], dataset.as_str());

    // Bob saw none of it; his own upload reaches him.
    assert_eq!(next_event(&mut bob, Duration::from_millis(300)).await, None);
    let bobs = server.upload_fixture("bob", "cars.csv").await;
    let event = next_of(&mut bob, "dataset.created", Duration::from_secs(1)).await;
    assert_eq!(event["id"], bobs.as_str());
    assert_eq!(event["owner"], "bob");
    assert_eq!(
        next_event(&mut alice, Duration::from_millis(300)).await,
        None
    );
    server.stop().await;
}

async fn refused(request: impl IntoClientRequest + Unpin) -> (u16, Value) {
    match connect_async(request).await {
        Err(WsError::Http(response)) => {
            let status = response.status().as_u16();
            let body = response.body().clone().unwrap_or_default();
            (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
        }
        Ok(_) => panic!("the upgrade was accepted"),
        Err(e) => panic!("unexpected error {e}"),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn missing_bad_and_expired_tokens_are_refused_before_the_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let (status, body) = refused(server.ws_url("/ws/plots")).await;
    assert_eq!(status, 401);
    assert_eq!(body["error"]["code"], "unauthorized", "{body}");
    let (status, _) = refused(server.ws_url("/ws/plots?token=not.a.token")).await;
    assert_eq!(status, 401);

    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let sign = |secret: &str, exp: u64| {
        jsonwebtoken::encode(
            &jsonwebtoken::Header::default(),
            &json!({"sub": "alice", "exp": exp}),
            &jsonwebtoken::EncodingKey::from_secret(secret.as_bytes()),
        )
        .unwrap()
    };
    let expired = sign(SECRET, now - 3600);
    let (status, body) = refused(server.ws_url(&format!("/ws/plots?token={expired}"))).await;
    assert_eq!(status, 401);
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("expired"),
        "{body}"
    );
    let forged = sign("another-secret-0123456789", now + 3600);
    let mut request = server.ws_url("/ws/plots").into_client_request().unwrap();
    request.headers_mut().insert(
        "Sec-WebSocket-Protocol",
        HeaderValue::from_str(&format!("bearer, {forged}")).unwrap(),
    );
    let (status, _) = refused(request).await;
    assert_eq!(status, 401);

    // A plain GET with a good token is not a WebSocket.
    let response = server
        .client
        .get(server.url(&format!("/ws/plots?token={}", server.token("alice"))))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_socket_closes_when_the_token_expires() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let token = server.token_for("alice", Duration::from_secs(2));
    let (mut client, _) = connect_async(server.ws_url(&format!("/ws/plots?token={token}")))
        .await
        .unwrap();
    let started = Instant::now();
    let close = loop {
        let message = tokio::time::timeout(Duration::from_secs(10), client.next())
            .await
            .expect("no close within 10 s")
            .expect("the stream ended without a close frame")
            .unwrap();
        if let Message::Close(frame) = message {
            break frame.expect("a close frame with a reason");
        }
    };
    assert_eq!(close.code, CloseCode::Policy);
    assert_eq!(close.reason.as_str(), "token expired");
    assert!(started.elapsed() < Duration::from_secs(4));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn server_pings_and_ignores_client_messages() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = crate::common::config(dir.path());
    config.ws_ping_secs = 1;
    let server = Server::start_with(config).await;
    let mut client = connect(&server, "alice").await;
    client.send(Message::Text("hello".into())).await.unwrap();
    let mut pings = 0;
    let deadline = Instant::now() + Duration::from_secs(5);
    while pings < 2 && Instant::now() < deadline {
        if let Ok(Some(Ok(Message::Ping(_)))) =
            tokio::time::timeout(Duration::from_secs(3), client.next()).await
        {
            pings += 1;
        }
    }
    assert!(pings >= 2, "expected pings every second");
    // The connection stayed open: events still arrive (the client answered the pings).
    server
        .notifier
        .publish(Event::new(EventKind::PlotCreated, "p1", "alice"));
    let event = next_of(&mut client, "plot.created", Duration::from_secs(1)).await;
    assert_eq!(event["id"], "p1");
    // Over the 64 KiB limit: the server ends the connection.
    let big = "x".repeat(100 * 1024);
    let _ = client.send(Message::Text(big.into())).await;
    let ended = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            match client.next().await {
                Some(Ok(Message::Close(_))) | Some(Err(_)) | None => break,
                Some(Ok(_)) => {}
            }
        }
    })
    .await;
    assert!(ended.is_ok(), "a 100 KiB message should end the connection");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_slow_client_is_dropped_without_slowing_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let mut slow = connect(&server, "alice").await;
    let mut fast = connect(&server, "alice").await;
    const EVENTS: usize = 3000;
    let padding = "x".repeat(16 * 1024);

    let reader = tokio::spawn(async move {
        let mut seen = HashSet::new();
        let mut worst = Duration::ZERO;
        while seen.len() < EVENTS {
            let event = next_event(&mut fast, Duration::from_secs(10))
                .await
                .expect("the fast client stopped receiving");
            let sent: u64 = event["query"].as_str().unwrap()[..20]
                .trim()
                .parse()
                .unwrap();
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_micros() as u64;
            worst = worst.max(Duration::from_micros(now.saturating_sub(sent)));
            assert!(
                seen.insert(event["id"].as_str().unwrap().to_string()),
                "duplicate"
            );
        }
        (seen.len(), worst)
    });

    let started = Instant::now();
    let mut slowest_publish = Duration::ZERO;
    for i in 0..EVENTS {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_micros();
        let event = Event {
            query: Some(format!("{now:>20}{padding}")),
            ..Event::new(EventKind::PlotCreated, format!("p{i}"), "alice")
        };
        let t = Instant::now();
        server.notifier.publish(event);
        slowest_publish = slowest_publish.max(t.elapsed());
        if i % 2 == 1 {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    }
    let publishing = started.elapsed();
    let (received, worst) = tokio::time::timeout(Duration::from_secs(60), reader)
        .await
        .expect("the fast client did not get every event")
        .unwrap();
    assert_eq!(received, EVENTS);
    assert!(
        slowest_publish < Duration::from_millis(50),
        "publishing waited {slowest_publish:?}"
    );
    assert!(
        worst < Duration::from_secs(2),
        "the fast client got an event {worst:?} late (publishing took {publishing:?})"
    );

    // The slow client: what it had buffered, then a close or a dropped connection.
    let mut got = 0usize;
    let mut close = None;
    let ended = tokio::time::timeout(Duration::from_secs(30), async {
        loop {
            match slow.next().await {
                Some(Ok(Message::Text(_))) => got += 1,
                Some(Ok(Message::Close(frame))) => {
                    close = frame;
                    break;
                }
                Some(Ok(_)) => {}
                Some(Err(_)) | None => break,
            }
        }
    })
    .await;
    assert!(ended.is_ok(), "the slow client was never disconnected");
    eprintln!(
        "the slow client got {got} of {EVENTS} events, then {close:?}; the fast one's worst delay was {worst:?}"
    );
    assert!(got < EVENTS, "the slow client got all {got} events");
    let frame = close.expect("the slow client was dropped without a close frame");
    assert_eq!(u16::from(frame.code), 1013);
    assert_eq!(frame.reason.as_str(), "client too slow");
    // The server still serves new clients.
    let mut again = connect(&server, "alice").await;
    server
        .notifier
        .publish(Event::new(EventKind::PlotCreated, "after", "alice"));
    let event = next_of(&mut again, "plot.created", Duration::from_secs(1)).await;
    assert_eq!(event["id"], "after");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn ready_names_the_in_process_backend_and_the_route_is_documented() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let body: Value = server
        .client
        .get(server.url("/ready"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(body["notifications"], "in-process", "{body}");
    let doc: Value = server
        .client
        .get(server.url("/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        doc["paths"]["/ws/plots"]["get"].is_object(),
        "/ws/plots is not documented"
    );
    assert!(doc["components"]["schemas"]["Event"].is_object());
    server.stop().await;
}
