//! A backend-independent list of shapes in pixel coordinates, and its replay onto plotters'
//! bitmap (PNG) and SVG backends. Layout happens once; both formats draw the same scene.

use plotters::prelude::{BitMapBackend, DrawingBackend, SVGBackend};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{FontTransform, RGBAColor, ShapeStyle};

use super::font;
use super::stamp::Stamps;
use super::theme::Rgba;
use crate::error::{BlinqError, Result};

/// Horizontal text anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HAlign {
    Left,
    Center,
    Right,
}

/// Vertical text anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VAlign {
    Top,
    Middle,
    Bottom,
}

/// One drawing operation, in whole pixels.
#[derive(Debug, Clone)]
pub(crate) enum Shape {
    /// A filled rectangle from (x0, y0) to (x1, y1), optionally outlined.
    Rect {
        x0: i32,
        y0: i32,
        x1: i32,
        y1: i32,
        fill: Rgba,
        stroke: Option<Rgba>,
    },
    /// A polyline.
    Path {
        points: Vec<(i32, i32)>,
        color: Rgba,
        width: u32,
    },
    /// A filled circle.
    Circle { x: i32, y: i32, r: u32, fill: Rgba },
    /// A filled polygon.
    Polygon { points: Vec<(i32, i32)>, fill: Rgba },
    /// Text at (x, y), anchored; `vertical` text reads bottom to top.
    Text {
        text: String,
        x: i32,
        y: i32,
        px: f64,
        color: Rgba,
        h: HAlign,
        v: VAlign,
        vertical: bool,
    },
}

/// Shapes to draw on a canvas of `width` × `height` pixels.
#[derive(Debug, Clone)]
pub(crate) struct Scene {
    pub width: u32,
    pub height: u32,
    pub background: Rgba,
    pub shapes: Vec<Shape>,
}

impl Scene {
    /// An empty scene.
    pub fn new(width: u32, height: u32, background: Rgba) -> Self {
        Scene {
            width,
            height,
            background,
            shapes: Vec::new(),
        }
    }

    /// Add a filled rectangle given by two corners in any order (rounded to pixels).
    pub fn rect(&mut self, (ax, ay): (f64, f64), (bx, by): (f64, f64), fill: Rgba) {
        self.rect_outlined((ax, ay), (bx, by), fill, None);
    }

    /// Add a filled rectangle with an optional outline.
    pub fn rect_outlined(
        &mut self,
        a: (f64, f64),
        b: (f64, f64),
        fill: Rgba,
        stroke: Option<Rgba>,
    ) {
        let (x0, x1) = (a.0.min(b.0).round() as i32, a.0.max(b.0).round() as i32);
        let (y0, y1) = (a.1.min(b.1).round() as i32, a.1.max(b.1).round() as i32);
        self.shapes.push(Shape::Rect {
            x0,
            y0,
            x1,
            y1,
            fill,
            stroke,
        });
    }

    /// Add a polyline.
    pub fn path(&mut self, points: &[(f64, f64)], color: Rgba, width: u32) {
        let points = points
            .iter()
            .map(|&(x, y)| (x.round() as i32, y.round() as i32))
            .collect();
        self.shapes.push(Shape::Path {
            points,
            color,
            width,
        });
    }

    /// Add a straight line.
    pub fn line(&mut self, a: (f64, f64), b: (f64, f64), color: Rgba, width: u32) {
        self.path(&[a, b], color, width);
    }

    /// Add a filled circle.
    pub fn circle(&mut self, (x, y): (f64, f64), r: u32, fill: Rgba) {
        self.shapes.push(Shape::Circle {
            x: x.round() as i32,
            y: y.round() as i32,
            r,
            fill,
        });
    }

    /// Add a filled polygon.
    pub fn polygon(&mut self, points: &[(f64, f64)], fill: Rgba) {
        let points = points
            .iter()
            .map(|&(x, y)| (x.round() as i32, y.round() as i32))
            .collect();
        self.shapes.push(Shape::Polygon { points, fill });
    }

    /// Add horizontal text.
    pub fn text(
        &mut self,
        text: impl Into<String>,
        at: (f64, f64),
        px: f64,
        color: Rgba,
        h: HAlign,
        v: VAlign,
    ) {
        self.push_text(text.into(), at, px, color, (h, v), false);
    }

