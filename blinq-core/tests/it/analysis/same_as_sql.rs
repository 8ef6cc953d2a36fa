//! Pipelines and the equivalent SQL give the same frames.

use blinq_core::Dataset;
use blinq_core::sql::{Session, SqlLimits};
use serde_json::{Value, json};

use super::{close, flights, penguins, rows, run};

/// Compare a pipeline with SQL on the same data: same column names, same values.
fn assert_same_as_sql(dataset: &Dataset, steps: Value, sql: &str) {
    let ours = run(dataset, steps);
    let theirs = Session::with_dataset(dataset.clone())
        .with_limits(SqlLimits {
            max_rows: None,
            timeout: None,
        })
        .execute(sql)
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .frame;
    assert_eq!(ours.get_column_names(), theirs.get_column_names(), "{sql}");
    let (a, b) = (rows(&ours), rows(&theirs));
    assert_eq!(a.len(), b.len(), "{sql}");
    for (x, y) in a.iter().flatten().zip(b.iter().flatten()) {
        let same = x == y || y.as_f64().is_some_and(|y| close(x, y));
        assert!(same, "{sql}: {x} != {y}");
    }
}

#[test]
fn pipelines_give_the_same_results_as_sql() {
    let p = penguins();
    assert_same_as_sql(
        &p,
        json!([{"op": "filter", "column": "island", "cmp": "ne", "value": "Torgersen"},
               {"op": "group_by", "by": ["species", "sex"], "aggs": [
                   {"func": "count", "alias": "n"},
                   {"column": "body_mass_g", "func": "mean", "alias": "mean_mass"},
                   {"column": "body_mass_g", "func": "median", "alias": "median_mass"},
                   {"column": "bill_length_mm", "func": "std", "alias": "sd_bill"},
                   {"column": "flipper_length_mm", "func": "quantile", "q": 0.25, "alias": "q1"},
                   {"column": "year", "func": "n_unique", "alias": "years"},
                   {"column": "bill_depth_mm", "func": "max", "alias": "deepest"}]}]),
        "select species, sex, count(*) as n, avg(body_mass_g) as mean_mass, \
         median(body_mass_g) as median_mass, stddev(bill_length_mm) as sd_bill, \
         quantile_cont(flipper_length_mm, 0.25) as q1, count(distinct year) as years, \
         max(bill_depth_mm) as deepest from data where island <> 'Torgersen' \
         group by species, sex order by species, sex nulls last",
    );
    assert_same_as_sql(
        &p,
        json!([{"op": "filter", "column": "body_mass_g", "cmp": "between", "value": [3000, 4000]},
               {"op": "filter", "column": "sex", "cmp": "in", "value": ["female"]},
               {"op": "select", "columns": ["species", "island", "body_mass_g"]},
               {"op": "sort", "by": [{"column": "body_mass_g", "descending": true}, {"column": "island"}, {"column": "species"}]}]),
        "select species, island, body_mass_g from data where body_mass_g between 3000 and 4000 \
         and sex in ('female') order by body_mass_g desc, island, species",
    );
    assert_same_as_sql(
        &flights(),
        json!([{"op": "value_counts", "column": "carrier"}]),
        "select carrier, count(*) as count from data group by carrier order by count desc, carrier",
    );
    assert_same_as_sql(
        &flights(),
        json!([{"op": "filter", "column": "arr_delay", "cmp": "not_null"},
               {"op": "group_by", "by": ["origin"], "aggs": [{"column": "arr_delay", "func": "mean", "alias": "delay"}]},
               {"op": "top", "n": 2, "by": "delay"}]),
        "select origin, avg(arr_delay) as delay from data where arr_delay is not null \
         group by origin order by delay desc limit 2",
    );
    assert_same_as_sql(
        &flights(),
        json!([{"op": "time_bucket", "column": "time_hour", "every": "day", "alias": "day"},
               {"op": "group_by", "by": ["day"], "aggs": [{"column": "dep_delay", "func": "mean", "alias": "delay"}]}]),
        "select day, avg(dep_delay) as delay from (select cast(time_hour as date) as day, dep_delay \
         from data) t group by day order by day",
    );
}

#[test]
fn a_sum_over_no_values_is_null_as_in_sql() {
    // Group b has only missing values: SQL's SUM is NULL there, not 0 (by hand: a = 1 + 2).
    let data = Dataset::from_bytes(
        "t",
        b"g,v\na,1\na,2\nb,\nb,\n",
        &blinq_core::LoadOptions {
            format: Some(blinq_core::Format::Csv),
            ..Default::default()
        },
    )
    .unwrap();
    let steps = json!([{"op": "group_by", "by": ["g"], "aggs": [
        {"column": "v", "func": "sum", "alias": "total"}]}]);
    assert_eq!(
        rows(&run(&data, steps.clone())),
        [[json!("a"), json!(3)], [json!("b"), Value::Null]]
    );
    assert_same_as_sql(
        &data,
        steps,
        "select g, sum(v) as total from data group by g order by g",
    );
}
