//! `NativeTable`: a result, as plain objects, JSON, or bytes in an export format.

use blinq_core::ColumnInfo;
use blinq_core::dataset::{ExportFormat, dtype_name, export, table_json};
use blinq_core::polars::prelude::DataFrame;
use napi::bindgen_prelude::Buffer;
use napi_derive::napi;
use serde_json::{Map, Value};

use crate::error::{Result, core};

/// A column's name and type.
#[napi(object)]
#[derive(Debug, Clone)]
pub struct Column {
    /// The column name.
    pub name: String,
    /// `int64`, `float64`, `bool`, `string`, `date`, `datetime`, ...
    pub dtype: String,
    /// What the column means, from the data dictionary.
    pub description: Option<String>,
    /// The unit of its values, from the data dictionary.
    pub unit: Option<String>,
}

impl From<ColumnInfo> for Column {
    fn from(c: ColumnInfo) -> Self {
        Column {
            name: c.name,
            dtype: c.dtype,
            description: c.description,
            unit: c.unit,
        }
    }
}

/// A table of results.
#[napi]
#[derive(Debug, Clone)]
pub struct NativeTable {
    frame: DataFrame,
    cut_at: Option<usize>,
}

impl NativeTable {
    /// A table; `cut_at` is the row cap when it cut rows off.
    pub fn new(frame: DataFrame, cut_at: Option<usize>) -> Self {
        NativeTable { frame, cut_at }
    }
}

#[napi]
impl NativeTable {
    /// Column names.
    #[napi(getter)]
    pub fn columns(&self) -> Vec<String> {
        self.frame
            .get_column_names()
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    /// The columns in order, with their types.
    #[napi(getter)]
    pub fn schema(&self) -> Vec<Column> {
        self.frame
            .columns()
            .iter()
            .map(|c| Column {
                name: c.name().to_string(),
                dtype: dtype_name(c.dtype()),
                description: None,
                unit: None,
            })
            .collect()
    }

    /// `[rows, columns]`.
    #[napi(getter, ts_return_type = "[number, number]")]
    pub fn shape(&self) -> Vec<u32> {
        vec![self.frame.height() as u32, self.frame.width() as u32]
    }

    /// The row cap that cut rows off this result, or null when it is whole.
    #[napi(getter)]
    pub fn cut_at(&self) -> Option<u32> {
        self.cut_at.map(|n| n as u32)
    }

    /// One plain object per row.
    #[napi(ts_return_type = "Array<Record<string, unknown>>")]
    pub fn rows(&self) -> Vec<Value> {
        let json = table_json(&self.frame);
        json.rows
            .into_iter()
            .map(|row| {
                let object: Map<String, Value> = json.columns.iter().cloned().zip(row).collect();
                Value::Object(object)
            })
            .collect()
    }

    /// `{columns, rows}` with rows as arrays of values, as JSON text (the JavaScript side
    /// parses it: napi's conversion of one `serde_json::Value` stops at a million values,
    /// which 120,000 rows of nine columns pass, and `JSON.parse` is faster).
    #[napi]
    pub fn table_json(&self) -> String {
        serde_json::to_string(&table_json(&self.frame)).unwrap_or_else(|_| "null".into())
    }

    /// The table as bytes in an export format (`csv`, `parquet`, `ipc`, `ipc_stream`,
    /// `json`).
    #[napi(catch_unwind)]
    pub fn export(&self, format: String) -> Result<Buffer> {
        core((|| {
            let format: ExportFormat = format.parse()?;
            let mut buf = Vec::new();
            export(&self.frame, format, &mut buf)?;
            Ok(buf)
        })())
        .map(Buffer::from)
    }

    /// The table as text, as polars prints it.
    #[napi]
    pub fn text(&self) -> String {
        self.frame.to_string()
    }
}
