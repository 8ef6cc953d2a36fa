//! The human sentence that states an answer's result.

use serde_json::Value;

use crate::dataset::TableJson;
use crate::plot::PlotSpec;

use super::intent::{AggFunc, AggWords, Cmp, DatePart, Filter, Intent, Order, Ratio, Side, Task};
use super::offline::WEEKDAYS;

/// Format a number for people: thousands separators, two decimals for fractions
/// (three significant digits below 1), none for whole numbers; four significant digits
/// in scientific notation for the very small and the very large (physical constants).
///
/// ```
/// use blinq_core::agent::format_number;
/// assert_eq!(format_number(4201.754), "4,201.75");
/// assert_eq!(format_number(344.0), "344");
/// assert_eq!(format_number(-1234567.0), "-1,234,567");
/// assert_eq!(format_number(0.012345), "0.0123");
/// assert_eq!(format_number(1.67262192369e-27), "1.673e-27");
/// assert_eq!(format_number(6.02214076e23), "6.022e23");
/// assert_eq!(format_number(-2.5e-9), "-2.5e-9");
/// ```
pub fn format_number(x: f64) -> String {
    if !x.is_finite() {
        return x.to_string();
    }
    if x != 0.0 && (x.abs() < 1e-6 || x.abs() >= 1e15) {
        let text = format!("{x:.3e}");
        let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
        let mantissa = mantissa.trim_end_matches('0').trim_end_matches('.');
        return format!("{mantissa}e{exponent}");
    }
    let text = if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{x:.0}")
    } else if x.abs() >= 1.0 {
        format!("{x:.2}")
    } else {
        let digits = (2 - x.abs().log10().floor() as i32).clamp(2, 10) as usize;
        let s = format!("{x:.digits$}");
        s.trim_end_matches('0').to_string()
    };
    let (sign, body) = text
        .strip_prefix('-')
        .map_or(("", text.as_str()), |b| ("-", b));
    let (int, frac) = body
        .split_once('.')
        .map_or((body, None), |(i, f)| (i, Some(f)));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// A JSON cell as text.
pub(crate) fn cell(v: &Value) -> String {
    match v {
        Value::Number(n) => n.as_f64().map_or_else(|| n.to_string(), format_number),
        Value::String(s) => s.clone(),
        Value::Null => "(missing)".into(),
        other => other.to_string(),
    }
}

/// A label or filter value: whole numbers (years, codes) without separators.
fn plain(v: &Value) -> String {
    match v {
        Value::Number(n) if n.is_i64() || n.is_u64() => n.to_string(),
        Value::Number(n) if n.as_f64().is_some_and(|f| f.fract() == 0.0) => {
            format!("{}", n.as_f64().unwrap_or_default())
        }
        other => cell(other),
    }
}

fn filters_text(filters: &[Filter]) -> String {
    if filters.is_empty() {
        return String::new();
    }
    // Alternatives of one column read "species = setosa or virginica".
    let mut parts: Vec<String> = Vec::new();
    let mut owners: Vec<&Filter> = Vec::new();
    for f in filters {
        let same = |g: &&Filter| {
            g.op == Cmp::Eq
                && f.op == Cmp::Eq
                && g.column == f.column
                && g.date_part() == f.date_part()
        };
        match owners.iter().position(same) {
            Some(k) => parts[k].push_str(&format!(" or {}", shown_value(f))),
            None => {
                parts.push(one_filter(f));
                owners.push(f);
            }
        }
    }
    format!(" where {}", parts.join(" and "))
}

