//! The offline planner: a deterministic, schema-aware reading of plain-language questions.
//!
//! A question is tokenised, column names are matched fuzzily (case, spaces vs underscores,
//! plurals, abbreviations, typos), filter values are matched against each text column's
//! actual values and numbers against numeric columns, keywords give the intent, and the
//! result is an [`Intent`] turned into sandboxed SQL and, for charts, a plot spec.

mod across;
mod against;
mod another_value;
mod beside;
mod build;
mod chart;
mod choice;
mod clock;
mod codes;
mod counted;
mod country;
mod decide;
mod defaults;
mod difference;
mod found;
mod free;
mod gap;
mod hemisphere;
mod hour_of_day;
mod how_long;
mod inches;
mod keywords;
mod leading;
mod matching;
mod missing;
mod numbers;
mod outcome;
mod party;
mod refine;
mod same;
mod scan;
mod schema;
mod sign;
mod streak;
mod that_row;
mod time;
mod timeliness;
mod total;
mod values;
mod verdict;
mod weekday;
mod who;
mod wide;
mod words;
mod year_named;
mod year_text;

use super::intent;
pub use build::{quote_ident, quote_literal};
use intent::{AggFunc, Chart, Cmp, Filter, Intent, Order, Task};
/// The days of the week, Monday first, as the answer names a day it was asked about.
pub(crate) use words::WEEKDAYS;

use crate::dataset::Dataset;
use crate::plot::PlotKind;

use super::plan::{Plan, PlanState};
use found::Role;
use schema::Schema;

/// Plan a question, or explain in a sentence why it can't be answered. `previous` is the
/// plan of the previous answer, for follow-ups ("now as a line chart", "only for 2013").
///
/// Returns the plan (or why there is none) and the trace: what was read, the rules that
/// changed it, and what was decided.
pub(crate) fn plan(
    dataset: &Dataset,
    question: &str,
    previous: Option<&Plan>,
) -> (Result<Plan, String>, Vec<String>) {
    // A table wide by year is planned as the long table it stands for.
    if let Some(across) = wide::across(dataset) {
        return plan_read(dataset, Some(&across), question, previous);
    }
    // "on which day was WBC highest" over `day_3` ... `day_9`, "which phrase has the
    // highest average" over a column per phrase: the columns read as values of a key the
    // question names; where that reading is not sure, only when the table as it is can't
    // answer.
    let before = previous.and_then(|p| p.state.as_ref()).map(|s| &s.intent);
    let earlier = before.and_then(|intent| {
        intent
            .group
            .iter()
            .chain(&intent.columns)
            .find(|c| dataset.frame().column(c).is_err())
            .map(String::as_str)
    });
    match wide::by_name(dataset, question, earlier) {
        Some((across, true)) => plan_read(dataset, Some(&across), question, previous),
        Some((across, false)) => {
            let as_it_is = plan_read(dataset, None, question, previous);
            if as_it_is.0.is_ok() {
                return as_it_is;
            }
            let long = plan_read(dataset, Some(&across), question, previous);
            if long.0.is_ok() { long } else { as_it_is }
        }
        None => plan_read(dataset, None, question, previous),
    }
}

/// [`plan`] over the dataset as it is, or read long by `across`.
fn plan_read(
    dataset: &Dataset,
    across: Option<&wide::Across>,
    question: &str,
    previous: Option<&Plan>,
) -> (Result<Plan, String>, Vec<String>) {
    let long = across.and_then(|a| a.long(dataset).ok());
    let (planned_on, across) = match (&long, across) {
        (Some(long), Some(a)) => (long, Some(a)),
        _ => (dataset, None),
    };
    let schema = Schema::of(planned_on);
    let mut scan = scan::scan(&schema, question);
    // "on which day was WBC highest": what is ranked over a table read long, no column
    // named, is its values.
    if let Some(a) = across
        && (scan.superlative.is_some() || scan.agg.is_some_and(|agg| agg != AggFunc::Count))
        && !scan.mentions.iter().any(|m| {
            m.role == Role::Measure
                && schema
                    .get(&m.column)
                    .is_some_and(|c| c.kind == schema::Kind::Number)
        })
    {
        scan.mentions
            .push(found::Mention::of(a.value().to_string(), Role::Measure));
    }
    let mut lines = trace(&scan);
    if let Some(a) = across {
        lines.insert(0, a.described());
    }
    let planned =
        decide_plan(&schema, &scan, question, previous, &mut lines).map(|(mut plan, f)| {
            if let Some(a) = across {
                plan.sql = a.wrap(&plan.sql);
            }
            (plan, f)
        });
    lines.push(match &planned {
        Ok((_, true)) => "decided: a follow-up, editing the previous plan".to_string(),
        Ok((_, false)) => "decided: a new question".to_string(),
        Err(why) => format!("refused: {why}"),
    });
    (planned.map(|(plan, _)| plan), lines)
}

