//! Filter conditions: a column, a comparison and a JSON value cast to the column's type.

use polars::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::check::{Ctx, query_error};
use super::literal::{scalar, scalars};
use crate::dataset::{dtype_name, is_numeric};
use crate::error::Result;

/// One filter condition: `{"column": "species", "cmp": "eq", "value": "Adelie"}`.
///
/// Rows where the column is null never pass a comparison (as in SQL), except with
/// `is_null`. Several filter steps in a row combine with AND.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// The column tested.
    pub column: String,
    /// The comparison.
    pub cmp: Cmp,
    /// The value compared with, cast to the column's type: a number, text, `true`/`false`,
    /// an ISO date or datetime (`"2013-06-01"`, `"2013-06-01T10:00:00Z"`); an array for
    /// `in`, `not_in` (any length) and `between` (`[low, high]`, both included); absent
    /// for `is_null` and `not_null`.
    #[serde(default, skip_serializing_if = "Value::is_null")]
    pub value: Value,
}

impl Condition {
    /// A condition on `column`.
    pub fn new(column: impl Into<String>, cmp: Cmp, value: Value) -> Self {
        Condition {
            column: column.into(),
            cmp,
            value,
        }
    }
}

/// How a filter compares a column with its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cmp {
    /// Equal (`=`, `==`).
    #[serde(alias = "=", alias = "==")]
    Eq,
    /// Not equal (`!=`, `<>`).
    #[serde(alias = "!=", alias = "<>")]
    Ne,
    /// Less than (`<`).
    #[serde(alias = "<")]
    Lt,
    /// Less than or equal (`<=`).
    #[serde(alias = "<=")]
    Le,
    /// Greater than (`>`).
    #[serde(alias = ">")]
    Gt,
    /// Greater than or equal (`>=`).
    #[serde(alias = ">=")]
    Ge,
    /// One of a list of values.
    In,
    /// None of a list of values.
    NotIn,
    /// The value is missing.
    IsNull,
    /// The value is present.
    #[serde(alias = "is_not_null")]
    NotNull,
    /// Text containing a substring (case-sensitive, no wildcards).
    Contains,
    /// Text starting with a prefix (case-sensitive, no wildcards).
    StartsWith,
    /// Text ending with a suffix (case-sensitive, no wildcards).
    EndsWith,
    /// Between two values, both included (SQL `BETWEEN`).
    Between,
}

impl Cmp {
    fn name(self) -> &'static str {
        match self {
            Cmp::Eq => "eq",
            Cmp::Ne => "ne",
            Cmp::Lt => "lt",
            Cmp::Le => "le",
            Cmp::Gt => "gt",
            Cmp::Ge => "ge",
            Cmp::In => "in",
            Cmp::NotIn => "not_in",
            Cmp::IsNull => "is_null",
            Cmp::NotNull => "not_null",
            Cmp::Contains => "contains",
            Cmp::StartsWith => "starts_with",
            Cmp::EndsWith => "ends_with",
            Cmp::Between => "between",
        }
    }
}

