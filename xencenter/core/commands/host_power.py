"""Power-On Settings...: how a server can be started remotely (Wake-on-LAN, a DRAC or iLO controller, a custom
script, or not at all), asked in a dialog and saved as one Operation (core/power_on.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..i18n import LazyText
from ..objects import Host
from ..operations import OperationRunner
from ..power_on import apply, has_secret, settings_of
from .base import Command, CommandContext, Selection, Verb


class PowerOnSettingsCommand(Command):
    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        item, reason = self.allowed_item(selection, one=QCoreApplication.translate("Commands", "Select one server."))
        if item is None:
            return reason
        if item.cls != "host":
            return QCoreApplication.translate("Commands", "Select a server.")
        if Host.lookup(item.connection.cache, item.ref) is None:
            return QCoreApplication.translate("Commands", "The server no longer exists.")
        return None

    async def run(self, context: CommandContext) -> None:
        item = context.selection[0]
        host = Host.lookup(item.connection.cache, item.ref)
        if host is None:
            return
        record = dict(host.record)
        answer = await context.ui.ask_power_on(host.name, settings_of(record), has_secret(record))
        if answer is None:
            return

        async def job(runner: OperationRunner) -> Any:
            await apply(runner, item.ref, answer, record)

        title = QCoreApplication.translate("Commands", "Saving the power-on settings of '{0}'").format(host.name)
        context.started.append(context.operations.start(title, item.connection, [item.ref], job))


POWER_ON_SETTINGS = Verb(id="host.power_on_settings", text=LazyText("Commands", "Power-On Settings..."),
                         icon="host-power-on", permissions=("host.set_power_on_mode", "secret.create"))


def host_power_commands() -> list[Command]:
    return [PowerOnSettingsCommand(POWER_ON_SETTINGS)]
