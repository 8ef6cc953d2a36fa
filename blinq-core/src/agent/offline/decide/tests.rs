//! Tests of the decisions.

use super::*;
use crate::agent::offline::intent::{Cmp, Filter};
use crate::agent::offline::scan::scan;
use crate::dataset::{Dataset, Format, LoadOptions};

const PENGUINS: &str = "species,island,body_mass,flipper_length,year\n\
    Adelie,Dream,3700,190,2007\nAdelie,Biscoe,3500,185,2008\n\
    Gentoo,Biscoe,5000,215,2008\nGentoo,Biscoe,5200,220,2009\n\
    Chinstrap,Dream,3800,195,2009\n";

/// The decision that decided a question on `csv` (named `name`), and the ones that
/// shaped it.
fn decided_on(name: &str, csv: &str, question: &str) -> (&'static str, Vec<&'static str>) {
    let options = LoadOptions {
        format: Some(Format::Csv),
        ..LoadOptions::default()
    };
    let data = Dataset::from_bytes(name, csv.as_bytes(), &options).unwrap();
    let schema = Schema::of(&data);
    let d = decide_traced(&schema, &scan(&schema, question));
    (d.by, d.shaped)
}

/// The intent decided for `question` over a table of CSV text.
fn intent_on(name: &str, csv: &str, question: &str) -> Intent {
    let options = LoadOptions {
        format: Some(Format::Csv),
        ..LoadOptions::default()
    };
    let data = Dataset::from_bytes(name, csv.as_bytes(), &options).unwrap();
    let schema = Schema::of(&data);
    decide_traced(&schema, &scan(&schema, question))
        .intent
        .unwrap()
}

fn decided(question: &str) -> (&'static str, Vec<&'static str>) {
    decided_on("penguins", PENGUINS, question)
}

#[test]
fn the_noun_asked_for_names_the_row_by_its_column() {
    let csv = "sample,dataset,carbon,HHV\nCoal,Training,70,30\nCoal,Testing,60,28\n\
               Paper Sludge,Training,23,8.4\n";
    let intent = intent_on("biomass", csv, "which sample has the lowest HHV?");
    assert_eq!(intent.columns, ["sample", "HHV"], "{intent:?}");
}

