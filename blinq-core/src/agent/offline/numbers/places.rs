//! Places in a ranking: a column of finishing places, "in the top 10", ordinals ("third").

use super::number_value;
use crate::agent::offline::found::Scan;
use crate::agent::offline::intent::{Cmp, Filter};
use crate::agent::offline::schema::{ColumnRef, Kind, Schema};
use crate::agent::offline::words::{Token, ordinal};

/// Verbs whose ordinal is a place in a ranking ("ranked first", "finished 2nd").
pub(super) const PLACED: &[&str] = &[
    "ranked", "placed", "finished", "came", "rated", "ranking", "rank",
];

/// Name words of a column holding places in a ranking.
pub(super) const PLACE_WORDS: &[&str] = &["rank", "place", "position", "pos", "placing", "finish"];

/// The one numeric column of places in a ranking (`Rank`, `Pos`, from 1), if the data has
/// exactly one.
pub(crate) fn places_column(schema: &Schema) -> Option<&ColumnRef> {
    let mut places = schema.columns.iter().filter(|c| {
        c.kind == Kind::Number
            && !c.binary
            && c.range.is_some_and(|(lo, _)| lo >= 1.0)
            && c.words.iter().any(|w| PLACE_WORDS.contains(&w.as_str()))
    });
    match (places.next(), places.next()) {
        (Some(place), None) => Some(place),
        _ => None,
    }
}

/// "how many Italians finished in the top ten?", "the number of Japanese in the top 10":
/// "in the top N" over a table with one column of places (`Rank`, from 1) is a condition,
/// `Rank <= N`, not a ranking of N rows ("not in the top 10", "outside the top 10":
/// `Rank > N`). Undoes the "top N" the keywords read.
pub(crate) fn within_the_top(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    let Some(i) = (2..tokens.len()).find(|&i| {
        tokens[i].lower == "top"
            && tokens[i - 1].lower == "the"
            && matches!(
                tokens[i - 2].lower.as_str(),
                "in" | "within" | "inside" | "outside"
            )
            && tokens.get(i + 1).and_then(Token::number).is_some()
    }) else {
        return;
    };
    let Some(place) = places_column(schema) else {
        return;
    };
    let n = tokens[i + 1].number().unwrap_or_default();
    used[i - 2..=i + 1].iter_mut().for_each(|u| *u = true);
    // "not in the top 10", "outside the top 10": the places after it.
    let not = i >= 3 && matches!(tokens[i - 3].lower.as_str(), "not" | "never");
    if not {
        used[i - 3] = true;
    }
    let op = if not || tokens[i - 2].lower == "outside" {
        Cmp::Gt
    } else {
        Cmp::Le
    };
    out.top_n = None;
    // The order was the one "top" gave, unless a superlative word set it.
    if out.superlative_word.is_none() {
        out.superlative = None;
    }
    out.filters
        .push(Filter::on(place.name.clone(), op, number_value(n)));
}

/// "in the third quarter" (`quarter = 3`), "the first episode": an ordinal right before a
/// numeric column; "ranked first on their network" (`network_rank = 1`): an ordinal after a
/// ranking verb, about the column of places the question names (or the only one).
pub(super) fn ordinals(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    spans: &[(usize, usize, String)],
    out: &mut Scan,
    filter_cols: &mut Vec<(usize, String)>,
) {
    let is_place = |c: &str| {
        schema.get(c).is_some_and(|c| {
            c.kind == Kind::Number && c.words.iter().any(|w| PLACE_WORDS.contains(&w.as_str()))
        })
    };
    for i in 0..tokens.len() {
        let Some(n) = ordinal(&tokens[i].lower).filter(|_| !used[i]) else {
            continue;
        };
        let next = spans
            .iter()
            .find(|(start, _, c)| *start == i + 1 && schema.kind(c) == Kind::Number);
        let column = if let Some((_, end, c)) = next {
            Some((*end, c.clone()))
        } else if i > 0 && PLACED.contains(&tokens[i - 1].lower.as_str()) {
            let said: Vec<&(usize, usize, String)> =
                spans.iter().filter(|(_, _, c)| is_place(c)).collect();
            match said.as_slice() {
                [(_, end, c)] => Some((*end, c.clone())),
                [] => {
                    let all: Vec<&str> = schema
                        .columns
                        .iter()
                        .map(|c| c.name.as_str())
                        .filter(|c| is_place(c))
                        .collect();
                    match all.as_slice() {
                        [one] => Some((i + 1, one.to_string())),
                        _ => None,
                    }
                }
                _ => None,
            }
        } else {
            None
        };
        let Some((end, column)) = column else {
            continue;
        };
        used[i] = true;
        if i > 0 && PLACED.contains(&tokens[i - 1].lower.as_str()) {
            used[i - 1] = true;
        }
        filter_cols.push((end, column.clone()));
        out.filters
            .push(Filter::on(column, Cmp::Eq, number_value(n)));
    }
}
