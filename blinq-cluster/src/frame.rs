//! Arrow record batches from the cluster into a polars `DataFrame`.
//!
//! DataFusion's batches are arrow-rs arrays and polars has its own Arrow implementation, so
//! the batches cross as an Arrow IPC stream: written by arrow-rs, read by polars. Both follow
//! the Arrow format, types included (view strings, dates, timestamps with their zone,
//! decimals), and the copy is one pass over a result that the row cap keeps small.

use std::io::Cursor;

use blinq_core::BlinqError;
use datafusion::arrow::datatypes::SchemaRef;
use datafusion::arrow::ipc::writer::StreamWriter;
use datafusion::arrow::record_batch::RecordBatch;
use polars::prelude::{DataFrame, IpcStreamReader, SerReader};

use crate::Result;

/// The rows of `batches` (all of `schema`) as a polars `DataFrame`.
pub fn to_polars(schema: &SchemaRef, batches: &[RecordBatch]) -> Result<DataFrame> {
    let bad = |e: String| BlinqError::Query(format!("could not read the cluster's result: {e}"));
    let mut bytes = Vec::new();
    {
        let mut writer =
            StreamWriter::try_new(&mut bytes, schema).map_err(|e| bad(e.to_string()))?;
        for batch in batches {
            writer.write(batch).map_err(|e| bad(e.to_string()))?;
        }
        writer.finish().map_err(|e| bad(e.to_string()))?;
    }
    Ok(IpcStreamReader::new(Cursor::new(bytes))
        .finish()
        .map_err(|e| bad(e.to_string()))?)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use datafusion::arrow::array::{
        ArrayRef, Date32Array, Float64Array, Int64Array, StringArray, StringViewArray,
    };
    use datafusion::arrow::datatypes::{DataType, Field, Schema};
    use polars::prelude as pl;
    use polars::prelude::ChunkAgg;

    use super::*;

    #[test]
    fn columns_types_and_nulls_cross_unchanged() {
        let schema = Arc::new(Schema::new(vec![
            Field::new("k", DataType::Int64, true),
            Field::new("name", DataType::Utf8, true),
            Field::new("label", DataType::Utf8View, true),
            Field::new("x", DataType::Float64, true),
            Field::new("day", DataType::Date32, true),
        ]));
        let columns: Vec<ArrayRef> = vec![
            Arc::new(Int64Array::from(vec![Some(1), None, Some(3)])),
            Arc::new(StringArray::from(vec![Some("a"), Some("b"), None])),
            Arc::new(StringViewArray::from(vec![
                Some("a long label over twelve bytes"),
                None,
                Some("c"),
            ])),
            Arc::new(Float64Array::from(vec![Some(0.5), Some(1.5), None])),
            // 19723 days after 1970-01-01 is 2024-01-01.
            Arc::new(Date32Array::from(vec![Some(19723), None, Some(0)])),
        ];
        let batch = RecordBatch::try_new(schema.clone(), columns).unwrap();
        let frame = to_polars(&schema, &[batch.clone(), batch]).unwrap();
        assert_eq!(frame.shape(), (6, 5));
        let k = frame.column("k").unwrap().i64().unwrap();
        assert_eq!((k.get(0), k.get(1)), (Some(1), None));
        assert_eq!(k.sum(), Some(8));
        let label = frame.column("label").unwrap().str().unwrap();
        assert_eq!(label.get(0), Some("a long label over twelve bytes"));
        assert_eq!(frame.column("name").unwrap().null_count(), 2);
        let x = frame.column("x").unwrap().f64().unwrap();
        assert_eq!(x.sum(), Some(4.0));
        let day = frame.column("day").unwrap();
        assert_eq!(day.dtype(), &pl::DataType::Date);
        let days = day.cast(&pl::DataType::Int32).unwrap();
        assert_eq!(days.i32().unwrap().get(0), Some(19723));
    }

    #[test]
    fn an_empty_result_keeps_its_columns() {
        let schema = Arc::new(Schema::new(vec![Field::new("n", DataType::Int64, false)]));
        let frame = to_polars(&schema, &[]).unwrap();
        assert_eq!(frame.shape(), (0, 1));
        assert_eq!(frame.get_column_names()[0].as_str(), "n");
    }
}
