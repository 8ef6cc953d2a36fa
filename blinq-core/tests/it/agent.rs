//! The agent end to end: follow-ups, unanswerable questions, and safety (every produced
//! query passes the sandbox, values typed in questions are escaped).
//! Expected numbers computed with Python's csv + statistics on tests/fixtures/penguins.csv.

use crate::agent_common::{after, svg};
use blinq_core::Dataset;
use blinq_core::agent::{Plan, ask};
use blinq_core::plot::PlotFormat;
use blinq_core::polars::prelude::*;
use blinq_core::sql::sandbox;

fn penguins() -> Dataset {
    Dataset::from_path("tests/fixtures/penguins.csv").unwrap()
}

#[test]
fn states_a_single_average_in_a_sentence() {
    let answer = ask(&penguins(), "What is the average body mass?", &svg()).unwrap();
    // mean of the 342 non-missing body_mass_g values: 4201.754385964912
    assert_eq!(answer.response, "The average body_mass_g is 4,201.75.");
    assert_eq!(answer.cost, 0.0);
}

#[test]
fn a_follow_up_to_a_share_that_changes_nothing_is_refused_not_run() {
    let data = penguins();
    let first = ask(&data, "what percentage of penguins are Adelie?", &svg()).unwrap();
    // 152 of the 344 penguins are Adelie.
    let table = first.table.as_ref().unwrap();
    assert!((table.rows[0][0].as_f64().unwrap() - 100.0 * 152.0 / 344.0).abs() < 1e-9);
    let plan = first.plan.unwrap();
    // The island is text: no percentage is taken of it, and nothing else was said, so
    // there is no new answer (and no query that sums text).
    let again = ask(
        &data,
        "and for those whose island is it at all?",
        &after(&plan),
    )
    .unwrap();
    assert!(again.sql.is_none() && again.table.is_none());
    assert!(
        again.response.contains("could not tell what to change"),
        "{}",
        again.response
    );
}

#[test]
fn follow_ups_edit_the_previous_plan() {
    let data = penguins();
    let first = ask(&data, "average body mass by species", &svg()).unwrap();
    let plan = first.plan.clone().unwrap();

    let only = ask(&data, "only for 2008", &after(&plan)).unwrap();
    let rows = &only.table.as_ref().unwrap().rows;
    let got: Vec<(String, f64)> = rows
        .iter()
        .map(|r| (r[0].as_str().unwrap().to_string(), r[1].as_f64().unwrap()))
        .collect();
    let want = [
        ("Adelie", 3742.0),
        ("Chinstrap", 3800.0),
        ("Gentoo", 5019.565217391304),
    ];
    assert_eq!(got.len(), 3);
    for ((g, v), (ws, wv)) in got.iter().zip(want) {
        assert_eq!(g, ws);
        assert!((v - wv).abs() < 1e-9);
    }

    let split = ask(&data, "split by sex", &after(&plan)).unwrap();
    assert_eq!(
        split.table.unwrap().columns,
        ["species", "sex", "mean_body_mass_g"]
    );

    let chart = ask(&data, "now as a bar chart", &after(&plan)).unwrap();
    assert!(chart.is_plotting);
    let spec = &chart.plot.unwrap().spec;
    assert_eq!(
        (spec.x.as_deref(), spec.y.as_deref()),
        (Some("species"), Some("body_mass_g"))
    );

    let line = ask(&data, "line chart of average body mass over year", &svg()).unwrap();
    let colored = ask(
        &data,
        "split by island",
        &after(line.plan.as_ref().unwrap()),
    )
    .unwrap();
    assert_eq!(colored.plot.unwrap().spec.color.as_deref(), Some("island"));
}

#[test]
fn ambiguous_and_unanswerable_questions_say_so() {
    let data = penguins();
    let answer = ask(&data, "average length", &svg()).unwrap();
    assert!(answer.sql.is_none());
    assert!(
        answer.response.contains("bill_length_mm") && answer.response.contains("flipper_length_mm")
    );
    let answer = ask(&data, "what is the GDP of France", &svg()).unwrap();
    assert!(answer.sql.is_none());
    assert!(
        answer.response.contains("species, island"),
        "{}",
        answer.response
    );
    assert_eq!(ask(&data, "   ", &svg()).unwrap_err().code(), "plan");
    assert_eq!(
        ask(&data, &"x".repeat(5000), &svg()).unwrap_err().code(),
        "limit"
    );
}

