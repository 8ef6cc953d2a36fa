//! Histograms and box plots as Vega-Lite, from the bins and box statistics computed for the
//! image (Vega-Lite does not bin or summarise again).

use serde_json::{Map, Value, json};

use super::{
    Ctx, has_groups, legend_opacity, legend_param, number_format, number_tip, time_field, time_tip,
    zoom_param,
};
use crate::plot::prepare::{BoxStats, GroupValues, named};

/// Bins: `{x, x2, group, value, y, y2}` rows (bin start, bin end, count, and the bar's
/// bottom and top: stacked here, as the image stacks them, or from zero when overlaid).
pub(crate) fn histogram(
    ctx: &Ctx,
    time: Option<bool>,
    edges: &[f64],
    groups: &GroupValues,
) -> (Map<String, Value>, usize) {
    let spec = &ctx.prepared.spec;
    let grouped = has_groups(groups);
    let mut rows = Vec::new();
    let mut below = vec![0.0; edges.len().saturating_sub(1)];
    for (g, (name, counts)) in groups.iter().enumerate() {
        for (i, count) in counts.iter().enumerate() {
            if count.is_finite() && *count > 0.0 {
                let base = if spec.stacked { below[i] } else { 0.0 };
                rows.push(json!({
                    "x": edges[i], "x2": edges[i + 1], "group": name, "value": count, "order": g,
                    "y": base, "y2": base + count,
                }));
                below[i] += count;
            }
        }
    }
    let drawn = rows.len();
    let x_title = ctx.x_title();
    let (x_enc, x_tips) = match time {
        Some(date_only) => (
            time_field("x", &x_title),
            vec![
                time_tip("x", "from", date_only),
                time_tip("x2", "to", date_only),
            ],
        ),
        None => {
            let format = number_format(edges.iter().copied());
            (
                json!({"field": "x", "type": "quantitative", "title": x_title, "scale": {"zero": false}}),
                vec![
                    json!({"field": "x", "type": "quantitative", "title": "from", "format": format}),
                    json!({"field": "x2", "type": "quantitative", "title": "to", "format": format}),
                ],
            )
        }
    };
    let overlaid = grouped && !spec.stacked && groups.len() > 1;
    let mut encoding = Map::new();
    encoding.insert("x".into(), x_enc);
    encoding.insert("x2".into(), json!({"field": "x2"}));
    encoding.insert(
        "y".into(),
        json!({"field": "y", "type": "quantitative", "title": ctx.y_title()}),
    );
    encoding.insert("y2".into(), json!({"field": "y2"}));
    let mut tooltip = x_tips;
    let mut params = vec![zoom_param(&["x"])];
    let mut mark = json!({"type": "bar", "tooltip": true, "binSpacing": 1});
    if grouped {
        let names: Vec<&str> = groups.iter().map(|(n, _)| n.as_str()).collect();
        encoding.insert(
            "color".into(),
            ctx.color("group", &names, ctx.legend_title()),
        );
        encoding.insert(
            "opacity".into(),
            legend_opacity(if overlaid { 0.55 } else { 1.0 }),
        );
        encoding.insert(
            "order".into(),
            json!({"field": "order", "type": "quantitative"}),
        );
        tooltip.push(json!({"field": "group", "type": "nominal", "title": ctx.legend_title()}));
        params.push(legend_param("group"));
    } else {
        mark["color"] = json!(ctx.palette.series(0).css());
    }
    tooltip.push(number_tip(
        "value",
        "count",
        groups.iter().flat_map(|(_, c)| c.iter().copied()),
    ));
    encoding.insert("tooltip".into(), Value::Array(tooltip));
    let mut out = Map::new();
    out.insert("data".into(), json!({"values": rows}));
    out.insert("mark".into(), mark);
    out.insert("encoding".into(), Value::Object(encoding));
    out.insert("params".into(), Value::Array(params));
    (out, drawn)
}

