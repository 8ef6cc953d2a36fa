//! Tokenising questions and matching their words against column names and values.

use polars::prelude::*;

/// One word of a question: its lowercase form and the text as typed.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Token {
    /// Lowercase form.
    pub(crate) lower: String,
    /// As typed.
    pub(crate) raw: String,
}

impl Token {
    /// The token as a number, if it is one ("4000", "-2.5", "five").
    pub(crate) fn number(&self) -> Option<f64> {
        if let Ok(n) = self.lower.parse::<f64>() {
            return n.is_finite().then_some(n);
        }
        // "1:55": a time, in seconds, as a column of times is read.
        if self.lower.contains(':') {
            return super::clock::clock_seconds(&self.lower);
        }
        let words = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "fifteen", "twenty",
        ];
        let values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20];
        words
            .iter()
            .position(|w| *w == self.lower)
            .map(|i| f64::from(values[i]))
    }

    /// Whether the token is a number typed with a percent sign ("40%").
    pub(crate) fn is_percent(&self) -> bool {
        self.raw.ends_with('%') && self.number().is_some()
    }
}

/// Split a question into words, numbers and comparison symbols.
pub(crate) fn tokenize(question: &str) -> Vec<Token> {
    let chars: Vec<char> = question.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphanumeric() {
            let start = i;
            while i < chars.len() {
                let d = chars[i];
                let digit_sep = (d == '.' || d == ',')
                    && i > start
                    && chars[i - 1].is_ascii_digit()
                    && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit())
                    && chars[start].is_ascii_digit();
                // "1:55", "2:20:54": a time keeps its colons (two figures after each).
                let time_sep = d == ':'
                    && i > start
                    && chars[i - 1].is_ascii_digit()
                    && chars[start].is_ascii_digit()
                    && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit())
                    && chars.get(i + 2).is_some_and(|n| n.is_ascii_digit());
                let digit_sep = digit_sep || time_sep;
                if d.is_alphanumeric() || digit_sep {
                    i += 1;
                } else {
                    break;
                }
            }
            let raw: String = chars[start..i].iter().filter(|c| **c != ',').collect();
            let first = tokens.len();
            split_camel(&raw, &mut tokens);
            // "what's", "the proton's mass": the "s" after an apostrophe keeps it as typed,
            // so it is read as a possessive or a contraction, never as a value "s".
            if start >= 2
                && matches!(chars[start - 1], '\'' | '\u{2019}')
                && chars[start - 2].is_alphanumeric()
                && let Some(t) = tokens.get_mut(first)
            {
                t.raw.insert(0, '\'');
            }
            // "40%": the number keeps its sign as typed (`Token::is_percent`).
            if chars.get(i) == Some(&'%')
                && let Some(last) = tokens.last_mut()
                && last.lower.parse::<f64>().is_ok()
            {
                last.raw.push('%');
                i += 1;
            }
        } else if c == '-'
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit())
            && (i == 0 || !chars[i - 1].is_alphanumeric())
        {
            let start = i;
            i += 1;
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                i += 1;
            }
            let raw: String = chars[start..i].iter().collect();
            tokens.push(Token {
                lower: raw.clone(),
                raw,
            });
        } else if c == '%' {
            // "what % of the workers": a sign alone is the word.
            i += 1;
            tokens.push(Token {
                lower: "percent".into(),
                raw: "%".into(),
            });
        } else if matches!(c, '<' | '>' | '=' | '!') {
            let mut raw = c.to_string();
            if chars.get(i + 1) == Some(&'=') {
                raw.push('=');
                i += 1;
            }
            i += 1;
            tokens.push(Token {
                lower: raw.clone(),
                raw,
            });
        } else {
            i += 1;
        }
    }
    // "at least once", "more than twice": how many times, a number.
    for k in 1..tokens.len() {
        let times = match tokens[k].lower.as_str() {
            "once" => "1",
            "twice" => "2",
            _ => continue,
        };
        if matches!(
            tokens[k - 1].lower.as_str(),
            "least" | "than" | "most" | "exactly"
        ) {
            tokens[k].lower = times.into();
        }
    }
    // "less than a dollar", "over an hour", "a week or more": after a comparison, or
    // before "or more", "a" before a unit is one of it.
    const ONE_OF: &[&str] = &[
        "dollar",
        "pound",
        "euro",
        "cent",
        "hour",
        "minute",
        "second",
        "day",
        "week",
        "month",
        "year",
        "mile",
        "kilometre",
        "kilometer",
        "metre",
        "meter",
        "foot",
        "inch",
        "kilogram",
        "kilo",
        "gram",
        "litre",
        "liter",
        "gallon",
        "ton",
        "tonne",
    ];
    for k in 1..tokens.len().saturating_sub(1) {
        let or_more = tokens.get(k + 2).is_some_and(|t| t.lower == "or")
            && tokens.get(k + 3).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "more" | "less" | "longer" | "shorter" | "over" | "under" | "fewer"
                )
            });
        if matches!(tokens[k].lower.as_str(), "a" | "an")
            && (or_more
                || matches!(
                    tokens[k - 1].lower.as_str(),
                    "than" | "under" | "over" | "below" | "above" | "least" | "most" | "exactly"
                ))
            && ONE_OF.contains(&tokens[k + 1].lower.as_str())
        {
            tokens[k].lower = "1".into();
        }
    }
    // "fewer than a million": "a" before a scale word is the number one.
    for k in 0..tokens.len().saturating_sub(1) {
        if matches!(tokens[k].lower.as_str(), "a" | "an")
            && matches!(
                tokens[k + 1].lower.as_str(),
                "hundred" | "thousand" | "million" | "billion" | "trillion"
            )
        {
            tokens[k] = Token {
                lower: "1".into(),
                raw: "1".into(),
            };
        }
    }
    tokens
}

