//! Decisions whose answer is an aggregate: a correlation, a chart, values compared, one
//! value per group, and `single_value`, which always decides.

use super::{Ctx, Step};
use crate::agent::offline::chart;
use crate::agent::offline::defaults::{additive_default, compared_values, is_ratio};
use crate::agent::offline::intent::{
    AggFunc, AggWords, Bucket, Cmp, DatePart, Filter, Intent, Order, ReadAs, Task,
};
use crate::agent::offline::numbers::comparison;
use crate::agent::offline::schema::Kind;
use crate::agent::offline::values::values_saying;
use crate::agent::offline::words::{PAST, is_participle};

pub(super) fn correlation(c: &mut Ctx) -> Step {
    if !c.s.correlation {
        return Step::Pass;
    }
    let nums: Vec<String> =
        c.s.mentions
            .iter()
            .map(|m| m.column.clone())
            .filter(|m| c.numeric(m))
            .collect();
    if nums.len() < 2 {
        return Step::Decide(Err("a correlation needs two numeric columns".into()));
    }
    let mut intent = Intent::new(Task::Correlation);
    intent.measure = Some(nums[0].clone());
    intent.second = Some(nums[1].clone());
    intent.filters = c.s.filters.clone();
    Step::Decide(Ok(intent))
}

/// A chart named, a distribution or a trend asked for, or two numbers and nothing to
/// compute ("bill length vs bill depth" is a scatter plot).
pub(super) fn chart_wanted(c: &mut Ctx) -> Step {
    let s = c.s;
    let compared: Vec<&String> = c.measures.iter().chain(&c.versus).collect();
    // "average temperature against average dew point" over `avg_temp` and `avg_dewpt`: one
    // quantity against another is a scatter, whatever aggregate word their names say.
    let two_numbers = (c.explicit_agg.is_none() || (s.versus && c.groups.is_empty()))
        && s.superlative.is_none()
        && ((c.groups.is_empty() && s.filters.is_empty()) || s.versus)
        && compared.len() >= 2
        && compared.iter().all(|m| c.numeric(m));
    // "how much did it change between 2010 and 2020" is a difference, not a trend to draw.
    let trend = s.trend && s.difference.is_none();
    let wants = s.chart_kind.is_some() || s.chart_word || s.distribution || trend || two_numbers;
    if !wants {
        return Step::Pass;
    }
    Step::Decide(chart::chart(
        c.schema,
        s,
        &c.measures,
        &c.groups,
        &c.colors,
        &c.versus,
        c.explicit_agg,
    ))
}

/// "average mpg of Japan and Europe": one value each, so their column is a group.
pub(super) fn compared(c: &mut Ctx) -> Step {
    // "the combined gold medals of Japan and France": one total over both.
    if !(c.groups.is_empty() && c.which.is_empty()) || c.s.together {
        return Step::Pass;
    }
    let Some(f) = compared_values(&c.s.filters) else {
        return Step::Pass;
    };
    if f.year_of {
        // "compare rain in 2014 and 2015": one value per year of the date column.
        let mut name = "year".to_string();
        while c.schema.get(&name).is_some() {
            name.push('_');
        }
        c.bucket = Some(Bucket {
            name: name.clone(),
            column: f.column.clone(),
            unit: DatePart::Year,
        });
        c.groups.push(name);
        Step::Shape
    } else if f.date_part().is_none()
        && (f.value.is_string() || chart::time_like(c.schema, &f.column))
    {
        // Numbers stay a filter: "cars with 4 or 6 cylinders".
        c.groups.push(f.column.clone());
        Step::Shape
    } else {
        Step::Pass
    }
}

/// "sort origins by average horsepower", "mean petal length of species": an aggregate of a
/// number for a named text column is per value of that column.
pub(super) fn aggregate_per_text(c: &mut Ctx) -> Step {
    if c.groups.is_empty()
        && c.which.is_empty()
        && matches!(
            c.explicit_agg,
            Some(
                AggFunc::Mean
                    | AggFunc::Sum
                    | AggFunc::Median
                    | AggFunc::Min
                    | AggFunc::Max
                    | AggFunc::Std
            )
        )
        && c.measures.iter().any(|m| c.numeric(m))
        && let Some(text) = c
            .measures
            .iter()
            .find(|m| !c.numeric(m) && c.schema.kind(m) == Kind::Text)
        // "average savings rate of countries" over one row per country: the rows, not a
        // group each.
        && !c.schema.get(text).is_some_and(|col| col.unique)
    {
        c.groups.push(text.clone());
        return Step::Shape;
    }
    Step::Pass
}

