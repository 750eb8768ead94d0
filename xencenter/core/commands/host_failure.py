"""Teaching verbs on a simulator's server: Simulate Power Failure, Simulate Network Failure and Restore Server, through
the `sim` plugin's fail_host / restore_host. With HA on, the pool then fences the server after xapi's timeouts and
restarts its protected VMs elsewhere; without, the server shows unreachable. Hidden on a real pool."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..i18n import LazyText
from ..objects import Host
from ..operations import OperationRunner
from ..simclock import PLUGIN
from .base import Command, CommandContext, Selection, Verb, not_connected, nothing_selected


@dataclass(frozen=True, kw_only=True)
class FailureVerb(Verb):
    fn: str  # the sim plugin function
    mode: str = ""  # fail_host's mode


class HostFailureCommand(Command):
    verb: FailureVerb

    def visible(self, selection: Selection) -> bool:
        return bool(selection) and all(item.connection.is_simulator for item in selection)

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        if len(selection) != 1 or selection[0].cls != "host":
            return nothing_selected() if not selection else QCoreApplication.translate("Commands", "Select a server.")
        item = selection[0]
        if not item.connection.is_connected:
            return not_connected(item.connection)
        denied = self.role_reason(item)  # the role first, as for every verb
        if denied is not None:
            return denied
        if not item.connection.is_simulator:
            return QCoreApplication.translate("Commands", "{0} is not a simulator: its servers fail for real.").format(
                item.connection.display_name)
        if Host.lookup(item.connection.cache, item.ref) is None:
            return QCoreApplication.translate("Commands", "The server no longer exists.")
        return None

    def confirmation_text(self, selection: Selection) -> str:
        names = [host.name for host in (Host.lookup(i.connection.cache, i.ref) for i in selection) if host]
        return self.verb.confirmation.text().format(", ".join(names)) if self.verb.confirmation else ""

    async def run(self, context: CommandContext) -> None:
        item = context.selection[0]
        host = Host.lookup(item.connection.cache, item.ref)
        name = host.name if host is not None else item.ref
        args = {"host": item.ref, **({"mode": self.verb.mode} if self.verb.mode else {})}

        async def job(runner: OperationRunner) -> Any:
            return await runner.call("host.call_plugin", item.ref, PLUGIN, self.verb.fn, args)

        title = (self.verb.title or self.verb.text).text().format(name)
        context.started.append(context.operations.start(title, item.connection, [item.ref], job))


CALLS = ("host.call_plugin",)
FAIL_POWER = FailureVerb(id="host.fail_power", text=LazyText("Commands", "Simulate Power Failure"),
                         icon="host-offline", fn="fail_host", mode="power", permissions=CALLS,
                         title=LazyText("Commands", "Cutting the power of '{0}' (simulated)"),
                         confirmation=LazyText("Commands", "Cut the power of {0} in the simulation? Its VMs stop at "
                                                           "once; with HA on, the pool restarts the protected ones "
                                                           "elsewhere."))
FAIL_NETWORK = FailureVerb(id="host.fail_network", text=LazyText("Commands", "Simulate Network Failure"),
                           icon="host-offline", fn="fail_host", mode="network", permissions=CALLS,
                           title=LazyText("Commands", "Cutting the network of '{0}' (simulated)"),
                           confirmation=LazyText("Commands", "Cut the network of {0} in the simulation? With HA on, "
                                                             "it fences itself and its protected VMs restart "
                                                             "elsewhere."))
RESTORE = FailureVerb(id="host.restore", text=LazyText("Commands", "Restore Server"), icon="host-power-on",
                      fn="restore_host", permissions=CALLS,
                      title=LazyText("Commands", "Restoring '{0}' (simulated)"))


def host_failure_commands() -> list[Command]:
    return [HostFailureCommand(FAIL_POWER), HostFailureCommand(FAIL_NETWORK), HostFailureCommand(RESTORE)]
