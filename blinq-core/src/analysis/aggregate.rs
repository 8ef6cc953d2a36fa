//! Group-by aggregations and value counts.

use polars::prelude::*;
use serde::{Deserialize, Serialize};

use super::check::Ctx;
use crate::error::Result;

/// One aggregation of a `group_by` step:
/// `{"column": "body_mass_g", "func": "mean", "alias": "mean_mass"}`.
///
/// The output column is `alias` when given, else `<column>_<func>` (`body_mass_g_mean`),
/// `<column>_p<percent>` for quantiles (`flipper_length_mm_p90`) and `count` for a row count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agg {
    /// The column aggregated; leave it out with `count` to count rows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// The aggregation function.
    pub func: AggFunc,
    /// The quantile, between 0 and 1, for `quantile` (e.g. 0.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<f64>,
    /// The output column name.
    #[serde(default)]
    pub alias: Option<String>,
}

impl Agg {
    /// `func` of `column`, named by default.
    pub fn new(column: impl Into<String>, func: AggFunc) -> Self {
        Agg {
            column: Some(column.into()),
            func,
            q: None,
            alias: None,
        }
    }

    /// The number of rows in each group.
    pub fn count_rows() -> Self {
        Agg {
            column: None,
            func: AggFunc::Count,
            q: None,
            alias: None,
        }
    }

    /// The `q` quantile (0..=1) of `column`, linearly interpolated.
    pub fn quantile(column: impl Into<String>, q: f64) -> Self {
        Agg {
            column: Some(column.into()),
            func: AggFunc::Quantile,
            q: Some(q),
            alias: None,
        }
    }

    /// The same aggregation under another output name.
    pub fn alias(mut self, alias: impl Into<String>) -> Self {
        self.alias = Some(alias.into());
        self
    }

    /// The output column name.
    pub fn output_name(&self) -> String {
        if let Some(alias) = &self.alias {
            return alias.clone();
        }
        match (&self.column, self.func) {
            (None, _) => "count".into(),
            (Some(c), AggFunc::Quantile) => {
                let pct = format!("{:.4}", self.q.unwrap_or(0.5) * 100.0);
                format!("{c}_p{}", pct.trim_end_matches('0').trim_end_matches('.'))
            }
            (Some(c), f) => format!("{c}_{}", f.as_str()),
        }
    }

    /// The polars expression, after checking the column and its type.
    pub(crate) fn expr(&self, ctx: &Ctx) -> Result<Expr> {
        let func = self.func;
        if self.q.is_some() && func != AggFunc::Quantile {
            return Err(ctx.plan(format!(
                "`q` is only used with `quantile`, not `{}`",
                func.as_str()
            )));
        }
        let Some(name) = self.column.as_deref() else {
            if func == AggFunc::Count {
                return Ok(len().alias(self.output_name()));
            }
            return Err(ctx.plan(format!("`{}` needs a `column`", func.as_str())));
        };
        let what = match func {
            AggFunc::Sum => Some("sum"),
            AggFunc::Mean => Some("take the mean of"),
            AggFunc::Median => Some("take the median of"),
            AggFunc::Std => Some("take the standard deviation of"),
            AggFunc::Quantile => Some("take a quantile of"),
            AggFunc::Count | AggFunc::NUnique | AggFunc::Min | AggFunc::Max => None,
        };
        match what {
            Some(what) => ctx.numeric(name, what)?,
            None => ctx.column(name)?,
        };
        let c = col(name);
        let expr = match func {
            AggFunc::Count => c.count(),
            // SQL's SUM: null when the group has no values (polars' sum alone gives 0).
            AggFunc::Sum => when(c.clone().count().gt(lit(0)))
                .then(c.sum())
                .otherwise(lit(NULL)),
            AggFunc::Mean => c.mean(),
            AggFunc::Median => c.median(),
            AggFunc::Min => c.min(),
            AggFunc::Max => c.max(),
            AggFunc::Std => c.std(1),
            AggFunc::NUnique => c.drop_nulls().n_unique(),
            AggFunc::Quantile => {
                let q = match self.q {
                    Some(q) if (0.0..=1.0).contains(&q) => q,
                    Some(q) => {
                        return Err(
                            ctx.plan(format!("quantile `q` must be between 0 and 1, got {q}"))
                        );
                    }
                    None => {
                        return Err(ctx.plan(format!(
                            "`quantile` of `{name}` needs `q`, like `\"q\": 0.9` for the 90th percentile"
                        )));
                    }
                };
                c.quantile(lit(q), QuantileMethod::Linear)
            }
        };
        Ok(expr.alias(self.output_name()))
    }
}

