//! What the rows are: the subject counted, things told apart, and the row asked for.

use super::columns::match_columns;
use crate::agent::offline::found::{Mention, Role, Scan};
use crate::agent::offline::intent::{AggFunc, Order};
use crate::agent::offline::keywords::{KEYWORDS, PERIODS, UNITS};
use crate::agent::offline::matching::{WordMatch, name_word_match};
use crate::agent::offline::schema::{Kind, Schema};
use crate::agent::offline::words::{PERSONS, Token, after_its_number, sex_of, singular};
use std::ops::RangeInclusive;

/// "name a country that ...", "tell me an inductee who ...", "give one other single": a
/// question that opens by asking for one example.
pub(super) fn one_asked(tokens: &[Token]) -> bool {
    let words: Vec<&str> = tokens.iter().take(3).map(|t| t.lower.as_str()).collect();
    let article = |w: &str| matches!(w, "a" | "an" | "one" | "another");
    match words[..] {
        ["name" | "give", a, ..] => article(a),
        ["tell", "me", a] => article(a),
        _ => false,
    }
}

/// Words that only say a row is in the data ("how many mammals are *listed*"): no condition.
pub(super) const IN_THE_DATA: &[&str] = &[
    "table",
    "list",
    "chart",
    "data",
    "dataset",
    "file",
    "sample",
    "entries",
    "listed",
    "recorded",
    "included",
    "observed",
    "measured",
    "reported",
    "shown",
    "altogether",
    "overall",
    "total",
    "together",
    "are",
];

/// "how many tracks are *on the album*", "songs *on the track list*", "players *on this
/// roster*": a closing "on" or "in", "the" or "this" and a noun nothing in the data matched
/// (one or two words, the last singular) is the document the table is from, not a
/// condition.
pub(super) fn the_document(tokens: &[Token], used: &mut [bool]) {
    let n = tokens.len();
    for words in [1, 2] {
        let Some(at) = n.checked_sub(words + 2) else {
            continue;
        };
        let noun = &tokens[n - 1].lower;
        let fits = matches!(tokens[at].lower.as_str(), "on" | "in")
            && matches!(tokens[at + 1].lower.as_str(), "the" | "this")
            && (at + 2..n).all(|k| !used[k] && tokens[k].lower.chars().all(char::is_alphabetic))
            && !noun.ends_with('s')
            && !PERIODS.contains(&noun.as_str())
            && !UNITS.contains(&noun.as_str());
        if fits {
            used[at..n].iter_mut().for_each(|u| *u = true);
            return;
        }
    }
}

/// Verbs that say a row is there, nothing of which rows ("how many events will *occur*").
pub(super) const BEING: &[&str] = &[
    "occur", "occurs", "happen", "happens", "exist", "exists", "appear", "appears",
];

/// The positions of the noun a count is of: the first word after "how
/// many", "number of" or "count of" ("how many *employees* ...", "the number of the
/// *birds*"), and the words after it up to its plural, a noun said in two or three words
/// ("how many *radio stations*", "the number of *pillow pals*").
pub(super) fn counted_subject(tokens: &[Token], used: &[bool]) -> Option<RangeInclusive<usize>> {
    let opener = tokens
        .iter()
        .position(|t| matches!(t.lower.as_str(), "many" | "number" | "count"))?;
    let mut at = opener + 1;
    while tokens.get(at).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "of" | "the" | "all" | "different" | "total"
        )
    }) {
        at += 1;
    }
    // The noun may be one the data names ("how many games" of `games.csv`).
    if tokens.get(at).is_none_or(|t| t.number().is_some()) {
        return None;
    }
    let plural =
        |t: &Token| t.lower.len() > 3 && t.lower.ends_with('s') && !t.lower.ends_with("ss");
    let word = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            !used[k]
                && t.lower.chars().all(char::is_alphanumeric)
                && !KEYWORDS.contains(&t.lower.as_str())
        })
    };
    let end = if plural(&tokens[at]) {
        at
    } else {
        (at + 1..at + 3)
            .take_while(|&k| word(k))
            .find(|&k| plural(&tokens[k]))
            .unwrap_or(at)
    };
    Some(at..=end)
}

