//! Plots: a declarative [`PlotSpec`] rendered to PNG or SVG with plotters, fully offline
//! (the font is bundled).
//!
//! - [`render`] checks the spec against a dataset, aggregates/bins/downsamples with polars,
//!   lays the chart out and draws it; [`Rendered`] carries the bytes and the resolved spec.
//! - [`recommend`] picks a chart for one to three columns.
//! - [`vega_lite`] gives the same chart as an interactive Vega-Lite v5 specification, and
//!   [`Chart`] prepares the data once for both renderers.
//! - [`PlotSpec::validate`] checks a spec without drawing.
//!
//! ```
//! use blinq_core::{Dataset, plot::{recommend, render, PlotKind}};
//! let penguins = Dataset::from_path("tests/fixtures/penguins.csv").unwrap();
//! let spec = recommend(&penguins, &["flipper_length_mm"]).unwrap();
//! assert_eq!(spec.kind, PlotKind::Histogram);
//! let png = render(&penguins, &spec).unwrap();
//! assert_eq!(&png.bytes[1..4], b"PNG");
//! ```

mod axis;
mod chart;
mod columns;
mod font;
mod layout;
pub mod lttb;
mod prepare;
mod recommend;
mod reduce;
mod render;
mod scene;
mod spec;
mod stamp;
mod theme;
mod ticks;
mod validate;
mod vega;

pub use chart::{Chart, vega_lite};
pub use recommend::recommend;
pub use reduce::{MAX_REMOTE_CHART_ROWS, Reduction, RemoteChart};
pub use render::{Rendered, render};
pub use spec::{DEFAULT_HEIGHT, DEFAULT_WIDTH, PlotFormat, PlotKind, PlotSpec, SortOrder, Theme};
pub use validate::{MAX_BINS, MAX_PIXELS, SIZE_RANGE};
