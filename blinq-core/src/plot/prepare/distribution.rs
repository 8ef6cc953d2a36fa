//! Distributions: histograms (equal-width bins, numpy's edges and "auto" bin count) and box
//! plots (quartiles by linear interpolation, Tukey's 1.5 × IQR whiskers).

use std::collections::HashMap;

use polars::prelude::*;

use super::category::note_merged;
use super::{Body, GroupValues, Prepared, order};
use crate::dataset::Dataset;
use crate::error::{BlinqError, Result};
use crate::plot::columns::{Col, ColKind, f64s, group_index, groups, polars_error, strings};
use crate::plot::spec::{PlotSpec, SortOrder};
use crate::plot::validate::Checked;

/// The rows of a distribution: each value with its category label (when grouped by a
/// category) and colour group index.
struct Values {
    values: Vec<f64>,
    labels: Vec<String>,
    row_group: Vec<usize>,
    /// Colour group names in legend order (one empty name without colour).
    names: Vec<String>,
    /// Distinct colour values merged into "Other".
    merged: usize,
}

/// Values of `value` (as f64) with the group index of each row, groups in legend order.
fn values_by_group(
    ds: &Dataset,
    value: &Col,
    category: Option<&Col>,
    color: Option<&Col>,
) -> Result<Values> {
    let grouping = color.map(|c| groups(ds, c)).transpose()?;
    let mut keep = value.usable();
    let mut cols = vec![value.numeric().alias("__v")];
    if let Some(c) = category {
        keep = keep.and(c.key().is_not_null());
        cols.push(c.key().alias("__x"));
    }
    if let (Some(c), Some(g)) = (color, &grouping) {
        keep = keep.and(c.key().is_not_null());
        cols.push(g.expr.clone().alias("__c"));
    }
    let mut lf = ds.lazy().filter(keep).select(cols);
    if category.is_some() {
        lf = lf.sort(
            ["__x"],
            SortMultipleOptions::default().with_maintain_order(true),
        );
    }
    let df = lf.collect().map_err(polars_error)?;
    let values = f64s(&df, "__v")?;
    let labels = if category.is_some() {
        strings(&df, "__x")?
    } else {
        Vec::new()
    };
    let names = grouping
        .as_ref()
        .map_or_else(|| vec![String::new()], |g| g.names.clone());
    let row_group = match &grouping {
        Some(g) => group_index(&strings(&df, "__c")?, &g.names),
        None => vec![0; values.len()],
    };
    Ok(Values {
        values,
        labels,
        row_group,
        names,
        merged: grouping.map_or(0, |g| g.merged),
    })
}

/// A histogram's data: counts per bin per group over shared edges.
pub(crate) fn histogram(ds: &Dataset, spec: &PlotSpec, c: &Checked) -> Result<Prepared> {
    let x = c.x.as_ref().expect("validated: histogram has x");
    let Values {
        values,
        row_group,
        names,
        merged,
        ..
    } = values_by_group(ds, x, None, c.color.as_ref())?;
    if values.is_empty() {
        return Err(BlinqError::Plot(format!(
            "nothing to draw: column `{}` has no values",
            x.name
        )));
    }
    let (lo, hi) = values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &v| {
            (a.min(v), b.max(v))
        });
    let bins = spec
        .bins
        .unwrap_or_else(|| auto_bins(&values, lo, hi, x.is_integer()));
    let (lo, hi) = if lo == hi {
        (lo - 0.5, hi + 0.5)
    } else {
        (lo, hi)
    };
    let edges: Vec<f64> = (0..=bins)
        .map(|i| lo + (hi - lo) * i as f64 / bins as f64)
        .collect();
    let mut counts = vec![vec![0.0; bins]; names.len()];
    let scale = bins as f64 / (hi - lo);
    for (v, g) in values.iter().zip(&row_group) {
        let bin = (((v - lo) * scale) as usize).min(bins - 1);
        counts[*g][bin] += 1.0;
    }
    let groups: GroupValues = names.into_iter().zip(counts).collect();
    let time = match x.kind {
        ColKind::Time { date_only } => Some(date_only),
        _ => None,
    };
    let mut resolved = spec.clone();
    resolved.bins = Some(bins);
    let mut prepared = Prepared::new(
        &resolved,
        Body::Histogram {
            time,
            edges,
            groups,
        },
        values.len(),
    );
    note_merged(&mut prepared, c, merged);
    Ok(prepared)
}

/// numpy's "auto": the narrower of the Sturges and Freedman–Diaconis widths; whole-number
/// data gets bins at least 1 wide. Between 1 and 200 bins.
fn auto_bins(values: &[f64], lo: f64, hi: f64, integer: bool) -> usize {
    let n = values.len() as f64;
    let range = hi - lo;
    if range <= 0.0 || n < 2.0 {
        return 1;
    }
    let sturges = range / (n.log2() + 1.0);
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let iqr = quantile(&sorted, 0.75) - quantile(&sorted, 0.25);
    let fd = 2.0 * iqr / n.cbrt();
    let mut width = if fd > 0.0 { fd.min(sturges) } else { sturges };
    if integer {
        width = width.max(1.0);
    }
    ((range / width).ceil() as usize).clamp(1, 200)
}

/// The `p` quantile of sorted values, linear interpolation (numpy's default, R's type 7).
pub(crate) fn quantile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let h = (sorted.len() - 1) as f64 * p;
    let i = h.floor() as usize;
    let next = sorted[(i + 1).min(sorted.len() - 1)];
    sorted[i] + (h - i as f64) * (next - sorted[i])
}

