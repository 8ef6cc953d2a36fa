//! A follow-up that says another value of the column the previous question picked rows by
//! ("and when it's no?" after "the average response when contact is yes"): the same
//! question over the rows with that value. A value such as "no" or "low" is too common a
//! word to pick rows by on its own in a new question; after one that picked rows by its
//! column, it can only mean that column.

use super::intent::{Cmp, Intent};
use super::schema::Schema;
use super::words::Token;

/// Whether `value` (one or more words) is said in `tokens`, word for word.
fn said(tokens: &[Token], value: &str) -> bool {
    let words: Vec<String> = value
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    !words.is_empty()
        && tokens
            .windows(words.len())
            .any(|w| w.iter().zip(&words).all(|(t, v)| t.lower == *v))
}

/// Replace the value of the previous question's one condition on a text column with the
/// one other value of that column the follow-up says. Only where the follow-up found no
/// condition of its own and exactly one such value is said. Whether it changed anything.
pub(crate) fn for_another_value(schema: &Schema, tokens: &[Token], intent: &mut Intent) -> bool {
    let mut found = None;
    for (i, f) in intent.filters.iter().enumerate() {
        let (Cmp::Eq, Some(old)) = (f.op, f.value.as_str()) else {
            continue;
        };
        let Some(values) = schema.get(&f.column).and_then(|c| c.values.as_ref()) else {
            continue;
        };
        let mut said_here = values.iter().filter(|v| *v != old && said(tokens, v));
        match (said_here.next(), said_here.next(), &found) {
            (Some(v), None, None) => found = Some((i, v.clone())),
            (None, _, _) => {}
            // Two values said, or values of two conditions' columns: not one reading.
            _ => return false,
        }
    }
    let Some((i, value)) = found else {
        return false;
    };
    intent.filters[i].value = serde_json::Value::String(value);
    true
}

/// Whether the follow-up asks for the rows that do not have what the previous condition
/// said: "and for people without one?", "and those who didn't?", "and the others?", "and
/// the rest?".
fn the_other_side(tokens: &[Token]) -> bool {
    let word = |k: usize| tokens.get(k).map(|t| t.lower.as_str());
    (0..tokens.len()).any(|k| match word(k) {
        Some("without") => matches!(
            word(k + 1),
            None | Some("one" | "it" | "them" | "that" | "any" | "those")
        ),
        // "didn't", "weren't": the apostrophe splits the word.
        Some("t") => matches!(
            word(k.wrapping_sub(1)),
            Some("didn" | "don" | "doesn" | "weren" | "wasn" | "aren" | "isn" | "haven" | "hasn")
        ),
        Some("not") => k + 1 == tokens.len(),
        Some("others" | "rest") => true,
        // "and of those with none?"
        Some("none") => word(k.wrapping_sub(1)) == Some("with") || k + 1 == tokens.len(),
        _ => false,
    })
}

/// Turn the previous question's one condition on a column of two values (a yes/no flag,
/// or a text column of two) to the other value, where the follow-up asks for the rows on
/// the other side of it ([`the_other_side`]); or its one condition that an amount is some
/// ("at least one revolution", "that use superplasticizer": more than 0) to none, and
/// none to some. Whether it changed anything.
pub(crate) fn for_the_other_side(schema: &Schema, tokens: &[Token], intent: &mut Intent) -> bool {
    if !the_other_side(tokens) {
        return false;
    }
    let from_zero = |column: &str| schema.get(column).is_some_and(|c| c.counts_from_zero());
    let some_or_none: Vec<usize> = intent
        .filters
        .iter()
        .enumerate()
        .filter(|(_, f)| {
            let n = f.value.as_f64();
            from_zero(&f.column)
                && matches!(
                    (f.op, n),
                    (Cmp::Gt, Some(0.0)) | (Cmp::Ge, Some(1.0)) | (Cmp::Eq, Some(0.0))
                )
        })
        .map(|(i, _)| i)
        .collect();
    if let [i] = some_or_none.as_slice() {
        let f = &mut intent.filters[*i];
        (f.op, f.value) = if f.op == Cmp::Eq {
            (Cmp::Gt, serde_json::json!(0))
        } else {
            (Cmp::Eq, serde_json::json!(0))
        };
        return true;
    }
    let two_valued: Vec<usize> = intent
        .filters
        .iter()
        .enumerate()
        .filter(|(_, f)| {
            f.op == Cmp::Eq
                && schema
                    .get(&f.column)
                    .is_some_and(|c| c.binary || c.values.as_ref().is_some_and(|v| v.len() == 2))
        })
        .map(|(i, _)| i)
        .collect();
    let [i] = two_valued.as_slice() else {
        return false;
    };
    let f = &intent.filters[*i];
    let Some(c) = schema.get(&f.column) else {
        return false;
    };
    let other = if c.binary {
        match f.value.as_f64() {
            Some(1.0) => serde_json::json!(0),
            Some(0.0) => serde_json::json!(1),
            _ => return false,
        }
    } else {
        let Some(other) = c
            .values
            .iter()
            .flatten()
            .find(|v| f.value.as_str() != Some(v.as_str()))
        else {
            return false;
        };
        serde_json::Value::String(other.clone())
    };
    intent.filters[*i].value = other;
    true
}

