//! The offline planner's generalising rules, each on a small hand-written table: calendar
//! buckets, initials, adjectives of values, numbers before columns, date columns named like a
//! year, refusals instead of guesses, follow-ups over time, percentages, max/min columns,
//! additive measures, ID columns and yes/no columns. Expected numbers are worked out by hand
//! in the comments. Every produced query passes the sandbox.

use crate::agent_common::{after, svg};
use blinq_core::Dataset;
use blinq_core::agent::ask;
use blinq_core::plot::SortOrder;
use blinq_core::sql::sandbox;

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

/// The rows of a question's table and the SQL that produced them (panics with the response
/// when there is no table).
fn rows_of(
    data: &Dataset,
    question: &str,
    options: &blinq_core::agent::AskOptions,
) -> (Vec<Vec<serde_json::Value>>, String) {
    let answer = ask(data, question, options).unwrap();
    let sql = answer.sql.clone().unwrap_or_default();
    let table = answer
        .table
        .unwrap_or_else(|| panic!("{question}: {}", answer.response));
    (table.rows, sql)
}

/// The plot spec of a chart question (panics with the response when there is none).
fn spec(data: &Dataset, question: &str) -> blinq_core::plot::PlotSpec {
    let answer = ask(data, question, &svg()).unwrap();
    answer
        .plot
        .unwrap_or_else(|| panic!("{question}: {}", answer.response))
        .spec
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

/// An abbreviated table: names as a statistician types them, questions as people ask.
const MACRO: &str = "year,qtr,realgdp,tbilrate,unemp_rt,bodywt,yrs_srvc,viewers_7day\n\
2008,1,100.5,3.1,5.0,10,1,2.0\n2008,2,101.0,1.9,5.3,20,3,4.0\n2009,1,98.0,0.3,8.1,30,5,6.0\n";

#[test]
fn abbreviated_names_match_the_words_they_abbreviate() {
    let (_dir, data) = csv("macro", MACRO);
    // tbilrate <- treasury bill rate: (3.1 + 1.9 + 0.3) / 3.
    let got = first_cell(&data, "average treasury bill rate")
        .as_f64()
        .unwrap();
    assert!((got - 5.3 / 3.0).abs() < 1e-9, "{got}");
    // unemp_rt <- unemployment rate; yrs_srvc <- years of service; bodywt <- body weight.
    assert_eq!(first_cell(&data, "highest unemployment rate"), 8.1);
    assert_eq!(first_cell(&data, "total years of service"), 9);
    assert_eq!(first_cell(&data, "maximum body weight"), 30);
    // "7-day" is the compound 7day written apart: 2 + 4 + 6 = 12.
    assert_eq!(first_cell(&data, "total 7-day viewers"), 12.0);
    // A grammar word is never an abbreviation: "maximum" is not `mm`-anything.
    let answer = ask(&data, "maximum real gdp", &svg()).unwrap();
    assert!(answer.sql.unwrap().contains("MAX(\"realgdp\")"));
}

#[test]
fn y_vs_x_puts_y_up_and_x_across() {
    let (_dir, data) = csv("macro", MACRO);
    for question in [
        "real gdp vs treasury bill rate",
        "real gdp against the treasury bill rate",
        "scatter of real gdp versus treasury bill rate",
    ] {
        let answer = ask(&data, question, &svg()).unwrap();
        let spec = &answer.plot.unwrap_or_else(|| panic!("{question}")).spec;
        assert_eq!(spec.y.as_deref(), Some("realgdp"), "{question}");
        assert_eq!(spec.x.as_deref(), Some("tbilrate"), "{question}");
    }
    // Without "vs", "scatter X, Y" keeps the order of an x, y call.
    let answer = ask(
        &data,
        "scatter plot of treasury bill rate and real gdp",
        &svg(),
    )
    .unwrap();
    let spec = answer.plot.unwrap().spec;
    assert_eq!(
        (spec.x.as_deref(), spec.y.as_deref()),
        (Some("tbilrate"), Some("realgdp"))
    );
}

/// Dated episodes, with two viewing figures and a name per row.
const EPISODES: &str = "title,aired,viewers_7day,viewers_28day,sleep_total,sleep_rem\n\
Pilot,2020-01-01,2.0,3.0,10.0,1.0\nReturn,2020-01-08,5.0,6.0,8.0,2.0\nFinale,2020-01-15,4.0,9.0,12.0,3.0\n";

#[test]
fn units_after_numbers_names_whole_quantities_and_rows_named_by_their_title() {
    let (_dir, data) = csv("episodes", EPISODES);
    // "day" after a number is part of "7-day", not "days" counting rows: 2 + 5 + 4 = 11.
    assert_eq!(first_cell(&data, "total 7-day viewers"), 11.0);
    // "sleep" names sleep_total (the whole) rather than sleep_rem: (10 + 8 + 12) / 3.
    assert_eq!(first_cell(&data, "average sleep"), 10.0);
    // "which episode ...": the row's title and the measure, not every column.
    let answer = ask(&data, "which episode had the most 28-day viewers", &svg()).unwrap();
    let table = answer.table.unwrap();
    assert_eq!(table.columns, ["title", "viewers_28day"]);
    assert_eq!(
        table.rows,
        [[serde_json::json!("Finale"), serde_json::json!(9.0)]]
    );
    // Two columns equally named and neither the whole one: asked, not guessed.
    let unclear = ask(&data, "average viewers", &svg()).unwrap();
    assert!(
        unclear.sql.is_none() && unclear.response.contains("could mean"),
        "{}",
        unclear.response
    );
}

/// Values typed short or abbreviated, as in many R and survey tables.
const STAFF: &str = "name,genus,vore,rank,sex,salary\n\
Ann,Canis,carni,AsstProf,Female,100\nBob,Felis,herbi,AssocProf,Male,200\n\
Cid,Ursus,carni,Prof,Male,300\nDee,Bos,herbi,AsstProf,Female,400\n";

#[test]
fn values_cut_short_abbreviated_or_said_with_a_synonym_are_found() {
    let (_dir, data) = csv("staff", STAFF);
    // "carnivores" is `carni` (cut short), not `Canis` (a weaker, abbreviated reading):
    // Ann and Cid, 100 + 300.
    assert_eq!(first_cell(&data, "total salary of carnivores"), 400);
    // "assistant professors" is `AsstProf`: Ann and Dee.
    assert_eq!(
        first_cell(&data, "how many assistant professors are there"),
        2
    );
    // "women" is `Female`: (100 + 400) / 2.
    assert_eq!(first_cell(&data, "average salary of women"), 250.0);
}

/// Elements with gaps, a yes/no column and a title-case short value.
const ELEMENTS: &str = "symbol,name,phase,density,radioactive,division\n\
H,Hydrogen,gas,,No,Men\nHe,Helium,gas,0.2,No,Women\nFe,Iron,solid,7.9,No,Men\n\
U,Uranium,solid,19.1,Yes,Men\nRn,Radon,gas,,Yes,Women\n";

#[test]
fn missing_values_yes_no_columns_and_row_subjects() {
    let (_dir, data) = csv("elements", ELEMENTS);
    // "no known density" is `density IS NULL`: Hydrogen and Radon.
    assert_eq!(
        first_cell(&data, "how many elements have no known density"),
        2
    );
    assert_eq!(
        first_cell(&data, "how many rows have the density missing"),
        2
    );
    // A Yes/No column named as a condition: Uranium and Radon.
    assert_eq!(first_cell(&data, "how many are radioactive"), 2);
    // "gases" is the value `gas` (plural in -es): 3.
    assert_eq!(first_cell(&data, "how many gases are there"), 3);
    // A short word in capitals and small letters ("Men") need not be typed in its case.
    assert_eq!(first_cell(&data, "count of men"), 3);
    // "which element ...": a noun after which that names nothing asks for a row, answered
    // with the column naming rows (`name`, preferred over `symbol`).
    let answer = ask(&data, "which element has the highest density", &svg()).unwrap();
    let table = answer.table.unwrap();
    assert_eq!(table.columns, ["name", "density"]);
    assert_eq!(table.rows[0][0], "Uranium");
    // "who" asks for a row too.
    let answer = ask(&data, "who has the lowest density", &svg()).unwrap();
    assert_eq!(answer.table.unwrap().rows[0][0], "Helium");
}

const RACES: &str = "year,name,time,time_hrs,division\n\
2015,Ann,02:10:00,2.1667,Women\n2016,Bob,02:05:30,2.0917,Men\n\
2017,Cid,02:20:15,2.3375,Men\n2018,Dee,02:30:00,2.5,Women\n";

#[test]
fn calculations_take_the_numeric_twin_of_a_text_column() {
    // `time` is text ("02:10:00"); `time_hrs` has the same word and is a number.
    let (_dir, data) = csv("races", RACES);
    // (2.1667 + 2.0917 + 2.3375 + 2.5) / 4 = 2.273975
    let mean = first_cell(&data, "average time").as_f64().unwrap();
    assert!((mean - 2.273975).abs() < 1e-9, "{mean}");
    let trace = ask(&data, "average time", &svg()).unwrap().trace;
    assert!(
        trace
            .iter()
            .any(|l| l.starts_with("rule numbers_for_calculations")),
        "{trace:?}"
    );
}

#[test]
fn fastest_and_slowest_reverse_on_durations() {
    // The fastest time is the lowest (Bob, 2.0917 h); the slowest the highest (Dee, 2.5 h).
    let (_dir, data) = csv("races", RACES);
    for (question, who) in [
        ("who had the fastest time", "Bob"),
        ("who had the slowest time", "Dee"),
    ] {
        let answer = ask(&data, question, &svg()).unwrap();
        // The trace names the rule.
        assert!(
            answer
                .trace
                .iter()
                .any(|l| l.starts_with("rule durations_reverse_speed")),
            "{:?}",
            answer.trace
        );
        let rows = answer.table.unwrap().rows;
        assert_eq!(rows.len(), 1, "{question}");
        assert!(
            rows[0].iter().any(|cell| cell == who),
            "{question}: {:?}",
            rows[0]
        );
    }
}

#[test]
fn which_values_are_there_lists_each_once() {
    // Two divisions, each listed once (not the four rows, not a count).
    let (_dir, data) = csv("races", RACES);
    let answer = ask(&data, "which divisions are there", &svg()).unwrap();
    let mut got: Vec<String> = answer
        .table
        .unwrap()
        .rows
        .iter()
        .map(|r| r[0].as_str().unwrap().to_string())
        .collect();
    got.sort();
    assert_eq!(got, ["Men", "Women"], "{:?}", answer.sql);
}

#[test]
fn linking_words_before_a_comparison_say_nothing() {
    // Weights 3500, 4200, 4000, 3900: two are at least 4000, two more than 3900.
    let (_dir, data) = csv(
        "cars",
        "name,weight,cylinders\na,3500,4\nb,4200,6\nc,4000,8\nd,3900,6\n",
    );
    assert_eq!(
        first_cell(&data, "how many cars have a weight of at least 4000"),
        2
    );
    assert_eq!(
        first_cell(&data, "how many cars with a weight of more than 3900"),
        2
    );
    assert_eq!(
        first_cell(&data, "how many have a weight that is below 3600"),
        1
    );
}

#[test]
fn a_dataset_name_word_that_names_a_column_is_the_column() {
    // "professor_salaries": `professor` names no column, so it names the rows, and
    // "salaries" is the `salary` column. Salaries 100, 200, 600: mean 300.
    let (_dir, data) = csv(
        "professor_salaries",
        "rank,salary\nProf,100\nProf,200\nAsstProf,600\n",
    );
    assert_eq!(first_cell(&data, "average salaries"), 300.0);
    assert_eq!(first_cell(&data, "how many professors are there"), 3);
    let chart = ask(&data, "histogram of salaries", &svg()).unwrap();
    assert_eq!(chart.plot.unwrap().spec.x.as_deref(), Some("salary"));
}

#[test]
fn counted_nouns_count_rows_per_group() {
    // Orders per state: Ohio 3, Texas 2, Utah 1.
    let (_dir, data) = csv(
        "orders",
        "state,sales\nOhio,10\nOhio,20\nOhio,5\nTexas,5\nTexas,7\nUtah,1\n",
    );
    let answer = ask(&data, "which states have more than 1 order", &svg()).unwrap();
    sandbox::check(answer.sql.as_deref().unwrap(), &["data"]).unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!(rows.len(), 2, "{:?}", answer.sql);
    assert_eq!(
        (rows[0][0].as_str(), rows[0][1].as_i64()),
        (Some("Ohio"), Some(3))
    );
    assert_eq!(
        (rows[1][0].as_str(), rows[1][1].as_i64()),
        (Some("Texas"), Some(2))
    );
    // "wins" names nothing: the rows are counted per state and the most come first.
    assert_eq!(first_cell(&data, "which state has the most wins"), "Ohio");
}

#[test]
fn a_year_after_a_time_word_is_the_calendars_when_the_column_never_holds_it() {
    // Rates 5, 7, 9 in 1979, 1980, 1989: the mean from 1980 to 1989 is (7 + 9) / 2 = 8.
    let (_dir, data) = csv(
        "macro",
        "year,rate,distance\n1979,5,1900\n1980,7,2000\n1989,9,1990\n",
    );
    assert_eq!(first_cell(&data, "average rate from 1980 to 1989"), 8.0);
    // A column that holds the number keeps it: distances from 1950 up are 2000 and 1990.
    assert_eq!(
        first_cell(&data, "how many rows have a distance from 1950"),
        2
    );
}

#[test]
fn a_name_cut_short_from_the_words_beats_letters_scattered_over_them() {
    // "real investment": `realinv` is "real" + "inv…"; `realint` only scatters i-n-t over
    // "investment". Investments 10 + 20 = 30.
    let (_dir, data) = csv("macro", "realinv,realint\n10,1.5\n20,2.5\n");
    assert_eq!(first_cell(&data, "total real investment"), 30.0);
    // Nothing cut short tells these apart: the question is sent back.
    let (_dir, data) = csv("tv", "viewers_7day,viewers_28day\n1,2\n");
    let answer = ask(&data, "average viewers", &svg()).unwrap();
    assert!(answer.sql.is_none(), "{:?}", answer.sql);
}

#[test]
fn a_column_called_a_name_names_the_ranked_row_even_when_names_repeat() {
    // Ann won twice; Bob's 2.1 hours is the fastest time.
    let (_dir, data) = csv(
        "winners",
        "year,name,country,time\n2001,Ann,Kenya,2.3\n2002,Bob,Peru,2.1\n2003,Ann,Kenya,2.2\n",
    );
    let answer = ask(&data, "who ran the fastest time", &svg()).unwrap();
    let table = answer.table.unwrap();
    assert_eq!(table.columns, ["name", "time"], "{:?}", answer.sql);
    assert_eq!(table.rows[0][0], "Bob");
}

#[test]
fn sort_words_in_a_follow_up_order_the_chart() {
    let (_dir, data) = csv("staff", "dept,income\nA,1\nB,5\nA,3\nC,2\n");
    let bar = ask(&data, "average income by dept as a bar chart", &svg()).unwrap();
    let plan = bar.plan.as_ref().unwrap();
    for (follow_up, order) in [
        ("sorted from highest to lowest", SortOrder::Descending),
        ("sort it from lowest to highest", SortOrder::Ascending),
        ("in ascending order", SortOrder::Ascending),
    ] {
        let answer = ask(&data, follow_up, &after(plan)).unwrap();
        let spec = answer.plot.unwrap().spec;
        assert_eq!(spec.sort, Some(order), "{follow_up}");
        assert_eq!(spec.x.as_deref(), Some("dept"), "{follow_up}");
    }
}

#[test]
fn events_named_by_a_date_column_are_the_rows_and_a_day_is_the_date() {
    // Three deaths: two on 1992-04-30 (both homicides), one on 1992-05-01.
    let (_dir, data) = csv(
        "riots",
        "name,death_date,type\nA,1992-04-30,Homicide\nB,1992-04-30,Homicide\nC,1992-05-01,Other\n",
    );
    assert_eq!(first_cell(&data, "how many deaths were homicides?"), 2);
    let answer = ask(&data, "deaths per day", &svg()).unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!(rows.len(), 2, "{:?}", answer.sql);
    assert_eq!(rows[0][1], 2);
    let chart = ask(&data, "deaths per day as a line chart", &svg()).unwrap();
    let spec = chart.plot.unwrap().spec;
    assert_eq!(spec.x.as_deref(), Some("death_date"));
    assert_eq!(spec.color, None);
}

#[test]
fn a_comparative_adjective_is_about_its_quantitys_column() {
    // Ages 18, 42, 55: two are older than 40, one younger than 30.
    let (_dir, data) = csv("victims", "name,age\nA,18\nB,42\nC,55\n");
    assert_eq!(first_cell(&data, "how many victims were older than 40?"), 2);
    assert_eq!(first_cell(&data, "how many were younger than 30"), 1);
    // No column of that quantity: the question is sent back, not guessed.
    let answer = ask(&data, "how many were heavier than 40", &svg()).unwrap();
    assert!(answer.sql.is_none(), "{:?}", answer.sql);
}

#[test]
fn a_us_state_is_found_by_name_or_postal_code() {
    let (_dir, data) = csv(
        "airports",
        "iata,city,state\nAUS,Austin,TX\nDAL,Dallas,TX\nSFO,San Francisco,CA\n",
    );
    assert_eq!(
        first_cell(&data, "how many airports are there in Texas?"),
        2
    );
    assert_eq!(first_cell(&data, "how many airports in California"), 1);
    let (_dir, data) = csv("offices", "office,state\nA,Texas\nB,Ohio\nC,Texas\n");
    assert_eq!(first_cell(&data, "how many offices in TX"), 2);
}

#[test]
fn the_rest_of_the_question_tells_equally_named_columns_apart() {
    // "companies" names both; "worked" says NumCompaniesWorked: 6 and 9 are more than 5.
    let (_dir, data) = csv(
        "staff",
        "YearsAtCompany,NumCompaniesWorked\n10,1\n2,6\n7,9\n",
    );
    assert_eq!(
        first_cell(&data, "how many have worked at more than 5 companies?"),
        2
    );
    // Nothing else said: still sent back.
    let answer = ask(&data, "average companies", &svg()).unwrap();
    assert!(answer.sql.is_none(), "{:?}", answer.sql);
}

#[test]
fn a_number_written_into_a_name_is_part_of_it_and_a_trailing_noun_too() {
    // 7-day viewers 3.5, 15.9, 9.1: the highest is 15.9 (not the top 7 rows).
    let (_dir, data) = csv(
        "ratings",
        "episode,viewers_7day,viewers_28day\n1,3.5,4\n2,15.9,16\n3,9.1,10\n",
    );
    assert_eq!(
        first_cell(&data, "what was the highest 7-day audience of any episode?"),
        15.9
    );
    // "unemployment rate" for `unemp`: rates 7.5, 8, 9.9: two are at least 8.
    let (_dir, data) = csv("macro", "year,unemp\n2008,7.5\n2009,8\n2010,9.9\n");
    assert_eq!(
        first_cell(
            &data,
            "how many years had an unemployment rate of at least 8"
        ),
        2
    );
    // A time word is not more of the name: "unemp since 2009" is the years from 2009.
    assert_eq!(first_cell(&data, "average unemp since 2009"), 8.95);
}

#[test]
fn values_of_one_column_compared_in_a_bar_chart_go_across() {
    let (_dir, data) = csv(
        "animals",
        "name,vore\na,carni\nb,herbi\nc,herbi\nd,omni\ne,insecti\n",
    );
    let answer = ask(
        &data,
        "bar chart of the number of carnivores and herbivores",
        &svg(),
    )
    .unwrap();
    let spec = answer.plot.unwrap().spec;
    assert_eq!(spec.x.as_deref(), Some("vore"));
    assert_eq!(spec.color, None);
    // Counted over the two values only: the SQL keeps carni and herbi.
    let sql = answer.sql.unwrap();
    assert!(sql.contains("'carni'") && sql.contains("'herbi'") && !sql.contains("omni"));
}

#[test]
fn ordinals_are_numbers_of_their_column_and_places_in_a_ranking() {
    // Populations by year and quarter: 2009 Q3 is 308.
    let (_dir, data) = csv(
        "macro",
        "year,quarter,pop\n2009,2,307\n2009,3,308\n2010,3,310\n",
    );
    assert_eq!(
        first_cell(
            &data,
            "what was the population in the third quarter of 2009?"
        ),
        308.0
    );
    // Ranks 1, 2, 1 on the network: two episodes ranked first there.
    let (_dir, data) = csv(
        "ratings",
        "episode,network_rank,channels_rank\n1,1,3\n2,2,1\n3,1,1\n",
    );
    assert_eq!(
        first_cell(
            &data,
            "how many episodes were ranked first on their network?"
        ),
        2
    );
    // Two columns of places and neither named: no guess.
    let answer = ask(&data, "how many episodes ranked 1st", &svg()).unwrap();
    assert!(
        answer
            .sql
            .as_deref()
            .is_none_or(|s| !s.contains("_rank\" = 1")),
        "{:?}",
        answer.sql
    );
}

#[test]
fn a_name_word_and_an_initial_and_numbers_inside_names() {
    // "dew point" for `dewp`: 20 and 30 average 25.
    let (_dir, data) = csv("weather", "temp,dewp\n40,20\n50,30\n");
    assert_eq!(first_cell(&data, "average dew point"), 25.0);
    // "delta 15 N" for `Delta 15 N (o/oo)`, not `Delta 13 C (o/oo)`.
    let (_dir, data) = csv(
        "penguins",
        "Delta 15 N (o/oo),Delta 13 C (o/oo)\n8.5,-25\n9.5,-26\n",
    );
    assert_eq!(first_cell(&data, "average delta 15 N"), 9.0);
}

#[test]
fn the_first_word_of_a_longer_value_names_it_when_no_other_value_starts_so() {
    // Gentoo masses 5000 and 5200 average 5100.
    let (_dir, data) = csv(
        "penguins",
        "Species,Body Mass (g)\n\
         Adelie Penguin (Pygoscelis adeliae),3700\n\
         Gentoo penguin (Pygoscelis papua),5000\n\
         Gentoo penguin (Pygoscelis papua),5200\n",
    );
    assert_eq!(
        first_cell(&data, "average body mass of gentoo penguins"),
        5100.0
    );
}

#[test]
fn counting_rows_that_have_a_quantity_counts_those_above_zero() {
    // Precipitation 0, 0.1, 0, 0.3: two hours had some.
    let (_dir, data) = csv("weather", "hour,precip\n1,0\n2,0.1\n3,0\n4,0.3\n");
    assert_eq!(first_cell(&data, "how many hours had precipitation?"), 2);
    // Not without "had": the average stays an average.
    assert_eq!(first_cell(&data, "average precipitation"), 0.1);
}

/// The rows of a question's table.
fn rows(data: &Dataset, question: &str) -> Vec<Vec<serde_json::Value>> {
    let answer = ask(data, question, &svg()).unwrap();
    answer
        .table
        .unwrap_or_else(|| panic!("{question}: {}", answer.response))
        .rows
}

#[test]
fn units_and_scale_words_after_amounts_are_read_with_them() {
    // Sleep 10, 16, 18 hours: two at least 15. Prices in thousands 8, 31, 45: two above 30
    // thousand dollars (the column is kept in thousands).
    let (_dir, data) = csv(
        "mammals",
        "name,sleep_total,sleep_rem,price\nA,10,1,8\nB,16,2,31\nC,18,3,45\n",
    );
    assert_eq!(
        rows(&data, "list the mammals that sleep at least 15 hours a day").len(),
        2
    );
    assert_eq!(
        first_cell(
            &data,
            "how many mammals cost more than 30 thousand dollars?"
        ),
        2
    );
}

#[test]
fn short_names_without_vowels_and_names_spelling_grammar_words() {
    // cty 18, 21, 28 → mean 22.333...; gdpPercap 1000, 3000 → mean 2000.
    let (_dir, data) = csv("mpg", "model,cty,hwy\na,18,26\nb,21,29\nc,28,33\n");
    let v = first_cell(&data, "average city mpg").as_f64().unwrap();
    assert!((v - 67.0 / 3.0).abs() < 1e-9, "{v}");
    let (_dir, data) = csv("gapminder", "country,gdpPercap\nX,1000\nY,3000\n");
    assert_eq!(first_cell(&data, "average GDP per capita"), 2000.0);
}

#[test]
fn verbs_of_quantities_and_the_most_expensive_row() {
    // Weights 80, 120, 136 kg: two weigh more than 100. The most expensive car is C (45).
    let (_dir, data) = csv("people", "name,mass,wage\nA,80,5\nB,120,12\nC,136,9\n");
    assert_eq!(
        rows(&data, "list the people who weigh more than 100 kg").len(),
        2
    );
    assert_eq!(
        first_cell(&data, "how many people earn more than $10 an hour?"),
        1
    );
    let (_dir, data) = csv(
        "cars93",
        "Model,Make,Price\nA,Geo A,8\nB,Audi B,31\nC,BMW C,45\n",
    );
    let top = rows(&data, "what's the most expensive car?");
    assert_eq!(top[0][0], "BMW C");
}

#[test]
fn absence_initials_numbers_and_plurals_of_row_names() {
    // birth_year missing for 2 of 3; skin 'unknown' once. Types bc, bc, wc: incomes 10, 20,
    // 50 → blue-collar average 15. Cylinders (text) "6" twice.
    let (_dir, data) = csv(
        "people",
        "name,skin,birth_year,type,income,cylinders\n\
         A,unknown,,bc,10,6\nB,fair,40,bc,20,6\nC,dark,,wc,50,rotary\n",
    );
    assert_eq!(
        first_cell(&data, "how many people have an unknown birth year?"),
        2
    );
    assert_eq!(
        first_cell(&data, "average income of blue-collar people"),
        15.0
    );
    assert_eq!(first_cell(&data, "how many have 6 cylinders?"), 2);
    // Occupations name one row each: their average income is over the rows (10+20)/2.
    let (_dir, data) = csv(
        "prestige",
        "occupation,income,women\nnurses,10,97\nclerks,20,60\nlawyers,90,10\n",
    );
    assert_eq!(
        first_cell(&data, "average income of occupations with women over 50"),
        15.0
    );
    // "best paid": by income, lawyers (90) then clerks (20).
    let top = rows(&data, "top 2 best paid occupations");
    assert_eq!(
        (&top[0][0], &top[1][0]),
        (&"lawyers".into(), &"clerks".into())
    );
    // `women` holds percentages: the highest is nurses' 97.
    let top = rows(
        &data,
        "which occupation has the highest percentage of women?",
    );
    assert_eq!(top[0][0], "nurses");
}

#[test]
fn periods_years_and_the_oldest_without_an_age() {
    // Quarterly rows: the lowest rate is 2008 Q2.
    let (_dir, data) = csv(
        "macro",
        "year,quarter,realint\n2008,1,1.5\n2008,2,-6.8\n2009,1,0.4\n2009,2,2.0\n",
    );
    let top = rows(&data, "which quarter had the lowest real interest rate?");
    assert_eq!((&top[0][0], &top[0][1]), (&2008.into(), &2.into()));
    // Planes built 1956, 1990, 2001: the oldest was built in 1956; 1990 and 2001 cars
    // compared as two groups.
    let (_dir, data) = csv(
        "planes",
        "tailnum,year,seats\nA,1956,2\nB,1990,100\nC,2001,180\n",
    );
    let oldest = rows(&data, "in what year was the oldest plane built?");
    assert_eq!(oldest.len(), 1);
    assert_eq!(oldest[0].last(), Some(&1956.into()));
    assert_eq!(
        rows(
            &data,
            "compare the average seats of the 1990 and 2001 planes"
        )
        .len(),
        2
    );
}

#[test]
fn superlatives_made_of_a_columns_word_and_values_over_long_names() {
    // Densities 22.6, 19.3, 7.9: the densest is Os.
    let (_dir, data) = csv(
        "elements",
        "symbol,density,atomic mass\nOs,22.6,190\nAu,19.3,197\nFe,7.9,56\n",
    );
    let top = rows(&data, "top 2 densest elements");
    assert_eq!((&top[0][0], &top[1][0]), (&"Os".into(), &"Au".into()));
    // "hurricanes" is the status value, not `hurricane_force_diameter`.
    let (_dir, data) = csv(
        "storms",
        "name,status,hurricane_force_diameter\nA,hurricane,10\nB,tropical storm,\nC,hurricane,30\n",
    );
    assert_eq!(
        first_cell(&data, "how many of the observations are hurricanes?"),
        2
    );
}

#[test]
fn counts_of_values_abbreviated_quantities_and_coded_answers() {
    // cyl 4, 4, 6: "by number of cylinders" makes two groups (hp 100 and 110 → 105; 150).
    // The heaviest car is C (wt 3.5); crim ← "crime".
    let (_dir, data) = csv(
        "mtcars",
        "model,cyl,hp,wt,crim\nA,4,100,2.1,1\nB,4,110,2.9,3\nC,6,150,3.5,5\n",
    );
    let groups = rows(&data, "average horsepower by number of cylinders");
    assert_eq!(groups.len(), 2);
    assert_eq!(groups[0][1], 105.0);
    let top = rows(&data, "which car is the heaviest?");
    assert_eq!(top[0][0], "C");
    assert_eq!(first_cell(&data, "average crime"), 3.0);
    // Votes Y, N, N, U and one missing: two plan to vote no, one is undecided, one has no
    // answer recorded.
    let (_dir, data) = csv(
        "poll",
        "region,vote,salary\nN,Y,10\nS,N,\nN,N,30\nS,U,40\nN,,50\n",
    );
    assert_eq!(
        first_cell(&data, "how many respondents plan to vote no?"),
        2
    );
    assert_eq!(first_cell(&data, "how many undecided voters are there?"), 1);
    assert_eq!(
        first_cell(&data, "how many people have no answer recorded for vote?"),
        1
    );
    assert_eq!(first_cell(&data, "how many people don't have a salary?"), 1);
}

#[test]
fn months_compared_and_days_among_day_columns() {
    // Births per day in 1978: July 10, August 30 and 20, June 5. From July onwards: July and
    // August; days above 15: two.
    let (_dir, data) = csv(
        "births",
        "date,births,day_of_week,day_of_year,month\n\
         1978-06-30,5,Fri,181,6\n1978-07-01,10,Sat,182,7\n\
         1978-08-01,30,Tue,213,8\n1978-08-02,20,Wed,214,8\n",
    );
    assert_eq!(
        first_cell(&data, "how many days had more than 15 births?"),
        2
    );
    let first = ask(&data, "total births by month", &svg()).unwrap();
    let months = ask(
        &data,
        "only from July onwards",
        &after(&first.plan.unwrap()),
    )
    .unwrap();
    let table = months.table.unwrap();
    assert_eq!(table.rows.len(), 2, "{:?}", months.sql);
    // A dataset word that begins a column's name is that column: total fatalities sums
    // `fatal` (3 + 4).
    let (_dir, data) = csv("traffic_fatalities", "state,fatal\nal,3\nca,4\n");
    assert_eq!(first_cell(&data, "total fatalities"), 7);
}

#[test]
fn the_column_a_superlative_is_said_of_ranks_and_n_or_more_compares() {
    // Home runs 40, 12, 25 (hits 150, 200, 90): the most home runs are A's 40, although
    // "hit" names `Hits` first. Players with 10 or more years: B (12) and C (15) earn 300
    // and 500 → 400.
    let (_dir, data) = csv(
        "hitters",
        "player,Hits,HmRun,Years,Salary\nA,150,40,3,100\nB,200,12,12,300\nC,90,25,15,500\n",
    );
    let top = rows(&data, "who hit the most home runs?");
    assert_eq!(top[0][0], "A");
    assert_eq!(top[0].last(), Some(&40.into()));
    assert_eq!(
        first_cell(&data, "average salary of players with 10 or more years"),
        400.0
    );
}

#[test]
fn flags_coded_as_numbers_kinds_of_values_and_amounts_in_their_units() {
    // `river` is 1 for B and D: two tracts on the river, three not; their medv average
    // (30 + 50) / 2 = 40. Averaged itself the flag is a rate: 2 / 5 = 0.4.
    let (_dir, data) = csv(
        "tracts",
        "name,crim,river,medv\nA,0.5,0,24\nB,2.0,1,30\nC,0.1,0,21\nD,5.0,1,50\nE,3.0,0,15\n",
    );
    assert_eq!(first_cell(&data, "how many tracts are on the river?"), 2);
    assert_eq!(
        first_cell(&data, "how many tracts are not on the river?"),
        3
    );
    assert_eq!(
        first_cell(&data, "average medv of tracts on the river"),
        40.0
    );
    assert_eq!(first_cell(&data, "average river"), 0.4);
    // Highway mpg above 30: b (44), c (31), e (35). Manual transmissions: a and c, 2 of 5.
    let (_dir, data) = csv(
        "vehicles",
        "model,hwy,trans\na,29,manual(m5)\nb,44,auto(l4)\nc,31,manual(m6)\nd,12,auto(l5)\n\
         e,35,auto(l4)\n",
    );
    assert_eq!(
        first_cell(&data, "how many cars get more than 30 mpg on the highway?"),
        3
    );
    assert_eq!(
        first_cell(
            &data,
            "what percentage of the cars have a manual transmission?"
        ),
        40.0
    );
}

#[test]
fn a_count_with_a_word_it_cannot_read_is_refused_not_every_row() {
    // Three staff; nothing says who works remotely or which are girls.
    let (_dir, data) = csv(
        "staff",
        "name,age,dept\nAnn,30,Sales\nBob,41,R&D\nCid,25,Sales\n",
    );
    for question in [
        "how many employees work remotely?",
        "how many of the staff are unemployed?",
    ] {
        let answer = ask(&data, question, &svg()).unwrap();
        assert!(answer.sql.is_none(), "{question}: {:?}", answer.sql);
        assert!(answer.response.contains("picks out"), "{}", answer.response);
    }
    // The counted noun, a verb right after it, and words that only say "in the data" are
    // no condition: every row counts.
    assert_eq!(first_cell(&data, "how many employees are listed?"), 3);
    assert_eq!(first_cell(&data, "how many people joined?"), 3);
    assert_eq!(first_cell(&data, "number of employees in the table"), 3);
}

#[test]
fn ordinals_name_numbered_columns_and_listed_values_go_across_a_chart() {
    // "first ionization energy" is `IE-1`, not `IE-2`: period 1 holds H (1312) and He
    // (2372), average 1842; period 2 holds Li (520) alone.
    let (_dir, data) = csv(
        "elements",
        "symbol,period,IE-1,IE-2\nH,1,1312,\nHe,1,2372,5250\nLi,2,520,7298\n",
    );
    let answer = ask(&data, "average first ionization energy by period", &svg()).unwrap();
    let table = answer
        .table
        .unwrap_or_else(|| panic!("{}", answer.response));
    assert_eq!(table.rows.len(), 2, "{:?}", answer.sql);
    assert_eq!(table.rows[0][1], 1842.0);
    assert_eq!(table.rows[1][1], 520.0);
    // Three listed gear counts of one column: one bar per gear, counting cars.
    let (_dir, data) = csv("cars", "model,gear\na,3\nb,4\nc,4\nd,5\ne,3\nf,3\n");
    let spec = spec(&data, "bar chart of how many cars have 3, 4 and 5 gears");
    assert_eq!(spec.x.as_deref(), Some("gear"));
    assert_eq!(spec.y, None);
}

#[test]
fn sex_letters_lone_amounts_and_comparatives_of_depth() {
    // Men (M): 180 and 176, average 178. Two measurements above 170 (180, 176); 165 and
    // 158 are not. Only `height` reaches 170 (`age` runs 20–41).
    let (_dir, data) = csv(
        "people",
        "sex,height,age\nM,180,20\nF,165,41\nM,176,33\nF,158,29\n",
    );
    assert_eq!(first_cell(&data, "average height of men"), 178.0);
    assert_eq!(first_cell(&data, "how many women are there?"), 2);
    assert_eq!(first_cell(&data, "how many measurements are above 170?"), 2);
    // Quakes deeper than 500: 562 and 650; their stations 41 and 15, average 28.
    let (_dir, data) = csv(
        "quakes",
        "depth,mag,stations\n562,4.8,41\n42,4.2,15\n650,4.5,15\n100,5.0,30\n",
    );
    assert_eq!(
        first_cell(&data, "average stations for quakes deeper than 500 km"),
        28.0
    );
}

#[test]
fn quantities_said_of_quantities_totals_of_counts_and_counted_nouns() {
    // Spending per student above 6000: schools B (6500) and C (7000), reading 660 and 670,
    // average 665 (`students` never reaches 6000 here, so the comparison is not its).
    // Teachers in all: 10 + 12 + 20 = 42.
    let (_dir, data) = csv(
        "schools",
        "school,students,teachers,expenditure,read\nA,200,10,5000,650\nB,240,12,6500,660\n\
         C,400,20,7000,670\n",
    );
    assert_eq!(
        first_cell(
            &data,
            "average read of schools where expenditure per student is above 6000"
        ),
        665.0
    );
    assert_eq!(first_cell(&data, "total number of teachers"), 42);
    // "how many passengers survived": rows where survived is yes (2), not the number of
    // passenger classes. More than 2 kids (`nkids`): B (3) and C (5).
    let (_dir, data) = csv(
        "voyage",
        "name,survived,passengerClass,nkids\nA,yes,1st,0\nB,no,3rd,3\nC,yes,3rd,5\n",
    );
    assert_eq!(first_cell(&data, "how many passengers survived?"), 2);
    assert_eq!(
        first_cell(&data, "how many passengers had more than 2 kids?"),
        2
    );
    // "height vs father's height": the father's height is `father`, across.
    let (_dir, data) = csv(
        "galton",
        "family,father,height\n1,70.0,68.2\n2,72.5,70.1\n3,68.0,66.0\n",
    );
    let spec = spec(&data, "height vs father's height");
    assert_eq!(
        (spec.x.as_deref(), spec.y.as_deref()),
        (Some("father"), Some("height"))
    );
}

#[test]
fn a_rate_of_a_yes_no_column_is_a_percentage_of_the_rows_asked_about() {
    // Five passengers, three women: two of them survived (2/3 = 66.67%); all five: 3/5 =
    // 60%. 1st class (A, B): both survived, 100%; 3rd (C, D, E): one of three, 33.33%.
    let (_dir, data) = csv(
        "titanic_survival",
        "name,survived,sex,pclass\nA,yes,female,1st\nB,yes,male,1st\nC,no,female,3rd\n\
         D,yes,female,3rd\nE,no,male,3rd\n",
    );
    assert_eq!(first_cell(&data, "what is the survival rate?"), 60.0);
    let women = ask(&data, "survival rate of women", &svg()).unwrap();
    let cell = women.table.unwrap().rows[0][0].as_f64().unwrap();
    assert!((cell - 200.0 / 3.0).abs() < 1e-9, "{cell}");
    assert!(
        women.response.starts_with("Of the rows where sex = female"),
        "{}",
        women.response
    );
    // Survivors (A, B, D: ages average 30) and the others (C, E: 35; everyone: 32), by
    // another form of `survived`.
    let (_dir, ages) = csv(
        "voyage",
        "name,survived,age\nA,yes,20\nB,yes,40\nC,no,50\nD,yes,30\nE,no,20\n",
    );
    assert_eq!(first_cell(&ages, "average age of survivors"), 30.0);
    assert_eq!(first_cell(&ages, "average age of non-survivors"), 35.0);
    assert_eq!(first_cell(&ages, "how many survivors were there?"), 3);
    // Said with the flag as a verb: the same two of three women.
    let women = first_cell(&data, "what percentage of women survived?");
    assert!(
        (women.as_f64().unwrap() - 200.0 / 3.0).abs() < 1e-9,
        "{women}"
    );
    let answer = ask(&data, "survival rate by pclass", &svg()).unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!(rows[0][1], 100.0);
    assert!((rows[1][1].as_f64().unwrap() - 100.0 / 3.0).abs() < 1e-9);
}

#[test]
fn x_of_the_y_matches_a_name_abbreviating_y_x() {
    // Fathers 34 and 36 (average 35), mothers 34 and 31 (32.5).
    let (_dir, data) = csv("births", "fage,mage,weight\n34,34,6.96\n36,31,8.86\n");
    assert_eq!(
        first_cell(&data, "what's the average age of the fathers?"),
        35.0
    );
    assert_eq!(first_cell(&data, "average age of the mothers"), 32.5);
}

#[test]
fn a_share_with_values_and_a_comparison_is_the_comparison_among_those_values() {
    // African rows of 2007: A (55), B (65), C (72); two of three live past 60 (66.67%). The
    // 1952 row and the European one are not among them.
    let (_dir, data) = csv(
        "gap",
        "country,continent,year,lifeExp\nA,Africa,2007,55\nB,Africa,2007,65\nC,Africa,2007,72\n\
         A,Africa,1952,40\nD,Europe,2007,80\n",
    );
    let share = first_cell(
        &data,
        "what percentage of countries in Africa had a life expectancy above 60 in 2007?",
    );
    assert!(
        (share.as_f64().unwrap() - 200.0 / 3.0).abs() < 1e-9,
        "{share}"
    );
    // Values before the verb choose the rows, after it the part: Gentoo are G1, G2, G3,
    // two of them male (66.67%); of every row, two of five are male Gentoo (40%).
    let (_dir, birds) = csv(
        "penguins",
        "name,species,sex\nG1,Gentoo,male\nG2,Gentoo,female\nG3,Gentoo,male\n\
         A1,Adelie,male\nA2,Adelie,female\n",
    );
    let share = first_cell(&birds, "what percentage of Gentoo penguins are male?");
    assert!(
        (share.as_f64().unwrap() - 200.0 / 3.0).abs() < 1e-9,
        "{share}"
    );
    assert_eq!(
        first_cell(&birds, "what percentage of penguins are male Gentoo?"),
        40.0
    );
    // A year chooses the rows wherever it is said: of the four 2007 rows, one is European.
    for question in [
        "what percentage of countries in 2007 were in Europe?",
        "what percentage of countries were in Europe in 2007?",
    ] {
        assert_eq!(first_cell(&data, question), 25.0, "{question}");
    }
    // Values alone are the part of every row: Africa is 4 of 5 rows, 80%.
    assert_eq!(first_cell(&data, "percentage of rows in Africa"), 80.0);
}

#[test]
fn which_x_is_most_common_colored_by_and_values_named_by_their_neighbour() {
    // Species: Human ×3, Droid ×2, Wookiee ×1. Blue eyes: B and E (C's skin is blue).
    let (_dir, data) = csv(
        "characters",
        "name,species,skin_color,eye_color,height,mass\nA,Human,fair,brown,170,70\n\
         B,Human,fair,blue,180,80\nC,Droid,blue,red,96,32\nD,Droid,gold,yellow,167,75\n\
         E,Human,light,blue,165,60\nF,Wookiee,brown,brown,228,112\n",
    );
    let answer = ask(&data, "which species is most common?", &svg()).unwrap();
    let rows = answer
        .table
        .unwrap_or_else(|| panic!("{}", answer.response))
        .rows;
    assert_eq!(
        (rows.len(), rows[0][0].as_str(), &rows[0][1]),
        (1, Some("Human"), &3.into())
    );
    assert_eq!(first_cell(&data, "how many characters have blue eyes?"), 2);
    // "colored by" is the chart's colour even beside a column named like it; with no
    // chart asked for, "by color by cut" groups by both: (D, Ideal) twice, (E, Good) once.
    let (_dir, gems) = csv(
        "gems",
        "carat,cut,color,price\n0.2,Good,E,300\n1.1,Ideal,D,5000\n0.7,Ideal,D,2500\n",
    );
    let answer = ask(&gems, "count by color by cut", &svg()).unwrap();
    let table = answer
        .table
        .unwrap_or_else(|| panic!("{}", answer.response));
    assert_eq!(table.columns, ["color", "cut", "count"]);
    assert_eq!(table.rows.len(), 2);
    assert_eq!(table.rows[0][2], 2);
    let (_dir, data) = csv(
        "gems",
        "carat,cut,color,price\n0.2,Good,E,300\n1.1,Ideal,D,5000\n0.7,Ideal,G,2500\n",
    );
    let spec = spec(&data, "price vs carat colored by cut");
    assert_eq!(
        (spec.x.as_deref(), spec.y.as_deref(), spec.color.as_deref()),
        (Some("carat"), Some("price"), Some("cut"))
    );
}

#[test]
fn two_measures_said_together_are_both_aggregated() {
    // Consumer: sales 100 + 50 = 150, profit 10 - 5 = 5; Corporate: sales 200, profit 40.
    let (_dir, data) = csv(
        "orders",
        "Segment,Sales,Profit\nConsumer,100,10\nCorporate,200,40\nConsumer,50,-5\n",
    );
    let answer = ask(&data, "sales and profit by segment", &svg()).unwrap();
    let table = answer
        .table
        .unwrap_or_else(|| panic!("{}", answer.response));
    assert_eq!(table.columns, ["Segment", "sum_Sales", "sum_Profit"]);
    assert_eq!(table.rows[0][1], 150.0);
    assert_eq!(table.rows[0][2], 5.0);
    assert_eq!(table.rows[1][1], 200.0);
    assert_eq!(table.rows[1][2], 40.0);
    assert!(answer.response.contains("Sales too"), "{}", answer.response);
    // Without groups: one row of both totals, 350 and 45.
    let answer = ask(&data, "total sales and profit", &svg()).unwrap();
    let row = &answer.table.unwrap().rows[0];
    assert_eq!(
        (row[0].as_f64(), row[1].as_f64()),
        (Some(350.0), Some(45.0))
    );
}

#[test]
fn amounts_in_another_unit_are_converted_to_the_columns() {
    // Masses in grams: above 5 kg (5000 g) are B (5200) and D (5650); flippers above 20 cm
    // (200 mm) are B (215) and D (230), not the bill lengths.
    let (_dir, data) = csv(
        "penguins",
        "species,bill_length_mm,flipper_length_mm,body_mass_g\nA,39.1,181,3750\n\
         B,46.5,215,5200\nC,38.0,190,4800\nD,50.0,230,5650\n",
    );
    assert_eq!(
        first_cell(&data, "how many penguins weigh more than 5 kg?"),
        2
    );
    assert_eq!(
        first_cell(&data, "how many penguins have flippers longer than 20 cm?"),
        2
    );
}

#[test]
fn a_plural_the_question_opens_with_before_conditions_lists_rows() {
    // Highway mpg over 30: b (44) and c (31).
    let (_dir, data) = csv(
        "vehicles",
        "model,hwy,class\na,29,suv\nb,44,compact\nc,31,compact\nd,12,pickup\n",
    );
    let answer = ask(&data, "cars with highway mpg over 30", &svg()).unwrap();
    let table = answer
        .table
        .unwrap_or_else(|| panic!("{}", answer.response));
    let models: Vec<&str> = table.rows.iter().filter_map(|r| r[0].as_str()).collect();
    assert_eq!(models, ["b", "c"]);
}

#[test]
fn each_row_noun_that_is_a_synonym_of_a_column_groups_by_it() {
    // In `stocks`, "each stock" is each `symbol`: MSFT (20 + 30) / 2 = 25, IBM 100.
    let (_dir, data) = csv(
        "stocks",
        "symbol,date,price\nMSFT,2008-01-01,20\nMSFT,2008-02-01,30\nIBM,2008-01-01,100\n",
    );
    let answer = ask(&data, "average price of each stock", &svg()).unwrap();
    let table = answer
        .table
        .unwrap_or_else(|| panic!("{}", answer.response));
    assert_eq!(table.columns, ["symbol", "mean_price"]);
    assert_eq!(
        table.rows[0],
        [serde_json::json!("IBM"), serde_json::json!(100.0)]
    );
    assert_eq!(
        table.rows[1],
        [serde_json::json!("MSFT"), serde_json::json!(25.0)]
    );
}

#[test]
fn how_many_of_a_count_column_is_its_sum() {
    // Rickey Henderson's 1986: 160 hits and 28 home runs in 608 at bats; Wade Boggs's 207
    // hits and 8 home runs. Walks in all: 89 + 105 = 194.
    let (_dir, data) = csv(
        "hitters",
        "player,AtBat,Hits,HmRun,Walks,hour\nRickey Henderson,608,160,28,89,1\n\
         Wade Boggs,580,207,8,105,2\n",
    );
    assert_eq!(
        first_cell(&data, "how many hits did Rickey Henderson have?"),
        160
    );
    assert_eq!(
        first_cell(&data, "how many home runs did Rickey Henderson hit?"),
        28
    );
    assert_eq!(first_cell(&data, "how many walks are there?"), 194);
    assert_eq!(first_cell(&data, "how many home runs in total?"), 36);
    // Rows counted by a unit the rows are in ("how many hours had ...") stay a count.
    assert_eq!(
        first_cell(&data, "how many hours had more than 100 walks?"),
        1
    );
    // An amount no column holds is not a count of the player's one row.
    let answer = ask(
        &data,
        "how many stolen bases did Rickey Henderson have?",
        &svg(),
    )
    .unwrap();
    assert!(answer.sql.is_none(), "{:?}", answer.sql);
    assert!(answer.response.contains("stolen"), "{}", answer.response);
}

#[test]
fn an_absence_is_the_value_that_says_none_where_the_data_has_one() {
    // Two cereals say "none" for vitamins; one has no entry at all (missing).
    let (_dir, data) = csv(
        "cereals",
        "cereal,vitamins,sugars\nA,enriched,6\nB,none,3\nC,none,0\nD,100%,12\nE,,4\n",
    );
    assert_eq!(
        first_cell(&data, "how many cereals have no added vitamins?"),
        2
    );
    // Without such a value, an absence is a missing value: one cereal has no sugars given.
    let (_dir, data) = csv("cereals", "cereal,sugars,mfr\nA,6,K\nB,,G\nC,0,K\n");
    assert_eq!(
        first_cell(&data, "how many cereals have no sugars recorded?"),
        1
    );
}

#[test]
fn an_average_per_period_of_data_with_one_row_per_period_is_over_the_rows() {
    // Three months, one row each: (110 + 95 + 40) / 3 = 81.67.
    let (_dir, data) = csv(
        "crimea",
        "date,other\n1854-04-01,110\n1854-05-01,95\n1855-04-01,40\n",
    );
    let answer = ask(&data, "average number of other deaths per month", &svg()).unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!(rows.len(), 1, "{:?}", answer.sql);
    assert!((rows[0][0].as_f64().unwrap() - 245.0 / 3.0).abs() < 1e-9);
    // "by month" still groups, by month of the year: April (110 + 40) / 2 = 75, May 95.
    let answer = ask(&data, "average other deaths by month", &svg()).unwrap();
    assert_eq!(answer.table.unwrap().rows.len(), 2, "{:?}", answer.sql);
    // Several rows a month: "per month" groups as before.
    let (_dir, data) = csv(
        "crimea",
        "date,other\n1854-04-01,110\n1854-04-15,95\n1854-05-01,40\n",
    );
    let answer = ask(&data, "average number of other deaths per month", &svg()).unwrap();
    assert_eq!(answer.table.unwrap().rows.len(), 2, "{:?}", answer.sql);
}

#[test]
fn an_amount_done_the_most_is_ranked_by_its_total() {
    // Coal: 3 + 3 + 3 = 9 in all, 3 a year; wind: 1 + 7 = 8 in all, 4 a year. The most
    // generated in all is coal's; the highest average is wind's.
    let (_dir, data) = csv(
        "power",
        "year,source,generation\n2001,coal,3\n2002,coal,3\n2003,coal,3\n2001,wind,1\n2002,wind,7\n",
    );
    let answer = ask(&data, "which source generated the most power?", &svg()).unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!(rows[0][0], "coal", "{:?}", answer.sql);
    assert_eq!(rows[0][1], 9);
    // A property is not an amount done: "the highest generation" is per row.
    let answer = ask(
        &data,
        "which source has the highest average generation?",
        &svg(),
    )
    .unwrap();
    assert_eq!(answer.table.unwrap().rows[0][0], "wind");
}

#[test]
fn a_text_column_counted_per_group_counts_its_distinct_values() {
    // Countries by continent over two years: Europe has 2 countries (4 rows), Asia 1.
    let (_dir, data) = csv(
        "gapminder",
        "country,continent,year,pop\nFrance,Europe,2002,59\nFrance,Europe,2007,61\n\
         Spain,Europe,2002,40\nSpain,Europe,2007,40\nJapan,Asia,2002,127\nJapan,Asia,2007,127\n",
    );
    let answer = ask(&data, "which continent has the most countries?", &svg()).unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!(
        (rows[0][0].clone(), rows[0][1].clone()),
        ("Europe".into(), 2.into())
    );
    // Rows counted by their own noun stay rows.
    let answer = ask(&data, "number of rows by continent", &svg()).unwrap();
    let rows = answer.table.unwrap().rows;
    assert!(rows.contains(&vec!["Europe".into(), 4.into()]), "{rows:?}");
}

#[test]
fn the_noun_with_the_extreme_is_the_row_asked_for() {
    let (_dir, data) = csv(
        "gapminder",
        "country,continent,year,gdp\nFrance,Europe,2007,30\nSpain,Europe,2007,25\n\
         Japan,Asia,2007,31\nFrance,Europe,2002,28\n",
    );
    let answer = ask(&data, "the country with the lowest gdp in 2007", &svg()).unwrap();
    assert_eq!(
        answer.table.unwrap().rows[0][0],
        "Spain",
        "{:?}",
        answer.sql
    );
    let penguins = Dataset::from_path("tests/fixtures/penguins.csv").unwrap();
    let answer = ask(&penguins, "the penguin with the largest body mass", &svg()).unwrap();
    let table = answer.table.unwrap();
    // The one Gentoo of 6300 g (a row, not the number alone).
    assert_eq!(table.rows.len(), 1);
    assert!(table.columns.len() > 1, "{:?}", table.columns);
    assert!(table.rows[0].contains(&"Gentoo".into()), "{:?}", table.rows);
}

#[test]
fn ordinals_and_opposites_of_yes_no_states_are_read() {
    // Five passengers: first class A (yes) and B (no), third class C (no), D (yes), E (no).
    let (_dir, data) = csv(
        "titanic",
        "name,survived,sex,passengerClass\nA,yes,female,1st\nB,no,male,1st\nC,no,male,3rd\n\
         D,yes,female,3rd\nE,no,male,3rd\n",
    );
    // "first class" is `1st`; "died" is survived = no: B.
    assert_eq!(
        first_cell(&data, "how many first class passengers died?"),
        1
    );
    // Of the 3 men, all died: 100%.
    assert_eq!(
        first_cell(&data, "what percentage of male passengers died?"),
        100.0
    );
    // "did not die" is the yes: A and D.
    assert_eq!(first_cell(&data, "how many passengers not died?"), 2);
}

#[test]
fn each_of_the_rows_noun_is_each_name_when_names_repeat_and_adjectives_name_quantities() {
    // Six observations of two storms: Amy's winds 25, 40, 30; Bob's 60, 45, 50.
    let (_dir, data) = csv(
        "storms",
        "name,year,wind\nAmy,1975,25\nAmy,1975,40\nAmy,1975,30\nBob,1976,60\nBob,1976,45\n\
         Bob,1976,50\n",
    );
    let answer = ask(&data, "maximum wind of each storm", &svg()).unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!(
        rows,
        vec![
            vec![serde_json::json!("Amy"), serde_json::json!(40)],
            vec![serde_json::json!("Bob"), serde_json::json!(60)]
        ],
        "{:?}",
        answer.sql
    );
    // "strongest" is said of a magnitude; "weakest" of the same, upwards.
    let (_dir, data) = csv(
        "quakes",
        "depth,mag,stations\n562,4.8,41\n650,4.2,15\n42,5.4,43\n",
    );
    assert_eq!(first_cell(&data, "the strongest magnitude"), 5.4);
    assert_eq!(first_cell(&data, "how deep was the weakest quake?"), 650);
}

#[test]
fn the_plain_quantity_beats_its_qualified_forms_and_ampersands_are_and() {
    let (_dir, data) = csv(
        "cars",
        "Model,Min.Price,Price,Max.Price,AirBags\nMetro,6.7,8.4,10.0,None\n\
         Festiva,6.9,7.4,7.9,Driver & Passenger\nPrizm,9.1,11.1,13.0,Driver only\n",
    );
    // The cheapest by Price is the Festiva (7.4), by Min.Price the Metro (6.7).
    let answer = ask(&data, "cheapest car", &svg()).unwrap();
    assert_eq!(
        answer.table.unwrap().rows[0][0],
        "Festiva",
        "{:?}",
        answer.sql
    );
    assert_eq!(
        first_cell(
            &data,
            "how many cars have airbags for driver and passenger?"
        ),
        1
    );
}

#[test]
fn a_column_said_in_several_words_is_not_the_rows_noun() {
    // The dataset's name makes "savings" a noun for its rows; "savings rate" is `sr`.
    let (_dir, data) = csv(
        "life_cycle_savings",
        "country,sr,pop15\nJapan,21.1,27.0\nChile,0.6,39.7\nItaly,14.3,24.5\n",
    );
    let answer = ask(&data, "which country has the highest savings rate?", &svg()).unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!(rows[0][0], "Japan", "{:?}", answer.sql);
    assert_eq!(rows[0][1], 21.1);
}

#[test]
fn a_count_column_is_summed_and_a_grammar_noun_may_be_abbreviated() {
    // `ncases` holds a number of cases per row: 3 + 0 + 5 + 2 = 10 in all; by `agegp`
    // ("age group", whose "gp" abbreviates the grammar word "group"): 25-34 has 3 + 0,
    // 35-44 has 5 + 2.
    let (_dir, data) = csv(
        "esoph",
        "agegp,tobgp,ncases,ncontrols\n25-34,0-9,3,40\n25-34,10-19,0,10\n\
         35-44,0-9,5,60\n35-44,10-19,2,12\n",
    );
    assert_eq!(first_cell(&data, "how many cases are there in total?"), 10);
    let answer = ask(&data, "number of cancer cases by age group", &svg()).unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!(
        rows,
        vec![
            vec![serde_json::json!("25-34"), serde_json::json!(3)],
            vec![serde_json::json!("35-44"), serde_json::json!(7)]
        ],
        "{:?}",
        answer.sql
    );
    // Groups with none: still a count of rows (one row has 0 cases).
    assert_eq!(first_cell(&data, "how many groups had no cases?"), 1);
}

#[test]
fn or_more_after_a_number_and_aged_for_age() {
    let (_dir, data) = csv(
        "pima",
        "bmi,bp,age\n30.0,70,50\n29.9,80,49\n35.2,90,61\n22.1,60,22\n",
    );
    // BMI 30 or more: 30.0 and 35.2.
    assert_eq!(
        first_cell(&data, "how many women have a BMI of 30 or more?"),
        2
    );
    // Aged 50 or older: bp 70 and 90, average 80.
    assert_eq!(
        first_cell(&data, "average bp of women aged 50 or older"),
        80.0
    );
    // 49 and under: 80 and 60.
    assert_eq!(
        first_cell(&data, "average bp at an age of 49 and under"),
        70.0
    );
}

#[test]
fn per_a_unit_is_the_quantitys_and_years_are_read_in_two_digits() {
    // Cigarette sales by state code and two-digit year; `price` in cents per pack.
    let (_dir, data) = csv(
        "cigarettes",
        "state,year,price,sales\n1,70,30.0,100.0\n1,71,110.0,90.0\n2,70,40.0,200.0\n\
         2,71,120.0,150.0\n3,70,50.0,60.0\n3,71,130.0,70.0\n",
    );
    // Above 100 cents a pack: 110, 120, 130.
    assert_eq!(
        first_cell(
            &data,
            "how many rows have a price per pack above 100 cents?"
        ),
        3
    );
    // "in 1970" is year 70: (30 + 40 + 50) / 3 = 40.
    assert_eq!(first_cell(&data, "average price in 1970"), 40.0);
    // By state code: 2 averages 175, 1 averages 95, 3 averages 65.
    let answer = ask(&data, "top 2 states by average sales per capita", &svg()).unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!(
        rows,
        vec![
            vec![serde_json::json!(2), serde_json::json!(175.0)],
            vec![serde_json::json!(1), serde_json::json!(95.0)]
        ],
        "{:?}",
        answer.sql
    );
    // A unit before its quantity is no group: the mean of all six sales is 670 / 6.
    let mean = first_cell(&data, "average per capita sales")
        .as_f64()
        .unwrap();
    assert!((mean - 670.0 / 6.0).abs() < 1e-9);
}

#[test]
fn how_often_a_name_comes_back_a_flag_against_its_negation_and_titles_are_not_kinds() {
    // Twenty winners (a title column of names mostly different needs a table of some
    // size to be told from a category).
    let mut text = String::from(
        "name,movie,birth_pl\nKatharine Hepburn,Morning Glory,Connecticut\n\
         Judy Holliday,Born Yesterday,New York\nKatharine Hepburn,On Golden Pond,Connecticut\n\
         Vivien Leigh,Gone with the Wind,India\nLaurence Olivier,Hamlet,England\n\
         Charles Laughton,The Private Life of Henry VIII,England\n",
    );
    for k in 0..14 {
        text.push_str(&format!("Actor {k},Film {k},Ohio\n"));
    }
    let (_dir, data) = csv("oscars", &text);
    // Hepburn is named twice, everyone else once.
    let answer = ask(&data, "who has won the most times?", &svg()).unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!(rows[0][0], "Katharine Hepburn", "{:?}", answer.sql);
    assert_eq!(rows[0][1], 2);
    // "born" is not the first word of the film "Born Yesterday": two born in England.
    assert_eq!(
        first_cell(&data, "how many winners were born in England?"),
        2
    );

    // A 0/1 `spam` said with its negation is two groups: (10 + 20) / 2 and (4 + 6) / 2.
    let (_dir, data) = csv("emails", "spam,num_char\n0,10\n1,4\n0,20\n1,6\n");
    let answer = ask(
        &data,
        "average number of characters in spam vs non-spam emails",
        &svg(),
    )
    .unwrap();
    assert_eq!(
        answer.table.unwrap().rows,
        vec![
            vec![serde_json::json!(0), serde_json::json!(15.0)],
            vec![serde_json::json!(1), serde_json::json!(5.0)]
        ],
        "{:?}",
        answer.sql
    );
}

#[test]
fn a_verb_names_the_count_its_noun_holds() {
    // Births per day: 10 + 30 + 20 = 60 born in all; the most on 1978-01-02.
    let (_dir, data) = csv(
        "births78",
        "date,births,birth_place\n1978-01-01,10,A\n1978-01-02,30,B\n1978-01-03,20,A\n",
    );
    assert_eq!(first_cell(&data, "how many babies were born in total?"), 60);
    let answer = ask(&data, "on which date were the most babies born?", &svg()).unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!(rows[0][0], "1978-01-02", "{:?}", answer.sql);
    // Deaths in a `fatal` column: 5 + 7.
    let (_dir, data) = csv("roads", "state,year,fatal\nal,1982,5\nal,1983,7\n");
    assert_eq!(first_cell(&data, "total traffic deaths"), 12);
}

#[test]
fn a_total_row_under_the_rows_is_left_out() {
    let (_dir, data) = csv(
        "medals",
        "Rank,Nation,Gold,Silver\n1,Brazil,45,30\n2,China,37,\n3,Italy,14,9\nTotal,Total,96,39\n",
    );
    let answer = ask(&data, "which nation won the most gold medals?", &svg()).unwrap();
    assert_eq!(
        answer.table.unwrap().rows[0][0],
        "Brazil",
        "{:?}",
        answer.sql
    );
    // 45 + 37 + 14, not twice that.
    assert_eq!(first_cell(&data, "total gold medals"), 96);
    // The nation without a silver count is still a nation other than the total: 3.
    assert_eq!(first_cell(&data, "how many nations are there?"), 3);
}

#[test]
fn none_of_a_number_never_missing_is_zero() {
    // `Silver` is never missing: "no silver" is 0 (Italy and Kenya); with a missing
    // value it would be the missing ones.
    let (_dir, data) = csv(
        "games",
        "Nation,Gold,Silver\nBrazil,45,30\nItaly,14,0\nKenya,6,0\nChina,37,12\n",
    );
    assert_eq!(
        first_cell(&data, "how many nations won no silver medals?"),
        2
    );
    let (_dir, data) = csv(
        "games",
        "Nation,Gold,Silver\nBrazil,45,30\nItaly,14,0\nKenya,6,\nChina,37,12\n",
    );
    assert_eq!(
        first_cell(&data, "how many nations have no silver recorded?"),
        1
    );
}

#[test]
fn a_text_column_asked_for_in_the_matching_rows_is_looked_up() {
    let (_dir, data) = csv(
        "results",
        "Year,Competition,Venue,Position\n1996,World Juniors,\"Sydney, Australia\",15th\n\
         1996,Asian Juniors,\"New Delhi, India\",1st\n1999,World Championships,\"Seville, Spain\",6th\n",
    );
    let answer = ask(&data, "what was the venue in 1999?", &svg()).unwrap();
    assert_eq!(
        answer.response,
        "The Venue where Year = 1999 is Seville, Spain."
    );
    let answer = ask(&data, "what was the venue when he placed first?", &svg()).unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][0], "New Delhi, India", "{:?}", answer.sql);
    // Narrowing words without a question word after an answer are a follow-up, not a
    // lookup: still the count, now of 1996 only.
    let first = ask(&data, "how many competitions are there?", &svg()).unwrap();
    let plan = first.plan.unwrap();
    let answer = ask(&data, "only in 1996", &after(&plan)).unwrap();
    assert_eq!(answer.table.unwrap().rows[0][0], 2, "{:?}", answer.sql);
}

