//! Per-column summaries: counts, nulls, distinct values, moments, quartiles, extremes and
//! the most frequent values.

use polars::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::check::query_error;
use crate::dataset::{Dataset, LazyDataset, TableJson, dtype_name, is_numeric, table_json};
use crate::error::Result;

/// The summary of one column.
///
/// `count` is the number of non-null values and `unique` the number of distinct non-null
/// values. `mean`, `std` (sample, n - 1), `q25`, `median` and `q75` (linearly interpolated,
/// like numpy's default and SQL `QUANTILE_CONT`) are set for number columns only. `min`
/// and `max` are JSON numbers for number columns, text for text (by byte order), ISO
/// strings for dates and datetimes, booleans for booleans, and `null` for an empty column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ColumnSummary {
    /// The column name.
    pub name: String,
    /// The logical type, as in [`crate::ColumnInfo`].
    pub dtype: String,
    /// Non-null values.
    pub count: u64,
    /// Null values.
    pub nulls: u64,
    /// Distinct non-null values.
    pub unique: u64,
    /// Mean (number columns).
    pub mean: Option<f64>,
    /// Sample standard deviation (number columns).
    pub std: Option<f64>,
    /// Smallest value.
    pub min: Value,
    /// First quartile (number columns).
    pub q25: Option<f64>,
    /// Median (number columns).
    pub median: Option<f64>,
    /// Third quartile (number columns).
    pub q75: Option<f64>,
    /// Largest value.
    pub max: Value,
    /// The most frequent non-null values, at most 5, most frequent first, ties by value;
    /// empty when every value is distinct.
    pub top: Vec<TopValue>,
}

/// A value and how many times it occurs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TopValue {
    /// The value, as in [`TableJson`] rows.
    pub value: Value,
    /// How many rows hold it.
    pub count: u64,
}

/// A dataset's summary, as `blinq describe --json` prints it:
/// `{"name": "penguins", "rows": 344, "columns": [ColumnSummary, ...]}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DatasetSummary {
    /// The dataset's name.
    pub name: String,
    /// The number of rows.
    pub rows: u64,
    /// One summary per column, in column order.
    pub columns: Vec<ColumnSummary>,
}

impl DatasetSummary {
    /// Summarise `dataset`.
    pub fn of(dataset: &Dataset) -> Result<Self> {
        Ok(DatasetSummary {
            name: dataset.name().to_string(),
            rows: dataset.row_count() as u64,
            columns: describe(dataset)?,
        })
    }

    /// Summarise a scanned dataset without holding it, about `max_values` values of one
    /// column at a time: see [`describe_scan`](super::describe_scan).
    pub fn of_scan(scan: &LazyDataset, max_values: usize) -> Result<Self> {
        let (rows, columns) = super::describe_scan::scan_summaries(scan, max_values)?;
        Ok(DatasetSummary {
            name: scan.name().to_string(),
            rows,
            columns,
        })
    }
}

/// The number of most frequent values kept in [`ColumnSummary::top`].
pub const TOP_VALUES: usize = 5;

/// Summarise every column of `dataset`.
///
/// ```
/// # fn main() -> blinq_core::Result<()> {
/// let penguins = blinq_core::Dataset::from_path("tests/fixtures/penguins.csv")?;
/// let summary = blinq_core::analysis::describe(&penguins)?;
/// let species = &summary[0];
/// assert_eq!((species.name.as_str(), species.unique), ("species", 3));
/// assert_eq!(species.top[0].value, "Adelie");
/// # Ok(()) }
/// ```
pub fn describe(dataset: &Dataset) -> Result<Vec<ColumnSummary>> {
    describe_frame(dataset.frame())
}

