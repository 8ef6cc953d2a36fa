//! The role of a column mention from the words around it, initials and extremes.

use super::qualified::{agent_naming_another, qualified_by_participle};
use crate::agent::offline::across::spanned_by_across;
use crate::agent::offline::found::{Mention, Role, Scan};
use crate::agent::offline::intent::{AggFunc, Cmp, Filter};
use crate::agent::offline::keywords::{KEYWORDS, agg_word, is_superlative};
use crate::agent::offline::schema::{Kind, Schema};
use crate::agent::offline::words::{
    PAST, Token, after_its_number, is_participle, ordinal, same_noun, singular,
};

/// Words skipped when looking back from a mention for the word that gives its role.
const ROLE_STOP: &[&str] = &["the", "a", "an", "their", "its"];

/// Name words of a column that holds an amount of things (`amt_weekends`, `num_children`).
pub(super) const AMOUNT_WORDS: &[&str] =
    &["amt", "amount", "num", "number", "qty", "quantity", "count"];

/// Words that say which of a quantity's readings a column holds (`low_temp`, `max_wind`).
pub(super) const QUALIFIERS: &[&str] = &[
    "low", "high", "min", "max", "minimum", "maximum", "avg", "average", "mean", "median",
];

/// Name words that say a column is the whole of a quantity, not a part or a variant.
pub(super) const WHOLE: &[&str] = &["total", "overall", "all", "gross", "combined", "sum"];

/// Units a count of whole things is said in ("by years of schooling", "by hours of
/// sleep").
pub(super) fn is_unit_of_count(word: &str) -> bool {
    matches!(
        word,
        "years" | "months" | "weeks" | "days" | "hours" | "minutes" | "times"
    )
}

