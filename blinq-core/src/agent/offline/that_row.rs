//! A follow-up that asks where an extreme was ("on which date was that?", "when was that?",
//! "which trade was it?") after "what's the highest turnip price": the row that holds it,
//! showing the column asked for beside the measure.

use super::found::{Role, Scan};
use super::intent::{AggFunc, Intent, Order, Task};
use super::schema::Schema;
use super::words::Token;

/// Whether the follow-up points back at the previous answer ("that", "it", "this") and asks
/// where or when it was ("when", "which ...", "what ...").
fn asks_where_that_was(tokens: &[Token]) -> bool {
    let said = |w: &[&str]| tokens.iter().any(|t| w.contains(&t.lower.as_str()));
    said(&["that", "it", "this"]) && said(&["when", "which", "what", "where", "who"])
}

/// The previous intent's extreme row, with the column the follow-up asks for (the one it
/// names after "which"/"what", or the date for "when") then the measure. `None` unless the
/// previous answer was one extreme value or row of a measure, over no groups.
pub(crate) fn the_row_of_that(
    schema: &Schema,
    tokens: &[Token],
    prev: &Intent,
    s: &Scan,
) -> Option<Intent> {
    // "and when was it lowest?" asks for another extreme, not where the last one was.
    if !asks_where_that_was(tokens)
        || !prev.group.is_empty()
        || !s.filters.is_empty()
        || s.superlative_word.is_some()
    {
        return None;
    }
    let measure = prev.measure.clone()?;
    let order = match (prev.task, prev.agg, prev.order, prev.limit) {
        (Task::Aggregate, Some(AggFunc::Max), _, _) => Order::Desc,
        (Task::Aggregate, Some(AggFunc::Min), _, _) => Order::Asc,
        (Task::Rows, _, Some(order), Some(1)) => order,
        _ => return None,
    };
    let named = s
        .mentions
        .iter()
        .find(|m| {
            matches!(m.role, Role::Which | Role::Group | Role::Measure) && m.column != measure
        })
        .map(|m| m.column.clone());
    let asked = match named {
        Some(column) => column,
        None if tokens.iter().any(|t| t.lower == "when") => schema.time_column()?.to_string(),
        None => return None,
    };
    let mut row = Intent::new(Task::Rows);
    row.filters = prev.filters.clone();
    row.measure = Some(measure.clone());
    row.order = Some(order);
    row.limit = Some(1);
    row.columns = vec![asked, measure];
    Some(row)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::scan::scan;
    use crate::agent::offline::words::tokenize;

    const TURNIPS: &str = "date,time,price\n2021-04-11,5:00 a.m.,96\n2022-06-17,8:00 a.m.,541\n2021-04-12,8:00 a.m.,92\n";

    #[test]
    fn the_row_that_holds_the_extreme_asked_after() {
        let schema = Schema::of_csv("turnips", TURNIPS);
        let mut prev = Intent::new(Task::Aggregate);
        prev.agg = Some(AggFunc::Max);
        prev.measure = Some("price".into());
        for question in ["On which date was that?", "when was that?"] {
            let s = scan(&schema, question);
            let row = the_row_of_that(&schema, &tokenize(question), &prev, &s).unwrap();
            assert_eq!(row.columns, ["date", "price"], "{question}");
            assert_eq!((row.order, row.limit), (Some(Order::Desc), Some(1)));
        }
        // Not a question about where it was, nor one about another extreme.
        for question in ["and the lowest?", "and when was it lowest?"] {
            let s = scan(&schema, question);
            assert!(the_row_of_that(&schema, &tokenize(question), &prev, &s).is_none());
        }
    }
}
