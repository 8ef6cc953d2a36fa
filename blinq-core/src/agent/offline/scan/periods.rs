//! Years, periods and quarters a question names, and the dates of events.

use super::roles::initials_with_of;
use crate::agent::offline::found::{Mention, Role, Scan};
use crate::agent::offline::intent::{Bucket, DatePart};
use crate::agent::offline::numbers::year_text_column;
use crate::agent::offline::schema::{ColumnRef, Kind, Schema};
use crate::agent::offline::time::bucket_name;
use crate::agent::offline::words::{Token, same_noun, singular};

/// "ages over the years", "across the years": the axis is the one numeric column of years
/// named for the year (`oscar_yr`, `Year`), before any date (a `birth_date` dates
/// something else).
pub(super) fn over_the_years(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
) -> Option<(usize, Mention)> {
    let at = (2..tokens.len()).find(|&i| {
        !used[i]
            && tokens[i].lower == "years"
            && tokens[i - 1].lower == "the"
            && matches!(tokens[i - 2].lower.as_str(), "over" | "across" | "through")
    })?;
    let mut years = schema.columns.iter().filter(|c| {
        c.kind == Kind::Number
            && c.holds_years()
            && c.words
                .iter()
                .any(|w| matches!(w.as_str(), "year" | "yr" | "years" | "yrs"))
    });
    let column = match (years.next(), years.next()) {
        (Some(one), None) => one.name.clone(),
        _ => return None,
    };
    used[at] = true;
    Some((at, Mention::of(column, Role::Versus)))
}

/// "which year had the most titles released?" over a `Release` column of years: "year"
/// after "which" or "what", where no column is named for it, asks for the one numeric column
/// whose values are all years, else for the year of the one column of dates written as
/// text (`June 11, 1985`: a bucket of it, added to `buckets`).
pub(super) fn year_asked(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    buckets: &mut Vec<Bucket>,
) -> Option<(usize, Mention)> {
    let i = period_asked(tokens, used, &["year", "years"])?;
    let mut years = schema.columns.iter().filter(|c| {
        c.kind == Kind::Number
            && c.reading.is_none()
            && c.range
                .is_some_and(|(lo, hi)| lo >= 1000.0 && hi <= 2100.0 && lo.fract() == 0.0)
    });
    let column = match (years.next(), years.next()) {
        (Some(column), None) => column.name.clone(),
        (None, _) => {
            let written = year_text_column(schema, &["year"])?;
            let name = bucket_name(schema, DatePart::Year);
            buckets.push(Bucket {
                name: name.clone(),
                column: written.name.clone(),
                unit: DatePart::Year,
            });
            name
        }
        _ => return None,
    };
    used[i] = true;
    Some((i, Mention::of(column, Role::Which)))
}

/// "which week had the most purchases?" over `WeekofPurchase`: a period after "which" or
/// "what", no column named for it alone, asks for the one column whose name has it among
/// its words (numbers or dates).
pub(super) fn period_in_a_name(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
) -> Option<(usize, Mention)> {
    let i = period_asked(
        tokens,
        used,
        &["day", "week", "month", "quarter", "year", "season"],
    )?;
    let period = tokens[i].lower.as_str();
    // `WeekofPurchase` splits as "weekof" and "purchase".
    let has = |c: &ColumnRef| {
        c.words
            .iter()
            .any(|w| matches!(w.strip_prefix(period), Some("" | "of")))
    };
    if schema.columns.iter().any(|c| c.words == [period]) {
        return None;
    }
    let mut named = schema
        .columns
        .iter()
        .filter(|c| has(c) && c.kind != Kind::Text);
    let column = match (named.next(), named.next()) {
        (Some(column), None) => column.name.clone(),
        _ => return None,
    };
    used[i] = true;
    Some((i, Mention::of(column, Role::Which)))
}

/// Where a word of `period` follows "which" or "what" and no column took it.
fn period_asked(tokens: &[Token], used: &[bool], period: &[&str]) -> Option<usize> {
    (1..tokens.len()).find(|&i| {
        !used[i]
            && period.contains(&tokens[i].lower.as_str())
            && matches!(tokens[i - 1].lower.as_str(), "which" | "what")
    })
}

/// "in which quarter was occupancy highest?" over a `Date` of `1998 Q1`, `1998 Q2`, ...:
/// "quarter" after "which" or "what", where no column is named for it, asks for the one
/// text column whose values are quarters (a year and `Q1` to `Q4`, either way round).
pub(super) fn quarter_asked(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
) -> Option<(usize, Mention)> {
    let i = period_asked(tokens, used, &["quarter", "quarters"])?;
    // Text, or text read by its leading number (the year of `1998 Q1`).
    let mut quarters = schema.columns.iter().filter(|c| {
        c.values.as_ref().is_some_and(|values| {
            !values.is_empty()
                && values.iter().filter(|v| names_a_quarter(v)).count() * 10 >= values.len() * 9
        })
    });
    let column = match (quarters.next(), quarters.next()) {
        (Some(column), None) => column.name.clone(),
        _ => return None,
    };
    used[i] = true;
    Some((i, Mention::of(column, Role::Which)))
}

/// Whether a value names a quarter of a year: "1998 Q1", "Q3 2006", "2006-Q3".
pub(super) fn names_a_quarter(value: &str) -> bool {
    let parts: Vec<&str> = value
        .split([' ', '-', '/'])
        .filter(|p| !p.is_empty())
        .collect();
    let quarter = |p: &str| {
        p.len() == 2
            && p.to_ascii_uppercase().starts_with('Q')
            && matches!(p.as_bytes()[1], b'1'..=b'4')
    };
    let year = |p: &str| p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit());
    matches!(parts.as_slice(), [a, b] if (year(a) && quarter(b)) || (quarter(a) && year(b)))
}

