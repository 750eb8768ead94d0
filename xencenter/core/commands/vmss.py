"""VM protection (xapi's VMSS, scheduled snapshots): the pool's "VM Protection Policies..." dialog, the New Policy
wizard, and the dialog's verbs on a selected policy: Delete, Enable, Disable, Run Now, Properties.

Each verb says why it cannot run: the role first, then the pool's licence (restrict_vmss), then the policy's state.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..i18n import LazyText
from ..licensing import pool_edition, restricted
from ..operations import OperationRunner
from .base import Command, CommandContext, SelectedItem, Selection, Verb
from .dialog_verbs import DialogVerbs as PolicyVerbs
from .wizard import WizardCommand, WizardVerb

NULL = "OpaqueRef:NULL"


def licence_reason(item: SelectedItem) -> str | None:
    if restricted(item.connection.cache, "restrict_vmss"):
        return QCoreApplication.translate("Commands", "The pool's edition ({0}) does not include VM protection "
                                                      "and recovery.").format(pool_edition(item.connection.cache))
    return None


def _first(command: Command, selection: Selection) -> tuple[SelectedItem | None, str | None]:
    item, reason = command.allowed_item(selection)
    if item is None:
        return None, reason
    return item, licence_reason(item)


class VmProtectionCommand(Command):
    """VM Protection Policies...: the pool's policies in a dialog (non-modal; one per server)."""

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        item, reason = _first(self, selection)
        if item is None or reason is not None:
            return reason
        if item.cls != "pool":
            return QCoreApplication.translate("Commands", "Select a pool.")
        return None

    async def run(self, context: CommandContext) -> None:
        from .registry import CommandRegistry  # here: the registry module imports this one

        verbs = PolicyVerbs(CommandRegistry(vmss_verbs()), context)
        await context.ui.open_vm_protection(context.selection[0].connection, verbs)


class NewPolicyCommand(WizardCommand):
    """New VM Protection Policy...: the wizard, from a pool (or a VM, which it preselects)."""

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        reason = super().can_execute(selection, argument)
        if reason is not None:
            return reason
        return licence_reason(selection[0])


class PolicyCommand(Command):
    """A verb on one selected policy (a SelectedItem of class VMSS); runs as one Operation."""

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        item, reason = _first(self, selection)
        if item is None or reason is not None:
            return reason
        if item.cls != "VMSS" or len(selection) != 1:
            return QCoreApplication.translate("Commands", "Select a policy.")
        record = item.connection.cache.get("VMSS", item.ref)
        if record is None:
            return QCoreApplication.translate("Commands", "The policy no longer exists.")
        return self.policy_reason(dict(record))

    def policy_reason(self, record: dict[str, Any]) -> str | None:
        return None

    def name(self, item: SelectedItem) -> str:
        return str((item.connection.cache.get("VMSS", item.ref) or {}).get("name_label", ""))

    def confirmation_text(self, selection: Selection) -> str:
        names = ", ".join(f"'{self.name(item)}'" for item in selection)
        return self.verb.confirmation.text().format(names) if self.verb.confirmation else ""

    async def run(self, context: CommandContext) -> None:
        self.start(context, context.selection[0])

    def start(self, context: CommandContext, item: SelectedItem) -> None:
        argument = context.argument

        async def job(runner: OperationRunner) -> Any:
            return await self.job(runner, item.ref, argument)

        title = (self.verb.title or self.verb.text).text().format(self.name(item))
        context.started.append(context.operations.start(title, item.connection, [item.ref], job))

    async def job(self, runner: OperationRunner, ref: str, argument: Any) -> Any:
        raise NotImplementedError


class DeletePolicy(PolicyCommand):
    async def job(self, runner: OperationRunner, ref: str, argument: Any) -> Any:
        record = runner.connection.cache.get("VMSS", ref) or {}
        for vm in list(record.get("VMs") or []):  # xapi keeps a policy with VMs (VMSS_HAS_VM): take them out
            await runner.call("VM.set_snapshot_schedule", vm, NULL)
        await runner.call("VMSS.destroy", ref)


