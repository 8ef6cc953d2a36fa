//! The structured question: what the offline planner understood, as plain data that a
//! follow-up can edit and the planner turns into SQL and a plot spec.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use crate::analysis::{AggFunc, Cmp, DatePart};
use crate::plot::PlotKind;

/// What kind of answer a question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Task {
    /// One or more aggregates, optionally per group.
    Aggregate,
    /// Matching rows, optionally ordered and limited.
    Rows,
    /// The Pearson correlation of two numeric columns.
    Correlation,
    /// A chart.
    Chart,
    /// The percentage of rows (or of a measure's total) that meet the filters, optionally
    /// per group.
    Share,
}

/// The words and SQL the planner uses for an aggregate.
pub(crate) trait AggWords {
    /// The SQL function applied to a quoted column. An intent has no `q`: its `quantile` is
    /// the median.
    fn sql(self, column: &str) -> String;
    /// The words used in answers: "average", "total", ...
    fn label(self) -> &'static str;
    /// A short prefix for result column names.
    fn short(self) -> &'static str;
}

impl AggWords for AggFunc {
    fn sql(self, column: &str) -> String {
        match self {
            AggFunc::Count => format!("COUNT({column})"),
            AggFunc::NUnique => format!("COUNT(DISTINCT {column})"),
            AggFunc::Sum => format!("SUM({column})"),
            AggFunc::Mean => format!("AVG({column})"),
            AggFunc::Median | AggFunc::Quantile => format!("MEDIAN({column})"),
            AggFunc::Min => format!("MIN({column})"),
            AggFunc::Max => format!("MAX({column})"),
            AggFunc::Std => format!("STDDEV({column})"),
        }
    }

    fn label(self) -> &'static str {
        match self {
            AggFunc::Count => "count of",
            AggFunc::NUnique => "number of distinct",
            AggFunc::Sum => "total",
            AggFunc::Mean => "average",
            AggFunc::Median | AggFunc::Quantile => "median",
            AggFunc::Min => "minimum",
            AggFunc::Max => "maximum",
            AggFunc::Std => "standard deviation of",
        }
    }

    fn short(self) -> &'static str {
        match self {
            AggFunc::NUnique => "distinct",
            AggFunc::Quantile => "median",
            other => other.as_str(),
        }
    }
}

/// One condition on a column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Filter {
    /// The column.
    pub column: String,
    /// The comparison.
    pub op: Cmp,
    /// A string or a number.
    pub value: serde_json::Value,
    /// Compare the year of a date column instead of the column itself.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub year_of: bool,
    /// Compare the month (1-12) of a date column instead of the column itself.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub month_of: bool,
    /// Compare the day of the week (0 Sunday, 1 Monday ... 6 Saturday) of a date column.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub weekday_of: bool,
    /// Compare the hour of the day (0-23) of a date and time column.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hour_of: bool,
    /// Compare with this other column of the same row instead of `value` ("polls where
    /// leave is ahead of remain": `leave > remain`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub against: Option<String>,
}

impl Filter {
    /// A comparison of the column itself (not its year or month).
    pub(crate) fn on(column: impl Into<String>, op: Cmp, value: serde_json::Value) -> Self {
        Filter {
            column: column.into(),
            op,
            value,
            year_of: false,
            month_of: false,
            weekday_of: false,
            hour_of: false,
            against: None,
        }
    }

    /// The calendar part of a date column compared, if not the column itself (its year,
    /// month or day of the week).
    pub(crate) fn date_part(&self) -> Option<DatePart> {
        if self.year_of {
            Some(DatePart::Year)
        } else if self.month_of {
            Some(DatePart::Month)
        } else if self.weekday_of {
            Some(DatePart::Weekday)
        } else if self.hour_of {
            Some(DatePart::Hour)
        } else {
            None
        }
    }

    /// A comparison of the column with another column of the same row.
    pub(crate) fn against(column: impl Into<String>, op: Cmp, other: impl Into<String>) -> Self {
        Filter {
            against: Some(other.into()),
            ..Filter::on(column, op, serde_json::Value::Null)
        }
    }
}

/// Sort direction of the result.
/// A condition on each group's count ("which states have more than 100 orders": `HAVING
/// COUNT(*) > 100`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Having {
    /// How the count compares.
    pub op: Cmp,
    /// The number it is compared with.
    pub value: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Order {
    /// Largest first.
    Desc,
    /// Smallest first.
    Asc,
}

