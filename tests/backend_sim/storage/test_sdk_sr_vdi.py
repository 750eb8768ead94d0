"""SRs, PBDs and VDIs through the official Python SDK over HTTP (reference §2.2, §2.5, §4 storage)."""

from __future__ import annotations

from typing import Any

import pytest

from storagesim import (  # noqa: F401
    NULL,
    GiB,
    assert_sums,
    clock_step,
    failure,
    pool_master,
    pv_guest,
    server_fixture,
    x_fixture,
)

NFS_CONFIG = {"server": "192.0.2.50", "serverpath": "/export/test"}  # the demo's NFS server


def iscsi_lun(x: Any, iqn: str, size_gib: int) -> dict[str, str]:
    """A fresh iSCSI target with one LUN of its own (the sim plugin), as SR.create's device_config."""
    x.host.call_plugin(pool_master(x), "sim", "add_storage_server",
                       {"kind": "iscsi", "address": "192.0.2.71", "iqn": iqn, "luns": str(size_gib)})
    config = {"target": "192.0.2.71", "targetIQN": iqn}
    listing = failure(x.SR.probe, pool_master(x), config, "lvmoiscsi", {})
    scsi_id = listing[3].split("<SCSIid>")[1].split("</SCSIid>")[0]
    return {**config, "SCSIid": scsi_id}


def new_sr(x: Any, sr_type: str, size: int, config: dict[str, str], *, shared: bool = True,
           content_type: str = "user") -> str:
    return str(x.SR.create(pool_master(x), config, str(size), f"test {sr_type}", "", sr_type, content_type, shared, {}))


def test_sr_create_per_type(x: Any) -> None:
    hosts = x.host.get_all()
    nfs = new_sr(x, "nfs", 50 * GiB, NFS_CONFIG)
    record = assert_sums(x, nfs)
    assert (record["type"], record["content_type"], record["shared"]) == ("nfs", "user", True)
    assert int(record["physical_size"]) == 50 * GiB and int(record["physical_utilisation"]) == 0
    pbds = [x.PBD.get_record(p) for p in record["PBDs"]]
    assert sorted(p["host"] for p in pbds) == sorted(hosts)  # shared: one PBD per host
    assert all(p["currently_attached"] and p["device_config"] == NFS_CONFIG for p in pbds)
    assert {"vdi_create", "vdi_snapshot", "scan"} <= set(record["allowed_operations"])
    assert "destroy" not in record["allowed_operations"]  # its PBDs are plugged

    local = new_sr(x, "lvm", 0, {"device": "/dev/sdb"}, shared=False)
    record = x.SR.get_record(local)
    assert [x.PBD.get_host(p) for p in record["PBDs"]] == [pool_master(x)]
    assert int(record["physical_size"]) > 0  # the driver's size when the client passes 0
    iso = new_sr(x, "iso", 0, {"location": "192.0.2.50:/export/iso"}, content_type="")
    assert x.SR.get_content_type(iso) == "iso"
    assert "vdi_clone" not in x.SR.get_allowed_operations(iso)
    for sr_type in ("lvm", "ext", "nfs", "lvmoiscsi", "lvmohba", "iso"):
        assert sr_type in x.SR.get_supported_types()


@pytest.mark.parametrize(("sr_type", "config", "code", "text"), [
    ("nfs", {"serverpath": "/x"}, "SR_BACKEND_FAILURE_102", "The request is missing the server parameter"),
    ("nfs", {"server": "a"}, "SR_BACKEND_FAILURE_101", "The request is missing the serverpath parameter"),
    ("lvmoiscsi", {"target": "a", "SCSIid": "b"}, "SR_BACKEND_FAILURE_96",
     "The request is missing or has an incorrect target IQN parameter"),
    ("lvmoiscsi", {"target": "a", "targetIQN": "b"}, "SR_BACKEND_FAILURE_107",
     "The SCSIid parameter is missing or incorrect"),
    ("iso", {}, "SR_BACKEND_FAILURE_94", "The request is missing the location parameter"),
])
def test_sr_create_checks_device_config(x: Any, sr_type: str, config: dict[str, str], code: str, text: str) -> None:
    count = len(x.SR.get_all())
    assert failure(x.SR.create, pool_master(x), config, "0", "bad", "", sr_type, "", True, {}) == [code, "", text, ""]
    assert len(x.SR.get_all()) == count


