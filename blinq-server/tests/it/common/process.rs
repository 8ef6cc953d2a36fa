//! `blinq serve` as a separate process (the real binary), for tests that watch its memory,
//! its log, its file descriptors, or kill it.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use blinq_server::auth::Auth;
use blinq_server::config::AuthArgs;

use super::SECRET;

/// A running `blinq serve` process.
pub struct Process {
    pub child: Child,
    pub base: String,
    pub data_dir: PathBuf,
    pub log: PathBuf,
    pub client: reqwest::Client,
    auth: Auth,
}

/// How to start it.
#[derive(Default)]
pub struct Options<'a> {
    /// Extra flags after `serve`.
    pub args: Vec<&'a str>,
    /// `RUST_LOG` (default `warn`).
    pub log_level: Option<&'a str>,
    /// An open-file limit (soft and hard) for the process.
    pub open_files: Option<u64>,
    /// Use the test secret (default); false leaves auth flags to `args`.
    pub no_secret: bool,
    /// Extra environment variables.
    pub env: Vec<(String, String)>,
    /// The binary to run (the test build's `blinq` by default).
    pub program: Option<&'a Path>,
}

impl Process {
    /// Start on a free port with `data_dir`; waits for the banner.
    pub fn start(data_dir: &Path, log_dir: &Path, options: Options<'_>) -> Process {
        let log = log_dir.join(format!("serve-{}.log", uuid::Uuid::new_v4()));
        let mut command = Command::new(
            options
                .program
                .unwrap_or(Path::new(env!("CARGO_BIN_EXE_blinq"))),
        );
        command
            .args(["serve", "--port", "0"])
            .arg("--data-dir")
            .arg(data_dir)
            .args(&options.args)
            .env("RUST_LOG", options.log_level.unwrap_or("warn"))
            .env_remove("BLINQ_KAFKA_BROKERS")
            .envs(options.env.iter().map(|(k, v)| (k, v)))
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).unwrap());
        if !options.no_secret {
            command.args(["--jwt-secret", SECRET]);
        }
        #[cfg(unix)]
        if let Some(limit) = options.open_files {
            use std::os::unix::process::CommandExt;
            // SAFETY: setrlimit is async-signal-safe and touches only the given struct.
            unsafe {
                command.pre_exec(move || {
                    let rl = libc::rlimit {
                        rlim_cur: limit as libc::rlim_t,
                        rlim_max: limit as libc::rlim_t,
                    };
                    if libc::setrlimit(libc::RLIMIT_NOFILE, &rl) != 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                    Ok(())
                });
            }
        }
        let mut child = command.spawn().expect("start blinq serve");
        let stdout = child.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines();
        let base = loop {
            let Some(line) = lines.next() else {
                let log_text = std::fs::read_to_string(&log).unwrap_or_default();
                panic!("blinq serve exited before its banner: {log_text}");
            };
            let line = line.unwrap();
            if let Some(at) = line.find("serving on ") {
                break line[at + "serving on ".len()..].trim().to_string();
            }
        };
        std::thread::spawn(move || for _ in lines {});
        let mut auth_args = AuthArgs::new(data_dir);
        auth_args.jwt_secret = Some(SECRET.into());
        Process {
            child,
            base,
            data_dir: data_dir.to_path_buf(),
            log,
            client: reqwest::Client::new(),
            auth: Auth::from_args(&auth_args).unwrap(),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn ws_url(&self, path: &str) -> String {
        format!("{}{path}", self.base.replacen("http://", "ws://", 1))
    }

    /// Upload `bytes` as `file_name` (optionally named `name`) with `token`; the status and
    /// JSON body (`None` when the server did not answer).
    pub async fn upload(
        &self,
        token: &str,
        file_name: &str,
        bytes: Vec<u8>,
        name: Option<&str>,
    ) -> Option<(u16, serde_json::Value)> {
        let mut form = reqwest::multipart::Form::new().part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_string()),
        );
        if let Some(name) = name {
            form = form.text("name", name.to_string());
        }
        let request = self.client.post(self.url("/api/data/upload"));
        send(request.bearer_auth(token).multipart(form)).await
    }

    /// Upload `bytes` with `token`, asserting 201; the new dataset's id.
    pub async fn upload_ok(&self, token: &str, file_name: &str, bytes: Vec<u8>) -> String {
        let (status, body) = self.upload(token, file_name, bytes, None).await.unwrap();
        assert_eq!(status, 201, "{body}");
        body["id"].as_str().unwrap().to_string()
    }

    /// POST a JSON query with `token`; the status and JSON body.
    pub async fn query(&self, token: &str, dataset: &str, sql: &str) -> (u16, serde_json::Value) {
        let request = self.client.post(self.url("/api/data/query"));
        let body = serde_json::json!({"dataset": dataset, "sql": sql});
        send(request.bearer_auth(token).json(&body)).await.unwrap()
    }

    /// A one-hour token for `sub` (signed with the test secret).
    pub fn token(&self, sub: &str) -> String {
        self.auth.mint(sub, Duration::from_secs(3600)).unwrap()
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// What the process has logged so far.
    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// A field of `/proc/<pid>/status`, in KiB (`VmHWM:`, `VmRSS:`).
    pub fn status_kib(&self, field: &str) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid())).unwrap();
        blinq_server::worker::limits::status_kib(&status, field).unwrap()
    }

    /// Whether `/health` answers 200 within a few seconds.
    pub async fn healthy(&self) -> bool {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(r) = self.client.get(self.url("/health")).send().await
                && r.status() == 200
            {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        false
    }

    /// Send SIGKILL and reap it.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Send SIGTERM and wait for it to exit.
    pub fn stop(&mut self) {
        #[cfg(unix)]
        // SAFETY: kill with a pid of our own child.
        unsafe {
            libc::kill(self.child.id() as i32, libc::SIGTERM);
        }
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if self.child.try_wait().unwrap().is_some() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        self.kill();
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            self.kill();
        }
    }
}

/// Send `request`; the status and JSON body, `None` when the server did not answer.
pub async fn send(request: reqwest::RequestBuilder) -> Option<(u16, serde_json::Value)> {
    let response = request.send().await.ok()?;
    let status = response.status().as_u16();
    let body = response.json().await.ok()?;
    Some((status, body))
}

/// The ids of the live child processes of `pid` (from `/proc`).
pub fn children(pid: u32) -> Vec<u32> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Some(child) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<u32>().ok())
        else {
            continue;
        };
        if let Some((ppid, _)) = stat(child)
            && ppid == pid
        {
            out.push(child);
        }
    }
    out
}

/// The parent and the CPU time (user + system, in clock ticks) of `pid`.
pub fn stat(pid: u32) -> Option<(u32, u64)> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name is in parentheses and may contain spaces: split after it.
    let rest = &text[text.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ppid = fields.get(1)?.parse().ok()?;
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some((ppid, utime + stime))
}

/// CPU ticks used so far by `pid` and by each of its live children.
pub fn tree_cpu(pid: u32) -> std::collections::HashMap<u32, u64> {
    std::iter::once(pid)
        .chain(children(pid))
        .filter_map(|p| stat(p).map(|(_, ticks)| (p, ticks)))
        .collect()
}

/// CPU ticks the processes of `after` used since `before` (a process that ended in between
/// counts for nothing; one that started counts whole).
pub fn cpu_since(
    before: &std::collections::HashMap<u32, u64>,
    after: &std::collections::HashMap<u32, u64>,
) -> u64 {
    after
        .iter()
        .map(|(pid, ticks)| ticks.saturating_sub(before.get(pid).copied().unwrap_or(0)))
        .sum()
}
