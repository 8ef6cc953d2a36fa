//! Time buckets: truncating a date or datetime column to its day, week, month, quarter or
//! year, for counting or averaging per period.

use polars::prelude::*;
use serde::{Deserialize, Serialize};

use super::check::Ctx;
use crate::error::Result;

/// The size of a time bucket.
///
/// Weeks start on Monday (ISO 8601): Sunday 2024-01-07 falls in the week of Monday
/// 2024-01-01. Quarters start in January, April, July and October.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimeGrain {
    /// Calendar day.
    #[serde(alias = "daily")]
    Day,
    /// ISO week, Monday to Sunday.
    #[serde(alias = "weekly")]
    Week,
    /// Calendar month.
    #[serde(alias = "monthly")]
    Month,
    /// Calendar quarter.
    #[serde(alias = "quarterly")]
    Quarter,
    /// Calendar year.
    #[serde(alias = "yearly", alias = "annual")]
    Year,
}

impl TimeGrain {
    /// The JSON name: `day`, `week`, `month`, `quarter` or `year`.
    pub fn name(self) -> &'static str {
        match self {
            TimeGrain::Day => "day",
            TimeGrain::Week => "week",
            TimeGrain::Month => "month",
            TimeGrain::Quarter => "quarter",
            TimeGrain::Year => "year",
        }
    }

    /// The polars duration string for this grain.
    fn every(self) -> &'static str {
        match self {
            TimeGrain::Day => "1d",
            TimeGrain::Week => "1w",
            TimeGrain::Month => "1mo",
            TimeGrain::Quarter => "1q",
            TimeGrain::Year => "1y",
        }
    }
}

crate::names::named_enum! {
    /// A calendar part of a date: the agent's "by month" (1-12, every year together) and
    /// "per year". Where a [`TimeGrain`] keeps the periods apart (March 2023 and March 2024
    /// are two buckets), a part puts them together (both are month 3).
    DatePart, "date part" {
        /// The year number.
        Year = "year",
        /// The quarter (1-4).
        Quarter = "quarter",
        /// The month (1-12).
        Month = "month",
        /// The hour (0-23).
        Hour = "hour",
        /// The day of the week (SQL `DOW`: 0 is Sunday).
        Weekday = "weekday",
        /// The calendar date of a date and time ("by day" over readings every five
        /// minutes).
        Date = "date",
    }
}

impl DatePart {
    /// The SQL `EXTRACT` field (`DATE` for the calendar date, which is a cast instead:
    /// see [`DatePart::sql_of`]).
    pub fn sql_field(self) -> &'static str {
        match self {
            DatePart::Year => "YEAR",
            DatePart::Quarter => "QUARTER",
            DatePart::Month => "MONTH",
            DatePart::Hour => "HOUR",
            DatePart::Weekday => "DOW",
            DatePart::Date => "DATE",
        }
    }

    /// The SQL expression of this part of `column` (an expression already quoted):
    /// `EXTRACT(MONTH FROM "when")`, or `CAST("when" AS DATE)` for the calendar date.
    ///
    /// ```
    /// use blinq_core::analysis::DatePart;
    /// assert_eq!(DatePart::Month.sql_of("\"when\""), "EXTRACT(MONTH FROM \"when\")");
    /// assert_eq!(DatePart::Date.sql_of("\"when\""), "CAST(\"when\" AS DATE)");
    /// ```
    pub fn sql_of(self, column: &str) -> String {
        match self {
            DatePart::Date => format!("CAST({column} AS DATE)"),
            part => format!("EXTRACT({} FROM {column})", part.sql_field()),
        }
    }
}

/// An expression giving the first day of the bucket each value of `column` falls in, as a
/// Date. Datetimes with a time zone are bucketed by their local date in that zone.
///
/// Fails with a Schema error when `column` is missing or is not a Date or Datetime.
pub fn bucket_expr(schema: &Schema, column: &str, grain: TimeGrain) -> Result<Expr> {
    bucket(&Ctx::standalone(schema), column, grain)
}

pub(crate) fn bucket(ctx: &Ctx, column: &str, grain: TimeGrain) -> Result<Expr> {
    let dtype = ctx.column(column)?;
    let truncated = col(column).dt().truncate(lit(grain.every()));
    match dtype {
        DataType::Date => Ok(truncated),
        DataType::Datetime(_, _) => Ok(truncated.dt().date()),
        other => Err(ctx.wrong_type(
            column,
            other,
            &format!("bucket by {}", grain.name()),
            "date and datetime columns",
        )),
    }
}