/// The words that belong to a column's name said in several words ("savings rate" for `sr`
/// in `life_cycle_savings`, "age group" for `agegp`) or that an `n` column counts ("cases"
/// for `ncases`): such a word is the column's even where it also names the rows, as the
/// rows' nouns come from the dataset's name and a few generic words ("cases", "items").
pub(super) fn column_phrase_words(schema: &Schema, tokens: &[Token], used: &[bool]) -> Vec<bool> {
    let mut named = vec![false; tokens.len()];
    let mut scratch_used = used.to_vec();
    let spans = match_columns(schema, tokens, &mut scratch_used, &mut Scan::default());
    for (start, end, column) in spans {
        // "number of sites" for `NoOfSites`, as "kids" for `nkids`.
        let number_of = after_number_of(tokens, start);
        let counted = end == start + 1
            && schema.get(&column).is_some_and(|c| {
                (c.words.len() == 1 && c.words[0] == format!("n{}", tokens[start].lower))
                    || (c.number_of_things() && number_of)
            });
        // "a low birth weight" over `lowbirthweight` of "low" and "not low": the first
        // word is the column's value, and the phrase a condition, read as before.
        let says_value = schema
            .get(&column)
            .and_then(|c| c.values.as_ref())
            .is_some_and(|values| {
                values
                    .iter()
                    .any(|v| v.to_lowercase() == tokens[start].lower)
            });
        if (end - start >= 2 && !says_value) || counted {
            named[start..end].iter_mut().for_each(|n| *n = true);
        }
    }
    named
}

/// Whether the word at `start` comes after "number of" ("no of", "count of").
pub(super) fn after_number_of(tokens: &[Token], start: usize) -> bool {
    start >= 2
        && tokens[start - 1].lower == "of"
        && matches!(tokens[start - 2].lower.as_str(), "number" | "no" | "count")
}

/// "how many different professors" over `prof_id` (several rows each): the things a
/// column of identifiers names, counted as different ones, are its distinct values, not the
/// rows.
pub(super) fn distinct_things(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    out: &mut Scan,
) {
    for k in 1..tokens.len() {
        if used[k]
            || !matches!(
                tokens[k - 1].lower.as_str(),
                "different" | "distinct" | "unique"
            )
        {
            continue;
        }
        let said = singular(&tokens[k].lower);
        // "how many different people": people are the subjects, patients, respondents ...
        // a table's identifiers of persons name.
        let people = matches!(said, "person" | "people" | "individual");
        let ids = schema.columns.iter().find(|c| {
            matches!(&c.words[..], [thing, id]
                if matches!(id.as_str(), "id" | "key" | "code" | "no" | "number")
                    && (name_word_match(thing, &[said]).is_some_and(|m| m >= WordMatch::Abbreviation)
                        || (people && PERSONS.contains(&thing.as_str()))))
        });
        // "how many different women have won": with no identifiers, the people's names.
        let person_word = people || sex_of(&tokens[k].lower).is_some();
        let ids = ids
            .or_else(|| {
                person_word
                    .then(|| crate::agent::offline::who::people_column(schema, tokens))
                    .flatten()
                    .filter(|c| !c.unique)
            })
            // "how many different farms" over a panel with an `id` repeated each season; so
            // "how many different players" where no column names players.
            .or_else(|| {
                let names_nothing = !schema.columns.iter().any(|c| {
                    c.words
                        .iter()
                        .any(|w| name_word_match(w, &[tokens[k].lower.as_str()]).is_some())
                }) && !is_value_word(schema, &tokens[k].lower);
                (schema.is_row_noun(&tokens[k].lower) || names_nothing)
                    .then(|| {
                        schema
                            .columns
                            .iter()
                            .find(|c| c.words == ["id"] && !c.unique)
                    })
                    .flatten()
            });
        if let Some(c) = ids {
            used[k] = true;
            out.mentions.push(Mention {
                column: c.name.clone(),
                role: Role::Measure,
                agg: Some(AggFunc::NUnique),
            });
        }
    }
}

/// Words in -est that are no superlatives of a name's word.
const NOT_SUPERLATIVE: &[&str] = &[
    "interest",
    "harvest",
    "contest",
    "request",
    "suggest",
    "protest",
    "invest",
    "manifest",
    "conquest",
    "inquest",
    "southwest",
    "northwest",
    "midwest",
    "earnest",
    "forest",
    "honest",
    "modest",
    "digest",
    "arrest",
];

