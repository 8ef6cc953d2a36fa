//! Helpers shared by the plot tests: fixtures, rendering to a parsed SVG, PNG sizes, and a
//! small reader for the SVG plotters writes (rects, polylines and texts with attributes).

#![allow(dead_code)]

use std::path::Path;

use blinq_core::plot::{PlotFormat, render};
use blinq_core::{Dataset, PlotSpec};

pub fn fixture(name: &str) -> Dataset {
    Dataset::from_path(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
    )
    .unwrap()
}

pub fn svg(ds: &Dataset, spec: PlotSpec) -> Svg {
    let chart = render(ds, &spec.format(PlotFormat::Svg)).unwrap();
    Svg::parse(String::from_utf8(chart.bytes).unwrap())
}

pub fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance
}

pub const BLUE: &str = "#0072B2";
pub const ORANGE: &str = "#E69F00";
pub const GREEN: &str = "#009E73";

/// Width and height of a PNG (panics unless it decodes).
pub fn png_size(bytes: &[u8]) -> (u32, u32) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let reader = decoder.read_info().expect("a valid PNG");
    let info = reader.info();
    (info.width, info.height)
}

/// The share of a PNG's pixels that are neither white nor near-white grey (ink).
pub fn png_ink(bytes: &[u8]) -> f64 {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().expect("a valid PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("size")];
    let frame = reader.next_frame(&mut buf).expect("pixels decode");
    let pixels = &buf[..frame.buffer_size()];
    let ink = pixels
        .chunks(3)
        .filter(|p| p.iter().any(|c| *c < 200))
        .count();
    ink as f64 / (pixels.len() / 3) as f64
}

/// A `<rect>`.
#[derive(Debug, Clone, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub fill: String,
    pub opacity: f64,
}

/// A `<text>` with its anchor point.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub text: String,
    pub x: f64,
    pub y: f64,
    pub rotated: bool,
}

/// A parsed SVG document.
#[derive(Debug)]
pub struct Svg {
    pub source: String,
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(&tag[start..end])
}

fn num(tag: &str, name: &str) -> f64 {
    attr(tag, name)
        .and_then(|v| v.parse().ok())
        .unwrap_or(f64::NAN)
}

impl Svg {
    pub fn parse(source: String) -> Svg {
        assert!(
            source.starts_with("<svg") && source.trim_end().ends_with("</svg>"),
            "an SVG document"
        );
        Svg { source }
    }

    fn tags(&self, name: &str) -> Vec<&str> {
        let open = format!("<{name} ");
        self.source
            .match_indices(open.as_str())
            .map(|(i, _)| {
                let end = self.source[i..]
                    .find('>')
                    .map_or(self.source.len(), |e| i + e + 1);
                &self.source[i..end]
            })
            .collect()
    }

    pub fn count(&self, needle: &str) -> usize {
        self.source.matches(needle).count()
    }

    pub fn rects(&self) -> Vec<Rect> {
        self.tags("rect")
            .into_iter()
            .map(|t| Rect {
                x: num(t, "x"),
                y: num(t, "y"),
                width: num(t, "width"),
                height: num(t, "height"),
                fill: attr(t, "fill").unwrap_or("").to_string(),
                opacity: num(t, "opacity"),
            })
            .collect()
    }

    /// Opaque rects of one fill colour, in document order.
    pub fn rects_filled(&self, fill: &str) -> Vec<Rect> {
        self.rects()
            .into_iter()
            .filter(|r| r.fill == fill && r.opacity == 1.0)
            .collect()
    }

    /// The points of each polyline stroked in `color` with width 2 (data lines).
    pub fn polylines_stroked(&self, color: &str) -> Vec<Vec<(f64, f64)>> {
        self.tags("polyline")
            .into_iter()
            .filter(|t| attr(t, "stroke") == Some(color) && attr(t, "stroke-width") == Some("2"))
            .map(|t| {
                attr(t, "points")
                    .unwrap_or("")
                    .split_whitespace()
                    .filter_map(|p| p.split_once(','))
                    .map(|(x, y)| (x.parse().unwrap(), y.parse().unwrap()))
                    .collect()
            })
            .collect()
    }

    pub fn texts(&self) -> Vec<Text> {
        self.source
            .match_indices("<text ")
            .map(|(i, _)| {
                let tag_end = i + self.source[i..].find('>').unwrap();
                let tag = &self.source[i..=tag_end];
                let close = tag_end + self.source[tag_end..].find("</text>").unwrap();
                let text = self.source[tag_end + 1..close]
                    .trim()
                    .replace("&amp;", "&")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">");
                Text {
                    text,
                    x: num(tag, "x"),
                    y: num(tag, "y"),
                    rotated: attr(tag, "transform").is_some(),
                }
            })
            .collect()
    }

    pub fn has_text(&self, text: &str) -> bool {
        self.texts().iter().any(|t| t.text == text)
    }

    /// The anchor of the first text equal to `text`.
    pub fn text_at(&self, text: &str) -> Option<(f64, f64)> {
        self.texts()
            .into_iter()
            .find(|t| t.text == text)
            .map(|t| (t.x, t.y))
    }
}
