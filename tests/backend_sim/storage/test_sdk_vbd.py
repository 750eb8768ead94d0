"""VBDs through the official Python SDK: creation rules, hot-plug, and ISOs in a guest's CD drive."""

from __future__ import annotations

from typing import Any

import pytest

from storagesim import NULL, GiB, failure, guests, pv_guest, server_fixture, vbds, x_fixture  # noqa: F401


def isos(x: Any) -> list[str]:
    [library] = [ref for ref, r in x.SR.get_all_records().items() if r["content_type"] == "iso" and r["shared"]]
    return sorted(v for v in x.SR.get_VDIs(library) if x.VDI.get_name_label(v).endswith(".iso"))


def vbd_record(x: Any, vm: str, *, userdevice: str = "autodetect", vdi: str = NULL, vbd_type: str = "Disk",
               mode: str = "RW", empty: bool = False, unpluggable: bool = True) -> dict[str, Any]:
    return {"VM": vm, "VDI": vdi, "userdevice": userdevice, "bootable": False, "mode": mode, "type": vbd_type,
            "unpluggable": unpluggable, "empty": empty, "other_config": {}, "qos_algorithm_type": "",
            "qos_algorithm_params": {}}


def new_disk(x: Any, vm: str, *, read_only: bool = False) -> str:
    sr = x.VDI.get_SR(x.VBD.get_VDI(vbds(x, vm, "Disk")[0]))
    return str(x.VDI.create({"SR": sr, "virtual_size": str(GiB), "type": "user", "sharable": False,
                             "read_only": read_only, "other_config": {}, "name_label": "extra"}))


def test_iso_insert_and_eject_on_a_halted_guest(x: Any) -> None:
    vm, disk = pv_guest(x, "Halted")
    [cd] = vbds(x, vm, "CD")
    iso = isos(x)[0]
    assert x.VBD.get_empty(cd) and "insert" in x.VBD.get_allowed_operations(cd)
    assert failure(x.VBD.eject, cd) == ["VBD_IS_EMPTY", cd]
    assert failure(x.VBD.insert, cd, disk) == ["VDI_IS_NOT_ISO", disk, "user"]
    x.VBD.insert(cd, iso)
    record = x.VBD.get_record(cd)
    assert (record["VDI"], record["empty"]) == (iso, False)
    assert "eject" in record["allowed_operations"] and "insert" not in record["allowed_operations"]
    assert cd in x.VDI.get_VBDs(iso)
    assert failure(x.VBD.insert, cd, isos(x)[1]) == ["VBD_NOT_EMPTY", cd]
    x.VBD.eject(cd)
    record = x.VBD.get_record(cd)
    assert (record["VDI"], record["empty"]) == (NULL, True)
    assert cd not in x.VDI.get_VBDs(iso)
    disk_vbd = vbds(x, vm, "Disk")[0]
    assert failure(x.VBD.insert, disk_vbd, iso) == ["VBD_NOT_REMOVABLE_MEDIA", disk_vbd]
    assert failure(x.VBD.eject, disk_vbd) == ["VBD_NOT_REMOVABLE_MEDIA", disk_vbd]


def test_iso_in_a_running_guest(x: Any) -> None:
    vm, _ = pv_guest(x, "Running")
    [cd] = vbds(x, vm, "CD")
    x.VBD.insert(cd, isos(x)[0])
    assert x.VBD.get_VDI(cd) == isos(x)[0] and x.VBD.get_currently_attached(cd)
    x.VBD.eject(cd)
    assert x.VBD.get_empty(cd) and x.VBD.get_currently_attached(cd)


def test_no_media_change_while_suspended(x: Any) -> None:
    suspended = [ref for ref, _ in guests(x, "Suspended") if vbds(x, ref, "CD")]
    if not suspended:
        pytest.skip("the demo pool has no suspended guest with a CD drive")
    vm = suspended[0]
    [cd] = vbds(x, vm, "CD")
    assert failure(x.VBD.insert, cd, isos(x)[0]) == ["VM_BAD_POWER_STATE", vm, "halted, running", "suspended"]


