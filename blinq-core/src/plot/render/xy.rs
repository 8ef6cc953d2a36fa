//! Lines, areas and scatter plots. Lines with more points than pixels are downsampled
//! (MinMaxLTTB); dense scatters draw one dot per occupied pixel and group.

use super::Ctx;
use crate::plot::axis::{AxisKind, Scale};
use crate::plot::layout::{Frame, Swatch, axes, page};
use crate::plot::lttb::{POINTS_PER_PIXEL, downsample};
use crate::plot::prepare::{Stack, XScale, XySeries, stack};
use crate::plot::scene::Scene;
use crate::plot::spec::PlotKind;

fn extent(values: impl Iterator<Item = f64>) -> (f64, f64) {
    values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    })
}

fn padded((lo, hi): (f64, f64), share: f64) -> (f64, f64) {
    if hi > lo {
        let pad = (hi - lo) * share;
        (lo - pad, hi + pad)
    } else {
        let pad = if lo == 0.0 { 1.0 } else { lo.abs() * 0.1 };
        (lo - pad, hi + pad)
    }
}

/// Draw the series; returns the number of points drawn.
pub(crate) fn draw(
    scene: &mut Scene,
    ctx: &Ctx,
    x: &XScale,
    y_time: Option<bool>,
    series: &[XySeries],
    notes: &mut Vec<String>,
) -> usize {
    let kind = ctx.spec.kind;
    let stacked = kind == PlotKind::Area && ctx.spec.stacked && series.len() > 1;
    let stack = stacked.then(|| stack(series));
    let (x_lo, x_hi) = extent(series.iter().flat_map(|s| s.xs.iter().copied()));
    let (mut y_lo, mut y_hi) = match &stack {
        Some(st) => extent(st.tops.last().into_iter().flatten().copied()),
        None => extent(series.iter().flat_map(|s| s.ys.iter().copied())),
    };
    if kind == PlotKind::Area {
        y_lo = y_lo.min(0.0);
        y_hi = y_hi.max(0.0);
    }
    let x_axis = match x {
        XScale::Category(labels) => AxisKind::Band {
            labels: labels.clone(),
        },
        XScale::Time { date_only } => AxisKind::Time {
            lo: x_lo,
            hi: x_hi,
            date_only: *date_only,
        },
        XScale::Number if kind == PlotKind::Scatter => {
            let (lo, hi) = padded((x_lo, x_hi), 0.04);
            AxisKind::Number {
                lo,
                hi,
                nice: false,
            }
        }
        XScale::Number => {
            let (lo, hi) = if x_hi > x_lo {
                (x_lo, x_hi)
            } else {
                padded((x_lo, x_hi), 0.0)
            };
            AxisKind::Number {
                lo,
                hi,
                nice: false,
            }
        }
    };
    let y_axis = match y_time {
        Some(date_only) => {
            let (lo, hi) = padded((y_lo, y_hi), 0.04);
            AxisKind::Time { lo, hi, date_only }
        }
        None if kind == PlotKind::Area => AxisKind::Number {
            lo: y_lo,
            hi: y_hi,
            nice: true,
        },
        None => {
            let (lo, hi) = padded((y_lo, y_hi), 0.04);
            AxisKind::Number {
                lo,
                hi,
                nice: kind != PlotKind::Scatter,
            }
        }
    };
    let names: Vec<&str> = series.iter().map(|s| s.name.as_str()).collect();
    let swatch = if kind == PlotKind::Scatter {
        Swatch::Dot
    } else {
        Swatch::Line
    };
    let chrome = ctx.chrome(&names, swatch);
    let area = page(scene, ctx.sizes, &ctx.palette, &chrome);
    let (frame, xs, ys) = axes(
        scene,
        ctx.sizes,
        &ctx.palette,
        &chrome,
        area,
        &x_axis,
        &y_axis,
    );
    let n_out = (frame.width() * POINTS_PER_PIXEL).max(16.0) as usize;
    let total: usize = series.iter().map(|s| s.xs.len()).sum();
    let drawn = match (kind, &stack) {
        (PlotKind::Scatter, _) => scatter(scene, ctx, series, frame, xs, ys),
        (PlotKind::Area, Some(st)) => stacked_areas(scene, ctx, st, n_out, xs, ys),
        _ => lines(scene, ctx, series, n_out, xs, ys, kind == PlotKind::Area),
    };
    if kind != PlotKind::Scatter && drawn < total {
        notes.push(format!(
            "downsampled {total} points to {drawn} with MinMaxLTTB for drawing"
        ));
    }
    drawn
}