/// Push `word`, split at lower→upper case boundaries ("bodyMass" → body, mass).
fn split_camel(word: &str, out: &mut Vec<Token>) {
    let chars: Vec<char> = word.chars().collect();
    let mut start = 0;
    for i in 1..chars.len() {
        // "iPlayer", "eBay": one lowercase letter before the first capital is a prefix of
        // the word, not a word.
        let brand = start == 0 && i == 1;
        if chars[i].is_uppercase() && chars[i - 1].is_lowercase() && !brand {
            push_glued_of(&chars[start..i], out);
            start = i;
        }
    }
    push_word(&chars[start..], out);
}

/// "WeekofPurchase", "DayofWeek": a word before a capital that ends in a glued "of" is the
/// word and "of" (the rest at least three letters and not ending in "o": not "Proof").
fn push_glued_of(chars: &[char], out: &mut Vec<Token>) {
    let n = chars.len();
    let glued = n >= 5
        && chars[n - 2..] == ['o', 'f']
        && chars[n - 3] != 'o'
        && chars[1..n - 2].iter().all(|c| c.is_lowercase());
    if glued {
        push_word(&chars[..n - 2], out);
        push_word(&chars[n - 2..], out);
    } else {
        push_word(chars, out);
    }
}

fn push_word(chars: &[char], out: &mut Vec<Token>) {
    if chars.is_empty() {
        return;
    }
    let raw: String = chars.iter().collect();
    out.push(Token {
        lower: raw.to_lowercase(),
        raw,
    });
}

/// The lowercase words of a name: "Price ($)" → price; "fuelEconomy" → fuel, economy.
pub(crate) fn name_words(name: &str) -> Vec<String> {
    let words: Vec<String> = tokenize(name)
        .into_iter()
        .map(|t| t.lower)
        .filter(|w| !matches!(w.as_str(), "<" | ">" | "=" | "<=" | ">=" | "!="))
        .collect();
    // Brackets and stops around a unit (`Weight (lbs.)`) are no words to match; a name of
    // signs alone (`#`) keeps them.
    let spelt: Vec<String> = words
        .iter()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .cloned()
        .collect();
    if spelt.is_empty() { words } else { spelt }
}

/// A name of two letters or more followed by digits ("pop15") as its letters and its number.
pub(crate) fn stem_and_number(name: &str) -> Option<(&str, &str)> {
    let at = name.find(|c: char| c.is_ascii_digit())?;
    let (stem, number) = name.split_at(at);
    (stem.len() >= 2
        && stem.chars().all(|c| c.is_ascii_alphabetic())
        && number.chars().all(|c| c.is_ascii_digit()))
    .then_some((stem, number))
}

/// A label after the number that orders it ("Yes" of "1. Yes", "Advanced Degree" of
/// "5. Advanced Degree", "indomethacin" of "1_indomethacin"): a number of one or two
/// figures, then a stop and a space or an underscore.
pub(crate) fn after_its_number(value: &str) -> Option<&str> {
    let (number, label) = value.split_once(". ").or_else(|| value.split_once('_'))?;
    (!number.is_empty()
        && number.len() <= 2
        && number.chars().all(|c| c.is_ascii_digit())
        && label.chars().next().is_some_and(|c| !c.is_whitespace()))
    .then_some(label)
}

/// Words for people counted: "per 100,000 people", "more than 100 million inhabitants".
/// Words that negate what follows them or the name they are written into ("not working",
/// `count_not_working`, `non_smoker`).
pub(crate) const NEGATIONS: &[&str] = &["not", "non", "no", "un", "never"];

pub(crate) const PEOPLE: &[&str] = &["people", "persons", "inhabitants", "residents"];

/// Name words for the persons a table's rows are about, which "people" counts.
pub(crate) const PERSONS: &[&str] = &[
    "subject",
    "patient",
    "person",
    "respondent",
    "participant",
    "individual",
    "customer",
    "client",
    "member",
    "student",
    "employee",
    "user",
];

/// English plurals that no ending rule gives (Latin and Greek plurals, changed vowels),
/// each with its singular. "species" and "series" are their own singular.
const IRREGULAR_PLURALS: &[(&str, &str)] = &[
    ("genera", "genus"),
    ("species", "species"),
    ("series", "series"),
    ("people", "person"),
    ("men", "man"),
    ("women", "woman"),
    ("children", "child"),
    ("teeth", "tooth"),
    ("feet", "foot"),
    ("mice", "mouse"),
    ("geese", "goose"),
    ("indices", "index"),
    ("matrices", "matrix"),
    ("vertices", "vertex"),
    ("analyses", "analysis"),
    ("crises", "crisis"),
    ("theses", "thesis"),
    ("diagnoses", "diagnosis"),
    ("criteria", "criterion"),
    ("phenomena", "phenomenon"),
    ("alumni", "alumnus"),
    ("cacti", "cactus"),
    ("fungi", "fungus"),
    ("nuclei", "nucleus"),
    ("radii", "radius"),
    ("stimuli", "stimulus"),
    ("leaves", "leaf"),
    ("wolves", "wolf"),
    ("knives", "knife"),
    ("lives", "life"),
    ("wives", "wife"),
    ("halves", "half"),
    ("shelves", "shelf"),
    ("thieves", "thief"),
    ("heroes", "hero"),
    ("potatoes", "potato"),
    ("tomatoes", "tomato"),
];

/// A crude singular: "flights" → flight, "classes" → class, "categories" → category,
/// "genera" → genus, "women" → woman.
pub(crate) fn singular(word: &str) -> &str {
    if let Some((_, one)) = IRREGULAR_PLURALS.iter().find(|(many, _)| *many == word) {
        return one;
    }
    // "boxes", "matches", "dishes", "classes", "buzzes": -es after a hissing sound.
    if word.len() > 4
        && ["xes", "ches", "shes", "sses", "zzes"]
            .iter()
            .any(|e| word.ends_with(e))
    {
        return &word[..word.len() - 2];
    }
    if word.len() > 4 && word.ends_with("ies") {
        return &word[..word.len() - 3];
    }
    // "crisis", "analysis", "basis": Greek nouns in -sis are singular already.
    if word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("sis")
    {
        return &word[..word.len() - 1];
    }
    word
}

