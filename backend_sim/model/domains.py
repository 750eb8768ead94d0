"""Bringing a guest's domain up and down: domid, devices, consoles, metrics, host memory."""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..wire.values import NULL_REF
from . import balloon, guest_agent, intellicache, messages, storage, vm_fields
from .context import SimContext
from .memory import host_free_memory, overhead_bytes, refresh_host_metrics
from .placement import needs_hvm


def reserve(ctx: SimContext, vm_ref: str, host_ref: str) -> None:
    """Hold the memory of a starting VM on its host, ballooning other guests down if needed."""
    store = ctx.store
    target = balloon.plan_start(store, vm_ref, host_ref)
    vm = store.get("VM", vm_ref)
    overhead = overhead_bytes(vm)
    shortfall = target + overhead - host_free_memory(store, host_ref)
    balloon.squeeze(ctx, host_ref, shortfall, exclude=vm_ref)
    store.update("VM", vm_ref, {"scheduled_to_be_resident_on": host_ref, "memory_target": target,
                                "memory_overhead": overhead})
    refresh_host_metrics(store, host_ref)


def release(ctx: SimContext, vm_ref: str) -> None:
    vm = ctx.store.find("VM", vm_ref)
    if vm is None or vm["scheduled_to_be_resident_on"] == NULL_REF:
        return
    host = vm["scheduled_to_be_resident_on"]
    ctx.store.update("VM", vm_ref, {"scheduled_to_be_resident_on": NULL_REF})
    refresh_host_metrics(ctx.store, host)


def create_domain(ctx: SimContext, vm_ref: str, host_ref: str, *, paused: bool, already_up: bool = False,
                  resumed: bool = False) -> None:
    """The domain exists on `host_ref`: devices plugged, consoles up, memory taken."""
    store = ctx.store
    vm = store.get("VM", vm_ref)
    domid = ctx.domids.allocate(host_ref)
    hvm = needs_hvm(vm)
    target = vm_fields.memory_target(vm)  # planned by reserve()
    now = ctx.clock.now_datetime()
    store.update("VM", vm_ref, {
        "power_state": "Paused" if paused else "Running", "resident_on": host_ref,
        "scheduled_to_be_resident_on": NULL_REF, "domid": domid, "domarch": "x64",
        "last_boot_CPU_flags": {"vendor": store.get("host", host_ref)["cpu_info"].get("vendor", ""),
                                "features": store.get("host", host_ref)["cpu_info"].get("features", "")},
    })
    if store.find("VM_metrics", vm["metrics"]) is not None:
        store.update("VM_metrics", vm["metrics"], {
            "memory_actual": target, "VCPUs_number": vm["VCPUs_at_startup"],
            "VCPUs_CPU": {str(i): i for i in range(vm["VCPUs_at_startup"])},
            "VCPUs_flags": {str(i): ["online"] for i in range(vm["VCPUs_at_startup"])},
            "state": ["paused"] if paused else ["running"], "start_time": now, "last_updated": now,
            "hvm": hvm, "current_domain_type": "hvm" if hvm else "pv",
        })
    for vbd in vm["VBDs"]:
        store.update("VBD", vbd, {"currently_attached": True})
    if not already_up and not resumed:  # a boot: reset disks roll back, the local cache fills
        intellicache.domain_up(store, vm_ref, host_ref, ctx.clock.now())
    for vif in vm["VIFs"]:
        store.update("VIF", vif, {"currently_attached": True})
    address = store.get("host", host_ref)["address"]
    for protocol in ("rfb",) if hvm else ("rfb", "vt100"):
        console = store.create("console", {"protocol": protocol, "VM": vm_ref})
        uuid = store.get("console", console)["uuid"]
        store.update("console", console, {"location": f"https://{address}/console?uuid={uuid}"})
    refresh_host_metrics(store, host_ref)
    if not paused:
        guest_agent.schedule(ctx, vm_ref, already_up=already_up)


