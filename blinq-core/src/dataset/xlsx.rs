//! Reading the first (or a named) worksheet of an .xlsx workbook with calamine.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use polars::prelude::*;

use crate::error::{BlinqError, Result};

/// Days between Excel's epoch (1899-12-30, after the 1900 leap-year bug) and 1970-01-01.
const EXCEL_UNIX_EPOCH_DAYS: f64 = 25_569.0;

/// Read one worksheet: its first non-empty row is the header, the rest are records.
pub(crate) fn read_xlsx(bytes: &[u8], sheet: Option<&str>, source: &str) -> Result<DataFrame> {
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
    let range = book
        .worksheet_range(&name)
        .map_err(|e| BlinqError::parse(source, format!("sheet {name:?}: {e}")))?;
    let mut rows = range
        .rows()
        .skip_while(|r| r.iter().all(|c| matches!(c, Data::Empty)));
    let header = rows
        .next()
        .ok_or_else(|| BlinqError::parse(source, format!("sheet {name:?} is empty")))?;
    let header: Vec<String> = header
        .iter()
        .enumerate()
        .map(|(i, c)| match c {
            Data::Empty => format!("column_{}", i + 1),
            other => other.to_string(),
        })
        .collect();
    let body: Vec<&[Data]> = rows.collect();
    let columns = header
        .iter()
        .enumerate()
        .map(|(i, h)| column_from_cells(h, body.iter().map(|r| r.get(i).unwrap_or(&Data::Empty))))
        .collect::<Vec<_>>();
    DataFrame::new_infer_height(columns)
        .map_err(|e| BlinqError::parse(source, format!("sheet {name:?}: {e}")))
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
