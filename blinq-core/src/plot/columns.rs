//! The columns a spec names: what kind of axis each can be, the polars expressions that read
//! them as numbers, labels or measures, colour groups, and pulling results back into Rust.

use polars::prelude::*;

use super::theme::MAX_GROUPS;
use crate::analysis::AggFunc;
use crate::dataset::{Dataset, dtype_name, is_numeric};
use crate::error::{BlinqError, Result, polars_message};

/// How a column can be placed on an axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ColKind {
    /// Integers and floats.
    Number,
    /// Dates and datetimes (read as milliseconds since the epoch, UTC).
    Time { date_only: bool },
    /// Text, categorical and boolean columns.
    Category,
}

/// A column named by the spec, with its type.
#[derive(Debug, Clone)]
pub(crate) struct Col {
    pub name: String,
    pub kind: ColKind,
    pub dtype: DataType,
}

/// Look a column up and classify it, with a did-you-mean error for unknown names.
pub(crate) fn inspect(ds: &Dataset, name: &str) -> Result<Col> {
    let column = ds.column(name)?;
    let dtype = column.dtype().clone();
    let kind = match &dtype {
        d if is_numeric(d) => ColKind::Number,
        DataType::Date => ColKind::Time { date_only: true },
        DataType::Datetime(_, _) => ColKind::Time { date_only: false },
        DataType::String
        | DataType::Boolean
        | DataType::Categorical(_, _)
        | DataType::Enum(_, _) => ColKind::Category,
        DataType::Null => {
            return Err(BlinqError::Schema(format!(
                "column `{name}` has no values to plot"
            )));
        }
        other => {
            return Err(BlinqError::Schema(format!(
                "column `{name}` is {}, which cannot be plotted; plot a number, date, datetime or text column",
                dtype_name(other)
            )));
        }
    };
    Ok(Col {
        name: name.to_string(),
        kind,
        dtype,
    })
}

impl Col {
    /// The column as it is (for grouping and natural ordering).
    pub fn key(&self) -> Expr {
        col(self.name.as_str())
    }

    /// The column as `f64`: numbers as they are, dates and datetimes in ms since the epoch.
    pub fn numeric(&self) -> Expr {
        let c = col(self.name.as_str());
        match &self.dtype {
            DataType::Date => c.to_physical().cast(DataType::Float64) * lit(86_400_000.0),
            DataType::Datetime(unit, _) => {
                let per_ms = match unit {
                    TimeUnit::Nanoseconds => 1e6,
                    TimeUnit::Microseconds => 1e3,
                    TimeUnit::Milliseconds => 1.0,
                };
                c.to_physical().cast(DataType::Float64) / lit(per_ms)
            }
            _ => c.cast(DataType::Float64),
        }
    }

    /// The column as text labels.
    pub fn label(&self) -> Expr {
        col(self.name.as_str()).cast(DataType::String)
    }

    /// " (UTC)" for datetimes with a time zone: they are drawn in UTC.
    pub fn axis_suffix(&self) -> &'static str {
        match &self.dtype {
            DataType::Datetime(_, Some(_)) => " (UTC)",
            _ => "",
        }
    }

    /// Whether the column holds whole numbers (integer type).
    pub fn is_integer(&self) -> bool {
        self.dtype.is_integer()
    }

    /// Rows where this column is usable: not null and, for numbers, not NaN or infinite.
    pub fn usable(&self) -> Expr {
        match self.kind {
            ColKind::Number | ColKind::Time { .. } => self.numeric().is_finite(),
            ColKind::Category => col(self.name.as_str()).is_not_null(),
        }
    }
}

/// The aggregate of `y` per group as `f64` (`y = None`: the row count).
pub(crate) fn measure(y: Option<&Col>, aggregate: AggFunc) -> Expr {
    let Some(y) = y else {
        return len().cast(DataType::Float64);
    };
    let v = y.numeric();
    let v = v.clone().filter(v.is_finite());
    match aggregate {
        AggFunc::Count => col(y.name.as_str()).count().cast(DataType::Float64),
        AggFunc::NUnique => col(y.name.as_str())
            .drop_nulls()
            .n_unique()
            .cast(DataType::Float64),
        AggFunc::Sum => v.sum(),
        AggFunc::Mean => v.mean(),
        // Validation refuses `quantile` (a chart has no `q`); its default is the median.
        AggFunc::Median | AggFunc::Quantile => v.median(),
        AggFunc::Min => v.min(),
        AggFunc::Max => v.max(),
        AggFunc::Std => v.std(1),
    }
}

