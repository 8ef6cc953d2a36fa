//! Notification latency: an event published by the server → a WebSocket client receives it.
//!
//! ```sh
//! cargo run --release -p blinq-server --example notify_bench
//! BLINQ_BENCH_KAFKA=127.0.0.1:9092 cargo run --release -p blinq-server --example notify_bench
//! ```
//!
//! Measures, in one process (one clock):
//! - in-process: `Notifier::publish` → one client, `BLINQ_BENCH_EVENTS` events (default 2000);
//! - end to end: `POST /api/plots` sent → `plot.created` received (includes rendering);
//! - fan-out: 1,000 clients of one user (`BLINQ_BENCH_CLIENTS`), 50 events, every delivery;
//! - Kafka (when `BLINQ_BENCH_KAFKA` names a broker): published on replica A → received by a
//!   client of replica B (both in this process, sharing a data dir and a topic).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use blinq_server::notify::{Event, EventKind, Notifier};
use blinq_server::{App, ServeArgs};
use futures_util::StreamExt;
use tokio::net::TcpListener;
use tokio_tungstenite::connect_async;
use tokio_tungstenite::tungstenite::Message;

const SECRET: &str = "bench-secret-0123456789abcdef";

type Sent = Arc<Mutex<HashMap<String, Instant>>>;

struct Running {
    base: String,
    notifier: Notifier,
    token: String,
}

async fn start(config: ServeArgs) -> Running {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = App::new(config).unwrap();
    let token = app
        .state()
        .auth
        .mint("alice", Duration::from_secs(3600))
        .unwrap();
    let notifier = app.state().notifier.clone();
    tokio::spawn(async move {
        let _ = app.serve(listener, std::future::pending()).await;
    });
    Running {
        base: format!("127.0.0.1:{}", addr.port()),
        notifier,
        token,
    }
}

fn config(dir: &std::path::Path) -> ServeArgs {
    let mut config = ServeArgs::for_data_dir(dir);
    config.auth.jwt_secret = Some(SECRET.into());
    config
}

/// Connect a client that records, for every event, how long after its publication it came.
async fn client(server: &Running, sent: Sent, samples: Arc<Mutex<Vec<Duration>>>) {
    let url = format!("ws://{}/ws/plots?token={}", server.base, server.token);
    let (mut socket, _) = connect_async(url).await.unwrap();
    tokio::spawn(async move {
        while let Some(Ok(message)) = socket.next().await {
            if let Message::Text(text) = message {
                let now = Instant::now();
                let event: Event = serde_json::from_str(&text).unwrap();
                let at = sent.lock().unwrap().get(&event.id).copied();
                if let Some(at) = at {
                    samples.lock().unwrap().push(now - at);
                }
            }
        }
    });
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

fn report(name: &str, samples: &Mutex<Vec<Duration>>, expected: usize) {
    let mut samples = samples.lock().unwrap().clone();
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "| {name} | {} / {expected} | {:.2} ms | {:.2} ms | {:.2} ms | {:.2} ms |",
        samples.len(),
        ms(percentile(&samples, 50.0)),
        ms(percentile(&samples, 90.0)),
        ms(percentile(&samples, 99.0)),
        ms(samples.last().copied().unwrap_or_default()),
    );
}

/// Publish `count` events on `from`, `gap` apart, recording when each was sent.
async fn publish(from: &Notifier, sent: &Sent, count: usize, gap: Duration) {
    for i in 0..count {
        let id = format!("bench-{}-{i}", uuid::Uuid::new_v4());
        let event = Event::new(EventKind::PlotCreated, &id, "alice");
        sent.lock().unwrap().insert(id, Instant::now());
        from.publish(event);
        tokio::time::sleep(gap).await;
    }
}

async fn settle(samples: &Mutex<Vec<Duration>>, expected: usize, within: Duration) {
    let deadline = Instant::now() + within;
    while samples.lock().unwrap().len() < expected && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::main]
