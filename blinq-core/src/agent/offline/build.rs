//! From an [`Intent`] to one sandboxed SQL query and, for charts, a [`PlotSpec`].
//!
//! Identifiers are always double-quoted (inner quotes doubled) and text values are single-
//! quoted with inner quotes doubled, so nothing typed in a question can change the query's
//! structure.

use std::collections::BTreeMap;

use crate::plot::{PlotKind, PlotSpec, SortOrder};

use super::intent::{
    AggFunc, AggWords, Beside, Bucket, Cmp, DatePart, Difference, Filter, Having, Intent, Order,
    Ratio, ReadAs, SameAs, Side, Span, Task,
};
use super::words::WEEKDAYS;

pub use crate::sql::quote_ident;

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
pub(crate) fn agg_alias(agg: AggFunc, measure: Option<&str>) -> String {
    match measure {
        None => "count".into(),
        Some(m) => format!("{}_{m}", agg.short()),
    }
}

/// How an intent reads its text columns of numbers ([`Intent::readings`]).
struct Readings<'a>(&'a BTreeMap<String, ReadAs>);

impl<'a> Readings<'a> {
    fn of(intent: &'a Intent) -> Self {
        Readings(&intent.readings)
    }

    /// Whether the column is read as a number other than as it is (a written date read by
    /// its year is drawn as written).
    fn reads(&self, name: &str) -> bool {
        self.0.get(name).is_some_and(|r| *r != ReadAs::Year)
    }
}

/// A column as SQL: quoted, or read as the number its text writes ([`ReadAs`]).
fn number_of(name: &str, readings: &Readings) -> String {
    let column = quote_ident(name);
    match readings.0.get(name) {
        None => column,
        Some(ReadAs::Seconds) => {
            // The first word, then hours, minutes and seconds parted by colons.
            let t = format!("SPLIT_PART(TRIM({column}), ' ', 1)");
            let part = |k: usize| format!("TRY_CAST(SPLIT_PART({t}, ':', {k}) AS DOUBLE)");
            format!(
                "CASE WHEN {t} LIKE '%:%:%' THEN 3600 * {} + 60 * {} + {} \
                 WHEN {t} LIKE '%:%' THEN 60 * {} + {} ELSE TRY_CAST({t} AS DOUBLE) END",
                part(1),
                part(2),
                part(3),
                part(1),
                part(2)
            )
        }
        // The year a written date ends with, before a note in brackets (see `year_text`).
        Some(ReadAs::Year) => {
            format!("TRY_CAST(RIGHT(TRIM(SPLIT_PART({column}, '(', 1)), 4) AS INT)")
        }
        // Feet and inches parted by marks or a dash (see `inches`): 12 inches a foot.
        Some(ReadAs::Inches) => {
            let mut t = column.clone();
            for mark in super::inches::MARKS {
                t = format!("REPLACE({t}, '{}', ' ')", mark.replace('\'', "''"));
            }
            for _ in 0..3 {
                t = format!("REPLACE({t}, '  ', ' ')");
            }
            let t = format!("TRIM({t})");
            format!(
                "12 * TRY_CAST(SPLIT_PART({t}, ' ', 1) AS DOUBLE) \
                 + COALESCE(TRY_CAST(SPLIT_PART({t}, ' ', 2) AS DOUBLE), 0)"
            )
        }
        // A line break parts the number from its note as a space does; a currency sign
        // before it and a percent sign after it are dropped.
        Some(ReadAs::LeadingNumber) => {
            let mut t = format!("REPLACE({column}, '\n', ' ')");
            for sign in super::leading::CURRENCY.iter().chain(&['%']) {
                t = format!("REPLACE({t}, '{sign}', '')");
            }
            format!("TRY_CAST(REPLACE(SPLIT_PART(LTRIM({t}), ' ', 1), ',', '') AS DOUBLE)")
        }
    }
}

/// A number, or a list of numbers (`in`, `between`): a condition compared as numbers.
pub(crate) fn is_number_value(value: &serde_json::Value) -> bool {
    match value {
        serde_json::Value::Array(items) => items.iter().all(serde_json::Value::is_number),
        v => v.is_number(),
    }
}

