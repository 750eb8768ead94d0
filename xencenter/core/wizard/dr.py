"""The Disaster Recovery wizard's logic (XenCenter's DRFailoverWizard), run on the pool that takes the VMs over:
type (failover, failback, test failover) → storage (the SRs holding the lost pool's metadata, found by a probe and
attached through a DR_task) → the VMs and vApps in that metadata → pre-checks → summary.

Finish runs one Operation: VM.recover / VM_appliance.recover of each chosen item through a session on its database
(failback replaces the VMs the pool has: force), optionally VM.start; a test failover then removes what it
recovered and destroys the DR_task, so both pools are left as they were. Its note in the Events pane is the report.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..cache import ObjectCache
from ..connection import Connection
from ..i18n import LazyText, translate
from ..operation import Operation
from ..operations import OperationList
from .dr_discovery import NULL, FoundSr, Recoverable
from .page import PageLogic, Problem
from .plan import PlanRun, Step, start_plan

MODES = ("failover", "failback", "test")
SR_TYPES = ("nfs", "lvmoiscsi")


@dataclass
class DrChoices:
    connection: Connection
    mode: str = "failover"
    sr_type: str = "nfs"
    server: str = ""  # NFS server or iSCSI target
    path: str = ""  # NFS export
    iqn: str = ""
    scsi_id: str = ""
    found: list[FoundSr] = field(default_factory=list)
    scan_error: str = ""
    scanning: bool = False
    chosen_srs: list[str] = field(default_factory=list)  # uuids
    read_for: list[str] = field(default_factory=list)  # the SRs `items` were read from (re-read when they change)
    reading: bool = False
    read_error: str = ""
    dr_tasks: list[str] = field(default_factory=list)  # created by the wizard: destroyed on cancel or test failover
    items: list[Recoverable] = field(default_factory=list)
    chosen: list[str] = field(default_factory=list)  # foreign refs of the chosen VMs and vApps
    checks: dict[str, str] = field(default_factory=dict)  # foreign ref -> reason ("" fine); absent while checking
    checked_for: list[str] = field(default_factory=list)
    start: bool = True

    @property
    def cache(self) -> ObjectCache:
        return self.connection.cache

    @property
    def force(self) -> bool:
        return self.mode == "failback"  # failback brings the VMs back over their older selves

    def device_config(self) -> dict[str, str]:
        if self.sr_type == "nfs":
            return {"server": self.server.strip(), "serverpath": self.path.strip()}
        return {"target": self.server.strip(), "targetIQN": self.iqn.strip(), "SCSIid": self.scsi_id.strip()}

    def chosen_items(self) -> list[Recoverable]:
        return [item for item in self.items if item.ref in self.chosen]


def mode_text(mode: str) -> str:
    return {"failover": translate("Dr", "Failover"), "failback": translate("Dr", "Failback"),
            "test": translate("Dr", "Test failover")}.get(mode, mode)


def item_text(item: Recoverable) -> str:
    if item.cls == "VM_appliance":
        return translate("Dr", "vApp '{0}' ({1}) from {2}").format(item.name, ", ".join(item.members),
                                                                  item.pool_name)
    return translate("Dr", "'{0}' from {1}").format(item.name, item.pool_name)


class ModePage(PageLogic[DrChoices]):
    key = "mode"
    title = LazyText("Dr", "Type of Recovery")

    def problems(self, state: DrChoices) -> list[Problem]:
        if state.mode not in MODES:
            return [Problem("mode", translate("Dr", "Choose failover, failback or a test failover."))]
        return []

    def summary(self, state: DrChoices) -> list[tuple[str, str]]:
        return [(translate("Dr", "Recovery"), mode_text(state.mode))]


class StoragePage(PageLogic[DrChoices]):
    key = "storage"
    title = LazyText("Dr", "Storage")

    def problems(self, state: DrChoices) -> list[Problem]:
        if not state.server.strip():
            return [Problem("server", translate("Dr", "Type the storage server's address, then Find."))]
        if state.sr_type == "nfs" and not state.path.strip().startswith("/"):
            return [Problem("path", translate("Dr", "Type the export's path (it starts with /)."))]
        if state.sr_type == "lvmoiscsi" and not (state.iqn.strip() and state.scsi_id.strip()):
            return [Problem("server", translate("Dr", "Type the target IQN and the LUN's SCSI id."))]
        if state.scanning:
            return [Problem("srs", translate("Dr", "Looking for SRs..."))]
        if state.scan_error:
            return [Problem("srs", state.scan_error)]
        if not state.found:
            return [Problem("srs", translate("Dr", "Press Find to look for SRs on this storage."))]
        if not state.chosen_srs:
            return [Problem("srs", translate("Dr", "Tick the SRs holding the lost pool's metadata."))]
        names = [sr.name or sr.uuid for sr in state.found if sr.uuid in state.chosen_srs and not sr.metadata]
        if names:
            return [Problem("srs", translate("Dr", "No pool metadata is replicated on {0}: configure disaster "
                                                   "recovery on the lost pool first.").format(", ".join(names)))]
        return []

    def summary(self, state: DrChoices) -> list[tuple[str, str]]:
        names = [sr.name or sr.uuid for sr in state.found if sr.uuid in state.chosen_srs]
        return [(translate("Dr", "Storage"), ", ".join(names))]


class ItemsPage(PageLogic[DrChoices]):
    key = "items"
    title = LazyText("Dr", "Virtual Machines and vApps")

    def problems(self, state: DrChoices) -> list[Problem]:
        if state.reading or state.read_for != state.chosen_srs:
            return [Problem("items", translate("Dr", "Attaching the storage and reading its metadata..."))]
        if state.read_error:
            return [Problem("items", state.read_error)]
        if not state.chosen_items():
            return [Problem("items", translate("Dr", "Choose at least one VM or vApp to recover."))]
        return []

    def summary(self, state: DrChoices) -> list[tuple[str, str]]:
        return [(translate("Dr", "To recover"), "; ".join(item_text(i) for i in state.chosen_items()))]


class PrecheckPage(PageLogic[DrChoices]):
    key = "prechecks"
    title = LazyText("Dr", "Pre-checks")

    def problems(self, state: DrChoices) -> list[Problem]:
        if state.checked_for != state.chosen or any(i.ref not in state.checks for i in state.chosen_items()):
            return [Problem("checks", translate("Dr", "Checking..."))]
        failed = [f"{item.name}: {state.checks[item.ref]}" for item in state.chosen_items() if state.checks[item.ref]]
        if failed:
            return [Problem("checks", translate("Dr", "These cannot be recovered; leave them out or fix them:\n{0}")
                            .format("\n".join(failed)))]
        return []

    def summary(self, state: DrChoices) -> list[tuple[str, str]]:
        if state.mode == "test":
            return [(translate("Dr", "Afterwards"), translate("Dr", "The recovered VMs and the attached storage are "
                                                                    "removed again"))]
        return [(translate("Dr", "Start the VMs"), translate("Dr", "Yes") if state.start else translate("Dr", "No"))]


class SummaryPage(PageLogic[DrChoices]):
    key = "summary"
    title = LazyText("Dr", "Finish")


def dr_pages() -> list[PageLogic[DrChoices]]:
    return [ModePage(), StoragePage(), ItemsPage(), PrecheckPage(), SummaryPage()]


async def _recover(plan: PlanRun, choices: DrChoices) -> None:
    client = plan.connection.client
    assert client is not None
    recovered: list[str] = []
    apps: list[str] = []
    items = choices.chosen_items()
    for number, item in enumerate(items):
        plan.runner.operation.set_progress(plan.span[0] + (plan.span[1] - plan.span[0]) * number / len(items))
        session = str(await plan.call("VDI.open_database", item.vdi))
        try:
            await client.request(f"{item.cls}.recover", [session, item.ref, client.session_ref or "", choices.force])
        finally:
            await client.request("session.logout", [session])
        if item.cls == "VM_appliance":
            app = str(await plan.call("VM_appliance.get_by_uuid", item.uuid))
            apps.append(app)
            recovered.extend(str(vm) for vm in await plan.call("VM_appliance.get_VMs", app))
        else:
            recovered.append(str(await plan.call("VM.get_by_uuid", item.uuid)))
    plan.values["vms"], plan.values["apps"] = recovered, apps


async def _start(plan: PlanRun, choices: DrChoices) -> None:
    for vm in plan.values["vms"]:
        await plan.task("VM.start", vm, False, False)


async def _clean_up(plan: PlanRun, choices: DrChoices) -> None:
    """Test failover: remove what was recovered and detach the storage, as the pools were before."""
    for vm in plan.values["vms"]:
        if await plan.call("VM.get_power_state", vm) != "Halted":
            await plan.task("VM.hard_shutdown", vm)
        await plan.call("VM.destroy", vm)
    for app in plan.values["apps"]:
        await plan.call("VM_appliance.destroy", app)
    for task in choices.dr_tasks:
        await plan.call("DR_task.destroy", task)
    choices.dr_tasks.clear()


def start_recovery(operations: OperationList, choices: DrChoices) -> Operation:
    """Finish: one Operation recovering the chosen VMs and vApps (then starting them, or cleaning up a test)."""

    async def recover(plan: PlanRun) -> None:
        await _recover(plan, choices)

    async def start(plan: PlanRun) -> None:
        await _start(plan, choices)

    async def clean_up(plan: PlanRun) -> None:
        await _clean_up(plan, choices)

    async def report(plan: PlanRun) -> None:
        names = ", ".join(item.name for item in choices.chosen_items())
        text = (translate("Dr", "tested, then removed: {0}") if choices.mode == "test"
                else translate("Dr", "recovered: {0}")).format(names)
        plan.runner.operation.note = text

    steps = [Step(LazyText("Dr", "Recovering the VMs and vApps"), recover, 2.0)]
    if choices.start:
        steps.append(Step(LazyText("Dr", "Starting the recovered VMs"), start, 2.0))
    if choices.mode == "test":
        steps.append(Step(LazyText("Dr", "Removing what the test recovered"), clean_up, 1.0))
    steps.append(Step(LazyText("Dr", "Report"), report, 0.1))
    title = translate("Dr", "{0} to pool '{1}'").format(mode_text(choices.mode), pool_name(choices.cache))
    return start_plan(operations, title, choices.connection, [], steps)


def pool_name(cache: ObjectCache) -> str:
    return next((str(p.get("name_label", "")) for _ref, p in cache.items("pool")), "")


async def destroy_tasks(connection: Connection, tasks: list[str]) -> None:
    """The wizard was cancelled: detach what its DR_tasks attached (errors are left to the caller's reporter)."""
    client = connection.client
    while tasks and client is not None:
        await client.call("DR_task.destroy", tasks.pop())


__all__ = ["NULL", "DrChoices", "dr_pages", "start_recovery"]
