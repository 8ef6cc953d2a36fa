//! Replicas: `blinq serve` processes (the real binary), each with a data directory of its
//! own, sharing one PostgreSQL catalog and one S3-compatible bucket (S3Proxy, a real S3
//! server, started by `scripts/s3.sh`).

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use futures_util::StreamExt;
use serde_json::{Value, json};
use tokio::sync::Mutex;

use crate::common::fixture;
use crate::common::postgres::{OwnPostgres, column, fresh_database};
use crate::common::process::{Options, Process, send};
use crate::common::s3::{BUCKET, OwnS3};

/// Where the replicas keep their files in the bucket.
const PREFIX: &str = "deploy";

/// A replica on `catalog` and `s3`, with its own data directory under `home`.
fn replica(home: &Path, name: &str, catalog: &str, s3: &OwnS3) -> Process {
    let data_dir = home.join(name);
    let store = format!("s3://{BUCKET}/{PREFIX}");
    Process::start(
        &data_dir,
        home,
        Options {
            args: vec!["--catalog", catalog, "--store", &store, "--workers", "2"],
            env: s3.env(),
            ..Options::default()
        },
    )
}

async fn get(replica: &Process, user: &str, path: &str) -> (u16, Value) {
    let request = replica.client.get(replica.url(path));
    send(request.bearer_auth(replica.token(user)))
        .await
        .unwrap_or((0, Value::Null))
}

async fn post(replica: &Process, user: &str, path: &str, body: Value) -> (u16, Value) {
    let request = replica.client.post(replica.url(path)).json(&body);
    send(request.bearer_auth(replica.token(user)))
        .await
        .unwrap_or((0, Value::Null))
}

async fn bytes(replica: &Process, user: &str, path: &str) -> (u16, Vec<u8>) {
    let response = replica
        .client
        .get(replica.url(path))
        .bearer_auth(replica.token(user))
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.bytes().await.unwrap().to_vec())
}

/// A 503 whose error code is `unavailable`: a backing service (bucket, catalog) is down.
fn assert_unavailable(status: u16, body: &Value) {
    assert_eq!(
        (status, &body["error"]["code"]),
        (503, &json!("unavailable")),
        "{body}"
    );
}

async fn pie(replica: &Process, dataset: &str) -> (u16, Value) {
    let spec = json!({"dataset": dataset, "spec": {"kind": "pie", "x": "island"}});
    post(replica, "alice", "/api/plots", spec).await
}

