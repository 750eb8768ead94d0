"""Creating an imported VM from an XVA's objects: its disks in the chosen SR, its devices, networks mapped.

Networks map by name to the target pool's, else to the pool's first non-internal network. Every row
created is remembered so that a failed or cancelled import leaves nothing behind (`undo`).
"""

from __future__ import annotations

from typing import Any

from ... import errors
from ...errors import ApiError
from ...model import network
from ...model.storage import vdis
from ...model.vm_copy import NOT_COPIED
from ...store.store import Store
from ...wire.values import NULL_REF
from .meta import BadMetadata, typed_fields

DEVICE_SKIP = frozenset({"uuid", "VM", "VDI", "network", "currently_attached", "current_operations", "metrics",
                         "allowed_operations", "status_code", "status_detail", "runtime_properties"})
VDI_SKIP = frozenset({"uuid", "SR", "VBDs", "crash_dumps", "snapshots", "snapshot_of", "parent", "location",
                      "physical_utilisation", "current_operations", "allowed_operations", "sm_config",
                      "metadata_of_pool", "storage_lock", "missing", "managed", "is_a_snapshot"})


class ImportedVm:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.created: list[tuple[str, str]] = []
        self.vm = NULL_REF
        self.disks: dict[str, tuple[str, str, int]] = {}  # export id -> (VDI ref, VDI uuid, virtual size)

    def undo(self) -> None:
        for cls, ref in reversed(self.created):
            if self.store.find(cls, ref) is not None:
                if cls == "VDI":
                    vdis.destroy_vdi(self.store, ref)
                else:
                    self.store.destroy(cls, ref)
        self.created.clear()

    def _made(self, cls: str, ref: str) -> str:
        self.created.append((cls, ref))
        return ref


def create_vm(store: Store, objects: list[dict[str, Any]], sr: str, now: Any) -> ImportedVm:
    """Rows for an XVA's VM and devices; the disks are empty until their blocks arrive."""
    by_id = {obj["id"]: obj for obj in objects}
    vms = [obj for obj in objects if obj["class"] == "VM"]
    if not vms:
        raise BadMetadata("ova.xml holds no VM")
    imported = ImportedVm(store)
    try:
        _create(store, imported, vms[0], by_id, sr, now)
    except BaseException:
        imported.undo()
        raise
    return imported


def _create(store: Store, imported: ImportedVm, vm_obj: dict[str, Any], by_id: dict[str, dict[str, Any]],
            sr: str, now: Any) -> None:
    record = vm_obj["snapshot"]
    fields = typed_fields("VM", record, NOT_COPIED | {"affinity", "protection_policy", "snapshot_schedule",
                                                      "appliance", "groups", "pending_guidances", "parent",
                                                      "recommendations_applied", "last_booted_record"})
    hvm = record.get("HVM_boot_policy", "") != ""
    fields["metrics"] = imported._made("VM_metrics", store.create("VM_metrics", {
        "install_time": now, "last_updated": now, "hvm": hvm}))
    fields.update({"power_state": "Halted", "domid": -1, "is_a_template": bool(fields.get("is_a_template", False))})
    imported.vm = imported._made("VM", store.create("VM", fields))
    for obj in by_id.values():
        if obj["class"] == "VBD" and obj["snapshot"].get("VM") == vm_obj["id"]:
            _create_vbd(store, imported, obj["snapshot"], by_id, sr)
        elif obj["class"] == "VIF" and obj["snapshot"].get("VM") == vm_obj["id"]:
            _create_vif(store, imported, obj["snapshot"], by_id)


def _create_vbd(store: Store, imported: ImportedVm, record: dict[str, Any], by_id: dict[str, dict[str, Any]],
                sr: str) -> None:
    vdi = NULL_REF
    vdi_obj = by_id.get(str(record.get("VDI", "")))
    if vdi_obj is not None and vdi_obj["class"] == "VDI":
        vdi = _create_vdi(store, imported, vdi_obj, sr)
    fields = typed_fields("VBD", record, DEVICE_SKIP)
    if vdi == NULL_REF:
        fields["empty"] = True
    imported._made("VBD", store.create("VBD", {**fields, "VM": imported.vm, "VDI": vdi, "currently_attached": False}))


def _create_vdi(store: Store, imported: ImportedVm, obj: dict[str, Any], sr: str) -> str:
    if obj["id"] in imported.disks:
        return imported.disks[obj["id"]][0]
    record = obj["snapshot"]
    fields = typed_fields("VDI", record, VDI_SKIP)
    size = int(fields.get("virtual_size", 0))
    if size < 0:
        raise BadMetadata(f"VDI {obj['id']} has a negative virtual_size")
    ref = vdis.create_vdi(store, sr, str(fields.get("name_label", "")), size, str(fields.get("type", "user")),
                          name_description=str(fields.get("name_description", "")),
                          read_only=bool(fields.get("read_only", False)), sharable=bool(fields.get("sharable", False)),
                          other_config=fields.get("other_config"), xenstore_data=fields.get("xenstore_data"),
                          tags=fields.get("tags", ()))
    imported._made("VDI", ref)
    imported.disks[obj["id"]] = (ref, store.get("VDI", ref)["uuid"], store.get("VDI", ref)["virtual_size"])
    return ref


def _create_vif(store: Store, imported: ImportedVm, record: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> None:
    net_obj = by_id.get(str(record.get("network", "")))
    name = str(net_obj["snapshot"].get("name_label", "")) if net_obj else ""
    target = _network_named(store, name)
    fields = typed_fields("VIF", record, DEVICE_SKIP | {"MAC", "MAC_autogenerated"})
    device = str(fields.get("device", "0"))
    mac = str(record.get("MAC", ""))
    fields["MAC"], fields["MAC_autogenerated"] = network.vif_mac(store, imported.vm, device, mac)
    imported._made("VIF", store.create("VIF", {**fields, "VM": imported.vm, "network": target,
                                                "currently_attached": False}))


def _network_named(store: Store, name: str) -> str:
    fallback = NULL_REF
    for ref, net in sorted(store.table("network").items(), key=lambda item: item[1]["name_label"]):
        if name and net["name_label"] == name:
            return ref
        internal = net.get("other_config", {}).get("is_host_internal_management_network") == "true"
        if fallback == NULL_REF and net.get("PIFs") and not internal:
            fallback = ref
    if fallback == NULL_REF:
        raise ApiError(errors.HANDLE_INVALID, "network", name)
    return fallback


def target_sr(store: Store, sr_param: str) -> str:
    """The SR named by sr_id (ref or uuid), else the pool's default SR (DEFAULT_SR_NOT_FOUND)."""
    if sr_param:
        if store.find("SR", sr_param) is not None:
            return sr_param
        try:
            return store.ref_by_uuid("SR", sr_param)
        except ApiError:
            raise ApiError(errors.HANDLE_INVALID, "SR", sr_param) from None
    for pool in store.table("pool").values():
        if store.find("SR", pool["default_SR"]) is not None:
            return str(pool["default_SR"])
        raise ApiError("DEFAULT_SR_NOT_FOUND", pool["default_SR"])
    raise ApiError("DEFAULT_SR_NOT_FOUND", NULL_REF)
