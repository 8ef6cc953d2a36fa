//! The per-column summaries of [`describe`](super::describe), exact, over a scanned dataset
//! that is never held whole: memory follows one slice of one column, not the dataset.
//!
//! - One streaming pass over every column gives the counts, nulls, extremes, means and
//!   standard deviations (each a running aggregate).
//! - Then, column by column, the distinct values, the most frequent values and the quartiles
//!   come from the column's values counted slice by slice of its *value range*: a sample of
//!   the column (rows spread evenly over the file) gives boundaries that cut the range into
//!   parts of about `max_values` values each, and each part is read on its own (the
//!   reader skips row groups whose statistics lie outside it). Distinct counts add up over
//!   disjoint ranges, a value's whole count lies in one part, and the parts come in value
//!   order, so the k-th smallest value is found by counting. A column with few distinct
//!   values (judged on the sample) is counted in one streaming group-by instead.

use polars::prelude::*;

use super::check::query_error;
use super::describe::{ColumnSummary, counts, most_frequent, orderable, top_of_counts};
use crate::dataset::{LazyDataset, dtype_name, is_numeric, table_json};
use crate::error::Result;

/// How many values of one column [`describe_scan`] holds at a time unless told otherwise.
pub const DEFAULT_MAX_VALUES: usize = 2_000_000;

/// The sample that places the boundaries: about this many rows, in slices spread evenly.
const SAMPLE_ROWS: u64 = 1 << 18;
/// The fewest and most slices of the sample.
const SAMPLE_SLICES: (u64, u64) = (64, 4096);

/// Summarise every column of a scanned dataset, with the same figures as
/// [`describe`](super::describe) would give for it loaded, holding about `max_values` values
/// of one column at a time (plus a sample of about 262,144). A column that has few distinct
/// values in the sample is counted in one pass, held as one row per distinct value.
///
/// ```
/// # fn main() -> blinq_core::Result<()> {
/// use blinq_core::analysis::{describe, describe_scan};
/// use blinq_core::dataset::{LazyDataset, LoadOptions};
///
/// let path = "tests/fixtures/cars-described.parquet";
/// let scan = LazyDataset::scan_path(path, &LoadOptions::default())?.expect("a Parquet file");
/// // 100 values at a time: the columns are read in parts, and give the loaded figures.
/// let scanned = describe_scan(&scan, 100)?;
/// let loaded = describe(&blinq_core::Dataset::from_path(path)?)?;
/// assert_eq!(scanned[0].unique, loaded[0].unique);
/// assert_eq!(scanned[0].top, loaded[0].top);
/// # Ok(())
/// # }
/// ```
pub fn describe_scan(scan: &LazyDataset, max_values: usize) -> Result<Vec<ColumnSummary>> {
    scan_summaries(scan, max_values).map(|(_, columns)| columns)
}

/// The number of rows and every column's summary.
pub(super) fn scan_summaries(
    scan: &LazyDataset,
    max_values: usize,
) -> Result<(u64, Vec<ColumnSummary>)> {
    let max_values = max_values.max(1);
    let schema = scan.lazy().collect_schema().map_err(query_error)?;
    let (rows, mut summaries) = running_stats(scan, &schema)?;
    for (summary, (name, dtype)) in summaries.iter_mut().zip(schema.iter()) {
        if summary.count == 0 {
            continue;
        }
        let counted = Counted::of(scan, name, dtype, summary.count, rows, max_values)?;
        summary.unique = counted.unique;
        if counted.unique < summary.count {
            summary.top = top_of_counts(counted.top)?;
        }
        if is_numeric(dtype) {
            let [q25, median, q75] = counted.quartiles;
            (summary.q25, summary.median, summary.q75) = (q25, median, q75);
        }
    }
    Ok((rows, summaries))
}

/// A column's values as they are compared and counted: categories as their text.
fn values_of(name: &str, dtype: &DataType) -> Expr {
    let c = col(name);
    match dtype {
        DataType::Categorical(_, _) | DataType::Enum(_, _) => c.cast(DataType::String),
        _ => c,
    }
}

/// Run `plan` on the streaming engine: it reads the file in batches.
fn stream(plan: LazyFrame) -> Result<DataFrame> {
    plan.collect_with_engine(Engine::Streaming)
        .map(|result| result.unwrap_single())
        .map_err(query_error)
}

