//! From an [`Intent`] to one sandboxed SQL query and, for charts, a [`PlotSpec`].
//!
//! Identifiers are always double-quoted (inner quotes doubled) and text values are single-
//! quoted with inner quotes doubled, so nothing typed in a question can change the query's
//! structure.

use crate::plot::{PlotKind, PlotSpec, SortOrder};

use super::intent::{Agg, Filter, Intent, Order, Task};

/// Quote an identifier for SQL.
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Quote a JSON value as a SQL literal (strings single-quoted and escaped).
pub fn quote_literal(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::Bool(b) => b.to_string(),
        serde_json::Value::String(s) => format!("'{}'", s.replace('\'', "''")),
        other => format!("'{}'", other.to_string().replace('\'', "''")),
    }
}

/// The result column name of an aggregate.
pub(crate) fn agg_alias(agg: Agg, measure: Option<&str>) -> String {
    match measure {
        None => "count".into(),
        Some(m) => format!("{}_{m}", agg.short()),
    }
}

fn condition(f: &Filter) -> String {
    let column = quote_ident(&f.column);
    let lhs = if f.year_of {
        format!("EXTRACT(YEAR FROM {column})")
    } else if f.month_of {
        format!("EXTRACT(MONTH FROM {column})")
    } else {
        column
    };
    format!("{lhs} {} {}", f.op.sql(), quote_literal(&f.value))
}

fn where_clause(filters: &[Filter], not_null: &[&str]) -> String {
    let mut parts: Vec<String> = filters.iter().map(condition).collect();
    parts.extend(
        not_null
            .iter()
            .map(|c| format!("{} IS NOT NULL", quote_ident(c))),
    );
    if parts.is_empty() {
        String::new()
    } else {
        format!(" WHERE {}", parts.join(" AND "))
    }
}

/// The SQL of an intent.
pub(crate) fn sql(intent: &Intent) -> String {
    match intent.task {
        Task::Aggregate => {
            let agg = intent.agg.unwrap_or(Agg::Count);
            let measure = intent.measure.as_deref();
            let expr = match measure {
                Some(m) => agg.sql(&quote_ident(m)),
                None => "COUNT(*)".into(),
            };
            let alias = quote_ident(&agg_alias(agg, measure));
            let groups: Vec<String> = intent.group.iter().map(|g| quote_ident(g)).collect();
            let not_null: Vec<&str> = intent.group.iter().map(String::as_str).collect();
            let mut sql = String::from("SELECT ");
            for g in &groups {
                sql.push_str(g);
                sql.push_str(", ");
            }
            sql.push_str(&format!(
                "{expr} AS {alias} FROM data{}",
                where_clause(&intent.filters, &not_null)
            ));
            if !groups.is_empty() {
                sql.push_str(&format!(" GROUP BY {}", groups.join(", ")));
                match intent.order {
                    Some(Order::Desc) => {
                        sql.push_str(&format!(" ORDER BY {alias} DESC, {}", groups.join(", ")))
                    }
                    Some(Order::Asc) => {
                        sql.push_str(&format!(" ORDER BY {alias} ASC, {}", groups.join(", ")))
                    }
                    None => sql.push_str(&format!(" ORDER BY {}", groups.join(", "))),
                }
                if let Some(n) = intent.limit {
                    sql.push_str(&format!(" LIMIT {n}"));
                }
            }
            sql
        }
        Task::Rows => {
            let not_null: Vec<&str> = intent.measure.iter().map(String::as_str).collect();
            let mut sql = format!(
                "SELECT * FROM data{}",
                where_clause(&intent.filters, &not_null)
            );
            if let Some(m) = &intent.measure {
                let dir = if intent.order == Some(Order::Asc) {
                    "ASC"
                } else {
                    "DESC"
                };
                sql.push_str(&format!(" ORDER BY {} {dir}", quote_ident(m)));
            }
            if let Some(n) = intent.limit {
                sql.push_str(&format!(" LIMIT {n}"));
            }
            sql
        }
        Task::Correlation => {
            let a = quote_ident(intent.measure.as_deref().unwrap_or_default());
            let b = quote_ident(intent.second.as_deref().unwrap_or_default());
            format!(
                "SELECT CORR({a}, {b}) AS \"correlation\", COUNT(*) AS \"n\" FROM data{}",
                where_clause(
                    &intent.filters,
                    &[
                        intent.measure.as_deref().unwrap_or_default(),
                        intent.second.as_deref().unwrap_or_default()
                    ]
                )
            )
        }
        Task::Chart => {
            let mut columns: Vec<String> = Vec::new();
            if let Some(c) = &intent.chart {
                for col in [&c.x, &c.y, &c.color].into_iter().flatten() {
                    let q = quote_ident(col);
                    if !columns.contains(&q) {
                        columns.push(q);
                    }
                }
            }
            let list = if columns.is_empty() {
                "*".to_string()
            } else {
                columns.join(", ")
            };
            format!(
                "SELECT {list} FROM data{}",
                where_clause(&intent.filters, &[])
            )
        }
    }
}

/// The plot spec of a chart intent.
pub(crate) fn spec(intent: &Intent) -> Option<PlotSpec> {
    let chart = intent.chart.as_ref()?;
    let mut spec = PlotSpec::new(chart.kind);
    spec.x = chart.x.clone();
    spec.y = chart.y.clone();
    spec.color = chart.color.clone();
    spec.stacked = chart.stacked;
    let aggregates = matches!(
        chart.kind,
        PlotKind::Bar | PlotKind::Line | PlotKind::Area | PlotKind::Pie | PlotKind::Heatmap
    );
    if aggregates {
        spec.aggregate = intent.agg.map(Agg::plot);
        if spec.aggregate == Some(crate::plot::Aggregate::Count) && chart.kind != PlotKind::Heatmap
        {
            spec.y = None;
        }
    }
    if let Some(n) = intent.limit
        && matches!(chart.kind, PlotKind::Bar | PlotKind::Pie | PlotKind::Box)
    {
        spec.limit = Some(n);
        spec.sort = Some(if intent.order == Some(Order::Asc) {
            SortOrder::Ascending
        } else {
            SortOrder::Descending
        });
    }
    Some(spec)
}
