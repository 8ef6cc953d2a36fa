//! Events across replicas through PostgreSQL, for deployments with a PostgreSQL catalog and
//! no Kafka broker: every event is a row of `blinq_events` (in the catalog's database), and
//! a `NOTIFY blinq_events` in the same transaction wakes the other servers, which read the
//! rows past the last one they saw into their local [`Hub`].
//!
//! The guarantees are Kafka's here: nothing makes a request wait (a publisher thread takes
//! the event); an event is retried every [`RETRY_EVERY`] until PostgreSQL stores it (at most
//! [`MAX_WAITING`] wait; the newest beyond are dropped, local clients got them already); a
//! listener that loses its connection reads, once back, every row it missed, because the
//! rows stay for [`KEEP`]. A server reads the events stored since it started. The hub drops
//! an event it already delivered, so a client gets each once (rows committed out of order
//! are caught by re-reading a few rows behind the last one seen).

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use postgres::fallible_iterator::FallibleIterator;
use postgres::{Client, NoTls};

use super::{Event, Health, Hub};

/// How long to wait between two attempts to store an event, or to reconnect.
pub const RETRY_EVERY: Duration = Duration::from_secs(1);

/// The most events kept waiting for PostgreSQL.
pub const MAX_WAITING: usize = 50_000;

/// How long event rows are kept (for listeners that were disconnected).
pub const KEEP: Duration = Duration::from_secs(3600);

/// How often a listener reads new rows even without a notification.
const POLL: Duration = Duration::from_secs(1);

/// Rows re-read behind the last one seen: a row whose transaction took a lower sequence
/// number but committed later is still read.
const REREAD: i64 = 256;

/// The channel and the table.
const CHANNEL: &str = "blinq_events";

const TABLE: &str = "CREATE TABLE IF NOT EXISTS blinq_events (
    seq BIGSERIAL PRIMARY KEY,
    payload TEXT NOT NULL,
    stored_at TIMESTAMPTZ NOT NULL DEFAULT now()
)";

/// The advisory lock the table is created under (servers starting at once).
const TABLE_LOCK: i64 = 0x626c_696e_7132;

/// What the two threads share.
#[derive(Debug, Default)]
struct Shared {
    stop: AtomicBool,
    /// Why the publisher or the listener is not working, when one is not.
    publisher_down: Mutex<Option<String>>,
    listener_down: Mutex<Option<String>>,
    waiting: std::sync::atomic::AtomicUsize,
}

fn set(slot: &Mutex<Option<String>>, value: Option<String>) {
    *slot.lock().unwrap_or_else(PoisonError::into_inner) = value;
}

/// The PostgreSQL backend of a [`super::Notifier`].
#[derive(Debug)]
pub struct PgNotifier {
    shared: Arc<Shared>,
    outbox: Mutex<Option<mpsc::Sender<Arc<Event>>>>,
    threads: Mutex<Vec<JoinHandle<()>>>,
    shown: String,
}

impl PgNotifier {
    /// Start the publisher and listener threads on the database at `url` (a server that is
    /// down is not an error: the notifier reports itself degraded and recovers by itself).
    pub fn start(url: &str, hub: Arc<Hub>) -> Result<PgNotifier, String> {
        let config: postgres::Config = url.parse().map_err(|e| format!("{e}"))?;
        let shared = Arc::new(Shared::default());
        let (tx, rx) = mpsc::channel();
        let publisher = {
            let (config, shared) = (config.clone(), shared.clone());
            std::thread::Builder::new()
                .name("pg-events-out".into())
                .spawn(move || publish_loop(&config, &shared, &rx))
                .map_err(|e| e.to_string())?
        };
        let listener = {
            let shared = shared.clone();
            std::thread::Builder::new()
                .name("pg-events-in".into())
                .spawn(move || listen_loop(&config, &shared, &hub))
                .map_err(|e| e.to_string())?
        };
        Ok(PgNotifier {
            shared,
            outbox: Mutex::new(Some(tx)),
            threads: Mutex::new(vec![publisher, listener]),
            shown: crate::store::catalog::redact(url),
        })
    }

    /// Hand `event` to the publisher thread.
    pub fn publish(&self, event: Arc<Event>) {
        if self.shared.waiting.load(Ordering::Relaxed) >= MAX_WAITING {
            tracing::warn!(event_id = %event.event_id, "{MAX_WAITING} events wait for PostgreSQL: dropping one");
            return;
        }
        let outbox = self.outbox.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(tx) = outbox.as_ref()
            && tx.send(event).is_ok()
        {
            self.shared.waiting.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Ready, or degraded with the reason.
    pub fn health(&self) -> Health {
        let read = |slot: &Mutex<Option<String>>| {
            slot.lock().unwrap_or_else(PoisonError::into_inner).clone()
        };
        if let Some(reason) = read(&self.shared.listener_down) {
            return Health::Degraded(format!(
                "not receiving events from {}: {reason}",
                self.shown
            ));
        }
        if let Some(reason) = read(&self.shared.publisher_down) {
            return Health::Degraded(format!("events wait for {}: {reason}", self.shown));
        }
        Health::Ready
    }

    /// Stop both threads, giving waiting events up to `grace` to be stored.
    pub fn shutdown(&self, grace: Duration) {
        let deadline = Instant::now() + grace;
        while self.shared.waiting.load(Ordering::Relaxed) > 0 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        self.shared.stop.store(true, Ordering::Relaxed);
        drop(
            self.outbox
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take(),
        );
        let threads =
            std::mem::take(&mut *self.threads.lock().unwrap_or_else(PoisonError::into_inner));
        for thread in threads {
            let _ = thread.join();
        }
    }
}

/// A connection with the events table in place.
fn connect(config: &postgres::Config) -> Result<Client, postgres::Error> {
    let mut client = config.connect(NoTls)?;
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&TABLE_LOCK])?;
    tx.batch_execute(TABLE)?;
    tx.commit()?;
    Ok(client)
}

