"""The Configure HA wizard's logic (XenCenter's HAWizard and EditHA): the heartbeat SR, each VM's restart priority,
order and start delay, and the number of server failures to tolerate; then one Operation that applies them and, when
high availability is off, turns it on.

xapi's rules as the pages check them: the statefile lives on a shared SR the pool can host it on
(`SR.assert_can_host_ha_statefile`, asked in the background); the failures to tolerate cannot exceed what the
priorities allow (`pool.ha_compute_hypothetical_max_host_failures_to_tolerate`, asked again as they change), or xapi
refuses with HA_OPERATION_WOULD_BREAK_FAILOVER_PLAN.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..cache import NULL_REF, ObjectCache
from ..connection import Connection
from ..i18n import LazyText, translate
from ..operation import Operation
from ..operations import OperationList
from .page import PageLogic, Problem
from .plan import PlanRun, Step, start_plan

RESTART, BEST_EFFORT, NO_RESTART = "restart", "best-effort", ""
PRIORITIES = (RESTART, BEST_EFFORT, NO_RESTART)


def priority_text(priority: str) -> str:
    """XenCenter's names for xapi's restart priorities."""
    if priority == RESTART:
        return translate("HaWizard", "Restart")
    if priority == BEST_EFFORT:
        return translate("HaWizard", "Restart if possible")
    return translate("HaWizard", "Do not restart")


@dataclass
class Protection:
    """One VM's HA settings as chosen (and as they were, to write only what changed)."""

    vm: str
    name: str
    priority: str
    order: int
    delay: int
    before: tuple[str, int, int] = ("", 0, 0)

    @property
    def changed(self) -> bool:
        return (self.priority, self.order, self.delay) != self.before


@dataclass
class HaChoices:
    connection: Connection
    pool: str
    enabled: bool  # HA is on already: the wizard edits its settings (the statefile stays)
    statefile: str = ""  # the heartbeat SR
    vms: dict[str, Protection] = field(default_factory=dict)
    failures: int = 1
    maximum: int | None = None  # what the server says the chosen priorities tolerate (None: not known yet)
    maximum_error: str = ""  # why the server could not say
    sr_reasons: dict[str, str] = field(default_factory=dict)  # SR -> why it cannot hold the statefile

    @property
    def cache(self) -> ObjectCache:
        return self.connection.cache

    def configuration(self) -> dict[str, str]:
        """The VM -> priority map the server computes its plan from."""
        return {p.vm: p.priority for p in self.vms.values()}


def _protectable(record: dict[str, object] | object) -> bool:
    return isinstance(record, dict) and not (record.get("is_a_template") or record.get("is_a_snapshot")
                                             or record.get("is_control_domain"))


def default_choices(connection: Connection) -> HaChoices:
    cache = connection.cache
    pool_ref, pool = next(iter(cache.items("pool")), ("", {}))
    enabled = bool(pool.get("ha_enabled"))
    vms: dict[str, Protection] = {}
    for ref, record in sorted(cache.items("VM"), key=lambda item: str(item[1].get("name_label", "")).casefold()):
        if not _protectable(dict(record)):
            continue
        priority = str(record.get("ha_restart_priority", ""))
        priority = priority if priority in PRIORITIES else RESTART  # xapi's old "1".."3" mean restart
        order, delay = int(record.get("order", 0) or 0), int(record.get("start_delay", 0) or 0)
        vms[ref] = Protection(ref, str(record.get("name_label", ref)), priority, order, delay, (priority, order, delay))
    failures = int(pool.get("ha_host_failures_to_tolerate", 0) or 0) if enabled else 1
    choices = HaChoices(connection, pool_ref, enabled, vms=vms, failures=failures)
    candidates = heartbeat_srs(cache)
    choices.statefile = statefile_sr(cache, pool) or (candidates[0][0] if candidates else "")
    return choices


def statefile_sr(cache: ObjectCache, pool: object) -> str:
    """The SR of the pool's current statefile ("" when HA is off)."""
    for vdi_ref in (pool.get("ha_statefiles", []) if isinstance(pool, dict) else []) or []:
        vdi = cache.get("VDI", str(vdi_ref))
        if vdi is not None and vdi.get("SR", NULL_REF) != NULL_REF:
            return str(vdi["SR"])
    return ""


def heartbeat_srs(cache: ObjectCache) -> list[tuple[str, str]]:
    """(ref, name) of the SRs that can be offered for the statefile: shared, holding disks (not ISO libraries)."""
    found = [(ref, str(record.get("name_label", ref))) for ref, record in cache.items("SR")
             if record.get("shared") and record.get("content_type") not in ("iso", "udev")]
    return sorted(found, key=lambda item: item[1].casefold())


