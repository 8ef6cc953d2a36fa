//! Words that qualify a column: shares, ratios, rates per people, participles and owners.

use crate::agent::offline::found::{Mention, Role, Scan};
use crate::agent::offline::intent::{AggFunc, Cmp, Filter};
use crate::agent::offline::keywords::{
    KEYWORDS, PER_UNITS, PERIODS, is_share_word, superlative_hint,
};
use crate::agent::offline::numbers::number_value;
use crate::agent::offline::refine::flag_value;
use crate::agent::offline::schema::{ColumnRef, Kind, Schema};
use crate::agent::offline::words::{
    ADJECTIVE_ENDINGS, PAST, PEOPLE, Token, is_participle, same_noun, singular,
};

/// "what percentage of Gentoo penguins are male?": in a share, the values said between
/// "of" and the verb choose the rows (Gentoo), the ones after it are the part counted
/// (male). Empty unless values stand on both sides.
pub(super) fn share_within(
    words: Option<(usize, usize)>,
    value_filters: &[(usize, Filter)],
) -> Vec<Filter> {
    let Some((of, verb)) = words else {
        return Vec::new();
    };
    let before: Vec<Filter> = value_filters
        .iter()
        .filter(|(at, _)| *at > of && *at < verb)
        .map(|(_, f)| f.clone())
        .collect();
    // At the verb: "male passengers died" (the verb says the part).
    let after = value_filters.iter().any(|(at, _)| *at >= verb);
    if after { before } else { Vec::new() }
}

/// "a perfect score", "perfect marks": the highest value of the column of scores after
/// "perfect" (100 of an inspection score), as a condition.
pub(super) fn perfect_marks(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    spans: &[(usize, usize, String)],
) -> Vec<(usize, Filter)> {
    let mut found = Vec::new();
    for (start, _, column) in spans {
        let Some(i) = start.checked_sub(1) else {
            continue;
        };
        let top = schema
            .get(column)
            .filter(|c| c.kind == Kind::Number && !c.binary)
            .and_then(|c| c.range)
            .map(|(_, hi)| hi);
        if tokens[i].lower != "perfect" || used[i] {
            continue;
        }
        let Some(top) = top else { continue };
        used[i] = true;
        found.push((i, Filter::on(column.clone(), Cmp::Eq, number_value(top))));
    }
    found
}

/// "average seasonal snowfall" beside `SeasonStart`: an adjective made from a column's name
/// right before another column says of what the amount is (each season's), not the column
/// it is made from.
pub(super) fn adjective_before_a_column(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    spans: &mut Vec<(usize, usize, String)>,
) {
    let starts: Vec<usize> = spans.iter().map(|s| s.0).collect();
    spans.retain(|(start, end, column)| {
        let word = tokens[*start].lower.as_str();
        let made = end - start == 1
            && ADJECTIVE_ENDINGS.iter().any(|e| word.ends_with(e))
            && schema
                .get(column)
                .is_some_and(|c| !c.words.iter().any(|w| same_noun(w, word)));
        let before_another = starts.contains(end);
        if made && before_another {
            used[*start] = false;
            return false;
        }
        true
    });
}

/// "weight gained by mothers", "goals conceded": a numeric column said right before a
/// numeric column whose name is the past participle said is what the participle tells of,
/// so only the participle's column is meant (`gained`, not `weight` and `gained`; but
/// "quantity sold" is `Quantity`, as `Sales` is only named by "sold"). Only a regular
/// participle: "points won" over `Points` and `Won` (matches won) means the points.
pub(super) fn noun_before_its_participle(
    schema: &Schema,
    tokens: &[Token],
    spans: &mut Vec<(usize, usize, String)>,
) {
    let number = |column: &str| schema.kind(column) == Kind::Number;
    let described = |(_, a_end, a): &(usize, usize, String)| {
        spans.iter().any(|(b_start, b_end, b)| {
            a_end == b_start
                && b_end - b_start == 1
                && a != b
                && tokens[*b_start].lower.ends_with("ed")
                && is_participle(&tokens[*b_start].lower)
                && schema
                    .get(b)
                    .is_some_and(|c| c.words.contains(&tokens[*b_start].lower))
                && number(a)
                && number(b)
        })
    };
    // "miles walked", "calories burned" beside a yes/no `Walk`: a participle right after a
    // numeric column, naming a flag, says how the amount came about; it picks no rows. Not
    // after a column that labels the rows ("patients improved" beside `patient_id`).
    let binary = |column: &str| schema.get(column).is_some_and(|c| c.binary);
    let amount = |column: &str| {
        schema
            .get(column)
            .is_some_and(|c| !c.binary && !c.labels_rows())
    };
    let qualifies = |(b_start, b_end, b): &(usize, usize, String)| {
        b_end - b_start == 1
            && tokens[*b_start].lower.ends_with("ed")
            && binary(b)
            && spans
                .iter()
                .any(|(_, a_end, a)| a_end == b_start && a != b && number(a) && amount(a))
    };
    let kept: Vec<_> = spans
        .iter()
        .filter(|s| !described(s) && !qualifies(s))
        .cloned()
        .collect();
    *spans = kept;
}

