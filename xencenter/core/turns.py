"""One queue for the GUI thread's deferred work: tree rebuilds, pane refreshes, other clients' tasks mirrored.

`TurnThrottle` runs a callback at most once per turn, however many times it was asked for, through the queue.

Each pass of Qt's event loop runs queued jobs, oldest first, until BUDGET is spent, then lets timers, input and
painting in before the rest. Separate zero-delay QTimers that are due together all fire in one pass of Qt's timer
list: one event batch that asked five views to refresh held the GUI thread for the sum of the five. Through the
queue it holds it for about the longest one.
"""

from __future__ import annotations

import sys
import time
from collections import deque
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QAbstractEventDispatcher, QObject, QTimer

BUDGET = 0.008  # seconds of queued jobs per pass before the event loop is let in


class TurnQueue(QObject):
    def __init__(self, budget: float = BUDGET, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.budget = budget
        self._jobs: deque[tuple[Callable[[], object], QObject | None]] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run)
        self.passes = 0  # passes that ran jobs (tests check the spreading)
        # Other work may have run in this pass before us (an event batch applied by an asyncio callback): past the
        # budget already, our jobs wait one pass. Qt's dispatcher says when a pass starts (it is about to poll).
        self._pass_began = 0.0
        self._waited = False
        dispatcher = QAbstractEventDispatcher.instance(self.thread())
        if dispatcher is not None:
            dispatcher.aboutToBlock.connect(self._on_pass)

    def _on_pass(self) -> None:
        self._pass_began = time.perf_counter()

    def __len__(self) -> int:
        return len(self._jobs)

    def post(self, job: Callable[[], object], owner: QObject | None = None) -> None:
        """Run `job` in a coming pass; skipped if `owner` (the object it works on) has been deleted by then."""
        self._jobs.append((job, owner))
        if not self._timer.isActive():
            self._timer.start()

    def drain(self) -> None:
        """Run every queued job now, those they queue included (tests, and a reader that needs the result)."""
        self._timer.stop()
        while self._jobs:
            saved, self.budget = self.budget, float("inf")
            self._waited = True
            try:
                self._run()
            finally:
                self.budget = saved

    def _run(self) -> None:
        now = time.perf_counter()
        if not self._waited and now - self._pass_began >= self.budget:
            self._waited = True  # once: a loop that never polls (always busy) must not starve the queue
            self._timer.start()
            return
        self._waited = False
        self.passes += 1
        deadline = now + self.budget
        while self._jobs:
            job, owner = self._jobs.popleft()
            if owner is None or shiboken6.isValid(owner):
                try:
                    job()
                except Exception:  # one failing job must not starve the others; reported as a failing slot is
                    sys.excepthook(*sys.exc_info())
            if self._jobs and time.perf_counter() >= deadline:
                self._timer.start()  # the rest in the next pass, after Qt's other timers, input and painting
                return


_queue: TurnQueue | None = None


def turn_queue() -> TurnQueue:
    """The GUI thread's queue, made on first use."""
    global _queue
    if _queue is None or not shiboken6.isValid(_queue):
        _queue = TurnQueue()
    return _queue


def later(job: Callable[[], object], owner: QObject | None = None) -> None:
    """Run `job` in a coming pass of the event loop, through the GUI thread's one queue."""
    turn_queue().post(job, owner)


class TurnThrottle(QObject):
    def __init__(self, callback: Callable[[], None], parent: QObject | None = None, interval: int = 0) -> None:
        super().__init__(parent)
        self._callback = callback
        self._queued = False
        self._delay: QTimer | None = None
        if interval > 0:  # wait this many ms first, then queue
            self._delay = QTimer(self)
            self._delay.setSingleShot(True)
            self._delay.setInterval(interval)
            self._delay.timeout.connect(self._post)
        self.runs = 0  # how often the callback actually ran (tests check the coalescing)

    def __call__(self, *_: object) -> None:
        self.request()

    def request(self, *_: object) -> None:
        """Ask for a run. Connect signals to this bound method: Qt drops the connection when we are destroyed."""
        if self.pending:
            return
        if self._delay is not None:
            self._delay.start()
        else:
            self._post()

    @property
    def pending(self) -> bool:
        return self._queued or (self._delay is not None and self._delay.isActive())

    def flush(self) -> None:
        """Run now if a run is pending (tests, and before reading the result synchronously)."""
        if self.pending:
            if self._delay is not None:
                self._delay.stop()
            self._queued = False  # the queued entry finds nothing to do
            self._fire()

    def _post(self) -> None:
        self._queued = True
        later(self._run_queued, self)

    def _run_queued(self) -> None:
        if self._queued:
            self._queued = False
            self._fire()

    def _fire(self) -> None:
        self.runs += 1
        self._callback()
