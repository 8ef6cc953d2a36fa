//! Filter values in questions: the actual values of text columns, matched in any case,
//! in the plural, or as adjectives ("rainy" for `rain`, "japanese" for `Japan`).

use super::codes::unit_symbol;
use super::country::{COUNTRIES, country_codes};
use super::intent::{Cmp, Filter};
use super::keywords::{KEYWORDS, is_superlative};
use super::matching::{WordMatch, name_word_match};
use super::schema::{ColumnRef, Kind, Schema};
use super::words::{
    MONTHS, PAST, Token, WEEKDAYS, after_its_number, made_from, ordinal, same_noun, sex_of,
    singular, state_or_province, synonym, tokenize,
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

/// Whether a column holds countries' codes of one length: nine values in ten or more are
/// codes of it (so a column of US state codes, many of which are also countries', is not,
/// nor is one named for states or provinces).
fn holds_country_codes(column: &ColumnRef, length: usize) -> bool {
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
fn country_code_value(schema: &Schema, said: &str) -> Option<(String, String)> {
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

/// A column of a few short codes in capitals (`BNK`, `MIN`, `AGR`; `CAN`, `US`, `UK`).
fn coded(column: &ColumnRef) -> bool {
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
fn code_of_a_word(code: &str, word: &str) -> bool {
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
const MAX_LETTER_CODES: usize = 6;

/// The most values a column may have for its values to be read from initials.
const MAX_CODED: usize = 20;

/// The one value (of any column) that is the initials of `words`, all alphabetic words
/// that are no grammar: "blue collar" → `bc`.
/// Initials stand for a name's nouns and adjectives ("orange juice" → `OJ`), not for a verb
/// ("departed late" is no `DL`).
fn initials_value(schema: &Schema, words: &[&str], proper: bool) -> Option<(String, String)> {
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

/// Adjectives of countries that do not begin as the country's name does, with the names
/// a table may give the country.
const COUNTRY_ADJECTIVES: &[(&str, &[&str])] = &[
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
const ADJECTIVE_OF_PLACE: &[&str] = &["ish", "ian", "ese", "an", "i", "ic"];

/// "Swedish" → `Sweden`, "Norwegian" → `Norway`, "Japanese" → `Japan`, "French" →
/// `France`: the one value (of any column) that is the country an adjective is of, by the
/// lexicon's irregular ones, or by a place ending after four letters or more the name
/// begins with.
fn country_of_adjective(schema: &Schema, word: &str) -> Option<(String, String)> {
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

/// The one value (of any column of categories) of two or more words whose initials are
/// `typed`, a word in capitals of two to five letters: "GE" → `General Electric`, "BoA" is
/// not typed so. Grammar words in the value give no letter ("Bank of America" is "BA").
fn value_of_acronym(schema: &Schema, typed: &str) -> Option<(String, String)> {
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

/// Whether a value ends as a sentence does, a full stop after a word in lower case
/// ("... with full clutch."), not after initials ("White, M.D.").
fn ends_a_sentence(value: &str) -> bool {
    let Some(body) = value.trim_end().strip_suffix('.') else {
        return false;
    };
    let last: String = body
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect();
    last.chars().count() >= 3 && last.chars().all(char::is_lowercase)
}

/// The values of one column whose first words, of more, are those `said` (the first in
/// either number, four letters or more, or three with words after it: "men's open" of
/// `Men's open division`), with the column: one value ("gentoo" for `Gentoo penguin
/// (Pygoscelis papua)`), or several when the first words sort the column's values into
/// kinds (`manual(m5)`, `manual(m6)` beside `auto(l4)`). `None` when two columns have such
/// values, or every value of the column starts with the word.
fn leading_word_values(
    schema: &Schema,
    said: &[&str],
    proper: bool,
) -> Option<(String, Vec<String>)> {
    let word = *said.first()?;
    // "the tallest building" over notes that start "Tallest building in ...": a
    // superlative ranks, it does not pick the notes that say it. A word of three letters
    // leads a value only with the words after it ("men's open" of `Men's open division`).
    let shortest = if said.len() > 1 { 3 } else { 4 };
    if word.len() < shortest
        || !word.chars().all(char::is_alphabetic)
        || is_superlative(word)
        || said.iter().any(|w| KEYWORDS.contains(w) && *w != "s")
    {
        return None;
    }
    let mut found = None;
    for c in &schema.columns {
        let Some(values) = &c.values else {
            continue;
        };
        // Not the first word of a title in a column of names, mostly different ("born" is
        // not the film "Born Yesterday"): a kind of value is a category's. A word typed
        // with a capital inside the question is a name, though, and the first word of one
        // name only ("Harvard" for `Harvard University`) is that name.
        let names = schema.rows >= 20 && values.len() * 2 > schema.rows;
        if names && !proper {
            continue;
        }
        let mut starting: Vec<String> = values
            .iter()
            .filter(|v| {
                let words = tokenize(v);
                // A note, not a label ("Nest never observed with full clutch."): a
                // sentence is not picked by its first word.
                let sentence = words.len() >= 4 && ends_a_sentence(v);
                !sentence
                    && words.len() > said.len()
                    && same_noun(&words[0].lower, word)
                    && words[1..said.len()]
                        .iter()
                        .zip(&said[1..])
                        .all(|(w, s)| w.lower == *s)
            })
            .cloned()
            .collect();
        // In one order whatever order the data has them in, so a plan reads the same.
        starting.sort();
        if starting.is_empty() || (names && starting.len() > 1) {
            continue;
        }
        if found.is_some() || (starting.len() > 1 && starting.len() == values.len()) {
            return None;
        }
        found = Some((c.name.clone(), starting));
    }
    found
}

/// The values of one column of categories, two or more but not all, of several words whose
/// last word is `word` ("wheelchair" for `Men's wheelchair` and `Women's wheelchair`), with
/// the column. `None` when another column has such values too, or the word closes more than
/// half the column's values.
fn closing_word_values(schema: &Schema, word: &str) -> Option<(String, Vec<String>)> {
    if word.len() < 4 || !word.chars().all(char::is_alphabetic) || KEYWORDS.contains(&word) {
        return None;
    }
    let mut found = None;
    for c in &schema.columns {
        let Some(values) = c.values.as_ref().filter(|v| v.len() <= MAX_CODED) else {
            continue;
        };
        let mut closing: Vec<String> = values
            .iter()
            // Not the part after a comma ("Bazaly, Ostrava"): a place, read after "in".
            .filter(|v| !v.contains(','))
            .filter(|v| {
                let words = tokenize(v);
                words.len() > 1 && words.last().is_some_and(|w| same_noun(&w.lower, word))
            })
            .cloned()
            .collect();
        if closing.is_empty() {
            continue;
        }
        // A word that closes most of the values is what they all are ("Super Series").
        if found.is_some() || closing.len() < 2 || closing.len() * 2 > values.len() {
            return None;
        }
        closing.sort();
        found = Some((c.name.clone(), closing));
    }
    found
}

/// The one value in the data, of two words or more, whose last word is `word` ("macneill"
/// for `Mark MacNeill`, "jordan" for `John T. Jordan`): a person said by their surname.
/// `None` when no value or several end so, or the word is short, a number or grammar.
fn surname_value(schema: &Schema, word: &str) -> Option<(String, String)> {
    if word.len() < 4 || !word.chars().all(char::is_alphabetic) || KEYWORDS.contains(&word) {
        return None;
    }
    let mut found = None;
    for c in schema
        .columns
        .iter()
        .filter(|c| holds_names(c, schema.rows))
    {
        for v in c.values.iter().flatten() {
            // Split at spaces, not at capitals: `MacNeill` is one name.
            let name = name_of(v).unwrap_or(v);
            let words: Vec<&str> = name.split_whitespace().collect();
            let last = words
                .last()
                .map(|w| w.trim_matches(|ch: char| !ch.is_alphabetic()));
            if words.len() >= 2 && last.is_some_and(|w| w.to_lowercase() == word) {
                if found.is_some() {
                    return None;
                }
                found = Some((c.name.clone(), v.clone()));
            }
        }
    }
    found
}

/// Whether a column's values are people's names by their shape: most (four in five) are
/// two to four words, each capitalised, of letters (and `.`, `'`, `-`), no commas and no
/// figures; and most values differ (a genre or a label repeats, a name mostly not).
fn holds_names(c: &ColumnRef, rows: usize) -> bool {
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
fn place_part_values(schema: &Schema, said: &[&str]) -> Option<(String, Vec<String>)> {
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

/// The values of one text column that say `word` among their words ("pakistan" in `To
/// Pakistan as Babur`), with the column: a last reading of a condition nothing else read. `None` when two columns have such values,
/// or the word is in most of the column's values (it says what they all are), short or
/// grammar.
pub(crate) fn values_saying(schema: &Schema, word: &str) -> Option<(String, Vec<String>)> {
    if word.len() < 4 || !word.chars().all(char::is_alphabetic) || KEYWORDS.contains(&word) {
        return None;
    }
    let mut found = None;
    // Not the column that names the rows: a word inside names ("Wisconsin" of `Wisconsin
    // Dells` among Wisconsin's cities) describes, it does not pick.
    let names = schema.identifier();
    for c in &schema.columns {
        let Some(values) = c.values.as_ref().filter(|_| Some(c.name.as_str()) != names) else {
            continue;
        };
        let mut saying: Vec<String> = values
            .iter()
            .filter(|v| tokenize(v).iter().any(|t| same_noun(&t.lower, word)))
            .cloned()
            .collect();
        if saying.is_empty() {
            continue;
        }
        if found.is_some() || saying.len() * 2 > values.len() {
            return None;
        }
        saying.sort();
        found = Some((c.name.clone(), saying));
    }
    found
}

/// The values of a column of comma-separated lists ("NC,VA", "TX, LA") that hold `part`
/// as one of their items, in any case. Empty unless some value is such a list.
fn listing(c: &ColumnRef, part: &str) -> Vec<String> {
    let Some(values) = c.values.as_ref() else {
        return Vec::new();
    };
    let items =
        |v: &str| -> Vec<String> { v.split(',').map(|p| p.trim().to_lowercase()).collect() };
    let lists = values.iter().filter(|v| items(v).len() > 1).count();
    if lists == 0 {
        return Vec::new();
    }
    let part = part.to_lowercase();
    values
        .iter()
        .filter(|v| items(v).contains(&part))
        .cloned()
        .collect()
}

/// The name a value starts with, before what it adds: a note in brackets ("Ukraine" of
/// "Ukraine (UKR)") or a paragraph after a blank line ("US Bank Plaza" of "US Bank
/// Plaza\n\nUS Bank Building in Downtown Boise"; a single line break only wraps a name).
fn name_of(value: &str) -> Option<&str> {
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
fn before_a_note(value: &str) -> Option<&str> {
    let open = value.strip_suffix(')')?.rfind(" (")?;
    let name = value[..open].trim_end();
    (!name.is_empty() && !name.contains('(')).then_some(name)
}

/// Whether a word said in lower case cannot be an English word, so it may be a code
/// typed without its capitals ("cbs" for `CBS`, "l33" for `L33`): two letters or more with
/// no vowel, or letters and figures mixed.
fn no_word(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let figures = word.chars().any(|c| c.is_ascii_digit());
    let vowel = word.chars().any(|c| "aeiouy".contains(c));
    letters >= 1 && word.chars().all(char::is_alphanumeric) && ((letters >= 2 && !vowel) || figures)
}

/// How strongly a question word reads as a value's word: 4 the same (or its plural, or an
/// adjective made from it), 3 a synonym or the same ordinal ("first" for `1st`), 2 cut
/// short, 1 abbreviated; `None` not at all.
fn value_word_strength(value_word: &str, word: &str) -> Option<u8> {
    let same = value_word == word
        || (value_word.len() > 3 && singular(word) == value_word)
        // "gases", "boxes", "classes": plurals in -es.
        || (value_word.len() >= 3 && word.strip_suffix("es") == Some(value_word))
        // "suvs" for `suv`: a short value with an s.
        || (value_word.len() == 3
            && value_word.chars().all(char::is_alphabetic)
            && word.strip_suffix('s') == Some(value_word))
        || derived(word, value_word)
        || member_of(word, value_word)
        // "italians" for `Italy`, "cubans" for `Cuba`: the adjective as a plural noun.
        || (word.len() > 5 && word.ends_with("ns") && derived(singular(word), value_word))
        || (value_word.len() > 3
            && value_word.ends_with('y')
            && word.strip_suffix("ies") == value_word.strip_suffix('y'));
    if same {
        return Some(4);
    }
    // "banks" for `Banking`, "mines" for `Mining`: the trade of those the word names.
    if value_word.len() >= 6 && made_from(value_word, singular(word), &["ing"]) {
        return Some(3);
    }
    // "Sunday" for `Sun`, "September" for `Sept`: a day or month said in full.
    if value_word.len() >= 3
        && word.len() > value_word.len()
        && word.starts_with(value_word)
        && (WEEKDAYS.contains(&word) || MONTHS.contains(&word))
    {
        return Some(3);
    }
    // "first class" for `1st`, "3rd" for `third`: the same ordinal in words or figures.
    if ordinal(word).is_some() && ordinal(word) == ordinal(value_word) {
        return Some(3);
    }
    if !stands_for(value_word, word) {
        return None;
    }
    Some(if synonym(word, value_word) {
        3
    } else if word.starts_with(value_word) {
        2
    } else {
        1
    })
}

/// Whether a question word stands for a value's word that is cut short or abbreviated
/// ("herbivores" for `herbi`, "assistant" for `Asst`), or is its synonym ("women" for
/// `Female`). Cut-short values need four letters, abbreviations three, so that short codes
/// are not read into ordinary words.
fn stands_for(value_word: &str, word: &str) -> bool {
    match name_word_match(value_word, &[word]) {
        Some(WordMatch::Same) => value_word.len() >= 4 && word.starts_with(value_word),
        // "Mgr", "Asst", "Qty": an abbreviation keeps consonants; a value with vowels after
        // its first letter is a word of its own ("Tea" is not "texas").
        Some(WordMatch::Abbreviation) => {
            value_word.len() >= 3
                && !value_word
                    .chars()
                    .skip(1)
                    .any(|c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u'))
        }
        Some(WordMatch::Synonym) => true,
        // "diarrhoea" for `Diarrhaea`: a long word spelt one letter apart.
        Some(WordMatch::Typo) => value_word.len() >= 7 && word.len() == value_word.len(),
        _ => false,
    }
}

/// Whether a question word names those who belong to a value ("senators" of `senate`,
/// "musicians" of `music`, "librarians" of `library`): the value (its last `e` or `y`
/// dropped) and an ending of persons. Values of five letters or more only.
fn member_of(word: &str, value: &str) -> bool {
    if value.len() < 5 || !value.chars().all(char::is_alphabetic) {
        return false;
    }
    let one = singular(word);
    let stem = value
        .strip_suffix('e')
        .or_else(|| value.strip_suffix('y'))
        .unwrap_or(value);
    [value, stem].iter().any(|base| {
        one.strip_prefix(base)
            .is_some_and(|rest| matches!(rest, "or" | "ian" | "ist"))
    })
}

/// Whether a question word is an adjective made from a value: "rainy" from `rain`, "sunny"
/// from `sun`, "japanese" from `Japan`, "european" from `Europe`, "italian" from `Italy`.
fn derived(word: &str, value: &str) -> bool {
    let Some(rest) = word.strip_prefix(value) else {
        // "germany" → german, "italy" → italian; "canada" → canadian, "russia" → russian,
        // "ukraine" → ukrainian, "europe" → european: the last vowel gives way.
        let last = value.chars().last();
        let stem = last.map(|c| &value[..value.len() - c.len_utf8()]);
        let rest = stem.and_then(|s| word.strip_prefix(s));
        return match (last, rest) {
            (Some('y'), Some(r)) => value.len() > 4 && matches!(r, "ian" | "" | "an"),
            (Some('a'), Some(r)) => {
                value.len() >= 4
                    && value.chars().all(char::is_alphabetic)
                    && matches!(r, "an" | "ian")
            }
            (Some('e'), Some(r)) => {
                value.len() >= 4
                    && value.chars().all(char::is_alphabetic)
                    && matches!(r, "ian" | "ean")
            }
            _ => false,
        };
    };
    if value.len() < 3 || !value.chars().all(char::is_alphabetic) {
        return false;
    }
    let doubled = value.chars().last().map(|c| format!("{c}y"));
    rest == "y"
        || doubled.as_deref() == Some(rest)
        || (value.len() >= 4 && matches!(rest, "ese" | "an" | "ian" | "n" | "ish"))
        // "rowers" from `Row`, "swimmers" from `Swim`, "riders" from `ride`, "violinists"
        // from `violin`: a noun for those who do it.
        || made_from(word.strip_suffix('s').unwrap_or(word), value, &["er", "r", "ist"])
}

#[cfg(test)]
mod tests {
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
        let s =
            schema("name,category,value\nBank,Media,1\nCitigroup,Banking,2\nShell,Oil & gas,3\n");
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
        let s = schema(
            "firm,value\nGeneral Electric,10\nGeneral Motors,12\nBank of America,3\nIBM,5\n",
        );
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
        let series = schema(
            "title\nKorea Open Super Series Premier\nJapan Super Series\nIndia Super Series\n",
        );
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
}