#[test]
fn years_in_a_column_of_years_and_no_calendar_in_a_time_of_day() {
    // `Season` holds years; `Race Time` is a time of day (no year in it). Bourdais won in
    // 2005 and 2007: twice between 2005 and 2007.
    let (_dir, data) = csv(
        "races",
        "Season,Driver,Race Time\n2005,Sebastien Bourdais,1:38:55\n\
         2006,Justin Wilson,1:40:30\n2007,Sebastien Bourdais,1:45:41\n2008,Scott Dixon,1:51:06\n",
    );
    let answer = ask(
        &data,
        "how many times did sebastien bourdais win between 2005 and 2007?",
        &svg(),
    )
    .unwrap();
    assert_eq!(
        answer.table.unwrap().rows[0][0],
        2,
        "{:?} {}",
        answer.sql,
        answer.response
    );
    // A lookup that names its column twice asks for it once.
    let answer = ask(
        &data,
        "what was the driver where the driver won in 2006?",
        &svg(),
    )
    .unwrap();
    assert_eq!(answer.table.unwrap().rows[0][0], "Justin Wilson");
}

#[test]
fn a_column_of_one_value_is_no_time_axis() {
    // One year of dates with a `year` column that holds only 1978: the dates go across.
    let (_dir, data) = csv(
        "births78",
        "date,births,year\n1978-01-01,7701,1978\n1978-01-02,7527,1978\n1978-01-03,8825,1978\n",
    );
    let chart = spec(&data, "line chart of daily births over the year");
    assert_eq!(chart.x.as_deref(), Some("date"));
    assert_eq!(chart.y.as_deref(), Some("births"));
}

