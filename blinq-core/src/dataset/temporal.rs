//! Turning ISO date and datetime strings into Date/Datetime columns.
//!
//! CSV gets ISO dates from polars' own `try_parse_dates`; JSON and spreadsheets carry dates
//! as text, so after reading them every text column whose values all look like ISO dates or
//! datetimes is converted. Other common date spellings are converted in every format:
//! `2012/01/31`, `Jan 31 2000` (month, day, year — as in vega-datasets' stocks), `December
//! 4, 1960` and `16 May 1973` (months named in full or by their first three letters, as
//! tables copied from the web write them), and months of a year, `2018 Jan` (as R's
//! tsibble writes a `yearmonth`) or `May 1973`, as the first day of the month.

use polars::prelude::*;

/// How a text column's values look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Date,
    Datetime,
    /// `2012/01/31`.
    SlashDate,
    /// `Jan 31 2000`, `January 31, 2000`.
    NamedDate,
    /// `31 January 2000`, `31 Jan 2000`.
    DayFirstDate,
    /// `Thu, 31 Dec 2015 20:37:34 -0600` (a mail's or a version log's date, RFC 2822):
    /// read as the clock time written, its offset from UTC dropped.
    MailDate,
    /// `2018 Jan`, `2018 January`: a month of a year, read as its first day.
    YearMonth,
    /// `Jan 2018`, `May 1973`: a month of a year, read as its first day.
    MonthYear,
    /// `8/30/1993`, `1/3/11`, `8/30/1993 0:00:00` (as spreadsheets export dates): the
    /// month first unless a first number above 12 says the day is; a year of four or two
    /// figures; a time of day or none.
    NumericDate {
        four_figure_year: bool,
        time: Option<ClockShape>,
    },
}

/// The time of day after a numeric date: `0:00` or `0:00:00`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ClockShape {
    Minutes,
    Seconds,
}

/// Convert the text columns of `df` whose every non-null value is an ISO date
/// (`2013-01-01`) or datetime (`2013-01-01T10:00:00Z`, `2013-01-01 10:00`) into Date or
/// Datetime columns. Columns that do not parse cleanly are left as they are.
pub(crate) fn parse_temporal_strings(df: DataFrame) -> DataFrame {
    parse_shapes(two_figure_years_placed(df), |_| true)
}

/// 0100-01-01 in days since 1970-01-01.
const YEAR_100: i32 = -683_003;

/// Date columns the CSV reader gave years 0 to 99 (`25/11/63` read as the year 63): years
/// written in two figures, placed in their century ([`in_its_century`]).
fn two_figure_years_placed(df: DataFrame) -> DataFrame {
    let mut out = df.clone();
    for column in df.columns() {
        if !matches!(column.dtype(), DataType::Date | DataType::Datetime(..)) {
            continue;
        }
        // The latest value before 1 January 100 (as a Date, a Datetime cast to one).
        let latest = column
            .cast(&DataType::Date)
            .ok()
            .and_then(|days| days.date().ok().and_then(|d| d.physical().max()));
        if latest.is_some_and(|days| days < YEAR_100) {
            let _ = out.replace(column.name(), in_its_century(column.clone()));
        }
    }
    out
}

/// Convert only the text columns of ISO dates and datetimes, as a table written to JSON
/// writes its Date and Datetime columns: text that merely reads as a date (`October
/// 1679`) stays as written.
pub(crate) fn parse_iso_strings(df: DataFrame) -> DataFrame {
    parse_shapes(df, |shape| matches!(shape, Shape::Date | Shape::Datetime))
}

