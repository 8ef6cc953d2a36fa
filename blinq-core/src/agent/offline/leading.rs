//! Numbers written with a unit or a note after them (`10,080 ft`, `3 acts`, `1 (0+0+0+1)`),
//! or beside a few placeholders (`12`, `8`, `—`): a text column of them is read by each
//! value's leading number wherever a number is needed, the way the SQL reads it (see
//! `build::number_of`: the text before the first space or line break, without thousands
//! separators).

use polars::prelude::{Column, DataType};

/// Currency signs an amount may start with; the SQL drops them too (`build::number_of`).
pub(crate) const CURRENCY: [char; 4] = ['$', '£', '€', '¥'];

/// How many values are looked at.
const SAMPLE: usize = 2000;

/// The number a value starts with, as the SQL reads it: the text before its first space or
/// line break, thousands separators dropped, when what follows is nothing, a note in
/// brackets or one word on its line (`ft`, `acts`), not a name that starts with a year (`2013 EAFF Cup`).
pub(crate) fn leading_number(text: &str) -> Option<f64> {
    let text = text.trim_start_matches(' ');
    // "$45,661,556", "£2.5": a currency sign before the amount (but "$11 million" is no
    // amount of dollars as the SQL reads it).
    let (text, money) = match text.strip_prefix(CURRENCY) {
        Some(rest) => (rest, true),
        None => (text, false),
    };
    // A note may start on the next line (`4\n(last: 1958)`): a line break parts as a space.
    let (first, rest) = text.split_once([' ', '\n']).unwrap_or((text, ""));
    // "78.7%": a percentage is its number.
    let first = first.strip_suffix('%').unwrap_or(first);
    let digits = first.replace(',', "");
    let numeric = digits.chars().any(|c| c.is_ascii_digit())
        && digits
            .chars()
            .enumerate()
            .all(|(i, c)| c.is_ascii_digit() || c == '.' || (c == '-' && i == 0));
    // "1. Yes", "5. Advanced Degree": a number and a stop before a label orders the
    // labels; it is no amount. "1, 5, 8": a list of numbers (metro lines) is none either.
    if !numeric || (first.ends_with('.') && !rest.trim().is_empty()) || first.ends_with(',') {
        return None;
    }
    // "m (w)": a unit, then a note in brackets; "629 / 192", "1,200 ft / 366 m": the same
    // amount in another unit after a slash.
    let line = rest.lines().next().unwrap_or("");
    let unit = line.split(['(', '[', '/']).next().unwrap_or("").trim();
    let note = !unit.contains(' ');
    let magnitude = matches!(
        unit.to_lowercase().as_str(),
        "thousand" | "million" | "billion" | "trillion" | "m" | "bn"
    );
    if !note || (money && magnitude) {
        return None;
    }
    digits.parse().ok()
}

/// The smallest and largest leading number of a text column where eight values in ten
/// (of those looked at, two at least) start with one and some value is more than a plain
/// number (years kept as text, `"1810"`, stay labels); `None` otherwise, and for columns
/// that are not text.
pub(crate) fn numbers_first(column: &Column) -> Option<(f64, f64)> {
    let s = sample(column, leading_number, |text| {
        text.trim().replace(',', "").parse::<f64>().is_ok()
    })?;
    (s.mostly_read() && s.marked < s.seen).then_some((s.lo, s.hi))
}

/// What reading the first values of a text column as numbers found ([`sample`]).
pub(crate) struct Sampled {
    /// Values looked at (at most [`SAMPLE`]).
    pub(crate) seen: usize,
    /// Values read as a number.
    pub(crate) read: usize,
    /// Values read as a number that `marked` also holds for.
    pub(crate) marked: usize,
    /// Values that are a dash alone (`-`, `–`, `—`): none of the thing, no number.
    pub(crate) dashes: usize,
    /// The smallest and largest number read.
    pub(crate) lo: f64,
    pub(crate) hi: f64,
}

