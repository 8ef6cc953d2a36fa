//! Missing values: "no brain weight recorded", "no known density", "the winner's name is
//! missing", "without a price" are conditions `IS NULL` on the column named.

use super::intent::{Cmp, Filter};
use super::keywords::KEYWORDS;
use super::words::Token;

/// Words that say a value is absent, before the column ("*no* density", "*without* a
/// price", "*missing* prices").
const ABSENT_BEFORE: &[&str] = &[
    "no", "without", "missing", "lacking", "lack", "lacks", "unknown", "blank", "empty",
    // "don't have a salary", "doesn't have a price" (the apostrophe splits the word).
    "don", "doesn", "didn",
];

/// Words that say a value is absent, after the column ("name *missing*", "price is
/// *unknown*").
const ABSENT_AFTER: &[&str] = &[
    "missing",
    "unknown",
    "blank",
    "empty",
    "null",
    "absent",
    "unrecorded",
];

/// Words between an absence word and the column, or after the column, that add nothing
/// ("no *known* density", "no *recorded* weight", "*is* missing").
const FILLERS: &[&str] = &[
    // "don't have a", "no answer recorded for".
    "t",
    "have",
    "has",
    "answer",
    "answers",
    "entry",
    "for",
    "known",
    // "no added sugar".
    "added",
    "recorded",
    "reported",
    "listed",
    "available",
    "given",
    "valid",
    "a",
    "an",
    "any",
    // "without a single death".
    "single",
    "the",
    "their",
    "its",
    "is",
    "are",
    "was",
    "were",
    "been",
    "be",
    "value",
    "values",
    "figure",
    "figures",
    "data",
    "number",
    "numbers",
];

/// Whether a word only surrounds an absence ("recorded", "is", "missing"): a column said
/// by it is no noun that another column's word qualifies.
pub(crate) fn surrounds_absence(word: &str) -> bool {
    FILLERS.contains(&word) || ABSENT_AFTER.contains(&word)
}

/// For a column said at tokens `start..end`: an `IS NULL` filter when words around it say
/// its value is missing, with the tokens used up.
pub(crate) fn absence(
    tokens: &[Token],
    used: &mut [bool],
    start: usize,
    end: usize,
    column: &str,
) -> Option<Filter> {
    let word = |i: usize| tokens[i].lower.as_str();
    // Before: skip fillers back to an absence word.
    let mut i = start;
    while i > 0 && FILLERS.contains(&word(i - 1)) && !used[i - 1] {
        i -= 1;
    }
    let mut before = (i > 0 && !used[i - 1] && ABSENT_BEFORE.contains(&word(i - 1))).then(|| i - 1);
    // "no cancer cases" for `ncases`: one word of the question's own between "no" and the
    // column says which of the column's things.
    if before.is_none()
        && i >= 2
        && !used[i - 1]
        && !used[i - 2]
        && matches!(word(i - 2), "no" | "without")
        && word(i - 1).chars().all(char::is_alphabetic)
        && !KEYWORDS.contains(&word(i - 1))
    {
        before = Some(i - 2);
    }
    // After: skip fillers forward to an absence word ("is not recorded" too).
    let mut j = end;
    while j < tokens.len() && (FILLERS.contains(&word(j)) || word(j) == "not") && !used[j] {
        j += 1;
    }
    let negated_filler = (end..j).any(|k| word(k) == "not")
        && (end..j).any(|k| {
            matches!(
                word(k),
                "recorded" | "known" | "given" | "reported" | "listed" | "available"
            )
        });
    // "days are missing a solar radiation value": an absence word followed by another
    // column is that column's.
    let owned_by_next = |j: usize| {
        let mut k = j + 1;
        while k < tokens.len() && FILLERS.contains(&word(k)) && !used[k] {
            k += 1;
        }
        k < tokens.len() && used[k] && (j + 1..k).all(|f| !used[f])
    };
    // "days absent", "hours absent": "absent" right after a column says what it counts,
    // not that it is missing ("the price is absent" is).
    let counted_absence = j == end && j < tokens.len() && word(j) == "absent";
    let after = (j < tokens.len()
        && !used[j]
        && ABSENT_AFTER.contains(&word(j))
        && !counted_absence
        && !(ABSENT_BEFORE.contains(&word(j)) && owned_by_next(j)))
    .then_some(j);
    let (from, to) = match (before, after, negated_filler) {
        (Some(b), _, _) => (b, end),
        (None, Some(a), _) => (start, a + 1),
        (None, None, true) => (start, j),
        (None, None, false) => return None,
    };
    for (k, u) in used.iter_mut().enumerate().take(to).skip(from) {
        if !(start..end).contains(&k) {
            *u = true;
        }
    }
    Some(Filter::on(
        column.to_string(),
        Cmp::IsNull,
        serde_json::Value::Null,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::words::tokenize;

    /// The `IS NULL` filter read for the column said at `start..end`, with the words at
    /// `columns` already read as column names.
    fn absent(question: &str, start: usize, end: usize, columns: &[usize]) -> bool {
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        columns.iter().for_each(|&k| used[k] = true);
        absence(&tokens, &mut used, start, end, "c").is_some()
    }

    #[test]
    fn absence_before_or_after_the_column() {
        // "no density", "price is unknown".
        assert!(absent("elements with no density", 3, 4, &[3]));
        assert!(absent("rows where price is unknown", 2, 3, &[2]));
        assert!(!absent("rows where price is high", 2, 3, &[2]));
        // "days absent" counts absences; "the price is absent" is missing.
        assert!(!absent("average days absent", 1, 2, &[1]));
        assert!(absent("rows where the price is absent", 3, 4, &[3]));
        // A column said last has nothing after it.
        assert!(!absent("average days", 1, 2, &[1]));
    }

    #[test]
    fn an_absence_word_before_another_column_is_that_columns() {
        // "days are missing a solar value": `days` (0) and `solar` (4) are columns.
        assert!(!absent("days are missing a solar value", 0, 1, &[0, 4]));
        assert!(absent("days are missing a solar value", 4, 5, &[0, 4]));
        // With no column after it, it is the one before ("the name is missing").
        assert!(absent("the name is missing", 1, 2, &[1]));
        // "don't have a salary", "no answer recorded for vote".
        assert!(absent("players who don't have a salary", 6, 7, &[6]));
        assert!(absent("no answer recorded for vote", 4, 5, &[4]));
        assert!(!absent("players who have a salary", 4, 5, &[4]));
        // One word of the question's own between: "no cancer cases", not "no more cases".
        assert!(absent("groups with no cancer cases", 4, 5, &[4]));
        assert!(!absent("groups with no more cases", 4, 5, &[4]));
        // "without a single death": no one of them.
        assert!(absent("years without a single death", 4, 5, &[4]));
    }
}
