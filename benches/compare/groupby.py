"""The data bench's work done by pandas or polars (Python), one whole process per run, for a
side-by-side comparison with `blinq query` on the same file.

    python3 benches/compare/groupby.py make groupby.csv 1000000    # write the CSV once
    python3 benches/compare/groupby.py pandas groupby.csv q1       # load + query, print rows
    python3 benches/compare/groupby.py polars groupby.csv q2
    blinq query groupby.csv "select id1, sum(v1) as v1 from data group by id1" --format csv

q1 = `select id1, sum(v1) from data group by id1` (100 groups),
q2 = `select id3, sum(v1), avg(v3) from data group by id3` (rows/100 groups): db-benchmark's
first two group-by questions. The CSV has db-benchmark's groupby shape (k = 100).

Parquet (numpy draws the same shape, fast enough for 1e7 rows; needs numpy and polars):
    python3 benches/compare/groupby.py make-parquet groupby.parquet 10000000
    python3 benches/compare/groupby.py polars-scan groupby.parquet q1   # pl.scan_parquet
    python3 benches/compare/groupby.py duckdb groupby.parquet q1        # needs duckdb
    blinq query groupby.parquet "select id1, sum(v1) as v1 from data group by id1" --format csv
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


def make_parquet(path, rows):
    import numpy as np
    import polars as pl

    rng = np.random.default_rng(42)
    k = 100
    n = max(rows // k, 1)

    def ids(high, width):
        return pl.Series(rng.integers(1, high + 1, rows)).cast(pl.String).str.zfill(width)

    pl.DataFrame(
        {
            "id1": "id" + ids(k, 3),
            "id2": "id" + ids(k, 3),
            "id3": "id" + ids(n, 10),
            "id4": rng.integers(1, k + 1, rows),
            "id5": rng.integers(1, k + 1, rows),
            "id6": rng.integers(1, n + 1, rows),
            "v1": rng.integers(1, 6, rows),
            "v2": rng.integers(1, 16, rows),
            "v3": np.round(rng.random(rows) * 100, 6),
        }
    ).write_parquet(path)


SQL = {
    "q1": "select id1, sum(v1) as v1 from {t} group by id1",
    "q2": "select id3, sum(v1) as v1, avg(v3) as v3 from {t} group by id3",
}


def with_polars_scan(path, query):
    import polars as pl

    lf = pl.scan_parquet(path)
    if query == "q1":
        out = lf.group_by("id1").agg(pl.col("v1").sum())
    else:
        out = lf.group_by("id3").agg(pl.col("v1").sum(), pl.col("v3").mean())
    return out.collect().height


def with_duckdb(path, query):
    import duckdb

    table = f"read_parquet('{path}')" if path.endswith(".parquet") else f"read_csv('{path}')"
    return len(duckdb.sql(SQL[query].format(t=table)).fetchall())


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
    if what == "make-parquet":
        make_parquet(sys.argv[2], int(sys.argv[3]))
        return
    engine = {
        "pandas": with_pandas,
        "polars": with_polars,
        "polars-scan": with_polars_scan,
        "duckdb": with_duckdb,
    }[what]
    print(engine(sys.argv[2], sys.argv[3]))


if __name__ == "__main__":
    main()