/// The boolean expression for `cond`, after checking its column and value.
pub(crate) fn predicate(cond: &Condition, ctx: &Ctx) -> Result<Expr> {
    let name = cond.column.as_str();
    let dtype = ctx.column(name)?;
    let column = col(name);
    let value = &cond.value;
    let needs_no_value = matches!(cond.cmp, Cmp::IsNull | Cmp::NotNull);
    if needs_no_value && !value.is_null() {
        return Err(ctx.plan(format!(
            "`{}` takes no value; leave `value` out",
            cond.cmp.name()
        )));
    }
    if !needs_no_value && value.is_null() {
        return Err(ctx.plan(format!(
            "`{}` on `{name}` needs a value; to keep rows where `{name}` is missing use \
             `\"cmp\": \"is_null\"`",
            cond.cmp.name()
        )));
    }
    let one = || scalar(value, dtype, name, ctx);
    Ok(match cond.cmp {
        Cmp::Eq => column.eq(one()?),
        Cmp::Ne => column.neq(one()?),
        Cmp::Lt => column.lt(one()?),
        Cmp::Le => column.lt_eq(one()?),
        Cmp::Gt => column.gt(one()?),
        Cmp::Ge => column.gt_eq(one()?),
        Cmp::IsNull => column.is_null(),
        Cmp::NotNull => column.is_not_null(),
        Cmp::In => membership(column, value, dtype, name, ctx)?,
        Cmp::NotIn => membership(column, value, dtype, name, ctx)?.not(),
        Cmp::Contains | Cmp::StartsWith | Cmp::EndsWith => {
            text_test(cond.cmp, column, value, dtype, name, ctx)?
        }
        Cmp::Between => {
            let bounds = match value.as_array() {
                Some(b) if b.len() == 2 && !b[0].is_null() && !b[1].is_null() => b,
                _ => {
                    return Err(ctx.plan(format!(
                        "`between` on `{name}` needs `value` to be `[low, high]`, got {value}"
                    )));
                }
            };
            let low = scalar(&bounds[0], dtype, name, ctx)?;
            let high = scalar(&bounds[1], dtype, name, ctx)?;
            column.clone().gt_eq(low).and(column.lt_eq(high))
        }
    })
}

fn membership(
    column: Expr,
    value: &Value,
    dtype: &DataType,
    name: &str,
    ctx: &Ctx,
) -> Result<Expr> {
    let Some(items) = value.as_array() else {
        return Err(ctx.plan(format!(
            "`in`/`not_in` on `{name}` needs `value` to be a list, like [\"a\", \"b\"]; got {value}"
        )));
    };
    let (series, column) = if is_numeric(dtype) && items.iter().any(|v| !is_integer(v)) {
        // Fractional values against an integer column: compare as floats.
        (
            scalars(items, &DataType::Float64, name, ctx)?,
            column.cast(DataType::Float64),
        )
    } else if matches!(dtype, DataType::Categorical(_, _) | DataType::Enum(_, _)) {
        (
            scalars(items, &DataType::String, name, ctx)?,
            column.cast(DataType::String),
        )
    } else {
        (scalars(items, dtype, name, ctx)?, column)
    };
    Ok(column.is_in(lit(series).implode(false), false))
}

fn is_integer(value: &Value) -> bool {
    match value {
        Value::Number(n) => n.is_i64() || n.is_u64(),
        Value::String(s) => s.trim().parse::<i64>().is_ok(),
        _ => true,
    }
}

/// `contains`, `starts_with` or `ends_with`: a test of text against a literal.
fn text_test(
    cmp: Cmp,
    column: Expr,
    value: &Value,
    dtype: &DataType,
    name: &str,
    ctx: &Ctx,
) -> Result<Expr> {
    let text = match dtype {
        DataType::String => column,
        DataType::Categorical(_, _) | DataType::Enum(_, _) => column.cast(DataType::String),
        other => {
            return Err(ctx.wrong_type(name, other, "test for a substring in", "text columns"));
        }
    };
    let Some(pattern) = value.as_str() else {
        return Err(ctx.plan(format!(
            "`{}` on `{name}` needs a text value, got {value} ({} column)",
            cmp.name(),
            dtype_name(dtype)
        )));
    };
    let pattern = lit(pattern.to_string());
    Ok(match cmp {
        Cmp::StartsWith => text.str().starts_with(pattern),
        Cmp::EndsWith => text.str().ends_with(pattern),
        _ => text.str().contains_literal(pattern),
    })
}

/// Evaluate a literal expression once, so bad values fail before any data is read.
pub(crate) fn evaluate(expr: Expr) -> Result<Column> {
    let df = DataFrame::empty()
        .lazy()
        .select([expr])
        .collect()
        .map_err(query_error)?;
    df.columns()
        .first()
        .cloned()
        .ok_or_else(|| query_error(PolarsError::NoData("literal".into())))
}