fn parse_shapes(df: DataFrame, wanted: impl Fn(Shape) -> bool) -> DataFrame {
    let mut exprs = Vec::new();
    for column in df.columns() {
        let Ok(ca) = column.str() else { continue };
        let Some(shape) = classify(ca).filter(|s| wanted(*s)) else {
            continue;
        };
        let name = column.name().clone();
        let opts = StrptimeOptions {
            strict: false,
            ..Default::default()
        };
        let expr = match shape {
            Shape::Date => col(name.clone()).str().to_date(opts),
            Shape::SlashDate => col(name.clone()).str().to_date(StrptimeOptions {
                format: Some("%Y/%m/%d".into()),
                ..opts
            }),
            // chrono's `%B` reads a month's full name or its three letters; the comma after
            // the day is dropped first.
            Shape::NamedDate | Shape::DayFirstDate => {
                let format = if shape == Shape::NamedDate {
                    "%B %d %Y"
                } else {
                    "%d %B %Y"
                };
                col(name.clone())
                    .str()
                    .replace_all(lit(","), lit(""), true)
                    .str()
                    .to_date(StrptimeOptions {
                        format: Some(format.into()),
                        ..opts
                    })
            }
            // A month has no day to read: the first is added.
            Shape::YearMonth | Shape::MonthYear => {
                let format = if shape == Shape::YearMonth {
                    "%Y %B %d"
                } else {
                    "%B %Y %d"
                };
                concat_str([col(name.clone()), lit(" 1")], "", false)
                    .str()
                    .to_date(StrptimeOptions {
                        format: Some(format.into()),
                        ..opts
                    })
            }
            Shape::MailDate => col(name.clone())
                .str()
                .replace(lit(r"^ *([A-Z][a-z]{2}, )?"), lit(""), false)
                .str()
                .replace(lit(r" [+-][0-9]{4}$"), lit(""), false)
                .str()
                .to_datetime(
                    None,
                    None,
                    StrptimeOptions {
                        format: Some("%d %b %Y %H:%M:%S".into()),
                        ..opts
                    },
                    lit("raise"),
                ),
            Shape::Datetime => col(name.clone())
                .str()
                .to_datetime(None, None, opts, lit("raise")),
            Shape::NumericDate {
                four_figure_year,
                time,
            } => {
                // Month first as in the US, unless that loses a value (`30/8/1993`).
                let year = if four_figure_year { "%Y" } else { "%y" };
                let clock = match time {
                    None => "",
                    Some(ClockShape::Minutes) => " %H:%M",
                    Some(ClockShape::Seconds) => " %H:%M:%S",
                };
                for order in ["%m/%d", "%d/%m"] {
                    let format = format!("{order}/{year}{clock}");
                    let opts = StrptimeOptions {
                        format: Some(format.into()),
                        ..opts.clone()
                    };
                    let expr = if time.is_some() {
                        col(name.clone())
                            .str()
                            .to_datetime(None, None, opts, lit("raise"))
                    } else {
                        col(name.clone()).str().to_date(opts)
                    };
                    exprs.push((name.clone(), expr, column.null_count(), !four_figure_year));
                }
                continue;
            }
        };
        exprs.push((name, expr, column.null_count(), false));
    }
    if exprs.is_empty() {
        return df;
    }
    let mut out = df.clone();
    for (name, expr, nulls, two_figure_year) in exprs {
        // Of two readings of a column, the first that converts it.
        if !out
            .column(name.as_str())
            .is_ok_and(|c| c.dtype().is_string())
        {
            continue;
        }
        let parsed = out.clone().lazy().select([expr]).collect();
        // Keep the conversion only when nothing was lost to it.
        if let Ok(parsed) = parsed
            && let Some(c) = parsed.columns().first()
            && c.null_count() == nulls
        {
            let c = if two_figure_year {
                in_its_century(c.clone())
            } else {
                c.clone()
            };
            let _ = out.replace(&name, at_midnight_a_date(c));
        }
    }
    out
}

