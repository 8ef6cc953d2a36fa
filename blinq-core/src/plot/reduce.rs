//! A chart's aggregation as SQL, for rows held by an engine elsewhere (a cluster): the
//! engine groups and aggregates, a few rows travel, and the chart drawn over them is the
//! chart of every row.
//!
//! Only charts whose aggregate survives a second pass over one value per group are reduced:
//! bar, line, area and pie charts of a `sum`, `mean`, `min`, `max` or `count`, each group
//! drawn from its one row (`count` becomes a `sum` of the counts). A pie with a `limit`
//! merges the smaller slices into "Other", so only its sums and counts are reduced.
//! Histograms, box plots, scatters and heatmaps (whose numeric axes are binned) need the
//! rows themselves.

use crate::analysis::AggFunc;
use crate::dataset::Dataset;
use crate::error::{BlinqError, Result};
use crate::sql::{RemoteSql, SqlLimits, quote_ident};

use super::chart::Chart;
use super::spec::{PlotKind, PlotSpec};

/// The SQL that aggregates a chart's rows, and how to draw its result.
#[derive(Debug, Clone, PartialEq)]
pub struct Reduction {
    sql: String,
    spec: PlotSpec,
    count: Option<String>,
}

impl Reduction {
    /// The chart's aggregation of `rows_sql` (a query that returns the rows the chart is
    /// drawn from), or `None` when the chart needs the rows themselves.
    ///
    /// ```
    /// use blinq_core::plot::{PlotKind, PlotSpec, Reduction};
    /// let spec = PlotSpec::new(PlotKind::Bar).x("species");
    /// let reduced = Reduction::of(&spec, "SELECT * FROM data").unwrap();
    /// assert_eq!(
    ///     reduced.sql(),
    ///     r#"SELECT "species", COUNT(*) AS "count" FROM (SELECT * FROM data) AS "rows" GROUP BY "species""#
    /// );
    /// let scatter = PlotSpec::new(PlotKind::Scatter).x("a").y("b");
    /// assert!(Reduction::of(&scatter, "SELECT * FROM data").is_none());
    /// ```
    pub fn of(spec: &PlotSpec, rows_sql: &str) -> Option<Reduction> {
        let x = spec.x.as_ref()?;
        let default = match (spec.kind, &spec.y) {
            (PlotKind::Bar | PlotKind::Line | PlotKind::Area | PlotKind::Pie, None) => {
                AggFunc::Count
            }
            (PlotKind::Bar | PlotKind::Line | PlotKind::Area, Some(_)) => AggFunc::Mean,
            (PlotKind::Pie, Some(_)) => AggFunc::Sum,
            _ => return None,
        };
        let aggregate = spec.aggregate.unwrap_or(default);
        let merges_groups = spec.kind == PlotKind::Pie && spec.limit.is_some();
        let reducible = match aggregate {
            AggFunc::Sum | AggFunc::Count => true,
            AggFunc::Mean | AggFunc::Min | AggFunc::Max => !merges_groups,
            _ => false,
        };
        if !reducible {
            return None;
        }
        let mut keys = vec![x.clone()];
        if let Some(color) = spec.color.as_ref().filter(|c| *c != x) {
            keys.push(color.clone());
        }
        let (measure, count) = match &spec.y {
            Some(y) if keys.contains(y) => return None,
            Some(y) => {
                let function = match aggregate {
                    AggFunc::Count => "COUNT",
                    AggFunc::Sum => "SUM",
                    AggFunc::Mean => "AVG",
                    AggFunc::Min => "MIN",
                    _ => "MAX",
                };
                let q = quote_ident(y);
                (format!("{function}({q}) AS {q}"), None)
            }
            None => {
                // A name no key has: "count", "count_", ...
                let mut name = "count".to_string();
                while keys.contains(&name) {
                    name.push('_');
                }
                (format!("COUNT(*) AS {}", quote_ident(&name)), Some(name))
            }
        };
        let keys: Vec<String> = keys.iter().map(|k| quote_ident(k)).collect();
        let keys = keys.join(", ");
        Some(Reduction {
            sql: format!("SELECT {keys}, {measure} FROM ({rows_sql}) AS \"rows\" GROUP BY {keys}"),
            spec: spec.clone(),
            count,
        })
    }

    /// The SQL to run where the rows are.
    pub fn sql(&self) -> &str {
        &self.sql
    }

    /// The original spec with its defaults filled in (aggregate, title, axis titles), as
    /// drawing it over every row would give: what to show and store as the chart's spec.
    pub fn resolved(&self, reduced: &Dataset) -> Result<PlotSpec> {
        Ok(Chart::new(reduced, &self.spec)?.spec().clone())
    }

