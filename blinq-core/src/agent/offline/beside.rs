//! "The venue after Gothenburg", "the nation listed above Algeria", "who won previous to
//! Crettyard?": a text value right after a word of order is the row counted from, not a
//! condition. The scan keeps it as the anchor of [`Intent::beside`](super::intent::Intent).
//!
//! Words of place in the table ("above", "below", "listed before") step through the rows as
//! the file lists them; words of time ("before", "after", "previous", "next") step through
//! time, which is the other way where the rows are listed newest first.

use super::intent::{Cmp, Filter};
use super::keywords::names_the_table;
use super::words::Token;

/// Which way to step from the anchor's row, and whether the words said it in time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct RowStep {
    /// 1 the next row, -1 the one before.
    pub(crate) offset: i32,
    /// "after", "previous to": a step in time, not in the table's order ("listed after",
    /// "below").
    pub(crate) in_time: bool,
}

/// The step said right before the value at `at` ("after [the] V", "below V", "previous to
/// V", "listed before V"), with its words marked read. `None` for a number or a condition
/// other than equality ("after 2000" is a comparison).
pub(crate) fn step_before(
    tokens: &[Token],
    used: &mut [bool],
    at: usize,
    value: &Filter,
) -> Option<RowStep> {
    if value.op != Cmp::Eq || !value.value.is_string() {
        return None;
    }
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let mut k = at.checked_sub(1)?;
    if matches!(word(k), "the" | "a" | "an") {
        k = k.checked_sub(1)?;
    }
    let (offset, in_time) = match word(k) {
        "after" | "following" => (1, true),
        "before" | "preceding" => (-1, true),
        "below" | "beneath" | "underneath" => (1, false),
        "above" => (-1, false),
        "to" if k > 0 && matches!(word(k - 1), "previous" | "prior") => {
            used[k - 1] = true;
            (-1, true)
        }
        _ => return None,
    };
    used[k] = true;
    // "listed after", "ranked right before", "finished just above": the place in the table.
    let mut j = k;
    while j > 0 && matches!(word(j - 1), "right" | "just" | "immediately" | "directly") {
        j -= 1;
    }
    let listed = j > 0 && matches!(word(j - 1), "listed" | "ranked" | "placed" | "shown");
    if listed {
        used[j - 1] = true;
    }
    Some(RowStep {
        offset,
        in_time: in_time && !listed,
    })
}

/// Whether the question speaks of the table's own order: "listed", "comes" with a word of
/// order ("comes before"), or the table named as a place ("on the chart", "in this table",
/// "from the list"). Its "first", "before" and "next" are then where rows sit, not when.
pub(crate) fn as_listed(tokens: &[Token]) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    (0..tokens.len()).any(|i| match word(i) {
        "listed" => true,
        // "comes before", "come next": not "players who come from Ohio".
        "comes" | "come" => matches!(
            word(i + 1),
            "before" | "after" | "next" | "first" | "last" | "right" | "just" | "immediately"
        ),
        _ => names_the_table(tokens, i),
    })
}

/// "who won before Crettyard" over rows listed newest first: the step in time is the other
/// way in the table. `descending` is whether the column the rows are dated by runs from the
/// latest down.
pub(crate) fn in_table_order(step: RowStep, descending: bool) -> i32 {
    if step.in_time && descending {
        -step.offset
    } else {
        step.offset
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::words::tokenize;

    /// The step read before the value said at word `at` of `question`, and the words read.
    fn step(question: &str, at: usize) -> Option<(RowStep, Vec<bool>)> {
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        let value = Filter::on("city", Cmp::Eq, "Rome".into());
        step_before(&tokens, &mut used, at, &value).map(|s| (s, used))
    }

    fn offset(question: &str, at: usize) -> Option<(i32, bool)> {
        step(question, at).map(|(s, _)| (s.offset, s.in_time))
    }

    #[test]
    fn a_word_of_time_before_a_value_steps_through_time() {
        let (s, used) = step("which city comes after Rome", 4).unwrap();
        assert_eq!(s.offset, 1);
        assert_eq!(used, [false, false, false, true, false]);
        assert_eq!(offset("the one before the Rome", 4), Some((-1, true)));
        assert_eq!(offset("what is previous to Rome", 4), Some((-1, true)));
        assert_eq!(offset("cities in Rome", 2), None);
    }

    #[test]
    fn a_word_of_place_steps_through_the_table() {
        assert_eq!(
            offset("which city is listed above Rome", 5),
            Some((-1, false))
        );
        assert_eq!(offset("the city below Rome", 3), Some((1, false)));
        // "listed after" is the table's order, not time's.
        let (s, used) = step("which city is listed right after Rome", 6).unwrap();
        assert_eq!((s.offset, s.in_time), (1, false));
        assert_eq!(used, [false, false, false, true, false, true, false]);
    }

    #[test]
    fn a_number_or_a_comparison_is_no_step() {
        let tokens = tokenize("after 2000");
        let year = Filter::on("year", Cmp::Eq, 2000.into());
        assert_eq!(step_before(&tokens, &mut [false, false], 1, &year), None);
        let tokens = tokenize("below Rome");
        let other = Filter::on("city", Cmp::Ne, "Rome".into());
        assert_eq!(step_before(&tokens, &mut [false, false], 1, &other), None);
    }

    #[test]
    fn the_tables_order_is_said_by_listing_or_naming_the_table() {
        assert!(as_listed(&tokenize("what is the last team on the chart")));
        assert!(as_listed(&tokenize("what team comes before Confey")));
        assert!(as_listed(&tokenize("which city is listed first")));
        assert!(!as_listed(&tokenize("which team won before Confey")));
        assert!(!as_listed(&tokenize("the first player to come from Ohio")));
        // A chart asked for is not the table.
        assert!(!as_listed(&tokenize("draw a chart of sales")));
    }

    #[test]
    fn time_runs_the_other_way_over_rows_listed_newest_first() {
        let before = RowStep {
            offset: -1,
            in_time: true,
        };
        assert_eq!(in_table_order(before, false), -1);
        assert_eq!(in_table_order(before, true), 1);
        let above = RowStep {
            offset: -1,
            in_time: false,
        };
        assert_eq!(in_table_order(above, true), -1);
    }
}