fn one_filter(f: &Filter) -> String {
    [f].into_iter()
        .map(|f| {
            let column = match f.date_part() {
                Some(DatePart::Weekday) => format!("day of the week of {}", f.column),
                Some(part) => format!("{} of {}", part.as_str(), f.column),
                None => f.column.clone(),
            };
            let op = match f.op {
                Cmp::Eq => "=",
                Cmp::Ne => "≠",
                Cmp::Gt => ">",
                Cmp::Ge => "≥",
                Cmp::Lt => "<",
                Cmp::Le => "≤",
                Cmp::IsNull => return format!("{column} is missing"),
                Cmp::NotNull => return format!("{column} is recorded"),
                Cmp::In => "is one of",
                Cmp::NotIn => "is none of",
                Cmp::Contains => "contains",
                Cmp::StartsWith => "starts with",
                Cmp::EndsWith => "ends with",
                Cmp::Between => "is between",
            };
            match &f.against {
                Some(other) => format!("{column} {op} {other}"),
                None => format!("{column} {op} {}", shown_value(f)),
            }
        })
        .collect()
}

/// A condition's value as a sentence says it: a day of the week by its name (SQL `DOW`
/// numbers Sunday 0, Monday 1, ...).
fn shown_value(f: &Filter) -> String {
    match f.value.as_u64() {
        Some(day) if f.date_part() == Some(DatePart::Weekday) && day < 7 => {
            capitalized(WEEKDAYS[(day as usize + 6) % 7])
        }
        _ => plain(&f.value),
    }
}

/// `word` with its first letter in upper case ("more" → "More").
fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

fn measure_text(agg: AggFunc, measure: Option<&str>) -> String {
    match (agg, measure) {
        (AggFunc::Count, None) => "number of rows".into(),
        (AggFunc::Count, Some(m)) => format!("number of {m} values"),
        (a, Some(m)) => format!("{} {m}", a.label()),
        (a, None) => a.label().to_string(),
    }
}

