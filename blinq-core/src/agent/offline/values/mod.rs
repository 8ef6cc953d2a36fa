//! Filter values in questions: the actual values of text columns, matched in any case,
//! in the plural, or as adjectives ("rainy" for `rain`, "japanese" for `Japan`).

use super::codes::unit_symbol;
use super::intent::{Cmp, Filter};
use super::keywords::KEYWORDS;
use super::matching::{WordMatch, name_word_match};
use super::schema::{ColumnRef, Kind, Schema};
use super::words::{Token, same_noun, singular, state_or_province, tokenize};

mod letters;
mod names;
#[cfg(test)]
mod tests;
mod wording;

use letters::{code_of_a_word, coded, initials_value, value_of_acronym};
pub(crate) use letters::{
    coordinated_letter_codes, letter_codes, sex_codes, the_one_named_by, words_of_letter_codes,
};
use names::{country_code_value, country_of_adjective, name_of, place_part_values};
pub(crate) use wording::values_saying;
use wording::{
    closing_word_values, leading_word_values, listing, no_word, surname_value, value_word_strength,
};

/// "whose mother smokes now" over `smoke` (never, now, ...), "stations on line 1" over a
/// text `line`: a word of the question's own grammar, or a number, is a value where it is
/// said whole right after its column's one-word name.
fn value_after_its_column(schema: &Schema, tokens: &[Token], at: usize) -> bool {
    let Some(before) = at.checked_sub(1).map(|k| tokens[k].lower.as_str()) else {
        return false;
    };
    let said = tokens[at].lower.as_str();
    // The column's whole name of one word ("line 1"), not a word of a longer one ("no. 1"
    // of `weeks at No. 1`).
    schema.columns.iter().any(|c| {
        matches!(c.words.as_slice(), [w] if name_word_match(w, &[before]) == Some(WordMatch::Same))
            && c.values.iter().flatten().any(|v| v.to_lowercase() == said)
    })
}

/// The value that is the symbol of the SI unit `word` names, in the one column whose name
/// says it holds units (`units`, `unit`, `uom`), with the column.
fn unit_value(schema: &Schema, word: &str) -> Option<(String, String)> {
    let symbol = unit_symbol(word)?;
    let mut found = schema.columns.iter().filter_map(|c| {
        let units = c
            .words
            .iter()
            .any(|w| matches!(w.as_str(), "unit" | "units" | "uom"));
        let v = c.values.iter().flatten().find(|v| *v == symbol)?;
        units.then(|| (c.name.clone(), v.clone()))
    });
    let one = found.next()?;
    found.next().is_none().then_some(one)
}

/// "an unknown stance" over a `stance` that holds `unknown`: the word at `at` is a value of
/// the column whose one-word name is said right after it.
fn value_before_its_column(schema: &Schema, tokens: &[Token], at: usize) -> bool {
    let Some(after) = tokens.get(at + 1).map(|t| t.lower.as_str()) else {
        return false;
    };
    let said = tokens[at].lower.as_str();
    schema.columns.iter().any(|c| {
        matches!(c.words.as_slice(), [w] if name_word_match(w, &[after]) == Some(WordMatch::Same))
            && c.values.iter().flatten().any(|v| v.to_lowercase() == said)
    })
}

