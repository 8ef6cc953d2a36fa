//! `blinq worker`: the process that does a server's heavy work, one job at a time, reading
//! jobs on stdin and writing replies on stdout (see [`super::protocol`]).

use std::io::{BufReader, BufWriter, Write};
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;

use clap::Args;

use super::cache::DatasetCache;
use super::jobs::{self, Context, Output, Payload};
use super::limits;
use super::protocol::{Body, Job, Reply, WireError, read_frame, write_frame};

/// The flags the server starts a worker with (not meant to be typed by people).
#[derive(Debug, Clone, Args)]
pub struct WorkerArgs {
    /// The server's process id; the worker exits at once when its parent is another.
    #[arg(long)]
    pub parent: u32,
    /// Memory the worker may use beyond what it uses at start, in MiB.
    #[arg(long)]
    pub memory_mb: u64,
    /// Memory for loaded datasets kept between jobs, in MiB (part of `memory_mb`).
    #[arg(long)]
    pub cache_mb: u64,
    /// The largest result of one job, in MiB.
    #[arg(long)]
    pub max_result_mb: u64,
    /// The most columns an uploaded file may have.
    #[arg(long)]
    pub max_columns: usize,
    /// CPU seconds one job may use (a backstop behind the server's time limit).
    #[arg(long)]
    pub cpu_secs: u64,
    /// Where large results are written.
    #[arg(long)]
    pub tmp_dir: PathBuf,
}

const MIB: u64 = 1024 * 1024;

/// Serve jobs until stdin closes; `Err` says why the worker had to stop.
pub fn main(args: WorkerArgs) -> Result<(), String> {
    #[cfg(unix)]
    if limits::parent_pid() != args.parent {
        // The server died before this process could ask to die with it.
        return Ok(());
    }
    let replies = private_stdout().map_err(|e| format!("cannot set up its pipe: {e}"))?;
    let at_start = limits::data_size().unwrap_or(0);
    #[cfg(unix)]
    limits::cap_memory(args.memory_mb.saturating_mul(MIB))
        .map_err(|e| format!("cannot cap its memory: {e}"))?;
    // Past this the worker retires after its reply (see `Reply::Done::retiring`).
    let cache = args.cache_mb.saturating_mul(MIB);
    let retire_above = cache + args.memory_mb.saturating_mul(MIB).saturating_sub(cache) / 2;
    let mut cx = Context {
        cache: DatasetCache::new(usize::try_from(args.cache_mb * MIB).unwrap_or(usize::MAX)),
        tmp_dir: args.tmp_dir.clone(),
        max_result: args.max_result_mb.saturating_mul(MIB),
        max_columns: args.max_columns,
        memory: args.memory_mb.saturating_mul(MIB),
    };
    let mut jobs = BufReader::new(std::io::stdin().lock());
    let mut replies = BufWriter::new(replies);
    loop {
        let frame = match read_frame(&mut jobs) {
            Ok(Some(frame)) => frame,
            Ok(None) => return Ok(()),
            Err(e) => return Err(format!("reading a job: {e}")),
        };
        let outcome = match serde_json::from_slice::<Job>(&frame) {
            Ok(job) => run_one(job, &mut cx, args.cpu_secs),
            Err(e) => Err(WireError::Internal(format!("malformed job: {e}"))),
        };
        let held = limits::data_size().map(|now| now.saturating_sub(at_start));
        let retiring = held.is_some_and(|held| held > retire_above);
        send(&mut replies, outcome, retiring).map_err(|e| format!("writing a reply: {e}"))?;
        if retiring {
            return Ok(());
        }
    }
}

fn run_one(job: Job, cx: &mut Context, cpu_secs: u64) -> Result<Output, WireError> {
    #[cfg(unix)]
    let _ = limits::cap_cpu_from_now(cpu_secs);
    #[cfg(not(unix))]
    let _ = cpu_secs;
    std::panic::catch_unwind(AssertUnwindSafe(|| jobs::run(job, cx))).unwrap_or_else(|panic| {
        let why = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        Err(WireError::Internal(format!("the worker panicked: {why}")))
    })
}

