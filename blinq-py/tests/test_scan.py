"""`blinq.scan`: files read lazily answer as loaded ones do; expected values from pandas."""

import pandas as pd
import pytest

import blinq


def test_a_scan_queries_describes_and_answers_over_every_row(penguins_path, tmp_path):
    frame = pd.read_csv(penguins_path)
    path = tmp_path / "penguins.parquet"
    # Row groups of 50 rows: the summary reads the file in parts.
    frame.to_parquet(path, row_group_size=50)
    scan = blinq.scan(path)
    assert scan.name == "penguins"
    assert scan.row_count() == len(frame) == 344
    assert scan.schema[0] == ("species", "string")
    assert scan.head(3).to_pandas()["species"].tolist() == frame["species"].head(3).tolist()

    means = scan.sql(
        "select species, avg(body_mass_g) as m from data group by species order by species"
    ).to_pandas()
    expected = frame.groupby("species")["body_mass_g"].mean().sort_index()
    assert means["species"].tolist() == expected.index.tolist()
    assert means["m"].tolist() == pytest.approx(expected.tolist())

    # 40 values at a time: each column in several parts, the figures of the whole.
    summary = scan.describe(max_values=40).to_pandas().set_index("column")
    mass = frame["body_mass_g"].dropna()
    assert summary.loc["body_mass_g", "count"] == len(mass) == 342
    assert summary.loc["body_mass_g", "unique"] == mass.nunique()
    assert summary.loc["body_mass_g", "median"] == mass.median()
    assert summary.loc["body_mass_g", "q25"] == mass.quantile(0.25)
    assert summary.loc["body_mass_g", "std"] == pytest.approx(mass.std())
    assert summary.loc["island", "top"].startswith("Biscoe (168)")

    # Planned from 50 sampled rows, counted over all 344.
    answer = scan.ask("how many penguins are on Dream", sample_rows=50)
    assert answer.table.to_pandas().iloc[0, 0] == (frame["island"] == "Dream").sum() == 124


def test_a_file_that_cannot_be_scanned_says_to_load_it(tmp_path):
    path = tmp_path / "dates.csv"
    path.write_text("day,n\n2024-01-02,1\n2024-01-03,2\n")
    with pytest.raises(blinq.ArgumentError, match="blinq.read"):
        blinq.scan(path)
    assert blinq.read(path).shape == (2, 2)
