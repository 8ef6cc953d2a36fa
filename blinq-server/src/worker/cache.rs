//! A worker's loaded datasets, bounded in bytes, least recently used evicted first.

use blinq_core::Dataset;

use crate::lru::ByteLru;

/// Loaded datasets by id, holding at most `capacity` bytes (polars' estimate of each frame).
#[derive(Debug)]
pub struct DatasetCache {
    datasets: ByteLru<Dataset>,
}

impl DatasetCache {
    /// An empty cache of `capacity` bytes (0 keeps nothing).
    pub fn new(capacity: usize) -> Self {
        DatasetCache {
            datasets: ByteLru::new(capacity),
        }
    }

    /// The dataset cached under `id`, marked as just used.
    pub fn get(&mut self, id: &str) -> Option<Dataset> {
        self.datasets.get(id).cloned()
    }

    /// Keep `dataset` under `id`, evicting the least recently used until it fits. A dataset
    /// larger than the whole cache is not kept.
    pub fn insert(&mut self, id: &str, dataset: &Dataset) {
        let bytes = dataset.frame().estimated_size();
        self.datasets.insert(id.to_string(), dataset.clone(), bytes);
    }

    /// Forget `id`.
    pub fn remove(&mut self, id: &str) {
        self.datasets.remove(id);
    }

    /// The most bytes it holds.
    pub fn capacity(&self) -> usize {
        self.datasets.capacity()
    }

    /// Bytes held.
    pub fn used(&self) -> usize {
        self.datasets.used()
    }

    /// How many datasets are held.
    pub fn len(&self) -> usize {
        self.datasets.len()
    }

    /// Whether nothing is held.
    pub fn is_empty(&self) -> bool {
        self.datasets.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use blinq_core::polars::prelude::*;

    /// A dataset of `n` i64 values: 8·n bytes of data.
    fn ints(n: i64) -> Dataset {
        let frame = df!("x" => (0..n).collect::<Vec<i64>>()).unwrap();
        Dataset::new("t", frame)
    }

    #[test]
    fn the_cache_is_bounded_in_bytes_and_evicts_the_least_recently_used() {
        // Room for two datasets of 8,000 bytes, not three.
        let mut cache = DatasetCache::new(20_000);
        cache.insert("a", &ints(1000));
        cache.insert("b", &ints(1000));
        assert_eq!((cache.len(), cache.used()), (2, 16_000));
        // `a` is used, so `b` is the one to go when `c` arrives.
        assert!(cache.get("a").is_some());
        cache.insert("c", &ints(1000));
        assert_eq!(cache.len(), 2);
        assert!(cache.get("b").is_none());
        assert!(cache.get("a").is_some() && cache.get("c").is_some());
        assert!(cache.used() <= 20_000);
    }

    #[test]
    fn a_dataset_larger_than_the_cache_is_not_kept_and_evicts_nothing() {
        let mut cache = DatasetCache::new(10_000);
        cache.insert("small", &ints(100));
        cache.insert("huge", &ints(10_000));
        assert!(cache.get("huge").is_none());
        assert!(cache.get("small").is_some());
        assert_eq!(cache.used(), 800);
    }

    #[test]
    fn many_small_datasets_do_not_grow_the_cache_past_its_capacity() {
        let mut cache = DatasetCache::new(50_000);
        for i in 0..100 {
            cache.insert(&format!("d{i}"), &ints(1000));
            assert!(cache.used() <= 50_000);
        }
        assert_eq!(cache.len(), 6);
    }
}
