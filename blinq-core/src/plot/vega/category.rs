//! Bars, pies and heatmaps as Vega-Lite: one row per bar, slice or cell.

use serde_json::{Map, Value, json};

use super::{Ctx, has_groups, legend_opacity, legend_param, num, number_format, number_tip};
use crate::plot::prepare::GroupValues;

/// Bars: `{x, group, value}` rows, grouped side by side (`xOffset`) or stacked.
pub(crate) fn bars(
    ctx: &Ctx,
    categories: &[String],
    groups: &GroupValues,
) -> (Map<String, Value>, usize) {
    let spec = &ctx.prepared.spec;
    let grouped = has_groups(groups);
    let mut rows = Vec::new();
    for (name, values) in groups {
        for (category, v) in categories.iter().zip(values) {
            if v.is_finite() {
                rows.push(json!({"x": category, "group": name, "value": v}));
            }
        }
    }
    let drawn = rows.len();
    let values = || groups.iter().flat_map(|(_, v)| v.iter().copied());
    let (cat_ch, val_ch, offset_ch) = if spec.horizontal {
        ("y", "x", "yOffset")
    } else {
        ("x", "y", "xOffset")
    };
    let mut encoding = Map::new();
    let mut category =
        json!({"field": "x", "type": "nominal", "title": ctx.x_title(), "sort": categories});
    if !spec.horizontal {
        category["axis"] = json!({"labelAngle": label_angle(categories, spec.width)});
    }
    encoding.insert(cat_ch.into(), category);
    encoding.insert(
        val_ch.into(),
        json!({
            "field": "value",
            "type": "quantitative",
            "title": ctx.y_title(),
            "stack": if spec.stacked { json!("zero") } else { Value::Null },
        }),
    );
    let mut tooltip = vec![json!({"field": "x", "type": "nominal", "title": ctx.x_title()})];
    let mut mark = json!({"type": "bar", "tooltip": true});
    let mut params = Vec::new();
    if grouped {
        let names: Vec<&str> = groups.iter().map(|(n, _)| n.as_str()).collect();
        encoding.insert(
            "color".into(),
            ctx.color("group", &names, ctx.legend_title()),
        );
        if !spec.stacked {
            encoding.insert(offset_ch.into(), json!({"field": "group", "sort": names}));
        }
        encoding.insert("opacity".into(), legend_opacity(1.0));
        tooltip.push(json!({"field": "group", "type": "nominal", "title": ctx.legend_title()}));
        params.push(legend_param("group"));
    } else {
        mark["color"] = json!(ctx.palette.series(0).css());
    }
    tooltip.push(number_tip("value", &ctx.y_title(), values()));
    encoding.insert("tooltip".into(), Value::Array(tooltip));
    let mut out = Map::new();
    out.insert("data".into(), json!({"values": rows}));
    out.insert("mark".into(), mark);
    out.insert("encoding".into(), Value::Object(encoding));
    if !params.is_empty() {
        out.insert("params".into(), Value::Array(params));
    }
    (out, drawn)
}

/// Category labels stay level when they fit side by side (about 7 px a character at the
/// theme's sizes), else they slant.
pub(crate) fn label_angle(labels: &[String], width: u32) -> i32 {
    let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    if (labels.len() * (longest + 2) * 7) as u32 <= width * 4 / 5 {
        0
    } else {
        -45
    }
}

/// Slices clockwise from 12 o'clock: `{x, value, share, order}` rows.
pub(crate) fn pie(ctx: &Ctx, slices: &[(String, f64)]) -> (Map<String, Value>, usize) {
    let total: f64 = slices.iter().map(|(_, v)| v).sum();
    let rows: Vec<Value> = slices
        .iter()
        .enumerate()
        .map(|(i, (name, v))| {
            let share = if total > 0.0 { v / total } else { 0.0 };
            json!({"x": name, "value": num(*v), "share": num(share), "order": i})
        })
        .collect();
    let names: Vec<&str> = slices.iter().map(|(n, _)| n.as_str()).collect();
    let x_title = ctx.x_title();
    let mut out = Map::new();
    out.insert("data".into(), json!({"values": rows}));
    out.insert(
        "mark".into(),
        json!({"type": "arc", "tooltip": true, "stroke": ctx.palette.separator.css(), "strokeWidth": 2}),
    );
    out.insert("params".into(), json!([legend_param("x")]));
    out.insert(
        "encoding".into(),
        json!({
            "theta": {"field": "value", "type": "quantitative", "stack": true},
            "order": {"field": "order", "type": "quantitative"},
            "color": ctx.color("x", &names, &x_title),
            "opacity": legend_opacity(1.0),
            "tooltip": [
                {"field": "x", "type": "nominal", "title": x_title},
                number_tip("value", &ctx.y_title(), slices.iter().map(|(_, v)| *v)),
                {"field": "share", "type": "quantitative", "title": "share", "format": ".1%"},
            ],
        }),
    );
    (out, slices.len())
}

/// Cells: `{x, y, value}` rows, empty cells left out; the viridis ramp as in the image.
pub(crate) fn heatmap(
    ctx: &Ctx,
    xs: &[String],
    ys: &[String],
    cells: &[f64],
) -> (Map<String, Value>, usize) {
    let mut rows = Vec::new();
    for (r, y) in ys.iter().enumerate() {
        for (c, x) in xs.iter().enumerate() {
            let v = cells[r * xs.len() + c];
            if v.is_finite() {
                rows.push(json!({"x": x, "y": y, "value": v}));
            }
        }
    }
    let drawn = rows.len();
    let measure = ctx.legend_title().to_string();
    let mut out = Map::new();
    out.insert("data".into(), json!({"values": rows}));
    out.insert("mark".into(), json!({"type": "rect", "tooltip": true}));
    out.insert(
        "encoding".into(),
        json!({
            "x": {"field": "x", "type": "ordinal", "title": ctx.x_title(), "sort": xs,
                "axis": {"labelAngle": label_angle(xs, ctx.prepared.spec.width)}},
            "y": {"field": "y", "type": "ordinal", "title": ctx.y_title(), "sort": ys},
            "color": {
                "field": "value",
                "type": "quantitative",
                "title": measure,
                "scale": {"scheme": "viridis"},
                "legend": {"format": number_format(cells.iter().copied())},
            },
            "tooltip": [
                {"field": "x", "type": "ordinal", "title": ctx.x_title()},
                {"field": "y", "type": "ordinal", "title": ctx.y_title()},
                number_tip("value", &measure, cells.iter().copied()),
            ],
        }),
    );
    (out, drawn)
}
