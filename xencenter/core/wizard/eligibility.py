"""ChoiceEligibility: a wizard page's view of the app's ChoiceChecks (the server's answers, asked in parallel).

The Start On / Resume On / Migrate submenus already ask the server "can this VM go to that server" through
`commands.choices.ChoiceChecks`, one background call per choice, cached per cache generation. A wizard page asks
the same way, with the command whose `check_choice` is the question (New VM's home server page: Start On's
`VM.assert_can_boot_here`, here on the template), and pins the cache generation it asked in so the answers stay
shown while the pool keeps changing. `get` answers pending, fine, or the server's sentence; `changed` fires as
answers arrive. A later wizard (Migrate) passes its own command (`VM.assert_can_migrate`).

Signals:
    changed(str, str): object ref and choice whose answer arrived.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from ..commands.base import Command, SelectedItem
from ..commands.choices import ChoiceChecks
from ..connection import Connection


@dataclass(frozen=True)
class Eligibility:
    pending: bool = False
    reason: str | None = None  # None when eligible (and not pending)

    @property
    def ok(self) -> bool:
        return not self.pending and self.reason is None


PENDING = Eligibility(pending=True)


class ChoiceEligibility(QObject):
    changed = Signal(str, str)

    def __init__(self, checks: ChoiceChecks, command: Command, connection: Connection,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checks = checks
        self.command = command
        self.connection = connection
        self._asked: dict[str, int] = {}  # object ref -> the cache generation its choices were asked in
        checks.answered.connect(self._answered)

    def _item(self, ref: str) -> SelectedItem:
        return SelectedItem(self.connection, "VM", ref)

    def request(self, ref: str, choices: Iterable[str]) -> None:
        """Ask about each choice for `ref` in the background, unless asked already (never blocks)."""
        generation = self._asked.setdefault(ref, self.connection.cache.generation)
        item = self._item(ref)
        wanted = [c for c in choices if self.checks.answer(self.command.id, item, c, generation) is None]
        if wanted:
            self._asked[ref] = self.connection.cache.generation
            self.checks.ask(self.command, item, wanted)

    def get(self, ref: str, choice: str) -> Eligibility:
        generation = self._asked.get(ref)
        if generation is None:
            return PENDING
        answer = self.checks.answer(self.command.id, self._item(ref), choice, generation)
        return PENDING if answer is None else Eligibility(reason=answer.reason)

    def _answered(self, command_id: str, ref: str, choice: str) -> None:
        if command_id == self.command.id and ref in self._asked:
            self.changed.emit(ref, choice)