/// The sentence for an offline intent's result.
pub(crate) fn describe(intent: &Intent, table: &TableJson, spec: Option<&PlotSpec>) -> String {
    let mut filters = filters_text(&intent.filters);
    if let Some(sa) = &intent.same_as {
        let joint = if filters.is_empty() { " where" } else { " and" };
        filters.push_str(&format!(
            "{joint} {} is the same as where {} (those rows left out)",
            sa.column,
            one_filter(&sa.anchor)
        ));
    }
    match intent.task {
        Task::Chart => match spec {
            Some(s) => chart_sentence(s, &filters),
            None => "Here is the chart.".into(),
        },
        Task::Share => share_sentence(intent, table, &filters),
        Task::Correlation => {
            let r = table
                .rows
                .first()
                .and_then(|r| r.first())
                .and_then(Value::as_f64);
            let a = intent.measure.as_deref().unwrap_or("?");
            let b = intent.second.as_deref().unwrap_or("?");
            match r {
                Some(r) => format!(
                    "The correlation between {a} and {b}{filters} is {r:.3} ({}).",
                    strength(r)
                ),
                None => format!("There are too few rows to correlate {a} and {b}{filters}."),
            }
        }
        Task::Aggregate if intent.streak => {
            let cells = table.rows.first().map(Vec::as_slice).unwrap_or_default();
            let rows = |n: &Value| match n.as_u64() {
                Some(1) => "1 row".to_string(),
                _ => format!("{} rows", cell(n)),
            };
            match cells {
                [n] => format!(
                    "The longest run of consecutive rows{filters} is {}.",
                    rows(n)
                ),
                [name, n] => format!(
                    "{} has the longest run of consecutive rows by {}{filters}: {}.",
                    cell(name),
                    intent.group.first().map_or("?", String::as_str),
                    rows(n)
                ),
                _ => format!("No row{filters}."),
            }
        }
        Task::Rows if intent.yes_no => {
            let n = table
                .rows
                .first()
                .and_then(|r| r.get(1))
                .and_then(Value::as_u64)
                .unwrap_or(0);
            match n {
                0 => format!("No: no row{filters}."),
                1 => format!("Yes: 1 row{filters}."),
                n => format!("Yes: {n} rows{filters}."),
            }
        }
        Task::Rows if intent.span.is_some() && !table.rows.is_empty() => {
            // "Ian Armstrong: 1981–2007, 26 years.": each row's name, what it spans, and how
            // many years (the last column).
            let said: Vec<String> = table
                .rows
                .iter()
                .filter_map(|r| {
                    let cells: Vec<String> = r.iter().map(cell).collect();
                    let (years, rest) = cells.split_last()?;
                    let (name, span) = rest.split_first().map_or(("", &[][..]), |(n, s)| (n, s));
                    let plural = if years == "1" { "year" } else { "years" };
                    // "1999–present": no end year, so no count of years.
                    Some(if r.last().is_some_and(Value::is_null) {
                        format!("{name}: {}", span.join(" to "))
                    } else if span.is_empty() {
                        format!("{name}: {years} {plural}")
                    } else {
                        format!("{name}: {}, {years} {plural}", span.join(" to "))
                    })
                })
                .collect();
            format!("{}.", said.join("; "))
        }
        Task::Rows => {
            let n = table.rows.len();
            match (&intent.measure_label(), intent.order) {
                (Some(m), Some(order)) if intent.beside.is_none() => {
                    let col = table.columns.iter().position(|c| c == m);
                    // Name each row by its first text cell ("pontiac grand prix (230)").
                    let name = table.rows.first().and_then(|r| {
                        r.iter()
                            .enumerate()
                            .position(|(i, v)| v.is_string() && Some(i) != col)
                    });
                    let values: Vec<String> = table
                        .rows
                        .iter()
                        .filter_map(|r| {
                            let value = measure_cell(m, &r[col?]);
                            Some(match name {
                                Some(n) => format!("{} ({value})", cell(&r[n])),
                                None => value,
                            })
                        })
                        .collect();
                    let which = if order == Order::Asc {
                        "lowest"
                    } else {
                        "highest"
                    };
                    let rows = if n == 1 {
                        "row".to_string()
                    } else {
                        format!("{n} rows")
                    };
                    // A long listing is the table's to show; the sentence names the first.
                    const SAID: usize = 10;
                    if values.len() > SAID {
                        return format!(
                            "The {rows}{filters}, from the {which} {m}: {}, and {} more.",
                            values[..SAID].join(", "),
                            values.len() - SAID
                        );
                    }
                    format!(
                        "The {rows} with the {which} {m}{filters}: {}.",
                        values.join(", ")
                    )
                }
                // A lookup ("the venue in 1999"): the first column's values, said.
                // "the venue before Gothenburg": the values, said with the row counted from.
                _ if n >= 1 && intent.beside.is_some() => {
                    let beside = intent.beside.as_ref().expect("checked");
                    let first = &table.columns[0];
                    let values: Vec<String> = table.rows.iter().map(|r| cell(&r[0])).collect();
                    let verb = if n == 1 { "is" } else { "are" };
                    let side = if beside.offset < 0 { "before" } else { "after" };
                    let rows = if n == 1 { "row" } else { "rows" };
                    // Ranked: "…, with rows ranked by Elevation from the highest".
                    let ranked = match (&intent.measure, intent.order) {
                        (Some(m), Some(Order::Desc)) => format!(", ranked by {m} from the highest"),
                        (Some(m), Some(Order::Asc)) => format!(", ranked by {m} from the lowest"),
                        _ => String::new(),
                    };
                    format!(
                        "The {first} of the {rows} {side} the one where {}{ranked}{filters} {verb} {}.",
                        one_filter(&beside.anchor),
                        values.join(", ")
                    )
                }
                _ if (1..=5).contains(&n)
                    && !intent.filters.is_empty()
                    && intent.columns.len() > intent.filters.len() =>
                {
                    let first = &table.columns[0];
                    let values: Vec<String> = table.rows.iter().map(|r| cell(&r[0])).collect();
                    let verb = if n == 1 { "is" } else { "are" };
                    format!("The {first}{filters} {verb} {}.", values.join(", "))
                }
                // "who is at the top of the list?", "the last team on the chart": the row
                // where the file begins or ends, named by its first cell.
                (None, Some(order)) if n == 1 => {
                    let end = if order == Order::Asc { "first" } else { "last" };
                    format!(
                        "The {end} row{filters}, as listed: {}.",
                        cell(&table.rows[0][0])
                    )
                }
                _ if n == 1 => format!("1 matching row{filters}."),
                _ => format!("{n} matching rows{filters}."),
            }
        }
        Task::Aggregate => {
            let sentence = aggregate_sentence(intent, table, &filters);
            if intent.also.is_empty() {
                sentence
            } else {
                let agg = intent.agg.unwrap_or(AggFunc::Count);
                let also: Vec<String> = intent
                    .also
                    .iter()
                    .map(|m| measure_text(agg, Some(m)))
                    .collect();
                format!(
                    "{sentence} The table has the {} too.",
                    also.join(" and the ")
                )
            }
        }
    }
}

