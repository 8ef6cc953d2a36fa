//! Values coded in letters or initials: "female" for `F`, "all-wheel drive" for `awd`,
//! acronyms, and which of two coded columns the next word names.

use crate::agent::offline::intent::{Cmp, Filter};
use crate::agent::offline::keywords::KEYWORDS;
use crate::agent::offline::schema::{ColumnRef, Kind, Schema};
use crate::agent::offline::words::{PAST, Token, sex_of, singular, tokenize};

/// A column of a few short codes in capitals (`BNK`, `MIN`, `AGR`; `CAN`, `US`, `UK`).
pub(super) fn coded(column: &ColumnRef) -> bool {
    column.values.as_ref().is_some_and(|values| {
        (3..=MAX_CODED).contains(&values.len())
            && values
                .iter()
                .all(|v| (2..=4).contains(&v.len()) && v.chars().all(|c| c.is_ascii_uppercase()))
    })
}

/// "banks" for `BNK`, "mining" for `MIN`, "Canadian" for `CAN`: a code of three capitals or
/// more that a word of five letters or more (none of the question's grammar) begins with,
/// or that keeps its first letter and then consonants of it in order.
pub(super) fn code_of_a_word(code: &str, word: &str) -> bool {
    let code = code.to_lowercase();
    // Codes stand for things: a verb's participle or an adverb ("controlled", "merely")
    // is none.
    // Two letters are too few to stand for a word ("caught" is no `CH`).
    if code.len() < 3
        || word.len() < 5
        || KEYWORDS.contains(&word)
        || !word.chars().all(char::is_alphabetic)
        || word.ends_with("ed")
        || word.ends_with("ly")
    {
        return false;
    }
    if word.starts_with(&code) {
        return true;
    }
    let mut letters = word.chars();
    let mut code_letters = code.chars();
    if code_letters.next() != letters.next() {
        return false;
    }
    code_letters.all(|c| !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u') && letters.any(|l| l == c))
}

/// "vote no", "undecided voters" over a `vote` column coded `Y`, `N`, `U`, `A`, "National
/// League players" over a `League` coded `A` and `N`: a word right before or after a column
/// of one-letter codes is the code of its first letter.
/// Returns (token position, filter) like [`match_values`]; the position is the column's
/// end, so the mention reads as this filter.
pub(crate) fn letter_codes(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    spans: &[(usize, usize, String)],
) -> Vec<(usize, Filter)> {
    let mut found = Vec::new();
    for (start, end, column) in spans {
        let Some(values) = schema.get(column).and_then(|c| c.values.as_ref()) else {
            continue;
        };
        let coded = values.len() <= MAX_LETTER_CODES
            && values
                .iter()
                .all(|v| v.chars().count() == 1 && v.chars().all(char::is_uppercase));
        if !coded {
            continue;
        }
        // After the column ("vote no", "vote to abstain"), else before it ("undecided").
        // "vote to abstain", "voters are undecided": past "to" or a copula.
        let after = (*end..tokens.len().min(end + 2)).find(|&k| {
            !used[k]
                && !matches!(
                    tokens[k].lower.as_str(),
                    "to" | "are" | "is" | "was" | "were"
                )
        });
        let before = start.checked_sub(1).filter(|&k| !used[k]);
        for (at, is_after) in after
            .map(|k| (k, true))
            .into_iter()
            .chain(before.map(|k| (k, false)))
        {
            let word = &tokens[at].lower;
            if word.len() < 2 || !word.chars().all(char::is_alphabetic) {
                continue;
            }
            // An answer said as one: "yes"/"no", a participle ("undecided", "abstaining"),
            // or the question's last word after the column ("vote abstain").
            // Or a name capitalised mid-sentence right before the column ("National
            // League" for a `League` of `A` and `N`, "East Division").
            let named = !is_after
                && at > 0
                && word.len() >= 3
                && tokens[at]
                    .raw
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
            // Or a size before it ("a small opening" for an `Opening` of `S`, `M`, `L`).
            let size = !is_after && matches!(word.as_str(), "small" | "medium" | "large");
            let answer = matches!(word.as_str(), "yes" | "no")
                || size
                || word.ends_with("ed")
                || word.ends_with("ing")
                || (is_after && at + 1 == tokens.len())
                || named;
            if !answer {
                continue;
            }
            if KEYWORDS.contains(&word.as_str()) && !matches!(word.as_str(), "yes" | "no") {
                continue;
            }
            let initial: String = word.chars().take(1).flat_map(char::to_uppercase).collect();
            if let Some(v) = values.iter().find(|v| **v == initial) {
                used[at] = true;
                found.push((
                    *end,
                    Filter::on(
                        column.clone(),
                        Cmp::Eq,
                        serde_json::Value::String(v.clone()),
                    ),
                ));
                break;
            }
        }
    }
    found
}

/// "blue and orange crabs" over a `sp` coded `B` and `O`: two words joined by "and", "or"
/// or "vs" whose initials are both codes of the one column of one-letter codes that has
/// them are those codes. Returns (token position, filter) like [`match_values`].
pub(crate) fn coordinated_letter_codes(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
) -> Vec<(usize, Filter)> {
    let word = |used: &[bool], k: usize| -> Option<&str> {
        let w = tokens.get(k)?.lower.as_str();
        (!used[k]
            && w.len() >= 3
            && w.chars().all(char::is_alphabetic)
            && !KEYWORDS.contains(&w)
            && !schema.is_row_noun(w))
        .then_some(w)
    };
    let initial = |w: &str| w[..1].to_uppercase();
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(2) {
        if !matches!(tokens[i + 1].lower.as_str(), "and" | "or" | "vs" | "versus") {
            continue;
        }
        let (Some(a), Some(b)) = (word(used, i), word(used, i + 2)) else {
            continue;
        };
        if initial(a) == initial(b) {
            continue;
        }
        let coded: Vec<&ColumnRef> = schema
            .columns
            .iter()
            .filter(|c| {
                c.values.as_ref().is_some_and(|v| {
                    v.len() <= MAX_LETTER_CODES
                        && v.iter().all(|v| v.chars().count() == 1)
                        && [a, b].iter().all(|w| v.contains(&initial(w)))
                })
            })
            .collect();
        let [column] = coded.as_slice() else {
            continue;
        };
        for k in [i, i + 2] {
            used[k] = true;
            let code = initial(&tokens[k].lower);
            found.push((
                k,
                Filter::on(
                    column.name.clone(),
                    Cmp::Eq,
                    serde_json::Value::String(code),
                ),
            ));
        }
        used[i + 1] = true;
    }
    found
}

/// "average height of men" over a `sex` of `M` and `F`: a word for one sex (a synonym of
/// male or female in the lexicon: men, women, boys, daughters) is that sex's letter, in the
/// one column coded with exactly those two letters.
pub(crate) fn sex_codes(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
) -> Vec<(usize, Filter)> {
    let coded = |v: &[String]| {
        let mut v: Vec<String> = v.iter().map(|s| s.to_uppercase()).collect();
        v.sort();
        v == ["F", "M"]
    };
    words_of_letter_codes(schema, tokens, used, coded, |word| {
        sex_of(word).map(|sex| sex[..1].to_uppercase())
    })
}

/// Of several columns coded alike (`FaceSex`, `RaterSex`), the one a word names by one of
/// its name's words ("raters"), when only one is.
pub(crate) fn the_one_named_by<'a>(columns: &[&'a ColumnRef], word: &str) -> Option<&'a ColumnRef> {
    let mut named = columns.iter().filter(|c| {
        c.words
            .iter()
            .any(|w| w.len() > 2 && singular(w) == singular(word))
    });
    match (named.next(), named.next()) {
        (Some(column), None) => Some(*column),
        _ => None,
    }
}

