"""The Migrate wizard's Finish: ONE Operation, then what XenMotion did (its pre-copy figures) in its note.

Within a pool, a running VM whose disks and VIFs stay is migrated by `VM.pool_migrate`. Otherwise the destination
prepares a receive (`host.migrate_receive` on the migration network) and the VM's pool sends it there with the
maps (`VM.migrate_send`: Storage XenMotion within a pool, cross-pool migration). A halted VM moved to a host within
its pool gets that host as its affinity (where it starts next). After a live migration the `sim` plugin's
`migration_stats` gives the pre-copy rounds, the memory sent per round, the dirty pages left for the final copy and
the downtime; a real server has no such plugin, and the note says the figures are not available.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ...error_sentences import format_bytes
from ...i18n import LazyText, translate
from ...objects import the_pool
from ...operation import Operation
from ...operations import OperationList
from ...xenapi.errors import XenAPIError
from ..plan import PlanRun, Step, start_plan
from .choices import MigrateChoices


def precopy_text(stats: Mapping[str, Any] | None) -> str:
    """One sentence of XenMotion's figures, or that they are not available."""
    if not stats:
        return translate("Migrate", "XenMotion figures: not available from this server.")
    try:
        rounds = [int(size) for size in str(stats.get("round_bytes", "")).split(",") if size]
        left = int(stats.get("final_bytes", 0))
        downtime = float(stats.get("downtime_ms", 0))
    except ValueError:
        return translate("Migrate", "XenMotion figures: not available from this server.")
    return translate(
        "Migrate",
        "XenMotion pre-copy: {0} rounds, memory sent per round {1}; dirty pages left for the final copy {2}; "
        "downtime {3} ms.",
    ).format(len(rounds), ", ".join(format_bytes(size) for size in rounds), format_bytes(left), f"{downtime:.1f}")


async def read_precopy(plan: PlanRun, vm: str) -> dict[str, Any] | None:
    """The figures of the VM's last live migration from the `sim` plugin (None from a real server)."""
    pool = the_pool(plan.connection.cache)
    master = pool.master if pool is not None else None
    if not master:
        return None
    try:
        answer = await plan.call("host.call_plugin", master, "sim", "migration_stats", {"vm": vm})
        stats = json.loads(str(answer))
    except (XenAPIError, ValueError):
        return None
    return stats if isinstance(stats, dict) else None


def migration_steps(state: MigrateChoices) -> list[Step]:
    vm, host, live = state.vm, state.host, state.live
    target = state.target or state.connection
    steps: list[Step] = []
    if state.pool_migrate:

        async def pool_migrate(plan: PlanRun) -> None:
            await plan.task("VM.pool_migrate", vm, host, {"live": "true"})

        steps.append(Step(LazyText("Migrate", "Migrating the VM's memory (XenMotion)"), pool_migrate, 10))
    else:
        disks, vifs, network = dict(state.storage_moves()), dict(state.network_moves()), state.transfer_network

        async def receive(plan: PlanRun) -> None:
            client = target.client
            if client is None:
                raise XenAPIError(translate("Migrate", "Not connected to {0}.").format(target.display_name))
            plan.values["dest"] = await client.call("host.migrate_receive", host, network, {})

        async def send(plan: PlanRun) -> None:
            plan.values["vm"] = await plan.task("VM.migrate_send", vm, plan.values["dest"], live, disks, vifs, {})

        steps.append(Step(LazyText("Migrate", "Preparing the destination"), receive, 0.5))
        steps.append(Step(LazyText("Migrate", "Copying the VM's disks and memory"), send, 10))
        if not live and not state.cross_pool:

            async def affinity(plan: PlanRun) -> None:
                await plan.call("VM.set_affinity", vm, host)

            steps.append(Step(LazyText("Migrate", "Setting the VM's home server"), affinity, 0.2))
    if live:

        async def figures(plan: PlanRun) -> None:
            plan.values["precopy"] = stats = await read_precopy(plan, vm)
            operation = plan.runner.operation
            operation.note = precopy_text(stats)
            operation.changed.emit()

        steps.append(Step(LazyText("Migrate", "Reading XenMotion's figures"), figures, 0.2))
    return steps


def start_migration(operations: OperationList, state: MigrateChoices) -> Operation:
    vm = state.record
    title = translate("Migrate", "Migrating VM '{0}'").format(vm.name if vm is not None else state.vm)
    return start_plan(operations, title, state.connection, [state.vm], migration_steps(state))
