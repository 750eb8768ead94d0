"""Gather events for a short while and hand them on as one batch (one cache signal, one view update).

A batch of thousands of events (a thousand VMs shut down at once) is applied in slices, the GUI's event loop let
in between, when the owner gives a stepped form of its apply; what arrives meanwhile waits for it, so batches stay
in order.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Generator, Iterable, Mapping
from typing import Any

from .slices import run_at_once, run_in_slices

Event = Mapping[str, Any]
Steps = Callable[[list[Event]], Generator[None, None, Any]]

SLICED_FROM = 500  # events in a batch from which it is applied in slices (a thousand at once took ~20 ms)


class Coalescer:
    """Collects events; `delay` seconds after the first one arrives, passes them all to `apply` in order (or, for
    `sliced_from` events or more, runs `steps` on them a slice at a time)."""

    def __init__(self, delay: float, apply: Callable[[list[Event]], None], steps: Steps | None = None,
                 sliced_from: int = SLICED_FROM) -> None:
        self.delay = delay
        self._apply = apply
        self._steps = steps
        self._sliced_from = sliced_from
        self._pending: list[Event] = []
        self._timer: asyncio.TimerHandle | None = None
        self._sliced: asyncio.Task[None] | None = None  # the big batch being applied
        self._steps_running: Generator[None, None, Any] | None = None  # its steps (finish() completes them)

    @property
    def pending(self) -> int:
        return len(self._pending)

    @property
    def busy(self) -> bool:
        """A big batch is being applied (what arrives waits for it)."""
        return self._sliced is not None

    def add(self, events: Iterable[Event]) -> None:
        self._pending.extend(events)
        if self._pending and self._timer is None and self._sliced is None:
            self._timer = asyncio.get_running_loop().call_later(self.delay, self.flush)

    def flush(self) -> None:
        """Apply what is pending now; a big batch starts its slices (and what follows waits for them)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._sliced is not None or not self._pending:
            return
        pending, self._pending = self._pending, []
        if self._steps is None or len(pending) < self._sliced_from:
            self._apply(pending)
            return
        self._steps_running = self._steps(pending)
        self._sliced = asyncio.get_running_loop().create_task(self._apply_in_slices(self._steps_running))

    def finish(self) -> None:
        """Apply everything now, a big batch under way included (before the owner stops following events)."""
        sliced, self._sliced = self._sliced, None
        steps, self._steps_running = self._steps_running, None
        if sliced is not None and steps is not None:
            sliced.cancel()  # no more slices: its remaining steps run here, at once, before what followed it
            run_at_once(steps)
        pending, self._pending = self._pending, []
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if pending:
            self._apply(pending)

    def discard(self) -> None:
        """Forget what is pending and stop a big batch where it is (a full reload replaces everything)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._sliced is not None:
            self._sliced.cancel()
            self._sliced = None
        if self._steps_running is not None:
            self._steps_running.close()  # stopped where it is: no signal for a half-applied batch
            self._steps_running = None
        self._pending = []

    async def _apply_in_slices(self, steps: Generator[None, None, Any]) -> None:
        try:
            await run_in_slices(steps)
        finally:
            if self._sliced is asyncio.current_task():
                self._sliced = None
                self._steps_running = None
                if self._pending:
                    with contextlib.suppress(RuntimeError):  # no loop any more: nothing to wait for
                        self._timer = asyncio.get_running_loop().call_later(self.delay, self.flush)
