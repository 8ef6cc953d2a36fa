//! Queries on a Ballista cluster.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ballista::prelude::SessionContextExt;
use ballista_core::execution_plans::DistributedQueryExec;
use ballista_core::object_store::{session_config_with_s3_support, session_state_with_s3_support};
use ballista_core::serde::protobuf::CancelJobParams;
use ballista_core::serde::protobuf::scheduler_grpc_client::SchedulerGrpcClient;
use ballista_core::utils::{GrpcClientConfig, create_grpc_client_connection};
use blinq_core::BlinqError;
use blinq_core::sql::{QueryResult, SqlLimits};
use datafusion::error::DataFusionError;
use datafusion::execution::context::SQLOptions;
use datafusion::physical_plan::{ExecutionPlan, collect};
use datafusion::prelude::{ParquetReadOptions, SessionContext};
use datafusion_proto::protobuf::LogicalPlanNode;

/// How long a query over its time limit waits for the scheduler to take its cancellation.
const CANCEL_WAIT: Duration = Duration::from_secs(10);

use crate::{ClusterError, Result, dialect, frame, sandbox};

/// A table the query may name: its SQL name and its Parquet file, as a path the executors
/// can read (a shared directory) or an `s3://bucket/key` URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The name SQL uses.
    pub name: String,
    /// The Parquet file (or a directory of them).
    pub location: String,
}

impl Table {
    /// A table `name` read from `location`.
    pub fn new(name: impl Into<String>, location: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            location: location.into(),
        }
    }

    /// The tables of a query over `datasets` (name, location), named as the built-in engine
    /// names them: each by its name, and a single one also as `data`.
    ///
    /// ```
    /// use blinq_cluster::Table;
    /// let one = Table::for_datasets([("trips", "/d/trips.parquet")]);
    /// assert_eq!(one, [Table::new("trips", "/d/trips.parquet"), Table::new("data", "/d/trips.parquet")]);
    /// let two = Table::for_datasets([("a", "/a.parquet"), ("b", "/b.parquet")]);
    /// assert_eq!(two.len(), 2);
    /// ```
    pub fn for_datasets<N, L>(datasets: impl IntoIterator<Item = (N, L)>) -> Vec<Table>
    where
        N: Into<String>,
        L: Into<String>,
    {
        let mut tables: Vec<Table> = datasets
            .into_iter()
            .map(|(name, location)| Table::new(name, location))
            .filter(|t| !t.name.is_empty())
            .collect();
        if let [one] = tables.as_slice()
            && one.name != "data"
        {
            let data = Table::new("data", one.location.clone());
            tables.push(data);
        }
        tables
    }
}

/// How the cluster reaches an S3-compatible store (sent with each query; the executors
/// build their S3 clients from it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct S3Access {
    /// The endpoint, e.g. `http://127.0.0.1:9000` (none: AWS).
    pub endpoint: Option<String>,
    /// The region.
    pub region: Option<String>,
    /// The access key id.
    pub access_key_id: Option<String>,
    /// The secret access key.
    pub secret_access_key: Option<String>,
}

impl S3Access {
    /// The settings in the usual variables (`AWS_ENDPOINT` or `AWS_ENDPOINT_URL`,
    /// `AWS_REGION`, `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`), as the server's
    /// `--store s3://` reads them.
    pub fn from_env() -> Self {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        S3Access {
            endpoint: var("AWS_ENDPOINT").or_else(|| var("AWS_ENDPOINT_URL")),
            region: var("AWS_REGION").or_else(|| var("AWS_DEFAULT_REGION")),
            access_key_id: var("AWS_ACCESS_KEY_ID"),
            secret_access_key: var("AWS_SECRET_ACCESS_KEY"),
        }
    }
}

/// A Ballista cluster, addressed by its scheduler, and the limits its queries run under.
#[derive(Debug, Clone)]
pub struct Engine {
    scheduler: String,
    limits: SqlLimits,
    s3: Option<S3Access>,
}

