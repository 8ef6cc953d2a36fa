//! `blinq migrate --data-dir DIR --catalog postgres://… [--store s3://bucket/prefix]`: move
//! an embedded deployment's catalog to PostgreSQL and its files to a bucket (without
//! `--store` the files stay in DIR, which the servers then share).

use std::path::PathBuf;

use blinq_server::store::migrate::copy_deployment;
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
    /// The bucket to copy the files into (`s3://bucket/prefix`; endpoint and keys from the
    /// `AWS_*` variables); without it the files stay in the data directory.
    #[arg(long, env = "BLINQ_STORE")]
    pub store: Option<String>,
}

/// Copy, verify, and say what to run next.
pub fn run(args: MigrateArgs) -> Result<(), CliError> {
    let store = args.store.clone();
    let copied = std::thread::spawn(move || {
        copy_deployment(&args.data_dir, &args.catalog, args.store.as_deref())
    })
    .join()
    .map_err(|_| CliError::Usage("the copy panicked".into()))?
    .map_err(|e| CliError::Server(blinq_server::ApiError::Store(e)))?;
    if let Some(store) = &store {
        println!(
            "{} files in {store}; {} sent now, every file verified by its SHA-256",
            copied.files, copied.sent
        );
    }
    println!(
        "{} datasets and {} plots in the catalog; {} rows added now, every row verified",
        copied.datasets, copied.plots, copied.added
    );
    match &store {
        Some(store) => eprintln!(
            "next: blinq serve --catalog <the same URL> --store {store} (on every server; each \
             keeps its own --data-dir for temporary files and cached copies)"
        ),
        None => eprintln!(
            "next: blinq serve --data-dir <the same directory> --catalog <the same URL> \
             (every server sharing that directory)"
        ),
    }
    Ok(())
}