/// Colour groups: at most [`MAX_GROUPS`] named groups (the largest ones), the rest merged
/// into "Other".
#[derive(Debug, Clone)]
pub(crate) struct Groups {
    /// The group label of each row (text, "Other" for merged groups).
    pub expr: Expr,
    /// Group names in legend order: natural order of the column, "Other" last.
    pub names: Vec<String>,
    /// How many distinct values were merged into "Other".
    pub merged: usize,
}

/// The label for rows of merged small groups.
pub(crate) const OTHER: &str = "Other";

/// Group the rows by `c` for colouring.
pub(crate) fn groups(ds: &Dataset, c: &Col) -> Result<Groups> {
    let df = ds
        .lazy()
        .filter(c.key().is_not_null())
        .group_by([c.key().alias("__g")])
        .agg([len().alias("__n")])
        .sort(["__g"], SortMultipleOptions::default())
        .with_column(col("__g").cast(DataType::String))
        .collect()
        .map_err(polars_error)?;
    let labels = strings(&df, "__g")?;
    let counts = f64s(&df, "__n")?;
    if c.kind != ColKind::Category && labels.len() > 50 {
        return Err(BlinqError::Plot(format!(
            "color `{}` has {} distinct values; a colour group needs a column with a few values \
             (text, or a number like a year); for a numeric colour use a heatmap",
            c.name,
            labels.len()
        )));
    }
    let mut by_size: Vec<usize> = (0..labels.len()).collect();
    by_size.sort_by(|&a, &b| counts[b].total_cmp(&counts[a]).then(a.cmp(&b)));
    let keep_n = if labels.len() > MAX_GROUPS {
        MAX_GROUPS - 1
    } else {
        labels.len()
    };
    let mut kept: Vec<usize> = by_size[..keep_n].to_vec();
    kept.sort_unstable();
    let mut names: Vec<String> = kept.iter().map(|&i| labels[i].clone()).collect();
    let merged = labels.len() - keep_n;
    let expr = if merged == 0 {
        c.label()
    } else {
        let is_kept = names
            .iter()
            .map(|n| c.label().eq(lit(n.as_str())))
            .reduce(|a, b| a.or(b));
        names.push(OTHER.to_string());
        match is_kept {
            Some(cond) => when(cond).then(c.label()).otherwise(lit(OTHER)),
            None => lit(OTHER),
        }
    };
    Ok(Groups {
        expr,
        names,
        merged,
    })
}

/// The values of a float column (nulls as NaN).
pub(crate) fn f64s(df: &DataFrame, name: &str) -> Result<Vec<f64>> {
    let column = df.column(name).map_err(polars_error)?;
    let cast = column.cast(&DataType::Float64).map_err(polars_error)?;
    let ca = cast.f64().map_err(polars_error)?;
    Ok(if ca.null_count() == 0 {
        match ca.cont_slice() {
            Ok(values) => values.to_vec(),
            Err(_) => ca.into_no_null_iter().collect(),
        }
    } else {
        ca.iter().map(|v| v.unwrap_or(f64::NAN)).collect()
    })
}

/// The values of a column as text (nulls as "null").
pub(crate) fn strings(df: &DataFrame, name: &str) -> Result<Vec<String>> {
    let column = df.column(name).map_err(polars_error)?;
    let cast = column.cast(&DataType::String).map_err(polars_error)?;
    let ca = cast.str().map_err(polars_error)?;
    Ok(ca.iter().map(|v| v.unwrap_or("null").to_string()).collect())
}

/// Group indices of each row given group labels and the legend order.
pub(crate) fn group_index(labels: &[String], names: &[String]) -> Vec<usize> {
    let index: std::collections::HashMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .collect();
    labels
        .iter()
        .map(|l| index.get(l.as_str()).copied().unwrap_or(0))
        .collect()
}

pub(crate) fn polars_error(e: PolarsError) -> BlinqError {
    BlinqError::Plot(polars_message(&e))
}

/// Up to eight column names of `ds` whose kind passes `keep`, for error messages.
pub(crate) fn suggest(ds: &Dataset, keep: impl Fn(ColKind) -> bool) -> String {
    let names: Vec<String> = ds
        .column_names()
        .into_iter()
        .filter(|n| inspect(ds, n).is_ok_and(|c| keep(c.kind)))
        .take(8)
        .collect();
    if names.is_empty() {
        "none in this dataset".to_string()
    } else {
        names.join(", ")
    }
}