#[test]
fn numbered_things_are_counted_once_each() {
    let pigs = "Pig,Weight,Time\n4601,26.5,1\n4601,40.1,2\n4601,52.0,3\n4643,25.0,1\n\
                4643,38.2,2\n4643,50.1,3\n";
    // Two pigs over six rows: the distinct numbers.
    let intent = intent_on("pig_growth", pigs, "how many pigs were in the trial?");
    assert_eq!(intent.agg, Some(AggFunc::NUnique));
    assert_eq!(intent.measure.as_deref(), Some("Pig"));
    // Numbered densely (1, 2, 3), repeated, and named for the thing counted: the same.
    let chicks = "weight,Time,Chick,Diet\n42,0,1,1\n51,2,1,1\n40,0,2,1\n49,2,2,1\n\
                  43,0,3,2\n39,2,3,2\n";
    let intent = intent_on(
        "chick_weights",
        chicks,
        "How many chicks were on each diet?",
    );
    assert_eq!(
        (intent.agg, intent.measure.as_deref()),
        (Some(AggFunc::NUnique), Some("Chick"))
    );
    // Numbers that do not repeat number the rows: the rows are counted.
    let students = "Student,Course\n1,120\n2,120\n3,150\n4,120\n";
    let intent = intent_on(
        "placement",
        students,
        "which course did the most students take?",
    );
    assert_eq!(intent.group, ["Course"]);
    assert_eq!(intent.agg, Some(AggFunc::Count));
    assert_eq!(intent.measure, None);
    // A column that counts (named in the plural) is added up.
    // "People" over a numeric `individual`: the persons it numbers, not an amount.
    let modes = "individual,mode,choice,income\n1,air,no,35\n1,train,yes,35\n\
                 2,air,yes,40\n2,train,no,40\n3,air,no,20\n3,train,yes,20\n";
    let intent = intent_on(
        "travel_modes",
        modes,
        "which mode did the most people choose?",
    );
    assert_eq!(intent.group, ["mode"]);
    assert_eq!(
        (intent.agg, intent.measure.as_deref()),
        (Some(AggFunc::NUnique), Some("individual"))
    );
    let intent = intent_on(
        "travel_modes",
        modes,
        "average income of the people who chose the train",
    );
    assert_eq!(intent.measure.as_deref(), Some("income"));
    assert!(intent.also.is_empty(), "{:?}", intent.also);
    // Years listed are counted once each.
    let years = "Year,Quantity\n1893,1\n1893,10\n1894,10\n1894,10\n1896,10\n";
    let intent = intent_on("locomotives", years, "how many years are listed?");
    assert_eq!(
        (intent.agg, intent.measure.as_deref()),
        (Some(AggFunc::NUnique), Some("Year"))
    );
    // Positions that recur (quarters 1 to 4 of each year): the rows are counted.
    let quarters =
        "year,quarter,unemp\n2001,1,5\n2001,2,9\n2001,3,8\n2002,1,9\n2002,2,9\n2002,3,9\n";
    let intent = intent_on(
        "unemployment",
        quarters,
        "how many quarters had unemp of 8 or more?",
    );
    assert_eq!((intent.agg, intent.measure), (Some(AggFunc::Count), None));
    // A noun the same in the plural ("how many fish").
    let fish = "fish,station,seen\n4842,Release,1\n4842,I80_1,1\n4865,Release,1\n\
                4865,I80_1,1\n4865,Lisbon,1\n";
    let intent = intent_on("tagged_fish", fish, "How many fish were tagged?");
    assert_eq!(
        (intent.agg, intent.measure.as_deref()),
        (Some(AggFunc::NUnique), Some("fish"))
    );
    // A thing's number said elsewhere than after "how many" is no count of it.
    let galton = "family,height,nkids\n1,73.2,4\n1,69.2,4\n2,70.0,9\n2,68.5,9\n";
    let intent = intent_on(
        "galton_heights",
        galton,
        "how many children come from families with more than 8 kids?",
    );
    assert_ne!(intent.agg, Some(AggFunc::NUnique));
    let kids = "family,children\nA,2\nB,3\n";
    let intent = intent_on("families", kids, "how many children are there in all?");
    assert_ne!(intent.agg, Some(AggFunc::NUnique));
}

#[test]
fn every_decision_has_a_name_and_an_example_and_the_last_always_decides() {
    let mut names: Vec<&str> = DECISIONS.iter().map(|d| d.name).collect();
    assert!(DECISIONS.iter().all(|d| !d.example.is_empty()));
    names.sort();
    names.dedup();
    assert_eq!(names.len(), DECISIONS.len());
    assert_eq!(DECISIONS.last().unwrap().name, "single_value");
}

#[test]
fn day_with_the_most_rows() {
    let csv = "id,date,weight\n1,1964-11-11,120\n2,1964-11-12,113\n3,1964-11-12,98\n";
    let i = intent_on("births", csv, "on which day were the most babies born?");
    assert_eq!(
        (i.group, i.agg, i.order, i.limit),
        (
            vec!["date".to_string()],
            Some(AggFunc::Count),
            Some(Order::Desc),
            Some(1)
        )
    );
    // A measure ranks the days' rows instead.
    let heaviest = decided_on("births", csv, "on which day was the highest weight?");
    assert_ne!(heaviest.0, "day_with_the_most_rows");
}