/// The figures a running aggregate gives, every column in one pass: the number of rows and,
/// per column, count, nulls, min, max, mean and std (`unique`, `top` and the quartiles
/// still empty).
fn running_stats(scan: &LazyDataset, schema: &Schema) -> Result<(u64, Vec<ColumnSummary>)> {
    let mut exprs = vec![len().cast(DataType::UInt64).alias("rows")];
    for (i, (name, dtype)) in schema.iter().enumerate() {
        let c = col(name.clone());
        let key = |stat: &str| format!("{i}:{stat}");
        exprs.extend(counts(&c, key));
        if orderable(dtype) {
            let ordered = values_of(name, dtype);
            exprs.push(ordered.clone().min().alias(key("min")));
            exprs.push(ordered.max().alias(key("max")));
        }
        if is_numeric(dtype) {
            let f = c.cast(DataType::Float64);
            exprs.push(f.clone().mean().alias(key("mean")));
            exprs.push(f.std(1).alias(key("std")));
        }
    }
    let stats = stream(scan.lazy().select(exprs))?;
    let row = table_json(&stats).rows.pop().unwrap_or_default();
    // Found by name in one map: a wide file has thousands of statistics.
    let at: std::collections::HashMap<&str, usize> = stats
        .get_column_names()
        .into_iter()
        .enumerate()
        .map(|(k, name)| (name.as_str(), k))
        .collect();
    let stat = |i: usize, what: &str| {
        at.get(format!("{i}:{what}").as_str())
            .and_then(|&k| row.get(k).cloned())
            .unwrap_or(serde_json::Value::Null)
    };
    let rows = row.first().and_then(|v| v.as_u64()).unwrap_or(0);
    let summaries = schema
        .iter()
        .enumerate()
        .map(|(i, (name, dtype))| ColumnSummary {
            name: name.to_string(),
            dtype: dtype_name(dtype),
            count: stat(i, "count").as_u64().unwrap_or(0),
            nulls: stat(i, "nulls").as_u64().unwrap_or(0),
            unique: 0,
            mean: stat(i, "mean").as_f64(),
            std: stat(i, "std").as_f64(),
            min: stat(i, "min"),
            q25: None,
            median: None,
            q75: None,
            max: stat(i, "max"),
            top: Vec::new(),
        })
        .collect();
    Ok((rows, summaries))
}

/// What counting a column's values gives.
struct Counted {
    /// Distinct non-null values.
    unique: u64,
    /// Candidates for the most frequent values (`value`, `count`): every value's whole count.
    top: DataFrame,
    /// The linearly interpolated quartiles (number columns).
    quartiles: [Option<f64>; 3],
}

impl Counted {
    /// Count the `count` non-null values of column `name` of `scan` (`rows` rows).
    fn of(
        scan: &LazyDataset,
        name: &str,
        dtype: &DataType,
        count: u64,
        rows: u64,
        max_values: usize,
    ) -> Result<Self> {
        let values = values_of(name, dtype);
        let mut tally = Tally::new(count, is_numeric(dtype));
        let grouped = |tally: &mut Tally| tally.add(count_grouped(scan.lazy(), &values)?);
        if !orderable(dtype) {
            grouped(&mut tally)?;
        } else if count as usize <= max_values {
            tally.add(count_sorted(scan.lazy(), &values)?)?;
        } else {
            let sample = sample(scan, &values, rows, max_values)?;
            let distinct = sample.n_unique().map_err(query_error)?;
            // Few distinct values in the sample: one row per value is small.
            if distinct.saturating_mul(10) <= sample.len() && distinct <= max_values / 10 {
                grouped(&mut tally)?;
            } else {
                let bounds = boundaries(&sample, count, max_values)?;
                for range in ranges(&values, dtype, &bounds) {
                    tally.add(count_sorted(scan.lazy().filter(range), &values)?)?;
                }
            }
        }
        tally.finish()
    }
}

/// The distinct non-null values of `values` in `plan` and their counts, as `value` and
/// `count` (in no order), from one streaming group-by: held as one row per distinct value.
fn count_grouped(plan: LazyFrame, values: &Expr) -> Result<DataFrame> {
    let counted = plan
        .select([values.clone().alias("value")])
        .filter(col("value").is_not_null())
        .group_by([col("value")])
        .agg([len().cast(DataType::UInt64).alias("count")]);
    stream(counted)
}

/// The same from the values held and sorted: counting sorted values is one run per value,
/// several times faster than hashing when most values are distinct.
fn count_sorted(plan: LazyFrame, values: &Expr) -> Result<DataFrame> {
    let held = stream(
        plan.select([values.clone().alias("value")])
            .filter(col("value").is_not_null()),
    )?;
    let sorted = held
        .column("value")
        .map_err(query_error)?
        .as_materialized_series()
        .sort(SortOptions::default())
        .map_err(query_error)?;
    drop(held);
    let mut counts = sorted
        .value_counts(false, false, "count".into(), false)
        .map_err(query_error)?;
    let tallies = counts
        .column("count")
        .and_then(|c| c.cast(&DataType::UInt64))
        .map_err(query_error)?;
    counts.with_column(tallies).map_err(query_error)?;
    Ok(counts)
}