/// "tips as a percentage of the bills", "accepted students as a share of applications": a
/// numeric column taken as a percentage of another, said after it; "the ratio of REM sleep
/// to total sleep", "sales divided by quantity": as a plain ratio. The second column is the
/// whole (`Scan::ratio_of`) and no longer a mention; no share of rows is asked.
pub(super) fn as_a_percentage_of(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    spans: &mut Vec<(usize, usize, String)>,
    out: &mut Scan,
) {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let number = |column: &str| schema.kind(column) == Kind::Number;
    let past_articles = |mut at: usize| {
        while matches!(
            word(at),
            "the" | "all" | "a" | "an" | "each" | "its" | "their" | "total"
        ) {
            at += 1;
        }
        at
    };
    let span_at = |spans: &[(usize, usize, String)], at: usize| {
        spans.iter().position(|s| s.0 == at && number(&s.2))
    };
    for i in 1..tokens.len() {
        // (first word of the phrase, first word past it, plain ratio)
        let phrase = match word(i) {
            "as" => {
                let k = if matches!(word(i + 1), "a" | "an") {
                    i + 2
                } else {
                    i + 1
                };
                let share = is_share_word(word(k));
                (share && word(k + 1) == "of").then_some((i, k + 2, false))
            }
            "divided" if word(i + 1) == "by" => Some((i, i + 2, true)),
            // "cheapest per citation": an adjective's superlative (its column the part) per
            // an amount, never per a stretch of time or a row ("per year", "per hurricane",
            // which group or count). After a column, "per" qualifies it or groups
            // (`qualified_columns`: "expenditure per student"; "viewers per series").
            "per"
                if !superlative_hint(word(i - 1)).is_empty()
                    && spans
                        .iter()
                        .any(|s| s.0 == i + 1 && per_amount(schema, &s.2)) =>
            {
                Some((i, i + 1, true))
            }
            // "the ratio of X to Y": the part is the span after "of", the whole after "to".
            // "the X to Y ratio", "the X-to-Y ratio": the part right before "to", the whole
            // right after it, then "ratio".
            "to" => {
                let of = (0..i)
                    .rev()
                    .find(|&k| word(k) == "of" && k > 0 && word(k - 1) == "ratio");
                let ratio_of = of
                    .filter(|&k| {
                        spans
                            .iter()
                            .any(|s| s.0 == past_articles(k + 1) && s.1 == i)
                    })
                    .map(|k| (k - 1, i + 1, true));
                let ratio_after = spans.iter().any(|s| s.1 == i && number(&s.2))
                    && spans
                        .iter()
                        .any(|s| s.0 == i + 1 && number(&s.2) && word(s.1) == "ratio");
                ratio_of.or(ratio_after.then_some((i, i + 1, true)))
            }
            _ => None,
        };
        let Some((from, past, plain)) = phrase else {
            continue;
        };
        // "to total sleep" for `sleep_total`, "by total sales" for `Sales`.
        let Some(whole) = (past..=past_articles(past)).find_map(|at| span_at(spans, at)) else {
            continue;
        };
        // "cheapest per citation": the adjective names the part.
        let part_before = word(i) == "per"
            || spans
                .iter()
                .any(|s| s.1 <= i && s.2 != spans[whole].2 && number(&s.2));
        if !part_before {
            continue;
        }
        let (_, end, column) = spans.remove(whole);
        // The phrase's own words are read; the part's span stays a mention.
        for (k, u) in used.iter_mut().enumerate().take(end).skip(from) {
            if !spans.iter().any(|s| (s.0..s.1).contains(&k)) {
                *u = true;
            }
        }
        if word(end) == "ratio" {
            used[end] = true;
        }
        out.ratio_of = Some((column, plain));
        return;
    }
}

