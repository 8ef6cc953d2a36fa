//! A scanned file written out as Parquet batch by batch, never held whole: how a large
//! upload becomes a stored dataset.

use std::sync::{Arc, Mutex};

use polars::prelude::*;

use super::scan::LazyDataset;
use crate::error::{BlinqError, Result, polars_message};

/// Rows gathered before they are written as one row group.
const ROW_GROUP_ROWS: usize = 1 << 18;

/// What is being written: the Parquet writer, the rows not yet written, and how many rows
/// have gone through.
struct Sink {
    writer: polars::io::parquet::write::BatchedWriter<std::fs::File>,
    pending: Vec<DataFrame>,
    pending_rows: usize,
    rows: u64,
}

impl Sink {
    fn take(&mut self, batch: DataFrame) -> PolarsResult<()> {
        self.rows += batch.height() as u64;
        self.pending_rows += batch.height();
        self.pending.push(batch);
        if self.pending_rows >= ROW_GROUP_ROWS {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> PolarsResult<()> {
        let mut batches = std::mem::take(&mut self.pending).into_iter();
        self.pending_rows = 0;
        let Some(mut group) = batches.next() else {
            return Ok(());
        };
        for batch in batches {
            group.vstack_mut_owned(batch)?;
        }
        group.rechunk_mut();
        self.writer.write_batch(&group)
    }
}

impl LazyDataset {
    /// Write every row of the scan to `file` as Parquet (zstd, as
    /// [`export`](super::export) writes it), in row groups of 262,144 rows, with polars'
    /// streaming engine: the table is never held, only a row group's worth of rows. Returns
    /// the number of rows. On an error (a later row of a text file that breaks the types
    /// inferred from its first rows, say) the file is left part-written: the caller removes
    /// it.
    ///
    /// ```
    /// # fn main() -> blinq_core::Result<()> {
    /// use blinq_core::dataset::{LazyDataset, LoadOptions};
    ///
    /// let scan = LazyDataset::scan_path("tests/fixtures/penguins.csv", &LoadOptions::default())?
    ///     .expect("text without dates is scanned");
    /// let dir = tempfile::tempdir().unwrap();
    /// let path = dir.path().join("penguins.parquet");
    /// let rows = scan.sink_parquet(std::fs::File::create(&path).unwrap())?;
    /// assert_eq!(rows, 344);
    /// assert_eq!(blinq_core::Dataset::from_path(&path)?.row_count(), 344);
    /// # Ok(())
    /// # }
    /// ```
    pub fn sink_parquet(&self, file: std::fs::File) -> Result<u64> {
        let failed = |e: PolarsError| {
            BlinqError::parse(
                self.name(),
                format!("writing Parquet: {}", polars_message(&e)),
            )
        };
        let schema = self.lazy().collect_schema().map_err(failed)?;
        let writer = ParquetWriter::new(file)
            .with_compression(ParquetCompression::Zstd(None))
            .batched(&schema)
            .map_err(failed)?;
        let sink = Arc::new(Mutex::new(Sink {
            writer,
            pending: Vec::new(),
            pending_rows: 0,
            rows: 0,
        }));
        let feed = Arc::clone(&sink);
        let take = PlanCallback::new(move |batch: DataFrame| {
            let mut sink = feed
                .lock()
                .map_err(|_| polars_err!(ComputeError: "a batch writer panicked"))?;
            sink.take(batch)?;
            // Not done: keep the batches coming.
            Ok(false)
        });
        let read = |e: PolarsError| BlinqError::parse(self.name(), polars_message(&e));
        self.lazy()
            .sink_batches(take, true, None)
            .and_then(|plan| plan.collect_with_engine(Engine::Streaming))
            .map_err(read)?;
        let mut sink = sink
            .lock()
            .map_err(|_| BlinqError::Query("a batch writer panicked".into()))?;
        sink.flush().map_err(failed)?;
        sink.writer.finish().map_err(failed)?;
        Ok(sink.rows)
    }
}
