//! Reading a question: find column mentions, filter values, numbers and keywords.

mod columns;
mod flags;
mod mentioned;
mod periods;
mod qualified;
mod roles;
mod subjects;
#[cfg(test)]
mod tests;
mod ties;

use self::columns::match_columns;
use self::flags::{
    both_sexes, flag_and_its_negation, flag_and_its_opposite, flag_and_the_rest, flag_forms,
    flag_rates, with_and_without,
};
use self::periods::{
    events_of_dates, over_the_years, over_time_is_the_calendar, period_in_a_name,
    period_within_a_period, quarter_asked, year_asked,
};
use self::qualified::{
    adjective_before_a_column, as_a_percentage_of, distance_from_a_place, flag_before_a_flag,
    noun_before_its_participle, owner_before_a_column, per_number_of_people, perfect_marks,
    qualified_by_participle, qualified_columns, ranked_by_things_counted, ranked_participles,
    share_within, takings_of_prices,
};
use self::roles::{
    AMOUNT_WORDS, mentions_of_spans, none_as_the_data_says_it, the_noun_with_the_extreme,
};
use self::subjects::{
    BEING, IN_THE_DATA, column_phrase_words, counted_subject, distinct_things, had_by_the_rows,
    names_not_kept, nouns_of_the_rows, one_asked, row_subject, superlative_of_name, the_document,
    times_counted,
};
use super::against::one_column_against_another;
use super::beside::{as_listed, step_before};
use super::choice::choice_between;
use super::counted::counted_rows;
use super::difference::difference_between;
use super::found::{Mention, Role, Scan};
use super::intent::{AggFunc, Beside, Cmp, Filter, SameAs};
use super::keywords::{
    ASKING, AUXILIARIES, KEYWORDS, PER_UNITS, PERIODS, UNITS, agg_word, asks_yes_or_no, keywords,
    pronoun_one, share_words,
};
use super::matching::{WordMatch, name_word_match};
use super::missing::{absence, surrounds_absence};
use super::numbers::{comparison, number_filters, whole_dates, within_the_top};
use super::outcome::outcomes_said;
use super::party::party_codes;
use super::refine::{REFINEMENTS, how_many_at, resolve_by_direction};
use super::same::same_column_as;
use super::schema::{Kind, Schema};
use super::sign::losses_and_profits;
use super::time::unit_mentions;
use super::total::noun_of_the_total;
use super::values::{
    coordinated_letter_codes, coordinated_values, letter_codes, match_values, sex_codes,
};
use super::words::{PAST, Token, is_participle, same_stem, singular, stem_and_number, tokenize};

