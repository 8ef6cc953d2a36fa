//! Tests of the scan: questions read against small schemas.

use super::columns::bracketed;
use super::periods::names_a_quarter;
use super::subjects::{counted_subject, one_asked};
use super::ties::{begins_alike, contracted};
use super::*;
use crate::agent::offline::intent::Order;
use crate::agent::offline::time::is_frequency;

/// The columns the scan mentions in `role`, in order.
fn in_role(out: &Scan, role: Role) -> Vec<&str> {
    out.mentions
        .iter()
        .filter(|m| m.role == role)
        .map(|m| m.column.as_str())
        .collect()
}

/// The columns a question over `schema` measures.
fn measures_of(schema: &Schema, question: &str) -> Vec<String> {
    in_role(&scan(schema, question), Role::Measure)
        .into_iter()
        .map(String::from)
        .collect()
}

#[test]
fn over_the_years_is_the_column_of_years() {
    let schema = Schema::of_csv(
        "oscars",
        "oscar_yr,age,birth_date\n1990,40,1950-01-02\n1991,35,1956-03-04\n",
    );
    let out = scan(&schema, "line chart of age over the years");
    let versus = in_role(&out, Role::Versus);
    assert_eq!(versus, ["oscar_yr"]);
}

#[test]
fn no_before_a_numbered_yes_no_column_is_its_no() {
    let schema = Schema::of_csv(
        "wages",
        "health,health_ins,wage\n1. Good,1. Yes,10\n2. Bad,2. No,5\n1. Good,1. Yes,7\n",
    );
    let out = scan(&schema, "how many workers have no health insurance");
    assert_eq!(
        out.filters,
        [Filter::on(
            "health_ins",
            Cmp::Eq,
            serde_json::json!("2. No")
        )]
    );
}

#[test]
fn the_rows_owner_before_a_column_is_no_column() {
    let schema = Schema::of_csv(
        "brexit_polls",
        "enddate,poll_type,remain\n2016-06-01,Online,0.5\n2016-06-02,Phone,0.4\n",
    );
    let out = scan(
        &schema,
        "line chart of the remain share by the poll's end date",
    );
    let columns: Vec<(&str, Role)> = out
        .mentions
        .iter()
        .map(|m| (m.column.as_str(), m.role))
        .collect();
    assert_eq!(
        columns,
        [("remain", Role::Measure), ("enddate", Role::Group)]
    );
    // "polls" names the rows, not `poll_type`.
    assert!(schema.is_row_noun("polls"));
}

#[test]
fn a_word_of_the_whole_abbreviated_first_in_a_name_is_part_of_it() {
    let schema = Schema::of_csv(
        "longley",
        "YEAR,TOTEMP,GNP\n1950,60323,234\n1951,61122,259\n",
    );
    let out = scan(&schema, "average total employment");
    assert_eq!(in_role(&out, Role::Measure), ["TOTEMP"]);
    assert_eq!(out.agg, Some(AggFunc::Mean));
    // Said alone, the word still asks for the total.
    let out = scan(&schema, "total employment in 1951");
    assert_eq!(in_role(&out, Role::Measure), ["TOTEMP"]);
    assert_eq!(out.agg, Some(AggFunc::Sum));
    // "employment" alone does not start `TOTEMP`.
    assert!(scan(&schema, "average employment").mentions.is_empty());
}

#[test]
fn the_words_of_one_name_said_apart_are_one_mention() {
    let schema = Schema::of_csv(
        "fair",
        "rate_marriage,age,affairs\n3,32,0.1\n5,27,0\n4,22,0\n",
    );
    let out = scan(&schema, "what share of women rate their marriage as 5");
    assert!(out.mentions.is_empty(), "{:?}", out.mentions);
    assert_eq!(
        out.filters,
        [Filter::on("rate_marriage", Cmp::Eq, serde_json::json!(5))]
    );
    let out = scan(&schema, "average rate of their marriage by age");
    assert_eq!(in_role(&out, Role::Measure), ["rate_marriage"]);
    // Two columns said apart stay two.
    let out = scan(&schema, "age against the affairs");
    assert_eq!(out.mentions.len(), 2);
}

#[test]
fn a_condition_said_twice_is_one() {
    let schema = Schema::of_csv(
        "flights",
        "carrier,arr_time,arr_delay\nUA,830,11\nAA,923,-18\n",
    );
    let out = scan(
        &schema,
        "percentage of flights that arrived early or on time (an arrival delay of 0 or less)",
    );
    assert_eq!(
        out.filters,
        [Filter::on("arr_delay", Cmp::Le, serde_json::json!(0))]
    );
}

#[test]
fn initials_give_way_to_a_word_that_is_another_name() {
    let schema = Schema::of_csv("carseats", "Sales,Price,US\n9.5,120,Yes\n11,83,No\n");
    let out = scan(&schema, "average unit sales by price");
    let columns: Vec<&str> = out.mentions.iter().map(|m| m.column.as_str()).collect();
    assert_eq!(columns, ["Sales", "Price"]);
    let schema = Schema::of_csv("crabs", "CL,CW\n16.1,19\n18.1,20.8\n");
    let out = scan(&schema, "average carapace length");
    assert_eq!(out.mentions[0].column, "CL");
}

#[test]
fn different_things_named_by_identifiers_are_their_distinct_values() {
    let schema = Schema::of_csv(
        "evals",
        "course_id,prof_id,score\n1,1,4.7\n2,1,4.1\n3,2,3.9\n",
    );
    let out = scan(&schema, "how many different professors are in the data?");
    assert_eq!(out.mentions.len(), 1);
    assert_eq!(out.mentions[0].column, "prof_id");
    assert_eq!(out.mentions[0].agg, Some(AggFunc::NUnique));
    // Without "different", the rows' count stands.
    let out = scan(&schema, "how many professors are in the data?");
    assert!(out.mentions.iter().all(|m| m.agg != Some(AggFunc::NUnique)));
}

#[test]
fn flags_in_a_compound_a_negation_and_a_name_cut_short() {
    let schema = Schema::of_csv(
        "insurance",
        "health,insurance,limit,condomin,deny\nyes,yes,no,no,yes\nno,no,yes,yes,no\n",
    );
    let filters = |question: &str| {
        let mut f: Vec<(String, String)> = scan(&schema, question)
            .filters
            .into_iter()
            .map(|f| (f.column, f.value.as_str().unwrap_or_default().to_string()))
            .collect();
        f.sort();
        f
    };
    let pair = |c: &str, v: &str| (c.to_string(), v.to_string());
    // "health" only says which insurance.
    assert_eq!(
        filters("how many people have health insurance?"),
        [pair("insurance", "yes")]
    );
    // "uninsured" is insurance = no.
    assert_eq!(
        filters("how many uninsured people have a limitation?"),
        [pair("insurance", "no"), pair("limit", "yes")]
    );
    // "condo" and `condomin` are both cut short from "condominium"; "denied" is `deny`.
    assert_eq!(
        filters("how many condo applications were denied?"),
        [pair("condomin", "yes"), pair("deny", "yes")]
    );
    // "accepted" is the opposite of denied.
    assert_eq!(
        filters("how many applications were accepted?"),
        [pair("deny", "no")]
    );
}

#[test]
fn a_flag_and_the_rest_or_with_and_without_it_are_its_groups() {
    let schema = Schema::of_csv(
        "mortgages",
        "deny,afam,selfemp,law,violent,smoke,weight\nyes,yes,no,yes,300,1,2500\n\
         no,no,yes,no,500,0,3100\n",
    );
    for (question, column) in [
        (
            "denial rate for African-American and other applicants",
            "afam",
        ),
        (
            "share denied for the self-employed and for everyone else",
            "selfemp",
        ),
        (
            "average violent crime with and without a shall-carry law",
            "law",
        ),
        (
            "average violent crime in law states compared with other ones",
            "law",
        ),
        (
            "average weight of babies whose mothers smoked and of those whose mothers did not",
            "smoke",
        ),
    ] {
        let out = scan(&schema, question);
        assert_eq!(in_role(&out, Role::Group), [column], "{question}");
        assert!(out.filters.iter().all(|f| f.column != column), "{question}");
    }
}

#[test]
fn a_word_elsewhere_that_begins_like_a_name_word_settles_a_tie() {
    let schema = Schema::of_csv(
        "polls",
        "state,rawpoll_clinton,adjpoll_clinton,rawpoll_trump\nOhio,45,44,46\nIowa,42,43,47\n",
    );
    let out = scan(&schema, "average raw Clinton percentage by state");
    assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
    assert_eq!(in_role(&out, Role::Measure), ["rawpoll_clinton"]);
    let out = scan(&schema, "average adjusted Clinton share");
    assert_eq!(in_role(&out, Role::Measure), ["adjpoll_clinton"]);
    assert!(begins_alike("rawpoll", "raw") && !begins_alike("rawpoll", "rate"));
}

#[test]
fn an_amount_of_things_no_column_names_is_held_by_a_column_of_amounts_said() {
    let schema = Schema::of_csv(
        "smokers",
        "smoke,amt_weekends,amt_weekdays,age\nYes,20,10,30\nNo,,,40\n",
    );
    let question = "on average, how many cigarettes a day do smokers smoke at weekends?";
    let out = scan(&schema, question);
    assert!(out.not_found.is_none(), "{:?}", out.not_found);
    assert_eq!(in_role(&out, Role::Measure), ["amt_weekends"]);
    // With no column of amounts said, the things are not in the data.
    let out = scan(&schema, "how many cigars did smokers smoke at age 30?");
    assert!(out.not_found.is_some());
}

#[test]
fn an_adjective_made_from_a_name_before_another_column_is_not_that_column() {
    let schema = Schema::of_csv(
        "snow",
        "SeasonStart,SeasonEnd,Total\n1990,1991,50\n1991,1992,60\n",
    );
    let out = scan(&schema, "average seasonal total");
    assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
    assert_eq!(in_role(&out, Role::Measure), ["Total"]);
}

#[test]
fn a_qualifier_alone_names_every_reading_and_an_adjective_picks_one() {
    let schema = Schema::of_csv(
        "weather",
        "city,low_temp,low_dewpt,low_hg,low_vis\nChicago,1,2,30,4\nBeijing,5,6,29,8\n",
    );
    // The short unit of `low_hg` does not make "low" its name alone.
    let out = scan(&schema, "average low in Chicago");
    assert_eq!(out.ambiguous.map(|a| a.1.len()), Some(4));
    let out = scan(&schema, "the coldest low in Chicago");
    assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
    assert_eq!(in_role(&out, Role::Measure), ["low_temp"]);
}

#[test]
fn a_plural_said_as_an_amount_is_the_column_that_counts_it() {
    let schema = Schema::of_csv(
        "tweets",
        "text,retweet_count,favorite_count,is_retweet\nhi,10,3,False\nyo,2,40,False\n",
    );
    let measures = |q: &str| measures_of(&schema, q);
    assert_eq!(
        measures("the most retweets any tweet got"),
        ["retweet_count"]
    );
    assert_eq!(
        measures("average number of favorites per tweet"),
        ["favorite_count"]
    );
    // A number of a thing named first is one of its names (`course_num`), not a count.
    let courses = Schema::of_csv("courses", "course,course_num\nA,1\nB,2\nC,2\n");
    let out = scan(&courses, "the number of courses");
    assert!(
        !in_role(&out, Role::Measure).contains(&"course_num"),
        "{out:?}"
    );
}

#[test]
fn a_generic_head_after_a_column_name_is_its_own() {
    let schema = Schema::of_csv(
        "freedom",
        "countries,pf_expression,pf_score,ef_score
Syria,1.7,4.2,5.1
Norway,9.9,9.1,7.6
",
    );
    let out = scan(
        &schema,
        "Which country has the lowest freedom of expression score?",
    );
    assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
    assert_eq!(in_role(&out, Role::Measure), ["pf_expression"]);
    // Alone, the head may still be any of them.
    let out = scan(&schema, "Which country has the lowest score?");
    assert_eq!(out.ambiguous.map(|a| a.1.len()), Some(2));
}

