//! The chart part of a question: which kind of chart, and which columns go on x, y and
//! colour.

use crate::plot::PlotKind;

use super::defaults::{additive_default, compared_values};
use super::found::Scan;
use super::intent::{AggFunc, Chart, Intent, Order, Task};
use super::schema::{Kind, Schema};

/// A chart intent from the columns a question names in each role.
pub(crate) fn chart(
    schema: &Schema,
    s: &Scan,
    measures: &[String],
    groups: &[String],
    colors: &[String],
    versus: &[String],
    agg: Option<AggFunc>,
) -> Result<Intent, String> {
    let numeric = |c: &String| schema.kind(c) == Kind::Number;
    let is_time = |c: &String| time_like(schema, c) || s.buckets.iter().any(|b| &b.name == c);
    let first_num = measures.iter().find(|c| numeric(c)).cloned();
    let first_text = measures.iter().find(|c| !numeric(c)).cloned();
    // "MSFT and IBM prices over time": one colour per compared value.
    let compared = s.filters.iter().enumerate().find_map(|(i, f)| {
        (f.value.is_string() && filters_after(&s.filters[i + 1..], f)).then(|| f.column.clone())
    });
    let mut color = colors.first().cloned().or(compared);
    let mut kind = s.chart_kind;
    let mut x: Option<String>;
    let mut y: Option<String> = None;
    if kind.is_none() {
        kind = Some(if s.trend {
            PlotKind::Line
        } else if s.distribution {
            match measures.first() {
                Some(m) if numeric(m) => PlotKind::Histogram,
                _ => PlotKind::Bar,
            }
        } else if let Some(v) = versus.first() {
            if schema.kind(v) == Kind::Time || is_time(v) {
                PlotKind::Line
            } else if numeric(v) && first_num.is_some() {
                PlotKind::Scatter
            } else {
                PlotKind::Bar
            }
        } else if s.versus && measures.len() >= 2 && measures.iter().all(numeric) {
            PlotKind::Scatter
        } else if !groups.is_empty() {
            PlotKind::Bar
        } else if measures.len() >= 2 && measures.iter().all(numeric) {
            PlotKind::Scatter
        } else if first_num.is_some() {
            PlotKind::Histogram
        } else if first_text.is_some() {
            PlotKind::Bar
        } else {
            return Err("name the columns to chart".into());
        });
    }
    if kind == Some(PlotKind::Histogram) && first_num.is_none() {
        // A histogram of text is a bar chart of counts.
        kind = Some(PlotKind::Bar);
    }
    let kind = kind.unwrap_or(PlotKind::Bar);
    // "bar chart of the number of eliminations per season" over a 0/1 `eliminated`: the
    // number of a yes/no flag's yeses in each group is the flag's sum, drawn as its own.
    let counts_a_flag = agg == Some(AggFunc::Count)
        && !groups.is_empty()
        && matches!(kind, PlotKind::Bar | PlotKind::Line | PlotKind::Area)
        && first_num
            .as_ref()
            .is_some_and(|m| schema.get(m).is_some_and(|c| c.binary));
    let agg = if counts_a_flag {
        Some(AggFunc::Sum)
    } else {
        agg
    };
    match kind {
        PlotKind::Scatter => {
            // "Y vs X", "Y against X", "Y over X" put X across; "scatter X, Y" keeps the
            // order.
            let mut cols: Vec<String> = versus.to_vec();
            cols.extend(measures.iter().cloned());
            if versus.is_empty() {
                x = cols.first().cloned();
                y = cols.get(1).cloned();
            } else {
                x = versus.first().cloned();
                y = measures.first().cloned().or_else(|| cols.get(1).cloned());
            }
            if color.is_none() {
                color = groups.first().cloned().or_else(|| cols.get(2).cloned());
            }
        }
        PlotKind::Histogram => {
            x = first_num.clone().or_else(|| measures.first().cloned());
            if color.is_none() {
                color = groups.first().cloned();
            }
        }
        PlotKind::Line | PlotKind::Area => {
            y = first_num.clone();
            x = versus
                .first()
                .cloned()
                .or_else(|| groups.iter().find(|g| is_time(g)).cloned())
                .or_else(|| schema.time_column().map(str::to_string))
                .or_else(|| groups.first().cloned());
            // "daily births over the year" over one year's dates with a `year` column that
            // holds 1978 only: one value is no axis; the dates are.
            let constant = x.as_deref().and_then(|c| schema.get(c)).is_some_and(|c| {
                c.kind == Kind::Number && c.range.is_some_and(|(lo, hi)| lo == hi)
            });
            if constant
                && let Some(dates) = schema
                    .columns
                    .iter()
                    .find(|c| c.kind == Kind::Time && c.calendar)
            {
                x = Some(dates.name.clone());
            }
            if color.is_none() {
                color = groups
                    .iter()
                    .find(|g| Some(*g) != x.as_ref())
                    .cloned()
                    .or_else(|| first_text.clone());
            }
            // "the price of each stock over time": one line per name.
            if color.is_none() && s.per_row {
                color = schema
                    .columns
                    .iter()
                    .find(|c| c.kind == Kind::Text && c.values.is_some())
                    .map(|c| c.name.clone());
            }
        }
        PlotKind::Heatmap => {
            let mut cols: Vec<String> = measures.iter().filter(|c| !numeric(c)).cloned().collect();
            cols.extend(groups.iter().cloned());
            cols.extend(versus.iter().cloned());
            // "heatmap of origin vs cylinders": numbers can be the axes too.
            for m in measures.iter().filter(|c| numeric(c)) {
                if cols.len() < 2 && !cols.contains(m) {
                    cols.push(m.clone());
                }
            }
            x = cols.first().cloned();
            y = cols.get(1).cloned();
            color = measures
                .iter()
                .find(|c| numeric(c) && !cols[..cols.len().min(2)].contains(c))
                .cloned();
        }
        PlotKind::Bar | PlotKind::Pie | PlotKind::Box => {
            x = groups
                .first()
                .cloned()
                .or_else(|| versus.first().cloned())
                .or_else(|| first_text.clone());
            y = first_num
                .clone()
                .filter(|_| agg != Some(AggFunc::Count) || kind == PlotKind::Box);
            // "bar chart of the number of insectivores, omnivores and herbivores": values
            // of one column compared, with nothing else named, go across.
            if x.is_none()
                && first_num.is_none()
                && let Some(c) = color.take_if(|c| colors.first() != Some(c))
            {
                x = Some(c);
            }
            // "bar chart of how many cars have 3, 4 and 5 gears": listed numbers of one
            // column go across too.
            if x.is_none()
                && first_num.is_none()
                && let Some(f) = compared_values(&s.filters).filter(|f| f.date_part().is_none())
            {
                x = Some(f.column.clone());
            }
            // "box plot of hours for men and women": one box per compared value.
            if x.is_none() && kind == PlotKind::Box && y.is_some() {
                x = color.take();
            }
            if x.is_none() && kind != PlotKind::Box {
                x = first_num.clone();
                y = None;
            }
            if color.is_none() {
                color = groups.get(1).cloned();
                if kind == PlotKind::Box && x.is_some() && color.is_none() {
                    color = None;
                }
            }
            // "stacked bar chart of the answers on poverty by country": a text column
            // counted by another splits each bar.
            if color.is_none() && kind == PlotKind::Bar && s.stacked && groups.first() == x.as_ref()
            {
                color = measures
                    .iter()
                    .chain(versus)
                    .find(|c| !numeric(c) && Some(*c) != x.as_ref())
                    .cloned();
            }
        }
    }
    if x.is_none() && kind != PlotKind::Box {
        return Err(format!("name the columns for the {kind} chart"));
    }
    if kind == PlotKind::Box && y.is_none() {
        return Err("a box plot needs a numeric column".into());
    }
    // A colour for the column across says nothing the axis does not ("box plot of hours
    // for men and women": one box per sex, not also one colour per sex).
    if kind == PlotKind::Pie || (color.is_some() && color == x) {
        color = None;
    }
    let mut intent = Intent::new(Task::Chart);
    intent.filters = s.filters.clone();
    intent.agg = agg.filter(|_| y.is_some() || agg == Some(AggFunc::Count));
    // "bar chart of sales by region": quantities that add up are summed.
    if intent.agg.is_none()
        && matches!(
            kind,
            PlotKind::Bar | PlotKind::Pie | PlotKind::Area | PlotKind::Line
        )
        && let Some(y) = &y
        && additive_default(y) == AggFunc::Sum
    {
        intent.agg = Some(AggFunc::Sum);
    }
    intent.chart = Some(Chart {
        kind,
        x,
        y,
        color,
        stacked: s.stacked,
    });
    if let (Some(n), Some(order)) = (s.top_n, s.superlative) {
        intent.limit = Some(n);
        intent.order = Some(order);
    }
    // Hundreds of bars or slices can't be read: keep the 20 largest.
    let many = |c: &Option<String>| {
        c.as_ref()
            .and_then(|c| schema.get(c))
            .and_then(|c| c.values.as_ref())
            .is_some_and(|v| v.len() > 30)
    };
    if matches!(kind, PlotKind::Bar | PlotKind::Pie)
        && intent.limit.is_none()
        && intent.chart.as_ref().is_some_and(|c| many(&c.x))
    {
        intent.limit = Some(20);
        intent.order = Some(Order::Desc);
    }
    Ok(intent)
}

