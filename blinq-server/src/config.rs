//! Server configuration: command-line flags, each also settable through a `BLINQ_*`
//! environment variable.

use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, ValueEnum};

/// The JWT signing algorithm accepted (exactly one: the algorithm is pinned).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum JwtAlgorithm {
    /// HMAC with SHA-256 and a shared secret.
    #[value(name = "HS256")]
    Hs256,
    /// RSA PKCS#1 v1.5 with SHA-256; verified with a public key.
    #[value(name = "RS256")]
    Rs256,
    /// ECDSA P-256 with SHA-256; verified with a public key.
    #[value(name = "ES256")]
    Es256,
}

/// How tokens are checked (shared by `blinq serve` and `blinq token`).
#[derive(Debug, Clone, Args)]
pub struct AuthArgs {
    /// Where datasets, plots, the catalog and the generated secret live.
    #[arg(long, env = "BLINQ_DATA_DIR", default_value = "blinq-data")]
    pub data_dir: PathBuf,
    /// The HS256 secret; when neither this nor a public key is set, a random secret is
    /// created in the data directory.
    #[arg(long, env = "BLINQ_JWT_SECRET", hide_env_values = true)]
    pub jwt_secret: Option<String>,
    /// A PEM public key file (RSA or EC) for RS256/ES256 tokens from an identity provider.
    #[arg(long, env = "BLINQ_JWT_PUBLIC_KEY", conflicts_with = "jwt_secret")]
    pub jwt_public_key: Option<PathBuf>,
    /// The algorithm for `--jwt-public-key` (RS256 or ES256); HS256 with a secret.
    #[arg(long, env = "BLINQ_JWT_ALGORITHM", value_enum)]
    pub jwt_algorithm: Option<JwtAlgorithm>,
    /// When set, tokens must carry this `aud`.
    #[arg(long, env = "BLINQ_JWT_AUDIENCE")]
    pub jwt_audience: Option<String>,
    /// When set, tokens must carry this `iss`.
    #[arg(long, env = "BLINQ_JWT_ISSUER")]
    pub jwt_issuer: Option<String>,
}

impl AuthArgs {
    /// Defaults: the data dir given, a generated secret, no audience or issuer.
    pub fn new(data_dir: impl Into<PathBuf>) -> Self {
        AuthArgs {
            data_dir: data_dir.into(),
            jwt_secret: None,
            jwt_public_key: None,
            jwt_algorithm: None,
            jwt_audience: None,
            jwt_issuer: None,
        }
    }
}

