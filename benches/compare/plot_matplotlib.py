"""matplotlib (Agg) on the shapes of benches/benches/plot.rs, for a side-by-side run.

Times a 1000x600 PNG written to memory: a line of 1e5/1e6/1e7 points (random walk,
matplotlib's default path simplification on), a scatter of 1e5/1e6 points (s=1) and a bar
chart of the mean of 100,000 values over 50 categories (pandas-free: numpy bincount).
Prints the median of 10 runs per case (3 for the 1e7 line), in milliseconds.

    pip install matplotlib numpy && python3 benches/compare/plot_matplotlib.py
"""

import io
import statistics
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

DPI = 100
SIZE = (10, 6)  # 1000 x 600 pixels at 100 dpi


def png(draw):
    fig, ax = plt.subplots(figsize=SIZE, dpi=DPI)
    draw(ax)
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getvalue()


def median_ms(fn, runs):
    fn()  # warm up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main():
    rng = np.random.default_rng(7)
    for n in (100_000, 1_000_000, 10_000_000):
        x = np.arange(n, dtype=float)
        y = np.cumsum(rng.random(n) + rng.random(n) + rng.random(n) - 1.5)
        ms = median_ms(lambda: png(lambda ax: ax.plot(x, y, linewidth=1.5)), 3 if n > 1_000_000 else 10)
        print(f"line_{n}\t{ms:.1f} ms")
    for n in (100_000, 1_000_000):
        x = rng.random(n) * 100
        y = x + (rng.random(n) - 0.5) * 40
        ms = median_ms(lambda: png(lambda ax: ax.scatter(x, y, s=1, alpha=0.35)), 10)
        print(f"scatter_{n}\t{ms:.1f} ms")
    cat = rng.integers(0, 50, 100_000)
    v = rng.random(100_000) * 1000

    def bars(ax):
        means = np.bincount(cat, weights=v) / np.bincount(cat)
        ax.bar([f"category {i:02}" for i in range(50)], means)
        ax.tick_params(axis="x", labelrotation=90)

    print(f"bar_50_categories\t{median_ms(lambda: png(bars), 10):.1f} ms")


if __name__ == "__main__":
    main()
