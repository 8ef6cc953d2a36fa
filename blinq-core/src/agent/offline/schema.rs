//! What the offline planner knows about a dataset: column names split into words, each
//! column's kind, and the distinct values of text columns (for matching filter values).

use crate::analysis::TimeGrain;
use crate::dataset::{Dataset, is_numeric, is_temporal};
use polars::prelude::Column;
use std::collections::HashMap;

use super::intent::ReadAs;

use super::country::country_codes;
use super::words::{
    action_of, after_its_number, distinct_texts, doers_of, is_participle, name_words, same_noun,
    singular, state_or_province, synonym,
};

/// Things English calls by two names, either of which says a dataset's rows ("films" of
/// `imdb_movies`, "pupils" of `student_scores`). Only nouns for things counted: a
/// quantity's synonyms ("cost" for "price") say no rows.
const THINGS_ALSO_CALLED: &[(&str, &str)] = &[
    ("film", "movie"),
    ("firm", "company"),
    ("pupil", "student"),
    ("employee", "worker"),
    ("automobile", "car"),
];

fn things_also_called(noun: &str) -> impl Iterator<Item = &'static str> + '_ {
    THINGS_ALSO_CALLED.iter().filter_map(move |&(a, b)| {
        if a == noun {
            Some(b)
        } else if b == noun {
            Some(a)
        } else {
            None
        }
    })
}

/// Nouns for the rows of any data.
const GENERIC_ROW_NOUNS: &[&str] = &[
    "row",
    "record",
    "entry",
    "entrie",
    "observation",
    "item",
    "line",
    "case",
    "sample",
    "measurement",
];

/// Whether `word`, in either number, is a noun any table's rows may be called by ("rows",
/// "records", "entries").
pub(crate) fn is_generic_row_noun(word: &str) -> bool {
    GENERIC_ROW_NOUNS.contains(&singular(word))
}

/// The most distinct values a text column may have to be searched for filter values.
const MAX_VALUES: usize = 5_000;

/// Name words of a column that names rows.
const IDENTIFIER_WORDS: &[&str] = &["name", "title", "label"];

/// What a column holds, as far as questions are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Numbers.
    Number,
    /// Text, categories, booleans.
    Text,
    /// Dates and times.
    Time,
}

/// One column, prepared for matching.
#[derive(Debug, Clone)]
pub(crate) struct ColumnRef {
    pub(crate) name: String,
    pub(crate) words: Vec<String>,
    pub(crate) kind: Kind,
    /// Distinct text values, when few enough.
    pub(crate) values: Option<Vec<String>>,
    /// Whether every non-null value is different (and most rows have one): the column can
    /// name a row.
    pub(crate) unique: bool,
    /// How many different values it has (missing not counted).
    pub(crate) distinct: usize,
    /// How many rows have a value.
    pub(crate) present: usize,
    /// The words of its description and unit in the data dictionary ("highway miles per
    /// gallon" for `hwy`).
    pub(crate) described: Vec<String>,
    /// The smallest and largest value of a numeric column with any.
    pub(crate) range: Option<(f64, f64)>,
    /// A numeric column of 0s and 1s (both present): a yes/no flag coded as a number
    /// (`chas`, `am`, `survived`).
    pub(crate) binary: bool,
    /// How a text column that writes numbers is read as them: by the leading number
    /// (`10,080 ft`), as seconds (`1:55.72`) or inches (`6–8`), its kind then a number; or
    /// by its year (`June 11, 1985`), only where a year is asked about, its kind still text.
    pub(crate) reading: Option<ReadAs>,
    /// Whether some rows have no value.
    pub(crate) has_missing: bool,
    /// A date or a date and time (not a time of day alone): it has a year and a month.
    pub(crate) calendar: bool,
    /// A date without a time of day: a day said in a question is one of its values.
    pub(crate) date_only: bool,
    /// For a date column with one row per year, per month or per day, that period: each
    /// row is one ("average deaths per month" over monthly data is the mean of its rows).
    pub(crate) period: Option<TimeGrain>,
    /// Whole numbers that count up from 0 or 1 by one, row after row (`Game` 1, 2, 3 ...):
    /// the rows' own numbering.
    pub(crate) counts_up: bool,
    /// A date or year column whose values run from the latest down in the file's order (a
    /// list of winners, newest first).
    pub(crate) descending: bool,
    /// The noun that ends a quarter or more of its values, in the singular: the kind of
    /// thing they are ("airline" of `NORTHWEST AIRLINES`, `DELTA AIR LINES`, ...).
    pub(crate) head_of_values: Option<String>,
    /// Whole numbers that are times of day written as hours and minutes (`400`, `430`,
    /// ..., `1200` for 4:00 to 12:00): a time said on the clock is one of them.
    pub(crate) clock_hhmm: bool,
}

/// The singular of the word that ends a quarter or more (five or more) of a text column's
/// values of two words or more, when it is a word of four letters or more and follows no
/// article or preposition.
fn head_of_values(column: &ColumnRef) -> Option<String> {
    let values = column
        .values
        .as_ref()
        .filter(|_| column.kind == Kind::Text)?;
    let mut heads: HashMap<String, usize> = HashMap::new();
    for v in values {
        let words: Vec<&str> = v.split_whitespace().collect();
        // "Best Featured in a Play" is no play: the last word after an article or a
        // preposition is not what the value is.
        if let [.., before, last] = words.as_slice()
            && !matches!(
                before.to_lowercase().as_str(),
                "a" | "an" | "the" | "in" | "of" | "for" | "on" | "at" | "to" | "by" | "and" | "or"
            )
        {
            *heads.entry(last.to_lowercase()).or_default() += 1;
        }
    }
    let (head, n) = heads
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))?;
    (n >= 5 && n * 4 >= values.len() && head.len() >= 4 && head.chars().all(char::is_alphabetic))
        .then(|| singular(&head).to_string())
}

/// Name words of columns that hold states or provinces.
const STATE_WORDS: &[&str] = &["state", "states", "province", "provinces"];

/// Name words of columns that hold countries.
const COUNTRY_WORDS: &[&str] = &["country", "countries", "nation", "nations"];

/// Whether most of a text column's values (five or more, two in three of them) are names
/// `is_name` knows: of countries, of states or provinces.
fn holds_names(column: &ColumnRef, is_name: impl Fn(&str) -> bool) -> bool {
    let Some(values) = column.values.as_ref().filter(|_| column.kind == Kind::Text) else {
        return false;
    };
    let names = values.iter().filter(|v| is_name(&v.to_lowercase())).count();
    names >= 5 && names * 3 >= values.len() * 2
}

/// Whether a column holds names of countries.
fn holds_country_names(column: &ColumnRef) -> bool {
    holds_names(column, |v| country_codes(v).is_some())
}

/// Whether a column holds names of states or provinces, written out (not their codes).
fn holds_state_names(column: &ColumnRef) -> bool {
    holds_names(column, |v| v.len() > 3 && state_or_province(v).is_some())
}

