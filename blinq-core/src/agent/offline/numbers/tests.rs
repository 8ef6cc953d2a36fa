//! Tests of the numbers read from questions.

use super::*;
use crate::agent::offline::intent::Order;
use crate::agent::offline::words::tokenize;

/// The schema of a CSV text.
fn schema_of(csv: &str) -> Schema {
    Schema::of_csv("t", csv)
}

/// The filters read from `question` over `csv`, and which words were read, with a column
/// span wherever a word is a column's whole name.
fn read(csv: &str, question: &str) -> (Vec<Filter>, Vec<bool>) {
    let schema = schema_of(csv);
    let tokens = tokenize(question);
    let mut used = vec![false; tokens.len()];
    let spans: Vec<(usize, usize, String)> = tokens
        .iter()
        .enumerate()
        .filter_map(|(i, t)| {
            let c = schema.columns.iter().find(|c| c.name == t.lower)?;
            used[i] = true;
            Some((i, i + 1, c.name.clone()))
        })
        .collect();
    let mut out = Scan::default();
    whole_dates(&schema, &tokens, &mut used, &mut out);
    number_filters(
        &schema,
        &tokens,
        &mut used,
        &spans,
        &mut out,
        &mut Vec::new(),
    );
    (out.filters, used)
}

#[test]
fn a_unit_after_the_amount_is_no_other_column() {
    // "degrees" names `temperature` too, but after the amount it is the angle's unit.
    let csv = "recipe,temperature,angle\nA,175,42\nB,185,46\n";
    let schema = schema_of(csv);
    // The filters read with the given column spans, their words already used.
    let filters = |question: &str, spans: &[(usize, usize, &str)]| {
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        for (start, _, _) in spans {
            used[*start] = true;
        }
        let spans: Vec<(usize, usize, String)> = spans
            .iter()
            .map(|(start, end, c)| (*start, *end, c.to_string()))
            .collect();
        let mut out = Scan::default();
        number_filters(
            &schema,
            &tokens,
            &mut used,
            &spans,
            &mut out,
            &mut Vec::new(),
        );
        out.filters
    };
    assert_eq!(
        filters(
            "cakes that broke at an angle above 40 degrees",
            &[(5, 6, "angle"), (8, 9, "temperature")]
        ),
        [Filter::on("angle", Cmp::Gt, 40.into())]
    );
    // With no comparison between, the unit names its own column: "at 225 degrees".
    assert_eq!(
        filters(
            "average angle at 225 degrees",
            &[(1, 2, "angle"), (4, 5, "temperature")]
        ),
        [Filter::on("temperature", Cmp::Eq, 225.into())]
    );
}

#[test]
fn a_year_or_later_is_that_year_and_after() {
    let csv = "peak,p2t,year
A,8,1945
B,11,1960
C,6,1929
";
    let (filters, _) = read(
        csv,
        "average p2t of the recessions that began in 1945 or later",
    );
    assert_eq!(filters, [Filter::on("year", Cmp::Ge, 1945.into())]);
    let (filters, _) = read(csv, "recessions in 1945 or earlier");
    assert_eq!(filters, [Filter::on("year", Cmp::Le, 1945.into())]);
    let (filters, _) = read(csv, "recessions in 1945 or 1960");
    assert_eq!(filters.len(), 2);
    assert!(filters.iter().all(|f| f.op == Cmp::Eq));
}

#[test]
fn a_number_of_chart_marks_per_group_is_no_value() {
    let csv = "country,type,year\nA,banking,1994\nB,currency,1997\n";
    let (filters, _) = read(csv, "number of crises per year, one line per type");
    assert!(filters.is_empty(), "{filters:?}");
    let (filters, _) = read(csv, "number of crises in year 1994");
    assert_eq!(filters, [Filter::on("year", Cmp::Eq, 1994.into())]);
}

