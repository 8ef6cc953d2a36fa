//! How a value's words match a question's: a value's leading or closing word, a surname,
//! a listing, a word derived from or standing for a value.

use super::letters::MAX_CODED;
use super::names::{holds_names, name_of};
use crate::agent::offline::keywords::{KEYWORDS, is_superlative};
use crate::agent::offline::matching::{WordMatch, name_word_match};
use crate::agent::offline::schema::{ColumnRef, Schema};
use crate::agent::offline::words::{
    MONTHS, WEEKDAYS, made_from, ordinal, same_noun, singular, synonym, tokenize,
};

/// Whether a value ends as a sentence does, a full stop after a word in lower case
/// ("... with full clutch."), not after initials ("White, M.D.").
pub(super) fn ends_a_sentence(value: &str) -> bool {
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
pub(super) fn leading_word_values(
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
                // "Americans" is no `American Samoa`: a name typed with a capital in
                // another number than the value's first word is its people, not it.
                let number_kept = !proper || words.first().is_some_and(|w| w.lower == word);
                // "people" is no `People's Republic of the Congo`: a possessive is said whole.
                let possessive = words.get(said.len()).is_some_and(|w| w.lower == "s")
                    && said.last() != Some(&"s");
                !sentence
                    && words.len() > said.len()
                    && same_noun(&words[0].lower, word)
                    && number_kept
                    && !possessive
                    && words[1..said.len()]
                        .iter()
                        .zip(&said[1..])
                        .all(|(w, s)| w.lower == *s)
            })
            .cloned()
            .collect();
        // In one order whatever order the data has them in, so a plan reads the same.
        starting.sort();
        // "Chrome" over `Chrome 30.0`, `Chrome 31.0` among other browsers' versions: in a
        // column of names, the name typed with a capital before versions alone is their
        // kind.
        let versions = proper
            && starting.iter().all(|v| {
                tokenize(v)[said.len()..]
                    .iter()
                    .all(|t| t.number().is_some())
            });
        if starting.is_empty() || (names && starting.len() > 1 && !versions) {
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
pub(super) fn closing_word_values(schema: &Schema, word: &str) -> Option<(String, Vec<String>)> {
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
pub(super) fn surname_value(schema: &Schema, word: &str) -> Option<(String, String)> {
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
/// as one of their items, in any case. Empty unless some value is such a list. A name with
/// a comma in a column of a few such ("Hong Kong SAR, China" among the countries) is no
/// list, unless each of its items is a value of the column too.
pub(super) fn listing(c: &ColumnRef, part: &str) -> Vec<String> {
    let Some(values) = c.values.as_ref() else {
        return Vec::new();
    };
    let items =
        |v: &str| -> Vec<String> { v.split(',').map(|p| p.trim().to_lowercase()).collect() };
    let lists = values.iter().filter(|v| items(v).len() > 1).count();
    if lists == 0 {
        return Vec::new();
    }
    let alone: std::collections::HashSet<String> =
        values.iter().map(|v| v.trim().to_lowercase()).collect();
    let list_column = lists * 5 >= values.len();
    let part = part.to_lowercase();
    values
        .iter()
        .filter(|v| {
            let items = items(v);
            items.contains(&part) && (list_column || items.iter().all(|i| alone.contains(i)))
        })
        .cloned()
        .collect()
}

/// Whether a word said in lower case cannot be an English word, so it may be a code
/// typed without its capitals ("cbs" for `CBS`, "l33" for `L33`): two letters or more with
/// no vowel, or letters and figures mixed.
pub(super) fn no_word(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let figures = word.chars().any(|c| c.is_ascii_digit());
    let vowel = word.chars().any(|c| "aeiouy".contains(c));
    letters >= 1 && word.chars().all(char::is_alphanumeric) && ((letters >= 2 && !vowel) || figures)
}

/// How strongly a question word reads as a value's word: 4 the same (or its plural, or an
/// adjective made from it), 3 a synonym or the same ordinal ("first" for `1st`), 2 cut
/// short, 1 abbreviated; `None` not at all.
pub(super) fn value_word_strength(value_word: &str, word: &str) -> Option<u8> {
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
pub(super) fn stands_for(value_word: &str, word: &str) -> bool {
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
        // "diarrhoea" for `Diarrhaea`: a long word spelt one letter apart, never in its
        // first letter ("weather" is no `Heather`).
        Some(WordMatch::Typo) => {
            value_word.len() >= 7
                && word.len() == value_word.len()
                && word.chars().next() == value_word.chars().next()
        }
        _ => false,
    }
}

/// Whether a question word names those who belong to a value ("senators" of `senate`,
/// "musicians" of `music`, "librarians" of `library`): the value (its last `e` or `y`
/// dropped) and an ending of persons. Values of five letters or more only.
pub(super) fn member_of(word: &str, value: &str) -> bool {
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
pub(super) fn derived(word: &str, value: &str) -> bool {
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
