//! "which day had the widest range between the high and the low", "the average difference
//! between the new price and the used price", "high minus low": one numeric column taken
//! from another row by row, the measure then aggregated or ranked as any other.

use super::found::Scan;
use super::schema::{Kind, Schema};
use super::words::Token;

/// Nouns for the amount by which one quantity exceeds another.
const GAP_NOUNS: &[&str] = &["difference", "range", "gap", "spread"];

/// Words that may stand between "between" (or "and") and a column: articles, owners.
fn filler(word: &str) -> bool {
    matches!(word, "the" | "its" | "their" | "his" | "her" | "a" | "an")
}

/// "the range between `high` and `low`", "`high` minus `low`": the second column
/// (`Scan::less`) is taken from the first, which stays the measure; the second is no
/// longer a mention and the phrase's words are read.
pub(crate) fn one_column_less_another(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    spans: &mut Vec<(usize, usize, String)>,
    out: &mut Scan,
) {
    let number = |c: &str| {
        schema
            .get(c)
            .is_some_and(|col| col.kind == Kind::Number && !col.binary)
    };
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let skip = |mut k: usize| {
        while filler(word(k)) {
            k += 1;
        }
        k
    };
    for k in 0..spans.len().saturating_sub(1) {
        let (a_start, a_end, a) = &spans[k];
        let (b_start, b_end, b) = &spans[k + 1];
        if a == b || !number(a) || !number(b) {
            continue;
        }
        // "`high` minus `low`".
        let minus = word(*a_end) == "minus" && skip(a_end + 1) == *b_start;
        // "the range between `high` and `low`": a gap's noun, then "between".
        let between = word(*a_end) == "and" && skip(a_end + 1) == *b_start && {
            let mut at = *a_start;
            while at > 0 && filler(word(at - 1)) {
                at -= 1;
            }
            at >= 2 && word(at - 1) == "between" && GAP_NOUNS.contains(&word(at - 2))
        };
        if !minus && !between {
            continue;
        }
        let (first, last) = if between {
            let gap = (0..*a_start)
                .rev()
                .find(|&i| word(i) == "between")
                .map_or(*a_start, |i| i - 1);
            (gap, *b_end)
        } else {
            (*a_end, *b_start)
        };
        out.less = Some(b.clone());
        used[first..last].iter_mut().for_each(|u| *u = true);
        spans.remove(k + 1);
        return;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::words::tokenize;

    fn read(question: &str, spans: &[(usize, usize, &str)]) -> (Option<String>, usize, Vec<bool>) {
        let schema = Schema::of_csv(
            "sp500",
            "date,open,high,low,close,label\n2015-12-31,2060.59,2062.54,2043.62,2043.94,a\n",
        );
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        let mut spans: Vec<(usize, usize, String)> = spans
            .iter()
            .map(|(s, e, c)| (*s, *e, c.to_string()))
            .collect();
        let mut out = Scan::default();
        one_column_less_another(&schema, &tokens, &mut used, &mut spans, &mut out);
        (out.less, spans.len(), used)
    }

    #[test]
    fn a_gap_between_two_columns_takes_the_second_from_the_first() {
        // which(0) day(1) had(2) the(3) widest(4) range(5) between(6) the(7) high(8) and(9)
        // the(10) low(11)
        let (less, left, used) = read(
            "which day had the widest range between the high and the low",
            &[(8, 9, "high"), (11, 12, "low")],
        );
        assert_eq!(less.as_deref(), Some("low"));
        assert_eq!(left, 1);
        assert!(used[5] && used[6] && used[9]);
        // average(0) high(1) minus(2) low(3)
        let (less, _, _) = read("average high minus low", &[(1, 2, "high"), (3, 4, "low")]);
        assert_eq!(less.as_deref(), Some("low"));
    }

    #[test]
    fn two_columns_said_together_without_a_gap_are_both_measures() {
        // average(0) high(1) and(2) low(3)
        let (less, left, _) = read("average high and low", &[(1, 2, "high"), (3, 4, "low")]);
        assert_eq!((less, left), (None, 2));
        // A text column is no amount.
        let (less, _, _) = read(
            "difference between the high and the label",
            &[(3, 4, "high"), (6, 7, "label")],
        );
        assert_eq!(less, None);
    }
}