#[test]
fn a_whole_date_in_words_is_a_day_of_the_date_column() {
    let csv = "played,points\n16 May 1973,3\n6 February 1922,1\n";
    let day = |q: &str| {
        read(csv, q)
            .0
            .into_iter()
            .map(|f| (f.op, f.value))
            .collect::<Vec<_>>()
    };
    let on = serde_json::json!("1922-02-06");
    assert_eq!(
        day("points scored on 6 february 1922"),
        [(Cmp::Eq, on.clone())]
    );
    assert_eq!(day("games after Feb 6, 1922"), [(Cmp::Gt, on)]);
    assert_eq!(
        day("points before may 16 1973"),
        [(Cmp::Lt, serde_json::json!("1973-05-16"))]
    );
    // No such day; no day at all: nothing of the date column.
    assert!(
        day("points on 31 february 1922")
            .iter()
            .all(|(_, v)| v != "1922-02-31")
    );
    assert!(
        day("points in may 1973")
            .iter()
            .all(|(_, v)| !v.is_string())
    );
    // Of two date columns, the one named before the date; a date a text column holds as
    // said is that column's value, not a day.
    let two = "entered,left\n16 May 1973,1 June 1973\n6 February 1922,9 March 1922\n";
    let filters = read(two, "which single left on 9 march 1922").0;
    assert_eq!(filters[0].column, "left");
    let text = "played,note\n16 May 1973,6 February 1922\n6 February 1922,x\n";
    let filters = read(text, "the note 6 February 1922").0;
    assert!(filters.iter().all(|f| !f.value.is_string()), "{filters:?}");
}

const SLEEP: &str = "name,sleep,population,viewers\nA,10,2500000,9.5\nB,16,800000,12.1\n";

#[test]
fn or_more_after_a_unit_is_the_comparison() {
    let csv = "name,winds\nA,120\nB,150\nC,160\n";
    let (filters, _) = read(csv, "storms with winds of 150 mph or more");
    assert_eq!(filters, vec![Filter::on("winds", Cmp::Ge, 150.into())]);
}

#[test]
fn a_percentage_against_fractions_is_a_fraction() {
    let csv = "poll,undecided\nA,0.1\nB,0.25\nC,0\n";
    let (filters, _) = read(csv, "polls with undecided above 20%");
    assert_eq!(filters, vec![Filter::on("undecided", Cmp::Gt, 0.2.into())]);
    let (filters, _) = read(csv, "polls with undecided above 20 percent");
    assert_eq!(filters, vec![Filter::on("undecided", Cmp::Gt, 0.2.into())]);
    let (filters, _) = read(csv, "polls with more than 20% undecided");
    assert_eq!(filters, vec![Filter::on("undecided", Cmp::Gt, 0.2.into())]);
    // Not a plain number.
    let (filters, _) = read(csv, "polls with undecided above 0.2");
    assert_eq!(filters, vec![Filter::on("undecided", Cmp::Gt, 0.2.into())]);
}

#[test]
fn a_percentage_of_a_column_of_percentages_is_compared_with_it() {
    // Both columns reach 40, so a lone "more than 40" names neither.
    let csv = "name,share,amount\nA,10,25\nB,60,900\n";
    let (filters, used) = read(csv, "more than 40% of the share");
    assert_eq!(filters, vec![Filter::on("share", Cmp::Gt, 40.into())]);
    assert!(used.iter().all(|u| *u), "{used:?}");
    let (filters, _) = read(csv, "under 5% of their share");
    assert_eq!(filters, vec![Filter::on("share", Cmp::Lt, 5.into())]);
    // Not without the percent sign, nor for a column beyond 100.
    let (filters, _) = read(csv, "more than 40 of the share");
    assert!(filters.is_empty(), "{filters:?}");
    let (filters, _) = read(csv, "more than 40% of the amount");
    assert!(filters.is_empty(), "{filters:?}");
}

#[test]
fn a_decade_is_its_ten_years() {
    let csv = "disease,year,count\nPolio,1952,300\nPolio,1961,20\n";
    let (filters, _) = read(csv, "polio cases in the 1950s");
    assert_eq!(
        filters,
        vec![
            Filter::on("year", Cmp::Ge, 1950.into()),
            Filter::on("year", Cmp::Le, 1959.into())
        ]
    );
    // A century's hundred years; "the 2000s" stays the decade.
    let csv = "Year,postOffices\n1789,75\n1850,18417\n2005,27385\n";
    let (filters, _) = read(csv, "average number of post offices in the 1800s");
    assert_eq!(
        filters,
        vec![
            Filter::on("Year", Cmp::Ge, 1800.into()),
            Filter::on("Year", Cmp::Le, 1899.into())
        ]
    );
    let (filters, _) = read(csv, "post offices in the 2000s");
    assert_eq!(filters[1], Filter::on("Year", Cmp::Le, 2009.into()));
}

#[test]
fn a_verb_says_which_date_a_month_is_of() {
    let csv = "startdate,enddate,clinton\n2016-10-28,2016-11-02,45\n2016-11-01,2016-11-06,44\n";
    let (filters, _) = read(csv, "polls that ended in November 2016");
    assert!(
        !filters.is_empty() && filters.iter().all(|f| f.column == "enddate"),
        "{filters:?}"
    );
    let (filters, _) = read(csv, "polls that started in November 2016");
    assert!(
        !filters.is_empty() && filters.iter().all(|f| f.column == "startdate"),
        "{filters:?}"
    );
}

