//! A table wide by year ("Country Name, Indicator Name, 1960, 1961, ..., 2013": one column
//! of numbers per year) is read as the long table it stands for: the other columns, then
//! `year` and `value`, one row per row and year. Questions about years then work as over any
//! long table ("Japan's fertility rate in 2000", "in which year was China's rate highest",
//! "the average in the 1990s", "a line chart of India's rate over the years"), and the plan's
//! SQL says the same: it reads the wide table through a `WITH "__long" AS (...)` of
//! `UNION ALL`s, so it runs as it is shown, on the data as loaded.

use polars::prelude::*;

use super::keywords::KEYWORDS;
use super::words::{name_words, singular, tokenize};
use super::year_named::a_year;
use crate::dataset::Dataset;
use crate::sql::quote_ident;

/// The fewest year columns that make a table wide by year.
const MIN_YEARS: usize = 3;

/// The most rows the long table may have (rows times years): beyond it, the wide table is
/// planned as it is.
const MAX_LONG_ROWS: usize = 2_000_000;

/// The name of the long table in a plan's SQL.
const LONG: &str = "__long";

/// How a wide table is read long.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Across {
    /// The columns kept on every row, in the table's order.
    keep: Vec<String>,
    /// The columns read long, with what each one's rows say in the key column (its year,
    /// or its name), in the table's order.
    parts: Vec<(String, Key)>,
    /// The names of the long table's key (`year`, or the noun the columns are of) and
    /// value columns.
    key: String,
    value: String,
}

/// What a column read long says in the long table's key column.
#[derive(Debug, Clone, PartialEq)]
enum Key {
    /// The year it is named by (`1960`).
    Year(i64),
    /// Its name (`day_8`, `Health Professions`).
    Name(String),
}

impl Key {
    fn lit(&self) -> Expr {
        match self {
            Key::Year(year) => lit(*year),
            Key::Name(name) => lit(name.as_str()),
        }
    }

    fn sql(&self) -> String {
        match self {
            Key::Year(year) => year.to_string(),
            Key::Name(name) => format!("'{}'", name.replace('\'', "''")),
        }
    }
}

/// A column name that is a year (1800 to 2100), written as digits alone.
fn year_of(name: &str) -> Option<i64> {
    let trimmed = name.trim();
    a_year(trimmed).then(|| trimmed.parse().ok()).flatten()
}

/// A name not among `taken`: `name`, else with underscores after it.
fn free_name(name: &str, taken: &[String]) -> String {
    let mut free = name.to_string();
    while taken.iter().any(|t| t.eq_ignore_ascii_case(&free)) {
        free.push('_');
    }
    free
}

/// How `dataset` is read long, when it is wide by year: three or more numeric columns
/// named by distinct years, and at least one other column.
pub(crate) fn across(dataset: &Dataset) -> Option<Across> {
    let frame = dataset.frame();
    let mut keep = Vec::new();
    let mut years: Vec<(String, Key)> = Vec::new();
    for column in frame.columns() {
        let name = column.name().to_string();
        match year_of(&name) {
            // (A year not yet filled in, all missing, may load as text.)
            Some(year)
                if column.dtype().is_primitive_numeric() || column.null_count() == column.len() =>
            {
                years.push((name, Key::Year(year)))
            }
            _ => keep.push(name),
        }
    }
    let mut distinct: Vec<i64> = years
        .iter()
        .filter_map(|(_, y)| match y {
            Key::Year(y) => Some(*y),
            Key::Name(_) => None,
        })
        .collect();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() < MIN_YEARS
        || distinct.len() != years.len()
        || keep.is_empty()
        || frame.height().saturating_mul(years.len()) > MAX_LONG_ROWS
    {
        return None;
    }
    let names: Vec<String> = frame
        .get_column_names()
        .iter()
        .map(|n| n.to_string())
        .collect();
    Some(Across {
        keep,
        parts: years,
        key: free_name("year", &names),
        value: free_name("value", &names),
    })
}

/// The fewest columns of one kind that a question may read as the values of a key.
const MIN_NAMED: usize = 3;

/// Words of names that say a column is a key of the rows, never one of the things the
/// other columns are of.
const KEY_WORDS: &[&str] = &["year", "id", "date", "time", "code", "name"];