/// Name words of numeric columns that label rows rather than measure them.
const LABEL_WORDS: &[&str] = &["id", "code", "zip", "no", "number", "nr", "year", "yr"];

impl ColumnRef {
    /// Whether it is a numeric column that labels rows rather than measures them
    /// (`patient_id`, `zip`, `year`): a word of its name says so.
    pub(crate) fn labels_rows(&self) -> bool {
        self.kind == Kind::Number && self.words.iter().any(|w| LABEL_WORDS.contains(&w.as_str()))
    }

    /// A date, or numbers that all read as years (`Founded`, 1636 to 2004): "first" is the
    /// earliest of them.
    pub(crate) fn holds_years(&self) -> bool {
        self.calendar
            || (self.kind == Kind::Number
                && self
                    .range
                    .is_some_and(|(lo, hi)| lo >= 1000.0 && hi <= 2100.0))
    }

    /// Whether its name is a number of things (`NoOfSites`, `num_children`,
    /// `favorite_count`): an amount of them, not a name of them.
    pub(crate) fn number_of_things(&self) -> bool {
        self.words.len() >= 2
            && (matches!(self.words[0].as_str(), "no" | "num" | "number" | "nb" | "n")
                || matches!(self.words.last().map(String::as_str), Some("count" | "cnt")))
    }

    /// Whether it is an amount that may be none: numbers from 0 up, not a yes/no flag
    /// (`superplasticizer`, `revolutions`).
    pub(crate) fn counts_from_zero(&self) -> bool {
        self.kind == Kind::Number && self.range.is_some_and(|(lo, hi)| lo == 0.0 && hi > 0.0)
    }

    /// Whether its values repeat: at most half as many different ones as rows with one.
    pub(crate) fn repeats(&self) -> bool {
        self.distinct * 2 <= self.present
    }

    /// Whether it numbers things that several rows each are of: numbers that repeat and are
    /// sparse (fewer than half the whole numbers of their range), as a `Pig` 4601 to 8442 on
    /// each of a pig's weekly rows is; not a position that recurs in a run (`day` 1 to 31,
    /// `quarter` 1 to 4).
    pub(crate) fn numbers_repeated_things(&self) -> bool {
        self.kind == Kind::Number
            && self.repeats()
            && self
                .range
                .is_some_and(|(lo, hi)| (self.distinct as f64) * 2.0 < hi - lo + 1.0)
    }

    /// Whether every value is between 0 and 100: a column that may hold percentages
    /// ("percwhite", "women" as a share of an occupation).
    pub(crate) fn holds_percentages(&self) -> bool {
        // A yes/no column of 0 and 1 is a flag, not percentages.
        !self.binary && self.range.is_some_and(|(lo, hi)| lo >= 0.0 && hi <= 100.0)
    }

    /// The value meaning yes (or no) of a two-valued yes/no column: `true`/`false`, or its
    /// `Yes`/`No` (`Y`/`N`) as spelt in the data.
    pub(crate) fn flag_value(&self, yes: bool) -> Option<serde_json::Value> {
        if self.binary {
            return Some(serde_json::Value::from(u8::from(yes)));
        }
        let values = self.values.as_ref()?;
        if values.len() != 2 {
            return None;
        }
        // "how many occupants died" over a `dead` of "alive" and "dead": a column named for
        // one of its two values has that value for yes.
        if let [a, b] = values.as_slice()
            && let Some(named) = [a, b]
                .into_iter()
                .position(|v| !self.words.is_empty() && v.to_lowercase() == self.words.join(" "))
        {
            let v = if yes {
                [a, b][named]
            } else {
                [a, b][1 - named]
            };
            return Some(serde_json::Value::String(v.clone()));
        }
        // "1. Yes" and "2. No" are yes and no, numbered.
        let label = |v: &str| after_its_number(v).unwrap_or(v).to_lowercase();
        let mut lower: Vec<String> = values.iter().map(|v| label(v)).collect();
        lower.sort();
        if lower == ["false", "true"] {
            return Some(serde_json::Value::Bool(yes));
        }
        if lower != ["no", "yes"] && lower != ["n", "y"] {
            return None;
        }
        let want = if yes { ["yes", "y"] } else { ["no", "n"] };
        values
            .iter()
            .find(|v| want.contains(&label(v).as_str()))
            .map(|v| serde_json::Value::String(v.clone()))
    }

    /// Whether every value is between 0 and 1, not only 0s and 1s: shares kept as
    /// fractions (0.52 for 52%).
    pub(crate) fn holds_fractions(&self) -> bool {
        !self.binary && self.range.is_some_and(|(lo, hi)| lo >= 0.0 && hi <= 1.0)
    }

    /// Where the words that only qualify a name's head begin: the "of" or "for" after the
    /// head (`Type.of.Breach` holds types; `Reason for Award` reasons). `None` when nothing
    /// follows so, or when the word before is a name, number or title of the thing, which is
    /// the thing itself (`Name of Kingdom`, `No. of villages`, `NumberofLocations`).
    pub(crate) fn qualifiers_at(&self) -> Option<usize> {
        const THE_THING_ITSELF: &[&str] = &[
            "name", "names", "title", "number", "no", "nr", "num", "count", "amount", "amt", "qty",
            "quantity",
        ];
        let at = self.words.iter().position(|w| w == "of" || w == "for")?;
        (at > 0 && !THE_THING_ITSELF.contains(&self.words[at - 1].as_str())).then_some(at)
    }

    /// The plural noun its name says it holds a number of: "cases" for `ncases`, `n_cases`,
    /// `num_cases`, `number_of_cases`, `cases_count` or `cases_reported`; "working" for
    /// `count_working` (those doing it). Numbers only.
    pub(crate) fn counted_noun(&self) -> Option<&str> {
        if self.kind != Kind::Number || self.binary {
            return None;
        }
        let noun = match &self.words[..] {
            [one] => one.strip_prefix('n')?,
            [first, second]
                if matches!(first.as_str(), "n" | "num" | "no" | "nb" | "count" | "cnt") =>
            {
                second
            }
            [first, second] if matches!(second.as_str(), "n" | "count" | "num") => first,
            [number, of, rest] if number == "number" && of == "of" => rest,
            // `individuals_affected`, `people_killed`: the noun, then what befell them.
            [noun, done] if is_participle(done) => noun,
            _ => return None,
        };
        // `count_working`: of those doing it, as a participle says.
        let doing = noun.len() > 4 && (noun.ends_with("ing") || is_participle(noun));
        (noun.len() > 2 && (singular(noun) != noun || doing)).then_some(noun)
    }
}