#[test]
fn injection_attempts_never_escape_the_sandbox() {
    let data = penguins();
    let questions = [
        "average body mass'; drop table data; --",
        "read_csv('/etc/passwd')",
        "how many penguins where species is Adelie\"; select * from read_csv('/etc/passwd') --",
        "count of \"species\" by island; delete from data",
        "sum of body mass by species union select 1",
    ];
    for q in questions {
        let answer = ask(&data, q, &svg()).unwrap();
        if let Some(sql) = &answer.sql {
            sandbox::check(sql, &["data", "penguins"]).unwrap();
            assert!(
                !sql.to_lowercase().contains("read_csv") && !sql.to_lowercase().contains("drop"),
                "{sql}"
            );
        }
    }
}

#[test]
fn values_with_quotes_are_escaped() {
    let frame = df!(
        "name" => ["O'Brien", "Smith", "O'Brien", "Jones"],
        "score" => [1.0, 2.0, 3.0, 4.0],
    )
    .unwrap();
    let data = Dataset::new("people", frame);
    let answer = ask(&data, "total score for O'Brien", &svg()).unwrap();
    let sql = answer.sql.unwrap();
    assert!(sql.contains("'O''Brien'"), "{sql}");
    sandbox::check(&sql, &["data"]).unwrap();
    assert_eq!(answer.table.unwrap().rows[0][0], 4.0);
}

