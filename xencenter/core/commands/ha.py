"""High availability verbs on a pool: Configure HA... (the wizard; Edit HA when it is on) and Disable HA."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..i18n import LazyText
from ..licensing import pool_edition, restricted
from ..operations import OperationRunner
from .base import Command, CommandContext, SelectedItem, Selection, Verb, nothing_selected
from .wizard import WizardCommand, WizardVerb


def _pool_record(item: SelectedItem) -> dict[str, Any] | None:
    record = item.connection.cache.get("pool", item.ref)
    return dict(record) if record is not None else None


def _one_pool(command: Command, selection: Selection) -> tuple[SelectedItem | None, str | None]:
    select = QCoreApplication.translate("Commands", "Select a pool.")
    item, reason = command.allowed_item(selection, one=select, empty=select)
    if item is None:
        return None, reason
    if item.cls != "pool":
        return None, QCoreApplication.translate("Commands", "Select a pool.")
    if _pool_record(item) is None:
        return None, QCoreApplication.translate("Commands", "The pool no longer exists.")
    return item, None


class ConfigureHaCommand(WizardCommand):
    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        if not selection:
            return nothing_selected()
        item, reason = _one_pool(self, selection)
        if item is None:
            return reason
        if sum(1 for _ in item.connection.cache.items("host")) < 2:
            return QCoreApplication.translate("Commands", "High availability needs a pool of at least two servers.")
        if restricted(item.connection.cache, "restrict_ha"):
            return QCoreApplication.translate("Commands", "The pool's edition ({0}) does not include high "
                                                          "availability.").format(pool_edition(item.connection.cache))
        return None


class DisableHaCommand(Command):
    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        if not selection:
            return nothing_selected()
        item, reason = _one_pool(self, selection)
        if item is None:
            return reason
        if not (_pool_record(item) or {}).get("ha_enabled"):
            return QCoreApplication.translate("Commands", "High availability is off.")
        return None

    def confirmation_text(self, selection: Selection) -> str:
        names = [str((_pool_record(item) or {}).get("name_label", "")) or item.connection.display_name
                 for item in selection]
        return self.verb.confirmation.text().format(", ".join(names)) if self.verb.confirmation else ""

    async def run(self, context: CommandContext) -> None:
        item = context.selection[0]
        name = str((_pool_record(item) or {}).get("name_label", "")) or item.connection.display_name

        async def job(runner: OperationRunner) -> Any:
            return await runner.run_task("pool.disable_ha")

        title = (self.verb.title or self.verb.text).text().format(name)
        context.started.append(context.operations.start(title, item.connection, [item.ref], job))


CONFIGURE_HA = WizardVerb(id="pool.configure_ha", text=LazyText("Commands", "Configure HA..."), icon="pool",
                          wizard="configure_ha", on=frozenset({"pool"}),
                          select=LazyText("Commands", "Select a pool."),
                          permissions=("pool.enable_ha", "pool.set_ha_host_failures_to_tolerate",
                                       "vm.set_ha_restart_priority"))
DISABLE_HA = Verb(id="pool.disable_ha", text=LazyText("Commands", "Disable HA"), icon="pool",
                  title=LazyText("Commands", "Turning off high availability on '{0}'"),
                  confirmation=LazyText("Commands", "Turn off high availability on {0}? Its VMs will no longer be "
                                                    "restarted elsewhere when a server fails."),
                  permissions=("pool.disable_ha",))


def ha_commands() -> list[Command]:
    return [ConfigureHaCommand(CONFIGURE_HA), DisableHaCommand(DISABLE_HA)]
