//! blinq-core's integration tests, in one binary (one link of polars instead of ten).
//! Run one group with `cargo test -p blinq-core --test it <module>::`.

mod agent;
mod agent_common;
mod agent_eval;
#[cfg(feature = "llm")]
mod agent_llm;
mod agent_rules;
mod analysis;
mod dataset;
mod dictionary;
mod layout;
mod limits;
mod plot;
mod plot_common;
mod plot_output;
mod plot_vega;
mod scan;
mod sql;