fn send(
    out: &mut impl Write,
    outcome: Result<Output, WireError>,
    retiring: bool,
) -> std::io::Result<()> {
    let (reply, parts) = match outcome {
        Ok(Output {
            meta,
            payload: Payload::Parts(parts),
        }) => {
            let lens = parts.iter().map(|p| p.len() as u64).collect();
            let reply = Reply::Done {
                meta,
                body: Body::Inline(lens),
                retiring,
            };
            (reply, parts)
        }
        Ok(Output {
            meta,
            payload: Payload::File(path, len),
        }) => (
            Reply::Done {
                meta,
                body: Body::File { path, len },
                retiring,
            },
            Vec::new(),
        ),
        Err(error) => (Reply::Failed { error, retiring }, Vec::new()),
    };
    let head = serde_json::to_vec(&reply).map_err(std::io::Error::other)?;
    write_frame(&mut *out, &head)?;
    let total: u64 = parts.iter().map(|p| p.len() as u64).sum();
    out.write_all(&total.to_le_bytes())?;
    for part in &parts {
        out.write_all(part)?;
    }
    out.flush()
}

/// The replies' pipe, moved off fd 1 so that nothing else printed to stdout can corrupt
/// it: fd 1 then points at stderr.
#[cfg(unix)]
fn private_stdout() -> std::io::Result<std::fs::File> {
    use std::os::fd::FromRawFd;
    // SAFETY: dup/dup2 on the standard descriptors; the new descriptor is owned by the
    // returned File alone.
    unsafe {
        let fd = libc::fcntl(1, libc::F_DUPFD_CLOEXEC, 3);
        if fd < 0 || libc::dup2(2, 1) < 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(std::fs::File::from_raw_fd(fd))
    }
}

#[cfg(not(unix))]
fn private_stdout() -> std::io::Result<impl Write> {
    Ok(std::io::stdout())
}

/// Read exactly `n` bytes (for tests of the framing).
#[cfg(test)]
fn read_n(mut input: impl std::io::Read, n: usize) -> Vec<u8> {
    let mut buf = vec![0; n];
    input.read_exact(&mut buf).unwrap();
    buf
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reply_carries_its_parts_after_the_head() {
        let mut pipe = Vec::new();
        let output = Output {
            meta: serde_json::json!({"k": 1}),
            payload: Payload::Parts(vec![b"png".to_vec(), b"svg!".to_vec()]),
        };
        send(&mut pipe, Ok(output), false).unwrap();
        let mut input = pipe.as_slice();
        let head: Reply =
            serde_json::from_slice(&read_frame(&mut input).unwrap().unwrap()).unwrap();
        let Reply::Done { body, .. } = head else {
            panic!("{head:?}")
        };
        assert_eq!(body, Body::Inline(vec![3, 4]));
        let total = u64::from_le_bytes(read_n(&mut input, 8).try_into().unwrap());
        assert_eq!(total, 7);
        assert_eq!(read_n(&mut input, 7), b"pngsvg!");
    }

    #[test]
    fn a_missing_dataset_file_is_an_internal_error_not_a_dead_worker() {
        let dir = tempfile::tempdir().unwrap();
        let mut cx = Context {
            cache: DatasetCache::new(0),
            tmp_dir: dir.path().to_path_buf(),
            max_result: MIB,
            max_columns: 10,
            memory: 64 * MIB,
        };
        // A dataset file that does not exist: an error, not a panic.
        let job = Job::Describe {
            dataset: super::super::protocol::DatasetRef {
                id: "x".into(),
                name: "x".into(),
                path: dir.path().join("missing.parquet"),
                dictionary: Default::default(),
            },
        };
        let err = run_one(job, &mut cx, 60).unwrap_err();
        assert!(matches!(err, WireError::Internal(_)), "{err:?}");
    }
}
