//! Arrow C stream interface: hand a table to any Arrow consumer (pyarrow, polars, pandas,
//! DuckDB, ...) without copying, and take one from any producer.
//!
//! This is the engine behind the Python binding's `__arrow_c_stream__` and `from_arrow`; it
//! lives here so every binding shares one implementation.

use polars::prelude::*;
use polars_arrow::array::{Array, StructArray};
use polars_arrow::datatypes::{ArrowDataType, Field};
use polars_arrow::ffi::{ArrowArrayStream, ArrowArrayStreamReader, export_iterator};

use crate::error::{BlinqError, Result, polars_message};

pub use polars_arrow::ffi::ArrowArrayStream as CArrowArrayStream;

/// Export `df` as an Arrow C stream of record batches (struct arrays), one per chunk.
///
/// The buffers are shared, not copied: the stream keeps them alive until the consumer
/// releases it. Text columns use Arrow's `string_view` layout, which polars ≥ 1.0,
/// pyarrow ≥ 16 and DuckDB read directly.
pub fn export_stream(df: &DataFrame) -> ArrowArrayStream {
    let mut df = df.clone();
    if df.should_rechunk() {
        df.rechunk_mut_par();
    }
    let compat = CompatLevel::newest();
    let fields: Vec<Field> = df
        .columns()
        .iter()
        .map(|c| c.field().to_arrow(compat))
        .collect();
    let struct_type = ArrowDataType::Struct(fields);
    let batches: Vec<Box<dyn Array>> = df
        .iter_chunks(compat, false)
        .map(|batch| {
            let height = batch.height();
            let arrays = batch.into_arrays();
            StructArray::new(struct_type.clone(), height, arrays, None).boxed()
        })
        .collect();
    let field = Field::new(PlSmallStr::EMPTY, struct_type, false);
    export_iterator(Box::new(batches.into_iter().map(Ok)), field)
}

/// Import a table from an Arrow C stream whose schema is a struct (a record-batch stream).
///
/// # Safety
/// `stream` must be a valid Arrow C stream, as produced by an `__arrow_c_stream__` method;
/// ownership passes to this function, which releases it.
pub unsafe fn import_stream(stream: ArrowArrayStream) -> Result<DataFrame> {
    let err = |e: PolarsError| BlinqError::parse("<arrow stream>", polars_message(&e));
    // SAFETY: the caller promises a valid stream.
    let mut reader = unsafe { ArrowArrayStreamReader::try_new(Box::new(stream)) }.map_err(err)?;
    let ArrowDataType::Struct(fields) = reader.field().dtype().clone() else {
        return Err(BlinqError::parse(
            "<arrow stream>",
            "expected a stream of record batches (a table), got a single column",
        ));
    };
    let mut out: Option<DataFrame> = None;
    // SAFETY: the reader was created from a valid stream.
    while let Some(array) = unsafe { reader.next() } {
        let array = array.map_err(err)?;
        let Some(batch) = array.as_any().downcast_ref::<StructArray>() else {
            return Err(BlinqError::parse(
                "<arrow stream>",
                "a batch was not a struct array",
            ));
        };
        let df = DataFrame::try_from(batch.clone()).map_err(err)?;
        match &mut out {
            None => out = Some(df),
            Some(acc) => {
                acc.vstack_mut_owned(df).map_err(err)?;
            }
        }
    }
    match out {
        Some(df) => Ok(df),
        None => {
            let columns = fields
                .iter()
                .map(|f| {
                    let dtype = DataType::from_arrow_field(f);
                    Column::new_empty(f.name.clone(), &dtype)
                })
                .collect();
            DataFrame::new(0, columns).map_err(err)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_the_c_stream() {
        let df = df! {
            "n" => [Some(1i64), None, Some(3)],
            "s" => ["a", "bb", "ccc"],
            "f" => [1.5, 2.5, f64::NAN],
        }
        .unwrap();
        let back = unsafe { import_stream(export_stream(&df)) }.unwrap();
        assert!(back.equals_missing(&df));
    }

    #[test]
    fn shares_buffers_instead_of_copying() {
        let df = df! { "n" => (0..1000i64).collect::<Vec<_>>() }.unwrap();
        let original = df
            .column("n")
            .unwrap()
            .i64()
            .unwrap()
            .downcast_iter()
            .next()
            .unwrap()
            .values()
            .as_ptr();
        let back = unsafe { import_stream(export_stream(&df)) }.unwrap();
        let imported = back
            .column("n")
            .unwrap()
            .i64()
            .unwrap()
            .downcast_iter()
            .next()
            .unwrap()
            .values()
            .as_ptr();
        assert_eq!(original, imported, "the values buffer was copied");
    }
}
