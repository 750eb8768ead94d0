"""TurnThrottle: run a callback at most once per event-loop turn, however many times it was asked for."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class TurnThrottle(QObject):
    def __init__(self, callback: Callable[[], None], parent: QObject | None = None, interval: int = 0) -> None:
        super().__init__(parent)
        self._callback = callback
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval)
        self._timer.timeout.connect(self._fire)
        self.runs = 0  # how often the callback actually ran (tests check the coalescing)

    def __call__(self, *_: object) -> None:
        self.request()

    def request(self, *_: object) -> None:
        """Ask for a run. Connect signals to this bound method: Qt drops the connection when we are destroyed."""
        if not self._timer.isActive():
            self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Run now if a run is pending (tests, and before reading the result synchronously)."""
        if self._timer.isActive():
            self._timer.stop()
            self._fire()

    def _fire(self) -> None:
        self.runs += 1
        self._callback()
