//! From what a question mentions to an [`Intent`], or a plain explanation of why not.
//!
//! Deciding is an ordered list of named rules, [`DECISIONS`], each with a question it is
//! for: the first rule that decides gives the intent (or the refusal). A few rules only
//! shape what the later ones see ("which species has the highest mass" makes `species` a
//! group and the order descending). An answer's trace names the rule that decided and the
//! ones that shaped.

use super::beside::{RowStep, in_table_order};
use super::chart;
use super::defaults::{additive_default, compared_values, is_ratio};
use super::found::{Role, Scan};
use super::intent::{
    AggFunc, AggWords, Beside, Bucket, Cmp, DatePart, Filter, Intent, Order, ReadAs, Task,
};
use super::keywords::superlative_hint;
use super::schema::{Kind, Schema};
use super::time;
use super::values::values_saying;

/// A named step of deciding.
pub(crate) struct Decision {
    /// Its name, as an answer's trace shows it.
    pub(crate) name: &'static str,
    /// A question it is for.
    pub(crate) example: &'static str,
    apply: fn(&mut Ctx) -> Step,
}

/// What a decision did. One lives for one step of one question, so its size matters not.
#[allow(clippy::large_enum_variant)]
enum Step {
    /// The intent, or why there is none: deciding ends here.
    Decide(Result<Intent, String>),
    /// Changed what later decisions see.
    Shape,
    /// Not for this question.
    Pass,
}

/// What was decided, and by which rules.
pub(crate) struct Decided {
    pub(crate) intent: Result<Intent, String>,
    /// The decision that gave the intent or the refusal.
    pub(crate) by: &'static str,
    /// Decisions that shaped what it saw, in order.
    pub(crate) shaped: Vec<&'static str>,
}

/// Turn a scan into an intent (`Err` holds a sentence saying what is missing), saying which
/// decisions did it.
pub(crate) fn decide_traced(schema: &Schema, s: &Scan) -> Decided {
    let mut ctx = Ctx::new(schema, s);
    let mut shaped = Vec::new();
    for d in DECISIONS {
        match (d.apply)(&mut ctx) {
            Step::Decide(intent) => {
                let intent = intent.map(|mut i| {
                    attach_buckets(schema, s, &mut i);
                    // "the same position as Ardo Kreek" narrows whatever is asked.
                    i.same_as = s.same_as.clone();
                    people_first(schema, s, &mut i);
                    ratio_of_the_measure(s, &mut i);
                    fractions_in_percent(schema, s, &mut i);
                    i
                });
                return Decided {
                    intent,
                    by: d.name,
                    shaped,
                };
            }
            Step::Shape => shaped.push(d.name),
            Step::Pass => {}
        }
    }
    // `single_value`, last, always decides.
    unreachable!("the last decision always decides")
}

/// The example of a decision, by name.
pub(crate) fn example(name: &str) -> &'static str {
    DECISIONS
        .iter()
        .find(|d| d.name == name)
        .map_or("", |d| d.example)
}

/// The decisions, in the order they are tried.
pub(crate) const DECISIONS: &[Decision] = &[
    Decision {
        name: "ambiguous_name",
        example: "average sleep (sleep_rem or sleep_cycle?): ask",
        apply: ambiguous_name,
    },
    Decision {
        name: "longest_run",
        example: "how many consecutive wins did Bob Senneker have (the longest run of his rows)",
        apply: longest_run,
    },
    Decision {
        name: "not_in_data",
        example: "average revenue by century (no such column): say so",
        apply: not_in_data,
    },
    Decision {
        name: "share",
        example: "percentage of cars from Japan",
        apply: share,
    },
    Decision {
        name: "correlation",
        example: "correlation between weight and horsepower",
        apply: correlation,
    },
    Decision {
        name: "chart",
        example: "bar chart of average mass by species; bill length vs bill depth",
        apply: chart_wanted,
    },
    Decision {
        name: "count_condition",
        example: "which states have more than 100 orders",
        apply: count_condition,
    },
    Decision {
        name: "text_has_no_average",
        example: "average species (text): say so",
        apply: text_has_no_average,
    },
    Decision {
        name: "distinct_values",
        example: "list the different ranks",
        apply: distinct_values,
    },
    Decision {
        name: "difference_between",
        example: "how many more medals did Egypt win than Kenya (Egypt's total minus Kenya's)",
        apply: difference_between,
    },
    Decision {
        name: "choice_between",
        example: "who had more silver medals, Cuba or Brazil (the one of the two that ranks first)",
        apply: choice_between,
    },
    Decision {
        name: "yes_or_no",
        example: "were any cars heavier than 5000 lbs? (yes or no, and how many rows)",
        apply: yes_or_no,
    },
    Decision {
        name: "years_of_the_span",
        example: "how long did Ian Armstrong serve",
        apply: years_of_the_span,
    },
    Decision {
        name: "most_common_value",
        example: "the most common weather",
        apply: most_common_value,
    },
    Decision {
        name: "period_row",
        example: "which quarter had the lowest real interest rate (year and quarter)",
        apply: period_row,
    },
    Decision {
        name: "day_with_the_most_rows",
        example: "on which day were the most babies born (rows counted per date)",
        apply: day_with_the_most_rows,
    },
    Decision {
        name: "which_lookup",
        example: "which athlete was from South Korea (the athletes of the rows that say so)",
        apply: which_lookup,
    },
    Decision {
        name: "which_subject",
        example: "which species has the highest mass (species becomes a group)",
        apply: which_subject,
    },
    Decision {
        name: "measure_of_the_extreme_row",
        example: "how many floors does the tallest building have",
        apply: measure_of_the_extreme_row,
    },
    Decision {
        name: "which_row_by_aggregate",
        example: "which stock had the lowest average price",
        apply: which_row_by_aggregate,
    },
    Decision {
        name: "extreme_row",
        example: "which car has the highest horsepower",
        apply: extreme_row,
    },
    Decision {
        name: "row_beside",
        example: "which island comes after Dream (the row after the one whose island is Dream)",
        apply: row_beside,
    },
    Decision {
        name: "row_in_order",
        example: "which island is listed first (no quantity to rank: the first row, or the earliest date)",
        apply: row_in_order,
    },
    Decision {
        name: "top_n",
        example: "top 5 carriers by average delay",
        apply: top_n,
    },
    Decision {
        name: "sorted_rows",
        example: "mammals sorted by body weight (every row, in that order)",
        apply: sorted_rows,
    },
    Decision {
        name: "compared_values",
        example: "average mpg of Japan and Europe (one value each)",
        apply: compared,
    },
    Decision {
        name: "aggregate_per_text",
        example: "mean petal length of species (per species)",
        apply: aggregate_per_text,
    },
    Decision {
        name: "per_group",
        example: "average body mass by species",
        apply: per_group,
    },
    Decision {
        name: "row_named",
        example: "what is the Newtonian constant of gravitation (the row of that name)",
        apply: row_named,
    },
    Decision {
        name: "single_value",
        example: "average body mass of Adelie penguins; how many flights",
        apply: single_value,
    },
];

/// What the decisions read and shape.
struct Ctx<'a> {
    schema: &'a Schema,
    s: &'a Scan,
    measures: Vec<String>,
    groups: Vec<String>,
    colors: Vec<String>,
    versus: Vec<String>,
    which: Vec<String>,
    explicit_agg: Option<AggFunc>,
    /// The order a shaping decision set ("which ... has the highest ...").
    order: Option<Order>,
    /// A calendar bucket a shaping decision grouped by ("rain in 2014 and 2015").
    bucket: Option<Bucket>,
}

impl<'a> Ctx<'a> {
    fn new(schema: &'a Schema, s: &'a Scan) -> Self {
        let of = |role: Role| -> Vec<String> {
            s.mentions
                .iter()
                .filter(|m| m.role == role)
                .map(|m| m.column.clone())
                .collect()
        };
        let mention_agg = s.mentions.iter().find_map(|m| m.agg);
        Ctx {
            schema,
            s,
            measures: of(Role::Measure),
            groups: of(Role::Group),
            colors: of(Role::Color),
            versus: of(Role::Versus),
            which: of(Role::Which),
            explicit_agg: mention_agg.or(s.agg),
            order: None,
            bucket: None,
        }
    }