/// Whether two words are the same noun in either number ("salaries" and "salary",
/// "flights" and "flight", "boxes" and "box").
pub(crate) fn same_noun(a: &str, b: &str) -> bool {
    let one_way = |p: &str, s: &str| {
        p.strip_suffix('s') == Some(s)
            || p.strip_suffix("es") == Some(s)
            || (p.len() > 4
                && p.strip_suffix("ies").is_some()
                && p.strip_suffix("ies") == s.strip_suffix('y'))
    };
    let irregular = IRREGULAR_PLURALS
        .iter()
        .any(|(many, one)| (a == *many && b == *one) || (b == *many && a == *one));
    a == b || irregular || one_way(a, b) || one_way(b, a)
}

/// Irregular past tenses: what happened to every row ("how many people *came*"), or what
/// was done ("which store *sold* the most").
pub(crate) const PAST: &[&str] = &[
    "came", "went", "ran", "won", "lost", "took", "made", "had", "got", "left", "bought", "sold",
    "began", "fell", "flew", "grew", "saw", "spent", "paid", "gave", "wrote", "drove",
];

/// Irregular past participles, which with "by" after them name who or what did something
/// ("taught by instructors", "written by"), never a grouping.
const PARTICIPLES: &[&str] = &[
    "taught", "written", "won", "made", "given", "held", "built", "led", "done", "seen", "driven",
    "drawn", "chosen", "beaten", "sung", "spoken", "brought", "caught", "bought", "sold", "paid",
    "run", "hit", "sent", "kept", "found", "told", "thrown", "grown", "known", "shown", "taken",
    "ridden", "struck", "set",
];

/// Whether a word is a past participle: an irregular one, or a word of five letters or
/// more ending in "-ed" but not "-eed" ("speed", "seed").
pub(crate) fn is_participle(word: &str) -> bool {
    PARTICIPLES.contains(&word)
        || (word.len() >= 5 && word.ends_with("ed") && !word.ends_with("eed"))
}

/// Whether a question word stands for a name word: equal, plural, an abbreviation the
/// name uses ("departure" for `dep`), or a near-miss typo.
pub(crate) fn word_matches(question: &str, name: &str) -> bool {
    if question == name || singular(question) == singular(name) {
        return true;
    }
    if question.len() >= 4 && name.ends_with("ies") && question.ends_with('y') {
        return question[..question.len() - 1] == name[..name.len() - 3];
    }
    // A verb for its noun: "generated" for `generation`, "produced" for `production`.
    if let Some(stem) = question.strip_suffix("ed").filter(|s| s.len() >= 4)
        && ((stem.ends_with('t') && name.strip_suffix("ion") == Some(stem))
            || (stem.ends_with('c') && name.strip_suffix("tion") == Some(stem)))
    {
        return true;
    }
    if name.len() >= 4 && question.ends_with("ies") && name.ends_with('y') {
        return question[..question.len() - 3] == name[..name.len() - 1];
    }
    // "shelf" for `ShelveLoc`, "halves" for `half`: an f that gives way to v (shelves).
    let stem_of_f = |w: &'_ str| {
        w.strip_suffix("fe")
            .or_else(|| w.strip_suffix('f'))
            .filter(|stem| stem.len() >= 3)
            .map(str::to_string)
    };
    let stem_of_v = |w: &'_ str| {
        w.strip_suffix("ves")
            .or_else(|| w.strip_suffix("ve"))
            .filter(|stem| stem.len() >= 3)
            .map(str::to_string)
    };
    if stem_of_f(question).is_some_and(|s| stem_of_v(name) == Some(s.clone()))
        || stem_of_f(name).is_some_and(|s| stem_of_v(question) == Some(s))
    {
        return true;
    }
    // Not "processors" for `process`: a noun for those who do it is another word.
    if name.len() >= 4 && made_from(question, name, DOER_ENDINGS) {
        return false;
    }
    // "writing" for `write`, "reading" for `read`: the verb's noun in -ing.
    if name.len() >= 3 && made_from(question, name, &["ing"]) {
        return true;
    }
    // "temperature" for `temp`.
    if name.len() >= 3
        && name.chars().all(|c| c.is_alphabetic())
        && question.len() > name.len() + 1
        && question.starts_with(name)
    {
        return true;
    }
    question.len() >= 5
        && name.len() >= 5
        && question.chars().all(char::is_alphabetic)
        && (strsim::jaro_winkler(question, name) >= 0.93
            // One typo: a letter missing, extra, wrong or swapped ("orgin", "horsepwer").
            || strsim::damerau_levenshtein(question, name) <= 1)
}

/// Common English synonyms of words used in column names (both directions).
const SYNONYMS: &[(&str, &str)] = &[
    ("weight", "mass"),
    // A column named by its unit is the quantity it measures ("distance" for `Miles`).
    ("distance", "miles"),
    ("distance", "km"),
    ("distance", "kilometres"),
    ("distance", "kilometers"),
    ("weight", "kg"),
    ("weight", "lbs"),
    ("weight", "pounds"),
    ("weight", "kilograms"),
    ("temperature", "degrees"),
    ("rainfall", "precipitation"),
    ("rainfall", "precip"),
    ("death", "fatality"),
    ("death", "fatal"),
    ("revenue", "sales"),
    ("spending", "expenditure"),
    ("spending", "expense"),
    ("turnover", "sales"),
    ("cost", "price"),
    ("airline", "carrier"),
    ("speed", "velocity"),
    ("company", "symbol"),
    ("ticker", "symbol"),
    ("stock", "symbol"),
    ("nation", "country"),
    ("earnings", "income"),
    ("salary", "wage"),
    ("pay", "wage"),
    ("gender", "sex"),
    ("kind", "type"),
    ("category", "type"),
    ("town", "city"),
    ("film", "movie"),
    ("child", "kid"),
    ("schooling", "education"),
    ("individual", "person"),
    // An earthquake's magnitude on the Richter scale.
    ("magnitude", "richter"),
    ("individual", "people"),
    ("score", "rating"),
    // A column named by its unit is the quantity it measures: kilocalories are calories.
    ("calories", "kcal"),
    ("calories", "cal"),
    // A fatal attempt or accident is one in which someone died.
    ("fatal", "died"),
    ("fatal", "dead"),
    ("fatal", "death"),
    // Money "pro" and "con" a cause: from its supporters and its opponents.
    ("pro", "supporters"),
    ("pro", "backing"),
    ("con", "opponents"),
    ("con", "opposing"),
    ("women", "female"),
    ("woman", "female"),
    ("men", "male"),
    ("man", "male"),
    ("girl", "female"),
    ("died", "dead"),
    ("death", "dead"),
    ("boy", "male"),
    ("son", "male"),
    ("daughter", "female"),
    // Verbs and adjectives of a quantity: "weighs more than", "earn over", "the most
    // expensive".
    ("weigh", "weight"),
    ("weigh", "mass"),
    ("earn", "salary"),
    ("earn", "wage"),
    ("earn", "income"),
    ("expensive", "price"),
    ("expensive", "cost"),
    ("costly", "price"),
    ("pricey", "price"),
    ("charge", "price"),
    // A country's short names: "non-US cars" for `non-USA`.
    ("us", "usa"),
    ("populous", "population"),
    ("inhabitants", "population"),
    ("profitable", "profit"),
];