def test_sr_create_unknown_driver(x: Any) -> None:
    assert failure(x.SR.create, pool_master(x), {}, "0", "bad", "", "zfs", "", False, {}) == [
        "SR_UNKNOWN_DRIVER", "zfs"]


def test_sr_destroy_and_forget(x: Any) -> None:
    sr = new_sr(x, "nfs", 20 * GiB, NFS_CONFIG)
    vdi = x.VDI.create({"SR": sr, "virtual_size": str(GiB), "type": "user", "sharable": False, "read_only": False,
                        "other_config": {}, "name_label": "d"})
    assert failure(x.SR.destroy, sr) == ["SR_HAS_PBD", sr]
    assert failure(x.SR.forget, sr) == ["SR_HAS_PBD", sr]
    for pbd in x.SR.get_PBDs(sr):
        x.PBD.unplug(pbd)
    assert "destroy" not in x.SR.get_allowed_operations(sr)
    assert failure(x.SR.destroy, sr) == ["SR_NOT_EMPTY"]
    assert failure(x.VDI.destroy, vdi) == ["SR_HAS_NO_PBDS", sr]
    assert failure(x.SR.scan, sr) == ["SR_HAS_NO_PBDS", sr]
    for pbd in x.SR.get_PBDs(sr):
        x.PBD.plug(pbd)
    x.VDI.destroy(vdi)
    for pbd in x.SR.get_PBDs(sr):
        x.PBD.unplug(pbd)
    pbds = x.SR.get_PBDs(sr)
    assert "destroy" in x.SR.get_allowed_operations(sr)
    x.SR.destroy(sr)
    assert sr not in x.SR.get_all() and not set(pbds) & set(x.PBD.get_all())

    other = new_sr(x, "nfs", 20 * GiB, NFS_CONFIG)
    kept = x.VDI.create({"SR": other, "virtual_size": str(GiB), "type": "user", "sharable": False,
                         "read_only": False, "other_config": {}})
    for pbd in x.SR.get_PBDs(other):
        x.PBD.unplug(pbd)
    x.SR.forget(other)
    assert other not in x.SR.get_all() and kept not in x.VDI.get_all()


def test_pbds(x: Any) -> None:
    running, disk = pv_guest(x, "Running")
    sr = x.VDI.get_SR(disk)
    here = x.VM.get_resident_on(running)
    busy = next(p for p in x.SR.get_PBDs(sr) if x.PBD.get_host(p) == here)
    assert failure(x.PBD.unplug, busy)[0] == "VDI_IN_USE"
    assert disk in failure(x.PBD.unplug, busy)[1:]
    assert x.PBD.get_currently_attached(busy)
    idle_host = next(h for h in x.host.get_all() if not any(
        x.VBD.get_currently_attached(vbd) and x.VDI.get_SR(x.VBD.get_VDI(vbd)) == sr
        for vm in x.host.get_resident_VMs(h) for vbd in x.VM.get_VBDs(vm) if not x.VBD.get_empty(vbd)))
    idle = next(p for p in x.SR.get_PBDs(sr) if x.PBD.get_host(p) == idle_host)
    x.PBD.unplug(idle)
    x.PBD.unplug(idle)  # already unplugged: a no-op, as in xapi
    assert not x.PBD.get_currently_attached(idle)
    x.PBD.plug(idle)
    assert x.PBD.get_currently_attached(idle)
    assert failure(x.PBD.create, {"host": idle_host, "SR": sr, "device_config": {}}) == [
        "PBD_EXISTS", sr, idle_host, idle]
    assert failure(x.PBD.destroy, idle) == ["OPERATION_NOT_ALLOWED", "PBD is currently attached"]

    local = new_sr(x, "ext", 10 * GiB, {"device": "/dev/sdc"}, shared=False)
    other_host = next(h for h in x.host.get_all() if h != pool_master(x))
    extra = x.PBD.create({"host": other_host, "SR": local, "device_config": {"device": "/dev/sdc"}})
    assert not x.PBD.get_currently_attached(extra)
    assert failure(x.PBD.plug, extra) == ["SR_NOT_SHARABLE", local, other_host]
    x.PBD.destroy(extra)
    assert x.SR.get_PBDs(local) == [p for p in x.SR.get_PBDs(local) if x.PBD.get_host(p) == pool_master(x)]


