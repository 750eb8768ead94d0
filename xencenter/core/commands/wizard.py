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
from .base import Command, CommandContext, SelectedItem, Selection, Verb, WizardRequest, not_connected, nothing_selected


@dataclass(frozen=True, kw_only=True)
class WizardVerb(Verb):
    """A verb that opens the wizard `wizard` (the UI's name for it), on a selection of `on` classes."""

    wizard: str
    on: frozenset[str]  # selected classes it is offered on ("VM" stands for templates and snapshots here)
    select: LazyText  # why it is not offered on another selection


class WizardCommand(Command):
    verb: WizardVerb

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        if not selection:
            return nothing_selected()
        item = selection[0]
        if item.cls not in self.verb.on:
            return self.verb.select.text()
        if not item.connection.is_connected:
            return not_connected(item.connection)
        return self.item_reason(item)

    def item_reason(self, item: SelectedItem) -> str | None:
        return None

    async def run(self, context: CommandContext) -> None:
        item = context.selection[0]
        await context.ui.open_wizard(WizardRequest(self.verb.wizard, item.connection, item, context.operations))


class NewVmCommand(WizardCommand):
    """New VM: offered on pools, servers, templates and snapshots (those are preselected in the wizard)."""

    def item_reason(self, item: SelectedItem) -> str | None:
        if item.cls != "VM":
            return None
        vm = VM.lookup(item.connection.cache, item.ref)
        if vm is None:
            return QCoreApplication.translate("Commands", "The template no longer exists.")
        if not (vm.is_template or vm.is_snapshot):
            return QCoreApplication.translate("Commands", "Select a pool, a server or a template.")
        return None


class QuickCreateCommand(WizardCommand):
    """Quick Create: a VM from the selected template with its defaults, in one click (no wizard)."""

    def item_reason(self, item: SelectedItem) -> str | None:
        vm = VM.lookup(item.connection.cache, item.ref)
        if vm is None or not vm.is_template:
            return QCoreApplication.translate("Commands", "Select a template.")
        return None

    async def run(self, context: CommandContext) -> None:
        from ..wizard.new_vm import defaults, start_creation  # here: core.wizard builds on the commands package

        item = context.selection[0]
        choices = defaults(item.connection.cache, item.ref)
        info = choices.info
        choices.start = info is not None and not info.installs  # a ready system starts; an installer waits
        context.started.append(start_creation(context.operations, choices, item.connection))


NEW_VM = WizardVerb(id="vm.new", text=LazyText("Commands", "New VM..."), icon="vm-new", shortcut="Ctrl+N",
                    wizard="new_vm", on=frozenset({"pool", "host", "VM"}),
                    select=LazyText("Commands", "Select a pool, a server or a template."))
QUICK_CREATE = WizardVerb(id="vm.quick_create", text=LazyText("Commands", "Quick Create"), icon="vm-new",
                          wizard="", on=frozenset({"VM"}), select=LazyText("Commands", "Select a template."))
NEW_VM_FROM_SNAPSHOT = WizardVerb(id="vm.new_from_snapshot", text=LazyText("Commands", "New VM from Snapshot..."),
                                  icon="vm-new", wizard="new_vm", on=frozenset({"VM"}),
                                  select=LazyText("Commands", "Select a snapshot."))


class NewVmFromSnapshotCommand(WizardCommand):
    def item_reason(self, item: SelectedItem) -> str | None:
        vm = VM.lookup(item.connection.cache, item.ref)
        if vm is None or not vm.is_snapshot:
            return QCoreApplication.translate("Commands", "Select a snapshot.")
        return None


def wizard_commands() -> list[Command]:
    return [NewVmCommand(NEW_VM), QuickCreateCommand(QUICK_CREATE), NewVmFromSnapshotCommand(NEW_VM_FROM_SNAPSHOT)]