fn share_sentence(intent: &Intent, table: &TableJson, filters: &str) -> String {
    // "The percentage of rows where ...", or with the rows it is of: "Of the rows where
    // sex = female, the percentage where survived = yes".
    let head = match (&intent.measure, intent.within.is_empty()) {
        (Some(m), true) => format!("The percentage of total {m}"),
        (None, true) => "The percentage of rows".to_string(),
        (Some(m), false) => format!(
            "Of the rows{}, the percentage of total {m}",
            filters_text(&intent.within)
        ),
        (None, false) => format!(
            "Of the rows{}, the percentage",
            filters_text(&intent.within)
        ),
    };
    let last = table.columns.len().saturating_sub(1);
    let percent = |row: &Vec<Value>| format!("{}%", cell(&row[last]));
    if intent.group.is_empty() {
        return match table.rows.first() {
            Some(row) => format!("{head}{filters} is {}.", percent(row)),
            None => format!("No rows match{filters}."),
        };
    }
    let label =
        |r: &Vec<Value>| -> String { r[..last].iter().map(plain).collect::<Vec<_>>().join(" / ") };
    // "Single has the highest percentage of rows where smoke = Yes (37.00%)."
    if let (Some(order), Some(1), Some(row)) = (intent.order, intent.limit, table.rows.first()) {
        let most = if order == Order::Desc {
            "highest"
        } else {
            "lowest"
        };
        let what = head.replacen("The percentage", &format!("the {most} percentage"), 1);
        let what = what.replacen(", the percentage", &format!(", the {most} percentage"), 1);
        return format!("{} has {what}{filters} ({}).", label(row), percent(row));
    }
    let listed: Vec<String> = table
        .rows
        .iter()
        .take(12)
        .map(|r| format!("{}: {}", label(r), percent(r)))
        .collect();
    format!(
        "{head}{filters}, by {}: {}.",
        intent.group.join(" and "),
        listed.join("; ")
    )
}

/// A value of the column `measure`: years without separators ("2013", not "2,013").
fn measure_cell(measure: &str, v: &Value) -> String {
    match v {
        Value::Number(_) if names_years(measure) => cell(v).replace(',', ""),
        _ => cell(v),
    }
}

/// Whether a column's name says it holds years (`year`, `model_year`, `YearBuilt`, `yr`).
fn names_years(column: &str) -> bool {
    let lower = column.to_lowercase();
    lower.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
        w == "yr"
            || w.ends_with("year")
            || (w.starts_with("year") && !w.starts_with("years") && !w.starts_with("yearly"))
    })
}

