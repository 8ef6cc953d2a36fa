//! Filter values in questions: the actual values of text columns, matched in any case,
//! in the plural, or as adjectives ("rainy" for `rain`, "japanese" for `Japan`).

use super::intent::{Filter, Op};
use super::keywords::KEYWORDS;
use super::schema::Schema;
use super::words::{Token, singular, tokenize};

/// Find text values of low-cardinality columns. Returns (token position, filter).
pub(crate) fn match_values(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
) -> Vec<(usize, Filter)> {
    let mut found = Vec::new();
    for len in (1..=4).rev() {
        for start in 0..tokens.len().saturating_sub(len - 1) {
            if used[start..start + len].iter().any(|u| *u) {
                continue;
            }
            let span = &tokens[start..start + len];
            let text: Vec<&str> = span.iter().map(|t| t.lower.as_str()).collect();
            let raw: Vec<&str> = span.iter().map(|t| t.raw.as_str()).collect();
            if len == 1 && (KEYWORDS.contains(&text[0]) || span[0].number().is_some()) {
                continue;
            }
            let hit = schema.columns.iter().find_map(|c| {
                c.values.as_ref()?.iter().find_map(|v| {
                    let words: Vec<String> = tokenize(v).into_iter().map(|t| t.lower).collect();
                    let same = words.len() == len
                        && words.iter().zip(&text).all(|(w, t)| {
                            w == t
                                || (w.len() > 3 && singular(t) == w.as_str())
                                || derived(t, w)
                                || (w.len() > 3
                                    && w.ends_with('y')
                                    && t.strip_suffix("ies") == w.strip_suffix('y'))
                        });
                    // Short codes ("UA", "JFK") must be typed in the same case.
                    let short_ok = v.len() > 3
                        || !v.chars().any(char::is_uppercase)
                        || raw.join(" ") == *v
                        || raw.concat() == *v;
                    (same && short_ok).then(|| (c.name.clone(), v.clone()))
                })
            });
            if let Some((column, value)) = hit {
                let negated = start > 0
                    && matches!(
                        tokens[start - 1].lower.as_str(),
                        "not"
                            | "except"
                            | "excluding"
                            | "exclude"
                            | "excluded"
                            | "without"
                            | "non"
                            | "besides"
                    );
                used[start..start + len].iter_mut().for_each(|u| *u = true);
                found.push((
                    start,
                    Filter {
                        column,
                        op: if negated { Op::Ne } else { Op::Eq },
                        value: serde_json::Value::String(value),
                        year_of: false,
                        month_of: false,
                    },
                ));
            }
        }
    }
    found.sort_by_key(|f| f.0);
    found
}

/// Whether a question word is an adjective made from a value: "rainy" from `rain`, "sunny"
/// from `sun`, "japanese" from `Japan`, "european" from `Europe`, "italian" from `Italy`.
fn derived(word: &str, value: &str) -> bool {
    let Some(rest) = word.strip_prefix(value) else {
        return value.len() > 4
            && value.ends_with('y')
            && word
                .strip_prefix(&value[..value.len() - 1])
                .is_some_and(|r| matches!(r, "ian" | "" | "an"));
    };
    if value.len() < 3 || !value.chars().all(char::is_alphabetic) {
        return false;
    }
    let doubled = value.chars().last().map(|c| format!("{c}y"));
    rest == "y"
        || doubled.as_deref() == Some(rest)
        || (value.len() >= 4 && matches!(rest, "ese" | "an" | "ian" | "n" | "ish"))
}