/// Find text values of low-cardinality columns said in `min_len` words or more. Returns
/// (token position, filter).
pub(crate) fn match_values(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    min_len: usize,
) -> Vec<(usize, Filter)> {
    let mut found = Vec::new();
    for len in (min_len.max(1)..=4).rev() {
        for start in 0..tokens.len().saturating_sub(len - 1) {
            if used[start..start + len].iter().any(|u| *u) {
                continue;
            }
            let span = &tokens[start..start + len];
            let text: Vec<&str> = span.iter().map(|t| t.lower.as_str()).collect();
            let raw: Vec<&str> = span.iter().map(|t| t.raw.as_str()).collect();
            // "what's the value" over units `s` and `S`: what follows an apostrophe is
            // grammar ("'s", "'t"), no value.
            if len == 1 && raw[0].starts_with('\'') {
                continue;
            }
            if len == 1
                && (KEYWORDS.contains(&text[0]) || span[0].number().is_some())
                && !value_after_its_column(schema, tokens, start)
            {
                continue;
            }
            // "listings that used a stock photo" over a `cond` of new and used: a past form
            // before an article is the verb, not the value.
            if len == 1
                && text[0].ends_with("ed")
                && tokens.get(start + 1).is_some_and(|t| {
                    matches!(
                        t.lower.as_str(),
                        "a" | "an" | "the" | "their" | "his" | "her" | "its" | "any"
                    )
                })
            {
                continue;
            }
            // "an unknown birth year": a word of absence before a column says the column's
            // value is missing, even where some other column holds it as a value. ("an
            // unknown stance" over a `stance` of `unknown`, `yes` and `no` is that value.)
            if len == 1
                && matches!(text[0], "unknown" | "missing" | "blank" | "empty")
                && used.get(start + 1).copied().unwrap_or(false)
                && !value_before_its_column(schema, tokens, start)
            {
                continue;
            }
            // The strongest reading wins: a value said as it is beats one cut short or
            // abbreviated ("carnivores" is `carni`, not `Canis`).
            let mut hit: Option<(u8, String, String)> = None;
            // "all the banks" over a company called `Bank`: a common noun in another form
            // than a name's (the plural) is a kind of row, not the one row of that name.
            let lower_case = raw.iter().all(|w| !w.chars().any(char::is_uppercase));
            let identifier = schema.identifier();
            // ("nation of control" is no `CON`: a word after a column's "of" says what the
            // column is.)
            let of_a_column = start >= 2 && tokens[start - 1].lower == "of" && used[start - 2];
            for c in &schema.columns {
                let names_rows = lower_case && identifier == Some(c.name.as_str());
                // Whether a word may be read as one of this column's capital codes.
                let words_as_codes = len == 1 && !of_a_column && coded(c);
                for v in c.values.iter().flatten() {
                    if names_rows
                        && len == 1
                        && singular(text[0]) != text[0]
                        && v.to_lowercase() == singular(text[0])
                    {
                        continue;
                    }
                    // "which job title comes up most often" over `current_title` holding
                    // `Title`: a word of the column's own name, typed in lower case, names
                    // the column, not that stray value.
                    if lower_case
                        && len == 1
                        && c.values.as_ref().is_some_and(|v| v.len() > 5)
                        && same_noun(&v.to_lowercase(), text[0])
                        && c.words.iter().any(|w| same_noun(w, text[0]))
                    {
                        continue;
                    }
                    // "Driver & Passenger" is said "driver and passenger"; "Ukraine (UKR)"
                    // is said "ukraine": a note in brackets after a name is not said.
                    let read = |v: &str| -> Vec<String> {
                        tokenize(&v.replace('&', " and "))
                            .into_iter()
                            .map(|t| t.lower)
                            .collect()
                    };
                    let mut readings = vec![read(v)];
                    readings.extend(name_of(v).map(read));
                    let strength = readings
                        .iter()
                        .filter(|words| words.len() == len)
                        .filter_map(|words| {
                            words
                                .iter()
                                .zip(&text)
                                .map(|(w, t)| value_word_strength(w, t))
                                .min()
                                .flatten()
                        })
                        .max();
                    // Short codes in capitals ("UA", "JFK") must be typed in the same case;
                    // short words ("Men") need not.
                    let code = v.chars().any(char::is_alphabetic)
                        && v.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
                    // "US cars" for `USA`: another short name of it, typed as a code.
                    let typed_as_code = raw.iter().all(|w| {
                        w.chars().any(char::is_alphabetic)
                            && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
                    });
                    let short_ok = v.len() > 3
                        || !code
                        || raw.join(" ") == *v
                        || raw.concat() == *v
                        || text.iter().all(|w| no_word(w))
                        || (typed_as_code && strength.is_some_and(|s| s >= 3));
                    // "banks" for `BNK`, "mining" for `MIN` in a column of such codes.
                    let strength = if strength.is_none() && words_as_codes {
                        code_of_a_word(v, text[0]).then_some(1)
                    } else {
                        strength
                    };
                    let short_ok = short_ok || (words_as_codes && strength.is_some());
                    // "blue eyes" with blue in `skin_color` and `eye_color`: of equal
                    // readings, the column a word beside the value names.
                    // "waterford the opposition": an article between is passed over.
                    let article = |k: usize| {
                        tokens
                            .get(k)
                            .is_some_and(|t| matches!(t.lower.as_str(), "the" | "a" | "an"))
                    };
                    let after = if article(start + len) {
                        start + len + 1
                    } else {
                        start + len
                    };
                    let beside = |c: &ColumnRef| {
                        [start.checked_sub(1), Some(after)]
                            .into_iter()
                            .flatten()
                            .filter_map(|k| tokens.get(k))
                            .any(|t| {
                                c.words.iter().any(|w| {
                                    name_word_match(w, &[t.lower.as_str()]) == Some(WordMatch::Same)
                                })
                            })
                    };
                    // "cleveland freeze" is `Cleveland Freeze` before `Cleveland Freeze†`:
                    // of equal readings, the value spelt as said.
                    let said = text.join(" ");
                    let as_said = |v: &str| v.to_lowercase() == said;
                    if let Some(strength) = strength.filter(|_| short_ok)
                        && hit.as_ref().is_none_or(|(best, column, value)| {
                            strength > *best
                                || (strength == *best && as_said(v) && !as_said(value))
                                || (strength == *best
                                    && column != &c.name
                                    && beside(c)
                                    && !schema.get(column).is_some_and(beside))
                        })
                    {
                        hit = Some((strength, c.name.clone(), v.clone()));
                    }
                }
            }
            // "require premium gasoline" for `Gasoline (Premium Unleaded Required)`: words
            // said together that one value alone has among its own, in any order.
            let mut by_its_words = false;
            if hit.is_none() && len >= 2 {
                hit = value_of_words(schema, &text).map(|(c, v)| (1, c, v));
                by_its_words = hit.is_some();
            }
            // "gentoo" for `Gentoo penguin (Pygoscelis papua)`: the first word of a longer
            // value; "manual" for `manual(m5)`, `manual(m6)`: of several, one kind of them.
            let mut kind_of: Vec<String> = Vec::new();
            if hit.is_none() {
                // "Harvard" typed as a name, inside the question.
                let proper = start > 0 && raw[0].starts_with(|c: char| c.is_uppercase());
                match leading_word_values(schema, &text, proper) {
                    Some((c, mut values)) if values.len() == 1 => {
                        hit = values.pop().map(|v| (2, c, v));
                    }
                    Some((c, values)) => {
                        hit = Some((2, c, String::new()));
                        kind_of = values;
                    }
                    None => {}
                }
            }
            // "macneill" for `Mark MacNeill`: a person said by the last of their names.
            // Not a place said after "in" or "at" ("the tallest building in columbus").
            let at_a_place = start > 0 && matches!(tokens[start - 1].lower.as_str(), "in" | "at");
            if hit.is_none() && len == 1 && !at_a_place {
                hit = surname_value(schema, text[0]).map(|(c, v)| (2, c, v));
            }
            // "wheelchair race wins" over `Men's wheelchair` and `Women's wheelchair`: a
            // word that closes several categories of one column is their kind. Not a name
            // typed with a capital ("across Australia" is not `South Australia` and
            // `Western Australia`).
            if hit.is_none()
                && kind_of.is_empty()
                && len == 1
                && !raw[0].starts_with(|c: char| c.is_uppercase())
                && let Some((c, values)) = closing_word_values(schema, text[0])
            {
                hit = Some((2, c, String::new()));
                kind_of = values;
            }
            // "blue-collar" for `bc`, "white collar" for `wc`: a one-word value made of
            // the initials of the words said, when only one value is.
            if hit.is_none() && len >= 2 {
                let proper = raw.iter().all(|w| w.starts_with(char::is_uppercase));
                hit = initials_value(schema, &text, proper).map(|(c, v)| (1, c, v));
            }
            // "GE" for `General Electric`: a name typed in capitals that is the initials of
            // one value of several words.
            if hit.is_none() && len == 1 {
                hit = value_of_acronym(schema, raw[0]).map(|(c, v)| (1, c, v));
            }
            // "bookings from Portugal" over a `country` of `PRT`, `GBR`: a country named is
            // its code in a column of countries' codes.
            if hit.is_none() {
                hit = country_code_value(schema, &text.join(" ")).map(|(c, v)| (3, c, v));
            }
            // "expressed in joules" over `units` of `J`, `kg`, `m s^-1`: an SI unit said is
            // its symbol, in a column of units.
            if hit.is_none() && len == 1 {
                hit = unit_value(schema, text[0]).map(|(c, v)| (3, c, v));
            }
            // "Swedish women" for `Sweden`: the adjective of a country's name.
            if hit.is_none() && len == 1 {
                hit = country_of_adjective(schema, text[0]).map(|(c, v)| (1, c, v));
            }
            // "in ostrava" for `Bazaly, Ostrava`: a place said after "in", "at" or "from"
            // that is one part of comma-separated values (a venue, then its city).
            if hit.is_none()
                && start > 0
                && matches!(tokens[start - 1].lower.as_str(), "in" | "at" | "from")
                && let Some((c, values)) = place_part_values(schema, &text)
            {
                hit = Some((2, c, String::new()));
                kind_of = values;
            }
            // "Texas" for `TX`, "NY" for `New York`, "Quebec" for `QC`: a US state, a
            // Canadian province or an Australian state in its other spelling.
            // After "in" or "from" a state's name is the state even where another column
            // has a value spelt so ("counties in Ohio" with an `OHIO` county).
            let a_place = start > 0 && matches!(tokens[start - 1].lower.as_str(), "in" | "from");
            let spelt_so = hit
                .as_ref()
                .is_some_and(|(_, _, v)| v.to_lowercase() == text.join(" "));
            if (hit.is_none() || (a_place && spelt_so))
                && let Some(other) =
                    state_or_province(&text.join(" ")).or_else(|| state_or_province(&raw.join(" ")))
                && (hit.is_none()
                    || schema.columns.iter().any(|c| {
                        c.values
                            .iter()
                            .flatten()
                            .any(|v| v.eq_ignore_ascii_case(other))
                    }))
            {
                hit = schema.columns.iter().find_map(|c| {
                    let v = c
                        .values
                        .iter()
                        .flatten()
                        .find(|v| v.eq_ignore_ascii_case(other))?;
                    Some((3, c.name.clone(), v.clone()))
                });
                // Only inside lists ("NC,VA"): the part of those lists.
                if hit.is_none()
                    && let Some((c, values)) = schema
                        .columns
                        .iter()
                        .map(|c| (c, listing(c, other)))
                        .find(|(_, values)| !values.is_empty())
                {
                    hit = Some((3, c.name.clone(), String::new()));
                    kind_of = values;
                }
            }
            // "hurricanes that hit Florida" over `AffectedStates` of "FL", "NC,FL": a value
            // that is also a part of listed values is every list it is in.
            if kind_of.is_empty()
                && let Some((_, column, value)) = &hit
                && !value.is_empty()
                && let Some(c) = schema.get(column)
            {
                let lists = listing(c, value);
                if lists.len() > 1 {
                    kind_of = lists;
                }
            }
            // "a hard surface" over `Hard` and `Hard (i)`: the values named alike are one
            // kind, a note after the name only tells them apart.
            if kind_of.is_empty()
                && !by_its_words
                && let Some((_, column, value)) = &hit
                && !value.is_empty()
            {
                let name = name_of(value).unwrap_or(value).to_lowercase();
                let alike: Vec<String> = schema
                    .get(column)
                    .and_then(|c| c.values.as_ref())
                    .into_iter()
                    .flatten()
                    .filter(|v| name_of(v).unwrap_or(v).to_lowercase() == name)
                    .cloned()
                    .collect();
                if alike.len() > 1 {
                    kind_of = alike;
                    kind_of.sort();
                }
            }
            let hit = hit.map(|(_, column, value)| (column, value));
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
                // "other than India", "aside from 316", "apart from", "except for": the
                // value is left out.
                let left_out = start >= 2
                    && matches!(
                        (
                            tokens[start - 2].lower.as_str(),
                            tokens[start - 1].lower.as_str()
                        ),
                        ("other", "than") | ("aside" | "apart", "from") | ("except", "for")
                    );
                if left_out {
                    used[start - 2] = true;
                    used[start - 1] = true;
                }
                let negated = negated || left_out;
                used[start..start + len].iter_mut().for_each(|u| *u = true);
                let filter = if kind_of.is_empty() {
                    Filter::on(
                        column,
                        if negated { Cmp::Ne } else { Cmp::Eq },
                        serde_json::Value::String(value),
                    )
                } else {
                    Filter::on(
                        column,
                        if negated { Cmp::NotIn } else { Cmp::In },
                        serde_json::Value::from(kind_of),
                    )
                };
                found.push((start, filter));
            }
        }
    }
    found.sort_by_key(|f| f.0);
    found
}

