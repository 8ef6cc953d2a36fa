//! Upload, list, inspect, query and delete datasets through the real server.

use crate::common::{Server, assert_error, fixture};
use serde_json::{Value, json};

fn close(a: &Value, b: f64) -> bool {
    (a.as_f64().unwrap() - b).abs() < 1e-9
}

#[tokio::test(flavor = "multi_thread")]
async fn penguins_upload_detail_query_and_delete() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;

    let bytes = std::fs::read(fixture("penguins.csv")).unwrap();
    let (status, body) = server
        .upload_bytes("alice", "penguins.csv", bytes, None)
        .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["name"], "penguins");
    assert_eq!(body["rows"], 344);
    let columns: Vec<&str> = body["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(columns[0], "species");
    assert_eq!(columns.len(), 8);
    let id = body["id"].as_str().unwrap().to_string();

    // The list holds it; the detail has describe and a 20-row preview.
    let list: Value = server.get_json("alice", "/api/data").await;
    assert_eq!(list["datasets"].as_array().unwrap().len(), 1);
    assert_eq!(list["datasets"][0]["id"], id.as_str());
    let detail: Value = server.get_json("alice", &format!("/api/data/{id}")).await;
    assert_eq!(detail["preview"]["rows"].as_array().unwrap().len(), 20);
    assert_eq!(detail["preview"]["rows"][0][0], "Adelie");
    let describe = &detail["describe"];
    let column = |name: &str| {
        describe["columns"]
            .as_array()
            .unwrap()
            .iter()
            .position(|c| c == name)
            .unwrap_or_else(|| panic!("describe has no `{name}` column"))
    };
    let mass = describe["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r[0] == "body_mass_g")
        .unwrap();
    let stat = |name: &str| &mass[column(name)];
    // Python statistics over the 342 non-NA values: mean 4201.754385964912, stdev
    // 801.9545356980955, median 4050.
    assert_eq!(stat("count"), 342);
    assert_eq!(stat("nulls"), 2);
    assert!((stat("mean").as_f64().unwrap() - 4201.754385964912).abs() < 1e-6);
    assert!((stat("std").as_f64().unwrap() - 801.9545356980955).abs() < 1e-6);
    assert!(close(stat("min"), 2700.0) && close(stat("max"), 6300.0));
    assert!(close(stat("median"), 4050.0));
    let species = describe["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r[0] == "species")
        .unwrap();
    assert_eq!(species[column("unique")], 3);
    assert_eq!(
        species[column("top")],
        "Adelie (152), Gentoo (124), Chinstrap (68)"
    );

    // GET with `data`, POST with the dataset's name: the same answer.
    let sql = "select species, avg(body_mass_g) as mean_mass, count(*) as n from data group by species order by species";
    let response = server
        .get("alice", "/api/data/query")
        .query(&[("dataset", id.as_str()), ("sql", sql)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["columns"], json!(["species", "mean_mass", "n"]));
    assert_eq!(body["row_count"], 3);
    assert_eq!(body["truncated"], false);
    assert!(body["elapsed_ms"].as_f64().unwrap() >= 0.0);
    let rows = body["rows"].as_array().unwrap();
    assert_eq!(rows[0][0], "Adelie");
    assert!((rows[0][1].as_f64().unwrap() - 3700.662251655629).abs() < 1e-9);
    assert!((rows[1][1].as_f64().unwrap() - 3733.0882352941176).abs() < 1e-9);
    assert!((rows[2][1].as_f64().unwrap() - 5076.016260162602).abs() < 1e-9);
    assert_eq!(
        rows.iter()
            .map(|r| r[2].as_i64().unwrap())
            .collect::<Vec<_>>(),
        vec![152, 68, 124]
    );
    let (status, named) = server
        .query(
            "alice",
            json!(id),
            &sql.replace("from data", "from penguins"),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(named["rows"], body["rows"]);

    // Delete: gone from the list, 404 afterwards.
    let response = server
        .delete("alice", &format!("/api/data/{id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    let response = server
        .get("alice", &format!("/api/data/{id}"))
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    assert_error(
        status,
        &response.json().await.unwrap(),
        404,
        "not_found",
        "no dataset",
    );
    let list: Value = server.get_json("alice", "/api/data").await;
    assert!(list["datasets"].as_array().unwrap().is_empty());
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn flights_join_airlines_and_export_formats() {
    let dir = tempfile::tempdir().unwrap();
    // A row cap below the 3000 flights, so that the cap is exercised.
    let mut cfg = crate::common::config(dir.path());
    cfg.max_rows = 1000;
    let server = Server::start_with(cfg).await;
    let flights = server.upload_fixture("bob", "flights_3000.csv").await;
    let airlines = server.upload_fixture("bob", "airlines.csv").await;

    // Counted with Python's csv module: UA 552, B6 541, EV 437.
    let sql = "select a.name, count(*) as n from flights_3000 f join airlines a on f.carrier = a.carrier \
               group by a.name order by n desc limit 3";
    let (status, body) = server.query("bob", json!([flights, airlines]), sql).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["rows"][0], json!(["United Air Lines Inc.", 552]));
    assert_eq!(body["rows"][1], json!(["JetBlue Airways", 541]));
    assert_eq!(body["rows"][2][1], 437);

    // The row cap truncates JSON; CSV returns every row.
    let (status, body) = server
        .query("bob", json!(flights), "select * from data")
        .await;
    assert_eq!(status, 200);
    assert_eq!(body["row_count"], 1000);
    assert_eq!(body["rows"].as_array().unwrap().len(), 1000);
    assert_eq!(body["truncated"], true);
    let (_, body) = server
        .query("bob", json!(flights), "select * from data limit 1000")
        .await;
    assert_eq!(
        (body["row_count"].as_u64(), body["truncated"].as_bool()),
        (Some(1000), Some(false))
    );
    let response = server
        .post("bob", "/api/data/query")
        .header("accept", "text/csv")
        .json(&json!({"dataset": flights, "sql": "select * from data"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.text().await.unwrap().lines().count(), 3001);
    let response = server
        .post("bob", "/api/data/query")
        .header("accept", "text/csv")
        .json(&json!({"dataset": flights, "sql": "select carrier, dep_delay from data where carrier = 'EV'"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let text = response.text().await.unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("carrier,dep_delay"));
    assert_eq!(lines.count(), 437);

    for (accept, magic) in [
        ("application/x-parquet", &b"PAR1"[..]),
        (
            "application/vnd.apache.arrow.stream",
            &[0xff, 0xff, 0xff, 0xff][..],
        ),
    ] {
        let response = server
            .get("bob", "/api/data/query")
            .header("accept", accept)
            .query(&[
                ("dataset", flights.as_str()),
                ("sql", "select carrier from data"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-type"], accept);
        let bytes = response.bytes().await.unwrap();
        assert!(bytes.starts_with(magic), "{accept}: {:?}", &bytes[..8]);
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn other_formats_and_a_chosen_name() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let tsv = b"city\tpop\nOslo\t709000\nBergen\t291000\n".to_vec();
    let (status, body) = server
        .upload_bytes("carol", "cities.tsv", tsv, Some("Nordic Cities"))
        .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["name"], "nordic_cities");
    assert_eq!(body["rows"], 2);
    let ndjson =
        b"{\"a\": 1, \"b\": \"x\"}\n{\"a\": 5, \"b\": \"y\"}\n{\"a\": 7, \"b\": \"x\"}\n".to_vec();
    let (status, body) = server
        .upload_bytes("carol", "events.ndjson", ndjson, None)
        .await;
    assert_eq!(status, 201, "{body}");
    let (status, body) = server
        .query(
            "carol",
            body["id"].clone(),
            "select sum(a) as s from events where b = 'x'",
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["rows"], json!([[8]]));
    server.stop().await;
}

/// GET a query; returns the status, the `X-Blinq-Cache` header and the body bytes.
async fn query_raw(
    server: &Server,
    user: &str,
    id: &str,
    sql: &str,
    accept: &str,
) -> (u16, Option<String>, Vec<u8>) {
    let response = server
        .get(user, "/api/data/query")
        .header("accept", accept)
        .query(&[("dataset", id), ("sql", sql)])
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let cache = response
        .headers()
        .get("x-blinq-cache")
        .map(|v| v.to_str().unwrap().to_string());
    (status, cache, response.bytes().await.unwrap().to_vec())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_repeated_query_is_answered_from_the_result_cache_only_for_its_owner() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path()).await;
    let id = server.upload_fixture("alice", "penguins.csv").await;
    let sql = "select species, avg(body_mass_g) as m from data group by species order by species";
    let json = "application/json";

    let (status, cache, first) = query_raw(&server, "alice", &id, sql, json).await;
    assert_eq!((status, cache.as_deref()), (200, Some("miss")));
    let (status, cache, again) = query_raw(&server, "alice", &id, sql, json).await;
    assert_eq!((status, cache.as_deref()), (200, Some("hit")));
    assert_eq!(again, first);
    // Python statistics over penguins.csv: Adelie's mean body mass.
    let body: Value = serde_json::from_slice(&again).unwrap();
    assert!(close(&body["rows"][0][1], 3700.662251655629));

    // Another format and another text are other answers.
    let (status, cache, csv) = query_raw(&server, "alice", &id, sql, "text/csv").await;
    assert_eq!((status, cache.as_deref()), (200, Some("miss")));
    assert!(
        String::from_utf8(csv)
            .unwrap()
            .starts_with("species,m\nAdelie,3700.66")
    );
    let other = format!("{sql} limit 2");
    let (_, cache, _) = query_raw(&server, "alice", &id, &other, json).await;
    assert_eq!(cache.as_deref(), Some("miss"));

    // Someone else naming the id is refused before the cache is consulted.
    let (status, cache, body) = query_raw(&server, "bob", &id, sql, json).await;
    assert_eq!(
        (status, cache),
        (404, None),
        "{}",
        String::from_utf8_lossy(&body)
    );

    // A failing query is not kept: it fails again, with its error.
    let bad = "select nope from data";
    for _ in 0..2 {
        let (status, cache, _) = query_raw(&server, "alice", &id, bad, json).await;
        assert_eq!((status, cache), (400, None));
    }

    // Deleted: 404, and the cache forgot its answers.
    let response = server
        .delete("alice", &format!("/api/data/{id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    assert!(server.results.is_empty());
    let (status, cache, _) = query_raw(&server, "alice", &id, sql, json).await;
    assert_eq!((status, cache), (404, None));
}

#[tokio::test(flavor = "multi_thread")]
async fn with_the_result_cache_off_every_query_runs() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = crate::common::config(dir.path());
    config.result_cache_mb = 0;
    let server = Server::start_with(config).await;
    let id = server.upload_fixture("alice", "penguins.csv").await;
    let sql = "select count(*) as n from data";
    for _ in 0..2 {
        let (status, cache, body) = query_raw(&server, "alice", &id, sql, "application/json").await;
        assert_eq!((status, cache.as_deref()), (200, Some("miss")));
        let body: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(body["rows"][0][0], 344);
    }
}
