"""Markdown tables from a benches/compare/run.sh run (standard library only).

    python3 report.py META.tsv RECORDS.tsv CHECKS.tsv OUT.md|-

META: key<TAB>value lines. RECORDS: one line per process run:
section format question peer pair engine counted wall_s cpu_s peak_kib exit_code.
CHECKS: question<TAB>format:engine (or plot:engine)<TAB>OK|MISMATCH|ERROR<TAB>detail.
Exits 1 if any run failed or any answer disagreed.
"""

import os
import statistics
import sys
from collections import defaultdict
from importlib import metadata

NAMES = {"polars": "polars-py", "duckdb": "DuckDB", "pandas": "pandas", "matplotlib": "pandas + matplotlib"}
FORMATS = {"csv": "CSV", "parquet": "Parquet"}
TARGETS = {  # issue 15: Blinq / other, wall, at most
    ("csv", "polars"): 1.0,
    ("parquet", "polars"): 1.0,
    ("csv", "duckdb"): 1.25,
    ("parquet", "duckdb"): 1.0,
}
PLOT_TARGET = 10.0  # blinq plot at least 10x faster than pandas + matplotlib
SERVER_TARGET = 30.0  # the query route at least 30x the prototype's stack, on penguins ...
SERVER_P99_MS = 5.0  # ... with p99 at most 5 ms
SERVERS = {"blinq": "Blinq", "fastapi": "FastAPI baseline", "datasette": "Datasette", "roapi": "ROAPI"}
DATASETS = {"penguins": "penguins (344 rows): count, mean by species", "big": "groupby data: count, sum, mean by id1"}


def version(dist):
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def mib(kib):
    return f"{kib / 1024:,.0f} MiB"


def secs(s):
    return f"{s:.2f} s" if s < 10 else f"{s:.1f} s"


def qkey(q):
    return int(q[1:]) if q[1:].isdigit() else 0