/// A name of letters, then figures, with a space or an underscore between or none
/// (`day_3`, `week 12`, `q4`): its letters in lower case.
fn stem_of(name: &str) -> Option<String> {
    let at = name.find(|c: char| c.is_ascii_digit())?;
    let (stem, number) = name.split_at(at);
    let stem = stem.trim_end_matches(['_', ' ']);
    (stem.len() >= 2
        && stem.chars().all(|c| c.is_ascii_alphabetic())
        && number.chars().all(|c| c.is_ascii_digit()))
    .then(|| stem.to_lowercase())
}

/// How `dataset` is read long by a question about the things its columns are:
///
/// - "on which day was WBC highest" over `day_3` ... `day_9`: three or more numeric
///   columns named by one word and a number, and the question says the word (not before a
///   number: "on day 5" is the column `day_5`). The key column is named by the word.
/// - "which phrase has the highest average probability" over one numeric column per
///   phrase: a noun after "which", "what", "how many", "each", "by" or "per" that names no
///   column and no value, over a matrix of like numbers: two thirds of the columns, four
///   or more, are numbers of one scale named as things are (a capital or a space), and the
///   others are keys (`Year`, a date), never text. The key column is named by the noun.
///
/// `earlier` is the key of the question before, for a follow-up ("and the lowest?"). The
/// flag says whether the reading is sure (a stem said, or a follow-up); one that is not is
/// only tried where the table as it is cannot answer.
pub(crate) fn by_name(
    dataset: &Dataset,
    question: &str,
    earlier: Option<&str>,
) -> Option<(Across, bool)> {
    let frame = dataset.frame();
    let names: Vec<String> = frame
        .get_column_names()
        .iter()
        .map(|n| n.to_string())
        .collect();
    let numeric: Vec<&str> = frame
        .columns()
        .iter()
        .filter(|c| c.dtype().is_primitive_numeric())
        .map(|c| c.name().as_str())
        .collect();
    let words: Vec<String> = tokenize(question).into_iter().map(|t| t.lower).collect();
    // The word said as what is asked about or grouped by: "on which day", "each week",
    // "over the days" (not "on day 5", which is a column).
    let says = |noun: &str| {
        words.iter().enumerate().any(|(i, w)| {
            let before = |k: usize| i.checked_sub(k).map_or("", |j| words[j].as_str());
            let asked = |w: &str| {
                matches!(
                    w,
                    "which" | "what" | "each" | "every" | "by" | "per" | "across" | "over"
                )
            };
            singular(w) == noun
                && words
                    .get(i + 1)
                    .is_none_or(|next| next.parse::<f64>().is_err())
                && (asked(before(1)) || (before(1) == "the" && asked(before(2))))
        })
    };
    // Columns named by one word and a number.
    let mut stems: Vec<(String, Vec<String>)> = Vec::new();
    for name in &numeric {
        if let Some(stem) = stem_of(name) {
            match stems.iter_mut().find(|(s, _)| *s == stem) {
                Some((_, columns)) => columns.push(name.to_string()),
                None => stems.push((stem, vec![name.to_string()])),
            }
        }
    }
    // Numbered evenly (`day_3` ... `day_9`), the word no other column's.
    let evenly = |columns: &[String]| {
        let mut numbers: Vec<i64> = columns
            .iter()
            .filter_map(|c| {
                c.trim_start_matches(|ch: char| !ch.is_ascii_digit())
                    .parse()
                    .ok()
            })
            .collect();
        numbers.sort_unstable();
        numbers.len() == columns.len()
            && numbers
                .windows(2)
                .all(|w| w[1] - w[0] == numbers[1] - numbers[0] && w[1] > w[0])
    };
    let stemmed = stems.into_iter().find(|(stem, columns)| {
        columns.len() >= MIN_NAMED
            && evenly(columns)
            && !names
                .iter()
                .any(|n| !columns.contains(n) && name_words(n).iter().any(|w| singular(w) == stem))
            && (earlier == Some(stem.as_str()) || says(stem))
    });
    let (key, parts, sure) = match stemmed {
        Some((stem, columns)) => (stem, columns, true),
        None => {
            let key_column = |name: &str| {
                name_words(name)
                    .iter()
                    .any(|w| KEY_WORDS.contains(&w.as_str()))
            };
            let parts: Vec<String> = numeric
                .iter()
                .filter(|n| !key_column(n))
                .map(|n| n.to_string())
                .collect();
            // A matrix of like numbers named as things are ("Biology", "Almost Certainly",
            // "GOOG"; not measures such as `longitude`, `early`, `x_001`), every other
            // column a key (a number or a date, never text).
            let named_as_things = parts
                .iter()
                .all(|p| p.contains(' ') || p.chars().next().is_some_and(|c| c.is_uppercase()));
            let keys_only = frame
                .columns()
                .iter()
                .filter(|c| !parts.iter().any(|p| p == c.name().as_str()))
                .all(|c| c.dtype() != &DataType::String);
            if parts.len() < MIN_NAMED + 1
                || !named_as_things
                || parts.len() * 3 < names.len() * 2
                || !keys_only
            {
                return None;
            }
            let noun = match earlier {
                Some(key) => key.to_string(),
                None => the_noun_asked(&words, &names)?,
            };
            // One scale: the columns' largest values within twenty times of each other (no
            // counts beside prices, no flags beside totals).
            let largest: Vec<f64> = parts
                .iter()
                .filter_map(|p| {
                    let s = frame.column(p).ok()?.as_materialized_series();
                    let hi = s.max::<f64>().ok().flatten()?;
                    let lo = s.min::<f64>().ok().flatten()?;
                    Some(hi.abs().max(lo.abs()))
                })
                .collect();
            let (lo, hi) = largest
                .iter()
                .fold((f64::INFINITY, 0.0_f64), |(lo, hi), v| {
                    (lo.min(*v), hi.max(*v))
                });
            if largest.len() != parts.len() || lo <= 0.0 || hi > 20.0 * lo {
                return None;
            }
            (noun, parts, earlier.is_some())
        }
    };
    if frame.height().saturating_mul(parts.len()) > MAX_LONG_ROWS {
        return None;
    }
    let keep: Vec<String> = names
        .iter()
        .filter(|n| !parts.contains(n))
        .cloned()
        .collect();
    Some((
        Across {
            keep,
            parts: parts
                .into_iter()
                .map(|p| (p.clone(), Key::Name(p)))
                .collect(),
            key: free_name(&key, &names),
            value: free_name("value", &names),
        },
        sure,
    ))
}

