//! Decisions whose answer is rows: the row a name or a superlative picks, its neighbours,
//! rows in order, the top n.

use super::{Ctx, Step, labelled, quantity_unnamed};
use crate::agent::offline::beside::{RowStep, in_table_order};
use crate::agent::offline::defaults::{additive_default, is_ratio};
use crate::agent::offline::found::Role;
use crate::agent::offline::intent::{AggFunc, Beside, Cmp, Intent, Order, Task};
use crate::agent::offline::schema::Kind;

/// "which athlete was from South Korea?", "what competition did Japan play in?": with
/// nothing to measure or rank and no rows counted ("which island has penguins over 5 kg"
/// counts them per island), the subject's values in the rows the conditions pick, the
/// conditions' columns beside them; "which players ...", the rows' own noun, names them by
/// their name column.
pub(super) fn which_lookup(c: &mut Ctx) -> Step {
    let s = c.s;
    // "which players played in goal?" with one row per player: the rows' own names.
    let subject = match c.which.as_slice() {
        [subject] if !s.rows_noun => subject.clone(),
        // "whose time is over 24.00?": the people of the rows picked.
        [] if s.which_row && s.asks && s.who.is_some() => s.who.clone().unwrap_or_default(),
        [] if s.which_row && s.asks => match c.schema.identifier() {
            // Nothing else asked for but the names themselves ("which players": `player`).
            Some(id) if c.measures.iter().all(|m| m == id) => id.to_string(),
            _ => return Step::Pass,
        },
        _ => return Step::Pass,
    };
    let ranks_or_counts = c.explicit_agg.is_some()
        || s.superlative.is_some()
        || s.top_n.is_some()
        || s.in_order.is_some()
        || s.having.is_some()
        || s.often;
    let computes = s.share || s.correlation || s.choice || s.difference.is_some();
    if (s.filters.is_empty() && s.same_as.is_none())
        || s.beside.is_some()
        || ranks_or_counts
        || computes
        || c.measures.iter().chain(&c.groups).any(|m| c.numeric(m))
    {
        return Step::Pass;
    }
    let mut rows = Intent::new(Task::Rows);
    rows.filters = s.filters.clone();
    let mut columns = vec![subject];
    for m in c
        .measures
        .iter()
        .chain(&c.groups)
        .chain(s.same_as.iter().map(|sa| &sa.column))
        .chain(s.filters.iter().map(|f| &f.column))
    {
        if !columns.contains(m) {
            columns.push(m.clone());
        }
    }
    rows.columns = columns;
    // "name a country that ...": one, the first listed.
    if s.one_asked {
        rows.limit = Some(1);
    }
    Step::Decide(Ok(rows))
}

/// "which species has the highest mass": the subject is a group, the order by the
/// measure (descending unless the question says otherwise).
pub(super) fn which_subject(c: &mut Ctx) -> Step {
    let Some(subject) = c.which.first().cloned() else {
        return Step::Pass;
    };
    if quantity_unnamed(c) {
        return Step::Decide(Err("name the column to rank by".into()));
    }
    c.groups.insert(0, subject);
    c.order = Some(c.s.superlative.unwrap_or(Order::Desc));
    Step::Shape
}

/// "which quarter had the lowest real interest rate" over quarterly rows with `year` and
/// `quarter`: the row, named by its year and quarter (not quarters averaged over years).
pub(super) fn period_row(c: &mut Ctx) -> Step {
    let s = c.s;
    if let [period] = c.which.as_slice()
        && c.groups.is_empty()
        && let Some(year) = c.schema.year_of_period(period)
        && let (Some(order), Some(m)) = (s.superlative, c.measure().filter(|m| c.numeric(m)))
        && m != *period
        && matches!(c.explicit_agg, None | Some(AggFunc::Max | AggFunc::Min))
    {
        let mut rows = Intent::new(Task::Rows);
        rows.filters = s.filters.clone();
        rows.columns = vec![year.to_string(), period.clone(), m.clone()];
        rows.measure = Some(m);
        rows.order = Some(order);
        rows.limit = Some(s.top_n.unwrap_or(1));
        return Step::Decide(Ok(rows));
    }
    Step::Pass
}

