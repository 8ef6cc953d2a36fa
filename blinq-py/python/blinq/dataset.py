"""`blinq.Dataset`: a named table in memory, to query, describe, plot and ask about."""

from __future__ import annotations

import json
import warnings
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Tuple, Union

from .answer import Answer
from .exceptions import TruncatedResultWarning
from .plot import Plot
from .table import Table

if TYPE_CHECKING:
    from ._blinq import PyDataset, PyTable

__all__ = ["Dataset", "LlmSettings"]

#: ``None`` (the offline planner), ``"env"`` (``BLINQ_LLM_URL``/``_MODEL``/``_API_KEY``) or
#: ``{"url": ..., "model": ..., "api_key": ...}`` for an OpenAI-compatible endpoint.
LlmSettings = Union[None, str, Dict[str, Any]]


def _table(native: PyTable) -> Table:
    """Wrap a result, warning when a row cap cut it."""
    table = Table(native)
    if table.max_rows is not None:
        warnings.warn(
            f"the result was cut at max_rows={table.max_rows:,}; pass a larger max_rows "
            "(or None for every row), or aggregate in SQL",
            TruncatedResultWarning,
            stacklevel=3,
        )
    return table


def _llm_spec(llm: LlmSettings) -> Optional[str]:
    return llm if llm is None or isinstance(llm, str) else json.dumps(llm)


class Dataset:
    """A named table loaded into memory (``blinq.read_csv(...)``, ``blinq.from_arrow(...)``).

    Cheap to copy; queries never change it. In SQL it is the table ``data``, and also its
    :attr:`name`.
    """

    __slots__ = ("_ds",)

    def __init__(self, native: PyDataset) -> None:
        self._ds = native

    @property
    def name(self) -> str:
        """The dataset's name (its table name in SQL, besides ``data``)."""
        return self._ds.name

    @property
    def schema(self) -> List[Tuple[str, str]]:
        """``[(column, dtype), ...]`` in column order."""
        return self._ds.schema

    @property
    def columns(self) -> List[str]:
        """Column names."""
        return [name for name, _ in self._ds.schema]

    @property
    def shape(self) -> Tuple[int, int]:
        """``(rows, columns)``."""
        return self._ds.shape

    def __len__(self) -> int:
        return self._ds.shape[0]

    def with_name(self, name: str) -> "Dataset":
        """The same data under another name (its table name in SQL)."""
        return Dataset(self._ds.with_name(name))

    def with_dictionary(self, dictionary: Mapping[str, Union[str, Mapping[str, str]]]) -> "Dataset":
        """The same data with a data dictionary: what columns mean and their units, as
        ``{"hwy": "highway miles per gallon"}`` or ``{"hwy": {"description": ..., "unit":
        "mpg"}}``. It replaces the dictionary the dataset had (from a sidecar
        ``name.dictionary.json`` or Parquet/Arrow field metadata). ``ask`` uses it to
        understand questions; every column named must exist (else ``SchemaError``)."""
        return Dataset(self._ds.with_dictionary(json.dumps(dict(dictionary))))

    @property
    def dictionary(self) -> Dict[str, Dict[str, str]]:
        """The data dictionary: ``{column: {"description": ..., "unit": ...}}``."""
        result: Dict[str, Dict[str, str]] = json.loads(self._ds.dictionary_json())
        return result

    def head(self, n: int = 5) -> Table:
        """The first ``n`` rows."""
        return Table(self._ds.head(n))

    def describe(self) -> Table:
        """A summary of every column: count, nulls, unique, mean, std, min, quartiles, max,
        most frequent values."""
        return Table(self._ds.describe())

    def sql(self, query: str, *, max_rows: Optional[int] = None) -> Table:
        """Run sandboxed SQL over this dataset (the table ``data``). Every row comes back
        unless ``max_rows`` is given; a result cut by it warns and says so."""
        return _table(self._ds.sql(query, max_rows))

    def pipeline(self, steps: List[Dict[str, Any]]) -> Table:
        """Run an analysis pipeline: a list of steps such as ``{"op": "filter", ...}``."""
        return Table(self._ds.pipeline(json.dumps({"steps": steps})))

    def plot(self, spec: Optional[Dict[str, Any]] = None, **encoding: Any) -> Plot:
        """Render a chart: ``ds.plot(kind="bar", x="species", y="body_mass_g",
        aggregate="mean")`` or ``ds.plot({"kind": "bar", ...})``; keywords override the
        dict's entries."""
        merged: Dict[str, Any] = dict(spec or {})
        merged.update({k: v for k, v in encoding.items() if v is not None})
        return Plot(self._ds.plot(json.dumps(merged)))

    def ask(
        self,
        question: str,
        *,
        llm: LlmSettings = None,
        previous: Optional[Answer] = None,
        format: str = "png",
    ) -> Answer:
        """Answer a plain-language question with a table or a chart.

        ``llm`` picks the planner (see :data:`LlmSettings`); pass the previous answer as
        ``previous`` to refine it ("now as a line chart"); ``format`` is ``"png"`` or
        ``"svg"``.
        """
        plan = previous._answer.plan_json() if previous is not None else None
        return Answer(self._ds.ask(question, _llm_spec(llm), plan, format))

    def __repr__(self) -> str:
        rows, columns = self.shape
        return f"<blinq.Dataset {self.name!r}: {rows:,} rows × {columns} columns>"
