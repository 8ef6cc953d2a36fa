//! Requests a hostile (or careless) user can send, each of which once took the server down
//! or degraded it for everyone. Each test sends one to a real server on loopback, checks
//! the clear 4xx it gets, and checks that the server still answers `/health` and serves an
//! ordinary query afterwards. Expected counts are palmerpenguins' published ones.

use std::time::{Duration, Instant};

use crate::common::process::{Options, Process, cpu_since, tree_cpu};
use crate::common::{Server, assert_error, config, fixture};
use futures_util::StreamExt;
use serde_json::{Value, json};

/// A test server whose workers may use 1 GiB each.
fn limited(dir: &std::path::Path) -> blinq_server::ServeArgs {
    let mut cfg = config(dir);
    cfg.query_memory_mb = Some(1024);
    cfg.workers = Some(2);
    cfg
}

/// `/health` answers and an ordinary query over `id` gives penguins' 344 rows.
async fn still_serving(server: &Server, id: &str) {
    let health = server
        .client
        .get(server.url("/health"))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
    let (status, body) = server
        .query("alice", json!(id), "select count(*) as n from data")
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["rows"][0][0], 344);
}

async fn post_query(server: &Server, id: &str, sql: &str, accept: &str) -> reqwest::Response {
    server
        .post("alice", "/api/data/query")
        .header("accept", accept)
        .json(&json!({"dataset": id, "sql": sql}))
        .send()
        .await
        .unwrap()
}

