"""Interactive charts: the Vega-Lite spec, what Jupyter is given, Altair, and a real kernel.

Needs pandas, altair, nbformat, nbclient and ipykernel (scripts/test.sh installs them).
"""

import base64
import csv
import json
import sys
from collections import Counter

import pytest

import blinq

VEGA_LITE = "application/vnd.vegalite.v5+json"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def species_counts(penguins_path):
    """Rows per species, read with the csv module (not with Blinq)."""
    with open(penguins_path, newline="") as f:
        return dict(Counter(row["species"] for row in csv.DictReader(f)))


def bar_values(spec):
    """`{category: value}` of a single-series bar spec's inlined data."""
    return {row["x"]: row["value"] for row in spec["data"]["values"]}


def test_the_counts_are_the_fixtures(penguins_path):
    # The expected numbers of the tests below, checked against pandas as well.
    import pandas as pd
    expected = {"Adelie": 152, "Chinstrap": 68, "Gentoo": 124}
    assert species_counts(penguins_path) == expected
    assert pd.read_csv(penguins_path)["species"].value_counts().to_dict() == expected


def test_vega_lite_spec(penguins, penguins_path):
    spec = penguins.plot(kind="bar", x="species", title="Penguins").vega_lite()
    assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/v5")
    assert spec["mark"]["type"] == "bar"
    assert spec["title"]["text"] == "Penguins"
    assert bar_values(spec) == species_counts(penguins_path)
    # A mean: pandas' groupby over the same file.
    import pandas as pd
    means = pd.read_csv(penguins_path).groupby("species")["body_mass_g"].mean().to_dict()
    spec = penguins.plot(kind="bar", x="species", y="body_mass_g", aggregate="mean").vega_lite()
    got = bar_values(spec)
    assert got.keys() == means.keys()
    for k in means:
        assert got[k] == pytest.approx(means[k])


def test_mimebundle_has_the_spec_and_a_png(penguins, penguins_path):
    p = penguins.plot(kind="bar", x="species", width=640, height=400)
    bundle = p._repr_mimebundle_()
    assert set(bundle) == {VEGA_LITE, "image/png"}
    assert bar_values(bundle[VEGA_LITE]) == {"Adelie": 152, "Chinstrap": 68, "Gentoo": 124}
    assert bar_values(bundle[VEGA_LITE]) == species_counts(penguins_path)
    # Raw bytes, as _repr_png_ gives them: the kernel base64-encodes bytes on the wire.
    assert isinstance(bundle["image/png"], bytes) and bundle["image/png"][:8] == PNG_MAGIC
    assert bundle["image/png"] == p._repr_png_()
    # include/exclude: only what is asked for is computed.
    assert set(p._repr_mimebundle_(include=[VEGA_LITE])) == {VEGA_LITE}
    assert set(p._repr_mimebundle_(exclude=[VEGA_LITE])) == {"image/png"}


def test_mimebundle_of_an_svg_chart(penguins):
    p = penguins.plot(kind="bar", x="species", format="svg")
    bundle = p._repr_mimebundle_()
    # The PNG fallback is drawn from the data; the chart's own SVG comes too.
    assert set(bundle) == {VEGA_LITE, "image/png", "image/svg+xml"}
    assert bundle["image/png"][:8] == PNG_MAGIC
    assert bundle["image/svg+xml"].startswith("<svg")


def test_an_answers_chart_has_a_spec(penguins):
    a = penguins.ask("bar chart of average flipper length by island")
    spec = a.plot.vega_lite()
    assert spec["mark"]["type"] == "bar"
    assert {row["x"] for row in spec["data"]["values"]} == {"Biscoe", "Dream", "Torgersen"}


def test_to_altair(penguins, penguins_path):
    import altair as alt
    p = penguins.plot(kind="bar", x="species")
    chart = p.to_altair()
    assert isinstance(chart, alt.Chart)
    out = chart.to_dict()
    # Altair moves inline data to a named dataset.
    values = out["datasets"][out["data"]["name"]] if "name" in out["data"] else out["data"]["values"]
    assert {row["x"]: row["value"] for row in values} == species_counts(penguins_path)
    assert out["mark"]["type"] == "bar"
    # A layered chart (a line with its tooltip points) comes back as a LayerChart.
    layered = penguins.plot(kind="line", x="year", y="body_mass_g", aggregate="mean").to_altair()
    assert isinstance(layered, alt.LayerChart)


def test_to_altair_without_altair(penguins, monkeypatch):
    monkeypatch.setitem(sys.modules, "altair", None)
    with pytest.raises(ImportError, match="pip install altair"):
        penguins.plot(kind="bar", x="species").to_altair()


def test_a_notebook_run_by_a_real_kernel_stores_the_spec(tmp_path, penguins_path):
    import nbformat
    import nbclient
    import ipykernel  # noqa: F401  (the kernel the notebook runs on)
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(
            "import blinq\n"
            f"ds = blinq.read_csv({str(penguins_path)!r})\n"
            "ds.plot(kind='bar', x='species')"
        )
    ]
    path = tmp_path / "chart.ipynb"
    nbformat.write(nb, path)
    nb = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(
        nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    ).execute()
    nbformat.write(nb, path)
    stored = json.loads(path.read_text())
    [output] = [o for o in stored["cells"][0]["outputs"] if o["output_type"] == "execute_result"]
    data = output["data"]
    assert VEGA_LITE in data and "image/png" in data
    assert bar_values(data[VEGA_LITE]) == species_counts(penguins_path)
    # The PNG went over the wire base64-encoded once, as the notebook format stores it.
    assert base64.b64decode(data["image/png"])[:8] == PNG_MAGIC
