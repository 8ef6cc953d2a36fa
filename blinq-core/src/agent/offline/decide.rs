//! From what a question mentions to an [`Intent`], or a plain explanation of why not.

use super::chart;
use super::defaults::{additive_default, compared_values};
use super::found::{Role, Scan};
use super::intent::{AggFunc, AggWords, Bucket, DatePart, Intent, Order, Task};
use super::schema::{Kind, Schema};
use super::time;

/// Turn a scan into an intent; `Err` holds a sentence saying what is missing.
pub(crate) fn decide(schema: &Schema, s: &Scan) -> Result<Intent, String> {
    let mut intent = understand(schema, s)?;
    attach_buckets(schema, s, &mut intent);
    Ok(intent)
}

/// Record the calendar buckets an intent's groups and chart encodings use: the unit words
/// of the question, and date columns named like a year grouped in a table.
pub(crate) fn attach_buckets(schema: &Schema, s: &Scan, intent: &mut Intent) {
    let mut names: Vec<&String> = intent.group.iter().collect();
    if let Some(c) = &intent.chart {
        names.extend([&c.x, &c.y, &c.color].into_iter().flatten());
    }
    for name in names {
        if intent.buckets.iter().any(|b| &b.name == name) {
            continue;
        }
        let found = s
            .buckets
            .iter()
            .find(|b| &b.name == name)
            .cloned()
            .or_else(|| {
                matches!(intent.task, Task::Aggregate | Task::Share)
                    .then(|| time::year_named(schema, name))
                    .flatten()
            });
        intent.buckets.extend(found);
    }
}

/// The columns of a ranked row: the one naming the row, then the measure (all columns
/// when no column names the rows).
fn labelled(schema: &Schema, measure: &str) -> Vec<String> {
    match schema.identifier() {
        Some(id) if id != measure => vec![id.to_string(), measure.to_string()],
        _ => Vec::new(),
    }
}

