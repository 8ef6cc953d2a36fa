//! Time loading and describing a wide CSV: a header `c0..c{N-1}` and two data rows (about
//! 169 KB for the default 20,000 columns). Half the columns repeat their value, so they get
//! top values too.
//!
//! `cargo run -p blinq-core --example describe_wide [COLUMNS]`

use std::time::Instant;

use blinq_core::{Dataset, LoadOptions, analysis::describe};

fn main() -> blinq_core::Result<()> {
    let columns: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20_000);
    let header: Vec<String> = (0..columns).map(|i| format!("c{i}")).collect();
    let first: Vec<String> = (0..columns).map(|i| (i % 10).to_string()).collect();
    let second: Vec<String> = (0..columns)
        .map(|i| ((i + i % 2) % 10).to_string())
        .collect();
    let csv = format!(
        "{}\n{}\n{}\n",
        header.join(","),
        first.join(","),
        second.join(",")
    );
    let start = Instant::now();
    let dataset = Dataset::from_bytes("wide", csv.as_bytes(), &LoadOptions::default())?;
    let loaded = start.elapsed();
    let start = Instant::now();
    let summary = describe(&dataset)?;
    let described = start.elapsed();
    let with_top = summary.iter().filter(|s| !s.top.is_empty()).count();
    println!(
        "{} bytes, {} columns: load {:.2} s, describe {:.2} s ({with_top} columns with top values)",
        csv.len(),
        dataset.column_count(),
        loaded.as_secs_f64(),
        described.as_secs_f64()
    );
    Ok(())
}
