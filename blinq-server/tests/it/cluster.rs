//! `blinq serve --engine ballista://`: a scheduler and two executors started as `blinq
//! cluster` processes on loopback, each executor with a 256 MiB memory pool, and a server
//! that sends every query there (`--engine-threshold-mb 0`). Over the generated dataset of
//! `beyond_memory` (80 million rows, written uncompressed: 2.02 GB of Parquet): a GROUP BY
//! and a join give the closed-form answers and the same rows as polars' streaming engine
//! over the same file; a question and a chart are answered from the cluster; the sandbox
//! refuses escapes before anything is sent; an executor killed mid-query gives the right
//! answer (the work is run again) or a clear error, never a wrong answer. With the datasets
//! in an S3-compatible bucket, the cluster reads them from there, and answers questions and
//! draws charts of them. The commands are the ones docs/deploy.md shows, on free ports.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use blinq_core::LoadOptions;
use blinq_core::dataset::LazyDataset;
use blinq_core::polars::prelude::ParquetCompression;
use blinq_core::sql::Session;
use serde_json::{Value, json};

use crate::beyond_memory::{ROWS, labels_csv, stored_big_dataset_with};
use crate::common::free_port;
use crate::common::postgres::fresh_database;
use crate::common::process::{Options, Process, send};
use crate::common::s3::{BUCKET, OwnS3};

/// A `blinq cluster` process, killed when dropped; its output in `log`.
struct Node {
    child: Child,
    log: std::path::PathBuf,
}

impl Node {
    fn start(dir: &Path, name: &str, args: &[&str]) -> Node {
        let log = dir.join(format!("{name}.log"));
        let child = Command::new(env!("CARGO_BIN_EXE_blinq"))
            .arg("cluster")
            .args(args)
            .env("RUST_LOG", "warn")
            .stdout(std::fs::File::create(&log).unwrap())
            .stderr(Stdio::from(
                std::fs::File::options().append(true).open(&log).unwrap(),
            ))
            .spawn()
            .expect("start blinq cluster");
        Node { child, log }
    }

    fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn executor(dir: &Path, name: &str, scheduler: &str) -> Node {
    let (flight, grpc) = (free_port().to_string(), free_port().to_string());
    let work = dir.join(format!("{name}-work"));
    std::fs::create_dir_all(&work).unwrap();
    Node::start(
        dir,
        name,
        &[
            "executor",
            "--scheduler",
            scheduler,
            "--flight-port",
            &flight,
            "--grpc-port",
            &grpc,
            "--concurrent-tasks",
            "1",
            "--memory-mb",
            "256",
            "--heartbeat-secs",
            "1",
            "--work-dir",
            work.to_str().unwrap(),
        ],
    )
}

/// The answer to the first query of a new cluster: retried for up to 30 s while its
/// executors register with the scheduler (until then the cluster has nowhere to run it).
async fn first_answer(server: &Process, token: &str, id: &str, sql: &str) -> (u16, Value) {
    let mut answer = (0, Value::Null);
    for _ in 0..30 {
        answer = server.query(token, id, sql).await;
        if answer.0 == 200 {
            break;
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    answer
}

/// POST `body` to `path` as `token`'s; the status and JSON answer.
async fn post(server: &Process, token: &str, path: &str, body: Value) -> (u16, Value) {
    let request = server.client.post(server.url(path)).json(&body);
    send(request.bearer_auth(token)).await.unwrap()
}

/// The values a chart's Vega-Lite spec draws, as (x, value) pairs.
fn drawn(vega_lite: &Value) -> Vec<(Value, f64)> {
    vega_lite["data"]["values"]
        .as_array()
        .unwrap_or_else(|| panic!("no values: {vega_lite}"))
        .iter()
        .map(|v| {
            // Bars and histograms draw `value`, lines `y`.
            let value = v["value"].as_f64().or(v["y"].as_f64());
            (v["x"].clone(), value.unwrap_or_else(|| panic!("{v}")))
        })
        .collect()
}

/// The rows of a JSON answer, for messages.
fn rows(body: &Value) -> &Value {
    &body["rows"]
}

#[tokio::test(flavor = "multi_thread")]
async fn a_cluster_of_two_executors_answers_queries_over_a_dataset_larger_than_their_memory() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    // Uncompressed, so that the cluster reads gigabytes of Parquet, not 245 MB of zstd.
    let id = stored_big_dataset_with(&data, ParquetCompression::Uncompressed);
    let file = data.join(format!("datasets/{id}.parquet"));
    let on_disk = std::fs::metadata(&file).unwrap().len();
    eprintln!("the generated dataset: {on_disk} bytes of Parquet");
    assert!(on_disk >= 2_000_000_000, "{on_disk} bytes");
    let scheduler_port = free_port().to_string();
    let scheduler_addr = format!("127.0.0.1:{scheduler_port}");
    let scheduler = Node::start(
        home.path(),
        "scheduler",
        &[
            "scheduler",
            "--bind",
            &scheduler_addr,
            "--executor-timeout-secs",
            "5",
        ],
    );
    let first = executor(home.path(), "executor-1", &scheduler_addr);
    let mut second = executor(home.path(), "executor-2", &scheduler_addr);
    let engine = format!("ballista://{scheduler_addr}");
    let server = Process::start(
        &data,
        home.path(),
        Options {
            args: vec![
                "--engine",
                &engine,
                "--engine-threshold-mb",
                "0",
                "--query-timeout-secs",
                "600",
                "--request-timeout-secs",
                "600",
                // Answers must come from the cluster each time, not from the result cache.
                "--result-cache-mb",
                "0",
            ],
            ..Options::default()
        },
    );
    let token = server.token("alice");
    let logs = || {
        format!(
            "{}\n--- scheduler\n{}\n--- executor 1\n{}",
            server.log_text(),
            scheduler.log_text(),
            first.log_text()
        )
    };

    // GROUP BY on the cluster: sum(v) over k is 80,000 k + 1000 * 79,999 * 80,000 / 2;
    // max(u) is -k. The first answer may wait for the executors to register.
    let group_by = "SELECT k, count(*) AS n, sum(v) AS total, max(u) AS top FROM data \
                    GROUP BY k ORDER BY k";
    let (status, body) = first_answer(&server, &token, &id, group_by).await;
    assert_eq!(status, 200, "{body}\n{}", logs());
    let base: i64 = 1000 * 79_999 * 80_000 / 2;
    let got = rows(&body).as_array().unwrap();
    assert_eq!(got.len(), 1000, "{body}");
    for (k, row) in got.iter().enumerate() {
        let k = k as i64;
        assert_eq!(row, &json!([k, 80_000, base + 80_000 * k, -k]), "k = {k}");
    }

    // The same rows as polars' streaming engine over the same file.
    let polars = std::thread::spawn({
        let file = file.clone();
        move || {
            let scan = LazyDataset::scan_path(&file, &LoadOptions::default())
                .unwrap()
                .unwrap();
            let frame = Session::with_scan(scan).execute_all(group_by).unwrap();
            blinq_core::dataset::table_json(&frame).rows
        }
    })
    .join()
    .unwrap();
    assert_eq!(rows(&body), &json!(polars));

    // Whole-table aggregates and a filter: the sum of 0..ROWS and of i / 2, the multiples
    // of 7 below ROWS.
    let (status, body) = server
        .query(
            &token,
            &id,
            "SELECT sum(v) AS s, sum(w) AS half, count(*) AS n FROM data WHERE v % 7 = 0",
        )
        .await;
    assert_eq!(status, 200, "{body}\n{}", logs());
    let sevens = (ROWS + 6) / 7;
    let sum7 = 7 * (sevens - 1) * sevens / 2;
    assert_eq!(rows(&body)[0][0], json!(sum7));
    assert_eq!(rows(&body)[0][1].as_f64().unwrap(), sum7 as f64 / 2.0);
    assert_eq!(rows(&body)[0][2], json!(sevens));

    // A join with a second dataset (uploaded, small): half the keys are even.
    let labels = server.upload_ok(&token, "labels.csv", labels_csv()).await;
    let request = server
        .client
        .post(server.url("/api/data/query"))
        .json(&json!({
            "dataset": [id, labels],
            "sql": "SELECT l.label, count(*) AS n, sum(b.v) AS total FROM big b \
                    JOIN labels l ON b.k = l.k GROUP BY l.label ORDER BY l.label",
        }));
    let (status, body) = send(request.bearer_auth(&token)).await.unwrap();
    assert_eq!(status, 200, "{body}\n{}", logs());
    let total = ROWS * (ROWS - 1) / 2;
    // The even keys hold the even k's rows: sum over even k of (80,000 k + base).
    let even: i64 = (0..1000).step_by(2).map(|k| 80_000 * k + base).sum();
    assert_eq!(
        rows(&body),
        &json!([["even", ROWS / 2, even], ["odd", ROWS / 2, total - even]])
    );

    // A question: the planner reads a sample, the sum runs on the cluster over every row.
    let (status, body) = post(
        &server,
        &token,
        "/api/analysis",
        json!({"dataset": id, "query": "total v by k"}),
    )
    .await;
    assert_eq!(status, 200, "{body}\n{}", logs());
    let table = body["table"]["rows"]
        .as_array()
        .unwrap_or_else(|| panic!("{body}"));
    assert_eq!(table.len(), 1000, "{body}");
    for (k, row) in table.iter().enumerate() {
        assert_eq!(row, &json!([k, base + 80_000 * k as i64]), "k = {k}");
    }

    // A chart of the sums: the cluster aggregates, 1000 points travel, not 80 million rows.
    let (status, body) = post(
        &server,
        &token,
        "/api/plots?include=vega_lite",
        json!({"dataset": id, "spec": {"kind": "line", "x": "k", "y": "v", "aggregate": "sum"}}),
    )
    .await;
    assert_eq!(status, 201, "{body}\n{}", logs());
    let points = drawn(&body["vega_lite"]);
    assert_eq!(points.len(), 1000, "{body}");
    for (k, (x, value)) in points.iter().enumerate() {
        assert_eq!(x.as_f64(), Some(k as f64));
        assert_eq!(*value, (base + 80_000 * k as i64) as f64, "k = {k}");
    }
    assert_eq!(body["spec"]["aggregate"], "sum", "{}", body["spec"]);
    // A scatter needs its rows: 80 million do not travel.
    let (status, body) = post(
        &server,
        &token,
        "/api/plots",
        json!({"dataset": id, "spec": {"kind": "scatter", "x": "v", "y": "w"}}),
    )
    .await;
    assert_eq!(status, 413, "{body}");
    let message = body["error"]["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("cluster") && message.contains("aggregate"),
        "{body}"
    );

    // The sandbox, before anything reaches the cluster.
    for sql in [
        "CREATE EXTERNAL TABLE t STORED AS CSV LOCATION '/etc/passwd'",
        "COPY (SELECT 1) TO '/tmp/out.csv'",
        "SELECT * FROM '/etc/passwd'",
        "SELECT * FROM information_schema.tables",
        "SELECT * FROM generate_series(1, 10)",
        "SELECT 1; SELECT 2",
    ] {
        // Refused (403 `sandbox`), or not even SQL to DataFusion's parser (400 `query`).
        let (status, body) = server.query(&token, &id, sql).await;
        let code = body["error"]["code"].as_str();
        assert!(
            matches!(
                (status, code),
                (403, Some("sandbox")) | (400, Some("query"))
            ),
            "{sql}: {status} {body}"
        );
    }

    // `blinq query --engine` over the same file, from the shell: the table is `data`.
    let out = Command::new(env!("CARGO_BIN_EXE_blinq"))
        .args(["query", "--engine", &engine])
        .arg(&file)
        .args([
            "SELECT count(*) AS n, max(k) AS top, sum(k) / 1000 AS mean FROM data",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // sum(k) / 1000 = 80,000 * 499,500 / 1000, a true division as in polars (39,960,000.0).
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "n,top,mean\n80000000,999,39960000.0\n"
    );

    // An executor killed while the GROUP BY runs: the right answer (its work run again on
    // the other) or a clear error; never a wrong answer. How long the GROUP BY runs depends
    // on the machine (a second or two with the file in the page cache), so it is timed once
    // and the executor killed a third of that time into the next run; a run that ends
    // before the kill is checked and tried again with half the delay.
    let spawn_query = || {
        let (client, url, token, id) = (
            server.client.clone(),
            server.url("/api/data/query"),
            token.clone(),
            id.clone(),
        );
        tokio::spawn(async move {
            let request = client
                .post(url)
                .bearer_auth(token)
                .json(&json!({"dataset": id, "sql": group_by}));
            send(request).await.unwrap()
        })
    };
    let timed = std::time::Instant::now();
    let (status, body) = spawn_query().await.unwrap();
    assert_eq!(status, 200, "{body}\n{}", logs());
    let mut delay = timed.elapsed() / 3;
    let query = loop {
        let query = spawn_query();
        tokio::time::sleep(delay).await;
        if !query.is_finished() {
            break query;
        }
        let (status, body) = query.await.unwrap();
        assert_eq!(status, 200, "{body}\n{}", logs());
        assert_eq!(rows(&body).as_array().map(Vec::len), Some(1000), "{body}");
        assert!(
            delay >= Duration::from_millis(10),
            "the query ended before the executor could be killed, however soon"
        );
        delay /= 2;
    };
    eprintln!("killing an executor {delay:?} into the query");
    second.child.kill().unwrap();
    second.child.wait().unwrap();
    let started = std::time::Instant::now();
    let (status, body) = query.await.unwrap();
    eprintln!("the query answered {:?} after the kill", started.elapsed());
    match status {
        200 => {
            let got = rows(&body).as_array().unwrap();
            assert_eq!(got.len(), 1000, "{body}");
            for (k, row) in got.iter().enumerate() {
                let k = k as i64;
                assert_eq!(row, &json!([k, 80_000, base + 80_000 * k, -k]), "k = {k}");
            }
        }
        503 => {
            let message = body["error"]["message"].as_str().unwrap_or_default();
            assert!(message.contains("cluster"), "{body}");
        }
        other => panic!("{other}: {body}\n{}", logs()),
    }
    eprintln!("an executor killed mid-query: {status}");
    // And the cluster still answers on the executor left.
    let (status, body) = server
        .query(&token, &id, "SELECT count(*) AS n FROM data")
        .await;
    assert_eq!(status, 200, "{body}\n{}", logs());
    assert_eq!(rows(&body)[0][0], json!(ROWS));
}

/// With `--store s3://…`, the cluster reads the dataset's object from the bucket itself: the
/// server sends its `s3://` URL and the endpoint and keys of its `AWS_*` settings (a real
/// S3-compatible server and a PostgreSQL catalog, as in the replicas' tests).
#[tokio::test(flavor = "multi_thread")]
async fn with_a_bucket_the_cluster_reads_the_datasets_from_it() {
    let home = tempfile::tempdir().unwrap();
    let s3 = OwnS3::start();
    let catalog = fresh_database();
    let scheduler_addr = format!("127.0.0.1:{}", free_port());
    let _scheduler = Node::start(
        home.path(),
        "scheduler",
        &["scheduler", "--bind", &scheduler_addr],
    );
    let _executor = executor(home.path(), "executor", &scheduler_addr);
    let engine = format!("ballista://{scheduler_addr}");
    let store = format!("s3://{BUCKET}/cluster");
    let server = Process::start(
        &home.path().join("data"),
        home.path(),
        Options {
            args: vec![
                "--catalog",
                &catalog,
                "--store",
                &store,
                "--engine",
                &engine,
                "--engine-threshold-mb",
                "0",
            ],
            env: s3.env(),
            ..Options::default()
        },
    );
    let token = server.token("alice");
    let csv = std::fs::read(crate::common::fixture("penguins.csv")).unwrap();
    let id = server.upload_ok(&token, "penguins.csv", csv).await;
    // palmerpenguins: 152 Adelie, 68 Chinstrap, 124 Gentoo; 2 rows without a body mass.
    let sql = "SELECT species, count(*) AS n, count(body_mass_g) AS weighed FROM penguins \
               GROUP BY species ORDER BY species";
    let (status, body) = first_answer(&server, &token, &id, sql).await;
    assert_eq!(status, 200, "{body}\n{}", server.log_text());
    assert_eq!(
        rows(&body),
        &json!([
            ["Adelie", 152, 151],
            ["Chinstrap", 68, 68],
            ["Gentoo", 124, 123]
        ])
    );

    // A question answered on the cluster, a chart drawn from what it sent back. The means
    // are Python's statistics.mean over the CSV's non-missing body masses per species.
    let means = [
        ("Adelie", 3700.662251655629),
        ("Chinstrap", 3733.0882352941176),
        ("Gentoo", 5076.016260162602),
    ];
    let (status, body) = post(
        &server,
        &token,
        "/api/analysis?include=vega_lite",
        json!({"dataset": id, "query": "bar chart of the average body mass by species"}),
    )
    .await;
    assert_eq!(status, 200, "{body}\n{}", server.log_text());
    assert!(body["plot_id"].is_string(), "{body}");
    let bars = drawn(&body["vega_lite"]);
    assert_eq!(bars.len(), 3, "{body}");
    for ((x, value), (species, mean)) in bars.iter().zip(means) {
        assert_eq!(x, species);
        assert!((value - mean).abs() < 1e-9, "{species}: {value}");
    }
    // Its PNG is stored like any plot's.
    let png = server
        .client
        .get(server.url(body["png_url"].as_str().unwrap()))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(png.status(), 200);
    assert_eq!(&png.bytes().await.unwrap()[1..4], b"PNG");

    // A plot of row counts per island, counted on the cluster (palmerpenguins: 168 on
    // Biscoe, 124 on Dream, 52 on Torgersen); its stored spec is the one asked for.
    let (status, body) = post(
        &server,
        &token,
        "/api/plots?include=vega_lite",
        json!({"dataset": id, "spec": {"kind": "bar", "x": "island"}}),
    )
    .await;
    assert_eq!(status, 201, "{body}\n{}", server.log_text());
    assert_eq!(
        drawn(&body["vega_lite"]),
        vec![
            (json!("Biscoe"), 168.0),
            (json!("Dream"), 124.0),
            (json!("Torgersen"), 52.0)
        ]
    );
    assert_eq!(body["spec"]["aggregate"], "count", "{}", body["spec"]);
    assert!(body["spec"].get("y").is_none(), "{}", body["spec"]);
    // A histogram needs the values themselves: 342 body masses come back.
    let (status, body) = post(
        &server,
        &token,
        "/api/plots?include=vega_lite",
        json!({"dataset": id, "spec": {"kind": "histogram", "x": "body_mass_g"}}),
    )
    .await;
    assert_eq!(status, 201, "{body}\n{}", server.log_text());
    let counted: f64 = drawn(&body["vega_lite"]).iter().map(|(_, n)| n).sum();
    assert_eq!(counted, 342.0);
    // A column the dataset lacks is the chart's own error.
    let (status, body) = post(
        &server,
        &token,
        "/api/plots",
        json!({"dataset": id, "spec": {"kind": "bar", "x": "islnd"}}),
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("island"),
        "{body}"
    );
}
