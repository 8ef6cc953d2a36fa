//! Plain-language questions through `POST /api/analysis`, JSON and multipart.

use crate::common::{Server, assert_error, fixture};
use serde_json::{Value, json};

async fn ask(server: &Server, user: &str, dataset: &str, query: &str) -> (u16, Value) {
    let response = server
        .post(user, "/api/analysis")
        .json(&json!({"dataset": dataset, "query": query}))
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

fn row_value(table: &Value, key: &str) -> f64 {
    let row = table["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r[0] == key)
        .unwrap_or_else(|| panic!("{key} in {table}"));
    row[1].as_f64().unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn questions_about_a_stored_dataset() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let id = server.upload_fixture("alice", "penguins.csv").await;

    let (status, answer) = ask(&server, "alice", &id, "average body mass by species").await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["is_plotting"], false);
    assert_eq!(answer["cost"], 0.0);
    assert!(
        answer["sql"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("avg"),
        "{answer}"
    );
    let table = &answer["table"];
    assert!((row_value(table, "Adelie") - 3700.662251655629).abs() < 1e-6);
    assert!((row_value(table, "Chinstrap") - 3733.0882352941176).abs() < 1e-6);
    assert!((row_value(table, "Gentoo") - 5076.016260162602).abs() < 1e-6);
    assert!(answer["response"].as_str().unwrap().contains("Gentoo"));
    assert!(answer["png_url"].is_null());

    let (status, answer) = ask(
        &server,
        "alice",
        &id,
        "bar chart of average body mass by species",
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["is_plotting"], true, "{answer}");
    let png_url = answer["png_url"].as_str().unwrap();
    assert_eq!(answer["plot"]["path"], png_url);
    let png = server
        .get("alice", png_url)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(&png[..4], b"\x89PNG");
    let svg = server
        .get("alice", answer["svg_url"].as_str().unwrap())
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(svg.contains("<svg"));
    // The interactive form, stored and, when asked for, in the body: the same means.
    let vl: Value = server
        .get_json("alice", answer["vl_url"].as_str().unwrap())
        .await;
    let bars = vl["data"]["values"].as_array().unwrap();
    let gentoo = bars.iter().find(|b| b["x"] == "Gentoo").unwrap();
    assert!((gentoo["value"].as_f64().unwrap() - 5076.016260162602).abs() < 1e-6);
    let included: Value = server
        .post("alice", "/api/analysis?include=vega_lite")
        .json(&json!({"dataset": id, "query": "bar chart of average body mass by species"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(included["vega_lite"]["data"], vl["data"], "{included}");
    assert!(answer.get("vega_lite").is_none(), "only when asked for");
    // Stored like any other plot.
    let plots: Value = server.get_json("alice", "/api/plots").await;
    assert_eq!(plots["plots"][0]["id"], answer["plot_id"]);

    // A follow-up sends the previous answer's plan back: 2008 only (means from pandas).
    let (_, first) = ask(&server, "alice", &id, "average body mass by species").await;
    let response = server
        .post("alice", "/api/analysis")
        .json(&json!({"dataset": id, "query": "only for 2008", "previous": first["plan"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let only: Value = response.json().await.unwrap();
    assert!(
        (row_value(&only["table"], "Adelie") - 3742.0).abs() < 1e-9,
        "{only}"
    );
    assert!((row_value(&only["table"], "Gentoo") - 5019.565217391304).abs() < 1e-6);
    // A malformed plan is a 400, not a guess.
    let response = server
        .post("alice", "/api/analysis")
        .json(&json!({"dataset": id, "query": "only for 2008", "previous": {"sql": 3}}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 400);

    // Someone else's dataset, and an empty question.
    let (status, body) = ask(&server, "bob", &id, "how many rows").await;
    assert_error(status, &body, 404, "not_found", "no dataset");
    let (status, body) = ask(&server, "alice", &id, "   ").await;
    assert_error(status, &body, 400, "plan", "empty");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_file_and_a_question_in_one_request() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let bytes = std::fs::read(fixture("flights_3000.csv")).unwrap();
    let form = reqwest::multipart::Form::new()
        .part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name("flights.csv"),
        )
        .text("query", "number of flights per carrier");
    let response = server
        .post("carol", "/api/analysis")
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let answer: Value = response.json().await.unwrap();
    // Counted with Python's csv module: UA 552, B6 541, EV 437.
    assert_eq!(row_value(&answer["table"], "UA"), 552.0, "{answer}");
    assert_eq!(row_value(&answer["table"], "EV"), 437.0);
    // The file became a dataset of carol's.
    let list: Value = server.get_json("carol", "/api/data").await;
    assert_eq!(list["datasets"][0]["id"], answer["dataset"]);
    assert_eq!(list["datasets"][0]["rows"], 3000);
    server.stop().await;
}
