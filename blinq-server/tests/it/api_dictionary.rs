//! `PUT /api/data/{id}/dictionary`: a data dictionary kept in the catalog, shown with the
//! dataset, checked against its columns, owned like it, kept across a restart, and used by
//! `POST /api/analysis`.

use crate::common::{Server, assert_error, config};
use serde_json::{Value, json};

const MILEAGE: &str = "model,hwy,cty,displ,ncap\na4,29,18,1.8,5\ncivic,36,28,1.8,5\n\
f150,17,13,5.4,4\ncorolla,35,30,1.8,5\n";

async fn ask(server: &Server, id: &str, query: &str) -> Value {
    let response = server
        .post("alice", "/api/analysis")
        .json(&json!({"dataset": id, "query": query}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

async fn put(server: &Server, user: &str, id: &str, body: Value) -> (u16, Value) {
    let response = server
        .put(user, &format!("/api/data/{id}/dictionary"))
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_dictionary_is_stored_shown_checked_and_used_by_the_agent() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_with(config(dir.path())).await;
    let (status, body) = server
        .upload_bytes("alice", "mileage.csv", MILEAGE.as_bytes().to_vec(), None)
        .await;
    assert_eq!(status, 201, "{body}");
    let id = body["id"].as_str().unwrap().to_string();
    let question = "what is the average safety rating";
    // Nothing says `ncap` is a safety rating yet: no query runs.
    assert!(ask(&server, &id, question).await["sql"].is_null());

    let (status, info) = put(
        &server,
        "alice",
        &id,
        json!({"ncap": {"description": "crash safety rating", "unit": "stars"},
               "hwy": "highway miles per gallon"}),
    )
    .await;
    assert_eq!(status, 200, "{info}");
    let ncap = &info["columns"][4];
    assert_eq!(ncap["name"], "ncap");
    assert_eq!(ncap["description"], "crash safety rating");
    assert_eq!(ncap["unit"], "stars");
    assert!(info["columns"][0].get("description").is_none(), "{info}");

    // (5 + 5 + 4 + 5) / 4 = 4.75
    let answer = ask(&server, &id, question).await;
    assert_eq!(answer["table"]["rows"][0][0], 4.75, "{answer}");

    // The detail view shows it.
    let detail: Value = server.get_json("alice", &format!("/api/data/{id}")).await;
    assert_eq!(
        detail["columns"][1]["description"],
        "highway miles per gallon"
    );

    // Unknown columns, malformed notes and other users' datasets change nothing.
    let (status, body) = put(&server, "alice", &id, json!({"ncapp": "rating"})).await;
    assert_error(status, &body, 400, "schema", "ncap");
    let (status, body) = put(&server, "alice", &id, json!({"ncap": 5})).await;
    assert_eq!(status, 400, "{body}");
    let (status, body) = put(&server, "bob", &id, json!({"ncap": "x"})).await;
    assert_error(status, &body, 404, "not_found", &id);
    let answer = ask(&server, &id, question).await;
    assert_eq!(answer["table"]["rows"][0][0], 4.75, "{answer}");

    // It outlives the server.
    server.stop().await;
    let server = Server::start_with(config(dir.path())).await;
    let answer = ask(&server, &id, question).await;
    assert_eq!(answer["table"]["rows"][0][0], 4.75, "{answer}");

    // An empty dictionary removes it.
    let (status, info) = put(&server, "alice", &id, json!({})).await;
    assert_eq!(status, 200, "{info}");
    assert!(info["columns"][4].get("description").is_none(), "{info}");
    assert!(ask(&server, &id, question).await["sql"].is_null());
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_uploaded_parquet_keeps_its_field_metadata_as_its_dictionary() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_with(config(dir.path())).await;
    // Written by pyarrow with field metadata (description/comment and unit).
    let bytes = std::fs::read(crate::common::fixture("cars-described.parquet")).unwrap();
    let (status, info) = server
        .upload_bytes("alice", "cars.parquet", bytes, None)
        .await;
    assert_eq!(status, 201, "{info}");
    assert_eq!(info["columns"][1]["name"], "hwy");
    assert_eq!(
        info["columns"][1]["description"],
        "highway miles per gallon"
    );
    assert_eq!(info["columns"][3]["unit"], "litres");
    server.stop().await;
}
