//! `blinq migrate`: copy an embedded deployment (the SQLite catalog and the files in a data
//! directory) into a shared one: the catalog into PostgreSQL and, with `--store`, the files
//! into a bucket, so servers with `--catalog` (and `--store`) take over the same datasets
//! and plots. Files go first, then the rows (put-then-commit, as in the server).
//!
//! Resumable: a file already in the bucket with the same size is not sent again and rows
//! already in the catalog are left alone, so a run that stopped half-way is finished by
//! running it again. Verified: every file is read back from the bucket and its SHA-256
//! compared with the original's, and every row is read back from the catalog and compared
//! field by field.

use std::collections::HashMap;
use std::path::Path;

use super::catalog::{self, Catalog, Entry};
use super::objects::{Objects, file_checksum};
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
    /// Files in the bucket, each verified by its checksum (0 without `--store`).
    pub files: usize,
    /// Files this run sent (the others were there already).
    pub sent: usize,
}

/// Copy every dataset and plot of the deployment in `data_dir` to the catalog at `to` and,
/// when `files` names a bucket, their files there; then check that the target holds each of
/// them unchanged.
pub fn copy_deployment(data_dir: &Path, to: &str, files: Option<&str>) -> StoreResult<Copied> {
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
    let (files, sent) = match files.map(str::trim).filter(|f| !f.is_empty()) {
        Some(url) => {
            let scratch = tempfile::tempdir()?;
            let bucket = Objects::s3(url, scratch.path(), 0)?;
            copy_files(source.as_ref(), data_dir, &bucket)?
        }
        None => (0, 0),
    };
    Ok(Copied {
        files,
        sent,
        ..copy(source.as_ref(), target.as_ref())?
    })
}

/// Send every file `source` names from `data_dir` to `bucket` (unless there already with
/// the same size), then read each back and compare checksums; returns (files, sent).
pub fn copy_files(
    source: &dyn Catalog,
    data_dir: &Path,
    bucket: &Objects,
) -> StoreResult<(usize, usize)> {
    let files = source.files()?;
    let mut sent = 0;
    let mut checksums = Vec::with_capacity(files.len());
    for (what, key) in &files {
        let local = data_dir.join(key);
        let size = std::fs::metadata(&local)
            .map_err(|e| {
                StoreError::Config(format!(
                    "{what}'s file {} cannot be read: {e}",
                    local.display()
                ))
            })?
            .len();
        if bucket.size(key)? != Some(size) {
            bucket.upload(key, &local)?;
            sent += 1;
        }
        checksums.push((key, file_checksum(&local)?));
    }
    let differ: Vec<&str> = checksums
        .iter()
        .filter(|(key, sum)| bucket.checksum(key).ok().as_ref() != Some(sum))
        .map(|(key, _)| key.as_str())
        .collect();
    if !differ.is_empty() {
        return Err(StoreError::Config(format!(
            "{} files in {} differ from the originals after the copy (run migrate again): {}",
            differ.len(),
            bucket.describe(),
            differ.join(", ")
        )));
    }
    Ok((files.len(), sent))
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
        ..Copied::default()
    })
}

/// `dataset <id>` or `plot <id>`.
fn key(entry: &Entry) -> String {
    match entry {
        Entry::Dataset { meta, .. } => format!("dataset {}", meta.id),
        Entry::Plot { meta, .. } => format!("plot {}", meta.id),
    }
}