/// "measles cases per 100,000 people", "deaths per 1,000 inhabitants": a rate per that many
/// of the one column of population (`population`, `pop`), which is the ratio's whole.
pub(super) fn per_number_of_people(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    out: &mut Scan,
) {
    if out.ratio_of.is_some() {
        return;
    }
    let Some(population) = schema.population() else {
        return;
    };
    for i in 0..tokens.len().saturating_sub(2) {
        let people =
            PEOPLE.contains(&tokens[i + 2].lower.as_str()) || tokens[i + 2].lower == "population";
        let n = tokens[i + 1]
            .number()
            .filter(|n| *n >= 10.0 && n.fract() == 0.0);
        if tokens[i].lower == "per" && people && !used[i + 1] {
            let Some(n) = n else { continue };
            used[i..i + 3].iter_mut().for_each(|u| *u = true);
            out.ratio_of = Some((population.name.clone(), true));
            out.ratio_per = Some(n);
            return;
        }
    }
}

/// Whether "per" before a column divides by it: a column of amounts, not of years, periods
/// or yes/no flags ("cheapest per citation" divides; "sales per year" groups).
fn per_amount(schema: &Schema, column: &str) -> bool {
    schema.get(column).is_some_and(|c| {
        c.kind == Kind::Number
            && !c.binary
            && !c.holds_years()
            && c.period.is_none()
            && !c
                .words
                .iter()
                .any(|w| PERIODS.contains(&singular(w)) || w == "season")
    })
}

/// "goals scored by the home team" over `HomeTeam` and `HomeGoals`: a text column after a
/// participle, "by" and "the" is who did it, not a grouping. Where it shares a name word
/// with another column named (`Home`), it only says which of them is meant, and is no
/// mention itself. ("Points won by each team" still groups: no "the".)
pub(super) fn agent_naming_another(
    schema: &Schema,
    tokens: &[Token],
    start: usize,
    column: &str,
    spans: &[(usize, usize, String)],
) -> bool {
    let said = |k: usize| tokens.get(k).map(|t| t.lower.as_str());
    let agent = start >= 3
        && said(start - 1) == Some("the")
        && said(start - 2) == Some("by")
        && (is_participle(&tokens[start - 3].lower)
            || PAST.contains(&tokens[start - 3].lower.as_str()));
    if !agent || schema.kind(column) != Kind::Text {
        return false;
    }
    let words = |c: &str| schema.get(c).map(|c| c.words.clone()).unwrap_or_default();
    let own = words(column);
    spans
        .iter()
        .any(|(_, _, other)| other != column && words(other).iter().any(|w| own.contains(w)))
}

/// "top 3 teams by goals", "the 5 states with the most deaths" is said by `most`: ranking by
/// things counted (a plural noun naming a numeric column, not a rate) after "top N ... by"
/// adds them up over each group's rows, as "the most goals" does.
pub(super) fn ranked_by_things_counted(
    schema: &Schema,
    tokens: &[Token],
    spans: &[(usize, usize, String)],
) -> bool {
    let Some(top) = tokens
        .windows(2)
        .position(|w| matches!(w[0].lower.as_str(), "top" | "bottom") && w[1].number().is_some())
    else {
        return false;
    };
    spans.iter().any(|(start, end, column)| {
        *start > top + 2
            && tokens[start - 1].lower == "by"
            && schema.kind(column) == Kind::Number
            && !crate::agent::offline::defaults::is_ratio(column)
            && singular(&tokens[end - 1].lower) != tokens[end - 1].lower
            // "top 5 items by calories": a unit measures, it counts no things.
            && !crate::agent::offline::keywords::UNITS.contains(&tokens[end - 1].lower.as_str())
    })
}