#[test]
fn a_word_said_whole_in_one_name_beats_the_name_it_begins() {
    let schema = Schema::of_csv(
        "stops",
        "policePrecinct,preRace,problem\n1,White,traffic\n5,Black,suspicious\n",
    );
    let out = scan(&schema, "which precinct made the most stops?");
    assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
    assert_eq!(in_role(&out, Role::Which), ["policePrecinct"]);
}

#[test]
fn an_average_daily_value_is_over_the_rows_not_per_date() {
    let schema = Schema::of_csv(
        "weather",
        "date,city,high_temp\n2016-01-01,Auckland,68\n2016-01-01,Chicago,30\n2016-01-02,Chicago,28\n",
    );
    let out = scan(&schema, "average daily high temperature in each city");
    assert_eq!(in_role(&out, Role::Group), ["city"]);
    // "daily sales" alone is still per date.
    let out = scan(&schema, "daily high temperature in Chicago as a line chart");
    assert!(out.mentions.iter().any(|m| m.column == "date"));
}

#[test]
fn which_and_a_number_ask_for_that_many_of_a_column() {
    let schema = Schema::of_csv(
        "elections",
        "constituency,county\nAldershot,Hampshire\nBath,Avon\nBristol East,Avon\n",
    );
    let out = scan(&schema, "which 3 counties have the most constituencies?");
    assert_eq!(in_role(&out, Role::Which), ["county"]);
    assert_eq!(out.top_n, Some(3));
}

#[test]
fn a_period_within_a_longer_one_names_only_the_first() {
    let schema = Schema::of_csv(
        "utilities",
        "month,year,gasbill\n12,1999,112.7\n1,2000,95.9\n",
    );
    let out = scan(&schema, "average gas bill for each month of the year");
    assert_eq!(in_role(&out, Role::Group), ["month"]);
    assert_eq!(in_role(&out, Role::Measure), ["gasbill"]);
    // A name that says both keeps them.
    let schema = Schema::of_csv("rides", "day_of_week,rides\nMon,10\nTue,12\n");
    let out = scan(&schema, "average rides by day of the week");
    assert_eq!(in_role(&out, Role::Group), ["day_of_week"]);
}

#[test]
fn a_partial_name_before_another_whole_name_qualifies_it() {
    let schema = Schema::of_csv(
        "evals",
        "score,cls_perc_eval,cls_did_eval,gender\n4.7,55.8,24,female\n4.1,68.8,86,male\n",
    );
    let out = scan(&schema, "average evaluation score by gender");
    assert_eq!(in_role(&out, Role::Measure), ["score"]);
    assert!(out.ambiguous.is_none());
}

#[test]
fn a_stem_and_a_year_name_the_word_and_the_year_said() {
    let schema = Schema::of_csv(
        "districts",
        "Dist,uni2013,uni2015,uniChange\nTX-33,0.385,0.3,0.085\nCA-29,0.2,0.1,0.1\n",
    );
    let out = scan(
        &schema,
        "which district had the highest uninsured rate in 2013?",
    );
    assert_eq!(in_role(&out, Role::Measure), ["uni2013"]);
    // The year is the name's, not a condition.
    assert!(out.filters.is_empty());
    let out = scan(
        &schema,
        "how many districts had more than 20% of the people uninsured in 2015?",
    );
    assert_eq!(
        out.filters,
        [Filter::on("uni2015", Cmp::Gt, serde_json::json!(0.2))]
    );
}

#[test]
fn a_number_and_unit_name_a_distance_column() {
    let schema = Schema::of_csv(
        "heptathlon",
        "athlete,run200m,run800m\nJoyner-Kersee (USA),22.56,128.51\nJohn (GDR),23.65,126.12\n",
    );
    for (question, column) in [
        ("who ran the fastest 800 metres?", "run800m"),
        ("average 200 m time", "run200m"),
        ("histogram of the 800m", "run800m"),
    ] {
        let out = scan(&schema, question);
        let named: Vec<&str> = out.mentions.iter().map(|m| m.column.as_str()).collect();
        assert!(named.contains(&column), "{question}: {named:?}");
        assert!(out.filters.is_empty(), "{question}");
    }
    // The fastest is the lowest time.
    let out = scan(&schema, "who ran the fastest 800 metres?");
    assert_eq!(out.superlative, Some(Order::Asc));
}

#[test]
fn which_level_of_a_column_asks_for_its_values() {
    let schema = Schema::of_csv("esoph", "alcgp,ncases\n0-39,1\n40-79,2\n40-79,3\n");
    let out = scan(
        &schema,
        "which level of alcohol consumption has the most cases",
    );
    let which = in_role(&out, Role::Which);
    assert_eq!(which, ["alcgp"]);
}

#[test]
fn a_word_between_by_and_a_column_qualifies_it() {
    let schema = Schema::of_csv("liver", "bili,stage\n1.5,1\n14,4\n2,4\n");
    let out = scan(&schema, "average bilirubin by disease stage");
    let groups = in_role(&out, Role::Group);
    assert_eq!(groups, ["stage"]);
}

#[test]
fn a_word_before_a_column_after_by_is_no_missing_column() {
    let schema = Schema::of_csv("computers", "price,speed,aircon\n1499,25,no\n2000,33,yes\n");
    let out = scan(&schema, "average price by clock speed");
    assert!(out.not_found.is_none(), "{:?}", out.not_found);
    // With and without a column said in full ("air conditioning" for `aircon`).
    let out = scan(&schema, "average price with and without air conditioning");
    assert!(
        out.mentions
            .iter()
            .any(|m| m.column == "aircon" && m.role == Role::Group)
    );
}

#[test]
fn both_sexes_named_over_a_coded_sex_column_are_its_groups() {
    let schema = Schema::of_csv("lung", "time,sex\n306,1\n455,2\n1010,1\n");
    let out = scan(&schema, "average survival time for men and women");
    assert_eq!(in_role(&out, Role::Group), ["sex"]);
    assert!(out.filters.is_empty(), "{:?}", out.filters);
    // One sex alone: its code is not known, so no group and no guess.
    let out = scan(&schema, "average survival time for women");
    assert!(in_role(&out, Role::Group).is_empty());
    // Coded as words, the sexes are values as before.
    let schema = Schema::of_csv("people", "height,sex\n180,male\n165,female\n");
    let out = scan(&schema, "average height of men and women");
    assert!(in_role(&out, Role::Group).is_empty());
    // Of two coded sex columns, the one the word after the pair names.
    let schema = Schema::of_csv(
        "faces",
        "attract,face_sex,rater_sex
3,1,2
4,2,1
2,1,1
",
    );
    let out = scan(&schema, "average attract of male and female faces");
    assert_eq!(in_role(&out, Role::Group), ["face_sex"]);
}

#[test]
fn who_did_it_after_a_participle_names_which_column_not_a_group() {
    let schema = Schema::of_csv(
        "matches",
        "HomeTeam,AwayTeam,HomeGoals,AwayGoals\nA,B,1,0\nB,A,2,2\nA,C,0,3\n",
    );
    let out = scan(&schema, "average number of goals scored by the home team");
    assert!(in_role(&out, Role::Group).is_empty(), "{:?}", out.mentions);
    assert_eq!(in_role(&out, Role::Measure), ["HomeGoals"]);
    // "by each" still groups.
    let out = scan(&schema, "average goals scored by each home team");
    assert_eq!(in_role(&out, Role::Group), ["HomeTeam"]);
}

#[test]
fn the_top_groups_by_things_counted_add_them_up() {
    let schema = Schema::of_csv(
        "matches",
        "HomeTeam,AwayTeam,HomeGoals,AwayGoals,rating\nA,B,1,0,2.5\nB,A,2,2,3\nA,C,0,3,1\n",
    );
    let out = scan(&schema, "top 3 teams by goals scored in away games");
    assert!(out.counted_superlative);
    // A quantity said in the singular is not counted things.
    let out = scan(&schema, "top 3 teams by rating");
    assert!(!out.counted_superlative);
    // Nor is a unit.
    let schema = Schema::of_csv("menu", "item,calories\nburger,500\nburger,700\nfries,300\n");
    let out = scan(&schema, "top 2 items by calories");
    assert!(!out.counted_superlative);
}

#[test]
fn the_number_a_name_carries_is_no_condition_and_settles_a_tie() {
    let schema = Schema::of_csv(
        "stations",
        "station,dx70_1948,dx70_2018,dx90_1948,dx90_2018\nA,131,147,11,16\nB,80,99,1,1\n",
    );
    let out = scan(&schema, "average number of days above 70 degrees in 1948");
    assert!(out.filters.is_empty(), "{:?}", out.filters);
    assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
    assert_eq!(in_role(&out, Role::Measure), ["dx70_1948"]);
    let out = scan(
        &schema,
        "days above 90 in 2018 against days above 90 in 1948",
    );
    assert_eq!(in_role(&out, Role::Measure), ["dx90_2018"]);
    assert_eq!(in_role(&out, Role::Versus), ["dx90_1948"]);
    let out = scan(
        &schema,
        "how many stations had more days above 90 degrees in 2018 than in 1948?",
    );
    assert_eq!(
        out.filters,
        [Filter::against("dx90_2018", Cmp::Gt, "dx90_1948")]
    );
    assert!(out.not_found.is_none(), "{:?}", out.not_found);
}

#[test]
fn a_noun_of_a_noun_is_the_name_of_its_initials() {
    let schema = Schema::of_csv(
        "taxi",
        "tip,distance,dow,hour\nyes,2.5,Mon,8\nno,1.0,Sat,23\n",
    );
    let out = scan(&schema, "average trip distance by day of the week");
    assert_eq!(in_role(&out, Role::Group), ["dow"]);
    assert!(out.not_found.is_none(), "{:?}", out.not_found);
    let schema = Schema::of_csv(
        "cigarettes",
        "year,price,pop\n70,36.5,4000\n90,140.1,5000\n",
    );
    let out = scan(&schema, "average price of a pack of cigarettes in 1970");
    assert_eq!(in_role(&out, Role::Measure), ["price"]);
}

#[test]
fn the_rows_noun_before_a_text_column_after_which_qualifies_it() {
    let schema = Schema::of_csv(
        "taxi_trips",
        "tip,distance,company\nyes,2.5,Flash\nno,1.0,Sun\nyes,3.0,Sun\n",
    );
    let out = scan(&schema, "which taxi company has the lowest tipping rate?");
    assert_eq!(in_role(&out, Role::Which), ["company"]);
    assert_eq!(out.rate_of.map(|f| f.column), Some("tip".to_string()));
}

#[test]
fn things_the_rows_have_that_no_column_holds_are_not_found() {
    let schema = Schema::of_csv(
        "covid_tests",
        "subject_id,result,age\n1,positive,3\n2,negative,5\n",
    );
    let out = scan(
        &schema,
        "What symptoms did the children who tested positive have?",
    );
    assert!(out.not_found.is_some_and(|w| w.contains("symptoms")));
    // The rows asked for are still the rows.
    let out = scan(&schema, "which tests were positive?");
    assert!(out.not_found.is_none(), "{:?}", out.not_found);
    // Different women with no identifiers are the names of the people.
    let winners = Schema::of_csv(
        "winners",
        "Event,Year,Champion\nWomen,1990,Ann\nWomen,1991,Ann\nWomen,1992,Bo\nMen,1990,Cy\n",
    );
    let out = scan(&winners, "how many different women have won?");
    assert!(
        out.mentions
            .iter()
            .any(|m| m.column == "Champion" && m.agg == Some(AggFunc::NUnique))
    );
    // Different farms over a panel: the distinct ids.
    let panel = Schema::of_csv("rice_farms", "id,size\n101,3.0\n101,2.5\n102,1.0\n");
    let out = scan(&panel, "how many different farms are there?");
    assert!(
        out.mentions
            .iter()
            .any(|m| m.column == "id" && m.agg == Some(AggFunc::NUnique))
    );
    // Different things no column names, over seasons of players by an `id`.
    let seasons = Schema::of_csv(
        "batting",
        "id,year,team,hr\nbondsba01,2001,SFN,73\nbondsba01,2002,SFN,46\nsosasa01,2001,CHN,64\n",
    );
    let out = scan(&seasons, "how many different players are in the data?");
    assert!(
        out.mentions
            .iter()
            .any(|m| m.column == "id" && m.agg == Some(AggFunc::NUnique)),
        "{:?}",
        out.mentions
    );
    // A noun a column names is that column's.
    let out = scan(&seasons, "how many different teams are there?");
    assert!(
        !out.mentions.iter().any(|m| m.column == "id"),
        "{:?}",
        out.mentions
    );
    // Different people are the persons' identifiers.
    let out = scan(&schema, "how many different people were tested?");
    assert_eq!(
        out.mentions
            .iter()
            .find(|m| m.agg == Some(AggFunc::NUnique))
            .map(|m| m.column.as_str()),
        Some("subject_id")
    );
}

