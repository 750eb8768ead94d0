"""VM.pool_migrate: XenMotion within a pool, with the pre-copy model reported through the task."""

from __future__ import annotations

from ..model import domains, ha_rules, migration, placement, vm_fields, vm_rules
from .call import Call
from .registry import api


@api("VM.pool_migrate")
async def pool_migrate(call: Call, vm: str, host: str, options: dict[str, str]) -> None:
    record = call.store.get("VM", vm)
    vm_rules.check(vm, record, "pool_migrate")
    placement.assert_host_known(call.store, host)
    source = vm_fields.resident_on(record)
    if host != source:
        placement.assert_can_boot_here(call.store, vm, host)
        ha_rules.assert_move_keeps_plan(call.store, vm, host)
    await live_migrate(call, vm, host)


async def live_migrate(call: Call, vm: str, host: str) -> migration.PrecopyPlan:
    """Run the pre-copy rounds on the clock, then hand the domain over to `host`."""
    record = call.store.get("VM", vm)
    source = vm_fields.resident_on(record)
    call.begin_op("VM", vm, "pool_migrate")
    call.allow_cancel()
    precopy = migration.plan(vm_fields.memory_target(record), migration.dirty_rate(record),
                             migration.link_bandwidth(call.store, source, host))
    if host != source:
        domains.reserve(call.ctx, vm, host)
    _report(call, precopy, {"vm": vm, "source": source, "destination": host, "round": "0"})
    try:
        sent = 0
        for index, size in enumerate(precopy.rounds, start=1):
            _report(call, None, {"round": str(index)})
            await call.sleep(size / precopy.bandwidth)
            domains.assert_still_up(call.ctx, vm, source, "migrate")
            sent += size
            call.progress(0.95 * sent / precopy.data_sent)
        call.allow_cancel(False)  # the guest is paused now: the switch-over cannot be undone
        await call.sleep(precopy.downtime)
        domains.assert_still_up(call.ctx, vm, source, "migrate")
    except BaseException:
        if host != source:
            domains.release(call.ctx, vm)
        raise
    if host != source:
        domains.move_domain(call.ctx, vm, host)
    stats = precopy.as_dict()
    call.ctx.migrations[vm] = {**stats, "source": source, "destination": host}
    _report(call, precopy, {"round": "done"})
    domains.announce(call.ctx, vm, "VM_MIGRATED")
    return precopy


def _report(call: Call, precopy: migration.PrecopyPlan | None, extra: dict[str, str]) -> None:
    """The pre-copy plan and where it stands, in the task's other_config (`sim:*`): consoles draw the rounds live."""
    if call.task is None or call.store.find("task", call.task) is None:
        return
    task = call.store.get("task", call.task)
    figures = precopy.as_dict() if precopy is not None else {}
    call.store.update("task", call.task, {"other_config": {**task["other_config"],
                                                           **{f"sim:{k}": v for k, v in {**figures, **extra}.items()}}})
