//! Values that are names: a value's name before its note, columns of names, countries by
//! code or adjective ("japanese" for `Japan`) and a part of a place's name.

use crate::agent::offline::country::{COUNTRIES, country_codes};
use crate::agent::offline::keywords::KEYWORDS;
use crate::agent::offline::schema::{ColumnRef, Schema};
use crate::agent::offline::words::{after_its_number, tokenize};

/// Whether a column holds countries' codes of one length: nine values in ten or more are
/// codes of it (so a column of US state codes, many of which are also countries', is not,
/// nor is one named for states or provinces).
pub(super) fn holds_country_codes(column: &ColumnRef, length: usize) -> bool {
    if column
        .words
        .iter()
        .any(|w| matches!(w.as_str(), "state" | "st" | "province" | "prov"))
    {
        return false;
    }
    let Some(values) = column.values.as_ref().filter(|v| v.len() >= 2) else {
        return false;
    };
    let codes = values
        .iter()
        .filter(|v| {
            let v = v.to_uppercase();
            v.len() == length
                && COUNTRIES.iter().any(|(_, two, three)| {
                    (length == 2 && *two == v) || (length == 3 && *three == v)
                })
        })
        .count();
    codes * 10 >= values.len() * 9
}

/// The code of the country named `said` in the one column of country codes that holds it
/// (in capitals or not: `PRT`, `prt`), with that column.
pub(super) fn country_code_value(schema: &Schema, said: &str) -> Option<(String, String)> {
    let (two, three) = country_codes(said)?;
    let mut found = schema.columns.iter().filter_map(|c| {
        let v = c.values.iter().flatten().find(|v| {
            let v = v.to_uppercase();
            v == two || v == three
        })?;
        holds_country_codes(c, v.len()).then(|| (c.name.clone(), v.clone()))
    });
    let one = found.next()?;
    found.next().is_none().then_some(one)
}

/// Adjectives of countries that do not begin as the country's name does, with the names
/// a table may give the country.
pub(super) const COUNTRY_ADJECTIVES: &[(&str, &[&str])] = &[
    ("french", &["france"]),
    ("dutch", &["netherlands", "the netherlands", "holland"]),
    ("swiss", &["switzerland"]),
    ("spanish", &["spain"]),
    ("polish", &["poland"]),
    ("finnish", &["finland"]),
    ("danish", &["denmark"]),
    ("irish", &["ireland"]),
    ("english", &["england"]),
    ("welsh", &["wales"]),
    ("greek", &["greece"]),
    (
        "british",
        &["united kingdom", "uk", "great britain", "britain"],
    ),
    (
        "american",
        &["united states", "usa", "us", "united states of america"],
    ),
    ("filipino", &["philippines"]),
    ("thai", &["thailand"]),
    ("czech", &["czech republic", "czechia"]),
    ("scottish", &["scotland"]),
];

/// Endings that make a country's name its adjective ("Swed-ish", "Norweg-ian",
/// "Japan-ese", "German", "Pakistan-i").
pub(super) const ADJECTIVE_OF_PLACE: &[&str] = &["ish", "ian", "ese", "an", "i", "ic"];

/// "Swedish" → `Sweden`, "Norwegian" → `Norway`, "Japanese" → `Japan`, "French" →
/// `France`: the one value (of any column) that is the country an adjective is of, by the
/// lexicon's irregular ones, or by a place ending after four letters or more the name
/// begins with.
pub(super) fn country_of_adjective(schema: &Schema, word: &str) -> Option<(String, String)> {
    let named: &[&str] = COUNTRY_ADJECTIVES
        .iter()
        .find(|(a, _)| *a == word)
        .map_or(&[], |(_, names)| names);
    let stem = ADJECTIVE_OF_PLACE
        .iter()
        .find_map(|e| word.strip_suffix(e))
        .filter(|stem| stem.len() >= 3);
    if named.is_empty() && stem.is_none() {
        return None;
    }
    let begins_as = |v: &str| {
        let Some(stem) = stem else {
            return false;
        };
        let shared = stem
            .chars()
            .zip(v.chars())
            .take_while(|(a, b)| a == b)
            .count();
        shared >= 4 && v != word && !v.contains(' ')
    };
    let mut found = schema.columns.iter().flat_map(|c| {
        c.values
            .iter()
            .flatten()
            .filter(|v| {
                let v = v.to_lowercase();
                named.contains(&v.as_str()) || (named.is_empty() && begins_as(&v))
            })
            .map(|v| (c.name.clone(), v.clone()))
    });
    let one = found.next()?;
    found.next().is_none().then_some(one)
}

