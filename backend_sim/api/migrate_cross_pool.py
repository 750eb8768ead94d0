"""The cross-pool half of VM.migrate_send: the VM, its snapshots and their disks move to another pool.

As xapi does, the snapshots travel with the VM: their disks (and a checkpoint's memory image) are
copied to the destination SR, and the snapshot tree (snapshot_of, parent/children) is rebuilt
there with the same UUIDs. A snapshot disk absent from vdi_map goes where the disk it was taken
from goes, else where another disk from the same SR goes; failing both, VDI_NOT_IN_MAP.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import ApiError
from ..model import appliance, domains, storage, vm_copy, vm_fields
from ..wire.values import NULL_REF
from .call import Call
from .context import ApiContext

if TYPE_CHECKING:
    from .migrate_send_api import Plan

_DEVICE_RUNTIME = ("uuid", "VM", "currently_attached", "current_operations", "metrics")


def snapshot_disk_map(call: Call, vm: str, vdi_map: dict[str, str], disks: dict[str, str],
                      target: ApiContext) -> dict[str, str]:
    """Destination SR for each snapshot disk and memory image of `vm` (checked before anything moves)."""
    store = call.store
    by_source_sr = {store.get("VDI", vdi)["SR"]: sr for vdi, sr in disks.items()}
    out: dict[str, str] = {}
    for snap in store.get("VM", vm)["snapshots"]:
        for vdi in vm_copy.disk_vdis(call.ctx, snap):
            record = store.get("VDI", vdi)
            sr = vdi_map.get(vdi) or disks.get(record["snapshot_of"]) or by_source_sr.get(record["SR"])
            if sr is None:
                raise ApiError("VDI_NOT_IN_MAP", vdi)
            target.store.get("SR", sr)
            out[vdi] = sr
        image = store.get("VM", snap)["suspend_VDI"]
        if image != NULL_REF and store.find("VDI", image) is not None:
            out[image] = vdi_map.get(image) or _memory_sr(target, disks)
    return out


def _memory_sr(target: ApiContext, disks: dict[str, str]) -> str:
    """Where a checkpoint's memory image lands: the destination pool's suspend SR, else a disk's SR."""
    pool = next(iter(target.store.table("pool").values()))
    for sr in (pool["suspend_image_SR"], pool["default_SR"], *disks.values()):
        if sr != NULL_REF and target.store.find("SR", sr) is not None:
            return str(sr)
    raise ApiError("VM_NO_SUSPEND_SR", NULL_REF)


def assert_target_space(call: Call, target: ApiContext, moves: dict[str, str]) -> None:
    """SR_FULL up front when the destination SRs cannot hold every copied disk."""
    needs: dict[str, int] = {}
    for vdi, sr in moves.items():
        needs[sr] = needs.get(sr, 0) + int(call.store.get("VDI", vdi)["physical_utilisation"])
    storage.assert_space(target.store, needs)


def move_to_other_pool(call: Call, plan: Plan) -> str:
    """Recreate the VM, its snapshots, disks and devices in the destination pool, then remove them here."""
    source = call.store
    record = source.get("VM", plan.vm)
    copies = {vdi: _copy_vdi(call, plan, vdi, sr, {}) for vdi, sr in plan.disks.items()}
    new_vm = _recreate_vm(call, plan, plan.vm, copies, {})
    snapshots = list(record["snapshots"])
    moved = {plan.vm: new_vm}
    for snap in snapshots:
        moved[snap] = _recreate_snapshot(call, plan, snap, new_vm, copies)
    for old, new in moved.items():  # the tree, once every node exists on the far side
        parent = source.get("VM", old)["parent"]
        plan.target.store.update("VM", new, {"parent": moved.get(parent, NULL_REF)})
    state = vm_fields.power_state(record)
    for snap in snapshots:
        _remove_from_source(call, snap, [*vm_copy.disk_vdis(call.ctx, snap)])
    _remove_from_source(call, plan.vm, list(plan.disks))
    if state in ("Running", "Paused", "Suspended"):
        domains.bring_about(plan.target, new_vm, plan.host, state)
    for new in moved.values():
        plan.target.after_operation("VM", new)
    return new_vm


