//! Reading the first (or a named) worksheet of an .xlsx workbook with calamine.

use std::io::Cursor;

use calamine::{Data, DataRef, Reader, Xlsx, XlsxError};
use polars::prelude::*;

use super::limits::{Limits, thousands};
use crate::error::{BlinqError, Result};

/// Days between Excel's epoch (1899-12-30, after the 1900 leap-year bug) and 1970-01-01.
const EXCEL_UNIX_EPOCH_DAYS: f64 = 25_569.0;

/// Read one worksheet: its first non-empty row is the header, the rest are records.
///
/// The cells are streamed, not put in a dense range: the sheet's extent (the box around its
/// non-empty cells) is checked against the limits as it grows, before anything its size is
/// allocated, so a tiny file with cells at `A1` and `XFD1048576` is refused, not built.
pub(crate) fn read_xlsx(
    bytes: &[u8],
    sheet: Option<&str>,
    source: &str,
    limits: &Limits,
) -> Result<DataFrame> {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes))
        .map_err(|e| BlinqError::parse(source, format!("not a valid .xlsx workbook ({e})")))?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(s) if names.iter().any(|n| n == s) => s.to_string(),
        Some(s) => {
            return Err(BlinqError::parse(
                source,
                format!("the workbook has no sheet named {s:?}; its sheets are {names:?}"),
            ));
        }
        None => names
            .first()
            .cloned()
            .ok_or_else(|| BlinqError::parse(source, "the workbook has no worksheets"))?,
    };
    let bad = |e: XlsxError| BlinqError::parse(source, format!("sheet {name:?}: {e}"));
    let mut cells = Vec::new();
    let mut extent: Option<Extent> = None;
    match book.worksheet_cells_reader(&name) {
        // A chart sheet or the like: no cells (calamine reads it as an empty range too).
        Err(XlsxError::NotAWorksheet(_)) => {}
        Err(e) => return Err(bad(e)),
        Ok(mut reader) => {
            while let Some(cell) = reader.next_cell().map_err(bad)? {
                if matches!(cell.get_value(), DataRef::Empty) {
                    continue;
                }
                let (row, col) = cell.get_position();
                let grown = extent.map_or(Extent::at(row, col), |e| e.with(row, col));
                grown.check(&name, cells.len() + 1, limits)?;
                extent = Some(grown);
                cells.push(Sparse {
                    col,
                    row,
                    value: Data::from(cell.get_value().clone()),
                });
            }
        }
    }
    let Some(extent) = extent else {
        return Err(BlinqError::parse(
            source,
            format!("sheet {name:?} is empty"),
        ));
    };
    frame_from_cells(cells, extent)
        .map_err(|e| BlinqError::parse(source, format!("sheet {name:?}: {e}")))
}

/// A non-empty cell.
struct Sparse {
    col: u32,
    row: u32,
    value: Data,
}

/// The smallest box holding every non-empty cell seen so far (0-based, inclusive).
#[derive(Debug, Clone, Copy)]
struct Extent {
    rows: (u32, u32),
    cols: (u32, u32),
}

impl Extent {
    fn at(row: u32, col: u32) -> Self {
        Extent {
            rows: (row, row),
            cols: (col, col),
        }
    }

    fn with(self, row: u32, col: u32) -> Self {
        Extent {
            rows: (self.rows.0.min(row), self.rows.1.max(row)),
            cols: (self.cols.0.min(col), self.cols.1.max(col)),
        }
    }

    /// Data rows: every row of the box below the header (its first row).
    fn data_rows(&self) -> usize {
        (self.rows.1 - self.rows.0) as usize
    }

    fn width(&self) -> usize {
        (self.cols.1 - self.cols.0) as usize + 1
    }

    /// Refuse the box, or `cells` non-empty cells (a sheet may repeat a cell), when the
    /// frame it would become is over a limit.
    fn check(&self, sheet: &str, cells: usize, limits: &Limits) -> Result<()> {
        let (rows, width) = (self.data_rows(), self.width());
        // `cells` counts the header too, and cells given more than once.
        let over_cells = limits.max_cells.is_some_and(|max| {
            rows.max(1) as u64 * width as u64 > max || cells as u64 > max + width as u64
        });
        let over_rows = limits.max_rows.is_some_and(|max| rows > max);
        let over_columns = limits.max_columns.is_some_and(|max| width > max);
        if !(over_cells || over_rows || over_columns) {
            return Ok(());
        }
        let limit = match (over_columns, over_rows) {
            (true, _) => format!(
                "{} columns",
                thousands(limits.max_columns.unwrap_or(0) as u64)
            ),
            (_, true) => format!("{} rows", thousands(limits.max_rows.unwrap_or(0) as u64)),
            _ => format!("{} cells", thousands(limits.max_cells.unwrap_or(0))),
        };
        Err(BlinqError::Limit(format!(
            "sheet {sheet:?} has cells spanning at least {}:{} ({} data rows × {} columns = {} \
             cells), more than the limit of {limit}; delete stray cells outside the table, or \
             save just the table in a new sheet",
            cell_name(self.rows.0, self.cols.0),
            cell_name(self.rows.1, self.cols.1),
            thousands(rows as u64),
            thousands(width as u64),
            thousands(rows as u64 * width as u64),
        )))
    }
}

