//! Numbers in questions: comparisons after numeric columns, years and month names.

use super::found::Scan;
use super::intent::{Cmp, Filter, ReadAs};
use super::keywords::{KEYWORDS, UNITS, comparative_hint, is_chart_kind_word};
use super::matching::{WordMatch, abbreviates, name_word_match};
use super::refine::names_quantity;
use super::schema::{ColumnRef, Kind, Schema};
use super::words::{MONTHS, Token, ordinal, singular};

/// Words between a column and a comparison that only link them ("rate *of* at least 8",
/// "weight *that is* below 3600").
const LINKING: &[&str] = &[
    "is", "was", "are", "were", "be", "been", "of", "has", "had", "have", "with", "that", "which",
];

/// "crises per year, one line per type", "2 bars for each sex": a number of the chart's
/// marks, then what each is for, is no value of a column.
fn marks_per_group(tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i + 1)
        .is_some_and(|t| is_chart_kind_word(&t.lower))
        && tokens
            .get(i + 2)
            .is_some_and(|t| matches!(t.lower.as_str(), "per" | "for" | "by" | "each"))
}

/// Comparisons of a numeric column with a number said after it: "mass over 4000",
/// "distance >= 1000", "in 2013", "since 2008".
pub(crate) fn number_filters(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    spans: &[(usize, usize, String)],
    out: &mut Scan,
    filter_cols: &mut Vec<(usize, String)>,
) {
    numbers_in_names(tokens, used, spans);
    // "the third quarter", "ranked first": an ordinal is a number of its column.
    ordinals(schema, tokens, used, spans, out, filter_cols);
    // A number right before a column belongs to it: "displacement of 8 cylinder cars".
    numbers_before(schema, tokens, used, spans, out, filter_cols);
    for (start, end, column) in spans {
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
        if marks_per_group(tokens, i) {
            continue;
        }
        let scale = tokens.get(i + 1).and_then(|t| scale_word(&t.lower));
        // "episodes with at least 10 million viewers": the amount is the next column's.
        // Not a unit said after it ("an angle above 40 degrees" beside a `temperature`).
        let next = i + 1 + usize::from(scale.is_some());
        let unit_after = tokens
            .get(next)
            .is_some_and(|t| UNITS.contains(&t.lower.as_str()));
        if !unit_after
            && spans
                .iter()
                .any(|(s, _, c)| *s == next && c != column && schema.kind(c) == Kind::Number)
        {
            continue;
        }
        // "unemployment *rate* of at least 8" for `unemp`: one word right after the
        // column that names nothing else is more of the column's name.
        // A comparison must follow it ("mpg since 1974" is not `mpg = 1974`).
        let name_word = |k: usize| {
            words.get(k).is_some_and(|w| {
                !used[*end + k]
                    && w.chars().all(char::is_alphabetic)
                    && !KEYWORDS.contains(w)
                    && !LINKING.contains(w)
                    && comparison(w).is_none()
                    // "population larger than 2000": a comparative, not a name word.
                    && comparison(&format!("{w} than")).is_none()
            })
        };
        let mut lead = usize::from(words.len() > 1 && name_word(0));
        // "Brent crude cost more than $100": a second such word (a verb of the amount),
        // where the rest then compares.
        if lead == 1
            && words.len() > 2
            && name_word(1)
            && comparison(&words[1..].join(" ")).is_none()
            && comparison(&words[2..].join(" ")).is_some()
        {
            lead = 2;
        }
        // "a rate of at least 8", "weight is over 4000", "cars with more than 6": linking
        // words before the comparison say nothing themselves.
        let linking = words[lead..]
            .iter()
            .take_while(|w| LINKING.contains(w))
            .count();
        let phrase = words[lead + linking..].join(" ");
        // "first elected in 1817" over a column of years: that year.
        let in_year =
            phrase == "in" && is_year(n) && schema.get(column).is_some_and(|c| c.holds_years());
        let Some(mut op) = comparison(&phrase).or(in_year.then_some(Cmp::Eq)) else {
            continue;
        };
        // "before the year 1800": the word of time before "the" and the column.
        if phrase.is_empty() && *start >= 2 && tokens[start - 1].lower == "the" {
            let time = match tokens[start - 2].lower.as_str() {
                "before" => Some(Cmp::Lt),
                "after" => Some(Cmp::Gt),
                "since" => Some(Cmp::Ge),
                "until" => Some(Cmp::Le),
                _ => None,
            };
            if let Some(time) = time {
                op = time;
                used[start - 2] = true;
            }
        }
        // "a BMI of 30 or more", "aged 50 or older", "3 and under": the comparison after
        // the number says which side.
        let or_after = or_more_after(tokens, used, i);
        // "days hotter than 90" with a `Day` and a `Temp` column: a comparative of a
        // quantity is about that quantity's column, not the one said before it.
        if let Some(first) = words[lead + linking..].first()
            && quantity_elsewhere(schema, column, first)
        {
            continue;
        }
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
        if let Some((after_op, last)) = or_after
            && matches!(op, Cmp::Eq | Cmp::Ge | Cmp::Le)
        {
            op = after_op;
            used[i + 1..=last].iter_mut().for_each(|u| *u = true);
        }
        let n = match scale {
            Some(scale) if !used[i + 1] => {
                used[i + 1] = true;
                in_column_units(schema, column, n, scale)
            }
            _ => in_said_unit(schema, column, n, tokens.get(i + 1)),
        };
        let n = as_the_column_keeps_it(schema, column, n, tokens, i);
        filter_cols.push((*end, column.clone()));
        out.filters
            .push(Filter::on(column.clone(), op, number_value(n)));
        // "victims aged 18 to 25": an amount said as a range is both its ends.
        if op == Cmp::Eq
            && matches!(
                tokens.get(i + 1).map(|t| t.lower.as_str()),
                Some("to" | "through" | "thru")
            )
            && let Some(m) = tokens.get(i + 2).and_then(Token::number)
            && m > n
            && !used[i + 1]
            && !used[i + 2]
            && let Some(first) = out.filters.last_mut()
        {
            first.op = Cmp::Ge;
            used[i + 1..=i + 2].iter_mut().for_each(|u| *u = true);
            out.filters
                .push(Filter::on(column.clone(), Cmp::Le, number_value(m)));
        }
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
            out.filters
                .push(Filter::on(column.clone(), Cmp::Le, number_value(m)));
        }
    }
    share_of_the_rows(schema, tokens, used, spans, out, filter_cols);
    people_under_an_age(schema, tokens, used, out);
    adjective_comparisons(schema, tokens, used, out);
    lone_amounts(schema, tokens, used, out);
    units_of_numbers(tokens, used);
    month_filters(schema, tokens, used, out);
    decades(schema, tokens, used, out);
    // Bare years: "in 2013", "since 2008", "before 1990".
    for i in 0..tokens.len() {
        let Some(n) = tokens[i].number() else {
            continue;
        };
        if used[i] || !a_year_here(schema, n) || i == 0 {
            continue;
        }
        let mut prev = tokens[i - 1].lower.as_str();
        // "before the year 1800": the word of time before "the year".
        if prev == "year"
            && i >= 3
            && tokens[i - 2].lower == "the"
            && matches!(
                tokens[i - 3].lower.as_str(),
                "since" | "after" | "before" | "until"
            )
        {
            prev = tokens[i - 3].lower.as_str();
            used[i - 3] = true;
            used[i - 1] = true;
        }
        // "between 1975 and 1978", "from 2001 to 2005": the end of a range.
        let range_end = i >= 3
            && matches!(tokens[i - 3].lower.as_str(), "between" | "from")
            && tokens[i - 2].number().is_some();
        // "the 1999 and 2008 cars", "the 2008 models": a year naming the rows it is of.
        let of_rows = prev == "the"
            && tokens.get(i + 1).is_some_and(|t| {
                matches!(t.lower.as_str(), "and" | "or")
                    || (t.lower.chars().all(char::is_alphabetic)
                        && !KEYWORDS.contains(&t.lower.as_str()))
            });
        let op = match prev {
            "in" | "for" | "during" | "of" | "year" | "only" | "just" => Cmp::Eq,
            "the" if of_rows => Cmp::Eq,
            _ if MONTHS.contains(&prev) => Cmp::Eq,
            "and" | "to" | "through" | "till" if range_end => Cmp::Le,
            // "in 1931 and 1932", "in 2014 or 2015", "in 1952 vs 2007": another year of the
            // same filter.
            "and" | "or" | "vs" | "versus" | "against"
                if i >= 2
                    && out.filters.last().is_some_and(|f| {
                        f.op == Cmp::Eq && f.value.as_f64() == tokens[i - 2].number()
                    }) =>
            {
                Cmp::Eq
            }
            // "in 2007 compared to 1952", "compared with".
            "to" | "with"
                if i >= 3
                    && tokens[i - 2].lower == "compared"
                    && out.filters.last().is_some_and(|f| {
                        f.op == Cmp::Eq && f.value.as_f64() == tokens[i - 3].number()
                    }) =>
            {
                used[i - 2] = true;
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
        // "in 1945 or later", "in 1990 or earlier": the year and those after (before) it.
        let after = |k: usize| tokens.get(i + k).map(|t| t.lower.as_str());
        let onwards = match (op, after(1), after(2)) {
            (Cmp::Eq, Some("or" | "and"), Some("later" | "after")) => Some(Cmp::Ge),
            (Cmp::Eq, Some("or" | "and"), Some("earlier" | "before")) => Some(Cmp::Le),
            _ => None,
        };
        if onwards.is_some() {
            used[i + 1..=i + 2].iter_mut().for_each(|u| *u = true);
        }
        let op = onwards.unwrap_or(op);
        out.filters.push(Filter {
            value: number_value(in_year_digits(schema, &column, year_of, n)),
            column,
            op,
            year_of,
            month_of: false,
            weekday_of: false,
            against: None,
        });
    }
    date_of_the_verb(schema, tokens, out);
}

/// The comparison a phrase between a column and a number (or before a number) states.
pub(crate) fn comparison(phrase: &str) -> Option<Cmp> {
    Some(match phrase {
        ">" | "over" | "above" | "greater than" | "more than" | "higher than" | "larger than"
        | "exceeds" | "exceeding" | "bigger than" | "longer than" | "heavier than"
        | "taller than" | "faster than" | "older than" | "warmer than" | "hotter than"
        | "pricier than" | "windier than" | "wetter than" | "rainier than" | "later than"
        | "deeper than" | "wider than" | "after" => Cmp::Gt,
        "between" | "from" => Cmp::Ge,
        ">=" | "at least" | "greater than or equal to" | "or more" | "min" | "minimum" => Cmp::Ge,
        "<" | "under" | "below" | "less than" | "lower than" | "smaller than" | "fewer than"
        | "shorter than" | "lighter than" | "younger than" | "cheaper than" | "colder than"
        | "drier than" | "cooler than" | "slower than" | "earlier than" | "shallower than"
        | "narrower than" | "before" => Cmp::Lt,
        "<=" | "at most" | "less than or equal to" | "max" | "maximum" | "up to" => Cmp::Le,
        "=" | "" | "is" | "of" | "as" | "equal to" | "equals" | "==" | "exactly" => Cmp::Eq,
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
        if *start == 0 || used[*start - 1] {
            continue;
        }
        // "an angle above 40 degrees" beside a `temperature`: a unit after the amount a
        // numeric column said just before is compared with is that column's unit, no column
        // of its own. ("the angle at 225 degrees" is the temperature's.)
        let unit_of_another = UNITS.contains(&tokens[*start].lower.as_str())
            && spans.iter().any(|(_, e, c)| {
                c != column
                    && *e + 1 < *start
                    && *start - *e <= 4
                    && schema.kind(c) == Kind::Number
                    && comparison(
                        &tokens[*e..*start - 1]
                            .iter()
                            .map(|t| t.lower.as_str())
                            .collect::<Vec<_>>()
                            .join(" "),
                    )
                    .is_some_and(|op| op != Cmp::Eq)
            });
        if unit_of_another {
            continue;
        }
        // "10 million viewers": the number before the scale word, read in the column's units.
        let scaled = *start >= 2 && !used[*start - 2] && tokens[*start - 2].number().is_some();
        let scale = scale_word(&tokens[*start - 1].lower).filter(|_| scaled);
        // "more than 3% of their population over 75" over `pop75`, a column of
        // percentages: the percentage is the column's.
        let at = match percent_of(schema, column, tokens, used, *start) {
            Some(at) => {
                used[at + 1..*start].iter_mut().for_each(|u| *u = true);
                at
            }
            // "below 1000 in population": the amount, then "in" and what it is of.
            None if scale.is_none()
                && *start >= 2
                && tokens[*start - 1].lower == "in"
                && !used[*start - 2]
                && tokens[*start - 2].number().is_some_and(|n| !is_year(n))
                && schema.kind(column) == Kind::Number =>
            {
                used[*start - 1] = true;
                *start - 2
            }
            None => *start - 1 - usize::from(scale.is_some()),
        };
        // "cars with 6 cylinders" over a text `Cylinders` ("4", "6", "rotary"): the
        // number as the column spells it.
        if schema.kind(column) == Kind::Text {
            if let Some(value) = text_number(schema, column, &tokens[at]) {
                used[at] = true;
                filter_cols.push((*end, column.clone()));
                out.filters.push(Filter::on(
                    column.clone(),
                    Cmp::Eq,
                    serde_json::Value::String(value),
                ));
            }
            continue;
        }
        if schema.kind(column) != Kind::Number {
            continue;
        }
        // "negative nonfarm change", "positive returns".
        let sign = match tokens[at].lower.as_str() {
            "negative" => Some(Cmp::Lt),
            "positive" => Some(Cmp::Gt),
            _ => None,
        };
        if let Some(op) = sign {
            used[at] = true;
            filter_cols.push((*end, column.clone()));
            out.filters
                .push(Filter::on(column.clone(), op, number_value(0.0)));
            continue;
        }
        // "10 or more years", "3 or fewer gears": the comparison after the number.
        // "3 or more metro lines", "30 or more years of work experience": words no column
        // names may stand between it and the column.
        if let Some(first) = or_more_before(tokens, used, spans, at)
            && let Some(n) = tokens[first].number()
            && let Some(op) = or_more(&tokens[first + 2].lower)
        {
            used[first..*start].iter_mut().for_each(|u| *u = true);
            filter_cols.push((*end, column.clone()));
            out.filters
                .push(Filter::on(column.clone(), op, number_value(n)));
            continue;
        }
        // "more than 30 mpg on the highway" (`hwy`): the amount in its unit, then where it
        // is measured.
        // "more than half women" over a `women` column of percentages: half is 50 there.
        let half = (tokens[at].lower == "half" && scale.is_none())
            .then(|| half_of(schema, column))
            .flatten();
        let (at, in_unit, n) = match (tokens[at].number(), half) {
            (Some(n), _) => (at, false, n),
            (None, Some(n)) => (at, false, n),
            (None, None) if scale.is_none() => {
                match amount_in_unit_before(tokens, used, spans, *start) {
                    Some(at) => (at, true, tokens[at].number().unwrap_or_default()),
                    None => continue,
                }
            }
            (None, None) => continue,
        };
        let n = as_the_column_keeps_it(schema, column, n, tokens, at);
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
        // Only a stated comparison reaches over the unit, and only to a column the amount
        // fits ("more than 3 goals in the season" is not `season > 3`).
        let fits = || {
            schema
                .get(column)
                .and_then(|c| c.range)
                .is_some_and(|(lo, hi)| (lo..=hi).contains(&n))
        };
        if ((in_unit || half.is_some()) && len == 0) || (in_unit && !fits()) {
            continue;
        }
        if len == 0 && n.fract() == 0.0 && (1800.0..=2100.0).contains(&n) {
            // "in 2008 mass" is about a year, not a mass of 2008.
            continue;
        }
        let n = scale.map_or(n, |scale| in_column_units(schema, column, n, scale));
        // "5 miles or less", "3 bedrooms or more": the comparison after the column.
        let after = (op == Cmp::Eq && *end >= 1)
            .then(|| or_more_after(tokens, used, *end - 1))
            .flatten();
        let op = match after {
            Some((after_op, last)) => {
                used[*end..=last].iter_mut().for_each(|u| *u = true);
                after_op
            }
            None => op,
        };
        used[at - len..*start].iter_mut().for_each(|u| *u = true);
        filter_cols.push((*end, column.clone()));
        out.filters
            .push(Filter::on(column.clone(), op, number_value(n)));
        // "4 or 6 cylinders", "3, 4 and 5 gears" (the commas are not words): the
        // alternatives before it.
        let mut k = at;
        while op == Cmp::Eq && k >= 1 {
            let joined = k >= 2
                && matches!(tokens[k - 1].lower.as_str(), "or" | "and")
                && !used[k - 2]
                && tokens[k - 2].number().is_some();
            let listed = !used[k - 1]
                && tokens[k - 1]
                    .number()
                    .is_some_and(|m| m.fract() == 0.0 && !is_year(m));
            let from = if joined {
                k - 2
            } else if listed {
                k - 1
            } else {
                break;
            };
            let Some(m) = tokens[from].number() else {
                break;
            };
            used[from..k].iter_mut().for_each(|u| *u = true);
            out.filters
                .push(Filter::on(column.clone(), op, number_value(m)));
            k = from;
        }
    }
}

/// Where the number is in "N% of [the] COLUMN" before the column starting at `start`, when
/// the column holds percentages (0 to 100).
fn percent_of(
    schema: &Schema,
    column: &str,
    tokens: &[Token],
    used: &[bool],
    start: usize,
) -> Option<usize> {
    if !schema.get(column).is_some_and(ColumnRef::holds_percentages) {
        return None;
    }
    let mut at = start.checked_sub(1)?;
    if matches!(
        tokens[at].lower.as_str(),
        "the" | "their" | "its" | "his" | "her"
    ) {
        at = at.checked_sub(1)?;
    }
    if tokens[at].lower != "of" {
        return None;
    }
    let n = at.checked_sub(1)?;
    (tokens[n].is_percent() && (n..start).all(|k| !used[k])).then_some(n)
}

/// Half of a column of shares: 50 when its values are percentages (up to 100), 0.5 when
/// they are fractions (up to 1).
fn half_of(schema: &Schema, column: &str) -> Option<f64> {
    let (lo, hi) = schema.get(column)?.range?;
    if lo < 0.0 {
        None
    } else if hi <= 1.0 {
        Some(0.5)
    } else if hi <= 100.0 {
        Some(50.0)
    } else {
        None
    }
}

/// "30 mpg on the": the position of an amount followed by one unknown word (its unit) and a
/// preposition (and an article) right before the column starting at `start`.
fn amount_in_unit_before(
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
const PER_PERIOD: &[&str] = &["hour", "day", "night", "week", "month", "year"];

/// The multiplier a scale word after a number says: "10 *million*".
fn scale_word(word: &str) -> Option<f64> {
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
fn in_column_units(schema: &Schema, column: &str, n: f64, scale: f64) -> f64 {
    let big = n * scale;
    match schema.get(column).and_then(|c| c.range) {
        Some((_, hi)) if big > hi.abs() * 10.0 && n <= hi.abs() * 10.0 => n,
        _ => big,
    }
}

/// Units of mass and of length, each with its size in the dimension's smallest unit.
const UNIT_SIZES: &[(&str, &[&str], f64)] = &[
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
fn unit_size(word: &str) -> Option<(&'static str, f64)> {
    UNIT_SIZES
        .iter()
        .find(|(_, words, _)| words.contains(&word))
        .map(|(dimension, _, size)| (*dimension, *size))
}

/// "more than 5 kg" against `body_mass_g`: an amount said in one unit, compared with a
/// column whose name gives another unit of the same dimension, in the column's unit (5000).
fn in_said_unit(schema: &Schema, column: &str, n: f64, said: Option<&Token>) -> f64 {
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
fn quantity_elsewhere(schema: &Schema, column: &str, word: &str) -> bool {
    let hint = comparative_hint(word);
    let fits = |c: &ColumnRef| {
        c.kind == Kind::Number
            && c.words
                .iter()
                .any(|w| hint.iter().any(|h| names_quantity(w, h)))
    };
    !hint.is_empty() && !schema.get(column).is_some_and(fits) && schema.columns.iter().any(fits)
}

/// "how many measurements are above 20", "children under 10": a compared amount with no
/// column named is about the one numeric column whose values reach it, when only one does
/// (codes, years and 0/1 flags aside). Not before a plural noun ("more than 100
/// orders" counts rows), and not for a year.
/// "more than 20% of the people uninsured", "over half the voters turned out": a share
/// compared, then "of" and the rows' noun, is a condition on the column of shares said right
/// after that noun.
fn share_of_the_rows(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    spans: &[(usize, usize, String)],
    out: &mut Scan,
    filter_cols: &mut Vec<(usize, String)>,
) {
    for i in 1..tokens.len() {
        let Some(n) = tokens[i].number().filter(|_| !used[i]) else {
            continue;
        };
        let percent_word = tokens
            .get(i + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "percent" | "%"));
        if !tokens[i].is_percent() && !percent_word {
            continue;
        }
        let Some((op, from)) = comparison_before(tokens, used, i) else {
            continue;
        };
        let of = i + 1 + usize::from(percent_word);
        if tokens.get(of).is_none_or(|t| t.lower != "of") {
            continue;
        }
        // The rows' noun, with its article: one or two words, none of them a column.
        let Some((start, column)) = spans
            .iter()
            .find(|(s, _, _)| (of + 2..=of + 3).contains(s))
            .map(|(s, _, c)| (*s, c))
        else {
            continue;
        };
        let between = &tokens[of + 1..start];
        let shares = schema.get(column).is_some_and(|c| {
            c.kind == Kind::Number
                && (c.holds_fractions() || c.range.is_some_and(|(lo, hi)| lo >= 0.0 && hi <= 100.0))
        });
        if !shares
            || used[of + 1..start].iter().any(|u| *u)
            || !between
                .iter()
                .all(|t| t.lower.chars().all(char::is_alphabetic))
            || between
                .iter()
                .all(|t| matches!(t.lower.as_str(), "the" | "a" | "an" | "their" | "its"))
        {
            continue;
        }
        used[from..start].iter_mut().for_each(|u| *u = true);
        let n = as_the_column_keeps_it(schema, column, n, tokens, i);
        // Said before the column, as a value is: the mention is this condition.
        filter_cols.push((start - 1, column.clone()));
        out.filters
            .push(Filter::on(column.clone(), op, number_value(n)));
    }
}

/// "in the 1950s": the ten years of a decade, on the column of years (or a date's year).
fn decades(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    for (i, t) in tokens.iter().enumerate() {
        let Some(start) = t
            .lower
            .strip_suffix('s')
            .and_then(|y| y.parse::<f64>().ok())
            .filter(|y| a_year_here(schema, *y) && y % 10.0 == 0.0)
        else {
            continue;
        };
        if used[i] {
            continue;
        }
        let Some((column, year_of)) = calendar_column(schema, &["year", "yr"]) else {
            continue;
        };
        used[i] = true;
        let year = |n: f64| {
            let mut f = Filter::on(
                column.clone(),
                if n == start { Cmp::Ge } else { Cmp::Le },
                number_value(in_year_digits(schema, &column, year_of, n)),
            );
            f.year_of = year_of;
            f
        };
        out.filters.push(year(start));
        out.filters.push(year(start + 9.0));
    }
}

/// "polls that ended in November 2016" beside `startdate` and `enddate`: a verb whose stem
/// begins a date column's name says which date a year or month is of; "born" says the date
/// of birth (`dob`).
fn date_of_the_verb(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    let dated: Vec<&ColumnRef> = schema
        .columns
        .iter()
        .filter(|c| c.kind == Kind::Time && c.calendar)
        .collect();
    if dated.len() < 2 {
        return;
    }
    let chosen = tokens.iter().find_map(|t| {
        let stem = t.lower.strip_suffix("ed")?;
        (stem.len() >= 3)
            .then(|| {
                dated
                    .iter()
                    .find(|c| c.name.to_lowercase().starts_with(stem))
            })
            .flatten()
    });
    // "born before 1950" beside `appdate` and `dob`: the date of birth.
    let born = || {
        tokens.iter().any(|t| t.lower == "born").then(|| {
            dated.iter().find(|c| {
                c.words
                    .iter()
                    .any(|w| matches!(w.as_str(), "dob" | "birth" | "born" | "birthdate"))
            })
        })?
    };
    let Some(chosen) = chosen.or_else(born) else {
        return;
    };
    for f in &mut out.filters {
        if (f.year_of || f.month_of) && dated.iter().any(|c| c.name == f.column) {
            f.column = chosen.name.clone();
        }
    }
}

/// "applicants under 25", "women over 60", "brides were under 20": a plural noun, a word
/// of age and a number is a condition on the age column (`Age`), where the number is an age
/// it holds.
fn people_under_an_age(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    let Some(age) = schema.columns.iter().find(|c| {
        c.kind == Kind::Number && c.words.iter().any(|w| w == "age") && c.words.len() <= 2
    }) else {
        return;
    };
    for i in 2..tokens.len() {
        let Some(n) = tokens[i].number().filter(|_| !used[i] && !used[i - 1]) else {
            continue;
        };
        let op = match tokens[i - 1].lower.as_str() {
            "under" | "below" => Cmp::Lt,
            "over" | "above" => Cmp::Gt,
            "aged" => Cmp::Eq,
            _ => continue,
        };
        // "brides were under 20": a copula may stand between.
        let copula = i >= 3 && matches!(tokens[i - 2].lower.as_str(), "were" | "are");
        let noun = tokens[i - 2 - usize::from(copula)].lower.as_str();
        let plural = noun.len() > 3
            && noun.ends_with('s')
            && noun.chars().all(char::is_alphabetic)
            && !KEYWORDS.contains(&noun)
            && !UNITS.contains(&noun);
        if !plural || !schema.holds(&age.name, n) {
            continue;
        }
        used[i - 1..=i].iter_mut().for_each(|u| *u = true);
        let (op, last) = or_more_after(tokens, used, i).unwrap_or((op, i));
        used[i..=last].iter_mut().for_each(|u| *u = true);
        out.filters
            .push(Filter::on(age.name.clone(), op, number_value(n)));
    }
}

/// The comparison said right before the number at `i` ("more than", "over"; not a plain
/// "is") and the index of its first word, when none of its words is read yet.
fn comparison_before(tokens: &[Token], used: &[bool], i: usize) -> Option<(Cmp, usize)> {
    let two = (i >= 2).then(|| format!("{} {}", tokens[i - 2].lower, tokens[i - 1].lower));
    match two.as_deref().and_then(comparison) {
        Some(op) if !used[i - 2] && !used[i - 1] => Some((op, i - 2)),
        _ => match comparison(&tokens[i - 1].lower) {
            Some(op) if !used[i - 1] && op != Cmp::Eq && op != Cmp::Ne => Some((op, i - 1)),
            _ => None,
        },
    }
}

fn lone_amounts(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    for i in 1..tokens.len() {
        let Some(n) = tokens[i].number().filter(|_| !used[i]) else {
            continue;
        };
        let Some((op, from)) = comparison_before(tokens, used, i) else {
            continue;
        };
        // "heavier than 40" is about weight, which the data may lack (see
        // `adjective_comparisons`).
        if is_year(n)
            || matches!(tokens[i - 1].lower.as_str(), "from" | "between")
            || !comparative_hint(&tokens[from].lower).is_empty()
        {
            continue;
        }
        let next = tokens.get(i + 1).map(|t| t.lower.as_str());
        if next.is_some_and(|w| {
            w.len() > 2
                && w.ends_with('s')
                && w.chars().all(char::is_alphabetic)
                && !KEYWORDS.contains(&w)
                && !LINKING.contains(&w)
                && !UNITS.contains(&w)
        }) {
            continue;
        }
        let mut reaching = schema.columns.iter().filter(|c| {
            c.kind == Kind::Number && !c.binary && !c.labels_rows() && schema.holds(&c.name, n)
        });
        let (Some(column), None) = (reaching.next(), reaching.next()) else {
            continue;
        };
        used[from..=i].iter_mut().for_each(|u| *u = true);
        let n = in_said_unit(schema, &column.name, n, tokens.get(i + 1));
        out.filters
            .push(Filter::on(column.name.clone(), op, number_value(n)));
    }
}

/// Mark the unit after a compared amount as read ("sleep at least 15 hours a day"), so it
/// is not taken for a noun the data lacks.
fn units_of_numbers(tokens: &[Token], used: &mut [bool]) {
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
fn per_period(tokens: &[Token], used: &mut [bool], at: usize) {
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

/// "more than 20% undecided" over shares kept as fractions (0.2): a percentage said at
/// `at` compared with such a column is that fraction.
fn as_the_column_keeps_it(
    schema: &Schema,
    column: &str,
    n: f64,
    tokens: &[Token],
    at: usize,
) -> f64 {
    let percent = tokens[at].is_percent()
        || tokens
            .get(at + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "percent" | "%"));
    if percent && schema.get(column).is_some_and(ColumnRef::holds_fractions) {
        n / 100.0
    } else {
        n
    }
}

/// "or more", "or older", "and over", "and under" right after the number at `i`: the
/// comparison and the index of its last word.
/// "150 mph or more": a unit may stand between.
fn or_more_after(tokens: &[Token], used: &[bool], i: usize) -> Option<(Cmp, usize)> {
    let unit = tokens
        .get(i + 1)
        .is_some_and(|t| UNITS.contains(&t.lower.as_str()));
    let i = i + usize::from(unit);
    let joint = tokens.get(i + 1)?;
    let word = tokens.get(i + 2)?;
    if used.get(i + 1..=i + 2)?.iter().any(|u| *u) {
        return None;
    }
    match joint.lower.as_str() {
        "or" => or_more(&word.lower).map(|op| (op, i + 2)),
        // "50 and over", "5 and up", "3 and under": not "30 and 40" (no comparison).
        "and" => match word.lower.as_str() {
            "up" => Some((Cmp::Ge, i + 2)),
            w => or_more(w).map(|op| (op, i + 2)),
        },
        _ => None,
    }
}

/// Where "N or more" starts when it ends at `at` or up to three words before it, the words
/// between saying what the column's amount is of or in ("3 or more *metro* lines", "30 or
/// more *years of work* experience"): plain words no column names, or "of"; or where it is
/// measured ("8 or higher *on the* left-right scale").
fn or_more_before(
    tokens: &[Token],
    used: &[bool],
    spans: &[(usize, usize, String)],
    at: usize,
) -> Option<usize> {
    let named = |k: usize| spans.iter().any(|(s, e, _)| (*s..*e).contains(&k));
    let mut end = at;
    for _ in 0..=3 {
        if end >= 2
            && tokens[end - 1].lower == "or"
            && (end - 2..=end).all(|k| !used[k])
            && tokens[end - 2].number().is_some()
            && or_more(&tokens[end].lower).is_some()
        {
            return Some(end - 2);
        }
        let word = tokens[end].lower.as_str();
        let between = !used[end]
            && !named(end)
            && (matches!(word, "of" | "on" | "in" | "the")
                || (word.chars().all(char::is_alphabetic)
                    && !KEYWORDS.contains(&word)
                    && !LINKING.contains(&word)));
        if !between || end == 0 {
            return None;
        }
        end -= 1;
    }
    None
}

/// The comparison "N or <word>" states: "or more" is at least N, "or fewer" at most.
fn or_more(word: &str) -> Option<Cmp> {
    match word {
        "more" | "above" | "higher" | "greater" | "over" | "larger" | "longer" | "older"
        | "later" | "after" | "bigger" | "heavier" | "taller" => Some(Cmp::Ge),
        "less" | "fewer" | "below" | "lower" | "under" | "smaller" | "shorter" | "younger"
        | "earlier" | "before" | "lighter" => Some(Cmp::Le),
        _ => None,
    }
}

/// "the S&P 500", "the Fortune 500", "Formula 1": a number right after a word typed with
/// a capital inside the question (no column's, no month, no grammar word) is part of that
/// name, not an amount.
fn numbers_in_names(tokens: &[Token], used: &mut [bool], spans: &[(usize, usize, String)]) {
    for i in 2..tokens.len() {
        let name = &tokens[i - 1];
        let capital = name.raw.starts_with(|c: char| c.is_uppercase())
            && name.raw.chars().all(char::is_alphabetic);
        if tokens[i].number().is_none()
            || used[i]
            || !capital
            || MONTHS
                .iter()
                .any(|m| m.starts_with(&name.lower) && name.lower.len() >= 3)
            || KEYWORDS.contains(&name.lower.as_str())
            || LINKING.contains(&name.lower.as_str())
            // "Price Above 100", "Cars Heavier Than 3000": a comparison in title case.
            || comparison(&name.lower).is_some()
            || comparison(&format!("{} than", name.lower)).is_some()
            || UNITS.contains(&name.lower.as_str())
            || spans.iter().any(|(s, e, _)| (*s..*e).contains(&(i - 1)))
        {
            continue;
        }
        used[i] = true;
    }
}

/// The value of a text column that is the number `token` says ("6" for "6" or "six").
fn text_number(schema: &Schema, column: &str, token: &Token) -> Option<String> {
    let n = token.number()?;
    let values = schema.get(column)?.values.as_ref()?;
    values
        .iter()
        .find(|v| v.trim().parse::<f64>().ok() == Some(n))
        .cloned()
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
        let fits = |c: &&ColumnRef, h: &str| is_quantity(c, h);
        // "flippers longer than 20 cm" with `bill_length_mm` and `flipper_length_mm`: the
        // column of the word before the adjective, else the first of that quantity.
        let before = i
            .checked_sub(1)
            .map(|k| singular(&tokens[k].lower).to_string());
        let named = hint.iter().find_map(|h| {
            schema.columns.iter().find(|c| {
                fits(c, h)
                    && before
                        .as_deref()
                        .is_some_and(|b| c.words.iter().any(|w| singular(w) == b))
            })
        });
        // "a carapace longer than 40" with `CL` and `CW`: the noun and the adjective's
        // quantity ("carapace length") abbreviated into a one-word name.
        let named = named.or_else(|| {
            let b = before
                .as_deref()
                .filter(|b| b.len() >= 3 && !KEYWORDS.contains(b))?;
            hint.iter().find_map(|h| {
                schema.columns.iter().find(|c| {
                    c.kind == Kind::Number && matches!(&c.words[..], [w] if abbreviates(w, &[b, h]))
                })
            })
        });
        let column = named.or_else(|| column_of_quantity(schema, hint));
        if let Some(c) = column {
            used[i..=i + 2].iter_mut().for_each(|u| *u = true);
            let n = in_said_unit(schema, &c.name, n, tokens.get(i + 3));
            out.filters
                .push(Filter::on(c.name.clone(), op, number_value(n)));
        }
    }
    // "players 84 inches or taller": the comparative after the number (and its unit).
    for i in 0..tokens.len() {
        let Some(n) = tokens[i].number().filter(|_| !used[i]) else {
            continue;
        };
        let Some((op, last)) = or_more_after(tokens, used, i) else {
            continue;
        };
        if let Some(c) = column_of_quantity(schema, comparative_hint(&tokens[last].lower)) {
            used[i..=last].iter_mut().for_each(|u| *u = true);
            let n = in_said_unit(schema, &c.name, n, tokens.get(i + 1));
            out.filters
                .push(Filter::on(c.name.clone(), op, number_value(n)));
        }
    }
}

/// Whether `c` is a numeric column of the quantity `hint` names ("height", "weight").
fn is_quantity(c: &ColumnRef, hint: &str) -> bool {
    c.kind == Kind::Number && c.words.iter().any(|w| names_quantity(w, hint))
}

/// The first numeric column of the first quantity of `hints` that the data has.
fn column_of_quantity<'s>(schema: &'s Schema, hints: &[&str]) -> Option<&'s ColumnRef> {
    hints
        .iter()
        .find_map(|h| schema.columns.iter().find(|c| is_quantity(c, h)))
}

/// Verbs whose ordinal is a place in a ranking ("ranked first", "finished 2nd").
const PLACED: &[&str] = &[
    "ranked", "placed", "finished", "came", "rated", "ranking", "rank",
];

/// Name words of a column holding places in a ranking.
const PLACE_WORDS: &[&str] = &["rank", "place", "position", "pos", "placing", "finish"];

/// The one numeric column of places in a ranking (`Rank`, `Pos`, from 1), if the data has
/// exactly one.
pub(crate) fn places_column(schema: &Schema) -> Option<&ColumnRef> {
    let mut places = schema.columns.iter().filter(|c| {
        c.kind == Kind::Number
            && !c.binary
            && c.range.is_some_and(|(lo, _)| lo >= 1.0)
            && c.words.iter().any(|w| PLACE_WORDS.contains(&w.as_str()))
    });
    match (places.next(), places.next()) {
        (Some(place), None) => Some(place),
        _ => None,
    }
}

/// "how many Italians finished in the top ten?", "the number of Japanese in the top 10":
/// "in the top N" over a table with one column of places (`Rank`, from 1) is a condition,
/// `Rank <= N`, not a ranking of N rows ("not in the top 10", "outside the top 10":
/// `Rank > N`). Undoes the "top N" the keywords read.
pub(crate) fn within_the_top(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    let Some(i) = (2..tokens.len()).find(|&i| {
        tokens[i].lower == "top"
            && tokens[i - 1].lower == "the"
            && matches!(
                tokens[i - 2].lower.as_str(),
                "in" | "within" | "inside" | "outside"
            )
            && tokens.get(i + 1).and_then(Token::number).is_some()
    }) else {
        return;
    };
    let Some(place) = places_column(schema) else {
        return;
    };
    let n = tokens[i + 1].number().unwrap_or_default();
    used[i - 2..=i + 1].iter_mut().for_each(|u| *u = true);
    // "not in the top 10", "outside the top 10": the places after it.
    let not = i >= 3 && matches!(tokens[i - 3].lower.as_str(), "not" | "never");
    if not {
        used[i - 3] = true;
    }
    let op = if not || tokens[i - 2].lower == "outside" {
        Cmp::Gt
    } else {
        Cmp::Le
    };
    out.top_n = None;
    // The order was the one "top" gave, unless a superlative word set it.
    if out.superlative_word.is_none() {
        out.superlative = None;
    }
    out.filters
        .push(Filter::on(place.name.clone(), op, number_value(n)));
}

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
        out.filters
            .push(Filter::on(column, Cmp::Eq, number_value(n)));
    }
}

/// A whole number a year could be.
fn is_year(n: f64) -> bool {
    n.fract() == 0.0 && (1800.0..=2100.0).contains(&n)
}

/// A year as [`is_year`] says, or an earlier one (from 1000) that the data's column of
/// years holds ("in 1665" over christenings from 1629 to 1710).
fn a_year_here(schema: &Schema, n: f64) -> bool {
    is_year(n)
        || (n.fract() == 0.0
            && (1000.0..1800.0).contains(&n)
            && calendar_column(schema, &["year", "yr"])
                .is_some_and(|(c, year_of)| !year_of && schema.holds(&c, n)))
}

pub(crate) fn number_value(n: f64) -> serde_json::Value {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        serde_json::Value::from(n as i64)
    } else {
        serde_json::Value::from(n)
    }
}

