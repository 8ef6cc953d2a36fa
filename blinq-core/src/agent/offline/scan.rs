//! Reading a question: find column mentions, filter values, numbers and keywords.

use std::ops::RangeInclusive;

use super::across::spanned_by_across;
use super::against::one_column_against_another;
use super::beside::{as_listed, step_before};
use super::choice::choice_between;
use super::counted::counted_rows;
use super::difference::difference_between;
use super::found::{Mention, Role, Scan};
use super::intent::{AggFunc, Beside, Bucket, Cmp, DatePart, Filter, Order, SameAs};
use super::keywords::{
    ASKING, AUXILIARIES, KEYWORDS, PER_UNITS, PERIODS, UNITS, agg_word, asks_yes_or_no,
    chart_asked, comparative_hint, is_chart_kind_word, is_share_word, is_superlative, keywords,
    pronoun_one, share_words, superlative_hint,
};
use super::matching::{
    WordMatch, compound_of, contraction, name_word_match, qualified_initials, span_score,
    spelled_by_prefixes,
};
use super::missing::{absence, surrounds_absence};
use super::numbers::{
    comparison, number_filters, number_value, whole_dates, within_the_top, year_text_column,
};
use super::outcome::outcomes_said;
use super::refine::{REFINEMENTS, flag_value, how_many_at, resolve_by_direction};
use super::same::same_column_as;
use super::schema::{ColumnRef, Kind, Schema};
use super::sign::losses_and_profits;
use super::time::{bucket_name, is_frequency, unit_mentions};
use super::total::noun_of_the_total;
use super::values::{
    coordinated_letter_codes, coordinated_values, letter_codes, match_values, sex_codes,
};
use super::words::{
    ADJECTIVE_ENDINGS, NEGATIONS, PAST, PEOPLE, PERSONS, Token, after_its_number, distance_in,
    is_participle, opposite_state, ordinal, same_noun, same_stem, sex_of, singular,
    stem_and_number, synonym, tokenize, verb_of_noun, word_weight,
};
use super::year_named::{of_the_year_said, said_year, year_in_name};

const ROLE_STOP: &[&str] = &["the", "a", "an", "their", "its"];

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