def test_vdi_lifecycle_keeps_sums_exact(x: Any) -> None:
    sr = new_sr(x, "nfs", 40 * GiB, NFS_CONFIG)
    vdi = x.VDI.create({"SR": sr, "virtual_size": str(10 * GiB), "type": "user", "sharable": False,
                        "read_only": False, "other_config": {"k": "v"}, "name_label": "disk",
                        "name_description": "a disk", "sm_config": {}, "xenstore_data": {}, "tags": ["t"]})
    record = x.VDI.get_record(vdi)
    assert record["SR"] == sr and record["virtual_size"] == str(10 * GiB) and record["managed"]
    assert record["other_config"] == {"k": "v"} and record["tags"] == ["t"] and record["location"]
    assert {"snapshot", "clone", "copy", "resize", "destroy"} <= set(record["allowed_operations"])
    assert vdi in x.SR.get_VDIs(sr)
    first = assert_sums(x, sr)
    assert 0 < int(first["physical_utilisation"]) < GiB  # thin: an empty VHD
    assert int(first["virtual_allocation"]) == 10 * GiB

    snap = x.VDI.snapshot(vdi, {})
    assert_sums(x, sr)
    clone = x.VDI.clone(vdi, {})
    assert_sums(x, sr)
    x.VDI.resize(vdi, str(12 * GiB))
    assert x.VDI.get_virtual_size(vdi) == str(12 * GiB)
    assert failure(x.VDI.resize, vdi, str(GiB)) == [
        "SR_BACKEND_FAILURE_79", "", "VDI Invalid size [opterr=shrinking not allowed]", ""]
    assert int(assert_sums(x, sr)["virtual_allocation"]) == 32 * GiB
    for ref in (snap, clone, vdi):
        x.VDI.destroy(ref)
        assert_sums(x, sr)
    final = x.SR.get_record(sr)
    assert (final["VDIs"], final["physical_utilisation"], final["virtual_allocation"]) == ([], "0", "0")


def test_snapshot_chain_over_the_wire(x: Any) -> None:
    _, disk = pv_guest(x, "Halted")
    sr = x.VDI.get_SR(disk)
    x.SR.scan(sr)
    before = assert_sums(x, sr)
    used = int(x.VDI.get_physical_utilisation(disk))
    snap = x.VDI.snapshot(disk, {})
    live, shot = x.VDI.get_record(disk), x.VDI.get_record(snap)
    assert shot["is_a_snapshot"] and shot["snapshot_of"] == disk and snap in live["snapshots"]
    assert str(shot["snapshot_time"]) != "19700101T00:00:00Z"
    parent = live["sm_config"]["vhd-parent"]
    assert shot["sm_config"]["vhd-parent"] == parent
    base = x.VDI.get_by_uuid(parent)
    base_record = x.VDI.get_record(base)
    assert not base_record["managed"] and base_record["read_only"] and base_record["allowed_operations"] == []
    assert int(live["physical_utilisation"]) < used <= int(base_record["physical_utilisation"])
    after = assert_sums(x, sr)
    # The snapshot shares the blocks: it costs two empty VHDs, not a copy.
    assert int(after["physical_utilisation"]) - int(before["physical_utilisation"]) < 1024**2
    assert failure(x.VDI.destroy, base) == ["VDI_NOT_MANAGED", base]
    x.VDI.destroy(snap)
    assert "vhd-parent" not in x.VDI.get_sm_config(disk) and base not in x.VDI.get_all()
    assert assert_sums(x, sr)["physical_utilisation"] == before["physical_utilisation"]


