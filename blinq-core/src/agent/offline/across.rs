//! "Average income per head across the states in 1999", "total wins across the four
//! seasons", "the average home value across all tracts": the rows an aggregate spans, said
//! after "across", are one whole, not groups of it. Compared on purpose ("how does income
//! vary across states", "compare prices across regions"), they are groups.

use super::words::Token;

/// Words that say the question compares what it spans.
const COMPARING: &[&str] = &[
    "compare",
    "compared",
    "comparison",
    "vary",
    "varies",
    "varied",
    "differ",
    "differs",
    "difference",
    "differences",
];

/// Whether the column named from word `start` is what an aggregate spans: "across" right
/// before it (past "the", "all", "these", "those" and a number) in a question that does
/// not compare.
pub(crate) fn spanned_by_across(tokens: &[Token], start: usize) -> bool {
    let mut i = start;
    while i > 0 {
        let t = &tokens[i - 1];
        if matches!(t.lower.as_str(), "the" | "all" | "these" | "those") || t.number().is_some() {
            i -= 1;
        } else {
            break;
        }
    }
    i > 0
        && tokens[i - 1].lower == "across"
        && !tokens.iter().any(|t| COMPARING.contains(&t.lower.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::words::tokenize;

    /// Whether the word `noun` of `question` is spanned.
    fn read(question: &str, noun: &str) -> bool {
        let tokens = tokenize(question);
        let at = tokens.iter().position(|t| t.lower == noun).unwrap();
        spanned_by_across(&tokens, at)
    }

    #[test]
    fn the_rows_after_across_are_one_whole() {
        assert!(read(
            "average income per head across the states in 1999",
            "states"
        ));
        assert!(read("total wins across the four seasons", "seasons"));
        assert!(read("average home value across all tracts", "tracts"));
        assert!(read("total sales across 3 regions", "regions"));
    }

    #[test]
    fn compared_or_not_after_across_they_are_groups() {
        assert!(!read("how does income vary across states", "states"));
        assert!(!read("compare the average price across regions", "regions"));
        assert!(!read("average income by state", "state"));
        assert!(!read("average income across time for each state", "state"));
    }
}
