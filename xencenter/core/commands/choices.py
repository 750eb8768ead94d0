"""ChoiceChecks: the server's answer for each submenu choice (can this server take this VM?), asked in parallel.

A submenu (Start On, Resume On, Migrate) shows the cache's answer at once (the command's `choices()`) and asks
`ask()` for the entries the cache lets through. Each choice is checked by its command's `check_choice` (for VM
placement `VM.assert_can_boot_here`) as its own asyncio task: the calls are network I/O awaited on the event loop,
so the GUI never waits for them, and they run side by side. Answers are kept per (connection, command, object,
choice) for the cache generation they were asked in: a later change to the cache makes them stale, and the next
opening asks again. `answered` tells open menus to update their entry. `ratings` holds WLB's star ratings for
the same entries (core/wlb.py), fetched the same way when the pool has workload balancing on.

Signals:
    answered(str, str, str): command id, object ref, choice (the answer is then `answer(...)`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from ..asyncutil import spawn
from ..connection import Connection
from ..wlb import WlbRatings
from ..xenapi.errors import XenAPIError
from .base import ChoosesArgument, Command, SelectedItem

log = logging.getLogger("xencenter.commands")


@dataclass(frozen=True)
class Answer:
    """What the server said about one choice: None when it can be chosen, else the plain sentence why not."""

    reason: str | None
    generation: int


Key = tuple[Connection, str, str, str]  # connection, command id, object ref, choice


class ChoiceChecks(QObject):
    answered = Signal(str, str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._answers: dict[Key, Answer] = {}
        self._asking: dict[Key, tuple[int, asyncio.Task[None]]] = {}
        self.ratings = WlbRatings(self)  # WLB's star ratings for the same menus, when the pool has WLB on

    def answer(self, command_id: str, item: SelectedItem, choice: str, generation: int | None = None) -> Answer | None:
        """The server's answer for `choice` in the cache generation `generation` (default: the current one)."""
        wanted = item.connection.cache.generation if generation is None else generation
        found = self._answers.get((item.connection, command_id, item.ref, choice))
        return found if found is not None and found.generation == wanted else None

    def ask(self, command: Command, item: SelectedItem, choices: Iterable[str]) -> int:
        """Start a check for each choice not answered (nor being asked) in this generation; returns how many."""
        if not isinstance(command, ChoosesArgument) or not item.connection.is_connected:
            return 0
        generation = item.connection.cache.generation
        started = 0
        for choice in choices:
            key = (item.connection, command.id, item.ref, choice)
            if self.answer(command.id, item, choice, generation) is not None:
                continue
            asking = self._asking.get(key)
            if asking is not None and asking[0] == generation and not asking[1].done():
                continue
            task = spawn(self._check(command, key, item, choice, generation), name=f"check {command.id} {choice}",
                         owner=self)
            self._asking[key] = (generation, task)
            started += 1
        return started

    async def _check(self, command: ChoosesArgument, key: Key, item: SelectedItem, choice: str,
                     generation: int) -> None:
        try:
            reason = await command.check_choice(item, choice)
        except XenAPIError as exc:  # the network, not the server's verdict: keep the cache's answer
            log.info("could not check %s for %s: %s", choice, item.ref, exc)
            return
        finally:
            if self._asking.get(key, (None,))[0] == generation:
                del self._asking[key]
        previous = self._answers.get(key)
        if previous is None or previous.generation <= generation:
            self._answers[key] = Answer(reason, generation)
        self.answered.emit(key[1], item.ref, choice)

    def pending(self) -> int:
        """How many checks are still waiting for the server (tests and benchmarks)."""
        return sum(1 for _, task in self._asking.values() if not task.done())

    def forget(self, connection: Connection) -> None:
        """Drop every answer about `connection` (it was removed)."""
        for key in [key for key in self._answers if key[0] is connection]:
            del self._answers[key]
        self.ratings.forget(connection)
