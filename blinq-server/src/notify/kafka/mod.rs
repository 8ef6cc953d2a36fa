//! The Kafka backend: every event is published to a topic (keyed by owner) by an idempotent
//! producer, and a consumer in every server instance relays the topic into the local
//! [`Hub`], so a plot created through one replica reaches browsers connected to another.
//!
//! Nothing here makes a request wait for the broker: [`KafkaNotifier::publish`] hands the
//! event to a background task. Each event is retried (every [`RETRY_EVERY`] after a failed
//! attempt of `message.timeout.ms`) until the broker takes it, so events created while the
//! broker is down arrive once it is back; a producer that librdkafka declares fatally broken
//! (which an idempotent producer can never leave) is replaced by a new one. The consumer reads every partition directly
//! (no consumer group rebalancing), starting at the messages produced since this instance
//! started, and keeps its position in memory across broker restarts.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::ClientContext;
use rdkafka::config::{ClientConfig, RDKafkaLogLevel};
use rdkafka::consumer::ConsumerContext;
use rdkafka::error::KafkaError;
use rdkafka::producer::Producer;
use rdkafka::types::RDKafkaErrorCode;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use super::{Event, Health, Hub};
use crate::error::{ApiError, ApiResult};

mod consume;
mod produce;

use consume::{EventConsumer, consume};
use produce::{ProducerSlot, produce};

/// How long to wait between two attempts to publish one event.
pub const RETRY_EVERY: Duration = Duration::from_secs(1);

/// The most events kept waiting for the broker; beyond that the newest are dropped (local
/// clients got them already).
const MAX_WAITING: usize = 50_000;

/// librdkafka's own log lines and errors go to `debug`: while the broker is down it reports
/// every failed reconnect, many times a second. The notifier logs the transitions (broker
/// lost, broker back) itself, once each. `client` names the client in the log (`producer`,
/// `consumer`, `admin`).
#[derive(Debug, Clone, Copy)]
pub struct Quiet {
    client: &'static str,
}

impl Quiet {
    fn new(client: &'static str) -> Self {
        Quiet { client }
    }
}

impl ClientContext for Quiet {
    fn log(&self, level: RDKafkaLogLevel, facility: &str, message: &str) {
        let client = self.client;
        match level {
            RDKafkaLogLevel::Emerg | RDKafkaLogLevel::Alert | RDKafkaLogLevel::Critical => {
                tracing::error!(client, facility, "librdkafka: {message}")
            }
            _ => tracing::debug!(client, facility, "librdkafka: {message}"),
        }
    }

    fn error(&self, error: KafkaError, reason: &str) {
        tracing::debug!(client = self.client, "librdkafka: {error}: {reason}");
    }
}

impl ConsumerContext for Quiet {}

type Admin = AdminClient<Quiet>;

/// How the Kafka backend is set up.
#[derive(Debug, Clone)]
pub struct KafkaConfig {
    /// Bootstrap servers, `host:port[,host:port...]`.
    pub brokers: String,
    /// The topic of the events.
    pub topic: String,
    /// How long the producer tries one attempt before it counts as failed (and is retried).
    pub message_timeout: Duration,
}

impl KafkaConfig {
    /// `brokers` and `topic`, with a 5 s attempt timeout.
    pub fn new(brokers: impl Into<String>, topic: impl Into<String>) -> Self {
        KafkaConfig {
            brokers: brokers.into(),
            topic: topic.into(),
            message_timeout: Duration::from_secs(5),
        }
    }
}

#[derive(Debug, Default)]
struct Status {
    /// Why the broker can't be reached, if it can't.
    broker_error: Mutex<Option<String>>,
    /// The consumer has its partitions.
    consumer_ready: AtomicBool,
    /// The producer's last look at the broker found the topic. Until then a send fails at
    /// once with "unknown topic" (the producer remembers the topic as missing) and is
    /// retried a second later, behind events sent after it.
    topic_known: AtomicBool,
    /// Events handed to the producer and not yet acknowledged.
    in_flight: AtomicUsize,
    /// Events whose first attempt failed and are not delivered yet.
    retrying: AtomicUsize,
}

impl Status {
    fn set_broker_error(&self, error: Option<String>) {
        *self
            .broker_error
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = error;
    }

