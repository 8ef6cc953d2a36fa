//! The JSON shape of pipelines, and typed errors for bad ones.

use blinq_core::analysis::{Agg, AggFunc, Cmp, Condition, Step};
use blinq_core::{BlinqError, Dataset, Pipeline};
use serde_json::{Value, json};

use super::{flights, penguins};

#[test]
fn json_shape_round_trips() {
    let text = r#"{"steps":[
        {"op":"filter","column":"species","cmp":"eq","value":"Adelie"},
        {"op":"filter","column":"sex","cmp":"not_null"},
        {"op":"time_bucket","column":"time_hour","every":"month","alias":"month"},
        {"op":"group_by","by":["species"],"aggs":[{"column":"body_mass_g","func":"mean","alias":null},{"column":"x","func":"quantile","q":0.5,"alias":"m"}]},
        {"op":"sort","by":[{"column":"x","descending":true}]},
        {"op":"top","n":5,"by":"x","descending":true},
        {"op":"limit","n":3},
        {"op":"value_counts","column":"island"},
        {"op":"select","columns":["a","b"]},
        {"op":"describe"},
        {"op":"correlation","columns":["a","b"]}]}"#;
    let pipeline = Pipeline::from_json(text).unwrap();
    assert_eq!(pipeline.steps.len(), 11);
    assert_eq!(Pipeline::from_json(&pipeline.to_json()).unwrap(), pipeline);
    let parsed: Value = serde_json::from_str(text).unwrap();
    assert_eq!(serde_json::to_value(&pipeline).unwrap(), parsed);
    // The typed constructors build the same steps.
    assert_eq!(
        pipeline.steps[0],
        Step::Filter(Condition::new("species", Cmp::Eq, json!("Adelie")))
    );
    match &pipeline.steps[3] {
        Step::GroupBy { aggs, .. } => {
            assert_eq!(aggs[0], Agg::new("body_mass_g", AggFunc::Mean));
            assert_eq!(aggs[1], Agg::quantile("x", 0.5).alias("m"));
        }
        other => panic!("{other:?}"),
    }
    // Readable failures for a malformed pipeline.
    let bad = Pipeline::from_json(r#"{"steps":[{"op":"pivot"}]}"#).unwrap_err();
    assert!(
        matches!(bad, BlinqError::Plan(_)) && bad.to_string().contains("group_by"),
        "{bad}"
    );
    let typo =
        Pipeline::from_json(r#"{"steps":[{"op":"filter","column":"a","cmp":"eq","valeu":1}]}"#)
            .unwrap_err();
    assert!(typo.to_string().contains("valeu"), "{typo}");
}

fn error(dataset: &Dataset, steps: Value) -> BlinqError {
    let pipeline = Pipeline::from_json(&json!({ "steps": steps }).to_string()).unwrap();
    let err = pipeline
        .validate(dataset)
        .expect_err("validation should fail");
    // Running fails the same way, before reading the data.
    assert_eq!(
        pipeline.run(dataset).unwrap_err().to_string(),
        err.to_string()
    );
    err
}

#[test]
fn bad_pipelines_give_typed_errors_before_running() {
    let p = penguins();
    let e = error(
        &p,
        json!([{"op": "filter", "column": "sex", "cmp": "not_null"},
                             {"op": "group_by", "by": ["species"], "aggs": [{"column": "body_mas_g", "func": "mean"}]}]),
    );
    assert!(matches!(e, BlinqError::Schema(_)), "{e}");
    assert!(
        e.to_string()
            .starts_with("step 2 (group_by): no column `body_mas_g`"),
        "{e}"
    );
    assert!(e.to_string().contains("did you mean `body_mass_g`?"), "{e}");

    let e = error(
        &p,
        json!([{"op": "group_by", "by": [], "aggs": [{"column": "species", "func": "mean"}]}]),
    );
    assert!(matches!(e, BlinqError::Schema(_)), "{e}");
    let text = e.to_string();
    assert!(
        text.contains("`species`") && text.contains("string") && text.contains("number"),
        "{e}"
    );

    // A column that a group_by dropped is unknown to later steps.
    let e = error(
        &p,
        json!([{"op": "group_by", "by": ["species"], "aggs": [{"func": "count"}]},
                             {"op": "sort", "by": [{"column": "island"}]}]),
    );
    assert!(
        e.to_string()
            .starts_with("step 2 (sort): no column `island`"),
        "{e}"
    );

    let e = error(
        &p,
        json!([{"op": "filter", "column": "body_mass_g", "cmp": "gt", "value": "heavy"}]),
    );
    assert!(
        matches!(e, BlinqError::Plan(_)) && e.to_string().contains("give a number"),
        "{e}"
    );
    let e = error(
        &p,
        json!([{"op": "filter", "column": "year", "cmp": "contains", "value": "20"}]),
    );
    assert!(
        matches!(e, BlinqError::Schema(_)) && e.to_string().contains("int64"),
        "{e}"
    );
    let e = error(
        &p,
        json!([{"op": "filter", "column": "year", "cmp": "between", "value": 2008}]),
    );
    assert!(
        matches!(e, BlinqError::Plan(_)) && e.to_string().contains("[low, high]"),
        "{e}"
    );
    let e = error(&p, json!([{"op": "filter", "column": "sex", "cmp": "eq"}]));
    assert!(e.to_string().contains("is_null"), "{e}");
    let e = error(
        &p,
        json!([{"op": "time_bucket", "column": "year", "every": "month"}]),
    );
    assert!(
        matches!(e, BlinqError::Schema(_)) && e.to_string().contains("date and datetime"),
        "{e}"
    );
    let e = error(
        &p,
        json!([{"op": "correlation", "columns": ["body_mass_g", "island"]}]),
    );
    assert!(
        matches!(e, BlinqError::Schema(_)) && e.to_string().contains("`island`"),
        "{e}"
    );
    let e = error(
        &p,
        json!([{"op": "group_by", "by": ["species"], "aggs": [{"column": "year", "func": "quantile"}]}]),
    );
    assert!(
        matches!(e, BlinqError::Plan(_)) && e.to_string().contains("needs `q`"),
        "{e}"
    );
    let e = error(
        &p,
        json!([{"op": "group_by", "by": ["species"], "aggs": [{"func": "count"}, {"func": "count"}]}]),
    );
    assert!(e.to_string().contains("alias"), "{e}");
    let e = error(
        &flights(),
        json!([{"op": "filter", "column": "time_hour", "cmp": "lt", "value": "yesterday"}]),
    );
    assert!(
        matches!(e, BlinqError::Plan(_)) && e.to_string().contains("ISO datetime"),
        "{e}"
    );
    let e = error(&p, json!([{"op": "top", "n": 0, "by": "year"}]));
    assert!(matches!(e, BlinqError::Plan(_)), "{e}");
}
