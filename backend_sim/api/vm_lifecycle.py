"""VM power operations: start, shutdown, reboot, suspend, resume, pause, unpause.

Each runs in simulated time with progress, holds its operation in current_operations, and can be
cancelled while the guest is still booting or saving.
"""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..model import domains, ha_rules, limits, placement, storage, vm_fields, vm_rules
from ..model.placement import needs_hvm
from ..wire.values import NULL_REF
from .call import Call
from .registry import api

GiB = 1024**3

# Simulated seconds (a teaching demo wants them visible, tests step the clock past them).
BOOT_PV, BOOT_HVM = 6.0, 12.0
CLEAN_SHUTDOWN, HARD_SHUTDOWN = 4.0, 1.0
PAUSE = 0.2
SAVE_BYTES_PER_SECOND = 512 * 1024**2  # suspend/resume write or read the memory image
STEPS = 10


async def _run_steps(call: Call, seconds: float, start: float = 0.0, end: float = 1.0) -> None:
    for step in range(1, STEPS + 1):
        await call.sleep(seconds / STEPS)
        call.progress(start + (end - start) * step / STEPS)


def _vm(call: Call, ref: str, op: str) -> dict[str, object]:
    vm = call.store.get("VM", ref)
    vm_rules.check(ref, vm, op)
    if op in ("start", "start_on"):
        limits.check_vcpus(ref, vm, vm["VCPUs_max"])
        limits.check_memory(ref, vm, vm_fields.memory_static_max(vm))
    return vm


async def _boot(call: Call, ref: str, host: str, paused: bool, op: str) -> None:
    call.begin_op("VM", ref, op)
    call.allow_cancel()
    domains.reserve(call.ctx, ref, host)
    try:
        vm = call.store.get("VM", ref)
        await _run_steps(call, BOOT_HVM if needs_hvm(vm) else BOOT_PV, 0.0, 0.95)
    except BaseException:
        domains.release(call.ctx, ref)
        raise
    call.allow_cancel(False)
    domains.create_domain(call.ctx, ref, host, paused=paused)
    domains.announce(call.ctx, ref, "VM_STARTED")


def _place(call: Call, vm: str, op: str, host: str | None = None) -> str:
    """Check `op` and pick the host: the one asked for (if it can run the VM) or the best one."""
    _vm(call, vm, op)
    if host is None:
        host = placement.choose_host(call.store, vm)
    else:
        placement.assert_host_known(call.store, host)
        placement.assert_can_boot_here(call.store, vm, host)
    ha_rules.assert_start_keeps_plan(call.store, vm, host)
    return host


@api("VM.start")
async def start(call: Call, vm: str, start_paused: bool, force: bool) -> None:
    await _boot(call, vm, _place(call, vm, "start"), start_paused, "start")


@api("VM.start_on")
async def start_on(call: Call, vm: str, host: str, start_paused: bool, force: bool) -> None:
    await _boot(call, vm, _place(call, vm, "start_on", host), start_paused, "start_on")


@api("VM.assert_can_boot_here")
def assert_can_boot_here(call: Call, self: str, host: str) -> None:
    call.store.get("VM", self)
    placement.assert_host_known(call.store, host)
    placement.assert_can_boot_here(call.store, self, host)


async def _halt(call: Call, ref: str, op: str, seconds: float) -> None:
    call.begin_op("VM", ref, op)
    await _run_steps(call, seconds)
    vm = call.store.get("VM", ref)
    if vm_fields.power_state(vm) == "Halted":
        return  # a hard shutdown run alongside got there first
    if vm_fields.power_state(vm) == "Suspended":
        _discard_suspend_image(call, ref)
    domains.destroy_domain(call.ctx, ref)
    domains.announce(call.ctx, ref, "VM_SHUTDOWN")


def _discard_suspend_image(call: Call, ref: str) -> None:
    vm = call.store.get("VM", ref)
    vdi = vm["suspend_VDI"]
    call.store.update("VM", ref, {"suspend_VDI": NULL_REF})
    if vdi != NULL_REF and call.store.find("VDI", vdi) is not None:
        storage.destroy_vdi(call.store, vdi)


@api("VM.clean_shutdown")
async def clean_shutdown(call: Call, vm: str) -> None:
    _vm(call, vm, "clean_shutdown")
    await _halt(call, vm, "clean_shutdown", CLEAN_SHUTDOWN)


# What a hard shutdown cuts short, as xapi does.
OVERRIDDEN_BY_HARD_SHUTDOWN = ("clean_shutdown", "clean_reboot", "hard_reboot", "pool_migrate", "call_plugin",
                               "suspend")


@api("VM.hard_shutdown")
async def hard_shutdown(call: Call, vm: str) -> None:
    record = _vm(call, vm, "hard_shutdown")
    running: Any = record["current_operations"]
    for task, op in list(running.items()):
        if op in OVERRIDDEN_BY_HARD_SHUTDOWN:
            call.ctx.tasks.interrupt(task)
    await _halt(call, vm, "hard_shutdown", HARD_SHUTDOWN)


@api("VM.shutdown")
async def shutdown(call: Call, vm: str) -> None:
    record = _vm(call, vm, "shutdown")
    if vm_fields.power_state(record) == "Running":
        await _halt(call, vm, "clean_shutdown", CLEAN_SHUTDOWN)
    else:
        await _halt(call, vm, "hard_shutdown", HARD_SHUTDOWN)


