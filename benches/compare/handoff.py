"""Python handoff of a whole table, in process (benches/compare/run.sh runs it).

    python handoff.py PARQUET OUT.tsv [REPEATS]

Reads the file with blinq (`blinq.read_parquet`, then `select * from data`: a blinq Table of
every row) and with pyarrow (`pyarrow.parquet.read_table`), then times, REPEATS times each
(default 5, after one untimed call), what a notebook does next:

- blinq -> polars through the Arrow PyCapsule interface (`pl.DataFrame(table)`: buffers
  shared, not copied);
- blinq -> pyarrow through the same interface (`pa.table(table)`);
- blinq -> pandas (`table.to_pandas()`: through pyarrow, which copies into numpy);
- pyarrow -> pandas (`pa_table.to_pandas()`), the usual route without blinq.

Checks that the polars frame from blinq equals `pl.read_parquet` of the same file (exit 1
otherwise). Writes one line per conversion: name, rows, median seconds, min, max.
"""

import statistics
import sys
import time


def main():
    path, out = sys.argv[1], sys.argv[2]
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 5

    import blinq
    import pandas  # noqa: F401  (imported before timing: to_pandas would import it on first use)
    import polars as pl
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = blinq.read_parquet(path).sql("select * from data")
    arrow = pq.read_table(path)
    rows = len(table)

    conversions = {
        "blinq -> polars (PyCapsule)": lambda: pl.DataFrame(table),
        "blinq -> pyarrow (PyCapsule)": lambda: pa.table(table),
        "blinq -> pandas (via pyarrow)": lambda: table.to_pandas(),
        "pyarrow -> pandas (to_pandas)": lambda: arrow.to_pandas(),
    }
    expected = pl.read_parquet(path)
    if not pl.DataFrame(table).equals(expected):
        print("handoff.py: the polars frame from blinq differs from pl.read_parquet", file=sys.stderr)
        return 1

    with open(out, "w") as f:
        for name, convert in conversions.items():
            times = []
            del_me = convert()  # one untimed call: first-use costs are not the handoff's
            del del_me
            for _ in range(repeats):
                start = time.perf_counter()
                result = convert()
                times.append(time.perf_counter() - start)
                del result
            f.write(f"{name}\t{rows}\t{statistics.median(times):.6f}\t{min(times):.6f}\t{max(times):.6f}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
