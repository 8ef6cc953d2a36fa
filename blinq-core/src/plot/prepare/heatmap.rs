//! Heatmaps: two categorical (or binned numeric/time) columns, cells coloured by the row
//! count or by an aggregate of a third column.

use std::collections::HashMap;

use polars::prelude::*;

use super::{Body, Prepared, order};
use crate::analysis::AggFunc;
use crate::dataset::Dataset;
use crate::error::{BlinqError, Result};
use crate::plot::columns::{Col, ColKind, f64s, measure, polars_error, strings};
use crate::plot::spec::PlotSpec;
use crate::plot::ticks::{format_value, nice_step};
use crate::plot::validate::Checked;

/// Whole-number columns with at most this many distinct values are used as categories.
const MAX_DISCRETE: usize = 31;
/// Bins of a numeric axis when `bins` is not given.
const DEFAULT_BINS: usize = 10;
/// The most categories on one heatmap axis without a `limit`.
const MAX_AXIS: usize = 100;

/// How one heatmap axis groups rows.
enum HeatAxis {
    Category,
    Binned {
        lo: f64,
        width: f64,
        bins: usize,
        time: bool,
    },
}

impl HeatAxis {
    fn of(ds: &Dataset, c: &Col, bins: Option<usize>) -> Result<HeatAxis> {
        let discrete = c.kind == ColKind::Category
            || (c.is_integer()
                && ds.column(&c.name)?.n_unique().map_err(polars_error)? <= MAX_DISCRETE
                && bins.is_none());
        if discrete {
            return Ok(HeatAxis::Category);
        }
        let df = ds
            .lazy()
            .filter(c.usable())
            .select([c.numeric().min().alias("lo"), c.numeric().max().alias("hi")])
            .collect()
            .map_err(polars_error)?;
        let (lo, hi) = (f64s(&df, "lo")?[0], f64s(&df, "hi")?[0]);
        if !lo.is_finite() {
            return Err(BlinqError::Plot(format!(
                "nothing to draw: column `{}` has no values",
                c.name
            )));
        }
        let wanted = bins.unwrap_or(DEFAULT_BINS);
        let time = matches!(c.kind, ColKind::Time { .. });
        // Nice edges (170, 180, ...) unless the bin count was asked for exactly.
        // Exactly the asked bins over [lo, hi]; otherwise nice edges (170, 180, ...).
        let (lo, width, bins) = match bins {
            Some(b) => (lo, ((hi - lo) / b as f64).max(f64::MIN_POSITIVE), b),
            None if time => (lo, ((hi - lo) / wanted as f64).max(1.0), wanted),
            None => {
                let w = nice_step(hi - lo, wanted);
                let lo = (lo / w).floor() * w;
                (lo, w, ((hi - lo) / w).floor() as usize + 1)
            }
        };
        Ok(HeatAxis::Binned {
            lo,
            width,
            bins: bins.max(1),
            time,
        })
    }

    fn key(&self, c: &Col) -> Expr {
        match *self {
            HeatAxis::Category => c.key(),
            HeatAxis::Binned {
                lo, width, bins, ..
            } => {
                let b = ((c.numeric() - lit(lo)) / lit(width)).floor();
                let last = lit((bins - 1) as f64);
                when(b.clone().gt(last.clone()))
                    .then(last)
                    .otherwise(b)
                    .cast(DataType::Int64)
            }
        }
    }

    fn label(&self, key: &str) -> String {
        match *self {
            HeatAxis::Category => key.to_string(),
            HeatAxis::Binned {
                lo, width, time, ..
            } => {
                let i: f64 = key.parse().unwrap_or(0.0);
                let (a, b) = (lo + i * width, lo + (i + 1.0) * width);
                if time {
                    let fmt = if width >= 86_400_000.0 {
                        "%Y-%m-%d"
                    } else {
                        "%m-%d %H:%M"
                    };
                    let at = |ms: f64| {
                        chrono::DateTime::from_timestamp_millis(ms as i64)
                            .map(|d| d.format(fmt).to_string())
                            .unwrap_or_default()
                    };
                    at(a)
                } else {
                    format!("{}–{}", format_value(a), format_value(b))
                }
            }
        }
    }
}

