"""The simulated clock: real time times a speed factor, or stepped explicitly by tests.

Every duration in the simulator (boot, shutdown, copies, migration) is awaited on this clock, so a
test that steps it is deterministic and fast, and a demo can run faster than life.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from datetime import UTC, datetime

from .wire.values import DateTime


class SimClock:
    """Simulated seconds since the epoch.

    In running mode sim time advances at `speed` times real time from `start`. In manual mode it
    only moves when `step()` is called, and sleepers wake in deadline order.
    """

    def __init__(self, *, speed: float = 1.0, manual: bool = False, start: float | None = None) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.speed = speed
        self.manual = manual
        self._origin_sim = time.time() if start is None else start
        self._origin_real = time.monotonic()
        self._manual_now = self._origin_sim
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    def now(self) -> float:
        if self.manual:
            return self._manual_now
        return self._origin_sim + (time.monotonic() - self._origin_real) * self.speed

    def now_datetime(self) -> DateTime:
        return to_datetime(self.now())

    async def sleep(self, seconds: float) -> None:
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        if not self.manual:
            await asyncio.sleep(seconds / self.speed)
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self._manual_now + seconds, next(self._order), future))
        await future

    def step(self, seconds: float) -> None:
        """Advance a manual clock, waking every sleeper whose deadline has come."""
        if not self.manual:
            raise RuntimeError("only a manual clock can be stepped")
        self._manual_now += max(0.0, seconds)
        while self._sleepers and self._sleepers[0][0] <= self._manual_now:
            _, _, future = heapq.heappop(self._sleepers)
            if not future.done():
                future.set_result(None)

    def next_deadline(self) -> float | None:
        while self._sleepers and self._sleepers[0][2].done():
            heapq.heappop(self._sleepers)  # cancelled sleepers
        return self._sleepers[0][0] if self._sleepers else None

    @property
    def pending_sleepers(self) -> int:
        return sum(1 for _, _, future in self._sleepers if not future.done())


def to_datetime(epoch: float) -> DateTime:
    return DateTime(datetime.fromtimestamp(epoch, UTC).strftime("%Y%m%dT%H:%M:%SZ"))