/// Irregular past tenses of verbs whose doer or deed has a noun ("won": winner, "drove":
/// driver, "took": takings).
const IRREGULAR_PAST: &[(&str, &str)] = &[
    ("won", "win"),
    ("drove", "drive"),
    ("rode", "ride"),
    ("sang", "sing"),
    ("wrote", "write"),
    ("ran", "run"),
    ("built", "build"),
    ("led", "lead"),
    ("held", "hold"),
    ("made", "make"),
    ("threw", "throw"),
    ("fought", "fight"),
    ("taught", "teach"),
    ("swam", "swim"),
    ("took", "take"),
    ("spent", "spend"),
    ("paid", "pay"),
    ("sold", "sell"),
];

/// The stem of a verb as the question writes it ("owned" → own, "coached" → coach, "won" →
/// win), when it is a past tense or a present in -s.
pub(crate) fn verb_stem(word: &str) -> Option<String> {
    if let Some((_, stem)) = IRREGULAR_PAST.iter().find(|(past, _)| *past == word) {
        return Some((*stem).to_string());
    }
    if PAST.contains(&word) {
        return None;
    }
    let stem = word.strip_suffix("ed").or_else(|| word.strip_suffix('s'))?;
    (stem.len() >= 3).then(|| stem.to_string())
}

/// Endings that make a noun for a thing that does something ("processor", "director");
/// not -er, since "voters" are what a `vote` column is about.
pub(crate) const DOER_ENDINGS: &[&str] = &["or", "ors"];

/// The months, in order.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The days of the week.
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Units a name writes right after a number ("run800m", "100m", "5k"), each with the
/// words a question says it in.
const DISTANCE_UNITS: &[(&str, &[&str])] = &[
    ("m", &["m", "metre", "metres", "meter", "meters"]),
    (
        "km",
        &[
            "km",
            "k",
            "kilometre",
            "kilometres",
            "kilometer",
            "kilometers",
        ],
    ),
    (
        "k",
        &[
            "k",
            "km",
            "kilometre",
            "kilometres",
            "kilometer",
            "kilometers",
        ],
    ),
    ("mi", &["mi", "mile", "miles"]),
    ("yd", &["yd", "yard", "yards"]),
];

/// The distance a name word writes as a number and a unit ("run800m" → 800 and the words
/// for metres): a race over it, or a measurement at it.
pub(crate) fn distance_in(word: &str) -> Option<(&str, &'static [&'static str])> {
    let at = word.find(|c: char| c.is_ascii_digit())?;
    let rest = &word[at..];
    let end = rest.find(|c: char| !c.is_ascii_digit())?;
    let (number, unit) = rest.split_at(end);
    DISTANCE_UNITS
        .iter()
        .find(|(u, _)| *u == unit)
        .map(|(_, said)| (number, *said))
}

/// Endings that make an adjective of a noun: "racial" of race, "regional" of region,
/// "presidential" of president.
pub(crate) const ADJECTIVE_ENDINGS: &[&str] = &["al", "ial"];

/// Whether `noun` names those who do what a count of `counted` counts: "drinkers" for
/// `drinks`, "smokers" for `smokes` (the count's name less its s, then -er).
pub(crate) fn doers_of(noun: &str, counted: &str) -> bool {
    counted.len() > 3
        && counted
            .strip_suffix('s')
            .is_some_and(|verb| made_from(singular(noun), verb, &["er"]))
}

/// Whether `noun` is the noun of the action of the verb a column is named by, said in any
/// of its forms: "citation" of `cites`, "notation" of `note`, "elimination" of
/// `eliminated`; of a verb in -ate of six letters or more, also "-ion" ("donation" of
/// `donate`, "migration" of `migrated`); "-ment" ("employment" of `Employed`,
/// "settlement" of `settled`).
pub(crate) fn action_of(noun: &str, name: &str) -> bool {
    // The verb less its final e: "cit" of `cites`, "eliminat" of `eliminated`.
    let base = match name.strip_suffix("ed") {
        Some(stem) => stem,
        None => match name.strip_suffix('s').unwrap_or(name).strip_suffix('e') {
            Some(stem) => stem,
            None => return false,
        },
    };
    if base.len() < 3 {
        return false;
    }
    let Some(rest) = noun.strip_prefix(base) else {
        return false;
    };
    // "-ment" only of a participle (`employed`, `settled`): a `state` is no "statement".
    let participle = name.ends_with("ed");
    matches!(rest, "ation" | "ations")
        || (participle && matches!(rest, "ment" | "ments" | "ement" | "ements"))
        || (base.len() >= 5 && base.ends_with("at") && matches!(rest, "ion" | "ions"))
}

