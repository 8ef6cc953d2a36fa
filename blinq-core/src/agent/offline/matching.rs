//! How a run of question words can stand for one word of a column name or value, strongest
//! first: the same word (or its plural), a synonym, a compound written apart ("7-day" for
//! `7day`), an abbreviation ("years" for `yrs`, "treasury bill rate" for `tbilrate`,
//! "assistant" for `Asst`), or a typo. Scores let an exact name beat an abbreviation, and an
//! abbreviation beat a guess.

use super::keywords::KEYWORDS;
use super::words::{
    ADJECTIVE_ENDINGS, DOER_ENDINGS, action_of, element_symbol, made_from, ordinal, sex_of,
    synonym, verb_stem, word_matches,
};

/// How question words stand for a name word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum WordMatch {
    /// A one-letter slip ("horsepwer").
    Typo,
    /// The name word's letters, in order, start each question word ("yrs" ← "years").
    Abbreviation,
    /// A synonym from the lexicon ("weight" for `mass`).
    Synonym,
    /// The question words written together are the name word ("7", "day" for `7day`).
    Compound,
    /// The same word, in either number, or the name word as a prefix ("temperature" for
    /// `temp`).
    Same,
}

impl WordMatch {
    /// How much of a name word's weight a match of this kind earns.
    pub(crate) fn credit(self) -> f64 {
        match self {
            WordMatch::Same | WordMatch::Compound => 1.0,
            WordMatch::Synonym => 0.9,
            WordMatch::Abbreviation => 0.85,
            WordMatch::Typo => 0.8,
        }
    }
}

/// How `phrase` (one or more question words, lowercase) stands for the name word `name`.
pub(crate) fn name_word_match(name: &str, phrase: &[&str]) -> Option<WordMatch> {
    match phrase {
        [] => None,
        [word] => single(name, word),
        words => {
            if words.concat() == name {
                Some(WordMatch::Compound)
            } else if abbreviates(name, words) {
                Some(WordMatch::Abbreviation)
            } else {
                None
            }
        }
    }
}

/// Whether `name` is the initials of two or more words after one more letter that
/// qualifies them, which the question need not say: `hhv` (higher heating value) for
/// "heating value", `lhv` likewise.
pub(crate) fn qualified_initials(name: &str, words: &[&str]) -> bool {
    let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
    // Not after a word of the question's grammar ("average altitude" is no `faa`).
    words.len() >= 2
        && !KEYWORDS.contains(&words[0])
        && words
            .iter()
            .all(|w| w.len() >= 3 && w.chars().all(|c| c.is_ascii_alphabetic()))
        && name.len() == words.len() + 1
        && name.chars().all(|c| c.is_ascii_alphabetic())
        && name[1..] == initials
}

/// Short qualifiers written before a word inside a one-word name: `perblack` (percent),
/// `pctwhite`, `numkids`, `avgsal`, `totpop`.
const NAME_PREFIXES: &[&str] = &["per", "pct", "perc", "num", "avg", "tot"];

/// Short qualifiers written after a word inside a one-word name: `mathtot`, `poptotal`,
/// `salavg`, `blackpct`.
const NAME_SUFFIXES: &[&str] = &["tot", "total", "avg", "pct", "num", "cnt"];

/// Whether the name is the word whole beside a short qualifier written into it: "gdp" for
/// `ppgdp` (two or three consonants before it, `pp` per person; one `n` is "number of",
/// above), "poverty" for `PERPOVERTY`, "math" for `MATHTOT` (a qualifier of percent,
/// number, average or total, before or after a word of four letters or more).
fn qualified_in_name(name: &str, word: &str) -> bool {
    let consonants = |p: &str| {
        (2..=3).contains(&p.len())
            && p.chars()
                .all(|c| c.is_ascii_lowercase() && !"aeiouy".contains(c))
    };
    let before = name.strip_suffix(word).is_some_and(|p| {
        (word.len() >= 3 && consonants(p)) || (word.len() >= 4 && NAME_PREFIXES.contains(&p))
    });
    let after = name
        .strip_prefix(word)
        .is_some_and(|s| word.len() >= 4 && NAME_SUFFIXES.contains(&s));
    before || after
}

