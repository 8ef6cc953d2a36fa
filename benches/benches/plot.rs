//! Plot rendering benchmarks: end-to-end `render` (prepare with polars, downsample, lay out,
//! rasterise, encode) of a 1000×600 PNG for a line of 1e5/1e6/1e7 points (MinMaxLTTB),
//! a scatter of 1e5/1e6 points and a bar chart of 50 categories. Data is generated here:
//! random walks and uniform clouds from a fixed seed. `benches/compare/plot_matplotlib.py`
//! times matplotlib's Agg backend on the same shapes.

use std::hint::black_box;

use blinq_benches::SplitMix;
use blinq_core::Dataset;
use blinq_core::plot::{PlotKind, PlotSpec, render};
use blinq_core::polars::prelude::*;
use criterion::{Criterion, criterion_group, criterion_main};

/// x = 0..n, y = a Gaussian-ish random walk.
fn random_walk(n: usize) -> Dataset {
    let mut rng = SplitMix::new(7);
    let x: Vec<f64> = (0..n).map(|i| i as f64).collect();
    let mut level = 0.0;
    let y: Vec<f64> = (0..n)
        .map(|_| {
            level += rng.unit() + rng.unit() + rng.unit() - 1.5;
            level
        })
        .collect();
    Dataset::new("walk", df! { "x" => x, "y" => y }.expect("frame"))
}

/// n points, x uniform, y = x plus noise.
fn cloud(n: usize) -> Dataset {
    let mut rng = SplitMix::new(11);
    let x: Vec<f64> = (0..n).map(|_| rng.unit() * 100.0).collect();
    let y: Vec<f64> = x.iter().map(|x| x + (rng.unit() - 0.5) * 40.0).collect();
    Dataset::new("cloud", df! { "x" => x, "y" => y }.expect("frame"))
}

/// 100,000 rows over 50 categories; the bar chart shows the mean of v per category.
fn categories() -> Dataset {
    let mut rng = SplitMix::new(3);
    let n = 100_000;
    let cat: Vec<String> = (0..n)
        .map(|_| format!("category {:02}", rng.below(50)))
        .collect();
    let v: Vec<f64> = (0..n).map(|_| rng.unit() * 1000.0).collect();
    Dataset::new("cats", df! { "cat" => cat, "v" => v }.expect("frame"))
}

fn spec(kind: PlotKind, x: &str, y: &str) -> PlotSpec {
    PlotSpec::new(kind).x(x).y(y).size(1000, 600)
}

fn plot(c: &mut Criterion) {
    let mut group = c.benchmark_group("plot_png_1000x600");
    group.sample_size(10);
    for n in [100_000, 1_000_000, 10_000_000] {
        let ds = random_walk(n);
        let line = spec(PlotKind::Line, "x", "y");
        group.bench_function(format!("line_{n}"), |b| {
            b.iter(|| black_box(render(&ds, &line).unwrap()))
        });
    }
    for n in [100_000, 1_000_000] {
        let ds = cloud(n);
        let scatter = spec(PlotKind::Scatter, "x", "y");
        group.bench_function(format!("scatter_{n}"), |b| {
            b.iter(|| black_box(render(&ds, &scatter).unwrap()))
        });
    }
    let ds = categories();
    let bars = spec(PlotKind::Bar, "cat", "v");
    group.bench_function("bar_50_categories", |b| {
        b.iter(|| black_box(render(&ds, &bars).unwrap()))
    });
    group.finish();
}

criterion_group!(benches, plot);
criterion_main!(benches);