fn aggregate_sentence(intent: &Intent, table: &TableJson, filters: &str) -> String {
    let agg = intent.agg.unwrap_or(AggFunc::Count);
    let what = match (&intent.ratio, &intent.measure) {
        (
            Some(Ratio {
                per: Some(n),
                of_totals: true,
                whole,
                ..
            }),
            Some(m),
        ) => format!("total {m} per {} of the total {whole}", format_number(*n)),
        (Some(r), Some(m)) if r.of_totals && r.plain => {
            format!("ratio of the total {m} to the total {}", r.whole)
        }
        (Some(r), Some(m)) if r.of_totals => {
            format!("total {m} as a percentage of the total {}", r.whole)
        }
        _ => measure_text(agg, intent.measure_label().as_deref()),
    };
    let value_col = table.columns.len().saturating_sub(1);
    // "the median year (2012)": a year the measure's values are is said as years are written.
    let of_years = intent.measure.as_deref().is_some_and(names_years)
        && !matches!(
            agg,
            AggFunc::Count | AggFunc::NUnique | AggFunc::Sum | AggFunc::Std
        );
    let value = |v: &Value| {
        if of_years {
            measure_cell("year", v)
        } else {
            cell(v)
        }
    };
    if let Some(d) = &intent.difference {
        let v = table
            .rows
            .first()
            .map_or("unknown".into(), |r| cell(&r[value_col]));
        let within = filters.replacen(" where ", ", of the rows where ", 1);
        if d.verdict.is_some() {
            let row = table.rows.first();
            let at = |k: usize| row.and_then(|r| r.get(k)).map_or("unknown".into(), cell);
            let answer = row
                .and_then(|r| r.first())
                .and_then(|v| v.as_str())
                .map_or("I can't tell: a value is missing".to_string(), capitalized);
            return format!(
                "{answer}: the {what} where {} is {}, where {} {}{within}.",
                one_filter(&d.of),
                at(1),
                one_filter(&d.minus),
                at(2)
            );
        }
        if let Some(side) = d.percent_of {
            let base = match side {
                Side::Of => &d.of,
                Side::Minus => &d.minus,
            };
            return format!(
                "The {what} where {} minus that where {}{within}, as a percentage of that where {}, is {v}%.",
                one_filter(&d.of),
                one_filter(&d.minus),
                one_filter(base)
            );
        }
        return if d.absolute {
            format!(
                "The difference in {what} between {} and {}{within} is {v}.",
                one_filter(&d.of),
                one_filter(&d.minus)
            )
        } else {
            format!(
                "The {what} where {} minus that where {}{within} is {v}.",
                one_filter(&d.of),
                one_filter(&d.minus)
            )
        };
    }
    if intent.group.is_empty() {
        let value = table.rows.first().map(|r| value(&r[value_col]));
        return match value {
            Some(v) if agg == AggFunc::Count && intent.measure.is_none() => {
                format!("There are {v} rows{filters}.")
            }
            Some(v) => format!("The {what}{filters} is {v}."),
            None => format!("No rows match{filters}."),
        };
    }
    if table.rows.is_empty() {
        return format!("No rows match{filters}.");
    }
    // The group columns (measures said besides the main one sit between them and it).
    let keys = value_col.saturating_sub(intent.also.len());
    let label = |row: &Vec<Value>| -> String {
        row[..keys]
            .iter()
            .map(plain)
            .collect::<Vec<_>>()
            .join(" / ")
    };
    let by = intent.group.join(" and ");
    // The first ten rows, "label (value)".
    let listed: Vec<String> = table
        .rows
        .iter()
        .take(10)
        .map(|r| format!("{} ({})", label(r), value(&r[value_col])))
        .collect();
    let mut filters = filters.to_string();
    if let Some(h) = &intent.having {
        let more = if table.rows.len() > 10 { ", …" } else { "" };
        let op = match h.op {
            Cmp::Gt => "more than",
            Cmp::Ge => "at least",
            Cmp::Lt => "fewer than",
            Cmp::Le => "at most",
            Cmp::Ne => "other than",
            _ => "exactly",
        };
        let value = serde_json::Number::from_f64(h.value)
            .map_or_else(|| h.value.to_string(), |n| plain(&Value::Number(n)));
        if intent.measure.is_none() {
            return format!(
                "{} {by} values have {op} {value} rows{filters}: {}{more}.",
                table.rows.len(),
                listed.join(", ")
            );
        }
        // Ranked by a measure: the groups kept are said as a condition.
        filters = format!("{filters}, of the {by} values with {op} {value} rows");
    }
    let value_of = |row: &Vec<Value>| row[value_col].as_f64().unwrap_or(f64::NAN);
    let (mut hi, mut lo) = (&table.rows[0], &table.rows[0]);
    for row in &table.rows {
        if value_of(row) > value_of(hi) {
            hi = row;
        }
        if value_of(row) < value_of(lo) {
            lo = row;
        }
    }
    if intent.limit.is_some() || intent.order.is_some() {
        let first = &table.rows[0];
        let which = if intent.order == Some(Order::Asc) {
            "lowest"
        } else {
            "highest"
        };
        // Tied for first ("which species has the lowest mass?" of two equal).
        if intent.limit == Some(1) && table.rows.len() > 1 {
            let tied: Vec<String> = table.rows.iter().map(label).collect();
            return format!(
                "{} tie for the {which} {what}{filters} ({}).",
                tied.join(" and "),
                value(&first[value_col])
            );
        }
        if intent.limit == Some(1) || intent.limit.is_none() {
            return format!(
                "{} has the {which} {what}{filters} ({}); ranked by {by}: {}.",
                label(first),
                value(&first[value_col]),
                listed.join(", ")
            );
        }
        return format!("{} by {what}{filters}: {}.", by, listed.join(", "));
    }
    let n = table.rows.len();
    if n <= 6 {
        let listed: Vec<String> = table
            .rows
            .iter()
            .map(|r| format!("{}: {}", label(r), value(&r[value_col])))
            .collect();
        format!(
            "The {what} by {by}{filters}: {}. {} has the highest ({}).",
            listed.join("; "),
            label(hi),
            value(&hi[value_col])
        )
    } else {
        format!(
            "{} has the highest {what} ({}); {} has the lowest ({}); {n} {by} groups{filters}.",
            label(hi),
            value(&hi[value_col]),
            label(lo),
            value(&lo[value_col])
        )
    }
}

