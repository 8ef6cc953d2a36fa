//! The agent's evaluation: plain-language questions with answers computed independently of
//! Blinq (pandas or Python's statistics module, see `agent_eval/README.md`):
//!
//! - `eval.json` (penguins, nycflights13, a cars table) and `vega.json` (vega-datasets):
//!   the older sets, written while the rules were;
//! - `dev.json`: fifteen public tables new to the project, eight of them **dev** — rules may
//!   be written against them;
//! - `test.json`: the other seven, **test** — never read while writing rules; only its score
//!   is looked at.
//!
//! Every case's outcome is listed in `agent_eval/outcomes.json`: a case listed as passing
//! that fails fails the test (no percentage slack hides a regression). A case that starts
//! passing is reported; `BLINQ_WRITE_OUTCOMES=1` rewrites the list (and fails, so that the
//! change is looked at and committed). `BLINQ_EVAL_SETS=test,vega` runs only the sets named.

use std::collections::BTreeMap;

use blinq_core::Dataset;
use blinq_core::agent::{Answer, AskOptions, ask};
use blinq_core::plot::PlotFormat;
use serde_json::{Value, json};

const SETS: [&str; 4] = ["eval", "vega", "dev", "test"];

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * b.abs().max(1.0)
}

/// A cell as a label: numbers without `.0`, strings as they are.
fn label(v: &Value) -> String {
    match v {
        Value::Number(n) => match n.as_f64() {
            Some(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", f as i64),
            _ => n.to_string(),
        },
        Value::String(s) => iso_of_us_date(s)
            .or_else(|| iso_of_month(s))
            .unwrap_or_else(|| s.clone()),
        Value::Null => "null".into(),
        other => other.to_string(),
    }
}

/// A day written `11/19/2002` (month, day, year, as the CSV has it) as `2002-11-19` (as a
/// date column shows it): the same day, compared in one form.
fn iso_of_us_date(s: &str) -> Option<String> {
    let [m, d, y] = s.split('/').collect::<Vec<_>>()[..] else {
        return None;
    };
    let figures = |t: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&t.len()) && t.bytes().all(|c| c.is_ascii_digit())
    };
    (figures(m, 1..=2) && figures(d, 1..=2) && figures(y, 4..=4))
        .then(|| format!("{y}-{m:0>2}-{d:0>2}"))
}

/// A month written `2018 Jul` or `July 2018` (as the CSV has it) as `2018-07-01` (as a
/// date column shows it, the month's first day): the same month, compared in one form.
fn iso_of_month(s: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let (year, month) = match s.split(' ').collect::<Vec<_>>()[..] {
        [y, m] if y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit()) => (y, m),
        [m, y] if y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit()) => (y, m),
        _ => return None,
    };
    let lower = month.to_lowercase();
    let number = MONTHS.iter().position(|m| lower.starts_with(m))?;
    Some(format!("{year}-{:02}-01", number + 1))
}

/// A row's label (every cell but the last, joined) and measure (its last cell).
fn split(row: &[Value]) -> (String, Option<f64>) {
    let n = row.len();
    let key = row[..n.saturating_sub(1)]
        .iter()
        .map(label)
        .collect::<Vec<_>>()
        .join(" / ");
    (key, row.last().and_then(Value::as_f64))
}

