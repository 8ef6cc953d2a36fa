//! Numbers written with thousands separators ("12,467", "1,071,000", or with spaces as SI
//! and much of Europe write them: "14 922 000"): text files often hold them quoted, and a
//! CSV reader then sees text. Loading reads such a column as the
//! numbers it holds, when every value is one.

use polars::prelude::*;

/// Characters that separate thousands: a comma, or a space (plain, no-break, narrow
/// no-break or thin), one kind in a number.
const SEPARATORS: [char; 5] = [',', ' ', '\u{a0}', '\u{202f}', '\u{2009}'];

/// The value of `text` written as a number with thousands separators (and no other form),
/// or `None`: "12,467" → 12467, "-1,000.5" → -1000.5, "14 922 000" → 14922000; "12467",
/// "1,2", "12,46", "1 000,5" → None.
fn grouped_number(text: &str) -> Option<f64> {
    let t = text.trim();
    let separator = t.chars().find(|c| SEPARATORS.contains(c))?;
    let unsigned = t.strip_prefix(['-', '+']).unwrap_or(t);
    let whole = match unsigned.split_once('.') {
        Some((w, f)) if !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()) => w,
        Some(_) => return None,
        None => unsigned,
    };
    let mut groups = whole.split(separator);
    let first = groups.next()?;
    let mut grouped = false;
    if first.is_empty() || first.len() > 3 || !first.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    for g in groups {
        if g.len() != 3 || !g.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        grouped = true;
    }
    if !grouped {
        return None;
    }
    let plain: String = t.chars().filter(|c| *c != separator).collect();
    plain.parse().ok()
}

/// Whether every value of a text column is a plain or grouped number and at least one is
/// grouped: (column holds grouped numbers, some value has a fraction).
fn shape(ca: &StringChunked) -> Option<bool> {
    let mut grouped = false;
    let mut fraction = false;
    for value in ca.iter().flatten() {
        let v = value.trim();
        if v.is_empty() {
            continue;
        }
        if grouped_number(v).is_some() {
            grouped = true;
        } else if v.parse::<f64>().is_err() || v.contains(['e', 'E', 'n', 'N', 'i', 'I']) {
            return None;
        }
        fraction |= v.contains('.');
    }
    grouped.then_some(fraction)
}

/// Whether a text column (its first thousand values) holds numbers with thousands
/// separators, which loading converts.
pub(crate) fn looks_grouped(ca: &StringChunked) -> bool {
    let head = ca.slice(0, 1000);
    shape(&head).is_some()
}

/// Every text column whose values are all numbers, some written with thousands separators,
/// as integers (or floats when one has a fraction).
pub(crate) fn parse_grouped_numbers(mut df: DataFrame) -> DataFrame {
    let names: Vec<PlSmallStr> = df
        .columns()
        .iter()
        // The first thousand values decide which columns are read whole.
        .filter(|c| c.str().is_ok_and(looks_grouped))
        .map(|c| c.name().clone())
        .collect();
    for name in names {
        let Ok(column) = df.column(&name) else {
            continue;
        };
        let Ok(ca) = column.str() else { continue };
        let Some(fraction) = shape(ca) else { continue };
        let values: Float64Chunked = ca
            .iter()
            .map(|v| {
                let v = v?.trim();
                if v.is_empty() {
                    None
                } else {
                    grouped_number(v).or_else(|| v.parse().ok())
                }
            })
            .collect();
        let series = values.with_name(name.clone()).into_series();
        let series = if fraction {
            series
        } else {
            match series.cast(&DataType::Int64) {
                Ok(s) => s,
                Err(_) => continue,
            }
        };
        let _ = df.replace(&name, series.into_column());
    }
    df
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_with_comma_groups_of_three() {
        assert_eq!(grouped_number("12,467"), Some(12467.0));
        assert_eq!(grouped_number(" 1,071,000 "), Some(1_071_000.0));
        assert_eq!(grouped_number("-1,000.5"), Some(-1000.5));
        // Not grouped, or not in threes: left to the reader.
        assert_eq!(grouped_number("12467"), None);
        assert_eq!(grouped_number("1,2"), None);
        assert_eq!(grouped_number("12,46"), None);
        assert_eq!(grouped_number("1234,567"), None);
        assert_eq!(grouped_number("1,234.x"), None);
        assert_eq!(grouped_number("a,bcd"), None);
        // Spaces group thousands too, one kind of separator to a number.
        assert_eq!(grouped_number("14 922 000"), Some(14_922_000.0));
        assert_eq!(grouped_number("1\u{a0}234.5"), Some(1234.5));
        assert_eq!(grouped_number("1 000,500"), None);
        assert_eq!(grouped_number("12 3"), None);
        assert_eq!(grouped_number("3 acts"), None);
    }

    #[test]
    fn a_column_converts_only_when_every_value_is_a_number() {
        let df = df!(
            "n" => ["12,467", "9", "1,000", ""],
            "f" => ["1,000.5", "2", "3", "4"],
            "mixed" => ["1,000", "n/a", "2", "3"],
            "zip" => ["02139", "10001", "94105", "60601"],
            "spaced" => ["14 922 000", "9 000", "12", "1 000"],
        )
        .unwrap();
        let out = parse_grouped_numbers(df);
        let n = out.column("n").unwrap().i64().unwrap();
        assert_eq!(n.get(0), Some(12467));
        assert_eq!(n.get(2), Some(1000));
        assert_eq!(n.get(3), None);
        assert_eq!(out.column("f").unwrap().f64().unwrap().get(0), Some(1000.5));
        assert!(out.column("mixed").unwrap().str().is_ok());
        let spaced = out.column("spaced").unwrap().i64().unwrap();
        assert_eq!(spaced.get(0), Some(14_922_000));
        assert_eq!(spaced.get(1), Some(9000));
        // No separator anywhere: a code, kept as text.
        assert!(out.column("zip").unwrap().str().is_ok());
    }
}
