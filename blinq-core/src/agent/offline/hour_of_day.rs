//! "trips that started before 6 in the morning", "after 9 pm", "at 5 p.m.": a time of day
//! said on the clock is a condition on the one column of hours (`hour`, 0 to 23), the
//! afternoon and the evening counting from noon.

use super::found::Scan;
use super::intent::{Cmp, Filter};
use super::schema::{ColumnRef, Kind, Schema};
use super::words::Token;

/// Whether a column holds the hour of the day: a number named `hour` (or `hr`), 0 to 24.
fn holds_hours(c: &ColumnRef) -> bool {
    c.kind == Kind::Number
        && c.words.iter().any(|w| matches!(w.as_str(), "hour" | "hr"))
        && c.range.is_some_and(|(lo, hi)| lo >= 0.0 && hi <= 24.0)
}

/// The comparison a word before a time says: "before 6" is below the hour 6, "after 6"
/// and "since 6" from it on, "at 6" that hour.
fn comparison_before_a_time(word: &str) -> Option<Cmp> {
    match word {
        "before" | "until" | "till" => Some(Cmp::Lt),
        "after" | "since" | "from" => Some(Cmp::Ge),
        "at" | "around" => Some(Cmp::Eq),
        _ => None,
    }
}

/// Whether the words from `at` say the half of the day, and which: `Some(true)` after
/// noon ("pm", "in the evening", "at night"), `Some(false)` before ("am", "in the
/// morning"), with how many words say it.
fn half_of_day(tokens: &[Token], at: usize) -> Option<(bool, usize)> {
    let said = |k: usize| tokens.get(k).map(|t| t.lower.as_str());
    match said(at)? {
        "am" => Some((false, 1)),
        "pm" => Some((true, 1)),
        // "a.m." and "p.m." come as "a", "m" (stops are no words).
        "a" if said(at + 1) == Some("m") => Some((false, 2)),
        "p" if said(at + 1) == Some("m") => Some((true, 2)),
        "in" if said(at + 1) == Some("the") => match said(at + 2)? {
            "morning" => Some((false, 3)),
            "afternoon" | "evening" => Some((true, 3)),
            _ => None,
        },
        "at" if said(at + 1) == Some("night") => Some((true, 2)),
        _ => None,
    }
}

/// The hour and the half of the day of one token written whole ("6pm", "11am").
fn hour_written_whole(token: &Token) -> Option<(f64, bool)> {
    let (number, pm) = if let Some(n) = token.lower.strip_suffix("pm") {
        (n, true)
    } else {
        (token.lower.strip_suffix("am")?, false)
    };
    Some((number.parse().ok()?, pm))
}

/// The hour (0 to 23) of a time of day said from `at` ("midnight", "noon", "6 am", "6pm",
/// "6 in the morning"), and the index of its last word.
fn clock_time(tokens: &[Token], at: usize) -> Option<(i64, usize)> {
    let token = tokens.get(at)?;
    let (hour, pm, end) = match token.lower.as_str() {
        "midnight" => return Some((0, at)),
        "noon" | "midday" => return Some((12, at)),
        _ => match hour_written_whole(token) {
            Some((hour, pm)) => (hour, pm, at),
            None => {
                let hour = token.number()?;
                let (pm, len) = half_of_day(tokens, at + 1)?;
                (hour, pm, at + len)
            }
        },
    };
    if hour.fract() != 0.0 || !(1.0..=12.0).contains(&hour) {
        return None;
    }
    // Noon is 12 pm, midnight 12 am.
    let hour = match (pm, hour == 12.0) {
        (true, false) => hour + 12.0,
        (false, true) => 0.0,
        _ => hour,
    };
    Some((hour as i64, end))
}

