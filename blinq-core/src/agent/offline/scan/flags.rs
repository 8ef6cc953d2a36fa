//! Yes/no columns said by their words: flags, their negations, opposites and sexes.

use crate::agent::offline::found::{Mention, Role, Scan};
use crate::agent::offline::intent::{Cmp, Filter};
use crate::agent::offline::keywords::KEYWORDS;
use crate::agent::offline::matching::{WordMatch, compound_of, name_word_match, span_score};
use crate::agent::offline::refine::flag_value;
use crate::agent::offline::schema::{ColumnRef, Kind, Schema};
use crate::agent::offline::values::the_one_named_by;
use crate::agent::offline::words::{
    Token, is_participle, opposite_state, same_noun, same_stem, sex_of, singular, synonym,
    word_weight,
};

/// Names of yes/no columns that say whether someone left: staff, customers, members.
const LEAVING_NAMES: &[&str] = &[
    "attrition",
    "churn",
    "churned",
    "exited",
    "turnover",
    "quit",
];

/// Whether a word says leaving (`Some(true)`: "left", "quit") or staying (`Some(false)`:
/// "stayed", "remained").
fn leaving(word: &str) -> Option<bool> {
    match word {
        "left" | "leave" | "leaving" | "quit" | "quitting" | "churned" | "departed" | "exited" => {
            Some(true)
        }
        "stayed" | "stay" | "staying" | "remained" | "retained" => Some(false),
        _ => None,
    }
}

/// "average age of survivors", "how many survivors": another form of a yes/no column's
/// one-word name (not the name itself, which is read as the column) is its yes, or its no
/// after "non"/"not"; a word for its opposite ("died" for `survived`) is its no.
pub(super) fn flag_forms(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
) -> Vec<(usize, Filter)> {
    let mut found = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        // A word of the data's name ("survival" in `titanic_survival`) names its rows.
        if used[i] || !t.lower.chars().all(char::is_alphabetic) || schema.is_row_noun(&t.lower) {
            continue;
        }
        let negated = i > 0 && matches!(tokens[i - 1].lower.as_str(), "non" | "not" | "no");
        // "how many passengers died" over `survived`: the word for its no.
        let opposite = opposite_state(&t.lower).and_then(|state| {
            flag_of_word(schema, state, true, negated)
                .or_else(|| flag_named_whole(schema, state, negated))
        });
        // "uninsured" over `insurance`: the form of its name with "un" before it.
        let undone = t
            .lower
            .strip_prefix("un")
            .filter(|rest| rest.len() >= 5 && !negated)
            .and_then(|rest| flag_of_word(schema, rest, false, false));
        // "employees who left" over `Attrition`, "customers who stayed" over `churn`.
        let leaving = leaving(&t.lower).and_then(|yes| {
            LEAVING_NAMES
                .iter()
                .find_map(|n| flag_of_word(schema, n, true, yes != negated))
        });
        let Some(filter) = opposite
            .or(undone)
            .or(leaving)
            .or_else(|| flag_of_word(schema, &t.lower, false, !negated))
        else {
            continue;
        };
        // "miles walked", "calories burned": a participle right after an amount's column
        // says how the amount came about (see `noun_before_its_participle`).
        if !negated
            && t.lower.ends_with("ed")
            && i > 0
            && amount_named(schema, &tokens[i - 1].lower)
        {
            continue;
        }
        used[i] = true;
        if negated {
            used[i - 1] = true;
        }
        found.push((i, filter));
    }
    found
}

/// Whether `word` names a numeric column of amounts (not a yes/no one) by one of its name
/// words or a synonym ("miles" for `Miles`, "calories" for `Kcal`).
fn amount_named(schema: &Schema, word: &str) -> bool {
    schema.columns.iter().any(|c| {
        c.kind == Kind::Number
            && !c.binary
            && !c.labels_rows()
            && c.words
                .iter()
                .any(|w| same_noun(w, word) || synonym(word, w))
    })
}

