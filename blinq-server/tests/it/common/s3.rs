//! A real S3-compatible server for tests (S3Proxy on the filesystem, started by
//! `scripts/s3.sh`), of a test's own, so stopping it disturbs no other test.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The access key and secret `scripts/s3.sh` sets up.
pub const ACCESS_KEY: &str = "blinq-test";
pub const SECRET_KEY: &str = "blinq-test-secret";
/// The bucket it creates.
pub const BUCKET: &str = "blinq";

/// A running S3 server on a free loopback port, with its data in a temporary directory.
pub struct OwnS3 {
    pub port: u16,
    pub dir: tempfile::TempDir,
}

impl OwnS3 {
    /// Start one (fetching the server the first time).
    pub fn start() -> OwnS3 {
        let port = super::free_port();
        let own = OwnS3 {
            port,
            dir: tempfile::tempdir().unwrap(),
        };
        own.script("start");
        own
    }

    /// Run `scripts/s3.sh <action>` for this server; fails the test when it fails.
    pub fn script(&self, action: &str) -> std::process::Output {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/s3.sh");
        let out = Command::new("bash")
            .arg(script)
            .arg(action)
            .env("BLINQ_S3_PORT", self.port.to_string())
            .env("BLINQ_S3_DIR", self.dir.path())
            .env("BLINQ_S3_BUCKET", BUCKET)
            .env("BLINQ_S3_ACCESS_KEY", ACCESS_KEY)
            .env("BLINQ_S3_SECRET_KEY", SECRET_KEY)
            .output()
            .unwrap();
        assert!(out.status.success(), "s3.sh {action}: {out:?}");
        out
    }

    /// The `AWS_*` settings a `blinq` process needs to reach it.
    pub fn env(&self) -> Vec<(String, String)> {
        [
            ("AWS_ACCESS_KEY_ID", ACCESS_KEY.to_string()),
            ("AWS_SECRET_ACCESS_KEY", SECRET_KEY.to_string()),
            ("AWS_REGION", "us-east-1".to_string()),
            ("AWS_ENDPOINT", format!("http://127.0.0.1:{}", self.port)),
            ("AWS_ALLOW_HTTP", "true".to_string()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
    }

    /// Where the server keeps the object `key` of the bucket on disk (S3Proxy's filesystem
    /// backend: one file per object), to check what it holds without going through blinq.
    pub fn object_file(&self, key: &str) -> PathBuf {
        self.dir.path().join("data").join(BUCKET).join(key)
    }
}

impl Drop for OwnS3 {
    fn drop(&mut self) {
        self.script("stop");
    }
}
