"""Cyclic garbage collection on the GUI thread only.

Python's collector runs in whichever thread happens to allocate when a threshold is crossed. When it frees Qt
objects there (the RRD parser and the console decoder work in worker threads), Qt warns that timers cannot be
stopped from another thread and may crash. So automatic collection is turned off and done here instead, on the GUI
thread a few times a second, generation by generation as the collector itself would.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

from PySide6.QtCore import QObject, QTimer

from .turns import later

_pauses = 0


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic collection at all inside (neither automatic nor `collect_due`), e.g. during a full load that
    allocates millions of objects that all stay: every collection it triggered would find nothing. Nests."""
    global _pauses
    was_enabled = gc.isenabled()
    _pauses += 1
    gc.disable()
    try:
        yield
    finally:
        _pauses -= 1
        if was_enabled and _pauses == 0:
            gc.enable()


def collect_due() -> int:
    """Collect the oldest generation whose threshold is crossed (nothing when none is, or while paused); returns
    what was freed."""
    if _pauses:
        return 0
    counts, thresholds = gc.get_count(), gc.get_threshold()
    generation = -1
    for index in range(3):
        if thresholds[index] and counts[index] > thresholds[index]:
            generation = index
    return gc.collect(generation) if generation >= 0 else 0


def freeze_survivors() -> None:
    """Everything alive now goes to the collector's permanent generation (after a full load or an event batch).

    Loaded records live as long as the connection. Left in the collected generations, every pass walks them again
    while events come in: a full pass takes 100-200 ms on a large pool, a young one after a batch of a thousand
    VMs' changes 30-50 ms, on the GUI thread. There is no collection first (it would cost as much): records are
    acyclic and the client cuts the cycle httpx leaves around each reply, so little garbage is frozen with them,
    and reference counting still frees frozen records when events replace them."""
    gc.freeze()


class GuiThreadCollector(QObject):
    """Turns automatic collection off while it lives and collects what is due every `interval_ms` instead."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 300) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setObjectName("gcTimer")
        # Through the turn queue: a pass of the event loop that other work already filled does not get a
        # collection (tens of ms on a large pool) on top.
        self._timer.timeout.connect(lambda: later(collect_due, self))
        self._timer.start(interval_ms)

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
