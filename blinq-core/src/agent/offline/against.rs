//! "polls where leave was ahead of remain", "cars whose city mileage is above their highway
//! mileage": one numeric column compared with another of the same row.

use super::found::Scan;
use super::intent::{Cmp, Filter};
use super::keywords::KEYWORDS;
use super::numbers::comparison;
use super::schema::{Kind, Schema};
use super::words::Token;

/// Words between two columns that order them: a comparative with "than" ([`comparison`]'s
/// "more than", "higher than"), "above", "below", "at least", "ahead of". Not "over",
/// "after" or "from", which put one column across another ("miles over the years").
fn ordering(phrase: &str) -> Option<Cmp> {
    match phrase {
        "ahead of" | "exceeded" | "exceed" | "exceeds" | "above" | "lead" | "leads" | "led"
        | "beat" | "beats" | "outscored" | "outpolled" => Some(Cmp::Gt),
        "behind" | "below" | "trail" | "trails" | "trailed" => Some(Cmp::Lt),
        "at least" => Some(Cmp::Ge),
        "at most" => Some(Cmp::Le),
        _ if phrase.ends_with(" than") => {
            comparison(phrase).filter(|op| matches!(op, Cmp::Gt | Cmp::Ge | Cmp::Lt | Cmp::Le))
        }
        _ => None,
    }
}

