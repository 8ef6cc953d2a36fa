//! Size limits on loading, and the checks that apply them before the expensive part.

use serde::{Deserialize, Serialize};

use crate::error::{BlinqError, Result};

/// The default of [`Limits::max_cells`]: 100 million cells, about 800 MB of 64-bit numbers.
pub const DEFAULT_MAX_CELLS: u64 = 100_000_000;

/// Size limits applied while loading. `None` means unlimited.
///
/// They are checked before the expensive part of a load where the format allows it: the
/// columns of delimited text from its first line, of JSON from its keys, of Parquet and
/// Arrow IPC from the schema, and the extent of an .xlsx sheet from its cells, before any
/// table is built. Exceeding one is a [`BlinqError::Limit`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Limits {
    /// The largest input accepted, in bytes.
    pub max_bytes: Option<u64>,
    /// The most rows a dataset may have.
    pub max_rows: Option<usize>,
    /// The most columns a dataset may have.
    pub max_columns: Option<usize>,
    /// The most cells (rows × columns) a dataset may have; [`DEFAULT_MAX_CELLS`] by default,
    /// so that a small file describing a huge table (a sparse workbook, a compressed
    /// Parquet file) is refused instead of exhausting memory.
    pub max_cells: Option<u64>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: None,
            max_rows: None,
            max_columns: None,
            max_cells: Some(DEFAULT_MAX_CELLS),
        }
    }
}

impl Limits {
    /// Refuse a table `width` columns wide; `what` names it (`the header`, `the schema`...).
    pub(crate) fn check_columns(&self, width: usize, what: &str) -> Result<()> {
        self.check_width(width, what, "")
    }

    fn check_width(&self, width: usize, what: &str, at_least: &str) -> Result<()> {
        match self.max_columns {
            Some(max) if width > max => Err(BlinqError::Limit(format!(
                "{what} has {at_least}{} columns, more than the limit of {} columns; keep \
                 only the columns you need, or raise the column limit",
                thousands(width as u64),
                thousands(max as u64)
            ))),
            _ => Ok(()),
        }
    }

    /// The most data rows worth reading from a table `width` columns wide: one past this
    /// many rows is over a limit (rows, or cells). `None` when unlimited.
    pub(crate) fn row_budget(&self, width: usize) -> Option<usize> {
        let by_cells = self
            .max_cells
            .map(|max| usize::try_from(max / width.max(1) as u64).unwrap_or(usize::MAX));
        match (self.max_rows, by_cells) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Refuse a table of `rows` data rows and `width` columns. `at_least` says they were
    /// counted only up to a budget or a first excess, so the table may be larger still.
    pub(crate) fn check_shape(&self, rows: usize, width: usize, at_least: bool) -> Result<()> {
        let at_least = if at_least { "at least " } else { "" };
        self.check_width(width, "the data", at_least)?;
        if let Some(max) = self.max_rows
            && rows > max
        {
            return Err(BlinqError::Limit(format!(
                "the data has more than {} rows, the configured limit; load a sample or \
                 raise the row limit",
                thousands(max as u64)
            )));
        }
        let cells = (rows as u64).saturating_mul(width as u64);
        if let Some(max) = self.max_cells
            && cells > max
        {
            return Err(BlinqError::Limit(format!(
                "the data has {at_least}{} rows × {} columns = {} cells, more than the limit \
                 of {} cells; load fewer rows or columns, or raise the cell limit",
                thousands(rows as u64),
                thousands(width as u64),
                thousands(cells),
                thousands(max)
            )));
        }
        Ok(())
    }
}

/// `1234567` as `1,234,567`.
pub(crate) fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(17_179_869_184), "17,179,869,184");
    }

    #[test]
    fn row_budget_is_the_tighter_of_rows_and_cells() {
        let limits = Limits {
            max_rows: Some(1000),
            max_cells: Some(10_000),
            ..Limits::default()
        };
        assert_eq!(limits.row_budget(5), Some(1000));
        assert_eq!(limits.row_budget(50), Some(200));
        assert_eq!(limits.row_budget(0), Some(1000));
        let none = Limits {
            max_cells: None,
            ..Limits::default()
        };
        assert_eq!(none.row_budget(7), None);
    }

    #[test]
    fn shape_messages_name_the_extent_and_the_limit() {
        let limits = Limits {
            max_cells: Some(1_000_000),
            ..Limits::default()
        };
        let e = limits.check_shape(2_000, 1_000, true).unwrap_err();
        assert_eq!(
            e.to_string(),
            "limit exceeded: the data has at least 2,000 rows × 1,000 columns = 2,000,000 \
             cells, more than the limit of 1,000,000 cells; load fewer rows or columns, or \
             raise the cell limit"
        );
        assert!(limits.check_shape(1_000, 1_000, false).is_ok());
    }
}
