//! Tokens from an identity provider: RS256 and ES256 verified with a public key file, the
//! algorithm pinned (no HS256-with-the-public-key confusion, no `none`). The key pairs in
//! `tests/fixtures/` were made with `openssl` for these tests only.

use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::common::{Server, assert_error, b64url, config};
use blinq_server::config::JwtAlgorithm;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{Value, json};

fn key(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn pem(name: &str) -> Vec<u8> {
    std::fs::read(key(name)).unwrap()
}

fn claims(sub: &str) -> Value {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    json!({"sub": sub, "exp": now + 600})
}

fn sign(algorithm: Algorithm, key: &EncodingKey, sub: &str) -> String {
    jsonwebtoken::encode(&Header::new(algorithm), &claims(sub), key).unwrap()
}

async fn start(public_key: &str, algorithm: JwtAlgorithm) -> (Server, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = config(dir.path());
    cfg.auth.jwt_secret = None;
    cfg.auth.jwt_public_key = Some(key(public_key));
    cfg.auth.jwt_algorithm = Some(algorithm);
    (Server::start_with(cfg).await, dir)
}

async fn list(server: &Server, token: &str) -> (u16, Value) {
    let response = server
        .client
        .get(server.url("/api/data"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test(flavor = "multi_thread")]
async fn es256_tokens_verify_with_the_public_key_and_nothing_else() {
    let (server, _dir) = start("es256-public.pem", JwtAlgorithm::Es256).await;
    let good = EncodingKey::from_ec_pem(&pem("es256-private.pem")).unwrap();
    let (status, body) = list(&server, &sign(Algorithm::ES256, &good, "alice")).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["datasets"], json!([]));

    // Another key pair's signature.
    let other = EncodingKey::from_ec_pem(&pem("es256-other-private.pem")).unwrap();
    let (status, body) = list(&server, &sign(Algorithm::ES256, &other, "alice")).await;
    assert_error(status, &body, 401, "unauthorized", "");

    // Algorithm confusion: HS256 keyed with the (public) PEM bytes.
    let confused = EncodingKey::from_secret(&pem("es256-public.pem"));
    let (status, body) = list(&server, &sign(Algorithm::HS256, &confused, "alice")).await;
    assert_error(status, &body, 401, "unauthorized", "");

    // `alg: none`, unsigned.
    let b64 = |v: &Value| b64url(v.to_string().as_bytes());
    let none = format!(
        "{}.{}.",
        b64(&json!({"alg": "none", "typ": "JWT"})),
        b64(&claims("alice"))
    );
    let (status, body) = list(&server, &none).await;
    assert_error(status, &body, 401, "unauthorized", "");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn rs256_tokens_verify_and_the_algorithm_is_pinned() {
    let (server, _dir) = start("rs256-public.pem", JwtAlgorithm::Rs256).await;
    let rsa = EncodingKey::from_rsa_pem(&pem("rs256-private.pem")).unwrap();
    let (status, body) = list(&server, &sign(Algorithm::RS256, &rsa, "bob")).await;
    assert_eq!(status, 200, "{body}");
    // A valid ES256 token is still refused: the server takes RS256 only.
    let ec = EncodingKey::from_ec_pem(&pem("es256-private.pem")).unwrap();
    let (status, body) = list(&server, &sign(Algorithm::ES256, &ec, "bob")).await;
    assert_error(status, &body, 401, "unauthorized", "");
    server.stop().await;
}

#[test]
fn a_key_that_does_not_match_the_algorithm_is_a_clear_start_up_error() {
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = config(dir.path());
    cfg.auth.jwt_secret = None;
    cfg.auth.jwt_public_key = Some(key("rs256-public.pem"));
    cfg.auth.jwt_algorithm = Some(JwtAlgorithm::Es256);
    let err = blinq_server::App::new(cfg).unwrap_err().to_string();
    assert!(err.contains("rs256-public.pem"), "{err}");
    assert!(err.contains("not a usable public key"), "{err}");
}