#[test]
fn fractions_in_percent() {
    let csv = "state,year,usage,deaths\nAL,1997,0.5,10\nAK,1997,0.7,20\nAL,1998,0.9,30\n";
    let ask = |q: &str| intent_on("seatbelts", csv, q);
    let i = ask("average usage rate in 1997, in percent");
    assert_eq!((i.measure.as_deref(), i.percent), (Some("usage"), true));
    assert!(ask("highest usage as a percentage").percent);
    // Not asked in percent; or a measure whose values are not fractions.
    assert!(!ask("average usage in 1997").percent);
    assert!(!ask("average deaths in percent").percent);
    // "as a percentage of" is a ratio, not a display.
    let ratio = ask("average usage as a percentage of deaths");
    assert_eq!((ratio.ratio.is_some(), ratio.percent), (true, false));
}

#[test]
fn ambiguous_name() {
    let csv = "name,sleep_rem,sleep_cycle\na,10,2\n";
    assert_eq!(
        decided_on("mammals", csv, "average sleep").0,
        "ambiguous_name"
    );
}

#[test]
fn longest_run() {
    assert_eq!(
        decided("how many consecutive years was Biscoe the island?").0,
        "longest_run"
    );
    assert_eq!(
        decided("which island had the most penguins in a row?").0,
        "longest_run"
    );
    // Nothing that picks rows or names them: not a run.
    assert_ne!(decided("how many consecutive years?").0, "longest_run");
}

#[test]
fn period_row() {
    let csv = "year,quarter,rate\n2008,1,2\n2008,2,-6\n2009,1,1\n2009,2,3\n";
    assert_eq!(
        decided_on("macro", csv, "which quarter had the lowest rate").0,
        "period_row"
    );
    // Many rows per year and quarter: quarters are groups.
    let csv = "year,quarter,rate\n2008,1,2\n2008,1,-6\n2008,1,1\n2008,1,3\n2008,1,3\n";
    assert_ne!(
        decided_on("macro", csv, "which quarter had the lowest rate").0,
        "period_row"
    );
}

#[test]
fn sorted_rows() {
    assert_eq!(
        decided("penguins sorted by body mass, highest first").0,
        "sorted_rows"
    );
}

#[test]
fn not_in_data() {
    assert_eq!(decided("average body mass by century").0, "not_in_data");
}

#[test]
fn share() {
    assert_eq!(decided("percentage of penguins from Dream").0, "share");
}

#[test]
fn one_quantity_against_another_is_a_chart_whatever_aggregate_their_names_say() {
    let csv = "city,avg_temp,avg_dewpt\nChicago,50,40\nMumbai,80,70\nAuckland,60,50\n";
    assert_eq!(
        decided_on(
            "weather",
            csv,
            "average temperature against average dew point"
        )
        .0,
        "chart"
    );
    // Per group, it stays a table of averages.
    assert_ne!(
        decided_on("weather", csv, "average temperature by city").0,
        "chart"
    );
}

#[test]
fn how_many_times_counts_rows_not_a_columns_values() {
    let csv = "team,year,wins,losses\nDuke,2013,20,10\nDuke,2014,8,20\nYale,2014,9,19\n";
    let question = "how many times did a team finish with more losses than wins?";
    assert_eq!(
        intent_on("seasons", csv, question).agg,
        Some(AggFunc::Count)
    );
    // "how many teams ..." counts each team once.
    let question = "how many different teams had more losses than wins?";
    assert_eq!(
        intent_on("seasons", csv, question).agg,
        Some(AggFunc::NUnique)
    );
}

#[test]
fn a_share_is_not_weighed_by_the_column_its_part_compares() {
    let csv = "flight,arr_delay,distance\n1545,-3,1400\n1714,20,1416\n461,0,1089\n";
    let question = "what percentage of the flights had an arrival delay of 0 or less";
    let intent = intent_on("nyc_flights", csv, question);
    assert_eq!(intent.task, Task::Share);
    assert_eq!(intent.measure, None);
    // A column said apart from the condition still weighs it.
    let question = "what percentage of the distance was flown with an arrival delay of 0 or less";
    let intent = intent_on("nyc_flights", csv, question);
    assert_eq!(intent.measure.as_deref(), Some("distance"));
}

