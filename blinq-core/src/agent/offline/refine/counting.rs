//! Refinements of counts: totals held in columns, things counted by a verb, by a count column or by numbered rows.

use crate::agent::offline::found::{Mention, Role, Scan};
use crate::agent::offline::intent::{AggFunc, Order};
use crate::agent::offline::keywords::{AUXILIARIES, PERIODS};
use crate::agent::offline::matching::{name_word_match, span_score};
use crate::agent::offline::schema::{ColumnRef, Kind, Schema};
use crate::agent::offline::words::{
    NEGATIONS, PAST, PEOPLE, PERSONS, Token, doers_of, made_from, same_noun, singular, synonym,
    verb_of_noun, verb_stem,
};

/// "how many total titles were published by Walker": in a count, "total" before a text
/// column only stresses the count; a text column has no sum. Over numbers ("how many total
/// points") the total stays.
pub(super) fn total_in_a_count(schema: &Schema, out: &mut Scan) {
    if out.agg != Some(AggFunc::Count) {
        return;
    }
    for m in &mut out.mentions {
        if m.agg == Some(AggFunc::Sum)
            && schema.get(&m.column).is_some_and(|c| c.kind == Kind::Text)
        {
            m.agg = None;
        }
    }
}

/// "total number of teachers" over a numeric `teachers` (how many each row has), "the
/// number of deaths per year" over `Fatalities`, "the number of drinkers" over `drinks`: the total is the column's sum, not a count
/// of rows. Only for a name in the plural (a count of things), not a flag, said right after
/// "number of" in its own word or a synonym.
pub(super) fn total_held_in_a_column(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    if out.agg != Some(AggFunc::Count) {
        return;
    }
    let Some(at) = tokens
        .windows(2)
        .position(|w| w[0].lower == "number" && w[1].lower == "of")
    else {
        return;
    };
    let after: Vec<&str> = tokens[at + 2..]
        .iter()
        .map(|t| t.lower.as_str())
        .skip_while(|w| *w == "the")
        .collect();
    let Some(&said) = after.first() else { return };
    let held = out.mentions.iter().position(|m| {
        m.role == Role::Measure
            && schema.get(&m.column).is_some_and(|c| {
                // "the number of post offices" over `postOffices`: every word of a longer
                // name, said in order, the last in the plural.
                let whole_name = c.words.len() >= 2
                    && c.words.last().is_some_and(|w| w.ends_with('s'))
                    && after.len() >= c.words.len()
                    && c.words.iter().zip(&after).all(|(w, a)| w == a);
                c.kind == Kind::Number
                    && !c.binary
                    && (whole_name
                        || (c.words.len() == 1
                            && c.words[0].ends_with('s')
                            && (c.words[0] == said
                                || singular(&c.words[0]) == singular(said)
                                || synonym(said, &c.words[0])
                                // "the number of drinkers" over `drinks`.
                                || doers_of(said, &c.words[0]))))
            })
    });
    if let Some(k) = held {
        out.agg = Some(AggFunc::Sum);
        out.mentions[k].agg = Some(AggFunc::Sum);
    }
}

/// "how many silver medals did Spain win", "the number of female students" over a numeric
/// `Silver` or `female` column of counts: the column says how many of the things each row
/// has, so the count is the column's sum, not a count of rows. The column's one-word name
/// comes right before a plural that names no column (a file called `medals` still holds
/// them by kind).
pub(super) fn kind_counted_in_a_column(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    if out.agg != Some(AggFunc::Count) || out.distinct {
        return;
    }
    let Some(after) = tokens.windows(2).position(|w| {
        (w[0].lower == "how" && w[1].lower == "many")
            || (w[0].lower == "number" && w[1].lower == "of")
    }) else {
        return;
    };
    let mut at = after + 2;
    if tokens.get(at).is_some_and(|t| t.lower == "the") {
        at += 1;
    }
    let (Some(kind), Some(noun)) = (tokens.get(at), tokens.get(at + 1)) else {
        return;
    };
    // "how many floors does ...": a verb, not a noun in the plural.
    let plural = noun.lower.len() > 3
        && singular(&noun.lower) != noun.lower
        && !AUXILIARIES.contains(&noun.lower.as_str());
    let names_a_column = schema.columns.iter().any(|c| {
        c.words
            .iter()
            .any(|w| name_word_match(w, &[noun.lower.as_str()]).is_some())
    });
    if !plural || names_a_column {
        return;
    }
    let held = out.mentions.iter().position(|m| {
        m.role == Role::Measure
            && m.agg.is_none()
            && schema.get(&m.column).is_some_and(|c| {
                c.kind == Kind::Number
                    && !c.binary
                    && c.words == [kind.lower.as_str()]
                    && c.range.is_some_and(|(lo, _)| lo >= 0.0)
            })
    });
    if let Some(k) = held {
        out.agg = Some(AggFunc::Sum);
        out.mentions[k].agg = Some(AggFunc::Sum);
    }
}

