//! The README's "Try it" walkthrough, run as written: `blinq serve` with no flags but a data
//! dir and a port prints a token, and the README's curl block (upload, describe, query, CSV,
//! plot, ask) works with it. Expected values: penguins.csv has 124 rows on Dream island, and
//! the Adelie mean body mass over its 151 non-NA values is 3700.66 (Python's statistics).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The shell block that follows the "Copy the `export` line" paragraph under "## Try it".
fn walkthrough() -> String {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let section = &readme[readme
        .find("## Try it")
        .expect("README has a Try it section")..];
    let start = section.find("```sh\n").expect("a sh block") + "```sh\n".len();
    let end = start + section[start..].find("```").unwrap();
    section[start..end].to_string()
}

#[test]
fn readme_curl_walkthrough_works_as_written() {
    let script = walkthrough();
    assert!(
        script.contains("http://127.0.0.1:8000"),
        "the walkthrough names the default URL"
    );

    let work = tempfile::tempdir().unwrap();
    let port = crate::common::free_port();
    let mut server = Command::new(env!("CARGO_BIN_EXE_blinq"))
        .args(["serve", "--port", &port.to_string(), "--data-dir"])
        .arg(work.path().join("blinq-data"))
        .env_remove("BLINQ_JWT_SECRET")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();

    // The banner: the URL first, then the export line with a ready token.
    let stdout = server.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut banner = Vec::new();
    let token = loop {
        let line = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("the server prints a token within 60 s");
        banner.push(line.clone());
        if let Some(token) = line.trim().strip_prefix("export BLINQ_TOKEN=") {
            break token.to_string();
        }
    };
    let base = format!("http://127.0.0.1:{port}");
    assert!(
        banner[0].starts_with("Blinq ") && banner[0].ends_with(&format!("serving on {base}")),
        "{banner:?}"
    );

    // Run from a scratch directory that sees the repo's fixtures at the same relative path,
    // so `-o mass.png` lands in the temp dir.
    std::os::unix::fs::symlink(repo().join("blinq-core"), work.path().join("blinq-core")).unwrap();
    let out = Command::new("bash")
        .args(["-euo", "pipefail", "-c"])
        .arg(script.replace("http://127.0.0.1:8000", &base))
        .current_dir(work.path())
        .env("BLINQ_TOKEN", &token)
        .output()
        .unwrap();
    let _ = server.kill();
    let _ = server.wait();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "walkthrough failed: {}\n{stdout}",
        String::from_utf8_lossy(&out.stderr)
    );

    // describe + preview, and the query's three species.
    assert!(stdout.contains("\"describe\""), "{stdout}");
    assert!(stdout.contains("\"preview\""), "{stdout}");
    assert!(stdout.contains("[\"Adelie\",3700.66"), "{stdout}");
    // The CSV export: a header and the 124 Dream rows.
    let csv_lines: Vec<&str> = stdout.lines().filter(|l| l.contains(",Dream,")).collect();
    assert_eq!(csv_lines.len(), 124, "{stdout}");
    assert!(stdout.contains("species,island,bill_length_mm"), "{stdout}");
    // The chart, saved by curl.
    let png = std::fs::read(work.path().join("mass.png")).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    // The agent's answer: a table, not a chart.
    assert!(stdout.contains("\"is_plotting\":false"), "{stdout}");
    assert!(stdout.contains("3700.66"), "{stdout}");
}
