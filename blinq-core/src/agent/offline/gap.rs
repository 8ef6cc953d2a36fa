//! "which day had the widest range between the high and the low", "the average difference
//! between the new price and the used price", "high minus low": one numeric column taken
//! from another row by row, the measure then aggregated or ranked as any other.

use super::found::Scan;
use super::intent::Order;
use super::keywords::comparative_as_superlative;
use super::schema::{Kind, Schema};
use super::words::Token;

/// Nouns for the amount by which one quantity exceeds another.
const GAP_NOUNS: &[&str] = &["difference", "range", "gap", "spread"];

/// Words that may stand between "between" (or "and") and a column: articles, owners.
pub(crate) fn filler(word: &str) -> bool {
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
        // "how much warmer is the daily high than the low": a comparative's "how much",
        // the first column, "than", the second.
        let than = (word(*a_end) == "than" && skip(a_end + 1) == *b_start)
            .then(|| how_much_more(tokens, *a_start))
            .flatten();
        if let Some((at, order)) = than {
            // "how much colder is the low than the high": the second less the first.
            let (measure, less) = match order {
                Order::Desc => (a.clone(), b.clone()),
                Order::Asc => (b.clone(), a.clone()),
            };
            out.less = Some(less);
            used[at..*b_start].iter_mut().for_each(|u| *u = true);
            spans[k].2 = measure;
            spans.remove(k + 1);
            return;
        }
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

/// "how much warmer is (the daily)" before a column at `start`: where "how much" starts,
/// and the comparative's direction ("warmer" and "more" up, "colder" and "less" down).
fn how_much_more(tokens: &[Token], start: usize) -> Option<(usize, Order)> {
    let at = (start.saturating_sub(6)..start).rev().find(|&i| {
        tokens[i].lower == "how" && tokens.get(i + 1).is_some_and(|t| t.lower == "much")
    })?;
    let (_, order) = comparative_as_superlative(&tokens.get(at + 2)?.lower)?;
    Some((at, order))
}

/// Words that say a quantity grew (or changed), and words that say it fell.
pub(crate) const GREW: &[&str] = &[
    "gained",
    "gain",
    "gains",
    "rose",
    "rise",
    "risen",
    "increase",
    "increased",
    "grew",
    "grow",
    "grown",
    "growth",
    "change",
    "changed",
];
pub(crate) const FELL: &[&str] = &[
    "drop",
    "dropped",
    "fell",
    "fall",
    "fallen",
    "decline",
    "declined",
    "decrease",
    "decreased",
    "lost",
];

/// "which station gained the most days above 70 between 1948 and 2018" over `dx70_1948`
/// and `dx70_2018`: a change between two years, each held in a column named for it, is the
/// later year's column less the earlier's (the earlier less the later for a fall). The
/// measure said becomes the first of the two.
pub(crate) fn change_between_years(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    spans: &mut [(usize, usize, String)],
    out: &mut Scan,
) {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let grew = tokens.iter().any(|t| GREW.contains(&t.lower.as_str()));
    let fell = tokens.iter().any(|t| FELL.contains(&t.lower.as_str()));
    if grew == fell || out.less.is_some() {
        return;
    }
    let Some(at) = (0..tokens.len()).find(|&k| {
        matches!((word(k), word(k + 2)), ("between", "and") | ("from", "to"))
            && tokens[k + 1].number().is_some()
            && tokens.get(k + 3).and_then(Token::number).is_some()
    }) else {
        return;
    };
    let (early, late) = (tokens[at + 1].raw.clone(), tokens[at + 3].raw.clone());
    let number = |c: &str| {
        schema
            .get(c)
            .is_some_and(|col| col.kind == Kind::Number && !col.binary)
    };
    for span in spans.iter_mut() {
        let column = span.2.clone();
        // The column said, and its sibling named for the other year.
        let (first, second) = if column.contains(early.as_str()) {
            (column.clone(), column.replacen(early.as_str(), &late, 1))
        } else if column.contains(late.as_str()) {
            (column.replacen(late.as_str(), &early, 1), column.clone())
        } else {
            continue;
        };
        if first == second || !number(&first) || !number(&second) {
            continue;
        }
        let (measure, less) = if grew {
            (second, first)
        } else {
            (first, second)
        };
        span.2 = measure;
        out.less = Some(less);
        used[at..at + 4].iter_mut().for_each(|u| *u = true);
        out.ambiguous = None;
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
    fn how_much_more_one_column_is_than_another_is_their_gap() {
        // how(0) much(1) higher(2) is(3) the(4) high(5) than(6) the(7) low(8)
        let (less, left, used) = read(
            "how much higher is the high than the low",
            &[(5, 6, "high"), (8, 9, "low")],
        );
        assert_eq!(less.as_deref(), Some("low"));
        assert_eq!(left, 1);
        assert!(used[0] && used[2] && used[6]);
        // A comparative downwards takes the first from the second.
        let (less, _, _) = read(
            "how much lower is the low than the high",
            &[(5, 6, "low"), (8, 9, "high")],
        );
        assert_eq!(less.as_deref(), Some("low"));
        // "than" with no "how much" before it is no gap.
        let (less, _, _) = read(
            "is the high more than the low",
            &[(2, 3, "high"), (6, 7, "low")],
        );
        assert_eq!(less, None);
    }

    #[test]
    fn a_change_between_two_years_held_in_two_columns_is_their_difference() {
        let schema = Schema::of_csv(
            "hot",
            "station,dx70_1948,dx70_2018,dx90_1948\nA,131,147,11\nB,200,180,30\n",
        );
        let read = |question: &str| {
            let tokens = tokenize(question);
            let mut used = vec![false; tokens.len()];
            let at = tokens.iter().position(|t| t.lower == "days").unwrap();
            let mut spans = vec![(at, at + 1, "dx70_1948".to_string())];
            let mut out = Scan::default();
            change_between_years(&schema, &tokens, &mut used, &mut spans, &mut out);
            (spans[0].2.clone(), out.less)
        };
        assert_eq!(
            read("which station gained the most days above 70 between 1948 and 2018"),
            ("dx70_2018".to_string(), Some("dx70_1948".to_string()))
        );
        assert_eq!(
            read("the drop in days above 70 from 1948 to 2018"),
            ("dx70_1948".to_string(), Some("dx70_2018".to_string()))
        );
        // No change said, or no column for the other year: nothing.
        assert_eq!(read("days above 70 between 1948 and 2018").1, None);
        assert_eq!(
            read("the rise in days above 70 between 1948 and 1990").1,
            None
        );
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