/// Whether `noun` is made from the verb (or value) `stem` by one of `suffixes`: after the
/// stem, the stem without its final e ("rid-er"), or the stem with its last letter doubled
/// ("swimm-er", "winn-ings"). Doers ("owner", "rower"), deeds ("takings", "generation").
pub(crate) fn made_from(noun: &str, stem: &str, suffixes: &[&str]) -> bool {
    let base = stem.strip_suffix('e').unwrap_or(stem);
    let doubled = stem
        .chars()
        .last()
        .map(|c| format!("{stem}{c}"))
        .unwrap_or_default();
    [stem, base, doubled.as_str()].iter().any(|s| {
        !s.is_empty()
            && noun
                .strip_prefix(s)
                .is_some_and(|rest| suffixes.contains(&rest))
    })
}

/// Verbs of what a column of counts or amounts holds: "how many were born" (`births`),
/// "died" (`deaths`), "sold" (`sales`). Only for a name that is the noun alone, since
/// `birth_place` is where, not how many.
const VERB_NOUNS: &[(&str, &str)] = &[
    ("born", "birth"),
    ("died", "death"),
    ("die", "death"),
    ("killed", "death"),
    ("kill", "death"),
    ("sold", "sale"),
    ("sell", "sale"),
    ("won", "win"),
    ("win", "win"),
    ("lost", "loss"),
    ("lose", "loss"),
    ("chose", "choice"),
    ("choose", "choice"),
    ("chosen", "choice"),
];

/// Whether `verb` says what the one-word column name `name` holds ("born" for `births`),
/// or a synonym of it ("died" for `fatalities`).
pub(crate) fn verb_of_noun(verb: &str, name: &str) -> bool {
    let one = singular(name);
    VERB_NOUNS
        .iter()
        .any(|(v, n)| *v == verb && (*n == one || synonym(n, name)))
        || noun_made_from(verb, name)
}

/// Endings that make a noun of what a verb does or yields ("earnings", "shipment",
/// "donation", "arrivals").
const NOUN_ENDINGS: &[&str] = &["ings", "ing", "ments", "ment", "ions", "ion", "als", "al"];

/// Whether the name is the verb (in any of its forms) with a noun's ending: "earn" and
/// "earned" for `earnings`, "shipped" for `shipments`, "donated" for `donations`. Verbs of
/// four letters or more.
fn noun_made_from(verb: &str, name: &str) -> bool {
    if verb.len() < 4 || !verb.chars().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    let stem = verb_stem(verb).unwrap_or_else(|| verb.to_string());
    // "shipped": the doubled consonant of the past; "donate": the e dropped before -ion.
    let undoubled = stem
        .strip_suffix(|c: char| stem.len() > 4 && stem[..stem.len() - 1].ends_with(c))
        .map(str::to_string);
    let without_e = stem.strip_suffix('e').map(str::to_string);
    [Some(stem.clone()), undoubled, without_e]
        .into_iter()
        .flatten()
        .filter(|s| s.len() >= 3)
        .any(|s| {
            name.strip_prefix(s.as_str())
                .is_some_and(|rest| NOUN_ENDINGS.contains(&rest))
        })
}

/// US states (and DC, Puerto Rico) by postal code: data often holds the code where people
/// say the name ("airports in Texas" for `state = 'TX'`), or the other way round.
const US_STATES: &[(&str, &str)] = &[
    ("AL", "alabama"),
    ("AK", "alaska"),
    ("AZ", "arizona"),
    ("AR", "arkansas"),
    ("CA", "california"),
    ("CO", "colorado"),
    ("CT", "connecticut"),
    ("DE", "delaware"),
    ("DC", "district of columbia"),
    ("FL", "florida"),
    ("GA", "georgia"),
    ("HI", "hawaii"),
    ("ID", "idaho"),
    ("IL", "illinois"),
    ("IN", "indiana"),
    ("IA", "iowa"),
    ("KS", "kansas"),
    ("KY", "kentucky"),
    ("LA", "louisiana"),
    ("ME", "maine"),
    ("MD", "maryland"),
    ("MA", "massachusetts"),
    ("MI", "michigan"),
    ("MN", "minnesota"),
    ("MS", "mississippi"),
    ("MO", "missouri"),
    ("MT", "montana"),
    ("NE", "nebraska"),
    ("NV", "nevada"),
    ("NH", "new hampshire"),
    ("NJ", "new jersey"),
    ("NM", "new mexico"),
    ("NY", "new york"),
    ("NC", "north carolina"),
    ("ND", "north dakota"),
    ("OH", "ohio"),
    ("OK", "oklahoma"),
    ("OR", "oregon"),
    ("PA", "pennsylvania"),
    ("RI", "rhode island"),
    ("SC", "south carolina"),
    ("SD", "south dakota"),
    ("TN", "tennessee"),
    ("TX", "texas"),
    ("UT", "utah"),
    ("VT", "vermont"),
    ("VA", "virginia"),
    ("WA", "washington"),
    ("WV", "west virginia"),
    ("WI", "wisconsin"),
    ("WY", "wyoming"),
    ("PR", "puerto rico"),
];

/// Canada's provinces and territories by postal code, as [`US_STATES`].
const CANADIAN_PROVINCES: &[(&str, &str)] = &[
    ("AB", "alberta"),
    ("BC", "british columbia"),
    ("MB", "manitoba"),
    ("NB", "new brunswick"),
    ("NL", "newfoundland and labrador"),
    ("NS", "nova scotia"),
    ("NT", "northwest territories"),
    ("NU", "nunavut"),
    ("ON", "ontario"),
    ("PE", "prince edward island"),
    ("QC", "quebec"),
    ("SK", "saskatchewan"),
    ("YT", "yukon"),
];

/// Australia's states and territories by their usual abbreviation, as [`US_STATES`].
const AUSTRALIAN_STATES: &[(&str, &str)] = &[
    ("NSW", "new south wales"),
    ("VIC", "victoria"),
    ("QLD", "queensland"),
    ("SA", "south australia"),
    ("WA", "western australia"),
    ("TAS", "tasmania"),
    ("NT", "northern territory"),
    ("ACT", "australian capital territory"),
];