/// "expenditure per student", "father's height": a quantity said of another quantity is
/// the first column, the second only describing it. When a numeric column is followed by a
/// possessive "'s" and a second numeric column (not a date or year), or by "per" and one of
/// what a column of counts counts, the second span is read as part of the first, so a
/// comparison after it ("is above 6000") reaches the first.
pub(super) fn qualified_columns(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    spans: &mut Vec<(usize, usize, String)>,
) {
    let quantity = |c: &str| {
        schema.get(c).is_some_and(|col| {
            col.kind == Kind::Number
                && !col.binary
                && !crate::agent::offline::chart::time_like(schema, c)
        })
    };
    // "sales per capita", "price per pack": the unit is part of the quantity's mention.
    for span in spans.iter_mut() {
        let (_, end, column) = &*span;
        let unit = tokens.get(end + 1).map(|t| t.lower.as_str());
        if quantity(column)
            && tokens.get(*end).is_some_and(|t| t.lower == "per")
            && unit.is_some_and(|u| PER_UNITS.contains(&u))
            && !used[*end]
            && !used[end + 1]
        {
            used[*end] = true;
            used[end + 1] = true;
            span.1 += 2;
        }
    }
    let mut k = 0;
    while k + 1 < spans.len() {
        let (_, end, first) = &spans[k];
        let (start, next_end, second) = &spans[k + 1];
        // "per student" over a `students` count: one of what the column counts (a group
        // column, "per series", "per department", is named as said).
        let per_one = || {
            let said = &tokens[*start].lower;
            schema.get(second).is_some_and(|c| {
                c.words.len() == 1 && singular(&c.words[0]) != c.words[0] && singular(said) == said
            })
        };
        let joined = *start == end + 1
            && first != second
            && schema.kind(first) == Kind::Number
            && quantity(second)
            && match tokens[*end].lower.as_str() {
                "s" => true,
                "per" => per_one(),
                _ => false,
            };
        if joined {
            used[*end] = true;
            spans[k].1 = *next_end;
            spans.remove(k + 1);
        }
        k += 1;
    }
}

/// "the poll's end date" beside `poll_type`: a word said as the owner of another column,
/// naming only part of a longer name, is the rows' noun, not that column.
pub(super) fn owner_before_a_column(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    spans: &mut Vec<(usize, usize, String)>,
) {
    let mut k = 0;
    while k + 1 < spans.len() {
        let (start, end, first) = &spans[k];
        let owner = spans[k + 1].0 == end + 1
            && tokens[*end].lower == "s"
            && end - start == 1
            && schema.get(first).is_some_and(|c| {
                c.words.len() > 1
                    && schema
                        .row_nouns
                        .iter()
                        .any(|n| same_noun(n, &tokens[*start].lower))
            });
        if owner {
            used[*end] = true;
            spans.remove(k);
            continue;
        }
        k += 1;
    }
}

/// "people with health insurance" over yes/no columns `health` and `insurance`: a flag's
/// name right before another's is a word of that one's name, not a condition of its own.
pub(super) fn flag_before_a_flag(schema: &Schema, spans: &mut Vec<(usize, usize, String)>) {
    let flag = |c: &str| {
        schema.get(c).is_some_and(|col| col.words.len() == 1)
            && flag_value(schema, c, true).is_some()
    };
    let mut k = 0;
    while k + 1 < spans.len() {
        let (start, end, first) = &spans[k];
        let (next, _, second) = &spans[k + 1];
        if *next == *end && end - start == 1 && flag(first) && flag(second) {
            spans.remove(k);
            continue;
        }
        k += 1;
    }
}

