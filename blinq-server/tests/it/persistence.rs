//! What is acknowledged survives a restart; concurrent users get exactly their own data;
//! two servers can share one data directory.

use crate::common::{Server, fixture};
use serde_json::{Value, json};

#[tokio::test(flavor = "multi_thread")]
async fn datasets_and_plots_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let id = server.upload_fixture("alice", "penguins.csv").await;
    let response = server
        .post("alice", "/api/plots")
        .json(&json!({"dataset": id, "spec": {"kind": "bar", "x": "species", "y": "body_mass_g", "aggregate": "mean"}}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let plot: Value = response.json().await.unwrap();
    let png_before = server
        .get("alice", plot["png_url"].as_str().unwrap())
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    server.stop().await;

    let server = Server::start(dir.path()).await;
    let list: Value = server.get_json("alice", "/api/data").await;
    assert_eq!(list["datasets"][0]["id"], id.as_str());
    assert_eq!(list["datasets"][0]["rows"], 344);
    let (status, body) = server
        .query(
            "alice",
            json!(id),
            "select count(*) as n from penguins where sex = 'female'",
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["rows"], json!([[165]]));
    let plots: Value = server.get_json("alice", "/api/plots").await;
    assert_eq!(plots["plots"][0]["id"], plot["id"]);
    let png_after = server
        .get("alice", plot["png_url"].as_str().unwrap())
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(png_before, png_after);
    // No temporary files are left behind.
    for sub in ["datasets", "plots"] {
        for entry in std::fs::read_dir(dir.path().join(sub)).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            assert!(!name.starts_with(".tmp"), "leftover {name}");
        }
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn concurrent_users_get_their_own_data() {
    let dir = tempfile::tempdir().unwrap();
    let server = std::sync::Arc::new(Server::start(dir.path()).await);
    let penguins = std::fs::read(fixture("penguins.csv")).unwrap();
    let flights = std::fs::read(fixture("flights_3000.csv")).unwrap();

    // Six users upload at once, three of each file.
    let mut uploads = Vec::new();
    for i in 0..6 {
        let server = server.clone();
        let (file, bytes) = if i % 2 == 0 {
            ("penguins.csv", penguins.clone())
        } else {
            ("flights_3000.csv", flights.clone())
        };
        uploads.push(tokio::spawn(async move {
            let user = format!("user{i}");
            let (status, body) = server.upload_bytes(&user, file, bytes, None).await;
            assert_eq!(status, 201, "{body}");
            (user, body["id"].as_str().unwrap().to_string(), i % 2 == 0)
        }));
    }
    let mut owned = Vec::new();
    for upload in uploads {
        owned.push(upload.await.unwrap());
    }

    // Then each queries its own dataset many times concurrently.
    let mut queries = Vec::new();
    for (user, id, is_penguins) in owned.clone() {
        for _ in 0..5 {
            let server = server.clone();
            let (user, id) = (user.clone(), id.clone());
            queries.push(tokio::spawn(async move {
                let (status, body) = server
                    .query(&user, json!(id), "select count(*) as n from data")
                    .await;
                assert_eq!(status, 200, "{body}");
                let expected = if is_penguins { 344 } else { 3000 };
                assert_eq!(body["rows"], json!([[expected]]));
            }));
        }
    }
    for query in queries {
        query.await.unwrap();
    }
    for (user, id, _) in &owned {
        let list: Value = server.get_json(user, "/api/data").await;
        let ids: Vec<&str> = list["datasets"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_str().unwrap())
            .collect();
        assert_eq!(
            ids,
            vec![id.as_str()],
            "{user} sees exactly their own dataset"
        );
    }
    std::sync::Arc::into_inner(server).unwrap().stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn two_servers_share_one_data_dir() {
    let dir = tempfile::tempdir().unwrap();
    let a = Server::start(dir.path()).await;
    let b = Server::start(dir.path()).await;
    let (first, second) = tokio::join!(
        a.upload_fixture("alice", "airlines.csv"),
        b.upload_fixture("alice", "penguins.csv")
    );
    let list: Value = a.get_json("alice", "/api/data").await;
    let mut ids: Vec<&str> = list["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    ids.sort();
    let mut want = vec![first.as_str(), second.as_str()];
    want.sort();
    assert_eq!(ids, want);
    let (status, body) = a
        .query("alice", json!(second), "select count(*) as n from data")
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["rows"], json!([[344]]));
    a.stop().await;
    b.stop().await;
}
