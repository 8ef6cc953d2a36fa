//! The server's side: a pool of `blinq worker` processes, each doing one job at a time.
//!
//! A job waits (up to the queue limit) for an idle worker, preferring one that has the
//! job's dataset cached. The server stops waiting at the job's time limit and kills the
//! worker, so the work really stops. A worker that dies mid-job (over its memory cap, its
//! CPU cap, or a crash) is examined — exit signal and the last lines it wrote to stderr —
//! and the request gets a 413, 408 or 500 that says which; a fresh worker takes its place.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError, mpsc};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use blinq_core::BlinqError;
use tokio::sync::{Semaphore, oneshot};

use super::limits;
use super::protocol::{Body, Job, Reply, read_frame, write_frame};
use crate::error::{ApiError, ApiResult};

/// How the pool's workers are started and limited.
#[derive(Debug, Clone)]
pub struct PoolConfig {
    /// The `blinq` executable (run as `blinq worker ...`).
    pub program: PathBuf,
    /// How many workers run at once.
    pub workers: usize,
    /// Memory each worker may use beyond its start, in MiB.
    pub memory_mb: u64,
    /// Memory each worker keeps datasets in between jobs, in MiB.
    pub cache_mb: u64,
    /// The largest result of one job, in MiB.
    pub max_result_mb: u64,
    /// The most columns of an uploaded file.
    pub max_columns: usize,
    /// The longest one job may run.
    pub job_timeout: Duration,
    /// The longest a job waits for an idle worker.
    pub queue_timeout: Duration,
    /// Where workers write large results.
    pub tmp_dir: PathBuf,
}

/// A job's result, as the server receives it.
#[derive(Debug)]
pub struct JobOutput {
    /// Job-specific metadata.
    pub meta: serde_json::Value,
    /// The body.
    pub body: JobBody,
}

/// A job's body.
#[derive(Debug)]
pub enum JobBody {
    /// Parts read from the pipe.
    Parts(Vec<Vec<u8>>),
    /// A result file, removed when dropped.
    File(ResultFile),
}

impl JobOutput {
    /// The parts of an inline body (none for a file).
    pub fn into_parts(self) -> Vec<Vec<u8>> {
        match self.body {
            JobBody::Parts(parts) => parts,
            JobBody::File(_) => Vec::new(),
        }
    }
}

/// A result a worker left in a file; the file is removed when this is dropped.
#[derive(Debug)]
pub struct ResultFile {
    path: PathBuf,
    len: u64,
}

impl ResultFile {
    /// Open it for reading and unlink it (the open handle keeps the bytes until closed).
    pub fn open(&self) -> std::io::Result<std::fs::File> {
        let file = std::fs::File::open(&self.path)?;
        let _ = std::fs::remove_file(&self.path);
        Ok(file)
    }

    /// Its length in bytes.
    pub fn len(&self) -> u64 {
        self.len
    }

    /// Whether it is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Drop for ResultFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// The pool.
#[derive(Debug)]
pub struct Pool {
    config: PoolConfig,
    idle: Mutex<Vec<Worker>>,
    permits: Semaphore,
    spawner: Spawner,
}

impl Pool {
    /// A pool of up to `config.workers` workers, started when first needed (or by
    /// [`Pool::warm_up`]).
    pub fn new(config: PoolConfig) -> Arc<Self> {
        let workers = config.workers.max(1);
        Arc::new(Pool {
            permits: Semaphore::new(workers),
            idle: Mutex::new(Vec::with_capacity(workers)),
            spawner: Spawner::start(config.clone()),
            config,
        })
    }

    /// Start every worker now and check that one answers, so that a server that cannot run
    /// its workers fails at start rather than at the first request.
    pub async fn warm_up(&self) -> ApiResult<()> {
        let missing = self.config.workers.max(1).saturating_sub(self.lock().len());
        for _ in 0..missing {
            let worker = self
                .spawner
                .spawn()
                .await
                .map_err(|e| self.cannot_start(e))?;
            self.put_back(worker);
        }
        self.run(Job::Ping).await.map_err(|e| {
            ApiError::Config(format!(
                "the worker process ({} worker) does not answer: {e}",
                self.config.program.display()
            ))
        })?;
        Ok(())
    }

