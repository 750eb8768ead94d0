"""Snapshots, checkpoints, reverts, clones, copies, provisioning and templates."""

from __future__ import annotations

import re
from typing import Any

from .. import errors
from ..clock import to_datetime
from ..errors import ApiError
from ..model import domains, editions, storage, vm_copy, vm_fields, vm_rules
from ..wire.values import NULL_REF
from .call import Call
from .registry import api

SNAPSHOT_SECONDS = 1.0
CLONE_SECONDS = 1.0
MEMORY_BYTES_PER_SECOND = 512 * 1024**2
MAX_SNAPSHOTS = 200  # xapi refuses beyond this chain depth per VM (VM_HAS_TOO_MANY_SNAPSHOTS)


def _snapshot_record(call: Call, vm: str, new_name: str, ignore_vdis: list[str]) -> str:
    store = call.store
    record = store.get("VM", vm)
    if len(record["snapshots"]) >= MAX_SNAPSHOTS:
        raise ApiError("VM_HAS_TOO_MANY_SNAPSHOTS", vm)
    disks = [vdi for vdi in vm_copy.disk_vdis(call.ctx, vm) if vdi not in ignore_vdis]
    storage.assert_space(store, storage.merge_needs(*(storage.snapshot_needs(store, vdi) for vdi in disks)))
    now = call.ctx.clock.now_datetime()
    snapshot = vm_copy.copy_record(call.ctx, vm, new_name, {
        "is_a_snapshot": True, "is_a_template": True, "snapshot_of": vm, "snapshot_time": now,
        "snapshot_info": {"power-state-at-snapshot": vm_fields.power_state(record)},
        "snapshot_metadata": "", "transportable_snapshot_id": ""})
    vm_copy.copy_devices(call.ctx, vm, snapshot, lambda vdi: storage.snapshot_vdi(store, vdi, now=now),
                         new_macs=False, skip_vdis=frozenset(ignore_vdis))
    vm_copy.link_snapshot(call.ctx, vm, snapshot)
    return snapshot


def snapshot_at_once(call: Call, vm: str, name: str, description: str, taken: float) -> str:
    """A snapshot made at once, dated `taken` (a scenario's history, made when the pool is served)."""
    ref = _snapshot_record(call, vm, name, [])
    call.store.update("VM", ref, {"name_description": description, "snapshot_time": to_datetime(taken)})
    call.ctx.after_operation("VM", ref)
    return ref


@api("VM.snapshot")
async def snapshot(call: Call, vm: str, new_name: str, ignore_vdis: list[str] | None = None) -> str:
    vm_rules.check(vm, call.store.get("VM", vm), "snapshot")
    call.begin_op("VM", vm, "snapshot")
    await call.sleep(SNAPSHOT_SECONDS)
    ref = _snapshot_record(call, vm, new_name, ignore_vdis or [])
    call.ctx.after_operation("VM", ref)
    domains.announce(call.ctx, vm, "VM_SNAPSHOTTED")
    return ref


@api("VM.snapshot_with_quiesce")
def snapshot_with_quiesce(call: Call, vm: str, new_name: str) -> str:
    call.store.get("VM", vm)
    raise ApiError("VM_SNAPSHOT_WITH_QUIESCE_NOT_SUPPORTED", vm, "VSS support has been removed")


