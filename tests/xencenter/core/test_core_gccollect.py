"""Cyclic garbage is collected on the GUI thread, never in a worker thread that happens to allocate."""

from __future__ import annotations

import gc
import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer

from xencenter.core.gccollect import GuiThreadCollector, collect_due


class Cycle(QObject):
    """A Qt object with a timer, kept alive only by a reference cycle (what crashed in a worker thread)."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.start(10_000)
        self.me = self


def test_garbage_made_on_the_gui_thread_is_freed_there_not_by_a_worker(qtbot: Any) -> None:
    collector = GuiThreadCollector(interval_ms=20)
    try:
        assert not gc.isenabled()
        freed: list[str] = []
        for _ in range(50):
            cycle = Cycle()
            cycle.destroyed.connect(lambda *_: freed.append(threading.current_thread().name))
            del cycle

        def churn() -> None:  # a worker allocating enough to cross every threshold
            junk = [[object() for _ in range(50)] for _ in range(2000)]
            del junk

        worker = threading.Thread(target=churn, name="worker")
        worker.start()
        worker.join()
        assert freed == []  # nothing collected in the worker
        thresholds = gc.get_threshold()
        gc.set_threshold(1, 1, 1)
        try:
            qtbot.waitUntil(lambda: len(freed) == 50, timeout=5000)
        finally:
            gc.set_threshold(*thresholds)
        assert set(freed) == {threading.main_thread().name}
    finally:
        collector.stop()
    assert collect_due() >= 0