/// "the densest elements", "the wealthiest country": a superlative made of a word of one
/// numeric column's name (dens-est → `density`, wealthi-est → `wealth`) ranks by it.
pub(super) fn superlative_of_name(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    out: &mut Scan,
) {
    // Another superlative word said it already ("top 5" says no word).
    if out.superlative_word.is_some() {
        return;
    }
    for (i, t) in tokens.iter().enumerate() {
        let w = t.lower.as_str();
        let Some(stem) = w.strip_suffix("est") else {
            continue;
        };
        if used[i] || NOT_SUPERLATIVE.contains(&w) || !w.chars().all(char::is_alphabetic) {
            continue;
        }
        let mut stems = vec![stem.to_string()];
        if let Some(base) = stem.strip_suffix('i') {
            // wealthi-est → wealthy, wealth; nois-iest → noise.
            stems.push(format!("{base}y"));
            stems.push(base.to_string());
        }
        let bytes = stem.as_bytes();
        if bytes.len() >= 2 && bytes[bytes.len() - 1] == bytes[bytes.len() - 2] {
            // hott-est → hot.
            stems.push(stem[..stem.len() - 1].to_string());
        }
        let hits: Vec<&str> = schema
            .columns
            .iter()
            .filter(|c| {
                c.kind == Kind::Number
                    && c.words.iter().any(|n| {
                        n != w
                            && stems
                                .iter()
                                .any(|s| s.len() >= 4 && n.starts_with(s.as_str()))
                    })
            })
            .map(|c| c.name.as_str())
            .collect();
        if let [column] = hits[..] {
            used[i] = true;
            out.superlative.get_or_insert(Order::Desc);
            out.superlative_word = Some(w.to_string());
            out.mentions.push(Mention {
                column: column.to_string(),
                role: Role::Measure,
                agg: None,
            });
            return;
        }
    }
}

/// Whether `word` is a one-word value of a text column, in either number.
pub(super) fn is_value_word(schema: &Schema, word: &str) -> bool {
    let one = singular(word);
    schema.columns.iter().any(|c| {
        c.values.iter().flatten().any(|v| {
            // "indomethacin" of `1_indomethacin`: the label of a numbered value.
            let v = after_its_number(v).unwrap_or(v);
            v.eq_ignore_ascii_case(word) || v.eq_ignore_ascii_case(one)
        })
    })
}

/// Whether the word at `i` is the plural after an opening "what" or "which" and before
/// "did the ..." ("what symptoms did the children have"): things the rows have.
pub(super) fn had_by_the_rows(tokens: &[Token], i: usize) -> bool {
    let said = |k: usize| tokens.get(k).map(|t| t.lower.as_str());
    i == 1
        && matches!(said(0), Some("what" | "which"))
        && singular(&tokens[1].lower) != tokens[1].lower
        && matches!(said(2), Some("did" | "do" | "does"))
        && matches!(said(3), Some("the" | "his" | "her" | "their"))
}

/// "which element has ...", "what animal ...", "who ran ...": a noun after which/what that
/// names nothing in the data, or "who", asks for rows (answered by the column that names
/// them).
pub(super) fn row_subject(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    for (i, t) in tokens.iter().enumerate() {
        // "which city has the least area" where "City" is a value of `Designation`: the
        // value picks the rows, and one of them is asked for.
        if i > 0
            && matches!(tokens[i - 1].lower.as_str(), "which" | "what")
            && used[i]
            && is_value_word(schema, &t.lower)
        {
            out.which_row = true;
            continue;
        }
        if t.lower == "who" && !used[i] {
            out.which_row = true;
            used[i] = true;
            continue;
        }
        let after_which = i > 0 && matches!(tokens[i - 1].lower.as_str(), "which" | "what");
        let noun = t.lower.len() > 2
            && t.lower.chars().all(char::is_alphabetic)
            && !KEYWORDS.contains(&t.lower.as_str());
        // "what symptoms did the children have": things the rows have are no rows (and
        // are left for the columns, or said to be in none).
        if (after_which || the_one_asked_for(tokens, i))
            && noun
            && !used[i]
            && !had_by_the_rows(tokens, i)
        {
            out.which_row = true;
            out.rows_noun = true;
            used[i] = true;
            if after_which && out.subject_noun.is_none() {
                out.subject_noun = Some(t.lower.clone());
            }
        }
    }
}

/// "which is the only station with 8 affiliates?", "name the candidate that was elected in
/// 1811": the noun at `i`, after "which/what/who is the" (or "name the"), "only" aside, and
/// before what picks it out ("with", "that", "from", ...), is the kind of row asked for.
/// Not "what is the fuel efficiency of ...": a noun before "of" is something of the rows.
fn the_one_asked_for(tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let mut k = i;
    while k > 0 && matches!(word(k - 1), "only" | "one" | "sole") {
        k -= 1;
    }
    if k == 0 || !matches!(word(k - 1), "the" | "a") {
        return false;
    }
    let asked = match k.checked_sub(2).map(word) {
        Some("name" | "list" | "find") => true,
        Some("is" | "was" | "are" | "were") => {
            k >= 3 && matches!(word(k - 3), "which" | "what" | "who")
        }
        _ => false,
    };
    asked
        && matches!(
            word(i + 1),
            "with"
                | "without"
                | "that"
                | "who"
                | "whose"
                | "which"
                | "where"
                | "from"
                | "to"
                | "in"
                | "on"
                | "at"
                | "for"
                | "by"
        )
}
