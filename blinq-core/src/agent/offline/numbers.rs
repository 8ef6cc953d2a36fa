//! Numbers in questions: comparisons after numeric columns, years and month names.

use super::found::Scan;
use super::intent::{Cmp, Filter};
use super::keywords::{KEYWORDS, comparative_hint};
use super::schema::{Kind, Schema};
use super::words::{Token, singular};

/// "mass over 4000", "distance >= 1000", "in 2013", "since 2008".
/// Words between a column and a comparison that only link them ("rate *of* at least 8",
/// "weight *that is* below 3600").
const LINKING: &[&str] = &[
    "is", "was", "are", "were", "be", "been", "of", "has", "had", "have", "with", "that", "which",
];

pub(crate) fn number_filters(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    spans: &[(usize, usize, String)],
    out: &mut Scan,
    filter_cols: &mut Vec<(usize, String)>,
) {
    // "the third quarter", "ranked first": an ordinal is a number of its column.
    ordinals(schema, tokens, used, spans, out, filter_cols);
    // A number right before a column belongs to it: "displacement of 8 cylinder cars".
    numbers_before(schema, tokens, used, spans, out, filter_cols);
    for (_, end, column) in spans {
        if schema.kind(column) != Kind::Number {
            continue;
        }
        let mut i = *end;
        let mut words = Vec::new();
        while i < tokens.len() && words.len() < 4 && tokens[i].number().is_none() {
            words.push(tokens[i].lower.as_str());
            i += 1;
        }
        let Some(n) = tokens.get(i).and_then(Token::number) else {
            continue;
        };
        // "unemployment *rate* of at least 8" for `unemp`: one word right after the
        // column that names nothing else is more of the column's name.
        // A comparison must follow it ("mpg since 1974" is not `mpg = 1974`).
        let lead = usize::from(
            words.len() > 1
                && words.first().is_some_and(|w| {
                    !used[*end]
                        && w.chars().all(char::is_alphabetic)
                        && !KEYWORDS.contains(w)
                        && !LINKING.contains(w)
                        && comparison(w).is_none()
                }),
        );
        // "a rate of at least 8", "weight is over 4000", "cars with more than 6": linking
        // words before the comparison say nothing themselves.
        let linking = words[lead..]
            .iter()
            .take_while(|w| LINKING.contains(w))
            .count();
        let phrase = words[lead + linking..].join(" ");
        let Some(op) = comparison(&phrase) else {
            continue;
        };
        if used[*end..=i].iter().any(|u| *u) {
            continue;
        }
        // "average rate from 1980 to 1989": a year after a time word is the calendar's
        // when the column never holds it.
        if is_year(n)
            && matches!(
                phrase.as_str(),
                "from" | "between" | "since" | "after" | "before" | "until" | ""
            )
            && !schema.holds(column, n)
            && calendar_column(schema, &["year", "yr"]).is_some_and(|(c, _)| c != *column)
        {
            continue;
        }
        used[*end..=i].iter_mut().for_each(|u| *u = true);
        filter_cols.push((*end, column.clone()));
        out.filters.push(Filter {
            column: column.clone(),
            op,
            value: number_value(n),
            year_of: false,
            month_of: false,
        });
        // "horsepower between 100 and 150".
        if phrase == "between"
            && matches!(
                tokens.get(i + 1).map(|t| t.lower.as_str()),
                Some("and" | "to")
            )
            && let Some(m) = tokens.get(i + 2).and_then(Token::number)
            && !used[i + 2]
        {
            used[i + 1..=i + 2].iter_mut().for_each(|u| *u = true);
            out.filters.push(Filter {
                column: column.clone(),
                op: Cmp::Le,
                value: number_value(m),
                year_of: false,
                month_of: false,
            });
        }
    }
    adjective_comparisons(schema, tokens, used, out);
    month_filters(schema, tokens, used, out);
    // Bare years: "in 2013", "since 2008", "before 1990".
    for i in 0..tokens.len() {
        let Some(n) = tokens[i].number() else {
            continue;
        };
        if used[i] || n.fract() != 0.0 || !(1800.0..=2100.0).contains(&n) || i == 0 {
            continue;
        }
        let prev = tokens[i - 1].lower.as_str();
        // "between 1975 and 1978", "from 2001 to 2005": the end of a range.
        let range_end = i >= 3
            && matches!(tokens[i - 3].lower.as_str(), "between" | "from")
            && tokens[i - 2].number().is_some();
        let op = match prev {
            "in" | "for" | "during" | "of" | "year" | "only" | "just" => Cmp::Eq,
            _ if MONTHS.contains(&prev) => Cmp::Eq,
            "and" | "to" | "through" | "till" if range_end => Cmp::Le,
            // "in 1931 and 1932", "in 2014 or 2015": another year of the same filter.
            "and" | "or"
                if i >= 2
                    && out.filters.last().is_some_and(|f| {
                        f.op == Cmp::Eq && f.value.as_f64() == tokens[i - 2].number()
                    }) =>
            {
                Cmp::Eq
            }
            "since" | "from" | "between" => Cmp::Ge,
            "after" => Cmp::Gt,
            "before" => Cmp::Lt,
            "until" => Cmp::Le,
            _ => continue,
        };
        let Some((column, year_of)) = calendar_column(schema, &["year", "yr"]) else {
            continue;
        };
        used[i] = true;
        out.filters.push(Filter {
            column,
            op,
            value: number_value(n),
            year_of,
            month_of: false,
        });
    }
}

