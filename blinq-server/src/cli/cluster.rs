//! `blinq cluster scheduler` and `blinq cluster executor`: an Apache DataFusion Ballista
//! cluster run from this binary (the `cluster` cargo feature).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use blinq_cluster::node::{ExecutorOptions, SchedulerOptions, run_executor, run_scheduler};
use clap::{Args, Subcommand};

use super::CliError;

#[derive(Debug, Args)]
pub struct ClusterArgs {
    #[command(subcommand)]
    role: Role,
}

#[derive(Debug, Subcommand)]
enum Role {
    /// The scheduler: plans queries into stages and hands tasks to executors.
    Scheduler(SchedulerArgs),
    /// An executor: runs tasks, reading the Parquet files and holding shuffle data.
    Executor(ExecutorArgs),
}

#[derive(Debug, Args)]
struct SchedulerArgs {
    /// Where to listen for clients (`blinq serve --engine`, `blinq query --engine`) and
    /// executors.
    #[arg(long, env = "BLINQ_CLUSTER_BIND", default_value = "127.0.0.1:50050")]
    bind: SocketAddr,
    /// Seconds after which a silent executor is taken as lost and its work run again on
    /// the others.
    #[arg(long, default_value_t = 30)]
    executor_timeout_secs: u64,
}

#[derive(Debug, Args)]
struct ExecutorArgs {
    /// The scheduler's HOST:PORT.
    #[arg(
        long,
        env = "BLINQ_CLUSTER_SCHEDULER",
        default_value = "127.0.0.1:50050"
    )]
    scheduler: String,
    /// The address to listen on and to give the scheduler and other executors.
    #[arg(long, default_value = "127.0.0.1")]
    host: String,
    /// The Arrow Flight port (results and shuffle data are fetched there).
    #[arg(long, default_value_t = 50051)]
    flight_port: u16,
    /// The gRPC port (the scheduler hands tasks there).
    #[arg(long, default_value_t = 50052)]
    grpc_port: u16,
    /// Tasks run at once (default: the cores).
    #[arg(long)]
    concurrent_tasks: Option<usize>,
    /// The memory the executor's tasks may hold together, in MiB; operators that need more
    /// spill to the work directory (default: DataFusion's share of the machine's memory).
    #[arg(long)]
    memory_mb: Option<u64>,
    /// Where shuffle files and spills go (default: a temporary directory, removed at exit).
    #[arg(long)]
    work_dir: Option<PathBuf>,
    /// Seconds between heartbeats to the scheduler.
    #[arg(long, default_value_t = 5)]
    heartbeat_secs: u64,
}

pub fn run(args: ClusterArgs) -> Result<(), CliError> {
    // Ballista's own binaries run with 32 MiB thread stacks: deep plans recurse.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_stack_size(32 * 1024 * 1024)
        .build()?;
    let done = match args.role {
        Role::Scheduler(args) => {
            eprintln!("blinq cluster scheduler: listening on {}", args.bind);
            runtime.block_on(run_scheduler(SchedulerOptions {
                bind: args.bind,
                executor_timeout: Duration::from_secs(args.executor_timeout_secs.max(1)),
            }))
        }
        Role::Executor(args) => {
            let defaults = ExecutorOptions::default();
            eprintln!(
                "blinq cluster executor: flight {}:{}, scheduler {}",
                args.host, args.flight_port, args.scheduler
            );
            runtime.block_on(run_executor(ExecutorOptions {
                scheduler: args.scheduler,
                host: args.host,
                flight_port: args.flight_port,
                grpc_port: args.grpc_port,
                concurrent_tasks: args.concurrent_tasks.unwrap_or(defaults.concurrent_tasks),
                memory: args.memory_mb.map(|mb| mb.saturating_mul(1024 * 1024)),
                work_dir: args.work_dir,
                heartbeat: Duration::from_secs(args.heartbeat_secs.max(1)),
            }))
        }
    };
    Ok(done?)
}
