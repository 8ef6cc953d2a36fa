//! A real PostgreSQL server for tests (Debian's packages, started by `scripts/postgres.sh`;
//! `scripts/test.sh` starts one and sets `BLINQ_TEST_POSTGRES`): a fresh database on the
//! shared one, or a server of a test's own to stop and start.

use std::path::Path;
use std::process::Command;

/// The server's URL: `BLINQ_TEST_POSTGRES`, else the one `scripts/postgres.sh start` runs.
pub fn server_url() -> String {
    if let Ok(url) = std::env::var("BLINQ_TEST_POSTGRES") {
        return url;
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/postgres.sh");
    let started = Command::new("bash")
        .arg(&script)
        .arg("start")
        .status()
        .unwrap();
    assert!(started.success(), "scripts/postgres.sh start failed");
    let out = Command::new("bash")
        .arg(&script)
        .arg("url")
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// A new, empty database on the server; its URL.
pub fn fresh_database() -> String {
    let url = server_url();
    let name = format!("t_{}", uuid::Uuid::new_v4().simple());
    let admin = url.clone();
    let create = name.clone();
    std::thread::spawn(move || {
        let mut client = postgres::Client::connect(&admin, postgres::NoTls).unwrap();
        client
            .batch_execute(&format!("CREATE DATABASE {create}"))
            .unwrap();
    })
    .join()
    .unwrap();
    let base = url.rsplit_once('/').unwrap().0;
    format!("{base}/{name}")
}

/// Rows of `sql` (one text or integer column) on the catalog at `url`.
pub fn column(url: &str, sql: &str) -> Vec<String> {
    let (url, sql) = (url.to_string(), sql.to_string());
    std::thread::spawn(move || {
        let mut client = postgres::Client::connect(&url, postgres::NoTls).unwrap();
        client
            .query(&sql, &[])
            .unwrap()
            .iter()
            .map(|r| {
                r.try_get::<_, String>(0)
                    .or_else(|_| r.try_get::<_, i64>(0).map(|n| n.to_string()))
                    .or_else(|_| r.try_get::<_, i32>(0).map(|n| n.to_string()))
                    .unwrap()
            })
            .collect()
    })
    .join()
    .unwrap()
}

/// A PostgreSQL server of this test's own (so stopping it disturbs no other test).
pub struct OwnPostgres {
    pub port: u16,
    pub dir: tempfile::TempDir,
}

impl OwnPostgres {
    pub fn script(&self, action: &str) -> std::process::Output {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/postgres.sh");
        let out = Command::new("bash")
            .arg(script)
            .arg(action)
            .env("BLINQ_PG_PORT", self.port.to_string())
            .env("BLINQ_PG_DIR", self.dir.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "postgres.sh {action}: {out:?}");
        out
    }

    pub fn start() -> OwnPostgres {
        let port = super::free_port();
        let own = OwnPostgres {
            port,
            dir: tempfile::tempdir().unwrap(),
        };
        own.script("start");
        own
    }

    pub fn url(&self) -> String {
        String::from_utf8(self.script("url").stdout)
            .unwrap()
            .trim()
            .to_string()
    }
}

impl Drop for OwnPostgres {
    fn drop(&mut self) {
        self.script("stop");
    }
}