/// Filters for words that stand for a letter (`letter_of`, in capitals) in the one column
/// whose values `coded` accepts, the value matched in any case: what [`sex_codes`] and the
/// parties' letters share. Returns (token position, filter) like [`match_values`].
pub(crate) fn words_of_letter_codes(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    coded: impl Fn(&[String]) -> bool,
    letter_of: impl Fn(&str) -> Option<String>,
) -> Vec<(usize, Filter)> {
    let columns: Vec<&ColumnRef> = schema
        .columns
        .iter()
        .filter(|c| c.values.as_deref().is_some_and(&coded))
        .collect();
    // "female raters" beside `FaceSex` and `RaterSex`: of several such columns, the one
    // named by the word after.
    let column_at = |i: usize| -> Option<&ColumnRef> {
        if let [column] = columns.as_slice() {
            return Some(column);
        }
        // "male and female faces": past the other word of the pair.
        let pair = tokens
            .get(i + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "and" | "or" | "vs" | "versus"))
            && tokens
                .get(i + 2)
                .is_some_and(|t| letter_of(&t.lower).is_some());
        let next = tokens.get(if pair { i + 3 } else { i + 1 })?;
        the_one_named_by(&columns, &next.lower)
    };
    let mut found = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if used[i] {
            continue;
        }
        let Some(letter) = letter_of(&t.lower) else {
            continue;
        };
        let Some(column) = column_at(i) else {
            continue;
        };
        let Some(value) = column
            .values
            .iter()
            .flatten()
            .find(|v| v.to_uppercase() == letter)
        else {
            continue;
        };
        used[i] = true;
        found.push((
            i + 1,
            Filter::on(
                column.name.clone(),
                Cmp::Eq,
                serde_json::Value::String(value.clone()),
            ),
        ));
    }
    found
}