/// The comparison a phrase between a column and a number (or before a number) states.
pub(crate) fn comparison(phrase: &str) -> Option<Cmp> {
    Some(match phrase {
        ">" | "over" | "above" | "greater than" | "more than" | "higher than" | "larger than"
        | "exceeds" | "exceeding" | "bigger than" | "longer than" | "heavier than"
        | "taller than" | "faster than" | "older than" | "warmer than" | "hotter than"
        | "pricier than" | "windier than" | "wetter than" | "rainier than" | "later than"
        | "after" => Cmp::Gt,
        "between" | "from" => Cmp::Ge,
        ">=" | "at least" | "greater than or equal to" | "or more" | "min" | "minimum" => Cmp::Ge,
        "<" | "under" | "below" | "less than" | "lower than" | "smaller than" | "fewer than"
        | "shorter than" | "lighter than" | "younger than" | "cheaper than" | "colder than"
        | "drier than" | "cooler than" | "slower than" | "earlier than" | "before" => Cmp::Lt,
        "<=" | "at most" | "less than or equal to" | "max" | "maximum" | "up to" => Cmp::Le,
        "=" | "" | "is" | "of" | "equal to" | "equals" | "==" | "exactly" => Cmp::Eq,
        "!=" | "not" | "is not" | "not equal to" => Cmp::Ne,
        _ => return None,
    })
}