#[test]
fn an_aggregate_word_spelt_inside_a_name_is_part_of_it() {
    // `poptotal` is "total population": 100 + 50 in the North, 30 in the South; the whole is 180.
    let (_dir, data) = csv(
        "towns",
        "town,region,poptotal,popadults\nx,North,100,70\ny,North,50,40\nz,South,30,20\n",
    );
    let answer = ask(&data, "total population by region", &svg()).unwrap();
    let rows = answer
        .table
        .unwrap_or_else(|| panic!("{}", answer.response))
        .rows;
    assert_eq!(rows.len(), 2, "{:?}", answer.sql);
    assert_eq!(
        (rows[0][0].as_str(), rows[0][1].as_i64()),
        (Some("North"), Some(150))
    );
    assert_eq!(
        (rows[1][0].as_str(), rows[1][1].as_i64()),
        (Some("South"), Some(30))
    );
    // The North's share of the total population: 150 / 180 = 83.33%.
    let share = first_cell(
        &data,
        "what share of the total population lives in the North?",
    );
    assert!(
        (share.as_f64().unwrap() - 250.0 / 3.0).abs() < 1e-6,
        "{share}"
    );
    // The word still asks for its aggregate: the sum is 180, the mean 60; in the name's own
    // order too.
    assert_eq!(first_cell(&data, "total population"), 180);
    assert_eq!(first_cell(&data, "average total population"), 60.0);
    assert_eq!(first_cell(&data, "what is the population total?"), 180);
}