/// Non-null values of the column from rows spread evenly over the scan, sorted.
///
/// A slice's rows may be alike (a sorted column), so a part can hold a slice's share of the
/// rows more than it should: there are at least four slices to a part's `max_values`.
fn sample(scan: &LazyDataset, values: &Expr, rows: u64, max_values: usize) -> Result<Series> {
    let slices = (4 * rows)
        .div_ceil(max_values as u64)
        .clamp(SAMPLE_SLICES.0, SAMPLE_SLICES.1);
    // Slices that do not overlap on a small file.
    let per_slice = (rows / slices).clamp(1, (SAMPLE_ROWS / slices).max(1));
    // One slice after another: each decodes one row group of one column (a union of
    // slices reads each whole). Delimited text has no row groups: each slice parses the file
    // from its start, so a text file is better described loaded.
    let mut series: Option<Series> = None;
    for k in 0..slices {
        let offset = k * rows / slices;
        let slice = scan
            .lazy()
            .slice(offset as i64, per_slice as IdxSize)
            .select([values.clone().alias("value")])
            .collect()
            .map_err(query_error)?;
        let slice = slice
            .column("value")
            .map_err(query_error)?
            .as_materialized_series()
            .drop_nulls();
        match series.as_mut() {
            Some(all) => {
                all.append(&slice).map_err(query_error)?;
            }
            None => series = Some(slice),
        }
    }
    let series = series.unwrap_or_else(|| Series::new_empty("value".into(), &DataType::Null));
    // NaN has no place between boundaries: it is counted in the last range.
    let series = match series.dtype() {
        DataType::Float32 | DataType::Float64 => {
            let nan = series.is_nan().map_err(query_error)?;
            series.filter(&!nan).map_err(query_error)?
        }
        _ => series,
    };
    series.sort(SortOptions::default()).map_err(query_error)
}

/// Values of the sorted `sample` that cut `count` values into parts of about `max_values`,
/// strictly increasing.
fn boundaries(sample: &Series, count: u64, max_values: usize) -> Result<Vec<Scalar>> {
    let parts = count.div_ceil(max_values as u64) as usize;
    let mut out: Vec<Scalar> = Vec::with_capacity(parts);
    if sample.is_empty() {
        return Ok(out);
    }
    for j in 1..parts {
        let at = j * sample.len() / parts;
        let value = sample.get(at).map_err(query_error)?.into_static();
        let scalar = Scalar::new(sample.dtype().clone(), value);
        if out.last() != Some(&scalar) {
            out.push(scalar);
        }
    }
    Ok(out)
}

/// The conditions of the value ranges the boundaries make, in value order: below the first,
/// between each two, from the last up (with NaN).
fn ranges(values: &Expr, dtype: &DataType, bounds: &[Scalar]) -> Vec<Expr> {
    let at_least = |b: &Scalar| values.clone().gt_eq(lit(b.clone()));
    let below = |b: &Scalar| values.clone().lt(lit(b.clone()));
    let mut out = Vec::with_capacity(bounds.len() + 1);
    if let Some(first) = bounds.first() {
        out.push(below(first));
    }
    for pair in bounds.windows(2) {
        out.push(at_least(&pair[0]).and(below(&pair[1])));
    }
    if let Some(last) = bounds.last() {
        let top = at_least(last);
        out.push(match dtype {
            DataType::Float32 | DataType::Float64 => top.or(values.clone().is_nan()),
            _ => top,
        });
    }
    out
}

/// The running totals over a column's value ranges, taken in value order.
struct Tally {
    count: u64,
    numeric: bool,
    seen: u64,
    unique: u64,
    top: Option<DataFrame>,
    /// The ranks (0-based) the quartiles need and the value found at each.
    ranks: Vec<(u64, Option<f64>)>,
}

/// The quartiles' positions in the sorted values, as numpy's linear method places them.
const QUARTILES: [f64; 3] = [0.25, 0.5, 0.75];

impl Tally {
    fn new(count: u64, numeric: bool) -> Self {
        let last = count.saturating_sub(1) as f64;
        let mut ranks: Vec<(u64, Option<f64>)> = Vec::new();
        if numeric {
            for q in QUARTILES {
                let at = q * last;
                for rank in [at.floor() as u64, at.ceil() as u64] {
                    if !ranks.iter().any(|(r, _)| *r == rank) {
                        ranks.push((rank, None));
                    }
                }
            }
        }
        Tally {
            count,
            numeric,
            seen: 0,
            unique: 0,
            top: None,
            ranks,
        }
    }

