"""SR.probe / probe_ext against the demo's storage servers, then a whole SR life through the SDK: create,
detach, repair, forget, reattach through SR.introduce + PBD.create + plug, destroy; SM's errors."""

from __future__ import annotations

import json
import xml.dom.minidom
from typing import Any

import pytest

from storagesim import GiB, failure, pool_master, server_fixture, x_fixture  # noqa: F401

NFS = {"server": "192.0.2.50"}
ISCSI = {"target": "192.0.2.60"}


def texts(xml_text: str, tag: str) -> list[str]:
    return [node.firstChild.data for node in xml.dom.minidom.parseString(xml_text).getElementsByTagName(tag)]


def probe_error(x: Any, config: dict[str, str], sr_type: str) -> list[str]:
    return failure(x.SR.probe, pool_master(x), config, sr_type, {})


def plugin(x: Any, fn: str, args: dict[str, str]) -> Any:
    return json.loads(x.host.call_plugin(pool_master(x), "sim", fn, args))


def test_probe_nfs_lists_exports_then_srs(x: Any) -> None:
    error = probe_error(x, NFS, "nfs")
    assert error[:3] == ["SR_BACKEND_FAILURE_101", "", "The request is missing the serverpath parameter"]
    assert "/export/vms" in texts(error[3], "Path") and set(texts(error[3], "Target")) == {"192.0.2.50"}
    demo_nfs = next(r for r in x.SR.get_all_records().values() if r["type"] == "nfs")
    answer = x.SR.probe(pool_master(x), {**NFS, "serverpath": "/export/vms"}, "nfs", {})
    assert texts(answer, "UUID") == [demo_nfs["uuid"]]
    by_name = probe_error(x, {"server": "nfs.course.lab"}, "nfs")  # the lab's DNS name reaches the same server
    assert texts(by_name[3], "Path") == texts(error[3], "Path")
    records = x.SR.probe_ext(pool_master(x), NFS, "nfs", {})
    assert {r["configuration"]["serverpath"] for r in records} >= {"/export/vms", "/export/backup"}
    assert not any(r["complete"] for r in records)


def test_probe_iscsi_iqns_luns_and_existing_sr(x: Any) -> None:
    error = probe_error(x, ISCSI, "lvmoiscsi")
    assert error[0] == "SR_BACKEND_FAILURE_96"
    assert texts(error[3], "TargetIQN") == ["iqn.2026-01.lab:storage.backup", "iqn.2026-01.lab:storage.lun0"]
    config = {**ISCSI, "targetIQN": "iqn.2026-01.lab:storage.lun0"}
    error = probe_error(x, config, "lvmoiscsi")
    assert error[0] == "SR_BACKEND_FAILURE_107"
    assert texts(error[3], "LUNid") == ["0", "1", "2"] and texts(error[3], "size")[1] == str(200 * GiB)
    used = texts(error[3], "SCSIid")[0]
    demo_iscsi = next(r for r in x.SR.get_all_records().values() if r["type"] == "lvmoiscsi")
    assert texts(x.SR.probe(pool_master(x), {**config, "SCSIid": used}, "lvmoiscsi", {}), "UUID") == [
        demo_iscsi["uuid"]]
    records = x.SR.probe_ext(pool_master(x), {**config, "SCSIid": used}, "lvmoiscsi", {})
    assert records[0]["complete"] and records[0]["sr"]["uuid"] == demo_iscsi["uuid"]
    assert int(records[0]["sr"]["total_space"]) == 1024 * GiB


