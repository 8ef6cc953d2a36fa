//! Casting filter values, which arrive as JSON, to the type of the column they are compared
//! with: `"3"` to a number, `"2013-06-01"` to a date or datetime, `true` to a boolean.

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use polars::prelude::*;
use serde_json::Value;

use super::check::{Ctx, query_error};
use super::filter::evaluate;
use crate::dataset::dtype_name;
use crate::error::Result;

/// `value` as a literal expression of (or comparable with) `dtype`.
pub(crate) fn scalar(value: &Value, dtype: &DataType, name: &str, ctx: &Ctx) -> Result<Expr> {
    let series = scalars(std::slice::from_ref(value), dtype, name, ctx)?;
    let value = series.get(0).map_err(query_error)?.into_static();
    Ok(lit(Scalar::new(series.dtype().clone(), value)))
}

/// `items` as a series of (or comparable with) `dtype`: integers stay Int64 and fractions
/// Float64 for any number column, text is text, dates and datetimes take the column's
/// exact type (time unit and time zone).
pub(crate) fn scalars(items: &[Value], dtype: &DataType, name: &str, ctx: &Ctx) -> Result<Series> {
    let bad = |value: &Value, hint: &str| {
        ctx.plan(format!(
            "cannot compare `{name}` ({} column) with {value}: {hint}",
            dtype_name(dtype)
        ))
    };
    let series = match dtype {
        DataType::Boolean => {
            let values = items
                .iter()
                .map(|v| to_bool(v).ok_or_else(|| bad(v, "give true or false")))
                .collect::<Result<Vec<bool>>>()?;
            Series::new("value".into(), values)
        }
        d if d.is_primitive_numeric() => {
            let numbers = items
                .iter()
                .map(|v| to_number(v).ok_or_else(|| bad(v, "give a number, like 42 or 3.5")))
                .collect::<Result<Vec<Number>>>()?;
            if numbers.iter().all(|n| matches!(n, Number::Int(_))) {
                let ints: Vec<i64> = numbers
                    .iter()
                    .map(|n| if let Number::Int(i) = n { *i } else { 0 })
                    .collect();
                Series::new("value".into(), ints)
            } else {
                let floats: Vec<f64> = numbers.iter().map(Number::as_f64).collect();
                Series::new("value".into(), floats)
            }
        }
        DataType::String | DataType::Categorical(_, _) | DataType::Enum(_, _) => {
            let texts = items
                .iter()
                .map(|v| to_text(v).ok_or_else(|| bad(v, "give text, like \"Adelie\"")))
                .collect::<Result<Vec<String>>>()?;
            Series::new("value".into(), texts)
        }
        DataType::Date => {
            let days = items
                .iter()
                .map(|v| to_days(v).ok_or_else(|| bad(v, "give an ISO date, like \"2013-06-01\"")))
                .collect::<Result<Vec<i32>>>()?;
            Series::new("value".into(), days)
                .cast(&DataType::Date)
                .map_err(query_error)?
        }
        DataType::Datetime(unit, zone) => {
            let mut out = Series::new_empty("value".into(), dtype);
            for v in items {
                let hint = "give an ISO datetime, like \"2013-06-01\", \"2013-06-01 10:30\" \
                            or \"2013-06-01T10:30:00Z\"";
                let (ts, instant) = to_timestamp(v, *unit).ok_or_else(|| bad(v, hint))?;
                let expr = datetime_expr(ts, instant, *unit, zone.clone());
                let one = evaluate(expr).map_err(|e| bad(v, &e.to_string()))?;
                out.append(one.as_materialized_series())
                    .map_err(query_error)?;
            }
            out
        }
        other => {
            return Err(ctx.wrong_type(
                name,
                other,
                "filter on",
                "number, text, bool, date and datetime columns",
            ));
        }
    };
    Ok(series)
}

/// A datetime literal in the column's time zone. A value without an offset is a wall-clock
/// time in the column's zone; one with an offset (`Z`, `+02:00`) is an instant.
fn datetime_expr(ts: i64, instant: bool, unit: TimeUnit, zone: Option<TimeZone>) -> Expr {
    let raw = lit(ts);
    match (instant, zone) {
        (false, None) => raw.cast(DataType::Datetime(unit, None)),
        (false, Some(zone)) => raw
            .cast(DataType::Datetime(unit, None))
            .dt()
            .replace_time_zone(Some(zone), lit("raise"), NonExistent::Raise),
        (true, Some(zone)) => raw
            .cast(DataType::Datetime(unit, Some(TimeZone::UTC)))
            .dt()
            .convert_time_zone(zone),
        // An instant compared with a column without a zone: read the column as UTC.
        (true, None) => raw.cast(DataType::Datetime(unit, None)),
    }
}

#[derive(Debug, Clone, Copy)]
enum Number {
    Int(i64),
    Float(f64),
}

impl Number {
    fn as_f64(&self) -> f64 {
        match *self {
            Number::Int(i) => i as f64,
            Number::Float(f) => f,
        }
    }
}

fn to_number(value: &Value) -> Option<Number> {
    match value {
        Value::Number(n) => n
            .as_i64()
            .map(Number::Int)
            .or_else(|| n.as_f64().map(Number::Float)),
        Value::String(s) => {
            let s = s.trim();
            s.parse::<i64>().map(Number::Int).ok().or_else(|| {
                s.parse::<f64>()
                    .ok()
                    .filter(|f| f.is_finite())
                    .map(Number::Float)
            })
        }
        _ => None,
    }
}

fn to_bool(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::String(s) if s.eq_ignore_ascii_case("true") => Some(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Some(false),
        Value::Number(n) if n.as_i64() == Some(1) => Some(true),
        Value::Number(n) if n.as_i64() == Some(0) => Some(false),
        _ => None,
    }
}

fn to_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn to_days(value: &Value) -> Option<i32> {
    let date = NaiveDate::parse_from_str(value.as_str()?.trim(), "%Y-%m-%d").ok()?;
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1)?;
    i32::try_from(date.signed_duration_since(epoch).num_days()).ok()
}

/// The timestamp of an ISO date or datetime string in `unit`, and whether it carried an
/// offset (an instant) rather than being a wall-clock time.
fn to_timestamp(value: &Value, unit: TimeUnit) -> Option<(i64, bool)> {
    let text = value.as_str()?.trim();
    let (naive, instant) = if let Ok(dt) = DateTime::parse_from_rfc3339(text) {
        (dt.naive_utc(), true)
    } else {
        (parse_naive(text)?, false)
    };
    let utc = naive.and_utc();
    let ts = match unit {
        TimeUnit::Milliseconds => utc.timestamp_millis(),
        TimeUnit::Microseconds => utc.timestamp_micros(),
        TimeUnit::Nanoseconds => utc.timestamp_nanos_opt()?,
    };
    Some((ts, instant))
}

fn parse_naive(text: &str) -> Option<NaiveDateTime> {
    const FORMATS: [&str; 4] = [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ];
    FORMATS
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
        .or_else(|| {
            NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .ok()?
                .and_hms_opt(0, 0, 0)
        })
}