    fn broker_error(&self) -> Option<String> {
        self.broker_error
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

/// The running Kafka backend of one server.
pub struct KafkaNotifier {
    config: KafkaConfig,
    producers: Arc<ProducerSlot>,
    queue: mpsc::UnboundedSender<Arc<Event>>,
    status: Arc<Status>,
    cancel: CancellationToken,
    tracker: TaskTracker,
}

impl std::fmt::Debug for KafkaNotifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KafkaNotifier")
            .field("config", &self.config)
            .field("status", &self.status)
            .finish()
    }
}

fn client_config(config: &KafkaConfig) -> ClientConfig {
    let mut client = ClientConfig::new();
    client
        .set("bootstrap.servers", &config.brokers)
        .set("client.id", "blinq")
        // Find a broker that came back quickly.
        .set("reconnect.backoff.ms", "100")
        .set("reconnect.backoff.max.ms", "1000")
        .set("socket.connection.setup.timeout.ms", "5000")
        .set("topic.metadata.refresh.interval.ms", "10000")
        // rust-rdkafka sets the client's level after creating it, from the `log` crate's
        // max level (errors only when no logger is installed), overriding `log_level`:
        // librdkafka's warnings (an offset reset, say) must reach `Quiet::log`.
        .set_log_level(RDKafkaLogLevel::Warning);
    // `BLINQ_KAFKA_DEBUG=consumer,fetch,...`: librdkafka's debug contexts, logged at `debug`
    // under this module (for diagnosing; very verbose).
    if let Ok(contexts) = std::env::var("BLINQ_KAFKA_DEBUG")
        && !contexts.is_empty()
    {
        client
            .set("debug", contexts)
            .set_log_level(RDKafkaLogLevel::Debug);
    }
    client
}

fn kafka_error(what: &str, e: KafkaError) -> ApiError {
    ApiError::Config(format!("Kafka {what}: {e}"))
}

fn now_millis() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

impl KafkaNotifier {
    /// Create the clients and start the producer, consumer and health tasks; events from
    /// the topic go into `hub`. Fails only on bad configuration (or without a Tokio
    /// runtime), never because the broker is down.
    pub fn start(config: KafkaConfig, hub: Arc<Hub>) -> ApiResult<Self> {
        let runtime = tokio::runtime::Handle::try_current()
            .map_err(|_| ApiError::Config("the Kafka notifier needs a Tokio runtime".into()))?;
        let producers = Arc::new(ProducerSlot::new(&config)?);
        let consumer: EventConsumer = client_config(&config)
            // Its own group: every instance reads every event. Offsets are never committed;
            // the position lives in memory (see the module documentation).
            .set("group.id", format!("blinq-{}", uuid::Uuid::new_v4()))
            .set("enable.auto.commit", "false")
            .set("enable.auto.offset.store", "false")
            .set("enable.partition.eof", "false")
            .set("fetch.wait.max.ms", "100")
            .set("fetch.error.backoff.ms", "100")
            .create_with_context(Quiet::new("consumer"))
            .map_err(|e| kafka_error("consumer", e))?;
        let admin: Admin = client_config(&config)
            .create_with_context(Quiet::new("admin"))
            .map_err(|e| kafka_error("admin client", e))?;

        let status = Arc::new(Status::default());
        status.set_broker_error(Some("not connected to the Kafka broker yet".into()));
        let cancel = CancellationToken::new();
        let tracker = TaskTracker::new();
        let (queue, waiting) = mpsc::unbounded_channel();
        let started_ms = now_millis();

        tracker.spawn_on(
            watch_broker(
                producers.clone(),
                admin,
                config.topic.clone(),
                status.clone(),
                cancel.clone(),
            ),
            &runtime,
        );
        tracker.spawn_on(
            produce(
                producers.clone(),
                config.topic.clone(),
                waiting,
                status.clone(),
                cancel.clone(),
                tracker.clone(),
            ),
            &runtime,
        );
        tracker.spawn_on(
            consume(
                Arc::new(consumer),
                config.topic.clone(),
                started_ms,
                hub,
                status.clone(),
                cancel.clone(),
            ),
            &runtime,
        );
        Ok(KafkaNotifier {
            config,
            producers,
            queue,
            status,
            cancel,
            tracker,
        })
    }

