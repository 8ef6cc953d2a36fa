"""db-benchmark's groupby questions done by pandas, polars (Python) or DuckDB (Python), one
whole process per run, for a side-by-side comparison with `blinq query` on the same file.
`benches/compare/run.sh` drives it; by hand:

    python3 benches/compare/groupby.py make-both g 1000000      # g.csv and g.parquet, same rows
    python3 benches/compare/groupby.py pandas g.csv q3 > out.csv    # load + query, result as CSV
    python3 benches/compare/groupby.py polars g.parquet q3          # pl.read_csv / pl.scan_parquet
    python3 benches/compare/groupby.py duckdb g.csv q3              # read_csv / read_parquet in SQL
    blinq query g.csv "$(python3 benches/compare/groupby.py sql q3)" --format csv --max-rows 0
    python3 benches/compare/groupby.py check q3 blinq=a.csv polars=b.csv ...  # do results agree?
    python3 benches/compare/groupby.py check-manifest answers.tsv   # question, name, path lines

The questions are db-benchmark's groupby q1-q10, numbered as db-benchmark numbers them
(h2oai/db-benchmark, duckdblabs/db-benchmark; `sql QUESTION` prints the SQL Blinq and DuckDB
run, the same text for both):

    q1  sum v1 by id1                     q6  median v3, sd v3 by id4, id5
    q2  sum v1 by id1, id2                q7  max v1 - min v2 by id3
    q3  sum v1, mean v3 by id3            q8  largest two v3 by id6 (a window)
    q4  mean v1, v2, v3 by id4            q9  corr(v1, v2)^2 by id2, id4
    q5  sum v1, v2, v3 by id6             q10 sum v3, count by id1..id6

Before 2026-11-30 this script called `sum(v1), avg(v3) by id3` "q2"; that is db-benchmark's
q3, and q2 is now db-benchmark's q2 (`sum v1 by id1, id2`).

Every engine writes its whole result as CSV to stdout, as `blinq query --format csv` does, so
the outputs can be compared and the work is the same (q10 prints about as many rows as it
reads). The data has db-benchmark's groupby shape (k = 100, no missing values):
id1, id2 `id001`..`id100`; id3 `id0000000001`..; id4, id5 1..100; id6 1..rows/100; v1 1..5,
v2 1..15, v3 uniform 0..100 with 6 decimals.

    make FILE.csv ROWS            # the CSV, pure Python (slow; the 2026-11-26 tables used it)
    make-parquet FILE.parquet ROWS  # numpy + polars
    make-both PREFIX ROWS         # PREFIX.csv and PREFIX.parquet holding the same rows
"""

import random
import sys

QUESTIONS = [f"q{i}" for i in range(1, 11)]

# The SQL Blinq (polars SQL) and DuckDB run; `{t}` is the table.
SQL = {
    "q1": "select id1, sum(v1) as v1 from {t} group by id1",
    "q2": "select id1, id2, sum(v1) as v1 from {t} group by id1, id2",
    "q3": "select id3, sum(v1) as v1, avg(v3) as v3 from {t} group by id3",
    "q4": "select id4, avg(v1) as v1, avg(v2) as v2, avg(v3) as v3 from {t} group by id4",
    "q5": "select id6, sum(v1) as v1, sum(v2) as v2, sum(v3) as v3 from {t} group by id6",
    "q6": "select id4, id5, quantile_cont(v3, 0.5) as median_v3, stddev(v3) as sd_v3"
    " from {t} group by id4, id5",
    "q7": "select id3, max(v1) - min(v2) as range_v1_v2 from {t} group by id3",
    "q8": "select id6, v3 as largest2_v3 from (select id6, v3, row_number() over"
    " (partition by id6 order by v3 desc) as order_v3 from {t} where v3 is not null) as sub"
    " where order_v3 <= 2",
    "q9": "select id2, id4, pow(corr(v1, v2), 2) as r2 from {t} group by id2, id4",
    "q10": "select id1, id2, id3, id4, id5, id6, sum(v3) as v3, count(*) as count from {t}"
    " group by id1, id2, id3, id4, id5, id6",
}

# The group keys of each answer (its other columns are values); q8 has two rows per key.
KEYS = {
    "q1": ["id1"],
    "q2": ["id1", "id2"],
    "q3": ["id3"],
    "q4": ["id4"],
    "q5": ["id6"],
    "q6": ["id4", "id5"],
    "q7": ["id3"],
    "q8": ["id6"],
    "q9": ["id2", "id4"],
    "q10": ["id1", "id2", "id3", "id4", "id5", "id6"],
}

# The input columns each question reads (pandas reads only these from Parquet).
COLUMNS = {
    "q1": ["id1", "v1"],
    "q2": ["id1", "id2", "v1"],
    "q3": ["id3", "v1", "v3"],
    "q4": ["id4", "v1", "v2", "v3"],
    "q5": ["id6", "v1", "v2", "v3"],
    "q6": ["id4", "id5", "v3"],
    "q7": ["id3", "v1", "v2"],
    "q8": ["id6", "v3"],
    "q9": ["id2", "id4", "v1", "v2"],
    "q10": ["id1", "id2", "id3", "id4", "id5", "id6", "v3"],
}


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


