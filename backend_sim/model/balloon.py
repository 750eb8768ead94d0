"""Dynamic memory control (squeezed's job): fit a starting VM by ballooning others down.

A VM's balloon target (memory_target) lies between dynamic_min and dynamic_max. When a start does
not fit in free memory, running guests on the host give up memory toward their dynamic_min,
proportionally to what each can give; only when even that is not enough does the start fail
with HOST_NOT_ENOUGH_FREE_MEMORY. The balloon driver then moves memory_actual toward the target
over simulated time.
"""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..store.store import Store
from . import vm_fields
from .context import SimContext
from .memory import host_free_memory, overhead_bytes

BALLOON_BYTES_PER_SECOND = 256 * 1024 * 1024
BALLOON_TICK = 0.5


def _squeezable(store: Store, host_ref: str, exclude: str | None = None) -> list[tuple[str, dict[str, Any]]]:
    host = store.get("host", host_ref)
    out = []
    for vm_ref in host["resident_VMs"]:
        vm = store.get("VM", vm_ref)
        if vm_ref != exclude and not vm_fields.is_control_domain(vm) and vm_fields.has_domain(vm):
            out.append((vm_ref, vm))
    return out


def reclaimable(store: Store, host_ref: str, exclude: str | None = None) -> int:
    return sum(max(0, vm_fields.memory_target(vm) - vm_fields.memory_dynamic_min(vm))
               for _, vm in _squeezable(store, host_ref, exclude))


def plan_start(store: Store, vm_ref: str, host_ref: str) -> int:
    """The balloon target the VM would start with on this host, or HOST_NOT_ENOUGH_FREE_MEMORY."""
    vm = store.get("VM", vm_ref)
    overhead = overhead_bytes(vm)
    free = host_free_memory(store, host_ref)
    if vm_fields.memory_dynamic_max(vm) + overhead <= free:
        return vm_fields.memory_dynamic_max(vm)
    available = free + reclaimable(store, host_ref, vm_ref)
    needed = vm_fields.memory_dynamic_min(vm) + overhead
    if needed > available:
        raise ApiError("HOST_NOT_ENOUGH_FREE_MEMORY", needed, available)
    return int(min(vm_fields.memory_dynamic_max(vm), available - overhead))


def squeeze(ctx: SimContext, host_ref: str, amount: int, exclude: str | None = None) -> None:
    """Lower the targets of running guests on the host to free `amount` bytes."""
    if amount <= 0:
        return
    store = ctx.store
    donors = [(ref, vm, vm_fields.memory_target(vm) - vm_fields.memory_dynamic_min(vm))
              for ref, vm in _squeezable(store, host_ref, exclude)]
    total = sum(give for _, _, give in donors if give > 0)
    if total <= 0:
        return
    remaining = amount
    for index, (ref, vm, give) in enumerate(donors):
        if give <= 0:
            continue
        share = remaining if index == len(donors) - 1 else min(give, -(-amount * give // total))
        share = min(share, give, remaining)
        remaining -= share
        set_target(ctx, ref, vm_fields.memory_target(vm) - share)


def set_target(ctx: SimContext, vm_ref: str, target: int) -> None:
    """Move a running VM's balloon target; memory_actual follows over simulated time."""
    store = ctx.store
    vm = store.get("VM", vm_ref)
    if vm_fields.memory_target(vm) != target:
        store.update("VM", vm_ref, {"memory_target": target})
    if vm_fields.resident_on(vm) in store.table("host"):
        from .memory import refresh_host_metrics

        refresh_host_metrics(store, vm_fields.resident_on(vm))
    ctx.spawn(f"balloon:{vm_ref}", _drift(ctx, vm_ref))


async def _drift(ctx: SimContext, vm_ref: str) -> None:
    store = ctx.store
    while True:
        vm = store.find("VM", vm_ref)
        if vm is None or not vm_fields.has_domain(vm):
            return
        metrics = store.find("VM_metrics", vm["metrics"])
        if metrics is None:
            return
        actual, target = metrics["memory_actual"], vm_fields.memory_target(vm)
        if actual == target:
            return
        step = int(BALLOON_BYTES_PER_SECOND * BALLOON_TICK)
        moved = min(target, actual + step) if target > actual else max(target, actual - step)
        await ctx.clock.sleep(BALLOON_TICK)
        if store.find("VM_metrics", vm["metrics"]) is not None:
            store.update("VM_metrics", vm["metrics"], {"memory_actual": moved})


def rebalance(ctx: SimContext, host_ref: str) -> None:
    """Give freed memory back to guests that were squeezed below their dynamic_max."""
    store = ctx.store
    if store.find("host", host_ref) is None:
        return
    free = host_free_memory(store, host_ref)
    for ref, vm in _squeezable(store, host_ref):
        want = vm_fields.memory_dynamic_max(vm) - vm_fields.memory_target(vm)
        if want > 0 and free > 0:
            give = min(want, free)
            free -= give
            set_target(ctx, ref, vm_fields.memory_target(vm) + give)
