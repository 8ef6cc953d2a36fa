//! Dates written as text that the loader could not read as dates, because their values are
//! not all alike (`1985` beside `June 11, 1985`) or carry a note (`August 7, 1986 (age
//! 27)`): a text column of them is read by its year where a year is asked about ("born
//! before 1988", "which year had the most releases"), the way the SQL reads it (see
//! `build::number_of`: the text before a bracket, its last four characters).

use polars::prelude::Column;

use super::leading::sample;

/// Longest value read: a date and a short note, not a sentence that ends with a year.
const LONGEST: usize = 32;

/// The year a written date ends with, before any note in brackets (`June 11, 1985`,
/// `9–4–2010`, `1985`, `August 7, 1986 (age 27)`); `None` for text that does not end with a
/// year, or names two ("1859–1864" is a span, see `how_long`).
pub(crate) fn year_of_text(text: &str) -> Option<f64> {
    if text.chars().count() > LONGEST {
        return None;
    }
    let date = text.split('(').next().unwrap_or("").trim();
    let start = date.len().checked_sub(4)?;
    let year = date.get(start..)?;
    let before_is_digit = date[..start].ends_with(|c: char| c.is_ascii_digit());
    if before_is_digit || !year.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let years_written = date
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| run.len() == 4)
        .count();
    let year: f64 = year.parse().ok()?;
    ((1000.0..=2100.0).contains(&year) && years_written == 1).then_some(year)
}

/// The first and last year of a text column where eight values in ten (of those looked
/// at, two at least) end with a year and some value is more than the year (a month, a day
/// or a note); `None` otherwise (years alone are numbers, or labels).
pub(crate) fn years_in_text(column: &Column) -> Option<(f64, f64)> {
    let s = sample(column, year_of_text, |text| {
        text.chars().any(char::is_alphabetic) || text.trim().len() > 4
    })?;
    (s.mostly_read() && s.marked > 0).then_some((s.lo, s.hi))
}

#[cfg(test)]
mod tests {
    use polars::prelude::*;

    use super::*;

    #[test]
    fn a_written_date_reads_as_the_year_it_ends_with() {
        assert_eq!(year_of_text("June 11, 1985"), Some(1985.0));
        assert_eq!(year_of_text("1985"), Some(1985.0));
        assert_eq!(year_of_text("14 May 1919"), Some(1919.0));
        assert_eq!(year_of_text("9–4–2010"), Some(2010.0));
        assert_eq!(year_of_text("August 7, 1986 (age 27)"), Some(1986.0));
        // A span names two years; a longer number is no year; a sentence is no date.
        assert_eq!(year_of_text("1859–1864"), None);
        assert_eq!(year_of_text("IRS-15592"), None);
        assert_eq!(year_of_text("Circa 1850s"), None);
        assert_eq!(
            year_of_text("Operational 2009, fully operational by 2014"),
            None
        );
        assert_eq!(year_of_text("Lower Park Road"), None);
    }

    #[test]
    fn a_column_of_written_dates_has_years_one_of_plain_years_has_not() {
        let dates = Column::new(
            "Date".into(),
            ["June 10, 1985", "1985", "June 11, 1985", "March 1990"],
        );
        assert_eq!(years_in_text(&dates), Some((1985.0, 1990.0)));
        let years = Column::new("Year".into(), ["1985", "1986", "1990"]);
        assert_eq!(years_in_text(&years), None);
        let names = Column::new("Name".into(), ["Ann", "Bo", "June 1985"]);
        assert_eq!(years_in_text(&names), None);
    }
}
