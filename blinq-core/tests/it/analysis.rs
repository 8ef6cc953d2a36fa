//! Analysis pipelines on real data.
//!
//! Expected numbers were computed independently with Python's stdlib (`csv` + `statistics`:
//! `mean`, `stdev`, `median`, `quantiles(method="inclusive")` for linearly interpolated
//! quantiles, `correlation` on pairwise-complete rows, `collections.Counter`, and
//! `datetime` for UTC buckets) over the same CSV files; NA was read as missing.

use std::path::{Path, PathBuf};

use blinq_core::polars::prelude::*;
use blinq_core::{Dataset, Pipeline};
use serde_json::{Value, json};

mod errors;
mod same_as_sql;
mod summaries;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn penguins() -> Dataset {
    Dataset::from_path(fixture("penguins.csv")).unwrap()
}

fn flights() -> Dataset {
    Dataset::from_path(fixture("flights_3000.csv")).unwrap()
}

/// The full nycflights13 flights table, when the shared data is present.
fn full_flights() -> Option<Dataset> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/data/nycflights13/flights.csv"
    );
    if !Path::new(path).exists() {
        assert!(
            std::env::var_os("BLINQ_REQUIRE_SHARED_DATA").is_none(),
            "{} is missing: ../shared/data must be beside the checkout",
            path
        );
        println!("note: {path} is absent; skipping the full-flights checks");
        return None;
    }
    Some(Dataset::from_path(path).unwrap())
}

fn run(dataset: &Dataset, steps: Value) -> DataFrame {
    let pipeline = Pipeline::from_json(&json!({ "steps": steps }).to_string()).unwrap();
    pipeline.run(dataset).unwrap_or_else(|e| panic!("{e}"))
}

fn rows(frame: &DataFrame) -> Vec<Vec<Value>> {
    blinq_core::dataset::table_json(frame).rows
}

fn close(a: &Value, b: f64) -> bool {
    a.as_f64()
        .is_some_and(|a| (a - b).abs() <= 1e-9 * b.abs().max(1.0))
}

fn height(dataset: &Dataset, steps: Value) -> usize {
    run(dataset, steps).height()
}
#[test]
fn group_by_matches_independent_values() {
    let out = run(
        &penguins(),
        json!([{"op": "group_by", "by": ["species"], "aggs": [
            {"func": "count"},
            {"column": "body_mass_g", "func": "count"},
            {"column": "body_mass_g", "func": "mean"},
            {"column": "body_mass_g", "func": "median"},
            {"column": "body_mass_g", "func": "std"},
            {"column": "body_mass_g", "func": "sum"},
            {"column": "body_mass_g", "func": "min"},
            {"column": "body_mass_g", "func": "max"},
            {"column": "island", "func": "n_unique"},
            {"column": "flipper_length_mm", "func": "quantile", "q": 0.9}
        ]}]),
    );
    let names = out.get_column_names();
    assert_eq!(names[1].as_str(), "count");
    assert_eq!(names[3].as_str(), "body_mass_g_mean");
    assert_eq!(names[10].as_str(), "flipper_length_mm_p90");
    // species, rows, non-null mass, mean, median, std, sum, min, max, islands, flipper p90
    let expected = [
        (
            "Adelie",
            152,
            151,
            3700.662251655629,
            3700.0,
            458.56612591013476,
            558800.0,
            2850,
            4775,
            3,
            198.0,
        ),
        (
            "Chinstrap",
            68,
            68,
            3733.0882352941176,
            3700.0,
            384.3350813871914,
            253850.0,
            2700,
            4800,
            1,
            205.0,
        ),
        (
            "Gentoo",
            124,
            123,
            5076.016260162602,
            5000.0,
            504.11623665709163,
            624350.0,
            3950,
            6300,
            1,
            228.0,
        ),
    ];
    let rows = rows(&out);
    assert_eq!(rows.len(), 3);
    for (row, e) in rows.iter().zip(expected) {
        assert_eq!(row[0], e.0);
        assert_eq!(
            (row[1].as_u64(), row[2].as_u64()),
            (Some(e.1), Some(e.2)),
            "{row:?}"
        );
        for (value, want) in row[3..7].iter().zip([e.3, e.4, e.5, e.6]) {
            assert!(close(value, want), "{row:?}: {value} != {want}");
        }
        assert_eq!(
            (row[7].as_i64(), row[8].as_i64(), row[9].as_u64()),
            (Some(e.7), Some(e.8), Some(e.9))
        );
        assert!(close(&row[10], e.10), "{row:?}");
    }
}

