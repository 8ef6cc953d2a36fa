"""Expected answers of the second agent evaluation set (vega.json), computed with pandas,
independently of Blinq.

Run (needs pandas):
    python3 -m venv /tmp/vd && /tmp/vd/bin/pip install pandas
    /tmp/vd/bin/python blinq-core/tests/agent_eval/compute_vega.py > blinq-core/tests/agent_eval/vega.json

Fixtures (blinq-core/tests/fixtures/vega/) are the files bundled, unchanged, in the
`vega_datasets` 0.9.0 wheel from PyPI (vega_datasets/_data/), which copies them from
https://github.com/vega/vega-datasets (BSD-3-Clause; the data themselves are public):
cars.json, iris.json, seattle-weather.csv, stocks.csv, barley.json, iowa-electricity.csv,
us-employment.csv. None of them was used to tune the planner's rules by name: the rules are
general (see docs/agent.md).

Conventions (the same as compute_expected.py): aggregates skip missing values, groups
exclude missing labels, counts count rows, a date column grouped "per year"/"by month" is
bucketed into the year (month) number, standard deviations are sample ones.

Expectations use the format of README.md (value, groups, top [label, value], ranked
[[label, value], ...], chart {kind, x, y, color}, unanswerable), plus column + values (a
column's first values) and first_row_contains (a cell of the first row). "A vs B" charts
put A up and B across. `after` lists earlier questions whose plan is passed
on (a follow-up); `response` is the exact sentence expected.
"""
import json
import os

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "..", "fixtures", "vega")

cars = pd.read_json(os.path.join(FIX, "cars.json"))
cars["Year"] = pd.to_datetime(cars["Year"])
iris = pd.read_json(os.path.join(FIX, "iris.json"))
weather = pd.read_csv(os.path.join(FIX, "seattle-weather.csv"))
weather["date"] = pd.to_datetime(weather["date"], format="%Y/%m/%d")
stocks = pd.read_csv(os.path.join(FIX, "stocks.csv"))
stocks["date"] = pd.to_datetime(stocks["date"], format="%b %d %Y")
barley = pd.read_json(os.path.join(FIX, "barley.json"))
iowa = pd.read_csv(os.path.join(FIX, "iowa-electricity.csv"))
iowa["year"] = pd.to_datetime(iowa["year"])
jobs = pd.read_csv(os.path.join(FIX, "us-employment.csv"))
jobs["month"] = pd.to_datetime(jobs["month"])

C, I, W, S = "vega/cars.json", "vega/iris.json", "vega/seattle-weather.csv", "vega/stocks.csv"
B, E_, J = "vega/barley.json", "vega/iowa-electricity.csv", "vega/us-employment.csv"

E = []


def num(x):
    x = float(x)
    return int(x) if x.is_integer() else x


def label(k):
    if isinstance(k, tuple):
        return " / ".join(label(v) for v in k)
    if isinstance(k, float) and k.is_integer():
        return str(int(k))
    return str(k)


def groups(series):
    return {label(k): num(v) for k, v in series.dropna().items()}


def top(series, n=1, desc=True):
    """The first n [label, value] pairs."""
    s = series.dropna()
    items = sorted(s.items(), key=lambda kv: ((-kv[1] if desc else kv[1]), label(kv[0])))
    ranked = [[label(k), num(v)] for k, v in items[:n]]
    # A tie at the cut would make the expectation depend on tie-breaking: refuse it.
    if len(items) > n:
        assert items[n - 1][1] != items[n][1], f"tie in {series.name}"
    return ranked


def add(ds, q, after=None, response=None, **expect):
    if "chart" in expect:
        expect = {"chart": {"kind" if k == "chart" else k: v for k, v in expect.items()}}
    case = {"id": f"vega-{len(E) + 1:03d}", "dataset": ds, "question": q, "expect": expect}
    if after:
        case["after"] = after
    if response:
        case["response"] = response
    E.append(case)


