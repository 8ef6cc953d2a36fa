//! Downsampling a line for drawing: MinMaxLTTB (Van Der Donckt et al., 2023), i.e.
//! Largest-Triangle-Three-Buckets (Steinarsson, 2013) run over per-bucket minima and maxima,
//! plus the global extremes so the drawn line reaches the same highs and lows as the data.
//!
//! All functions take points sorted by x and return the indices of the points to keep, in
//! increasing order; the first and last points are always kept.

/// Points kept per pixel of plot width when downsampling a line for drawing.
pub(crate) const POINTS_PER_PIXEL: f64 = 2.0;

/// How many candidate points MinMaxLTTB keeps per output point before running LTTB.
const MINMAX_RATIO: usize = 4;

/// Indices of at most `n_out` points (plus up to two extremes) that draw like the whole
/// series. Series with at most `n_out` points are returned whole.
pub fn downsample(xs: &[f64], ys: &[f64], n_out: usize) -> Vec<usize> {
    let n = xs.len().min(ys.len());
    if n <= n_out.max(3) {
        return (0..n).collect();
    }
    let n_out = n_out.max(3);
    let mut keep = if n > n_out * MINMAX_RATIO * 2 {
        let candidates = minmax_preselect(ys, n_out * MINMAX_RATIO / 2);
        let cx: Vec<f64> = candidates.iter().map(|&i| xs[i]).collect();
        let cy: Vec<f64> = candidates.iter().map(|&i| ys[i]).collect();
        lttb(&cx, &cy, n_out)
            .into_iter()
            .map(|i| candidates[i])
            .collect()
    } else {
        lttb(&xs[..n], &ys[..n], n_out)
    };
    // Pin the global minimum and maximum of y.
    let (mut lo, mut hi) = (0, 0);
    for i in 0..n {
        if ys[i] < ys[lo] {
            lo = i;
        }
        if ys[i] > ys[hi] {
            hi = i;
        }
    }
    for extreme in [lo, hi] {
        if let Err(pos) = keep.binary_search(&extreme) {
            keep.insert(pos, extreme);
        }
    }
    keep
}

/// Classic LTTB: the first and last points, and from each of `n_out - 2` equal-count buckets
/// the point forming the largest triangle with the previously kept point and the average
/// of the next bucket.
pub fn lttb(xs: &[f64], ys: &[f64], n_out: usize) -> Vec<usize> {
    let n = xs.len().min(ys.len());
    if n_out >= n || n_out < 3 {
        return (0..n).collect();
    }
    let mut keep = Vec::with_capacity(n_out);
    keep.push(0);
    let every = (n - 2) as f64 / (n_out - 2) as f64;
    let mut a = 0usize;
    for bucket in 0..n_out - 2 {
        let start = (bucket as f64 * every) as usize + 1;
        let end = (((bucket + 1) as f64 * every) as usize + 1).min(n - 1);
        // The average point of the next bucket (the last point for the final bucket).
        let next_start = end;
        let next_end = ((((bucket + 2) as f64) * every) as usize + 1).min(n);
        let (mut avg_x, mut avg_y) = (0.0, 0.0);
        let count = (next_end - next_start).max(1) as f64;
        for i in next_start..next_end.max(next_start + 1).min(n) {
            avg_x += xs[i];
            avg_y += ys[i];
        }
        avg_x /= count;
        avg_y /= count;
        let (ax, ay) = (xs[a], ys[a]);
        let mut best = start;
        let mut best_area = -1.0;
        for i in start..end.max(start + 1) {
            let area = ((ax - avg_x) * (ys[i] - ay) - (ax - xs[i]) * (avg_y - ay)).abs();
            if area > best_area {
                best_area = area;
                best = i;
            }
        }
        keep.push(best);
        a = best;
    }
    keep.push(n - 1);
    keep
}

/// The first and last indices and, from each of `buckets` equal-count buckets over the
/// interior, the indices of the minimum and maximum y, in increasing order.
fn minmax_preselect(ys: &[f64], buckets: usize) -> Vec<usize> {
    let n = ys.len();
    let mut out = Vec::with_capacity(buckets * 2 + 2);
    out.push(0);
    let every = (n - 2) as f64 / buckets as f64;
    for b in 0..buckets {
        let start = (b as f64 * every) as usize + 1;
        let end = (((b + 1) as f64 * every) as usize + 1).min(n - 1);
        if start >= end {
            continue;
        }
        let (mut lo, mut hi) = (start, start);
        for i in start..end {
            if ys[i] < ys[lo] {
                lo = i;
            }
            if ys[i] > ys[hi] {
                hi = i;
            }
        }
        out.push(lo.min(hi));
        if lo != hi {
            out.push(lo.max(hi));
        }
    }
    out.push(n - 1);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wave(n: usize) -> (Vec<f64>, Vec<f64>) {
        let xs: Vec<f64> = (0..n).map(|i| i as f64).collect();
        let ys = xs
            .iter()
            .map(|x| (x / 50.0).sin() * 100.0 + (x * 7.3).cos())
            .collect();
        (xs, ys)
    }

    #[test]
    fn keeps_ends_extremes_and_order() {
        for n in [10, 1_000, 100_000] {
            let (xs, mut ys) = wave(n);
            ys[n / 3] = 1e6; // a spike LTTB must not lose
            ys[2 * n / 3] = -1e6;
            let keep = downsample(&xs, &ys, 100);
            assert_eq!(keep[0], 0);
            assert_eq!(*keep.last().unwrap(), n - 1);
            assert!(keep.windows(2).all(|w| w[0] < w[1]), "strictly increasing");
            assert!(keep.contains(&(n / 3)) && keep.contains(&(2 * n / 3)));
            assert!(keep.len() <= 102, "at most n_out plus the two extremes");
        }
    }

    #[test]
    fn lttb_picks_the_outlier_of_a_bucket() {
        let xs: Vec<f64> = (0..9).map(f64::from).collect();
        let ys = vec![0.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 0.0];
        assert_eq!(lttb(&xs, &ys, 3), vec![0, 4, 8]);
    }
}
