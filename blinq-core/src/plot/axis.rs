//! Axes: what an axis shows (numbers, times or categories), the scale from data to pixels,
//! and tick labels chosen so they never overlap (fewer ticks, vertical or thinned labels,
//! shortened text).

use super::font::{fit_text, text_width};
use super::ticks::{Ticks, nice_domain, number_ticks, time_ticks};

/// What an axis shows.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum AxisKind {
    /// Numbers from `lo` to `hi`; `nice` widens the domain to whole ticks.
    Number { lo: f64, hi: f64, nice: bool },
    /// Milliseconds since the epoch; `date_only` keeps ticks on whole days.
    Time { lo: f64, hi: f64, date_only: bool },
    /// Evenly spaced categories, in order.
    Band { labels: Vec<String> },
}

/// Maps data values to pixels along one axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Scale {
    /// `d0..d1` onto `r0..r1`.
    Linear { d0: f64, d1: f64, r0: f64, r1: f64 },
    /// `n` bands over `r0..r1`; value `i` maps to the centre of band `i`.
    Band { n: usize, r0: f64, r1: f64 },
}

impl Scale {
    /// The pixel position of `v`.
    pub fn map(&self, v: f64) -> f64 {
        match *self {
            Scale::Linear { d0, d1, r0, r1 } => {
                if d1 == d0 {
                    (r0 + r1) / 2.0
                } else {
                    r0 + (v - d0) / (d1 - d0) * (r1 - r0)
                }
            }
            Scale::Band { n, r0, r1 } => r0 + (v + 0.5) * (r1 - r0) / n.max(1) as f64,
        }
    }

    /// The width of one band in pixels (the whole range for a linear scale).
    pub fn band(&self) -> f64 {
        match *self {
            Scale::Linear { r0, r1, .. } => (r1 - r0).abs(),
            Scale::Band { n, r0, r1 } => (r1 - r0).abs() / n.max(1) as f64,
        }
    }

    /// The pixel range.
    pub fn range(&self) -> (f64, f64) {
        match *self {
            Scale::Linear { r0, r1, .. } | Scale::Band { r0, r1, .. } => (r0, r1),
        }
    }
}

/// Ticks placed along an axis of a given pixel length.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Placed {
    pub ticks: Ticks,
    /// Labels are drawn reading bottom to top (x axis only).
    pub vertical: bool,
    /// Space the labels take across the axis (height below an x axis, width beside a y axis).
    pub depth: f64,
    /// The domain after widening to nice ticks (linear axes).
    pub domain: (f64, f64),
}

impl AxisKind {
    /// The domain of a linear axis, widened when `nice`.
    fn domain(&self, target: usize) -> (f64, f64) {
        match *self {
            AxisKind::Number { lo, hi, nice: true } => nice_domain(lo, hi, target),
            AxisKind::Number { lo, hi, .. } | AxisKind::Time { lo, hi, .. } => (lo, hi),
            AxisKind::Band { ref labels } => (0.0, labels.len() as f64),
        }
    }

    /// The scale over pixels `r0..r1` once ticks are placed.
    pub fn scale(&self, placed: &Placed, r0: f64, r1: f64) -> Scale {
        match self {
            AxisKind::Band { labels } => Scale::Band {
                n: labels.len(),
                r0,
                r1,
            },
            _ => Scale::Linear {
                d0: placed.domain.0,
                d1: placed.domain.1,
                r0,
                r1,
            },
        }
    }

    /// Ticks for a horizontal axis `len` pixels long, labels at `px` pixels per em.
    /// `max_depth` bounds how far vertical category labels may reach below the axis.
    pub fn place_x(&self, len: f64, px: f64, max_depth: f64) -> Placed {
        let line = px * 1.25;
        match self {
            AxisKind::Band { labels } => place_band_x(labels, len, px, max_depth),
            AxisKind::Number { .. } | AxisKind::Time { .. } => {
                let mut target = ((len / (px * 7.0)) as usize).clamp(2, 12);
                loop {
                    let (ticks, domain) = self.linear_ticks(target);
                    let widest = ticks
                        .labels
                        .iter()
                        .map(|l| text_width(l, px))
                        .fold(0.0, f64::max);
                    let spacing = len / ticks.values.len().max(1) as f64;
                    if widest + px * 1.5 <= spacing || target <= 2 {
                        return Placed {
                            ticks,
                            vertical: false,
                            depth: line,
                            domain,
                        };
                    }
                    target -= 1;
                }
            }
        }
    }

