//! Rendering: prepare the data, lay the chart out as a scene, draw it to PNG or SVG.

mod bars;
mod distribution;
mod heatmap;
mod pie;
mod xy;

use serde::Serialize;

use super::font;
use super::layout::{Chrome, Legend, Sizes, Swatch};
use super::prepare::{Body, Prepared, named, prepare};
use super::scene::Scene;
use super::spec::{PlotFormat, PlotSpec};
use super::theme::{Palette, Rgba};
use crate::dataset::Dataset;
use crate::error::Result;

/// A rendered chart: the image bytes and what was drawn.
///
/// Serialising gives everything but the bytes (the summary an API returns next to them).
#[derive(Debug, Clone, Serialize)]
pub struct Rendered {
    /// The PNG or SVG document.
    #[serde(skip)]
    pub bytes: Vec<u8>,
    /// The format of `bytes`.
    pub format: PlotFormat,
    /// The spec as drawn: defaults filled in (aggregate, bins, title, axis titles).
    pub spec: PlotSpec,
    /// Marks actually drawn: points of a downsampled line, distinct dot positions of a
    /// scatter, bars, slices, cells, or the values summarised by histogram bins and boxes.
    pub points_drawn: usize,
    /// Data points the chart represents: rows with values (scatter, histogram, box),
    /// aggregated points (line, area), or bars, slices and cells before any `limit`.
    pub points_total: usize,
    /// Image width in pixels.
    pub width: u32,
    /// Image height in pixels.
    pub height: u32,
    /// Things done to the data a reader should know (downsampling, merged groups, top N).
    pub notes: Vec<String>,
}

impl Rendered {
    /// The media type of `bytes`.
    pub fn mime_type(&self) -> &'static str {
        self.format.mime_type()
    }
}

/// Render `spec` over `dataset` to a PNG or SVG (per `spec.format`).
///
/// ```
/// use blinq_core::{Dataset, PlotSpec, plot::{PlotFormat, PlotKind, render}};
/// let penguins = Dataset::from_path("tests/fixtures/penguins.csv").unwrap();
/// let spec = PlotSpec::new(PlotKind::Bar).x("species").y("body_mass_g").format(PlotFormat::Svg);
/// let chart = render(&penguins, &spec).unwrap();
/// assert_eq!(chart.points_drawn, 3);
/// assert_eq!(chart.spec.title.as_deref(), Some("Mean of body_mass_g by species"));
/// assert!(String::from_utf8(chart.bytes).unwrap().starts_with("<svg"));
/// ```
pub fn render(dataset: &Dataset, spec: &PlotSpec) -> Result<Rendered> {
    draw_prepared(&prepare(dataset, spec)?, spec.format)
}

/// Draw a prepared chart as a PNG or SVG.
pub(crate) fn draw_prepared(prepared: &Prepared, format: PlotFormat) -> Result<Rendered> {
    let mut each = draw_prepared_each(prepared, &[format])?;
    Ok(each.remove(0))
}

/// `prepared` in each of `formats`, the scene drawn once and encoded for each.
pub(crate) fn draw_prepared_each(
    prepared: &Prepared,
    formats: &[PlotFormat],
) -> Result<Vec<Rendered>> {
    font::ensure_registered()?;
    // Drawn from a borrow: a chart drawn as PNG and SVG, or a million points, is not copied.
    let (scene, drawn, notes) = draw(prepared);
    formats
        .iter()
        .map(|&format| {
            let bytes = match format {
                PlotFormat::Png => scene.to_png()?,
                PlotFormat::Svg => scene.to_svg()?,
            };
            let mut spec = prepared.spec.clone();
            spec.format = format;
            Ok(Rendered {
                bytes,
                format,
                points_drawn: drawn,
                points_total: prepared.points_total,
                width: spec.width,
                height: spec.height,
                notes: prepared.notes.iter().chain(&notes).cloned().collect(),
                spec,
            })
        })
        .collect()
}

/// What every chart family needs to draw.
pub(crate) struct Ctx<'a> {
    pub spec: &'a PlotSpec,
    pub sizes: Sizes,
    pub palette: Palette,
    pub legend_title: &'a str,
}

impl Ctx<'_> {
    /// Title, axis titles and a legend of `names` (none for a single unnamed group).
    pub fn chrome(&self, names: &[&str], swatch: Swatch) -> Chrome {
        let legend = named(names.iter().copied()).then(|| Legend::Entries {
            title: self.legend_title.to_string(),
            entries: names
                .iter()
                .enumerate()
                .map(|(i, n)| (n.to_string(), self.palette.series(i)))
                .collect(),
            swatch,
        });
        Chrome {
            title: self.spec.title.clone().unwrap_or_default(),
            x_title: self.spec.x_label.clone().unwrap_or_default(),
            y_title: self.spec.y_label.clone().unwrap_or_default(),
            legend,
        }
    }

    /// The colour of group `i`.
    pub fn color(&self, i: usize) -> Rgba {
        self.palette.series(i)
    }
}

/// Lay the prepared chart out; returns the scene and the number of marks drawn.
/// The scene, the points drawn and the notes drawing adds.
fn draw(prepared: &Prepared) -> (Scene, usize, Vec<String>) {
    let spec = &prepared.spec;
    let palette = Palette::of(spec.theme);
    let mut scene = Scene::new(spec.width, spec.height, palette.background);
    let ctx = Ctx {
        spec,
        sizes: Sizes::for_canvas(spec.width, spec.height),
        palette,
        legend_title: &prepared.legend_title,
    };
    let mut notes = Vec::new();
    let drawn = match &prepared.body {
        Body::Bars { categories, groups } => bars::draw(&mut scene, &ctx, categories, groups),
        Body::Pie { slices } => pie::draw(&mut scene, &ctx, slices),
        Body::Xy { x, y_time, series } => {
            xy::draw(&mut scene, &ctx, x, *y_time, series, &mut notes)
        }
        Body::Histogram {
            time,
            edges,
            groups,
        } => distribution::histogram(&mut scene, &ctx, *time, edges, groups),
        Body::Boxes { categories, groups } => {
            distribution::boxes(&mut scene, &ctx, categories, groups)
        }
        Body::Heatmap { xs, ys, cells } => heatmap::draw(&mut scene, &ctx, xs, ys, cells),
    };
    (scene, drawn, notes)
}
