//! Decisions that count: runs of rows, shares of rows, counts under a condition, distinct
//! values and the most common one.

use super::{Ctx, Step, quantity_unnamed};
use crate::agent::offline::chart;
use crate::agent::offline::defaults::{additive_default, compared_values};
use crate::agent::offline::intent::{AggFunc, Cmp, Filter, Intent, Order, Task};

/// "how many consecutive wins did Bob Senneker have", "who won the most consecutive
/// titles": the longest run of consecutive rows the conditions keep, or, for the column
/// asked for (not one a condition is on), the value with the longest run of its own.
pub(super) fn longest_run(c: &mut Ctx) -> Step {
    let s = c.s;
    if !s.consecutive || s.chart_kind.is_some() || s.chart_word || s.yes_no {
        return Step::Pass;
    }
    let counts = s.agg == Some(AggFunc::Count)
        || c.explicit_agg == Some(AggFunc::Count)
        || s.superlative.is_some();
    if !counts {
        return Step::Pass;
    }
    let asked = c.which.first().or(c.groups.first()).cloned().or_else(|| {
        s.which_row
            .then(|| c.row_name())
            .flatten()
            .map(str::to_string)
    });
    let group = asked.filter(|g| !c.numeric(g) && !s.filters.iter().any(|f| &f.column == g));
    if group.is_none() && s.filters.is_empty() {
        return Step::Pass;
    }
    let mut intent = Intent::new(Task::Aggregate);
    intent.filters = s.filters.clone();
    intent.group = group.into_iter().collect();
    intent.agg = Some(AggFunc::Count);
    intent.streak = true;
    Step::Decide(Ok(intent))
}

/// "percentage of cars from Japan", "share of net generation from renewables by year".
pub(super) fn share(c: &mut Ctx) -> Step {
    let s = c.s;
    // "by what percent did imports fall from 1929 to 1932": a change in percent.
    let change_in_percent = s
        .difference
        .as_ref()
        .is_some_and(|d| d.percent_of.is_some());
    if !s.share || s.chart_kind.is_some() || s.chart_word || change_in_percent {
        return Step::Pass;
    }
    if s.filters.is_empty() {
        return Step::Decide(Err(
            "a percentage needs a condition, such as \"percentage of rows where ...\"".into(),
        ));
    }
    let mut intent = Intent::new(Task::Share);
    intent.filters = s.filters.clone();
    // "survival rate of women": the rate's own condition is the part, the rest the whole.
    if let Some(rate) = &s.rate_of {
        intent.within = s.filters.iter().filter(|f| *f != rate).cloned().collect();
        intent.filters = vec![rate.clone()];
    } else {
        // "what percentage of Gentoo penguins are male?": the values said before the verb
        // choose the rows, the rest is the part; so does a year or month wherever it is said
        // ("what percentage of days were sunny in 2015?"). "percentage of countries in
        // Africa with a life expectancy above 60": with a comparison, the values said choose
        // the rows and the comparison is the part.
        let period = |f: &Filter| {
            f.op == Cmp::Eq && (f.date_part().is_some() || chart::time_like(c.schema, &f.column))
        };
        let (mut within, mut part): (Vec<Filter>, Vec<Filter>) = s
            .filters
            .iter()
            .cloned()
            .partition(|f| s.share_within.contains(f) || period(f));
        if part.iter().any(|f| f.op != Cmp::Eq) {
            let (eq, rest): (Vec<Filter>, Vec<Filter>) =
                part.into_iter().partition(|f| f.op == Cmp::Eq);
            within.extend(eq);
            part = rest;
        }
        if !within.is_empty() && !part.is_empty() {
            intent.within = within;
            intent.filters = part;
        }
    }
    intent.group = c.groups.clone();
    // "release rate in percent for black and white arrestees": one share for each value
    // said of a text column that chooses the rows.
    if intent.group.is_empty()
        && c.which.is_empty()
        && let Some(f) = compared_values(&intent.within)
        && f.value.is_string()
    {
        intent.group = vec![f.column.clone()];
    }
    // "what percentage of flights had an arrival delay of 0 or less": the column the part is
    // compared on chooses the rows; it is not what the share weighs.
    intent.measure = c
        .measures
        .iter()
        .find(|m| {
            c.numeric(m)
                && !intent
                    .filters
                    .iter()
                    .any(|f| &f.column == *m && f.op != Cmp::Eq)
        })
        .cloned();
    // "which marital status has the highest percentage of smokers?": the percentage per
    // value of the column asked for, the highest first.
    if intent.group.is_empty()
        && let Some(order) = s.superlative
        && !c.which.is_empty()
    {
        intent.group = c.which.clone();
        intent.order = Some(order);
        intent.limit = Some(s.top_n.unwrap_or(1));
    }
    Step::Decide(Ok(intent))
}