/// The other spelling of a US state, a Canadian province or an Australian state: the code
/// of a name said in lowercase words ("new york" → `NY`, "quebec" → `QC`, "queensland" →
/// `QLD`), or the lowercase name of a code ("NY" → new york; a US state's first where the
/// codes are the same).
pub(crate) fn state_or_province(said: &str) -> Option<&'static str> {
    US_STATES
        .iter()
        .chain(CANADIAN_PROVINCES)
        .chain(AUSTRALIAN_STATES)
        .find_map(|(code, name)| {
            if *name == said {
                Some(*code)
            } else if *code == said {
                Some(*name)
            } else {
                None
            }
        })
}

/// The sex a word names ("men" → male, "females" → female, "daughter" → female), by the
/// lexicon's synonyms.
pub(crate) fn sex_of(word: &str) -> Option<&'static str> {
    ["male", "female"]
        .into_iter()
        .find(|s| singular(word) == *s || synonym(word, s))
}

/// Words for the "no" of a yes/no state, with the state: "died" is not survived, "lost" not
/// won, "absent" not present.
const OPPOSITES: &[(&str, &str)] = &[
    ("died", "survived"),
    ("dead", "survived"),
    ("perished", "survived"),
    ("deceased", "survived"),
    ("lost", "won"),
    ("failed", "passed"),
    ("absent", "present"),
    ("rejected", "accepted"),
    ("accepted", "denied"),
    ("approved", "denied"),
    ("unemployed", "employed"),
    ("alive", "dead"),
    ("public", "private"),
    ("unmarried", "married"),
    ("away", "home"),
    ("late", "ontime"),
];

/// The yes/no state a word says is "no" ("died" → survived), if it is one of the lexicon's.
pub(crate) fn opposite_state(word: &str) -> Option<&'static str> {
    OPPOSITES
        .iter()
        .find(|(no, _)| *no == word)
        .map(|(_, yes)| *yes)
}

/// Whether two words are forms of one stem: "survival", "survivors" and "survived", "churn"
/// and "churned", "smokers" and "smoke", "insured" and "insurance" (a suffix such as -al,
/// -ance, -ed, -er, -ing, -ion, -or, -s off each; a stem of four letters or more left).
pub(crate) fn same_stem(a: &str, b: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "ation", "ance", "ence", "ors", "ers", "ing", "ion", "or", "er", "al", "ed", "es", "s", "e",
    ];
    // "denied" and "deny": a y turned i before an ending is the y.
    let stem = |w: &str| -> String {
        let cut = SUFFIXES
            .iter()
            .find_map(|s| w.strip_suffix(s).filter(|rest| rest.len() >= 4))
            .unwrap_or(w);
        match cut.strip_suffix('i') {
            Some(head) if cut.len() < w.len() => format!("{head}y"),
            _ => cut.to_string(),
        }
    };
    let (x, y) = (stem(a), stem(b));
    x.len() >= 4 && x == y || doubled_before_ending(a, b) || doubled_before_ending(b, a)
}

/// "tipping" and "tip", "winners" and "win": a word of three letters ending in a
/// consonant, doubled before an ending.
fn doubled_before_ending(short: &str, long: &str) -> bool {
    let Some(last) = short.chars().last() else {
        return false;
    };
    short.len() == 3
        && short.chars().all(|c| c.is_ascii_alphabetic())
        && !"aeiouy".contains(last)
        && ["ing", "ed", "er", "ers"]
            .iter()
            .any(|e| long.strip_suffix(e) == Some(&format!("{short}{last}")))
}

/// The number an ordinal says: "third" → 3, "2nd" → 2.
pub(crate) fn ordinal(word: &str) -> Option<f64> {
    const WORDS: [&str; 20] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    if let Some(k) = WORDS.iter().position(|w| *w == word) {
        return Some(k as f64 + 1.0);
    }
    let digits = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))?;
    digits.parse::<u32>().ok().map(f64::from)
}

/// Chemical elements by name and symbol: a column named by a symbol (`Fe`, `Mg`, `K`) is
/// the element the question names ("iron", "magnesium", "potassium").
const ELEMENTS: &[(&str, &str)] = &[
    ("hydrogen", "h"),
    ("helium", "he"),
    ("lithium", "li"),
    ("boron", "b"),
    ("carbon", "c"),
    ("nitrogen", "n"),
    ("oxygen", "o"),
    ("fluorine", "f"),
    ("sodium", "na"),
    ("magnesium", "mg"),
    ("aluminium", "al"),
    ("aluminum", "al"),
    ("silicon", "si"),
    ("phosphorus", "p"),
    ("sulfur", "s"),
    ("sulphur", "s"),
    ("chlorine", "cl"),
    ("potassium", "k"),
    ("calcium", "ca"),
    ("titanium", "ti"),
    ("vanadium", "v"),
    ("chromium", "cr"),
    ("manganese", "mn"),
    ("iron", "fe"),
    ("cobalt", "co"),
    ("nickel", "ni"),
    ("copper", "cu"),
    ("zinc", "zn"),
    ("arsenic", "as"),
    ("selenium", "se"),
    ("strontium", "sr"),
    ("silver", "ag"),
    ("cadmium", "cd"),
    ("tin", "sn"),
    ("barium", "ba"),
    ("platinum", "pt"),
    ("gold", "au"),
    ("mercury", "hg"),
    ("lead", "pb"),
    ("uranium", "u"),
];

/// The symbol of the chemical element a word names ("iron" → `fe`).
pub(crate) fn element_symbol(word: &str) -> Option<&'static str> {
    ELEMENTS
        .iter()
        .find(|(element, _)| *element == word)
        .map(|(_, symbol)| *symbol)
}

