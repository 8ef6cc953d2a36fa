//! Publishing: each event is sent in its own task and retried until the broker has it; a
//! producer that librdkafka declares fatally broken is replaced.

use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use rdkafka::producer::{FutureProducer, FutureRecord, Producer};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use super::{KafkaConfig, Quiet, RETRY_EVERY, Status, client_config, kafka_error};
use crate::error::ApiResult;
use crate::notify::Event;

pub(super) type EventProducer = FutureProducer<Quiet>;

/// A new idempotent producer (acks=all) whose attempts last `message_timeout`.
fn new_producer(config: &KafkaConfig) -> ApiResult<EventProducer> {
    let timeout_ms = config.message_timeout.as_millis().clamp(100, 300_000);
    client_config(config)
        .set("enable.idempotence", "true")
        .set("acks", "all")
        .set("linger.ms", "1")
        .set("message.timeout.ms", timeout_ms.to_string())
        .set("request.timeout.ms", timeout_ms.min(30_000).to_string())
        .create_with_context(Quiet::new("producer"))
        .map_err(|e| kafka_error("producer", e))
}

/// The current producer. An idempotent producer that hits a fatal error (librdkafka's word
/// for a state it cannot recover from, such as a sequence gap after a broker lost data) fails
/// every later send, so the first sender to see one swaps in a new producer.
pub(super) struct ProducerSlot {
    config: KafkaConfig,
    current: Mutex<(u64, EventProducer)>,
}

impl ProducerSlot {
    /// A slot holding a first producer for `config`.
    pub(super) fn new(config: &KafkaConfig) -> ApiResult<Self> {
        Ok(ProducerSlot {
            config: config.clone(),
            current: Mutex::new((0, new_producer(config)?)),
        })
    }

    /// The current producer and its generation.
    pub(super) fn get(&self) -> (u64, EventProducer) {
        let current = self.current.lock().unwrap_or_else(PoisonError::into_inner);
        (current.0, current.1.clone())
    }

    /// If `producer` (of `generation`) is fatally broken, make sure a new one is current.
    /// Returns whether a newer producer than `producer` is now current.
    pub(super) fn replace_if_fatal(&self, generation: u64, producer: &EventProducer) -> bool {
        let Some((code, reason)) = producer.client().fatal_error() else {
            return false;
        };
        let mut current = self.current.lock().unwrap_or_else(PoisonError::into_inner);
        if current.0 != generation {
            return true; // another sender replaced it already
        }
        match new_producer(&self.config) {
            Ok(fresh) => {
                tracing::error!(error = %code, reason,
                    "the Kafka producer hit a fatal error; replaced it with a new one");
                *current = (generation + 1, fresh);
                true
            }
            Err(e) => {
                tracing::error!(error = %e, "the Kafka producer hit a fatal error and cannot be replaced");
                false
            }
        }
    }
}

/// Take queued events and publish each in its own task, retrying until the broker has it.
pub(super) async fn produce(
    producers: Arc<ProducerSlot>,
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
            producers.clone(),
            topic.clone(),
            event,
            status.clone(),
            cancel.clone(),
        ));
    }
}

async fn send_until_delivered(
    producers: Arc<ProducerSlot>,
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
        let (generation, producer) = producers.get();
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
                let replaced = producers.replace_if_fatal(generation, &producer);
                if !failed {
                    failed = true;
                    status.retrying.fetch_add(1, Ordering::Relaxed);
                    tracing::warn!(event_id = %event.event_id, error = %e,
                        "publishing an event to Kafka failed; retrying in the background");
                }
                if replaced {
                    continue; // at once, with the new producer
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

#[cfg(test)]
mod tests {
    use std::ffi::CString;
    use std::time::Instant;

    use rdkafka::bindings::{rd_kafka_resp_err_t, rd_kafka_test_fatal_error};

    use super::*;
    use crate::notify::kafka::KafkaNotifier;
    use crate::notify::{EventKind, Health, Hub};

    /// librdkafka's own hook puts the producer in the fatal state an idempotent producer
    /// reaches after, say, a broker lost acknowledged data; the event must still arrive.
    #[tokio::test(flavor = "multi_thread")]
    async fn a_fatally_broken_producer_is_replaced_and_the_event_still_arrives() {
        let Ok(brokers) = std::env::var("BLINQ_TEST_KAFKA") else {
            assert!(
                std::env::var_os("BLINQ_REQUIRE_KAFKA").is_none(),
                "BLINQ_REQUIRE_KAFKA is set but BLINQ_TEST_KAFKA (host:port of a broker) is not"
            );
            eprintln!("\n!!! SKIPPING a Kafka test: set BLINQ_TEST_KAFKA=host:port of a broker\n");
            return;
        };
        let hub = Arc::new(Hub::new());
        let mut received = hub.subscribe("alice");
        let topic = format!("blinq.test.{}", uuid::Uuid::new_v4());
        let notifier = KafkaNotifier::start(KafkaConfig::new(brokers, topic), hub.clone()).unwrap();
        let deadline = Instant::now() + Duration::from_secs(60);
        while !matches!(notifier.health(), Health::Ready) {
            assert!(Instant::now() < deadline, "{:?}", notifier.health());
            tokio::time::sleep(Duration::from_millis(200)).await;
        }

        let (generation, broken) = notifier.producers.get();
        let reason = CString::new("injected by a test").unwrap();
        // SAFETY: the client pointer is alive (held by `broken`) and `reason` is a C string.
        let code = unsafe {
            rd_kafka_test_fatal_error(
                broken.client().native_ptr(),
                rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_OUT_OF_ORDER_SEQUENCE_NUMBER,
                reason.as_ptr(),
            )
        };
        assert_eq!(code, rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR);
        assert!(broken.client().fatal_error().is_some());

        let event = Arc::new(Event::new(EventKind::PlotCreated, "p1", "alice"));
        notifier.publish(event.clone());
        let got = tokio::time::timeout(Duration::from_secs(30), received.recv())
            .await
            .expect("the event did not come back through Kafka within 30 s")
            .unwrap();
        assert_eq!(got.event_id, event.event_id);
        assert_eq!(notifier.producers.get().0, generation + 1);
        notifier.shutdown(Duration::from_secs(2)).await;
    }
}
