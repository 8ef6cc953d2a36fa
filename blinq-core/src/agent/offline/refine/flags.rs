//! Refinements of yes/no columns: a flag named by its verb, its value, and flags said as conditions.

use crate::agent::offline::found::{Mention, Role, Scan};
use crate::agent::offline::intent::{AggFunc, Cmp, Filter};
use crate::agent::offline::matching::name_word_match;
use crate::agent::offline::schema::Schema;
use crate::agent::offline::words::{Token, made_from, same_noun, verb_of_noun, verb_stem};

/// "champions that also won their division" over a yes/no `division_winner` and a
/// `division_id`: a verb whose doer names a yes/no column (win, winner), followed by the
/// column's other words as its object, is that column; the object names no other column.
pub(crate) fn a_flag_named_by_its_verb_and_object(
    schema: &Schema,
    tokens: &[Token],
    out: &mut Scan,
) {
    for (k, token) in tokens.iter().enumerate() {
        let Some(stem) = verb_stem(&token.lower) else {
            continue;
        };
        let start = (k + 1..tokens.len())
            .find(|&j| !crate::agent::offline::gap::filler(&tokens[j].lower))
            .unwrap_or(tokens.len());
        let flag = schema.columns.iter().find(|c| {
            let Some((doer, object)) = c.words.split_last() else {
                return false;
            };
            !object.is_empty()
                && c.flag_value(true).is_some()
                && doer.len() > stem.len()
                && made_from(doer, &stem, &["er"])
                && tokens.get(start..start + object.len()).is_some_and(|said| {
                    said.iter().zip(object).all(|(t, w)| same_noun(&t.lower, w))
                })
        });
        let Some(flag) = flag else {
            continue;
        };
        let object = &flag.words[..flag.words.len() - 1];
        out.mentions.retain(|m| {
            m.column == flag.name
                || !schema
                    .get(&m.column)
                    .is_some_and(|c| object.iter().any(|w| c.words.contains(w)))
        });
        if !out.mentions.iter().any(|m| m.column == flag.name)
            && !out.filters.iter().any(|f| f.column == flag.name)
        {
            out.mentions
                .push(Mention::of(flag.name.clone(), Role::Measure));
        }
    }
}

/// "which team has won the most World Series" over `wins` and a yes/no
/// `world_series_winner`: what was won is the flag's (its doer, the winner, names it), so
/// the rows it holds are counted, and the column the verb names (`wins`) is not measured.
pub(crate) fn won_what_a_flag_says(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    let stems: Vec<String> = tokens.iter().filter_map(|t| verb_stem(&t.lower)).collect();
    let doer = |column: &str| {
        schema.get(column).is_some_and(|c| {
            c.words.iter().any(|w| {
                stems
                    .iter()
                    .any(|s| w.len() > s.len() && made_from(w, s, &["er"]))
            })
        })
    };
    let flagged = out.filters.iter().any(|f| {
        f.op == Cmp::Eq
            && doer(&f.column)
            && flag_value(schema, &f.column, true).as_ref() == Some(&f.value)
    });
    if !flagged {
        return;
    }
    let verb_column = |column: &str| {
        schema.get(column).is_some_and(|c| {
            matches!(c.words.as_slice(), [n] if tokens.iter().any(|t| verb_of_noun(&t.lower, n)))
        })
    };
    let before = out.mentions.len();
    out.mentions
        .retain(|m| !(m.role == Role::Measure && m.agg.is_none() && verb_column(&m.column)));
    if out.mentions.len() < before && out.superlative.is_some() {
        out.agg = Some(AggFunc::Count);
        out.counted_superlative = false;
    }
}

/// The value meaning yes (or no) of the two-valued yes/no column `column` (see
/// [`ColumnRef::flag_value`]).
pub(crate) fn flag_value(schema: &Schema, column: &str, yes: bool) -> Option<serde_json::Value> {
    schema.get(column)?.flag_value(yes)
}