#[test]
fn a_noun_and_a_comparative_compare_the_name_that_abbreviates_them() {
    let csv = "sp,CL,CW\nB,16.1,19.0\nO,42.0,46.5\nB,38.5,41.2\n";
    let (filters, _) = read(csv, "how many crabs have a carapace longer than 40 mm?");
    assert_eq!(filters, vec![Filter::on("CL", Cmp::Gt, 40.into())]);
    let (filters, _) = read(csv, "crabs with a carapace wider than 45");
    assert_eq!(filters, vec![Filter::on("CW", Cmp::Gt, 45.into())]);
    // A noun whose initial the name does not keep: no column of that quantity.
    let (filters, _) = read(csv, "crabs with a shell wider than 45");
    assert!(filters.iter().all(|f| f.column != "CL"), "{filters:?}");
}

#[test]
fn an_amount_said_as_a_range_is_both_its_ends() {
    let csv = "forename,age\nAaron,24\nViolet,100\nBen,18\n";
    let (filters, _) = read(csv, "how many victims of age 18 to 25?");
    assert_eq!(
        filters,
        vec![
            Filter::on("age", Cmp::Ge, 18.into()),
            Filter::on("age", Cmp::Le, 25.into())
        ]
    );
    // Not a range that runs backwards.
    let (filters, _) = read(csv, "victims of age 25 to 18");
    assert_eq!(filters[0], Filter::on("age", Cmp::Eq, 25.into()));
}

#[test]
fn a_number_after_a_name_typed_with_a_capital_is_part_of_it() {
    let csv = "date,open,close\n2015-12-31,2060.59,2043.94\n2015-12-30,2077.34,2063.36\n";
    let (filters, _) = read(csv, "on which day did the S&P 500 close at its highest?");
    assert!(filters.is_empty(), "{filters:?}");
    // A month's day, or a number after a column, is still read, in title case too.
    let (filters, _) = read(csv, "days with close above 2050");
    assert_eq!(filters, vec![Filter::on("close", Cmp::Gt, 2050.into())]);
    let (filters, _) = read(csv, "Days With close Above 2050");
    assert_eq!(filters, vec![Filter::on("close", Cmp::Gt, 2050.into())]);
}

#[test]
fn people_under_an_age_compare_the_age_column() {
    let csv = "Status,Age,Amount\ngood,22,800\nbad,41,1600\ngood,67,1200\n";
    let (filters, _) = read(
        csv,
        "how many applicants under 25 asked for more than 1,500?",
    );
    assert!(
        filters.contains(&Filter::on("Age", Cmp::Lt, 25.into())),
        "{filters:?}"
    );
    let (filters, _) = read(csv, "how many customers over 60");
    assert_eq!(filters, vec![Filter::on("Age", Cmp::Gt, 60.into())]);
    // Not an age the column never holds, nor after a word that is no plural noun.
    let (filters, _) = read(csv, "how many applicants under 5000");
    assert!(filters.iter().all(|f| f.column != "Age"), "{filters:?}");
}

#[test]
fn a_value_between_a_column_and_its_comparison_is_passed_over() {
    let csv = "state,year,price\nNY,1967,1.42\nCA,1967,1.1\nNY,1990,4.5\n";
    let schema = schema_of(csv);
    let tokens = tokenize("in how many years was the gas price in New York above 4?");
    let mut used = vec![false; tokens.len()];
    // "New York", read as a value of `state`.
    used[8] = true;
    used[9] = true;
    let spans = vec![(6, 7, "price".to_string())];
    used[6] = true;
    let mut out = Scan::default();
    number_filters(
        &schema,
        &tokens,
        &mut used,
        &spans,
        &mut out,
        &mut Vec::new(),
    );
    assert_eq!(out.filters, vec![Filter::on("price", Cmp::Gt, 4.into())]);
    // Not over a column's name.
    let tokens = tokenize("price in year above 1980");
    let mut used = vec![true, false, true, false, false];
    let spans = vec![(0, 1, "price".to_string()), (2, 3, "year".to_string())];
    let mut out = Scan::default();
    number_filters(
        &schema,
        &tokens,
        &mut used,
        &spans,
        &mut out,
        &mut Vec::new(),
    );
    assert!(
        out.filters.iter().all(|f| f.column != "price"),
        "{:?}",
        out.filters
    );
}

