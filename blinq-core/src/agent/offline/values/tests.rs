//! Tests of the values read from questions.

use super::names::before_a_note;
use super::wording::{derived, ends_a_sentence, member_of, stands_for};
use super::*;

#[test]
fn words_one_value_alone_has_in_any_order_are_that_value() {
    let schema = Schema::of_csv(
        "vehicles",
        "fuel,mpg\n\"Gasoline (Premium Unleaded Required)\",20\n\
         \"Gasoline (Premium Unleaded Recommended)\",22\n\
         \"Gasoline (Regular Unleaded Recommended)\",30\n\
         \"Diesel, low sulfur (500 ppm)\",35\n",
    );
    let tokens = tokenize("how many cars require premium gasoline");
    let mut used = vec![false; tokens.len()];
    let found = match_values(&schema, &tokens, &mut used, 2);
    assert_eq!(
        found
            .iter()
            .map(|(_, f)| f.value.clone())
            .collect::<Vec<_>>(),
        [serde_json::json!("Gasoline (Premium Unleaded Required)")]
    );
    // Words two values have are neither.
    let tokens = tokenize("how many cars use premium gasoline");
    let mut used = vec![false; tokens.len()];
    assert!(value_of_words(&schema, &["premium", "gasoline"]).is_none());
    assert!(match_values(&schema, &tokens, &mut used, 2).is_empty());
}

#[test]
fn a_country_named_is_its_code_in_a_column_of_codes() {
    let hotels = Schema::of_csv("bookings", "adr,country\n90,PRT\n80,GBR\n70,ESP\n60,FRA\n");
    assert_eq!(
        country_code_value(&hotels, "portugal"),
        Some(("country".into(), "PRT".into()))
    );
    assert_eq!(country_code_value(&hotels, "germany"), None);
    let lower = Schema::of_csv("bookings", "adr,country\n90,prt\n80,gbr\n70,esp\n");
    assert_eq!(
        country_code_value(&lower, "portugal"),
        Some(("country".into(), "prt".into()))
    );
    // US state codes are no countries' ("canada" is not `CA`).
    let states = Schema::of_csv("sales", "amount,state\n1,CA\n2,AL\n3,GA\n4,DE\n");
    assert_eq!(country_code_value(&states, "canada"), None);
}

#[test]
fn an_si_unit_said_is_its_symbol_in_a_column_of_units() {
    let schema = Schema::of_csv(
        "constants",
        "name,units\nproton mass,kg\nelectron volt,J\nsecond,s\nconductance,S\n",
    );
    let tokens = tokenize("how many constants are expressed in joules");
    let mut used = vec![false; tokens.len()];
    let found = match_values(&schema, &tokens, &mut used, 1);
    assert_eq!(found[0].1, Filter::on("units", Cmp::Eq, "J".into()));
    assert_eq!(
        unit_value(&schema, "siemens"),
        Some(("units".into(), "S".into()))
    );
    assert_eq!(
        unit_value(&schema, "seconds"),
        Some(("units".into(), "s".into()))
    );
}

#[test]
fn those_who_belong_to_a_value_are_that_value() {
    assert!(member_of("senators", "senate"));
    assert!(member_of("musicians", "music"));
    assert!(member_of("librarian", "library"));
    assert!(!member_of("houses", "house"));
    assert!(!member_of("seniors", "senate"));
    let schema = Schema::of_csv("members", "name,chamber\nA,senate\nB,house\n");
    let tokens = tokenize("how many senators");
    let mut used = vec![false; tokens.len()];
    let found = match_values(&schema, &tokens, &mut used, 1);
    assert_eq!(found[0].1, Filter::on("chamber", Cmp::Eq, "senate".into()));
}

#[test]
fn a_word_is_a_code_of_capitals_it_begins_with_or_abbreviates() {
    assert!(code_of_a_word("BNK", "banks"));
    assert!(code_of_a_word("MIN", "mining"));
    assert!(code_of_a_word("TRN", "transport"));
    assert!(code_of_a_word("CAN", "canadian"));
    // Short words, grammar, and codes out of order are none.
    assert!(!code_of_a_word("MAN", "many"));
    assert!(!code_of_a_word("BNK", "bank"));
    assert!(!code_of_a_word("MIN", "minimum"));
    assert!(!code_of_a_word("NKB", "banks"));
    assert!(!code_of_a_word("CON", "controlled"));
    assert!(!code_of_a_word("CH", "caught"));
    let schema = Schema::of_csv(
        "firms",
        "assets,sector,nation\n10,BNK,CAN\n20,MIN,US\n30,AGR,UK\n40,FIN,OTH\n",
    );
    let tokens = tokenize("total assets of the banks");
    let mut used = vec![false; tokens.len()];
    let found = match_values(&schema, &tokens, &mut used, 1);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1, Filter::on("sector", Cmp::Eq, "BNK".into()));
    // A word after a column's "of" says what the column is: "nation of control".
    let schema = Schema::of_csv(
        "firms",
        "assets,sector,nation\n10,CON,CAN\n20,MIN,US\n30,AGR,UK\n",
    );
    let tokens = tokenize("average assets by nation of control");
    let mut used: Vec<bool> = tokens.iter().map(|t| t.lower == "nation").collect();
    assert!(match_values(&schema, &tokens, &mut used, 1).is_empty());
}