/// "on which day were the most babies born?": with no numeric measure, the rows counted on
/// each day of the one date column (no time of day), the day with the most (or fewest)
/// first.
pub(super) fn day_with_the_most_rows(c: &mut Ctx) -> Step {
    let s = c.s;
    let numeric = c.measures.iter().any(|m| c.numeric(m));
    // "the most babies": things counted, whether or not a word took the noun.
    let counted = s.counted_superlative || c.measures.is_empty();
    if !s.time_asked
        || !counted
        || numeric
        || !c.which.is_empty()
        || !c.groups.is_empty()
        || !matches!(c.explicit_agg, None | Some(AggFunc::Count))
    {
        return Step::Pass;
    }
    let mut dates = c.schema.columns.iter().filter(|col| col.date_only);
    let (Some(date), None, Some(order)) = (dates.next(), dates.next(), s.superlative) else {
        return Step::Pass;
    };
    let mut intent = c.aggregate();
    intent.agg = Some(AggFunc::Count);
    intent.group = vec![date.name.clone()];
    intent.order = Some(order);
    intent.limit = Some(s.top_n.unwrap_or(1));
    Step::Decide(Ok(intent))
}

/// "which stock had the lowest average price": the rows' name column is the subject.
pub(super) fn which_row_by_aggregate(c: &mut Ctx) -> Step {
    let s = c.s;
    if !(c.which.is_empty()
        && c.groups.is_empty()
        && s.which_row
        && s.superlative.is_some()
        && matches!(
            c.explicit_agg,
            Some(AggFunc::Mean | AggFunc::Sum | AggFunc::Median | AggFunc::Count)
        ))
    {
        return Step::Pass;
    }
    // "who has won the most times": how often each row's name comes back.
    let named = s
        .often
        .then(|| c.row_name())
        .flatten()
        .filter(|n| c.schema.get(n).is_some_and(|col| col.values.is_some()));
    // "which penguin …" (the rows' own noun) or no noun: the first text column of few
    // values. "which airport …" where nothing is an airport: the column naming the rows, or
    // the one text column of few values; with several, no column to answer with, rather
    // than the first of them ("which state …" answered by `employment`).
    let subject_elsewhere = s
        .subject_noun
        .as_deref()
        .is_some_and(|noun| !c.schema.is_row_noun(noun));
    let fallback = || {
        if let Some(who) = &s.who {
            return Some(who.clone());
        }
        let mut labels = c
            .schema
            .columns
            .iter()
            .filter(|col| col.kind == Kind::Text && col.values.is_some());
        if subject_elsewhere {
            let only = match (labels.next(), labels.next()) {
                (Some(one), None) => Some(one.name.clone()),
                _ => None,
            };
            return c.schema.identifier().map(str::to_string).or(only);
        }
        labels.next().map(|col| col.name.clone())
    };
    let Some(name) = named.map(str::to_string).or_else(fallback) else {
        if let Some(noun) = s.subject_noun.as_deref().filter(|_| subject_elsewhere) {
            return Step::Decide(Err(format!("no column holds the {noun}")));
        }
        return Step::Pass;
    };
    let mut intent = c.aggregate();
    intent.group = vec![name];
    intent.order = s.superlative;
    intent.agg = c.explicit_agg;
    intent.measure = c.measure().filter(|m| c.numeric(m));
    if intent.measure.is_none() {
        intent.agg = Some(AggFunc::Count);
    }
    // "who scored the most points?": the one at the top (and any tied with it), not every
    // name ranked.
    intent.limit = s.top_n.or(Some(1));
    Step::Decide(Ok(intent))
}

/// "which car has the highest horsepower": the row(s) with the extreme value.
pub(super) fn extreme_row(c: &mut Ctx) -> Step {
    let s = c.s;
    // "the next highest after X" is `row_beside`'s.
    if c.which.is_empty()
        && c.groups.is_empty()
        && s.which_row
        && s.beside.is_none()
        && let (Some(order), Some(m)) = (s.superlative, c.measure().filter(|m| c.numeric(m)))
        && matches!(c.explicit_agg, None | Some(AggFunc::Max | AggFunc::Min))
    {
        let mut rows = Intent::new(Task::Rows);
        rows.filters = s.filters.clone();
        rows.columns = labelled(c.row_name(), &m);
        // "what is the mass of the heaviest caterpillar" with nothing that names a row:
        // the value asked, not the whole row.
        // (Not where a word was left unread: "how deep was the weakest" may ask another.)
        if rows.columns.is_empty()
            && s.value_asked
            && s.unknown.is_empty()
            && c.measures.iter().all(|x| *x == m)
        {
            rows.columns = vec![m.clone()];
        }
        rows.order = Some(in_time(c, &m).unwrap_or(order));
        rows.measure = Some(m);
        rows.limit = Some(s.top_n.unwrap_or(1));
        return Step::Decide(Ok(rows));
    }
    Step::Pass
}

