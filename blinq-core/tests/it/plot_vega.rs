//! Vega-Lite output: the inlined numbers are the chart's numbers. Expected values were
//! computed independently with pandas over the same fixture (never copied from Blinq's
//! output); the static renderer's SVG of the same spec is parsed back to check that both
//! renderers draw from one preparation. The specs' validity against the official Vega-Lite
//! schema and compiler is checked by blinq-node's tests (`plot.test.mjs`).

use std::collections::HashMap;

use crate::plot_common::{BLUE, Svg, close, fixture};
use blinq_core::analysis::AggFunc;
use blinq_core::plot::{Chart, PlotFormat, PlotKind, vega_lite};
use blinq_core::{Dataset, PlotSpec};
use polars::prelude::*;
use serde_json::Value;

fn rows(vl: &Value) -> &Vec<Value> {
    vl["data"]["values"].as_array().expect("inline data")
}

/// `field` of each row, keyed by the row's `x` (and `group` when present).
fn by_key(vl: &Value, field: &str) -> HashMap<String, f64> {
    rows(vl)
        .iter()
        .map(|r| {
            let mut key = r["x"].as_str().unwrap_or_default().to_string();
            if let Some(g) = r["group"].as_str().filter(|g| !g.is_empty()) {
                key = format!("{key}/{g}");
            }
            (key, r[field].as_f64().unwrap())
        })
        .collect()
}

#[test]
fn bars_carry_the_means_in_the_image_order_and_colours() {
    let penguins = fixture("penguins.csv");
    let spec = PlotSpec::new(PlotKind::Bar)
        .x("species")
        .y("body_mass_g")
        .color("sex");
    let chart = Chart::new(&penguins, &spec).unwrap();
    let vl = chart.vega_lite();
    // pandas: df.groupby(['species', 'sex']).body_mass_g.mean()
    let expected = [
        ("Adelie/female", 3368.8356164383563),
        ("Adelie/male", 4043.4931506849316),
        ("Chinstrap/female", 3527.205882352941),
        ("Chinstrap/male", 3938.970588235294),
        ("Gentoo/female", 4679.741379310345),
        ("Gentoo/male", 5484.836065573771),
    ];
    let got = by_key(&vl, "value");
    assert_eq!(got.len(), 6, "{got:?}");
    for (key, mean) in expected {
        assert!(close(got[key], mean, 1e-9), "{key}: {} vs {mean}", got[key]);
    }
    assert_eq!(vl["mark"]["type"], "bar");
    assert_eq!(
        vl["encoding"]["x"]["sort"],
        serde_json::json!(["Adelie", "Chinstrap", "Gentoo"])
    );
    assert_eq!(vl["encoding"]["xOffset"]["field"], "group");
    assert_eq!(vl["encoding"]["y"]["title"], "mean of body_mass_g");
    assert_eq!(
        vl["encoding"]["color"]["scale"]["range"][0],
        BLUE.to_uppercase()
    );
    assert_eq!(vl["params"][0]["bind"], "legend", "clickable legend");
    assert_eq!(vl["title"]["text"], chart.spec().title.clone().unwrap());
    // The image of the same chart: bar heights in the same proportions.
    let svg = chart.render(PlotFormat::Svg).unwrap();
    let doc = Svg::parse(String::from_utf8(svg.bytes).unwrap());
    let blue: Vec<_> = doc
        .rects_filled(BLUE)
        .into_iter()
        .filter(|r| r.width > 20.0)
        .collect();
    assert_eq!(
        blue.len(),
        3,
        "one female bar per species (legend swatch left out)"
    );
    let ratio = blue[0].height / blue[2].height;
    assert!(
        close(ratio, 3368.8356164383563 / 4679.741379310345, 0.01),
        "{ratio}"
    );
}

