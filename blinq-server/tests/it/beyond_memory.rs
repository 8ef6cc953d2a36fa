//! A stored dataset larger than a worker may use: queries over it scan its Parquet file with
//! polars' streaming engine, so aggregates and filters finish within the worker's memory
//! limit: aggregates, filters, a GROUP BY and a join; its summary is described from a scan,
//! one part of one column at a time. Expected values are closed forms of the generated data.

use std::io::Write;

use blinq_core::polars::prelude::*;
use blinq_server::store::Store;
use blinq_server::worker::Loaded;
use serde_json::json;

use crate::common::process::{Options, Process, send};

/// Rows of the generated dataset: `k = i % 1000`, `v = i`, `w = i / 2` (float), `u = -i`,
/// 32 bytes a row, 2.56 GB loaded: 4.3 times the worker's 600 MB.
pub const ROWS: i64 = 80_000_000;
const CHUNK: i64 = 2_000_000;

/// Write the dataset CHUNK rows at a time, never holding more.
fn write_big_parquet(path: &std::path::Path, compression: ParquetCompression) {
    let file = std::fs::File::create(path).unwrap();
    let chunk = |start: i64| {
        let i: Vec<i64> = (start..start + CHUNK).collect();
        df!(
            "k" => i.iter().map(|i| i % 1000).collect::<Vec<_>>(),
            "v" => i.clone(),
            "w" => i.iter().map(|i| *i as f64 / 2.0).collect::<Vec<_>>(),
            "u" => i.iter().map(|i| -i).collect::<Vec<_>>(),
        )
        .unwrap()
    };
    let first = chunk(0);
    // Row groups of 2^18 rows, as the server stores uploads.
    let mut writer = ParquetWriter::new(file)
        .with_compression(compression)
        .with_row_group_size(Some(1 << 18))
        .batched(first.schema())
        .unwrap();
    writer.write_batch(&first).unwrap();
    for start in (CHUNK..ROWS).step_by(CHUNK as usize) {
        writer.write_batch(&chunk(start)).unwrap();
    }
    writer.finish().unwrap();
}

/// The generated dataset, stored for `alice` as `big` in the data directory `data` (written
/// straight into the store: an upload of it would take minutes) with the compression the
/// server uses (zstd: 245 MB on disk); its id.
pub fn stored_big_dataset(data: &std::path::Path) -> String {
    stored_big_dataset_with(data, ParquetCompression::Zstd(None))
}

/// [`stored_big_dataset`] with the column chunks compressed by `compression`
/// (`Uncompressed`: 2.02 GB on disk).
pub fn stored_big_dataset_with(data: &std::path::Path, compression: ParquetCompression) -> String {
    // The store blocks: off the async threads.
    let dir = data.to_path_buf();
    std::thread::spawn(move || {
        let (store, _) = Store::open(&dir).unwrap();
        let (id, temp) = store.new_dataset_file();
        write_big_parquet(&temp, compression);
        let columns = [
            ("k", "int64"),
            ("v", "int64"),
            ("w", "float64"),
            ("u", "int64"),
        ]
        .iter()
        .map(|(name, dtype)| blinq_core::ColumnInfo {
            name: name.to_string(),
            dtype: dtype.to_string(),
            description: None,
            unit: None,
        })
        .collect();
        let loaded = Loaded {
            rows: ROWS as u64,
            columns,
        };
        store
            .commit_dataset("alice", &id, &temp, "big", loaded)
            .unwrap();
        id
    })
    .join()
    .unwrap()
}

/// A CSV of the keys 0..1000 and their labels, `even` or `odd`, to join the dataset with.
pub fn labels_csv() -> Vec<u8> {
    let rows = (0..1000).map(|k| format!("{k},{}\n", if k % 2 == 0 { "even" } else { "odd" }));
    std::iter::once("k,label\n".to_string())
        .chain(rows)
        .collect::<String>()
        .into_bytes()
}

