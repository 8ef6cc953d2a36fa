//! Column names said in a question: spans of words matched to columns.

use super::qualified::code_of_one_name;
use super::roles::{QUALIFIERS, WHOLE, initials, initials_with_of, is_unit_of_count};
use super::ties::{
    KIND_WORDS, by_context, completed_by_context, contracted, described_over_coded,
    letter_said_before, names_over_numbers, plainest, quantity_over_its_kind, said_whole,
    the_affirmed, the_primary, the_stem_of_the_others, truncated,
};
use crate::agent::offline::found::Scan;
use crate::agent::offline::keywords::{
    KEYWORDS, PERIODS, UNITS, agg_word, chart_asked, comparative_hint, is_chart_kind_word,
    is_superlative, superlative_hint,
};
use crate::agent::offline::matching::{WordMatch, name_word_match, qualified_initials, span_score};
use crate::agent::offline::schema::{ColumnRef, Kind, Schema};
use crate::agent::offline::time::is_frequency;
use crate::agent::offline::words::{
    PEOPLE, Token, after_its_number, distance_in, is_participle, ordinal, same_noun, singular,
    stem_and_number, verb_of_noun, word_weight,
};
use crate::agent::offline::year_named::{of_the_year_said, said_year, year_in_name};

/// Grammar words that are nouns a name may abbreviate ("age group" for `agegp`, "case
/// number" for `caseno`).
const NAME_NOUNS: &[&str] = &[
    "group",
    "number",
    "count",
    "total",
    "value",
    "time",
    "order",
    "percentage",
    "percent",
];

/// Words that link the words of a name said in full ("years *of* service").
const LINKS: &[&str] = &["of", "from", "the", "a", "an"];

/// Find column-name spans, longest and best-matching first. Returns (start, end, column).
/// Words after which a noun is the kind of thing asked for one of, or for each of.
const ENTITY_ASKERS: &[&str] = &["which", "what", "each", "every", "per", "by"];

