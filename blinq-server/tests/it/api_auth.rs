//! Tokens: missing, malformed, expired, wrongly signed, `alg: none`, audience and issuer.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::common::{SECRET, Server, assert_error, b64url, config};
use jsonwebtoken::{EncodingKey, Header, encode};
use serde_json::{Value, json};

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn sign(claims: &Value, secret: &str) -> String {
    encode(
        &Header::default(),
        claims,
        &EncodingKey::from_secret(secret.as_bytes()),
    )
    .unwrap()
}

async fn call(server: &Server, auth: Option<String>) -> (u16, Option<String>, Value) {
    let mut request = server.client.get(server.url("/api/data"));
    if let Some(auth) = auth {
        request = request.header("authorization", auth);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let www = response
        .headers()
        .get("www-authenticate")
        .map(|v| v.to_str().unwrap().to_string());
    (status, www, response.json().await.unwrap())
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_tokens_are_401_with_www_authenticate() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let valid = sign(&json!({"sub": "alice", "exp": now() + 600}), SECRET);
    let (status, _, body) = call(&server, Some(format!("Bearer {valid}"))).await;
    assert_eq!(status, 200, "{body}");

    let payload = b64url(
        json!({"sub": "alice", "exp": now() + 600})
            .to_string()
            .as_bytes(),
    );
    let none_alg = format!("{}.{payload}.", b64url(br#"{"alg":"none","typ":"JWT"}"#));
    let cases = [
        (None, "missing"),
        (Some("Basic YWxpY2U6cHc=".to_string()), "bearer"),
        (Some("Bearer not.a.jwt".to_string()), "malformed"),
        (
            Some(format!(
                "Bearer {}",
                sign(&json!({"sub": "alice", "exp": now() - 3600}), SECRET)
            )),
            "expired",
        ),
        (
            Some(format!(
                "Bearer {}",
                sign(
                    &json!({"sub": "alice", "exp": now() + 600}),
                    "another-secret-0123456789"
                )
            )),
            "signature",
        ),
        (Some(format!("Bearer {none_alg}")), "token"),
        (
            Some(format!("Bearer {}", sign(&json!({"sub": "alice"}), SECRET))),
            "exp",
        ),
    ];
    for (auth, needle) in cases {
        let (status, www, body) = call(&server, auth.clone()).await;
        assert_error(status, &body, 401, "unauthorized", needle);
        assert!(www.unwrap().starts_with("Bearer"), "{auth:?}");
    }
    // Liveness needs no token.
    let response = server
        .client
        .get(server.url("/health"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn audience_and_issuer_are_checked_when_configured() {
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = config(dir.path());
    cfg.auth.jwt_audience = Some("blinq-api".into());
    cfg.auth.jwt_issuer = Some("https://id.example".into());
    let server = Server::start_with(cfg).await;
    let good =
        json!({"sub": "a", "exp": now() + 600, "aud": "blinq-api", "iss": "https://id.example"});
    let (status, _, body) = call(&server, Some(format!("Bearer {}", sign(&good, SECRET)))).await;
    assert_eq!(status, 200, "{body}");
    // The server's own minted tokens carry both.
    let (status, _, _) = call(&server, Some(format!("Bearer {}", server.token("a")))).await;
    assert_eq!(status, 200);
    let wrong_aud =
        json!({"sub": "a", "exp": now() + 600, "aud": "other", "iss": "https://id.example"});
    let (status, _, body) = call(
        &server,
        Some(format!("Bearer {}", sign(&wrong_aud, SECRET))),
    )
    .await;
    assert_error(status, &body, 401, "unauthorized", "audience");
    let wrong_iss =
        json!({"sub": "a", "exp": now() + 600, "aud": "blinq-api", "iss": "https://evil.example"});
    let (status, _, body) = call(
        &server,
        Some(format!("Bearer {}", sign(&wrong_iss, SECRET))),
    )
    .await;
    assert_error(status, &body, 401, "unauthorized", "issuer");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_generated_secret_persists_and_signs_the_local_token() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = blinq_server::ServeArgs::for_data_dir(dir.path());
    let app = blinq_server::App::new(cfg.clone()).unwrap();
    let token = app
        .local_token()
        .unwrap()
        .expect("a token when no key is configured");
    let secret = std::fs::read_to_string(dir.path().join(blinq_server::auth::SECRET_FILE)).unwrap();
    assert_eq!(secret.trim().len(), 64);
    drop(app);
    // A second start reuses the secret: the first token still verifies.
    let server = Server::start_with(cfg).await;
    let (status, _, body) = call(&server, Some(format!("Bearer {token}"))).await;
    assert_eq!(status, 200, "{body}");
    let (status, _, _) = call(
        &server,
        Some(format!(
            "Bearer {}",
            sign(&json!({"sub": "x", "exp": now() + 60}), SECRET)
        )),
    )
    .await;
    assert_eq!(status, 401);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn not_before_is_enforced_with_the_same_leeway_as_expiry() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    // A day ahead: not valid yet.
    let later = json!({"sub": "a", "exp": now() + 2 * 86_400, "nbf": now() + 86_400});
    let (status, _, body) = call(&server, Some(format!("Bearer {}", sign(&later, SECRET)))).await;
    assert_error(status, &body, 401, "unauthorized", "not valid yet");
    // Within the 60 s leeway (clocks drift): accepted, as `exp` is.
    let soon = json!({"sub": "a", "exp": now() + 600, "nbf": now() + 30});
    let (status, _, body) = call(&server, Some(format!("Bearer {}", sign(&soon, SECRET)))).await;
    assert_eq!(status, 200, "{body}");
    let past = json!({"sub": "a", "exp": now() + 600, "nbf": now() - 30});
    let (status, _, body) = call(&server, Some(format!("Bearer {}", sign(&past, SECRET)))).await;
    assert_eq!(status, 200, "{body}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_audience_may_be_a_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = config(dir.path());
    cfg.auth.jwt_audience = Some("blinq-api".into());
    let server = Server::start_with(cfg).await;
    let listed = json!({"sub": "a", "exp": now() + 600, "aud": ["billing", "blinq-api"]});
    let (status, _, body) = call(&server, Some(format!("Bearer {}", sign(&listed, SECRET)))).await;
    assert_eq!(status, 200, "{body}");
    let others = json!({"sub": "a", "exp": now() + 600, "aud": ["billing", "mail"]});
    let (status, _, body) = call(&server, Some(format!("Bearer {}", sign(&others, SECRET)))).await;
    assert_error(status, &body, 401, "unauthorized", "audience");
    server.stop().await;
    // With no audience configured, a listed audience is no longer "malformed".
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let (status, _, body) = call(&server, Some(format!("Bearer {}", sign(&listed, SECRET)))).await;
    assert_eq!(status, 200, "{body}");
    server.stop().await;
}
