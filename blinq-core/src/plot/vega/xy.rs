//! Lines, areas and scatter plots as Vega-Lite: `{x, y, group}` rows. Long lines are
//! downsampled with MinMaxLTTB as for drawing; a scatter of more than [`MAX_DOTS`] points
//! keeps one point per cell of a grid per group, so the spec stays small.

use serde_json::{Map, Value, json};

use super::{Ctx, legend_opacity, legend_param, num, number_tip, time_field, time_tip, zoom_param};
use crate::plot::lttb::{POINTS_PER_PIXEL, downsample};
use crate::plot::prepare::{XScale, XySeries, named, stack};
use crate::plot::spec::PlotKind;

/// The most dots a scatter spec holds before it is thinned.
pub(crate) const MAX_DOTS: usize = 10_000;

/// An x/y chart.
pub(crate) fn xy(
    ctx: &Ctx,
    x: &XScale,
    y_time: Option<bool>,
    series: &[XySeries],
    notes: &mut Vec<String>,
) -> (Map<String, Value>, usize) {
    let spec = &ctx.prepared.spec;
    let kind = spec.kind;
    let n_out = ((spec.width as f64) * POINTS_PER_PIXEL).max(16.0) as usize;
    let total: usize = series.iter().map(|s| s.xs.len()).sum();
    let stacked = kind == PlotKind::Area && spec.stacked && series.len() > 1;
    let x_value = |v: f64| match x {
        XScale::Category(labels) => labels.get(v as usize).map_or(Value::Null, |l| json!(l)),
        _ => num(v),
    };
    let mut rows = Vec::new();
    // Points of the data in the spec (a stacked group's filled-in zeros are not).
    let mut drawn = 0;
    if stacked {
        // One shared x grid, a group's missing points counting as 0, as in the image.
        let st = stack(series);
        let keep = downsample(&st.grid, st.tops.last().map_or(&[][..], |t| t), n_out);
        for (g, s) in series.iter().enumerate() {
            drawn += keep.iter().filter(|&&i| st.present[g][i]).count();
            for &i in &keep {
                let below = if g == 0 { 0.0 } else { st.tops[g - 1][i] };
                rows.push(json!({
                    "x": x_value(st.grid[i]),
                    "y": num(st.tops[g][i] - below),
                    "group": s.name,
                    "order": g,
                }));
            }
        }
    } else {
        for (g, s) in series.iter().enumerate() {
            let keep = match kind {
                PlotKind::Scatter => thin(s, series.len(), spec.width, spec.height),
                _ => downsample(&s.xs, &s.ys, n_out),
            };
            drawn += keep.len();
            rows.extend(keep.into_iter().map(
                |i| json!({"x": x_value(s.xs[i]), "y": num(s.ys[i]), "group": s.name, "order": g}),
            ));
        }
    }
    if drawn < total {
        notes.push(match kind {
            PlotKind::Scatter => format!(
                "thinned {total} points to {drawn} for the interactive chart (one per grid cell and group)"
            ),
            _ => format!("downsampled {total} points to {drawn} with MinMaxLTTB for the interactive chart"),
        });
    }
    let x_title = ctx.x_title();
    let y_title = ctx.y_title();
    let (x_enc, x_tip) = match x {
        XScale::Number => (
            json!({"field": "x", "type": "quantitative", "title": x_title, "scale": {"zero": false}}),
            number_tip(
                "x",
                &x_title,
                series.iter().flat_map(|s| s.xs.iter().copied()),
            ),
        ),
        XScale::Time { date_only } => (
            time_field("x", &x_title),
            time_tip("x", &x_title, *date_only),
        ),
        XScale::Category(labels) => (
            json!({"field": "x", "type": "ordinal", "title": x_title, "sort": labels}),
            json!({"field": "x", "type": "ordinal", "title": x_title}),
        ),
    };
    let (mut y_enc, y_tip) = match y_time {
        Some(date_only) => (
            time_field("y", &y_title),
            time_tip("y", &y_title, date_only),
        ),
        None => (
            json!({
                "field": "y",
                "type": "quantitative",
                "title": y_title,
                "scale": {"zero": kind == PlotKind::Area},
            }),
            number_tip(
                "y",
                &y_title,
                series.iter().flat_map(|s| s.ys.iter().copied()),
            ),
        ),
    };
    if kind == PlotKind::Area {
        y_enc["stack"] = if stacked { json!("zero") } else { Value::Null };
    }
    let names: Vec<&str> = series.iter().map(|s| s.name.as_str()).collect();
    let grouped = named(names.iter().copied());
    let mut encoding = Map::new();
    encoding.insert("x".into(), x_enc);
    encoding.insert("y".into(), y_enc);
    let mut tooltip = vec![x_tip, y_tip];
    let mut params = Vec::new();
    if !matches!(x, XScale::Category(_)) {
        let channels: &[&str] = if kind == PlotKind::Scatter && y_time.is_none() {
            &["x", "y"]
        } else {
            &["x"]
        };
        params.push(zoom_param(channels));
    }
    let base_opacity = match kind {
        PlotKind::Scatter => dot_opacity(total),
        PlotKind::Area if stacked => 0.8,
        PlotKind::Area if series.len() > 1 => 0.25,
        PlotKind::Area => 0.35,
        _ => 1.0,
    };
    if grouped {
        encoding.insert(
            "color".into(),
            ctx.color("group", &names, ctx.legend_title()),
        );
        encoding.insert("opacity".into(), legend_opacity(base_opacity));
        if kind != PlotKind::Line {
            // Stacking order of areas, drawing order of dots; a line's order is its x.
            encoding.insert(
                "order".into(),
                json!({"field": "order", "type": "quantitative"}),
            );
        }
        tooltip.push(json!({"field": "group", "type": "nominal", "title": ctx.legend_title()}));
        params.push(legend_param("group"));
    }
    let color = ctx.palette.series(0).css();
    let mut out = Map::new();
    out.insert("data".into(), json!({"values": rows}));
    if kind == PlotKind::Scatter {
        let mut mark = json!({"type": "circle", "tooltip": true, "size": dot_size(total)});
        if !grouped {
            mark["color"] = json!(color);
            mark["opacity"] = json!(base_opacity);
        }
        encoding.insert("tooltip".into(), Value::Array(tooltip));
        out.insert("mark".into(), mark);
        out.insert("encoding".into(), Value::Object(encoding));
        out.insert("params".into(), Value::Array(params));
        return (out, drawn);
    }
    // A line or area, and over it invisible points that carry the tooltips.
    let mut line = match kind {
        PlotKind::Area => json!({"type": "area", "line": true}),
        _ => json!({"type": "line", "strokeWidth": 2}),
    };
    if !grouped {
        line["color"] = json!(color);
        line["opacity"] = json!(base_opacity);
    }
    let line_layer = json!({
        "mark": line,
        "params": params,
    });
    let mut hover = json!({
        "mark": {"type": "point", "opacity": 0, "size": 80, "tooltip": true},
        "encoding": {"tooltip": tooltip, "opacity": {"value": 0}},
    });
    if !grouped {
        hover["mark"]["color"] = json!(color);
    }
    out.insert("encoding".into(), Value::Object(encoding));
    out.insert("layer".into(), json!([line_layer, hover]));
    (out, drawn)
}