async fn status_json(response: reqwest::Response) -> (u16, Value) {
    let status = response.status().as_u16();
    let bytes = response.bytes().await.unwrap();
    let body = serde_json::from_slice(&bytes).unwrap_or_else(|e| {
        panic!(
            "{status}: not JSON ({e}): {:?}",
            String::from_utf8_lossy(&bytes[..bytes.len().min(200)])
        )
    });
    (status, body)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_workbook_with_a_huge_extent_is_refused_and_the_server_lives() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_with(limited(dir.path())).await;
    let id = server.upload_fixture("alice", "penguins.csv").await;
    let bytes = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sparse.xlsx"),
    )
    .unwrap();
    let (status, body) = server
        .upload_bytes("alice", "sparse.xlsx", bytes, None)
        .await;
    assert_eq!(status, 413, "{body}");
    assert_eq!(body["error"]["code"], "limit", "{body}");
    still_serving(&server, &id).await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_query_that_needs_too_much_memory_is_413_and_the_server_lives() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_with(limited(dir.path())).await;
    let id = server.upload_fixture("alice", "penguins.csv").await;
    // 344 strings of 100 MB each (34 GB): the sandbox refuses a padded length that large.
    let (status, body) = server
        .query(
            "alice",
            json!(id),
            "select lpad(species, 100000000) as s from data",
        )
        .await;
    assert_error(status, &body, 403, "sandbox", "at most 10000");
    // 344^3 (40.7 million) rows of 10 KB strings before the maximum: some 400 GB.
    let (status, body) = server
        .query(
            "alice",
            json!(id),
            "select max(lpad(a.species, 10000) || b.island || c.sex) as s \
             from data a, data b, data c",
        )
        .await;
    assert_error(status, &body, 413, "limit", "--query-memory-mb");
    still_serving(&server, &id).await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_answer_format_is_capped_and_large_exports_stream_whole() {
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = limited(dir.path());
    cfg.max_result_mb = 1;
    let server = Server::start_with(cfg).await;
    let id = server.upload_fixture("alice", "penguins.csv").await;
    // A self cross join: 118,336 rows, about 5 MB as CSV or Arrow. (Parquet compresses it
    // to under 1 MB; every format is written through the same capped writer.)
    let cross = "select a.*, b.species as other from data a, data b";
    for accept in ["text/csv", "application/vnd.apache.arrow.stream"] {
        let (status, body) = status_json(post_query(&server, &id, cross, accept).await).await;
        assert_error(status, &body, 413, "limit", "--max-result-mb");
    }
    // JSON answers hold at most 10,000 rows, but wide rows still count.
    let wide = "select a.*, b.*, lpad(a.species, 200) as pad from data a, data b";
    let (status, body) =
        status_json(post_query(&server, &id, wide, "application/json").await).await;
    assert_error(status, &body, 413, "limit", "--max-result-mb");
    still_serving(&server, &id).await;
    server.stop().await;

    // Under a larger cap the same export arrives whole (it is streamed from a file).
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = limited(dir.path());
    cfg.max_result_mb = 64;
    let server = Server::start_with(cfg).await;
    let id = server.upload_fixture("alice", "penguins.csv").await;
    let response = post_query(&server, &id, cross, "text/csv").await;
    assert_eq!(response.status(), 200);
    let text = response.text().await.unwrap();
    assert_eq!(text.lines().count(), 344 * 344 + 1);
    assert!(text.len() > 4 * 1024 * 1024, "{} bytes", text.len());
    // The file it was streamed from is gone.
    let left = std::fs::read_dir(dir.path().join("tmp")).unwrap().count();
    assert_eq!(left, 0);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_exact_three_way_cross_join_export_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_with(limited(dir.path())).await;
    let id = server.upload_fixture("alice", "penguins.csv").await;
    let sql = "select * from data a, data b, data c";
    let (status, body) = status_json(post_query(&server, &id, sql, "text/csv").await).await;
    assert_eq!(status, 413, "{body}");
    assert_eq!(body["error"]["code"], "limit", "{body}");
    still_serving(&server, &id).await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn work_past_the_time_limit_stops_when_the_answer_is_sent() {
    // The server is a process of its own, so its CPU time and its workers' are its alone.
    let tmp = tempfile::tempdir().unwrap();
    let server = Process::start(
        &tmp.path().join("data"),
        tmp.path(),
        Options {
            // Datasets scanned, not cached loaded: the query below streams in bounded memory.
            args: vec![
                "--query-timeout-secs",
                "2",
                "--query-memory-mb",
                "4096",
                "--dataset-cache-mb",
                "0",
            ],
            ..Options::default()
        },
    );
    let token = server.token("alice");
    let bytes = std::fs::read(fixture("penguins.csv")).unwrap();
    let id = server.upload_ok(&token, "penguins.csv", bytes).await;
    // 344^4, 14 billion rows of products, streamed in about 400 MB: minutes of work on any
    // machine (three tables, 40 million rows loaded, once took ten seconds here and later
    // less than two on a faster machine, inside the limit).
    let sql = "select sum(a.body_mass_g * b.flipper_length_mm * c.bill_depth_mm \
               * d.bill_length_mm) as n from data a, data b, data c, data d";
    let started = Instant::now();
    let (status, body) = server.query(&token, &id, sql).await;
    assert_error(status, &body, 408, "timeout", "time limit of 2 s");
    assert!(started.elapsed() < Duration::from_secs(10));
    // Nothing in the server or its workers keeps computing after the answer (a fresh
    // worker starts in the killed one's place: let it settle first).
    tokio::time::sleep(Duration::from_millis(500)).await;
    let before = tree_cpu(server.pid());
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let used = cpu_since(&before, &tree_cpu(server.pid()));
    assert!(used < 30, "{used} CPU ticks (1/100 s) used after the 408");
    assert!(server.healthy().await);
    let (status, body) = server
        .query(&token, &id, "select count(*) as n from data")
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["rows"][0][0], 344);
}

/// A CSV of `columns` integer columns and two rows.
fn wide_csv(columns: usize) -> Vec<u8> {
    let header: Vec<String> = (0..columns).map(|i| format!("c{i}")).collect();
    let one: Vec<String> = (0..columns).map(|i| (i % 10).to_string()).collect();
    let two: Vec<String> = (0..columns).map(|i| ((i + 1) % 10).to_string()).collect();
    format!(
        "{}\n{}\n{}\n",
        header.join(","),
        one.join(","),
        two.join(",")
    )
    .into_bytes()
}