/// "which source generated the most electricity", "which store sold the least": an amount
/// that a verb in the past says was done, ranked by "the most" or "the least", is ranked by
/// its total, not its average per row.
/// "which state took the most money" over a numeric `Takings`, "who earned the least"
/// over `earnings`: with no amount named, the verb before "most" or "least" names it by
/// the noun of its deed (take → takings, generate → generation, win → wins).
pub(super) fn amount_named_by_its_verb(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    let amount = |column: &str| {
        schema
            .get(column)
            .is_some_and(|c| c.kind == Kind::Number && !c.binary)
    };
    if out.superlative.is_none()
        || out
            .mentions
            .iter()
            .any(|m| m.role == Role::Measure && amount(&m.column))
    {
        return;
    }
    let Some(stem) = word_before_most(tokens).and_then(|t| verb_stem(&t.lower)) else {
        return;
    };
    let mut named = schema
        .columns
        .iter()
        .filter(|c| amount(&c.name) && matches!(&c.words[..], [word] if deed_of(word, &stem)));
    if let (Some(column), None) = (named.next(), named.next()) {
        out.mentions
            .insert(0, Mention::of(column.name.clone(), Role::Measure));
    }
}

/// Whether `noun` names what the verb of `stem` does or yields: "takings" of take,
/// "earnings" of earn, "generation" of generat(e), "winnings" and "wins" of win.
pub(super) fn deed_of(noun: &str, stem: &str) -> bool {
    made_from(noun, stem, &["ings", "ing", "ion", "tion", "s"])
}

/// The word before "the most" or "the least" ("took" in "which state took the most money").
fn word_before_most(tokens: &[Token]) -> Option<&Token> {
    let at = tokens
        .iter()
        .position(|t| matches!(t.lower.as_str(), "most" | "least"))?;
    tokens[..at].iter().rev().find(|t| t.lower != "the")
}

pub(super) fn done_the_most_is_a_total(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    if out.agg.is_some() || out.superlative.is_none() {
        return;
    }
    let verb = word_before_most(tokens);
    // "had the most" is what a row holds, not an amount done.
    let done = verb.is_some_and(|t| {
        ((t.lower.len() > 4 && t.lower.ends_with("ed")) || PAST.contains(&t.lower.as_str()))
            && t.lower != "had"
    });
    let amount = out.mentions.iter().any(|m| {
        m.role == Role::Measure
            && schema
                .get(&m.column)
                .is_some_and(|c| c.kind == Kind::Number && !c.binary)
    });
    if !done || !amount {
        return;
    }
    // "won the most games in a single season": the most of one row.
    out.agg = Some(if !in_a_single(schema, tokens) {
        AggFunc::Sum
    } else if out.superlative == Some(Order::Asc) {
        AggFunc::Min
    } else {
        AggFunc::Max
    });
}

/// Where the superlative's word is said.
fn superlative_at(tokens: &[Token], out: &Scan) -> Option<usize> {
    let word = out.superlative_word.as_deref()?;
    tokens.iter().position(|t| t.lower == word)
}

/// "which subject reached the highest concentration", "which dataset reaches the highest
/// y": a peak reached is the largest (or smallest) value of each, not their mean.
pub(super) fn reached_is_the_extreme(_schema: &Schema, tokens: &[Token], out: &mut Scan) {
    let Some(order) = out.superlative else {
        return;
    };
    let Some(at) = superlative_at(tokens, out) else {
        return;
    };
    let reached = tokens[..at].iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "reach" | "reached" | "reaches" | "reaching" | "peak" | "peaked" | "peaks"
        )
    });
    let per_thing = out
        .mentions
        .iter()
        .any(|m| matches!(m.role, Role::Which | Role::Group));
    if out.agg.is_none() && reached && per_thing {
        out.agg = Some(if order == Order::Asc {
            AggFunc::Min
        } else {
            AggFunc::Max
        });
    }
}

