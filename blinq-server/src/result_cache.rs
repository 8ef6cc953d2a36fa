//! Answers of earlier queries, served again without running them.
//!
//! A stored dataset never changes under its id (an upload makes a new id), so the answer to
//! the same SQL over the same datasets, with the same row cap and format, is the same bytes:
//! a dashboard that refreshes a chart, or many people opening one page, need not plan and run
//! it again. The key is everything the answer depends on (the datasets' ids, names, files and
//! dictionaries, the SQL text, the row cap, the format); the caller checks the token and the
//! owner first, so an entry is only ever reached by someone allowed to run the query. Entries
//! are bounded in bytes, the least recently used evicted first; large answers are not kept.

use std::sync::{Mutex, MutexGuard};

use axum::body::Bytes;

use crate::lru::ByteLru;

/// A cached answer: its bytes and content type.
#[derive(Debug, Clone)]
pub struct CachedAnswer {
    /// The response body.
    pub body: Bytes,
    /// Its `Content-Type`.
    pub content_type: &'static str,
}

/// Answers by key, at most `capacity` bytes, none larger than `max_entry` bytes.
#[derive(Debug)]
pub struct ResultCache {
    enabled: bool,
    max_entry: usize,
    answers: Mutex<ByteLru<Entry>>,
}

#[derive(Debug)]
struct Entry {
    answer: CachedAnswer,
    datasets: Vec<String>,
}

impl ResultCache {
    /// An empty cache of `capacity` bytes (0 keeps nothing); one answer may take up to a
    /// sixteenth of it.
    pub fn new(capacity: usize) -> Self {
        Self::with_limits(capacity, capacity / 16)
    }

    fn with_limits(capacity: usize, max_entry: usize) -> Self {
        ResultCache {
            enabled: capacity > 0,
            max_entry,
            answers: Mutex::new(ByteLru::new(capacity)),
        }
    }

    /// Whether the cache keeps anything.
    pub fn enabled(&self) -> bool {
        self.enabled
    }

    fn lock(&self) -> MutexGuard<'_, ByteLru<Entry>> {
        self.answers.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The answer kept under `key`, marked as just used.
    pub fn get(&self, key: &str) -> Option<CachedAnswer> {
        if !self.enabled {
            return None;
        }
        self.lock().get(key).map(|e| e.answer.clone())
    }

    /// Keep `answer` under `key`, naming the datasets it was computed from; evicts the least
    /// recently used answers until it fits. An answer over the per-entry limit is not kept.
    pub fn insert(&self, key: String, datasets: Vec<String>, answer: CachedAnswer) {
        let bytes = answer.body.len() + key.len();
        if !self.enabled || bytes > self.max_entry {
            return;
        }
        self.lock().insert(key, Entry { answer, datasets }, bytes);
    }

    /// Forget every answer computed from dataset `id` (it was deleted).
    pub fn forget_dataset(&self, id: &str) {
        self.lock().retain(|e| !e.datasets.iter().any(|d| d == id));
    }

    /// Bytes held (answers and keys).
    pub fn used(&self) -> usize {
        self.lock().used()
    }

    /// How many answers are held.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Whether no answer is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(n: usize) -> CachedAnswer {
        CachedAnswer {
            body: Bytes::from(vec![b'x'; n]),
            content_type: "application/json",
        }
    }

    #[test]
    fn an_answer_is_served_again_until_evicted_least_recently_used_first() {
        // Room for three answers of 100 bytes and a 1-byte key.
        let cache = ResultCache::with_limits(303, 101);
        for key in ["a", "b", "c"] {
            cache.insert(key.into(), vec![], answer(100));
        }
        assert_eq!((cache.len(), cache.used()), (3, 303));
        // `a` is used, so `b` goes when `d` arrives.
        assert_eq!(cache.get("a").unwrap().body.len(), 100);
        cache.insert("d".into(), vec![], answer(100));
        assert!(cache.get("b").is_none());
        assert!(cache.get("a").is_some() && cache.get("c").is_some() && cache.get("d").is_some());
        assert_eq!(cache.used(), 303);
    }

    #[test]
    fn a_large_answer_is_not_kept_and_nothing_is_kept_when_disabled() {
        let cache = ResultCache::new(1600);
        cache.insert("small".into(), vec![], answer(50));
        cache.insert("large".into(), vec![], answer(200)); // over 1600 / 16
        assert!(cache.get("large").is_none());
        assert!(cache.get("small").is_some());

        let off = ResultCache::new(0);
        off.insert("k".into(), vec![], answer(1));
        assert!(off.get("k").is_none() && off.is_empty());
    }

    #[test]
    fn deleting_a_dataset_forgets_the_answers_computed_from_it() {
        let cache = ResultCache::new(1 << 20);
        cache.insert("q1".into(), vec!["d1".into()], answer(10));
        cache.insert("q2".into(), vec!["d1".into(), "d2".into()], answer(10));
        cache.insert("q3".into(), vec!["d2".into()], answer(10));
        cache.forget_dataset("d1");
        assert!(cache.get("q1").is_none() && cache.get("q2").is_none());
        assert!(cache.get("q3").is_some());
        assert_eq!(cache.used(), 12);
    }

    #[test]
    fn replacing_a_key_keeps_the_byte_count_right() {
        let cache = ResultCache::new(1 << 20);
        for n in [10, 30, 20] {
            cache.insert("k".into(), vec![], answer(n));
        }
        assert_eq!((cache.len(), cache.used()), (1, 21));
        assert_eq!(cache.get("k").unwrap().body.len(), 20);
    }
}