/// Four countries: name, savings rate, percentage under 15, percentage over 75.
const AGES: &str = "country,sr,pop15,pop75\nA,10,45,1.5\nB,4,20,4.0\nC,8,42,2.5\nD,12,30,3.5\n";

#[test]
fn a_word_and_its_bracket_name_a_stem_and_number_column() {
    // "population under 15" is `pop15`, "population over 75" is `pop75`: over 3 are B (4.0)
    // and D (3.5).
    let (_dir, data) = csv("ages", AGES);
    assert_eq!(
        first_cell(
            &data,
            "how many countries have a population over 75 above 3"
        ),
        2
    );
    let chart = spec(&data, "savings rate vs the population under 15");
    assert_eq!(
        (chart.x.as_deref(), chart.y.as_deref()),
        (Some("pop15"), Some("sr"))
    );
    // The bracket must be the name's own number: "population under 20" is neither column.
    let answer = ask(&data, "savings rate vs the population under 20", &svg()).unwrap();
    assert!(answer.plot.is_none(), "{}", answer.response);
}

#[test]
fn a_percentage_of_a_column_of_percentages_compares_that_column() {
    // "more than 3% of their population over 75": pop75 > 3 → B and D.
    let (_dir, data) = csv("ages", AGES);
    assert_eq!(
        first_cell(
            &data,
            "how many countries have more than 3% of their population over 75?"
        ),
        2
    );
}

#[test]
fn an_aggregate_of_the_rows_noun_is_not_one_group_per_row() {
    // One row per country: "average savings rate of countries" is the mean of all rows,
    // (10 + 4 + 8 + 12) / 4 = 8.5; where over 40% are under 15, A and C: (10 + 8) / 2 = 9.
    let (_dir, data) = csv("ages", AGES);
    assert_eq!(first_cell(&data, "average savings rate of countries"), 8.5);
    assert_eq!(
        first_cell(
            &data,
            "average savings rate of countries where more than 40% of the population is under 15"
        ),
        9.0
    );
}

#[test]
fn how_many_times_counts_the_rows_that_say_so() {
    // Three rows won by Lyon, one by Nice: "how many times" is a count of rows.
    let (_dir, data) = csv(
        "finals",
        "year,winner,venue\n2001,Lyon,Paris\n2002,Nice,Paris\n2003,Lyon,Rome\n2004,Lyon,Paris\n",
    );
    assert_eq!(first_cell(&data, "how many times did Lyon win?"), 3);
    assert_eq!(first_cell(&data, "how many times was the venue Paris?"), 3);
    // A ratio is not a count of rows: it is refused, not answered with one.
    let answer = ask(
        &data,
        "how many times more finals did Lyon win than Nice?",
        &svg(),
    )
    .unwrap();
    assert_ne!(
        answer.table.map(|t| t.rows[0][0].clone()),
        Some(serde_json::json!(3)),
        "{}",
        answer.response
    );
}

#[test]
fn a_value_spelt_as_said_beats_one_that_only_reads_the_same() {
    // `*Cleveland Freeze` (2 rows, a footnote mark) sorts before `Cleveland Freeze` (1 row);
    // both read "cleveland freeze". The value as said wins, on every run.
    let (_dir, data) = csv(
        "games",
        "game,opponent\n1,*Cleveland Freeze\n2,Cleveland Freeze\n3,*Cleveland Freeze\n4,Dallas\n",
    );
    for _ in 0..3 {
        assert_eq!(
            first_cell(&data, "how many games against the cleveland freeze?"),
            1
        );
    }
}

#[test]
fn the_chart_a_question_reads_and_an_area_that_is_data_draw_nothing() {
    // Four districts; two have an area over 5000 (7200 and 5100); "north" appears twice.
    let (_dir, data) = csv(
        "districts",
        "district,region,area\nA,north,7200\nB,south,1200\nC,north,5100\nD,east,800\n",
    );
    assert_eq!(
        first_cell(&data, "how many districts have an area over 5000?"),
        2
    );
    assert_eq!(
        first_cell(&data, "how many districts are listed on this chart?"),
        4
    );
    // Asked for, the chart is drawn.
    let chart = spec(&data, "bar chart of area by district");
    assert_eq!(chart.kind, blinq_core::plot::PlotKind::Bar);
}

#[test]
fn a_kind_counted_in_a_column_of_counts_is_summed() {
    // Each row holds how many medals of each kind a nation won: Kenya's silver is 3 + 8 = 11
    // over its two rows; every silver medal, 1 + 3 + 8 = 12; rows where Kenya won any: 2.
    let (_dir, data) = csv(
        "medals",
        "nation,gold,silver\nKenya (KEN),4,3\nPeru (PER),0,1\nKenya (KEN),2,8\n",
    );
    assert_eq!(
        first_cell(&data, "how many silver medals did Kenya win?"),
        11
    );
    assert_eq!(
        first_cell(&data, "what was the number of silver medals won by kenya?"),
        11
    );
    assert_eq!(first_cell(&data, "how many silver medals were won?"), 12);
}

#[test]
fn first_or_last_with_nothing_to_rank_is_the_order_of_the_rows() {
    // No date: the rows as the file lists them. The last city is Lima; the first in the
    // south is Rome; the last two are Rome and Lima, last first.
    let (_dir, data) = csv(
        "cities",
        "city,region\nOslo,north\nRome,south\nNice,south\nLima,west\n",
    );
    assert_eq!(first_cell(&data, "which city is listed last?"), "Lima");
    assert_eq!(first_cell(&data, "which city is listed first?"), "Oslo");
    assert_eq!(
        first_cell(&data, "what is the first city in the south region?"),
        "Rome"
    );
    // With a date, by the date: the file lists 2003 first, the first film is from 1999.
    let (_dir, data) = csv(
        "films",
        "title,released\nBeta,2003-05-01\nAlpha,1999-02-01\nGamma,2010-07-01\n",
    );
    assert_eq!(first_cell(&data, "what was the first film?"), "Alpha");
    assert_eq!(first_cell(&data, "what was the last film?"), "Gamma");
}

#[test]
fn the_row_after_or_before_a_value_is_the_files_next_or_previous_row() {
    // Oslo, Rome, Nice, Lima in that order: after Rome is Nice, before Nice is Rome; the
    // region of the row after Oslo is Rome's, south.
    let (_dir, data) = csv(
        "cities",
        "city,region\nOslo,north\nRome,south\nNice,south\nLima,west\n",
    );
    assert_eq!(first_cell(&data, "which city comes after Rome?"), "Nice");
    assert_eq!(
        first_cell(&data, "what city is listed before Nice?"),
        "Rome"
    );
    assert_eq!(first_cell(&data, "the city previous to Lima"), "Nice");
    assert_eq!(
        first_cell(&data, "which region comes next after Oslo?"),
        "south"
    );
    let answer = ask(&data, "which city comes after Rome?", &svg()).unwrap();
    assert_eq!(
        answer.response,
        "The city of the row after the one where city = Rome is Nice."
    );
    // A number after "after" is still a comparison: the cities listed after row 2 are not
    // asked for here, "after 2000" over a year column keeps its meaning.
    let (_dir, data) = csv("films", "title,year\nA,1999\nB,2003\nC,2010\n");
    assert_eq!(first_cell(&data, "how many films came out after 2000?"), 2);
}

#[test]
fn a_comparison_between_values_offered_by_or_names_the_one_that_ranks_first() {
    // Cuba 3+2 = 5 silver over two rows, Brazil 4: "more" of an amount adds up the rows,
    // so Cuba, though Brazil has the largest single row.
    let (_dir, data) = csv(
        "medals",
        "nation,year,silver,gold\nCuba,2000,3,1\nBrazil,2000,4,0\nCuba,2004,2,2\nPeru,2004,9,0\n",
    );
    assert_eq!(
        first_cell(&data, "who had more silver medals, cuba or brazil?"),
        "Cuba"
    );
    assert_eq!(
        rows(&data, "who had more silver medals, cuba or brazil?").len(),
        1
    );
    // Fewer is the other end; Peru, not offered, is never the answer.
    assert_eq!(
        first_cell(&data, "which nation won fewer silver medals: peru or cuba?"),
        "Cuba"
    );
    // No quantity named: "more" counts the rows of values that come back (Cuba twice).
    assert_eq!(
        first_cell(&data, "which nation appears more, brazil or cuba?"),
        "Cuba"
    );
    // "earlier" with no quantity ranks by the file's order.
    assert_eq!(
        first_cell(&data, "which nation is listed earlier, peru or brazil?"),
        "Brazil"
    );
    // One row each and nothing to compare by: say so rather than guess.
    let (_dir, data) = csv("teams", "team,coach\nAces,Ann\nBees,Bo\n");
    let refused = ask(&data, "does aces or bees have more fans?", &svg()).unwrap();
    assert!(refused.table.is_none());
    assert!(
        refused.response.contains("to choose between Aces and Bees"),
        "{}",
        refused.response
    );
    // "and" is no choice: both values are given.
    let (_dir, data) = csv("medals", "nation,silver\nCuba,3\nBrazil,4\n");
    assert_eq!(rows(&data, "silver medals of cuba and brazil").len(), 2);
}

#[test]
fn how_many_more_and_the_difference_take_one_values_aggregate_from_the_others() {
    // Gold by nation: Chad 5 + 2 = 7 over two rows, Peru 3, Mali 10 (never asked).
    let (_dir, data) = csv(
        "medals",
        "nation,year,gold\nChad,2000,5\nPeru,2000,3\nChad,2004,2\nMali,2004,10\n",
    );
    let answer = ask(
        &data,
        "how many more gold medals did chad win than peru?",
        &svg(),
    )
    .unwrap();
    assert_eq!(
        answer.table.as_ref().unwrap().rows,
        vec![vec![serde_json::json!(4)]]
    );
    assert_eq!(
        answer.response,
        "The total gold where nation = Chad minus that where nation = Peru is 4."
    );
    // The other way round it is negative, said as it is; "fewer" turns it.
    assert_eq!(
        first_cell(&data, "how many more gold medals did peru win than chad?"),
        -4
    );
    assert_eq!(
        first_cell(&data, "how many fewer gold medals did peru win than chad?"),
        4
    );
    // "difference" is its size, within the other conditions said (2000 only: 5 - 3).
    assert_eq!(
        first_cell(
            &data,
            "what is the difference in gold between peru and chad?"
        ),
        4
    );
    assert_eq!(
        first_cell(
            &data,
            "the difference in gold between peru and chad in 2000"
        ),
        2
    );
    // No quantity: "how many more rows" counts them (Chad 2, Peru 1).
    assert_eq!(
        first_cell(
            &data,
            "how many more rows are there for chad than for peru?"
        ),
        1
    );
}

#[test]
fn a_difference_of_one_row_each_needs_a_number() {
    // One row per nation and no quantity named: counting rows would always give 0.
    let (_dir, data) = csv("medals", "nation,gold\nChad,5\nPeru,3\n");
    let answer = ask(
        &data,
        "how many more prizes did chad earn than peru?",
        &svg(),
    )
    .unwrap();
    assert!(answer.table.is_none(), "{}", answer.response);
    assert!(
        answer
            .response
            .contains("to take Peru from Chad I need a number"),
        "{}",
        answer.response
    );
}

#[test]
fn which_with_conditions_and_nothing_to_measure_looks_the_rows_up() {
    let (_dir, data) = csv(
        "athletes",
        "athlete,nation,year\nKim,South Korea,2010\nLee,South Korea,2014\nMao,Japan,2010\n",
    );
    let table = rows(&data, "which athlete was from south korea?");
    assert_eq!(
        table,
        vec![
            vec![serde_json::json!("Kim"), serde_json::json!("South Korea")],
            vec![serde_json::json!("Lee"), serde_json::json!("South Korea")],
        ]
    );
    assert_eq!(
        first_cell(&data, "which athlete competed for japan?"),
        "Mao"
    );
}

#[test]
fn the_same_column_as_a_value_picks_rows_sharing_it_but_not_the_value_itself() {
    // Ann and Cy are both setters; Bo is a libero.
    let (_dir, data) = csv(
        "players",
        "player,position,points\nAnn,setter,3\nBo,libero,5\nCy,setter,7\n",
    );
    assert_eq!(
        rows(&data, "which players played the same position as ann?"),
        vec![vec![serde_json::json!("Cy"), serde_json::json!("setter")]]
    );
    let answer = ask(
        &data,
        "which players played the same position as ann?",
        &svg(),
    )
    .unwrap();
    assert_eq!(
        answer.response,
        "1 matching row where position is the same as where player = Ann (those rows left out)."
    );
    // It narrows any question: the points of the other setters.
    assert_eq!(
        first_cell(
            &data,
            "total points of players with the same position as ann"
        ),
        7
    );
}

#[test]
fn which_is_the_only_noun_with_a_condition_asks_for_a_row() {
    // The file's name says nothing of its rows: "station" is known only as the thing asked.
    let (_dir, data) = csv("t204", "network,affiliates\nTV A,5\nTV B,8\nTV C,3\n");
    assert_eq!(
        first_cell(&data, "which is the only station with 8 affiliates?"),
        "TV B"
    );
    // A noun before "of" is something of the rows, not the rows: still refused.
    let answer = ask(&data, "what is the fuel efficiency of TV A?", &svg()).unwrap();
    assert!(answer.table.is_none(), "{}", answer.response);
}

#[test]
fn how_long_with_no_quantity_named_is_the_column_of_times() {
    let (_dir, data) = csv(
        "swims",
        "name,lane,time\nIrie,5,1:55.72\nLochte,4,1:53.94\n",
    );
    // The time as written (the name that picked it is the same on every row: not shown).
    let answer = ask(&data, "how long did it take irie to finish?", &svg()).unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!(rows, vec![vec![serde_json::json!("1:55.72")]]);
    // Read as seconds, "the longest time" ranks 1:55.72 (115.72 s) above 1:53.94, and a
    // time under a minute below both.
    let (_dir, mixed) = csv(
        "swims",
        "name,time\nIrie,1:55.72\nLochte,1:53.94\nPoll,57.43\nKing,DNS\nSmith,2:01.10\n",
    );
    assert_eq!(first_cell(&mixed, "who had the longest time?"), "Smith");
    assert_eq!(first_cell(&mixed, "who had the shortest time?"), "Poll");
    assert_eq!(
        first_cell(&mixed, "how many swimmers had a time under 1:55?"),
        2
    );
}

#[test]
fn a_count_of_a_column_whose_value_is_said_counts_its_rows() {
    // Norra three times, Södra once: the rows, not the one distinct value.
    let (_dir, data) = csv(
        "seasons",
        "season,section\n1990,Norra\n1991,Norra\n1992,Södra\n1993,Norra\n",
    );
    assert_eq!(
        first_cell(&data, "how many times was norra listed as the section?"),
        3
    );
    assert_eq!(
        first_cell(&data, "what is the number of times norra is the section?"),
        3
    );
    // With no value said, a count of a text column is still its distinct values.
    assert_eq!(first_cell(&data, "how many sections are there?"), 2);
}

#[test]
fn which_group_has_the_most_is_the_first_group_and_any_tied_with_it() {
    // Mean mass: Adelie 3700, Chinstrap 3700, Gentoo 5000; counts 2, 2, 1.
    let (_dir, data) = csv(
        "birds",
        "species,mass\nAdelie,3600\nAdelie,3800\nGentoo,5000\nChinstrap,3500\nChinstrap,3900\n",
    );
    assert_eq!(
        rows(&data, "which species has the highest average mass?"),
        vec![vec![serde_json::json!("Gentoo"), serde_json::json!(5000.0)]]
    );
    // A tie is shown as a tie, not settled by the names' order.
    assert_eq!(
        rows(&data, "which species has the lowest average mass?"),
        vec![
            vec![serde_json::json!("Adelie"), serde_json::json!(3700.0)],
            vec![serde_json::json!("Chinstrap"), serde_json::json!(3700.0)],
        ]
    );
    assert_eq!(
        ask(&data, "which species has the lowest average mass?", &svg())
            .unwrap()
            .response,
        "Adelie and Chinstrap tie for the lowest average mass (3,700)."
    );
    let answer = ask(&data, "which species has the highest average mass?", &svg()).unwrap();
    // "plot it" draws every group, not the one answer.
    let chart = ask(&data, "plot it", &after(answer.plan.as_ref().unwrap())).unwrap();
    assert_eq!(chart.plot.unwrap().spec.limit, None);
}

#[test]
fn numbers_written_with_a_unit_are_read_as_numbers() {
    // Prominence as scraped tables write it; a placeholder for one peak.
    let (_dir, data) = csv(
        "peaks",
        "peak,prominence\nWhitney,\"10,080 ft\"\nRainier,\"13,210 ft\"\nHood,\"7,706 ft\"\nShasta,\"9,772 ft\"\nAdams,—\n",
    );
    assert_eq!(
        rows(&data, "which peak has a prominence more than 10,000 ft?"),
        vec![
            vec![serde_json::json!("Whitney"), serde_json::json!("10,080 ft")],
            vec![serde_json::json!("Rainier"), serde_json::json!("13,210 ft")],
        ]
    );
    assert_eq!(
        first_cell(&data, "what is the highest prominence?"),
        13210.0
    );
    // (10080 + 13210 + 7706 + 9772) / 4: the placeholder is no number.
    assert_eq!(first_cell(&data, "average prominence"), 10192.0);
    let answer = ask(&data, "average prominence", &svg()).unwrap();
    assert!(
        answer.sql.as_deref().unwrap().contains("TRY_CAST("),
        "{:?}",
        answer.sql
    );
}

#[test]
fn first_and_last_follow_dates_not_times_taken_and_dates_written_out_are_dates() {
    // A race: the time taken is no date; the file lists drivers in finishing order.
    let (_dir, data) = csv(
        "race",
        "driver,time\nAlonso,1:31:33.736\nMassa,+2.5 secs\nAlbers,+1 lap\n",
    );
    assert_eq!(first_cell(&data, "who finished last?"), "Albers");
    // Dates written out ("December 4, 1960") load as dates: the first game is the earliest,
    // whatever the file's order, and a day said in words picks its row.
    let (_dir, data) = csv(
        "games",
        "date,site\n\"December 4, 1960\",Memorial\n\"September 18, 1960\",Memorial\n",
    );
    assert_eq!(
        first_cell(&data, "what date was the first game at memorial?"),
        "1960-09-18"
    );
    assert_eq!(
        first_cell(&data, "how many games were played on 4 december 1960?"),
        1
    );
}

#[test]
fn first_and_last_of_a_column_of_years_are_the_earliest_and_the_latest() {
    // The file lists the younger university first; "founded first" is the earliest year.
    let (_dir, data) = csv(
        "universities",
        "university,founded,students\nMIT,1861,11000\nHarvard,1636,21000\nRice,1912,8000\n",
    );
    assert_eq!(
        first_cell(&data, "which university was founded first?"),
        "Harvard"
    );
    assert_eq!(
        first_cell(&data, "which university was founded last?"),
        "Rice"
    );
    // Not years: "first" over a count is still the largest.
    assert_eq!(
        first_cell(&data, "which university is first in students?"),
        "Harvard"
    );
}

#[test]
fn at_least_and_at_most_compare_and_never_rank() {
    let (_dir, data) = csv("players", "player,goals\nAnn,25\nBea,20\nCid,3\nDee,31\n");
    assert_eq!(
        first_cell(&data, "how many players scored at least 20 goals?"),
        3
    );
    assert_eq!(
        first_cell(&data, "how many players scored at most 20 goals?"),
        2
    );
}

#[test]
fn two_values_of_one_column_set_against_each_other_are_groups() {
    // `weekday` is also a column (a flag); "weekends vs weekdays" are `dayType`'s values.
    let (_dir, data) = csv(
        "trail",
        "weekday,dayType,volume\ntrue,weekday,300\ntrue,weekday,400\nfalse,weekend,500\n",
    );
    let answer = ask(&data, "average volume on weekends vs weekdays", &svg()).unwrap();
    let table = answer.table.expect("a table");
    // Groups in name order: weekday (300 and 400), weekend (500).
    let rows: Vec<(String, f64)> = table
        .rows
        .iter()
        .map(|r| (r[0].as_str().unwrap().to_string(), r[1].as_f64().unwrap()))
        .collect();
    assert_eq!(
        rows,
        [
            ("weekday".to_string(), 350.0),
            ("weekend".to_string(), 500.0)
        ],
        "{}",
        answer.response
    );
}

#[test]
fn a_word_of_frequency_is_a_period_of_the_date() {
    // "daily" is not `day_of_year`: the line is births over the dates.
    let (_dir, data) = csv(
        "births",
        "date,births,day_of_year\n2020-01-01,10,1\n2020-01-02,12,2\n2020-02-01,20,32\n",
    );
    let chart = spec(&data, "line chart of daily births");
    assert_eq!(chart.x.as_deref(), Some("date"));
    assert_eq!(chart.y.as_deref(), Some("births"));
    // "monthly births": a total per month of the date (10 + 12 in January).
    assert_eq!(first_cell(&data, "monthly births"), 1);
    let answer = ask(&data, "monthly births", &svg()).unwrap();
    let table = answer.table.unwrap();
    assert_eq!(table.rows[0][1].as_f64(), Some(22.0), "{}", answer.response);
    assert_eq!(table.rows[1][1].as_f64(), Some(20.0), "{}", answer.response);
}

