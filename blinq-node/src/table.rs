//! `Table`: a result, as plain objects, Arrow IPC, CSV or Parquet.

use blinq_core::dataset::{ExportFormat, dtype_name, export, table_json};
use blinq_core::polars::prelude::DataFrame;
use napi::bindgen_prelude::Buffer;
use napi_derive::napi;
use serde_json::{Map, Value};

use crate::dataset::Column;
use crate::error::{Result, guarded};

/// A table of results (a query, `describe()`, `head()`, an answer's data).
#[napi]
#[derive(Debug, Clone)]
pub struct Table {
    frame: DataFrame,
    truncated: bool,
}

impl Table {
    pub fn new(frame: DataFrame, truncated: bool) -> Self {
        Table { frame, truncated }
    }

    fn bytes(&self, format: ExportFormat) -> Result<Vec<u8>> {
        guarded(|| {
            let mut buf = Vec::new();
            export(&self.frame, format, &mut buf)?;
            Ok(buf)
        })
    }
}

#[napi]
impl Table {
    /// Column names, in order.
    #[napi(getter)]
    pub fn columns(&self) -> Vec<String> {
        self.frame
            .get_column_names()
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    /// The columns with their types.
    #[napi(getter)]
    pub fn schema(&self) -> Vec<Column> {
        self.frame
            .columns()
            .iter()
            .map(|c| Column {
                name: c.name().to_string(),
                dtype: dtype_name(c.dtype()),
            })
            .collect()
    }

    /// `[rows, columns]`.
    #[napi(getter, ts_return_type = "[number, number]")]
    pub fn shape(&self) -> Vec<u32> {
        vec![self.frame.height() as u32, self.frame.width() as u32]
    }

    /// Whether the query had more rows than were returned (the row cap was hit).
    #[napi(getter)]
    pub fn truncated(&self) -> bool {
        self.truncated
    }

    /// One plain object per row, `{column: value}`. Numbers are numbers (64-bit integers
    /// beyond 2^53 lose precision), dates ISO strings, nulls `null`.
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

    /// `{columns, rows}` with `rows` as arrays of values: the same JSON the server and
    /// `blinq query --json` give. `JSON.stringify(table)` uses it.
    #[napi(
        js_name = "toJSON",
        ts_return_type = "{ columns: string[]; rows: unknown[][] }"
    )]
    pub fn to_json(&self) -> Result<Value> {
        guarded(|| {
            serde_json::to_value(table_json(&self.frame))
                .map_err(|e| blinq_core::BlinqError::Query(e.to_string()))
        })
    }

    /// The table in the Arrow IPC stream format, for `tableFromIPC` of the `apache-arrow`
    /// package (or any Arrow reader).
    #[napi(js_name = "toArrowIPC")]
    pub fn to_arrow_ipc(&self) -> Result<Buffer> {
        self.bytes(ExportFormat::IpcStream).map(Buffer::from)
    }

    /// The table as CSV text with a header row (cells that a spreadsheet would run as a
    /// formula are escaped with a leading `'`).
    #[napi(js_name = "toCSV")]
    pub fn to_csv(&self) -> Result<String> {
        let bytes = self.bytes(ExportFormat::Csv)?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// The table as Parquet bytes (zstd).
    #[napi]
    pub fn to_parquet(&self) -> Result<Buffer> {
        self.bytes(ExportFormat::Parquet).map(Buffer::from)
    }

    /// A text rendering of the table, for logs and the REPL.
    #[napi]
    #[allow(clippy::inherent_to_string)]
    pub fn to_string(&self) -> String {
        format!("{}", self.frame)
    }
}