/// What reading the question found, one line per thing, then the rules that fired.
fn trace(scan: &Scan) -> Vec<String> {
    let name = |v: serde_json::Value| v.as_str().unwrap_or_default().to_string();
    let mut lines: Vec<String> = scan
        .mentions
        .iter()
        .map(|m| {
            let agg = m.agg.map(|a| format!(", {a}")).unwrap_or_default();
            format!("column `{}` ({:?}{agg})", m.column, m.role).to_lowercase()
        })
        .collect();
    for f in &scan.filters {
        let op = name(serde_json::to_value(f.op).unwrap_or_default());
        let than = match &f.against {
            Some(other) => format!("`{other}`"),
            None => f.value.to_string(),
        };
        lines.push(format!("condition `{}` {op} {than}", f.column));
    }
    if let Some(sa) = &scan.same_as {
        let op = name(serde_json::to_value(sa.anchor.op).unwrap_or_default());
        lines.push(format!(
            "same `{}` as the rows where `{}` {op} {}",
            sa.column, sa.anchor.column, sa.anchor.value
        ));
    }
    if let Some(agg) = scan.agg {
        lines.push(format!("aggregate {agg}"));
    }
    if let Some(word) = &scan.superlative_word {
        lines.push(format!("superlative \"{word}\""));
    }
    if let Some(kind) = scan.chart_kind {
        lines.push(format!("chart {kind}"));
    }
    for b in &scan.buckets {
        lines.push(format!("calendar part {} of `{}`", b.unit, b.column));
    }
    for fired in &scan.fired {
        let example = refine::REFINEMENTS
            .iter()
            .find(|r| r.name == *fired)
            .map_or("", |r| r.example);
        lines.push(format!("rule {fired}: {example}"));
    }
    if !scan.unknown.is_empty() {
        lines.push(format!("not recognised: {}", scan.unknown.join(", ")));
    }
    lines
}