/// Distinct keys of a sorted key column, in order.
fn distinct(keys: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for k in keys {
        if seen.insert(k.as_str()) {
            out.push(k.clone());
        }
    }
    out
}

/// A heatmap's data.
pub(crate) fn heatmap(ds: &Dataset, spec: &PlotSpec, c: &Checked) -> Result<Prepared> {
    let (x, y) = (
        c.x.as_ref().expect("validated"),
        c.y.as_ref().expect("validated"),
    );
    let value = c.color.as_ref();
    let aggregate = if value.is_none() {
        AggFunc::Count
    } else {
        spec.aggregate.unwrap_or(AggFunc::Mean)
    };
    let (ax, ay) = (
        HeatAxis::of(ds, x, spec.bins)?,
        HeatAxis::of(ds, y, spec.bins)?,
    );
    let usable = |col: &Col| {
        if col.kind == ColKind::Category {
            col.key().is_not_null()
        } else {
            col.usable()
        }
    };
    let df = ds
        .lazy()
        .filter(usable(x).and(usable(y)))
        .group_by([ax.key(x).alias("__x"), ay.key(y).alias("__y")])
        .agg([
            measure(value, aggregate).alias("__v"),
            len().cast(DataType::Float64).alias("__n"),
        ])
        .collect()
        .map_err(polars_error)?;
    let sorted_keys = |name: &str| -> Result<Vec<String>> {
        let sorted = df
            .sort([name], SortMultipleOptions::default())
            .map_err(polars_error)?;
        Ok(distinct(&strings(&sorted, name)?))
    };
    let (mut kx, mut ky) = (sorted_keys("__x")?, sorted_keys("__y")?);
    let (cx, cy, values, counts) = (
        strings(&df, "__x")?,
        strings(&df, "__y")?,
        f64s(&df, "__v")?,
        f64s(&df, "__n")?,
    );
    // Keep the categories with the most rows when limited.
    for (keys, row_keys, axis, col) in [(&mut kx, &cx, &ax, x), (&mut ky, &cy, &ay, y)] {
        if !matches!(axis, HeatAxis::Category) {
            continue;
        }
        if let Some(limit) = spec.limit {
            let mut totals: HashMap<&str, f64> = HashMap::new();
            for (k, n) in row_keys.iter().zip(&counts) {
                *totals.entry(k.as_str()).or_default() += n;
            }
            let sizes: Vec<f64> = keys
                .iter()
                .map(|k| totals.get(k.as_str()).copied().unwrap_or(0.0))
                .collect();
            let keep: std::collections::HashSet<usize> =
                order(&sizes, None, Some(limit)).into_iter().collect();
            *keys = keys
                .iter()
                .enumerate()
                .filter(|(i, _)| keep.contains(i))
                .map(|(_, k)| k.clone())
                .collect();
        } else if keys.len() > MAX_AXIS {
            return Err(BlinqError::Plot(format!(
                "`{}` has {} categories, too many heatmap rows/columns: set `limit` for the largest ones",
                col.name,
                keys.len()
            )));
        }
    }
    let ix: HashMap<&str, usize> = kx
        .iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    let iy: HashMap<&str, usize> = ky
        .iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    let mut cells = vec![f64::NAN; kx.len() * ky.len()];
    for ((kx_, ky_), v) in cx.iter().zip(&cy).zip(&values) {
        if let (Some(&i), Some(&j)) = (ix.get(kx_.as_str()), iy.get(ky_.as_str())) {
            cells[j * kx.len() + i] = *v;
        }
    }
    let drawn = cells.iter().filter(|v| v.is_finite()).count();
    let xs = kx.iter().map(|k| ax.label(k)).collect();
    let ys = ky.iter().map(|k| ay.label(k)).collect();
    let mut resolved = spec.clone();
    resolved.aggregate = Some(aggregate);
    if let HeatAxis::Binned { bins, .. } = ax {
        resolved.bins = resolved.bins.or(Some(bins));
    }
    let mut prepared = Prepared::new(
        &resolved,
        Body::Heatmap { xs, ys, cells },
        drawn.max(values.len()),
    );
    prepared.legend_title = match value {
        Some(v) => format!("{aggregate} of {}", v.name),
        None => "count".to_string(),
    };
    Ok(prepared)
}