#[tokio::test(flavor = "multi_thread")]
async fn queries_over_a_dataset_four_times_the_workers_memory_finish() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    let id = stored_big_dataset(&data);
    let server = Process::start(
        &data,
        home.path(),
        Options {
            args: vec![
                "--workers",
                "1",
                "--query-memory-mb",
                "600",
                "--dataset-cache-mb",
                "32",
                // The summary reads each column in about 30 parts: minutes in a debug build
                // on a busy machine.
                "--query-timeout-secs",
                "600",
                "--request-timeout-secs",
                "600",
            ],
            ..Options::default()
        },
    );
    let token = server.token("alice");
    let labels = server.upload_ok(&token, "labels.csv", labels_csv()).await;
    // GROUP BY: sum(v) over k is the sum of k + 1000 j for j < 80,000, that is
    // 80,000 k + 1000 * 79,999 * 80,000 / 2; max(u) is -k.
    let (status, body) = server
        .query(
            &token,
            &id,
            "SELECT k, count(*) AS n, sum(v) AS total, max(u) AS top FROM data \
             GROUP BY k ORDER BY k LIMIT 3",
        )
        .await;
    assert_eq!(status, 200, "{body}\n{}", server.log_text());
    let base: i64 = 1000 * 79_999 * 80_000 / 2;
    assert_eq!(
        body["rows"],
        json!([
            [0, 80_000, base, 0],
            [1, 80_000, base + 80_000, -1],
            [2, 80_000, base + 160_000, -2]
        ])
    );
    // Aggregates over every row, and a filtered count: the sum of 0..ROWS and of i / 2;
    // max(u) = -0; the multiples of 7 below ROWS: ceil(ROWS / 7).
    let (status, body) = server
        .query(
            &token,
            &id,
            "SELECT sum(v) AS s, sum(w) AS half, max(u) AS top, count(*) AS n FROM data",
        )
        .await;
    assert_eq!(status, 200, "{body}\n{}", server.log_text());
    let total = ROWS * (ROWS - 1) / 2;
    assert_eq!(body["rows"][0][0], json!(total));
    assert_eq!(body["rows"][0][1].as_f64().unwrap(), total as f64 / 2.0);
    assert_eq!(body["rows"][0][2], json!(0));
    assert_eq!(body["rows"][0][3], json!(ROWS));
    let (status, body) = server
        .query(
            &token,
            &id,
            "SELECT count(*) AS n FROM data WHERE v % 7 = 0",
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["rows"][0][0], json!((ROWS + 6) / 7));
    // A few rows by a filter on the file's columns.
    let (status, body) = server
        .query(
            &token,
            &id,
            "SELECT k, v FROM data WHERE v BETWEEN 1000 AND 1002 ORDER BY v",
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["rows"], json!([[0, 1000], [1, 1001], [2, 1002]]));

    // A join with another dataset: half the keys are even, so half the rows.
    let request = server
        .client
        .post(server.url("/api/data/query"))
        .json(&json!({
            "dataset": [id, labels],
            "sql": "SELECT l.label, count(*) AS n FROM big b JOIN labels l ON b.k = l.k \
                    GROUP BY l.label ORDER BY l.label",
        }));
    let (status, body) = send(request.bearer_auth(&token)).await.unwrap();
    assert_eq!(status, 200, "{body}\n{}", server.log_text());
    assert_eq!(body["rows"], json!([["even", ROWS / 2], ["odd", ROWS / 2]]));

    summary_of_the_dataset(&server, &token, &id).await;
}