/// "what about 1990?", "and 1985?" after "... in 1982": a year said alone in a follow-up
/// that found no condition of its own is the year of the previous question's one condition
/// on a year (a date's year, or a column of years). Whether it changed anything.
pub(crate) fn in_another_year(schema: &Schema, tokens: &[Token], intent: &mut Intent) -> bool {
    let mut years = tokens.iter().filter_map(|t| {
        let w = t.lower.as_str();
        (w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
            .then(|| w.parse::<f64>().ok())
            .flatten()
    });
    let (Some(year), None) = (years.next(), years.next()) else {
        return false;
    };
    let of_a_year = |f: &super::intent::Filter| {
        f.op == Cmp::Eq
            && f.value
                .as_f64()
                .is_some_and(|v| (1000.0..=2100.0).contains(&v))
            && (f.year_of || schema.get(&f.column).is_some_and(|c| c.holds_years()))
    };
    let mut on_years = intent.filters.iter_mut().filter(|f| of_a_year(f));
    let (Some(filter), None) = (on_years.next(), on_years.next()) else {
        return false;
    };
    if filter.value.as_f64() == Some(year) {
        return false;
    }
    filter.value = serde_json::json!(year as i64);
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::intent::{Filter, Task};
    use crate::agent::offline::words::tokenize;

    fn schema(csv: &str) -> Schema {
        Schema::of_csv("t", csv)
    }

    fn filtered(column: &str, value: &str) -> Intent {
        let mut intent = Intent::new(Task::Aggregate);
        intent
            .filters
            .push(Filter::on(column, Cmp::Eq, value.into()));
        intent
    }

    #[test]
    fn another_value_of_the_column_rows_were_picked_by() {
        let csv = "response,temp,contact\n36,cold,no\n48,warm,yes\n50,cold,yes\n";
        let schema = schema(csv);
        let mut intent = filtered("contact", "yes");
        assert!(for_another_value(
            &schema,
            &tokenize("and when it's no?"),
            &mut intent
        ));
        assert_eq!(intent.filters[0].value, "no");
        // A value said twice over, or of no condition's column: nothing to change.
        let mut intent = filtered("contact", "yes");
        assert!(!for_another_value(
            &schema,
            &tokenize("and when warm?"),
            &mut intent
        ));
        assert!(!for_another_value(
            &schema,
            &tokenize("and yes?"),
            &mut intent
        ));
        assert_eq!(intent.filters[0].value, "yes");
    }

    #[test]
    fn a_year_said_alone_is_the_year_of_the_condition_on_years() {
        let schema = schema("year,sat\n1982,30\n1990,22\n1985,40\n");
        let mut intent = Intent::new(Task::Aggregate);
        intent
            .filters
            .push(Filter::on("year", Cmp::Eq, serde_json::json!(1982)));
        assert!(in_another_year(
            &schema,
            &tokenize("what about 1990?"),
            &mut intent
        ));
        assert_eq!(intent.filters[0].value, serde_json::json!(1990));
        // Two years, or none: not one reading.
        assert!(!in_another_year(
            &schema,
            &tokenize("1985 or 1982?"),
            &mut intent
        ));
        assert!(!in_another_year(
            &schema,
            &tokenize("and the lowest?"),
            &mut intent
        ));
        // No condition on years to change.
        let mut other = filtered("sat", "x");
        assert!(!in_another_year(
            &schema,
            &tokenize("and 1985?"),
            &mut other
        ));
    }

    #[test]
    fn a_value_of_several_words_is_said_word_for_word() {
        let csv = "price,city\n1,Elk Grove\n2,Sacramento\n3,Rancho Cordova\n";
        let cities = schema(csv);
        let mut intent = filtered("city", "Sacramento");
        assert!(for_another_value(
            &cities,
            &tokenize("and in elk grove?"),
            &mut intent
        ));
        assert_eq!(intent.filters[0].value, "Elk Grove");
        let mut intent = filtered("city", "Sacramento");
        assert!(!for_another_value(
            &cities,
            &tokenize("and the grove?"),
            &mut intent
        ));
        // Two values said: which one is meant is not for this rule to guess.
        let csv = "price,temp\n1,cold\n2,warm\n3,hot\n";
        let mut intent = filtered("temp", "cold");
        assert!(!for_another_value(
            &schema(csv),
            &tokenize("warm or hot?"),
            &mut intent
        ));
    }

    #[test]
    fn the_other_side_of_a_two_valued_condition() {
        let csv = "reduced,chronic,gender\n1,yes,female\n0,no,male\n3,yes,male\n";
        let schema = schema(csv);
        for question in [
            "and for people without one?",
            "and those who didn't?",
            "and the others?",
        ] {
            let mut intent = filtered("chronic", "yes");
            assert!(for_the_other_side(
                &schema,
                &tokenize(question),
                &mut intent
            ));
            assert_eq!(intent.filters[0].value, "no", "{question}");
        }
        // Nothing said of another side: nothing changes.
        let mut intent = filtered("chronic", "yes");
        assert!(!for_the_other_side(
            &schema,
            &tokenize("and for women?"),
            &mut intent
        ));
        // Two such conditions: which one is not for this rule to guess.
        let mut intent = filtered("chronic", "yes");
        intent
            .filters
            .push(Filter::on("gender", Cmp::Eq, "male".into()));
        assert!(!for_the_other_side(
            &schema,
            &tokenize("and the others?"),
            &mut intent
        ));
    }
}
