//! "How many more medals did Egypt win than Ivory Coast?", "what is the difference in
//! population between Enping and Heshan?": two values of one column, and a question for how
//! far apart their aggregates are. Read here into [`Scan::difference`]; the decision
//! `difference_between` picks the aggregate.

use super::build::same_target;
use super::defaults::compared_values;
use super::found::Scan;
use super::intent::{Cmp, Difference};
use super::words::Token;

/// Mark a difference between the two values of one column the question names: "how many
/// (or how much) more ... A ... than B" is A's minus B's, "how many fewer/less" B's minus
/// A's, in the order the values are said; "difference" is its size either way. Not for three
/// values or more, nor when "more" is a comparison of its own ("more than 5").
pub(crate) fn difference_between(tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    let Some(first) = compared_values(&out.filters) else {
        return;
    };
    let pair: Vec<_> = out
        .filters
        .iter()
        .filter(|f| f.op == Cmp::Eq && same_target(f, first))
        .cloned()
        .collect();
    let [a, b] = pair.as_slice() else {
        return;
    };
    let word = |i: usize| tokens.get(i).map_or("", |t| t.lower.as_str());
    let signed = (2..tokens.len()).find(|&i| {
        matches!(word(i), "more" | "fewer" | "less")
            && matches!(word(i - 1), "many" | "much")
            && word(i - 2) == "how"
            && word(i + 1) != "than"
            && !used[i]
    });
    let (of, minus, absolute, at) = match signed {
        Some(i) if word(i) == "more" => (a, b, false, i),
        Some(i) => (b, a, false, i),
        None => match tokens.iter().position(|t| t.lower == "difference") {
            Some(i) if !used[i] => (a, b, true, i),
            _ => return,
        },
    };
    used[at] = true;
    out.difference = Some(Difference {
        of: of.clone(),
        minus: minus.clone(),
        absolute,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::intent::Filter;
    use crate::agent::offline::words::tokenize;

    /// The difference read from `question` with `values` of `Nation` found in it, as
    /// (first, taken away, absolute).
    fn read(question: &str, values: &[&str]) -> Option<(String, String, bool)> {
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        let mut out = Scan {
            filters: values
                .iter()
                .map(|v| Filter::on("Nation", Cmp::Eq, (*v).into()))
                .collect(),
            ..Scan::default()
        };
        difference_between(&tokens, &mut used, &mut out);
        out.difference.map(|d| {
            let name = |f: &Filter| f.value.as_str().unwrap_or_default().to_string();
            (name(&d.of), name(&d.minus), d.absolute)
        })
    }

    #[test]
    fn how_many_more_takes_the_second_from_the_first() {
        assert_eq!(
            read(
                "how many more medals did egypt win than kenya?",
                &["Egypt", "Kenya"]
            ),
            Some(("Egypt".into(), "Kenya".into(), false))
        );
        assert_eq!(
            read(
                "how many fewer medals did egypt win than kenya?",
                &["Egypt", "Kenya"]
            ),
            Some(("Kenya".into(), "Egypt".into(), false))
        );
        assert_eq!(
            read(
                "how much more gold does chad have over peru",
                &["Chad", "Peru"]
            ),
            Some(("Chad".into(), "Peru".into(), false))
        );
    }

    #[test]
    fn a_difference_is_its_size() {
        assert_eq!(
            read(
                "what is the difference in gold between peru and chad?",
                &["Peru", "Chad"]
            ),
            Some(("Peru".into(), "Chad".into(), true))
        );
    }

    #[test]
    fn no_difference_without_two_values_or_with_a_comparison() {
        assert_eq!(
            read("how many more medals did egypt win?", &["Egypt"]),
            None
        );
        assert_eq!(
            read(
                "difference between egypt, kenya and chad",
                &["Egypt", "Kenya", "Chad"]
            ),
            None
        );
        // "more than": a comparison, not a difference.
        assert_eq!(
            read(
                "how many more than 5 medals did egypt or kenya win",
                &["Egypt", "Kenya"]
            ),
            None
        );
        assert_eq!(read("medals of egypt and kenya", &["Egypt", "Kenya"]), None);
    }
}
