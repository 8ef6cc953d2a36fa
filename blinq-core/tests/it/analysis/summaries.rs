//! Per-column summaries and correlation matrices.

use blinq_core::analysis;
use serde_json::{Value, json};

use super::{close, flights, penguins, rows, run};

#[test]
fn describe_matches_independent_values() {
    let summary = analysis::describe(&penguins()).unwrap();
    assert_eq!(summary.len(), 8);
    let mass = summary.iter().find(|s| s.name == "body_mass_g").unwrap();
    assert_eq!((mass.count, mass.nulls, mass.unique), (342, 2, 94));
    assert!((mass.mean.unwrap() - 4201.754385964912).abs() < 1e-9);
    assert!((mass.std.unwrap() - 801.9545356980955).abs() < 1e-9);
    assert_eq!(
        (mass.q25, mass.median, mass.q75),
        (Some(3550.0), Some(4050.0), Some(4750.0))
    );
    assert_eq!(
        (mass.min.clone(), mass.max.clone()),
        (json!(2700), json!(6300))
    );
    let top: Vec<(Value, u64)> = mass
        .top
        .iter()
        .map(|t| (t.value.clone(), t.count))
        .collect();
    assert_eq!(
        top,
        [
            (json!(3800), 12),
            (json!(3700), 11),
            (json!(3900), 10),
            (json!(3950), 10),
            (json!(3550), 9)
        ]
    );
    let bill = summary.iter().find(|s| s.name == "bill_length_mm").unwrap();
    assert_eq!(
        (bill.q25, bill.median, bill.q75),
        (Some(39.225), Some(44.45), Some(48.5))
    );
    let sex = summary.iter().find(|s| s.name == "sex").unwrap();
    assert_eq!(
        (sex.count, sex.nulls, sex.unique, sex.mean),
        (333, 11, 2, None)
    );
    assert_eq!(
        (sex.min.clone(), sex.max.clone()),
        (json!("female"), json!("male"))
    );
    assert_eq!(analysis::top_text(&sex.top), "male (168), female (165)");

    let times = analysis::describe(&flights()).unwrap();
    let hour = times.iter().find(|s| s.name == "time_hour").unwrap();
    assert!(
        hour.min
            .as_str()
            .unwrap()
            .starts_with("2013-01-01T10:00:00"),
        "{hour:?}"
    );
    assert!(
        hour.max.as_str().unwrap().starts_with("2013-01-05"),
        "{hour:?}"
    );

    // The same summary as a pipeline step, one row per column.
    let step = run(&penguins(), json!([{"op": "describe"}]));
    assert_eq!(
        step.get_column_names().len(),
        analysis::SUMMARY_COLUMNS.len()
    );
    assert_eq!(rows(&step)[5][0], "body_mass_g");
    assert!(close(&rows(&step)[5][5], 4201.754385964912));
}

#[test]
fn describe_a_wide_frame_column_by_column() {
    // 3,000 columns: every third is text `a<k>, b, b, a<k>`, the others the numbers
    // `k, k, k + 2` and a missing value. By hand, for the numbers: count 3, nulls 1, unique 2,
    // mean k + 2/3, sample std sqrt(((2/3)^2 * 2 + (4/3)^2) / 2) = sqrt(4/3), linear
    // quartiles over [k, k, k + 2] at positions 0.5, 1 and 1.5: k, k, k + 1; top k (2), k + 2
    // (1). For the text: count 4, unique 2, top a<k> (2) then b (2) (a tie, by value).
    let width = 3_000;
    let kinds: Vec<bool> = (0..width).map(|k| k % 3 == 2).collect();
    let header: Vec<String> = (0..width).map(|k| format!("c{k}")).collect();
    let row = |f: &dyn Fn(usize, bool) -> String| -> String {
        (0..width)
            .map(|k| f(k, kinds[k]))
            .collect::<Vec<_>>()
            .join(",")
    };
    let csv = [
        header.join(","),
        row(&|k, text| if text { format!("a{k}") } else { k.to_string() }),
        row(&|k, text| if text { "b".into() } else { k.to_string() }),
        row(&|k, text| {
            if text {
                "b".into()
            } else {
                (k + 2).to_string()
            }
        }),
        row(&|k, text| if text { format!("a{k}") } else { String::new() }),
    ]
    .join("\n");
    let options = blinq_core::LoadOptions {
        has_header: Some(true),
        ..Default::default()
    };
    let wide = blinq_core::Dataset::from_bytes("wide", csv.as_bytes(), &options).unwrap();
    let summary = analysis::describe(&wide).unwrap();
    assert_eq!(summary.len(), width);
    for (k, s) in summary.iter().enumerate() {
        assert_eq!(s.name, format!("c{k}"));
        let top: Vec<(Value, u64)> = s.top.iter().map(|t| (t.value.clone(), t.count)).collect();
        if kinds[k] {
            assert_eq!(
                (s.count, s.nulls, s.unique, s.mean),
                (4, 0, 2, None),
                "{s:?}"
            );
            assert_eq!(
                (s.min.clone(), s.max.clone()),
                (json!(format!("a{k}")), json!("b"))
            );
            assert_eq!(top, [(json!(format!("a{k}")), 2), (json!("b"), 2)]);
        } else {
            let k = k as f64;
            assert_eq!((s.count, s.nulls, s.unique), (3, 1, 2), "{s:?}");
            assert!((s.mean.unwrap() - (k + 2.0 / 3.0)).abs() < 1e-9, "{s:?}");
            assert!(
                (s.std.unwrap() - (4.0f64 / 3.0).sqrt()).abs() < 1e-12,
                "{s:?}"
            );
            assert_eq!((s.q25, s.median, s.q75), (Some(k), Some(k), Some(k + 1.0)));
            assert_eq!(
                (s.min.clone(), s.max.clone()),
                (json!(k as i64), json!(k as i64 + 2))
            );
            assert_eq!(top, [(json!(k as i64), 2), (json!(k as i64 + 2), 1)]);
        }
    }
}

#[test]
fn correlation_is_pairwise_complete() {
    let cols = [
        "bill_length_mm",
        "bill_depth_mm",
        "flipper_length_mm",
        "body_mass_g",
    ]
    .map(String::from);
    let m = analysis::correlation(penguins().frame(), &cols).unwrap();
    let expected = [
        ("bill_length_mm", "bill_depth_mm", -0.2350528703555327),
        ("bill_length_mm", "flipper_length_mm", 0.6561813407464281),
        ("bill_depth_mm", "body_mass_g", -0.4719156211860666),
        ("flipper_length_mm", "body_mass_g", 0.8712017673060114),
    ];
    for (a, b, r) in expected {
        assert!((m.get(a, b).unwrap() - r).abs() < 1e-9 && (m.get(b, a).unwrap() - r).abs() < 1e-9);
    }
    assert_eq!(m.get("body_mass_g", "body_mass_g"), Some(1.0));
    // dep_delay has 22 nulls, arr_delay 40: each pair uses its own complete rows.
    let m = analysis::correlation(
        flights().frame(),
        &["dep_delay", "arr_delay", "distance"].map(String::from),
    )
    .unwrap();
    assert_eq!((m.counts[0][2], m.counts[0][1]), (2978, 2960));
    assert!((m.get("dep_delay", "distance").unwrap() - -0.06052135572564318).abs() < 1e-9);
    assert!((m.get("dep_delay", "arr_delay").unwrap() - 0.9063083264767096).abs() < 1e-9);
    let step = run(&penguins(), json!([{"op": "correlation"}]));
    // Every number column of penguins: four measurements and year.
    assert_eq!(step.shape(), (5, 6));
}
