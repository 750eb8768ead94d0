"""VBD messages: create (device validation), destroy, hot-plug and CD insert/eject.

The operation rules (xapi_vbd_helpers) are in model/storage.py, shared with allowed_operations.
"""

from __future__ import annotations

import re
from typing import Any

from .. import errors
from ..errors import ApiError
from ..model import storage
from ..model.placement import needs_hvm
from ..wire.values import NULL_REF
from .call import Call
from .registry import api
from .vdi_api import constructor_fields

# xapi's valid_device: a disk number or a Linux-style name, with an optional partition number.
_DEVICE = re.compile(r"^(?:(?:sd|xvd|hd)([a-p])|fd([ab]))(\d*)$")
ATTACHABLE_TYPES = ("system", "user", "ephemeral", "suspend", "crashdump", "metadata", "rrd", "pvs_cache")
MAX_DEVICES = 255  # per-VM VBD limit
HVM_IDE = 4  # HVM CD drives live on the emulated IDE bus (hda..hdd)


def disk_number(device: str) -> int | None:
    """The position a userdevice names ("1", "xvdb", "hdb" and "sdb1" are all 1); None if invalid."""
    if re.fullmatch(r"-?\d+", device):
        return int(device)
    match = _DEVICE.match(device)
    if match is None:
        return None
    return ord(match[1] or match[2]) - ord("a")


def device_name(number: int, hvm: bool) -> str:
    prefix = "hd" if hvm and number < HVM_IDE else "xvd"
    letters = ""
    number += 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return prefix + letters


def _used_numbers(call: Call, vm: dict[str, Any]) -> set[int]:
    used = set()
    for vbd in vm["VBDs"]:
        number = disk_number(call.store.get("VBD", vbd)["userdevice"])
        if number is not None:
            used.add(number)
    return used


def _check_media(call: Call, fields: dict[str, Any]) -> None:
    vdi = None if fields["empty"] else call.store.get("VDI", fields["VDI"])
    if vdi is not None and vdi["type"] not in ATTACHABLE_TYPES:
        raise ApiError("VDI_INCOMPATIBLE_TYPE", fields["VDI"], vdi["type"])
    if fields["type"] == "CD" and fields["mode"] != "RO":
        raise ApiError("VBD_CDS_MUST_BE_READONLY")
    if fields["type"] != "CD" and fields["empty"]:
        raise ApiError("VBD_NOT_REMOVABLE_MEDIA", "in constructor")
    if vdi is not None and fields["type"] == "CD":
        _assert_iso(call, fields["VDI"])
    if vdi is not None and fields["mode"] == "RW" and vdi["read_only"]:
        raise ApiError("VDI_READONLY", fields["VDI"])


def _assert_iso(call: Call, vdi: str) -> None:
    content_type = call.store.get("SR", call.store.get("VDI", vdi)["SR"])["content_type"]
    if content_type != "iso":
        raise ApiError("VDI_IS_NOT_ISO", vdi, content_type)


@api("VBD.create")
def create(call: Call, args: dict[str, Any]) -> str:
    fields = constructor_fields("VBD", args)
    store = call.store
    vm = store.get("VM", fields["VM"])
    if fields["empty"]:
        fields["VDI"] = NULL_REF  # an empty drive references no VDI
    _check_media(call, fields)
    for task, op in vm["current_operations"].items():
        if op in ("migrate_send", "pool_migrate"):
            raise ApiError(errors.OTHER_OPERATION_IN_PROGRESS, "VM", fields["VM"], op, task)
    userdevice = fields["userdevice"]
    used = _used_numbers(call, vm)
    hvm = needs_hvm(vm)
    if userdevice == "autodetect":
        limit = HVM_IDE if hvm and fields["type"] == "CD" else MAX_DEVICES
        free = [n for n in range(limit) if n not in used]
        if not free:
            raise ApiError("INVALID_DEVICE", userdevice)
        userdevice = str(free[0])
    number = disk_number(userdevice)
    if number is None:
        raise ApiError("INVALID_DEVICE", userdevice)
    if number in used:
        raise ApiError("DEVICE_ALREADY_EXISTS", userdevice)
    # No VBD_metrics row: the class and the VBD.metrics field are removed from the datamodel.
    ref = store.create("VBD", {**fields, "userdevice": userdevice, "currently_attached": False,
                               "device": fields["device"] or (device_name(number, hvm) if number >= 0 else "")})
    storage.refresh_storage(store, "VBD", ref)
    return ref


@api("VBD.destroy")
def destroy(call: Call, self: str) -> None:
    record = call.store.get("VBD", self)
    if record["currently_attached"]:
        vm = call.store.find("VM", record["VM"])
        raise ApiError(errors.OPERATION_NOT_ALLOWED,
                       f"VBD '{record['uuid']}' still attached to '{vm['uuid'] if vm else record['VM']}'")
    storage.destroy_vbd_record(call.store, self)
    storage.refresh_storage(call.store, "VDI", record["VDI"])


def _attach(call: Call, vbd: str, op: str, attached: bool) -> None:
    call.store.get("VBD", vbd)
    storage.check_vbd(call.store, vbd, op)
    call.store.update("VBD", vbd, {"currently_attached": attached})
    storage.refresh_storage(call.store, "VBD", vbd)


@api("VBD.plug")
def plug(call: Call, self: str) -> None:
    _attach(call, self, "plug", True)


@api("VBD.unplug")
def unplug(call: Call, self: str) -> None:
    _attach(call, self, "unplug", False)


@api("VBD.unplug_force")
def unplug_force(call: Call, self: str) -> None:
    _attach(call, self, "unplug_force", False)


@api("VBD.insert")
def insert(call: Call, vbd: str, vdi: str) -> None:
    store = call.store
    store.get("VBD", vbd)
    storage.check_vbd(store, vbd, "insert")
    if not store.get("VDI", vdi)["managed"]:
        raise ApiError("VDI_NOT_MANAGED", vdi)
    _assert_iso(call, vdi)
    old = store.get("VBD", vbd)["VDI"]
    store.update("VBD", vbd, {"VDI": vdi, "empty": False})
    storage.refresh_storage(store, "VBD", vbd)
    storage.refresh_storage(store, "VDI", old)


@api("VBD.eject")
def eject(call: Call, vbd: str) -> None:
    store = call.store
    store.get("VBD", vbd)
    storage.check_vbd(store, vbd, "eject")
    old = store.get("VBD", vbd)["VDI"]
    store.update("VBD", vbd, {"VDI": NULL_REF, "empty": True})
    storage.refresh_storage(store, "VBD", vbd)
    storage.refresh_storage(store, "VDI", old)


@api("VBD.assert_attachable")
def assert_attachable(call: Call, self: str) -> None:
    call.store.get("VBD", self)
    storage.check_vbd(call.store, self, "attach")


@api("VBD.set_mode")
def set_mode(call: Call, self: str, value: str) -> None:
    record = call.store.get("VBD", self)
    power = call.store.get("VM", record["VM"])["power_state"]
    if power != "Halted":
        raise ApiError(errors.VM_BAD_POWER_STATE, record["VM"], "halted", power.lower())
    call.store.update("VBD", self, {"mode": value})
    storage.refresh_storage(call.store, "VBD", self)
