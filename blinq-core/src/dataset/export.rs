//! Writing tables out: JSON (columns + rows), CSV, Parquet and Arrow IPC.

use std::io::Write;

use polars::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::TableJson;
use crate::error::{BlinqError, Result, polars_message};

/// An output format for a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    /// `{"columns": [...], "rows": [[...]]}`.
    Json,
    /// Comma-separated text with a header, formula cells escaped for spreadsheets.
    Csv,
    /// Apache Parquet (zstd).
    Parquet,
    /// Arrow IPC file format.
    Ipc,
    /// Arrow IPC stream format (what `apache-arrow`'s `tableFromIPC` and
    /// `pyarrow.ipc.open_stream` read).
    IpcStream,
}

impl ExportFormat {
    /// The lowercase name: `json`, `csv`, `parquet`, `ipc` or `ipc_stream`.
    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
            ExportFormat::Csv => "csv",
            ExportFormat::Parquet => "parquet",
            ExportFormat::Ipc => "ipc",
            ExportFormat::IpcStream => "ipc_stream",
        }
    }
}

impl std::fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for ExportFormat {
    type Err = BlinqError;

    /// `json`, `csv`, `parquet`, `ipc` (also `arrow`, `feather`) or `ipc_stream` (also
    /// `ipc-stream`, `arrow_stream`), any case.
    fn from_str(text: &str) -> Result<Self> {
        crate::names::parse_name(
            "export format",
            &text.replace('-', "_"),
            &[
                ("json", ExportFormat::Json),
                ("csv", ExportFormat::Csv),
                ("parquet", ExportFormat::Parquet),
                ("ipc", ExportFormat::Ipc),
                ("arrow", ExportFormat::Ipc),
                ("feather", ExportFormat::Ipc),
                ("ipc_stream", ExportFormat::IpcStream),
                ("arrow_stream", ExportFormat::IpcStream),
            ],
        )
    }
}

/// Write `df` to `writer` in `format`.
pub fn export(df: &DataFrame, format: ExportFormat, mut writer: impl Write) -> Result<()> {
    let mut df = df.clone();
    let write_err =
        |e: PolarsError| BlinqError::Query(format!("export failed: {}", polars_message(&e)));
    match format {
        ExportFormat::Json => serde_json::to_writer(&mut writer, &table_json(&df))
            .map_err(|e| BlinqError::Query(format!("export failed: {e}"))),
        ExportFormat::Csv => {
            let mut guarded = guard_formulas(&df)?;
            CsvWriter::new(&mut writer)
                .include_header(true)
                .finish(&mut guarded)
                .map_err(write_err)
        }
        ExportFormat::Parquet => ParquetWriter::new(&mut writer)
            .with_compression(ParquetCompression::Zstd(None))
            .finish(&mut df)
            .map(|_| ())
            .map_err(write_err),
        ExportFormat::Ipc => IpcWriter::new(&mut writer)
            .finish(&mut df)
            .map_err(write_err),
        ExportFormat::IpcStream => IpcStreamWriter::new(&mut writer)
            .finish(&mut df)
            .map_err(write_err),
    }
}

/// Escape text cells that a spreadsheet would run as a formula (those starting with `=`,
/// `+`, `-`, `@`, tab or carriage return) by prefixing a single quote, as OWASP advises.
/// Numbers are left alone: a negative number is not a formula.
fn guard_formulas(df: &DataFrame) -> Result<DataFrame> {
    let mut out = df.clone();
    for column in df.columns() {
        let Ok(ca) = column.str() else { continue };
        let risky = |s: &str| s.starts_with(['=', '+', '-', '@', '\t', '\r']);
        if !ca.iter().flatten().any(risky) {
            continue;
        }
        let escaped: StringChunked = ca
            .iter()
            .map(|v| {
                v.map(|s| {
                    if risky(s) {
                        format!("'{s}")
                    } else {
                        s.to_string()
                    }
                })
            })
            .collect();
        let escaped = escaped.with_name(column.name().clone());
        out.replace(column.name(), escaped.into_column())
            .map_err(|e| BlinqError::Query(polars_message(&e)))?;
    }
    Ok(out)
}

/// The table as JSON columns and rows.
pub fn table_json(df: &DataFrame) -> TableJson {
    let columns: Vec<String> = df
        .get_column_names()
        .iter()
        .map(|s| s.to_string())
        .collect();
    let values: Vec<Vec<Value>> = df.columns().iter().map(column_values).collect();
    let rows = (0..df.height())
        .map(|i| {
            values
                .iter()
                .map(|c| c.get(i).cloned().unwrap_or(Value::Null))
                .collect()
        })
        .collect();
    TableJson { columns, rows }
}

fn column_values(column: &Column) -> Vec<Value> {
    let s = column.as_materialized_series();
    let dtype = s.dtype();
    let nulls = || vec![Value::Null; s.len()];
    if dtype.is_bool() {
        return s
            .bool()
            .map(|ca| {
                ca.iter()
                    .map(|v| v.map_or(Value::Null, Value::Bool))
                    .collect()
            })
            .unwrap_or_else(|_| nulls());
    }
    if dtype.is_integer() {
        if matches!(dtype, DataType::UInt64)
            && let Ok(ca) = s.u64()
        {
            return ca
                .iter()
                .map(|v| v.map_or(Value::Null, Value::from))
                .collect();
        }
        return match s.cast(&DataType::Int64) {
            Ok(c) => c
                .i64()
                .map(|ca| {
                    ca.iter()
                        .map(|v| v.map_or(Value::Null, Value::from))
                        .collect()
                })
                .unwrap_or_else(|_| nulls()),
            Err(_) => nulls(),
        };
    }
    if dtype.is_float() {
        return match s.cast(&DataType::Float64) {
            Ok(c) => c
                .f64()
                .map(|ca| {
                    ca.iter()
                        .map(|v| {
                            v.and_then(serde_json::Number::from_f64)
                                .map_or(Value::Null, Value::Number)
                        })
                        .collect()
                })
                .unwrap_or_else(|_| nulls()),
            Err(_) => nulls(),
        };
    }
    let text = match dtype {
        DataType::Date => format_temporal(s, "%Y-%m-%d"),
        DataType::Datetime(_, None) => format_temporal(s, "%Y-%m-%dT%H:%M:%S%.f"),
        DataType::Datetime(_, Some(_)) => format_temporal(s, "%Y-%m-%dT%H:%M:%S%.f%:z"),
        _ => s.cast(&DataType::String).ok(),
    };
    match text {
        Some(t) => match t.str() {
            Ok(ca) => ca
                .iter()
                .map(|v| v.map_or(Value::Null, |s| Value::String(s.into())))
                .collect(),
            Err(_) => nulls(),
        },
        // Types without a string cast (lists, structs): their display form.
        None => s
            .iter()
            .map(|v| {
                if v.is_null() {
                    Value::Null
                } else {
                    Value::String(v.to_string())
                }
            })
            .collect(),
    }
}

fn format_temporal(s: &Series, fmt: &str) -> Option<Series> {
    let df = DataFrame::new_infer_height(vec![s.clone().into_column()]).ok()?;
    let out = df
        .lazy()
        .select([col(s.name().clone()).dt().to_string(fmt)])
        .collect()
        .ok()?;
    out.columns()
        .first()
        .map(|c| c.as_materialized_series().clone())
}