#[test]
fn a_range_of_years_after_an_amount_is_the_calendars() {
    // Incomes that hold 1980 and 1985 too, over a year column of two figures.
    let csv = "state,year,ndi\n1,63,1558\n1,80,1990\n1,85,9800\n1,92,15000\n";
    let (filters, _) = read(csv, "average disposable income ndi from 1980 to 1985");
    assert!(filters.iter().all(|f| f.column == "year"), "{filters:?}");
    // A comparison of the amount alone is the amount's.
    let (filters, _) = read(csv, "states with ndi over 1990");
    assert_eq!(filters, vec![Filter::on("ndi", Cmp::Gt, 1990.into())]);
}

#[test]
fn an_amount_used_is_more_than_none() {
    let csv = "cement,slag,superplasticizer,flag,strength\n540,0,2.5,0,79.9\n332,142,0,1,40.2\n";
    let (filters, used) = read(
        csv,
        "average strength of the mixes that use superplasticizer",
    );
    assert_eq!(
        filters,
        vec![Filter::on("superplasticizer", Cmp::Gt, 0.into())]
    );
    assert!(used[6], "{used:?}");
    let (filters, _) = read(csv, "average strength of mixes containing any slag");
    assert_eq!(filters, vec![Filter::on("slag", Cmp::Gt, 0.into())]);
    let (filters, _) = read(csv, "average strength without slag");
    assert_eq!(filters, vec![Filter::on("slag", Cmp::Eq, 0.into())]);
    // Not an amount that is never none, a yes/no column, or one a number compares.
    let (filters, _) = read(csv, "average strength of mixes that use cement");
    assert!(filters.is_empty(), "{filters:?}");
    let (filters, _) = read(csv, "average strength of mixes that use flag");
    assert!(filters.iter().all(|f| f.op != Cmp::Gt), "{filters:?}");
    let (filters, _) = read(csv, "mixes that use slag over 100");
    assert_eq!(filters, vec![Filter::on("slag", Cmp::Gt, 100.into())]);
}

#[test]
fn a_span_of_time_after_at_is_the_age_column() {
    let csv = "cement,age,strength\n540,28,79.9\n332,270,40.2\n300,7,20.1\n";
    let (filters, used) = read(csv, "average strength at 28 days");
    assert_eq!(filters, vec![Filter::on("age", Cmp::Eq, 28.into())]);
    assert!(used[2..].iter().all(|u| *u), "{used:?}");
    let (filters, _) = read(csv, "samples tested after 7 days");
    assert_eq!(filters, vec![Filter::on("age", Cmp::Eq, 7.into())]);
    // Not a value the column never holds, nor without "at" or "after".
    let (filters, _) = read(csv, "average strength at 400 days");
    assert!(filters.is_empty(), "{filters:?}");
    let (filters, _) = read(csv, "strength in 28 days");
    assert!(
        filters.iter().all(|f| f.op != Cmp::Eq || f.column != "age"),
        "{filters:?}"
    );
    // "on day 21", "between day 0 and day 21" over a `Time` of days.
    let chicks = "weight,Time,Chick\n42,0,1\n51,2,1\n205,21,1\n";
    let (filters, _) = read(chicks, "average weight on day 21");
    assert_eq!(filters, vec![Filter::on("Time", Cmp::Eq, 21.into())]);
    let (filters, _) = read(chicks, "weight gained between day 0 and day 21");
    assert_eq!(
        filters,
        vec![
            Filter::on("Time", Cmp::Eq, 0.into()),
            Filter::on("Time", Cmp::Eq, 21.into())
        ]
    );
    // Not where a column is named for the period.
    let days = "weight,day,Time\n42,1,0\n51,2,21\n";
    let (filters, _) = read(days, "average weight on day 2");
    assert!(filters.iter().all(|f| f.column != "Time"), "{filters:?}");
    // "after 12 weeks" over a `Time` of weeks.
    let pigs = "pig,Time,weight\n1,1,20\n1,12,90\n";
    let (filters, _) = read(pigs, "average weight after 12 weeks");
    assert_eq!(filters, vec![Filter::on("Time", Cmp::Eq, 12.into())]);
}

#[test]
fn a_number_before_its_column_then_or_less_compares() {
    let csv = "date,miles,bedrooms\n1/1/2002,5,2\n1/2/2002,14,4\n";
    let (filters, used) = read(csv, "runs of 5 miles or less");
    assert_eq!(filters, vec![Filter::on("miles", Cmp::Le, 5.into())]);
    assert!(used[2..].iter().all(|u| *u), "{used:?}");
    let (filters, _) = read(csv, "houses with 3 bedrooms or more");
    assert_eq!(filters, vec![Filter::on("bedrooms", Cmp::Ge, 3.into())]);
    let (filters, _) = read(csv, "runs of 5 miles");
    assert_eq!(filters, vec![Filter::on("miles", Cmp::Eq, 5.into())]);
}

