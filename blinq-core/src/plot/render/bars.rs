//! Bar charts: vertical or horizontal, one bar per category, grouped side by side or
//! stacked, with the value written at the end of each bar when there is room.

use super::Ctx;
use crate::plot::axis::{AxisKind, Scale};
use crate::plot::font::text_width;
use crate::plot::layout::{Swatch, axes, page};
use crate::plot::prepare::GroupValues;
use crate::plot::scene::{HAlign, Scene, VAlign};
use crate::plot::ticks::format_value;

/// The most bars that get their value written on them.
const MAX_VALUE_LABELS: usize = 40;

/// Share of each band taken by its bars.
const FILL: f64 = 0.78;

/// Draw the bars; returns how many were drawn.
pub(crate) fn draw(
    scene: &mut Scene,
    ctx: &Ctx,
    categories: &[String],
    groups: &GroupValues,
) -> usize {
    let spec = ctx.spec;
    let stacked = spec.stacked && groups.len() > 1;
    let n = categories.len();
    // The value extent: stacked bars add up (positives and negatives separately).
    let (mut lo, mut hi) = (0.0f64, 0.0f64);
    for c in 0..n {
        let values = groups.iter().map(|(_, v)| v[c]).filter(|v| v.is_finite());
        if stacked {
            let (neg, pos) = values.fold(
                (0.0, 0.0),
                |(n, p), v| if v < 0.0 { (n + v, p) } else { (n, p + v) },
            );
            lo = lo.min(neg);
            hi = hi.max(pos);
        } else {
            for v in values {
                lo = lo.min(v);
                hi = hi.max(v);
            }
        }
    }
    if hi == lo {
        hi = lo + 1.0;
    }
    // Values on the bars while there are few enough to read.
    let show_values = !stacked && n * groups.len() <= MAX_VALUE_LABELS;
    if show_values {
        // Head room for the value labels.
        let room = (hi - lo) * 0.08;
        hi += if hi > 0.0 { room } else { 0.0 };
        lo -= if lo < 0.0 { room } else { 0.0 };
    }
    let value_axis = AxisKind::Number { lo, hi, nice: true };
    let names: Vec<&str> = groups.iter().map(|(name, _)| name.as_str()).collect();
    let chrome = ctx.chrome(&names, Swatch::Square);
    let area = page(scene, ctx.sizes, &ctx.palette, &chrome);
    let (vs, cs) = if spec.horizontal {
        // First category at the top: the band axis runs bottom-up, so reverse it.
        let reversed: Vec<String> = categories.iter().rev().cloned().collect();
        let (_, xs, ys) = axes(
            scene,
            ctx.sizes,
            &ctx.palette,
            &swap_titles(&chrome),
            area,
            &value_axis,
            &AxisKind::Band { labels: reversed },
        );
        (xs, ys)
    } else {
        let (_, xs, ys) = axes(
            scene,
            ctx.sizes,
            &ctx.palette,
            &chrome,
            area,
            &AxisKind::Band {
                labels: categories.to_vec(),
            },
            &value_axis,
        );
        (ys, xs)
    };
    let slot = |c: usize| {
        if spec.horizontal {
            (n - 1 - c) as f64
        } else {
            c as f64
        }
    };
    let band = cs.band();
    let thickness = if stacked {
        band * FILL
    } else {
        band * FILL / groups.len() as f64
    };
    let mut drawn = 0;
    for c in 0..n {
        let centre = cs.map(slot(c));
        let (mut pos_base, mut neg_base) = (0.0, 0.0);
        for (g, (_, values)) in groups.iter().enumerate() {
            let v = values[c];
            if !v.is_finite() {
                continue;
            }
            let (from, to, offset) = if stacked {
                let base = if v < 0.0 {
                    &mut neg_base
                } else {
                    &mut pos_base
                };
                let from = *base;
                *base += v;
                (from, *base, 0.0)
            } else {
                let offset = (g as f64 - (groups.len() as f64 - 1.0) / 2.0) * thickness;
                (0.0, v, offset)
            };
            let (a, b) = (vs.map(from), vs.map(to));
            let (c0, c1) = (
                centre + offset - thickness / 2.0,
                centre + offset + thickness / 2.0,
            );
            let color = ctx.color(g);
            let separator = stacked.then_some(ctx.palette.separator);
            if spec.horizontal {
                scene.rect_outlined((a, c0), (b, c1), color, separator);
            } else {
                scene.rect_outlined((c0, a), (c1, b), color, separator);
            }
            drawn += 1;
            if show_values {
                value_label(scene, ctx, v, (b, centre + offset), thickness, vs);
            }
        }
    }
    drawn
}

/// The value at the end of a bar, if it fits across the bar's thickness.
fn value_label(
    scene: &mut Scene,
    ctx: &Ctx,
    v: f64,
    (end, across): (f64, f64),
    thickness: f64,
    vs: Scale,
) {
    let text = format_value(v);
    let px = ctx.sizes.tick * 0.92;
    let gap = 4.0;
    let up = v >= 0.0;
    if ctx.spec.horizontal {
        if px * 1.1 > thickness {
            return;
        }
        let (h, x) = if up {
            (HAlign::Left, end + gap)
        } else {
            (HAlign::Right, end - gap)
        };
        // Stay inside the plot: the value axis range bounds the label.
        let (r0, r1) = vs.range();
        if (up && x + text_width(&text, px) > r0.max(r1) + 2.0)
            || (!up && x - text_width(&text, px) < r0.min(r1) - 2.0)
        {
            return;
        }
        scene.text(text, (x, across), px, ctx.palette.muted, h, VAlign::Middle);
    } else {
        if text_width(&text, px) > thickness + 6.0 {
            return;
        }
        let (v_align, y) = if up {
            (VAlign::Bottom, end - gap)
        } else {
            (VAlign::Top, end + gap)
        };
        scene.text(
            text,
            (across, y),
            px,
            ctx.palette.muted,
            HAlign::Center,
            v_align,
        );
    }
}

/// Horizontal bars put the category title on the vertical axis and the measure below.
fn swap_titles(chrome: &crate::plot::layout::Chrome) -> crate::plot::layout::Chrome {
    let mut swapped = chrome.clone();
    std::mem::swap(&mut swapped.x_title, &mut swapped.y_title);
    swapped
}