@api("VM.checkpoint")
async def checkpoint(call: Call, vm: str, new_name: str) -> str:
    """A snapshot with the memory image: the checkpoint is Suspended and can be reverted to running."""
    store = call.store
    record = store.get("VM", vm)
    editions.check(store, "checkpoint")
    vm_rules.check(vm, record, "checkpoint")
    pool = next(iter(store.table("pool").values()))
    sr = record["suspend_SR"] if record["suspend_SR"] in store.table("SR") else pool["suspend_image_SR"]
    if sr not in store.table("SR"):
        raise ApiError("VM_NO_SUSPEND_SR", vm)
    memory = vm_fields.memory_target(record) or vm_fields.memory_static_max(record)
    storage.assert_space(store, {sr: memory})
    call.begin_op("VM", vm, "checkpoint")
    await call.sleep(SNAPSHOT_SECONDS + memory / MEMORY_BYTES_PER_SECOND)
    ref = _snapshot_record(call, vm, new_name, [])
    image = storage.create_vdi(store, sr, f"Suspend image for {new_name}", memory, "suspend", data=memory)
    store.update("VM", ref, {"power_state": "Suspended", "suspend_VDI": image, "suspend_SR": sr})
    call.ctx.after_operation("VM", ref)
    domains.announce(call.ctx, vm, "VM_SNAPSHOTTED")
    return ref


# What a revert copies back from the snapshot onto the VM (its configuration, not its identity).
REVERTED = ("memory_static_min", "memory_dynamic_min", "memory_dynamic_max", "memory_static_max",
            "VCPUs_max", "VCPUs_at_startup", "VCPUs_params", "platform", "HVM_boot_params", "HVM_boot_policy",
            "PV_bootloader", "PV_args", "PV_kernel", "PV_ramdisk", "other_config", "domain_type",
            "actions_after_shutdown", "actions_after_reboot", "actions_after_crash", "name_description")


@api("VM.revert")
async def revert(call: Call, snapshot: str) -> None:
    store = call.store
    snap = store.get("VM", snapshot)
    if not snap["is_a_snapshot"]:
        raise ApiError("REVERT_ONLY_ALLOWED_ON_SNAPSHOT")
    vm = snap["snapshot_of"]
    if store.find("VM", vm) is None:
        raise ApiError("VM_REVERT_FAILED", vm, snapshot)
    call.begin_op("VM", vm, "revert")
    record = store.get("VM", vm)
    if vm_fields.has_domain(record):
        domains.destroy_domain(call.ctx, vm)
    if record["suspend_VDI"] != NULL_REF and store.find("VDI", record["suspend_VDI"]) is not None:
        storage.destroy_vdi(store, record["suspend_VDI"])
        store.update("VM", vm, {"suspend_VDI": NULL_REF})
    await call.sleep(SNAPSHOT_SECONDS)
    old_disks = vm_copy.disk_vdis(call.ctx, vm)
    for vbd in list(store.get("VM", vm)["VBDs"]):
        store.destroy("VBD", vbd)
    for vif in list(store.get("VM", vm)["VIFs"]):
        store.destroy("VIF", vif)
    # Clone the snapshot's disks first: destroying the old disks also destroys their VBDs.
    vm_copy.copy_devices(call.ctx, snapshot, vm, lambda vdi: storage.clone_vdi(store, vdi), new_macs=False)
    for vdi in old_disks:
        if store.find("VDI", vdi) is not None:
            storage.destroy_vdi(store, vdi)
    changes: dict[str, Any] = {field: vm_copy._copy(snap[field]) for field in REVERTED}
    changes.update({"power_state": "Halted", "parent": snapshot})
    if vm_fields.power_state(snap) == "Suspended" and snap["suspend_VDI"] != NULL_REF:
        changes.update({"power_state": "Suspended", "suspend_VDI": storage.clone_vdi(store, snap["suspend_VDI"]),
                        "suspend_SR": snap["suspend_SR"]})
    store.update("VM", vm, changes)


@api("VM.clone")
async def clone(call: Call, vm: str, new_name: str) -> str:
    store = call.store
    record = store.get("VM", vm)
    vm_rules.check(vm, record, "clone")
    disks = vm_copy.disk_vdis(call.ctx, vm)
    storage.assert_space(store, storage.merge_needs(*(storage.clone_needs(store, vdi) for vdi in disks)))
    call.begin_op("VM", vm, "clone")
    await call.sleep(CLONE_SECONDS)
    ref = vm_copy.copy_record(call.ctx, vm, new_name, {"is_a_template": record["is_a_template"]})
    vm_copy.copy_devices(call.ctx, vm, ref, lambda vdi: storage.clone_vdi(store, vdi), new_macs=True)
    call.ctx.after_operation("VM", ref)
    domains.announce(call.ctx, ref, "VM_CLONED")
    return ref