def destroy_domain(ctx: SimContext, vm_ref: str, *, power_state: str = "Halted") -> None:
    """The domain is gone: devices unplugged, consoles removed, memory returned."""
    store = ctx.store
    vm = store.get("VM", vm_ref)
    host = vm_fields.resident_on(vm)
    scheduled = vm["scheduled_to_be_resident_on"]  # an interrupted migration's reservation
    for console in list(vm["consoles"]):
        store.destroy("console", console)
    for vbd in vm["VBDs"]:
        store.update("VBD", vbd, {"currently_attached": False})
    if power_state == "Halted":
        intellicache.domain_down(store, vm_ref)
    for vif in vm["VIFs"]:
        store.update("VIF", vif, {"currently_attached": False})
    changes: dict[str, Any] = {"power_state": power_state, "resident_on": NULL_REF, "domid": -1,
                               "scheduled_to_be_resident_on": NULL_REF}
    store.update("VM", vm_ref, changes)
    if store.find("VM_metrics", vm["metrics"]) is not None:
        store.update("VM_metrics", vm["metrics"], {
            "memory_actual": 0, "VCPUs_number": 0, "VCPUs_CPU": {}, "VCPUs_flags": {},
            "state": [], "last_updated": ctx.clock.now_datetime(),
            "current_domain_type": "unspecified"})
    if vm["guest_metrics"] != NULL_REF and store.find("VM_guest_metrics", vm["guest_metrics"]) is not None:
        store.destroy("VM_guest_metrics", vm["guest_metrics"])
        store.update("VM", vm_ref, {"guest_metrics": NULL_REF})
    if scheduled not in (NULL_REF, host) and store.find("host", scheduled) is not None:
        refresh_host_metrics(store, scheduled)
    if host != NULL_REF:
        refresh_host_metrics(store, host)
        balloon.rebalance(ctx, host)


def announce(ctx: SimContext, vm_ref: str, name: str) -> None:
    vm = ctx.store.get("VM", vm_ref)
    messages.post(ctx.store, name, "VM", vm["uuid"], ctx.clock.now_datetime(),
                  f"VM '{vm['name_label']}' {name.removeprefix('VM_').lower()}")


def move_domain(ctx: SimContext, vm_ref: str, target: str) -> None:
    """The running domain now lives on `target` (after a live migration): new domid and consoles."""
    store = ctx.store
    vm = store.get("VM", vm_ref)
    source = vm_fields.resident_on(vm)
    domid = ctx.domids.allocate(target)
    store.update("VM", vm_ref, {"resident_on": target, "scheduled_to_be_resident_on": NULL_REF,
                                "domid": domid})
    address = store.get("host", target)["address"]
    for console in list(vm["consoles"]):
        uuid = store.get("console", console)["uuid"]
        store.update("console", console, {"location": f"https://{address}/console?uuid={uuid}"})
    for host in (source, target):
        if host != NULL_REF:
            refresh_host_metrics(store, host)
    if source != NULL_REF:
        balloon.rebalance(ctx, source)


def bring_about(ctx: SimContext, vm_ref: str, host_ref: str, state: str) -> None:
    """Put a VM straight into a power state, as found when the simulated pool comes up."""
    from .placement import choose_host

    store = ctx.store
    if state in ("Running", "Paused"):
        host = host_ref or choose_host(store, vm_ref)
        reserve(ctx, vm_ref, host)
        create_domain(ctx, vm_ref, host, paused=state == "Paused", already_up=True)
    elif state == "Suspended":
        vm = store.get("VM", vm_ref)
        pool = next(iter(store.table("pool").values()))
        sr = pool["suspend_image_SR"]
        image = storage.create_vdi(store, sr, f"Suspend image for {vm['name_label']}", vm_fields.memory_static_max(vm),
                                   "suspend", data=vm_fields.memory_static_max(vm))
        store.update("VM", vm_ref, {"power_state": "Suspended", "suspend_VDI": image, "suspend_SR": sr,
                                    "memory_target": vm_fields.memory_dynamic_max(vm)})


def assert_still_up(ctx: SimContext, vm_ref: str, host_ref: str, what: str) -> None:
    """A long operation checks after each wait that a parallel hard shutdown has not ended the domain."""
    vm = ctx.store.find("VM", vm_ref)
    if vm is not None and vm_fields.has_domain(vm) and vm_fields.resident_on(vm) == host_ref:
        return
    if what == "migrate":
        raise ApiError("VM_MIGRATE_FAILED", vm_ref, host_ref, "", "the VM was shut down during the migration")
    state = vm_fields.power_state(vm).lower() if vm is not None else "halted"
    raise ApiError("VM_BAD_POWER_STATE", vm_ref, "running, paused", state)


def assert_still(ctx: SimContext, vm_ref: str, state: str) -> None:
    vm = ctx.store.find("VM", vm_ref)
    actual = vm_fields.power_state(vm) if vm is not None else "Halted"
    if actual != state:
        raise ApiError("VM_BAD_POWER_STATE", vm_ref, state.lower(), actual.lower())
