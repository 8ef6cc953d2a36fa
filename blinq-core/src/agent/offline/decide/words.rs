//! Decisions for questions answered in words or refused: a name that could mean two
//! columns, a thing the data does not hold, a difference between two values, a yes or no,
//! a choice between two.

use super::{Ctx, Step};
use crate::agent::offline::defaults::{additive_default, compared_values, is_ratio};
use crate::agent::offline::intent::{AggFunc, AggWords, Cmp, Filter, Intent, Order, Task};

pub(super) fn ambiguous_name(c: &mut Ctx) -> Step {
    let Some((word, columns)) = &c.s.ambiguous else {
        return Step::Pass;
    };
    Step::Decide(Err(format!(
        "\"{word}\" could mean {}; please name the column.",
        columns
            .iter()
            .map(|c| format!("`{c}`"))
            .collect::<Vec<_>>()
            .join(" or ")
    )))
}

pub(super) fn not_in_data(c: &mut Ctx) -> Step {
    match &c.s.not_found {
        Some(why) => Step::Decide(Err(why.clone())),
        None => Step::Pass,
    }
}

/// "average species": text has no average (or sum, median, deviation).
pub(super) fn text_has_no_average(c: &mut Ctx) -> Step {
    if let Some(agg @ (AggFunc::Sum | AggFunc::Mean | AggFunc::Median | AggFunc::Std)) =
        c.explicit_agg
        && let Some(text) = c.measures.first().filter(|m| !c.numeric(m))
        && c.measures.iter().all(|m| !c.numeric(m))
    {
        return Step::Decide(Err(format!(
            "`{text}` is text, so it has no {}; ask for a count or the number of distinct values",
            agg.label().trim_end_matches(" of")
        )));
    }
    Step::Pass
}

/// "how many more medals did Egypt win than Kenya?", "the difference in population between
/// Enping and Heshan": one value, the aggregate of one value's rows minus the other's. The
/// measure is summed (averaged when it is a rate) unless an aggregate is said; with no
/// measure, rows are counted where "how many" asks (for values that come back).
pub(super) fn difference_between(c: &mut Ctx) -> Step {
    let s = c.s;
    let Some(d) = &s.difference else {
        return Step::Pass;
    };
    let mut intent = Intent::new(Task::Aggregate);
    intent.filters = s
        .filters
        .iter()
        .filter(|f| **f != d.of && **f != d.minus)
        .cloned()
        .collect();
    intent.difference = Some(d.clone());
    match (
        c.numeric_measure().filter(|m| *m != d.of.column),
        c.explicit_agg,
    ) {
        (Some(m), agg) => {
            intent.agg = Some(match agg {
                Some(a) if a != AggFunc::Count => a,
                _ if is_ratio(&m) => AggFunc::Mean,
                _ => AggFunc::Sum,
            });
            intent.measure = Some(m);
        }
        // Counting rows tells values apart only when they come back: of one row each, the
        // difference is always 0.
        // "did A win more or less often than B?": with words to answer in, rows are counted
        // without "how many".
        (None, agg)
            if (agg == Some(AggFunc::Count) || d.verdict.is_some())
                && c.schema.get(&d.of.column).is_some_and(|col| !col.unique) =>
        {
            intent.agg = Some(AggFunc::Count)
        }
        (None, _) => {
            return Step::Decide(Err(format!(
                "to take {} from {} I need a number; please name its column",
                values_said(std::slice::from_ref(&d.minus), &d.minus.column),
                values_said(std::slice::from_ref(&d.of), &d.of.column),
            )));
        }
    }
    Step::Decide(Ok(intent))
}

/// "were any towers built before 1800?", "was the attendance on 11/19/2013 greater than
/// 1,000?": a question opened by "is", "did", "were", ... with a comparison among its
/// conditions asks whether any row meets them all; answered "yes" or "no" with how many
/// rows do. Not when it asks for a number, a ranking or a choice.
pub(super) fn yes_or_no(c: &mut Ctx) -> Step {
    let s = c.s;
    let compares = s
        .filters
        .iter()
        .any(|f| f.op != Cmp::Eq && f.value.is_number());
    if !s.yes_no
        || !compares
        || s.superlative.is_some()
        || s.in_order.is_some()
        || s.choice
        || s.difference.is_some()
        || s.beside.is_some()
        || !c.groups.is_empty()
        || !matches!(c.explicit_agg, None | Some(AggFunc::Sum))
    {
        return Step::Pass;
    }
    let mut rows = Intent::new(Task::Rows);
    rows.filters = s.filters.clone();
    rows.yes_no = true;
    Step::Decide(Ok(rows))
}

