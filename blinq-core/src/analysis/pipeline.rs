//! The pipeline model: a list of steps, serialisable as JSON, run over a dataset.

use polars::prelude::*;
use serde::{Deserialize, Serialize};

use super::aggregate::{self, Agg};
use super::check::{Ctx, query_error};
use super::correlation::correlate;
use super::describe::{describe_frame, summary_frame};
use super::filter::{self, Condition};
use super::time_bucket::{self, TimeGrain};
use crate::dataset::Dataset;
use crate::error::{BlinqError, Result};

/// An analysis: steps run in order, each on the output of the one before.
///
/// The agent, the server and the bindings exchange pipelines as JSON. Each step is an
/// object with an `"op"` and that op's fields:
///
/// | op | fields | result |
/// |----|--------|--------|
/// | `filter` | `column`, `cmp`, `value` ([`Condition`]) | the rows that pass; several filter steps combine with AND |
/// | `select` | `columns` | those columns, in that order |
/// | `group_by` | `by` (may be empty: one row for the whole table), `aggs` ([`Agg`]) | one row per group, sorted by the keys (nulls last) |
/// | `sort` | `by`: [{`column`, `descending` (default false)}] | rows sorted, nulls last, ties keep their order |
/// | `top` | `n`, `by`, `descending` (default true) | the `n` rows with the largest (or smallest) `by` |
/// | `limit` | `n` | the first `n` rows |
/// | `value_counts` | `column` | `column` and `count`, most frequent first |
/// | `time_bucket` | `column`, `every` (day/week/month/quarter/year), `alias` | the column (or a new `alias` column) truncated to its bucket's first day, as a date; weeks start on Monday |
/// | `describe` | — | one row per column: see [`super::SUMMARY_COLUMNS`] |
/// | `correlation` | `columns` (default: every number column) | the Pearson matrix, pairwise-complete |
///
/// Filter comparisons (`cmp`): `eq`, `ne`, `lt`, `le`, `gt`, `ge`, `in`, `not_in`,
/// `is_null`, `not_null`, `contains`, `starts_with`, `ends_with`, `between`. Aggregations (`func`): `count`, `sum`,
/// `mean`, `median`, `min`, `max`, `std`, `n_unique`, `quantile` (with `q`).
///
/// ```
/// use blinq_core::{Dataset, Pipeline};
/// # fn main() -> blinq_core::Result<()> {
/// let pipeline = Pipeline::from_json(r#"{"steps": [
///     {"op": "filter", "column": "island", "cmp": "in", "value": ["Biscoe", "Dream"]},
///     {"op": "filter", "column": "body_mass_g", "cmp": "not_null"},
///     {"op": "group_by", "by": ["species"], "aggs": [
///         {"func": "count"},
///         {"column": "body_mass_g", "func": "mean", "alias": "mean_mass"}
///     ]},
///     {"op": "sort", "by": [{"column": "mean_mass", "descending": true}]}
/// ]}"#)?;
/// let penguins = Dataset::from_path("tests/fixtures/penguins.csv")?;
/// let result = pipeline.run(&penguins)?;
/// assert_eq!(result.get_column_names(), ["species", "count", "mean_mass"]);
/// let table = blinq_core::dataset::table_json(&result);
/// assert_eq!(table.rows[0][0], "Gentoo");
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pipeline {
    /// The steps, run in order.
    pub steps: Vec<Step>,
}

/// One step of a [`Pipeline`]; see there for the JSON shape of each.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case", deny_unknown_fields)]
pub enum Step {
    /// Keep the rows that satisfy a condition.
    #[serde(alias = "where")]
    Filter(Condition),
    /// Keep these columns, in this order.
    Select {
        /// The columns.
        columns: Vec<String>,
    },
    /// Aggregate per group of equal `by` values.
    GroupBy {
        /// The grouping columns; empty aggregates the whole table into one row.
        #[serde(default)]
        by: Vec<String>,
        /// The aggregations.
        aggs: Vec<Agg>,
    },
    /// Sort rows.
    Sort {
        /// The sort keys, most significant first.
        by: Vec<SortKey>,
    },
    /// The `n` rows with the largest (or, with `descending: false`, smallest) `by`.
    Top {
        /// How many rows.
        n: usize,
        /// The column ranked.
        by: String,
        /// Largest first (the default) or smallest first.
        #[serde(default = "yes")]
        descending: bool,
    },
    /// The first `n` rows.
    #[serde(alias = "head")]
    Limit {
        /// How many rows.
        n: usize,
    },
    /// Rows per distinct value of a column.
    ValueCounts {
        /// The column counted.
        column: String,
    },
    /// Truncate a date or datetime column to the start of its day, week, month, quarter
    /// or year.
    TimeBucket {
        /// The date or datetime column.
        column: String,
        /// The bucket size.
        every: TimeGrain,
        /// The output column; the input column is replaced when absent.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        alias: Option<String>,
    },
    /// Per-column summary statistics.
    #[serde(alias = "summary")]
    Describe,
    /// Pearson correlation matrix.
    #[serde(alias = "corr")]
    Correlation {
        /// The number columns; every number column when empty.
        #[serde(default)]
        columns: Vec<String>,
    },
}

