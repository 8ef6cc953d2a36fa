//! Plot output as a whole: image sizes for every kind, large data (downsampling, a million
//! dots), deterministic SVG snapshots, automatic charts and errors for bad specs. Expected
//! values come from Python's csv module over the same files.

use std::path::{Path, PathBuf};

use crate::plot_common::{BLUE, Svg, close, fixture, png_ink, png_size, svg};
use blinq_core::analysis::AggFunc;
use blinq_core::plot::{PlotFormat, PlotKind, Theme, recommend, render};
use blinq_core::polars::prelude::*;
use blinq_core::{BlinqError, Dataset, PlotSpec};

/// A line whose true extremes are two one-point spikes among 200,000 points.
fn spiky(n: usize) -> Dataset {
    let x: Vec<f64> = (0..n).map(|i| i as f64).collect();
    let mut y: Vec<f64> = (0..n).map(|i| ((i as f64) / 700.0).sin() * 0.9).collect();
    y[n / 3 + 17] = 100.0;
    y[2 * n / 3 + 5] = -100.0;
    Dataset::new("spiky", df! { "x" => x, "y" => y }.unwrap())
}

#[test]
fn lttb_keeps_ends_and_extremes_of_a_long_line() {
    let ds = spiky(200_000);
    let chart = render(
        &ds,
        &PlotSpec::new(PlotKind::Line)
            .x("x")
            .y("y")
            .format(PlotFormat::Svg),
    )
    .unwrap();
    assert_eq!(chart.points_total, 200_000);
    assert!(chart.points_drawn < 2_000, "{}", chart.points_drawn);
    assert!(chart.notes.iter().any(|n| n.contains("MinMaxLTTB")));
    let doc = Svg::parse(String::from_utf8(chart.bytes).unwrap());
    let line = &doc.polylines_stroked(BLUE)[0];
    assert_eq!(line.len(), chart.points_drawn);
    // The drawn line reaches the pixel rows of +100 and -100 (the tick labels' rows)...
    let row = |label: &str| {
        doc.text_at(label)
            .unwrap_or_else(|| panic!("tick {label}"))
            .1
    };
    let (top, bottom) = line
        .iter()
        .fold((f64::MAX, f64::MIN), |(t, b), p| (t.min(p.1), b.max(p.1)));
    assert!(
        close(top, row("100"), 1.0) && close(bottom, row("-100"), 1.0),
        "{top} {bottom}"
    );
    // ... and starts and ends at the plot's edges (first and last points).
    let (first, last) = (line[0].0, line[line.len() - 1].0);
    let x_zero = doc
        .texts()
        .into_iter()
        .filter(|t| t.text == "0")
        .max_by(|a, b| a.y.total_cmp(&b.y))
        .unwrap();
    assert!(
        close(first, x_zero.x, 1.0),
        "first point at the x = 0 tick: {first} vs {}",
        x_zero.x
    );
    assert!(last > first + 600.0);
}

#[test]
fn a_million_point_scatter_renders() {
    let n = 1_000_000;
    let x: Vec<f64> = (0..n).map(|i| ((i * 7919) % 10_007) as f64).collect();
    let y: Vec<f64> = (0..n)
        .map(|i| ((i * 104_729) % 9_973) as f64 + (i % 3) as f64)
        .collect();
    let ds = Dataset::new("cloud", df! { "x" => x, "y" => y }.unwrap());
    let spec = PlotSpec::new(PlotKind::Scatter)
        .x("x")
        .y("y")
        .size(1000, 600);
    let chart = render(&ds, &spec).unwrap();
    let (w, h) = png_size(&chart.bytes);
    assert_eq!((w, h), (1000, 600));
    assert_eq!(chart.points_total, n);
    assert!(
        chart.points_drawn > 10_000 && chart.points_drawn <= 600_000,
        "one dot per pixel: {}",
        chart.points_drawn
    );
}

