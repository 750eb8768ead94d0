"""The New vApp wizard's logic (XenCenter's NewVMApplianceWizard for xapi's VM_appliance): name → VMs → start order
and delays → summary; vApp Properties runs the same pages on an existing vApp.

Finish runs one Operation. New: VM_appliance.create, then for each chosen VM VM.set_appliance, set_order,
set_start_delay and set_shutdown_delay. Properties: the name and description, VMs taken out (VM.set_appliance
NULL) and each member's settings that changed. Every step registers how to put things back (a VM moved from another
vApp goes back there, with its old order and delays; the new vApp is destroyed), so a failure or Cancel leaves the
pool as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..cache import ObjectCache
from ..connection import Connection
from ..i18n import LazyText, translate
from ..objects import VM, as_int
from ..operation import Operation
from ..operations import OperationList, OperationRunner
from ..usererror import UserError
from ..vapps import Member, Vapp, assignable_vms, in_another_vapp, member_of, shutdown_sequence, start_sequence
from .names import free_name
from .page import PageLogic, Problem
from .plan import PlanRun, Step, start_plan

NULL = "OpaqueRef:NULL"
MAX_ORDER = 999
MAX_DELAY = 3600  # seconds: an hour between groups is already far more than a boot needs


@dataclass
class MemberChoice:
    order: int = 0
    start_delay: int = 0
    shutdown_delay: int = 0


@dataclass
class VappChoices:
    connection: Connection
    vapp: str = ""  # the vApp whose properties are edited; "" for a new one
    name: str = ""
    description: str = ""
    vms: list[str] = field(default_factory=list)
    settings: dict[str, MemberChoice] = field(default_factory=dict)  # by VM; kept for VMs unticked and ticked again
    move: bool = False  # the user agrees that chosen VMs of another vApp move to this one

    @property
    def cache(self) -> ObjectCache:
        return self.connection.cache

    def setting(self, vm: str) -> MemberChoice:
        """The VM's order and delays as chosen (first as the VM has them)."""
        found = self.settings.get(vm)
        if found is None:
            record = VM.lookup(self.cache, vm)
            found = MemberChoice() if record is None else MemberChoice(
                as_int(record.field("order")), as_int(record.field("start_delay")),
                as_int(record.field("shutdown_delay")))
            self.settings[vm] = found
        return found

    def members(self) -> list[Member]:
        return [Member(vm_name(self.cache, vm), s.order, s.start_delay, s.shutdown_delay)
                for vm, s in ((vm, self.setting(vm)) for vm in self.vms)]


def vm_name(cache: ObjectCache, vm: str) -> str:
    found = VM.lookup(cache, vm)
    return found.name if found is not None else vm


def default_choices(connection: Connection, vm: str = "") -> VappChoices:
    """A new vApp with a free name ("New vApp", "New vApp 2"...), holding `vm` when the wizard opened on one."""
    choices = VappChoices(connection, name=free_name(connection.cache, "VM_appliance", translate("Vapps", "New vApp"),
                                                     translate("Vapps", "New vApp {0}").format))
    if vm:
        choices.vms = [vm]
    return choices


def existing_choices(connection: Connection, vapp: str) -> VappChoices | None:
    """The vApp as it is, for its Properties; None when it no longer exists."""
    found = Vapp.lookup(connection.cache, vapp)
    if found is None:
        return None
    choices = VappChoices(connection, vapp=vapp, name=found.name, description=found.description)
    for vm in found.members():
        choices.vms.append(vm.ref)
        member = member_of(vm)
        choices.settings[vm.ref] = MemberChoice(member.order, member.start_delay, member.shutdown_delay)
    return choices


def moved_from(state: VappChoices) -> list[str]:
    """"web01 (from 'Shop')": the chosen VMs another vApp holds now (they move to this one)."""
    moved = []
    for ref in state.vms:
        vm = VM.lookup(state.cache, ref)
        other = in_another_vapp(vm, state.vapp) if vm is not None else None
        if vm is not None and other is not None:
            moved.append(translate("Vapps", "{0} (from '{1}')").format(vm.name, other.name))
    return moved