/// "which states have more than 100 orders": each group's count, kept where it holds.
pub(super) fn count_condition(c: &mut Ctx) -> Step {
    let Some(having) = c.s.having else {
        return Step::Pass;
    };
    let text_measures = c.measures.iter().filter(|m| !c.numeric(m));
    let mut keys: Vec<String> = Vec::new();
    for k in c.which.iter().chain(&c.groups).chain(text_measures) {
        if !keys.contains(k) {
            keys.push(k.clone());
        }
    }
    if keys.is_empty() {
        return Step::Decide(Err(
            "a condition on a count needs groups, as in \"which states have more than 100 orders\""
                .into(),
        ));
    }
    let mut intent = c.aggregate();
    intent.group = keys;
    intent.agg = Some(AggFunc::Count);
    intent.having = Some(having);
    intent.order = Some(Order::Desc);
    // "among airlines with at least 100 flights, which has the worst average delay": the
    // groups the count keeps, ranked by a number's aggregate.
    let measured =
        c.s.superlative.is_some() || matches!(c.explicit_agg, Some(a) if a != AggFunc::Count);
    if measured && let Some(m) = c.measures.iter().find(|m| c.numeric(m)).cloned() {
        intent.agg = Some(match c.explicit_agg {
            Some(a) if a != AggFunc::Count => a,
            _ => additive_default(&m),
        });
        intent.measure = Some(m);
        if let Some(order) = c.s.superlative {
            intent.order = Some(order);
            intent.limit = Some(c.s.top_n.unwrap_or(1));
        }
    }
    Step::Decide(Ok(intent))
}

/// "list the different ranks", "what ship modes are there": the values themselves.
pub(super) fn distinct_values(c: &mut Ctx) -> Step {
    let s = c.s;
    let listed = if c.measures.is_empty() {
        &c.which
    } else {
        &c.measures
    };
    if let [listed] = listed.as_slice()
        && !c.numeric(listed)
        && c.groups.is_empty()
        && s.superlative.is_none()
        && c.explicit_agg.is_none()
        // "unique values of weather", "what are the different weather types": the
        // distinct values themselves unless a count is asked for.
        && (s.distinct || s.are_there)
    {
        let mut rows = Intent::new(Task::Rows);
        rows.filters = s.filters.clone();
        rows.columns = vec![listed.clone()];
        rows.distinct = true;
        return Step::Decide(Ok(rows));
    }
    Step::Pass
}

pub(super) fn most_common_value(c: &mut Ctx) -> Step {
    // "which species is most common?": the subject of "which", with nothing else named, is
    // the text column ranked.
    let subject = match c.which.as_slice() {
        [s] if c.measures.is_empty() && !c.numeric(s) => Some(s.clone()),
        _ => None,
    };
    let ranked = subject.clone().or_else(|| c.measures.first().cloned());
    // "the most common screen size": a number's most common value, when asked so.
    let only_text = !c.measures.iter().any(|m| c.numeric(m)) || c.s.commonest;
    if (c.which.is_empty() || subject.is_some())
        && c.groups.is_empty()
        && only_text
        && c.s.top_n.is_none()
        && matches!(c.explicit_agg, None | Some(AggFunc::Count))
        && let Some(order) = c.s.superlative
        && let Some(ranked) = ranked
    {
        if quantity_unnamed(c) {
            return Step::Decide(Err("name the column to rank by".into()));
        }
        let mut intent = c.aggregate();
        intent.group = vec![ranked];
        intent.agg = Some(AggFunc::Count);
        intent.order = Some(order);
        intent.limit = Some(1);
        return Step::Decide(Ok(intent));
    }
    Step::Pass
}
