//! The per-request work of a small query (penguins, 344 rows, a group-by), in parts: what the
//! server's query route spends beside HTTP. `cargo bench -p blinq-benches --bench small_query`.

use std::hint::black_box;
use std::path::Path;

use blinq_core::Dataset;
use blinq_core::polars::prelude::Engine;
use blinq_core::sql::{Session, SqlLimits, sandbox};
use criterion::{Criterion, criterion_group, criterion_main};

const SQL: &str = "select species, count(*) as n, avg(body_mass_g) as mean_body_mass_g \
                   from data group by species order by species";

fn small_query(c: &mut Criterion) {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../blinq-core/tests/fixtures/penguins.csv");
    let dataset = Dataset::from_path(&path).expect("penguins fixture");
    let session = Session::with_dataset(dataset.clone()).with_limits(SqlLimits {
        max_rows: Some(10_000),
        timeout: None,
    });
    let mut group = c.benchmark_group("small_query_penguins");
    group.bench_function("sandbox_check", |b| {
        b.iter(|| black_box(sandbox::check_sql(SQL, &["data", "penguins"]).unwrap()))
    });
    group.bench_function("plan", |b| b.iter(|| black_box(session.plan(SQL).unwrap())));
    for (name, engine) in [
        ("collect_default", None),
        ("collect_in_memory", Some(Engine::InMemory)),
        ("collect_streaming", Some(Engine::Streaming)),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                let plan = session.plan(SQL).unwrap();
                black_box(match engine {
                    None => plan.collect().unwrap(),
                    Some(e) => plan.collect_with_engine(e).unwrap().unwrap_single(),
                })
            })
        });
    }
    group.bench_function("collect_no_optimizations", |b| {
        b.iter(|| {
            let plan = session.plan(SQL).unwrap().without_optimizations();
            black_box(plan.collect().unwrap())
        })
    });
    group.bench_function("execute", |b| {
        b.iter(|| black_box(session.execute(SQL).unwrap()))
    });
    group.bench_function("execute_and_json", |b| {
        b.iter(|| {
            let result = session.execute(SQL).unwrap();
            black_box(serde_json::to_vec(&result.table_json()).unwrap())
        })
    });
    group.bench_function("session_and_execute", |b| {
        b.iter(|| {
            let session = Session::with_dataset(dataset.clone());
            black_box(session.execute(SQL).unwrap())
        })
    });
    group.finish();
}

criterion_group!(benches, small_query);
criterion_main!(benches);