/// The noun after "which", "what", "how many", "each", "by" or "per" that is no word of a
/// column's name: what the columns are ("which phrase"). (The table has no text to hold it
/// as a value: see [`by_name`].)
fn the_noun_asked(words: &[String], names: &[String]) -> Option<String> {
    let noun = words.windows(2).find_map(|w| {
        (matches!(
            w[0].as_str(),
            "which" | "what" | "many" | "each" | "by" | "per"
        ) && w[1].len() >= 3
            && w[1].chars().all(|c| c.is_alphabetic())
            && !KEYWORDS.contains(&w[1].as_str()))
        .then(|| singular(&w[1]).to_string())
    })?;
    if KEY_WORDS.contains(&noun.as_str())
        || matches!(
            noun.as_str(),
            "row" | "value" | "one" | "kind" | "type" | "month" | "day"
        )
    {
        return None;
    }
    let in_a_name = names
        .iter()
        .any(|n| name_words(n).iter().any(|w| singular(w) == noun));
    (!in_a_name).then_some(noun)
}

impl Across {
    /// The long table: the kept columns, the year and the value, one row per row and year
    /// (in the order of the years, then of the rows).
    pub(crate) fn long(&self, dataset: &Dataset) -> PolarsResult<Dataset> {
        let frame = dataset.frame().clone().lazy();
        let parts: Vec<LazyFrame> = self
            .parts
            .iter()
            .map(|(column, key)| {
                let mut select: Vec<Expr> = self.keep.iter().map(|k| col(k.as_str())).collect();
                select.push(key.lit().alias(self.key.as_str()));
                select.push(
                    col(column.as_str())
                        .cast(DataType::Float64)
                        .alias(self.value.as_str()),
                );
                frame.clone().select(select)
            })
            .collect();
        let long = concat(parts, UnionArgs::default())?.collect()?;
        Ok(Dataset::new(dataset.name(), long))
    }

    /// What the trace says of the reading.
    pub(crate) fn described(&self) -> String {
        let said = |k: Option<&(String, Key)>| match k {
            Some((_, Key::Year(y))) => y.to_string(),
            Some((name, Key::Name(_))) => name.clone(),
            None => String::new(),
        };
        let (first, last) = (said(self.parts.first()), said(self.parts.last()));
        format!(
            "read long: a row per row and `{}` ({first} to {last}), its number in `{}`",
            self.key, self.value
        )
    }

