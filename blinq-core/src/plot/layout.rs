//! Page layout: title on top, legend on the right (outside the data), axis titles and tick
//! labels measured with the bundled font so nothing is clipped, then the plot area.

use super::axis::{AxisKind, Placed, Scale};
use super::font::{fit_text, text_width};
use super::scene::{HAlign, Scene, VAlign};
use super::theme::{Palette, Rgba, viridis};
use super::ticks::{format_number, number_ticks};

/// Text sizes and spacing for a canvas, scaled with its size.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sizes {
    pub tick: f64,
    pub label: f64,
    pub title: f64,
    pub pad: f64,
}

impl Sizes {
    /// Sizes for a `width` × `height` canvas.
    pub fn for_canvas(width: u32, height: u32) -> Sizes {
        let s = (width.min(height) as f64 / 500.0).clamp(0.75, 2.5);
        Sizes {
            tick: 12.0 * s,
            label: 13.0 * s,
            title: 17.0 * s,
            pad: 14.0 * s,
        }
    }
}

/// How legend entries are marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Swatch {
    Square,
    Line,
    Dot,
}

/// A legend, drawn to the right of the plot area.
#[derive(Debug, Clone)]
pub(crate) enum Legend {
    /// One entry per group.
    Entries {
        title: String,
        entries: Vec<(String, Rgba)>,
        swatch: Swatch,
    },
    /// A viridis colour bar from `lo` to `hi`.
    ColorBar { title: String, lo: f64, hi: f64 },
}

/// Everything around the plot area.
#[derive(Debug, Clone)]
pub(crate) struct Chrome {
    pub title: String,
    pub x_title: String,
    pub y_title: String,
    pub legend: Option<Legend>,
}

/// The plot area in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Frame {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Frame {
    /// Width in pixels.
    pub fn width(&self) -> f64 {
        self.right - self.left
    }

    /// Height in pixels.
    pub fn height(&self) -> f64 {
        self.bottom - self.top
    }
}

/// Draw the title and legend and return the area left for the chart (axes included).
pub(crate) fn page(scene: &mut Scene, sizes: Sizes, palette: &Palette, chrome: &Chrome) -> Frame {
    let (w, h) = (scene.width as f64, scene.height as f64);
    let mut top = sizes.pad;
    if !chrome.title.is_empty() {
        let title = fit_text(&chrome.title, sizes.title, w - 2.0 * sizes.pad);
        scene.text(
            title,
            (w / 2.0, top),
            sizes.title,
            palette.text,
            HAlign::Center,
            VAlign::Top,
        );
        top += sizes.title * 1.2 + sizes.pad * 0.8;
    }
    let mut right = w - sizes.pad;
    if let Some(legend) = &chrome.legend {
        let width = legend_width(legend, sizes, w);
        right -= width + sizes.pad;
        draw_legend(
            scene,
            legend,
            sizes,
            palette,
            (right + sizes.pad, top),
            width,
            h - top - sizes.pad,
        );
    }
    Frame {
        left: sizes.pad,
        top,
        right,
        bottom: h - sizes.pad,
    }
}

