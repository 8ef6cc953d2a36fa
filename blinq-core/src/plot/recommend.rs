//! Automatic charts: a sensible kind and encoding for one to three columns.

use super::columns::{Col, ColKind, inspect, polars_error};
use super::spec::{PlotKind, PlotSpec};
use crate::analysis::AggFunc;
use crate::dataset::Dataset;
use crate::error::{BlinqError, Result};

/// Whole-number columns with at most this many distinct values count as categories.
const DISCRETE_MAX: usize = 20;
/// Bars shown when a column has more categories.
const TOP_N: usize = 20;

/// The role a column plays in choosing a chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Many distinct numbers.
    Measure,
    /// Dates or datetimes.
    Time,
    /// Text, booleans, or whole numbers with few values (years, months, ratings).
    Category,
}

fn role(ds: &Dataset, c: &Col) -> Result<Role> {
    Ok(match c.kind {
        ColKind::Category => Role::Category,
        ColKind::Time { .. } => Role::Time,
        ColKind::Number if c.is_integer() && distinct(ds, c)? <= DISCRETE_MAX => Role::Category,
        ColKind::Number => Role::Measure,
    })
}

fn distinct(ds: &Dataset, c: &Col) -> Result<usize> {
    ds.column(&c.name)?.n_unique().map_err(polars_error)
}

/// A limit for bars/heatmap rows when a category column has too many values to read.
fn top_n(ds: &Dataset, c: &Col, n: usize) -> Result<Option<usize>> {
    Ok((distinct(ds, c)? > n).then_some(n))
}

/// Pick a chart for `columns` (one to three names):
///
/// | columns                 | chart                                  |
/// |-------------------------|----------------------------------------|
/// | number                  | histogram                              |
/// | category                | bar of counts (top 20)                 |
/// | time                    | line of counts over time               |
/// | time + number           | line (mean per time when times repeat) |
/// | category + number       | bar of the mean per category           |
/// | number + number         | scatter                                |
/// | category + category     | heatmap of counts                      |
/// | time + category         | line of counts per category            |
///
/// A third column colours the groups (a category), or fills heatmap cells (a number).
///
/// ```
/// use blinq_core::{Dataset, plot::{recommend, PlotKind}};
/// let penguins = Dataset::from_path("tests/fixtures/penguins.csv").unwrap();
/// let spec = recommend(&penguins, &["body_mass_g", "species"]).unwrap();
/// assert_eq!((spec.kind, spec.x.as_deref(), spec.y.as_deref()), (PlotKind::Bar, Some("species"), Some("body_mass_g")));
/// ```
pub fn recommend(dataset: &Dataset, columns: &[&str]) -> Result<PlotSpec> {
    if columns.is_empty() || columns.len() > 3 {
        return Err(BlinqError::Plot(format!(
            "name one to three columns to chart (got {}); columns: {}",
            columns.len(),
            dataset.column_names().join(", ")
        )));
    }
    let cols: Vec<Col> = columns
        .iter()
        .map(|c| inspect(dataset, c))
        .collect::<Result<_>>()?;
    let roles: Vec<Role> = cols
        .iter()
        .map(|c| role(dataset, c))
        .collect::<Result<_>>()?;
    let name = |i: usize| cols[i].name.clone();
    use Role::*;
    let mut spec = match (roles[0], roles.get(1).copied()) {
        (Measure, None) => PlotSpec::new(PlotKind::Histogram).x(name(0)),
        (Time, None) => PlotSpec::new(PlotKind::Line).x(name(0)),
        (Category, None) => {
            let mut s = PlotSpec::new(PlotKind::Bar).x(name(0));
            s.limit = top_n(dataset, &cols[0], TOP_N)?;
            s
        }
        (Time, Some(Measure)) => PlotSpec::new(PlotKind::Line).x(name(0)).y(name(1)),
        (Measure, Some(Time)) => PlotSpec::new(PlotKind::Line).x(name(1)).y(name(0)),
        (Category, Some(Measure)) | (Measure, Some(Category)) => {
            let (c, m) = if roles[0] == Category { (0, 1) } else { (1, 0) };
            let mut s = PlotSpec::new(PlotKind::Bar)
                .x(name(c))
                .y(name(m))
                .aggregate(AggFunc::Mean);
            s.limit = top_n(dataset, &cols[c], TOP_N)?;
            s
        }
        (Measure, Some(Measure)) | (Time, Some(Time)) => {
            PlotSpec::new(PlotKind::Scatter).x(name(0)).y(name(1))
        }
        (Category, Some(Category)) => {
            let mut s = PlotSpec::new(PlotKind::Heatmap).x(name(0)).y(name(1));
            let limit = |c| top_n(dataset, c, 30);
            s.limit = limit(&cols[0])?.or(limit(&cols[1])?);
            s
        }
        (Time, Some(Category)) => PlotSpec::new(PlotKind::Line).x(name(0)).color(name(1)),
        (Category, Some(Time)) => PlotSpec::new(PlotKind::Line).x(name(1)).color(name(0)),
    };
    if let Some(third) = cols.get(2) {
        match (spec.kind, roles[2]) {
            (PlotKind::Heatmap, Measure) => {
                spec.color = Some(third.name.clone());
                spec.aggregate = Some(AggFunc::Mean);
            }
            (
                PlotKind::Bar | PlotKind::Line | PlotKind::Scatter | PlotKind::Histogram,
                Category,
            ) if spec.color.is_none() => {
                spec.color = Some(third.name.clone());
            }
            _ => {
                return Err(BlinqError::Plot(format!(
                    "no automatic chart places `{}` as a third column on a {} of {}; \
                     a third column can be a category (colour groups) or a number (heatmap cells)",
                    third.name,
                    spec.kind,
                    columns[..2].join(" and ")
                )));
            }
        }
    }
    spec.validate(dataset)?;
    Ok(spec)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::polars::prelude::*;

    #[test]
    fn roles_pick_kinds() {
        let df = df! {
            "when" => [1i64, 2, 3, 4],
            "amount" => [1.5, 2.5, 3.5, 4.5],
            "other" => [0.5, 1.0, 7.0, 2.0],
            "shop" => ["a", "b", "a", "b"],
            "year" => [2020i64, 2021, 2020, 2021],
        }
        .unwrap();
        let df = df
            .lazy()
            .with_column(col("when").cast(DataType::Date))
            .collect()
            .unwrap();
        let ds = Dataset::new("t", df);
        let kind = |cols: &[&str]| recommend(&ds, cols).map(|s| s.kind);
        assert_eq!(kind(&["amount"]).unwrap(), PlotKind::Histogram);
        assert_eq!(
            kind(&["year"]).unwrap(),
            PlotKind::Bar,
            "few whole numbers are categories"
        );
        assert_eq!(kind(&["when", "amount"]).unwrap(), PlotKind::Line);
        assert_eq!(kind(&["amount", "other"]).unwrap(), PlotKind::Scatter);
        assert_eq!(kind(&["shop", "year"]).unwrap(), PlotKind::Heatmap);
        let spec = recommend(&ds, &["when", "amount", "shop"]).unwrap();
        assert_eq!(spec.color.as_deref(), Some("shop"));
        assert!(recommend(&ds, &[]).is_err());
        let err = recommend(&ds, &["amount", "other", "when"])
            .unwrap_err()
            .to_string();
        assert!(err.contains("when"), "{err}");
    }
}