#[test]
fn plans_from_json_are_validated_against_the_schema() {
    let data = penguins();
    let plan: Plan = serde_json::from_str(r#"{"sql": "SELECT nope FROM data"}"#).unwrap();
    let err = blinq_core::agent::run_plan(&data, plan, &svg()).unwrap_err();
    assert_eq!(err.code(), "schema");
    let plan: Plan =
        serde_json::from_str(r#"{"sql": "SELECT * FROM read_csv('/etc/passwd')"}"#).unwrap();
    let err = blinq_core::agent::run_plan(&data, plan, &svg()).unwrap_err();
    assert_eq!(err.code(), "sandbox");
    let plan: Plan = serde_json::from_str(
        r#"{"sql": "SELECT species FROM data", "plot": {"kind": "histogram", "x": "body_mass_g"}}"#,
    )
    .unwrap();
    let err = blinq_core::agent::run_plan(&data, plan, &svg()).unwrap_err();
    assert_eq!(err.code(), "plan");
}

#[test]
fn odd_questions_get_sensible_answers_not_errors() {
    let data = penguins();
    // 344 penguins, 2 without body mass: "top <huge>" returns all 342 ranked rows.
    let all = ask(
        &data,
        "top 99999999999999999999 penguins by body mass",
        &svg(),
    )
    .unwrap();
    assert_eq!(all.table.unwrap().rows.len(), 342);
    let text = ask(&data, "average species", &svg()).unwrap();
    assert!(
        text.sql.is_none() && text.response.contains("`species` is text"),
        "{}",
        text.response
    );
    let bars = ask(&data, "histogram of species", &svg()).unwrap();
    let spec = bars.plot.unwrap().spec;
    assert_eq!(
        (spec.kind.as_str(), spec.x.as_deref()),
        ("bar", Some("species"))
    );
    // A chart the data can't carry is a plain answer, not an error.
    let text_scatter = ask(&data, "scatter of species vs island", &svg()).unwrap();
    assert!(
        text_scatter.sql.is_none() && text_scatter.response.starts_with("I can't draw"),
        "{}",
        text_scatter.response
    );
    // "Y vs X": Y up, X across.
    let scatter = ask(&data, "bill length vs bill depth", &svg()).unwrap();
    let spec = scatter.plot.unwrap().spec;
    assert_eq!(spec.kind.as_str(), "scatter");
    assert_eq!(
        (spec.x.as_deref(), spec.y.as_deref()),
        (Some("bill_depth_mm"), Some("bill_length_mm"))
    );
}

#[test]
fn month_names_filter_dates_and_month_columns() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sales.csv");
    std::fs::write(
        &path,
        "order date,amount\n2024-01-05,10\n2024-03-02,20\n2024-03-28,5\n2025-03-01,7\n2024-04-01,100\n",
    )
    .unwrap();
    let data = Dataset::from_path(&path).unwrap();
    // March rows: 20 + 5 + 7 = 32; March 2024 only: 25.
    let march = ask(&data, "total amount in March", &svg()).unwrap();
    assert_eq!(march.table.unwrap().rows[0][0], 32, "{:?}", march.sql);
    let march_2024 = ask(&data, "total amount in March 2024", &svg()).unwrap();
    assert_eq!(
        march_2024.table.unwrap().rows[0][0],
        25,
        "{:?}",
        march_2024.sql
    );
    let flights = Dataset::from_path("tests/fixtures/flights_3000.csv").unwrap();
    let feb = ask(&flights, "how many flights in February", &svg()).unwrap();
    assert!(feb.sql.unwrap().contains("\"month\" = 2"));
}

#[test]
fn an_answers_chart_is_drawn_in_the_other_format_from_the_data_it_kept() {
    let data = penguins();
    let answer = ask(&data, "average body mass by species as a bar chart", &svg()).unwrap();
    let plot = answer.plot.as_ref().unwrap();
    assert_eq!(plot.format(), PlotFormat::Svg);
    // The same chart as PNG, drawn from the query result the answer kept: no dataset is
    // passed, so the query cannot run again.
    let png = answer.render_plot(PlotFormat::Png).unwrap();
    assert!(png.bytes.starts_with(b"\x89PNG"));
    assert_eq!(png.spec.x, plot.spec.x);
    // Its own format is its own bytes.
    assert_eq!(
        answer.render_plot(PlotFormat::Svg).unwrap().bytes,
        plot.bytes()
    );
    // After a JSON round trip the data is gone: a clear error, not a wrong chart.
    let back: blinq_core::Answer =
        serde_json::from_str(&serde_json::to_string(&answer).unwrap()).unwrap();
    let e = back.render_plot(PlotFormat::Png).unwrap_err();
    assert_eq!(e.kind(), blinq_core::ErrorKind::Plot, "{e}");
    // A table answer has no chart to draw.
    let table = ask(&data, "average body mass by species", &svg()).unwrap();
    assert_eq!(
        table.render_plot(PlotFormat::Png).unwrap_err().kind(),
        blinq_core::ErrorKind::Plot
    );
}

#[test]
fn a_previous_plan_is_read_from_json_or_refused_as_a_plan_error() {
    let plan = Plan::from_json(r#"{"sql": "select count(*) from data"}"#).unwrap();
    assert_eq!(plan.sql, "select count(*) from data");
    let e = Plan::from_json(r#"{"sql": 1}"#).unwrap_err();
    assert_eq!(e.kind(), blinq_core::ErrorKind::Plan, "{e}");
    let e = Plan::from_json(r#"{"sql": "x", "drop": true}"#).unwrap_err();
    assert!(e.to_string().contains("drop"), "{e}");
}

#[test]
fn a_planner_is_named_offline_by_the_environment_or_by_its_settings() {
    use blinq_core::agent::Planner;
    assert!(matches!(
        Planner::from_spec(None).unwrap(),
        Planner::Offline
    ));
    assert!(matches!(
        Planner::from_spec(Some("offline")).unwrap(),
        Planner::Offline
    ));
    let llm = Planner::from_spec(Some(
        r#"{"url": "http://127.0.0.1:9/v1", "model": "m", "price_input": 2.5}"#,
    ))
    .unwrap();
    let Planner::Llm(config) = llm else {
        panic!("{llm:?}")
    };
    assert_eq!(
        (config.url.as_str(), config.model.as_str()),
        ("http://127.0.0.1:9/v1", "m")
    );
    assert_eq!(config.price.input_per_million, 2.5);
    let e = Planner::from_spec(Some(r#"{"model": "m"}"#)).unwrap_err();
    assert_eq!(e.kind(), blinq_core::ErrorKind::Argument, "{e}");
    assert!(e.to_string().contains("url"), "{e}");
}

/// An intent speaks the analysis vocabulary: filters compare with any `Cmp` (`in`,
/// `between`, `contains` as well as `=` and `<`), aggregates are `AggFunc`s (the older
/// `count_distinct` still reads as `n_unique`). A follow-up rebuilds the query from them.
#[test]
fn a_previous_intent_uses_the_analysis_comparisons_and_aggregates() {
    let data = penguins();
    let previous = Plan::from_json(
        r#"{"sql": "SELECT COUNT(*) AS count FROM data",
            "intent": {"task": "aggregate", "agg": "count", "filters": [
              {"column": "species", "op": "in", "value": ["Adelie", "Gentoo"]},
              {"column": "body_mass_g", "op": "between", "value": [3000, 4000]},
              {"column": "island", "op": "contains", "value": "sen"}]}}"#,
    )
    .unwrap();
    // Python over penguins.csv: species in (Adelie, Gentoo), 3000 <= body_mass_g <= 4000,
    // 'sen' in island (Torgersen), year 2008: 11 rows.
    let answer = ask(&data, "only for 2008", &after(&previous)).unwrap();
    let table = answer.table.as_ref().unwrap();
    assert_eq!(table.rows[0][0].as_f64(), Some(11.0), "{}", answer.response);
    let sql = answer.plan.as_ref().unwrap().sql.clone();
    for part in [
        "IN ('Adelie', 'Gentoo')",
        "BETWEEN 3000 AND 4000",
        "STRPOS(",
    ] {
        assert!(sql.contains(part), "{sql}");
    }
    sandbox::check(&sql, &["data"]).unwrap();

    let distinct = Plan::from_json(
        r#"{"sql": "SELECT 1",
            "intent": {"task": "aggregate", "agg": "count_distinct", "measure": "island",
                       "group": ["species"]}}"#,
    )
    .unwrap();
    // Python: len(set(island)) for Adelie penguins seen in 2008 is 3.
    let answer = ask(&data, "only for 2008", &after(&distinct)).unwrap();
    let plan = answer.plan.as_ref().unwrap();
    assert!(
        plan.sql.contains("COUNT(DISTINCT \"island\")"),
        "{}",
        plan.sql
    );
    let rows = &answer.table.as_ref().unwrap().rows;
    assert_eq!(rows[0][0].as_str(), Some("Adelie"), "{}", answer.response);
    assert_eq!(rows[0][1].as_f64(), Some(3.0), "{}", answer.response);
}

/// A plan's state is opaque and versioned: it is written as version 1, read back the same,
/// read from plans stored before versioning (`"intent"`), and a later version is a plan
/// error that says what to do, not a wrong answer.
#[test]
fn a_plans_state_is_versioned() {
    let data = penguins();
    let first = ask(&data, "average body mass by species", &svg()).unwrap();
    let plan = first.plan.unwrap();
    let json = serde_json::to_value(&plan).unwrap();
    assert_eq!(json["state"]["version"], 1, "{json}");
    let back = Plan::from_json(&json.to_string()).unwrap();
    assert_eq!(back, plan);

    let mut old = json.clone();
    let intent = old["state"]["intent"].take();
    old.as_object_mut().unwrap().remove("state");
    old["intent"] = intent;
    let read = Plan::from_json(&old.to_string()).unwrap();
    assert_eq!(read, plan, "a plan stored before versioning reads the same");
    // A follow-up from it edits it: Adelie's 2008 mean body mass is 3742.0 (Python).
    let only = ask(&data, "only for 2008", &after(&read)).unwrap();
    assert_eq!(only.table.unwrap().rows[0][1].as_f64(), Some(3742.0));

    let mut later = json;
    later["state"]["version"] = 2.into();
    let err = Plan::from_json(&later.to_string()).unwrap_err();
    assert_eq!(err.code(), "plan", "{err}");
    assert!(err.to_string().contains("version 2"), "{err}");
}

/// The whole table in this process, standing in for a cluster: it counts the queries sent.
struct Remote {
    whole: Dataset,
    sent: std::sync::atomic::AtomicUsize,
}

impl blinq_core::sql::RemoteSql for Remote {
    fn execute(
        &self,
        sql: &str,
        limits: blinq_core::sql::SqlLimits,
    ) -> blinq_core::Result<blinq_core::sql::QueryResult> {
        self.sent.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        blinq_core::sql::Session::with_dataset(self.whole.clone())
            .with_limits(limits)
            .execute(sql)
    }
}

#[test]
fn a_remote_engine_answers_over_every_row_while_the_planner_reads_a_sample() {
    use blinq_core::agent::ask_remote;
    let whole = penguins();
    // The first ten rows are all Adelie penguins from Torgersen.
    let sample = Dataset::new("penguins", whole.frame().head(Some(10)));
    let remote = Remote {
        whole,
        sent: Default::default(),
    };
    let answer = ask_remote(&remote, &sample, "average body mass by species", &svg()).unwrap();
    let rows = &answer.table.as_ref().unwrap().rows;
    // Python's statistics.mean over the CSV's non-missing body_mass_g per species.
    let want = [
        ("Adelie", 3700.662251655629),
        ("Chinstrap", 3733.0882352941176),
        ("Gentoo", 5076.016260162602),
    ];
    assert_eq!(rows.len(), 3, "{rows:?}");
    for (row, (species, mean)) in rows.iter().zip(want) {
        assert_eq!(row[0], species);
        assert!((row[1].as_f64().unwrap() - mean).abs() < 1e-9, "{row:?}");
    }
    assert_eq!(remote.sent.load(std::sync::atomic::Ordering::Relaxed), 1);

    // A chart: its rows come from the engine, all 344 of them.
    let answer = ask_remote(&remote, &sample, "histogram of body mass", &svg()).unwrap();
    let plot = answer.plot.expect("a chart");
    let spec = plot.vega_lite().unwrap();
    let values = spec["data"]["values"].as_array().unwrap();
    let counted: f64 = values.iter().filter_map(|v| v["value"].as_f64()).sum();
    assert_eq!(counted, 342.0, "{:?} {spec}", answer.sql);
    assert_eq!(remote.sent.load(std::sync::atomic::Ordering::Relaxed), 2);
}

#[test]
fn a_remote_chart_of_more_rows_than_travel_is_a_limit_error() {
    use blinq_core::agent::{MAX_REMOTE_CHART_ROWS, ask_remote};
    let n = MAX_REMOTE_CHART_ROWS as i64 + 1;
    let frame = df!("x" => (0..n).collect::<Vec<i64>>(), "y" => (0..n).map(|i| i % 7).collect::<Vec<i64>>()).unwrap();
    let whole = Dataset::new("points", frame);
    let sample = Dataset::new("points", whole.frame().head(Some(100)));
    let remote = Remote {
        whole,
        sent: Default::default(),
    };
    let err = ask_remote(&remote, &sample, "scatter of y against x", &svg()).unwrap_err();
    assert_eq!(err.kind(), blinq_core::ErrorKind::Limit, "{err}");
    assert!(err.to_string().contains("aggregate"), "{err}");
    // The chart of a count per group travels as its 7 counts: 1,000,001 = 7 * 142,857 + 2,
    // so y = 0 and y = 1 have one row more.
    let answer = ask_remote(
        &remote,
        &sample,
        "bar chart of the number of rows by y",
        &svg(),
    )
    .unwrap();
    let plot = answer.plot.expect("a chart");
    let spec = plot.vega_lite().unwrap();
    let counts: Vec<f64> = spec["data"]["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["value"].as_f64().unwrap())
        .collect();
    let want = [
        142_858.0, 142_858.0, 142_857.0, 142_857.0, 142_857.0, 142_857.0, 142_857.0,
    ];
    assert_eq!(counts, want, "{:?}", answer.sql);
    assert_eq!(plot.spec.y_label.as_deref(), Some("count"));
}

fn csv(name: &str, text: &str) -> Dataset {
    let options = blinq_core::dataset::LoadOptions {
        format: Some(blinq_core::dataset::Format::Csv),
        ..Default::default()
    };
    Dataset::from_bytes(name, text.as_bytes(), &options).unwrap()
}

#[test]
fn a_row_named_by_its_name_is_shown_and_a_follow_up_asks_one_of_its_columns() {
    let data = csv(
        "physical_constants",
        "name,value,uncert,units\n\
         speed of light in vacuum,299792458,,m s^-1\n\
         Newtonian constant of gravitation,6.6743e-11,1.5e-15,m^3 kg^-1 s^-2\n\
         proton mass,1.67262192369e-27,5.1e-37,kg\n",
    );
    let first = ask(
        &data,
        "What is the Newtonian constant of gravitation?",
        &svg(),
    )
    .unwrap();
    let table = first.table.as_ref().unwrap();
    assert_eq!(table.rows.len(), 1);
    assert_eq!(table.rows[0][1].as_f64(), Some(6.6743e-11));
    let plan = first.plan.unwrap();
    let again = ask(&data, "and its uncertainty?", &after(&plan)).unwrap();
    let table = again.table.unwrap();
    assert_eq!(table.columns, ["uncert", "name"]);
    assert_eq!(table.rows[0][0].as_f64(), Some(1.5e-15));
    assert!(again.response.contains("1.5e-15"), "{}", again.response);
}

#[test]
fn a_follow_up_naming_another_flag_puts_it_in_place_of_the_first() {
    // Three games: the Q drawn in games 1 and 2, the Z in games 2 and 3.
    let data = csv("solo_games", "points,Q,Z\n300,1,0\n350,1,1\n400,0,1\n");
    let first = ask(
        &data,
        "in what percentage of games did I draw the Q?",
        &svg(),
    )
    .unwrap();
    let share = first.table.as_ref().unwrap().rows[0][0].as_f64().unwrap();
    assert!((share - 200.0 / 3.0).abs() < 1e-9, "{}", first.response);
    let again = ask(&data, "and the Z?", &after(first.plan.as_ref().unwrap())).unwrap();
    let sql = again.sql.unwrap();
    assert!(sql.contains("\"Z\" = 1") && !sql.contains("\"Q\""), "{sql}");
}

#[test]
fn a_follow_up_asking_for_the_other_side_turns_the_condition_around() {
    // Days of reduced activity: 2 and 4 with a chronic condition (mean 3), 0 and 1 without
    // (mean 0.5).
    let data = csv(
        "doctor_visits",
        "reduced,chronic\n2,yes\n0,no\n4,yes\n1,no\n",
    );
    let first = ask(
        &data,
        "average days of reduced activity for people with a chronic condition",
        &svg(),
    )
    .unwrap();
    assert_eq!(first.table.as_ref().unwrap().rows[0][0].as_f64(), Some(3.0));
    let again = ask(
        &data,
        "and for people without one?",
        &after(first.plan.as_ref().unwrap()),
    )
    .unwrap();
    assert_eq!(
        again.table.unwrap().rows[0][0].as_f64(),
        Some(0.5),
        "{}",
        again.response
    );
}

#[test]
fn a_follow_up_asking_for_none_of_an_amount_turns_some_into_none() {
    // Strength 40 and 60 with superplasticizer (mean 50), 20 and 30 without (mean 25).
    let data = csv(
        "concrete",
        "cement,superplasticizer,strength
300,2.5,40
310,0,20
320,6,60
330,0,30
",
    );
    let first = ask(
        &data,
        "average strength of the mixes that use superplasticizer",
        &svg(),
    )
    .unwrap();
    assert_eq!(
        first.table.as_ref().unwrap().rows[0][0].as_f64(),
        Some(50.0)
    );
    for follow_up in ["and of those without any?", "and of those with none?"] {
        let again = ask(&data, follow_up, &after(first.plan.as_ref().unwrap())).unwrap();
        assert_eq!(
            again.table.unwrap().rows[0][0].as_f64(),
            Some(25.0),
            "{follow_up}: {}",
            again.response
        );
    }
}

#[test]
fn a_follow_up_asking_when_the_extreme_was_shows_its_row() {
    let data = csv(
        "turnip_prices",
        "date,time,price\n2021-04-11,5:00 a.m.,96\n2022-06-17,8:00 a.m.,541\n2021-04-12,noon,92\n",
    );
    let first = ask(&data, "What's the highest turnip price?", &svg()).unwrap();
    let again = ask(
        &data,
        "On which date was that?",
        &after(first.plan.as_ref().unwrap()),
    )
    .unwrap();
    let table = again.table.unwrap();
    assert_eq!(table.columns, ["date", "price"]);
    assert_eq!(table.rows.len(), 1);
    assert_eq!(table.rows[0][1].as_f64(), Some(541.0));
    assert!(table.rows[0][0].as_str().unwrap().starts_with("2022-06-17"));
}

#[test]
fn a_follow_up_asking_when_it_was_lowest_turns_the_ranking_around() {
    // Satisfaction 39 in 1980-01, 59 in 1982-06, 20 in 1990-03: lowest 20 on 1990-03-15.
    let data = csv(
        "thatcher_polls",
        "date,thatcher_sat\n1980-01-01,39\n1982-06-01,59\n1990-03-15,20\n",
    );
    let first = ask(
        &data,
        "When was satisfaction with Thatcher at its highest?",
        &svg(),
    )
    .unwrap();
    let again = ask(
        &data,
        "and when was it lowest?",
        &after(first.plan.as_ref().unwrap()),
    )
    .unwrap();
    let table = again.table.unwrap();
    assert_eq!(table.rows.len(), 1);
    assert_eq!(table.rows[0][1].as_f64(), Some(20.0), "{}", again.response);
}

#[test]
fn a_follow_up_saying_another_year_alone_is_that_years_answer() {
    // govt_sat in 1982: 30 and 40 (mean 35); in 1990: 22 and 24 (mean 23).
    let data = csv(
        "polls",
        "date,govt_sat\n1982-01-10,30\n1982-06-10,40\n1990-02-10,22\n1990-09-10,24\n",
    );
    let first = ask(&data, "average govt_sat in 1982", &svg()).unwrap();
    assert_eq!(
        first.table.as_ref().unwrap().rows[0][0].as_f64(),
        Some(35.0)
    );
    let again = ask(
        &data,
        "what about 1990?",
        &after(first.plan.as_ref().unwrap()),
    )
    .unwrap();
    assert_eq!(
        again.table.unwrap().rows[0][0].as_f64(),
        Some(23.0),
        "{}",
        again.response
    );
}

#[test]
fn the_opposite_superlative_in_a_follow_up_keeps_the_quantity_ranked() {
    // By Time the longest is Emmons (18) and the shortest Porter (4.5); by Length Allen
    // (18.2) and Cascade (4.8).
    let data = csv(
        "high_peaks",
        "Peak,Length,Time\nMt. Emmons,18.0,18\nCascade,4.8,5\nAllen,18.2,16\nPorter,9.6,4.5\n",
    );
    let first = ask(&data, "Which hike takes the longest expected time?", &svg()).unwrap();
    let table = first.table.as_ref().unwrap();
    assert_eq!(
        table.rows[0][0].as_str(),
        Some("Mt. Emmons"),
        "{}",
        first.response
    );
    let again = ask(
        &data,
        "and the shortest?",
        &after(first.plan.as_ref().unwrap()),
    )
    .unwrap();
    let table = again.table.unwrap();
    assert_eq!(
        table.rows[0][0].as_str(),
        Some("Porter"),
        "{}",
        again.response
    );
}

/// A World Bank table wide by year is asked about as the long table it stands for, and the
/// SQL shown runs on the file as loaded. Expected values from pandas over the same file.
#[test]
fn a_table_wide_by_year_is_asked_about_by_year() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/eval/world_bank_fertility_rate_by_country_1960_2013.csv"
    );
    let data = Dataset::from_path(path).unwrap();
    let options = Default::default();
    let highest = ask(
        &data,
        "In which year was China's fertility rate at its highest?",
        &options,
    )
    .unwrap();
    let table = highest.table.unwrap();
    assert_eq!(table.rows[0][0], 1965, "{:?}", highest.response);
    assert!((table.rows[0][1].as_f64().unwrap() - 6.161).abs() < 1e-9);
    let nineties = ask(
        &data,
        "average fertility rate of France in the 1990s",
        &options,
    )
    .unwrap();
    let mean = nineties.table.unwrap().rows[0][0].as_f64().unwrap();
    assert!((mean - 1.757).abs() < 1e-9, "{mean}");
    // The SQL reads the wide table: it runs in the sandbox as shown.
    let sql = nineties.sql.unwrap();
    assert!(sql.starts_with("WITH \"__long\" AS (SELECT"), "{sql}");
    let again = blinq_core::sql::Session::with_dataset(data)
        .execute(&sql)
        .unwrap();
    assert_eq!(again.table_json().rows[0][0].as_f64(), Some(mean));
}
