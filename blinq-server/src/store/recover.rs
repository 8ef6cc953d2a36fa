//! Clean-up when a server opens its data directory: whatever a crash left behind —
//! temporary files, uploads and results in `tmp/`, data files whose catalog row was never
//! written or already deleted — is removed; catalog rows whose file is missing are
//! reported.
//!
//! Several servers may share one directory (replicas with Kafka). Each holds a shared lock
//! on `.lock` while it runs. A server that gets the lock exclusively is alone and removes
//! every leftover; otherwise the others may be mid-write, so only leftovers untouched for
//! an hour are removed.

use std::collections::HashSet;
use std::fs::{self, File, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::StoreResult;
use super::catalog::Catalog;
use super::private_file;

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
pub(super) fn on_open(root: &Path, catalog: &dyn Catalog) -> StoreResult<(File, Recovery)> {
    let path = root.join(".lock");
    private_file(&path)?;
    let lock = File::options().read(true).write(true).open(&path)?;
    let alone = match lock.try_lock() {
        Ok(()) => true,
        Err(TryLockError::WouldBlock) => false,
        Err(TryLockError::Error(e)) => return Err(e.into()),
    };
    let recovery = sweep(root, catalog, alone)?;
    if alone {
        lock.unlock()?;
    }
    lock.lock_shared()?;
    Ok((lock, recovery))
}

fn sweep(root: &Path, catalog: &dyn Catalog, alone: bool) -> StoreResult<Recovery> {
    let files = catalog.files()?;
    let known: HashSet<&str> = files.iter().map(|(_, f)| f.as_str()).collect();
    let min_age = if alone { Duration::ZERO } else { IN_FLIGHT };
    let mut recovery = Recovery {
        alone,
        ..Recovery::default()
    };
    for dir in ["datasets", "plots", "tmp"] {
        for entry in fs::read_dir(root.join(dir))? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if known.contains(format!("{dir}/{name}").as_str()) {
                continue;
            }
            let meta = entry.metadata()?;
            if !meta.is_file() || age(&meta) < min_age {
                continue;
            }
            match fs::remove_file(entry.path()) {
                Ok(()) => recovery.removed.push(entry.path()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e.into()),
            }
        }
    }
    let mut missing: Vec<String> = files
        .iter()
        .filter(|(_, file)| !root.join(file).exists())
        .map(|(what, _)| what.clone())
        .collect();
    missing.dedup();
    recovery.missing = missing;
    Ok(recovery)
}

fn age(meta: &fs::Metadata) -> Duration {
    meta.modified()
        .ok()
        .and_then(|m| SystemTime::now().duration_since(m).ok())
        .unwrap_or(Duration::ZERO)
}