/// The role of a mention from the words just before it.
pub(super) fn role_before(
    tokens: &[Token],
    start: usize,
    earlier: &[Mention],
    charted: bool,
    spanned: &[bool],
    row_nouns: &[bool],
    text: bool,
) -> (Role, Option<AggFunc>) {
    let mut i = start;
    let mut agg = None;
    while i > 0 {
        let w = tokens[i - 1].lower.as_str();
        if ROLE_STOP.contains(&w) {
            i -= 1;
            continue;
        }
        // "by the poll's end date": the owner before a column says nothing of its role.
        if w == "s" && i >= 2 && tokens[i - 2].lower.chars().all(char::is_alphabetic) {
            i -= 2;
            continue;
        }
        // "by number of cylinders", "per number of gears", "by years of schooling": the
        // groups are the column's values, not a count; the unit it counts in may be said.
        // One word may qualify the column ("by number of young children").
        let qualifier = w != "of"
            && i >= 2
            && !spanned[i - 1]
            && tokens[i - 2].lower == "of"
            && w.chars().all(char::is_alphabetic)
            && !KEYWORDS.contains(&w);
        let of_at = if qualifier { i - 1 } else { i };
        if tokens[of_at - 1].lower == "of"
            && of_at >= 3
            && (tokens[of_at - 2].lower == "number" || is_unit_of_count(&tokens[of_at - 2].lower))
            && matches!(
                tokens[of_at - 3].lower.as_str(),
                "by" | "per" | "each" | "for"
            )
        {
            i = of_at - 2;
            break;
        }
        // "which level of alcohol consumption", "what kind of fuel", "by type of class": a
        // generic noun between "which" (or "by") and the column asks for its values.
        if w == "of"
            && i >= 3
            && matches!(
                tokens[i - 2].lower.as_str(),
                "level" | "kind" | "type" | "sort" | "category" | "class" | "group"
            )
            && matches!(
                tokens[i - 3].lower.as_str(),
                "which" | "what" | "by" | "per" | "each"
            )
        {
            i -= 2;
            break;
        }
        if let Some(a) = agg_word(w) {
            agg = Some(a);
            i -= 1;
            continue;
        }
        break;
    }
    if i == 0 {
        return (Role::Measure, agg);
    }
    // "box plot of bilirubin by disease stage", "which birth year": one word of the
    // question's own between "by" (or "which", "what", when the word is not the rows' noun
    // of "which mammal sleeps the most") and the column qualifies it.
    // (Not after "per": "per capita sales" is a unit, then the column.)
    // Right before the column, not before an owner ("which state regent's term").
    // The rows' noun before a text column qualifies it too ("which taxi company"), not
    // before a verb ("which players played").
    let noun_said =
        !is_participle(&tokens[start].lower) && !PAST.contains(&tokens[start].lower.as_str());
    let asked = |k: usize| {
        matches!(tokens[k].lower.as_str(), "which" | "what")
            && (!row_nouns[k + 1] || (text && noun_said))
            && k + 2 == start
    };
    // "for each income verification status": after "each" too.
    if i >= 2
        && (matches!(tokens[i - 2].lower.as_str(), "by" | "each" | "every") || asked(i - 2))
        && !spanned[i - 1]
        && tokens[i - 1].lower.chars().all(char::is_alphabetic)
        && !KEYWORDS.contains(&tokens[i - 1].lower.as_str())
    {
        i -= 1;
    } else if i >= 3
        && tokens[i - 3].lower == "by"
        && qualified_by_participle(tokens, spanned, i - 2)
    {
        // "by self-rated health": a word and a participle qualify it.
        i -= 2;
    }
    let prev = tokens[i - 1].lower.as_str();
    let before = if i >= 2 {
        tokens[i - 2].lower.as_str()
    } else {
        ""
    };
    let role = match prev {
        "by" | "per" | "across" | "within" if agg.is_none() => {
            // "count by color by cut" with a `color` column and no chart asked for: that
            // "color" was the column, and "by cut" another group.
            let color_column = matches!(before, "color" | "colour")
                && !charted
                && earlier.last().is_some_and(|m| {
                    let name = m.column.to_lowercase();
                    name.contains("color") || name.contains("colour")
                });
            if matches!(
                before,
                "colored" | "coloured" | "color" | "colour" | "split" | "hue"
            ) && !color_column
            {
                Role::Color
            } else if matches!(before, "sorted" | "sort" | "order" | "ordered" | "ranked") {
                Role::Measure
            } else {
                Role::Group
            }
        }
        "each" | "every" if agg.is_none() => Role::Group,
        // "among airlines with at least 100 flights, which one ...": what "which" asks for.
        "among"
            if agg.is_none()
                && tokens
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "which" | "who")) =>
        {
            Role::Which
        }
        // "Y vs X", "Y against X", "Y over X": X goes across (matplotlib's "plot y
        // versus x"), Y up.
        // "who scores highest on openness": a superlative "on" a column ranks by it (not
        // "who weighs the most on the team": a place after an article).
        "on" if i == start && i >= 2 && is_superlative(&tokens[i - 2].lower) => Role::Measure,
        // "the count on day 5" of `day_5`: a column of a word and a number is a point in a
        // series said after "on", the value asked for.
        // So is a column named by an ordinal ("on the 13th" of `thirteenth`).
        "on" if (i == start
            && tokens[start].lower.chars().all(char::is_alphabetic)
            && tokens.get(start + 1).is_some_and(|t| t.number().is_some()))
            || (tokens[start]
                .lower
                .starts_with(|c: char| c.is_ascii_digit())
                && ordinal(&tokens[start].lower).is_some()) =>
        {
            Role::Measure
        }
        "over" | "on" | "vs" | "versus" | "against" => Role::Versus,
        "which" | "what" if agg.is_none() => Role::Which,
        // "which 3 counties have the most ...": a number between says how many.
        _ if agg.is_none()
            && matches!(before, "which" | "what")
            && tokens[i - 1].number().is_some() =>
        {
            Role::Which
        }
        "and" | "," => earlier.last().map_or(Role::Measure, |m| {
            if m.role == Role::Which {
                Role::Measure
            } else {
                m.role
            }
        }),
        _ => Role::Measure,
    };
    (role, agg)
}

/// The span (start, length) of "X of (the) Y" whose initials, "of" included, are `name`,
/// a name of three letters ("day of the week" for `dow`). Not where a word is a name
/// itself ("price of a pack" is no `pop` beside `price`).
pub(super) fn initials_with_of(
    schema: &Schema,
    tokens: &[Token],
    name: &str,
) -> Option<(usize, usize)> {
    if name.len() != 3 || !name.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let word = |k: usize| {
        tokens.get(k).filter(|t| {
            t.lower.len() > 1
                && t.lower.chars().all(char::is_alphabetic)
                && !KEYWORDS.contains(&t.lower.as_str())
                && !schema
                    .columns
                    .iter()
                    .any(|c| c.words.iter().any(|w| same_noun(w, &t.lower)))
        })
    };
    (0..tokens.len()).find_map(|start| {
        let first = word(start)?;
        if tokens.get(start + 1)?.lower != "of" {
            return None;
        }
        let skip = usize::from(
            tokens
                .get(start + 2)
                .is_some_and(|t| matches!(t.lower.as_str(), "the" | "a" | "an")),
        );
        let last = word(start + 2 + skip)?;
        let said: String = [&first.lower, "o", &last.lower]
            .iter()
            .filter_map(|w| w.chars().next())
            .collect();
        (said == name).then_some((start, 3 + skip))
    })
}

/// The initials of a name of three or more alphabetic words ("mpg" for miles, per, gallon),
/// when they make at least three letters.
pub(super) fn initials(words: &[String]) -> Option<String> {
    if words.len() < 3 || !words.iter().all(|w| w.chars().all(char::is_alphabetic)) {
        return None;
    }
    Some(words.iter().filter_map(|w| w.chars().next()).collect())
}