/// Boxes: a layer each for whiskers (rule), boxes (bar), medians (tick) and outliers
/// (points, their own rows); `{x, group, n, low, q1, median, q3, high}` rows.
pub(crate) fn boxes(
    ctx: &Ctx,
    categories: &[String],
    groups: &[(String, Vec<Option<BoxStats>>)],
) -> (Map<String, Value>, usize) {
    let spec = &ctx.prepared.spec;
    let grouped = has_groups(groups);
    let mut rows = Vec::new();
    let mut outliers = Vec::new();
    let mut all = Vec::new();
    for (name, per_category) in groups {
        for (category, stats) in categories.iter().zip(per_category) {
            let Some(b) = stats else { continue };
            rows.push(json!({
                "x": category, "group": name, "n": b.n, "low": b.low, "q1": b.q1,
                "median": b.median, "q3": b.q3, "high": b.high,
            }));
            all.extend([b.low, b.q1, b.median, b.q3, b.high]);
            outliers.extend(
                b.outliers
                    .iter()
                    .map(|v| json!({"x": category, "group": name, "value": v})),
            );
        }
    }
    let drawn = rows.len();
    let (cat_ch, val_ch, offset_ch) = if spec.horizontal {
        ("y", "x", "yOffset")
    } else {
        ("x", "y", "xOffset")
    };
    let val2 = format!("{val_ch}2");
    let value_title = ctx.y_title();
    let has_x = named(categories.iter().map(String::as_str));
    let mut shared = Map::new();
    let mut cat =
        json!({"field": "x", "type": "nominal", "title": ctx.x_title(), "sort": categories});
    if !has_x {
        cat["axis"] = json!({"labels": false, "ticks": false, "title": null});
    } else if !spec.horizontal {
        cat["axis"] = json!({"labelAngle": super::category::label_angle(categories, spec.width)});
    }
    shared.insert(cat_ch.into(), cat);
    let fill = if grouped {
        let names: Vec<&str> = groups.iter().map(|(n, _)| n.as_str()).collect();
        shared.insert(
            "color".into(),
            ctx.color("group", &names, ctx.legend_title()),
        );
        shared.insert(offset_ch.into(), json!({"field": "group", "sort": names}));
        shared.insert("opacity".into(), legend_opacity(1.0));
        None
    } else {
        Some(ctx.palette.series(0).css())
    };
    let format = number_format(all.iter().copied());
    let stat = |field: &str, title: &str| json!({"field": field, "type": "quantitative", "title": title, "format": format});
    let mut tooltip = vec![json!({"field": "x", "type": "nominal", "title": ctx.x_title()})];
    if grouped {
        tooltip.push(json!({"field": "group", "type": "nominal", "title": ctx.legend_title()}));
    }
    tooltip.extend([
        json!({"field": "n", "type": "quantitative", "title": "values", "format": ",d"}),
        stat("high", "upper whisker"),
        stat("q3", "Q3"),
        stat("median", "median"),
        stat("q1", "Q1"),
        stat("low", "lower whisker"),
    ]);
    let value = |field: &str| json!({"field": field, "type": "quantitative", "title": value_title, "scale": {"zero": false}});
    let with_fill = |mut mark: Value| {
        if let Some(color) = &fill {
            mark["color"] = json!(color);
        }
        mark
    };
    let mut whisker_enc = Map::new();
    whisker_enc.insert(val_ch.into(), value("low"));
    whisker_enc.insert(val2.clone(), json!({"field": "high"}));
    let mut box_enc = Map::new();
    box_enc.insert(val_ch.into(), value("q1"));
    box_enc.insert(val2, json!({"field": "q3"}));
    box_enc.insert("tooltip".into(), Value::Array(tooltip));
    let mut median_enc = Map::new();
    median_enc.insert(val_ch.into(), value("median"));
    median_enc.insert("color".into(), json!({"value": ctx.palette.text.css()}));
    let mut outlier_enc = Map::new();
    outlier_enc.insert(val_ch.into(), value("value"));
    outlier_enc.insert(
        "tooltip".into(),
        json!([
            {"field": "x", "type": "nominal", "title": ctx.x_title()},
            number_tip("value", &value_title, outliers.iter().filter_map(|o| o["value"].as_f64())),
        ]),
    );
    let mut box_layer = json!({
        "mark": with_fill(json!({"type": "bar", "tooltip": true, "opacity": 0.85})),
        "encoding": box_enc,
    });
    if grouped {
        box_layer["params"] = json!([legend_param("group")]);
    }
    let layers = vec![
        json!({"mark": with_fill(json!({"type": "rule"})), "encoding": whisker_enc}),
        box_layer,
        json!({"mark": {"type": "tick", "thickness": 2}, "encoding": median_enc}),
        json!({
            "data": {"values": outliers},
            "mark": with_fill(json!({"type": "point", "tooltip": true, "filled": true, "size": 20})),
            "encoding": outlier_enc,
        }),
    ];
    let mut out = Map::new();
    out.insert("data".into(), json!({"values": rows}));
    out.insert("encoding".into(), Value::Object(shared));
    out.insert("layer".into(), Value::Array(layers));
    (out, drawn)
}