@pytest.mark.parametrize(("sr_type", "config", "code"), [
    ("nfs", {"server": "192.0.2.99"}, "SR_BACKEND_FAILURE_88"),  # no NFS service there
    ("nfs", {"server": "nas.nowhere.test"}, "SR_BACKEND_FAILURE_140"),  # unresolvable name
    ("nfs", {"server": "192.0.2.50", "serverpath": "/export/none"}, "SR_BACKEND_FAILURE_73"),
    ("lvmoiscsi", {"target": "192.0.2.99"}, "SR_BACKEND_FAILURE_141"),
    ("lvmoiscsi", {"target": "192.0.2.60", "targetIQN": "iqn.2000-01.bad:x"}, "SR_BACKEND_FAILURE_68"),
    ("lvmoiscsi", {"target": "192.0.2.60", "targetIQN": "iqn.2026-01.lab:storage.lun0", "SCSIid": "360"},
     "SR_BACKEND_FAILURE_107"),
    ("iso", {"location": "//192.0.2.80/missing"}, "SR_BACKEND_FAILURE_222"),
    ("lvm", {"device": "/dev/sdb"}, "SR_OPERATION_NOT_SUPPORTED"),
])
def test_probe_errors(x: Any, sr_type: str, config: dict[str, str], code: str) -> None:
    assert probe_error(x, config, sr_type)[0] == code


def test_probe_hba_and_cifs(x: Any) -> None:
    error = probe_error(x, {}, "lvmohba")
    assert error[0] == "SR_BACKEND_FAILURE_107" and len(texts(error[3], "SCSIid")) == 2
    assert "<SRlist>" in x.SR.probe(pool_master(x), {"location": "//192.0.2.80/isos", "type": "cifs"}, "iso", {})
    assert failure(x.SR.probe, pool_master(x), {}, "zfs", {}) == ["SR_UNKNOWN_DRIVER", "zfs"]


def test_sr_life_on_a_new_server(x: Any) -> None:
    """A class adds an NFS server at run time and takes an SR through its whole life."""
    lab = plugin(x, "add_storage_server", {"kind": "nfs", "address": "192.0.2.90", "exports": "/srv/class"})
    assert lab["nfs"]["192.0.2.90"]["exports"] == ["/srv/class"]
    master, hosts = pool_master(x), x.host.get_all()
    config = {"server": "192.0.2.90", "serverpath": "/srv/class"}
    sr = x.SR.create(master, config, "0", "Class NFS", "", "nfs", "user", True, {})
    uuid = x.SR.get_uuid(sr)
    pbds = x.SR.get_PBDs(sr)
    assert len(pbds) == len(hosts) and all(x.PBD.get_currently_attached(p) for p in pbds)
    vdi = x.VDI.create({"SR": sr, "virtual_size": str(GiB), "type": "user", "sharable": False, "read_only": False,
                        "other_config": {}, "name_label": "kept disk"})
    vdi_uuid = x.VDI.get_uuid(vdi)
    x.pool.set_default_SR(x.pool.get_all()[0], sr)
    assert x.pool.get_default_SR(x.pool.get_all()[0]) == sr
    for pbd in pbds:  # detach
        x.PBD.unplug(pbd)
    for pbd in pbds:  # repair
        x.PBD.plug(pbd)
    assert all(x.PBD.get_currently_attached(p) for p in pbds)
    for pbd in pbds:
        x.PBD.unplug(pbd)
    x.SR.forget(sr)
    assert failure(x.SR.get_record, sr)[0] == "HANDLE_INVALID"
    # Reattach: probe finds the SR on the export, introduce it, a PBD per host, plug them.
    answer = x.SR.probe(master, config, "nfs", {})
    assert uuid in texts(answer, "UUID")
    again = x.SR.introduce(uuid, "Class NFS", "", "nfs", "user", True, {})
    assert failure(x.SR.introduce, uuid, "twice", "", "nfs", "user", True, {}) == ["SR_UUID_EXISTS", uuid]
    for host in hosts:
        pbd = x.PBD.create({"host": host, "SR": again, "device_config": config, "other_config": {}})
        x.PBD.plug(pbd)
    names = [x.VDI.get_name_label(v) for v in x.SR.get_VDIs(again)]
    assert names == ["kept disk"] and x.VDI.get_uuid(x.SR.get_VDIs(again)[0]) == vdi_uuid
    for vdi_ref in x.SR.get_VDIs(again):
        x.VDI.destroy(vdi_ref)
    for pbd in x.SR.get_PBDs(again):
        x.PBD.unplug(pbd)
    x.SR.destroy(again)
    assert uuid not in texts(x.SR.probe(master, config, "nfs", {}), "UUID")