    fn cannot_start(&self, e: std::io::Error) -> ApiError {
        ApiError::Config(format!(
            "cannot start a worker process ({} worker): {e}",
            self.config.program.display()
        ))
    }

    /// The configuration.
    pub fn config(&self) -> &PoolConfig {
        &self.config
    }

    /// Run `job` on a worker within the time limit. If this future is dropped before the
    /// job ends (the client went away), the worker is killed: its work stops too.
    pub async fn run(&self, job: Job) -> ApiResult<JobOutput> {
        let waited = tokio::time::timeout(self.config.queue_timeout, self.permits.acquire()).await;
        let Ok(Ok(_permit)) = waited else {
            return Err(ApiError::Busy(format!(
                "all {} workers are busy with other requests; try again shortly",
                self.config.workers
            )));
        };
        let dataset = job.dataset_id().map(str::to_string);
        let mut worker =
            match self.take_idle(dataset.as_deref()) {
                Some(worker) => worker,
                None => self.spawner.spawn().await.map_err(|e| {
                    ApiError::Internal(format!("cannot start a worker process: {e}"))
                })?,
            };
        let killer = KillOnDrop(Some(worker.handle()));
        let tmp_dir = self.config.tmp_dir.clone();
        let call = tokio::task::spawn_blocking(move || {
            let result = worker.call(&job, &tmp_dir);
            (worker, result)
        });
        let limit = self.config.job_timeout;
        match tokio::time::timeout(limit, call).await {
            Ok(Ok((mut worker, Ok(reply)))) => {
                killer.disarm();
                if worker.retiring {
                    // It exits by itself: reaped off the async threads, replaced now.
                    let _ = tokio::task::spawn_blocking(move || drop(worker)).await;
                    self.replace().await;
                    return reply;
                }
                if let Some(id) = &dataset {
                    worker.touched(id);
                }
                self.put_back(worker);
                reply
            }
            Ok(Ok((worker, Err(death)))) => {
                killer.disarm();
                let config = self.config.clone();
                let error = tokio::task::spawn_blocking(move || worker.autopsy(&death, &config))
                    .await
                    .unwrap_or_else(|e| ApiError::Internal(format!("a worker failed: {e}")));
                self.replace().await;
                Err(error)
            }
            Ok(Err(panicked)) => {
                drop(killer);
                self.replace().await;
                Err(ApiError::Internal(format!(
                    "a worker call failed: {panicked}"
                )))
            }
            Err(_) => {
                // Kill it now: the blocking call then sees the pipe close and returns, and
                // the worker is reaped when it is dropped.
                drop(killer);
                self.replace().await;
                Err(ApiError::QueryTimeout(format!(
                    "the work ran longer than the time limit of {} s (the server's \
                     --query-timeout-secs) and was stopped",
                    limit.as_secs()
                )))
            }
        }
    }

