//! Mutators: byte-level ones for every target, and structure-aware ones per input kind.

pub mod bytes;
pub mod delimited;
pub mod json;
pub mod sql;
pub mod xlsx;

use crate::rng::Rng;
use crate::targets::Target;

/// The most bytes one mutation adds by copying (the fuzzer's own memory stays small).
pub const MAX_GROWTH: usize = 256 * 1024;

/// How many copies of a `unit`-byte piece to add: usually a few, one time in eight between
/// `lo` and `hi`, and never more than [`MAX_GROWTH`] bytes in all.
pub fn copies(rng: &mut Rng, unit: usize, lo: usize, hi: usize) -> usize {
    let n = if rng.chance(1, 8) {
        rng.range(lo, hi)
    } else {
        rng.small(8)
    };
    n.min(MAX_GROWTH / unit.max(1))
}

/// Words for structure-aware JSON mutations: penguins' columns, plot and plan vocabulary.
pub const WORDS: &[&str] = &[
    "species",
    "island",
    "bill_length_mm",
    "bill_depth_mm",
    "flipper_length_mm",
    "body_mass_g",
    "sex",
    "year",
    "data",
    "kind",
    "mark",
    "x",
    "y",
    "color",
    "group",
    "aggregate",
    "bins",
    "stacked",
    "horizontal",
    "sort",
    "limit",
    "title",
    "x_label",
    "y_label",
    "width",
    "height",
    "format",
    "theme",
    "bar",
    "line",
    "scatter",
    "histogram",
    "box",
    "pie",
    "area",
    "heatmap",
    "count",
    "sum",
    "mean",
    "avg",
    "median",
    "min",
    "max",
    "png",
    "svg",
    "light",
    "dark",
    "ascending",
    "descending",
    "label",
    "sql",
    "plot",
    "explanation",
    "intent",
    "task",
    "agg",
    "measure",
    "second",
    "filters",
    "order",
    "chart",
    "buckets",
    "column",
    "op",
    "value",
    "year_of",
    "month_of",
    "unit",
    "name",
    "aggregate",
    "rows",
    "correlation",
    "share",
    "count_distinct",
    "std",
    "eq",
    "ne",
    "gt",
    "ge",
    "lt",
    "le",
    "desc",
    "asc",
    "quarter",
    "month",
    "hour",
    "weekday",
    "Adelie",
    "Gentoo",
    "Chinstrap",
    "Dream",
    "Torgersen",
    "Biscoe",
    "male",
    "female",
    "select * from data",
    "select species, count(*) from data group by species",
    "select * from read_csv('/etc/passwd')",
];

/// Mutate `data` for `target` with one to a few stacked mutations; `corpus` provides other
/// inputs to splice and borrow from.
pub fn mutate(target: Target, rng: &mut Rng, data: &mut Vec<u8>, corpus: &[Vec<u8>]) {
    let rounds = rng.range(1, 4);
    for _ in 0..rounds {
        let other = rng.pick(corpus).as_slice();
        let structured = rng.chance(2, 3);
        match target {
            Target::Csv if structured => delimited::mutate(rng, data, b','),
            Target::Tsv if structured => delimited::mutate(rng, data, b'\t'),
            Target::Json | Target::PlotSpec | Target::Plan if structured => {
                json::mutate(rng, data, false, WORDS)
            }
            Target::Ndjson if structured => json::mutate(rng, data, true, WORDS),
            Target::Sql if structured => sql::mutate(rng, data, corpus),
            Target::Xlsx if rng.chance(5, 6) => xlsx::mutate(rng, data),
            _ => bytes::mutate(rng, data, other),
        }
    }
}
