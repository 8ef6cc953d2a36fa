"""The exceptions Blinq raises.

Every one derives from :class:`BlinqError`, and also from the built-in exception that means
the same thing, so code that already handles ``ValueError``, ``OSError``,
``FileNotFoundError`` or ``TimeoutError`` handles Blinq's too::

    try:
        blinq.read_csv("missing.csv")
    except FileNotFoundError:
        ...

The native module raises these classes by name (``blinq._blinq`` maps each kind of core
error to one of them), so this file is the whole hierarchy.
"""

from __future__ import annotations

__all__ = [
    "ArgumentError",
    "BlinqError",
    "BlinqFileNotFoundError",
    "BlinqIOError",
    "BlinqTimeoutError",
    "LimitError",
    "LlmError",
    "ParseError",
    "PlanError",
    "PlotError",
    "QueryError",
    "SandboxError",
    "SchemaError",
    "TruncatedResultWarning",
]


class BlinqError(Exception):
    """Base class of every error Blinq raises."""


class ParseError(BlinqError, ValueError):
    """A file or buffer could not be parsed (malformed CSV, invalid JSON, not Parquet...)."""


class SchemaError(BlinqError):
    """An unknown column or table, or a column of the wrong type."""


class QueryError(BlinqError):
    """A query failed to plan or run."""


class SandboxError(BlinqError):
    """The SQL sandbox refused a query (file access, DDL, several statements...)."""


class PlotError(BlinqError, ValueError):
    """A plot spec is invalid or could not be rendered."""


class PlanError(BlinqError, ValueError):
    """An analysis plan or pipeline is invalid for the dataset."""


class LimitError(BlinqError):
    """A size limit (bytes, rows, columns, cells, characters) was exceeded."""


class BlinqTimeoutError(BlinqError, TimeoutError):
    """Work ran past its time limit and was cancelled."""


class BlinqIOError(BlinqError, OSError):
    """A file could not be read or written."""


class BlinqFileNotFoundError(BlinqIOError, FileNotFoundError):
    """A file does not exist."""


class LlmError(BlinqError):
    """The language-model planner failed (network, protocol, or an unusable answer)."""


class ArgumentError(BlinqError, ValueError):
    """An argument is not one of the values allowed (an unknown format name...)."""


class TruncatedResultWarning(UserWarning):
    """A result was cut at the row cap asked for (``max_rows``); ask for more or aggregate."""
