//! The in-process hub: one Tokio broadcast channel per user with connected clients.
//!
//! Delivering never waits: a broadcast send only writes into the channel's ring buffer, and
//! each receiver (one per WebSocket client) reads at its own pace. A client that falls more
//! than [`CLIENT_QUEUE`] events behind sees `Lagged` and is closed as too slow; the others
//! are not affected.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::broadcast;

use super::Event;

/// How many events one client may have queued before it is dropped as too slow.
pub const CLIENT_QUEUE: usize = 256;

/// How many recent event ids are remembered to drop duplicates.
const SEEN: usize = 16_384;

/// Per-user broadcast channels and the recently delivered event ids.
#[derive(Debug, Default)]
pub struct Hub {
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    channels: HashMap<String, broadcast::Sender<Arc<Event>>>,
    seen: HashSet<String>,
    order: VecDeque<String>,
}

impl Hub {
    /// An empty hub.
    pub fn new() -> Self {
        Hub::default()
    }

    /// Hand `event` to its owner's subscribers, unless it was delivered before. Returns
    /// whether it was new.
    pub fn deliver(&self, event: Arc<Event>) -> bool {
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        if !inner.seen.insert(event.event_id.clone()) {
            return false;
        }
        inner.order.push_back(event.event_id.clone());
        if inner.order.len() > SEEN
            && let Some(old) = inner.order.pop_front()
        {
            inner.seen.remove(&old);
        }
        let owner = event.owner.clone();
        let gone = match inner.channels.get(&owner) {
            // An error only means nobody listens any more.
            Some(sender) => sender.send(event).is_err(),
            None => false,
        };
        if gone {
            inner.channels.remove(&owner);
        }
        true
    }

    /// A receiver of `owner`'s events from now on.
    pub fn subscribe(&self, owner: &str) -> broadcast::Receiver<Arc<Event>> {
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(sender) = inner.channels.get(owner) {
            return sender.subscribe();
        }
        let (sender, receiver) = broadcast::channel(CLIENT_QUEUE);
        inner.channels.insert(owner.to_string(), sender);
        receiver
    }

    /// How many users have connected clients.
    pub fn users(&self) -> usize {
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        inner.channels.retain(|_, s| s.receiver_count() > 0);
        inner.channels.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notify::EventKind;

    #[tokio::test]
    async fn delivers_to_the_owner_only_and_once() {
        let hub = Hub::new();
        let mut alice = hub.subscribe("alice");
        let mut bob = hub.subscribe("bob");
        let event = Arc::new(Event::new(EventKind::PlotCreated, "p1", "alice"));
        assert!(hub.deliver(event.clone()));
        assert!(!hub.deliver(event.clone()), "a duplicate is dropped");
        assert_eq!(alice.recv().await.unwrap().id, "p1");
        assert!(alice.try_recv().is_err());
        assert!(bob.try_recv().is_err());
    }

    #[test]
    fn event_json_has_the_documented_shape() {
        let event = Event::new(EventKind::DatasetDeleted, "d1", "alice");
        let json = serde_json::to_value(&event).unwrap();
        assert_eq!(json["type"], "dataset.deleted");
        assert_eq!(json["id"], "d1");
        assert_eq!(json["owner"], "alice");
        assert!(json["at"].as_str().unwrap().ends_with('Z'));
        assert!(json.get("png_url").is_none());
        let back: Event = serde_json::from_value(json).unwrap();
        assert_eq!(back, event);
    }
}