/// The chart part of an intent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Chart {
    /// The chart kind.
    pub kind: PlotKind,
    /// Horizontal axis column.
    #[serde(default)]
    pub x: Option<String>,
    /// Measured column.
    #[serde(default)]
    pub y: Option<String>,
    /// Colour / group column.
    #[serde(default)]
    pub color: Option<String>,
    /// Stack groups.
    #[serde(default)]
    pub stacked: bool,
}

/// A group or axis computed from a date column ("per year", "by month").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bucket {
    /// The result column's name, used in `group` and chart encodings.
    pub name: String,
    /// The date column.
    pub column: String,
    /// The calendar part.
    pub unit: DatePart,
}

/// The rows next to the ones a condition picks, in the order the file lists them: "the venue
/// before Gothenburg" is the row right before the one whose venue is Gothenburg.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Beside {
    /// The condition that picks the rows counted from.
    pub anchor: Filter,
    /// How many rows on: 1 the next row, -1 the one before.
    pub offset: i32,
}

/// Rows whose value in a column is one the anchor's rows have, other than the anchor's
/// rows: "which players played the same position as Ardo Kreek?".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SameAs {
    /// The column whose value is shared.
    pub column: String,
    /// The condition that picks the rows compared with.
    pub anchor: Filter,
}

/// The aggregate over the rows one condition picks minus that over the rows another picks:
/// "how many more medals did Egypt win than Ivory Coast?" (signed), "the difference in
/// population between Enping and Heshan" (absolute).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Difference {
    /// The rows whose aggregate comes first.
    pub of: Filter,
    /// The rows whose aggregate is taken away.
    pub minus: Filter,
    /// The size of the difference, whichever is larger.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub absolute: bool,
    /// Answer in words, not the number: "did A have more or less than B?" is "more" or
    /// "less", "is A larger than B?" is "yes" or "no".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    /// The difference as a percentage of one side's aggregate: "by what percent did imports
    /// grow from 1929 to 1932" is the change as a percentage of 1929's (the `minus` side
    /// of a growth, the `of` side of a fall).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent_of: Option<Side>,
}

/// One side of a [`Difference`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The rows whose aggregate comes first ([`Difference::of`]).
    Of,
    /// The rows whose aggregate is taken away ([`Difference::minus`]).
    Minus,
}

/// The years a row spans, shown as a column `years`: "how long did Ian Armstrong serve?"
/// over a `Term` of `1981–2007` (the last year written minus the first), or over `From`
/// and `Until` columns (the year `end` ends with minus the year `start` ends with, as in
/// `April 1935` and `June 1, 1947`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Span {
    /// The column the span starts in (the whole span, when `end` is `None`).
    pub start: String,
    /// The column it ends in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
}

/// A measure taken as a percentage of another column ("tips as a percentage of the bills",
/// "accepted students as a percentage of applications"), or as its plain ratio ("the ratio
/// of REM sleep to total sleep").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ratio {
    /// The column the measure is a percentage of.
    pub whole: String,
    /// The measure's total as a percentage of the whole's total (over the rows, or each
    /// group's); otherwise each row's percentage, which the aggregate then takes.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub of_totals: bool,
    /// A plain ratio ("the ratio of REM sleep to total sleep"), not a percentage.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub plain: bool,
    /// Per this many of the whole ("cases per 100,000 people": 100,000), not a percentage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per: Option<f64>,
    /// Each row's measure minus the other column, not a ratio ("the range between the high
    /// and the low": `high - low`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub minus: bool,
}

/// The words that answer a comparison of two aggregates ([`Difference::verdict`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    /// Said when the first aggregate is the larger.
    pub above: String,
    /// Said when it is the smaller.
    pub below: String,
    /// Said when they are equal.
    pub same: String,
}

