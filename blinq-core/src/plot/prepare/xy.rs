//! Lines, areas and scatter plots: points per colour group, aggregated per x when asked
//! (or when a line's x repeats), sorted by x for lines.

use std::collections::HashMap;

use polars::prelude::*;

use super::category::note_merged;
use super::{Body, Prepared, XScale, XySeries};
use crate::analysis::AggFunc;
use crate::dataset::Dataset;
use crate::error::{BlinqError, Result};
use crate::plot::columns::{
    Col, ColKind, Groups, f64s, group_index, groups, measure, polars_error, strings,
};
use crate::plot::spec::{PlotKind, PlotSpec};
use crate::plot::validate::Checked;

/// Data for a line, area or scatter chart.
pub(crate) fn xy(ds: &Dataset, spec: &PlotSpec, c: &Checked) -> Result<Prepared> {
    let x = c.x.as_ref().expect("validated: x/y charts have x");
    let y = c.y.as_ref();
    let grouping = c.color.as_ref().map(|col| groups(ds, col)).transpose()?;
    let mut aggregate = match (y, spec.aggregate) {
        (None, _) => Some(AggFunc::Count),
        (Some(_), Some(a)) => Some(a),
        // Categories on x always collapse to one point per category.
        (Some(_), None) if x.kind == ColKind::Category => Some(AggFunc::Mean),
        (Some(_), None) => None,
    };
    let mut notes = Vec::new();
    let lines = spec.kind != PlotKind::Scatter;
    let (mut series, mut categories) = points(
        ds,
        x,
        y,
        c.color.as_ref(),
        grouping.as_ref(),
        aggregate,
        lines,
    )?;
    if aggregate.is_none() && lines && series.iter().any(|s| has_repeats(&s.xs)) {
        aggregate = Some(AggFunc::Mean);
        notes.push(format!(
            "x `{}` repeats, so the line shows the mean of {} per x (set aggregate to choose another)",
            x.name,
            y.map_or("rows", |y| y.name.as_str())
        ));
        (series, categories) = points(
            ds,
            x,
            y,
            c.color.as_ref(),
            grouping.as_ref(),
            aggregate,
            lines,
        )?;
    }
    let total: usize = series.iter().map(|s| s.xs.len()).sum();
    if total == 0 {
        return Err(BlinqError::Plot(format!(
            "nothing to draw: no rows have values in both `{}` and `{}`",
            x.name,
            y.map_or("(count)", |y| y.name.as_str())
        )));
    }
    let x_scale = match x.kind {
        ColKind::Number => XScale::Number,
        ColKind::Time { date_only } => XScale::Time { date_only },
        ColKind::Category => XScale::Category(categories),
    };
    let y_time = match (y.map(|y| y.kind), aggregate) {
        (Some(ColKind::Time { date_only }), None) => Some(date_only),
        _ => None,
    };
    let mut resolved = spec.clone();
    resolved.aggregate = aggregate;
    let mut prepared = Prepared::new(
        &resolved,
        Body::Xy {
            x: x_scale,
            y_time,
            series,
        },
        total,
    );
    prepared.notes = notes;
    note_merged(&mut prepared, c, grouping.map_or(0, |g| g.merged));
    Ok(prepared)
}

/// Whether sorted `xs` has equal neighbours.
fn has_repeats(xs: &[f64]) -> bool {
    xs.windows(2).any(|w| w[0] == w[1])
}