fn condition(f: &Filter, readings: &Readings) -> String {
    // Another column of the row ("leave > remain"), both read as numbers.
    let against = f.against.as_ref().map(|other| number_of(other, readings));
    let column = if is_number_value(&f.value) || against.is_some() {
        number_of(&f.column, readings)
    } else {
        quote_ident(&f.column)
    };
    let lhs = match f.date_part() {
        Some(part) => part.sql_of(&column),
        None => column,
    };
    let value = against.unwrap_or_else(|| quote_literal(&f.value));
    // A list value for `in`, `not_in` and `between`; one value counts as a list of one.
    let list: Vec<String> = match &f.value {
        serde_json::Value::Array(items) => items.iter().map(quote_literal).collect(),
        one => vec![quote_literal(one)],
    };
    match f.op {
        Cmp::Eq => format!("{lhs} = {value}"),
        // Rows without a value are not the value either.
        Cmp::Ne => format!("({lhs} IS NULL OR {lhs} <> {value})"),
        Cmp::Gt => format!("{lhs} > {value}"),
        Cmp::Ge => format!("{lhs} >= {value}"),
        Cmp::Lt => format!("{lhs} < {value}"),
        Cmp::Le => format!("{lhs} <= {value}"),
        Cmp::IsNull => format!("{lhs} IS NULL"),
        Cmp::NotNull => format!("{lhs} IS NOT NULL"),
        Cmp::In => format!("{lhs} IN ({})", list.join(", ")),
        Cmp::NotIn => format!("{lhs} NOT IN ({})", list.join(", ")),
        // "reviews that mention dogs" finds "Dogs" too: a word in a text, in any case.
        Cmp::Contains => format!("STRPOS(LOWER({lhs}), LOWER({value})) > 0"),
        Cmp::StartsWith => format!("STARTS_WITH(LOWER({lhs}), LOWER({value}))"),
        Cmp::EndsWith => format!("ENDS_WITH(LOWER({lhs}), LOWER({value}))"),
        Cmp::Between => match list.as_slice() {
            [low, high] => format!("{lhs} BETWEEN {low} AND {high}"),
            // Not a pair: nothing is between, as SQL has it for a missing bound.
            _ => "FALSE".to_string(),
        },
    }
}

/// The year a column's value ends with, as a number: `1864` of `1859–1864`, `1947` of
/// `June 1, 1947`, and a number itself (`1864`).
fn year_ending(column: &str) -> String {
    format!("TRY_CAST(RIGHT(TRIM(CAST({column} AS VARCHAR)), 4) AS INT)")
}

/// The years from a span's start to its end ([`Span`]): within one column, the year before
/// its dash to the year it ends with ("1859–1864", "March 28, 1991 - January 20, 1993").
fn span_years(span: &Span) -> String {
    let start = quote_ident(&span.start);
    match &span.end {
        Some(end) => format!(
            "{} - {}",
            year_ending(&quote_ident(end)),
            year_ending(&start)
        ),
        None => {
            let dashed = format!(
                "REPLACE(REPLACE(CAST({start} AS VARCHAR), '\u{2013}', '-'), '\u{2014}', '-')"
            );
            format!(
                "{} - {}",
                year_ending(&start),
                year_ending(&format!("SPLIT_PART({dashed}, '-', 1)"))
            )
        }
    }
}

/// `HAVING` on a group's count of rows: a plain comparison with a number.
fn having(h: &Having) -> String {
    let op = match h.op {
        Cmp::Gt => ">",
        Cmp::Ge => ">=",
        Cmp::Lt => "<",
        Cmp::Le => "<=",
        Cmp::Eq => "=",
        Cmp::Ne => "<>",
        _ => return String::new(),
    };
    let value = serde_json::Number::from_f64(h.value)
        .map(|n| quote_literal(&serde_json::Value::Number(n)))
        .unwrap_or_else(|| "0".into());
    format!(" HAVING COUNT(*) {op} {value}")
}