    /// Stop every idle worker.
    pub async fn shutdown(&self) {
        let workers: Vec<Worker> = std::mem::take(&mut *self.lock());
        let _ = tokio::task::spawn_blocking(move || drop(workers)).await;
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Worker>> {
        self.idle.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn take_idle(&self, dataset: Option<&str>) -> Option<Worker> {
        let mut idle = self.lock();
        let warm =
            dataset.and_then(|id| idle.iter().position(|w| w.recent.iter().any(|r| r == id)));
        match warm {
            Some(at) => Some(idle.swap_remove(at)),
            None => idle.pop(),
        }
    }

    fn put_back(&self, worker: Worker) {
        self.lock().push(worker);
    }

    /// Start a worker in place of one that died, so the next job does not wait for it.
    async fn replace(&self) {
        match self.spawner.spawn().await {
            Ok(worker) => self.put_back(worker),
            Err(e) => tracing::error!(error = %e, "cannot start a replacement worker"),
        }
    }
}

/// Workers are started from one long-lived thread: on Linux a worker is killed when the
/// *thread* that started it ends (`PR_SET_PDEATHSIG`), so it must not be a pool thread that
/// may retire. The thread ends with the pool, taking its workers with it.
#[derive(Debug)]
struct Spawner {
    requests: Mutex<mpsc::Sender<oneshot::Sender<std::io::Result<Worker>>>>,
}

impl Spawner {
    fn start(config: PoolConfig) -> Spawner {
        let (requests, incoming) = mpsc::channel::<oneshot::Sender<std::io::Result<Worker>>>();
        std::thread::Builder::new()
            .name("blinq-worker-spawner".into())
            .spawn(move || {
                for reply in incoming {
                    let _ = reply.send(Worker::spawn(&config));
                }
            })
            .expect("start the worker spawner thread");
        Spawner {
            requests: Mutex::new(requests),
        }
    }

    async fn spawn(&self) -> std::io::Result<Worker> {
        let (reply, answer) = oneshot::channel();
        self.requests
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .send(reply)
            .map_err(|_| std::io::Error::other("the spawner thread has stopped"))?;
        answer
            .await
            .map_err(|_| std::io::Error::other("the spawner thread has stopped"))?
    }
}

/// Why a worker could not answer.
#[derive(Debug)]
struct Death(std::io::Error);

/// Kills a worker by pid, unless it has been reaped already.
#[derive(Debug, Clone)]
struct Handle {
    pid: u32,
    /// False once the process is reaped (its pid may then belong to another process);
    /// held while killing and while reaping, so a kill never reaches a reused pid.
    alive: Arc<Mutex<bool>>,
}

impl Handle {
    fn kill(&self) {
        let alive = self.alive.lock().unwrap_or_else(PoisonError::into_inner);
        if *alive {
            #[cfg(unix)]
            // SAFETY: the pid is our child's and, `alive` being true under the lock, it
            // has not been reaped.
            unsafe {
                libc::kill(self.pid as libc::pid_t, libc::SIGKILL);
            }
        }
    }
}

/// Kills the worker when dropped while armed: a job whose request is gone stops too.
struct KillOnDrop(Option<Handle>);

impl KillOnDrop {
    fn disarm(mut self) {
        self.0 = None;
    }
}

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        if let Some(handle) = self.0.take() {
            handle.kill();
        }
    }
}

#[derive(Debug)]
struct Worker {
    child: Child,
    handle: Handle,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    stderr: Arc<Mutex<VecDeque<String>>>,
    stderr_thread: Option<JoinHandle<()>>,
    /// Set when the worker wrote Rust's "memory allocation of N bytes failed".
    out_of_memory: Arc<AtomicBool>,
    recent: VecDeque<String>,
    /// Its last reply said it exits (it held too much memory after the job): not reused.
    retiring: bool,
}

/// Lines of a worker's stderr kept to explain its death.
const STDERR_TAIL: usize = 16;
/// Datasets remembered per worker for picking a warm one.
const RECENT: usize = 16;

impl Worker {
    fn spawn(config: &PoolConfig) -> std::io::Result<Worker> {
        let mut command = Command::new(&config.program);
        // Named `blinq` in its arguments whatever path started it (`/proc/self/exe`).
        #[cfg(unix)]
        std::os::unix::process::CommandExt::arg0(&mut command, "blinq");
        command
            .arg("worker")
            .arg("--parent")
            .arg(std::process::id().to_string())
            .arg("--memory-mb")
            .arg(config.memory_mb.to_string())
            .arg("--cache-mb")
            .arg(config.cache_mb.to_string())
            .arg("--max-result-mb")
            .arg(config.max_result_mb.to_string())
            .arg("--max-columns")
            .arg(config.max_columns.to_string())
            .arg("--cpu-secs")
            .arg(cpu_backstop(config).to_string())
            .arg("--tmp-dir")
            .arg(&config.tmp_dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        #[cfg(unix)]
        // SAFETY: the closure makes one async-signal-safe system call.
        unsafe {
            std::os::unix::process::CommandExt::pre_exec(&mut command, limits::die_with_parent);
        }
        let mut child = command.spawn()?;
        let pid = child.id();
        let stdin = child.stdin.take().ok_or_else(no_pipe)?;
        let stdout = BufReader::with_capacity(1 << 16, child.stdout.take().ok_or_else(no_pipe)?);
        let stderr = child.stderr.take().ok_or_else(no_pipe)?;
        let tail = Arc::new(Mutex::new(VecDeque::new()));
        let out_of_memory = Arc::new(AtomicBool::new(false));
        let stderr_thread = std::thread::Builder::new()
            .name(format!("blinq-worker-{pid}-stderr"))
            .spawn({
                let (tail, out_of_memory) = (tail.clone(), out_of_memory.clone());
                move || forward_stderr(pid, stderr, &tail, &out_of_memory)
            })?;
        Ok(Worker {
            child,
            handle: Handle {
                pid,
                alive: Arc::new(Mutex::new(true)),
            },
            stdin,
            stdout,
            stderr: tail,
            stderr_thread: Some(stderr_thread),
            out_of_memory,
            recent: VecDeque::new(),
            retiring: false,
        })
    }

    fn handle(&self) -> Handle {
        self.handle.clone()
    }

    fn touched(&mut self, dataset: &str) {
        self.recent.retain(|r| r != dataset);
        self.recent.push_front(dataset.to_string());
        self.recent.truncate(RECENT);
    }

    /// Send `job` and read the reply (blocking): `Err` when the worker can no longer answer.
    /// After a reply that says the worker is retiring, it is marked so (see
    /// [`Worker::retiring`]).
    fn call(&mut self, job: &Job, tmp_dir: &Path) -> Result<ApiResult<JobOutput>, Death> {
        let head = serde_json::to_vec(job).map_err(|e| Death(e.into()))?;
        write_frame(&mut self.stdin, &head).map_err(Death)?;
        self.stdin.flush().map_err(Death)?;
        let head = read_frame(&mut self.stdout)
            .map_err(Death)?
            .ok_or_else(|| Death(no_pipe()))?;
        let reply: Reply = serde_json::from_slice(&head).map_err(|e| Death(e.into()))?;
        let mut total = [0u8; 8];
        self.stdout.read_exact(&mut total).map_err(Death)?;
        let total = u64::from_le_bytes(total);
        match reply {
            Reply::Failed { error, retiring } => {
                self.retiring = retiring;
                Ok(Err(error.into()))
            }
            Reply::Done {
                meta,
                body: Body::Inline(lens),
                retiring,
            } => {
                self.retiring = retiring;
                if lens.iter().sum::<u64>() != total {
                    return Err(Death(std::io::Error::other("reply parts do not add up")));
                }
                let mut parts = Vec::with_capacity(lens.len());
                for len in lens {
                    let mut part = vec![0u8; usize::try_from(len).unwrap_or(usize::MAX)];
                    self.stdout.read_exact(&mut part).map_err(Death)?;
                    parts.push(part);
                }
                Ok(Ok(JobOutput {
                    meta,
                    body: JobBody::Parts(parts),
                }))
            }
            Reply::Done {
                meta,
                body: Body::File { path, len },
                retiring,
            } => {
                self.retiring = retiring;
                let file = ResultFile { path, len };
                if !file.path.starts_with(tmp_dir) {
                    return Err(Death(std::io::Error::other("result file outside tmp")));
                }
                Ok(Ok(JobOutput {
                    meta,
                    body: JobBody::File(file),
                }))
            }
        }
    }

    /// Reap the process (killing it first if it is still running) and return its status.
    fn reap(&mut self, grace: Duration) -> Option<ExitStatus> {
        let mut alive = self
            .handle
            .alive
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if !*alive {
            return None;
        }
        let deadline = Instant::now() + grace;
        let mut status = None;
        while status.is_none() && Instant::now() < deadline {
            status = self.child.try_wait().ok().flatten();
            if status.is_none() {
                std::thread::sleep(Duration::from_millis(10));
            }
        }
        if status.is_none() {
            let _ = self.child.kill();
            status = self.child.wait().ok();
        }
        *alive = false;
        status
    }

    /// Why the worker stopped answering, as the error the request gets (blocking).
    fn autopsy(mut self, death: &Death, config: &PoolConfig) -> ApiError {
        let status = self.reap(Duration::from_secs(2));
        if let Some(thread) = self.stderr_thread.take() {
            let _ = thread.join();
        }
        let tail: Vec<String> = self
            .stderr
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .cloned()
            .collect();
        let out_of_memory = self.out_of_memory.load(Ordering::Relaxed);
        let error = classify(status, out_of_memory, config);
        tracing::warn!(
            worker = self.handle.pid,
            status = ?status,
            pipe = %death.0,
            last = tail.last().map(String::as_str).unwrap_or(""),
            "a worker stopped during a job"
        );
        error
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.reap(Duration::ZERO);
    }
}

/// The error for a worker that ended with `status` (`out_of_memory` when an allocation
/// failed). Anything but the two limits is a 500 whose details are in the log only.
fn classify(status: Option<ExitStatus>, out_of_memory: bool, config: &PoolConfig) -> ApiError {
    if out_of_memory {
        return ApiError::Core(BlinqError::Limit(format!(
            "the work needed more memory than the limit of {} MiB (the server's \
             --query-memory-mb) and was stopped; filter or aggregate to work on less data",
            config.memory_mb
        )));
    }
    #[cfg(unix)]
    if let Some(signal) = status.and_then(|s| std::os::unix::process::ExitStatusExt::signal(&s))
        && signal == libc::SIGXCPU
    {
        return ApiError::QueryTimeout(format!(
            "the work used more than {} CPU seconds and was stopped",
            cpu_backstop(config)
        ));
    }
    let how = status.map_or_else(|| "no exit status".to_string(), |s| s.to_string());
    ApiError::Internal(format!(
        "the worker process doing this request stopped unexpectedly ({how})"
    ))
}

/// The CPU seconds a job may use: every core for the whole time limit, and some slack.
fn cpu_backstop(config: &PoolConfig) -> u64 {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get()) as u64;
    config.job_timeout.as_secs().max(1) * cores + 10
}

fn no_pipe() -> std::io::Error {
    std::io::Error::other("the worker's pipe is closed")
}

/// What Rust writes when an allocation fails, before it ends the process.
const ALLOCATION_FAILED: &str = "memory allocation of";

/// Log what a worker writes to stderr, keeping the last lines and noting a failed
/// allocation, to explain its death.
fn forward_stderr(
    pid: u32,
    stderr: impl Read,
    tail: &Mutex<VecDeque<String>>,
    out_of_memory: &AtomicBool,
) {
    for line in BufReader::new(stderr).lines() {
        let Ok(line) = line else { break };
        if line.contains(ALLOCATION_FAILED) {
            out_of_memory.store(true, Ordering::Relaxed);
        }
        tracing::warn!(worker = pid, "{line}");
        let mut tail = tail.lock().unwrap_or_else(PoisonError::into_inner);
        if tail.len() == STDERR_TAIL {
            tail.pop_front();
        }
        tail.push_back(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> PoolConfig {
        PoolConfig {
            program: PathBuf::from("blinq"),
            workers: 2,
            memory_mb: 512,
            cache_mb: 128,
            max_result_mb: 64,
            max_columns: 100,
            job_timeout: Duration::from_secs(3),
            queue_timeout: Duration::from_secs(3),
            tmp_dir: PathBuf::from("/tmp"),
        }
    }

    #[test]
    fn a_failed_allocation_is_a_413_that_names_the_flag() {
        let error = classify(None, true, &config());
        assert_eq!(error.status(), axum::http::StatusCode::PAYLOAD_TOO_LARGE);
        assert!(error.to_string().contains("--query-memory-mb"), "{error}");
    }

    #[cfg(unix)]
    #[test]
    fn the_cpu_signal_is_a_408_and_other_deaths_a_500() {
        use std::os::unix::process::ExitStatusExt;
        let xcpu = ExitStatus::from_raw(libc::SIGXCPU);
        assert_eq!(
            classify(Some(xcpu), false, &config()).status(),
            axum::http::StatusCode::REQUEST_TIMEOUT
        );
        let segv = ExitStatus::from_raw(libc::SIGSEGV);
        assert_eq!(
            classify(Some(segv), false, &config()).status(),
            axum::http::StatusCode::INTERNAL_SERVER_ERROR
        );
    }
}