def test_vbd_create_rules(x: Any) -> None:
    vm, _ = pv_guest(x, "Halted")
    extra = new_disk(x, vm)
    taken = x.VBD.get_userdevice(vbds(x, vm, "Disk")[0])
    assert failure(x.VBD.create, vbd_record(x, vm, vdi=extra, userdevice=taken)) == ["DEVICE_ALREADY_EXISTS", taken]
    assert failure(x.VBD.create, vbd_record(x, vm, vdi=extra, userdevice="xvda")) == ["DEVICE_ALREADY_EXISTS", "xvda"]
    assert failure(x.VBD.create, vbd_record(x, vm, vdi=extra, userdevice="zz9")) == ["INVALID_DEVICE", "zz9"]
    assert failure(x.VBD.create, vbd_record(x, vm, vbd_type="CD", empty=True)) == ["VBD_CDS_MUST_BE_READONLY"]
    assert failure(x.VBD.create, vbd_record(x, vm, empty=True)) == ["VBD_NOT_REMOVABLE_MEDIA", "in constructor"]
    assert failure(x.VBD.create, vbd_record(x, vm, vdi=extra, vbd_type="CD", mode="RO")) == [
        "VDI_IS_NOT_ISO", extra, "user"]
    read_only = new_disk(x, vm, read_only=True)
    assert failure(x.VBD.create, vbd_record(x, vm, vdi=read_only)) == ["VDI_READONLY", read_only]
    used = {int(x.VBD.get_userdevice(v)) for v in x.VM.get_VBDs(vm)}
    vbd = x.VBD.create(vbd_record(x, vm, vdi=extra))
    record = x.VBD.get_record(vbd)
    assert int(record["userdevice"]) == min(set(range(16)) - used)
    assert record["device"].startswith("xvd") and not record["currently_attached"]
    assert vbd in x.VM.get_VBDs(vm) and vbd in x.VDI.get_VBDs(extra)
    assert failure(x.VBD.plug, vbd) == ["VM_BAD_POWER_STATE", vm, "running", "halted"]
    x.VBD.destroy(vbd)
    assert vbd not in x.VM.get_VBDs(vm)
    x.VDI.destroy(extra)
    x.VDI.destroy(read_only)


def test_hotplug_on_a_running_guest(x: Any) -> None:
    vm, disk = pv_guest(x, "Running")
    root = next(v for v in vbds(x, vm, "Disk") if x.VBD.get_VDI(v) == disk)
    assert failure(x.VBD.unplug, root) == ["VBD_NOT_UNPLUGGABLE", root]
    extra = new_disk(x, vm)
    vbd = x.VBD.create(vbd_record(x, vm, vdi=extra))
    assert "plug" in x.VBD.get_allowed_operations(vbd)
    assert failure(x.VBD.unplug, vbd) == ["DEVICE_ALREADY_DETACHED", vbd]
    x.VBD.plug(vbd)
    assert x.VBD.get_currently_attached(vbd)
    assert "unplug" in x.VBD.get_allowed_operations(vbd)
    assert failure(x.VBD.plug, vbd) == ["DEVICE_ALREADY_ATTACHED", vbd]
    assert failure(x.VDI.destroy, extra) == ["VDI_IN_USE", extra, "destroy"]
    assert failure(x.VBD.destroy, vbd)[0] == "OPERATION_NOT_ALLOWED"
    assert failure(x.VBD.set_mode, vbd, "RO") == ["VM_BAD_POWER_STATE", vm, "halted", "running"]
    x.VBD.unplug(vbd)
    assert not x.VBD.get_currently_attached(vbd)
    x.VBD.plug(vbd)
    x.VBD.unplug_force(vbd)
    x.VBD.destroy(vbd)
    x.VDI.destroy(extra)
    assert extra not in x.VDI.get_all()


def test_destroying_a_vdi_removes_its_vbds(x: Any) -> None:
    vm, _ = pv_guest(x, "Halted")
    extra = new_disk(x, vm)
    vbd = x.VBD.create(vbd_record(x, vm, vdi=extra))
    x.VDI.destroy(extra)
    assert vbd not in x.VBD.get_all() and vbd not in x.VM.get_VBDs(vm)
