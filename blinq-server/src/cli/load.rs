//! Loading the file named on the command line, with a spinner on a terminal.

use std::io::IsTerminal;
use std::path::Path;
use std::time::Duration;

use blinq_core::{Dataset, LoadOptions};
use indicatif::{ProgressBar, ProgressStyle};

/// Load `path`, showing a spinner on stderr when it is a terminal and the load takes more
/// than a moment; nothing is drawn when stderr is piped.
pub fn load_dataset(path: &Path) -> blinq_core::Result<Dataset> {
    with_spinner(path, || {
        Dataset::from_path_with(path, &LoadOptions::default())
    })
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
