//! Whole questions planned end to end: each rule seen through the plan it leads to.

use super::*;
use crate::dataset::{Format, LoadOptions};

fn sql_of(name: &str, csv: &str, question: &str) -> String {
    let options = LoadOptions {
        format: Some(Format::Csv),
        ..LoadOptions::default()
    };
    let data = Dataset::from_bytes(name, csv.as_bytes(), &options).unwrap();
    let (plan, trace) = plan(&data, question, None);
    plan.unwrap_or_else(|why| panic!("{why}: {trace:?}")).sql
}

#[test]
fn weather_codes_read_as_their_words() {
    let csv = "date,tmin,tmax\n2000-01-01,30,50\n2000-07-01,70,101\n2000-07-02,72,95\n";
    let sql = |q: &str| sql_of("clemson_daily_temperatures", csv, q);
    // The day's high and low.
    assert!(sql("average high in July").contains("AVG(\"tmax\")"));
    assert!(sql("average daily low in 2000").contains("AVG(\"tmin\")"));
    assert!(sql("average minimum temperature").contains("AVG(\"tmin\")"));
    // A temperature reached is the high's; one fallen to, the low's.
    let reached = sql("how many days reached 100 degrees or more?");
    assert!(reached.contains("\"tmax\" >= 100"), "{reached}");
    let fell = sql("how many days fell to 32 degrees or less?");
    assert!(fell.contains("\"tmin\" <= 32"), "{fell}");
    let warmer = sql("on average, how much warmer is the daily high than the low?");
    assert!(warmer.contains("\"tmax\" - \"tmin\""), "{warmer}");
    // The highest temperature is the highest high.
    let highest = sql("what was the highest temperature recorded in 2000?");
    assert!(highest.contains("MAX(\"tmax\")"), "{highest}");
}

#[test]
fn players_by_their_height_and_number() {
    let csv = "first_name,last_name,position,number,height\nGiannis,Antetokounmpo,Forward,34,83\nAlex,Abrines,Guard,8,78\nJaylen,Adams,Guard,10,74\n";
    let sql = |q: &str| sql_of("nba_players", csv, q);
    // "How tall": the adjective's quantity.
    let tall = sql("How tall is Giannis Antetokounmpo?");
    assert!(
        tall.contains("\"height\"") && tall.contains("'Giannis'"),
        "{tall}"
    );
    // "N inches or taller": the comparative after the number and its unit.
    let taller = sql("how many players are 80 inches or taller?");
    assert!(taller.contains("\"height\" >= 80"), "{taller}");
    // "the number of players" counts them, beside a jersey `number`.
    let counted = sql("number of players by position");
    assert!(
        counted.contains("COUNT(*)") && !counted.contains("AVG"),
        "{counted}"
    );
    assert!(sql("average number by position").contains("AVG(\"number\")"));
}

#[test]
fn the_most_common_is_grammar_beside_a_common_name() {
    let csv = "Species,Common,Location,Totcare,Length\nA a,Jay,decid,37.5,20\nB b,Robin,decid,30,31\nC c,Wren,conif,20,10\n";
    let sql = |q: &str| sql_of("bird_nests", csv, q);
    let common = sql("what's the most common nest location?");
    assert!(common.contains("GROUP BY \"Location\""), "{common}");
    // A superlative said of a one-word name of the words after it ranks by that name.
    let care = sql("which bird has the longest total care time?");
    assert!(
        care.contains("\"Totcare\"") && !care.contains("\"Length\""),
        "{care}"
    );
}

#[test]
fn a_size_before_a_column_of_size_letters_is_its_letter() {
    let csv = "Opening,Solder,skips\nL,Thick,0\nM,Thin,3\nS,Thin,9\nS,Thick,4\n";
    let sql = sql_of(
        "solder",
        csv,
        "average skips with a small opening and thin solder",
    );
    assert!(
        sql.contains("\"Opening\" = 'S'") && sql.contains("'Thin'"),
        "{sql}"
    );
}