pub(super) fn match_columns(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    out: &mut Scan,
) -> Vec<(usize, usize, String)> {
    // (start, len, score, column index)
    let mut candidates: Vec<(usize, usize, f64, usize)> = Vec::new();
    // "the least area" with no chart asked: "area" is the data's word.
    let charting = chart_asked(tokens);
    // "histogram of mean area": where a kind that is no data word is named, "area", "line",
    // "bar" or "box" are the data's words.
    let kind_named = tokens.iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "histogram" | "hist" | "scatter" | "scatterplot" | "pie" | "boxplot" | "heatmap"
        )
    });
    let charting = charting && !kind_named;
    for (ci, col) in schema.columns.iter().enumerate() {
        // A name word may be spelt out over several question words ("treasury bill rate"
        // for `tbilrate`, "7-day" for `7day`), so a span may be longer than the name.
        let longest = (col.words.len() + 3).min(6);
        for start in 0..tokens.len() {
            for len in 1..=longest.min(tokens.len() - start) {
                let span = &tokens[start..start + len];
                // "years of service" for `yrs_srvc`: a linking word inside a span names
                // nothing itself.
                let words: Vec<&str> = span
                    .iter()
                    .enumerate()
                    .filter(|(k, t)| {
                        // "loan-to-value ratio" for `lvrat`: "to" inside a one-word name.
                        let link = LINKS.contains(&t.lower.as_str())
                            || (t.lower == "to" && col.words.len() == 1);
                        !(*k > 0 && *k + 1 < len && link)
                    })
                    .map(|(_, t)| t.lower.as_str())
                    .collect();
                // "age of the fathers" for `fage`: the words of "X of Y" in the order
                // "Y X" too, as a name would put them.
                let of_inside = len > 2 && span[1..len - 1].iter().any(|t| t.lower == "of");
                // "total population" for `poptotal`: a grammar word spelt whole inside a
                // one-word name is part of it, and the name may put it last.
                let inside = |w: &str| KEYWORDS.contains(&w) && spelt_inside(&col.words, w);
                let named_first = words.len() == 2 && inside(words[0]);
                // "gdp per person" for `ppgdp`: "X per Y" named "per Y X".
                let turned: Vec<&str> = match words.as_slice() {
                    [x, "per", y] => vec!["per", y, x],
                    _ => words.iter().rev().copied().collect(),
                };
                let per_turned = words.len() == 3 && words[1] == "per";
                let score = span_score(&col.words, &words, word_weight);
                // Not a name of two initials ("lobe of a female" is not `FL`).
                let initials = col.words.len() == 1 && col.words[0].chars().count() == 2;
                let score = match (((of_inside || named_first) && words.len() == 2 && !initials)
                    || per_turned)
                    .then(|| span_score(&col.words, &turned, word_weight))
                    .flatten()
                {
                    Some(t) if score.is_none_or(|s| t > s) => Some(t),
                    _ => score,
                };
                let Some(score) = score else {
                    continue;
                };
                // "PM2.5" for `daily_mean_pm2_5_concentration`: a code of letters and figures
                // that only this name has says it, however long the rest.
                let score = if words.iter().any(|w| code_of_one_name(schema, col, w)) {
                    score.max(0.5)
                } else {
                    score
                };
                // "the fastest half marathon time", "5k time" over `run_time_minutes`: a
                // noun of the question's grammar after a word of the data's own is the
                // numeric column that says it.
                let qualified = len == 1
                    && NAME_NOUNS.contains(&words[0])
                    && col.kind == Kind::Number
                    && col.words.iter().any(|w| w == words[0])
                    && start > 0
                    && !KEYWORDS.contains(&tokens[start - 1].lower.as_str());
                // "customers" beside `number_customer_service_calls`: one word that is only
                // a qualifier inside a name of three words or more (neither its first nor
                // its last) is not that column.
                // (Words of three letters or more: not the `s` of `Team(s)`, nor figures.)
                let spelt: Vec<&String> = col
                    .words
                    .iter()
                    .filter(|w| w.len() >= 3 && w.chars().all(char::is_alphabetic))
                    .collect();
                let inner = |w: &String| name_word_match(w, &words).is_none();
                if len == 1
                    && !qualified
                    && spelt.len() >= 3
                    && score < 0.5
                    && !UNITS.contains(&words[0])
                    && spelt.first().is_some_and(|w| inner(w))
                    && spelt.last().is_some_and(|w| inner(w))
                    // "award" for `Honour/Award Title`: the title of an award names it.
                    && !spelt
                        .last()
                        .is_some_and(|w| matches!(w.as_str(), "name" | "title"))
                {
                    continue;
                }
                // "a carapace longer than 40": a comparative before "than" compares (see
                // `numbers::adjective_comparisons`); it ends no name.
                if len >= 2
                    && tokens.get(start + len).is_some_and(|t| t.lower == "than")
                    && !comparative_hint(&tokens[start + len - 1].lower).is_empty()
                {
                    continue;
                }
                // "breaches" beside `Type.of.Breach`: the noun after "of" in a name only
                // qualifies its head (a type of breach is no breach; see
                // `ColumnRef::qualifiers_at`).
                if len == 1
                    && let Some(of) = col.qualifiers_at()
                    && !col.words[..of]
                        .iter()
                        .any(|w| name_word_match(w, &words).is_some())
                {
                    continue;
                }
                // "by time of day" for `time_of_day`: the name said word for word is whole,
                // its linking word too.
                let full = score > 0.99
                    || (len >= 2
                        && span
                            .iter()
                            .map(|t| t.lower.as_str())
                            .eq(col.words.iter().map(String::as_str)));
                // "the heaviest car" ranks; but "who had the fastest lap" over a text
                // `Fastest Lap` says the whole name of a column of names, which ranks nothing.
                let whole_text_name = full
                    && words.len() >= 2
                    && col.kind == Kind::Text
                    && span
                        .iter()
                        .all(|t| !is_superlative(&t.lower) || col.words.contains(&t.lower));
                if span.iter().any(|t| is_superlative(&t.lower)) && !whole_text_name {
                    continue;
                }
                // "7-day viewers" for `viewers_7day`: a number written into a name word
                // with the word after it is part of the name, not a number.
                // "delta 15 N" for `Delta 15 N (o/oo)`: a number that is a name word, too.
                // "under-5 mortality" for `under5_mortality`: a number after the word it is
                // written into.
                let compound = |k: usize| {
                    col.words.iter().any(|w| w == words[k])
                        || words
                            .get(k + 1)
                            .is_some_and(|next| col.words.contains(&format!("{}{next}", words[k])))
                        || (k > 0 && col.words.contains(&format!("{}{}", words[k - 1], words[k])))
                };
                // "GDP per capita" for `gdpPercap`: a grammar word the name itself spells
                // ("per" starting `percap`) is part of the name.
                let spelled = |k: usize| {
                    let w = words[k];
                    words.get(k + 1).is_some_and(|next| {
                        col.words.iter().any(|n| {
                            n.len() > w.len() && n.starts_with(w) && next.starts_with(&n[w.len()..])
                        })
                    })
                };
                // "age group" for `agegp`: a grammar word that is a noun, after the first,
                // whose letters the name abbreviates ("gp" of "group") is part of the name.
                // Not a name's initials ("electronegativity against" is not `EA`).
                let whole_abbreviation = words.len() >= 2
                    && col.words.len() == 1
                    && col.words[0].len() >= words.len() + 2
                    && name_word_match(&col.words[0], &words) == Some(WordMatch::Abbreviation);
                // "police per capita" for `polpc`: so is "per" inside a whole abbreviation.
                let per_inside =
                    |k: usize| words[k] == "per" && whole_abbreviation && k + 1 < words.len();
                let abbreviated = |k: usize| {
                    per_inside(k)
                        || (k > 0
                            && NAME_NOUNS.contains(&words[k])
                            && (whole_abbreviation
                                || col.words.iter().any(|n| {
                                    name_word_match(n, &[words[k]]) == Some(WordMatch::Abbreviation)
                                })))
                };
                // "total employment" for `totemp`: a word of the whole abbreviated at the
                // start of a one-word name the span abbreviates is part of the name.
                let whole_first =
                    |k: usize| k == 0 && whole_abbreviation && whole_at_start(&col.words, words[0]);
                // "total price" for `total_pr`: a word of the whole said before the rest of a
                // name it is a word of. (Not "max temperature" for `max_temp`: "max" still
                // asks for the largest.)
                // So is "mean" of "mean radius" for `radius_mean` beside `radius_se` (the
                // mean asked for is the column's own).
                let name_word = |k: usize| {
                    k + 1 < words.len()
                        && col.words.len() >= 2
                        && (WHOLE.contains(&words[k])
                            || matches!(words[k], "mean" | "average" | "median"))
                        && col.words.iter().any(|n| n == words[k])
                };
                let grammar = words.iter().enumerate().any(|(k, w)| {
                    (KEYWORDS.contains(w)
                        && (charting || !is_chart_kind_word(w))
                        && !spelled(k)
                        && !abbreviated(k)
                        && !inside(w)
                        && !whole_first(k)
                        && !name_word(k))
                        || (w.parse::<f64>().is_ok() && !compound(k))
                }) && !qualified;
                if (grammar && !full) || (score < 0.3 && !qualified) {
                    continue;
                }
                // "the number of players in each position" beside a (jersey) `number`: "number
                // of" before the rows' own noun in the plural counts them. (Not "the number of
                // people speaking it" over languages: that may be the column.)
                if len == 1
                    && matches!(words[0], "number" | "count")
                    && tokens.get(start + 1).is_some_and(|t| t.lower == "of")
                    && tokens.get(start + 2).is_some_and(|t| {
                        singular(&t.lower) != t.lower
                            && schema.is_own_row_noun_in_any_number(&t.lower)
                    })
                {
                    continue;
                }
                // "the number of courses" over a `course` of titles a few rows share, or
                // beside a `course_num`: the things in the plural after "number of" are the
                // rows counted, not the column of their names nor one of a thing of theirs.
                // (A `favorite_count` is the number of favorites itself.)
                let said = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
                let thing_at = match len {
                    3 if matches!(said(start), "number" | "count") && said(start + 1) == "of" => {
                        Some(start + 2)
                    }
                    1 if start >= 2
                        && matches!(said(start - 2), "number" | "count")
                        && said(start - 1) == "of" =>
                    {
                        Some(start)
                    }
                    _ => None,
                };
                let counted_things = thing_at.is_some_and(|k| {
                    let thing = said(k);
                    singular(thing) != thing
                        && (schema.names_the_rows_it_is_named_for(&col.name)
                            || matches!(col.words.as_slice(), [named, _]
                                if named == singular(thing) && !col.number_of_things()))
                });
                if counted_things {
                    continue;
                }
                // "years of education" beside a `year` and an `educ`: the unit a numeric
                // column after "of" is counted in, not the column of that unit.
                if len == 1
                    && is_unit_of_count(words[0])
                    && tokens.get(start + 1).is_some_and(|t| t.lower == "of")
                    && tokens.get(start + 2).is_some_and(|t| {
                        schema.columns.iter().any(|c| {
                            c.kind == Kind::Number
                                && !c.words.iter().any(|w| same_noun(w, words[0]))
                                && c.words
                                    .iter()
                                    .any(|w| name_word_match(w, &[t.lower.as_str()]).is_some())
                        })
                    })
                {
                    continue;
                }
                // "how many sites" over `frog_sites` with a `NoOfSites`: the rows' own noun,
                // said without "number", is the rows, not the number of them.
                if len == 1
                    && col.number_of_things()
                    && schema.is_own_row_noun_in_any_number(words[0])
                    && !after_number_of(tokens, start)
                {
                    continue;
                }
                // "how many days" beside a yes/no `WorkDay`: a period alone is no kind of it.
                if len == 1
                    && PERIODS.contains(&singular(words[0]))
                    && col.binary
                    && col.words.len() >= 2
                {
                    continue;
                }
                // "the most common nest location" beside a `Common` (name): grammar.
                if len == 1
                    && words[0] == "common"
                    && start > 0
                    && matches!(tokens[start - 1].lower.as_str(), "most" | "least")
                {
                    continue;
                }
                // "colored by cut" beside a `color` column: the chart's word, not the column.
                if len == 1
                    && matches!(words[0], "colored" | "coloured")
                    && tokens.get(start + 1).is_some_and(|t| t.lower == "by")
                {
                    continue;
                }
                // "daily births", "monthly sales" over dated rows: a word of frequency is a
                // period of the date (`time::unit_mentions`), not a column named for the unit
                // (`day_of_year`, `month`), unless the name says that very word.
                // So is one right before another numeric column's name ("average weekly late
                // pickups" beside a `week` number): a rate, not that column.
                let before_a_number = || {
                    tokens.get(start + 1).is_some_and(|t| {
                        schema.columns.iter().any(|c| {
                            c.name != col.name
                                && c.kind == Kind::Number
                                && c.words
                                    .iter()
                                    .any(|w| name_word_match(w, &[t.lower.as_str()]).is_some())
                        })
                    })
                };
                if len == 1
                    && is_frequency(words[0])
                    && !col.words.iter().any(|w| w == words[0])
                    && (schema.columns.iter().any(|c| c.calendar) || before_a_number())
                {
                    continue;
                }
                // "the first quarter": an ordinal alone names a column only whole (`1st`),
                // not the number inside a longer name (`IE-1`).
                if len == 1 && !full && ordinal(words[0]).is_some() {
                    continue;
                }
                // "engine" for `engine` before `engines`: the name in the very form said.
                let exact = full && col.words.len() == words.len() && col.words == words;
                // "indomethacin" is a value of `rx`, not the letters of `id`: a name of two
                // letters read into a long word gives way to a value said whole.
                let two_letters =
                    col.words.len() == 1 && col.words[0].len() == 2 && words[0].len() > 7;
                // "chose charter" over a `mode` of charter beside `ccharter` and `pcharter`:
                // a value said whole beats a name that is the word after a letter or two.
                // (Also where the letter is read off the word before: "chose charter".)
                let last = words[words.len() - 1];
                let prefixed = col.words.len() == 1
                    && col.words[0].len() > last.len()
                    && col.words[0].len() <= last.len() + 2
                    && col.words[0].ends_with(last)
                    && is_value_word(schema, last);
                if prefixed && !exact {
                    continue;
                }
                if !exact
                    && len == 1
                    && (score < 0.5 || two_letters)
                    && is_value_word(schema, words[0])
                {
                    // "how many observations are hurricanes": a category's value said
                    // whole beats a small part of a long name (`hurricane_force_diameter`).
                    continue;
                }
                candidates.push((start, len, score + if exact { 0.001 } else { 0.0 }, ci));
            }
        }
    }
    // "highway mileage" for `hwy` described as "highway miles per gallon": the data
    // dictionary's words name the column too, below any match of its own name.
    for (ci, col) in schema.columns.iter().enumerate() {
        // A qualifier it says ("minimum temperature") is its word, not the question's
        // grammar, where the span says it too.
        let described: Vec<String> = col
            .described
            .iter()
            .filter(|w| {
                (!KEYWORDS.contains(&w.as_str()) || QUALIFIERS.contains(&w.as_str()))
                    && !LINKS.contains(&w.as_str())
            })
            .cloned()
            .collect();
        if described.is_empty() {
            continue;
        }
        for start in 0..tokens.len() {
            for len in 1..=3.min(tokens.len() - start) {
                let words: Vec<&str> = tokens[start..start + len]
                    .iter()
                    .map(|t| t.lower.as_str())
                    .collect();
                let grammar = |w: &&str| {
                    (KEYWORDS.contains(w)
                        && !(QUALIFIERS.contains(w) && described.iter().any(|d| d == w)))
                        || w.parse::<f64>().is_ok()
                        || is_superlative(w)
                };
                if words.iter().any(grammar) {
                    continue;
                }
                if let Some(share) = span_score(&described, &words, word_weight) {
                    candidates.push((start, len, 0.5 + 0.4 * share, ci));
                }
            }
        }
    }
    // "heating value" for `HHV` (higher heating value): a one-word name of the initials of
    // the words said after one letter that qualifies them (see `qualified_initials`).
    for (ci, col) in schema.columns.iter().enumerate() {
        let [name] = col.words.as_slice() else {
            continue;
        };
        let len = name.len().saturating_sub(1);
        if len < 2 {
            continue;
        }
        for start in 0..tokens.len().saturating_sub(len - 1) {
            let words: Vec<&str> = tokens[start..start + len]
                .iter()
                .map(|t| t.lower.as_str())
                .collect();
            // Not the initials of a value ("Oriol Servià" is no `Pos`).
            let of_a_value = || {
                words.iter().any(|w| {
                    schema.columns.iter().any(|c| {
                        c.values.iter().flatten().any(|v| {
                            v.split_whitespace()
                                .any(|part| part.eq_ignore_ascii_case(w))
                        })
                    })
                })
            };
            if qualified_initials(name, &words)
                && !another_columns_name(schema, col, &words)
                && !of_a_value()
            {
                candidates.push((start, len, 0.85, ci));
            }
        }
    }
    // "which airline reported the most strikes" over an `operator` of `DELTA AIRLINES`,
    // `UNITED AIRLINES`: after a word that asks for one thing or each (which, each, per,
    // by), the kind of thing a column's values are named as names the column, when no
    // column's own name says it.
    for (ci, col) in schema.columns.iter().enumerate() {
        let Some(head) = &col.head_of_values else {
            continue;
        };
        let named = |word: &str| {
            schema
                .columns
                .iter()
                .any(|c| c.words.iter().any(|w| same_noun(w, word)))
        };
        for start in 1..tokens.len() {
            let word = tokens[start].lower.as_str();
            if ENTITY_ASKERS.contains(&tokens[start - 1].lower.as_str())
                && singular(word) == head
                && !named(word)
            {
                candidates.push((start, 1, 0.85, ci));
            }
        }
    }
    // "how many babies were born" for `births`: a verb of what a one-word name holds.
    for (ci, col) in schema.columns.iter().enumerate() {
        let [name] = col.words.as_slice() else {
            continue;
        };
        for (start, t) in tokens.iter().enumerate() {
            if verb_of_noun(&t.lower, name) {
                candidates.push((start, 1, 0.9, ci));
            }
        }
    }
    // "in week 12", "per week" over a `Time` of 1 to 12 with no date: the period a table
    // counts its time in names its one column of time.
    if !schema.columns.iter().any(|c| c.kind == Kind::Time) {
        let mut clocks = schema.columns.iter().enumerate().filter(|(_, c)| {
            c.kind == Kind::Number
                && matches!(c.words.as_slice(), [w] if matches!(w.as_str(), "time" | "period" | "wave"))
                && c.range.is_some_and(|(lo, hi)| lo >= 0.0 && hi <= 1000.0)
        });
        if let (Some((ci, _)), None) = (clocks.next(), clocks.next()) {
            for (start, t) in tokens.iter().enumerate() {
                let period = singular(&t.lower);
                let named = schema
                    .columns
                    .iter()
                    .any(|c| c.words.iter().any(|w| singular(w) == period));
                if PERIODS.contains(&period) && !named {
                    candidates.push((start, 1, 0.9, ci));
                }
            }
        }
    }
    // "more than 100 million people" for `population`: people counted after an amount are
    // the column of how many people there are.
    for (start, t) in tokens.iter().enumerate() {
        // "by how many people did the population grow", where the rows are no people.
        let how_many = start >= 2
            && tokens[start - 2].lower == "how"
            && tokens[start - 1].lower == "many"
            && !schema.is_row_noun(&t.lower)
            && !schema.rows_are_people();
        let after_amount = how_many
            || (start > 0
                && (tokens[start - 1].number().is_some()
                    || matches!(
                        tokens[start - 1].lower.as_str(),
                        "million" | "thousand" | "billion"
                    )));
        // Not "per 100,000 people": a rate's base.
        let per = tokens[start.saturating_sub(3)..start]
            .iter()
            .any(|t| t.lower == "per");
        if after_amount
            && !per
            && PEOPLE.contains(&t.lower.as_str())
            && let Some(population) = schema.population()
            && let Some(ci) = schema
                .columns
                .iter()
                .position(|c| c.name == population.name)
        {
            candidates.push((start, 1, 0.9, ci));
        }
    }
    // "won the most games", "win 100 or more games" over `wins`: the noun the verb of a
    // column takes after its amount only counts what the column holds; it names no other
    // column (`home_games`, `games_played`).
    let objects: Vec<usize> = (0..tokens.len())
        .filter(|&k| {
            schema
                .columns
                .iter()
                .any(|c| matches!(c.words.as_slice(), [n] if verb_of_noun(&tokens[k].lower, n)))
        })
        .filter_map(|k| {
            (k + 1..tokens.len().min(k + 6)).find(|&j| {
                let w = tokens[j].lower.as_str();
                tokens[j].number().is_none()
                    && !matches!(
                        w,
                        "the"
                            | "a"
                            | "most"
                            | "fewest"
                            | "least"
                            | "more"
                            | "fewer"
                            | "or"
                            | "than"
                            | "at"
                    )
            })
        })
        .filter(|&j| j > 0 && tokens[j].lower != singular(&tokens[j].lower))
        .collect();
    candidates.retain(|&(start, len, _, ci)| {
        !(len == 1
            && objects.contains(&start)
            && !matches!(schema.columns[ci].words.as_slice(), [n] if verb_of_noun(&tokens[start].lower, n)))
    });
    // "population under 15" for `pop15`, "the population is over 75" for `pop75`: a name
    // that is a word's first letters and a number is that word with the number as its
    // bracket (the age, the size).
    for (ci, col) in schema.columns.iter().enumerate() {
        if let [name] = col.words.as_slice()
            && let Some((stem, number)) = stem_and_number(name)
        {
            for (start, len) in bracketed(tokens, stem, number) {
                candidates.push((start, len, 1.0, ci));
            }
            for start in numbered_by_its_word(tokens, stem, number) {
                candidates.push((start, 2, 1.0, ci));
            }
        }
    }
    // "the uninsured rate in 2013" for `uni2013` beside `uni2015`, "height in 1997" for
    // `Hgt97`: a name of a stem and a year (in four figures or its last two) is a word the
    // stem begins or abbreviates, with that year said anywhere in the question.
    for (ci, col) in schema.columns.iter().enumerate() {
        if let [name] = col.words.as_slice()
            && let Some((stem, year)) = stem_and_number(name)
            && said_year(tokens, year).is_some()
        {
            for (start, t) in tokens.iter().enumerate() {
                let begun =
                    stem.len() >= 3 && t.lower.len() > stem.len() && t.lower.starts_with(stem);
                let abbreviated = !KEYWORDS.contains(&t.lower.as_str())
                    && t.lower.chars().all(char::is_alphabetic)
                    && name_word_match(stem, &[t.lower.as_str()])
                        .is_some_and(|m| m != WordMatch::Typo);
                if begun || abbreviated {
                    candidates.push((start, 1, 0.95, ci));
                }
            }
        }
    }
    // "the fastest 800 metres", "200 m time", "800m" for `run800m`: the number and unit a
    // name writes are that name.
    for (ci, col) in schema.columns.iter().enumerate() {
        for (number, said) in col.words.iter().filter_map(|w| distance_in(w)) {
            for (start, t) in tokens.iter().enumerate() {
                let unit_after = tokens
                    .get(start + 1)
                    .is_some_and(|u| said.contains(&u.lower.as_str()));
                if t.lower == number && unit_after {
                    candidates.push((start, 2, 1.0, ci));
                } else if t
                    .lower
                    .strip_prefix(number)
                    .is_some_and(|unit| said.contains(&unit))
                {
                    candidates.push((start, 1, 1.0, ci));
                }
            }
        }
    }
    // "mpg" for `Miles_per_Gallon`: the initials of a name of several words.
    for (ci, col) in schema.columns.iter().enumerate() {
        let Some(short) = initials(&col.words) else {
            continue;
        };
        for (start, t) in tokens.iter().enumerate() {
            if t.lower == short && !KEYWORDS.contains(&t.lower.as_str()) {
                candidates.push((start, 1, 1.0, ci));
            }
        }
    }
    // "math score" for `tmathssk`, "reading" for `treadssk`, "class" for `classk`: a word
    // of four letters or more spelt inside one name of one word and no other, between
    // short tags (two letters before at most, three after), not another word ("coach" is
    // not `coachexper`, "rate" not `tbilrate`).
    let tagged = |n: &str, w: &str| {
        n.len() > w.len()
            && n.match_indices(w)
                .any(|(at, _)| at <= 2 && n.len() - at - w.len() <= 3)
    };
    for (start, t) in tokens.iter().enumerate() {
        let w = t
            .lower
            .strip_suffix("ing")
            .filter(|s| s.len() >= 4)
            .unwrap_or(&t.lower);
        if w.len() < 4 || !w.chars().all(char::is_alphabetic) || KEYWORDS.contains(&w) {
            continue;
        }
        let mut inside = schema
            .columns
            .iter()
            .enumerate()
            .filter(|(_, c)| matches!(c.words.as_slice(), [n] if tagged(n, w)));
        if let (Some((ci, _)), None) = (inside.next(), inside.next()) {
            candidates.push((start, 1, 0.55, ci));
        }
    }
    // "day of the week" for `dow`, "date of birth" for `dob`: a name of three letters that
    // are the initials of a noun, "of" and a noun ("the" left out).
    for (ci, col) in schema.columns.iter().enumerate() {
        if let [name] = col.words.as_slice()
            && let Some((start, len)) = initials_with_of(schema, tokens, name)
        {
            candidates.push((start, len, 1.0, ci));
        }
    }
    // "weight" beside `Height` and `Weight (lbs.)`: a word some name says as it is is never
    // read as a misspelling of another name, however short the first name's match.
    let says = |c: &ColumnRef, w: &str| {
        c.words
            .iter()
            .any(|n| name_word_match(n, &[w]) == Some(WordMatch::Same))
    };
    let typo_only = |c: &ColumnRef, w: &str| {
        c.words
            .iter()
            .filter_map(|n| name_word_match(n, &[w]))
            .max()
            == Some(WordMatch::Typo)
    };
    candidates.retain(|&(start, len, _, ci)| {
        let w = tokens[start].lower.as_str();
        len != 1 || !typo_only(&schema.columns[ci], w) || !schema.columns.iter().any(|c| says(c, w))
    });
    // "unit sales" beside `US` and `Sales`: a name that is only the initials of the words
    // said gives way when one of those words is another column's whole name.
    candidates.retain(|&(start, len, _, ci)| {
        let said = &tokens[start..start + len];
        let name = &schema.columns[ci].words;
        let initials_only = len >= 2
            && name.len() == 1
            && name[0].chars().count() == len
            && said
                .iter()
                .zip(name[0].chars())
                .all(|(t, c)| t.lower.starts_with(c));
        !initials_only
            || !said.iter().any(|t| {
                schema
                    .columns
                    .iter()
                    .enumerate()
                    .any(|(k, c)| k != ci && c.words.len() == 1 && same_noun(&c.words[0], &t.lower))
            })
    });
    // "evaluation score" beside `score` and `cls_perc_eval`: one word that names only part
    // of a name, right before a word that is another column's whole name, qualifies that
    // column.
    // "income verification status" beside `annual_inc` and `verification_status`: so does
    // one before another column's whole name of several words.
    candidates.retain(|&(start, len, score, ci)| {
        let whole_name_next = |c: &ColumnRef| {
            !c.words.is_empty()
                && c.words.len() <= 3
                && c.words.iter().enumerate().all(|(j, w)| {
                    tokens
                        .get(start + 1 + j)
                        .is_some_and(|t| same_noun(w, &t.lower))
                })
        };
        len != 1
            || score >= 0.99
            || !schema
                .columns
                .iter()
                .enumerate()
                .any(|(k, c)| k != ci && whole_name_next(c))
    });
    // "by primary substance" beside `substance` and `pss_fr`: a span that leaves part of
    // its column's name unsaid (below the credit of a whole abbreviation, 0.85) gives way to
    // a column its last word, the phrase's head noun, names whole. ("career hits" stays
    // `CHits`, all of whose name it abbreviates, beside `Hits`.)
    let whole_heads: Vec<(usize, usize)> = candidates
        .iter()
        .filter(|c| c.1 == 1 && c.2 >= 0.99)
        .map(|c| (c.0, c.3))
        .collect();
    candidates.retain(|&(start, len, score, ci)| {
        !(len >= 2
            && score < 0.8
            && whole_heads
                .iter()
                .any(|&(at, k)| k != ci && at == start + len - 1))
    });
    // "the most retweets", "average number of favorites" beside `is_retweet` and
    // `retweet_count`: a plural said as an amount is the one column that counts that thing.
    for c in candidates.iter_mut() {
        let (start, len, _, ci) = *c;
        let word = tokens[start].lower.as_str();
        let as_an_amount = start > 0
            && matches!(
                tokens[start - 1].lower.as_str(),
                "most" | "fewest" | "average" | "total" | "many" | "more" | "fewer" | "of"
            );
        let col = &schema.columns[ci];
        if len == 1
            && as_an_amount
            && singular(word) != word
            && col.number_of_things()
            && col.words.iter().any(|w| w == singular(word))
        {
            c.2 = c.2.max(1.0) + 0.01;
        }
    }
    candidates.sort_by(|a, b| {
        (b.1, b.2)
            .partial_cmp(&(a.1, a.2))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut spans = Vec::new();
    let mut asked: Vec<usize> = Vec::new();
    for &(start, len, score, ci) in &candidates {
        if used[start..start + len].iter().any(|u| *u) {
            continue;
        }
        let mut chosen = ci;
        if score < 0.99 {
            // "the coldest low" beside `low_hg`, `low_temp`, `low_vis`: a qualifier said
            // alone names each of them as well, whatever short unit one name adds.
            let qualifier_alone = len == 1 && QUALIFIERS.contains(&tokens[start].lower.as_str());
            let mut tied: Vec<usize> = vec![ci];
            tied.extend(
                candidates
                    .iter()
                    .filter(|c| {
                        c.0 == start
                            && c.1 == len
                            && c.3 != ci
                            && (c.2 >= score * 0.75 || qualifier_alone)
                    })
                    .map(|c| c.3),
            );
            let said: Vec<&str> = tokens[start..start + len]
                .iter()
                .map(|t| t.lower.as_str())
                .collect();
            let mut elsewhere: Vec<String> = tokens
                .iter()
                .enumerate()
                .filter(|(k, _)| !(start..start + len).contains(k))
                .map(|(_, t)| t.lower.clone())
                .collect();
            // "in the first 7 days" says `7day` in two words.
            let pairs: Vec<String> = elsewhere.windows(2).map(|w| w.concat()).collect();
            elsewhere.extend(pairs);
            // "the coldest low": an adjective says its quantity (a temperature).
            let hinted: Vec<String> = elsewhere
                .iter()
                .flat_map(|w| superlative_hint(w).iter().chain(comparative_hint(w)))
                .map(|h| h.to_string())
                .collect();
            elsewhere.extend(hinted);
            let elsewhere: Vec<&str> = elsewhere.iter().map(String::as_str).collect();
            // "the least rainfall across Australia" beside `seRain`, `swRain` (whose short
            // first words weigh little) and `ausRain`: a column the rest of the question
            // completes is read too.
            // (Only where the question says nothing of the tied columns' own other words:
            // "Grinnell's points" keeps `GrPoint` beside `OppPoint`.)
            let tied_said = tied
                .iter()
                .any(|&k| completed_by_context(schema, k, &said, &elsewhere));
            let completed: Vec<usize> = candidates
                .iter()
                .filter(|c| {
                    c.0 == start
                        && c.1 == len
                        && !tied_said
                        && !tied.contains(&c.3)
                        && completed_by_context(schema, c.3, &said, &elsewhere)
                })
                .map(|c| c.3)
                .collect();
            tied.extend(completed);
            let pick = quantity_over_its_kind(schema, &tied)
                .or_else(|| of_the_year_said(schema, &tied, tokens, &said, &elsewhere))
                .or_else(|| letter_said_before(schema, &tied, &said, &elsewhere))
                .or_else(|| described_over_coded(schema, &tied, &said))
                .or_else(|| names_over_numbers(schema, &tied, &said))
                .or_else(|| plainest(schema, &tied, &said))
                .or_else(|| truncated(schema, &tied, &said))
                .or_else(|| contracted(schema, &tied, &said))
                .or_else(|| said_whole(schema, &tied, &said))
                .or_else(|| by_context(schema, &tied, &said, &elsewhere))
                .or_else(|| the_primary(schema, &tied, &said))
                .or_else(|| the_stem_of_the_others(schema, &tied))
                .or_else(|| the_affirmed(schema, &tied, tokens));
            // "the licensed pets" over `seattle_pet_licenses` with `license_number` and
            // `license_issue_date`: a participle of the rows' own noun says what every row
            // is, and names none of the columns that share it.
            let of_the_rows = pick.is_none()
                && tied.len() > 1
                && len == 1
                && is_participle(said[0])
                && schema.name_noun.as_deref().is_some_and(|n| {
                    let n = singular(n);
                    said[0].strip_suffix('d').is_some_and(|s| s == n)
                        || said[0].strip_suffix("ed").is_some_and(|s| s == n)
                });
            if of_the_rows {
                used[start] = true;
                continue;
            }
            // "the freedom of expression score" over `pf_expression` and `pf_score`,
            // `ef_score`, ...: a generic head that could be any of several columns, right
            // after another column's name, is that name's own last word.
            let head_of_the_name_before = pick.is_none()
                && tied.len() > 1
                && len == 1
                && GENERIC_HEADS.contains(&said[0])
                && spans.iter().any(|s: &(usize, usize, String)| s.1 == start);
            if head_of_the_name_before {
                used[start] = true;
                continue;
            }
            match pick {
                Some(plain) => chosen = plain,
                None if tied.len() > 1 && out.ambiguous.is_none() => {
                    let word: Vec<&str> = tokens[start..start + len]
                        .iter()
                        .map(|t| t.raw.as_str())
                        .collect();
                    let all = tied
                        .iter()
                        .map(|&k| schema.columns[k].name.clone())
                        .collect();
                    out.ambiguous = Some((word.join(" "), all));
                }
                None => {}
            }
        }
        used[start..start + len].iter_mut().for_each(|u| *u = true);
        // "total population" for `poptotal`: an aggregate word spelt inside the name still
        // asks for its aggregate ("average total population" asks for the mean).
        let name = &schema.columns[chosen].words;
        asked.extend((start..start + len).filter(|&k| {
            let w = tokens[k].lower.as_str();
            len > 1
                && agg_word(w).is_some()
                && (spelt_inside(name, w) || (k == start && whole_at_start(name, w)))
        }));
        spans.push((start, start + len, schema.columns[chosen].name.clone()));
    }
    for k in asked {
        used[k] = false;
    }
    // The year of `uni2013`, `Hgt97` or `mortality_2018` is the name's, not a condition.
    for (_, _, column) in &spans {
        let Some(c) = schema.get(column) else {
            continue;
        };
        for year in c.words.iter().filter_map(|w| year_in_name(w)) {
            if let Some(k) = said_year(tokens, year) {
                used[k] = true;
            }
        }
    }
    spans.sort_by_key(|s| s.0);
    noun_before_its_head(schema, tokens, &mut spans);
    spans
}

/// Nouns that end the name of many measures: a score, a rate, an index.
const GENERIC_HEADS: &[&str] = &[
    "score", "scores", "rate", "rates", "index", "value", "values", "level", "levels",
];

/// "box plot of cost by travel mode", "which travel mode ..." over a numeric `travel` (a
/// time) and a text `mode`: after "by" (or "which"), a word naming a numeric column whole right before one naming a text column
/// whole qualifies it, as a noun before its head does; the group is the text column.
fn noun_before_its_head(
    schema: &Schema,
    tokens: &[Token],
    spans: &mut Vec<(usize, usize, String)>,
) {
    let whole = |span: &(usize, usize, String), kind: Kind| {
        span.1 == span.0 + 1
            && schema.get(&span.2).is_some_and(|c| {
                c.kind == kind
                    && matches!(c.words.as_slice(), [w] if same_noun(w, &tokens[span.0].lower))
            })
    };
    // (Or after "each", "per", "every": "total drinkers in each wage class" over a numeric
    // `wage` and a text `class` groups by the class.)
    let after_by = |a: &(usize, usize, String)| {
        a.0 > 0
            && matches!(
                tokens[a.0 - 1].lower.as_str(),
                "by" | "which" | "what" | "each" | "per" | "every"
            )
    };
    let qualifiers: Vec<usize> = spans
        .windows(2)
        .enumerate()
        .filter(|(_, pair)| {
            let (a, b) = (&pair[0], &pair[1]);
            a.1 == b.0 && after_by(a) && whole(a, Kind::Number) && whole(b, Kind::Text)
        })
        .map(|(k, _)| k)
        .collect();
    for k in qualifiers.into_iter().rev() {
        spans.remove(k);
    }
    // "which age group" over `Age` and a car `Group`: a generic noun of kinds after a
    // column's whole name only says it holds kinds; it is not the other column.
    let kinds: Vec<usize> = spans
        .windows(2)
        .enumerate()
        .filter(|(_, pair)| {
            let (a, b) = (&pair[0], &pair[1]);
            let kind_word = KIND_WORDS.contains(&singular(&tokens[b.0].lower));
            a.1 == b.0
                && after_by(a)
                && kind_word
                && b.1 == b.0 + 1
                && (whole(a, Kind::Text) || whole(a, Kind::Number))
        })
        .map(|(k, _)| k + 1)
        .collect();
    for k in kinds.into_iter().rev() {
        spans.remove(k);
    }
}

/// The words that put a bracket's number after a noun ("under 15", "over 75").
const BRACKET: &[&str] = &["under", "over", "above", "below", "aged"];

/// "CESD score" beside `cesd`, `mcs` and `pcs`: a word that is another column's whole name
/// is that column's, not a letter of `col`'s initials.
fn another_columns_name(schema: &Schema, col: &ColumnRef, words: &[&str]) -> bool {
    words.iter().any(|w| {
        schema
            .columns
            .iter()
            .any(|o| o.name != col.name && matches!(o.words.as_slice(), [n] if n == w))
    })
}

/// Where the question says the word a name's stem stands for with the name's number, as
/// one of a numbered run of columns (`wk1` to `wk76`): "week 20" or "wk 20" for `wk20`,
/// "the first week" for `wk1`. The start of each two-word span.
fn numbered_by_its_word(tokens: &[Token], stem: &str, number: &str) -> Vec<usize> {
    let Ok(n) = number.parse::<f64>() else {
        return Vec::new();
    };
    let names_stem = |t: &Token| {
        t.lower.chars().all(char::is_alphabetic)
            && !KEYWORDS.contains(&t.lower.as_str())
            && name_word_match(stem, &[t.lower.as_str()])
                .is_some_and(|m| m >= WordMatch::Abbreviation)
    };
    (0..tokens.len().saturating_sub(1))
        .filter(|&k| {
            let (a, b) = (&tokens[k], &tokens[k + 1]);
            (names_stem(a) && b.number() == Some(n))
                || (ordinal(&a.lower) == Some(n) && names_stem(b))
        })
        .collect()
}

/// The spans (start, length) that say a word `stem` begins, then a bracket word and
/// `number`, with at most one "is"/"are" between ("population is under 15").
pub(super) fn bracketed(tokens: &[Token], stem: &str, number: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for (start, t) in tokens.iter().enumerate() {
        if !t.lower.starts_with(stem) {
            continue;
        }
        let mut at = start + 1;
        if tokens
            .get(at)
            .is_some_and(|v| matches!(v.lower.as_str(), "is" | "are" | "was" | "were"))
        {
            at += 1;
        }
        let said = |k: usize| tokens.get(k).map(|t| t.lower.as_str());
        if said(at).is_some_and(|w| BRACKET.contains(&w)) && said(at + 1) == Some(number) {
            spans.push((start, at + 2 - start));
        }
    }
    spans
}

/// Whether the grammar word `w` is spelt whole inside a one-word name ("total" in
/// `poptotal`), and so is part of it.
fn spelt_inside(name: &[String], w: &str) -> bool {
    w.len() >= 4 && matches!(name, [n] if n.len() > w.len() && n.contains(w))
}

/// Whether `w`, a word of the whole ("total", "gross"), starts a one-word name in short
/// ("tot" of `totemp`), so that "total employment" may abbreviate it.
fn whole_at_start(name: &[String], w: &str) -> bool {
    WHOLE.contains(&w)
        && w.len() >= 4
        && matches!(name, [n] if n.len() > 3 && n.starts_with(&w[..3]) && !n.starts_with(w))
}

/// Whether the word at `start` comes after "number of" ("no of", "count of").
pub(super) fn after_number_of(tokens: &[Token], start: usize) -> bool {
    start >= 2
        && tokens[start - 1].lower == "of"
        && matches!(tokens[start - 2].lower.as_str(), "number" | "no" | "count")
}

/// Whether `word` is a one-word value of a text column, in either number.
pub(super) fn is_value_word(schema: &Schema, word: &str) -> bool {
    let one = singular(word);
    schema.columns.iter().any(|c| {
        c.values.iter().flatten().any(|v| {
            // "indomethacin" of `1_indomethacin`: the label of a numbered value.
            let v = after_its_number(v).unwrap_or(v);
            v.eq_ignore_ascii_case(word) || v.eq_ignore_ascii_case(one)
        })
    })
}