#[test]
fn a_column_rated_as_a_number_equals_it() {
    let csv = "rating,age\n3,32\n5,27\n";
    let (filters, _) = read(csv, "people who gave a rating as 5");
    assert_eq!(filters, vec![Filter::on("rating", Cmp::Eq, 5.into())]);
}

#[test]
fn or_more_reaches_its_column_over_words_no_column_names() {
    let csv = "name,lines,experience,wage\nA,1,3,10\nB,5,40,20\n";
    let (filters, used) = read(csv, "stations served by 3 or more metro lines");
    assert_eq!(filters, vec![Filter::on("lines", Cmp::Ge, 3.into())]);
    assert!(used[3..].iter().all(|u| *u), "{used:?}");
    let (filters, _) = read(csv, "workers with 30 or fewer years of work experience");
    assert_eq!(filters, vec![Filter::on("experience", Cmp::Le, 30.into())]);
    // Where it is measured: "on the".
    let (filters, _) = read(csv, "people rated 8 or higher on the experience scale");
    assert_eq!(filters, vec![Filter::on("experience", Cmp::Ge, 8.into())]);
    // Another column between: the amount is not this one's.
    let (filters, _) = read(csv, "3 or more wage lines");
    assert!(!filters.iter().any(|f| f.column == "lines"), "{filters:?}");
    // More than three words between: too far to be one phrase.
    let (filters, _) = read(csv, "3 or more of the busy old metro lines");
    assert!(filters.is_empty(), "{filters:?}");
}

#[test]
fn a_share_of_the_rows_compares_the_column_of_shares_after_them() {
    let csv = "district,uninsured,population\nTX-33,0.385,700000\nCA-29,0.2,710000\n";
    let (filters, _) = read(csv, "districts with more than 20% of the people uninsured");
    assert_eq!(filters, vec![Filter::on("uninsured", Cmp::Gt, 0.2.into())]);
    // Not a column of amounts.
    let (filters, _) = read(csv, "districts with more than 20% of the people population");
    assert!(filters.is_empty(), "{filters:?}");
}

#[test]
fn an_amount_in_another_unit_is_compared_in_the_columns() {
    // (`read` finds a column only where a word is its whole name.)
    let csv = "name,grams,mm\nA,3750,39.1\nB,5200,46.5\n";
    let (filters, _) = read(csv, "grams over 5 kg");
    assert_eq!(filters, vec![Filter::on("grams", Cmp::Gt, 5000.into())]);
    let (filters, _) = read(csv, "mm above 4.2 cm");
    assert_eq!(filters, vec![Filter::on("mm", Cmp::Gt, 42.into())]);
    // The column's own unit, or none, leaves the amount as said.
    let (filters, _) = read(csv, "grams over 4000 g");
    assert_eq!(filters, vec![Filter::on("grams", Cmp::Gt, 4000.into())]);
    let (filters, _) = read("w\n1\n", "w over 5 kg");
    assert_eq!(filters, vec![Filter::on("w", Cmp::Gt, 5.into())]);
}

#[test]
fn in_the_top_n_is_a_condition_on_the_places() {
    let read = |csv: &str, q: &str| {
        let schema = schema_of(csv);
        let tokens = tokenize(q);
        let mut used = vec![false; tokens.len()];
        let mut out = Scan {
            superlative: Some(Order::Desc),
            top_n: Some(10),
            ..Scan::default()
        };
        within_the_top(&schema, &tokens, &mut used, &mut out);
        out
    };
    let ranked = "rank,nation\n1,ITA\n2,SWE\n3,ITA\n";
    let out = read(ranked, "how many italians finished in the top ten");
    assert_eq!((out.top_n, out.superlative), (None, None));
    assert_eq!(out.filters.len(), 1);
    assert_eq!(
        (out.filters[0].column.as_str(), out.filters[0].op),
        ("rank", Cmp::Le)
    );
    assert_eq!(out.filters[0].value.as_f64(), Some(10.0));
    for q in [
        "which nation was not in the top 10",
        "who finished outside the top 10",
    ] {
        let out = read(ranked, q);
        assert_eq!(out.filters[0].op, Cmp::Gt, "{q}");
    }
    // A ranking ("the top 10 nations") and a table without places stay as read.
    assert_eq!(read(ranked, "the top 10 nations").top_n, Some(10));
    assert_eq!(
        read("score,nation\n5,ITA\n", "in the top 10").top_n,
        Some(10)
    );
}