crate::names::named_enum! {
    /// An aggregation function: one vocabulary for pipelines (`group_by`), plot specs
    /// (`aggregate`) and the agent's plans. Nulls are skipped by all of them (as in SQL).
    AggFunc, "aggregate" {
        /// Non-null values of the column (SQL `COUNT(col)`), or rows when no column is given.
        Count = "count",
        /// Sum of a number column.
        Sum = "sum",
        /// Arithmetic mean of a number column (SQL `AVG`).
        #[serde(alias = "avg", alias = "average")]
        Mean = "mean",
        /// Median of a number column (the mean of the two middle values for an even count).
        Median = "median",
        /// Smallest value (numbers, text, dates).
        #[serde(alias = "minimum")]
        Min = "min",
        /// Largest value (numbers, text, dates).
        #[serde(alias = "maximum")]
        Max = "max",
        /// Sample standard deviation (n - 1 denominator, SQL `STDDEV`).
        #[serde(alias = "stddev")]
        Std = "std",
        /// Distinct non-null values (SQL `COUNT(DISTINCT col)`).
        #[serde(rename = "n_unique", alias = "count_distinct", alias = "distinct")]
        NUnique = "n_unique",
        /// The `q` quantile, linearly interpolated (SQL `QUANTILE_CONT`).
        #[serde(alias = "percentile")]
        Quantile = "quantile",
    }
}

impl AggFunc {
    /// Whether the function counts values, and so applies to a column of any type.
    pub fn counts(self) -> bool {
        matches!(self, AggFunc::Count | AggFunc::NUnique)
    }
}

/// Group by `by` (or the whole table when empty) and aggregate; groups come out sorted by
/// their keys, ascending, nulls last.
pub(crate) fn group_by(lf: LazyFrame, by: &[String], aggs: &[Agg], ctx: &Ctx) -> Result<LazyFrame> {
    if aggs.is_empty() {
        return Err(ctx.plan("`aggs` is empty; add one, like {\"func\": \"count\"}"));
    }
    for key in by {
        ctx.column(key)?;
    }
    let exprs = aggs
        .iter()
        .map(|a| a.expr(ctx))
        .collect::<Result<Vec<_>>>()?;
    let names: Vec<String> = aggs.iter().map(Agg::output_name).collect();
    ctx.unique_names(
        by.iter()
            .map(String::as_str)
            .chain(names.iter().map(String::as_str)),
    )?;
    if by.is_empty() {
        return Ok(lf.select(exprs));
    }
    let keys: Vec<Expr> = by.iter().map(|k| col(k.as_str())).collect();
    let order = SortMultipleOptions::default()
        .with_nulls_last(true)
        .with_maintain_order(true);
    Ok(lf
        .group_by(keys.clone())
        .agg(exprs)
        .sort_by_exprs(keys, order))
}

/// Rows per distinct value of `column` (nulls included, as one value): columns `column`
/// and `count`, most frequent first, ties by value.
pub(crate) fn value_counts(lf: LazyFrame, column: &str, ctx: &Ctx) -> Result<LazyFrame> {
    ctx.column(column)?;
    let count = if column == "count" { "n" } else { "count" };
    let order = SortMultipleOptions::default()
        .with_order_descending_multi([true, false])
        .with_nulls_last(true)
        .with_maintain_order(true);
    Ok(lf
        .group_by([col(column)])
        .agg([len().alias(count)])
        .sort_by_exprs([col(count), col(column)], order))
}
