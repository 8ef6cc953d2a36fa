//! "murders on a Sunday", "flights on Saturdays or Sundays": a day of the week said after
//! "on" is a condition on the day of the week of the one date column, unless a column of the
//! data holds the days by name (then the day is that column's value).

use super::found::Scan;
use super::intent::{Cmp, Filter};
use super::schema::{ColumnRef, Kind, Schema};
use super::words::{Token, WEEKDAYS};

/// The day of the week a word names, as SQL's `DOW` numbers it (0 Sunday ... 6 Saturday):
/// "sunday", "sundays".
fn day_number(word: &str) -> Option<i64> {
    let day = word
        .strip_suffix('s')
        .filter(|d| d.ends_with("day"))
        .unwrap_or(word);
    let monday_first = WEEKDAYS.iter().position(|d| *d == day)?;
    Some((monday_first as i64 + 1) % 7)
}

/// The day of the week a value of the data names, in full or in three letters ("Sat").
fn day_of_value(value: &str) -> Option<i64> {
    let value = value.trim().to_lowercase();
    if value.len() == 3 {
        let monday_first = WEEKDAYS.iter().position(|d| d.starts_with(&value))?;
        return Some((monday_first as i64 + 1) % 7);
    }
    day_number(&value)
}

/// The one column of dates with a calendar.
pub(crate) fn the_date(schema: &Schema) -> Option<&ColumnRef> {
    let mut dates = schema
        .columns
        .iter()
        .filter(|c| c.kind == Kind::Time && c.calendar);
    match (dates.next(), dates.next()) {
        (Some(date), None) => Some(date),
        _ => None,
    }
}

/// Whether a text column holds days of the week by name (three different days or more).
pub(crate) fn days_by_name(schema: &Schema) -> bool {
    schema.columns.iter().any(|c| {
        c.kind == Kind::Text
            && c.values.as_ref().is_some_and(|values| {
                let named = values.iter().filter(|v| day_of_value(v).is_some()).count();
                named >= 3
            })
    })
}

/// "on a Saturday or a Sunday" → the day of the week of the date column is 6 or 0 (two
/// conditions on it, read as alternatives). The day follows "on" (with "a" or "an"), or
/// "or"/"and" after a day already read.
pub(crate) fn weekdays(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    weekends(schema, tokens, used, out);
    let Some(date) = the_date(schema) else {
        return;
    };
    if days_by_name(schema) {
        return;
    }
    let mut last_day: Option<usize> = None;
    for i in 1..tokens.len() {
        let Some(day) = day_number(&tokens[i].lower) else {
            continue;
        };
        if used[i] {
            continue;
        }
        let mut k = i - 1;
        if matches!(tokens[k].lower.as_str(), "a" | "an") && k > 0 {
            k -= 1;
        }
        let opens = tokens[k].lower == "on";
        let another = matches!(tokens[k].lower.as_str(), "or" | "and")
            && last_day.is_some_and(|d| d + 3 >= k);
        if !opens && !another {
            continue;
        }
        used[k..=i].iter_mut().for_each(|u| *u = true);
        last_day = Some(i);
        out.filters.push(Filter {
            weekday_of: true,
            hour_of: false,
            ..Filter::on(date.name.clone(), Cmp::Eq, day.into())
        });
    }
}

/// "commits made on a weekend", "during the week": Saturdays and Sundays, or the other
/// days, of the column that names the days (as it spells them), else of the one date column.
fn weekends(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    for i in 1..tokens.len() {
        let weekend = match tokens[i].lower.as_str() {
            "weekend" | "weekends" => true,
            "weekday" | "weekdays" => false,
            _ => continue,
        };
        let mut k = i - 1;
        if matches!(tokens[k].lower.as_str(), "a" | "the") && k > 0 {
            k -= 1;
        }
        if used[i] || !matches!(tokens[k].lower.as_str(), "on" | "at" | "during" | "over") {
            continue;
        }
        let op = if weekend { Cmp::In } else { Cmp::NotIn };
        let named = schema.columns.iter().find_map(|c| {
            let values = c.values.as_ref().filter(|_| c.kind == Kind::Text)?;
            let ends: Vec<&String> = values
                .iter()
                .filter(|v| matches!(day_of_value(v), Some(0 | 6)))
                .collect();
            let days = values.iter().filter(|v| day_of_value(v).is_some()).count();
            (days >= 5 && ends.len() == 2).then(|| (c.name.clone(), ends))
        });
        let filter = match named {
            Some((column, ends)) => Filter::on(column, op, serde_json::json!(ends)),
            None => {
                let Some(date) = the_date(schema) else {
                    return;
                };
                Filter {
                    weekday_of: true,
                    ..Filter::on(date.name.clone(), op, serde_json::json!([0, 6]))
                }
            }
        };
        used[k..=i].iter_mut().for_each(|u| *u = true);
        out.filters.push(filter);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::words::tokenize;

    fn read(csv: &str, question: &str) -> Vec<Filter> {
        let schema = Schema::of_csv("t", csv);
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        let mut out = Scan::default();
        weekdays(&schema, &tokens, &mut used, &mut out);
        out.filters
    }

    const MURDERS: &str = "forename,age,date\nSunday,19,2006-01-02\nAaron,24,2006-01-08\n\
                           Violet,100,2006-02-20\n";

    #[test]
    fn a_day_after_on_is_the_day_of_the_week_of_the_date() {
        let days = |q: &str| {
            read(MURDERS, q)
                .iter()
                .map(|f| {
                    assert!(f.weekday_of && f.column == "date" && f.op == Cmp::Eq);
                    f.value.as_i64().unwrap()
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            days("how many murders happened on a Saturday or a Sunday?"),
            [6, 0]
        );
        assert_eq!(days("murders on Mondays"), [1]);
        // A day not said after "on" is no condition ("Sunday" may be a name).
        assert!(days("how old was Sunday").is_empty());
    }

    #[test]
    fn days_a_column_holds_by_name_are_its_values() {
        let csv = "day,date,n\nMonday,2020-01-06,1\nTuesday,2020-01-07,2\nSunday,2020-01-05,3\n";
        assert!(read(csv, "how many on a Sunday").is_empty());
    }

    #[test]
    fn a_weekend_is_saturday_and_sunday_as_the_data_names_or_dates_them() {
        let filters = read(MURDERS, "how many murders happened on a weekend?");
        assert_eq!(filters.len(), 1);
        assert!(filters[0].weekday_of && filters[0].op == Cmp::In);
        assert_eq!(filters[0].value, serde_json::json!([0, 6]));
        let filters = read(MURDERS, "murders on weekdays");
        assert_eq!(filters[0].op, Cmp::NotIn);
        // A column of days in three letters holds them as it spells them.
        let commits = "day,n\nThu,1\nFri,2\nSat,3\nSun,4\nMon,5\nTue,6\nWed,7\n";
        assert_eq!(
            read(commits, "commits made on a weekend"),
            vec![Filter::on(
                "day",
                Cmp::In,
                serde_json::json!(["Sat", "Sun"])
            )]
        );
    }
}
