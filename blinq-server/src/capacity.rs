//! Slots for the things a client holds open: uploads in progress and WebSockets. Past the
//! limit a request is refused (503 or 429, with `Retry-After`) — an upload after waiting
//! briefly for a slot, a WebSocket at once — so that no client can exhaust the server's
//! memory or file descriptors.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::error::ApiError;

/// How long an upload waits for a slot before it is refused.
pub const UPLOAD_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// Descriptors kept free for everything but WebSockets (the listener, HTTP connections,
/// the catalog, worker pipes, files being read).
pub const RESERVED_FILES: u64 = 128;

/// Upload slots.
#[derive(Debug, Clone)]
pub struct Uploads {
    slots: Arc<Semaphore>,
    limit: usize,
    wait: std::time::Duration,
}

impl Uploads {
    /// `limit` uploads at once (at least one); another waits up to `wait` for a slot.
    pub fn new(limit: usize, wait: std::time::Duration) -> Self {
        let limit = limit.max(1);
        Uploads {
            slots: Arc::new(Semaphore::new(limit)),
            limit,
            wait,
        }
    }

    /// A slot for one upload, held until dropped, waiting for one (before the body is
    /// read); 503 when none frees up in time.
    pub async fn take(&self) -> Result<OwnedSemaphorePermit, ApiError> {
        let waited = tokio::time::timeout(self.wait, self.slots.clone().acquire_owned()).await;
        waited.ok().and_then(Result::ok).ok_or_else(|| {
            ApiError::Busy(format!(
                "{} uploads are already in progress (the server's --max-concurrent-uploads); \
                 try again shortly",
                self.limit
            ))
        })
    }
}

/// WebSocket slots, in all and per user.
#[derive(Debug, Clone)]
pub struct Sockets {
    inner: Arc<Mutex<Counts>>,
    total: usize,
    per_user: usize,
}

#[derive(Debug, Default)]
struct Counts {
    total: usize,
    by_user: HashMap<String, usize>,
}

/// One open WebSocket's slot, given back when dropped.
#[derive(Debug)]
pub struct SocketSlot {
    inner: Arc<Mutex<Counts>>,
    user: String,
}

impl Sockets {
    /// `total` sockets in all, `per_user` for one user.
    pub fn new(total: usize, per_user: usize) -> Self {
        Sockets {
            inner: Arc::new(Mutex::new(Counts::default())),
            total,
            per_user,
        }
    }

    /// The limit in all.
    pub fn total(&self) -> usize {
        self.total
    }

    /// A slot for one of `user`'s sockets: 429 past the per-user limit, 503 past the total.
    pub fn try_take(&self, user: &str) -> Result<SocketSlot, ApiError> {
        let mut counts = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        let mine = counts.by_user.get(user).copied().unwrap_or(0);
        if mine >= self.per_user {
            return Err(ApiError::TooManyRequests(format!(
                "you have {mine} live connections open, the most one user may have (the \
                 server's --max-websockets-per-user); close one first"
            )));
        }
        if counts.total >= self.total {
            return Err(ApiError::Busy(format!(
                "the server has {} live connections open, its limit (--max-websockets); try \
                 again shortly",
                counts.total
            )));
        }
        counts.total += 1;
        *counts.by_user.entry(user.to_string()).or_default() += 1;
        Ok(SocketSlot {
            inner: self.inner.clone(),
            user: user.to_string(),
        })
    }
}

impl Drop for SocketSlot {
    fn drop(&mut self) {
        let mut counts = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        counts.total = counts.total.saturating_sub(1);
        if let Some(n) = counts.by_user.get_mut(&self.user) {
            *n -= 1;
            if *n == 0 {
                counts.by_user.remove(&self.user);
            }
        }
    }
}

/// The WebSocket limit that fits in `open_files` descriptors, and whether it was lowered.
pub fn fit_sockets(wanted: usize, open_files: u64) -> (usize, bool) {
    let room = usize::try_from(open_files.saturating_sub(RESERVED_FILES)).unwrap_or(usize::MAX);
    if wanted > room {
        (room.max(1), true)
    } else {
        (wanted, false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::StatusCode;

    #[test]
    fn per_user_slots_run_out_before_the_total_and_come_back_when_dropped() {
        let sockets = Sockets::new(3, 2);
        let a1 = sockets.try_take("alice").unwrap();
        let _a2 = sockets.try_take("alice").unwrap();
        let err = sockets.try_take("alice").unwrap_err();
        assert_eq!(err.status(), StatusCode::TOO_MANY_REQUESTS);
        let _b1 = sockets.try_take("bob").unwrap();
        let err = sockets.try_take("carol").unwrap_err();
        assert_eq!(err.status(), StatusCode::SERVICE_UNAVAILABLE);
        drop(a1);
        assert!(sockets.try_take("carol").is_ok());
    }

    #[tokio::test]
    async fn upload_slots_are_limited_waited_for_and_released() {
        let wait = std::time::Duration::from_millis(300);
        let uploads = Uploads::new(1, wait);
        let first = uploads.take().await.unwrap();
        assert_eq!(
            uploads.take().await.unwrap_err().status(),
            StatusCode::SERVICE_UNAVAILABLE
        );
        // A slot freed while an upload waits goes to it.
        let waiting = tokio::spawn({
            let uploads = uploads.clone();
            async move { uploads.take().await.is_ok() }
        });
        tokio::time::sleep(wait / 3).await;
        drop(first);
        assert!(waiting.await.unwrap());
    }

    #[test]
    fn the_socket_limit_fits_the_descriptor_limit() {
        assert_eq!(fit_sockets(1000, 256), (128, true));
        assert_eq!(fit_sockets(1000, 1 << 20), (1000, false));
    }
}