/// A date column, or a number column named like a year/month/date.
pub(crate) fn time_like(schema: &Schema, column: &str) -> bool {
    schema.get(column).is_some_and(|c| {
        c.kind == Kind::Time
            || c.words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "year" | "date" | "month" | "time" | "day" | "week"
                )
            })
    })
}

/// Whether another equality filter tests the same column as `f`.
fn filters_after(rest: &[super::intent::Filter], f: &super::intent::Filter) -> bool {
    f.op == super::intent::Cmp::Eq
        && rest
            .iter()
            .any(|g| g.op == f.op && super::build::same_target(f, g))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stacked_bar_of_a_text_column_by_another_splits_each_bar_by_the_first() {
        let schema = Schema::of_csv(
            "survey",
            "poverty,country\nToo Little,USA\nAbout Right,USA\nToo Little,Sweden\n",
        );
        let strings = |c: &[&str]| c.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        let drawn = |stacked: bool| {
            let s = Scan {
                chart_kind: Some(PlotKind::Bar),
                stacked,
                ..Scan::default()
            };
            let groups = strings(&["country"]);
            let versus = strings(&["poverty"]);
            chart(&schema, &s, &[], &groups, &[], &versus, None)
                .unwrap()
                .chart
                .unwrap()
        };
        assert_eq!(drawn(true).x.as_deref(), Some("country"));
        assert_eq!(drawn(true).color.as_deref(), Some("poverty"));
        // Not stacked: one bar per country, as before.
        assert_eq!(drawn(false).color, None);
    }

    #[test]
    fn the_number_of_a_flags_yeses_per_group_is_its_sum() {
        let schema = Schema::of_csv(
            "episodes",
            "season,eliminated,rank
S01,1,3
S01,0,2
S02,1,5
",
        );
        let s = Scan {
            chart_kind: Some(PlotKind::Bar),
            ..Scan::default()
        };
        let drawn = |measure: &str| {
            chart(
                &schema,
                &s,
                &[measure.to_string()],
                &["season".to_string()],
                &[],
                &[],
                Some(AggFunc::Count),
            )
            .unwrap()
        };
        let flag = drawn("eliminated");
        assert_eq!(flag.agg, Some(AggFunc::Sum));
        assert_eq!(flag.chart.unwrap().y.as_deref(), Some("eliminated"));
        // A count of another number still counts rows.
        let rows = drawn("rank");
        assert_eq!(rows.agg, Some(AggFunc::Count));
        assert_eq!(rows.chart.unwrap().y, None);
    }
}
