//! "How many more medals did Egypt win than Ivory Coast?", "what is the difference in
//! population between Enping and Heshan?": two values of one column, and a question for how
//! far apart their aggregates are. Read here into [`Scan::difference`]; the decision
//! `difference_between` picks the aggregate.
//!
//! "Did A have more or less wins than B?" and "is A's magnitude greater than B's?" ask the
//! same, answered in words: the comparative said ("more", "less") or "yes"/"no"
//! ([`Verdict`]).

use super::build::same_target;
use super::defaults::compared_values;
use super::found::{Mention, Role, Scan};
use super::gap::{FELL, GREW};
use super::intent::{Cmp, Difference, Filter, Order, Side, Verdict};
use super::keywords::{comparative_as_superlative, comparative_hint};
use super::schema::Schema;
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
    // "how much taller is A than B", "how much larger was the attendance on A than on B":
    // A's minus B's for a comparative upwards (B's minus A's for "shorter"); the
    // comparative of a quantity ("taller": a height) names it when no column is named (see
    // `refine::implied_measure`).
    let quantity = (2..tokens.len()).find_map(|i| {
        let said = matches!(word(i - 1), "much" | "many")
            && word(i - 2) == "how"
            && word(i + 1) != "than"
            && !used[i];
        let (superlative, order) = comparative_as_superlative(word(i))?;
        said.then_some((i, superlative, order))
    });
    let (of, minus, absolute, at) = match (signed, quantity) {
        (Some(i), _) if word(i) == "more" => (a, b, false, i),
        (Some(i), _) => (b, a, false, i),
        (None, Some((i, superlative, order))) => {
            if out.superlative_word.is_none() && !comparative_hint(word(i)).is_empty() {
                out.superlative_word = Some(superlative.to_string());
            }
            match order {
                Order::Desc => (a, b, false, i),
                Order::Asc => (b, a, false, i),
            }
        }
        (None, None) => match tokens.iter().position(|t| t.lower == "difference") {
            Some(i) if !used[i] => (a, b, true, i),
            _ => {
                if let Some(verdict) = verdict(tokens, used, out.yes_no) {
                    out.difference = Some(Difference {
                        of: a.clone(),
                        minus: b.clone(),
                        absolute: false,
                        verdict: Some(verdict),
                        percent_of: None,
                    });
                }
                return;
            }
        },
    };
    used[at] = true;
    out.difference = Some(Difference {
        of: of.clone(),
        minus: minus.clone(),
        absolute,
        verdict: None,
        percent_of: None,
    });
}

/// "by how many people did Germany's population grow from 2010 to 2022?" over rows by
/// year: a verb of change with "from Y1 to Y2" (or "between Y1 and Y2") on a column of
/// years is the later year's aggregate minus the earlier's, not the rows in between; a
/// fall ("how much did revenue drop") is the earlier's minus the later's, the size of the
/// fall. So with a period said before each number ("from week 1 to week 10") on the
/// column that counts the periods.
pub(crate) fn change_from_year_to_year(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    let grew = tokens.iter().any(|t| GREW.contains(&t.lower.as_str()));
    let fell = tokens.iter().any(|t| FELL.contains(&t.lower.as_str()));
    if out.difference.is_some() || !(grew || fell) {
        return;
    }
    let word = |i: usize| tokens.get(i).map_or("", |t| t.lower.as_str());
    // The numbers after "from" and "to", each after the same period word or none.
    let number = |i: usize| tokens.get(i).and_then(Token::number);
    let Some((first, second, periods)) = (0..tokens.len()).find_map(|i| {
        let (a, b, periods) = if is_period_word(word(i + 1)) && word(i + 4) == word(i + 1) {
            (word(i), word(i + 3), true)
        } else {
            (word(i), word(i + 2), false)
        };
        let joined = matches!((a, b), ("from", "to") | ("between", "and"));
        let (x, y) = if periods {
            (number(i + 2)?, number(i + 5)?)
        } else {
            (number(i + 1)?, number(i + 3)?)
        };
        (joined && x < y).then_some((x, y, periods))
    }) else {
        return;
    };
    let bound = |op: Cmp, n: f64, years: bool| {
        out.filters.iter().position(|f| {
            f.op == op
                && f.value.as_f64() == Some(n)
                && schema
                    .get(&f.column)
                    .is_some_and(|c| periods || c.holds_years() || !years)
        })
    };
    // "imports fell from 1929 to 1932": "from 1929" may have been read as a bound of the
    // amount said before it; the year column "to 1932" bounds, holding 1929 too, is its.
    let (from, to) = if periods {
        (bound(Cmp::Eq, first, true), bound(Cmp::Eq, second, true))
    } else {
        (bound(Cmp::Ge, first, true), bound(Cmp::Le, second, true))
    };
    let from = from.or_else(|| {
        let to = &out.filters[to?];
        bound(Cmp::Ge, first, false).filter(|_| !periods && schema.holds(&to.column, first))
    });
    let (Some(from), Some(to)) = (from, to) else {
        return;
    };
    let column = out.filters[to].column.clone();
    if out.filters[from].column != column && !schema.holds(&column, first) {
        return;
    }
    // The amount the bound was read on is what changed.
    let amount = &out.filters[from].column;
    if *amount != column && !out.mentions.iter().any(|m| m.column == *amount) {
        out.mentions
            .push(Mention::of(amount.clone(), Role::Measure));
    }
    let earlier = Filter::on(column.clone(), Cmp::Eq, out.filters[from].value.clone());
    let later = Filter::on(column.clone(), Cmp::Eq, out.filters[to].value.clone());
    let mut k = 0;
    out.filters.retain(|_| {
        k += 1;
        k - 1 != from && k - 1 != to
    });
    out.filters.push(later.clone());
    out.filters.push(earlier.clone());
    let (of, minus, base) = if fell && !grew {
        (earlier, later, Side::Of)
    } else {
        (later, earlier, Side::Minus)
    };
    // "by what percent did imports fall", "the percentage change": of the earlier year's.
    let percent = tokens
        .iter()
        .any(|t| matches!(t.lower.as_str(), "percent" | "percentage" | "%" | "pct"));
    out.difference = Some(Difference {
        of,
        minus,
        absolute: false,
        verdict: None,
        percent_of: percent.then_some(base),
    });
}

