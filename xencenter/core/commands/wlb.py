"""Workload balancing verbs on a pool: Connect to the simulator's WLB engine, Disconnect, the optimisation mode,
Apply Recommendations.

Each says why it cannot run: the role first, then the pool's licence (restrict_wlb), then WLB's state. Connect
points the pool at the simulator's built-in engine ("sim://wlb") and enables it; a real WLB appliance's address,
user and password would need a Configure dialog, which this console does not have yet (the WLB tab says so).
Apply Recommendations migrates each recommended VM live, one after the other, as one Operation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..i18n import LazyText
from ..licensing import pool_edition
from ..operations import OperationRunner
from ..wlb import (
    BUILTIN_URL,
    MAX_DENSITY,
    MAX_PERFORMANCE,
    Recommendation,
    is_active,
    is_configured,
    is_licensed,
    pool_record,
)
from .base import Command, CommandContext, SelectedItem, Selection, Verb

BUILTIN_ACCOUNT = "sim"  # the WLB user name (and password) given to the simulator's engine, which checks none


def _pool_item(command: Command, selection: Selection) -> tuple[SelectedItem | None, str | None]:
    """The one selected pool, or why there is none; the role and the licence are checked here."""
    item, reason = command.allowed_item(selection)  # the role holds whatever is selected: before "Select a pool."
    if item is None:
        return None, reason
    if len(selection) != 1 or item.cls != "pool":
        return None, QCoreApplication.translate("Commands", "Select a pool.")
    if item.connection.cache.get("pool", item.ref) is None:
        return None, QCoreApplication.translate("Commands", "The pool no longer exists.")
    if not is_licensed(item.connection.cache):
        return None, QCoreApplication.translate("Commands", "The pool's edition ({0}) does not include workload "
                                                            "balancing.").format(pool_edition(item.connection.cache))
    return item, None


def _pool_name(item: SelectedItem) -> str:
    return str(pool_record(item.connection.cache).get("name_label", "")) or item.connection.display_name


class _PoolWlbCommand(Command):
    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        item, reason = _pool_item(self, selection)
        if item is None or reason is not None:
            return reason
        return self.state_reason(item, argument)

    def state_reason(self, item: SelectedItem, argument: Any) -> str | None:
        return None

    def confirmation_text(self, selection: Selection) -> str:
        names = ", ".join(f"'{_pool_name(item)}'" for item in selection)
        return self.verb.confirmation.text().format(names) if self.verb.confirmation else ""

    def title(self, item: SelectedItem) -> str:
        return (self.verb.title or self.verb.text).text().format(_pool_name(item))


class ConnectCommand(_PoolWlbCommand):
    def state_reason(self, item: SelectedItem, argument: Any) -> str | None:
        if is_active(item.connection.cache):
            return QCoreApplication.translate("Commands", "Workload balancing is already on.")
        return None

    async def run(self, context: CommandContext) -> None:
        item = context.selection[0]
        connection = item.connection
        configured = is_configured(connection.cache)

        async def job(runner: OperationRunner) -> Any:
            if not configured:
                # the built-in engine has no account of its own (any name answers); the pool's account is the
                # console's, as XenCenter gives WLB the server's credentials
                await runner.call("pool.initialize_wlb", BUILTIN_URL, BUILTIN_ACCOUNT, BUILTIN_ACCOUNT,
                                  connection.user, connection.password or "")
            runner.set_progress(0.5)
            await runner.call("pool.set_wlb_enabled", item.ref, True)

        context.started.append(context.operations.start(self.title(item), connection, [item.ref], job))


class DisconnectCommand(_PoolWlbCommand):
    def state_reason(self, item: SelectedItem, argument: Any) -> str | None:
        if not is_configured(item.connection.cache):
            return QCoreApplication.translate("Commands", "Workload balancing is not connected.")
        return None

    async def run(self, context: CommandContext) -> None:
        item = context.selection[0]

        async def job(runner: OperationRunner) -> Any:
            await runner.call("pool.deconfigure_wlb")

        context.started.append(context.operations.start(self.title(item), item.connection, [item.ref], job))


MODES = (MAX_PERFORMANCE, MAX_DENSITY)


class ConfigureCommand(_PoolWlbCommand):
    """`argument`: WLB configuration keys to send (the WLB tab's optimisation mode: {"OptimizationMode": mode})."""

    def state_reason(self, item: SelectedItem, argument: Any) -> str | None:
        if not is_configured(item.connection.cache):
            return QCoreApplication.translate("Commands", "Workload balancing is not connected.")
        mode = dict(argument or {}).get("OptimizationMode")
        if mode is not None and mode not in MODES:
            return QCoreApplication.translate("Commands", "Choose an optimization mode.")
        return None

    async def run(self, context: CommandContext) -> None:
        item = context.selection[0]
        config = {str(k): str(v) for k, v in dict(context.argument or {}).items()}

        async def job(runner: OperationRunner) -> Any:
            await runner.call("pool.send_wlb_configuration", config)

        context.started.append(context.operations.start(self.title(item), item.connection, [item.ref], job))


class ApplyCommand(_PoolWlbCommand):
    """`argument`: the Recommendations to apply (what the WLB tab shows)."""

    def state_reason(self, item: SelectedItem, argument: Any) -> str | None:
        if not is_active(item.connection.cache):
            return QCoreApplication.translate("Commands", "Workload balancing is off.")
        if not argument:
            return QCoreApplication.translate("Commands", "There are no recommendations to apply.")
        return None

    async def run(self, context: CommandContext) -> None:
        item = context.selection[0]
        moves: Sequence[Recommendation] = list(context.argument or ())
        cache = item.connection.cache

        async def job(runner: OperationRunner) -> Any:
            for index, move in enumerate(moves):
                name = str((cache.get("VM", move.vm) or {}).get("name_label", move.vm))
                target = str((cache.get("host", move.target) or {}).get("name_label", move.target))
                runner.set_description(QCoreApplication.translate("Commands", "Moving '{0}' to {1}").format(
                    name, target))
                span = (index / len(moves), (index + 1) / len(moves))
                await runner.run_task("VM.pool_migrate", move.vm, move.target, {"live": "true"}, span=span)

        refs = [item.ref, *(move.vm for move in moves)]
        context.started.append(context.operations.start(self.title(item), item.connection, refs, job))


CONNECT = Verb(id="pool.wlb_connect", text=LazyText("Commands", "Connect to the Simulator's WLB"), icon="pool",
               title=LazyText("Commands", "Connecting '{0}' to workload balancing"),
               permissions=("pool.initialize_wlb", "pool.set_wlb_enabled"))
DISCONNECT = Verb(id="pool.wlb_disconnect", text=LazyText("Commands", "Disconnect WLB"), icon="pool",
                  title=LazyText("Commands", "Disconnecting '{0}' from workload balancing"),
                  confirmation=LazyText("Commands", "Disconnect {0} from workload balancing? Its configuration is "
                                                    "forgotten and placement advice stops."),
                  permissions=("pool.deconfigure_wlb",))
CONFIGURE = Verb(id="pool.wlb_configure", text=LazyText("Commands", "Set WLB Optimization Mode"), icon="pool",
                 title=LazyText("Commands", "Changing the workload balancing mode of '{0}'"),
                 permissions=("pool.send_wlb_configuration",))
APPLY = Verb(id="pool.wlb_apply", text=LazyText("Commands", "Apply Recommendations"), icon="vm-migrate",
             title=LazyText("Commands", "Applying workload balancing recommendations on '{0}'"),
             permissions=("vm.pool_migrate",))


def wlb_commands() -> list[Command]:
    return [ConnectCommand(CONNECT), DisconnectCommand(DISCONNECT), ConfigureCommand(CONFIGURE), ApplyCommand(APPLY)]