/// A year written in two figures (`25/11/63`) in its century: the nearest one that puts it
/// no more than ten years after this one (63 is 1963, 30 is 2030, in 2026), as a sliding
/// window does; whatever century the parser gave it (polars reads some formats' `63` as
/// the year 63).
fn in_its_century(c: Column) -> Column {
    use chrono::{Datelike, NaiveDate};
    let latest = chrono::Utc::now().year() + 10;
    let placed = |year: i32| {
        let two = year.rem_euclid(100);
        let mut y = latest - latest.rem_euclid(100) + two;
        if y > latest {
            y -= 100;
        }
        y
    };
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("a valid date");
    // The number of days to add to a day so that its year is placed.
    let shift = |days: i64| -> i64 {
        let Some(day) = epoch.checked_add_signed(chrono::Duration::days(days)) else {
            return 0;
        };
        let year = placed(day.year());
        day.with_year(year)
            .map_or(0, |moved| (moved - day).num_days())
    };
    match c.dtype().clone() {
        DataType::Date => {
            let Ok(days) = c.date().map(|d| d.physical().clone()) else {
                return c;
            };
            let moved: Int32Chunked = days
                .iter()
                .map(|d| d.map(|d| d + shift(d.into()) as i32))
                .collect();
            moved
                .with_name(c.name().clone())
                .into_series()
                .cast(&DataType::Date)
                .map_or(c, Column::from)
        }
        DataType::Datetime(unit, zone) => {
            let per_day: i64 = match unit {
                TimeUnit::Milliseconds => 86_400_000,
                TimeUnit::Microseconds => 86_400_000_000,
                TimeUnit::Nanoseconds => 86_400_000_000_000,
            };
            let Ok(stamps) = c.datetime().map(|d| d.physical().clone()) else {
                return c;
            };
            let moved: Int64Chunked = stamps
                .iter()
                .map(|t| t.map(|t| t + shift(t.div_euclid(per_day)) * per_day))
                .collect();
            moved
                .with_name(c.name().clone())
                .into_series()
                .cast(&DataType::Datetime(unit, zone))
                .map_or(c, Column::from)
        }
        _ => c,
    }
}

/// A datetime column whose every time is midnight (`8/30/1993 0:00:00`) is a column of
/// dates.
fn at_midnight_a_date(c: Column) -> Column {
    if !matches!(c.dtype(), DataType::Datetime(_, _)) {
        return c;
    }
    let Ok(days) = c.cast(&DataType::Date) else {
        return c;
    };
    let same = days
        .cast(c.dtype())
        .ok()
        .and_then(|back| back.equal_missing(&c).ok())
        .is_some_and(|eq| eq.all());
    if same { days } else { c }
}

/// Whether the text column's values (its first thousand) all look like dates or times of
/// one shape, which loading converts.
pub(crate) fn looks_temporal(ca: &StringChunked) -> bool {
    classify(ca).is_some()
}

