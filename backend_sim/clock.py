"""The simulated clock: real time times a speed factor, or stepped explicitly by tests.

Every duration in the simulator (boot, shutdown, copies, migration) is awaited on this clock, so a
test that steps it is deterministic and fast, and a demo can run faster than life. A teacher can
pause a running clock, change its speed and resume it (the `sim` plugin): sleepers are kept in
simulated time, so a paused clock holds every boot and copy where it is.
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

    Running, sim time advances at `speed` times real time. Stopped (manual, or paused) it only moves
    when `step()` is called. Either way sleepers wake in deadline order.
    """

    def __init__(self, *, speed: float = 1.0, manual: bool = False, start: float | None = None) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.speed = speed
        self._running = not manual
        self._origin_sim = time.time() if start is None else start
        self._origin_real = time.monotonic()
        self._stopped_at = self._origin_sim
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._timer: asyncio.TimerHandle | None = None

    @property
    def manual(self) -> bool:
        """True while time moves only when stepped (a --manual-clock, or a paused clock)."""
        return not self._running

    def now(self) -> float:
        if not self._running:
            return self._stopped_at
        return self._origin_sim + (time.monotonic() - self._origin_real) * self.speed

    def now_datetime(self) -> DateTime:
        return to_datetime(self.now())

    async def sleep(self, seconds: float) -> None:
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        loop = asyncio.get_running_loop()
        self._loop = loop
        future: asyncio.Future[None] = loop.create_future()
        heapq.heappush(self._sleepers, (self.now() + seconds, next(self._order), future))
        self._arm()
        await future

    def step(self, seconds: float) -> None:
        """Advance a stopped clock, waking every sleeper whose deadline has come."""
        if self._running:
            raise RuntimeError("only a manual clock can be stepped")
        self._stopped_at += max(0.0, seconds)
        self._wake_due()

    def pause(self) -> None:
        """Stop the clock where it is (it can then be stepped); nothing if already stopped."""
        if self._running:
            self._stopped_at = self.now()
            self._running = False
            self._disarm()

    def resume(self) -> None:
        """Run the clock on from where it stopped, at its speed; nothing if already running."""
        if not self._running:
            self._origin_sim, self._origin_real = self._stopped_at, time.monotonic()
            self._running = True
            self._arm()

    def set_speed(self, speed: float) -> None:
        """Simulated seconds per real second from now on (the time already passed is kept)."""
        if not speed > 0:
            raise ValueError("speed must be positive")
        if self._running:
            self._origin_sim, self._origin_real = self.now(), time.monotonic()
        self.speed = speed
        self._arm()

    def next_deadline(self) -> float | None:
        while self._sleepers and self._sleepers[0][2].done():
            heapq.heappop(self._sleepers)  # cancelled sleepers
        return self._sleepers[0][0] if self._sleepers else None

    @property
    def pending_sleepers(self) -> int:
        return sum(1 for _, _, future in self._sleepers if not future.done())

    def _wake_due(self) -> None:
        now = self.now()
        while self._sleepers and self._sleepers[0][0] <= now:
            _, _, future = heapq.heappop(self._sleepers)
            if not future.done():
                future.set_result(None)

    def _disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _arm(self) -> None:
        """On a running clock, a real-time timer for the next deadline (re-armed when speed or state change)."""
        self._disarm()
        if not self._running or self._loop is None or self._loop.is_closed():
            return
        self._wake_due()
        deadline = self.next_deadline()
        if deadline is not None:
            self._timer = self._loop.call_later(max(0.0, (deadline - self.now()) / self.speed), self._arm)


def to_datetime(epoch: float) -> DateTime:
    return DateTime(datetime.fromtimestamp(epoch, UTC).strftime("%Y%m%dT%H:%M:%SZ"))