/// "which year had the most traffic" over monthly rows: the most (or least) of an amount
/// in a period that several rows share is the period's total, not its rows' mean ("the
/// highest temperature" stays a mean).
pub(super) fn most_in_a_period_is_its_total(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    let quantity = out
        .superlative_word
        .as_deref()
        .is_some_and(|w| matches!(w, "most" | "least" | "fewest"));
    if out.agg.is_some() || !quantity {
        return;
    }
    let period = out.mentions.iter().any(|m| {
        m.role == Role::Which
            && (out.buckets.iter().any(|b| b.name == m.column)
                || schema.get(&m.column).is_some_and(|c| {
                    c.repeats()
                        && c.words.iter().any(|w| {
                            matches!(w.as_str(), "year" | "month" | "week" | "quarter" | "season")
                        })
                }))
    });
    // The amount is what follows "the most" ("the most traffic"), not the rows ("the
    // most pizzas ordered" beside a `price`).
    let after = superlative_at(tokens, out).and_then(|at| tokens.get(at + 1));
    let amount = out.mentions.iter().any(|m| {
        m.role == Role::Measure
            && schema.get(&m.column).is_some_and(|c| {
                c.kind == Kind::Number
                    && !c.binary
                    && after.is_some_and(|t| {
                        c.words
                            .iter()
                            .any(|w| name_word_match(w, &[&t.lower]).is_some())
                    })
            })
    });
    if period && amount && !in_a_single(schema, tokens) {
        out.agg = Some(AggFunc::Sum);
    }
}

/// Whether the question says "in a single season", "in one game": the most done in one
/// row, not in all of them together.
fn in_a_single(schema: &Schema, tokens: &[Token]) -> bool {
    tokens.windows(3).any(|w| {
        let unit = |u: &str| {
            PERIODS.contains(&u)
                || matches!(u, "season" | "game" | "match" | "race")
                || schema.is_row_noun(u)
        };
        w[0].lower == "in"
            && ((w[1].lower == "a" && w[2].lower == "single")
                || (w[1].lower == "one" && unit(&w[2].lower)))
    })
}

