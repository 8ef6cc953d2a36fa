//! Live notifications: the [`Event`]s the server emits ("a plot is ready", ...) and the
//! [`Notifier`] that carries them to WebSocket clients.
//!
//! Every event goes to the in-process [`Hub`] at once (the browsers connected to this
//! server); with a Kafka broker configured it is also published to the topic, and a
//! background consumer relays the events of the other replicas into the local hub; with a
//! PostgreSQL catalog and no broker, PostgreSQL carries them the same way ([`postgres`]). The hub
//! drops an event it has already delivered (by [`Event::event_id`]), so a client never gets
//! one event twice.

pub mod in_process;
#[cfg(feature = "kafka")]
pub mod kafka;
pub mod postgres;

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;

pub use in_process::Hub;
#[cfg(feature = "kafka")]
pub use kafka::{KafkaConfig, KafkaNotifier};
pub use postgres::PgNotifier;

#[cfg(feature = "kafka")]
use crate::error::ApiResult;

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub enum EventKind {
    /// A plot was stored (`POST /api/plots`, or a chart answer of `/api/analysis`).
    #[serde(rename = "plot.created")]
    PlotCreated,
    /// A plot was deleted.
    #[serde(rename = "plot.deleted")]
    PlotDeleted,
    /// A dataset was uploaded.
    #[serde(rename = "dataset.created")]
    DatasetCreated,
    /// A dataset was deleted.
    #[serde(rename = "dataset.deleted")]
    DatasetDeleted,
    /// A question to `/api/analysis` was answered.
    #[serde(rename = "analysis.completed")]
    AnalysisCompleted,
}

/// One notification, as sent to WebSocket clients (JSON) and through Kafka.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Event {
    /// `plot.created`, `plot.deleted`, `dataset.created`, `dataset.deleted` or
    /// `analysis.completed`.
    #[serde(rename = "type")]
    pub kind: EventKind,
    /// The id of the plot or dataset (for `analysis.completed`, the dataset asked about).
    pub id: String,
    /// The user it belongs to; only their clients receive it.
    pub owner: String,
    /// When it happened (RFC 3339, UTC).
    pub at: String,
    /// Unique per event: the same event reaching a server twice is delivered once.
    pub event_id: String,
    /// The dataset's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The dataset a plot or analysis is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dataset: Option<String>,
    /// The plot's PNG.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub png_url: Option<String>,
    /// The plot's SVG.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub svg_url: Option<String>,
    /// The plot's interactive chart (Vega-Lite spec).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vl_url: Option<String>,
    /// The plot's metadata URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The stored chart of an analysis answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plot_id: Option<String>,
    /// The question of an analysis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
}

impl Event {
    /// A new event of `kind` about `id`, for `owner`, happening now.
    pub fn new(kind: EventKind, id: impl Into<String>, owner: impl Into<String>) -> Self {
        Event {
            kind,
            id: id.into(),
            owner: owner.into(),
            at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            event_id: uuid::Uuid::new_v4().to_string(),
            name: None,
            dataset: None,
            png_url: None,
            svg_url: None,
            vl_url: None,
            url: None,
            plot_id: None,
            query: None,
        }
    }

    /// `plot.created` with the plot's URLs.
    pub fn plot_created(owner: &str, info: &crate::api::PlotInfo) -> Self {
        Event {
            dataset: Some(info.dataset.clone()),
            png_url: Some(info.png_url.clone()),
            svg_url: Some(info.svg_url.clone()),
            vl_url: Some(info.vl_url.clone()),
            url: Some(format!("/api/plots/{}", info.id)),
            ..Event::new(EventKind::PlotCreated, &info.id, owner)
        }
    }
}

/// Whether notifications flow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Health {
    /// Everything works.
    Ready,
    /// Local clients still get local events, but something is wrong (the broker is down,
    /// events are waiting to be published, ...).
    Degraded(String),
}

/// The notification backend of one server: where events go, and where WebSocket clients
/// subscribe.
#[derive(Debug, Clone)]
pub struct Notifier {
    hub: Arc<Hub>,
    #[cfg(feature = "kafka")]
    kafka: Option<Arc<KafkaNotifier>>,
    postgres: Option<Arc<PgNotifier>>,
}

impl Notifier {
    /// The embedded default: events reach the clients of this process only.
    pub fn in_process() -> Self {
        Notifier {
            hub: Arc::new(Hub::new()),
            #[cfg(feature = "kafka")]
            kafka: None,
            postgres: None,
        }
    }

    /// Events also go through PostgreSQL (the catalog's database at `url`), so clients of
    /// every server on it receive them. Starts a publisher and a listener thread; a database
    /// that is down is not an error: the notifier reports itself degraded and recovers.
    pub fn postgres(url: &str) -> Result<Self, String> {
        let hub = Arc::new(Hub::new());
        let postgres = PgNotifier::start(url, hub.clone())?;
        Ok(Notifier {
            hub,
            #[cfg(feature = "kafka")]
            kafka: None,
            postgres: Some(Arc::new(postgres)),
        })
    }

    /// Events also go through Kafka, so clients of every replica receive them. Starts the
    /// background producer and consumer tasks (needs a Tokio runtime); a broker that is down
    /// is not an error: the notifier reports itself degraded and recovers by itself.
    #[cfg(feature = "kafka")]
    pub fn kafka(config: KafkaConfig) -> ApiResult<Self> {
        let hub = Arc::new(Hub::new());
        let kafka = KafkaNotifier::start(config, hub.clone())?;
        Ok(Notifier {
            hub,
            kafka: Some(Arc::new(kafka)),
            postgres: None,
        })
    }

    /// `in-process`, `kafka` or `postgres`.
    pub fn backend(&self) -> &'static str {
        if self.postgres.is_some() {
            return "postgres";
        }
        #[cfg(feature = "kafka")]
        if self.kafka.is_some() {
            return "kafka";
        }
        "in-process"
    }

    /// Send `event` to its owner's clients; never waits for a broker.
    pub fn publish(&self, event: Event) {
        let event = Arc::new(event);
        self.hub.deliver(event.clone());
        #[cfg(feature = "kafka")]
        if let Some(kafka) = &self.kafka {
            kafka.publish(event.clone());
        }
        if let Some(postgres) = &self.postgres {
            postgres.publish(event);
        }
    }

    /// A receiver of `owner`'s events from now on.
    pub fn subscribe(&self, owner: &str) -> broadcast::Receiver<Arc<Event>> {
        self.hub.subscribe(owner)
    }

    /// Whether notifications flow.
    pub fn health(&self) -> Health {
        if let Some(postgres) = &self.postgres {
            return postgres.health();
        }
        #[cfg(feature = "kafka")]
        if let Some(kafka) = &self.kafka {
            return kafka.health();
        }
        Health::Ready
    }

    /// Stop the background tasks, giving queued events up to `grace` to reach the broker.
    pub async fn shutdown(&self, grace: std::time::Duration) {
        #[cfg(feature = "kafka")]
        if let Some(kafka) = &self.kafka {
            kafka.shutdown(grace).await;
        }
        if let Some(postgres) = self.postgres.clone() {
            let _ = tokio::task::spawn_blocking(move || postgres.shutdown(grace)).await;
        }
        #[cfg(not(feature = "kafka"))]
        let _ = grace;
    }
}

impl Default for Notifier {
    fn default() -> Self {
        Notifier::in_process()
    }
}