/// Summarise every column of `frame`.
///
/// Linear in the number of columns: every statistic of every column comes from one query and
/// is found by its position in the result, and the most frequent values are counted column
/// by column on the column alone, without planning a query over the whole frame.
pub fn describe_frame(frame: &DataFrame) -> Result<Vec<ColumnSummary>> {
    let mut exprs = Vec::new();
    let mut slots = Vec::with_capacity(frame.width());
    for (i, column) in frame.columns().iter().enumerate() {
        let dtype = column.dtype();
        let c = col(column.name().clone());
        let key = |stat: &str| format!("{i}:{stat}");
        let mut slot = Slots {
            first: exprs.len(),
            extremes: None,
            moments: None,
        };
        exprs.extend(counts(&c, key));
        exprs.push(
            c.clone()
                .drop_nulls()
                .n_unique()
                .cast(DataType::UInt64)
                .alias(key("unique")),
        );
        if orderable(dtype) {
            let ordered = match dtype {
                DataType::Categorical(_, _) | DataType::Enum(_, _) => {
                    c.clone().cast(DataType::String)
                }
                _ => c.clone(),
            };
            slot.extremes = Some(exprs.len());
            exprs.push(ordered.clone().min().alias(key("min")));
            exprs.push(ordered.max().alias(key("max")));
        }
        if is_numeric(dtype) {
            let f = c.cast(DataType::Float64);
            slot.moments = Some(exprs.len());
            exprs.push(f.clone().mean().alias(key("mean")));
            exprs.push(f.clone().std(1).alias(key("std")));
            for (q, name) in [(0.25, "q25"), (0.5, "median"), (0.75, "q75")] {
                exprs.push(
                    f.clone()
                        .quantile(lit(q), QuantileMethod::Linear)
                        .alias(key(name)),
                );
            }
        }
        slots.push(slot);
    }
    // One aggregation per statistic and column: the optimizer has nothing to gain on it and
    // its passes cost as much again as the plan itself on wide frames.
    let stats = frame
        .clone()
        .lazy()
        .without_optimizations()
        .select(exprs)
        .collect()
        .map_err(query_error)?;
    let mut values = table_json(&stats).rows.pop().unwrap_or_default();
    let mut take = |at: usize| values.get_mut(at).map_or(Value::Null, Value::take);
    let mut out = Vec::with_capacity(frame.width());
    for (column, slot) in frame.columns().iter().zip(&slots) {
        let count = take(slot.first).as_u64().unwrap_or(0);
        let nulls = take(slot.first + 1).as_u64().unwrap_or(0);
        let unique = take(slot.first + 2).as_u64().unwrap_or(0);
        let (min, max) = match slot.extremes {
            Some(at) => (take(at), take(at + 1)),
            None => (Value::Null, Value::Null),
        };
        let [mean, std, q25, median, q75] = match slot.moments {
            Some(at) => [0, 1, 2, 3, 4].map(|k| take(at + k).as_f64()),
            None => [None; 5],
        };
        let top = if unique < count {
            top_values(column)?
        } else {
            Vec::new()
        };
        out.push(ColumnSummary {
            name: column.name().to_string(),
            dtype: dtype_name(column.dtype()),
            count,
            nulls,
            unique,
            mean,
            std,
            min,
            q25,
            median,
            q75,
            max,
            top,
        });
    }
    Ok(out)
}

/// A column's non-null values and nulls, as `count` and `nulls` under `key`.
pub(super) fn counts(c: &Expr, key: impl Fn(&str) -> String) -> [Expr; 2] {
    [
        c.clone().count().cast(DataType::UInt64).alias(key("count")),
        c.clone()
            .null_count()
            .cast(DataType::UInt64)
            .alias(key("nulls")),
    ]
}

/// Where one column's statistics are in the query result: `count`, `nulls` and `unique` at
/// `first`, `min` and `max` at `extremes`, `mean`, `std`, `q25`, `median` and `q75` at
/// `moments`.
struct Slots {
    first: usize,
    extremes: Option<usize>,
    moments: Option<usize>,
}

/// Whether min/max make sense for the type.
pub(super) fn orderable(dtype: &DataType) -> bool {
    dtype.is_primitive_numeric()
        || matches!(
            dtype,
            DataType::Boolean
                | DataType::String
                | DataType::Date
                | DataType::Datetime(_, _)
                | DataType::Time
                | DataType::Duration(_)
                | DataType::Categorical(_, _)
                | DataType::Enum(_, _)
        )
}

/// The most frequent non-null values of one column, most frequent first, ties by value.
/// Computed on the column alone (eagerly): its cost does not depend on the frame's width.
fn top_values(column: &Column) -> Result<Vec<TopValue>> {
    // Fixed names: the column's own name could be the count's.
    let values = column
        .as_materialized_series()
        .clone()
        .with_name("value".into());
    let counts = values
        .drop_nulls()
        .value_counts(false, false, "count".into(), false)
        .map_err(query_error)?;
    top_of_counts(counts)
}

