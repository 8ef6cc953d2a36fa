//! Refinements of superlatives: an ambiguous name settled by the direction asked, and what a superlative ranks by.

use crate::agent::offline::found::{Mention, Role, Scan};
use crate::agent::offline::intent::{AggFunc, Cmp, Order};
use crate::agent::offline::keywords::{PERIODS, superlative_hint, superlative_of_adjective};
use crate::agent::offline::matching::{WordMatch, abbreviates, contraction, name_word_match};
use crate::agent::offline::schema::{ColumnRef, Kind, Schema};
use crate::agent::offline::words::{Token, singular, stem_and_number};
use crate::agent::offline::year_named::{said_year, year_in_name};

/// "highest temperature" with `temp_max` and `temp_min`: the direction of the question picks
/// the one column whose name says max (or min).
pub(crate) fn resolve_by_direction(
    schema: &Schema,
    tokens: &[Token],
    spans: &mut [(usize, usize, String)],
    filter_cols: &mut [(usize, String)],
    out: &mut Scan,
) {
    let Some((said, candidates)) = &out.ambiguous else {
        return;
    };
    // "days that reached 100 degrees or more" with `tmax` and `tmin`: a day's temperature
    // reached a height when its maximum did, and fell to a depth when its minimum did.
    let compared = out
        .filters
        .iter()
        .filter(|f| f.column == candidates[0])
        .find_map(|f| match f.op {
            Cmp::Ge | Cmp::Gt => Some(Order::Desc),
            Cmp::Le | Cmp::Lt => Some(Order::Asc),
            _ => None,
        });
    let direction = out
        .superlative
        .or(match out.agg {
            Some(AggFunc::Max) => Some(Order::Desc),
            Some(AggFunc::Min) => Some(Order::Asc),
            _ => None,
        })
        .or(compared);
    // "which group drinks the most on average" with `avg_drinks` and `max_drinks`: an
    // average asked for is the column of averages; the superlative ranks the groups by it.
    let averages: &[&str] = &["avg", "average", "mean"];
    let directed: &[&str] = match direction {
        Some(Order::Desc) => &["max", "maximum", "high", "highest", "upper", "hi"],
        Some(Order::Asc) => &["min", "minimum", "low", "lowest", "lower", "lo"],
        None => &[],
    };
    // Its name's words, or those it stands for (`tmax`: "maximum temperature").
    let by_words = |words: &[&str]| -> Vec<&String> {
        candidates
            .iter()
            .filter(|c| {
                schema.get(c).is_some_and(|col| {
                    col.words
                        .iter()
                        .chain(&col.described)
                        .any(|w| words.contains(&w.as_str()))
                })
            })
            .collect()
    };
    // (Where no candidate holds averages, the direction still picks one: "the average low
    // on days above 90 degrees".)
    let mut fitting = if out.agg == Some(AggFunc::Mean) {
        by_words(averages)
    } else {
        Vec::new()
    };
    if fitting.is_empty() {
        fitting = by_words(directed);
    }
    if let [column] = fitting[..] {
        let (chosen, column) = (candidates[0].clone(), column.clone());
        // The span of the ambiguous words (another may name the first candidate: "the
        // average low on days above 90 degrees").
        let of_the_words = |s: &&mut (usize, usize, String)| {
            s.2 == chosen
                && tokens[s.0..s.1]
                    .iter()
                    .map(|t| t.raw.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
                    == *said
        };
        if let Some(span) = spans.iter_mut().find(of_the_words) {
            span.2 = column.clone();
            out.ambiguous = None;
            // The comparison said of it is the chosen column's.
            if compared.is_some() && out.superlative.is_none() {
                for f in out.filters.iter_mut().filter(|f| f.column == chosen) {
                    f.column = column.clone();
                }
                for (_, c) in filter_cols.iter_mut().filter(|(_, c)| *c == chosen) {
                    *c = column.clone();
                }
            }
        }
    }
}

/// The numeric column a superlative adjective says the quantity of ("tallest": a `Height`;
/// "heaviest": a `Weight` or `wt`). Of several ("Min.Price", "Price", "Max.Price"), the one
/// named by the quantity alone; of several such ("hg" and "ht" for height), its contraction.
/// A name that adds a year to the quantity (`Hgt97`) is it where the question says that year
/// ("the tallest trees in 1997").
pub(super) fn quantity_of_superlative<'s>(
    schema: &'s Schema,
    tokens: &[Token],
    word: &str,
) -> Option<&'s ColumnRef> {
    let of_the_year_said = |w: &str, hint: &str| {
        year_in_name(w).is_some_and(|year| {
            stem_and_number(w).is_some_and(|(stem, _)| names_quantity(stem, hint))
                && said_year(tokens, year).is_some()
        })
    };
    superlative_hint(word).iter().find_map(|hint| {
        let fits = |c: &&ColumnRef| {
            c.kind == Kind::Number
                && c.words
                    .iter()
                    .any(|w| names_quantity(w, hint) || of_the_year_said(w, hint))
        };
        // "the windiest" is never the wind's direction: a bearing is no amount.
        let found: Vec<_> = schema
            .columns
            .iter()
            .filter(fits)
            .filter(|c| !c.words.iter().any(|w| DIRECTIONS.contains(&w.as_str())))
            .collect();
        let alone: Vec<_> = found.iter().filter(|c| c.words.len() == 1).collect();
        let contracted = || {
            alone
                .iter()
                .find(|c| alone.len() > 1 && contraction(&c.words[0], hint))
        };
        contracted()
            .or(alone.first())
            .map(|c| **c)
            .or(found.first().copied())
    })
}