/// "how many floors does the tallest building have", "what is the name of the heaviest
/// car": the column asked, of the row the superlative's own quantity ranks first (see
/// `ranked_by_the_superlative`), beside that quantity and the row's name.
pub(super) fn measure_of_the_extreme_row(c: &mut Ctx) -> Step {
    let s = c.s;
    let (Some(by), Some(order)) = (&s.ranked_by, s.superlative) else {
        return Step::Pass;
    };
    let plain = matches!(
        c.explicit_agg,
        None | Some(AggFunc::Sum | AggFunc::Count | AggFunc::Max | AggFunc::Min)
    );
    if !plain || !c.groups.is_empty() || s.beside.is_some() || s.difference.is_some() {
        return Step::Pass;
    }
    let mut asked: Vec<String> = Vec::new();
    for m in c.which.iter().chain(&c.measures) {
        if m != by && !asked.contains(m) {
            asked.push(m.clone());
        }
    }
    let Some(first) = asked.first() else {
        return Step::Pass;
    };
    // A name asked comes first ("the name of ..."); a number last, after the row's name
    // and the quantity it is ranked by.
    let mut columns = Vec::new();
    if c.numeric(first) {
        columns.extend(
            c.schema
                .identifier()
                .filter(|id| id != by)
                .map(str::to_string),
        );
        columns.push(by.clone());
    }
    for col in asked.iter().chain(std::iter::once(by)) {
        if !columns.contains(col) {
            columns.push(col.clone());
        }
    }
    let mut rows = Intent::new(Task::Rows);
    rows.filters = s.filters.clone();
    rows.columns = columns;
    rows.order = Some(order);
    rows.measure = Some(by.clone());
    rows.limit = Some(s.top_n.unwrap_or(1));
    Step::Decide(Ok(rows))
}

/// "how long did Ian Armstrong serve?": the rows the question picks, their name and span,
/// and the years it lasted (see `years_spanned`).
pub(super) fn years_of_the_span(c: &mut Ctx) -> Step {
    let Some(span) = &c.s.span else {
        return Step::Pass;
    };
    let mut rows = Intent::new(Task::Rows);
    rows.filters = c.s.filters.clone();
    // The rows' name: the column asked for ("which ambassador", "who of the members"),
    // else the data's identifier, else the columns the question picks them by.
    rows.columns = c.which.clone();
    if rows.columns.is_empty() {
        rows.columns = c
            .measures
            .iter()
            .filter(|m| !c.numeric(m) && **m != span.start && span.end.as_ref() != Some(*m))
            .cloned()
            .collect();
    }
    if rows.columns.is_empty()
        && let Some(id) = c.row_name()
    {
        rows.columns.push(id.to_string());
    }
    if rows.columns.is_empty() {
        for f in &c.s.filters {
            if !rows.columns.contains(&f.column) {
                rows.columns.push(f.column.clone());
            }
        }
    }
    for col in std::iter::once(&span.start).chain(&span.end) {
        if !rows.columns.contains(col) {
            rows.columns.push(col.clone());
        }
    }
    rows.span = Some(span.clone());
    // "the longest term": the first row, ranked by its years.
    rows.order = c.s.superlative;
    rows.limit = Some(match rows.order {
        Some(_) => c.s.top_n.unwrap_or(1),
        None => 100,
    });
    Step::Decide(Ok(rows))
}

/// "which university was founded first?": "first" and "last" over dates or years are the
/// earliest and the latest (not the largest first, as "top" is).
pub(super) fn in_time(c: &Ctx, measure: &str) -> Option<Order> {
    c.s.in_order
        .filter(|_| c.schema.get(measure).is_some_and(|col| col.holds_years()))
}