/// Flags of `blinq serve`.
#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// The address to listen on.
    #[arg(long, env = "BLINQ_HOST", default_value = "127.0.0.1")]
    pub host: IpAddr,
    /// The port to listen on (0 picks a free one).
    #[arg(long, short, env = "BLINQ_PORT", default_value_t = 8000)]
    pub port: u16,
    /// Token checking and the data directory.
    #[command(flatten)]
    pub auth: AuthArgs,
    /// The largest upload accepted, in MiB.
    #[arg(long, env = "BLINQ_MAX_UPLOAD_MB", default_value_t = 512)]
    pub max_upload_mb: u64,
    /// The longest a request may take, in seconds.
    #[arg(long, env = "BLINQ_REQUEST_TIMEOUT_SECS", default_value_t = 120)]
    pub request_timeout_secs: u64,
    /// The longest one piece of heavy work (parsing an upload, a query, a describe, a
    /// chart, an answer) may run, in seconds; its worker is then stopped and the request
    /// answered 408.
    #[arg(long, env = "BLINQ_QUERY_TIMEOUT_SECS", default_value_t = 30)]
    pub query_timeout_secs: u64,
    /// The most rows a JSON query answer holds (CSV/Arrow/Parquet answers hold all, within
    /// `--max-result-mb`).
    #[arg(long, env = "BLINQ_MAX_ROWS", default_value_t = 10_000)]
    pub max_rows: usize,
    /// Origins allowed to call the API from a browser (comma-separated, `*` for any);
    /// CORS is off when empty.
    #[arg(long, env = "BLINQ_CORS_ORIGINS", value_delimiter = ',')]
    pub cors_origins: Vec<String>,
    /// The `sub` of the token printed at start when the secret is generated.
    #[arg(long, env = "BLINQ_LOCAL_USER", default_value = "local")]
    pub local_user: String,
    /// Where the catalog of datasets and plots is: a PostgreSQL URL
    /// (`postgres://user:password@host:5432/db`, which several servers can share), or unset
    /// for the SQLite file in the data directory.
    #[arg(long, env = "BLINQ_CATALOG")]
    pub catalog: Option<String>,
    /// Where the data files are: an S3-compatible bucket (`s3://bucket/prefix`, which
    /// several servers can share; endpoint and keys from `AWS_ENDPOINT`,
    /// `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`, `AWS_ALLOW_HTTP`), or
    /// unset for the data directory. A bucket needs a PostgreSQL `--catalog`.
    #[arg(long, env = "BLINQ_STORE")]
    pub store: Option<String>,
    /// The most MiB of dataset files each server keeps copies of, when they are in a bucket.
    #[arg(long, env = "BLINQ_STORE_CACHE_MB", default_value_t = 10_240)]
    pub store_cache_mb: u64,
    /// Kafka bootstrap servers (`host:port,...`): events are published there and relayed to
    /// the WebSocket clients of every replica. Without it, events stay in this process.
    #[arg(long, env = "BLINQ_KAFKA_BROKERS")]
    pub kafka_brokers: Option<String>,
    /// The Kafka topic of the events.
    #[arg(long, env = "BLINQ_KAFKA_TOPIC", default_value = "blinq.events")]
    pub kafka_topic: String,
    /// How often the server pings each WebSocket client, in seconds; a client that has not
    /// answered two pings is closed.
    #[arg(long, env = "BLINQ_WS_PING_SECS", default_value_t = 20)]
    pub ws_ping_secs: u64,
    /// Worker processes doing the heavy work (loading, queries, describe, charts, answers);
    /// by default one per core, at least 2 and at most 8.
    #[arg(long, env = "BLINQ_WORKERS")]
    pub workers: Option<usize>,
    /// Memory one worker may use for a piece of work, in MiB; work that needs more is
    /// stopped with 413. By default half the machine's memory shared by the workers.
    #[arg(long, env = "BLINQ_QUERY_MEMORY_MB")]
    pub query_memory_mb: Option<u64>,
    /// Memory each worker keeps loaded datasets in between requests, in MiB (part of
    /// `--query-memory-mb`); by default a quarter of it.
    #[arg(long, env = "BLINQ_DATASET_CACHE_MB")]
    pub dataset_cache_mb: Option<u64>,
    /// Memory the server keeps answers of queries in, in MiB: the same SQL over the same
    /// datasets is answered again from it without running (a stored dataset never changes
    /// under its id). 0 turns it off.
    #[arg(long, env = "BLINQ_RESULT_CACHE_MB", default_value_t = 64)]
    pub result_cache_mb: u64,
    /// The largest answer of any format (JSON, CSV, Arrow, Parquet), in MiB; larger ones
    /// are refused with 413.
    #[arg(long, env = "BLINQ_MAX_RESULT_MB", default_value_t = 256)]
    pub max_result_mb: u64,
    /// The most columns an uploaded dataset may have.
    #[arg(long, env = "BLINQ_MAX_COLUMNS", default_value_t = 2_000)]
    pub max_columns: usize,
    /// Uploads received at the same time; another waits up to 5 seconds for a slot, then
    /// is answered 503 with Retry-After.
    #[arg(long, env = "BLINQ_MAX_CONCURRENT_UPLOADS", default_value_t = 4)]
    pub max_concurrent_uploads: usize,
    /// Open WebSockets in all; more are answered 503 (also lowered to fit the process's
    /// open-file limit).
    #[arg(long, env = "BLINQ_MAX_WEBSOCKETS", default_value_t = 1_000)]
    pub max_websockets: usize,
    /// Open WebSockets per user; more are answered 429.
    #[arg(long, env = "BLINQ_MAX_WEBSOCKETS_PER_USER", default_value_t = 32)]
    pub max_websockets_per_user: usize,
    /// An Apache DataFusion Ballista cluster (`ballista://HOST:PORT`, see `blinq cluster`)
    /// that runs the SQL queries over large datasets; its executors must reach the data
    /// files (the same directory, or the `--store` bucket). Needs the `cluster` feature.
    #[arg(long, env = "BLINQ_ENGINE")]
    pub engine: Option<String>,
    /// Datasets (all of a query's together) of at least this many MiB of Parquet are queried
    /// on the `--engine` cluster; smaller ones here. 0 sends every query there.
    #[arg(long, env = "BLINQ_ENGINE_THRESHOLD_MB", default_value_t = 1_024)]
    pub engine_threshold_mb: u64,
    /// The program run as `PROGRAM worker` for the worker processes; this executable by
    /// default (set by tests and embedders whose executable is not `blinq`).
    #[arg(long, env = "BLINQ_WORKER_PROGRAM", hide = true)]
    pub worker_program: Option<PathBuf>,
}

