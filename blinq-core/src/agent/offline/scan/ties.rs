//! Telling apart columns a phrase names equally well.

use super::roles::WHOLE;
use crate::agent::offline::keywords::KEYWORDS;
use crate::agent::offline::matching::{contraction, name_word_match, spelled_by_prefixes};
use crate::agent::offline::schema::{ColumnRef, Kind, Schema};
use crate::agent::offline::words::{NEGATIONS, Token, same_noun, stem_and_number, word_weight};

/// Of columns a question's words name equally well, the one whose other name words the
/// rest of the question says ("companies" with "worked" is `NumCompaniesWorked`, not
/// `YearsAtCompany`), when one says clearly more (by [`word_weight`]).
pub(super) fn by_context(
    schema: &Schema,
    tied: &[usize],
    said: &[&str],
    elsewhere: &[&str],
) -> Option<usize> {
    let mut scored: Vec<(f64, usize)> = tied
        .iter()
        .map(|&k| {
            let score: f64 = schema.columns[k]
                .words
                .iter()
                .filter(|w| !said.iter().any(|s| name_word_match(w, &[s]).is_some()))
                .filter(|w| {
                    elsewhere.iter().any(|e| {
                        name_word_match(w, &[e]).is_some()
                                || begins_alike(w, e)
                                // "days above 70 in 1948": `dx70` of `dx70_1948`.
                                || stem_and_number(w).is_some_and(|(_, n)| n == *e)
                    })
                })
                .map(|w| word_weight(w))
                .sum();
            (score, k)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    match scored.as_slice() {
        [(best, k), (second, _), ..] if *best >= second + 1.0 => Some(*k),
        _ => None,
    }
}

/// Whether every word of column `k`'s name that the words `said` leave unsaid is said
/// elsewhere in the question ("rainfall across Australia" for `ausRain`: `aus` begins
/// "Australia"), so that it is as good a reading as the columns the words name alone.
pub(super) fn completed_by_context(
    schema: &Schema,
    k: usize,
    said: &[&str],
    elsewhere: &[&str],
) -> bool {
    let unsaid: Vec<&String> = schema.columns[k]
        .words
        .iter()
        .filter(|w| !said.iter().any(|s| name_word_match(w, &[s]).is_some()))
        .collect();
    !unsaid.is_empty()
        && unsaid.len() < schema.columns[k].words.len()
        && unsaid.iter().all(|w| {
            elsewhere
                .iter()
                .any(|e| name_word_match(w, &[e]).is_some() || begins_alike(w, e))
        })
}

/// Whether a name word and a word said begin with the same three letters or more, a word
/// of the question's own grammar aside ("raw" and `rawpoll`, "adjusted" and `adjpoll`).
pub(super) fn begins_alike(name: &str, said: &str) -> bool {
    let common = name
        .chars()
        .zip(said.chars())
        .take_while(|(a, b)| a == b && a.is_alphabetic())
        .count();
    common >= 3 && !KEYWORDS.contains(&said)
}

/// Of columns a question's words name equally well, the one whose name is the words cut
/// short ("real investment" for `realinv`, not `realint`, whose `int` is scattered over
/// "investment"), when exactly one is.
pub(super) fn truncated(schema: &Schema, tied: &[usize], said: &[&str]) -> Option<usize> {
    let cut: Vec<usize> = tied
        .iter()
        .copied()
        .filter(|&k| spelled_by_prefixes(&schema.columns[k].words.concat(), said))
        .collect();
    match cut.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// Of columns one word names equally well as abbreviations ("height" for `hg` and `ht`),
/// the one whose name is a contraction of it, keeping its first and last letters as "ht",
/// "wt" and "yr" do, when exactly one is.
pub(super) fn contracted(schema: &Schema, tied: &[usize], said: &[&str]) -> Option<usize> {
    let [word] = said else { return None };
    let cut: Vec<usize> = tied
        .iter()
        .copied()
        .filter(|&k| matches!(&schema.columns[k].words[..], [name] if contraction(name, word)))
        .collect();
    match cut.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// Of columns a question's words name equally well ("sleep" for `sleep_total`, `sleep_rem`,
/// `sleep_cycle`), the one whose other words only say it is the whole of the quantity
/// (`total`, `overall`, ...), when exactly one is; `None` leaves the choice to the person.
/// Of names that are one letter and the word said (`goutput`, `noutput` for "output"), the
/// one whose letter begins another word of the question ("gross output": `goutput`); so of
/// names of the word and a letter apart ("highway mpg": `mpg_h` over `mpg_c`).
pub(super) fn letter_said_before(
    schema: &Schema,
    tied: &[usize],
    said: &[&str],
    elsewhere: &[&str],
) -> Option<usize> {
    let [word] = said else {
        return None;
    };
    // The letter and the rest of the name said: `goutput` (g, output), or a name of the
    // word and a letter apart (`mpg_h`, `mpg_c`: "highway mpg").
    let letter_and_word = |words: &[String]| -> Option<(char, bool)> {
        match words {
            [name] => {
                let letter = name.chars().next().filter(char::is_ascii_alphabetic)?;
                Some((letter, same_noun(&name[1..], word)))
            }
            [a, b] if b.len() == 1 => Some((b.chars().next()?, same_noun(a, word))),
            [a, b] if a.len() == 1 => Some((a.chars().next()?, same_noun(b, word))),
            _ => None,
        }
    };
    let mut picked = tied.iter().copied().filter(|&k| {
        let Some((letter, rest_said)) = letter_and_word(&schema.columns[k].words) else {
            return false;
        };
        let letter = letter.to_ascii_lowercase();
        rest_said
            && elsewhere.iter().any(|e| {
                e.len() >= 3
                    && e.starts_with(letter)
                    && e.chars().all(char::is_alphabetic)
                    && !KEYWORDS.contains(e)
                    && !schema.is_row_noun(e)
            })
    });
    match (picked.next(), picked.next()) {
        (Some(k), None) => Some(k),
        _ => None,
    }
}

/// Nouns for the kind of a thing, not the thing: `salary_type`, "age group", "age band".
pub(super) const KIND_WORDS: &[&str] = &[
    "type", "kind", "category", "class", "group", "status", "level", "code", "unit", "band",
];

/// Of a quantity's column and a text column of its kind (`current_salary` and
/// `salary_type`: "wage" names both), the quantity: the other only says what sort of it
/// each row has.
pub(super) fn quantity_over_its_kind(schema: &Schema, tied: &[usize]) -> Option<usize> {
    let numbers: Vec<usize> = tied
        .iter()
        .copied()
        .filter(|&k| schema.columns[k].kind == Kind::Number)
        .collect();
    let kinds = tied.iter().filter(|&&k| {
        let c = &schema.columns[k];
        c.kind == Kind::Text && c.words.iter().any(|w| KIND_WORDS.contains(&w.as_str()))
    });
    match numbers.as_slice() {
        [one] if kinds.count() + 1 == tied.len() => Some(*one),
        _ => None,
    }
}

pub(super) fn plainest(schema: &Schema, tied: &[usize], said: &[&str]) -> Option<usize> {
    let plain: Vec<usize> = tied
        .iter()
        .copied()
        .filter(|&k| {
            schema.columns[k].words.iter().all(|w| {
                WHOLE.contains(&w.as_str())
                    || said.iter().any(|s| name_word_match(w, &[s]).is_some())
            })
        })
        .collect();
    match plain.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// Name words that say a column spells its things out (`mfr_name`, `drive_desc`).
const SPELT_OUT: &[&str] = &["name", "desc", "description", "label", "title"];

/// Name words that say a column holds its things as codes (`mfr_code`, `drive_sys`).
const CODED: &[&str] = &["code", "cd", "sys", "id", "abbr", "abbrev", "key", "short"];

/// Of columns a word names equally well that hold one thing as a name and as a code
/// (`mfr_name` and `mfr_code` for "manufacturer", `drive_desc` and `drive_sys` for "drive
/// type", `country_name` and `country_code_2`), the one that spells it out: what a person
/// reads and means.
pub(super) fn described_over_coded(
    schema: &Schema,
    tied: &[usize],
    said: &[&str],
) -> Option<usize> {
    let spelt = |rest: &[&str]| matches!(rest, [w] if SPELT_OUT.contains(w));
    let coded = |rest: &[&str]| {
        rest.iter()
            .all(|w| CODED.contains(w) || w.chars().all(|c| c.is_ascii_digit()))
    };
    one_told_apart(schema, tied, said, spelt, coded)
        .filter(|&k| schema.columns[k].kind == Kind::Text)
}

/// Of columns a word names equally well, the one column of names (text with words in it,
/// `county_state` "Autauga County, AL") where every other holds numbers or codes of digits
/// (`county_fips` 001): "which county", "how many counties" mean what a person reads.
pub(super) fn names_over_numbers(schema: &Schema, tied: &[usize], said: &[&str]) -> Option<usize> {
    // The word said is a word of its name, whole ("county" of `county_state`, not the
    // letters of `preRace` for "precinct").
    let names = |c: &ColumnRef| {
        c.words.iter().any(|w| said.iter().any(|s| same_noun(w, s)))
            && c.kind == Kind::Text
            && c.values.as_ref().is_none_or(|values| {
                values
                    .iter()
                    .any(|v| v.chars().filter(|ch| ch.is_alphabetic()).count() >= 3)
            })
            && c.distinct >= 3
    };
    let numbers = |c: &ColumnRef| {
        c.kind == Kind::Number
            || (c.kind == Kind::Text
                && c.values.as_ref().is_some_and(|values| {
                    values
                        .iter()
                        .all(|v| v.trim().chars().all(|ch| ch.is_ascii_digit()))
                }))
    };
    let named: Vec<usize> = tied
        .iter()
        .copied()
        .filter(|&k| names(&schema.columns[k]))
        .collect();
    match named.as_slice() {
        [one]
            if tied
                .iter()
                .all(|&k| k == *one || numbers(&schema.columns[k])) =>
        {
            Some(*one)
        }
        _ => None,
    }
}

/// Of columns tied for the words `said`, the one whose other name words `this` fits, when
/// exactly one does and every other's fit `others`.
fn one_told_apart(
    schema: &Schema,
    tied: &[usize],
    said: &[&str],
    this: impl Fn(&[&str]) -> bool,
    others: impl Fn(&[&str]) -> bool,
) -> Option<usize> {
    let rest = |k: usize| -> Vec<&str> {
        schema.columns[k]
            .words
            .iter()
            .map(String::as_str)
            .filter(|w| !said.iter().any(|s| name_word_match(w, &[s]).is_some()))
            .collect()
    };
    let picked: Vec<usize> = tied.iter().copied().filter(|&k| this(&rest(k))).collect();
    let rest_fit = tied
        .iter()
        .all(|&k| picked.contains(&k) || others(&rest(k)));
    match picked.as_slice() {
        [one] if rest_fit => Some(*one),
        _ => None,
    }
}

/// Words that say a column holds the main one of several of a kind (`primary_breed`).
const PRIMARY: &[&str] = &["primary", "main", "principal", "first", "1st"];

/// Words that say a column holds another one of a kind besides the main (`secondary_breed`).
const SECONDARY: &[&str] = &["secondary", "second", "2nd", "other", "alt", "alternate"];

/// Of columns a word names equally well that differ only by which one of a kind they hold,
/// the main one ("the most common dog breed" is `primary_breed`, not `secondary_breed`):
/// its other name word says it is the primary, and every other's says another.
pub(super) fn the_primary(schema: &Schema, tied: &[usize], said: &[&str]) -> Option<usize> {
    one_told_apart(
        schema,
        tied,
        said,
        |rest| matches!(rest, [w] if PRIMARY.contains(w)),
        |rest| matches!(rest, [w] if SECONDARY.contains(w)),
    )
}

/// Of columns a question's words name equally well, the one whose name the others all
/// begin with and add to (`battleDeaths` of `battleDeathsPMP`, per million people): the
/// quantity itself, before what is made of it.
pub(super) fn the_stem_of_the_others(schema: &Schema, tied: &[usize]) -> Option<usize> {
    let words = |k: usize| &schema.columns[k].words;
    let mut stems = tied.iter().copied().filter(|&k| {
        tied.iter()
            .all(|&o| o == k || (words(o).len() > words(k).len() && words(o).starts_with(words(k))))
    });
    match (stems.next(), stems.next()) {
        (Some(k), None) => Some(k),
        _ => None,
    }
}

/// Of columns a question's words name equally well where the others are its name with a
/// negation written in (`count_working` and `count_not_working` for "students working"),
/// the one without, unless the question negates.
pub(super) fn the_affirmed(schema: &Schema, tied: &[usize], tokens: &[Token]) -> Option<usize> {
    if tokens.iter().any(|t| NEGATIONS.contains(&t.lower.as_str())) {
        return None;
    }
    let words = |k: usize| &schema.columns[k].words;
    let negated = |o: usize, k: usize| {
        let (o, k) = (words(o), words(k));
        o.len() == k.len() + 1
            && o.iter().any(|w| NEGATIONS.contains(&w.as_str()))
            && o.iter()
                .filter(|w| !NEGATIONS.contains(&w.as_str()))
                .eq(k.iter())
    };
    let mut affirmed = tied
        .iter()
        .copied()
        .filter(|&k| tied.iter().all(|&o| o == k || negated(o, k)));
    match (affirmed.next(), affirmed.next()) {
        (Some(k), None) => Some(k),
        _ => None,
    }
}

/// Of columns a word names equally well, the only one that has it as a whole word of its
/// name ("precinct" is `policePrecinct`, not `preRace` that it begins with).
pub(super) fn said_whole(schema: &Schema, tied: &[usize], said: &[&str]) -> Option<usize> {
    let whole: Vec<usize> = tied
        .iter()
        .copied()
        .filter(|&k| {
            schema.columns[k]
                .words
                .iter()
                .any(|w| said.iter().any(|s| same_noun(w, s)))
        })
        .collect();
    match whole.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}
