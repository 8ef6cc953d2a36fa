//! `blinq serve` as a process: SIGTERM during an upload lets that upload finish and be
//! acknowledged, then the process exits cleanly, and a restart finds the dataset.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::free_port;

const SECRET: &str = "shutdown-test-secret-0123456789";

fn blinq() -> Command {
    Command::new(env!("CARGO_BIN_EXE_blinq"))
}

fn start(dir: &Path, port: u16) -> Child {
    blinq()
        .args(["serve", "--host", "127.0.0.1", "--port", &port.to_string()])
        .arg("--data-dir")
        .arg(dir)
        .args(["--jwt-secret", SECRET])
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start blinq serve")
}

async fn wait_ready(client: &reqwest::Client, base: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if let Ok(r) = client.get(format!("{base}/health")).send().await
            && r.status() == 200
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("server at {base} did not become healthy");
}

fn token(dir: &Path) -> String {
    let out = blinq()
        .args([
            "token",
            "--sub",
            "alice",
            "--ttl",
            "1h",
            "--jwt-secret",
            SECRET,
        ])
        .arg("--data-dir")
        .arg(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

fn wait_exit(child: &mut Child, within: Duration) -> std::process::ExitStatus {
    let deadline = Instant::now() + within;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("server did not exit within {within:?} of SIGTERM");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn sigterm_finishes_the_upload_in_flight() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut server = start(dir.path(), port);
    let client = reqwest::Client::new();
    wait_ready(&client, &base).await;
    let token = token(dir.path());

    // The body arrives in 8 slices, 200 ms apart; SIGTERM comes after the first one.
    let csv = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../blinq-core/tests/fixtures/penguins.csv"),
    )
    .unwrap();
    let size = csv.len() as u64;
    let slices: Vec<Vec<u8>> = csv
        .chunks(csv.len().div_ceil(8))
        .map(<[u8]>::to_vec)
        .collect();
    let (first_sent, first_rx) = tokio::sync::oneshot::channel::<()>();
    let mut first_sent = Some(first_sent);
    let stream = async_stream(slices, move |i| {
        if i == 1
            && let Some(tx) = first_sent.take()
        {
            let _ = tx.send(());
        }
    });
    let part =
        reqwest::multipart::Part::stream_with_length(reqwest::Body::wrap_stream(stream), size)
            .file_name("penguins.csv");
    let form = reqwest::multipart::Form::new().part("file", part);
    let upload = tokio::spawn({
        let client = client.clone();
        let url = format!("{base}/api/data/upload");
        let token = token.clone();
        async move {
            client
                .post(url)
                .bearer_auth(token)
                .multipart(form)
                .send()
                .await
        }
    });

    first_rx.await.unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let kill = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());

    let response = upload
        .await
        .unwrap()
        .expect("the upload in flight is answered");
    assert_eq!(response.status(), 201);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["rows"], 344);
    let id = body["id"].as_str().unwrap().to_string();

    let status =
        tokio::task::spawn_blocking(move || wait_exit(&mut server, Duration::from_secs(30)))
            .await
            .unwrap();
    assert!(status.success(), "exit status after SIGTERM: {status}");

    // Acknowledged means durable: a new process on the same data dir lists it.
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut server = start(dir.path(), port);
    wait_ready(&client, &base).await;
    let list: Value = client
        .get(format!("{base}/api/data"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["datasets"][0]["id"], id.as_str());
    assert_eq!(list["datasets"][0]["rows"], 344);
    let _ = server.kill();
    let _ = server.wait();
}

/// A byte stream of `slices`, one every 200 ms, calling `on_slice(i)` before slice `i`.
fn async_stream(
    slices: Vec<Vec<u8>>,
    on_slice: impl FnMut(usize) + Send + 'static,
) -> impl futures_util::Stream<Item = Result<Vec<u8>, std::io::Error>> + Send + 'static {
    futures_util::stream::unfold(
        (slices.into_iter().enumerate(), on_slice),
        |(mut slices, mut on_slice)| async move {
            let (i, slice) = slices.next()?;
            if i > 0 {
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            on_slice(i);
            Some((Ok(slice), (slices, on_slice)))
        },
    )
}
