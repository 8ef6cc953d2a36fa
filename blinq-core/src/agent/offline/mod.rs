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
mod refine;
mod same;
mod scan;
mod schema;
mod sign;
mod streak;
mod time;
mod timeliness;
mod total;
mod values;
mod verdict;
mod weekday;
mod who;
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
    let schema = Schema::of(dataset);
    let scan = scan::scan(&schema, question);
    let mut lines = trace(&scan);
    let planned = decide_plan(&schema, &scan, question, previous, &mut lines);
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
    let intent = match (
        previous.and_then(|p| p.state.as_ref()).map(|s| &s.intent),
        fresh,
    ) {
        (Some(prev), fresh) if continues || is_follow_up(scan, fresh.is_ok()) => {
            let mut next = follow_up(schema, prev, scan);
            // "and in 1995?" after a question about `Deer97`: `Deer95`.
            if year_named::for_another_year(schema, &words::tokenize(question), &mut next) {
                lines.push("rule for_another_year: and in 1995? (Deer97 becomes Deer95)".into());
            }
            // "and when it's no?" after "... when contact is yes": the other value of the
            // column the rows were picked by.
            if scan.filters.is_empty()
                && another_value::for_another_value(schema, &words::tokenize(question), &mut next)
            {
                lines.push(
                    "rule for_another_value: and when it's no? (contact = yes becomes no)".into(),
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
mod tests {
    use super::*;
    use crate::dataset::{Format, LoadOptions};

    fn sql_of(name: &str, csv: &str, question: &str) -> String {
        let options = LoadOptions {
            format: Some(Format::Csv),
            ..LoadOptions::default()
        };
        let data = Dataset::from_bytes(name, csv.as_bytes(), &options).unwrap();
        let (plan, trace) = plan(&data, question, None);
        plan.unwrap_or_else(|why| panic!("{why}: {trace:?}")).sql
    }

    #[test]
    fn weather_codes_read_as_their_words() {
        let csv = "date,tmin,tmax\n2000-01-01,30,50\n2000-07-01,70,101\n2000-07-02,72,95\n";
        let sql = |q: &str| sql_of("clemson_daily_temperatures", csv, q);
        // The day's high and low.
        assert!(sql("average high in July").contains("AVG(\"tmax\")"));
        assert!(sql("average daily low in 2000").contains("AVG(\"tmin\")"));
        assert!(sql("average minimum temperature").contains("AVG(\"tmin\")"));
        // A temperature reached is the high's; one fallen to, the low's.
        let reached = sql("how many days reached 100 degrees or more?");
        assert!(reached.contains("\"tmax\" >= 100"), "{reached}");
        let fell = sql("how many days fell to 32 degrees or less?");
        assert!(fell.contains("\"tmin\" <= 32"), "{fell}");
        let warmer = sql("on average, how much warmer is the daily high than the low?");
        assert!(warmer.contains("\"tmax\" - \"tmin\""), "{warmer}");
        // The highest temperature is the highest high.
        let highest = sql("what was the highest temperature recorded in 2000?");
        assert!(highest.contains("MAX(\"tmax\")"), "{highest}");
    }

    #[test]
    fn players_by_their_height_and_number() {
        let csv = "first_name,last_name,position,number,height\nGiannis,Antetokounmpo,Forward,34,83\nAlex,Abrines,Guard,8,78\nJaylen,Adams,Guard,10,74\n";
        let sql = |q: &str| sql_of("nba_players", csv, q);
        // "How tall": the adjective's quantity.
        let tall = sql("How tall is Giannis Antetokounmpo?");
        assert!(
            tall.contains("\"height\"") && tall.contains("'Giannis'"),
            "{tall}"
        );
        // "N inches or taller": the comparative after the number and its unit.
        let taller = sql("how many players are 80 inches or taller?");
        assert!(taller.contains("\"height\" >= 80"), "{taller}");
        // "the number of players" counts them, beside a jersey `number`.
        let counted = sql("number of players by position");
        assert!(
            counted.contains("COUNT(*)") && !counted.contains("AVG"),
            "{counted}"
        );
        assert!(sql("average number by position").contains("AVG(\"number\")"));
    }

    #[test]
    fn the_most_common_is_grammar_beside_a_common_name() {
        let csv = "Species,Common,Location,Totcare,Length\nA a,Jay,decid,37.5,20\nB b,Robin,decid,30,31\nC c,Wren,conif,20,10\n";
        let sql = |q: &str| sql_of("bird_nests", csv, q);
        let common = sql("what's the most common nest location?");
        assert!(common.contains("GROUP BY \"Location\""), "{common}");
        // A superlative said of a one-word name of the words after it ranks by that name.
        let care = sql("which bird has the longest total care time?");
        assert!(
            care.contains("\"Totcare\"") && !care.contains("\"Length\""),
            "{care}"
        );
    }

    #[test]
    fn a_size_before_a_column_of_size_letters_is_its_letter() {
        let csv = "Opening,Solder,skips\nL,Thick,0\nM,Thin,3\nS,Thin,9\nS,Thick,4\n";
        let sql = sql_of(
            "solder",
            csv,
            "average skips with a small opening and thin solder",
        );
        assert!(
            sql.contains("\"Opening\" = 'S'") && sql.contains("'Thin'"),
            "{sql}"
        );
    }

    #[test]
    fn a_number_of_things_is_no_name_of_the_rows() {
        let csv = "pres.abs,altitude,NoOfSites,NoOfPools\n1,1500,3,232\n0,1400,2,66\n0,1600,5,30\n";
        let sql = |q: &str| sql_of("frog_sites", csv, q);
        // "the sites" are the rows; "the number of sites" is `NoOfSites`.
        assert_eq!(
            sql("how many sites are there"),
            "SELECT COUNT(*) AS \"count\" FROM data"
        );
        assert!(sql("average number of sites").contains("AVG(\"NoOfSites\")"));
        assert!(sql("average number of pools").contains("AVG(\"NoOfPools\")"));
    }

    #[test]
    fn counties_numbered_on_each_years_row_are_counted_once() {
        let csv = "county,year,crmrte\n1,81,0.04\n1,82,0.03\n3,81,0.02\n3,82,0.05\n9,81,0.01\n9,82,0.02\n";
        let sql = sql_of("county_crime", csv, "how many counties are in the data?");
        assert!(sql.contains("COUNT(DISTINCT \"county\")"), "{sql}");
    }

    #[test]
    fn years_of_a_numeric_column_are_its_unit() {
        let csv = "year,educ,nativeBorn\n1978,12,yes\n1980,16,no\n1990,10,no\n";
        let sql = sql_of("gss", csv, "average years of education");
        assert!(
            sql.contains("AVG(\"educ\")") && !sql.contains("\"year\""),
            "{sql}"
        );
        // "N or more in X": the column it is measured in.
        let csv = "lang,IQ,SES\n40,10,20\n52,12,30\n60,14,35\n";
        let sql = sql_of(
            "pupils",
            csv,
            "average SES of the pupils who scored 50 or more in language",
        );
        assert!(sql.contains("\"lang\" >= 50"), "{sql}");
    }

    #[test]
    fn late_is_not_on_time_and_a_superlative_on_a_column_ranks_by_it() {
        let csv = "airline,airport,OnTime\nDelta,ORD,yes\nDelta,LGA,no\nAmerican,ORD,no\n";
        let sql = sql_of("airlines", csv, "how many Delta flights were late?");
        assert!(
            sql.contains("\"OnTime\" = 'no'") && sql.contains("'Delta'"),
            "{sql}"
        );
        let csv = "Openness,religion,age\n5.5,Hindu,30\n4.0,Atheist,25\n3.5,Hindu,40\n";
        let sql = sql_of(
            "tipi",
            csv,
            "followers of which religion score highest on openness?",
        );
        assert!(
            sql.contains("AVG(\"Openness\")") || sql.contains("MAX(\"Openness\")"),
            "{sql}"
        );
        assert!(sql.contains("GROUP BY \"religion\""), "{sql}");
        // "brides were under 20": the age of the people said, a copula between.
        let csv = "person,age\nBride,19\nGroom,25\nBride,30\n";
        let sql = sql_of("marriage", csv, "how many brides were under 20?");
        assert!(
            sql.contains("\"age\" < 20") && sql.contains("'Bride'"),
            "{sql}"
        );
    }

    #[test]
    fn days_and_working_days() {
        let csv = "Demand,WorkDay,Temperature\n175,0,26\n230,1,41\n190,1,23\n240,0,30\n";
        let sql = |q: &str| sql_of("victoria_daily_electricity_demand", csv, q);
        // A flag and its negation, words between, compare its two values.
        let both = sql("average demand on working days compared with non-working days");
        assert!(
            both.contains("GROUP BY \"WorkDay\"") && !both.contains("WHERE \"WorkDay\" ="),
            "{both}"
        );
        // A dataset named daily has days for rows; a period alone is no kind of a flag.
        assert_eq!(
            sql("on how many days did the temperature reach 40 degrees or more?"),
            "SELECT COUNT(*) AS \"count\" FROM data WHERE \"Temperature\" >= 40"
        );
        // "How hot" of the row a superlative picks.
        let hot = sql("how hot did it get on the day with the lowest demand?");
        assert!(
            hot.contains("\"Temperature\"") && hot.contains("ORDER BY \"Demand\" ASC"),
            "{hot}"
        );
    }

    #[test]
    fn born_is_the_date_of_birth_and_top_n_by_the_last_number() {
        let csv = "appdate,dob,person\n1996-10-29,1964-04-11,Groom\n1996-11-12,1940-08-06,Bride\n";
        let sql = sql_of("marriages", csv, "how many were born before 1950?");
        assert!(
            sql.contains("\"dob\"") && !sql.contains("\"appdate\""),
            "{sql}"
        );
        let csv = "county,year,density\n1,87,2.3\n3,87,8.8\n5,87,1.1\n7,87,6.4\n";
        let sql = sql_of("county_crime", csv, "top 2 counties by density");
        assert!(sql.contains("ORDER BY \"density\" DESC"), "{sql}");
    }

    #[test]
    fn a_word_of_the_rows_may_qualify_a_count_column() {
        let csv = "type,construction,service,incidents\nA,1960-64,127,0\nA,1965-69,63,4\nB,1960-64,1095,18\nB,1965-69,200,40\n";
        let sql = |q: &str| sql_of("ship_damage_incidents", csv, q);
        assert!(
            sql("how many damage incidents are recorded in total?").contains("SUM(\"incidents\")")
        );
        let most = sql("which ship type had the most damage incidents?");
        assert!(
            most.contains("SUM(\"incidents\")") && most.contains("\"type\""),
            "{most}"
        );
    }

    #[test]
    fn the_fastest_record_is_the_lowest_time() {
        let csv =
            "year,time,sex\n1905,65.8,M\n1976,49.44,M\n2008,47.84,M\n1912,95.0,F\n2004,53.52,F\n";
        let sql = |q: &str| sql_of("swimming_records", csv, q);
        // An amount in a unit is no top N.
        let fastest = sql("what's the fastest men's 100 m time in the data?");
        assert!(fastest.contains("MIN(\"time\")"), "{fastest}");
        // Said of nothing else, speed is said of the one column of times.
        let year = sql("in which year was the fastest women's record set?");
        assert!(
            year.contains("\"year\"") && year.contains("MIN(\"mean_time\")"),
            "{year}"
        );
    }

    #[test]
    fn years_before_1800_that_the_data_holds() {
        let csv = "Year,Males,Females,Plague\n1665,5114,4985,68596\n1690,7500,7100,0\n1695,7600,7000,0\n1700,7700,7300,0\n";
        let sql = |q: &str| sql_of("london_christenings", csv, q);
        assert!(sql("plague in 1665").contains("\"Year\" = 1665"));
        // A decade, and "per year" over one row per year: the mean of the rows.
        let decade = sql("average number of girls christened per year in the 1690s");
        assert!(
            decade.contains("\"Year\" >= 1690") && !decade.contains("GROUP BY"),
            "{decade}"
        );
    }

    #[test]
    fn groups_of_one_row_and_weekly_rates() {
        let csv =
            "race,dist,type\nBen Nevis,10,hill\nTrig Trog,14,hill\nWest Highland Way,95,marathon\n";
        let sql = sql_of("hill_races", csv, "average distance by type of race");
        assert!(
            sql.contains("GROUP BY \"type\"") && !sql.contains("\"race\""),
            "{sql}"
        );
        let csv = "center,group,week,late_pickups\n1,test,1,8\n1,test,2,10\n2,control,1,9\n2,control,2,7\n";
        let sql = sql_of(
            "daycare",
            csv,
            "average weekly late pickups in the test and control groups",
        );
        assert!(
            sql.contains("AVG(\"late_pickups\")") && !sql.contains("AVG(\"week\")"),
            "{sql}"
        );
    }

    #[test]
    fn per_inside_a_whole_abbreviation() {
        let csv = "county,polpc,taxpc,region\n1,0.0017,25.6,central\n3,0.0021,30.1,west\n5,0.0019,28.0,west\n";
        let sql = sql_of("crime", csv, "average police per capita by region");
        assert!(
            sql.contains("AVG(\"polpc\")") && sql.contains("GROUP BY \"region\""),
            "{sql}"
        );
        assert!(sql_of("crime", csv, "average tax per capita").contains("AVG(\"taxpc\")"));
    }

    #[test]
    fn a_count_of_a_number_grouped_by_a_column_naming_each_row_is_its_value() {
        let csv = "country,deaths_2018,rate\nIndia,882,30\nNigeria,866,120\nChad,60,119\n";
        let sql = sql_of(
            "mortality",
            csv,
            "top 2 countries by number of deaths in 2018",
        );
        assert!(sql.contains("SUM(\"deaths_2018\")"), "{sql}");
        // Over several rows a group, a count is still a count.
        let csv = "region,deaths\nA,5\nA,7\nB,1\n";
        let sql = sql_of("mortality", csv, "number of rows with deaths by region");
        assert!(!sql.contains("SUM("), "{sql}");
    }
}