fn understand(schema: &Schema, s: &Scan) -> Result<Intent, String> {
    if let Some((word, columns)) = &s.ambiguous {
        return Err(format!(
            "\"{word}\" could mean {}; please name the column.",
            columns
                .iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(" or ")
        ));
    }
    if let Some(why) = &s.not_found {
        return Err(why.clone());
    }
    let of = |role: Role| -> Vec<String> {
        s.mentions
            .iter()
            .filter(|m| m.role == role)
            .map(|m| m.column.clone())
            .collect()
    };
    let measures = of(Role::Measure);
    let mut groups = of(Role::Group);
    let colors = of(Role::Color);
    let versus = of(Role::Versus);
    let which = of(Role::Which);
    let numeric = |c: &String| schema.kind(c) == Kind::Number;
    let mention_agg = s.mentions.iter().find_map(|m| m.agg);
    let explicit_agg = mention_agg.or(s.agg);

    // "percentage of cars from Japan", "share of net generation from renewables by year".
    if s.share && s.chart_kind.is_none() && !s.chart_word {
        if s.filters.is_empty() {
            return Err(
                "a percentage needs a condition, such as \"percentage of rows where ...\"".into(),
            );
        }
        let mut intent = Intent::new(Task::Share);
        intent.filters = s.filters.clone();
        intent.group = groups.clone();
        intent.measure = measures.iter().find(|c| numeric(c)).cloned();
        return Ok(intent);
    }
    if s.correlation {
        let nums: Vec<String> = s
            .mentions
            .iter()
            .map(|m| m.column.clone())
            .filter(numeric)
            .collect();
        if nums.len() >= 2 {
            let mut intent = Intent::new(Task::Correlation);
            intent.measure = Some(nums[0].clone());
            intent.second = Some(nums[1].clone());
            intent.filters = s.filters.clone();
            return Ok(intent);
        }
        return Err("a correlation needs two numeric columns".into());
    }

    // "bill length vs bill depth": two numbers and nothing to compute is a scatter plot.
    let compared: Vec<&String> = measures.iter().chain(&versus).collect();
    let two_numbers = explicit_agg.is_none()
        && s.superlative.is_none()
        && ((groups.is_empty() && s.filters.is_empty()) || s.versus)
        && compared.len() >= 2
        && compared.iter().all(|c| numeric(c));
    let wants_chart =
        s.chart_kind.is_some() || s.chart_word || s.distribution || s.trend || two_numbers;
    if wants_chart {
        return chart::chart(
            schema,
            s,
            &measures,
            &groups,
            &colors,
            &versus,
            explicit_agg,
        );
    }

    let mut intent = Intent::new(Task::Aggregate);
    intent.filters = s.filters.clone();
    // "which states have more than 100 orders": each group's count, kept where it holds.
    if let Some(having) = s.having {
        let text_measures = measures.iter().filter(|c| !numeric(c));
        let mut keys: Vec<String> = Vec::new();
        for k in which.iter().chain(&groups).chain(text_measures) {
            if !keys.contains(k) {
                keys.push(k.clone());
            }
        }
        if keys.is_empty() {
            return Err(
                "a condition on a count needs groups, as in \"which states have more than 100 orders\""
                    .into(),
            );
        }
        intent.group = keys;
        intent.agg = Some(AggFunc::Count);
        intent.having = Some(having);
        intent.order = Some(Order::Desc);
        return Ok(intent);
    }
    if let Some(agg @ (AggFunc::Sum | AggFunc::Mean | AggFunc::Median | AggFunc::Std)) =
        explicit_agg
        && let Some(text) = measures.first().filter(|c| !numeric(c))
        && measures.iter().all(|c| !numeric(c))
    {
        return Err(format!(
            "`{text}` is text, so it has no {}; ask for a count or the number of distinct values",
            agg.label().trim_end_matches(" of")
        ));
    }
    // "list the different ranks", "what ship modes are there": the values themselves.
    let listed_columns = if measures.is_empty() {
        &which
    } else {
        &measures
    };
    if let [listed] = listed_columns.as_slice()
        && !numeric(listed)
        && groups.is_empty()
        && s.superlative.is_none()
        && explicit_agg.is_none()
        && (s.list_rows || s.are_there)
        && (s.distinct || s.are_there)
    {
        let mut rows = Intent::new(Task::Rows);
        rows.filters = s.filters.clone();
        rows.columns = vec![listed.clone()];
        rows.distinct = true;
        return Ok(rows);
    }
    // "the most common weather": a text column and a superlative rank its values by count.
    let only_text = !measures.is_empty() && !measures.iter().any(numeric);
    if which.is_empty()
        && groups.is_empty()
        && only_text
        && s.top_n.is_none()
        && matches!(explicit_agg, None | Some(AggFunc::Count))
        && let Some(order) = s.superlative
    {
        intent.group = vec![measures[0].clone()];
        intent.agg = Some(AggFunc::Count);
        intent.order = Some(order);
        intent.limit = Some(1);
        return Ok(intent);
    }
    // "which species has the highest mass": group by the subject, order by the measure.
    if let Some(subject) = which.first() {
        groups.insert(0, subject.clone());
        intent.order = Some(s.superlative.unwrap_or(Order::Desc));
    }
    let measure = measures
        .iter()
        .find(|c| numeric(c))
        .or(measures.first())
        .cloned();
    // "which stock had the lowest average price": the rows' name column is the subject.
    if which.is_empty()
        && groups.is_empty()
        && s.which_row
        && s.superlative.is_some()
        && matches!(
            explicit_agg,
            Some(AggFunc::Mean | AggFunc::Sum | AggFunc::Median | AggFunc::Count)
        )
        && let Some(name) = schema
            .columns
            .iter()
            .find(|c| c.kind == Kind::Text && c.values.is_some())
    {
        groups.push(name.name.clone());
        intent.order = s.superlative;
        intent.group = groups;
        intent.agg = explicit_agg;
        intent.measure = measure.filter(numeric);
        if intent.measure.is_none() {
            intent.agg = Some(AggFunc::Count);
        }
        intent.limit = s.top_n;
        return Ok(intent);
    }
    // "which car has the highest horsepower": the row(s) with the extreme value.
    if which.is_empty()
        && groups.is_empty()
        && s.which_row
        && let (Some(order), Some(m)) = (s.superlative, measure.clone().filter(numeric))
        && matches!(explicit_agg, None | Some(AggFunc::Max | AggFunc::Min))
    {
        let mut rows = Intent::new(Task::Rows);
        rows.filters = s.filters.clone();
        rows.columns = labelled(schema, &m);
        rows.measure = Some(m);
        rows.order = Some(order);
        rows.limit = Some(s.top_n.unwrap_or(1));
        return Ok(rows);
    }
    if let (Some(order), Some(n)) = (s.superlative, s.top_n) {
        // Top N: of groups when a text column is named, else of rows. "by <number>" ranks.
        let ranked_by = groups.iter().find(|g| numeric(g)).cloned();
        groups.retain(|g| !numeric(g));
        let text_measure = measures.iter().find(|c| !numeric(c)).cloned();
        if groups.is_empty()
            && let Some(t) = text_measure
        {
            groups.push(t);
        }
        // "top 3 hours by average temp": the column with the aggregate is ranked, the
        // other one is the group.
        let qualified = s
            .mentions
            .iter()
            .find(|m| m.agg.is_some() && m.role == Role::Measure && numeric(&m.column))
            .map(|m| m.column.clone());
        if groups.is_empty()
            && let Some(q) = &qualified
            && let Some(other) = measures.iter().find(|c| *c != q)
        {
            groups.push(other.clone());
        }
        let num_measure = qualified
            .or_else(|| {
                measures
                    .iter()
                    .find(|c| numeric(c) && !groups.contains(c))
                    .cloned()
            })
            .or(ranked_by);
        if groups.is_empty() {
            let mut rows = Intent::new(Task::Rows);
            rows.filters = s.filters.clone();
            rows.measure = num_measure.or_else(|| versus.first().cloned());
            rows.order = Some(order);
            rows.limit = Some(n);
            let Some(m) = rows.measure.clone() else {
                return Err("name the column to rank by".into());
            };
            rows.columns = labelled(schema, &m);
            return Ok(rows);
        }
        intent.group = groups;
        intent.measure = num_measure.clone();
        intent.agg = Some(match (explicit_agg, &num_measure) {
            (Some(a), Some(_)) => a,
            (_, None) => AggFunc::Count,
            (None, Some(m)) => additive_default(m),
        });
        intent.order = Some(order);
        intent.limit = Some(n);
        return Ok(intent);
    }
    // "average mpg of Japan and Europe": one value each.
    if groups.is_empty()
        && which.is_empty()
        && let Some(f) = compared_values(&s.filters)
    {
        if f.year_of {
            // "compare rain in 2014 and 2015": one value per year of the date column.
            let mut name = "year".to_string();
            while schema.get(&name).is_some() {
                name.push('_');
            }
            intent.buckets.push(Bucket {
                name: name.clone(),
                column: f.column.clone(),
                unit: DatePart::Year,
            });
            groups.push(name);
        } else if !f.month_of && (f.value.is_string() || chart::time_like(schema, &f.column)) {
            // Numbers stay a filter: "cars with 4 or 6 cylinders".
            groups.push(f.column.clone());
        }
    }
    // "sort origins by average horsepower", "mean petal length of species": an aggregate
    // of a number for a named text column is per value of that column.
    if groups.is_empty()
        && which.is_empty()
        && matches!(
            explicit_agg,
            Some(
                AggFunc::Mean
                    | AggFunc::Sum
                    | AggFunc::Median
                    | AggFunc::Min
                    | AggFunc::Max
                    | AggFunc::Std
            )
        )
        && measures.iter().any(numeric)
        && let Some(text) = measures
            .iter()
            .find(|c| !numeric(c) && schema.kind(c) == Kind::Text)
    {
        groups.push(text.clone());
    }
    if !groups.is_empty() {
        // "highest price per symbol": each group's maximum.
        let extreme = which.is_empty() && s.top_n.is_none() && explicit_agg.is_none();
        if extreme
            && let Some(order) = s.superlative
            && measures.iter().any(numeric)
        {
            intent.group = groups;
            intent.measure = measures.iter().find(|c| numeric(c)).cloned();
            intent.agg = Some(if order == Order::Desc {
                AggFunc::Max
            } else {
                AggFunc::Min
            });
            return Ok(intent);
        }
        intent.group = groups;
        let num_measure = measures.iter().find(|c| numeric(c)).cloned();
        intent.agg = Some(match (explicit_agg, &num_measure) {
            (Some(AggFunc::Count), Some(_)) if s.rows_noun => AggFunc::Count,
            (Some(a), Some(_)) => a,
            // "revenue by region" with no revenue column is not a count of rows.
            (None, None) if s.unknown_nouns > 0 && !s.rows_noun => {
                return Err("I could not tell what to compute per group".into());
            }
            (Some(AggFunc::Count) | None, None) => AggFunc::Count,
            (Some(a), None) => {
                return Err(format!(
                    "the {} of what? Name a numeric column",
                    a.label().trim_end_matches(" of")
                ));
            }
            // "sales by region" adds up; "mass by species" averages.
            (None, Some(m)) => additive_default(m),
        });
        if intent.agg != Some(AggFunc::Count) || !s.rows_noun {
            intent.measure = num_measure.filter(|_| intent.agg != Some(AggFunc::Count));
        }
        if s.distinct
            && let Some(t) = measures.iter().find(|c| !numeric(c))
        {
            intent.agg = Some(AggFunc::NUnique);
            intent.measure = Some(t.clone());
        }
        if intent.order.is_none()
            && let Some(order) = s.superlative
            && explicit_agg != Some(AggFunc::Max)
            && explicit_agg != Some(AggFunc::Min)
        {
            intent.order = Some(order);
        }
        if intent.order.is_none() {
            intent.order = s.sorted;
        }
        return Ok(intent);
    }
    // Single aggregate over the (filtered) rows.
    let agg = match (explicit_agg, s.superlative, &measure) {
        (Some(AggFunc::Count), _, Some(m)) if s.distinct || (!numeric(m) && !s.rows_noun) => {
            AggFunc::NUnique
        }
        (Some(AggFunc::Count), _, _) => AggFunc::Count,
        (Some(a), _, Some(_)) => a,
        (None, Some(Order::Desc), Some(m)) if numeric(m) => AggFunc::Max,
        (None, Some(Order::Asc), Some(m)) if numeric(m) => AggFunc::Min,
        (None, None, Some(m)) if s.distinct && !numeric(m) => AggFunc::NUnique,
        // "months with nonfarm_change below 0": dated rows that match.
        (None, None, Some(m)) if schema.kind(m) == Kind::Time && !s.filters.is_empty() => {
            AggFunc::Count
        }
        // "price of IBM in 2005": the measure over the matching rows.
        (None, None, Some(m)) if numeric(m) && !s.filters.is_empty() => additive_default(m),
        (Some(a), _, None) => {
            return Err(format!(
                "the {} of what? Name a column",
                a.label().trim_end_matches(" of")
            ));
        }
        // "the least powerful car": nothing to rank by.
        (None, Some(_), None) if !s.unknown.is_empty() => {
            return Err("name the column to rank by".into());
        }
        // Rows or filters alone count rows, unless other nouns were not understood ("the
        // fuel efficiency of japanese cars", "how humid was it in 2013" are not counts).
        (None, _, None) if (s.rows_noun || !s.filters.is_empty()) && s.unknown_nouns == 0 => {
            if s.list_rows {
                let mut rows = Intent::new(Task::Rows);
                rows.filters = s.filters.clone();
                rows.limit = Some(20);
                return Ok(rows);
            }
            AggFunc::Count
        }
        _ => return Err("I could not tell what to compute".into()),
    };
    intent.agg = Some(agg);
    intent.measure = if agg == AggFunc::Count { None } else { measure };
    Ok(intent)
}