/// "cereals with no vitamins" over a `vitamins` of `enriched`, `100%` and `none`: where a
/// text column says "none" as a value, an absence is that value, not a missing one.
pub(super) fn none_as_the_data_says_it(schema: &Schema, filter: Filter) -> Filter {
    let none = schema
        .get(&filter.column)
        .filter(|c| c.kind == Kind::Text)
        .and_then(|c| c.values.as_ref())
        .and_then(|values| {
            values.iter().find(|v| {
                let label = after_its_number(v).unwrap_or(v);
                matches!(label.trim().to_lowercase().as_str(), "none" | "no" | "nil")
            })
        });
    // "groups with no cases" over `ncases`: none of what a column counts is a zero.
    // So is "no silver medals" over a `Silver` count that is never missing but is zero:
    // a number with no missing value cannot be missing.
    let counted = schema.get(&filter.column).is_some_and(|c| {
        c.counted_noun().is_some()
            || (c.kind == Kind::Number
                && !c.has_missing
                && c.range.is_some_and(|(lo, _)| lo == 0.0))
    });
    if counted && filter.op == Cmp::IsNull {
        return Filter::on(filter.column, Cmp::Eq, serde_json::json!(0));
    }
    match none {
        Some(value) if filter.op == Cmp::IsNull => Filter::on(
            filter.column,
            Cmp::Eq,
            serde_json::Value::String(value.clone()),
        ),
        _ => filter,
    }
}

/// "the country with the lowest gdp per capita", "city with the highest sales": a text (or
/// date) column the question opens with, then "with" and a superlative, names the row (or the
/// group) asked for, as "which country has the lowest ..." does; so does the rows' own
/// noun ("the penguin with the largest body mass").
pub(super) fn the_noun_with_the_extreme(
    schema: &Schema,
    tokens: &[Token],
    spans: &[(usize, usize, String)],
    out: &mut Scan,
) {
    let opens = |start: usize| tokens[..start].iter().all(|t| t.lower == "the");
    let with = |end: usize| {
        tokens
            .get(end)
            .is_some_and(|t| matches!(t.lower.as_str(), "with" | "whose" | "having"))
    };
    let extreme = |end: usize| {
        tokens.get(end..).unwrap_or_default().iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "highest" | "lowest" | "largest" | "smallest" | "biggest" | "most" | "least"
            )
        })
    };
    // "the penguin with the largest body mass": the rows' own noun, a row.
    let first = tokens.iter().position(|t| t.lower != "the");
    if let Some(i) = first
        && schema.is_row_noun(&tokens[i].lower)
        && with(i + 1)
        && extreme(i + 1)
    {
        out.which_row = true;
        return;
    }
    let Some((start, end, column)) = spans.iter().min_by_key(|s| s.0) else {
        return;
    };
    // A date names the row as well as a name does ("the air date with the most viewers").
    if !(opens(*start) && with(*end) && extreme(*end) && schema.kind(column) != Kind::Number) {
        return;
    }
    if let Some(m) = out
        .mentions
        .iter_mut()
        .find(|m| &m.column == column && m.role == Role::Measure && m.agg.is_none())
    {
        m.role = Role::Which;
    }
}