/// Scan a question against a schema.
pub(crate) fn scan(schema: &Schema, question: &str) -> Scan {
    let tokens = ranked_participles(schema, tokenize(question));
    let mut used = vec![false; tokens.len()];
    let mut out = Scan::default();
    // "entered on 2 january 1994": a whole date is a day of a date column, before any text
    // value written the same way is looked for.
    whole_dates(schema, &tokens, &mut used, &mut out);
    // "on a Saturday or a Sunday": the day of the week of the date column.
    super::weekday::weekdays(schema, &tokens, &mut used, &mut out);
    // "free shipping": a price of nothing.
    super::free::free_things(schema, &tokens, &mut used, &mut out);
    // "arrived late", "left early", "on time": the sign of the delay the verb points to.
    super::timeliness::late_or_early(schema, &tokens, &mut used, &mut out);
    // "before 6 in the morning", "after 9 pm": a time of day on the column of hours.
    super::hour_of_day::clock_hours(schema, &tokens, &mut used, &mut out);
    // "in the southern hemisphere": the sign of the latitude.
    super::hemisphere::halves_of_the_globe(schema, &tokens, &mut used, &mut out);
    // A phrase of several words that is a value ("assistant professors", "transition
    // metals", "travel frequently") is that value, even where one of its words also names
    // the rows or a column.
    let mut phrase_values = match_values(schema, &tokens, &mut used, 2);
    phrase_values.extend(coordinated_values(schema, &tokens, &mut used));
    // "survival rate" in `titanic_survival`: a rate of a yes/no column before the name
    // words of the data are taken for its rows.
    flag_rates(schema, &tokens, &mut used, &mut out);
    flag_and_its_negation(schema, &tokens, &mut used, &mut out);
    with_and_without(schema, &tokens, &mut used, &mut out);
    flag_and_the_rest(schema, &tokens, &mut used, &mut out);
    flag_and_its_opposite(schema, &tokens, &mut used, &mut out);
    both_sexes(schema, &tokens, &mut used, &mut out);
    let mut flag_filters = flag_forms(schema, &tokens, &mut used);
    // "ended in a draw", "did the home team win": the scores by side compared.
    flag_filters.extend(super::outcome::margins_said(schema, &tokens, &mut used));
    // "granted leave", "turned down": the yes or no of the column of decisions.
    flag_filters.extend(super::verdict::verdicts_said(schema, &tokens, &mut used));
    out.asks = tokens.iter().any(|t| ASKING.contains(&t.lower.as_str()));
    out.consecutive = super::streak::consecutive(&tokens, &mut used);
    distinct_things(schema, &tokens, &mut used, &mut out);
    let named_by_columns = column_phrase_words(schema, &tokens, &used);
    // Nouns that mean rows ("how many penguins") take precedence over column names.
    for (i, t) in tokens.iter().enumerate() {
        let next = tokens.get(i + 1).map(|t| t.lower.as_str());
        let names_chart = matches!(next, Some("chart" | "graph" | "plot" | "diagram"));
        // "7-day viewers", "a 30 day window": a noun after a number is a measure's unit.
        let after_number = i > 0 && tokens[i - 1].number().is_some();
        // "per day" is the date column's (see `unit_mentions`).
        let per_day = t.lower == "day"
            && i > 0
            && matches!(
                tokens[i - 1].lower.as_str(),
                "by" | "per" | "each" | "every"
            );
        // "how many purchases" over `orange_juice_purchases` with a `Purchase` of two
        // brands: the rows are counted, not the column's few values.
        let counted_here = (i >= 2 && tokens[i - 2].lower == "how" && tokens[i - 1].lower == "many")
                || (i >= 1 && matches!(tokens[i - 1].lower.as_str(), "most" | "fewest"))
                // "number of purchases per week".
                || (i >= 2
                    && matches!(tokens[i - 2].lower.as_str(), "number" | "count")
                    && tokens[i - 1].lower == "of");
        let rows_over_a_category = counted_here
            && singular(&t.lower) != t.lower
            && schema
                .name_noun
                .as_deref()
                .is_some_and(|n| same_noun(n, &t.lower))
            && schema.columns.iter().any(|c| {
                c.kind == Kind::Text
                    && c.words.len() == 1
                    && same_noun(&c.words[0], &t.lower)
                    && c.values.as_ref().is_some_and(|v| v.len() <= 5)
            });
        // "how many games did Grinnell win" over a `Game` that numbers the games: the
        // rows, not a sum of their numbers.
        let rows_numbered = singular(&t.lower) != t.lower
            && schema.columns.iter().any(|c| {
                c.words.len() == 1 && same_noun(&c.words[0], &t.lower) && schema.numbers_the_rows(c)
            });
        // "remote developers" over `stack_overflow_developers` with `Web_developer` and
        // `Mobile_developer` flags: the dataset's own noun is its rows, not one kind of them.
        // "web developers" is still `Web_developer`.
        let kinds: Vec<&ColumnRef> = schema
            .columns
            .iter()
            .filter(|c| c.words.iter().any(|w| same_noun(w, &t.lower)))
            .collect();
        let kind_said = i > 0
            && kinds
                .iter()
                .any(|c| c.words.iter().any(|w| same_noun(w, &tokens[i - 1].lower)));
        let rows_of_kinds = schema
            .name_noun
            .as_deref()
            .is_some_and(|n| same_noun(n, &t.lower))
            && kinds.len() >= 2
            && kinds.iter().all(|c| c.binary && c.words.len() >= 2)
            && !kind_said;
        // "individuals affected per breach" over `breaches` with a `Breach.Submission.Date`:
        // after "per", the rows' noun in the singular is still one row.
        let per_one = i > 0
            && tokens[i - 1].lower == "per"
            && singular(&t.lower) == t.lower
            && schema.row_nouns.contains(&t.lower)
            // "per day", "per year": a period, never a row.
            && !PERIODS.contains(&t.lower.as_str());
        let rows_over_a_category =
            rows_over_a_category || rows_numbered || rows_of_kinds || per_one;
        if (schema.is_row_noun(&t.lower) || rows_over_a_category)
            && !names_chart
            && !after_number
            && !per_day
            && (!named_by_columns[i] || rows_over_a_category)
            // "no cancer cases" over `ncases`: a noun before a column's word qualifies it.
            && !named_by_columns.get(i + 1).is_some_and(|n| *n)
        {
            used[i] = true;
            out.rows_noun = true;
            // "which car has the highest ...": the answer is a row.
            let before = if i > 0 {
                tokens[i - 1].lower.as_str()
            } else {
                ""
            };
            // "the most expensive car": "most" two words before.
            // "the highest-rated film": a superlative before the column said before it.
            let most_before = i >= 2
                && (matches!(tokens[i - 2].lower.as_str(), "most" | "least")
                    || (is_superlative(&tokens[i - 2].lower)
                        && schema.columns.iter().any(|c| {
                            c.kind == Kind::Number
                                && c.words.iter().any(|w| {
                                    name_word_match(w, &[tokens[i - 1].lower.as_str()]).is_some()
                                })
                        })));
            let extreme = !superlative_hint(before).is_empty()
                || most_before
                || matches!(
                    before,
                    "highest" | "lowest" | "largest" | "smallest" | "biggest"
                );
            if matches!(before, "which" | "what") || extreme {
                out.which_row = true;
            }
            // "which biomass sample ..." over a text `sample`: the noun of the rows is the
            // whole name of the column that names them.
            if out.subject_noun.is_none() && schema.text_column_named(&t.lower).is_some() {
                out.subject_noun = Some(t.lower.clone());
            }
            // "per season" over `team_seasons` is a time: the seasons of a year axis, not
            // a line per row.
            let a_time = PERIODS.contains(&singular(&t.lower)) || singular(&t.lower) == "season";
            if matches!(before, "each" | "per" | "every") && !a_time {
                out.per_row = true;
                // "average price of each stock" with a `symbol` column of repeated names:
                // the rows' noun is a synonym of that column, so each is a group of it.
                // Or, with none, a `name` column whose names repeat (twice each at least,
                // on average): "maximum wind of each storm" over observations of storms.
                let named = schema
                    .columns
                    .iter()
                    .find(|c| {
                        c.kind == Kind::Text
                            && !c.unique
                            && c.values.is_some()
                            && c.words.iter().any(|w| synonym(&t.lower, w))
                    })
                    .or_else(|| {
                        schema.columns.iter().find(|c| {
                            c.kind == Kind::Text
                                && c.words == ["name"]
                                && c.values
                                    .as_ref()
                                    .is_some_and(|v| v.len() * 2 <= schema.rows)
                        })
                    });
                if let Some(c) = named {
                    out.mentions.push(Mention {
                        column: c.name.clone(),
                        role: Role::Group,
                        agg: None,
                    });
                }
            }
        }
    }
    if tokens.iter().any(|t| t.lower == "when") {
        out.which_row = true;
        out.time_asked = true;
    }
    // "on which day was the fastest pace": the row's date names it.
    if tokens.windows(2).any(|w| {
        matches!(w[0].lower.as_str(), "which" | "what")
            && matches!(w[1].lower.as_str(), "day" | "date")
    }) {
        out.time_asked = true;
    }
    out.as_listed = as_listed(&tokens);
    out.one_asked = one_asked(&tokens);
    out.yes_no = asks_yes_or_no(&tokens);
    events_of_dates(schema, &tokens, &mut used, &mut out);
    period_within_a_period(schema, &tokens, &mut used);
    losses_and_profits(schema, &tokens, &mut used, &mut out);
    let period_in_a_name = period_in_a_name(schema, &tokens, &mut used);
    let mut spans = match_columns(schema, &tokens, &mut used, &mut out);
    qualified_columns(schema, &tokens, &mut used, &mut spans);
    owner_before_a_column(schema, &tokens, &mut used, &mut spans);
    flag_before_a_flag(schema, &mut spans);
    one_column_against_another(schema, &tokens, &mut used, &mut spans, &mut out);
    as_a_percentage_of(schema, &tokens, &mut used, &mut spans, &mut out);
    super::gap::one_column_less_another(schema, &tokens, &mut used, &mut spans, &mut out);
    super::gap::change_between_years(schema, &tokens, &mut used, &mut spans, &mut out);
    per_number_of_people(schema, &tokens, &mut used, &mut out);
    noun_before_its_participle(schema, &tokens, &mut spans);
    noun_of_the_total(schema, &tokens, &mut used, &mut spans);
    adjective_before_a_column(schema, &tokens, &mut used, &mut spans);
    let mut value_filters = letter_codes(schema, &tokens, &mut used, &spans);
    value_filters.extend(perfect_marks(schema, &tokens, &mut used, &spans));
    value_filters.extend(sex_codes(schema, &tokens, &mut used));
    value_filters.extend(coordinated_letter_codes(schema, &tokens, &mut used));
    value_filters.extend(match_values(schema, &tokens, &mut used, 1));
    // "did Grinnell win" over `WinLoss`: the outcome's word is a condition on it.
    spans.retain(|(start, end, column)| {
        let outcome = end - start == 1
            && super::outcome::outcome_of_a_signed_column(schema, &tokens, *start, column);
        if outcome {
            used[*start] = false;
        }
        !outcome
    });
    value_filters.extend(outcomes_said(schema, &tokens, &mut used));
    value_filters.extend(phrase_values);
    // "by whether the household switched": the flag's two values are groups.
    let by_whether =
        (1..tokens.len()).find(|&k| tokens[k].lower == "whether" && tokens[k - 1].lower == "by");
    flag_filters.retain(|(at, f)| {
        let grouped = by_whether.is_some_and(|w| *at > w && *at <= w + 4) && f.op == Cmp::Eq;
        if grouped {
            out.mentions
                .push(Mention::of(f.column.clone(), Role::Group));
        }
        !grouped
    });
    value_filters.extend(flag_filters);
    // "no brain weight recorded": the column's value is missing.
    // "missing the state population": a column said right before another qualifies it;
    // the absence is the second's.
    for (start, end, column) in &spans {
        let noun_at = |k: usize| tokens.get(k).is_some_and(|t| !surrounds_absence(&t.lower));
        if noun_at(*end) && spans.iter().any(|(s, _, c)| s == end && c != column) {
            continue;
        }
        let start = spans
            .iter()
            .find(|(_, e, c)| e == start && c != column && noun_at(*start))
            .map_or(start, |(s, _, _)| s);
        if let Some(filter) = absence(&tokens, &mut used, *start, *end, column) {
            value_filters.push((*end, none_as_the_data_says_it(schema, filter)));
        }
    }
    value_filters.sort_by_key(|f| f.0);
    out.share_within = share_within(share_words(&tokens), &value_filters);
    // A value right after its column ("where weather is rain") makes that mention a filter.
    let mut filter_cols: Vec<(usize, String)> = Vec::new();
    for (pos, filter) in value_filters {
        if out.beside.is_none()
            && let Some(step) = step_before(&tokens, &mut used, pos, &filter)
        {
            out.beside = Some(Beside {
                anchor: filter,
                offset: step.offset,
            });
            out.beside_in_time = step.in_time && !out.as_listed;
            continue;
        }
        if out.same_as.is_none()
            && let Some(column) = same_column_as(&tokens, &mut used, &spans, pos)
            && column != filter.column
        {
            // The shared column is compared, not asked for.
            spans.retain(|s| s.2 != column);
            out.same_as = Some(SameAs {
                column,
                anchor: filter,
            });
            continue;
        }
        filter_cols.push((pos, filter.column.clone()));
        out.filters.push(filter);
    }
    // "the next venue after", "the one immediately before": the step's own words.
    if out.beside.is_some() {
        for (k, t) in tokens.iter().enumerate() {
            if matches!(
                t.lower.as_str(),
                "next" | "previous" | "immediately" | "directly" | "right" | "just"
            ) {
                used[k] = true;
            }
        }
    }
    pronoun_one(&tokens, &mut used);
    // "carriers with at least 100 flights" beside a `flight` column: the noun counts rows.
    if let Some(at) = counted_rows(schema, &tokens, &mut used, &mut out) {
        // (Not "the average number of sites" said whole for a `NoOfSites`.)
        spans.retain(|(start, end, column)| {
            !(*start..*end).contains(&at)
                || (end - start >= 2 && schema.get(column).is_some_and(|c| c.number_of_things()))
        });
    }
    number_filters(
        schema,
        &tokens,
        &mut used,
        &spans,
        &mut out,
        &mut filter_cols,
    );
    keywords(&tokens, &mut used, &mut out);
    within_the_top(schema, &tokens, &mut used, &mut out);
    super::difference::change_from_year_to_year(schema, &tokens, &mut out);
    difference_between(&tokens, &mut used, &mut out);
    choice_between(&tokens, &mut used, &mut out);
    superlative_of_name(schema, &tokens, &mut used, &mut out);
    resolve_by_direction(schema, &tokens, &mut spans, &mut filter_cols, &mut out);
    let mut units = Vec::new();
    units.extend(over_the_years(schema, &tokens, &mut used));
    out.buckets = unit_mentions(schema, &tokens, &mut used, &mut units);
    units.extend(year_asked(schema, &tokens, &mut used, &mut out.buckets));
    units.extend(quarter_asked(schema, &tokens, &mut used));
    units.extend(period_in_a_name);
    units.sort_by_key(|(pos, _)| *pos);
    row_subject(schema, &tokens, &mut used, &mut out);
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
    let mut spanned = vec![false; tokens.len()];
    for (start, end, _) in &spans {
        spanned[*start..*end].iter_mut().for_each(|s| *s = true);
    }
    for (start, end, column) in &spans {
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
        if agent_naming_another(schema, &tokens, *start, column, &spans) {
            continue;
        }
        let charted = out.chart_kind.is_some() || out.chart_word || versus_at.is_some();
        let (mut role, agg) = role_before(
            &tokens,
            *start,
            &out.mentions,
            charted,
            &spanned,
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
            && spanned_by_across(&tokens, *start)
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
    if ranked_by_things_counted(schema, &tokens, &spans) {
        out.counted_superlative = true;
    }
    out.years_counted = tokens.windows(2).any(|w| {
        matches!(w[0].lower.as_str(), "many" | "of" | "consecutive") && w[1].lower == "years"
    });
    // "the most steam locomotives", "the fewest titles released": things no column names,
    // counted (a plural noun among the three words after "most" or "fewest").
    if let Some(i) = tokens
        .iter()
        .position(|t| matches!(t.lower.as_str(), "most" | "fewest"))
        && tokens.iter().enumerate().skip(i + 1).take(3).any(|(k, t)| {
            !used[k]
                && t.lower.len() > 3
                && t.lower.chars().all(char::is_alphabetic)
                && singular(&t.lower) != t.lower
                && !AUXILIARIES.contains(&t.lower.as_str())
        })
    {
        out.counted_superlative = true;
    }
    // "which year had the most titles released" over `Release`: the column asked for is not
    // also what is measured.
    let asked: Vec<String> = out
        .mentions
        .iter()
        .filter(|m| m.role == Role::Which)
        .map(|m| m.column.clone())
        .collect();
    out.mentions
        .retain(|m| !(m.role == Role::Measure && m.agg.is_none() && asked.contains(&m.column)));
    the_noun_with_the_extreme(schema, &tokens, &spans, &mut out);
    columns_by_whether(&tokens, &spans, &mut out);
    all_of_them(schema, &tokens, &spans, &mut out);
    measures_said_within_another(schema, &tokens, &spans, &mut out);
    takings_of_prices(schema, &tokens, &mut used, &mut out);
    for rule in REFINEMENTS {
        let before = out.clone();
        (rule.apply)(schema, &tokens, &mut out);
        if out != before {
            out.fired.push(rule.name);
        }
    }
    // "more days above 90 in 2018 than in 1948" over `dx90_2018`: a number a name said
    // carries is that name's.
    let said_columns: Vec<&str> = out
        .filters
        .iter()
        .flat_map(|f| std::iter::once(f.column.as_str()).chain(f.against.as_deref()))
        .chain(out.mentions.iter().map(|m| m.column.as_str()))
        .collect();
    let carried = |n: f64| said_columns.iter().any(|c| name_carries(schema, c, n));
    // "weigh more than 4500" with no weight column: say so rather than drop the condition.
    for (i, t) in tokens.iter().enumerate() {
        if used[i] || t.number().is_none_or(carried) || out.not_found.is_some() {
            continue;
        }
        let phrase = |k: usize| {
            tokens[i.saturating_sub(k)..i]
                .iter()
                .map(|t| t.lower.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let compared = (1..=2).rev().find_map(|k| {
            (i >= k)
                .then(|| comparison(&phrase(k)))
                .flatten()
                .filter(|op| !matches!(op, Cmp::Eq | Cmp::Ne))
        });
        let compares = compared.is_some();
        if let (Some(op), Some(n)) = (compared, t.number()) {
            out.unplaced = Some((op, n));
        }
        // "parties of 4 or more": the comparison said after the number.
        let after: Vec<&str> = tokens[i + 1..]
            .iter()
            .take(2)
            .map(|t| t.lower.as_str())
            .collect();
        let compared_after = matches!(
            after.as_slice(),
            [
                "or" | "and",
                "more"
                    | "less"
                    | "fewer"
                    | "over"
                    | "above"
                    | "under"
                    | "below"
                    | "higher"
                    | "lower"
                    | "greater"
                    | "older"
                    | "younger"
                    | "up"
            ]
        );
        if compares {
            out.not_found = Some(format!(
                "I could not tell which column \"{} {}\" is about",
                phrase(2),
                t.raw
            ));
        } else if compared_after {
            out.not_found = Some(format!(
                "I could not tell which column \"{} {} {}\" is about",
                phrase(2),
                t.raw,
                after.join(" ")
            ));
        }
    }
    let subject = counted_subject(&tokens, &used);
    the_document(&tokens, &mut used);
    // "how many games *total* were played": every row is asked for.
    let whole = tokens
        .iter()
        .any(|t| matches!(t.lower.as_str(), "total" | "all" | "altogether" | "overall"));
    // "cars with highway mpg over 30", "animals sorted by total sleep": a plural the
    // question opens with, before the conditions or the order, names the rows to list.
    let leading_rows = tokens.first().is_some_and(|t| {
        t.lower.len() > 3 && t.lower.ends_with('s') && t.lower.chars().all(char::is_alphabetic)
    }) && !used[0]
        && tokens.get(1).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "with" | "where" | "that" | "which" | "whose" | "sorted" | "ranked" | "ordered"
            )
        });
    if leading_rows && out.agg.is_none() && out.chart_kind.is_none() && !out.chart_word {
        used[0] = true;
        out.rows_noun = true;
        out.list_rows = true;
    }
    // "average per capita income": a unit said before its quantity is no group; nor is the
    // period of a rate after a unit ("hours per week", "dollars per month").
    for i in 1..tokens.len() {
        let rate = i >= 2
            && UNITS.contains(&tokens[i - 2].lower.as_str())
            && PERIODS.contains(&singular(&tokens[i].lower));
        if !used[i]
            && tokens[i - 1].lower == "per"
            && (PER_UNITS.contains(&tokens[i].lower.as_str()) || rate)
        {
            used[i - 1] = true;
            used[i] = true;
        }
    }
    // "how many cigarettes a day do smokers smoke at weekends" beside `amt_weekends`: a
    // column of amounts said elsewhere holds them.
    let amounts_said = spans.iter().any(|(_, _, c)| {
        schema.get(c).is_some_and(|col| {
            col.kind == Kind::Number && col.words.iter().any(|w| AMOUNT_WORDS.contains(&w.as_str()))
        })
    });
    for (i, t) in tokens.iter().enumerate() {
        // An aggregate's word ("combined", "totals", a misspelt "avrage") was read.
        if !used[i]
            && t.number().is_none()
            && t.lower.len() > 2
            && !KEYWORDS.contains(&t.lower.as_str())
            && agg_word(&t.lower).is_none()
        {
            out.unknown.push(t.raw.clone());
            // "how many people died": a verb right after the counted noun says what every
            // row is ("how many respondents are unemployed" is a condition).
            // Words that say nothing of the rows may come between ("how many tracks did
            // they record"); "are" or "were" only where every row is asked for (`whole`),
            // as "how many respondents are unemployed" is a condition.
            let rows_verb = subject.as_ref().is_some_and(|s| {
                i > *s.end()
                    && (s.end() + 1..i).all(|k| {
                        let w = tokens[k].lower.as_str();
                        let being = matches!(w, "is" | "are" | "was" | "were" | "be" | "been");
                        (used[k] || KEYWORDS.contains(&w)) && (!being || whole)
                    })
            }) && (t.lower.ends_with("ed")
                || PAST.contains(&t.lower.as_str())
                || is_participle(&t.lower)
                || BEING.contains(&t.lower.as_str()));
            if !subject.as_ref().is_some_and(|s| s.contains(&i))
                && !rows_verb
                && out.unread_condition.is_none()
                && !IN_THE_DATA.contains(&t.lower.as_str())
            {
                out.unread_condition = Some(t.raw.clone());
            }
            let verb = t.lower.ends_with("ed")
                || t.lower.ends_with("ing")
                || matches!(
                    t.lower.as_str(),
                    "live"
                        | "lives"
                        | "make"
                        | "makes"
                        | "come"
                        | "comes"
                        | "came"
                        | "weigh"
                        | "weighs"
                        | "get"
                        | "got"
                        | "happen"
                        | "happens"
                        | "occur"
                        | "occurs"
                        | "went"
                        | "had"
                        | "were"
                        | "been"
                );
            if !verb {
                out.unknown_nouns += 1;
            }
            let prev = if i > 0 {
                tokens[i - 1].lower.as_str()
            } else {
                ""
            };
            let proper = i > 0 && t.raw.starts_with(|c: char| c.is_uppercase());
            // "how much damage", "how many dollars": an amount of something the data does
            // not hold (never a count of rows; "how many months" may count dated rows).
            // "how many stolen bases did he have": an amount asked of something, in words
            // no column has (a count of its rows would be 1).
            // Only where some column could hold such an amount: a table of games with no
            // numbers but dates ("how many games did the team play in 1982?") lists them.
            let amounts_held = schema.columns.iter().any(|c| {
                // Row numbers (`#`: 1 to n, each once) hold no amount either.
                let numbering = c.unique
                    && c.range.is_some_and(|(lo, hi)| {
                        (0.0..=1.0).contains(&lo) && hi <= schema.rows as f64 + 1.0
                    });
                c.kind == Kind::Number && !c.binary && !c.holds_years() && !numbering
            });
            // Spans of time ("how many days did he serve") and streaks ("how many
            // consecutive wins") are amounts whatever the columns.
            let amount_word = UNITS.contains(&t.lower.as_str())
                || tokens.iter().any(|t| t.lower == "consecutive");
            let asked_of = (amounts_held || amount_word)
                && tokens[i + 1..]
                    .iter()
                    .take(3)
                    .any(|t| matches!(t.lower.as_str(), "did" | "does" | "do"));
            let amount_of = i >= 2
                && tokens[i - 2].lower == "how"
                && (prev == "much"
                    || (prev == "many"
                        && ((UNITS.contains(&t.lower.as_str())
                            && !PERIODS.contains(&singular(&t.lower)))
                            || asked_of)));
            if out.not_found.is_none() {
                if amount_of && !amounts_said {
                    out.not_found = Some(format!("no column holds \"{}\"", t.raw));
                } else if matches!(prev, "by" | "per" | "each" | "every")
                    // "by whether the household switched": a flag's two values.
                    && t.lower != "whether"
                    // "courses taught by instructors who …": "by" after a participle names
                    // who did it, not a grouping.
                    && !(prev == "by" && i >= 2 && is_participle(&tokens[i - 2].lower))
                    // "by clock speed": a word that qualifies the column after it.
                    && !spanned.get(i + 1).copied().unwrap_or(false)
                    // "by type of class": a generic noun of the column after "of".
                    && !(tokens.get(i + 1).is_some_and(|n| n.lower == "of")
                        && spanned.get(i + 2).copied().unwrap_or(false))
                    && !qualified_by_participle(&tokens, &spanned, i)
                    // "drinks per day" where nothing is dated: the unit of the amount, as the
                    // column holds it, not a grouping by day.
                    && !(prev == "per" && PERIODS.contains(&singular(&t.lower)) && schema.time_column().is_none())
                {
                    out.not_found = Some(format!("there is no column \"{}\" to group by", t.raw));
                } else if proper && matches!(prev, "in" | "from" | "for" | "at" | "of" | "to") {
                    out.not_found = Some(format!("no column has the value \"{}\"", t.raw));
                } else if had_by_the_rows(&tokens, i) {
                    // "what symptoms did the children have": the things asked for, in a
                    // plural no column holds.
                    out.not_found = Some(format!("no column holds \"{}\"", t.raw));
                }
            }
        }
    }
    // "early or on time (a delay of 0 or less)": a condition said twice is one.
    let mut seen: Vec<Filter> = Vec::new();
    out.filters.retain(|f| {
        let again = seen.contains(f);
        seen.push(f.clone());
        !again
    });
    the_number_of_a_name(schema, &tokens, &spans, &mut out);
    dated_by_its_verb(schema, &tokens, &spans, &mut out);
    // "how many of the accidents happened at night" over a table of counts, with nothing
    // for "night": no total of every row's count, but the count a decision refuses.
    if out.unread_condition.is_some()
        && out.filters.is_empty()
        && out.agg == Some(AggFunc::Sum)
        && let Some(freq) = schema.frequency_column()
        && matches!(out.mentions.as_slice(), [m] if m.column == freq.name)
        && how_many_at(&tokens).is_some()
    {
        out.mentions.clear();
        out.agg = Some(AggFunc::Count);
    }
    out
}

/// Words read as one measure, said again inside another's name, are that other's: "the
/// most expensive new textbook at the bookstore" is `bookstore_new` (its "new" is not
/// `amazon_new`'s). A code (`textbook_isbn`) is no measure beside another.
fn measures_said_within_another(
    schema: &Schema,
    tokens: &[Token],
    spans: &[(usize, usize, String)],
    out: &mut Scan,
) {
    let measured = |out: &Scan, c: &str| {
        out.mentions
            .iter()
            .any(|m| m.role == Role::Measure && m.column == c)
    };
    let mut dropped: Vec<String> = Vec::new();
    for (start, end, column) in spans {
        if !measured(out, column) || spans.iter().filter(|(_, _, c)| c == column).count() > 1 {
            continue;
        }
        let within = spans.iter().any(|(_, _, other)| {
            other != column
                && measured(out, other)
                && !dropped.contains(other)
                && schema.get(other).is_some_and(|o| {
                    tokens[*start..*end].iter().all(|t| {
                        o.words.iter().any(|w| {
                            name_word_match(w, &[t.lower.as_str()]) == Some(WordMatch::Same)
                        })
                    })
                })
        });
        let code = schema.get(column).is_some_and(|c| {
            c.kind == Kind::Number
                && c.words
                    .iter()
                    .any(|w| matches!(w.as_str(), "isbn" | "id" | "zip" | "zipcode" | "fips"))
        }) && spans
            .iter()
            .any(|(_, _, other)| other != column && measured(out, other));
        if within || code {
            dropped.push(column.clone());
        }
    }
    out.mentions
        .retain(|m| !(m.role == Role::Measure && dropped.contains(&m.column)));
}

/// "colored by whether they work remotely" over `Remote`: a column said after "by
/// whether" is grouped by (the flag's two values), not measured nor a condition.
fn columns_by_whether(tokens: &[Token], spans: &[(usize, usize, String)], out: &mut Scan) {
    let Some(w) =
        (1..tokens.len()).find(|&k| tokens[k].lower == "whether" && tokens[k - 1].lower == "by")
    else {
        return;
    };
    for (start, _, column) in spans {
        if *start <= w {
            continue;
        }
        for m in out.mentions.iter_mut().filter(|m| &m.column == column) {
            m.role = Role::Group;
            m.agg = None;
        }
    }
}

/// "the total population of all the countries": a column of names said after "all (the)"
/// is every row together, not a group for each; its mention goes, with an aggregate said.
fn all_of_them(
    schema: &Schema,
    tokens: &[Token],
    spans: &[(usize, usize, String)],
    out: &mut Scan,
) {
    if out.agg.is_none() {
        return;
    }
    let word = |k: Option<usize>| k.and_then(|k| tokens.get(k)).map(|t| t.lower.as_str());
    for (start, _, column) in spans {
        let after_all = word(start.checked_sub(1)) == Some("all")
            || (word(start.checked_sub(1)) == Some("the")
                && word(start.checked_sub(2)) == Some("all"));
        if after_all && schema.kind(column) == Kind::Text {
            out.mentions
                .retain(|m| !(&m.column == column && m.role == Role::Measure && m.agg.is_none()));
        }
    }
}

/// Whether a column's name carries the number `n` after a stem (`dx70` of `dx70_1948`).
fn name_carries(schema: &Schema, column: &str, n: f64) -> bool {
    schema.get(column).is_some_and(|c| {
        c.words
            .iter()
            .any(|w| stem_and_number(w).is_some_and(|(_, k)| k.parse::<f64>() == Ok(n)))
    })
}

/// "how many processors were released in 2020" over a date column `released`: the verb
/// that names the dates says when the rows happened, and the rows are counted (not the
/// different dates).
fn dated_by_its_verb(
    schema: &Schema,
    tokens: &[Token],
    spans: &[(usize, usize, String)],
    out: &mut Scan,
) {
    if how_many_at(tokens).is_none() {
        return;
    }
    let verb_of_dates = |column: &str| {
        schema.kind(column) == Kind::Time
            && spans.iter().any(|(start, end, c)| {
                c == column
                    && end - start == 1
                    && is_participle(&tokens[*start].lower)
                    && *start > 0
                    && matches!(
                        tokens[start - 1].lower.as_str(),
                        "were" | "was" | "are" | "is"
                    )
            })
    };
    out.mentions
        .retain(|m| !(m.role == Role::Measure && m.agg.is_none() && verb_of_dates(&m.column)));
}

/// "days above 70 degrees in 1948" for `dx70_1948`: a comparison with the number a name
/// carries (`dx70`) is how the column was made, no condition on it; the column is
/// measured instead (or goes across, said after "against").
fn the_number_of_a_name(
    schema: &Schema,
    tokens: &[Token],
    spans: &[(usize, usize, String)],
    out: &mut Scan,
) {
    // Columns compared with each other ("more in 2018 than in 1948"), whose numbers are
    // theirs wherever a comparison put them.
    // So are the columns measured ("average days above 90 in 2018" for `dx90_2018`).
    let compared: Vec<String> = out
        .filters
        .iter()
        .filter_map(|f| f.against.clone().map(|b| [f.column.clone(), b]))
        .flatten()
        .chain(out.mentions.iter().map(|m| m.column.clone()))
        .collect();
    let mut named = Vec::new();
    out.filters.retain(|f| {
        let n = f
            .value
            .as_f64()
            .filter(|_| matches!(f.op, Cmp::Gt | Cmp::Ge | Cmp::Lt | Cmp::Le));
        let Some(n) = n else {
            return true;
        };
        if name_carries(schema, &f.column, n) {
            named.push(f.column.clone());
            return false;
        }
        !compared.iter().any(|c| name_carries(schema, c, n))
    });
    let versus_at = tokens
        .iter()
        .position(|t| matches!(t.lower.as_str(), "vs" | "versus" | "against"));
    for column in named {
        if out.mentions.iter().any(|m| m.column == column) {
            continue;
        }
        let across = versus_at.is_some_and(|v| {
            spans.iter().any(|(start, _, c)| *c == column && *start > v)
                && !out.mentions.iter().any(|m| m.role == Role::Versus)
        });
        let role = if across { Role::Versus } else { Role::Measure };
        out.mentions.push(Mention::of(column, role));
    }
}

/// "ages over the years", "across the years": the axis is the one numeric column of years
/// named for the year (`oscar_yr`, `Year`), before any date (a `birth_date` dates
/// something else).
fn over_the_years(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
) -> Option<(usize, Mention)> {
    let at = (2..tokens.len()).find(|&i| {
        !used[i]
            && tokens[i].lower == "years"
            && tokens[i - 1].lower == "the"
            && matches!(tokens[i - 2].lower.as_str(), "over" | "across" | "through")
    })?;
    let mut years = schema.columns.iter().filter(|c| {
        c.kind == Kind::Number
            && c.holds_years()
            && c.words
                .iter()
                .any(|w| matches!(w.as_str(), "year" | "yr" | "years" | "yrs"))
    });
    let column = match (years.next(), years.next()) {
        (Some(one), None) => one.name.clone(),
        _ => return None,
    };
    used[at] = true;
    Some((at, Mention::of(column, Role::Versus)))
}

/// "which year had the most titles released?" over a `Release` column of years: "year"
/// after "which" or "what", where no column is named for it, asks for the one numeric column
/// whose values are all years, else for the year of the one column of dates written as
/// text (`June 11, 1985`: a bucket of it, added to `buckets`).
fn year_asked(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    buckets: &mut Vec<Bucket>,
) -> Option<(usize, Mention)> {
    let i = period_asked(tokens, used, &["year", "years"])?;
    let mut years = schema.columns.iter().filter(|c| {
        c.kind == Kind::Number
            && c.reading.is_none()
            && c.range
                .is_some_and(|(lo, hi)| lo >= 1000.0 && hi <= 2100.0 && lo.fract() == 0.0)
    });
    let column = match (years.next(), years.next()) {
        (Some(column), None) => column.name.clone(),
        (None, _) => {
            let written = year_text_column(schema, &["year"])?;
            let name = bucket_name(schema, DatePart::Year);
            buckets.push(Bucket {
                name: name.clone(),
                column: written.name.clone(),
                unit: DatePart::Year,
            });
            name
        }
        _ => return None,
    };
    used[i] = true;
    Some((i, Mention::of(column, Role::Which)))
}

/// "which week had the most purchases?" over `WeekofPurchase`: a period after "which" or
/// "what", no column named for it alone, asks for the one column whose name has it among
/// its words (numbers or dates).
fn period_in_a_name(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
) -> Option<(usize, Mention)> {
    let i = period_asked(
        tokens,
        used,
        &["day", "week", "month", "quarter", "year", "season"],
    )?;
    let period = tokens[i].lower.as_str();
    // `WeekofPurchase` splits as "weekof" and "purchase".
    let has = |c: &ColumnRef| {
        c.words
            .iter()
            .any(|w| matches!(w.strip_prefix(period), Some("" | "of")))
    };
    if schema.columns.iter().any(|c| c.words == [period]) {
        return None;
    }
    let mut named = schema
        .columns
        .iter()
        .filter(|c| has(c) && c.kind != Kind::Text);
    let column = match (named.next(), named.next()) {
        (Some(column), None) => column.name.clone(),
        _ => return None,
    };
    used[i] = true;
    Some((i, Mention::of(column, Role::Which)))
}

/// Where a word of `period` follows "which" or "what" and no column took it.
fn period_asked(tokens: &[Token], used: &[bool], period: &[&str]) -> Option<usize> {
    (1..tokens.len()).find(|&i| {
        !used[i]
            && period.contains(&tokens[i].lower.as_str())
            && matches!(tokens[i - 1].lower.as_str(), "which" | "what")
    })
}

/// "in which quarter was occupancy highest?" over a `Date` of `1998 Q1`, `1998 Q2`, ...:
/// "quarter" after "which" or "what", where no column is named for it, asks for the one
/// text column whose values are quarters (a year and `Q1` to `Q4`, either way round).
fn quarter_asked(schema: &Schema, tokens: &[Token], used: &mut [bool]) -> Option<(usize, Mention)> {
    let i = period_asked(tokens, used, &["quarter", "quarters"])?;
    // Text, or text read by its leading number (the year of `1998 Q1`).
    let mut quarters = schema.columns.iter().filter(|c| {
        c.values.as_ref().is_some_and(|values| {
            !values.is_empty()
                && values.iter().filter(|v| names_a_quarter(v)).count() * 10 >= values.len() * 9
        })
    });
    let column = match (quarters.next(), quarters.next()) {
        (Some(column), None) => column.name.clone(),
        _ => return None,
    };
    used[i] = true;
    Some((i, Mention::of(column, Role::Which)))
}

/// Whether a value names a quarter of a year: "1998 Q1", "Q3 2006", "2006-Q3".
fn names_a_quarter(value: &str) -> bool {
    let parts: Vec<&str> = value
        .split([' ', '-', '/'])
        .filter(|p| !p.is_empty())
        .collect();
    let quarter = |p: &str| {
        p.len() == 2
            && p.to_ascii_uppercase().starts_with('Q')
            && matches!(p.as_bytes()[1], b'1'..=b'4')
    };
    let year = |p: &str| p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit());
    matches!(parts.as_slice(), [a, b] if (year(a) && quarter(b)) || (quarter(a) && year(b)))
}