/// The `= yes` filter of the one yes/no column named for a deed done to a thing
/// (`received_callback`, `got_loan`), said by the thing ("callback rate").
fn flag_of_a_deed(schema: &Schema, word: &str) -> Option<Filter> {
    let mut flags = schema.columns.iter().filter_map(|c| {
        let [deed, thing] = c.words.as_slice() else {
            return None;
        };
        (is_participle(deed) && (thing == word || singular(word) == thing))
            .then(|| flag_value(schema, &c.name, true))
            .flatten()
            .map(|v| Filter::on(c.name.clone(), Cmp::Eq, v))
    });
    match (flags.next(), flags.next()) {
        (Some(filter), None) => Some(filter),
        _ => None,
    }
}

/// "survival rate by class", "attrition rate": a rate of a yes/no column (said as its name
/// or another form of it, "survival" for `survived`) is the percentage of rows where it is
/// yes, not a column with "rate" in its name.
pub(super) fn flag_rates(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    for i in 1..tokens.len() {
        if !matches!(tokens[i].lower.as_str(), "rate" | "rates") || used[i] || used[i - 1] {
            continue;
        }
        let word = tokens[i - 1].lower.as_str();
        let Some(rate) = flag_of_word(schema, word, true, true)
            .or_else(|| flag_of_a_deed(schema, word))
            .or_else(|| side_of_two_values(schema, word))
        else {
            continue;
        };
        used[i - 1] = true;
        used[i] = true;
        out.share = true;
        out.rate_of = Some(rate.clone());
        out.filters.push(rate);
    }
}

/// "death rate" over an `outcome` of `live` and `dead`: the one value of a column of two
/// that a word says (or a synonym of it) is the side whose rate is asked.
fn side_of_two_values(schema: &Schema, word: &str) -> Option<Filter> {
    let mut sides = schema.columns.iter().filter_map(|c| {
        let values = c.values.as_ref().filter(|v| v.len() == 2)?;
        let v = values.iter().find(|v| {
            let v = v.to_lowercase();
            v == word || synonym(word, &v) || same_stem(word, &v)
        })?;
        Some(Filter::on(
            c.name.clone(),
            Cmp::Eq,
            serde_json::Value::String(v.clone()),
        ))
    });
    match (sides.next(), sides.next()) {
        (Some(side), None) => Some(side),
        _ => None,
    }
}

/// "spam vs non-spam emails", "smokers and non-smokers", "working days compared with
/// non-working days": a yes/no column said with its negation compares its two values, so
/// it is a group.
pub(super) fn flag_and_its_negation(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    out: &mut Scan,
) {
    for i in 0..tokens.len().saturating_sub(3) {
        let [said, joint, non, again] = &tokens[i..i + 4] else {
            continue;
        };
        if !matches!(joint.lower.as_str(), "vs" | "versus" | "and" | "or")
            || !matches!(non.lower.as_str(), "non" | "not")
            || used[i..i + 4].iter().any(|u| *u)
        {
            continue;
        }
        let Some(flag) = flag_of_word(schema, &said.lower, true, true) else {
            continue;
        };
        let same =
            flag_of_word(schema, &again.lower, true, true).is_some_and(|f| f.column == flag.column);
        if !same {
            continue;
        }
        used[i..i + 4].iter_mut().for_each(|u| *u = true);
        out.mentions.push(Mention::of(flag.column, Role::Group));
    }
    // "working days compared with non-working days", "the faces of cheaters and of
    // non-cheaters": a flag's words, joining words, then "non" and its words again.
    const JOINING: &[&str] = &[
        "and", "or", "vs", "versus", "compared", "with", "to", "of", "for", "the", "against",
    ];
    for k in 1..tokens.len().saturating_sub(1) {
        if tokens[k].lower != "non" || used[k] {
            continue;
        }
        let Some((flag, last)) = flag_named_at(schema, tokens, k + 1, 3) else {
            continue;
        };
        let first = (k.saturating_sub(8)..k).find(|&j| {
            !used[j]
                && flag_named_at(schema, tokens, j, 3).is_some_and(|(c, end)| {
                    c.name == flag.name
                        && end < k
                        && tokens[end + 1..k]
                            .iter()
                            .all(|t| JOINING.contains(&t.lower.as_str()))
                })
        });
        if let Some(first) = first
            && !used[k..=last].iter().any(|u| *u)
        {
            used[first..=last].iter_mut().for_each(|u| *u = true);
            out.mentions
                .push(Mention::of(flag.name.clone(), Role::Group));
        }
    }
}

