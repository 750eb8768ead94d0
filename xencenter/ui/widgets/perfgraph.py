"""PerfGraph: one live performance graph (pyqtgraph) with a time axis, event marks and a hover readout.

Built for many graphs updated every 5 s (style §5): plot items are made once and curves are updated in place
with `setData` (never cleared and re-plotted); antialiasing stays off and pens are 1 px; a graph that is not
visible skips its redraw and catches up when shown.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.i18n import translate

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


class PerfGraph(QWidget):
    MAX_MARKS = 64

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = QLabel(self)
        self.title.setObjectName(f"{name}-title")
        self.plot = pg.PlotWidget(parent=self, axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.plot.setObjectName(f"{name}-plot")
        self.plot.setMinimumHeight(140)
        self.plot.setBackground("w")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.getPlotItem().getViewBox().enableAutoRange(axis="y", enable=True)
        self.readout = QLabel(self)
        self.readout.setObjectName(f"{name}-readout")
        self.readout.setAccessibleName(translate("Performance", "Values under the pointer"))
        self.readout.setWordWrap(True)
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.plot)
        layout.addWidget(self.readout)
        self._specs: tuple[CurveSpec, ...] = ()
        self._curves: dict[str, pg.PlotDataItem] = {}
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
                curve = self._curves[spec.id] = self.plot.plot([], [], pen=pen, name=spec.name, antialias=False,
                                                               connect="finite")
                self.rebuilds += 1
            else:
                curve.setPen(pen)
        self._specs = specs

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
        for curve_id, curve in self._curves.items():
            times, values = self._data.get(curve_id, (np.empty(0), np.empty(0)))
            curve.setData(times, values, connect="finite")
        self.plot.setXRange(*self._x_range, padding=0)

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
            self._cursor.setVisible(False)
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
            parts.append(f'<span style="color:{spec.colour}">&#9632;</span> {spec.name}: '
                         f"{spec.format(float(values[index]))}")
        self._cursor.setPos(when)
        self._cursor.setVisible(True)
        text = "&nbsp;&nbsp; ".join(parts)
        self.readout.setText(text)
        return text