/// The plan, and whether it follows up on the previous one.
fn decide_plan(
    schema: &Schema,
    scan: &Scan,
    question: &str,
    previous: Option<&Plan>,
    lines: &mut Vec<String>,
) -> Result<(Plan, bool), String> {
    let decided = decide::decide_traced(schema, scan);
    let fresh = decided.intent;
    let decisions: Vec<String> = decided
        .shaped
        .iter()
        .chain([&decided.by])
        .map(|name| format!("decision {name}: {}", decide::example(name)))
        .collect();
    // "and their average petal length", "what about ...": explicitly continues.
    let lower = question.trim().to_lowercase();
    let continues = ["and ", "what about", "how about", "now ", "also ", "same "]
        .iter()
        .any(|p| lower.starts_with(p));
    let before = previous.and_then(|p| p.state.as_ref()).map(|s| &s.intent);
    // The question's words, read again only for a follow-up's rules.
    let tokens = before.map_or_else(Vec::new, |_| words::tokenize(question));
    // "on which date was that?" after "what's the highest price": the row holding it.
    if let Some(prev) = before
        && let Some(row) = that_row::the_row_of_that(schema, &tokens, prev, scan)
    {
        lines.push(
            "rule the_row_of_that: on which date was that? (the row of the highest price)".into(),
        );
        return Ok((from_intent(row), true));
    }
    let intent = match (before, fresh) {
        (Some(prev), fresh) if continues || is_follow_up(scan, fresh.is_ok()) => {
            let mut next = follow_up(schema, prev, scan);
            // "and in 1995?" after a question about `Deer97`: `Deer95`.
            if year_named::for_another_year(schema, &tokens, &mut next) {
                lines.push("rule for_another_year: and in 1995? (Deer97 becomes Deer95)".into());
            }
            // "and when it's no?" after "... when contact is yes": the other value of the
            // column the rows were picked by.
            if scan.filters.is_empty()
                && another_value::for_another_value(schema, &tokens, &mut next)
            {
                lines.push(
                    "rule for_another_value: and when it's no? (contact = yes becomes no)".into(),
                );
            }
            // "what about 1990?" after "... in 1982": the year of the condition on years.
            if scan.filters.is_empty() && another_value::in_another_year(schema, &tokens, &mut next)
            {
                lines.push(
                    "rule in_another_year: what about 1990? (year = 1982 becomes 1990)".into(),
                );
            }
            // "and for people without one?" after "... with a chronic condition": the other
            // value of the one two-valued condition.
            if scan.filters.is_empty()
                && next == *prev
                && another_value::for_the_other_side(schema, &tokens, &mut next)
            {
                lines.push(
                    "rule for_the_other_side: and for people without one? (chronic = yes becomes no)"
                        .into(),
                );
            }
            // A follow-up that names something yet changes nothing was not understood: the
            // previous answer again would look like an answer to it.
            if next == *prev && (!scan.mentions.is_empty() || !scan.unknown.is_empty()) {
                return Err(explain(
                    schema,
                    scan,
                    "I could not tell what to change in the previous question",
                ));
            }
            return Ok((from_intent(numbers_read_first(schema, next)), true));
        }
        (_, Ok(intent)) => intent,
        (_, Err(why)) => {
            lines.extend(decisions);
            return Err(explain(schema, scan, &why));
        }
    };
    lines.extend(decisions);
    let intent = without_summary_row(schema, intent, lines);
    let intent = one_row_per_group(schema, intent, lines);
    Ok((from_intent(numbers_read_first(schema, intent)), false))
}

/// The text columns that write numbers ([`intent::ReadAs`]) the intent names, which its SQL
/// reads as numbers; a date written as text is read by its year only where a year is
/// compared or grouped by ("born before 1988", "which year"), not where its values are
/// matched or counted.
fn numbers_read_first(schema: &Schema, mut intent: Intent) -> Intent {
    let named = serde_json::to_string(&intent).unwrap_or_default();
    intent.readings = schema
        .columns
        .iter()
        .filter_map(|c| Some((c, c.reading?)))
        .filter(|(c, reading)| match reading {
            intent::ReadAs::Year => {
                intent
                    .filters
                    .iter()
                    .any(|f| f.column == c.name && build::is_number_value(&f.value))
                    || intent.buckets.iter().any(|b| b.column == c.name)
            }
            _ => named.contains(&serde_json::json!(c.name).to_string()),
        })
        .map(|(c, reading)| (c.name.clone(), reading))
        .collect();
    intent
}

/// "which nation earned the most gold medals" over a medal table with a "Total" row under
/// the nations: the summary row is no nation and would count every medal twice, so every
/// answer leaves it out, unless the question asks for it.
fn without_summary_row(schema: &Schema, mut intent: Intent, lines: &mut Vec<String>) -> Intent {
    let Some((column, value)) = schema.summary_row() else {
        return intent;
    };
    if intent.filters.iter().any(|f| f.column == column) {
        return intent;
    }
    lines.push(format!("rule without_summary_row: `{column}` <> {value:?}"));
    intent.filters.push(Filter::on(
        column.to_string(),
        Cmp::Ne,
        serde_json::Value::String(value.to_string()),
    ));
    intent
}