/// The rows `beside.offset` rows on from those the anchor picks, in the file's order (each
/// row numbered by `ROW_NUMBER() OVER ()`), or ranked by the intent's measure in its order,
/// narrowed by the intent's filters. Rows without the first column asked for are not
/// counted ("the next event after Hardcore TV #15" is the next row that names an event),
/// nor are the anchor's own rows ("the region below Atacama" where two rows say Atacama is
/// the one after them).
fn beside_rows(intent: &Intent, beside: &Beside, shown: &str) -> String {
    let shown = if shown == "*" {
        "* EXCLUDE (\"__row\")"
    } else {
        shown
    };
    let step = if beside.offset < 0 {
        format!("- {}", beside.offset.unsigned_abs())
    } else {
        format!("+ {}", beside.offset)
    };
    let narrowed = where_with(
        &intent.filters,
        &[],
        intent.same_as.as_ref(),
        &Readings::of(intent),
    )
    .strip_prefix(" WHERE ")
    .map(|conditions| format!(" AND {conditions}"))
    .unwrap_or_default();
    let anchor = condition(&beside.anchor, &Readings::of(intent));
    // Ranked by a measure ("the next highest peak after …"), rows without it left out; else
    // in the file's order, rows without the first column asked for left out.
    let (order, counted) = match (&intent.measure, intent.order) {
        (Some(m), Some(o)) => {
            let m = number_of(m, &Readings::of(intent));
            let way = if o == Order::Asc { "ASC" } else { "DESC" };
            (
                format!("ORDER BY {m} {way}"),
                format!(" WHERE {m} IS NOT NULL"),
            )
        }
        _ => (
            String::new(),
            match intent.columns.first() {
                Some(first) => {
                    format!(" WHERE {} IS NOT NULL OR ({anchor})", quote_ident(first))
                }
                None => String::new(),
            },
        ),
    };
    let mut sql = format!(
        "WITH \"__numbered\" AS (SELECT *, ROW_NUMBER() OVER ({order}) AS \"__row\" FROM data{counted}) \
         SELECT {shown} FROM \"__numbered\" WHERE \"__row\" IN \
         (SELECT \"__row\" {step} FROM \"__numbered\" WHERE ({anchor})) \
         AND NOT COALESCE(({anchor}), FALSE){narrowed}"
    );
    if let Some(n) = intent.limit {
        sql.push_str(&format!(" LIMIT {n}"));
    }
    sql
}

/// The longest run of consecutive rows (numbered in the file's order) that the filters
/// keep: a row's number minus its number among the kept rows is the same along a run. Per
/// value of the first group, numbered within the value, the value with the longest run.
fn longest_run(intent: &Intent) -> String {
    let group = intent.group.first();
    let not_null: Vec<&str> = group.iter().map(|g| g.as_str()).collect();
    let kept = where_with(
        &intent.filters,
        &not_null,
        intent.same_as.as_ref(),
        &Readings::of(intent),
    );
    let (key, partition, tie) = match group {
        Some(g) => {
            let g = quote_ident(g);
            (
                format!("{g}, "),
                format!("PARTITION BY {g} "),
                format!(", {g}"),
            )
        }
        None => Default::default(),
    };
    format!(
        "WITH \"__numbered\" AS (SELECT *, ROW_NUMBER() OVER () AS \"__row\" FROM data), \
         \"__kept\" AS (SELECT {key}\"__row\" - ROW_NUMBER() OVER ({partition}ORDER BY \"__row\") \
         AS \"__run\" FROM \"__numbered\"{kept}) \
         SELECT {key}COUNT(*) AS \"streak\" FROM \"__kept\" GROUP BY {key}\"__run\" \
         ORDER BY \"streak\" DESC{tie} LIMIT 1"
    )
}

