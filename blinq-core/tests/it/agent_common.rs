//! Ask options shared by the agent tests.
#![allow(dead_code)]

use blinq_core::agent::{AskOptions, Plan};
use blinq_core::plot::PlotFormat;

/// Charts as SVG (parsed back by some tests).
pub fn svg() -> AskOptions {
    AskOptions {
        format: PlotFormat::Svg,
        ..AskOptions::default()
    }
}

/// A follow-up of `previous`.
pub fn after(previous: &Plan) -> AskOptions {
    AskOptions {
        previous: Some(previous.clone()),
        ..svg()
    }
}