#[test]
fn a_word_spelt_inside_one_name_and_by_type_of_a_column() {
    let schema = Schema::of_csv(
        "star",
        "tmathssk,treadssk,classk,schidkn\n473,447,small,63\n536,450,regular,20\n",
    );
    let out = scan(&schema, "average math score by type of class");
    assert_eq!(in_role(&out, Role::Measure), ["tmathssk"]);
    assert_eq!(in_role(&out, Role::Group), ["classk"]);
    assert!(out.not_found.is_none(), "{:?}", out.not_found);
    let out = scan(&schema, "correlation between math and reading scores");
    assert_eq!(in_role(&out, Role::Measure), ["tmathssk", "treadssk"]);
}

#[test]
fn of_a_column_and_its_negation_the_word_alone_is_the_column() {
    let schema = Schema::of_csv(
        "scorecard",
        "inst_name,count_not_working,count_working\nA,246,1741\nB,10,20\n",
    );
    let out = scan(&schema, "total number of students working");
    assert!(
        out.mentions.iter().any(|m| m.column == "count_working"),
        "{:?}",
        out.mentions
    );
    assert!(out.ambiguous.is_none());
    // A numbered run of columns: "week 20" is `wk20`, "the first week" `wk1`.
    let chart = Schema::of_csv("billboard", "track,wk1,wk2,wk20\nA,87,82,40\nB,91,87,\n");
    let out = scan(&chart, "how many songs were still on the chart in week 20?");
    assert!(
        out.mentions.iter().any(|m| m.column == "wk20")
            || out.filters.iter().any(|f| f.column == "wk20"),
        "{:?} {:?}",
        out.mentions,
        out.filters
    );
    let out = scan(&chart, "average position in the first week");
    assert!(
        out.mentions.iter().any(|m| m.column == "wk1"),
        "{:?}",
        out.mentions
    );
    // After "by", a number's name before a text column's qualifies it.
    let schema = Schema::of_csv(
        "travel_modes",
        "mode,travel,gcost\nair,100,70\ntrain,372,71\nair,90,60\n",
    );
    let out = scan(&schema, "box plot of gcost by travel mode");
    assert_eq!(in_role(&out, Role::Group), ["mode"]);
    assert!(!out.mentions.iter().any(|m| m.column == "travel"));
    let out = scan(&schema, "which travel mode has the highest gcost?");
    assert!(
        !out.mentions.iter().any(|m| m.column == "travel"),
        "{:?}",
        out.mentions
    );
    // A generic noun of kinds after a column's name is no other column.
    let claims = Schema::of_csv(
        "insurance",
        "District,Group,Age,Holders,Claims\n1,<1l,<25,197,38\n1,<1l,>35,1000,100\n",
    );
    let out = scan(&claims, "Which age group has the most policyholders?");
    assert!(
        !out.mentions.iter().any(|m| m.column == "Group"),
        "{:?}",
        out.mentions
    );
    // A value said whole beats a name that is it after a letter.
    let fishing = Schema::of_csv(
        "fishing",
        "mode,pcharter,ccharter\ncharter,182.9,0.5\nbeach,157.9,0.07\n",
    );
    let out = scan(&fishing, "How many anglers chose charter?");
    assert!(
        out.filters.iter().any(|f| f.column == "mode"),
        "{:?} {:?}",
        out.mentions,
        out.filters
    );
    // A head noun named whole beats a longer span of initials naming little.
    let schema = Schema::of_csv("help", "pss_fr,substance,cesd\n3,alcohol,30\n5,heroin,40\n");
    let out = scan(&schema, "average cesd by primary substance");
    assert_eq!(in_role(&out, Role::Group), ["substance"]);
    let schema = Schema::of_csv("hitters", "player,Hits,CHits\nA,100,2000\nB,150,1500\n");
    let out = scan(&schema, "top 5 players by career hits");
    assert!(
        out.mentions.iter().any(|m| m.column == "CHits"),
        "{:?}",
        out.mentions
    );
    // Nor are a value's words.
    let race = Schema::of_csv(
        "race",
        "Pos,Driver,Laps\n1,Oriol Servia,66\n2,Katherine Legge,63\n",
    );
    let out = scan(
        &race,
        "did oriol servia complete more laps than katherine legge?",
    );
    assert!(
        !out.mentions.iter().any(|m| m.column == "Pos"),
        "{:?}",
        out.mentions
    );
    // A word that is another column's name is no initial of this one.
    let schema = Schema::of_csv("help", "cesd,mcs,hhv\n30,25.1,20\n40,26.7,18\n");
    let out = scan(
        &schema,
        "correlation between the cesd score and the heating value",
    );
    let named: Vec<&str> = out.mentions.iter().map(|m| m.column.as_str()).collect();
    assert!(
        named.contains(&"cesd") && named.contains(&"hhv"),
        "{named:?}"
    );
    assert!(!named.contains(&"mcs"), "{named:?}");
    let schema = Schema::of_csv(
        "scorecard",
        "inst_name,count_not_working,count_working\nA,246,1741\nB,10,20\n",
    );
    let out = scan(&schema, "total number of students not working");
    assert!(
        !out.mentions.iter().any(|m| m.column == "count_working"),
        "{:?}",
        out.mentions
    );
}

#[test]
fn of_a_primary_and_a_secondary_column_the_word_alone_is_the_primary() {
    let schema = Schema::of_csv(
        "seattle_pet_licenses",
        "species,primary_breed,secondary_breed\nDog,Poodle,Mix\nCat,Siamese,\nDog,Boxer,Pug\n",
    );
    let out = scan(&schema, "What is the most common dog breed?");
    assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
    assert!(out.mentions.iter().any(|m| m.column == "primary_breed"));
    // Said, the secondary one.
    let out = scan(&schema, "most common secondary breed");
    assert!(out.mentions.iter().any(|m| m.column == "secondary_breed"));
    // Two of a kind that are not main and other stay ambiguous.
    let schema = Schema::of_csv("t", "home_breed,away_breed\nPoodle,Mix\nBoxer,Pug\n");
    let out = scan(&schema, "most common breed");
    assert!(out.ambiguous.is_some());
}

#[test]
fn a_year_said_picks_the_column_of_that_year() {
    let schema = Schema::of_csv(
        "child_mortality",
        "country,under5_mortality_1990,under5_mortality_2018,under5_mortality_2018_male,infant_mortality_2018\n\
         A,100,50,55,30\nB,80,20,22,10\n",
    );
    let out = scan(
        &schema,
        "which country had the highest under-5 mortality rate in 2018?",
    );
    assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
    assert!(
        out.mentions
            .iter()
            .any(|m| m.column == "under5_mortality_2018")
    );
    // The year is the name's, not a condition on some year column.
    assert!(out.filters.is_empty(), "{:?}", out.filters);
    let out = scan(&schema, "average under-5 mortality in 1990");
    assert!(
        out.mentions
            .iter()
            .any(|m| m.column == "under5_mortality_1990")
    );
    // No year said: the person is asked.
    let out = scan(&schema, "average under-5 mortality");
    assert!(out.ambiguous.is_some());
    // A stem and the last two figures of the year ("height in 1997" for `Hgt97`).
    let schema = Schema::of_csv(
        "pines",
        "Hgt96,Hgt97,Diam97,Fert\n10,12,1.5,0\n20,25,2.5,1\n",
    );
    let out = scan(&schema, "what's the tallest tree height recorded in 1997?");
    assert!(
        out.mentions.iter().any(|m| m.column == "Hgt97"),
        "{:?}",
        out.mentions
    );
    let out = scan(&schema, "average trunk diameter in 1997");
    assert!(
        out.mentions.iter().any(|m| m.column == "Diam97"),
        "{:?}",
        out.mentions
    );
}

#[test]
fn both_sides_of_a_flag_said_together_group_by_it() {
    let schema = Schema::of_csv("survey", "female,age,sentiment\n0,30,5\n1,40,6\n1,50,7\n");
    for q in [
        "average sentiment for men and for women",
        "average sentiment of males vs females",
    ] {
        let out = scan(&schema, q);
        assert_eq!(in_role(&out, Role::Group), ["female"], "{q}");
        assert!(out.filters.is_empty(), "{q}: {:?}", out.filters);
    }
    let schema = Schema::of_csv("pines", "Fert,height\n0,300\n1,320\n0,310\n");
    let out = scan(
        &schema,
        "average height of fertilized vs unfertilized trees",
    );
    assert_eq!(in_role(&out, Role::Group), ["Fert"]);
    assert!(out.filters.is_empty(), "{:?}", out.filters);
}

#[test]
fn the_noun_a_verb_of_a_column_takes_names_no_other_column() {
    let schema = Schema::of_csv(
        "team_seasons",
        "team,year,games_played,home_games,wins\nA,2001,162,81,116\nB,2001,162,81,60\nA,2002,162,81,93\n",
    );
    let out = scan(&schema, "how many times did a team win 100 or more games?");
    assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
    assert_eq!(out.filters.len(), 1);
    assert_eq!(out.filters[0].column, "wins");
    let out = scan(&schema, "Which team won the most games in a single season?");
    assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
    assert!(out.mentions.iter().any(|m| m.column == "wins"));
    // The most in one row, not the total over a team's rows.
    assert_eq!(out.agg, Some(AggFunc::Max));
    let out = scan(&schema, "Which team won the most games?");
    assert_eq!(out.agg, Some(AggFunc::Sum));
}

#[test]
fn a_name_beats_its_code_and_a_stem_its_derived_forms() {
    let schema = Schema::of_csv(
        "vehicles",
        "mfr_name,mfr_code,drive_sys,drive_desc,mpg\nHonda,HNX,F,Front,30\nFord,FMX,R,Rear,20\n",
    );
    let out = scan(&schema, "average mpg by manufacturer");
    assert_eq!(in_role(&out, Role::Group), ["mfr_name"]);
    let out = scan(&schema, "avg mpg by drive type");
    assert_eq!(in_role(&out, Role::Group), ["drive_desc"]);
    let schema = Schema::of_csv(
        "wars",
        "war,battleDeaths,battleDeathsPMP\nA,100,2.5\nB,50,1.5\n",
    );
    let out = scan(&schema, "which war had the most battle deaths");
    assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
    assert!(out.mentions.iter().any(|m| m.column == "battleDeaths"));
    // Said, the derived one.
    let out = scan(&schema, "which war had the most battle deaths pmp");
    assert!(out.mentions.iter().any(|m| m.column == "battleDeathsPMP"));
}

#[test]
fn a_numbered_label_is_a_value_even_in_the_datasets_name() {
    let schema = Schema::of_csv(
        "indomethacin_trial",
        "id,rx,status\n1001,1_indomethacin,1_outpatient\n1002,0_placebo,0_inpatient\n1003,1_indomethacin,1_outpatient\n",
    );
    let out = scan(&schema, "how many patients were given indomethacin?");
    assert_eq!(out.filters.len(), 1, "{:?}", out.filters);
    assert_eq!(out.filters[0].column, "rx");
    assert_eq!(out.filters[0].value, serde_json::json!("1_indomethacin"));
    let out = scan(
        &schema,
        "what percentage of the procedures were done on outpatients?",
    );
    assert_eq!(out.filters.len(), 1, "{:?}", out.filters);
    assert_eq!(out.filters[0].value, serde_json::json!("1_outpatient"));
}