/// "how tall is Giannis Antetokounmpo", "how old was she": the quantity the adjective
/// after "how" measures (a `height`, an `age`) is what is asked, where nothing else is, or
/// of the row a superlative picks ("how hot was the day with the lowest demand").
pub(crate) fn how_big_is_its_quantity(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    let measures: Vec<String> = out
        .mentions
        .iter()
        .filter(|m| m.role == Role::Measure)
        .map(|m| m.column.clone())
        .collect();
    // "how hot did it get on the day with the lowest demand": the superlative's column
    // ranks the rows, and the adjective's quantity is asked of the first.
    let ranked = match (out.superlative, measures.as_slice()) {
        (None, []) => None,
        (Some(_), [ranked]) if out.ranked_by.is_none() => Some(ranked.clone()),
        _ => return,
    };
    let Some(superlative) = tokens
        .windows(2)
        .find(|w| w[0].lower == "how" && w[1].lower != "long")
        .and_then(|w| superlative_of_adjective(&w[1].lower))
    else {
        return;
    };
    let Some(column) = quantity_of_superlative(schema, tokens, superlative) else {
        return;
    };
    if let Some(ranked) = ranked {
        if ranked == column.name {
            return;
        }
        out.mentions.retain(|m| m.column != ranked);
        out.ranked_by = Some(ranked);
    }
    out.ask_for(&column.name);
}

/// Column name words of a direction (an angle), which a superlative of a quantity never
/// ranks by.
const DIRECTIONS: &[&str] = &["dir", "direction", "bearing", "heading", "azimuth"];