async def _reboot(call: Call, ref: str, op: str, down: float) -> None:
    call.begin_op("VM", ref, op)
    vm = call.store.get("VM", ref)
    host = vm_fields.resident_on(vm)
    await _run_steps(call, down, 0.0, 0.4)
    domains.assert_still_up(call.ctx, ref, host, "reboot")
    domains.destroy_domain(call.ctx, ref)
    domains.reserve(call.ctx, ref, host)
    try:
        await _run_steps(call, BOOT_HVM if needs_hvm(vm) else BOOT_PV, 0.4, 0.95)
        domains.assert_still(call.ctx, ref, "Halted")
    except BaseException:
        domains.release(call.ctx, ref)
        raise
    domains.create_domain(call.ctx, ref, host, paused=False)
    domains.announce(call.ctx, ref, "VM_REBOOTED")


@api("VM.clean_reboot")
async def clean_reboot(call: Call, vm: str) -> None:
    _vm(call, vm, "clean_reboot")
    await _reboot(call, vm, "clean_reboot", CLEAN_SHUTDOWN)


@api("VM.hard_reboot")
async def hard_reboot(call: Call, vm: str) -> None:
    _vm(call, vm, "hard_reboot")
    await _reboot(call, vm, "hard_reboot", HARD_SHUTDOWN)


async def _set_paused(call: Call, ref: str, op: str, paused: bool) -> None:
    call.begin_op("VM", ref, op)
    await call.sleep(PAUSE)
    domains.assert_still(call.ctx, ref, "Running" if paused else "Paused")
    vm = call.store.get("VM", ref)
    call.store.update("VM", ref, {"power_state": "Paused" if paused else "Running"})
    if call.store.find("VM_metrics", vm["metrics"]) is not None:
        call.store.update("VM_metrics", vm["metrics"], {"state": ["paused"] if paused else ["running"]})
    domains.announce(call.ctx, ref, "VM_PAUSED" if paused else "VM_UNPAUSED")


@api("VM.pause")
async def pause(call: Call, vm: str) -> None:
    _vm(call, vm, "pause")
    await _set_paused(call, vm, "pause", True)


@api("VM.unpause")
async def unpause(call: Call, vm: str) -> None:
    _vm(call, vm, "unpause")
    await _set_paused(call, vm, "unpause", False)


def _suspend_sr(call: Call, vm: dict[str, object], ref: str) -> str:
    candidates = [vm.get("suspend_SR", NULL_REF)]
    for pool in call.store.table("pool").values():
        candidates.append(pool["suspend_image_SR"])
    for sr in candidates:
        if isinstance(sr, str) and sr != NULL_REF and call.store.find("SR", sr) is not None:
            return sr
    raise ApiError("VM_NO_SUSPEND_SR", ref)


@api("VM.suspend")
async def suspend(call: Call, vm: str) -> None:
    record = _vm(call, vm, "suspend")
    sr = _suspend_sr(call, record, vm)
    call.begin_op("VM", vm, "suspend")
    call.allow_cancel()
    memory = vm_fields.memory_static_max(record)
    storage.assert_space(call.store, {sr: memory})  # SR_FULL before any work, not after
    await _run_steps(call, memory / SAVE_BYTES_PER_SECOND, 0.0, 0.95)
    domains.assert_still(call.ctx, vm, "Running")
    call.allow_cancel(False)
    image = storage.create_vdi(call.store, sr, f"Suspend image for {record['name_label']}", memory,
                               "suspend", data=memory)
    domains.destroy_domain(call.ctx, vm, power_state="Suspended")
    call.store.update("VM", vm, {"suspend_VDI": image, "suspend_SR": sr})
    domains.announce(call.ctx, vm, "VM_SUSPENDED")


async def _resume(call: Call, ref: str, host: str, paused: bool, op: str) -> None:
    vm = call.store.get("VM", ref)
    call.begin_op("VM", ref, op)
    domains.reserve(call.ctx, ref, host)
    try:
        await _run_steps(call, vm_fields.memory_static_max(vm) / SAVE_BYTES_PER_SECOND, 0.0, 0.95)
        domains.assert_still(call.ctx, ref, "Suspended")
    except BaseException:
        domains.release(call.ctx, ref)
        raise
    _discard_suspend_image(call, ref)
    domains.create_domain(call.ctx, ref, host, paused=paused, resumed=True)
    domains.announce(call.ctx, ref, "VM_RESUMED")


@api("VM.resume")
async def resume(call: Call, vm: str, start_paused: bool, force: bool) -> None:
    await _resume(call, vm, _place(call, vm, "resume"), start_paused, "resume")


@api("VM.resume_on")
async def resume_on(call: Call, vm: str, host: str, start_paused: bool, force: bool) -> None:
    await _resume(call, vm, _place(call, vm, "resume_on", host), start_paused, "resume_on")


@api("VM.power_state_reset")
def power_state_reset(call: Call, vm: str) -> None:
    call.store.get("VM", vm)
    domains.destroy_domain(call.ctx, vm)
    call.ctx.after_operation("VM", vm)


@api("VM.assert_operation_valid")
def assert_operation_valid(call: Call, self: str, op: str) -> None:
    vm_rules.check(self, call.store.get("VM", self), op)


@api("VM.update_allowed_operations")
def update_allowed_operations(call: Call, self: str) -> None:
    call.store.get("VM", self)
    call.ctx.after_operation("VM", self)
