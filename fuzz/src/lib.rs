//! Fuzzing Blinq on stable Rust: mutators (byte-level and structure-aware), targets for the
//! loaders, the SQL sandbox, plot specs and plans, and a loop that runs mutated inputs under
//! `catch_unwind` with a memory cap. `scripts/fuzz.sh` drives it; `docs/fuzzing.md` says how.

pub mod engine;
pub mod minimize;
pub mod mutate;
pub mod rng;
pub mod seeds;
pub mod targets;

pub use engine::{Outcome, run_guarded};
pub use targets::Target;

/// A short, stable name for an input: 12 hex digits of its FNV-1a hash.
pub fn short_hash(data: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in data {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{:012x}", hash >> 16)
}

/// Cap the process's address space at `bytes` so a runaway allocation fails fast (Rust then
/// aborts) instead of swapping the machine.
pub fn limit_memory(bytes: u64) -> std::io::Result<()> {
    let limit = libc::rlimit {
        rlim_cur: bytes as libc::rlim_t,
        rlim_max: bytes as libc::rlim_t,
    };
    // SAFETY: setrlimit reads a valid, initialised rlimit for the current process only.
    let rc = unsafe { libc::setrlimit(libc::RLIMIT_AS, &limit) };
    if rc == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_hashes_are_stable_and_distinct() {
        assert_eq!(short_hash(b""), short_hash(b""));
        assert_ne!(short_hash(b"a"), short_hash(b"b"));
        assert_eq!(short_hash(b"abc").len(), 12);
    }
}