#[test]
fn how_many_total_of_a_text_column_is_a_count() {
    let (_dir, data) = csv(
        "books",
        "title,publisher\nAlpha,Walker\nBeta,Walker\nGamma,Puffin\n",
    );
    assert_eq!(
        first_cell(&data, "how many total titles were published by walker?"),
        2
    );
}

#[test]
fn an_amount_in_two_units_after_a_slash_reads_as_its_first() {
    // Heights "feet / metres": taller than 500 (feet) are A and C.
    let (_dir, data) = csv(
        "buildings",
        "name,height ft / m\nA,629 / 192\nB,400 / 122\nC,550 / 168\n",
    );
    assert_eq!(
        first_cell(&data, "how many buildings are taller than 500?"),
        2
    );
    assert_eq!(first_cell(&data, "which building is the tallest?"), "A");
}

#[test]
fn an_amount_then_in_and_a_column_is_a_condition_on_it() {
    let (_dir, data) = csv("cities", "city,population\nA,800\nB,5000\nC,990\n");
    assert_eq!(
        first_cell(&data, "how many cities are below 1000 in population?"),
        2
    );
}

#[test]
fn a_place_after_in_matches_a_part_of_comma_separated_values() {
    let (_dir, data) = csv(
        "games",
        "venue,score\n\"Bazaly, Ostrava\",1\n\"Letna, Prague\",2\n\"Vitkovice, Ostrava\",3\n",
    );
    assert_eq!(
        first_cell(&data, "how many games took place in ostrava?"),
        2
    );
}

#[test]
fn entries_on_this_list_are_the_rows() {
    let (_dir, data) = csv(
        "stations",
        "branding,callsign\nMix,DXAB\nStar,DXCD\nLove,DXEF\n",
    );
    assert_eq!(
        first_cell(&data, "how many total entries are on this list?"),
        3
    );
    // A noun nothing names, with no word of listing: still not every row.
    let answer = ask(&data, "how many stations play jazz?", &svg()).unwrap();
    assert!(answer.table.is_none(), "{}", answer.response);
}

#[test]
fn in_the_top_n_is_a_condition_on_the_places() {
    let (_dir, data) = csv(
        "race",
        "rank,name,nation\n1,Ann,Italy\n2,Bea,Sweden\n3,Cid,Italy\n4,Dee,Italy\n",
    );
    // Ranks 1 to 3: Ann and Cid are Italian.
    assert_eq!(
        first_cell(&data, "how many italians finished in the top three?"),
        2
    );
    assert_eq!(
        first_cell(&data, "who from sweden finished in the top 3?"),
        "Bea"
    );
}

#[test]
fn above_and_below_are_the_tables_order_and_before_and_after_are_times() {
    // Winners listed newest first: 2011 Ann, 2010 (no winner), 2009 Bea, 2008 Cy, 2007 Dee.
    let (_dir, data) = csv(
        "winners",
        "team,year,coach\nAnn,2011,Xu\n,2010,\nBea,2009,Yi\nCy,2008,Zed\nDee,2007,Wu\n",
    );
    // In time, before 2008's Cy came 2007's Dee, and after Cy came Bea (2009).
    assert_eq!(first_cell(&data, "which team won before Cy?"), "Dee");
    assert_eq!(first_cell(&data, "which team won previous to Cy?"), "Dee");
    assert_eq!(first_cell(&data, "who won after Cy?"), "Bea");
    // In the table, above Cy is Bea and below Bea is Cy; "listed" and "comes" are the
    // table's order too.
    assert_eq!(first_cell(&data, "which team is listed above Cy?"), "Bea");
    assert_eq!(first_cell(&data, "the team below Bea"), "Cy");
    assert_eq!(first_cell(&data, "what team comes before Cy"), "Bea");
    // The row with no team is not the team after Ann: the next row naming one is.
    assert_eq!(first_cell(&data, "which team is listed after Ann?"), "Bea");
    // "who": the row is named as the anchor is, before what it is asked by ("ranked").
    let (_dir, ranked) = csv("ranks", "nation,rank\nPeru,1\nChad,2\nFiji,3\n");
    assert_eq!(first_cell(&ranked, "who ranked right after Chad?"), "Fiji");
    // The last team on the chart is where the table ends, whatever the years say.
    assert_eq!(
        first_cell(&data, "what is the last team on the chart"),
        "Dee"
    );
    assert_eq!(first_cell(&data, "which team won last?"), "Ann");
}

#[test]
fn numbers_grouped_by_spaces_are_numbers_and_who_most_is_the_top_one() {
    // Revenue written as SI and Polish tables write it; PKN's 79 037 121 is the largest,
    // Orange's 14 922 000 the smallest.
    let (_dir, data) = csv(
        "companies",
        "company,revenue\nPKN,79 037 121\nOrange,14 922 000\nKGHM,20 097 392\n",
    );
    assert_eq!(
        first_cell(&data, "which company had the most revenue?"),
        "PKN"
    );
    assert_eq!(first_cell(&data, "total revenue"), 114_056_513);
    // "who scored the most points": the top name only (Bo: 5 + 4 = 9 over Al's 7), and
    // names tied at the top both.
    let (_dir, data) = csv("scores", "player,points\nAl,7\nBo,5\nCy,3\nBo,4\n");
    let answer = ask(&data, "who scored the most points?", &svg()).unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (rows[0][0].as_str(), rows[0][1].as_f64()),
        (Some("Bo"), Some(9.0))
    );
    let (_dir, data) = csv("scores", "player,points\nAl,9\nBo,5\nCy,3\nBo,4\n");
    let answer = ask(&data, "who scored the most points?", &svg()).unwrap();
    assert_eq!(answer.table.unwrap().rows.len(), 2);
}

#[test]
fn more_or_less_and_yes_or_no_comparisons_answer_in_words() {
    // Chad: 3 + 2 = 5 medals, Peru: 4, Fiji: 5.
    let (_dir, data) = csv("medals", "nation,medals\nChad,3\nPeru,4\nChad,2\nFiji,5\n");
    let answer = ask(&data, "did chad win more or less medals than peru?", &svg()).unwrap();
    assert_eq!(
        answer.response,
        "More: the total medals where nation = Chad is 5, where nation = Peru 4."
    );
    let rows = answer.table.unwrap().rows;
    assert_eq!(
        (rows[0][1].as_f64(), rows[0][2].as_f64()),
        (Some(5.0), Some(4.0))
    );
    assert_eq!(
        first_cell(&data, "did peru win more or fewer medals than chad?"),
        "fewer"
    );
    assert_eq!(
        first_cell(&data, "did chad win more or less medals than fiji?"),
        "the same"
    );
    assert_eq!(
        first_cell(&data, "did chad win more medals than peru?"),
        "yes"
    );
    assert_eq!(
        first_cell(&data, "does peru have more medals than chad?"),
        "no"
    );
    assert_eq!(
        first_cell(&data, "did peru win fewer medals than chad?"),
        "yes"
    );
    // Equal is no to either.
    assert_eq!(
        first_cell(&data, "did fiji win more medals than chad?"),
        "no"
    );
}

#[test]
fn a_yes_no_question_with_a_comparison_answers_yes_or_no() {
    // Towers built 1810, 1850 and 1901: one before 1820, none before 1805.
    let (_dir, data) = csv("towers", "name,year\nA,1810\nB,1850\nC,1901\n");
    let answer = ask(&data, "were any towers built before the year 1820?", &svg()).unwrap();
    assert_eq!(answer.response, "Yes: 1 row where year < 1820.");
    assert_eq!(
        answer.table.unwrap().rows[0],
        [serde_json::json!("yes"), serde_json::json!(1)]
    );
    assert_eq!(
        first_cell(&data, "were any towers built before 1805?"),
        "no"
    );
    // Was B's year after 1840 (yes), C's before 1900 (no)?
    assert_eq!(first_cell(&data, "was B built after 1840?"), "yes");
    assert_eq!(first_cell(&data, "was C built before 1900?"), "no");
}

#[test]
fn the_top_and_bottom_of_the_list_are_its_first_and_last_rows() {
    // Listed Cy, Ann, Bo: the top is Cy whatever the points, the bottom Bo.
    let (_dir, data) = csv("teams", "team,points\nCy,3\nAnn,9\nBo,5\n");
    let answer = ask(&data, "who is at the top of the list?", &svg()).unwrap();
    assert_eq!(answer.response, "The first row, as listed: Cy.");
    assert_eq!(
        first_cell(&data, "which team is at the bottom of the chart?"),
        "Bo"
    );
    // The top scorer still ranks.
    assert_eq!(first_cell(&data, "who is the top scorer by points?"), "Ann");
}

#[test]
fn the_next_highest_after_a_value_steps_through_the_ranking() {
    // Heights 2.1 (Ann), 1.8 (Bo), 2.0 (Cy), 1.9 (Di): ranked Ann, Cy, Di, Bo.
    let (_dir, data) = csv("players", "name,height\nAnn,2.1\nBo,1.8\nCy,2.0\nDi,1.9\n");
    assert_eq!(
        first_cell(&data, "who is the next tallest player after Cy?"),
        "Di"
    );
    assert_eq!(first_cell(&data, "the next highest height after Ann"), 2.0);
    assert_eq!(first_cell(&data, "the next lowest height after Di"), 2.0);
    // Without a superlative, the file's order.
    assert_eq!(first_cell(&data, "which player is listed after Cy?"), "Di");
    assert_eq!(first_cell(&data, "which player is listed after Ann?"), "Bo");
}

#[test]
fn notes_on_the_next_line_and_comparatives_after_a_column_are_read() {
    // Appearances written with a note on the next line: 4, 1 and 3; two schools have more
    // than 2. Elected 1817, 1815, 1817: two in 1817.
    let (_dir, data) = csv(
        "schools",
        "school,appearances,elected\n\
         Ayr,\"4\n(last: 1958)\",1817\nBly,\"1\n(last: 1960)\",1815\nCoe,3,\"1817\n1821\"\n",
    );
    assert_eq!(
        first_cell(&data, "how many schools have more than 2 appearances?"),
        2
    );
    assert_eq!(
        first_cell(&data, "how many schools had appearances larger than 2?"),
        2
    );
    assert_eq!(
        first_cell(&data, "how many schools were elected in 1817?"),
        2
    );
}

#[test]
fn what_the_parts_of_a_total_count_names_the_total() {
    // Total = Gold + Silver + Bronze on each row: Chad 16, Peru 6, Mali 2, Fiji 2.
    let (_dir, data) = csv(
        "results",
        "Rank,Nation,Gold,Silver,Bronze,Total\n1,Chad,5,6,5,16\n2,Peru,4,1,1,6\n\
         3,Mali,2,0,0,2\n4,Fiji,0,1,1,2\n",
    );
    assert_eq!(first_cell(&data, "how many medals did Peru win?"), 6);
    assert_eq!(
        first_cell(&data, "which nation won the most medals?"),
        "Chad"
    );
    assert_eq!(
        first_cell(&data, "how many nations won at least 6 medals?"),
        2
    );
    // A part's noun is the part; the plural counted then is the rows'.
    assert_eq!(
        first_cell(
            &data,
            "what is the total number of gold medals won by Chad?"
        ),
        5
    );
    assert_eq!(
        first_cell(&data, "how many nations have at least 2 gold medals?"),
        3
    );
}

#[test]
fn contractions_flags_said_with_their_negation_and_shares_per_value() {
    // ht is height (hg is haemoglobin); smoke Yes/No; status; a text `rer` some rows lack.
    // Heights: Row 190, 186 (mean 188), Swim 180, 176 (178). Smokers: Single 2 of 3
    // (66.7%), Married 1 of 3 (33.3%). Ages of smokers 30, 40, 20 (mean 30), others
    // 50, 60, 70 (60). Two rows have an `rer`. Passengers under a million: 2.
    let (_dir, data) = csv(
        "athletes",
        "hg,ht,sport,smoke,status,age,rer,passengers,fat_pct,sex\n\
         15,190,Row,Yes,Single,30,A,500000,10,m\n\
         14,186,Row,Yes,Married,40,,2000000,12,m\n\
         16,180,Swim,No,Single,50,B,900000,20,f\n\
         13,176,Swim,Yes,Single,20,,3000000,22,f\n\
         12,170,Swim,No,Married,60,,1500000,18,f\n\
         11,168,Swim,No,Married,70,,1200000,16,f\n",
    );
    assert_eq!(
        first_cell(&data, "which sport has the tallest athletes on average?"),
        "Row"
    );
    assert_eq!(spec(&data, "height vs age").y.as_deref(), Some("ht"));
    // "smokers and non-smokers": the two values of `smoke`, by group (No first).
    let answer = ask(&data, "average age of smokers and non-smokers", &svg()).unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!((rows.len(), rows[0][1].as_f64()), (2, Some(60.0)));
    assert_eq!(rows[1][1].as_f64(), Some(30.0));
    // A percentage that is a column, averaged, stays the column's mean: m 11, f 19.
    let answer = ask(&data, "average fat percentage of m and f athletes", &svg()).unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!(
        (rows[0][1].as_f64(), rows[1][1].as_f64()),
        (Some(19.0), Some(11.0))
    );
    assert_eq!(
        first_cell(&data, "which status has the highest percentage of smokers?"),
        "Single"
    );
    assert_eq!(first_cell(&data, "how many athletes have an rer?"), 2);
    assert_eq!(
        first_cell(
            &data,
            "how many athletes had fewer than a million passengers?"
        ),
        2
    );
    // A superlative with nothing to rank by is refused, not a count of rows.
    let answer = ask(&data, "which is the cheapest sport?", &svg()).unwrap();
    assert!(answer.table.is_none(), "{}", answer.response);
}

#[test]
fn values_of_one_column_said_in_a_follow_up_colour_the_chart() {
    let (_dir, data) = csv(
        "tips",
        "total_bill,tip,time\n10,1,Lunch\n20,3,Dinner\n30,4,Dinner\n15,2,Lunch\n",
    );
    let first = ask(&data, "tip against total bill", &svg()).unwrap();
    let next = ask(
        &data,
        "color it by lunch or dinner",
        &after(first.plan.as_ref().unwrap()),
    )
    .unwrap();
    let spec = next.plot.unwrap().spec;
    assert_eq!(
        (spec.x.as_deref(), spec.y.as_deref(), spec.color.as_deref()),
        (Some("total_bill"), Some("tip"), Some("time"))
    );
    // Both values stay: every row is drawn.
    let sql = next.sql.unwrap();
    assert!(sql.contains("'Lunch'") && sql.contains("'Dinner'"), "{sql}");
}

#[test]
fn a_superlative_that_is_part_of_a_name_of_text_ranks_nothing() {
    let (_dir, data) = csv(
        "races",
        "Grand Prix,Pole Position,Fastest Lap\nBrazil,Senna,Patrese\nGermany,Prost,Senna\n\
         Italy,Senna,Prost\n",
    );
    assert_eq!(
        first_cell(&data, "who had the fastest lap at the Germany grand prix?"),
        "Senna"
    );
}

#[test]
fn dates_written_out_name_rows_and_are_said_as_days() {
    // Air dates as the web writes them; viewers 15.55, 11.83, 12.9.
    let (_dir, data) = csv(
        "episodes",
        "Air Date,Share,Viewers\n\"March 2, 2008\",5.3/12,15.55\n\"March 9, 2008\",4.1/10,11.83\n\
         \"March 16, 2008\",4.4/11,12.9\n",
    );
    assert_eq!(
        first_cell(&data, "the air date with the most viewers"),
        "2008-03-02"
    );
    // The date, listed first, names the rows (not the share).
    assert_eq!(
        first_cell(&data, "which episode had the fewest viewers?"),
        "2008-03-09"
    );
    assert_eq!(first_cell(&data, "viewers on 16 march 2008"), 12.9);
    assert_eq!(
        first_cell(&data, "how many episodes aired after March 2, 2008?"),
        2
    );
}

#[test]
fn quoted_empty_fields_the_amount_of_and_a_leading_plural_column() {
    // Every field quoted, as web tables are; empty points are missing, so Points is a
    // number: Ayr 10, Bly 8, Coe and Dee none.
    let (_dir, data) = csv(
        "race",
        "\"Driver\",\"Points\"\n\"Ayr\",\"10\"\n\"Bly\",\"8\"\n\"Coe\",\"\"\n\"Dee\",\"\"\n",
    );
    assert_eq!(
        first_cell(&data, "which driver has the least amount of points?"),
        "Bly"
    );
    assert_eq!(
        first_cell(&data, "drivers that had 9 or more points"),
        "Ayr"
    );
}

#[test]
fn other_than_leaves_a_value_out_and_name_a_asks_for_one() {
    let (_dir, data) = csv(
        "cities",
        "city,country,population\nBangalore,India,8\nAhmedabad,India,5\nChennai,India,7\n\
         Lahore,Pakistan,11\n",
    );
    assert_eq!(
        first_cell(&data, "other than Bangalore, which city is in India?"),
        "Ahmedabad"
    );
    let answer = ask(
        &data,
        "name a city from the same country as Bangalore",
        &svg(),
    )
    .unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!((rows.len(), rows[0][0].as_str()), (1, Some("Ahmedabad")));
    // Without "a", every one.
    let answer = ask(
        &data,
        "which cities are in the same country as Bangalore",
        &svg(),
    )
    .unwrap();
    assert_eq!(answer.table.unwrap().rows.len(), 2);
}

#[test]
fn which_year_asks_for_the_one_column_of_years() {
    // Releases: 2004 once, 2005 three times, 2006 once.
    let (_dir, data) = csv(
        "songs",
        "Release,Title\n2004,A\n2005,B\n2005,C\n2005,D\n2006,E\n",
    );
    assert_eq!(
        first_cell(&data, "which year had the most titles released?"),
        2005
    );
}

/// Batch 7's rules, on a small survey of people (no column names them) and a table of
/// crashes.
const SURVEY: &str = "employment,edu,gender,hrs_work,income,native\n\
employed,grad,male,50,90000,yes\nemployed,hs,female,30,40000,no\n\
employed,grad,female,44,70000,no\nunemployed,hs,male,,,yes\n\
employed,college,male,40,,yes\n";

#[test]
fn participles_rates_unnamed_subjects_and_null_groups() {
    let (_dir, data) = csv("survey", SURVEY);
    // "taught by instructors who …": "by" after a participle names who did it, not a
    // grouping; the condition alone counts the second and third rows.
    assert_eq!(
        first_cell(
            &data,
            "how many courses are taught by instructors who are not native?"
        ),
        2
    );
    // "hours per week" is a rate's unit, not a grouping by week: grad averages
    // (50 + 44) / 2 = 47 hours, hs 30, college 40.
    let answer = ask(
        &data,
        "which edu level works the most hours per week on average?",
        &svg(),
    )
    .unwrap();
    let rows = answer
        .table
        .unwrap_or_else(|| panic!("{}", answer.response))
        .rows;
    assert_eq!(rows[0][0], "grad", "{rows:?}");
    assert_eq!(rows[0][1], 47.0);
    // "which state …": nothing is a state, nothing names the rows and several text
    // columns could: refused, not answered by the first of them.
    let answer = ask(&data, "which state has the highest average income?", &svg()).unwrap();
    assert!(answer.table.is_none(), "{:?}", answer.sql);
    assert!(answer.response.contains("state"), "{}", answer.response);
    // Ranked groups put a group with no value last: `unemployed` has no income; employed
    // averages (90000 + 40000 + 70000) / 3.
    let answer = ask(&data, "top 2 employment by average income", &svg()).unwrap();
    let rows = answer
        .table
        .unwrap_or_else(|| panic!("{}", answer.response))
        .rows;
    assert_eq!(rows[0][0], "employed", "{rows:?}");
    assert!((rows[0][1].as_f64().unwrap() - 200_000.0 / 3.0).abs() < 1e-6);
    // A box plot of values compared: one box per value across, no colour for the same.
    let box_plot = spec(&data, "box plot of working hours for men and women");
    assert_eq!(box_plot.x.as_deref(), Some("gender"));
    assert_eq!(box_plot.color, None);
}

#[test]
fn a_column_of_counts_named_by_a_synonym_is_summed() {
    let (_dir, data) = csv(
        "crashes",
        "Cause,Fatalities,Year\nweather,10,2001\ncriminal,5,2001\nweather,7,2002\n",
    );
    // "deaths" is `Fatalities` (a synonym whose plural ends in -ies): 10 + 5 + 7 = 22.
    assert_eq!(first_cell(&data, "what is the total number of deaths?"), 22);
    // By cause: weather 17, criminal 5 (ordered by name).
    let answer = ask(&data, "total deaths by cause", &svg()).unwrap();
    let rows = answer
        .table
        .unwrap_or_else(|| panic!("{}", answer.response))
        .rows;
    assert_eq!(
        rows,
        vec![
            vec![serde_json::json!("criminal"), serde_json::json!(5)],
            vec![serde_json::json!("weather"), serde_json::json!(17)]
        ]
    );
    // A chart of the number of deaths per year draws their sum.
    let line = spec(&data, "line chart of the number of deaths per year");
    assert_eq!(line.y.as_deref(), Some("Fatalities"));
}

#[test]
fn initials_of_a_name_and_counts_of_rows_where_nothing_holds_an_amount() {
    // `T.categ` is "transmission category": its one-letter first word is an initial.
    let (_dir, data) = csv(
        "patients",
        "state,T.categ,age\nNSW,hs,30\nVIC,blood,40\nNSW,hs,50\n",
    );
    let answer = ask(&data, "average age for each transmission category", &svg()).unwrap();
    let rows = answer
        .table
        .unwrap_or_else(|| panic!("{}", answer.response))
        .rows;
    // blood: 40; hs: (30 + 50) / 2 = 40 too, listed by name.
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[0][0], "blood");
    assert_eq!(rows[1][0], "hs");
    // A table of games with dates and text only: "how many games did …" counts its rows
    // (two in 1982); with a numeric column that could hold the amount it is refused.
    let (_dir, games) = csv(
        "matches",
        "Date,Opposition,Result\n1982-01-26,East Germany,W\n1982-03-03,Czechoslovakia,D\n\
         1983-05-01,Chile,L\n",
    );
    assert_eq!(
        first_cell(&games, "how many games did this team play in 1982?"),
        2
    );
    let (_dir, scored) = csv(
        "matches",
        "Date,Opposition,Goals\n1982-01-26,East Germany,3\n1982-03-03,Czechoslovakia,1\n\
         1983-05-01,Chile,3\n",
    );
    let answer = ask(
        &scored,
        "how many saves did this team make in 1982?",
        &svg(),
    )
    .unwrap();
    assert!(answer.table.is_none(), "{:?}", answer.sql);
}

