"""DialogVerbs: what a manager dialog (VM Protection Policies, Manage vApps) runs from its buttons: verbs on the
object selected in it (and New), through a command registry of their own, with the context of the command that
opened the dialog (its UI asks the confirmations; `context.started` lists the Operations)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from .base import CommandContext, SelectedItem


@dataclass
class DialogVerbs:
    registry: Any  # a CommandRegistry of the dialog's verbs
    context: CommandContext

    def reason(self, command_id: str, selection: Sequence[SelectedItem]) -> str | None:
        reason: str | None = self.registry.reason(command_id, list(selection))
        return reason

    async def run(self, command_id: str, selection: Sequence[SelectedItem]) -> bool:
        from .registry import CommandUnavailable  # here: the registry module imports the commands

        try:
            return bool(await self.registry.run(command_id, replace(self.context, selection=list(selection))))
        except CommandUnavailable:  # the world changed between the click and the run
            return False
