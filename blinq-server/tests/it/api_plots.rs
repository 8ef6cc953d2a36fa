//! Plots: create from a spec, fetch the metadata and images, list, delete.

use crate::common::{Server, assert_error};
use serde_json::{Value, json};

async fn status_body(response: reqwest::Response) -> (u16, Value) {
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

#[tokio::test(flavor = "multi_thread")]
async fn create_fetch_list_and_delete_a_plot() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let id = server.upload_fixture("alice", "flights_3000.csv").await;
    let spec = json!({"kind": "bar", "x": "carrier", "y": "dep_delay", "aggregate": "mean", "title": "Delay by carrier"});
    let response = server
        .post("alice", "/api/plots")
        .json(&json!({"dataset": id, "spec": spec}))
        .send()
        .await
        .unwrap();
    let (status, plot) = status_body(response).await;
    assert_eq!(status, 201, "{plot}");
    let plot_id = plot["id"].as_str().unwrap();
    assert_eq!(plot["png_url"], format!("/api/plots/{plot_id}.png"));
    assert_eq!(plot["svg_url"], format!("/api/plots/{plot_id}.svg"));
    assert_eq!(plot["dataset"], id.as_str());
    assert_eq!(plot["spec"]["kind"], "bar");
    assert_eq!(plot["spec"]["title"], "Delay by carrier");
    assert!(plot["created_at"].as_str().unwrap().contains('T'));

    let png = server
        .get("alice", plot["png_url"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(png.status(), 200);
    assert_eq!(png.headers()["content-type"], "image/png");
    let bytes = png.bytes().await.unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    let svg = server
        .get("alice", plot["svg_url"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(svg.headers()["content-type"], "image/svg+xml");
    let text = svg.text().await.unwrap();
    assert!(text.contains("<svg") && text.contains("Delay by carrier"));

    let (status, meta) = status_body(
        server
            .get("alice", &format!("/api/plots/{plot_id}"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(meta["id"], plot["id"]);
    let (_, list) = status_body(server.get("alice", "/api/plots").send().await.unwrap()).await;
    assert_eq!(list["plots"].as_array().unwrap().len(), 1);

    // Another user sees none of it.
    let (status, body) = status_body(
        server
            .get("bob", &format!("/api/plots/{plot_id}"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_error(status, &body, 404, "not_found", "no plot");
    let (status, _) = status_body(
        server
            .get("bob", &format!("/api/plots/{plot_id}.png"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 404);
    let (_, list) = status_body(server.get("bob", "/api/plots").send().await.unwrap()).await;
    assert!(list["plots"].as_array().unwrap().is_empty());
    let response = server
        .post("bob", "/api/plots")
        .json(&json!({"dataset": id, "spec": spec}))
        .send()
        .await
        .unwrap();
    let (status, body) = status_body(response).await;
    assert_error(status, &body, 404, "not_found", "no dataset");

    let response = server
        .delete("alice", &format!("/api/plots/{plot_id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    let (status, _) = status_body(
        server
            .get("alice", plot["png_url"].as_str().unwrap())
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 404);
    assert!(!dir.path().join(format!("plots/{plot_id}.png")).exists());
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_specs_are_400() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let id = server.upload_fixture("alice", "penguins.csv").await;
    let cases = [
        (
            json!({"kind": "bar", "x": "species", "y": "body_mass"}),
            "body_mass_g",
        ),
        (
            json!({"kind": "bar", "x": "species", "colour": "sex"}),
            "colour",
        ),
        (json!({"kind": "sunburst", "x": "species"}), "sunburst"),
    ];
    for (spec, needle) in cases {
        let response = server
            .post("alice", "/api/plots")
            .json(&json!({"dataset": id, "spec": spec}))
            .send()
            .await
            .unwrap();
        let (status, body) = status_body(response).await;
        assert_eq!(status, 400, "{spec}: {body}");
        assert!(
            body["error"]["message"].as_str().unwrap().contains(needle),
            "{spec}: {body}"
        );
    }
    let (_, list) = status_body(server.get("alice", "/api/plots").send().await.unwrap()).await;
    assert!(list["plots"].as_array().unwrap().is_empty());
    server.stop().await;
}
