//! A table wide by year ("Country Name, Indicator Name, 1960, 1961, ..., 2013": one column
//! of numbers per year) is read as the long table it stands for: the other columns, then
//! `year` and `value`, one row per row and year. Questions about years then work as over any
//! long table ("Japan's fertility rate in 2000", "in which year was China's rate highest",
//! "the average in the 1990s", "a line chart of India's rate over the years"), and the plan's
//! SQL says the same: it reads the wide table through a `WITH "__long" AS (...)` of
//! `UNION ALL`s, so it runs as it is shown, on the data as loaded.

use polars::prelude::*;

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
    /// The year columns, with their years, in the table's order.
    years: Vec<(String, i64)>,
    /// The names of the long table's year and value columns.
    year: String,
    value: String,
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
    let mut years: Vec<(String, i64)> = Vec::new();
    for column in frame.columns() {
        let name = column.name().to_string();
        match year_of(&name) {
            // (A year not yet filled in, all missing, may load as text.)
            Some(year)
                if column.dtype().is_primitive_numeric() || column.null_count() == column.len() =>
            {
                years.push((name, year))
            }
            _ => keep.push(name),
        }
    }
    let mut distinct: Vec<i64> = years.iter().map(|(_, y)| *y).collect();
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
    let year = free_name("year", &names);
    let value = free_name("value", &names);
    Some(Across {
        keep,
        years,
        year,
        value,
    })
}

impl Across {
    /// The long table: the kept columns, the year and the value, one row per row and year
    /// (in the order of the years, then of the rows).
    pub(crate) fn long(&self, dataset: &Dataset) -> PolarsResult<Dataset> {
        let frame = dataset.frame().clone().lazy();
        let parts: Vec<LazyFrame> = self
            .years
            .iter()
            .map(|(column, year)| {
                let mut select: Vec<Expr> = self.keep.iter().map(|k| col(k.as_str())).collect();
                select.push(lit(*year).alias(self.year.as_str()));
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
        let first = self.years.first().map_or(0, |(_, y)| *y);
        let last = self.years.last().map_or(0, |(_, y)| *y);
        format!(
            "read long: a row per row and `{}` ({first} to {last}), its number in `{}`",
            self.year, self.value
        )
    }

    /// `sql` (written over the long table as `data`) over the wide table: the long table
    /// made by a `WITH` of `UNION ALL`s and read wherever `sql` reads `data`.
    pub(crate) fn wrap(&self, sql: &str) -> String {
        let kept: Vec<String> = self.keep.iter().map(|k| quote_ident(k)).collect();
        let selects: Vec<String> = self
            .years
            .iter()
            .map(|(column, year)| {
                let mut fields = kept.clone();
                fields.push(format!("{year} AS {}", quote_ident(&self.year)));
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
        let body = from_long(sql, &format!("COUNT({})", quote_ident(&self.year)));
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
}