/// "how many hits did Rickey Henderson have", "how many home runs in total" over a numeric
/// `Hits` or `HmRun` (how many each row has): the number asked for is the column's sum over
/// the rows the question picks, not a count of those rows. The words right after "how many"
/// must name the whole column, in the plural, and not the rows themselves ("how many
/// flights" over flights with a `flight` number); and the column must be named in the
/// plural (a count of things: `births`, `walks`) or the question ask what something did
/// ("how many home runs did he hit") or the total ("how many home runs in total").
pub(super) fn how_many_held_in_a_column(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    if out.agg != Some(AggFunc::Count) || out.distinct {
        return;
    }
    let Some(at) = how_many_at(tokens) else {
        return;
    };
    let after = &tokens[at + 2..];
    // "how many damage incidents" (over `ship_damage_incidents`): a word read as nothing,
    // or as the rows' noun, may qualify the noun.
    let qualified = after.len() >= 2
        && (out.unknown.iter().any(|u| *u == after[0].raw) || schema.is_row_noun(&after[0].lower));
    let after = if qualified { &after[1..] } else { after };
    // "how many people lived in Chad" over a `population` (the rows no people): its sum.
    let people = after.first().is_some_and(|t| {
        PEOPLE.contains(&t.lower.as_str())
            && !schema.is_row_noun(&t.lower)
            && !schema.rows_are_people()
    });
    if people
        && let Some(population) = schema.population()
        && out
            .mentions
            .iter()
            .any(|m| m.role == Role::Measure && m.column == population.name)
    {
        summed_alone(out, population.name.clone());
        return;
    }
    for len in (1..=after.len().min(3)).rev() {
        let span: Vec<&str> = after[..len].iter().map(|t| t.lower.as_str()).collect();
        let said = span[len - 1];
        if singular(said) == said || schema.is_row_noun(said) {
            continue;
        }
        // "how many home runs did he hit" asks for an amount; "how many hours had rain"
        // counts hours (rows), so only did/does/do, and "in total", say so.
        let next: Vec<&str> = after[len..]
            .iter()
            .take(2)
            .map(|t| t.lower.as_str())
            .collect();
        // "how many hijackings were there in 1969" over one row per year: the rows are the
        // years, so what there were is an amount of each.
        let rows_are_years = schema.columns.iter().any(|c| c.unique && c.holds_years());
        let there_were =
            rows_are_years && matches!(next.as_slice(), ["were" | "was" | "are" | "is", "there"]);
        let asks_of_something = matches!(next.first(), Some(&("did" | "does" | "do")))
            || next == ["in", "total"]
            || there_were;
        let held = out.mentions.iter().position(|m| {
            m.role == Role::Measure
                && schema.get(&m.column).is_some_and(|c| {
                    let plural_name = c
                        .words
                        .last()
                        .is_some_and(|w| w.len() > 3 && singular(w) != w.as_str());
                    // "how many days did it snow" beside a `day` of the month: a part of
                    // the calendar counts no amount.
                    let calendar_part = c.words.iter().any(|w| {
                        matches!(
                            singular(w),
                            "day" | "week" | "month" | "quarter" | "year" | "hour" | "minute"
                        )
                    });
                    c.kind == Kind::Number
                        && !c.binary
                        && !calendar_part
                        && (plural_name || asks_of_something)
                        // Every word of the name read (even if abbreviated: `HmRun`).
                        && span_score(&c.words, &span, |_| 1.0).is_some_and(|s| s >= 0.79)
                })
        });
        if let Some(k) = held {
            // Other measures read from later words ("hit" in "did he hit") are verbs here.
            let column = out.mentions[k].column.clone();
            summed_alone(out, column);
            return;
        }
    }
}

/// "number of cancer cases by age group", "how many cases are there in total" over an
/// `ncases` column: the thing counted is what a column counts (by its name: `ncases`,
/// `num_cases`, `cases_count`), so the count is that column's sum, not a count of rows.
/// The noun must follow "how many", "number of" or "count of" within three words, so that
/// "how many groups had no cases" still counts groups.
pub(super) fn counted_by_a_count_column(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    if out.agg != Some(AggFunc::Count) || out.distinct {
        return;
    }
    // "total price vs number of bids": one column plotted against the other, not a count.
    if out.mentions.iter().any(|m| m.role == Role::Versus) {
        return;
    }
    let Some(opener) = tokens.windows(2).position(|w| {
        matches!(
            (w[0].lower.as_str(), w[1].lower.as_str()),
            ("how", "many") | ("number", "of") | ("count", "of")
        )
    }) else {
        return;
    };
    // "box plot of mpg by number of cylinders": a number after "by" is the group.
    if opener > 0 && matches!(tokens[opener - 1].lower.as_str(), "by" | "per" | "each") {
        return;
    }
    for (k, t) in tokens.iter().enumerate().skip(opener + 2).take(3) {
        let column = schema.columns.iter().find(|c| {
            c.counted_noun()
                    .is_some_and(|n| n == t.lower || synonym(&t.lower, n))
                    // "how many children come from families with more than 8 kids" over
                    // `nkids`: the column compared is each row's, and the rows are counted.
                    && !out.filters.iter().any(|f| f.column == c.name)
        });
        // "students not working" beside `count_working`: not those it counts.
        let negated = k > 0 && NEGATIONS.contains(&tokens[k - 1].lower.as_str());
        if let Some(c) = column.filter(|_| !negated) {
            summed_alone(out, c.name.clone());
            return;
        }
        if t.lower == "of" || matches!(t.lower.as_str(), "are" | "were" | "did" | "had" | "have") {
            return;
        }
    }
}

