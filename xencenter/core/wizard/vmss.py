"""The New VM Protection Policy wizard's logic (XenCenter's NewPolicyWizard for xapi's VMSS): name → VMs → snapshot
type → schedule → retention → summary. Finish runs one Operation: VMSS.create, then VM.set_snapshot_schedule for each
chosen VM; a failing step destroys the new policy again (its VMs are taken out of it first).

What the pages refuse is what xapi refuses (xapi_vmss.ml): minutes 0, 15, 30 or 45; hours 0..23; at least one day
for a weekly schedule; 1..10 snapshots kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..cache import ObjectCache
from ..connection import Connection
from ..i18n import LazyText, translate
from ..licensing import restricted
from ..operation import Operation
from ..operations import OperationList, OperationRunner
from .names import free_name
from .page import PageLogic, Problem
from .plan import PlanRun, Step, start_plan

NULL = "OpaqueRef:NULL"
TYPES = ("snapshot", "checkpoint", "snapshot_with_quiesce")  # the last one is shown, and refused: xapi has no VSS
FREQUENCIES = ("hourly", "daily", "weekly")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MINUTES = (0, 15, 30, 45)
MAX_RETAINED = 10


@dataclass
class PolicyChoices:
    connection: Connection
    name: str = ""
    description: str = ""
    vms: list[str] = field(default_factory=list)
    kind: str = TYPES[0]
    frequency: str = "daily"
    minute: int = 0
    hour: int = 0
    days: list[str] = field(default_factory=lambda: [DAYS[0]])
    retained: int = 7
    enabled: bool = True
    move: bool = False  # the user agrees that chosen VMs protected by another policy move to this one

    @property
    def cache(self) -> ObjectCache:
        return self.connection.cache

    def schedule(self) -> dict[str, str]:
        """The schedule map xapi keeps for the frequency."""
        if self.frequency == "hourly":
            return {"min": str(self.minute)}
        if self.frequency == "daily":
            return {"hour": str(self.hour), "min": str(self.minute)}
        return {"hour": str(self.hour), "min": str(self.minute),
                "days": ",".join(d for d in DAYS if d in self.days)}


def type_text(kind: str) -> str:
    return {"snapshot": translate("Vmss", "Snapshot disks only"),
            "checkpoint": translate("Vmss", "Snapshot disks and memory"),
            "snapshot_with_quiesce": translate("Vmss", "Quiesced snapshot")}.get(kind, kind)


def day_text(day: str) -> str:
    return {"Monday": translate("Vmss", "Monday"), "Tuesday": translate("Vmss", "Tuesday"),
            "Wednesday": translate("Vmss", "Wednesday"), "Thursday": translate("Vmss", "Thursday"),
            "Friday": translate("Vmss", "Friday"), "Saturday": translate("Vmss", "Saturday"),
            "Sunday": translate("Vmss", "Sunday")}.get(day, day)


def schedule_text(frequency: str, schedule: dict[str, Any]) -> str:
    """"Every hour at 15 minutes past", "Every day at 02:30", "Every week on Monday, Friday at 22:00"."""
    minute = int(str(schedule.get("min", "0")) or 0)
    hour = int(str(schedule.get("hour", "0")) or 0)
    if frequency == "hourly":
        return translate("Vmss", "Every hour at {0} minutes past").format(minute)
    clock = f"{hour:02d}:{minute:02d}"
    if frequency == "daily":
        return translate("Vmss", "Every day at {0}").format(clock)
    days = [day_text(d) for d in str(schedule.get("days", "")).split(",") if d]
    return translate("Vmss", "Every week on {0} at {1}").format(", ".join(days), clock)


def protectable_vms(cache: ObjectCache) -> list[tuple[str, dict[str, Any]]]:
    """The pool's VMs (not templates, snapshots or control domains), by name."""
    found = [(ref, dict(vm)) for ref, vm in cache.items("VM")
             if not vm.get("is_a_template") and not vm.get("is_a_snapshot") and not vm.get("is_control_domain")]
    return sorted(found, key=lambda item: (str(item[1].get("name_label", "")).casefold(), item[0]))


def policy_name(cache: ObjectCache, ref: str) -> str:
    record = cache.get("VMSS", ref)
    return str(record.get("name_label", "")) if record is not None else ""


def default_choices(connection: Connection, vm: str = "") -> PolicyChoices:
    choices = PolicyChoices(connection, name=free_name(connection.cache, "VMSS", translate("Vmss", "New policy"),
                                                       translate("Vmss", "New policy {0}").format))
    if vm:
        choices.vms = [vm]
    return choices


class NamePage(PageLogic[PolicyChoices]):
    key = "name"
    title = LazyText("Vmss", "Policy Name")

    def problems(self, state: PolicyChoices) -> list[Problem]:
        name = state.name.strip()
        if not name:
            return [Problem("name", translate("Vmss", "Type a name for the policy."))]
        if any(rec.get("name_label") == name for _ref, rec in state.cache.items("VMSS")):
            return [Problem("name", translate("Vmss", "A policy named '{0}' already exists.").format(name))]
        return []

    def summary(self, state: PolicyChoices) -> list[tuple[str, str]]:
        return [(translate("Vmss", "Name"), state.name.strip())]