/// The mentions of the column spans, in the order said, each with the role the words
/// around it give; `units` (time units and periods, by position) go in between. A span
/// that a value beside it made a filter, or that only names who did something, is none.
#[allow(clippy::too_many_arguments)]
pub(super) fn mentions_of_spans(
    schema: &Schema,
    tokens: &[Token],
    spans: &[(usize, usize, String)],
    spanned: &[bool],
    filter_cols: &[(usize, String)],
    units: Vec<(usize, Mention)>,
    used: &mut [bool],
    out: &mut Scan,
) {
    let mut units = units.into_iter().peekable();
    let versus_at = tokens
        .iter()
        .position(|t| matches!(t.lower.as_str(), "vs" | "versus" | "against"));
    let superlative_at = tokens.iter().position(|t| {
        matches!(t.lower.as_str(), "most" | "fewest" | "least") || is_superlative(&t.lower)
    });
    let mut ranked_first = false;
    let row_nouns: Vec<bool> = tokens
        .iter()
        .map(|t| schema.is_row_noun(&t.lower))
        .collect();
    for (start, end, column) in spans {
        while let Some((_, m)) = units.next_if(|(pos, _)| pos < start) {
            out.mentions.push(m);
        }
        // A value right after its column ("weather is rain"), or right before it
        // ("post-secondary education"), makes the mention that filter.
        // Not where the column is asked for ("other than Bangalore, which city ...").
        let asked = *start > 0 && matches!(tokens[start - 1].lower.as_str(), "which" | "what");
        if filter_cols.iter().any(|(pos, c)| {
            c == column
                && ((*pos >= *end && *pos <= end + 3)
                    || (*pos < *start && pos + 3 >= *start && !asked))
        }) {
            continue;
        }
        if agent_naming_another(schema, tokens, *start, column, spans) {
            continue;
        }
        let charted = out.chart_kind.is_some() || out.chart_word || versus_at.is_some();
        let (mut role, agg) = role_before(
            tokens,
            *start,
            &out.mentions,
            charted,
            spanned,
            &row_nouns,
            schema.kind(column) == Kind::Text,
        );
        // "name a city from ...", "tell me the team that ...": the column after a verb of
        // asking and an article is what is asked for, as after "which".
        let opens_with_verb = match *start {
            2 => matches!(tokens[0].lower.as_str(), "name" | "give" | "list"),
            3 => tokens[0].lower == "tell" && tokens[1].lower == "me",
            _ => false,
        };
        if opens_with_verb
            && role == Role::Measure
            && agg.is_none()
            && schema.kind(column) != Kind::Number
            && matches!(
                tokens[start - 1].lower.as_str(),
                "a" | "an" | "the" | "one" | "another" | "all"
            )
        {
            role = Role::Which;
            used[0] = true;
        }
        // "nations that had 10 or more medals": a text column the question opens with, in
        // the plural, before what picks its rows, is what is asked for, as after "which".
        if *start == 0
            && role == Role::Measure
            && agg.is_none()
            && schema.kind(column) == Kind::Text
            && singular(&tokens[end - 1].lower) != tokens[end - 1].lower
            && tokens.get(*end).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "that" | "with" | "which" | "who" | "whose" | "where"
                )
            })
        {
            role = Role::Which;
        }
        // "wage vs years of education": the first column named after "vs" goes across,
        // whatever unread words come between.
        if role == Role::Measure
            && agg.is_none()
            && versus_at.is_some_and(|v| v < *start)
            && !out.mentions.iter().any(|m| m.role == Role::Versus)
        {
            role = Role::Versus;
        }
        // "top 3 states by average sales" over numeric state codes: what is ranked "by"
        // another quantity is the groups, whatever the column holds.
        if role == Role::Measure
            && agg.is_none()
            && *start >= 2
            && tokens[start - 1].number().is_some()
            && matches!(tokens[start - 2].lower.as_str(), "top" | "bottom")
            && tokens.get(*end).is_some_and(|t| t.lower == "by")
            && singular(&tokens[end - 1].lower) != tokens[end - 1].lower
        {
            role = Role::Group;
        }
        // "who hit the most home runs": the column the superlative is said of comes first
        // among the measures, before one a verb named ("hit" for `Hits`).
        let ranked = role == Role::Measure
            && agg.is_none()
            && superlative_at.is_some_and(|s| s < *start && *start <= s + 2)
            && !ranked_first;
        // "average income per head across the states": the rows the aggregate spans, not
        // groups of it.
        let spannable =
            role == Role::Group || (role == Role::Measure && schema.kind(column) != Kind::Number);
        if spannable
            && agg.is_none()
            && out.agg.is_some()
            && !charted
            && spanned_by_across(tokens, *start)
        {
            continue;
        }
        // "rate their marriage" for `rate_marriage`: the words of one name said apart, a
        // word or two between, are one mention.
        let said_apart = spans
            .iter()
            .any(|(s, e, c)| c == column && *s < *start && *e <= *start && *start - *e <= 2);
        if said_apart && agg.is_none() && out.mentions.iter().any(|m| m.column == *column) {
            continue;
        }
        let mention = Mention {
            column: column.clone(),
            role,
            agg,
        };
        // "which team has the most goals": "most" or "fewest" before a plural noun counts
        // things, which add up over a group's rows ("the highest mass" does not).
        // (A word of the rows' noun may qualify it: "the most damage incidents".)
        let most_at = |k: usize| matches!(tokens[k].lower.as_str(), "most" | "fewest");
        let most_before = *start > 0
            && (most_at(start - 1)
                || (*start > 1
                    && most_at(start - 2)
                    && schema.is_row_noun(&tokens[start - 1].lower)));
        if ranked && most_before && singular(&tokens[end - 1].lower) != tokens[end - 1].lower {
            out.counted_superlative = true;
        }
        if ranked {
            ranked_first = true;
            let first_measure = out
                .mentions
                .iter()
                .position(|m| m.role == Role::Measure)
                .unwrap_or(out.mentions.len());
            out.mentions.insert(first_measure, mention);
        } else {
            out.mentions.push(mention);
        }
    }
    out.mentions.extend(units.map(|(_, m)| m));
}