#[test]
fn pie_and_heatmap_count_rows() {
    let penguins = fixture("penguins.csv");
    let pie = vega_lite(&penguins, &PlotSpec::new(PlotKind::Pie).x("species")).unwrap();
    assert_eq!(pie["mark"]["type"], "arc");
    let counts = by_key(&pie, "value");
    // pandas: df.groupby('species').size()
    assert_eq!(
        (counts["Adelie"], counts["Chinstrap"], counts["Gentoo"]),
        (152.0, 68.0, 124.0)
    );
    let share = by_key(&pie, "share");
    assert!(close(share["Chinstrap"], 68.0 / 344.0, 1e-12));

    let heat = vega_lite(
        &penguins,
        &PlotSpec::new(PlotKind::Heatmap).x("species").y("island"),
    )
    .unwrap();
    assert_eq!(heat["mark"]["type"], "rect");
    // pandas: pd.crosstab(df.island, df.species); empty cells are left out.
    let cells: HashMap<(String, String), f64> = rows(&heat)
        .iter()
        .map(|r| {
            (
                (
                    r["x"].as_str().unwrap().into(),
                    r["y"].as_str().unwrap().into(),
                ),
                r["value"].as_f64().unwrap(),
            )
        })
        .collect();
    let expected = [
        ("Adelie", "Biscoe", 44.0),
        ("Adelie", "Dream", 56.0),
        ("Adelie", "Torgersen", 52.0),
        ("Chinstrap", "Dream", 68.0),
        ("Gentoo", "Biscoe", 124.0),
    ];
    assert_eq!(cells.len(), expected.len(), "{cells:?}");
    for (x, y, n) in expected {
        assert_eq!(cells[&(x.to_string(), y.to_string())], n, "{x} {y}");
    }
}

#[test]
fn boxes_carry_the_quartiles() {
    let penguins = fixture("penguins.csv");
    let spec = PlotSpec::new(PlotKind::Box)
        .x("species")
        .y("flipper_length_mm");
    let vl = vega_lite(&penguins, &spec).unwrap();
    // pandas: df.groupby('species').flipper_length_mm.quantile([.25, .5, .75])
    let expected = [
        ("Adelie", 186.0, 190.0, 195.0),
        ("Chinstrap", 191.0, 196.0, 201.0),
        ("Gentoo", 212.0, 216.0, 221.0),
    ];
    let (q1, median, q3) = (by_key(&vl, "q1"), by_key(&vl, "median"), by_key(&vl, "q3"));
    for (species, a, b, c) in expected {
        assert_eq!(
            (q1[species], median[species], q3[species]),
            (a, b, c),
            "{species}"
        );
    }
    let layers = vl["layer"].as_array().unwrap();
    let marks: Vec<&str> = layers
        .iter()
        .map(|l| l["mark"]["type"].as_str().unwrap())
        .collect();
    assert_eq!(marks, ["rule", "bar", "tick", "point"]);
}

#[test]
fn histogram_bins_count_every_value() {
    let penguins = fixture("penguins.csv");
    let spec = PlotSpec::new(PlotKind::Histogram).x("flipper_length_mm");
    let vl = vega_lite(&penguins, &spec).unwrap();
    let rows = rows(&vl);
    let total: f64 = rows.iter().map(|r| r["value"].as_f64().unwrap()).sum();
    // pandas: df.flipper_length_mm.notna().sum()
    assert_eq!(total, 342.0);
    for r in rows {
        assert!(r["x"].as_f64().unwrap() < r["x2"].as_f64().unwrap());
    }
    assert_eq!(vl["params"][0]["bind"], "scales", "zoom on x");
}

fn long_series(n: usize) -> Dataset {
    let t: Vec<f64> = (0..n).map(|i| i as f64).collect();
    let v: Vec<f64> = (0..n)
        .map(|i| ((i as f64) / 5000.0).sin() * 100.0 + (i % 97) as f64)
        .collect();
    let df = DataFrame::new(
        n,
        vec![Column::new("t".into(), t), Column::new("v".into(), v)],
    )
    .unwrap();
    Dataset::new("long", df)
}

