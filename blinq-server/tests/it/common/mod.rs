//! A real server on a free loopback port with a temporary data directory, and a client.
#![allow(dead_code)]

pub mod postgres;
pub mod process;
pub mod s3;

use std::path::{Path, PathBuf};
use std::time::Duration;

use blinq_server::auth::Auth;
use blinq_server::{App, ServeArgs};
use reqwest::multipart::{Form, Part};
use serde_json::Value;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// The HS256 secret the tests sign with.
pub const SECRET: &str = "test-secret-0123456789abcdef";

/// A running server.
pub struct Server {
    pub base: String,
    pub data_dir: PathBuf,
    pub client: reqwest::Client,
    /// The server's notifier (to publish events directly in tests).
    pub notifier: blinq_server::notify::Notifier,
    /// The server's result cache (to see what it holds).
    pub results: std::sync::Arc<blinq_server::result_cache::ResultCache>,
    auth: Auth,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

/// A free TCP port on 127.0.0.1 (free when asked: bind it soon).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A fixture file of blinq-core's tests.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../blinq-core/tests/fixtures")
        .join(name)
}

/// Defaults for a test server in `dir`, signing with [`SECRET`].
pub fn config(dir: &Path) -> ServeArgs {
    let mut config = ServeArgs::for_data_dir(dir);
    config.auth.jwt_secret = Some(SECRET.into());
    // The test binary is not `blinq`: the workers are the real binary built beside it.
    config.worker_program = Some(env!("CARGO_BIN_EXE_blinq").into());
    config
}

impl Server {
    /// Start with the test defaults in `dir`.
    pub async fn start(dir: &Path) -> Server {
        Server::start_with(config(dir)).await
    }

    /// Start with `config`.
    pub async fn start_with(config: ServeArgs) -> Server {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let data_dir = config.auth.data_dir.clone();
        let auth = Auth::from_args(&config.auth).unwrap();
        let app = App::new(config).unwrap();
        let notifier = app.state().notifier.clone();
        let results = app.state().results.clone();
        let (tx, rx) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            app.serve(listener, async {
                let _ = rx.await;
            })
            .await
            .unwrap();
        });
        Server {
            base: format!("http://{addr}"),
            data_dir,
            client: reqwest::Client::new(),
            notifier,
            results,
            auth,
            stop: Some(tx),
            task: Some(task),
        }
    }

    /// Stop gracefully and wait until the server has finished.
    pub async fn stop(mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            tokio::time::timeout(Duration::from_secs(30), task)
                .await
                .unwrap()
                .unwrap();
        }
    }

    /// A valid one-hour token for `sub`.
    pub fn token(&self, sub: &str) -> String {
        self.auth.mint(sub, Duration::from_secs(3600)).unwrap()
    }

    /// A token for `sub` valid for `ttl`.
    pub fn token_for(&self, sub: &str, ttl: Duration) -> String {
        self.auth.mint(sub, ttl).unwrap()
    }

    /// The WebSocket URL of `path` (`ws://...`).
    pub fn ws_url(&self, path: &str) -> String {
        format!("{}{path}", self.base.replacen("http://", "ws://", 1))
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn get(&self, user: &str, path: &str) -> reqwest::RequestBuilder {
        self.client
            .get(self.url(path))
            .bearer_auth(self.token(user))
    }

    /// GET `path` as `user` and read the JSON body (any status).
    pub async fn get_json(&self, user: &str, path: &str) -> Value {
        self.get(user, path)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    pub fn post(&self, user: &str, path: &str) -> reqwest::RequestBuilder {
        self.client
            .post(self.url(path))
            .bearer_auth(self.token(user))
    }

    pub fn put(&self, user: &str, path: &str) -> reqwest::RequestBuilder {
        self.client
            .put(self.url(path))
            .bearer_auth(self.token(user))
    }

    pub fn delete(&self, user: &str, path: &str) -> reqwest::RequestBuilder {
        self.client
            .delete(self.url(path))
            .bearer_auth(self.token(user))
    }

    /// Upload `bytes` as `file_name` for `user`; returns the status and JSON body.
    pub async fn upload_bytes(
        &self,
        user: &str,
        file_name: &str,
        bytes: Vec<u8>,
        name: Option<&str>,
    ) -> (u16, Value) {
        let mut form =
            Form::new().part("file", Part::bytes(bytes).file_name(file_name.to_string()));
        if let Some(name) = name {
            form = form.text("name", name.to_string());
        }
        let response = self
            .post(user, "/api/data/upload")
            .multipart(form)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap())
    }

    /// Upload a fixture for `user`, asserting 201; returns the new dataset id.
    pub async fn upload_fixture(&self, user: &str, fixture_name: &str) -> String {
        let bytes = std::fs::read(fixture(fixture_name)).unwrap();
        let (status, body) = self.upload_bytes(user, fixture_name, bytes, None).await;
        assert_eq!(status, 201, "{body}");
        body["id"].as_str().unwrap().to_string()
    }

    /// POST a JSON query for `user`; returns the status and JSON body.
    pub async fn query(&self, user: &str, dataset: Value, sql: &str) -> (u16, Value) {
        let response = self
            .post(user, "/api/data/query")
            .json(&serde_json::json!({"dataset": dataset, "sql": sql}))
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap())
    }
}

/// Assert a structured error: the status, the code, and a message containing `needle`.
pub fn assert_error(status: u16, body: &Value, want_status: u16, code: &str, needle: &str) {
    assert_eq!(status, want_status, "{body}");
    assert_eq!(body["error"]["code"], code, "{body}");
    let message = body["error"]["message"].as_str().unwrap();
    assert!(
        message.to_lowercase().contains(&needle.to_lowercase()),
        "{message:?} should mention {needle:?}"
    );
}

/// base64url without padding, written out here so token tests don't trust the crate under
/// test to build the tokens that attack it.
pub fn b64url(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(ABC[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}