#[test]
fn a_number_of_things_is_no_name_of_the_rows() {
    let csv = "pres.abs,altitude,NoOfSites,NoOfPools\n1,1500,3,232\n0,1400,2,66\n0,1600,5,30\n";
    let sql = |q: &str| sql_of("frog_sites", csv, q);
    // "the sites" are the rows; "the number of sites" is `NoOfSites`.
    assert_eq!(
        sql("how many sites are there"),
        "SELECT COUNT(*) AS \"count\" FROM data"
    );
    assert!(sql("average number of sites").contains("AVG(\"NoOfSites\")"));
    assert!(sql("average number of pools").contains("AVG(\"NoOfPools\")"));
}

#[test]
fn counties_numbered_on_each_years_row_are_counted_once() {
    let csv =
        "county,year,crmrte\n1,81,0.04\n1,82,0.03\n3,81,0.02\n3,82,0.05\n9,81,0.01\n9,82,0.02\n";
    let sql = sql_of("county_crime", csv, "how many counties are in the data?");
    assert!(sql.contains("COUNT(DISTINCT \"county\")"), "{sql}");
}

#[test]
fn years_of_a_numeric_column_are_its_unit() {
    let csv = "year,educ,nativeBorn\n1978,12,yes\n1980,16,no\n1990,10,no\n";
    let sql = sql_of("gss", csv, "average years of education");
    assert!(
        sql.contains("AVG(\"educ\")") && !sql.contains("\"year\""),
        "{sql}"
    );
    // "N or more in X": the column it is measured in.
    let csv = "lang,IQ,SES\n40,10,20\n52,12,30\n60,14,35\n";
    let sql = sql_of(
        "pupils",
        csv,
        "average SES of the pupils who scored 50 or more in language",
    );
    assert!(sql.contains("\"lang\" >= 50"), "{sql}");
}

#[test]
fn late_is_not_on_time_and_a_superlative_on_a_column_ranks_by_it() {
    let csv = "airline,airport,OnTime\nDelta,ORD,yes\nDelta,LGA,no\nAmerican,ORD,no\n";
    let sql = sql_of("airlines", csv, "how many Delta flights were late?");
    assert!(
        sql.contains("\"OnTime\" = 'no'") && sql.contains("'Delta'"),
        "{sql}"
    );
    let csv = "Openness,religion,age\n5.5,Hindu,30\n4.0,Atheist,25\n3.5,Hindu,40\n";
    let sql = sql_of(
        "tipi",
        csv,
        "followers of which religion score highest on openness?",
    );
    assert!(
        sql.contains("AVG(\"Openness\")") || sql.contains("MAX(\"Openness\")"),
        "{sql}"
    );
    assert!(sql.contains("GROUP BY \"religion\""), "{sql}");
    // Not a place after an article: "who weighs the most on the team".
    let csv = "Name,Weight,Previous Team\nAl,190,Rainier HS\nBo,275,Bryan HS\nCy,180,Mayfair HS\n";
    let sql = sql_of("roster", csv, "who weighs the most on the team?");
    assert!(sql.contains("ORDER BY \"Weight\" DESC"), "{sql}");
    // "brides were under 20": the age of the people said, a copula between.
    let csv = "person,age\nBride,19\nGroom,25\nBride,30\n";
    let sql = sql_of("marriage", csv, "how many brides were under 20?");
    assert!(
        sql.contains("\"age\" < 20") && sql.contains("'Bride'"),
        "{sql}"
    );
}

#[test]
fn days_and_working_days() {
    let csv = "Demand,WorkDay,Temperature\n175,0,26\n230,1,41\n190,1,23\n240,0,30\n";
    let sql = |q: &str| sql_of("victoria_daily_electricity_demand", csv, q);
    // A flag and its negation, words between, compare its two values.
    let both = sql("average demand on working days compared with non-working days");
    assert!(
        both.contains("GROUP BY \"WorkDay\"") && !both.contains("WHERE \"WorkDay\" ="),
        "{both}"
    );
    // A dataset named daily has days for rows; a period alone is no kind of a flag.
    assert_eq!(
        sql("on how many days did the temperature reach 40 degrees or more?"),
        "SELECT COUNT(*) AS \"count\" FROM data WHERE \"Temperature\" >= 40"
    );
    // "How hot" of the row a superlative picks.
    let hot = sql("how hot did it get on the day with the lowest demand?");
    assert!(
        hot.contains("\"Temperature\"") && hot.contains("ORDER BY \"Demand\" ASC"),
        "{hot}"
    );
}