/// "how many floors does the tallest building have", "the name of the heaviest car": the
/// superlative adjective ranks the rows by its own quantity (`Height`), and another column
/// is asked of the first row. Not where the superlative is said of the column asked for
/// ("the longest time": the word after it names a column).
pub(crate) fn ranked_by_the_superlative(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    let Some(word) = out.superlative_word.as_deref() else {
        return;
    };
    let Some(at) = tokens.iter().position(|t| t.lower == word) else {
        return;
    };
    let Some(quantity) = quantity_of_superlative(schema, tokens, word) else {
        return;
    };
    // "the coldest day", "the wettest month": a span of time after the superlative is the
    // row it asks for, not the quantity, even where a column is named for it; so is the
    // rows' own noun ("the longest flight" beside a `flight` number).
    // ("the longest total care time" for `Totcare`: a one-word name of the words after it.)
    let said: Vec<&str> = tokens[at + 1..]
        .iter()
        .take(3)
        .map(|t| t.lower.as_str())
        .collect();
    let abbreviated_after = (2..=said.len()).any(|len| {
        schema
            .columns
            .iter()
            .any(|c| matches!(&c.words[..], [w] if abbreviates(w, &said[..len])))
    });
    // "the longest expected time": a participle may qualify the column said after it.
    let next_at = match tokens.get(at + 1) {
        Some(t) if t.lower.len() > 4 && t.lower.ends_with("ed") && tokens.len() > at + 2 => at + 2,
        _ => at + 1,
    };
    let names_a_column = |word: &str| {
        schema.columns.iter().any(|c| {
            c.words
                .iter()
                .any(|w| name_word_match(w, &[word]).is_some())
        })
    };
    let said_of_a_column = tokens.get(next_at).is_some_and(|next| {
        !PERIODS.contains(&singular(&next.lower))
            && !schema.is_own_row_noun_in_any_number(&next.lower)
            && (abbreviated_after || names_a_column(&next.lower))
    });
    // "the longest commute time" over `commute_...` with `Distance` and `Time`: the rows'
    // own noun may come between the superlative and the column it says.
    let said_after_the_rows = tokens.get(next_at).is_some_and(|next| {
        schema.is_own_row_noun_in_any_number(&next.lower)
            && tokens.get(next_at + 1).is_some_and(|col| {
                !PERIODS.contains(&singular(&col.lower))
                    && !schema.is_own_row_noun_in_any_number(&col.lower)
                    && schema.columns.iter().any(|c| {
                        c.kind == Kind::Number
                            && c.words
                                .iter()
                                .any(|w| name_word_match(w, &[col.lower.as_str()]).is_some())
                    })
            })
    });
    let said_of_a_column = said_of_a_column || said_after_the_rows;
    let asked = out
        .mentions
        .iter()
        .any(|m| m.column != quantity.name && matches!(m.role, Role::Measure | Role::Which));
    if !said_of_a_column && asked {
        out.ranked_by = Some(quantity.name.clone());
    }
}

/// "the largest plane by seats", "the smallest country by area": a superlative, then "by"
/// and a numeric column with nothing else to measure, ranks the rows by that column and
/// keeps the first, as "the top plane by seats" would; the column is no group.
/// ("by number of seats" says the same column.)
pub(crate) fn the_one_ranked_by(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    let Some(word) = out.superlative_word.as_deref() else {
        return;
    };
    if out.top_n.is_some() || out.superlative.is_none() {
        return;
    }
    let Some(at) = tokens.iter().position(|t| t.lower == word) else {
        return;
    };
    let Some(by) = (at + 1..tokens.len().min(at + 5)).find(|&k| tokens[k].lower == "by") else {
        return;
    };
    let number_of = tokens.get(by + 1).is_some_and(|t| t.lower == "number")
        && tokens.get(by + 2).is_some_and(|t| t.lower == "of");
    match out.agg {
        None => {}
        Some(AggFunc::Count) if number_of => {}
        Some(_) => return,
    }
    let numeric = |m: &Mention| schema.kind(&m.column) == Kind::Number;
    let groups: Vec<&Mention> = out
        .mentions
        .iter()
        .filter(|m| m.role == Role::Group)
        .collect();
    let measured = out
        .mentions
        .iter()
        .any(|m| m.role == Role::Measure && numeric(m));
    let [group] = groups.as_slice() else {
        return;
    };
    if !numeric(group) || measured {
        return;
    }
    let column = group.column.clone();
    for m in &mut out.mentions {
        if m.column == column {
            m.role = Role::Measure;
            m.agg = None;
        }
    }
    out.agg = None;
    out.top_n = Some(1);
}

/// Whether a column's name word is the quantity word `hint`, whole or abbreviated
/// ("weight" is `wt`, "length" is `len`).
pub(crate) fn names_quantity(name_word: &str, hint: &str) -> bool {
    name_word == hint
        || singular(name_word) == hint
        || name_word_match(name_word, &[hint]).is_some_and(|m| m >= WordMatch::Abbreviation)
}
