"""Data dictionaries from Python: read from a sidecar file, given with ``with_dictionary``,
checked against the columns, and used by ``ask``."""

import pytest

import blinq

from conftest import FIXTURES


def test_a_sidecar_file_is_read_with_the_data():
    cars = blinq.read_csv(str(FIXTURES / "mileage.csv"))
    assert cars.dictionary["hwy"] == {"description": "highway miles per gallon", "unit": "mpg"}
    assert cars.dictionary["displ"] == {"description": "engine displacement in litres"}


def test_with_dictionary_teaches_ask_what_a_column_means():
    penguins = blinq.read_csv(str(FIXTURES / "penguins.csv"))
    question = "what is the average heaviness"
    assert penguins.ask(question).sql is None
    described = penguins.with_dictionary({"body_mass_g": {"description": "heaviness", "unit": "g"}})
    assert described.dictionary == {"body_mass_g": {"description": "heaviness", "unit": "g"}}
    assert penguins.dictionary == {}, "the original is unchanged"
    answer = described.ask(question)
    # mean of the 342 non-missing body_mass_g values (Python statistics): 4201.754385964912
    assert answer.table is not None
    assert answer.table.to_dicts()[0]["mean_body_mass_g"] == pytest.approx(4201.754385964912)


def test_a_dictionary_naming_a_missing_column_is_a_schema_error():
    penguins = blinq.read_csv(str(FIXTURES / "penguins.csv"))
    with pytest.raises(blinq.SchemaError, match="body_mass_g"):
        penguins.with_dictionary({"body_mass": "weight"})
    with pytest.raises(blinq.BlinqError, match="not valid"):
        penguins.with_dictionary({"body_mass_g": 3})  # type: ignore[dict-item]


def test_an_answer_carries_how_the_question_was_read():
    penguins = blinq.read_csv(str(FIXTURES / "penguins.csv"))
    trace = penguins.ask("average body mass by species").trace
    assert "column `species` (group)" in trace
    assert "decision per_group: average body mass by species" in trace
    assert trace[-1] == "decided: a new question"