#[test]
fn born_is_the_date_of_birth_and_top_n_by_the_last_number() {
    let csv = "appdate,dob,person\n1996-10-29,1964-04-11,Groom\n1996-11-12,1940-08-06,Bride\n";
    let sql = sql_of("marriages", csv, "how many were born before 1950?");
    assert!(
        sql.contains("\"dob\"") && !sql.contains("\"appdate\""),
        "{sql}"
    );
    let csv = "county,year,density\n1,87,2.3\n3,87,8.8\n5,87,1.1\n7,87,6.4\n";
    let sql = sql_of("county_crime", csv, "top 2 counties by density");
    assert!(sql.contains("ORDER BY \"density\" DESC"), "{sql}");
}

#[test]
fn a_word_of_the_rows_may_qualify_a_count_column() {
    let csv = "type,construction,service,incidents\nA,1960-64,127,0\nA,1965-69,63,4\nB,1960-64,1095,18\nB,1965-69,200,40\n";
    let sql = |q: &str| sql_of("ship_damage_incidents", csv, q);
    assert!(sql("how many damage incidents are recorded in total?").contains("SUM(\"incidents\")"));
    let most = sql("which ship type had the most damage incidents?");
    assert!(
        most.contains("SUM(\"incidents\")") && most.contains("\"type\""),
        "{most}"
    );
}

#[test]
fn the_fastest_record_is_the_lowest_time() {
    let csv = "year,time,sex\n1905,65.8,M\n1976,49.44,M\n2008,47.84,M\n1912,95.0,F\n2004,53.52,F\n";
    let sql = |q: &str| sql_of("swimming_records", csv, q);
    // An amount in a unit is no top N.
    let fastest = sql("what's the fastest men's 100 m time in the data?");
    assert!(fastest.contains("MIN(\"time\")"), "{fastest}");
    // Said of nothing else, speed is said of the one column of times.
    let year = sql("in which year was the fastest women's record set?");
    assert!(
        year.contains("\"year\"") && year.contains("MIN(\"mean_time\")"),
        "{year}"
    );
}

#[test]
fn years_before_1800_that_the_data_holds() {
    let csv = "Year,Males,Females,Plague\n1665,5114,4985,68596\n1690,7500,7100,0\n1695,7600,7000,0\n1700,7700,7300,0\n";
    let sql = |q: &str| sql_of("london_christenings", csv, q);
    assert!(sql("plague in 1665").contains("\"Year\" = 1665"));
    // A decade, and "per year" over one row per year: the mean of the rows.
    let decade = sql("average number of girls christened per year in the 1690s");
    assert!(
        decade.contains("\"Year\" >= 1690") && !decade.contains("GROUP BY"),
        "{decade}"
    );
}

#[test]
fn groups_of_one_row_and_weekly_rates() {
    let csv =
        "race,dist,type\nBen Nevis,10,hill\nTrig Trog,14,hill\nWest Highland Way,95,marathon\n";
    let sql = sql_of("hill_races", csv, "average distance by type of race");
    assert!(
        sql.contains("GROUP BY \"type\"") && !sql.contains("\"race\""),
        "{sql}"
    );
    let csv =
        "center,group,week,late_pickups\n1,test,1,8\n1,test,2,10\n2,control,1,9\n2,control,2,7\n";
    let sql = sql_of(
        "daycare",
        csv,
        "average weekly late pickups in the test and control groups",
    );
    assert!(
        sql.contains("AVG(\"late_pickups\")") && !sql.contains("AVG(\"week\")"),
        "{sql}"
    );
}