#[test]
fn per_season_is_a_time_not_a_line_per_row() {
    let schema = Schema::of_csv(
        "team_seasons",
        "year,league,homeruns\n2001,AL,100\n2001,NL,90\n2002,AL,80\n",
    );
    let out = scan(&schema, "line chart of total home runs per season");
    assert!(!out.per_row);
    // Rows that are no time still are one line each.
    let schema = Schema::of_csv(
        "stocks",
        "stock,date,price\nA,2001-01-01,10\nB,2001-01-01,20\nA,2001-01-02,11\n",
    );
    let out = scan(&schema, "line chart of the price per stock");
    assert!(out.per_row);
}

#[test]
fn a_change_from_one_year_to_another_is_the_later_less_the_earlier() {
    let schema = Schema::of_csv(
        "populations",
        "country_name,country_code_2,country_code_3,year,population\n\
         Germany,DE,DEU,2010,100\nGermany,DE,DEU,2011,105\nGermany,DE,DEU,2012,120\n\
         Chad,TD,TCD,2010,50\nChad,TD,TCD,2012,70\n",
    );
    let out = scan(
        &schema,
        "by how many people did Germany's population grow from 2010 to 2012?",
    );
    let d = out.difference.expect("a difference");
    assert_eq!(
        (d.of.column.as_str(), d.of.value.as_f64()),
        ("year", Some(2012.0))
    );
    assert_eq!(d.minus.value.as_f64(), Some(2010.0));
    assert!(
        !out.filters
            .iter()
            .any(|f| matches!(f.op, Cmp::Ge | Cmp::Le))
    );
    // A fall is the earlier less the later: its size.
    let out = scan(
        &schema,
        "how much did Germany's population drop from 2010 to 2012?",
    );
    let d = out.difference.expect("a difference");
    assert_eq!(
        (d.of.value.as_f64(), d.minus.value.as_f64()),
        (Some(2010.0), Some(2012.0))
    );
    // No verb of change: the years between.
    let out = scan(&schema, "total population from 2010 to 2012");
    assert!(out.difference.is_none());
    // A name over its codes, the codes numbered.
    let out = scan(&schema, "which country had the largest population in 2012?");
    assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
    assert!(out.mentions.iter().any(|m| m.column == "country_name"));
    // People after an amount are the population.
    let out = scan(
        &schema,
        "how many countries had more than 60 people in 2012?",
    );
    assert!(
        out.filters
            .iter()
            .any(|f| f.column == "population" && f.op == Cmp::Gt)
    );
    let out = scan(
        &schema,
        "how many countries had more than 1 million people in 2012?",
    );
    assert!(
        out.filters
            .iter()
            .any(|f| f.column == "population" && f.op == Cmp::Gt)
    );
}

#[test]
fn people_are_a_population_only_where_the_rows_are_no_people() {
    let places = Schema::of_csv(
        "populations",
        "country,year,population\nChad,2020,16\nChad,2021,17\nPeru,2020,33\n",
    );
    let out = scan(&places, "how many people lived in Chad in 2020");
    assert_eq!(out.agg, Some(AggFunc::Sum));
    assert!(out.mentions.iter().any(|m| m.column == "population"));
    let poll = Schema::of_csv(
        "poll",
        "region,population,sex,age,vote\nN,175000,M,65,Y\nS,25000,F,30,\n",
    );
    let out = scan(&poll, "how many people have no answer recorded for vote?");
    assert!(
        !out.mentions.iter().any(|m| m.column == "population"),
        "{:?}",
        out.mentions
    );
    assert_ne!(out.agg, Some(AggFunc::Sum));
}

#[test]
fn all_of_them_together_and_a_qualifier_after_each() {
    let schema = Schema::of_csv(
        "populations",
        "country,year,population\nChad,2020,16\nChad,2021,17\nPeru,2020,33\n",
    );
    let out = scan(
        &schema,
        "what was the total population of all the countries in 2020?",
    );
    assert!(
        !out.mentions.iter().any(|m| m.column == "country"),
        "{:?}",
        out.mentions
    );
    let schema = Schema::of_csv(
        "loans",
        "annual_inc,verification_status,Class\n1000,Verified,good\n2000,Not_Verified,bad\n3000,Verified,good\n",
    );
    let out = scan(
        &schema,
        "percentage of bad loans for each income verification status",
    );
    assert_eq!(in_role(&out, Role::Group), ["verification_status"]);
    assert!(!out.mentions.iter().any(|m| m.column == "annual_inc"));
}

#[test]
fn the_period_a_table_counts_its_time_in_names_its_time_column() {
    let schema = Schema::of_csv(
        "pig_growth",
        "Pig,Weight,Time\n4601,26.5,1\n4601,40.1,2\n4643,25.0,1\n4643,38.2,2\n",
    );
    let out = scan(&schema, "how many pigs weighed more than 30 kg in week 2");
    assert!(
        out.filters
            .iter()
            .any(|f| f.column == "Time" && f.value.as_f64() == Some(2.0)),
        "{:?}",
        out.filters
    );
    let out = scan(&schema, "line chart of the average weight per week");
    assert_eq!(in_role(&out, Role::Group), ["Time"]);
    // The mean of the pigs' numbers is no amount.
    let out = scan(&schema, "mean weight of the pigs in week 1");
    assert!(
        !out.mentions.iter().any(|m| m.column == "Pig"),
        "{:?}",
        out.mentions
    );
    assert!(out.mentions.iter().any(|m| m.column == "Weight"));
    // Where the table names the period, that column is it.
    let schema = Schema::of_csv("t", "week,Time,sales\n1,10,5\n2,20,6\n");
    let out = scan(&schema, "sales in week 2");
    assert!(
        out.filters.iter().all(|f| f.column != "Time"),
        "{:?}",
        out.filters
    );
}

#[test]
fn the_rate_of_one_of_two_values() {
    let schema = Schema::of_csv(
        "heart_attacks",
        "outcome,sex,age\nlive,f,63\ndead,m,70\nlive,m,55\ndead,f,80\n",
    );
    let out = scan(&schema, "death rate by sex");
    assert!(out.share);
    assert_eq!(
        out.rate_of.as_ref().map(|f| &f.value),
        Some(&serde_json::json!("dead"))
    );
    assert_eq!(in_role(&out, Role::Group), ["sex"]);
}

#[test]
fn a_lone_percent_sign_and_a_number_after_by() {
    let schema = Schema::of_csv("survey", "female,age\n0,30\n1,40\n1,50\n");
    let out = scan(&schema, "what % of the respondents are women");
    assert!(out.share, "{out:?}");
    let schema = Schema::of_csv("cars", "no_cylinders,comb_mpg\n4,30\n6,22\n8,17\n4,28\n");
    let out = scan(&schema, "box plot of combined mpg by number of cylinders");
    assert_eq!(in_role(&out, Role::Group), ["no_cylinders"]);
    assert!(
        out.mentions.iter().any(|m| m.column == "comb_mpg"),
        "{:?}",
        out.mentions
    );
}

#[test]
fn by_a_count_in_its_unit_or_qualified_groups_by_the_column() {
    let schema = Schema::of_csv(
        "wells",
        "switch,education,kids,articles\nyes,0,1,2\nno,5,0,1\nyes,12,2,0\n",
    );
    let out = scan(&schema, "average articles by years of schooling");
    assert_eq!(in_role(&out, Role::Group), ["education"]);
    let out = scan(&schema, "average articles by number of young children");
    assert_eq!(in_role(&out, Role::Group), ["kids"]);
    assert_eq!(in_role(&out, Role::Measure), ["articles"]);
}

#[test]
fn a_word_of_the_whole_said_before_the_rest_of_a_name_is_part_of_it() {
    let schema = Schema::of_csv(
        "auctions",
        "start_pr,ship_pr,total_pr,n_bids\n0.99,4,51.55,20\n1,3.99,37.04,13\n",
    );
    let out = scan(&schema, "average total price");
    assert_eq!(in_role(&out, Role::Measure), ["total_pr"]);
    let out = scan(&schema, "total price vs number of bids");
    assert_eq!(in_role(&out, Role::Measure), ["total_pr"]);
    assert_eq!(in_role(&out, Role::Versus), ["n_bids"]);
    // Said alone, "total" is the sum.
    let out = scan(&schema, "total shipping price");
    assert_eq!(out.agg, Some(AggFunc::Sum));
}

#[test]
fn the_noun_after_of_in_a_name_alone_is_not_the_column() {
    let schema = Schema::of_csv(
        "breaches",
        "State,Type.of.Breach,Individuals.Affected\nCA,Theft,1000\nTX,Hacking,522\n",
    );
    let out = scan(&schema, "number of breaches reported each year");
    assert!(
        out.mentions.iter().all(|m| m.column != "Type.of.Breach"),
        "{:?}",
        out.mentions
    );
    let counted = Schema::of_csv("chains", "name,NumberofLocations\nA,120\nB,3\n");
    let out = scan(&counted, "chains with more than 100 locations");
    assert!(
        out.filters.iter().any(|f| f.column == "NumberofLocations"),
        "{:?}",
        out.filters
    );
    // A name or a title of a thing is the thing.
    let kingdoms = Schema::of_csv(
        "t",
        "Name of Kingdom,No. of villages,Capital\nSihag,150,Suin\nGodara,700,Shekhsar\n",
    );
    let out = scan(&kingdoms, "which kingdom has the most villages?");
    assert!(
        out.mentions.iter().any(|m| m.column == "Name of Kingdom"),
        "{:?}",
        out.mentions
    );
    let awards = Schema::of_csv(
        "t",
        "Date of Award,Honour/Award Title,Reason for Award\n1973,Lenin Peace Prize,\n\
         1980,Gold Medal,peace\n",
    );
    let out = scan(&awards, "what was the last award?");
    assert!(
        out.mentions
            .iter()
            .all(|m| m.column == "Honour/Award Title"),
        "{:?}",
        out.mentions
    );
    let out = scan(&schema, "how many breaches of each type of breach");
    assert!(
        out.mentions.iter().any(|m| m.column == "Type.of.Breach"),
        "{:?}",
        out.mentions
    );
}

#[test]
fn a_comparative_before_than_ends_no_name() {
    let schema = Schema::of_csv("crabs", "sp,CL,CW\nB,16.1,19.0\nO,42.0,46.5\n");
    let out = scan(&schema, "how many crabs have a carapace longer than 40 mm?");
    assert_eq!(out.filters, [Filter::on("CL", Cmp::Gt, 40.into())]);
    assert!(out.mentions.is_empty(), "{:?}", out.mentions);
}

#[test]
fn a_flag_said_after_by_whether_is_grouped_by() {
    let schema = Schema::of_csv(
        "wells",
        "switch,arsenic,distance\nyes,2.36,16.8\nno,0.71,47.3\nyes,2.07,21.0\n",
    );
    let out = scan(
        &schema,
        "box plot of distance by whether the household switched",
    );
    assert!(out.filters.is_empty(), "{:?}", out.filters);
    assert!(out.not_found.is_none(), "{:?}", out.not_found);
    assert_eq!(in_role(&out, Role::Group), ["switch"]);
}

#[test]
fn a_participle_of_the_rows_noun_names_no_column() {
    let schema = Schema::of_csv(
        "seattle_pet_licenses",
        "license_issue_date,license_number,species,zip_code\n2018-01-02,S1,Dog,98115\n\
         2018-02-03,S2,Cat,98103\n",
    );
    let out = scan(&schema, "which zip code has the most licensed dogs?");
    assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
    assert!(
        out.mentions
            .iter()
            .all(|m| !m.column.starts_with("license"))
    );
    // The noun itself still names its columns.
    let out = scan(&schema, "most common license number");
    assert!(out.mentions.iter().any(|m| m.column == "license_number"));
}