fn classify(ca: &StringChunked) -> Option<Shape> {
    let mut shape = None;
    let mut seen = 0;
    for value in ca.iter().flatten() {
        let this = shape_of(value)?;
        shape = match (shape, this) {
            (None, s) => Some(s),
            (Some(a), b) if a == b => Some(a),
            _ => return None,
        };
        seen += 1;
        if seen >= 1000 {
            break;
        }
    }
    shape
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Whether a word is a month as dates spell it: `Jan` or `January` (capitalised).
fn is_month(word: &str) -> bool {
    MONTHS.contains(&word) || MONTH_NAMES.contains(&word)
}

fn shape_of(value: &str) -> Option<Shape> {
    let b = value.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    if b.len() == 10
        && digits(0..4)
        && b[4] == b'/'
        && digits(5..7)
        && b[7] == b'/'
        && digits(8..10)
    {
        return Some(Shape::SlashDate);
    }
    if let Some(shape) = numeric_date(value) {
        return Some(shape);
    }
    let parts: Vec<&str> = value.split(' ').collect();
    let day = |d: &str| (1..=2).contains(&d.len()) && d.bytes().all(|c| c.is_ascii_digit());
    let year = |y: &str| y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit());
    // "2018 Jan", "May 1973".
    if let [a, b] = parts[..] {
        if year(a) && is_month(b) {
            return Some(Shape::YearMonth);
        }
        if is_month(a) && year(b) {
            return Some(Shape::MonthYear);
        }
    }
    // "Thu, 31 Dec 2015 20:37:34 -0600", with or without the day of the week.
    let clock = |t: &str| {
        let t = t.as_bytes();
        t.len() == 8
            && t[2] == b':'
            && t[5] == b':'
            && [0, 1, 3, 4, 6, 7].iter().all(|&k| t[k].is_ascii_digit())
    };
    let offset = |o: &str| {
        o.len() == 5
            && matches!(o.as_bytes()[0], b'+' | b'-')
            && o[1..].bytes().all(|c| c.is_ascii_digit())
    };
    let weekday =
        |w: &str| w.len() == 4 && w.ends_with(',') && w.as_bytes()[0].is_ascii_uppercase();
    // (A mail date may have come apart at its comma, the day of the week in a column of
    // its own: " 31 Dec 2015 ...".)
    let mut words: Vec<&str> = value.trim().split(' ').collect();
    if words.first().is_some_and(|w| weekday(w)) {
        words.remove(0);
    }
    let mail = matches!(words[..], [d, m, y, c, o]
        if day(d) && MONTHS.contains(&m) && year(y) && clock(c) && offset(o));
    if mail {
        return Some(Shape::MailDate);
    }
    if let [month, d, y] = parts[..] {
        // "Jan 31 2000", "January 31, 2000".
        if is_month(month) && day(d.strip_suffix(',').unwrap_or(d)) && year(y) {
            return Some(Shape::NamedDate);
        }
        // "31 January 2000".
        if day(month) && is_month(d) && year(y) {
            return Some(Shape::DayFirstDate);
        }
    }
    if !(digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10))
    {
        return None;
    }
    match b.len() {
        10 => Some(Shape::Date),
        n if n >= 16 && matches!(b[10], b'T' | b' ') && digits(11..13) && b[13] == b':' => {
            Some(Shape::Datetime)
        }
        _ => None,
    }
}