/// Upload through A, query and plot through B, and a browser on C hears of the plot; a
/// token works on all three; the files are in the bucket, not on the replicas' disks; after
/// every replica restarts, everything is there.
#[tokio::test(flavor = "multi_thread")]
async fn three_replicas_share_one_catalog_and_one_bucket() {
    let s3 = OwnS3::start();
    let catalog = fresh_database();
    let home = tempfile::tempdir().unwrap();
    let a = replica(home.path(), "a", &catalog, &s3);
    let b = replica(home.path(), "b", &catalog, &s3);
    let c = replica(home.path(), "c", &catalog, &s3);

    let url = c.ws_url(&format!("/ws/plots?token={}", c.token("alice")));
    let (mut on_c, _) = tokio_tungstenite::connect_async(url).await.unwrap();

    let penguins = std::fs::read(fixture("penguins.csv")).unwrap();
    let dataset = a
        .upload_ok(&a.token("alice"), "penguins.csv", penguins)
        .await;
    assert!(
        s3.object_file(&format!("{PREFIX}/datasets/{dataset}.parquet"))
            .is_file(),
        "the Parquet file is in the bucket"
    );

    // palmerpenguins: 152 Adelie, 124 Gentoo, 68 Chinstrap.
    let (status, body) = b
        .query(
            &b.token("alice"),
            &dataset,
            "SELECT species, count(*) AS n FROM data GROUP BY species ORDER BY n DESC",
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body["rows"],
        json!([["Adelie", 152], ["Gentoo", 124], ["Chinstrap", 68]])
    );

    let (status, plot) = pie(&b, &dataset).await;
    assert_eq!(status, 201, "{plot}");
    let plot_id = plot["id"].as_str().unwrap().to_string();
    let event = next_event(&mut on_c, "plot.created").await;
    assert_eq!(event["id"], plot_id.as_str());
    for replica in [&a, &b, &c] {
        let (status, png) = bytes(replica, "alice", &format!("/api/plots/{plot_id}.png")).await;
        assert_eq!(status, 200);
        assert!(png.starts_with(b"\x89PNG"));
        // Another user sees none of it, on any replica.
        let (status, _) = get(replica, "bob", &format!("/api/data/{dataset}")).await;
        assert_eq!(status, 404);
    }
    for replica in ["a", "b", "c"] {
        let local = home.path().join(replica).join("datasets");
        let files: Vec<_> = std::fs::read_dir(&local).unwrap().collect();
        assert!(files.is_empty(), "no data file in {}", local.display());
    }

    // Every replica restarts: everything is there.
    drop((a, b, c));
    let a = replica(home.path(), "a", &catalog, &s3);
    let b = replica(home.path(), "b", &catalog, &s3);
    let (status, listed) = get(&a, "alice", "/api/data").await;
    assert_eq!(status, 200);
    assert_eq!(listed["datasets"][0]["id"], dataset.as_str());
    let (status, plots) = get(&b, "alice", "/api/plots").await;
    assert_eq!(status, 200);
    assert_eq!(plots["plots"][0]["id"], plot_id.as_str());
    // A replica with an empty data directory fetches the file from the bucket.
    let d = replica(home.path(), "d", &catalog, &s3);
    let (status, body) = d
        .query(&d.token("alice"), &dataset, "SELECT count(*) FROM data")
        .await;
    assert_eq!((status, &body["rows"]), (200, &json!([[344]])), "{body}");
}

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn next_event(socket: &mut Socket, kind: &str) -> Value {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    loop {
        let message = tokio::time::timeout_at(deadline, socket.next())
            .await
            .unwrap_or_else(|_| panic!("no {kind} event"))
            .unwrap()
            .unwrap();
        if let tokio_tungstenite::tungstenite::Message::Text(text) = message {
            let event: Value = serde_json::from_str(&text).unwrap();
            if event["type"] == kind {
                return event;
            }
        }
    }
}

/// What the load did, as answered.
#[derive(Default)]
struct Ledger {
    datasets: HashSet<String>,
    plots: HashSet<String>,
    deleted_datasets: HashSet<String>,
    /// Deletes sent to B as it died: done or not, nobody can say.
    uncertain: HashSet<String>,
    answered: usize,
    unanswered: usize,
}

