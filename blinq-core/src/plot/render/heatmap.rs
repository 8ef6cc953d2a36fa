//! Heatmaps: a grid of cells coloured on the viridis ramp, with the value written in cells
//! large enough, and a colour bar.

use super::Ctx;
use crate::plot::axis::AxisKind;
use crate::plot::font::text_width;
use crate::plot::layout::{Chrome, Legend, axes, page};
use crate::plot::scene::{HAlign, Scene, VAlign};
use crate::plot::theme::{Rgba, viridis};
use crate::plot::ticks::format_value;

/// Draw the cells; returns how many were drawn.
pub(crate) fn draw(
    scene: &mut Scene,
    ctx: &Ctx,
    xs: &[String],
    ys: &[String],
    cells: &[f64],
) -> usize {
    let finite = || cells.iter().copied().filter(|v| v.is_finite());
    let lo = finite().fold(f64::INFINITY, f64::min);
    let hi = finite().fold(f64::NEG_INFINITY, f64::max);
    let (lo, hi) = if lo.is_finite() { (lo, hi) } else { (0.0, 1.0) };
    let chrome = Chrome {
        title: ctx.spec.title.clone().unwrap_or_default(),
        x_title: ctx.spec.x_label.clone().unwrap_or_default(),
        y_title: ctx.spec.y_label.clone().unwrap_or_default(),
        legend: Some(Legend::ColorBar {
            title: ctx.legend_title.to_string(),
            lo,
            hi,
        }),
    };
    let area = page(scene, ctx.sizes, &ctx.palette, &chrome);
    // Rows top to bottom in label order: the band axis runs bottom-up, so reverse it.
    let rows: Vec<String> = ys.iter().rev().cloned().collect();
    let (x_axis, y_axis) = (
        AxisKind::Band {
            labels: xs.to_vec(),
        },
        AxisKind::Band { labels: rows },
    );
    let (_, sx, sy) = axes(
        scene,
        ctx.sizes,
        &ctx.palette,
        &chrome,
        area,
        &x_axis,
        &y_axis,
    );
    let (w, h) = (sx.band(), sy.band());
    let px = ctx.sizes.tick * 0.9;
    let mut drawn = 0;
    for (j, _) in ys.iter().enumerate() {
        let cy = sy.map((ys.len() - 1 - j) as f64);
        for (i, _) in xs.iter().enumerate() {
            let v = cells[j * xs.len() + i];
            if !v.is_finite() {
                continue;
            }
            let t = if hi > lo { (v - lo) / (hi - lo) } else { 0.5 };
            let color = viridis(t);
            let cx = sx.map(i as f64);
            let gap = if w > 6.0 && h > 6.0 { 1.0 } else { 0.0 };
            scene.rect(
                (cx - w / 2.0 + gap, cy - h / 2.0 + gap),
                (cx + w / 2.0, cy + h / 2.0),
                color,
            );
            drawn += 1;
            let label = format_value(v);
            if w >= text_width(&label, px) + 6.0 && h >= px * 1.5 {
                let ink = if color.luminance() > 0.3 {
                    Rgba::hex(0x111111)
                } else {
                    Rgba::hex(0xFFFFFF)
                };
                scene.text(label, (cx, cy), px, ink, HAlign::Center, VAlign::Middle);
            }
        }
    }
    drawn
}