/// The [`TOP_VALUES`] most frequent rows of a frame of distinct `value`s and their
/// `count`s, most frequent first, ties by value.
pub(super) fn most_frequent(counts: DataFrame) -> Result<DataFrame> {
    if counts.height() == 0 {
        return Ok(counts);
    }
    let order = SortMultipleOptions::default()
        .with_order_descending_multi([true, false])
        .with_nulls_last(true)
        .with_maintain_order(true);
    Ok(counts
        .sort(["count", "value"], order)
        .map_err(query_error)?
        .head(Some(TOP_VALUES)))
}

/// [`most_frequent`] as [`TopValue`]s.
pub(super) fn top_of_counts(counts: DataFrame) -> Result<Vec<TopValue>> {
    let counts = most_frequent(counts)?;
    Ok(table_json(&counts)
        .rows
        .into_iter()
        .map(|mut row| {
            let count = row.pop().and_then(|c| c.as_u64()).unwrap_or(0);
            TopValue {
                value: row.pop().unwrap_or(Value::Null),
                count,
            }
        })
        .collect())
}

/// The column names of [`summary_table`] and of a pipeline's `describe` step.
pub const SUMMARY_COLUMNS: [&str; 13] = [
    "column", "dtype", "count", "nulls", "unique", "mean", "std", "min", "q25", "median", "q75",
    "max", "top",
];

/// The summaries as a table, one row per column: see [`SUMMARY_COLUMNS`]. `top` is text
/// such as `"Adelie (152), Gentoo (124), Chinstrap (68)"`.
pub fn summary_table(summaries: &[ColumnSummary]) -> TableJson {
    let number = |v: Option<f64>| v.map_or(Value::Null, Value::from);
    let rows = summaries
        .iter()
        .map(|s| {
            vec![
                Value::from(s.name.clone()),
                Value::from(s.dtype.clone()),
                Value::from(s.count),
                Value::from(s.nulls),
                Value::from(s.unique),
                number(s.mean),
                number(s.std),
                s.min.clone(),
                number(s.q25),
                number(s.median),
                number(s.q75),
                s.max.clone(),
                Value::from(top_text(&s.top)),
            ]
        })
        .collect();
    TableJson {
        columns: SUMMARY_COLUMNS.iter().map(|c| c.to_string()).collect(),
        rows,
    }
}

/// `"Adelie (152), Gentoo (124)"`.
pub fn top_text(top: &[TopValue]) -> String {
    top.iter()
        .map(|t| format!("{} ({})", value_text(&t.value), t.count))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A JSON value as plain text: strings without quotes, `null` as empty.
pub(crate) fn value_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The summaries as a frame with the columns of [`summary_table`]; `min` and `max` are text.
pub fn summary_frame(summaries: &[ColumnSummary]) -> Result<DataFrame> {
    let text =
        |f: fn(&ColumnSummary) -> String| -> Vec<String> { summaries.iter().map(f).collect() };
    let int = |f: fn(&ColumnSummary) -> u64| -> Vec<u64> { summaries.iter().map(f).collect() };
    let float = |f: fn(&ColumnSummary) -> Option<f64>| -> Vec<Option<f64>> {
        summaries.iter().map(f).collect()
    };
    let extreme = |f: fn(&ColumnSummary) -> &Value| -> Vec<Option<String>> {
        summaries
            .iter()
            .map(|s| Some(f(s)).filter(|v| !v.is_null()).map(value_text))
            .collect()
    };
    let c = |name: &str, col: Series| col.with_name(name.into()).into_column();
    let columns = vec![
        c("column", Series::new("".into(), text(|s| s.name.clone()))),
        c("dtype", Series::new("".into(), text(|s| s.dtype.clone()))),
        c("count", Series::new("".into(), int(|s| s.count))),
        c("nulls", Series::new("".into(), int(|s| s.nulls))),
        c("unique", Series::new("".into(), int(|s| s.unique))),
        c("mean", Series::new("".into(), float(|s| s.mean))),
        c("std", Series::new("".into(), float(|s| s.std))),
        c("min", Series::new("".into(), extreme(|s| &s.min))),
        c("q25", Series::new("".into(), float(|s| s.q25))),
        c("median", Series::new("".into(), float(|s| s.median))),
        c("q75", Series::new("".into(), float(|s| s.q75))),
        c("max", Series::new("".into(), extreme(|s| &s.max))),
        c("top", Series::new("".into(), text(|s| top_text(&s.top)))),
    ];
    DataFrame::new_infer_height(columns).map_err(query_error)
}