#[test]
fn every_kind_renders_png_of_the_asked_size_and_svg() {
    let penguins = fixture("penguins.csv");
    let flights = fixture("flights_3000.csv");
    let cases: Vec<(&Dataset, PlotSpec)> = vec![
        (&penguins, PlotSpec::new(PlotKind::Bar).x("island")),
        (
            &flights,
            PlotSpec::new(PlotKind::Line)
                .x("time_hour")
                .y("arr_delay")
                .color("origin"),
        ),
        (
            &penguins,
            PlotSpec::new(PlotKind::Scatter)
                .x("bill_length_mm")
                .y("bill_depth_mm")
                .color("species"),
        ),
        (
            &penguins,
            PlotSpec::new(PlotKind::Histogram)
                .x("body_mass_g")
                .color("species"),
        ),
        (
            &flights,
            PlotSpec::new(PlotKind::Box).x("origin").y("distance"),
        ),
        (
            &flights,
            PlotSpec::new(PlotKind::Pie).x("origin").y("distance"),
        ),
        (
            &flights,
            PlotSpec {
                stacked: true,
                ..PlotSpec::new(PlotKind::Area).x("time_hour").color("origin")
            },
        ),
        (
            &penguins,
            PlotSpec::new(PlotKind::Heatmap)
                .x("island")
                .y("species")
                .color("body_mass_g"),
        ),
    ];
    for (ds, spec) in cases {
        let kind = spec.kind;
        let png =
            render(ds, &spec.clone().size(640, 420)).unwrap_or_else(|e| panic!("{kind}: {e}"));
        assert_eq!(png_size(&png.bytes), (640, 420), "{kind}");
        let ink = png_ink(&png.bytes);
        assert!(ink > 0.02 && ink < 0.9, "{kind}: {ink} of the pixels drawn");
        assert_eq!((png.width, png.height), (640, 420));
        let doc = svg(ds, spec.clone());
        let title = png.spec.title.clone().unwrap();
        assert!(doc.has_text(&title), "{kind}: title {title}");
        if let Some(color) = &spec.color
            && kind != PlotKind::Heatmap
        {
            assert!(doc.has_text(color), "{kind}: legend title");
        }
        assert!(
            png.points_drawn > 0 && png.points_drawn <= png.points_total,
            "{kind}"
        );
    }
}

#[test]
fn crowded_category_labels_turn_vertical_without_overlap() {
    let flights = fixture("flights_3000.csv");
    let doc = svg(&flights, PlotSpec::new(PlotKind::Bar).x("dest"));
    let labels: Vec<(f64, f64)> = doc
        .texts()
        .iter()
        .filter(|t| t.rotated)
        .map(|t| (t.x, t.y))
        .collect();
    assert!(labels.len() > 40, "{}", labels.len());
    // Vertical 12 px text needs about 12 px between neighbours.
    let mut xs: Vec<f64> = labels.iter().map(|l| l.0).collect();
    xs.sort_by(f64::total_cmp);
    assert!(xs.windows(2).all(|w| w[1] - w[0] >= 11.0), "{xs:?}");
}

#[test]
fn svg_is_deterministic_and_matches_snapshots() {
    let penguins = fixture("penguins.csv");
    let cases = [
        (
            "bar_species_mass",
            PlotSpec::new(PlotKind::Bar)
                .x("species")
                .y("body_mass_g")
                .color("sex"),
        ),
        (
            "histogram_flipper",
            PlotSpec::new(PlotKind::Histogram).x("flipper_length_mm"),
        ),
        (
            "scatter_bills_dark",
            PlotSpec {
                theme: Theme::Dark,
                ..PlotSpec::new(PlotKind::Scatter)
                    .x("bill_length_mm")
                    .y("bill_depth_mm")
                    .color("species")
            },
        ),
    ];
    for (name, spec) in cases {
        let spec = spec.format(PlotFormat::Svg);
        let first = render(&penguins, &spec).unwrap().bytes;
        assert_eq!(
            first,
            render(&penguins, &spec).unwrap().bytes,
            "{name}: same input, same bytes"
        );
        let path: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/snapshots")
            .join(format!("{name}.svg"));
        if std::env::var_os("BLINQ_UPDATE_SNAPSHOTS").is_some() {
            // Writing snapshots is a chore, not a test: it must not also pass as one.
            assert!(
                std::env::var_os("BLINQ_REQUIRE_SHARED_DATA").is_none(),
                "BLINQ_UPDATE_SNAPSHOTS is set under scripts/test.sh"
            );
            std::fs::write(&path, &first).unwrap();
            panic!(
                "{name}: snapshot written to {}; look at it, commit it, run again",
                path.display()
            );
        }
        let expected = std::fs::read(&path).unwrap_or_else(|_| {
            panic!(
                "{} missing: run with BLINQ_UPDATE_SNAPSHOTS=1, look at it, commit it",
                path.display()
            )
        });
        assert!(
            expected == first,
            "{name}: SVG differs from {}",
            path.display()
        );
    }
}