/// "before 6 in the morning" → `hour < 6`; "after 9 pm" → `hour >= 21`; "at 5 p.m." →
/// `hour = 17`. Only with the half of the day said (a bare "after 6" may be anything),
/// and only where one column holds hours.
/// Without a column of hours, the hour of the one column of dates and times of day
/// ("average glucose before 6 am" over readings every five minutes).
pub(crate) fn clock_hours(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    let mut hhmm = schema.columns.iter().filter(|c| c.clock_hhmm);
    if let (Some(one), None) = (hhmm.next(), hhmm.next()) {
        return clock_numbers(one, tokens, used, out);
    }
    let mut columns = schema.columns.iter().filter(|c| holds_hours(c));
    let mut clocks = schema
        .columns
        .iter()
        .filter(|c| c.kind == Kind::Time && !c.date_only);
    let (column, of_a_clock) = match (columns.next(), columns.next()) {
        (Some(one), None) => (one, false),
        (None, _) => match (clocks.next(), clocks.next()) {
            (Some(one), None) => (one, true),
            _ => return,
        },
        _ => return,
    };
    // "between midnight and 6 am": from the first hour up to the second.
    for i in 0..tokens.len().saturating_sub(3) {
        if tokens[i].lower != "between" || used[i] {
            continue;
        }
        let Some((from, first)) = clock_time(tokens, i + 1) else {
            continue;
        };
        if tokens.get(first + 1).is_none_or(|t| t.lower != "and") {
            continue;
        }
        let Some((to, last)) = clock_time(tokens, first + 2) else {
            continue;
        };
        if used[i..=last].iter().any(|u| *u) {
            continue;
        }
        used[i..=last].iter_mut().for_each(|u| *u = true);
        for (op, hour) in [(Cmp::Ge, from), (Cmp::Lt, to)] {
            let mut filter = Filter::on(column.name.clone(), op, serde_json::json!(hour));
            filter.hour_of = of_a_clock;
            out.filters.push(filter);
        }
    }
    for i in 0..tokens.len().saturating_sub(1) {
        let Some(op) = comparison_before_a_time(&tokens[i].lower) else {
            continue;
        };
        let Some((hour, end)) = clock_time(tokens, i + 1) else {
            continue;
        };
        if used[i..=end].iter().any(|u| *u) {
            continue;
        }
        used[i..=end].iter_mut().for_each(|u| *u = true);
        let mut filter = Filter::on(column.name.clone(), op, serde_json::json!(hour));
        filter.hour_of = of_a_clock;
        out.filters.push(filter);
    }
}

/// A time of day said from `at` as hours and minutes written as one number (`730` for
/// 7:30, `1930` for 7:30 pm), and the index of its last word: "noon", "midnight", "7:30"
/// (with or without its half of the day), "6 am", "6pm".
fn clock_number(tokens: &[Token], at: usize) -> Option<(i64, usize)> {
    let token = tokens.get(at)?;
    if let Some((hours, minutes)) = token.lower.split_once(':') {
        let (hours, minutes): (i64, i64) = (hours.parse().ok()?, minutes.parse().ok()?);
        if !(0..24).contains(&hours) || !(0..60).contains(&minutes) {
            return None;
        }
        return Some(match half_of_day(tokens, at + 1) {
            Some((pm, len)) if (1..=12).contains(&hours) => {
                let hours = match (pm, hours == 12) {
                    (true, false) => hours + 12,
                    (false, true) => 0,
                    _ => hours,
                };
                (hours * 100 + minutes, at + len)
            }
            _ => (hours * 100 + minutes, at),
        });
    }
    clock_time(tokens, at).map(|(hour, end)| (hour * 100, end))
}