fn number_eq(got: Option<f64>, want: &Value) -> bool {
    match (got, want.as_f64()) {
        (Some(g), Some(w)) => close(g, w),
        (None, None) => true,
        _ => false,
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
    if let Some(want) = e.get("chart") {
        return check_chart(answer, want);
    }
    let table = answer.table.as_ref().ok_or("expected a table")?;
    let rows = &table.rows;
    if let Some(want) = e.get("value") {
        let [row] = rows.as_slice() else {
            return Err(format!("expected one row, got {}", rows.len()));
        };
        // The measure is the row's last number ("2009 / 3 / 308.0"), or its first for a
        // statistic followed by its support ("correlation, n").
        let last = row.iter().rev().find_map(Value::as_f64);
        let first = row.iter().find_map(Value::as_f64);
        return if number_eq(last, want) || number_eq(first, want) {
            Ok(())
        } else {
            Err(format!("expected {want}, got {last:?}"))
        };
    }
    if let Some(want) = e.get("groups").and_then(Value::as_object) {
        let got: BTreeMap<String, Option<f64>> = rows.iter().map(|r| split(r)).collect();
        if got.len() != want.len() || rows.len() != want.len() {
            return Err(format!(
                "expected {} groups, got {}: {:?}",
                want.len(),
                rows.len(),
                got.keys().collect::<Vec<_>>()
            ));
        }
        for (k, v) in want {
            let g = got.get(k).ok_or(format!("missing group {k}"))?;
            if !number_eq(*g, v) {
                return Err(format!("group {k}: expected {v}, got {g:?}"));
            }
        }
        return Ok(());
    }
    let ranked = match (e.get("top"), e.get("ranked")) {
        (Some(top), _) => Some(vec![top.clone()]),
        (None, Some(Value::Array(list))) => Some(list.clone()),
        _ => None,
    };
    if let Some(want) = ranked {
        if rows.len() < want.len() {
            return Err(format!("expected {} rows, got {}", want.len(), rows.len()));
        }
        for (i, (row, w)) in rows.iter().zip(&want).enumerate() {
            let (key, value) = split(row);
            let (wk, wv) = (label(&w[0]), &w[1]);
            if key != wk || !number_eq(value, wv) {
                return Err(format!(
                    "row {}: expected {wk} = {wv}, got {key} = {value:?}",
                    i + 1
                ));
            }
        }
        return Ok(());
    }
    if let Some(want) = e.get("count").and_then(Value::as_u64) {
        return if rows.len() as u64 == want {
            Ok(())
        } else {
            Err(format!("expected {want} rows, got {}", rows.len()))
        };
    }
    if let Some(want) = e.get("rows").and_then(Value::as_array) {
        let norm = |r: &Vec<Value>| r.iter().map(label).collect::<Vec<_>>();
        let mut got: Vec<Vec<String>> = rows.iter().map(norm).collect();
        let mut want: Vec<Vec<String>> = want
            .iter()
            .filter_map(Value::as_array)
            .map(|r| r.iter().map(label).collect())
            .collect();
        got.sort();
        want.sort();
        return if got == want {
            Ok(())
        } else {
            Err(format!("expected rows {want:?}, got {got:?}"))
        };
    }
    if let Some(want) = e.get("first_row_contains") {
        let first = rows.first().ok_or("empty table")?;
        return if first.iter().any(|cell| label(cell) == label(want)) {
            Ok(())
        } else {
            Err(format!("expected {want} in the first row, got {first:?}"))
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
        let got: Vec<Option<f64>> = rows
            .iter()
            .take(want.len())
            .map(|r| r[i].as_f64())
            .collect();
        let ok = got.len() == want.len() && got.iter().zip(want).all(|(g, w)| number_eq(*g, w));
        return if ok {
            Ok(())
        } else {
            Err(format!("expected {want:?}, got {got:?}"))
        };
    }
    Err("unknown expectation".into())
}

/// The chart's spec against each key the expectation gives (`null`: must be absent).
fn check_chart(answer: &Answer, want: &Value) -> Result<(), String> {
    let plot = answer.plot.as_ref().ok_or("expected a chart")?;
    if !answer.is_plotting {
        return Err("is_plotting is false".into());
    }
    let spec = serde_json::to_value(&plot.spec).map_err(|e| e.to_string())?;
    let want = want.as_object().ok_or("bad chart expectation")?;
    for (key, w) in want {
        let got = match key.as_str() {
            "kind" => spec.get("kind").cloned().unwrap_or(Value::Null),
            "stacked" => json!(
                spec.get("stacked")
                    .and_then(Value::as_bool)
                    .unwrap_or(false)
            ),
            other => spec.get(other).cloned().unwrap_or(Value::Null),
        };
        if got != *w {
            return Err(format!("{key}: expected {w}, got {got}"));
        }
    }
    Ok(())
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

/// Run one set: each case's outcome (pass or the reason it failed), by id.
fn run_set(set: &str) -> BTreeMap<String, Result<(), String>> {
    let path = format!("tests/agent_eval/{set}.json");
    let cases: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let mut datasets: BTreeMap<String, Dataset> = BTreeMap::new();
    let options = AskOptions {
        format: PlotFormat::Svg,
        ..AskOptions::default()
    };
    let mut outcomes = BTreeMap::new();
    for case in &cases {
        let id = case["id"]
            .as_str()
            .expect("every case has an id")
            .to_string();
        let name = case["dataset"].as_str().unwrap();
        let dataset = datasets
            .entry(name.to_string())
            .or_insert_with(|| Dataset::from_path(fixture(name)).unwrap());
        outcomes.insert(id, run_case(dataset, case, &options));
    }
    outcomes
}

#[test]
fn agent_answers_every_set_as_listed() {
    let listed_path = "tests/agent_eval/outcomes.json";
    let listed: BTreeMap<String, BTreeMap<String, String>> =
        serde_json::from_str(&std::fs::read_to_string(listed_path).unwrap_or("{}".into())).unwrap();
    let mut now: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let mut regressions = Vec::new();
    // `BLINQ_EVAL_SETS=test,vega`: only these sets (quicker; the list is not rewritten).
    let only = std::env::var("BLINQ_EVAL_SETS").ok();
    assert!(
        only.is_none() || std::env::var_os("BLINQ_WRITE_OUTCOMES").is_none(),
        "BLINQ_WRITE_OUTCOMES rewrites the outcomes of every set: leave BLINQ_EVAL_SETS unset"
    );
    for set in SETS {
        if only
            .as_deref()
            .is_some_and(|only| !only.split(',').any(|s| s.trim() == set))
        {
            continue;
        }
        let outcomes = run_set(set);
        let passed = outcomes.values().filter(|o| o.is_ok()).count();
        println!(
            "{set}: {passed}/{} = {:.1}%",
            outcomes.len(),
            100.0 * passed as f64 / outcomes.len() as f64
        );
        let was = listed.get(set).cloned().unwrap_or_default();
        for (id, outcome) in &outcomes {
            let before = was.get(id).map(String::as_str);
            match (outcome, before) {
                // The test set's failures are not shown: its questions are not for reading.
                (Err(_), Some("pass")) if set == "test" => regressions.push(format!("{set} {id}")),
                (Err(why), Some("pass")) => regressions.push(format!("{set} {id}: {why}")),
                (Ok(()), Some("fail") | None) if set != "test" => {
                    println!("  newly passing: {set} {id}")
                }
                (Err(why), _) if set != "test" => println!("  fails: {set} {id}: {why}"),
                _ => {}
            }
        }
        now.insert(
            set.to_string(),
            outcomes
                .into_iter()
                .map(|(id, o)| (id, if o.is_ok() { "pass" } else { "fail" }.to_string()))
                .collect(),
        );
    }
    if std::env::var_os("BLINQ_WRITE_OUTCOMES").is_some() {
        std::fs::write(
            listed_path,
            serde_json::to_string_pretty(&now).unwrap() + "\n",
        )
        .unwrap();
        panic!("{listed_path} rewritten; look at the change, commit it, run again");
    }
    assert!(
        regressions.is_empty(),
        "cases listed as passing now fail:\n{}",
        regressions.join("\n")
    );
}

#[test]
fn labels_compare_a_day_or_a_month_in_one_form() {
    let l = |s: &str| label(&json!(s));
    assert_eq!(l("11/19/2002"), "2002-11-19");
    assert_eq!(l("2018 Jul"), "2018-07-01");
    assert_eq!(l("July 2018"), "2018-07-01");
    assert_eq!(l("2018 Q1"), "2018 Q1");
    assert_eq!(l("Toyota 2018"), "Toyota 2018");
}
