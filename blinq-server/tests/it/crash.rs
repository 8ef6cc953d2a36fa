//! Crash consistency: `blinq serve` killed with SIGKILL in the middle of uploads, plot
//! creation and deletes, again and again. After each restart every acknowledged write is
//! there, every acknowledged delete is gone, nothing else is (only writes still in flight at
//! the kill may or may not have happened), and the data directory holds exactly the files
//! the catalog names.

use std::collections::HashSet;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::common::process::{Options, Process, send};
use serde_json::{Value, json};

/// What the clients saw, across every round.
#[derive(Default, Debug, Clone)]
struct Ledger {
    /// Acknowledged uploads: (id, name).
    datasets: Vec<(String, String)>,
    /// Names of uploads sent but not acknowledged (in flight at a kill).
    uploads_unsure: HashSet<String>,
    /// Acknowledged plots: (id, title).
    plots: Vec<(String, String)>,
    /// Titles of plots requested but not acknowledged.
    plots_unsure: HashSet<String>,
    /// Acknowledged deletes (dataset or plot ids).
    deleted: HashSet<String>,
    /// Deletes sent but not acknowledged.
    deletes_unsure: HashSet<String>,
}

const ROUNDS: u64 = 24;

/// A small pseudo-random sequence (no dependency; the same every run).
fn next(seed: &mut u64) -> u64 {
    *seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
    *seed >> 33
}

fn penguins_head() -> Vec<u8> {
    let text = std::fs::read_to_string(crate::common::fixture("penguins.csv")).unwrap();
    text.lines()
        .take(60)
        .collect::<Vec<_>>()
        .join("\n")
        .into_bytes()
}

async fn uploader(server: Arc<Process>, token: String, round: u64, ledger: Arc<Mutex<Ledger>>) {
    let bytes = penguins_head();
    for i in 0.. {
        let name = format!("r{round}_u{i}");
        ledger.lock().unwrap().uploads_unsure.insert(name.clone());
        let sent = server
            .upload(&token, "p.csv", bytes.clone(), Some(&name))
            .await;
        let Some((201, body)) = sent else { return };
        let mut ledger = ledger.lock().unwrap();
        ledger.uploads_unsure.remove(&name);
        ledger
            .datasets
            .push((body["id"].as_str().unwrap().to_string(), name));
    }
}

async fn plotter(server: Arc<Process>, token: String, round: u64, ledger: Arc<Mutex<Ledger>>) {
    for i in 0.. {
        let dataset = {
            let ledger = ledger.lock().unwrap();
            ledger
                .datasets
                .iter()
                .rev()
                .find(|(id, _)| !ledger.deleted.contains(id) && !ledger.deletes_unsure.contains(id))
                .map(|(id, _)| id.clone())
        };
        let Some(dataset) = dataset else {
            tokio::time::sleep(Duration::from_millis(20)).await;
            continue;
        };
        let title = format!("r{round}_p{i}");
        ledger.lock().unwrap().plots_unsure.insert(title.clone());
        let spec = json!({"kind": "bar", "x": "species", "y": "body_mass_g", "title": title});
        let request = server.client.post(server.url("/api/plots"));
        let sent = send(
            request
                .bearer_auth(&token)
                .json(&json!({"dataset": dataset, "spec": spec})),
        )
        .await;
        let Some((201, body)) = sent else { return };
        let mut ledger = ledger.lock().unwrap();
        ledger.plots_unsure.remove(&title);
        ledger
            .plots
            .push((body["id"].as_str().unwrap().to_string(), title));
    }
}

async fn deleter(server: Arc<Process>, token: String, mut seed: u64, ledger: Arc<Mutex<Ledger>>) {
    loop {
        tokio::time::sleep(Duration::from_millis(30)).await;
        let target = {
            let mut ledger = ledger.lock().unwrap();
            let pick_plot = next(&mut seed) & 1 == 0;
            let pool: Vec<String> = if pick_plot {
                ledger
                    .plots
                    .iter()
                    .map(|(id, _)| format!("plots/{id}"))
                    .collect()
            } else {
                ledger
                    .datasets
                    .iter()
                    .map(|(id, _)| format!("data/{id}"))
                    .collect()
            };
            let live: Vec<String> = pool
                .into_iter()
                .filter(|p| {
                    let id = p.rsplit('/').next().unwrap();
                    !ledger.deleted.contains(id) && !ledger.deletes_unsure.contains(id)
                })
                .collect();
            if live.len() < 3 {
                continue;
            }
            let target = live[next(&mut seed) as usize % live.len()].clone();
            let id = target.rsplit('/').next().unwrap().to_string();
            ledger.deletes_unsure.insert(id);
            target
        };
        let id = target.rsplit('/').next().unwrap().to_string();
        let sent = server
            .client
            .delete(server.url(&format!("/api/{target}")))
            .bearer_auth(&token)
            .send()
            .await;
        let Ok(response) = sent else { return };
        if response.status() != 204 {
            return;
        }
        let mut ledger = ledger.lock().unwrap();
        ledger.deletes_unsure.remove(&id);
        ledger.deleted.insert(id);
    }
}