    /// The name of the long table's value column.
    pub(crate) fn value(&self) -> &str {
        &self.value
    }

    /// `sql` (written over the long table as `data`) over the wide table: the long table
    /// made by a `WITH` of `UNION ALL`s and read wherever `sql` reads `data`.
    pub(crate) fn wrap(&self, sql: &str) -> String {
        let kept: Vec<String> = self.keep.iter().map(|k| quote_ident(k)).collect();
        let selects: Vec<String> = self
            .parts
            .iter()
            .map(|(column, key)| {
                let mut fields = kept.clone();
                fields.push(format!("{} AS {}", key.sql(), quote_ident(&self.key)));
                fields.push(format!(
                    "CAST({} AS DOUBLE) AS {}",
                    quote_ident(column),
                    quote_ident(&self.value)
                ));
                format!("SELECT {} FROM data", fields.join(", "))
            })
            .collect();
        let long = format!("{} AS ({})", quote_ident(LONG), selects.join(" UNION ALL "));
        // polars 0.55 fails a bare `COUNT(*)` over a `UNION ALL` ("casting from UInt32 to
        // UInt128"); the year is on every long row, so counting it counts the rows.
        let body = from_long(sql, &format!("COUNT({})", quote_ident(&self.key)));
        match body.strip_prefix("WITH ") {
            Some(rest) => format!("WITH {long}, {rest}"),
            None => format!("WITH {long} {body}"),
        }
    }
}