#[test]
fn filters_combine_with_and_and_cast_values() {
    let p = penguins();
    let filter = |column: &str, cmp: &str, value: Value| json!({"op": "filter", "column": column, "cmp": cmp, "value": value});
    let adelie_mid = json!([
        filter("species", "eq", json!("Adelie")),
        filter("island", "in", json!(["Dream", "Biscoe"])),
        filter("body_mass_g", "between", json!([3500, "4000"])),
    ]);
    assert_eq!(height(&p, adelie_mid), 40);
    // A number column compared with a number written as text.
    assert_eq!(
        height(&p, json!([filter("bill_length_mm", "gt", json!("45"))])),
        165
    );
    assert_eq!(
        height(
            &p,
            json!([
                filter("year", "ge", json!("2008")),
                filter("year", "lt", json!(2009))
            ])
        ),
        114
    );
    assert_eq!(
        height(
            &p,
            json!([{"op": "filter", "column": "sex", "cmp": "is_null"}])
        ),
        11
    );
    assert_eq!(
        height(&p, json!([filter("island", "contains", json!("ers"))])),
        52
    );
    // Biscoe's 168 penguins; the 68 Chinstraps (palmerpenguins' counts).
    assert_eq!(
        height(&p, json!([filter("island", "starts_with", json!("Bis"))])),
        168
    );
    assert_eq!(
        height(&p, json!([filter("species", "ends_with", json!("strap"))])),
        68
    );
    assert_eq!(
        height(&p, json!([filter("island", "not_in", json!(["Dream"]))])),
        220
    );
    let not_adelie = json!([filter("species", "ne", json!("Adelie")), {"op": "filter", "column": "sex", "cmp": "not_null"}]);
    assert_eq!(height(&p, not_adelie), 187);
}

#[test]
fn datetime_and_date_filters_take_iso_strings() {
    let f = flights();
    let since =
        json!([{"op": "filter", "column": "time_hour", "cmp": "ge", "value": "2013-01-02"}]);
    assert_eq!(height(&f, since), 2291);
    let day = json!([{"op": "filter", "column": "time_hour", "cmp": "between",
                      "value": ["2013-01-02", "2013-01-02T23:59:59Z"]}]);
    assert_eq!(height(&f, day), 930);
    // After bucketing, `time_hour` is a Date column: compare it with a date string.
    let dates = json!([
        {"op": "time_bucket", "column": "time_hour", "every": "day"},
        {"op": "filter", "column": "time_hour", "cmp": ">=", "value": "2013-01-03"}
    ]);
    assert_eq!(height(&f, dates), 917 + 442 + 2);
}