/// The dataset's summary and preview, described from a scan within the worker's memory; the
/// figures are closed forms of the generated columns.
async fn summary_of_the_dataset(server: &Process, token: &str, id: &str) {
    let request = server.client.get(server.url(&format!("/api/data/{id}")));
    let (status, body) = send(request.bearer_auth(token)).await.unwrap();
    assert_eq!(status, 200, "{body}\n{}", server.log_text());
    assert_eq!(body["preview"]["rows"][1], json!([1, 1, 0.5, -1]));
    let n = ROWS as f64;
    // Quartiles at positions q (n - 1) of the sorted values (numpy's linear method).
    let at = |q: f64| q * (n - 1.0);
    // v = 0..n-1: the value at a position is the position; its sample variance n (n + 1) / 12.
    let v_std = (n * (n + 1.0) / 12.0).sqrt();
    // k = i % 1000: 80,000 rows of each value, so rank r holds floor(r / 80,000): the
    // quartile positions 19,999,999.75 .. fall between 249 and 250, 499 and 500, 749 and 750.
    // Its variance: (1000^2 - 1) / 12 over the population, times n / (n - 1).
    let k_std = ((1000.0f64.powi(2) - 1.0) / 12.0 * n / (n - 1.0)).sqrt();
    let expected = [
        ("k", 1000, 499.5, k_std, 0.0, [249.75, 499.5, 749.25], 999.0),
        (
            "v",
            ROWS as u64,
            (n - 1.0) / 2.0,
            v_std,
            0.0,
            [at(0.25), at(0.5), at(0.75)],
            n - 1.0,
        ),
        (
            "w",
            ROWS as u64,
            (n - 1.0) / 4.0,
            v_std / 2.0,
            0.0,
            [at(0.25) / 2.0, at(0.5) / 2.0, at(0.75) / 2.0],
            (n - 1.0) / 2.0,
        ),
        (
            "u",
            ROWS as u64,
            -(n - 1.0) / 2.0,
            v_std,
            1.0 - n,
            [-at(0.75), -at(0.5), -at(0.25)],
            0.0,
        ),
    ];
    let rows = body["describe"]["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 4, "{body}");
    let close = |got: &serde_json::Value, want: f64| {
        let got = got.as_f64().unwrap_or(f64::NAN);
        assert!(
            (got - want).abs() <= 1e-6 * want.abs().max(1.0),
            "{got} against {want}"
        );
    };
    for (row, (name, unique, mean, std, min, quartiles, max)) in rows.iter().zip(expected) {
        // column, dtype, count, nulls, unique, mean, std, min, q25, median, q75, max, top
        assert_eq!(row[0], json!(name));
        assert_eq!(
            (&row[2], &row[3], &row[4]),
            (&json!(ROWS), &json!(0), &json!(unique)),
            "{name}"
        );
        close(&row[5], mean);
        close(&row[6], std);
        close(&row[7], min);
        let row = row.as_array().unwrap();
        for (got, want) in row[8..11].iter().zip(quartiles) {
            close(got, want);
        }
        close(&row[11], max);
    }
    // Every value of k 80,000 times: the five most frequent are the five smallest; v, w and
    // u have only distinct values, so no most frequent.
    assert_eq!(
        rows[0][12],
        json!("0 (80000), 1 (80000), 2 (80000), 3 (80000), 4 (80000)")
    );
    assert_eq!(rows[1][12], json!(""));
}

/// A server with one worker and `args`, its data in `home`.
fn one_worker(home: &tempfile::TempDir, mut args: Vec<&str>) -> Process {
    args.extend(["--workers", "1"]);
    Process::start(
        &home.path().join("data"),
        home.path(),
        Options {
            args,
            ..Options::default()
        },
    )
}

/// Rows of the generated CSV upload: `id = i`, `k = i % 1000`, `half = i / 2` (as `x.0` or
/// `x.5`) and `label` (`even`/`odd`), about 27 bytes a row: 870 MB, four times the worker's
/// 200 MB.
const CSV_ROWS: u64 = 32_000_000;

#[tokio::test(flavor = "multi_thread")]
async fn an_upload_four_times_the_workers_memory_is_stored_without_holding_it() {
    let home = tempfile::tempdir().unwrap();
    let server = one_worker(
        &home,
        vec![
            "--query-memory-mb",
            "200",
            "--dataset-cache-mb",
            "16",
            "--max-upload-mb",
            "2000",
            "--query-timeout-secs",
            "600",
            "--request-timeout-secs",
            "600",
        ],
    );
    let token = server.token("alice");
    // A text file whose later row breaks a type inferred from its first rows cannot be
    // streamed: it is loaded whole instead (it fits), and that column is text. That
    // leaves the worker holding more than half its memory (freed memory it keeps counts
    // against its cap), so it retires and the next upload gets a fresh one.
    let mut odd = b"n,v\n".to_vec();
    for i in 0..2_000_000u64 {
        writeln!(odd, "{i},{}", i * 3).unwrap();
    }
    odd.extend_from_slice(b"2000000,three\n");
    assert!(odd.len() > 16 * 1024 * 1024);
    let (status, body) = server.upload(&token, "odd.csv", odd, None).await.unwrap();
    assert_eq!(status, 201, "{body}\n{}", server.log_text());
    assert_eq!(body["rows"], json!(2_000_001));
    assert_eq!(body["columns"][1]["dtype"], json!("string"), "{body}");

    let mut csv = Vec::with_capacity(CSV_ROWS as usize * 34);
    csv.extend_from_slice(b"id,k,half,label\n");
    for i in 0..CSV_ROWS {
        let label = if i % 2 == 0 { "even" } else { "odd" };
        let half = if i % 2 == 0 { ".0" } else { ".5" };
        writeln!(csv, "{i},{},{}{half},{label}", i % 1000, i / 2).unwrap();
    }
    assert!(csv.len() > 4 * 200 * 1024 * 1024, "{} bytes", csv.len());
    let (status, body) = server.upload(&token, "big.csv", csv, None).await.unwrap();
    assert_eq!(status, 201, "{body}\n{}", server.log_text());
    assert_eq!(body["rows"], json!(CSV_ROWS), "{body}");
    let types: Vec<_> = body["columns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["name"].as_str().unwrap(), c["dtype"].as_str().unwrap()))
        .collect();
    assert_eq!(
        types,
        [
            ("id", "int64"),
            ("k", "int64"),
            ("half", "float64"),
            ("label", "string")
        ]
    );
    let id = body["id"].as_str().unwrap().to_string();
    // The stored rows: the sum of 0..n, n / 2 of each label, and half = id / 2 on every row.
    let (status, body) = server
        .query(
            &token,
            &id,
            "SELECT sum(id) AS s, sum(half) AS h, count(*) AS n, \
             sum(CASE WHEN label = 'odd' THEN 1 ELSE 0 END) AS odd, \
             sum(CASE WHEN half * 2 = id THEN 1 ELSE 0 END) AS same FROM data",
        )
        .await;
    assert_eq!(status, 200, "{body}\n{}", server.log_text());
    let n = CSV_ROWS;
    assert_eq!(
        body["rows"][0],
        json!([n * (n - 1) / 2, (n * (n - 1) / 2) as f64 / 2.0, n, n / 2, n])
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_chart_or_question_over_a_dataset_larger_than_the_cache_reads_what_it_needs() {
    let home = tempfile::tempdir().unwrap();
    // A 1 MiB cache: the 3 MB dataset below is scanned, not loaded.
    let server = one_worker(&home, vec!["--dataset-cache-mb", "1"]);
    let token = server.token("alice");
    // 100,000 rows: g cycles a, b, c, d; v = i; a text column the chart does not name.
    let mut csv = b"g,v,note\n".to_vec();
    for i in 0..100_000u64 {
        let g = ["a", "b", "c", "d"][(i % 4) as usize];
        writeln!(csv, "{g},{i},row number {i} of the table").unwrap();
    }
    let id = server.upload_ok(&token, "wide.csv", csv).await;
    let plot = |spec: serde_json::Value| {
        let request = server
            .client
            .post(server.url("/api/plots?include=vega_lite"))
            .json(&json!({"dataset": id, "spec": spec}));
        send(request.bearer_auth(&token))
    };
    let (status, body) = plot(json!({"kind": "bar", "x": "g", "y": "v", "aggregate": "sum"}))
        .await
        .unwrap();
    assert_eq!(status, 201, "{body}\n{}", server.log_text());
    // Group g = a holds i = 0, 4, 8, ..., 99,996: 25,000 terms, sum 4 * 24,999 * 25,000 / 2;
    // each next group adds 25,000 (one more per term).
    let a: u64 = 4 * 24_999 * 25_000 / 2;
    let values = body["vega_lite"]["data"]["values"].as_array().unwrap();
    let sums: Vec<(String, f64)> = values
        .iter()
        .map(|v| {
            (
                v["x"].as_str().unwrap().to_string(),
                v["value"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        sums,
        [
            ("a", a),
            ("b", a + 25_000),
            ("c", a + 50_000),
            ("d", a + 75_000)
        ]
        .map(|(g, s)| (g.to_string(), s as f64))
    );
    // A name the dataset does not have: the chart's own error, naming the closest.
    let (status, body) = plot(json!({"kind": "bar", "x": "gg", "y": "v"}))
        .await
        .unwrap();
    assert_eq!(status, 400, "{body}");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("did you mean `g`"),
        "{body}"
    );

    // A question: the planner reads a sample of the rows, the SQL runs over all of them.
    let ask = |question: &str| {
        let request = server
            .client
            .post(server.url("/api/analysis"))
            .json(&json!({"dataset": id, "query": question}));
        send(request.bearer_auth(&token))
    };
    let (status, body) = ask("total v by g").await.unwrap();
    assert_eq!(status, 200, "{body}\n{}", server.log_text());
    assert_eq!(
        body["table"]["rows"],
        json!([
            ["a", a],
            ["b", a + 25_000],
            ["c", a + 50_000],
            ["d", a + 75_000]
        ]),
        "{body}"
    );
    let (status, body) = ask("how many rows have g d").await.unwrap();
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["table"]["rows"], json!([[25_000]]), "{body}");
}