/// "how many hospital admissions were there on the 13th in total" over a `thirteenth`
/// column of counts: "how many ... in total" (or "in all") with one numeric column named as
/// the measure, compared with nothing, is that column's sum.
pub(super) fn how_many_in_total_of_the_one_measure(
    schema: &Schema,
    tokens: &[Token],
    out: &mut Scan,
) {
    if out.agg != Some(AggFunc::Count) || out.distinct || how_many_at(tokens).is_none() {
        return;
    }
    let in_total = tokens
        .windows(2)
        .any(|w| w[0].lower == "in" && matches!(w[1].lower.as_str(), "total" | "all"));
    let measures: Vec<&Mention> = out
        .mentions
        .iter()
        .filter(|m| m.role == Role::Measure)
        .collect();
    let [one] = measures.as_slice() else {
        return;
    };
    let plain = schema.get(&one.column).is_some_and(|c| {
        c.kind == Kind::Number && !c.binary && c.range.is_some_and(|(lo, _)| lo >= 0.0)
    });
    if in_total && plain && !out.filters.iter().any(|f| f.column == one.column) {
        summed_alone(out, one.column.clone());
    }
}

/// "total number of polio cases in the 1950s", "which disease has the most cases in total"
/// over a table with a `count` column: each row stands for that many of what is counted, so
/// a count (or a total of nothing else) is that column's sum. Not where the rows themselves
/// are counted ("how many rows").
pub(super) fn counted_by_a_frequency_column(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    let Some(column) = schema.frequency_column() else {
        return;
    };
    let rows_said = tokens.iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "row" | "rows" | "record" | "records" | "entries" | "observations"
        )
    });
    let numeric_measure = out.mentions.iter().any(|m| {
        m.role == Role::Measure && m.column != column.name && schema.kind(&m.column) == Kind::Number
    });
    // "which states reported the most cases": a superlative of how many.
    let most = tokens
        .iter()
        .any(|t| matches!(t.lower.as_str(), "most" | "fewest" | "least"));
    // "measles cases per 100,000 people": a rate of how many.
    let counted = match out.agg {
        Some(AggFunc::Count) => !out.distinct,
        Some(AggFunc::Sum) => true,
        None => (most && out.superlative.is_some()) || out.ratio_per.is_some(),
        _ => false,
    };
    if counted && !rows_said && !numeric_measure {
        summed_alone(out, column.name.clone());
    }
    // "what percentage of the victims died": a share of how many, each row weighing its
    // count.
    if out.share
        && !rows_said
        && !numeric_measure
        && !out.mentions.iter().any(|m| m.column == column.name)
    {
        out.mentions
            .push(Mention::of(column.name.clone(), Role::Measure));
    }
}

/// "how many babies were born", "how many people died in 1988", "how many were sold": the
/// verb of what a numeric column holds (`births`, `deaths`, `sales`) counts that column's
/// amounts, so the count is its sum, not a count of rows.
pub(super) fn counted_by_its_verb(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    if out.agg != Some(AggFunc::Count) || out.distinct || how_many_at(tokens).is_none() {
        return;
    }
    let counted = |c: &ColumnRef| {
        c.kind == Kind::Number
            && !c.binary
            && matches!(c.words.as_slice(), [name]
                if tokens.iter().any(|t| verb_of_noun(&t.lower, name)))
    };
    let held = out
        .mentions
        .iter()
        .position(|m| m.role == Role::Measure && schema.get(&m.column).is_some_and(counted));
    if let Some(k) = held {
        let column = out.mentions[k].column.clone();
        summed_alone(out, column);
        return;
    }
    // "how many people arrived from the UK" over `Arrivals`, named by its verb alone, with
    // no other amount asked for: the one such column.
    let measured = out
        .mentions
        .iter()
        .any(|m| m.role == Role::Measure && schema.kind(&m.column) == Kind::Number);
    // (Not one a condition already compares: "teams that won 100 or more".)
    let said = |c: &ColumnRef| {
        out.filters.iter().any(|f| f.column == c.name)
            || out.mentions.iter().any(|m| m.column == c.name)
    };
    let mut named = schema
        .columns
        .iter()
        .filter(|c| counted(c) && c.reading.is_none() && !said(c));
    if !measured && let (Some(c), None) = (named.next(), named.next()) {
        summed_alone(out, c.name.clone());
    }
}