#[test]
fn a_million_point_line_is_a_small_spec_of_real_points() {
    let n = 1_000_000;
    let ds = long_series(n);
    let vl = vega_lite(&ds, &PlotSpec::new(PlotKind::Line).x("t").y("v")).unwrap();
    let rows = rows(&vl);
    assert!(
        rows.len() <= 2 * 800 + 2 && rows.len() > 800,
        "{}",
        rows.len()
    );
    let text = vl.to_string();
    assert!(text.len() < 200_000, "{} bytes", text.len());
    for r in rows {
        // Every kept point is a point of the data: x = i, y = f(i).
        let x = r["x"].as_f64().unwrap();
        let i = x as usize;
        let y = ((i as f64) / 5000.0).sin() * 100.0 + (i % 97) as f64;
        assert_eq!(r["y"].as_f64().unwrap(), y);
    }
    let notes = vl["usermeta"]["blinq"]["notes"].as_array().unwrap();
    assert!(
        notes
            .iter()
            .any(|n| n.as_str().unwrap().contains("MinMaxLTTB")),
        "{notes:?}"
    );
    assert_eq!(vl["usermeta"]["blinq"]["points_total"], n);
    assert_eq!(vl["layer"][0]["params"][0]["bind"], "scales");

    let dots = vega_lite(&ds, &PlotSpec::new(PlotKind::Scatter).x("t").y("v")).unwrap();
    let kept = dots["data"]["values"].as_array().unwrap().len();
    assert!(kept <= 10_000 && kept > 1_000, "{kept}");
}

#[test]
fn dates_are_utc_milliseconds_on_a_time_axis() {
    let flights = fixture("flights_3000.csv");
    let spec = PlotSpec::new(PlotKind::Line)
        .x("time_hour")
        .y("dep_delay")
        .aggregate(AggFunc::Mean);
    let vl = vega_lite(&flights, &spec).unwrap();
    assert_eq!(vl["encoding"]["x"]["type"], "temporal");
    assert_eq!(vl["encoding"]["x"]["scale"]["type"], "utc");
    let first = rows(&vl)[0]["x"].as_f64().unwrap();
    // 2013-01-01T10:00:00Z, the earliest time_hour in the fixture (Python's csv and
    // datetime), in ms since the epoch.
    assert_eq!(first, 1_357_034_400_000.0);
}

/// Every kind, with and without groups, gives a spec whose rows are plain JSON.
#[test]
fn every_kind_gives_a_spec() {
    let penguins = fixture("penguins.csv");
    for (kind, x, y, color, stacked) in [
        (PlotKind::Bar, "species", None, Some("island"), true),
        (
            PlotKind::Line,
            "bill_length_mm",
            Some("body_mass_g"),
            Some("species"),
            false,
        ),
        (
            PlotKind::Area,
            "flipper_length_mm",
            None,
            Some("species"),
            true,
        ),
        (PlotKind::Area, "flipper_length_mm", None, None, false),
        (
            PlotKind::Scatter,
            "bill_length_mm",
            Some("bill_depth_mm"),
            Some("species"),
            false,
        ),
        (
            PlotKind::Histogram,
            "body_mass_g",
            None,
            Some("species"),
            false,
        ),
        (
            PlotKind::Box,
            "island",
            Some("body_mass_g"),
            Some("sex"),
            false,
        ),
        (PlotKind::Pie, "island", None, None, false),
        (PlotKind::Heatmap, "island", Some("sex"), None, false),
    ] {
        let mut spec = PlotSpec::new(kind).x(x);
        spec.y = y.map(Into::into);
        spec.color = color.map(Into::into);
        spec.stacked = stacked;
        let vl = vega_lite(&penguins, &spec).unwrap();
        assert_eq!(vl["width"], 800, "{kind:?}");
        let meta = &vl["usermeta"]["blinq"];
        let drawn = meta["points_drawn"].as_u64().unwrap();
        assert!(drawn > 0, "{kind:?}");
        if !matches!(kind, PlotKind::Histogram | PlotKind::Box) {
            // Marks are points of the data (bins and boxes summarise them).
            assert!(
                drawn <= meta["points_total"].as_u64().unwrap(),
                "{kind:?}: {meta}"
            );
        }
        if let Ok(dir) = std::env::var("BLINQ_VEGA_DUMP") {
            let name = format!("{dir}/{}-{x}.vl.json", kind.as_str());
            std::fs::write(name, serde_json::to_string_pretty(&vl).unwrap()).unwrap();
        }
    }
}
