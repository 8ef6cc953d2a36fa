"""Compute the expected answers of the agent evaluation set independently of Blinq.

Run: python3 blinq-core/tests/agent_eval/compute_expected.py > blinq-core/tests/agent_eval/eval.json
The expectations use the format of README.md ("A vs B" charts put A up, B across).
Only Python's standard library (csv, statistics) reads the fixture CSVs; "NA" and "" are
missing values. Group answers exclude missing group labels; aggregates skip missing values.
"""
import csv
import json
import os
import statistics
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "..", "fixtures")


def load(name):
    with open(os.path.join(FIX, name + ".csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    out = []
    for r in rows:
        d = {}
        for k, v in r.items():
            if v in ("", "NA"):
                d[k] = None
            else:
                try:
                    d[k] = float(v)
                except ValueError:
                    d[k] = v
        out.append(d)
    return out


DATA = {n: load(n) for n in ["penguins", "flights_3000", "airlines", "airports", "cars"]}


def rows(ds, where=lambda r: True):
    return [r for r in DATA[ds] if where(r)]


def vals(ds, col, where=lambda r: True):
    return [r[col] for r in rows(ds, where) if r[col] is not None]


def label(v):
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def grouped(ds, keys, col, fn, where=lambda r: True):
    groups = defaultdict(list)
    for r in rows(ds, where):
        if any(r[k] is None for k in keys):
            continue
        groups[" / ".join(label(r[k]) for k in keys)].append(r)
    out = {}
    for g, rs in groups.items():
        if col is None:
            out[g] = len(rs)
        else:
            xs = [r[col] for r in rs if r[col] is not None]
            out[g] = fn(xs) if xs else None
    return out


def corr(ds, a, b):
    pairs = [(r[a], r[b]) for r in DATA[ds] if r[a] is not None and r[b] is not None]
    return statistics.correlation([p[0] for p in pairs], [p[1] for p in pairs])


def top(d, n, desc=True):
    """The first n (label, value) pairs; a tie at the cut would make the expectation depend
    on tie-breaking, so it is refused."""
    items = sorted(d.items(), key=lambda kv: (-kv[1] if desc else kv[1], kv[0]))
    if len(items) > n:
        assert items[n - 1][1] != items[n][1], f"tie at place {n}: {items[:n + 1]}"
    return [[k, v] for k, v in items[:n]]


mean, median = statistics.mean, statistics.median
P, F, C = "penguins", "flights_3000", "cars"
E = []


def add(ds, q, **expect):
    if "chart" in expect:
        expect = {"chart": {"kind" if k == "chart" else k: v for k, v in expect.items()}}
    E.append({"id": f"eval-{len(E) + 1:03d}", "dataset": ds, "question": q, "expect": expect})


# --- penguins: single aggregates, filters, groups, rankings, charts ---
add(P, "average body mass by species", groups=grouped(P, ["species"], "body_mass_g", mean))
add(P, "What is the mean flipper length?", value=mean(vals(P, "flipper_length_mm")))
add(P, "how many penguins are there?", value=len(DATA[P]))
add(P, "How many penguins live on Biscoe island?", value=len(rows(P, lambda r: r["island"] == "Biscoe")))
add(P, "total body mass of Gentoo penguins", value=sum(vals(P, "body_mass_g", lambda r: r["species"] == "Gentoo")))
add(P, "median bill depth", value=median(vals(P, "bill_depth_mm")))
add(P, "What's the maximum flipper length for Adelie penguins?", value=max(vals(P, "flipper_length_mm", lambda r: r["species"] == "Adelie")))
add(P, "lowest body mass", value=min(vals(P, "body_mass_g")))
add(P, "number of distinct islands", value=len(set(vals(P, "island"))))
add(P, "how many different species are there", value=len(set(vals(P, "species"))))
add(P, "count of penguins per island", groups=grouped(P, ["island"], None, None))
add(P, "Which species has the highest average bill length?", top=top(grouped(P, ["species"], "bill_length_mm", mean), 1)[0])
add(P, "which island has the most penguins", top=top(grouped(P, ["island"], None, None), 1)[0])
add(P, "average body mass of female penguins by species", groups=grouped(P, ["species"], "body_mass_g", mean, lambda r: r["sex"] == "female"))
add(P, "mean bill_length_mm for males in 2008", value=mean(vals(P, "bill_length_mm", lambda r: r["sex"] == "male" and r["year"] == 2008)))
add(P, "how many penguins have a body mass over 5000", value=len(rows(P, lambda r: r["body_mass_g"] is not None and r["body_mass_g"] > 5000)))
add(P, "count penguins with flipper length at least 210", value=len(rows(P, lambda r: r["flipper_length_mm"] is not None and r["flipper_length_mm"] >= 210)))
add(P, "average flipper length per year", groups=grouped(P, ["year"], "flipper_length_mm", mean))
add(P, "correlation between flipper length and body mass", value=corr(P, "flipper_length_mm", "body_mass_g"))
add(P, "Is bill length correlated with bill depth?", value=corr(P, "bill_length_mm", "bill_depth_mm"))
add(P, "standard deviation of body mass", value=statistics.stdev(vals(P, "body_mass_g")))
add(P, "average body mass by species and sex", groups=grouped(P, ["species", "sex"], "body_mass_g", mean))
add(P, "How many Chinstrap penguins are on Dream island?", value=len(rows(P, lambda r: r["species"] == "Chinstrap" and r["island"] == "Dream")))
add(P, "average flipper length excluding Adelie", value=mean(vals(P, "flipper_length_mm", lambda r: r["species"] != "Adelie")))
add(P, "top 3 heaviest penguins by body mass", column="body_mass_g", values=sorted(vals(P, "body_mass_g"), reverse=True)[:3])
add(P, "Give me the biggest bill depth of the Torgersen penguins", value=max(vals(P, "bill_depth_mm", lambda r: r["island"] == "Torgersen")))
add(P, "avg body mass for each island", groups=grouped(P, ["island"], "body_mass_g", mean))
add(P, "bar chart of average flipper length by island", chart="bar", x="island", y="flipper_length_mm")
add(P, "histogram of body mass", chart="histogram", x="body_mass_g")
add(P, "scatter flipper length vs body mass colored by species", chart="scatter", x="body_mass_g", y="flipper_length_mm", color="species")
add(P, "box plot of bill depth by species", chart="box", x="species", y="bill_depth_mm")
add(P, "pie chart of penguins by island", chart="pie", x="island")
add(P, "distribution of bill length", chart="histogram", x="bill_length_mm")
add(P, "show the distribution of species", chart="bar", x="species")
add(P, "plot body mass over flipper length", chart="scatter", x="flipper_length_mm", y="body_mass_g")
add(P, "line chart of average body mass over year by species", chart="line", x="year", y="body_mass_g", color="species")
add(P, "stacked area chart of body mass over year by island", chart="area", x="year", y="body_mass_g", color="island")
add(P, "heatmap of species by island", chart="heatmap", x="species", y="island")
add(P, "what is the average wingspan?", unanswerable=True)
add(P, "who will win the next election", unanswerable=True)

# --- nycflights13 (3,000 flights of January 2013), airlines, airports ---
add(F, "average departure delay", value=mean(vals(F, "dep_delay")))
add(F, "average arrival delay by carrier", groups=grouped(F, ["carrier"], "arr_delay", mean))
add(F, "how many flights from JFK", value=len(rows(F, lambda r: r["origin"] == "JFK")))
add(F, "which carrier has the most flights", top=top(grouped(F, ["carrier"], None, None), 1)[0])
add(F, "top 5 destinations by number of flights", ranked=top(grouped(F, ["dest"], None, None), 5))
add(F, "total distance flown by UA", value=sum(vals(F, "distance", lambda r: r["carrier"] == "UA")))
add(F, "longest air time", value=max(vals(F, "air_time")))
add(F, "mean distance per origin", groups=grouped(F, ["origin"], "distance", mean))
add(F, "number of unique destinations", value=len(set(vals(F, "dest"))))
add(F, "how many flights have dep_delay > 60", value=len(rows(F, lambda r: r["dep_delay"] is not None and r["dep_delay"] > 60)))
add(F, "average arr_delay for flights from EWR to ORD", value=mean(vals(F, "arr_delay", lambda r: r["origin"] == "EWR" and r["dest"] == "ORD")))
add(F, "median air time by origin", groups=grouped(F, ["origin"], "air_time", median))
add(F, "average dep delay by hour", groups=grouped(F, ["hour"], "dep_delay", mean))
add(F, "3 carriers with the lowest average arrival delay", ranked=top(grouped(F, ["carrier"], "arr_delay", mean), 3, desc=False))
add(F, "flights by origin", groups=grouped(F, ["origin"], None, None))
add(F, "What's the correlation between distance and air_time?", value=corr(F, "distance", "air_time"))
add(F, "bar chart of flights per carrier", chart="bar", x="carrier")
add(F, "histogram of distance", chart="histogram", x="distance")
add(F, "scatter plot of distance vs air time", chart="scatter", x="air_time", y="distance")
add(F, "box plot of arrival delay by origin", chart="box", x="origin", y="arr_delay")
add(F, "plot dep_delay over time_hour", chart="line", x="time_hour", y="dep_delay")
add("airlines", "how many airlines are there", value=len(DATA["airlines"]))
add("airports", "average altitude of airports", value=mean(vals("airports", "alt")))
add("airports", "how many airports are in America/Chicago", value=len(rows("airports", lambda r: r["tzone"] == "America/Chicago")))
add("airports", "which tzone has the most airports", top=top(grouped("airports", ["tzone"], None, None), 1)[0])
add("airports", "highest altitude", value=max(vals("airports", "alt")))

# --- a hand-written cars table: names with spaces, symbols and CamelCase ---
add(C, "average MPG for cars from Japan", value=mean(vals(C, "MPG", lambda r: r["Origin"] == "Japan")))
add(C, "mean horsepower by origin", groups=grouped(C, ["Origin"], "Horsepower (hp)", mean))
add(C, "how many cars in 1973", value=len(rows(C, lambda r: r["Model Year"] == 1973)))
add(C, "which origin has the highest average mpg", top=top(grouped(C, ["Origin"], "MPG", mean), 1)[0])
add(C, "scatter weight vs mpg colored by origin", chart="scatter", x="MPG", y="Weight_lbs", color="Origin")
add(C, "total weight of diesel cars", value=sum(vals(C, "Weight_lbs", lambda r: r["fuelType"] == "diesel")))
add(C, "top 3 cars by horsepower", column="Horsepower (hp)", values=sorted(vals(C, "Horsepower (hp)"), reverse=True)[:3])
add(C, "average mpg since 1974", value=mean(vals(C, "MPG", lambda r: r["Model Year"] >= 1974)))
add(C, "box plot of mpg by origin", chart="box", x="Origin", y="MPG")
add(C, "count of cars by fuel type", groups=grouped(C, ["fuelType"], None, None))
add(C, "what is the meaning of life", unanswerable=True)

json.dump(E, __import__("sys").stdout, indent=1)
print()
