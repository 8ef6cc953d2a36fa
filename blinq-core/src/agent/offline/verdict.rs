//! "how many claimants were granted leave", "what percentage of the applications were turned
//! down": a verb of approval or refusal picks the rows of the one yes/no column that holds
//! the decision (`decision`, `outcome`, `approved`), or of one named for the refusal
//! (`deny`), whose yes is then the refusal.

use super::intent::{Cmp, Filter};
use super::refine::flag_value;
use super::schema::Schema;
use super::words::Token;

/// Words that say a request was approved.
const APPROVED: &[&str] = &[
    "granted", "accepted", "approved", "admitted", "allowed", "awarded",
];

/// Words that say a request was refused ("turned down" as two words).
const REFUSED: &[&str] = &["refused", "denied", "rejected", "declined"];

/// Name words of a yes/no column holding a decision whose yes is the approval.
const DECISION_NAMES: &[&str] = &[
    "decision",
    "outcome",
    "approved",
    "approval",
    "accepted",
    "acceptance",
    "granted",
    "admitted",
    "admit",
    "approve",
    "accept",
    "grant",
];

/// Name words of a yes/no column whose yes is the refusal.
const REFUSAL_NAMES: &[&str] = &[
    "deny",
    "denied",
    "denial",
    "reject",
    "rejected",
    "rejection",
    "refused",
    "refusal",
];

/// Whether the words from `i` say a refusal or an approval, and how many words say it.
fn verdict_said(tokens: &[Token], i: usize) -> Option<(bool, usize)> {
    let word = tokens[i].lower.as_str();
    if APPROVED.contains(&word) {
        return Some((true, 1));
    }
    if REFUSED.contains(&word) {
        return Some((false, 1));
    }
    (word == "turned" && tokens.get(i + 1).is_some_and(|t| t.lower == "down")).then_some((false, 2))
}

/// The filter of the verdict said in the question, as (token position, filter) like
/// [`match_values`](super::values::match_values), on the one yes/no decision column.
pub(crate) fn verdicts_said(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
) -> Vec<(usize, Filter)> {
    let two_valued =
        |c: &&super::schema::ColumnRef| c.binary || c.values.as_ref().is_some_and(|v| v.len() == 2);
    let named = |names: &[&str]| {
        let mut found = schema
            .columns
            .iter()
            .filter(two_valued)
            .filter(|c| c.words.iter().any(|w| names.contains(&w.as_str())));
        match (found.next(), found.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    };
    let (column, yes_is_approval) = match (named(DECISION_NAMES), named(REFUSAL_NAMES)) {
        (Some(c), None) => (c, true),
        (None, Some(c)) => (c, false),
        _ => return Vec::new(),
    };
    for i in 0..tokens.len() {
        if used[i] {
            continue;
        }
        let Some((approved, len)) = verdict_said(tokens, i) else {
            continue;
        };
        let Some(value) = flag_value(schema, &column.name, approved == yes_is_approval) else {
            return Vec::new();
        };
        used[i..i + len].iter_mut().for_each(|u| *u = true);
        return vec![(i, Filter::on(column.name.clone(), Cmp::Eq, value))];
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::words::tokenize;

    fn read(csv: &str, question: &str) -> Vec<Filter> {
        let schema = Schema::of_csv("appeals", csv);
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        verdicts_said(&schema, &tokens, &mut used)
            .into_iter()
            .map(|(_, f)| f)
            .collect()
    }

    #[test]
    fn an_approval_or_a_refusal_is_the_decisions_yes_or_no() {
        let csv = "judge,rater,decision\nMarceau,no,yes\nIacobucci,yes,no\nPratte,no,no\n";
        assert_eq!(
            read(csv, "how many claimants were granted leave to appeal?"),
            [Filter::on("decision", Cmp::Eq, "yes".into())]
        );
        assert_eq!(
            read(
                csv,
                "in how many cases did the rater see merit but the judge refused leave"
            ),
            [Filter::on("decision", Cmp::Eq, "no".into())]
        );
        assert_eq!(
            read(csv, "how many were turned down"),
            [Filter::on("decision", Cmp::Eq, "no".into())]
        );
    }

    #[test]
    fn a_column_named_for_the_refusal_says_yes_to_it() {
        let csv = "deny,pirat\nyes,0.3\nno,0.2\nno,0.4\n";
        assert_eq!(
            read(
                csv,
                "what percentage of the mortgage applications were turned down?"
            ),
            [Filter::on("deny", Cmp::Eq, "yes".into())]
        );
        assert_eq!(
            read(csv, "how many applications were approved"),
            [Filter::on("deny", Cmp::Eq, "no".into())]
        );
        // No column of decisions: nothing.
        assert!(read("card,age\nyes,30\nno,40\n", "how many were accepted").is_empty());
    }
}
