//! `Plot`: a rendered chart, and the options object that describes one.

use blinq_core::agent::PlotOutput;
use blinq_core::plot::{PlotFormat, PlotSpec, Rendered, render};
use blinq_core::sql::Session;
use blinq_core::{BlinqError, Dataset};
use napi::bindgen_prelude::Buffer;
use napi_derive::napi;
use serde_json::{Map, Value};

use crate::error::{Result, guarded};

/// What to draw: the PlotSpec of blinq-core with camelCase keys. Only `kind` is required.
#[napi(object)]
#[derive(Debug, Clone, Default)]
pub struct PlotOptions {
    /// The chart kind.
    #[napi(
        ts_type = "'bar' | 'line' | 'scatter' | 'histogram' | 'box' | 'pie' | 'area' | 'heatmap'"
    )]
    pub kind: String,
    /// The column on the horizontal axis (categories for bar/pie/box, values for histogram).
    pub x: Option<String>,
    /// The measured column; the row count when omitted (bar, pie, line, area, heatmap).
    pub y: Option<String>,
    /// The grouping column: one colour per group, with a legend.
    pub color: Option<String>,
    /// How repeated `y` values per `x` are combined.
    #[napi(ts_type = "'count' | 'sum' | 'mean' | 'median' | 'min' | 'max'")]
    pub aggregate: Option<String>,
    /// The number of histogram bins; chosen from the data when omitted.
    pub bins: Option<u32>,
    /// Stack groups instead of placing them side by side.
    pub stacked: Option<bool>,
    /// Horizontal bars (or boxes).
    pub horizontal: Option<bool>,
    /// The order of categories.
    #[napi(ts_type = "'ascending' | 'descending' | 'label'")]
    pub sort: Option<String>,
    /// Keep only the top N categories.
    pub limit: Option<u32>,
    /// The chart title; generated when omitted.
    pub title: Option<String>,
    /// The horizontal axis title.
    pub x_label: Option<String>,
    /// The vertical axis title.
    pub y_label: Option<String>,
    /// Width in pixels (800).
    pub width: Option<u32>,
    /// Height in pixels (500).
    pub height: Option<u32>,
    /// `png` (default) or `svg`: the format rendered first; both are available.
    #[napi(ts_type = "'png' | 'svg'")]
    pub format: Option<String>,
    /// `light` (default) or `dark`.
    #[napi(ts_type = "'light' | 'dark'")]
    pub theme: Option<String>,
}

impl PlotOptions {
    /// The core spec; a bad value is a `BLINQ_PLOT` error naming it.
    pub fn to_spec(&self) -> blinq_core::Result<PlotSpec> {
        let mut map = Map::new();
        let mut put = |key: &str, value: Option<Value>| {
            if let Some(v) = value {
                map.insert(key.to_string(), v);
            }
        };
        put("kind", Some(self.kind.clone().into()));
        put("x", self.x.clone().map(Value::from));
        put("y", self.y.clone().map(Value::from));
        put("color", self.color.clone().map(Value::from));
        put("aggregate", self.aggregate.clone().map(Value::from));
        put("bins", self.bins.map(Value::from));
        put("stacked", self.stacked.map(Value::from));
        put("horizontal", self.horizontal.map(Value::from));
        put("sort", self.sort.clone().map(Value::from));
        put("limit", self.limit.map(Value::from));
        put("title", self.title.clone().map(Value::from));
        put("x_label", self.x_label.clone().map(Value::from));
        put("y_label", self.y_label.clone().map(Value::from));
        put("width", self.width.map(Value::from));
        put("height", self.height.map(Value::from));
        put("format", self.format.clone().map(Value::from));
        put("theme", self.theme.clone().map(Value::from));
        serde_json::from_value(Value::Object(map))
            .map_err(|e| BlinqError::Plot(format!("invalid plot spec: {e}")))
    }
}

/// The spec with camelCase keys, as `PlotOptions` takes it.
fn spec_value(spec: &PlotSpec) -> Value {
    match serde_json::to_value(spec) {
        Ok(Value::Object(map)) => Value::Object(
            map.into_iter()
                .map(|(k, v)| {
                    let k = match k.as_str() {
                        "x_label" => "xLabel".to_string(),
                        "y_label" => "yLabel".to_string(),
                        _ => k,
                    };
                    (k, v)
                })
                .collect(),
        ),
        _ => Value::Null,
    }
}

/// A rendered chart: `png()` bytes, `svg()` text, and the `spec` it was drawn from.
#[napi]
#[derive(Debug, Clone)]
pub struct Plot {
    rendered: Rendered,
    /// The data the chart was drawn from, to render the other format on demand.
    source: Source,
}

/// Where a chart's data comes from.
#[derive(Debug, Clone)]
enum Source {
    /// A dataset, drawn as it is.
    Data(Dataset),
    /// The result of an answer's sandboxed SQL over a dataset.
    Query(Dataset, String),
}

impl Plot {
    pub fn with_source(rendered: Rendered, source: Dataset) -> Self {
        Plot {
            rendered,
            source: Source::Data(source),
        }
    }

    /// A chart that came with an agent's answer, drawn from the result of `sql` over
    /// `dataset` (run again only if the other format is asked for).
    pub fn from_output(output: &PlotOutput, dataset: Dataset, sql: String) -> Self {
        let rendered = output.to_rendered();
        Plot {
            rendered,
            source: Source::Query(dataset, sql),
        }
    }

    fn bytes_as(&self, format: PlotFormat) -> Result<Vec<u8>> {
        if self.rendered.format == format {
            return Ok(self.rendered.bytes.clone());
        }
        let mut spec = self.rendered.spec.clone();
        spec.format = format;
        guarded(|| {
            let data = match &self.source {
                Source::Data(ds) => ds.clone(),
                Source::Query(ds, sql) => {
                    let frame = Session::with_dataset(ds.clone()).execute_all(sql)?;
                    Dataset::new(ds.name(), frame)
                }
            };
            render(&data, &spec).map(|r| r.bytes)
        })
    }
}

#[napi]
impl Plot {
    /// The chart as PNG bytes.
    #[napi]
    pub fn png(&self) -> Result<Buffer> {
        self.bytes_as(PlotFormat::Png).map(Buffer::from)
    }

    /// The chart as an SVG document.
    #[napi]
    pub fn svg(&self) -> Result<String> {
        let bytes = self.bytes_as(PlotFormat::Svg)?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// The spec as drawn, defaults filled in (camelCase keys, as `plot()` takes them).
    #[napi(getter, ts_return_type = "PlotOptions")]
    pub fn spec(&self) -> Value {
        spec_value(&self.rendered.spec)
    }

    /// The format rendered first: `png` or `svg`.
    #[napi(getter)]
    pub fn format(&self) -> String {
        self.rendered.format.to_string()
    }

    /// The MIME type of that format.
    #[napi(getter)]
    pub fn mime_type(&self) -> String {
        self.rendered.format.mime_type().to_string()
    }

    /// Width in pixels.
    #[napi(getter)]
    pub fn width(&self) -> u32 {
        self.rendered.width
    }

    /// Height in pixels.
    #[napi(getter)]
    pub fn height(&self) -> u32 {
        self.rendered.height
    }

    /// Notes from the renderer (e.g. a series downsampled, categories cut to the top N).
    #[napi(getter)]
    pub fn notes(&self) -> Vec<String> {
        self.rendered.notes.clone()
    }
}