/// "top 5 countries by number of under-5 deaths" over one row per country: grouped by a
/// column that names each row, a count of a numeric column is 1 in every group; the
/// number asked for is the column's own value (its sum over the one row).
fn one_row_per_group(schema: &Schema, mut intent: Intent, lines: &mut Vec<String>) -> Intent {
    let names_rows =
        matches!(intent.group.as_slice(), [g] if schema.get(g).is_some_and(|c| c.unique));
    let counted_number = intent.measure.as_deref().is_some_and(|m| {
        schema.get(m).is_some_and(|c| {
            c.kind == schema::Kind::Number && !c.binary && !schema.numbers_the_rows(c)
        })
    });
    if names_rows && counted_number && intent.agg == Some(AggFunc::Count) && !intent.distinct {
        lines.push("rule one_row_per_group: the count of a number in one row is the number".into());
        intent.agg = Some(AggFunc::Sum);
    }
    intent
}

/// The plan of an intent.
pub(crate) fn from_intent(mut intent: Intent) -> Plan {
    // A measure said twice (a follow-up naming the one already there) is shown once.
    let mut shown: Vec<String> = intent.measure.iter().cloned().collect();
    intent.also.retain(|m| {
        let again = shown.contains(m);
        shown.push(m.clone());
        !again
    });
    Plan {
        sql: build::sql(&intent),
        plot: build::spec(&intent),
        explanation: None,
        state: Some(PlanState::new(intent)),
    }
}

fn is_follow_up(scan: &Scan, fresh_ok: bool) -> bool {
    let names_measure = scan
        .mentions
        .iter()
        .any(|m| matches!(m.role, Role::Measure | Role::Which | Role::Versus));
    !fresh_ok || !names_measure
}

use found::Scan;

/// The order a follow-up's superlative asks for: its own, or over durations a speed word's
/// ("and the slowest?" after the fastest time).
fn order_asked(schema: &Schema, next: &Intent, s: &Scan, order: Order) -> Order {
    let of_durations = next
        .measure
        .as_deref()
        .is_some_and(|m| refine::holds_durations(schema, m));
    match s.superlative_word.as_deref().and_then(refine::speed_order) {
        Some(speed) if of_durations => speed,
        _ => order,
    }
}

