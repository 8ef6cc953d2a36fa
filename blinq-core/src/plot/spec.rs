//! The declarative plot spec: what to draw, from which columns, and how it should look.
//!
//! A [`PlotSpec`] is plain data, close in spirit to Vega-Lite's mark + encoding, so a person
//! (JSON on the command line), the agent, the server and the bindings all speak the same
//! thing. Only `kind` is required: `{"kind": "bar", "x": "species"}` is a complete spec
//! (a bar per species, its height the row count). Unknown fields are rejected so typos are
//! caught instead of silently ignored.

use serde::{Deserialize, Serialize};

use crate::analysis::AggFunc;
use crate::error::{BlinqError, Result};
use crate::names::named_enum;

/// Default canvas width in pixels.
pub const DEFAULT_WIDTH: u32 = 800;
/// Default canvas height in pixels.
pub const DEFAULT_HEIGHT: u32 = 500;

/// A chart: its kind, the columns it encodes and how it looks.
///
/// ```
/// use blinq_core::analysis::AggFunc;
/// use blinq_core::plot::{PlotKind, PlotSpec};
/// let spec: PlotSpec = serde_json::from_str(
///     r#"{"kind": "bar", "x": "species", "y": "body_mass_g", "aggregate": "mean"}"#,
/// ).unwrap();
/// assert_eq!(spec.kind, PlotKind::Bar);
/// assert_eq!(spec.aggregate, Some(AggFunc::Mean));
/// assert_eq!((spec.width, spec.height), (800, 500));
/// assert!(serde_json::from_str::<PlotSpec>(r#"{"kind": "bar", "colour": "sex"}"#).is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlotSpec {
    /// The chart kind (the mark).
    #[serde(alias = "mark")]
    pub kind: PlotKind,
    /// The column on the horizontal axis (categories for bar/pie/box, values for histogram).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x: Option<String>,
    /// The measured column. Omitted for bar, pie, line, area and heatmap: the row count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub y: Option<String>,
    /// The grouping column: one colour per group, with a legend. For a heatmap, the numeric
    /// column whose aggregate colours the cells (the row count when omitted).
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "group")]
    pub color: Option<String>,
    /// How repeated `y` values per `x` (and group) are combined: any [`AggFunc`] but
    /// `quantile` (a chart has no `q`; use `median`). Defaults to `mean` for bar, line, area
    /// and heatmap, `sum` for pie, and `count` when there is no `y`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregate: Option<AggFunc>,
    /// The number of bins of a histogram (or of a numeric heatmap axis); chosen from the
    /// data when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bins: Option<usize>,
    /// Stack the groups of a bar, area or histogram chart instead of placing them side by
    /// side (bars) or overlaying them.
    #[serde(default, skip_serializing_if = "is_false")]
    pub stacked: bool,
    /// Draw bars (or boxes) horizontally, categories on the vertical axis.
    #[serde(default, skip_serializing_if = "is_false")]
    pub horizontal: bool,
    /// The order of categories in bar, box and pie charts; natural order when omitted
    /// (largest first when `limit` is set).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<SortOrder>,
    /// Keep only the top N categories by value (bar, box, heatmap); for pie, the rest is
    /// one "Other" slice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<usize>,
    /// The chart title; generated from the encoding when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The horizontal axis title; the column name when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x_label: Option<String>,
    /// The vertical axis title; the column name (and aggregate) when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub y_label: Option<String>,
    /// Canvas width in pixels.
    #[serde(default = "default_width")]
    pub width: u32,
    /// Canvas height in pixels.
    #[serde(default = "default_height")]
    pub height: u32,
    /// Output format.
    #[serde(default)]
    pub format: PlotFormat,
    /// Colour theme.
    #[serde(default)]
    pub theme: Theme,
}

fn default_width() -> u32 {
    DEFAULT_WIDTH
}

