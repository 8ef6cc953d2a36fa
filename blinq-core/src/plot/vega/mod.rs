//! The Vega-Lite renderer: a [`Prepared`] chart as a complete Vega-Lite v5 specification,
//! its data inlined. One module per chart family, as in `render`; this one holds the page
//! (title, size, theme) and the pieces every family uses (fields, tooltips, the legend).
//!
//! The inlined rows use fixed field names (`x`, `y`, `value`, `group`, ...), never the
//! column names, so a column called `a.b` or `price [$]` needs no escaping; the column
//! names appear as titles.

mod category;
mod distribution;
mod xy;

use serde_json::{Map, Value, json};

use super::layout::Sizes;
use super::prepare::{Body, Prepared, named};
use super::theme::{Palette, viridis};

/// The Vega-Lite schema the specs follow.
pub(crate) const SCHEMA: &str = "https://vega.github.io/schema/vega-lite/v5.json";

/// Opacity of the groups not picked in the legend.
const FADED: f64 = 0.15;

/// The Vega-Lite specification of a prepared chart.
pub(crate) fn spec(prepared: &Prepared) -> Value {
    let ctx = Ctx::new(prepared);
    let mut notes = prepared.notes.clone();
    let (body, drawn) = match &prepared.body {
        Body::Bars { categories, groups } => category::bars(&ctx, categories, groups),
        Body::Pie { slices } => category::pie(&ctx, slices),
        Body::Heatmap { xs, ys, cells } => category::heatmap(&ctx, xs, ys, cells),
        Body::Xy { x, y_time, series } => xy::xy(&ctx, x, *y_time, series, &mut notes),
        Body::Histogram {
            time,
            edges,
            groups,
        } => distribution::histogram(&ctx, *time, edges, groups),
        Body::Boxes { categories, groups } => distribution::boxes(&ctx, categories, groups),
    };
    let mut body = body;
    drop_unused_fields(&mut body);
    let s = &prepared.spec;
    let mut out = Map::new();
    out.insert("$schema".into(), json!(SCHEMA));
    out.insert(
        "title".into(),
        json!({"text": s.title.clone().unwrap_or_default()}),
    );
    out.insert("width".into(), json!(s.width));
    out.insert("height".into(), json!(s.height));
    out.insert(
        "autosize".into(),
        json!({"type": "fit", "contains": "padding"}),
    );
    out.insert("background".into(), json!(ctx.palette.background.css()));
    out.insert("config".into(), config(&ctx));
    out.extend(body);
    out.insert(
        "usermeta".into(),
        json!({"blinq": {
            "spec": s,
            "points_drawn": drawn,
            "points_total": prepared.points_total,
            "notes": notes,
        }}),
    );
    Value::Object(out)
}

/// Without a colour encoding the rows' `group` and `order` fields say nothing: leave them
/// out (a 10,000-dot scatter is a fifth smaller).
fn drop_unused_fields(body: &mut Map<String, Value>) {
    if body
        .get("encoding")
        .is_some_and(|e| e.get("color").is_some_and(|c| c.get("field").is_some()))
    {
        return;
    }
    if let Some(rows) = body
        .get_mut("data")
        .and_then(|d| d.get_mut("values"))
        .and_then(Value::as_array_mut)
    {
        for row in rows.iter_mut().filter_map(Value::as_object_mut) {
            row.remove("group");
            row.remove("order");
        }
    }
}

/// What every family needs: the resolved spec, its colours and titles.
pub(crate) struct Ctx<'a> {
    pub prepared: &'a Prepared,
    pub palette: Palette,
}

impl<'a> Ctx<'a> {
    fn new(prepared: &'a Prepared) -> Self {
        Ctx {
            prepared,
            palette: Palette::of(prepared.spec.theme),
        }
    }

    /// The horizontal axis title.
    pub fn x_title(&self) -> String {
        self.prepared.spec.x_label.clone().unwrap_or_default()
    }

    /// The vertical axis title.
    pub fn y_title(&self) -> String {
        self.prepared.spec.y_label.clone().unwrap_or_default()
    }

    /// The legend title.
    pub fn legend_title(&self) -> &str {
        &self.prepared.legend_title
    }

    /// A colour encoding of the nominal `field` over `names`, each with the colour the
    /// static renderer gives it.
    pub fn color(&self, field: &str, names: &[&str], title: &str) -> Value {
        let range: Vec<String> = (0..names.len())
            .map(|i| self.palette.series(i).css())
            .collect();
        json!({
            "field": field,
            "type": "nominal",
            "title": title,
            "sort": names,
            "scale": {"domain": names, "range": range},
        })
    }
}

/// Whether the groups have names (a colour column), see [`named`].
pub(crate) fn has_groups<T>(groups: &[(String, T)]) -> bool {
    named(groups.iter().map(|(name, _)| name.as_str()))
}

