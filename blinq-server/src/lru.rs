//! A map bounded in bytes that evicts its least recently used entries: what the workers'
//! dataset cache and the server's result cache both are.

use std::collections::{BTreeMap, HashMap};

/// Values by key, holding at most `capacity` bytes (as the caller counts them).
#[derive(Debug)]
pub struct ByteLru<V> {
    capacity: usize,
    used: usize,
    tick: u64,
    entries: HashMap<String, Entry<V>>,
    /// Last use → key, oldest first.
    order: BTreeMap<u64, String>,
}

#[derive(Debug)]
struct Entry<V> {
    value: V,
    bytes: usize,
    last_used: u64,
}

impl<V> ByteLru<V> {
    /// An empty map of `capacity` bytes (0 keeps nothing).
    pub fn new(capacity: usize) -> Self {
        ByteLru {
            capacity,
            used: 0,
            tick: 0,
            entries: HashMap::new(),
            order: BTreeMap::new(),
        }
    }

    /// The value under `key`, marked as just used.
    pub fn get(&mut self, key: &str) -> Option<&V> {
        self.tick += 1;
        let tick = self.tick;
        let entry = self.entries.get_mut(key)?;
        let previous = std::mem::replace(&mut entry.last_used, tick);
        self.order.remove(&previous);
        self.order.insert(tick, key.to_string());
        Some(&entry.value)
    }

    /// Keep `value` (`bytes` large) under `key`, in place of what was there, evicting the
    /// least recently used until it fits. A value larger than the whole map is not kept.
    pub fn insert(&mut self, key: String, value: V, bytes: usize) {
        self.remove(&key);
        if bytes > self.capacity {
            return;
        }
        while self.used + bytes > self.capacity {
            let Some((_, oldest)) = self.order.pop_first() else {
                break;
            };
            if let Some(entry) = self.entries.remove(&oldest) {
                self.used -= entry.bytes;
            }
        }
        self.tick += 1;
        self.used += bytes;
        self.order.insert(self.tick, key.clone());
        let last_used = self.tick;
        self.entries.insert(
            key,
            Entry {
                value,
                bytes,
                last_used,
            },
        );
    }

    /// Forget `key`.
    pub fn remove(&mut self, key: &str) {
        if let Some(entry) = self.entries.remove(key) {
            self.used -= entry.bytes;
            self.order.remove(&entry.last_used);
        }
    }

    /// Forget every entry whose value `keep` refuses.
    pub fn retain(&mut self, keep: impl Fn(&V) -> bool) {
        let gone: Vec<String> = self
            .entries
            .iter()
            .filter(|(_, e)| !keep(&e.value))
            .map(|(k, _)| k.clone())
            .collect();
        for key in gone {
            self.remove(&key);
        }
    }

    /// The most bytes it holds.
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// Bytes held.
    pub fn used(&self) -> usize {
        self.used
    }

    /// How many entries are held.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether nothing is held.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn least_recently_used_go_first_and_the_bytes_stay_counted() {
        let mut lru = ByteLru::new(300);
        for key in ["a", "b", "c"] {
            lru.insert(key.into(), key.to_uppercase(), 100);
        }
        assert_eq!(lru.get("a").map(String::as_str), Some("A"));
        lru.insert("d".into(), "D".into(), 100);
        assert!(lru.get("b").is_none());
        assert_eq!((lru.len(), lru.used()), (3, 300));
        // Replacing a key counts its new size only; too large a value is not kept.
        lru.insert("a".into(), "A2".into(), 50);
        assert_eq!(lru.used(), 250);
        lru.insert("huge".into(), "H".into(), 301);
        assert!(lru.get("huge").is_none());
        lru.retain(|v| v != "C");
        assert!(lru.get("c").is_none());
        assert_eq!((lru.len(), lru.used()), (2, 150));
    }
}