def frame(rows):
    import numpy as np
    import polars as pl

    rng = np.random.default_rng(42)
    k = 100
    n = max(rows // k, 1)

    def ids(high, width):
        return pl.Series(rng.integers(1, high + 1, rows)).cast(pl.String).str.zfill(width)

    return pl.DataFrame(
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
    )


def make_parquet(path, rows):
    frame(rows).write_parquet(path)


def make_both(prefix, rows):
    df = frame(rows)
    df.write_parquet(prefix + ".parquet")
    df.write_csv(prefix + ".csv")


def is_parquet(path):
    return path.endswith(".parquet")


def with_polars(path, query, out, scan_csv=False):
    """pl.read_csv for a CSV (eager, as `blinq query` loads one), pl.scan_parquet for Parquet."""
    import polars as pl

    if is_parquet(path):
        lf = pl.scan_parquet(path)
    elif scan_csv:
        lf = pl.scan_csv(path, try_parse_dates=True)
    else:
        lf = pl.read_csv(path, try_parse_dates=True).lazy()
    g = lf.group_by
    answer = {
        "q1": lambda: g("id1").agg(pl.col("v1").sum()),
        "q2": lambda: g("id1", "id2").agg(pl.col("v1").sum()),
        "q3": lambda: g("id3").agg(pl.col("v1").sum(), pl.col("v3").mean()),
        "q4": lambda: g("id4").agg(pl.col("v1", "v2", "v3").mean()),
        "q5": lambda: g("id6").agg(pl.col("v1", "v2", "v3").sum()),
        "q6": lambda: g("id4", "id5").agg(
            pl.col("v3").median().alias("median_v3"), pl.col("v3").std().alias("sd_v3")
        ),
        "q7": lambda: g("id3").agg((pl.col("v1").max() - pl.col("v2").min()).alias("range_v1_v2")),
        "q8": lambda: lf.drop_nulls("v3")
        .group_by("id6")
        .agg(pl.col("v3").top_k(2).alias("largest2_v3"))
        .explode("largest2_v3"),
        "q9": lambda: g("id2", "id4").agg((pl.corr("v1", "v2") ** 2).alias("r2")),
        "q10": lambda: g("id1", "id2", "id3", "id4", "id5", "id6").agg(
            pl.col("v3").sum(), pl.len().alias("count")
        ),
    }[query]().collect()
    answer.write_csv(out)


def with_duckdb(path, query, out):
    import duckdb

    table = f"read_parquet('{path}')" if is_parquet(path) else f"read_csv('{path}')"
    duckdb.sql(SQL[query].format(t=table)).write_csv(out)


def with_pandas(path, query, out):
    """db-benchmark's pandas code, on pd.read_csv or pd.read_parquet (the columns needed)."""
    import pandas as pd

    if is_parquet(path):
        x = pd.read_parquet(path, columns=COLUMNS[query])
    else:
        x = pd.read_csv(path)

    def g(by):
        return x.groupby(by, as_index=False, sort=False, observed=True, dropna=False)

    if query == "q1":
        answer = g("id1").agg({"v1": "sum"})
    elif query == "q2":
        answer = g(["id1", "id2"]).agg({"v1": "sum"})
    elif query == "q3":
        answer = g("id3").agg({"v1": "sum", "v3": "mean"})
    elif query == "q4":
        answer = g("id4").agg({"v1": "mean", "v2": "mean", "v3": "mean"})
    elif query == "q5":
        answer = g("id6").agg({"v1": "sum", "v2": "sum", "v3": "sum"})
    elif query == "q6":
        answer = g(["id4", "id5"]).agg(median_v3=("v3", "median"), sd_v3=("v3", "std"))
    elif query == "q7":
        answer = g("id3").agg({"v1": "max", "v2": "min"})
        answer = answer.assign(range_v1_v2=answer["v1"] - answer["v2"])[["id3", "range_v1_v2"]]
    elif query == "q8":
        answer = (
            x[~x["v3"].isna()][["id6", "v3"]]
            .sort_values("v3", ascending=False)
            .groupby("id6", as_index=False, sort=False, observed=True, dropna=False)
            .head(2)
            .rename(columns={"v3": "largest2_v3"})
        )
    elif query == "q9":
        answer = g(["id2", "id4"])[["v1", "v2"]].apply(
            lambda d: pd.Series({"r2": d.corr()["v1"]["v2"] ** 2})
        )
    elif query == "q10":
        answer = g(["id1", "id2", "id3", "id4", "id5", "id6"]).agg(
            v3=("v3", "sum"), count=("v3", "size")
        )
    answer.to_csv(out, index=False)


def normalise(path, query):
    """An answer as a polars frame: keys as text, values as floats (NaN as missing), sorted."""
    import polars as pl

    df = pl.read_csv(path, infer_schema=False)
    keys = KEYS[query]
    if df.width < len(keys) + 1:
        raise ValueError(f"{df.width} columns, expected keys {keys} and values")
    names = df.columns
    df = df.select(
        [pl.col(c).alias(f"k{i}") for i, c in enumerate(names[: len(keys)])]
        + [
            pl.col(c).cast(pl.Float64, strict=False).fill_nan(None).alias(f"v{i}")
            for i, c in enumerate(names[len(keys) :])
        ]
    )
    # Integer keys may be printed as 7 or 7.0; compare them as integers.
    for i, k in enumerate(keys):
        if k in ("id4", "id5", "id6"):
            df = df.with_columns(pl.col(f"k{i}").cast(pl.Float64).cast(pl.Int64).cast(pl.String))
    return df.sort(df.columns)


def differ(df, ref, ref_name):
    """Why two normalised answers differ (None if they agree): shape, group keys, or a value
    off by more than 1e-6 (relative, absolute below 1); NaN and missing count as equal."""
    import polars as pl

    if df.height != ref.height or df.width != ref.width:
        return f"{df.height}x{df.width} vs {ref_name}'s {ref.height}x{ref.width}"
    keys = [c for c in df.columns if c.startswith("k")]
    if not df.select(keys).equals(ref.select(keys)):
        return f"group keys differ from {ref_name}'s"
    for c in (c for c in df.columns if c.startswith("v")):
        both = pl.DataFrame({"a": df[c], "b": ref[c]})
        bad = both.filter(
            (pl.col("a").is_null() != pl.col("b").is_null())
            | (
                (pl.col("a") - pl.col("b")).abs()
                > 1e-6 * pl.max_horizontal(pl.lit(1.0), pl.col("b").abs())
            )
        )
        if bad.height:
            a, b = bad.row(0)
            return f"{bad.height} values of column {c} differ from {ref_name}'s (e.g. {a} vs {b})"
    return None


def check(query, named):
    """Sort the answers into groups that agree (see `differ`); the largest group (on a tie, the
    one holding the first answer) is right, the others are mismatches. Prints one line per
    answer, `question name OK|MISMATCH|ERROR detail`; returns False unless all agree."""
    groups = []  # [representative name, its frame, member names]
    results = []  # (name, summary or error, group index or None)
    for name, path in named:
        try:
            df = normalise(path, query)
        except Exception as e:  # noqa: BLE001 - reported, then the run fails
            results.append((name, f"unreadable answer: {str(e).splitlines()[0][:200]}", None))
            continue
        values = [c for c in df.columns if c.startswith("v")]
        summary = f"rows={df.height} sums=" + ";".join(f"{df[c].sum():.6g}" for c in values)
        for i, (rep_name, rep, members) in enumerate(groups):
            if differ(df, rep, rep_name) is None:
                members.append(name)
                results.append((name, summary, i))
                break
        else:
            groups.append([name, df, [name]])
            results.append((name, summary, len(groups) - 1))
    right = max(range(len(groups)), key=lambda i: (len(groups[i][2]), -i)) if groups else None
    ok = True
    for name, summary, group in results:
        if group is None:
            ok = False
            print(f"{query}\t{name}\tERROR\t{summary}")
        elif group == right:
            print(f"{query}\t{name}\tOK\t{summary}")
        else:
            ok = False
            rep_name, rep, members = groups[right]
            why = differ(groups[group][1], rep, rep_name)
            print(f"{query}\t{name}\tMISMATCH\t{summary}; {why} (agreeing: {', '.join(members)})")
    return ok


def main():
    what = sys.argv[1]
    if what == "make":
        make(sys.argv[2], int(sys.argv[3]))
        return
    if what == "make-parquet":
        make_parquet(sys.argv[2], int(sys.argv[3]))
        return
    if what == "make-both":
        make_both(sys.argv[2], int(sys.argv[3]))
        return
    if what == "sql":
        print(SQL[sys.argv[2]].format(t=sys.argv[3] if len(sys.argv) > 3 else "data"))
        return
    if what == "check":
        named = [a.split("=", 1) for a in sys.argv[3:]]
        sys.exit(0 if check(sys.argv[2], named) else 1)
    if what == "check-manifest":
        # Lines of `question<TAB>name<TAB>path`; each question's answers against its first.
        by_question = {}
        with open(sys.argv[2]) as f:
            for line in f:
                if line.strip():
                    q, name, path = line.rstrip("\n").split("\t")
                    by_question.setdefault(q, []).append((name, path))
        ok = [check(q, named) for q, named in by_question.items()]
        sys.exit(0 if all(ok) else 1)
    engine = {
        "pandas": with_pandas,
        "polars": with_polars,
        "polars-scan": lambda p, q, o: with_polars(p, q, o, scan_csv=True),
        "duckdb": with_duckdb,
    }[what]
    # ENGINE FILE QUESTION: the answer to stdout. ENGINE FILE q1,q2,... OUT: every answer in
    # one process, to OUT with {q} replaced by the question (run.sh --smoke).
    questions = sys.argv[3].split(",")
    template = sys.argv[4] if len(sys.argv) > 4 else None
    if len(questions) > 1 and not template:
        sys.exit("several questions need an output path with {q} in it")
    for q in questions:
        engine(sys.argv[2], q, template.format(q=q) if template else "/dev/stdout")


if __name__ == "__main__":
    main()