/// One value: the aggregate over the rows `d.of` picks minus that over the rows `d.minus`
/// picks (its size when absolute), both within the intent's filters.
fn difference(intent: &Intent, d: &Difference) -> String {
    let agg = intent.agg.unwrap_or(AggFunc::Count);
    let part = |f: &Filter| match intent.measure.as_deref() {
        Some(m) => agg.sql(&format!(
            "CASE WHEN {} THEN {} END",
            condition(f, &Readings::of(intent)),
            number_of(m, &Readings::of(intent))
        )),
        None => format!(
            "COUNT(CASE WHEN {} THEN 1 END)",
            condition(f, &Readings::of(intent))
        ),
    };
    let mut filters = intent.filters.clone();
    filters.extend([d.of.clone(), d.minus.clone()]);
    let rows = where_with(
        &filters,
        &[],
        intent.same_as.as_ref(),
        &Readings::of(intent),
    );
    if let Some(v) = &d.verdict {
        // The words first, then the two aggregates they compare.
        let said = |w: &str| quote_literal(&serde_json::Value::String(w.to_string()));
        return format!(
            "SELECT CASE WHEN \"first\" > \"second\" THEN {} WHEN \"first\" < \"second\" \
             THEN {} WHEN \"first\" = \"second\" THEN {} END AS \"answer\", \"first\", \"second\" \
             FROM (SELECT {} AS \"first\", {} AS \"second\" FROM data{rows})",
            said(&v.above),
            said(&v.below),
            said(&v.same),
            part(&d.of),
            part(&d.minus)
        );
    }
    let mut expr = format!("{} - {}", part(&d.of), part(&d.minus));
    if d.absolute {
        expr = format!("ABS({expr})");
    }
    if let Some(side) = d.percent_of {
        let base = match side {
            Side::Of => part(&d.of),
            Side::Minus => part(&d.minus),
        };
        expr = format!("100.0 * ({expr}) / NULLIF({base}, 0)");
    }
    format!("SELECT {expr} AS \"difference\" FROM data{rows}")
}

fn where_clause(filters: &[Filter], not_null: &[&str], readings: &Readings) -> String {
    where_with(filters, not_null, None, readings)
}

/// The WHERE of `filters`, with the rows sharing a value with an anchor's (the anchor's
/// own rows left out).
fn where_with(
    filters: &[Filter],
    not_null: &[&str],
    same_as: Option<&SameAs>,
    readings: &Readings,
) -> String {
    // Several values of one column ("Japan and Europe") are alternatives.
    let mut parts: Vec<String> = Vec::new();
    let mut done = vec![false; filters.len()];
    for (i, f) in filters.iter().enumerate() {
        if done[i] {
            continue;
        }
        let same: Vec<usize> = (i..filters.len())
            .filter(|&j| f.op == Cmp::Eq && same_target(f, &filters[j]) && filters[j].op == Cmp::Eq)
            .collect();
        if same.len() > 1 {
            let alternatives: Vec<String> = same
                .iter()
                .map(|&j| condition(&filters[j], readings))
                .collect();
            same.iter().for_each(|&j| done[j] = true);
            parts.push(format!("({})", alternatives.join(" OR ")));
        } else {
            parts.push(condition(f, readings));
        }
    }
    if let Some(sa) = same_as {
        let column = quote_ident(&sa.column);
        let anchor = condition(&sa.anchor, readings);
        parts.push(format!(
            "{column} IN (SELECT {column} FROM data WHERE {anchor}) AND NOT COALESCE({anchor}, FALSE)"
        ));
    }
    // A column read by its leading number has one only where it reads as one.
    parts.extend(
        not_null
            .iter()
            .map(|c| format!("{} IS NOT NULL", number_of(c, readings))),
    );
    if parts.is_empty() {
        String::new()
    } else {
        format!(" WHERE {}", parts.join(" AND "))
    }
}

/// Whether two filters test the same thing (the same column, or the same part of a date).
pub(crate) fn same_target(a: &Filter, b: &Filter) -> bool {
    a.column == b.column && a.date_part() == b.date_part()
}

/// The bucket whose result column is `name`.
/// The measure `m` as SQL: as [`number_of`], or each row's percentage of the whole
/// ([`Intent::ratio`], not of totals; a whole of 0 gives no value), or its fraction in
/// percent ([`Intent::percent`]).
fn measured(intent: &Intent, m: &str) -> String {
    let readings = Readings::of(intent);
    match &intent.ratio {
        Some(r) if r.minus => format!(
            "{} - {}",
            number_of(m, &readings),
            number_of(&r.whole, &readings)
        ),
        Some(r) if !r.of_totals => format!(
            "{}{} / NULLIF({}, 0)",
            percent(r),
            number_of(m, &readings),
            number_of(&r.whole, &readings)
        ),
        None if intent.percent => format!("100.0 * {}", number_of(m, &readings)),
        _ => number_of(m, &readings),
    }
}

/// The factor before a ratio: 100 for a percentage, none for a plain ratio, or the number
/// it is per ("per 100,000 people").
fn percent(r: &Ratio) -> String {
    match r.per {
        Some(n) => format!("{n:?} * "),
        None if r.plain => "1.0 * ".into(),
        None => "100.0 * ".into(),
    }
}

