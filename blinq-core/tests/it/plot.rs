//! Plot marks match the data, per chart kind. Expected values were computed independently
//! with Python's csv and statistics modules over the same fixture files (never copied from
//! Blinq's output); the SVG is parsed back to check the drawn marks.

use crate::plot_common::{BLUE, GREEN, ORANGE, Svg, close, fixture, svg};
use blinq_core::PlotSpec;
use blinq_core::analysis::AggFunc;
use blinq_core::plot::{PlotFormat, PlotKind, render};

#[test]
fn three_bars_proportional_to_the_species_means() {
    let penguins = fixture("penguins.csv");
    let spec = PlotSpec::new(PlotKind::Bar).x("species").y("body_mass_g");
    let chart = render(&penguins, &spec.clone().format(PlotFormat::Svg)).unwrap();
    assert_eq!((chart.points_drawn, chart.points_total), (3, 3));
    assert_eq!(
        chart.spec.aggregate,
        Some(AggFunc::Mean),
        "mean is the default for bars"
    );
    let doc = Svg::parse(String::from_utf8(chart.bytes).unwrap());
    let bars = doc.rects_filled(BLUE);
    assert_eq!(bars.len(), 3);
    // Python: statistics.mean of body_mass_g per species, NA dropped.
    let means = [3700.662251655629, 3733.0882352941176, 5076.016260162602];
    let bottom = bars[0].y + bars[0].height;
    for (bar, mean) in bars.iter().zip(means) {
        assert_eq!(bar.y + bar.height, bottom, "bars share the zero line");
        let ratio = bar.height / bars[2].height;
        assert!(
            close(ratio, mean / means[2], 1.5 / bars[2].height),
            "{ratio} vs {}",
            mean / means[2]
        );
    }
    assert!(
        bars[0].x < bars[1].x && bars[1].x < bars[2].x,
        "natural order left to right"
    );
    for text in [
        "Mean of body_mass_g by species",
        "species",
        "mean of body_mass_g",
        "Adelie",
        "Chinstrap",
        "Gentoo",
    ] {
        assert!(doc.has_text(text), "missing {text}: {:?}", doc.texts());
    }
    assert!(
        doc.has_text("3,701") && doc.has_text("5,076"),
        "values with thousands separators"
    );
    assert!(
        doc.has_text("5,000") || doc.has_text("6,000"),
        "ticks with thousands separators"
    );
}

#[test]
fn grouped_bars_have_a_legend_and_match_group_means() {
    let penguins = fixture("penguins.csv");
    let doc = svg(
        &penguins,
        PlotSpec::new(PlotKind::Bar)
            .x("species")
            .y("body_mass_g")
            .color("sex"),
    );
    let (female, male) = (doc.rects_filled(BLUE), doc.rects_filled(ORANGE));
    // 3 bars per sex, plus the legend swatch of each colour.
    assert_eq!((female.len(), male.len()), (4, 4));
    assert!(doc.has_text("sex") && doc.has_text("female") && doc.has_text("male"));
    // Python: mean body mass by (species, sex), rows with NA sex dropped.
    let expected = [
        (3368.836, 4043.493),
        (3527.206, 3938.971),
        (4679.741, 5484.836),
    ];
    let tallest = male.iter().map(|r| r.height).fold(0.0, f64::max);
    for (i, (f, m)) in expected.iter().enumerate() {
        let fb = female.iter().filter(|r| r.height > 20.0).nth(i).unwrap();
        let mb = male.iter().filter(|r| r.height > 20.0).nth(i).unwrap();
        assert!(
            close(fb.height / tallest, f / 5484.836, 0.005),
            "female {i}"
        );
        assert!(close(mb.height / tallest, m / 5484.836, 0.005), "male {i}");
        assert!(fb.x < mb.x, "groups side by side in legend order");
    }
}

#[test]
fn stacked_bars_add_up_to_island_counts() {
    let penguins = fixture("penguins.csv");
    let chart = render(
        &penguins,
        &PlotSpec {
            stacked: true,
            ..PlotSpec::new(PlotKind::Bar)
                .x("island")
                .color("species")
                .format(PlotFormat::Svg)
        },
    )
    .unwrap();
    // Python: Counter of (island, species): Biscoe 44 Adelie + 124 Gentoo, Dream 56 + 68, Torgersen 52.
    assert_eq!(chart.points_drawn, 5);
    let doc = Svg::parse(String::from_utf8(chart.bytes).unwrap());
    let bars: Vec<_> = [BLUE, ORANGE, GREEN]
        .iter()
        .flat_map(|c| doc.rects_filled(c))
        .filter(|r| r.height > 13.0)
        .collect();
    let total = |x: f64| {
        bars.iter()
            .filter(|r| close(r.x, x, 0.5))
            .map(|r| r.height)
            .sum::<f64>()
    };
    let xs: Vec<f64> = {
        let mut xs: Vec<f64> = bars.iter().map(|r| r.x).collect();
        xs.sort_by(f64::total_cmp);
        xs.dedup_by(|a, b| close(*a, *b, 0.5));
        xs
    };
    assert_eq!(xs.len(), 3);
    let heights: Vec<f64> = xs.iter().map(|x| total(*x)).collect();
    assert!(
        close(heights[1] / heights[0], 124.0 / 168.0, 0.01),
        "{heights:?}"
    );
    assert!(
        close(heights[2] / heights[0], 52.0 / 168.0, 0.01),
        "{heights:?}"
    );
}

