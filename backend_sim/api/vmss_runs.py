"""A snapshot schedule's runs on the simulated clock: xapi's vmss plugin, as background work of the pool.

One scheduler per pool sleeps on the clock until the next scheduled time of any enabled policy, then starts
each due policy's run as its own background work and sleeps again; it is restarted whenever a policy
changes. A run snapshots (or checkpoints, for a running VM of a checkpoint policy) its VMs one after the
other, each an awaited VM.snapshot on the clock, so a pool of thousands of VMs never holds the event loop;
it marks each snapshot `is_vmss_snapshot`, destroys the VM's schedule snapshots beyond
`retained_snapshots` (oldest first; a user's snapshots are never touched) and posts
VMSS_SNAPSHOT_SUCCEEDED or VMSS_SNAPSHOT_FAILED. A scheduled time that comes while the policy's previous
run still goes on is VMSS_SNAPSHOT_MISSED_EVENT; one that comes while the pool's licence lacks the
feature is VMSS_LICENSE_ERROR.
"""

from __future__ import annotations

import asyncio
import weakref

from ..errors import ApiError
from ..model import editions, messages, storage, vm_fields, vmss
from ..model.vm_copy import disk_vdis
from ..store.store import Store
from .call import Call
from .context import ApiContext
from .vm_api import destroy
from .vm_copy_api import checkpoint, snapshot, snapshot_with_quiesce

SCHEDULER = "vmss-scheduler"
_RUNNING: weakref.WeakKeyDictionary[Store, set[str]] = weakref.WeakKeyDictionary()


def running(store: Store) -> set[str]:
    """Policies whose run goes on."""
    return _RUNNING.setdefault(store, set())


def rearm(ctx: ApiContext) -> None:
    """(Re)start the pool's scheduler from now: after start-up and after any change to a policy."""
    ctx.spawn(SCHEDULER, _schedule(ctx, ctx.clock.now()))


async def _schedule(ctx: ApiContext, since: float) -> None:
    store = ctx.store
    while True:
        due = {ref: vmss.next_run(str(record["frequency"]), record["schedule"], since)
               for ref, record in vmss.enabled_policies(store)}
        if not due:
            return  # rearmed when a policy is created or enabled
        wake = min(due.values())
        if wake > ctx.clock.now():
            await ctx.clock.sleep(wake - ctx.clock.now())
        now = ctx.clock.now()
        for ref, when in due.items():
            if when <= now and store.find("VMSS", ref) is not None and store.get("VMSS", ref)["enabled"]:
                _fire(ctx, ref)
        since = now


def _fire(ctx: ApiContext, policy: str) -> None:
    store = ctx.store
    record = store.get("VMSS", policy)
    try:
        editions.check(store, "vmss")
    except ApiError:
        _post(ctx, policy, vmss.LICENSE_ERROR,
              f"The pool's licence does not include VM protection: policy '{record['name_label']}' did not run")
        return
    if policy in running(store):
        _post(ctx, policy, vmss.MISSED,
              f"Policy '{record['name_label']}' was still running at its next scheduled time, which was missed")
        return
    ctx.spawn(f"vmss-run:{policy}", _run_quietly(ctx, policy))


async def _run_quietly(ctx: ApiContext, policy: str) -> None:
    await run_policy(ctx, policy)


def _post(ctx: ApiContext, policy: str, name: str, body: str) -> None:
    record = ctx.store.find("VMSS", policy)
    if record is not None:
        messages.post(ctx.store, name, "VMSS", str(record["uuid"]), ctx.clock.now_datetime(), body,
                      vmss.PRIORITIES[name])


async def run_policy(ctx: ApiContext, policy: str) -> list[str]:
    """Snapshot every VM of the policy now; the VMs that failed (each also told in a message)."""
    store = ctx.store
    running(store).add(policy)
    failed: list[str] = []
    try:
        store.update("VMSS", policy, {"last_run_time": ctx.clock.now_datetime()})
        for vm in list(store.get("VMSS", policy)["VMs"]):
            await asyncio.sleep(0)  # never hold the loop, even when every VM fails at once
            if store.find("VMSS", policy) is None:
                break
            if store.find("VM", vm) is None:
                continue
            error = await _protect(ctx, policy, vm)
            if error:
                failed.append(vm)
    finally:
        running(store).discard(policy)
    return failed


async def _protect(ctx: ApiContext, policy: str, vm: str) -> str:
    """Snapshot one VM for the policy and apply the retention; "" or the error that stopped it."""
    store = ctx.store
    record = store.get("VMSS", policy)
    vm_name = str(store.get("VM", vm)["name_label"])
    name = vmss.snapshot_name(vm_name, str(record["name_label"]), ctx.clock.now())
    kind = str(record["type"])
    call = Call(ctx, "", "VM.snapshot")
    try:
        if kind == "checkpoint" and vm_fields.power_state(store.get("VM", vm)) == "Running":
            ref = await checkpoint(call, vm, name)
        elif kind == "snapshot_with_quiesce":
            ref = snapshot_with_quiesce(call, vm, name)
        else:
            ref = await snapshot(call, vm, name)
        store.update("VM", ref, {"is_vmss_snapshot": True})
        ctx.after_operation("VM", ref)
        retained = int(store.get("VMSS", policy)["retained_snapshots"]) if store.find("VMSS", policy) else 0
        for old in vmss.beyond_retention(store, vm, retained or vmss.MAX_RETAINED):
            for vdi in disk_vdis(ctx, old):
                storage.destroy_vdi(store, vdi)
            destroy(call, old)
    except ApiError as exc:
        _post(ctx, policy, vmss.FAILED,
              f"Policy '{record['name_label']}' could not snapshot VM '{vm_name}': {' '.join(exc.description)}")
        return exc.code
    finally:
        call.finish()
    _post(ctx, policy, vmss.SUCCEEDED, f"Policy '{record['name_label']}' took snapshot '{name}' of VM '{vm_name}'")
    return ""