def _recreate_snapshot(call: Call, plan: Plan, snap: str, new_vm: str, copies: dict[str, str]) -> str:
    source = call.store
    snap_record = source.get("VM", snap)
    snap_copies = {}
    for vdi in vm_copy.disk_vdis(call.ctx, snap):
        taken_from = copies.get(source.get("VDI", vdi)["snapshot_of"], NULL_REF)
        snap_copies[vdi] = _copy_vdi(call, plan, vdi, plan.snapshot_disks[vdi], {
            "is_a_snapshot": True, "snapshot_of": taken_from,
            "snapshot_time": source.get("VDI", vdi)["snapshot_time"]})
    overrides: dict[str, Any] = {
        key: vm_copy._copy(snap_record[key]) for key in (
            "is_a_snapshot", "snapshot_time", "snapshot_info", "snapshot_metadata", "transportable_snapshot_id")}
    overrides.update({"snapshot_of": new_vm, "is_a_template": True})
    image = snap_record["suspend_VDI"]
    if image in plan.snapshot_disks:
        new_image = _copy_vdi(call, plan, image, plan.snapshot_disks[image], {})
        overrides.update({"power_state": "Suspended", "suspend_VDI": new_image,
                          "suspend_SR": plan.snapshot_disks[image]})
    return _recreate_vm(call, plan, snap, snap_copies, overrides)


def _copy_vdi(call: Call, plan: Plan, vdi: str, sr: str, extra: dict[str, Any]) -> str:
    old = call.store.get("VDI", vdi)
    new = storage.create_vdi(plan.target.store, sr, old["name_label"], old["virtual_size"], old["type"],
                             data=old["physical_utilisation"], name_description=old["name_description"],
                             other_config=old["other_config"], tags=old["tags"])
    if extra:
        plan.target.store.update("VDI", new, extra)
    return new


def _recreate_vm(call: Call, plan: Plan, ref: str, copies: dict[str, str], overrides: dict[str, Any]) -> str:
    """A VM row (a VM or one of its snapshots) in the destination pool with its devices."""
    source, target = call.store, plan.target.store
    record = source.get("VM", ref)
    fields = {key: vm_copy._copy(value) for key, value in record.items() if key not in vm_copy.NOT_COPIED}
    now = plan.target.clock.now_datetime()
    fields["metrics"] = target.create("VM_metrics", {"install_time": now, "last_updated": now})
    fields.update({"power_state": "Halted", "domid": -1, "uuid": record["uuid"], "affinity": NULL_REF,
                   "appliance": NULL_REF, "suspend_SR": NULL_REF, **overrides})
    new_vm = target.create("VM", fields)
    for vbd_ref in record["VBDs"]:
        vbd = source.get("VBD", vbd_ref)
        vdi = copies.get(vbd["VDI"], NULL_REF)
        target.create("VBD", {key: vm_copy._copy(value) for key, value in vbd.items()
                              if key not in (*_DEVICE_RUNTIME, "VDI")} | {"VM": new_vm, "VDI": vdi,
                                                                        "empty": vdi == NULL_REF})
    for vif_ref in record["VIFs"]:
        vif = source.get("VIF", vif_ref)
        target.create("VIF", {key: vm_copy._copy(value) for key, value in vif.items()
                              if key not in (*_DEVICE_RUNTIME, "network")}
                      | {"VM": new_vm, "network": _network_for(call, plan, vif_ref)})
    return new_vm


def _network_for(call: Call, plan: Plan, vif_ref: str) -> str:
    """The VM's own VIFs are in vif_map; a snapshot's VIF follows the VM's VIF with its MAC (as xapi infers)."""
    if vif_ref in plan.vifs:
        return plan.vifs[vif_ref]
    store = call.store
    vif = store.get("VIF", vif_ref)
    for mapped, network in plan.vifs.items():
        if store.get("VIF", mapped)["MAC"] == vif["MAC"]:
            return network
    for mapped, network in plan.vifs.items():
        if store.get("VIF", mapped)["device"] == vif["device"]:
            return network
    if plan.vifs:
        return next(iter(plan.vifs.values()))
    raise ApiError("VIF_NOT_IN_MAP", vif_ref)


def _remove_from_source(call: Call, vm: str, disks: list[str]) -> None:
    store = call.store
    record = store.get("VM", vm)
    if vm_fields.has_domain(record):
        domains.destroy_domain(call.ctx, vm)
    if not record["is_a_snapshot"]:
        domains.announce(call.ctx, vm, "VM_MIGRATED")
    suspend = store.get("VM", vm)["suspend_VDI"]
    for vbd in list(store.get("VM", vm)["VBDs"]):
        store.destroy("VBD", vbd)
    for vif in list(store.get("VM", vm)["VIFs"]):
        store.destroy("VIF", vif)
    for vdi in [*disks, suspend]:
        if vdi != NULL_REF and store.find("VDI", vdi) is not None:
            storage.destroy_vdi(store, vdi)
    metrics: Any = store.get("VM", vm)["metrics"]
    if store.find("VM_metrics", metrics) is not None:
        store.destroy("VM_metrics", metrics)
    call.ops = [(cls, ref) for cls, ref in call.ops if ref != vm]
    store.destroy("VM", vm)
    if record["appliance"] != NULL_REF:
        appliance.refresh(store, record["appliance"])  # the source's vApp lost a member