#[test]
fn the_rate_of_a_thing_a_flag_says_was_received_is_its_share() {
    let schema = Schema::of_csv(
        "resume",
        "job_city,race,received_callback\nChicago,white,0\nBoston,black,1\nBoston,white,1\n",
    );
    let out = scan(&schema, "callback rate by race");
    assert!(out.share);
    assert_eq!(
        out.rate_of.as_ref().map(|f| f.column.as_str()),
        Some("received_callback")
    );
    assert_eq!(in_role(&out, Role::Group), ["race"]);
}

#[test]
fn per_the_rows_noun_in_the_singular_is_per_row() {
    let schema = Schema::of_csv(
        "hhs_health_data_breaches",
        "State,Individuals.Affected,Breach.Submission.Date\nCA,1000,2010-01-02\nTX,50,2011-02-03\n",
    );
    let out = scan(
        &schema,
        "average number of individuals affected per breach by state",
    );
    assert!(out.per_row);
    assert!(
        out.mentions
            .iter()
            .all(|m| m.column != "Breach.Submission.Date"),
        "{:?}",
        out.mentions
    );
}

#[test]
fn a_quantity_is_read_before_the_column_of_its_kind() {
    let schema = Schema::of_csv(
        "salaries",
        "current_salary,salary_type\n80000,year\n45.5,hour\n90000,year\n",
    );
    let out = scan(&schema, "highest hourly wage reported");
    assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
    assert_eq!(in_role(&out, Role::Measure), ["current_salary"]);
}

#[test]
fn leaving_and_staying_are_the_yes_and_no_of_a_column_of_leaving() {
    let schema = Schema::of_csv("staff", "Age,Attrition\n30,Yes\n40,No\n35,No\n");
    let out = scan(&schema, "average age of employees who left");
    assert_eq!(
        out.filters,
        [Filter::on("Attrition", Cmp::Eq, "Yes".into())]
    );
    let out = scan(&schema, "average age of employees who stayed");
    assert_eq!(out.filters, [Filter::on("Attrition", Cmp::Eq, "No".into())]);
    // Without such a column, "left" is no condition.
    let schema = Schema::of_csv("staff", "Age,Dept\n30,A\n40,B\n");
    assert!(
        scan(&schema, "average age of employees who left")
            .filters
            .is_empty()
    );
}

#[test]
fn the_rows_counted_over_a_column_of_few_values_named_alike() {
    let schema = Schema::of_csv(
        "orange_juice_purchases",
        "Purchase,WeekofPurchase,StoreID\nCH,237,1\nMM,239,7\nCH,239,7\n",
    );
    let out = scan(&schema, "how many purchases were made at store 7?");
    assert!(out.rows_noun);
    assert!(
        !out.mentions.iter().any(|m| m.column == "Purchase"),
        "{:?}",
        out.mentions
    );
    let out = scan(&schema, "which week had the most purchases?");
    assert!(
        !out.mentions.iter().any(|m| m.column == "Purchase"),
        "{:?}",
        out.mentions
    );
    // "per week" is `WeekofPurchase` (a glued "of"), the number of purchases its rows.
    let out = scan(&schema, "number of purchases per week");
    assert!(out.rows_noun);
    assert_eq!(
        out.mentions
            .iter()
            .map(|m| (m.column.as_str(), m.role))
            .collect::<Vec<_>>(),
        [("WeekofPurchase", Role::Group)]
    );
}

#[test]
fn a_missing_value_of_a_column_qualified_by_another() {
    let schema = Schema::of_csv(
        "cases",
        "disease,state,year,population\nMeasles,Alabama,1969,100\nMeasles,Texas,1970,\n",
    );
    let out = scan(&schema, "how many rows are missing the state population?");
    assert_eq!(
        out.filters,
        [Filter::on(
            "population",
            Cmp::IsNull,
            serde_json::Value::Null
        )]
    );
    // "no weight recorded" over `record_id`: a word around the absence is no noun.
    let captures = Schema::of_csv("captures", "record_id,weight\n1,20\n2,\n");
    let out = scan(&captures, "how many captures have no weight recorded?");
    assert_eq!(
        out.filters,
        [Filter::on("weight", Cmp::IsNull, serde_json::Value::Null)]
    );
    let out = scan(&schema, "how many rows are missing the state?");
    assert_eq!(
        out.filters,
        [Filter::on("state", Cmp::IsNull, serde_json::Value::Null)]
    );
}

#[test]
fn a_code_only_one_name_has_and_a_name_said_word_for_word() {
    let schema = Schema::of_csv(
        "air",
        "date,daily_mean_pm2_5_concentration,daily_aqi_value,time_of_day\n\
         2011-01-03,5.9,19,Day\n2011-01-06,10.4,34,Night\n2011-01-09,7.0,25,Dusk\n",
    );
    let measured = |q: &str| -> Vec<(String, Role)> {
        scan(&schema, q)
            .mentions
            .into_iter()
            .map(|m| (m.column, m.role))
            .collect()
    };
    assert_eq!(
        measured("average PM2.5"),
        [("daily_mean_pm2_5_concentration".to_string(), Role::Measure)]
    );
    let out = scan(&schema, "number of readings by time of day");
    assert!(out.filters.is_empty(), "{:?}", out.filters);
    assert_eq!(
        measured("number of readings by time of day"),
        [("time_of_day".to_string(), Role::Group)]
    );
}

#[test]
fn a_column_numbering_the_rows_is_counted_and_home_is_away_s_opposite() {
    let schema = Schema::of_csv(
        "games",
        "Game,Opp,Home,GrPoint\n1,Ripon,1,107\n2,Beloit,0,142\n3,Knox,1,120\n4,Knox,0,99\n",
    );
    let out = scan(&schema, "how many games did they play against Knox?");
    assert!(out.rows_noun);
    assert!(
        out.mentions.iter().all(|m| m.column != "Game"),
        "{:?}",
        out.mentions
    );
    let out = scan(&schema, "average points in home games and in away games");
    assert!(out.filters.is_empty(), "{:?}", out.filters);
    assert!(
        out.mentions
            .iter()
            .any(|m| m.column == "Home" && m.role == Role::Group),
        "{:?}",
        out.mentions
    );
    // "win" over a `WinLoss` of 1 and -1 is its 1, not the column measured.
    let schema = Schema::of_csv(
        "games",
        "Game,Opp,WinLoss\n1,Ripon,-1\n2,Knox,1\n3,Knox,1\n",
    );
    let out = scan(&schema, "how many games did they win?");
    assert_eq!(out.filters, [Filter::on("WinLoss", Cmp::Eq, 1.into())]);
    assert!(out.mentions.is_empty(), "{:?}", out.mentions);
    // Numbers that skip (2, 4, 6), or come out of order (1, 3, 2: tips), number no
    // rows: their sum is asked.
    let schema = Schema::of_csv("games", "Game,Opp\n2,Ripon\n4,Beloit\n6,Knox\n");
    assert!(!schema.numbers_the_rows(schema.get("Game").unwrap()));
    let schema = Schema::of_csv("restaurant_tips", "tip,bill\n1,10\n3,20\n2,40\n");
    assert!(!schema.numbers_the_rows(schema.get("tip").unwrap()));
}

#[test]
fn the_datasets_own_noun_over_flags_of_its_kinds_is_its_rows() {
    let schema = Schema::of_csv(
        "stack_overflow_developers",
        "Salary,Remote,Web_developer,Mobile_developer\n100,Remote,1,0\n80,Not remote,0,1\n\
         90,Remote,0,0\n",
    );
    let out = scan(&schema, "average salary of remote developers");
    assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
    assert!(out.rows_noun);
    assert!(out.filters.iter().all(|f| !f.column.ends_with("developer")));
    // One kind named is that flag.
    let out = scan(&schema, "average salary of web developers");
    assert_eq!(
        out.filters,
        [Filter::on("Web_developer", Cmp::Eq, serde_json::json!(1))]
    );
}

#[test]
fn grouped_by_whether_a_flag_holds() {
    let schema = Schema::of_csv(
        "developers",
        "Salary,YearsCoded,Remote\n100,3,Remote\n80,5,Not remote\n90,7,Remote\n",
    );
    let out = scan(&schema, "average salary by whether they work remotely");
    assert!(out.filters.is_empty(), "{:?}", out);
    assert!(
        out.mentions
            .iter()
            .any(|m| m.column == "Remote" && m.role == Role::Group),
        "{:?}",
        out.mentions
    );
}

#[test]
fn grouped_by_a_column_a_word_and_a_participle_qualify() {
    let schema = Schema::of_csv(
        "care",
        "visits,health,age\n5,average,6.9\n1,excellent,7.4\n13,poor,6.6\n",
    );
    let out = scan(&schema, "average visits by self-rated health");
    assert!(out.not_found.is_none(), "{:?}", out.not_found);
    assert!(
        out.mentions
            .iter()
            .any(|m| m.column == "health" && m.role == Role::Group),
        "{:?}",
        out.mentions
    );
    // A word alone after "by" that no column has is still not found.
    assert!(
        scan(&schema, "average visits by insurer")
            .not_found
            .is_some()
    );
}

#[test]
fn the_highest_rated_film_is_a_row() {
    let schema = Schema::of_csv(
        "imdb_movies",
        "title,year,rating,votes\nA,1950,8.5,2000\nB,1990,9.9,5\nC,1955,7.0,3000\n",
    );
    let out = scan(&schema, "the highest rated film");
    assert!(out.rows_noun && out.which_row, "{out:?}");
    assert_eq!(out.mentions[0].column, "rating");
    // Not a participle elsewhere: "reported cases" is not `weeks_reporting`.
    let schema = Schema::of_csv(
        "cases",
        "disease,weeks_reporting,count\nPolio,40,100\nMeasles,52,3000\n",
    );
    let out = scan(&schema, "which disease has the most reported cases?");
    assert!(
        out.mentions.iter().all(|m| m.column != "weeks_reporting"),
        "{:?}",
        out.mentions
    );
}

#[test]
fn the_money_taken_by_sales_is_their_total_price() {
    let csv = "id,type,price\n1,classic,13.25\n2,veggie,16.5\n3,classic,20.75\n";
    let measured = |name: &str, q: &str| -> Vec<(String, Option<AggFunc>)> {
        scan(&Schema::of_csv(name, csv), q)
            .mentions
            .into_iter()
            .filter(|m| m.role == Role::Measure)
            .map(|m| (m.column, m.agg))
            .collect()
    };
    assert_eq!(
        measured("pizza_place_sales", "revenue by type of pizza"),
        [("price".to_string(), Some(AggFunc::Sum))]
    );
    // Rows that are no sales (cars and their prices) take no money.
    assert!(measured("cars", "revenue by type").is_empty());
}

#[test]
fn words_said_again_in_another_measures_name_are_its() {
    let schema = Schema::of_csv(
        "textbooks",
        "course,textbook_isbn,bookstore_new,amazon_new\nPsych,9781,256.75,200\n\
         Spanish,9782,120,229.37\n",
    );
    let measures = |q: &str| -> Vec<String> {
        scan(&schema, q)
            .mentions
            .into_iter()
            .filter(|m| m.role == Role::Measure)
            .map(|m| m.column)
            .collect()
    };
    assert_eq!(
        measures("average price of a new textbook at the bookstore"),
        ["bookstore_new"]
    );
    // Said alone, each is itself.
    assert_eq!(measures("average new price on amazon"), ["amazon_new"]);
}

#[test]
fn a_perfect_score_is_the_highest_score() {
    let schema = Schema::of_csv(
        "inspections",
        "business_name,inspection_score\nPERFECT CUP,92\nSWEET PINK,100\nPERFECT CUP,100\n",
    );
    let out = scan(&schema, "how many inspections got a perfect score?");
    assert_eq!(
        out.filters,
        [Filter::on("inspection_score", Cmp::Eq, 100.into())]
    );
}