fn follow_up(schema: &Schema, prev: &Intent, s: &Scan) -> Intent {
    let mut next = prev.clone();
    for b in &s.buckets {
        if !next.buckets.iter().any(|old| old.name == b.name) {
            next.buckets.push(b.clone());
        }
    }
    // A new condition on a column replaces the old ones on it; several said together
    // ("only for lunch or dinner") all stay.
    // So does one whose value says the old one's column ("and for mothers who never
    // smoked?" after "whose mother smokes now", on a `time` column of "never smoked").
    next.filters.retain(|old| {
        !s.filters.iter().any(|f| {
            (old.column == f.column && old.year_of == f.year_of) || says_the_column(f, &old.column)
        })
    });
    // "and the Z?" after "in what percentage of games did the player draw the Q": one yes/no
    // column said in place of the one the rows were picked by.
    let flag = |f: &Filter| f.op == Cmp::Eq && schema.get(&f.column).is_some_and(|c| c.binary);
    if let [new] = s.filters.as_slice()
        && flag(new)
        && s.mentions.is_empty()
        && let [old] = next.filters.as_slice()
        && flag(old)
        && old.value == new.value
    {
        next.filters.clear();
    }
    next.filters.extend(s.filters.iter().cloned());
    // "and before 1950?" after "seasons starting in 1980 or later": a comparison said of no
    // column is the earlier comparison's column's, and replaces it.
    let compares = |f: &Filter| matches!(f.op, Cmp::Lt | Cmp::Le | Cmp::Gt | Cmp::Ge);
    if let Some((op, n)) = s.unplaced
        && let Some(column) = next
            .filters
            .iter()
            .find(|f| compares(f) && f.value.is_number())
            .map(|f| f.column.clone())
    {
        next.filters.retain(|f| f.column != column || !compares(f));
        next.filters
            .push(Filter::on(column, op, serde_json::Value::from(n)));
    }
    // "color it by lunch or dinner": values of one column said together split a chart by
    // that column.
    if let Some(c) = next.chart.as_mut()
        && let Some(f) = defaults::compared_values(&s.filters)
        && c.x.as_ref() != Some(&f.column)
    {
        c.color = Some(f.column.clone());
    }
    if let Some(a) = s.agg.or_else(|| s.mentions.iter().find_map(|m| m.agg)) {
        next.agg = Some(a);
    }
    // "show the top 3", "only the lowest 5".
    if let (Some(n), Some(order)) = (s.top_n, s.superlative) {
        next.limit = Some(n);
        next.order = Some(order);
    }
    // "by island instead": the new grouping replaces the old one.
    if s.instead && s.mentions.iter().any(|m| m.role == Role::Group) && next.chart.is_none() {
        next.group.clear();
    }
    // "sorted from highest to lowest", "in ascending order".
    if let Some(order) = s.sorted {
        next.order = Some(order);
    }
    // "and the lowest?": the ranking turns around.
    // "and the slowest?" after the fastest time: a speed word ranks the durations asked.
    if s.top_n.is_none()
        && let Some(order) = s.superlative
        && next.order.is_some()
    {
        next.order = Some(order_asked(schema, &next, s, order));
    }
    // "and the coldest low?" after "the highest temperature recorded": one extreme value
    // turns around as a ranking does.
    if s.top_n.is_none()
        && s.agg.is_none()
        && next.group.is_empty()
        && matches!(next.agg, Some(AggFunc::Max | AggFunc::Min))
        && let Some(order) = s.superlative
    {
        next.agg = Some(match order_asked(schema, &next, s, order) {
            Order::Desc => AggFunc::Max,
            Order::Asc => AggFunc::Min,
        });
    }
    // "plot it": a chart of the previous table.
    let kind = s.chart_kind.or_else(|| {
        (s.chart_word && next.task != Task::Chart).then(|| {
            let over_time = next.group.first().is_some_and(|g| {
                chart::time_like(schema, g) || next.buckets.iter().any(|b| &b.name == g)
            });
            if over_time {
                PlotKind::Line
            } else {
                PlotKind::Bar
            }
        })
    });
    if s.stacked
        && let Some(c) = next.chart.as_mut()
    {
        c.stacked = true;
    }
    if let Some(kind) = kind {
        if next.task != Task::Chart {
            let chart = Chart {
                kind,
                x: next.group.first().cloned().or_else(|| {
                    matches!(kind, PlotKind::Line | PlotKind::Area)
                        .then(|| schema.time_column().map(str::to_string))
                        .flatten()
                }),
                y: next.measure.clone(),
                color: next.group.get(1).cloned(),
                stacked: s.stacked,
            };
            next.task = Task::Chart;
            next.chart = Some(chart);
            // "which species has the highest mass?" then "plot it": every group, ranked (a
            // chart of the one answer would be a single bar).
            if next.limit == Some(1) && !next.group.is_empty() {
                next.limit = None;
            }
        } else if let Some(c) = next.chart.as_mut() {
            c.kind = kind;
            c.stacked = s.stacked || c.stacked;
        }
        // A line over categories makes little sense: draw it over time, one line per
        // category, when the data has a time axis.
        if let Some(c) = next.chart.as_mut()
            && matches!(kind, PlotKind::Line | PlotKind::Area)
        {
            let over_time = |x: &str| {
                schema.kind(x) == schema::Kind::Time
                    || chart::time_like(schema, x)
                    || next.buckets.iter().any(|b| b.name == x)
            };
            if let Some(x) = c.x.clone()
                && !over_time(&x)
                && schema.kind(&x) != schema::Kind::Number
                && let Some(time) = schema.time_column()
            {
                c.color = c.color.take().or(Some(x));
                c.x = Some(time.to_string());
            }
        }
    }
    for m in &s.mentions {
        match m.role {
            Role::Group | Role::Color => {
                if let Some(c) = next.chart.as_mut() {
                    c.color = Some(m.column.clone());
                } else if !next.group.contains(&m.column) {
                    next.group.push(m.column.clone());
                }
            }
            Role::Measure | Role::Versus | Role::Which => {
                // "only National League players" after "top 5 players by career hits": the
                // rows the answer is about, named again, stay its grouping; a text column
                // never becomes what an average or a sum is taken of.
                let grouped = next.group.contains(&m.column)
                    || next.chart.as_ref().and_then(|c| c.x.as_ref()) == Some(&m.column);
                let numeric_agg = next.agg.is_some_and(|a| {
                    !matches!(
                        a,
                        AggFunc::Count | AggFunc::NUnique | AggFunc::Min | AggFunc::Max
                    )
                });
                // Nor what a percentage of rows is taken of: that is its condition.
                let text = schema.kind(&m.column) == schema::Kind::Text;
                if grouped || (text && (numeric_agg || next.task == Task::Share)) {
                    continue;
                }
                // "and its uncertainty?" after "what is the Newtonian constant of
                // gravitation" (its row, shown whole): that column of the row, then the
                // name that picked it.
                if next.task == Task::Rows && next.measure.is_none() && next.order.is_none() {
                    let mut columns = vec![m.column.clone()];
                    for f in &next.filters {
                        if f.op == Cmp::Eq && !columns.contains(&f.column) {
                            columns.push(f.column.clone());
                        }
                    }
                    next.columns = columns;
                    continue;
                }
                // "and the shortest?" after "the longest expected time": a superlative
                // that turns the ranking around keeps its quantity; the one its word
                // implies (a length) is for a question that names none.
                let prev_order = prev.order.or(match prev.agg {
                    Some(AggFunc::Max) => Some(Order::Desc),
                    Some(AggFunc::Min) => Some(Order::Asc),
                    _ => None,
                });
                let turned_around = s.fired.contains(&"implied_measure")
                    && next.measure.is_some()
                    && prev_order.is_some()
                    && s.superlative.is_some()
                    && s.superlative != prev_order;
                if turned_around {
                    continue;
                }
                if let Some(c) = next.chart.as_mut() {
                    c.y = Some(m.column.clone());
                } else {
                    next.measure = Some(m.column.clone());
                }
            }
        }
    }
    decide::attach_buckets(schema, s, &mut next);
    next
}