class HeartbeatPage(PageLogic[HaChoices]):
    key = "heartbeat"
    title = LazyText("HaWizard", "Heartbeat SR")

    def applies(self, state: HaChoices) -> bool:
        return not state.enabled

    def problems(self, state: HaChoices) -> list[Problem]:
        if not heartbeat_srs(state.cache):
            return [Problem("statefile", translate("HaWizard", "High availability needs shared storage for its "
                                                               "heartbeat (the statefile), and this pool has none."))]
        if state.cache.get("SR", state.statefile) is None:
            return [Problem("statefile", translate("HaWizard", "Choose the SR for the heartbeat."))]
        reason = state.sr_reasons.get(state.statefile)
        if reason:
            return [Problem("statefile", reason)]
        return []

    def summary(self, state: HaChoices) -> list[tuple[str, str]]:
        sr = state.cache.get("SR", state.statefile) or {}
        return [(translate("HaWizard", "Heartbeat SR"), str(sr.get("name_label", state.statefile)))]


class PrioritiesPage(PageLogic[HaChoices]):
    key = "priorities"
    title = LazyText("HaWizard", "HA Plan")

    def problems(self, state: HaChoices) -> list[Problem]:
        problems = [Problem(f"order:{p.vm}", translate("HaWizard", "The order of '{0}' cannot be negative.").format(
            p.name)) for p in state.vms.values() if p.order < 0]
        problems += [Problem(f"delay:{p.vm}", translate("HaWizard", "The start delay of '{0}' cannot be "
                                                                    "negative.").format(p.name))
                     for p in state.vms.values() if p.delay < 0]
        if state.maximum_error:
            problems.append(Problem("plan", state.maximum_error))
        return problems

    def summary(self, state: HaChoices) -> list[tuple[str, str]]:
        counts = {priority: 0 for priority in PRIORITIES}
        for protection in state.vms.values():
            counts[protection.priority] += 1
        return [(priority_text(priority), str(counts[priority])) for priority in PRIORITIES]


class FailuresPage(PageLogic[HaChoices]):
    key = "failures"
    title = LazyText("HaWizard", "Failures to Tolerate")

    def problems(self, state: HaChoices) -> list[Problem]:
        if state.failures < 0:
            return [Problem("failures", translate("HaWizard", "The number of failures cannot be negative."))]
        if state.maximum is None:
            return [Problem("failures", translate("HaWizard", "Waiting for the server to compute the plan..."))]
        if state.failures > state.maximum:
            return [Problem("failures", translate(
                "HaWizard", "With these restart priorities the pool can tolerate at most {0} server failures: lower "
                            "the number, or restart fewer VMs.").format(state.maximum))]
        return []

    def summary(self, state: HaChoices) -> list[tuple[str, str]]:
        return [(translate("HaWizard", "Server failures to tolerate"), str(state.failures))]


class SummaryPage(PageLogic[HaChoices]):
    key = "summary"
    title = LazyText("HaWizard", "Finish")


def ha_pages() -> list[PageLogic[HaChoices]]:
    return [HeartbeatPage(), PrioritiesPage(), FailuresPage(), SummaryPage()]


def start_configure(operations: OperationList, choices: HaChoices) -> Operation:
    """Apply the choices as one Operation: priorities, failures to tolerate, and HA on when it was off."""
    changed = [p for p in choices.vms.values() if p.changed]
    current = int((choices.cache.get("pool", choices.pool) or {}).get("ha_host_failures_to_tolerate", 0) or 0)

    async def lower_first(plan: PlanRun) -> None:
        if choices.enabled and choices.failures < current:  # so that the new priorities fit the plan
            await plan.call("pool.set_ha_host_failures_to_tolerate", choices.pool, choices.failures)

    async def priorities(plan: PlanRun) -> None:
        for protection in changed:
            await plan.call("VM.set_ha_restart_priority", protection.vm, protection.priority)
            await plan.call("VM.set_order", protection.vm, protection.order)
            await plan.call("VM.set_start_delay", protection.vm, protection.delay)

    async def tolerate(plan: PlanRun) -> None:
        await plan.call("pool.set_ha_host_failures_to_tolerate", choices.pool, choices.failures)

    async def enable(plan: PlanRun) -> None:
        await plan.task("pool.enable_ha", [choices.statefile], {})

    steps = [Step(LazyText("HaWizard", "Setting the restart priorities"), priorities, 1.0),
             Step(LazyText("HaWizard", "Setting the failures to tolerate"), tolerate, 0.5)]
    if choices.enabled:
        steps.insert(0, Step(LazyText("HaWizard", "Setting the failures to tolerate"), lower_first, 0.2))
        title = translate("HaWizard", "Changing the high availability settings of '{0}'")
    else:
        steps.append(Step(LazyText("HaWizard", "Turning on high availability"), enable, 5.0))
        title = translate("HaWizard", "Turning on high availability for '{0}'")
    pool_name = str((choices.cache.get("pool", choices.pool) or {}).get("name_label", ""))
    pool_name = pool_name or choices.connection.display_name
    return start_plan(operations, title.format(pool_name), choices.connection, [choices.pool], steps)