class VmsPage(PageLogic[PolicyChoices]):
    key = "vms"
    title = LazyText("Vmss", "Virtual Machines")

    def problems(self, state: PolicyChoices) -> list[Problem]:
        known = dict(protectable_vms(state.cache))
        for vm in state.vms:
            record = known.get(vm)
            if record is None:
                return [Problem("vms", translate("Vmss", "A chosen VM no longer exists."))]
        moved = moved_from(state)
        if moved and not state.move:
            return [Problem("vms", translate("Vmss", "{0} already protected by another policy: tick \"Move them to "
                                                     "this policy\" or leave them out.").format(", ".join(moved)))]
        return []

    def summary(self, state: PolicyChoices) -> list[tuple[str, str]]:
        names = [str((state.cache.get("VM", vm) or {}).get("name_label", vm)) for vm in state.vms]
        return [(translate("Vmss", "VMs"), ", ".join(names) or translate("Vmss", "None yet"))]


def moved_from(state: PolicyChoices) -> list[str]:
    """The chosen VMs that another policy protects now (they move to this one)."""
    names = []
    for vm in state.vms:
        record = state.cache.get("VM", vm) or {}
        if str(record.get("snapshot_schedule", NULL)) not in ("", NULL):
            names.append(str(record.get("name_label", vm)))
    return names


class TypePage(PageLogic[PolicyChoices]):
    key = "type"
    title = LazyText("Vmss", "Snapshot Type")

    def problems(self, state: PolicyChoices) -> list[Problem]:
        if state.kind not in TYPES:
            return [Problem("type", translate("Vmss", "Choose the kind of snapshot."))]
        if state.kind == "snapshot_with_quiesce":
            return [Problem("type", translate("Vmss", "Quiesced snapshots need VSS, which the server no longer "
                                                      "supports: choose another kind."))]
        if state.kind == "checkpoint" and restricted(state.cache, "restrict_checkpoint"):
            return [Problem("type", translate("Vmss", "The pool's edition does not include memory snapshots."))]
        return []

    def summary(self, state: PolicyChoices) -> list[tuple[str, str]]:
        return [(translate("Vmss", "Snapshot type"), type_text(state.kind))]


class SchedulePage(PageLogic[PolicyChoices]):
    key = "schedule"
    title = LazyText("Vmss", "Snapshot Schedule")

    def problems(self, state: PolicyChoices) -> list[Problem]:
        problems = []
        if state.frequency not in FREQUENCIES:
            problems.append(Problem("frequency", translate("Vmss", "Choose how often snapshots are taken.")))
        if state.minute not in MINUTES:
            problems.append(Problem("minute", translate("Vmss", "Snapshots start at 0, 15, 30 or 45 minutes past "
                                                                "the hour.")))
        if state.frequency != "hourly" and not 0 <= state.hour <= 23:
            problems.append(Problem("hour", translate("Vmss", "The hour is between 0 and 23.")))
        if state.frequency == "weekly" and not any(d in DAYS for d in state.days):
            problems.append(Problem("days", translate("Vmss", "Choose at least one day of the week.")))
        return problems

    def summary(self, state: PolicyChoices) -> list[tuple[str, str]]:
        return [(translate("Vmss", "Schedule"), schedule_text(state.frequency, state.schedule()))]


class RetentionPage(PageLogic[PolicyChoices]):
    key = "retention"
    title = LazyText("Vmss", "Snapshots Kept")

    def problems(self, state: PolicyChoices) -> list[Problem]:
        if not 1 <= state.retained <= MAX_RETAINED:
            return [Problem("retained", translate("Vmss", "Keep between 1 and {0} snapshots of each VM.").format(
                MAX_RETAINED))]
        return []

    def summary(self, state: PolicyChoices) -> list[tuple[str, str]]:
        return [(translate("Vmss", "Snapshots kept"), str(state.retained))]


class SummaryPage(PageLogic[PolicyChoices]):
    key = "summary"
    title = LazyText("Vmss", "Finish")

    def summary(self, state: PolicyChoices) -> list[tuple[str, str]]:
        moved = moved_from(state)
        if not moved:
            return []
        return [(translate("Vmss", "Moved from another policy"), ", ".join(moved))]


def policy_pages() -> list[PageLogic[PolicyChoices]]:
    return [NamePage(), VmsPage(), TypePage(), SchedulePage(), RetentionPage(), SummaryPage()]


def start_create(operations: OperationList, choices: PolicyChoices) -> Operation:
    """Finish: one Operation creating the policy and putting the chosen VMs in it."""
    name = choices.name.strip()

    async def create(plan: PlanRun) -> None:
        record = {"name_label": name, "name_description": choices.description, "enabled": choices.enabled,
                  "type": choices.kind, "retained_snapshots": str(choices.retained),
                  "frequency": choices.frequency, "schedule": choices.schedule()}
        policy = str(await plan.call("VMSS.create", record))
        plan.values["policy"] = policy

        async def undo(runner: OperationRunner) -> None:
            for vm in choices.vms:
                if str((choices.cache.get("VM", vm) or {}).get("snapshot_schedule", "")) == policy:
                    await runner.call("VM.set_snapshot_schedule", vm, NULL)
            await runner.call("VMSS.destroy", policy)

        plan.undo(name, undo)

    async def assign(plan: PlanRun) -> None:
        for vm in choices.vms:
            await plan.call("VM.set_snapshot_schedule", vm, plan.values["policy"])

    steps = [Step(LazyText("Vmss", "Creating the policy"), create, 0.5),
             Step(LazyText("Vmss", "Adding the VMs to it"), assign, 1.0)]
    title = translate("Vmss", "Creating VM protection policy '{0}'").format(name)
    return start_plan(operations, title, choices.connection, [], steps)
