//! "Who had more silver medals, Cuba or Brazil?", "which album came out first, A or B?": a
//! comparison with two or more values of one column offered by "or" asks which of them
//! ranks first. Reading it here marks the scan ([`Scan::choice`]) and turns a comparative
//! into the superlative it ranks by ("more" → "most", "older" → "oldest"); the decision
//! `choice_between` then ranks only the values offered.

use super::defaults::compared_values;
use super::found::Scan;
use super::intent::Order;
use super::keywords::comparative_as_superlative;
use super::words::Token;

/// Words that say a place in time or in the file: "earlier"/"first" rank the values by
/// the data's date, else by the order of the rows.
fn in_order(word: &str) -> Option<Order> {
    match word {
        "earlier" | "first" | "sooner" | "before" => Some(Order::Asc),
        "later" | "last" | "after" => Some(Order::Desc),
        _ => None,
    }
}

/// Whether "or" at `k` offers a choice, not part of a comparison's own words ("8 or more",
/// "more or less", "above or below").
fn offers(tokens: &[Token], k: usize) -> bool {
    let word = |i: Option<usize>| {
        i.and_then(|i| tokens.get(i))
            .map_or("", |t| t.lower.as_str())
    };
    let comparing = |w: &str| {
        comparative_as_superlative(w).is_some()
            || in_order(w).is_some()
            || matches!(w, "above" | "below" | "over" | "under" | "equal")
    };
    tokens[k].lower == "or" && !comparing(word(k.checked_sub(1))) && !comparing(word(Some(k + 1)))
}

/// Mark a choice between values offered by "or": with a superlative already read ("the
/// most gold medals, China or Mexico?"), or a comparative not followed by "than", which
/// becomes that superlative ("who is older, Ann or Bo?"). "earlier", "later", "first" and
/// "last" rank by time or the order of the rows.
pub(crate) fn choice_between(tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    if compared_values(&out.filters).is_none() || out.difference.is_some() {
        return;
    }
    if !(0..tokens.len()).any(|k| offers(tokens, k)) {
        return;
    }
    if out.superlative.is_some() || out.in_order.is_some() {
        out.choice = true;
        return;
    }
    for i in 0..tokens.len() {
        let w = tokens[i].lower.as_str();
        let beside = |k: Option<usize>| k.and_then(|k| tokens.get(k)).map(|t| t.lower.as_str());
        // "more medals than Brazil or Peru" compares with both, choosing neither.
        let than_after = tokens[i + 1..].iter().any(|t| t.lower == "than");
        if used[i]
            || than_after
            || beside(Some(i + 1)) == Some("or")
            || beside(i.checked_sub(1)) == Some("or")
        {
            continue;
        }
        if let Some(order) = in_order(w).filter(|_| !matches!(w, "before" | "after")) {
            out.in_order = Some(order);
        } else if let Some((superlative, order)) = comparative_as_superlative(w) {
            out.superlative = Some(order);
            out.superlative_word = Some(superlative.to_string());
        } else {
            continue;
        }
        used[i] = true;
        out.choice = true;
        return;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::intent::{Cmp, Filter};
    use crate::agent::offline::words::tokenize;

    /// What `choice_between` reads from `question` with `values` of `Nation` found in it.
    fn read(question: &str, values: &[&str]) -> Scan {
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        let mut out = Scan::with_values("Nation", values);
        choice_between(&tokens, &mut used, &mut out);
        out
    }

    #[test]
    fn a_comparative_between_values_offered_by_or_ranks_them() {
        let s = read(
            "who had more silver medals, cuba or brazil?",
            &["Cuba", "Brazil"],
        );
        assert!(s.choice);
        assert_eq!(s.superlative, Some(Order::Desc));
        assert_eq!(s.superlative_word.as_deref(), Some("most"));
        let s = read("which is younger, ann or bo?", &["Ann", "Bo"]);
        assert_eq!(
            (s.superlative, s.superlative_word.as_deref()),
            (Some(Order::Asc), Some("youngest"))
        );
        let s = read("which album came out earlier, a or b?", &["A", "B"]);
        assert_eq!((s.in_order, s.superlative), (Some(Order::Asc), None));
    }

    #[test]
    fn no_choice_without_or_or_a_comparison_or_with_than() {
        // "and" lists values to compare side by side, not a choice.
        assert!(!read("more medals in cuba and brazil", &["Cuba", "Brazil"]).choice);
        // "more or less ... than" asks which way, not which value.
        assert!(
            !read(
                "did cuba win more or less than brazil?",
                &["Cuba", "Brazil"]
            )
            .choice
        );
        assert!(
            !read(
                "did cuba win more medals than brazil or peru?",
                &["Cuba", "Brazil", "Peru"]
            )
            .choice
        );
        // One value is no choice.
        assert!(!read("who had more medals, cuba or not?", &["Cuba"]).choice);
        // Numbers offered are a choice too ("are there more cars with 4 or 6 cylinders?"),
        // but not without a comparison.
        let tokens = tokenize("how many cars have 4 or 6 cylinders");
        let mut used = vec![false; tokens.len()];
        let mut out = Scan {
            filters: vec![
                Filter::on("cyl", Cmp::Eq, 4.into()),
                Filter::on("cyl", Cmp::Eq, 6.into()),
            ],
            ..Scan::default()
        };
        choice_between(&tokens, &mut used, &mut out);
        assert!(!out.choice);
        let tokens = tokenize("are there more cars with 4 or 6 cylinders?");
        let mut used = vec![false; tokens.len()];
        choice_between(&tokens, &mut used, &mut out);
        assert!(out.choice);
    }

    #[test]
    fn a_superlative_already_read_makes_a_choice() {
        let tokens = tokenize("what country had the least drivers, germany or the uk?");
        let mut used = vec![false; tokens.len()];
        let mut out = Scan {
            filters: vec![
                Filter::on("Nation", Cmp::Eq, "Germany".into()),
                Filter::on("Nation", Cmp::Eq, "UK".into()),
            ],
            superlative: Some(Order::Asc),
            ..Scan::default()
        };
        choice_between(&tokens, &mut used, &mut out);
        assert!(out.choice);
        assert_eq!(out.superlative, Some(Order::Asc));
    }
}