/// "how much money did these pizzas bring in", "revenue by type of pizza" over rows that
/// are sales at a `price` (a dataset named for its sales or orders): the money taken is
/// the total of the one price column, when no column is named for it.
pub(super) fn takings_of_prices(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    out: &mut Scan,
) {
    const TAKINGS: &[&str] = &["revenue", "revenues", "takings", "money", "turnover"];
    let Some(k) =
        (0..tokens.len()).find(|&k| !used[k] && TAKINGS.contains(&tokens[k].lower.as_str()))
    else {
        return;
    };
    // Rows that are sales: the dataset is named for them.
    let sales = schema.name_noun.as_deref().is_some_and(|n| {
        matches!(
            singular(n),
            "sale" | "order" | "transaction" | "purchase" | "receipt" | "booking" | "ticket"
        )
    });
    if !sales || out.mentions.iter().any(|m| m.role == Role::Measure) {
        return;
    }
    let mut prices = schema.columns.iter().filter(|c| {
        c.kind == Kind::Number
            && c.words
                .iter()
                .any(|w| matches!(singular(w), "price" | "fare"))
    });
    let (Some(price), None) = (prices.next(), prices.next()) else {
        return;
    };
    used[k] = true;
    out.mentions.push(Mention {
        column: price.name.clone(),
        role: Role::Measure,
        agg: Some(AggFunc::Sum),
    });
    out.agg.get_or_insert(AggFunc::Sum);
}

/// "self-rated health", "self-reported income": a word at `k` and a participle after it,
/// neither a column's, before a column; they qualify it.
pub(super) fn qualified_by_participle(tokens: &[Token], spanned: &[bool], k: usize) -> bool {
    let word = |j: usize| tokens.get(j).map_or("", |t| t.lower.as_str());
    !spanned.get(k).copied().unwrap_or(true)
        && !spanned.get(k + 1).copied().unwrap_or(true)
        && spanned.get(k + 2).copied().unwrap_or(false)
        && word(k).chars().all(char::is_alphabetic)
        && !KEYWORDS.contains(&word(k))
        && word(k + 1).len() > 4
        && word(k + 1).ends_with("ed")
}

/// "the highest-rated film", "the best rated", "top funded" over `rating` and `funding`: a
/// participle after a word that ranks is the column's noun in -ing of the same verb. (Not
/// elsewhere: "reported cases" is not `weeks_reporting`.)
pub(super) fn ranked_participles(schema: &Schema, mut tokens: Vec<Token>) -> Vec<Token> {
    for k in 1..tokens.len() {
        // ("The most reported cases" are the cases' counts: "most" says how many.)
        let ranks = matches!(
            tokens[k - 1].lower.as_str(),
            "highest" | "lowest" | "best" | "worst" | "top" | "highly" | "better" | "worse"
        );
        let Some(stem) = tokens[k].lower.strip_suffix("ed").filter(|s| s.len() >= 3) else {
            continue;
        };
        let noun = format!("{stem}ing");
        if ranks && schema.columns.iter().any(|c| c.words.contains(&noun)) {
            tokens[k].lower = noun;
        }
    }
    tokens
}

/// Whether `word` is a code of letters then figures (`pm2`, `co2`, `no2`) that is a word of
/// `col`'s name and of no other column's.
pub(super) fn code_of_one_name(schema: &Schema, col: &ColumnRef, word: &str) -> bool {
    word.len() >= 2
        && word.starts_with(|c: char| c.is_ascii_alphabetic())
        && word.chars().any(|c| c.is_ascii_digit())
        && word.chars().all(|c| c.is_ascii_alphanumeric())
        && col.words.iter().any(|w| w == word)
        && schema
            .columns
            .iter()
            .filter(|c| c.words.iter().any(|w| w == word))
            .count()
            == 1
}

/// "literacy against distance from Paris" over a `Distance` column: the place a column of
/// distances is measured from, named in capitals after "from", only says what the column
/// is (no value of the data's picks rows by it). Its words are read.
pub(super) fn distance_from_a_place(
    schema: &Schema,
    tokens: &[Token],
    spans: &[(usize, usize, String)],
    used: &mut [bool],
) {
    for (_, end, column) in spans {
        let distance = schema.get(column).is_some_and(|c| {
            c.kind == Kind::Number
                && c.words
                    .iter()
                    .any(|w| matches!(w.as_str(), "distance" | "dist" | "miles" | "km"))
        });
        if !distance || tokens.get(*end).is_none_or(|t| t.lower != "from") {
            continue;
        }
        let place = (end + 1..tokens.len().min(end + 4))
            .take_while(|&k| !used[k] && tokens[k].raw.starts_with(char::is_uppercase))
            .count();
        if place > 0 {
            used[*end..=end + place].iter_mut().for_each(|u| *u = true);
        }
    }
}
