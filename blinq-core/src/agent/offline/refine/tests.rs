//! Tests of the refinements, each on a small table.

use super::{counting::*, direction::*, flags::*, measures::*, speed::*};
use crate::agent::offline::found::{Mention, Role, Scan};
use crate::agent::offline::intent::{AggFunc, Cmp, Filter, Order};
use crate::agent::offline::schema::Schema;
use crate::agent::offline::words::tokenize;
use crate::dataset::{Dataset, Format, LoadOptions};

/// What `kind_counted_in_a_column` makes of a count of `question` that named `column`.
fn counted(csv: &str, column: &str, question: &str) -> Option<AggFunc> {
    let options = LoadOptions {
        format: Some(Format::Csv),
        ..LoadOptions::default()
    };
    let data = Dataset::from_bytes("medals", csv.as_bytes(), &options).unwrap();
    let schema = Schema::of(&data);
    let mut out = Scan {
        agg: Some(AggFunc::Count),
        mentions: vec![Mention {
            column: column.to_string(),
            role: Role::Measure,
            agg: None,
        }],
        ..Scan::default()
    };
    kind_counted_in_a_column(&schema, &tokenize(question), &mut out);
    out.agg
}

fn schema_of(name: &str, csv: &str) -> Schema {
    let options = LoadOptions {
        format: Some(Format::Csv),
        ..LoadOptions::default()
    };
    Schema::of(&Dataset::from_bytes(name, csv.as_bytes(), &options).unwrap())
}

#[test]
fn what_a_flag_of_winners_says_was_won_is_counted() {
    let schema = schema_of(
        "team_seasons",
        "team,wins,world_series_winner\nA,100,Y\nA,90,N\nB,95,Y\nA,99,Y\n",
    );
    let scan = crate::agent::offline::scan::scan;
    let out = scan(&schema, "which team has won the most World Series?");
    assert_eq!(out.agg, Some(AggFunc::Count));
    assert!(
        !out.mentions.iter().any(|m| m.column == "wins"),
        "{:?}",
        out.mentions
    );
    // No flag said: the wins are summed.
    let out = scan(&schema, "which team won the most games?");
    assert!(out.mentions.iter().any(|m| m.column == "wins"));
    assert_eq!(out.agg, Some(AggFunc::Sum));
}

#[test]
fn a_flag_is_named_by_its_verb_and_object() {
    let schema = schema_of(
        "team_seasons",
        "team,division_id,division_winner,world_series_winner\n\
         A,E,Y,Y\nB,W,N,Y\nC,E,Y,N\nD,W,N,N\n",
    );
    let scan = crate::agent::offline::scan::scan;
    let out = scan(
        &schema,
        "What percentage of World Series champions also won their division that year?",
    );
    // The champions are the whole, the division winners among them the part.
    assert_eq!(out.share_within.len(), 1, "{:?}", out.share_within);
    assert_eq!(out.share_within[0].column, "world_series_winner");
    assert_eq!(
        out.rate_of.as_ref().map(|f| f.column.as_str()),
        Some("division_winner")
    );
    let flags: Vec<&str> = out.filters.iter().map(|f| f.column.as_str()).collect();
    assert!(flags.contains(&"world_series_winner"), "{:?}", out.filters);
    assert!(!out.mentions.iter().any(|m| m.column == "division_id"));
    // The object alone, with no verb of the doer, is the other column.
    let out = scan(&schema, "how many teams per division?");
    assert!(out.filters.iter().all(|f| f.column != "division_winner"));
}

#[test]
fn a_yes_no_column_in_a_stacked_chart_is_its_stacks() {
    let schema = Schema::of_csv("appeals", "judge,decision\nMarceau,yes\nPratte,no\n");
    let read = |stacked: bool| {
        let mut out = Scan {
            chart_kind: Some(crate::plot::PlotKind::Bar),
            stacked,
            mentions: vec![
                Mention::of("decision".to_string(), Role::Measure),
                Mention::of("judge".to_string(), Role::Group),
            ],
            ..Scan::default()
        };
        flags_as_filters(
            &schema,
            &tokenize("bar chart of decisions by judge"),
            &mut out,
        );
        out.filters.len()
    };
    assert_eq!(read(true), 0);
    // Not stacked, the chart is of the yes rows.
    assert_eq!(read(false), 1);
}

#[test]
fn a_count_of_what_a_column_counts_is_its_sum() {
    let schema = Schema::of_csv(
        "breaches",
        "State,Individuals.Affected,ncases\nCA,1000,3\nTX,522,4\nCA,610,1\n",
    );
    let read = |question: &str, mentions: Vec<Mention>| {
        let mut out = Scan {
            agg: Some(AggFunc::Count),
            mentions,
            ..Scan::default()
        };
        counted_by_a_count_column(&schema, &tokenize(question), &mut out);
        out
    };
    let summed = |out: &Scan, column: &str| {
        out.agg == Some(AggFunc::Sum) && out.mentions.iter().any(|m| m.column == column)
    };
    // A noun and what befell them; the noun said by a synonym.
    let out = read("how many people had their records exposed", vec![]);
    assert!(summed(&out, "Individuals.Affected"), "{out:?}");
    let out = read("how many individuals were affected", vec![]);
    assert!(summed(&out, "Individuals.Affected"), "{out:?}");
    let out = read("number of cases by state", vec![]);
    assert!(summed(&out, "ncases"), "{out:?}");
    // Compared, the column is each row's; the rows are counted.
    let mut out = Scan {
        agg: Some(AggFunc::Count),
        filters: vec![Filter::on("ncases", Cmp::Gt, 8.into())],
        ..Scan::default()
    };
    counted_by_a_count_column(
        &schema,
        &tokenize("how many cases with more than 8 cases"),
        &mut out,
    );
    assert_eq!(out.agg, Some(AggFunc::Count));
    // Plotted against another column, the column itself.
    let versus = vec![
        Mention::of("State".to_string(), Role::Measure),
        Mention::of("ncases".to_string(), Role::Versus),
    ];
    let out = read("state vs number of cases", versus);
    assert_eq!(out.agg, Some(AggFunc::Count));
}

