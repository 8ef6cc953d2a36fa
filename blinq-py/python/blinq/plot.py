"""`blinq.Plot`: a rendered chart that shows itself in Jupyter."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any, Collection, Dict, Optional, Tuple, Union

from .exceptions import PlotError

if TYPE_CHECKING:
    from ._blinq import PyPlot

__all__ = ["Plot"]

#: The MIME type of a Vega-Lite v5 spec, which JupyterLab and VS Code draw as an
#: interactive chart.
VEGA_LITE_MIME = "application/vnd.vegalite.v5+json"


class Plot:
    """A rendered chart.

    In Jupyter (and VS Code) it displays inline as an interactive Vega-Lite chart, with a PNG
    for frontends that cannot draw Vega-Lite (see :meth:`_repr_mimebundle_`). :meth:`png` and
    :meth:`svg` give either image format (the other one is drawn from the chart's data on
    demand); :meth:`save` writes the one its path's extension names. :meth:`vega_lite` gives
    the chart as a Vega-Lite v5 spec, and :meth:`to_altair` as an Altair chart.
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

    def vega_lite(self) -> Dict[str, Any]:
        """The chart as a self-contained Vega-Lite v5 spec (a dict; the data inlined).

        It has the image's data (aggregated, binned or thinned as drawn), theme and titles,
        plus tooltips, zoom and pan on continuous axes and a clickable legend. Raises
        :class:`PlotError` for a chart received without its data.
        """
        return json.loads(self._plot.vega_lite_json())

    def to_altair(self) -> Any:
        """The chart as an ``altair`` chart (``altair.Chart.from_dict`` of :meth:`vega_lite`).

        Needs Altair (``pip install altair``), imported only here.
        """
        try:
            import altair
        except ImportError as e:
            raise ImportError(
                "Plot.to_altair() needs Altair, which is not installed: pip install altair"
            ) from e
        return altair.Chart.from_dict(self.vega_lite())

    def _repr_mimebundle_(
        self,
        include: Optional[Collection[str]] = None,
        exclude: Optional[Collection[str]] = None,
    ) -> Dict[str, Any]:
        """What Jupyter shows: the Vega-Lite spec (``application/vnd.vegalite.v5+json``,
        interactive in JupyterLab and VS Code) and a PNG as the fallback for other frontends
        and static exports; an SVG chart also gives its own SVG.

        The PNG is raw bytes, as ``_repr_png_`` gives it: the kernel base64-encodes bytes
        when it sends them. Only the types ``include``/``exclude`` let through are computed;
        a chart received without its data has only its own image.
        """

        def wanted(mime: str) -> bool:
            return (not include or mime in include) and not (exclude and mime in exclude)

        bundle: Dict[str, Any] = {}
        if wanted(VEGA_LITE_MIME):
            try:
                bundle[VEGA_LITE_MIME] = self.vega_lite()
            except PlotError:
                pass
        if wanted("image/png"):
            try:
                bundle["image/png"] = self.png()
            except PlotError:
                pass
        if self.format == "svg" and wanted("image/svg+xml"):
            bundle["image/svg+xml"] = self.svg()
        return bundle

    def _repr_png_(self) -> Optional[bytes]:
        # For frontends that ignore _repr_mimebundle_ (IPython uses the bundle's PNG and
        # SVG instead): only the format it was drawn in, so nothing is drawn twice.
        return self.png() if self.format == "png" else None

    def _repr_svg_(self) -> Optional[str]:
        return self.svg() if self.format == "svg" else None

    def __repr__(self) -> str:
        width, height = self.size
        return f"<blinq.Plot {self.spec['kind']!r} {width}×{height} {self.format}>"