def main():
    meta_path, records_path, checks_path, out_path = sys.argv[1:5]
    meta = {}
    with open(meta_path) as f:
        for line in f:
            k, _, v = line.rstrip("\n").partition("\t")
            meta[k] = v
    records = []
    with open(records_path) as f:
        for line in f:
            if not line.strip():
                continue
            sec, fmt, q, peer, pair, engine, counted, wall, cpu, peak, rc = line.rstrip("\n").split("\t")
            records.append(
                dict(sec=sec, fmt=fmt, q=q, peer=peer, pair=int(pair), engine=engine,
                     counted=counted == "1", wall=float(wall), cpu=float(cpu),
                     peak=float(peak or 0), rc=int(rc))
            )
    checks = {}  # (question, "fmt:engine") -> (status, detail)
    with open(checks_path) as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3:
                checks[(parts[0], parts[1])] = (parts[2], parts[3] if len(parts) > 3 else "")

    failed = []  # lines for the problems section
    for r in records:
        if r["rc"] != 0:
            failed.append(f"{r['engine']} exited {r['rc']} on {r['sec']} {r['fmt']} {r['q']} (pair {r['pair']})")
    for (q, name), (status, detail) in sorted(checks.items(), key=lambda kv: (qkey(kv[0][0]), kv[0][1])):
        if status != "OK":
            failed.append(f"{q} {name}: {status} {detail}")

    # Pairs: (sec, fmt, q, peer, pair) -> {engine: record}
    pairs = defaultdict(dict)
    for r in records:
        if r["counted"]:
            pairs[(r["sec"], r["fmt"], r["q"], r["peer"], r["pair"])][r["engine"]] = r

    def cell_stats(sec, fmt, q, peer):
        """Median Blinq / peer wall ratio over counted pairs, with both sides' medians."""
        ratios, cpu_ratios, b, p = [], [], [], []
        for (s, f_, q_, pe, _), byeng in pairs.items():
            if (s, f_, q_, pe) != (sec, fmt, q, peer):
                continue
            rb, rp = byeng.get("blinq"), byeng.get(peer)
            if rb and rb["rc"] == 0:
                b.append(rb)
            if rp and rp["rc"] == 0:
                p.append(rp)
            if rb and rp and rb["rc"] == 0 and rp["rc"] == 0 and rp["wall"] > 0:
                ratios.append(rb["wall"] / rp["wall"])
                if rp["cpu"] > 0:
                    cpu_ratios.append(rb["cpu"] / rp["cpu"])
        return ratios, cpu_ratios, b, p

    def any_error(sec, fmt, q, engine):
        return any(
            r["rc"] != 0 for r in records
            if (r["sec"], r["fmt"], r["q"], r["engine"]) == (sec, fmt, q, engine)
        )

    lines = []
    w = lines.append
    mode = meta.get("mode", "full")
    rows = int(meta.get("rows", "0"))
    plot_rows = int(meta.get("plot_rows", "0"))
    w(f"## Side by side, one script ({meta.get('date', '?')[:10]})")
    w("")
    if mode == "smoke":
        w("**Smoke run: tiny data, one pair; the times say nothing about speed.**")
        w("")
    w(f"Command: `{meta.get('command')}` (took {int(meta.get('elapsed_s', '0')) // 60} min "
      f"{int(meta.get('elapsed_s', '0')) % 60} s).")
    w("")
    w(f"- date: {meta.get('date')}; git {meta.get('git')}")
    w(f"- machine: {meta.get('arch')}, {meta.get('cpu')}, {meta.get('cores')} cores, "
      f"{meta.get('ram')} RAM, {meta.get('kernel')}; load average {meta.get('load_start')} at "
      f"the start, {meta.get('load_end')} at the end")
    w(f"- Blinq: {meta.get('blinq_version')}, {meta.get('blinq_bin')}")
    w(f"- Python {sys.version.split()[0]}: polars {version('polars')}, DuckDB {version('duckdb')}, "
      f"pandas {version('pandas')}, pyarrow {version('pyarrow')}, numpy {version('numpy')}, "
      f"matplotlib {version('matplotlib')}")
    csv_mb = int(meta.get("csv_bytes", "0")) / 1e6
    pq_mb = int(meta.get("parquet_bytes", "0")) / 1e6
    w(f"- data: db-benchmark's groupby shape (k = 100, no missing values), {rows:,} rows, the "
      f"same rows as CSV ({csv_mb:,.0f} MB) and Parquet ({pq_mb:,.0f} MB) "
      f"(`groupby.py make-both`)")
    w(f"- method: whole process (start-up, load, query, the whole answer printed as CSV), "
      f"{meta.get('warmup')} warm-up + {meta.get('pairs')} counted pairs per cell, Blinq and "
      f"the other tool alternately; wall from the shell, peak RSS from /usr/bin/time; "
      f"ratios are medians of the per-pair ratios Blinq / other (below 1: Blinq is faster)")
    if rows < 10_000_000 and mode != "smoke":
        w(f"- size: {rows:,} rows, not db-benchmark's 1e7: at 1e7 rows a full run takes well over "
          f"an hour on a 2-core machine (`--rows 1e7` runs it)")
    w("")

    answers = [(q, n, st) for (q, n), (st, _) in checks.items() if not n.startswith(("plot:", "server:", "handoff:"))]
    if answers:
        bad = [f"{q} {n}" for q, n, st in answers if st != "OK"]
        qs = sorted({q for q, _, _ in answers}, key=qkey)
        names = sorted({n for _, n, _ in answers})
        w(f"Answers compared: {len(qs)} questions x {len(names)} answers (format, engine) each, "
          f"for the same rows, group keys and values within 1e-6: "
          + ("all agree." if not bad else f"{len(bad)} disagree or failed: {', '.join(bad)}."))
        w("")

    questions = sorted({r["q"] for r in records if r["sec"] == "groupby"} |
                       {k[4:] for k in meta if k.startswith("na_")}, key=qkey)
    fmts = [f for f in FORMATS if any(r["fmt"] == f for r in records)]
    peers = [p for p in ("polars", "duckdb", "pandas") if any(r["engine"] == p for r in records)]

    def ratio_cell(fmt, q, peer):
        na = meta.get(f"na_{q}")
        if na:
            return f"n/a ({na})", None
        if any_error("groupby", fmt, q, "blinq"):
            return "error (Blinq)", None
        if any_error("groupby", fmt, q, peer):
            return f"error ({NAMES[peer]})", None
        bstat = checks.get((q, f"{fmt}:blinq"), ("ERROR", ""))[0]
        pstat = checks.get((q, f"{fmt}:{peer}"), ("ERROR", ""))[0]
        if bstat != "OK" or pstat != "OK":
            return "mismatch", None
        ratios, _, _, _ = cell_stats("groupby", fmt, q, peer)
        if not ratios:
            return "no runs", None
        r = statistics.median(ratios)
        return f"{r:.2f}", r

    summary = {}
    if questions:
        w("### db-benchmark groupby, Blinq / other, wall time (median of paired ratios)")
        w("")
        head = ["question", "answer rows"]
        for fmt in fmts:
            for peer in peers:
                head.append(f"{FORMATS[fmt]}: vs {NAMES[peer]}")
        w("| " + " | ".join(head) + " |")
        w("| --- | ---: |" + " ---: |" * (len(head) - 2))
        for q in questions:
            detail = checks.get((q, f"{fmts[0]}:blinq"), ("", ""))[1] if fmts else ""
            nrows = detail.split()[0].removeprefix("rows=") if detail.startswith("rows=") else "?"
            cells = [f"{q}: {DESCRIBE.get(q, '')}", nrows]
            for fmt in fmts:
                for peer in peers:
                    text, r = ratio_cell(fmt, q, peer)
                    summary[(fmt, q, peer)] = r
                    cells.append(text)
            w("| " + " | ".join(cells) + " |")
        w("")
        for fmt in fmts:
            w(f"### {FORMATS[fmt]}: medians of wall time and peak memory, whole process")
            w("")
            head = ["question", "Blinq"] + [NAMES[p] for p in peers]
            w("| " + " | ".join(head) + " |")
            w("| --- |" + " ---: |" * (len(head) - 1))
            for q in questions:
                if meta.get(f"na_{q}"):
                    w(f"| {q} | n/a |" + " |" * len(peers))
                    continue
                blinq_runs = [r for r in records if r["sec"] == "groupby" and r["fmt"] == fmt
                              and r["q"] == q and r["engine"] == "blinq" and r["counted"] and r["rc"] == 0]
                cells = [q]
                for eng, runs in [("blinq", blinq_runs)] + [
                    (p, cell_stats("groupby", fmt, q, p)[3]) for p in peers
                ]:
                    if not runs:
                        cells.append("error" if any_error("groupby", fmt, q, eng) else "-")
                    else:
                        cells.append(f"{secs(statistics.median(r['wall'] for r in runs))}, "
                                     f"{mib(statistics.median(r['peak'] for r in runs))}")
                w("| " + " | ".join(cells) + " |")
            w("")

    plot_kinds = [k for k in ("line", "scatter") if any(r["sec"] == "plot" and r["q"] == k for r in records)]
    plot_summary = {}
    if plot_kinds:
        w(f"### Charts: `blinq plot` vs pandas + matplotlib, {plot_rows:,} points of CSV, 1000x600 PNG")
        w("")
        w("| chart | Blinq median wall | Blinq peak | matplotlib median wall | matplotlib peak "
          "| Blinq / matplotlib, wall | CPU | matplotlib / Blinq |")
        w("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for kind in plot_kinds:
            ratios, cpu_ratios, b, p = cell_stats("plot", "-", kind, "matplotlib")
            label = {"line": "line (Blinq: MinMaxLTTB; matplotlib: path simplification)",
                     "scatter": "scatter, every point drawn"}[kind]
            bad = [c for c in ("plot:blinq", "plot:matplotlib") if checks.get((kind, c), ("ERROR",))[0] != "OK"]
            if bad or not ratios:
                w(f"| {label} | {'error' if bad else '-'} | | | | | | |")
                plot_summary[kind] = None
                continue
            r = statistics.median(ratios)
            plot_summary[kind] = r
            w(f"| {label} | {secs(statistics.median(x['wall'] for x in b))} | "
              f"{mib(statistics.median(x['peak'] for x in b))} | "
              f"{secs(statistics.median(x['wall'] for x in p))} | "
              f"{mib(statistics.median(x['peak'] for x in p))} | {r:.2f} | "
              f"{statistics.median(cpu_ratios):.2f} | {1 / r:.1f}x |")
        w("")

    server_summary = server_tables(w, meta, checks)
    handoff_table(w, meta)

    if mode != "smoke" and (summary or plot_summary or server_summary):
        w("### Issue 15's targets on this run")
        w("")
        for (fmt, peer), limit in TARGETS.items():
            cells = [(q, summary.get((fmt, q, peer))) for q in questions if (fmt, q, peer) in summary]
            if not cells:
                continue
            met = [q for q, r in cells if r is not None and r <= limit]
            missed = [f"{q} {r:.2f}" if f"{r:.2f}" != f"{limit:.2f}" else f"{q} {r:.3f}"
                      for q, r in cells if r is not None and r > limit]
            other = [q for q, r in cells if r is None]
            text = f"- {FORMATS[fmt]} vs {NAMES[peer]}, at most {limit:.2f}x: met on {len(met)} of {len(cells)}"
            if missed:
                text += f"; missed on {', '.join(missed)}"
            if other:
                text += f"; not measured (n/a, error or mismatch): {', '.join(other)}"
            w(text)
        for kind, r in plot_summary.items():
            if r is None:
                w(f"- `blinq plot` {kind} at least {PLOT_TARGET:.0f}x faster than pandas + matplotlib: not measured")
            else:
                verdict = "met" if 1 / r >= PLOT_TARGET else "not met"
                w(f"- `blinq plot` {kind} at least {PLOT_TARGET:.0f}x faster than pandas + matplotlib: "
                  f"{1 / r:.1f}x, {verdict}")
        for variant, (ratio, p99) in server_summary.items():
            verdict = "met" if ratio >= SERVER_TARGET and p99 <= SERVER_P99_MS else "not met"
            w(f"- server query route on penguins ({variant} query), at least {SERVER_TARGET:.0f}x the "
              f"prototype's stack with p99 at most {SERVER_P99_MS:.0f} ms: {ratio:.1f}x, p99 {p99:.1f} ms, {verdict}")
        w("")

    if failed:
        w("### Problems")
        w("")
        for line in failed:
            w(f"- {line}")
        w("")

    text = "\n".join(lines)
    if out_path == "-":
        print(text)
    else:
        with open(out_path, "w") as f:
            f.write(text + "\n")
        print(text)
    return 1 if failed else 0


def handoff_table(w, meta):
    for key, title, text in [
        ("handoff_records", f"Python handoff of a whole table, in process ({meta.get('blinq_py')})",
         "`benches/compare/handoff.py`: the Parquet file read as a blinq Table (`select * from data`) "
         "and with pyarrow; each conversion timed alone, median of the repeats (min, max). The polars "
         "frame from blinq is checked equal to `pl.read_parquet` of the file."),
        ("node_handoff_records", "Node handoff of a result, in process",
         "`benches/compare/handoff.mjs`: blinq-node reads the Parquet file and runs `select * from data "
         "limit N`; the result taken as Arrow IPC (`toArrowIPC` + apache-arrow's `tableFromIPC`) and as "
         "JSON (`toJSON`), median of the repeats (min, max); both checked to give the same rows."),
    ]:
        path = meta.get(key)
        if path and os.path.exists(path):
            handoff_rows(w, title, text, path)


def handoff_rows(w, title, text, path):
    w(f"### {title}")
    w("")
    w(text)
    w("")
    w("| conversion | rows | median | min | max |")
    w("| --- | ---: | ---: | ---: | ---: |")
    with open(path) as f:
        for line in f:
            if line.strip():
                name, rows, med, lo, hi = line.rstrip("\n").split("\t")
                ms = lambda v: f"{float(v) * 1e3:,.2f} ms"
                w(f"| {name} | {int(rows):,} | {ms(med)} | {ms(lo)} | {ms(hi)} |")
    w("")


def server_tables(w, meta, checks):
    """The server comparison's table; returns {variant: (Blinq / baseline req/s, Blinq p99)} on penguins."""
    path = meta.get("server_records")
    if not path or not os.path.exists(path):
        return {}
    runs = []
    with open(path) as f:
        for line in f:
            if line.strip():
                d, v, r, e, rps, p50, p99, non2xx, errors = line.rstrip("\n").split("\t")
                runs.append(dict(d=d, v=v, r=r, e=e, rps=float(rps), p50=float(p50), p99=float(p99),
                                 bad=int(non2xx) + int(errors)))
    engines = [e for e in SERVERS if any(x["e"] == e for x in runs)]
    w(f"### Server: one query route, {meta.get('server_connections')} connections, each server on one core")
    w("")
    w(f"`benches/compare/server.sh` (its header says what each server does per request): wrk on CPU 0, "
      f"the server on CPU 1, {meta.get('server_duration')} per run"
      + (f" after a {meta.get('server_warmup')} warm-up" if meta.get('server_warmup') not in (None, "0") else "")
      + f", {meta.get('server_rounds')} round(s) alternating the order. "
      f"`same`: the same SQL text "
      f"every time (Blinq answers it from its result cache); `distinct`: every request's SQL ends in a "
      f"LIMIT of its own, so every request is planned and run. Cells: median requests/s (median p50, "
      f"p99). Ratio: median over rounds of Blinq / FastAPI baseline, requests/s.")
    w("")
    bad = [f"{q} {n}" for (q, n), (st, _) in checks.items() if n.startswith("server:") and st != "OK"]
    compared = {q for (q, n) in checks if n.startswith("server:")}
    if compared:
        w(f"Answers compared on {len(compared)} queries, every server against Blinq (same rows, values "
          f"within 1e-9): " + ("all agree." if not bad else f"disagree or failed: {', '.join(bad)}."))
        w("")
    head = ["dataset, query", "variant"] + [SERVERS[e] for e in engines] + ["Blinq / baseline"]
    w("| " + " | ".join(head) + " |")
    w("| --- | --- |" + " ---: |" * (len(head) - 2))
    summary = {}
    for d in [d for d in DATASETS if any(x["d"] == d for x in runs)]:
        for v in [v for v in ("same", "distinct") if any(x["d"] == d and x["v"] == v for x in runs)]:
            cells = [DATASETS[d], v]
            for e in engines:
                mine = [x for x in runs if (x["d"], x["v"], x["e"]) == (d, v, e)]
                if not mine:
                    cells.append("-")
                    continue
                rps = statistics.median(x["rps"] for x in mine)
                text = (f"{rps:,.0f}" if rps >= 10 else f"{rps:.1f}") + (
                    f" ({statistics.median(x['p50'] for x in mine):.1f}, "
                    f"{statistics.median(x['p99'] for x in mine):.1f} ms)" if rps > 0 else " (no answer in time)")
                if any(x["bad"] for x in mine):
                    text += f", {sum(x['bad'] for x in mine)} failed"
                cells.append(text)
            ratios = []
            for r in {x["r"] for x in runs}:
                b = [x for x in runs if (x["d"], x["v"], x["e"], x["r"]) == (d, v, "blinq", r)]
                f = [x for x in runs if (x["d"], x["v"], x["e"], x["r"]) == (d, v, "fastapi", r)]
                if b and f and f[0]["rps"] > 0:
                    ratios.append(b[0]["rps"] / f[0]["rps"])
            ratio = statistics.median(ratios) if ratios else None
            cells.append(f"{ratio:.1f}x" if ratio is not None else "-")
            w("| " + " | ".join(cells) + " |")
            if d == "penguins" and ratio is not None:
                p99 = statistics.median(x["p99"] for x in runs if (x["d"], x["v"], x["e"]) == (d, v, "blinq"))
                summary[v] = (ratio, p99)
    w("")
    return summary


DESCRIBE = {
    "q1": "sum v1 by id1",
    "q2": "sum v1 by id1, id2",
    "q3": "sum v1, mean v3 by id3",
    "q4": "mean v1, v2, v3 by id4",
    "q5": "sum v1, v2, v3 by id6",
    "q6": "median, sd v3 by id4, id5",
    "q7": "max v1 - min v2 by id3",
    "q8": "largest two v3 by id6",
    "q9": "corr(v1, v2)^2 by id2, id4",
    "q10": "sum v3, count by id1..id6",
}

if __name__ == "__main__":
    sys.exit(main())
