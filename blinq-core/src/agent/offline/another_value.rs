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
}
