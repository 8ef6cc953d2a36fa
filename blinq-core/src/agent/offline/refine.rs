//! Second looks at a scanned question: a superlative that names its column ("the heaviest
//! car" → weight) and an ambiguous name settled by the question's direction ("highest
//! temperature" → `temp_max`).

use super::found::{Mention, Role, Scan};
use super::intent::{AggFunc, Cmp, Filter, Order};
use super::keywords::{
    AUXILIARIES, PERIODS, is_share_word, shown_in_percent, superlative_hint,
    superlative_of_adjective,
};
use super::matching::{WordMatch, abbreviates, contraction, name_word_match, span_score};
use super::schema::{ColumnRef, Kind, Schema, is_generic_row_noun};
use super::words::{
    NEGATIONS, PAST, PEOPLE, PERSONS, Token, distance_in, made_from, same_noun, singular,
    stem_and_number, synonym, verb_of_noun, verb_stem,
};
use super::year_named::{said_year, year_in_name};

/// A rule that refines what reading a question found, once every mention is known.
#[derive(Debug)]
pub(crate) struct Refinement {
    /// Its name, as an answer's trace shows it.
    pub(crate) name: &'static str,
    /// A question it is for.
    pub(crate) example: &'static str,
    /// The rule.
    pub(crate) apply: fn(&Schema, &[Token], &mut Scan),
}

/// The refinements, in the order they run: each sees what the ones before it left.
/// (`resolve_by_direction` runs earlier, while the column spans are being read.)
pub(crate) const REFINEMENTS: &[Refinement] = &[
    Refinement {
        name: "fractions_shown_in_percent",
        example: "average seat belt usage rate in 1997, in percent (`seatbelt` of 0.65s)",
        apply: fractions_shown_in_percent,
    },
    Refinement {
        name: "how_long_is_a_duration",
        example: "how long did it take Irie to finish (the one `Time` column)",
        apply: super::how_long::how_long_is_a_duration,
    },
    Refinement {
        name: "how_big_is_its_quantity",
        example: "how tall is Giannis Antetokounmpo (the one `height` column)",
        apply: how_big_is_its_quantity,
    },
    Refinement {
        name: "average_per_year_of_yearly_rows",
        example: "average girls christened per year (one row per `Year`: the mean of the rows)",
        apply: average_per_year_of_yearly_rows,
    },
    Refinement {
        name: "no_groups_of_one_row",
        example: "average distance by type of race (`type`, not also each race's own name)",
        apply: |schema, _, out| no_groups_of_one_row(schema, out),
    },
    Refinement {
        name: "years_spanned",
        example: "how long did Ian Armstrong serve (a `Term` of 1981–2007)",
        apply: super::how_long::years_spanned,
    },
    Refinement {
        name: "total_in_a_count",
        example: "how many total titles were published by Walker (a count of text `Title`)",
        apply: |schema, _, out| total_in_a_count(schema, out),
    },
    Refinement {
        name: "implied_measure",
        example: "the heaviest car (a column named for weight)",
        apply: implied_measure,
    },
    Refinement {
        name: "the_one_amount",
        example: "how much coffee did Japan import (a long table's one `value` column)",
        apply: the_one_amount,
    },
    Refinement {
        name: "ranked_by_the_superlative",
        example: "how many floors does the tallest building have (ranked by `Height`)",
        apply: ranked_by_the_superlative,
    },
    Refinement {
        name: "the_one_ranked_by",
        example: "the largest plane by seats (the first row ranked by `seats`)",
        apply: the_one_ranked_by,
    },
    Refinement {
        name: "values_tallied",
        example: "the frequency of each weather type (a count per `weather`)",
        apply: |schema, _, out| values_tallied(schema, out),
    },
    Refinement {
        name: "numbers_for_calculations",
        example: "average time (numeric time_hrs over text time)",
        apply: |schema, _, out| numbers_for_calculations(schema, out),
    },
    Refinement {
        name: "durations_reverse_speed",
        example: "the fastest time (the lowest)",
        apply: durations_reverse_speed,
    },
    Refinement {
        name: "lower_is_better",
        example: "the worst average arrival delay (the highest)",
        apply: |schema, _, out| lower_is_better(schema, out),
    },
    Refinement {
        name: "a_flag_named_by_its_verb_and_object",
        example: "champions that also won their division (a yes/no `division_winner`)",
        apply: a_flag_named_by_its_verb_and_object,
    },
    Refinement {
        name: "flags_as_filters",
        example: "how many orders were shipped (shipped = true)",
        apply: flags_as_filters,
    },
    Refinement {
        name: "amounts_present",
        example: "how many hours had precipitation (precip > 0)",
        apply: amounts_present,
    },
    Refinement {
        name: "values_present",
        example: "how many stations connect to the RER (a text `connect_rer` some rows lack)",
        apply: values_present,
    },
    Refinement {
        name: "named_rows_in_plural",
        example: "average prestige of occupations with income over 10000 (one row each)",
        apply: named_rows_in_plural,
    },
    Refinement {
        name: "numbered_things_in_plural",
        example: "mean weight of the pigs (not the mean of the pigs' numbers in `Pig`)",
        apply: numbered_things_in_plural,
    },
    Refinement {
        name: "numbered_things_counted",
        example: "how many pigs were in the trial (the distinct numbers of a numeric `Pig`)",
        apply: numbered_things_counted,
    },
    Refinement {
        name: "percentage_column",
        example: "the highest percentage of women (a `women` column of percentages)",
        apply: percentage_column,
    },
    Refinement {
        name: "rows_of_a_share",
        example: "what percentage of the flights arrived early (rows, not the sum of `flight`)",
        apply: rows_of_a_share,
    },
    Refinement {
        name: "total_held_in_a_column",
        example: "total number of teachers (a `teachers` column of counts: their sum)",
        apply: total_held_in_a_column,
    },
    Refinement {
        name: "kind_counted_in_a_column",
        example: "how many silver medals did Spain win (a `Silver` column of counts: its sum)",
        apply: kind_counted_in_a_column,
    },
    Refinement {
        name: "counted_by_the_total",
        example: "how many medals did Senegal win (the sum of a `Total` of `Gold`, `Silver`, `Bronze`)",
        apply: |schema, _, out| super::total::counted_by_the_total(schema, out),
    },
    Refinement {
        name: "amount_named_by_its_verb",
        example: "which state took the most money (the `Takings` column)",
        apply: amount_named_by_its_verb,
    },
    Refinement {
        name: "won_what_a_flag_says",
        example: "which team won the most World Series (rows of `world_series_winner` = Y, not `wins`)",
        apply: won_what_a_flag_says,
    },
    Refinement {
        name: "done_the_most_is_a_total",
        example: "which source generated the most electricity (the sum of `net_generation`)",
        apply: done_the_most_is_a_total,
    },
    Refinement {
        name: "how_many_held_in_a_column",
        example: "how many hits did Rickey Henderson have (the sum of a `Hits` column)",
        apply: how_many_held_in_a_column,
    },
    Refinement {
        name: "counted_by_a_count_column",
        example: "number of cancer cases by age group (the sum of an `ncases` column)",
        apply: counted_by_a_count_column,
    },
    Refinement {
        name: "counted_by_a_frequency_column",
        example: "total polio cases in the 1950s (the sum of a `count` column)",
        apply: counted_by_a_frequency_column,
    },
    Refinement {
        name: "counted_by_its_verb",
        example: "how many babies were born in 1978 (the sum of a `births` column)",
        apply: counted_by_its_verb,
    },
    Refinement {
        name: "counted_noun_part_of_a_name",
        example: "how many passengers survived (rows, not the values of `passengerClass`)",
        apply: counted_noun_part_of_a_name,
    },
    Refinement {
        name: "who_is_a_person",
        example: "who got the fewest votes (`Candidate`, not the first text column `Riding`)",
        apply: super::who::who_is_a_person,
    },
];