#[test]
fn a_word_of_absence_the_column_holds_is_its_value() {
    let schema = Schema::of_csv(
        "votes",
        "stance,birth_year,note\nunknown,1950,a\nyes,,unknown\nno,1960,b\n",
    );
    // `used` as the column matching leaves it: the column's word read.
    let read = |question: &str| {
        let tokens = tokenize(question);
        let mut used: Vec<bool> = tokens
            .iter()
            .map(|t| matches!(t.lower.as_str(), "stance" | "birth" | "year"))
            .collect();
        match_values(&schema, &tokens, &mut used, 1)
    };
    let found = read("members with an unknown stance");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1, Filter::on("stance", Cmp::Eq, "unknown".into()));
    // `birth_year` never holds it (only `note` does): the year is missing.
    assert!(read("members with an unknown birth year").is_empty());
}

#[test]
fn what_follows_an_apostrophe_is_no_value() {
    let schema = Schema::of_csv(
        "constants",
        "name,units\nproton mass,kg\nsecond,s\nconductance,S\n",
    );
    for question in ["what's the proton mass", "it\u{2019}s the proton mass"] {
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        let found = match_values(&schema, &tokens, &mut used, 1);
        let columns: Vec<&str> = found.iter().map(|(_, f)| f.column.as_str()).collect();
        assert_eq!(columns, ["name"], "{question}");
    }
    // Said alone, the letter is still the value.
    let tokens = tokenize("constants in s");
    let mut used = vec![false; tokens.len()];
    assert!(!match_values(&schema, &tokens, &mut used, 1).is_empty());
}

#[test]
fn an_adjective_of_a_place_is_the_place() {
    for (word, value) in [
        ("japanese", "japan"),
        ("german", "germany"),
        ("italian", "italy"),
        ("canadian", "canada"),
        ("russian", "russia"),
        ("cuban", "cuba"),
        ("ukrainian", "ukraine"),
        ("european", "europe"),
    ] {
        assert!(derived(word, value), "{word} for {value}");
    }
    assert!(!derived("arena", "area"));
}

#[test]
fn days_and_months_said_in_full_and_long_words_spelt_apart_are_values() {
    assert_eq!(value_word_strength("sun", "sunday"), Some(3));
    assert_eq!(value_word_strength("sept", "september"), Some(3));
    assert_eq!(value_word_strength("diarrhaea", "diarrhoea"), Some(1));
    // Not a short word, nor one of another length.
    assert_eq!(value_word_strength("mon", "monkey"), None);
    assert_eq!(value_word_strength("cat", "cut"), None);
    assert_eq!(value_word_strength("usa", "us"), Some(3));
}

#[test]
fn a_word_of_the_columns_own_name_is_not_its_value() {
    let schema = Schema::of_csv(
        "salaries",
        "current_title,salary\nTitle,1\nTester,2\nTester,3\nAnalyst,4\nLead,5\nArtist,6\n\
         Producer,7\n",
    );
    let tokens = tokenize("which job title comes up most often");
    let mut used = vec![false; tokens.len()];
    assert!(match_values(&schema, &tokens, &mut used, 1).is_empty());
    // Typed as the value, it is the value.
    let tokens = tokenize("how many answered Title");
    let mut used = vec![false; tokens.len()];
    assert_eq!(match_values(&schema, &tokens, &mut used, 1).len(), 1);
    // One of a few categories named like the column is a value.
    let schema = Schema::of_csv("cricketers", "left,life\nleft,70\nright,80\n");
    let tokens = tokenize("average lifespan of left-handers");
    let mut used = vec![false; tokens.len()];
    assert_eq!(match_values(&schema, &tokens, &mut used, 1).len(), 1);
}

#[test]
fn a_past_form_before_an_article_is_the_verb_not_the_value() {
    let schema = Schema::of_csv(
        "auctions",
        "cond,stock_photo,price\nnew,yes,51\nused,no,37\nused,yes,45\n",
    );
    let read = |q: &str| {
        let tokens = tokenize(q);
        let mut used = vec![false; tokens.len()];
        match_values(&schema, &tokens, &mut used, 1)
            .into_iter()
            .map(|(_, f)| f.value)
            .collect::<Vec<_>>()
    };
    assert!(!read("how many listings used a stock photo").contains(&"used".into()));
    assert!(read("how many used copies sold").contains(&"used".into()));
    assert!(read("how many were used").contains(&"used".into()));
}

