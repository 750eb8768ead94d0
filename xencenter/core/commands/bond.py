"""Delete Bond, from a server's NICs tab: the bond chosen in the list (the argument) is destroyed and its NICs work
on their own again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..i18n import LazyText
from ..operations import OperationRunner
from .base import Command, CommandContext, Selection, Verb, nothing_selected


class DeleteBondCommand(Command):
    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        item, reason = self.allowed_item(selection, one=nothing_selected())
        if item is None:
            return reason
        pif = item.connection.cache.get("PIF", str(argument or ""))
        if pif is None or not pif.get("bond_master_of"):
            return QCoreApplication.translate("Commands", "Choose a bond in the list.")
        return None

    def confirmation_text(self, selection: Selection) -> str:
        return self.verb.confirmation.text() if self.verb.confirmation else ""

    async def run(self, context: CommandContext) -> None:
        item = context.selection[0]
        pif = item.connection.cache.get("PIF", str(context.argument)) or {}
        bond = str((pif.get("bond_master_of") or [""])[0])
        name = str(pif.get("device", bond))

        async def job(runner: OperationRunner) -> Any:
            return await runner.run_task("Bond.destroy", bond)

        title = (self.verb.title or self.verb.text).text().format(name)
        context.started.append(context.operations.start(title, item.connection, [bond], job))


DELETE_BOND = Verb(id="bond.delete", text=LazyText("Commands", "Delete Bond"), icon="network",
                   title=LazyText("Commands", "Deleting bond {0}"),
                   confirmation=LazyText("Commands", "Delete the bond? Its NICs work on their own again, and the "
                                                     "network on it loses the bond's connection on this server."),
                   permissions=("bond.destroy",))


def bond_commands() -> list[Command]:
    return [DeleteBondCommand(DELETE_BOND)]