/// "what venue came before Gothenburg", "the nation after Mexico in the table": the rows
/// next to the ones the anchor picks, in the file's order (or in the ranking a superlative
/// says: "the next highest peak after Mount Keith"), showing the columns asked about.
pub(super) fn row_beside(c: &mut Ctx) -> Step {
    let s = c.s;
    let Some(beside) = &s.beside else {
        return Step::Pass;
    };
    // "the next highest elevation after Lac des Dix": the step is in the ranking by the
    // measure, not in the file.
    let ranked = match s.superlative {
        Some(order) => match c.measure().filter(|m| c.numeric(m)) {
            Some(m) => Some((m, order)),
            None => return Step::Pass,
        },
        None => None,
    };
    if c.explicit_agg.is_some() || s.share || s.correlation {
        return Step::Pass;
    }
    let mut rows = Intent::new(Task::Rows);
    rows.filters = s.filters.clone();
    let step = RowStep {
        offset: beside.offset,
        in_time: s.beside_in_time && ranked.is_none(),
    };
    rows.beside = Some(Beside {
        offset: in_table_order(step, c.schema.listed_newest_first()),
        ..beside.clone()
    });
    if let Some((m, order)) = ranked {
        rows.measure = Some(m);
        rows.order = Some(order);
    }
    rows.limit = Some(20);
    let mut columns: Vec<String> = Vec::new();
    for m in c.which.iter().chain(&c.groups).chain(&c.measures) {
        if !columns.contains(m) {
            columns.push(m.clone());
        }
    }
    // "who ranked right after Turkey?": the row asked for is named as the anchor is, before
    // what the question measures it by.
    let asks_for_the_row = s.which_row && c.which.is_empty() && c.groups.is_empty();
    if let Some(who) = s.who.as_ref().filter(|_| asks_for_the_row) {
        columns.retain(|col| col != who);
        columns.insert(0, who.clone());
    } else if columns.is_empty() || (asks_for_the_row && !columns.contains(&beside.anchor.column)) {
        columns.insert(0, beside.anchor.column.clone());
    }
    rows.columns = columns;
    Step::Decide(Ok(rows))
}

/// "which monarch came first", "what was the last film he starred in": "first" or "last"
/// with no quantity to rank by is the order of the rows, by their date when the data has
/// one, else as the file lists them (and always so where the question says "listed" or "on
/// the chart").
pub(super) fn row_in_order(c: &mut Ctx) -> Step {
    let s = c.s;
    let Some(order) = s.in_order else {
        return Step::Pass;
    };
    // "which city is listed last": the city asked for (made a group by `which_subject`) is
    // shown, not counted.
    if c.explicit_agg.is_some()
        || s.often
        || c.measures.iter().chain(&c.groups).any(|m| c.numeric(m))
    {
        return Step::Pass;
    }
    let mut rows = Intent::new(Task::Rows);
    rows.filters = s.filters.clone();
    rows.limit = Some(s.top_n.unwrap_or(1));
    rows.order = Some(order);
    rows.measure = c
        .schema
        .dated_by()
        .filter(|_| !s.as_listed)
        .map(str::to_string);
    // "what date was the first game": a text or a date asked for is shown first; "who came
    // first": the people.
    let mut columns: Vec<String> = s.who.iter().cloned().collect();
    for m in c.groups.iter().chain(&c.measures) {
        if c.schema.kind(m) != Kind::Number && !columns.contains(m) {
            columns.push(m.clone());
        }
    }
    if !columns.is_empty() {
        for extra in rows
            .measure
            .iter()
            .chain(s.filters.iter().map(|f| &f.column))
        {
            if !columns.contains(extra) {
                columns.push(extra.clone());
            }
        }
    }
    rows.columns = columns;
    Step::Decide(Ok(rows))
}

/// Top N: of groups when a text column is named, else of rows. "by <number>" ranks.
/// "list mammals sorted by body weight", "cars ranked by mpg, lowest first": with no
/// aggregate, no grouping and no top N, the rows in the order of the one quantity named.
pub(super) fn sorted_rows(c: &mut Ctx) -> Step {
    let s = c.s;
    let Some(order) = s.sorted else {
        return Step::Pass;
    };
    if s.top_n.is_some() || c.explicit_agg.is_some() || !c.groups.is_empty() {
        return Step::Pass;
    }
    let mut numbers = c.measures.iter().filter(|m| c.numeric(m));
    let (Some(m), None) = (numbers.next(), numbers.next()) else {
        return Step::Pass;
    };
    let mut rows = Intent::new(Task::Rows);
    rows.filters = s.filters.clone();
    rows.measure = Some(m.clone());
    rows.order = Some(order);
    rows.columns = labelled(c.row_name(), m);
    Step::Decide(Ok(rows))
}