#[test]
fn a_grammar_word_right_after_its_column_is_its_value() {
    let schema = Schema::of_csv(
        "gestation",
        "smoke,wt\nnever,120\nnow,110\nnow,115\nonce did not now,124\n",
    );
    let read = |question: &str| {
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        match_values(&schema, &tokens, &mut used, 1)
            .into_iter()
            .map(|(_, f)| f)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        read("average weight of babies whose mother smokes now"),
        [Filter::on("smoke", Cmp::Eq, serde_json::json!("now"))]
    );
    // Not said elsewhere ("now show it as a bar chart"), nor a number ("at no. 1").
    assert!(read("now the average weight").is_empty());
    let schema = Schema::of_csv("charts", "weeks at No. 1,title\n7,A\n1,B\n");
    let tokens = tokenize("which song stayed at no. 1 the most weeks");
    let mut used = vec![false; tokens.len()];
    assert!(match_values(&schema, &tokens, &mut used, 1).is_empty());
}

#[test]
fn a_noun_for_those_who_do_it_is_the_value() {
    for (word, value) in [
        ("rowers", "row"),
        ("swimmers", "swim"),
        ("runner", "run"),
        ("riders", "ride"),
        ("violinists", "violin"),
        ("bankers", "bank"),
    ] {
        assert!(derived(word, value), "{word} for {value}");
    }
    assert!(!derived("rowing", "row"));
    assert!(!derived("rows", "row"));
    assert!(!derived("ranker", "ra"));
    assert!(!derived("cuban", "cube"));
}

#[test]
fn a_surname_names_the_one_person_it_ends() {
    let schema = Schema::of_csv(
        "t",
        "Name,Genre\nMark MacNeill,Punk Rock\nKaren Olsson,Punk Rock\nJohn T. Jordan,Folk Rock\n\
         Eve Jordan,Folk Rock\nAnn Lee,Folk Rock\nBo Chan,Punk Rock\nCy Dunn,Folk Rock\n\
         Di Eve,Punk Rock\nEd Fay,Folk Rock\nFlo Gee,Punk Rock\n",
    );
    let found = |w: &str| surname_value(&schema, w).map(|(_, v)| v);
    assert_eq!(found("macneill").as_deref(), Some("Mark MacNeill"));
    assert_eq!(found("olsson").as_deref(), Some("Karen Olsson"));
    // Two people end so: neither.
    assert_eq!(found("jordan"), None);
    // A word of a column of kinds, not of names.
    assert_eq!(found("rock"), None);
    // Buildings end in the same words again and again: no column of names.
    let towers = Schema::of_csv(
        "t",
        "Name,Floors\nRhodes State Tower,41\nLeVeque Tower,47\nHyatt Regency Columbus,20\n",
    );
    assert_eq!(surname_value(&towers, "columbus"), None);
}

#[test]
fn a_note_in_brackets_after_a_name_is_not_said() {
    assert_eq!(before_a_note("Ukraine (UKR)"), Some("Ukraine"));
    assert_eq!(
        before_a_note("Gentoo penguin (Pygoscelis papua)"),
        Some("Gentoo penguin")
    );
    assert_eq!(before_a_note("Ukraine"), None);
    assert_eq!(before_a_note("(UKR)"), None);
    assert_eq!(before_a_note("a (b) (c)"), None);
    assert_eq!(
        name_of("US Bank Plaza\n\n\nUS Bank Building in Boise"),
        Some("US Bank Plaza")
    );
    assert_eq!(name_of("Hard (i)"), Some("Hard"));
    assert_eq!(name_of("5. Advanced Degree"), Some("Advanced Degree"));
    assert_eq!(name_of("Whiston\nRural District"), None);
    assert!(no_word("cbs") && no_word("l33") && no_word("tv"));
    assert!(!no_word("usb") && !no_word("sky") && !no_word("3") && !no_word("a"));
}

#[test]
fn people_named_for_a_place_are_its_value() {
    for (word, value) in [
        ("italians", "italy"),
        ("cubans", "cuba"),
        ("brazilians", "brazil"),
    ] {
        assert_eq!(value_word_strength(value, word), Some(4), "{word}");
    }
    assert_eq!(value_word_strength("italy", "itals"), None);
}

#[test]
fn values_stand_for_words_cut_short_or_abbreviated_with_consonants() {
    assert!(stands_for("herbi", "herbivores"));
    assert!(stands_for("mgr", "managers"));
    assert!(stands_for("asst", "assistant"));
    // A value with vowels after its first letter is a word, not an abbreviation.
    assert!(!stands_for("tea", "texas"));
    // Short cuts are too easily read into words.
    assert!(!stands_for("car", "carnivores"));
}

