//! `blinq ask` as a user runs it: the real binary on the shared penguins file.
//! Expected means computed with Python's csv + statistics on the same file:
//! Adelie 3700.662251655629, Chinstrap 3733.0882352941176, Gentoo 5076.016260162602.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn penguins() -> PathBuf {
    let shared =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/data/palmerpenguins/penguins.csv");
    if shared.exists() {
        shared
    } else {
        assert!(
            std::env::var_os("BLINQ_REQUIRE_SHARED_DATA").is_none(),
            "{} is missing: ../shared/data must be beside the checkout",
            shared.display()
        );
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../blinq-core/tests/fixtures/penguins.csv")
    }
}

fn ask(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_blinq"))
        .arg("ask")
        .args(args)
        .output()
        .expect("blinq runs");
    (
        out.status.success(),
        String::from_utf8(out.stdout).expect("utf-8 stdout"),
        String::from_utf8(out.stderr).expect("utf-8 stderr"),
    )
}

#[test]
fn average_body_mass_by_species_as_json() {
    let file = penguins();
    let (ok, out, err) = ask(&[
        file.to_str().unwrap(),
        "average body mass by species",
        "--json",
    ]);
    assert!(ok, "{err}");
    assert_eq!(
        out.trim().lines().count(),
        1,
        "exactly one JSON line: {out}"
    );
    let answer: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(answer["is_plotting"], false);
    assert_eq!(answer["mode"], "offline");
    assert_eq!(answer["cost"], 0.0);
    assert_eq!(answer["usage"]["input_tokens"], 0);
    assert!(answer["sql"].as_str().unwrap().contains("GROUP BY"));
    assert!(answer["plot"].is_null());
    let rows = answer["table"]["rows"].as_array().unwrap();
    let expected = [
        ("Adelie", 3700.662251655629),
        ("Chinstrap", 3733.0882352941176),
        ("Gentoo", 5076.016260162602),
    ];
    assert_eq!(rows.len(), 3);
    for (row, (species, mean)) in rows.iter().zip(expected) {
        assert_eq!(row[0], species);
        assert!((row[1].as_f64().unwrap() - mean).abs() < 1e-9, "{row:?}");
    }
    let response = answer["response"].as_str().unwrap();
    assert!(response.contains("5,076.02"), "{response}");
}

#[test]
fn bar_chart_of_average_flipper_length_by_island() {
    let file = penguins();
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("chart.png");
    let (ok, out, err) = ask(&[
        file.to_str().unwrap(),
        "bar chart of average flipper length by island",
        "--json",
        "-o",
        png.to_str().unwrap(),
    ]);
    assert!(ok, "{err}");
    let answer: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(answer["is_plotting"], true);
    let spec = &answer["plot"]["spec"];
    assert_eq!(spec["kind"], "bar");
    assert_eq!(spec["x"], "island");
    assert_eq!(spec["y"], "flipper_length_mm");
    assert_eq!(spec["aggregate"], "mean");
    assert_eq!(answer["plot"]["path"], png.to_str().unwrap());
    let bytes = std::fs::read(&png).unwrap();
    assert_eq!(&bytes[1..4], b"PNG");
}

#[test]
fn chart_without_output_goes_to_a_reported_temporary_file() {
    let file = penguins();
    let (ok, out, err) = ask(&[file.to_str().unwrap(), "histogram of body mass", "--json"]);
    assert!(ok, "{err}");
    let answer: Value = serde_json::from_str(&out).unwrap();
    let path = answer["plot"]["path"].as_str().unwrap().to_string();
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(&bytes[1..4], b"PNG");
    std::fs::remove_file(path).unwrap();
}

#[test]
fn unanswerable_question_lists_the_columns() {
    let file = penguins();
    let (ok, out, _) = ask(&[file.to_str().unwrap(), "what is the average wingspan"]);
    assert!(ok);
    assert!(
        out.contains("body_mass_g") && out.contains("can't answer"),
        "{out}"
    );
}

#[test]
fn explain_shows_how_the_question_was_read() {
    let file = penguins();
    let (ok, out, err) = ask(&[
        file.to_str().unwrap(),
        "average body mass by species",
        "--explain",
    ]);
    assert!(ok, "{err}");
    let read = out
        .split("how the question was read:")
        .nth(1)
        .unwrap_or_else(|| panic!("{out}"));
    for line in [
        "- column `body_mass_g` (measure, mean)",
        "- column `species` (group)",
        "- aggregate mean",
        "- decision per_group: average body mass by species",
        "- decided: a new question",
    ] {
        assert!(read.contains(line), "{line} in {out}");
    }
    // As JSON, only with --explain.
    let (_, plain, _) = ask(&[file.to_str().unwrap(), "average body mass", "--json"]);
    let plain: Value = serde_json::from_str(&plain).unwrap();
    assert!(plain.get("trace").is_none(), "{plain}");
    let (_, explained, _) = ask(&[
        file.to_str().unwrap(),
        "average body mass",
        "--json",
        "--explain",
    ]);
    let explained: Value = serde_json::from_str(&explained).unwrap();
    let trace = explained["trace"].as_array().unwrap();
    assert!(trace.iter().any(|l| l == "aggregate mean"), "{explained}");
}