def test_iscsi_sr_create_formats_a_blank_lun_and_refuses_a_used_one(x: Any) -> None:
    master = pool_master(x)
    config = {**ISCSI, "targetIQN": "iqn.2026-01.lab:storage.lun0"}
    used, blank = texts(probe_error(x, config, "lvmoiscsi")[3], "SCSIid")[:2]
    error = failure(x.SR.create, master, {**config, "SCSIid": used}, "0", "x", "", "lvmoiscsi", "user", True, {})
    assert error[0] == "SR_BACKEND_FAILURE_16"
    sr = x.SR.create(master, {**config, "SCSIid": blank}, "0", "New iSCSI", "", "lvmoiscsi", "user", True, {})
    assert int(x.SR.get_physical_size(sr)) == 200 * GiB  # the LUN's size
    assert texts(x.SR.probe(master, {**config, "SCSIid": blank}, "lvmoiscsi", {}), "UUID") == [x.SR.get_uuid(sr)]


def test_hba_and_cifs_iso_create(x: Any) -> None:
    master = pool_master(x)
    scsi_id = texts(probe_error(x, {}, "lvmohba")[3], "SCSIid")[0]
    sr = x.SR.create(master, {"SCSIid": scsi_id}, "0", "FC", "", "lvmohba", "user", True, {})
    assert int(x.SR.get_physical_size(sr)) == 300 * GiB
    plugin(x, "add_storage_server", {"kind": "cifs", "address": "192.0.2.81", "shares": "private",
                                     "username": "teacher", "password": "s3cret"})
    location = {"location": "//192.0.2.81/private", "type": "cifs", "username": "teacher"}
    error = failure(x.SR.create, master, {**location, "cifspassword": "wrong"}, "0", "ISO", "", "iso", "iso", True, {})
    assert error[0] == "SR_BACKEND_FAILURE_222" and "Permission denied" in error[2]
    iso = x.SR.create(master, {**location, "cifspassword": "s3cret"}, "0", "ISO", "", "iso", "iso", True, {})
    assert x.SR.get_content_type(iso) == "iso"


def test_add_storage_server_refuses_bad_arguments(x: Any) -> None:
    error = failure(x.host.call_plugin, pool_master(x), "sim", "add_storage_server", {"kind": "tape"})
    assert error[0] == "XENAPI_PLUGIN_FAILURE" and "kind must be one of" in error[3]
    error = failure(x.host.call_plugin, pool_master(x), "sim", "add_storage_server",
                    {"kind": "iscsi", "address": "192.0.2.95", "iqn": "bad", "luns": "10"})
    assert "iqn must be" in error[3]


def test_a_server_switched_off_fails_plug_until_it_is_back(x: Any) -> None:
    """The class's repair exercise: the NAS goes down, a server's PBD cannot plug, the NAS comes back, repair."""
    plugin(x, "add_storage_server", {"kind": "nfs", "address": "192.0.2.91", "exports": "/srv/repair"})
    config = {"server": "192.0.2.91", "serverpath": "/srv/repair"}
    sr = x.SR.create(pool_master(x), config, "0", "Repair me", "", "nfs", "user", True, {})
    pbd = x.SR.get_PBDs(sr)[0]
    x.PBD.unplug(pbd)
    lab = plugin(x, "set_storage_server_online", {"address": "192.0.2.91", "online": "false"})
    assert lab["offline"] == ["192.0.2.91"]
    assert failure(x.PBD.plug, pbd)[0] == "SR_BACKEND_FAILURE_88"
    assert probe_error(x, {"server": "192.0.2.91"}, "nfs")[0] == "SR_BACKEND_FAILURE_88"
    assert not x.PBD.get_currently_attached(pbd)
    plugin(x, "set_storage_server_online", {"address": "192.0.2.91", "online": "true"})
    x.PBD.plug(pbd)
    assert x.PBD.get_currently_attached(pbd)
    error = failure(x.host.call_plugin, pool_master(x), "sim", "set_storage_server_online", {"address": "10.9.9.9"})
    assert error[0] == "XENAPI_PLUGIN_FAILURE" and "no storage server" in error[3]