#[test]
fn recommended_charts_render() {
    let penguins = fixture("penguins.csv");
    let flights = fixture("flights_3000.csv");
    let cases: [(&Dataset, &[&str], PlotKind); 6] = [
        (&penguins, &["body_mass_g"], PlotKind::Histogram),
        (&penguins, &["species", "body_mass_g"], PlotKind::Bar),
        (
            &penguins,
            &["bill_length_mm", "bill_depth_mm", "species"],
            PlotKind::Scatter,
        ),
        (&penguins, &["island", "species"], PlotKind::Heatmap),
        (&flights, &["time_hour", "dep_delay"], PlotKind::Line),
        (&flights, &["dest"], PlotKind::Bar),
    ];
    for (ds, columns, kind) in cases {
        let spec = recommend(ds, columns).unwrap();
        assert_eq!(spec.kind, kind, "{columns:?}");
        render(ds, &spec).unwrap_or_else(|e| panic!("{columns:?}: {e}"));
    }
    assert_eq!(
        recommend(&flights, &["dest"]).unwrap().limit,
        Some(20),
        "89 destinations (Python): top 20"
    );
}

#[track_caller]
fn message(result: blinq_core::Result<blinq_core::plot::Rendered>) -> (String, String) {
    let Err(err) = result else {
        panic!("expected an error")
    };
    let err: BlinqError = err;
    (err.code().to_string(), err.to_string())
}

