//! Clean-up when a server opens its store: whatever a crash left behind — temporary files,
//! uploads and results in `tmp/`, data files whose catalog row was never written or already
//! deleted, this replica's cached copies of deleted datasets — is removed; catalog rows
//! whose file is missing are reported.
//!
//! Several servers may share one directory (replicas with Kafka or PostgreSQL). Each holds
//! a shared lock on `.lock` while it runs. A server that gets the lock exclusively is alone
//! and removes every leftover; otherwise the others may be mid-write, so only leftovers
//! untouched for an hour are removed. Files in a bucket are always treated as shared.

use std::collections::HashSet;
use std::fs::{self, File, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::catalog::Catalog;
use super::{Objects, StoreResult, private_file};

/// With other servers on the directory, files younger than this may be theirs, in flight.
const IN_FLIGHT: Duration = Duration::from_secs(3600);

/// What the clean-up at start found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recovery {
    /// Whether this server was alone on the directory (so every leftover was removed).
    pub alone: bool,
    /// Leftover files removed.
    pub removed: Vec<PathBuf>,
    /// Catalog entries whose file is missing, as `dataset <id>` or `plot <id>`.
    pub missing: Vec<String>,
}

/// Take the directory's lock (shared, once the clean-up is done) and clean up.
pub(super) fn on_open(
    root: &Path,
    catalog: &dyn Catalog,
    objects: &Objects,
) -> StoreResult<(File, Recovery)> {
    let path = root.join(".lock");
    private_file(&path)?;
    let lock = File::options().read(true).write(true).open(&path)?;
    let alone = match lock.try_lock() {
        Ok(()) => true,
        Err(TryLockError::WouldBlock) => false,
        Err(TryLockError::Error(e)) => return Err(e.into()),
    };
    let recovery = sweep(root, catalog, objects, alone)?;
    if alone {
        lock.unlock()?;
    }
    lock.lock_shared()?;
    Ok((lock, recovery))
}

fn sweep(
    root: &Path,
    catalog: &dyn Catalog,
    objects: &Objects,
    alone: bool,
) -> StoreResult<Recovery> {
    let files = catalog.files()?;
    let known: HashSet<&str> = files.iter().map(|(_, f)| f.as_str()).collect();
    let min_age = |alone: bool| if alone { Duration::ZERO } else { IN_FLIGHT };
    let mut recovery = Recovery {
        alone,
        ..Recovery::default()
    };
    // Uploads and results in flight are this directory's, whoever holds the files.
    for entry in fs::read_dir(root.join("tmp"))? {
        let entry = entry?;
        let meta = entry.metadata()?;
        if meta.is_file() && age(&meta) >= min_age(alone) {
            remove(entry.path(), &mut recovery)?;
        }
    }
    // In a bucket, other servers may be writing whether or not they share this directory.
    let objects_alone = alone && objects.is_local();
    let mut present = HashSet::new();
    for prefix in ["datasets/", "plots/"] {
        for object in objects.list(prefix)? {
            if known.contains(object.key.as_str()) {
                present.insert(object.key);
            } else if object.age >= min_age(objects_alone) {
                objects.delete(&object.key)?;
                recovery.removed.push(PathBuf::from(object.key));
            }
        }
        for (path, age) in objects.staging_files(prefix)? {
            if age >= min_age(objects_alone) {
                remove(path, &mut recovery)?;
            }
        }
    }
    for copy in objects.cached()? {
        let in_flight = !alone && copy.key.contains("/.tmp-");
        if !known.contains(copy.key.as_str()) && !in_flight {
            remove(copy.path, &mut recovery)?;
        }
    }
    let mut missing: Vec<String> = files
        .iter()
        .filter(|(_, file)| !present.contains(file.as_str()))
        .map(|(what, _)| what.clone())
        .collect();
    missing.dedup();
    recovery.missing = missing;
    Ok(recovery)
}

fn remove(path: PathBuf, recovery: &mut Recovery) -> StoreResult<()> {
    match fs::remove_file(&path) {
        Ok(()) => recovery.removed.push(path),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e.into()),
    }
    Ok(())
}

fn age(meta: &fs::Metadata) -> Duration {
    meta.modified()
        .ok()
        .and_then(|m| SystemTime::now().duration_since(m).ok())
        .unwrap_or(Duration::ZERO)
}
