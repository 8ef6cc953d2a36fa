//! Units said with numbers: scale words ("10 million"), units of a column ("30 mpg",
//! "2 hours" of a column in minutes) and periods an amount is said per ("a day").

use crate::agent::offline::keywords::{KEYWORDS, UNITS, comparative_hint};
use crate::agent::offline::refine::names_quantity;
use crate::agent::offline::schema::{ColumnRef, Kind, Schema};
use crate::agent::offline::words::Token;

/// "30 mpg on the": the position of an amount followed by one unknown word (its unit) and a
/// preposition (and an article) right before the column starting at `start`.
pub(super) fn amount_in_unit_before(
    tokens: &[Token],
    used: &[bool],
    spans: &[(usize, usize, String)],
    start: usize,
) -> Option<usize> {
    let mut at = start.checked_sub(1)?;
    if matches!(tokens[at].lower.as_str(), "the" | "a" | "an") {
        at = at.checked_sub(1)?;
    }
    if !matches!(tokens[at].lower.as_str(), "on" | "in" | "at" | "of" | "for") {
        return None;
    }
    let unit = at.checked_sub(1)?;
    let amount = unit.checked_sub(1)?;
    let word = tokens[unit].lower.as_str();
    let a_unit = word.chars().all(char::is_alphabetic)
        && !KEYWORDS.contains(&word)
        && !spans.iter().any(|(s, e, _)| (*s..*e).contains(&unit));
    let free = (amount..start).all(|k| !used[k]);
    (a_unit && free && tokens[amount].number().is_some()).then_some(amount)
}

/// Periods an amount is said per after its unit: "15 hours *a day*".
pub(super) const PER_PERIOD: &[&str] = &["hour", "day", "night", "week", "month", "year"];

/// The multiplier a scale word after a number says: "10 *million*".
pub(super) fn scale_word(word: &str) -> Option<f64> {
    match word {
        "hundred" | "hundreds" => Some(1e2),
        "thousand" | "thousands" => Some(1e3),
        "million" | "millions" | "mln" => Some(1e6),
        "billion" | "billions" | "bn" => Some(1e9),
        "trillion" | "trillions" => Some(1e12),
        _ => None,
    }
}

/// "population over 2 million" is 2,000,000 when the column counts single units, and 2
/// when its values show it is already in millions ("10 million viewers" with `viewers`
/// between 2 and 15, "30 thousand dollars" with `Price` up to 61.9): when the scaled
/// amount lies far above every value and the plain number does not, the column is read
/// as kept in units of the scale.
pub(super) fn in_column_units(schema: &Schema, column: &str, n: f64, scale: f64) -> f64 {
    let big = n * scale;
    match schema.get(column).and_then(|c| c.range) {
        Some((_, hi)) if big > hi.abs() * 10.0 && n <= hi.abs() * 10.0 => n,
        _ => big,
    }
}

/// Units of mass and of length, each with its size in the dimension's smallest unit.
pub(super) const UNIT_SIZES: &[(&str, &[&str], f64)] = &[
    ("mass", &["mg", "milligram", "milligrams"], 0.001),
    ("mass", &["g", "gram", "grams"], 1.0),
    (
        "mass",
        &["kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"],
        1000.0,
    ),
    ("mass", &["lb", "lbs", "pound", "pounds"], 453.592_37),
    ("mass", &["oz", "ounce", "ounces"], 28.349_523_125),
    ("mass", &["tonne", "tonnes"], 1e6),
    (
        "length",
        &[
            "mm",
            "millimeter",
            "millimeters",
            "millimetre",
            "millimetres",
        ],
        1.0,
    ),
    (
        "length",
        &[
            "cm",
            "centimeter",
            "centimeters",
            "centimetre",
            "centimetres",
        ],
        10.0,
    ),
    (
        "length",
        &["m", "meter", "meters", "metre", "metres"],
        1000.0,
    ),
    (
        "length",
        &["km", "kilometer", "kilometers", "kilometre", "kilometres"],
        1e6,
    ),
    ("length", &["inch", "inches"], 25.4),
    ("length", &["ft", "foot", "feet"], 304.8),
    ("length", &["mi", "mile", "miles"], 1_609_344.0),
];

/// A unit word's dimension and size.
pub(super) fn unit_size(word: &str) -> Option<(&'static str, f64)> {
    UNIT_SIZES
        .iter()
        .find(|(_, words, _)| words.contains(&word))
        .map(|(dimension, _, size)| (*dimension, *size))
}

/// "more than 5 kg" against `body_mass_g`: an amount said in one unit, compared with a
/// column whose name gives another unit of the same dimension, in the column's unit (5000).
pub(super) fn in_said_unit(schema: &Schema, column: &str, n: f64, said: Option<&Token>) -> f64 {
    let Some((dimension, size)) = said.and_then(|t| unit_size(&t.lower)) else {
        return n;
    };
    let kept = schema.get(column).and_then(|c| {
        c.words
            .iter()
            .filter_map(|w| unit_size(w))
            .find(|(d, _)| *d == dimension)
    });
    match kept {
        Some((_, column_size)) if column_size != size => {
            let v = n * size / column_size;
            // 2.5 kg in grams is 2500, not 2500.0000000000005.
            (v * 1e9).round() / 1e9
        }
        _ => n,
    }
}

/// Whether the comparative `word` is about a quantity another numeric column holds and
/// `column` does not ("hotter" is about `Temp`, not `Day`).
pub(super) fn quantity_elsewhere(schema: &Schema, column: &str, word: &str) -> bool {
    let hint = comparative_hint(word);
    let fits = |c: &ColumnRef| {
        c.kind == Kind::Number
            && c.words
                .iter()
                .any(|w| hint.iter().any(|h| names_quantity(w, h)))
    };
    !hint.is_empty() && !schema.get(column).is_some_and(fits) && schema.columns.iter().any(fits)
}

/// Mark the unit after a compared amount as read ("sleep at least 15 hours a day"), so it
/// is not taken for a noun the data lacks.
pub(super) fn units_of_numbers(tokens: &[Token], used: &mut [bool]) {
    for i in 0..tokens.len().saturating_sub(1) {
        if !used[i] || tokens[i].number().is_none() {
            continue;
        }
        // "30 thousand dollars": past the scale word read with the number.
        let at = if used[i + 1] && scale_word(&tokens[i + 1].lower).is_some() {
            i + 2
        } else {
            i + 1
        };
        let Some(unit) = tokens.get(at).filter(|_| !used[at]) else {
            continue;
        };
        if !UNITS.contains(&unit.lower.as_str()) && scale_word(&unit.lower).is_none() {
            continue;
        }
        used[at] = true;
        per_period(tokens, used, at + 1);
    }
    // "$10 an hour": the period right after the amount.
    for i in 0..tokens.len() {
        if used[i] && tokens[i].number().is_some() {
            per_period(tokens, used, i + 1);
        }
    }
}

/// "a day", "an hour", "per week" at `at`, marked read.
pub(super) fn per_period(tokens: &[Token], used: &mut [bool], at: usize) {
    if at + 1 < tokens.len()
        && matches!(tokens[at].lower.as_str(), "a" | "an" | "per")
        && PER_PERIOD.contains(&tokens[at + 1].lower.as_str())
        && !used[at]
        && !used[at + 1]
    {
        used[at] = true;
        used[at + 1] = true;
    }
}
