//! Operating-system limits: the memory and CPU caps a worker puts on itself, the signal
//! that ends a worker with its server, and the server's file descriptor limit.
//!
//! Memory is capped with `RLIMIT_DATA`, which on Linux counts a process's private writable
//! memory (heap and anonymous mappings, however they were made) and not its code, shared
//! libraries or reserved-but-unused address space. An allocation past it fails, and Rust
//! ends the process ("memory allocation of N bytes failed"): the worker dies, the server
//! sees it and answers 413, and nothing else is affected.

use std::io;

/// The private writable memory of this process now, in bytes (Linux; `None` elsewhere).
pub fn data_size() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status_kib(&status, "VmData:").map(|kib| kib * 1024)
}

/// The peak resident memory of a process from its `/proc/<pid>/status` text, in bytes.
pub fn status_kib(status: &str, field: &str) -> Option<u64> {
    let line = status.lines().find(|l| l.starts_with(field))?;
    line[field.len()..]
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

/// Cap this process's data segment at what it uses now plus `budget` bytes; returns the cap.
#[cfg(unix)]
pub fn cap_memory(budget: u64) -> io::Result<u64> {
    let cap = data_size().unwrap_or(0).saturating_add(budget);
    set_soft_and_hard(libc::RLIMIT_DATA, cap, cap)?;
    Ok(cap)
}

/// Let this process use `secs` more CPU seconds (all threads together) from now; past
/// that the kernel sends SIGXCPU, which ends it. A backstop: the server kills a worker at
/// the job's time limit long before.
#[cfg(unix)]
pub fn cap_cpu_from_now(secs: u64) -> io::Result<()> {
    let used = cpu_seconds_used();
    let (_, hard) = get(libc::RLIMIT_CPU)?;
    let soft = used.saturating_add(secs).min(hard);
    set_soft_and_hard(libc::RLIMIT_CPU, soft, hard)
}

/// CPU seconds this process has used (user + system), rounded up.
#[cfg(unix)]
fn cpu_seconds_used() -> u64 {
    // SAFETY: getrusage fills the zeroed struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: RUSAGE_SELF with a valid out pointer.
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } != 0 {
        return 0;
    }
    let secs = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec;
    u64::try_from(secs).unwrap_or(0) + 1
}

/// Raise the open-file limit to its hard limit (as Go and many servers do at start);
/// returns the soft limit now in force.
#[cfg(unix)]
pub fn raise_open_files() -> io::Result<u64> {
    let (soft, hard) = get(libc::RLIMIT_NOFILE)?;
    if soft < hard && set_soft_and_hard(libc::RLIMIT_NOFILE, hard, hard).is_ok() {
        return Ok(hard);
    }
    Ok(soft)
}

/// The machine's physical memory in bytes, when known.
#[cfg(unix)]
pub fn physical_memory() -> Option<u64> {
    // SAFETY: sysconf has no preconditions.
    let (pages, size) = unsafe {
        (
            libc::sysconf(libc::_SC_PHYS_PAGES),
            libc::sysconf(libc::_SC_PAGESIZE),
        )
    };
    (pages > 0 && size > 0).then(|| pages as u64 * size as u64)
}

/// In a child between fork and exec: be killed when the parent thread ends (Linux). The
/// worker checks at start that its parent is still the server, closing the race with a
/// parent that died before this call.
#[cfg(target_os = "linux")]
pub fn die_with_parent() -> io::Result<()> {
    // SAFETY: prctl(PR_SET_PDEATHSIG) takes a signal number and touches no memory.
    if unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Elsewhere the worker relies on its pipe closing and its CPU cap.
#[cfg(not(target_os = "linux"))]
pub fn die_with_parent() -> io::Result<()> {
    Ok(())
}

/// The parent process id.
#[cfg(unix)]
pub fn parent_pid() -> u32 {
    // SAFETY: getppid has no preconditions.
    let pid = unsafe { libc::getppid() };
    u32::try_from(pid).unwrap_or(0)
}

#[cfg(unix)]
fn get(resource: Resource) -> io::Result<(u64, u64)> {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit fills the struct it is given.
    if unsafe { libc::getrlimit(resource, &mut limit) } != 0 {
        return Err(io::Error::last_os_error());
    }
    #[allow(clippy::unnecessary_cast)] // rlim_t is u64 on Linux, not on every Unix
    Ok((limit.rlim_cur as u64, limit.rlim_max as u64))
}

#[cfg(unix)]
fn set_soft_and_hard(resource: Resource, soft: u64, hard: u64) -> io::Result<()> {
    let limit = libc::rlimit {
        rlim_cur: soft as libc::rlim_t,
        rlim_max: hard as libc::rlim_t,
    };
    // SAFETY: setrlimit reads the struct it is given.
    if unsafe { libc::setrlimit(resource, &limit) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

#[cfg(all(unix, target_os = "linux", target_env = "gnu"))]
type Resource = libc::__rlimit_resource_t;
#[cfg(not(all(unix, target_os = "linux", target_env = "gnu")))]
type Resource = libc::c_int;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_fields_are_read_in_bytes_units_of_kib() {
        let status = "Name:\tblinq\nVmHWM:\t  170212 kB\nVmData:\t   51200 kB\n";
        assert_eq!(status_kib(status, "VmHWM:"), Some(170_212));
        assert_eq!(status_kib(status, "VmData:"), Some(51_200));
        assert_eq!(status_kib(status, "VmRSS:"), None);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn this_process_has_a_data_size_and_the_machine_some_memory() {
        assert!(data_size().unwrap() > 0);
        assert!(physical_memory().unwrap() > 64 * 1024 * 1024);
    }
}