fn schema(csv: &str) -> Schema {
    named_schema("t", csv)
}
/// A schema of `csv` loaded under `name` (whose words name its rows).
fn named_schema(name: &str, csv: &str) -> Schema {
    Schema::of_csv(name, csv)
}

/// The (column, value) filters read from `question`, with the words at `columns`
/// already read as column names.
fn values(schema: &Schema, question: &str, columns: &[usize]) -> Vec<(String, String)> {
    let tokens = tokenize(question);
    let mut used = vec![false; tokens.len()];
    columns.iter().for_each(|&k| used[k] = true);
    match_values(schema, &tokens, &mut used, 1)
        .into_iter()
        .map(|(_, f)| (f.column, f.value.as_str().unwrap_or_default().to_string()))
        .collect()
}

#[test]
fn a_state_after_in_is_the_state_not_a_county_so_named() {
    let s = schema("county,state\nOHIO,IN\nADAMS,OH\nALLEN,OH\n");
    assert_eq!(
        values(&s, "how many counties are there in Ohio", &[]),
        [("state".to_string(), "OH".to_string())]
    );
    assert_eq!(
        values(&s, "population of Ohio county", &[]),
        [("county".to_string(), "OHIO".to_string())]
    );
    // A Canadian province by its postal code.
    let s = schema("province,population\nBC,3267345\nQC,5996930\nPE,140204\n");
    assert_eq!(
        values(&s, "population of Quebec", &[]),
        [("province".to_string(), "QC".to_string())]
    );
    assert_eq!(
        values(&s, "respondents from Prince Edward Island", &[]),
        [("province".to_string(), "PE".to_string())]
    );
    // An Australian state by its abbreviation.
    let s = schema("state,count\nNSW,9018\nQLD,5294\nWA,4000\n");
    assert_eq!(
        values(&s, "prisoners in Queensland", &[]),
        [("state".to_string(), "QLD".to_string())]
    );
}

#[test]
fn a_word_of_some_values_is_those_values() {
    let s = schema(
        "Name,Fate\nAmazon,To Pakistan as Babur\nAntelope,To Pakistan as Tippu Sultan\n\
         Active,Sold to Chile\nAmbuscade,Sold for scrap\nArrow,Sold\nAlacrity,Sold abroad\n",
    );
    assert_eq!(
        values_saying(&s, "pakistan"),
        Some((
            "Fate".to_string(),
            vec![
                "To Pakistan as Babur".to_string(),
                "To Pakistan as Tippu Sultan".to_string()
            ]
        ))
    );
    // Not a word most values have, nor grammar, nor a word of the rows' names.
    assert_eq!(values_saying(&s, "sold"), None);
    let cities =
        schema("City,County\nWisconsin Dells,Columbia\nMilwaukee,Milwaukee\nMadison,Dane\n");
    assert_eq!(values_saying(&cities, "wisconsin"), None);
    assert_eq!(values_saying(&s, "the"), None);
}

#[test]
fn a_value_in_lists_is_every_list_it_is_in() {
    let s = schema("name,states\nA,FL\nB,\"NC,FL\"\nC,TX\nD,\"GA,SC\"\n");
    let tokens = tokenize("how many hurricanes hit Florida");
    let mut used = vec![false; tokens.len()];
    let found = match_values(&s, &tokens, &mut used, 1);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1.op, Cmp::In);
    assert_eq!(found[0].1.value, serde_json::json!(["FL", "NC,FL"]));
    // Only inside a list.
    let tokens = tokenize("hurricanes that hit Georgia");
    let mut used = vec![false; tokens.len()];
    let found = match_values(&s, &tokens, &mut used, 1);
    assert_eq!(found[0].1.value, serde_json::json!(["GA,SC"]));
}

#[test]
fn two_words_joined_are_the_codes_of_their_initials() {
    let s = schema("sp,sex,width\nB,M,1\nO,F,2\nB,F,3\n");
    let tokens = tokenize("average width of blue and orange crabs");
    let mut used = vec![false; tokens.len()];
    let found: Vec<(String, String)> = coordinated_letter_codes(&s, &tokens, &mut used)
        .into_iter()
        .map(|(_, f)| (f.column, f.value.as_str().unwrap_or_default().to_string()))
        .collect();
    assert_eq!(
        found,
        [
            ("sp".to_string(), "B".to_string()),
            ("sp".to_string(), "O".to_string())
        ]
    );
    // Not one word alone, nor words with no such codes.
    let tokens = tokenize("average width of blue crabs and red crabs");
    let mut used = vec![false; tokens.len()];
    assert!(coordinated_letter_codes(&s, &tokens, &mut used).is_empty());
}

