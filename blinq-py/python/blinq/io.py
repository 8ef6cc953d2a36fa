"""Reading files into datasets, wrapping Arrow tables, and SQL over several datasets."""

from __future__ import annotations

import json
import os
from typing import Any, Optional, Union

from . import _blinq
from .dataset import Dataset, _table
from .scan import Scan
from .table import Table

__all__ = [
    "from_arrow",
    "read",
    "read_csv",
    "read_excel",
    "read_ipc",
    "read_json",
    "read_ndjson",
    "read_parquet",
    "scan",
    "sql",
]

PathLike = Union[str, "os.PathLike[str]"]


def read(path: PathLike, *, name: Optional[str] = None, **options: Any) -> Dataset:
    """Load a file, detecting its format from the extension or the content.

    Options (all optional): ``format`` (csv, tsv, parquet, json, ndjson, ipc, xlsx),
    ``delimiter`` (one character, or tab/comma/semicolon/pipe/space), ``has_header``,
    ``sheet``, ``null_values``, ``infer_schema_rows`` (None: every row), ``parse_dates``,
    ``max_rows``, ``max_columns``, ``max_bytes``. ``name`` is the dataset's table name
    (the file's stem by default).
    """
    native = _blinq.read(os.fspath(path), json.dumps(options))
    return Dataset(native if name is None else native.with_name(name))


def scan(path: PathLike, **options: Any) -> Scan:
    """Read a Parquet file, or CSV/TSV without dates, lazily (see :class:`Scan`); other
    files raise :class:`ArgumentError` (load them with :func:`read`). Options as
    :func:`read`'s."""
    return Scan(_blinq.scan(os.fspath(path), json.dumps(options)))


def read_csv(path: PathLike, **options: Any) -> Dataset:
    """Load delimited text (delimiter and header sniffed; ``NA`` and friends read as null)."""
    return read(path, format="csv", **options)


def read_parquet(path: PathLike, **options: Any) -> Dataset:
    """Load a Parquet file."""
    return read(path, format="parquet", **options)


def read_json(path: PathLike, **options: Any) -> Dataset:
    """Load a JSON array of records."""
    return read(path, format="json", **options)


def read_ndjson(path: PathLike, **options: Any) -> Dataset:
    """Load newline-delimited JSON records."""
    return read(path, format="ndjson", **options)


def read_ipc(path: PathLike, **options: Any) -> Dataset:
    """Load an Arrow IPC file or stream."""
    return read(path, format="ipc", **options)


def read_excel(path: PathLike, sheet: Optional[str] = None, **options: Any) -> Dataset:
    """Load the first (or the named) worksheet of an .xlsx workbook."""
    return read(path, format="xlsx", sheet=sheet, **options)


def from_arrow(table: Any, *, name: str = "data") -> Dataset:
    """A dataset from any Arrow PyCapsule producer: a polars or pandas DataFrame, a pyarrow
    Table, a DuckDB relation."""
    return Dataset(_blinq.from_arrow(table, name))


def sql(query: str, *, max_rows: Optional[int] = None, **datasets: Dataset) -> Table:
    """Run sandboxed SQL over several datasets, each named by its keyword:
    ``blinq.sql("select ... from a join b using (k)", a=ds1, b=ds2)``."""
    natives = [(name, dataset._ds) for name, dataset in datasets.items()]
    return _table(_blinq.sql(query, natives, max_rows))
