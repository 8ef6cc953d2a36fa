//! The agent end to end: follow-ups, unanswerable questions, and safety (every produced
//! query passes the sandbox, values typed in questions are escaped).
//! Expected numbers computed with Python's csv + statistics on tests/fixtures/penguins.csv.

use blinq_core::Dataset;
use blinq_core::agent::{AskOptions, Plan, ask};
use blinq_core::plot::PlotFormat;
use blinq_core::polars::prelude::*;
use blinq_core::sql::sandbox;

fn penguins() -> Dataset {
    Dataset::from_path("tests/fixtures/penguins.csv").unwrap()
}

fn svg() -> AskOptions {
    AskOptions {
        format: PlotFormat::Svg,
        ..AskOptions::default()
    }
}

fn after(previous: &Plan) -> AskOptions {
    AskOptions {
        previous: Some(previous.clone()),
        ..svg()
    }
}

#[test]
fn states_a_single_average_in_a_sentence() {
    let answer = ask(&penguins(), "What is the average body mass?", &svg()).unwrap();
    // mean of the 342 non-missing body_mass_g values: 4201.754385964912
    assert_eq!(answer.response, "The average body_mass_g is 4,201.75.");
    assert_eq!(answer.cost, 0.0);
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
    let scatter = ask(&data, "bill length vs bill depth", &svg()).unwrap();
    let spec = scatter.plot.unwrap().spec;
    assert_eq!(spec.kind.as_str(), "scatter");
    assert_eq!(
        (spec.x.as_deref(), spec.y.as_deref()),
        (Some("bill_length_mm"), Some("bill_depth_mm"))
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

/// A dataset from CSV text, named like the file (`name.csv`); the directory lives as long
/// as the returned guard.
fn csv(name: &str, text: &str) -> (tempfile::TempDir, Dataset) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("{name}.csv"));
    std::fs::write(&path, text).unwrap();
    let data = Dataset::from_path(&path).unwrap();
    (dir, data)
}

/// The first cell of a question's table; the SQL that produced it passes the sandbox.
fn first_cell(data: &Dataset, question: &str) -> serde_json::Value {
    let answer = ask(data, question, &svg()).unwrap();
    if let Some(sql) = &answer.sql {
        sandbox::check(sql, &["data"]).unwrap();
    }
    let table = answer
        .table
        .unwrap_or_else(|| panic!("{question}: {}", answer.response));
    table.rows[0][0].clone()
}

const WEATHER: &str = "date,precipitation,wind,weather\n\
2012/01/01,0.0,4.7,drizzle\n2012/01/02,10.9,4.5,rain\n2012/02/03,0.8,2.3,rain\n\
2013/01/04,20.3,4.7,rain\n2013/03/05,0.0,6.1,sun\n";

#[test]
fn dates_group_by_calendar_parts_and_name_words_keep_their_columns() {
    // The dataset is named like its `weather` column: "by weather" groups by the column.
    let (_dir, data) = csv("seattle-weather", WEATHER);
    let answer = ask(&data, "average wind by weather", &svg()).unwrap();
    assert_eq!(answer.table.unwrap().rows.len(), 3, "{:?}", answer.sql);
    // Per year: 2012 has 0 + 10.9 + 0.8 = 11.7, 2013 has 20.3.
    let answer = ask(&data, "total precipitation per year", &svg()).unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!(rows[0][0], 2012);
    assert!((rows[0][1].as_f64().unwrap() - 11.7).abs() < 1e-9);
    assert_eq!(rows[1][0], 2013);
    // "days" count rows of dated data; "rainy" is the value `rain`.
    assert_eq!(first_cell(&data, "how many rainy days were there"), 3);
    assert_eq!(first_cell(&data, "how many days had rain in 2013"), 1);
    // A chart by month computes the month in SQL.
    let chart = ask(&data, "bar chart of average wind by month", &svg()).unwrap();
    assert!(
        chart
            .sql
            .unwrap()
            .contains("EXTRACT(MONTH FROM \"date\") AS \"month\"")
    );
    assert_eq!(chart.plot.unwrap().spec.x.as_deref(), Some("month"));
}

const CARS: &str = "Name,Miles_per_Gallon,Cylinders,Horsepower,Year,Origin\n\
a,18,8,130,1970-01-01,USA\nb,30,4,70,1970-01-01,Japan\nc,26,4,80,1975-01-01,Europe\n\
d,32,4,65,1975-01-01,Japan\ne,15,8,190,1975-01-01,USA\nf,20,6,100,1975-01-01,USA\n";