@api("VM.copy")
async def copy(call: Call, vm: str, new_name: str, sr: str) -> str:
    store = call.store
    record = store.get("VM", vm)
    vm_rules.check(vm, record, "copy")
    if sr != NULL_REF:
        store.get("SR", sr)
    disks = vm_copy.disk_vdis(call.ctx, vm)
    target = {vdi: sr if sr != NULL_REF else store.get("VDI", vdi)["SR"] for vdi in disks}
    storage.assert_space(store, storage.merge_needs(*(storage.copy_needs(store, vdi, target[vdi]) for vdi in disks)))
    call.begin_op("VM", vm, "copy")
    call.allow_cancel()
    total = sum(storage.copy_seconds(store, vdi) for vdi in disks) or CLONE_SECONDS
    done = 0.0
    for vdi in disks:
        seconds = storage.copy_seconds(store, vdi)
        await call.sleep(seconds)
        done += seconds
        call.progress(0.95 * done / total)
    call.allow_cancel(False)
    ref = vm_copy.copy_record(call.ctx, vm, new_name, {"is_a_template": record["is_a_template"]})
    vm_copy.copy_devices(call.ctx, vm, ref, lambda vdi: storage.copy_vdi(store, vdi, target[vdi]), new_macs=True)
    call.ctx.after_operation("VM", ref)
    return ref


_DISK = re.compile(r"<disk\s+([^>]*?)/?>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def provision_disks(spec: str) -> list[dict[str, str]]:
    """The <disk> entries of a template's other_config:disks provisioning XML."""
    return [dict(_ATTR.findall(match.group(1))) for match in _DISK.finditer(spec)]


@api("VM.provision")
async def provision(call: Call, vm: str) -> None:
    store = call.store
    record = store.get("VM", vm)
    vm_rules.check(vm, record, "provision")
    pool = next(iter(store.table("pool").values()))
    plans = []
    for disk in provision_disks(record["other_config"].get("disks", "")):
        sr = store.by_uuid["SR"].get(disk.get("sr", ""), pool["default_SR"])
        if sr not in store.table("SR"):
            raise ApiError("DEFAULT_SR_NOT_FOUND", sr)
        try:
            size = int(disk.get("size", "0"))
        except ValueError:
            raise ApiError(errors.INVALID_VALUE, "disks", disk.get("size", "")) from None
        plans.append((disk, sr, size))
    storage.assert_space(store, storage.merge_needs(*({sr: size} for _, sr, size in plans)))
    call.begin_op("VM", vm, "provision")
    await call.sleep(CLONE_SECONDS)
    for disk, sr, size in plans:
        device = disk.get("device", "0")
        vdi = storage.create_vdi(store, sr, f"{record['name_label']} {device}", size,
                                 disk.get("type", "system").lower() if disk.get("type") else "system")
        store.create("VBD", {"VM": vm, "VDI": vdi, "userdevice": device, "device": "",
                             "bootable": disk.get("bootable", "false") == "true", "mode": "RW", "type": "Disk",
                             "empty": False, "unpluggable": device != "0"})
    store.update("VM", vm, {"other_config": {k: v for k, v in record["other_config"].items() if k != "disks"}})


@api("VM.set_is_a_template")
def set_is_a_template(call: Call, self: str, value: bool) -> None:
    record = call.store.get("VM", self)
    if value == record["is_a_template"]:
        return
    if value:
        vm_rules.check(self, record, "make_into_template")
    elif record["is_a_snapshot"]:
        raise ApiError(errors.OPERATION_NOT_ALLOWED, "a snapshot cannot stop being a template")
    call.store.update("VM", self, {"is_a_template": value, "is_default_template": False})
    call.ctx.after_operation("VM", self)
