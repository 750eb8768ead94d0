"""Configure Disaster Recovery (XenCenter's DRConfigureDialog) on the one wizard framework: one page listing the
pool's SRs that can hold its metadata, ticked where it is replicated now; OK runs one Operation enabling and
disabling SR.enable_database_replication as the ticks changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..commands.dr import replication_srs
from ..connection import Connection
from ..i18n import LazyText, translate
from ..operation import Operation
from ..operations import OperationList
from .page import PageLogic, Problem
from .plan import PlanRun, Step, start_plan


def replicated(connection: Connection) -> list[str]:
    """The SRs holding this pool's metadata VDIs now."""
    cache = connection.cache
    pool = next(iter(cache.items("pool")), None)
    if pool is None:
        return []
    srs = []
    for vdi in pool[1].get("metadata_VDIs") or []:
        record = cache.get("VDI", str(vdi))
        if record is not None and str(record.get("SR", "")) not in srs:
            srs.append(str(record.get("SR", "")))
    return srs


@dataclass
class DrConfigChoices:
    connection: Connection
    srs: list[str] = field(default_factory=list)  # the SRs to replicate to
    before: list[str] = field(default_factory=list)

    def changes(self) -> tuple[list[str], list[str]]:
        """(SRs to enable, SRs to disable)."""
        return ([sr for sr in self.srs if sr not in self.before], [sr for sr in self.before if sr not in self.srs])


def config_choices(connection: Connection) -> DrConfigChoices:
    now = replicated(connection)
    return DrConfigChoices(connection, list(now), list(now))


class ReplicationPage(PageLogic[DrConfigChoices]):
    key = "replication"
    title = LazyText("Dr", "Metadata Replication")

    def problems(self, state: DrConfigChoices) -> list[Problem]:
        known = {ref for ref, _ in replication_srs(state.connection.cache)}
        if any(sr not in known for sr in state.srs):
            return [Problem("srs", translate("Dr", "A chosen SR no longer exists or cannot hold metadata."))]
        return []

    def summary(self, state: DrConfigChoices) -> list[tuple[str, str]]:
        names = [str((state.connection.cache.get("SR", sr) or {}).get("name_label", sr)) for sr in state.srs]
        return [(translate("Dr", "Replicated to"), ", ".join(names) or translate("Dr", "None"))]


def start_configure(operations: OperationList, choices: DrConfigChoices) -> Operation:
    enable, disable = choices.changes()

    async def apply(plan: PlanRun) -> None:
        for sr in disable:
            await plan.call("SR.disable_database_replication", sr)
        for sr in enable:
            await plan.call("SR.enable_database_replication", sr)

    pool = next((str(p.get("name_label", "")) for _r, p in choices.connection.cache.items("pool")), "")
    title = translate("Dr", "Configuring disaster recovery of pool '{0}'").format(pool)
    return start_plan(operations, title, choices.connection, [],
                      [Step(LazyText("Dr", "Changing metadata replication"), apply)])