/// The month a word names, 1 to 12: "february", "feb".
fn month_number(word: &str) -> Option<u32> {
    MONTHS
        .iter()
        .position(|name| *name == word || (word.len() == 3 && name.starts_with(word)))
        .and_then(|m| u32::try_from(m + 1).ok())
}

/// "on 6 february 1922", "after May 13, 2181": a whole date said in words is a day of a
/// date column (without a time of day): the one named just before it ("entered on 2 january
/// 1994"), else the first, unless a text column holds the date as said (then it is that
/// column's value). Compared as the word before it says ("on", "in" or none: that day;
/// "after", "before", "since", "until"). Runs before text values are read.
pub(crate) fn whole_dates(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    let Some(first) = schema.columns.iter().find(|c| c.date_only) else {
        return;
    };
    let day = |t: &Token| {
        t.number()
            .filter(|n| n.fract() == 0.0 && (1.0..=31.0).contains(n))
    };
    for i in 0..tokens.len().saturating_sub(2) {
        if used[i..i + 3].iter().any(|u| *u) {
            continue;
        }
        let (d, m) = match (day(&tokens[i]), month_number(&tokens[i + 1].lower)) {
            (Some(d), Some(m)) => (d, m),
            _ => match (month_number(&tokens[i].lower), day(&tokens[i + 1])) {
                (Some(m), Some(d)) => (d, m),
                _ => continue,
            },
        };
        let Some(y) = tokens[i + 2]
            .number()
            .filter(|n| n.fract() == 0.0 && (1000.0..=2999.0).contains(n))
        else {
            continue;
        };
        let Some(date) = chrono::NaiveDate::from_ymd_opt(y as i32, m, d as u32) else {
            continue;
        };
        // The date column named within two words before ("entered on", "the air date").
        let named = schema.columns.iter().find(|c| {
            c.date_only
                && tokens[i.saturating_sub(2)..i].iter().any(|t| {
                    c.words
                        .iter()
                        .any(|w| name_word_match(w, &[t.lower.as_str()]) == Some(WordMatch::Same))
                })
        });
        let said = tokens[i..i + 3]
            .iter()
            .map(|t| t.raw.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let as_text = schema.columns.iter().any(|c| {
            c.kind == Kind::Text
                && c.values.as_ref().is_some_and(|v| {
                    v.iter()
                        .any(|v| v.replace(',', "").eq_ignore_ascii_case(&said))
                })
        });
        let column = match named {
            Some(c) => c,
            None if as_text => continue,
            None => first,
        };
        let before = i.checked_sub(1).map(|k| tokens[k].lower.as_str());
        let op = match before {
            Some("after") => Cmp::Gt,
            Some("before") => Cmp::Lt,
            Some("since" | "from") => Cmp::Ge,
            Some("until" | "through" | "till") => Cmp::Le,
            _ => Cmp::Eq,
        };
        if op != Cmp::Eq {
            used[i - 1] = true;
        }
        used[i..i + 3].iter_mut().for_each(|u| *u = true);
        out.filters.push(Filter::on(
            column.name.clone(),
            op,
            serde_json::Value::from(date.format("%Y-%m-%d").to_string()),
        ));
    }
}

/// "in January", "during march": the month column, or the month of a date column.
fn month_filters(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    for i in 1..tokens.len() {
        let Some(m) = MONTHS.iter().position(|name| *name == tokens[i].lower) else {
            continue;
        };
        // "in July"; "from July onwards", "after March", "until June".
        let op = match tokens[i - 1].lower.as_str() {
            "in" | "during" | "for" | "of" => Cmp::Eq,
            "from" | "since" => Cmp::Ge,
            "after" => Cmp::Gt,
            "before" => Cmp::Lt,
            "until" | "through" | "till" => Cmp::Le,
            _ => continue,
        };
        if used[i] {
            continue;
        }
        let Some((column, month_of)) = calendar_column(schema, &["month", "mon"]) else {
            continue;
        };
        used[i] = true;
        if let Some(t) = tokens.get(i + 1)
            && matches!(t.lower.as_str(), "onwards" | "onward" | "on")
        {
            used[i + 1] = true;
        }
        out.filters.push(Filter {
            column,
            op,
            value: serde_json::Value::from(m as i64 + 1),
            year_of: false,
            month_of,
            weekday_of: false,
            against: None,
        });
    }
}

/// A year as a year column writes it: "1970" is `70` in a column of two-digit years
/// (63 to 92, as older data sets keep them), else the year itself.
fn in_year_digits(schema: &Schema, column: &str, year_of: bool, year: f64) -> f64 {
    let two_digits = !year_of
        && schema
            .get(column)
            .and_then(|c| c.range)
            .is_some_and(|(lo, hi)| lo >= 0.0 && hi <= 99.0);
    if two_digits { year % 100.0 } else { year }
}

/// The column a year or month in a question refers to: a numeric column named by one of
/// `names` (`false`: compare it as is), else the first date/time column (`true`: compare the
/// year or month extracted from it).
fn calendar_column(schema: &Schema, names: &[&str]) -> Option<(String, bool)> {
    let named = schema
        .columns
        .iter()
        .find(|c| c.kind == Kind::Number && c.words.iter().any(|w| names.contains(&w.as_str())));
    // "in 2005" over a `Season` column of years: numbers that are all years, when only one
    // column holds such.
    let named = named.or_else(|| {
        if !names.contains(&"year") {
            return None;
        }
        let mut years = schema.columns.iter().filter(|c| {
            c.kind == Kind::Number
                && !c.binary
                && c.range
                    .is_some_and(|(lo, hi)| lo >= 1800.0 && hi <= 2100.0 && lo.fract() == 0.0)
        });
        match (years.next(), years.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    });
    match named {
        Some(c) => Some((c.name.clone(), false)),
        // A time of day has no year or month.
        None => schema
            .columns
            .iter()
            .find(|c| c.kind == Kind::Time && c.calendar)
            .map(|c| (c.name.clone(), true))
            .or_else(|| year_text_column(schema, names).map(|c| (c.name.clone(), false))),
    }
}

/// The one column of dates written as text ("born before 1988" over a `Birth Date` of
/// `August 7, 1986 (age 27)`), for a year.
pub(crate) fn year_text_column<'s>(schema: &'s Schema, names: &[&str]) -> Option<&'s ColumnRef> {
    if !names.contains(&"year") {
        return None;
    }
    let mut written = schema
        .columns
        .iter()
        .filter(|c| c.reading == Some(ReadAs::Year));
    match (written.next(), written.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::intent::Order;
    use crate::agent::offline::words::tokenize;

    /// The schema of a CSV text.
    fn schema_of(csv: &str) -> Schema {
        Schema::of_csv("t", csv)
    }

    /// The filters read from `question` over `csv`, and which words were read, with a column
    /// span wherever a word is a column's whole name.
    fn read(csv: &str, question: &str) -> (Vec<Filter>, Vec<bool>) {
        let schema = schema_of(csv);
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        let spans: Vec<(usize, usize, String)> = tokens
            .iter()
            .enumerate()
            .filter_map(|(i, t)| {
                let c = schema.columns.iter().find(|c| c.name == t.lower)?;
                used[i] = true;
                Some((i, i + 1, c.name.clone()))
            })
            .collect();
        let mut out = Scan::default();
        whole_dates(&schema, &tokens, &mut used, &mut out);
        number_filters(
            &schema,
            &tokens,
            &mut used,
            &spans,
            &mut out,
            &mut Vec::new(),
        );
        (out.filters, used)
    }

    #[test]
    fn a_unit_after_the_amount_is_no_other_column() {
        // "degrees" names `temperature` too, but after the amount it is the angle's unit.
        let csv = "recipe,temperature,angle\nA,175,42\nB,185,46\n";
        let schema = schema_of(csv);
        // The filters read with the given column spans, their words already used.
        let filters = |question: &str, spans: &[(usize, usize, &str)]| {
            let tokens = tokenize(question);
            let mut used = vec![false; tokens.len()];
            for (start, _, _) in spans {
                used[*start] = true;
            }
            let spans: Vec<(usize, usize, String)> = spans
                .iter()
                .map(|(start, end, c)| (*start, *end, c.to_string()))
                .collect();
            let mut out = Scan::default();
            number_filters(
                &schema,
                &tokens,
                &mut used,
                &spans,
                &mut out,
                &mut Vec::new(),
            );
            out.filters
        };
        assert_eq!(
            filters(
                "cakes that broke at an angle above 40 degrees",
                &[(5, 6, "angle"), (8, 9, "temperature")]
            ),
            [Filter::on("angle", Cmp::Gt, 40.into())]
        );
        // With no comparison between, the unit names its own column: "at 225 degrees".
        assert_eq!(
            filters(
                "average angle at 225 degrees",
                &[(1, 2, "angle"), (4, 5, "temperature")]
            ),
            [Filter::on("temperature", Cmp::Eq, 225.into())]
        );
    }

    #[test]
    fn a_year_or_later_is_that_year_and_after() {
        let csv = "peak,p2t,year
A,8,1945
B,11,1960
C,6,1929
";
        let (filters, _) = read(
            csv,
            "average p2t of the recessions that began in 1945 or later",
        );
        assert_eq!(filters, [Filter::on("year", Cmp::Ge, 1945.into())]);
        let (filters, _) = read(csv, "recessions in 1945 or earlier");
        assert_eq!(filters, [Filter::on("year", Cmp::Le, 1945.into())]);
        let (filters, _) = read(csv, "recessions in 1945 or 1960");
        assert_eq!(filters.len(), 2);
        assert!(filters.iter().all(|f| f.op == Cmp::Eq));
    }

    #[test]
    fn a_number_of_chart_marks_per_group_is_no_value() {
        let csv = "country,type,year\nA,banking,1994\nB,currency,1997\n";
        let (filters, _) = read(csv, "number of crises per year, one line per type");
        assert!(filters.is_empty(), "{filters:?}");
        let (filters, _) = read(csv, "number of crises in year 1994");
        assert_eq!(filters, [Filter::on("year", Cmp::Eq, 1994.into())]);
    }

    #[test]
    fn a_whole_date_in_words_is_a_day_of_the_date_column() {
        let csv = "played,points\n16 May 1973,3\n6 February 1922,1\n";
        let day = |q: &str| {
            read(csv, q)
                .0
                .into_iter()
                .map(|f| (f.op, f.value))
                .collect::<Vec<_>>()
        };
        let on = serde_json::json!("1922-02-06");
        assert_eq!(
            day("points scored on 6 february 1922"),
            [(Cmp::Eq, on.clone())]
        );
        assert_eq!(day("games after Feb 6, 1922"), [(Cmp::Gt, on)]);
        assert_eq!(
            day("points before may 16 1973"),
            [(Cmp::Lt, serde_json::json!("1973-05-16"))]
        );
        // No such day; no day at all: nothing of the date column.
        assert!(
            day("points on 31 february 1922")
                .iter()
                .all(|(_, v)| v != "1922-02-31")
        );
        assert!(
            day("points in may 1973")
                .iter()
                .all(|(_, v)| !v.is_string())
        );
        // Of two date columns, the one named before the date; a date a text column holds as
        // said is that column's value, not a day.
        let two = "entered,left\n16 May 1973,1 June 1973\n6 February 1922,9 March 1922\n";
        let filters = read(two, "which single left on 9 march 1922").0;
        assert_eq!(filters[0].column, "left");
        let text = "played,note\n16 May 1973,6 February 1922\n6 February 1922,x\n";
        let filters = read(text, "the note 6 February 1922").0;
        assert!(filters.iter().all(|f| !f.value.is_string()), "{filters:?}");
    }

    const SLEEP: &str = "name,sleep,population,viewers\nA,10,2500000,9.5\nB,16,800000,12.1\n";

    #[test]
    fn or_more_after_a_unit_is_the_comparison() {
        let csv = "name,winds\nA,120\nB,150\nC,160\n";
        let (filters, _) = read(csv, "storms with winds of 150 mph or more");
        assert_eq!(filters, vec![Filter::on("winds", Cmp::Ge, 150.into())]);
    }

    #[test]
    fn a_percentage_against_fractions_is_a_fraction() {
        let csv = "poll,undecided\nA,0.1\nB,0.25\nC,0\n";
        let (filters, _) = read(csv, "polls with undecided above 20%");
        assert_eq!(filters, vec![Filter::on("undecided", Cmp::Gt, 0.2.into())]);
        let (filters, _) = read(csv, "polls with undecided above 20 percent");
        assert_eq!(filters, vec![Filter::on("undecided", Cmp::Gt, 0.2.into())]);
        let (filters, _) = read(csv, "polls with more than 20% undecided");
        assert_eq!(filters, vec![Filter::on("undecided", Cmp::Gt, 0.2.into())]);
        // Not a plain number.
        let (filters, _) = read(csv, "polls with undecided above 0.2");
        assert_eq!(filters, vec![Filter::on("undecided", Cmp::Gt, 0.2.into())]);
    }

    #[test]
    fn a_percentage_of_a_column_of_percentages_is_compared_with_it() {
        // Both columns reach 40, so a lone "more than 40" names neither.
        let csv = "name,share,amount\nA,10,25\nB,60,900\n";
        let (filters, used) = read(csv, "more than 40% of the share");
        assert_eq!(filters, vec![Filter::on("share", Cmp::Gt, 40.into())]);
        assert!(used.iter().all(|u| *u), "{used:?}");
        let (filters, _) = read(csv, "under 5% of their share");
        assert_eq!(filters, vec![Filter::on("share", Cmp::Lt, 5.into())]);
        // Not without the percent sign, nor for a column beyond 100.
        let (filters, _) = read(csv, "more than 40 of the share");
        assert!(filters.is_empty(), "{filters:?}");
        let (filters, _) = read(csv, "more than 40% of the amount");
        assert!(filters.is_empty(), "{filters:?}");
    }

    #[test]
    fn a_decade_is_its_ten_years() {
        let csv = "disease,year,count\nPolio,1952,300\nPolio,1961,20\n";
        let (filters, _) = read(csv, "polio cases in the 1950s");
        assert_eq!(
            filters,
            vec![
                Filter::on("year", Cmp::Ge, 1950.into()),
                Filter::on("year", Cmp::Le, 1959.into())
            ]
        );
    }

    #[test]
    fn a_verb_says_which_date_a_month_is_of() {
        let csv = "startdate,enddate,clinton\n2016-10-28,2016-11-02,45\n2016-11-01,2016-11-06,44\n";
        let (filters, _) = read(csv, "polls that ended in November 2016");
        assert!(
            !filters.is_empty() && filters.iter().all(|f| f.column == "enddate"),
            "{filters:?}"
        );
        let (filters, _) = read(csv, "polls that started in November 2016");
        assert!(
            !filters.is_empty() && filters.iter().all(|f| f.column == "startdate"),
            "{filters:?}"
        );
    }

    #[test]
    fn a_noun_and_a_comparative_compare_the_name_that_abbreviates_them() {
        let csv = "sp,CL,CW\nB,16.1,19.0\nO,42.0,46.5\nB,38.5,41.2\n";
        let (filters, _) = read(csv, "how many crabs have a carapace longer than 40 mm?");
        assert_eq!(filters, vec![Filter::on("CL", Cmp::Gt, 40.into())]);
        let (filters, _) = read(csv, "crabs with a carapace wider than 45");
        assert_eq!(filters, vec![Filter::on("CW", Cmp::Gt, 45.into())]);
        // A noun whose initial the name does not keep: no column of that quantity.
        let (filters, _) = read(csv, "crabs with a shell wider than 45");
        assert!(filters.iter().all(|f| f.column != "CL"), "{filters:?}");
    }

    #[test]
    fn an_amount_said_as_a_range_is_both_its_ends() {
        let csv = "forename,age\nAaron,24\nViolet,100\nBen,18\n";
        let (filters, _) = read(csv, "how many victims of age 18 to 25?");
        assert_eq!(
            filters,
            vec![
                Filter::on("age", Cmp::Ge, 18.into()),
                Filter::on("age", Cmp::Le, 25.into())
            ]
        );
        // Not a range that runs backwards.
        let (filters, _) = read(csv, "victims of age 25 to 18");
        assert_eq!(filters[0], Filter::on("age", Cmp::Eq, 25.into()));
    }

    #[test]
    fn a_number_after_a_name_typed_with_a_capital_is_part_of_it() {
        let csv = "date,open,close\n2015-12-31,2060.59,2043.94\n2015-12-30,2077.34,2063.36\n";
        let (filters, _) = read(csv, "on which day did the S&P 500 close at its highest?");
        assert!(filters.is_empty(), "{filters:?}");
        // A month's day, or a number after a column, is still read, in title case too.
        let (filters, _) = read(csv, "days with close above 2050");
        assert_eq!(filters, vec![Filter::on("close", Cmp::Gt, 2050.into())]);
        let (filters, _) = read(csv, "Days With close Above 2050");
        assert_eq!(filters, vec![Filter::on("close", Cmp::Gt, 2050.into())]);
    }

    #[test]
    fn people_under_an_age_compare_the_age_column() {
        let csv = "Status,Age,Amount\ngood,22,800\nbad,41,1600\ngood,67,1200\n";
        let (filters, _) = read(
            csv,
            "how many applicants under 25 asked for more than 1,500?",
        );
        assert!(
            filters.contains(&Filter::on("Age", Cmp::Lt, 25.into())),
            "{filters:?}"
        );
        let (filters, _) = read(csv, "how many customers over 60");
        assert_eq!(filters, vec![Filter::on("Age", Cmp::Gt, 60.into())]);
        // Not an age the column never holds, nor after a word that is no plural noun.
        let (filters, _) = read(csv, "how many applicants under 5000");
        assert!(filters.iter().all(|f| f.column != "Age"), "{filters:?}");
    }

    #[test]
    fn a_number_before_its_column_then_or_less_compares() {
        let csv = "date,miles,bedrooms\n1/1/2002,5,2\n1/2/2002,14,4\n";
        let (filters, used) = read(csv, "runs of 5 miles or less");
        assert_eq!(filters, vec![Filter::on("miles", Cmp::Le, 5.into())]);
        assert!(used[2..].iter().all(|u| *u), "{used:?}");
        let (filters, _) = read(csv, "houses with 3 bedrooms or more");
        assert_eq!(filters, vec![Filter::on("bedrooms", Cmp::Ge, 3.into())]);
        let (filters, _) = read(csv, "runs of 5 miles");
        assert_eq!(filters, vec![Filter::on("miles", Cmp::Eq, 5.into())]);
    }

    #[test]
    fn a_column_rated_as_a_number_equals_it() {
        let csv = "rating,age\n3,32\n5,27\n";
        let (filters, _) = read(csv, "people who gave a rating as 5");
        assert_eq!(filters, vec![Filter::on("rating", Cmp::Eq, 5.into())]);
    }

    #[test]
    fn or_more_reaches_its_column_over_words_no_column_names() {
        let csv = "name,lines,experience,wage\nA,1,3,10\nB,5,40,20\n";
        let (filters, used) = read(csv, "stations served by 3 or more metro lines");
        assert_eq!(filters, vec![Filter::on("lines", Cmp::Ge, 3.into())]);
        assert!(used[3..].iter().all(|u| *u), "{used:?}");
        let (filters, _) = read(csv, "workers with 30 or fewer years of work experience");
        assert_eq!(filters, vec![Filter::on("experience", Cmp::Le, 30.into())]);
        // Where it is measured: "on the".
        let (filters, _) = read(csv, "people rated 8 or higher on the experience scale");
        assert_eq!(filters, vec![Filter::on("experience", Cmp::Ge, 8.into())]);
        // Another column between: the amount is not this one's.
        let (filters, _) = read(csv, "3 or more wage lines");
        assert!(!filters.iter().any(|f| f.column == "lines"), "{filters:?}");
        // More than three words between: too far to be one phrase.
        let (filters, _) = read(csv, "3 or more of the busy old metro lines");
        assert!(filters.is_empty(), "{filters:?}");
    }

    #[test]
    fn a_share_of_the_rows_compares_the_column_of_shares_after_them() {
        let csv = "district,uninsured,population\nTX-33,0.385,700000\nCA-29,0.2,710000\n";
        let (filters, _) = read(csv, "districts with more than 20% of the people uninsured");
        assert_eq!(filters, vec![Filter::on("uninsured", Cmp::Gt, 0.2.into())]);
        // Not a column of amounts.
        let (filters, _) = read(csv, "districts with more than 20% of the people population");
        assert!(filters.is_empty(), "{filters:?}");
    }

    #[test]
    fn an_amount_in_another_unit_is_compared_in_the_columns() {
        // (`read` finds a column only where a word is its whole name.)
        let csv = "name,grams,mm\nA,3750,39.1\nB,5200,46.5\n";
        let (filters, _) = read(csv, "grams over 5 kg");
        assert_eq!(filters, vec![Filter::on("grams", Cmp::Gt, 5000.into())]);
        let (filters, _) = read(csv, "mm above 4.2 cm");
        assert_eq!(filters, vec![Filter::on("mm", Cmp::Gt, 42.into())]);
        // The column's own unit, or none, leaves the amount as said.
        let (filters, _) = read(csv, "grams over 4000 g");
        assert_eq!(filters, vec![Filter::on("grams", Cmp::Gt, 4000.into())]);
        let (filters, _) = read("w\n1\n", "w over 5 kg");
        assert_eq!(filters, vec![Filter::on("w", Cmp::Gt, 5.into())]);
    }

    #[test]
    fn in_the_top_n_is_a_condition_on_the_places() {
        let read = |csv: &str, q: &str| {
            let schema = schema_of(csv);
            let tokens = tokenize(q);
            let mut used = vec![false; tokens.len()];
            let mut out = Scan {
                superlative: Some(Order::Desc),
                top_n: Some(10),
                ..Scan::default()
            };
            within_the_top(&schema, &tokens, &mut used, &mut out);
            out
        };
        let ranked = "rank,nation\n1,ITA\n2,SWE\n3,ITA\n";
        let out = read(ranked, "how many italians finished in the top ten");
        assert_eq!((out.top_n, out.superlative), (None, None));
        assert_eq!(out.filters.len(), 1);
        assert_eq!(
            (out.filters[0].column.as_str(), out.filters[0].op),
            ("rank", Cmp::Le)
        );
        assert_eq!(out.filters[0].value.as_f64(), Some(10.0));
        for q in [
            "which nation was not in the top 10",
            "who finished outside the top 10",
        ] {
            let out = read(ranked, q);
            assert_eq!(out.filters[0].op, Cmp::Gt, "{q}");
        }
        // A ranking ("the top 10 nations") and a table without places stay as read.
        assert_eq!(read(ranked, "the top 10 nations").top_n, Some(10));
        assert_eq!(
            read("score,nation\n5,ITA\n", "in the top 10").top_n,
            Some(10)
        );
    }

    #[test]
    fn an_amount_then_in_and_a_column_compares_that_column() {
        let csv = "city,population\nA,800\nB,5000\n";
        let (filters, used) = read(csv, "cities below 1000 in population");
        assert_eq!(filters.len(), 1);
        assert_eq!(
            (filters[0].column.as_str(), filters[0].op),
            ("population", Cmp::Lt)
        );
        assert_eq!(filters[0].value.as_f64(), Some(1000.0));
        assert!(used[1..].iter().all(|u| *u));
        // A year before "in" is no amount of the column.
        let (filters, _) = read(csv, "cities after 2001 in population");
        assert!(filters.iter().all(|f| f.value.as_f64() != Some(2001.0)));
    }

    #[test]
    fn a_lone_amount_is_about_the_one_column_that_reaches_it() {
        // `len` runs 0.9–33.9, `dose` 0.5–2: only `len` holds 20; both hold 1.
        let csv = "len,supp,dose\n0.9,VC,0.5\n33.9,OJ,2\n15.2,VC,1\n15.2,OJ,1\n";
        let (filters, _) = read(csv, "how many measurements are above 20");
        assert_eq!(filters, vec![Filter::on("len", Cmp::Gt, 20.into())]);
        assert!(read(csv, "how many are above 1").0.is_empty());
        // "more than 5 orders" counts rows; a year is the calendar's.
        assert!(read(csv, "which supp has more than 5 doses").0.is_empty());
        assert!(
            read("pop\n1000\n3000\n", "how many after 1990")
                .0
                .is_empty()
        );
    }

    #[test]
    fn a_unit_after_a_compared_amount_is_read_with_it() {
        let (filters, used) = read(SLEEP, "mammals that sleep at least 15 hours a day");
        assert_eq!(filters.len(), 1);
        assert_eq!(
            (filters[0].op, filters[0].value.as_f64()),
            (Cmp::Ge, Some(15.0))
        );
        // "hours a day" is read; "mammals that" is not this rule's.
        assert_eq!(
            used,
            [false, false, true, true, true, true, true, true, true]
        );
        // A word after a number that is not a unit stays unread.
        let (_, used) = read(SLEEP, "sleep over 15 zebras");
        assert!(!used[3]);
    }

    #[test]
    fn an_amount_in_its_unit_reaches_the_column_it_is_measured_on() {
        let csv = "hwy,season\n29,1999\n44,2008\n12,2001\n";
        let (filters, used) = read(csv, "cars with more than 30 mpg on the hwy");
        assert_eq!(filters.len(), 1);
        assert_eq!(
            (
                filters[0].column.as_str(),
                filters[0].op,
                filters[0].value.as_f64()
            ),
            ("hwy", Cmp::Gt, Some(30.0))
        );
        // "more than 30 mpg on the" is read with it; "cars with" is not this rule's.
        assert_eq!(
            used,
            [false, false, true, true, true, true, true, true, true]
        );
        // Without a comparison, or with an amount the column never holds, it is not.
        assert!(read(csv, "cars with 30 mpg on the hwy").0.is_empty());
        assert!(read(csv, "more than 3 goals in the season").0.is_empty());
    }

    #[test]
    fn half_of_a_column_of_shares_is_half_its_scale() {
        let csv = "women,share,income\n5.5,0.1,900\n96.5,0.9,1200\n";
        let (filters, used) = read(csv, "jobs that are more than half women");
        assert_eq!(
            (
                filters[0].column.as_str(),
                filters[0].op,
                filters[0].value.as_f64()
            ),
            ("women", Cmp::Gt, Some(50.0))
        );
        assert!(used[3..].iter().all(|u| *u));
        let (filters, _) = read(csv, "less than half share");
        assert_eq!(
            (filters[0].op, filters[0].value.as_f64()),
            (Cmp::Lt, Some(0.5))
        );
        // Half of a column that is no share is no number; nor is half without a comparison.
        assert!(read(csv, "more than half income").0.is_empty());
        assert!(read(csv, "half women").0.is_empty());
    }

    #[test]
    fn a_scale_word_multiplies_unless_the_column_is_kept_in_that_scale() {
        let (filters, _) = read(SLEEP, "towns with population over 1 million");
        assert_eq!(filters[0].value.as_f64(), Some(1e6));
        // `viewers` never exceeds 13: it counts millions already.
        let (filters, _) = read(SLEEP, "episodes with viewers above 10 million");
        assert_eq!(filters[0].value.as_f64(), Some(10.0));
        let (filters, used) = read(SLEEP, "sleep more than 1 thousand dollars");
        assert_eq!(filters[0].value.as_f64(), Some(1.0));
        assert!(used.iter().all(|u| *u));
    }

    #[test]
    fn a_comparative_of_a_quantity_skips_a_column_of_another() {
        let csv = "day,temp\n1,80\n2,95\n";
        let (filters, _) = read(csv, "day hotter than 90 degrees");
        assert_eq!(filters.len(), 1);
        assert_eq!(filters[0].column, "temp");
        // Said of its own column, it stays there.
        let (filters, _) = read(csv, "temp hotter than 90");
        assert_eq!(filters[0].column, "temp");
    }

    #[test]
    fn a_number_before_a_text_column_of_numbers_is_its_value() {
        let csv = "cylinders,price\n4,10\n6,20\nrotary,30\n";
        let (filters, _) = read(csv, "how many cars have 6 cylinders");
        assert_eq!(filters.len(), 1);
        assert_eq!(filters[0].value, serde_json::json!("6"));
        // A number the column never holds is no value of it.
        let (filters, _) = read(csv, "how many cars have 5 cylinders");
        assert!(filters.is_empty());
    }

    #[test]
    fn a_scaled_amount_before_a_column_is_that_columns() {
        let (filters, used) = read(SLEEP, "sleep over 3 with at least 10 million viewers");
        assert_eq!(filters.len(), 2);
        let viewers = filters.iter().find(|f| f.column == "viewers").unwrap();
        assert_eq!((viewers.op, viewers.value.as_f64()), (Cmp::Ge, Some(10.0)));
        assert!(used[4..].iter().all(|u| *u));
    }

    #[test]
    fn n_or_more_before_a_column() {
        let csv = "years,salary\n12,5\n3,7\n";
        let (filters, _) = read(csv, "players with 10 or more years");
        assert_eq!(
            (filters[0].op, filters[0].value.as_f64()),
            (Cmp::Ge, Some(10.0))
        );
        let (filters, _) = read(csv, "players with 5 or fewer years");
        assert_eq!(
            (filters[0].op, filters[0].value.as_f64()),
            (Cmp::Le, Some(5.0))
        );
        // Alternatives listed with commas: "3, 4 and 5 years" is three values.
        let (filters, _) = read(csv, "with 3, 4 and 5 years");
        assert_eq!(filters.len(), 3);
    }

    #[test]
    fn a_period_after_an_amount_is_read() {
        let csv = "wage\n5\n12\n";
        let (filters, used) = read(csv, "wage over 10 an hour");
        assert_eq!(filters[0].value.as_f64(), Some(10.0));
        assert!(used.iter().all(|u| *u));
    }

    #[test]
    fn a_year_after_in_and_a_column_of_years_is_that_year() {
        let csv = "name,elected\nA,1815\nB,1817\n";
        let (filters, _) = read(csv, "people elected in 1817");
        assert_eq!(filters, [Filter::on("elected", Cmp::Eq, 1817.into())]);
    }

    #[test]
    fn a_comparative_after_a_column_compares_it() {
        let csv = "town,population\nA,1000\nB,3000\n";
        for q in [
            "population larger than 2000",
            "population bigger than 2000",
            "population greater than 2000",
        ] {
            let (filters, _) = read(csv, q);
            assert_eq!(
                filters,
                [Filter::on("population", Cmp::Gt, 2000.into())],
                "{q}"
            );
        }
    }

    #[test]
    fn two_words_after_a_column_then_a_comparison_compare_it() {
        let csv = "date,brent\n2008-07-01,133.9\n2009-01-01,44.9\n";
        let (filters, _) = read(
            csv,
            "in how many months did brent crude cost more than $100?",
        );
        assert_eq!(filters, [Filter::on("brent", Cmp::Gt, 100.into())]);
    }

    #[test]
    fn a_year_after_the_year_keeps_the_word_of_time_before_it() {
        let csv = "name,year\nA,1790\nB,1850\n";
        let (filters, used) = read(csv, "were any built before the year 1800");
        assert_eq!(filters, [Filter::on("year", Cmp::Lt, 1800.into())]);
        assert_eq!(used, [false, false, false, true, false, true, true]);
        let (filters, _) = read(csv, "built since the year 1800");
        assert_eq!(filters, [Filter::on("year", Cmp::Ge, 1800.into())]);
        let (filters, _) = read(csv, "built in the year 1800");
        assert_eq!(filters, [Filter::on("year", Cmp::Eq, 1800.into())]);
    }

    #[test]
    fn a_year_compared_to_another_is_both() {
        let csv = "country,year,lifeExp\nJapan,1952,63\nJapan,2007,82.6\n";
        let both = [
            Filter::on("year", Cmp::Eq, 2007.into()),
            Filter::on("year", Cmp::Eq, 1952.into()),
        ];
        for q in [
            "life expectancy in 2007 compared to 1952",
            "life expectancy in 2007 compared with 1952",
            "life expectancy in 2007 vs 1952",
        ] {
            assert_eq!(read(csv, q).0, both, "{q}");
        }
        // A number that is no year of the last condition is no part of it.
        assert_eq!(
            read(csv, "life expectancy in 2007 compared to 19").0.len(),
            1
        );
    }

    #[test]
    fn comparisons_and_years() {
        assert_eq!(comparison("at least"), Some(Cmp::Ge));
        assert_eq!(comparison("older than"), Some(Cmp::Gt));
        assert_eq!(comparison("drier than"), Some(Cmp::Lt));
        assert!(is_year(1980.0) && !is_year(8.0) && !is_year(1980.5));
        // Before 1800, a year the data's column of years holds.
        let schema = Schema::of_csv("christenings", "Year,Plague\n1629,0\n1665,68596\n1710,0\n");
        assert!(a_year_here(&schema, 1665.0));
        assert!(!a_year_here(&schema, 1500.0) && !a_year_here(&schema, 1665.5));
    }
}
