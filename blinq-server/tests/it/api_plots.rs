//! Plots: create from a spec, fetch the metadata and images, list, delete.

use crate::common::{Server, assert_error};
use serde_json::{Value, json};

async fn status_body(response: reqwest::Response) -> (u16, Value) {
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

/// `GET path` as `user`: the status and the JSON body.
async fn get(server: &Server, user: &str, path: &str) -> (u16, Value) {
    status_body(server.get(user, path).send().await.unwrap()).await
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

/// Counts per carrier in flights_3000.csv (Python's csv and collections.Counter).
const CARRIER_COUNTS: [(&str, f64); 15] = [
    ("9E", 141.0),
    ("AA", 316.0),
    ("AS", 7.0),
    ("B6", 541.0),
    ("DL", 431.0),
    ("EV", 437.0),
    ("F9", 7.0),
    ("FL", 36.0),
    ("HA", 4.0),
    ("MQ", 255.0),
    ("UA", 552.0),
    ("US", 126.0),
    ("VX", 41.0),
    ("WN", 104.0),
    ("YV", 2.0),
];

#[tokio::test(flavor = "multi_thread")]
async fn a_plot_comes_with_its_vega_lite_spec() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let id = server.upload_fixture("alice", "flights_3000.csv").await;
    let spec = json!({"kind": "bar", "x": "carrier"});
    let response = server
        .post("alice", "/api/plots?include=vega_lite")
        .json(&json!({"dataset": id, "spec": spec}))
        .send()
        .await
        .unwrap();
    let (status, plot) = status_body(response).await;
    assert_eq!(status, 201, "{plot}");
    let plot_id = plot["id"].as_str().unwrap().to_string();
    assert_eq!(plot["vl_url"], format!("/api/plots/{plot_id}.vl.json"));
    let included = &plot["vega_lite"];
    assert_eq!(
        included["$schema"],
        "https://vega.github.io/schema/vega-lite/v5.json"
    );
    let rows = included["data"]["values"].as_array().unwrap();
    assert_eq!(rows.len(), CARRIER_COUNTS.len());
    for (carrier, count) in CARRIER_COUNTS {
        let row = rows.iter().find(|r| r["x"] == carrier).unwrap();
        assert_eq!(row["value"].as_f64().unwrap(), count, "{carrier}");
    }

    // The stored spec, by URL and included in the metadata, is the same document.
    let response = server
        .get("alice", plot["vl_url"].as_str().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    let stored: Value = response.json().await.unwrap();
    assert_eq!(&stored, included);
    let (status, meta) = get(
        &server,
        "alice",
        &format!("/api/plots/{plot_id}?include=vega_lite"),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(&meta["vega_lite"], included);
    let (_, plain) = get(&server, "alice", &format!("/api/plots/{plot_id}")).await;
    assert!(plain.get("vega_lite").is_none(), "only when asked for");

    // An unknown include is a 400; someone else's plot is a 404.
    let (status, body) = get(
        &server,
        "alice",
        &format!("/api/plots/{plot_id}?include=vegalite"),
    )
    .await;
    assert_error(status, &body, 400, "bad_request", "vega_lite");
    let (status, body) = get(&server, "bob", &format!("/api/plots/{plot_id}.vl.json")).await;
    assert_error(status, &body, 404, "not_found", "no plot");

    // A plot stored before there were Vega-Lite specs (no file in the catalog): a 404 that
    // says what to do.
    let catalog = rusqlite::Connection::open(dir.path().join("catalog.sqlite3")).unwrap();
    catalog
        .execute("UPDATE plots SET vl_file = NULL WHERE id = ?1", [&plot_id])
        .unwrap();
    let (status, body) = get(&server, "alice", &format!("/api/plots/{plot_id}.vl.json")).await;
    assert_error(status, &body, 404, "not_found", "draw it again");
    catalog
        .execute(
            "UPDATE plots SET vl_file = ?1 WHERE id = ?2",
            [&format!("plots/{plot_id}.vl.json"), &plot_id],
        )
        .unwrap();

    let response = server
        .delete("alice", &format!("/api/plots/{plot_id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    assert!(!dir.path().join(format!("plots/{plot_id}.vl.json")).exists());
    server.stop().await;
}

/// A catalog written before plots had a Vega-Lite column gains it when a server opens it,
/// and its plots stay listed.
#[tokio::test(flavor = "multi_thread")]
async fn an_older_catalog_gains_the_vega_lite_column() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("plots")).unwrap();
    std::fs::write(dir.path().join("plots/old.png"), b"\x89PNG").unwrap();
    std::fs::write(dir.path().join("plots/old.svg"), b"<svg/>").unwrap();
    {
        let old = rusqlite::Connection::open(dir.path().join("catalog.sqlite3")).unwrap();
        old.execute_batch(
            "CREATE TABLE plots (id TEXT PRIMARY KEY, owner TEXT NOT NULL, dataset_id TEXT NOT NULL,
                spec TEXT NOT NULL, png_file TEXT NOT NULL, svg_file TEXT NOT NULL, created_at TEXT NOT NULL);
             INSERT INTO plots VALUES ('old', 'alice', 'd1', '{\"kind\":\"bar\"}', 'plots/old.png',
                'plots/old.svg', '2026-01-01T00:00:00Z');",
        )
        .unwrap();
    }
    let server = Server::start(dir.path()).await;
    let (_, list) = get(&server, "alice", "/api/plots").await;
    assert_eq!(list["plots"][0]["id"], "old", "{list}");
    assert_eq!(list["plots"][0]["vl_url"], "/api/plots/old.vl.json");
    let (status, body) = get(&server, "alice", "/api/plots/old.vl.json").await;
    assert_error(status, &body, 404, "not_found", "before interactive charts");
    server.stop().await;
}
