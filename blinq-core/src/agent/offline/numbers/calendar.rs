//! Numbers of the calendar: years, decades, months and whole dates, on a column of dates or
//! of years.

use super::number_value;
use crate::agent::offline::found::Scan;
use crate::agent::offline::intent::{Cmp, Filter, ReadAs};
use crate::agent::offline::matching::{WordMatch, name_word_match};
use crate::agent::offline::schema::{ColumnRef, Kind, Schema};
use crate::agent::offline::words::{MONTHS, Token};

/// "in the 1950s": the ten years of a decade, on the column of years (or a date's year);
/// "in the 1800s": the hundred years of a century.
pub(super) fn decades(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
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
        // "the 1800s": a hundred years (not "the 2000s", the decade people mostly mean).
        let last = if start % 100.0 == 0.0 && start < 2000.0 {
            start + 99.0
        } else {
            start + 9.0
        };
        out.filters.push(year(start));
        out.filters.push(year(last));
    }
}

/// "polls that ended in November 2016" beside `startdate` and `enddate`: a verb whose stem
/// begins a date column's name says which date a year or month is of; "born" says the date
/// of birth (`dob`).
pub(super) fn date_of_the_verb(schema: &Schema, tokens: &[Token], out: &mut Scan) {
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

/// A whole number a year could be.
pub(super) fn is_year(n: f64) -> bool {
    n.fract() == 0.0 && (1800.0..=2100.0).contains(&n)
}

/// A year as [`is_year`] says, or an earlier one (from 1000) that the data's column of
/// years holds ("in 1665" over christenings from 1629 to 1710).
pub(super) fn a_year_here(schema: &Schema, n: f64) -> bool {
    is_year(n)
        || (n.fract() == 0.0
            && (1000.0..1800.0).contains(&n)
            && calendar_column(schema, &["year", "yr"])
                .is_some_and(|(c, year_of)| !year_of && schema.holds(&c, n)))
}

/// The month a word names, 1 to 12: "february", "feb".
pub(super) fn month_number(word: &str) -> Option<u32> {
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
pub(super) fn month_filters(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
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
            hour_of: false,
            against: None,
        });
    }
}

/// A year as a year column writes it: "1970" is `70` in a column of two-digit years
/// (63 to 92, as older data sets keep them), else the year itself.
pub(super) fn in_year_digits(schema: &Schema, column: &str, year_of: bool, year: f64) -> f64 {
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
pub(super) fn calendar_column(schema: &Schema, names: &[&str]) -> Option<(String, bool)> {
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
