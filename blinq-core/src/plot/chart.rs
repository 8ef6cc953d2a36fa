//! A chart prepared once and drawn by either renderer: the static one (PNG/SVG) or
//! Vega-Lite. Both read the same [`Prepared`] data, so the numbers in an interactive chart
//! are the numbers in its image.

use serde_json::Value;

use super::prepare::{Prepared, prepare};
use super::render::{Rendered, draw_prepared, draw_prepared_each};
use super::spec::{PlotFormat, PlotSpec};
use super::vega;
use crate::dataset::Dataset;
use crate::error::Result;

/// A spec resolved against a dataset: aggregated, binned, cut to the top N, with its
/// defaults filled in; ready to draw as an image or to export as Vega-Lite.
///
/// ```
/// use blinq_core::{Dataset, PlotSpec, plot::{Chart, PlotFormat, PlotKind}};
/// let penguins = Dataset::from_path("tests/fixtures/penguins.csv").unwrap();
/// let chart = Chart::new(&penguins, &PlotSpec::new(PlotKind::Bar).x("species")).unwrap();
/// let png = chart.render(PlotFormat::Png).unwrap();
/// let vl = chart.vega_lite();
/// assert_eq!(png.points_drawn, 3);
/// assert_eq!(vl["data"]["values"].as_array().unwrap().len(), 3);
/// assert_eq!(vl["mark"]["type"], "bar");
/// ```
#[derive(Debug, Clone)]
pub struct Chart {
    prepared: Prepared,
}

impl Chart {
    /// Check `spec` against `dataset` and compute what to draw.
    pub fn new(dataset: &Dataset, spec: &PlotSpec) -> Result<Chart> {
        Ok(Chart {
            prepared: prepare(dataset, spec)?,
        })
    }

    /// The spec with its defaults filled in (aggregate, bins, title, axis titles).
    pub fn spec(&self) -> &PlotSpec {
        &self.prepared.spec
    }

    /// Draw the chart as a PNG or SVG.
    pub fn render(&self, format: PlotFormat) -> Result<Rendered> {
        draw_prepared(&self.prepared, format)
    }

    /// Draw the chart once and encode it in each of `formats`, in that order: the same as
    /// [`render`](Self::render) for each, without drawing the scene again.
    ///
    /// ```
    /// use blinq_core::{Dataset, PlotSpec, plot::{Chart, PlotFormat, PlotKind}};
    /// let penguins = Dataset::from_path("tests/fixtures/penguins.csv").unwrap();
    /// let chart = Chart::new(&penguins, &PlotSpec::new(PlotKind::Bar).x("species")).unwrap();
    /// let each = chart.render_each(&[PlotFormat::Png, PlotFormat::Svg]).unwrap();
    /// let [png, svg] = each.as_slice() else { unreachable!() };
    /// assert_eq!(png.bytes, chart.render(PlotFormat::Png).unwrap().bytes);
    /// assert_eq!(svg.bytes, chart.render(PlotFormat::Svg).unwrap().bytes);
    /// assert!(svg.bytes.starts_with(b"<svg"));
    /// ```
    pub fn render_each(&self, formats: &[PlotFormat]) -> Result<Vec<Rendered>> {
        draw_prepared_each(&self.prepared, formats)
    }

    /// The chart as a complete, self-contained Vega-Lite v5 specification (see
    /// [`vega_lite`]).
    pub fn vega_lite(&self) -> Value {
        vega::spec(&self.prepared)
    }
}

/// `spec` over `dataset` as a Vega-Lite v5 specification: the data inlined after the same
/// preparation as [`render`](super::render) (aggregation, binning, top N; long lines
/// downsampled with MinMaxLTTB and dense scatters thinned, so a million rows give a spec of
/// a few thousand points), the same theme, a tooltip on every mark, zoom and pan on
/// continuous axes and a legend whose entries can be clicked to highlight a group.
///
/// ```
/// use blinq_core::{Dataset, PlotSpec, plot::{PlotKind, vega_lite}};
/// let penguins = Dataset::from_path("tests/fixtures/penguins.csv").unwrap();
/// let spec = PlotSpec::new(PlotKind::Scatter).x("bill_length_mm").y("bill_depth_mm");
/// let vl = vega_lite(&penguins, &spec).unwrap();
/// assert_eq!(vl["$schema"], "https://vega.github.io/schema/vega-lite/v5.json");
/// assert_eq!(vl["data"]["values"].as_array().unwrap().len(), 342);
/// ```
pub fn vega_lite(dataset: &Dataset, spec: &PlotSpec) -> Result<Value> {
    Ok(Chart::new(dataset, spec)?.vega_lite())
}