#[test]
fn a_word_a_name_says_is_never_a_misspelling_of_another() {
    // "weight" is one letter from `Height`, and only half of `Weight (lbs.)`'s words: the
    // name that says it wins. Mean weight (185 + 200) / 2 = 192.5; height would be 59.5.
    let (_dir, data) = csv("players", "Name,Height,Weight (lbs.)\nA,58,185\nB,61,200\n");
    assert_eq!(first_cell(&data, "what is the average weight?"), 192.5);
    // A misspelling with no name that says the word still reads (`Height` for "heigth").
    assert_eq!(first_cell(&data, "what is the average heigth?"), 59.5);
}

#[test]
fn more_than_any_other_most_of_a_count_codes_in_lower_case_and_outcomes() {
    // One row per season: Djurgården 1 + 3 + 7 = 11 goals, Grazer 6 + 2 = 8. "The most
    // goals" counts goals, summed per team (the average, 3.7 against 4, would pick Grazer).
    let (_dir, seasons) = csv(
        "career",
        "Season,Team,Goals\n1999,Djurgarden,1\n2000,Djurgarden,3\n2001,Djurgarden,7\n\
         2002,Grazer,6\n2003,Grazer,2\n",
    );
    assert_eq!(
        first_cell(&seasons, "what team has the most goals?"),
        "Djurgarden"
    );
    // "more ... than any other" is the superlative: one nation, not every nation ranked.
    let (_dir, medals) = csv(
        "medals",
        "Nation,Gold,Silver\nUnited States,5,6\nJamaica,4,1\nBahamas,1,1\n",
    );
    let answer = ask(
        &medals,
        "what country won more gold medals than any other?",
        &svg(),
    )
    .unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0][0], "United States");
    assert_eq!(
        first_cell(
            &medals,
            "which nation has fewer gold medals than all the others?"
        ),
        "Bahamas"
    );
    // "cbs" cannot be an English word (no vowel): it is the code `CBS` typed in lower case.
    // Two of the four stations are CBS.
    let (_dir, stations) = csv(
        "stations",
        "Callsign,Network\nKFVS,CBS\nKRCG,CBS\nKOMU,NBC\nKMIZ,ABC\n",
    );
    assert_eq!(first_cell(&stations, "how many cbs stations are there?"), 2);
    // "the total amount of stations": the rows added up are counted (4).
    assert_eq!(
        first_cell(&stations, "what is the total amount of stations listed?"),
        4
    );
    // A column of game results: "win" picks the results that start with `W` (2 of 4),
    // "lost" those with `L` (1).
    let (_dir, games) = csv(
        "games",
        "Date,Opponent,Result\nSep 10,Miami,W 10-0\nSep 17,Minnesota,W 38-7\n\
         Sep 24,Oklahoma,L 28-29\nOct 1,Iowa,T 7-7\n",
    );
    assert_eq!(first_cell(&games, "how many games did they win?"), 2);
    assert_eq!(first_cell(&games, "how many games were lost?"), 1);
    // "the most steam locomotives" with no column for them: rows counted per year (1898: 2).
    let (_dir, engines) = csv(
        "engines",
        "Year Built,Works Number\n1882,283\n1898,680\n1898,681\n1902,1100\n",
    );
    assert_eq!(
        first_cell(
            &engines,
            "in which year were the most steam locomotives built?"
        ),
        1898
    );
    // "how many years are listed": 1893 and 1894, each once (3 rows).
    let (_dir, orders) = csv("orders", "Year,Order\n1893,N31\n1893,H33\n1894,A1\n");
    assert_eq!(first_cell(&orders, "how many years are listed?"), 2);
}

#[test]
fn a_column_asked_of_the_row_a_superlative_ranks_first() {
    // The tallest building (Height 150) has 20 floors; the most floors (35) are another's.
    let (_dir, buildings) = csv(
        "buildings",
        "Name,Height,Floors\nZions Tower,150,20\nCapitol,120,35\nGrove Hotel,90,16\n",
    );
    let answer = ask(
        &buildings,
        "how many floors does the tallest building have?",
        &svg(),
    )
    .unwrap();
    let rows = answer.table.unwrap().rows;
    assert_eq!(rows.len(), 1, "{rows:?}");
    // The row's name, the quantity it is ranked by, the column asked (last).
    assert_eq!(rows[0][0], "Zions Tower");
    assert_eq!(rows[0][2], 20);
    assert_eq!(
        first_cell(&buildings, "what is the name of the tallest building?"),
        "Zions Tower"
    );
    // Said of the column asked, the superlative ranks that column: the most floors, 35.
    assert_eq!(first_cell(&buildings, "what is the highest floors?"), 35);
}

#[test]
fn how_long_a_row_lasted_is_the_years_its_span_covers() {
    let last_cell = |data: &Dataset, question: &str| {
        let answer = ask(data, question, &svg()).unwrap();
        sandbox::check(answer.sql.as_deref().unwrap(), &["data"]).unwrap();
        let rows = answer
            .table
            .unwrap_or_else(|| panic!("{question}: {}", answer.response))
            .rows;
        assert_eq!(rows.len(), 1, "{question}: {rows:?}");
        (rows[0].last().unwrap().clone(), answer.response)
    };
    // One column of spans: 2007 - 1981 = 26.
    let (_dir, members) = csv(
        "members",
        "Member,Party,Term\nJohn Ryan,None,1859\u{2013}1864\nIan Armstrong,National,1981\u{2013}2007\n\
         James Watson,None,1869\u{2013}1880\n",
    );
    let (years, said) = last_cell(&members, "how long did ian armstrong serve?");
    assert_eq!(years, 26);
    assert_eq!(said, "Ian Armstrong: 1981\u{2013}2007, 26 years.");
    // A start and an end column, as numbers: 2011 - 2007 = 4.
    let (_dir, coaches) = csv(
        "coaches",
        "Name,Club,From,Until\nColin Clarke,Islanders,2007,2011\nEric Wynalda,Silverbacks,2012,2012\n",
    );
    assert_eq!(last_cell(&coaches, "how long did colin clarke coach?").0, 4);
    // As dates written out, named "took office" and "left office" ("in office" is both):
    // 1947 - 1935 = 12.
    let (_dir, ministers) = csv(
        "ministers",
        "Minister,Took office,Left office\nJaafar Mohamed,1886,July 1890\n\
         Abdul Aziz,April 1935,\"June 1, 1947\"\n",
    );
    assert_eq!(
        last_cell(&ministers, "how many years was abdul aziz in office?").0,
        12
    );
    // Ranked by those years: Ian Armstrong's 26 is the longest term, Ryan's 5 the shortest.
    assert_eq!(
        first_cell(&members, "which member served the longest term?"),
        "Ian Armstrong"
    );
    assert_eq!(
        first_cell(&members, "who had the shortest term?"),
        "John Ryan"
    );
}

#[test]
fn a_counted_noun_in_several_words_the_document_and_pronouns_pick_no_rows() {
    let (_dir, stations) = csv(
        "stations",
        "Branding,Callsign,Power\nMom's Radio 97.9 Laoag,DWSN-FM,5 kW\n\
         Mom's Radio 95.9 Naga,DZRB-FM,10 kW\nMom's Radio 90.3 Bacolod,DYCP-FM,5 kW\n",
    );
    // "radio stations" is the counted noun, "on this list" the document: every row, 3.
    assert_eq!(
        first_cell(
            &stations,
            "what are the total number of radio stations on this list?"
        ),
        3
    );
    let (_dir, tracks) = csv(
        "tracks",
        "#,Title,Producer\n1,Intro,L.E.S.\n2,Da Bridge,Marley Marl\n3,We Live This,Havoc\n\
         4,Real Live Shit,Mobb Deep\n",
    );
    assert_eq!(
        first_cell(&tracks, "what is the total number of tracks on the album?"),
        4
    );
    // "total ... were played": every game was, 3 rows; "they" is the team the table is of.
    let (_dir, games) = csv(
        "games",
        "Date,Opponent,Score\nOctober 4,Boston,4-1\nOctober 11,Detroit,2-3\nOctober 18,Toronto,5-5\n",
    );
    assert_eq!(first_cell(&games, "how many games total were played?"), 3);
    // "are unemployed" without "total" stays a condition nothing reads: refused.
    let (_dir, poll) = csv("poll", "region,age,vote\nN,30,Y\nS,41,N\nN,52,Y\n");
    let answer = ask(&poll, "how many of the respondents are unemployed?", &svg()).unwrap();
    assert!(answer.sql.is_none(), "{}", answer.response);
}

#[test]
fn dates_written_as_text_are_read_by_their_year_where_a_year_is_asked() {
    // `1985` beside `June 11, 1985`: not one date format, so the column stays text.
    let (_dir, releases) = csv(
        "releases",
        "Region,Date,Format\nUnited Kingdom,\"June 10, 1985\",LP\nUnited States,\"June 11, 1985\",LP\n\
         Japan,1985,CD\nGermany,1990,CD\nEurope,\"March 3, 1992\",CD\n",
    );
    // Three rows end with 1985, one with 1990 and one with 1992.
    assert_eq!(
        first_cell(&releases, "which year had the most releases?"),
        1985
    );
    assert_eq!(
        first_cell(&releases, "how many were released before 1990?"),
        3
    );
    // A note after the date: born 1986 and 1979 are before 1988; 1988 and 1993 are not.
    let (_dir, players) = csv(
        "players",
        "Player,Birth Date,Club\nArdo Kreek,\"August 7, 1986 (age 27)\",Paris\n\
         Kert Toobal,\"June 3, 1979 (age 35)\",Sivas\nMartti Juhkami,\"June 6, 1988 (age 26)\",Bühl\n\
         Rait Rikberg,\"August 15, 1993 (age 20)\",Tartu\n",
    );
    assert_eq!(
        first_cell(&players, "how many players were born before 1988?"),
        2
    );
    assert_eq!(first_cell(&players, "how many were born in 1988?"), 1);
    // Grouped by the year of its dates, a column counts its rows, not its distinct dates:
    // 1973 has three stamps on two days, 1975 two on two.
    let (_dir, stamps) = csv(
        "stamps",
        "Stamp issue date,Stamp set\n16 May 1973,Cricket\n16 May 1973,Jones\n\
         12 September 1973,Parliament\n\"1 March 1975, reissued\",Ships\n9 April 1975,Birds\n",
    );
    assert_eq!(
        first_cell(&stamps, "which year had the most stamps issued?"),
        1973
    );
}

#[test]
fn heights_in_feet_and_inches_rank_as_inches_and_spans_choose_between_rows() {
    // 6–10 is 82 inches, 7–0 84, 6–9 81, 5–11 71.
    let (_dir, roster) = csv(
        "roster",
        "Name,Position,Height,Weight\nJustin Knox,Forward,6–9,240\nJohn Henson,Forward,6–10,210\n\
         Tyler Zeller,Center,7–0,250\nLarry Drew,Guard,5–11,180\n",
    );
    assert_eq!(
        first_cell(&roster, "who is the tallest player on the team?"),
        "Tyler Zeller"
    );
    assert_eq!(
        first_cell(&roster, "who was taller, justin knox or john henson?"),
        "John Henson"
    );
    assert_eq!(
        first_cell(&roster, "which player is the shortest?"),
        "Larry Drew"
    );
    // Open 1906–1918 (12 years) against 1937–1938 (1).
    let (_dir, mines) = csv(
        "mines",
        "Mine,Town,Dates\nBarton Mine,Temagami,1906-1918\nBeanland Mine,Temagami,1937-1938\n\
         Golden Giant Mine,Hislop,1985-2006\n",
    );
    assert_eq!(
        first_cell(
            &mines,
            "which mine was open longer, barton mine or beanland mine?"
        ),
        "Barton Mine"
    );
    // "who" over the members named: the member of the longest term (26 years).
    let (_dir, members) = csv(
        "members",
        "Member,Party,Term\nJohn Ryan,None,1859–1864\nIan Armstrong,National,1981–2007\n\
         James Watson,None,1869–1880\n",
    );
    assert_eq!(
        first_cell(&members, "of the members, who served the longest?"),
        "Ian Armstrong"
    );
}

#[test]
fn how_much_taller_is_a_difference_in_the_quantity_the_comparative_names() {
    // Heights 203 and 167: 36 taller; "shorter" subtracts the other way, 36 again.
    let (_dir, players) = csv(
        "players",
        "Player,Weight,Height\nOliver Venno,98,203\nRait Rikberg,80,167\nArdo Kreek,96,196\n",
    );
    assert_eq!(
        first_cell(
            &players,
            "how much taller is oliver venno than rait rikberg?"
        ),
        36
    );
    assert_eq!(
        first_cell(
            &players,
            "how much shorter is rait rikberg than ardo kreek?"
        ),
        29
    );
    // A plain comparative with the column named: 4,777 - 409 = 4,368.
    let (_dir, games) = csv(
        "games",
        "Date,Opponent,Attendance\n11/09/2013,Trinity Baptist,409\n11/25/2013,Florida,4777\n",
    );
    assert_eq!(
        first_cell(
            &games,
            "how much larger was the attendance against florida than against trinity baptist?"
        ),
        4368
    );
}

#[test]
fn who_is_answered_by_the_people_and_a_surname_names_one() {
    // Riding comes first, but "who" asks for a candidate: Olsson had the fewest votes
    // (4,874 against 7,660 and 19,252).
    let (_dir, votes) = csv(
        "votes",
        "Riding,Candidate,Residence,Votes\n\
         Cape Breton—Canso,Mark MacNeill,Inverness,7660\n\
         Cumberland—Colchester,Karen Olsson,North River,4874\n\
         Halifax,Megan Leslie,Halifax,19252\n",
    );
    assert_eq!(
        first_cell(&votes, "who received the least amount of votes?"),
        "Karen Olsson"
    );
    // A surname alone names its person: MacNeill's 7,660 beats Olsson's 4,874.
    assert_eq!(
        first_cell(
            &votes,
            "who got a larger number of votes, macneill or olsson?"
        ),
        "Mark MacNeill"
    );
    // The first row listed, by its people, not by its number.
    let (_dir, roster) = csv(
        "roster",
        "#,Name,Height,Position\n1,Aaron Johnson,6-1,Guard\n2,Ben Miller,6-7,Forward\n",
    );
    assert_eq!(
        first_cell(&roster, "who is first on the roster?"),
        "Aaron Johnson"
    );
    // The doer of the verb: "owned" asks for the owner, not the engine's name.
    let (_dir, engines) = csv(
        "engines",
        "Year Built,Works Number,Original Owner,Name\n\
         1911,1001,Sragi Sugar Mill,Sragi No.1\n\
         1917,1233,Trangkil Sugar Mill,Trangkil No.4\n",
    );
    assert_eq!(
        first_cell(&engines, "who owned the last locomotive to be built?"),
        "Trangkil Sugar Mill"
    );
    // A person the question names picks the row: what is asked is beside them.
    let (_dir, squad) = csv(
        "squad",
        "Player,For,Against\nJohn Hendrie,Middlesbrough,Blackburn Rovers\n\
         Eric Cantona,Leeds United,Tottenham Hotspur\n",
    );
    assert_eq!(
        first_cell(&squad, "who does john hendrie play for?"),
        "Middlesbrough"
    );
}

#[test]
fn amounts_after_a_currency_sign_rank_as_numbers_and_are_shown_as_written() {
    // As text, "$8,038,508" would sort above "$390,493,908"; as amounts Robin Hood's
    // $390,493,908 is the most and Dead Ringers' $8,038,508 the least.
    let (_dir, films) = csv(
        "films",
        "Title,Year,Budget,Gross (worldwide)\n\
         Young Guns,1988,$11 million,\"$45,661,556\"\n\
         Dead Ringers,1988,N/A,\"$8,038,508\"\n\
         Robin Hood: Prince of Thieves,1991,$48 million,\"$390,493,908\"\n",
    );
    assert_eq!(
        first_cell(&films, "which film grossed the most worldwide?"),
        "Robin Hood: Prince of Thieves"
    );
    assert_eq!(
        first_cell(&films, "which film had the lowest gross?"),
        "Dead Ringers"
    );
    // One row's amount, looked up, as the table writes it.
    assert_eq!(
        first_cell(&films, "what was the gross of young guns?"),
        "$45,661,556"
    );
}

#[test]
fn the_row_beside_a_value_that_repeats_is_past_its_rows() {
    // Atacama on two rows in a row: the region below it is Coquimbo, not Atacama again;
    // above the three Midwest rows is West.
    let (_dir, seats) = csv(
        "seats",
        "Constituency,Region,Name\n1,West,Ann Lee\n2,Midwest,Bo Chan\n3,Midwest,Cy Dunn\n\
         4,Midwest,Di Eve\n5,Atacama,Ed Fay\n6,Atacama,Flo Gee\n7,Coquimbo,Gus Hill\n",
    );
    assert_eq!(
        first_cell(&seats, "which region is listed below atacama?"),
        "Coquimbo"
    );
    assert_eq!(
        first_cell(&seats, "what region is listed before the midwest?"),
        "West"
    );
}

#[test]
fn percentages_written_with_a_sign_rank_and_not_in_the_top_is_below_it() {
    // Win shares 62.5%, 80% and 9.5%: as text "9.5%" would sort highest; as numbers 80 is.
    let (_dir, captains) = csv(
        "captains",
        "#,Player,Caps,Win %\n1,Jean Prat,16,62.5%\n2,Philippe Saint-André,34,80%\n\
         3,Fabien Pelous,42,9.5%\n",
    );
    assert_eq!(
        first_cell(&captains, "who had the largest win percentage?"),
        "Philippe Saint-André"
    );
    // Iran is 8th, Germany 12th: only Germany is outside the top 10.
    let (_dir, medals) = csv(
        "medals",
        "Rank,Nation,Gold\n1,Russia,6\n8,Iran,1\n12,Germany,0\n",
    );
    assert_eq!(
        first_cell(
            &medals,
            "which nation was not in the top 10, iran or germany?"
        ),
        "Germany"
    );
}

#[test]
fn consecutive_asks_for_the_longest_run_of_rows() {
    // Senneker wins 1974–1976 (3 in a row), then 1978; Sorg wins 1970 and 1972 (runs of 1).
    let (_dir, races) = csv(
        "races",
        "Year,Winner,Make\n1970,Dave Sorg,Mercury\n1971,Denny Miles,Chevrolet\n\
         1972,Dave Sorg,Chevrolet\n1973,Vern Schrock,Pontiac\n1974,Bob Senneker,Chevrolet\n\
         1975,Bob Senneker,Chevrolet\n1976,Bob Senneker,Pontiac\n1977,Mike Cope,Ford\n\
         1978,Bob Senneker,Ford\n",
    );
    assert_eq!(
        first_cell(&races, "how many consecutive wins did bob senneker have?"),
        3
    );
    // Makes: Chevrolet 1971–1972 and 1974–1975 (2 each); Pontiac, Ford 1 and 2 (1977–1978).
    // Of the runs of two, Chevrolet comes first by name.
    assert_eq!(
        first_cell(&races, "which make had the most consecutive wins?"),
        "Chevrolet"
    );
    assert_eq!(
        first_cell(&races, "who won the most races in a row?"),
        "Bob Senneker"
    );
}

#[test]
fn placed_higher_between_two_is_the_smaller_place() {
    // Gadea 4th, Bradl 7th: Gadea placed higher; Bradl lower.
    let (_dir, race) = csv(
        "race",
        "Pos,Rider,Points\n1,Mattia Pasini,25\n4,Sergio Gadea,13\n7,Stefan Bradl,9\n",
    );
    assert_eq!(
        first_cell(&race, "who placed higher, stefan bradl or sergio gadea?"),
        "Sergio Gadea"
    );
    assert_eq!(
        first_cell(&race, "who finished lower, sergio gadea or stefan bradl?"),
        "Stefan Bradl"
    );
}

#[test]
fn the_top_one_with_nothing_to_rank_by_is_the_first_listed() {
    // Medal places left blank, the list in finishing order: Borchin first.
    let (_dir, walk) = csv(
        "walk",
        "Rank,Athlete,Nationality,Time\n,Valeriy Borchin,Russia,1:19:56\n\
         ,Vladimir Kanaykin,Russia,1:20:27\n4,Luis Fernando López,Colombia,1:20:47\n",
    );
    assert_eq!(
        first_cell(&walk, "who placed in the top spot?"),
        "Valeriy Borchin"
    );
}

#[test]
fn a_dash_for_none_leaves_a_column_of_counts_a_number() {
    // Totals 80, 24, 11, 6, 2, 1: three nations won at least 10; Egypt's 11 less Ivory
    // Coast's 6 is 5; parts summed with "-" as none: France 28 + 28 + 24.
    // (A file named "results": one named "medals" holds medals, one a row.)
    let (_dir, medals) = csv(
        "results",
        "Rank,Nation,Gold,Silver,Bronze,Total\n1,France,28,28,24,80\n2,Romania,16,3,5,24\n\
         7,Egypt,2,5,4,11\n16,Ivory Coast,-,3,3,6\n22,Mali,-,1,-,1\n23,Cambodia,-,-,2,2\n",
    );
    assert_eq!(
        first_cell(&medals, "how many nations won at least 10 medals?"),
        3
    );
    assert_eq!(
        first_cell(
            &medals,
            "how many more medals did egypt win than ivory coast?"
        ),
        5
    );
    assert_eq!(
        first_cell(&medals, "how many gold medals were won in total?"),
        46.0
    );
}

#[test]
fn a_value_in_two_columns_is_the_one_the_next_noun_names_past_an_article() {
    // Waterford is a county once and the opposition twice.
    let (_dir, scorers) = csv(
        "scorers",
        "Player,County,Total,Opposition\nNicky English,Tipperary,18,Waterford\n\
         Mark Corrigan,Offaly,16,Kilkenny\nPaul Flynn,Waterford,15,Clare\n\
         Joe Cooney,Galway,14,Waterford\n",
    );
    assert_eq!(
        first_cell(&scorers, "how many times was waterford the opposition?"),
        2
    );
}

#[test]
fn a_linking_from_inside_a_name_said_in_full() {
    // `cal_fat` is "calories from fat": Taco Bell's 100 and 140 average 120, where its
    // `calories` (300, 500) average 400.
    let (_dir, food) = csv(
        "fast_food",
        "restaurant,item,calories,cal_fat,total_fat\nTaco Bell,Taco,300,100,11\n\
         Taco Bell,Burrito,500,140,16\nSubway,Sub,400,90,10\n",
    );
    assert_eq!(
        first_cell(&food, "average calories from fat of Taco Bell items"),
        120.0
    );
}