#[test]
fn a_number_for_a_calculation_is_not_the_column_asked_for() {
    let schema = Schema::of_csv("juice", "Purchase,WeekofPurchase\nCH,237\nMM,238\nCH,238\n");
    let read = |which: bool| {
        let mut mentions = vec![Mention::of("Purchase".to_string(), Role::Measure)];
        if which {
            mentions.push(Mention::of("WeekofPurchase".to_string(), Role::Which));
        }
        let mut out = Scan {
            superlative: Some(Order::Desc),
            mentions,
            ..Scan::default()
        };
        numbers_for_calculations(&schema, &mut out);
        out.mentions[0].column.clone()
    };
    // "the highest purchase": the numbers of the longer name.
    assert_eq!(read(false), "WeekofPurchase");
    // "which week had the most purchases": the week is asked for, the purchases counted.
    assert_eq!(read(true), "Purchase");
    // "which subject has the most courses": counted, no number needed.
    let schema = Schema::of_csv(
        "textbooks",
        "subject,course,course_numeric\nArt,Drawing,10\nArt,Painting,12\nMath,Calculus,31\n",
    );
    let mut out = Scan {
        superlative: Some(Order::Desc),
        counted_superlative: true,
        mentions: vec![Mention::of("course".to_string(), Role::Measure)],
        ..Scan::default()
    };
    numbers_for_calculations(&schema, &mut out);
    assert_eq!(out.mentions[0].column, "course");
}

#[test]
fn fractions_shown_in_percent_are_no_share() {
    let schema = Schema::of_csv("belts", "usage,deaths\n0.5,10\n0.7,20\n");
    let read = |question: &str, column: &str| {
        let mut out = Scan {
            share: true,
            in_percent: true,
            mentions: vec![Mention::of(column.to_string(), Role::Measure)],
            ..Scan::default()
        };
        fractions_shown_in_percent(&schema, &tokenize(question), &mut out);
        out.share
    };
    assert!(!read("average usage rate, in percent", "usage"));
    // Not fractions; or a share word besides.
    assert!(read("average deaths in percent", "deaths"));
    assert!(read("share of usage above 0.6, in percent", "usage"));
}

#[test]
fn a_column_named_for_one_of_its_two_values_is_a_flag() {
    let schema = Schema::of_csv("crashes", "dead,speed\nalive,10\ndead,55\nalive,30\n");
    assert_eq!(
        flag_value(&schema, "dead", true),
        Some(serde_json::json!("dead"))
    );
    assert_eq!(
        flag_value(&schema, "dead", false),
        Some(serde_json::json!("alive"))
    );
}

#[test]
fn numbered_yes_and_no_are_a_flags_values() {
    let schema = Schema::of_csv("wages", "health_ins,wage\n1. Yes,10\n2. No,5\n1. Yes,7\n");
    assert_eq!(
        flag_value(&schema, "health_ins", false),
        Some(serde_json::json!("2. No"))
    );
}

#[test]
fn the_oldest_is_the_earliest_year_of_a_name_of_one_word() {
    let schema = Schema::of_csv(
        "journals",
        "title,foundingyear,price\nA Review,1844,100\nB Letters,1990,50\n",
    );
    let mut out = Scan {
        superlative_word: Some("oldest".to_string()),
        superlative: Some(Order::Desc),
        ..Scan::default()
    };
    implied_measure(&schema, &[], &mut out);
    assert_eq!(out.superlative, Some(Order::Asc));
    assert_eq!(out.mentions[0].column, "foundingyear");
    // "How old" asks an age, which no year is.
    let mut out = Scan {
        superlative_word: Some("oldest".to_string()),
        superlative: Some(Order::Desc),
        ..Scan::default()
    };
    implied_measure(
        &schema,
        &tokenize("how old is the oldest journal"),
        &mut out,
    );
    assert!(out.mentions.is_empty() && out.not_found.is_some());
}

#[test]
fn the_highest_with_no_quantity_named_is_the_one_height() {
    let schema = Schema::of_csv(
        "high_peaks",
        "Peak,Elevation,Ascent,Length\nMt. Marcy,5344,3166,14.8\nAlgonquin,5114,2936,8.6\n",
    );
    let highest = || Scan {
        superlative_word: Some("highest".to_string()),
        superlative: Some(Order::Desc),
        ..Scan::default()
    };
    let mut out = highest();
    implied_measure(&schema, &[], &mut out);
    assert_eq!(out.mentions[0].column, "Elevation");
    // Two heights: neither.
    let two = Schema::of_csv("t", "name,height,elevation\nA,1,2\nB,3,4\n");
    let mut out = highest();
    implied_measure(&two, &[], &mut out);
    assert!(out.mentions.is_empty());
}

#[test]
fn a_superlative_names_a_quantity_of_the_year_said() {
    let schema = Schema::of_csv(
        "pines",
        "Row,Hgt90,Hgt96,Hgt97,Diam97\n1,20,200,300,5\n2,25,210,320,6\n",
    );
    let tokens = crate::agent::offline::words::tokenize("the tallest trees in 1997");
    let mut out = Scan {
        superlative_word: Some("tallest".to_string()),
        superlative: Some(Order::Desc),
        ..Scan::default()
    };
    implied_measure(&schema, &tokens, &mut out);
    assert_eq!(out.mentions[0].column, "Hgt97");
    // No year said: no column of one year is the height.
    let tokens = crate::agent::offline::words::tokenize("the tallest trees");
    let mut out = Scan {
        superlative_word: Some("tallest".to_string()),
        superlative: Some(Order::Desc),
        ..Scan::default()
    };
    implied_measure(&schema, &tokens, &mut out);
    assert!(out.mentions.is_empty(), "{:?}", out.mentions);
}