/// "who had more silver medals, Cuba or Brazil?", "which district has a higher population,
/// Angul or Cuttack?": of the values offered, the one ranked first by the measure (summed
/// when "more" or "fewer" of an amount, as "more goals against Portugal or Spain" adds up
/// the matches), or by how many rows each has ("which player won more tournaments, A or
/// B?", where names come back); "which album came out earlier, A or B?" ranks them by date, else by the order of
/// the rows.
pub(super) fn choice_between(c: &mut Ctx) -> Step {
    let s = c.s;
    if !s.choice {
        return Step::Pass;
    }
    // A date's years or months offered ("more rain in 2014 or 2015?") are grouped by
    // `compared_values`.
    let Some(offered) = compared_values(&s.filters).filter(|f| f.date_part().is_none()) else {
        return Step::Pass;
    };
    let column = offered.column.clone();
    let measure = c.numeric_measure().filter(|m| *m != column);
    // "which mine was open longer, A or B?" over spans of years: ranked by the years
    // (`years_of_the_span`).
    if s.span.is_some() && measure.is_none() {
        return Step::Pass;
    }
    if let (Some(order), None) = (s.in_order, &measure) {
        let mut rows = Intent::new(Task::Rows);
        rows.filters = s.filters.clone();
        rows.limit = Some(1);
        rows.order = Some(order);
        rows.measure = c.schema.dated_by().map(str::to_string);
        rows.columns = std::iter::once(column)
            .chain(rows.measure.clone())
            .collect();
        return Step::Decide(Ok(rows));
    }
    let Some(order) = s.superlative else {
        return Step::Pass;
    };
    let amount = matches!(
        s.superlative_word.as_deref(),
        Some("most" | "least" | "fewest")
    );
    let mut intent = c.aggregate();
    intent.group = vec![column.clone()];
    intent.order = Some(order);
    intent.limit = Some(1);
    match (measure, c.explicit_agg) {
        (Some(m), agg) => {
            intent.agg = Some(match agg {
                Some(a) if a != AggFunc::Count => a,
                _ if amount && !is_ratio(&m) => AggFunc::Sum,
                _ => additive_default(&m),
            });
            intent.measure = Some(m);
        }
        // Counting rows ranks only values that come back: of one row each, none is first.
        (None, agg)
            if (amount || agg == Some(AggFunc::Count))
                && c.schema.get(&column).is_some_and(|col| !col.unique) =>
        {
            intent.agg = Some(AggFunc::Count)
        }
        // "who placed higher, Bradl or Gadea?": with no quantity named, their places in
        // the ranking; the higher place is the smaller number.
        (None, _)
            if let Some(place) = crate::agent::offline::numbers::places_column(c.schema)
                && place.name != column
                && matches!(
                    s.superlative_word.as_deref(),
                    Some(
                        "higher"
                            | "highest"
                            | "lower"
                            | "lowest"
                            | "better"
                            | "best"
                            | "worse"
                            | "worst"
                    )
                ) =>
        {
            intent.measure = Some(place.name.clone());
            intent.agg = Some(AggFunc::Min);
            intent.order = Some(match order {
                Order::Asc => Order::Desc,
                Order::Desc => Order::Asc,
            });
        }
        // Left to later decisions, "more" would rank something else.
        _ => {
            return Step::Decide(Err(format!(
                "to choose between {} I need a number to compare them by; please name its column",
                values_said(&s.filters, &column)
            )));
        }
    }
    Step::Decide(Ok(intent))
}

/// The values of `column` the conditions name, as said: "Cuba and Brazil".
pub(super) fn values_said(filters: &[Filter], column: &str) -> String {
    let said: Vec<String> = filters
        .iter()
        .filter(|f| f.column == column && f.op == Cmp::Eq)
        .map(|f| match &f.value {
            serde_json::Value::String(v) => v.clone(),
            v => v.to_string(),
        })
        .collect();
    match said.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}