    /// The column that names the rows in an answer: the people "who" asks for, else the
    /// data's identifier.
    /// The column that names a row: the person asked for with "who", the date asked for
    /// with "when" or "which day", else the table's identifier.
    fn row_name(&self) -> Option<&str> {
        // A column of calendar dates (not a time of day), else one named a date.
        let date = || {
            let columns = &self.schema.columns;
            self.s
                .time_asked
                .then(|| {
                    columns
                        .iter()
                        .find(|c| c.calendar)
                        .or_else(|| columns.iter().find(|c| c.words == ["date"]))
                })
                .flatten()
                .map(|c| c.name.as_str())
        };
        // "which biomass sample has the lowest heating value" over a text `sample`: the
        // column the noun asked for is the whole name of.
        let said = || {
            let noun = self.s.subject_noun.as_deref()?;
            self.schema.text_column_named(noun).map(|c| c.name.as_str())
        };
        self.s
            .who
            .as_deref()
            .or_else(date)
            .or_else(said)
            .or_else(|| self.schema.identifier())
    }

    fn numeric(&self, c: &str) -> bool {
        self.schema.kind(c) == Kind::Number && !self.s.things.iter().any(|t| t == c)
    }

    /// The measure: the first numeric one named, else the first named.
    fn measure(&self) -> Option<String> {
        self.measures
            .iter()
            .find(|c| self.numeric(c))
            .or(self.measures.first())
            .cloned()
    }

    /// The first numeric measure named.
    fn numeric_measure(&self) -> Option<String> {
        self.measures.iter().find(|c| self.numeric(c)).cloned()
    }

    /// A new aggregate over the question's conditions, in the order shaped so far.
    fn aggregate(&self) -> Intent {
        let mut intent = Intent::new(Task::Aggregate);
        intent.filters = self.s.filters.clone();
        intent.order = self.order;
        intent.buckets.extend(self.bucket.clone());
        intent
    }
}

/// Record the calendar buckets an intent's groups and chart encodings use: the unit words
/// of the question, and date columns named like a year grouped in a table.
pub(crate) fn attach_buckets(schema: &Schema, s: &Scan, intent: &mut Intent) {
    let mut names: Vec<&String> = intent.group.iter().collect();
    if let Some(c) = &intent.chart {
        names.extend([&c.x, &c.y, &c.color].into_iter().flatten());
    }
    for name in names {
        if intent.buckets.iter().any(|b| &b.name == name) {
            continue;
        }
        let found = s
            .buckets
            .iter()
            .find(|b| &b.name == name)
            .cloned()
            .or_else(|| {
                matches!(intent.task, Task::Aggregate | Task::Share)
                    .then(|| time::year_named(schema, name))
                    .flatten()
            });
        intent.buckets.extend(found);
    }
}

/// "who came in first", "whose time is over 24.00": rows listed for "who" show the people
/// first, whatever else the question asks about them.
fn people_first(schema: &Schema, s: &Scan, intent: &mut Intent) {
    let Some(who) = &s.who else { return };
    if intent.task != Task::Rows || intent.columns.first() == Some(who) {
        return;
    }
    if intent.columns.is_empty() {
        intent.columns = schema.columns.iter().map(|c| c.name.clone()).collect();
    }
    intent.columns.retain(|c| c != who);
    intent.columns.insert(0, who.clone());
}

/// "tips as a percentage of the bills": the measure becomes that percentage (or plain
/// ratio, "the ratio of REM sleep to total sleep"). Aggregated
/// as a total or not at all, it is the totals' percentage ("all the tips added up, as a
/// percentage of all the bills"); with an average, a median or an extreme, each row's.
fn ratio_of_the_measure(s: &Scan, intent: &mut Intent) {
    if let (Some(less), Some(measure)) = (&s.less, &intent.measure)
        && less != measure
        && matches!(intent.task, Task::Aggregate | Task::Rows)
    {
        intent.also.clear();
        intent.ratio = Some(super::intent::Ratio {
            whole: less.clone(),
            of_totals: false,
            plain: false,
            per: None,
            minus: true,
        });
        return;
    }
    let (Some((whole, plain)), Some(measure)) = (&s.ratio_of, &intent.measure) else {
        return;
    };
    if whole == measure || !matches!(intent.task, Task::Aggregate | Task::Rows) {
        return;
    }
    let of_totals = intent.task == Task::Aggregate
        && matches!(intent.agg, None | Some(AggFunc::Sum | AggFunc::Count));
    if of_totals {
        intent.agg = Some(AggFunc::Sum);
    }
    intent.also.clear();
    intent.ratio = Some(super::intent::Ratio {
        whole: whole.clone(),
        of_totals,
        plain: *plain,
        per: s.ratio_per,
        minus: false,
    });
}

/// "the average usage rate in 1997, in percent" over `usage` (0.65 for 65%): a measure of
/// fractions asked for in percent is shown times 100. A measure already in percent (any
/// value above 1), a count, a ratio or a share is left as it is.
fn fractions_in_percent(schema: &Schema, s: &Scan, intent: &mut Intent) {
    let fractions = intent
        .measure
        .as_deref()
        .and_then(|m| schema.get(m))
        .is_some_and(|c| c.kind == Kind::Number && c.holds_fractions());
    intent.percent = s.in_percent
        && fractions
        && intent.ratio.is_none()
        && intent.agg != Some(AggFunc::Count)
        && matches!(intent.task, Task::Aggregate | Task::Rows);
}

/// The columns of a ranked row: the one naming the row, then the measure (all columns
/// when no column names the rows).
fn labelled(name: Option<&str>, measure: &str) -> Vec<String> {
    match name {
        Some(id) if id != measure => vec![id.to_string(), measure.to_string()],
        _ => Vec::new(),
    }
}

fn ambiguous_name(c: &mut Ctx) -> Step {
    let Some((word, columns)) = &c.s.ambiguous else {
        return Step::Pass;
    };
    Step::Decide(Err(format!(
        "\"{word}\" could mean {}; please name the column.",
        columns
            .iter()
            .map(|c| format!("`{c}`"))
            .collect::<Vec<_>>()
            .join(" or ")
    )))
}

/// "how many consecutive wins did Bob Senneker have", "who won the most consecutive
/// titles": the longest run of consecutive rows the conditions keep, or, for the column
/// asked for (not one a condition is on), the value with the longest run of its own.
fn longest_run(c: &mut Ctx) -> Step {
    let s = c.s;
    if !s.consecutive || s.chart_kind.is_some() || s.chart_word || s.yes_no {
        return Step::Pass;
    }
    let counts = s.agg == Some(AggFunc::Count)
        || c.explicit_agg == Some(AggFunc::Count)
        || s.superlative.is_some();
    if !counts {
        return Step::Pass;
    }
    let asked = c.which.first().or(c.groups.first()).cloned().or_else(|| {
        s.which_row
            .then(|| c.row_name())
            .flatten()
            .map(str::to_string)
    });
    let group = asked.filter(|g| !c.numeric(g) && !s.filters.iter().any(|f| &f.column == g));
    if group.is_none() && s.filters.is_empty() {
        return Step::Pass;
    }
    let mut intent = Intent::new(Task::Aggregate);
    intent.filters = s.filters.clone();
    intent.group = group.into_iter().collect();
    intent.agg = Some(AggFunc::Count);
    intent.streak = true;
    Step::Decide(Ok(intent))
}

fn not_in_data(c: &mut Ctx) -> Step {
    match &c.s.not_found {
        Some(why) => Step::Decide(Err(why.clone())),
        None => Step::Pass,
    }
}