#[test]
fn a_plural_noun_is_a_kind_of_row_not_the_row_of_that_name() {
    let s = schema("name,category,value\nBank,Media,1\nCitigroup,Banking,2\nShell,Oil & gas,3\n");
    assert_eq!(
        values(&s, "total value of all the banks", &[]),
        [("category".to_string(), "Banking".to_string())]
    );
    // The name said as it is, or typed as a name, is still that row.
    assert_eq!(
        values(&s, "value of bank", &[]),
        [("name".to_string(), "Bank".to_string())]
    );
}

#[test]
fn a_place_after_in_is_a_part_of_comma_separated_values() {
    let s = schema(
        "venue,score\n\"Bazaly, Ostrava\",1\n\"Letna, Prague\",2\n\"Vitkovice, Ostrava\",3\n",
    );
    let tokens = tokenize("how many games took place in ostrava");
    let mut used = vec![false; tokens.len()];
    let found = match_values(&s, &tokens, &mut used, 1);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1.op, Cmp::In);
    assert_eq!(
        found[0].1.value,
        serde_json::json!(["Bazaly, Ostrava", "Vitkovice, Ostrava"])
    );
    // Not without a word of place before it.
    assert!(values(&s, "ostrava games", &[]).is_empty());
}

#[test]
fn two_values_of_one_column_joined_are_values_though_one_names_a_column() {
    let s = schema("weekday,dayType,volume\ntrue,weekday,3\nfalse,weekend,5\n");
    let tokens = tokenize("average volume on weekends vs weekdays");
    let mut used = vec![false; tokens.len()];
    let found = coordinated_values(&s, &tokens, &mut used);
    let read: Vec<(&str, &str)> = found
        .iter()
        .map(|(_, f)| (f.column.as_str(), f.value.as_str().unwrap_or_default()))
        .collect();
    assert_eq!(read, [("dayType", "weekend"), ("dayType", "weekday")]);
    assert!(used[3] && used[5] && !used[4]);
    // One value alone is left to the other rules.
    let tokens = tokenize("average volume on weekdays");
    let mut used = vec![false; tokens.len()];
    assert!(coordinated_values(&s, &tokens, &mut used).is_empty());
    assert!(!used.iter().any(|u| *u));
}

#[test]
fn a_first_word_of_several_values_is_their_kind() {
    // trans: manual(m5), manual(m6) and auto(l4): "manual" is the first two.
    let s = schema("trans,hwy\nmanual(m5),29\nmanual(m6),26\nauto(l4),20\nauto(l4),31\n");
    let tokens = tokenize("how many cars have a manual transmission");
    let mut used = vec![false; tokens.len()];
    let found = match_values(&s, &tokens, &mut used, 1);
    assert_eq!(found.len(), 1);
    let filter = &found[0].1;
    assert_eq!((filter.column.as_str(), filter.op), ("trans", Cmp::In));
    assert_eq!(
        filter.value,
        serde_json::json!(["manual(m5)", "manual(m6)"])
    );
    // "non" before it excludes the kind.
    let tokens = tokenize("non manual cars");
    let mut used = vec![false; tokens.len()];
    assert_eq!(match_values(&s, &tokens, &mut used, 1)[0].1.op, Cmp::NotIn);
    // A word that starts every value of its column sorts nothing out.
    let s = schema("mode\nStandard Class\nStandard Day\n");
    assert!(values(&s, "standard shipping", &[]).is_empty());
    // Two columns with values starting with the word: not one kind.
    let s = schema("a,b\nRed one,Red two\nBlue one,Blue two\n");
    assert!(values(&s, "red", &[]).is_empty());
    // One value still reads as itself.
    let s = schema("species\nGentoo penguin\nAdelie penguin\n");
    assert_eq!(
        values(&s, "gentoo", &[]),
        [("species".to_string(), "Gentoo penguin".to_string())]
    );
}

#[test]
fn the_first_words_of_a_value_said_together_are_that_value() {
    let s = schema(
        "Event,Year\nMen's open division,1990\nMen's wheelchair,1990\n\
         Women's open champion,1991\nWomen's wheelchair,1991\n",
    );
    assert_eq!(
        values(&s, "who won the men's open race", &[]),
        [("Event".to_string(), "Men's open division".to_string())]
    );
    // "men's" alone leads both men's races, not the open one.
    assert!(
        !values(&s, "the men's closed race", &[])
            .iter()
            .any(|(_, v)| v == "Men's open division")
    );
    // A note is no label: a sentence is not picked by its first word.
    let s = schema(
        "Comments,Clutch
Nest never observed with full clutch.,No
         Not enough blood for isotopes.,Yes
,Yes
",
    );
    assert!(values(&s, "how many nests had a clutch", &[]).is_empty());
    // Initials end no sentence.
    assert!(ends_a_sentence("Nest never observed with full clutch."));
    assert!(!ends_a_sentence("Ronald H. White, M.D."));
    assert!(!ends_a_sentence("Gentoo penguin (Pygoscelis papua)"));
}

