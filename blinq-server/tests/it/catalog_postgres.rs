//! The catalog on a real PostgreSQL server (see `common::postgres`). Each test gets a
//! database of its own on it.

use std::path::Path;
use std::process::Command;

use blinq_server::store::Store;
use blinq_server::{App, ServeArgs};
use serde_json::{Value, json};

use crate::common::postgres::{OwnPostgres, column, fresh_database};
use crate::common::{Server, config};

fn with_catalog(dir: &Path, url: &str) -> ServeArgs {
    let mut config = config(dir);
    config.catalog = Some(url.to_string());
    config
}

async fn json(response: reqwest::Response) -> (u16, Value) {
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test(flavor = "multi_thread")]
async fn the_api_keeps_its_catalog_in_postgres() {
    let url = fresh_database();
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_with(with_catalog(dir.path(), &url)).await;
    let id = server.upload_fixture("alice", "penguins.csv").await;
    assert_eq!(
        column(&url, "SELECT id FROM datasets WHERE owner = 'alice'"),
        [id.as_str()]
    );
    assert!(
        !dir.path().join("catalog.sqlite3").exists(),
        "no SQLite catalog beside"
    );

    // palmerpenguins: 152 Adelie.
    let (status, body) = server
        .query(
            "alice",
            json!(id),
            "SELECT count(*) AS n FROM data WHERE species = 'Adelie'",
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["rows"][0][0], 152);

    // A dictionary is kept with the columns, in one transaction.
    let (status, _) = json(
        server
            .put("alice", &format!("/api/data/{id}/dictionary"))
            .json(&json!({"body_mass_g": {"description": "weight", "unit": "g"}}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 200);
    let columns = column(&url, "SELECT columns FROM datasets");
    assert!(columns[0].contains("weight"), "{columns:?}");

    // Plots: the row names the three files, which are served back.
    let (status, plot) = json(
        server
            .post("alice", "/api/plots")
            .json(&json!({"dataset": id, "spec": {"kind": "bar", "x": "species"}}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 201, "{plot}");
    let plot_id = plot["id"].as_str().unwrap();
    assert_eq!(
        column(&url, "SELECT vl_file FROM plots"),
        [format!("plots/{plot_id}.vl.json")]
    );
    let (status, spec) = json(
        server
            .get("alice", plot["vl_url"].as_str().unwrap())
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(spec["data"]["values"].as_array().unwrap().len(), 3);
    let (_, listed) = json(server.get("bob", "/api/plots").send().await.unwrap()).await;
    assert!(
        listed["plots"].as_array().unwrap().is_empty(),
        "bob sees none"
    );

    // Deletes remove the row, then the files.
    let response = server
        .delete("alice", &format!("/api/plots/{plot_id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    let response = server
        .delete("alice", &format!("/api/data/{id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    assert_eq!(column(&url, "SELECT count(*) FROM datasets"), ["0"]);
    assert_eq!(column(&url, "SELECT count(*) FROM plots"), ["0"]);
    assert!(!dir.path().join(format!("datasets/{id}.parquet")).exists());
    server.stop().await;
}

/// Two servers on one catalog and one directory: what one stores, the other serves.
#[tokio::test(flavor = "multi_thread")]
async fn two_servers_share_one_catalog() {
    let url = fresh_database();
    let dir = tempfile::tempdir().unwrap();
    let a = Server::start_with(with_catalog(dir.path(), &url)).await;
    let b = Server::start_with(with_catalog(dir.path(), &url)).await;
    let id = a.upload_fixture("alice", "penguins.csv").await;
    let (_, listed) = json(b.get("alice", "/api/data").send().await.unwrap()).await;
    assert_eq!(listed["datasets"][0]["id"], id.as_str(), "{listed}");
    let (status, body) = b
        .query("alice", json!(id), "SELECT count(*) AS n FROM data")
        .await;
    assert_eq!((status, body["rows"][0][0].clone()), (200, json!(344)));
    let response = b
        .delete("alice", &format!("/api/data/{id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    let (status, _) = json(
        a.get("alice", &format!("/api/data/{id}"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 404);
    a.stop().await;
    b.stop().await;
}

/// Replicas starting at once on a new database: each migration is applied exactly once.
#[test]
fn replicas_starting_at_once_migrate_once() {
    let url = fresh_database();
    let dirs: Vec<tempfile::TempDir> = (0..4).map(|_| tempfile::tempdir().unwrap()).collect();
    let opened: Vec<_> = dirs
        .iter()
        .map(|d| {
            let (root, url) = (d.path().to_path_buf(), url.clone());
            std::thread::spawn(move || Store::open_with(&root, Some(&url)).map(|_| ()))
        })
        .collect();
    for handle in opened {
        handle.join().unwrap().unwrap();
    }
    assert_eq!(column(&url, "SELECT version FROM blinq_migrations"), ["1"]);
    assert_eq!(
        column(
            &url,
            "SELECT column_name::text FROM information_schema.columns \
             WHERE table_name = 'plots' AND column_name = 'vl_file'"
        ),
        ["vl_file"]
    );
}

#[test]
fn a_catalog_that_cannot_be_used_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let refused = |catalog: &str| {
        let (root, catalog) = (dir.path().to_path_buf(), catalog.to_string());
        std::thread::spawn(move || {
            let mut args = ServeArgs::for_data_dir(root);
            args.auth.jwt_secret = Some("s".repeat(32));
            args.catalog = Some(catalog);
            match App::new(args) {
                Ok(_) => panic!("a catalog that cannot be used was accepted"),
                Err(e) => e.to_string(),
            }
        })
        .join()
        .unwrap()
    };
    // Nothing listens on port 1; the password never appears in the message.
    let message = refused("postgres://blinq:hunter2@127.0.0.1:1/blinq");
    assert!(message.contains("127.0.0.1:1"), "{message}");
    assert!(!message.contains("hunter2"), "{message}");
    let message = refused("mysql://blinq:hunter2@127.0.0.1/blinq");
    assert!(message.contains("unknown catalog"), "{message}");
    assert!(!message.contains("hunter2"), "{message}");
}

/// The catalog goes away under a running server: requests are 503 `unavailable` (not 500),
/// `/ready` says so; when it is back, the same server serves again.
#[tokio::test(flavor = "multi_thread")]
async fn a_catalog_outage_is_a_503_and_the_server_recovers() {
    let pg = OwnPostgres::start();
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_with(with_catalog(dir.path(), &pg.url())).await;
    let id = server.upload_fixture("alice", "penguins.csv").await;

    pg.script("stop");
    let (status, body) = json(server.get("alice", "/api/data").send().await.unwrap()).await;
    assert_eq!(
        (status, body["error"]["code"].clone()),
        (503, json!("unavailable")),
        "{body}"
    );
    let ready = reqwest::get(server.url("/ready")).await.unwrap();
    assert_eq!(ready.status(), 503);

    pg.script("start");
    let (status, body) = json(server.get("alice", "/api/data").send().await.unwrap()).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["datasets"][0]["id"], id.as_str());
    server.stop().await;
}

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn listen(server: &Server, user: &str) -> Socket {
    let url = server.ws_url(&format!("/ws/plots?token={}", server.token(user)));
    tokio_tungstenite::connect_async(url).await.unwrap().0
}

/// The next event of `kind` on `socket` within `wait`, or None.
async fn next_event(socket: &mut Socket, kind: &str, wait: std::time::Duration) -> Option<Value> {
    use futures_util::StreamExt;
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        let message = tokio::time::timeout_at(deadline, socket.next())
            .await
            .ok()??;
        if let Ok(tokio_tungstenite::tungstenite::Message::Text(text)) = message {
            let event: Value = serde_json::from_str(&text).unwrap();
            if event["type"] == kind {
                return Some(event);
            }
        }
    }
}

async fn create_plot(server: &Server, dataset: &str) -> String {
    let (status, plot) = json(
        server
            .post("alice", "/api/plots")
            .json(&json!({"dataset": dataset, "spec": {"kind": "pie", "x": "island"}}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 201, "{plot}");
    plot["id"].as_str().unwrap().to_string()
}

/// Two servers on one PostgreSQL catalog and no Kafka: a plot made through one reaches the
/// browsers of the other, through PostgreSQL; events made while PostgreSQL is down arrive
/// once it is back, each once.
#[tokio::test(flavor = "multi_thread")]
async fn events_reach_the_other_server_through_postgres() {
    use std::time::Duration;
    let pg = OwnPostgres::start();
    let url = pg.url();
    let dir = tempfile::tempdir().unwrap();
    let a = Server::start_with(with_catalog(dir.path(), &url)).await;
    let b = Server::start_with(with_catalog(dir.path(), &url)).await;
    let ready: Value = reqwest::get(b.url("/ready"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(ready["notifications"], "postgres", "{ready}");
    let mut on_b = listen(&b, "alice").await;
    let mut bob_on_b = listen(&b, "bob").await;
    let dataset = a.upload_fixture("alice", "penguins.csv").await;
    let created = next_event(&mut on_b, "dataset.created", Duration::from_secs(10))
        .await
        .expect("dataset.created reached the other server");
    assert_eq!(created["id"], dataset.as_str());
    let plot = create_plot(&a, &dataset).await;
    let event = next_event(&mut on_b, "plot.created", Duration::from_secs(10))
        .await
        .expect("plot.created reached the other server");
    assert_eq!(event["id"], plot.as_str());
    assert_eq!(event["vl_url"], format!("/api/plots/{plot}.vl.json"));

    // PostgreSQL goes down: a's own clients still hear of a's plots, b's do not yet...
    let mut on_a = listen(&a, "alice").await;
    pg.script("stop");
    let (status, _) = json(
        a.delete("alice", &format!("/api/plots/{plot}"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 503, "the catalog is down");
    // An event that needs no catalog: a's local clients get it at once.
    a.notifier.publish(blinq_server::notify::Event::new(
        blinq_server::notify::EventKind::PlotDeleted,
        "while-down",
        "alice",
    ));
    let local = next_event(&mut on_a, "plot.deleted", Duration::from_secs(5)).await;
    assert_eq!(local.unwrap()["id"], "while-down");
    assert!(
        next_event(&mut on_b, "plot.deleted", Duration::from_millis(1500))
            .await
            .is_none()
    );
    let ready = reqwest::get(a.url("/ready")).await.unwrap();
    assert_eq!(ready.status(), 503, "degraded while PostgreSQL is down");

    // ...and once it is back, the waiting event reaches b, once; bob never sees alice's.
    pg.script("start");
    let late = next_event(&mut on_b, "plot.deleted", Duration::from_secs(20))
        .await
        .expect("the event made during the outage arrived");
    assert_eq!(late["id"], "while-down");
    assert!(
        next_event(&mut on_b, "plot.deleted", Duration::from_millis(2500))
            .await
            .is_none(),
        "delivered once"
    );
    assert!(
        next_event(&mut bob_on_b, "plot.created", Duration::from_millis(100))
            .await
            .is_none()
    );
    a.stop().await;
    b.stop().await;
}

fn blinq(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_blinq"))
        .args(args)
        .env_remove("BLINQ_CATALOG")
        .env_remove("BLINQ_DATA_DIR")
        .output()
        .unwrap()
}

/// An embedded deployment moves to PostgreSQL with `blinq migrate`: twice is harmless, and a
/// server on the new catalog serves what the old one stored.
#[tokio::test(flavor = "multi_thread")]
async fn blinq_migrate_moves_an_embedded_catalog_to_postgres() {
    let url = fresh_database();
    let dir = tempfile::tempdir().unwrap();
    let embedded = Server::start(dir.path()).await;
    let dataset = embedded.upload_fixture("alice", "penguins.csv").await;
    let plot = create_plot(&embedded, &dataset).await;
    embedded.stop().await;

    let data_dir = dir.path().to_str().unwrap();
    let first = blinq(&["migrate", "--data-dir", data_dir, "--catalog", &url]);
    let out = String::from_utf8_lossy(&first.stdout);
    assert!(first.status.success(), "{first:?}");
    assert!(
        out.contains("1 datasets and 1 plots") && out.contains("2 rows added"),
        "{out}"
    );
    let again = blinq(&["migrate", "--data-dir", data_dir, "--catalog", &url]);
    assert!(
        String::from_utf8_lossy(&again.stdout).contains("0 rows added"),
        "{again:?}"
    );

    let server = Server::start_with(with_catalog(dir.path(), &url)).await;
    let (_, listed) = json(server.get("alice", "/api/data").send().await.unwrap()).await;
    assert_eq!(listed["datasets"][0]["id"], dataset.as_str(), "{listed}");
    let (status, body) = server
        .query("alice", json!(dataset), "SELECT count(*) AS n FROM data")
        .await;
    assert_eq!((status, body["rows"][0][0].clone()), (200, json!(344)));
    let (status, spec) = json(
        server
            .get("alice", &format!("/api/plots/{plot}.vl.json"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(spec["mark"]["type"], "arc");
    server.stop().await;

    // A directory without a catalog: a clear error, nothing written.
    let empty = tempfile::tempdir().unwrap();
    let refused = blinq(&[
        "migrate",
        "--data-dir",
        empty.path().to_str().unwrap(),
        "--catalog",
        &url,
    ]);
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("nothing to migrate"),
        "{refused:?}"
    );
}

/// Sessions are stateless: a follow-up sent to another server (its plan travels with the
/// request) is answered there as on the first. Means of 2008 per species from pandas.
#[tokio::test(flavor = "multi_thread")]
async fn a_follow_up_can_go_to_another_server() {
    let url = fresh_database();
    let dir = tempfile::tempdir().unwrap();
    let a = Server::start_with(with_catalog(dir.path(), &url)).await;
    let b = Server::start_with(with_catalog(dir.path(), &url)).await;
    let dataset = a.upload_fixture("alice", "penguins.csv").await;
    let (status, first) = json(
        a.post("alice", "/api/analysis")
            .json(&json!({"dataset": dataset, "query": "average body mass by species"}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 200, "{first}");
    let (status, follow_up) = json(
        b.post("alice", "/api/analysis")
            .json(&json!({"dataset": dataset, "query": "only for 2008", "previous": first["plan"]}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, 200, "{follow_up}");
    let rows = follow_up["table"]["rows"].as_array().unwrap();
    let means: Vec<(String, f64)> = rows
        .iter()
        .map(|r| (r[0].as_str().unwrap().to_string(), r[1].as_f64().unwrap()))
        .collect();
    let expected = [
        ("Adelie", 3742.0),
        ("Chinstrap", 3800.0),
        ("Gentoo", 5019.565217391),
    ];
    assert_eq!(means.len(), 3, "{follow_up}");
    for ((species, got), (want_species, want)) in means.iter().zip(expected) {
        assert_eq!(species, want_species);
        assert!((got - want).abs() < 1e-6, "{species}: {got} vs {want}");
    }
    a.stop().await;
    b.stop().await;
}
