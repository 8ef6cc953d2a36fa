//! SQL over large datasets on an Apache DataFusion Ballista cluster (`--engine
//! ballista://HOST:PORT`, the `cluster` feature): the route between the worker pool and the
//! cluster, by the size of the datasets a query reads. Queries, answers and plots of such
//! datasets are computed there; this process gets Arrow results back and draws the charts.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use blinq_core::agent::{ASK_SAMPLE_ROWS, Answer, AskOptions, ask_remote};
use blinq_core::plot::{PlotSpec, RemoteChart};
use blinq_core::sql::{QueryResult, RemoteSql, SqlLimits};
use blinq_core::{BlinqError, Dataset};
use serde_json::Value;

use crate::config::ServeArgs;
use crate::error::{ApiError, ApiResult};
use crate::store::{DatasetLocation, Store};
use crate::worker::jobs::{answer_images, draw};

/// The cluster queries go to, and from what size.
#[derive(Debug)]
pub struct Cluster {
    #[cfg(feature = "cluster")]
    engine: blinq_cluster::Engine,
    address: String,
    threshold: u64,
}

impl Cluster {
    /// The cluster `--engine` names, if any. Without the `cluster` feature a configured
    /// engine is a start-up error, not a silent fallback.
    pub fn from_config(config: &ServeArgs) -> ApiResult<Option<Cluster>> {
        let Some(url) = &config.engine else {
            return Ok(None);
        };
        let threshold = config.engine_threshold_mb.saturating_mul(1024 * 1024);
        #[cfg(feature = "cluster")]
        {
            let mut engine = blinq_cluster::Engine::from_url(url)
                .map_err(|e| ApiError::Config(format!("--engine: {e}")))?;
            if config
                .store
                .as_deref()
                .is_some_and(|s| s.starts_with("s3://"))
            {
                engine = engine.with_s3(blinq_cluster::S3Access::from_env());
            }
            Ok(Some(Cluster {
                engine,
                address: url.clone(),
                threshold,
            }))
        }
        #[cfg(not(feature = "cluster"))]
        {
            let _ = threshold;
            Err(ApiError::Config(format!(
                "--engine {url} needs a blinq built with the `cluster` feature \
                 (cargo build --release -p blinq-server --features cluster)"
            )))
        }
    }

    /// The engine's address, for logs.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// Whether a query over datasets of `bytes` in all runs on the cluster.
    pub fn takes(&self, bytes: u64) -> bool {
        bytes >= self.threshold
    }

    /// Run `sql` on the cluster. With one dataset its table is `data` and its name, with
    /// several each is its name (as in the workers).
    pub async fn query(
        &self,
        datasets: &[DatasetLocation],
        sql: &str,
        limits: SqlLimits,
    ) -> ApiResult<QueryResult> {
        #[cfg(feature = "cluster")]
        {
            use blinq_cluster::{ClusterError, Table};
            let tables = Table::for_datasets(
                datasets
                    .iter()
                    .map(|d| (d.name.as_str(), d.location.as_str())),
            );
            let engine = self.engine.clone().with_limits(limits);
            engine.query(&tables, sql).await.map_err(|e| match e {
                ClusterError::Core(e) => ApiError::Core(e),
                ClusterError::Unavailable { .. } | ClusterError::Engine(_) => {
                    ApiError::Unavailable(e.to_string())
                }
                ClusterError::Address(_) | ClusterError::Node(_) => {
                    ApiError::Internal(e.to_string())
                }
            })
        }
        #[cfg(not(feature = "cluster"))]
        {
            let _ = (datasets, sql, limits);
            Err(ApiError::Internal(
                "built without the cluster engine".into(),
            ))
        }
    }

    /// Some rows of a dataset (the first [`ASK_SAMPLE_ROWS`]), with its data dictionary: what
    /// the agent's planner reads to learn its columns and values.
    async fn sample(&self, dataset: &DatasetLocation, timeout: Duration) -> ApiResult<Dataset> {
        let limits = SqlLimits {
            max_rows: Some(ASK_SAMPLE_ROWS),
            timeout: Some(timeout),
        };
        let sql = format!("SELECT * FROM data LIMIT {ASK_SAMPLE_ROWS}");
        let result = self
            .query(std::slice::from_ref(dataset), &sql, limits)
            .await?;
        Ok(Dataset::new(dataset.name.clone(), result.frame)
            .with_dictionary(dataset.dictionary.clone())?)
    }

    /// The cluster as core's [`RemoteSql`] over one dataset, for a blocking thread.
    fn remote(self: &Arc<Self>, dataset: DatasetLocation, timeout: Duration) -> ClusterSql {
        ClusterSql {
            cluster: self.clone(),
            datasets: vec![dataset],
            timeout,
            runtime: tokio::runtime::Handle::current(),
            failure: Mutex::new(None),
        }
    }

