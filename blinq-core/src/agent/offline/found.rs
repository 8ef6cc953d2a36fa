//! What reading a question found: the plain data every extractor fills in and the
//! decisions read. A leaf: it imports nothing of the planner but the intent's types, so the
//! extractors (`keywords`, `numbers`, `refine`, `time`, `values`, ...) and `scan`, which runs
//! them, never import each other in a circle.

use crate::plot::PlotKind;

use super::intent::{
    AggFunc, Beside, Bucket, Cmp, Difference, Filter, Having, Order, SameAs, Span,
};

/// The role a column mention plays, from the words before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// What is measured ("average *mass*").
    Measure,
    /// A grouping ("by *species*").
    Group,
    /// A colour split ("colored by *sex*").
    Color,
    /// The x axis ("vs *flipper*", "over *date*").
    Versus,
    /// The subject of "which *X* has ...".
    Which,
}

/// A column named in the question.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Mention {
    pub(crate) column: String,
    pub(crate) role: Role,
    /// An aggregate word right before the mention ("by average delay").
    pub(crate) agg: Option<AggFunc>,
}

impl Mention {
    /// `column` in `role`, with no aggregate word before it.
    pub(crate) fn of(column: String, role: Role) -> Self {
        Mention {
            column,
            role,
            agg: None,
        }
    }
}