#[test]
fn the_adjective_of_a_country_is_the_country() {
    let schema = Schema::of_csv(
        "survey",
        "country,gender\nSweden,female\nNorway,male\nUSA,female\nJapan,male\nFrance,male\n",
    );
    let value = |w: &str| country_of_adjective(&schema, w).map(|(_, v)| v);
    assert_eq!(value("swedish").as_deref(), Some("Sweden"));
    assert_eq!(value("norwegian").as_deref(), Some("Norway"));
    assert_eq!(value("japanese").as_deref(), Some("Japan"));
    assert_eq!(value("french").as_deref(), Some("France"));
    assert_eq!(value("american").as_deref(), Some("USA"));
    // Not a word that merely begins alike, nor one no country is of.
    assert_eq!(value("swedes"), None);
    assert_eq!(value("italian"), None);
}

#[test]
fn a_name_in_capitals_is_the_value_it_is_the_initials_of() {
    let s =
        schema("firm,value\nGeneral Electric,10\nGeneral Motors,12\nBank of America,3\nIBM,5\n");
    let firm = |v: &str| vec![("firm".to_string(), v.to_string())];
    assert_eq!(
        values(&s, "value of GE in 1940", &[]),
        firm("General Electric")
    );
    assert_eq!(values(&s, "GM's value", &[]), firm("General Motors"));
    assert_eq!(values(&s, "value of BA", &[]), firm("Bank of America"));
    // In lower case it is a word ("ge" is no name), and initials of two values are
    // neither.
    assert!(values(&s, "value of ge", &[]).is_empty());
    let s = schema("firm,value\nGeneral Electric,10\nGood Energy,12\n");
    assert!(values(&s, "value of GE", &[]).is_empty());
}

#[test]
fn the_us_is_the_usa() {
    let s = schema("Origin,Price\nUSA,10\nnon-USA,12\nUSA,11\n");
    let origin = |v: &str| vec![("Origin".to_string(), v.to_string())];
    assert_eq!(values(&s, "how many US cars", &[]), origin("USA"));
    assert_eq!(values(&s, "how many non-US cars", &[]), origin("non-USA"));
    // "us" in lower case is a pronoun.
    assert!(values(&s, "tell us the average price", &[]).is_empty());
}

#[test]
fn a_word_closing_several_categories_is_their_kind() {
    let s = schema(
        "Event,Year\nMen's open division,1990\nMen's wheelchair,1990\n\
         Women's open champion,1991\nWomen's wheelchair,1991\n",
    );
    let kind = |q: &str| {
        let tokens = tokenize(q);
        let mut used = vec![false; tokens.len()];
        let found = match_values(&s, &tokens, &mut used, 1);
        found.first().map(|(_, f)| (f.op, f.value.clone()))
    };
    assert_eq!(
        kind("top 3 countries by wheelchair race wins"),
        Some((
            Cmp::In,
            serde_json::json!(["Men's wheelchair", "Women's wheelchair"])
        ))
    );
    // Closing one value only: no kind; closing most of them: what they all are.
    assert!(closing_word_values(&s, "division").is_none());
    let series =
        schema("title\nKorea Open Super Series Premier\nJapan Super Series\nIndia Super Series\n");
    assert!(closing_word_values(&series, "series").is_none());
    // A name typed with a capital is the name, not a kind of it.
    let s = schema("State,Takings\nSouth Australia,3\nWestern Australia,4\nVictoria,5\n");
    let tokens = tokenize("total takings across Australia");
    let mut used = vec![false; tokens.len()];
    assert!(match_values(&s, &tokens, &mut used, 1).is_empty());
}

#[test]
fn a_value_after_other_than_or_aside_from_is_left_out() {
    let s = schema("country,code\nIndia,1\nNepal,2\n");
    let tokens = tokenize("name a country other than india");
    let mut used = vec![false; tokens.len()];
    let found = match_values(&s, &tokens, &mut used, 1);
    assert_eq!(found[0].1.op, Cmp::Ne);
    assert!(used[3] && used[4] && used[5]);
    let tokens = tokenize("aside from nepal, which country");
    let mut used = vec![false; tokens.len()];
    assert_eq!(match_values(&s, &tokens, &mut used, 1)[0].1.op, Cmp::Ne);
}

