"""Long work on the server's loop in slices: a few milliseconds of work, then the other clients' turn.

The loop serves every client; one big reply built in one go (the first `event.from` of a 3,000-VM pool over
XML-RPC takes 1.5 s) stalls them all for that long. Work that walks many items asks `due()` after each item and,
when its slice is spent, awaits `pause()`, which lets every ready callback run before it goes on.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

SLICE = 0.002  # seconds of work between turns of the loop


class LoopSlices:
    """`ready`, when given, receives the chunks of a reply built so far at each pause (and takes them: it empties
    the list), so that a big reply goes out while the rest is written."""

    def __init__(self, budget: float = SLICE, ready: Callable[[list[bytes]], Awaitable[None]] | None = None) -> None:
        self.budget = budget
        self.pauses = 0
        self.ready = ready
        self._deadline = time.perf_counter() + budget

    def due(self) -> bool:
        return time.perf_counter() >= self._deadline

    async def pause(self, chunks: list[bytes] | None = None) -> None:
        if chunks and self.ready is not None:
            await self.ready(chunks)
        await asyncio.sleep(0)
        self.pauses += 1
        self._deadline = time.perf_counter() + self.budget


# Containers this small are envelopes (event.from's batch): their items are walked one by one.
ENVELOPE = 8


def is_collection(value: Any) -> bool:
    """A list of records (events, get_all_records' values): sliced between its items, each item whole."""
    if isinstance(value, Mapping):
        first = next(iter(value.values()), None)
    elif isinstance(value, (list, tuple)):
        first = value[0] if value else None
    else:
        return False
    return len(value) > ENVELOPE and isinstance(first, (Mapping, list, tuple))