    /// The spec that draws, over `reduced` (the result of [`Reduction::sql`]), the chart the
    /// original spec draws over every row: the same aggregate (a `sum` of the counts for a
    /// `count`) and the same title and axis titles.
    pub fn spec_over(&self, reduced: &Dataset) -> Result<PlotSpec> {
        let labelled = Chart::new(reduced, &self.spec)?;
        let labels = labelled.spec();
        let mut spec = self.spec.clone();
        spec.title = labels.title.clone();
        spec.x_label = labels.x_label.clone();
        spec.y_label = labels.y_label.clone();
        if labels.aggregate == Some(AggFunc::Count) {
            spec.aggregate = Some(AggFunc::Sum);
            if spec.y.is_none() {
                spec.y = self.count.clone();
            }
        }
        Ok(spec)
    }
}

/// The most rows a chart's SQL may return from a remote engine (they travel to this
/// process to be drawn).
pub const MAX_REMOTE_CHART_ROWS: usize = 1_000_000;

/// A chart's rows as fetched from a remote engine, and how to draw them.
#[derive(Debug, Clone)]
pub struct RemoteChart {
    /// The rows that came back: one per group when the engine aggregated, else the rows.
    pub data: Dataset,
    /// The spec that draws them (see [`Reduction::spec_over`]).
    pub draw: PlotSpec,
    /// The aggregation the engine did, if it did one.
    pub reduction: Option<Reduction>,
}

impl RemoteChart {
    /// The rows of a chart of `spec` over the rows `rows_sql` returns, from `engine`: the
    /// engine aggregates what the chart would ([`Reduction`]) so that only one row per group
    /// travels, or sends the rows themselves, at most [`MAX_REMOTE_CHART_ROWS`] (more is a
    /// [`BlinqError::Limit`] that says to aggregate).
    pub fn fetch(engine: &dyn RemoteSql, spec: &PlotSpec, rows_sql: &str) -> Result<RemoteChart> {
        let limits = SqlLimits {
            max_rows: Some(MAX_REMOTE_CHART_ROWS),
            ..SqlLimits::default()
        };
        let reduction = Reduction::of(spec, rows_sql);
        let sql = reduction.as_ref().map_or(rows_sql, |r| r.sql());
        let result = engine.execute(sql, limits)?;
        if result.truncated {
            return Err(BlinqError::Limit(format!(
                "the chart needs more than {MAX_REMOTE_CHART_ROWS} rows from the cluster; \
                 chart an aggregate (an average or a count per group) or filter the rows"
            )));
        }
        let data = Dataset::new("data", result.frame);
        let draw = match &reduction {
            Some(reduction) => reduction.spec_over(&data)?,
            None => spec.clone(),
        };
        Ok(RemoteChart {
            data,
            draw,
            reduction,
        })
    }

