//! The Kafka backend: every event is published to a topic (keyed by owner) by an idempotent
//! producer, and a consumer in every server instance relays the topic into the local
//! [`Hub`], so a plot created through one replica reaches browsers connected to another.
//!
//! Nothing here makes a request wait for the broker: [`KafkaNotifier::publish`] hands the
//! event to a background task. Each event is retried (every [`RETRY_EVERY`] after a failed
//! attempt of `message.timeout.ms`) until the broker takes it, so events created while the
//! broker is down arrive once it is back. The consumer reads every partition directly
//! (no consumer group rebalancing), starting at the messages produced since this instance
//! started, and keeps its position in memory across broker restarts.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::ClientContext;
use rdkafka::config::{ClientConfig, RDKafkaLogLevel};
use rdkafka::consumer::{Consumer, ConsumerContext, StreamConsumer};
use rdkafka::error::KafkaError;
use rdkafka::message::Message;
use rdkafka::producer::{FutureProducer, FutureRecord, Producer};
use rdkafka::topic_partition_list::{Offset, TopicPartitionList};
use rdkafka::types::RDKafkaErrorCode;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use super::{Event, Health, Hub};
use crate::error::{ApiError, ApiResult};

/// How long to wait between two attempts to publish one event.
pub const RETRY_EVERY: Duration = Duration::from_secs(1);

/// The most events kept waiting for the broker; beyond that the newest are dropped (local
/// clients got them already).
const MAX_WAITING: usize = 50_000;

/// librdkafka's own log lines and errors go to `debug`: while the broker is down it reports
/// every failed reconnect, many times a second. The notifier logs the transitions (broker
/// lost, broker back) itself, once each.
#[derive(Debug, Clone, Copy, Default)]
pub struct Quiet;

impl ClientContext for Quiet {
    fn log(&self, level: RDKafkaLogLevel, facility: &str, message: &str) {
        match level {
            RDKafkaLogLevel::Emerg | RDKafkaLogLevel::Alert | RDKafkaLogLevel::Critical => {
                tracing::error!(facility, "librdkafka: {message}")
            }
            _ => tracing::debug!(facility, "librdkafka: {message}"),
        }
    }

    fn error(&self, error: KafkaError, reason: &str) {
        tracing::debug!("librdkafka: {error}: {reason}");
    }
}

impl ConsumerContext for Quiet {}

