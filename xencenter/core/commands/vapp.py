"""vApps (xapi's VM_appliance): the pool's "Manage vApps..." dialog, New vApp..., the verbs on a selected vApp (Start,
Shut Down, Force Shut Down, Delete, Properties) and, on VMs, Assign to vApp.

Each verb says why it cannot run: the role first, then what xapi's allowed_operations say of the vApp, explained
from its members (none halted, none running, another operation running).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..i18n import LazyText
from ..objects import VM
from ..operations import OperationRunner
from ..vapps import Vapp, vapp_of, vapps_of
from .base import Command, CommandContext, SelectedItem, Selection, Verb, WizardRequest, not_connected
from .dialog_verbs import DialogVerbs
from .subject import VMS, ObjectCommand, Subject
from .wizard import WizardCommand, WizardVerb

NULL = "OpaqueRef:NULL"
VAPPS = Subject(view=Vapp, select=LazyText("Commands", "Select a vApp."),
                gone=LazyText("Commands", "The vApp no longer exists."))


class ManageVappsCommand(Command):
    """Manage vApps...: the pool's vApps in a dialog (non-modal; one per server). Opening it only shows; each of
    its buttons asks for the role."""

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        if not selection:
            return QCoreApplication.translate("Commands", "Select a pool.")
        item = selection[0]
        if not item.connection.is_connected:
            return not_connected(item.connection)
        if item.cls != "pool":
            return QCoreApplication.translate("Commands", "Select a pool.")
        return None

    async def run(self, context: CommandContext) -> None:
        from .registry import CommandRegistry  # here: the registry module imports this one

        verbs = DialogVerbs(CommandRegistry(vapp_verbs()), context)
        await context.ui.open_vapps(context.selection[0].connection, verbs)


class VappCommand(ObjectCommand):
    """A verb on selected vApps, refused while an operation of the vApp runs; one Operation per vApp."""

    subject = VAPPS

    def object_reason(self, obj: Any, item: SelectedItem, argument: Any) -> str | None:
        vapp: Vapp = obj
        return refusal(vapp, "") if vapp.current_operations else None


@dataclass(frozen=True, kw_only=True)
class VappVerb(Verb):
    """A vApp power verb: `method` (an Async call on the vApp), offered while xapi lists `allowed_op`."""

    method: str
    allowed_op: str
    params: tuple[Any, ...] = ()


class VappPowerCommand(VappCommand):
    verb: VappVerb

    def object_reason(self, obj: Any, item: SelectedItem, argument: Any) -> str | None:
        vapp: Vapp = obj
        if self.verb.allowed_op in vapp.allowed_operations:
            return None
        return refusal(vapp, self.verb.allowed_op)

    async def job(self, runner: OperationRunner, ref: str, argument: Any) -> Any:
        return await runner.run_task(self.verb.method, ref, *self.verb.params)


def refusal(vapp: Vapp, op: str) -> str:
    """Why xapi does not allow `op` on the vApp now, in the words of its members."""
    if vapp.current_operations:
        busy = ", ".join(sorted(set(vapp.current_operations.values())))
        return QCoreApplication.translate("Commands", "The vApp is busy ({0}).").format(busy)
    members = vapp.members()
    if not members:
        return QCoreApplication.translate("Commands", "The vApp has no VMs.")
    if op == "start":
        return QCoreApplication.translate("Commands", "No VM of the vApp is shut down.")
    if op == "clean_shutdown":
        return QCoreApplication.translate("Commands", "No VM of the vApp is running.")
    if all(vm.power_state == "Halted" for vm in members):
        return QCoreApplication.translate("Commands", "Every VM of the vApp is shut down.")
    return QCoreApplication.translate("Commands", "The server does not allow this for '{0}' now.").format(vapp.name)


class DeleteVapp(VappCommand):
    async def job(self, runner: OperationRunner, ref: str, argument: Any) -> Any:
        vapp = Vapp.lookup(runner.connection.cache, ref)
        for vm in vapp.members() if vapp is not None else ():
            await runner.call("VM.set_appliance", vm.ref, NULL)  # the VMs stay, outside any vApp
        await runner.call("VM_appliance.destroy", ref)


class VappProperties(VappCommand):
    """vApp Properties...: the New vApp wizard's pages on the vApp (name, VMs, order and delays)."""

    async def run(self, context: CommandContext) -> None:
        item = next((i for i in context.selection if self.reason(i) is None), None)
        if item is not None:
            await context.ui.open_wizard(WizardRequest("vapp_properties", item.connection, item, context.operations))