fn single(name: &str, word: &str) -> Option<WordMatch> {
    // "magnesium" is `Mg`, never the letters of `Mn`: an element's name is its symbol or
    // itself (the names that are everyday words, "lead", "gold", "tin", keep every other
    // reading too).
    if let Some(symbol) = element_symbol(word) {
        if name == symbol {
            return Some(WordMatch::Same);
        }
        let everyday = matches!(
            word,
            "lead" | "tin" | "gold" | "silver" | "iron" | "copper" | "mercury" | "nickel" | "zinc"
        );
        if !everyday {
            return (name == word).then_some(WordMatch::Same);
        }
    }
    // "processors" for `process`: a noun for those who do it is another word.
    if name.len() >= 4 && made_from(word, name, DOER_ENDINGS) {
        return None;
    }
    // "manufactured" is no `manufacturer`: a verb's participle is not its doer, though one
    // letter apart.
    let doer = name.strip_suffix("er").or_else(|| name.strip_suffix("or"));
    if name.len() >= 6 && doer.is_some() && doer == word.strip_suffix("ed") {
        return None;
    }
    if word == name || (word_matches(word, name) && !is_typo(word, name)) {
        return Some(WordMatch::Same);
    }
    // "number of sites" for `NoOfSites`: "No." is number's abbreviation (numero).
    if name == "no" && word == "number" {
        return Some(WordMatch::Abbreviation);
    }
    // "kids" for `nkids`, "children" not: an `n` before a plural the question says is
    // "number of".
    if let Some(rest) = name.strip_prefix('n')
        && rest.len() >= 3
        && rest.ends_with('s')
        && word == rest
    {
        return Some(WordMatch::Abbreviation);
    }
    // "aged 50" for `age`, "priced at 10" for `price`: the noun made an adjective.
    if name.len() >= 3 && name.ends_with('e') && word.strip_suffix('d') == Some(name) {
        return Some(WordMatch::Synonym);
    }
    // "citations" for `cites`, "donations" for `donate`, "eliminations" for `eliminated`:
    // the noun of the name's verb.
    if action_of(word, name) {
        return Some(WordMatch::Synonym);
    }
    // "racial group" for `race`, "regional" for `region`: the noun made an adjective.
    if name.len() >= 4 && made_from(word, name, ADJECTIVE_ENDINGS) {
        return Some(WordMatch::Synonym);
    }
    // "first" for the `1` of `IE-1`: an ordinal names the number in a name.
    if name.chars().all(|c| c.is_ascii_digit())
        && ordinal(word).is_some_and(|n| name.parse::<f64>() == Ok(n))
    {
        return Some(WordMatch::Same);
    }
    // "on the 13th" for `thirteenth`: an ordinal in figures names the one spelled out.
    if name.chars().all(|c| c.is_ascii_alphabetic())
        && word.starts_with(|c: char| c.is_ascii_digit())
        && ordinal(name).is_some()
        && ordinal(name) == ordinal(word)
    {
        return Some(WordMatch::Same);
    }
    if synonym(word, name) {
        return Some(WordMatch::Synonym);
    }
    // "recommended" for `Recommends`: one verb in two of its forms.
    if name.len() >= 6
        && word.len() >= 6
        && word != name
        && verb_stem(word).is_some_and(|stem| verb_stem(name).as_deref() == Some(stem.as_str()))
    {
        return Some(WordMatch::Synonym);
    }
    if compound_of(name, word) {
        return Some(WordMatch::Abbreviation);
    }
    // The question's own grammar ("maximum", "average") is never read as a name's
    // abbreviation ("mm") or misspelling.
    if KEYWORDS.contains(&word) {
        return None;
    }
    // A word for a sex is a value ("females" is not `FL`).
    if sex_of(word).is_some() {
        return None;
    }
    if qualified_in_name(name, word) {
        return Some(WordMatch::Abbreviation);
    }
    // "alcohol" for `alcgp`, "tobacco" for `tobgp`: the word cut short, then a generic
    // noun's consonants (`gp` of group, `lvl` of level), which the question need not say.
    if let Some(head) = before_a_generic_tail(name)
        && word.len() > head.len()
        && word.starts_with(head)
    {
        return Some(WordMatch::Abbreviation);
    }
    // A real abbreviation is shorter by two letters or more ("wt" ← "weight", "yrs" ←
    // "years"); one letter less is a typo's distance and is left to the typo check.
    // One that keeps a vowel keeps the word's first two letters ("dept", "govt"), so that
    // a word of its own is not read into a longer one ("day" in "delayed").
    let keeps_vowel = name.chars().skip(1).any(|c| "aeiou".contains(c));
    let first_two: String = name.chars().take(2).collect();
    // A plural name whose singular starts a word said in the singular abbreviates it as it
    // does its plural ("3-bedroom" for `beds`, as "bedrooms" is; "nominated" is no `Notes`).
    let plural = format!("{word}s");
    let said = match name.strip_suffix('s') {
        Some(one) if one.len() >= 3 && !word.ends_with('s') && word.starts_with(one) => {
            plural.as_str()
        }
        _ => word,
    };
    // `id` is a word of its own (an identifier), not the first and last letters of
    // "improved" or "included".
    if name.len() >= 2
        && name != "id"
        && name.len() + 2 <= said.len()
        && abbreviates(name, &[said])
        // A vowel kept after another start ("rten" ← "retention") where the word's first
        // and last letters are kept too, and two consonants after the first ("deer" is
        // no "diameter").
        && (!keeps_vowel
            || word.starts_with(&first_two)
            || (name.len() >= 4
                && name.chars().skip(1).filter(|c| !"aeiou".contains(*c)).count() >= 2
                && contraction(name, said)))
    {
        return Some(WordMatch::Abbreviation);
    }
    // A name that is the word without its last letter ("crim" ← "crime"): cut short,
    // not misspelt.
    if name.len() >= 4
        && word.len() == name.len() + 1
        && word.starts_with(name)
        && name.chars().all(char::is_alphabetic)
    {
        return Some(WordMatch::Abbreviation);
    }
    // The word without its vowels after the first letter ("cty" ← "city", "pmt" ←
    // "payment"): the usual way to shorten a short word.
    if name.len() >= 2 && name.len() < word.len() && devowelled(word) == name {
        return Some(WordMatch::Abbreviation);
    }
    word_matches(word, name).then_some(WordMatch::Typo)
}

