//! From a checked spec to drawable data, computed with polars: group and aggregate, bin,
//! keep the top N, sort. Also fills in the defaults a person would otherwise have to
//! type: the aggregate used, the title and the axis titles.

mod category;
mod distribution;
mod heatmap;
mod xy;

pub(crate) use distribution::BoxStats;
pub(crate) use xy::{Stack, stack};

use super::columns::Col;
use super::spec::{PlotKind, PlotSpec};
use super::validate::{Checked, check};
use crate::analysis::AggFunc;
use crate::dataset::Dataset;
use crate::error::Result;

/// What a horizontal axis of an x/y chart holds.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum XScale {
    Number,
    Time {
        date_only: bool,
    },
    /// Categories in order; x values are their indices.
    Category(Vec<String>),
}

/// One group's points, sorted by x for lines and areas.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct XySeries {
    pub name: String,
    pub xs: Vec<f64>,
    pub ys: Vec<f64>,
}

/// Values per group: `(group name, one value per category)`; NaN where a group has none.
pub(crate) type GroupValues = Vec<(String, Vec<f64>)>;

/// Drawable data of each chart family.
#[derive(Debug, Clone)]
pub(crate) enum Body {
    /// Bars: categories in drawing order and one value per category per group.
    Bars {
        categories: Vec<String>,
        groups: GroupValues,
    },
    /// Slices in drawing order (clockwise from 12 o'clock).
    Pie { slices: Vec<(String, f64)> },
    /// Lines, areas or dots; `y_time` is `Some(date_only)` for a date/time y axis.
    Xy {
        x: XScale,
        y_time: Option<bool>,
        series: Vec<XySeries>,
    },
    /// Counts per bin (`edges` has one more entry than each count vector).
    Histogram {
        time: Option<bool>,
        edges: Vec<f64>,
        groups: GroupValues,
    },
    /// One box per category per group (`None` where a group has no values).
    Boxes {
        categories: Vec<String>,
        groups: Vec<(String, Vec<Option<BoxStats>>)>,
    },
    /// Cells in rows (one per y label, top to bottom) of `xs.len()` values; NaN = empty.
    Heatmap {
        xs: Vec<String>,
        ys: Vec<String>,
        cells: Vec<f64>,
    },
}

/// Whether names of groups (or categories) say anything: not the single unnamed group of a
/// chart without a colour column (which gets no legend).
pub(crate) fn named<'a>(names: impl IntoIterator<Item = &'a str>) -> bool {
    let mut names = names.into_iter();
    match (names.next(), names.next()) {
        (Some(only), None) => !only.is_empty(),
        (None, _) => false,
        (Some(_), Some(_)) => true,
    }
}

/// A spec resolved against the data, ready to draw.
#[derive(Debug, Clone)]
pub(crate) struct Prepared {
    /// The spec with defaults filled in (aggregate, bins, title, axis titles).
    pub spec: PlotSpec,
    pub body: Body,
    /// Data points the chart represents (see [`crate::plot::Rendered::points_total`]).
    pub points_total: usize,
    /// The legend title (the colour column, or the heatmap measure).
    pub legend_title: String,
    /// What was done to the data that a reader should know about.
    pub notes: Vec<String>,
}

impl Prepared {
    fn new(spec: &PlotSpec, body: Body, points_total: usize) -> Self {
        Prepared {
            spec: spec.clone(),
            body,
            points_total,
            legend_title: String::new(),
            notes: Vec::new(),
        }
    }
}

/// Check `spec` against `ds` and compute what to draw.
pub(crate) fn prepare(ds: &Dataset, spec: &PlotSpec) -> Result<Prepared> {
    let checked = check(spec, ds)?;
    let mut prepared = match spec.kind {
        PlotKind::Bar => category::bars(ds, spec, &checked),
        PlotKind::Pie => category::pie(ds, spec, &checked),
        PlotKind::Line | PlotKind::Area | PlotKind::Scatter => xy::xy(ds, spec, &checked),
        PlotKind::Histogram => distribution::histogram(ds, spec, &checked),
        PlotKind::Box => distribution::boxes(ds, spec, &checked),
        PlotKind::Heatmap => heatmap::heatmap(ds, spec, &checked),
    }?;
    if prepared.legend_title.is_empty() {
        prepared.legend_title = checked
            .color
            .as_ref()
            .map(|c| c.name.clone())
            .unwrap_or_default();
    }
    resolve_labels(&mut prepared.spec, &checked);
    Ok(prepared)
}

