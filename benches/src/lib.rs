//! Shared helpers for Blinq's benchmarks: deterministic generated data.

use std::fmt::Write as _;

/// A small deterministic pseudo-random generator (SplitMix64), so every run benches the
/// same bytes without a `rand` dependency.
#[derive(Debug, Clone)]
pub struct SplitMix(u64);

impl SplitMix {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        SplitMix(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// A float in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// A CSV in the shape of the db-benchmark "groupby" data (h2oai/db-benchmark): `rows` rows,
/// `k` = 100 groups: id1..id3 strings, id4..id6 integers, v1, v2 integers and v3 a float.
pub fn groupby_csv(rows: usize) -> String {
    let k = 100u64;
    let n = rows as u64;
    let mut rng = SplitMix::new(42);
    let mut out = String::with_capacity(rows * 64);
    out.push_str("id1,id2,id3,id4,id5,id6,v1,v2,v3\n");
    for _ in 0..rows {
        let _ = writeln!(
            out,
            "id{:03},id{:03},id{:010},{},{},{},{},{},{:.6}",
            rng.below(k) + 1,
            rng.below(k) + 1,
            rng.below((n / k).max(1)) + 1,
            rng.below(k) + 1,
            rng.below(k) + 1,
            rng.below((n / k).max(1)) + 1,
            rng.below(5) + 1,
            rng.below(15) + 1,
            rng.unit() * 100.0,
        );
    }
    out
}

/// Rows for data benchmarks: `BLINQ_BENCH_ROWS`, else 1,000,000.
pub fn bench_rows() -> usize {
    std::env::var("BLINQ_BENCH_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_csv_has_the_asked_rows_and_columns() {
        let csv = groupby_csv(1000);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 1001);
        assert!(lines.iter().all(|l| l.split(',').count() == 9));
        assert_eq!(groupby_csv(10), groupby_csv(10), "deterministic");
    }
}