async fn get(server: &Process, token: &str, path: &str) -> Value {
    let response = server
        .client
        .get(server.url(path))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.unwrap()
}

/// The file names in `dir`.
fn files(dir: &Path) -> HashSet<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

/// Check the restarted server against what the clients were told.
async fn check(server: &Process, token: &str, ledger: &Ledger) {
    let listed = get(server, token, "/api/data").await;
    let datasets: HashSet<String> = listed["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    for (id, name) in &ledger.datasets {
        let deleted = ledger.deleted.contains(id);
        let unsure = ledger.deletes_unsure.contains(id);
        if deleted {
            assert!(!datasets.contains(id), "deleted dataset {name} is back");
        } else if !unsure {
            assert!(datasets.contains(id), "acknowledged dataset {name} is lost");
        }
    }
    let acked: HashSet<&str> = ledger.datasets.iter().map(|(id, _)| id.as_str()).collect();
    for dataset in listed["datasets"].as_array().unwrap() {
        let id = dataset["id"].as_str().unwrap();
        let name = dataset["name"].as_str().unwrap();
        assert!(
            acked.contains(id) || ledger.uploads_unsure.contains(name),
            "dataset {name} was never uploaded"
        );
        assert_eq!(dataset["rows"], 59, "{dataset}");
    }

    let listed = get(server, token, "/api/plots").await;
    let plots: HashSet<String> = listed["plots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_string())
        .collect();
    for (id, title) in &ledger.plots {
        if ledger.deleted.contains(id) {
            assert!(!plots.contains(id), "deleted plot {title} is back");
        } else if !ledger.deletes_unsure.contains(id) {
            assert!(plots.contains(id), "acknowledged plot {title} is lost");
        }
    }
    let acked: HashSet<&str> = ledger.plots.iter().map(|(id, _)| id.as_str()).collect();
    for plot in listed["plots"].as_array().unwrap() {
        let id = plot["id"].as_str().unwrap();
        let title = plot["spec"]["title"].as_str().unwrap_or_default();
        assert!(
            acked.contains(id) || ledger.plots_unsure.contains(title),
            "plot {title} was never requested"
        );
    }

    // Exactly the catalog's files, and nothing half-written.
    let dir = &server.data_dir;
    let want: HashSet<String> = datasets.iter().map(|id| format!("{id}.parquet")).collect();
    assert_eq!(files(&dir.join("datasets")), want);
    let want: HashSet<String> = plots
        .iter()
        .flat_map(|id| {
            [
                format!("{id}.png"),
                format!("{id}.svg"),
                format!("{id}.vl.json"),
            ]
        })
        .collect();
    assert_eq!(files(&dir.join("plots")), want);
    assert!(files(&dir.join("tmp")).is_empty());
    // And every stored file reads back.
    for id in &datasets {
        let detail = get(server, token, &format!("/api/data/{id}")).await;
        assert_eq!(detail["rows"], 59);
    }
    for id in &plots {
        let response = server
            .client
            .get(server.url(&format!("/api/plots/{id}.png")))
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        let bytes = response.bytes().await.unwrap();
        assert!(bytes.starts_with(b"\x89PNG"), "plot {id} is not a PNG");
        let response = server
            .client
            .get(server.url(&format!("/api/plots/{id}.vl.json")))
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        let spec: serde_json::Value = response.json().await.unwrap();
        assert!(
            spec["data"]["values"].is_array(),
            "plot {id}'s Vega-Lite spec"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn acknowledged_writes_survive_sigkill_and_nothing_else_is_left() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let ledger = Arc::new(Mutex::new(Ledger::default()));
    let mut seed = 42u64;
    let mut kills = 0;
    for round in 0..=ROUNDS {
        let server = Arc::new(Process::start(&data, tmp.path(), Options::default()));
        assert!(server.healthy().await);
        let token = server.token("alice");
        let seen = ledger.lock().unwrap().clone();
        check(&server, &token, &seen).await;
        if round == ROUNDS {
            break;
        }
        let tasks = [
            tokio::spawn(uploader(
                server.clone(),
                token.clone(),
                round,
                ledger.clone(),
            )),
            tokio::spawn(plotter(
                server.clone(),
                token.clone(),
                round,
                ledger.clone(),
            )),
            tokio::spawn(deleter(
                server.clone(),
                token.clone(),
                next(&mut seed),
                ledger.clone(),
            )),
        ];
        let delay = 300 + next(&mut seed) % 900;
        tokio::time::sleep(Duration::from_millis(delay)).await;
        // SIGKILL: no chance to finish anything.
        #[cfg(unix)]
        // SAFETY: kill with the pid of our own, unreaped child.
        unsafe {
            libc::kill(server.pid() as i32, libc::SIGKILL);
        }
        kills += 1;
        for task in tasks {
            let _ = tokio::time::timeout(Duration::from_secs(30), task).await;
        }
        let mut server = Arc::try_unwrap(server).ok().expect("the clients are done");
        server.kill();
    }
    let ledger = ledger.lock().unwrap();
    assert!(kills >= 20);
    // The loop did real work in flight: many writes and deletes were acknowledged.
    assert!(
        ledger.datasets.len() >= 40,
        "{} uploads",
        ledger.datasets.len()
    );
    assert!(ledger.plots.len() >= 20, "{} plots", ledger.plots.len());
    assert!(
        ledger.deleted.len() >= 10,
        "{} deletes",
        ledger.deleted.len()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn leftovers_are_removed_at_start_and_missing_files_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let mut server = Process::start(&data, tmp.path(), Options::default());
    let token = server.token("alice");
    let mut ids = Vec::new();
    for name in ["kept", "lost"] {
        let (status, body) = server
            .upload(&token, "p.csv", penguins_head(), Some(name))
            .await
            .unwrap();
        assert_eq!(status, 201, "{body}");
        ids.push(body["id"].as_str().unwrap().to_string());
    }
    server.stop();
    // What a crash leaves: temporary files, an upload, a file without a catalog row; and a
    // catalog row whose file went missing.
    let planted = [
        "datasets/.tmp-0d5c.parquet",
        "datasets/11111111-2222-3333-4444-555555555555.parquet",
        "plots/11111111-2222-3333-4444-555555555555.png",
        "plots/.tmp-91ab",
        // A write through object_store's local store, interrupted before its rename.
        "plots/11111111-2222-3333-4444-555555555555.svg#7",
        "tmp/upload-7f3e",
        "tmp/result-22aa",
    ];
    for file in planted {
        std::fs::write(data.join(file), b"left over").unwrap();
    }
    std::fs::remove_file(data.join(format!("datasets/{}.parquet", ids[1]))).unwrap();

    let server = Process::start(
        &data,
        tmp.path(),
        Options {
            log_level: Some("info"),
            ..Options::default()
        },
    );
    assert!(server.healthy().await);
    for file in planted {
        assert!(!data.join(file).exists(), "{file} is still there");
    }
    assert!(data.join(format!("datasets/{}.parquet", ids[0])).exists());
    let log = server.log_text();
    assert!(log.contains(&format!("dataset {}", ids[1])), "{log}");
    assert!(
        log.contains("removed files left by an interrupted write"),
        "{log}"
    );
    // The kept dataset still answers.
    let detail = get(&server, &token, &format!("/api/data/{}", ids[0])).await;
    assert_eq!(detail["rows"], 59);

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for file in ["catalog.sqlite3", "catalog.sqlite3-wal", "jwt-secret"] {
            let path = data.join(file);
            if file == "jwt-secret" && !path.exists() {
                continue;
            }
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{file} is {mode:o}");
        }
        let parquet = data.join(format!("datasets/{}.parquet", ids[0]));
        let mode = std::fs::metadata(parquet).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}

/// An upgrade replaces the binary under a running server: the workers it starts afterwards
/// still run its own program (a newer one may speak another protocol on the pipe).
#[cfg(target_os = "linux")]
#[tokio::test(flavor = "multi_thread")]
async fn workers_start_from_the_running_binary_after_its_file_is_replaced() {
    use std::os::unix::fs::PermissionsExt;
    let home = tempfile::tempdir().unwrap();
    let program = home.path().join("blinq");
    std::fs::copy(env!("CARGO_BIN_EXE_blinq"), &program).unwrap();
    let server = Process::start(
        &home.path().join("data"),
        home.path(),
        Options {
            args: vec!["--workers", "1", "--query-memory-mb", "200"],
            program: Some(&program),
            ..Options::default()
        },
    );
    let token = server.token("alice");
    let id = server
        .upload_ok(&token, "penguins.csv", penguins_head())
        .await;
    // The file is replaced by something that is not blinq at all.
    std::fs::remove_file(&program).unwrap();
    std::fs::write(&program, "#!/bin/sh\nexit 3\n").unwrap();
    std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap();
    // A query past the worker's memory ends it; its replacement is started.
    let (status, body) = server
        .query(
            &token,
            &id,
            "select max(lpad(a.species, 10000) || b.island || c.sex) as s \
             from data a, data b, data c, data d",
        )
        .await;
    assert_eq!(status, 413, "{body}\n{}", server.log_text());
    let (status, body) = server
        .query(&token, &id, "select count(*) as n from data")
        .await;
    assert_eq!(status, 200, "{body}\n{}", server.log_text());
    assert!(body["rows"][0][0].as_u64().unwrap() > 0, "{body}");
}