/// `sql` with every `FROM data` outside quotes reading the long table instead, and every
/// `COUNT(*)` counting `count` instead.
fn from_long(sql: &str, count: &str) -> String {
    const FROM: &str = "FROM data";
    const ROWS: &str = "COUNT(*)";
    let mut out = String::with_capacity(sql.len() + 16);
    let mut quote: Option<char> = None;
    let mut rest = sql;
    while let Some(c) = rest.chars().next() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if rest.starts_with(FROM)
                && !rest[FROM.len()..].starts_with(|n: char| n.is_alphanumeric() || n == '_') =>
            {
                out.push_str("FROM ");
                out.push_str(&quote_ident(LONG));
                rest = &rest[FROM.len()..];
                continue;
            }
            None if rest.starts_with(ROWS) => {
                out.push_str(count);
                rest = &rest[ROWS.len()..];
                continue;
            }
            None => {}
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::{Format, LoadOptions};

    fn dataset(csv: &str) -> Dataset {
        let options = LoadOptions {
            format: Some(Format::Csv),
            ..LoadOptions::default()
        };
        Dataset::from_bytes("fertility", csv.as_bytes(), &options).unwrap()
    }

    const WIDE: &str = "Country,Code,1960,1961,1962\nJapan,JPN,2.0,1.96,1.98\nChad,TCD,6.2,,6.3\n";

    #[test]
    fn three_year_columns_beside_a_name_make_a_table_wide_by_year() {
        let wide = dataset(WIDE);
        let across = across(&wide).unwrap();
        let long = across.long(&wide).unwrap();
        assert_eq!(long.row_count(), 6);
        assert_eq!(
            long.column_names(),
            ["Country", "Code", "year", "value"].map(String::from)
        );
        // Two years are no table of years, nor years alone.
        assert!(across_of("Country,1960,1961\nJapan,2.0,1.9\n").is_none());
        assert!(across_of("1960,1961,1962\n2.0,1.9,1.8\n").is_none());
    }

    fn across_of(csv: &str) -> Option<Across> {
        across(&dataset(csv))
    }

    #[test]
    fn the_sql_reads_the_long_table_made_from_the_wide_one() {
        let across = across_of(WIDE).unwrap();
        let sql = across.wrap("SELECT AVG(\"value\") FROM data WHERE \"Country\" = 'FROM data'");
        assert!(sql.starts_with("WITH \"__long\" AS (SELECT \"Country\", \"Code\", 1960 AS"));
        assert!(
            sql.ends_with("SELECT AVG(\"value\") FROM \"__long\" WHERE \"Country\" = 'FROM data'")
        );
        // A plan's own WITH follows the long table's.
        let sql = across.wrap("WITH \"g\" AS (SELECT * FROM data) SELECT * FROM \"g\"");
        assert!(sql.contains(") UNION ALL SELECT") || sql.contains(" UNION ALL SELECT"));
        assert!(sql.ends_with(", \"g\" AS (SELECT * FROM \"__long\") SELECT * FROM \"g\""));
        // Rows are counted by their year (polars fails a bare COUNT(*) over a union).
        let wide = dataset(WIDE);
        let sql = across.wrap("SELECT COUNT(*) AS \"count\" FROM data WHERE \"value\" > 6");
        assert!(
            sql.ends_with(
                "SELECT COUNT(\"year\") AS \"count\" FROM \"__long\" WHERE \"value\" > 6"
            )
        );
        let result = crate::sql::Session::with_dataset(wide)
            .execute(&sql)
            .unwrap();
        assert_eq!(result.table_json().rows[0][0], 2);
        // It runs in the sandbox over the wide table: Japan's mean over three years.
        let wide = dataset(WIDE);
        let sql =
            across.wrap("SELECT AVG(\"value\") AS \"mean\" FROM data WHERE \"Country\" = 'Japan'");
        let result = crate::sql::Session::with_dataset(wide)
            .execute(&sql)
            .unwrap();
        let mean = result.table_json().rows[0][0].as_f64().unwrap();
        assert!((mean - (2.0 + 1.96 + 1.98) / 3.0).abs() < 1e-9, "{mean}");
    }

    #[test]
    fn a_series_of_numbered_columns_is_read_long_only_where_the_question_asks_by_it() {
        let lab =
            dataset("test,day_3,day_4,day_5,norm_u\nWBC,5.26,4.26,9.92,10\nPLT,67,38.6,27.4,300\n");
        let (across, sure) = by_name(&lab, "on which day was WBC highest?", None).unwrap();
        assert!(sure);
        assert_eq!(across.key, "day");
        assert_eq!(across.keep, ["test", "norm_u"].map(String::from));
        assert_eq!(across.long(&lab).unwrap().row_count(), 6);
        // "on day 5" is a column; "day" said elsewhere is no key.
        assert!(by_name(&lab, "what was PLT on day 5?", None).is_none());
        assert!(by_name(&lab, "the day WBC peaked", None).is_none());
        // A follow-up keeps the key of the question before.
        assert!(by_name(&lab, "and the lowest?", Some("day")).is_some());
        // Numbered unevenly, or a word another column has too: no series.
        let uneven = dataset("day_1,day_2,day_7,x\n1,2,3,a\n");
        assert!(by_name(&uneven, "which day is highest", None).is_none());
        let shared = dataset("day_1,day_2,day_3,day_of_week\n1,2,3,4\n");
        assert!(by_name(&shared, "which day is highest", None).is_none());
    }

    #[test]
    fn like_numbers_side_by_side_are_read_long_by_the_noun_asked_but_never_surely() {
        let fields = dataset(
            "Year,Biology,Business,Engineering,Education\n1970,29.1,9.1,0.8,74.5\n2011,58.6,48.8,17.5,79.6\n",
        );
        let (across, sure) = by_name(
            &fields,
            "In 2011, which field had the highest share of women?",
            None,
        )
        .unwrap();
        assert!(!sure);
        assert_eq!(across.key, "field");
        assert_eq!(across.keep, ["Year"].map(String::from));
        // A noun that is a column's word, or no noun asked: nothing.
        assert!(by_name(&fields, "which year had the highest share", None).is_none());
        assert!(by_name(&fields, "average Biology", None).is_none());
        // Text beside the numbers (rows of things), or numbers of other scales: no matrix.
        let rows = dataset("name,age,income,kids,score\nA,40,50000,2,7\nB,30,40000,1,8\n");
        assert!(by_name(&rows, "which person earns the most", None).is_none());
        let scales = dataset("id,Age,Income,Kids,Score\n1,40,50000,2,7\n2,30,40000,1,8\n");
        assert!(by_name(&scales, "which measure is highest", None).is_none());
        // Measures named as measures are no things: "how many farms" is not about them.
        let farms =
            dataset("longitude,latitude,number,early,late\n-94.5,46.1,1,0,1\n-93.0,46.6,2,0,2\n");
        assert!(by_name(&farms, "how many farms had more than one?", None).is_none());
    }
}