#[test]
fn a_noun_for_those_who_do_it_names_the_value() {
    // Two of the four athletes row.
    let (_dir, athletes) = csv(
        "athletes",
        "sex,sport,ht\nf,Row,180\nm,Row,190\nf,Swim,175\nm,Netball,185\n",
    );
    assert_eq!(first_cell(&athletes, "how many rowers are there?"), 2);
    assert_eq!(first_cell(&athletes, "how many swimmers are there?"), 1);
}

#[test]
fn a_flag_said_with_its_opposite_groups_and_a_compound_names_its_last_word() {
    // `owner` yes: 10 and 30 average 20; no: 20 and 40 average 30.
    let (_dir, cards) = csv(
        "applications",
        "owner,expenditure,age\nyes,10,30\nno,20,40\nyes,30,50\nno,40,60\n",
    );
    let (rows, sql) = rows_of(
        &cards,
        "average expenditure of homeowners and non-homeowners",
        &svg(),
    );
    assert_eq!(rows.len(), 2, "{sql}");
    assert_eq!(
        (rows[0][0].as_str(), rows[0][1].as_f64()),
        (Some("no"), Some(30.0))
    );
    assert_eq!(
        (rows[1][0].as_str(), rows[1][1].as_f64()),
        (Some("yes"), Some(20.0))
    );
    // "homeowners" alone is the flag's yes: 30 and 50 average 40.
    assert_eq!(first_cell(&cards, "average age of homeowners"), 40.0);
}

#[test]
fn the_amount_a_verb_names_by_its_deed() {
    // Takings over two quarters: A 3 + 4 = 7, B 5 + 1 = 6; A took the most.
    let (_dir, stays) = csv(
        "accommodation",
        "Date,State,Takings,Occupancy\n2001 Q1,A,3,60\n2001 Q1,B,5,70\n2001 Q2,A,4,65\n\
         2001 Q2,B,1,90\n",
    );
    let (rows, sql) = rows_of(&stays, "which state took the most money?", &svg());
    assert_eq!(rows[0][0], "A", "{sql}");
    assert_eq!(rows[0][1].as_f64(), Some(7.0));
}

#[test]
fn a_column_as_a_percentage_of_another() {
    // Tips 1, 3, 2 of bills 10, 20, 40: totals 6 of 70 = 8.571428...%; each bill's
    // percentage 10, 15, 5 averages 10; the highest is the second row's 15.
    let (_dir, tips) = csv(
        "restaurant_tips",
        "total_bill,tip,day\n10,1,Sat\n20,3,Sun\n40,2,Sat\n",
    );
    let total = first_cell(
        &tips,
        "all the tips added up, as a percentage of all the bills added up",
    );
    assert!(
        (total.as_f64().unwrap() - 600.0 / 70.0).abs() < 1e-9,
        "{total}"
    );
    assert_eq!(
        first_cell(&tips, "average tip as a percentage of the bill").as_f64(),
        Some(10.0)
    );
    let (rows, sql) = rows_of(
        &tips,
        "which day has the highest average tip as a percentage of the bill?",
        &svg(),
    );
    // Sun: 15; Sat: (10 + 5) / 2 = 7.5.

    assert_eq!(rows[0][0], "Sun", "{sql}");
    assert_eq!(rows[0][1].as_f64(), Some(15.0));
    // The biggest of 10, 15 and 5.
    assert_eq!(
        first_cell(&tips, "the biggest tip as a percentage of the bill").as_f64(),
        Some(15.0)
    );
    // Listed, the rows show the percentage, the highest first.
    let answer = ask(&tips, "top 3 tips as a percentage of the bill", &svg()).unwrap();
    let table = answer
        .table
        .unwrap_or_else(|| panic!("{}", answer.response));
    let at = table
        .columns
        .iter()
        .position(|c| c == "tip as a percentage of total_bill")
        .unwrap_or_else(|| panic!("{:?} {:?}", table.columns, answer.sql));
    let listed: Vec<f64> = table.rows.iter().filter_map(|r| r[at].as_f64()).collect();
    assert_eq!(listed, [15.0, 10.0, 5.0]);
}

#[test]
fn and_by_another_grouping_replaces_the_first_and_too_adds_it() {
    // Deaths by cause: weather 10 + 5, crew 7; by phase: landing 10 + 7, take-off 5.
    let (_dir, crashes) = csv(
        "plane_crashes",
        "Phase,Cause,Fatalities\nlanding,weather,10\ntake-off,weather,5\nlanding,crew,7\n",
    );
    let first = ask(&crashes, "total fatalities by cause", &svg()).unwrap();
    let plan = first.plan.clone().unwrap();
    let (rows, sql) = rows_of(&crashes, "and by phase?", &after(&plan));
    assert_eq!(rows.len(), 2, "{sql}");
    assert_eq!(
        (rows[0][0].as_str(), rows[0][1].as_f64()),
        (Some("landing"), Some(17.0))
    );
    let (rows, sql) = rows_of(&crashes, "split by phase too", &after(&plan));
    assert_eq!(rows.len(), 3, "{sql}");
}

#[test]
fn a_noun_before_the_participle_a_column_is_named_for() {
    // `gained` of the married mothers: 20 and 30 average 25 (their babies weigh 7 and 8).
    let (_dir, births) = csv(
        "births",
        "weight,gained,marital\n7,20,married\n8,30,married\n6,40,not married\n",
    );
    assert_eq!(
        first_cell(&births, "average weight gained by married mothers").as_f64(),
        Some(25.0)
    );
}

#[test]
fn rows_sorted_by_a_quantity_and_highest_first() {
    // Sleep 12.1, 17, 3.9, 9.9: sorted from the highest.
    let (_dir, sleep) = csv(
        "mammal_sleep",
        "name,vore,sleep_total\nCheetah,carni,12.1\nOwl monkey,omni,17\nCow,herbi,3.9\n\
         Dog,carni,9.9\n",
    );
    let (rows, sql) = rows_of(
        &sleep,
        "mammals sorted by total sleep, highest first",
        &svg(),
    );
    let names: Vec<&str> = rows.iter().filter_map(|r| r[0].as_str()).collect();
    assert_eq!(names, ["Owl monkey", "Cheetah", "Dog", "Cow"], "{sql}");
    // "highest first" over groups: every group, in that order (carni (12.1 + 9.9) / 2 = 11,
    // omni 17, herbi 3.9).
    let (rows, sql) = rows_of(&sleep, "average total sleep by vore, highest first", &svg());
    let groups: Vec<&str> = rows.iter().filter_map(|r| r[0].as_str()).collect();
    assert_eq!(groups, ["omni", "carni", "herbi"], "{sql}");
}

#[test]
fn a_plain_ratio_of_two_columns() {
    // REM 2 of 10 hours and 3 of 12: ratios 0.2 and 0.25 average 0.225; the totals' ratio
    // is 5 / 22; the highest ratio is B's.
    let (_dir, sleep) = csv(
        "mammal_sleep",
        "name,sleep_rem,sleep_total\nA,2,10\nB,3,12\n",
    );
    assert_eq!(
        first_cell(
            &sleep,
            "what is the ratio of REM sleep to total sleep on average?"
        )
        .as_f64(),
        Some(0.225)
    );
    let total = first_cell(&sleep, "total REM sleep divided by total sleep_total");
    assert!(
        (total.as_f64().unwrap() - 5.0 / 22.0).abs() < 1e-12,
        "{total}"
    );
    assert_eq!(
        first_cell(
            &sleep,
            "which mammal has the highest ratio of REM sleep to total sleep?"
        ),
        "B"
    );
}

#[test]
fn a_comparison_after_a_number_no_column_takes_is_said_not_dropped() {
    let (_dir, tips) = csv(
        "restaurant_tips",
        "total_bill,tip,size\n10,1,2\n20,4,4\n30,5,6\n",
    );
    let answer = ask(&tips, "average tip for parties of 4 or more", &svg()).unwrap();
    assert!(answer.sql.is_none(), "{:?}", answer.sql);
    assert!(
        answer.response.contains("\"parties of 4 or more\""),
        "{}",
        answer.response
    );
    // Said of a column, it is that column's condition: (4 + 5) / 2.
    assert_eq!(
        first_cell(&tips, "average tip for parties with a size of 4 or more").as_f64(),
        Some(4.5)
    );
}

#[test]
fn which_quarter_is_the_column_of_quarters() {
    // Queensland's occupancy: 70 in 2001 Q1, 75 in 2001 Q2; Victoria's 80 is not asked.
    let (_dir, stays) = csv(
        "accommodation",
        "Date,State,Occupancy\n2001 Q1,Queensland,70\n2001 Q1,Victoria,80\n\
         2001 Q2,Queensland,75\n2001 Q2,Victoria,60\n",
    );
    let (rows, sql) = rows_of(
        &stays,
        "in which quarter was Queensland's occupancy highest?",
        &svg(),
    );
    assert_eq!(rows.len(), 1, "{sql}");
    assert_eq!(rows[0][0], "2001 Q2", "{sql}");
    assert_eq!(rows[0][1].as_f64(), Some(75.0));
}

#[test]
fn a_follow_up_value_that_says_an_earlier_conditions_column_replaces_it() {
    // Babies of mothers who smoke now: 110 and 116 (mean 113); of mothers who never smoked
    // (smoke "never", time "never smoked"): 120 and 124 (mean 122).
    let (_dir, babies) = csv(
        "gestation",
        "smoke,time,wt\nnow,during pregnancy,110\nnow,during pregnancy,116\n\
         never,never smoked,120\nnever,never smoked,124\n",
    );
    let first = ask(
        &babies,
        "average weight of babies whose mother smokes now",
        &svg(),
    )
    .unwrap();
    assert_eq!(
        first.table.as_ref().unwrap().rows[0][0].as_f64(),
        Some(113.0)
    );
    let next = ask(
        &babies,
        "and for mothers who never smoked?",
        &after(first.plan.as_ref().unwrap()),
    )
    .unwrap();
    let table = next.table.unwrap_or_else(|| panic!("{}", next.response));
    assert_eq!(table.rows[0][0].as_f64(), Some(122.0), "{:?}", next.sql);
}

#[test]
fn shares_of_rows_distinct_identifiers_and_distances_in_names() {
    // Three of four flights arrived at or before time (delays -3, 0, -1; one of 20): 75%,
    // whatever their flight numbers add up to.
    let (_dir, flights) = csv(
        "nyc_flights",
        "flight,arr_delay,carrier\n1545,-3,UA\n1714,20,UA\n461,0,AA\n5708,-1,EV\n",
    );
    assert_eq!(
        first_cell(
            &flights,
            "what percentage of the flights had an arrival delay of 0 or less?"
        )
        .as_f64(),
        Some(75.0)
    );
    // Two professors taught the three courses.
    let (_dir, evals) = csv(
        "evals",
        "course_id,prof_id,score\n1,1,4.7\n2,1,4.1\n3,2,3.9\n",
    );
    assert_eq!(
        first_cell(&evals, "how many different professors are in the data?"),
        2
    );
    // The fastest 800 m is the lowest time: John's 126.12 s.
    let (_dir, heptathlon) = csv(
        "heptathlon",
        "athlete,run200m,run800m\nJoyner-Kersee (USA),22.56,128.51\nJohn (GDR),23.65,126.12\n",
    );
    let fastest = ask(&heptathlon, "who ran the fastest 800 metres?", &svg()).unwrap();
    let table = fastest.table.as_ref().unwrap();
    assert_eq!(table.rows[0][0], "John (GDR)", "{:?}", fastest.sql);
    // And the slowest, in a follow-up: Joyner-Kersee's 128.51 s.
    let slowest = ask(
        &heptathlon,
        "and the slowest?",
        &after(fastest.plan.as_ref().unwrap()),
    )
    .unwrap();
    let table = slowest
        .table
        .unwrap_or_else(|| panic!("{}", slowest.response));
    assert_eq!(table.rows[0][0], "Joyner-Kersee (USA)", "{:?}", slowest.sql);
    // Uninsured above 20% in 2013: TX-33 (38.5%) and FL-24 (24%), not CA-29 (18%).
    let (_dir, districts) = csv(
        "districts",
        "Dist,uni2013,uni2015\nTX-33,0.385,0.3\nFL-24,0.24,0.19\nCA-29,0.18,0.1\n",
    );
    assert_eq!(
        first_cell(
            &districts,
            "in how many districts were more than 20% of the people uninsured in 2013?"
        ),
        2
    );
}

#[test]
fn a_unit_column_is_its_quantity_and_a_pace_a_duration() {
    // Three runs: 5 miles at 8.2 min/mile, 3 at 7.9, 14 at 7.05.
    let (_dir, runs) = csv(
        "marathon",
        "Date,Miles,Pace,PaceMin\n11/18/2002,5,8:12:00,8.2\n11/19/2002,14,7:03:00,7.05\n\
         11/20/2002,3,7:54:00,7.9\n",
    );
    let chart = spec(&runs, "pace against distance");
    assert_eq!(
        (chart.kind.as_str(), chart.x.as_deref(), chart.y.as_deref()),
        ("scatter", Some("Miles"), Some("PaceMin"))
    );
    // The fastest pace is the lowest: 7.05 on 11/19/2002 (read as the date 2002-11-19).
    let (rows, sql) = rows_of(&runs, "on which day was the fastest pace?", &svg());
    assert_eq!(rows[0].len(), 2, "{sql}");
    assert_eq!(rows[0][0], "2002-11-19", "{sql}");
    // Runs of 5 miles or less: (8.2 + 7.9) / 2 = 8.05.
    assert_eq!(
        first_cell(&runs, "average pace of runs of 5 miles or less").as_f64(),
        Some(8.05)
    );
}

#[test]
fn rates_per_amounts_and_fractions_in_percent() {
    // Price per citation: A 100/50 = 2, B 300/30 = 10, C 90/90 = 1: C is the cheapest.
    let (_dir, journals) = csv(
        "journals",
        "title,price,citations\nA,100,50\nB,300,30\nC,90,90\n",
    );
    let (rows, sql) = rows_of(&journals, "which journal is cheapest per citation?", &svg());
    assert_eq!(rows[0][0], "C", "{sql}");
    // Cases per 100,000 people: Ohio 30 in 60,000 is 50; both its years, (30 + 10) in 80,000,
    // also 50; all of 1955, 35 in 1,060,000, 3.3.
    let (_dir, cases) = csv(
        "diseases",
        "state,year,count,population\nOhio,1955,30,60000\nOhio,1956,10,20000\n\
         Utah,1955,5,1000000\n",
    );
    let rate = |q: &str| first_cell(&cases, q).as_f64().unwrap();
    assert!((rate("cases per 100,000 people in Ohio in 1955") - 50.0).abs() < 1e-9);
    assert!((rate("cases per 100,000 people in Ohio") - 50.0).abs() < 1e-9);
    assert!((rate("cases per 100,000 people in 1955") - 3_500_000.0 / 1_060_000.0).abs() < 1e-9);
    // Usage kept as fractions, asked in percent: (0.5 + 0.7) / 2 = 0.6, 60%.
    let (_dir, belts) = csv(
        "seatbelts",
        "state,year,usage\nAL,1997,0.5\nAK,1997,0.7\nAL,1998,0.9\n",
    );
    let percent = first_cell(&belts, "average usage rate in 1997, in percent");
    assert!((percent.as_f64().unwrap() - 60.0).abs() < 1e-9, "{percent}");
    // "which week had the most purchases": week 238 has two.
    let (_dir, juice) = csv(
        "juice_purchases",
        "Purchase,WeekofPurchase,Price\nCH,237,1.5\nMM,238,1.7\nCH,238,1.6\n",
    );
    let (rows, sql) = rows_of(&juice, "which week had the most purchases?", &svg());
    assert_eq!(rows[0][0], 238, "{sql}");
    // Two babies born on 1964-11-12, one on each other day.
    let (_dir, births) = csv(
        "gestation",
        "id,date,wt\n1,1964-11-11,120\n2,1964-11-12,113\n3,1964-11-12,98\n4,1964-11-13,101\n",
    );
    let (rows, sql) = rows_of(&births, "on which day were the most babies born?", &svg());
    assert_eq!((rows.len(), rows[0][1].as_f64()), (1, Some(2.0)), "{sql}");
    assert!(
        rows[0][0].as_str().unwrap().starts_with("1964-11-12"),
        "{sql}"
    );
}

/// Each row's label (first cell) and number (second).
fn labelled(rows: &[Vec<serde_json::Value>]) -> Vec<(String, f64)> {
    rows.iter()
        .map(|r| (r[0].as_str().unwrap().to_string(), r[1].as_f64().unwrap()))
        .collect()
}

#[test]
fn spans_shares_per_value_counted_rows_and_extremes_turned_around() {
    // Across the states in 1999: (10 + 20) / 2 = 15, one value, not one per state.
    let (_dir, states) = csv(
        "state_incomes",
        "state,year,income\nOhio,1999,10\nUtah,1999,20\nOhio,1998,5\n",
    );
    let (rows, sql) = rows_of(&states, "average income across the states in 1999", &svg());
    assert_eq!(rows.len(), 1, "{sql}");
    assert_eq!(rows[0][0].as_f64(), Some(15.0), "{sql}");
    let (rows, sql) = rows_of(&states, "average income across all states in 1999", &svg());
    assert_eq!(rows.len(), 1, "{sql}");
    // Released: Black 1 of 2 (50%), White 1 of 1 (100%); "Other" is neither.
    let (_dir, arrests) = csv(
        "arrests",
        "colour,released\nBlack,Yes\nBlack,No\nWhite,Yes\nOther,No\n",
    );
    let (rows, sql) = rows_of(
        &arrests,
        "release rate in percent for black and white arrestees",
        &svg(),
    );
    let rates = labelled(&rows);
    assert_eq!(
        rates,
        [("Black".to_string(), 50.0), ("White".to_string(), 100.0)],
        "{sql}"
    );
    // Carriers with 2 flights or more: AA (3, mean delay 20) and DL (2, mean 0); US has one
    // flight, of the longest delay. The worst delay is the highest, the best the lowest.
    let (_dir, flights) = csv(
        "flights",
        "carrier,flight,arr_delay\nAA,1,10\nAA,2,20\nAA,3,30\nUS,4,100\nDL,5,-5\nDL,6,5\n",
    );
    let top = |q: &str| {
        let (rows, sql) = rows_of(&flights, q, &svg());
        (rows[0][0].as_str().unwrap().to_string(), sql)
    };
    let (carrier, sql) = top(
        "among carriers with at least 2 flights, which one has the worst average arrival delay?",
    );
    assert_eq!(carrier, "AA", "{sql}");
    let (carrier, sql) = top("which carrier has the worst average arrival delay?");
    assert_eq!(carrier, "US", "{sql}");
    let (carrier, sql) = top("which carrier has the best average arrival delay?");
    assert_eq!(carrier, "DL", "{sql}");
    // The highest temperature in Beijing, 102; then the coldest low in Chicago, -13 (not the
    // pressure of `low_hg`, nor the highest low).
    let (_dir, weather) = csv(
        "weather",
        "city,high_temp,low_temp,low_hg\nChicago,80,-13,29\nChicago,60,10,30\nBeijing,102,20,29.5\n",
    );
    let first = ask(
        &weather,
        "what was the highest temperature recorded in Beijing?",
        &svg(),
    )
    .unwrap();
    assert_eq!(
        first.table.as_ref().unwrap().rows[0][0].as_f64(),
        Some(102.0)
    );
    let next = ask(
        &weather,
        "and the coldest low in Chicago?",
        &after(first.plan.as_ref().unwrap()),
    )
    .unwrap();
    let table = next.table.unwrap_or_else(|| panic!("{}", next.response));
    assert_eq!(table.rows[0][0].as_f64(), Some(-13.0), "{:?}", next.sql);
    // Snowfall is the `Total` of the months: seasons from 1980, (50 + 50) / 2 = 50; then
    // before 1950, (30 + 10) / 2 = 20.
    let (_dir, snow) = csv(
        "city_snowfall",
        "SeasonStart,Nov,Dec,Total\n1940,10,20,30\n1945,5,5,10\n1960,1,1,2\n\
         1985,40,10,50\n1990,20,30,50\n",
    );
    let first = ask(
        &snow,
        "average snowfall for the seasons starting in 1980 or later",
        &svg(),
    )
    .unwrap();
    assert_eq!(
        first.table.as_ref().unwrap().rows[0][0].as_f64(),
        Some(50.0),
        "{:?}",
        first.sql
    );
    let next = ask(
        &snow,
        "and before 1950?",
        &after(first.plan.as_ref().unwrap()),
    )
    .unwrap();
    let table = next.table.unwrap_or_else(|| panic!("{}", next.response));
    assert_eq!(table.rows[0][0].as_f64(), Some(20.0), "{:?}", next.sql);
    // Deaths without a seatbelt 1 of 2 (50%), with one 1 of 4 (25%).
    let (_dir, crashes) = csv(
        "crashes",
        "dead,seatbelt\ndead,none\nalive,none\nalive,belted\nalive,belted\ndead,belted\nalive,belted\n",
    );
    let (rows, sql) = rows_of(
        &crashes,
        "death rate in percent for occupants with and without a seatbelt",
        &svg(),
    );
    let rates = labelled(&rows);
    assert_eq!(
        rates,
        [("belted".to_string(), 25.0), ("none".to_string(), 50.0)],
        "{sql}"
    );
}

