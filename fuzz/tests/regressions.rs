//! Every saved finding (`fuzz/regressions/<target>/*`) and every seed runs through its target
//! without a panic. Errors are fine: a finding is fixed when it fails cleanly.

use std::path::PathBuf;

use blinq_fuzz::seeds::seeds;
use blinq_fuzz::{Outcome, Target, run_guarded};

fn regressions(target: Target) -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("regressions")
        .join(target.name());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files
        .into_iter()
        .filter(|p| p.is_file())
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect()
}

fn check(target: Target) {
    let mut inputs = regressions(target);
    inputs.extend(
        seeds(target)
            .into_iter()
            .enumerate()
            .map(|(i, s)| (format!("seed {i}"), s)),
    );
    assert!(!inputs.is_empty());
    for (name, input) in inputs {
        if let Outcome::Panic(message) = run_guarded(target, &input) {
            panic!("{} {name}: {message}", target.name());
        }
    }
}

#[test]
fn csv() {
    check(Target::Csv);
}

#[test]
fn tsv() {
    check(Target::Tsv);
}

#[test]
fn json() {
    check(Target::Json);
}

#[test]
fn ndjson() {
    check(Target::Ndjson);
}

#[test]
fn parquet() {
    check(Target::Parquet);
}

#[test]
fn ipc() {
    check(Target::Ipc);
}

#[test]
fn xlsx() {
    check(Target::Xlsx);
}

#[test]
fn sql() {
    check(Target::Sql);
}

#[test]
fn plotspec() {
    check(Target::PlotSpec);
}

#[test]
fn plan() {
    check(Target::Plan);
}