/// "name a country that ...", "tell me an inductee who ...", "give one other single": a
/// question that opens by asking for one example.
fn one_asked(tokens: &[Token]) -> bool {
    let words: Vec<&str> = tokens.iter().take(3).map(|t| t.lower.as_str()).collect();
    let article = |w: &str| matches!(w, "a" | "an" | "one" | "another");
    match words[..] {
        ["name" | "give", a, ..] => article(a),
        ["tell", "me", a] => article(a),
        _ => false,
    }
}

/// Words that only say a row is in the data ("how many mammals are *listed*"): no condition.
const IN_THE_DATA: &[&str] = &[
    "table",
    "list",
    "chart",
    "data",
    "dataset",
    "file",
    "sample",
    "entries",
    "listed",
    "recorded",
    "included",
    "observed",
    "measured",
    "reported",
    "shown",
    "altogether",
    "overall",
    "total",
    "together",
    "are",
];

/// "how many tracks are *on the album*", "songs *on the track list*", "players *on this
/// roster*": a closing "on" or "in", "the" or "this" and a noun nothing in the data matched
/// (one or two words, the last singular) is the document the table is from, not a
/// condition.
fn the_document(tokens: &[Token], used: &mut [bool]) {
    let n = tokens.len();
    for words in [1, 2] {
        let Some(at) = n.checked_sub(words + 2) else {
            continue;
        };
        let noun = &tokens[n - 1].lower;
        let fits = matches!(tokens[at].lower.as_str(), "on" | "in")
            && matches!(tokens[at + 1].lower.as_str(), "the" | "this")
            && (at + 2..n).all(|k| !used[k] && tokens[k].lower.chars().all(char::is_alphabetic))
            && !noun.ends_with('s')
            && !PERIODS.contains(&noun.as_str())
            && !UNITS.contains(&noun.as_str());
        if fits {
            used[at..n].iter_mut().for_each(|u| *u = true);
            return;
        }
    }
}

/// Verbs that say a row is there, nothing of which rows ("how many events will *occur*").
const BEING: &[&str] = &[
    "occur", "occurs", "happen", "happens", "exist", "exists", "appear", "appears",
];

/// The positions of the noun a count is of: the first word after "how
/// many", "number of" or "count of" ("how many *employees* ...", "the number of the
/// *birds*"), and the words after it up to its plural, a noun said in two or three words
/// ("how many *radio stations*", "the number of *pillow pals*").
fn counted_subject(tokens: &[Token], used: &[bool]) -> Option<RangeInclusive<usize>> {
    let opener = tokens
        .iter()
        .position(|t| matches!(t.lower.as_str(), "many" | "number" | "count"))?;
    let mut at = opener + 1;
    while tokens.get(at).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "of" | "the" | "all" | "different" | "total"
        )
    }) {
        at += 1;
    }
    // The noun may be one the data names ("how many games" of `games.csv`).
    if tokens.get(at).is_none_or(|t| t.number().is_some()) {
        return None;
    }
    let plural =
        |t: &Token| t.lower.len() > 3 && t.lower.ends_with('s') && !t.lower.ends_with("ss");
    let word = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            !used[k]
                && t.lower.chars().all(char::is_alphanumeric)
                && !KEYWORDS.contains(&t.lower.as_str())
        })
    };
    let end = if plural(&tokens[at]) {
        at
    } else {
        (at + 1..at + 3)
            .take_while(|&k| word(k))
            .find(|&k| plural(&tokens[k]))
            .unwrap_or(at)
    };
    Some(at..=end)
}

/// The words that belong to a column's name said in several words ("savings rate" for `sr`
/// in `life_cycle_savings`, "age group" for `agegp`) or that an `n` column counts ("cases"
/// for `ncases`): such a word is the column's even where it also names the rows, as the
/// rows' nouns come from the dataset's name and a few generic words ("cases", "items").
fn column_phrase_words(schema: &Schema, tokens: &[Token], used: &[bool]) -> Vec<bool> {
    let mut named = vec![false; tokens.len()];
    let mut scratch_used = used.to_vec();
    let spans = match_columns(schema, tokens, &mut scratch_used, &mut Scan::default());
    for (start, end, column) in spans {
        // "number of sites" for `NoOfSites`, as "kids" for `nkids`.
        let number_of = after_number_of(tokens, start);
        let counted = end == start + 1
            && schema.get(&column).is_some_and(|c| {
                (c.words.len() == 1 && c.words[0] == format!("n{}", tokens[start].lower))
                    || (c.number_of_things() && number_of)
            });
        // "a low birth weight" over `lowbirthweight` of "low" and "not low": the first
        // word is the column's value, and the phrase a condition, read as before.
        let says_value = schema
            .get(&column)
            .and_then(|c| c.values.as_ref())
            .is_some_and(|values| {
                values
                    .iter()
                    .any(|v| v.to_lowercase() == tokens[start].lower)
            });
        if (end - start >= 2 && !says_value) || counted {
            named[start..end].iter_mut().for_each(|n| *n = true);
        }
    }
    named
}

/// Whether the word at `start` comes after "number of" ("no of", "count of").
fn after_number_of(tokens: &[Token], start: usize) -> bool {
    start >= 2
        && tokens[start - 1].lower == "of"
        && matches!(tokens[start - 2].lower.as_str(), "number" | "no" | "count")
}

/// "how many different professors" over `prof_id` (several rows each): the things a
/// column of identifiers names, counted as different ones, are its distinct values, not the
/// rows.
fn distinct_things(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    for k in 1..tokens.len() {
        if used[k]
            || !matches!(
                tokens[k - 1].lower.as_str(),
                "different" | "distinct" | "unique"
            )
        {
            continue;
        }
        let said = singular(&tokens[k].lower);
        // "how many different people": people are the subjects, patients, respondents ...
        // a table's identifiers of persons name.
        let people = matches!(said, "person" | "people" | "individual");
        let ids = schema.columns.iter().find(|c| {
            matches!(&c.words[..], [thing, id]
                if matches!(id.as_str(), "id" | "key" | "code" | "no" | "number")
                    && (name_word_match(thing, &[said]).is_some_and(|m| m >= WordMatch::Abbreviation)
                        || (people && PERSONS.contains(&thing.as_str()))))
        });
        // "how many different women have won": with no identifiers, the people's names.
        let person_word = people || sex_of(&tokens[k].lower).is_some();
        let ids = ids
            .or_else(|| {
                person_word
                    .then(|| super::who::people_column(schema, tokens))
                    .flatten()
                    .filter(|c| !c.unique)
            })
            // "how many different farms" over a panel with an `id` repeated each season; so
            // "how many different players" where no column names players.
            .or_else(|| {
                let names_nothing = !schema.columns.iter().any(|c| {
                    c.words
                        .iter()
                        .any(|w| name_word_match(w, &[tokens[k].lower.as_str()]).is_some())
                }) && !is_value_word(schema, &tokens[k].lower);
                (schema.is_row_noun(&tokens[k].lower) || names_nothing)
                    .then(|| {
                        schema
                            .columns
                            .iter()
                            .find(|c| c.words == ["id"] && !c.unique)
                    })
                    .flatten()
            });
        if let Some(c) = ids {
            used[k] = true;
            out.mentions.push(Mention {
                column: c.name.clone(),
                role: Role::Measure,
                agg: Some(AggFunc::NUnique),
            });
        }
    }
}

/// "each month of the year", "the hour of the day": the longer period a period is counted
/// within says which period is meant; it names no column of its own (`year`). Unless one
/// name says both (`day_of_week`).
fn period_within_a_period(schema: &Schema, tokens: &[Token], used: &mut [bool]) {
    const PERIODS: &[&str] = &["hour", "day", "week", "month", "quarter", "season", "year"];
    for k in 0..tokens.len().saturating_sub(3) {
        let [short, of, the, long] = [k, k + 1, k + 2, k + 3].map(|i| tokens[i].lower.as_str());
        let short = singular(short);
        let within = PERIODS.iter().position(|p| *p == short).is_some_and(|a| {
            PERIODS
                .iter()
                .position(|p| *p == long)
                .is_some_and(|b| b > a)
        });
        let one_name = schema.columns.iter().any(|c| {
            c.words.iter().any(|w| w == long) && c.words.iter().any(|w| same_noun(w, short))
        }) || schema.columns.iter().any(|c| {
            // `dow`: the initials of the whole phrase name a column.
            matches!(c.words.as_slice(), [n] if initials_with_of(schema, &tokens[k..=k + 3], n).is_some())
        });
        if within
            && of == "of"
            && the == "the"
            && !one_name
            && !used[k + 1..=k + 3].iter().any(|u| *u)
        {
            used[k + 1..=k + 3].iter_mut().for_each(|u| *u = true);
        }
    }
}

/// Words of a date column's name that say what the date is of (`time`, `day` ... say
/// nothing of it).
const TIME_WORDS: &[&str] = &[
    "date",
    "time",
    "day",
    "dt",
    "year",
    "month",
    "week",
    "hour",
    "timestamp",
    "at",
    "on",
];

/// "how many deaths", "deaths per day" with a `death_date` column: each row is one event
/// the date column is named after, so the event's plural means the rows. Not when another
/// column is named by the word (a `Sales` column keeps "sales").
fn events_of_dates(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    for (i, t) in tokens.iter().enumerate() {
        let w = t.lower.as_str();
        if used[i] || !(w.len() > 3 && w.ends_with('s')) {
            continue;
        }
        let event_of_date = schema.columns.iter().any(|c| {
            c.kind == Kind::Time
                && c.words.iter().any(|n| same_noun(n, w) && n != w)
                && c.words
                    .iter()
                    .all(|n| same_noun(n, w) || TIME_WORDS.contains(&n.as_str()))
        });
        let names_other = schema
            .columns
            .iter()
            .any(|c| c.kind != Kind::Time && c.words.iter().any(|n| same_noun(n, w)));
        if event_of_date && !names_other {
            used[i] = true;
            out.rows_noun = true;
        }
    }
}

/// Words in -est that are no superlatives of a name's word.
const NOT_SUPERLATIVE: &[&str] = &[
    "interest",
    "harvest",
    "contest",
    "request",
    "suggest",
    "protest",
    "invest",
    "manifest",
    "conquest",
    "inquest",
    "southwest",
    "northwest",
    "midwest",
    "earnest",
    "forest",
    "honest",
    "modest",
    "digest",
    "arrest",
];

/// "the densest elements", "the wealthiest country": a superlative made of a word of one
/// numeric column's name (dens-est → `density`, wealthi-est → `wealth`) ranks by it.
fn superlative_of_name(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    // Another superlative word said it already ("top 5" says no word).
    if out.superlative_word.is_some() {
        return;
    }
    for (i, t) in tokens.iter().enumerate() {
        let w = t.lower.as_str();
        let Some(stem) = w.strip_suffix("est") else {
            continue;
        };
        if used[i] || NOT_SUPERLATIVE.contains(&w) || !w.chars().all(char::is_alphabetic) {
            continue;
        }
        let mut stems = vec![stem.to_string()];
        if let Some(base) = stem.strip_suffix('i') {
            // wealthi-est → wealthy, wealth; nois-iest → noise.
            stems.push(format!("{base}y"));
            stems.push(base.to_string());
        }
        let bytes = stem.as_bytes();
        if bytes.len() >= 2 && bytes[bytes.len() - 1] == bytes[bytes.len() - 2] {
            // hott-est → hot.
            stems.push(stem[..stem.len() - 1].to_string());
        }
        let hits: Vec<&str> = schema
            .columns
            .iter()
            .filter(|c| {
                c.kind == Kind::Number
                    && c.words.iter().any(|n| {
                        n != w
                            && stems
                                .iter()
                                .any(|s| s.len() >= 4 && n.starts_with(s.as_str()))
                    })
            })
            .map(|c| c.name.as_str())
            .collect();
        if let [column] = hits[..] {
            used[i] = true;
            out.superlative.get_or_insert(Order::Desc);
            out.superlative_word = Some(w.to_string());
            out.mentions.push(Mention {
                column: column.to_string(),
                role: Role::Measure,
                agg: None,
            });
            return;
        }
    }
}

/// Whether `word` is a one-word value of a text column, in either number.
fn is_value_word(schema: &Schema, word: &str) -> bool {
    let one = singular(word);
    schema.columns.iter().any(|c| {
        c.values.iter().flatten().any(|v| {
            // "indomethacin" of `1_indomethacin`: the label of a numbered value.
            let v = after_its_number(v).unwrap_or(v);
            v.eq_ignore_ascii_case(word) || v.eq_ignore_ascii_case(one)
        })
    })
}

/// Whether the word at `i` is the plural after an opening "what" or "which" and before
/// "did the ..." ("what symptoms did the children have"): things the rows have.
fn had_by_the_rows(tokens: &[Token], i: usize) -> bool {
    let said = |k: usize| tokens.get(k).map(|t| t.lower.as_str());
    i == 1
        && matches!(said(0), Some("what" | "which"))
        && singular(&tokens[1].lower) != tokens[1].lower
        && matches!(said(2), Some("did" | "do" | "does"))
        && matches!(said(3), Some("the" | "his" | "her" | "their"))
}

/// "which element has ...", "what animal ...", "who ran ...": a noun after which/what that
/// names nothing in the data, or "who", asks for rows (answered by the column that names
/// them).
fn row_subject(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    for (i, t) in tokens.iter().enumerate() {
        // "which city has the least area" where "City" is a value of `Designation`: the
        // value picks the rows, and one of them is asked for.
        if i > 0
            && matches!(tokens[i - 1].lower.as_str(), "which" | "what")
            && used[i]
            && is_value_word(schema, &t.lower)
        {
            out.which_row = true;
            continue;
        }
        if t.lower == "who" && !used[i] {
            out.which_row = true;
            used[i] = true;
            continue;
        }
        let after_which = i > 0 && matches!(tokens[i - 1].lower.as_str(), "which" | "what");
        let noun = t.lower.len() > 2
            && t.lower.chars().all(char::is_alphabetic)
            && !KEYWORDS.contains(&t.lower.as_str());
        // "what symptoms did the children have": things the rows have are no rows (and
        // are left for the columns, or said to be in none).
        if (after_which || the_one_asked_for(tokens, i))
            && noun
            && !used[i]
            && !had_by_the_rows(tokens, i)
        {
            out.which_row = true;
            out.rows_noun = true;
            used[i] = true;
            if after_which && out.subject_noun.is_none() {
                out.subject_noun = Some(t.lower.clone());
            }
        }
    }
}

/// "which is the only station with 8 affiliates?", "name the candidate that was elected in
/// 1811": the noun at `i`, after "which/what/who is the" (or "name the"), "only" aside, and
/// before what picks it out ("with", "that", "from", ...), is the kind of row asked for.
/// Not "what is the fuel efficiency of ...": a noun before "of" is something of the rows.
fn the_one_asked_for(tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let mut k = i;
    while k > 0 && matches!(word(k - 1), "only" | "one" | "sole") {
        k -= 1;
    }
    if k == 0 || !matches!(word(k - 1), "the" | "a") {
        return false;
    }
    let asked = match k.checked_sub(2).map(word) {
        Some("name" | "list" | "find") => true,
        Some("is" | "was" | "are" | "were") => {
            k >= 3 && matches!(word(k - 3), "which" | "what" | "who")
        }
        _ => false,
    };
    asked
        && matches!(
            word(i + 1),
            "with"
                | "without"
                | "that"
                | "who"
                | "whose"
                | "which"
                | "where"
                | "from"
                | "to"
                | "in"
                | "on"
                | "at"
                | "for"
                | "by"
        )
}