#[test]
fn a_name_typed_with_a_capital_is_the_one_name_it_starts() {
    let rows: String = (0..30).map(|i| format!("College {i},{i}\n")).collect();
    let csv = format!(
        "college,rate\nHarvard University,97\nBoston College,80\nBoston University,70\n{rows}"
    );
    let s = schema(&csv);
    assert_eq!(
        values(&s, "what is Harvard's graduation rate?", &[]),
        [("college".to_string(), "Harvard University".to_string())]
    );
    // Not typed as a name, not the first word, or the start of two names: nothing.
    assert!(values(&s, "what is harvard's graduation rate?", &[]).is_empty());
    assert!(values(&s, "Harvard rates", &[]).is_empty());
    assert!(values(&s, "the rate at Boston", &[]).is_empty());
}

#[test]
fn initials_said_in_words_are_a_value() {
    let s = schema("type,income\nbc,1\nwc,2\nprof,3\n");
    assert_eq!(
        values(&s, "average income of blue-collar jobs", &[1]),
        [("type".to_string(), "bc".to_string())]
    );
    // Two values with the same initials: neither.
    let s = schema("type\nbc\nBC\n");
    assert!(values(&s, "blue collar", &[]).is_empty());
    // A word naming the rows is not half of a value: "flights left" is not `FL`.
    let s = named_schema("flights", "flight,carrier\n1,FL\n2,UA\n");
    assert!(values(&s, "how many flights left early", &[]).is_empty());
    // A verb is no initial of a name.
    let s = named_schema("flights", "flight,carrier\n1,DL\n2,UA\n");
    assert!(values(&s, "how many departed late", &[]).is_empty());
    assert_eq!(
        values(&s, "how many dark leaf flights", &[]),
        [("carrier".to_string(), "DL".to_string())]
    );
    // But a name typed in capitals may have one: "United States" is `US`.
    let s = named_schema("firms", "assets,nation\n1,CAN\n2,US\n3,UK\n");
    assert_eq!(
        values(&s, "firms controlled from the United States", &[]),
        [("nation".to_string(), "US".to_string())]
    );
    // A word of grammar may begin three: "all-wheel drive" is `awd`.
    let s = schema("model,drivetrain\nGT,rwd\nR8,awd\nX,fwd\n");
    assert_eq!(
        values(&s, "how many have all-wheel drive", &[]),
        [("drivetrain".to_string(), "awd".to_string())]
    );
    // Among many codes, initials are a coincidence ("atomic radius" is not argon).
    let symbols: String = (0..30)
        .map(|i| format!("A{}\n", (b'a' + i) as char))
        .collect();
    let s = schema(&format!("symbol\nAr\n{symbols}"));
    assert!(values(&s, "atomic radius", &[]).is_empty());
}

