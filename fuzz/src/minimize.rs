//! Shrinking a failing input: remove ever smaller chunks while it still fails.

use std::time::{Duration, Instant};

/// The smallest input found within `budget` for which `fails` still holds; `input` itself
/// must fail.
pub fn minimize(input: &[u8], budget: Duration, mut fails: impl FnMut(&[u8]) -> bool) -> Vec<u8> {
    let start = Instant::now();
    let mut best = input.to_vec();
    let mut chunk = (best.len() / 2).max(1);
    while start.elapsed() < budget && !best.is_empty() {
        let mut removed = false;
        let mut at = 0;
        while at < best.len() && start.elapsed() < budget {
            let end = (at + chunk).min(best.len());
            let mut candidate = Vec::with_capacity(best.len() - (end - at));
            candidate.extend_from_slice(&best[..at]);
            candidate.extend_from_slice(&best[end..]);
            if fails(&candidate) {
                best = candidate;
                removed = true;
            } else {
                at = end;
            }
        }
        if chunk == 1 && !removed {
            break;
        }
        if !removed {
            chunk = (chunk / 2).max(1);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shrinks_to_the_bytes_that_matter() {
        let input = b"xxxxxxxxAxxxxxBxxxxxxx";
        let small = minimize(input, Duration::from_secs(5), |c| {
            c.contains(&b'A') && c.contains(&b'B')
        });
        assert_eq!(small, b"AB");
    }
}
