//! `blinq migrate`: copy the catalog of an embedded deployment (the SQLite file in a data
//! directory) into another catalog (PostgreSQL), so servers with `--catalog` take over the
//! same datasets and plots. Resumable: rows already there are left alone, so a run that
//! stopped half-way is finished by running it again. Verified: every row of the source is
//! read back from the target and compared, field by field.

use std::collections::HashMap;
use std::path::Path;

use super::catalog::{self, Catalog, Entry};
use super::{StoreError, StoreResult};

/// What a copy did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Copied {
    /// Datasets and plots in the source.
    pub datasets: usize,
    /// Plots in the source.
    pub plots: usize,
    /// Rows this run added to the target (the others were there already).
    pub added: usize,
}

/// Copy every dataset and plot of the SQLite catalog in `data_dir` to the catalog at `to`,
/// then check that the target holds each of them unchanged.
pub fn copy_catalog(data_dir: &Path, to: &str) -> StoreResult<Copied> {
    if !data_dir.join(catalog::sqlite::CATALOG).is_file() {
        return Err(StoreError::Config(format!(
            "{} has no {}: nothing to migrate (is it the --data-dir of a blinq serve?)",
            data_dir.display(),
            catalog::sqlite::CATALOG
        )));
    }
    if !catalog::is_postgres(to) {
        return Err(StoreError::Config(format!(
            "migrate copies to a PostgreSQL catalog (postgres://…), not `{}`",
            catalog::redact(to)
        )));
    }
    let source = catalog::open(None, data_dir)?;
    let target = catalog::open(Some(to), data_dir)?;
    copy(source.as_ref(), target.as_ref())
}

/// Copy `source`'s rows into `target` and verify them.
pub fn copy(source: &dyn Catalog, target: &dyn Catalog) -> StoreResult<Copied> {
    let entries = source.entries()?;
    let added = target.insert_missing(&entries)?;
    let there = target.entries()?;
    let there: HashMap<String, &Entry> = there.iter().map(|e| (key(e), e)).collect();
    let differ: Vec<String> = entries
        .iter()
        .filter(|e| there.get(&key(e)) != Some(e))
        .map(key)
        .collect();
    if !differ.is_empty() {
        return Err(StoreError::Config(format!(
            "{} rows differ in {} after the copy (another entry with the same id?): {}",
            differ.len(),
            target.describe(),
            differ.join(", ")
        )));
    }
    let plots = entries
        .iter()
        .filter(|e| matches!(e, Entry::Plot { .. }))
        .count();
    Ok(Copied {
        datasets: entries.len() - plots,
        plots,
        added,
    })
}

/// `dataset <id>` or `plot <id>`.
fn key(entry: &Entry) -> String {
    match entry {
        Entry::Dataset { meta, .. } => format!("dataset {}", meta.id),
        Entry::Plot { meta, .. } => format!("plot {}", meta.id),
    }
}