/// The calendar period each row of a date column stands for: a year when no two rows share
/// one, else a month, else a day. `None` when two rows fall on one day, or for other columns.
fn period_of_rows(c: &polars::prelude::Column) -> Option<TimeGrain> {
    use polars::prelude::DataType;
    let days = c.cast(&DataType::Date).ok()?.cast(&DataType::Int32).ok()?;
    let days: Vec<i32> = days.i32().ok()?.iter().flatten().collect();
    if days.len() < 2 {
        return None;
    }
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1)?;
    let dates: Vec<chrono::NaiveDate> = days
        .iter()
        .map(|d| epoch.checked_add_signed(chrono::TimeDelta::days(i64::from(*d))))
        .collect::<Option<_>>()?;
    let distinct = |key: &dyn Fn(&chrono::NaiveDate) -> (i32, u32, u32)| {
        let mut keys: Vec<(i32, u32, u32)> = dates.iter().map(key).collect();
        keys.sort_unstable();
        keys.dedup();
        keys.len() == dates.len()
    };
    use chrono::Datelike;
    if distinct(&|d| (d.year(), 0, 0)) {
        Some(TimeGrain::Year)
    } else if distinct(&|d| (d.year(), d.month(), 0)) {
        Some(TimeGrain::Month)
    } else if distinct(&|d| (d.year(), d.month(), d.day())) {
        Some(TimeGrain::Day)
    } else {
        None
    }
}

/// Whether `column` names rows more fully than `other`: nine in ten of `other`'s values
/// end, or sit inside, a value of `column` after a space (`Make` "Geo Metro" over `Model`
/// "Metro"). Judged on columns of the same few hundred distinct values at most.
fn fuller(column: &ColumnRef, other: &ColumnRef) -> bool {
    let (Some(long), Some(short)) = (&column.values, &other.values) else {
        return false;
    };
    if long.len() != short.len() || long.len() > 300 {
        return false;
    }
    let containing = short
        .iter()
        .filter(|s| {
            let (end, inside) = (format!(" {s}"), format!(" {s} "));
            long.iter()
                .any(|v| v.ends_with(&end) || v.contains(&inside))
        })
        .count();
    containing * 10 >= short.len() * 9
}

/// Whether a column's values, nulls aside, never rise from one row to the next and fall at
/// least once: rows listed from the latest down.
/// Whether a column's values are 0 or 1, then one more on each row, with none missing.
fn counts_up(column: &polars::prelude::Column) -> bool {
    use polars::prelude::DataType;
    if column.null_count() > 0 {
        return false;
    }
    let Ok(values) = column.cast(&DataType::Float64) else {
        return false;
    };
    let Ok(values) = values.f64() else {
        return false;
    };
    let mut expected = match values.get(0) {
        Some(first) if first == 0.0 || first == 1.0 => first,
        _ => return false,
    };
    values.iter().flatten().all(|v| {
        let next = v == expected;
        expected += 1.0;
        next
    })
}

/// Whether a numeric column writes times of day as hours and minutes in one number
/// (`730` for 7:30): whole numbers from 0 to 2400 whose last two figures are minutes on
/// the quarter hour, of two or more kinds (`400`, `430`: never hundreds alone), over three
/// hours or more.
fn clock_hhmm(column: &polars::prelude::Column) -> bool {
    use polars::prelude::DataType;
    if !column.dtype().is_integer() {
        return false;
    }
    let Ok(values) = column.cast(&DataType::Int64) else {
        return false;
    };
    let Ok(values) = values.i64() else {
        return false;
    };
    let mut hours = std::collections::BTreeSet::new();
    let mut minutes = std::collections::BTreeSet::new();
    for v in values.iter().flatten() {
        if !(0..=2400).contains(&v) || !matches!(v % 100, 0 | 15 | 30 | 45) {
            return false;
        }
        hours.insert(v / 100);
        minutes.insert(v % 100);
    }
    hours.len() >= 3 && minutes.len() >= 2
}

fn runs_down(column: &polars::prelude::Column) -> bool {
    use polars::prelude::DataType;
    let Ok(values) = column.cast(&DataType::Float64) else {
        return false;
    };
    let Ok(values) = values.f64() else {
        return false;
    };
    let mut fell = false;
    let mut last: Option<f64> = None;
    for v in values.iter().flatten() {
        if let Some(before) = last {
            if v > before {
                return false;
            }
            fell |= v < before;
        }
        last = Some(v);
    }
    fell
}

/// A numeric column named a total ("Total", "Total points") and the two to six numeric
/// columns right before it whose sum it is on nine rows in ten at least (of the rows where
/// all hold a number): the columns count kinds of one thing, the total counts them all.
fn total_of_parts(
    frame: &polars::prelude::DataFrame,
    columns: &[ColumnRef],
) -> Option<(String, Vec<String>)> {
    use polars::prelude::DataType;
    let numbers = |name: &str| -> Option<Vec<Option<f64>>> {
        let c = frame.column(name).ok()?.cast(&DataType::Float64).ok()?;
        Some(c.f64().ok()?.iter().collect())
    };
    let at = columns.iter().position(|c| {
        c.kind == Kind::Number
            && c.reading.is_none()
            && c.words.first().is_some_and(|w| w == "total")
    })?;
    let total = numbers(&columns[at].name)?;
    let mut parts: Vec<Vec<Option<f64>>> = Vec::new();
    // Up to twelve parts: a year's months.
    for k in 1..=at.min(12) {
        let part = &columns[at - k];
        // Parts written with a dash for none (`-`) are read as numbers, the dash as none.
        let read = matches!(part.reading, None | Some(ReadAs::LeadingNumber));
        if part.kind != Kind::Number || !read || part.holds_years() {
            return None;
        }
        parts.push(numbers(&part.name)?);
        if k < 2 {
            continue;
        }
        let (mut whole, mut summed) = (0usize, 0usize);
        for (row, t) in total.iter().enumerate() {
            let sum: Option<f64> = parts.iter().map(|p| p[row]).sum();
            if let (Some(t), Some(sum)) = (t, sum) {
                whole += 1;
                summed += usize::from((t - sum).abs() < 1e-9);
            }
        }
        if whole >= 3 && summed * 10 >= whole * 9 {
            let names = columns[at - k..at].iter().map(|c| c.name.clone()).collect();
            return Some((columns[at].name.clone(), names));
        }
    }
    None
}

/// A dataset's columns plus the nouns that mean "rows" ("penguins", "records").
#[derive(Debug, Clone)]
pub(crate) struct Schema {
    pub(crate) columns: Vec<ColumnRef>,
    /// How many rows the data has.
    pub(crate) rows: usize,
    pub(crate) row_nouns: Vec<String>,
    /// Row nouns that name rows only in the plural (in the singular they name a column).
    pub(crate) plural_only: Vec<String>,
    /// A column named a total that holds, on each row, the sum of the columns listed right
    /// before it (`Gold`, `Silver`, `Bronze` → `Total`): the total and its parts.
    pub(crate) total_of_parts: Option<(String, Vec<String>)>,
    /// The last noun of the dataset's name ("snowfall" of "grand_rapids_snowfall"), often
    /// what the data measures.
    pub(crate) name_noun: Option<String>,
    /// The nouns of the dataset's name, in the singular ("course", "catalog" of
    /// "ucla_course_catalog_fall_2018").
    pub(crate) name_nouns: Vec<String>,
}