/// Two numeric columns said one after the other with a comparison between them
/// ("`leave` ahead of `remain`", "`HomeGoals` more than `AwayGoals`") are a condition on
/// each row: the first compared with the second. Both leave `spans` (they are no
/// measures), and their words are marked read.
pub(crate) fn one_column_against_another(
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
    // "did it close higher than it opened" over `high` and `low` columns: a comparative
    // before "than" compares; it names no column that is not that very word.
    spans.retain(|(start, end, column)| {
        let word = tokens[*start].lower.as_str();
        let compares = end - start == 1
            && tokens.get(*end).is_some_and(|t| t.lower == "than")
            && comparison(&format!("{word} than")).is_some()
            && column.to_lowercase() != word;
        if compares {
            used[*start] = false;
        }
        !compares
    });
    let mut k = 0;
    while k + 1 < spans.len() {
        let (a_start, a_end, a) = &spans[k];
        let (b_start, _, b) = &spans[k + 1];
        let mut between: Vec<&str> = tokens[*a_end..*b_start]
            .iter()
            .map(|t| t.lower.as_str())
            // "above their highway mileage", "ahead of the remain share".
            .filter(|w| !matches!(*w, "the" | "their" | "its" | "his" | "her" | "it" | "they"))
            .collect();
        // "city mileage higher than highway mileage": the rest of the first name, said
        // in full, before the comparison.
        if between.len() >= 2
            && !KEYWORDS.contains(&between[0])
            && ordering(&between[1..].join(" ")).is_some()
        {
            between.remove(0);
        }
        // "more days above 90 in 2018 than in 1948" for `dx90_2018` and `dx90_1948`:
        // names alike that a year tells apart, "than in" between, "more" earlier.
        let years = [a, b].iter().all(|c| {
            c.rsplit('_')
                .next()
                .is_some_and(|y| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()))
        });
        // "cheaper on Amazon than at the bookstore": a place's preposition after "than".
        let placed = matches!(between.as_slice(), ["than", "at" | "on" | "in" | "from"]);
        if (years && between == ["than", "in"]) || placed {
            between.pop();
        }
        let before = if years && between == ["than"] {
            (a_start.saturating_sub(8)..*a_start)
                .rev()
                .find(|&i| !used[i] && matches!(tokens[i].lower.as_str(), "more" | "fewer"))
        } else if placed {
            // "cheaper on Amazon": the comparative before the first's preposition.
            a_start.checked_sub(2).filter(|&i| {
                !used[i] && matches!(tokens[i + 1].lower.as_str(), "at" | "on" | "in" | "from")
            })
        } else {
            a_start.checked_sub(1).filter(|&i| !used[i])
        };
        // "more home goals than away goals": "more" before the first, "than" between.
        let more = before.and_then(|i| match tokens[i].lower.as_str() {
            "more" | "higher" | "greater" | "dearer" | "costlier" => Some((i, Cmp::Gt)),
            "fewer" | "less" | "lower" | "cheaper" => Some((i, Cmp::Lt)),
            _ => None,
        });
        let free = (*a_end..*b_start).all(|i| !used[i]);
        let numbers = free && !between.is_empty() && a != b && number(a) && number(b);
        let op = match more {
            Some((_, op)) if between == ["than"] => Some(op),
            _ => ordering(&between.join(" ")),
        };
        let op = op.filter(|_| numbers);
        let Some(op) = op else {
            k += 1;
            continue;
        };
        used[*a_end..*b_start].iter_mut().for_each(|u| *u = true);
        if let Some((i, _)) = more.filter(|_| between == ["than"]) {
            used[i] = true;
        }
        out.filters.push(Filter::against(a.clone(), op, b.clone()));
        spans.drain(k..k + 2);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::words::tokenize;

    fn read(question: &str, spans: &[(usize, usize, &str)]) -> (Vec<Filter>, usize) {
        let schema = Schema::of_csv(
            "polls",
            "pollster,leave,remain\nA,0.5,0.4\nB,0.3,0.6\nC,0.45,0.45\n",
        );
        let tokens = tokenize(question);
        let mut used = vec![false; tokens.len()];
        let mut spans: Vec<(usize, usize, String)> = spans
            .iter()
            .map(|(s, e, c)| (*s, *e, c.to_string()))
            .collect();
        let mut out = Scan::default();
        one_column_against_another(&schema, &tokens, &mut used, &mut spans, &mut out);
        (out.filters, spans.len())
    }

    #[test]
    fn cheaper_at_one_place_than_at_another() {
        let schema = Schema::of_csv(
            "textbooks",
            "course,bookstore_new,amazon_new\nA,47.97,47.45\nB,14.26,13.55\nC,10,12\n",
        );
        // for(0) how(1) many(2) courses(3) was(4) it(5) cheaper(6) on(7) amazon(8)
        // than(9) at(10) the(11) bookstore(12)
        let tokens =
            tokenize("for how many courses was it cheaper on amazon than at the bookstore");
        let mut used = vec![false; tokens.len()];
        let mut spans = vec![
            (8, 9, "amazon_new".to_string()),
            (12, 13, "bookstore_new".to_string()),
        ];
        let mut out = Scan::default();
        one_column_against_another(&schema, &tokens, &mut used, &mut spans, &mut out);
        assert_eq!(
            out.filters,
            [Filter::against("amazon_new", Cmp::Lt, "bookstore_new")]
        );
        assert!(spans.is_empty() && used[6]);
    }

    #[test]
    fn a_comparative_before_than_compares_though_a_column_is_named_like_it() {
        let schema = Schema::of_csv(
            "sp500",
            "date,open,high,low,close\n2015-12-31,2060.59,2062.54,2043.62,2043.94\n",
        );
        // on(0) how(1) many(2) days(3) did(4) it(5) close(6) higher(7) than(8) it(9)
        // opened(10)
        let tokens = tokenize("on how many days did it close higher than it opened");
        let mut used = vec![false; tokens.len()];
        used[7] = true;
        let mut spans = vec![
            (6, 7, "close".to_string()),
            (7, 8, "high".to_string()),
            (10, 11, "open".to_string()),
        ];
        let mut out = Scan::default();
        one_column_against_another(&schema, &tokens, &mut used, &mut spans, &mut out);
        assert_eq!(out.filters, [Filter::against("close", Cmp::Gt, "open")]);
        assert!(spans.is_empty());
    }

    #[test]
    fn a_column_ahead_of_another_is_a_condition_on_each_row() {
        // in(0) how(1) many(2) polls(3) was(4) leave(5) ahead(6) of(7) remain(8)
        let (filters, left) = read(
            "in how many polls was leave ahead of remain",
            &[(5, 6, "leave"), (8, 9, "remain")],
        );
        assert_eq!(filters, [Filter::against("leave", Cmp::Gt, "remain")]);
        assert_eq!(left, 0);
        // how(0) many(1) stations(2) had(3) more(4) days(5) in(6) 2018(7) than(8) in(9) 1948(10)
        let schema = Schema::of_csv("hot", "station,dx90_1948,dx90_2018\nA,11,16\nB,1,1\n");
        let tokens = tokenize("how many stations had more days in 2018 than in 1948");
        let mut used = vec![false; tokens.len()];
        let mut spans = vec![
            (7, 8, "dx90_2018".to_string()),
            (10, 11, "dx90_1948".to_string()),
        ];
        let mut out = Scan::default();
        one_column_against_another(&schema, &tokens, &mut used, &mut spans, &mut out);
        assert_eq!(
            out.filters,
            [Filter::against("dx90_2018", Cmp::Gt, "dx90_1948")]
        );
        // in(0) how(1) many(2) polls(3) did(4) leave(5) lead(6) remain(7)
        let (filters, _) = read(
            "in how many polls did leave lead remain",
            &[(5, 6, "leave"), (7, 8, "remain")],
        );
        assert_eq!(filters, [Filter::against("leave", Cmp::Gt, "remain")]);
        let (filters, _) = read(
            "polls with remain below the leave",
            &[(2, 3, "remain"), (5, 6, "leave")],
        );
        assert_eq!(filters, [Filter::against("remain", Cmp::Lt, "leave")]);
        // "over" puts one across the other.
        let (filters, _) = read("leave over remain", &[(0, 1, "leave"), (2, 3, "remain")]);
        assert!(filters.is_empty());
        // more(0) leave(1) than(2) remain(3)
        let (filters, _) = read(
            "more leave than remain",
            &[(1, 2, "leave"), (3, 4, "remain")],
        );
        assert_eq!(filters, [Filter::against("leave", Cmp::Gt, "remain")]);
        // "and" orders nothing; a text column is no amount.
        let (filters, left) = read("leave and remain", &[(0, 1, "leave"), (2, 3, "remain")]);
        assert!(filters.is_empty());
        assert_eq!(left, 2);
        let (filters, _) = read(
            "pollster above remain",
            &[(0, 1, "pollster"), (2, 3, "remain")],
        );
        assert!(filters.is_empty());
    }
}