fn bucket<'a>(intent: &'a Intent, name: &str) -> Option<&'a Bucket> {
    intent.buckets.iter().find(|b| b.name == name)
}

/// The expression of a result column: the quoted column, or a date part of one (the year
/// of a date written as text is its reading).
fn source(intent: &Intent, name: &str) -> String {
    match bucket(intent, name) {
        Some(b) if intent.readings.get(&b.column) == Some(&ReadAs::Year) => {
            number_of(&b.column, &Readings::of(intent))
        }
        // The day of the week by its name ("Monday"), not SQL's number for it.
        Some(b) if b.unit == DatePart::Weekday => {
            let number = b.unit.sql_of(&quote_ident(&b.column));
            // SQL's `DOW` is 0 on Sunday, the lexicon's days start on Monday.
            let days: String = (0..7)
                .map(|n| {
                    let day = WEEKDAYS[(n + 6) % 7];
                    format!(" WHEN {n} THEN '{}{}'", day[..1].to_uppercase(), &day[1..])
                })
                .collect();
            format!("CASE {number}{days} END")
        }
        Some(b) => b.unit.sql_of(&quote_ident(&b.column)),
        None => quote_ident(name),
    }
}

/// A result column as it is ordered: its name, or for days of the week named, their place
/// in the week (Sunday first, as SQL's `DOW`).
fn in_order(intent: &Intent, name: &str) -> String {
    match bucket(intent, name) {
        Some(b) if b.unit == DatePart::Weekday => format!(
            "STRPOS('SunMonTueWedThuFriSat', LEFT({}, 3))",
            quote_ident(name)
        ),
        _ => quote_ident(name),
    }
}

/// A column in a SELECT list, aliased when it is computed.
fn selected(intent: &Intent, name: &str) -> String {
    match bucket(intent, name) {
        Some(_) => format!("{} AS {}", source(intent, name), quote_ident(name)),
        None => quote_ident(name),
    }
}

/// A column a chart draws: as [`selected`], and by its leading number where the data
/// writes numbers with a unit after them.
fn drawn(intent: &Intent, name: &str) -> String {
    if bucket(intent, name).is_none() && Readings::of(intent).reads(name) {
        format!(
            "{} AS {}",
            number_of(name, &Readings::of(intent)),
            quote_ident(name)
        )
    } else {
        selected(intent, name)
    }
}

