"""Verbs that open a wizard (New VM, and later New SR, New Network, Migrate) or run one's plan at once.

A WizardCommand is enabled on a connected server's objects and asks the UI to open its wizard through
`CommandUi.open_wizard` (non-modal: the call returns once the window is shown); what the wizard creates runs as one
Operation when the user presses Finish. Quick Create runs the New VM plan with the template's defaults.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..i18n import LazyText
from ..objects import VM
from .base import Command, CommandContext, Selection, Verb, WizardRequest


@dataclass(frozen=True, kw_only=True)
class WizardVerb(Verb):
    """A verb that opens the wizard `wizard` (the UI's name for it) from a selection of `on` classes; for a VM,
    only of the `kinds` given ("template", "snapshot", "vm")."""

    wizard: str
    on: frozenset[str]
    kinds: frozenset[str] = frozenset({"template", "snapshot"})
    select: LazyText  # why it is not offered on another selection


def vm_kind(vm: VM) -> str:
    return "snapshot" if vm.is_snapshot else "template" if vm.is_template else "vm"


class WizardCommand(Command):
    verb: WizardVerb

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        item, reason = self.allowed_item(selection)
        if item is None:
            return reason
        if item.cls not in self.verb.on:
            return self.verb.select.text()
        if item.cls == "VM":
            vm = VM.lookup(item.connection.cache, item.ref)
            if vm is None:
                return QCoreApplication.translate("Commands", "The VM no longer exists.")
            if vm_kind(vm) not in self.verb.kinds:
                return self.verb.select.text()
        return None

    async def run(self, context: CommandContext) -> None:
        item = context.selection[0]
        preset = context.argument if isinstance(context.argument, str) else ""  # a page to start on (a bond)
        await context.ui.open_wizard(WizardRequest(self.verb.wizard, item.connection, item, context.operations,
                                                   preset=preset))


class QuickCreateCommand(WizardCommand):
    """Quick Create: a VM from the selected template with its defaults, in one click (no wizard)."""

    async def run(self, context: CommandContext) -> None:
        from ..wizard.new_vm import defaults, start_creation  # here: core.wizard builds on the commands package

        item = context.selection[0]
        choices = defaults(item.connection.cache, item.ref)
        info = choices.info
        choices.start = info is not None and not info.installs  # a ready system starts; an installer waits
        context.started.append(start_creation(context.operations, choices, item.connection))


# What creating a VM calls (create.py): a role without one of them cannot finish the wizard.
CREATES_VMS = ("vm.clone", "vm.provision", "vm.set_memory_limits", "vif.create", "vbd.create")

# New VM: on pools, servers, templates and snapshots (those are preselected in the wizard).
NEW_VM = WizardVerb(id="vm.new", text=LazyText("Commands", "New VM..."), icon="vm-new",
                    wizard="new_vm", on=frozenset({"pool", "host", "VM"}), permissions=CREATES_VMS,
                    select=LazyText("Commands", "Select a pool, a server or a template."))
QUICK_CREATE = WizardVerb(id="vm.quick_create", text=LazyText("Commands", "Quick Create"), icon="vm-new",
                          wizard="", on=frozenset({"VM"}), kinds=frozenset({"template"}), permissions=CREATES_VMS,
                          select=LazyText("Commands", "Select a template."))
NEW_VM_FROM_SNAPSHOT = WizardVerb(id="vm.new_from_snapshot", text=LazyText("Commands", "New VM from Snapshot..."),
                                  icon="vm-new", wizard="new_vm", on=frozenset({"VM"}), kinds=frozenset({"snapshot"}),
                                  permissions=CREATES_VMS,
                                  select=LazyText("Commands", "Select a snapshot."))




class MigrateWizardCommand(WizardCommand):
    """Migrate...: the Migrate wizard on a VM xapi lets migrate now (live when running, moved when halted);
    `argument` is a host to preset (a VM dropped on a server in the tree)."""

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        reason = super().can_execute(selection, argument)
        if reason is not None:
            return reason
        vm = VM.lookup(selection[0].connection.cache, selection[0].ref)
        if vm is None or vm.is_control_domain:
            return self.verb.select.text()
        if not {"pool_migrate", "migrate_send"} & vm.allowed_operations:
            if vm.current_operations:
                busy = ", ".join(sorted(set(vm.current_operations.values())))
                return QCoreApplication.translate("Commands", "The VM is busy ({0}).").format(busy)
            return QCoreApplication.translate("Commands", "The server does not allow migrating '{0}' now.").format(
                vm.name)
        if argument is not None and str(argument) == vm.resident_on:
            return QCoreApplication.translate("Commands", "The VM is already on this server.")
        return None

    async def run(self, context: CommandContext) -> None:
        item = context.selection[0]
        connections = tuple(c for c in (context.manager.connections() if context.manager else [item.connection])
                            if c.is_connected)
        await context.ui.open_wizard(WizardRequest(self.verb.wizard, item.connection, item, context.operations,
                                                   connections or (item.connection,),
                                                   str(context.argument or "")))


MIGRATE_WIZARD = WizardVerb(id="vm.migrate_wizard", text=LazyText("Commands", "Migrate..."), icon="vm-migrate",
                            wizard="migrate", on=frozenset({"VM"}), kinds=frozenset({"vm"}),
                            permissions=("vm.pool_migrate", "vm.migrate_send"),
                            select=LazyText("Commands", "Select a VM."))


# New SR: on a pool, a server or an SR of the pool (it creates a shared SR on every server).
NEW_SR = WizardVerb(id="sr.new", text=LazyText("Commands", "New SR..."), icon="sr-new", wizard="new_sr",
                    on=frozenset({"pool", "host", "SR"}),
                    permissions=("sr.probe", "sr.create", "sr.introduce", "pbd.create", "pbd.plug"),
                    select=LazyText("Commands", "Select a pool or a server."))


def wizard_commands() -> list[Command]:
    return [WizardCommand(NEW_VM), QuickCreateCommand(QUICK_CREATE), WizardCommand(NEW_VM_FROM_SNAPSHOT),
            MigrateWizardCommand(MIGRATE_WIZARD), WizardCommand(NEW_SR)]