impl Engine {
    /// The cluster whose scheduler listens at `ballista://HOST:PORT` (`df://` is accepted too,
    /// Ballista's own spelling).
    pub fn from_url(url: &str) -> Result<Self> {
        let rest = url
            .strip_prefix("ballista://")
            .or_else(|| url.strip_prefix("df://"))
            .ok_or_else(|| ClusterError::Address(url.to_string()))?;
        let (host, port) = rest
            .trim_end_matches('/')
            .rsplit_once(':')
            .ok_or_else(|| ClusterError::Address(url.to_string()))?;
        if host.is_empty() || port.parse::<u16>().is_err() {
            return Err(ClusterError::Address(url.to_string()));
        }
        Ok(Self {
            scheduler: format!("{host}:{port}"),
            limits: SqlLimits::default(),
            s3: None,
        })
    }

    /// The same cluster with row and time caps (as [`blinq_core::sql::Session::with_limits`]).
    pub fn with_limits(mut self, limits: SqlLimits) -> Self {
        self.limits = limits;
        self
    }

    /// The same cluster, reading `s3://` tables with these settings.
    pub fn with_s3(mut self, s3: S3Access) -> Self {
        self.s3 = Some(s3);
        self
    }

    /// The scheduler's `HOST:PORT`.
    pub fn scheduler(&self) -> &str {
        &self.scheduler
    }

    /// The limits queries run under.
    pub fn limits(&self) -> SqlLimits {
        self.limits
    }

    /// Check `sql` against the sandbox, run it on the cluster over `tables` and return at
    /// most the row cap (marked `truncated` when there was more), within the time limit.
    pub async fn query(&self, tables: &[Table], sql: &str) -> Result<QueryResult> {
        let start = Instant::now();
        let names: Vec<&str> = tables.iter().map(|t| t.name.as_str()).collect();
        // The plan sent to the scheduler, for its job id if the time limit comes first.
        let running: Mutex<Option<Arc<dyn ExecutionPlan>>> = Mutex::new(None);
        let mut statement = sandbox::check(sql, &names)?;
        if let datafusion::sql::parser::Statement::Statement(inner) = &mut statement {
            dialect::polars_semantics(inner);
        }
        let run = async {
            let ctx = self.context().await?;
            for table in tables {
                ctx.register_parquet(&table.name, &table.location, ParquetReadOptions::default())
                    .await
                    .map_err(|e| self.error(e))?;
            }
            let plan = ctx
                .state()
                .statement_to_plan(statement)
                .await
                .map_err(|e| self.error(e))?;
            // DataFusion's own switches as a second lock: no DDL, DML or SET reaches a plan.
            SQLOptions::new()
                .with_allow_ddl(false)
                .with_allow_dml(false)
                .with_allow_statements(false)
                .verify_plan(&plan)
                .map_err(|e| BlinqError::Sandbox(e.strip_backtrace()))?;
            let mut df = ctx
                .execute_logical_plan(plan)
                .await
                .map_err(|e| self.error(e))?;
            if let Some(max) = self.limits.max_rows {
                df = df
                    .limit(0, Some(max.saturating_add(1)))
                    .map_err(|e| self.error(e))?;
            }
            let schema = df.schema().inner().clone();
            let task = Arc::new(df.task_ctx());
            let physical = df.create_physical_plan().await.map_err(|e| self.error(e))?;
            if let Ok(mut slot) = running.lock() {
                *slot = Some(physical.clone());
            }
            let batches = collect(physical, task).await.map_err(|e| self.error(e))?;
            frame::to_polars(&schema, &batches)
        };
        let frame = match self.limits.timeout {
            Some(limit) => match tokio::time::timeout(limit, run).await {
                Ok(frame) => frame?,
                Err(_) => {
                    let cancelled = match self.cancel(&running).await {
                        Some(job) => format!("; its job {job} on the cluster was cancelled"),
                        None => String::new(),
                    };
                    return Err(BlinqError::Timeout(format!(
                        "the query ran longer than the time limit of {:.1} s{cancelled}",
                        limit.as_secs_f64()
                    ))
                    .into());
                }
            },
            None => run.await?,
        };
        Ok(QueryResult::capped(
            frame,
            self.limits.max_rows,
            start.elapsed(),
        ))
    }

