//! What the rows are: the subject counted, things told apart, and the row asked for.

use super::columns::{after_number_of, is_value_word, match_columns};
use crate::agent::offline::found::{Mention, Role, Scan};
use crate::agent::offline::intent::{AggFunc, Order};
use crate::agent::offline::keywords::{KEYWORDS, PERIODS, UNITS, is_superlative, superlative_hint};
use crate::agent::offline::matching::{WordMatch, name_word_match};
use crate::agent::offline::schema::{ColumnRef, Kind, Schema};
use crate::agent::offline::words::{PERSONS, Token, same_noun, sex_of, singular, synonym};
use std::ops::RangeInclusive;

/// "name a country that ...", "tell me an inductee who ...", "give one other single": a
/// question that opens by asking for one example.
pub(super) fn one_asked(tokens: &[Token]) -> bool {
    let words: Vec<&str> = tokens.iter().take(3).map(|t| t.lower.as_str()).collect();
    let article = |w: &str| matches!(w, "a" | "an" | "one" | "another");
    match words[..] {
        ["name" | "give", a, ..] => article(a),
        ["tell", "me", a] => article(a),
        _ => false,
    }
}

/// Words that only say a row is in the data ("how many mammals are *listed*"): no condition.
pub(super) const IN_THE_DATA: &[&str] = &[
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
pub(super) fn the_document(tokens: &[Token], used: &mut [bool]) {
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
pub(super) const BEING: &[&str] = &[
    "occur", "occurs", "happen", "happens", "exist", "exists", "appear", "appears",
];

/// The positions of the noun a count is of: the first word after "how
/// many", "number of" or "count of" ("how many *employees* ...", "the number of the
/// *birds*"), and the words after it up to its plural, a noun said in two or three words
/// ("how many *radio stations*", "the number of *pillow pals*").
pub(super) fn counted_subject(tokens: &[Token], used: &[bool]) -> Option<RangeInclusive<usize>> {
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
pub(super) fn column_phrase_words(schema: &Schema, tokens: &[Token], used: &[bool]) -> Vec<bool> {
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

/// "how many different professors" over `prof_id` (several rows each): the things a
/// column of identifiers names, counted as different ones, are its distinct values, not the
/// rows.
pub(super) fn distinct_things(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    out: &mut Scan,
) {
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
                    .then(|| crate::agent::offline::who::people_column(schema, tokens))
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
pub(super) fn superlative_of_name(
    schema: &Schema,
    tokens: &[Token],
    used: &mut [bool],
    out: &mut Scan,
) {
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

/// Whether the word at `i` is the plural after an opening "what" or "which" and before
/// "did the ..." ("what symptoms did the children have"): things the rows have.
pub(super) fn had_by_the_rows(tokens: &[Token], i: usize) -> bool {
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
pub(super) fn row_subject(schema: &Schema, tokens: &[Token], used: &mut [bool], out: &mut Scan) {
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
        // "of the colours with blue in the name, which has the highest L?": "which" alone
        // before a verb and a superlative asks for a row.
        if t.lower == "which"
            && tokens
                .get(i + 1)
                .is_some_and(|n| matches!(n.lower.as_str(), "has" | "had" | "have" | "is" | "was"))
            && tokens[i + 2..].iter().any(|w| is_superlative(&w.lower))
        {
            out.which_row = true;
            continue;
        }
        let after_which = i > 0
            && matches!(tokens[i - 1].lower.as_str(), "which" | "what")
            && !relative_which(tokens, i - 1);
        let noun = t.lower.len() > 2
            && t.lower.chars().all(char::is_alphabetic)
            && !KEYWORDS.contains(&t.lower.as_str());
        // "what breed are the dogs", "what colour is the car": a noun no column names, said
        // of the rows, is something the data does not hold.
        if after_which && noun && !used[i] && said_of_the_rows(schema, tokens, i) {
            used[i] = true;
            if out.not_found.is_none() {
                out.not_found = Some(format!("no column holds \"{}\"", t.raw));
            }
            continue;
        }
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

/// Whether the "which" at `k` is a relative pronoun after a preposition, in a question
/// another word asks ("what's the highest altitude *at which* frogs were found", "how
/// many ... in which ..."): the noun after it names no row asked for.
fn relative_which(tokens: &[Token], k: usize) -> bool {
    k >= 2
        && tokens[k].lower == "which"
        && matches!(
            tokens[k - 1].lower.as_str(),
            "at" | "in" | "on" | "by" | "for" | "from" | "with" | "during" | "under"
        )
        && matches!(tokens[0].lower.as_str(), "what" | "how")
}

/// Whether the noun at `i` is followed by "is/are/was/were", then (an article and) the
/// rows' own noun: "what breed *are the dogs*".
fn said_of_the_rows(schema: &Schema, tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let be = matches!(word(i + 1), "is" | "are" | "was" | "were");
    let at = if matches!(word(i + 2), "the" | "these" | "those" | "this" | "that") {
        i + 3
    } else {
        i + 2
    };
    be && tokens.get(at).is_some_and(|t| schema.is_row_noun(&t.lower))
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
    // "what was the temperature on race day": after a bare "what", a noun before where or
    // when it was is something of those rows, not the kind of row ("which is the station
    // on ...", "what is the only station in ...").
    let of_a_time_or_place = k == i
        && k >= 3
        && word(k - 3) == "what"
        && matches!(word(i + 1), "on" | "in" | "at" | "during");
    asked
        && !of_a_time_or_place
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

/// Nouns that mean rows ("how many penguins") take precedence over column names: each is
/// used, and says whether a row is asked for ("which car ..."), the subject's noun, and a
/// group per row ("average price of each stock").
pub(super) fn nouns_of_the_rows(
    schema: &Schema,
    tokens: &[Token],
    named_by_columns: &[bool],
    used: &mut [bool],
    out: &mut Scan,
) {
    for (i, t) in tokens.iter().enumerate() {
        let next = tokens.get(i + 1).map(|t| t.lower.as_str());
        let names_chart = matches!(next, Some("chart" | "graph" | "plot" | "diagram"));
        // "7-day viewers", "a 30 day window": a noun after a number is a measure's unit.
        // "3 lines", "3 or more (metro) lines": the unit of an amount compared, not the
        // rows.
        let or_more_at = |j: usize| {
            tokens[j].number().is_some()
                && tokens[j + 1].lower == "or"
                && matches!(tokens[j + 2].lower.as_str(), "more" | "fewer" | "less")
                && tokens[j + 3..i].iter().all(|t| {
                    t.lower.chars().all(char::is_alphabetic)
                        && !KEYWORDS.contains(&t.lower.as_str())
                })
        };
        let after_number = (i > 0 && tokens[i - 1].number().is_some())
            || (i >= 3 && or_more_at(i - 3))
            || (i >= 4 && or_more_at(i - 4));
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
            let asked = matches!(before, "which" | "what") && !relative_which(tokens, i - 1);
            // "the largest breakage angle" over `angle`: the rows' noun before a numeric
            // column's word qualifies it; the superlative is the column's largest value.
            let qualifies_a_number = tokens.get(i + 1).is_some_and(|next| {
                schema.columns.iter().any(|c| {
                    c.kind == Kind::Number
                        && c.words.iter().any(|w| {
                            name_word_match(w, &[next.lower.as_str()])
                                .is_some_and(|m| m != WordMatch::Typo)
                        })
                })
            });
            if asked || (extreme && !qualifies_a_number) {
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
}

/// "What's the name of the firm with the most interlocks" over firms that have no names in
/// the data (no column names the rows, none is called a name or a title): say so, rather
/// than answer with the one number that ranks them.
pub(super) fn names_not_kept(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    if out.not_found.is_some() || schema.identifier().is_some() {
        return;
    }
    let named = schema.columns.iter().any(|c| {
        c.words
            .iter()
            .any(|w| matches!(w.as_str(), "name" | "names" | "title" | "label"))
    });
    if named {
        return;
    }
    for (i, t) in tokens.iter().enumerate() {
        if !matches!(t.lower.as_str(), "name" | "names")
            || tokens.get(i + 1).is_none_or(|n| n.lower != "of")
        {
            continue;
        }
        let noun = tokens[i + 2..]
            .iter()
            .take(2)
            .find(|n| schema.is_row_noun(&n.lower));
        if let Some(noun) = noun {
            out.not_found = Some(format!(
                "no column holds a name for each {}",
                singular(&noun.lower)
            ));
            return;
        }
    }
}

/// "how many times did the price go above 400", "the number of times it rained": "times"
/// counts the rows (occurrences), not a column called `time` (a time of day); unless a
/// numeric column holds how many times ("times" as counts).
pub(super) fn times_counted(schema: &Schema, tokens: &[Token], used: &mut [bool]) {
    for i in 2..tokens.len() {
        let opener = (tokens[i - 2].lower.as_str(), tokens[i - 1].lower.as_str());
        if tokens[i].lower != "times" || !matches!(opener, ("how", "many") | ("number", "of")) {
            continue;
        }
        let counts_times = schema
            .columns
            .iter()
            .any(|c| c.kind == Kind::Number && c.words.iter().any(|w| w == "times"));
        if !counts_times {
            used[i] = true;
        }
    }
}