/// An aggregate per group: "average body mass by species", "highest price per symbol".
pub(super) fn per_group(c: &mut Ctx) -> Step {
    if c.groups.is_empty() {
        return Step::Pass;
    }
    let s = c.s;
    let mut intent = c.aggregate();
    intent.group = c.groups.clone();
    // "highest price per symbol": each group's maximum.
    let extreme = c.which.is_empty() && s.top_n.is_none() && c.explicit_agg.is_none();
    if extreme
        && let Some(order) = s.superlative
        && c.measures.iter().any(|m| c.numeric(m))
    {
        intent.measure = c.numeric_measure();
        intent.agg = Some(if order == Order::Desc {
            AggFunc::Max
        } else {
            AggFunc::Min
        });
        return Step::Decide(Ok(intent));
    }
    let num_measure = c.numeric_measure();
    intent.agg = Some(match (c.explicit_agg, &num_measure) {
        (Some(AggFunc::Count), Some(_)) if s.rows_noun => AggFunc::Count,
        (Some(a), Some(_)) => a,
        // "which year held the most competitions": things counted, whatever else is unread.
        (None, None) if s.counted_superlative => AggFunc::Count,
        // "revenue by region" with no revenue column is not a count of rows.
        (None, None) if s.unknown_nouns > 0 && !s.rows_noun => {
            return Step::Decide(Err("I could not tell what to compute per group".into()));
        }
        (Some(AggFunc::Count) | None, None) => AggFunc::Count,
        (Some(a), None) => {
            return Step::Decide(Err(format!(
                "the {} of what? Name a numeric column",
                a.label().trim_end_matches(" of")
            )));
        }
        // "sales by region" adds up; "mass by species" averages.
        (None, Some(m)) if s.counted_superlative && !is_ratio(m) => AggFunc::Sum,
        (None, Some(m)) => additive_default(m),
    });
    if intent.agg != Some(AggFunc::Count) || !s.rows_noun {
        intent.measure = num_measure.filter(|_| intent.agg != Some(AggFunc::Count));
    }
    // "which year had the biggest trade deficit" over one row per year: ranked by their
    // rows, every group would tie at one.
    let one_row_each =
        matches!(intent.group.as_slice(), [g] if c.schema.get(g).is_some_and(|col| col.unique));
    if one_row_each
        && s.superlative.is_some()
        && intent.agg == Some(AggFunc::Count)
        && intent.measure.is_none()
        && c.explicit_agg.is_none()
    {
        return Step::Decide(Err("name the column to rank by".into()));
    }
    more_measures(c, &mut intent);
    // "which region has the most cities", "how many countries per continent": a text
    // column counted per group is counted in distinct values, as for the whole table
    // (not when the rows themselves are counted: "how many orders per region").
    let counts_values = intent.agg == Some(AggFunc::Count) && !s.rows_noun;
    // "which year had the most stamps issued" over a `Stamp issue date` grouped by its
    // year: the column grouped by a part of it counts its rows.
    let grouped_by_part = |m: &String| {
        s.buckets
            .iter()
            .any(|b| &b.column == m && intent.group.contains(&b.name))
    };
    let own = |m: &String| c.schema.names_the_rows_it_is_named_for(m);
    if (s.distinct || counts_values)
        && let Some(t) = c.measures.iter().find(|m| {
            !c.numeric(m)
                && !intent.group.contains(m)
                && !grouped_by_part(m)
                && (s.distinct || !own(m))
        })
    {
        intent.agg = Some(AggFunc::NUnique);
        intent.measure = Some(t.clone());
    }
    if intent.order.is_none()
        && let Some(order) = s.superlative
        && c.explicit_agg != Some(AggFunc::Max)
        && c.explicit_agg != Some(AggFunc::Min)
    {
        intent.order = Some(order);
    }
    if intent.order.is_none() {
        intent.order = s.sorted;
    }
    // "which date had the highest attendance?": the date (and any tied with it), not every
    // date ranked.
    if !c.which.is_empty() && s.superlative.is_some() && s.top_n.is_none() {
        intent.limit = Some(1);
    }
    Step::Decide(Ok(intent))
}