/// Replica B is killed (SIGKILL) in the middle of 500 requests, 8 at a time, spread over
/// the three: every write answered 2xx is there through A and C, and everything listed is
/// whole (its file reads).
#[tokio::test(flavor = "multi_thread")]
async fn a_replica_killed_under_load_loses_nothing() {
    let s3 = OwnS3::start();
    let catalog = fresh_database();
    let home = tempfile::tempdir().unwrap();
    let replicas = Arc::new(vec![
        replica(home.path(), "a", &catalog, &s3),
        replica(home.path(), "b", &catalog, &s3),
        replica(home.path(), "c", &catalog, &s3),
    ]);
    let token = replicas[0].token("alice");
    let penguins = std::fs::read(fixture("penguins.csv")).unwrap();
    let seed = replicas[0]
        .upload_ok(&token, "penguins.csv", penguins.clone())
        .await;
    let ledger = Arc::new(Mutex::new(Ledger::default()));
    ledger.lock().await.datasets.insert(seed.clone());
    let b_killed = Arc::new(std::sync::Mutex::new(false));

    let requests = futures_util::stream::iter(0..500usize).for_each_concurrent(8, |i| {
        let (replicas, ledger, seed, b_killed) = (
            replicas.clone(),
            ledger.clone(),
            seed.clone(),
            b_killed.clone(),
        );
        let small = format!("k,v\n{i},{}\n{},{}\n", i * 2, i + 1, i * 3).into_bytes();
        async move {
            if i == 150 {
                let pid = replicas[1].pid();
                // SAFETY: kill with the pid of a child of this test.
                unsafe { libc::kill(pid as i32, libc::SIGKILL) };
                *b_killed.lock().unwrap() = true;
            }
            let replica = &replicas[i % 3];
            let outcome = match i % 5 {
                0 | 1 => {
                    let token = replica.token("alice");
                    let answer = replica.upload(&token, "small.csv", small, None).await;
                    answer.map(|(status, body)| (status, "upload", body))
                }
                2 => {
                    let plot = send(
                        replica
                            .client
                            .post(replica.url("/api/plots"))
                            .bearer_auth(replica.token("alice"))
                            .json(
                                &json!({"dataset": seed, "spec": {"kind": "bar", "x": "species"}}),
                            ),
                    );
                    plot.await.map(|(status, body)| (status, "plot", body))
                }
                3 => {
                    // Delete something answered before (taken from the ledger, so no other
                    // request deletes it too).
                    let target = {
                        let mut ledger = ledger.lock().await;
                        let found = ledger.datasets.iter().find(|d| **d != seed).cloned();
                        if let Some(id) = &found {
                            ledger.datasets.remove(id);
                            ledger.uncertain.insert(id.clone());
                        }
                        found
                    };
                    let Some(target) = target else { return };
                    let request = replica
                        .client
                        .delete(replica.url(&format!("/api/data/{target}")))
                        .bearer_auth(replica.token("alice"));
                    match request.send().await {
                        Ok(r) => Some((r.status().as_u16(), "delete", json!({"id": target}))),
                        Err(_) => None,
                    }
                }
                _ => {
                    let query = json!({"dataset": seed, "sql": "SELECT count(*) FROM data"});
                    let request = replica.client.post(replica.url("/api/data/query"));
                    let answer = send(request.bearer_auth(replica.token("alice")).json(&query));
                    answer.await.map(|(status, body)| (status, "query", body))
                }
            };
            let mut ledger = ledger.lock().await;
            let Some((status, what, body)) = outcome else {
                ledger.unanswered += 1;
                return;
            };
            ledger.answered += 1;
            if !(200..300).contains(&status) {
                // Only B's death may fail a request, and only by not answering.
                panic!("{what} through replica {} answered {status}: {body}", i % 3);
            }
            let id = body["id"].as_str().unwrap_or_default().to_string();
            match what {
                "upload" => {
                    ledger.datasets.insert(id);
                }
                "plot" => {
                    ledger.plots.insert(id);
                }
                "delete" => {
                    ledger.uncertain.remove(&id);
                    ledger.deleted_datasets.insert(id);
                }
                _ => assert_eq!(body["rows"], json!([[344]])),
            }
        }
    });
    requests.await;
    assert!(*b_killed.lock().unwrap());
    let ledger = ledger.lock().await;
    eprintln!(
        "load: {} answered, {} unanswered, {} datasets kept, {} deleted, {} plots",
        ledger.answered,
        ledger.unanswered,
        ledger.datasets.len(),
        ledger.deleted_datasets.len(),
        ledger.plots.len()
    );
    assert!(ledger.unanswered > 0, "B was killed mid-load");
    assert!(ledger.answered > 300, "{} answered", ledger.answered);
    assert!(
        ledger.deleted_datasets.len() > 30,
        "{} deleted",
        ledger.deleted_datasets.len()
    );

    for survivor in [&replicas[0], &replicas[2]] {
        let (status, listed) = get(survivor, "alice", "/api/data").await;
        assert_eq!(status, 200);
        let listed: HashMap<String, Value> = listed["datasets"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| (d["id"].as_str().unwrap().to_string(), d.clone()))
            .collect();
        for id in &ledger.datasets {
            assert!(
                listed.contains_key(id),
                "dataset {id} answered 201 is listed"
            );
        }
        for id in &ledger.deleted_datasets {
            assert!(
                !listed.contains_key(id),
                "deleted dataset {id} is not listed"
            );
        }
        // Everything listed is whole: each dataset's file reads (one row per upload's
        // second line, so every small dataset has 2 rows).
        for (id, meta) in &listed {
            let (status, body) = survivor
                .query(&survivor.token("alice"), id, "SELECT count(*) FROM data")
                .await;
            assert_eq!(status, 200, "dataset {id} listed but unreadable: {body}");
            assert_eq!(body["rows"][0][0], meta["rows"], "{id}");
        }
        let (status, plots) = get(survivor, "alice", "/api/plots").await;
        assert_eq!(status, 200);
        let plots: HashSet<String> = plots["plots"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].as_str().unwrap().to_string())
            .collect();
        for id in &ledger.plots {
            assert!(plots.contains(id), "plot {id} answered 201 is listed");
        }
        for id in &plots {
            for ext in ["png", "svg", "vl.json"] {
                let (status, _) = bytes(survivor, "alice", &format!("/api/plots/{id}.{ext}")).await;
                assert_eq!(status, 200, "plot {id} listed but its {ext} is missing");
            }
        }
    }
    // The catalog holds nothing the replicas would not list (B may have stored a few whose
    // answer it never sent: those are whole too, as checked above).
    let rows: usize = column(&catalog, "SELECT count(*) FROM datasets")[0]
        .parse()
        .unwrap();
    assert!(rows >= ledger.datasets.len());
}

