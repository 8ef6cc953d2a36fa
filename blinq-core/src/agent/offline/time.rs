//! Calendar buckets of date columns: "per year", "by month", "monthly", and grouping by a
//! date column named like a year (`Year` holding `1975-01-01`) by its year number.

use super::found::{Mention, Role};
use super::intent::{Bucket, DatePart};
use super::schema::{ColumnRef, Kind, Schema};
use super::words::Token;
use crate::analysis::TimeGrain;

/// The calendar unit a word names ("year", "months", "monthly", "weekday").
pub(crate) fn unit_word(word: &str) -> Option<DatePart> {
    Some(match word {
        "year" | "years" | "yearly" | "annual" | "annually" => DatePart::Year,
        "quarter" | "quarters" | "quarterly" => DatePart::Quarter,
        "month" | "months" | "monthly" => DatePart::Month,
        "hour" | "hours" | "hourly" => DatePart::Hour,
        "weekday" | "weekdays" => DatePart::Weekday,
        _ => return None,
    })
}

/// A word saying how often ("daily", "monthly", "annual"): the date's period, never a
/// column named for the unit.
pub(crate) fn is_frequency(word: &str) -> bool {
    word == "daily"
        || word == "weekly"
        || (unit_word(word).is_some() && (word.ends_with("ly") || word == "annual"))
}

/// Unit words no column took, after "by", "per", "each", "over" or as adverbs
/// ("monthly"), become buckets of the dataset's date column. Returns the buckets and marks
/// their words used; their mentions go to `mentions`.
pub(crate) fn unit_mentions(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    mentions: &mut Vec<(usize, Mention)>,
) -> Vec<Bucket> {
    let mut buckets = Vec::new();
    // A date before a time of day, which has no calendar.
    let Some(time_column) = schema
        .columns
        .iter()
        .find(|c| c.kind == Kind::Time && c.calendar)
        .or_else(|| schema.columns.iter().find(|c| c.kind == Kind::Time))
    else {
        return buckets;
    };
    let time = time_column.name.clone();
    let averaged = tokens
        .iter()
        .any(|t| matches!(t.lower.as_str(), "average" | "mean" | "avg" | "typical"));
    for (i, t) in tokens.iter().enumerate() {
        if used[i] {
            continue;
        }
        // "by release year" over `release_date`: a word of a date column's name before the
        // period says which date; the word before it says the period's role.
        let named_date = (i >= 2 && used[i - 1] && unit_word(&t.lower).is_some())
            .then(|| date_named_by(schema, &tokens[i - 1].lower))
            .flatten();
        let time_column = named_date.unwrap_or(time_column);
        let prev = if i > 0 {
            tokens[i - 1 - usize::from(named_date.is_some())]
                .lower
                .as_str()
        } else {
            ""
        };
        // "average daily high temperature": a day's value, averaged over the rows; no group.
        if t.lower == "daily" && matches!(prev, "average" | "mean" | "avg" | "typical") {
            used[i] = true;
            continue;
        }
        // "deaths per day", "daily sales": a day is the date itself; of a date and time
        // that is more often than daily (readings every five minutes), the calendar date.
        let by = matches!(prev, "by" | "per" | "each" | "every");
        // "which day had the most calls" over calls every five minutes: the calendar date
        // the rows of a day share (a day of daily data is its row; see `decide`).
        let which_day = t.lower == "day"
            && matches!(prev, "which" | "what")
            && time_column.calendar
            && !time_column.date_only
            && time_column.period.is_none();
        if (matches!(t.lower.as_str(), "day" | "date") && by) || t.lower == "daily" || which_day {
            used[i] = true;
            let role = if which_day { Role::Which } else { Role::Group };
            if time_column.date_only || time_column.period.is_some() {
                mentions.push((i, Mention::of(time.clone(), role)));
            } else {
                let name = bucket_name(schema, DatePart::Date);
                mentions.push((i, Mention::of(name.clone(), role)));
                buckets.push(Bucket {
                    name,
                    column: time.clone(),
                    unit: DatePart::Date,
                });
            }
            continue;
        }
        let Some(unit) = unit_word(&t.lower) else {
            continue;
        };
        if !time_column.calendar && unit != DatePart::Hour {
            continue;
        }
        // "at what hour" over a date and a time of day: the hours are the clock's; a date
        // alone has none.
        let time_column = if unit == DatePart::Hour && time_column.date_only {
            match schema
                .columns
                .iter()
                .find(|c| c.kind == Kind::Time && !c.date_only)
            {
                Some(clock) => clock,
                None => continue,
            }
        } else {
            time_column
        };
        let time = time_column.name.clone();
        // "average deaths per month" over monthly data: each row is a month, so the
        // average is over the rows, not per month of the year.
        let each_row = match unit {
            DatePart::Year => Some(TimeGrain::Year),
            DatePart::Month => Some(TimeGrain::Month),
            _ => None,
        };
        if prev == "per" && averaged && each_row.is_some() && time_column.period == each_row {
            used[i] = true;
            continue;
        }
        let adverb = t.lower.ends_with("ly") || t.lower == "annual";
        let role = match prev {
            "by" | "per" | "each" | "every" | "across" => Role::Group,
            "over" | "vs" | "versus" | "against" => Role::Versus,
            "which" | "what" => Role::Which,
            // "by symbol and year".
            "and"
                if tokens[..i]
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "by" | "per")) =>
            {
                Role::Group
            }
            _ if adverb => Role::Group,
            _ => {
                // "how many months had ...": periods of dated data are its rows.
                if t.lower.ends_with('s') {
                    used[i] = true;
                }
                continue;
            }
        };
        // "in which month was the price highest" over one row a month: a month of the
        // data, that row's date (not the month of the year, which "on average" asks).
        if role == Role::Which
            && unit == DatePart::Month
            && time_column.period == Some(TimeGrain::Month)
            && !averaged
        {
            used[i] = true;
            mentions.push((i, Mention::of(time.clone(), Role::Which)));
            continue;
        }
        let name = bucket_name(schema, unit);
        used[i] = true;
        mentions.push((
            i,
            Mention {
                column: name.clone(),
                role,
                agg: None,
            },
        ));
        buckets.push(Bucket {
            name,
            column: time.clone(),
            unit,
        });
    }
    buckets
}