fn yes() -> bool {
    true
}

/// A sort key: `{"column": "body_mass_g", "descending": true}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SortKey {
    /// The column sorted on.
    pub column: String,
    /// Largest first.
    #[serde(default)]
    pub descending: bool,
}

impl Step {
    /// The step's `op` name as written in JSON.
    pub fn op(&self) -> &'static str {
        match self {
            Step::Filter(_) => "filter",
            Step::Select { .. } => "select",
            Step::GroupBy { .. } => "group_by",
            Step::Sort { .. } => "sort",
            Step::Top { .. } => "top",
            Step::Limit { .. } => "limit",
            Step::ValueCounts { .. } => "value_counts",
            Step::TimeBucket { .. } => "time_bucket",
            Step::Describe => "describe",
            Step::Correlation { .. } => "correlation",
        }
    }

    /// Add this step to `lf`, whose schema is the one `ctx` checks against.
    fn apply(&self, lf: LazyFrame, ctx: &Ctx) -> Result<LazyFrame> {
        Ok(match self {
            Step::Filter(condition) => lf.filter(filter::predicate(condition, ctx)?),
            Step::Select { columns } => {
                if columns.is_empty() {
                    return Err(ctx.plan("`columns` is empty; name at least one column"));
                }
                for c in columns {
                    ctx.column(c)?;
                }
                ctx.unique_names(columns.iter().map(String::as_str))?;
                lf.select(columns.iter().map(|c| col(c.as_str())).collect::<Vec<_>>())
            }
            Step::GroupBy { by, aggs } => aggregate::group_by(lf, by, aggs, ctx)?,
            Step::Sort { by } => {
                if by.is_empty() {
                    return Err(ctx.plan("`by` is empty; give at least one {\"column\": ...}"));
                }
                for key in by {
                    ctx.column(&key.column)?;
                }
                let exprs: Vec<Expr> = by.iter().map(|k| col(k.column.as_str())).collect();
                let order = SortMultipleOptions::default()
                    .with_order_descending_multi(by.iter().map(|k| k.descending))
                    .with_nulls_last(true)
                    .with_maintain_order(true);
                lf.sort_by_exprs(exprs, order)
            }
            Step::Top { n, by, descending } => {
                positive(*n, ctx)?;
                ctx.column(by)?;
                let order = SortMultipleOptions::default()
                    .with_order_descending(*descending)
                    .with_nulls_last(true)
                    .with_maintain_order(true);
                lf.sort_by_exprs([col(by.as_str())], order)
                    .limit(*n as IdxSize)
            }
            Step::Limit { n } => {
                positive(*n, ctx)?;
                lf.limit(*n as IdxSize)
            }
            Step::ValueCounts { column } => aggregate::value_counts(lf, column, ctx)?,
            Step::TimeBucket {
                column,
                every,
                alias,
            } => {
                let expr = time_bucket::bucket(ctx, column, *every)?;
                lf.with_column(expr.alias(alias.as_deref().unwrap_or(column)))
            }
            Step::Describe => {
                let frame = lf.collect().map_err(query_error)?;
                summary_frame(&describe_frame(&frame)?)?.lazy()
            }
            Step::Correlation { columns } => {
                let frame = lf.collect().map_err(query_error)?;
                correlate(&frame, columns, ctx)?.to_frame()?.lazy()
            }
        })
    }
}

fn positive(n: usize, ctx: &Ctx) -> Result<()> {
    if n == 0 {
        return Err(ctx.plan("`n` must be at least 1"));
    }
    Ok(())
}

impl Pipeline {
    /// A pipeline of these steps.
    pub fn new(steps: Vec<Step>) -> Self {
        Pipeline { steps }
    }

    /// Parse a pipeline from JSON; a malformed one gives a Plan error with serde's reason
    /// (an unknown `op`, `cmp` or `func` lists the accepted names).
    pub fn from_json(json: &str) -> Result<Self> {
        serde_json::from_str(json)
            .map_err(|e| BlinqError::Plan(format!("not a valid pipeline: {e}")))
    }

    /// The pipeline as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{\"steps\":[]}".into())
    }

    /// Check every step against the columns and types it will see, without reading the
    /// data: an unknown column is a Schema error naming the closest one, a wrong type a
    /// Schema error naming the column, its type and what works, invalid parameters a Plan
    /// error. Every message starts with the step number and op.
    pub fn validate(&self, dataset: &Dataset) -> Result<()> {
        let empty = DataFrame::empty_with_schema(dataset.frame().schema());
        self.apply(empty).map(|_| ())
    }

    /// Validate, then run the pipeline over `dataset`.
    pub fn run(&self, dataset: &Dataset) -> Result<DataFrame> {
        self.validate(dataset)?;
        self.apply(dataset.frame().clone())
    }

    fn apply(&self, frame: DataFrame) -> Result<DataFrame> {
        let mut lf = frame.lazy();
        for (index, step) in self.steps.iter().enumerate() {
            let schema = lf.collect_schema().map_err(query_error)?;
            let ctx = Ctx::step(index, step.op(), &schema);
            lf = step.apply(lf, &ctx)?;
        }
        lf.collect().map_err(query_error)
    }
}
