//! Missing values: "no brain weight recorded", "no known density", "the winner's name is
//! missing", "without a price" are conditions `IS NULL` on the column named.

use super::intent::{Cmp, Filter};
use super::words::Token;

/// Words that say a value is absent, before the column ("*no* density", "*without* a
/// price", "*missing* prices").
const ABSENT_BEFORE: &[&str] = &[
    "no", "without", "missing", "lacking", "unknown", "blank", "empty",
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
    "known",
    "recorded",
    "reported",
    "listed",
    "available",
    "given",
    "valid",
    "a",
    "an",
    "any",
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
    let before = (i > 0 && !used[i - 1] && ABSENT_BEFORE.contains(&word(i - 1))).then(|| i - 1);
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
    let after = (j < tokens.len() && !used[j] && ABSENT_AFTER.contains(&word(j))).then_some(j);
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
    Some(Filter {
        column: column.to_string(),
        op: Cmp::IsNull,
        value: serde_json::Value::Null,
        year_of: false,
        month_of: false,
    })
}