    /// The agent's answer to a question about a dataset on the cluster: the planner reads a
    /// sample, the plan's SQL runs on the cluster, a chart is drawn here from its result.
    /// Returns the answer and its chart's PNG, SVG and Vega-Lite spec (none without one).
    pub async fn ask(
        self: &Arc<Self>,
        dataset: DatasetLocation,
        question: String,
        options: AskOptions,
        timeout: Duration,
    ) -> ApiResult<(Answer, Vec<Vec<u8>>)> {
        let sample = self.sample(&dataset, timeout).await?;
        let remote = self.remote(dataset, timeout);
        off_the_runtime(move || {
            let mut answer = remote.outcome(ask_remote(&remote, &sample, &question, &options))?;
            let images = answer_images(&mut answer)?;
            Ok((answer, images))
        })
        .await
    }

    /// A chart of a dataset on the cluster, drawn here from what the cluster sends back
    /// (see [`RemoteChart`]). Returns the resolved spec and the PNG, SVG and Vega-Lite spec.
    pub async fn plot(
        self: &Arc<Self>,
        dataset: DatasetLocation,
        spec: PlotSpec,
        timeout: Duration,
    ) -> ApiResult<(Value, Vec<Vec<u8>>)> {
        let rows_sql = RemoteChart::rows_sql(&spec, &dataset.columns);
        let (name, dictionary) = (dataset.name.clone(), dataset.dictionary.clone());
        let remote = self.remote(dataset, timeout);
        off_the_runtime(move || {
            let chart = remote.outcome(RemoteChart::fetch(&remote, &spec, &rows_sql))?;
            let columns = chart.data.column_names();
            let data = chart
                .data
                .with_name(name)
                .with_dictionary(dictionary.only(&columns))?;
            let (resolved, files) = draw(&data, &chart.draw)?;
            // Aggregated by the cluster: stored with the spec as asked (its defaults filled
            // in), not the one that drew the aggregate.
            let resolved = match &chart.reduction {
                Some(reduction) => serde_json::to_value(reduction.resolved(&data)?)
                    .map_err(|e| ApiError::Internal(format!("encoding a spec: {e}")))?,
                None => resolved,
            };
            Ok((resolved, files))
        })
        .await
    }
}

/// The cluster as the agent's [`RemoteSql`]: each query runs on the server's runtime from
/// the blocking thread the agent is on. A failure of the cluster itself (unreachable, a
/// query failed there) is kept, so the route answers 503 rather than a query error.
struct ClusterSql {
    cluster: Arc<Cluster>,
    datasets: Vec<DatasetLocation>,
    timeout: Duration,
    runtime: tokio::runtime::Handle,
    failure: Mutex<Option<ApiError>>,
}

impl ClusterSql {
    /// `result` in the server's terms: a failure of the cluster itself, kept while the
    /// agent or the chart ran, wins over the query error core saw.
    fn outcome<T>(&self, result: blinq_core::Result<T>) -> ApiResult<T> {
        let failure = self.failure.lock().ok().and_then(|mut f| f.take());
        match (result, failure) {
            (Err(_), Some(failure)) => Err(failure),
            (Err(err), None) => Err(ApiError::Core(err)),
            (Ok(value), _) => Ok(value),
        }
    }
}

impl RemoteSql for ClusterSql {
    fn execute(&self, sql: &str, limits: SqlLimits) -> blinq_core::Result<QueryResult> {
        let limits = SqlLimits {
            timeout: limits.timeout.or(Some(self.timeout)),
            ..limits
        };
        let run = self.cluster.query(&self.datasets, sql, limits);
        match self.runtime.block_on(run) {
            Ok(result) => Ok(result),
            Err(ApiError::Core(err)) => Err(err),
            Err(failure) => {
                let message = failure.to_string();
                if let Ok(mut kept) = self.failure.lock() {
                    *kept = Some(failure);
                }
                Err(BlinqError::Query(message))
            }
        }
    }
}

/// `f` on a blocking thread (this module does not depend on the server's state).
async fn off_the_runtime<T: Send + 'static>(
    f: impl FnOnce() -> ApiResult<T> + Send + 'static,
) -> ApiResult<T> {
    tokio::task::spawn_blocking(f).await?
}

/// Where a question or a chart about one of `owner`'s datasets is computed: on `cluster`,
/// with the dataset's location, when there is one and the dataset is at its threshold or
/// above; `None` for the workers.
pub async fn taking(
    cluster: Option<&Arc<Cluster>>,
    store: &Arc<Store>,
    owner: &str,
    id: &str,
) -> ApiResult<Option<(Arc<Cluster>, DatasetLocation)>> {
    let Some(cluster) = cluster else {
        return Ok(None);
    };
    let store = store.clone();
    let (owner, id) = (owner.to_string(), id.to_string());
    let located = off_the_runtime(move || Ok(store.dataset_location(&owner, &id)?)).await?;
    Ok(cluster
        .takes(located.bytes)
        .then(|| (cluster.clone(), located)))
}
