"""TurnThrottle: run a callback at most once per event-loop turn, however many times it was asked for.

Runs go through the GUI thread's one queue (`core.turns`): views asked to refresh by the same event batch run one
after another with the event loop let in between, not all in one pass of Qt's timers.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from ...core.turns import later


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