    /// Queue `event` for the broker; returns at once.
    pub fn publish(&self, event: Arc<Event>) {
        if self.status.in_flight.load(Ordering::Relaxed) >= MAX_WAITING {
            tracing::warn!(
                event_id = %event.event_id,
                "{MAX_WAITING} events are waiting for the Kafka broker; this one is not published"
            );
            return;
        }
        self.status.in_flight.fetch_add(1, Ordering::Relaxed);
        if self.queue.send(event).is_err() {
            self.status.in_flight.fetch_sub(1, Ordering::Relaxed);
        }
    }

    /// Ready when the broker answers, the consumer has its partitions and no event is
    /// waiting for a retry.
    pub fn health(&self) -> Health {
        if let Some(error) = self.status.broker_error() {
            return Health::Degraded(format!(
                "Kafka broker {} unreachable: {error}",
                self.config.brokers
            ));
        }
        if !self.status.topic_known.load(Ordering::Relaxed) {
            return Health::Degraded(format!(
                "the Kafka topic {} is not known to the producer yet",
                self.config.topic
            ));
        }
        if !self.status.consumer_ready.load(Ordering::Relaxed) {
            return Health::Degraded(format!(
                "the Kafka consumer of topic {} is not assigned yet",
                self.config.topic
            ));
        }
        let retrying = self.status.retrying.load(Ordering::Relaxed);
        if retrying > 0 {
            return Health::Degraded(format!(
                "{retrying} events are waiting to be published to Kafka"
            ));
        }
        Health::Ready
    }

    /// Stop the tasks; events not yet acknowledged get up to `grace` to reach the broker.
    pub async fn shutdown(&self, grace: Duration) {
        let (_, producer) = self.producers.get();
        let _ = tokio::task::spawn_blocking(move || producer.flush(grace)).await;
        self.cancel.cancel();
        self.tracker.close();
        let _ = tokio::time::timeout(grace, self.tracker.wait()).await;
    }
}

impl Drop for KafkaNotifier {
    fn drop(&mut self) {
        self.cancel.cancel();
    }
}

/// Probe the broker every second (for `/ready`), and create the topic when it is missing
/// (then probe again at once, so that the producer learns of the new topic).
async fn watch_broker(
    producers: Arc<ProducerSlot>,
    admin: Admin,
    topic: String,
    status: Arc<Status>,
    cancel: CancellationToken,
) {
    loop {
        let probe = {
            let (_, producer) = producers.get();
            let topic = topic.clone();
            tokio::task::spawn_blocking(move || {
                let metadata = producer
                    .client()
                    .fetch_metadata(Some(&topic), Duration::from_secs(2))?;
                Ok::<bool, KafkaError>(metadata.topics().iter().any(|t| {
                    t.name() == topic && t.error().is_none() && !t.partitions().is_empty()
                }))
            })
            .await
        };
        match probe {
            Ok(Ok(found)) => {
                if status.broker_error().is_some() {
                    tracing::info!("the Kafka broker answers");
                }
                status.set_broker_error(None);
                status.topic_known.store(found, Ordering::Relaxed);
                if !found {
                    create_topic(&admin, &topic).await;
                    tokio::select! {
                        () = cancel.cancelled() => return,
                        () = tokio::time::sleep(Duration::from_millis(100)) => {}
                    }
                    continue;
                }
            }
            Ok(Err(e)) => {
                if status.broker_error().is_none() {
                    tracing::warn!(error = %e, "the Kafka broker is unreachable");
                }
                status.set_broker_error(Some(e.to_string()));
            }
            Err(e) => status.set_broker_error(Some(format!("probe failed: {e}"))),
        }
        tokio::select! {
            () = cancel.cancelled() => return,
            () = tokio::time::sleep(Duration::from_secs(1)) => {}
        }
    }
}

async fn create_topic(admin: &Admin, topic: &str) {
    // -1: the broker's default replication factor.
    let new = NewTopic::new(topic, 3, TopicReplication::Fixed(-1));
    let options = AdminOptions::new().operation_timeout(Some(Duration::from_secs(5)));
    match admin.create_topics([&new], &options).await {
        Ok(results) => {
            for result in results {
                match result {
                    Ok(name) => tracing::info!(topic = %name, "created the Kafka topic"),
                    Err((_, RDKafkaErrorCode::TopicAlreadyExists)) => {}
                    Err((name, code)) => {
                        tracing::warn!(topic = %name, error = %code, "cannot create the Kafka topic")
                    }
                }
            }
        }
        Err(e) => tracing::warn!(topic, error = %e, "cannot create the Kafka topic"),
    }
}
