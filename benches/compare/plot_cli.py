"""Whole-process chart rendering from a CSV, the matplotlib way, for a side-by-side run with
`blinq plot` on the same file (load included on both sides).

    python3 benches/compare/plot_cli.py make points.csv 1000000     # x, walk, noise columns
    python3 benches/compare/plot_cli.py line points.csv out.png      # pandas + matplotlib (Agg)
    python3 benches/compare/plot_cli.py scatter points.csv out.png
    blinq plot points.csv --kind line --x x --y walk -o out.png
    blinq plot points.csv --kind scatter --x noise --y walk -o out.png

Both sides draw 1000 x 600 PNGs. matplotlib keeps its defaults (path simplification on for
lines; scatter markers of size 1); Blinq downsamples lines with MinMaxLTTB and draws every
scatter point.
"""

import random
import sys


def make(path, rows):
    rng = random.Random(7)
    walk = 0.0
    with open(path, "w") as f:
        f.write("x,walk,noise\n")
        for i in range(rows):
            walk += rng.gauss(0, 1)
            f.write(f"{i},{walk:.4f},{rng.random():.6f}\n")


def draw(kind, path, out):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd

    df = pd.read_csv(path)
    fig, ax = plt.subplots(figsize=(10, 6), dpi=100)
    if kind == "line":
        ax.plot(df["x"].to_numpy(), df["walk"].to_numpy(), linewidth=1)
    else:
        ax.scatter(df["noise"].to_numpy(), df["walk"].to_numpy(), s=1)
    ax.set_xlabel("x")
    ax.set_ylabel("walk")
    fig.savefig(out, format="png")


def main():
    if sys.argv[1] == "make":
        make(sys.argv[2], int(sys.argv[3]))
    else:
        draw(sys.argv[1], sys.argv[2], sys.argv[3])


if __name__ == "__main__":
    main()
