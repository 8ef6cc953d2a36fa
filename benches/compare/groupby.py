"""The data bench's work done by pandas or polars (Python), one whole process per run, for a
side-by-side comparison with `blinq query` on the same file.

    python3 benches/compare/groupby.py make groupby.csv 1000000    # write the CSV once
    python3 benches/compare/groupby.py pandas groupby.csv q1       # load + query, print rows
    python3 benches/compare/groupby.py polars groupby.csv q2
    blinq query groupby.csv "select id1, sum(v1) as v1 from data group by id1" --format csv

q1 = `select id1, sum(v1) from data group by id1` (100 groups),
q2 = `select id3, sum(v1), avg(v3) from data group by id3` (rows/100 groups): db-benchmark's
first two group-by questions. The CSV has db-benchmark's groupby shape (k = 100).
"""

import random
import sys


def make(path, rows):
    rng = random.Random(42)
    k = 100
    n = max(rows // k, 1)
    with open(path, "w") as f:
        f.write("id1,id2,id3,id4,id5,id6,v1,v2,v3\n")
        for _ in range(rows):
            f.write(
                f"id{rng.randint(1, k):03},id{rng.randint(1, k):03},id{rng.randint(1, n):010},"
                f"{rng.randint(1, k)},{rng.randint(1, k)},{rng.randint(1, n)},"
                f"{rng.randint(1, 5)},{rng.randint(1, 15)},{rng.random() * 100:.6f}\n"
            )


def with_pandas(path, query):
    import pandas as pd

    df = pd.read_csv(path)
    if query == "q1":
        out = df.groupby("id1", as_index=False).agg(v1=("v1", "sum"))
    else:
        out = df.groupby("id3", as_index=False).agg(v1=("v1", "sum"), v3=("v3", "mean"))
    return len(out)


def with_polars(path, query):
    import polars as pl

    df = pl.read_csv(path, try_parse_dates=True)
    if query == "q1":
        out = df.group_by("id1").agg(pl.col("v1").sum())
    else:
        out = df.group_by("id3").agg(pl.col("v1").sum(), pl.col("v3").mean())
    return out.height


def main():
    what = sys.argv[1]
    if what == "make":
        make(sys.argv[2], int(sys.argv[3]))
        return
    engine = {"pandas": with_pandas, "polars": with_polars}[what]
    print(engine(sys.argv[2], sys.argv[3]))


if __name__ == "__main__":
    main()