    /// Add text reading bottom to top; the anchors apply along the rotated text.
    pub fn vertical_text(
        &mut self,
        text: impl Into<String>,
        at: (f64, f64),
        px: f64,
        color: Rgba,
        h: HAlign,
        v: VAlign,
    ) {
        self.push_text(text.into(), at, px, color, (h, v), true);
    }

    fn push_text(
        &mut self,
        text: String,
        (x, y): (f64, f64),
        px: f64,
        color: Rgba,
        (h, v): (HAlign, VAlign),
        vertical: bool,
    ) {
        if text.is_empty() {
            return;
        }
        self.shapes.push(Shape::Text {
            text,
            x: x.round() as i32,
            y: y.round() as i32,
            px,
            color,
            h,
            v,
            vertical,
        });
    }

    /// Render to PNG bytes. Runs of dots are stamped straight into the pixels (see
    /// [`stamp`](super::stamp)), the rest goes through plotters' bitmap backend, in order.
    pub fn to_png(&self) -> Result<Vec<u8>> {
        let (w, h) = (self.width, self.height);
        let mut rgb = vec![0u8; w as usize * h as usize * 3];
        let is_dot = |s: &Shape| matches!(s, Shape::Circle { .. });
        let mut stamps = Stamps::default();
        let mut rest: &[Shape] = &self.shapes;
        let mut first = true;
        while first || !rest.is_empty() {
            let drawn = rest.iter().position(is_dot).unwrap_or(rest.len());
            {
                let mut backend = BitMapBackend::with_buffer(&mut rgb, (w, h));
                self.replay(&mut backend, &rest[..drawn], first, true)?;
                backend.present().map_err(draw_error)?;
            }
            first = false;
            rest = &rest[drawn..];
            let dots = rest.iter().position(|s| !is_dot(s)).unwrap_or(rest.len());
            for shape in &rest[..dots] {
                if let Shape::Circle { x, y, r, fill } = shape {
                    stamps.dot(&mut rgb, (w, h), (*x, *y), *r, *fill);
                }
            }
            rest = &rest[dots..];
        }
        encode_png(&rgb, w, h)
    }

    /// Render to PNG bytes with plotters alone (what [`Scene::to_png`] must equal).
    #[cfg(test)]
    fn to_png_plotters(&self) -> Result<Vec<u8>> {
        let (w, h) = (self.width, self.height);
        let mut rgb = vec![0u8; w as usize * h as usize * 3];
        {
            let mut backend = BitMapBackend::with_buffer(&mut rgb, (w, h));
            self.replay(&mut backend, &self.shapes, true, true)?;
            backend.present().map_err(draw_error)?;
        }
        encode_png(&rgb, w, h)
    }

    /// Render to an SVG document.
    pub fn to_svg(&self) -> Result<Vec<u8>> {
        let mut out = String::new();
        {
            let mut backend = SVGBackend::with_string(&mut out, (self.width, self.height));
            self.replay(&mut backend, &self.shapes, true, false)?;
            backend.present().map_err(draw_error)?;
        }
        Ok(out.into_bytes())
    }

    /// Draw `shapes`, after the background when `background`; `bitmap` backends get
    /// anti-aliased wide lines (see [`thick_path`]).
    fn replay<B: DrawingBackend>(
        &self,
        b: &mut B,
        shapes: &[Shape],
        background: bool,
        bitmap: bool,
    ) -> Result<()> {
        font::ensure_registered()?;
        let (w, h) = (self.width as i32, self.height as i32);
        if background {
            b.draw_rect((0, 0), (w, h), &style(self.background, 1), true)
                .map_err(draw_error)?;
        }
        for shape in shapes {
            match shape {
                Shape::Rect {
                    x0,
                    y0,
                    x1,
                    y1,
                    fill,
                    stroke,
                } => {
                    b.draw_rect((*x0, *y0), (*x1, *y1), &style(*fill, 1), true)
                        .map_err(draw_error)?;
                    if let Some(s) = stroke {
                        b.draw_rect((*x0, *y0), (*x1, *y1), &style(*s, 1), false)
                            .map_err(draw_error)?;
                    }
                }
                Shape::Path {
                    points,
                    color,
                    width,
                } if bitmap && *width > 1 => thick_path(b, points, *color, *width)?,
                Shape::Path {
                    points,
                    color,
                    width,
                } => b
                    .draw_path(points.iter().copied(), &style(*color, *width))
                    .map_err(draw_error)?,
                Shape::Circle { x, y, r, fill } => b
                    .draw_circle((*x, *y), *r, &style(*fill, 1), true)
                    .map_err(draw_error)?,
                Shape::Polygon { points, fill } => b
                    .fill_polygon(points.iter().copied(), &style(*fill, 1))
                    .map_err(draw_error)?,
                Shape::Text {
                    text,
                    x,
                    y,
                    px,
                    color,
                    h,
                    v,
                    vertical,
                } => {
                    let color = rgba(*color);
                    let hpos = match h {
                        HAlign::Left => HPos::Left,
                        HAlign::Center => HPos::Center,
                        HAlign::Right => HPos::Right,
                    };
                    let vpos = match v {
                        VAlign::Top => VPos::Top,
                        VAlign::Middle => VPos::Center,
                        VAlign::Bottom => VPos::Bottom,
                    };
                    let mut style = font::font(*px).color(&color).pos(Pos::new(hpos, vpos));
                    if *vertical {
                        style = style.transform(FontTransform::Rotate270);
                    }
                    b.draw_text(text, &style, (*x, *y)).map_err(draw_error)?;
                }
            }
        }
        Ok(())
    }
}