class NamePage(PageLogic[VappChoices]):
    key = "name"
    title = LazyText("Vapps", "Name")

    def problems(self, state: VappChoices) -> list[Problem]:
        name = state.name.strip()
        if not name:
            return [Problem("name", translate("Vapps", "Type a name for the vApp."))]
        if any(record.get("name_label") == name and ref != state.vapp
               for ref, record in state.cache.items("VM_appliance")):
            return [Problem("name", translate("Vapps", "A vApp named '{0}' already exists.").format(name))]
        return []

    def summary(self, state: VappChoices) -> list[tuple[str, str]]:
        lines = [(translate("Vapps", "Name"), state.name.strip())]
        if state.description.strip():
            lines.append((translate("Vapps", "Description"), state.description.strip()))
        return lines


class VmsPage(PageLogic[VappChoices]):
    key = "vms"
    title = LazyText("Vapps", "Virtual Machines")

    def problems(self, state: VappChoices) -> list[Problem]:
        known = {vm.ref for vm in assignable_vms(state.cache)}
        if any(vm not in known for vm in state.vms):
            return [Problem("vms", translate("Vapps", "A chosen VM no longer exists (or became a template)."))]
        moved = moved_from(state)
        if moved and not state.move:
            return [Problem("vms", translate("Vapps", "{0}: already in another vApp. Tick \"Move them to this "
                                                      "vApp\" or leave them out.").format(", ".join(moved)))]
        return []

    def summary(self, state: VappChoices) -> list[tuple[str, str]]:
        names = sorted((vm_name(state.cache, vm) for vm in state.vms), key=str.casefold)
        lines = [(translate("Vapps", "VMs"), ", ".join(names) or translate("Vapps", "None yet"))]
        moved = moved_from(state)
        if moved:
            lines.append((translate("Vapps", "Moved from another vApp"), ", ".join(moved)))
        return lines


class OrderPage(PageLogic[VappChoices]):
    key = "order"
    title = LazyText("Vapps", "VM Startup Sequence")

    def problems(self, state: VappChoices) -> list[Problem]:
        problems = []
        for vm in state.vms:
            choice = state.setting(vm)
            if not 0 <= choice.order <= MAX_ORDER:
                problems.append(Problem(f"order:{vm}", translate("Vapps", "The start order is between 0 and "
                                                                          "{0}.").format(MAX_ORDER)))
            if not (0 <= choice.start_delay <= MAX_DELAY and 0 <= choice.shutdown_delay <= MAX_DELAY):
                problems.append(Problem(f"delay:{vm}", translate("Vapps", "Delays are between 0 and {0} "
                                                                          "seconds.").format(MAX_DELAY)))
        return problems

    def summary(self, state: VappChoices) -> list[tuple[str, str]]:
        if not state.vms:
            return []
        return [(translate("Vapps", "Start sequence"), start_sequence(state.members())),
                (translate("Vapps", "Shutdown sequence"), shutdown_sequence(state.members()))]


class SummaryPage(PageLogic[VappChoices]):
    key = "summary"
    title = LazyText("Vapps", "Finish")


def vapp_pages() -> list[PageLogic[VappChoices]]:
    return [NamePage(), VmsPage(), OrderPage(), SummaryPage()]


# -- Finish ---------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Before:
    """A VM's vApp settings before Finish changed them (what an undo puts back)."""

    appliance: str
    order: int
    start_delay: int
    shutdown_delay: int


def _before(cache: ObjectCache, vm: str) -> _Before | None:
    found = VM.lookup(cache, vm)
    if found is None:
        return None
    appliance = str(found.field("appliance") or NULL)
    return _Before(appliance, as_int(found.field("order")), as_int(found.field("start_delay")),
                   as_int(found.field("shutdown_delay")))