/// "with and without a seatbelt", "customers with and without an international plan": the
/// column after both (a yes/no, or any of three values or fewer, said whole or abbreviated)
/// is the group.
pub(super) fn with_and_without(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    out: &mut Scan,
) {
    for i in 0..tokens.len().saturating_sub(3) {
        let said = |k: usize, w: &str| tokens.get(k).is_some_and(|t| t.lower == w);
        if !(said(i, "with") && said(i + 1, "and") && said(i + 2, "without"))
            || used[i..i + 3].iter().any(|u| *u)
        {
            continue;
        }
        let at = if matches!(tokens[i + 3].lower.as_str(), "a" | "an" | "the") {
            i + 4
        } else {
            i + 3
        };
        let Some((column, end)) = flag_named_at(schema, tokens, at, 3) else {
            continue;
        };
        used[i..=end].iter_mut().for_each(|u| *u = true);
        out.mentions
            .push(Mention::of(column.name.clone(), Role::Group));
    }
}

/// The column of two or three values ("yes"/"no") that the words from `at` name, said whole
/// or abbreviated ("air conditioning" for `aircon`), maybe after up to two words that
/// qualify it ("a shall-carry law" for `law`), and the index of its last word.
fn flag_named_at<'s>(
    schema: &'s Schema,
    tokens: &[Token],
    at: usize,
    longest: usize,
) -> Option<(&'s ColumnRef, usize)> {
    let end_at = tokens.len().min(at + longest);
    (at..end_at).find_map(|start| {
        schema.columns.iter().find_map(|c| {
            if !c.binary && c.values.as_ref().is_none_or(|v| v.len() > 3) {
                return None;
            }
            (start..end_at).find_map(|end| {
                let words: Vec<&str> = tokens[start..=end]
                    .iter()
                    .map(|t| t.lower.as_str())
                    .collect();
                span_score(&c.words, &words, word_weight)
                    .is_some_and(|s| s >= 0.85)
                    .then_some((c, end))
            })
        })
    })
}

/// "for the self-employed and for everyone else", "African-American and other applicants",
/// "babies whose mothers smoked and those whose mothers did not": a yes/no column's word,
/// then "and" the others, compares its two values, a group.
pub(super) fn flag_and_the_rest(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    out: &mut Scan,
) {
    for j in 1..tokens.len().saturating_sub(1) {
        // "and", "vs", "compared with".
        let joint = match tokens[j].lower.as_str() {
            "and" | "vs" | "versus" => 1,
            "compared"
                if tokens
                    .get(j + 1)
                    .is_some_and(|t| matches!(t.lower.as_str(), "with" | "to")) =>
            {
                2
            }
            _ => continue,
        };
        if used[j..j + joint].iter().any(|u| *u) {
            continue;
        }
        let mut k = j + joint;
        while tokens
            .get(k)
            .is_some_and(|t| matches!(t.lower.as_str(), "for" | "of" | "the" | "all"))
        {
            k += 1;
        }
        let Some(word) = tokens.get(k).map(|t| t.lower.as_str()) else {
            continue;
        };
        // "those whose mothers did not", "those who don't": the rest, said by a negation.
        let negation = (k + 1..tokens.len().min(k + 6))
            .find(|&n| matches!(tokens[n].lower.as_str(), "not" | "never" | "t" | "without"));
        let end = match word {
            "other" | "others" | "everyone" | "everybody" | "rest" | "non" => {
                if tokens.get(k + 1).is_some_and(|t| t.lower == "else") {
                    k + 1
                } else {
                    k
                }
            }
            "those" | "the" => match negation {
                Some(n) => n,
                None => continue,
            },
            // "society journals compared with commercial ones": the others, said by a word.
            _ if tokens.get(k + 1).is_some_and(|t| t.lower == "ones") => k + 1,
            _ => continue,
        };
        // The flag's words end before "and", at most four words before it.
        let named = (j.saturating_sub(5)..j).rev().find_map(|at| {
            flag_named_at(schema, tokens, at, j - at)
                .filter(|(_, last)| *last < j)
                .map(|(c, last)| (at, c, last))
        });
        let Some((first, column, last)) = named else {
            continue;
        };
        if used[first..=last].iter().any(|u| *u) {
            continue;
        }
        used[first..=last].iter_mut().for_each(|u| *u = true);
        used[j..=end].iter_mut().for_each(|u| *u = true);
        out.mentions
            .push(Mention::of(column.name.clone(), Role::Group));
    }
}

