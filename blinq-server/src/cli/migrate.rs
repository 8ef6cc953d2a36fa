//! `blinq migrate --data-dir DIR --catalog postgres://…`: move an embedded deployment's
//! catalog to PostgreSQL (the files stay in DIR, which the servers then share).

use std::path::PathBuf;

use blinq_server::store::migrate::copy_catalog;
use clap::Args;

use super::CliError;

/// Flags of `blinq migrate`.
#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// The data directory of the embedded deployment (its `catalog.sqlite3` is read).
    #[arg(long, env = "BLINQ_DATA_DIR", default_value = "blinq-data")]
    pub data_dir: PathBuf,
    /// The PostgreSQL catalog to copy into (`postgres://user:password@host:5432/db`).
    #[arg(long, env = "BLINQ_CATALOG")]
    pub catalog: String,
}

/// Copy, verify, and say what to run next.
pub fn run(args: MigrateArgs) -> Result<(), CliError> {
    let copied = std::thread::spawn(move || copy_catalog(&args.data_dir, &args.catalog))
        .join()
        .map_err(|_| CliError::Usage("the copy panicked".into()))?
        .map_err(|e| CliError::Server(blinq_server::ApiError::Store(e)))?;
    println!(
        "{} datasets and {} plots in the catalog; {} rows added now, every row verified",
        copied.datasets, copied.plots, copied.added
    );
    eprintln!(
        "next: blinq serve --data-dir <the same directory> --catalog <the same URL> \
         (every server sharing that directory)"
    );
    Ok(())
}
