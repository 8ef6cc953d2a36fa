//! Summary statistics of a dataset for `GET /api/data/{id}`: the same summaries as
//! `blinq describe` and the bindings' `describe()`, from [`blinq_core::analysis::describe`].

use blinq_core::analysis::{describe as summaries, summary_table};
use blinq_core::{Dataset, TableJson};

use crate::error::ApiResult;

/// One row per column, with the columns of [`blinq_core::analysis::SUMMARY_COLUMNS`]
/// (`column, dtype, count, nulls, unique, mean, std, min, q25, median, q75, max, top`).
pub fn describe(dataset: &Dataset) -> ApiResult<TableJson> {
    Ok(summary_table(&summaries(dataset)?))
}
