"""vApps (xapi's VM_appliance): destroy, VM.set_appliance, and start / shut down the members in order.

As xapi_vm_appliance.ml: an operation is checked (model/appliance.py), listed in the appliance's
current_operations while it runs, and works on the members not yet in the wanted power state, grouped by
`VM.order` (ascending to start, descending to shut down). Each group's members are started (or shut down) side
by side, each as a VM task of its own (a subtask of the appliance's); the next group waits for all of them and
then for the group's `start_delay` (`shutdown_delay`) on the simulated clock: xapi's VM.start and shutdowns wait
the VM's delay before their task ends, and the appliance waits for every task of a group. A member that fails
does not stop the others: the later groups still run, and the call ends with OPERATION_PARTIALLY_FAILED
["VM_appliance.<op>", the members not in the wanted state], leaving those that made it as they are.

Create and the name setters are the generated ones. Destroying an appliance takes its VMs out of it first
(VM.appliance back to NULL), and is refused while one of its operations runs. Recovery (assert_can_be_recovered,
get_SRs_required_for_recovery, recover) belongs to disaster recovery, elsewhere.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from .. import errors
from ..errors import ApiError
from ..model import appliance, vm_fields
from ..wire.values import NULL_REF
from .call import Call
from .registry import api
from .vm_lifecycle import clean_shutdown as vm_clean_shutdown
from .vm_lifecycle import hard_shutdown as vm_hard_shutdown
from .vm_lifecycle import shutdown as vm_shutdown
from .vm_lifecycle import start as vm_start

MemberWork = Callable[[Call, str], Awaitable[None]]


@dataclass
class _MemberCall(Call):
    """One member's VM operation, as its own task; its progress also moves the appliance's."""

    report: Callable[[float], None] | None = None

    def progress(self, fraction: float) -> None:
        super().progress(fraction)
        if self.report is not None:
            self.report(fraction)


class _Progress:
    """The appliance task's progress: the mean of its members' (a member that ended counts as done)."""

    def __init__(self, call: Call, members: list[str]) -> None:
        self.call = call
        self.done = dict.fromkeys(members, 0.0)

    def member(self, vm: str, fraction: float) -> None:
        self.done[vm] = max(self.done[vm], min(1.0, fraction))
        self.call.progress(sum(self.done.values()) / len(self.done) if self.done else 1.0)


async def _run_member(parent: Call, vm: str, method: str, work: MemberWork, progress: _Progress) -> bool:
    """Run `work` on one member as a task of its own; True when it ended without an error."""
    tasks = parent.ctx.tasks
    member = _MemberCall(parent.ctx, parent.session, method, parent.client,
                         report=lambda fraction: progress.member(vm, fraction))
    member.task = tasks.create("Async." + method, "", parent.session, internal=True)
    if parent.task is not None:
        parent.store.update("task", member.task, {"subtask_of": parent.task})
    try:
        await work(member, vm)
    except ApiError as exc:
        tasks.fail(member.task, exc)
        return False
    else:
        tasks.succeed(member.task, None)
        return True
    finally:
        member.end_ops()
        progress.member(vm, 1.0)


async def _perform(call: Call, self: str, op: str, wanted: str, method: str, work: MemberWork, *,
                   ascending: bool, delay_field: str) -> None:
    store = call.store
    appliance.check(store, self, op)
    call.begin_op("VM_appliance", self, op)
    targets = [vm for vm in store.get("VM_appliance", self)["VMs"]
               if store.find("VM", vm) is not None and vm_fields.power_state(store.get("VM", vm)) != wanted]
    progress = _Progress(call, targets)
    call.progress(0.0)
    plan = appliance.groups(store, targets, ascending=ascending)
    for number, group in enumerate(plan):
        succeeded = await asyncio.gather(*(_run_member(call, vm, method, work, progress) for vm in group))
        if number < len(plan) - 1:
            delays = [int(store.get("VM", vm)[delay_field]) for vm, ok in zip(group, succeeded, strict=True)
                      if ok and store.find("VM", vm) is not None]
            await call.sleep(max(delays, default=0))
    failed = [vm for vm in targets
              if store.find("VM", vm) is None or vm_fields.power_state(store.get("VM", vm)) != wanted]
    if failed:
        raise ApiError("OPERATION_PARTIALLY_FAILED", f"VM_appliance.{op}", *failed)


@api("VM_appliance.start")
async def start(call: Call, self: str, paused: bool) -> None:
    async def boot(member: Call, vm: str) -> None:
        await vm_start(member, vm, paused, False)

    await _perform(call, self, "start", vm_fields.PAUSED if paused else vm_fields.RUNNING, "VM.start", boot,
                   ascending=True, delay_field="start_delay")


@api("VM_appliance.clean_shutdown")
async def clean_shutdown(call: Call, self: str) -> None:
    await _perform(call, self, "clean_shutdown", vm_fields.HALTED, "VM.clean_shutdown", vm_clean_shutdown,
                   ascending=False, delay_field="shutdown_delay")


@api("VM_appliance.hard_shutdown")
async def hard_shutdown(call: Call, self: str) -> None:
    await _perform(call, self, "hard_shutdown", vm_fields.HALTED, "VM.hard_shutdown", vm_hard_shutdown,
                   ascending=False, delay_field="shutdown_delay")


@api("VM_appliance.shutdown")
async def shutdown(call: Call, self: str) -> None:
    """Each member shut down cleanly where it runs, forced where it is paused or suspended (VM.shutdown)."""
    await _perform(call, self, "shutdown", vm_fields.HALTED, "VM.shutdown", vm_shutdown,
                   ascending=False, delay_field="shutdown_delay")


@api("VM_appliance.destroy")
def destroy(call: Call, self: str) -> None:
    store = call.store
    record = store.get("VM_appliance", self)
    if record["current_operations"]:
        raise ApiError(errors.OTHER_OPERATION_IN_PROGRESS, "VM_appliance", self)
    for vm in list(record["VMs"]):
        if store.find("VM", vm) is not None:
            store.update("VM", vm, {"appliance": NULL_REF})
    store.destroy("VM_appliance", self)


@api("VM.set_appliance")
def set_appliance(call: Call, self: str, value: str) -> None:
    store = call.store
    previous: Any = store.get("VM", self)["appliance"]
    appliance.assert_assignable(store, self)
    if value != NULL_REF and store.find("VM_appliance", value) is None:
        raise ApiError(errors.HANDLE_INVALID, "VM_appliance", value)
    store.update("VM", self, {"appliance": value})
    for changed in {str(previous), value} - {NULL_REF}:
        appliance.refresh(store, changed)