    /// Take the next range's `value`/`count` frame (ranges come in value order).
    fn add(&mut self, counts: DataFrame) -> Result<()> {
        self.unique += counts.height() as u64;
        let tallies = counts
            .column("count")
            .and_then(|c| c.u64().cloned())
            .map_err(query_error)?;
        let in_range: u64 = tallies.into_no_null_iter().sum();
        let end = self.seen + in_range;
        if self.numeric && self.ranks.iter().any(|(r, _)| (self.seen..end).contains(r)) {
            // Sorted only when a quartile's rank is in this range: at most six are.
            let sorted = counts
                .sort(["value"], SortMultipleOptions::default())
                .map_err(query_error)?;
            let tallies = sorted
                .column("count")
                .and_then(|c| c.u64().cloned())
                .map_err(query_error)?;
            let numbers = sorted
                .column("value")
                .and_then(|c| c.cast(&DataType::Float64))
                .map_err(query_error)?;
            let numbers = numbers.f64().map_err(query_error)?;
            // Where each value's rows end, counting from the first row of the range.
            let ends: Vec<u64> = tallies
                .into_no_null_iter()
                .scan(self.seen, |below, n| {
                    *below += n;
                    Some(*below)
                })
                .collect();
            for (rank, found) in self.ranks.iter_mut() {
                if (self.seen..end).contains(rank) {
                    let at = ends.partition_point(|&e| e <= *rank);
                    *found = numbers.get(at);
                }
            }
        }
        self.seen = end;
        // A value's whole count is in one range: only the range's own most frequent can be
        // among the most frequent overall.
        let best = most_frequent(counts)?;
        // Gathered into new buffers: the head of a sorted frame is a view that would keep the
        // whole range's values alive.
        let rows = IdxCa::from_vec("rows".into(), (0..best.height() as IdxSize).collect());
        let best = best.take(&rows).map_err(query_error)?;
        self.top = Some(match self.top.take() {
            Some(mut top) => {
                top.vstack_mut(&best).map_err(query_error)?;
                top
            }
            None => best,
        });
        Ok(())
    }

    fn finish(self) -> Result<Counted> {
        let at = |rank: u64| {
            self.ranks
                .iter()
                .find(|(r, _)| *r == rank)
                .and_then(|(_, v)| *v)
        };
        let last = self.count.saturating_sub(1) as f64;
        let quartiles = QUARTILES.map(|q| {
            if !self.numeric || self.count == 0 {
                return None;
            }
            let pos = q * last;
            let (low, high) = (at(pos.floor() as u64)?, at(pos.ceil() as u64)?);
            Some(low + (high - low) * (pos - pos.floor()))
        });
        let top = match self.top {
            Some(top) => top,
            None => DataFrame::empty(),
        };
        Ok(Counted {
            unique: self.unique,
            top,
            quartiles,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::TopValue;

    #[test]
    fn boundaries_cut_the_sample_evenly_and_skip_repeats() {
        let sample = Series::new("value".into(), [1i64, 2, 3, 4, 5, 6, 7, 8]);
        let cut = boundaries(&sample, 800, 200).unwrap();
        let values: Vec<_> = cut.iter().map(|s| s.value().extract::<i64>()).collect();
        assert_eq!(values, vec![Some(3), Some(5), Some(7)]);
        let flat = Series::new("value".into(), [4i64; 8]);
        assert_eq!(boundaries(&flat, 800, 200).unwrap().len(), 1);
    }

    #[test]
    fn ranks_across_ranges_give_numpys_linear_quartiles() {
        // Values 1..=10 in two ranges: quartile positions 2.25, 4.5, 6.75 (0-based), so
        // 3.25, 5.5 and 7.75 by hand.
        let mut tally = Tally::new(10, true);
        let part = |from: i64, to: i64| {
            df!("value" => (from..to).collect::<Vec<_>>(), "count" => vec![1u64; (to - from) as usize])
                .unwrap()
        };
        tally.add(part(1, 6)).unwrap();
        tally.add(part(6, 11)).unwrap();
        let counted = tally.finish().unwrap();
        assert_eq!(counted.unique, 10);
        assert_eq!(counted.quartiles, [Some(3.25), Some(5.5), Some(7.75)]);
    }

    #[test]
    fn counts_of_one_value_place_every_rank_on_it() {
        let mut tally = Tally::new(7, true);
        tally
            .add(df!("value" => [2.0, 9.0], "count" => [6u64, 1]).unwrap())
            .unwrap();
        let counted = tally.finish().unwrap();
        // Sorted: 2 2 2 2 2 2 9; positions 1.5, 3, 4.5 all fall on 2.
        assert_eq!(counted.quartiles, [Some(2.0); 3]);
        let top = top_of_counts(counted.top).unwrap();
        assert_eq!(
            top[0],
            TopValue {
                value: 2.0.into(),
                count: 6
            }
        );
    }
}