/// `(0, 0)` as `A1`, `(1048575, 16383)` as `XFD1048576`.
fn cell_name(row: u32, col: u32) -> String {
    let mut letters = Vec::new();
    let mut n = u64::from(col) + 1;
    while n > 0 {
        let d = (n - 1) % 26;
        letters.push(b'A' + d as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!(
        "{}{}",
        String::from_utf8_lossy(&letters),
        u64::from(row) + 1
    )
}

/// Build the frame column by column from the sparse cells of `extent`: the first row of
/// the box is the header (an empty header cell names its column `column_N`), each later
/// row a record; a cell given twice keeps its last value.
fn frame_from_cells(mut cells: Vec<Sparse>, extent: Extent) -> PolarsResult<DataFrame> {
    cells.sort_by_key(|c| (c.col, c.row));
    let header_row = extent.rows.0;
    let height = extent.data_rows();
    let mut columns = Vec::with_capacity(extent.width());
    let mut rest = cells.as_slice();
    for (i, col) in (extent.cols.0..=extent.cols.1).enumerate() {
        let end = rest.iter().position(|c| c.col != col).unwrap_or(rest.len());
        let (here, next) = rest.split_at(end);
        rest = next;
        let header = here.iter().rev().find(|c| c.row == header_row);
        let name = match header {
            Some(c) => c.value.to_string(),
            None => format!("column_{}", i + 1),
        };
        let body: Vec<&Sparse> = here.iter().filter(|c| c.row > header_row).collect();
        columns.push(column_from_cells(
            &name,
            Dense {
                cells: &body,
                next_row: header_row + 1,
                rows_left: height,
            },
        ));
    }
    DataFrame::new_infer_height(columns)
}

/// A column's cells, row by row, with `Empty` where the sheet has none.
#[derive(Clone)]
struct Dense<'a> {
    /// The column's data cells, sorted by row.
    cells: &'a [&'a Sparse],
    next_row: u32,
    rows_left: usize,
}

static EMPTY: Data = Data::Empty;

impl<'a> Iterator for Dense<'a> {
    type Item = &'a Data;

    fn next(&mut self) -> Option<&'a Data> {
        if self.rows_left == 0 {
            return None;
        }
        self.rows_left -= 1;
        let row = self.next_row;
        self.next_row = self.next_row.saturating_add(1);
        let mut found = &EMPTY;
        while let Some((first, rest)) = self.cells.split_first()
            && first.row == row
        {
            found = &first.value;
            self.cells = rest;
        }
        Some(found)
    }
}

/// The column type that every non-empty cell fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Float,
    Bool,
    DateTime,
    Text,
}

fn column_from_cells<'a>(name: &str, cells: impl Iterator<Item = &'a Data> + Clone) -> Column {
    let mut kind: Option<Kind> = None;
    for cell in cells.clone() {
        let k = match cell {
            Data::Empty | Data::Error(_) => continue,
            Data::Int(_) => Kind::Int,
            Data::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Kind::Int,
            Data::Float(_) => Kind::Float,
            Data::Bool(_) => Kind::Bool,
            Data::DateTime(d) if d.is_datetime() => Kind::DateTime,
            _ => Kind::Text,
        };
        kind = Some(match (kind, k) {
            (None, k) => k,
            (Some(a), b) if a == b => a,
            (Some(Kind::Int | Kind::Float), Kind::Int | Kind::Float) => Kind::Float,
            _ => Kind::Text,
        });
    }
    let name = PlSmallStr::from(name);
    match kind.unwrap_or(Kind::Text) {
        Kind::Int => Column::new(
            name,
            cells
                .map(|c| number(c).map(|f| f as i64))
                .collect::<Vec<_>>(),
        ),
        Kind::Float => Column::new(name, cells.map(number).collect::<Vec<_>>()),
        Kind::Bool => Column::new(
            name,
            cells
                .map(|c| {
                    if let Data::Bool(b) = c {
                        Some(*b)
                    } else {
                        None
                    }
                })
                .collect::<Vec<_>>(),
        ),
        Kind::DateTime => {
            let ms: Vec<Option<i64>> = cells
                .map(|c| match c {
                    Data::DateTime(d) => {
                        Some(((d.as_f64() - EXCEL_UNIX_EPOCH_DAYS) * 86_400_000.0).round() as i64)
                    }
                    _ => None,
                })
                .collect();
            let col = Column::new(name, ms);
            col.cast(&DataType::Datetime(TimeUnit::Milliseconds, None))
                .unwrap_or(col)
        }
        Kind::Text => Column::new(
            name,
            cells
                .map(|c| match c {
                    Data::Empty | Data::Error(_) => None,
                    other => Some(other.to_string()),
                })
                .collect::<Vec<_>>(),
        ),
    }
}

fn number(cell: &Data) -> Option<f64> {
    match cell {
        Data::Int(i) => Some(*i as f64),
        Data::Float(f) => Some(*f),
        _ => None,
    }
}