/// Lay out and draw the axes of a cartesian chart inside `area`; returns the plot area and
/// the x and y scales. Grid lines are drawn for the linear axes.
pub(crate) fn axes(
    scene: &mut Scene,
    sizes: Sizes,
    palette: &Palette,
    chrome: &Chrome,
    area: Frame,
    x: &AxisKind,
    y: &AxisKind,
) -> (Frame, Scale, Scale) {
    let label_line = sizes.label * 1.3;
    let x_title_h = if chrome.x_title.is_empty() {
        0.0
    } else {
        label_line + sizes.pad * 0.4
    };
    let y_title_w = if chrome.y_title.is_empty() {
        0.0
    } else {
        label_line + sizes.pad * 0.4
    };
    let gap = sizes.tick * 0.6;
    let max_y_label = area.width() * 0.3;
    let max_x_depth = area.height() * 0.3;

    // First pass with a guessed x-label depth, then once more with the real one.
    let mut bottom_depth = sizes.tick * 1.25;
    let mut frame = area;
    let mut placed_x = Placed::default();
    let mut placed_y = Placed::default();
    for _ in 0..2 {
        let plot_h = area.height() - x_title_h - gap - bottom_depth;
        placed_y = y.place_y(plot_h.max(10.0), sizes.tick, max_y_label);
        let left = area.left + y_title_w + placed_y.depth + gap;
        let mut right = area.right;
        if !placed_x.vertical {
            // The last x label is centred on its tick: keep it inside the canvas.
            let overhang = placed_x
                .ticks
                .labels
                .last()
                .map_or(0.0, |l| text_width(l, sizes.tick) / 2.0);
            right = right
                .min(scene.width as f64 - overhang - 2.0)
                .max(left + 10.0);
        }
        placed_x = x.place_x((right - left).max(10.0), sizes.tick, max_x_depth);
        bottom_depth = placed_x.depth;
        frame = Frame {
            left,
            top: area.top,
            right,
            bottom: area.bottom - x_title_h - gap - bottom_depth,
        };
    }
    let frame = Frame {
        bottom: frame.bottom.max(frame.top + 10.0),
        ..frame
    };
    let xs = x.scale(&placed_x, frame.left, frame.right);
    let ys = y.scale(&placed_y, frame.bottom, frame.top);

    // Grid lines first so marks are drawn over them.
    if !matches!(y, AxisKind::Band { .. }) {
        for &v in &placed_y.ticks.values {
            let py = ys.map(v);
            scene.line((frame.left, py), (frame.right, py), palette.grid, 1);
        }
    }
    if !matches!(x, AxisKind::Band { .. }) {
        for &v in &placed_x.ticks.values {
            let px = xs.map(v);
            scene.line((px, frame.top), (px, frame.bottom), palette.grid, 1);
        }
    }
    scene.line(
        (frame.left, frame.bottom),
        (frame.right, frame.bottom),
        palette.axis,
        1,
    );
    scene.line(
        (frame.left, frame.top),
        (frame.left, frame.bottom),
        palette.axis,
        1,
    );

    for (v, label) in placed_y.ticks.values.iter().zip(&placed_y.ticks.labels) {
        let py = ys.map(*v);
        scene.line((frame.left - 4.0, py), (frame.left, py), palette.axis, 1);
        scene.text(
            label.clone(),
            (frame.left - gap, py),
            sizes.tick,
            palette.muted,
            HAlign::Right,
            VAlign::Middle,
        );
    }
    for (v, label) in placed_x.ticks.values.iter().zip(&placed_x.ticks.labels) {
        let px = xs.map(*v);
        scene.line(
            (px, frame.bottom),
            (px, frame.bottom + 4.0),
            palette.axis,
            1,
        );
        let at = (px, frame.bottom + gap);
        if placed_x.vertical {
            scene.vertical_text(
                label.clone(),
                at,
                sizes.tick,
                palette.muted,
                HAlign::Right,
                VAlign::Middle,
            );
        } else {
            scene.text(
                label.clone(),
                at,
                sizes.tick,
                palette.muted,
                HAlign::Center,
                VAlign::Top,
            );
        }
    }
    let centre_x = (frame.left + frame.right) / 2.0;
    let x_title = fit_text(&chrome.x_title, sizes.label, area.width());
    scene.text(
        x_title,
        (centre_x, area.bottom),
        sizes.label,
        palette.text,
        HAlign::Center,
        VAlign::Bottom,
    );
    let centre_y = (frame.top + frame.bottom) / 2.0;
    let y_title = fit_text(&chrome.y_title, sizes.label, frame.height().max(40.0));
    scene.vertical_text(
        y_title,
        (area.left, centre_y),
        sizes.label,
        palette.text,
        HAlign::Center,
        VAlign::Top,
    );
    (frame, xs, ys)
}