/// Points per group (in legend order; sorted by x when `sorted`) and, for categorical x,
/// the categories in order.
fn points(
    ds: &Dataset,
    x: &Col,
    y: Option<&Col>,
    color: Option<&Col>,
    grouping: Option<&Groups>,
    aggregate: Option<AggFunc>,
    sorted: bool,
) -> Result<(Vec<XySeries>, Vec<String>)> {
    let group_expr = grouping.map(|g| g.expr.clone().alias("__c"));
    let lf = match color {
        Some(c) => ds.lazy().filter(c.key().is_not_null()),
        None => ds.lazy(),
    };
    let lf = match aggregate {
        Some(a) => {
            let lf = lf.filter(x.usable());
            let x_key = if x.kind == ColKind::Category {
                x.key()
            } else {
                x.numeric()
            };
            let mut keys = vec![x_key.alias("__x")];
            keys.extend(group_expr);
            lf.group_by(keys)
                .agg([measure(y, a).alias("__y")])
                .sort(["__x"], SortMultipleOptions::default())
        }
        None => {
            let y = y.expect("no aggregate only with y");
            let mut cols = vec![x.numeric().alias("__x"), y.numeric().alias("__y")];
            cols.extend(group_expr);
            // Missing and non-finite x or y come out as NaN and are dropped below, in the
            // same pass that splits the points by colour: no filter over millions of rows.
            lf.select(cols)
        }
    };
    let df = lf.collect().map_err(polars_error)?;
    let (xs, categories) = if x.kind == ColKind::Category && aggregate.is_some() {
        category_positions(&strings(&df, "__x")?)
    } else {
        (f64s(&df, "__x")?, Vec::new())
    };
    let ys = f64s(&df, "__y")?;
    let names = grouping.map_or_else(|| vec![String::new()], |g| g.names.clone());
    // Which series each row goes to; only with groups (one series keeps its columns).
    let row_group = match grouping {
        Some(g) => group_index(&strings(&df, "__c")?, &g.names),
        None => Vec::new(),
    };
    let mut series: Vec<XySeries> = names
        .into_iter()
        .map(|name| XySeries {
            name,
            xs: Vec::new(),
            ys: Vec::new(),
        })
        .collect();
    if series.len() == 1 {
        // One group: keep the columns as they are (no per-row push for millions of points).
        let (xs, ys) = if xs
            .iter()
            .zip(&ys)
            .all(|(x, y)| x.is_finite() && y.is_finite())
        {
            (xs, ys)
        } else {
            xs.into_iter()
                .zip(ys)
                .filter(|(x, y)| x.is_finite() && y.is_finite())
                .unzip()
        };
        series[0].xs = xs;
        series[0].ys = ys;
    } else {
        for ((x, y), g) in xs.into_iter().zip(ys).zip(row_group) {
            if x.is_finite() && y.is_finite() {
                series[g].xs.push(x);
                series[g].ys.push(y);
            }
        }
    }
    if sorted {
        series.iter_mut().for_each(sort_by_x);
    }
    series.retain(|s| !s.xs.is_empty());
    Ok((series, categories))
}

/// Indices of labels in first-appearance order (the frame is sorted by x) and the labels.
fn category_positions(labels: &[String]) -> (Vec<f64>, Vec<String>) {
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut categories = Vec::new();
    let xs = labels
        .iter()
        .map(|l| {
            let next = categories.len();
            *index.entry(l.as_str()).or_insert_with(|| {
                categories.push(l.clone());
                next
            }) as f64
        })
        .collect();
    (xs, categories)
}

/// Sort a series by x unless it already is (cheap check first: data is often in order).
fn sort_by_x(s: &mut XySeries) {
    if s.xs.windows(2).all(|w| w[0] <= w[1]) {
        return;
    }
    let mut idx: Vec<usize> = (0..s.xs.len()).collect();
    idx.sort_by(|&a, &b| s.xs[a].total_cmp(&s.xs[b]));
    s.xs = idx.iter().map(|&i| s.xs[i]).collect();
    s.ys = idx.iter().map(|&i| s.ys[i]).collect();
}

/// Stacked areas share one x grid: the union of the groups' x values, a missing value
/// counting as 0. Returns the grid, the cumulative tops of each group and which grid
/// points each group has a value at.
pub(crate) fn stack(series: &[XySeries]) -> Stack {
    let mut grid: Vec<f64> = series.iter().flat_map(|s| s.xs.iter().copied()).collect();
    grid.sort_by(f64::total_cmp);
    grid.dedup();
    let mut running = vec![0.0; grid.len()];
    let mut tops = Vec::with_capacity(series.len());
    let mut present = Vec::with_capacity(series.len());
    for s in series {
        let mut has = vec![false; grid.len()];
        let mut j = 0;
        for (i, x) in grid.iter().enumerate() {
            while j < s.xs.len() && s.xs[j] < *x {
                j += 1;
            }
            if j < s.xs.len() && s.xs[j] == *x {
                running[i] += s.ys[j];
                has[i] = true;
            }
        }
        tops.push(running.clone());
        present.push(has);
    }
    Stack {
        grid,
        tops,
        present,
    }
}

/// Stacked areas on a shared x grid.
pub(crate) struct Stack {
    pub grid: Vec<f64>,
    pub tops: Vec<Vec<f64>>,
    pub present: Vec<Vec<bool>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_pairs_and_finds_repeats() {
        let mut s = XySeries {
            name: String::new(),
            xs: vec![3.0, 1.0, 2.0],
            ys: vec![30.0, 10.0, 20.0],
        };
        sort_by_x(&mut s);
        assert_eq!(
            (s.xs.clone(), s.ys.clone()),
            (vec![1.0, 2.0, 3.0], vec![10.0, 20.0, 30.0])
        );
        assert!(!has_repeats(&s.xs));
        assert!(has_repeats(&[1.0, 2.0, 2.0]));
        let (xs, cats) = category_positions(&["b".into(), "b".into(), "a".into()]);
        assert_eq!(
            (xs, cats),
            (vec![0.0, 0.0, 1.0], vec!["b".to_string(), "a".to_string()])
        );
    }
}