/// The legend selection: clicking an entry highlights its group (shift-click adds more).
pub(crate) fn legend_param(field: &str) -> Value {
    json!({
        "name": "legend",
        "select": {"type": "point", "fields": [field]},
        "bind": "legend",
    })
}

/// Full opacity for the groups picked in the legend (all when none is), faded otherwise.
pub(crate) fn legend_opacity(opacity: f64) -> Value {
    json!({"condition": {"param": "legend", "value": opacity}, "value": FADED})
}

/// Zoom and pan on the given channels: drag to pan, scroll to zoom, double-click to reset.
pub(crate) fn zoom_param(encodings: &[&str]) -> Value {
    json!({
        "name": "zoom",
        "select": {"type": "interval", "encodings": encodings},
        "bind": "scales",
    })
}

/// A quantitative tooltip entry showing `values` with enough digits to tell them apart.
pub(crate) fn number_tip(field: &str, title: &str, values: impl Iterator<Item = f64>) -> Value {
    json!({"field": field, "type": "quantitative", "title": title, "format": number_format(values)})
}

/// A d3 format for a set of numbers: thousands separators, no decimals for whole numbers,
/// else six significant digits of the largest (trailing zeros trimmed).
pub(crate) fn number_format(values: impl Iterator<Item = f64>) -> String {
    let (mut whole, mut max) = (true, 0.0f64);
    for v in values.filter(|v| v.is_finite()) {
        whole &= v.fract() == 0.0;
        max = max.max(v.abs());
    }
    if whole {
        return ",d".into();
    }
    let magnitude = if max > 0.0 {
        max.log10().floor() as i32
    } else {
        0
    };
    format!(",.{}~f", (5 - magnitude).clamp(0, 12))
}

/// A temporal field (milliseconds since the epoch, shown in UTC like the static chart: a
/// `utc` scale labels its axis in UTC).
pub(crate) fn time_field(field: &str, title: &str) -> Value {
    json!({"field": field, "type": "temporal", "title": title, "scale": {"type": "utc"}})
}

/// A temporal tooltip entry, in UTC.
pub(crate) fn time_tip(field: &str, title: &str, date_only: bool) -> Value {
    json!({
        "field": field,
        "type": "temporal",
        "title": title,
        "format": time_format(date_only),
        "formatType": "utc",
    })
}

fn time_format(date_only: bool) -> &'static str {
    if date_only {
        "%Y-%m-%d"
    } else {
        "%Y-%m-%d %H:%M:%S"
    }
}

/// A number for the inlined data: `null` for NaN and infinities, which JSON cannot hold.
pub(crate) fn num(v: f64) -> Value {
    if v.is_finite() { json!(v) } else { Value::Null }
}

/// The theme: the static renderer's colours, font and sizes.
fn config(ctx: &Ctx) -> Value {
    let p = &ctx.palette;
    let s = &ctx.prepared.spec;
    let sizes = Sizes::for_canvas(s.width, s.height);
    let ramp: Vec<String> = (0..=8).map(|i| viridis(i as f64 / 8.0).css()).collect();
    let category: Vec<String> = (0..8).map(|i| p.series(i).css()).collect();
    json!({
        "font": "DejaVu Sans, Verdana, sans-serif",
        "title": {
            "color": p.text.css(),
            "fontSize": sizes.title.round(),
            "fontWeight": "bold",
            "anchor": "start",
        },
        "axis": {
            "labelColor": p.muted.css(),
            "titleColor": p.text.css(),
            "gridColor": p.grid.css(),
            "domainColor": p.axis.css(),
            "tickColor": p.axis.css(),
            "labelFontSize": sizes.tick.round(),
            "titleFontSize": sizes.label.round(),
            "titleFontWeight": "normal",
        },
        "legend": {
            "labelColor": p.text.css(),
            "titleColor": p.text.css(),
            "labelFontSize": sizes.tick.round(),
            "titleFontSize": sizes.label.round(),
        },
        "view": {"stroke": null},
        "range": {"category": category, "ramp": ramp, "heatmap": ramp},
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_formats_fit_the_values() {
        assert_eq!(number_format([1.0, 152.0, 3e6].into_iter()), ",d");
        assert_eq!(number_format([4201.754, 3.5].into_iter()), ",.2~f");
        assert_eq!(number_format([0.0123, f64::NAN].into_iter()), ",.7~f");
        assert_eq!(number_format([0.5].into_iter()), ",.6~f");
        assert_eq!(number_format([1.5e7, 0.5].into_iter()), ",.0~f");
        assert_eq!(num(f64::NAN), Value::Null);
        assert_eq!(num(2.5), json!(2.5));
    }

    #[test]
    fn groups_are_named_or_single() {
        assert!(!has_groups(&[(String::new(), ())]));
        assert!(has_groups(&[("a".to_string(), ())]));
        assert!(has_groups(&[(String::new(), ()), ("b".to_string(), ())]));
    }
}
