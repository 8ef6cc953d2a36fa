//! "How many consecutive wins", "five in a row", "the longest winning streak": a question
//! about runs of rows next to each other, answered by the longest run (see
//! `build::longest_run`).

use super::words::Token;

/// Whether the question asks about consecutive rows ("consecutive", "in a row", "streak"),
/// with those words marked read.
pub(crate) fn consecutive(tokens: &[Token], used: &mut [bool]) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let mut found = false;
    for i in 0..tokens.len() {
        let run = match word(i) {
            "consecutive" | "consecutively" | "successive" | "streak" => 1,
            "in" if word(i + 1) == "a" && word(i + 2) == "row" => 3,
            _ => 0,
        };
        if run > 0 {
            used[i..i + run].iter_mut().for_each(|u| *u = true);
            found = true;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::words::tokenize;

    fn said(q: &str) -> bool {
        let tokens = tokenize(q);
        let mut used = vec![false; tokens.len()];
        consecutive(&tokens, &mut used)
    }

    #[test]
    fn runs_of_rows_are_said_three_ways() {
        assert!(said("how many consecutive wins did bob senneker have?"));
        assert!(said("who won three titles in a row?"));
        assert!(said("how long was the team's longest losing streak?"));
        assert!(!said("which row is in a table?"));
        assert!(!said("how many wins did bob senneker have?"));
    }
}
