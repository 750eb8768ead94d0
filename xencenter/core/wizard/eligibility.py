"""EligibilityCache: yes/no-with-a-reason checks run as parallel background calls, each asked once.

A wizard asks "can the VM boot on each host" (New VM) or "can it migrate there" (Migrate) for many keys at once.
`request(keys)` starts the calls that are not cached or in flight, at most `parallel` at a time, and never
blocks; `get(key)` answers what is known now. Each answer is an Eligibility: pending, fine (reason None) or
refused with the server's refusal as a sentence. `changed(key)` fires as each answer arrives.

Signals:
    changed(object): the answer for that key has arrived.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..asyncutil import spawn
from ..cache import ObjectCache
from ..errors_text import error_text

Check = Callable[[Any], Awaitable[None]]  # raises (a XenAPIFailure) when the key is not eligible


@dataclass(frozen=True)
class Eligibility:
    pending: bool = False
    reason: str | None = None  # None when eligible (and not pending)

    @property
    def ok(self) -> bool:
        return not self.pending and self.reason is None


PENDING = Eligibility(pending=True)
OK = Eligibility()


class EligibilityCache(QObject):
    changed = Signal(object)

    def __init__(self, check: Check, cache: ObjectCache | None = None, *, parallel: int = 16,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self._cache = cache
        self._answers: dict[Hashable, Eligibility] = {}
        self._limit = asyncio.Semaphore(parallel)
        self._tasks: set[asyncio.Task[None]] = set()
        self.calls = 0  # how many checks went to the server (tests and benchmarks read it)

    def get(self, key: Hashable) -> Eligibility:
        return self._answers.get(key, PENDING)

    def request(self, keys: Iterable[Hashable]) -> None:
        for key in keys:
            if key in self._answers:
                continue
            self._answers[key] = PENDING
            task = spawn(self._ask(key), name=f"eligibility {key}", owner=self)
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    def forget(self) -> None:
        """Drop every answer (the pool changed); pending calls still land but are asked again on request."""
        for task in list(self._tasks):
            task.cancel()
        self._answers.clear()

    async def wait(self) -> None:
        """Until every requested answer has arrived (tests)."""
        while self._tasks:
            await asyncio.wait(list(self._tasks))

    async def _ask(self, key: Hashable) -> None:
        async with self._limit:
            self.calls += 1
            try:
                await self._check(key)
            except asyncio.CancelledError:
                self._answers.pop(key, None)
                raise
            except Exception as exc:
                answer = Eligibility(reason=error_text(exc, self._cache))
            else:
                answer = OK
        self._answers[key] = answer
        self.changed.emit(key)
