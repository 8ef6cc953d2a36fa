"""`blinq.Answer`: the reply to a plain-language question."""

from __future__ import annotations

import html
import json
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple

from .plot import Plot
from .table import Table

if TYPE_CHECKING:
    from ._blinq import PyAnswer

__all__ = ["Answer"]


class Answer:
    """An answer: a sentence, and the table and/or chart behind it.

    Pass it back as ``previous=`` with a follow-up question ("now as a line chart") to edit
    it instead of starting over.
    """

    __slots__ = ("_answer",)

    def __init__(self, native: PyAnswer) -> None:
        self._answer = native

    @property
    def response(self) -> str:
        """A short sentence stating the result."""
        return self._answer.response

    @property
    def is_plotting(self) -> bool:
        """Whether the answer is a chart."""
        return self._answer.is_plotting

    @property
    def cost(self) -> float:
        """Cost in USD (0 offline)."""
        return self._answer.cost

    @property
    def usage(self) -> Tuple[int, int]:
        """``(input_tokens, output_tokens)`` used by a language model."""
        return self._answer.usage

    @property
    def mode(self) -> str:
        """``"offline"`` or ``"llm"``."""
        return self._answer.mode

    @property
    def sql(self) -> Optional[str]:
        """The sandboxed SQL that produced the result."""
        return self._answer.sql

    @property
    def trace(self) -> List[str]:
        """How the offline planner read the question, one step per line: the columns,
        conditions and words it found, the named rules that changed them and what it
        decided. Empty for the language-model planner; for people, the wording may change."""
        return self._answer.trace

    @property
    def table(self) -> Optional[Table]:
        """The result table, if any."""
        native = self._answer.table()
        return None if native is None else Table(native)

    @property
    def plot(self) -> Optional[Plot]:
        """The chart, if any."""
        native = self._answer.plot()
        return None if native is None else Plot(native)

    def to_dict(self) -> Dict[str, Any]:
        """The answer as the JSON object the CLI and the server return."""
        return json.loads(self._answer.json())

    def _repr_html_(self) -> str:
        parts = [f"<p>{html.escape(self.response)}</p>"]
        table = self._answer.table()
        if table is not None:
            parts.append(table.html(20))
        return "".join(parts)

    def _repr_png_(self) -> Optional[bytes]:
        plot = self.plot
        return plot._repr_png_() if plot is not None else None

    def _repr_svg_(self) -> Optional[str]:
        plot = self.plot
        return plot._repr_svg_() if plot is not None else None

    def __repr__(self) -> str:
        return f"<blinq.Answer {self.response!r}>"