/// The most one-letter codes a column may have for a word's initial to be read as one.
pub(super) const MAX_LETTER_CODES: usize = 6;

/// The most values a column may have for its values to be read from initials.
pub(super) const MAX_CODED: usize = 20;

/// The one value (of any column) that is the initials of `words`, all alphabetic words
/// that are no grammar: "blue collar" → `bc`.
/// Initials stand for a name's nouns and adjectives ("orange juice" → `OJ`), not for a verb
/// ("departed late" is no `DL`).
pub(super) fn initials_value(
    schema: &Schema,
    words: &[&str],
    proper: bool,
) -> Option<(String, String)> {
    // "flights left" is no `FL`: a word naming the rows is not half of a value; nor is a
    // verb, unless the words are a name typed in capitals ("United States" for `US`).
    // A word of the question's grammar is none either, but for the first of three or more
    // ("all-wheel drive" for `awd`).
    if words.iter().enumerate().any(|(k, w)| {
        !w.chars().all(char::is_alphabetic)
            || (KEYWORDS.contains(w) && (k > 0 || words.len() < 3))
            || schema.is_row_noun(w)
            || (!proper && (PAST.contains(w) || (w.len() > 4 && w.ends_with("ed"))))
    }) {
        return None;
    }
    let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
    // Only among a few categories: in a long list of codes (chemical symbols, state codes)
    // any two words' initials are some value.
    let few = |c: &&ColumnRef| c.values.as_ref().is_some_and(|v| v.len() <= MAX_CODED);
    let mut found = schema.columns.iter().filter(few).flat_map(|c| {
        c.values
            .iter()
            .flatten()
            .filter(|v| v.to_lowercase() == initials)
            .map(|v| (c.name.clone(), v.clone()))
    });
    let one = found.next()?;
    found.next().is_none().then_some(one)
}

/// The one value (of any column of categories) of two or more words whose initials are
/// `typed`, a word in capitals of two to five letters: "GE" → `General Electric`, "BoA" is
/// not typed so. Grammar words in the value give no letter ("Bank of America" is "BA").
pub(super) fn value_of_acronym(schema: &Schema, typed: &str) -> Option<(String, String)> {
    let letters = typed.chars().count();
    if !(2..=5).contains(&letters) || !typed.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let typed = typed.to_lowercase();
    let initials = |v: &str| -> Option<String> {
        let words: Vec<String> = tokenize(v)
            .into_iter()
            .map(|t| t.lower)
            .filter(|w| !matches!(w.as_str(), "of" | "the" | "and" | "for" | "de"))
            .collect();
        (words.len() >= 2 && words.iter().all(|w| w.chars().all(char::is_alphabetic)))
            .then(|| words.iter().filter_map(|w| w.chars().next()).collect())
    };
    let categories = |c: &&ColumnRef| c.values.is_some() && c.kind == Kind::Text;
    let mut found = schema.columns.iter().filter(categories).flat_map(|c| {
        c.values
            .iter()
            .flatten()
            .filter(|v| initials(v).as_deref() == Some(typed.as_str()))
            .map(|v| (c.name.clone(), v.clone()))
    });
    let one = found.next()?;
    found.next().is_none().then_some(one)
}
