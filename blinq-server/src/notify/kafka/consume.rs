//! Relaying: a consumer reads every partition of the topic from the messages produced since
//! this instance started and hands each event to the local hub.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use rdkafka::consumer::{Consumer, StreamConsumer};
use rdkafka::message::Message;
use rdkafka::topic_partition_list::{Offset, TopicPartitionList};
use tokio_util::sync::CancellationToken;

use super::{Quiet, Status};
use crate::notify::{Event, Hub};

pub(super) type EventConsumer = StreamConsumer<Quiet>;

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
pub(super) async fn consume(
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
            // An error here is an event librdkafka queued earlier (a failed reconnect, "all
            // brokers down", ...), not a state to wait out: the messages fetched after it
            // wait behind it in the same queue, so it is taken off at once. (A pause per
            // error used to cap this at 10 errors a second; during an outage librdkafka
            // queues up to ~20 a second, and the events produced once the broker was back
            // reached the clients only after that backlog, 27 s after a 30 s outage.)
            Err(e) => {
                tracing::debug!(error = %e, "Kafka consumer error");
                // librdkafka paces these itself; only let other tasks run between them.
                tokio::task::consume_budget().await;
            }
        }
    }
}