fn lines(
    scene: &mut Scene,
    ctx: &Ctx,
    series: &[XySeries],
    n_out: usize,
    xs: Scale,
    ys: Scale,
    fill: bool,
) -> usize {
    let mut drawn = 0;
    let base = ys.map(0.0);
    for (g, s) in series.iter().enumerate() {
        let keep = downsample(&s.xs, &s.ys, n_out);
        let points: Vec<(f64, f64)> = keep
            .iter()
            .map(|&i| (xs.map(s.xs[i]), ys.map(s.ys[i])))
            .collect();
        let color = ctx.color(g);
        if fill {
            let mut polygon = points.clone();
            if let (Some(first), Some(last)) = (points.first(), points.last()) {
                polygon.push((last.0, base));
                polygon.push((first.0, base));
            }
            scene.polygon(
                &polygon,
                color.alpha(if series.len() > 1 { 0.25 } else { 0.35 }),
            );
        }
        if points.len() == 1 {
            scene.circle(points[0], 3, color);
        }
        scene.path(&points, color, 2);
        drawn += keep.len();
    }
    drawn
}

fn stacked_areas(
    scene: &mut Scene,
    ctx: &Ctx,
    stack: &Stack,
    n_out: usize,
    xs: Scale,
    ys: Scale,
) -> usize {
    let (grid, tops) = (&stack.grid, &stack.tops);
    let total = tops.last().map(Vec::as_slice).unwrap_or(&[]);
    let keep = downsample(grid, total, n_out);
    let zero = vec![0.0; grid.len()];
    for (g, top) in tops.iter().enumerate() {
        let below = if g == 0 { &zero } else { &tops[g - 1] };
        let upper: Vec<(f64, f64)> = keep
            .iter()
            .map(|&i| (xs.map(grid[i]), ys.map(top[i])))
            .collect();
        let mut polygon = upper.clone();
        polygon.extend(
            keep.iter()
                .rev()
                .map(|&i| (xs.map(grid[i]), ys.map(below[i]))),
        );
        scene.polygon(&polygon, ctx.color(g).alpha(0.8));
        scene.path(&upper, ctx.color(g), 1);
    }
    stack
        .present
        .iter()
        .map(|has| keep.iter().filter(|&&i| has[i]).count())
        .sum()
}

/// Dots, one per occupied pixel per group: a million rows draw as fast as the pixels they
/// cover. Dot size and opacity shrink as the number of points grows.
fn scatter(
    scene: &mut Scene,
    ctx: &Ctx,
    series: &[XySeries],
    frame: Frame,
    xs: Scale,
    ys: Scale,
) -> usize {
    let total: usize = series.iter().map(|s| s.xs.len()).sum();
    let (r, alpha) = match total {
        0..=2_000 => (3, 0.8),
        2_001..=50_000 => (2, 0.55),
        _ => (1, 0.35),
    };
    let (w, h) = (
        frame.width().ceil() as usize + 1,
        frame.height().ceil() as usize + 1,
    );
    let mut seen = vec![false; w * h];
    let mut drawn = 0;
    for (g, s) in series.iter().enumerate() {
        seen.iter_mut().for_each(|b| *b = false);
        let color = ctx.color(g).alpha(alpha);
        for (x, y) in s.xs.iter().zip(&s.ys) {
            let (px, py) = (round(xs.map(*x)), round(ys.map(*y)));
            let (cx, cy) = (
                (px - frame.left.round()) as isize,
                (py - frame.top.round()) as isize,
            );
            if cx < 0 || cy < 0 || cx as usize >= w || cy as usize >= h {
                continue;
            }
            let cell = cy as usize * w + cx as usize;
            if !seen[cell] {
                seen[cell] = true;
                scene.circle((px, py), r, color);
                drawn += 1;
            }
        }
    }
    drawn
}

/// `v.round()` (half away from zero) without a call into libm, which the baseline x86-64
/// target makes for `f64::round`: a scatter rounds two coordinates per point, a million
/// times. Exact for every finite `v` with `|v| < 2^63` (the fraction `v - trunc(v)` is
/// exact); others are far outside any frame and are skipped either way.
fn round(v: f64) -> f64 {
    let whole = v as i64 as f64;
    let fraction = v - whole;
    if fraction.abs() >= 0.5 {
        whole + fraction.signum()
    } else {
        whole
    }
}

#[cfg(test)]
mod round_tests {
    #[test]
    fn round_is_f64_round_on_pixel_coordinates() {
        let cases = [
            0.0,
            0.49999999999999994,
            0.5,
            1.5,
            2.5,
            -0.5,
            -1.5,
            -2.5,
            -0.49999999999999994,
            123.4999,
            123.5,
            999.5000001,
            -3.7,
            1e15 + 0.5,
            4503599627370495.5,
        ];
        for v in cases {
            assert_eq!(super::round(v), v.round(), "{v}");
        }
        let mut v = -1500.0;
        while v < 1500.0 {
            assert_eq!(super::round(v), v.round(), "{v}");
            v += 0.0625 + 1e-7;
        }
    }
}