/// "the average usage rate in 1997, in percent" over `seatbelt` (0.65 for 65%): "in
/// percent" says how a measure of fractions is shown, not a share of rows, unless another
/// share word says one ("rate of bad credit in percent" is a share).
fn fractions_shown_in_percent(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    if !out.in_percent || !out.share {
        return;
    }
    let share_word = tokens
        .iter()
        .enumerate()
        .any(|(i, t)| is_share_word(&t.lower) && !shown_in_percent(tokens, i));
    let fractions = out.mentions.iter().any(|m| {
        m.role == Role::Measure
            && schema
                .get(&m.column)
                .is_some_and(|c| c.kind == Kind::Number && c.holds_fractions())
    });
    if !share_word && fractions {
        out.share = false;
    }
}

/// "what percentage of the flights arrived early" over a `flight` column (each flight's
/// number), "what percentage of the babies had a low birth weight" beside `bwt`: a share
/// weighs by a column only where the words right after its "of" name it ("what percentage
/// of total sales", "of the world's population"); otherwise it counts the rows. A column
/// named in the singular, said there in the plural, counts the rows too.
fn rows_of_a_share(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    if !out.share {
        return;
    }
    let Some(of) = tokens
        .windows(2)
        .position(|w| is_share_word(&w[0].lower) && w[1].lower == "of")
    else {
        return;
    };
    let said: Vec<&str> = tokens[of + 2..]
        .iter()
        .map(|t| t.lower.as_str())
        .filter(|w| !matches!(*w, "the" | "all" | "these" | "those" | "s"))
        .take(3)
        .collect();
    let names = |c: &ColumnRef, words: &[&str]| {
        c.words
            .iter()
            .any(|n| name_word_match(n, words).is_some_and(|m| m >= WordMatch::Abbreviation))
    };
    // A word or two ("total population" for `poptotal`, in either order).
    let weighs = |c: &ColumnRef| {
        said.iter().any(|w| {
            let plural_of_singular = singular(w) != *w && c.words == [singular(w)];
            !plural_of_singular && names(c, &[w])
        }) || said
            .windows(2)
            .any(|pair| names(c, pair) || names(c, &[pair[1], pair[0]]))
    };
    let before = out.mentions.len();
    out.mentions.retain(|m| {
        m.role != Role::Measure
            || schema
                .get(&m.column)
                .is_none_or(|c| c.kind != Kind::Number || weighs(c))
    });
    if out.mentions.len() < before {
        out.rows_noun = true;
    }
}

