"""MigrateCheck: can this VM migrate to that host? The server's `VM.assert_can_migrate`, one call per host.

It is the question ChoiceEligibility asks for the destination page (parallel background calls, cached per cache
generation by the app's ChoiceChecks): the destination host's pool prepares a receive (`host.migrate_receive` on
its management network), then the VM's pool answers `VM.assert_can_migrate` with the maps the wizard would start
with for that host. The choice is the host's ref; the host is looked up among the connected pools.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...commands.base import Command, SelectedItem, Selection, Verb, not_connected
from ...commands.placement import host_reason
from ...connection import Connection
from ...errors_text import error_text
from ...i18n import LazyText
from ...objects import VM, Host
from ...xenapi.errors import XenAPIFailure
from .choices import default_maps, destination_hosts, management_network

CHECK = Verb(id="vm.migrate_wizard.check", text=LazyText("Commands", "Migrate..."))


def find_host(connections: Sequence[Connection], host: str) -> Connection | None:
    return next((c for c in connections if c.cache.get("host", host) is not None), None)


class MigrateCheck(Command):
    def __init__(self, connections: Sequence[Connection]) -> None:
        super().__init__(CHECK)
        self.connections = list(connections)

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        return None  # never a menu entry: only the wizard asks it

    def choices(self, item: SelectedItem) -> list[tuple[str, str, str | None]]:
        return [(h.ref, h.name, host_reason(h)) for c in self.connections for h in destination_hosts(c)]

    async def check_choice(self, item: SelectedItem, argument: str) -> str | None:
        target = find_host(self.connections, argument)
        source = item.connection.client
        if target is None:
            return QCoreApplication.translate("Commands", "The server no longer exists.")
        if source is None:
            return not_connected(item.connection)
        if target.client is None:
            return not_connected(target)
        local = host_reason(Host.lookup(target.cache, argument))
        if local is not None:
            return local
        vm = VM.lookup(item.connection.cache, item.ref)
        if vm is not None and vm.resident_on == argument:
            return QCoreApplication.translate("Commands", "The VM is already on this server.")
        same = target is item.connection
        disks, vifs = default_maps(item.connection.cache, item.ref, target.cache, argument, same)
        if same:  # only what moves goes in the maps within a pool
            disks = {vdi: sr for vdi, sr in disks.items()
                     if (item.connection.cache.get("VDI", vdi) or {}).get("SR") != sr}
            vifs = {}
        live = vm is not None and vm.power_state in ("Running", "Paused")
        try:
            dest = await target.client.call("host.migrate_receive", argument,
                                            management_network(target.cache, argument), {})
            await source.call("VM.assert_can_migrate", item.ref, dest, live, disks, vifs, {})
        except XenAPIFailure as failure:
            return error_text(failure, item.connection.cache)
        return None