/// "at noon", "at 7:30", "before 9 am" over one column of times written as hours and
/// minutes (`tst`: 400, 430, ..., 1200): conditions on its numbers; "noon" and "midnight"
/// said alone ("the noon angle") are that time.
fn clock_numbers(column: &ColumnRef, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    let mut i = 0;
    while i < tokens.len() {
        let before = comparison_before_a_time(&tokens[i].lower);
        let (op, from) = match before {
            Some(op) => (op, i + 1),
            None => (Cmp::Eq, i),
        };
        let said = clock_number(tokens, from).filter(|_| {
            before.is_some() || matches!(tokens[i].lower.as_str(), "noon" | "midday" | "midnight")
        });
        match said {
            Some((time, end)) if !used[i..=end].iter().any(|u| *u) => {
                used[i..=end].iter_mut().for_each(|u| *u = true);
                out.filters
                    .push(Filter::on(column.name.clone(), op, serde_json::json!(time)));
                i = end + 1;
            }
            _ => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::words::tokenize;

    fn filters(question: &str) -> Vec<Filter> {
        let schema = Schema::of_csv(
            "taxi",
            "tip,distance,hour\nyes,2.5,8\nno,1.0,23\nyes,3.1,0\n",
        );
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        let mut out = Scan::default();
        clock_hours(&schema, &tokens, &mut used, &mut out);
        out.filters
    }

    #[test]
    fn a_time_of_day_with_its_half_is_a_condition_on_the_hour() {
        let hour = |op, n: i64| vec![Filter::on("hour", op, serde_json::json!(n))];
        assert_eq!(
            filters("how many trips started before 6 in the morning?"),
            hour(Cmp::Lt, 6)
        );
        assert_eq!(filters("trips after 9 pm"), hour(Cmp::Ge, 21));
        assert_eq!(filters("trips after 9pm"), hour(Cmp::Ge, 21));
        assert_eq!(filters("average tip at 5 p.m."), hour(Cmp::Eq, 17));
        assert_eq!(filters("trips before 12 am"), hour(Cmp::Lt, 0));
        assert_eq!(filters("trips after 12 pm"), hour(Cmp::Ge, 12));
        assert_eq!(filters("trips after 10 at night"), hour(Cmp::Ge, 22));
        // No half of the day said: no condition here.
        assert!(filters("trips after 6").is_empty());
    }

    #[test]
    fn without_a_column_of_hours_it_is_the_hour_of_the_date_and_time() {
        let schema = Schema::of_csv(
            "glucose",
            "datetime,glucose\n2010-04-26 00:00:00,102\n2010-04-26 07:05:00,86\n",
        );
        let tokens = tokenize("average glucose before 6 am");
        let mut used = vec![false; tokens.len()];
        let mut out = Scan::default();
        clock_hours(&schema, &tokens, &mut used, &mut out);
        let mut hour = Filter::on("datetime", Cmp::Lt, serde_json::json!(6));
        hour.hour_of = true;
        assert_eq!(out.filters, vec![hour]);
        // "between midnight and 6 am": from hour 0 up to hour 6.
        let tokens = tokenize("commits made between midnight and 6 am");
        let mut used = vec![false; tokens.len()];
        let mut out = Scan::default();
        clock_hours(&schema, &tokens, &mut used, &mut out);
        let hours: Vec<(Cmp, serde_json::Value)> = out
            .filters
            .iter()
            .map(|f| (f.op, f.value.clone()))
            .collect();
        assert_eq!(
            hours,
            [
                (Cmp::Ge, serde_json::json!(0)),
                (Cmp::Lt, serde_json::json!(6))
            ]
        );
    }

    #[test]
    fn a_time_said_over_hours_and_minutes_in_one_number_is_that_number() {
        let schema = Schema::of_csv(
            "sza",
            "latitude,month,tst,sza\n20,jan,400,\n20,jan,430,\n20,jan,700,80.1\n20,jan,730,78.7\n20,jan,1200,43\n",
        );
        let read = |question: &str| {
            let tokens = tokenize(question);
            let mut used = vec![false; tokens.len()];
            let mut out = Scan::default();
            clock_hours(&schema, &tokens, &mut used, &mut out);
            out.filters
                .iter()
                .map(|f| (f.column.clone(), f.op, f.value.clone()))
                .collect::<Vec<_>>()
        };
        let tst = |op, n: i64| vec![("tst".to_string(), op, serde_json::json!(n))];
        assert_eq!(read("zenith angle at 7:30 in January"), tst(Cmp::Eq, 730));
        assert_eq!(read("the angle at noon in June"), tst(Cmp::Eq, 1200));
        assert_eq!(
            read("average noon zenith angle by latitude"),
            tst(Cmp::Eq, 1200)
        );
        assert_eq!(read("angles before 9 am"), tst(Cmp::Lt, 900));
        assert_eq!(read("angles after 1:30 pm"), tst(Cmp::Ge, 1330));
        // A bare number is no time.
        assert!(read("angles at latitude 20").is_empty());
        // Hundreds alone are no clock.
        let schema = Schema::of_csv("m", "elevation,n\n100,1\n200,2\n300,3\n1200,4\n");
        assert!(!schema.columns[0].clock_hhmm);
    }
}
