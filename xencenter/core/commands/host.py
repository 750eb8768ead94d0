"""Host verbs: reboot, shut down, power on, enter and leave maintenance mode.

Maintenance mode is XenCenter's: disable the host, evacuate its VMs, and mark other_config MAINTENANCE_MODE=true
so every client can tell a deliberate disable from a failure.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..i18n import LazyText
from ..objects import Host
from ..operations import OperationRunner
from .base import Command, SelectedItem, Verb
from .subject import HOSTS, ObjectCommand

MAINTENANCE_KEY = "MAINTENANCE_MODE"


def running_guests(host: Host) -> int:
    count = 0
    for ref in host.resident_vms:
        record = host.cache.get("VM", ref)
        if record is not None and not record.get("is_control_domain", False):
            count += 1
    return count


@dataclass(frozen=True, kw_only=True)
class HostVerb(Verb):
    method: str = ""  # the XenAPI call that does the verb's main work


class HostCommand(ObjectCommand):
    subject = HOSTS
    verb: HostVerb

    def object_reason(self, host: Host, item: SelectedItem, argument: Any) -> str | None:
        return self.host_reason(host)

    def host_reason(self, host: Host) -> str | None:
        raise NotImplementedError


def _not_live(host: Host) -> str | None:
    if host.metrics is not None and not host.is_live:
        return QCoreApplication.translate("Commands", "The server is not reachable.")
    return None


class DisableThenCall(HostCommand):
    """Reboot and shut down: like XenCenter, live and idle is enough to offer them."""

    def host_reason(self, host: Host) -> str | None:
        # Like XenCenter: live and idle is enough (xapi checks the rest, and host allowed_operations lag behind).
        not_live = _not_live(host)
        if not_live is not None:
            return not_live
        if host.current_operations:
            busy = ", ".join(sorted(set(host.current_operations.values())))
            return QCoreApplication.translate("Commands", "The server is busy ({0}).").format(busy)
        return None

    async def job(self, runner: OperationRunner, host: str, argument: Any) -> Any:
        # xapi requires a disabled host (no new VMs land on it) before reboot or shutdown.
        await runner.call("host.disable", host)
        return await runner.run_task(self.verb.method, host, span=(0.1, 1.0))


class PowerOnHost(HostCommand):
    def host_reason(self, host: Host) -> str | None:
        if host.is_live or host.metrics is None:
            return QCoreApplication.translate("Commands", "The server is already running.")
        if not host.power_on_mode:
            return QCoreApplication.translate("Commands", "The server has no remote power-on method configured.")
        return None

    async def job(self, runner: OperationRunner, host: str, argument: Any) -> Any:
        return await runner.run_task(self.verb.method, host)


class EnterMaintenance(HostCommand):
    def host_reason(self, host: Host) -> str | None:
        if host.in_maintenance_mode:
            return QCoreApplication.translate("Commands", "The host is in maintenance mode.")
        return _not_live(host)

    async def job(self, runner: OperationRunner, host: str, argument: Any) -> Any:
        await runner.call("host.disable", host)
        await runner.call("host.remove_from_other_config", host, MAINTENANCE_KEY)
        await runner.call("host.add_to_other_config", host, MAINTENANCE_KEY, "true")
        return await runner.run_task(self.verb.method, host, span=(0.1, 1.0))


class ExitMaintenance(HostCommand):
    def host_reason(self, host: Host) -> str | None:
        if not host.in_maintenance_mode:
            return QCoreApplication.translate("Commands", "The server is not in maintenance mode.")
        return _not_live(host)

    async def job(self, runner: OperationRunner, host: str, argument: Any) -> Any:
        await runner.call("host.remove_from_other_config", host, MAINTENANCE_KEY)
        return await runner.run_task(self.verb.method, host)


MAINTENANCE_CALLS = ("host.disable", "host.remove_from_other_config/key:maintenance_mode",
                     "host.add_to_other_config/key:maintenance_mode", "host.evacuate")
REBOOT = HostVerb(id="host.reboot", text=LazyText("Commands", "Reboot"),
                  title=LazyText("Commands", "Rebooting server '{0}'"), icon="host-reboot", method="host.reboot",
                  permissions=("host.disable", "host.reboot"),
                  confirmation=LazyText("Commands", "Reboot {0}? Its running VMs will be shut down."),
                  ask_option=LazyText("Commands", "Rebooting a server"))
SHUTDOWN = HostVerb(id="host.shutdown", text=LazyText("Commands", "Shut Down"),
                    title=LazyText("Commands", "Shutting down server '{0}'"), icon="host-shutdown",
                    method="host.shutdown", permissions=("host.disable", "host.shutdown"),
                    confirmation=LazyText("Commands", "Shut down {0}? Its running VMs will be shut down."),
                    ask_option=LazyText("Commands", "Shutting down a server"))
POWER_ON = HostVerb(id="host.power_on", text=LazyText("Commands", "Power On"),
                    title=LazyText("Commands", "Powering on server '{0}'"), icon="host-power-on",
                    method="host.power_on")
ENTER_MAINTENANCE = HostVerb(id="host.enter_maintenance", text=LazyText("Commands", "Enter Maintenance Mode"),
                             title=LazyText("Commands", "Putting server '{0}' into maintenance mode"),
                             icon="host-maintenance", method="host.evacuate", permissions=MAINTENANCE_CALLS,
                             confirmation=LazyText("Commands", "Put {0} into maintenance mode? Its running VMs will "
                                                               "be migrated to other servers."))
EXIT_MAINTENANCE = HostVerb(id="host.exit_maintenance", text=LazyText("Commands", "Exit Maintenance Mode"),
                            title=LazyText("Commands", "Taking server '{0}' out of maintenance mode"),
                            icon="host-maintenance-exit", method="host.enable",
                            permissions=("host.remove_from_other_config/key:maintenance_mode", "host.enable"))


def host_commands() -> list[Command]:
    return [DisableThenCall(REBOOT), DisableThenCall(SHUTDOWN), PowerOnHost(POWER_ON),
            EnterMaintenance(ENTER_MAINTENANCE), ExitMaintenance(EXIT_MAINTENANCE)]