/// Whether a question word is a synonym of a name word ("weight" for `body_mass_g`).
pub(crate) fn synonym(question: &str, name: &str) -> bool {
    if element_symbol(question) == Some(name) {
        return true;
    }
    /// A word in the singular, "-ies" made "-y" ("fatalities" → "fatality").
    fn one(word: &str) -> String {
        match word.strip_suffix("ies") {
            Some(stem) if word.len() > 4 => format!("{stem}y"),
            _ => singular(word).to_string(),
        }
    }
    /// The table's pairs in the singular, made once.
    static SINGULAR_PAIRS: std::sync::LazyLock<Vec<(String, String)>> =
        std::sync::LazyLock::new(|| SYNONYMS.iter().map(|(a, b)| (one(a), one(b))).collect());
    let (q, n) = (one(question), one(name));
    SINGULAR_PAIRS
        .iter()
        .any(|(a, b)| (q == *a && n == *b) || (q == *b && n == *a))
}

/// How much a name word counts when scoring a match (unit suffixes count little, so that
/// "weight" reads `Weight (lbs.)`, not the one-letter typo `Height`).
pub(crate) fn word_weight(word: &str) -> f64 {
    if word.len() <= 2
        || matches!(
            word,
            "mm" | "cm"
                | "kg"
                | "usd"
                | "pct"
                | "perc"
                | "percent"
                | "percentage"
                | "in"
                | "lbs"
                | "mph"
                | "kph"
                | "kmh"
                | "mhz"
                | "khz"
                | "yds"
                | "hrs"
                | "secs"
                | "mins"
        )
    {
        0.4
    } else {
        word.len() as f64
    }
}