/// The structured form of a question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Intent {
    /// What is asked for.
    pub task: Task,
    /// The aggregate, for [`Task::Aggregate`] (and the chart's aggregate).
    #[serde(default)]
    pub agg: Option<AggFunc>,
    /// The measured column (the first of two for a correlation).
    #[serde(default)]
    pub measure: Option<String>,
    /// The second column of a correlation.
    #[serde(default)]
    pub second: Option<String>,
    /// Grouping columns.
    #[serde(default)]
    pub group: Vec<String>,
    /// Conditions, all of which must hold.
    #[serde(default)]
    pub filters: Vec<Filter>,
    /// Sort by the aggregate (or the measure for rows).
    #[serde(default)]
    pub order: Option<Order>,
    /// Keep only this many result rows.
    #[serde(default)]
    pub limit: Option<usize>,
    /// The chart, for [`Task::Chart`].
    #[serde(default)]
    pub chart: Option<Chart>,
    /// Group or axis columns computed from date columns, by result name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub buckets: Vec<Bucket>,
    /// For [`Task::Rows`]: the columns to show (every column when empty), such as the
    /// column naming the rows and the measure they are ranked by.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<String>,
    /// For [`Task::Rows`]: each different combination of the columns once ("list the
    /// different ranks").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub distinct: bool,
    /// A condition on each group's count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub having: Option<Having>,
    /// For [`Task::Share`]: the rows the percentage is of ("survival rate of women": the
    /// women), where `filters` is the part counted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub within: Vec<Filter>,
    /// For [`Task::Aggregate`]: more measures said with `measure` ("sales and profit by
    /// segment"), aggregated the same way, in columns before it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<String>,
    /// For [`Task::Rows`]: only the rows next to those the anchor picks ("the venue after
    /// Gothenburg"), which `filters` then narrow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beside: Option<Beside>,
    /// For [`Task::Aggregate`]: one value, the aggregate over the rows one condition picks
    /// minus that over another's, of the rows `filters` pick.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub difference: Option<Difference>,
    /// Only rows sharing a column's value with the anchor's rows, the anchor's left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub same_as: Option<SameAs>,
    /// For [`Task::Rows`]: answer whether any row matches ("yes" or "no") and how many,
    /// not the rows ("were any towers built before 1800?").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub yes_no: bool,
    /// For [`Task::Aggregate`]: the longest run of consecutive rows, in the file's order,
    /// that the filters keep ("how many consecutive wins"); per value of the first group,
    /// whose longest run is ranked first ("who won the most consecutive titles").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub streak: bool,
    /// For [`Task::Rows`]: the years each row spans, as a last column `years`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// Text columns read as numbers wherever a number is needed, and how (see [`ReadAs`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub readings: BTreeMap<String, ReadAs>,
    /// The measure as a percentage of another column (see [`Ratio`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ratio: Option<Ratio>,
    /// The measure holds fractions (0 to 1) and is shown in percent, each value times 100
    /// ("the average usage rate, in percent").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub percent: bool,
}

/// How a text column whose values write numbers with more than digits is read as numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReadAs {
    /// By its leading number: the data writes numbers with a unit or a note after them
    /// (`10,080 ft`, `3 acts`, `1 (0+1)`).
    LeadingNumber,
    /// As seconds: times (`1:55.72`, `2:20:54`, beside plain seconds such as `57.43`).
    Seconds,
    /// By the year it ends with: dates written as text (`June 11, 1985` beside `1985`,
    /// `August 7, 1986 (age 27)`), where a year is compared or grouped by.
    Year,
    /// As inches: heights in feet and inches (`6–8`, `6' 8"`, `5 ft 7 in`).
    Inches,
}

impl Intent {
    /// An empty intent of the given task.
    pub(crate) fn new(task: Task) -> Self {
        Intent {
            task,
            agg: None,
            measure: None,
            second: None,
            group: Vec::new(),
            filters: Vec::new(),
            order: None,
            limit: None,
            chart: None,
            buckets: Vec::new(),
            columns: Vec::new(),
            distinct: false,
            having: None,
            within: Vec::new(),
            also: Vec::new(),
            beside: None,
            difference: None,
            same_as: None,
            yes_no: false,
            streak: false,
            span: None,
            readings: BTreeMap::new(),
            ratio: None,
            percent: false,
        }
    }

    /// The measure as the answer names it: the column, "X as a percentage of Y", "ratio of
    /// X to Y" or "X in percent".
    pub(crate) fn measure_label(&self) -> Option<String> {
        let measure = self.measure.as_ref()?;
        Some(match &self.ratio {
            Some(Ratio {
                per: Some(n),
                whole,
                ..
            }) => format!("{measure} per {n} {whole}"),
            Some(r) if r.minus => format!("{measure} minus {}", r.whole),
            Some(r) if r.plain => format!("ratio of {measure} to {}", r.whole),
            Some(r) => format!("{measure} as a percentage of {}", r.whole),
            None if self.percent => format!("{measure} in percent"),
            None => measure.clone(),
        })
    }
}