/// Whether `word` is a compound of `name`, which names a kind of its last word:
/// "homeowners" of `owner`, "birthweight" of `weight`. The name has five letters or more,
/// after a word of three or more.
pub(crate) fn compound_of(name: &str, word: &str) -> bool {
    let one = word.strip_suffix('s').unwrap_or(word);
    // "policyholders" of `Holders`: the name in the plural too.
    let name = match name.strip_suffix('s') {
        Some(stem) if word.ends_with('s') && stem.len() >= 5 => stem,
        _ => name,
    };
    // "premature" is not a kind of `mature`, nor "underweight" of `weight`: a prefix
    // before the word changes its sense.
    let prefixed = one.strip_suffix(name).is_some_and(|head| {
        matches!(
            head,
            "pre" | "post" | "un" | "non" | "dis" | "anti" | "mis" | "over" | "under" | "im"
        )
    });
    name.len() >= 5
        && name.chars().all(|c| c.is_ascii_alphabetic())
        && one.len() >= name.len() + 3
        && one.ends_with(name)
        && !prefixed
}

/// Whether `name` is a contraction of `word`: shorter, with its first and last letters and
/// the rest of its letters in order, as "ht" and "wt" are of height and weight (`hg` is not).
pub(crate) fn contraction(name: &str, word: &str) -> bool {
    name.len() >= 2
        && name.len() < word.len()
        && name.chars().next() == word.chars().next()
        && name.chars().last() == word.chars().last()
        && abbreviates(name, &[word])
}

/// Generic nouns' abbreviations a name may end with (`agegp`, `edulvl`): group, level,
/// class, code, type. Only these; a vowelless ending such as `ct` is often a word's own
/// (`district`).
const GENERIC_TAILS: &[&str] = &["gp", "grp", "lvl", "cls", "cd", "typ"];

