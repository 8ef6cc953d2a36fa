//! Checking a spec against a dataset before any work: the columns exist, their types fit
//! the chart, and the options apply to it. Every error names the column or option and says
//! what would work.

use super::columns::{Col, ColKind, inspect, suggest};
use super::spec::{PlotKind, PlotSpec};
use crate::analysis::AggFunc;
use crate::dataset::Dataset;
use crate::error::{BlinqError, Result};

/// The smallest and largest canvas side in pixels.
pub const SIZE_RANGE: (u32, u32) = (100, 8192);
/// The most pixels a canvas may have (a 4K-by-4K image).
pub const MAX_PIXELS: u64 = 4096 * 4096 * 2;
/// The most bins a histogram or heatmap axis may have.
pub const MAX_BINS: usize = 1000;

/// The columns of a checked spec.
#[derive(Debug, Clone)]
pub(crate) struct Checked {
    pub x: Option<Col>,
    pub y: Option<Col>,
    pub color: Option<Col>,
}

impl PlotSpec {
    /// Check that the spec fits the dataset: known columns (with a did-you-mean), column
    /// types that suit the chart kind, and options that apply to it.
    ///
    /// ```
    /// use blinq_core::{Dataset, PlotSpec, plot::PlotKind};
    /// let penguins = Dataset::from_path("tests/fixtures/penguins.csv").unwrap();
    /// assert!(PlotSpec::new(PlotKind::Histogram).x("body_mass_g").validate(&penguins).is_ok());
    /// let err = PlotSpec::new(PlotKind::Histogram).x("species").validate(&penguins).unwrap_err();
    /// assert!(err.to_string().contains("species"));
    /// ```
    pub fn validate(&self, dataset: &Dataset) -> Result<()> {
        check(self, dataset).map(|_| ())
    }
}

fn plot_err(message: String) -> BlinqError {
    BlinqError::Plot(message)
}

fn kind_name(kind: ColKind) -> &'static str {
    match kind {
        ColKind::Number => "numeric",
        ColKind::Time { .. } => "a date/time column",
        ColKind::Category => "text",
    }
}

fn numeric(kind: ColKind) -> bool {
    kind == ColKind::Number
}

fn continuous(kind: ColKind) -> bool {
    matches!(kind, ColKind::Number | ColKind::Time { .. })
}

/// Validate `spec` against `ds` and classify its columns.
pub(crate) fn check(spec: &PlotSpec, ds: &Dataset) -> Result<Checked> {
    check_options(spec)?;
    let get = |name: &Option<String>| name.as_deref().map(|n| inspect(ds, n)).transpose();
    let (x, y, color) = (get(&spec.x)?, get(&spec.y)?, get(&spec.color)?);
    let kind = spec.kind;
    let need_x = |purpose: &str, keep: fn(ColKind) -> bool| -> Result<()> {
        if x.is_none() {
            return Err(plot_err(format!(
                "a {kind} chart needs `x`, the column {purpose}; candidates: {}",
                suggest(ds, keep)
            )));
        }
        Ok(())
    };
    match kind {
        PlotKind::Bar | PlotKind::Pie => need_x("whose categories make the bars/slices", |_| true)?,
        PlotKind::Line | PlotKind::Area => {
            need_x("along the horizontal axis (often a date)", |_| true)?
        }
        PlotKind::Scatter => need_x("on the horizontal axis", continuous)?,
        PlotKind::Histogram => need_x("whose values are counted in bins", continuous)?,
        PlotKind::Heatmap => need_x("for the columns of the grid", |_| true)?,
        PlotKind::Box => {
            if y.is_none() && !x.as_ref().is_some_and(|c| numeric(c.kind)) {
                return Err(plot_err(format!(
                    "a box chart needs a numeric `y` (and optionally categories in `x`); numeric columns: {}",
                    suggest(ds, numeric)
                )));
            }
        }
    }
    if matches!(kind, PlotKind::Scatter | PlotKind::Heatmap) && y.is_none() {
        let keep: fn(ColKind) -> bool = if kind == PlotKind::Scatter {
            continuous
        } else {
            |_| true
        };
        return Err(plot_err(format!(
            "a {kind} chart needs `y` as well as `x`; candidates: {}",
            suggest(ds, keep)
        )));
    }
    if let Some(x) = &x
        && matches!(kind, PlotKind::Scatter | PlotKind::Histogram)
        && !continuous(x.kind)
    {
        let instead = match kind {
            PlotKind::Histogram => {
                format!("a bar chart with x = `{}` counts its categories", x.name)
            }
            _ => format!(
                "use a box or bar chart with x = `{}` for a number per category",
                x.name
            ),
        };
        return Err(plot_err(format!(
            "a {kind} chart needs numbers or dates on x, but `{}` is {}: {instead}; numeric columns: {}",
            x.name,
            kind_name(x.kind),
            suggest(ds, numeric)
        )));
    }
    if let Some(y) = &y {
        let ok = match kind {
            PlotKind::Histogram => {
                return Err(plot_err(format!(
                    "a histogram counts the values of x and takes no `y` (got `{}`); for a measure \
                     per category use a bar chart",
                    y.name
                )));
            }
            PlotKind::Scatter => continuous(y.kind),
            PlotKind::Heatmap => true,
            _ => numeric(y.kind) || spec.aggregate.is_some_and(AggFunc::counts),
        };
        if !ok {
            return Err(plot_err(format!(
                "y `{}` is {} but a {kind} chart measures numbers; numeric columns: {} \
                 (or set aggregate to count)",
                y.name,
                kind_name(y.kind),
                suggest(ds, numeric)
            )));
        }
    }
    check_aggregate(spec, &y, &color)?;
    if let Some(c) = &color {
        match kind {
            PlotKind::Pie => {
                return Err(plot_err(format!(
                    "a pie chart's slices come from x; drop color `{}` (or use a stacked bar chart)",
                    c.name
                )));
            }
            PlotKind::Heatmap
                if !numeric(c.kind) && !spec.aggregate.is_some_and(AggFunc::counts) =>
            {
                return Err(plot_err(format!(
                    "a heatmap's color is the numeric column whose {} fills the cells, but `{}` is {}; \
                     numeric columns: {}",
                    spec.aggregate.unwrap_or(AggFunc::Mean),
                    c.name,
                    kind_name(c.kind),
                    suggest(ds, numeric)
                )));
            }
            _ => {}
        }
    }
    Ok(Checked { x, y, color })
}