#[test]
fn an_amount_then_in_and_a_column_compares_that_column() {
    let csv = "city,population\nA,800\nB,5000\n";
    let (filters, used) = read(csv, "cities below 1000 in population");
    assert_eq!(filters.len(), 1);
    assert_eq!(
        (filters[0].column.as_str(), filters[0].op),
        ("population", Cmp::Lt)
    );
    assert_eq!(filters[0].value.as_f64(), Some(1000.0));
    assert!(used[1..].iter().all(|u| *u));
    // A year before "in" is no amount of the column.
    let (filters, _) = read(csv, "cities after 2001 in population");
    assert!(filters.iter().all(|f| f.value.as_f64() != Some(2001.0)));
}

#[test]
fn a_lone_amount_is_about_the_one_column_that_reaches_it() {
    // `len` runs 0.9–33.9, `dose` 0.5–2: only `len` holds 20; both hold 1.
    let csv = "len,supp,dose\n0.9,VC,0.5\n33.9,OJ,2\n15.2,VC,1\n15.2,OJ,1\n";
    let (filters, _) = read(csv, "how many measurements are above 20");
    assert_eq!(filters, vec![Filter::on("len", Cmp::Gt, 20.into())]);
    assert!(read(csv, "how many are above 1").0.is_empty());
    // "more than 5 orders" counts rows; a year is the calendar's.
    assert!(read(csv, "which supp has more than 5 doses").0.is_empty());
    assert!(
        read("pop\n1000\n3000\n", "how many after 1990")
            .0
            .is_empty()
    );
}

#[test]
fn a_unit_after_a_compared_amount_is_read_with_it() {
    let (filters, used) = read(SLEEP, "mammals that sleep at least 15 hours a day");
    assert_eq!(filters.len(), 1);
    assert_eq!(
        (filters[0].op, filters[0].value.as_f64()),
        (Cmp::Ge, Some(15.0))
    );
    // "hours a day" is read; "mammals that" is not this rule's.
    assert_eq!(
        used,
        [false, false, true, true, true, true, true, true, true]
    );
    // A word after a number that is not a unit stays unread.
    let (_, used) = read(SLEEP, "sleep over 15 zebras");
    assert!(!used[3]);
}

#[test]
fn an_amount_in_its_unit_reaches_the_column_it_is_measured_on() {
    let csv = "hwy,season\n29,1999\n44,2008\n12,2001\n";
    let (filters, used) = read(csv, "cars with more than 30 mpg on the hwy");
    assert_eq!(filters.len(), 1);
    assert_eq!(
        (
            filters[0].column.as_str(),
            filters[0].op,
            filters[0].value.as_f64()
        ),
        ("hwy", Cmp::Gt, Some(30.0))
    );
    // "more than 30 mpg on the" is read with it; "cars with" is not this rule's.
    assert_eq!(
        used,
        [false, false, true, true, true, true, true, true, true]
    );
    // Without a comparison, or with an amount the column never holds, it is not.
    assert!(read(csv, "cars with 30 mpg on the hwy").0.is_empty());
    assert!(read(csv, "more than 3 goals in the season").0.is_empty());
}

#[test]
fn half_of_a_column_of_shares_is_half_its_scale() {
    let csv = "women,share,income\n5.5,0.1,900\n96.5,0.9,1200\n";
    let (filters, used) = read(csv, "jobs that are more than half women");
    assert_eq!(
        (
            filters[0].column.as_str(),
            filters[0].op,
            filters[0].value.as_f64()
        ),
        ("women", Cmp::Gt, Some(50.0))
    );
    assert!(used[3..].iter().all(|u| *u));
    let (filters, _) = read(csv, "less than half share");
    assert_eq!(
        (filters[0].op, filters[0].value.as_f64()),
        (Cmp::Lt, Some(0.5))
    );
    // Half of a column that is no share is no number; nor is half without a comparison.
    assert!(read(csv, "more than half income").0.is_empty());
    assert!(read(csv, "half women").0.is_empty());
}

