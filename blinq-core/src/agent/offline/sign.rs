//! Words that say the sign of an amount: "orders that lost money", "companies that made a
//! loss" are those whose profit is below zero; "made a profit" is above it.

use super::found::Scan;
use super::intent::{Cmp, Filter};
use super::schema::{Kind, Schema};
use super::words::{Token, singular};

/// The phrases of a loss ("lost money", "made a loss", "at a loss", "unprofitable") and of
/// a profit ("made a profit", "turned a profit"), each as its words and the comparison
/// with zero it says.
const SIGNS: &[(&[&str], Cmp)] = &[
    (&["lost", "money"], Cmp::Lt),
    (&["lose", "money"], Cmp::Lt),
    (&["losing", "money"], Cmp::Lt),
    (&["made", "a", "loss"], Cmp::Lt),
    (&["make", "a", "loss"], Cmp::Lt),
    (&["at", "a", "loss"], Cmp::Lt),
    (&["unprofitable"], Cmp::Lt),
    (&["made", "a", "profit"], Cmp::Gt),
    (&["make", "a", "profit"], Cmp::Gt),
    (&["turned", "a", "profit"], Cmp::Gt),
];

/// A loss or a profit said in words is a condition on the one numeric column named profit
/// (`Profit`, `profits`, `net_profit`): below zero for a loss, above it for a profit.
/// Its words are marked read.
pub(crate) fn losses_and_profits(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    out: &mut Scan,
) {
    let profits: Vec<&str> = schema
        .columns
        .iter()
        .filter(|c| {
            c.kind == Kind::Number
                && !c.binary
                && c.words.last().is_some_and(|w| singular(w) == "profit")
        })
        .map(|c| c.name.as_str())
        .collect();
    let [profit] = profits.as_slice() else {
        return;
    };
    for start in 0..tokens.len() {
        for (words, op) in SIGNS {
            let end = start + words.len();
            let said = tokens
                .get(start..end)
                .is_some_and(|span| span.iter().zip(words.iter()).all(|(t, w)| t.lower == *w));
            if !said || used[start..end].iter().any(|u| *u) {
                continue;
            }
            used[start..end].iter_mut().for_each(|u| *u = true);
            out.filters
                .push(Filter::on(*profit, *op, serde_json::json!(0)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::words::tokenize;

    fn read(csv: &str, question: &str) -> Vec<Filter> {
        let schema = Schema::of_csv("orders", csv);
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        let mut out = Scan::default();
        losses_and_profits(&schema, &tokens, &mut used, &mut out);
        out.filters
    }

    #[test]
    fn a_loss_is_a_profit_below_zero() {
        let csv = "order,Profit\nA,-3.5\nB,10\n";
        assert_eq!(
            read(csv, "how many orders lost money"),
            [Filter::on("Profit", Cmp::Lt, serde_json::json!(0))]
        );
        assert_eq!(
            read(csv, "how many companies made a loss"),
            [Filter::on("Profit", Cmp::Lt, serde_json::json!(0))]
        );
        assert_eq!(
            read(csv, "orders that made a profit"),
            [Filter::on("Profit", Cmp::Gt, serde_json::json!(0))]
        );
        // No profit column, nothing.
        assert!(read("order,sales\nA,3\n", "how many orders lost money").is_empty());
    }
}
