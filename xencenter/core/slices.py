"""Long work on the GUI thread done a slice at a time, the event loop let in between (no stall over ~10 ms).

The work is a generator that yields wherever it may pause; `run_in_slices` drives it for `budget` seconds, lets the
asyncio loop (and through qasync, Qt: painting, input, timers) run, and goes on. What the generator returns is the
result. Work that needs the GIL throughout gains nothing from a worker thread, and touching Qt objects from one is
not allowed, so this is how the console keeps large loads off the user's back.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Generator
from typing import TypeVar

T = TypeVar("T")

SLICE_SECONDS = 0.008


async def run_in_slices(steps: Generator[None, None, T], budget: float = SLICE_SECONDS) -> T:
    """Run `steps` to its end, `budget` seconds at a time; returns what it returns, raises what it raises."""
    clock = time.perf_counter
    while True:
        deadline = clock() + budget
        try:
            next(steps)  # at least one step a slice, whatever the budget
            while clock() < deadline:
                next(steps)
        except StopIteration as done:
            return done.value
        await asyncio.sleep(0)


def run_at_once(steps: Generator[None, None, T]) -> T:
    """The same work without pausing (for callers that are not on an event loop)."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value
