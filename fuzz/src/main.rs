//! `blinq-fuzz`: the fuzzer's command line. `scripts/fuzz.sh` is the usual way in.
//!
//! ```text
//! blinq-fuzz fuzz TARGET --seconds N [--seed N] [--timeout S] [--memory-mb M]
//! blinq-fuzz run TARGET FILE...          run inputs once (exit 101 on a panic)
//!                                        [--linger S] waits S seconds afterwards
//! blinq-fuzz save TARGET FILE REASON     shrink an input that kills the process, save it
//! blinq-fuzz targets                     list the targets
//! ```

use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Duration;

use blinq_fuzz::engine::{self, Config, Outcome};
use blinq_fuzz::minimize::minimize;
use blinq_fuzz::{Target, limit_memory, run_guarded};

const USAGE: &str =
    "usage: blinq-fuzz fuzz TARGET --seconds N [--seed N] [--timeout S] [--memory-mb M]
       blinq-fuzz run TARGET FILE... [--timeout S] [--memory-mb M] [--linger S]
       blinq-fuzz save TARGET FILE REASON
       blinq-fuzz targets";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("blinq-fuzz: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let command = args.first().ok_or("no command")?;
    if command == "targets" {
        for t in Target::ALL {
            println!("{}", t.name());
        }
        return Ok(ExitCode::SUCCESS);
    }
    let target = args
        .get(1)
        .and_then(|name| Target::from_name(name))
        .ok_or_else(|| format!("name a target: {}", names()))?;
    let (positional, options) = split_options(&args[2..])?;
    let number = |key: &str, default: u64| -> Result<u64, String> {
        options
            .iter()
            .find(|(k, _)| k == key)
            .map_or(Ok(default), |(_, v)| {
                v.parse().map_err(|_| format!("--{key} takes a number"))
            })
    };
    let memory = number("memory-mb", 4096)? << 20;
    let timeout = Duration::from_secs(number("timeout", 60)?);
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let regressions = manifest.join("regressions").join(target.name());
    match command.as_str() {
        "fuzz" => {
            limit_memory(memory).map_err(|e| format!("setrlimit: {e}"))?;
            let config = Config {
                target,
                duration: Duration::from_secs(number("seconds", 60)?),
                out_dir: manifest.join("out").join(target.name()),
                regressions,
                seed: options
                    .iter()
                    .any(|(k, _)| k == "seed")
                    .then(|| number("seed", 0))
                    .transpose()?,
                max_len: 256 * 1024,
                timeout,
            };
            let stats = engine::fuzz(&config).map_err(|e| e.to_string())?;
            println!(
                "{}: {} executions, corpus {}, {} panics",
                target.name(),
                stats.execs,
                stats.corpus,
                stats.panics
            );
            Ok(ExitCode::SUCCESS)
        }
        "run" => {
            limit_memory(memory).map_err(|e| format!("setrlimit: {e}"))?;
            abort_after(timeout + Duration::from_secs(number("linger", 0)?));
            let mut panicked = false;
            for file in positional {
                let input = std::fs::read(file).map_err(|e| format!("{file}: {e}"))?;
                let outcome = run_guarded(target, &input);
                panicked |= matches!(outcome, Outcome::Panic(_));
                println!("{file}: {outcome:?}");
            }
            // Let work that outlives its answer (a cancelled query) run into its trouble.
            std::thread::sleep(Duration::from_secs(number("linger", 0)?));
            Ok(if panicked {
                ExitCode::from(101)
            } else {
                ExitCode::SUCCESS
            })
        }
        "save" => {
            let [file, reason] = positional.as_slice() else {
                return Err("save takes FILE and REASON".into());
            };
            let input = std::fs::read(file).map_err(|e| format!("{file}: {e}"))?;
            let recent = manifest.join("out").join(target.name()).join("recent");
            let (input, linger, note) = culprit(target, input, &recent, timeout);
            let small = shrink_abort(target, &input, timeout, linger)?;
            let name = engine::save(&regressions, &small).map_err(|e| e.to_string())?;
            println!(
                "ABORT {}/{name} ({} bytes, from {}{note}): {reason}",
                target.name(),
                small.len(),
                input.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        other => Err(format!("unknown command `{other}`")),
    }
}

/// Seconds a child waits after its input so that background work shows its effect.
const LINGER: u64 = 8;

/// Whether `input` kills a fresh process (run in a child, lingering `linger` seconds after
/// it).
fn kills(target: Target, input: &[u8], path: &Path, timeout: Duration, linger: u64) -> bool {
    let Ok(exe) = std::env::current_exe() else {
        return false;
    };
    if std::fs::write(path, input).is_err() {
        return false;
    }
    Command::new(exe)
        .args(["run", target.name()])
        .arg(path)
        .args(["--timeout", &timeout.as_secs().to_string()])
        .args(["--linger", &linger.to_string()])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.signal().is_some())
}