/// The one date column (with a calendar) a word of whose name is `word` ("release" for
/// `release_date`).
fn date_named_by<'s>(schema: &'s Schema, word: &str) -> Option<&'s ColumnRef> {
    let mut dates = schema
        .columns
        .iter()
        .filter(|c| c.kind == Kind::Time && c.calendar && c.words.iter().any(|w| w == word));
    let one = dates.next()?;
    dates.next().is_none().then_some(one)
}

/// The result column of a calendar bucket: the part's name ("year"), an alias that is not
/// already a column's name.
pub(crate) fn bucket_name(schema: &Schema, unit: DatePart) -> String {
    let mut name = unit.as_str().to_string();
    while schema.get(&name).is_some() {
        name.push('_');
    }
    name
}

/// A date column whose name says "year" is grouped by its year number.
pub(crate) fn year_named(schema: &Schema, column: &str) -> Option<Bucket> {
    let c = schema.get(column)?;
    (c.kind == Kind::Time && c.words.iter().any(|w| w == "year" || w == "yr")).then(|| Bucket {
        name: column.to_string(),
        column: column.to_string(),
        unit: DatePart::Year,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::words::tokenize;

    fn read(schema: &Schema, question: &str) -> (Vec<Mention>, Vec<Bucket>) {
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        let mut mentions = Vec::new();
        let buckets = unit_mentions(schema, &tokens, &mut used, &mut mentions);
        (mentions.into_iter().map(|(_, m)| m).collect(), buckets)
    }

    #[test]
    fn a_word_of_a_date_column_before_a_period_says_which_date() {
        let schema = Schema::of_csv(
            "films",
            "movie,opened,release_date\nA,2008-05-01,2008-05-02\nB,2009-06-01,2010-06-12\n",
        );
        let tokens = tokenize("average gross by release year");
        // The column matching has read "release" as `release_date`'s.
        let mut used: Vec<bool> = tokens.iter().map(|t| t.lower == "release").collect();
        let mut mentions = Vec::new();
        let buckets = unit_mentions(&schema, &tokens, &mut used, &mut mentions);
        assert_eq!(buckets.len(), 1);
        assert_eq!(
            (buckets[0].column.as_str(), buckets[0].unit),
            ("release_date", DatePart::Year)
        );
        assert_eq!(mentions[0].1.role, Role::Group);
    }

    #[test]
    fn which_month_of_monthly_data_is_a_row_and_on_average_the_month_of_the_year() {
        let schema = Schema::of_csv(
            "prices",
            "date,oil\n2008-06-01,120.5\n2008-07-01,133.9\n2008-08-01,113.0\n2009-01-01,44.9\n",
        );
        let (mentions, buckets) = read(&schema, "in which month was the oil price highest?");
        assert_eq!(mentions, [Mention::of("date".into(), Role::Which)]);
        assert!(buckets.is_empty());
        let (mentions, buckets) = read(&schema, "which month has the highest average oil price?");
        assert_eq!(mentions[0].column, "month");
        assert_eq!(buckets.len(), 1);
    }

    #[test]
    fn the_hour_is_the_clocks_not_a_dates() {
        let schema = Schema::of_csv(
            "sales",
            "date,time,price\n2015-01-01,11:57:40,20.75\n2015-01-02,12:12:28,16.5\n",
        );
        let (_, buckets) = read(
            &schema,
            "at what hour of the day are the most pizzas ordered?",
        );
        assert_eq!(buckets.len(), 1);
        assert_eq!(
            (buckets[0].column.as_str(), buckets[0].unit),
            ("time", DatePart::Hour)
        );
        // A date alone has no hours to group by.
        let schema = Schema::of_csv("sales", "date,price\n2015-01-01,20.75\n2015-01-02,16.5\n");
        assert!(read(&schema, "sales by hour").1.is_empty());
    }
}
