"""Gather events for a short while and hand them on as one batch (one cache signal, one view update)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Mapping
from typing import Any

Event = Mapping[str, Any]


class Coalescer:
    """Collects events; `delay` seconds after the first one arrives, passes them all to `apply` in order."""

    def __init__(self, delay: float, apply: Callable[[list[Event]], None]) -> None:
        self.delay = delay
        self._apply = apply
        self._pending: list[Event] = []
        self._timer: asyncio.TimerHandle | None = None

    @property
    def pending(self) -> int:
        return len(self._pending)

    def add(self, events: Iterable[Event]) -> None:
        self._pending.extend(events)
        if self._pending and self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(self.delay, self.flush)

    def flush(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        pending, self._pending = self._pending, []
        if pending:
            self._apply(pending)

    def discard(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._pending = []
