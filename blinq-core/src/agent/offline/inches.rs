//! Heights in feet and inches written as text (`6–8`, `6' 8"`, `5 ft 7 in`), as rosters
//! write them: a text column of them is read as inches wherever a number is needed, the way
//! the SQL reads it (see `build::number_of`: every mark a space, then feet and inches), so
//! "the tallest player" ranks `6–10` above `6–9`.

use polars::prelude::Column;

use super::leading::sample;

/// The marks that part feet from inches or follow them: dashes, primes and quotes, and
/// the units' names.
pub(crate) const MARKS: &[&str] = &[
    "\u{2013}", "\u{2014}", "-", "'", "\u{2019}", "\u{2032}", "\"", "\u{201d}", "\u{2033}", "ft",
    "in",
];

/// The inches a height is: feet (3 to 8) and inches below 12 parted by a mark or a unit
/// (`6–8` is 80, `5 ft 7 in` 67, `6'` 72).
pub(crate) fn height_inches(text: &str) -> Option<f64> {
    let mut t = text.to_string();
    for mark in MARKS {
        t = t.replace(mark, " ");
    }
    let parts: Vec<&str> = t.split_whitespace().collect();
    let marked = text.trim() != parts.join(" ");
    let (feet, inches) = match parts[..] {
        [feet] if marked => (feet, "0"),
        [feet, inches] => (feet, inches),
        _ => return None,
    };
    let feet: f64 = feet.parse().ok()?;
    let inches: f64 = inches.parse().ok()?;
    ((3.0..=8.0).contains(&feet) && feet.fract() == 0.0 && (0.0..12.0).contains(&inches))
        .then_some(12.0 * feet + inches)
}

/// The shortest and tallest height (in inches) of a text column where eight values in ten
/// (of those looked at, two at least) are heights, named a height (`Height`, `Ht`) or with
/// a foot's mark or unit in some value (a bare `6–8` may be a score).
pub(crate) fn heights(column: &Column, named_height: bool) -> Option<(f64, f64)> {
    let s = sample(column, height_inches, |text| {
        text.contains(['\'', '\u{2019}', '\u{2032}']) || text.contains("ft")
    })?;
    (s.mostly_read() && (named_height || s.marked > 0)).then_some((s.lo, s.hi))
}

#[cfg(test)]
mod tests {
    use polars::prelude::*;

    use super::*;

    #[test]
    fn feet_and_inches_read_as_inches() {
        assert_eq!(height_inches("6–8"), Some(80.0));
        assert_eq!(height_inches("6-10"), Some(82.0));
        assert_eq!(height_inches("6' 3\""), Some(75.0));
        assert_eq!(height_inches("5 ft 7 in"), Some(67.0));
        assert_eq!(height_inches("6'"), Some(72.0));
        // Not a height: a score past a foot's inches, a year, a name.
        assert_eq!(height_inches("4–15"), None);
        assert_eq!(height_inches("1985"), None);
        assert_eq!(height_inches("6"), None);
        assert_eq!(height_inches("Guard"), None);
    }

    #[test]
    fn a_column_of_heights_is_named_so_or_marked() {
        let dashed = Column::new("Height".into(), ["6–8", "5–10", "6–7"]);
        assert_eq!(heights(&dashed, true), Some((70.0, 80.0)));
        // Unnamed, a dash alone may be a score.
        assert_eq!(heights(&dashed, false), None);
        let marked = Column::new("Ht.".into(), ["6' 3\"", "5' 11\"", "6' 0\""]);
        assert_eq!(heights(&marked, false), Some((71.0, 75.0)));
    }
}