#[test]
fn a_scale_word_multiplies_unless_the_column_is_kept_in_that_scale() {
    let (filters, _) = read(SLEEP, "towns with population over 1 million");
    assert_eq!(filters[0].value.as_f64(), Some(1e6));
    // `viewers` never exceeds 13: it counts millions already.
    let (filters, _) = read(SLEEP, "episodes with viewers above 10 million");
    assert_eq!(filters[0].value.as_f64(), Some(10.0));
    let (filters, used) = read(SLEEP, "sleep more than 1 thousand dollars");
    assert_eq!(filters[0].value.as_f64(), Some(1.0));
    assert!(used.iter().all(|u| *u));
}

#[test]
fn a_comparative_of_a_quantity_skips_a_column_of_another() {
    let csv = "day,temp\n1,80\n2,95\n";
    let (filters, _) = read(csv, "day hotter than 90 degrees");
    assert_eq!(filters.len(), 1);
    assert_eq!(filters[0].column, "temp");
    // Said of its own column, it stays there.
    let (filters, _) = read(csv, "temp hotter than 90");
    assert_eq!(filters[0].column, "temp");
}

#[test]
fn a_number_before_a_text_column_of_numbers_is_its_value() {
    let csv = "cylinders,price\n4,10\n6,20\nrotary,30\n";
    let (filters, _) = read(csv, "how many cars have 6 cylinders");
    assert_eq!(filters.len(), 1);
    assert_eq!(filters[0].value, serde_json::json!("6"));
    // A number the column never holds is no value of it.
    let (filters, _) = read(csv, "how many cars have 5 cylinders");
    assert!(filters.is_empty());
}

#[test]
fn a_scaled_amount_before_a_column_is_that_columns() {
    let (filters, used) = read(SLEEP, "sleep over 3 with at least 10 million viewers");
    assert_eq!(filters.len(), 2);
    let viewers = filters.iter().find(|f| f.column == "viewers").unwrap();
    assert_eq!((viewers.op, viewers.value.as_f64()), (Cmp::Ge, Some(10.0)));
    assert!(used[4..].iter().all(|u| *u));
}

#[test]
fn n_or_more_before_a_column() {
    let csv = "years,salary\n12,5\n3,7\n";
    let (filters, _) = read(csv, "players with 10 or more years");
    assert_eq!(
        (filters[0].op, filters[0].value.as_f64()),
        (Cmp::Ge, Some(10.0))
    );
    let (filters, _) = read(csv, "players with 5 or fewer years");
    assert_eq!(
        (filters[0].op, filters[0].value.as_f64()),
        (Cmp::Le, Some(5.0))
    );
    // Alternatives listed with commas: "3, 4 and 5 years" is three values.
    let (filters, _) = read(csv, "with 3, 4 and 5 years");
    assert_eq!(filters.len(), 3);
}

#[test]
fn a_period_after_an_amount_is_read() {
    let csv = "wage\n5\n12\n";
    let (filters, used) = read(csv, "wage over 10 an hour");
    assert_eq!(filters[0].value.as_f64(), Some(10.0));
    assert!(used.iter().all(|u| *u));
}

#[test]
fn a_year_after_in_and_a_column_of_years_is_that_year() {
    let csv = "name,elected\nA,1815\nB,1817\n";
    let (filters, _) = read(csv, "people elected in 1817");
    assert_eq!(filters, [Filter::on("elected", Cmp::Eq, 1817.into())]);
}

#[test]
fn a_comparative_after_a_column_compares_it() {
    let csv = "town,population\nA,1000\nB,3000\n";
    for q in [
        "population larger than 2000",
        "population bigger than 2000",
        "population greater than 2000",
    ] {
        let (filters, _) = read(csv, q);
        assert_eq!(
            filters,
            [Filter::on("population", Cmp::Gt, 2000.into())],
            "{q}"
        );
    }
}

#[test]
fn two_words_after_a_column_then_a_comparison_compare_it() {
    let csv = "date,brent\n2008-07-01,133.9\n2009-01-01,44.9\n";
    let (filters, _) = read(
        csv,
        "in how many months did brent crude cost more than $100?",
    );
    assert_eq!(filters, [Filter::on("brent", Cmp::Gt, 100.into())]);
}

#[test]
fn a_year_after_the_year_keeps_the_word_of_time_before_it() {
    let csv = "name,year\nA,1790\nB,1850\n";
    let (filters, used) = read(csv, "were any built before the year 1800");
    assert_eq!(filters, [Filter::on("year", Cmp::Lt, 1800.into())]);
    assert_eq!(used, [false, false, false, true, false, true, true]);
    let (filters, _) = read(csv, "built since the year 1800");
    assert_eq!(filters, [Filter::on("year", Cmp::Ge, 1800.into())]);
    let (filters, _) = read(csv, "built in the year 1800");
    assert_eq!(filters, [Filter::on("year", Cmp::Eq, 1800.into())]);
}