/// "percentage of cars from Japan", "share of net generation from renewables by year".
fn share(c: &mut Ctx) -> Step {
    let s = c.s;
    if !s.share || s.chart_kind.is_some() || s.chart_word {
        return Step::Pass;
    }
    if s.filters.is_empty() {
        return Step::Decide(Err(
            "a percentage needs a condition, such as \"percentage of rows where ...\"".into(),
        ));
    }
    let mut intent = Intent::new(Task::Share);
    intent.filters = s.filters.clone();
    // "survival rate of women": the rate's own condition is the part, the rest the whole.
    if let Some(rate) = &s.rate_of {
        intent.within = s.filters.iter().filter(|f| *f != rate).cloned().collect();
        intent.filters = vec![rate.clone()];
    } else {
        // "what percentage of Gentoo penguins are male?": the values said before the verb
        // choose the rows, the rest is the part; so does a year or month wherever it is said
        // ("what percentage of days were sunny in 2015?"). "percentage of countries in
        // Africa with a life expectancy above 60": with a comparison, the values said choose
        // the rows and the comparison is the part.
        let period = |f: &Filter| {
            f.op == Cmp::Eq && (f.date_part().is_some() || chart::time_like(c.schema, &f.column))
        };
        let (mut within, mut part): (Vec<Filter>, Vec<Filter>) = s
            .filters
            .iter()
            .cloned()
            .partition(|f| s.share_within.contains(f) || period(f));
        if part.iter().any(|f| f.op != Cmp::Eq) {
            let (eq, rest): (Vec<Filter>, Vec<Filter>) =
                part.into_iter().partition(|f| f.op == Cmp::Eq);
            within.extend(eq);
            part = rest;
        }
        if !within.is_empty() && !part.is_empty() {
            intent.within = within;
            intent.filters = part;
        }
    }
    intent.group = c.groups.clone();
    // "release rate in percent for black and white arrestees": one share for each value
    // said of a text column that chooses the rows.
    if intent.group.is_empty()
        && c.which.is_empty()
        && let Some(f) = compared_values(&intent.within)
        && f.value.is_string()
    {
        intent.group = vec![f.column.clone()];
    }
    // "what percentage of flights had an arrival delay of 0 or less": the column the part is
    // compared on chooses the rows; it is not what the share weighs.
    intent.measure = c
        .measures
        .iter()
        .find(|m| {
            c.numeric(m)
                && !intent
                    .filters
                    .iter()
                    .any(|f| &f.column == *m && f.op != Cmp::Eq)
        })
        .cloned();
    // "which marital status has the highest percentage of smokers?": the percentage per
    // value of the column asked for, the highest first.
    if intent.group.is_empty()
        && let Some(order) = s.superlative
        && !c.which.is_empty()
    {
        intent.group = c.which.clone();
        intent.order = Some(order);
        intent.limit = Some(s.top_n.unwrap_or(1));
    }
    Step::Decide(Ok(intent))
}

fn correlation(c: &mut Ctx) -> Step {
    if !c.s.correlation {
        return Step::Pass;
    }
    let nums: Vec<String> =
        c.s.mentions
            .iter()
            .map(|m| m.column.clone())
            .filter(|m| c.numeric(m))
            .collect();
    if nums.len() < 2 {
        return Step::Decide(Err("a correlation needs two numeric columns".into()));
    }
    let mut intent = Intent::new(Task::Correlation);
    intent.measure = Some(nums[0].clone());
    intent.second = Some(nums[1].clone());
    intent.filters = c.s.filters.clone();
    Step::Decide(Ok(intent))
}

/// A chart named, a distribution or a trend asked for, or two numbers and nothing to
/// compute ("bill length vs bill depth" is a scatter plot).
fn chart_wanted(c: &mut Ctx) -> Step {
    let s = c.s;
    let compared: Vec<&String> = c.measures.iter().chain(&c.versus).collect();
    // "average temperature against average dew point" over `avg_temp` and `avg_dewpt`: one
    // quantity against another is a scatter, whatever aggregate word their names say.
    let two_numbers = (c.explicit_agg.is_none() || (s.versus && c.groups.is_empty()))
        && s.superlative.is_none()
        && ((c.groups.is_empty() && s.filters.is_empty()) || s.versus)
        && compared.len() >= 2
        && compared.iter().all(|m| c.numeric(m));
    // "how much did it change between 2010 and 2020" is a difference, not a trend to draw.
    let trend = s.trend && s.difference.is_none();
    let wants = s.chart_kind.is_some() || s.chart_word || s.distribution || trend || two_numbers;
    if !wants {
        return Step::Pass;
    }
    Step::Decide(chart::chart(
        c.schema,
        s,
        &c.measures,
        &c.groups,
        &c.colors,
        &c.versus,
        c.explicit_agg,
    ))
}

/// "which states have more than 100 orders": each group's count, kept where it holds.
fn count_condition(c: &mut Ctx) -> Step {
    let Some(having) = c.s.having else {
        return Step::Pass;
    };
    let text_measures = c.measures.iter().filter(|m| !c.numeric(m));
    let mut keys: Vec<String> = Vec::new();
    for k in c.which.iter().chain(&c.groups).chain(text_measures) {
        if !keys.contains(k) {
            keys.push(k.clone());
        }
    }
    if keys.is_empty() {
        return Step::Decide(Err(
            "a condition on a count needs groups, as in \"which states have more than 100 orders\""
                .into(),
        ));
    }
    let mut intent = c.aggregate();
    intent.group = keys;
    intent.agg = Some(AggFunc::Count);
    intent.having = Some(having);
    intent.order = Some(Order::Desc);
    // "among airlines with at least 100 flights, which has the worst average delay": the
    // groups the count keeps, ranked by a number's aggregate.
    let measured =
        c.s.superlative.is_some() || matches!(c.explicit_agg, Some(a) if a != AggFunc::Count);
    if measured && let Some(m) = c.measures.iter().find(|m| c.numeric(m)).cloned() {
        intent.agg = Some(match c.explicit_agg {
            Some(a) if a != AggFunc::Count => a,
            _ => additive_default(&m),
        });
        intent.measure = Some(m);
        if let Some(order) = c.s.superlative {
            intent.order = Some(order);
            intent.limit = Some(c.s.top_n.unwrap_or(1));
        }
    }
    Step::Decide(Ok(intent))
}

/// "average species": text has no average (or sum, median, deviation).
fn text_has_no_average(c: &mut Ctx) -> Step {
    if let Some(agg @ (AggFunc::Sum | AggFunc::Mean | AggFunc::Median | AggFunc::Std)) =
        c.explicit_agg
        && let Some(text) = c.measures.first().filter(|m| !c.numeric(m))
        && c.measures.iter().all(|m| !c.numeric(m))
    {
        return Step::Decide(Err(format!(
            "`{text}` is text, so it has no {}; ask for a count or the number of distinct values",
            agg.label().trim_end_matches(" of")
        )));
    }
    Step::Pass
}

/// "list the different ranks", "what ship modes are there": the values themselves.
fn distinct_values(c: &mut Ctx) -> Step {
    let s = c.s;
    let listed = if c.measures.is_empty() {
        &c.which
    } else {
        &c.measures
    };
    if let [listed] = listed.as_slice()
        && !c.numeric(listed)
        && c.groups.is_empty()
        && s.superlative.is_none()
        && c.explicit_agg.is_none()
        // "unique values of weather", "what are the different weather types": the
        // distinct values themselves unless a count is asked for.
        && (s.distinct || s.are_there)
    {
        let mut rows = Intent::new(Task::Rows);
        rows.filters = s.filters.clone();
        rows.columns = vec![listed.clone()];
        rows.distinct = true;
        return Step::Decide(Ok(rows));
    }
    Step::Pass
}

