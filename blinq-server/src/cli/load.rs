//! Loading the file named on the command line, with a spinner on a terminal.

use std::io::IsTerminal;
use std::path::Path;
use std::time::Duration;

use blinq_core::dataset::LazyDataset;
use blinq_core::{BlinqError, Dataset, Format, LoadOptions};
use indicatif::{ProgressBar, ProgressStyle};

/// Load `path`, showing a spinner on stderr when it is a terminal and the load takes more
/// than a moment; nothing is drawn when stderr is piped.
pub fn load_dataset(path: &Path) -> blinq_core::Result<Dataset> {
    with_spinner(path, || {
        Dataset::from_path_with(path, &LoadOptions::default())
    })
}

/// A Parquet file that takes more than this once loaded is scanned instead of loaded.
const SCAN_ABOVE_BYTES: u64 = 1 << 30;

/// A file loaded whole, or scanned because it is too large to load.
pub enum Source {
    /// Loaded.
    Loaded(Dataset),
    /// A Parquet file over [`SCAN_ABOVE_BYTES`] loaded, or over the loading limits.
    Scanned(Box<LazyDataset>),
}

/// Load `path`, or scan it when it is a Parquet file too large to load (see [`Source`]).
pub fn load_or_scan(path: &Path) -> blinq_core::Result<Source> {
    let scan = match Format::from_path(path) {
        Some(Format::Parquet) => LazyDataset::scan_path(path, &LoadOptions::default())?,
        _ => None,
    };
    match scan {
        Some(scan) if scan.in_memory_bytes().is_some_and(|b| b > SCAN_ABOVE_BYTES) => {
            Ok(Source::Scanned(Box::new(scan)))
        }
        Some(scan) => match load_dataset(path) {
            Err(BlinqError::Limit(_)) => Ok(Source::Scanned(Box::new(scan))),
            loaded => loaded.map(Source::Loaded),
        },
        None => load_dataset(path).map(Source::Loaded),
    }
}

/// Load only `columns` of `path` when it can be read by column (see
/// [`Dataset::from_path_columns`]), else all of it; with the spinner.
pub fn load_columns(path: &Path, columns: &[&str]) -> blinq_core::Result<Dataset> {
    with_spinner(path, || {
        Dataset::from_path_columns(path, &LoadOptions::default(), columns)
    })
}

fn with_spinner(
    path: &Path,
    load: impl FnOnce() -> blinq_core::Result<Dataset>,
) -> blinq_core::Result<Dataset> {
    let spinner = std::io::stderr().is_terminal().then(|| {
        let bar = ProgressBar::new_spinner();
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg} {elapsed}").expect("valid template"),
        );
        bar.set_message(format!("loading {}", path.display()));
        bar.enable_steady_tick(Duration::from_millis(120));
        bar
    });
    let result = load();
    if let Some(bar) = spinner {
        bar.finish_and_clear();
    }
    result
}
