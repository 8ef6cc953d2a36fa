"""`blinq.Plot`: a rendered chart that shows itself in Jupyter."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple, Union

if TYPE_CHECKING:
    from ._blinq import PyPlot

__all__ = ["Plot"]


class Plot:
    """A rendered chart.

    In Jupyter it displays inline. :meth:`png` and :meth:`svg` give either format (the other
    one is drawn from the chart's data on demand); :meth:`save` writes the one its path's
    extension names.
    """

    __slots__ = ("_plot",)

    def __init__(self, native: PyPlot) -> None:
        self._plot = native

    @property
    def spec(self) -> Dict[str, Any]:
        """The spec as drawn (defaults filled in)."""
        return json.loads(self._plot.spec_json())

    @property
    def format(self) -> str:
        """The format it was drawn in: ``"png"`` or ``"svg"``."""
        return self._plot.format

    @property
    def size(self) -> Tuple[int, int]:
        """``(width, height)`` in pixels."""
        return self._plot.size

    @property
    def points(self) -> Optional[Tuple[int, int]]:
        """``(drawn, total)`` points, or None for a chart that came with an answer."""
        return self._plot.points

    def png(self) -> bytes:
        """PNG bytes."""
        return self._plot.image("png")

    def svg(self) -> str:
        """SVG text."""
        return self._plot.image("svg").decode("utf-8")

    def save(self, path: Union[str, "os.PathLike[str]"]) -> None:
        """Write the chart; PNG or SVG by the path's extension."""
        target = os.fspath(path)
        if target.lower().endswith(".svg"):
            with open(target, "w", encoding="utf-8") as f:
                f.write(self.svg())
        else:
            with open(target, "wb") as f:
                f.write(self.png())

    def _repr_png_(self) -> Optional[bytes]:
        # Only the format it was drawn in: Jupyter shows one, so nothing is drawn twice.
        return self.png() if self.format == "png" else None

    def _repr_svg_(self) -> Optional[str]:
        return self.svg() if self.format == "svg" else None

    def __repr__(self) -> str:
        width, height = self.size
        return f"<blinq.Plot {self.spec['kind']!r} {width}×{height} {self.format}>"