async fn main() {
    let events: usize = std::env::var("BLINQ_BENCH_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    let clients: usize = std::env::var("BLINQ_BENCH_CLIENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    println!("| path | delivered | p50 | p90 | p99 | max |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: |");

    // In-process, one client.
    let dir = tempfile::tempdir().unwrap();
    let server = start(config(dir.path())).await;
    let sent: Sent = Arc::default();
    let samples = Arc::new(Mutex::new(Vec::new()));
    client(&server, sent.clone(), samples.clone()).await;
    publish(&server.notifier, &sent, events, Duration::from_millis(1)).await;
    settle(&samples, events, Duration::from_secs(10)).await;
    report("in-process, 1 client", &samples, events);

    // End to end through HTTP: POST /api/plots → plot.created.
    let http = reqwest::Client::new();
    let csv = b"species,mass\nAdelie,3700\nGentoo,5076\nChinstrap,3733\n".to_vec();
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(csv).file_name("p.csv"),
    );
    let dataset: serde_json::Value = http
        .post(format!("http://{}/api/data/upload", server.base))
        .bearer_auth(&server.token)
        .multipart(form)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let url = format!("ws://{}/ws/plots?token={}", server.base, server.token);
    let (mut socket, _) = connect_async(url).await.unwrap();
    let e2e = Mutex::new(Vec::new());
    let (mut post_only, rounds) = (Vec::new(), 100);
    for _ in 0..rounds {
        let started = Instant::now();
        let response = http
            .post(format!("http://{}/api/plots", server.base))
            .bearer_auth(&server.token)
            .json(&serde_json::json!({"dataset": dataset["id"], "spec": {"kind": "bar", "x": "species", "y": "mass"}}))
            .send()
            .await
            .unwrap();
        post_only.push(started.elapsed());
        assert_eq!(response.status(), 201);
        while let Some(Ok(message)) = socket.next().await {
            if let Message::Text(text) = message
                && text.contains("plot.created")
            {
                e2e.lock().unwrap().push(started.elapsed());
                break;
            }
        }
    }
    report(
        "POST /api/plots sent → plot.created received (incl. rendering)",
        &e2e,
        rounds,
    );
    report(
        "POST /api/plots sent → 201 response",
        &Mutex::new(post_only),
        rounds,
    );

    // Fan-out to many clients.
    let sent: Sent = Arc::default();
    let samples = Arc::new(Mutex::new(Vec::new()));
    for _ in 0..clients {
        client(&server, sent.clone(), samples.clone()).await;
    }
    let fan_events = 50;
    publish(
        &server.notifier,
        &sent,
        fan_events,
        Duration::from_millis(20),
    )
    .await;
    settle(&samples, clients * fan_events, Duration::from_secs(30)).await;
    report(
        &format!("in-process fan-out, {clients} clients × {fan_events} events"),
        &samples,
        clients * fan_events,
    );

    // Kafka: A → broker → B.
    if let Ok(brokers) = std::env::var("BLINQ_BENCH_KAFKA") {
        let dir = tempfile::tempdir().unwrap();
        let topic = format!("blinq.bench.{}", uuid::Uuid::new_v4());
        let mut kafka = config(dir.path());
        kafka.kafka_brokers = Some(brokers);
        kafka.kafka_topic = topic;
        let a = start(kafka.clone()).await;
        let b = start(kafka).await;
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline
            && (a.notifier.health() != blinq_server::notify::Health::Ready
                || b.notifier.health() != blinq_server::notify::Health::Ready)
        {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let sent: Sent = Arc::default();
        let samples = Arc::new(Mutex::new(Vec::new()));
        client(&b, sent.clone(), samples.clone()).await;
        // Warm up the connections.
        publish(&a.notifier, &sent, 20, Duration::from_millis(10)).await;
        settle(&samples, 20, Duration::from_secs(10)).await;
        samples.lock().unwrap().clear();
        let count = events.min(1000);
        publish(&a.notifier, &sent, count, Duration::from_millis(2)).await;
        settle(&samples, count, Duration::from_secs(30)).await;
        report(
            "Kafka, replica A → broker → client of replica B",
            &samples,
            count,
        );
    }
}