/// "private and public colleges" over `Private`, "survivors or the dead": a yes/no column's
/// word and a word the lexicon gives as its opposite compare its two values, a group.
pub(super) fn flag_and_its_opposite(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    out: &mut Scan,
) {
    for i in 0..tokens.len().saturating_sub(2) {
        // "home games and in away games": the noun after each word, and a preposition
        // before the second, may be said.
        let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
        let noun = usize::from(
            i + 3 < tokens.len()
                && !used[i + 1]
                && !KEYWORDS.contains(&word(i + 1))
                && (2..=3).any(|k| word(i + 2 + k) == word(i + 1)),
        );
        let joint_at = i + 1 + noun;
        let preposition = usize::from(matches!(
            word(joint_at + 1),
            "in" | "for" | "of" | "at" | "on"
        ));
        let b_at = joint_at + 1 + preposition;
        let last = if noun == 1 { b_at + 1 } else { b_at };
        if b_at >= tokens.len() || last >= tokens.len() {
            continue;
        }
        let (a, joint, b) = (&tokens[i], &tokens[joint_at], &tokens[b_at]);
        if !matches!(joint.lower.as_str(), "vs" | "versus" | "and" | "or")
            || used[i..=last].iter().any(|u| *u)
        {
            continue;
        }
        let opposed = |said: &Token, other: &Token| {
            opposite_state(&other.lower)
                .and_then(|state| {
                    let flag = flag_of_word(schema, &said.lower, true, true)?;
                    flag_of_word(schema, state, true, true)
                        .filter(|f| f.column == flag.column)
                        .map(|_| flag)
                })
                // "fertilized vs unfertilized trees" over `Fert`: the word and its
                // negation by "un", over the one yes/no column the word names.
                .or_else(|| {
                    (other.lower.strip_prefix("un") == Some(said.lower.as_str()))
                        .then(|| flag_named_by(schema, &said.lower))
                        .flatten()
                })
        };
        let Some(flag) = opposed(a, b).or_else(|| opposed(b, a)) else {
            continue;
        };
        used[i..=last].iter_mut().for_each(|u| *u = true);
        out.mentions.push(Mention::of(flag.column, Role::Group));
    }
}