/// Scan a question against a schema.
pub(crate) fn scan(schema: &Schema, question: &str) -> Scan {
    let tokens = periods::day_of_the_week(schema, ranked_participles(schema, tokenize(question)));
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
    nouns_of_the_rows(schema, &tokens, &named_by_columns, &mut used, &mut out);
    names_not_kept(schema, &tokens, &mut out);
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
    out.value_asked = match (tokens.first(), tokens.get(1)) {
        (Some(w), Some(v)) if w.lower == "what" => {
            matches!(v.lower.as_str(), "is" | "was" | "are" | "were" | "s")
        }
        (Some(w), Some(v)) if w.lower == "how" => !matches!(v.lower.as_str(), "many" | "much"),
        _ => false,
    };
    out.yes_no = asks_yes_or_no(&tokens);
    events_of_dates(schema, &tokens, &mut used, &mut out);
    period_within_a_period(schema, &tokens, &mut used);
    losses_and_profits(schema, &tokens, &mut used, &mut out);
    let period_in_a_name = period_in_a_name(schema, &tokens, &mut used);
    times_counted(schema, &tokens, &mut used);
    let mut spans = match_columns(schema, &tokens, &mut used, &mut out);
    over_time_is_the_calendar(schema, &tokens, &mut spans);
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
    value_filters.extend(party_codes(schema, &tokens, &mut used));
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
    mentioned::words_in_the_text(schema, &tokens, &mut used, &mut out);
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
    // "by release year": the date column named before its period is read as that period.
    spans.retain(|(_, end, column)| {
        !(units.iter().any(|(at, _)| at == end) && out.buckets.iter().any(|b| &b.column == column))
    });
    units.extend(year_asked(schema, &tokens, &mut used, &mut out.buckets));
    units.extend(quarter_asked(schema, &tokens, &mut used));
    units.extend(period_in_a_name);
    units.sort_by_key(|(pos, _)| *pos);
    row_subject(schema, &tokens, &mut used, &mut out);
    let mut spanned = vec![false; tokens.len()];
    for (start, end, _) in &spans {
        spanned[*start..*end].iter_mut().for_each(|s| *s = true);
    }
    mentions_of_spans(
        schema,
        &tokens,
        &spans,
        &spanned,
        &filter_cols,
        units,
        &mut used,
        &mut out,
    );
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
        // "flights with at least one O-ring failure" over a yes/no `Fail` read as a
        // condition: at least one of what a flag says is the flag itself.
        let of_a_flag = compared == Some(Cmp::Ge)
            && t.number() == Some(1.0)
            && tokens[i + 1..].iter().take(3).any(|w| {
                out.filters.iter().any(|f| {
                    f.op == Cmp::Eq
                        && schema.get(&f.column).is_some_and(|c| {
                            (c.binary || c.values.as_ref().is_some_and(|v| v.len() == 2))
                                && c.words.iter().any(|n| {
                                    same_stem(n, &w.lower)
                                        || (n.len() >= 4 && w.lower.starts_with(n.as_str()))
                                })
                        })
                })
            });
        if of_a_flag {
            continue;
        }
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
    distance_from_a_place(schema, &tokens, &spans, &mut used);
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
            // "how many people live in Sheffield" over one row per town: a count of
            // something no column holds, in one row its name picks (or per row).
            // (Not a span of time: "how many years was he in office".)
            let counted_in_one_row = i >= 2
                && tokens[i - 2].lower == "how"
                && prev == "many"
                && singular(&t.lower) != t.lower
                && !UNITS.contains(&t.lower.as_str())
                && !PERIODS.contains(&singular(&t.lower))
                && counts_within_one_named_row(schema, &out);
            if out.not_found.is_none() {
                if (amount_of && !amounts_said) || counted_in_one_row {
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
                    && !(prev == "per"
                        && PERIODS.contains(&singular(&t.lower))
                        && (schema.time_column().is_none() || schema.named_per(singular(&t.lower))))
                {
                    out.not_found = Some(format!("there is no column \"{}\" to group by", t.raw));
                } else if proper && matches!(prev, "in" | "from" | "for" | "at" | "of" | "to") {
                    out.not_found = Some(format!("no column has the value \"{}\"", t.raw));
                } else if asked_of_a_row(&tokens, i) {
                    // "what is the title of the most cited paper": a thing of the row
                    // asked for, in a word no column has.
                    out.not_found = Some(format!("no column holds \"{}\"", t.raw));
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

/// Whether a count is of rows one name picks, or of each row: a condition on the column
/// that names the rows ([`Schema::identifier`]), or a group by one whose values are all
/// different. Such a count is 1, never what "how many" asks.
fn counts_within_one_named_row(schema: &Schema, out: &Scan) -> bool {
    let names_rows = |column: &str| schema.identifier() == Some(column);
    out.agg == Some(AggFunc::Count)
        && !out.mentions.iter().any(|m| m.role == Role::Measure)
        && (out.filters.iter().any(|f| {
            f.op == Cmp::Eq
                && f.value.is_string()
                && schema.kind(&f.column) == Kind::Text
                && names_rows(&f.column)
        }) || out
            .mentions
            .iter()
            .any(|m| m.role == Role::Group && schema.get(&m.column).is_some_and(|c| c.unique)))
}

/// Whether the word at `i` is the thing asked in "what is the <word> of ...". (Not a
/// name: the column that names the rows is one.)
fn asked_of_a_row(tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    i >= 3
        && !matches!(word(i), "name" | "names")
        && word(i - 1) == "the"
        && matches!(word(i - 2), "is" | "was" | "s" | "are" | "were")
        && word(i - 3) == "what"
        && word(i + 1) == "of"
}
