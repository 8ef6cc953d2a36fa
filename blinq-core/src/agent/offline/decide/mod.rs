//! From what a question mentions to an [`Intent`], or a plain explanation of why not.
//!
//! Deciding is an ordered list of named rules, [`DECISIONS`], each with a question it is
//! for: the first rule that decides gives the intent (or the refusal). A few rules only
//! shape what the later ones see ("which species has the highest mass" makes `species` a
//! group and the order descending). An answer's trace names the rule that decided and the
//! ones that shaped.
//!
//! The rules live in the submodules by what the answer is: `words` (answered in words or
//! refused), `counts`, `rows` and `aggregates`.

mod aggregates;
mod counts;
mod rows;
#[cfg(test)]
mod tests;
mod words;

use self::aggregates::{
    aggregate_per_text, chart_wanted, compared, correlation, per_group, single_value,
};
use self::counts::{count_condition, distinct_values, longest_run, most_common_value, share};
use self::rows::{
    day_with_the_most_rows, extreme_row, measure_of_the_extreme_row, period_row, row_beside,
    row_in_order, row_named, sorted_rows, top_n, which_lookup, which_row_by_aggregate,
    which_subject, years_of_the_span,
};
use self::words::{
    ambiguous_name, choice_between, difference_between, not_in_data, text_has_no_average, yes_or_no,
};
use super::found::{Role, Scan};
use super::intent::{AggFunc, Bucket, Intent, Order, Task};
use super::keywords::superlative_hint;
use super::schema::{Kind, Schema};
use super::time;

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
    // "the water to cement ratio of the strongest sample": rows ranked by the column a
    // superlative implies, which is not the ratio's part; no ratio of it is asked.
    if intent.task == Task::Rows && s.superlative.is_some() && s.ranked_by.as_ref() == Some(measure)
    {
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