/// The head of a one-word name that ends with a generic noun's abbreviation: `alc` of
/// `alcgp`, `inc` of `inclvl`. The head keeps three letters or more.
fn before_a_generic_tail(name: &str) -> Option<&str> {
    if !name.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    GENERIC_TAILS
        .iter()
        .find_map(|tail| name.strip_suffix(tail).filter(|head| head.len() >= 3))
}

/// A word without its vowels after the first letter: "city" → cty, "quantity" → qntty.
fn devowelled(word: &str) -> String {
    let mut chars = word.chars();
    let first = chars.next().map(String::from).unwrap_or_default();
    first + &chars.filter(|c| !"aeiou".contains(*c)).collect::<String>()
}

/// Whether `word_matches` accepted `word` for `name` only as a near-miss spelling.
fn is_typo(word: &str, name: &str) -> bool {
    let plural = |a: &str, b: &str| {
        a == b
            || a.strip_suffix('s') == Some(b)
            || a.strip_suffix("es") == Some(b)
            || (a.strip_suffix("ies").is_some() && b.strip_suffix('y') == a.strip_suffix("ies"))
    };
    !(plural(word, name) || plural(name, word) || word.starts_with(name))
}

/// Whether `abbr` abbreviates `words`: its letters appear in order, every word contributes
/// at least one letter, and each word's contribution starts with the word's first letter
/// ("tbilrate" ← treasury, bill, rate; "bodywt" ← body, weight; "cpi" ← consumer, price,
/// index). Digits and letters only.
pub(crate) fn abbreviates(abbr: &str, words: &[&str]) -> bool {
    let abbr: Vec<char> = abbr.chars().collect();
    if abbr.is_empty() || !abbr.iter().all(char::is_ascii_alphanumeric) {
        return false;
    }
    let words_chars: Vec<Vec<char>> = words.iter().map(|w| w.chars().collect()).collect();
    if words_chars.iter().any(|w| w.is_empty()) || words.len() > abbr.len() {
        return false;
    }
    // A name word that is one of the words ("sleep" in "sleep primates") is that word, not
    // an abbreviation of the phrase.
    let whole: String = abbr.iter().collect();
    if words.len() > 1 && words.iter().any(|w| *w == whole) {
        return false;
    }
    // A name that is exactly the phrase's initials ("ie" ← ionization energy).
    if words.len() >= 2
        && words.len() == abbr.len()
        && words_chars.iter().zip(&abbr).all(|(w, a)| w[0] == *a)
    {
        return true;
    }
    // Two words: the second gives two letters or more ("bodywt" ← body weight), so that
    // a word's first letter after a whole word ("sleep" + "p…") is not taken for one;
    // unless the name is the whole first word and that letter ("dewp" ← dew point).
    if let [first, second] = words
        && let Some(initial) = second.chars().next()
        && whole.strip_suffix(initial) == Some(*first)
    {
        return true;
    }
    let last_min = if words.len() == 2 { 2 } else { 1 };
    covers(&abbr, &words_chars, last_min)
}

/// Whether `name` is the start of each of `words` in turn ("realinv" ← real, investment;
/// "tbilrate" ← treasury, bill, rate), every word giving at least one letter.
pub(crate) fn spelled_by_prefixes(name: &str, words: &[&str]) -> bool {
    let Some((word, rest)) = words.split_first() else {
        return name.is_empty();
    };
    (1..=word.len().min(name.len())).any(|k| {
        word.is_char_boundary(k)
            && name.is_char_boundary(k)
            && name[..k] == word[..k]
            && spelled_by_prefixes(&name[k..], rest)
    })
}

/// `abbr` is covered by `words` in order, each word taking a non-empty, start-anchored
/// subsequence, the last one at least `last_min` letters.
fn covers(abbr: &[char], words: &[Vec<char>], last_min: usize) -> bool {
    let Some((word, rest)) = words.split_first() else {
        return abbr.is_empty();
    };
    if abbr.first() != word.first() {
        return false;
    }
    // Take 1..=n letters of `abbr` from `word` (as a subsequence starting at its first
    // letter), leaving at least one letter for each word after it.
    let most = abbr.len() - rest.len();
    let least = if rest.is_empty() { last_min } else { 1 };
    let mut at = 1; // position in `word` after its first letter
    for taken in 1..=most {
        if taken > 1 {
            match word[at..].iter().position(|c| *c == abbr[taken - 1]) {
                Some(p) => at += p + 1,
                None => return false,
            }
        }
        if taken >= least && covers(&abbr[taken..], rest, last_min) {
            return true;
        }
    }
    false
}