#[test]
fn rows_nearly_all_named_apart_are_the_rows_in_the_plural() {
    let mut csv = String::from("star,type,magnitude\n");
    for k in 0..19 {
        csv.push_str(&format!("S{k},B,-{k}\n"));
    }
    csv.push_str("S0,B,-0.5\n");
    let schema = schema_of("stars", &csv);
    let scan = crate::agent::offline::scan::scan;
    let out = scan(&schema, "average magnitude of the B stars");
    assert!(
        !out.mentions.iter().any(|m| m.column == "star"),
        "{:?}",
        out.mentions
    );
    // Names that repeat on many rows are groups.
    let out = scan(&schema, "average magnitude of the types");
    assert!(
        out.mentions.iter().any(|m| m.column == "type"),
        "{:?}",
        out.mentions
    );
}

#[test]
fn a_table_of_counts_of_kinds_counts_and_shares_by_its_counts() {
    let schema = schema_of(
        "road_accident_victims",
        "age,result,mode,Freq\n50+,Died,Pedestrian,704\n50+,Injured,Pedestrian,5000\n\
         0-9,Died,Bicycle,20\n0-9,Injured,Bicycle,900\n",
    );
    let scan = crate::agent::offline::scan::scan;
    let out = scan(&schema, "How many people died in road accidents in total?");
    assert_eq!(out.agg, Some(AggFunc::Sum));
    assert!(
        out.mentions.iter().any(|m| m.column == "Freq"),
        "{:?}",
        out.mentions
    );
    // A condition nothing reads is no total of every row.
    let out = scan(&schema, "How many of the accidents happened at night?");
    assert_ne!(out.agg, Some(AggFunc::Sum));
    let out = scan(&schema, "What percentage of all the victims died?");
    assert!(out.share);
    assert!(
        out.mentions.iter().any(|m| m.column == "Freq"),
        "{:?}",
        out.mentions
    );
    // A frequency beside other numbers is a column like any other.
    let radio = schema_of("radio", "station,frequency,power\nA,88.1,10\nB,101.5,50\n");
    let out = scan(&radio, "how many stations are there?");
    assert!(!out.mentions.iter().any(|m| m.column == "frequency"));
}

#[test]
fn a_long_tables_one_amount_is_what_an_amount_asks_for() {
    let schema = schema_of(
        "coffee_imports",
        "country,member,year,value\nJapan,1,2010,7407\nJapan,1,2011,7000\n\
         Germany,1,2010,16716\nAlbania,0,2010,67\n",
    );
    let scan = crate::agent::offline::scan::scan;
    for q in [
        "How much coffee did Japan import in 2010?",
        "Which country imported the most coffee in 2010?",
        "top 2 importing countries in 2010",
        "line chart of Japan's coffee imports over the years",
    ] {
        let out = scan(&schema, q);
        assert!(
            out.mentions
                .iter()
                .any(|m| m.role == Role::Measure && m.column == "value"),
            "{q}: {:?}",
            out.mentions
        );
    }
    // Nor a place in the list.
    let out = scan(&schema, "what country is listed first?");
    assert!(
        !out.mentions.iter().any(|m| m.column == "value"),
        "{:?}",
        out.mentions
    );
    // A count of rows asks for no amount.
    let out = scan(&schema, "how many countries are there?");
    assert!(!out.mentions.iter().any(|m| m.column == "value"));
    let out = scan(&schema, "which country has the most rows?");
    assert!(!out.mentions.iter().any(|m| m.column == "value"));
    // Nor where the amount's column is named otherwise.
    let schema = schema_of("t", "country,year,imports\nJapan,2010,7407\n");
    let out = scan(&schema, "How much did Japan get in 2010?");
    assert!(!out.mentions.iter().any(|m| m.column == "imports"));
    // Rows picked by their values ask for the one amount; counted, they do not.
    let prices = schema_of(
        "price_index",
        "date,category,value\n2015-08-01,Audio equipment,40.4\n2015-08-01,Televisions,5.5\n\
         2015-09-01,Televisions,5.4\n",
    );
    let out = scan(
        &prices,
        "What was the audio equipment index in August 2015?",
    );
    assert!(out.mentions.iter().any(|m| m.column == "value"), "{out:?}");
    let out = scan(&prices, "how many rows are televisions?");
    assert!(!out.mentions.iter().any(|m| m.column == "value"), "{out:?}");
}

#[test]
fn a_value_of_a_long_tables_key_column_asks_for_its_estimate() {
    let schema = schema_of(
        "us_rent_income",
        "GEOID,NAME,variable,estimate,moe\n1,Alabama,income,24476,136\n1,Alabama,rent,747,3\n\
         2,Alaska,income,32940,508\n2,Alaska,rent,1200,13\n",
    );
    let scan = crate::agent::offline::scan::scan;
    for q in ["median rent in Alaska", "Which state has the highest rent?"] {
        let out = scan(&schema, q);
        assert!(
            out.mentions
                .iter()
                .any(|m| m.role == Role::Measure && m.column == "estimate"),
            "{q}: {out:?}"
        );
    }
}

#[test]
fn a_direction_picks_the_max_column_unless_an_average_is_asked() {
    let schema = schema_of(
        "help",
        "substance,avg_drinks,max_drinks\nalcohol,29,40\nheroin,10,20\n",
    );
    let scan = crate::agent::offline::scan::scan;
    let measure = |q: &str| {
        scan(&schema, q)
            .mentions
            .into_iter()
            .find(|m| m.role == Role::Measure)
            .map(|m| m.column)
    };
    assert_eq!(
        measure("which substance drinks the most on average").as_deref(),
        Some("avg_drinks")
    );
    assert_eq!(
        measure("which substance has the highest drinks").as_deref(),
        Some("max_drinks")
    );
}