/// "what percentage of Gentoo penguins are male?": in a share, the values said between
/// "of" and the verb choose the rows (Gentoo), the ones after it are the part counted
/// (male). Empty unless values stand on both sides.
fn share_within(words: Option<(usize, usize)>, value_filters: &[(usize, Filter)]) -> Vec<Filter> {
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
fn perfect_marks(
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

/// Names of yes/no columns that say whether someone left: staff, customers, members.
const LEAVING_NAMES: &[&str] = &[
    "attrition",
    "churn",
    "churned",
    "exited",
    "turnover",
    "quit",
];

/// Whether a word says leaving (`Some(true)`: "left", "quit") or staying (`Some(false)`:
/// "stayed", "remained").
fn leaving(word: &str) -> Option<bool> {
    match word {
        "left" | "leave" | "leaving" | "quit" | "quitting" | "churned" | "departed" | "exited" => {
            Some(true)
        }
        "stayed" | "stay" | "staying" | "remained" | "retained" => Some(false),
        _ => None,
    }
}

/// "average age of survivors", "how many survivors": another form of a yes/no column's
/// one-word name (not the name itself, which is read as the column) is its yes, or its no
/// after "non"/"not"; a word for its opposite ("died" for `survived`) is its no.
fn flag_forms(schema: &Schema, tokens: &[Token], used: &mut [bool]) -> Vec<(usize, Filter)> {
    let mut found = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        // A word of the data's name ("survival" in `titanic_survival`) names its rows.
        if used[i] || !t.lower.chars().all(char::is_alphabetic) || schema.is_row_noun(&t.lower) {
            continue;
        }
        let negated = i > 0 && matches!(tokens[i - 1].lower.as_str(), "non" | "not" | "no");
        // "how many passengers died" over `survived`: the word for its no.
        let opposite = opposite_state(&t.lower).and_then(|state| {
            flag_of_word(schema, state, true, negated)
                .or_else(|| flag_named_whole(schema, state, negated))
        });
        // "uninsured" over `insurance`: the form of its name with "un" before it.
        let undone = t
            .lower
            .strip_prefix("un")
            .filter(|rest| rest.len() >= 5 && !negated)
            .and_then(|rest| flag_of_word(schema, rest, false, false));
        // "employees who left" over `Attrition`, "customers who stayed" over `churn`.
        let leaving = leaving(&t.lower).and_then(|yes| {
            LEAVING_NAMES
                .iter()
                .find_map(|n| flag_of_word(schema, n, true, yes != negated))
        });
        let Some(filter) = opposite
            .or(undone)
            .or(leaving)
            .or_else(|| flag_of_word(schema, &t.lower, false, !negated))
        else {
            continue;
        };
        used[i] = true;
        if negated {
            used[i - 1] = true;
        }
        found.push((i, filter));
    }
    found
}

/// The `= yes` filter of the one yes/no column named for a deed done to a thing
/// (`received_callback`, `got_loan`), said by the thing ("callback rate").
fn flag_of_a_deed(schema: &Schema, word: &str) -> Option<Filter> {
    let mut flags = schema.columns.iter().filter_map(|c| {
        let [deed, thing] = c.words.as_slice() else {
            return None;
        };
        (is_participle(deed) && (thing == word || singular(word) == thing))
            .then(|| flag_value(schema, &c.name, true))
            .flatten()
            .map(|v| Filter::on(c.name.clone(), Cmp::Eq, v))
    });
    match (flags.next(), flags.next()) {
        (Some(filter), None) => Some(filter),
        _ => None,
    }
}

/// "survival rate by class", "attrition rate": a rate of a yes/no column (said as its name
/// or another form of it, "survival" for `survived`) is the percentage of rows where it is
/// yes, not a column with "rate" in its name.
fn flag_rates(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    for i in 1..tokens.len() {
        if !matches!(tokens[i].lower.as_str(), "rate" | "rates") || used[i] || used[i - 1] {
            continue;
        }
        let word = tokens[i - 1].lower.as_str();
        let Some(rate) = flag_of_word(schema, word, true, true)
            .or_else(|| flag_of_a_deed(schema, word))
            .or_else(|| side_of_two_values(schema, word))
        else {
            continue;
        };
        used[i - 1] = true;
        used[i] = true;
        out.share = true;
        out.rate_of = Some(rate.clone());
        out.filters.push(rate);
    }
}

/// "death rate" over an `outcome` of `live` and `dead`: the one value of a column of two
/// that a word says (or a synonym of it) is the side whose rate is asked.
fn side_of_two_values(schema: &Schema, word: &str) -> Option<Filter> {
    let mut sides = schema.columns.iter().filter_map(|c| {
        let values = c.values.as_ref().filter(|v| v.len() == 2)?;
        let v = values.iter().find(|v| {
            let v = v.to_lowercase();
            v == word || synonym(word, &v) || same_stem(word, &v)
        })?;
        Some(Filter::on(
            c.name.clone(),
            Cmp::Eq,
            serde_json::Value::String(v.clone()),
        ))
    });
    match (sides.next(), sides.next()) {
        (Some(side), None) => Some(side),
        _ => None,
    }
}

/// "average seasonal snowfall" beside `SeasonStart`: an adjective made from a column's name
/// right before another column says of what the amount is (each season's), not the column
/// it is made from.
fn adjective_before_a_column(
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
fn noun_before_its_participle(
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
    let kept: Vec<_> = spans.iter().filter(|s| !described(s)).cloned().collect();
    *spans = kept;
}

/// "tips as a percentage of the bills", "accepted students as a share of applications": a
/// numeric column taken as a percentage of another, said after it; "the ratio of REM sleep
/// to total sleep", "sales divided by quantity": as a plain ratio. The second column is the
/// whole (`Scan::ratio_of`) and no longer a mention; no share of rows is asked.
fn as_a_percentage_of(
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
            "to" => {
                let of = (0..i)
                    .rev()
                    .find(|&k| word(k) == "of" && k > 0 && word(k - 1) == "ratio");
                of.filter(|&k| {
                    spans
                        .iter()
                        .any(|s| s.0 == past_articles(k + 1) && s.1 == i)
                })
                .map(|k| (k - 1, i + 1, true))
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
        out.ratio_of = Some((column, plain));
        return;
    }
}

/// "measles cases per 100,000 people", "deaths per 1,000 inhabitants": a rate per that many
/// of the one column of population (`population`, `pop`), which is the ratio's whole.
fn per_number_of_people(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
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

/// "spam vs non-spam emails", "smokers and non-smokers", "working days compared with
/// non-working days": a yes/no column said with its negation compares its two values, so
/// it is a group.
fn flag_and_its_negation(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    for i in 0..tokens.len().saturating_sub(3) {
        let [said, joint, non, again] = &tokens[i..i + 4] else {
            continue;
        };
        if !matches!(joint.lower.as_str(), "vs" | "versus" | "and" | "or")
            || !matches!(non.lower.as_str(), "non" | "not")
            || used[i..i + 4].iter().any(|u| *u)
        {
            continue;
        }
        let Some(flag) = flag_of_word(schema, &said.lower, true, true) else {
            continue;
        };
        let same =
            flag_of_word(schema, &again.lower, true, true).is_some_and(|f| f.column == flag.column);
        if !same {
            continue;
        }
        used[i..i + 4].iter_mut().for_each(|u| *u = true);
        out.mentions.push(Mention::of(flag.column, Role::Group));
    }
    // "working days compared with non-working days", "the faces of cheaters and of
    // non-cheaters": a flag's words, joining words, then "non" and its words again.
    const JOINING: &[&str] = &[
        "and", "or", "vs", "versus", "compared", "with", "to", "of", "for", "the", "against",
    ];
    for k in 1..tokens.len().saturating_sub(1) {
        if tokens[k].lower != "non" || used[k] {
            continue;
        }
        let Some((flag, last)) = flag_named_at(schema, tokens, k + 1, 3) else {
            continue;
        };
        let first = (k.saturating_sub(8)..k).find(|&j| {
            !used[j]
                && flag_named_at(schema, tokens, j, 3).is_some_and(|(c, end)| {
                    c.name == flag.name
                        && end < k
                        && tokens[end + 1..k]
                            .iter()
                            .all(|t| JOINING.contains(&t.lower.as_str()))
                })
        });
        if let Some(first) = first
            && !used[k..=last].iter().any(|u| *u)
        {
            used[first..=last].iter_mut().for_each(|u| *u = true);
            out.mentions
                .push(Mention::of(flag.name.clone(), Role::Group));
        }
    }
}

/// "with and without a seatbelt", "customers with and without an international plan": the
/// column after both (a yes/no, or any of three values or fewer, said whole or abbreviated)
/// is the group.
fn with_and_without(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    for i in 0..tokens.len().saturating_sub(3) {
        let said = |k: usize, w: &str| tokens.get(k).is_some_and(|t| t.lower == w);
        if !(said(i, "with") && said(i + 1, "and") && said(i + 2, "without"))
            || used[i..i + 3].iter().any(|u| *u)
        {
            continue;
        }
        let at = if matches!(tokens[i + 3].lower.as_str(), "a" | "an" | "the") {
            i + 4
        } else {
            i + 3
        };
        let Some((column, end)) = flag_named_at(schema, tokens, at, 3) else {
            continue;
        };
        used[i..=end].iter_mut().for_each(|u| *u = true);
        out.mentions
            .push(Mention::of(column.name.clone(), Role::Group));
    }
}

/// The column of two or three values ("yes"/"no") that the words from `at` name, said whole
/// or abbreviated ("air conditioning" for `aircon`), maybe after up to two words that
/// qualify it ("a shall-carry law" for `law`), and the index of its last word.
fn flag_named_at<'s>(
    schema: &'s Schema,
    tokens: &[Token],
    at: usize,
    longest: usize,
) -> Option<(&'s ColumnRef, usize)> {
    let end_at = tokens.len().min(at + longest);
    (at..end_at).find_map(|start| {
        schema.columns.iter().find_map(|c| {
            if !c.binary && c.values.as_ref().is_none_or(|v| v.len() > 3) {
                return None;
            }
            (start..end_at).find_map(|end| {
                let words: Vec<&str> = tokens[start..=end]
                    .iter()
                    .map(|t| t.lower.as_str())
                    .collect();
                span_score(&c.words, &words, word_weight)
                    .is_some_and(|s| s >= 0.85)
                    .then_some((c, end))
            })
        })
    })
}

/// "for the self-employed and for everyone else", "African-American and other applicants",
/// "babies whose mothers smoked and those whose mothers did not": a yes/no column's word,
/// then "and" the others, compares its two values, a group.
fn flag_and_the_rest(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    for j in 1..tokens.len().saturating_sub(1) {
        // "and", "vs", "compared with".
        let joint = match tokens[j].lower.as_str() {
            "and" | "vs" | "versus" => 1,
            "compared"
                if tokens
                    .get(j + 1)
                    .is_some_and(|t| matches!(t.lower.as_str(), "with" | "to")) =>
            {
                2
            }
            _ => continue,
        };
        if used[j..j + joint].iter().any(|u| *u) {
            continue;
        }
        let mut k = j + joint;
        while tokens
            .get(k)
            .is_some_and(|t| matches!(t.lower.as_str(), "for" | "of" | "the" | "all"))
        {
            k += 1;
        }
        let Some(word) = tokens.get(k).map(|t| t.lower.as_str()) else {
            continue;
        };
        // "those whose mothers did not", "those who don't": the rest, said by a negation.
        let negation = (k + 1..tokens.len().min(k + 6))
            .find(|&n| matches!(tokens[n].lower.as_str(), "not" | "never" | "t" | "without"));
        let end = match word {
            "other" | "others" | "everyone" | "everybody" | "rest" | "non" => {
                if tokens.get(k + 1).is_some_and(|t| t.lower == "else") {
                    k + 1
                } else {
                    k
                }
            }
            "those" | "the" => match negation {
                Some(n) => n,
                None => continue,
            },
            // "society journals compared with commercial ones": the others, said by a word.
            _ if tokens.get(k + 1).is_some_and(|t| t.lower == "ones") => k + 1,
            _ => continue,
        };
        // The flag's words end before "and", at most four words before it.
        let named = (j.saturating_sub(5)..j).rev().find_map(|at| {
            flag_named_at(schema, tokens, at, j - at)
                .filter(|(_, last)| *last < j)
                .map(|(c, last)| (at, c, last))
        });
        let Some((first, column, last)) = named else {
            continue;
        };
        if used[first..=last].iter().any(|u| *u) {
            continue;
        }
        used[first..=last].iter_mut().for_each(|u| *u = true);
        used[j..=end].iter_mut().for_each(|u| *u = true);
        out.mentions
            .push(Mention::of(column.name.clone(), Role::Group));
    }
}

/// "private and public colleges" over `Private`, "survivors or the dead": a yes/no column's
/// word and a word the lexicon gives as its opposite compare its two values, a group.
fn flag_and_its_opposite(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    for i in 0..tokens.len().saturating_sub(2) {
        // "home games and in away games": the noun after each word, and a preposition
        // before the second, may be said.
        let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
        let noun = usize::from(
            i + 3 < tokens.len()
                && !used[i + 1]
                && !KEYWORDS.contains(&word(i + 1))
                && (2..=3).any(|k| word(i + 2 + k) == word(i + 1)),
        );
        let joint_at = i + 1 + noun;
        let preposition = usize::from(matches!(
            word(joint_at + 1),
            "in" | "for" | "of" | "at" | "on"
        ));
        let b_at = joint_at + 1 + preposition;
        let last = if noun == 1 { b_at + 1 } else { b_at };
        if b_at >= tokens.len() || last >= tokens.len() {
            continue;
        }
        let (a, joint, b) = (&tokens[i], &tokens[joint_at], &tokens[b_at]);
        if !matches!(joint.lower.as_str(), "vs" | "versus" | "and" | "or")
            || used[i..=last].iter().any(|u| *u)
        {
            continue;
        }
        let opposed = |said: &Token, other: &Token| {
            opposite_state(&other.lower)
                .and_then(|state| {
                    let flag = flag_of_word(schema, &said.lower, true, true)?;
                    flag_of_word(schema, state, true, true)
                        .filter(|f| f.column == flag.column)
                        .map(|_| flag)
                })
                // "fertilized vs unfertilized trees" over `Fert`: the word and its
                // negation by "un", over the one yes/no column the word names.
                .or_else(|| {
                    (other.lower.strip_prefix("un") == Some(said.lower.as_str()))
                        .then(|| flag_named_by(schema, &said.lower))
                        .flatten()
                })
        };
        let Some(flag) = opposed(a, b).or_else(|| opposed(b, a)) else {
            continue;
        };
        used[i..=last].iter_mut().for_each(|u| *u = true);
        out.mentions.push(Mention::of(flag.column, Role::Group));
    }
}

/// "for men and women", "males vs females", "for men and for women": both sexes named
/// together, over the one `sex` (or `gender`) column of two or three codes that are no
/// words for a sex (`1` and `2`), or the one yes/no column named for a sex (`female` of 0
/// and 1), are its groups. Which code is which is not known, so each sex alone is no
/// condition; both together need no code.
fn both_sexes(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
    let coded = |c: &&ColumnRef| {
        let few = match (&c.values, c.range) {
            (Some(values), _) => values.len() <= 3 && !values.iter().any(|v| sex_of_code(v)),
            (None, Some((low, high))) => c.kind == Kind::Number && high - low <= 2.0,
            _ => false,
        };
        let sex_flag = matches!(c.words.as_slice(), [w] if sex_of(w).is_some())
            && flag_value(schema, &c.name, true).is_some();
        (few && c.words.iter().any(|w| w == "sex" || synonym(w, "sex"))) || sex_flag
    };
    let mut columns = schema.columns.iter().filter(coded);
    let (Some(column), None) = (columns.next(), columns.next()) else {
        return;
    };
    for i in 0..tokens.len().saturating_sub(2) {
        let preposition = usize::from(
            tokens
                .get(i + 2)
                .is_some_and(|t| matches!(t.lower.as_str(), "for" | "among" | "of")),
        );
        let end = i + 2 + preposition;
        let (a, joint) = (&tokens[i], &tokens[i + 1]);
        let Some(b) = tokens.get(end) else {
            continue;
        };
        let (Some(one), Some(other)) = (sex_of(&a.lower), sex_of(&b.lower)) else {
            continue;
        };
        if one == other
            || !matches!(joint.lower.as_str(), "vs" | "versus" | "and" | "or")
            || used[i..=end].iter().any(|u| *u)
        {
            continue;
        }
        used[i..=end].iter_mut().for_each(|u| *u = true);
        out.mentions
            .push(Mention::of(column.name.clone(), Role::Group));
        return;
    }
}

/// The one yes/no column whose name has a word `word` says (not only by a typo):
/// "fertilized" for `Fert`.
fn flag_named_by(schema: &Schema, word: &str) -> Option<Filter> {
    let mut flags = schema.columns.iter().filter_map(|c| {
        let named = c
            .words
            .iter()
            .any(|w| name_word_match(w, &[word]).is_some_and(|m| m != WordMatch::Typo));
        named
            .then(|| flag_value(schema, &c.name, true))
            .flatten()
            .map(|v| Filter::on(c.name.clone(), Cmp::Eq, v))
    });
    match (flags.next(), flags.next()) {
        (Some(filter), None) => Some(filter),
        _ => None,
    }
}

/// "goals scored by the home team" over `HomeTeam` and `HomeGoals`: a text column after a
/// participle, "by" and "the" is who did it, not a grouping. Where it shares a name word
/// with another column named (`Home`), it only says which of them is meant, and is no
/// mention itself. ("Points won by each team" still groups: no "the".)
fn agent_naming_another(
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
fn ranked_by_things_counted(
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
            && !super::defaults::is_ratio(column)
            && singular(&tokens[end - 1].lower) != tokens[end - 1].lower
            // "top 5 items by calories": a unit measures, it counts no things.
            && !super::keywords::UNITS.contains(&tokens[end - 1].lower.as_str())
    })
}

/// Whether a value of a column is a word or letter for a sex (`Male`, `f`).
fn sex_of_code(value: &str) -> bool {
    let v = value.to_lowercase();
    matches!(v.as_str(), "m" | "f") || sex_of(&v).is_some()
}

/// The `= yes` (or `= no`) filter of the one yes/no column whose one-word name `word` is in
/// another form ("survival", "survivors" for `survived`), or is itself when `as_named`.
/// The yes (or no) of the one yes/no column whose name of several words, written as one,
/// is `state` ("ontime" for `OnTime`).
fn flag_named_whole(schema: &Schema, state: &str, yes: bool) -> Option<Filter> {
    let mut flags = schema
        .columns
        .iter()
        .filter(|c| c.words.len() >= 2 && c.words.concat() == state)
        .filter_map(|c| {
            flag_value(schema, &c.name, yes).map(|v| Filter::on(c.name.clone(), Cmp::Eq, v))
        });
    match (flags.next(), flags.next()) {
        (Some(filter), None) => Some(filter),
        _ => None,
    }
}

fn flag_of_word(schema: &Schema, word: &str, as_named: bool, yes: bool) -> Option<Filter> {
    let mut flags = schema.columns.iter().filter_map(|c| {
        let [name] = c.words.as_slice() else {
            return None;
        };
        let same = name == word || singular(word) == name;
        // "condo applications" over `condomin`: both cut short from one word.
        let cut_short = word.len() >= 5 && name.len() > word.len() + 1 && name.starts_with(word);
        let fits = if as_named {
            same || same_stem(name, word) || compound_of(name, word)
        } else {
            !same && (same_stem(name, word) || cut_short)
        };
        fits.then(|| flag_value(schema, &c.name, yes))
            .flatten()
            .map(|v| Filter::on(c.name.clone(), Cmp::Eq, v))
    });
    match (flags.next(), flags.next()) {
        (Some(filter), None) => Some(filter),
        _ => None,
    }
}

/// "expenditure per student", "father's height": a quantity said of another quantity is
/// the first column, the second only describing it. When a numeric column is followed by a
/// possessive "'s" and a second numeric column (not a date or year), or by "per" and one of
/// what a column of counts counts, the second span is read as part of the first, so a
/// comparison after it ("is above 6000") reaches the first.
fn qualified_columns(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    spans: &mut Vec<(usize, usize, String)>,
) {
    let quantity = |c: &str| {
        schema.get(c).is_some_and(|col| {
            col.kind == Kind::Number && !col.binary && !super::chart::time_like(schema, c)
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
fn owner_before_a_column(
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
fn flag_before_a_flag(schema: &Schema, spans: &mut Vec<(usize, usize, String)>) {
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

/// Find column-name spans, longest and best-matching first. Returns (start, end, column).
/// "how much money did these pizzas bring in", "revenue by type of pizza" over rows that
/// are sales at a `price` (a dataset named for its sales or orders): the money taken is
/// the total of the one price column, when no column is named for it.
fn takings_of_prices(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
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
fn qualified_by_participle(tokens: &[Token], spanned: &[bool], k: usize) -> bool {
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
fn ranked_participles(schema: &Schema, mut tokens: Vec<Token>) -> Vec<Token> {
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
fn code_of_one_name(schema: &Schema, col: &ColumnRef, word: &str) -> bool {
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

fn match_columns(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    out: &mut Scan,
) -> Vec<(usize, usize, String)> {
    // (start, len, score, column index)
    let mut candidates: Vec<(usize, usize, f64, usize)> = Vec::new();
    // "the least area" with no chart asked: "area" is the data's word.
    let charting = chart_asked(tokens);
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
                let name_word = |k: usize| {
                    k + 1 < words.len()
                        && col.words.len() >= 2
                        && WHOLE.contains(&words[k])
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
            let pick = quantity_over_its_kind(schema, &tied)
                .or_else(|| of_the_year_said(schema, &tied, tokens, &said, &elsewhere))
                .or_else(|| letter_said_before(schema, &tied, &said, &elsewhere))
                .or_else(|| described_over_coded(schema, &tied, &said))
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
    let after_by = |a: &(usize, usize, String)| {
        a.0 > 0 && matches!(tokens[a.0 - 1].lower.as_str(), "by" | "which" | "what")
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
fn bracketed(tokens: &[Token], stem: &str, number: &str) -> Vec<(usize, usize)> {
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

/// Of columns a question's words name equally well, the one whose other name words the
/// rest of the question says ("companies" with "worked" is `NumCompaniesWorked`, not
/// `YearsAtCompany`), when one says clearly more (by [`word_weight`]).
fn by_context(schema: &Schema, tied: &[usize], said: &[&str], elsewhere: &[&str]) -> Option<usize> {
    let mut scored: Vec<(f64, usize)> = tied
        .iter()
        .map(|&k| {
            let score: f64 = schema.columns[k]
                .words
                .iter()
                .filter(|w| !said.iter().any(|s| name_word_match(w, &[s]).is_some()))
                .filter(|w| {
                    elsewhere.iter().any(|e| {
                        name_word_match(w, &[e]).is_some()
                                || begins_alike(w, e)
                                // "days above 70 in 1948": `dx70` of `dx70_1948`.
                                || stem_and_number(w).is_some_and(|(_, n)| n == *e)
                    })
                })
                .map(|w| word_weight(w))
                .sum();
            (score, k)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    match scored.as_slice() {
        [(best, k), (second, _), ..] if *best >= second + 1.0 => Some(*k),
        _ => None,
    }
}

/// Whether a name word and a word said begin with the same three letters or more, a word
/// of the question's own grammar aside ("raw" and `rawpoll`, "adjusted" and `adjpoll`).
fn begins_alike(name: &str, said: &str) -> bool {
    let common = name
        .chars()
        .zip(said.chars())
        .take_while(|(a, b)| a == b && a.is_alphabetic())
        .count();
    common >= 3 && !KEYWORDS.contains(&said)
}

/// Of columns a question's words name equally well, the one whose name is the words cut
/// short ("real investment" for `realinv`, not `realint`, whose `int` is scattered over
/// "investment"), when exactly one is.
fn truncated(schema: &Schema, tied: &[usize], said: &[&str]) -> Option<usize> {
    let cut: Vec<usize> = tied
        .iter()
        .copied()
        .filter(|&k| spelled_by_prefixes(&schema.columns[k].words.concat(), said))
        .collect();
    match cut.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// Of columns one word names equally well as abbreviations ("height" for `hg` and `ht`),
/// the one whose name is a contraction of it, keeping its first and last letters as "ht",
/// "wt" and "yr" do, when exactly one is.
fn contracted(schema: &Schema, tied: &[usize], said: &[&str]) -> Option<usize> {
    let [word] = said else { return None };
    let cut: Vec<usize> = tied
        .iter()
        .copied()
        .filter(|&k| matches!(&schema.columns[k].words[..], [name] if contraction(name, word)))
        .collect();
    match cut.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// Of columns a question's words name equally well ("sleep" for `sleep_total`, `sleep_rem`,
/// `sleep_cycle`), the one whose other words only say it is the whole of the quantity
/// (`total`, `overall`, ...), when exactly one is; `None` leaves the choice to the person.
/// Of names that are one letter and the word said (`goutput`, `noutput` for "output"), the
/// one whose letter begins another word of the question ("gross output": `goutput`).
fn letter_said_before(
    schema: &Schema,
    tied: &[usize],
    said: &[&str],
    elsewhere: &[&str],
) -> Option<usize> {
    let [word] = said else {
        return None;
    };
    let mut picked = tied.iter().copied().filter(|&k| {
        let [name] = schema.columns[k].words.as_slice() else {
            return false;
        };
        let Some(letter) = name.chars().next().filter(|c| c.is_ascii_alphabetic()) else {
            return false;
        };
        same_noun(&name[1..], word)
            && elsewhere.iter().any(|e| {
                e.len() >= 3
                    && e.starts_with(letter)
                    && e.chars().all(char::is_alphabetic)
                    && !KEYWORDS.contains(e)
            })
    });
    match (picked.next(), picked.next()) {
        (Some(k), None) => Some(k),
        _ => None,
    }
}

/// Nouns for the kind of a thing, not the thing: `salary_type`, "age group", "age band".
const KIND_WORDS: &[&str] = &[
    "type", "kind", "category", "class", "group", "status", "level", "code", "unit", "band",
];

/// Of a quantity's column and a text column of its kind (`current_salary` and
/// `salary_type`: "wage" names both), the quantity: the other only says what sort of it
/// each row has.
fn quantity_over_its_kind(schema: &Schema, tied: &[usize]) -> Option<usize> {
    let numbers: Vec<usize> = tied
        .iter()
        .copied()
        .filter(|&k| schema.columns[k].kind == Kind::Number)
        .collect();
    let kinds = tied.iter().filter(|&&k| {
        let c = &schema.columns[k];
        c.kind == Kind::Text && c.words.iter().any(|w| KIND_WORDS.contains(&w.as_str()))
    });
    match numbers.as_slice() {
        [one] if kinds.count() + 1 == tied.len() => Some(*one),
        _ => None,
    }
}

fn plainest(schema: &Schema, tied: &[usize], said: &[&str]) -> Option<usize> {
    let plain: Vec<usize> = tied
        .iter()
        .copied()
        .filter(|&k| {
            schema.columns[k].words.iter().all(|w| {
                WHOLE.contains(&w.as_str())
                    || said.iter().any(|s| name_word_match(w, &[s]).is_some())
            })
        })
        .collect();
    match plain.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// Name words that say a column spells its things out (`mfr_name`, `drive_desc`).
const SPELT_OUT: &[&str] = &["name", "desc", "description", "label", "title"];

/// Name words that say a column holds its things as codes (`mfr_code`, `drive_sys`).
const CODED: &[&str] = &["code", "cd", "sys", "id", "abbr", "abbrev", "key", "short"];

/// Of columns a word names equally well that hold one thing as a name and as a code
/// (`mfr_name` and `mfr_code` for "manufacturer", `drive_desc` and `drive_sys` for "drive
/// type", `country_name` and `country_code_2`), the one that spells it out: what a person
/// reads and means.
fn described_over_coded(schema: &Schema, tied: &[usize], said: &[&str]) -> Option<usize> {
    let spelt = |rest: &[&str]| matches!(rest, [w] if SPELT_OUT.contains(w));
    let coded = |rest: &[&str]| {
        rest.iter()
            .all(|w| CODED.contains(w) || w.chars().all(|c| c.is_ascii_digit()))
    };
    one_told_apart(schema, tied, said, spelt, coded)
        .filter(|&k| schema.columns[k].kind == Kind::Text)
}

/// Of columns tied for the words `said`, the one whose other name words `this` fits, when
/// exactly one does and every other's fit `others`.
fn one_told_apart(
    schema: &Schema,
    tied: &[usize],
    said: &[&str],
    this: impl Fn(&[&str]) -> bool,
    others: impl Fn(&[&str]) -> bool,
) -> Option<usize> {
    let rest = |k: usize| -> Vec<&str> {
        schema.columns[k]
            .words
            .iter()
            .map(String::as_str)
            .filter(|w| !said.iter().any(|s| name_word_match(w, &[s]).is_some()))
            .collect()
    };
    let picked: Vec<usize> = tied.iter().copied().filter(|&k| this(&rest(k))).collect();
    let rest_fit = tied
        .iter()
        .all(|&k| picked.contains(&k) || others(&rest(k)));
    match picked.as_slice() {
        [one] if rest_fit => Some(*one),
        _ => None,
    }
}

/// Words that say a column holds the main one of several of a kind (`primary_breed`).
const PRIMARY: &[&str] = &["primary", "main", "principal", "first", "1st"];

/// Words that say a column holds another one of a kind besides the main (`secondary_breed`).
const SECONDARY: &[&str] = &["secondary", "second", "2nd", "other", "alt", "alternate"];

/// Of columns a word names equally well that differ only by which one of a kind they hold,
/// the main one ("the most common dog breed" is `primary_breed`, not `secondary_breed`):
/// its other name word says it is the primary, and every other's says another.
fn the_primary(schema: &Schema, tied: &[usize], said: &[&str]) -> Option<usize> {
    one_told_apart(
        schema,
        tied,
        said,
        |rest| matches!(rest, [w] if PRIMARY.contains(w)),
        |rest| matches!(rest, [w] if SECONDARY.contains(w)),
    )
}

/// Of columns a question's words name equally well, the one whose name the others all
/// begin with and add to (`battleDeaths` of `battleDeathsPMP`, per million people): the
/// quantity itself, before what is made of it.
fn the_stem_of_the_others(schema: &Schema, tied: &[usize]) -> Option<usize> {
    let words = |k: usize| &schema.columns[k].words;
    let mut stems = tied.iter().copied().filter(|&k| {
        tied.iter()
            .all(|&o| o == k || (words(o).len() > words(k).len() && words(o).starts_with(words(k))))
    });
    match (stems.next(), stems.next()) {
        (Some(k), None) => Some(k),
        _ => None,
    }
}

/// Of columns a question's words name equally well where the others are its name with a
/// negation written in (`count_working` and `count_not_working` for "students working"),
/// the one without, unless the question negates.
fn the_affirmed(schema: &Schema, tied: &[usize], tokens: &[Token]) -> Option<usize> {
    if tokens.iter().any(|t| NEGATIONS.contains(&t.lower.as_str())) {
        return None;
    }
    let words = |k: usize| &schema.columns[k].words;
    let negated = |o: usize, k: usize| {
        let (o, k) = (words(o), words(k));
        o.len() == k.len() + 1
            && o.iter().any(|w| NEGATIONS.contains(&w.as_str()))
            && o.iter()
                .filter(|w| !NEGATIONS.contains(&w.as_str()))
                .eq(k.iter())
    };
    let mut affirmed = tied
        .iter()
        .copied()
        .filter(|&k| tied.iter().all(|&o| o == k || negated(o, k)));
    match (affirmed.next(), affirmed.next()) {
        (Some(k), None) => Some(k),
        _ => None,
    }
}

/// Of columns a word names equally well, the only one that has it as a whole word of its
/// name ("precinct" is `policePrecinct`, not `preRace` that it begins with).
fn said_whole(schema: &Schema, tied: &[usize], said: &[&str]) -> Option<usize> {
    let whole: Vec<usize> = tied
        .iter()
        .copied()
        .filter(|&k| {
            schema.columns[k]
                .words
                .iter()
                .any(|w| said.iter().any(|s| same_noun(w, s)))
        })
        .collect();
    match whole.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// Name words of a column that holds an amount of things (`amt_weekends`, `num_children`).
const AMOUNT_WORDS: &[&str] = &["amt", "amount", "num", "number", "qty", "quantity", "count"];

/// Words that say which of a quantity's readings a column holds (`low_temp`, `max_wind`).
const QUALIFIERS: &[&str] = &[
    "low", "high", "min", "max", "minimum", "maximum", "avg", "average", "mean", "median",
];

/// Name words that say a column is the whole of a quantity, not a part or a variant.
const WHOLE: &[&str] = &["total", "overall", "all", "gross", "combined", "sum"];

/// Units a count of whole things is said in ("by years of schooling", "by hours of
/// sleep").
fn is_unit_of_count(word: &str) -> bool {
    matches!(
        word,
        "years" | "months" | "weeks" | "days" | "hours" | "minutes" | "times"
    )
}

/// The role of a mention from the words just before it.
fn role_before(
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

/// The initials of a name of three or more alphabetic words ("mpg" for miles, per, gallon),
/// when they make at least three letters.
/// The span (start, length) of "X of (the) Y" whose initials, "of" included, are `name`,
/// a name of three letters ("day of the week" for `dow`). Not where a word is a name
/// itself ("price of a pack" is no `pop` beside `price`).
fn initials_with_of(schema: &Schema, tokens: &[Token], name: &str) -> Option<(usize, usize)> {
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

fn initials(words: &[String]) -> Option<String> {
    if words.len() < 3 || !words.iter().all(|w| w.chars().all(char::is_alphabetic)) {
        return None;
    }
    Some(words.iter().filter_map(|w| w.chars().next()).collect())
}

/// "cereals with no vitamins" over a `vitamins` of `enriched`, `100%` and `none`: where a
/// text column says "none" as a value, an absence is that value, not a missing one.
fn none_as_the_data_says_it(schema: &Schema, filter: Filter) -> Filter {
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
fn the_noun_with_the_extreme(
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The columns the scan mentions in `role`, in order.
    fn in_role(out: &Scan, role: Role) -> Vec<&str> {
        out.mentions
            .iter()
            .filter(|m| m.role == role)
            .map(|m| m.column.as_str())
            .collect()
    }

    #[test]
    fn over_the_years_is_the_column_of_years() {
        let schema = Schema::of_csv(
            "oscars",
            "oscar_yr,age,birth_date\n1990,40,1950-01-02\n1991,35,1956-03-04\n",
        );
        let out = scan(&schema, "line chart of age over the years");
        let versus = in_role(&out, Role::Versus);
        assert_eq!(versus, ["oscar_yr"]);
    }

    #[test]
    fn no_before_a_numbered_yes_no_column_is_its_no() {
        let schema = Schema::of_csv(
            "wages",
            "health,health_ins,wage\n1. Good,1. Yes,10\n2. Bad,2. No,5\n1. Good,1. Yes,7\n",
        );
        let out = scan(&schema, "how many workers have no health insurance");
        assert_eq!(
            out.filters,
            [Filter::on(
                "health_ins",
                Cmp::Eq,
                serde_json::json!("2. No")
            )]
        );
    }

    #[test]
    fn the_rows_owner_before_a_column_is_no_column() {
        let schema = Schema::of_csv(
            "brexit_polls",
            "enddate,poll_type,remain\n2016-06-01,Online,0.5\n2016-06-02,Phone,0.4\n",
        );
        let out = scan(
            &schema,
            "line chart of the remain share by the poll's end date",
        );
        let columns: Vec<(&str, Role)> = out
            .mentions
            .iter()
            .map(|m| (m.column.as_str(), m.role))
            .collect();
        assert_eq!(
            columns,
            [("remain", Role::Measure), ("enddate", Role::Group)]
        );
        // "polls" names the rows, not `poll_type`.
        assert!(schema.is_row_noun("polls"));
    }

    #[test]
    fn a_word_of_the_whole_abbreviated_first_in_a_name_is_part_of_it() {
        let schema = Schema::of_csv(
            "longley",
            "YEAR,TOTEMP,GNP\n1950,60323,234\n1951,61122,259\n",
        );
        let out = scan(&schema, "average total employment");
        assert_eq!(in_role(&out, Role::Measure), ["TOTEMP"]);
        assert_eq!(out.agg, Some(AggFunc::Mean));
        // Said alone, the word still asks for the total.
        let out = scan(&schema, "total employment in 1951");
        assert_eq!(in_role(&out, Role::Measure), ["TOTEMP"]);
        assert_eq!(out.agg, Some(AggFunc::Sum));
        // "employment" alone does not start `TOTEMP`.
        assert!(scan(&schema, "average employment").mentions.is_empty());
    }

    #[test]
    fn the_words_of_one_name_said_apart_are_one_mention() {
        let schema = Schema::of_csv(
            "fair",
            "rate_marriage,age,affairs\n3,32,0.1\n5,27,0\n4,22,0\n",
        );
        let out = scan(&schema, "what share of women rate their marriage as 5");
        assert!(out.mentions.is_empty(), "{:?}", out.mentions);
        assert_eq!(
            out.filters,
            [Filter::on("rate_marriage", Cmp::Eq, serde_json::json!(5))]
        );
        let out = scan(&schema, "average rate of their marriage by age");
        assert_eq!(in_role(&out, Role::Measure), ["rate_marriage"]);
        // Two columns said apart stay two.
        let out = scan(&schema, "age against the affairs");
        assert_eq!(out.mentions.len(), 2);
    }

    #[test]
    fn a_condition_said_twice_is_one() {
        let schema = Schema::of_csv(
            "flights",
            "carrier,arr_time,arr_delay\nUA,830,11\nAA,923,-18\n",
        );
        let out = scan(
            &schema,
            "percentage of flights that arrived early or on time (an arrival delay of 0 or less)",
        );
        assert_eq!(
            out.filters,
            [Filter::on("arr_delay", Cmp::Le, serde_json::json!(0))]
        );
    }

    #[test]
    fn initials_give_way_to_a_word_that_is_another_name() {
        let schema = Schema::of_csv("carseats", "Sales,Price,US\n9.5,120,Yes\n11,83,No\n");
        let out = scan(&schema, "average unit sales by price");
        let columns: Vec<&str> = out.mentions.iter().map(|m| m.column.as_str()).collect();
        assert_eq!(columns, ["Sales", "Price"]);
        let schema = Schema::of_csv("crabs", "CL,CW\n16.1,19\n18.1,20.8\n");
        let out = scan(&schema, "average carapace length");
        assert_eq!(out.mentions[0].column, "CL");
    }

    #[test]
    fn different_things_named_by_identifiers_are_their_distinct_values() {
        let schema = Schema::of_csv(
            "evals",
            "course_id,prof_id,score\n1,1,4.7\n2,1,4.1\n3,2,3.9\n",
        );
        let out = scan(&schema, "how many different professors are in the data?");
        assert_eq!(out.mentions.len(), 1);
        assert_eq!(out.mentions[0].column, "prof_id");
        assert_eq!(out.mentions[0].agg, Some(AggFunc::NUnique));
        // Without "different", the rows' count stands.
        let out = scan(&schema, "how many professors are in the data?");
        assert!(out.mentions.iter().all(|m| m.agg != Some(AggFunc::NUnique)));
    }

    #[test]
    fn flags_in_a_compound_a_negation_and_a_name_cut_short() {
        let schema = Schema::of_csv(
            "insurance",
            "health,insurance,limit,condomin,deny\nyes,yes,no,no,yes\nno,no,yes,yes,no\n",
        );
        let filters = |question: &str| {
            let mut f: Vec<(String, String)> = scan(&schema, question)
                .filters
                .into_iter()
                .map(|f| (f.column, f.value.as_str().unwrap_or_default().to_string()))
                .collect();
            f.sort();
            f
        };
        let pair = |c: &str, v: &str| (c.to_string(), v.to_string());
        // "health" only says which insurance.
        assert_eq!(
            filters("how many people have health insurance?"),
            [pair("insurance", "yes")]
        );
        // "uninsured" is insurance = no.
        assert_eq!(
            filters("how many uninsured people have a limitation?"),
            [pair("insurance", "no"), pair("limit", "yes")]
        );
        // "condo" and `condomin` are both cut short from "condominium"; "denied" is `deny`.
        assert_eq!(
            filters("how many condo applications were denied?"),
            [pair("condomin", "yes"), pair("deny", "yes")]
        );
        // "accepted" is the opposite of denied.
        assert_eq!(
            filters("how many applications were accepted?"),
            [pair("deny", "no")]
        );
    }

    #[test]
    fn a_flag_and_the_rest_or_with_and_without_it_are_its_groups() {
        let schema = Schema::of_csv(
            "mortgages",
            "deny,afam,selfemp,law,violent,smoke,weight\nyes,yes,no,yes,300,1,2500\n\
             no,no,yes,no,500,0,3100\n",
        );
        for (question, column) in [
            (
                "denial rate for African-American and other applicants",
                "afam",
            ),
            (
                "share denied for the self-employed and for everyone else",
                "selfemp",
            ),
            (
                "average violent crime with and without a shall-carry law",
                "law",
            ),
            (
                "average violent crime in law states compared with other ones",
                "law",
            ),
            (
                "average weight of babies whose mothers smoked and of those whose mothers did not",
                "smoke",
            ),
        ] {
            let out = scan(&schema, question);
            assert_eq!(in_role(&out, Role::Group), [column], "{question}");
            assert!(out.filters.iter().all(|f| f.column != column), "{question}");
        }
    }

    #[test]
    fn a_word_elsewhere_that_begins_like_a_name_word_settles_a_tie() {
        let schema = Schema::of_csv(
            "polls",
            "state,rawpoll_clinton,adjpoll_clinton,rawpoll_trump\nOhio,45,44,46\nIowa,42,43,47\n",
        );
        let out = scan(&schema, "average raw Clinton percentage by state");
        assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
        assert_eq!(in_role(&out, Role::Measure), ["rawpoll_clinton"]);
        let out = scan(&schema, "average adjusted Clinton share");
        assert_eq!(in_role(&out, Role::Measure), ["adjpoll_clinton"]);
        assert!(begins_alike("rawpoll", "raw") && !begins_alike("rawpoll", "rate"));
    }

    #[test]
    fn an_amount_of_things_no_column_names_is_held_by_a_column_of_amounts_said() {
        let schema = Schema::of_csv(
            "smokers",
            "smoke,amt_weekends,amt_weekdays,age\nYes,20,10,30\nNo,,,40\n",
        );
        let question = "on average, how many cigarettes a day do smokers smoke at weekends?";
        let out = scan(&schema, question);
        assert!(out.not_found.is_none(), "{:?}", out.not_found);
        assert_eq!(in_role(&out, Role::Measure), ["amt_weekends"]);
        // With no column of amounts said, the things are not in the data.
        let out = scan(&schema, "how many cigars did smokers smoke at age 30?");
        assert!(out.not_found.is_some());
    }

    #[test]
    fn an_adjective_made_from_a_name_before_another_column_is_not_that_column() {
        let schema = Schema::of_csv(
            "snow",
            "SeasonStart,SeasonEnd,Total\n1990,1991,50\n1991,1992,60\n",
        );
        let out = scan(&schema, "average seasonal total");
        assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
        assert_eq!(in_role(&out, Role::Measure), ["Total"]);
    }

    #[test]
    fn a_qualifier_alone_names_every_reading_and_an_adjective_picks_one() {
        let schema = Schema::of_csv(
            "weather",
            "city,low_temp,low_dewpt,low_hg,low_vis\nChicago,1,2,30,4\nBeijing,5,6,29,8\n",
        );
        // The short unit of `low_hg` does not make "low" its name alone.
        let out = scan(&schema, "average low in Chicago");
        assert_eq!(out.ambiguous.map(|a| a.1.len()), Some(4));
        let out = scan(&schema, "the coldest low in Chicago");
        assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
        assert_eq!(in_role(&out, Role::Measure), ["low_temp"]);
    }

    #[test]
    fn a_word_said_whole_in_one_name_beats_the_name_it_begins() {
        let schema = Schema::of_csv(
            "stops",
            "policePrecinct,preRace,problem\n1,White,traffic\n5,Black,suspicious\n",
        );
        let out = scan(&schema, "which precinct made the most stops?");
        assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
        assert_eq!(in_role(&out, Role::Which), ["policePrecinct"]);
    }

    #[test]
    fn an_average_daily_value_is_over_the_rows_not_per_date() {
        let schema = Schema::of_csv(
            "weather",
            "date,city,high_temp\n2016-01-01,Auckland,68\n2016-01-01,Chicago,30\n2016-01-02,Chicago,28\n",
        );
        let out = scan(&schema, "average daily high temperature in each city");
        assert_eq!(in_role(&out, Role::Group), ["city"]);
        // "daily sales" alone is still per date.
        let out = scan(&schema, "daily high temperature in Chicago as a line chart");
        assert!(out.mentions.iter().any(|m| m.column == "date"));
    }

    #[test]
    fn which_and_a_number_ask_for_that_many_of_a_column() {
        let schema = Schema::of_csv(
            "elections",
            "constituency,county\nAldershot,Hampshire\nBath,Avon\nBristol East,Avon\n",
        );
        let out = scan(&schema, "which 3 counties have the most constituencies?");
        assert_eq!(in_role(&out, Role::Which), ["county"]);
        assert_eq!(out.top_n, Some(3));
    }

    #[test]
    fn a_period_within_a_longer_one_names_only_the_first() {
        let schema = Schema::of_csv(
            "utilities",
            "month,year,gasbill\n12,1999,112.7\n1,2000,95.9\n",
        );
        let out = scan(&schema, "average gas bill for each month of the year");
        assert_eq!(in_role(&out, Role::Group), ["month"]);
        assert_eq!(in_role(&out, Role::Measure), ["gasbill"]);
        // A name that says both keeps them.
        let schema = Schema::of_csv("rides", "day_of_week,rides\nMon,10\nTue,12\n");
        let out = scan(&schema, "average rides by day of the week");
        assert_eq!(in_role(&out, Role::Group), ["day_of_week"]);
    }

    #[test]
    fn a_partial_name_before_another_whole_name_qualifies_it() {
        let schema = Schema::of_csv(
            "evals",
            "score,cls_perc_eval,cls_did_eval,gender\n4.7,55.8,24,female\n4.1,68.8,86,male\n",
        );
        let out = scan(&schema, "average evaluation score by gender");
        assert_eq!(in_role(&out, Role::Measure), ["score"]);
        assert!(out.ambiguous.is_none());
    }

    #[test]
    fn a_stem_and_a_year_name_the_word_and_the_year_said() {
        let schema = Schema::of_csv(
            "districts",
            "Dist,uni2013,uni2015,uniChange\nTX-33,0.385,0.3,0.085\nCA-29,0.2,0.1,0.1\n",
        );
        let out = scan(
            &schema,
            "which district had the highest uninsured rate in 2013?",
        );
        assert_eq!(in_role(&out, Role::Measure), ["uni2013"]);
        // The year is the name's, not a condition.
        assert!(out.filters.is_empty());
        let out = scan(
            &schema,
            "how many districts had more than 20% of the people uninsured in 2015?",
        );
        assert_eq!(
            out.filters,
            [Filter::on("uni2015", Cmp::Gt, serde_json::json!(0.2))]
        );
    }

    #[test]
    fn a_number_and_unit_name_a_distance_column() {
        let schema = Schema::of_csv(
            "heptathlon",
            "athlete,run200m,run800m\nJoyner-Kersee (USA),22.56,128.51\nJohn (GDR),23.65,126.12\n",
        );
        for (question, column) in [
            ("who ran the fastest 800 metres?", "run800m"),
            ("average 200 m time", "run200m"),
            ("histogram of the 800m", "run800m"),
        ] {
            let out = scan(&schema, question);
            let named: Vec<&str> = out.mentions.iter().map(|m| m.column.as_str()).collect();
            assert!(named.contains(&column), "{question}: {named:?}");
            assert!(out.filters.is_empty(), "{question}");
        }
        // The fastest is the lowest time.
        let out = scan(&schema, "who ran the fastest 800 metres?");
        assert_eq!(out.superlative, Some(Order::Asc));
    }

    #[test]
    fn which_level_of_a_column_asks_for_its_values() {
        let schema = Schema::of_csv("esoph", "alcgp,ncases\n0-39,1\n40-79,2\n40-79,3\n");
        let out = scan(
            &schema,
            "which level of alcohol consumption has the most cases",
        );
        let which = in_role(&out, Role::Which);
        assert_eq!(which, ["alcgp"]);
    }

    #[test]
    fn a_word_between_by_and_a_column_qualifies_it() {
        let schema = Schema::of_csv("liver", "bili,stage\n1.5,1\n14,4\n2,4\n");
        let out = scan(&schema, "average bilirubin by disease stage");
        let groups = in_role(&out, Role::Group);
        assert_eq!(groups, ["stage"]);
    }

    #[test]
    fn a_word_before_a_column_after_by_is_no_missing_column() {
        let schema = Schema::of_csv("computers", "price,speed,aircon\n1499,25,no\n2000,33,yes\n");
        let out = scan(&schema, "average price by clock speed");
        assert!(out.not_found.is_none(), "{:?}", out.not_found);
        // With and without a column said in full ("air conditioning" for `aircon`).
        let out = scan(&schema, "average price with and without air conditioning");
        assert!(
            out.mentions
                .iter()
                .any(|m| m.column == "aircon" && m.role == Role::Group)
        );
    }

    #[test]
    fn both_sexes_named_over_a_coded_sex_column_are_its_groups() {
        let schema = Schema::of_csv("lung", "time,sex\n306,1\n455,2\n1010,1\n");
        let out = scan(&schema, "average survival time for men and women");
        assert_eq!(in_role(&out, Role::Group), ["sex"]);
        assert!(out.filters.is_empty(), "{:?}", out.filters);
        // One sex alone: its code is not known, so no group and no guess.
        let out = scan(&schema, "average survival time for women");
        assert!(in_role(&out, Role::Group).is_empty());
        // Coded as words, the sexes are values as before.
        let schema = Schema::of_csv("people", "height,sex\n180,male\n165,female\n");
        let out = scan(&schema, "average height of men and women");
        assert!(in_role(&out, Role::Group).is_empty());
    }

    #[test]
    fn who_did_it_after_a_participle_names_which_column_not_a_group() {
        let schema = Schema::of_csv(
            "matches",
            "HomeTeam,AwayTeam,HomeGoals,AwayGoals\nA,B,1,0\nB,A,2,2\nA,C,0,3\n",
        );
        let out = scan(&schema, "average number of goals scored by the home team");
        assert!(in_role(&out, Role::Group).is_empty(), "{:?}", out.mentions);
        assert_eq!(in_role(&out, Role::Measure), ["HomeGoals"]);
        // "by each" still groups.
        let out = scan(&schema, "average goals scored by each home team");
        assert_eq!(in_role(&out, Role::Group), ["HomeTeam"]);
    }

    #[test]
    fn the_top_groups_by_things_counted_add_them_up() {
        let schema = Schema::of_csv(
            "matches",
            "HomeTeam,AwayTeam,HomeGoals,AwayGoals,rating\nA,B,1,0,2.5\nB,A,2,2,3\nA,C,0,3,1\n",
        );
        let out = scan(&schema, "top 3 teams by goals scored in away games");
        assert!(out.counted_superlative);
        // A quantity said in the singular is not counted things.
        let out = scan(&schema, "top 3 teams by rating");
        assert!(!out.counted_superlative);
        // Nor is a unit.
        let schema = Schema::of_csv("menu", "item,calories\nburger,500\nburger,700\nfries,300\n");
        let out = scan(&schema, "top 2 items by calories");
        assert!(!out.counted_superlative);
    }

    #[test]
    fn the_number_a_name_carries_is_no_condition_and_settles_a_tie() {
        let schema = Schema::of_csv(
            "stations",
            "station,dx70_1948,dx70_2018,dx90_1948,dx90_2018\nA,131,147,11,16\nB,80,99,1,1\n",
        );
        let out = scan(&schema, "average number of days above 70 degrees in 1948");
        assert!(out.filters.is_empty(), "{:?}", out.filters);
        assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
        assert_eq!(in_role(&out, Role::Measure), ["dx70_1948"]);
        let out = scan(
            &schema,
            "days above 90 in 2018 against days above 90 in 1948",
        );
        assert_eq!(in_role(&out, Role::Measure), ["dx90_2018"]);
        assert_eq!(in_role(&out, Role::Versus), ["dx90_1948"]);
        let out = scan(
            &schema,
            "how many stations had more days above 90 degrees in 2018 than in 1948?",
        );
        assert_eq!(
            out.filters,
            [Filter::against("dx90_2018", Cmp::Gt, "dx90_1948")]
        );
        assert!(out.not_found.is_none(), "{:?}", out.not_found);
    }

    #[test]
    fn a_noun_of_a_noun_is_the_name_of_its_initials() {
        let schema = Schema::of_csv(
            "taxi",
            "tip,distance,dow,hour\nyes,2.5,Mon,8\nno,1.0,Sat,23\n",
        );
        let out = scan(&schema, "average trip distance by day of the week");
        assert_eq!(in_role(&out, Role::Group), ["dow"]);
        assert!(out.not_found.is_none(), "{:?}", out.not_found);
        let schema = Schema::of_csv(
            "cigarettes",
            "year,price,pop\n70,36.5,4000\n90,140.1,5000\n",
        );
        let out = scan(&schema, "average price of a pack of cigarettes in 1970");
        assert_eq!(in_role(&out, Role::Measure), ["price"]);
    }

    #[test]
    fn the_rows_noun_before_a_text_column_after_which_qualifies_it() {
        let schema = Schema::of_csv(
            "taxi_trips",
            "tip,distance,company\nyes,2.5,Flash\nno,1.0,Sun\nyes,3.0,Sun\n",
        );
        let out = scan(&schema, "which taxi company has the lowest tipping rate?");
        assert_eq!(in_role(&out, Role::Which), ["company"]);
        assert_eq!(out.rate_of.map(|f| f.column), Some("tip".to_string()));
    }

    #[test]
    fn things_the_rows_have_that_no_column_holds_are_not_found() {
        let schema = Schema::of_csv(
            "covid_tests",
            "subject_id,result,age\n1,positive,3\n2,negative,5\n",
        );
        let out = scan(
            &schema,
            "What symptoms did the children who tested positive have?",
        );
        assert!(out.not_found.is_some_and(|w| w.contains("symptoms")));
        // The rows asked for are still the rows.
        let out = scan(&schema, "which tests were positive?");
        assert!(out.not_found.is_none(), "{:?}", out.not_found);
        // Different women with no identifiers are the names of the people.
        let winners = Schema::of_csv(
            "winners",
            "Event,Year,Champion\nWomen,1990,Ann\nWomen,1991,Ann\nWomen,1992,Bo\nMen,1990,Cy\n",
        );
        let out = scan(&winners, "how many different women have won?");
        assert!(
            out.mentions
                .iter()
                .any(|m| m.column == "Champion" && m.agg == Some(AggFunc::NUnique))
        );
        // Different farms over a panel: the distinct ids.
        let panel = Schema::of_csv("rice_farms", "id,size\n101,3.0\n101,2.5\n102,1.0\n");
        let out = scan(&panel, "how many different farms are there?");
        assert!(
            out.mentions
                .iter()
                .any(|m| m.column == "id" && m.agg == Some(AggFunc::NUnique))
        );
        // Different things no column names, over seasons of players by an `id`.
        let seasons = Schema::of_csv(
            "batting",
            "id,year,team,hr\nbondsba01,2001,SFN,73\nbondsba01,2002,SFN,46\nsosasa01,2001,CHN,64\n",
        );
        let out = scan(&seasons, "how many different players are in the data?");
        assert!(
            out.mentions
                .iter()
                .any(|m| m.column == "id" && m.agg == Some(AggFunc::NUnique)),
            "{:?}",
            out.mentions
        );
        // A noun a column names is that column's.
        let out = scan(&seasons, "how many different teams are there?");
        assert!(
            !out.mentions.iter().any(|m| m.column == "id"),
            "{:?}",
            out.mentions
        );
        // Different people are the persons' identifiers.
        let out = scan(&schema, "how many different people were tested?");
        assert_eq!(
            out.mentions
                .iter()
                .find(|m| m.agg == Some(AggFunc::NUnique))
                .map(|m| m.column.as_str()),
            Some("subject_id")
        );
    }

    #[test]
    fn a_word_spelt_inside_one_name_and_by_type_of_a_column() {
        let schema = Schema::of_csv(
            "star",
            "tmathssk,treadssk,classk,schidkn\n473,447,small,63\n536,450,regular,20\n",
        );
        let out = scan(&schema, "average math score by type of class");
        assert_eq!(in_role(&out, Role::Measure), ["tmathssk"]);
        assert_eq!(in_role(&out, Role::Group), ["classk"]);
        assert!(out.not_found.is_none(), "{:?}", out.not_found);
        let out = scan(&schema, "correlation between math and reading scores");
        assert_eq!(in_role(&out, Role::Measure), ["tmathssk", "treadssk"]);
    }

    #[test]
    fn of_a_column_and_its_negation_the_word_alone_is_the_column() {
        let schema = Schema::of_csv(
            "scorecard",
            "inst_name,count_not_working,count_working\nA,246,1741\nB,10,20\n",
        );
        let out = scan(&schema, "total number of students working");
        assert!(
            out.mentions.iter().any(|m| m.column == "count_working"),
            "{:?}",
            out.mentions
        );
        assert!(out.ambiguous.is_none());
        // A numbered run of columns: "week 20" is `wk20`, "the first week" `wk1`.
        let chart = Schema::of_csv("billboard", "track,wk1,wk2,wk20\nA,87,82,40\nB,91,87,\n");
        let out = scan(&chart, "how many songs were still on the chart in week 20?");
        assert!(
            out.mentions.iter().any(|m| m.column == "wk20")
                || out.filters.iter().any(|f| f.column == "wk20"),
            "{:?} {:?}",
            out.mentions,
            out.filters
        );
        let out = scan(&chart, "average position in the first week");
        assert!(
            out.mentions.iter().any(|m| m.column == "wk1"),
            "{:?}",
            out.mentions
        );
        // After "by", a number's name before a text column's qualifies it.
        let schema = Schema::of_csv(
            "travel_modes",
            "mode,travel,gcost\nair,100,70\ntrain,372,71\nair,90,60\n",
        );
        let out = scan(&schema, "box plot of gcost by travel mode");
        assert_eq!(in_role(&out, Role::Group), ["mode"]);
        assert!(!out.mentions.iter().any(|m| m.column == "travel"));
        let out = scan(&schema, "which travel mode has the highest gcost?");
        assert!(
            !out.mentions.iter().any(|m| m.column == "travel"),
            "{:?}",
            out.mentions
        );
        // A generic noun of kinds after a column's name is no other column.
        let claims = Schema::of_csv(
            "insurance",
            "District,Group,Age,Holders,Claims\n1,<1l,<25,197,38\n1,<1l,>35,1000,100\n",
        );
        let out = scan(&claims, "Which age group has the most policyholders?");
        assert!(
            !out.mentions.iter().any(|m| m.column == "Group"),
            "{:?}",
            out.mentions
        );
        // A value said whole beats a name that is it after a letter.
        let fishing = Schema::of_csv(
            "fishing",
            "mode,pcharter,ccharter\ncharter,182.9,0.5\nbeach,157.9,0.07\n",
        );
        let out = scan(&fishing, "How many anglers chose charter?");
        assert!(
            out.filters.iter().any(|f| f.column == "mode"),
            "{:?} {:?}",
            out.mentions,
            out.filters
        );
        // A head noun named whole beats a longer span of initials naming little.
        let schema = Schema::of_csv("help", "pss_fr,substance,cesd\n3,alcohol,30\n5,heroin,40\n");
        let out = scan(&schema, "average cesd by primary substance");
        assert_eq!(in_role(&out, Role::Group), ["substance"]);
        let schema = Schema::of_csv("hitters", "player,Hits,CHits\nA,100,2000\nB,150,1500\n");
        let out = scan(&schema, "top 5 players by career hits");
        assert!(
            out.mentions.iter().any(|m| m.column == "CHits"),
            "{:?}",
            out.mentions
        );
        // Nor are a value's words.
        let race = Schema::of_csv(
            "race",
            "Pos,Driver,Laps\n1,Oriol Servia,66\n2,Katherine Legge,63\n",
        );
        let out = scan(
            &race,
            "did oriol servia complete more laps than katherine legge?",
        );
        assert!(
            !out.mentions.iter().any(|m| m.column == "Pos"),
            "{:?}",
            out.mentions
        );
        // A word that is another column's name is no initial of this one.
        let schema = Schema::of_csv("help", "cesd,mcs,hhv\n30,25.1,20\n40,26.7,18\n");
        let out = scan(
            &schema,
            "correlation between the cesd score and the heating value",
        );
        let named: Vec<&str> = out.mentions.iter().map(|m| m.column.as_str()).collect();
        assert!(
            named.contains(&"cesd") && named.contains(&"hhv"),
            "{named:?}"
        );
        assert!(!named.contains(&"mcs"), "{named:?}");
        let schema = Schema::of_csv(
            "scorecard",
            "inst_name,count_not_working,count_working\nA,246,1741\nB,10,20\n",
        );
        let out = scan(&schema, "total number of students not working");
        assert!(
            !out.mentions.iter().any(|m| m.column == "count_working"),
            "{:?}",
            out.mentions
        );
    }

    #[test]
    fn of_a_primary_and_a_secondary_column_the_word_alone_is_the_primary() {
        let schema = Schema::of_csv(
            "seattle_pet_licenses",
            "species,primary_breed,secondary_breed\nDog,Poodle,Mix\nCat,Siamese,\nDog,Boxer,Pug\n",
        );
        let out = scan(&schema, "What is the most common dog breed?");
        assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
        assert!(out.mentions.iter().any(|m| m.column == "primary_breed"));
        // Said, the secondary one.
        let out = scan(&schema, "most common secondary breed");
        assert!(out.mentions.iter().any(|m| m.column == "secondary_breed"));
        // Two of a kind that are not main and other stay ambiguous.
        let schema = Schema::of_csv("t", "home_breed,away_breed\nPoodle,Mix\nBoxer,Pug\n");
        let out = scan(&schema, "most common breed");
        assert!(out.ambiguous.is_some());
    }

    #[test]
    fn a_year_said_picks_the_column_of_that_year() {
        let schema = Schema::of_csv(
            "child_mortality",
            "country,under5_mortality_1990,under5_mortality_2018,under5_mortality_2018_male,infant_mortality_2018\n\
             A,100,50,55,30\nB,80,20,22,10\n",
        );
        let out = scan(
            &schema,
            "which country had the highest under-5 mortality rate in 2018?",
        );
        assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
        assert!(
            out.mentions
                .iter()
                .any(|m| m.column == "under5_mortality_2018")
        );
        // The year is the name's, not a condition on some year column.
        assert!(out.filters.is_empty(), "{:?}", out.filters);
        let out = scan(&schema, "average under-5 mortality in 1990");
        assert!(
            out.mentions
                .iter()
                .any(|m| m.column == "under5_mortality_1990")
        );
        // No year said: the person is asked.
        let out = scan(&schema, "average under-5 mortality");
        assert!(out.ambiguous.is_some());
        // A stem and the last two figures of the year ("height in 1997" for `Hgt97`).
        let schema = Schema::of_csv(
            "pines",
            "Hgt96,Hgt97,Diam97,Fert\n10,12,1.5,0\n20,25,2.5,1\n",
        );
        let out = scan(&schema, "what's the tallest tree height recorded in 1997?");
        assert!(
            out.mentions.iter().any(|m| m.column == "Hgt97"),
            "{:?}",
            out.mentions
        );
        let out = scan(&schema, "average trunk diameter in 1997");
        assert!(
            out.mentions.iter().any(|m| m.column == "Diam97"),
            "{:?}",
            out.mentions
        );
    }

    #[test]
    fn both_sides_of_a_flag_said_together_group_by_it() {
        let schema = Schema::of_csv("survey", "female,age,sentiment\n0,30,5\n1,40,6\n1,50,7\n");
        for q in [
            "average sentiment for men and for women",
            "average sentiment of males vs females",
        ] {
            let out = scan(&schema, q);
            assert_eq!(in_role(&out, Role::Group), ["female"], "{q}");
            assert!(out.filters.is_empty(), "{q}: {:?}", out.filters);
        }
        let schema = Schema::of_csv("pines", "Fert,height\n0,300\n1,320\n0,310\n");
        let out = scan(
            &schema,
            "average height of fertilized vs unfertilized trees",
        );
        assert_eq!(in_role(&out, Role::Group), ["Fert"]);
        assert!(out.filters.is_empty(), "{:?}", out.filters);
    }

    #[test]
    fn the_noun_a_verb_of_a_column_takes_names_no_other_column() {
        let schema = Schema::of_csv(
            "team_seasons",
            "team,year,games_played,home_games,wins\nA,2001,162,81,116\nB,2001,162,81,60\nA,2002,162,81,93\n",
        );
        let out = scan(&schema, "how many times did a team win 100 or more games?");
        assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
        assert_eq!(out.filters.len(), 1);
        assert_eq!(out.filters[0].column, "wins");
        let out = scan(&schema, "Which team won the most games in a single season?");
        assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
        assert!(out.mentions.iter().any(|m| m.column == "wins"));
        // The most in one row, not the total over a team's rows.
        assert_eq!(out.agg, Some(AggFunc::Max));
        let out = scan(&schema, "Which team won the most games?");
        assert_eq!(out.agg, Some(AggFunc::Sum));
    }

    #[test]
    fn a_name_beats_its_code_and_a_stem_its_derived_forms() {
        let schema = Schema::of_csv(
            "vehicles",
            "mfr_name,mfr_code,drive_sys,drive_desc,mpg\nHonda,HNX,F,Front,30\nFord,FMX,R,Rear,20\n",
        );
        let out = scan(&schema, "average mpg by manufacturer");
        assert_eq!(in_role(&out, Role::Group), ["mfr_name"]);
        let out = scan(&schema, "avg mpg by drive type");
        assert_eq!(in_role(&out, Role::Group), ["drive_desc"]);
        let schema = Schema::of_csv(
            "wars",
            "war,battleDeaths,battleDeathsPMP\nA,100,2.5\nB,50,1.5\n",
        );
        let out = scan(&schema, "which war had the most battle deaths");
        assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
        assert!(out.mentions.iter().any(|m| m.column == "battleDeaths"));
        // Said, the derived one.
        let out = scan(&schema, "which war had the most battle deaths pmp");
        assert!(out.mentions.iter().any(|m| m.column == "battleDeathsPMP"));
    }

    #[test]
    fn a_numbered_label_is_a_value_even_in_the_datasets_name() {
        let schema = Schema::of_csv(
            "indomethacin_trial",
            "id,rx,status\n1001,1_indomethacin,1_outpatient\n1002,0_placebo,0_inpatient\n1003,1_indomethacin,1_outpatient\n",
        );
        let out = scan(&schema, "how many patients were given indomethacin?");
        assert_eq!(out.filters.len(), 1, "{:?}", out.filters);
        assert_eq!(out.filters[0].column, "rx");
        assert_eq!(out.filters[0].value, serde_json::json!("1_indomethacin"));
        let out = scan(
            &schema,
            "what percentage of the procedures were done on outpatients?",
        );
        assert_eq!(out.filters.len(), 1, "{:?}", out.filters);
        assert_eq!(out.filters[0].value, serde_json::json!("1_outpatient"));
    }

    #[test]
    fn per_season_is_a_time_not_a_line_per_row() {
        let schema = Schema::of_csv(
            "team_seasons",
            "year,league,homeruns\n2001,AL,100\n2001,NL,90\n2002,AL,80\n",
        );
        let out = scan(&schema, "line chart of total home runs per season");
        assert!(!out.per_row);
        // Rows that are no time still are one line each.
        let schema = Schema::of_csv(
            "stocks",
            "stock,date,price\nA,2001-01-01,10\nB,2001-01-01,20\nA,2001-01-02,11\n",
        );
        let out = scan(&schema, "line chart of the price per stock");
        assert!(out.per_row);
    }

    #[test]
    fn a_change_from_one_year_to_another_is_the_later_less_the_earlier() {
        let schema = Schema::of_csv(
            "populations",
            "country_name,country_code_2,country_code_3,year,population\n\
             Germany,DE,DEU,2010,100\nGermany,DE,DEU,2011,105\nGermany,DE,DEU,2012,120\n\
             Chad,TD,TCD,2010,50\nChad,TD,TCD,2012,70\n",
        );
        let out = scan(
            &schema,
            "by how many people did Germany's population grow from 2010 to 2012?",
        );
        let d = out.difference.expect("a difference");
        assert_eq!(
            (d.of.column.as_str(), d.of.value.as_f64()),
            ("year", Some(2012.0))
        );
        assert_eq!(d.minus.value.as_f64(), Some(2010.0));
        assert!(
            !out.filters
                .iter()
                .any(|f| matches!(f.op, Cmp::Ge | Cmp::Le))
        );
        // No verb of change: the years between.
        let out = scan(&schema, "total population from 2010 to 2012");
        assert!(out.difference.is_none());
        // A name over its codes, the codes numbered.
        let out = scan(&schema, "which country had the largest population in 2012?");
        assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
        assert!(out.mentions.iter().any(|m| m.column == "country_name"));
        // People after an amount are the population.
        let out = scan(
            &schema,
            "how many countries had more than 60 people in 2012?",
        );
        assert!(
            out.filters
                .iter()
                .any(|f| f.column == "population" && f.op == Cmp::Gt)
        );
        let out = scan(
            &schema,
            "how many countries had more than 1 million people in 2012?",
        );
        assert!(
            out.filters
                .iter()
                .any(|f| f.column == "population" && f.op == Cmp::Gt)
        );
    }

    #[test]
    fn people_are_a_population_only_where_the_rows_are_no_people() {
        let places = Schema::of_csv(
            "populations",
            "country,year,population\nChad,2020,16\nChad,2021,17\nPeru,2020,33\n",
        );
        let out = scan(&places, "how many people lived in Chad in 2020");
        assert_eq!(out.agg, Some(AggFunc::Sum));
        assert!(out.mentions.iter().any(|m| m.column == "population"));
        let poll = Schema::of_csv(
            "poll",
            "region,population,sex,age,vote\nN,175000,M,65,Y\nS,25000,F,30,\n",
        );
        let out = scan(&poll, "how many people have no answer recorded for vote?");
        assert!(
            !out.mentions.iter().any(|m| m.column == "population"),
            "{:?}",
            out.mentions
        );
        assert_ne!(out.agg, Some(AggFunc::Sum));
    }

    #[test]
    fn all_of_them_together_and_a_qualifier_after_each() {
        let schema = Schema::of_csv(
            "populations",
            "country,year,population\nChad,2020,16\nChad,2021,17\nPeru,2020,33\n",
        );
        let out = scan(
            &schema,
            "what was the total population of all the countries in 2020?",
        );
        assert!(
            !out.mentions.iter().any(|m| m.column == "country"),
            "{:?}",
            out.mentions
        );
        let schema = Schema::of_csv(
            "loans",
            "annual_inc,verification_status,Class\n1000,Verified,good\n2000,Not_Verified,bad\n3000,Verified,good\n",
        );
        let out = scan(
            &schema,
            "percentage of bad loans for each income verification status",
        );
        assert_eq!(in_role(&out, Role::Group), ["verification_status"]);
        assert!(!out.mentions.iter().any(|m| m.column == "annual_inc"));
    }

    #[test]
    fn the_period_a_table_counts_its_time_in_names_its_time_column() {
        let schema = Schema::of_csv(
            "pig_growth",
            "Pig,Weight,Time\n4601,26.5,1\n4601,40.1,2\n4643,25.0,1\n4643,38.2,2\n",
        );
        let out = scan(&schema, "how many pigs weighed more than 30 kg in week 2");
        assert!(
            out.filters
                .iter()
                .any(|f| f.column == "Time" && f.value.as_f64() == Some(2.0)),
            "{:?}",
            out.filters
        );
        let out = scan(&schema, "line chart of the average weight per week");
        assert_eq!(in_role(&out, Role::Group), ["Time"]);
        // The mean of the pigs' numbers is no amount.
        let out = scan(&schema, "mean weight of the pigs in week 1");
        assert!(
            !out.mentions.iter().any(|m| m.column == "Pig"),
            "{:?}",
            out.mentions
        );
        assert!(out.mentions.iter().any(|m| m.column == "Weight"));
        // Where the table names the period, that column is it.
        let schema = Schema::of_csv("t", "week,Time,sales\n1,10,5\n2,20,6\n");
        let out = scan(&schema, "sales in week 2");
        assert!(
            out.filters.iter().all(|f| f.column != "Time"),
            "{:?}",
            out.filters
        );
    }

    #[test]
    fn the_rate_of_one_of_two_values() {
        let schema = Schema::of_csv(
            "heart_attacks",
            "outcome,sex,age\nlive,f,63\ndead,m,70\nlive,m,55\ndead,f,80\n",
        );
        let out = scan(&schema, "death rate by sex");
        assert!(out.share);
        assert_eq!(
            out.rate_of.as_ref().map(|f| &f.value),
            Some(&serde_json::json!("dead"))
        );
        assert_eq!(in_role(&out, Role::Group), ["sex"]);
    }

    #[test]
    fn a_lone_percent_sign_and_a_number_after_by() {
        let schema = Schema::of_csv("survey", "female,age\n0,30\n1,40\n1,50\n");
        let out = scan(&schema, "what % of the respondents are women");
        assert!(out.share, "{out:?}");
        let schema = Schema::of_csv("cars", "no_cylinders,comb_mpg\n4,30\n6,22\n8,17\n4,28\n");
        let out = scan(&schema, "box plot of combined mpg by number of cylinders");
        assert_eq!(in_role(&out, Role::Group), ["no_cylinders"]);
        assert!(
            out.mentions.iter().any(|m| m.column == "comb_mpg"),
            "{:?}",
            out.mentions
        );
    }

    #[test]
    fn by_a_count_in_its_unit_or_qualified_groups_by_the_column() {
        let schema = Schema::of_csv(
            "wells",
            "switch,education,kids,articles\nyes,0,1,2\nno,5,0,1\nyes,12,2,0\n",
        );
        let out = scan(&schema, "average articles by years of schooling");
        assert_eq!(in_role(&out, Role::Group), ["education"]);
        let out = scan(&schema, "average articles by number of young children");
        assert_eq!(in_role(&out, Role::Group), ["kids"]);
        assert_eq!(in_role(&out, Role::Measure), ["articles"]);
    }

    #[test]
    fn a_word_of_the_whole_said_before_the_rest_of_a_name_is_part_of_it() {
        let schema = Schema::of_csv(
            "auctions",
            "start_pr,ship_pr,total_pr,n_bids\n0.99,4,51.55,20\n1,3.99,37.04,13\n",
        );
        let out = scan(&schema, "average total price");
        assert_eq!(in_role(&out, Role::Measure), ["total_pr"]);
        let out = scan(&schema, "total price vs number of bids");
        assert_eq!(in_role(&out, Role::Measure), ["total_pr"]);
        assert_eq!(in_role(&out, Role::Versus), ["n_bids"]);
        // Said alone, "total" is the sum.
        let out = scan(&schema, "total shipping price");
        assert_eq!(out.agg, Some(AggFunc::Sum));
    }

    #[test]
    fn the_noun_after_of_in_a_name_alone_is_not_the_column() {
        let schema = Schema::of_csv(
            "breaches",
            "State,Type.of.Breach,Individuals.Affected\nCA,Theft,1000\nTX,Hacking,522\n",
        );
        let out = scan(&schema, "number of breaches reported each year");
        assert!(
            out.mentions.iter().all(|m| m.column != "Type.of.Breach"),
            "{:?}",
            out.mentions
        );
        let counted = Schema::of_csv("chains", "name,NumberofLocations\nA,120\nB,3\n");
        let out = scan(&counted, "chains with more than 100 locations");
        assert!(
            out.filters.iter().any(|f| f.column == "NumberofLocations"),
            "{:?}",
            out.filters
        );
        // A name or a title of a thing is the thing.
        let kingdoms = Schema::of_csv(
            "t",
            "Name of Kingdom,No. of villages,Capital\nSihag,150,Suin\nGodara,700,Shekhsar\n",
        );
        let out = scan(&kingdoms, "which kingdom has the most villages?");
        assert!(
            out.mentions.iter().any(|m| m.column == "Name of Kingdom"),
            "{:?}",
            out.mentions
        );
        let awards = Schema::of_csv(
            "t",
            "Date of Award,Honour/Award Title,Reason for Award\n1973,Lenin Peace Prize,\n\
             1980,Gold Medal,peace\n",
        );
        let out = scan(&awards, "what was the last award?");
        assert!(
            out.mentions
                .iter()
                .all(|m| m.column == "Honour/Award Title"),
            "{:?}",
            out.mentions
        );
        let out = scan(&schema, "how many breaches of each type of breach");
        assert!(
            out.mentions.iter().any(|m| m.column == "Type.of.Breach"),
            "{:?}",
            out.mentions
        );
    }

    #[test]
    fn a_comparative_before_than_ends_no_name() {
        let schema = Schema::of_csv("crabs", "sp,CL,CW\nB,16.1,19.0\nO,42.0,46.5\n");
        let out = scan(&schema, "how many crabs have a carapace longer than 40 mm?");
        assert_eq!(out.filters, [Filter::on("CL", Cmp::Gt, 40.into())]);
        assert!(out.mentions.is_empty(), "{:?}", out.mentions);
    }

    #[test]
    fn a_flag_said_after_by_whether_is_grouped_by() {
        let schema = Schema::of_csv(
            "wells",
            "switch,arsenic,distance\nyes,2.36,16.8\nno,0.71,47.3\nyes,2.07,21.0\n",
        );
        let out = scan(
            &schema,
            "box plot of distance by whether the household switched",
        );
        assert!(out.filters.is_empty(), "{:?}", out.filters);
        assert!(out.not_found.is_none(), "{:?}", out.not_found);
        assert_eq!(in_role(&out, Role::Group), ["switch"]);
    }

    #[test]
    fn a_participle_of_the_rows_noun_names_no_column() {
        let schema = Schema::of_csv(
            "seattle_pet_licenses",
            "license_issue_date,license_number,species,zip_code\n2018-01-02,S1,Dog,98115\n\
             2018-02-03,S2,Cat,98103\n",
        );
        let out = scan(&schema, "which zip code has the most licensed dogs?");
        assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
        assert!(
            out.mentions
                .iter()
                .all(|m| !m.column.starts_with("license"))
        );
        // The noun itself still names its columns.
        let out = scan(&schema, "most common license number");
        assert!(out.mentions.iter().any(|m| m.column == "license_number"));
    }

    #[test]
    fn the_rate_of_a_thing_a_flag_says_was_received_is_its_share() {
        let schema = Schema::of_csv(
            "resume",
            "job_city,race,received_callback\nChicago,white,0\nBoston,black,1\nBoston,white,1\n",
        );
        let out = scan(&schema, "callback rate by race");
        assert!(out.share);
        assert_eq!(
            out.rate_of.as_ref().map(|f| f.column.as_str()),
            Some("received_callback")
        );
        assert_eq!(in_role(&out, Role::Group), ["race"]);
    }

    #[test]
    fn per_the_rows_noun_in_the_singular_is_per_row() {
        let schema = Schema::of_csv(
            "hhs_health_data_breaches",
            "State,Individuals.Affected,Breach.Submission.Date\nCA,1000,2010-01-02\nTX,50,2011-02-03\n",
        );
        let out = scan(
            &schema,
            "average number of individuals affected per breach by state",
        );
        assert!(out.per_row);
        assert!(
            out.mentions
                .iter()
                .all(|m| m.column != "Breach.Submission.Date"),
            "{:?}",
            out.mentions
        );
    }

    #[test]
    fn a_quantity_is_read_before_the_column_of_its_kind() {
        let schema = Schema::of_csv(
            "salaries",
            "current_salary,salary_type\n80000,year\n45.5,hour\n90000,year\n",
        );
        let out = scan(&schema, "highest hourly wage reported");
        assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
        assert_eq!(in_role(&out, Role::Measure), ["current_salary"]);
    }

    #[test]
    fn leaving_and_staying_are_the_yes_and_no_of_a_column_of_leaving() {
        let schema = Schema::of_csv("staff", "Age,Attrition\n30,Yes\n40,No\n35,No\n");
        let out = scan(&schema, "average age of employees who left");
        assert_eq!(
            out.filters,
            [Filter::on("Attrition", Cmp::Eq, "Yes".into())]
        );
        let out = scan(&schema, "average age of employees who stayed");
        assert_eq!(out.filters, [Filter::on("Attrition", Cmp::Eq, "No".into())]);
        // Without such a column, "left" is no condition.
        let schema = Schema::of_csv("staff", "Age,Dept\n30,A\n40,B\n");
        assert!(
            scan(&schema, "average age of employees who left")
                .filters
                .is_empty()
        );
    }

    #[test]
    fn the_rows_counted_over_a_column_of_few_values_named_alike() {
        let schema = Schema::of_csv(
            "orange_juice_purchases",
            "Purchase,WeekofPurchase,StoreID\nCH,237,1\nMM,239,7\nCH,239,7\n",
        );
        let out = scan(&schema, "how many purchases were made at store 7?");
        assert!(out.rows_noun);
        assert!(
            !out.mentions.iter().any(|m| m.column == "Purchase"),
            "{:?}",
            out.mentions
        );
        let out = scan(&schema, "which week had the most purchases?");
        assert!(
            !out.mentions.iter().any(|m| m.column == "Purchase"),
            "{:?}",
            out.mentions
        );
        // "per week" is `WeekofPurchase` (a glued "of"), the number of purchases its rows.
        let out = scan(&schema, "number of purchases per week");
        assert!(out.rows_noun);
        assert_eq!(
            out.mentions
                .iter()
                .map(|m| (m.column.as_str(), m.role))
                .collect::<Vec<_>>(),
            [("WeekofPurchase", Role::Group)]
        );
    }

    #[test]
    fn a_missing_value_of_a_column_qualified_by_another() {
        let schema = Schema::of_csv(
            "cases",
            "disease,state,year,population\nMeasles,Alabama,1969,100\nMeasles,Texas,1970,\n",
        );
        let out = scan(&schema, "how many rows are missing the state population?");
        assert_eq!(
            out.filters,
            [Filter::on(
                "population",
                Cmp::IsNull,
                serde_json::Value::Null
            )]
        );
        // "no weight recorded" over `record_id`: a word around the absence is no noun.
        let captures = Schema::of_csv("captures", "record_id,weight\n1,20\n2,\n");
        let out = scan(&captures, "how many captures have no weight recorded?");
        assert_eq!(
            out.filters,
            [Filter::on("weight", Cmp::IsNull, serde_json::Value::Null)]
        );
        let out = scan(&schema, "how many rows are missing the state?");
        assert_eq!(
            out.filters,
            [Filter::on("state", Cmp::IsNull, serde_json::Value::Null)]
        );
    }

    #[test]
    fn a_code_only_one_name_has_and_a_name_said_word_for_word() {
        let schema = Schema::of_csv(
            "air",
            "date,daily_mean_pm2_5_concentration,daily_aqi_value,time_of_day\n\
             2011-01-03,5.9,19,Day\n2011-01-06,10.4,34,Night\n2011-01-09,7.0,25,Dusk\n",
        );
        let measured = |q: &str| -> Vec<(String, Role)> {
            scan(&schema, q)
                .mentions
                .into_iter()
                .map(|m| (m.column, m.role))
                .collect()
        };
        assert_eq!(
            measured("average PM2.5"),
            [("daily_mean_pm2_5_concentration".to_string(), Role::Measure)]
        );
        let out = scan(&schema, "number of readings by time of day");
        assert!(out.filters.is_empty(), "{:?}", out.filters);
        assert_eq!(
            measured("number of readings by time of day"),
            [("time_of_day".to_string(), Role::Group)]
        );
    }

    #[test]
    fn a_column_numbering_the_rows_is_counted_and_home_is_away_s_opposite() {
        let schema = Schema::of_csv(
            "games",
            "Game,Opp,Home,GrPoint\n1,Ripon,1,107\n2,Beloit,0,142\n3,Knox,1,120\n4,Knox,0,99\n",
        );
        let out = scan(&schema, "how many games did they play against Knox?");
        assert!(out.rows_noun);
        assert!(
            out.mentions.iter().all(|m| m.column != "Game"),
            "{:?}",
            out.mentions
        );
        let out = scan(&schema, "average points in home games and in away games");
        assert!(out.filters.is_empty(), "{:?}", out.filters);
        assert!(
            out.mentions
                .iter()
                .any(|m| m.column == "Home" && m.role == Role::Group),
            "{:?}",
            out.mentions
        );
        // "win" over a `WinLoss` of 1 and -1 is its 1, not the column measured.
        let schema = Schema::of_csv(
            "games",
            "Game,Opp,WinLoss\n1,Ripon,-1\n2,Knox,1\n3,Knox,1\n",
        );
        let out = scan(&schema, "how many games did they win?");
        assert_eq!(out.filters, [Filter::on("WinLoss", Cmp::Eq, 1.into())]);
        assert!(out.mentions.is_empty(), "{:?}", out.mentions);
        // Numbers that skip (2, 4, 6), or come out of order (1, 3, 2: tips), number no
        // rows: their sum is asked.
        let schema = Schema::of_csv("games", "Game,Opp\n2,Ripon\n4,Beloit\n6,Knox\n");
        assert!(!schema.numbers_the_rows(schema.get("Game").unwrap()));
        let schema = Schema::of_csv("restaurant_tips", "tip,bill\n1,10\n3,20\n2,40\n");
        assert!(!schema.numbers_the_rows(schema.get("tip").unwrap()));
    }

    #[test]
    fn the_datasets_own_noun_over_flags_of_its_kinds_is_its_rows() {
        let schema = Schema::of_csv(
            "stack_overflow_developers",
            "Salary,Remote,Web_developer,Mobile_developer\n100,Remote,1,0\n80,Not remote,0,1\n\
             90,Remote,0,0\n",
        );
        let out = scan(&schema, "average salary of remote developers");
        assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
        assert!(out.rows_noun);
        assert!(out.filters.iter().all(|f| !f.column.ends_with("developer")));
        // One kind named is that flag.
        let out = scan(&schema, "average salary of web developers");
        assert_eq!(
            out.filters,
            [Filter::on("Web_developer", Cmp::Eq, serde_json::json!(1))]
        );
    }

    #[test]
    fn grouped_by_whether_a_flag_holds() {
        let schema = Schema::of_csv(
            "developers",
            "Salary,YearsCoded,Remote\n100,3,Remote\n80,5,Not remote\n90,7,Remote\n",
        );
        let out = scan(&schema, "average salary by whether they work remotely");
        assert!(out.filters.is_empty(), "{:?}", out);
        assert!(
            out.mentions
                .iter()
                .any(|m| m.column == "Remote" && m.role == Role::Group),
            "{:?}",
            out.mentions
        );
    }

    #[test]
    fn grouped_by_a_column_a_word_and_a_participle_qualify() {
        let schema = Schema::of_csv(
            "care",
            "visits,health,age\n5,average,6.9\n1,excellent,7.4\n13,poor,6.6\n",
        );
        let out = scan(&schema, "average visits by self-rated health");
        assert!(out.not_found.is_none(), "{:?}", out.not_found);
        assert!(
            out.mentions
                .iter()
                .any(|m| m.column == "health" && m.role == Role::Group),
            "{:?}",
            out.mentions
        );
        // A word alone after "by" that no column has is still not found.
        assert!(
            scan(&schema, "average visits by insurer")
                .not_found
                .is_some()
        );
    }

    #[test]
    fn the_highest_rated_film_is_a_row() {
        let schema = Schema::of_csv(
            "imdb_movies",
            "title,year,rating,votes\nA,1950,8.5,2000\nB,1990,9.9,5\nC,1955,7.0,3000\n",
        );
        let out = scan(&schema, "the highest rated film");
        assert!(out.rows_noun && out.which_row, "{out:?}");
        assert_eq!(out.mentions[0].column, "rating");
        // Not a participle elsewhere: "reported cases" is not `weeks_reporting`.
        let schema = Schema::of_csv(
            "cases",
            "disease,weeks_reporting,count\nPolio,40,100\nMeasles,52,3000\n",
        );
        let out = scan(&schema, "which disease has the most reported cases?");
        assert!(
            out.mentions.iter().all(|m| m.column != "weeks_reporting"),
            "{:?}",
            out.mentions
        );
    }

    #[test]
    fn the_money_taken_by_sales_is_their_total_price() {
        let csv = "id,type,price\n1,classic,13.25\n2,veggie,16.5\n3,classic,20.75\n";
        let measured = |name: &str, q: &str| -> Vec<(String, Option<AggFunc>)> {
            scan(&Schema::of_csv(name, csv), q)
                .mentions
                .into_iter()
                .filter(|m| m.role == Role::Measure)
                .map(|m| (m.column, m.agg))
                .collect()
        };
        assert_eq!(
            measured("pizza_place_sales", "revenue by type of pizza"),
            [("price".to_string(), Some(AggFunc::Sum))]
        );
        // Rows that are no sales (cars and their prices) take no money.
        assert!(measured("cars", "revenue by type").is_empty());
    }

    #[test]
    fn words_said_again_in_another_measures_name_are_its() {
        let schema = Schema::of_csv(
            "textbooks",
            "course,textbook_isbn,bookstore_new,amazon_new\nPsych,9781,256.75,200\n\
             Spanish,9782,120,229.37\n",
        );
        let measures = |q: &str| -> Vec<String> {
            scan(&schema, q)
                .mentions
                .into_iter()
                .filter(|m| m.role == Role::Measure)
                .map(|m| m.column)
                .collect()
        };
        assert_eq!(
            measures("average price of a new textbook at the bookstore"),
            ["bookstore_new"]
        );
        // Said alone, each is itself.
        assert_eq!(measures("average new price on amazon"), ["amazon_new"]);
    }

    #[test]
    fn a_perfect_score_is_the_highest_score() {
        let schema = Schema::of_csv(
            "inspections",
            "business_name,inspection_score\nPERFECT CUP,92\nSWEET PINK,100\nPERFECT CUP,100\n",
        );
        let out = scan(&schema, "how many inspections got a perfect score?");
        assert_eq!(
            out.filters,
            [Filter::on("inspection_score", Cmp::Eq, 100.into())]
        );
    }

    #[test]
    fn a_letter_before_a_word_in_a_name_is_a_word_said_before_it() {
        let schema = Schema::of_csv(
            "rice",
            "region,goutput,noutput\nlangan,2430,2000\nciwangi,1200,900\n",
        );
        let out = scan(
            &schema,
            "which region has the highest average gross output?",
        );
        assert!(out.ambiguous.is_none(), "{:?}", out.ambiguous);
        assert_eq!(in_role(&out, Role::Measure), ["goutput"]);
        // Neither letter said: still asked back.
        let out = scan(&schema, "which region has the highest average output?");
        assert!(out.ambiguous.is_some());
    }

    #[test]
    fn how_many_were_and_the_verb_of_a_date_column_counts_rows() {
        let schema = Schema::of_csv(
            "cpu_releases",
            "company,name,released\nIntel,A,2020-04-18\nAMD,B,2020-05-01\nAMD,C,2019-01-02\n",
        );
        let out = scan(&schema, "how many processors were released in 2020?");
        assert!(
            out.mentions.iter().all(|m| m.column != "released"),
            "{:?}",
            out.mentions
        );
    }

    #[test]
    fn what_starts_and_ends_names_the_rows() {
        let schema = Schema::of_csv(
            "snowfall",
            "SeasonStart,SeasonEnd,Total\n1893,1894,59\n1894,1895,70\n",
        );
        assert!(schema.is_row_noun("seasons"));
    }

    #[test]
    fn a_grammar_noun_after_a_value_is_the_column_that_says_it() {
        let schema = Schema::of_csv(
            "race",
            "race,sex,run_time_minutes\n5k,M,30\nhalf-marathon,F,120\n",
        );
        let out = scan(&schema, "average 5k time of men and women");
        assert!(out.mentions.iter().any(|m| m.column == "run_time_minutes"));
        let out = scan(&schema, "race count over time");
        assert!(out.mentions.iter().all(|m| m.column != "run_time_minutes"));
    }

    #[test]
    fn with_and_without_a_column_groups_by_it() {
        let schema = Schema::of_csv(
            "churn",
            "international_plan,churn,minutes\nyes,no,10\nno,yes,5\n",
        );
        let out = scan(
            &schema,
            "average minutes for customers with and without an international plan",
        );
        let groups = in_role(&out, Role::Group);
        assert_eq!(groups, ["international_plan"]);
        assert!(out.filters.is_empty());
    }

    #[test]
    fn a_word_inside_a_long_name_is_not_the_column() {
        let schema = Schema::of_csv("churn", "state,number_customer_service_calls\nKS,1\nOH,2\n");
        let out = scan(&schema, "which state has the most customers");
        assert!(
            out.mentions
                .iter()
                .all(|m| m.column != "number_customer_service_calls")
        );
        let out = scan(&schema, "average customer service calls");
        assert_eq!(out.mentions[0].column, "number_customer_service_calls");
    }

    #[test]
    fn a_flag_and_its_opposite_are_its_two_groups() {
        let schema = Schema::of_csv("colleges", "Private,Outstate\nYes,10\nNo,5\n");
        let out = scan(
            &schema,
            "average out of state tuition of private and public colleges",
        );
        let groups = in_role(&out, Role::Group);
        assert_eq!(groups, ["Private"]);
        assert!(out.filters.is_empty());
    }

    #[test]
    fn a_word_between_which_and_a_column_qualifies_it() {
        let schema = Schema::of_csv(
            "players",
            "name,year,runs\nA,1890,10\nB,1890,20\nC,1901,5\n",
        );
        let out = scan(&schema, "which debut year has the most players?");
        assert_eq!(in_role(&out, Role::Which), ["year"]);
        // The rows' own noun is no qualifier: "which player scored the most runs".
        let out = scan(&schema, "which player scored the most runs?");
        assert!(in_role(&out, Role::Which).is_empty());
        // Nor a word before an owner: "which state regent's term" is no state's.
        let terms = Schema::of_csv("regents", "Name,Term Expires\nA,2011\nB,2019\n");
        let out = scan(&terms, "which state regent's term will last the longest?");
        assert!(in_role(&out, Role::Which).is_empty());
    }

    #[test]
    fn which_period_is_the_one_column_with_it_in_its_name() {
        let which = |csv: &str, q: &str| {
            let schema = Schema::of_csv("juice", csv);
            let out = scan(&schema, q);
            let names: Vec<String> = in_role(&out, Role::Which)
                .into_iter()
                .map(String::from)
                .collect();
            names
        };
        let csv = "Purchase,WeekofPurchase,Price\nCH,237,1.5\nMM,238,1.7\n";
        assert_eq!(
            which(csv, "which week had the most purchases?"),
            ["WeekofPurchase"]
        );
        // Two such columns, or one named for the period alone: not this rule's to say.
        // (With "purchases" said, the words of `WeekofPurchase` name it.)
        let two = "Purchase,WeekofPurchase,WeekofReturn\nCH,237,240\nMM,238,241\n";
        let out = scan(
            &Schema::of_csv("juice", two),
            "which week had the most sales?",
        );
        assert_eq!(
            out.ambiguous.map(|(_, mut c)| {
                c.sort();
                c
            }),
            Some(vec![
                "WeekofPurchase".to_string(),
                "WeekofReturn".to_string()
            ])
        );
        assert_eq!(
            which(two, "which week had the most purchases?"),
            ["WeekofPurchase"]
        );
        let own = "week,WeekofPurchase\n1,237\n2,238\n";
        assert_eq!(which(own, "which week had the most purchases?"), ["week"]);
    }

    #[test]
    fn which_quarter_is_the_column_of_quarters() {
        assert!(names_a_quarter("1998 Q1") && names_a_quarter("Q3 2006"));
        assert!(!names_a_quarter("1998") && !names_a_quarter("Q5 2001"));
        let schema = Schema::of_csv(
            "accommodation",
            "Date,State,Occupancy\n1998 Q1,Victoria,60\n1998 Q2,Victoria,65\n",
        );
        let which: Vec<String> = scan(&schema, "in which quarter was occupancy highest?")
            .mentions
            .into_iter()
            .filter(|m| m.role == Role::Which)
            .map(|m| m.column)
            .collect();
        assert_eq!(which, ["Date"]);
    }

    #[test]
    fn a_noun_before_its_participle_is_the_participle_column() {
        let schema = Schema::of_csv("births", "weight,gained,mage\n7.1,20,30\n6.5,35,25\n");
        let columns = |q: &str| -> Vec<String> {
            scan(&schema, q)
                .mentions
                .into_iter()
                .map(|m| m.column)
                .collect()
        };
        assert_eq!(columns("average weight gained by mothers"), ["gained"]);
        assert_eq!(columns("average weight and gained"), ["weight", "gained"]);
    }

    #[test]
    fn a_ratio_of_two_columns_names_the_whole() {
        let schema = Schema::of_csv(
            "mammal_sleep",
            "name,sleep_rem,sleep_total\nA,1.5,10\nB,2,8\n",
        );
        let read = |q: &str| scan(&schema, q).ratio_of;
        let whole = Some(("sleep_total".to_string(), true));
        assert_eq!(read("the ratio of REM sleep to total sleep"), whole);
        assert_eq!(read("average REM sleep divided by total sleep"), whole);
        assert_eq!(read("how much REM sleep compared to total sleep"), None);
    }

    #[test]
    fn per_a_number_of_people_divides_by_the_population() {
        let schema = Schema::of_csv(
            "diseases",
            "disease,state,year,count,population\nMeasles,CA,1955,10,1000\n",
        );
        let read = |q: &str| {
            let out = scan(&schema, q);
            (out.ratio_of, out.ratio_per)
        };
        assert_eq!(
            read("measles cases per 100,000 people in CA in 1955"),
            (Some(("population".to_string(), true)), Some(100_000.0))
        );
        assert_eq!(read("measles cases per person"), (None, None));
        let two = Schema::of_csv("d", "count,population,pop_adult\n1,10,5\n");
        assert_eq!(scan(&two, "cases per 1000 people").ratio_per, None);
    }

    #[test]
    fn per_an_amount_divides_by_it() {
        let schema = Schema::of_csv(
            "journals",
            "title,price,citations,year,weeks\nA,100,50,2001,3\nB,300,30,2002,4\n",
        );
        let read = |q: &str| scan(&schema, q).ratio_of;
        let whole = Some(("citations".to_string(), true));
        assert_eq!(read("which journal is cheapest per citation?"), whole);
        assert_eq!(read("which journal is the cheapest per citation"), whole);
        // A column before "per" is read with it (`qualified_columns`: "expenditure per
        // student" is one amount, not a ratio).
        assert_eq!(read("average price per citation"), None);
        assert_eq!(read("average price per citations"), None);
        // Per a year or a period groups; per a row noun counts.
        assert_eq!(read("average price per year"), None);
        assert_eq!(read("price per weeks"), None);
        assert_eq!(read("average price per journal"), None);
    }

    #[test]
    fn a_column_as_a_percentage_of_another_names_the_whole() {
        let schema = Schema::of_csv("restaurant_tips", "total_bill,tip,size\n10,1,2\n20,4,3\n");
        let read = |q: &str| {
            let out = scan(&schema, q);
            let measures: Vec<String> = out.mentions.into_iter().map(|m| m.column).collect();
            (measures, out.ratio_of.map(|r| r.0), out.share)
        };
        assert_eq!(
            read("tips as a percentage of the bills"),
            (
                vec!["tip".to_string()],
                Some("total_bill".to_string()),
                false
            )
        );
        assert_eq!(
            read("average tip as a share of all the total bill")
                .1
                .as_deref(),
            Some("total_bill")
        );
        // No column before it: a share of rows, as before.
        let (_, ratio, share) = read("what percentage of the bills are over 15");
        assert_eq!((ratio, share), (None, true));
    }

    #[test]
    fn a_word_of_frequency_over_dated_rows_is_a_period_not_a_column() {
        use crate::dataset::{Dataset, Format, LoadOptions};
        let schema = |csv: &str| {
            let options = LoadOptions {
                format: Some(Format::Csv),
                ..LoadOptions::default()
            };
            Schema::of(&Dataset::from_bytes("t", csv.as_bytes(), &options).unwrap())
        };
        let columns = |s: &Schema, q: &str| -> Vec<String> {
            scan(s, q).mentions.into_iter().map(|m| m.column).collect()
        };
        let dated = schema("date,births,day_of_year\n1978-01-01,7701,1\n1978-01-02,7527,2\n");
        assert_eq!(columns(&dated, "daily births"), ["date", "births"]);
        // Without a date, a column may still be named for the day.
        let plain = schema("daily,births\n1,7701\n2,7527\n");
        assert_eq!(columns(&plain, "daily births"), ["daily", "births"]);
        assert!(is_frequency("monthly") && !is_frequency("month"));
    }

    #[test]
    fn of_two_abbreviations_the_contraction_is_the_word() {
        use crate::dataset::{Dataset, Format, LoadOptions};
        let options = LoadOptions {
            format: Some(Format::Csv),
            ..LoadOptions::default()
        };
        let csv = "hg,ht,wt\n15.2,180,75\n13.1,165,60\n";
        let s = Schema::of(&Dataset::from_bytes("t", csv.as_bytes(), &options).unwrap());
        let columns: Vec<String> = scan(&s, "average height")
            .mentions
            .into_iter()
            .map(|m| m.column)
            .collect();
        assert_eq!(columns, ["ht"]);
        let hg = s.columns.iter().position(|c| c.name == "hg").unwrap();
        let ht = s.columns.iter().position(|c| c.name == "ht").unwrap();
        assert_eq!(contracted(&s, &[hg, ht], &["height"]), Some(ht));
        // Neither a contraction: no choice.
        assert_eq!(contracted(&s, &[hg], &["hemoglobin"]), None);
    }

    #[test]
    fn one_example_is_asked_by_name_a_or_tell_me_one() {
        for q in [
            "name a country other than india",
            "tell me an inductee",
            "give one player",
        ] {
            assert!(one_asked(&tokenize(q)), "{q}");
        }
        for q in [
            "name the countries",
            "which country is a member",
            "tell me the name",
        ] {
            assert!(!one_asked(&tokenize(q)), "{q}");
        }
    }

    #[test]
    fn the_counted_noun_comes_after_total() {
        let tokens = tokenize("how many total entries are there");
        assert_eq!(counted_subject(&tokens, &[false; 6]), Some(3..=3));
        let tokens = tokenize("the number of the birds");
        assert_eq!(counted_subject(&tokens, &[false; 5]), Some(4..=4));
    }

    #[test]
    fn the_counted_noun_runs_to_its_plural() {
        let tokens = tokenize("what are the total number of radio stations on this list");
        assert_eq!(counted_subject(&tokens, &[false; 10]), Some(6..=7));
        // A word after the plural is not the noun's; nor is a plural more than three words on.
        let tokens = tokenize("how many players come from alabama");
        assert_eq!(counted_subject(&tokens, &[false; 6]), Some(2..=2));
        let tokens = tokenize("how many red big old cars");
        assert_eq!(counted_subject(&tokens, &[false; 6]), Some(2..=2));
    }

    #[test]
    fn a_stem_and_number_name_is_split_at_its_digits() {
        assert_eq!(stem_and_number("pop15"), Some(("pop", "15")));
        assert_eq!(stem_and_number("age65"), Some(("age", "65")));
        assert_eq!(stem_and_number("x1"), None);
        assert_eq!(stem_and_number("pop"), None);
        assert_eq!(stem_and_number("pop15b"), None);
    }

    #[test]
    fn a_bracket_is_the_stems_word_then_a_bracket_word_and_the_number() {
        let spans = |q: &str| bracketed(&tokenize(q), "pop", "15");
        assert_eq!(spans("share of the population under 15"), [(3, 3)]);
        assert_eq!(spans("where the population is under 15"), [(2, 4)]);
        assert!(spans("population under 20").is_empty());
        assert!(spans("population of under 15").is_empty());
        assert!(spans("people under 15").is_empty());
    }
}
