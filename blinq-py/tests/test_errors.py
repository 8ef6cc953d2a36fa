"""Errors are typed exceptions with the core's message, never a crash."""

import pytest

import blinq


def test_hierarchy():
    for cls in (blinq.ParseError, blinq.SchemaError, blinq.QueryError, blinq.SandboxError,
                blinq.PlotError, blinq.PlanError, blinq.LimitError, blinq.BlinqIOError, blinq.LlmError,
                blinq.BlinqTimeoutError, blinq.BlinqFileNotFoundError, blinq.ArgumentError):
        assert issubclass(cls, blinq.BlinqError) and issubclass(cls, Exception)
    # Each also is the built-in exception that means the same.
    assert issubclass(blinq.BlinqIOError, OSError)
    assert issubclass(blinq.BlinqFileNotFoundError, FileNotFoundError)
    assert issubclass(blinq.BlinqTimeoutError, TimeoutError)
    for cls in (blinq.ParseError, blinq.PlotError, blinq.PlanError, blinq.ArgumentError):
        assert issubclass(cls, ValueError)


def test_a_missing_file_is_a_file_not_found_error(tmp_path):
    missing = tmp_path / "missing.csv"
    with pytest.raises(FileNotFoundError) as caught:
        blinq.read_csv(missing)
    assert isinstance(caught.value, blinq.BlinqFileNotFoundError)
    assert caught.value.errno == 2 and caught.value.filename == str(missing)


def test_sandbox(penguins):
    with pytest.raises(blinq.SandboxError, match="read_csv"):
        penguins.sql("select * from read_csv('/etc/passwd')")
    with pytest.raises(blinq.SandboxError):
        penguins.sql("drop table data")


def test_schema_query_plot(penguins):
    with pytest.raises(blinq.SchemaError, match="body_mass_g"):
        penguins.sql("select body_mas from data")
    with pytest.raises(blinq.QueryError):
        penguins.sql("selec 1")
    with pytest.raises(blinq.BlinqError, match="nope"):
        penguins.plot(kind="bar", x="nope")
    with pytest.raises(blinq.PlotError):
        penguins.plot(kind="nonsense", x="species")


def test_parse_io_limit(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n3,4,5\n")
    with pytest.raises(blinq.ParseError, match="line 3"):
        blinq.read_csv(bad)
    with pytest.raises(blinq.BlinqIOError):
        blinq.read_csv(tmp_path / "missing.csv")
    ok = tmp_path / "ok.csv"
    ok.write_text("a\n1\n2\n3\n")
    with pytest.raises(blinq.LimitError):
        blinq.read_csv(ok, max_rows=2)
    with pytest.raises(ValueError):
        blinq.read(ok, format="docx")
