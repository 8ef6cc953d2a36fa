//! Pearson correlation matrices over number columns.

use polars::prelude::*;
use serde::{Deserialize, Serialize};

use super::check::{Ctx, query_error};
use crate::dataset::is_numeric;
use crate::error::Result;

/// A symmetric matrix of Pearson correlation coefficients.
///
/// Missing values are handled **pairwise-complete** (like pandas' `DataFrame.corr`): the
/// coefficient of two columns uses every row where both are present, so different cells
/// may rest on different rows; `counts` says how many. A cell is `null` when it is
/// undefined: fewer than two complete pairs or a column that does not vary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorrelationMatrix {
    /// The columns, in the order of the rows and columns of the matrix.
    pub columns: Vec<String>,
    /// `values[i][j]` is the correlation of `columns[i]` with `columns[j]`.
    pub values: Vec<Vec<Option<f64>>>,
    /// `counts[i][j]` is the number of rows where both columns are present.
    pub counts: Vec<Vec<u64>>,
}

impl CorrelationMatrix {
    /// The coefficient of two columns, by name.
    pub fn get(&self, a: &str, b: &str) -> Option<f64> {
        let i = self.columns.iter().position(|c| c == a)?;
        let j = self.columns.iter().position(|c| c == b)?;
        self.values[i][j]
    }

    /// The matrix as a frame: a `column` column with the names, then one Float64 column per
    /// name.
    pub fn to_frame(&self) -> Result<DataFrame> {
        let mut columns = vec![Column::new("column".into(), self.columns.clone())];
        for (j, name) in self.columns.iter().enumerate() {
            let values: Vec<Option<f64>> = self.values.iter().map(|row| row[j]).collect();
            columns.push(Column::new(name.as_str().into(), values));
        }
        DataFrame::new_infer_height(columns).map_err(query_error)
    }
}

/// The Pearson correlation matrix of `columns` (every number column when empty).
///
/// Fails with a Schema error for unknown or non-number columns and a Plan error when fewer
/// than two columns are left.
pub fn correlation(frame: &DataFrame, columns: &[String]) -> Result<CorrelationMatrix> {
    correlate(frame, columns, &Ctx::standalone(frame.schema()))
}

pub(crate) fn correlate(
    frame: &DataFrame,
    columns: &[String],
    ctx: &Ctx,
) -> Result<CorrelationMatrix> {
    let names = resolve(frame, columns, ctx)?;
    let n = names.len();
    let mut exprs = Vec::new();
    for i in 0..n {
        for j in i..n {
            let (a, b) = (col(names[i].as_str()), col(names[j].as_str()));
            let both = a.clone().is_not_null().and(b.clone().is_not_null());
            let (fa, fb) = (
                a.filter(both.clone()).cast(DataType::Float64),
                b.filter(both.clone()).cast(DataType::Float64),
            );
            exprs.push(pearson_corr(fa, fb).alias(format!("r{i}_{j}")));
            exprs.push(both.cast(DataType::UInt64).sum().alias(format!("n{i}_{j}")));
        }
    }
    let out = frame
        .clone()
        .lazy()
        .select(exprs)
        .collect()
        .map_err(query_error)?;
    let mut values = vec![vec![None; n]; n];
    let mut counts = vec![vec![0; n]; n];
    for i in 0..n {
        for j in i..n {
            let r = out.column(&format!("r{i}_{j}")).map_err(query_error)?;
            let r = r
                .f64()
                .map_err(query_error)?
                .get(0)
                .filter(|v| v.is_finite());
            let c = out.column(&format!("n{i}_{j}")).map_err(query_error)?;
            let c = c.u64().map_err(query_error)?.get(0).unwrap_or(0);
            // Rounding can put a coefficient a hair outside [-1, 1]; clamp it.
            let r = r.map(|v| v.clamp(-1.0, 1.0));
            values[i][j] = r;
            values[j][i] = r;
            counts[i][j] = c;
            counts[j][i] = c;
        }
    }
    Ok(CorrelationMatrix {
        columns: names,
        values,
        counts,
    })
}

fn resolve(frame: &DataFrame, columns: &[String], ctx: &Ctx) -> Result<Vec<String>> {
    let names: Vec<String> = if columns.is_empty() {
        frame
            .columns()
            .iter()
            .filter(|c| is_numeric(c.dtype()))
            .map(|c| c.name().to_string())
            .collect()
    } else {
        for name in columns {
            ctx.numeric(name, "correlate")?;
        }
        ctx.unique_names(columns.iter().map(String::as_str))?;
        columns.to_vec()
    };
    if names.len() < 2 {
        return Err(ctx.plan(format!(
            "a correlation needs at least two number columns, found {}{}",
            names.len(),
            if columns.is_empty() {
                " in the data"
            } else {
                ""
            }
        )));
    }
    Ok(names)
}
