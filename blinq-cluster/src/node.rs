//! The cluster's processes, run from Blinq: a Ballista scheduler and executors, embedded as
//! libraries with the S3 object store registry of Ballista's own binaries.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use ballista_core::object_store::{
    runtime_env_with_s3_support, session_config_with_s3_support, session_state_with_s3_support,
};
use ballista_executor::executor_process::{ExecutorProcessConfig, start_executor_process};
use ballista_scheduler::cluster::BallistaCluster;
use ballista_scheduler::config::SchedulerConfig;
use ballista_scheduler::scheduler_process::start_server;

use crate::{ClusterError, Result};

/// How a scheduler runs.
#[derive(Debug, Clone)]
pub struct SchedulerOptions {
    /// Where it listens for clients and executors (gRPC).
    pub bind: SocketAddr,
    /// An executor silent this long is taken as lost: its tasks and the shuffle files it
    /// held are run again on the others.
    pub executor_timeout: Duration,
}

impl Default for SchedulerOptions {
    fn default() -> Self {
        Self {
            bind: SocketAddr::from(([127, 0, 0, 1], 50050)),
            executor_timeout: Duration::from_secs(30),
        }
    }
}

/// Run a scheduler until it fails (or the process ends).
pub async fn run_scheduler(options: SchedulerOptions) -> Result<()> {
    let timeout = options.executor_timeout.as_secs().max(1);
    let config = SchedulerConfig {
        bind_host: options.bind.ip().to_string(),
        bind_port: options.bind.port(),
        external_host: options.bind.ip().to_string(),
        executor_timeout_seconds: timeout,
        expire_dead_executor_interval_seconds: timeout.div_ceil(4).max(1),
        no_executors_grace_period_seconds: timeout,
        ..SchedulerConfig::default()
    }
    .with_override_config_producer(Arc::new(session_config_with_s3_support))
    .with_override_session_builder(Arc::new(session_state_with_s3_support));
    let cluster = BallistaCluster::new_from_config(&config)
        .await
        .map_err(|e| ClusterError::Node(format!("scheduler: {e}")))?;
    start_server(cluster, options.bind, Arc::new(config))
        .await
        .map_err(|e| ClusterError::Node(format!("scheduler on {}: {e}", options.bind)))
}

/// How an executor runs.
#[derive(Debug, Clone)]
pub struct ExecutorOptions {
    /// The scheduler's `HOST:PORT`.
    pub scheduler: String,
    /// The address it listens on (and tells the scheduler).
    pub host: String,
    /// Its Arrow Flight port (other executors and clients fetch results there).
    pub flight_port: u16,
    /// Its gRPC port (the scheduler hands it tasks there).
    pub grpc_port: u16,
    /// Tasks run at once (default: the cores).
    pub concurrent_tasks: usize,
    /// The memory its tasks may hold together, in bytes; operators that need more spill to
    /// `work_dir` or fail (none: DataFusion's default, a share of the machine's memory).
    pub memory: Option<u64>,
    /// Where shuffle files and spills go (none: a temporary directory).
    pub work_dir: Option<PathBuf>,
    /// How often it tells the scheduler it is alive.
    pub heartbeat: Duration,
}

impl Default for ExecutorOptions {
    fn default() -> Self {
        Self {
            scheduler: "127.0.0.1:50050".into(),
            host: "127.0.0.1".into(),
            flight_port: 50051,
            grpc_port: 50052,
            concurrent_tasks: std::thread::available_parallelism().map_or(1, |n| n.get()),
            memory: None,
            work_dir: None,
            heartbeat: Duration::from_secs(5),
        }
    }
}

/// Run an executor until it fails (or the process ends).
pub async fn run_executor(options: ExecutorOptions) -> Result<()> {
    let (scheduler_host, scheduler_port) = options
        .scheduler
        .rsplit_once(':')
        .and_then(|(h, p)| Some((h.to_string(), p.parse::<u16>().ok()?)))
        .ok_or_else(|| {
            ClusterError::Address(format!("{} (the scheduler, HOST:PORT)", options.scheduler))
        })?;
    // A directory of its own, kept for the executor's life (Ballista's fallback drops its
    // temporary directory at once) and removed after.
    let temp = match &options.work_dir {
        Some(_) => None,
        None => Some(
            tempfile::Builder::new()
                .prefix("blinq-executor-")
                .tempdir()
                .map_err(|e| ClusterError::Node(format!("could not make a work directory: {e}")))?,
        ),
    };
    let work_dir = match (&options.work_dir, &temp) {
        (Some(dir), _) => dir.clone(),
        (None, Some(temp)) => temp.path().to_path_buf(),
        (None, None) => unreachable!("a temporary directory was made"),
    };
    let config = ExecutorProcessConfig {
        bind_host: options.host.clone(),
        external_host: Some(options.host.clone()),
        port: options.flight_port,
        grpc_port: options.grpc_port,
        scheduler_host,
        scheduler_port,
        scheduler_connect_timeout_seconds: 60,
        vcores: options.concurrent_tasks.max(1),
        work_dir: Some(work_dir.to_string_lossy().into_owned()),
        memory_pool_size: options.memory,
        executor_heartbeat_interval_seconds: options.heartbeat.as_secs().max(1),
        print_thread_info: false,
        override_config_producer: Some(Arc::new(session_config_with_s3_support)),
        override_runtime_producer: Some(Arc::new(runtime_env_with_s3_support)),
        ..ExecutorProcessConfig::default()
    };
    let result = start_executor_process(Arc::new(config))
        .await
        .map_err(|e| ClusterError::Node(format!("executor: {e}")));
    drop(temp);
    result
}