#[test]
fn horizontal_bars_keep_the_top_n_largest_first() {
    let flights = fixture("flights_3000.csv");
    let spec = PlotSpec {
        horizontal: true,
        limit: Some(5),
        ..PlotSpec::new(PlotKind::Bar).x("carrier")
    };
    let chart = render(&flights, &spec.format(PlotFormat::Svg)).unwrap();
    assert_eq!(chart.points_drawn, 5);
    assert_eq!(
        chart.points_total, 15,
        "all 15 carriers (Python) are present before the limit"
    );
    let doc = Svg::parse(String::from_utf8(chart.bytes).unwrap());
    let bars = doc.rects_filled(BLUE);
    // Largest first, from the top: widths never grow going down.
    assert!(
        bars.windows(2)
            .all(|w| w[0].y < w[1].y && w[0].width >= w[1].width),
        "{bars:?}"
    );
    assert!(
        chart.notes.iter().any(|n| n.contains("top 5 of 15")),
        "{:?}",
        chart.notes
    );
}

#[test]
fn histogram_counts_match_numpy_style_bins() {
    let penguins = fixture("penguins.csv");
    let chart = render(
        &penguins,
        &PlotSpec::new(PlotKind::Histogram)
            .x("flipper_length_mm")
            .format(PlotFormat::Svg),
    )
    .unwrap();
    // numpy's "auto" gives 10 bins for these 342 values; Python counts over [172, 231].
    assert_eq!(chart.spec.bins, Some(10));
    assert_eq!((chart.points_drawn, chart.points_total), (342, 342));
    let counts = [3.0, 22.0, 52.0, 79.0, 44.0, 15.0, 42.0, 42.0, 28.0, 15.0];
    let doc = Svg::parse(String::from_utf8(chart.bytes).unwrap());
    let bars = doc.rects_filled(BLUE);
    assert_eq!(bars.len(), 10);
    for (bar, n) in bars.iter().zip(counts) {
        assert!(
            close(bar.height / bars[3].height, n / 79.0, 1.5 / bars[3].height),
            "{n}"
        );
    }
    assert!(
        bars.windows(2)
            .all(|w| close(w[0].x + w[0].width, w[1].x, 1.0)),
        "bins touch"
    );
    assert!(doc.has_text("Distribution of flipper_length_mm") && doc.has_text("count"));
}

#[test]
fn box_heights_follow_the_quartiles() {
    let penguins = fixture("penguins.csv");
    let chart = render(
        &penguins,
        &PlotSpec::new(PlotKind::Box)
            .x("species")
            .y("body_mass_g")
            .format(PlotFormat::Svg),
    )
    .unwrap();
    assert_eq!(chart.points_drawn, 342);
    let doc = Svg::parse(String::from_utf8(chart.bytes).unwrap());
    let boxes: Vec<_> = doc
        .rects()
        .into_iter()
        .filter(|r| r.fill == BLUE && r.opacity < 1.0)
        .collect();
    assert_eq!(boxes.len(), 3);
    // Python: statistics.quantiles(method="inclusive") IQRs: 650, 462.5, 800.
    assert!(close(
        boxes[0].height / boxes[2].height,
        650.0 / 800.0,
        0.02
    ));
    assert!(close(
        boxes[1].height / boxes[2].height,
        462.5 / 800.0,
        0.02
    ));
    assert!(boxes[2].y < boxes[0].y, "Gentoo's box sits higher");
}

#[test]
fn pie_slices_and_percentages() {
    let penguins = fixture("penguins.csv");
    let chart = render(
        &penguins,
        &PlotSpec::new(PlotKind::Pie)
            .x("species")
            .format(PlotFormat::Svg),
    )
    .unwrap();
    assert_eq!(chart.points_drawn, 3);
    let doc = Svg::parse(String::from_utf8(chart.bytes).unwrap());
    assert_eq!(doc.count("<polygon"), 3);
    // Python: 152, 124, 68 of 344 rows; largest first.
    for text in [
        "Adelie (44.2%)",
        "Gentoo (36.0%)",
        "Chinstrap (19.8%)",
        "Share of rows by species",
    ] {
        assert!(doc.has_text(text), "{text}: {:?}", doc.texts());
    }
}

