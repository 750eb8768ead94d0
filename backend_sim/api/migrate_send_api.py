"""Storage XenMotion and cross-pool migration: host.migrate_receive, VM.migrate_send, assert_can_migrate.

The destination is named by the map host.migrate_receive returns; its "master" URL finds the
destination pool among those this process serves. Disks are mirrored to the SRs of vdi_map (time
from their data and the storage bandwidth), then a running VM's memory follows by pre-copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import ApiError
from ..model import domains, migration, storage, vm_copy, vm_fields, vm_rules
from ..model.balloon import reclaimable
from ..model.memory import host_free_memory, overhead_bytes
from ..model.vmkind import host_supports_hvm, needs_hvm
from ..wire.values import NULL_REF
from .call import Call
from .context import ApiContext
from .registry import api


@api("host.migrate_receive")
def migrate_receive(call: Call, host: str, network: str, options: dict[str, str]) -> dict[str, str]:
    call.store.get("host", host)
    call.store.get("network", network)
    session = call.ctx.sessions.login(call.ctx.config.user, "migrate_receive")
    return {"SM": f"{call.ctx.url}/services/SM?session_id={session}", "host": host,
            "xenops": f"{call.ctx.url}/services/xenops?session_id={session}", "session_id": session,
            "master": call.ctx.url, "network": network}


@dataclass
class Plan:
    vm: str
    target: ApiContext
    host: str
    cross_pool: bool
    disks: dict[str, str]  # VDI -> destination SR
    vifs: dict[str, str]  # VIF -> destination network


def _plan(call: Call, vm: str, dest: dict[str, str], vdi_map: dict[str, str], vif_map: dict[str, str]) -> Plan:
    store = call.store
    record = store.get("VM", vm)
    vm_rules.check(vm, record, "migrate_send")
    target = call.ctx.peers.get(dest.get("master", ""), call.ctx if dest.get("master") == call.ctx.url else None)
    if target is None:
        raise ApiError("VM_MIGRATE_FAILED", vm, vm_fields.resident_on(record), dest.get("host", ""),
                       "the destination pool cannot be contacted")
    host = dest.get("host", "")
    target.store.get("host", host)
    cross = target is not call.ctx
    disks: dict[str, str] = {}
    for vdi in vm_copy.disk_vdis(call.ctx, vm):
        sr = vdi_map.get(vdi)
        if sr is None:
            if cross:
                raise ApiError("VDI_NOT_IN_MAP", vdi)
            continue
        target.store.get("SR", sr)
        if cross or store.get("VDI", vdi)["SR"] != sr:
            disks[vdi] = sr
    vifs: dict[str, str] = {}
    for vif in record["VIFs"]:
        network = vif_map.get(vif)
        if network is None and cross:
            raise ApiError("VIF_NOT_IN_MAP", vif)
        if network is not None:
            target.store.get("network", network)
            vifs[vif] = network
    host_record = target.store.get("host", host)
    if needs_hvm(record) and not host_supports_hvm(host_record):
        raise ApiError("VM_HVM_REQUIRED", vm)
    if vm_fields.has_domain(record) and (cross or host != vm_fields.resident_on(record)):
        needed = vm_fields.memory_dynamic_min(record) + overhead_bytes(record)
        available = host_free_memory(target.store, host) + reclaimable(target.store, host)
        if needed > available:
            raise ApiError("HOST_NOT_ENOUGH_FREE_MEMORY", needed, available)
    if not cross:
        storage.assert_space(store, storage.merge_needs(*(storage.copy_needs(store, v, sr) for v, sr in disks.items())))
    return Plan(vm, target, host, cross, disks, vifs)


@api("VM.assert_can_migrate")
def assert_can_migrate(call: Call, vm: str, dest: dict[str, str], live: bool, vdi_map: dict[str, str],
                       vif_map: dict[str, str], options: dict[str, str],
                       vgpu_map: dict[str, str] | None = None) -> None:
    _plan(call, vm, dest, vdi_map, vif_map)


@api("VM.migrate_send")
async def migrate_send(call: Call, vm: str, dest: dict[str, str], live: bool, vdi_map: dict[str, str],
                       vif_map: dict[str, str], options: dict[str, str],
                       vgpu_map: dict[str, str] | None = None) -> str:
    plan = _plan(call, vm, dest, vdi_map, vif_map)
    store = call.store
    call.begin_op("VM", vm, "migrate_send")
    call.allow_cancel()
    mirror = sum(storage.copy_seconds(store, vdi) for vdi in plan.disks)
    record = store.get("VM", vm)
    running = vm_fields.has_domain(record)
    precopy = None
    if running:
        source_host = vm_fields.resident_on(record)
        bandwidth = migration.link_bandwidth(store, source_host, source_host)
        precopy = migration.plan(vm_fields.memory_target(record), migration.dirty_rate(record), bandwidth)
    memory_seconds = precopy.duration if precopy else 0.0
    total = mirror + memory_seconds or 1.0
    done = 0.0
    for vdi in plan.disks:
        seconds = storage.copy_seconds(store, vdi)
        await call.sleep(seconds)
        done += seconds
        call.progress(0.9 * done / total)
    if precopy is not None:
        for size in precopy.rounds:
            await call.sleep(size / precopy.bandwidth)
            done += size / precopy.bandwidth
            call.progress(0.9 * done / total)
    call.allow_cancel(False)
    if precopy is not None:
        await call.sleep(precopy.downtime)
        call.ctx.migrations[vm] = precopy.as_dict()
    if plan.cross_pool:
        return _move_to_other_pool(call, plan)
    _move_disks_within_pool(call, plan)
    if running and plan.host != vm_fields.resident_on(store.get("VM", vm)):
        domains.move_domain(call.ctx, vm, plan.host)
    domains.announce(call.ctx, vm, "VM_MIGRATED")
    return vm


def _move_disks_within_pool(call: Call, plan: Plan) -> None:
    store = call.store
    for vdi, sr in plan.disks.items():
        new = storage.copy_vdi(store, vdi, sr)
        for vbd in list(store.get("VDI", vdi)["VBDs"]):
            store.update("VBD", vbd, {"VDI": new})
        storage.destroy_vdi(store, vdi)
    for vif, network in plan.vifs.items():
        store.update("VIF", vif, {"network": network})


def _move_to_other_pool(call: Call, plan: Plan) -> str:
    """Recreate the VM, its disks and devices in the destination pool, then remove it here."""
    source, target = call.store, plan.target.store
    record = source.get("VM", plan.vm)
    fields = {key: vm_copy._copy(value) for key, value in record.items() if key not in vm_copy.NOT_COPIED}
    now = plan.target.clock.now_datetime()
    fields["metrics"] = target.create("VM_metrics", {"install_time": now, "last_updated": now})
    fields.update({"power_state": "Halted", "domid": -1, "uuid": record["uuid"], "affinity": NULL_REF,
                   "appliance": NULL_REF, "suspend_SR": NULL_REF})
    new_vm = target.create("VM", fields)
    for vbd_ref in record["VBDs"]:
        vbd = source.get("VBD", vbd_ref)
        vdi = NULL_REF
        if vbd["VDI"] in plan.disks:
            old = source.get("VDI", vbd["VDI"])
            vdi = storage.create_vdi(target, plan.disks[vbd["VDI"]], old["name_label"], old["virtual_size"],
                                     old["type"], data=old["physical_utilisation"],
                                     name_description=old["name_description"])
        target.create("VBD", {key: vm_copy._copy(value) for key, value in vbd.items()
                              if key not in ("uuid", "VM", "VDI", "currently_attached", "current_operations",
                                             "metrics")} | {"VM": new_vm, "VDI": vdi,
                                                            "empty": vdi == NULL_REF})
    for vif_ref in record["VIFs"]:
        vif = source.get("VIF", vif_ref)
        target.create("VIF", {key: vm_copy._copy(value) for key, value in vif.items()
                              if key not in ("uuid", "VM", "network", "currently_attached", "current_operations",
                                             "metrics")} | {"VM": new_vm, "network": plan.vifs[vif_ref]})
    state = vm_fields.power_state(record)
    _remove_from_source(call, plan)
    if state in ("Running", "Paused", "Suspended"):
        domains.bring_about(plan.target, new_vm, plan.host, state)
    plan.target.after_operation("VM", new_vm)
    return new_vm


def _remove_from_source(call: Call, plan: Plan) -> None:
    store = call.store
    record = store.get("VM", plan.vm)
    if vm_fields.has_domain(record):
        domains.destroy_domain(call.ctx, plan.vm)
    domains.announce(call.ctx, plan.vm, "VM_MIGRATED")
    disks = list(plan.disks)
    suspend = store.get("VM", plan.vm)["suspend_VDI"]
    for vbd in list(store.get("VM", plan.vm)["VBDs"]):
        store.destroy("VBD", vbd)
    for vif in list(store.get("VM", plan.vm)["VIFs"]):
        store.destroy("VIF", vif)
    for vdi in [*disks, suspend]:
        if vdi != NULL_REF and store.find("VDI", vdi) is not None:
            storage.destroy_vdi(store, vdi)
    metrics: Any = store.get("VM", plan.vm)["metrics"]
    if store.find("VM_metrics", metrics) is not None:
        store.destroy("VM_metrics", metrics)
    call.ops = [(cls, ref) for cls, ref in call.ops if ref != plan.vm]
    store.destroy("VM", plan.vm)
