//! The structured question: what the offline planner understood, as plain data that a
//! follow-up can edit and [`super::build`] turns into SQL and a plot spec.

use serde::{Deserialize, Serialize};

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

/// How values are combined.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Agg {
    /// Number of rows (or non-null values of the measure).
    Count,
    /// Number of distinct values.
    CountDistinct,
    /// Sum.
    Sum,
    /// Arithmetic mean.
    Mean,
    /// Median.
    Median,
    /// Minimum.
    Min,
    /// Maximum.
    Max,
    /// Sample standard deviation.
    Std,
}

impl Agg {
    /// The SQL function applied to a quoted column.
    pub(crate) fn sql(self, column: &str) -> String {
        match self {
            Agg::Count => format!("COUNT({column})"),
            Agg::CountDistinct => format!("COUNT(DISTINCT {column})"),
            Agg::Sum => format!("SUM({column})"),
            Agg::Mean => format!("AVG({column})"),
            Agg::Median => format!("MEDIAN({column})"),
            Agg::Min => format!("MIN({column})"),
            Agg::Max => format!("MAX({column})"),
            Agg::Std => format!("STDDEV({column})"),
        }
    }

    /// The words used in answers: "average", "total", ...
    pub(crate) fn label(self) -> &'static str {
        match self {
            Agg::Count => "count of",
            Agg::CountDistinct => "number of distinct",
            Agg::Sum => "total",
            Agg::Mean => "average",
            Agg::Median => "median",
            Agg::Min => "minimum",
            Agg::Max => "maximum",
            Agg::Std => "standard deviation of",
        }
    }

    /// A short prefix for result column names.
    pub(crate) fn short(self) -> &'static str {
        match self {
            Agg::Count => "count",
            Agg::CountDistinct => "distinct",
            Agg::Sum => "sum",
            Agg::Mean => "mean",
            Agg::Median => "median",
            Agg::Min => "min",
            Agg::Max => "max",
            Agg::Std => "std",
        }
    }

    /// The plot aggregate closest to this one.
    pub(crate) fn plot(self) -> crate::plot::Aggregate {
        use crate::plot::Aggregate as A;
        match self {
            Agg::Count | Agg::CountDistinct => A::Count,
            Agg::Sum => A::Sum,
            Agg::Mean | Agg::Std => A::Mean,
            Agg::Median => A::Median,
            Agg::Min => A::Min,
            Agg::Max => A::Max,
        }
    }
}

/// A comparison in a filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    /// `=`
    Eq,
    /// `<>`
    Ne,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// The value is missing (`IS NULL`; the filter's value is ignored).
    IsNull,
    /// The value is present (`IS NOT NULL`).
    NotNull,
}

impl Op {
    /// The SQL operator.
    pub(crate) fn sql(self) -> &'static str {
        match self {
            Op::Eq => "=",
            Op::Ne => "<>",
            Op::Gt => ">",
            Op::Ge => ">=",
            Op::Lt => "<",
            Op::Le => "<=",
            Op::IsNull => "IS NULL",
            Op::NotNull => "IS NOT NULL",
        }
    }
}

/// One condition on a column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Filter {
    /// The column.
    pub column: String,
    /// The comparison.
    pub op: Op,
    /// A string or a number.
    pub value: serde_json::Value,
    /// Compare the year of a date column instead of the column itself.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub year_of: bool,
    /// Compare the month (1-12) of a date column instead of the column itself.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub month_of: bool,
}

/// Sort direction of the result.
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

/// A calendar part of a date column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeUnit {
    /// The year number.
    Year,
    /// The quarter (1-4).
    Quarter,
    /// The month (1-12).
    Month,
    /// The hour (0-23).
    Hour,
    /// The day of the week (SQL `DOW`).
    Weekday,
}

/// A group or axis computed from a date column ("per year", "by month").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bucket {
    /// The result column's name, used in `group` and chart encodings.
    pub name: String,
    /// The date column.
    pub column: String,
    /// The calendar part.
    pub unit: TimeUnit,
}

/// The structured form of a question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Intent {
    /// What is asked for.
    pub task: Task,
    /// The aggregate, for [`Task::Aggregate`] (and the chart's aggregate).
    #[serde(default)]
    pub agg: Option<Agg>,
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
        }
    }
}