/// The SQL of an intent.
pub(crate) fn sql(intent: &Intent) -> String {
    match intent.task {
        Task::Aggregate if intent.streak => longest_run(intent),
        Task::Aggregate if intent.difference.is_some() => {
            difference(intent, intent.difference.as_ref().expect("checked"))
        }
        Task::Aggregate => {
            let agg = intent.agg.unwrap_or(AggFunc::Count);
            let measure = intent.measure.as_deref();
            let expr = match (measure, &intent.ratio) {
                // The totals' percentage: of each group's, or of all the rows'.
                (Some(m), Some(r)) if r.of_totals => {
                    let readings = Readings::of(intent);
                    format!(
                        "{}SUM({}) / NULLIF(SUM({}), 0)",
                        percent(r),
                        number_of(m, &readings),
                        number_of(&r.whole, &readings)
                    )
                }
                (Some(m), _) => agg.sql(&measured(intent, m)),
                (None, _) => "COUNT(*)".into(),
            };
            let label = intent.measure_label();
            let alias = match &intent.ratio {
                Some(r) if r.of_totals => quote_ident(label.as_deref().unwrap_or("percent")),
                _ => quote_ident(&agg_alias(agg, label.as_deref())),
            };
            let groups: Vec<String> = intent.group.iter().map(|g| in_order(intent, g)).collect();
            let keys: Vec<String> = intent.group.iter().map(|g| source(intent, g)).collect();
            let not_null: Vec<&str> = intent
                .group
                .iter()
                .map(|g| bucket(intent, g).map_or(g.as_str(), |b| b.column.as_str()))
                .collect();
            let mut sql = String::from("SELECT ");
            for g in &intent.group {
                sql.push_str(&selected(intent, g));
                sql.push_str(", ");
            }
            // "sales and profit by segment": the other measures first, the main one last.
            for m in &intent.also {
                let also = quote_ident(&agg_alias(agg, Some(m)));
                sql.push_str(&format!(
                    "{} AS {also}, ",
                    agg.sql(&number_of(m, &Readings::of(intent)))
                ));
            }
            sql.push_str(&format!(
                "{expr} AS {alias} FROM data{}",
                where_with(
                    &intent.filters,
                    &not_null,
                    intent.same_as.as_ref(),
                    &Readings::of(intent),
                )
            ));
            if !groups.is_empty() {
                sql.push_str(&format!(" GROUP BY {}", keys.join(", ")));
                if let Some(h) = &intent.having {
                    sql.push_str(&having(h));
                }
                // "which species has the highest mass": the first group, and any tied with
                // it, never one of equals picked by the order of their names.
                if let (Some(1), Some(order)) = (intent.limit, intent.order) {
                    let best = if order == Order::Asc { "MIN" } else { "MAX" };
                    return format!(
                        "WITH \"grouped\" AS ({sql}) SELECT * FROM \"grouped\" WHERE {alias} IN \
                         (SELECT {best}({alias}) FROM \"grouped\") ORDER BY {}",
                        groups.join(", ")
                    );
                }
                match intent.order {
                    Some(Order::Desc) => sql.push_str(&format!(
                        " ORDER BY {alias} DESC NULLS LAST, {}",
                        groups.join(", ")
                    )),
                    Some(Order::Asc) => sql.push_str(&format!(
                        " ORDER BY {alias} ASC NULLS LAST, {}",
                        groups.join(", ")
                    )),
                    None => sql.push_str(&format!(" ORDER BY {}", groups.join(", "))),
                }
                if let Some(n) = intent.limit {
                    sql.push_str(&format!(" LIMIT {n}"));
                }
            }
            sql
        }
        Task::Rows if intent.yes_no => format!(
            "SELECT CASE WHEN COUNT(*) > 0 THEN 'yes' ELSE 'no' END AS \"answer\", \
             COUNT(*) AS \"rows\" FROM data{}",
            where_with(
                &intent.filters,
                &[],
                intent.same_as.as_ref(),
                &Readings::of(intent),
            )
        ),
        Task::Rows => {
            let not_null: Vec<&str> = intent.measure.iter().map(String::as_str).collect();
            // A ratio is shown in place of its measure, named as the answer names it.
            let computed = intent.ratio.is_some() || intent.percent;
            let ratio_shown = |c: &String| match (computed, intent.measure_label()) {
                (true, Some(label)) if intent.measure.as_ref() == Some(c) => {
                    format!("{} AS {}", measured(intent, c), quote_ident(&label))
                }
                _ => quote_ident(c),
            };
            let shown = if intent.columns.is_empty() {
                match (computed, &intent.measure, intent.measure_label()) {
                    (true, Some(m), Some(label)) => {
                        format!("*, {} AS {}", measured(intent, m), quote_ident(&label))
                    }
                    _ => "*".to_string(),
                }
            } else {
                intent
                    .columns
                    .iter()
                    .map(ratio_shown)
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            if intent.distinct {
                let listed: Vec<&str> = intent.columns.iter().map(String::as_str).collect();
                return format!(
                    "SELECT DISTINCT {shown} FROM data{} ORDER BY {shown}",
                    where_with(
                        &intent.filters,
                        &listed,
                        intent.same_as.as_ref(),
                        &Readings::of(intent),
                    )
                );
            }
            if let Some(beside) = &intent.beside {
                return beside_rows(intent, beside, &shown);
            }
            let shown = match &intent.span {
                Some(span) => format!("{shown}, {} AS \"years\"", span_years(span)),
                None => shown,
            };
            let mut sql = format!(
                "SELECT {shown} FROM data{}",
                where_with(
                    &intent.filters,
                    &not_null,
                    intent.same_as.as_ref(),
                    &Readings::of(intent),
                )
            );
            let dir = if intent.order == Some(Order::Asc) {
                "ASC"
            } else {
                "DESC"
            };
            match (&intent.measure, intent.order) {
                // Ranked by the years a span covers ("the longest term").
                (None, Some(_)) if intent.span.is_some() => {
                    sql.push_str(&format!(" ORDER BY \"years\" {dir} NULLS LAST"))
                }
                (Some(m), _) => sql.push_str(&format!(
                    " ORDER BY {} {dir} NULLS LAST",
                    measured(intent, m)
                )),
                // An order and nothing to order by: the rows as the file lists them.
                (None, Some(_)) => sql.push_str(&format!(" ORDER BY ROW_NUMBER() OVER () {dir}")),
                (None, None) => {}
            }
            if let Some(n) = intent.limit {
                sql.push_str(&format!(" LIMIT {n}"));
            }
            sql
        }
        Task::Share => {
            // The filters are the condition, not a WHERE: every row counts in the whole,
            // unless `within` narrows it ("survival rate of women").
            let condition = where_clause(&intent.filters, &[], &Readings::of(intent));
            let condition = condition.trim_start_matches(" WHERE ");
            let (part, whole) = match intent.measure.as_deref() {
                Some(m) => {
                    let m = number_of(m, &Readings::of(intent));
                    (
                        format!("CASE WHEN {condition} THEN {m} ELSE 0 END"),
                        format!("SUM({m})"),
                    )
                }
                None => (
                    format!("CASE WHEN {condition} THEN 1 ELSE 0 END"),
                    "COUNT(*)".into(),
                ),
            };
            let keys: Vec<String> = intent.group.iter().map(|g| source(intent, g)).collect();
            let not_null: Vec<&str> = intent
                .group
                .iter()
                .map(|g| bucket(intent, g).map_or(g.as_str(), |b| b.column.as_str()))
                .collect();
            let mut sql = String::from("SELECT ");
            for g in &intent.group {
                sql.push_str(&selected(intent, g));
                sql.push_str(", ");
            }
            sql.push_str(&format!(
                "100.0 * SUM({part}) / {whole} AS \"percent\" FROM data{}",
                where_clause(&intent.within, &not_null, &Readings::of(intent))
            ));
            if !keys.is_empty() {
                sql.push_str(&format!(" GROUP BY {}", keys.join(", ")));
                let mut names: Vec<String> =
                    intent.group.iter().map(|g| in_order(intent, g)).collect();
                // "which status has the highest percentage of smokers": ranked by it.
                if let Some(order) = intent.order {
                    let way = if order == Order::Desc { "DESC" } else { "ASC" };
                    names.insert(0, format!("\"percent\" {way} NULLS LAST"));
                }
                sql.push_str(&format!(" ORDER BY {}", names.join(", ")));
                if let Some(n) = intent.limit {
                    sql.push_str(&format!(" LIMIT {n}"));
                }
            }
            sql
        }
        Task::Correlation => {
            let a = number_of(
                intent.measure.as_deref().unwrap_or_default(),
                &Readings::of(intent),
            );
            let b = number_of(
                intent.second.as_deref().unwrap_or_default(),
                &Readings::of(intent),
            );
            format!(
                "SELECT CORR({a}, {b}) AS \"correlation\", COUNT(*) AS \"n\" FROM data{}",
                where_clause(
                    &intent.filters,
                    &[
                        intent.measure.as_deref().unwrap_or_default(),
                        intent.second.as_deref().unwrap_or_default()
                    ],
                    &Readings::of(intent),
                )
            )
        }
        Task::Chart => {
            let mut columns: Vec<String> = Vec::new();
            if let Some(c) = &intent.chart {
                for col in [&c.x, &c.y, &c.color].into_iter().flatten() {
                    let q = drawn(intent, col);
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
                where_with(
                    &intent.filters,
                    &[],
                    intent.same_as.as_ref(),
                    &Readings::of(intent),
                )
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
        // A chart has no `q`: an intent's quantile is its median, as in the SQL.
        spec.aggregate = intent.agg.map(|a| match a {
            AggFunc::Quantile => AggFunc::Median,
            a => a,
        });
        if spec.aggregate == Some(AggFunc::Count) && chart.kind != PlotKind::Heatmap {
            spec.y = None;
        }
    }
    let sortable = matches!(chart.kind, PlotKind::Bar | PlotKind::Pie | PlotKind::Box);
    if sortable && (intent.limit.is_some() || intent.order.is_some()) {
        spec.limit = intent.limit;
        spec.sort = Some(if intent.order == Some(Order::Asc) {
            SortOrder::Ascending
        } else {
            SortOrder::Descending
        });
    }
    Some(spec)
}