impl Schema {
    /// Prepare a dataset.
    pub(crate) fn of(dataset: &Dataset) -> Self {
        let mut columns: Vec<ColumnRef> = dataset
            .frame()
            .columns()
            .iter()
            .map(|c| {
                let dtype = c.dtype();
                let kind = if is_numeric(dtype) {
                    Kind::Number
                } else if is_temporal(dtype) {
                    Kind::Time
                } else {
                    Kind::Text
                };
                let read = (kind == Kind::Text).then(|| read_as(c)).flatten();
                let (reading, read_range) = (read.map(|r| r.0), read.map(|r| r.1));
                // Written dates keep their kind: only a year asked about reads them.
                let kind = match reading {
                    Some(ReadAs::Year) | None => kind,
                    Some(_) => Kind::Number,
                };
                let present = c.len() - c.null_count();
                let unique = present * 10 >= c.len() * 9
                    && c.n_unique()
                        .is_ok_and(|n| n == present + usize::from(c.null_count() > 0));
                let distinct = c.n_unique().unwrap_or(0) - usize::from(c.null_count() > 0);
                let note = dataset.dictionary().get(c.name());
                let described = note
                    .map(|n| {
                        let text = [n.description.as_deref(), n.unit.as_deref()]
                            .into_iter()
                            .flatten()
                            .collect::<Vec<_>>()
                            .join(" ");
                        name_words(&text)
                    })
                    .or_else(|| super::codes::standing_for(c.name()).map(name_words))
                    .unwrap_or_default();
                let range = if read_range.is_some() {
                    read_range
                } else if kind == Kind::Number {
                    let s = c.as_materialized_series();
                    match (s.min::<f64>(), s.max::<f64>()) {
                        (Ok(Some(lo)), Ok(Some(hi))) => Some((lo, hi)),
                        _ => None,
                    }
                } else {
                    None
                };
                let binary = range == Some((0.0, 1.0))
                    && c.n_unique()
                        .is_ok_and(|n| n == 2 + usize::from(c.null_count() > 0));
                let period = (kind == Kind::Time && unique)
                    .then(|| period_of_rows(c))
                    .flatten();
                let calendar = matches!(
                    dtype,
                    polars::prelude::DataType::Date | polars::prelude::DataType::Datetime(..)
                );
                let mut column = ColumnRef {
                    // Only a range from 0 or 1 that spans the rows is worth reading through.
                    counts_up: kind == Kind::Number
                        && range.is_some_and(|(lo, hi)| {
                            (lo == 0.0 || lo == 1.0) && hi - lo + 1.0 == c.len() as f64
                        })
                        && counts_up(c),
                    date_only: matches!(dtype, polars::prelude::DataType::Date),
                    clock_hhmm: kind == Kind::Number
                        && range
                            .is_some_and(|(lo, hi)| lo >= 0.0 && (100.0..=2400.0).contains(&hi))
                        && clock_hhmm(c),
                    descending: false,
                    range,
                    binary,
                    reading,
                    has_missing: c.null_count() > 0,
                    calendar,
                    period,
                    described,
                    name: c.name().to_string(),
                    words: name_words(c.name()),
                    kind,
                    // The words of "10,080 ft" columns stay values too ("known since
                    // ancient times" over years discovered and `Ancient`), as do those of
                    // times ("collision damage" among the times of the finishers).
                    values: (kind == Kind::Text || reading.is_some())
                        .then(|| distinct_texts(c, MAX_VALUES))
                        .flatten(),
                    unique,
                    distinct,
                    present,
                    head_of_values: None,
                };
                column.head_of_values = head_of_values(&column);
                // Only dates and years say an order in time (not numbers read off text).
                column.descending =
                    column.holds_years() && column.reading.is_none() && runs_down(c);
                column
            })
            .collect();
        // "which country had the most earthquakes" over a `region` of Guatemala, Chile...:
        // a column of country names holds countries, whatever its name.
        if !columns
            .iter()
            .any(|c| c.words.iter().any(|w| COUNTRY_WORDS.contains(&w.as_str())))
        {
            for c in columns.iter_mut().filter(|c| holds_country_names(c)) {
                c.described.push("country".to_string());
            }
        }
        // So a column of the names of US states (Canadian provinces, Australian states) holds
        // states: "median rent by state" over a `NAME` of Alabama, Alaska...
        if !columns
            .iter()
            .any(|c| c.words.iter().any(|w| STATE_WORDS.contains(&w.as_str())))
        {
            for c in columns.iter_mut().filter(|c| holds_state_names(c)) {
                c.described.push("state".to_string());
            }
        }
        // A generic noun that is the whole name of a column whose values repeat (`Row` 1 to
        // 40 of a plantation's trees) is that column, not the rows; not where it names each
        // row (an `item` of a menu).
        let mut row_nouns: Vec<String> = GENERIC_ROW_NOUNS
            .iter()
            .filter(|n| !columns.iter().any(|c| c.words == [**n] && c.repeats()))
            .map(|s| s.to_string())
            .collect();
        // "fatalities" names a `fatal` column as surely as "flights" a `flight` one.
        let says = |w: &str, word: &str| {
            same_noun(w, word) || (w.len() >= 4 && word.len() > w.len() + 1 && word.starts_with(w))
        };
        let names_column = |word: &str| {
            columns
                .iter()
                .any(|c| c.words.iter().any(|w| says(w, word)))
        };
        let is_noun = |word: &str| word.chars().all(char::is_alphabetic) && word.len() > 2;
        // "cars93", "flights2013": a name's trailing number says which, not what.
        // "england_cholera_deaths" with a cause "Cholera": a word that is a value of a text
        // column is that value, not the rows.
        // So is the label of a numbered value ("indomethacin" of `1_indomethacin`).
        let a_value = |word: &str| {
            columns.iter().any(|c| {
                c.values.iter().flatten().any(|v| {
                    // ("friday_the_13th_traffic_shopping_accidents" with a type `accident`.)
                    let v = v.to_lowercase();
                    v == word
                        || (word.len() > 4 && v == singular(word))
                        || after_its_number(&v).is_some_and(|l| l == word)
                })
            })
        };
        let dataset_words: Vec<String> = name_words(dataset.name())
            .into_iter()
            .map(|w| w.trim_end_matches(|c: char| c.is_ascii_digit()).to_string())
            .filter(|w| is_noun(w) && w != "data" && !a_value(w))
            .collect();
        // "professor_salaries" with a `salary` column: when a word of the dataset's name
        // names no column, that word names the rows, and a word that names a column is the
        // column's ("histogram of salaries").
        // Not a place's or a source's abbreviation ("nyc_flights", "uk_elections").
        let entity_named = dataset_words
            .iter()
            .any(|w| w.len() > 3 && !names_column(w));
        let name_noun = dataset_words.last().cloned();
        let name_nouns: Vec<String> = dataset_words
            .iter()
            .map(|w| singular(w).to_string())
            .collect();
        // "polls" with a `poll_type` column: a word that only qualifies a column's last
        // word (what the column holds) still names the rows.
        // The head of a name is its last word, or the word before its qualifiers
        // (`Type.of.Breach` holds types).
        let heads_column = |word: &str| {
            columns.iter().filter(|c| !c.number_of_things()).any(|c| {
                let head = match c.qualifiers_at() {
                    Some(at) => c.words.get(at - 1),
                    None => c.words.last(),
                };
                head.is_some_and(|w| says(w, word))
            })
        };
        // A name word that is also a column's ("flights" has `flight`, "seattle-weather" has
        // `weather`) means rows only in the plural: "how many flights", "by weather".
        let mut plural_only = Vec::new();
        for word in dataset_words {
            // "portugal_resort_hotel_bookings" over a `country` of `PRT`, `GBR`: a country a
            // column holds by its code is where some rows are, not what they are.
            let coded = country_codes(&word).is_some_and(|(two, three)| {
                columns.iter().any(|c| {
                    c.values.iter().flatten().any(|v| {
                        let v = v.to_uppercase();
                        v == two || v == three
                    })
                })
            });
            if coded {
                continue;
            }
            // "sales" with a `Total Sales` column: the word is the column's, in any form.
            // "temperatures" with a `tmax` that stands for "maximum temperature": the word
            // its description says is the column's too.
            // ("frog_sites" with a `NoOfSites`: a number of them is no name of them.)
            // "drinkers" with a `drinks` count: those who do what the column counts are
            // the column's too.
            let doers = |c: &ColumnRef| {
                c.kind == Kind::Number && c.words.iter().any(|w| doers_of(&word, w))
            };
            let exact = columns.iter().any(|c| {
                (c.words.contains(&word) && !c.number_of_things())
                    // "citations" with a `cites` column: the noun of the column's verb.
                    || c.words
                        .iter()
                        .any(|w| action_of(singular(&word), w))
                    || c.described.iter().any(|d| same_noun(d, &word))
                    || doers(c)
            });
            // "kobe_bryant_shots" with a `shot` of `H` and `M`: a column named for the rows'
            // thing that holds only a few kinds of it says what each one was; in the plural
            // the word still names the rows.
            let kinds_of_the_rows = columns.iter().any(|c| {
                c.words.len() == 1
                    && c.words[0] == singular(&word)
                    && c.words[0] != word
                    && c.kind == Kind::Text
                    && c.distinct * 10 <= c.present
            });
            let the_columns = exact || (entity_named && heads_column(&word) && !kinds_of_the_rows);
            if !the_columns {
                let noun = singular(&word).to_string();
                if names_column(&word) {
                    plural_only.push(noun.clone());
                }
                // "movies" → "movie" as well as singular()'s "mov" (which fits "categories").
                if let Some(stem) = word.strip_suffix('s')
                    && stem != noun
                    && !names_column(stem)
                {
                    row_nouns.push(stem.to_string());
                }
                // "films" over `imdb_movies`: the lexicon's other word for them, when no
                // column says it.
                let stem = word.strip_suffix('s').unwrap_or(&word).to_string();
                for other in things_also_called(&stem).chain(things_also_called(&noun)) {
                    if !names_column(other) && other.chars().all(char::is_alphabetic) {
                        row_nouns.push(other.to_string());
                    }
                }
                row_nouns.push(noun);
            }
        }
        // "how many orders" with an `Order ID` column: each row is one order.
        for c in &columns {
            if let [entity, last] = &c.words[..]
                && matches!(last.as_str(), "id" | "key")
                && entity.chars().all(char::is_alphabetic)
                && entity.len() > 2
            {
                // Only "orders" in the plural: "order" alone may be `Order Date`'s.
                row_nouns.push(singular(entity).to_string());
                plural_only.push(singular(entity).to_string());
            }
        }
        // "how many seasons" with `SeasonStart` and `SeasonEnd`: what starts and ends on
        // each row is the row.
        for c in &columns {
            if let [thing, start] = &c.words[..]
                && matches!(start.as_str(), "start" | "begin" | "from")
                && columns.iter().any(|d| {
                    matches!(&d.words[..], [other, end]
                        if other == thing && matches!(end.as_str(), "end" | "finish" | "to" | "stop"))
                })
            {
                row_nouns.push(singular(thing).to_string());
            }
        }
        // Daily data: "how many days had rain" counts rows. Not when a column is the day
        // (`day`), but when none is, or several only have one in their names
        // (`day_of_week`, `day_of_year`).
        // (Not of readings through the day: a date and time with no period of its own.)
        let has_time = columns
            .iter()
            .any(|c| c.kind == Kind::Time && !(c.calendar && !c.date_only && c.period.is_none()));
        let day_columns = columns
            .iter()
            .filter(|c| c.words.iter().any(|w| same_noun(w, "day")))
            .count();
        let the_day = columns.iter().any(|c| c.words == ["day"]);
        // So are the rows of a dataset named daily ("victoria_daily_electricity_demand"),
        // dated or not.
        let named_daily = name_words(dataset.name()).iter().any(|w| w == "daily");
        if (has_time && (day_columns == 0 || (day_columns >= 2 && !the_day)))
            || (named_daily && !the_day)
        {
            row_nouns.push("day".into());
        }
        Schema {
            total_of_parts: total_of_parts(dataset.frame(), &columns),
            columns,
            rows: dataset.frame().height(),
            row_nouns,
            plural_only,
            name_noun,
            name_nouns,
        }
    }

