//! Every error path answers a structured `{error: {code, message}}` with the right status.

use crate::common::{Server, assert_error, config};
use serde_json::{Value, json};

async fn status_body(response: reqwest::Response) -> (u16, Value) {
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_files_are_400_with_the_parsers_message() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let (status, body) = server
        .upload_bytes(
            "alice",
            "broken.parquet",
            b"PAR1 not really parquet".to_vec(),
            None,
        )
        .await;
    assert_error(status, &body, 400, "parse", "broken.parquet");
    let (status, body) = server
        .upload_bytes(
            "alice",
            "broken.json",
            b"[{\"a\": 1}, {\"a\": ".to_vec(),
            None,
        )
        .await;
    assert_error(status, &body, 400, "parse", "broken.json");
    let (status, body) = server
        .upload_bytes("alice", "empty.csv", Vec::new(), None)
        .await;
    assert_error(status, &body, 400, "parse", "empty");
    // A form without `file`.
    let form = reqwest::multipart::Form::new().text("name", "x");
    let (status, body) = status_body(
        server
            .post("alice", "/api/data/upload")
            .multipart(form)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_error(status, &body, 400, "bad_request", "file");
    // Nothing was stored by the failures.
    let list: Value = server.get_json("alice", "/api/data").await;
    assert!(list["datasets"].as_array().unwrap().is_empty());
    let stored = std::fs::read_dir(dir.path().join("datasets"))
        .unwrap()
        .count();
    assert_eq!(stored, 0);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn uploads_over_the_limit_are_413() {
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = config(dir.path());
    cfg.max_upload_mb = 1;
    let server = Server::start_with(cfg).await;
    let mut big = b"a,b\n".to_vec();
    while big.len() <= 1024 * 1024 + 10 {
        big.extend_from_slice(b"12345,67890\n");
    }
    let (status, body) = server.upload_bytes("alice", "big.csv", big, None).await;
    assert_error(status, &body, 413, "too_large", "limit of 1 MiB");
    // A streamed body without a length hits the same limit while reading.
    let reader = std::io::Cursor::new(b"12345,67890\n".repeat(120_000));
    let stream = tokio_util::io::ReaderStream::with_capacity(reader, 16 * 1024);
    let part =
        reqwest::multipart::Part::stream(reqwest::Body::wrap_stream(stream)).file_name("s.csv");
    let form = reqwest::multipart::Form::new().part("file", part);
    let response = server
        .post("alice", "/api/data/upload")
        .multipart(form)
        .send()
        .await
        .expect("the refused body is read to its end, so the client reads the answer");
    // The server says it closes the connection after an error to a request with a body.
    assert_eq!(response.headers()["connection"], "close");
    let (status, body) = status_body(response).await;
    assert_error(status, &body, 413, "too_large", "limit of 1 MiB");
    // A client that writes the whole body before reading (Python's `requests`, curl) reads
    // the 413 too: the server reads a refused body to its end before closing, where closing
    // with bytes unread would reset the connection under the client's writes.
    let mut form =
        b"--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.csv\"\r\n\r\n"
            .to_vec();
    form.extend_from_slice(&b"12345,67890\n".repeat(700_000));
    form.extend_from_slice(b"\r\n--x--\r\n");
    let answer = raw_request(&server, &upload_head(&server, form.len() as u64), &form).await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("too_large"), "{answer}");
    // A declared length far past the limit is answered at once, before any body is sent.
    let answer = raw_request(&server, &upload_head(&server, 1 << 40), b"").await;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("too_large"), "{answer}");
    let list: Value = server.get_json("alice", "/api/data").await;
    assert!(list["datasets"].as_array().unwrap().is_empty(), "{list}");
    // A small one still works.
    let (status, _) = server
        .upload_bytes("alice", "small.csv", b"a,b\n1,2\n".to_vec(), None)
        .await;
    assert_eq!(status, 201);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_sql_and_sandbox_escapes_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let id = server.upload_fixture("alice", "penguins.csv").await;
    let other = server.upload_fixture("bob", "airlines.csv").await;

    let (status, body) = server
        .query("alice", json!(id), "selec species from data")
        .await;
    assert_eq!(status, 400, "{body}");
    let (status, body) = server
        .query("alice", json!(id), "select specis from data")
        .await;
    assert_error(status, &body, 400, "schema", "species");
    for escape in [
        "select * from read_csv('/etc/passwd')",
        "select * from read_parquet('/tmp/x.parquet')",
        "drop table data",
        "select 1; select 2",
        "select * from airlines",
        "copy data to '/tmp/out.csv'",
    ] {
        let (status, body) = server.query("alice", json!(id), escape).await;
        assert_eq!(status, 403, "{escape}: {body}");
        assert_eq!(body["error"]["code"], "sandbox", "{escape}: {body}");
    }
    // Naming another user's dataset is the same 404 as a missing one.
    let (status, body) = server
        .query("alice", json!([id, other]), "select * from airlines")
        .await;
    assert_error(status, &body, 404, "not_found", &other);
    let (status, body) = server.query("alice", json!("no-such-id"), "select 1").await;
    assert_error(status, &body, 404, "not_found", "no-such-id");
    let (status, body) = status_body(
        server
            .get("alice", &format!("/api/data/{other}"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_error(status, &body, 404, "not_found", "no dataset");
    let (status, _) = status_body(
        server
            .delete("alice", &format!("/api/data/{other}"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 404);
    // Bob still has it.
    let (status, body) = server
        .query("bob", json!(other), "select count(*) as n from data")
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["rows"], json!([[16]]));
    // Malformed JSON bodies are structured 4xx too.
    let response = server
        .post("alice", "/api/data/query")
        .header("content-type", "application/json")
        .body("{\"dataset\": ")
        .send()
        .await
        .unwrap();
    let (status, body) = status_body(response).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"]["code"], "bad_request");
    let (status, body) = status_body(
        server
            .get("alice", "/api/nothing-here")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_error(status, &body, 404, "not_found", "no such route");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_query_over_its_time_limit_is_408() {
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = config(dir.path());
    cfg.query_timeout_secs = 1;
    let server = Server::start_with(cfg).await;
    let id = server.upload_fixture("alice", "flights_3000.csv").await;
    let started = std::time::Instant::now();
    // 3000^2 = 9e6 concatenated keys, grouped (millions of groups) and sorted: seconds of work.
    let sql = "select a.tailnum || b.tailnum || a.dest as k, count(*) as n from data a cross join data b \
               group by k order by n desc, k";
    let (status, body) = server.query("alice", json!(id), sql).await;
    assert_error(status, &body, 408, "timeout", "time limit");
    assert!(started.elapsed().as_secs() < 20, "cancelled promptly");
    // The server still answers.
    let (status, _) = server
        .query("alice", json!(id), "select count(*) from data")
        .await;
    assert_eq!(status, 200);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_internal_error_names_a_request_id_and_keeps_its_details_in_the_log() {
    use crate::common::process::{Options, Process};
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut server = Process::start(&data, tmp.path(), Options::default());
    let token = server.token("alice");
    let id = server
        .upload_ok(&token, "t.csv", b"a,b\n1,2\n".to_vec())
        .await;
    // The dataset's file disappears behind the server's back (a broken disk, a person).
    std::fs::remove_file(data.join(format!("datasets/{id}.parquet"))).unwrap();
    // A fresh worker has nothing cached: restart so the file must be read.
    server.stop();
    let server = Process::start(&data, tmp.path(), Options::default());
    let response = server
        .client
        .post(server.url("/api/data/query"))
        .bearer_auth(&token)
        .header("x-request-id", "report-42")
        .json(&json!({"dataset": id, "sql": "select * from data"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 500);
    assert_eq!(response.headers()["x-request-id"], "report-42");
    let body: Value = response.json().await.unwrap();
    assert_error(500, &body, 500, "internal", "request id report-42");
    let message = body["error"]["message"].as_str().unwrap();
    assert!(!message.contains("parquet") && !message.contains(&*data.to_string_lossy()));
    // The log has the details under that id.
    let log = server.log_text();
    let line = log
        .lines()
        .find(|l| l.contains("report-42"))
        .unwrap_or_else(|| panic!("no log line for the request: {log}"));
    assert!(line.contains(&format!("{id}.parquet")), "{line}");
    // Every response carries an id, generated when the client sent none.
    let health = server
        .client
        .get(server.url("/health"))
        .send()
        .await
        .unwrap();
    assert_eq!(health.headers()["x-request-id"].len(), 32);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_frameworks_own_refusals_have_the_api_error_shape() {
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = config(dir.path());
    cfg.request_timeout_secs = 1;
    // Datasets are scanned, not cached loaded, so a query streams in bounded memory.
    cfg.dataset_cache_mb = Some(0);
    let server = Server::start_with(cfg).await;
    // Malformed JSON, and JSON of the wrong shape.
    let (status, body) = status_body(
        server
            .post("alice", "/api/data/query")
            .header("content-type", "application/json")
            .body("{\"dataset\": ")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (400, Some("bad_request")),
        "{body}"
    );
    let (status, body) = status_body(
        server
            .post("alice", "/api/plots")
            .json(&json!({"dataset": 3}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_error(status, &body, 400, "bad_request", "dataset");
    // A route that exists, with the wrong method; one that does not exist.
    let (status, body) =
        status_body(server.delete("alice", "/api/data").send().await.unwrap()).await;
    assert_error(status, &body, 405, "method_not_allowed", "method");
    let (status, body) =
        status_body(server.get("alice", "/api/nothing").send().await.unwrap()).await;
    assert_error(status, &body, 404, "not_found", "no such route");
    // A request over --request-timeout-secs (here 1 s; the query limit is 30 s).
    let id = server.upload_fixture("alice", "penguins.csv").await;
    let (status, body) = server
        .query(
            "alice",
            json!(id),
            // 344^4 rows of products, streamed: minutes of work on any machine (344^3 rows,
            // loaded, can end within 1 s).
            "select sum(a.body_mass_g * b.flipper_length_mm * c.bill_depth_mm * d.bill_length_mm) \
             from data a, data b, data c, data d",
        )
        .await;
    assert_error(status, &body, 408, "timeout", "--request-timeout-secs");
    server.stop().await;
}

/// The head of an upload of `length` bytes of form by alice.
fn upload_head(server: &Server, length: u64) -> String {
    format!(
        "POST /api/data/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {}\r\n\
         Content-Type: multipart/form-data; boundary=x\r\nContent-Length: {length}\r\n\r\n",
        server.token("alice")
    )
}

/// Send `head` and `body` on a new connection, then read the answer until the server closes
/// the connection.
async fn raw_request(server: &Server, head: &str, body: &[u8]) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let address = server.base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    stream.write_all(head.as_bytes()).await.unwrap();
    stream
        .write_all(body)
        .await
        .expect("the server reads the whole body");
    let mut answer = Vec::new();
    tokio::time::timeout(
        std::time::Duration::from_secs(10),
        stream.read_to_end(&mut answer),
    )
    .await
    .expect("the server closes the connection after the 413")
    .expect("the connection closes cleanly, not reset");
    String::from_utf8_lossy(&answer).into_owned()
}
