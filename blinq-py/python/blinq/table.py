"""`blinq.Table`: a query result, handed to polars, pandas or pyarrow without copying."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple

if TYPE_CHECKING:
    from ._blinq import PyTable

__all__ = ["Table"]


class Table:
    """A table of results.

    Convert with :meth:`to_polars`, :meth:`to_pandas` or :meth:`to_arrow`, or hand it to
    anything that reads the Arrow PyCapsule interface (``__arrow_c_stream__``): the buffers
    are shared, not copied. A result cut at a row cap says so in :attr:`truncated`, in its
    text and HTML forms, and with a :class:`~blinq.exceptions.TruncatedResultWarning` when it
    is made.
    """

    __slots__ = ("_tbl",)

    def __init__(self, native: PyTable) -> None:
        self._tbl = native

    @property
    def columns(self) -> List[str]:
        """Column names."""
        return self._tbl.columns

    @property
    def dtypes(self) -> List[Tuple[str, str]]:
        """``[(column, dtype), ...]`` in column order."""
        return self._tbl.dtypes

    @property
    def shape(self) -> Tuple[int, int]:
        """``(rows, columns)``."""
        return self._tbl.shape

    @property
    def truncated(self) -> bool:
        """Whether a row cap cut rows off this result."""
        return self._tbl.cut_at is not None

    @property
    def max_rows(self) -> Optional[int]:
        """The row cap that cut this result, or None when it is whole."""
        return self._tbl.cut_at

    def __len__(self) -> int:
        return len(self._tbl)

    def __arrow_c_stream__(self, requested_schema: Optional[object] = None) -> object:
        """The Arrow PyCapsule interface: the table as an Arrow C stream, buffers shared."""
        return self._tbl.__arrow_c_stream__(requested_schema)

    def rows(self) -> List[List[Any]]:
        """The rows as lists of Python values (dates as ISO strings)."""
        return json.loads(self._tbl.json())["rows"]

    def to_dicts(self) -> List[Dict[str, Any]]:
        """The rows as dicts keyed by column."""
        columns = self.columns
        return [dict(zip(columns, row)) for row in self.rows()]

    def to_polars(self) -> Any:
        """A ``polars.DataFrame`` sharing this table's buffers (needs polars ≥ 1.3)."""
        import polars as pl

        return pl.DataFrame(self)

    def to_arrow(self) -> Any:
        """A ``pyarrow.Table`` read through the Arrow PyCapsule interface (needs pyarrow)."""
        import pyarrow as pa

        return pa.table(self)

    def to_pandas(self) -> Any:
        """A ``pandas.DataFrame`` (through pyarrow)."""
        return self.to_arrow().to_pandas()

    def to_csv(self) -> bytes:
        """CSV bytes, with spreadsheet formulas escaped."""
        return self._tbl.export("csv")

    def to_parquet(self) -> bytes:
        """Parquet bytes."""
        return self._tbl.export("parquet")

    def to_ipc(self) -> bytes:
        """Arrow IPC file bytes."""
        return self._tbl.export("ipc")

    def _cut_note(self) -> str:
        cap = self._tbl.cut_at
        if cap is None:
            return ""
        return f"cut at max_rows={cap:,}: the query has more rows"

    def _repr_html_(self) -> str:
        html = self._tbl.html(20)
        note = self._cut_note()
        return f"{html}<br><small>({note})</small>" if note else html

    def __repr__(self) -> str:
        text = self._tbl.text()
        note = self._cut_note()
        return f"{text}\n({note})" if note else text
