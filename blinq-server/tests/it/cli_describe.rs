//! `blinq describe` run as a process. Expected values were computed independently with
//! Python's csv + statistics modules over penguins.csv (NA read as missing).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn penguins() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../blinq-core/tests/fixtures/penguins.csv")
}

fn blinq(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_blinq"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn column<'a>(summary: &'a Value, name: &str) -> &'a Value {
    summary["columns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap()
}

fn close(value: &Value, expected: f64) -> bool {
    value.as_f64().is_some_and(|v| (v - expected).abs() < 1e-9)
}

#[test]
fn json_summary_has_independently_computed_values() {
    let out = blinq(&["describe", penguins().to_str().unwrap(), "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text.trim_end().lines().count(),
        1,
        "one JSON object on one line"
    );
    let summary: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        (summary["name"].as_str(), summary["rows"].as_u64()),
        (Some("penguins"), Some(344))
    );
    assert_eq!(summary["columns"].as_array().unwrap().len(), 8);

    let mass = column(&summary, "body_mass_g");
    assert_eq!(
        (mass["count"].as_u64(), mass["nulls"].as_u64()),
        (Some(342), Some(2))
    );
    assert!(close(&mass["mean"], 4201.754385964912), "{mass}");
    assert!(close(&mass["std"], 801.9545356980955), "{mass}");
    assert!(
        close(&mass["q25"], 3550.0)
            && close(&mass["median"], 4050.0)
            && close(&mass["q75"], 4750.0)
    );
    assert_eq!(
        (mass["min"].as_i64(), mass["max"].as_i64()),
        (Some(2700), Some(6300))
    );

    let species = column(&summary, "species");
    assert_eq!(
        (species["unique"].as_u64(), species["mean"].is_null()),
        (Some(3), true)
    );
    assert_eq!(
        species["top"][0],
        serde_json::json!({"value": "Adelie", "count": 152})
    );
    assert_eq!(column(&summary, "sex")["nulls"], 11);
}

#[test]
fn table_shows_one_row_per_column() {
    let out = blinq(&["describe", penguins().to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "penguins: 344 rows, 8 columns");
    assert!(
        lines[2].starts_with("column") && lines[2].contains("mean") && lines[2].contains("top")
    );
    // title, blank, header, rule, then one row per column
    assert_eq!(lines.len(), 4 + 8, "{text}");
    let mass = lines.iter().find(|l| l.starts_with("body_mass_g")).unwrap();
    for cell in [
        "int64", "342", "4201.75", "801.955", "2700", "3550", "4050", "4750", "6300",
    ] {
        assert!(
            mass.split_whitespace().any(|c| c == cell),
            "`{cell}` missing from: {mass}"
        );
    }
    let island = lines.iter().find(|l| l.starts_with("island")).unwrap();
    assert!(
        island.contains("Biscoe (168), Dream (124), Torgersen (52)"),
        "{island}"
    );
}

fn assert_one_line_failure(out: &Output, mention: &str) {
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr.clone()).unwrap();
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("error: ") && stderr.contains(mention),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn missing_and_malformed_files_fail_with_one_line() {
    let out = blinq(&["describe", "/nonexistent/penguins.csv"]);
    assert_one_line_failure(&out, "/nonexistent/penguins.csv");

    let dir = tempfile::tempdir().unwrap();
    let ragged = dir.path().join("ragged.csv");
    std::fs::write(&ragged, "a,b\n1,2\n3,4,5,6\n").unwrap();
    assert_one_line_failure(
        &blinq(&["describe", ragged.to_str().unwrap(), "--json"]),
        "ragged.csv",
    );

    let binary = dir.path().join("noise.csv");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x9c, 0x80, 0x81, 0x0a, 0xc3]).unwrap();
    assert_one_line_failure(&blinq(&["describe", binary.to_str().unwrap()]), "noise.csv");
}
