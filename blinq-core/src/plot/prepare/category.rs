//! Bars and pies: one aggregated value per category (and per colour group).

use std::collections::HashMap;

use polars::prelude::*;

use super::{Body, GroupValues, Prepared, order};
use crate::analysis::AggFunc;
use crate::dataset::Dataset;
use crate::error::{BlinqError, Result};
use crate::plot::columns::{Col, ColKind, OTHER, f64s, groups, measure, polars_error, strings};
use crate::plot::spec::{PlotSpec, SortOrder};
use crate::plot::validate::Checked;

/// The most bars (categories) drawn without a `limit`.
pub(crate) const MAX_CATEGORIES: usize = 200;
/// The most bars for numeric or date x without a `limit` (beyond, a histogram or line
/// reads better).
const MAX_NUMERIC_CATEGORIES: usize = 60;
/// Pie slices shown by default; the rest become "Other".
const PIE_SLICES: usize = 8;

/// An aggregated table: `values[g][c]` for group `g` and category `c` (NaN = no rows).
struct Table {
    categories: Vec<String>,
    groups: Vec<String>,
    values: Vec<Vec<f64>>,
    merged_groups: usize,
}

fn aggregate_by(
    ds: &Dataset,
    x: &Col,
    y: Option<&Col>,
    color: Option<&Col>,
    aggregate: AggFunc,
) -> Result<Table> {
    let grouping = color.map(|c| groups(ds, c)).transpose()?;
    let mut keys = vec![x.key().alias("__x")];
    let mut keep = x.key().is_not_null();
    if let (Some(c), Some(g)) = (color, &grouping) {
        keys.push(g.expr.clone().alias("__c"));
        keep = keep.and(c.key().is_not_null());
    }
    let df = ds
        .lazy()
        .filter(keep)
        .group_by(keys)
        .agg([measure(y, aggregate).alias("__v")])
        .sort(["__x"], SortMultipleOptions::default())
        .collect()
        .map_err(polars_error)?;
    let labels = strings(&df, "__x")?;
    let values = f64s(&df, "__v")?;
    let group_names = grouping
        .as_ref()
        .map_or_else(|| vec![String::new()], |g| g.names.clone());
    let row_groups = match &grouping {
        Some(g) => super::super::columns::group_index(&strings(&df, "__c")?, &g.names),
        None => vec![0; labels.len()],
    };
    let mut categories: Vec<String> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut table = vec![Vec::new(); group_names.len()];
    for ((label, value), g) in labels.into_iter().zip(values).zip(row_groups) {
        let next = categories.len();
        let c = *index.entry(label.clone()).or_insert_with(|| {
            categories.push(label);
            next
        });
        for column in table.iter_mut() {
            column.resize(categories.len(), f64::NAN);
        }
        table[g][c] = value;
    }
    Ok(Table {
        categories,
        groups: group_names,
        values: table,
        merged_groups: grouping.map_or(0, |g| g.merged),
    })
}

fn totals(t: &Table) -> Vec<f64> {
    (0..t.categories.len())
        .map(|c| {
            t.values
                .iter()
                .map(|g| g[c])
                .filter(|v| v.is_finite())
                .sum::<f64>()
        })
        .collect()
}