/// Store the waiting events in order, retrying each until PostgreSQL takes it; prune old
/// rows now and then.
fn publish_loop(config: &postgres::Config, shared: &Shared, rx: &mpsc::Receiver<Arc<Event>>) {
    let mut pending: VecDeque<Arc<Event>> = VecDeque::new();
    let mut client: Option<Client> = None;
    let mut pruned = Instant::now() - KEEP;
    let mut open = true;
    while open || !pending.is_empty() {
        if shared.stop.load(Ordering::Relaxed) {
            break;
        }
        if pending.is_empty() {
            match rx.recv_timeout(POLL) {
                Ok(event) => pending.push_back(event),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => open = false,
            }
        }
        pending.extend(rx.try_iter());
        let result = (|| -> Result<(), postgres::Error> {
            if client.as_ref().is_none_or(Client::is_closed) {
                client = Some(connect(config)?);
            }
            let c = client.as_mut().expect("connected above");
            while let Some(event) = pending.front() {
                let payload = serde_json::to_string(event.as_ref()).unwrap_or_default();
                let mut tx = c.transaction()?;
                tx.execute(
                    "INSERT INTO blinq_events (payload) VALUES ($1)",
                    &[&payload],
                )?;
                tx.batch_execute(&format!("NOTIFY {CHANNEL}"))?;
                tx.commit()?;
                pending.pop_front();
                shared.waiting.fetch_sub(1, Ordering::Relaxed);
            }
            if pruned.elapsed() >= KEEP / 12 {
                c.execute(
                    "DELETE FROM blinq_events WHERE stored_at < now() - make_interval(secs => $1)",
                    &[&(KEEP.as_secs_f64())],
                )?;
                pruned = Instant::now();
            }
            Ok(())
        })();
        match result {
            Ok(()) => {
                let mut down = shared
                    .publisher_down
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner);
                if down.take().is_some() {
                    tracing::info!("PostgreSQL takes events again");
                }
            }
            Err(e) => {
                let mut down = shared
                    .publisher_down
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner);
                if down.is_none() {
                    tracing::warn!(
                        "PostgreSQL does not take events ({e}); retrying every {RETRY_EVERY:?}"
                    );
                }
                *down = Some(e.to_string());
                drop(down);
                client = None;
                std::thread::sleep(RETRY_EVERY);
            }
        }
    }
}

/// Read the rows past the last one seen into the hub, woken by notifications (and every
/// [`POLL`] regardless); reconnect and catch up after a lost connection.
fn listen_loop(config: &postgres::Config, shared: &Shared, hub: &Hub) {
    let mut last_seen: Option<i64> = None;
    while !shared.stop.load(Ordering::Relaxed) {
        let result = (|| -> Result<(), postgres::Error> {
            let mut client = connect(config)?;
            client.batch_execute(&format!("LISTEN {CHANNEL}"))?;
            if last_seen.is_none() {
                // The events stored from now on.
                let row =
                    client.query_one("SELECT coalesce(max(seq), 0) FROM blinq_events", &[])?;
                last_seen = Some(row.get(0));
            }
            set(&shared.listener_down, None);
            while !shared.stop.load(Ordering::Relaxed) {
                let after = last_seen.unwrap_or(0);
                let rows = client.query(
                    "SELECT seq, payload FROM blinq_events WHERE seq > $1 ORDER BY seq",
                    &[&(after - REREAD)],
                )?;
                for row in rows {
                    let seq: i64 = row.get(0);
                    let payload: &str = row.get(1);
                    if let Ok(event) = serde_json::from_str::<Event>(payload) {
                        hub.deliver(Arc::new(event));
                    }
                    last_seen = Some(last_seen.unwrap_or(0).max(seq));
                }
                // Wait for a notification (or the poll interval); drop the others queued.
                if client.notifications().timeout_iter(POLL).next()?.is_some() {
                    let mut queued = client.notifications();
                    let mut queued = queued.iter();
                    while queued.next()?.is_some() {}
                }
            }
            Ok(())
        })();
        if let Err(e) = result {
            let mut down = shared
                .listener_down
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            if down.is_none() {
                tracing::warn!(
                    "lost the PostgreSQL event listener ({e}); reconnecting every {RETRY_EVERY:?}"
                );
            }
            *down = Some(e.to_string());
            drop(down);
            std::thread::sleep(RETRY_EVERY);
        }
    }
}