/// Whether a word names a period a table may count its time in ("week 1", "day 3").
fn is_period_word(word: &str) -> bool {
    matches!(
        word,
        "week" | "day" | "month" | "year" | "quarter" | "wave" | "round" | "period" | "visit"
    )
}

/// Comparatives of an amount, each with its opposite: the first is said of the larger.
const OPPOSITES: &[(&str, &str)] = &[
    ("more", "less"),
    ("more", "fewer"),
    ("greater", "less"),
    ("greater", "smaller"),
    ("greater", "lesser"),
    ("higher", "lower"),
    ("larger", "smaller"),
    ("bigger", "smaller"),
    ("longer", "shorter"),
    ("taller", "shorter"),
    ("heavier", "lighter"),
];

/// Whether a comparative points up (`Some(true)`: "more", "larger") or down ("less").
fn direction(word: &str) -> Option<bool> {
    OPPOSITES.iter().find_map(|(up, down)| {
        if *up == word {
            Some(true)
        } else if *down == word {
            Some(false)
        } else {
            None
        }
    })
}

/// The words a comparison of the first value with the second is answered in: "more or
/// less" (or "more/less", either order) answers with the one that holds; a yes/no question
/// (`yes_no`) with a comparative before "than" ("is A larger than B?", "did A win more
/// medals than B?") answers "yes" or "no". The comparative's words are marked read. Not
/// "more than 5": a number after "than" is a condition.
fn verdict(tokens: &[Token], used: &mut [bool], yes_no: bool) -> Option<Verdict> {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.lower.as_str());
    for i in 0..tokens.len() {
        let Some(up) = direction(word(i)) else {
            continue;
        };
        if matches!(word(i + 1), "or" | "/") && direction(word(i + 2)) == Some(!up) {
            let (above, below) = if up { (i, i + 2) } else { (i + 2, i) };
            used[i..=i + 2].iter_mut().for_each(|u| *u = true);
            return Some(Verdict {
                above: word(above).to_string(),
                below: word(below).to_string(),
                same: "the same".to_string(),
            });
        }
    }
    if !yes_no {
        return None;
    }
    // "more than B", "more medals than B": "than" at most four words on.
    let than = |i: usize| (i + 1..i + 5).find(|&j| word(j) == "than");
    let (at, than) = (0..tokens.len())
        .filter(|&i| direction(word(i)).is_some())
        .find_map(|i| than(i).map(|j| (i, j)))?;
    if tokens.get(than + 1).and_then(Token::number).is_some() {
        return None;
    }
    let (yes, no) = ("yes".to_string(), "no".to_string());
    used[at] = true;
    used[than] = true;
    Some(if direction(word(at)) == Some(true) {
        Verdict {
            above: yes,
            below: no.clone(),
            same: no,
        }
    } else {
        Verdict {
            above: no.clone(),
            below: yes,
            same: no,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::intent::Filter;
    use crate::agent::offline::keywords::asks_yes_or_no;
    use crate::agent::offline::words::tokenize;

    /// The scan after `difference_between` read `question` with `values` of `Nation` in it.
    fn scanned(question: &str, values: &[&str]) -> Scan {
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        let mut out = Scan::with_values("Nation", values);
        out.yes_no = asks_yes_or_no(&tokens);
        difference_between(&tokens, &mut used, &mut out);
        out
    }

    /// The difference read from `question` with `values` of `Nation` found in it, as
    /// (first, taken away, absolute).
    fn read(question: &str, values: &[&str]) -> Option<(String, String, bool)> {
        let out = scanned(question, values);
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

    /// The verdict's words read from `question` with `values` of `Nation`, as (the first
    /// larger, smaller, equal).
    fn verdict_of(question: &str, values: &[&str]) -> Option<(String, String, String)> {
        let out = scanned(question, values);
        let d = out.difference?;
        assert_eq!(d.of.value, values[0]);
        d.verdict.map(|v| (v.above, v.below, v.same))
    }

    fn words(above: &str, below: &str, same: &str) -> Option<(String, String, String)> {
        Some((above.into(), below.into(), same.into()))
    }

    #[test]
    fn more_or_less_answers_with_the_word_that_holds() {
        let values = ["Chad", "Peru"];
        assert_eq!(
            verdict_of("did chad win more or less medals than peru?", &values),
            words("more", "less", "the same")
        );
        assert_eq!(
            verdict_of("did chad have fewer or more wins than peru", &values),
            words("more", "fewer", "the same")
        );
        assert_eq!(
            verdict_of("is chad's total higher or lower than peru's?", &values),
            words("higher", "lower", "the same")
        );
    }

    #[test]
    fn a_yes_no_comparison_answers_yes_or_no() {
        let values = ["Chad", "Peru"];
        assert_eq!(
            verdict_of("did chad win more medals than peru?", &values),
            words("yes", "no", "no")
        );
        assert_eq!(
            verdict_of("does chad have fewer medals than peru?", &values),
            words("no", "yes", "no")
        );
        // Not a question to answer yes or no, or a comparison with a number.
        assert_eq!(
            verdict_of("which won more medals than peru, chad?", &values),
            None
        );
        assert_eq!(
            verdict_of("did chad and peru win more than 3 medals?", &values),
            None
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