/// The bucket goes away under a running replica: requests that need it are 503
/// `unavailable`, nothing is added to the catalog, `/ready` says so, and what the replica
/// has cached still answers; when the bucket is back, the same replica serves again. Then
/// the same with PostgreSQL.
#[tokio::test(flavor = "multi_thread")]
async fn an_outage_of_the_bucket_or_the_catalog_is_a_503_and_the_replica_recovers() {
    let s3 = OwnS3::start();
    let pg = OwnPostgres::start();
    let catalog = pg.url();
    let home = tempfile::tempdir().unwrap();
    let a = replica(home.path(), "a", &catalog, &s3);
    let token = a.token("alice");
    let penguins = std::fs::read(fixture("penguins.csv")).unwrap();
    let dataset = a.upload_ok(&token, "penguins.csv", penguins.clone()).await;
    let count = |table: &str| column(&catalog, &format!("SELECT count(*) FROM {table}"))[0].clone();

    s3.script("stop");
    let (status, body) = a
        .upload(&token, "penguins.csv", penguins.clone(), None)
        .await
        .unwrap();
    assert_unavailable(status, &body);
    let (status, body) = pie(&a, &dataset).await;
    assert_unavailable(status, &body);
    assert_eq!(
        (count("datasets"), count("plots")),
        ("1".into(), "0".into())
    );
    let ready = a.client.get(a.url("/ready")).send().await.unwrap();
    assert_eq!(ready.status(), 503);
    // The replica's copy of the dataset still answers queries.
    let (status, body) = a.query(&token, &dataset, "SELECT count(*) FROM data").await;
    assert_eq!((status, &body["rows"]), (200, &json!([[344]])), "{body}");

    s3.script("start");
    let (status, body) = a
        .upload(&token, "penguins.csv", penguins.clone(), None)
        .await
        .unwrap();
    assert_eq!(status, 201, "{body}");
    let (status, body) = pie(&a, &dataset).await;
    assert_eq!(status, 201, "{body}");
    let ready = a.client.get(a.url("/ready")).send().await.unwrap();
    assert_eq!(ready.status(), 200);
    assert_eq!(
        (count("datasets"), count("plots")),
        ("2".into(), "1".into())
    );

    pg.script("stop");
    let (status, body) = a
        .upload(&token, "penguins.csv", penguins.clone(), None)
        .await
        .unwrap();
    assert_unavailable(status, &body);
    let (status, body) = get(&a, "alice", "/api/plots").await;
    assert_unavailable(status, &body);
    let ready = a.client.get(a.url("/ready")).send().await.unwrap();
    assert_eq!(ready.status(), 503);
    pg.script("start");
    let (status, body) = a
        .upload(&token, "penguins.csv", penguins, None)
        .await
        .unwrap();
    assert_eq!(status, 201, "{body}");
    let (status, body) = get(&a, "alice", "/api/data").await;
    assert_eq!(status, 200, "{body}");
    // The upload refused during the outage left no row: 2 before it, 1 after it.
    assert_eq!(body["datasets"].as_array().unwrap().len(), 3, "{body}");
}