/// `8/30/1993`, `1/3/11`, `12/31/1999 23:59:00`: one or two figures, a slash, one or
/// two, a slash, a year of four or two, and a time of day or none.
fn numeric_date(value: &str) -> Option<Shape> {
    let (date, clock) = match value.split_once(' ') {
        Some((date, clock)) => (date, Some(clock)),
        None => (value, None),
    };
    let figures = |s: &str, lengths: &[usize]| {
        lengths.contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit())
    };
    let [a, b, y] = date.split('/').collect::<Vec<_>>()[..] else {
        return None;
    };
    if !(figures(a, &[1, 2]) && figures(b, &[1, 2]) && figures(y, &[2, 4])) {
        return None;
    }
    let time = match clock {
        None => None,
        Some(clock) => {
            let parts: Vec<&str> = clock.split(':').collect();
            match parts[..] {
                [h, m] if figures(h, &[1, 2]) && figures(m, &[2]) => Some(ClockShape::Minutes),
                [h, m, s] if figures(h, &[1, 2]) && figures(m, &[2]) && figures(s, &[2]) => {
                    Some(ClockShape::Seconds)
                }
                _ => return None,
            }
        }
    };
    Some(Shape::NumericDate {
        four_figure_year: y.len() == 4,
        time,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn recognises_iso_shapes() {
        assert_eq!(shape_of("2013-01-01"), Some(Shape::Date));
        assert_eq!(shape_of("2013-01-01T10:00:00Z"), Some(Shape::Datetime));
        assert_eq!(shape_of("2013-01-01 10:00"), Some(Shape::Datetime));
        assert_eq!(shape_of("2013-1-1"), None);
        assert_eq!(shape_of("hello"), None);
        assert_eq!(shape_of("2013-01-01 and more"), None);
        assert_eq!(shape_of("2012/01/31"), Some(Shape::SlashDate));
        assert_eq!(shape_of("Jan 1 2000"), Some(Shape::NamedDate));
        assert_eq!(shape_of("Dec 31 1999"), Some(Shape::NamedDate));
        assert_eq!(shape_of("Jan 1 20000"), None);
        assert_eq!(shape_of("December 4, 1960"), Some(Shape::NamedDate));
        assert_eq!(shape_of("16 May 1973"), Some(Shape::DayFirstDate));
        assert_eq!(shape_of("4 Sept 1960"), None);
        assert_eq!(shape_of("december 4, 1960"), None);
        assert_eq!(shape_of("May 1973"), Some(Shape::MonthYear));
        assert_eq!(shape_of("2018 Jan"), Some(Shape::YearMonth));
        assert_eq!(
            shape_of("Thu, 31 Dec 2015 20:37:34 -0600"),
            Some(Shape::MailDate)
        );
        assert_eq!(
            shape_of("31 Dec 2015 20:37:34 +0100"),
            Some(Shape::MailDate)
        );
        assert_eq!(
            shape_of(" 1 Apr 2015 06:51:29 -0500"),
            Some(Shape::MailDate)
        );
        assert_eq!(shape_of("Thu, 31 Dec 2015"), None);
        assert_eq!(shape_of("2018 September"), Some(Shape::YearMonth));
        assert_eq!(shape_of("2018 Sept"), None);
        assert_eq!(shape_of("2018-19"), None);
        assert_eq!(shape_of("2018 may"), None);
        let numeric = |four_figure_year, time| {
            Some(Shape::NumericDate {
                four_figure_year,
                time,
            })
        };
        assert_eq!(shape_of("8/30/1993"), numeric(true, None));
        assert_eq!(shape_of("1/3/11"), numeric(false, None));
        assert_eq!(
            shape_of("8/30/1993 0:00:00"),
            numeric(true, Some(ClockShape::Seconds))
        );
        assert_eq!(
            shape_of("8/4/20 18:57"),
            numeric(false, Some(ClockShape::Minutes))
        );
        assert_eq!(shape_of("1/2"), None);
        assert_eq!(shape_of("1/2/123"), None);
        assert_eq!(shape_of("8/30/1993 noon"), None);
    }

    #[test]
    fn numeric_dates_read_month_first_unless_a_day_comes_first() {
        let df = df! {
            "us" => ["8/30/1993", "12/1/1994"],
            "short" => ["1/3/11", "12/31/11"],
            "day_first" => ["30/8/1993", "1/12/1994"],
            "midnight" => ["8/30/1993 0:00:00", "2/29/1992 0:00:00"],
            "clock" => ["8/6/20 18:57", "8/4/20 3:39"],
            "no_such_day" => ["13/13/1993", "1/1/1993"],
        }
        .unwrap();
        let out = parse_temporal_strings(df);
        let day = |name: &str, row: usize| {
            let c = out.column(name).unwrap();
            assert_eq!(c.dtype(), &DataType::Date, "{name}");
            c.cast(&DataType::Int32).unwrap().i32().unwrap().get(row)
        };
        // Days after 1970-01-01, counted independently: 1993-08-30 is 8,642; 1994-12-01 is
        // 9,100; 2011-01-03 is 14,977; 2011-12-31 is 15,339; 1992-02-29 is 8,094.
        assert_eq!(day("us", 0), Some(8642));
        assert_eq!(day("us", 1), Some(9100));
        assert_eq!(day("short", 0), Some(14977));
        assert_eq!(day("short", 1), Some(15339));
        assert_eq!(day("day_first", 0), Some(8642));
        assert_eq!(day("day_first", 1), Some(9100));
        assert_eq!(day("midnight", 0), Some(8642));
        assert_eq!(day("midnight", 1), Some(8094));
        assert!(matches!(
            out.column("clock").unwrap().dtype(),
            DataType::Datetime(_, _)
        ));
        assert_eq!(
            out.column("no_such_day").unwrap().dtype(),
            &DataType::String
        );
    }

    #[test]
    fn a_year_in_two_figures_is_placed_in_its_century() {
        // Days since 1970-01-01: 1963-11-25 is -2,229; 1999-01-02 is 10,593; 2026-01-02 is
        // 20,455.
        let df = df! {
            "us" => ["11/25/63", "1/2/99", "1/2/26"],
        }
        .unwrap();
        let out = parse_temporal_strings(df);
        let days: Vec<Option<i32>> = out
            .column("us")
            .unwrap()
            .date()
            .unwrap()
            .physical()
            .iter()
            .collect();
        assert_eq!(days, [Some(-2229), Some(10593), Some(20455)]);
        // As the CSV reader gives day-first dates in two figures: the year 63.
        let year_63 = NaiveDate::from_ymd_opt(63, 11, 25).unwrap();
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
        let days = (year_63 - epoch).num_days() as i32;
        let df = DataFrame::new(
            1,
            vec![
                Int32Chunked::new("d".into(), [days])
                    .into_date()
                    .into_series()
                    .into(),
            ],
        )
        .unwrap();
        let out = parse_temporal_strings(df);
        let placed = out.column("d").unwrap().date().unwrap().physical().get(0);
        assert_eq!(placed, Some(-2229));
    }

    #[test]
    fn converts_only_clean_columns() {
        let df = df! {
            "d" => ["2013-01-01", "2013-02-28"],
            "t" => ["2013-01-01T10:00:00", "2013-01-02T11:30:00"],
            "bad" => ["2013-01-01", "2013-02-30"],
            "s" => ["a", "b"],
            "slash" => ["2012/01/01", "2012/12/31"],
            "named" => ["Jan 1 2000", "Feb 29 2000"],
            "written" => ["December 4, 1960", "May 16, 1973"],
            "day_first" => ["16 May 1973", "1 Feb 1974"],
            "no_such_day" => ["31 February 1973", "1 March 1973"],
        }
        .unwrap();
        let out = parse_temporal_strings(df);
        assert_eq!(out.column("d").unwrap().dtype(), &DataType::Date);
        assert!(matches!(
            out.column("t").unwrap().dtype(),
            DataType::Datetime(_, _)
        ));
        assert_eq!(out.column("bad").unwrap().dtype(), &DataType::String);
        assert_eq!(out.column("s").unwrap().dtype(), &DataType::String);
        assert_eq!(out.column("slash").unwrap().dtype(), &DataType::Date);
        assert_eq!(out.column("named").unwrap().dtype(), &DataType::Date);
        for name in ["written", "day_first"] {
            let c = out.column(name).unwrap();
            assert_eq!(c.dtype(), &DataType::Date, "{name}");
        }
        // 1960-12-04 and 1973-05-16 are days -3315 and 1231 after 1970-01-01.
        let days = out
            .column("written")
            .unwrap()
            .cast(&DataType::Int32)
            .unwrap();
        assert_eq!(days.i32().unwrap().get(0), Some(-3315));
        let days = out
            .column("day_first")
            .unwrap()
            .cast(&DataType::Int32)
            .unwrap();
        assert_eq!(days.i32().unwrap().get(0), Some(1231));
        assert_eq!(
            out.column("no_such_day").unwrap().dtype(),
            &DataType::String
        );
    }

    #[test]
    fn months_of_a_year_are_their_first_days() {
        let df = df! {
            "tsibble" => ["2018 Jan", "2018 Dec"],
            "written" => ["May 1973", "June 1973"],
            "seasons" => ["2010-11", "2011-12"],
            "no_such_month" => ["2018 Jan", "2018 Foo"],
        }
        .unwrap();
        let out = parse_temporal_strings(df);
        // 2018-01-01, 2018-12-01 and 1973-05-01 are days 17532, 17866 and 1216 after
        // 1970-01-01.
        let days = |name: &str| {
            let c = out.column(name).unwrap();
            assert_eq!(c.dtype(), &DataType::Date, "{name}");
            let days = c.cast(&DataType::Int32).unwrap();
            days.i32().unwrap().iter().collect::<Vec<_>>()
        };
        assert_eq!(days("tsibble"), [Some(17532), Some(17866)]);
        assert_eq!(days("written")[0], Some(1216));
        assert_eq!(out.column("seasons").unwrap().dtype(), &DataType::String);
        assert_eq!(
            out.column("no_such_month").unwrap().dtype(),
            &DataType::String
        );
    }
}