#[test]
fn a_letter_before_a_word_in_a_name_is_a_word_said_before_it() {
    let schema = Schema::of_csv(
        "rice",
        "region,goutput,noutput\nlangan,2430,2000\nciwangi,1200,900\n",
    );
    let out = scan(
        &schema,
        "which region has the highest average gross output?",
    );
    assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
    assert_eq!(in_role(&out, Role::Measure), ["goutput"]);
    // Neither letter said: still asked back.
    let out = scan(&schema, "which region has the highest average output?");
    assert!(out.ambiguous.is_some());
    // The letter apart from the word: `mpg_h` for "highway mpg".
    let cars = Schema::of_csv(
        "grand_tourer_cars",
        "model,mpg_c,mpg_h
GT,11,18
R8,14,22
",
    );
    let out = scan(&cars, "average highway mpg of the cars");
    assert_eq!(in_role(&out, Role::Measure), ["mpg_h"]);
}

#[test]
fn how_many_were_and_the_verb_of_a_date_column_counts_rows() {
    let schema = Schema::of_csv(
        "cpu_releases",
        "company,name,released\nIntel,A,2020-04-18\nAMD,B,2020-05-01\nAMD,C,2019-01-02\n",
    );
    let out = scan(&schema, "how many processors were released in 2020?");
    assert!(
        out.mentions.iter().all(|m| m.column != "released"),
        "{:?}",
        out.mentions
    );
}

#[test]
fn what_starts_and_ends_names_the_rows() {
    let schema = Schema::of_csv(
        "snowfall",
        "SeasonStart,SeasonEnd,Total\n1893,1894,59\n1894,1895,70\n",
    );
    assert!(schema.is_row_noun("seasons"));
}

#[test]
fn a_grammar_noun_after_a_value_is_the_column_that_says_it() {
    let schema = Schema::of_csv(
        "race",
        "race,sex,run_time_minutes\n5k,M,30\nhalf-marathon,F,120\n",
    );
    let out = scan(&schema, "average 5k time of men and women");
    assert!(out.mentions.iter().any(|m| m.column == "run_time_minutes"));
    let out = scan(&schema, "race count over time");
    assert!(out.mentions.iter().all(|m| m.column != "run_time_minutes"));
}

#[test]
fn with_and_without_a_column_groups_by_it() {
    let schema = Schema::of_csv(
        "churn",
        "international_plan,churn,minutes\nyes,no,10\nno,yes,5\n",
    );
    let out = scan(
        &schema,
        "average minutes for customers with and without an international plan",
    );
    let groups = in_role(&out, Role::Group);
    assert_eq!(groups, ["international_plan"]);
    assert!(out.filters.is_empty());
}

#[test]
fn a_word_inside_a_long_name_is_not_the_column() {
    let schema = Schema::of_csv("churn", "state,number_customer_service_calls\nKS,1\nOH,2\n");
    let out = scan(&schema, "which state has the most customers");
    assert!(
        out.mentions
            .iter()
            .all(|m| m.column != "number_customer_service_calls")
    );
    let out = scan(&schema, "average customer service calls");
    assert_eq!(out.mentions[0].column, "number_customer_service_calls");
}

#[test]
fn a_flag_and_its_opposite_are_its_two_groups() {
    let schema = Schema::of_csv("colleges", "Private,Outstate\nYes,10\nNo,5\n");
    let out = scan(
        &schema,
        "average out of state tuition of private and public colleges",
    );
    let groups = in_role(&out, Role::Group);
    assert_eq!(groups, ["Private"]);
    assert!(out.filters.is_empty());
}

#[test]
fn a_word_between_which_and_a_column_qualifies_it() {
    let schema = Schema::of_csv(
        "players",
        "name,year,runs\nA,1890,10\nB,1890,20\nC,1901,5\n",
    );
    let out = scan(&schema, "which debut year has the most players?");
    assert_eq!(in_role(&out, Role::Which), ["year"]);
    // The rows' own noun is no qualifier: "which player scored the most runs".
    let out = scan(&schema, "which player scored the most runs?");
    assert!(in_role(&out, Role::Which).is_empty());
    // Nor a word before an owner: "which state regent's term" is no state's.
    let terms = Schema::of_csv("regents", "Name,Term Expires\nA,2011\nB,2019\n");
    let out = scan(&terms, "which state regent's term will last the longest?");
    assert!(in_role(&out, Role::Which).is_empty());
}

#[test]
fn which_period_is_the_one_column_with_it_in_its_name() {
    let which = |csv: &str, q: &str| {
        let schema = Schema::of_csv("juice", csv);
        let out = scan(&schema, q);
        let names: Vec<String> = in_role(&out, Role::Which)
            .into_iter()
            .map(String::from)
            .collect();
        names
    };
    let csv = "Purchase,WeekofPurchase,Price\nCH,237,1.5\nMM,238,1.7\n";
    assert_eq!(
        which(csv, "which week had the most purchases?"),
        ["WeekofPurchase"]
    );
    // Two such columns, or one named for the period alone: not this rule's to say.
    // (With "purchases" said, the words of `WeekofPurchase` name it.)
    let two = "Purchase,WeekofPurchase,WeekofReturn\nCH,237,240\nMM,238,241\n";
    let out = scan(
        &Schema::of_csv("juice", two),
        "which week had the most sales?",
    );
    assert_eq!(
        out.ambiguous.map(|(_, mut c)| {
            c.sort();
            c
        }),
        Some(vec![
            "WeekofPurchase".to_string(),
            "WeekofReturn".to_string()
        ])
    );
    assert_eq!(
        which(two, "which week had the most purchases?"),
        ["WeekofPurchase"]
    );
    let own = "week,WeekofPurchase\n1,237\n2,238\n";
    assert_eq!(which(own, "which week had the most purchases?"), ["week"]);
}

#[test]
fn which_quarter_is_the_column_of_quarters() {
    assert!(names_a_quarter("1998 Q1") && names_a_quarter("Q3 2006"));
    assert!(!names_a_quarter("1998") && !names_a_quarter("Q5 2001"));
    let schema = Schema::of_csv(
        "accommodation",
        "Date,State,Occupancy\n1998 Q1,Victoria,60\n1998 Q2,Victoria,65\n",
    );
    let which: Vec<String> = scan(&schema, "in which quarter was occupancy highest?")
        .mentions
        .into_iter()
        .filter(|m| m.role == Role::Which)
        .map(|m| m.column)
        .collect();
    assert_eq!(which, ["Date"]);
}

#[test]
fn a_noun_before_its_participle_is_the_participle_column() {
    let schema = Schema::of_csv("births", "weight,gained,mage\n7.1,20,30\n6.5,35,25\n");
    let columns = |q: &str| -> Vec<String> {
        scan(&schema, q)
            .mentions
            .into_iter()
            .map(|m| m.column)
            .collect()
    };
    assert_eq!(columns("average weight gained by mothers"), ["gained"]);
    assert_eq!(columns("average weight and gained"), ["weight", "gained"]);
}

#[test]
fn a_ratio_of_two_columns_names_the_whole() {
    let schema = Schema::of_csv(
        "mammal_sleep",
        "name,sleep_rem,sleep_total\nA,1.5,10\nB,2,8\n",
    );
    let read = |q: &str| scan(&schema, q).ratio_of;
    let whole = Some(("sleep_total".to_string(), true));
    assert_eq!(read("the ratio of REM sleep to total sleep"), whole);
    assert_eq!(read("average REM sleep divided by total sleep"), whole);
    assert_eq!(read("how much REM sleep compared to total sleep"), None);
    // "the X to Y ratio", "the X-to-Y ratio".
    let concrete = Schema::of_csv(
        "concrete",
        "cement,water,strength
540,162,79.9
332,228,40.2
",
    );
    let read = |q: &str| scan(&concrete, q).ratio_of;
    let whole = Some(("cement".to_string(), true));
    assert_eq!(
        read("the water to cement ratio of the strongest sample"),
        whole
    );
    assert_eq!(read("average water-to-cement ratio"), whole);
    assert_eq!(read("how much water to cement"), None);
}

#[test]
fn per_a_number_of_people_divides_by_the_population() {
    let schema = Schema::of_csv(
        "diseases",
        "disease,state,year,count,population\nMeasles,CA,1955,10,1000\n",
    );
    let read = |q: &str| {
        let out = scan(&schema, q);
        (out.ratio_of, out.ratio_per)
    };
    assert_eq!(
        read("measles cases per 100,000 people in CA in 1955"),
        (Some(("population".to_string(), true)), Some(100_000.0))
    );
    assert_eq!(read("measles cases per person"), (None, None));
    let two = Schema::of_csv("d", "count,population,pop_adult\n1,10,5\n");
    assert_eq!(scan(&two, "cases per 1000 people").ratio_per, None);
}

#[test]
fn per_an_amount_divides_by_it() {
    let schema = Schema::of_csv(
        "journals",
        "title,price,citations,year,weeks\nA,100,50,2001,3\nB,300,30,2002,4\n",
    );
    let read = |q: &str| scan(&schema, q).ratio_of;
    let whole = Some(("citations".to_string(), true));
    assert_eq!(read("which journal is cheapest per citation?"), whole);
    assert_eq!(read("which journal is the cheapest per citation"), whole);
    // A column before "per" is read with it (`qualified_columns`: "expenditure per
    // student" is one amount, not a ratio).
    assert_eq!(read("average price per citation"), None);
    assert_eq!(read("average price per citations"), None);
    // Per a year or a period groups; per a row noun counts.
    assert_eq!(read("average price per year"), None);
    assert_eq!(read("price per weeks"), None);
    assert_eq!(read("average price per journal"), None);
}

#[test]
fn a_column_as_a_percentage_of_another_names_the_whole() {
    let schema = Schema::of_csv("restaurant_tips", "total_bill,tip,size\n10,1,2\n20,4,3\n");
    let read = |q: &str| {
        let out = scan(&schema, q);
        let measures: Vec<String> = out.mentions.into_iter().map(|m| m.column).collect();
        (measures, out.ratio_of.map(|r| r.0), out.share)
    };
    assert_eq!(
        read("tips as a percentage of the bills"),
        (
            vec!["tip".to_string()],
            Some("total_bill".to_string()),
            false
        )
    );
    assert_eq!(
        read("average tip as a share of all the total bill")
            .1
            .as_deref(),
        Some("total_bill")
    );
    // No column before it: a share of rows, as before.
    let (_, ratio, share) = read("what percentage of the bills are over 15");
    assert_eq!((ratio, share), (None, true));
}

#[test]
fn a_word_of_frequency_over_dated_rows_is_a_period_not_a_column() {
    use crate::dataset::{Dataset, Format, LoadOptions};
    let schema = |csv: &str| {
        let options = LoadOptions {
            format: Some(Format::Csv),
            ..LoadOptions::default()
        };
        Schema::of(&Dataset::from_bytes("t", csv.as_bytes(), &options).unwrap())
    };
    let columns = |s: &Schema, q: &str| -> Vec<String> {
        scan(s, q).mentions.into_iter().map(|m| m.column).collect()
    };
    let dated = schema("date,births,day_of_year\n1978-01-01,7701,1\n1978-01-02,7527,2\n");
    assert_eq!(columns(&dated, "daily births"), ["date", "births"]);
    // Without a date, a column may still be named for the day.
    let plain = schema("daily,births\n1,7701\n2,7527\n");
    assert_eq!(columns(&plain, "daily births"), ["daily", "births"]);
    assert!(is_frequency("monthly") && !is_frequency("month"));
}

#[test]
fn of_two_abbreviations_the_contraction_is_the_word() {
    use crate::dataset::{Dataset, Format, LoadOptions};
    let options = LoadOptions {
        format: Some(Format::Csv),
        ..LoadOptions::default()
    };
    let csv = "hg,ht,wt\n15.2,180,75\n13.1,165,60\n";
    let s = Schema::of(&Dataset::from_bytes("t", csv.as_bytes(), &options).unwrap());
    let columns: Vec<String> = scan(&s, "average height")
        .mentions
        .into_iter()
        .map(|m| m.column)
        .collect();
    assert_eq!(columns, ["ht"]);
    let hg = s.columns.iter().position(|c| c.name == "hg").unwrap();
    let ht = s.columns.iter().position(|c| c.name == "ht").unwrap();
    assert_eq!(contracted(&s, &[hg, ht], &["height"]), Some(ht));
    // Neither a contraction: no choice.
    assert_eq!(contracted(&s, &[hg], &["hemoglobin"]), None);
}

