"""Plots and answers as a notebook shows them."""

import struct

import pytest

import blinq


def png_size(data: bytes):
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_plot_kwargs_and_spec_dict(penguins, tmp_path):
    p = penguins.plot(kind="bar", x="species", y="body_mass_g", aggregate="mean", width=640, height=400)
    assert png_size(p._repr_png_()) == (640, 400)
    # Jupyter gets the format it was drawn in only; the other is drawn on demand.
    assert p._repr_svg_() is None
    svg = p.svg()
    assert svg.startswith("<svg") and "species" in svg
    assert p.spec["kind"] == "bar" and p.spec["x"] == "species"
    same = penguins.plot({"kind": "bar", "x": "species", "y": "body_mass_g", "aggregate": "mean", "width": 640, "height": 400})
    assert same.svg() == svg
    p.save(tmp_path / "a.png")
    p.save(tmp_path / "a.svg")
    assert png_size((tmp_path / "a.png").read_bytes()) == (640, 400)
    assert (tmp_path / "a.svg").read_text().startswith("<svg")


def test_answer_table(penguins):
    a = penguins.ask("average body mass by species")
    assert not a.is_plotting and a.mode == "offline" and a.cost == 0.0
    got = dict(a.table.rows())
    assert got["Gentoo"] == pytest.approx(5076.016260162602)
    assert "Gentoo" in a._repr_html_()
    assert a.to_dict()["is_plotting"] is False


def test_answer_chart(penguins):
    a = penguins.ask("bar chart of average flipper length by island")
    assert a.is_plotting and a.plot is not None
    assert a.plot.spec["kind"] == "bar"
    assert png_size(a._repr_png_())[0] > 0
    # The same chart as SVG, drawn from the data the answer kept.
    assert a.plot.svg().startswith("<svg") and "island" in a.plot.svg()


def test_a_follow_up_edits_the_previous_answer(penguins):
    first = penguins.ask("average body mass by species")
    only = penguins.ask("only for 2008", previous=first)
    got = dict(only.table.rows())
    # Means of 2008's body_mass_g by species (csv + statistics over the fixture).
    assert got["Adelie"] == pytest.approx(3742.0)
    assert got["Gentoo"] == pytest.approx(5019.565217391304)


def test_llm_settings_are_checked_by_the_engine(penguins):
    with pytest.raises(blinq.ArgumentError, match="url"):
        penguins.ask("average body mass", llm={"model": "m"})
    with pytest.raises(blinq.ArgumentError, match="png"):
        penguins.ask("average body mass", format="jpeg")