/// Make `column` the one measure, summed (added as a measure when not yet one).
fn summed_alone(out: &mut Scan, column: String) {
    out.mentions
        .retain(|m| m.role != Role::Measure || m.column == column);
    match out.mentions.iter_mut().find(|m| m.column == column) {
        Some(m) => m.agg = Some(AggFunc::Sum),
        None => out.mentions.push(Mention {
            column,
            role: Role::Measure,
            agg: Some(AggFunc::Sum),
        }),
    }
    out.agg = Some(AggFunc::Sum);
}

/// Where "how many" is said.
pub(crate) fn how_many_at(tokens: &[Token]) -> Option<usize> {
    tokens
        .windows(2)
        .position(|w| w[0].lower == "how" && w[1].lower == "many")
}

/// "how many passengers survived" with a `passengerClass` column: the counted noun, when
/// it is one word of a longer column name and the next word is none of the others, names
/// the rows, not that column.
pub(super) fn counted_noun_part_of_a_name(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    if out.agg != Some(AggFunc::Count) {
        return;
    }
    let Some(at) = how_many_at(tokens) else {
        return;
    };
    let (Some(noun), next) = (tokens.get(at + 2), tokens.get(at + 3)) else {
        return;
    };
    let noun = singular(&noun.lower);
    let next = next.map(|t| singular(&t.lower));
    out.mentions.retain(|m| {
        let Some(col) = schema.get(&m.column) else {
            return true;
        };
        let part = m.role == Role::Measure
            && col.words.len() >= 2
            && col.words.iter().any(|w| w == noun)
            && !next.is_some_and(|n| col.words.iter().any(|w| w != noun && singular(w) == n));
        !part
    });
}

/// "average prestige of occupations with an income over 10000": the plural of a column
/// that names every row once (or nearly: nine rows in ten their own name) is the rows, not
/// groups of one row each to aggregate (unless grouped on purpose: "by occupation", "per
/// occupation").
pub(crate) fn named_rows_in_plural(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    // Only where grouping would make groups of one row to aggregate; a count or a list of
    // the rows reads the same either way.
    if matches!(out.agg, None | Some(AggFunc::Count | AggFunc::NUnique)) {
        return;
    }
    let plural_of = |column: &str| {
        let col = schema.get(column)?;
        let [word] = col.words.as_slice() else {
            return None;
        };
        // Names that nearly every row has its own of (a star listed twice among 96).
        let names_rows = col.unique || col.distinct * 10 >= col.present * 9;
        if col.kind != Kind::Text || !names_rows {
            return None;
        }
        tokens
            .iter()
            .position(|t| t.lower != *word && singular(&t.lower) == word.as_str())
    };
    let mut kept = Vec::new();
    for m in std::mem::take(&mut out.mentions) {
        let grouped_on_purpose = |at: usize| {
            at > 0
                && matches!(
                    tokens[at - 1].lower.as_str(),
                    "by" | "per" | "each" | "every" | "across"
                )
        };
        let rows = matches!(m.role, Role::Measure | Role::Group)
            && m.agg.is_none()
            && plural_of(&m.column).is_some_and(|at| !grouped_on_purpose(at));
        if rows {
            out.rows_noun = true;
        } else {
            kept.push(m);
        }
    }
    out.mentions = kept;
}

/// "the mean weight of the pigs" over a numeric `Pig` that numbers each pig: the plural of
/// a column of numbers named by one noun is those things, the rows, when another number is
/// what is measured; their numbers are no amount.
pub(crate) fn numbered_things_in_plural(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    let number = |column: &str| {
        schema
            .get(column)
            .is_some_and(|c| c.kind == Kind::Number && !c.binary)
    };
    let things: Vec<String> = out
        .mentions
        .iter()
        .filter(|m| m.role == Role::Measure && m.agg.is_none())
        .filter(|m| numbers_things(schema, tokens, &m.column))
        .map(|m| m.column.clone())
        .collect();
    let [thing] = things.as_slice() else {
        return;
    };
    let measured = out
        .mentions
        .iter()
        .any(|m| m.role == Role::Measure && m.column != *thing && number(&m.column));
    if measured {
        out.mentions.retain(|m| m.column != *thing);
        out.rows_noun = true;
    }
}