/// "mean of body_mass_g", "count", "dep_delay": what a value axis measures.
fn measure_name(measured: Option<&Col>, aggregate: Option<AggFunc>) -> String {
    match (measured, aggregate) {
        (None, _) => "count".to_string(),
        (Some(c), Some(a)) => format!("{a} of {}", c.name),
        (Some(c), None) => format!("{}{}", c.name, c.axis_suffix()),
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn resolve_labels(spec: &mut PlotSpec, c: &Checked) {
    let name = |col: &Option<Col>| col.as_ref().map(|c| c.name.clone()).unwrap_or_default();
    let axis = |col: &Option<Col>| {
        col.as_ref()
            .map(|c| format!("{}{}", c.name, c.axis_suffix()))
            .unwrap_or_default()
    };
    let (x, y, color) = (name(&c.x), name(&c.y), name(&c.color));
    let by_color = if color.is_empty() {
        String::new()
    } else {
        format!(" by {color}")
    };
    let and_color = if color.is_empty() {
        String::new()
    } else {
        format!(" and {color}")
    };
    let measure = measure_name(c.y.as_ref(), spec.aggregate);
    let x_is_category =
        c.x.as_ref()
            .is_some_and(|c| c.kind == super::columns::ColKind::Category);
    let (title, x_label, y_label) = match spec.kind {
        PlotKind::Bar => (
            format!("{} by {x}{and_color}", capitalise(&measure)),
            axis(&c.x),
            measure,
        ),
        PlotKind::Line | PlotKind::Area => {
            let over = if x_is_category { "by" } else { "over" };
            (
                format!("{} {over} {x}{by_color}", capitalise(&measure)),
                axis(&c.x),
                measure,
            )
        }
        PlotKind::Scatter => (format!("{y} vs {x}{by_color}"), axis(&c.x), axis(&c.y)),
        PlotKind::Histogram => (
            format!("Distribution of {x}{by_color}"),
            axis(&c.x),
            "count".to_string(),
        ),
        PlotKind::Box => match &c.y {
            Some(_) if !x.is_empty() => (
                format!("Distribution of {y} by {x}{and_color}"),
                axis(&c.x),
                axis(&c.y),
            ),
            Some(_) => (
                format!("Distribution of {y}{by_color}"),
                String::new(),
                axis(&c.y),
            ),
            None => (
                format!("Distribution of {x}{by_color}"),
                String::new(),
                axis(&c.x),
            ),
        },
        PlotKind::Pie => {
            let what = if c.y.is_none() {
                "rows".to_string()
            } else {
                measure.clone()
            };
            (format!("Share of {what} by {x}"), axis(&c.x), measure)
        }
        PlotKind::Heatmap => {
            let cell = measure_name(c.color.as_ref(), spec.aggregate);
            (
                format!("{} by {x} and {y}", capitalise(&cell)),
                axis(&c.x),
                axis(&c.y),
            )
        }
    };
    spec.title.get_or_insert(title);
    spec.x_label.get_or_insert(x_label);
    spec.y_label.get_or_insert(y_label);
}

/// Indices of `totals` in display order: natural (`None`/`Label`), by value, and cut to the
/// top `limit` by value (shown largest first unless a sort is given).
pub(crate) fn order(
    totals: &[f64],
    sort: Option<super::spec::SortOrder>,
    limit: Option<usize>,
) -> Vec<usize> {
    use super::spec::SortOrder;
    let key = |i: &usize| {
        if totals[*i].is_finite() {
            totals[*i]
        } else {
            f64::NEG_INFINITY
        }
    };
    let mut idx: Vec<usize> = (0..totals.len()).collect();
    let sort = sort.or(limit.map(|_| SortOrder::Descending));
    match sort {
        Some(SortOrder::Ascending) => idx.sort_by(|a, b| key(a).total_cmp(&key(b))),
        Some(SortOrder::Descending) => idx.sort_by(|a, b| key(b).total_cmp(&key(a))),
        Some(SortOrder::Label) | None => {}
    }
    if let Some(limit) = limit {
        let mut by_value: Vec<usize> = (0..totals.len()).collect();
        by_value.sort_by(|a, b| key(b).total_cmp(&key(a)));
        let top: std::collections::HashSet<usize> = by_value.into_iter().take(limit).collect();
        idx.retain(|i| top.contains(i));
    }
    idx
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plot::spec::SortOrder;

    #[test]
    fn order_sorts_and_limits() {
        let totals = [3.0, 10.0, f64::NAN, 7.0];
        assert_eq!(order(&totals, None, None), vec![0, 1, 2, 3]);
        assert_eq!(
            order(&totals, Some(SortOrder::Descending), None),
            vec![1, 3, 0, 2]
        );
        assert_eq!(
            order(&totals, Some(SortOrder::Ascending), None),
            vec![2, 0, 3, 1]
        );
        assert_eq!(order(&totals, None, Some(2)), vec![1, 3]);
        assert_eq!(order(&totals, Some(SortOrder::Label), Some(2)), vec![1, 3]);
        assert_eq!(capitalise("mean of x"), "Mean of x");
        assert!(!named([""]) && !named([]));
        assert!(named(["a"]) && named(["", "b"]));
    }
}
