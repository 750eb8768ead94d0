"""The simulator's clock as the console sees it, over the wire: is this server a simulator, and what time is it.

A server is a simulator when its `sim` host plugin answers `clock_state` (JSON now / speed / running); anything
else (a missing plugin, an unknown function, a refusal) means a real pool, whose clock nobody controls. Between
polls a running clock is extrapolated, so the time shown moves smoothly at the simulated speed.

Signals (SimulationClock):
    changed(): what is known about the clock changed (detected, polled, controlled, or a control failed).
"""

from __future__ import annotations

import json
import time
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QObject, Signal

from .cache import NULL_REF
from .connection import Connection
from .errors_text import error_text
from .xenapi.errors import XenAPIError, XenAPIFailure

PLUGIN = "sim"


def any_host(connection: Connection) -> str | None:
    """The pool master if the cache knows it, else any host: the plugin answers on each."""
    for _, pool in connection.cache.items("pool"):
        master = pool.get("master")
        if isinstance(master, str) and master not in ("", NULL_REF):
            return master
    return next((ref for ref, _ in connection.cache.items("host")), None)


async def call_sim(connection: Connection, fn: str, args: dict[str, str] | None = None,
                   host: str | None = None) -> str:
    """`host.call_plugin(host, "sim", fn, args)` on `connection` (its master unless `host` is given)."""
    client = connection.client
    target = host or any_host(connection)
    if client is None or target is None:
        raise XenAPIError("not connected")  # not the server's answer: ask again once connected
    return str(await client.call("host.call_plugin", target, PLUGIN, fn, args or {}))


class SimulationClock(QObject):
    """One connection's simulated clock: `is_simulator` (None until asked), the last known state, `now()`."""

    changed = Signal()

    def __init__(self, connection: Connection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.is_simulator: bool | None = None
        self.speed = 1.0
        self.running = False
        self.error = ""  # the last failed control, as a sentence; cleared by the next success
        self._polling = False
        self._at_sim = 0.0
        self._at_real = time.monotonic()

    def now(self) -> float:
        """Simulated epoch seconds: the last answer, moved on at the clock's speed while it runs."""
        if not self.running:
            return self._at_sim
        return self._at_sim + (time.monotonic() - self._at_real) * self.speed

    async def poll(self) -> None:
        """Ask the server; learns whether it is a simulator at all. Never raises for the server's answer."""
        if self._polling:
            return
        self._polling = True
        try:
            self._take(await call_sim(self.connection, "clock_state"))
        except XenAPIFailure:
            if self.is_simulator is None:  # a real pool: no such plugin or function
                self.is_simulator = self.connection.is_simulator = False
                self.changed.emit()
        except (XenAPIError, ValueError):
            pass  # the connection is down; the next poll asks again
        finally:
            self._polling = False

    async def control(self, fn: str, args: dict[str, str] | None = None) -> bool:
        """Run a clock control (clock_pause, clock_resume, clock_set_speed, clock_step); False with `error` set
        when the server refused or could not be reached."""
        try:
            answer = await call_sim(self.connection, fn, args)
            if fn == "clock_step":
                answer = await call_sim(self.connection, "clock_state")
            self._take(answer)
        except (XenAPIError, ValueError) as exc:
            self.error = error_text(exc, self.connection.cache)
            self.changed.emit()
            return False
        return True

    def _take(self, answer: str) -> None:
        state: Any = json.loads(answer)
        try:
            at_sim, speed, running = float(state["now"]), float(state["speed"]), bool(state["running"])
        except (KeyError, TypeError, ValueError):
            raise ValueError(f"the sim plugin answered {answer[:80]!r}, not a clock state") from None
        self._at_sim, self._at_real, self.speed, self.running = at_sim, time.monotonic(), speed, running
        self.is_simulator = self.connection.is_simulator = True
        self.error = ""
        self.changed.emit()


def sim_time_text(epoch: float) -> str:
    """Simulated time in the user's zone and locale, to the second (a class counts them)."""
    moment = QDateTime.fromSecsSinceEpoch(int(epoch))
    locale = QLocale()
    return f"{locale.toString(moment.date(), QLocale.FormatType.ShortFormat)} {moment.time().toString('HH:mm:ss')}"