/// "more than 6 cylinders", "at least 30 mpg", "8 cylinder cars": a number right before a
/// numeric column, with an optional comparison before the number.
fn numbers_before(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    spans: &[(usize, usize, String)],
    out: &mut Scan,
    filter_cols: &mut Vec<(usize, String)>,
) {
    for (start, end, column) in spans {
        if schema.kind(column) != Kind::Number || *start == 0 || used[*start - 1] {
            continue;
        }
        let at = *start - 1;
        // "negative nonfarm change", "positive returns".
        let sign = match tokens[at].lower.as_str() {
            "negative" => Some(Cmp::Lt),
            "positive" => Some(Cmp::Gt),
            _ => None,
        };
        if let Some(op) = sign {
            used[at] = true;
            filter_cols.push((*end, column.clone()));
            out.filters.push(Filter {
                column: column.clone(),
                op,
                value: number_value(0.0),
                year_of: false,
                month_of: false,
            });
            continue;
        }
        let Some(n) = tokens[at].number() else {
            continue;
        };
        let before: Vec<&str> = tokens[at.saturating_sub(5)..at]
            .iter()
            .map(|t| t.lower.as_str())
            .collect();
        if matches!(
            before.last().copied(),
            Some("top" | "bottom" | "first" | "last")
        ) {
            continue;
        }
        // The longest comparison phrase ending right before the number, if any.
        let (op, len) = (1..=before.len())
            .rev()
            .find_map(|k| {
                let phrase = before[before.len() - k..].join(" ");
                let unused = (at - k..at).all(|j| !used[j]);
                comparison(&phrase)
                    .filter(|_| unused && !phrase.is_empty())
                    .map(|op| (op, k))
            })
            .unwrap_or((Cmp::Eq, 0));
        if len == 0 && n.fract() == 0.0 && (1800.0..=2100.0).contains(&n) {
            // "in 2008 mass" is about a year, not a mass of 2008.
            continue;
        }
        used[at - len..at + 1].iter_mut().for_each(|u| *u = true);
        filter_cols.push((*end, column.clone()));
        out.filters.push(Filter {
            column: column.clone(),
            op,
            value: number_value(n),
            year_of: false,
            month_of: false,
        });
        // "4 or 6 cylinders": the alternatives before it.
        let mut k = at;
        while op == Cmp::Eq
            && k >= 2
            && matches!(tokens[k - 1].lower.as_str(), "or" | "and")
            && !used[k - 2]
            && let Some(m) = tokens[k - 2].number()
        {
            used[k - 2..k].iter_mut().for_each(|u| *u = true);
            out.filters.push(Filter {
                column: column.clone(),
                op,
                value: number_value(m),
                year_of: false,
                month_of: false,
            });
            k -= 2;
        }
    }
}

/// "victims older than 40", "cars heavier than 3000": a comparative adjective of a quantity
/// with no column named is about the column of that quantity (`age`, `weight`), when the
/// data has one.
fn adjective_comparisons(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    for i in 0..tokens.len().saturating_sub(2) {
        let hint = comparative_hint(&tokens[i].lower);
        if hint.is_empty() || tokens[i + 1].lower != "than" || used[i..=i + 2].iter().any(|u| *u) {
            continue;
        }
        let Some(n) = tokens[i + 2].number() else {
            continue;
        };
        let Some(op) = comparison(&format!("{} than", tokens[i].lower)) else {
            continue;
        };
        let column = hint.iter().find_map(|h| {
            schema
                .columns
                .iter()
                .find(|c| c.kind == Kind::Number && c.words.iter().any(|w| singular(w) == *h))
        });
        if let Some(c) = column {
            used[i..=i + 2].iter_mut().for_each(|u| *u = true);
            out.filters.push(Filter {
                column: c.name.clone(),
                op,
                value: number_value(n),
                year_of: false,
                month_of: false,
            });
        }
    }
}