/// Everything found in a question.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Scan {
    pub(crate) mentions: Vec<Mention>,
    pub(crate) filters: Vec<Filter>,
    pub(crate) agg: Option<AggFunc>,
    pub(crate) distinct: bool,
    pub(crate) superlative: Option<Order>,
    /// The superlative as said ("heaviest"), which may name the measure.
    pub(crate) superlative_word: Option<String>,
    /// "the most goals", "the fewest wins": the superlative counts things named by a plural
    /// noun, so a group's rows add up.
    pub(crate) counted_superlative: bool,
    /// The column a superlative adjective ranks the rows by when another column is asked of
    /// the first row ("how many floors does the tallest building have": `Height`).
    pub(crate) ranked_by: Option<String>,
    /// "how much was the fine": an amount is asked, which a count of rows never is.
    pub(crate) how_much: bool,
    /// "how many years", "the number of years": years are what is counted.
    pub(crate) years_counted: bool,
    /// "how long did Ian Armstrong serve?": the data's span of years, asked of the rows the
    /// question picks.
    pub(crate) span: Option<Span>,
    pub(crate) top_n: Option<usize>,
    /// "first" (ascending) or "last" (descending) said as the superlative: the order the
    /// rows come in when nothing is ranked.
    pub(crate) in_order: Option<Order>,
    /// The question speaks of the table's own order ("listed first", "the last team on the
    /// chart"): rows in the file's order, not by date.
    pub(crate) as_listed: bool,
    /// The question opens with "is", "did", "were", ...: it may be answered yes or no.
    pub(crate) yes_no: bool,
    /// "who had more medals, Cuba or Brazil?": the values of one column offered by "or" are
    /// ranked, and the first of them is the answer.
    pub(crate) choice: bool,
    /// "how many more medals did Egypt win than Ivory Coast?", "the difference in population
    /// between Enping and Heshan": two values of one column whose aggregates are taken one
    /// from the other.
    pub(crate) difference: Option<Difference>,
    /// "the same position as Ardo Kreek": the column shared and the value that picks the rows
    /// compared with (not a condition).
    pub(crate) same_as: Option<SameAs>,
    /// "the venue after Gothenburg": the value said after "after" or "before", and which
    /// way to step from its row.
    pub(crate) beside: Option<Beside>,
    /// Whether `beside` was said in time ("after", "previous to"), not in the table's order
    /// ("listed after", "below").
    pub(crate) beside_in_time: bool,
    pub(crate) chart_kind: Option<PlotKind>,
    pub(crate) chart_word: bool,
    pub(crate) stacked: bool,
    pub(crate) distribution: bool,
    pub(crate) trend: bool,
    pub(crate) correlation: bool,
    /// "the most common screen size", "the most frequent value": the value most rows have,
    /// even of a number.
    pub(crate) commonest: bool,
    /// "percentage", "share", "proportion": a part of the whole.
    pub(crate) share: bool,
    /// "in percent", "as a percentage" (no "of" after it): the answer is shown in percent.
    pub(crate) in_percent: bool,
    /// "survival rate": the yes of a yes/no column, the part a percentage counts; the
    /// other filters then choose the rows it is of.
    pub(crate) rate_of: Option<Filter>,
    /// In a share, the values said before its verb ("percentage of Gentoo penguins are
    /// male": Gentoo): the rows the percentage is of.
    pub(crate) share_within: Vec<Filter>,
    pub(crate) rows_noun: bool,
    /// "more than 100 orders" with groups: a condition on each group's count.
    pub(crate) having: Option<Having>,
    /// "which <row noun> ..." or "when ...": the subject is a row, not a column.
    pub(crate) which_row: bool,
    /// "how many consecutive wins", "in a row", "streak": runs of rows next to each other.
    pub(crate) consecutive: bool,
    /// "who ...": the column naming the people (or teams) the rows are about, which names
    /// the rows in the answer in place of the data's identifier (see `who`).
    pub(crate) who: Option<String>,
    /// The noun after "which"/"what" that names nothing in the data ("which state …").
    pub(crate) subject_noun: Option<String>,
    /// A word that asks for something ("what", "which", "who", "where", "when", "list",
    /// "show"): the question looks something up rather than narrowing an earlier answer.
    pub(crate) asks: bool,
    /// "when", "on which day": the row asked for is named by its date.
    pub(crate) time_asked: bool,
    /// "how many times did a team ...": occurrences, the rows that say so, counted (not the
    /// distinct values of a column said after it).
    pub(crate) times: bool,
    /// "the most times", "most often": a superlative of how often a row's name comes back
    /// ("who has won the most times" counts the rows of each name).
    pub(crate) often: bool,
    /// "each/per <row noun>" ("the price of each stock over time").
    pub(crate) per_row: bool,
    /// Numeric columns that number the things a question counts (`Pig` of "how many
    /// pigs"): counted in distinct values, as text is, never added up.
    pub(crate) things: Vec<String>,
    /// "name a country ...", "tell me one player ...": one example is asked for.
    pub(crate) one_asked: bool,
    /// "what is the mass of ...", "how old is ...": a value is asked for, not a row.
    pub(crate) value_asked: bool,
    /// "vs", "versus" or "against" was said.
    pub(crate) versus: bool,
    /// "combined", "together", "altogether": values said together are one whole, not one
    /// answer each.
    pub(crate) together: bool,
    /// "sorted", "ranked" (descending unless "ascending"): order groups by their value.
    pub(crate) sorted: Option<Order>,
    /// "instead": a follow-up replaces rather than adds.
    pub(crate) instead: bool,
    /// "... are there" (without "how many"): the values themselves are asked for.
    pub(crate) are_there: bool,
    /// "the frequency of weather", "a breakdown of cuts": how often each value comes, a
    /// count per value.
    pub(crate) tallied: bool,
    pub(crate) list_rows: bool,
    /// Words that named several columns equally well, with the candidates.
    pub(crate) ambiguous: Option<(String, Vec<String>)>,
    /// "tips as a percentage of the bills", "the ratio of REM sleep to total sleep": the
    /// column the measure is taken of, and whether as a plain ratio (not a percentage).
    pub(crate) ratio_of: Option<(String, bool)>,
    /// "the range between the high and the low": the column taken from the measure, row by
    /// row.
    pub(crate) less: Option<String>,
    /// "cases per 100,000 people": the ratio is per that many of the whole (100,000).
    pub(crate) ratio_per: Option<f64>,
    /// Content words nothing matched.
    pub(crate) unknown: Vec<String>,
    /// Unknown words that are not verbs ("fuel efficiency" but not "made", "living").
    pub(crate) unknown_nouns: usize,
    /// A word nothing matched that is not the noun counted ("how many employees work
    /// *remotely*"): a condition the planner cannot state, so counting every row is wrong.
    pub(crate) unread_condition: Option<String>,
    /// Why the question names something the data does not have ("by century", "in Texas").
    pub(crate) not_found: Option<String>,
    /// A comparison with a number said of no column ("and before 1950?"): in a follow-up,
    /// it is the earlier comparison's column's.
    pub(crate) unplaced: Option<(Cmp, f64)>,
    /// Calendar buckets named by unit words ("per month"); their mentions use `name`.
    pub(crate) buckets: Vec<Bucket>,
    /// The refinements that changed what was found, in order (see `refine::REFINEMENTS`).
    pub(crate) fired: Vec<&'static str>,
}

impl Scan {
    /// "how long was the film", "how tall is she": `column` is what the question asks for.
    pub(crate) fn ask_for(&mut self, column: &str) {
        self.mentions.push(Mention {
            column: column.to_string(),
            role: Role::Measure,
            agg: None,
        });
        self.asks = true;
    }
}

#[cfg(test)]
impl Scan {
    /// A scan that found only `values` of `column` (as conditions), for testing the readings
    /// that build on them.
    pub(crate) fn with_values(column: &str, values: &[&str]) -> Scan {
        Scan {
            filters: values
                .iter()
                .map(|v| Filter::on(column, super::intent::Cmp::Eq, (*v).into()))
                .collect(),
            ..Scan::default()
        }
    }
}