/// Whether the text value `filter` compares with says a word of `column`'s name ("never
/// smoked" says `smoke`).
fn says_the_column(filter: &Filter, column: &str) -> bool {
    let Some(value) = filter.value.as_str() else {
        return false;
    };
    let value = words::name_words(value);
    words::name_words(column)
        .iter()
        .any(|c| value.iter().any(|v| words::same_stem(v, c)))
}

fn explain(schema: &Schema, scan: &Scan, why: &str) -> String {
    let unknown = if scan.unknown.is_empty() {
        String::new()
    } else {
        format!(" I did not recognise: {}.", scan.unknown.join(", "))
    };
    format!(
        "I can't answer that from this data: {}.{unknown} You can ask about these columns: {}. \
         For example: \"average {} by {}\", \"how many rows have ...\", \"histogram of ...\".",
        why.trim_end_matches('.'),
        schema.names().join(", "),
        example(schema, schema::Kind::Number),
        example(schema, schema::Kind::Text),
    )
}

fn example(schema: &Schema, kind: schema::Kind) -> &str {
    schema
        .columns
        .iter()
        .find(|c| c.kind == kind)
        .or(schema.columns.first())
        .map_or("x", |c| c.name.as_str())
}

/// The columns a question may touch, by the planner's own matching: columns it names (by
/// name, abbreviation or data dictionary), columns whose values it mentions, and every
/// candidate of a name it found ambiguous. In the dataset's column order.
pub(crate) fn columns_touched(dataset: &Dataset, question: &str) -> Vec<String> {
    let schema = Schema::of(dataset);
    let found = scan::scan(&schema, question);
    let mut touched: Vec<&str> = found.mentions.iter().map(|m| m.column.as_str()).collect();
    touched.extend(found.filters.iter().map(|f| f.column.as_str()));
    if let Some((_, candidates)) = &found.ambiguous {
        touched.extend(candidates.iter().map(String::as_str));
    }
    dataset
        .column_names()
        .into_iter()
        .filter(|c| touched.contains(&c.as_str()))
        .collect()
}

#[cfg(test)]
mod tests;