#[test]
fn heatmap_cells_are_carrier_origin_counts() {
    let flights = fixture("flights_3000.csv");
    let chart = render(
        &flights,
        &PlotSpec::new(PlotKind::Heatmap)
            .x("carrier")
            .y("origin")
            .format(PlotFormat::Svg),
    )
    .unwrap();
    // Python: 32 distinct (carrier, origin) pairs; UA at EWR 434 flights, B6 at JFK 416.
    assert_eq!(chart.points_drawn, 32);
    let doc = Svg::parse(String::from_utf8(chart.bytes).unwrap());
    assert!(doc.has_text("434") && doc.has_text("416"));
    assert!(doc.has_text("Count by carrier and origin"));
}

#[test]
fn line_over_time_means_per_hour_with_date_ticks() {
    let flights = fixture("flights_3000.csv");
    let chart = render(
        &flights,
        &PlotSpec::new(PlotKind::Line)
            .x("time_hour")
            .y("dep_delay")
            .format(PlotFormat::Svg),
    )
    .unwrap();
    // Python: 65 distinct time_hour values with a dep_delay, Jan 1 10:00 to Jan 5 04:00 UTC.
    assert_eq!((chart.points_drawn, chart.points_total), (65, 65));
    assert_eq!(
        chart.spec.aggregate,
        Some(AggFunc::Mean),
        "repeated x: mean per hour"
    );
    let doc = Svg::parse(String::from_utf8(chart.bytes).unwrap());
    assert!(
        doc.has_text("Jan 2") && doc.has_text("Jan 4"),
        "{:?}",
        doc.texts()
    );
    assert!(doc.has_text("time_hour (UTC)"));
    let lines = doc.polylines_stroked(BLUE);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].len(), 65);
}

#[test]
fn points_with_a_missing_or_non_finite_coordinate_are_left_out() {
    // pandas: 342 penguins have both bill measurements, 333 also have a sex.
    let penguins = fixture("penguins.csv");
    let spec = PlotSpec::new(PlotKind::Scatter)
        .x("bill_length_mm")
        .y("bill_depth_mm");
    // (Drawn counts distinct dot positions per colour, so a few coinciding penguins merge.)
    let chart = render(&penguins, &spec.clone().color("sex")).unwrap();
    assert_eq!(chart.points_total, 333);
    assert!(chart.points_drawn <= 333 && chart.points_drawn > 300);
    let chart = render(&penguins, &spec).unwrap();
    assert_eq!(chart.points_total, 342);

    // By hand: of five rows only x = 1 and x = 5 have a finite y (NaN, inf and null go).
    use blinq_core::polars::prelude::*;
    let frame = df! {
        "x" => [1.0, 2.0, 3.0, 4.0, 5.0],
        "y" => [Some(1.0), Some(f64::NAN), Some(f64::INFINITY), None, Some(2.0)],
    }
    .unwrap();
    let data = blinq_core::Dataset::new("t", frame);
    for kind in [PlotKind::Line, PlotKind::Scatter] {
        let chart = render(&data, &PlotSpec::new(kind).x("x").y("y")).unwrap();
        assert_eq!(chart.points_total, 2, "{kind:?}");
    }
}

/// Charts take the same aggregates as pipelines (one `AggFunc`): distinct values and the
/// sample standard deviation per bar; `quantile` needs a `q` a chart does not have.
#[test]
fn bars_of_distinct_counts_and_standard_deviations() {
    let penguins = fixture("penguins.csv");
    // Python: len(set(island)) per species; statistics.stdev(body_mass_g) per species.
    let cases = [
        (
            PlotSpec::new(PlotKind::Bar)
                .x("species")
                .y("island")
                .aggregate(AggFunc::NUnique),
            [3.0, 1.0, 1.0],
        ),
        (
            PlotSpec::new(PlotKind::Bar)
                .x("species")
                .y("body_mass_g")
                .aggregate(AggFunc::Std),
            [458.56612591013476, 384.3350813871914, 504.11623665709163],
        ),
    ];
    for (spec, want) in cases {
        let chart = render(&penguins, &spec.clone().format(PlotFormat::Svg)).unwrap();
        let doc = Svg::parse(String::from_utf8(chart.bytes).unwrap());
        let bars = doc.rects_filled(BLUE);
        assert_eq!(bars.len(), 3, "{spec:?}");
        let top = want.iter().cloned().fold(f64::MIN, f64::max);
        let tallest = bars.iter().map(|b| b.height).fold(f64::MIN, f64::max);
        for (bar, value) in bars.iter().zip(want) {
            let ratio = bar.height / tallest;
            assert!(
                close(ratio, value / top, 1.5 / tallest),
                "{:?}: {ratio} vs {}",
                spec.aggregate,
                value / top
            );
        }
    }
    let quantile = PlotSpec::new(PlotKind::Bar)
        .x("species")
        .y("body_mass_g")
        .aggregate(AggFunc::Quantile);
    let err = render(&penguins, &quantile).unwrap_err();
    assert_eq!(err.code(), "plot", "{err}");
    assert!(err.to_string().contains("median"), "{err}");
}