/// "each month of the year", "the hour of the day": the longer period a period is counted
/// within says which period is meant; it names no column of its own (`year`). Unless one
/// name says both (`day_of_week`).
pub(super) fn period_within_a_period(schema: &Schema, tokens: &[Token], used: &mut [bool]) {
    const PERIODS: &[&str] = &["hour", "day", "week", "month", "quarter", "season", "year"];
    for k in 0..tokens.len().saturating_sub(3) {
        let [short, of, the, long] = [k, k + 1, k + 2, k + 3].map(|i| tokens[i].lower.as_str());
        let short = singular(short);
        let within = PERIODS.iter().position(|p| *p == short).is_some_and(|a| {
            PERIODS
                .iter()
                .position(|p| *p == long)
                .is_some_and(|b| b > a)
        });
        let one_name = schema.columns.iter().any(|c| {
            c.words.iter().any(|w| w == long) && c.words.iter().any(|w| same_noun(w, short))
        }) || schema.columns.iter().any(|c| {
            // `dow`: the initials of the whole phrase name a column.
            matches!(c.words.as_slice(), [n] if initials_with_of(schema, &tokens[k..=k + 3], n).is_some())
        });
        if within
            && of == "of"
            && the == "the"
            && !one_name
            && !used[k + 1..=k + 3].iter().any(|u| *u)
        {
            used[k + 1..=k + 3].iter_mut().for_each(|u| *u = true);
        }
    }
}

/// "which day of the week", "by day of week": the phrase is one word, "weekday", the day of
/// the week of the one date column (`time::unit_word`), where no column is named by it
/// (`day_of_week`, `dow`) and none holds the days by name.
pub(super) fn day_of_the_week(schema: &Schema, tokens: Vec<Token>) -> Vec<Token> {
    let named = schema.columns.iter().any(|c| {
        (c.words.iter().any(|w| w == "week") && c.words.iter().any(|w| same_noun(w, "day")))
            || c.words == ["dow"]
    });
    if named
        || crate::agent::offline::weekday::the_date(schema).is_none()
        || crate::agent::offline::weekday::days_by_name(schema)
    {
        return tokens;
    }
    let mut out = Vec::with_capacity(tokens.len());
    let mut k = 0;
    while k < tokens.len() {
        let words: Vec<&str> = tokens[k..]
            .iter()
            .take(4)
            .map(|t| t.lower.as_str())
            .collect();
        let span = match words.as_slice() {
            ["day" | "days", "of", "the", "week", ..] => 4,
            ["day" | "days", "of", "week", ..] => 3,
            _ => 0,
        };
        if span == 0 {
            out.push(tokens[k].clone());
            k += 1;
            continue;
        }
        let raw: Vec<&str> = tokens[k..k + span].iter().map(|t| t.raw.as_str()).collect();
        let plural = tokens[k].lower == "days";
        out.push(Token {
            lower: if plural { "weekdays" } else { "weekday" }.into(),
            raw: raw.join(" "),
        });
        k += span;
    }
    out
}

/// Words of a date column's name that say what the date is of (`time`, `day` ... say
/// nothing of it).
const TIME_WORDS: &[&str] = &[
    "date",
    "time",
    "day",
    "dt",
    "year",
    "month",
    "week",
    "hour",
    "timestamp",
    "at",
    "on",
];

/// "how many deaths", "deaths per day" with a `death_date` column: each row is one event
/// the date column is named after, so the event's plural means the rows. Not when another
/// column is named by the word (a `Sales` column keeps "sales").
pub(super) fn events_of_dates(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    out: &mut Scan,
) {
    for (i, t) in tokens.iter().enumerate() {
        let w = t.lower.as_str();
        if used[i] || !(w.len() > 3 && w.ends_with('s')) {
            continue;
        }
        let event_of_date = schema.columns.iter().any(|c| {
            c.kind == Kind::Time
                && c.words.iter().any(|n| same_noun(n, w) && n != w)
                && c.words
                    .iter()
                    .all(|n| same_noun(n, w) || TIME_WORDS.contains(&n.as_str()))
        });
        let names_other = schema
            .columns
            .iter()
            .any(|c| c.kind != Kind::Time && c.words.iter().any(|n| same_noun(n, w)));
        if event_of_date && !names_other {
            used[i] = true;
            out.rows_noun = true;
        }
    }
}

/// "turnip prices over time" over a `date` and a `time` of day: "over time" is the
/// calendar's course, so a span of "time" naming a column that is no calendar date is the
/// date column's, when the data has one.
pub(super) fn over_time_is_the_calendar(
    schema: &Schema,
    tokens: &[Token],
    spans: &mut [(usize, usize, String)],
) {
    let Some(calendar) = schema
        .columns
        .iter()
        .find(|c| c.kind == Kind::Time && c.calendar)
    else {
        return;
    };
    for (start, end, column) in spans.iter_mut() {
        let over_time = *end == *start + 1
            && tokens[*start].lower == "time"
            && *start > 0
            && matches!(
                tokens[*start - 1].lower.as_str(),
                "over" | "through" | "across"
            );
        let calendar_already = schema
            .get(column)
            .is_some_and(|c| c.kind == Kind::Time && c.calendar);
        if over_time && !calendar_already {
            *column = calendar.name.clone();
        }
    }
}