#[tokio::test(flavor = "multi_thread")]
async fn twenty_thousand_columns_are_refused_by_default_and_fast_when_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_with(limited(dir.path())).await;
    let id = server.upload_fixture("alice", "penguins.csv").await;
    let (status, body) = server
        .upload_bytes("alice", "wide.csv", wide_csv(20_000), None)
        .await;
    assert_error(status, &body, 413, "limit", "--max-columns");
    still_serving(&server, &id).await;
    server.stop().await;

    // Allowed, the web app's first call (metadata, describe, preview) answers within the
    // time limit: describe is linear in the number of columns.
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = limited(dir.path());
    cfg.max_columns = 25_000;
    cfg.query_timeout_secs = 30;
    let server = Server::start_with(cfg).await;
    let (status, body) = server
        .upload_bytes("alice", "wide.csv", wide_csv(20_000), None)
        .await;
    assert_eq!(status, 201, "{body}");
    let id = body["id"].as_str().unwrap();
    let response = server
        .get("alice", &format!("/api/data/{id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let detail: Value = response.json().await.unwrap();
    let describe = detail["describe"]["rows"].as_array().unwrap();
    assert_eq!(describe.len(), 20_000);
    // Column c7 holds 7 and 8: mean 7.5.
    assert_eq!(describe[7][0], "c7");
    assert_eq!(describe[7][5], 7.5);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_log_holds_no_token_and_no_sql() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut server = Process::start(
        &data,
        tmp.path(),
        Options {
            log_level: Some("info"),
            ..Options::default()
        },
    );
    let token = server.token("alice");
    // A WebSocket authenticated with ?token=, as browsers do.
    let (mut socket, _) =
        tokio_tungstenite::connect_async(server.ws_url(&format!("/ws/plots?token={token}")))
            .await
            .unwrap();
    // A GET query with sql= in the URL.
    let marker = "secret_marker_column";
    let response = server
        .client
        .get(server.url("/api/data/query"))
        .bearer_auth(&token)
        .query(&[
            ("dataset", "nope"),
            ("sql", &format!("select 1 as {marker}")),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    socket.close(None).await.unwrap();
    while socket.next().await.is_some() {}
    server.stop();
    let log = server.log_text();
    assert!(log.contains("/ws/plots"), "the requests were logged: {log}");
    assert!(log.contains("token=%5Bredacted%5D"), "{log}");
    let signature = token.rsplit('.').next().unwrap();
    assert!(!log.contains(signature), "the token is in the log: {log}");
    assert!(!log.contains(marker), "the SQL is in the log: {log}");
}

#[tokio::test(flavor = "multi_thread")]
async fn one_user_cannot_take_every_file_descriptor_with_websockets() {
    let tmp = tempfile::tempdir().unwrap();
    let server = Process::start(
        &tmp.path().join("data"),
        tmp.path(),
        Options {
            open_files: Some(256),
            ..Options::default()
        },
    );
    let alice = server.token("alice");
    let url = server.ws_url(&format!("/ws/plots?token={alice}"));
    let mut open = Vec::new();
    let mut refused = 0;
    for _ in 0..241 {
        match tokio_tungstenite::connect_async(url.as_str()).await {
            Ok((socket, _)) => open.push(socket),
            Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
                assert_eq!(response.status(), 429);
                assert!(response.headers().contains_key("retry-after"));
                refused += 1;
            }
            Err(other) => panic!("{other}"),
        }
    }
    assert_eq!(open.len(), 32, "the per-user limit");
    assert_eq!(refused, 241 - 32);
    // Another user is served at once, over HTTP and over a socket.
    let bob = server.token("bob");
    let started = Instant::now();
    let response = server
        .client
        .get(server.url("/api/data"))
        .bearer_auth(&bob)
        .timeout(Duration::from_secs(5))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(started.elapsed() < Duration::from_secs(2));
    let bobs = server.ws_url(&format!("/ws/plots?token={bob}"));
    let (mut socket, _) = tokio_tungstenite::connect_async(bobs.as_str())
        .await
        .unwrap();
    socket.close(None).await.unwrap();
    assert!(server.healthy().await);
    assert!(
        !server.log_text().contains("Too many open files"),
        "{}",
        server.log_text()
    );
}

/// A streamed CSV body of about `mib` MiB, generated as it is sent.
fn streamed_csv(mib: usize) -> reqwest::Body {
    let row = "123456,7.25,some text,2024-01-31\n";
    let chunk: String = row.repeat(64 * 1024 / row.len());
    let chunks = (mib * 1024 * 1024) / chunk.len();
    let header =
        futures_util::stream::once(async { Ok::<_, std::io::Error>("a,b,c,d\n".to_string()) });
    let rows = futures_util::stream::iter((0..chunks).map(move |_| Ok(chunk.clone())));
    reqwest::Body::wrap_stream(header.chain(rows))
}

#[tokio::test(flavor = "multi_thread")]
async fn an_upload_is_streamed_to_disk_not_held_in_the_servers_memory() {
    let tmp = tempfile::tempdir().unwrap();
    let server = Process::start(&tmp.path().join("data"), tmp.path(), Options::default());
    assert!(server.healthy().await);
    let before = server.status_kib("VmHWM:");
    let part = reqwest::multipart::Part::stream(streamed_csv(40)).file_name("big.csv");
    let form = reqwest::multipart::Form::new().part("file", part);
    let response = server
        .client
        .post(server.url("/api/data/upload"))
        .bearer_auth(server.token("alice"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = response.status();
    let body: Value = response.json().await.unwrap();
    assert_eq!(status, 201, "{body}");
    assert!(body["rows"].as_u64().unwrap() > 1_000_000, "{body}");
    let grown_mib = (server.status_kib("VmHWM:") - before) / 1024;
    assert!(
        grown_mib < 24,
        "the server's peak memory grew by {grown_mib} MiB for a 40 MiB upload"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn uploads_past_the_concurrency_limit_are_503_with_retry_after() {
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = limited(dir.path());
    cfg.max_concurrent_uploads = 1;
    let server = Server::start_with(cfg).await;
    // The first upload sends its header, then waits.
    let (release, wait) = tokio::sync::oneshot::channel::<()>();
    let slow =
        futures_util::stream::once(async { Ok::<_, std::io::Error>("a,b\n1,2\n".to_string()) })
            .chain(futures_util::stream::once(async move {
                let _ = wait.await;
                Ok("3,4\n".to_string())
            }));
    let part =
        reqwest::multipart::Part::stream(reqwest::Body::wrap_stream(slow)).file_name("slow.csv");
    let first = tokio::spawn(
        server
            .post("alice", "/api/data/upload")
            .multipart(reqwest::multipart::Form::new().part("file", part))
            .send(),
    );
    // Wait until the first upload holds its slot.
    let deadline = Instant::now() + Duration::from_secs(10);
    let refused = loop {
        let (status, body) = server
            .upload_bytes("alice", "second.csv", b"x\n1\n".to_vec(), None)
            .await;
        if status == 503 {
            break body;
        }
        assert!(Instant::now() < deadline, "never refused: {status} {body}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert_eq!(refused["error"]["code"], "busy", "{refused}");
    assert!(
        refused["error"]["message"]
            .as_str()
            .unwrap()
            .contains("--max-concurrent-uploads")
    );
    release.send(()).unwrap();
    let first = first.await.unwrap().unwrap();
    assert_eq!(first.status(), 201);
    let (status, body) = server
        .upload_bytes("alice", "third.csv", b"x\n1\n".to_vec(), None)
        .await;
    assert_eq!(status, 201, "{body}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_key_without_an_audience_is_warned_about_at_start() {
    let tmp = tempfile::tempdir().unwrap();
    let key =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rs256-public.pem");
    let key = key.to_str().unwrap();
    let mut server = Process::start(
        &tmp.path().join("data"),
        tmp.path(),
        Options {
            args: vec!["--jwt-public-key", key, "--jwt-algorithm", "RS256"],
            no_secret: true,
            ..Options::default()
        },
    );
    server.stop();
    let log = server.log_text();
    assert!(log.contains("--jwt-audience"), "{log}");
    // With an audience, no warning.
    let mut server = Process::start(
        &tmp.path().join("data2"),
        tmp.path(),
        Options {
            args: vec![
                "--jwt-public-key",
                key,
                "--jwt-algorithm",
                "RS256",
                "--jwt-audience",
                "blinq",
            ],
            no_secret: true,
            ..Options::default()
        },
    );
    server.stop();
    assert!(!server.log_text().contains("--jwt-audience"));
}

#[tokio::test(flavor = "multi_thread")]
async fn sql_with_a_trailing_comma_runs_as_polars_reads_it() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let id = server.upload_fixture("alice", "penguins.csv").await;
    let (status, body) = server
        .query(
            "alice",
            json!(id),
            "select species, count(*) as n, from data group by species order by species",
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body["rows"],
        json!([["Adelie", 152], ["Chinstrap", 68], ["Gentoo", 124]])
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_query_reads_fixture_files_only_through_the_sandbox() {
    // The sandbox still refuses file access after the worker split.
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let id = server.upload_fixture("alice", "penguins.csv").await;
    let path = fixture("penguins.csv");
    let (status, body) = server
        .query(
            "alice",
            json!(id),
            &format!("select * from read_csv('{}')", path.display()),
        )
        .await;
    assert_error(status, &body, 403, "sandbox", "read_csv");
    server.stop().await;
}
