//! Running inputs: one at a time under `catch_unwind` (panics in any thread are noticed),
//! and the fuzz loop that mutates, runs, keeps inputs with new outcomes and saves findings.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{Seek, SeekFrom, Write};
use std::os::unix::fs::FileExt;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crate::minimize::minimize;
use crate::mutate;
use crate::rng::Rng;
use crate::seeds::seeds;
use crate::short_hash;
use crate::targets::{self, Target};

/// What one input did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// It ran; a short description of the result.
    Ok(String),
    /// A typed error: its code and message.
    Error(String),
    /// A panic: its message and location.
    Panic(String),
}

static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);
static QUIET: AtomicBool = AtomicBool::new(false);
static HOOK: std::sync::Once = std::sync::Once::new();

/// Record panics (from any thread) for [`run_guarded`]; the default report still prints
/// unless [`set_quiet`] made it one line.
fn install_panic_hook() {
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let message = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a non-text panic".into());
            let location = info.location().map_or("an unknown place".into(), |l| {
                format!("{}:{}", l.file(), l.line())
            });
            if let Ok(mut last) = LAST_PANIC.lock() {
                last.get_or_insert(format!("{message} at {location}"));
            }
            if QUIET.load(Ordering::Relaxed) {
                // One line, for the log: a panic that cannot unwind aborts right after this.
                eprintln!("blinq-fuzz: panicked: {message} at {location}");
            } else {
                previous(info);
            }
        }));
    });
}

/// Stop printing panic reports (the fuzz loop reports findings itself).
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

/// Run one input through a target; a panic that reaches the caller is an `Outcome::Panic`.
pub fn run_guarded(target: Target, input: &[u8]) -> Outcome {
    install_panic_hook();
    if let Ok(mut last) = LAST_PANIC.lock() {
        *last = None;
    }
    let result = panic::catch_unwind(AssertUnwindSafe(|| targets::run(target, input)));
    let panicked = LAST_PANIC.lock().ok().and_then(|mut last| last.take());
    // Only a panic that reaches the caller is a finding: blinq-core turns a reader's panic on
    // a damaged file into a parse error, which is the outcome wanted.
    match (result, panicked) {
        (Err(_), Some(message)) => Outcome::Panic(message),
        (Err(_), None) => Outcome::Panic("a panic without a report".into()),
        (Ok(Ok(summary)), _) => Outcome::Ok(summary),
        (Ok(Err(e)), _) => Outcome::Error(format!("{}: {e}", e.code())),
    }
}

/// An outcome with the details that vary per input (numbers, quoted names) removed: a new
/// signature means the input reached somewhere new.
pub fn signature(outcome: &Outcome) -> String {
    let text = match outcome {
        Outcome::Ok(s) => format!("ok {s}"),
        Outcome::Error(s) => format!("err {s}"),
        Outcome::Panic(s) => format!("panic {s}"),
    };
    let mut out = String::new();
    let mut quoted: Option<char> = None;
    for c in text.chars() {
        match (quoted, c) {
            (Some(q), c) if c == q => quoted = None,
            (Some(_), _) => {}
            (None, '`' | '"') => quoted = Some(c),
            (None, c) if c.is_ascii_digit() => {
                if !out.ends_with('#') {
                    out.push('#');
                }
            }
            (None, c) => out.push(c),
        }
        if out.len() >= 90 {
            break;
        }
    }
    out
}

/// How a fuzz run is set up.
#[derive(Debug, Clone)]
pub struct Config {
    /// The target.
    pub target: Target,
    /// How long to run.
    pub duration: Duration,
    /// Working files: `current`, `recent/`, `phase` (`m` while mutating, `r` while running),
    /// `status`, `corpus/`.
    pub out_dir: PathBuf,
    /// Where findings go (`fuzz/regressions/<target>`).
    pub regressions: PathBuf,
    /// The random seed; from the clock when `None`.
    pub seed: Option<u64>,
    /// The longest input tried, in bytes.
    pub max_len: usize,
    /// An input running longer than this aborts the process (the driver saves it).
    pub timeout: Duration,
}

/// What a fuzz run did.
#[derive(Debug, Default, Clone)]
pub struct Stats {
    /// Inputs run.
    pub execs: u64,
    /// Inputs kept for new outcomes (corpus size at the end).
    pub corpus: usize,
    /// Panics found (distinct places).
    pub panics: usize,
}

const MAX_CORPUS: usize = 2_000;

/// How many of the last inputs are kept in `out_dir/recent`.
pub const RECENT: u64 = 16;

