//! `blinq query` as a user runs it: the real binary on real files.

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../blinq-core/tests/fixtures")
        .join(name)
}

fn blinq(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_blinq"))
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
fn prints_the_three_species_means() {
    let penguins = fixture("penguins.csv");
    let (ok, out, err) = blinq(&[
        "query",
        penguins.to_str().unwrap(),
        "select species, avg(body_mass_g) from data group by species order by species",
    ]);
    assert!(ok, "{err}");
    // Means computed with Python's statistics.mean over the non-NA masses.
    for (species, mean) in [
        ("Adelie", "3700.662252"),
        ("Chinstrap", "3733.088235"),
        ("Gentoo", "5076.01626"),
    ] {
        let line = out
            .lines()
            .find(|l| l.starts_with(species))
            .unwrap_or_else(|| panic!("{species} in {out}"));
        assert!(line.contains(mean), "{line}");
    }
    assert!(out.contains("(3 rows)"));
}

#[test]
fn json_and_csv_output() {
    let penguins = fixture("penguins.csv");
    let sql = "select island, count(*) as n from penguins group by island order by island";
    let (ok, out, _) = blinq(&["query", penguins.to_str().unwrap(), sql, "--format", "json"]);
    assert!(ok);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    // Island counts: Biscoe 168, Dream 124, Torgersen 52 (Python collections.Counter).
    assert_eq!(
        v,
        serde_json::json!({"columns": ["island", "n"], "rows": [["Biscoe", 168], ["Dream", 124], ["Torgersen", 52]]})
    );
    let (ok, out, _) = blinq(&["query", penguins.to_str().unwrap(), sql, "--format", "csv"]);
    assert!(ok);
    assert_eq!(out, "island,n\nBiscoe,168\nDream,124\nTorgersen,52\n");
}

#[test]
fn table_functions_fail_with_a_sandbox_error() {
    let penguins = fixture("penguins.csv");
    let (ok, out, err) = blinq(&[
        "query",
        penguins.to_str().unwrap(),
        "select * from read_csv('/etc/passwd')",
    ]);
    assert!(!ok);
    assert!(out.is_empty());
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("error: query refused: table function `read_csv(...)` is not allowed"),
        "{err}"
    );
}

#[test]
fn bad_input_exits_non_zero_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("x.csv");
    std::fs::write(&bad, "a,b\n1,2\n3,4,5\n").unwrap();
    for args in [
        vec!["query", bad.to_str().unwrap(), "select * from data"],
        vec!["query", "/no/such/file.csv", "select 1"],
        vec![
            "query",
            fixture("penguins.csv").to_str().unwrap(),
            "select nope from data",
        ],
    ] {
        let (ok, _, err) = blinq(&args);
        assert!(!ok, "{args:?}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("error: "), "{err}");
    }
}

/// A Parquet file is scanned, not loaded whole: the answer is the same (values from
/// pyarrow + pandas: ids per colour, nulls as their own group), and a damaged file or an
/// unknown column is still one clear error.
#[test]
fn parquet_files_are_scanned_with_the_same_answers_and_errors() {
    let file = fixture("pages-v2.parquet");
    let (ok, out, err) = blinq(&[
        "query",
        file.to_str().unwrap(),
        "select colour, count(*) as n, sum(id) as s from data group by colour order by colour nulls last",
        "--format",
        "csv",
    ]);
    assert!(ok, "{err}");
    assert_eq!(
        out,
        "colour,n,s\nblue,1514,3783787\ngreen,1516,3790453\nred,1515,3787125\n,455,1136135\n"
    );
    for (name, sql, says) in [
        (
            "damaged-page-count.parquet",
            "select * from data",
            "declares -35 values",
        ),
        (
            "pages-v2.parquet",
            "select colr from data",
            "did you mean `colour`",
        ),
        // Written by pyarrow: a date32 of 2^31 - 1 days, millions of years away.
        (
            "far-date.parquet",
            "select * from data",
            "outside the calendar",
        ),
    ] {
        let (ok, _, err) = blinq(&["query", fixture(name).to_str().unwrap(), sql]);
        assert!(!ok, "{name}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(says), "{err}");
    }
}

#[test]
fn a_scanned_csv_whose_late_rows_break_the_inferred_type_is_answered_whole() {
    // 10,040 rows of v = 1, then 10 rows of v = 2.5: the first 10,000 rows say integers,
    // the scan fails on 2.5, and the query runs over the file loaded whole (which infers
    // from every row): 10,040 + 25 = 10,065.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("late.csv");
    let mut text = String::from("id,v\n");
    for i in 0..10_040 {
        text.push_str(&format!("{i},1\n"));
    }
    for i in 0..10 {
        text.push_str(&format!("x{i},2.5\n"));
    }
    std::fs::write(&path, text).unwrap();
    let (ok, out, err) = blinq(&[
        "query",
        path.to_str().unwrap(),
        "select sum(v) as total, count(*) as n from data",
        "--format",
        "csv",
    ]);
    assert!(ok, "{err}");
    assert_eq!(out.lines().nth(1), Some("10065.0,10050"), "{out}");
}
