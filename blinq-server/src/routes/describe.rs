//! Summary statistics of a dataset, one row per column, for `GET /api/data/{id}`.

use blinq_core::dataset::is_numeric;
use blinq_core::polars::prelude::*;
use blinq_core::{Dataset, TableJson};
use serde_json::{Value, json};

use crate::error::{ApiError, ApiResult};

/// One row per column: `column, dtype, count, nulls, mean, std, min, max`. `count` is the
/// number of non-null values; `std` is the sample standard deviation; the statistics are
/// null for columns that are not numeric.
pub fn describe(dataset: &Dataset) -> ApiResult<TableJson> {
    let columns = [
        "column", "dtype", "count", "nulls", "mean", "std", "min", "max",
    ];
    let mut rows = Vec::new();
    for (column, info) in dataset.frame().columns().iter().zip(dataset.schema()) {
        let series = column.as_materialized_series();
        let nulls = series.null_count();
        let count = series.len() - nulls;
        let (mean, std, min, max) = if is_numeric(series.dtype()) {
            let f = series
                .cast(&DataType::Float64)
                .map_err(|e| ApiError::Internal(format!("describe `{}`: {e}", info.name)))?;
            let min = f.min::<f64>().ok().flatten();
            let max = f.max::<f64>().ok().flatten();
            (number(f.mean()), number(f.std(1)), number(min), number(max))
        } else {
            (Value::Null, Value::Null, Value::Null, Value::Null)
        };
        rows.push(vec![
            json!(info.name),
            json!(info.dtype),
            json!(count),
            json!(nulls),
            mean,
            std,
            min,
            max,
        ]);
    }
    Ok(TableJson {
        columns: columns.iter().map(|c| c.to_string()).collect(),
        rows,
    })
}

fn number(value: Option<f64>) -> Value {
    value
        .filter(|v| v.is_finite())
        .map_or(Value::Null, |v| json!(v))
}
