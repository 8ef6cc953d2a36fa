//! `blinq plot` as a user runs it: the real binary on the penguins file.

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

fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "PNG signature");
    // IHDR is the first chunk: width and height are its first 8 bytes, big-endian.
    let be = |i: usize| u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap());
    (be(16), be(20))
}

#[test]
fn bar_chart_png_from_flags() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("mass.png");
    let penguins = fixture("penguins.csv");
    let (ok, stdout, err) = blinq(&[
        "plot",
        penguins.to_str().unwrap(),
        "--kind",
        "bar",
        "--x",
        "species",
        "--y",
        "body_mass_g",
        "--aggregate",
        "mean",
        "--color",
        "sex",
        "--width",
        "640",
        "--height",
        "400",
        "-o",
        out.to_str().unwrap(),
        "--json",
    ]);
    assert!(ok, "{err}");
    assert_eq!(png_size(&std::fs::read(&out).unwrap()), (640, 400));
    let summary: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    // 3 species × 2 sexes (Python: no empty combination once NA sexes are dropped).
    assert_eq!(summary["points_drawn"], 6);
    assert_eq!(
        summary["spec"]["title"],
        "Mean of body_mass_g by species and sex"
    );
    assert!(err.contains("wrote") && err.contains("640×400"), "{err}");
}

#[test]
fn every_kind_from_the_cli_and_svg_from_a_spec_file() {
    let dir = tempfile::tempdir().unwrap();
    let penguins = fixture("penguins.csv");
    let file = penguins.to_str().unwrap();
    let kinds: [(&str, &[&str]); 8] = [
        ("bar", &["--x", "island"]),
        ("line", &["--x", "year", "--y", "body_mass_g"]),
        (
            "scatter",
            &[
                "--x",
                "bill_length_mm",
                "--y",
                "bill_depth_mm",
                "--color",
                "species",
            ],
        ),
        ("histogram", &["--x", "flipper_length_mm", "--bins", "12"]),
        (
            "box",
            &["--x", "species", "--y", "body_mass_g", "--horizontal"],
        ),
        ("pie", &["--x", "island"]),
        ("area", &["--x", "year", "--color", "species", "--stacked"]),
        ("heatmap", &["--x", "island", "--y", "species"]),
    ];
    for (kind, flags) in kinds {
        let out = dir.path().join(format!("{kind}.png"));
        let mut args = vec!["plot", file, "--kind", kind, "-o", out.to_str().unwrap()];
        args.extend_from_slice(flags);
        let (ok, _, err) = blinq(&args);
        assert!(ok, "{kind}: {err}");
        assert_eq!(
            png_size(&std::fs::read(&out).unwrap()),
            (800, 500),
            "{kind}"
        );
    }
    let spec = dir.path().join("spec.json");
    std::fs::write(
        &spec,
        r#"{"kind": "histogram", "x": "body_mass_g", "title": "Penguin mass"}"#,
    )
    .unwrap();
    let out = dir.path().join("mass.svg");
    let (ok, _, err) = blinq(&[
        "plot",
        file,
        "--spec",
        spec.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(ok, "{err}");
    let svg = std::fs::read_to_string(&out).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("Penguin mass") && svg.contains("body_mass_g"));
}

#[test]
fn bad_input_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    let penguins = fixture("penguins.csv");
    let file = penguins.to_str().unwrap();
    let out = dir.path().join("x.png");
    let (ok, _, err) = blinq(&[
        "plot",
        file,
        "--kind",
        "histogram",
        "--x",
        "species",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(!ok);
    assert!(
        err.contains("species") && err.contains("bar chart"),
        "{err}"
    );
    assert!(!out.exists(), "nothing written on error");
    let (ok, _, err) = blinq(&[
        "plot",
        file,
        "--kind",
        "bar",
        "--x",
        "specie",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(!ok && err.contains("did you mean `species`"), "{err}");
    let (ok, _, err) = blinq(&[
        "plot",
        file,
        "--kind",
        "bar",
        "--x",
        "species",
        "-o",
        "chart.jpg",
    ]);
    assert!(
        !ok && err.contains(".png, .svg, .vl.json or .html"),
        "{err}"
    );
    let (ok, _, err) = blinq(&[
        "plot",
        file,
        "--kind",
        "donut",
        "--x",
        "species",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(!ok && err.contains("pie"), "{err}");
}

#[test]
fn columns_alone_get_a_recommended_chart() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("auto.svg");
    let penguins = fixture("penguins.csv");
    let (ok, stdout, err) = blinq(&[
        "plot",
        penguins.to_str().unwrap(),
        "--x",
        "flipper_length_mm",
        "-o",
        out.to_str().unwrap(),
        "--json",
    ]);
    assert!(ok, "{err}");
    let summary: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(summary["spec"]["kind"], "histogram");
    // Python: 342 penguins have a flipper length.
    assert_eq!(summary["points_total"], 342);
}

#[test]
fn interactive_outputs_vega_lite_and_html() {
    let dir = tempfile::tempdir().unwrap();
    let penguins = fixture("penguins.csv");
    let spec_out = dir.path().join("species.vl.json");
    let (ok, stdout, err) = blinq(&[
        "plot",
        penguins.to_str().unwrap(),
        "--kind",
        "pie",
        "--x",
        "species",
        "-o",
        spec_out.to_str().unwrap(),
        "--json",
    ]);
    assert!(ok, "{err}");
    assert!(err.contains("Vega-Lite"), "{err}");
    let spec: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&spec_out).unwrap()).unwrap();
    assert_eq!(
        spec["$schema"],
        "https://vega.github.io/schema/vega-lite/v5.json"
    );
    assert_eq!(spec["mark"]["type"], "arc");
    // Python: collections.Counter of the species column.
    let mut counts: Vec<(String, f64)> = spec["data"]["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["x"].as_str().unwrap().to_string(),
                r["value"].as_f64().unwrap(),
            )
        })
        .collect();
    counts.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        counts,
        [
            ("Adelie".to_string(), 152.0),
            ("Chinstrap".to_string(), 68.0),
            ("Gentoo".to_string(), 124.0)
        ]
    );
    let summary: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(summary["format"], "vega-lite");
    assert_eq!(summary["points_drawn"], 3);

    let page_out = dir.path().join("species.html");
    let (ok, _, err) = blinq(&[
        "plot",
        penguins.to_str().unwrap(),
        "--kind",
        "pie",
        "--x",
        "species",
        "-o",
        page_out.to_str().unwrap(),
    ]);
    assert!(ok, "{err}");
    let page = std::fs::read_to_string(&page_out).unwrap();
    assert!(page.starts_with("<!doctype html>"));
    assert!(page.contains("<title>Share of rows by species</title>"));
    assert!(page.contains("vegaEmbed") && page.contains("expressionInterpreter"));
    assert!(
        !page.contains("src=\"http"),
        "nothing loaded from elsewhere"
    );

    let (ok, _, err) = blinq(&[
        "plot",
        penguins.to_str().unwrap(),
        "--kind",
        "pie",
        "--x",
        "species",
        "-o",
        dir.path().join("chart.jpg").to_str().unwrap(),
    ]);
    assert!(!ok);
    assert!(err.contains(".vl.json or .html"), "{err}");
}
