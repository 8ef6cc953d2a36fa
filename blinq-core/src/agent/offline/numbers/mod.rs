//! Numbers in questions: comparisons after numeric columns ("mass over 4000", "5 or more"),
//! shares and amounts; units (`units`), places in a ranking (`places`) and the calendar
//! (`calendar`) each have their own file.

use super::found::Scan;
use super::intent::{Cmp, Filter};
use super::keywords::{KEYWORDS, PERIODS, UNITS, comparative_hint, is_chart_kind_word};
use super::matching::abbreviates;
use super::refine::names_quantity;
use super::schema::{ColumnRef, Kind, Schema};
use super::words::{MONTHS, Token, singular};

mod calendar;
mod places;
#[cfg(test)]
mod tests;
mod units;

use calendar::{
    a_year_here, calendar_column, date_of_the_verb, decades, in_year_digits, is_year, month_filters,
};
pub(crate) use calendar::{whole_dates, year_text_column};
use places::ordinals;
pub(crate) use places::{places_column, within_the_top};
use units::{
    amount_in_unit_before, in_column_units, in_said_unit, quantity_elsewhere, scale_word,
    units_of_numbers,
};

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
    // "strength at 28 days": before "after 28" can compare the column said before it.
    an_age_in_its_unit(schema, tokens, used, spans, out);
    // "the third quarter", "ranked first": an ordinal is a number of its column.
    ordinals(schema, tokens, used, spans, out, filter_cols);
    // A number right before a column belongs to it: "displacement of 8 cylinder cars".
    numbers_before(schema, tokens, used, spans, out, filter_cols);
    for (start, end, column) in spans {
        if schema.kind(column) != Kind::Number {
            continue;
        }
        // "the gas price in New York above 4": a value said between the column and its
        // comparison (read already, and no column's name) is passed over.
        let value_at = |k: usize| {
            k < tokens.len() && used[k] && !in_a_column(spans, k) && tokens[k].number().is_none()
        };
        let mut after = *end;
        if after + 1 < tokens.len()
            && matches!(tokens[after].lower.as_str(), "in" | "for" | "at" | "among")
            && value_at(after + 1)
        {
            after += 1;
            while value_at(after) {
                after += 1;
            }
        }
        let mut i = after;
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
                !used[after + k]
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
        if used[after..=i].iter().any(|u| *u) {
            continue;
        }
        // "average rate from 1980 to 1989": a year after a time word is the calendar's
        // when the column never holds it, or when a range of years says so ("disposable
        // income from 1980 to 1985" over incomes that hold 1980 too).
        let range_of_years = matches!(phrase.as_str(), "from" | "between")
            && tokens
                .get(i + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "to" | "and" | "through" | "until"))
            && tokens
                .get(i + 2)
                .and_then(Token::number)
                .is_some_and(|m| is_year(m) && m > n);
        let holds_years = schema.get(column).is_some_and(|c| c.holds_years());
        if is_year(n)
            && matches!(
                phrase.as_str(),
                "from" | "between" | "since" | "after" | "before" | "until" | ""
            )
            && (!schema.holds(column, n) || (range_of_years && !holds_years))
            && calendar_column(schema, &["year", "yr"]).is_some_and(|(c, _)| c != *column)
        {
            continue;
        }
        // "divorces first went above 1000000": "first" or "last" between the column and its
        // comparison is when, read by the keywords, not a word of the comparison.
        for (u, t) in used[*end..=i].iter_mut().zip(&tokens[*end..=i]) {
            *u = *u || !matches!(t.lower.as_str(), "first" | "last");
        }
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
    amounts_used_or_not(schema, tokens, used, spans, out, filter_cols);
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
            hour_of: false,
            against: None,
        });
    }
    date_of_the_verb(schema, tokens, out);
}