#[test]
fn a_share_for_two_values_of_a_column_is_one_share_each() {
    let csv = "colour,released\nBlack,Yes\nWhite,No\nWhite,Yes\nOther,Yes\n";
    let question = "release rate in percent for black and white arrestees";
    let intent = intent_on("arrests", csv, question);
    assert_eq!(intent.task, Task::Share);
    assert_eq!(intent.group, ["colour"]);
    // One value chooses the rows: one share.
    let intent = intent_on("arrests", csv, "release rate for white arrestees");
    assert!(intent.group.is_empty());
}

#[test]
fn correlation() {
    assert_eq!(
        decided("correlation between body mass and flipper length").0,
        "correlation"
    );
}

#[test]
fn chart() {
    assert_eq!(
        decided("bar chart of average body mass by species").0,
        "chart"
    );
    assert_eq!(decided("body mass vs flipper length").0, "chart");
}

#[test]
fn count_condition() {
    assert_eq!(
        decided("which species have more than 1 penguin").0,
        "count_condition"
    );
}

#[test]
fn text_has_no_average() {
    assert_eq!(decided("average species").0, "text_has_no_average");
}

#[test]
fn distinct_values() {
    assert_eq!(decided("list the different islands").0, "distinct_values");
    assert_eq!(decided("unique values of island").0, "distinct_values");
    assert_eq!(
        decided("what are the different islands?").0,
        "distinct_values"
    );
    // A count asked for counts them.
    assert_ne!(
        decided("how many different islands are there?").0,
        "distinct_values"
    );
    assert_ne!(decided("number of unique islands").0, "distinct_values");
}

#[test]
fn most_common_value() {
    assert_eq!(decided("the most common island").0, "most_common_value");
    assert_eq!(decided("the most common year").0, "most_common_value");
    assert_eq!(
        decided("which island is most common?").0,
        "most_common_value"
    );
}

#[test]
fn the_best_of_an_unknown_quantity_is_not_the_most_common_value() {
    let schema = Schema::of_csv("rpi", "team,year,rpi_post\nKansas,2016,1\nDuke,2016,4\n");
    let d = decide_traced(
        &schema,
        &scan(&schema, "which team had the best ranking in 2016?"),
    );
    assert_eq!(d.by, "most_common_value");
    assert!(d.intent.is_err());
    // "the most" may count the rows.
    let d = decide_traced(
        &schema,
        &scan(&schema, "which team was listed most in 2016?"),
    );
    assert!(d.intent.is_ok());
}

#[test]
fn which_subject_shapes_and_per_group_decides() {
    assert_eq!(
        decided("which species has the highest body mass"),
        ("per_group", vec!["which_subject"])
    );
}

#[test]
fn which_row_by_aggregate() {
    assert_eq!(
        decided("which penguin has the lowest average body mass").0,
        "which_row_by_aggregate"
    );
}

#[test]
fn yes_or_no() {
    assert_eq!(
        decided("were any penguins heavier than 6000 g?").0,
        "yes_or_no"
    );
    // A number asked for, or no comparison: not yes or no.
    assert_ne!(
        decided("was the average body mass more than 4000?").0,
        "yes_or_no"
    );
    assert_ne!(decided("were the penguins on Dream?").0, "yes_or_no");
}

#[test]
fn extreme_row() {
    assert_eq!(
        decided("which penguin has the highest body mass").0,
        "extreme_row"
    );
}

#[test]
fn top_n() {
    assert_eq!(decided("top 2 species by average body mass").0, "top_n");
}

#[test]
fn compared_values_shape() {
    assert_eq!(
        decided("average body mass of Adelie and Gentoo"),
        ("per_group", vec!["compared_values"])
    );
}

