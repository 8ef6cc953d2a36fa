//! Times on a stopwatch or a clock, written as text (`1:55.72`, `2:20:54`, beside plain
//! seconds such as `57.43`): a text column of them is read as seconds wherever a number is
//! needed, the way the SQL reads it (see `build::number_of`), so "the longest time" ranks
//! `1:00.45` after `59.92`.

use polars::prelude::Column;

use super::leading::sample;

/// The seconds a time is, as the SQL reads it: its first word (a note may follow), in
/// hours, minutes and seconds parted by colons (`1:31:33.736`, `1:55.72`), or seconds
/// alone (`57.43`).
pub(crate) fn clock_seconds(text: &str) -> Option<f64> {
    let first = text.split_whitespace().next()?;
    let parts: Vec<&str> = first.split(':').collect();
    if parts.len() > 3 || parts.iter().any(|p| p.is_empty()) {
        return None;
    }
    let mut seconds = 0.0;
    for (k, part) in parts.iter().enumerate() {
        let value: f64 = part.parse().ok()?;
        // Minutes and seconds after a colon are below 60.
        if k > 0 && !(0.0..60.0).contains(&value) {
            return None;
        }
        seconds = seconds * 60.0 + value;
    }
    Some(seconds)
}

/// The shortest and longest time (in seconds) of a text column where eight values in ten
/// (of those looked at, two at least) are times and some has a colon, the rest being
/// placeholders such as `DNS`; `None` otherwise (a column of plain numbers is numbers, a
/// score `4–1` no time).
pub(crate) fn clock_times(column: &Column) -> Option<(f64, f64)> {
    let s = sample(column, clock_seconds, |text| text.contains(':'))?;
    (s.mostly_read() && s.marked > 0).then_some((s.lo, s.hi))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_as_seconds() {
        assert_eq!(clock_seconds("1:55.72"), Some(115.72));
        assert_eq!(clock_seconds("57.43"), Some(57.43));
        assert_eq!(
            clock_seconds("2:20:54"),
            Some(2.0 * 3600.0 + 20.0 * 60.0 + 54.0)
        );
        assert_eq!(
            clock_seconds("3:38:46 (OR)"),
            Some(3.0 * 3600.0 + 38.0 * 60.0 + 46.0)
        );
        assert_eq!(clock_seconds("4–1"), None);
        assert_eq!(clock_seconds("1:75"), None);
        assert_eq!(clock_seconds("DNF"), None);
    }

    #[test]
    fn a_column_of_times_has_a_colon_somewhere() {
        let column = |values: &[&str]| Column::new("t".into(), values);
        assert_eq!(
            clock_times(&column(&["57.43", "59.92", "1:00.45"])),
            Some((57.43, 60.45))
        );
        // Plain numbers are numbers; one time among names is no column of times.
        assert_eq!(clock_times(&column(&["57.43", "59.92"])), None);
        assert_eq!(clock_times(&column(&["Ann", "Bo", "1:00.45"])), None);
    }
}