/// A bar chart's data.
pub(crate) fn bars(ds: &Dataset, spec: &PlotSpec, c: &Checked) -> Result<Prepared> {
    let x = c.x.as_ref().expect("validated: bar has x");
    let aggregate = if c.y.is_none() {
        AggFunc::Count
    } else {
        spec.aggregate.unwrap_or(AggFunc::Mean)
    };
    let table = aggregate_by(ds, x, c.y.as_ref(), c.color.as_ref(), aggregate)?;
    let total_points = table
        .values
        .iter()
        .flatten()
        .filter(|v| v.is_finite())
        .count();
    let keep = order(&totals(&table), spec.sort, spec.limit);
    if x.kind != ColKind::Category && keep.len() > MAX_NUMERIC_CATEGORIES {
        return Err(BlinqError::Plot(format!(
            "x `{}` has {} distinct values, too many for one bar each: use a histogram of `{}`, \
             a line or scatter chart, or set `limit` for the most frequent ones",
            x.name,
            keep.len(),
            x.name
        )));
    }
    if keep.len() > MAX_CATEGORIES {
        return Err(BlinqError::Plot(format!(
            "x `{}` has {} categories, too many bars to read: set `limit` (e.g. 20) for the top ones, \
             or use a histogram or line chart",
            x.name,
            keep.len()
        )));
    }
    let categories = keep.iter().map(|&i| table.categories[i].clone()).collect();
    let groups: GroupValues = table
        .groups
        .iter()
        .zip(&table.values)
        .map(|(name, values)| (name.clone(), keep.iter().map(|&i| values[i]).collect()))
        .collect();
    let mut resolved = spec.clone();
    resolved.aggregate = Some(aggregate);
    let mut prepared = Prepared::new(&resolved, Body::Bars { categories, groups }, total_points);
    if keep.len() < table.categories.len() {
        prepared.notes.push(format!(
            "showing the top {} of {} categories of {}",
            keep.len(),
            table.categories.len(),
            x.name
        ));
    }
    note_merged(&mut prepared, c, table.merged_groups);
    Ok(prepared)
}

/// A pie chart's data: slices largest first by default, small ones merged into "Other".
pub(crate) fn pie(ds: &Dataset, spec: &PlotSpec, c: &Checked) -> Result<Prepared> {
    let x = c.x.as_ref().expect("validated: pie has x");
    let aggregate = if c.y.is_none() {
        AggFunc::Count
    } else {
        spec.aggregate.unwrap_or(AggFunc::Sum)
    };
    let table = aggregate_by(ds, x, c.y.as_ref(), None, aggregate)?;
    let values = &table.values[0];
    if let Some(i) = values.iter().position(|v| *v < 0.0) {
        return Err(BlinqError::Plot(format!(
            "pie slices cannot be negative, but the {aggregate} of {} for {} `{}` is {}; use a bar chart",
            c.y.as_ref().map_or("rows", |y| y.name.as_str()),
            x.name,
            table.categories[i],
            values[i]
        )));
    }
    let additive = matches!(aggregate, AggFunc::Count | AggFunc::Sum);
    let positive = values.iter().filter(|v| **v > 0.0).count();
    let limit = spec
        .limit
        .or((positive > PIE_SLICES).then_some(PIE_SLICES - 1));
    let keep = order(
        values,
        Some(spec.sort.unwrap_or(SortOrder::Descending)),
        limit,
    );
    let mut slices: Vec<(String, f64)> = keep
        .iter()
        .map(|&i| (table.categories[i].clone(), values[i]))
        .filter(|(_, v)| *v > 0.0)
        .collect();
    let kept: std::collections::HashSet<usize> = keep.iter().copied().collect();
    let rest: f64 = (0..values.len())
        .filter(|i| !kept.contains(i) && values[*i] > 0.0)
        .map(|i| values[i])
        .sum();
    let mut resolved = spec.clone();
    resolved.aggregate = Some(aggregate);
    let mut notes = Vec::new();
    if rest > 0.0 {
        if additive {
            slices.push((OTHER.to_string(), rest));
            notes.push(format!(
                "{} smaller categories of {} merged into Other",
                positive - slices.len() + 1,
                x.name
            ));
        } else {
            notes.push(format!(
                "showing {} of {} categories of {}",
                slices.len(),
                positive,
                x.name
            ));
        }
    }
    if slices.is_empty() {
        return Err(BlinqError::Plot(format!(
            "nothing to draw: no positive values for the slices of `{}`",
            x.name
        )));
    }
    let count = slices.len();
    let mut prepared = Prepared::new(&resolved, Body::Pie { slices }, positive.max(count));
    prepared.notes = notes;
    Ok(prepared)
}

pub(super) fn note_merged(prepared: &mut Prepared, c: &Checked, merged: usize) {
    if let (Some(color), true) = (&c.color, merged > 0) {
        prepared.notes.push(format!(
            "{merged} smaller groups of {} merged into {OTHER}",
            color.name
        ));
    }
}