/// "weekends vs weekdays" over a `dayType` of `weekend` and `weekday`, beside a `weekday`
/// column: two words joined by "and", "or" or "vs" that are both values of one column are
/// those values, even where one of them also names a column (like is set against like).
/// Marks their words used and returns them as [`match_values`] does.
pub(crate) fn coordinated_values(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
) -> Vec<(usize, Filter)> {
    let joins = |k: usize| {
        matches!(
            tokens[k].lower.as_str(),
            "and" | "or" | "vs" | "versus" | "against"
        )
    };
    // Most questions join nothing: no second reading of their values.
    if !(1..tokens.len().saturating_sub(1)).any(joins) {
        return Vec::new();
    }
    let mut trial = used.to_vec();
    let found = match_values(schema, tokens, &mut trial, 1);
    let mut kept: Vec<(usize, Filter)> = Vec::new();
    for pair in found.windows(2) {
        let ((a, fa), (b, fb)) = (&pair[0], &pair[1]);
        if *b == a + 2
            && joins(a + 1)
            && fa.column == fb.column
            && fa.op == Cmp::Eq
            && fb.op == Cmp::Eq
            && fa.value != fb.value
        {
            for (k, f) in [(*a, fa), (*b, fb)] {
                if !kept.iter().any(|(at, _)| *at == k) {
                    used[k] = true;
                    kept.push((k, f.clone()));
                }
            }
        }
    }
    kept
}