#[test]
fn timeliness_ranked_rows_initials_and_tallies() {
    // Arrived late: flights 1 and 3 (arr_delay 11 and 4); left early: flight 2 (-1); arrived
    // early or on time: flights 2 and 4 (-18, 0), 2 of 4 = 50%.
    let (_dir, flights) = csv(
        "flights",
        "carrier,flight,dep_delay,arr_delay,distance\n\
         UA,1,2,11,1400\nAA,2,-1,-18,1089\nUA,3,5,4,719\nDL,4,0,0,2475\n",
    );
    assert_eq!(
        first_cell(&flights, "how many flights arrived late?").as_f64(),
        Some(2.0)
    );
    assert_eq!(
        first_cell(&flights, "how many flights left early?").as_f64(),
        Some(1.0)
    );
    assert_eq!(
        first_cell(
            &flights,
            "what percentage of flights arrived early or on time?"
        )
        .as_f64(),
        Some(50.0)
    );
    // The longest flight is the one that flies farthest (flight 4, 2475), not the highest
    // flight number.
    let (rows, sql) = rows_of(&flights, "what was the longest flight?", &svg());
    assert_eq!(rows.len(), 1, "{sql}");
    assert!(sql.contains("\"distance\" DESC"), "{sql}");
    // The busiest carrier: UA, 2 of the 4 flights.
    assert_eq!(
        first_cell(&flights, "which is the busiest carrier?").as_str(),
        Some("UA")
    );
    // The largest plane by seats: N2 (450); not a count per number of seats.
    let (_dir, planes) = csv(
        "planes",
        "tailnum,year,seats,manufacturer\nN1,1956,55,DOUGLAS\nN2,2013,450,BOEING\nN3,1999,55,BOEING\n",
    );
    assert_eq!(
        first_cell(&planes, "what is the largest plane by seats?").as_str(),
        Some("N2")
    );
    // The earliest year is 1956.
    assert_eq!(
        first_cell(&planes, "what is the earliest year a plane was built?").as_f64(),
        Some(1956.0)
    );
    // The breakdown of manufacturers: BOEING 2, DOUGLAS 1.
    let (rows, sql) = rows_of(&planes, "breakdown of manufacturer", &svg());
    assert_eq!(
        labelled(&rows),
        [("BOEING".to_string(), 2.0), ("DOUGLAS".to_string(), 1.0)],
        "{sql}"
    );
    // "GE" is General Electric: its value in 1940 is 30.
    let (_dir, firms) = csv(
        "grunfeld",
        "firm,year,value\nGeneral Electric,1940,30\nGeneral Motors,1940,50\nGeneral Electric,1941,35\n",
    );
    assert_eq!(
        first_cell(&firms, "what was GE's value in 1940?").as_f64(),
        Some(30.0)
    );
    // "total employment" is `TOTEMP`.
    let (_dir, longley) = csv("longley", "YEAR,TOTEMP\n1950,60\n1951,62\n");
    assert_eq!(
        first_cell(&longley, "average total employment").as_f64(),
        Some(61.0)
    );
    // 30 or more years of work experience: B and C.
    let (_dir, workers) = csv("wages", "name,experience,wage\nA,3,10\nB,30,20\nC,41,15\n");
    assert_eq!(
        first_cell(
            &workers,
            "how many workers have 30 or more years of work experience?"
        )
        .as_f64(),
        Some(2.0)
    );
}

#[test]
fn sides_leaving_coded_sexes_hours_and_names_that_carry_numbers() {
    // Matches: 1-1 and 0-0 are draws (2 of 5); the home side won 2-0 and 3-1 (2 of 5, 40%);
    // away goals by team: B 1+0 = 1, A 0+1 = 1, C 4 (C 0-4 at D... see rows), so C leads.
    let (_dir, matches) = csv(
        "matches",
        "HomeTeam,AwayTeam,HomeGoals,AwayGoals\n\
         A,B,1,1\nB,A,2,0\nD,C,0,4\nA,D,3,1\nC,B,0,0\n",
    );
    assert_eq!(
        first_cell(&matches, "how many matches ended in a draw?").as_f64(),
        Some(2.0)
    );
    assert_eq!(
        first_cell(
            &matches,
            "what percentage of the matches did the home team win?"
        )
        .as_f64(),
        Some(40.0)
    );
    // Goals scored away: C 4, B 1 (1 + 0), A 0, D 1: C first, summed not averaged.
    let (rows, sql) = rows_of(
        &matches,
        "top 1 teams by goals scored in away games",
        &svg(),
    );
    assert_eq!(rows[0][0].as_str(), Some("C"), "{sql}");
    assert_eq!(rows[0][1].as_f64(), Some(4.0), "{sql}");
    // Goals scored by the home team, on average: (1 + 2 + 0 + 3 + 0) / 5 = 1.2, one value.
    let (rows, sql) = rows_of(
        &matches,
        "average number of goals scored by the home team",
        &svg(),
    );
    assert_eq!(rows.len(), 1, "{sql}");
    assert_eq!(rows[0][0].as_f64(), Some(1.2), "{sql}");

    // Staff: those who left are 30 and 40 (mean 35); one stayed (50).
    let (_dir, staff) = csv("staff", "Age,Attrition,sex\n30,Yes,1\n40,Yes,2\n50,No,2\n");
    assert_eq!(
        first_cell(&staff, "average age of employees who left").as_f64(),
        Some(35.0)
    );
    // Men and women over a sex coded 1 and 2: one group each (1: 30; 2: 45).
    let (rows, sql) = rows_of(&staff, "average age of men and women", &svg());
    let groups: Vec<(f64, f64)> = rows
        .iter()
        .map(|r| (r[0].as_f64().unwrap(), r[1].as_f64().unwrap()))
        .collect();
    assert_eq!(groups, [(1.0, 30.0), (2.0, 45.0)], "{sql}");

    // Trips before 6 in the morning: hours 0 and 5 (2 of 4); by day of the week: Mon 2.
    let (_dir, taxi) = csv(
        "taxi_trips",
        "tip,distance,dow,hour\nyes,2.0,Mon,0\nno,4.0,Mon,5\nyes,1.0,Tue,6\nyes,3.0,Tue,23\n",
    );
    assert_eq!(
        first_cell(&taxi, "how many trips started before 6 in the morning?").as_f64(),
        Some(2.0)
    );
    let (rows, sql) = rows_of(&taxi, "average trip distance by day of the week", &svg());
    assert_eq!(
        labelled(&rows),
        [("Mon".to_string(), 3.0), ("Tue".to_string(), 2.0)],
        "{sql}"
    );

    // Days above 90 in a year: the mean of dx90_2018 is (16 + 2) / 2 = 9; one station of
    // two had more such days in 2018 than in 1948 (A: 16 > 11; B: 2 < 3).
    let (_dir, hot) = csv(
        "hot_days",
        "station,dx70_1948,dx70_2018,dx90_1948,dx90_2018\nA,131,147,11,16\nB,80,99,3,2\n",
    );
    assert_eq!(
        first_cell(&hot, "average number of days above 90 degrees in 2018").as_f64(),
        Some(9.0)
    );
    assert_eq!(
        first_cell(
            &hot,
            "how many stations had more days above 90 degrees in 2018 than in 1948?"
        )
        .as_f64(),
        Some(1.0)
    );

    // Swedish women: one row of the three.
    let (_dir, survey) = csv(
        "survey",
        "country,gender,age\nSweden,female,30\nSweden,male,40\nNorway,female,50\n",
    );
    assert_eq!(
        first_cell(&survey, "how many Swedish women were surveyed?").as_f64(),
        Some(1.0)
    );
}

#[test]
fn numbered_rows_us_dates_clock_hours_and_prices_compared_across_places() {
    // Games numbered 1 to 4: Grinnell scored 107 and 120 at home (mean 113.5), 142 and 99
    // away (mean 120.5); "how many games" against Knox is 2 rows, not 3 + 4 = 7.
    let (_dir, games) = csv(
        "games",
        "Game,Opp,Home,GrPoint\n1,Ripon,1,107\n2,Beloit,0,142\n3,Knox,1,120\n4,Knox,0,99\n",
    );
    assert_eq!(
        first_cell(&games, "how many games did they play against Knox?").as_f64(),
        Some(2.0)
    );
    let (rows, sql) = rows_of(
        &games,
        "average points in home games and in away games",
        &svg(),
    );
    assert_eq!(rows.len(), 2, "{sql}");
    let mean_of = |home: i64| {
        rows.iter()
            .find(|r| r[0].as_i64() == Some(home))
            .and_then(|r| r[1].as_f64())
    };
    assert_eq!(
        (mean_of(1), mean_of(0)),
        (Some(113.5), Some(120.5)),
        "{sql}"
    );

    // Strikes dated the way spreadsheets write them: 1993 has two, 1992 one.
    let (_dir, strikes) = csv(
        "strikes",
        "date,state,time_of_day\n8/30/1993 0:00:00,NE,Night\n2/29/1992 0:00:00,TX,Dusk\n\
         12/1/1993 0:00:00,TX,Day\n",
    );
    let (rows, sql) = rows_of(&strikes, "number of strikes per year", &svg());
    assert_eq!(rows.len(), 2, "{sql}");
    assert_eq!(rows[1][0].as_i64(), Some(1993), "{sql}");
    assert_eq!(rows[1][1].as_f64(), Some(2.0), "{sql}");
    let chart = spec(
        &strikes,
        "bar chart of the number of strikes by time of day",
    );
    assert_eq!(chart.x.as_deref(), Some("time_of_day"));

    // Pizzas at 11:57, 12:12 and 12:40: hour 12 has two. Revenue: 20.75 + 16.5 + 12 = 49.25.
    let (_dir, pizzas) = csv(
        "pizza_place_sales",
        "date,time,type,price\n2015-01-01,11:57:40,supreme,20.75\n\
         2015-01-01,12:12:28,veggie,16.5\n2015-01-02,12:40:00,classic,12\n",
    );
    let (rows, sql) = rows_of(
        &pizzas,
        "at what hour of the day are the most pizzas ordered?",
        &svg(),
    );
    assert_eq!(rows[0][0].as_i64(), Some(12), "{sql}");
    assert_eq!(rows[0][1].as_f64(), Some(2.0), "{sql}");
    assert_eq!(
        first_cell(&pizzas, "how much money did these pizzas bring in?").as_f64(),
        Some(49.25)
    );

    // Textbooks: Amazon is cheaper for A (40 < 50) and C (8 < 9), not B (30 > 20). The
    // most expensive new book at the bookstore is A's (50), at Amazon B's (30).
    let (_dir, books) = csv(
        "textbooks",
        "course,textbook_isbn,bookstore_new,amazon_new\nA,9781,50,40\nB,9782,20,30\nC,9783,9,8\n",
    );
    assert_eq!(
        first_cell(
            &books,
            "for how many courses was the new book cheaper on Amazon than at the bookstore?"
        )
        .as_f64(),
        Some(2.0)
    );
    let (rows, sql) = rows_of(
        &books,
        "which course has the most expensive new textbook at the bookstore?",
        &svg(),
    );
    assert_eq!(rows[0][0].as_str(), Some("A"), "{sql}");
    assert_eq!(rows[0][1].as_f64(), Some(50.0), "{sql}");
    // The bookstore's new books average (50 + 20 + 9) / 3 = 26.33; then Amazon's
    // (40 + 30 + 8) / 3 = 26, one column.
    let first = ask(
        &books,
        "average price of a new textbook at the bookstore",
        &svg(),
    )
    .unwrap();
    let cell = first.table.as_ref().map(|t| t.rows[0][0].clone());
    assert_eq!(
        cell.and_then(|v| v.as_f64()).map(|v| (v * 100.0).round()),
        Some(2633.0)
    );
    let then = ask(
        &books,
        "and new from Amazon?",
        &after(first.plan.as_ref().unwrap()),
    )
    .unwrap();
    let table = then.table.unwrap_or_else(|| panic!("{}", then.response));
    assert_eq!(table.columns.len(), 1, "{:?}", then.sql);
    assert_eq!(table.rows[0][0].as_f64(), Some(26.0), "{:?}", then.sql);

    // Emergency visits 0, 2, 1, 0: two people went at least once.
    let (_dir, care) = csv(
        "care",
        "emergency,health\n0,average\n2,poor\n1,poor\n0,excellent\n",
    );
    assert_eq!(
        first_cell(
            &care,
            "how many people went to the emergency room at least once?"
        )
        .as_f64(),
        Some(2.0)
    );
    // By self-rated health: poor (2 + 1) / 2 = 1.5.
    let (rows, sql) = rows_of(
        &care,
        "average emergency visits by self-rated health",
        &svg(),
    );
    assert_eq!(rows.len(), 3, "{sql}");
    let poor = rows.iter().find(|r| r[0].as_str() == Some("poor")).unwrap();
    assert_eq!(poor[1].as_f64(), Some(1.5), "{sql}");
}

#[test]
fn weekdays_ranges_column_differences_verdicts_and_free_things() {
    // 2006-01-07 is a Saturday, 2006-01-08 a Sunday, 2006-01-09 a Monday; "Sunday" is also
    // a victim's name, dated Monday. Weekends: 2 rows. Aged 18 to 25: 19, 25 (2 rows).
    let (_dir, murders) = csv(
        "london_murders",
        "forename,age,date\nAaron,19,2006-01-07\nViolet,100,2006-01-08\nSunday,25,2006-01-09\n\
         Ben,40,2006-01-09\n",
    );
    assert_eq!(
        first_cell(
            &murders,
            "how many murders happened on a Saturday or a Sunday?"
        )
        .as_f64(),
        Some(2.0)
    );
    assert_eq!(
        first_cell(&murders, "how many victims were aged 18 to 25?").as_f64(),
        Some(2.0)
    );
    let (rows, sql) = rows_of(&murders, "who was the oldest victim?", &svg());
    assert_eq!(rows[0][0].as_str(), Some("Violet"), "{sql}");
    assert_eq!(rows[0].len(), 2, "{sql}");

    // Ranges: 10 - 8 = 2, 15 - 5 = 10, 9 - 8 = 1; the widest is day 2. Closed above the
    // open on days 1 and 3.
    let (_dir, prices) = csv(
        "sp500",
        "date,open,high,low,close\n2015-01-01,9,10,8,9.5\n2015-01-02,14,15,5,6\n\
         2015-01-03,8.2,9,8,8.8\n",
    );
    let (rows, sql) = rows_of(
        &prices,
        "which day had the widest range between the high and the low?",
        &svg(),
    );
    assert_eq!(rows[0][0].as_str(), Some("2015-01-02"), "{sql}");
    assert_eq!(rows[0][1].as_f64(), Some(10.0), "{sql}");
    assert_eq!(
        first_cell(
            &prices,
            "on how many days did it close higher than it opened?"
        )
        .as_f64(),
        Some(2.0)
    );
    assert_eq!(
        first_cell(
            &prices,
            "on which day did the S&P 500 close at its highest?"
        )
        .as_str(),
        Some("2015-01-01")
    );

    // Leave granted twice of four; the rater saw merit in two cases, one of them refused.
    let (_dir, appeals) = csv(
        "refugee_appeals",
        "judge,rater,decision\nMarceau,yes,yes\nMarceau,no,yes\nPratte,yes,no\nPratte,no,no\n",
    );
    assert_eq!(
        first_cell(&appeals, "how many claimants were granted leave?").as_f64(),
        Some(2.0)
    );
    assert_eq!(
        first_cell(
            &appeals,
            "in how many cases did the rater see merit but the judge refused leave?"
        )
        .as_f64(),
        Some(1.0)
    );

    // Free shipping on one auction of three; total prices 51.55 and 37.04 (new, used).
    let (_dir, auctions) = csv(
        "auctions",
        "cond,ship_pr,ship_sp,total_pr\nnew,4,standard,51.55\nused,0,media,37.04\n\
         new,3.99,firstClass,45.45\n",
    );
    assert_eq!(
        first_cell(&auctions, "how many auctions had free shipping?").as_f64(),
        Some(1.0)
    );
    assert_eq!(
        first_cell(&auctions, "average total price of used copies").as_f64(),
        Some(37.04)
    );

    // Dogs: two Poodles, one Boxer as the primary breed.
    let (_dir, pets) = csv(
        "seattle_pet_licenses",
        "license_number,species,primary_breed,secondary_breed\nS1,Dog,Poodle,Mix\n\
         S2,Dog,Poodle,\nS3,Dog,Boxer,Poodle\nS4,Cat,Siamese,\n",
    );
    let (rows, sql) = rows_of(&pets, "What is the most common dog breed?", &svg());
    assert_eq!(rows[0][0].as_str(), Some("Poodle"), "{sql}");
    assert_eq!(rows[0][1].as_f64(), Some(2.0), "{sql}");
}

#[test]
fn years_in_names_sides_of_a_flag_changes_between_years_and_columns_of_time() {
    // Under-5 mortality in 2018: A 50, B 60, C 20; the highest is B. Above 55 in 2018: B
    // (1); in 1990: A 100, B 80 (2). Deaths in 2018: B 12, A 8, C 3.
    let (_dir, mortality) = csv(
        "child_mortality",
        "country,under5_mortality_1990,under5_mortality_2018,under5_mortality_2018_male,under5_deaths_2018\n\
         A,100,50,55,8\nB,80,60,62,12\nC,40,20,22,3\n",
    );
    let (rows, sql) = rows_of(
        &mortality,
        "Which country had the highest under-5 mortality rate in 2018?",
        &svg(),
    );
    assert_eq!(rows[0][0].as_str(), Some("B"), "{sql}");
    assert_eq!(rows[0][1].as_f64(), Some(60.0), "{sql}");
    let first = ask(
        &mortality,
        "how many countries had an under-5 mortality rate above 55 in 2018?",
        &svg(),
    )
    .unwrap();
    assert_eq!(
        first.table.unwrap().rows[0][0].as_f64(),
        Some(1.0),
        "{:?}",
        first.sql
    );
    let again = ask(&mortality, "and in 1990?", &after(&first.plan.unwrap())).unwrap();
    assert_eq!(
        again.table.unwrap().rows[0][0].as_f64(),
        Some(2.0),
        "{:?}",
        again.sql
    );
    let (rows, sql) = rows_of(
        &mortality,
        "top 2 countries by number of under-5 deaths in 2018",
        &svg(),
    );
    assert_eq!(rows.len(), 2, "{sql}");
    assert_eq!(
        (rows[0][0].as_str(), rows[0][1].as_f64()),
        (Some("B"), Some(12.0)),
        "{sql}"
    );
    assert_eq!(
        (rows[1][0].as_str(), rows[1][1].as_f64()),
        (Some("A"), Some(8.0)),
        "{sql}"
    );

    // Men (female = 0): (10 + 14) / 2 = 12; women: (20 + 30) / 2 = 25.
    let (_dir, survey) = csv("survey", "female,sentiment\n0,10\n1,20\n1,30\n0,14\n");
    let (rows, sql) = rows_of(&survey, "average sentiment for men and for women", &svg());
    assert_eq!(rows.len(), 2, "{sql}");
    assert_eq!(
        (rows[0][0].as_f64(), rows[0][1].as_f64()),
        (Some(0.0), Some(12.0)),
        "{sql}"
    );
    assert_eq!(
        (rows[1][0].as_f64(), rows[1][1].as_f64()),
        (Some(1.0), Some(25.0)),
        "{sql}"
    );

    // 100 wins or more: 116 and 101 (2). The most in one season: A's 116; in all, A's
    // 116 + 93 = 209 over B's 60 + 101 = 161.
    let (_dir, seasons) = csv(
        "team_seasons",
        "team,year,games_played,home_games,wins\nA,2001,162,81,116\nB,2001,162,81,60\n\
         A,2002,162,81,93\nB,2002,162,81,101\n",
    );
    assert_eq!(
        first_cell(&seasons, "how many times did a team win 100 or more games?").as_f64(),
        Some(2.0)
    );
    let (rows, sql) = rows_of(
        &seasons,
        "Which team won the most games in a single season?",
        &svg(),
    );
    assert_eq!(
        (rows[0][0].as_str(), rows[0][1].as_f64()),
        (Some("A"), Some(116.0)),
        "{sql}"
    );
    let (rows, sql) = rows_of(&seasons, "Which team won the most games?", &svg());
    assert_eq!(
        (rows[0][0].as_str(), rows[0][1].as_f64()),
        (Some("A"), Some(209.0)),
        "{sql}"
    );

    // Germany grew 120 - 100 = 20 from 2010 to 2012; all countries in 2012: 120 + 70.
    let (_dir, populations) = csv(
        "populations",
        "country,year,population\nGermany,2010,100\nGermany,2011,105\nGermany,2012,120\n\
         Chad,2010,50\nChad,2012,70\n",
    );
    assert_eq!(
        first_cell(
            &populations,
            "by how many people did Germany's population grow from 2010 to 2012?"
        )
        .as_f64(),
        Some(20.0)
    );
    assert_eq!(
        first_cell(
            &populations,
            "what was the total population of all the countries in 2012?"
        )
        .as_f64(),
        Some(190.0)
    );
    assert_eq!(
        first_cell(&populations, "how many people lived in Chad in 2012").as_f64(),
        Some(70.0)
    );

    // Week 2: one pig of two above 39 kg; week 1: (26.5 + 25.0) / 2 = 25.75.
    let (_dir, pigs) = csv(
        "pig_growth",
        "Pig,Weight,Time\n4601,26.5,1\n4601,40.1,2\n4643,25.0,1\n4643,38.2,2\n",
    );
    assert_eq!(
        first_cell(&pigs, "how many pigs weighed more than 39 kg in week 2").as_f64(),
        Some(1.0)
    );
    assert_eq!(
        first_cell(&pigs, "mean weight of the pigs in week 1").as_f64(),
        Some(25.75)
    );

    // Deaths: women 2 of 3, men 1 of 2.
    let (_dir, attacks) = csv(
        "heart_attacks",
        "outcome,sex\nlive,f\ndead,m\nlive,m\ndead,f\ndead,f\n",
    );
    let (rows, sql) = rows_of(&attacks, "death rate by sex", &svg());
    assert_eq!(rows[0][0].as_str(), Some("f"), "{sql}");
    assert!(
        (rows[0][1].as_f64().unwrap() - 200.0 / 3.0).abs() < 1e-9,
        "{sql}"
    );
    assert_eq!(
        (rows[1][0].as_str(), rows[1][1].as_f64()),
        (Some("m"), Some(50.0)),
        "{sql}"
    );
}

#[test]
fn a_change_between_two_years_in_percent_is_of_the_earlier_year() {
    let (_dir, trade) = csv(
        "us_trade",
        "year,impo,expo\n1929,4.4,5.24\n1930,3.06,3.84\n1931,2.09,2.42\n1932,1.32,1.61\n",
    );
    // Imports fell from 4.4 to 1.32: by 3.08, which is 70% of 4.4.
    let fall = first_cell(
        &trade,
        "By what percent did imports fall from 1929 to 1932?",
    );
    assert!((fall.as_f64().unwrap() - 70.0).abs() < 1e-9, "{fall}");
    // From 1931 to 1932 exports went from 2.42 to 1.61: a "growth" of -0.81 / 2.42.
    let growth = first_cell(
        &trade,
        "by what percentage did exports grow from 1931 to 1932",
    );
    assert!(
        (growth.as_f64().unwrap() - (1.61 - 2.42) / 2.42 * 100.0).abs() < 1e-9,
        "{growth}"
    );
    let drop = first_cell(&trade, "How much did imports fall from 1929 to 1932?");
    assert!((drop.as_f64().unwrap() - 3.08).abs() < 1e-9, "{drop}");
}