#[test]
fn bad_specs_get_clear_errors() {
    let penguins = fixture("penguins.csv");
    let r = |spec: PlotSpec| message(render(&penguins, &spec));
    let (code, text) = r(PlotSpec::new(PlotKind::Bar).x("species").y("body_mass"));
    assert_eq!(code, "schema");
    assert!(text.contains("body_mass_g"), "did you mean: {text}");
    let (code, text) = r(PlotSpec::new(PlotKind::Histogram).x("species"));
    assert_eq!(code, "plot");
    assert!(
        text.contains("species") && text.contains("bar chart") && text.contains("body_mass_g"),
        "{text}"
    );
    let (_, text) = r(PlotSpec::new(PlotKind::Scatter).x("bill_length_mm"));
    assert!(text.contains("needs `y`"), "{text}");
    let (_, text) = r(PlotSpec::new(PlotKind::Bar)
        .x("species")
        .y("island")
        .aggregate(AggFunc::Mean));
    assert!(text.contains("island") && text.contains("count"), "{text}");
    let (_, text) = r(PlotSpec::new(PlotKind::Bar)
        .x("species")
        .aggregate(AggFunc::Sum));
    assert!(text.contains("needs a column"), "{text}");
    let (code, _) = r(PlotSpec::new(PlotKind::Bar).x("species").size(0, 10));
    assert_eq!(code, "limit");
    let (_, text) = r(PlotSpec {
        bins: Some(5),
        ..PlotSpec::new(PlotKind::Bar).x("species")
    });
    assert!(
        text.contains("bins") && text.contains("histogram"),
        "{text}"
    );
    let (_, text) = r(PlotSpec::new(PlotKind::Pie).x("species").color("sex"));
    assert!(text.contains("pie"), "{text}");
    let (_, text) = r(PlotSpec::new(PlotKind::Bar).x("body_mass_g"));
    assert!(
        text.contains("histogram") && text.contains("limit"),
        "95 distinct masses are too many bars: {text}"
    );
    // A malformed spec is a plot error wherever it comes from (CLI, server, bindings).
    let err = PlotSpec::from_json(r#"{"kind":"bar","x":"species","colour":"sex"}"#).unwrap_err();
    assert_eq!(err.code(), "plot");
    assert!(err.to_string().contains("colour"));
    // A column with no values at all.
    let empty = Dataset::new(
        "e",
        df! { "a" => [None::<f64>, None], "b" => ["x", "y"] }.unwrap(),
    );
    assert!(render(&empty, &PlotSpec::new(PlotKind::Histogram).x("a")).is_err());
    assert!(render(&empty, &PlotSpec::new(PlotKind::Scatter).x("a").y("a")).is_err());
}

#[test]
fn no_combination_of_kind_and_columns_panics() {
    let penguins = fixture("penguins.csv").with_name("p");
    let columns = penguins.column_names();
    let options: Vec<Option<&str>> = std::iter::once(None)
        .chain(columns.iter().map(|c| Some(c.as_str())))
        .collect();
    let mut rendered = 0;
    for kind in PlotKind::ALL {
        for x in &options {
            for y in &options {
                for color in [None, Some("sex"), Some("body_mass_g")] {
                    let mut spec = PlotSpec::new(*kind).size(200, 150).format(PlotFormat::Svg);
                    spec.x = x.map(String::from);
                    spec.y = y.map(String::from);
                    spec.color = color.map(String::from);
                    if render(&penguins, &spec).is_ok() {
                        rendered += 1;
                    }
                }
            }
        }
    }
    assert!(rendered > 100, "{rendered}");
}

#[test]
fn full_flights_delay_line_when_present() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/data/nycflights13/flights.csv");
    if !path.exists() {
        assert!(
            std::env::var_os("BLINQ_REQUIRE_SHARED_DATA").is_none(),
            "{} is missing: ../shared/data must be beside the checkout",
            path.display()
        );
        eprintln!("note: {} absent, skipped", path.display());
        return;
    }
    let flights = Dataset::from_path(&path).unwrap();
    let spec = PlotSpec::new(PlotKind::Line)
        .x("time_hour")
        .y("dep_delay")
        .aggregate(AggFunc::Mean);
    let chart = render(&flights, &spec).unwrap();
    // Python: 6,923 distinct time_hour values have a dep_delay.
    assert_eq!(chart.points_total, 6923);
    assert!(chart.points_drawn < 6923, "downsampled to the plot width");
    assert!(png_size(&chart.bytes) == (800, 500));
}

#[test]
fn date_columns_get_day_ticks() {
    let flights = fixture("flights_3000.csv");
    let frame = flights
        .lazy()
        .with_column(col("time_hour").cast(DataType::Date).alias("day"))
        .collect()
        .unwrap();
    let days = Dataset::new("days", frame);
    let chart = render(
        &days,
        &PlotSpec::new(PlotKind::Line)
            .x("day")
            .format(PlotFormat::Svg),
    )
    .unwrap();
    // Python: the first 3,000 flights leave on 5 UTC days, Jan 1 to Jan 5.
    assert_eq!(chart.points_total, 5);
    assert_eq!(chart.spec.y_label.as_deref(), Some("count"));
    let doc = Svg::parse(String::from_utf8(chart.bytes).unwrap());
    for day in ["Jan 1", "Jan 2", "Jan 3", "Jan 4", "Jan 5"] {
        assert!(doc.has_text(day), "{day}: {:?}", doc.texts());
    }
    assert!(
        !doc.texts().iter().any(|t| t.text.contains(':')),
        "no times of day on a date axis"
    );
}