/// Distinct non-null text values of a column, sorted (at most `cap`; `None` when there are
/// more).
pub(crate) fn distinct_texts(column: &Column, cap: usize) -> Option<Vec<String>> {
    let strings = column.cast(&DataType::String).ok()?;
    let unique = strings.unique().ok()?;
    if unique.len() > cap {
        return None;
    }
    let ca = unique.str().ok()?;
    // Sorted: polars' `unique` has no fixed order, and a tie between two values must be
    // broken the same way on every run.
    let mut values: Vec<String> = ca.iter().flatten().map(str::to_string).collect();
    values.sort_unstable();
    Some(values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_percent_sign_is_the_word_and_numbered_labels_read_without_the_number() {
        let words: Vec<String> = tokenize("what % of them, 40% or 40 %")
            .into_iter()
            .map(|t| t.lower)
            .collect();
        assert_eq!(
            words,
            ["what", "percent", "of", "them", "40", "or", "40", "percent"]
        );
        assert_eq!(after_its_number("1_indomethacin"), Some("indomethacin"));
        assert_eq!(after_its_number("0_no SOD"), Some("no SOD"));
        assert_eq!(after_its_number("2. No"), Some("No"));
        // A name with an underscore is no numbered label.
        assert_eq!(after_its_number("drive_sys"), None);
        assert_eq!(after_its_number("123_x"), None);
    }

    #[test]
    fn a_column_named_by_its_unit_is_the_quantity_it_measures() {
        assert!(synonym("distance", "miles") && synonym("distances", "km"));
        assert!(synonym("weight", "lbs") && synonym("weight", "mass"));
        assert!(!synonym("distance", "minutes"));
        assert!(synonym("died", "dead") && synonym("deaths", "dead"));
        assert!(synonym("charge", "price"));
        assert!(synonym("children", "kids") && synonym("schooling", "education"));
        assert!(synonym("people", "individuals") && !synonym("children", "education"));
        assert!(synonym("magnitude", "richter"));
        assert!(
            synonym("fatal", "died") && synonym("supporters", "pro") && synonym("opponents", "con")
        );
    }

    #[test]
    fn those_who_do_what_a_count_counts() {
        assert!(doers_of("drinkers", "drinks") && doers_of("smoker", "smokes"));
        assert!(synonym("calories", "kcal") && synonym("kcal", "calories"));
        assert!(!doers_of("drinks", "drinks") && !doers_of("runners", "rus"));
    }

    #[test]
    fn a_distance_written_into_a_name() {
        let (number, said) = distance_in("run800m").unwrap();
        assert_eq!(number, "800");
        assert!(said.contains(&"metres") && said.contains(&"m"));
        assert_eq!(distance_in("10k").map(|d| d.0), Some("10"));
        // A number alone, or after letters that are no unit, is no distance.
        assert_eq!(distance_in("pop15"), None);
        assert_eq!(distance_in("q3tax"), None);
    }

    #[test]
    fn a_verb_names_the_count_of_what_it_does() {
        assert!(verb_of_noun("killed", "deaths"));
        assert!(verb_of_noun("kill", "deaths") && verb_of_noun("die", "deaths"));
        assert!(verb_of_noun("born", "births"));
        assert!(verb_of_noun("chose", "choice"));
        assert!(!verb_of_noun("killed", "births"));
        assert!(verb_of_noun("died", "fatalities"));
        // A noun made of the verb: "earn" for `earnings`, "shipped" for `shipments`.
        assert!(verb_of_noun("earn", "earnings") && verb_of_noun("earned", "earnings"));
        assert!(verb_of_noun("shipped", "shipments"));
        assert!(verb_of_noun("arrived", "arrivals"));
        assert!(verb_of_noun("donated", "donations") && verb_of_noun("donate", "donation"));
        assert!(!verb_of_noun("earn", "learnings") && !verb_of_noun("set", "settings"));
    }

    #[test]
    fn an_f_gives_way_to_v_and_a_doer_is_another_word() {
        assert!(word_matches("shelf", "shelve"));
        assert!(word_matches("halves", "half"));
        assert!(!word_matches("processors", "process"));
        assert!(!word_matches("directors", "direct"));
        assert!(word_matches("voters", "vote"));
        assert!(word_matches("temperature", "temp"));
        assert!(word_matches("writing", "write"));
    }

    #[test]
    fn camel_case_splits_into_words_but_one_leading_letter_is_a_prefix() {
        let words = |s: &str| name_words(s);
        assert_eq!(words("fuelEconomy"), ["fuel", "economy"]);
        assert_eq!(words("NumCompaniesWorked"), ["num", "companies", "worked"]);
        assert_eq!(words("iPlayer requests"), ["iplayer", "requests"]);
        assert_eq!(words("eBay"), ["ebay"]);
    }

    #[test]
    fn once_and_twice_after_a_comparison_are_numbers() {
        let numbers =
            |q: &str| -> Vec<Option<f64>> { tokenize(q).iter().map(Token::number).collect() };
        assert_eq!(numbers("at least once")[2], Some(1.0));
        assert_eq!(numbers("more than twice")[2], Some(2.0));
        // Elsewhere "once" is a word ("once did not now").
        assert_eq!(numbers("once did not now")[0], None);
        // "a" before a unit after a comparison is one of it.
        assert_eq!(numbers("cost less than a dollar")[3], Some(1.0));
        assert_eq!(numbers("waited over an hour")[2], Some(1.0));
        assert_eq!(numbers("less than a third")[2], None);
        assert_eq!(numbers("lasted a week or more")[1], Some(1.0));
        assert_eq!(numbers("a dollar")[0], None);
    }

    #[test]
    fn a_glued_of_before_a_capital_is_its_own_word() {
        let words = |s: &str| name_words(s);
        assert_eq!(words("WeekofPurchase"), ["week", "of", "purchase"]);
        assert_eq!(words("DayofWeek"), ["day", "of", "week"]);
        assert_eq!(words("ProofRead"), ["proof", "read"]);
        assert_eq!(words("ChiefOfficer"), ["chief", "officer"]);
        assert_eq!(words("weekof"), ["weekof"]);
    }

    #[test]
    fn a_percent_sign_stays_with_its_number() {
        let tokens = tokenize("over 40% of them, 3 % or 4");
        let said: Vec<(&str, bool)> = tokens
            .iter()
            .map(|t| (t.lower.as_str(), t.is_percent()))
            .collect();
        assert_eq!(
            said,
            [
                ("over", false),
                ("40", true),
                ("of", false),
                ("them", false),
                // A sign apart from its number is the word, as said.
                ("3", false),
                ("percent", false),
                ("or", false),
                ("4", false)
            ]
        );
        assert_eq!(tokens[1].number(), Some(40.0));
    }

    #[test]
    fn numbers_said_in_words_from_zero() {
        let tokens = tokenize("an index of zero, two or twenty");
        let numbers: Vec<Option<f64>> = tokens.iter().map(Token::number).collect();
        assert_eq!(
            numbers,
            [None, None, None, Some(0.0), Some(2.0), None, Some(20.0)]
        );
    }

    #[test]
    fn the_same_noun_in_either_number() {
        assert!(same_noun("salaries", "salary"));
        assert!(same_noun("salary", "salaries"));
        assert!(same_noun("flights", "flight"));
        assert!(same_noun("boxes", "box"));
        assert!(same_noun("day", "day"));
        // Different words, whatever their endings.
        assert!(same_noun("genera", "genus"));
        assert!(same_noun("women", "woman"));
        assert!(!same_noun("professor", "salary"));
        assert!(!same_noun("weight", "height"));
    }

    #[test]
    fn verbs_stand_for_their_nouns_in_ion() {
        assert!(word_matches("generated", "generation"));
        assert!(word_matches("produced", "production"));
        assert!(word_matches("operated", "operation"));
        // Not any word in -ed: "rated" is no `ration`, "used" no `usion`.
        assert!(!word_matches("rated", "ration"));
        assert!(!word_matches("used", "usion"));
    }

    #[test]
    fn singulars_of_regular_and_irregular_plurals() {
        assert_eq!(singular("flights"), "flight");
        assert!(word_matches("categories", "category"));
        assert_eq!(singular("classes"), "class");
        assert_eq!(singular("matches"), "match");
        assert_eq!(singular("boxes"), "box");
        assert_eq!(singular("crisis"), "crisis");
        assert_eq!(singular("crises"), "crisis");
        assert_eq!(singular("basis"), "basis");
        assert_eq!(singular("genera"), "genus");
        assert_eq!(singular("species"), "species");
        assert_eq!(singular("women"), "woman");
        assert_eq!(singular("people"), "person");
        assert_eq!(singular("status"), "status");
        assert_eq!(singular("class"), "class");
        assert!(word_matches("genera", "genus"));
        assert!(word_matches("species", "species"));
    }

    #[test]
    fn ordinals_in_words_and_digits() {
        assert_eq!(ordinal("third"), Some(3.0));
        assert_eq!(ordinal("1st"), Some(1.0));
        assert_eq!(ordinal("22nd"), Some(22.0));
        assert_eq!(ordinal("4th"), Some(4.0));
        assert_eq!(ordinal("thirteenth"), Some(13.0));
        assert!(synonym("iron", "fe"));
        assert!(synonym("potassium", "k"));
        assert!(!synonym("fe", "iron"));
        assert_eq!(ordinal("north"), None);
        assert_eq!(ordinal("first5"), None);
    }

    #[test]
    fn a_before_a_scale_word_is_one() {
        let words: Vec<String> = tokenize("fewer than a million passengers")
            .into_iter()
            .map(|t| t.lower)
            .collect();
        assert_eq!(words, ["fewer", "than", "1", "million", "passengers"]);
        assert_eq!(tokenize("a car")[0].lower, "a");
    }

    #[test]
    fn forms_of_one_stem() {
        assert!(same_stem("survival", "survived"));
        assert!(same_stem("survivors", "survived"));
        assert!(same_stem("churn", "churned"));
        assert!(same_stem("defaults", "default"));
        assert!(same_stem("smokers", "smoke") && same_stem("drinker", "drinks"));
        assert!(same_stem("insured", "insurance") && same_stem("attended", "attendance"));
        assert!(same_stem("denied", "deny") && same_stem("studied", "study"));
        assert!(!same_stem("survival", "surname"));
        assert!(!same_stem("red", "reed"));
        assert!(same_stem("tipping", "tip") && same_stem("win", "winners"));
        assert!(!same_stem("tipping", "tie") && !same_stem("seed", "seeing"));
    }
}
