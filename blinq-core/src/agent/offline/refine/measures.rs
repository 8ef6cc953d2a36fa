//! Refinements of what is measured: shares, percentages, amounts present, tallies and the one amount a question implies.

use super::direction::quantity_of_superlative;
use crate::agent::offline::found::{Mention, Role, Scan};
use crate::agent::offline::intent::{AggFunc, Cmp, Filter, Order};
use crate::agent::offline::keywords::{KEYWORDS, PERIODS};
use crate::agent::offline::keywords::{is_share_word, shown_in_percent};
use crate::agent::offline::matching::{WordMatch, name_word_match};
use crate::agent::offline::schema::{ColumnRef, Kind, Schema, is_generic_row_noun};
use crate::agent::offline::words::{Token, same_noun, singular};

/// "the average usage rate in 1997, in percent" over `seatbelt` (0.65 for 65%): "in
/// percent" says how a measure of fractions is shown, not a share of rows, unless another
/// share word says one ("rate of bad credit in percent" is a share).
pub(super) fn fractions_shown_in_percent(schema: &Schema, tokens: &[Token], out: &mut Scan) {
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
pub(super) fn rows_of_a_share(schema: &Schema, tokens: &[Token], out: &mut Scan) {
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

/// "which occupation has the highest percentage of women" over a `women` column that holds
/// percentages: the percentage is that column, not a share of rows to compute. So is an
/// average of one ("average body fat percentage of male and female athletes"), whatever
/// the conditions: a share of rows has no average.
pub(crate) fn percentage_column(schema: &Schema, _: &[Token], out: &mut Scan) {
    // Averaged or ranked ("the lower percentage of votes, Amador or Lake"): a share of rows
    // has no average and no order.
    let averaged = matches!(out.agg, Some(AggFunc::Mean | AggFunc::Median));
    // "the combined market share of the Firefox versions": a column named as a share,
    // added up ("the share of the total population" is still a share of it).
    let named_share = |c: &ColumnRef| c.words.iter().any(|w| is_share_word(w) || w == "perc");
    let summed = out.agg == Some(AggFunc::Sum)
        && out
            .mentions
            .iter()
            .any(|m| m.role == Role::Measure && schema.get(&m.column).is_some_and(named_share));
    let ranked = out.superlative.is_some();
    if !out.share
        || (!out.filters.is_empty() && !averaged && !ranked && !summed)
        || out.having.is_some()
    {
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
        return;
    }
    // "top 5 browser versions by share" over `Market Share Perc. (Nov 2013)`: with no
    // number named and no condition to take a share of, the share is the one column of
    // numbers named as one.
    let numeric_said = out
        .mentions
        .iter()
        .any(|m| m.role == Role::Measure && schema.kind(&m.column) == Kind::Number);
    if numeric_said || !out.filters.is_empty() {
        return;
    }
    let mut shares = schema
        .columns
        .iter()
        .filter(|c| c.kind == Kind::Number && named_share(c));
    if let (Some(share), None) = (shares.next(), shares.next()) {
        out.mentions
            .push(Mention::of(share.name.clone(), Role::Measure));
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

/// "the average number of girls christened per year" over one row per `Year`: the year is
/// the unit of the rows, so the average is the mean of the rows, not one per year.
pub(super) fn average_per_year_of_yearly_rows(schema: &Schema, tokens: &[Token], out: &mut Scan) {
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
pub(super) fn no_groups_of_one_row(schema: &Schema, out: &mut Scan) {
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
    // "which peak is the highest": with no quantity named, the highest thing stands
    // highest, the one column of its height (elevation, altitude).
    if matches!(word.as_str(), "highest" | "lowest") {
        let mut heights = schema.columns.iter().filter(|c| {
            c.kind == Kind::Number
                && !c.binary
                && c.words
                    .iter()
                    .any(|w| matches!(w.as_str(), "height" | "elevation" | "altitude" | "elev"))
        });
        if let (Some(c), None) = (heights.next(), heights.next()) {
            out.mentions.push(Mention {
                column: c.name.clone(),
                role: Role::Measure,
                agg: None,
            });
        }
        return;
    }
    // "how old is the oldest penguin" with no age: an age is asked, which a year of
    // observation is not.
    let how_old = tokens
        .windows(2)
        .any(|w| w[0].lower == "how" && w[1].lower == "old");
    if how_old {
        out.not_found
            .get_or_insert_with(|| "no column holds an age".to_string());
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
    "value", "values", "amount", "quantity", "qty", "val", "volume", "estimate",
];

/// Names of the column that says what a long table's amount on each row is of.
const KEY_NAMES: &[&str] = &[
    "variable",
    "indicator",
    "measure",
    "metric",
    "series",
    "key",
];

/// "how much coffee did Japan import", "which country imported the most coffee", "top 5
/// importing countries" over a long table of `country`, `year` and `value`: where the
/// question asks for an amount but names no column to take it of, and the table has one
/// column of amounts named only as such (besides years and yes/no flags), that is the
/// amount. In a long table whose key column (`variable`, `indicator`) picks the rows, the
/// one column named as an amount is, whatever other numbers there are (an estimate's
/// margin of error, codes).
pub(crate) fn the_one_amount(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    // ("total deaths over all the years": the years span the amount, they are none.)
    let of_years = |m: &Mention| schema.get(&m.column).is_some_and(|c| c.holds_years());
    let numeric_measure = out
        .mentions
        .iter()
        .any(|m| m.role == Role::Measure && schema.kind(&m.column) == Kind::Number && !of_years(m));
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
    // "median rent in Texas" over a long table of `NAME`, `variable` (income, rent) and
    // `estimate`: rows picked by the key column's value ask for its amount.
    let keyed = out.filters.iter().any(|f| {
        f.op == Cmp::Eq
            && schema.get(&f.column).is_some_and(|c| {
                c.kind == Kind::Text
                    && matches!(c.words.as_slice(), [w] if KEY_NAMES.contains(&w.as_str()))
            })
    });
    // "what was the audio equipment index in August 2015", "personal computers index in
    // January 2005" over a long table of `date`, `category` and `value`: rows picked by
    // their values, and nothing counted or charted, ask for the amount, where it is the
    // table's one number.
    let picked = out.agg.is_none()
        && !out.share
        && out.chart_kind.is_none()
        && !out.chart_word
        && out.filters.iter().any(|f| f.op == Cmp::Eq)
        // (A row picked by its own name is shown whole: "what is the speed of light".)
        && !out
            .filters
            .iter()
            .any(|f| schema.get(&f.column).is_some_and(|c| c.unique))
        && !tokens
            .windows(2)
            .any(|w| w[0].lower == "how" && w[1].lower == "many");
    // "how many vehicles did Japan produce in 1980" over `motor_vehicle_production` of
    // `country`, `year` and `value`: the things the data is named for, counted, are its
    // amount, not its rows (one per country and year).
    let things_of_the_name = tokens.windows(3).any(|w| {
        w[0].lower == "how"
            && w[1].lower == "many"
            && singular(&w[2].lower) != w[2].lower
            && schema.is_own_row_noun(&w[2].lower)
    });
    if !asks_amount && !keyed && !picked && !things_of_the_name {
        return;
    }
    let numbers: Vec<&ColumnRef> = schema
        .columns
        .iter()
        .filter(|c| c.kind == Kind::Number && !c.binary && !c.holds_years() && !c.labels_rows())
        .collect();
    let named =
        |c: &&&ColumnRef| matches!(c.words.as_slice(), [w] if AMOUNT_NAMES.contains(&w.as_str()));
    let mut amounts = numbers.iter().filter(named);
    let (Some(amount), None) = (amounts.next(), amounts.next()) else {
        return;
    };
    if numbers.len() == 1 || keyed {
        out.mentions
            .retain(|m| !(m.role == Role::Measure && of_years(m)));
        out.mentions
            .push(Mention::of(amount.name.clone(), Role::Measure));
        if out.counted_superlative && out.agg == Some(AggFunc::Count) {
            out.agg = None;
        }
        if things_of_the_name && out.agg == Some(AggFunc::Count) {
            out.agg = Some(AggFunc::Sum);
        }
    }
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

/// "the highest marriage rate", "average divorce rate" beside `Marriages` and
/// `Marriages_per_1000`: a rate of what a column counts is the column of it per a number of
/// people (or of anything), when the question's "rate" names nothing else.
pub(super) fn rate_per_number(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    let rate_said = tokens
        .iter()
        .any(|t| matches!(t.lower.as_str(), "rate" | "rates"));
    let rate_named = schema.columns.iter().any(|c| {
        c.words
            .iter()
            .any(|w| matches!(w.as_str(), "rate" | "rates"))
    });
    if !rate_said || rate_named {
        return;
    }
    for m in out.mentions.iter_mut().filter(|m| m.role == Role::Measure) {
        let Some(counted) = schema.get(&m.column) else {
            continue;
        };
        let counted_name = counted.name.to_lowercase();
        let mut rates = schema.columns.iter().filter(|r| {
            r.kind == Kind::Number
                && r.name
                    .to_lowercase()
                    .strip_prefix(&counted_name)
                    .is_some_and(|rest| {
                        rest.trim_start_matches(|c: char| !c.is_alphanumeric())
                            .starts_with("per")
                    })
        });
        if let (Some(rate), None) = (rates.next(), rates.next()) {
            m.column = rate.name.clone();
        }
    }
}

/// "average daily output by location" over `rooftop_solar_daily_output` of `location`,
/// `date` and `kwh`: an amount asked of a word of the data's name that no column has is the
/// table's one column of amounts (not a calendar part such as `Day`, a year, a label or a
/// yes/no flag).
pub(super) fn amount_the_data_is_named_for(schema: &Schema, tokens: &[Token], out: &mut Scan) {
    let numeric_said = out.mentions.iter().any(|m| {
        matches!(m.role, Role::Measure | Role::Versus) && schema.kind(&m.column) == Kind::Number
    });
    let asks_amount = matches!(
        out.agg,
        Some(
            AggFunc::Sum
                | AggFunc::Mean
                | AggFunc::Median
                | AggFunc::Max
                | AggFunc::Min
                | AggFunc::Std
        )
    );
    // "line chart of sales over time", "which month had the highest sales", "what were
    // the sales in December 2008": a chart, a ranking or a lookup of the amount too.
    // (Not "which borough had the most murders": the rows counted by a group.)
    let per_group = out
        .mentions
        .iter()
        .any(|m| matches!(m.role, Role::Which | Role::Group));
    let asks_amount = asks_amount
        || out.chart_kind.is_some()
        || (out.agg.is_none()
            && !per_group
            && !out.counted_superlative
            && !matches!(
                out.superlative_word.as_deref(),
                Some("most" | "least" | "fewest")
            )
            && (out.superlative.is_some() || tokens.first().is_some_and(|t| t.lower == "what")));
    if numeric_said || !asks_amount {
        return;
    }
    let said_by_a_column = |word: &str| {
        schema
            .columns
            .iter()
            .any(|c| c.words.iter().any(|w| same_noun(w, word)))
    };
    let named = tokens.iter().any(|t| {
        t.lower.len() > 3
            && !KEYWORDS.contains(&t.lower.as_str())
            && schema.name_nouns.iter().any(|n| same_noun(n, &t.lower))
            && !said_by_a_column(&t.lower)
            && !is_generic_row_noun(&t.lower)
    });
    if !named {
        return;
    }
    let mut amounts = schema.columns.iter().filter(|c| {
        c.kind == Kind::Number
            && !c.binary
            && !c.holds_years()
            && !c.labels_rows()
            && !schema.numbers_the_rows(c)
            && !c.words.iter().any(|w| PERIODS.contains(&singular(w)))
    });
    if let (Some(amount), None) = (amounts.next(), amounts.next()) {
        out.mentions
            .push(Mention::of(amount.name.clone(), Role::Measure));
    }
}