    /// The SQL of the rows a chart of `spec` over a table `data` of `columns` is drawn from:
    /// the columns the spec names; when it names one the table lacks, none of its rows, so
    /// that drawing gives the chart's own error.
    pub fn rows_sql(spec: &PlotSpec, columns: &[String]) -> String {
        let mut named: Vec<&String> = Vec::new();
        for column in [&spec.x, &spec.y, &spec.color].into_iter().flatten() {
            if !named.contains(&column) {
                named.push(column);
            }
        }
        if named.is_empty() || !named.iter().all(|n| columns.contains(n)) {
            return "SELECT * FROM data LIMIT 0".to_string();
        }
        let list: Vec<String> = named.iter().map(|n| quote_ident(n)).collect();
        format!("SELECT {} FROM data", list.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use polars::prelude::*;

    fn rows() -> Dataset {
        // Two species, three islands; one missing mass.
        let frame = df!(
            "species" => ["a", "a", "a", "b", "b", "b", "b"],
            "island" => ["x", "y", "x", "x", "z", "z", "z"],
            "mass" => [Some(1.0), Some(2.0), Some(6.0), Some(10.0), None, Some(20.0), Some(30.0)],
        )
        .unwrap();
        Dataset::new("rows", frame)
    }

    /// The chart over every row and the chart over the reduced rows: their SVG and their
    /// Vega-Lite specs.
    fn both(spec: &PlotSpec) -> ((String, serde_json::Value), (String, serde_json::Value)) {
        let data = rows();
        let whole = Chart::new(&data, spec).unwrap();
        let reduction = Reduction::of(spec, "SELECT * FROM data").expect("reducible");
        let reduced = crate::sql::Session::with_dataset(data)
            .execute_all(reduction.sql())
            .unwrap();
        let reduced = Dataset::new("rows", reduced);
        let redrawn = Chart::new(&reduced, &reduction.spec_over(&reduced).unwrap()).unwrap();
        let drawn = |c: &Chart| {
            let svg = c.render(crate::plot::PlotFormat::Svg).unwrap().bytes;
            let mut vl = c.vega_lite();
            // The spec it was drawn with (a sum of counts) is the one thing that differs.
            vl["usermeta"]["blinq"]["spec"] = serde_json::Value::Null;
            (String::from_utf8(svg).unwrap(), vl)
        };
        assert_eq!(&reduction.resolved(&reduced).unwrap(), whole.spec());
        (drawn(&whole), drawn(&redrawn))
    }

    #[test]
    fn a_count_per_group_is_a_sum_of_the_counts() {
        let spec = PlotSpec::new(PlotKind::Bar).x("species").color("island");
        let r = Reduction::of(&spec, "SELECT * FROM data").unwrap();
        assert_eq!(
            r.sql(),
            "SELECT \"species\", \"island\", COUNT(*) AS \"count\" FROM (SELECT * FROM data) \
             AS \"rows\" GROUP BY \"species\", \"island\""
        );
        let (a, b) = both(&spec);
        assert_eq!(a, b);
    }

    #[test]
    fn means_sums_and_extremes_are_taken_once() {
        for aggregate in [AggFunc::Mean, AggFunc::Sum, AggFunc::Min, AggFunc::Max] {
            let spec = PlotSpec::new(PlotKind::Bar)
                .x("species")
                .y("mass")
                .aggregate(aggregate);
            let (a, b) = both(&spec);
            assert_eq!(a, b, "{aggregate}");
        }
    }

    #[test]
    fn a_count_of_a_column_counts_its_values() {
        let spec = PlotSpec::new(PlotKind::Bar)
            .x("species")
            .y("mass")
            .aggregate(AggFunc::Count);
        let r = Reduction::of(&spec, "SELECT * FROM data").unwrap();
        assert!(
            r.sql().contains("COUNT(\"mass\") AS \"mass\""),
            "{}",
            r.sql()
        );
        let (a, b) = both(&spec);
        assert_eq!(a, b);
    }

    #[test]
    fn charts_that_need_their_rows_are_not_reduced() {
        let kinds = [
            PlotKind::Scatter,
            PlotKind::Histogram,
            PlotKind::Box,
            PlotKind::Heatmap,
        ];
        for kind in kinds {
            let spec = PlotSpec::new(kind).x("species").y("mass");
            assert!(
                Reduction::of(&spec, "SELECT * FROM data").is_none(),
                "{kind}"
            );
            let spec = PlotSpec::new(kind).x("mass");
            assert!(
                Reduction::of(&spec, "SELECT * FROM data").is_none(),
                "{kind}"
            );
        }
        let median = PlotSpec::new(PlotKind::Bar)
            .x("species")
            .y("mass")
            .aggregate(AggFunc::Median);
        assert!(Reduction::of(&median, "SELECT * FROM data").is_none());
        // A pie's "Other" slice averages the rows of several groups.
        let mut pie = PlotSpec::new(PlotKind::Pie)
            .x("island")
            .y("mass")
            .aggregate(AggFunc::Mean);
        pie.limit = Some(1);
        assert!(Reduction::of(&pie, "SELECT * FROM data").is_none());
        pie.aggregate = Some(AggFunc::Sum);
        assert!(Reduction::of(&pie, "SELECT * FROM data").is_some());
    }

    #[test]
    fn a_count_column_does_not_take_a_key_name() {
        let frame = df!("count" => ["a", "b", "a"]).unwrap();
        let data = Dataset::new("t", frame);
        let spec = PlotSpec::new(PlotKind::Bar).x("count");
        let r = Reduction::of(&spec, "SELECT * FROM data").unwrap();
        let reduced = crate::sql::Session::with_dataset(data)
            .execute_all(r.sql())
            .unwrap();
        let reduced = Dataset::new("t", reduced);
        let redrawn = r.spec_over(&reduced).unwrap();
        assert_eq!(redrawn.y.as_deref(), Some("count_"));
        let vl = Chart::new(&reduced, &redrawn).unwrap().vega_lite();
        let text = vl["data"]["values"].to_string();
        assert!(text.contains('2'), "{text}");
    }
}
