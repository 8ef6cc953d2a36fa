"""`blinq.Scan`: a file read lazily, for data larger than memory."""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Tuple

from .answer import Answer
from .dataset import LlmSettings, _llm_spec, _table
from .table import Table

if TYPE_CHECKING:
    from ._blinq import PyScan

__all__ = ["Scan"]


class Scan:
    """A Parquet file, or CSV/TSV without dates, read only as far as each call needs
    (``blinq.scan(path)``): a query reads the columns and row groups it needs with the
    streaming engine, so files larger than memory can be queried, described and asked
    about. In SQL it is the table ``data``, and also its :attr:`name`.
    """

    __slots__ = ("_scan",)

    def __init__(self, native: PyScan) -> None:
        self._scan = native

    @property
    def name(self) -> str:
        """The dataset's name (the file's stem)."""
        return self._scan.name

    @property
    def schema(self) -> List[Tuple[str, str]]:
        """``[(column, dtype), ...]`` in column order."""
        return self._scan.schema

    def row_count(self) -> int:
        """The number of rows (a Parquet file's footer says; a text file is counted)."""
        return self._scan.row_count()

    def head(self, n: int = 5) -> Table:
        """The first ``n`` rows; only those are read."""
        return Table(self._scan.head(n))

    def describe(self, *, max_values: int = 2_000_000) -> Table:
        """The summary :meth:`blinq.Dataset.describe` gives, exact, holding about
        ``max_values`` values of one column at a time."""
        return Table(self._scan.describe(max_values))

    def sql(self, query: str, *, max_rows: Optional[int] = None) -> Table:
        """Run sandboxed SQL over the whole file (the table ``data``). Every row comes back
        unless ``max_rows`` is given; a result cut by it warns and says so."""
        return _table(self._scan.sql(query, max_rows))

    def ask(
        self,
        question: str,
        *,
        llm: LlmSettings = None,
        previous: Optional[Answer] = None,
        format: str = "png",
        sample_rows: int = 100_000,
    ) -> Answer:
        """Answer a question: the planner reads ``sample_rows`` rows spread over the file to
        learn its columns and values, and the plan's SQL runs over every row. A value no
        sampled row holds is not recognised in a question."""
        plan = previous._answer.plan_json() if previous is not None else None
        return Answer(self._scan.ask(question, _llm_spec(llm), plan, format, sample_rows))

    def __repr__(self) -> str:
        return f"<blinq.Scan {self.name!r}: {len(self.schema)} columns>"