#[test]
fn one_example_is_asked_by_name_a_or_tell_me_one() {
    for q in [
        "name a country other than india",
        "tell me an inductee",
        "give one player",
    ] {
        assert!(one_asked(&tokenize(q)), "{q}");
    }
    for q in [
        "name the countries",
        "which country is a member",
        "tell me the name",
    ] {
        assert!(!one_asked(&tokenize(q)), "{q}");
    }
}

#[test]
fn the_counted_noun_comes_after_total() {
    let tokens = tokenize("how many total entries are there");
    assert_eq!(counted_subject(&tokens, &[false; 6]), Some(3..=3));
    let tokens = tokenize("the number of the birds");
    assert_eq!(counted_subject(&tokens, &[false; 5]), Some(4..=4));
}

#[test]
fn the_counted_noun_runs_to_its_plural() {
    let tokens = tokenize("what are the total number of radio stations on this list");
    assert_eq!(counted_subject(&tokens, &[false; 10]), Some(6..=7));
    // A word after the plural is not the noun's; nor is a plural more than three words on.
    let tokens = tokenize("how many players come from alabama");
    assert_eq!(counted_subject(&tokens, &[false; 6]), Some(2..=2));
    let tokens = tokenize("how many red big old cars");
    assert_eq!(counted_subject(&tokens, &[false; 6]), Some(2..=2));
}

#[test]
fn a_stem_and_number_name_is_split_at_its_digits() {
    assert_eq!(stem_and_number("pop15"), Some(("pop", "15")));
    assert_eq!(stem_and_number("age65"), Some(("age", "65")));
    assert_eq!(stem_and_number("x1"), None);
    assert_eq!(stem_and_number("pop"), None);
    assert_eq!(stem_and_number("pop15b"), None);
}

#[test]
fn a_bracket_is_the_stems_word_then_a_bracket_word_and_the_number() {
    let spans = |q: &str| bracketed(&tokenize(q), "pop", "15");
    assert_eq!(spans("share of the population under 15"), [(3, 3)]);
    assert_eq!(spans("where the population is under 15"), [(2, 4)]);
    assert!(spans("population under 20").is_empty());
    assert!(spans("population of under 15").is_empty());
    assert!(spans("people under 15").is_empty());
}

#[test]
fn at_least_one_of_the_rows_compares_no_column() {
    let schema = Schema::of_csv(
        "banking_crises",
        "country,type,year,month\nAlbania,banking,1994,\nAlbania,currency,1997,1\nChad,banking,1983,3\n",
    );
    let out = scan(
        &schema,
        "how many countries had at least one banking crisis",
    );
    assert_eq!(out.filters, [Filter::on("type", Cmp::Eq, "banking".into())]);
    assert!(out.unplaced.is_none() && out.having.is_none());
}

#[test]
fn the_name_of_rows_that_have_none_is_not_in_the_data() {
    let schema = Schema::of_csv(
        "firms",
        "assets,sector,interlocks\n10,BNK,3\n20,MIN,5\n30,BNK,1\n",
    );
    let out = scan(
        &schema,
        "what's the name of the firm with the most interlocks",
    );
    assert_eq!(
        out.not_found.as_deref(),
        Some("no column holds a name for each firm")
    );
    // With a column of names, it is that column.
    let schema = Schema::of_csv("firms", "firm,assets,interlocks\nAcme,10,3\nBolt,20,5\n");
    let out = scan(
        &schema,
        "what's the name of the firm with the most interlocks",
    );
    assert!(out.not_found.is_none());
}

#[test]
fn the_place_a_distance_is_from_is_read_with_it() {
    let schema = Schema::of_csv(
        "departments",
        "Department,Literacy,Distance\nAin,37,218.4\nAisne,51,65.9\n",
    );
    let out = scan(
        &schema,
        "scatter plot of literacy against distance from Paris",
    );
    assert!(out.not_found.is_none(), "{:?}", out.not_found);
    assert!(out.unknown.is_empty(), "{:?}", out.unknown);
    assert!(out.filters.is_empty());
}

#[test]
fn a_quantity_before_a_column_of_kinds_after_each_qualifies_it() {
    let schema = Schema::of_csv(
        "wages_by_trade",
        "class,trade,drinks,wage,n\nA,papercutter,1,24.0,2\nB,cabmen,10,18.4,11\nC,x,3,30.1,5\n",
    );
    let out = scan(&schema, "total drinks in each wage class");
    assert_eq!(in_role(&out, Role::Group), ["class"]);
}

#[test]
fn how_many_times_counts_rows_not_a_column_of_times_of_day() {
    let schema = Schema::of_csv(
        "turnips",
        "date,time,price\n2021-04-11,5:00 a.m.,96\n2021-04-12,8:00 a.m.,450\n",
    );
    let out = scan(&schema, "how many times did the price go above 400 bells");
    assert!(
        !out.mentions.iter().any(|m| m.column == "time"),
        "{:?}",
        out.mentions
    );
    assert_eq!(out.filters, [Filter::on("price", Cmp::Gt, 400.into())]);
}

#[test]
fn a_noun_no_column_names_said_of_the_rows_is_not_in_the_data() {
    let schema = Schema::of_csv(
        "dog_walks",
        "StepCount,Kcal,Miles,Weather,Walk\n2615,8,1.4,shine,0\n3323,12,1.8,rain,1\n",
    );
    let out = scan(&schema, "What breed are the dogs?");
    assert_eq!(out.not_found.as_deref(), Some("no column holds \"breed\""));
    // A row asked for stays one: "what walk was the longest" is not said of the rows.
    let out = scan(&schema, "which walk had the most miles");
    assert!(out.not_found.is_none());
}

#[test]
fn over_time_is_the_calendar_not_a_column_of_times_of_day() {
    let schema = Schema::of_csv(
        "turnips",
        "date,time,price\n2021-04-11,5:00 a.m.,96\n2021-04-12,8:00 a.m.,450\n",
    );
    let out = scan(&schema, "line chart of turnip prices over time");
    assert_eq!(in_role(&out, Role::Versus), ["date"]);
}

#[test]
fn a_participle_naming_a_flag_after_an_amount_picks_no_rows() {
    let schema = Schema::of_csv(
        "dog_walks",
        "StepCount,Kcal,Miles,Weather,Walk\n2615,8,1.4,shine,0\n3323,12,1.8,rain,1\n",
    );
    let out = scan(&schema, "total miles walked over the whole log");
    assert!(out.filters.is_empty(), "{:?}", out.filters);
    // Said on its own, the flag still picks its rows.
    let out = scan(&schema, "total miles on days the dogs were walked");
    assert_eq!(out.filters, [Filter::on("Walk", Cmp::Eq, 1.into())]);
}

#[test]
fn a_participle_after_a_column_that_labels_the_rows_is_its_own_flag() {
    let schema = Schema::of_csv(
        "tb_trial",
        "patient_id,arm,improved\n1,A,True\n2,B,False\n3,A,True\n",
    );
    let out = scan(&schema, "how many patients improved?");
    assert!(out.mentions.is_empty(), "{:?}", out.mentions);
    assert_eq!(out.filters.len(), 1);
    assert_eq!(out.filters[0].column, "improved");
}

#[test]
fn a_column_of_country_names_is_said_as_country() {
    let schema = Schema::of_csv(
        "quakes",
        "year,region,deaths\n1902,Guatemala,2000\n1903,Turkey,3500\n1905,India,19000\n\
         1906,Chile,3882\n1907,Jamaica,1600\n1908,Italy,70000\n1909,Asia,10\n",
    );
    let out = scan(&schema, "which country had the most deaths");
    assert!(
        in_role(&out, Role::Group).contains(&"region")
            || out.mentions.iter().any(|m| m.column == "region")
    );
    // A column of places that are mostly not countries is not.
    let towns = Schema::of_csv(
        "towns",
        "town,deaths\nLeeds,1\nYork,2\nItaly,3\nBath,4\nHull,5\nDerby,6\n",
    );
    assert!(
        !scan(&towns, "which country had the most deaths")
            .mentions
            .iter()
            .any(|m| m.column == "town")
    );
}

#[test]
fn the_kind_of_thing_values_are_named_as_names_their_column_after_which() {
    let schema = Schema::of_csv(
        "strikes",
        "operator,birds\nDELTA AIRLINES,1\nUNITED AIRLINES,2\nAMERICAN AIRLINES,3\n\
         ALASKA AIRLINES,4\nHAWAIIAN AIRLINES,5\nBUSINESS EXPRESS,6\nMILITARY,7\n",
    );
    let has = |q: &str| {
        scan(&schema, q)
            .mentions
            .iter()
            .any(|m| m.column == "operator")
    };
    assert!(has("which airline hit the most birds"));
    assert!(has("total birds per airline"));
    // Only where one of them, or each, is asked for.
    assert!(!has("how many airlines are there"));
}

#[test]
fn a_change_from_one_period_to_another_on_the_column_of_periods() {
    let schema = Schema::of_csv(
        "fries",
        "time,treatment,potato\n1,1,2.9\n1,2,14.0\n10,1,5.0\n10,2,6.0\n5,1,3\n",
    );
    let out = scan(
        &schema,
        "How much did the average potato score drop from week 1 to week 10?",
    );
    let d = out.difference.expect("a difference");
    assert_eq!(d.of.column, "time");
    assert_eq!(
        (d.of.value.as_f64(), d.minus.value.as_f64()),
        (Some(1.0), Some(10.0))
    );
    assert_eq!(out.filters.len(), 2, "{:?}", out.filters);
}

#[test]
fn a_change_from_year_to_year_of_the_amount_said_before_it_in_percent() {
    use crate::agent::intent::Side;
    let schema = Schema::of_csv(
        "trade",
        "year,gdp,impo\n1929,104.6,4.4\n1930,92.2,3.06\n1931,77.4,2.09\n1932,59.5,1.32\n",
    );
    // "from 1929" first read as a bound of the imports is the year's.
    let out = scan(
        &schema,
        "By what percent did imports fall from 1929 to 1932?",
    );
    let d = out.difference.expect("a difference");
    assert_eq!(
        (d.of.column.as_str(), d.minus.column.as_str()),
        ("year", "year")
    );
    assert_eq!(
        (d.of.value.as_f64(), d.minus.value.as_f64()),
        (Some(1929.0), Some(1932.0))
    );
    // Of a fall, the percentage of the earlier year's, which is the first side.
    assert_eq!(d.percent_of, Some(Side::Of));
    assert!(
        out.filters.iter().all(|f| f.column == "year"),
        "{:?}",
        out.filters
    );
    assert!(
        out.mentions
            .iter()
            .any(|m| m.column == "impo" && m.role == Role::Measure)
    );
    // Of a growth, the earlier year's is taken away; without "percent", no percentage.
    let out = scan(&schema, "by what percentage did gdp grow from 1930 to 1932");
    assert_eq!(
        out.difference.expect("a difference").percent_of,
        Some(Side::Minus)
    );
    let out = scan(&schema, "how much did gdp grow from 1930 to 1932");
    assert_eq!(out.difference.expect("a difference").percent_of, None);
}

#[test]
fn which_after_a_preposition_in_a_what_question_asks_for_no_row() {
    let schema = Schema::of_csv(
        "corroboree_frog_sites",
        "pres.abs,altitude,distance\n1,1500,500\n0,1700,250\n1,1600,300\n",
    );
    let out = scan(
        &schema,
        "What's the highest altitude at which frogs were found?",
    );
    assert!(!out.which_row, "{out:?}");
    // A question that opens with it asks for the row.
    let out = scan(&schema, "at which altitude were the most frogs found?");
    assert!(
        out.which_row || out.mentions.iter().any(|m| m.role == Role::Which),
        "{out:?}"
    );
}