fn chart_sentence(spec: &PlotSpec, filters: &str) -> String {
    let title = spec.title.clone().unwrap_or_else(|| {
        let mut t = spec.x.clone().unwrap_or_default();
        if let Some(y) = &spec.y {
            t = format!("{y} by {t}");
        }
        t
    });
    let name = match spec.kind.as_str() {
        "scatter" => "scatter plot",
        "histogram" => "histogram",
        "box" => "box plot",
        "heatmap" => "heatmap",
        other => return sentence(&format!("{other} chart"), spec, &title, filters),
    };
    sentence(name, spec, &title, filters)
}

fn sentence(name: &str, spec: &PlotSpec, title: &str, filters: &str) -> String {
    let stacked = if spec.stacked { "stacked " } else { "" };
    let article = if stacked.is_empty() && name.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    let color = spec
        .color
        .as_ref()
        .map(|c| format!(", colored by {c}"))
        .unwrap_or_default();
    format!("Here is {article} {stacked}{name}: {title}{color}{filters}.")
}

fn strength(r: f64) -> &'static str {
    match r {
        r if r >= 0.7 => "strong positive",
        r if r >= 0.3 => "moderate positive",
        r if r > 0.1 => "weak positive",
        r if r > -0.1 => "no clear linear relationship",
        r if r > -0.3 => "weak negative",
        r if r > -0.7 => "moderate negative",
        _ => "strong negative",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_column_of_years_is_named_so() {
        for name in [
            "year",
            "model_year",
            "YearBuilt",
            "foundingyear",
            "yr",
            "Year of birth",
        ] {
            assert!(names_years(name), "{name}");
        }
        // Counts of years and words that only contain the letters are no years.
        for name in [
            "years_experience",
            "yearly_total",
            "layer",
            "payroll",
            "yrs",
        ] {
            assert!(!names_years(name), "{name}");
        }
    }
}