def test_vdi_in_use_by_a_running_guest(x: Any) -> None:
    _, disk = pv_guest(x, "Running")
    assert failure(x.VDI.destroy, disk) == ["VDI_IN_USE", disk, "destroy"]
    assert failure(x.VDI.resize, disk, str(100 * GiB)) == ["VDI_IN_USE", disk, "resize"]
    snap = x.VDI.snapshot(disk, {})  # snapshots are taken live
    x.VDI.destroy(snap)


def test_sr_full(x: Any) -> None:
    thick = new_sr(x, "lvmoiscsi", 12 * GiB, iscsi_lun(x, "iqn.2026-02.test:full", 12))
    x.VDI.create({"SR": thick, "virtual_size": str(8 * GiB), "type": "user", "sharable": False,
                  "read_only": False, "other_config": {}})
    used = int(assert_sums(x, thick)["physical_utilisation"])
    assert used > 8 * GiB  # thick: allocated in full
    error = failure(x.VDI.create, {"SR": thick, "virtual_size": str(8 * GiB), "type": "user", "sharable": False,
                                   "read_only": False, "other_config": {}})
    assert error[0] == "SR_FULL" and int(error[1]) > 12 * GiB and error[2] == str(12 * GiB)
    _, disk = pv_guest(x, "Halted")
    error = failure(x.VDI.copy, disk, thick)
    assert error[0] == "SR_FULL" and error[2] == str(12 * GiB)
    assert int(assert_sums(x, thick)["physical_utilisation"]) == used


def wait_task(x: Any, task: str, *, step_seconds: float = 5.0, limit: int = 100) -> dict[str, Any]:
    for _ in range(limit):
        record: dict[str, Any] = x.task.get_record(task)
        if record["status"] not in ("pending", "cancelling"):
            return record
        clock_step(x, step_seconds)
    raise AssertionError("task still pending")


def test_async_copy_with_progress(x: Any) -> None:
    _, disk = pv_guest(x, "Halted")
    target = new_sr(x, "nfs", 100 * GiB, NFS_CONFIG)
    task = x.Async.VDI.copy(disk, target)
    clock_step(x, 0)
    assert task in x.VDI.get_current_operations(disk)
    assert x.VDI.get_current_operations(disk)[task] == "copy"
    assert x.task.get_allowed_operations(task) == ["cancel"]
    assert x.task.get_status(task) == "pending"
    clock_step(x, 2)
    progress = float(x.task.get_progress(task))
    assert 0 < progress < 1
    done = wait_task(x, task)
    assert done["status"] == "success", done["error_info"]
    copy = done["result"].removeprefix("<value>").removesuffix("</value>")
    record = x.VDI.get_record(copy)
    assert record["SR"] == target and record["virtual_size"] == x.VDI.get_virtual_size(disk)
    assert "vhd-parent" not in record["sm_config"] and not record["read_only"]
    assert x.VDI.get_current_operations(disk) == {}
    assert "copy" in x.VDI.get_allowed_operations(disk)
    assert int(assert_sums(x, target)["physical_utilisation"]) > GiB
    x.task.destroy(task)


def test_async_copy_can_be_cancelled(x: Any) -> None:
    _, disk = pv_guest(x, "Halted")
    target = new_sr(x, "nfs", 100 * GiB, NFS_CONFIG)
    task = x.Async.VDI.copy(disk, target, NULL, NULL)
    clock_step(x, 1)
    x.task.cancel(task)
    done = wait_task(x, task)
    assert done["status"] == "cancelled"
    assert x.SR.get_VDIs(target) == [] and x.VDI.get_current_operations(disk) == {}
    x.task.destroy(task)


def test_copy_into_an_existing_vdi(x: Any) -> None:
    _, disk = pv_guest(x, "Halted")
    sr = new_sr(x, "nfs", 100 * GiB, NFS_CONFIG)
    small = x.VDI.create({"SR": sr, "virtual_size": str(GiB), "type": "user", "sharable": False,
                          "read_only": False, "other_config": {}})
    size = x.VDI.get_virtual_size(disk)
    assert failure(x.VDI.copy, disk, NULL, NULL, small) == ["VDI_TOO_SMALL", small, size]
