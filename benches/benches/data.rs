//! Data-layer benchmarks: CSV load (MB/s, rows/s) and a group-by SQL query (rows/s) over a
//! db-benchmark-style file of `BLINQ_BENCH_ROWS` rows (default 1e6; 1e7 for the big run).

use std::hint::black_box;

use blinq_benches::{bench_rows, groupby_csv};
use blinq_core::sql::{Session, SqlLimits};
use blinq_core::{Dataset, LoadOptions};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn data(c: &mut Criterion) {
    let rows = bench_rows();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("groupby.csv");
    std::fs::write(&path, groupby_csv(rows)).expect("write csv");
    let bytes = std::fs::metadata(&path).expect("csv written").len();

    let mut group = c.benchmark_group(format!("csv_load_{rows}"));
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("bytes", |b| {
        b.iter(|| black_box(Dataset::from_path_with(&path, &LoadOptions::default()).unwrap()))
    });
    group.throughput(Throughput::Elements(rows as u64));
    group.bench_function("rows", |b| {
        b.iter(|| black_box(Dataset::from_path_with(&path, &LoadOptions::default()).unwrap()))
    });
    group.finish();

    let dataset = Dataset::from_path(&path).unwrap();
    let session = Session::with_dataset(dataset).with_limits(SqlLimits {
        max_rows: None,
        timeout: None,
    });
    let mut group = c.benchmark_group(format!("sql_groupby_{rows}"));
    group.sample_size(10);
    group.throughput(Throughput::Elements(rows as u64));
    group.bench_function("sum_v1_by_id1", |b| {
        b.iter(|| {
            black_box(
                session
                    .execute("select id1, sum(v1) as v1 from data group by id1")
                    .unwrap(),
            )
        })
    });
    group.bench_function("mean_v3_by_id3", |b| {
        b.iter(|| {
            black_box(
                session
                    .execute("select id3, sum(v1) as v1, avg(v3) as v3 from data group by id3")
                    .unwrap(),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, data);
criterion_main!(benches);
