//! Liveness, readiness, the OpenAPI document, CORS and gzip.

use crate::common::{Server, config};
use serde_json::Value;

#[tokio::test(flavor = "multi_thread")]
async fn health_ready_and_openapi_need_no_token() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    for path in ["/health", "/ready"] {
        let body: Value = server
            .client
            .get(server.url(path))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(body["status"], "ok", "{path}");
    }
    let doc: Value = server
        .client
        .get(server.url("/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in [
        "/api/data/upload",
        "/api/data/query",
        "/api/data/{id}",
        "/api/plots",
        "/api/plots/{id}",
        "/api/analysis",
    ] {
        assert!(
            doc["paths"].get(path).is_some(),
            "{path} missing from the OpenAPI document"
        );
    }
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    // The interactive chart: `?include=vega_lite` and the spec's URL are documented.
    for (path, method) in [
        ("/api/plots", "post"),
        ("/api/plots/{id}", "get"),
        ("/api/analysis", "post"),
    ] {
        let params = doc["paths"][path][method]["parameters"].as_array().unwrap();
        assert!(
            params.iter().any(|p| p["name"] == "include"),
            "{method} {path}: {params:?}"
        );
    }
    let info = &doc["components"]["schemas"]["PlotInfo"]["properties"];
    assert!(info.get("vl_url").is_some() && info.get("vega_lite").is_some());
    // Readiness fails when the data directory stops being writable.
    let datasets = dir.path().join("datasets");
    std::fs::remove_dir_all(&datasets).unwrap();
    std::fs::write(&datasets, b"not a directory").unwrap();
    let response = server
        .client
        .get(server.url("/ready"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 503);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "unavailable");
    let (status, body) = server
        .upload_bytes("a", "x.csv", b"a\n1\n".to_vec(), None)
        .await;
    assert_eq!(status, 500, "{body}");
    assert_eq!(body["error"]["code"], "internal");
    let list: Value = server.get_json("a", "/api/data").await;
    assert!(list["datasets"].as_array().unwrap().is_empty());
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn gzip_and_cors_when_configured() {
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = config(dir.path());
    cfg.cors_origins = vec!["http://app.example".into()];
    let server = Server::start_with(cfg).await;
    let id = server.upload_fixture("a", "flights_3000.csv").await;
    let response = server
        .get("a", &format!("/api/data/{id}"))
        .header("accept-encoding", "gzip")
        .header("origin", "http://app.example")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-encoding"], "gzip");
    assert_eq!(
        response.headers()["access-control-allow-origin"],
        "http://app.example"
    );
    // Without configuration there is no CORS header.
    let dir2 = tempfile::tempdir().unwrap();
    let plain = Server::start(dir2.path()).await;
    let response = plain
        .client
        .get(plain.url("/health"))
        .header("origin", "http://app.example")
        .send()
        .await
        .unwrap();
    assert!(
        response
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );
    server.stop().await;
    plain.stop().await;
}
