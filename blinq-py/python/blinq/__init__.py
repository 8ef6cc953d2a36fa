"""Blinq: load, query (sandboxed SQL), describe, plot and ask questions of tabular data.

A thin layer over the Rust engine in ``blinq._blinq``: every heavy call runs in Rust with
the GIL released, every decision (option names, formats, limits) is the engine's. Results
are :class:`Table` objects that hand their Arrow data to polars, pandas or pyarrow without
copying.
"""

from __future__ import annotations

from . import _blinq
from .answer import Answer
from .dataset import Dataset, LlmSettings
from .exceptions import (
    ArgumentError,
    BlinqError,
    BlinqFileNotFoundError,
    BlinqIOError,
    BlinqTimeoutError,
    LimitError,
    LlmError,
    ParseError,
    PlanError,
    PlotError,
    QueryError,
    SandboxError,
    SchemaError,
    TruncatedResultWarning,
)
from .io import (
    from_arrow,
    read,
    read_csv,
    read_excel,
    read_ipc,
    read_json,
    read_ndjson,
    read_parquet,
    scan,
    sql,
)
from .plot import Plot
from .scan import Scan
from .table import Table

__version__: str = _blinq.__version__

__all__ = [
    "Answer",
    "ArgumentError",
    "BlinqError",
    "BlinqFileNotFoundError",
    "BlinqIOError",
    "BlinqTimeoutError",
    "Dataset",
    "LimitError",
    "LlmError",
    "LlmSettings",
    "ParseError",
    "PlanError",
    "Plot",
    "PlotError",
    "QueryError",
    "SandboxError",
    "Scan",
    "SchemaError",
    "Table",
    "TruncatedResultWarning",
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