#[test]
fn a_superlative_of_a_quantity_never_ranks_by_a_direction() {
    let schema = Schema::of_csv(
        "weather",
        "month,wind_dir,wind_speed\n1,270,10.5\n2,90,3.2\n",
    );
    let mut out = Scan {
        superlative_word: Some("windiest".to_string()),
        superlative: Some(Order::Desc),
        ..Scan::default()
    };
    implied_measure(&schema, &[], &mut out);
    assert_eq!(out.mentions[0].column, "wind_speed");
}

#[test]
fn a_span_of_time_after_a_superlative_is_the_row_asked_for() {
    let schema = Schema::of_csv(
        "weather",
        "day,temp,time,distance\n1,30.5,5,8\n2,12.0,7,3\n",
    );
    let ranked = |question: &str, asked: &str| {
        let mut out = Scan {
            superlative_word: question.split(' ').nth(1).map(str::to_string),
            superlative: Some(Order::Asc),
            mentions: vec![Mention::of(asked.to_string(), Role::Measure)],
            ..Scan::default()
        };
        ranked_by_the_superlative(&schema, &tokenize(question), &mut out);
        out.ranked_by
    };
    assert_eq!(ranked("the coldest day", "day").as_deref(), Some("temp"));
    // A column said of the superlative is its quantity: "the longest time" is `time`.
    assert_eq!(ranked("the longest time", "time"), None);
    // So after a participle that qualifies it.
    assert_eq!(ranked("the longest expected time", "time"), None);
    // And after the rows' own noun.
    let commutes = Schema::of_csv(
        "commute_times",
        "City,Distance,Time\nBoston,8,20\nHouston,30,45\n",
    );
    let mut out = Scan {
        superlative_word: Some("longest".to_string()),
        superlative: Some(Order::Desc),
        mentions: vec![Mention::of("Time".to_string(), Role::Measure)],
        ..Scan::default()
    };
    ranked_by_the_superlative(&commutes, &tokenize("the longest commute time"), &mut out);
    assert_eq!(out.ranked_by, None);
}

#[test]
fn a_superlative_then_by_a_number_keeps_the_first_row_ranked_by_it() {
    let schema = Schema::of_csv("planes", "tailnum,seats,maker\nN1,55,A\nN2,450,B\n");
    let read = |question: &str, role: Role, agg: Option<AggFunc>| {
        let mut out = Scan {
            superlative_word: question.split(' ').nth(1).map(str::to_string),
            superlative: Some(Order::Desc),
            mentions: vec![Mention::of("seats".to_string(), role)],
            agg,
            ..Scan::default()
        };
        the_one_ranked_by(&schema, &tokenize(question), &mut out);
        (out.top_n, out.mentions[0].role, out.agg)
    };
    assert_eq!(
        read("the largest plane by seats", Role::Group, None),
        (Some(1), Role::Measure, None)
    );
    assert_eq!(
        read(
            "the largest plane by number of seats",
            Role::Group,
            Some(AggFunc::Count)
        ),
        (Some(1), Role::Measure, None)
    );
    // An aggregate of its own, or no "by": the column stays as it was read.
    assert_eq!(
        read(
            "the largest average by seats",
            Role::Group,
            Some(AggFunc::Mean)
        ),
        (None, Role::Group, Some(AggFunc::Mean))
    );
    assert_eq!(
        read("the largest plane seats", Role::Group, None),
        (None, Role::Group, None)
    );
}

#[test]
fn the_earliest_and_the_newest_are_of_the_year() {
    let schema = Schema::of_csv("planes", "tailnum,year\nN1,1956\nN2,2013\n");
    // The order as read ("newest" is the lowest age), and the order over years.
    for (word, read, order) in [
        ("earliest", Order::Asc, Order::Asc),
        ("latest", Order::Desc, Order::Desc),
        ("newest", Order::Asc, Order::Desc),
    ] {
        let mut out = Scan {
            superlative_word: Some(word.to_string()),
            superlative: Some(read),
            ..Scan::default()
        };
        implied_measure(&schema, &[], &mut out);
        assert_eq!(out.mentions[0].column, "year", "{word}");
        assert_eq!(out.superlative, Some(order), "{word}");
    }
}

#[test]
fn how_often_each_value_comes_is_a_count_per_value() {
    let schema = Schema::of_csv(
        "weather",
        "weather,year,wind\nsun,2012,3.1\nrain,2012,4.5\nsun,2013,2.0\n",
    );
    let read = |tallied: bool, distinct: bool, columns: &[&str]| {
        let mut out = Scan {
            agg: Some(AggFunc::Count),
            tallied,
            distinct,
            mentions: columns
                .iter()
                .map(|c| Mention::of(c.to_string(), Role::Measure))
                .collect(),
            ..Scan::default()
        };
        values_tallied(&schema, &mut out);
        out.mentions.iter().map(|m| m.role).collect::<Vec<_>>()
    };
    assert_eq!(read(true, false, &["weather"]), [Role::Group]);
    // "how many weathers", "the frequency of distinct weathers": counted once each.
    assert_eq!(read(false, false, &["weather"]), [Role::Measure]);
    assert_eq!(read(true, true, &["weather"]), [Role::Measure]);
    // A number said too is what is counted or summed.
    assert_eq!(
        read(true, false, &["weather", "wind"]),
        [Role::Measure, Role::Measure]
    );
}

