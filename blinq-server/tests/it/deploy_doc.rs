//! docs/deploy.md's "A trial on one machine", run as written: a PostgreSQL server and an
//! S3-compatible server from the repository's scripts, two `blinq serve` replicas on them,
//! an upload through one and a query through the other. Only the ports and the services'
//! directories differ (free ports and temporary directories, so it runs beside other tests).
//! Expected: palmerpenguins has 344 rows.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::free_port;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The shell block under "## A trial on one machine".
fn trial() -> String {
    let doc = std::fs::read_to_string(repo().join("docs/deploy.md")).unwrap();
    let section = &doc[doc
        .find("## A trial on one machine")
        .expect("docs/deploy.md has the trial section")..];
    let start = section.find("```sh\n").expect("a sh block") + "```sh\n".len();
    let end = start + section[start..].find("```").unwrap();
    section[start..end].to_string()
}

#[test]
fn the_deploy_trial_runs_as_written() {
    let script = trial();
    assert!(
        script.contains(":8001") && script.contains(":8002"),
        "{script}"
    );
    let (a, b) = (free_port(), free_port());
    let script = script
        .replace("8001", &a.to_string())
        .replace("8002", &b.to_string());

    let work = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(repo().join("blinq-core"), work.path().join("blinq-core")).unwrap();
    std::os::unix::fs::symlink(repo().join("scripts"), work.path().join("scripts")).unwrap();
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_blinq")).parent().unwrap();
    let path = format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap());
    let services = [
        ("BLINQ_PG_PORT", free_port().to_string()),
        ("BLINQ_PG_DIR", work.path().join("pg").display().to_string()),
        ("BLINQ_S3_PORT", free_port().to_string()),
        ("BLINQ_S3_DIR", work.path().join("s3").display().to_string()),
    ];
    let out = Command::new("bash")
        .args(["-euo", "pipefail", "-c"])
        .arg(&script)
        .current_dir(work.path())
        .env("PATH", path)
        .envs(services.clone())
        .env("RUST_LOG", "warn")
        .env_remove("BLINQ_CATALOG")
        .env_remove("BLINQ_STORE")
        .env_remove("BLINQ_JWT_SECRET")
        .env_remove("BLINQ_DATA_DIR")
        .env_remove("BLINQ_KAFKA_BROKERS")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let logs: String = ["trial-a.log", "trial-b.log"]
        .iter()
        .map(|f| std::fs::read_to_string(work.path().join(f)).unwrap_or_default())
        .collect();
    if !out.status.success() {
        // Leave nothing running when the script stopped half-way.
        for script in ["s3.sh", "postgres.sh"] {
            let _ = Command::new("bash")
                .arg(repo().join("scripts").join(script))
                .arg("stop")
                .envs(services.clone())
                .status();
        }
    }
    assert!(
        out.status.success(),
        "the trial failed: {}\n{stdout}\n{logs}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("\"rows\":[[344]]"), "{stdout}");
    // The replicas kept no data file of their own: the Parquet file is in the bucket.
    let local: Vec<_> = std::fs::read_dir(work.path().join("trial/a/datasets"))
        .unwrap()
        .collect();
    assert!(local.is_empty());
    let bucket = work.path().join("s3/data/blinq/trial/datasets");
    assert_eq!(
        std::fs::read_dir(&bucket).unwrap().count(),
        1,
        "{}",
        bucket.display()
    );
}