impl ServeArgs {
    /// Defaults for everything, with `data_dir` as the data directory and port 0.
    pub fn for_data_dir(data_dir: impl Into<PathBuf>) -> Self {
        ServeArgs {
            host: IpAddr::from([127, 0, 0, 1]),
            port: 0,
            auth: AuthArgs::new(data_dir),
            max_upload_mb: 512,
            request_timeout_secs: 120,
            query_timeout_secs: 30,
            max_rows: 10_000,
            cors_origins: Vec::new(),
            local_user: "local".into(),
            catalog: None,
            store: None,
            store_cache_mb: 10_240,
            kafka_brokers: None,
            kafka_topic: "blinq.events".into(),
            ws_ping_secs: 20,
            workers: None,
            query_memory_mb: None,
            dataset_cache_mb: None,
            result_cache_mb: 64,
            max_result_mb: 256,
            max_columns: 2_000,
            max_concurrent_uploads: 4,
            max_websockets: 1_000,
            max_websockets_per_user: 32,
            worker_program: None,
            engine: None,
            engine_threshold_mb: 1_024,
        }
    }

    /// The number of worker processes.
    pub fn worker_count(&self) -> usize {
        self.workers.unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map_or(2, |n| n.get())
                .clamp(2, 8)
        })
    }

    /// The memory budget of one worker, in MiB: the flag, or half the machine's memory
    /// divided among the workers (at least 256 MiB).
    pub fn worker_memory_mb(&self) -> u64 {
        self.query_memory_mb.unwrap_or_else(|| {
            #[cfg(unix)]
            let total = crate::worker::limits::physical_memory();
            #[cfg(not(unix))]
            let total: Option<u64> = None;
            let total_mb = total.map_or(4096, |b| b / (1024 * 1024));
            (total_mb / 2 / self.worker_count() as u64).max(256)
        })
    }

    /// The dataset cache of one worker, in MiB.
    pub fn dataset_cache_mb(&self) -> u64 {
        self.dataset_cache_mb
            .unwrap_or_else(|| self.worker_memory_mb() / 4)
    }

    /// The result cache's size in bytes.
    pub fn result_cache_bytes(&self) -> usize {
        usize::try_from(self.result_cache_mb.saturating_mul(1024 * 1024)).unwrap_or(usize::MAX)
    }

    /// Where the store's catalog and files are.
    pub fn locations(&self) -> crate::store::Locations {
        crate::store::Locations {
            catalog: self.catalog.clone(),
            files: self.store.clone(),
            cache_bytes: self.store_cache_mb.saturating_mul(1024 * 1024),
        }
    }

    /// The upload limit in bytes.
    pub fn max_upload_bytes(&self) -> usize {
        usize::try_from(self.max_upload_mb.saturating_mul(1024 * 1024)).unwrap_or(usize::MAX)
    }

    /// The request time limit.
    pub fn request_timeout(&self) -> Duration {
        Duration::from_secs(self.request_timeout_secs.max(1))
    }

    /// The interval between WebSocket pings.
    pub fn ws_ping(&self) -> Duration {
        Duration::from_secs(self.ws_ping_secs.max(1))
    }

    /// The per-query time limit.
    pub fn query_timeout(&self) -> Duration {
        Duration::from_secs(self.query_timeout_secs.max(1))
    }
}
