"""The storage operation rules: the first error xapi gives for an SR, VDI or VBD operation."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ... import errors
from ...errors import ApiError
from ...store.store import Record, Store
from .. import vm_fields
from ..placement import needs_hvm
from .drivers import has_capability
from .pbds import plugged_pbds

# -- operation rules (xapi_sr_operations, xapi_vdi, xapi_vbd_helpers) -------------------------

SR_CAPABILITY = {"vdi_create": "VDI_CREATE", "vdi_destroy": "VDI_DELETE", "vdi_resize": "VDI_RESIZE",
                 "vdi_introduce": "VDI_INTRODUCE", "vdi_mirror": "VDI_MIRROR", "vdi_snapshot": "VDI_SNAPSHOT",
                 "vdi_clone": "VDI_CLONE", "update": "SR_UPDATE", "vdi_set_on_boot": "VDI_RESET_ON_BOOT/2",
                 "vdi_enable_cbt": "VDI_CONFIG_CBT", "vdi_disable_cbt": "VDI_CONFIG_CBT",
                 "vdi_data_destroy": "VDI_CONFIG_CBT", "vdi_list_changed_blocks": "VDI_CONFIG_CBT"}
SR_OPERATIONS = ("scan", "destroy", "forget", "plug", "unplug", "update", "vdi_create", "vdi_introduce",
                 "vdi_destroy", "vdi_resize", "vdi_clone", "vdi_snapshot", "vdi_mirror", "vdi_enable_cbt",
                 "vdi_disable_cbt", "vdi_data_destroy", "vdi_list_changed_blocks", "vdi_set_on_boot",
                 "pbd_create", "pbd_destroy")

VDI_CAPABILITY = {"destroy": "VDI_DELETE", "resize": "VDI_RESIZE", "update": "VDI_UPDATE", "clone": "VDI_CLONE",
                  "snapshot": "VDI_SNAPSHOT", "generate_config": "VDI_GENERATE_CONFIG", "mirror": "VDI_MIRROR",
                  "set_on_boot": "VDI_RESET_ON_BOOT/2"}
# Operations possible while the VDI is attached to a running guest.
VDI_LIVE = frozenset({"snapshot", "clone", "mirror", "blocked", "resize_online", "enable_cbt", "disable_cbt",
                      "data_destroy"})
# What a running copy lets others do to its source (a copy only reads).
BESIDE_COPY = frozenset({"copy", "clone", "update", "generate_config", "forget"})
VDI_ADVERTISED = ("clone", "copy", "destroy", "forget", "resize", "snapshot", "update")

VBD_OPERATIONS = ("attach", "eject", "insert", "plug", "unplug", "unplug_force", "pause", "unpause")
PLUG_OPS = ("plug", "unplug", "unplug_force")


def check_sr(store: Store, ref: str, op: str) -> None:
    """Raise the first error xapi's SR operation table gives for `op`."""
    sr = store.get("SR", ref)
    capability = SR_CAPABILITY.get(op)
    if capability is not None and not has_capability(store, ref, capability):
        raise ApiError("SR_OPERATION_NOT_SUPPORTED", ref)
    if op in ("destroy", "forget") and plugged_pbds(store, ref):
        raise ApiError("SR_HAS_PBD", ref)
    if op == "destroy" and not sr["PBDs"]:
        raise ApiError("SR_HAS_NO_PBDS", ref)
    if op == "destroy" and any(store.get("VDI", v)["managed"] and store.get("VDI", v)["type"] != "rrd"
                               for v in sr["VDIs"]):
        raise ApiError("SR_NOT_EMPTY")
    for task, other in sr["current_operations"].items():
        raise ApiError(errors.OTHER_OPERATION_IN_PROGRESS, "SR", ref, other, task)


def check_vdi(store: Store, ref: str, op: str) -> None:
    """Raise the first error xapi's VDI operation check gives for `op`."""
    vdi = store.get("VDI", ref)
    if not vdi["managed"]:
        raise ApiError("VDI_NOT_MANAGED", ref)
    for task, other in vdi["current_operations"].items():
        if other == "copy" and op == "snapshot":
            raise ApiError(errors.OPERATION_NOT_ALLOWED, "Snapshot operation not allowed during copy.")
        if other != "copy" or op not in BESIDE_COPY:
            raise ApiError(errors.OTHER_OPERATION_IN_PROGRESS, "VDI", ref, other, task)
    sr = vdi["SR"]
    if op == "resize" and not plugged_pbds(store, sr):
        raise ApiError("SR_HAS_NO_PBDS", sr)
    if op not in VDI_LIVE:
        active = [store.get("VBD", vbd) for vbd in vdi["VBDs"] if store.get("VBD", vbd)["currently_attached"]]
        if op == "copy":  # a copy only needs the disk not to change under it
            active = [vbd for vbd in active if vbd["mode"] == "RW"]
        if active:
            raise ApiError("VDI_IN_USE", ref, op)
    sr_record = store.get("SR", sr)
    if op == "destroy" and sr_record["type"] == "udev":
        raise ApiError("VDI_IS_A_PHYSICAL_DEVICE", ref)
    if op == "destroy" and sr_record["is_tools_sr"]:
        raise ApiError("SR_OPERATION_NOT_SUPPORTED", sr)
    if op == "snapshot" and vdi["sharable"]:
        raise ApiError("VDI_IS_SHARABLE", ref)
    if op == "snapshot" and vdi["on_boot"] == "reset":
        raise ApiError("VDI_ON_BOOT_MODE_INCOMPATIBLE_WITH_OPERATION")
    if op == "copy" and vdi["type"] in ("ha_statefile", "redo_log"):
        raise ApiError(errors.OPERATION_NOT_ALLOWED,
                       "VDI containing HA statefile or redo log cannot be copied (check the VDI's allowed operations).")
    capability = VDI_CAPABILITY.get(op)
    if capability is not None and not has_capability(store, sr, capability):
        raise ApiError("SR_OPERATION_NOT_SUPPORTED", sr)