#[test]
fn words_by_a_column_of_letter_codes_are_their_initials() {
    let s = schema("vote,region\nY,N\nN,S\nU,N\nA,S\n");
    let read = |q: &str, span: (usize, usize)| {
        let tokens = tokenize(q);
        let mut used = vec![false; tokens.len()];
        used[span.0..span.1].iter_mut().for_each(|u| *u = true);
        letter_codes(&s, &tokens, &mut used, &[(span.0, span.1, "vote".into())])
            .into_iter()
            .map(|(_, f)| f.value.as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(read("how many plan to vote no", (4, 5)), ["N"]);
    assert_eq!(read("the undecided voters", (2, 3)), ["U"]);
    assert_eq!(read("how many voters are undecided", (2, 3)), ["U"]);
    // A name capitalised before the column: "Abstention vote" is `A`; not the
    // question's first word, nor a word in lower case.
    assert_eq!(read("count the Abstention vote", (3, 4)), ["A"]);
    assert!(read("Abstention vote counts", (1, 2)).is_empty());
    assert!(read("count the abstention vote", (3, 4)).is_empty());
    // A word whose initial is no code stays unread, and so does a word that is no
    // answer ("which vote has ...": `H` would be no vote).
    assert!(read("vote counts by age", (0, 1)).is_empty());
    let s = schema("grade\nG\nH\nJ\n");
    let tokens = tokenize("which grade has the highest price");
    let mut used = vec![false, true, false, false, false, false];
    let spans = [(1, 2, "grade".to_string())];
    assert!(letter_codes(&s, &tokens, &mut used, &spans).is_empty());
}

#[test]
fn a_word_of_absence_before_a_column_is_not_a_value() {
    let s = schema("skin,birth\nunknown,1\nfair,\n");
    // "unknown birth": `birth` (2) is a column, so `unknown` is its absence.
    assert!(values(&s, "characters with unknown birth", &[2]).is_empty());
    assert_eq!(values(&s, "characters with unknown skin", &[]).len(), 1);
}

#[test]
fn words_for_a_sex_are_its_letter_in_a_column_of_m_and_f() {
    let sexes = |csv: &str, question: &str| {
        let schema = schema(csv);
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        sex_codes(&schema, &tokens, &mut used)
            .into_iter()
            .map(|(_, f)| (f.column, f.value.as_str().unwrap_or_default().to_string()))
            .collect::<Vec<_>>()
    };
    let davis = "sex,height\nM,180\nF,160\n";
    let one = |c: &str, v: &str| vec![(c.to_string(), v.to_string())];
    assert_eq!(sexes(davis, "average height of men"), one("sex", "M"));
    assert_eq!(sexes(davis, "average height of daughters"), one("sex", "F"));
    assert_eq!(sexes(davis, "how many females"), one("sex", "F"));
    // Other letters, or two such columns, are no sex code.
    assert!(sexes("grade,h\nM,1\nS,2\n", "average h of men").is_empty());
    assert!(sexes("a,b\nM,F\nF,M\n", "how many women").is_empty());
    // Of two, the one the word after names (after the pair).
    let faces = "FaceSex,RaterSex,Trust\nM,F,4\nF,M,5\n";
    assert_eq!(
        sexes(faces, "average trust given by female raters"),
        one("RaterSex", "F")
    );
    assert_eq!(
        sexes(faces, "average trust of male and female faces"),
        [one("FaceSex", "M"), one("FaceSex", "F")].concat()
    );
}

#[test]
fn a_short_value_in_the_plural() {
    let s = schema("model,class\na,suv\nb,compact\n");
    assert_eq!(
        values(&s, "how many suvs are there", &[]),
        vec![("class".to_string(), "suv".to_string())]
    );
}

#[test]
fn a_value_in_two_columns_is_the_one_a_word_beside_it_names() {
    let s = schema("name,skin_color,eye_color\nA,blue,brown\nB,fair,blue\n");
    assert_eq!(
        values(&s, "how many characters have blue eyes", &[]),
        vec![("eye_color".to_string(), "blue".to_string())]
    );
    assert_eq!(
        values(&s, "how many have blue skin", &[]),
        vec![("skin_color".to_string(), "blue".to_string())]
    );
}

#[test]
fn a_misspelt_value_keeps_its_first_letter() {
    assert!(stands_for("diarrhaea", "diarrhoea"));
    assert!(!stands_for("heather", "weather"));
}

#[test]
fn a_value_said_whole_is_that_value_not_the_values_it_ends() {
    let s = schema(
        "country,rate\nChina,1.6\n\"Hong Kong SAR, China\",1.0\n\"Macao SAR, China\",0.9\nJapan,1.4\n\
         Chad,6.1\nPeru,2.4\nMali,6.0\nIndia,2.5\nNepal,2.3\nOman,2.9\nFiji,2.6\n",
    );
    let tokens = tokenize("rate of China in 2000");
    let mut used = vec![false; tokens.len()];
    used[0] = true;
    let found = match_values(&s, &tokens, &mut used, 1);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.value, serde_json::json!("China"));
    // In a column of lists, the lists that hold it.
    let s = schema("storm,states\nAl,\"NC,FL\"\nBo,FL\nCy,\"TX, LA\"\nDi,GA\n");
    assert_eq!(
        listing(s.get("states").unwrap(), "FL"),
        vec!["FL".to_string(), "NC,FL".to_string()]
    );
}

#[test]
fn a_name_before_versions_alone_is_their_kind_and_a_people_is_no_place() {
    let mut csv =
        String::from("version,share\nChrome 30.0,18.5\nChrome 31.0,17.3\nFirefox 25.0,11.2\n");
    for k in 0..20 {
        csv.push_str(&format!("Other{k} 1.0,0.1\n"));
    }
    let s = schema(&csv);
    let (column, values) = leading_word_values(&s, &["chrome"], true).unwrap();
    assert_eq!(column, "version");
    assert_eq!(values, ["Chrome 30.0", "Chrome 31.0"]);
    // "Americans" is no `American Samoa`; "gentoos" in lower case is `Gentoo penguin`.
    let s = schema("area,n\nAmerican Samoa,3\nCanada,9\nMexico,12\n");
    assert_eq!(leading_word_values(&s, &["americans"], true), None);
    let s = schema("species,n\nGentoo penguin,3\nAdelie penguin,9\nChinstrap penguin,1\n");
    assert!(leading_word_values(&s, &["gentoos"], false).is_some());
}

#[test]
fn people_is_no_peoples_republic() {
    // In a long table the countries repeat, so they are no column of names.
    let mut csv = String::from("country,year\n");
    for y in 0..3 {
        for c in [
            "People's Republic of the Congo",
            "Iraq",
            "Chad",
            "Peru",
            "Mali",
        ] {
            csv.push_str(&format!("{c},{}\n", 2000 + y));
        }
    }
    let s = schema(&csv);
    assert_eq!(leading_word_values(&s, &["people"], false), None);
    assert!(leading_word_values(&s, &["people", "s"], false).is_some());
}