/// A box-and-whisker summary.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct BoxStats {
    pub n: usize,
    pub q1: f64,
    pub median: f64,
    pub q3: f64,
    /// The lowest value within 1.5 × IQR below q1.
    pub low: f64,
    /// The highest value within 1.5 × IQR above q3.
    pub high: f64,
    /// Values beyond the whiskers.
    pub outliers: Vec<f64>,
}

impl BoxStats {
    /// The summary of some values (`None` when there are none).
    pub fn of(mut values: Vec<f64>) -> Option<BoxStats> {
        if values.is_empty() {
            return None;
        }
        values.sort_by(f64::total_cmp);
        let (q1, median, q3) = (
            quantile(&values, 0.25),
            quantile(&values, 0.5),
            quantile(&values, 0.75),
        );
        let (fence_lo, fence_hi) = (q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1));
        let inside = || {
            values
                .iter()
                .copied()
                .filter(|v| *v >= fence_lo && *v <= fence_hi)
        };
        let low = inside().next().unwrap_or(q1);
        let high = inside().next_back().unwrap_or(q3);
        let outliers = values
            .iter()
            .copied()
            .filter(|v| *v < fence_lo || *v > fence_hi)
            .collect();
        Some(BoxStats {
            n: values.len(),
            q1,
            median,
            q3,
            low,
            high,
            outliers,
        })
    }
}

/// A box plot's data: one summary per category per group.
pub(crate) fn boxes(ds: &Dataset, spec: &PlotSpec, c: &Checked) -> Result<Prepared> {
    let (value, category) = match (&c.y, &c.x) {
        (Some(y), x) => (y, x.as_ref()),
        (None, Some(x)) => (x, None),
        (None, None) => unreachable!("validated: box has a value column"),
    };
    let Values {
        values,
        labels,
        row_group,
        names,
        merged,
    } = values_by_group(ds, value, category, c.color.as_ref())?;
    if values.is_empty() {
        return Err(BlinqError::Plot(format!(
            "nothing to draw: column `{}` has no values",
            value.name
        )));
    }
    let mut categories: Vec<String> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut buckets: Vec<Vec<Vec<f64>>> = vec![Vec::new(); names.len()];
    let mut per_category: Vec<Vec<f64>> = Vec::new();
    for (i, (v, g)) in values.iter().zip(&row_group).enumerate() {
        let label = labels.get(i).map_or("", String::as_str);
        let next = categories.len();
        let ci = *index.entry(label).or_insert_with(|| {
            categories.push(label.to_string());
            next
        });
        if per_category.len() < categories.len() {
            per_category.push(Vec::new());
            buckets.iter_mut().for_each(|b| b.push(Vec::new()));
        }
        buckets[*g][ci].push(*v);
        per_category[ci].push(*v);
    }
    if categories.len() > super::category::MAX_CATEGORIES && spec.limit.is_none() {
        let name = category.map_or("x", |c| c.name.as_str());
        return Err(BlinqError::Plot(format!(
            "`{name}` has {} categories, too many boxes to read: set `limit` for the largest ones",
            categories.len()
        )));
    }
    // Sort by median, keep the categories with the most values.
    let medians: Vec<f64> = per_category
        .iter()
        .map(|v| BoxStats::of(v.clone()).map_or(f64::NAN, |s| s.median))
        .collect();
    let sizes: Vec<f64> = per_category.iter().map(|v| v.len() as f64).collect();
    let mut keep = order(&medians, spec.sort, None);
    if let Some(limit) = spec.limit {
        let top: std::collections::HashSet<usize> =
            order(&sizes, Some(SortOrder::Descending), Some(limit))
                .into_iter()
                .collect();
        keep.retain(|i| top.contains(i));
    }
    let groups = names
        .into_iter()
        .zip(buckets)
        .map(|(name, per_cat)| {
            (
                name,
                keep.iter()
                    .map(|&i| BoxStats::of(per_cat[i].clone()))
                    .collect(),
            )
        })
        .collect();
    let categories = keep.iter().map(|&i| categories[i].clone()).collect();
    let mut prepared = Prepared::new(spec, Body::Boxes { categories, groups }, values.len());
    note_merged(&mut prepared, c, merged);
    Ok(prepared)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quartiles_whiskers_and_outliers() {
        // numpy.percentile([1..=9, 100], [25, 50, 75]) = 3.25, 5.5, 7.75
        let mut v: Vec<f64> = (1..=9).map(f64::from).collect();
        v.push(100.0);
        let s = BoxStats::of(v).unwrap();
        assert_eq!((s.q1, s.median, s.q3), (3.25, 5.5, 7.75));
        assert_eq!((s.low, s.high), (1.0, 9.0));
        assert_eq!(s.outliers, vec![100.0]);
        assert!(BoxStats::of(Vec::new()).is_none());
    }

    #[test]
    fn auto_bins_like_numpy() {
        // numpy.histogram_bin_edges(range(100), "auto") has 8 bins (Sturges wins).
        let v: Vec<f64> = (0..100).map(f64::from).collect();
        assert_eq!(auto_bins(&v, 0.0, 99.0, false), 8);
        // Whole numbers never get bins narrower than 1.
        let v = [1.0, 1.0, 2.0, 2.0, 2.0, 3.0];
        assert!(auto_bins(&v, 1.0, 3.0, true) <= 2);
    }
}