fn default_height() -> u32 {
    DEFAULT_HEIGHT
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Default for PlotSpec {
    fn default() -> Self {
        PlotSpec::new(PlotKind::Bar)
    }
}

impl PlotSpec {
    /// A spec of the given kind with every other field at its default.
    pub fn new(kind: PlotKind) -> Self {
        PlotSpec {
            kind,
            x: None,
            y: None,
            color: None,
            aggregate: None,
            bins: None,
            stacked: false,
            horizontal: false,
            sort: None,
            limit: None,
            title: None,
            x_label: None,
            y_label: None,
            width: DEFAULT_WIDTH,
            height: DEFAULT_HEIGHT,
            format: PlotFormat::Png,
            theme: Theme::Light,
        }
    }

    /// Parse a spec from JSON, with a [`BlinqError::Plot`] naming the bad field. Every
    /// caller (CLI, server, bindings, the language-model planner) reads specs through this.
    pub fn from_json(text: &str) -> Result<Self> {
        serde_json::from_str(text).map_err(|e| BlinqError::Plot(format!("invalid plot spec: {e}")))
    }

    /// [`PlotSpec::from_json`] for a JSON value already parsed.
    pub fn from_value(value: serde_json::Value) -> Result<Self> {
        serde_json::from_value(value)
            .map_err(|e| BlinqError::Plot(format!("invalid plot spec: {e}")))
    }

    /// The spec as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a plot spec always serialises")
    }

    /// Set the x column.
    pub fn x(mut self, column: impl Into<String>) -> Self {
        self.x = Some(column.into());
        self
    }

    /// Set the y column.
    pub fn y(mut self, column: impl Into<String>) -> Self {
        self.y = Some(column.into());
        self
    }

    /// Set the colour (group) column.
    pub fn color(mut self, column: impl Into<String>) -> Self {
        self.color = Some(column.into());
        self
    }

    /// Set the aggregate.
    pub fn aggregate(mut self, aggregate: AggFunc) -> Self {
        self.aggregate = Some(aggregate);
        self
    }

    /// Set the output format.
    pub fn format(mut self, format: PlotFormat) -> Self {
        self.format = format;
        self
    }

    /// Set the canvas size in pixels.
    pub fn size(mut self, width: u32, height: u32) -> Self {
        self.width = width;
        self.height = height;
        self
    }

    /// Set the title.
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }
}

named_enum! {
    /// The chart kind.
    PlotKind, "plot kind" {
        /// Bars: a measure per category.
        Bar = "bar",
        /// Lines through points ordered by x (time series).
        Line = "line",
        /// One dot per row.
        Scatter = "scatter",
        /// Counts of values in equal-width bins.
        Histogram = "histogram",
        /// Box-and-whisker summary of a numeric column, per category.
        Box = "box",
        /// Shares of a whole.
        Pie = "pie",
        /// A line with the area below it filled.
        Area = "area",
        /// A grid of two categorical (or binned) columns coloured by a measure.
        Heatmap = "heatmap",
    }
}

named_enum! {
    /// The image format.
    #[derive(Default)]
    PlotFormat, "plot format" {
        /// A PNG bitmap.
        #[default]
        Png = "png",
        /// An SVG document (deterministic: same spec and data, same bytes).
        Svg = "svg",
    }
}

named_enum! {
    /// The colour theme.
    #[derive(Default)]
    Theme, "theme" {
        /// Dark text on white.
        #[default]
        Light = "light",
        /// Light text on a dark grey background.
        Dark = "dark",
    }
}

named_enum! {
    /// The order of categories.
    SortOrder, "sort order" {
        /// Smallest value first.
        Ascending = "ascending",
        /// Largest value first.
        Descending = "descending",
        /// By category label (natural order: numbers and dates by value, text
        /// alphabetically).
        Label = "label",
    }
}

impl PlotFormat {
    /// The format for a file name's extension (`png` or `svg`, any case).
    pub fn from_path(path: impl AsRef<std::path::Path>) -> Option<PlotFormat> {
        let ext = path.as_ref().extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "png" => Some(PlotFormat::Png),
            "svg" => Some(PlotFormat::Svg),
            _ => None,
        }
    }

    /// The media type: `image/png` or `image/svg+xml`.
    pub fn mime_type(&self) -> &'static str {
        match self {
            PlotFormat::Png => "image/png",
            PlotFormat::Svg => "image/svg+xml",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimal_spec_fills_defaults_and_round_trips() {
        let spec = PlotSpec::from_json(r#"{"kind":"bar","x":"species"}"#).unwrap();
        assert_eq!(spec, PlotSpec::new(PlotKind::Bar).x("species"));
        let json = spec.to_json();
        assert!(!json.contains("stacked"), "false flags are omitted: {json}");
        assert_eq!(PlotSpec::from_json(&json).unwrap(), spec);
    }

    #[test]
    fn typos_are_caught() {
        let err = PlotSpec::from_json(r#"{"kind":"bar","colour":"sex"}"#).unwrap_err();
        assert!(err.to_string().contains("colour"), "{err}");
        let err = PlotSpec::from_json(r#"{"kind":"bars"}"#).unwrap_err();
        assert!(err.to_string().contains("bars"), "{err}");
        assert!(
            PlotSpec::from_json(r#"{"x":"species"}"#)
                .unwrap_err()
                .to_string()
                .contains("kind")
        );
        let err = "histo".parse::<PlotKind>().unwrap_err().to_string();
        assert!(err.contains("histogram"), "{err}");
        assert_eq!("Mean".parse::<AggFunc>().unwrap(), AggFunc::Mean);
        assert_eq!(
            serde_json::from_str::<AggFunc>("\"avg\"").unwrap(),
            AggFunc::Mean
        );
    }

    #[test]
    fn format_from_extension() {
        assert_eq!(PlotFormat::from_path("a/b.SVG"), Some(PlotFormat::Svg));
        assert_eq!(PlotFormat::from_path("out.png"), Some(PlotFormat::Png));
        assert_eq!(PlotFormat::from_path("out.jpg"), None);
    }
}