/// The input to blame and how long a child must linger for it to kill: the one in flight if
/// it kills a fresh process alone, else the most recent earlier input that does (its work
/// went on after its answer), else the one in flight as it is. The note says which.
fn culprit(
    target: Target,
    current: Vec<u8>,
    recent: &Path,
    timeout: Duration,
) -> (Vec<u8>, u64, String) {
    let probe = std::env::temp_dir().join(format!("blinq-fuzz-probe-{}", std::process::id()));
    let found = culprit_in(target, &current, recent, timeout, &probe);
    let _ = std::fs::remove_file(&probe);
    found.unwrap_or((current, 0, ", does not reproduce alone".into()))
}

fn culprit_in(
    target: Target,
    current: &[u8],
    recent: &Path,
    timeout: Duration,
    probe: &Path,
) -> Option<(Vec<u8>, u64, String)> {
    if kills(target, current, probe, timeout, 0) {
        return Some((current.to_vec(), 0, String::new()));
    }
    if kills(target, current, probe, timeout, LINGER) {
        return Some((current.to_vec(), LINGER, ", after its answer".into()));
    }
    let mut earlier: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(recent)
        .ok()?
        .filter_map(|e| e.ok())
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect();
    earlier.sort();
    earlier.iter().rev().find_map(|(_, path)| {
        let input = std::fs::read(path).ok()?;
        (input != current && kills(target, &input, probe, timeout, LINGER)).then(|| {
            (
                input,
                LINGER,
                ", an earlier input whose work outlived its answer".into(),
            )
        })
    })
}

/// Shrink an input that kills the process, checking each candidate in a child process.
fn shrink_abort(
    target: Target,
    input: &[u8],
    timeout: Duration,
    linger: u64,
) -> Result<Vec<u8>, String> {
    let dir = std::env::temp_dir().join(format!("blinq-fuzz-shrink-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let candidate_path = dir.join("candidate");
    let mut still_kills =
        |candidate: &[u8]| kills(target, candidate, &candidate_path, timeout, linger);
    let small = if still_kills(input) {
        minimize(input, Duration::from_secs(180), &mut still_kills)
    } else {
        // It did not kill a fresh process on its own (it may need the state of a long
        // run): keep it whole.
        input.to_vec()
    };
    let _ = std::fs::remove_dir_all(&dir);
    Ok(small)
}

/// Abort when the whole `run` takes longer than `timeout` per input, as the fuzz loop does.
fn abort_after(timeout: Duration) {
    std::thread::spawn(move || {
        std::thread::sleep(timeout);
        eprintln!("blinq-fuzz: timeout after {} s", timeout.as_secs());
        std::process::abort();
    });
}

/// `--key value` pairs, in order.
type Options = Vec<(String, String)>;

fn split_options(args: &[String]) -> Result<(Vec<&String>, Options), String> {
    let mut positional = Vec::new();
    let mut options = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if let Some(key) = arg.strip_prefix("--") {
            let value = iter
                .next()
                .ok_or_else(|| format!("--{key} needs a value"))?;
            options.push((key.to_string(), value.clone()));
        } else {
            positional.push(arg);
        }
    }
    Ok((positional, options))
}

fn names() -> String {
    Target::ALL
        .iter()
        .map(|t| t.name())
        .collect::<Vec<_>>()
        .join(", ")
}
