//! "Which players played the same position as Ardo Kreek?": a column named between "same"
//! and "as", and a value after "as" that picks the rows compared with. The scan keeps the
//! value as the anchor of [`Intent::same_as`](super::intent::Intent), not as a condition.

use super::words::Token;

/// The column the value at `pos` is compared on, when the question says "the same COLUMN as
/// [the] VALUE": the column span (`start`, `end`, name) between "same" and "as", with "as"
/// right before the value (or before "the"/"that of"). Marks "same" and "as" read.
pub(crate) fn same_column_as(
    tokens: &[Token],
    used: &mut [bool],
    spans: &[(usize, usize, String)],
    pos: usize,
) -> Option<String> {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.lower.as_str());
    let as_at = (pos.saturating_sub(3)..pos)
        .rev()
        .find(|&i| word(i) == "as")
        .filter(|&i| (i + 1..pos).all(|k| matches!(word(k), "the" | "that" | "of" | "those")))?;
    let same_at = (as_at.saturating_sub(6)..as_at)
        .rev()
        .find(|&i| word(i) == "same")?;
    let (_, _, column) = spans
        .iter()
        .find(|(start, end, _)| *start > same_at && *end <= as_at)?;
    used[same_at] = true;
    used[as_at] = true;
    Some(column.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::words::tokenize;

    /// The column `same_column_as` finds for the value said at word `pos` of `question`,
    /// with a `position` column said at words 5..6.
    fn read(question: &str, pos: usize) -> Option<String> {
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        let spans = vec![(5, 6, "position".to_string())];
        same_column_as(&tokens, &mut used, &spans, pos)
    }

    #[test]
    fn the_column_between_same_and_as_before_the_value() {
        // which(0) players(1) played(2) the(3) same(4) position(5) as(6) kreek(7)
        assert_eq!(
            read("which players played the same position as kreek", 7),
            Some("position".into())
        );
        // "as the", "as that of" before the value.
        assert_eq!(
            read("which players played the same position as that of kreek", 9),
            Some("position".into())
        );
    }

    #[test]
    fn no_same_without_both_words_or_with_the_value_elsewhere() {
        assert_eq!(
            read("which players played the other position as kreek", 7),
            None
        );
        assert_eq!(
            read("which players played the same position in kreek", 7),
            None
        );
        // The value is not right after "as".
        assert_eq!(
            read(
                "which players played the same position as their coach kreek",
                9
            ),
            None
        );
    }
}
