"""PerfGraph: one live performance graph (pyqtgraph) with a time axis, event marks and a hover readout.

Built for many graphs updated every 5 s (style §5): plot items are made once and curves are updated in place
with `setData` (never cleared and re-plotted); antialiasing stays off and pens are 1 px; a graph that is not
visible skips its redraw and catches up when shown.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...core.i18n import translate
from .labels import make_label

Series = tuple[np.ndarray, np.ndarray]  # (epoch seconds, values already in display units)
Formatter = Callable[[float], str]


@dataclass(frozen=True)
class CurveSpec:
    """One curve: a stable id (object and data source), its legend name, colour and value formatter."""

    id: str
    name: str
    colour: str
    format: Formatter


@dataclass(frozen=True)
class Mark:
    time: float
    label: str
    alarm: bool = False


SCROLL_STEPS = 10  # a followed graph's time range jumps by a tenth of its span, not on every sample


def following_range(now: float, span: float) -> tuple[float, float]:
    """The time range of a graph following the newest samples: it ends at the next multiple of span / 10 at or
    after `now`, so it changes once every tenth of the span (every minute of the 10-minute view) rather than per
    sample: moving the range re-lays the date axis and every curve, which costs more than the new samples."""
    jump = span / SCROLL_STEPS
    end = float(np.ceil(now / jump) * jump) if jump > 0 else now
    return end - span, end


def nice_ceiling(value: float) -> float:
    """The y axis top for data up to `value`: 1, 2 or 5 times a power of ten (so it rarely changes per update)."""
    if not np.isfinite(value) or value <= 0:
        return 1.0
    power = 10.0 ** np.floor(np.log10(value))
    for factor in (1.0, 2.0, 5.0, 10.0):
        if value <= factor * power:
            return float(factor * power)
    return float(10 * power)  # pragma: no cover - the loop always returns


class PerfGraph(QWidget):
    MAX_MARKS = 64

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = make_label(self, f"{name}-title")
        self.plot = pg.PlotWidget(parent=self, axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.plot.setObjectName(f"{name}-plot")
        self.plot.setMinimumHeight(140)
        self.plot.getAxis("bottom").enableAutoSIPrefix(False)  # dates have none; it re-set the label on every scroll
        self.plot.setBackground("w")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        # No grid: pyqtgraph draws it as part of each axis picture, replayed over the whole plot on every paint
        # (it alone took 4x the 16 ms budget of 16 graphs).

        self.box = self.plot.getPlotItem().getViewBox()
        self.box.disableAutoRange()  # our own "nice" y range (below): pyqtgraph's auto-range re-bounds every curve
        self._shown_ranges: tuple[tuple[float, float], tuple[float, float]] | None = None
        self.readout = make_label(self, f"{name}-readout")
        self.readout.setAccessibleName(translate("Performance", "Values under the pointer"))
        self.readout.setWordWrap(True)
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.plot)
        layout.addWidget(self.readout)
        self._specs: tuple[CurveSpec, ...] = ()
        self._curves: dict[str, pg.PlotCurveItem] = {}
        self._data: dict[str, Series] = {}
        self._marks: list[pg.InfiniteLine] = []
        self._cursor = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#909090", width=1))
        self._cursor.setVisible(False)
        self.plot.addItem(self._cursor, ignoreBounds=True)
        self._dirty = False
        self.redraws = 0  # setData rounds done (tests check hidden graphs skip them)
        self.rebuilds = 0  # curve sets made (tests check updates never rebuild)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse)

    # -- configuration (when the layout changes, not per update) -------------------------------------------

    def configure(self, title: str, specs: Sequence[CurveSpec], unit: str = "", si_prefix: bool = True) -> None:
        """Set the curves; existing curves with the same id are kept (only their pens change)."""
        self.title.setText(f"<b>{title}</b>")
        self.title.setAccessibleName(title)
        self.setAccessibleName(title)
        self.plot.setAccessibleName(translate("Performance", "Graph: {0}").format(title))
        axis = self.plot.getAxis("left")
        axis.enableAutoSIPrefix(si_prefix)
        self.plot.setLabel("left", units=unit)
        specs = tuple(specs)
        if specs == self._specs:
            return
        wanted = {s.id for s in specs}
        for curve_id in [c for c in self._curves if c not in wanted]:
            self.plot.removeItem(self._curves.pop(curve_id))
            self._data.pop(curve_id, None)
        for spec in specs:
            curve = self._curves.get(spec.id)
            pen = pg.mkPen(QColor(spec.colour), width=1)
            if curve is None:
                # PlotCurveItem, not PlotDataItem: no symbols or downsampling here, and half the setData cost.
                curve = self._curves[spec.id] = pg.PlotCurveItem(pen=pen, name=spec.name, antialias=False,
                                                                 connect="finite")
                self.plot.addItem(curve)
                self.rebuilds += 1
            else:
                curve.setPen(pen)
        self._specs = specs
        self.show_legend()

    def show_legend(self) -> None:
        """The readout line without the pointer over the graph: each curve's colour and name."""
        self._cursor.setVisible(False)
        self.readout.setText("&nbsp;&nbsp; ".join(f'<span style="color:{s.colour}">&#9632;</span> {html.escape(s.name)}'
                                                  for s in self._specs))

    def show_time_axis(self, shown: bool) -> None:
        """Stacked graphs share one time axis, under the last one: a date axis re-lays its ticks on every scroll,
        and sixteen of them cost more than all the curves."""
        if shown != self.plot.getPlotItem().getAxis("bottom").isVisible():
            if shown:
                self.plot.showAxis("bottom")
            else:
                self.plot.hideAxis("bottom")

    def specs(self) -> tuple[CurveSpec, ...]:
        return self._specs

    # -- data ----------------------------------------------------------------------------------------------

    def set_data(self, data: Mapping[str, Series], x_range: tuple[float, float]) -> None:
        """New samples per curve id, and the time range to show; drawn now if visible, else when shown."""
        self._data = dict(data)
        self._x_range = x_range
        self._dirty = True
        if self.isVisible():
            self.redraw()

    def redraw(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        self.redraws += 1
        top = 0.0
        start, end = self._x_range
        for curve_id, curve in self._curves.items():
            times, values = self._data.get(curve_id, (np.empty(0), np.empty(0)))
            curve.setData(times, values, connect="finite")
            if len(values):
                shown = values[(times >= start) & (times <= end) & np.isfinite(values)]
                if len(shown):
                    top = max(top, float(shown.max()))
        y_range = (0.0, nice_ceiling(top) * 1.04)  # a little room: the top tick's label is not cut
        if (self._x_range, y_range) != self._shown_ranges:
            self._shown_ranges = (self._x_range, y_range)
            self.box.setRange(xRange=self._x_range, yRange=y_range, padding=0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.redraw()

    def series(self, curve_id: str) -> Series | None:
        return self._data.get(curve_id)

    # -- lifecycle marks -----------------------------------------------------------------------------------

    def set_marks(self, marks: Sequence[Mark]) -> None:
        """Vertical lines at lifecycle events (the newest MAX_MARKS); lines are reused, never piled up."""
        marks = list(marks)[-self.MAX_MARKS:]
        while len(self._marks) < len(marks):
            line = pg.InfiniteLine(angle=90, movable=False, label="",
                                   labelOpts={"position": 0.92, "color": "#505050", "rotateAxis": (1, 0)})
            self.plot.addItem(line, ignoreBounds=True)
            self._marks.append(line)
        for line, mark in zip(self._marks, marks, strict=False):
            line.setPos(mark.time)
            line.setPen(pg.mkPen("#d62728" if mark.alarm else "#7f7f7f", width=1, style=Qt.PenStyle.DashLine))
            line.label.setFormat(mark.label)
            line.setToolTip(mark.label)
            line.setVisible(True)
        for line in self._marks[len(marks):]:
            line.setVisible(False)

    def marks(self) -> list[tuple[float, str]]:
        return [(line.value(), line.label.format) for line in self._marks if line.isVisible()]

    # -- hover readout -------------------------------------------------------------------------------------

    def _on_mouse(self, position: QPointF) -> None:
        box = self.plot.getPlotItem().getViewBox()
        if not box.sceneBoundingRect().contains(position):
            if self._cursor.isVisible():
                self.show_legend()
            return
        self.show_values_at(box.mapSceneToView(position).x())

    def show_values_at(self, when: float) -> str:
        """Put the values nearest to time `when` in the readout (with units); returns the text shown."""
        parts = [datetime.fromtimestamp(when).strftime("%Y-%m-%d %H:%M:%S")]
        for spec in self._specs:
            times, values = self._data.get(spec.id, (np.empty(0), np.empty(0)))
            if len(times) == 0:
                continue
            index = int(np.clip(np.searchsorted(times, when), 0, len(times) - 1))
            if index > 0 and abs(times[index - 1] - when) < abs(times[index] - when):
                index -= 1
            parts.append(f'<span style="color:{spec.colour}">&#9632;</span> {html.escape(spec.name)}: '
                         f"{spec.format(float(values[index]))}")
        self._cursor.setPos(when)
        self._cursor.setVisible(True)
        text = "&nbsp;&nbsp; ".join(parts)
        self.readout.setText(text)
        return text