async def _apply_member(plan: PlanRun, vm: str, vapp: str, choice: MemberChoice, before: _Before) -> None:
    async def undo(runner: OperationRunner) -> None:
        await runner.call("VM.set_appliance", vm, before.appliance)
        await runner.call("VM.set_order", vm, before.order)
        await runner.call("VM.set_start_delay", vm, before.start_delay)
        await runner.call("VM.set_shutdown_delay", vm, before.shutdown_delay)

    plan.undo(vm_name(plan.connection.cache, vm), undo)
    if before.appliance != vapp:
        await plan.call("VM.set_appliance", vm, vapp)
    if before.order != choice.order:
        await plan.call("VM.set_order", vm, choice.order)
    if before.start_delay != choice.start_delay:
        await plan.call("VM.set_start_delay", vm, choice.start_delay)
    if before.shutdown_delay != choice.shutdown_delay:
        await plan.call("VM.set_shutdown_delay", vm, choice.shutdown_delay)


def _members_step(choices: VappChoices) -> Step:
    async def members(plan: PlanRun) -> None:
        vapp = str(plan.values["vapp"])
        current = Vapp.lookup(choices.cache, vapp)
        for vm in (m.ref for m in current.members()) if current is not None else ():
            if vm not in choices.vms:  # taken out (Properties)
                before = _before(choices.cache, vm)
                if before is not None:
                    await _apply_member(plan, vm, NULL, choices.setting(vm), before)
        for vm in choices.vms:
            before = _before(choices.cache, vm)
            if before is None:
                raise UserError(translate("Vapps", "The VM '{0}' no longer exists.").format(vm))
            await _apply_member(plan, vm, vapp, choices.setting(vm), before)

    return Step(LazyText("Vapps", "Setting the VMs' order and delays"), members, 1.0)


def start_create(operations: OperationList, choices: VappChoices) -> Operation:
    """Finish of New vApp: one Operation creating the vApp and putting the chosen VMs in it."""
    name = choices.name.strip()

    async def create(plan: PlanRun) -> None:
        vapp = str(await plan.call("VM_appliance.create", {"name_label": name,
                                                           "name_description": choices.description.strip()}))
        plan.values["vapp"] = vapp

        async def undo(runner: OperationRunner) -> None:
            await runner.call("VM_appliance.destroy", vapp)  # xapi's destroy takes its VMs out first

        plan.undo(name, undo)

    steps = [Step(LazyText("Vapps", "Creating the vApp"), create, 0.3), _members_step(choices)]
    title = translate("Vapps", "Creating vApp '{0}'").format(name)
    return start_plan(operations, title, choices.connection, [], steps)


def start_edit(operations: OperationList, choices: VappChoices) -> Operation:
    """Finish of vApp Properties: one Operation changing what differs from the vApp as it is."""
    name = choices.name.strip()
    current = Vapp.lookup(choices.cache, choices.vapp)
    old_name = current.name if current is not None else name
    old_description = current.description if current is not None else choices.description

    async def rename(plan: PlanRun) -> None:
        plan.values["vapp"] = choices.vapp

        async def undo(runner: OperationRunner) -> None:
            await runner.call("VM_appliance.set_name_label", choices.vapp, old_name)
            await runner.call("VM_appliance.set_name_description", choices.vapp, old_description)

        plan.undo(old_name, undo)
        if name != old_name:
            await plan.call("VM_appliance.set_name_label", choices.vapp, name)
        if choices.description.strip() != old_description:
            await plan.call("VM_appliance.set_name_description", choices.vapp, choices.description.strip())

    steps = [Step(LazyText("Vapps", "Renaming the vApp"), rename, 0.2), _members_step(choices)]
    title = translate("Vapps", "Changing vApp '{0}'").format(old_name)
    return start_plan(operations, title, choices.connection, [choices.vapp], steps)
