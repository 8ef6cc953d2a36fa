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
    /// The longest one SQL query may run, in seconds.
    #[arg(long, env = "BLINQ_QUERY_TIMEOUT_SECS", default_value_t = 30)]
    pub query_timeout_secs: u64,
    /// The most rows a JSON query answer holds (CSV/Arrow/Parquet answers hold all).
    #[arg(long, env = "BLINQ_MAX_ROWS", default_value_t = 10_000)]
    pub max_rows: usize,
    /// Origins allowed to call the API from a browser (comma-separated, `*` for any);
    /// CORS is off when empty.
    #[arg(long, env = "BLINQ_CORS_ORIGINS", value_delimiter = ',')]
    pub cors_origins: Vec<String>,
    /// The `sub` of the token printed at start when the secret is generated.
    #[arg(long, env = "BLINQ_LOCAL_USER", default_value = "local")]
    pub local_user: String,
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
            kafka_brokers: None,
            kafka_topic: "blinq.events".into(),
            ws_ping_secs: 20,
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