/// Fuzz until the time is up. Panics are minimised and saved as they are found; an abort or a
/// timeout ends the process, leaving the input in `out_dir/current` for the driver.
pub fn fuzz(config: &Config) -> std::io::Result<Stats> {
    install_panic_hook();
    set_quiet(true);
    let corpus_dir = config.out_dir.join("corpus");
    fs::create_dir_all(&corpus_dir)?;
    fs::create_dir_all(&config.regressions)?;
    let mut rng = config.seed.map_or_else(Rng::from_entropy, Rng::new);
    let mut corpus = seeds(config.target);
    corpus.extend(read_dir_files(&corpus_dir));
    let mut current = File::create(config.out_dir.join("current"))?;
    let phase = File::create(config.out_dir.join("phase"))?;
    let recent_dir = config.out_dir.join("recent");
    let _ = fs::remove_dir_all(&recent_dir);
    fs::create_dir_all(&recent_dir)?;
    let watchdog = start_watchdog(config.timeout);
    let mut seen = HashSet::new();
    let mut panic_places = HashSet::new();
    let mut stats = Stats::default();
    let start = Instant::now();
    let mut last_status = Instant::now();
    let mut queue: Vec<Vec<u8>> = corpus.clone();
    while start.elapsed() < config.duration {
        // An abort while mutating is the fuzzer's own: the driver reads this to tell.
        phase.write_all_at(b"m", 0)?;
        // Every corpus input runs once unchanged first (a restart re-checks them too).
        let input = queue.pop().unwrap_or_else(|| {
            let mut input = pick_base(&mut rng, &corpus).clone();
            mutate::mutate(config.target, &mut rng, &mut input, &corpus);
            input.truncate(config.max_len);
            input
        });
        current.seek(SeekFrom::Start(0))?;
        current.set_len(0)?;
        current.write_all(&input)?;
        // The last few inputs too: a query cancelled at its time limit can go on in the
        // background and exhaust memory during a later input.
        fs::write(
            recent_dir.join(format!("{:02}", stats.execs % RECENT)),
            &input,
        )?;
        phase.write_all_at(b"r", 0)?;
        watchdog.store(now_ms(), Ordering::SeqCst);
        let outcome = run_guarded(config.target, &input);
        watchdog.store(0, Ordering::SeqCst);
        stats.execs += 1;
        match &outcome {
            Outcome::Panic(message) => {
                let place = message.rsplit(" at ").next().unwrap_or(message).to_string();
                if panic_places.insert(place.clone()) {
                    stats.panics += 1;
                    let small = minimize(
                        &input,
                        Duration::from_secs(60),
                        |candidate| matches!(run_guarded(config.target, candidate), Outcome::Panic(m) if m.ends_with(&place)),
                    );
                    let name = save(&config.regressions, &small)?;
                    println!(
                        "PANIC {}/{name} ({} bytes): {message}",
                        config.target.name(),
                        small.len()
                    );
                }
            }
            other => {
                if seen.insert(signature(other)) && corpus.len() < MAX_CORPUS {
                    fs::write(corpus_dir.join(short_hash(&input)), &input)?;
                    corpus.push(input);
                }
            }
        }
        if last_status.elapsed() > Duration::from_secs(2) {
            write_status(&config.out_dir, &stats, corpus.len())?;
            last_status = Instant::now();
        }
    }
    stats.corpus = corpus.len();
    write_status(&config.out_dir, &stats, corpus.len())?;
    drop(current);
    let _ = fs::remove_file(config.out_dir.join("current"));
    Ok(stats)
}

/// Favour recently added inputs (they reached somewhere new) over the seeds.
fn pick_base<'a>(rng: &mut Rng, corpus: &'a [Vec<u8>]) -> &'a Vec<u8> {
    if corpus.len() > 8 && rng.chance(1, 3) {
        let recent = corpus.len().min(32);
        &corpus[corpus.len() - 1 - rng.below(recent)]
    } else {
        rng.pick(corpus)
    }
}

/// Save a finding under its hash; returns the file name.
pub fn save(dir: &Path, input: &[u8]) -> std::io::Result<String> {
    fs::create_dir_all(dir)?;
    let name = short_hash(input);
    fs::write(dir.join(&name), input)?;
    Ok(name)
}

/// Every regular file of a directory (none when it is missing).
pub fn read_dir_files(dir: &Path) -> Vec<Vec<u8>> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    paths.iter().filter_map(|p| fs::read(p).ok()).collect()
}

fn write_status(dir: &Path, stats: &Stats, corpus: usize) -> std::io::Result<()> {
    let tmp = dir.join("status.tmp");
    fs::write(
        &tmp,
        format!(
            "execs {}\ncorpus {corpus}\npanics {}\n",
            stats.execs, stats.panics
        ),
    )?;
    fs::rename(tmp, dir.join("status"))
}

fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_millis() as u64)
}

/// A thread that aborts the process when one input runs longer than `timeout`: the driver
/// then saves `current` as a hang.
fn start_watchdog(timeout: Duration) -> &'static AtomicU64 {
    static STARTED: AtomicU64 = AtomicU64::new(0);
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(Duration::from_millis(500));
            let started = STARTED.load(Ordering::SeqCst);
            if started != 0 && now_ms().saturating_sub(started) > timeout.as_millis() as u64 {
                eprintln!(
                    "blinq-fuzz: timeout: one input ran longer than {} s",
                    timeout.as_secs()
                );
                std::process::abort();
            }
        }
    });
    &STARTED
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_drop_numbers_and_quoted_names() {
        let a = Outcome::Error("schema: unknown column `abc` at line 12".into());
        let b = Outcome::Error("schema: unknown column `xyz` at line 7".into());
        assert_eq!(signature(&a), signature(&b));
        assert_eq!(signature(&a), "err schema: unknown column  at line #");
    }

    #[test]
    fn panics_in_targets_are_caught_and_errors_are_not_panics() {
        assert!(matches!(
            run_guarded(Target::Sql, b"select 1"),
            Outcome::Ok(_)
        ));
        assert!(matches!(
            run_guarded(Target::Sql, b"select * from read_csv('/etc/passwd')"),
            Outcome::Error(e) if e.starts_with("sandbox:")
        ));
    }
}