#[test]
fn a_calendar_part_is_no_amount_counted() {
    let schema = Schema::of_csv(
        "weather",
        "city,day,events\nChicago,3,Snow\nChicago,4,Rain\n",
    );
    let mut out = Scan {
        agg: Some(AggFunc::Count),
        mentions: vec![Mention {
            column: "day".to_string(),
            role: Role::Measure,
            agg: None,
        }],
        ..Scan::default()
    };
    how_many_held_in_a_column(
        &schema,
        &tokenize("how many days did it snow in Chicago"),
        &mut out,
    );
    assert_eq!(out.agg, Some(AggFunc::Count));
}

#[test]
fn how_many_there_were_in_a_year_of_one_row_is_the_columns_amount() {
    let schema = Schema::of_csv(
        "airliner_accidents",
        "year,airacc,hijack\n1968,40,35\n1969,42,86\n1970,39,50\n",
    );
    let read = |question: &str| {
        let mut out = Scan {
            agg: Some(AggFunc::Count),
            mentions: vec![Mention::of("hijack".to_string(), Role::Measure)],
            ..Scan::default()
        };
        how_many_held_in_a_column(&schema, &tokenize(question), &mut out);
        out.agg
    };
    assert_eq!(
        read("How many hijackings were there in 1969?"),
        Some(AggFunc::Sum)
    );
    // Not over rows that are not years.
    let flights = Schema::of_csv("log", "pilot,hijack\nA,0\nB,1\nA,1\n");
    let mut out = Scan {
        agg: Some(AggFunc::Count),
        mentions: vec![Mention::of("hijack".to_string(), Role::Measure)],
        ..Scan::default()
    };
    how_many_held_in_a_column(
        &flights,
        &tokenize("how many hijackings were there"),
        &mut out,
    );
    assert_eq!(out.agg, Some(AggFunc::Count));
}

#[test]
fn a_count_over_a_table_of_frequencies_is_their_sum() {
    let schema = Schema::of_csv(
        "disease_cases",
        "disease,state,year,count\nPolio,Ohio,1952,300\nMeasles,Ohio,1952,900\n",
    );
    let read = |question: &str, agg: AggFunc| {
        let mut out = Scan {
            agg: Some(agg),
            ..Scan::default()
        };
        counted_by_a_frequency_column(&schema, &tokenize(question), &mut out);
        (out.agg, out.mentions.first().map(|m| m.column.clone()))
    };
    let summed = (Some(AggFunc::Sum), Some("count".to_string()));
    assert_eq!(
        read("how many polio cases were there in 1952", AggFunc::Count),
        summed
    );
    assert_eq!(
        read("which disease has the most cases in total", AggFunc::Sum),
        summed
    );
    let mut out = Scan {
        superlative: Some(Order::Desc),
        ..Scan::default()
    };
    counted_by_a_frequency_column(
        &schema,
        &tokenize("which state had the most cases"),
        &mut out,
    );
    assert_eq!(out.agg, Some(AggFunc::Sum));
    // The rows themselves, counted.
    assert_eq!(
        read("how many rows are there for polio", AggFunc::Count),
        (Some(AggFunc::Count), None)
    );
}

#[test]
fn durations_are_times_paces_and_race_distances() {
    let schema = Schema::of_csv(
        "runs",
        "Date,Miles,TimeMin,PaceMin,run800m\n1/1/2002,5,40,8,130\n1/2/2002,14,100,7.1,128\n",
    );
    for column in ["TimeMin", "PaceMin", "run800m"] {
        assert!(holds_durations(&schema, column), "{column}");
    }
    assert!(!holds_durations(&schema, "Miles"));
    assert_eq!(speed_order("fastest"), Some(Order::Asc));
    assert_eq!(speed_order("slowest"), Some(Order::Desc));
}

#[test]
fn the_best_of_a_quantity_better_lower_is_its_lowest() {
    let schema = Schema::of_csv(
        "flights",
        "carrier,arr_delay,distance,TimeMin\nAA,5,1400,30\nUS,-3,900,20\n",
    );
    let read = |word: &str, column: &str| {
        let mut out = Scan {
            superlative: Some(Order::Desc),
            superlative_word: Some(word.to_string()),
            mentions: vec![Mention::of(column.to_string(), Role::Measure)],
            ..Scan::default()
        };
        lower_is_better(&schema, &mut out);
        out.superlative
    };
    assert_eq!(read("worst", "arr_delay"), Some(Order::Desc));
    assert_eq!(read("best", "arr_delay"), Some(Order::Asc));
    assert_eq!(read("best", "TimeMin"), Some(Order::Asc));
    // A quantity better higher keeps the word's direction.
    assert_eq!(read("best", "distance"), Some(Order::Desc));
    assert_eq!(read("highest", "arr_delay"), Some(Order::Desc));
}

#[test]
fn a_share_of_a_singular_column_said_in_the_plural_counts_rows() {
    let schema = Schema::of_csv(
        "flights",
        "flight,arr_delay,votes\n1545,-3,1\n1714,20,2\n461,0,3\n",
    );
    let share = |question: &str, column: &str| {
        let mut out = Scan {
            share: true,
            mentions: vec![Mention {
                column: column.to_string(),
                role: Role::Measure,
                agg: None,
            }],
            ..Scan::default()
        };
        rows_of_a_share(&schema, &tokenize(question), &mut out);
        out.mentions.len()
    };
    assert_eq!(
        share("what percentage of the flights arrived late", "flight"),
        0
    );
    // A name said as it is weighs the share.
    assert_eq!(
        share("what percentage of the votes went to Labour", "votes"),
        1
    );
    assert_eq!(share("what percentage of total flight time", "flight"), 1);
    // A column said elsewhere weighs nothing: the rows are counted.
    assert_eq!(
        share("what percentage of the babies had a low votes", "votes"),
        0
    );
    assert_eq!(
        share(
            "what percentage of the country's votes went to Labour",
            "votes"
        ),
        1
    );
}