/// Whether `column` is a numeric column of one word (`Pig`, `Student`, not a yes/no flag)
/// whose plural the question says ("the pigs", "most students"), or a person's when it says
/// "people" (`individual`): it numbers those things.
fn numbers_things(schema: &Schema, tokens: &[Token], column: &str) -> bool {
    schema.get(column).is_some_and(|c| {
        c.kind == Kind::Number
            && !c.binary
            && match c.words.as_slice() {
                // "how many fish": a noun the same in the plural, right after "how many".
                [word] => tokens.iter().enumerate().any(|(k, t)| {
                    // (Then a verb, not the noun it qualifies: "how many silver medals".)
                    let counted = how_many_at(tokens).is_some_and(|at| at + 2 == k)
                        && tokens
                            .get(k + 1)
                            .is_none_or(|n| AUXILIARIES.contains(&n.lower.as_str()));
                    ((t.lower != *word || (counted && !word.ends_with('s')))
                        && same_noun(word, &t.lower))
                        || (PEOPLE.contains(&t.lower.as_str()) && PERSONS.contains(&word.as_str()))
                }),
                _ => false,
            }
    })
}

/// "how many pigs were in the trial" over a numeric `Pig` that numbers each pig on its
/// weekly rows: the pigs are counted, each once (the distinct numbers), neither the numbers
/// added up nor every row of a pig counted. Numbers that do not repeat ("which course did
/// the most students take" over a `Student` that numbers the rows) number the rows, which
/// are counted. Years, and positions that recur (`quarter` 1 to 4 of each year), are left
/// to their own readings.
pub(crate) fn numbered_things_counted(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    let counting = out.agg == Some(AggFunc::Count) || out.counted_superlative;
    if !counting || out.distinct {
        return;
    }
    let measures: Vec<&Mention> = out
        .mentions
        .iter()
        .filter(|m| m.role == Role::Measure)
        .collect();
    let [thing] = measures.as_slice() else {
        return;
    };
    if thing.agg.is_some() || !numbers_things(schema, tokens, &thing.column) {
        return;
    }
    let column = thing.column.clone();
    let Some(c) = schema.get(&column) else {
        return;
    };
    // Years have their own reading ("how many years are listed": each once).
    if c.holds_years() {
        return;
    }
    // A person's number (`individual`) repeated on rows names persons however dense; so
    // does a thing's, named for the thing counted (`Chick` 1 to 50 on each chick's weekly
    // rows), unless it is a period that recurs (`quarter`).
    let persons = matches!(c.words.as_slice(), [w] if PERSONS.contains(&w.as_str()));
    let counted_right_after = how_many_at(tokens).is_some_and(|at| {
        tokens
            .get(at + 2)
            .is_some_and(|t| matches!(c.words.as_slice(), [w] if same_noun(w, &t.lower)))
    });
    let a_thing =
        counted_right_after && matches!(c.words.as_slice(), [w] if !PERIODS.contains(&singular(w)));
    if c.numbers_repeated_things() || ((persons || a_thing) && c.repeats()) {
        out.things.push(column);
    } else if !c.repeats() {
        out.mentions.retain(|m| m.column != column);
        out.rows_noun = true;
    }
}

/// "how many different employment series does the table cover" over an `Employed` amount
/// and a text `Series_ID`: of the two columns named, the distinct values counted are the
/// text column's, not the amount's (an amount's word only qualifies the kind counted).
pub(super) fn distinct_of_the_kind_named(schema: &Schema, _: &[Token], out: &mut Scan) {
    if !out.distinct || out.agg != Some(AggFunc::Count) {
        return;
    }
    let measures: Vec<&Mention> = out
        .mentions
        .iter()
        .filter(|m| m.role == Role::Measure && m.agg.is_none())
        .collect();
    let [a, b] = measures.as_slice() else {
        return;
    };
    let text = |m: &Mention| schema.kind(&m.column) == Kind::Text;
    let amount = |m: &Mention| {
        schema
            .get(&m.column)
            .is_some_and(|c| c.kind == Kind::Number && !c.unique && !c.holds_years())
    };
    let dropped = match (text(a), text(b)) {
        (true, false) if amount(b) => b.column.clone(),
        (false, true) if amount(a) => a.column.clone(),
        _ => return,
    };
    out.mentions.retain(|m| m.column != dropped);
}