/// The number an ordinal says: "third" → 3, "2nd" → 2.
fn ordinal(word: &str) -> Option<f64> {
    const WORDS: [&str; 12] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth",
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

/// Verbs whose ordinal is a place in a ranking ("ranked first", "finished 2nd").
const PLACED: &[&str] = &[
    "ranked", "placed", "finished", "came", "rated", "ranking", "rank",
];

/// Name words of a column holding places in a ranking.
const PLACE_WORDS: &[&str] = &["rank", "place", "position", "pos", "placing", "finish"];

/// "in the third quarter" (`quarter = 3`), "the first episode": an ordinal right before a
/// numeric column; "ranked first on their network" (`network_rank = 1`): an ordinal after a
/// ranking verb, about the column of places the question names (or the only one).
fn ordinals(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    spans: &[(usize, usize, String)],
    out: &mut Scan,
    filter_cols: &mut Vec<(usize, String)>,
) {
    let is_place = |c: &str| {
        schema.get(c).is_some_and(|c| {
            c.kind == Kind::Number && c.words.iter().any(|w| PLACE_WORDS.contains(&w.as_str()))
        })
    };
    for i in 0..tokens.len() {
        let Some(n) = ordinal(&tokens[i].lower).filter(|_| !used[i]) else {
            continue;
        };
        let next = spans
            .iter()
            .find(|(start, _, c)| *start == i + 1 && schema.kind(c) == Kind::Number);
        let column = if let Some((_, end, c)) = next {
            Some((*end, c.clone()))
        } else if i > 0 && PLACED.contains(&tokens[i - 1].lower.as_str()) {
            let said: Vec<&(usize, usize, String)> =
                spans.iter().filter(|(_, _, c)| is_place(c)).collect();
            match said.as_slice() {
                [(_, end, c)] => Some((*end, c.clone())),
                [] => {
                    let all: Vec<&str> = schema
                        .columns
                        .iter()
                        .map(|c| c.name.as_str())
                        .filter(|c| is_place(c))
                        .collect();
                    match all.as_slice() {
                        [one] => Some((i + 1, one.to_string())),
                        _ => None,
                    }
                }
                _ => None,
            }
        } else {
            None
        };
        let Some((end, column)) = column else {
            continue;
        };
        used[i] = true;
        if i > 0 && PLACED.contains(&tokens[i - 1].lower.as_str()) {
            used[i - 1] = true;
        }
        filter_cols.push((end, column.clone()));
        out.filters.push(Filter {
            column,
            op: Cmp::Eq,
            value: number_value(n),
            year_of: false,
            month_of: false,
        });
    }
}

/// A whole number a year could be.
fn is_year(n: f64) -> bool {
    n.fract() == 0.0 && (1800.0..=2100.0).contains(&n)
}

fn number_value(n: f64) -> serde_json::Value {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        serde_json::Value::from(n as i64)
    } else {
        serde_json::Value::from(n)
    }
}

const MONTHS: [&str; 12] = [
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

/// "in January", "during march": the month column, or the month of a date column.
fn month_filters(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    for i in 1..tokens.len() {
        let Some(m) = MONTHS.iter().position(|name| *name == tokens[i].lower) else {
            continue;
        };
        if used[i] || !matches!(tokens[i - 1].lower.as_str(), "in" | "during" | "for" | "of") {
            continue;
        }
        let Some((column, month_of)) = calendar_column(schema, &["month", "mon"]) else {
            continue;
        };
        used[i] = true;
        out.filters.push(Filter {
            column,
            op: Cmp::Eq,
            value: serde_json::Value::from(m as i64 + 1),
            year_of: false,
            month_of,
        });
    }
}

/// The column a year or month in a question refers to: a numeric column named by one of
/// `names` (`false`: compare it as is), else the first date/time column (`true`: compare the
/// year or month extracted from it).
fn calendar_column(schema: &Schema, names: &[&str]) -> Option<(String, bool)> {
    let named = schema
        .columns
        .iter()
        .find(|c| c.kind == Kind::Number && c.words.iter().any(|w| names.contains(&w.as_str())));
    match named {
        Some(c) => Some((c.name.clone(), false)),
        None => schema
            .columns
            .iter()
            .find(|c| c.kind == Kind::Time)
            .map(|c| (c.name.clone(), true)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_in_words_and_digits() {
        assert_eq!(ordinal("third"), Some(3.0));
        assert_eq!(ordinal("1st"), Some(1.0));
        assert_eq!(ordinal("22nd"), Some(22.0));
        assert_eq!(ordinal("4th"), Some(4.0));
        assert_eq!(ordinal("north"), None);
        assert_eq!(ordinal("first5"), None);
    }

    #[test]
    fn comparisons_and_years() {
        assert_eq!(comparison("at least"), Some(Cmp::Ge));
        assert_eq!(comparison("older than"), Some(Cmp::Gt));
        assert_eq!(comparison("drier than"), Some(Cmp::Lt));
        assert!(is_year(1980.0) && !is_year(8.0) && !is_year(1980.5));
    }
}