/// Whether a column's values are people's names by their shape: most (four in five) are
/// two to four words, each capitalised, of letters (and `.`, `'`, `-`), no commas and no
/// figures; and most values differ (a genre or a label repeats, a name mostly not).
pub(super) fn holds_names(c: &ColumnRef, rows: usize) -> bool {
    let Some(values) = &c.values else {
        return false;
    };
    let name = |v: &str| {
        let v = name_of(v).unwrap_or(v);
        let words: Vec<&str> = v.split_whitespace().collect();
        (2..=4).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(|ch: char| ch.is_uppercase())
                    && w.chars()
                        .all(|ch| ch.is_alphabetic() || matches!(ch, '.' | '\'' | '-'))
            })
    };
    let named = values.iter().filter(|v| name(v)).count();
    // Surnames mostly differ; buildings end in "Tower" and "Building" again and again.
    let mut last: Vec<String> = values
        .iter()
        .filter_map(|v| name_of(v).unwrap_or(v).split_whitespace().last())
        .map(str::to_lowercase)
        .collect();
    last.sort();
    last.dedup();
    !values.is_empty()
        && named * 5 >= values.len() * 4
        && values.len() * 2 > rows
        && last.len() * 10 >= values.len() * 9
}

/// The values of one column with a comma-separated part that reads as `said` ("ostrava"
/// in `Bazaly, Ostrava`, "czech republic" in `Prague, Czech Republic`), with the column;
/// `None` when no column or two have such values, or the words are short or grammar.
pub(super) fn place_part_values(schema: &Schema, said: &[&str]) -> Option<(String, Vec<String>)> {
    let text = said.join(" ");
    if text.len() < 4
        || !said.iter().all(|w| w.chars().all(char::is_alphabetic))
        || said.iter().any(|w| KEYWORDS.contains(w))
    {
        return None;
    }
    let mut found = None;
    for c in &schema.columns {
        let mut parts: Vec<String> = c
            .values
            .iter()
            .flatten()
            .filter(|v| {
                v.contains(',')
                    && v.split(',').any(|part| {
                        let words: Vec<String> =
                            tokenize(part).into_iter().map(|t| t.lower).collect();
                        words == said
                    })
            })
            .cloned()
            .collect();
        if parts.is_empty() {
            continue;
        }
        if found.is_some() {
            return None;
        }
        parts.sort();
        found = Some((c.name.clone(), parts));
    }
    found
}

/// The name a value starts with, before what it adds: a note in brackets ("Ukraine" of
/// "Ukraine (UKR)") or a paragraph after a blank line ("US Bank Plaza" of "US Bank
/// Plaza\n\nUS Bank Building in Downtown Boise"; a single line break only wraps a name).
pub(super) fn name_of(value: &str) -> Option<&str> {
    let first_line = value
        .split_once("\n\n")
        .map(|(line, _)| line.trim())
        .filter(|line| !line.is_empty());
    first_line
        .or_else(|| before_a_note(value))
        .or_else(|| after_its_number(value))
}

/// The name before a note in brackets that ends a value ("Ukraine" of "Ukraine (UKR)",
/// "Gentoo penguin" of "Gentoo penguin (Pygoscelis papua)").
pub(super) fn before_a_note(value: &str) -> Option<&str> {
    let open = value.strip_suffix(')')?.rfind(" (")?;
    let name = value[..open].trim_end();
    (!name.is_empty() && !name.contains('(')).then_some(name)
}