#[test]
fn a_count_of_rows_a_word_picks_counts_the_values_that_say_it() {
    let csv = "Name,Fate\nAmazon,To Pakistan as Babur\nAntelope,To Pakistan as Tippu Sultan\n\
               Active,Sold to Chile\nAmbuscade,Sunk as a target\nArrow,Sold\n";
    let intent = intent_on("frigates", csv, "how many ships went to pakistan?");
    assert_eq!(intent.agg, Some(AggFunc::Count));
    assert_eq!(intent.filters.len(), 1, "{intent:?}");
    assert_eq!(intent.filters[0].column, "Fate");
    assert_eq!(intent.filters[0].op, Cmp::In);
}

#[test]
fn which_before_a_value_asks_for_one_of_its_rows() {
    let csv = "Official Name,Designation,Area\nMoncton,City,141.2\nDieppe,City,51.2\n\
               Sackville,Town,74.3\n";
    let intent = intent_on("places", csv, "which city has the least area?");
    assert_eq!(intent.task, Task::Rows, "{intent:?}");
    assert_eq!(intent.columns, ["Official Name", "Area"]);
}

#[test]
fn values_said_together_are_one_whole() {
    let csv = "Nation,Gold\nJapan,3\nFrance,3\nItaly,2\n";
    let intent = intent_on(
        "medals",
        csv,
        "how many combined gold medals did japan and france win?",
    );
    assert!(intent.group.is_empty(), "{intent:?}");
    assert_eq!(intent.agg, Some(AggFunc::Sum));
    let intent = intent_on("medals", csv, "gold medals of japan and france together");
    assert!(intent.group.is_empty(), "{intent:?}");
    // Without it, one answer each.
    let intent = intent_on("medals", csv, "gold medals of japan and france");
    assert_eq!(intent.group, ["Nation"]);
}

#[test]
fn aggregate_per_text_shapes() {
    assert_eq!(
        decided("mean body mass of species"),
        ("per_group", vec!["aggregate_per_text"])
    );
}

#[test]
fn first_or_last_with_nothing_to_rank_is_the_rows_order() {
    let csv = "city,region\nOslo,north\nRome,south\nLima,west\n";
    assert_eq!(
        decided_on("cities", csv, "which city is listed last?").0,
        "row_in_order"
    );
    // With a quantity said, "first" ranks it.
    assert_ne!(
        decided("which species has the first highest body mass").0,
        "row_in_order"
    );
}

#[test]
fn an_aggregate_of_a_column_naming_each_row_is_over_all_rows() {
    let csv = "country,sr\nA,10\nB,4\nC,8\n";
    assert_eq!(
        decided_on("savings", csv, "average sr of countries").0,
        "single_value"
    );
}

#[test]
fn per_group() {
    assert_eq!(
        decided("average body mass by island"),
        ("per_group", vec![])
    );
    // Groups of one row each are not ranked by their rows: each has one.
    let trade = "year,gdpb,impo,expo\n1790,0.19,0.02,0.02\n1791,0.21,0.03,0.02\n";
    let options = LoadOptions {
        format: Some(Format::Csv),
        ..LoadOptions::default()
    };
    let data = Dataset::from_bytes("us_trade", trade.as_bytes(), &options).unwrap();
    let schema = Schema::of(&data);
    let d = decide_traced(
        &schema,
        &scan(&schema, "Which year had the biggest trade deficit?"),
    );
    assert_eq!(d.by, "per_group");
    assert_eq!(
        d.intent.err().as_deref(),
        Some("name the column to rank by")
    );
    // Asked for by their rows, they are counted.
    let d = decide_traced(&schema, &scan(&schema, "how many rows per year"));
    assert!(d.intent.is_ok());
}

#[test]
fn row_named() {
    let csv = "name,value,units\nproton mass,1.67e-27,kg\nspeed of light,299792458,m s^-1\n";
    let question = "What is the speed of light?";
    assert_eq!(decided_on("constants", csv, question).0, "row_named");
    let intent = intent_on("constants", csv, question);
    assert_eq!(intent.task, Task::Rows);
    // Counted, it stays a count.
    let question = "how many constants are the speed of light";
    assert_eq!(decided_on("constants", csv, question).0, "single_value");
}