/// "for men and women", "males vs females", "for men and for women": both sexes named
/// together, over the one `sex` (or `gender`) column of two or three codes that are no
/// words for a sex (`1` and `2`), or the one yes/no column named for a sex (`female` of 0
/// and 1), are its groups. Which code is which is not known, so each sex alone is no
/// condition; both together need no code.
pub(super) fn both_sexes(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    let coded = |c: &&ColumnRef| {
        let few = match (&c.values, c.range) {
            (Some(values), _) => values.len() <= 3 && !values.iter().any(|v| sex_of_code(v)),
            (None, Some((low, high))) => c.kind == Kind::Number && high - low <= 2.0,
            _ => false,
        };
        let sex_flag = matches!(c.words.as_slice(), [w] if sex_of(w).is_some())
            && flag_value(schema, &c.name, true).is_some();
        (few && c.words.iter().any(|w| w == "sex" || synonym(w, "sex"))) || sex_flag
    };
    let columns: Vec<&ColumnRef> = schema.columns.iter().filter(coded).collect();
    // "male and female faces" beside `FaceSex` and `RaterSex`: of several, the one the
    // word after the pair names.
    let column_after = |end: usize| -> Option<&ColumnRef> {
        if let [column] = columns.as_slice() {
            return Some(column);
        }
        the_one_named_by(&columns, &tokens.get(end + 1)?.lower)
    };
    if columns.is_empty() {
        return;
    }
    for i in 0..tokens.len().saturating_sub(2) {
        let preposition = usize::from(
            tokens
                .get(i + 2)
                .is_some_and(|t| matches!(t.lower.as_str(), "for" | "among" | "of")),
        );
        let end = i + 2 + preposition;
        let (a, joint) = (&tokens[i], &tokens[i + 1]);
        let Some(b) = tokens.get(end) else {
            continue;
        };
        let (Some(one), Some(other)) = (sex_of(&a.lower), sex_of(&b.lower)) else {
            continue;
        };
        if one == other
            || !matches!(joint.lower.as_str(), "vs" | "versus" | "and" | "or")
            || used[i..=end].iter().any(|u| *u)
        {
            continue;
        }
        let Some(column) = column_after(end) else {
            continue;
        };
        used[i..=end].iter_mut().for_each(|u| *u = true);
        out.mentions
            .push(Mention::of(column.name.clone(), Role::Group));
        return;
    }
}

/// The one yes/no column whose name has a word `word` says (not only by a typo):
/// "fertilized" for `Fert`.
fn flag_named_by(schema: &Schema, word: &str) -> Option<Filter> {
    let mut flags = schema.columns.iter().filter_map(|c| {
        let named = c
            .words
            .iter()
            .any(|w| name_word_match(w, &[word]).is_some_and(|m| m != WordMatch::Typo));
        named
            .then(|| flag_value(schema, &c.name, true))
            .flatten()
            .map(|v| Filter::on(c.name.clone(), Cmp::Eq, v))
    });
    match (flags.next(), flags.next()) {
        (Some(filter), None) => Some(filter),
        _ => None,
    }
}

/// Whether a value of a column is a word or letter for a sex (`Male`, `f`).
fn sex_of_code(value: &str) -> bool {
    let v = value.to_lowercase();
    matches!(v.as_str(), "m" | "f") || sex_of(&v).is_some()
}

/// The `= yes` (or `= no`) filter of the one yes/no column whose one-word name `word` is in
/// another form ("survival", "survivors" for `survived`), or is itself when `as_named`.
/// The yes (or no) of the one yes/no column whose name of several words, written as one,
/// is `state` ("ontime" for `OnTime`).
fn flag_named_whole(schema: &Schema, state: &str, yes: bool) -> Option<Filter> {
    let mut flags = schema
        .columns
        .iter()
        .filter(|c| c.words.len() >= 2 && c.words.concat() == state)
        .filter_map(|c| {
            flag_value(schema, &c.name, yes).map(|v| Filter::on(c.name.clone(), Cmp::Eq, v))
        });
    match (flags.next(), flags.next()) {
        (Some(filter), None) => Some(filter),
        _ => None,
    }
}

fn flag_of_word(schema: &Schema, word: &str, as_named: bool, yes: bool) -> Option<Filter> {
    let mut flags = schema.columns.iter().filter_map(|c| {
        let [name] = c.words.as_slice() else {
            return None;
        };
        let same = name == word || singular(word) == name;
        // "condo applications" over `condomin`: both cut short from one word.
        let cut_short = word.len() >= 5 && name.len() > word.len() + 1 && name.starts_with(word);
        let fits = if as_named {
            same || same_stem(name, word) || compound_of(name, word)
        } else {
            !same && (same_stem(name, word) || cut_short)
        };
        fits.then(|| flag_value(schema, &c.name, yes))
            .flatten()
            .map(|v| Filter::on(c.name.clone(), Cmp::Eq, v))
    });
    match (flags.next(), flags.next()) {
        (Some(filter), None) => Some(filter),
        _ => None,
    }
}