    /// The column called `name`.
    pub(crate) fn get(&self, name: &str) -> Option<&ColumnRef> {
        self.columns.iter().find(|c| c.name == name)
    }

    /// Whether `value` lies within the values column `name` holds (false when it holds no
    /// numbers).
    pub(crate) fn holds(&self, name: &str, value: f64) -> bool {
        self.get(name)
            .and_then(|c| c.range)
            .is_some_and(|(lo, hi)| lo <= value && value <= hi)
    }

    /// A summary row a table carries under its rows ("Total" in a medal table's `Nation`,
    /// "World" among the countries): the text column and the value that labels it, when one
    /// column of several values has one of the words for it. ("All" is no such row: an
    /// assembler that supports "All" technologies is one of the rows.)
    pub(crate) fn summary_row(&self) -> Option<(&str, &str)> {
        self.columns.iter().find_map(|c| {
            let values = c.values.as_ref().filter(|v| v.len() >= 3)?;
            let total = values.iter().find(|v| {
                matches!(
                    v.trim().to_lowercase().as_str(),
                    "total" | "totals" | "grand total" | "total:" | "totals:" | "world"
                )
            })?;
            Some((c.name.as_str(), total.as_str()))
        })
    }

    /// Whether the data's name says each row is one `period` ("fortnight" of
    /// `london_cyclist_deaths_fortnightly`, "year" of `..._annual_...`): "per fortnight" is
    /// then the rows' own unit, no grouping.
    pub(crate) fn named_per(&self, period: &str) -> bool {
        let adjective = match period {
            "day" => "daily".to_string(),
            "year" | "yr" => "yearly".to_string(),
            other => format!("{other}ly"),
        };
        self.name_nouns
            .iter()
            .any(|w| *w == adjective || (w == "annual" && matches!(period, "year" | "yr")))
    }

