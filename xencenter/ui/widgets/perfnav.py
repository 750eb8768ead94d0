"""Navigator: a strip with a whole year of one series and a region to drag, as XenCenter's graph navigator.

Dragging or resizing the region asks the graphs to show that time span (`span_changed(start, end)`).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...core.i18n import translate


class Navigator(QWidget):
    span_changed = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("performance-navigator")
        self.setAccessibleName(translate("Performance", "Time navigator"))
        self.plot = pg.PlotWidget(parent=self, axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.plot.setObjectName("performance-navigator-plot")
        self.plot.setFixedHeight(70)
        self.plot.setBackground("w")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideAxis("left")
        self.curve = self.plot.plot([], [], pen=pg.mkPen("#1f77b4", width=1), antialias=False, connect="finite")
        self.region = pg.LinearRegionItem(brush=pg.mkBrush(31, 119, 180, 50))
        self.region.setZValue(10)
        self.plot.addItem(self.region, ignoreBounds=True)
        self.region.sigRegionChangeFinished.connect(self._moved)
        self._quiet = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    def set_overview(self, times: np.ndarray, values: np.ndarray, whole: tuple[float, float]) -> None:
        self.curve.setData(times, values, connect="finite")
        self.plot.setXRange(*whole, padding=0)

    def set_span(self, start: float, end: float) -> None:
        """Show the graphs' span (without echoing it back as a change)."""
        self._quiet = True
        try:
            self.region.setRegion((start, end))
        finally:
            self._quiet = False

    def span(self) -> tuple[float, float]:
        start, end = self.region.getRegion()
        return float(start), float(end)

    def _moved(self) -> None:
        if not self._quiet:
            self.span_changed.emit(*self.span())