fn check_aggregate(spec: &PlotSpec, y: &Option<Col>, color: &Option<Col>) -> Result<()> {
    let Some(aggregate) = spec.aggregate else {
        return Ok(());
    };
    let kind = spec.kind;
    if aggregate == AggFunc::Quantile {
        return Err(plot_err(
            "a chart's aggregate takes no `q`, so `quantile` does not apply; use `median`, or \
             compute the quantile with SQL (QUANTILE_CONT) and chart the result"
                .to_string(),
        ));
    }
    if matches!(kind, PlotKind::Histogram | PlotKind::Box) && aggregate != AggFunc::Count {
        return Err(plot_err(format!(
            "a {kind} chart shows every value, so aggregate `{aggregate}` does not apply; \
             use a bar chart for one {aggregate} per category"
        )));
    }
    // A heatmap's measured column is `color`; everywhere else it is `y`.
    let measured = if kind == PlotKind::Heatmap { color } else { y };
    match measured {
        None if !aggregate.counts() => Err(plot_err(format!(
            "aggregate `{aggregate}` needs a column to measure: set {} (without one the measure is the row count)",
            if kind == PlotKind::Heatmap {
                "`color` to a numeric column"
            } else {
                "`y`"
            }
        ))),
        Some(c) if !aggregate.counts() && c.kind != ColKind::Number => Err(plot_err(format!(
            "cannot take the {aggregate} of `{}`, which is {}; use aggregate count, or a numeric column",
            c.name,
            kind_name(c.kind)
        ))),
        _ => Ok(()),
    }
}

fn check_options(spec: &PlotSpec) -> Result<()> {
    let (lo, hi) = SIZE_RANGE;
    for (what, v) in [("width", spec.width), ("height", spec.height)] {
        if !(lo..=hi).contains(&v) {
            return Err(BlinqError::Limit(format!(
                "plot {what} {v} is out of range: use {lo} to {hi} pixels"
            )));
        }
    }
    if spec.width as u64 * spec.height as u64 > MAX_PIXELS {
        return Err(BlinqError::Limit(format!(
            "a {}×{} plot is too large: at most {MAX_PIXELS} pixels",
            spec.width, spec.height
        )));
    }
    let kind = spec.kind;
    let applies = |option: &str, set: bool, kinds: &[PlotKind]| -> Result<()> {
        if set && !kinds.contains(&kind) {
            let names: Vec<&str> = kinds.iter().map(PlotKind::as_str).collect();
            return Err(plot_err(format!(
                "`{option}` does not apply to a {kind} chart (it applies to: {})",
                names.join(", ")
            )));
        }
        Ok(())
    };
    applies(
        "bins",
        spec.bins.is_some(),
        &[PlotKind::Histogram, PlotKind::Heatmap],
    )?;
    applies(
        "stacked",
        spec.stacked,
        &[PlotKind::Bar, PlotKind::Area, PlotKind::Histogram],
    )?;
    applies(
        "horizontal",
        spec.horizontal,
        &[PlotKind::Bar, PlotKind::Box],
    )?;
    applies(
        "sort",
        spec.sort.is_some(),
        &[PlotKind::Bar, PlotKind::Pie, PlotKind::Box],
    )?;
    applies(
        "limit",
        spec.limit.is_some(),
        &[
            PlotKind::Bar,
            PlotKind::Pie,
            PlotKind::Box,
            PlotKind::Heatmap,
        ],
    )?;
    if let Some(bins) = spec.bins
        && (bins == 0 || bins > MAX_BINS)
    {
        return Err(plot_err(format!(
            "bins must be between 1 and {MAX_BINS}, got {bins}"
        )));
    }
    if spec.limit == Some(0) {
        return Err(plot_err("limit must be at least 1".into()));
    }
    Ok(())
}