    /// The kind of column `name` (text when unknown).
    pub(crate) fn kind(&self, name: &str) -> Kind {
        self.get(name).map_or(Kind::Text, |c| c.kind)
    }

    /// Whether `word` names the rows as this data's own things ("flights" of
    /// "nyc_flights"), not as any data's ("rows", "records").
    pub(crate) fn is_own_row_noun(&self, word: &str) -> bool {
        self.is_row_noun(word) && !GENERIC_ROW_NOUNS.contains(&singular(word))
    }

    /// Whether `word`, in either number, is this data's own noun for its rows, even where the
    /// singular also names a column ("flight" of "nyc_flights" beside a `flight` number).
    pub(crate) fn is_own_row_noun_in_any_number(&self, word: &str) -> bool {
        let s = singular(word);
        !GENERIC_ROW_NOUNS.contains(&s) && self.row_nouns.iter().any(|n| n == s)
    }

    /// The text column whose name is `noun` alone, in either number ("sample" for
    /// `sample`, "samples" too).
    pub(crate) fn text_column_named(&self, noun: &str) -> Option<&ColumnRef> {
        self.columns.iter().find(|c| {
            c.kind == Kind::Text && matches!(c.words.as_slice(), [w] if same_noun(w, noun))
        })
    }

    /// Whether a column numbers the rows: 0 or 1, then one more on each row (`Game` of 1
    /// to 147 over 147 games). Its sum or mean means nothing; the rows it numbers are what
    /// its name counts.
    pub(crate) fn numbers_the_rows(&self, c: &ColumnRef) -> bool {
        c.kind == Kind::Number && c.counts_up && self.rows >= 3
    }

    /// Whether each row is a person: the table says each one's sex or age ("how many people"
    /// then counts rows, even beside a `population` of where they live).
    pub(crate) fn rows_are_people(&self) -> bool {
        self.columns.iter().any(|c| {
            c.words
                .iter()
                .any(|w| w == "sex" || synonym(w, "sex") || w == "age")
        })
    }

