//! Analysis pipelines: filter, select, group and aggregate, sort, top-N, value counts,
//! time buckets, per-column summaries and correlation matrices, as a serde-serialisable
//! [`Pipeline`] that the agent, the server and the bindings exchange as JSON.

mod aggregate;
mod check;
mod correlation;
mod describe;
mod describe_scan;
mod filter;
mod literal;
mod pipeline;
mod time_bucket;

pub use aggregate::{Agg, AggFunc};
pub use correlation::{CorrelationMatrix, correlation};
pub use describe::{
    ColumnSummary, DatasetSummary, SUMMARY_COLUMNS, TOP_VALUES, TopValue, describe, describe_frame,
    summary_frame, summary_table, top_text,
};
pub use describe_scan::{DEFAULT_MAX_VALUES, describe_scan};
pub use filter::{Cmp, Condition};
pub use pipeline::{Pipeline, SortKey, Step};
pub use time_bucket::{DatePart, TimeGrain, bucket_expr};