/// The best way a span of question words covers the words of a name: the score (the share
/// of the name's weight matched, by [`WordMatch::credit`]), or `None` when some question word
/// stands for nothing in the name. `weight` weighs a name word (unit suffixes count little).
pub(crate) fn span_score(
    name: &[String],
    span: &[&str],
    weight: impl Fn(&str) -> f64,
) -> Option<f64> {
    let total: f64 = name.iter().map(|w| weight(w)).sum();
    if total == 0.0 || span.is_empty() {
        return None;
    }
    let mut taken = vec![false; name.len()];
    let best = assign(name, span, &mut taken, &weight)?;
    Some(best / total)
}

/// Whether the one-letter first word of a longer name is the initial of a question word
/// ("transmission category" for `T.categ`; never a unit's letter at the end, the `g` of
/// `body_mass_g`); it weighs little, so it only adds to the other words' match.
fn initial_of(name: &str, word: &str) -> bool {
    name.len() == 1
        && name.chars().all(|c| c.is_ascii_alphabetic())
        && word.len() >= 4
        && word.starts_with(name)
        && !KEYWORDS.contains(&word)
}

/// Assign consecutive runs of `span` to distinct name words, maximising the credit.
fn assign(
    name: &[String],
    span: &[&str],
    taken: &mut [bool],
    weight: &impl Fn(&str) -> f64,
) -> Option<f64> {
    if span.is_empty() {
        return Some(0.0);
    }
    let mut best: Option<f64> = None;
    for len in 1..=span.len().min(4) {
        for k in 0..name.len() {
            if taken[k] {
                continue;
            }
            let initial = len == 1 && k == 0 && name.len() > 1 && initial_of(&name[k], span[0]);
            let Some(how) = name_word_match(&name[k], &span[..len])
                .or_else(|| initial.then_some(WordMatch::Abbreviation))
            else {
                continue;
            };
            taken[k] = true;
            if let Some(rest) = assign(name, &span[len..], taken, weight) {
                let score = weight(&name[k]) * how.credit() + rest;
                if best.is_none_or(|b| score > b) {
                    best = Some(score);
                }
            }
            taken[k] = false;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn one_verb_in_two_forms_and_two_letters_of_a_long_word() {
        assert_eq!(
            name_word_match("recommends", &["recommended"]),
            Some(WordMatch::Synonym)
        );
        // A noun and its plural are not verb forms of each other.
        assert_ne!(
            name_word_match("students", &["studied"]),
            Some(WordMatch::Synonym)
        );
        // "hp" stays horsepower's.
        assert!(name_word_match("hp", &["horsepower"]).is_some());
    }

    #[test]
    fn a_word_after_a_qualifier_written_into_a_name_abbreviates_it() {
        for (name, word) in [
            ("perpoverty", "poverty"),
            ("pctwhite", "white"),
            ("numkids", "kids"),
            ("mathtot", "math"),
            ("blackpct", "black"),
        ] {
            assert_eq!(
                name_word_match(name, &[word]),
                Some(WordMatch::Abbreviation),
                "{name} {word}"
            );
        }
        // Not a short word, nor after letters that qualify nothing.
        assert_eq!(name_word_match("perage", &["age"]), None);
        assert_eq!(name_word_match("superblack", &["black"]), None);
    }

    #[test]
    fn the_noun_of_a_verb_names_it() {
        assert_eq!(
            name_word_match("cites", &["citations"]),
            Some(WordMatch::Synonym)
        );
        assert_eq!(
            name_word_match("donate", &["donations"]),
            Some(WordMatch::Synonym)
        );
        assert_eq!(
            name_word_match("eliminated", &["eliminations"]),
            Some(WordMatch::Synonym)
        );
        assert_eq!(
            name_word_match("employed", &["employment"]),
            Some(WordMatch::Synonym)
        );
        assert_eq!(
            name_word_match("settled", &["settlements"]),
            Some(WordMatch::Synonym)
        );
        // Not a word that merely begins alike.
        assert_ne!(
            name_word_match("state", &["station"]),
            Some(WordMatch::Synonym)
        );
        assert_ne!(
            name_word_match("rate", &["ration"]),
            Some(WordMatch::Synonym)
        );
        assert_ne!(
            name_word_match("state", &["statement"]),
            Some(WordMatch::Synonym)
        );
    }

    #[test]
    fn a_participle_names_no_column_of_its_doer() {
        assert_eq!(name_word_match("manufacturer", &["manufactured"]), None);
        assert_eq!(name_word_match("operator", &["operated"]), None);
        assert!(name_word_match("manufacturer", &["manufacturers"]).is_some());
    }

    #[test]
    fn id_abbreviates_no_other_word() {
        for word in ["improved", "included", "injured"] {
            assert_eq!(name_word_match("id", &[word]), None, "{word}");
        }
        // Two letters of a long word still abbreviate it.
        assert!(name_word_match("wt", &["weight"]).is_some());
    }

    #[test]
    fn a_name_of_a_phrases_initials_abbreviates_it() {
        assert!(abbreviates("ie", &["ionization", "energy"]));
        // Four letters or more with the first and the last: a contraction, vowel or not.
        assert_eq!(
            name_word_match("rten", &["retention"]),
            Some(WordMatch::Abbreviation)
        );
        assert_eq!(name_word_match("rten", &["return"]), None);
        assert_eq!(
            name_word_match("thirteenth", &["13th"]),
            Some(WordMatch::Same)
        );
        assert_eq!(name_word_match("sixth", &["6th"]), Some(WordMatch::Same));
        assert_eq!(name_word_match("sixth", &["7th"]), None);
        // An element's name is its symbol, never another's letters.
        assert_eq!(name_word_match("mg", &["magnesium"]), Some(WordMatch::Same));
        assert_eq!(name_word_match("mn", &["magnesium"]), None);
        assert_eq!(name_word_match("fe", &["iron"]), Some(WordMatch::Same));
        assert_ne!(
            name_word_match("deer97", &["diameter"]),
            Some(WordMatch::Abbreviation)
        );
        assert_ne!(
            name_word_match("deer", &["diameter"]),
            Some(WordMatch::Abbreviation)
        );
        assert!(!abbreviates("ie", &["ionization", "radius"]));
        assert!(!abbreviates("ie", &["energy"]));
    }

    #[test]
    fn a_compound_of_a_plural_name_is_a_kind_of_it() {
        assert!(compound_of("holders", "policyholders"));
        assert!(compound_of("owner", "homeowners"));
        assert!(!compound_of("weights", "underweights"));
    }

    #[test]
    fn initials_after_a_qualifying_letter_abbreviate_the_words() {
        assert!(qualified_initials("hhv", &["heating", "value"]));
        // The initials must be the words' own, all of them, after one letter only.
        assert!(!qualified_initials("hhv", &["heating", "volume", "ratio"]));
        assert!(!qualified_initials("xhhv", &["heating", "value"]));
        assert!(!qualified_initials("hv", &["heating"]));
        assert!(!qualified_initials("faa", &["average", "altitude"]));
    }

    #[test]
    fn a_word_of_its_own_is_no_abbreviation_of_a_longer_one() {
        assert_ne!(
            name_word_match("day", &["delayed"]),
            Some(WordMatch::Abbreviation)
        );
        assert_eq!(
            name_word_match("dept", &["department"]),
            Some(WordMatch::Abbreviation)
        );
        assert_eq!(
            name_word_match("yrs", &["years"]),
            Some(WordMatch::Abbreviation)
        );
    }

    #[test]
    fn a_word_cut_short_before_a_generic_nouns_consonants_names_the_column() {
        assert_eq!(
            name_word_match("alcgp", &["alcohol"]),
            Some(WordMatch::Abbreviation)
        );
        assert_eq!(
            name_word_match("inclvl", &["income"]),
            Some(WordMatch::Abbreviation)
        );
        assert_eq!(
            name_word_match("ppgdp", &["gdp"]),
            Some(WordMatch::Abbreviation)
        );
        assert_eq!(name_word_match("ability", &["lity"]), None);
        // The question's grammar is no abbreviation ("correlation" is not `CL`).
        assert_eq!(name_word_match("cl", &["correlation"]), None);
        // Not another ending, nor a head of two letters.
        assert_eq!(name_word_match("district", &["distribution"]), None);
        assert_eq!(name_word_match("agp", &["agent"]), None);
    }

    #[test]
    fn a_compound_names_its_last_word() {
        assert_eq!(
            name_word_match("owner", &["homeowners"]),
            Some(WordMatch::Abbreviation)
        );
        assert_eq!(
            name_word_match("weight", &["birthweight"]),
            Some(WordMatch::Abbreviation)
        );
        // Too short a name, or too short a first word.
        assert_eq!(name_word_match("age", &["percentage"]), None);
        assert_eq!(name_word_match("water", &["rewater"]), None);
        // A prefix that changes the sense makes no compound.
        assert!(!compound_of("mature", "premature"));
        assert!(!compound_of("weight", "underweight"));
    }

    #[test]
    fn an_n_before_a_plural_is_number_of() {
        assert_eq!(
            name_word_match("nkids", &["kids"]),
            Some(WordMatch::Abbreviation)
        );
        // Not a plural: no "number of" (at most a near-miss spelling).
        assert_ne!(
            name_word_match("nfatal", &["fatal"]),
            Some(WordMatch::Abbreviation)
        );
        assert_ne!(
            name_word_match("nose", &["ose"]),
            Some(WordMatch::Abbreviation)
        );
    }

    #[test]
    fn a_noun_made_an_adjective_names_its_column() {
        assert_eq!(name_word_match("age", &["aged"]), Some(WordMatch::Synonym));
        assert!(name_word_match("price", &["priced"]).is_some_and(|m| m >= WordMatch::Synonym));
        assert_ne!(name_word_match("bp", &["bped"]), Some(WordMatch::Synonym));
    }

    #[test]
    fn a_noun_made_an_adjective_in_al_names_its_column() {
        for (name, word) in [
            ("race", "racial"),
            ("region", "regional"),
            ("nation", "national"),
            ("president", "presidential"),
        ] {
            assert!(
                name_word_match(name, &[word]).is_some_and(|m| m >= WordMatch::Synonym),
                "{word}"
            );
        }
        // Not a short stem inside another word ("total" is no adjective of `tot`).
        assert_ne!(name_word_match("tot", &["total"]), Some(WordMatch::Synonym));
        assert_eq!(name_word_match("race", &["rational"]), None);
    }

    #[test]
    fn an_ordinal_is_the_number_in_a_name() {
        assert_eq!(name_word_match("1", &["first"]), Some(WordMatch::Same));
        assert_eq!(name_word_match("2", &["2nd"]), Some(WordMatch::Same));
        assert_eq!(name_word_match("2", &["third"]), None);
        assert_eq!(name_word_match("first", &["1"]), None);
    }

    #[test]
    fn a_short_word_without_its_vowels_is_an_abbreviation() {
        assert_eq!(
            name_word_match("cty", &["city"]),
            Some(WordMatch::Abbreviation)
        );
        assert_eq!(
            name_word_match("pmt", &["payment"]),
            Some(WordMatch::Abbreviation)
        );
        // Not a word that merely lacks a letter somewhere ("cit" is not "city" without
        // vowels), and not a word read as itself.
        assert_eq!(name_word_match("cit", &["city"]), None);
        assert_eq!(
            name_word_match("crim", &["crime"]),
            Some(WordMatch::Abbreviation)
        );
        assert_eq!(name_word_match("city", &["city"]), Some(WordMatch::Same));
    }

    #[test]
    fn abbreviations_are_in_order_letters_anchored_at_word_starts() {
        assert!(abbreviates("tbilrate", &["treasury", "bill", "rate"]));
        assert!(abbreviates("bodywt", &["body", "weight"]));
        assert!(abbreviates("cpi", &["consumer", "price", "index"]));
        assert!(abbreviates("realdpi", &["real", "disposable", "income"]));
        assert!(abbreviates("yrs", &["years"]));
        assert!(abbreviates("asst", &["assistant"]));
        // Each word must give its first letter; order matters; every word counts.
        assert!(!abbreviates("rtb", &["treasury", "bill", "rate"]));
        assert!(!abbreviates("tb", &["treasury", "bill", "rate"]));
        assert!(!abbreviates("wt", &["height"]));
        assert!(!abbreviates("m1", &["money", "supply"]));
        // A whole word plus the first letter of the next is not an abbreviation, unless the
        // name is both.
        assert!(!abbreviates("sleep", &["sleep", "primates"]));
        assert!(abbreviates("dewp", &["dew", "point"]));
        assert!(!abbreviates("sleep", &["sleeps", "primates"]));
        // Words of any script (a word starting with "á" once split a letter in two).
        assert!(!abbreviates("ad", &["ádám", "day"]));
        assert!(!abbreviates("ab", &["a", "ádám"]));
    }

    #[test]
    fn prefixes_of_the_words_in_turn_spell_a_truncated_name() {
        assert!(spelled_by_prefixes("realinv", &["real", "investment"]));
        assert!(spelled_by_prefixes(
            "tbilrate",
            &["treasury", "bill", "rate"]
        ));
        assert!(!spelled_by_prefixes("realint", &["real", "investment"]));
        // Every word gives a letter.
        assert!(!spelled_by_prefixes("real", &["real", "investment"]));
    }

    #[test]
    fn the_kind_of_match_ranks_same_over_abbreviation_over_typo() {
        assert_eq!(
            name_word_match("weight", &["weights"]),
            Some(WordMatch::Same)
        );
        assert_eq!(
            name_word_match("temp", &["temperature"]),
            Some(WordMatch::Same)
        );
        assert_eq!(
            name_word_match("7day", &["7", "day"]),
            Some(WordMatch::Compound)
        );
        assert_eq!(
            name_word_match("yrs", &["years"]),
            Some(WordMatch::Abbreviation)
        );
        assert_eq!(
            name_word_match("wt", &["weight"]),
            Some(WordMatch::Abbreviation)
        );
        assert_eq!(
            name_word_match("mass", &["weight"]),
            Some(WordMatch::Synonym)
        );
        assert_eq!(
            name_word_match("horsepower", &["horsepwer"]),
            Some(WordMatch::Typo)
        );
        assert_eq!(name_word_match("sales", &["age"]), None);
        // A plural name, the word in the singular: as its plural would.
        assert_eq!(
            name_word_match("beds", &["bedroom"]),
            Some(WordMatch::Abbreviation)
        );
        assert_eq!(name_word_match("beds", &["bread"]), None);
        assert_eq!(name_word_match("notes", &["nominated"]), None);
        assert_eq!(
            name_word_match("no", &["number"]),
            Some(WordMatch::Abbreviation)
        );
        // Grammar words abbreviate nothing.
        assert_eq!(name_word_match("mm", &["maximum"]), None);
        assert!(
            WordMatch::Same > WordMatch::Abbreviation && WordMatch::Abbreviation > WordMatch::Typo
        );
    }

    #[test]
    fn a_span_scores_by_the_share_of_the_name_it_covers() {
        let len = |w: &str| w.len() as f64;
        assert_eq!(
            span_score(&names(&["sleep", "total"]), &["total", "sleep"], len),
            Some(1.0)
        );
        let abbreviated =
            span_score(&names(&["tbilrate"]), &["treasury", "bill", "rate"], len).unwrap();
        assert!((abbreviated - 0.85).abs() < 1e-9);
        let partial = span_score(&names(&["sleep", "total"]), &["sleep"], len).unwrap();
        assert!((partial - 0.5).abs() < 1e-9);
        // A word that stands for nothing in the name: no match.
        assert_eq!(
            span_score(&names(&["sleep", "total"]), &["brain", "sleep"], len),
            None
        );
    }
}