/// Whether a word of a flag's name comes between a share's "of" and its verb, with some
/// word after the verb ("percentage of the drive-thru tests were positive").
fn flag_said_within(schema: &Schema, tokens: &[Token], column: &str) -> bool {
    let Some((of, verb)) = crate::agent::offline::keywords::share_words(tokens) else {
        return false;
    };
    let Some(c) = schema.get(column) else {
        return false;
    };
    let names = |t: &Token| {
        c.words
            .iter()
            .any(|w| name_word_match(w, &[&t.lower]).is_some())
    };
    tokens[of + 1..verb].iter().any(names) && !tokens[verb..].iter().any(names)
}

/// "how many orders were shipped", "how many tracts are on the river" (`river` of 0s and
/// 1s): a yes/no column named as a measure, or after "on" in a question that asks for no
/// chart, is a condition (`= true`, `= 1`; `= false`, `= 0` after "not"/"never"). A flag
/// coded as a number stays a measure when it is the one aggregated ("the average of
/// survived" is a rate) and in a chart.
pub(crate) fn flags_as_filters(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    // "smokers and non-smokers" (a group, `flag_and_its_negation`) negates no other flag.
    let opposites = said_with_its_opposite(tokens);
    // "emails with no number" beside a `number` of "none", "small", "big": the negation
    // is that column's, not a flag's.
    let of_another_column = |k: usize| {
        tokens.get(k + 1).is_some_and(|t| {
            schema
                .columns
                .iter()
                .filter(|c| !c.binary && c.values.as_ref().is_none_or(|v| v.len() != 2))
                .any(|c| c.words.iter().any(|w| same_noun(w, &t.lower)))
        })
    };
    let negated = tokens.iter().enumerate().any(|(k, t)| {
        // "stores outside the US" over a yes/no `US`: outside is not in.
        matches!(t.lower.as_str(), "not" | "never" | "non" | "no" | "outside")
            && !opposites.contains(&k)
            && !of_another_column(k)
    });
    let chart = out.chart_kind.is_some() || out.chart_word || out.versus;
    let counted = matches!(out.agg, None | Some(AggFunc::Count));
    let binary = |column: &str| schema.get(column).is_some_and(|c| c.binary);
    // "average age of those who survived": another measure is what is aggregated.
    let other_measure = |column: &str| {
        out.mentions
            .iter()
            .any(|m| m.role == Role::Measure && m.column != column && !binary(&m.column))
    };
    let conditions: Vec<bool> = out
        .mentions
        .iter()
        .map(|m| {
            m.agg.is_none()
                && match m.role {
                    // "stacked bar chart of decisions by judge": the stacks are its values.
                    Role::Measure if chart && out.stacked => false,
                    Role::Measure => {
                        !binary(&m.column) || (!chart && (counted || other_measure(&m.column)))
                    }
                    Role::Versus => !chart,
                    _ => false,
                }
        })
        .collect();
    let mut kept = Vec::new();
    for (m, condition) in std::mem::take(&mut out.mentions)
        .into_iter()
        .zip(conditions)
    {
        let value = condition
            .then(|| flag_value(schema, &m.column, !negated))
            .flatten();
        if let Some(value) = value {
            let flag = Filter::on(m.column.clone(), Cmp::Eq, value);
            // "what percentage of the drive-thru tests were positive": a flag said
            // between the share's "of" and its verb picks the rows it is of.
            if out.share && flag_said_within(schema, tokens, &m.column) {
                out.share_within.push(flag.clone());
                out.filters.push(flag);
                continue;
            }
            // "what percentage of women survived": the flag is the part, the women the
            // whole.
            if out.share && out.rate_of.is_none() && !out.filters.is_empty() {
                out.rate_of = Some(flag.clone());
            }
            out.filters.push(flag);
        } else {
            kept.push(m);
        }
    }
    out.mentions = kept;
}

/// The positions of "non" before a word the question also says without it ("smokers and
/// non-smokers", "non-members or members"): the two sides of one yes/no, not a negation.
fn said_with_its_opposite(tokens: &[Token]) -> Vec<usize> {
    let plain = |word: &str| {
        tokens
            .iter()
            .enumerate()
            .any(|(k, t)| t.lower == word && (k == 0 || tokens[k - 1].lower != "non"))
    };
    (0..tokens.len().saturating_sub(1))
        .filter(|&k| tokens[k].lower == "non" && plain(&tokens[k + 1].lower))
        .collect()
}