#[test]
fn initials_adjectives_numbers_before_columns_and_year_dates() {
    let (_dir, data) = csv("cars", CARS);
    // "mpg" is Miles_per_Gallon; "japanese" is Japan: (30 + 32) / 2.
    assert_eq!(first_cell(&data, "average mpg of japanese cars"), 31.0);
    assert_eq!(
        first_cell(&data, "how many cars have more than 4 cylinders"),
        3
    );
    assert_eq!(
        first_cell(&data, "median horsepower of 8 cylinder cars"),
        160.0
    );
    assert_eq!(first_cell(&data, "cars with at least 26 mpg"), 3);
    // `Year` holds dates: "in 1975" is its year, "per year" groups by the year number.
    assert_eq!(first_cell(&data, "how many cars were made in 1975"), 4);
    let answer = ask(&data, "number of cars per year", &svg()).unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!(
        (rows[0][0].clone(), rows[0][1].clone()),
        (1970.into(), 2.into())
    );
    // "which car": the row itself.
    let answer = ask(&data, "Which car has the highest horsepower?", &svg()).unwrap();
    assert_eq!(answer.table.unwrap().rows[0][0], "e");
    assert!(
        answer
            .response
            .starts_with("The row with the highest Horsepower: e (190)")
    );
    // One typo per word; "sort origins by average horsepower" is per origin.
    for question in [
        "avrage horsepwer by orgin",
        "sort origins by average horsepower",
    ] {
        let answer = ask(&data, question, &svg()).unwrap();
        assert_eq!(
            answer.table.unwrap().rows.len(),
            3,
            "{question}: {:?}",
            answer.sql
        );
    }
    // "sort ... by" ranks, largest first: USA (130 + 190 + 100) / 3 = 140.
    let sorted = ask(&data, "sort origins by average horsepower", &svg()).unwrap();
    assert_eq!(sorted.table.unwrap().rows[0][0], "USA");
    // Unknown nouns next to a filter are not a row count.
    let answer = ask(&data, "what's the fuel efficiency of japanese cars", &svg()).unwrap();
    assert!(answer.sql.is_none(), "{:?}", answer.sql);
    // Two values of one column are compared, one result each.
    let answer = ask(&data, "average mpg of cars from Japan and Europe", &svg()).unwrap();
    assert_eq!(answer.table.unwrap().rows.len(), 2, "{:?}", answer.sql);
}

#[test]
fn unknown_groups_and_values_are_refused_not_guessed() {
    let (_dir, data) = csv("seattle-weather", WEATHER);
    for question in [
        "average wind by century",
        "how humid was it in 2013",
        "total precipitation in Portland",
        "how many days had humidity above 80",
    ] {
        let answer = ask(&data, question, &svg()).unwrap();
        assert!(answer.sql.is_none(), "{question}: {:?}", answer.sql);
        assert!(
            answer.response.contains("precipitation, wind"),
            "{}",
            answer.response
        );
    }
}

#[test]
fn a_line_over_categories_follows_up_over_time() {
    let (_dir, data) = csv(
        "stocks",
        "symbol,date,price\nMSFT,Jan 1 2000,39.81\nMSFT,Feb 1 2000,36.35\nIBM,Jan 1 2000,100.52\n",
    );
    let bar = ask(&data, "bar chart of average price by symbol", &svg()).unwrap();
    let line = ask(
        &data,
        "now as a line chart",
        &after(bar.plan.as_ref().unwrap()),
    )
    .unwrap();
    let spec = line.plot.unwrap().spec;
    assert_eq!(
        (spec.kind.as_str(), spec.x.as_deref(), spec.color.as_deref()),
        ("line", Some("date"), Some("symbol"))
    );
    // "Jan 1 2000" dates are dates: "in 2000" filters by their year.
    assert_eq!(first_cell(&data, "how many records in 2000"), 3);
}

#[test]
fn percentages_and_directions_of_max_min_columns() {
    let (_dir, data) = csv(
        "temps",
        "day,temp_max,temp_min,sky\n2020-01-01,10,2,rain\n2020-01-02,14,5,sun\n2020-01-03,12,-1,rain\n2020-01-04,9,3,sun\n",
    );
    // 2 of 4 days are rainy; "highest temperature" is the max column, "lowest" the min one.
    assert_eq!(first_cell(&data, "percentage of rainy days"), 50.0);
    assert_eq!(first_cell(&data, "What was the highest temperature?"), 14);
    assert_eq!(first_cell(&data, "lowest temperature"), -1);
    assert_eq!(
        first_cell(&data, "how many days had a negative temp_min"),
        1
    );
    assert_eq!(first_cell(&data, "days with temp_max between 10 and 12"), 2);
    let answer = ask(&data, "average temperature", &svg()).unwrap();
    assert!(answer.sql.is_none(), "{:?}", answer.sql);
}

#[test]
fn quantities_that_add_up_are_summed_and_id_columns_name_rows() {
    let (_dir, data) = csv(
        "sales",
        "Order ID,Region,Total Sales ($),Shipped\n1,North,50,true\n2,South,300,false\n3,North,150,true\n",
    );
    // The dataset's name is also its column's word: "sales" is `Total Sales ($)`, summed.
    let answer = ask(&data, "total sales by region", &svg()).unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!(
        (rows[0][0].clone(), rows[0][1].clone()),
        ("North".into(), 200.into())
    );
    // "orders" are the rows of a table with an `Order ID`.
    assert_eq!(first_cell(&data, "how many orders in the North region"), 2);
    // A yes/no column named as a measure is a condition.
    assert_eq!(first_cell(&data, "how many orders were shipped"), 2);
    assert_eq!(first_cell(&data, "how many orders were not shipped"), 1);
    // "revenue" is a synonym of sales; an unknown measure per group is refused, not counted.
    let revenue = ask(&data, "revenue by region", &svg()).unwrap();
    assert!(revenue.sql.unwrap().contains("SUM(\"Total Sales ($)\")"));
    assert!(
        ask(&data, "profit by region", &svg())
            .unwrap()
            .sql
            .is_none()
    );
}
