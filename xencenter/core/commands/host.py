"""Host verbs: reboot, shut down, power on, enter and leave maintenance mode.

Maintenance mode is XenCenter's: disable the host, evacuate its VMs, and mark other_config MAINTENANCE_MODE=true
so every client can tell a deliberate disable from a failure.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..i18n import LazyText
from ..objects import Host
from ..operations import OperationRunner
from .base import CTX, Command, CommandContext, SelectedItem, Selection, not_connected, nothing_selected

MAINTENANCE_KEY = "MAINTENANCE_MODE"

Job = Callable[[OperationRunner, str], Awaitable[Any]]


def _lazy(noop: object) -> LazyText:
    return LazyText(CTX, str(noop))


def running_guests(host: Host) -> int:
    count = 0
    for ref in host.resident_vms:
        record = host.cache.get("VM", ref)
        if record is not None and not record.get("is_control_domain", False):
            count += 1
    return count


class HostCommand(Command):
    title: LazyText = LazyText(CTX, "")

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        if not selection:
            return nothing_selected()
        reasons = [self.reason(item) for item in selection]
        if any(reason is None for reason in reasons):
            return None
        return next(reason for reason in reasons if reason is not None)

    def reason(self, item: SelectedItem) -> str | None:
        if item.cls != "host":
            return QCoreApplication.translate("Commands", "Select one or more servers.")
        if not item.connection.is_connected:
            return not_connected(item.connection)
        host = Host.lookup(item.connection.cache, item.ref)
        if host is None:
            return QCoreApplication.translate("Commands", "The server no longer exists.")
        return self.host_reason(host)

    def host_reason(self, host: Host) -> str | None:
        raise NotImplementedError

    def confirmation_text(self, selection: Selection) -> str:
        if self.confirmation is None:
            return ""
        hosts = [Host.lookup(i.connection.cache, i.ref) for i in selection]
        return self.confirmation.text().format(", ".join(f"'{h.name}'" for h in hosts if h is not None))

    async def job(self, runner: OperationRunner, host: str) -> Any:
        raise NotImplementedError

    async def run(self, context: CommandContext) -> None:
        for item in context.selection:
            if self.reason(item) is not None:
                continue
            host = Host.lookup(item.connection.cache, item.ref)
            title = self.title.text().format(host.name if host is not None else item.ref)
            ref = item.ref

            async def job(runner: OperationRunner, ref: str = ref) -> Any:
                return await self.job(runner, ref)

            context.started.append(context.operations.start(title, item.connection, [ref], job))


def _not_live(host: Host) -> str | None:
    if host.metrics is not None and not host.is_live:
        return QCoreApplication.translate("Commands", "The server is not reachable.")
    return None


class RebootHost(HostCommand):
    id = "host.reboot"
    text = _lazy(QT_TRANSLATE_NOOP("Commands", "Reboot"))
    title = _lazy(QT_TRANSLATE_NOOP("Commands", "Rebooting server '{0}'"))
    icon = "host-reboot"
    confirmation = _lazy(QT_TRANSLATE_NOOP("Commands", "Reboot {0}? Its running VMs will be shut down."))
    method = "host.reboot"

    def host_reason(self, host: Host) -> str | None:
        # Like XenCenter: live and idle is enough (xapi checks the rest, and host allowed_operations lag behind).
        not_live = _not_live(host)
        if not_live is not None:
            return not_live
        if host.current_operations:
            busy = ", ".join(sorted(set(host.current_operations.values())))
            return QCoreApplication.translate("Commands", "The server is busy ({0}).").format(busy)
        return None

    async def job(self, runner: OperationRunner, host: str) -> Any:
        # xapi requires a disabled host (no new VMs land on it) before reboot or shutdown.
        await runner.call("host.disable", host)
        return await runner.run_task(self.method, host, span=(0.1, 1.0))


class ShutdownHost(RebootHost):
    id = "host.shutdown"
    text = _lazy(QT_TRANSLATE_NOOP("Commands", "Shut Down"))
    title = _lazy(QT_TRANSLATE_NOOP("Commands", "Shutting down server '{0}'"))
    icon = "host-shutdown"
    confirmation = _lazy(QT_TRANSLATE_NOOP("Commands", "Shut down {0}? Its running VMs will be shut down."))
    method = "host.shutdown"


class PowerOnHost(HostCommand):
    id = "host.power_on"
    text = _lazy(QT_TRANSLATE_NOOP("Commands", "Power On"))
    title = _lazy(QT_TRANSLATE_NOOP("Commands", "Powering on server '{0}'"))
    icon = "host-power-on"

    def host_reason(self, host: Host) -> str | None:
        if host.is_live or host.metrics is None:
            return QCoreApplication.translate("Commands", "The server is already running.")
        if not host.power_on_mode:
            return QCoreApplication.translate("Commands", "The server has no remote power-on method configured.")
        return None

    async def job(self, runner: OperationRunner, host: str) -> Any:
        return await runner.run_task("host.power_on", host)


class EnterMaintenance(HostCommand):
    id = "host.enter_maintenance"
    text = _lazy(QT_TRANSLATE_NOOP("Commands", "Enter Maintenance Mode"))
    title = _lazy(QT_TRANSLATE_NOOP("Commands", "Putting server '{0}' into maintenance mode"))
    icon = "host-maintenance"
    confirmation = _lazy(QT_TRANSLATE_NOOP("Commands", "Put {0} into maintenance mode? Its running VMs will be "
                                                       "migrated to other servers."))

    def host_reason(self, host: Host) -> str | None:
        if host.in_maintenance_mode:
            return QCoreApplication.translate("Commands", "The host is in maintenance mode.")
        return _not_live(host)

    async def job(self, runner: OperationRunner, host: str) -> Any:
        await runner.call("host.disable", host)
        await runner.call("host.remove_from_other_config", host, MAINTENANCE_KEY)
        await runner.call("host.add_to_other_config", host, MAINTENANCE_KEY, "true")
        return await runner.run_task("host.evacuate", host, span=(0.1, 1.0))


class ExitMaintenance(HostCommand):
    id = "host.exit_maintenance"
    text = _lazy(QT_TRANSLATE_NOOP("Commands", "Exit Maintenance Mode"))
    title = _lazy(QT_TRANSLATE_NOOP("Commands", "Taking server '{0}' out of maintenance mode"))
    icon = "host-maintenance-exit"

    def host_reason(self, host: Host) -> str | None:
        if not host.in_maintenance_mode:
            return QCoreApplication.translate("Commands", "The server is not in maintenance mode.")
        return _not_live(host)

    async def job(self, runner: OperationRunner, host: str) -> Any:
        await runner.call("host.remove_from_other_config", host, MAINTENANCE_KEY)
        return await runner.run_task("host.enable", host)


def host_commands() -> list[Command]:
    return [RebootHost(), ShutdownHost(), PowerOnHost(), EnterMaintenance(), ExitMaintenance()]
