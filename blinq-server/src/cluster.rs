//! SQL over large datasets on an Apache DataFusion Ballista cluster (`--engine
//! ballista://HOST:PORT`, the `cluster` feature): the route between the worker pool and the
//! cluster, by the size of the datasets a query reads.

use blinq_core::sql::{QueryResult, SqlLimits};

use crate::config::ServeArgs;
use crate::error::{ApiError, ApiResult};
use crate::store::DatasetLocation;

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
            let mut tables: Vec<Table> = datasets
                .iter()
                .map(|d| Table::new(&d.name, &d.location))
                .collect();
            if let [one] = datasets
                && one.name != "data"
            {
                tables.push(Table::new("data", &one.location));
            }
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
}