def vbd_errors(store: Store, ref: str, *, sharing: bool) -> dict[str, ApiError | None]:
    """xapi's VBD operation table: the first error per operation, None when it may run.

    `sharing` adds the RO/RW sharing checks xapi skips when it only refreshes allowed_operations.
    """
    vbd = store.get("VBD", ref)
    table: dict[str, ApiError | None] = dict.fromkeys(VBD_OPERATIONS)

    def refuse(code: str, params: Iterable[object], ops: Iterable[str]) -> None:
        for op in ops:
            if table[op] is None:
                table[op] = ApiError(code, *params)

    current = list(vbd["current_operations"].items())
    if current:
        busy = ["VBD", ref, current[0][1], current[0][0]]
        running = {op for _, op in current}
        refuse(errors.OTHER_OPERATION_IN_PROGRESS, busy, [o for o in VBD_OPERATIONS if o not in ("pause", "unpause")])
        if running - {"pause", "unpause"}:
            refuse(errors.OTHER_OPERATION_IN_PROGRESS, busy, ["pause"])
        if running - {"attach", "pause", "unpause"}:
            refuse(errors.OTHER_OPERATION_IN_PROGRESS, busy, ["unpause"])
    if not vbd["unpluggable"]:
        refuse("VBD_NOT_UNPLUGGABLE", [ref], ["unplug", "unplug_force"])
    if vbd["type"] != "CD":
        refuse("VBD_NOT_REMOVABLE_MEDIA", [ref], ["insert", "eject"])
    if vbd["empty"]:
        refuse("VBD_IS_EMPTY", [ref], ["eject"])
    else:
        refuse("VBD_NOT_EMPTY", [ref], ["insert"])
    vm = store.get("VM", vbd["VM"])
    power = vm_fields.power_state(vm)
    if power == "Running" and vbd["currently_attached"]:
        refuse("DEVICE_ALREADY_ATTACHED", [ref], ["plug"])
    elif power == "Running":
        refuse("DEVICE_ALREADY_DETACHED", [ref], ["unplug", "unplug_force"])
    else:
        bad = PLUG_OPS if power == "Paused" else (*PLUG_OPS, "pause", "unpause")
        refuse(errors.VM_BAD_POWER_STATE, [vbd["VM"], "running", power.lower()], bad)
    for op in vm["current_operations"].values():
        if op in ("clean_shutdown", "hard_shutdown", "suspend", "pause"):
            refuse(errors.OPERATION_NOT_ALLOWED, [f"Current operation on VM:{vbd['VM']} is {op}"], ["plug", "unplug"])
    if power == "Running" and needs_hvm(vm):
        _hvm_hotplug_rules(store, vm, vbd, refuse)
    if vbd["type"] == "CD" and power == "Suspended":
        refuse(errors.VM_BAD_POWER_STATE, [vbd["VM"], "halted, running", "suspended"], ["insert", "eject"])
    vdi = None if vbd["empty"] else store.find("VDI", vbd["VDI"])
    if vdi is not None:
        if not vdi["managed"]:
            refuse("VDI_NOT_MANAGED", [ref], VBD_OPERATIONS)
        for task, op in vdi["current_operations"].items():
            if op not in ("copy", "mirror"):
                refuse(errors.OTHER_OPERATION_IN_PROGRESS, ["VDI", vbd["VDI"], op, task], ["attach", "plug", "insert"])
        if sharing and not vbd["currently_attached"]:
            _sharing_rules(store, ref, vbd, vdi, refuse)
    return table


def _hvm_hotplug_rules(store: Store, vm: Record, vbd: Record, refuse: Any) -> None:
    metrics = store.find("VM_guest_metrics", vm["guest_metrics"])
    hotplug = metrics["can_use_hotplug_vbd"] if metrics is not None else "unspecified"
    if hotplug == "no":
        refuse(errors.OPERATION_NOT_ALLOWED, ["VM states it does not support VBD hotplug."], PLUG_OPS)
    elif hotplug == "unspecified" and (metrics is None or not metrics["PV_drivers_detected"]):
        refuse("VM_MISSING_PV_DRIVERS", [vbd["VM"]], PLUG_OPS)
    if vbd["type"] == "CD":
        refuse(errors.OPERATION_NOT_ALLOWED, ["HVM CDROMs cannot be hotplugged/unplugged, only inserted or ejected"],
               PLUG_OPS)


def _sharing_rules(store: Store, ref: str, vbd: Record, vdi: Record, refuse: Any) -> None:
    others = []
    for other_ref in vdi["VBDs"]:
        other = store.find("VBD", other_ref)
        if other_ref == ref or other is None:
            continue
        owner = store.find("VM", other["VM"])
        if owner is None or vm_fields.power_state(owner) == "Suspended" or vm_fields.is_control_domain(owner):
            continue
        if other["currently_attached"] or other["current_operations"]:
            others.append(other)
    need_write = vbd["mode"] == "RW"
    if not vdi["sharable"] and (any(o["mode"] == "RW" for o in others) or (need_write and others)):
        refuse("VDI_IN_USE", [vbd["VDI"]], ["attach", "insert", "plug"])
    if need_write and vdi["read_only"]:
        refuse("VDI_READONLY", [vbd["VDI"]], ["attach", "insert", "plug"])


def check_vbd(store: Store, ref: str, op: str) -> None:
    error = vbd_errors(store, ref, sharing=True)[op]
    if error is not None:
        raise error