    /// Ticks for a vertical axis `len` pixels long; labels are at most `max_width` wide.
    pub fn place_y(&self, len: f64, px: f64, max_width: f64) -> Placed {
        match self {
            AxisKind::Band { labels } => {
                let band = len / labels.len().max(1) as f64;
                let (ticks, depth) = thinned_band_ticks(labels, band, px, max_width);
                Placed {
                    ticks,
                    vertical: false,
                    depth,
                    domain: (0.0, labels.len() as f64),
                }
            }
            _ => {
                let target = ((len / (px * 4.5)) as usize).clamp(2, 10);
                let (ticks, domain) = self.linear_ticks(target);
                let depth = ticks
                    .labels
                    .iter()
                    .map(|l| text_width(l, px))
                    .fold(0.0, f64::max);
                Placed {
                    ticks,
                    vertical: false,
                    depth,
                    domain,
                }
            }
        }
    }

    fn linear_ticks(&self, target: usize) -> (Ticks, (f64, f64)) {
        let domain = self.domain(target);
        let ticks = match *self {
            AxisKind::Time { date_only, .. } => {
                time_ticks(domain.0, domain.1, target + 1, date_only)
            }
            _ => number_ticks(domain.0, domain.1, target),
        };
        (ticks, domain)
    }
}

/// Category labels under bands: horizontal when they fit, else vertical (shortened to
/// `max_depth`), thinned to every k-th label when even vertical labels would touch.
fn place_band_x(labels: &[String], len: f64, px: f64, max_depth: f64) -> Placed {
    let n = labels.len().max(1);
    let band = len / n as f64;
    let line = px * 1.25;
    let widest = labels.iter().map(|l| text_width(l, px)).fold(0.0, f64::max);
    let domain = (0.0, n as f64);
    if widest + px * 0.8 <= band {
        let ticks = Ticks {
            values: (0..labels.len()).map(|i| i as f64).collect(),
            labels: labels.to_vec(),
        };
        return Placed {
            ticks,
            vertical: false,
            depth: line,
            domain,
        };
    }
    let (ticks, depth) = thinned_band_ticks(labels, band, px, max_depth);
    Placed {
        ticks,
        vertical: true,
        depth,
        domain,
    }
}

/// Every k-th band's label (k so that labels `px` high don't touch across bands `band`
/// pixels wide), each shortened to `max_width`, and the widest label's width.
fn thinned_band_ticks(labels: &[String], band: f64, px: f64, max_width: f64) -> (Ticks, f64) {
    let every = ((px * 1.3) / band).ceil().max(1.0) as usize;
    let mut ticks = Ticks::default();
    for (i, label) in labels.iter().enumerate() {
        if i % every == 0 {
            ticks.values.push(i as f64);
            ticks.labels.push(fit_text(label, px, max_width));
        }
    }
    let depth = ticks
        .labels
        .iter()
        .map(|l| text_width(l, px))
        .fold(0.0, f64::max);
    (ticks, depth)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plot::font::ensure_registered;

    #[test]
    fn scales_map_ends_and_band_centres() {
        let s = Scale::Linear {
            d0: 0.0,
            d1: 10.0,
            r0: 100.0,
            r1: 0.0,
        };
        assert_eq!((s.map(0.0), s.map(10.0), s.map(5.0)), (100.0, 0.0, 50.0));
        let b = Scale::Band {
            n: 4,
            r0: 0.0,
            r1: 400.0,
        };
        assert_eq!((b.map(0.0), b.map(3.0), b.band()), (50.0, 350.0, 100.0));
    }

    #[test]
    fn crowded_categories_turn_vertical_then_thin() {
        ensure_registered().unwrap();
        let few: Vec<String> = ["Adelie", "Chinstrap", "Gentoo"].map(String::from).to_vec();
        let placed = AxisKind::Band { labels: few }.place_x(600.0, 12.0, 150.0);
        assert!(!placed.vertical);
        assert_eq!(placed.ticks.labels.len(), 3);
        let many: Vec<String> = (0..50).map(|i| format!("category number {i}")).collect();
        let placed = AxisKind::Band {
            labels: many.clone(),
        }
        .place_x(900.0, 12.0, 150.0);
        assert!(placed.vertical);
        assert_eq!(
            placed.ticks.labels.len(),
            50,
            "18 px bands fit 12 px vertical text"
        );
        let placed = AxisKind::Band { labels: many }.place_x(300.0, 12.0, 60.0);
        assert!(placed.ticks.labels.len() < 50 && placed.depth <= 60.0);
        assert!(placed.ticks.labels.iter().all(|l| l.ends_with('…')));
    }

    #[test]
    fn numeric_x_labels_do_not_touch() {
        ensure_registered().unwrap();
        let axis = AxisKind::Number {
            lo: 0.0,
            hi: 12_345_678.0,
            nice: true,
        };
        let placed = axis.place_x(300.0, 12.0, 100.0);
        let widest = placed
            .ticks
            .labels
            .iter()
            .map(|l| text_width(l, 12.0))
            .fold(0.0, f64::max);
        let spacing = 300.0 / placed.ticks.values.len() as f64;
        assert!(widest < spacing, "{:?}", placed.ticks.labels);
    }
}