#[test]
fn the_rows_noun_before_a_numeric_columns_word_after_a_superlative_qualifies_it() {
    let schema = Schema::of_csv(
        "chocolate_cake_breakage_angles",
        "replicate,recipe,temp,angle\n1,A,175,42\n1,B,185,46\n2,C,175,63\n",
    );
    let out = scan(&schema, "What's the largest breakage angle?");
    assert!(!out.which_row, "{out:?}");
    // The rows' noun asked for is still a row.
    let out = scan(&schema, "which cake has the largest angle?");
    assert!(out.which_row);
}

#[test]
fn a_count_of_what_no_column_holds_in_one_named_row_is_not_in_the_data() {
    let schema = Schema::of_csv(
        "town_water_hardness",
        "location,town,mortality,hardness\nSouth,Bath,1247,105\nNorth,Sheffield,1591,14\n\
         North,York,1378,71\nSouth,Exeter,1400,27\n",
    );
    let out = scan(&schema, "How many people live in Sheffield?");
    assert!(out.not_found.is_some(), "{out:?}");
    // The rows themselves counted, by a value that many rows share: a count.
    let out = scan(&schema, "How many towns are in the North?");
    assert!(out.not_found.is_none(), "{out:?}");
}

#[test]
fn the_number_of_things_in_the_plural_counts_rows_not_a_column_of_theirs() {
    let schema = Schema::of_csv(
        "ucla_course_catalog",
        "subject,course,course_num,course_numeric\nMath,Calculus,31A,31\nMath,Algebra,115A,115\n\
         Music,Seminar,190,190\nMusic,Seminar,191,191\nLaw,Torts,200,200\n",
    );
    let out = scan(&schema, "top 3 subjects by number of courses");
    let columns: Vec<&str> = out.mentions.iter().map(|m| m.column.as_str()).collect();
    assert_eq!(columns, ["subject"], "{out:?}");
    // A column that is the count itself is still named: "number of kids" for `kids`.
    let kids = Schema::of_csv("families", "family,kids\nA,2\nB,3\n");
    let out = scan(&kids, "average number of kids");
    assert!(out.mentions.iter().any(|m| m.column == "kids"));
}

#[test]
fn a_thing_of_a_row_asked_in_a_word_no_column_has_is_not_in_the_data() {
    let schema = Schema::of_csv(
        "papers",
        "journal,authors,pages,cites\nAmNat,Smith,13,37\nEvolution,Jones,9,178\n",
    );
    let out = scan(&schema, "What is the title of the most cited paper?");
    assert!(out.not_found.is_some(), "{out:?}");
    let out = scan(&schema, "What is the journal of the most cited paper?");
    assert!(out.not_found.is_none(), "{out:?}");
}

#[test]
fn at_least_one_of_what_a_flag_says_is_the_flag() {
    let schema = Schema::of_csv(
        "space_shuttle_o_ring_damage",
        "FlightNumber,Temperature,Fail,nFailures\n1,66,no,0\n2,70,yes,1\n3,69,no,0\n",
    );
    let out = scan(&schema, "How many flights had at least one O-ring failure?");
    assert!(out.not_found.is_none(), "{out:?}");
    assert!(out.filters.iter().any(|f| f.column == "Fail"));
}

#[test]
fn a_word_a_text_is_said_to_mention_is_contained_in_it() {
    let schema = Schema::of_csv(
        "tweets",
        "source,text,retweet_count\niPhone,Obama is wrong,10\nAndroid,Make it great,3\n\
         iPhone,Thank you Ohio,7\n",
    );
    let out = scan(&schema, "How many tweets mention Obama?");
    assert_eq!(
        out.filters,
        vec![Filter::on("text", Cmp::Contains, "Obama".into())]
    );
    // Not a value read already, nor where no column is of free text.
    let out = scan(&schema, "how many tweets mention iPhone");
    assert!(
        out.filters.iter().all(|f| f.op != Cmp::Contains),
        "{:?}",
        out.filters
    );
    let codes = Schema::of_csv("codes", "code,text\nA,x\nA,x\nB,y\n");
    let out = scan(&codes, "rows that mention Obama");
    assert!(out.filters.is_empty(), "{:?}", out.filters);
}

#[test]
fn a_column_the_rest_of_the_question_completes_is_read_among_the_ties() {
    let schema = Schema::of_csv(
        "regional_rainfall",
        "Year,seRain,swRain,ausRain,tasRain\n1900,628,767,376,1140\n1901,545,579,404,1358\n",
    );
    let measures = |q: &str| measures_of(&schema, q);
    assert_eq!(measures("the least rainfall across Australia"), ["ausRain"]);
    assert_eq!(measures("average yearly rainfall in Tasmania"), ["tasRain"]);
    // Alone, the word is still any of them.
    assert!(scan(&schema, "average rainfall").ambiguous.is_some());
}

#[test]
fn what_was_the_thing_on_a_day_is_asked_of_the_rows_not_a_kind_of_row() {
    let schema = Schema::of_csv(
        "race_times",
        "date,race,first_name,run_time\n2017-05-13,5k,Jeff,30.1\n2017-05-13,10k,Ann,59.4\n\
         2018-05-12,5k,Bo,28.0\n",
    );
    let out = scan(&schema, "What was the temperature on race day?");
    assert!(!out.which_row, "{out:?}");
    assert_eq!(out.unknown, ["temperature"]);
    // "which is the X on ..." still asks for a kind of row.
    let out = scan(&schema, "which is the event on 2018-05-12?");
    assert!(out.which_row, "{out:?}");
}

#[test]
fn by_day_over_times_of_day_is_the_calendar_date() {
    let schema = Schema::of_csv(
        "glucose",
        "datetime,glucose\n2010-04-26 00:00:00,102\n2010-04-26 00:05:00,86\n\
         2010-04-27 13:10:00,240\n",
    );
    let out = scan(&schema, "average glucose by day");
    assert_eq!(out.buckets.len(), 1, "{out:?}");
    assert_eq!(out.buckets[0].unit, crate::analysis::DatePart::Date);
    assert_eq!(out.buckets[0].column, "datetime");
    // Over dates alone, the date itself.
    let schema = Schema::of_csv(
        "deaths",
        "date,deaths\n2015-01-01,80\n2015-01-02,91\n2015-01-03,77\n",
    );
    let out = scan(&schema, "average deaths by day");
    assert!(out.buckets.is_empty(), "{out:?}");
    assert_eq!(in_role(&out, Role::Group), ["date"]);
}

#[test]
fn a_column_of_texts_named_before_the_verb_is_the_one_that_mentions() {
    let schema = Schema::of_csv(
        "bakes",
        "baker,signature,showstopper\nAnn,Chocolate Tart,Wedding Cake\nBo,Lemon Pie,Chocolate Tower\n\
         Cy,Fig Roll,Sugar Swan\n",
    );
    let out = scan(&schema, "how many signature bakes mention chocolate");
    assert!(
        out.filters
            .contains(&Filter::on("signature", Cmp::Contains, "chocolate".into())),
        "{out:?}"
    );
}

#[test]
fn the_day_of_the_week_is_one_word_unless_a_column_is_named_by_it() {
    let holidays = Schema::of_csv(
        "holidays",
        "date,holiday\n2000-01-17,MLK Day\n2000-02-21,Presidents Day\n2000-05-29,Memorial Day\n",
    );
    let out = scan(&holidays, "which day of the week has the most holidays");
    assert_eq!(out.buckets.len(), 1);
    assert_eq!(
        out.buckets[0].unit,
        crate::agent::offline::intent::DatePart::Weekday
    );
    let out = scan(&holidays, "holidays by day of week");
    assert_eq!(out.buckets.len(), 1);
    // A column of the days of the week takes the phrase.
    let named = Schema::of_csv(
        "trips",
        "date,day_of_week,n\n2000-01-17,Monday,3\n2000-01-18,Tuesday,4\n2000-01-19,Wednesday,5\n",
    );
    let out = scan(&named, "trips by day of the week");
    assert!(out.buckets.is_empty());
    assert_eq!(in_role(&out, Role::Group), ["day_of_week"]);
}

#[test]
fn a_numbered_column_said_after_on_is_the_value_asked_for() {
    let lab = Schema::of_csv(
        "lab",
        "test,day_3,day_4,day_5\nWBC,5.26,4.26,9.92\nPLT,67,38.6,27.4\n",
    );
    assert_eq!(measures_of(&lab, "what was PLT on day 5?"), ["day_5"]);
}

#[test]
fn a_names_start_end_or_word_is_a_test_of_the_column_of_names() {
    let colours = Schema::of_csv(
        "colours",
        "L,u,v,col\n9341,0,0,white\n9100,-474,-635,aliceblue\n5906,1,2,darkblue\n7277,3,4,lightgrey\n6000,5,6,blue\n",
    );
    let tests = |q: &str| {
        scan(&colours, q)
            .filters
            .iter()
            .map(|f| (f.column.clone(), f.op, f.value.clone()))
            .collect::<Vec<_>>()
    };
    let of = |op, v: &str| vec![("col".to_string(), op, serde_json::json!(v))];
    assert_eq!(
        tests("average L of the colours whose name starts with dark"),
        of(Cmp::StartsWith, "dark")
    );
    assert_eq!(
        tests("how many colour names end with grey"),
        of(Cmp::EndsWith, "grey")
    );
    // A value of the names said to be in a name is a word in it, not the one value.
    assert_eq!(
        tests("how many colour names contain blue?"),
        of(Cmp::Contains, "blue")
    );
    let out = scan(
        &colours,
        "Of the colours with blue in the name, which has the highest L?",
    );
    assert_eq!(
        out.filters
            .iter()
            .map(|f| (f.column.as_str(), f.op))
            .collect::<Vec<_>>(),
        [("col", Cmp::Contains)]
    );
    assert!(out.which_row);
    // No names said and no column of free text: the value itself.
    assert_eq!(tests("average L of blue"), of(Cmp::Eq, "blue"));
}

#[test]
fn which_day_over_readings_through_the_day_is_their_calendar_date() {
    let calls = Schema::of_csv(
        "calls",
        "DateTime,Calls\n2003-03-03T07:00:00Z,111\n2003-03-03T07:05:00Z,113\n2003-03-04T07:00:00Z,90\n",
    );
    let out = scan(&calls, "Which day had the most calls?");
    assert_eq!(out.buckets.len(), 1);
    assert_eq!(
        out.buckets[0].unit,
        crate::agent::offline::intent::DatePart::Date
    );
    assert_eq!(in_role(&out, Role::Which), [out.buckets[0].name.as_str()]);
}

#[test]
fn a_column_of_names_is_read_before_one_of_codes_and_mean_before_se() {
    let counties = Schema::of_csv(
        "counties",
        "laus_code,county_fips,county_state,unemployment_rate\nCN01,001,\"Autauga County, AL\",9.7\n\
         CN02,003,\"Baldwin County, AL\",9.8\nCN03,005,\"Barbour County, AL\",14.1\n",
    );
    let out = scan(&counties, "Which county had the highest unemployment rate?");
    assert_eq!(in_role(&out, Role::Which), ["county_state"]);
    // A word of a name said whole, not another column's letters.
    let stops = Schema::of_csv(
        "stops",
        "preRace,policePrecinct,lat\nWhite,1,44.9\nBlack,5,44.95\nUnknown,3,44.97\n",
    );
    let out = scan(&stops, "scatter of lat by precinct");
    let named: Vec<&str> = out.mentions.iter().map(|m| m.column.as_str()).collect();
    assert!(named.contains(&"policePrecinct"), "{named:?}");
    assert!(!named.contains(&"preRace"), "{named:?}");
    let biopsies = Schema::of_csv(
        "biopsies",
        "x.radius_mean,x.radius_se,x.area_mean,x.area_se,y\n10,1,100,5,B\n20,2,300,6,M\n15,1.5,200,7,B\n",
    );
    assert_eq!(
        measures_of(&biopsies, "correlation between mean radius and mean area"),
        ["x.radius_mean", "x.area_mean"]
    );
    // A histogram asked, "area" is the data's word.
    let out = scan(&biopsies, "histogram of mean area");
    assert_eq!(out.chart_kind, Some(crate::plot::PlotKind::Histogram));
    assert_eq!(in_role(&out, Role::Measure), ["x.area_mean"]);
}