    /// The one numeric column of how many people there are (`population`, `pop`).
    pub(crate) fn population(&self) -> Option<&ColumnRef> {
        let mut populations = self.columns.iter().filter(|c| {
            c.kind == Kind::Number
                && c.words
                    .iter()
                    .any(|w| matches!(w.as_str(), "population" | "pop"))
        });
        match (populations.next(), populations.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    }

    /// Whether `word` means "rows of this dataset".
    pub(crate) fn is_row_noun(&self, word: &str) -> bool {
        let s = singular(word);
        if s == word && self.plural_only.iter().any(|n| n == s) {
            return false;
        }
        self.row_nouns.iter().any(|n| n == s)
    }

    /// The one column of how many each row stands for (`count`, `n`; a `Freq` or
    /// `frequency` where every other column is text, a table of counts of kinds), if any.
    pub(crate) fn frequency_column(&self) -> Option<&ColumnRef> {
        let of_kinds = |c: &ColumnRef| {
            self.columns
                .iter()
                .all(|o| o.name == c.name || o.kind == Kind::Text)
        };
        let mut frequencies = self.columns.iter().filter(|c| {
            c.kind == Kind::Number
                && !c.binary
                && c.range.is_some_and(|(lo, _)| lo >= 0.0)
                // "frequency" (which may be a radio's) only beside kinds alone.
                && matches!(c.words.as_slice(), [w] if matches!(w.as_str(), "count" | "counts" | "n")
                    || (matches!(w.as_str(), "freq" | "frequency") && of_kinds(c)))
        });
        match (frequencies.next(), frequencies.next()) {
            (Some(c), None) => Some(c),
            _ => None,
        }
    }

    /// The column to put on a time axis: the first date/time column, else one named like
    /// a year or date.
    pub(crate) fn time_column(&self) -> Option<&str> {
        self.columns
            .iter()
            .find(|c| c.kind == Kind::Time)
            .or_else(|| {
                self.columns.iter().find(|c| {
                    c.words
                        .iter()
                        .any(|w| matches!(w.as_str(), "date" | "year" | "time" | "month" | "day"))
                })
            })
            .map(|c| c.name.as_str())
    }

    /// The column rows are dated by, for "first" and "last": the first date column, else a
    /// numeric year. Not text named for a date (its values sort as text) nor a time taken
    /// ("Time/Retired" in a race).
    pub(crate) fn dated_by(&self) -> Option<&str> {
        self.columns
            .iter()
            .find(|c| c.calendar)
            .or_else(|| {
                self.columns.iter().find(|c| {
                    c.kind == Kind::Number
                        && c.words
                            .iter()
                            .any(|w| matches!(w.as_str(), "year" | "years" | "yr"))
                })
            })
            .map(|c| c.name.as_str())
    }

    /// Whether a text column holds the names of the things the dataset's name says its
    /// rows are (`course` of "ucla_course_catalog"), three in four of them each on one row
    /// only: a few rows share a name (two courses called "Research Seminar"), yet each row
    /// is one of them. Counting them counts rows.
    pub(crate) fn names_the_rows_it_is_named_for(&self, column: &str) -> bool {
        self.get(column).is_some_and(|c| {
            c.kind == Kind::Text
                && c.present > 0
                && c.distinct * 4 >= c.present * 3
                && matches!(c.words.as_slice(), [w] if self.name_nouns.iter().any(|n| n == singular(w)))
        })
    }

    /// Whether the rows are listed from the latest down by the column they are dated by.
    /// The column is the one they are dated by, else the first that holds years.
    pub(crate) fn listed_newest_first(&self) -> bool {
        self.dated_by()
            .and_then(|name| self.get(name))
            .or_else(|| self.columns.iter().find(|c| c.holds_years()))
            .is_some_and(|c| c.descending)
    }

    /// The text column that names each row ("which mammal ..." answers with it): one called
    /// a name, title or label, else one whose values are all different.
    pub(crate) fn identifier(&self) -> Option<&str> {
        let text = || self.columns.iter().filter(|c| c.kind == Kind::Text);
        // A column called a name names rows even when a name comes back (a runner who won
        // twice); otherwise the first text column whose every value is different.
        text()
            .find(|c| {
                c.words
                    .iter()
                    .any(|w| IDENTIFIER_WORDS.contains(&w.as_str()))
            })
            .or_else(|| {
                // Of several, the fullest: `Make` ("Geo Metro") over `Model` ("Metro").
                let unique: Vec<&ColumnRef> = text().filter(|c| c.unique).collect();
                let named = unique
                    .iter()
                    .find(|c| {
                        unique
                            .iter()
                            .any(|other| other.name != c.name && fuller(c, other))
                    })
                    .or(unique.first())
                    .copied();
                // A date of its own on each row, listed before any such text, names the rows
                // (episodes by their air date).
                let position = |c: &ColumnRef| self.columns.iter().position(|o| o.name == c.name);
                let dated = self
                    .columns
                    .iter()
                    .find(|c| c.kind == Kind::Time && c.calendar && c.unique);
                match (named, dated) {
                    (Some(n), Some(d)) if position(d) < position(n) => Some(d),
                    (None, Some(d)) => Some(d),
                    (n, _) => n,
                }
            })
            .or_else(|| {
                // Else the text column of the most values, nine in ten of them its own (a
                // drive `model` that two rows share).
                text()
                    .filter(|c| c.present * 10 >= self.rows * 9 && c.distinct * 10 >= c.present * 9)
                    .max_by_key(|c| c.distinct)
            })
            .map(|c| c.name.as_str())
    }

    /// "which quarter ...", "which month ..." in data with a `year` column and at most one
    /// row per year and `period`: the year column, the period being a numeric column named
    /// for a part of a year.
    pub(crate) fn year_of_period(&self, period: &str) -> Option<&str> {
        let col = self.get(period)?;
        let part_of_year = col
            .words
            .iter()
            .any(|w| matches!(w.as_str(), "quarter" | "qtr" | "month" | "week"));
        if col.kind != Kind::Number || !part_of_year {
            return None;
        }
        let year = self.columns.iter().find(|c| {
            c.kind == Kind::Number && c.name != col.name && c.words.iter().any(|w| w == "year")
        })?;
        let span = |c: &ColumnRef| c.range.map(|(lo, hi)| hi - lo + 1.0);
        let slots = span(year)? * span(col)?;
        (self.rows as f64 <= slots).then_some(year.name.as_str())
    }

    /// All column names, for messages.
    pub(crate) fn names(&self) -> Vec<&str> {
        self.columns.iter().map(|c| c.name.as_str()).collect()
    }

    /// The schema of a CSV text read as a dataset named `name`: for the rules' unit tests.
    #[cfg(test)]
    pub(crate) fn of_csv(name: &str, csv: &str) -> Schema {
        use crate::dataset::{Dataset, Format, LoadOptions};
        let options = LoadOptions {
            format: Some(Format::Csv),
            ..LoadOptions::default()
        };
        Schema::of(&Dataset::from_bytes(name, csv.as_bytes(), &options).unwrap())
    }
}

/// Reads a column's first values one way: their range, if the column is written so.
type Reader<'a> = dyn Fn() -> Option<(f64, f64)> + 'a;

/// How a text column writes numbers, if it does, and their range ([`ReadAs`]): numbers
/// with a unit after them ("10,080 ft", "3 acts"), else times ("1:55.72"), heights in feet
/// and inches ("6–8"), or dates with years ("June 11, 1985").
fn read_as(c: &Column) -> Option<(ReadAs, (f64, f64))> {
    let named_height = name_words(c.name())
        .iter()
        .any(|w| matches!(w.as_str(), "height" | "ht"));
    let readers: [(ReadAs, &Reader); 4] = [
        (ReadAs::LeadingNumber, &|| super::leading::numbers_first(c)),
        (ReadAs::Seconds, &|| super::clock::clock_times(c)),
        (ReadAs::Inches, &|| super::inches::heights(c, named_height)),
        (ReadAs::Year, &|| super::year_text::years_in_text(c)),
    ];
    readers
        .iter()
        .find_map(|(reading, read)| read().map(|range| (*reading, range)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema(name: &str, csv: &str) -> Schema {
        Schema::of_csv(name, csv)
    }

    #[test]
    fn those_who_do_what_a_count_column_counts_are_no_noun_of_the_rows() {
        let schema = Schema::of_csv(
            "pearson_drinkers_wages",
            "class,trade,sober,drinks,wage,n\nA,cabmen,1,10,18.4,11\nB,x,2,3,30.1,5\n",
        );
        assert!(!schema.is_row_noun("drinkers"));
        assert!(!schema.is_row_noun("drinker") && schema.is_row_noun("row"));
    }

    #[test]
    fn names_a_few_rows_share_name_the_rows_the_data_is_named_for() {
        let csv =
            "course,subject\nSeminar,Music\nSeminar,Law\nCalculus,Math\nTorts,Law\nEtudes,Music\n";
        let schema = Schema::of_csv("course_catalog", csv);
        assert!(schema.names_the_rows_it_is_named_for("course"));
        assert!(!schema.names_the_rows_it_is_named_for("subject"));
        // A table not named for them: a name said twice is one thing said twice.
        let schema = Schema::of_csv("t", csv);
        assert!(!schema.names_the_rows_it_is_named_for("course"));
    }

    #[test]
    fn a_column_of_a_few_kinds_of_the_rows_thing_leaves_its_plural_to_the_rows() {
        let rows: String = (0..20)
            .map(|i| format!("{},{}\n", i % 5, if i % 2 == 0 { "H" } else { "M" }))
            .collect();
        let schema = Schema::of_csv("kobe_bryant_shots", &format!("game,shot\n{rows}"));
        assert!(schema.is_row_noun("shots"));
        // A column of the things' own names is theirs.
        let rows: String = (0..20).map(|i| format!("{i},shot {i}\n")).collect();
        let schema = Schema::of_csv("kobe_bryant_shots", &format!("game,shot\n{rows}"));
        assert!(!schema.is_row_noun("shots"));
    }

    #[test]
    fn a_column_of_state_names_holds_states() {
        let csv = "NAME,rent\nAlabama,747\nAlaska,1200\nArizona,972\nTexas,952\nOhio,764\n";
        let schema = Schema::of_csv("us_rent", csv);
        assert!(
            schema
                .get("NAME")
                .unwrap()
                .described
                .contains(&"state".to_string())
        );
        // Not where a column is named for them.
        let schema = Schema::of_csv("us_rent", &csv.replace("NAME", "state"));
        assert!(schema.get("state").unwrap().described.is_empty());
    }

    #[test]
    fn measurements_are_rows_of_any_data() {
        assert!(is_generic_row_noun("measurements") && is_generic_row_noun("records"));
        let schema = Schema::of_csv("co2_uptake", "Plant,conc,uptake\nQn1,95,16.0\n");
        assert!(schema.is_row_noun("measurements"));
    }

    #[test]
    fn a_country_in_the_datasets_name_is_no_noun_of_its_rows() {
        let schema = Schema::of_csv(
            "portugal_resort_hotel_bookings",
            "adr,country\n90,prt\n80,gbr\n",
        );
        assert!(!schema.is_row_noun("portugal"));
        assert!(schema.is_row_noun("booking") && schema.is_row_noun("bookings"));
        // No column holds it: the country stays a word of the rows' name.
        let schema = Schema::of_csv("guerry_france", "Region,Literacy\nE,37\nN,51\n");
        assert!(schema.is_row_noun("france"));
    }

    #[test]
    fn rows_listed_from_the_latest_year_down_are_newest_first() {
        let newest = schema("w", "team,years won\nA,2011\nB,\nC,2009\nD,2009\nE,2004\n");
        assert!(newest.listed_newest_first());
        assert_eq!(newest.dated_by(), Some("years won"));
        let oldest = schema("w", "team,year\nA,2004\nB,2009\nC,2011\n");
        assert!(!oldest.listed_newest_first());
        // Years that rise and fall are in no order; one year alone never falls.
        assert!(!schema("w", "team,year\nA,2009\nB,2004\nC,2011\n").listed_newest_first());
        assert!(!schema("w", "team,year\nA,2009\nB,2009\n").listed_newest_first());
        // Numbers that are no years say nothing of time.
        assert!(!schema("w", "team,points\nA,90\nB,50\n").listed_newest_first());
    }

    #[test]
    fn the_fullest_unique_name_identifies_rows() {
        let s = schema(
            "cars",
            "Model,Make,Price\nMetro,Geo Metro,8\nCivic,Honda Civic,12\nSL,Saturn SL,11\n",
        );
        assert_eq!(s.identifier(), Some("Make"));
        // Unrelated unique columns: the first.
        let s = schema("t", "code,city\nA1,Paris\nB2,Rome\nC3,Oslo\n");
        assert_eq!(s.identifier(), Some("code"));
        // A date on each row, listed first, names the rows; listed after a name, not.
        let s = schema("t", "aired,share\n2008-03-02,5.3/12\n2008-03-09,4.1/10\n");
        assert_eq!(s.identifier(), Some("aired"));
        let s = schema("t", "show,aired\nA,2008-03-02\nB,2008-03-09\n");
        assert_eq!(s.identifier(), Some("show"));
    }

    #[test]
    fn a_total_of_the_columns_before_it_is_found() {
        let s = schema(
            "medals",
            "Rank,Nation,Gold,Silver,Bronze,Total\n1,A,5,6,5,16\n2,B,4,1,1,6\n3,C,2,0,0,2\n,Total,11,7,6,24\n",
        );
        let (total, parts) = s.total_of_parts.unwrap();
        assert_eq!(total, "Total");
        assert_eq!(parts, ["Gold", "Silver", "Bronze"]);
        // A total that is not the sum of the columns before it is no total of parts.
        let s = schema("t", "Team,Won,Lost,Total\nA,5,6,12\nB,4,1,9\nC,2,0,5\n");
        assert!(s.total_of_parts.is_none());
        // Nor are years parts.
        let s = schema(
            "t",
            "Team,Year,Total\nA,2001,2001\nB,2002,2002\nC,2003,2003\n",
        );
        assert!(s.total_of_parts.is_none());
    }

    #[test]
    fn a_dataset_word_that_is_a_value_is_no_noun_of_the_rows() {
        let s = schema(
            "england_cholera_deaths_1849",
            "cause_of_death,deaths\nCholera,12\nDiarrhoea,3\n",
        );
        assert!(!s.is_row_noun("cholera"));
        let s = schema("car_prices", "model,price\nA,10\nB,12\n");
        assert!(s.is_row_noun("cars"));
    }

    #[test]
    fn a_count_column_names_what_it_counts() {
        let s = schema(
            "scorecard",
            "ncases,count_working,count_not_working,cases_count,count\n1,2,3,4,5\n6,7,8,9,10\n",
        );
        let noun = |c: &str| s.get(c).and_then(ColumnRef::counted_noun);
        assert_eq!(noun("ncases"), Some("cases"));
        assert_eq!(noun("cases_count"), Some("cases"));
        assert_eq!(noun("count_working"), Some("working"));
        assert_eq!(noun("count_not_working"), None);
        assert_eq!(noun("count"), None);
    }

    #[test]
    fn a_generic_noun_that_is_a_columns_name_is_the_column() {
        let s = schema("pines", "Row,Col,Hgt97\n1,1,300\n1,2,320\n");
        assert!(!s.is_row_noun("row") && !s.is_row_noun("rows"));
        assert!(s.is_row_noun("record"));
        let s = schema("pines", "Block,Hgt97\n1,300\n2,320\n");
        assert!(s.is_row_noun("row"));
        // A column of a name for each row is not.
        let s = schema("menu", "item,calories\nTaco,300\nSalad,200\n");
        assert!(s.is_row_noun("item"));
    }

    #[test]
    fn a_short_abbreviation_in_the_dataset_name_names_no_rows() {
        // "nyc" is where the flights are from: "flights" still names the rows, in the
        // plural, beside the `flight` number.
        let s = schema("nyc_flights_2013", "carrier,flight\nAA,1545\nUA,1714\n");
        assert!(s.is_row_noun("flights") && !s.is_row_noun("flight"));
        // A longer word that names no column is what the rows are.
        let s = schema("professor_salaries", "rank,salary\nProf,10\nAsst,8\n");
        assert!(s.is_row_noun("professors") && !s.is_row_noun("salaries"));
        // A word after "of" in a name only qualifies its head: a type of breach is no
        // breach, so "breaches" are the rows.
        let s = schema(
            "hhs_health_data_breaches",
            "State,Type.of.Breach,Breach.Submission.Date\nCA,Theft,2010-01-02\n",
        );
        assert!(s.is_row_noun("breaches"));
        assert_eq!(at_of(&s, "Type.of.Breach"), Some(1));
        assert_eq!(at_of(&s, "State"), None);
        let s = schema("kingdoms", "Name of Kingdom,No. of villages\nSihag,150\n");
        assert_eq!(
            (at_of(&s, "Name of Kingdom"), at_of(&s, "No. of villages")),
            (None, None)
        );
    }

    fn at_of(s: &Schema, name: &str) -> Option<usize> {
        s.get(name).and_then(ColumnRef::qualifiers_at)
    }

    #[test]
    fn a_trailing_number_in_the_dataset_name_is_not_its_noun() {
        let s = schema("cars93", "Price\n8\n12\n");
        assert!(s.is_row_noun("cars") && s.is_row_noun("car"));
    }

    #[test]
    fn a_world_row_among_the_countries_sums_them() {
        let s = schema(
            "vehicle_production",
            "country,year,value\nJapan,1980,11\nChina,1980,1\nWorld,1980,38\n",
        );
        assert_eq!(s.summary_row(), Some(("country", "World")));
        let s = schema("t", "tech,n\nAll,10\nSanger,4\nSolexa,6\n");
        assert_eq!(s.summary_row(), None);
        let s = schema("t", "sex,n\nMale,4\nFemale,6\nOther,1\n");
        assert_eq!(s.summary_row(), None);
    }

    #[test]
    fn a_data_named_for_its_period_has_one_row_per_period() {
        let s = schema(
            "cyclist_deaths_fortnightly",
            "date,deaths\n2005-01-01,1\n2005-01-15,0\n",
        );
        assert!(s.named_per("fortnight") && !s.named_per("month"));
        let s = schema("marriages_annual", "year,n\n1990,1\n1991,2\n");
        assert!(s.named_per("year"));
        let s = schema(
            "pr_daily_deaths",
            "date,deaths\n2015-01-01,1\n2015-01-02,0\n",
        );
        assert!(s.named_per("day"));
    }
}