#[test]
fn per_inside_a_whole_abbreviation() {
    let csv = "county,polpc,taxpc,region\n1,0.0017,25.6,central\n3,0.0021,30.1,west\n5,0.0019,28.0,west\n";
    let sql = sql_of("crime", csv, "average police per capita by region");
    assert!(
        sql.contains("AVG(\"polpc\")") && sql.contains("GROUP BY \"region\""),
        "{sql}"
    );
    assert!(sql_of("crime", csv, "average tax per capita").contains("AVG(\"taxpc\")"));
}

#[test]
fn a_count_of_a_number_grouped_by_a_column_naming_each_row_is_its_value() {
    let csv = "country,deaths_2018,rate\nIndia,882,30\nNigeria,866,120\nChad,60,119\n";
    let sql = sql_of(
        "mortality",
        csv,
        "top 2 countries by number of deaths in 2018",
    );
    assert!(sql.contains("SUM(\"deaths_2018\")"), "{sql}");
    // Over several rows a group, a count is still a count.
    let csv = "region,deaths\nA,5\nA,7\nB,1\n";
    let sql = sql_of("mortality", csv, "number of rows with deaths by region");
    assert!(!sql.contains("SUM("), "{sql}");
}

#[test]
fn the_day_of_the_week_groups_by_the_days_named_in_the_weeks_order() {
    let csv = "date,holiday\n2000-01-17,MLK Day\n2000-02-21,Presidents Day\n\
               2000-05-29,Memorial Day\n2000-07-04,Independence Day\n2000-12-25,Christmas\n";
    let options = LoadOptions {
        format: Some(Format::Csv),
        ..LoadOptions::default()
    };
    let data = Dataset::from_bytes("holidays", csv.as_bytes(), &options).unwrap();
    let sql = sql_of("holidays", csv, "holidays by day of the week");
    assert!(sql.contains("WHEN 1 THEN 'Monday'"), "{sql}");
    let result = crate::sql::Session::with_dataset(data.clone())
        .execute(&sql)
        .unwrap();
    let rows = result.table_json().rows;
    // Three Mondays, a Tuesday (4 July 2000) and a Monday again (25 December 2000): the
    // days by name, in the week's order.
    let days: Vec<(String, i64)> = rows
        .iter()
        .map(|r| (r[0].as_str().unwrap().to_string(), r[1].as_i64().unwrap()))
        .collect();
    assert_eq!(
        days,
        [("Monday".to_string(), 4), ("Tuesday".to_string(), 1)]
    );
    let sql = sql_of(
        "holidays",
        csv,
        "which day of the week has the most holidays?",
    );
    let result = crate::sql::Session::with_dataset(data)
        .execute(&sql)
        .unwrap();
    assert_eq!(result.table_json().rows[0][0], "Monday");
}

#[test]
fn columns_of_a_series_or_of_like_things_are_read_as_the_values_a_question_names() {
    let run = |name: &str, csv: &str, question: &str| {
        let options = LoadOptions {
            format: Some(Format::Csv),
            ..LoadOptions::default()
        };
        let data = Dataset::from_bytes(name, csv.as_bytes(), &options).unwrap();
        let sql = sql_of(name, csv, question);
        let result = crate::sql::Session::with_dataset(data)
            .execute(&sql)
            .unwrap();
        result.table_json().rows
    };
    // A patient's tests, one column a day: "on which day" reads the days long.
    let tests = "test,units,day_3,day_4,day_5,norm_l,norm_u\n\
                 WBC,x10^9 / L,5.26,4.26,9.92,4,10\nPLT,x10^9 / L,67,38.6,27.4,100,300\n";
    let rows = run("lab", tests, "On which day was PLT highest?");
    assert_eq!(rows[0][0], "day_3");
    // "on day 5" is the column.
    let rows = run("lab", tests, "What was the platelet count (PLT) on day 5?");
    assert_eq!(rows[0][0].as_f64(), Some(27.4));
    // One column a phrase, each a percentage: "which phrase" names them.
    let phrases = "Almost Certainly,Likely,Unlikely,About Even\n95,70,20,50\n90,75,10,50\n";
    let rows = run(
        "phrases",
        phrases,
        "Which phrase has the highest average probability?",
    );
    assert_eq!(rows[0][0], "Almost Certainly");
    assert_eq!(rows[0][1].as_f64(), Some(92.5));
}