#[test]
fn a_year_compared_to_another_is_both() {
    let csv = "country,year,lifeExp\nJapan,1952,63\nJapan,2007,82.6\n";
    let both = [
        Filter::on("year", Cmp::Eq, 2007.into()),
        Filter::on("year", Cmp::Eq, 1952.into()),
    ];
    for q in [
        "life expectancy in 2007 compared to 1952",
        "life expectancy in 2007 compared with 1952",
        "life expectancy in 2007 vs 1952",
    ] {
        assert_eq!(read(csv, q).0, both, "{q}");
    }
    // A number that is no year of the last condition is no part of it.
    assert_eq!(
        read(csv, "life expectancy in 2007 compared to 19").0.len(),
        1
    );
}

#[test]
fn comparisons_and_years() {
    assert_eq!(comparison("at least"), Some(Cmp::Ge));
    assert_eq!(comparison("older than"), Some(Cmp::Gt));
    assert_eq!(comparison("drier than"), Some(Cmp::Lt));
    assert!(is_year(1980.0) && !is_year(8.0) && !is_year(1980.5));
    // Before 1800, a year the data's column of years holds.
    let schema = Schema::of_csv("christenings", "Year,Plague\n1629,0\n1665,68596\n1710,0\n");
    assert!(a_year_here(&schema, 1665.0));
    assert!(!a_year_here(&schema, 1500.0) && !a_year_here(&schema, 1665.5));
}

#[test]
fn a_lone_amount_in_a_scale_word_is_scaled() {
    let csv = "country,year,value\nUK,1970,2098498\nUK,2010,1393463\nJapan,1970,5289157\n";
    let (filters, _) = read(csv, "years the UK made more than 1.5 million vehicles");
    assert!(
        filters.contains(&Filter::on("value", Cmp::Gt, number_value(1_500_000.0))),
        "{filters:?}"
    );
}

#[test]
fn a_range_said_of_no_column_is_the_one_column_holding_both_ends() {
    let csv = "isig,glucose\n10.88,102\n9.29,86\n38.2,304\n8.4,68\n";
    let (filters, used) = read(csv, "readings between 70 and 180 inclusive");
    assert_eq!(
        filters,
        vec![
            Filter::on("glucose", Cmp::Ge, number_value(70.0)),
            Filter::on("glucose", Cmp::Le, number_value(180.0)),
        ]
    );
    assert!(used[1..].iter().all(|u| *u), "{used:?}");
    // Where both columns hold the ends, neither is picked.
    let (filters, _) = read("a,b\n1,5\n100,200\n", "rows between 50 and 90");
    assert!(filters.is_empty(), "{filters:?}");
}

#[test]
fn first_between_a_column_and_its_comparison_is_left_for_the_keywords() {
    let csv = "year,divorces\n1974,977000\n1975,1036709\n1976,1090430\n";
    let (filters, used) = read(csv, "year divorces first passed 1000000");
    assert_eq!(
        filters,
        vec![Filter::on("divorces", Cmp::Gt, number_value(1_000_000.0))]
    );
    assert!(!used[2], "{used:?}");
}

#[test]
fn a_lone_amount_with_its_unit_then_or_more_is_compared() {
    let csv = "HorseID,Price,Age\n97,38000,3\n98,45000,5\n99,12000,8\n";
    let (filters, used) = read(csv, "horses listed at 40,000 dollars or more");
    assert_eq!(
        filters,
        vec![Filter::on("Price", Cmp::Ge, number_value(40_000.0))]
    );
    assert!(used[3..].iter().all(|u| *u), "{used:?}");
}

#[test]
fn all_n_of_a_column_is_how_many_there_are_not_a_value() {
    let mut csv = String::from("series,laps,result\n");
    for k in 1..=10 {
        csv.push_str(&format!("{k},{},IN\n", 150 + 5 * k));
    }
    csv.push_str("3,200,OUT\n");
    let (filters, _) = read(&csv, "star bakers over all ten series");
    assert!(filters.is_empty(), "{filters:?}");
    // Not where the number is a value the column holds among others.
    let (filters, _) = read(&csv, "races he finished all 200 laps");
    assert_eq!(
        filters,
        vec![Filter::on("laps", Cmp::Eq, number_value(200.0))]
    );
    let (filters, _) = read(&csv, "star bakers in series 10");
    assert_eq!(
        filters,
        vec![Filter::on("series", Cmp::Eq, number_value(10.0))]
    );
}
