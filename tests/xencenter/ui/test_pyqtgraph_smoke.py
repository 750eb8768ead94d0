"""Smoke test for the PySide6 crash noted in the style guide (§6): PySide6 6.12.0 on Python 3.11 over-decrefs None in
QObject.property(), which pyqtgraph calls in every setData, and the process dies within a few thousand calls.
10,000 setData calls on a live, shown plot (the console's own PerfGraph) and 10,000 property() reads must pass."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject

from xencenter.ui.widgets.perfgraph import CurveSpec, PerfGraph


def test_ten_thousand_set_data_calls_on_a_live_plot(qtbot: Any) -> None:
    graph = PerfGraph("smoke-graph")
    qtbot.addWidget(graph)
    graph.configure("smoke", [CurveSpec("a", "a", "#1f77b4", str)], "%", False)
    graph.show()
    curve = pg.PlotDataItem()  # the PlotDataItem path too: pyqtgraph's own plot() uses it
    graph.plot.addItem(curve)
    x = np.arange(120, dtype=float)
    for i in range(10_000):
        y = np.sin(x / 10 + i)
        curve.setData(x, y)
        if i % 100 == 0:
            graph.set_data({"a": (x, y)}, (0.0, 120.0))
            qtbot.wait(0)
    assert curve.getData()[1] is not None and len(curve.getData()[1]) == 120
    assert graph.redraws >= 100


def test_ten_thousand_property_reads(qapp: Any) -> None:
    owner = QObject()
    for _ in range(10_000):
        assert owner.property("unset") is None
