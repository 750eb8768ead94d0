"""Storage XenMotion and cross-pool migration: host.migrate_receive, VM.migrate_send, assert_can_migrate.

The destination is named by the map host.migrate_receive returns; its "master" URL finds the
destination pool among those this process serves. Disks are mirrored to the SRs of vdi_map (time
from their data and the storage bandwidth), then a running VM's memory follows by pre-copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import ApiError
from ..model import domains, migration, storage, vm_copy, vm_fields, vm_rules
from ..model.balloon import reclaimable
from ..model.memory import host_free_memory, overhead_bytes
from ..model.vmkind import host_supports_hvm, needs_hvm
from . import migrate_cross_pool
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
    snapshot_disks: dict[str, str] = field(default_factory=dict)  # cross-pool: snapshots' VDIs -> SR


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
    snapshot_disks = migrate_cross_pool.snapshot_disk_map(call, vm, vdi_map, disks, target)
    migrate_cross_pool.assert_target_space(call, target, {**disks, **snapshot_disks})
    return Plan(vm, target, host, cross, disks, vifs, snapshot_disks)


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
    mirror = sum(storage.copy_seconds(store, vdi) for vdi in [*plan.disks, *plan.snapshot_disks])
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
    for vdi in plan.snapshot_disks:  # snapshots' disks and memory images are copied, not mirrored
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
        return migrate_cross_pool.move_to_other_pool(call, plan)
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
