"""Dataset, SQL and Table on real data. Expected values were computed with Python's csv and
statistics modules over the same files (see expected() below), not with blinq."""

import csv
import json
import statistics

import pytest

import blinq
from conftest import FIXTURES


def expected_means(path):
    by = {}
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            if row["body_mass_g"] != "NA":
                by.setdefault(row["species"], []).append(float(row["body_mass_g"]))
    return {k: statistics.mean(v) for k, v in by.items()}


def test_schema_shape_and_head(penguins):
    assert penguins.name == "penguins"
    assert penguins.shape == (344, 8)
    assert dict(penguins.schema)["body_mass_g"] == "int64"
    assert dict(penguins.schema)["species"] == "string"
    head = penguins.head(3)
    assert head.shape == (3, 8)
    assert head.rows()[0][:2] == ["Adelie", "Torgersen"]


def test_sql_group_by_matches_stdlib(penguins, penguins_path):
    t = penguins.sql("select species, avg(body_mass_g) as m from data group by species order by species")
    want = expected_means(penguins_path)
    got = {s: m for s, m in t.rows()}
    assert got.keys() == want.keys()
    for k in want:
        assert got[k] == pytest.approx(want[k], rel=1e-12)
    assert t.columns == ["species", "m"]
    assert not t.truncated
    assert len(t) == 3


def test_every_row_comes_back_unless_a_cap_is_asked_for(penguins):
    # A self cross join: 344 * 344 = 118,336 rows, more than any old default cap.
    t = penguins.sql("select a.species from data a, data b")
    assert len(t) == 118_336 and not t.truncated and t.max_rows is None


def test_a_cut_result_warns_and_says_so(penguins):
    with pytest.warns(blinq.TruncatedResultWarning, match="max_rows=10"):
        t = penguins.sql("select * from data", max_rows=10)
    assert len(t) == 10 and t.truncated and t.max_rows == 10
    assert "cut at max_rows=10" in repr(t)
    assert "cut at max_rows=10" in t._repr_html_()
    # A cap the result fits under cuts nothing and says nothing.
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        whole = penguins.sql("select * from data", max_rows=344)
    assert not whole.truncated and "cut at" not in repr(whole)


def test_module_sql_joins_several_datasets(flights_path):
    flights = blinq.read_csv(flights_path)
    airlines = blinq.read_csv(flights_path.parent / "airlines.csv")
    t = blinq.sql(
        "select a.name, count(*) as n from f join a on f.carrier = a.carrier group by a.name order by n desc limit 1",
        f=flights,
        a=airlines,
    )
    # 552 UA flights among the first 3000 (csv.DictReader count).
    assert t.rows() == [["United Air Lines Inc.", 552]]
    assert blinq.sql("select count(*) as n from f", f=flights).rows() == [[3000]]


def test_read_options_are_the_engines(tmp_path):
    (tmp_path / "semi.txt").write_text("a;b\n1;x\n2;y\n")
    ds = blinq.read(tmp_path / "semi.txt", format="csv", delimiter="semicolon", name="s")
    assert ds.name == "s" and ds.shape == (2, 2) and ds.columns == ["a", "b"]
    with pytest.raises(blinq.ArgumentError, match="delimiter"):
        blinq.read(tmp_path / "semi.txt", delimeter=";")
    with pytest.raises(blinq.ArgumentError, match="one ASCII character"):
        blinq.read(tmp_path / "semi.txt", delimiter=";;")


def test_describe(penguins):
    d = penguins.describe().to_dicts()
    mass = next(r for r in d if r["column"] == "body_mass_g")
    assert mass["count"] == 342 and mass["nulls"] == 2
    assert mass["mean"] == pytest.approx(4201.754385964912)


def test_other_formats(tmp_path, penguins):
    (tmp_path / "p.parquet").write_bytes(penguins.head(10).to_parquet())
    back = blinq.read_parquet(tmp_path / "p.parquet")
    assert back.shape == (10, 8)
    records = [{"d": "2024-01-02", "v": 1}, {"d": "2024-03-04", "v": 2}]
    (tmp_path / "r.json").write_text(json.dumps(records))
    js = blinq.read_json(tmp_path / "r.json")
    assert dict(js.schema) == {"d": "date", "v": "int64"}
    (tmp_path / "r.ndjson").write_text("\n".join(json.dumps(r) for r in records))
    assert blinq.read_ndjson(tmp_path / "r.ndjson").shape == (2, 2)
    xl = blinq.read_excel(FIXTURES / "sales.xlsx", sheet="notes")
    assert xl.shape == (2, 2)


def test_csv_export_escapes_formulas(tmp_path):
    (tmp_path / "x.csv").write_text("cell,n\n=1+2,-1\nok,2\n")
    t = blinq.read_csv(tmp_path / "x.csv").sql("select * from data")
    assert t.to_csv() == b"cell,n\n'=1+2,-1\nok,2\n"


def test_repr_html_is_a_table(penguins):
    html = penguins.sql("select * from data")._repr_html_()
    assert html.startswith("<table") and "344 rows" in html and "<th>species</th>" in html