#[test]
fn single_value() {
    assert_eq!(
        decided("average body mass of Adelie penguins").0,
        "single_value"
    );
    assert_eq!(decided("how many penguins").0, "single_value");
}

#[test]
fn a_ratio_is_not_of_the_column_a_superlative_ranks_by() {
    let concrete = "cement,water,strength\n540,162,79.9\n332,228,40.2\n300,150,60.1\n";
    // Ranked by the strength "strongest" implies: no ratio of the strength.
    let strongest = intent_on(
        "concrete",
        concrete,
        "the water to cement ratio of the strongest sample",
    );
    assert_eq!(strongest.measure.as_deref(), Some("strength"));
    assert_eq!(strongest.ratio, None);
    // Ranked by the ratio itself.
    let highest = intent_on(
        "concrete",
        concrete,
        "the sample with the highest water to cement ratio",
    );
    assert_eq!(highest.measure.as_deref(), Some("water"));
    assert_eq!(highest.ratio.map(|r| r.whole), Some("cement".to_string()));
}

#[test]
fn rows_listed_by_their_conditions_past_verbs_left_over() {
    let records = "year,Time,race\n1999,3.43,1500m\n2004,26.3,10000m\n2008,2.06,Marathon\n";
    let intent = intent_on(
        "running_records",
        records,
        "list the records set after 2000",
    );
    assert_eq!(intent.task, Task::Rows);
    assert_eq!(
        intent.filters,
        vec![Filter::on("year", Cmp::Gt, 2000.into())]
    );
    // A thing asked for that no column holds is still refused.
    let (by, _) = decided_on(
        "running_records",
        records,
        "list the coaches of the records after 2000",
    );
    let options = LoadOptions {
        format: Some(Format::Csv),
        ..LoadOptions::default()
    };
    let data = Dataset::from_bytes("running_records", records.as_bytes(), &options).unwrap();
    let schema = Schema::of(&data);
    let d = decide_traced(
        &schema,
        &scan(&schema, "list the coaches of the records after 2000"),
    );
    assert!(d.intent.is_err(), "{by}: {:?}", d.intent);
}

#[test]
fn how_much_of_the_rows_noun_is_no_count() {
    let fines = "center,week,late_pickups,period\n1,1,8,before fine\n1,2,6,before fine\n\
        2,1,9,after fine\n2,2,11,after fine\n";
    let options = LoadOptions {
        format: Some(Format::Csv),
        ..LoadOptions::default()
    };
    let data = Dataset::from_bytes("daycare_fines", fines.as_bytes(), &options).unwrap();
    let schema = Schema::of(&data);
    // "the fine" names the rows, but "how much" asks an amount no column holds.
    let d = decide_traced(&schema, &scan(&schema, "how much was the fine?"));
    assert!(d.intent.is_err(), "{}: {:?}", d.by, d.intent);
    // "how many fines" still counts them.
    let intent = intent_on("daycare_fines", fines, "how many fines are there?");
    assert_eq!(intent.agg, Some(AggFunc::Count));
    // And "how much" of a column is its amount.
    let intent = intent_on(
        "daycare_fines",
        fines,
        "how much were the late pickups in total?",
    );
    assert_eq!(intent.measure.as_deref(), Some("late_pickups"));
}

#[test]
fn the_value_of_an_extreme_row_nothing_names_is_that_value() {
    let csv = "Instar,Mass,Intake\n1,0.002,0.16\n5,12.86,3.1\n3,1.2,0.9\n";
    let i = intent_on(
        "caterpillars",
        csv,
        "What is the mass of the heaviest caterpillar?",
    );
    assert_eq!(i.columns, ["Mass"]);
    // Asked which, the whole row shows.
    let i = intent_on("caterpillars", csv, "which caterpillar is the heaviest?");
    assert!(i.columns.is_empty());
}