type EventProducer = FutureProducer<Quiet>;
type EventConsumer = StreamConsumer<Quiet>;
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
    producer: EventProducer,
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
        .set("log_level", "4");
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
        let timeout_ms = config.message_timeout.as_millis().clamp(100, 300_000);
        let producer: EventProducer = client_config(&config)
            .set("enable.idempotence", "true")
            .set("acks", "all")
            .set("linger.ms", "1")
            .set("message.timeout.ms", timeout_ms.to_string())
            .set("request.timeout.ms", timeout_ms.min(30_000).to_string())
            .create_with_context(Quiet)
            .map_err(|e| kafka_error("producer", e))?;
        let consumer: EventConsumer = client_config(&config)
            // Its own group: every instance reads every event. Offsets are never committed;
            // the position lives in memory (see the module documentation).
            .set("group.id", format!("blinq-{}", uuid::Uuid::new_v4()))
            .set("enable.auto.commit", "false")
            .set("enable.auto.offset.store", "false")
            .set("enable.partition.eof", "false")
            .set("fetch.wait.max.ms", "100")
            .set("fetch.error.backoff.ms", "100")
            .create_with_context(Quiet)
            .map_err(|e| kafka_error("consumer", e))?;
        let admin: Admin = client_config(&config)
            .create_with_context(Quiet)
            .map_err(|e| kafka_error("admin client", e))?;

        let status = Arc::new(Status::default());
        status.set_broker_error(Some("not connected to the Kafka broker yet".into()));
        let cancel = CancellationToken::new();
        let tracker = TaskTracker::new();
        let (queue, waiting) = mpsc::unbounded_channel();
        let started_ms = now_millis();

        tracker.spawn_on(
            watch_broker(
                producer.clone(),
                admin,
                config.topic.clone(),
                status.clone(),
                cancel.clone(),
            ),
            &runtime,
        );
        tracker.spawn_on(
            produce(
                producer.clone(),
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
            producer,
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
        let producer = self.producer.clone();
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

/// Probe the broker every second (for `/ready`), and create the topic when it is missing.
async fn watch_broker(
    producer: EventProducer,
    admin: Admin,
    topic: String,
    status: Arc<Status>,
    cancel: CancellationToken,
) {
    loop {
        let probe = {
            let producer = producer.clone();
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
                if !found {
                    create_topic(&admin, &topic).await;
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

/// Take queued events and publish each in its own task, retrying until the broker has it.
async fn produce(
    producer: EventProducer,
    topic: String,
    mut waiting: mpsc::UnboundedReceiver<Arc<Event>>,
    status: Arc<Status>,
    cancel: CancellationToken,
    tracker: TaskTracker,
) {
    loop {
        let event = tokio::select! {
            () = cancel.cancelled() => return,
            event = waiting.recv() => match event {
                Some(event) => event,
                None => return,
            },
        };
        tracker.spawn(send_until_delivered(
            producer.clone(),
            topic.clone(),
            event,
            status.clone(),
            cancel.clone(),
        ));
    }
}

async fn send_until_delivered(
    producer: EventProducer,
    topic: String,
    event: Arc<Event>,
    status: Arc<Status>,
    cancel: CancellationToken,
) {
    let payload = match serde_json::to_vec(&*event) {
        Ok(payload) => payload,
        Err(e) => {
            tracing::error!(error = %e, "cannot encode an event");
            status.in_flight.fetch_sub(1, Ordering::Relaxed);
            return;
        }
    };
    let mut failed = false;
    loop {
        let record = FutureRecord::to(&topic)
            .key(event.owner.as_bytes())
            .payload(&payload);
        let sent = tokio::select! {
            () = cancel.cancelled() => break,
            sent = producer.send(record, Duration::from_millis(500)) => sent,
        };
        match sent {
            Ok(_) => break,
            Err((e, _)) => {
                if !failed {
                    failed = true;
                    status.retrying.fetch_add(1, Ordering::Relaxed);
                    tracing::warn!(event_id = %event.event_id, error = %e,
                        "publishing an event to Kafka failed; retrying in the background");
                }
                tokio::select! {
                    () = cancel.cancelled() => break,
                    () = tokio::time::sleep(RETRY_EVERY) => {}
                }
            }
        }
    }
    if failed {
        status.retrying.fetch_sub(1, Ordering::Relaxed);
    }
    status.in_flight.fetch_sub(1, Ordering::Relaxed);
}

/// Assign every partition of `topic` at the first message produced at or after
/// `started_ms` (blocking calls).
fn assign_partitions(
    consumer: &EventConsumer,
    topic: &str,
    started_ms: i64,
) -> Result<usize, String> {
    let metadata = consumer
        .fetch_metadata(Some(topic), Duration::from_secs(2))
        .map_err(|e| e.to_string())?;
    let partitions: Vec<i32> = metadata
        .topics()
        .iter()
        .filter(|t| t.name() == topic && t.error().is_none())
        .flat_map(|t| t.partitions().iter().map(|p| p.id()))
        .collect();
    if partitions.is_empty() {
        return Err(format!("topic {topic} has no partitions yet"));
    }
    let mut wanted = TopicPartitionList::new();
    for &partition in &partitions {
        wanted
            .add_partition_offset(topic, partition, Offset::Offset(started_ms))
            .map_err(|e| e.to_string())?;
    }
    let found = consumer
        .offsets_for_times(wanted, Duration::from_secs(5))
        .map_err(|e| e.to_string())?;
    let mut assignment = TopicPartitionList::new();
    for element in found.elements() {
        // No message since `started_ms` yet: start at the current end (resolved now, so
        // that nothing produced after this call is skipped).
        let offset = match element.offset() {
            Offset::Offset(o) if o >= 0 => Offset::Offset(o),
            _ => {
                let (_, high) = consumer
                    .fetch_watermarks(topic, element.partition(), Duration::from_secs(5))
                    .map_err(|e| e.to_string())?;
                Offset::Offset(high)
            }
        };
        assignment
            .add_partition_offset(topic, element.partition(), offset)
            .map_err(|e| e.to_string())?;
    }
    consumer.assign(&assignment).map_err(|e| e.to_string())?;
    Ok(partitions.len())
}

/// Relay the topic into the local hub.
async fn consume(
    consumer: Arc<EventConsumer>,
    topic: String,
    started_ms: i64,
    hub: Arc<Hub>,
    status: Arc<Status>,
    cancel: CancellationToken,
) {
    loop {
        let assigned = {
            let consumer = consumer.clone();
            let topic = topic.clone();
            tokio::task::spawn_blocking(move || assign_partitions(&consumer, &topic, started_ms))
                .await
        };
        match assigned {
            Ok(Ok(n)) => {
                tracing::info!(
                    topic,
                    partitions = n,
                    "relaying Kafka events to WebSocket clients"
                );
                break;
            }
            Ok(Err(e)) => tracing::debug!(error = %e, "the Kafka consumer cannot start yet"),
            Err(e) => tracing::warn!(error = %e, "the Kafka consumer cannot start yet"),
        }
        tokio::select! {
            () = cancel.cancelled() => return,
            () = tokio::time::sleep(Duration::from_millis(500)) => {}
        }
    }
    status.consumer_ready.store(true, Ordering::Relaxed);
    loop {
        let message = tokio::select! {
            () = cancel.cancelled() => return,
            message = consumer.recv() => message,
        };
        match message {
            Ok(message) => {
                let Some(payload) = message.payload() else {
                    continue;
                };
                match serde_json::from_slice::<Event>(payload) {
                    Ok(event) => {
                        hub.deliver(Arc::new(event));
                    }
                    Err(e) => tracing::warn!(
                        partition = message.partition(),
                        offset = message.offset(),
                        error = %e,
                        "skipping a Kafka message that is not a Blinq event"
                    ),
                }
            }
            Err(e) => {
                tracing::debug!(error = %e, "Kafka consumer error");
                tokio::select! {
                    () = cancel.cancelled() => return,
                    () = tokio::time::sleep(Duration::from_millis(100)) => {}
                }
            }
        }
    }
}
