//! Histograms (bins as touching bars, groups overlaid or stacked) and box plots.

use super::Ctx;
use crate::plot::axis::AxisKind;
use crate::plot::layout::{Swatch, axes, page};
use crate::plot::prepare::{BoxStats, GroupValues};
use crate::plot::scene::Scene;

/// Draw a histogram; returns the number of values counted in the drawn bins.
pub(crate) fn histogram(
    scene: &mut Scene,
    ctx: &Ctx,
    time: Option<bool>,
    edges: &[f64],
    groups: &GroupValues,
) -> usize {
    let stacked = ctx.spec.stacked && groups.len() > 1;
    let bins = edges.len().saturating_sub(1);
    let heights: Vec<f64> = (0..bins)
        .map(|b| {
            let in_bin = groups.iter().map(|(_, counts)| counts[b]);
            if stacked {
                in_bin.sum()
            } else {
                in_bin.fold(0.0, f64::max)
            }
        })
        .collect();
    let top = heights.iter().copied().fold(1.0, f64::max);
    let (lo, hi) = (edges[0], edges[bins]);
    let x_axis = match time {
        Some(date_only) => AxisKind::Time { lo, hi, date_only },
        None => AxisKind::Number {
            lo,
            hi,
            nice: false,
        },
    };
    let y_axis = AxisKind::Number {
        lo: 0.0,
        hi: top,
        nice: true,
    };
    let names: Vec<&str> = groups.iter().map(|(n, _)| n.as_str()).collect();
    let chrome = ctx.chrome(&names, Swatch::Square);
    let area = page(scene, ctx.sizes, &ctx.palette, &chrome);
    let (_, xs, ys) = axes(
        scene,
        ctx.sizes,
        &ctx.palette,
        &chrome,
        area,
        &x_axis,
        &y_axis,
    );
    // Overlaid groups are translucent so each stays visible.
    let alpha = if groups.len() > 1 && !stacked {
        0.55
    } else {
        1.0
    };
    let mut counted = 0.0;
    let mut base = vec![0.0; bins];
    for (g, (_, counts)) in groups.iter().enumerate() {
        let color = ctx.color(g).alpha(alpha);
        for b in 0..bins {
            let n = counts[b];
            counted += n;
            if n <= 0.0 {
                continue;
            }
            let from = if stacked { base[b] } else { 0.0 };
            let (x0, x1) = (xs.map(edges[b]), xs.map(edges[b + 1]));
            let separator = (x1 - x0 >= 4.0).then_some(ctx.palette.separator);
            scene.rect_outlined((x0, ys.map(from)), (x1, ys.map(from + n)), color, separator);
            if stacked {
                base[b] += n;
            }
        }
    }
    counted as usize
}

/// Draw box plots; returns the number of values summarised.
pub(crate) fn boxes(
    scene: &mut Scene,
    ctx: &Ctx,
    categories: &[String],
    groups: &[(String, Vec<Option<BoxStats>>)],
) -> usize {
    let all = || groups.iter().flat_map(|(_, stats)| stats.iter().flatten());
    let lo = all()
        .map(|s| s.outliers.first().copied().unwrap_or(s.low).min(s.low))
        .fold(f64::INFINITY, f64::min);
    let hi = all()
        .map(|s| s.outliers.last().copied().unwrap_or(s.high).max(s.high))
        .fold(f64::NEG_INFINITY, f64::max);
    let pad = if hi > lo { (hi - lo) * 0.04 } else { 1.0 };
    let value_axis = AxisKind::Number {
        lo: lo - pad,
        hi: hi + pad,
        nice: false,
    };
    let horizontal = ctx.spec.horizontal;
    let n = categories.len();
    let mut labels: Vec<String> = categories.to_vec();
    if horizontal {
        labels.reverse();
    }
    let band_axis = AxisKind::Band { labels };
    let names: Vec<&str> = groups.iter().map(|(n, _)| n.as_str()).collect();
    let mut chrome = ctx.chrome(&names, Swatch::Square);
    let area = page(scene, ctx.sizes, &ctx.palette, &chrome);
    let (vs, cs) = if horizontal {
        std::mem::swap(&mut chrome.x_title, &mut chrome.y_title);
        let (_, xs, ys) = axes(
            scene,
            ctx.sizes,
            &ctx.palette,
            &chrome,
            area,
            &value_axis,
            &band_axis,
        );
        (xs, ys)
    } else {
        let (_, xs, ys) = axes(
            scene,
            ctx.sizes,
            &ctx.palette,
            &chrome,
            area,
            &band_axis,
            &value_axis,
        );
        (ys, xs)
    };
    let thickness = cs.band() * 0.7 / groups.len() as f64;
    let mut summarised = 0;
    for c in 0..n {
        let slot = if horizontal {
            (n - 1 - c) as f64
        } else {
            c as f64
        };
        for (g, (_, stats)) in groups.iter().enumerate() {
            let Some(s) = &stats[c] else { continue };
            summarised += s.n;
            let centre = cs.map(slot) + (g as f64 - (groups.len() as f64 - 1.0) / 2.0) * thickness;
            let half = thickness * 0.45;
            // Points along (value, across) turned into (x, y) for the orientation.
            let at = |v: f64, across: f64| {
                if horizontal {
                    (vs.map(v), across)
                } else {
                    (across, vs.map(v))
                }
            };
            let color = ctx.color(g);
            let line = ctx.palette.text;
            scene.line(at(s.low, centre), at(s.q1, centre), line, 1);
            scene.line(at(s.q3, centre), at(s.high, centre), line, 1);
            scene.line(
                at(s.low, centre - half / 2.0),
                at(s.low, centre + half / 2.0),
                line,
                1,
            );
            scene.line(
                at(s.high, centre - half / 2.0),
                at(s.high, centre + half / 2.0),
                line,
                1,
            );
            scene.rect_outlined(
                at(s.q1, centre - half),
                at(s.q3, centre + half),
                color.alpha(0.75),
                Some(line),
            );
            scene.line(
                at(s.median, centre - half),
                at(s.median, centre + half),
                line,
                2,
            );
            // Outliers: one dot per distinct pixel.
            let mut last_pixel = f64::NAN;
            for v in &s.outliers {
                let p = vs.map(*v).round();
                if p != last_pixel {
                    scene.circle(at(*v, centre), 2, color.alpha(0.7));
                    last_pixel = p;
                }
            }
        }
    }
    summarised
}