mpg, hp = "Miles_per_Gallon", "Horsepower"
japan = cars[cars.Origin == "Japan"]
# --- cars (406 rows; Year is a date, Name/Origin are text) ---
add(C, "What's the average Miles_per_Gallon?", value=num(cars[mpg].mean()))
add(C, "average mpg for cars from Japan", value=num(japan[mpg].mean()))
add(C, "how many cars are from europe?", value=len(cars[cars.Origin == "Europe"]))
add(C, "How many cars were made in 1975?", value=len(cars[cars.Year.dt.year == 1975]))
add(C, "top 2 origins by mean horsepower", ranked=top(cars.groupby("Origin")[hp].mean(), 2))
add(C, "Which origin has the highest average weight?", top=top(cars.groupby("Origin")["Weight_in_lbs"].mean())[0])
add(C, "correlation between horsepower and weight", value=num(cars[hp].corr(cars["Weight_in_lbs"])))
add(C, "average horsepower by cylinders", groups=groups(cars.groupby("Cylinders")[hp].mean()))
add(C, "how many cars have more than 6 cylinders", value=len(cars[cars.Cylinders > 6]))
add(C, "pie chart of cars by origin", chart="pie", x="Origin")
add(C, "scatter horsepower vs miles per gallon colored by origin", chart="scatter", x=mpg, y=hp, color="Origin")
add(C, "average mpg per year", groups=groups(cars.groupby(cars.Year.dt.year)[mpg].mean()))
add(C, "median displacement of 8 cylinder cars", value=num(cars[cars.Cylinders == 8]["Displacement"].median()))
add(C, "box plot of mpg by origin", chart="box", x="Origin", y=mpg)
add(C, "histogram of acceleration", chart="histogram", x="Acceleration")
add(C, "What is the lowest weight?", value=num(cars["Weight_in_lbs"].min()))
add(C, "how many unique names are there", value=int(cars["Name"].nunique()))
add(C, "average acceleration of cars with horsepower over 150", value=num(cars[cars[hp] > 150]["Acceleration"].mean()))
add(C, "line chart of average mpg over year", chart="line", x="Year", y=mpg)
add(C, "What is the average price of a car?", unanswerable=True)
add(C, "total weight of USA cars in 1980", value=num(cars[(cars.Origin == "USA") & (cars.Year.dt.year == 1980)]["Weight_in_lbs"].sum()))
assert (cars[hp] == cars[hp].max()).sum() == 1
add(C, "Which car has the highest horsepower?", first_row_contains=cars.loc[cars[hp].idxmax(), "Name"])
add(C, "number of cars per origin", groups=groups(cars.groupby("Origin").size()))
add(C, "average weight for cars with at least 30 mpg", value=num(cars[cars[mpg] >= 30]["Weight_in_lbs"].mean()))
add(C, "max acceleration for japanese cars", value=num(japan["Acceleration"].max()))
# follow-ups
add(C, "split by cylinders", after=["average horsepower by origin"],
    groups=groups(cars.groupby(["Origin", "Cylinders"])[hp].mean()))
add(C, "and from Europe?", after=["how many cars from Japan"], value=len(cars[cars.Origin == "Europe"]))
add(C, "exclude USA", after=["average horsepower by origin"],
    groups=groups(cars[cars.Origin != "USA"].groupby("Origin")[hp].mean()))
add(C, "colored by origin", after=["histogram of weight"], chart="histogram", x="Weight_in_lbs", color="Origin")

tmax = "temp_max"
rain = weather[weather.weather == "rain"]
add(C, "number of cars made between 1975 and 1978", value=int(cars.Year.dt.year.between(1975, 1978).sum()))
add(C, "how many cars have horsepower between 100 and 150", value=int(cars[hp].between(100, 150).sum()))
add(C, "average weight of cars with 4 or 6 cylinders", value=num(cars[cars.Cylinders.isin([4, 6])]["Weight_in_lbs"].mean()))
add(C, "percentage of cars from Japan", value=num(100 * (cars.Origin == "Japan").mean()))
add(C, "what share of cars have 8 cylinders by origin", groups=groups(100 * (cars.Cylinders == 8).groupby(cars.Origin).mean()))