impl Sampled {
    /// Whether eight values in ten of those looked at read, two at least: the column is
    /// written that way, a few placeholders (`DNS`) aside. A dash alone is as many as any
    /// (a medal table's `-` for none): it counts with the read values.
    pub(crate) fn mostly_read(&self) -> bool {
        self.read >= 2 && (self.read + self.dashes) * 10 >= self.seen * 8
    }
}

/// Read a text column's first values with `read`, counting those it reads and, of them,
/// those `marked` holds for; `None` for a column that is not text.
pub(crate) fn sample(
    column: &Column,
    read: impl Fn(&str) -> Option<f64>,
    marked: impl Fn(&str) -> bool,
) -> Option<Sampled> {
    if column.dtype() != &DataType::String {
        return None;
    }
    let mut s = Sampled {
        seen: 0,
        read: 0,
        marked: 0,
        dashes: 0,
        lo: f64::INFINITY,
        hi: f64::NEG_INFINITY,
    };
    for text in column.str().ok()?.iter().flatten().take(SAMPLE) {
        s.seen += 1;
        if matches!(text.trim(), "-" | "–" | "—") {
            s.dashes += 1;
        } else if let Some(n) = read(text) {
            s.read += 1;
            s.marked += usize::from(marked(text));
            s.lo = s.lo.min(n);
            s.hi = s.hi.max(n);
        }
    }
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_then_a_unit_or_a_note_reads_as_the_number() {
        assert_eq!(leading_number("10,080 ft\n3072 m"), Some(10080.0));
        assert_eq!(leading_number("3 acts"), Some(3.0));
        assert_eq!(leading_number("1 (0+0+0+1)"), Some(1.0));
        assert_eq!(leading_number("7.91 m (w)"), Some(7.91));
        assert_eq!(leading_number("-4"), Some(-4.0));
        assert_eq!(leading_number("629 / 192"), Some(629.0));
        assert_eq!(leading_number("1,200 ft / 366 m"), Some(1200.0));
        assert_eq!(leading_number("4\n(last: 1958)"), Some(4.0));
        assert_eq!(leading_number("$45,661,556"), Some(45_661_556.0));
        assert_eq!(leading_number("£2.50 each"), Some(2.5));
        assert_eq!(leading_number("78.7%"), Some(78.7));
        // A list of numbers is no amount.
        assert_eq!(leading_number("1, 5"), None);
        assert_eq!(leading_number("2, 9, 12"), None);
    }

    #[test]
    fn names_times_and_ordinals_are_not_numbers() {
        assert_eq!(leading_number("2013 EAFF East Asian Cup"), None);
        assert_eq!(leading_number("1. Yes"), None);
        assert_eq!(leading_number("5. Advanced Degree"), None);
        assert_eq!(leading_number("1:55.72"), None);
        assert_eq!(leading_number("9th"), None);
        assert_eq!(leading_number("$11 million"), None);
        assert_eq!(leading_number("—"), None);
        assert_eq!(leading_number("2 Broke Girls / CBS"), None);
    }

    #[test]
    fn a_column_is_read_by_numbers_when_eight_values_in_ten_start_with_one() {
        let column = |values: &[&str]| {
            Column::new(
                "c".into(),
                values.iter().map(|v| v.to_string()).collect::<Vec<_>>(),
            )
        };
        let peaks = column(&["14,505 ft", "10,080 ft", "—", "3 ft", "8 ft"]);
        assert_eq!(numbers_first(&peaks), Some((3.0, 14505.0)));
        let cups = column(&[
            "2013 EAFF Cup final",
            "2011 AFC Asian Cup",
            "1 ft",
            "2 ft",
            "3 ft",
        ]);
        assert_eq!(numbers_first(&cups), None);
        // Years written as text, every one a plain number: labels, not amounts.
        assert_eq!(numbers_first(&column(&["1565", "1570", "1810"])), None);
        // Medals with a dash for none, as many dashes as numbers: counts.
        let gold = column(&["28", "16", "1", "-", "-", "-", "2"]);
        assert_eq!(numbers_first(&gold), Some((1.0, 28.0)));
        // Mostly words: not.
        assert_eq!(
            numbers_first(&column(&["Ret", "Ret", "DNS", "1", "2"])),
            None
        );
    }
}
