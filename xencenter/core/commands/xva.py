"""Export... (a halted or suspended VM or a template to an XVA file) and Import... (an XVA file into a pool): verbs
that open their wizards."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..i18n import LazyText
from ..objects import VM
from .base import Command, Selection, not_connected, nothing_selected
from .wizard import WizardCommand, WizardVerb


class ExportCommand(WizardCommand):
    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        reason = super().can_execute(selection, argument)
        if reason is not None:
            return reason
        item = selection[0]
        vm = VM.lookup(item.connection.cache, item.ref)
        if vm is not None and vm.power_state in ("Running", "Paused"):
            return QCoreApplication.translate("Commands", "Shut down or suspend the VM to export it.")
        if vm is not None and vm.current_operations:
            return QCoreApplication.translate("Commands", "The VM is busy ({0}).").format(
                ", ".join(sorted(set(vm.current_operations.values()))))
        return None


class ImportCommand(WizardCommand):
    """Import into the pool of whatever is selected (XenCenter offers it from anywhere in the tree)."""

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        if not selection:
            return nothing_selected()
        item = selection[0]
        if not item.connection.is_connected:
            return not_connected(item.connection)
        return self.role_reason(item)


EXPORT = WizardVerb(id="vm.export", text=LazyText("Commands", "Export..."), icon="vm-copy", wizard="export_vm",
                    on=frozenset({"VM"}), kinds=frozenset({"vm", "template", "snapshot"}),
                    select=LazyText("Commands", "Select a VM, a template or a snapshot."),
                    permissions=("http/get_export", "task.create"))
IMPORT = WizardVerb(id="pool.import", text=LazyText("Commands", "Import..."), icon="vm-new", wizard="import_vm",
                    on=frozenset({"pool", "host", "VM", "SR", "network"}),
                    select=LazyText("Commands", "Select the pool or server to import into."),
                    permissions=("http/put_import", "task.create"))


NEW_NETWORK = WizardVerb(id="network.new", text=LazyText("Commands", "New Network..."), icon="network",
                         wizard="new_network", on=frozenset({"pool", "host", "network"}),
                         select=LazyText("Commands", "Select a pool, a server or a network."),
                         permissions=("network.create", "pool.create_vlan", "tunnel.create", "bond.create"))


def xva_commands() -> list[Command]:
    return [ExportCommand(EXPORT), ImportCommand(IMPORT), WizardCommand(NEW_NETWORK)]