# --- seattle-weather (1,461 days; date is a date, weather is text) ---
add(W, "What's the average temp_max?", value=num(weather[tmax].mean()),
    response="The average temp_max is %s." % f"{weather[tmax].mean():.2f}")
add(W, "how many days had rain", value=len(rain))
add(W, "how many rainy days were there?", value=len(rain))
add(W, "average wind where weather is rain", value=num(rain["wind"].mean()))
add(W, "average max temperature by weather", groups=groups(weather.groupby("weather")[tmax].mean()))
add(W, "how many days had precipitation above 10", value=len(weather[weather.precipitation > 10]))
add(W, "what is the most common weather", top=top(weather.groupby("weather").size())[0])
add(W, "average precipitation per month", groups=groups(weather.groupby(weather.date.dt.month)["precipitation"].mean()))
add(W, "total precipitation in 2015", value=num(weather[weather.date.dt.year == 2015]["precipitation"].sum()))
add(W, "trend of temp_max over time", chart="line", x="date", y=tmax)
add(W, "distribution of wind", chart="histogram", x="wind")
add(W, "box plot of temp_max by weather", chart="box", x="weather", y=tmax)
add(W, "bar chart of days by weather", chart="bar", x="weather")
add(W, "correlation between temp_max and temp_min", value=num(weather[tmax].corr(weather["temp_min"])))
add(W, "what was the max wind speed in 2012?", value=num(weather[weather.date.dt.year == 2012]["wind"].max()))
add(W, "average minimum temperature in December", value=num(weather[weather.date.dt.month == 12]["temp_min"].mean()))
add(W, "days with precipitation > 20", value=len(weather[weather.precipitation > 20]))
add(W, "total precipitation by year", groups=groups(weather.groupby(weather.date.dt.year)["precipitation"].sum()))
add(W, "What is the average temperature?", unanswerable=True)
add(W, "did it rain more in 2014 or 2015",
    groups=groups(rain[rain.date.dt.year.isin([2014, 2015])].groupby(rain.date.dt.year).size()))
add(W, "What was the highest temperature recorded?", value=num(weather[tmax].max()))
add(W, "lowest temperature in 2014", value=num(weather[weather.date.dt.year == 2014]["temp_min"].min()))
add(W, "How humid was it in 2013?", unanswerable=True)
add(W, "only for 2014", after=["average temp_max by weather"],
    groups=groups(weather[weather.date.dt.year == 2014].groupby("weather")[tmax].mean()))
add(W, "what about in 2013?", after=["what's the average wind?"], value=num(weather[weather.date.dt.year == 2013]["wind"].mean()))

# --- stocks (560 monthly prices of 5 symbols; date like "Jan 1 2000") ---
add(S, "which symbol has the highest average price", top=top(stocks.groupby("symbol")["price"].mean())[0])
add(S, "average price per symbol", groups=groups(stocks.groupby("symbol")["price"].mean()))
add(S, "line chart of price over date by symbol", chart="line", x="date", y="price", color="symbol")
add(S, "max price of GOOG", value=num(stocks[stocks.symbol == "GOOG"]["price"].max()))
add(S, "average price of IBM in 2005", value=num(stocks[(stocks.symbol == "IBM") & (stocks.date.dt.year == 2005)]["price"].mean()))
add(S, "how many records per symbol", groups=groups(stocks.groupby("symbol").size()))
add(S, "plot price over time for MSFT", chart="line", x="date", y="price")
add(S, "What is the dividend yield of AAPL?", unanswerable=True)
add(S, "and the lowest?", after=["which symbol has the highest average price"],
    top=top(stocks.groupby("symbol")["price"].mean(), desc=False)[0])
add(S, "now as a line chart", after=["bar chart of average price by symbol"], chart="line", x="date", y="price", color="symbol")