/// Indices of the points of `s` to keep: all of them up to the cap, else the first point in
/// each cell of a grid shaped like the canvas, sized so all groups together stay near
/// [`MAX_DOTS`].
fn thin(s: &XySeries, groups: usize, width: u32, height: u32) -> Vec<usize> {
    let n = s.xs.len();
    let cap = (MAX_DOTS / groups.max(1)).max(1);
    if n <= cap {
        return (0..n).collect();
    }
    let aspect = width.max(1) as f64 / height.max(1) as f64;
    let cols = ((cap as f64 * aspect).sqrt().floor() as usize).max(1);
    let rows = (cap / cols).max(1);
    let extent = |v: &[f64]| {
        v.iter()
            .filter(|v| v.is_finite())
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &v| {
                (lo.min(v), hi.max(v))
            })
    };
    let ((x_lo, x_hi), (y_lo, y_hi)) = (extent(&s.xs), extent(&s.ys));
    let cell = |v: f64, lo: f64, hi: f64, k: usize| {
        if hi > lo {
            (((v - lo) / (hi - lo)) * k as f64).min(k as f64 - 1.0) as usize
        } else {
            0
        }
    };
    let mut seen = vec![false; cols * rows];
    (0..n)
        .filter(|&i| {
            let (x, y) = (s.xs[i], s.ys[i]);
            if !x.is_finite() || !y.is_finite() {
                return false;
            }
            let at = cell(y, y_lo, y_hi, rows) * cols + cell(x, x_lo, x_hi, cols);
            !std::mem::replace(&mut seen[at], true)
        })
        .collect()
}

/// Dot area in square pixels, shrinking as points grow as the image's dots do.
fn dot_size(total: usize) -> f64 {
    match total {
        0..=2_000 => 36.0,
        2_001..=50_000 => 16.0,
        _ => 6.0,
    }
}

fn dot_opacity(total: usize) -> f64 {
    match total {
        0..=2_000 => 0.8,
        2_001..=50_000 => 0.55,
        _ => 0.35,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thinning_keeps_small_scatters_and_caps_large_ones() {
        let small = XySeries {
            name: String::new(),
            xs: vec![1.0, 1.0, 2.0],
            ys: vec![1.0, 1.0, 2.0],
        };
        assert_eq!(thin(&small, 1, 800, 500), vec![0, 1, 2]);
        let n = 200_000;
        let big = XySeries {
            name: String::new(),
            xs: (0..n).map(|i| (i % 1000) as f64).collect(),
            ys: (0..n).map(|i| (i / 1000) as f64).collect(),
        };
        let kept = thin(&big, 1, 800, 500);
        assert!(
            kept.len() <= MAX_DOTS && kept.len() > MAX_DOTS / 2,
            "{}",
            kept.len()
        );
        assert_eq!(kept[0], 0);
        assert!(kept.windows(2).all(|w| w[0] < w[1]));
    }
}