pub(super) fn single_value(c: &mut Ctx) -> Step {
    let s = c.s;
    let measure = c.measure();
    let numeric = |m: &String| c.numeric(m);
    // "how many times was norra listed as the section": a column whose value is said is
    // one value, so its rows are counted, not its distinct values (always one).
    let one_value = |m: &String| {
        s.filters
            .iter()
            .any(|f| &f.column == m && f.op == Cmp::Eq && f.date_part().is_none())
    };
    // "how many years are listed" over a `Year` that repeats: the years, each once.
    let years = |m: &String| {
        s.years_counted
            && numeric(m)
            && c.schema
                .get(m)
                .is_some_and(|col| col.holds_years() && !col.calendar)
    };
    // "how many seminar courses are there" over a course catalogue's `course` titles that
    // a few rows share: names of the rows, counted as rows.
    let own = |m: &String| c.schema.names_the_rows_it_is_named_for(m);
    // "list the records set after 2000": rows listed by their conditions (or all of them),
    // any words left over being verbs or prepositions, not things asked for.
    let only_verbs_left = s.unknown.iter().all(|w| {
        let w = w.to_lowercase();
        is_participle(&w) || PAST.contains(&w.as_str()) || comparison(&w).is_some()
    });
    let picked = s.rows_noun || !s.filters.is_empty();
    let listed = s.list_rows
        && ((picked && s.unknown_nouns == 0) || (!s.filters.is_empty() && only_verbs_left));
    let agg = match (c.explicit_agg, s.superlative, &measure) {
        (Some(AggFunc::Count), _, Some(m))
            if s.distinct
                || s.things.contains(m)
                || ((!numeric(m) || years(m))
                    && !s.rows_noun
                    && !s.times
                    && !one_value(m)
                    && !own(m)) =>
        {
            AggFunc::NUnique
        }
        // "how many employees work remotely" with nothing for "remotely": not every row.
        // But "how many ships went to Pakistan" over a `Fate` that says it in some values:
        // those rows.
        (Some(AggFunc::Count), _, None) if s.filters.is_empty() && s.unread_condition.is_some() => {
            let word = s.unread_condition.as_deref().unwrap_or_default();
            // (Read here, on the way to a refusal only: it searches every value.)
            if let Some((column, values)) = values_saying(c.schema, &word.to_lowercase()) {
                let mut intent = c.aggregate();
                intent
                    .filters
                    .push(Filter::on(column, Cmp::In, serde_json::Value::from(values)));
                intent.agg = Some(AggFunc::Count);
                return Step::Decide(Ok(intent));
            }
            return Step::Decide(Err(format!(
                "I could not tell which rows \"{word}\" picks out"
            )));
        }
        (Some(AggFunc::Count), _, _) => AggFunc::Count,
        (Some(a), _, Some(_)) => a,
        (None, Some(Order::Desc), Some(m)) if numeric(m) => AggFunc::Max,
        (None, Some(Order::Asc), Some(m)) if numeric(m) => AggFunc::Min,
        (None, None, Some(m)) if s.distinct && !numeric(m) => AggFunc::NUnique,
        // "months with nonfarm_change below 0": dated rows that match.
        (None, None, Some(m)) if c.schema.kind(m) == Kind::Time && !s.filters.is_empty() => {
            AggFunc::Count
        }
        // "how long did it take Irie to finish": a time looked up is shown as written
        // (`1:55.72`, `$251,736`), not added up unasked; beside it the columns that picked its rows,
        // unless one value picked them (the same on every row).
        (None, None, Some(m))
            if !s.filters.is_empty()
                && c.schema.get(m).is_some_and(|col| {
                    matches!(col.reading, Some(ReadAs::Seconds | ReadAs::LeadingNumber))
                }) =>
        {
            let mut rows = Intent::new(Task::Rows);
            rows.filters = s.filters.clone();
            rows.columns = vec![m.clone()];
            for f in &s.filters {
                if f.op != Cmp::Eq && !rows.columns.contains(&f.column) {
                    rows.columns.push(f.column.clone());
                }
            }
            rows.limit = Some(100);
            return Step::Decide(Ok(rows));
        }
        // "price of IBM in 2005": the measure over the matching rows.
        (None, None, Some(m)) if numeric(m) && !s.filters.is_empty() => additive_default(m),
        // "what was the venue in 1999", "the venue where the position was 1st": a text
        // column looked up in the matching rows, each named beside what picked it.
        (None, None, Some(m))
            if s.asks && c.schema.kind(m) == Kind::Text && !s.filters.is_empty() =>
        {
            let mut rows = Intent::new(Task::Rows);
            rows.filters = s.filters.clone();
            let mut columns: Vec<String> = Vec::new();
            for x in &c.measures {
                if c.schema.kind(x) == Kind::Text && !columns.contains(x) {
                    columns.push(x.clone());
                }
            }
            for f in &s.filters {
                if !columns.contains(&f.column) {
                    columns.push(f.column.clone());
                }
            }
            rows.columns = columns;
            rows.limit = Some(100);
            return Step::Decide(Ok(rows));
        }
        // "the total amount of districts listed", "the total of named trains": rows added
        // up are counted, when nothing else in the question is left unread.
        (Some(AggFunc::Sum), None, None) if s.rows_noun && s.unknown_nouns == 0 => AggFunc::Count,
        (Some(a), _, None) => {
            return Step::Decide(Err(format!(
                "the {} of what? Name a column",
                a.label().trim_end_matches(" of")
            )));
        }
        // "the least powerful car", "which is the oldest station" (no age, no date):
        // nothing to rank by, and a count of rows would answer another question.
        (None, Some(_), None) => {
            return Step::Decide(Err("name the column to rank by".into()));
        }
        (None, _, None) if listed => {
            let mut rows = Intent::new(Task::Rows);
            rows.filters = s.filters.clone();
            rows.limit = Some(20);
            return Step::Decide(Ok(rows));
        }
        // Rows or filters alone count rows, unless other nouns were not understood ("the
        // fuel efficiency of japanese cars", "how humid was it in 2013" are not counts).
        // "how much was the fine" over a table of fines asks an amount, never a count.
        (None, _, None) if picked && s.unknown_nouns == 0 && !s.how_much => AggFunc::Count,
        (None, _, None) if s.how_much => {
            return Step::Decide(Err(
                "\"how much\" asks for an amount; please name the numeric column it is in".into(),
            ));
        }
        _ => return Step::Decide(Err("I could not tell what to compute".into())),
    };
    let mut intent = c.aggregate();
    intent.agg = Some(agg);
    intent.measure = if agg == AggFunc::Count { None } else { measure };
    more_measures(c, &mut intent);
    Step::Decide(Ok(intent))
}

/// "sales and profit by segment", "average height and weight": every numeric measure said
/// is aggregated, in the order said (the last is the main one, in the last column). Not for
/// counts, rankings or a comparison of two measures ("vs").
pub(super) fn more_measures(c: &Ctx, intent: &mut Intent) {
    let numeric: Vec<&String> = c.measures.iter().filter(|m| c.numeric(m)).collect();
    let plain = matches!(
        intent.agg,
        Some(AggFunc::Sum | AggFunc::Mean | AggFunc::Median | AggFunc::Min | AggFunc::Max)
    );
    if numeric.len() < 2
        || !plain
        || intent.measure.as_ref() != Some(numeric[0])
        || intent.order.is_some()
        || intent.limit.is_some()
        || intent.having.is_some()
        || c.s.versus
        || c.s.superlative.is_some()
    {
        return;
    }
    let mut said: Vec<String> = Vec::new();
    for m in numeric {
        if !said.contains(m) {
            said.push(m.clone());
        }
    }
    if let Some(last) = said.pop() {
        intent.measure = Some(last);
        intent.also = said;
    }
}