pub(super) fn top_n(c: &mut Ctx) -> Step {
    let s = c.s;
    let (Some(order), Some(n)) = (s.superlative, s.top_n) else {
        return Step::Pass;
    };
    let mut groups = c.groups.clone();
    // "top 5 cars by mpg": a number "by" which rows are ranked; but "top 3 states by
    // average sales" over state codes: with a quantity of its own, a numeric group stays.
    // (The last: "top 3 counties by density" over a numeric `county` ranks by density.)
    let has_quantity = c.measures.iter().any(|m| c.numeric(m));
    let ranked_by = groups
        .iter()
        .rev()
        .find(|g| c.numeric(g) && !has_quantity)
        .cloned();
    groups.retain(|g| !c.numeric(g) || has_quantity);
    let text_measure = c.measures.iter().find(|m| !c.numeric(m)).cloned();
    if groups.is_empty()
        && let Some(t) = text_measure
    {
        groups.push(t);
    }
    // "top 3 hours by average temp": the column with the aggregate is ranked, the other
    // one is the group.
    let qualified = s
        .mentions
        .iter()
        .find(|m| m.agg.is_some() && m.role == Role::Measure && c.numeric(&m.column))
        .map(|m| m.column.clone());
    if groups.is_empty()
        && let Some(q) = &qualified
        && let Some(other) = c.measures.iter().find(|m| *m != q)
    {
        groups.push(other.clone());
    }
    let num_measure = qualified
        .or_else(|| {
            c.measures
                .iter()
                .find(|m| c.numeric(m) && !groups.contains(m))
                .cloned()
        })
        .or(ranked_by);
    if groups.is_empty() {
        let mut rows = Intent::new(Task::Rows);
        rows.filters = s.filters.clone();
        rows.measure = num_measure.or_else(|| c.versus.first().cloned());
        rows.order = Some(
            rows.measure
                .as_deref()
                .and_then(|m| in_time(c, m))
                .unwrap_or(order),
        );
        rows.limit = Some(n);
        // "who placed in the top spot?" with nothing to rank by: the rows as the table
        // lists them, a ranking already.
        if rows.measure.is_none()
            && s.which_row
            && s.superlative_word.is_none()
            && let Some(name) = c.row_name()
        {
            rows.order = None;
            rows.columns = vec![name.to_string()];
            return Step::Decide(Ok(rows));
        }
        let Some(m) = rows.measure.clone() else {
            return Step::Decide(Err("name the column to rank by".into()));
        };
        rows.columns = labelled(c.row_name(), &m);
        return Step::Decide(Ok(rows));
    }
    let mut intent = c.aggregate();
    intent.group = groups;
    intent.measure = num_measure.clone();
    intent.agg = Some(match (c.explicit_agg, &num_measure) {
        (Some(a), Some(_)) => a,
        (_, None) => AggFunc::Count,
        (None, Some(m)) if s.counted_superlative && !is_ratio(m) => AggFunc::Sum,
        (None, Some(m)) => additive_default(m),
    });
    intent.order = Some(
        num_measure
            .as_deref()
            .and_then(|m| in_time(c, m))
            .unwrap_or(order),
    );
    intent.limit = Some(n);
    Step::Decide(Ok(intent))
}

/// One aggregate over the (filtered) rows: "average mass of Adelie penguins", "how many
/// flights", or why not.
/// "What is the Newtonian constant of gravitation?", "tell me about Iron Man": a row named
/// by its name (the value of the column that names the rows), with nothing asked of it,
/// is shown whole; counting the one row would answer another question.
pub(super) fn row_named(c: &mut Ctx) -> Step {
    let s = c.s;
    if c.explicit_agg.is_some()
        || s.superlative.is_some()
        || !c.groups.is_empty()
        || !c.measures.is_empty()
        || s.unknown_nouns > 0
        || s.chart_kind.is_some()
    {
        return Step::Pass;
    }
    let Some(name) = c.schema.identifier() else {
        return Step::Pass;
    };
    let [f] = s.filters.as_slice() else {
        return Step::Pass;
    };
    if f.column != name || f.op != Cmp::Eq {
        return Step::Pass;
    }
    let mut rows = Intent::new(Task::Rows);
    rows.filters = s.filters.clone();
    rows.limit = Some(20);
    Step::Decide(Ok(rows))
}
