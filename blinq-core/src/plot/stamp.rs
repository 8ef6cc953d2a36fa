//! Dots drawn straight into the PNG's pixels: a dense scatter is hundreds of thousands of
//! equal small circles, and plotters rasterises each one anew (square roots, a call per
//! pixel). A dot of one radius and colour always touches the same pixels with the same
//! coverage around its centre, so it is rasterised once, by plotters itself, into a
//! recording backend, and the recorded operations are replayed at every centre with
//! plotters' own blending arithmetic: the picture is the one plotters draws, pixel for
//! pixel (a test compares them).

use std::convert::Infallible;

use plotters::prelude::DrawingBackend;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, DrawingErrorKind};

use super::theme::Rgba;

/// What one pixel of a dot does to the pixel below, as plotters' RGB bitmap does it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    /// Replace it (opaque).
    Set,
    /// Blend toward the colour by `a` / 256, in plotters' integer arithmetic.
    Blend(u64),
}

/// The pixel operations of one dot, relative to its centre, in drawing order.
#[derive(Debug, Clone)]
struct Stamp {
    ops: Vec<(i32, i32, Op)>,
}

/// Stamps by radius and colour (a chart has a few: one per group).
#[derive(Debug, Default)]
pub(crate) struct Stamps {
    cache: Vec<(StampKey, Stamp)>,
}

type StampKey = (u32, [u8; 3], u64);

impl Stamps {
    /// Draw a filled circle of radius `r` in `fill` at `(x, y)` into `rgb` (`w` × `h`
    /// pixels, three bytes each), as plotters' `BitMapBackend::draw_circle` would.
    pub(crate) fn dot(
        &mut self,
        rgb: &mut [u8],
        (w, h): (u32, u32),
        (x, y): (i32, i32),
        r: u32,
        fill: Rgba,
    ) {
        let key = (r, [fill.r, fill.g, fill.b], fill.a.to_bits());
        let at = match self.cache.iter().position(|(k, _)| *k == key) {
            Some(at) => at,
            None => {
                self.cache.push((key, Stamp::record(r, fill)));
                self.cache.len() - 1
            }
        };
        let stamp = &self.cache[at].1;
        let color = [fill.r, fill.g, fill.b];
        for &(dx, dy, op) in &stamp.ops {
            let (px, py) = (x + dx, y + dy);
            if px < 0 || py < 0 || px as u32 >= w || py as u32 >= h {
                continue;
            }
            let base = (py as usize * w as usize + px as usize) * 3;
            let pixel = &mut rgb[base..base + 3];
            match op {
                Op::Set => pixel.copy_from_slice(&color),
                Op::Blend(a) => {
                    for (dst, &src) in pixel.iter_mut().zip(&color) {
                        blend(dst, src, a);
                    }
                }
            }
        }
    }
}

/// plotters-bitmap's blend of one channel (`pixel_format::blend`).
fn blend(prev: &mut u8, new: u8, a: u64) {
    if new > *prev {
        *prev += (u64::from(new - *prev) * a / 256) as u8;
    } else {
        *prev -= (u64::from(*prev - new) * a / 256) as u8;
    }
}

impl Stamp {
    /// Let plotters rasterise one dot and keep what it did.
    fn record(r: u32, fill: Rgba) -> Stamp {
        let centre = r as i32 + 4;
        let mut recorder = Recorder {
            size: (2 * centre as u32 + 1, 2 * centre as u32 + 1),
            ops: Vec::new(),
        };
        let style = plotters::style::ShapeStyle {
            color: plotters::style::RGBAColor(fill.r, fill.g, fill.b, fill.a),
            filled: true,
            stroke_width: 1,
        };
        // The recorder cannot fail.
        let _ = recorder.draw_circle((centre, centre), r, &style, true);
        Stamp {
            ops: recorder
                .ops
                .into_iter()
                .map(|(x, y, op)| (x - centre, y - centre, op))
                .collect(),
        }
    }
}

/// A backend that keeps the pixel operations plotters' RGB bitmap backend would do.
struct Recorder {
    size: (u32, u32),
    ops: Vec<(i32, i32, Op)>,
}

impl Recorder {
    fn inside(&self, (x, y): BackendCoord) -> bool {
        x >= 0 && y >= 0 && (x as u32) < self.size.0 && (y as u32) < self.size.1
    }
}

impl DrawingBackend for Recorder {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        Ok(())
    }

    /// As `BitMapBackend::draw_pixel` with `RGBPixel::draw_pixel`.
    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        if !self.inside(point) {
            return Ok(());
        }
        let alpha = color.alpha;
        if alpha >= 1.0 - 1.0 / 256.0 {
            self.ops.push((point.0, point.1, Op::Set));
        } else if alpha > 0.0 {
            self.ops
                .push((point.0, point.1, Op::Blend((alpha * 256.0).floor() as u64)));
        }
        Ok(())
    }

    /// As `BitMapBackend::draw_line`: straight one-pixel lines fill or blend a rectangle
    /// (the same corners and clipping), others go through the rasteriser.
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        if (from.0 == to.0 || from.1 == to.1) && style.stroke_width() == 1 {
            let alpha = style.color().alpha;
            let corner = (to.0 + 1, to.1 + 1);
            if alpha >= 1.0 {
                if from.1 == to.1 {
                    self.rect(from, corner, Op::Set);
                } else {
                    // `fill_vertical_line_fast`: both ends included.
                    let (y0, y1) = (from.1.min(to.1), from.1.max(to.1));
                    self.rect((from.0, y0), (from.0 + 1, y1 + 1), Op::Set);
                }
            } else {
                let a = alpha.clamp(0.0, 1.0);
                if a > 0.0 {
                    self.rect(from, corner, Op::Blend((256.0 * a).floor() as u64));
                }
            }
            return Ok(());
        }
        plotters_backend::rasterizer::draw_line(self, from, to, style)
    }
}

impl Recorder {
    /// `fill_rect_fast` / `blend_rect_fast`: the half-open box between two corners.
    fn rect(&mut self, a: BackendCoord, b: BackendCoord, op: Op) {
        let (x0, x1) = (a.0.min(b.0).max(0), a.0.max(b.0).min(self.size.0 as i32));
        let (y0, y1) = (a.1.min(b.1).max(0), a.1.max(b.1).min(self.size.1 as i32));
        for y in y0..y1 {
            for x in x0..x1 {
                self.ops.push((x, y, op));
            }
        }
    }
}