/// "how many more medals did Egypt win than Kenya?", "the difference in population between
/// Enping and Heshan": one value, the aggregate of one value's rows minus the other's. The
/// measure is summed (averaged when it is a rate) unless an aggregate is said; with no
/// measure, rows are counted where "how many" asks (for values that come back).
fn difference_between(c: &mut Ctx) -> Step {
    let s = c.s;
    let Some(d) = &s.difference else {
        return Step::Pass;
    };
    let mut intent = Intent::new(Task::Aggregate);
    intent.filters = s
        .filters
        .iter()
        .filter(|f| **f != d.of && **f != d.minus)
        .cloned()
        .collect();
    intent.difference = Some(d.clone());
    match (
        c.numeric_measure().filter(|m| *m != d.of.column),
        c.explicit_agg,
    ) {
        (Some(m), agg) => {
            intent.agg = Some(match agg {
                Some(a) if a != AggFunc::Count => a,
                _ if is_ratio(&m) => AggFunc::Mean,
                _ => AggFunc::Sum,
            });
            intent.measure = Some(m);
        }
        // Counting rows tells values apart only when they come back: of one row each, the
        // difference is always 0.
        // "did A win more or less often than B?": with words to answer in, rows are counted
        // without "how many".
        (None, agg)
            if (agg == Some(AggFunc::Count) || d.verdict.is_some())
                && c.schema.get(&d.of.column).is_some_and(|col| !col.unique) =>
        {
            intent.agg = Some(AggFunc::Count)
        }
        (None, _) => {
            return Step::Decide(Err(format!(
                "to take {} from {} I need a number; please name its column",
                values_said(std::slice::from_ref(&d.minus), &d.minus.column),
                values_said(std::slice::from_ref(&d.of), &d.of.column),
            )));
        }
    }
    Step::Decide(Ok(intent))
}

/// "were any towers built before 1800?", "was the attendance on 11/19/2013 greater than
/// 1,000?": a question opened by "is", "did", "were", ... with a comparison among its
/// conditions asks whether any row meets them all; answered "yes" or "no" with how many
/// rows do. Not when it asks for a number, a ranking or a choice.
fn yes_or_no(c: &mut Ctx) -> Step {
    let s = c.s;
    let compares = s
        .filters
        .iter()
        .any(|f| f.op != Cmp::Eq && f.value.is_number());
    if !s.yes_no
        || !compares
        || s.superlative.is_some()
        || s.in_order.is_some()
        || s.choice
        || s.difference.is_some()
        || s.beside.is_some()
        || !c.groups.is_empty()
        || !matches!(c.explicit_agg, None | Some(AggFunc::Sum))
    {
        return Step::Pass;
    }
    let mut rows = Intent::new(Task::Rows);
    rows.filters = s.filters.clone();
    rows.yes_no = true;
    Step::Decide(Ok(rows))
}

/// "who had more silver medals, Cuba or Brazil?", "which district has a higher population,
/// Angul or Cuttack?": of the values offered, the one ranked first by the measure (summed
/// when "more" or "fewer" of an amount, as "more goals against Portugal or Spain" adds up
/// the matches), or by how many rows each has ("which player won more tournaments, A or
/// B?", where names come back); "which album came out earlier, A or B?" ranks them by date, else by the order of
/// the rows.
fn choice_between(c: &mut Ctx) -> Step {
    let s = c.s;
    if !s.choice {
        return Step::Pass;
    }
    // A date's years or months offered ("more rain in 2014 or 2015?") are grouped by
    // `compared_values`.
    let Some(offered) = compared_values(&s.filters).filter(|f| f.date_part().is_none()) else {
        return Step::Pass;
    };
    let column = offered.column.clone();
    let measure = c.numeric_measure().filter(|m| *m != column);
    // "which mine was open longer, A or B?" over spans of years: ranked by the years
    // (`years_of_the_span`).
    if s.span.is_some() && measure.is_none() {
        return Step::Pass;
    }
    if let (Some(order), None) = (s.in_order, &measure) {
        let mut rows = Intent::new(Task::Rows);
        rows.filters = s.filters.clone();
        rows.limit = Some(1);
        rows.order = Some(order);
        rows.measure = c.schema.dated_by().map(str::to_string);
        rows.columns = std::iter::once(column)
            .chain(rows.measure.clone())
            .collect();
        return Step::Decide(Ok(rows));
    }
    let Some(order) = s.superlative else {
        return Step::Pass;
    };
    let amount = matches!(
        s.superlative_word.as_deref(),
        Some("most" | "least" | "fewest")
    );
    let mut intent = c.aggregate();
    intent.group = vec![column.clone()];
    intent.order = Some(order);
    intent.limit = Some(1);
    match (measure, c.explicit_agg) {
        (Some(m), agg) => {
            intent.agg = Some(match agg {
                Some(a) if a != AggFunc::Count => a,
                _ if amount && !is_ratio(&m) => AggFunc::Sum,
                _ => additive_default(&m),
            });
            intent.measure = Some(m);
        }
        // Counting rows ranks only values that come back: of one row each, none is first.
        (None, agg)
            if (amount || agg == Some(AggFunc::Count))
                && c.schema.get(&column).is_some_and(|col| !col.unique) =>
        {
            intent.agg = Some(AggFunc::Count)
        }
        // "who placed higher, Bradl or Gadea?": with no quantity named, their places in
        // the ranking; the higher place is the smaller number.
        (None, _)
            if let Some(place) = super::numbers::places_column(c.schema)
                && place.name != column
                && matches!(
                    s.superlative_word.as_deref(),
                    Some(
                        "higher"
                            | "highest"
                            | "lower"
                            | "lowest"
                            | "better"
                            | "best"
                            | "worse"
                            | "worst"
                    )
                ) =>
        {
            intent.measure = Some(place.name.clone());
            intent.agg = Some(AggFunc::Min);
            intent.order = Some(match order {
                Order::Asc => Order::Desc,
                Order::Desc => Order::Asc,
            });
        }
        // Left to later decisions, "more" would rank something else.
        _ => {
            return Step::Decide(Err(format!(
                "to choose between {} I need a number to compare them by; please name its column",
                values_said(&s.filters, &column)
            )));
        }
    }
    Step::Decide(Ok(intent))
}