/// "how many total titles were published by Walker": in a count, "total" before a text
/// column only stresses the count; a text column has no sum. Over numbers ("how many total
/// points") the total stays.
fn total_in_a_count(schema: &Schema, out: &mut Scan) {
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
/// number of deaths per year" over `Fatalities`: the total is the column's sum, not a count
/// of rows. Only for a name in the plural (a count of things), not a flag, said right after
/// "number of" in its own word or a synonym.
fn total_held_in_a_column(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    if out.agg != Some(AggFunc::Count) {
        return;
    }
    let Some(at) = tokens
        .windows(2)
        .position(|w| w[0].lower == "number" && w[1].lower == "of")
    else {
        return;
    };
    let said = tokens[at + 2..]
        .iter()
        .find(|t| t.lower != "the")
        .map(|t| t.lower.as_str());
    let Some(said) = said else { return };
    let held = out.mentions.iter().position(|m| {
        m.role == Role::Measure
            && schema.get(&m.column).is_some_and(|c| {
                c.kind == Kind::Number
                    && !c.binary
                    && c.words.len() == 1
                    && c.words[0].ends_with('s')
                    && (c.words[0] == said
                        || singular(&c.words[0]) == singular(said)
                        || synonym(said, &c.words[0]))
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
fn kind_counted_in_a_column(schema: &Schema, tokens: &[Token], out: &mut Scan) {
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
fn amount_named_by_its_verb(schema: &Schema, tokens: &[Token], out: &mut Scan) {
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
fn deed_of(noun: &str, stem: &str) -> bool {
    made_from(noun, stem, &["ings", "ing", "ion", "tion", "s"])
}

/// The word before "the most" or "the least" ("took" in "which state took the most money").
fn word_before_most(tokens: &[Token]) -> Option<&Token> {
    let at = tokens
        .iter()
        .position(|t| matches!(t.lower.as_str(), "most" | "least"))?;
    tokens[..at].iter().rev().find(|t| t.lower != "the")
}

fn done_the_most_is_a_total(schema: &Schema, tokens: &[Token], out: &mut Scan) {
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
fn how_many_held_in_a_column(schema: &Schema, tokens: &[Token], out: &mut Scan) {
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
        let asks_of_something =
            matches!(next.first(), Some(&("did" | "does" | "do"))) || next == ["in", "total"];
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
fn counted_by_a_count_column(schema: &Schema, tokens: &[Token], out: &mut Scan) {
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

/// "total number of polio cases in the 1950s", "which disease has the most cases in total"
/// over a table with a `count` column: each row stands for that many of what is counted, so
/// a count (or a total of nothing else) is that column's sum. Not where the rows themselves
/// are counted ("how many rows").
fn counted_by_a_frequency_column(schema: &Schema, tokens: &[Token], out: &mut Scan) {
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
fn counted_by_its_verb(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    if out.agg != Some(AggFunc::Count) || out.distinct || how_many_at(tokens).is_none() {
        return;
    }
    let held = out.mentions.iter().position(|m| {
        m.role == Role::Measure
            && schema.get(&m.column).is_some_and(|c| {
                c.kind == Kind::Number
                    && !c.binary
                    && matches!(c.words.as_slice(), [name]
                        if tokens.iter().any(|t| verb_of_noun(&t.lower, name)))
            })
    });
    if let Some(k) = held {
        let column = out.mentions[k].column.clone();
        summed_alone(out, column);
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
fn counted_noun_part_of_a_name(schema: &Schema, tokens: &[Token], out: &mut Scan) {
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
                [word] => tokens.iter().any(|t| {
                    (t.lower != *word && same_noun(word, &t.lower))
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
    // A person's number (`individual`) repeated on rows names persons however dense.
    let persons = matches!(c.words.as_slice(), [w] if PERSONS.contains(&w.as_str()));
    if c.numbers_repeated_things() || (persons && c.repeats()) {
        out.things.push(column);
    } else if !c.repeats() {
        out.mentions.retain(|m| m.column != column);
        out.rows_noun = true;
    }
}

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
            .find(|&j| !super::gap::filler(&tokens[j].lower))
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

/// "which occupation has the highest percentage of women" over a `women` column that holds
/// percentages: the percentage is that column, not a share of rows to compute. So is an
/// average of one ("average body fat percentage of male and female athletes"), whatever
/// the conditions: a share of rows has no average.
pub(crate) fn percentage_column(schema: &Schema, _: &[Token], out: &mut Scan) {
    // Averaged or ranked ("the lower percentage of votes, Amador or Lake"): a share of rows
    // has no average and no order.
    let averaged = matches!(out.agg, Some(AggFunc::Mean | AggFunc::Median));
    let ranked = out.superlative.is_some();
    if !out.share || (!out.filters.is_empty() && !averaged && !ranked) || out.having.is_some() {
        return;
    }
    let holds_percentages = out.mentions.iter().any(|m| {
        m.role == Role::Measure
            && schema
                .get(&m.column)
                .is_some_and(ColumnRef::holds_percentages)
    });
    if holds_percentages {
        out.share = false;
    }
}

/// "how many hours had precipitation", "how many flights had a delay": counting rows that
/// *have* a numeric quantity counts those where it is above zero.
pub(crate) fn amounts_present(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    if out.agg != Some(AggFunc::Count) || out.superlative.is_some() || out.chart_kind.is_some() {
        return;
    }
    // The word after "had" ("had *precipitation*", "had a *delay*").
    let Some(after_had) = tokens.iter().enumerate().find_map(|(i, t)| {
        matches!(t.lower.as_str(), "had" | "has" | "have" | "with")
            .then(|| {
                tokens[i + 1..]
                    .iter()
                    .find(|t| !matches!(t.lower.as_str(), "a" | "an" | "any" | "some"))
            })
            .flatten()
    }) else {
        return;
    };
    let had = out.mentions.iter().find(|m| {
        m.role == Role::Measure
            && m.agg.is_none()
            && schema.kind(&m.column) == Kind::Number
            && !out.filters.iter().any(|f| f.column == m.column)
            && schema.get(&m.column).is_some_and(|c| {
                c.words
                    .iter()
                    .any(|w| name_word_match(w, &[&after_had.lower]).is_some())
            })
    });
    if let Some(m) = had {
        let column = m.column.clone();
        out.mentions.retain(|x| x.column != column);
        out.filters
            .push(Filter::on(column, Cmp::Gt, serde_json::Value::from(0)));
    }
}

/// "how many stations connect to the RER?" over a text `connect_rer` left empty where there
/// is none: a count of rows that names a text column some rows lack (not to group, list
/// or count its values) counts the rows that have it.
pub(crate) fn values_present(schema: &Schema, _: &[Token], out: &mut Scan) {
    if out.agg != Some(AggFunc::Count)
        || out.distinct
        || out.superlative.is_some()
        || out.chart_kind.is_some()
        || out.chart_word
        || out.mentions.iter().any(|m| m.role != Role::Measure)
    {
        return;
    }
    let mut named: Vec<&str> = out
        .mentions
        .iter()
        .filter(|m| m.agg.is_none())
        .map(|m| m.column.as_str())
        .collect();
    named.dedup();
    let [column] = named[..] else { return };
    let lacking = schema
        .get(column)
        .is_some_and(|c| c.kind == Kind::Text && c.has_missing && !c.unique);
    if lacking && !out.filters.iter().any(|f| f.column == column) {
        let column = column.to_string();
        out.mentions.retain(|m| m.column != column);
        out.filters
            .push(Filter::on(column, Cmp::NotNull, serde_json::Value::Null));
    }
}

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
fn quantity_of_superlative<'s>(
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

/// "the average number of girls christened per year" over one row per `Year`: the year is
/// the unit of the rows, so the average is the mean of the rows, not one per year.
fn average_per_year_of_yearly_rows(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    if out.agg != Some(AggFunc::Mean) {
        return;
    }
    let per_year = tokens
        .windows(2)
        .any(|w| w[0].lower == "per" && w[1].lower == "year");
    if !per_year {
        return;
    }
    out.mentions.retain(|m| {
        let yearly = schema
            .get(&m.column)
            .is_some_and(|c| c.kind == Kind::Number && c.unique && c.holds_years());
        !(m.role == Role::Group && yearly)
    });
}

/// "average distance by type of race" with a `type` and a `race` naming each row: an
/// aggregate over groups of one row each says nothing, so beside another group the column
/// that names the rows is no group.
fn no_groups_of_one_row(schema: &Schema, out: &mut Scan) {
    if out.agg.is_none() || out.chart_kind.is_some() {
        return;
    }
    let naming = |column: &str| {
        schema
            .get(column)
            .is_some_and(|c| c.unique && c.kind == Kind::Text)
    };
    let groups: Vec<&Mention> = out
        .mentions
        .iter()
        .filter(|m| m.role == Role::Group)
        .collect();
    // The other group is one of categories (its values repeat), not a number ranked by.
    let categories = |column: &str| {
        schema
            .get(column)
            .is_some_and(|c| !c.unique && (c.kind == Kind::Text || c.repeats()))
    };
    if groups.len() < 2 || !groups.iter().any(|m| categories(&m.column)) {
        return;
    }
    out.mentions
        .retain(|m| !(m.role == Role::Group && naming(&m.column)));
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
    let said_of_a_column = tokens.get(at + 1).is_some_and(|next| {
        !PERIODS.contains(&singular(&next.lower))
            && !schema.is_own_row_noun_in_any_number(&next.lower)
            && (abbreviated_after
                || schema.columns.iter().any(|c| {
                    c.words
                        .iter()
                        .any(|w| name_word_match(w, &[next.lower.as_str()]).is_some())
                }))
    });
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

/// "the frequency of weather", "a breakdown of cut by color": how often each value of a
/// text column comes is a count per value; the column is a group, not a thing counted
/// once per value ("how many species" still counts the species).
pub(crate) fn values_tallied(schema: &Schema, out: &mut Scan) {
    if !out.tallied || out.agg != Some(AggFunc::Count) || out.distinct {
        return;
    }
    let text: Vec<usize> = (0..out.mentions.len())
        .filter(|&k| {
            let m = &out.mentions[k];
            m.role == Role::Measure && schema.kind(&m.column) == Kind::Text
        })
        .collect();
    let measured = out
        .mentions
        .iter()
        .any(|m| m.role == Role::Measure && schema.kind(&m.column) == Kind::Number);
    if let [k] = text.as_slice()
        && !measured
    {
        out.mentions[*k].role = Role::Group;
        out.mentions[*k].agg = None;
    }
}

/// "the heaviest car": with no numeric column named, the superlative's own column (one
/// whose name has a word such as weight or mass); "the oldest" with no age is the
/// earliest year.
pub(crate) fn implied_measure(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    let Some(word) = &out.superlative_word else {
        return;
    };
    let named = out.mentions.iter().any(|m| {
        matches!(m.role, Role::Measure | Role::Group) && schema.kind(&m.column) == Kind::Number
    });
    if named {
        return;
    }
    if let Some(c) = quantity_of_superlative(schema, tokens, word) {
        out.mentions.push(Mention {
            column: c.name.clone(),
            role: Role::Measure,
            agg: None,
        });
        return;
    }
    // "the oldest plane", "in what year was the oldest plane built" with no age but a year
    // built: the earliest year (the youngest, the latest).
    let earliest = match word.as_str() {
        "oldest" | "earliest" => Order::Asc,
        "youngest" | "newest" | "latest" => Order::Desc,
        _ => return,
    };
    // (A year in a name of one word too: `foundingyear`, `birthyr`.)
    let year = schema.columns.iter().find(|c| {
        c.kind == Kind::Number
            && c.words
                .iter()
                .any(|w| w.ends_with("year") || w.ends_with("yr"))
    });
    if let Some(c) = year {
        out.superlative = Some(earliest);
        out.mentions.retain(|m| m.column != c.name);
        out.mentions.push(Mention {
            column: c.name.clone(),
            role: Role::Measure,
            agg: None,
        });
    }
}

/// Names of a long table's one column of amounts, whatever they are amounts of.
const AMOUNT_NAMES: &[&str] = &[
    "value", "values", "amount", "quantity", "qty", "val", "volume",
];

/// "how much coffee did Japan import", "which country imported the most coffee", "top 5
/// importing countries" over a long table of `country`, `year` and `value`: where the
/// question asks for an amount but names no column to take it of, and the table has one
/// column of amounts named only as such (besides years and yes/no flags), that is the
/// amount.
pub(crate) fn the_one_amount(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    let numeric_measure = out
        .mentions
        .iter()
        .any(|m| m.role == Role::Measure && schema.kind(&m.column) == Kind::Number);
    if numeric_measure || out.distinct || out.often {
        return;
    }
    let how_much = tokens
        .windows(2)
        .any(|w| w[0].lower == "how" && w[1].lower == "much");
    // "imported the most", "the largest": a superlative of an amount, not of a place in
    // the list ("listed first").
    let amount_superlative = out.superlative.is_some()
        && out.superlative_word.as_deref().is_some_and(|w| {
            matches!(
                w,
                "most"
                    | "least"
                    | "fewest"
                    | "highest"
                    | "lowest"
                    | "largest"
                    | "smallest"
                    | "biggest"
                    | "greatest"
            )
        });
    let in_the_list = tokens.iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "first" | "last" | "listed" | "earliest" | "latest"
        )
    });
    // "the most coffee" over `coffee_imports` is an amount of it; "the most rows" is not.
    let rows_said = tokens.iter().any(|t| is_generic_row_noun(&t.lower));
    let asks_amount = how_much
        || matches!(
            out.agg,
            Some(AggFunc::Sum | AggFunc::Mean | AggFunc::Median | AggFunc::Max | AggFunc::Min)
        )
        || ((amount_superlative || (out.top_n.is_some() && !in_the_list))
            && matches!(out.agg, None | Some(AggFunc::Sum))
            && !rows_said)
        || out.difference.is_some()
        // "line chart of the UK's imports over the years": a line of amounts, not of rows.
        || matches!(
            out.chart_kind,
            Some(crate::plot::PlotKind::Line | crate::plot::PlotKind::Area)
        );
    if !asks_amount {
        return;
    }
    let numbers: Vec<&ColumnRef> = schema
        .columns
        .iter()
        .filter(|c| c.kind == Kind::Number && !c.binary && !c.holds_years())
        .collect();
    let [amount] = numbers.as_slice() else {
        return;
    };
    if matches!(amount.words.as_slice(), [w] if AMOUNT_NAMES.contains(&w.as_str())) {
        out.mentions
            .push(Mention::of(amount.name.clone(), Role::Measure));
        if out.counted_superlative && out.agg == Some(AggFunc::Count) {
            out.agg = None;
        }
    }
}

/// Whether a column's name word is the quantity word `hint`, whole or abbreviated
/// ("weight" is `wt`, "length" is `len`).
pub(crate) fn names_quantity(name_word: &str, hint: &str) -> bool {
    name_word == hint
        || singular(name_word) == hint
        || name_word_match(name_word, &[hint]).is_some_and(|m| m >= WordMatch::Abbreviation)
}

/// The value meaning yes (or no) of the two-valued yes/no column `column` (see
/// [`ColumnRef::flag_value`]).
pub(crate) fn flag_value(schema: &Schema, column: &str, yes: bool) -> Option<serde_json::Value> {
    schema.get(column)?.flag_value(yes)
}

/// Whether a word of a flag's name comes between a share's "of" and its verb, with some
/// word after the verb ("percentage of the drive-thru tests were positive").
fn flag_said_within(schema: &Schema, tokens: &[Token], column: &str) -> bool {
    let Some((of, verb)) = super::keywords::share_words(tokens) else {
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

/// "average winning time" with a text `time` and a numeric `time_hrs`: when a calculation
/// needs a number (an average, a sum, a superlative, a histogram, one quantity against
/// another), a text column gives way
/// to the numeric column whose name has the same words and more.
pub(crate) fn numbers_for_calculations(schema: &Schema, out: &mut Scan) {
    let needs_number = matches!(
        out.agg,
        Some(
            AggFunc::Mean
                | AggFunc::Sum
                | AggFunc::Median
                | AggFunc::Std
                | AggFunc::Min
                | AggFunc::Max
        )
    // ("The most courses" counts them: no number is needed.)
    ) || (out.superlative.is_some() && !out.counted_superlative)
        || out.chart_kind.is_some_and(|k| {
            matches!(
                k,
                crate::plot::PlotKind::Histogram
                    | crate::plot::PlotKind::Line
                    | crate::plot::PlotKind::Box
                    | crate::plot::PlotKind::Scatter
            )
        })
        || out.trend
        // "pace against distance": one quantity against another.
        || out.mentions.iter().any(|m| m.role == Role::Versus);
    // "which week had the most purchases" over `Purchase` and `WeekofPurchase`: the column
    // asked for is not what is measured.
    let asked: Vec<String> = out
        .mentions
        .iter()
        .filter(|m| matches!(m.role, Role::Which | Role::Group))
        .map(|m| m.column.clone())
        .collect();
    for m in &mut out.mentions {
        let Some(text) = schema.get(&m.column).filter(|c| c.kind != Kind::Number) else {
            continue;
        };
        let wants = needs_number
            || m.agg
                .is_some_and(|a| a != AggFunc::Count && a != AggFunc::NUnique);
        if !wants || !matches!(m.role, Role::Measure | Role::Versus) {
            continue;
        }
        let number = schema.columns.iter().find(|c| {
            c.kind == Kind::Number
                && c.words.len() > text.words.len()
                && text.words.iter().all(|w| c.words.contains(w))
                && !asked.contains(&c.name)
        });
        if let Some(number) = number {
            m.column = number.name.clone();
        }
    }
}

/// "the fastest time": speed words reverse on a duration (the fastest time is the lowest);
/// said of nothing else, they are said of the one column of times.
pub(crate) fn durations_reverse_speed(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    let Some(word) = out.superlative_word.clone() else {
        return;
    };
    let Some(order) = speed_order(&word) else {
        return;
    };
    // "in which year was the fastest record set" with no speed column and one of times:
    // the times are what is fastest.
    let measured = out.mentions.iter().any(|m| m.role == Role::Measure);
    let speed_held = quantity_of_superlative(schema, tokens, &word).is_some();
    let times: Vec<&ColumnRef> = schema
        .columns
        .iter()
        .filter(|c| c.kind == Kind::Number && holds_durations(schema, &c.name))
        .collect();
    if !measured
        && !speed_held
        && let [time] = times.as_slice()
    {
        out.mentions
            .push(Mention::of(time.name.clone(), Role::Measure));
    }
    if out
        .mentions
        .iter()
        .any(|m| holds_durations(schema, &m.column))
    {
        out.superlative = Some(order);
    }
}

/// Words of a quantity that is better the lower it is.
const LOWER_IS_BETTER: &[&str] = &[
    "delay",
    "rank",
    "ranking",
    "error",
    "loss",
    "debt",
    "crime",
    "mortality",
    "death",
    "poverty",
    "unemployment",
    "pollution",
    "injury",
];

/// "the worst average arrival delay", "the best time": over a quantity that is better the
/// lower it is (a delay, a rank, a time taken), the best is the lowest and the worst the
/// highest.
pub(crate) fn lower_is_better(schema: &Schema, out: &mut Scan) {
    let order = match out.superlative_word.as_deref() {
        Some("best" | "better") => Order::Asc,
        Some("worst" | "worse") => Order::Desc,
        _ => return,
    };
    let lower_better = |name: &str| {
        holds_durations(schema, name)
            || schema.get(name).is_some_and(|c| {
                c.words
                    .iter()
                    .any(|w| LOWER_IS_BETTER.contains(&singular(w)))
            })
    };
    if out
        .mentions
        .iter()
        .find(|m| m.role == Role::Measure && schema.kind(&m.column) == Kind::Number)
        .is_some_and(|m| lower_better(&m.column))
    {
        out.superlative = Some(order);
    }
}

/// The order a speed word ranks durations in: the fastest first, or the slowest.
pub(crate) fn speed_order(word: &str) -> Option<Order> {
    match word {
        "fastest" | "quickest" => Some(Order::Asc),
        "slowest" => Some(Order::Desc),
        _ => None,
    }
}

/// Whether the column `name` holds durations: named for time (`time_hrs`) or pace (minutes
/// per mile), or for the distance of a race (`run800m`, the times it was run in).
pub(crate) fn holds_durations(schema: &Schema, name: &str) -> bool {
    schema.get(name).is_some_and(|c| {
        c.words.iter().any(|w| {
            matches!(
                w.as_str(),
                "time"
                    | "duration"
                    | "hrs"
                    | "hours"
                    | "minutes"
                    | "mins"
                    | "seconds"
                    | "secs"
                    | "pace"
            ) || distance_in(w).is_some()
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::words::tokenize;
    use crate::dataset::{Dataset, Format, LoadOptions};

    /// What `kind_counted_in_a_column` makes of a count of `question` that named `column`.
    fn counted(csv: &str, column: &str, question: &str) -> Option<AggFunc> {
        let options = LoadOptions {
            format: Some(Format::Csv),
            ..LoadOptions::default()
        };
        let data = Dataset::from_bytes("medals", csv.as_bytes(), &options).unwrap();
        let schema = Schema::of(&data);
        let mut out = Scan {
            agg: Some(AggFunc::Count),
            mentions: vec![Mention {
                column: column.to_string(),
                role: Role::Measure,
                agg: None,
            }],
            ..Scan::default()
        };
        kind_counted_in_a_column(&schema, &tokenize(question), &mut out);
        out.agg
    }

    fn schema_of(name: &str, csv: &str) -> Schema {
        let options = LoadOptions {
            format: Some(Format::Csv),
            ..LoadOptions::default()
        };
        Schema::of(&Dataset::from_bytes(name, csv.as_bytes(), &options).unwrap())
    }

    #[test]
    fn what_a_flag_of_winners_says_was_won_is_counted() {
        let schema = schema_of(
            "team_seasons",
            "team,wins,world_series_winner\nA,100,Y\nA,90,N\nB,95,Y\nA,99,Y\n",
        );
        let scan = crate::agent::offline::scan::scan;
        let out = scan(&schema, "which team has won the most World Series?");
        assert_eq!(out.agg, Some(AggFunc::Count));
        assert!(
            !out.mentions.iter().any(|m| m.column == "wins"),
            "{:?}",
            out.mentions
        );
        // No flag said: the wins are summed.
        let out = scan(&schema, "which team won the most games?");
        assert!(out.mentions.iter().any(|m| m.column == "wins"));
        assert_eq!(out.agg, Some(AggFunc::Sum));
    }

    #[test]
    fn a_flag_is_named_by_its_verb_and_object() {
        let schema = schema_of(
            "team_seasons",
            "team,division_id,division_winner,world_series_winner\n\
             A,E,Y,Y\nB,W,N,Y\nC,E,Y,N\nD,W,N,N\n",
        );
        let scan = crate::agent::offline::scan::scan;
        let out = scan(
            &schema,
            "What percentage of World Series champions also won their division that year?",
        );
        // The champions are the whole, the division winners among them the part.
        assert_eq!(out.share_within.len(), 1, "{:?}", out.share_within);
        assert_eq!(out.share_within[0].column, "world_series_winner");
        assert_eq!(
            out.rate_of.as_ref().map(|f| f.column.as_str()),
            Some("division_winner")
        );
        let flags: Vec<&str> = out.filters.iter().map(|f| f.column.as_str()).collect();
        assert!(flags.contains(&"world_series_winner"), "{:?}", out.filters);
        assert!(!out.mentions.iter().any(|m| m.column == "division_id"));
        // The object alone, with no verb of the doer, is the other column.
        let out = scan(&schema, "how many teams per division?");
        assert!(out.filters.iter().all(|f| f.column != "division_winner"));
    }

    #[test]
    fn a_yes_no_column_in_a_stacked_chart_is_its_stacks() {
        let schema = Schema::of_csv("appeals", "judge,decision\nMarceau,yes\nPratte,no\n");
        let read = |stacked: bool| {
            let mut out = Scan {
                chart_kind: Some(crate::plot::PlotKind::Bar),
                stacked,
                mentions: vec![
                    Mention::of("decision".to_string(), Role::Measure),
                    Mention::of("judge".to_string(), Role::Group),
                ],
                ..Scan::default()
            };
            flags_as_filters(
                &schema,
                &tokenize("bar chart of decisions by judge"),
                &mut out,
            );
            out.filters.len()
        };
        assert_eq!(read(true), 0);
        // Not stacked, the chart is of the yes rows.
        assert_eq!(read(false), 1);
    }

    #[test]
    fn a_count_of_what_a_column_counts_is_its_sum() {
        let schema = Schema::of_csv(
            "breaches",
            "State,Individuals.Affected,ncases\nCA,1000,3\nTX,522,4\nCA,610,1\n",
        );
        let read = |question: &str, mentions: Vec<Mention>| {
            let mut out = Scan {
                agg: Some(AggFunc::Count),
                mentions,
                ..Scan::default()
            };
            counted_by_a_count_column(&schema, &tokenize(question), &mut out);
            out
        };
        let summed = |out: &Scan, column: &str| {
            out.agg == Some(AggFunc::Sum) && out.mentions.iter().any(|m| m.column == column)
        };
        // A noun and what befell them; the noun said by a synonym.
        let out = read("how many people had their records exposed", vec![]);
        assert!(summed(&out, "Individuals.Affected"), "{out:?}");
        let out = read("how many individuals were affected", vec![]);
        assert!(summed(&out, "Individuals.Affected"), "{out:?}");
        let out = read("number of cases by state", vec![]);
        assert!(summed(&out, "ncases"), "{out:?}");
        // Compared, the column is each row's; the rows are counted.
        let mut out = Scan {
            agg: Some(AggFunc::Count),
            filters: vec![Filter::on("ncases", Cmp::Gt, 8.into())],
            ..Scan::default()
        };
        counted_by_a_count_column(
            &schema,
            &tokenize("how many cases with more than 8 cases"),
            &mut out,
        );
        assert_eq!(out.agg, Some(AggFunc::Count));
        // Plotted against another column, the column itself.
        let versus = vec![
            Mention::of("State".to_string(), Role::Measure),
            Mention::of("ncases".to_string(), Role::Versus),
        ];
        let out = read("state vs number of cases", versus);
        assert_eq!(out.agg, Some(AggFunc::Count));
    }

    #[test]
    fn a_number_for_a_calculation_is_not_the_column_asked_for() {
        let schema = Schema::of_csv("juice", "Purchase,WeekofPurchase\nCH,237\nMM,238\nCH,238\n");
        let read = |which: bool| {
            let mut mentions = vec![Mention::of("Purchase".to_string(), Role::Measure)];
            if which {
                mentions.push(Mention::of("WeekofPurchase".to_string(), Role::Which));
            }
            let mut out = Scan {
                superlative: Some(Order::Desc),
                mentions,
                ..Scan::default()
            };
            numbers_for_calculations(&schema, &mut out);
            out.mentions[0].column.clone()
        };
        // "the highest purchase": the numbers of the longer name.
        assert_eq!(read(false), "WeekofPurchase");
        // "which week had the most purchases": the week is asked for, the purchases counted.
        assert_eq!(read(true), "Purchase");
        // "which subject has the most courses": counted, no number needed.
        let schema = Schema::of_csv(
            "textbooks",
            "subject,course,course_numeric\nArt,Drawing,10\nArt,Painting,12\nMath,Calculus,31\n",
        );
        let mut out = Scan {
            superlative: Some(Order::Desc),
            counted_superlative: true,
            mentions: vec![Mention::of("course".to_string(), Role::Measure)],
            ..Scan::default()
        };
        numbers_for_calculations(&schema, &mut out);
        assert_eq!(out.mentions[0].column, "course");
    }

    #[test]
    fn fractions_shown_in_percent_are_no_share() {
        let schema = Schema::of_csv("belts", "usage,deaths\n0.5,10\n0.7,20\n");
        let read = |question: &str, column: &str| {
            let mut out = Scan {
                share: true,
                in_percent: true,
                mentions: vec![Mention::of(column.to_string(), Role::Measure)],
                ..Scan::default()
            };
            fractions_shown_in_percent(&schema, &tokenize(question), &mut out);
            out.share
        };
        assert!(!read("average usage rate, in percent", "usage"));
        // Not fractions; or a share word besides.
        assert!(read("average deaths in percent", "deaths"));
        assert!(read("share of usage above 0.6, in percent", "usage"));
    }

    #[test]
    fn a_column_named_for_one_of_its_two_values_is_a_flag() {
        let schema = Schema::of_csv("crashes", "dead,speed\nalive,10\ndead,55\nalive,30\n");
        assert_eq!(
            flag_value(&schema, "dead", true),
            Some(serde_json::json!("dead"))
        );
        assert_eq!(
            flag_value(&schema, "dead", false),
            Some(serde_json::json!("alive"))
        );
    }

    #[test]
    fn numbered_yes_and_no_are_a_flags_values() {
        let schema = Schema::of_csv("wages", "health_ins,wage\n1. Yes,10\n2. No,5\n1. Yes,7\n");
        assert_eq!(
            flag_value(&schema, "health_ins", false),
            Some(serde_json::json!("2. No"))
        );
    }

    #[test]
    fn the_oldest_is_the_earliest_year_of_a_name_of_one_word() {
        let schema = Schema::of_csv(
            "journals",
            "title,foundingyear,price\nA Review,1844,100\nB Letters,1990,50\n",
        );
        let mut out = Scan {
            superlative_word: Some("oldest".to_string()),
            superlative: Some(Order::Desc),
            ..Scan::default()
        };
        implied_measure(&schema, &[], &mut out);
        assert_eq!(out.superlative, Some(Order::Asc));
        assert_eq!(out.mentions[0].column, "foundingyear");
    }

    #[test]
    fn a_superlative_names_a_quantity_of_the_year_said() {
        let schema = Schema::of_csv(
            "pines",
            "Row,Hgt90,Hgt96,Hgt97,Diam97\n1,20,200,300,5\n2,25,210,320,6\n",
        );
        let tokens = crate::agent::offline::words::tokenize("the tallest trees in 1997");
        let mut out = Scan {
            superlative_word: Some("tallest".to_string()),
            superlative: Some(Order::Desc),
            ..Scan::default()
        };
        implied_measure(&schema, &tokens, &mut out);
        assert_eq!(out.mentions[0].column, "Hgt97");
        // No year said: no column of one year is the height.
        let tokens = crate::agent::offline::words::tokenize("the tallest trees");
        let mut out = Scan {
            superlative_word: Some("tallest".to_string()),
            superlative: Some(Order::Desc),
            ..Scan::default()
        };
        implied_measure(&schema, &tokens, &mut out);
        assert!(out.mentions.is_empty(), "{:?}", out.mentions);
    }

    #[test]
    fn rows_nearly_all_named_apart_are_the_rows_in_the_plural() {
        let mut csv = String::from("star,type,magnitude\n");
        for k in 0..19 {
            csv.push_str(&format!("S{k},B,-{k}\n"));
        }
        csv.push_str("S0,B,-0.5\n");
        let schema = schema_of("stars", &csv);
        let scan = crate::agent::offline::scan::scan;
        let out = scan(&schema, "average magnitude of the B stars");
        assert!(
            !out.mentions.iter().any(|m| m.column == "star"),
            "{:?}",
            out.mentions
        );
        // Names that repeat on many rows are groups.
        let out = scan(&schema, "average magnitude of the types");
        assert!(
            out.mentions.iter().any(|m| m.column == "type"),
            "{:?}",
            out.mentions
        );
    }

    #[test]
    fn a_table_of_counts_of_kinds_counts_and_shares_by_its_counts() {
        let schema = schema_of(
            "road_accident_victims",
            "age,result,mode,Freq\n50+,Died,Pedestrian,704\n50+,Injured,Pedestrian,5000\n\
             0-9,Died,Bicycle,20\n0-9,Injured,Bicycle,900\n",
        );
        let scan = crate::agent::offline::scan::scan;
        let out = scan(&schema, "How many people died in road accidents in total?");
        assert_eq!(out.agg, Some(AggFunc::Sum));
        assert!(
            out.mentions.iter().any(|m| m.column == "Freq"),
            "{:?}",
            out.mentions
        );
        // A condition nothing reads is no total of every row.
        let out = scan(&schema, "How many of the accidents happened at night?");
        assert_ne!(out.agg, Some(AggFunc::Sum));
        let out = scan(&schema, "What percentage of all the victims died?");
        assert!(out.share);
        assert!(
            out.mentions.iter().any(|m| m.column == "Freq"),
            "{:?}",
            out.mentions
        );
        // A frequency beside other numbers is a column like any other.
        let radio = schema_of("radio", "station,frequency,power\nA,88.1,10\nB,101.5,50\n");
        let out = scan(&radio, "how many stations are there?");
        assert!(!out.mentions.iter().any(|m| m.column == "frequency"));
    }

    #[test]
    fn a_long_tables_one_amount_is_what_an_amount_asks_for() {
        let schema = schema_of(
            "coffee_imports",
            "country,member,year,value\nJapan,1,2010,7407\nJapan,1,2011,7000\n\
             Germany,1,2010,16716\nAlbania,0,2010,67\n",
        );
        let scan = crate::agent::offline::scan::scan;
        for q in [
            "How much coffee did Japan import in 2010?",
            "Which country imported the most coffee in 2010?",
            "top 2 importing countries in 2010",
            "line chart of Japan's coffee imports over the years",
        ] {
            let out = scan(&schema, q);
            assert!(
                out.mentions
                    .iter()
                    .any(|m| m.role == Role::Measure && m.column == "value"),
                "{q}: {:?}",
                out.mentions
            );
        }
        // Nor a place in the list.
        let out = scan(&schema, "what country is listed first?");
        assert!(
            !out.mentions.iter().any(|m| m.column == "value"),
            "{:?}",
            out.mentions
        );
        // A count of rows asks for no amount.
        let out = scan(&schema, "how many countries are there?");
        assert!(!out.mentions.iter().any(|m| m.column == "value"));
        let out = scan(&schema, "which country has the most rows?");
        assert!(!out.mentions.iter().any(|m| m.column == "value"));
        // Nor where the amount's column is named otherwise.
        let schema = schema_of("t", "country,year,imports\nJapan,2010,7407\n");
        let out = scan(&schema, "How much did Japan get in 2010?");
        assert!(!out.mentions.iter().any(|m| m.column == "imports"));
    }

    #[test]
    fn a_direction_picks_the_max_column_unless_an_average_is_asked() {
        let schema = schema_of(
            "help",
            "substance,avg_drinks,max_drinks\nalcohol,29,40\nheroin,10,20\n",
        );
        let scan = crate::agent::offline::scan::scan;
        let measure = |q: &str| {
            scan(&schema, q)
                .mentions
                .into_iter()
                .find(|m| m.role == Role::Measure)
                .map(|m| m.column)
        };
        assert_eq!(
            measure("which substance drinks the most on average").as_deref(),
            Some("avg_drinks")
        );
        assert_eq!(
            measure("which substance has the highest drinks").as_deref(),
            Some("max_drinks")
        );
    }

    #[test]
    fn a_superlative_of_a_quantity_never_ranks_by_a_direction() {
        let schema = Schema::of_csv(
            "weather",
            "month,wind_dir,wind_speed\n1,270,10.5\n2,90,3.2\n",
        );
        let mut out = Scan {
            superlative_word: Some("windiest".to_string()),
            superlative: Some(Order::Desc),
            ..Scan::default()
        };
        implied_measure(&schema, &[], &mut out);
        assert_eq!(out.mentions[0].column, "wind_speed");
    }

    #[test]
    fn a_span_of_time_after_a_superlative_is_the_row_asked_for() {
        let schema = Schema::of_csv(
            "weather",
            "day,temp,time,distance\n1,30.5,5,8\n2,12.0,7,3\n",
        );
        let ranked = |question: &str, asked: &str| {
            let mut out = Scan {
                superlative_word: question.split(' ').nth(1).map(str::to_string),
                superlative: Some(Order::Asc),
                mentions: vec![Mention::of(asked.to_string(), Role::Measure)],
                ..Scan::default()
            };
            ranked_by_the_superlative(&schema, &tokenize(question), &mut out);
            out.ranked_by
        };
        assert_eq!(ranked("the coldest day", "day").as_deref(), Some("temp"));
        // A column said of the superlative is its quantity: "the longest time" is `time`.
        assert_eq!(ranked("the longest time", "time"), None);
    }

    #[test]
    fn a_superlative_then_by_a_number_keeps_the_first_row_ranked_by_it() {
        let schema = Schema::of_csv("planes", "tailnum,seats,maker\nN1,55,A\nN2,450,B\n");
        let read = |question: &str, role: Role, agg: Option<AggFunc>| {
            let mut out = Scan {
                superlative_word: question.split(' ').nth(1).map(str::to_string),
                superlative: Some(Order::Desc),
                mentions: vec![Mention::of("seats".to_string(), role)],
                agg,
                ..Scan::default()
            };
            the_one_ranked_by(&schema, &tokenize(question), &mut out);
            (out.top_n, out.mentions[0].role, out.agg)
        };
        assert_eq!(
            read("the largest plane by seats", Role::Group, None),
            (Some(1), Role::Measure, None)
        );
        assert_eq!(
            read(
                "the largest plane by number of seats",
                Role::Group,
                Some(AggFunc::Count)
            ),
            (Some(1), Role::Measure, None)
        );
        // An aggregate of its own, or no "by": the column stays as it was read.
        assert_eq!(
            read(
                "the largest average by seats",
                Role::Group,
                Some(AggFunc::Mean)
            ),
            (None, Role::Group, Some(AggFunc::Mean))
        );
        assert_eq!(
            read("the largest plane seats", Role::Group, None),
            (None, Role::Group, None)
        );
    }

    #[test]
    fn the_earliest_and_the_newest_are_of_the_year() {
        let schema = Schema::of_csv("planes", "tailnum,year\nN1,1956\nN2,2013\n");
        // The order as read ("newest" is the lowest age), and the order over years.
        for (word, read, order) in [
            ("earliest", Order::Asc, Order::Asc),
            ("latest", Order::Desc, Order::Desc),
            ("newest", Order::Asc, Order::Desc),
        ] {
            let mut out = Scan {
                superlative_word: Some(word.to_string()),
                superlative: Some(read),
                ..Scan::default()
            };
            implied_measure(&schema, &[], &mut out);
            assert_eq!(out.mentions[0].column, "year", "{word}");
            assert_eq!(out.superlative, Some(order), "{word}");
        }
    }

    #[test]
    fn how_often_each_value_comes_is_a_count_per_value() {
        let schema = Schema::of_csv(
            "weather",
            "weather,year,wind\nsun,2012,3.1\nrain,2012,4.5\nsun,2013,2.0\n",
        );
        let read = |tallied: bool, distinct: bool, columns: &[&str]| {
            let mut out = Scan {
                agg: Some(AggFunc::Count),
                tallied,
                distinct,
                mentions: columns
                    .iter()
                    .map(|c| Mention::of(c.to_string(), Role::Measure))
                    .collect(),
                ..Scan::default()
            };
            values_tallied(&schema, &mut out);
            out.mentions.iter().map(|m| m.role).collect::<Vec<_>>()
        };
        assert_eq!(read(true, false, &["weather"]), [Role::Group]);
        // "how many weathers", "the frequency of distinct weathers": counted once each.
        assert_eq!(read(false, false, &["weather"]), [Role::Measure]);
        assert_eq!(read(true, true, &["weather"]), [Role::Measure]);
        // A number said too is what is counted or summed.
        assert_eq!(
            read(true, false, &["weather", "wind"]),
            [Role::Measure, Role::Measure]
        );
    }

    #[test]
    fn a_calendar_part_is_no_amount_counted() {
        let schema = Schema::of_csv(
            "weather",
            "city,day,events\nChicago,3,Snow\nChicago,4,Rain\n",
        );
        let mut out = Scan {
            agg: Some(AggFunc::Count),
            mentions: vec![Mention {
                column: "day".to_string(),
                role: Role::Measure,
                agg: None,
            }],
            ..Scan::default()
        };
        how_many_held_in_a_column(
            &schema,
            &tokenize("how many days did it snow in Chicago"),
            &mut out,
        );
        assert_eq!(out.agg, Some(AggFunc::Count));
    }

    #[test]
    fn a_count_over_a_table_of_frequencies_is_their_sum() {
        let schema = Schema::of_csv(
            "disease_cases",
            "disease,state,year,count\nPolio,Ohio,1952,300\nMeasles,Ohio,1952,900\n",
        );
        let read = |question: &str, agg: AggFunc| {
            let mut out = Scan {
                agg: Some(agg),
                ..Scan::default()
            };
            counted_by_a_frequency_column(&schema, &tokenize(question), &mut out);
            (out.agg, out.mentions.first().map(|m| m.column.clone()))
        };
        let summed = (Some(AggFunc::Sum), Some("count".to_string()));
        assert_eq!(
            read("how many polio cases were there in 1952", AggFunc::Count),
            summed
        );
        assert_eq!(
            read("which disease has the most cases in total", AggFunc::Sum),
            summed
        );
        let mut out = Scan {
            superlative: Some(Order::Desc),
            ..Scan::default()
        };
        counted_by_a_frequency_column(
            &schema,
            &tokenize("which state had the most cases"),
            &mut out,
        );
        assert_eq!(out.agg, Some(AggFunc::Sum));
        // The rows themselves, counted.
        assert_eq!(
            read("how many rows are there for polio", AggFunc::Count),
            (Some(AggFunc::Count), None)
        );
    }

    #[test]
    fn durations_are_times_paces_and_race_distances() {
        let schema = Schema::of_csv(
            "runs",
            "Date,Miles,TimeMin,PaceMin,run800m\n1/1/2002,5,40,8,130\n1/2/2002,14,100,7.1,128\n",
        );
        for column in ["TimeMin", "PaceMin", "run800m"] {
            assert!(holds_durations(&schema, column), "{column}");
        }
        assert!(!holds_durations(&schema, "Miles"));
        assert_eq!(speed_order("fastest"), Some(Order::Asc));
        assert_eq!(speed_order("slowest"), Some(Order::Desc));
    }

    #[test]
    fn the_best_of_a_quantity_better_lower_is_its_lowest() {
        let schema = Schema::of_csv(
            "flights",
            "carrier,arr_delay,distance,TimeMin\nAA,5,1400,30\nUS,-3,900,20\n",
        );
        let read = |word: &str, column: &str| {
            let mut out = Scan {
                superlative: Some(Order::Desc),
                superlative_word: Some(word.to_string()),
                mentions: vec![Mention::of(column.to_string(), Role::Measure)],
                ..Scan::default()
            };
            lower_is_better(&schema, &mut out);
            out.superlative
        };
        assert_eq!(read("worst", "arr_delay"), Some(Order::Desc));
        assert_eq!(read("best", "arr_delay"), Some(Order::Asc));
        assert_eq!(read("best", "TimeMin"), Some(Order::Asc));
        // A quantity better higher keeps the word's direction.
        assert_eq!(read("best", "distance"), Some(Order::Desc));
        assert_eq!(read("highest", "arr_delay"), Some(Order::Desc));
    }

    #[test]
    fn a_share_of_a_singular_column_said_in_the_plural_counts_rows() {
        let schema = Schema::of_csv(
            "flights",
            "flight,arr_delay,votes\n1545,-3,1\n1714,20,2\n461,0,3\n",
        );
        let share = |question: &str, column: &str| {
            let mut out = Scan {
                share: true,
                mentions: vec![Mention {
                    column: column.to_string(),
                    role: Role::Measure,
                    agg: None,
                }],
                ..Scan::default()
            };
            rows_of_a_share(&schema, &tokenize(question), &mut out);
            out.mentions.len()
        };
        assert_eq!(
            share("what percentage of the flights arrived late", "flight"),
            0
        );
        // A name said as it is weighs the share.
        assert_eq!(
            share("what percentage of the votes went to Labour", "votes"),
            1
        );
        assert_eq!(share("what percentage of total flight time", "flight"), 1);
        // A column said elsewhere weighs nothing: the rows are counted.
        assert_eq!(
            share("what percentage of the babies had a low votes", "votes"),
            0
        );
        assert_eq!(
            share(
                "what percentage of the country's votes went to Labour",
                "votes"
            ),
            1
        );
    }

    #[test]
    fn the_noun_of_a_deed() {
        assert!(deed_of("takings", "take"));
        assert!(deed_of("earnings", "earn"));
        assert!(deed_of("generation", "generat"));
        assert!(deed_of("winnings", "win"));
        assert!(deed_of("wins", "win"));
        assert!(!deed_of("taken", "take"));
        assert!(!deed_of("owner", "own"));
    }

    #[test]
    fn an_amount_named_by_its_verb() {
        let schema = schema_of(
            "accommodation",
            "State,Takings,Occupancy\nA,1.5,60\nB,2.5,70\n",
        );
        let read = |question: &str| {
            let mut out = Scan {
                superlative: Some(Order::Desc),
                ..Scan::default()
            };
            amount_named_by_its_verb(&schema, &tokenize(question), &mut out);
            out.mentions.first().map(|m| m.column.clone())
        };
        assert_eq!(
            read("which state took the most money").as_deref(),
            Some("Takings")
        );
        // No verb before "most", or one whose deed names nothing.
        assert_eq!(read("which state has the most money"), None);
        assert_eq!(read("which state grew the most"), None);
    }

    #[test]
    fn a_flag_said_before_a_shares_verb_picks_the_rows_it_is_of() {
        let schema = schema_of(
            "tests",
            "result,drive_thru_ind\npositive,1\nnegative,1\nnegative,0\n",
        );
        let read = |question: &str| {
            let mut out = Scan {
                share: true,
                mentions: vec![Mention::of("drive_thru_ind".into(), Role::Measure)],
                filters: vec![Filter::on("result", Cmp::Eq, "positive".into())],
                ..Scan::default()
            };
            flags_as_filters(&schema, &tokenize(question), &mut out);
            out
        };
        let out = read("what percentage of the drive-thru tests were positive?");
        assert_eq!(out.share_within.len(), 1);
        assert_eq!(out.share_within[0].column, "drive_thru_ind");
        assert!(out.rate_of.is_none());
        // Said after the verb, the flag is the part.
        let out = read("what percentage of the positive tests were drive-thru?");
        assert!(out.share_within.is_empty());
    }

    #[test]
    fn a_non_said_with_its_opposite_negates_no_flag() {
        let schema = schema_of(
            "applications",
            "owner,spend,card\nyes,10,yes\nno,20,yes\nyes,30,no\n",
        );
        let read = |question: &str| {
            let mut out = Scan {
                agg: Some(AggFunc::Mean),
                mentions: ["spend", "card"]
                    .iter()
                    .map(|c| Mention {
                        column: c.to_string(),
                        role: Role::Measure,
                        agg: None,
                    })
                    .collect(),
                ..Scan::default()
            };
            flags_as_filters(&schema, &tokenize(question), &mut out);
            out.filters
        };
        // Card holders stay `yes` beside "homeowners and non-homeowners" ...
        let filters = read("average spend of card holders, homeowners and non-homeowners");
        assert_eq!(filters.len(), 1);
        assert_eq!(filters[0].column, "card");
        assert_eq!(filters[0].value, serde_json::json!("yes"));
        // ... and "non" alone still negates.
        assert_eq!(
            read("average spend of non-card holders")[0].value,
            serde_json::json!("no")
        );
        // "outside" a yes/no place is its no.
        assert_eq!(
            read("average spend outside the card")[0].value,
            serde_json::json!("no")
        );
        // "no spend" negates the spending, not the card.
        assert_eq!(
            read("average spend of card holders with no spend")[0].value,
            serde_json::json!("yes")
        );
    }

    #[test]
    fn total_in_a_count_of_text_is_no_sum() {
        let options = LoadOptions {
            format: Some(Format::Csv),
            ..LoadOptions::default()
        };
        let csv = "title,points\nA,2\nB,3\n";
        let data = Dataset::from_bytes("books", csv.as_bytes(), &options).unwrap();
        let schema = Schema::of(&data);
        let scan = |column: &str, agg: Option<AggFunc>| Scan {
            agg,
            mentions: vec![Mention {
                column: column.to_string(),
                role: Role::Measure,
                agg: Some(AggFunc::Sum),
            }],
            ..Scan::default()
        };
        let mut out = scan("title", Some(AggFunc::Count));
        total_in_a_count(&schema, &mut out);
        assert_eq!(out.mentions[0].agg, None);
        // A number keeps its total; so does text outside a count (refused later).
        for (column, agg) in [("points", Some(AggFunc::Count)), ("title", None)] {
            let mut out = scan(column, agg);
            total_in_a_count(&schema, &mut out);
            assert_eq!(out.mentions[0].agg, Some(AggFunc::Sum), "{column}");
        }
    }

    #[test]
    fn a_kind_counted_in_a_column_of_counts_is_its_sum() {
        let csv = "nation,gold,silver\nA,2,1\nB,0,3\nC,1,0\n";
        let sum = Some(AggFunc::Sum);
        let count = Some(AggFunc::Count);
        assert_eq!(
            counted(csv, "silver", "how many silver medals did B win?"),
            sum
        );
        assert_eq!(
            counted(csv, "gold", "what was the number of gold medals?"),
            sum
        );
        // Not without a plural after the column's word, nor for a plural that is a column.
        assert_eq!(counted(csv, "gold", "how many gold"), count);
        assert_eq!(counted(csv, "gold", "how many gold nations"), count);
        let csv = "nation,gold,medals\nA,2,3\nB,0,4\n";
        assert_eq!(counted(csv, "gold", "how many gold medals"), count);
    }
}