class EnablePolicy(PolicyCommand):
    def __init__(self, verb: Verb, enable: bool) -> None:
        super().__init__(verb)
        self.enable = enable

    def policy_reason(self, record: dict[str, Any]) -> str | None:
        if bool(record.get("enabled")) == self.enable:
            return (QCoreApplication.translate("Commands", "The policy is already enabled.") if self.enable else
                    QCoreApplication.translate("Commands", "The policy is already disabled."))
        return None

    async def job(self, runner: OperationRunner, ref: str, argument: Any) -> Any:
        await runner.call("VMSS.set_enabled", ref, self.enable)


class RunPolicyNow(PolicyCommand):
    def policy_reason(self, record: dict[str, Any]) -> str | None:
        if not record.get("VMs"):
            return QCoreApplication.translate("Commands", "The policy protects no VM.")
        return None

    async def job(self, runner: OperationRunner, ref: str, argument: Any) -> Any:
        return await runner.run_task("VMSS.snapshot_now", ref)


class PolicyProperties(PolicyCommand):
    """Properties...: the policy's name and description, asked in a dialog, then set as one Operation."""

    async def run(self, context: CommandContext) -> None:
        item = context.selection[0]
        record = item.connection.cache.get("VMSS", item.ref) or {}
        title = QCoreApplication.translate("Commands", "Properties of '{0}'").format(self.name(item))
        answer = await context.ui.ask_name_description(title, str(record.get("name_label", "")),
                                                       str(record.get("name_description", "")))
        if answer is None or self.can_execute(context.selection) is not None:
            return
        self.start(replace(context, argument=answer), item)

    async def job(self, runner: OperationRunner, ref: str, argument: Any) -> Any:
        name, description = argument
        await runner.call("VMSS.set_name_label", ref, name)
        await runner.call("VMSS.set_name_description", ref, description)


VM_PROTECTION = Verb(id="pool.vm_protection", text=LazyText("Commands", "VM Protection Policies..."), icon="pool")
NEW_POLICY = WizardVerb(id="pool.new_vmss", text=LazyText("Commands", "New VM Protection Policy..."), icon="pool",
                        wizard="new_vmss", on=frozenset({"pool", "VM"}), kinds=frozenset({"vm"}),
                        select=LazyText("Commands", "Select a pool or a VM."),
                        permissions=("vmss.create", "vm.set_snapshot_schedule"))
DELETE_POLICY = Verb(id="vmss.delete", text=LazyText("Commands", "Delete"), icon="vm-delete",
                     title=LazyText("Commands", "Deleting VM protection policy '{0}'"),
                     confirmation=LazyText("Commands", "Delete the VM protection policy {0}? Its VMs will no longer "
                                                       "be protected; the snapshots it took are kept."),
                     permissions=("vmss.destroy", "vm.set_snapshot_schedule"))
ENABLE_POLICY = Verb(id="vmss.enable", text=LazyText("Commands", "Enable"), icon="pool",
                     title=LazyText("Commands", "Enabling VM protection policy '{0}'"),
                     permissions=("vmss.set_enabled",))
DISABLE_POLICY = Verb(id="vmss.disable", text=LazyText("Commands", "Disable"), icon="pool",
                      title=LazyText("Commands", "Disabling VM protection policy '{0}'"),
                      permissions=("vmss.set_enabled",))
RUN_POLICY = Verb(id="vmss.run_now", text=LazyText("Commands", "Run Now"), icon="snapshot",
                  title=LazyText("Commands", "Running VM protection policy '{0}'"),
                  permissions=("vmss.snapshot_now",))
POLICY_PROPERTIES = Verb(id="vmss.properties", text=LazyText("Commands", "Properties..."), icon="generic",
                         title=LazyText("Commands", "Changing VM protection policy '{0}'"),
                         permissions=("vmss.set_name_label", "vmss.set_name_description"))


def vmss_verbs() -> list[Command]:
    """New and the verbs on a selected policy (the dialog's buttons)."""
    return [NewPolicyCommand(NEW_POLICY), DeletePolicy(DELETE_POLICY), EnablePolicy(ENABLE_POLICY, True),
            EnablePolicy(DISABLE_POLICY, False), RunPolicyNow(RUN_POLICY), PolicyProperties(POLICY_PROPERTIES)]


def vmss_commands() -> list[Command]:
    return [VmProtectionCommand(VM_PROTECTION), *vmss_verbs()]