#[test]
fn the_noun_of_a_deed() {
    assert!(deed_of("takings", "take"));
    assert!(deed_of("earnings", "earn"));
    assert!(deed_of("generation", "generat"));
    assert!(deed_of("winnings", "win"));
    assert!(deed_of("wins", "win"));
    assert!(!deed_of("taken", "take"));
    assert!(!deed_of("owner", "own"));
}

#[test]
fn an_amount_named_by_its_verb() {
    let schema = schema_of(
        "accommodation",
        "State,Takings,Occupancy\nA,1.5,60\nB,2.5,70\n",
    );
    let read = |question: &str| {
        let mut out = Scan {
            superlative: Some(Order::Desc),
            ..Scan::default()
        };
        amount_named_by_its_verb(&schema, &tokenize(question), &mut out);
        out.mentions.first().map(|m| m.column.clone())
    };
    assert_eq!(
        read("which state took the most money").as_deref(),
        Some("Takings")
    );
    // No verb before "most", or one whose deed names nothing.
    assert_eq!(read("which state has the most money"), None);
    assert_eq!(read("which state grew the most"), None);
}

#[test]
fn a_flag_said_before_a_shares_verb_picks_the_rows_it_is_of() {
    let schema = schema_of(
        "tests",
        "result,drive_thru_ind\npositive,1\nnegative,1\nnegative,0\n",
    );
    let read = |question: &str| {
        let mut out = Scan {
            share: true,
            mentions: vec![Mention::of("drive_thru_ind".into(), Role::Measure)],
            filters: vec![Filter::on("result", Cmp::Eq, "positive".into())],
            ..Scan::default()
        };
        flags_as_filters(&schema, &tokenize(question), &mut out);
        out
    };
    let out = read("what percentage of the drive-thru tests were positive?");
    assert_eq!(out.share_within.len(), 1);
    assert_eq!(out.share_within[0].column, "drive_thru_ind");
    assert!(out.rate_of.is_none());
    // Said after the verb, the flag is the part.
    let out = read("what percentage of the positive tests were drive-thru?");
    assert!(out.share_within.is_empty());
}

#[test]
fn a_non_said_with_its_opposite_negates_no_flag() {
    let schema = schema_of(
        "applications",
        "owner,spend,card\nyes,10,yes\nno,20,yes\nyes,30,no\n",
    );
    let read = |question: &str| {
        let mut out = Scan {
            agg: Some(AggFunc::Mean),
            mentions: ["spend", "card"]
                .iter()
                .map(|c| Mention {
                    column: c.to_string(),
                    role: Role::Measure,
                    agg: None,
                })
                .collect(),
            ..Scan::default()
        };
        flags_as_filters(&schema, &tokenize(question), &mut out);
        out.filters
    };
    // Card holders stay `yes` beside "homeowners and non-homeowners" ...
    let filters = read("average spend of card holders, homeowners and non-homeowners");
    assert_eq!(filters.len(), 1);
    assert_eq!(filters[0].column, "card");
    assert_eq!(filters[0].value, serde_json::json!("yes"));
    // ... and "non" alone still negates.
    assert_eq!(
        read("average spend of non-card holders")[0].value,
        serde_json::json!("no")
    );
    // "outside" a yes/no place is its no.
    assert_eq!(
        read("average spend outside the card")[0].value,
        serde_json::json!("no")
    );
    // "no spend" negates the spending, not the card.
    assert_eq!(
        read("average spend of card holders with no spend")[0].value,
        serde_json::json!("yes")
    );
}

#[test]
fn total_in_a_count_of_text_is_no_sum() {
    let options = LoadOptions {
        format: Some(Format::Csv),
        ..LoadOptions::default()
    };
    let csv = "title,points\nA,2\nB,3\n";
    let data = Dataset::from_bytes("books", csv.as_bytes(), &options).unwrap();
    let schema = Schema::of(&data);
    let scan = |column: &str, agg: Option<AggFunc>| Scan {
        agg,
        mentions: vec![Mention {
            column: column.to_string(),
            role: Role::Measure,
            agg: Some(AggFunc::Sum),
        }],
        ..Scan::default()
    };
    let mut out = scan("title", Some(AggFunc::Count));
    total_in_a_count(&schema, &mut out);
    assert_eq!(out.mentions[0].agg, None);
    // A number keeps its total; so does text outside a count (refused later).
    for (column, agg) in [("points", Some(AggFunc::Count)), ("title", None)] {
        let mut out = scan(column, agg);
        total_in_a_count(&schema, &mut out);
        assert_eq!(out.mentions[0].agg, Some(AggFunc::Sum), "{column}");
    }
}

#[test]
fn a_kind_counted_in_a_column_of_counts_is_its_sum() {
    let csv = "nation,gold,silver\nA,2,1\nB,0,3\nC,1,0\n";
    let sum = Some(AggFunc::Sum);
    let count = Some(AggFunc::Count);
    assert_eq!(
        counted(csv, "silver", "how many silver medals did B win?"),
        sum
    );
    assert_eq!(
        counted(csv, "gold", "what was the number of gold medals?"),
        sum
    );
    // Not without a plural after the column's word, nor for a plural that is a column.
    assert_eq!(counted(csv, "gold", "how many gold"), count);
    assert_eq!(counted(csv, "gold", "how many gold nations"), count);
    let csv = "nation,gold,medals\nA,2,3\nB,0,4\n";
    assert_eq!(counted(csv, "gold", "how many gold medals"), count);
}