#[test]
fn value_counts_top_and_sort() {
    let p = penguins();
    let counts = run(&p, json!([{"op": "value_counts", "column": "island"}]));
    assert_eq!(counts.get_column_names(), ["island", "count"]);
    assert_eq!(
        rows(&counts),
        vec![
            vec![json!("Biscoe"), json!(168)],
            vec![json!("Dream"), json!(124)],
            vec![json!("Torgersen"), json!(52)]
        ]
    );
    let top = run(
        &p,
        json!([{"op": "top", "n": 5, "by": "body_mass_g"}, {"op": "select", "columns": ["body_mass_g"]}]),
    );
    let masses: Vec<Value> = rows(&top).into_iter().map(|r| r[0].clone()).collect();
    assert_eq!(
        masses,
        [
            json!(6300),
            json!(6050),
            json!(6000),
            json!(6000),
            json!(5950)
        ]
    );
    let lightest = run(
        &p,
        json!([{"op": "top", "n": 1, "by": "body_mass_g", "descending": false}]),
    );
    assert_eq!(
        lightest
            .column("body_mass_g")
            .unwrap()
            .i64()
            .unwrap()
            .get(0),
        Some(2700)
    );
    let sorted = run(
        &p,
        json!([
            {"op": "sort", "by": [{"column": "species"}, {"column": "bill_length_mm", "descending": true}]},
            {"op": "limit", "n": 1}
        ]),
    );
    // The longest Adelie bill in the file is 46.0 mm.
    assert_eq!(rows(&sorted)[0][0], "Adelie");
    assert!(close(&rows(&sorted)[0][2], 46.0));
}

#[test]
fn time_buckets_by_day_week_month_and_year() {
    let days = run(
        &flights(),
        json!([
            {"op": "time_bucket", "column": "time_hour", "every": "day", "alias": "day"},
            {"op": "value_counts", "column": "day"}, {"op": "sort", "by": [{"column": "day"}]}
        ]),
    );
    let expected = [
        ("2013-01-01", 709),
        ("2013-01-02", 930),
        ("2013-01-03", 917),
        ("2013-01-04", 442),
        ("2013-01-05", 2),
    ];
    let got: Vec<(String, u64)> = rows(&days)
        .iter()
        .map(|r| (r[0].as_str().unwrap().to_string(), r[1].as_u64().unwrap()))
        .collect();
    assert_eq!(got, expected.map(|(d, n)| (d.to_string(), n)));
    assert_eq!(days.column("day").unwrap().dtype(), &DataType::Date);

    // Weeks start on Monday: Sunday 2024-01-07 belongs to the week of Monday 2024-01-01.
    let frame = df!("d" => ["2024-01-01", "2024-01-07", "2024-01-08", "2024-03-31"]).unwrap();
    let dated = Dataset::new(
        "d",
        frame
            .lazy()
            .select([col("d").str().to_date(Default::default())])
            .collect()
            .unwrap(),
    );
    let weeks = run(
        &dated,
        json!([{"op": "time_bucket", "column": "d", "every": "week"}]),
    );
    let weeks: Vec<Value> = rows(&weeks).into_iter().map(|r| r[0].clone()).collect();
    assert_eq!(
        weeks,
        [
            json!("2024-01-01"),
            json!("2024-01-01"),
            json!("2024-01-08"),
            json!("2024-03-25")
        ]
    );
    let quarters = run(
        &dated,
        json!([{"op": "time_bucket", "column": "d", "every": "quarter"}]),
    );
    assert_eq!(rows(&quarters)[3][0], "2024-01-01");

    let Some(full) = full_flights() else { return };
    let counts = |every: &str| -> Vec<(String, u64)> {
        let out = run(
            &full,
            json!([
                {"op": "time_bucket", "column": "time_hour", "every": every},
                {"op": "group_by", "by": ["time_hour"], "aggs": [{"func": "count"}]}
            ]),
        );
        rows(&out)
            .iter()
            .map(|r| (r[0].as_str().unwrap().to_string(), r[1].as_u64().unwrap()))
            .collect()
    };
    // Months of the UTC `time_hour`, not the local `month` column.
    let months = counts("month");
    assert_eq!(months.len(), 13);
    assert_eq!(months[0], ("2013-01-01".into(), 26865));
    assert_eq!(months[1], ("2013-02-01".into(), 24936));
    assert_eq!(months[12], ("2014-01-01".into(), 88));
    let weeks = counts("week");
    assert_eq!(weeks.len(), 53);
    assert_eq!(
        weeks[..2],
        [("2012-12-31".into(), 5025), ("2013-01-07".into(), 6114)]
    );
    assert_eq!(
        counts("year"),
        [("2013-01-01".into(), 336688), ("2014-01-01".into(), 88)]
    );
}