    /// [`Engine::query`] from code without an async runtime (the CLI, the bindings): runs it
    /// on a runtime of its own.
    pub fn query_blocking(&self, tables: &[Table], sql: &str) -> Result<QueryResult> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .map_err(|e| ClusterError::Node(format!("could not start a runtime: {e}")))?;
        runtime.block_on(self.query(tables, sql))
    }

    /// Cancel the job of a query that ran out of time, so that its tasks stop holding the
    /// executors' slots (dropping the client's future does not: the scheduler runs a job to
    /// its end); the job's id once the scheduler has accepted the cancellation. Best effort:
    /// a job not yet accepted has no id, and a scheduler that cannot be reached cannot be
    /// told; the query has failed either way. The executors stop a cancelled task at its
    /// next wait (a read of the next row group).
    /// Within [`CANCEL_WAIT`]: a scheduler that does not answer does not hold the query's
    /// error back.
    async fn cancel(&self, running: &Mutex<Option<Arc<dyn ExecutionPlan>>>) -> Option<String> {
        let job = running.lock().ok().and_then(|plan| {
            plan.as_ref()?
                .downcast_ref::<DistributedQueryExec<LogicalPlanNode>>()?
                .job_id()
        })?;
        let address = format!("http://{}", self.scheduler);
        let ask = async {
            let channel = create_grpc_client_connection(address, &GrpcClientConfig::default())
                .await
                .ok()?;
            let params = CancelJobParams {
                job_id: job.to_string(),
            };
            SchedulerGrpcClient::new(channel)
                .cancel_job(params)
                .await
                .ok()
        };
        let answer = tokio::time::timeout(CANCEL_WAIT, ask).await.ok()??;
        answer.into_inner().cancelled.then(|| job.to_string())
    }

    async fn context(&self) -> Result<SessionContext> {
        let mut config = session_config_with_s3_support();
        // Names as written, as polars SQL reads them: `Species` is the column `Species`
        // (DataFusion would lower-case an unquoted name first).
        config.options_mut().sql_parser.enable_ident_normalization = false;
        // The client asks for the job's status (every 50 ms) rather than waiting for the
        // scheduler's pushed updates: the job id is then known as soon as the job is
        // accepted, so that a query over its time limit can be cancelled.
        config
            .options_mut()
            .set("ballista.client.pull", "true")
            .map_err(|e| self.error(e))?;
        if let Some(s3) = &self.s3 {
            let options = config.options_mut();
            let set = [
                ("s3.endpoint", &s3.endpoint),
                ("s3.region", &s3.region),
                ("s3.access_key_id", &s3.access_key_id),
                ("s3.secret_access_key", &s3.secret_access_key),
            ];
            for (key, value) in set {
                if let Some(value) = value {
                    options.set(key, value).map_err(|e| self.error(e))?;
                }
            }
            if s3
                .endpoint
                .as_deref()
                .is_some_and(|e| e.starts_with("http://"))
            {
                options
                    .set("s3.allow_http", "true")
                    .map_err(|e| self.error(e))?;
            }
        }
        let state = session_state_with_s3_support(config).map_err(|e| self.error(e))?;
        SessionContext::remote_with_state(&format!("df://{}", self.scheduler), state)
            .await
            .map_err(|e| self.error(e))
    }

    /// A DataFusion error in Blinq's terms: planning errors (unknown columns, wrong types)
    /// are the query's fault; a scheduler that cannot be reached is unavailable; the rest
    /// happened on the cluster.
    fn error(&self, e: DataFusionError) -> ClusterError {
        let message = e.strip_backtrace();
        match e.find_root() {
            DataFusionError::Plan(_) | DataFusionError::SchemaError(..) => {
                BlinqError::Query(message).into()
            }
            _ => {
                let unreachable = [
                    "connect",
                    "Connection refused",
                    "transport error",
                    "dns error",
                ]
                .iter()
                .any(|needle| message.contains(needle));
                if unreachable {
                    ClusterError::Unavailable {
                        address: self.scheduler.clone(),
                        message,
                    }
                } else {
                    ClusterError::Engine(message)
                }
            }
        }
    }
}