#[test]
fn the_distinct_kinds_counted_are_the_text_column_named() {
    let schema = schema_of(
        "employment",
        "Month,Series_ID,Employed\n2018-01-01,CEU05,2000\n2018-02-01,CEU05,123968\n\
         2018-01-01,CEU10,2000\n",
    );
    let measure = |column: &str| Mention::of(column.to_string(), Role::Measure);
    let mut out = Scan {
        agg: Some(AggFunc::Count),
        distinct: true,
        mentions: vec![measure("Employed"), measure("Series_ID")],
        ..Scan::default()
    };
    distinct_of_the_kind_named(&schema, &[], &mut out);
    assert_eq!(out.mentions, vec![measure("Series_ID")]);
    // Not without "different" or "distinct", nor of two text columns.
    let mut out = Scan {
        agg: Some(AggFunc::Count),
        mentions: vec![measure("Employed"), measure("Series_ID")],
        ..Scan::default()
    };
    distinct_of_the_kind_named(&schema, &[], &mut out);
    assert_eq!(out.mentions.len(), 2);
}

#[test]
fn the_number_of_things_a_column_of_counts_is_named_for_is_its_sum() {
    let schema = Schema::of_csv(
        "postal_service",
        "Year,postOffices,teachers\n1789,75,3\n1790,75,4\n1800,903,5\n",
    );
    let read = |question: &str, column: &str| {
        let mut out = Scan {
            agg: Some(AggFunc::Count),
            mentions: vec![Mention::of(column.to_string(), Role::Measure)],
            ..Scan::default()
        };
        total_held_in_a_column(&schema, &tokenize(question), &mut out);
        out.agg
    };
    assert_eq!(
        read("total number of teachers", "teachers"),
        Some(AggFunc::Sum)
    );
    assert_eq!(
        read("the number of post offices over time", "postOffices"),
        Some(AggFunc::Sum)
    );
    // Not a name said in part.
    assert_eq!(
        read("the number of offices over time", "postOffices"),
        Some(AggFunc::Count)
    );
}

#[test]
fn a_verb_alone_names_the_one_column_of_what_it_counts() {
    let schema = Schema::of_csv(
        "arrivals",
        "Quarter,Origin,Arrivals\n2005 Q4,UK,237053\n2005 Q4,Japan,50000\n",
    );
    let mut out = Scan {
        agg: Some(AggFunc::Count),
        ..Scan::default()
    };
    counted_by_its_verb(
        &schema,
        &tokenize("How many people arrived from the UK in 2005 Q4?"),
        &mut out,
    );
    assert_eq!(out.agg, Some(AggFunc::Sum));
    assert_eq!(out.mentions[0].column, "Arrivals");
    // No verb of it: the rows are counted.
    let mut out = Scan {
        agg: Some(AggFunc::Count),
        ..Scan::default()
    };
    counted_by_its_verb(
        &schema,
        &tokenize("How many rows are from the UK?"),
        &mut out,
    );
    assert_eq!(out.agg, Some(AggFunc::Count));
}

#[test]
fn things_the_data_is_named_for_counted_are_its_one_amount() {
    let schema = schema_of(
        "motor_vehicle_production",
        "country,year,value\nJapan,1980,11042884\nJapan,1981,11179962\nChina,1980,222288\n",
    );
    let mut out = Scan {
        agg: Some(AggFunc::Count),
        filters: vec![
            Filter::on("country", Cmp::Eq, "Japan".into()),
            Filter::on("year", Cmp::Eq, 1980.into()),
        ],
        ..Scan::default()
    };
    the_one_amount(
        &schema,
        &tokenize("how many vehicles did Japan produce in 1980"),
        &mut out,
    );
    assert_eq!(out.agg, Some(AggFunc::Sum));
    assert_eq!(
        out.mentions,
        vec![Mention::of("value".to_string(), Role::Measure)]
    );
}

#[test]
fn a_rate_of_what_a_column_counts_is_its_column_per_a_number() {
    let schema = schema_of(
        "us_marriages",
        "Year,Marriages,Marriages_per_1000\n1946,2291000,16.2\n1950,1667000,11.1\n",
    );
    let mut out = Scan {
        mentions: vec![Mention::of("Marriages".to_string(), Role::Measure)],
        ..Scan::default()
    };
    rate_per_number(&schema, &tokenize("highest marriage rate"), &mut out);
    assert_eq!(out.mentions[0].column, "Marriages_per_1000");
    // Without "rate", the count itself.
    let mut out = Scan {
        mentions: vec![Mention::of("Marriages".to_string(), Role::Measure)],
        ..Scan::default()
    };
    rate_per_number(&schema, &tokenize("most marriages"), &mut out);
    assert_eq!(out.mentions[0].column, "Marriages");
}

#[test]
fn an_amount_of_a_word_of_the_datas_name_is_its_one_number() {
    let schema = schema_of(
        "rooftop_solar_daily_output",
        "location,date,kwh\nHaight,2016-01-01,13.1\nSunset,2016-01-01,5.2\nHaight,2016-01-02,12.0\n",
    );
    let mut out = Scan {
        agg: Some(AggFunc::Mean),
        ..Scan::default()
    };
    amount_the_data_is_named_for(
        &schema,
        &tokenize("average daily output by location"),
        &mut out,
    );
    assert_eq!(
        out.mentions,
        vec![Mention::of("kwh".to_string(), Role::Measure)]
    );
    // A day of the month is no amount: with `Day` beside `Rank`, the rank.
    let schema = schema_of(
        "draft_lottery",
        "Day,Rank,Month\n1,305,Jan\n2,159,Jan\n3,251,Feb\n",
    );
    let mut out = Scan {
        agg: Some(AggFunc::Mean),
        ..Scan::default()
    };
    amount_the_data_is_named_for(
        &schema,
        &tokenize("average lottery number by month"),
        &mut out,
    );
    assert_eq!(
        out.mentions,
        vec![Mention::of("Rank".to_string(), Role::Measure)]
    );
    // A word the name does not say is not read into the one number.
    let mut out = Scan {
        agg: Some(AggFunc::Mean),
        ..Scan::default()
    };
    amount_the_data_is_named_for(&schema, &tokenize("average temperature by month"), &mut out);
    assert!(out.mentions.is_empty());
}