/// The values of `column` the conditions name, as said: "Cuba and Brazil".
fn values_said(filters: &[Filter], column: &str) -> String {
    let said: Vec<String> = filters
        .iter()
        .filter(|f| f.column == column && f.op == Cmp::Eq)
        .map(|f| match &f.value {
            serde_json::Value::String(v) => v.clone(),
            v => v.to_string(),
        })
        .collect();
    match said.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// "the most common weather", "which species is most common?": a text column and a
/// superlative rank its values by count.
/// "which sport is the cheapest?" with no price: the superlative is an adjective of a
/// quantity no number in the question names (and no aggregate is asked for), so a count of
/// rows per value would answer another question.
fn quantity_unnamed(c: &Ctx) -> bool {
    // "the tallest" says a height; "the best", "the highest" say some quantity, where "the
    // most" may count rows.
    let quantity_said = c.s.superlative_word.as_deref().is_some_and(|w| {
        !superlative_hint(w).is_empty()
            || (matches!(
                w,
                "best" | "worst" | "highest" | "lowest" | "largest" | "smallest" | "greatest"
            ) && !c.s.rows_noun)
    });
    quantity_said && c.explicit_agg.is_none() && !c.measures.iter().any(|m| c.numeric(m))
}

fn most_common_value(c: &mut Ctx) -> Step {
    // "which species is most common?": the subject of "which", with nothing else named, is
    // the text column ranked.
    let subject = match c.which.as_slice() {
        [s] if c.measures.is_empty() && !c.numeric(s) => Some(s.clone()),
        _ => None,
    };
    let ranked = subject.clone().or_else(|| c.measures.first().cloned());
    // "the most common screen size": a number's most common value, when asked so.
    let only_text = !c.measures.iter().any(|m| c.numeric(m)) || c.s.commonest;
    if (c.which.is_empty() || subject.is_some())
        && c.groups.is_empty()
        && only_text
        && c.s.top_n.is_none()
        && matches!(c.explicit_agg, None | Some(AggFunc::Count))
        && let Some(order) = c.s.superlative
        && let Some(ranked) = ranked
    {
        if quantity_unnamed(c) {
            return Step::Decide(Err("name the column to rank by".into()));
        }
        let mut intent = c.aggregate();
        intent.group = vec![ranked];
        intent.agg = Some(AggFunc::Count);
        intent.order = Some(order);
        intent.limit = Some(1);
        return Step::Decide(Ok(intent));
    }
    Step::Pass
}

/// "which athlete was from South Korea?", "what competition did Japan play in?": with
/// nothing to measure or rank and no rows counted ("which island has penguins over 5 kg"
/// counts them per island), the subject's values in the rows the conditions pick, the
/// conditions' columns beside them; "which players ...", the rows' own noun, names them by
/// their name column.
fn which_lookup(c: &mut Ctx) -> Step {
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
fn which_subject(c: &mut Ctx) -> Step {
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
fn period_row(c: &mut Ctx) -> Step {
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
fn day_with_the_most_rows(c: &mut Ctx) -> Step {
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
fn which_row_by_aggregate(c: &mut Ctx) -> Step {
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
fn extreme_row(c: &mut Ctx) -> Step {
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
fn measure_of_the_extreme_row(c: &mut Ctx) -> Step {
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
fn years_of_the_span(c: &mut Ctx) -> Step {
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
fn in_time(c: &Ctx, measure: &str) -> Option<Order> {
    c.s.in_order
        .filter(|_| c.schema.get(measure).is_some_and(|col| col.holds_years()))
}

/// "what venue came before Gothenburg", "the nation after Mexico in the table": the rows
/// next to the ones the anchor picks, in the file's order (or in the ranking a superlative
/// says: "the next highest peak after Mount Keith"), showing the columns asked about.
fn row_beside(c: &mut Ctx) -> Step {
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
fn row_in_order(c: &mut Ctx) -> Step {
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
fn sorted_rows(c: &mut Ctx) -> Step {
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

fn top_n(c: &mut Ctx) -> Step {
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

/// "average mpg of Japan and Europe": one value each, so their column is a group.
fn compared(c: &mut Ctx) -> Step {
    // "the combined gold medals of Japan and France": one total over both.
    if !(c.groups.is_empty() && c.which.is_empty()) || c.s.together {
        return Step::Pass;
    }
    let Some(f) = compared_values(&c.s.filters) else {
        return Step::Pass;
    };
    if f.year_of {
        // "compare rain in 2014 and 2015": one value per year of the date column.
        let mut name = "year".to_string();
        while c.schema.get(&name).is_some() {
            name.push('_');
        }
        c.bucket = Some(Bucket {
            name: name.clone(),
            column: f.column.clone(),
            unit: DatePart::Year,
        });
        c.groups.push(name);
        Step::Shape
    } else if f.date_part().is_none()
        && (f.value.is_string() || chart::time_like(c.schema, &f.column))
    {
        // Numbers stay a filter: "cars with 4 or 6 cylinders".
        c.groups.push(f.column.clone());
        Step::Shape
    } else {
        Step::Pass
    }
}

/// "sort origins by average horsepower", "mean petal length of species": an aggregate of a
/// number for a named text column is per value of that column.
fn aggregate_per_text(c: &mut Ctx) -> Step {
    if c.groups.is_empty()
        && c.which.is_empty()
        && matches!(
            c.explicit_agg,
            Some(
                AggFunc::Mean
                    | AggFunc::Sum
                    | AggFunc::Median
                    | AggFunc::Min
                    | AggFunc::Max
                    | AggFunc::Std
            )
        )
        && c.measures.iter().any(|m| c.numeric(m))
        && let Some(text) = c
            .measures
            .iter()
            .find(|m| !c.numeric(m) && c.schema.kind(m) == Kind::Text)
        // "average savings rate of countries" over one row per country: the rows, not a
        // group each.
        && !c.schema.get(text).is_some_and(|col| col.unique)
    {
        c.groups.push(text.clone());
        return Step::Shape;
    }
    Step::Pass
}

/// An aggregate per group: "average body mass by species", "highest price per symbol".
fn per_group(c: &mut Ctx) -> Step {
    if c.groups.is_empty() {
        return Step::Pass;
    }
    let s = c.s;
    let mut intent = c.aggregate();
    intent.group = c.groups.clone();
    // "highest price per symbol": each group's maximum.
    let extreme = c.which.is_empty() && s.top_n.is_none() && c.explicit_agg.is_none();
    if extreme
        && let Some(order) = s.superlative
        && c.measures.iter().any(|m| c.numeric(m))
    {
        intent.measure = c.numeric_measure();
        intent.agg = Some(if order == Order::Desc {
            AggFunc::Max
        } else {
            AggFunc::Min
        });
        return Step::Decide(Ok(intent));
    }
    let num_measure = c.numeric_measure();
    intent.agg = Some(match (c.explicit_agg, &num_measure) {
        (Some(AggFunc::Count), Some(_)) if s.rows_noun => AggFunc::Count,
        (Some(a), Some(_)) => a,
        // "which year held the most competitions": things counted, whatever else is unread.
        (None, None) if s.counted_superlative => AggFunc::Count,
        // "revenue by region" with no revenue column is not a count of rows.
        (None, None) if s.unknown_nouns > 0 && !s.rows_noun => {
            return Step::Decide(Err("I could not tell what to compute per group".into()));
        }
        (Some(AggFunc::Count) | None, None) => AggFunc::Count,
        (Some(a), None) => {
            return Step::Decide(Err(format!(
                "the {} of what? Name a numeric column",
                a.label().trim_end_matches(" of")
            )));
        }
        // "sales by region" adds up; "mass by species" averages.
        (None, Some(m)) if s.counted_superlative && !is_ratio(m) => AggFunc::Sum,
        (None, Some(m)) => additive_default(m),
    });
    if intent.agg != Some(AggFunc::Count) || !s.rows_noun {
        intent.measure = num_measure.filter(|_| intent.agg != Some(AggFunc::Count));
    }
    more_measures(c, &mut intent);
    // "which region has the most cities", "how many countries per continent": a text
    // column counted per group is counted in distinct values, as for the whole table
    // (not when the rows themselves are counted: "how many orders per region").
    let counts_values = intent.agg == Some(AggFunc::Count) && !s.rows_noun;
    // "which year had the most stamps issued" over a `Stamp issue date` grouped by its
    // year: the column grouped by a part of it counts its rows.
    let grouped_by_part = |m: &String| {
        s.buckets
            .iter()
            .any(|b| &b.column == m && intent.group.contains(&b.name))
    };
    let own = |m: &String| c.schema.names_the_rows_it_is_named_for(m);
    if (s.distinct || counts_values)
        && let Some(t) = c.measures.iter().find(|m| {
            !c.numeric(m)
                && !intent.group.contains(m)
                && !grouped_by_part(m)
                && (s.distinct || !own(m))
        })
    {
        intent.agg = Some(AggFunc::NUnique);
        intent.measure = Some(t.clone());
    }
    if intent.order.is_none()
        && let Some(order) = s.superlative
        && c.explicit_agg != Some(AggFunc::Max)
        && c.explicit_agg != Some(AggFunc::Min)
    {
        intent.order = Some(order);
    }
    if intent.order.is_none() {
        intent.order = s.sorted;
    }
    // "which date had the highest attendance?": the date (and any tied with it), not every
    // date ranked.
    if !c.which.is_empty() && s.superlative.is_some() && s.top_n.is_none() {
        intent.limit = Some(1);
    }
    Step::Decide(Ok(intent))
}

/// One aggregate over the (filtered) rows: "average mass of Adelie penguins", "how many
/// flights", or why not.
/// "What is the Newtonian constant of gravitation?", "tell me about Iron Man": a row named
/// by its name (the value of the column that names the rows), with nothing asked of it,
/// is shown whole; counting the one row would answer another question.
fn row_named(c: &mut Ctx) -> Step {
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

fn single_value(c: &mut Ctx) -> Step {
    let s = c.s;
    let measure = c.measure();
    let numeric = |m: &String| c.numeric(m);
    // "how many times was norra listed as the section": a column whose value is said is
    // one value, so its rows are counted, not its distinct values (always one).
    let one_value = |m: &String| {
        s.filters
            .iter()
            .any(|f| &f.column == m && f.op == Cmp::Eq && f.date_part().is_none())
    };
    // "how many years are listed" over a `Year` that repeats: the years, each once.
    let years = |m: &String| {
        s.years_counted
            && numeric(m)
            && c.schema
                .get(m)
                .is_some_and(|col| col.holds_years() && !col.calendar)
    };
    // "how many seminar courses are there" over a course catalogue's `course` titles that
    // a few rows share: names of the rows, counted as rows.
    let own = |m: &String| c.schema.names_the_rows_it_is_named_for(m);
    let agg = match (c.explicit_agg, s.superlative, &measure) {
        (Some(AggFunc::Count), _, Some(m))
            if s.distinct
                || s.things.contains(m)
                || ((!numeric(m) || years(m))
                    && !s.rows_noun
                    && !s.times
                    && !one_value(m)
                    && !own(m)) =>
        {
            AggFunc::NUnique
        }
        // "how many employees work remotely" with nothing for "remotely": not every row.
        // But "how many ships went to Pakistan" over a `Fate` that says it in some values:
        // those rows.
        (Some(AggFunc::Count), _, None) if s.filters.is_empty() && s.unread_condition.is_some() => {
            let word = s.unread_condition.as_deref().unwrap_or_default();
            // (Read here, on the way to a refusal only: it searches every value.)
            if let Some((column, values)) = values_saying(c.schema, &word.to_lowercase()) {
                let mut intent = c.aggregate();
                intent
                    .filters
                    .push(Filter::on(column, Cmp::In, serde_json::Value::from(values)));
                intent.agg = Some(AggFunc::Count);
                return Step::Decide(Ok(intent));
            }
            return Step::Decide(Err(format!(
                "I could not tell which rows \"{word}\" picks out"
            )));
        }
        (Some(AggFunc::Count), _, _) => AggFunc::Count,
        (Some(a), _, Some(_)) => a,
        (None, Some(Order::Desc), Some(m)) if numeric(m) => AggFunc::Max,
        (None, Some(Order::Asc), Some(m)) if numeric(m) => AggFunc::Min,
        (None, None, Some(m)) if s.distinct && !numeric(m) => AggFunc::NUnique,
        // "months with nonfarm_change below 0": dated rows that match.
        (None, None, Some(m)) if c.schema.kind(m) == Kind::Time && !s.filters.is_empty() => {
            AggFunc::Count
        }
        // "how long did it take Irie to finish": a time looked up is shown as written
        // (`1:55.72`, `$251,736`), not added up unasked; beside it the columns that picked its rows,
        // unless one value picked them (the same on every row).
        (None, None, Some(m))
            if !s.filters.is_empty()
                && c.schema.get(m).is_some_and(|col| {
                    matches!(col.reading, Some(ReadAs::Seconds | ReadAs::LeadingNumber))
                }) =>
        {
            let mut rows = Intent::new(Task::Rows);
            rows.filters = s.filters.clone();
            rows.columns = vec![m.clone()];
            for f in &s.filters {
                if f.op != Cmp::Eq && !rows.columns.contains(&f.column) {
                    rows.columns.push(f.column.clone());
                }
            }
            rows.limit = Some(100);
            return Step::Decide(Ok(rows));
        }
        // "price of IBM in 2005": the measure over the matching rows.
        (None, None, Some(m)) if numeric(m) && !s.filters.is_empty() => additive_default(m),
        // "what was the venue in 1999", "the venue where the position was 1st": a text
        // column looked up in the matching rows, each named beside what picked it.
        (None, None, Some(m))
            if s.asks && c.schema.kind(m) == Kind::Text && !s.filters.is_empty() =>
        {
            let mut rows = Intent::new(Task::Rows);
            rows.filters = s.filters.clone();
            let mut columns: Vec<String> = Vec::new();
            for x in &c.measures {
                if c.schema.kind(x) == Kind::Text && !columns.contains(x) {
                    columns.push(x.clone());
                }
            }
            for f in &s.filters {
                if !columns.contains(&f.column) {
                    columns.push(f.column.clone());
                }
            }
            rows.columns = columns;
            rows.limit = Some(100);
            return Step::Decide(Ok(rows));
        }
        // "the total amount of districts listed", "the total of named trains": rows added
        // up are counted, when nothing else in the question is left unread.
        (Some(AggFunc::Sum), None, None) if s.rows_noun && s.unknown_nouns == 0 => AggFunc::Count,
        (Some(a), _, None) => {
            return Step::Decide(Err(format!(
                "the {} of what? Name a column",
                a.label().trim_end_matches(" of")
            )));
        }
        // "the least powerful car", "which is the oldest station" (no age, no date):
        // nothing to rank by, and a count of rows would answer another question.
        (None, Some(_), None) => {
            return Step::Decide(Err("name the column to rank by".into()));
        }
        // Rows or filters alone count rows, unless other nouns were not understood ("the
        // fuel efficiency of japanese cars", "how humid was it in 2013" are not counts).
        (None, _, None) if (s.rows_noun || !s.filters.is_empty()) && s.unknown_nouns == 0 => {
            if s.list_rows {
                let mut rows = Intent::new(Task::Rows);
                rows.filters = s.filters.clone();
                rows.limit = Some(20);
                return Step::Decide(Ok(rows));
            }
            AggFunc::Count
        }
        _ => return Step::Decide(Err("I could not tell what to compute".into())),
    };
    let mut intent = c.aggregate();
    intent.agg = Some(agg);
    intent.measure = if agg == AggFunc::Count { None } else { measure };
    more_measures(c, &mut intent);
    Step::Decide(Ok(intent))
}

/// "sales and profit by segment", "average height and weight": every numeric measure said
/// is aggregated, in the order said (the last is the main one, in the last column). Not for
/// counts, rankings or a comparison of two measures ("vs").
fn more_measures(c: &Ctx, intent: &mut Intent) {
    let numeric: Vec<&String> = c.measures.iter().filter(|m| c.numeric(m)).collect();
    let plain = matches!(
        intent.agg,
        Some(AggFunc::Sum | AggFunc::Mean | AggFunc::Median | AggFunc::Min | AggFunc::Max)
    );
    if numeric.len() < 2
        || !plain
        || intent.measure.as_ref() != Some(numeric[0])
        || intent.order.is_some()
        || intent.limit.is_some()
        || intent.having.is_some()
        || c.s.versus
        || c.s.superlative.is_some()
    {
        return;
    }
    let mut said: Vec<String> = Vec::new();
    for m in numeric {
        if !said.contains(m) {
            said.push(m.clone());
        }
    }
    if let Some(last) = said.pop() {
        intent.measure = Some(last);
        intent.also = said;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent::offline::scan::scan;
    use crate::dataset::{Dataset, Format, LoadOptions};

    const PENGUINS: &str = "species,island,body_mass,flipper_length,year\n\
        Adelie,Dream,3700,190,2007\nAdelie,Biscoe,3500,185,2008\n\
        Gentoo,Biscoe,5000,215,2008\nGentoo,Biscoe,5200,220,2009\n\
        Chinstrap,Dream,3800,195,2009\n";

    /// The decision that decided a question on `csv` (named `name`), and the ones that
    /// shaped it.
    fn decided_on(name: &str, csv: &str, question: &str) -> (&'static str, Vec<&'static str>) {
        let options = LoadOptions {
            format: Some(Format::Csv),
            ..LoadOptions::default()
        };
        let data = Dataset::from_bytes(name, csv.as_bytes(), &options).unwrap();
        let schema = Schema::of(&data);
        let d = decide_traced(&schema, &scan(&schema, question));
        (d.by, d.shaped)
    }

    /// The intent decided for `question` over a table of CSV text.
    fn intent_on(name: &str, csv: &str, question: &str) -> Intent {
        let options = LoadOptions {
            format: Some(Format::Csv),
            ..LoadOptions::default()
        };
        let data = Dataset::from_bytes(name, csv.as_bytes(), &options).unwrap();
        let schema = Schema::of(&data);
        decide_traced(&schema, &scan(&schema, question))
            .intent
            .unwrap()
    }

    fn decided(question: &str) -> (&'static str, Vec<&'static str>) {
        decided_on("penguins", PENGUINS, question)
    }

    #[test]
    fn the_noun_asked_for_names_the_row_by_its_column() {
        let csv = "sample,dataset,carbon,HHV\nCoal,Training,70,30\nCoal,Testing,60,28\n\
                   Paper Sludge,Training,23,8.4\n";
        let intent = intent_on("biomass", csv, "which sample has the lowest HHV?");
        assert_eq!(intent.columns, ["sample", "HHV"], "{intent:?}");
    }

    #[test]
    fn numbered_things_are_counted_once_each() {
        let pigs = "Pig,Weight,Time\n4601,26.5,1\n4601,40.1,2\n4601,52.0,3\n4643,25.0,1\n\
                    4643,38.2,2\n4643,50.1,3\n";
        // Two pigs over six rows: the distinct numbers.
        let intent = intent_on("pig_growth", pigs, "how many pigs were in the trial?");
        assert_eq!(intent.agg, Some(AggFunc::NUnique));
        assert_eq!(intent.measure.as_deref(), Some("Pig"));
        // Numbers that do not repeat number the rows: the rows are counted.
        let students = "Student,Course\n1,120\n2,120\n3,150\n4,120\n";
        let intent = intent_on(
            "placement",
            students,
            "which course did the most students take?",
        );
        assert_eq!(intent.group, ["Course"]);
        assert_eq!(intent.agg, Some(AggFunc::Count));
        assert_eq!(intent.measure, None);
        // A column that counts (named in the plural) is added up.
        // "People" over a numeric `individual`: the persons it numbers, not an amount.
        let modes = "individual,mode,choice,income\n1,air,no,35\n1,train,yes,35\n\
                     2,air,yes,40\n2,train,no,40\n3,air,no,20\n3,train,yes,20\n";
        let intent = intent_on(
            "travel_modes",
            modes,
            "which mode did the most people choose?",
        );
        assert_eq!(intent.group, ["mode"]);
        assert_eq!(
            (intent.agg, intent.measure.as_deref()),
            (Some(AggFunc::NUnique), Some("individual"))
        );
        let intent = intent_on(
            "travel_modes",
            modes,
            "average income of the people who chose the train",
        );
        assert_eq!(intent.measure.as_deref(), Some("income"));
        assert!(intent.also.is_empty(), "{:?}", intent.also);
        // Years listed are counted once each.
        let years = "Year,Quantity\n1893,1\n1893,10\n1894,10\n1894,10\n1896,10\n";
        let intent = intent_on("locomotives", years, "how many years are listed?");
        assert_eq!(
            (intent.agg, intent.measure.as_deref()),
            (Some(AggFunc::NUnique), Some("Year"))
        );
        // Positions that recur (quarters 1 to 4 of each year): the rows are counted.
        let quarters =
            "year,quarter,unemp\n2001,1,5\n2001,2,9\n2001,3,8\n2002,1,9\n2002,2,9\n2002,3,9\n";
        let intent = intent_on(
            "unemployment",
            quarters,
            "how many quarters had unemp of 8 or more?",
        );
        assert_eq!((intent.agg, intent.measure), (Some(AggFunc::Count), None));
        let kids = "family,children\nA,2\nB,3\n";
        let intent = intent_on("families", kids, "how many children are there in all?");
        assert_ne!(intent.agg, Some(AggFunc::NUnique));
    }

    #[test]
    fn every_decision_has_a_name_and_an_example_and_the_last_always_decides() {
        let mut names: Vec<&str> = DECISIONS.iter().map(|d| d.name).collect();
        assert!(DECISIONS.iter().all(|d| !d.example.is_empty()));
        names.sort();
        names.dedup();
        assert_eq!(names.len(), DECISIONS.len());
        assert_eq!(DECISIONS.last().unwrap().name, "single_value");
    }

    #[test]
    fn day_with_the_most_rows() {
        let csv = "id,date,weight\n1,1964-11-11,120\n2,1964-11-12,113\n3,1964-11-12,98\n";
        let i = intent_on("births", csv, "on which day were the most babies born?");
        assert_eq!(
            (i.group, i.agg, i.order, i.limit),
            (
                vec!["date".to_string()],
                Some(AggFunc::Count),
                Some(Order::Desc),
                Some(1)
            )
        );
        // A measure ranks the days' rows instead.
        let heaviest = decided_on("births", csv, "on which day was the highest weight?");
        assert_ne!(heaviest.0, "day_with_the_most_rows");
    }

    #[test]
    fn fractions_in_percent() {
        let csv = "state,year,usage,deaths\nAL,1997,0.5,10\nAK,1997,0.7,20\nAL,1998,0.9,30\n";
        let ask = |q: &str| intent_on("seatbelts", csv, q);
        let i = ask("average usage rate in 1997, in percent");
        assert_eq!((i.measure.as_deref(), i.percent), (Some("usage"), true));
        assert!(ask("highest usage as a percentage").percent);
        // Not asked in percent; or a measure whose values are not fractions.
        assert!(!ask("average usage in 1997").percent);
        assert!(!ask("average deaths in percent").percent);
        // "as a percentage of" is a ratio, not a display.
        let ratio = ask("average usage as a percentage of deaths");
        assert_eq!((ratio.ratio.is_some(), ratio.percent), (true, false));
    }

    #[test]
    fn ambiguous_name() {
        let csv = "name,sleep_rem,sleep_cycle\na,10,2\n";
        assert_eq!(
            decided_on("mammals", csv, "average sleep").0,
            "ambiguous_name"
        );
    }

    #[test]
    fn longest_run() {
        assert_eq!(
            decided("how many consecutive years was Biscoe the island?").0,
            "longest_run"
        );
        assert_eq!(
            decided("which island had the most penguins in a row?").0,
            "longest_run"
        );
        // Nothing that picks rows or names them: not a run.
        assert_ne!(decided("how many consecutive years?").0, "longest_run");
    }

    #[test]
    fn period_row() {
        let csv = "year,quarter,rate\n2008,1,2\n2008,2,-6\n2009,1,1\n2009,2,3\n";
        assert_eq!(
            decided_on("macro", csv, "which quarter had the lowest rate").0,
            "period_row"
        );
        // Many rows per year and quarter: quarters are groups.
        let csv = "year,quarter,rate\n2008,1,2\n2008,1,-6\n2008,1,1\n2008,1,3\n2008,1,3\n";
        assert_ne!(
            decided_on("macro", csv, "which quarter had the lowest rate").0,
            "period_row"
        );
    }

    #[test]
    fn sorted_rows() {
        assert_eq!(
            decided("penguins sorted by body mass, highest first").0,
            "sorted_rows"
        );
    }

    #[test]
    fn not_in_data() {
        assert_eq!(decided("average body mass by century").0, "not_in_data");
    }

    #[test]
    fn share() {
        assert_eq!(decided("percentage of penguins from Dream").0, "share");
    }

    #[test]
    fn one_quantity_against_another_is_a_chart_whatever_aggregate_their_names_say() {
        let csv = "city,avg_temp,avg_dewpt\nChicago,50,40\nMumbai,80,70\nAuckland,60,50\n";
        assert_eq!(
            decided_on(
                "weather",
                csv,
                "average temperature against average dew point"
            )
            .0,
            "chart"
        );
        // Per group, it stays a table of averages.
        assert_ne!(
            decided_on("weather", csv, "average temperature by city").0,
            "chart"
        );
    }

    #[test]
    fn how_many_times_counts_rows_not_a_columns_values() {
        let csv = "team,year,wins,losses\nDuke,2013,20,10\nDuke,2014,8,20\nYale,2014,9,19\n";
        let question = "how many times did a team finish with more losses than wins?";
        assert_eq!(
            intent_on("seasons", csv, question).agg,
            Some(AggFunc::Count)
        );
        // "how many teams ..." counts each team once.
        let question = "how many different teams had more losses than wins?";
        assert_eq!(
            intent_on("seasons", csv, question).agg,
            Some(AggFunc::NUnique)
        );
    }

    #[test]
    fn a_share_is_not_weighed_by_the_column_its_part_compares() {
        let csv = "flight,arr_delay,distance\n1545,-3,1400\n1714,20,1416\n461,0,1089\n";
        let question = "what percentage of the flights had an arrival delay of 0 or less";
        let intent = intent_on("nyc_flights", csv, question);
        assert_eq!(intent.task, Task::Share);
        assert_eq!(intent.measure, None);
        // A column said apart from the condition still weighs it.
        let question =
            "what percentage of the distance was flown with an arrival delay of 0 or less";
        let intent = intent_on("nyc_flights", csv, question);
        assert_eq!(intent.measure.as_deref(), Some("distance"));
    }

    #[test]
    fn a_share_for_two_values_of_a_column_is_one_share_each() {
        let csv = "colour,released\nBlack,Yes\nWhite,No\nWhite,Yes\nOther,Yes\n";
        let question = "release rate in percent for black and white arrestees";
        let intent = intent_on("arrests", csv, question);
        assert_eq!(intent.task, Task::Share);
        assert_eq!(intent.group, ["colour"]);
        // One value chooses the rows: one share.
        let intent = intent_on("arrests", csv, "release rate for white arrestees");
        assert!(intent.group.is_empty());
    }

    #[test]
    fn correlation() {
        assert_eq!(
            decided("correlation between body mass and flipper length").0,
            "correlation"
        );
    }

    #[test]
    fn chart() {
        assert_eq!(
            decided("bar chart of average body mass by species").0,
            "chart"
        );
        assert_eq!(decided("body mass vs flipper length").0, "chart");
    }

    #[test]
    fn count_condition() {
        assert_eq!(
            decided("which species have more than 1 penguin").0,
            "count_condition"
        );
    }

    #[test]
    fn text_has_no_average() {
        assert_eq!(decided("average species").0, "text_has_no_average");
    }

    #[test]
    fn distinct_values() {
        assert_eq!(decided("list the different islands").0, "distinct_values");
        assert_eq!(decided("unique values of island").0, "distinct_values");
        assert_eq!(
            decided("what are the different islands?").0,
            "distinct_values"
        );
        // A count asked for counts them.
        assert_ne!(
            decided("how many different islands are there?").0,
            "distinct_values"
        );
        assert_ne!(decided("number of unique islands").0, "distinct_values");
    }

    #[test]
    fn most_common_value() {
        assert_eq!(decided("the most common island").0, "most_common_value");
        assert_eq!(decided("the most common year").0, "most_common_value");
        assert_eq!(
            decided("which island is most common?").0,
            "most_common_value"
        );
    }

    #[test]
    fn the_best_of_an_unknown_quantity_is_not_the_most_common_value() {
        let schema = Schema::of_csv("rpi", "team,year,rpi_post\nKansas,2016,1\nDuke,2016,4\n");
        let d = decide_traced(
            &schema,
            &scan(&schema, "which team had the best ranking in 2016?"),
        );
        assert_eq!(d.by, "most_common_value");
        assert!(d.intent.is_err());
        // "the most" may count the rows.
        let d = decide_traced(
            &schema,
            &scan(&schema, "which team was listed most in 2016?"),
        );
        assert!(d.intent.is_ok());
    }

    #[test]
    fn which_subject_shapes_and_per_group_decides() {
        assert_eq!(
            decided("which species has the highest body mass"),
            ("per_group", vec!["which_subject"])
        );
    }

    #[test]
    fn which_row_by_aggregate() {
        assert_eq!(
            decided("which penguin has the lowest average body mass").0,
            "which_row_by_aggregate"
        );
    }

    #[test]
    fn yes_or_no() {
        assert_eq!(
            decided("were any penguins heavier than 6000 g?").0,
            "yes_or_no"
        );
        // A number asked for, or no comparison: not yes or no.
        assert_ne!(
            decided("was the average body mass more than 4000?").0,
            "yes_or_no"
        );
        assert_ne!(decided("were the penguins on Dream?").0, "yes_or_no");
    }

    #[test]
    fn extreme_row() {
        assert_eq!(
            decided("which penguin has the highest body mass").0,
            "extreme_row"
        );
    }

    #[test]
    fn top_n() {
        assert_eq!(decided("top 2 species by average body mass").0, "top_n");
    }

    #[test]
    fn compared_values_shape() {
        assert_eq!(
            decided("average body mass of Adelie and Gentoo"),
            ("per_group", vec!["compared_values"])
        );
    }

    #[test]
    fn a_count_of_rows_a_word_picks_counts_the_values_that_say_it() {
        let csv = "Name,Fate\nAmazon,To Pakistan as Babur\nAntelope,To Pakistan as Tippu Sultan\n\
                   Active,Sold to Chile\nAmbuscade,Sunk as a target\nArrow,Sold\n";
        let intent = intent_on("frigates", csv, "how many ships went to pakistan?");
        assert_eq!(intent.agg, Some(AggFunc::Count));
        assert_eq!(intent.filters.len(), 1, "{intent:?}");
        assert_eq!(intent.filters[0].column, "Fate");
        assert_eq!(intent.filters[0].op, Cmp::In);
    }

    #[test]
    fn which_before_a_value_asks_for_one_of_its_rows() {
        let csv = "Official Name,Designation,Area\nMoncton,City,141.2\nDieppe,City,51.2\n\
                   Sackville,Town,74.3\n";
        let intent = intent_on("places", csv, "which city has the least area?");
        assert_eq!(intent.task, Task::Rows, "{intent:?}");
        assert_eq!(intent.columns, ["Official Name", "Area"]);
    }

    #[test]
    fn values_said_together_are_one_whole() {
        let csv = "Nation,Gold\nJapan,3\nFrance,3\nItaly,2\n";
        let intent = intent_on(
            "medals",
            csv,
            "how many combined gold medals did japan and france win?",
        );
        assert!(intent.group.is_empty(), "{intent:?}");
        assert_eq!(intent.agg, Some(AggFunc::Sum));
        let intent = intent_on("medals", csv, "gold medals of japan and france together");
        assert!(intent.group.is_empty(), "{intent:?}");
        // Without it, one answer each.
        let intent = intent_on("medals", csv, "gold medals of japan and france");
        assert_eq!(intent.group, ["Nation"]);
    }

    #[test]
    fn aggregate_per_text_shapes() {
        assert_eq!(
            decided("mean body mass of species"),
            ("per_group", vec!["aggregate_per_text"])
        );
    }

    #[test]
    fn first_or_last_with_nothing_to_rank_is_the_rows_order() {
        let csv = "city,region\nOslo,north\nRome,south\nLima,west\n";
        assert_eq!(
            decided_on("cities", csv, "which city is listed last?").0,
            "row_in_order"
        );
        // With a quantity said, "first" ranks it.
        assert_ne!(
            decided("which species has the first highest body mass").0,
            "row_in_order"
        );
    }

    #[test]
    fn an_aggregate_of_a_column_naming_each_row_is_over_all_rows() {
        let csv = "country,sr\nA,10\nB,4\nC,8\n";
        assert_eq!(
            decided_on("savings", csv, "average sr of countries").0,
            "single_value"
        );
    }

    #[test]
    fn per_group() {
        assert_eq!(
            decided("average body mass by island"),
            ("per_group", vec![])
        );
    }

    #[test]
    fn row_named() {
        let csv = "name,value,units\nproton mass,1.67e-27,kg\nspeed of light,299792458,m s^-1\n";
        let question = "What is the speed of light?";
        assert_eq!(decided_on("constants", csv, question).0, "row_named");
        let intent = intent_on("constants", csv, question);
        assert_eq!(intent.task, Task::Rows);
        // Counted, it stays a count.
        let question = "how many constants are the speed of light";
        assert_eq!(decided_on("constants", csv, question).0, "single_value");
    }

    #[test]
    fn single_value() {
        assert_eq!(
            decided("average body mass of Adelie penguins").0,
            "single_value"
        );
        assert_eq!(decided("how many penguins").0, "single_value");
    }
}
