//! Dates and times a calendar can show. A damaged Parquet or Arrow file (or a workbook) can
//! carry a date millions of years away; polars loads it, then panics when it formats it for
//! a preview, a description or an export. Such a file is refused when it is loaded.

use chrono::{DateTime, NaiveDate};
use polars::prelude::*;

use crate::error::{BlinqError, Result};

/// Days from 0001-01-01 (chrono's day 1) to 1970-01-01 (polars' day 0).
const EPOCH_FROM_CE: i64 = 719_163;
/// Nanoseconds in a day: a time of day is below it.
const DAY_NS: i64 = 86_400_000_000_000;

/// Every date, datetime and time of day in `df` can be shown: a parse error naming the
/// first column that holds one that cannot.
pub(crate) fn check_calendar_range(df: &DataFrame, source: &str) -> Result<()> {
    for column in df.columns() {
        let series = column.as_materialized_series();
        let fits = match series.dtype() {
            DataType::Date => extremes(series, |days| {
                days.checked_add(EPOCH_FROM_CE)
                    .and_then(|d| i32::try_from(d).ok())
                    .and_then(NaiveDate::from_num_days_from_ce_opt)
                    .is_some()
            }),
            DataType::Datetime(unit, _) => {
                let unit = *unit;
                extremes(series, move |v| match unit {
                    TimeUnit::Nanoseconds => true,
                    TimeUnit::Microseconds => DateTime::from_timestamp_micros(v).is_some(),
                    TimeUnit::Milliseconds => DateTime::from_timestamp_millis(v).is_some(),
                })
            }
            DataType::Time => extremes(series, |ns| (0..DAY_NS).contains(&ns)),
            _ => true,
        };
        if !fits {
            return Err(BlinqError::parse(
                source,
                format!(
                    "column `{}` holds a date or time outside the calendar (years -262143 to \
                     262142, times of day below 24:00); the file is probably damaged",
                    column.name()
                ),
            ));
        }
    }
    Ok(())
}

/// Whether the smallest and largest physical values of a temporal series pass `ok`.
fn extremes(series: &Series, ok: impl Fn(i64) -> bool) -> bool {
    let physical = series.to_physical_repr();
    let Ok(values) = physical.cast(&DataType::Int64) else {
        return false;
    };
    let Ok(values) = values.i64() else {
        return false;
    };
    [values.min(), values.max()].into_iter().flatten().all(ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_past_the_calendar_are_refused_and_ordinary_ones_pass() {
        let ok = df!("d" => [0i32, 2_932_896]).unwrap(); // 1970-01-01 and 9999-12-31
        let ok = ok
            .lazy()
            .with_column(col("d").cast(DataType::Date))
            .collect()
            .unwrap();
        check_calendar_range(&ok, "ok").unwrap();
        let far = df!("d" => [0i32, i32::MAX]).unwrap();
        let far = far
            .lazy()
            .with_column(col("d").cast(DataType::Date))
            .collect()
            .unwrap();
        let err = check_calendar_range(&far, "far").unwrap_err();
        assert_eq!(err.code(), "parse");
        assert!(err.to_string().contains("`d`"), "{err}");
        let ms = df!("t" => [i64::MAX]).unwrap();
        let ms = ms
            .lazy()
            .with_column(col("t").cast(DataType::Datetime(TimeUnit::Milliseconds, None)))
            .collect()
            .unwrap();
        assert!(check_calendar_range(&ms, "ms").is_err());
    }
}