/// `blinq migrate --store` moves an embedded deployment (penguins and flights, a plot) into
/// PostgreSQL and the bucket: a second run sends nothing, and a replica with an empty data
/// directory answers the same queries with the same results, and serves the same plot.
#[tokio::test(flavor = "multi_thread")]
async fn blinq_migrate_moves_a_deployment_to_postgres_and_the_bucket() {
    let s3 = OwnS3::start();
    let catalog = fresh_database();
    let home = tempfile::tempdir().unwrap();
    let embedded_dir = home.path().join("embedded");
    let embedded = Process::start(&embedded_dir, home.path(), Options::default());
    let token = embedded.token("alice");
    let penguins = std::fs::read(fixture("penguins.csv")).unwrap();
    let penguins = embedded.upload_ok(&token, "penguins.csv", penguins).await;
    let flights = std::fs::read(fixture("flights_3000.csv")).unwrap();
    let flights = embedded.upload_ok(&token, "flights.csv", flights).await;
    let (status, plot) = pie(&embedded, &penguins).await;
    assert_eq!(status, 201, "{plot}");
    let plot = plot["id"].as_str().unwrap().to_string();
    let questions = [
        (
            penguins.as_str(),
            "SELECT species, round(avg(body_mass_g)) AS g FROM data GROUP BY species ORDER BY species",
        ),
        (
            flights.as_str(),
            "SELECT carrier, count(*) AS n FROM data GROUP BY carrier ORDER BY n DESC, carrier LIMIT 5",
        ),
    ];
    let mut before = Vec::new();
    for (dataset, sql) in questions {
        before.push(embedded.query(&token, dataset, sql).await);
    }
    let (_, png_before) = bytes(&embedded, "alice", &format!("/api/plots/{plot}.png")).await;
    drop(embedded);

    let store = format!("s3://{BUCKET}/{PREFIX}");
    let migrate = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_blinq"))
            .args(["migrate", "--catalog", &catalog, "--store", &store])
            .arg("--data-dir")
            .arg(&embedded_dir)
            .env_remove("BLINQ_CATALOG")
            .env_remove("BLINQ_STORE")
            .envs(s3.env())
            .output()
            .unwrap()
    };
    let first = migrate();
    let said = String::from_utf8_lossy(&first.stdout).to_string();
    assert!(first.status.success(), "{first:?}");
    assert!(said.contains("5 files in"), "{said}");
    assert!(said.contains("5 sent now"), "{said}");
    let again = migrate();
    let said = String::from_utf8_lossy(&again.stdout).to_string();
    assert!(again.status.success(), "{again:?}");
    assert!(
        said.contains("0 sent now") && said.contains("0 rows added"),
        "{said}"
    );
    // Byte for byte in the bucket (read without blinq).
    let original = std::fs::read(embedded_dir.join(format!("datasets/{flights}.parquet"))).unwrap();
    let moved =
        std::fs::read(s3.object_file(&format!("{PREFIX}/datasets/{flights}.parquet"))).unwrap();
    assert!(original == moved, "the bucket holds the same bytes");

    let moved = replica(home.path(), "moved", &catalog, &s3);
    for ((dataset, sql), answer) in questions.iter().zip(&before) {
        let now = moved.query(&moved.token("alice"), dataset, sql).await;
        assert_eq!(now.0, 200, "{}", now.1);
        assert_eq!(now.1["rows"], answer.1["rows"], "{sql}");
    }
    // Checked against the sources too: palmerpenguins' Adelie mean is 3700.66 g.
    assert_eq!(before[0].1["rows"][0], json!(["Adelie", 3701.0]));
    let (status, png) = bytes(&moved, "alice", &format!("/api/plots/{plot}.png")).await;
    assert_eq!(status, 200);
    assert!(png == png_before, "the same plot image");
}

/// A bucket with a SQLite catalog per server is refused: each server would clean up the
/// others' files as leftovers.
#[test]
fn a_bucket_needs_a_shared_catalog() {
    let dir = tempfile::tempdir().unwrap();
    let at = blinq_server::store::Locations {
        files: Some(format!("s3://{BUCKET}/{PREFIX}")),
        ..Default::default()
    };
    let err = blinq_server::store::Store::open_at(dir.path(), &at).unwrap_err();
    assert!(err.to_string().contains("--catalog postgres://"), "{err}");
}