# --- iris (150 flowers; camelCase names) ---
add(I, "histogram of petal length", chart="histogram", x="petalLength")
add(I, "scatter sepal length vs petal length colored by species", chart="scatter", x="petalLength", y="sepalLength", color="species")
add(I, "average petal width by species", groups=groups(iris.groupby("species")["petalWidth"].mean()))
add(I, "how many flowers are virginica?", value=len(iris[iris.species == "virginica"]))
add(I, "which species has the largest mean sepal width", top=top(iris.groupby("species")["sepalWidth"].mean())[0])
add(I, "correlation of petal length and petal width", value=num(iris.petalLength.corr(iris.petalWidth)))
add(I, "median sepal length for versicolor", value=num(iris[iris.species == "versicolor"]["sepalLength"].median()))
add(I, "What is the average length?", unanswerable=True)
add(I, "average sepal width for setosa and virginica",
    groups=groups(iris[iris.species.isin(["setosa", "virginica"])].groupby("species")["sepalWidth"].mean()))
add(I, "and their average petal length", after=["how many setosa are there"],
    value=num(iris[iris.species == "setosa"]["petalLength"].mean()))
add(I, "color it by species", after=["scatter petal length vs petal width"], chart="scatter", x="petalWidth", y="petalLength", color="species")

# --- barley (120 yields: variety x site x year 1931/1932) ---
add(B, "box plot of yield by variety", chart="box", x="variety", y="yield")
add(B, "total yield by site", groups=groups(barley.groupby("site")["yield"].sum()))
add(B, "average yield in 1932", value=num(barley[barley.year == 1932]["yield"].mean()))
add(B, "which site had the lowest average yield", top=top(barley.groupby("site")["yield"].mean(), desc=False)[0])
add(B, "average yield at Waseca", value=num(barley[barley.site == "Waseca"]["yield"].mean()))
add(B, "mean yield for University Farm in 1931", value=num(barley[(barley.site == "University Farm") & (barley.year == 1931)]["yield"].mean()))
add(B, "bar chart of total yield by site colored by year", chart="bar", x="site", y="yield", color="year")
add(B, "compare yields in 1931 and 1932", groups=groups(barley.groupby("year")["yield"].mean()))
add(B, "top 3 varieties by average yield", ranked=top(barley.groupby("variety")["yield"].mean(), 3))

# --- iowa-electricity (51 rows: year as a date, source, net_generation) ---
add(E_, "stacked area of net generation over year by source", chart="area", x="year", y="net_generation", color="source")
add(E_, "total net generation by source", groups=groups(iowa.groupby("source")["net_generation"].sum()))
add(E_, "total net generation from renewables in 2016", value=num(iowa[(iowa.source == "Renewables") & (iowa.year.dt.year == 2016)]["net_generation"].sum()))
add(E_, "which source generated the most electricity", top=top(iowa.groupby("source")["net_generation"].sum())[0])
add(E_, "pie chart of net generation by source", chart="pie", x="source", y="net_generation")

ren = iowa.source == "Renewables"
add(E_, "what share of net generation comes from renewables", value=num(100 * iowa[ren].net_generation.sum() / iowa.net_generation.sum()))
add(E_, "percentage of net generation from renewables per year",
    groups=groups(100 * iowa.net_generation.where(ren, 0).groupby(iowa.year.dt.year).sum() / iowa.net_generation.groupby(iowa.year.dt.year).sum()))

# --- us-employment (120 months, 24 columns) ---
add(J, "average construction employment per year", groups=groups(jobs.groupby(jobs.month.dt.year)["construction"].mean()))
add(J, "plot manufacturing over month", chart="line", x="month", y="manufacturing")
add(J, "correlation between construction and manufacturing", value=num(jobs.construction.corr(jobs.manufacturing)))
add(J, "lowest nonfarm change", value=num(jobs["nonfarm_change"].min()))
add(J, "average retail trade jobs in 2009", value=num(jobs[jobs.month.dt.year == 2009]["retail_trade"].mean()))

print(json.dumps(E, indent=1))