/// A wide polyline as parallel anti-aliased 1-pixel lines, offset across each segment's
/// main direction. plotters fills wide paths as one aliased polygon, which breaks up on
/// sharp turns; this stays smooth and costs a few line draws per segment.
fn thick_path<B: DrawingBackend>(
    b: &mut B,
    points: &[(i32, i32)],
    color: Rgba,
    width: u32,
) -> Result<()> {
    let thin = style(color, 1);
    let lo = -((width as i32 - 1) / 2);
    let hi = lo + width as i32 - 1;
    for pair in points.windows(2) {
        let (p, q) = (pair[0], pair[1]);
        let shallow = (q.0 - p.0).abs() >= (q.1 - p.1).abs();
        for k in lo..=hi {
            let (dx, dy) = if shallow { (0, k) } else { (k, 0) };
            b.draw_line((p.0 + dx, p.1 + dy), (q.0 + dx, q.1 + dy), &thin)
                .map_err(draw_error)?;
        }
    }
    Ok(())
}

fn rgba(c: Rgba) -> RGBAColor {
    RGBAColor(c.r, c.g, c.b, c.a)
}

fn style(c: Rgba, width: u32) -> ShapeStyle {
    ShapeStyle {
        color: rgba(c),
        filled: true,
        stroke_width: width,
    }
}

fn draw_error(e: impl std::fmt::Display) -> BlinqError {
    BlinqError::Plot(format!("drawing failed: {e}"))
}

/// Encode 8-bit RGB pixels as PNG with the fast deflate mode (a chart compresses well even
/// so, and encoding stays a few milliseconds).
fn encode_png(rgb: &[u8], w: u32, h: u32) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(rgb.len() / 8);
    let mut encoder = png::Encoder::new(&mut out, w, h);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let mut writer = encoder.write_header().map_err(png_error)?;
    writer.write_image_data(rgb).map_err(png_error)?;
    writer.finish().map_err(png_error)?;
    Ok(out)
}

fn png_error(e: png::EncodingError) -> BlinqError {
    BlinqError::Plot(format!("PNG encoding failed: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scene with every kind of dot the scatter draws (radius 1–3 at its opacities, and
    /// opaque ones), overlapping each other, other shapes and the image's edges.
    fn dots() -> Scene {
        let mut scene = Scene::new(97, 61, Rgba::hex(0xffffff));
        scene.rect((5.0, 5.0), (40.0, 30.0), Rgba::hex(0xdddddd));
        let colors = [0xe69f00, 0x56b4e9, 0x009e73, 0x000000].map(Rgba::hex);
        let mut seed = 7u64;
        for i in 0..600 {
            // A small linear congruential generator: positions spread over and past the edges.
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let x = (seed >> 33) % 105;
            let y = (seed >> 17) % 69;
            let (r, a) = [(1, 0.35), (2, 0.55), (3, 0.8), (2, 1.0), (3, 0.999)][i % 5];
            let fill = colors[i % 4].alpha(a);
            scene.circle((x as f64 - 4.0, y as f64 - 4.0), r, fill);
            if i == 300 {
                // A shape between two runs of dots.
                scene.line((0.0, 20.0), (96.0, 40.0), Rgba::hex(0x333333), 2);
            }
        }
        scene
    }

    #[test]
    fn stamped_dots_are_the_pixels_plotters_draws() {
        let scene = dots();
        assert_eq!(scene.to_png().unwrap(), scene.to_png_plotters().unwrap());
    }
}
