//! The agent evaluation set: questions phrased different ways over penguins, nycflights13
//! (flights, airlines, airports) and a hand-written cars table, with answers computed
//! independently by `agent_eval/compute_expected.py` (Python's csv + statistics), and a
//! second set over vega-datasets files (`agent_eval/vega.json`, answers computed with pandas
//! by `agent_eval/compute_vega.py`).
//! Prints each question's outcome and the accuracy; fails below 90%.

use std::collections::BTreeMap;

use blinq_core::Dataset;
use blinq_core::agent::{Answer, AskOptions, ask};
use blinq_core::plot::PlotFormat;
use serde_json::Value;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * b.abs().max(1.0)
}

fn label(v: &Value) -> String {
    match v {
        Value::Number(n) => match n.as_f64() {
            Some(f) if f.fract() == 0.0 => format!("{}", f as i64),
            _ => n.to_string(),
        },
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// `Ok(())` when the answer matches the expectation, else why not.
fn check(answer: &Answer, expect: &Value) -> Result<(), String> {
    let e = expect.as_object().ok_or("bad expectation")?;
    if e.contains_key("unanswerable") {
        return match &answer.sql {
            None => Ok(()),
            Some(sql) => Err(format!("expected no answer, ran {sql}")),
        };
    }
    if let Some(kind) = e.get("chart") {
        let plot = answer.plot.as_ref().ok_or("expected a chart")?;
        if !answer.is_plotting {
            return Err("is_plotting is false".into());
        }
        let spec = &plot.spec;
        let got = serde_json::json!({"chart": spec.kind.as_str(), "x": spec.x, "y": spec.y, "color": spec.color});
        for key in ["chart", "x", "y", "color"] {
            if let Some(want) = e.get(key)
                && (key != "chart" || want == kind)
                && got[key] != *want
            {
                return Err(format!("{key}: expected {want}, got {}", got[key]));
            }
        }
        return Ok(());
    }
    let table = answer.table.as_ref().ok_or("expected a table")?;
    let first = table.rows.first().ok_or("empty table")?;
    if let Some(want) = e.get("first_row_contains") {
        return if first.iter().any(|cell| label(cell) == label(want)) {
            Ok(())
        } else {
            Err(format!("expected {want} in the first row, got {first:?}"))
        };
    }
    if let Some(want) = e.get("value").and_then(Value::as_f64) {
        let got = first.first().and_then(Value::as_f64).ok_or("no number")?;
        return if close(got, want) {
            Ok(())
        } else {
            Err(format!("expected {want}, got {got}"))
        };
    }
    let n = table.columns.len();
    let key = |row: &Vec<Value>| {
        row[..n - 1]
            .iter()
            .map(label)
            .collect::<Vec<_>>()
            .join(" / ")
    };
    if let Some(want) = e.get("groups").and_then(Value::as_object) {
        let got: BTreeMap<String, Option<f64>> = table
            .rows
            .iter()
            .map(|r| (key(r), r[n - 1].as_f64()))
            .collect();
        if got.len() != want.len() {
            return Err(format!(
                "expected {} groups, got {}: {:?}",
                want.len(),
                got.len(),
                got.keys()
            ));
        }
        for (k, v) in want {
            let g = got.get(k).ok_or(format!("missing group {k}"))?;
            match (v.as_f64(), g) {
                (None, _) => {}
                (Some(w), Some(g)) if close(*g, w) => {}
                (Some(w), g) => return Err(format!("group {k}: expected {w}, got {g:?}")),
            }
        }
        return Ok(());
    }
    if let Some(want) = e.get("top").and_then(Value::as_str) {
        let got = key(first);
        return if got == want {
            Ok(())
        } else {
            Err(format!("expected top {want}, got {got}"))
        };
    }
    if let Some(want) = e.get("ranked").and_then(Value::as_array) {
        let got: Vec<String> = table.rows.iter().take(want.len()).map(key).collect();
        let want: Vec<String> = want.iter().map(label).collect();
        return if got == want {
            Ok(())
        } else {
            Err(format!("expected {want:?}, got {got:?}"))
        };
    }
    if let (Some(column), Some(want)) = (
        e.get("column").and_then(Value::as_str),
        e.get("values").and_then(Value::as_array),
    ) {
        let i = table
            .columns
            .iter()
            .position(|c| c == column)
            .ok_or(format!("no column {column}"))?;
        let got: Vec<f64> = table
            .rows
            .iter()
            .take(want.len())
            .filter_map(|r| r[i].as_f64())
            .collect();
        let want: Vec<f64> = want.iter().filter_map(Value::as_f64).collect();
        return if got.len() == want.len() && got.iter().zip(&want).all(|(g, w)| close(*g, *w)) {
            Ok(())
        } else {
            Err(format!("expected {want:?}, got {got:?}"))
        };
    }
    Err("unknown expectation".into())
}

/// The path of a case's dataset: `name` alone means `tests/fixtures/name.csv`.
fn fixture(name: &str) -> String {
    if name.contains('.') {
        format!("tests/fixtures/{name}")
    } else {
        format!("tests/fixtures/{name}.csv")
    }
}

/// Ask one case's question (after its `after` questions, whose plans are passed on as
/// follow-up context) and check the answer.
fn run_case(dataset: &Dataset, case: &Value, options: &AskOptions) -> Result<(), String> {
    let mut options = options.clone();
    for earlier in case["after"].as_array().into_iter().flatten() {
        let earlier = earlier.as_str().unwrap_or_default();
        let answer = ask(dataset, earlier, &options).map_err(|e| format!("error: {e}"))?;
        options.previous = answer.plan;
    }
    let question = case["question"].as_str().unwrap_or_default();
    let answer = ask(dataset, question, &options).map_err(|e| format!("error: {e}"))?;
    let explain = |why: String| {
        format!(
            "{why} [sql: {:?}; response: {}]",
            answer.sql, answer.response
        )
    };
    check(&answer, &case["expect"]).map_err(explain)?;
    if let Some(want) = case["response"].as_str()
        && answer.response != want
    {
        return Err(explain(format!("response: expected {want:?}")));
    }
    Ok(())
}

/// Run an evaluation file; print each outcome and the accuracy, fail below 90%.
fn run_set(path: &str, min_cases: usize) {
    let text = std::fs::read_to_string(path).unwrap();
    let cases: Vec<Value> = serde_json::from_str(&text).unwrap();
    assert!(
        cases.len() >= min_cases,
        "the evaluation set has {} questions",
        cases.len()
    );
    let mut datasets: BTreeMap<String, Dataset> = BTreeMap::new();
    let options = AskOptions {
        format: PlotFormat::Svg,
        ..AskOptions::default()
    };
    let mut passed = 0;
    for case in &cases {
        let name = case["dataset"].as_str().unwrap();
        let dataset = datasets
            .entry(name.to_string())
            .or_insert_with(|| Dataset::from_path(fixture(name)).unwrap());
        let question = case["question"].as_str().unwrap();
        let context = case["after"]
            .as_array()
            .map(|a| format!(" (after {a:?})"))
            .unwrap_or_default();
        match run_case(dataset, case, &options) {
            Ok(()) => {
                passed += 1;
                println!("PASS {name}: {question}{context}");
            }
            Err(why) => println!("FAIL {name}: {question}{context}: {why}"),
        }
    }
    let accuracy = passed as f64 / cases.len() as f64;
    println!(
        "accuracy of {path}: {passed}/{} = {:.1}%",
        cases.len(),
        accuracy * 100.0
    );
    assert!(
        accuracy >= 0.9,
        "accuracy {:.1}% is below 90%",
        accuracy * 100.0
    );
}

#[test]
fn agent_answers_the_evaluation_set() {
    run_set("tests/agent_eval/eval.json", 60);
}

/// Questions over other public datasets (vega-datasets: cars, seattle-weather, stocks,
/// iris, barley, iowa-electricity, us-employment), loaded from their original files.
#[test]
fn agent_answers_the_vega_evaluation_set() {
    run_set("tests/agent_eval/vega.json", 60);
}