/// The comparison a phrase between a column and a number (or before a number) states.
pub(crate) fn comparison(phrase: &str) -> Option<Cmp> {
    Some(match phrase {
        ">" | "over" | "above" | "greater than" | "more than" | "higher than" | "larger than"
        | "exceeds" | "exceeding" | "exceeded" | "exceed" | "passed" | "pass" | "passes"
        | "surpassed" | "surpass" | "bigger than" | "longer than" | "heavier than"
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
        // "over all ten series" over ten series: how many there are, not the tenth ("all
        // 200 laps" is the 200th).
        if before.last() == Some(&"all")
            && schema.get(column).is_some_and(|c| c.distinct as f64 == n)
        {
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

/// "mixes that use superplasticizer", "recipes containing any sugar", "mixes without fly
/// ash", "with no slag": an amount that may be none (a numeric column from 0 up, not a
/// yes/no one) said right after a verb of using or containing is more than 0, and after
/// "without" or "no" is 0. Not where a number compares it already.
fn amounts_used_or_not(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    spans: &[(usize, usize, String)],
    out: &mut Scan,
    filter_cols: &mut Vec<(usize, String)>,
) {
    for (start, _, column) in spans {
        let Some(c) = schema.get(column) else {
            continue;
        };
        if !c.counts_from_zero() || c.binary || out.filters.iter().any(|f| f.column == *column) {
            continue;
        }
        let mut at = *start;
        if at > 0 && matches!(tokens[at - 1].lower.as_str(), "any" | "some") {
            at -= 1;
        }
        let Some(verb) = at.checked_sub(1).filter(|&k| !used[k]) else {
            continue;
        };
        let op = match tokens[verb].lower.as_str() {
            "use" | "uses" | "using" | "used" | "contain" | "contains" | "containing"
            | "contained" | "include" | "includes" | "including" | "included" => Cmp::Gt,
            "without" | "no" => Cmp::Eq,
            _ => continue,
        };
        used[verb..*start].iter_mut().for_each(|u| *u = true);
        filter_cols.push((verb, column.clone()));
        out.filters
            .push(Filter::on(column.clone(), op, number_value(0.0)));
    }
}

/// "strength at 28 days", "weight after 12 weeks", "weight on day 21": a span of time
/// said after "at" or "after", or a period and its number, is the value of the one numeric
/// column of ages or times (`age`, `Time`) that holds it.
fn an_age_in_its_unit(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    spans: &[(usize, usize, String)],
    out: &mut Scan,
) {
    for i in 1..tokens.len().saturating_sub(1) {
        let Some(n) = tokens[i].number().filter(|_| !used[i] && !used[i + 1]) else {
            continue;
        };
        let unit = singular(&tokens[i + 1].lower);
        if !matches!(tokens[i - 1].lower.as_str(), "at" | "after")
            || !PERIODS.contains(&unit)
            || unit == "year" && n >= 1000.0
        {
            continue;
        }
        let Some(age) = the_age_holding(schema, n) else {
            continue;
        };
        used[i - 1..=i + 1].iter_mut().for_each(|u| *u = true);
        out.filters
            .push(Filter::on(age.name.clone(), Cmp::Eq, number_value(n)));
    }
    // "weight on day 21", "between day 0 and day 21": the period, then its number, where
    // no column is named for the period. (The period may have been read as a noun of the
    // rows, "chick_weights_..._days".)
    for i in 1..tokens.len().saturating_sub(1) {
        let Some(n) = tokens[i + 1]
            .number()
            .filter(|_| !in_a_column(spans, i) && !used[i + 1])
        else {
            continue;
        };
        let unit = tokens[i].lower.as_str();
        let named_for_it = schema
            .columns
            .iter()
            .any(|c| c.words.iter().any(|w| singular(w) == unit));
        if !matches!(
            tokens[i - 1].lower.as_str(),
            "on" | "at" | "in" | "by" | "after" | "until" | "from" | "between" | "and" | "to"
        ) || !matches!(unit, "day" | "week" | "month" | "hour" | "minute")
            || named_for_it
        {
            continue;
        }
        let Some(age) = the_age_holding(schema, n) else {
            continue;
        };
        used[i..=i + 1].iter_mut().for_each(|u| *u = true);
        out.filters
            .push(Filter::on(age.name.clone(), Cmp::Eq, number_value(n)));
    }
}

/// Whether the word at `k` is part of a column's name.
fn in_a_column(spans: &[(usize, usize, String)], k: usize) -> bool {
    spans.iter().any(|(s, e, _)| (*s..*e).contains(&k))
}

/// The one numeric column of ages or times (`age`, `Time`) that holds `n`.
fn the_age_holding(schema: &Schema, n: f64) -> Option<&ColumnRef> {
    let ages: Vec<&ColumnRef> = schema
        .columns
        .iter()
        .filter(|c| {
            c.kind == Kind::Number
                && !c.holds_years()
                && c.words.len() == 1
                && matches!(c.words[0].as_str(), "age" | "time")
                && schema.holds(&c.name, n)
        })
        .collect();
    match ages[..] {
        [age] => Some(age),
        _ => None,
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
        // "listed at 40,000 dollars or more": the comparison after the amount and its unit.
        let (op, from, to) = match (
            comparison_before(tokens, used, i),
            or_more_after(tokens, used, i),
        ) {
            (Some((op, from)), _) => (op, from, i),
            (None, Some((op, last)))
                if tokens
                    .get(i + 1)
                    .is_some_and(|t| UNITS.contains(&t.lower.as_str())) =>
            {
                (op, i, last)
            }
            _ => continue,
        };
        // "readings between 70 and 180": a range said of no column is the one number
        // column that holds both ends (years are the calendar's).
        if tokens[i - 1].lower == "between"
            && !used[i - 1]
            && !is_year(n)
            && tokens
                .get(i + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "and" | "to"))
            && let Some(m) = tokens.get(i + 2).and_then(Token::number)
            && !used[i + 1]
            && !used[i + 2]
            && m > n
        {
            if let Some(column) = one_amount_holding(schema, |c| {
                schema.holds(&c.name, n) && schema.holds(&c.name, m)
            }) {
                used[i - 1..=i + 2].iter_mut().for_each(|u| *u = true);
                // "inclusive": both ends are in, as "between" already says.
                if let Some(t) = tokens.get(i + 3)
                    && t.lower == "inclusive"
                {
                    used[i + 3] = true;
                }
                out.filters
                    .push(Filter::on(column.name.clone(), Cmp::Ge, number_value(n)));
                out.filters
                    .push(Filter::on(column.name.clone(), Cmp::Le, number_value(m)));
            }
            continue;
        }
        // "heavier than 40" is about weight, which the data may lack (see
        // `adjective_comparisons`).
        if is_year(n)
            || matches!(tokens[i - 1].lower.as_str(), "from" | "between")
            || !comparative_hint(&tokens[from].lower).is_empty()
        {
            continue;
        }
        // "more than 1.5 million vehicles": an amount in a scale word is an amount, never a
        // count of rows, whatever follows it.
        let scale = tokens.get(i + 1).and_then(|t| scale_word(&t.lower));
        let next = tokens.get(i + 1).map(|t| t.lower.as_str());
        if scale.is_none()
            && next.is_some_and(|w| {
                w.len() > 2
                    && w.ends_with('s')
                    && w.chars().all(char::is_alphabetic)
                    && !KEYWORDS.contains(&w)
                    && !LINKING.contains(&w)
                    && !UNITS.contains(&w)
            })
        {
            continue;
        }
        let scaled =
            |c: &ColumnRef| scale.map_or(n, |scale| in_column_units(schema, &c.name, n, scale));
        let Some(column) = one_amount_holding(schema, |c| schema.holds(&c.name, scaled(c))) else {
            continue;
        };
        let last = to.max(i + usize::from(scale.is_some()));
        used[from..=last].iter_mut().for_each(|u| *u = true);
        let n = match scale {
            Some(_) => scaled(column),
            None => in_said_unit(schema, &column.name, n, tokens.get(i + 1)),
        };
        out.filters
            .push(Filter::on(column.name.clone(), op, number_value(n)));
    }
}

/// The one column of amounts (a number, not a yes/no flag nor a label of the rows) for which
/// `holds` is true.
fn one_amount_holding(schema: &Schema, holds: impl Fn(&ColumnRef) -> bool) -> Option<&ColumnRef> {
    let mut reaching = schema
        .columns
        .iter()
        .filter(|c| c.kind == Kind::Number && !c.binary && !c.labels_rows() && holds(c));
    match (reaching.next(), reaching.next()) {
        (Some(one), None) => Some(one),
        _ => None,
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
            && !in_a_column(spans, end)
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

pub(crate) fn number_value(n: f64) -> serde_json::Value {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        serde_json::Value::from(n as i64)
    } else {
        serde_json::Value::from(n)
    }
}
