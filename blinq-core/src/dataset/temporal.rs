//! Turning ISO date and datetime strings into Date/Datetime columns.
//!
//! CSV gets ISO dates from polars' own `try_parse_dates`; JSON and spreadsheets carry dates
//! as text, so after reading them every text column whose values all look like ISO dates or
//! datetimes is converted. Other common date spellings are converted in every format:
//! `2012/01/31`, `Jan 31 2000` (month, day, year — as in vega-datasets' stocks), `December
//! 4, 1960` and `16 May 1973` (months named in full or by their first three letters, as
//! tables copied from the web write them).

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
}

/// Convert the text columns of `df` whose every non-null value is an ISO date
/// (`2013-01-01`) or datetime (`2013-01-01T10:00:00Z`, `2013-01-01 10:00`) into Date or
/// Datetime columns. Columns that do not parse cleanly are left as they are.
pub(crate) fn parse_temporal_strings(df: DataFrame) -> DataFrame {
    let mut exprs = Vec::new();
    for column in df.columns() {
        let Ok(ca) = column.str() else { continue };
        let Some(shape) = classify(ca) else { continue };
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
            Shape::Datetime => col(name.clone())
                .str()
                .to_datetime(None, None, opts, lit("raise")),
        };
        exprs.push((name, expr, column.null_count()));
    }
    if exprs.is_empty() {
        return df;
    }
    let mut out = df.clone();
    for (name, expr, nulls) in exprs {
        let parsed = out.clone().lazy().select([expr]).collect();
        // Keep the conversion only when nothing was lost to it.
        if let Ok(parsed) = parsed
            && let Some(c) = parsed.columns().first()
            && c.null_count() == nulls
        {
            let _ = out.replace(&name, c.clone());
        }
    }
    out
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
    let parts: Vec<&str> = value.split(' ').collect();
    let day = |d: &str| (1..=2).contains(&d.len()) && d.bytes().all(|c| c.is_ascii_digit());
    let year = |y: &str| y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit());
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

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(shape_of("May 1973"), None);
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
}