/// The one value (of any column of a few dozen categories or fewer) of more words than
/// `said` that has each of them among its words, in any order and any inflection
/// ("require premium gasoline" for `Gasoline (Premium Unleaded Required)`). Every word said
/// is a word of the value's kind, none of the question's grammar.
fn value_of_words(schema: &Schema, said: &[&str]) -> Option<(String, String)> {
    if said
        .iter()
        .any(|w| w.len() < 3 || !w.chars().all(char::is_alphabetic) || KEYWORDS.contains(w))
    {
        return None;
    }
    // "which mountain peak" over `Mountain Peak` holding "White Mountain Peak": words
    // that name a column are that column.
    let names_a_column = schema
        .columns
        .iter()
        .any(|c| said.iter().all(|w| c.words.iter().any(|n| same_noun(n, w))));
    if names_a_column {
        return None;
    }
    let alike = |v: &str, w: &str| {
        let (short, long) = if v.len() <= w.len() { (v, w) } else { (w, v) };
        v == w
            || singular(v) == singular(w)
            || (short.len() >= 5 && long.starts_with(short) && long.len() - short.len() <= 2)
    };
    let few =
        |c: &&ColumnRef| c.kind == Kind::Text && c.values.as_ref().is_some_and(|v| v.len() <= 60);
    let mut found = schema.columns.iter().filter(few).flat_map(|c| {
        c.values
            .iter()
            .flatten()
            .filter(|v| {
                let words: Vec<String> = tokenize(v).into_iter().map(|t| t.lower).collect();
                // Said in the value's own order, the words are a name cut short ("technological
                // university" of "Michigan Technological University"), which is no one value;
                // a label longer than six words is a note.
                let in_order = words
                    .windows(said.len())
                    .any(|run| run.iter().zip(said).all(|(vw, w)| alike(vw, w)));
                words.len() > said.len()
                    && words.len() <= 6
                    && !in_order
                    && said.iter().all(|w| words.iter().any(|vw| alike(vw, w)))
            })
            .map(|v| (c.name.clone(), v.clone()))
    });
    let one = found.next()?;
    found.next().is_none().then_some(one)
}