class AssignToVapp(ObjectCommand):
    """Assign to vApp: the VM joins the vApp chosen in a submenu (`argument`), or leaves its vApp (NULL)."""

    subject = VMS

    def object_reason(self, obj: Any, item: SelectedItem, argument: Any) -> str | None:
        vm: VM = obj
        if not vm.is_real_vm:
            return QCoreApplication.translate("Commands", "Only VMs can be in a vApp (not templates, snapshots or "
                                                          "control domains).")
        if argument is None:
            return None
        current = vapp_of(vm)
        if str(argument) == NULL:
            return None if current is not None else QCoreApplication.translate("Commands", "The VM is in no vApp.")
        if Vapp.lookup(item.connection.cache, str(argument)) is None:
            return VAPPS.gone.text()
        if current is not None and current.ref == str(argument):
            return QCoreApplication.translate("Commands", "The VM is already in this vApp.")
        return None

    def choices(self, item: SelectedItem) -> list[tuple[str, str, str | None]]:
        """(vApp ref, name, reason or None) for each vApp of the pool, then "None" to leave (ChoosesArgument)."""
        entries = [(vapp.ref, vapp.name, self.reason(item, vapp.ref)) for vapp in vapps_of(item.connection.cache)]
        entries.append((NULL, QCoreApplication.translate("Commands", "None (leave the vApp)"),
                        self.reason(item, NULL)))
        return entries

    async def check_choice(self, item: SelectedItem, argument: str) -> str | None:
        return None  # xapi has no question to ask first: the cache's answer is the whole answer

    def title(self, item: SelectedItem) -> str:
        return QCoreApplication.translate("Commands", "Assigning VM '{0}' to a vApp").format(self.name_of(item))

    async def job(self, runner: OperationRunner, ref: str, argument: Any) -> Any:
        await runner.call("VM.set_appliance", ref, str(argument))


MANAGE_VAPPS = Verb(id="pool.manage_vapps", text=LazyText("Commands", "Manage vApps..."), icon="vapp")
# New vApp...: the wizard, from a pool (or from a VM, which it preselects).
NEW_VAPP = WizardVerb(id="pool.new_vapp", text=LazyText("Commands", "New vApp..."), icon="vapp", wizard="new_vapp",
                      on=frozenset({"pool", "VM"}), kinds=frozenset({"vm"}),
                      select=LazyText("Commands", "Select a pool or a VM."),
                      permissions=("vm_appliance.create", "vm.set_appliance", "vm.set_order", "vm.set_start_delay",
                                   "vm.set_shutdown_delay"))
START_VAPP = VappVerb(id="vapp.start", text=LazyText("Commands", "Start vApp"), icon="vm-start",
                      title=LazyText("Commands", "Starting vApp '{0}'"), method="VM_appliance.start",
                      allowed_op="start", params=(False,), permissions=("vm_appliance.start",))
SHUTDOWN_VAPP = VappVerb(id="vapp.shutdown", text=LazyText("Commands", "Shut Down vApp"), icon="vm-shutdown",
                         title=LazyText("Commands", "Shutting down vApp '{0}'"), method="VM_appliance.shutdown",
                         allowed_op="shutdown", permissions=("vm_appliance.shutdown",),
                         confirmation=LazyText("Commands", "Shut down the VMs of the vApp {0}, in reverse start "
                                                           "order?"))
FORCE_SHUTDOWN_VAPP = VappVerb(id="vapp.force_shutdown", text=LazyText("Commands", "Force Shut Down vApp"),
                               icon="vm-force-shutdown", title=LazyText("Commands", "Forcing vApp '{0}' to shut down"),
                               method="VM_appliance.hard_shutdown", allowed_op="hard_shutdown",
                               permissions=("vm_appliance.hard_shutdown",),
                               confirmation=LazyText("Commands", "Force the VMs of the vApp {0} to shut down? "
                                                                 "Unsaved work in the guests will be lost."))
DELETE_VAPP = Verb(id="vapp.delete", text=LazyText("Commands", "Delete vApp"), icon="vm-delete",
                   title=LazyText("Commands", "Deleting vApp '{0}'"),
                   confirmation=LazyText("Commands", "Delete the vApp {0}? Its VMs are kept, outside any vApp."),
                   permissions=("vm_appliance.destroy", "vm.set_appliance"))
VAPP_PROPERTIES = Verb(id="vapp.properties", text=LazyText("Commands", "vApp Properties..."), icon="generic",
                       permissions=("vm_appliance.set_name_label", "vm_appliance.set_name_description",
                                    "vm.set_appliance", "vm.set_order", "vm.set_start_delay",
                                    "vm.set_shutdown_delay"))
ASSIGN_TO_VAPP = Verb(id="vm.assign_vapp", text=LazyText("Commands", "Assign to vApp"), icon="vapp",
                      needs_argument=True, permissions=("vm.set_appliance",))


def vapp_verbs() -> list[Command]:
    """New and the verbs on a selected vApp (the Manage vApps dialog's buttons, the vApps view's menu)."""
    return [WizardCommand(NEW_VAPP), VappPowerCommand(START_VAPP), VappPowerCommand(SHUTDOWN_VAPP),
            VappPowerCommand(FORCE_SHUTDOWN_VAPP), DeleteVapp(DELETE_VAPP), VappProperties(VAPP_PROPERTIES)]


def vapp_commands() -> list[Command]:
    return [ManageVappsCommand(MANAGE_VAPPS), *vapp_verbs(), AssignToVapp(ASSIGN_TO_VAPP)]
