//! The cluster engine against a real Ballista scheduler and executor on loopback, started
//! in this process from `blinq_cluster::node`: the queries the agent writes give the same
//! results as the built-in (polars) engine, the limits hold, and errors are Blinq's.

use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::time::Duration;

use ballista_core::serde::protobuf::scheduler_grpc_client::SchedulerGrpcClient;
use ballista_core::serde::protobuf::{GetJobStatusParams, job_status};
use blinq_cluster::node::{ExecutorOptions, SchedulerOptions, run_executor, run_scheduler};
use blinq_cluster::{ClusterError, Engine, Table};
use blinq_core::BlinqError;
use blinq_core::Dataset;
use blinq_core::agent::{AskOptions, ask};
use blinq_core::polars::prelude::*;
use blinq_core::sql::{Session, SqlLimits};

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A scheduler and one executor (`slots` task slots, 256 MiB) in this process; the engine
/// address once the executor has registered.
async fn cluster(slots: usize) -> String {
    let port = free_port();
    let bind: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    tokio::spawn(run_scheduler(SchedulerOptions {
        bind,
        executor_timeout: Duration::from_secs(10),
    }));
    tokio::spawn(run_executor(ExecutorOptions {
        scheduler: format!("127.0.0.1:{port}"),
        flight_port: free_port(),
        grpc_port: free_port(),
        concurrent_tasks: slots,
        memory: Some(256 << 20),
        heartbeat: Duration::from_secs(1),
        ..ExecutorOptions::default()
    }));
    let url = format!("ballista://127.0.0.1:{port}");
    // Ready when a query runs (the scheduler answers and an executor has registered); each
    // try within a time limit, as a job sent before the executor registered may wait.
    let engine = Engine::from_url(&url).unwrap().with_limits(SqlLimits {
        max_rows: None,
        timeout: Some(Duration::from_secs(5)),
    });
    for _ in 0..100 {
        if engine.query(&[], "SELECT 1 AS one").await.is_ok() {
            return url;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("the cluster did not start");
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../blinq-core/tests/fixtures")
        .join(name)
}

/// `csv` written as Parquet in `dir`, and loaded back from it (both engines read the same
/// file, with the same types).
fn as_parquet(csv: &str, dir: &Path) -> (PathBuf, Dataset) {
    let loaded = Dataset::from_path(fixture(csv)).unwrap();
    let path = dir.join(csv.replace(".csv", ".parquet"));
    let mut frame = loaded.frame().clone();
    ParquetWriter::new(std::fs::File::create(&path).unwrap())
        .finish(&mut frame)
        .unwrap();
    let dataset = Dataset::from_path(&path).unwrap();
    (path, dataset)
}

/// A frame's rows as text, numbers to 9 significant digits (the engines may add floats in
/// another order); integer widths differ (polars counts in u32, DataFusion in i64), their
/// text does not.
fn rows(f: &DataFrame) -> Vec<String> {
    (0..f.height())
        .map(|i| {
            f.columns()
                .iter()
                .map(|c| match c.get(i).unwrap() {
                    AnyValue::Float64(x) => format!("{x:.9e}"),
                    AnyValue::Float32(x) => format!("{x:.6e}"),
                    AnyValue::String(s) => s.to_string(),
                    AnyValue::StringOwned(s) => s.to_string(),
                    other => other.to_string(),
                })
                .collect::<Vec<_>>()
                .join("|")
        })
        .collect()
}

/// The cluster's answer is the built-in engine's: the same columns and rows, in the same
/// order when the SQL orders them. Rows tied under `ORDER BY ... LIMIT n` may be other rows
/// of the tie on each engine (as on two runs of either): then the sort key's values must
/// match in order, and each row must be a row of the `table` queried.
fn same(sql: &str, local: &DataFrame, remote: &DataFrame, table: &DataFrame) -> Result<(), String> {
    if local.get_column_names() != remote.get_column_names() || local.height() != remote.height() {
        return Err(format!("shapes differ:\n{local}\n{remote}"));
    }
    let (mut a, mut b) = (rows(local), rows(remote));
    let upper = sql.to_uppercase();
    if !upper.contains("ORDER BY") {
        a.sort();
        b.sort();
    }
    if a == b {
        return Ok(());
    }
    let differ = || format!("values differ:\n{local}\n{remote}");
    if !upper.contains(" LIMIT ") {
        return Err(differ());
    }
    // A tie at the limit: the first ORDER BY key (a column of the result) in order ...
    let key = upper.split("ORDER BY").nth(1).unwrap_or_default();
    let key = key.trim().split([' ', ',']).next().unwrap_or_default();
    let key = key.trim_matches('"').to_lowercase();
    let column = |f: &DataFrame| {
        let name = f
            .get_column_names()
            .into_iter()
            .find(|n| n.to_lowercase() == key)
            .cloned();
        name.map(|n| rows(&f.select([n]).unwrap()))
    };
    if column(local).is_none() || column(local) != column(remote) {
        return Err(differ());
    }
    // ... and each row one of the table's (when the result's columns are the table's).
    if remote.get_column_names() == table.get_column_names() {
        let all: std::collections::HashSet<String> = rows(table).into_iter().collect();
        if !b.iter().all(|row| all.contains(row)) {
            return Err(differ());
        }
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_agents_queries_give_the_same_results_on_both_engines() {
    let url = cluster(2).await;
    // A time limit on each query (far above what one takes) so that a job the cluster
    // never runs fails the test instead of holding it.
    let engine = Engine::from_url(&url).unwrap().with_limits(SqlLimits {
        max_rows: None,
        timeout: Some(Duration::from_secs(120)),
    });
    let dir = tempfile::tempdir().unwrap();
    let questions: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../blinq-core/tests/agent_eval/eval.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let mut compared = 0;
    let mut failures = Vec::new();
    for (name, csv) in [
        ("penguins", "penguins.csv"),
        ("flights_3000", "flights_3000.csv"),
    ] {
        let (path, dataset) = as_parquet(csv, dir.path());
        let dataset = dataset.with_name(name);
        let session = Session::with_dataset(dataset.clone());
        let tables = [
            Table::new("data", path.to_string_lossy()),
            Table::new(name, path.to_string_lossy()),
        ];
        for q in questions.as_array().unwrap() {
            if q["dataset"] != name {
                continue;
            }
            let question = q["question"].as_str().unwrap();
            let Ok(answer) = ask(&dataset, question, &AskOptions::default()) else {
                continue;
            };
            let Some(sql) = answer.sql else { continue };
            let local = session.execute_all(&sql).unwrap();
            let remote = engine.query(&tables, &sql).await;
            compared += 1;
            match remote {
                Ok(remote) => {
                    if let Err(e) = same(&sql, &local, &remote.frame, dataset.frame()) {
                        failures.push(format!("{question}\n{sql}\n{e}"));
                    }
                }
                Err(e) => failures.push(format!("{question}\n{sql}\nfailed on the cluster: {e}")),
            }
        }
    }
    assert!(compared >= 40, "only {compared} questions had SQL");
    assert!(
        failures.is_empty(),
        "{} of {compared} differ:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn limits_errors_and_the_sandbox_hold_on_the_cluster() {
    // One task slot: a job left running would hold it.
    let url = cluster(1).await;
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = as_parquet("flights_3000.csv", dir.path());
    let tables = [Table::new("data", path.to_string_lossy())];
    let engine = Engine::from_url(&url).unwrap().with_limits(SqlLimits {
        max_rows: Some(10),
        timeout: Some(Duration::from_secs(3)),
    });

    // The row cap: 3000 rows, 10 returned, marked truncated.
    let result = engine.query(&tables, "SELECT * FROM data").await.unwrap();
    assert_eq!((result.frame.height(), result.truncated), (10, true));
    let result = engine
        .query(&tables, "SELECT count(*) AS n FROM data")
        .await
        .unwrap();
    assert_eq!(
        result
            .frame
            .column("n")
            .unwrap()
            .get(0)
            .unwrap()
            .extract::<i64>(),
        Some(3000)
    );
    assert!(!result.truncated);

    // The time limit: a sum over the 4.9e10 rows of the cross join of the flights with a
    // file of 16 million numbers in 2000 row groups does not finish in 3 s (it takes about a
    // minute here).
    let numbers = dir.path().join("numbers.parquet");
    let mut frame = df!("x" => (0..16_384_000i64).collect::<Vec<_>>()).unwrap();
    ParquetWriter::new(std::fs::File::create(&numbers).unwrap())
        .with_row_group_size(Some(8192))
        .finish(&mut frame)
        .unwrap();
    let both = [
        Table::new("data", path.to_string_lossy()),
        Table::new("numbers", numbers.to_string_lossy()),
    ];
    let slow = "SELECT sum(d.distance * n.x) AS s FROM data d CROSS JOIN numbers n";
    let message = match engine.query(&both, slow).await {
        Err(ClusterError::Core(BlinqError::Timeout(m))) => m,
        other => panic!("expected a timeout, got {other:?}"),
    };
    assert!(message.contains("3.0 s"), "{message}");
    // The job that ran out of time was cancelled on the cluster (the scheduler runs a job to
    // its end otherwise): the scheduler reports it failed, "Cancelled".
    let job = message
        .split("its job ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("no job id in: {message}"));
    let scheduler = url.trim_start_matches("ballista://");
    let mut client = SchedulerGrpcClient::connect(format!("http://{scheduler}"))
        .await
        .unwrap();
    let mut status = None;
    for _ in 0..50 {
        let answer = client
            .get_job_status(GetJobStatusParams {
                job_id: job.to_string(),
            })
            .await
            .unwrap()
            .into_inner();
        status = answer.status.and_then(|s| s.status);
        if matches!(status, Some(job_status::Status::Failed(_))) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    match status {
        Some(job_status::Status::Failed(failed)) => {
            assert!(failed.error.contains("Cancelled"), "{failed:?}")
        }
        other => panic!("job {job}: {other:?}"),
    }
    // And the executor's one slot is free again: a scan (a sum, not answered from
    // statistics) runs, well before the minute the cross join would have held it (30 s
    // allowed: on a loaded machine the cancelled task stops at its next row group, and
    // the debug build's scan is slow).
    let patient = Engine::from_url(&url).unwrap().with_limits(SqlLimits {
        max_rows: Some(10),
        timeout: Some(Duration::from_secs(30)),
    });
    let next = patient
        .query(&tables, "SELECT sum(distance) AS s FROM data")
        .await;
    assert!(next.is_ok(), "{next:?}");

    // An unknown column is the query's fault, named.
    match engine.query(&tables, "SELECT nope FROM data").await {
        Err(ClusterError::Core(BlinqError::Query(m))) => assert!(m.contains("nope"), "{m}"),
        other => panic!("expected a query error, got {other:?}"),
    }

    // Refused before anything is sent: a file read, DataFusion's DDL.
    for sql in [
        "SELECT * FROM '/etc/passwd'",
        "CREATE EXTERNAL TABLE t STORED AS CSV LOCATION '/etc/passwd'",
        "COPY (SELECT 1) TO '/tmp/x.csv'",
    ] {
        match engine.query(&tables, sql).await {
            Err(ClusterError::Core(BlinqError::Sandbox(_) | BlinqError::Query(_))) => {}
            other => panic!("{sql}: expected a refusal, got {other:?}"),
        }
    }

    // No scheduler there: unavailable, with its address.
    let gone = Engine::from_url(&format!("ballista://127.0.0.1:{}", free_port())).unwrap();
    match gone.query(&tables, "SELECT 1").await {
        Err(e @ ClusterError::Unavailable { .. }) => {
            assert!(e.to_string().contains("127.0.0.1"), "{e}")
        }
        other => panic!("expected unavailable, got {other:?}"),
    }
}

#[test]
fn engine_addresses_are_checked() {
    assert_eq!(
        Engine::from_url("ballista://h:50050").unwrap().scheduler(),
        "h:50050"
    );
    assert_eq!(
        Engine::from_url("df://10.0.0.1:7").unwrap().scheduler(),
        "10.0.0.1:7"
    );
    for bad in [
        "http://h:50050",
        "ballista://h",
        "ballista://:1",
        "ballista://h:port",
    ] {
        assert!(
            matches!(Engine::from_url(bad), Err(ClusterError::Address(_))),
            "{bad}"
        );
    }
}
