//! Pie charts: slices clockwise from 12 o'clock, percentages on the slices that have room
//! and in the legend.

use std::f64::consts::{FRAC_PI_2, TAU};

use super::Ctx;
use crate::plot::font::text_width;
use crate::plot::layout::{Chrome, Legend, Swatch, page};
use crate::plot::scene::{HAlign, Scene, VAlign};
use crate::plot::theme::Rgba;

/// Draw the slices; returns how many were drawn.
pub(crate) fn draw(scene: &mut Scene, ctx: &Ctx, slices: &[(String, f64)]) -> usize {
    let total: f64 = slices.iter().map(|(_, v)| v).sum();
    let share = |v: f64| if total > 0.0 { v / total } else { 0.0 };
    let percent = |v: f64| format!("{:.1}%", share(v) * 100.0);
    let colors: Vec<Rgba> = (0..slices.len()).map(|i| ctx.color(i)).collect();
    let entries = slices
        .iter()
        .zip(&colors)
        .map(|((name, v), c)| (format!("{name} ({})", percent(*v)), *c))
        .collect();
    let title = ctx.spec.x_label.clone().unwrap_or_default();
    let chrome = Chrome {
        title: ctx.spec.title.clone().unwrap_or_default(),
        x_title: String::new(),
        y_title: String::new(),
        legend: Some(Legend::Entries {
            title,
            entries,
            swatch: Swatch::Square,
        }),
    };
    let area = page(scene, ctx.sizes, &ctx.palette, &chrome);
    let centre = (
        (area.left + area.right) / 2.0,
        (area.top + area.bottom) / 2.0,
    );
    let radius = (area.width().min(area.height()) / 2.0 - ctx.sizes.pad * 0.5).max(10.0);
    let mut start = -FRAC_PI_2;
    for ((_, v), color) in slices.iter().zip(&colors) {
        let sweep = share(*v) * TAU;
        let steps = ((sweep / TAU) * 360.0).ceil().max(2.0) as usize;
        let mut polygon = vec![centre];
        for k in 0..=steps {
            let a = start + sweep * k as f64 / steps as f64;
            polygon.push((centre.0 + radius * a.cos(), centre.1 + radius * a.sin()));
        }
        scene.polygon(&polygon, *color);
        start += sweep;
    }
    // Separators between slices, drawn over the fills.
    if slices.len() > 1 {
        let mut angle = -FRAC_PI_2;
        for (_, v) in slices {
            let edge = (
                centre.0 + radius * angle.cos(),
                centre.1 + radius * angle.sin(),
            );
            scene.line(centre, edge, ctx.palette.separator, 2);
            angle += share(*v) * TAU;
        }
    }
    // Percentages inside slices wide enough to hold them.
    let px = ctx.sizes.tick;
    let mut angle = -FRAC_PI_2;
    for ((_, v), color) in slices.iter().zip(&colors) {
        let sweep = share(*v) * TAU;
        let mid = angle + sweep / 2.0;
        angle += sweep;
        let label = percent(*v);
        let at = (
            centre.0 + radius * 0.65 * mid.cos(),
            centre.1 + radius * 0.65 * mid.sin(),
        );
        let arc = radius * 0.65 * sweep;
        if arc < text_width(&label, px) + 8.0 || radius < 40.0 {
            continue;
        }
        let ink = if color.luminance() > 0.35 {
            Rgba::hex(0x111111)
        } else {
            Rgba::hex(0xFFFFFF)
        };
        scene.text(label, at, px, ink, HAlign::Center, VAlign::Middle);
    }
    slices.len()
}