const SWATCH: f64 = 12.0;

fn legend_width(legend: &Legend, sizes: Sizes, canvas_w: f64) -> f64 {
    let max = canvas_w * 0.28;
    let w = match legend {
        Legend::Entries { title, entries, .. } => {
            let labels = entries
                .iter()
                .map(|(l, _)| text_width(l, sizes.tick) + SWATCH + 6.0)
                .fold(0.0, f64::max);
            labels.max(text_width(title, sizes.tick))
        }
        Legend::ColorBar { title, lo, hi } => {
            let ticks = number_ticks(*lo, *hi, 5);
            let labels = ticks
                .labels
                .iter()
                .map(|l| text_width(l, sizes.tick))
                .fold(0.0, f64::max);
            (SWATCH + 6.0 + labels).max(text_width(title, sizes.tick))
        }
    };
    w.min(max)
}

fn draw_legend(
    scene: &mut Scene,
    legend: &Legend,
    sizes: Sizes,
    palette: &Palette,
    (x, y): (f64, f64),
    width: f64,
    height: f64,
) {
    let row = (sizes.tick * 1.6).max(SWATCH + 4.0);
    match legend {
        Legend::Entries {
            title,
            entries,
            swatch,
        } => {
            let title = fit_text(title, sizes.tick, width);
            scene.text(
                title,
                (x, y),
                sizes.tick,
                palette.text,
                HAlign::Left,
                VAlign::Top,
            );
            for (i, (label, color)) in entries.iter().enumerate() {
                let cy = y + row * (i as f64 + 1.0) + row / 2.0;
                if cy + row / 2.0 > y + height {
                    break;
                }
                match swatch {
                    Swatch::Square => scene.rect(
                        (x, cy - SWATCH / 2.0),
                        (x + SWATCH, cy + SWATCH / 2.0),
                        *color,
                    ),
                    Swatch::Line => scene.line((x, cy), (x + SWATCH, cy), *color, 3),
                    Swatch::Dot => scene.circle((x + SWATCH / 2.0, cy), 4, *color),
                }
                let label = fit_text(label, sizes.tick, width - SWATCH - 6.0);
                scene.text(
                    label,
                    (x + SWATCH + 6.0, cy),
                    sizes.tick,
                    palette.muted,
                    HAlign::Left,
                    VAlign::Middle,
                );
            }
        }
        Legend::ColorBar { title, lo, hi } => {
            let title = fit_text(title, sizes.tick, width);
            scene.text(
                title,
                (x, y),
                sizes.tick,
                palette.text,
                HAlign::Left,
                VAlign::Top,
            );
            let (top, bottom) = (y + row * 1.2, y + row * 1.2 + (height * 0.6).max(60.0));
            let steps = 64;
            for i in 0..steps {
                let t0 = i as f64 / steps as f64;
                let t1 = (i + 1) as f64 / steps as f64;
                let (ya, yb) = (bottom - t0 * (bottom - top), bottom - t1 * (bottom - top));
                scene.rect((x, ya), (x + SWATCH, yb), viridis((t0 + t1) / 2.0));
            }
            let ticks = number_ticks(*lo, *hi, 5);
            let step = ticks
                .values
                .get(1)
                .zip(ticks.values.first())
                .map_or(1.0, |(b, a)| b - a);
            for v in ticks.values {
                let t = if hi > lo { (v - lo) / (hi - lo) } else { 0.5 };
                let py = bottom - t * (bottom - top);
                scene.line((x + SWATCH, py), (x + SWATCH + 3.0, py), palette.axis, 1);
                let label = format_number(v, step);
                scene.text(
                    label,
                    (x + SWATCH + 6.0, py),
                    sizes.tick,
                    palette.muted,
                    HAlign::Left,
                    VAlign::Middle,
                );
            }
        }
    }
}
