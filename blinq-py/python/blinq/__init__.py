"""Blinq: load, query (sandboxed SQL), describe, plot and ask questions of tabular data.

A thin layer over the Rust engine in ``blinq._blinq``: every heavy call runs in Rust with
the GIL released. Results are :class:`Table` objects that hand their Arrow data to polars,
pandas or pyarrow without copying.
"""

from __future__ import annotations

import json as _json
import os as _os
from typing import Any, Dict, List, Optional, Tuple, Union

from . import _blinq
from ._blinq import (
    Answer,
    BlinqError,
    BlinqIOError,
    Dataset,
    LimitError,
    LlmError,
    ParseError,
    PlanError,
    PlotError,
    Plot,
    QueryError,
    SandboxError,
    SchemaError,
    Table,
    from_arrow,
)

__version__: str = _blinq.__version__

__all__ = [
    "Answer",
    "BlinqError",
    "BlinqIOError",
    "Dataset",
    "LimitError",
    "LlmError",
    "ParseError",
    "PlanError",
    "Plot",
    "PlotError",
    "QueryError",
    "SandboxError",
    "SchemaError",
    "Table",
    "from_arrow",
    "read",
    "read_csv",
    "read_excel",
    "read_ipc",
    "read_json",
    "read_ndjson",
    "read_parquet",
    "sql",
]

PathLike = Union[str, "_os.PathLike[str]"]


def read(path: PathLike, **options: Any) -> Dataset:
    """Load a file, detecting its format from the extension or the content."""
    return _blinq.read(_os.fspath(path), **options)


def read_csv(path: PathLike, **options: Any) -> Dataset:
    """Load delimited text (delimiter and header sniffed; ``NA`` and friends read as null)."""
    return _blinq.read(_os.fspath(path), format="csv", **options)


def read_parquet(path: PathLike, **options: Any) -> Dataset:
    """Load a Parquet file."""
    return _blinq.read(_os.fspath(path), format="parquet", **options)


def read_json(path: PathLike, **options: Any) -> Dataset:
    """Load a JSON array of records."""
    return _blinq.read(_os.fspath(path), format="json", **options)


def read_ndjson(path: PathLike, **options: Any) -> Dataset:
    """Load newline-delimited JSON records."""
    return _blinq.read(_os.fspath(path), format="ndjson", **options)


def read_ipc(path: PathLike, **options: Any) -> Dataset:
    """Load an Arrow IPC file or stream."""
    return _blinq.read(_os.fspath(path), format="ipc", **options)


def read_excel(path: PathLike, sheet: Optional[str] = None, **options: Any) -> Dataset:
    """Load the first (or the named) worksheet of an .xlsx workbook."""
    return _blinq.read(_os.fspath(path), format="xlsx", sheet=sheet, **options)


def sql(query: str, *, max_rows: Optional[int] = 100_000, **datasets: Dataset) -> Table:
    """Run sandboxed SQL over several datasets, each named by its keyword."""
    return _blinq.sql(query, list(datasets.items()), max_rows=max_rows)


# --- conveniences added to the native classes (conversion only; logic stays in Rust) ---


def _table_rows(self: Table) -> List[List[Any]]:
    """The rows as lists of Python values (dates as ISO strings)."""
    return _json.loads(self._json())["rows"]


def _table_to_dicts(self: Table) -> List[Dict[str, Any]]:
    """The rows as dicts keyed by column."""
    cols = self.columns
    return [dict(zip(cols, row)) for row in self.rows()]


def _table_to_polars(self: Table) -> Any:
    """A ``polars.DataFrame`` sharing this table's buffers (needs polars ≥ 1.3)."""
    import polars as pl

    return pl.DataFrame(self)


def _table_to_arrow(self: Table) -> Any:
    """A ``pyarrow.Table`` read through the Arrow PyCapsule interface (needs pyarrow)."""
    import pyarrow as pa

    return pa.table(self)


def _table_to_pandas(self: Table) -> Any:
    """A ``pandas.DataFrame`` (through pyarrow)."""
    return self.to_arrow().to_pandas()


def _table_to_csv(self: Table) -> bytes:
    """CSV bytes, with spreadsheet formulas escaped."""
    return self._export("csv")


def _table_to_parquet(self: Table) -> bytes:
    """Parquet bytes."""
    return self._export("parquet")


Table.rows = _table_rows  # type: ignore[attr-defined]
Table.to_dicts = _table_to_dicts  # type: ignore[attr-defined]
Table.to_polars = _table_to_polars  # type: ignore[attr-defined]
Table.to_arrow = _table_to_arrow  # type: ignore[attr-defined]
Table.to_pandas = _table_to_pandas  # type: ignore[attr-defined]
Table.to_csv = _table_to_csv  # type: ignore[attr-defined]
Table.to_parquet = _table_to_parquet  # type: ignore[attr-defined]


def _dataset_plot(self: Dataset, spec: Optional[Dict[str, Any]] = None, **encoding: Any) -> Plot:
    """Render a chart: ``ds.plot(kind="bar", x="species", y="body_mass_g", aggregate="mean")``
    or ``ds.plot({"kind": "bar", ...})``. Keywords override the dict's entries."""
    merged: Dict[str, Any] = dict(spec or {})
    merged.update({k: v for k, v in encoding.items() if v is not None})
    return self._plot(_json.dumps(merged))


def _dataset_pipeline(self: Dataset, steps: List[Dict[str, Any]]) -> Table:
    """Run an analysis pipeline: a list of steps such as ``{"op": "filter", ...}``."""
    return self._pipeline(_json.dumps({"steps": steps}))


Dataset.plot = _dataset_plot  # type: ignore[attr-defined]
Dataset.pipeline = _dataset_pipeline  # type: ignore[attr-defined]


def _plot_spec(self: Plot) -> Dict[str, Any]:
    return _json.loads(self._spec_json())


def _plot_save(self: Plot, path: PathLike) -> None:
    """Write the chart; PNG or SVG by the path's extension."""
    p = _os.fspath(path)
    if p.lower().endswith(".svg"):
        with open(p, "w", encoding="utf-8") as f:
            f.write(self.svg())
    else:
        with open(p, "wb") as f:
            f.write(self.png())


Plot.spec = property(_plot_spec)  # type: ignore[attr-defined]
Plot.save = _plot_save  # type: ignore[attr-defined]


def _dataset_ask(
    self: Dataset,
    question: str,
    llm: Union[None, str, Dict[str, str]] = None,
    previous: Optional[Answer] = None,
    format: str = "png",
) -> Answer:
    """Answer a plain-language question with a table or a chart.

    ``llm`` is None (the offline planner), ``"env"`` (``BLINQ_LLM_URL``/``_MODEL``/``_API_KEY``)
    or ``{"url": ..., "model": ..., "api_key": ...}`` for an OpenAI-compatible endpoint.
    Pass the previous answer as ``previous`` to refine it ("now as a line chart").
    """
    plan = previous._plan_json() if previous is not None else None
    return _blinq.ask_dataset(self, question, llm=llm, previous=plan, format=format)


Dataset.ask = _dataset_ask  # type: ignore[attr-defined]


def _answer_to_dict(self: Answer) -> Dict[str, Any]:
    """The answer as the JSON object the CLI and the server return."""
    return _json.loads(self._json())


Answer.to_dict = _answer_to_dict  # type: ignore[attr-defined]
