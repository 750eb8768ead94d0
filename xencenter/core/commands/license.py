"""License Manager...: a server's editions and licences, the edition to assign, and the course's matrix."""

from __future__ import annotations

from typing import Any

from ..i18n import LazyText
from .base import Command, CommandContext, Selection, Verb, not_connected, nothing_selected


class LicenseCommand(Command):
    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        if not selection:
            return nothing_selected()
        item = selection[0]
        if not item.connection.is_connected:
            return not_connected(item.connection)
        return self.role_reason(item)

    async def run(self, context: CommandContext) -> None:
        await context.ui.open_license(context.selection[0].connection, context.operations)


LICENSE = Verb(id="pool.license", text=LazyText("Commands", "License Manager..."), icon="pool")


def license_commands() -> list[Command]:
    return [LicenseCommand(LICENSE)]