#[test]
fn a_share_with_nothing_to_take_it_of_is_the_column_named_a_share() {
    let schema = schema_of(
        "browser_share",
        "Browser Version,Market Share Perc. (Nov 2013)\nChrome 30.0,18.51\nIE 10.0,11.1\n",
    );
    let mut out = Scan {
        share: true,
        ..Scan::default()
    };
    percentage_column(
        &schema,
        &tokenize("top 5 browser versions by share"),
        &mut out,
    );
    assert!(!out.share);
    assert_eq!(
        out.mentions,
        vec![Mention::of(
            "Market Share Perc. (Nov 2013)".to_string(),
            Role::Measure
        )]
    );
}

#[test]
fn how_many_in_total_of_one_column_named_is_its_sum() {
    let schema = Schema::of_csv(
        "friday",
        "type,sixth,thirteenth\naccident,9,13\naccident,6,12\nshopping,4174,4198\n",
    );
    let read = |question: &str, filters: Vec<Filter>| {
        let mut out = Scan {
            agg: Some(AggFunc::Count),
            mentions: vec![Mention::of("thirteenth".to_string(), Role::Measure)],
            filters,
            ..Scan::default()
        };
        how_many_in_total_of_the_one_measure(&schema, &tokenize(question), &mut out);
        out.agg
    };
    let accident = || vec![Filter::on("type", Cmp::Eq, "accident".into())];
    assert_eq!(
        read(
            "how many admissions were there on the 13th in total?",
            accident()
        ),
        Some(AggFunc::Sum)
    );
    // Without "in total", or with the column compared: rows counted.
    assert_eq!(
        read("how many admissions were there on the 13th?", accident()),
        Some(AggFunc::Count)
    );
    assert_eq!(
        read(
            "how many rows in total have more than 10 on the 13th",
            vec![Filter::on("thirteenth", Cmp::Gt, 10.into())]
        ),
        Some(AggFunc::Count)
    );
}

#[test]
fn the_most_of_an_amount_in_a_shared_period_is_its_total() {
    let schema = Schema::of_csv(
        "bridge",
        "Year,Month,Traffic\n2003,1,511.4\n2003,2,468.7\n2004,1,500.0\n2004,2,470.0\n",
    );
    let read = |word: &str| {
        let mut out = Scan {
            superlative: Some(Order::Desc),
            superlative_word: Some(word.to_string()),
            mentions: vec![
                Mention::of("Year".to_string(), Role::Which),
                Mention::of("Traffic".to_string(), Role::Measure),
            ],
            ..Scan::default()
        };
        most_in_a_period_is_its_total(
            &schema,
            &tokenize(&format!("which year had the {word} traffic")),
            &mut out,
        );
        out.agg
    };
    assert_eq!(read("most"), Some(AggFunc::Sum));
    // "the highest" of a period is its rows' level, left to the mean.
    assert_eq!(read("highest"), None);
}

#[test]
fn a_peak_reached_is_each_ones_extreme() {
    let schema = Schema::of_csv(
        "theoph",
        "Subject,Time,conc\n1,0,0.7\n1,1,10.5\n2,0,0\n2,1,8.3\n",
    );
    let read = |question: &str, order: Order, word: &str| {
        let mut out = Scan {
            superlative: Some(order),
            superlative_word: Some(word.to_string()),
            mentions: vec![
                Mention::of("Subject".to_string(), Role::Which),
                Mention::of("conc".to_string(), Role::Measure),
            ],
            ..Scan::default()
        };
        reached_is_the_extreme(&schema, &tokenize(question), &mut out);
        out.agg
    };
    assert_eq!(
        read(
            "which subject reached the highest concentration?",
            Order::Desc,
            "highest"
        ),
        Some(AggFunc::Max)
    );
    assert_eq!(
        read("which subject peaked lowest?", Order::Asc, "lowest"),
        Some(AggFunc::Min)
    );
    // "has the highest" is left to the mean.
    assert_eq!(
        read(
            "which subject has the highest concentration?",
            Order::Desc,
            "highest"
        ),
        None
    );
}

#[test]
fn the_one_amount_of_the_data_named_is_charted_ranked_and_looked_up() {
    let options = LoadOptions {
        format: Some(Format::Csv),
        ..LoadOptions::default()
    };
    let data = Dataset::from_bytes(
        "us_wine_wholesale_sales_monthly",
        "date,S4248SM144NCEN\n1992-01-01,3459\n1992-02-01,3458\n1992-03-01,4002\n".as_bytes(),
        &options,
    )
    .unwrap();
    let schema = Schema::of(&data);
    let measure = |question: &str, out: Scan| {
        let mut out = out;
        amount_the_data_is_named_for(&schema, &tokenize(question), &mut out);
        out.mentions
            .iter()
            .any(|m| m.role == Role::Measure && m.column == "S4248SM144NCEN")
    };
    let charted = Scan {
        chart_kind: Some(crate::plot::PlotKind::Line),
        ..Scan::default()
    };
    assert!(measure("line chart of sales over time", charted));
    let ranked = Scan {
        superlative: Some(Order::Desc),
        superlative_word: Some("highest".into()),
        ..Scan::default()
    };
    assert!(measure("which month had the highest sales?", ranked));
    assert!(measure(
        "what were the sales in March 1992?",
        Scan::default()
    ));
    // "the most sales" counts.
    let counted = Scan {
        superlative: Some(Order::Desc),
        superlative_word: Some("most".into()),
        ..Scan::default()
    };
    assert!(!measure("which month had the most sales?", counted));
}
