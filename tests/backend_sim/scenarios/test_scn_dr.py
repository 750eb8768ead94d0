"""Scenario: disaster recovery between the demo's pools (the course lab and the Remote site share storage).

Expected behaviour is xapi's (xapi_dr.ml, xapi_dr_task.ml, the Import rules of VM.recover): replicating the
pool database makes a VDI of type "metadata" on a shared SR (pool.metadata_VDIs); another pool's DR_task
probes the storage, introduces and plugs the whitelisted SRs and sees that VDI; VDI.open_database gives a
session reading the lost pool's VMs and vApps; VM.recover recreates a VM with its uuid, halted, on the same
disks; a VM the pool has is replaced only when halted and forced (VM_TO_IMPORT_IS_NOT_NEWER_VERSION); a VM of
a vApp goes with its vApp (VM_IS_PART_OF_AN_APPLIANCE); everything is gated by the edition (restrict_dr).
"""

from __future__ import annotations

import xmlrpc.client
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import XenAPI

from conftest import SimServer
from scnsim import NULL, Pool, lab, remote

NFS = "NFS virtual disks"
ISCSI = "iSCSI virtual disks"
NFS_CONFIG = {"server": "192.0.2.50", "serverpath": "/export/vms"}
BOOT = 61.0  # a host that lost power boots this long before it rejoins (model: 60 s)


@pytest.fixture()
def sites() -> Iterator[tuple[SimServer, Pool, Pool]]:
    with lab() as (server, main), remote(server) as far:
        yield server, main, far


def refused(call: Any, *args: Any) -> list[str]:
    with pytest.raises(XenAPI.Failure) as caught:
        call(*args)
    return list(caught.value.details)


@contextmanager
def foreign(pool: Pool, vdi: str) -> Iterator[Any]:
    """A session on the database in a metadata VDI (VDI.open_database), logged out afterwards."""
    session = pool.x.VDI.open_database(vdi)
    proxy = XenAPI.Session(pool.url)
    proxy._session = session
    proxy.last_login_method = "open_database"  # the SDK logs this session out as it would its own
    try:
        yield proxy.xenapi
    finally:
        proxy.xenapi.session.logout()
        proxy("close")()


def replicate(pool: Pool, sr_name: str) -> str:
    """Turn replication on and return the pool's metadata VDI on that SR."""
    sr = pool.sr(sr_name)
    pool.x.SR.enable_database_replication(sr)
    [vdi] = [v for v in pool.x.pool.get_metadata_VDIs(pool.x.pool.get_all()[0]) if pool.x.VDI.get_SR(v) == sr]
    return str(vdi)


def metadata_vdis(pool: Pool, sr: str) -> list[str]:
    return [v for v in pool.x.SR.get_VDIs(sr) if pool.x.VDI.get_type(v) == "metadata"]


def lose(pool: Pool) -> list[str]:
    """Every host of the pool loses power (the site is lost); its hosts, to bring back later."""
    hosts = [str(h) for h in pool.x.host.get_all()]
    master = pool.master()
    for host in [h for h in hosts if h != master] + [master]:
        assert pool.plugin("fail_host", {"host": host, "mode": "power"}, host=master) == "ok"
    return hosts


def vapp_member(pool: Pool, app: str) -> str:
    """A halted VM of the vApp with one disk on the NFS SR (appliance is a constructor field of VM)."""
    x = pool.x
    record = x.VM.get_record(pool.vm("student-pc2"))  # a full record: VM.create wants every field
    vm = x.VM.create({**record, "name_label": "desk01", "appliance": app, "power_state": "Halted"})
    vdi = x.VDI.create({"name_label": "desk01 disk", "name_description": "", "SR": pool.sr(NFS),
                        "virtual_size": str(4 * 1024 ** 3), "type": "system", "sharable": False, "read_only": False,
                        "other_config": {}})
    x.VBD.create({"VM": vm, "VDI": vdi, "userdevice": "0", "bootable": True, "mode": "RW", "type": "Disk",
                  "empty": False, "other_config": {}, "qos_algorithm_type": "", "qos_algorithm_params": {}})
    return str(vm)


def vm_by_uuid(pool: Pool, uuid: str) -> str:
    return str(pool.x.VM.get_by_uuid(uuid))


def test_replication_writes_the_pool_database_to_a_metadata_vdi(sites: tuple[SimServer, Pool, Pool]) -> None:
    _, main, far = sites
    x = main.x
    vdi = replicate(main, NFS)
    record = x.VDI.get_record(vdi)
    assert record["type"] == "metadata" and record["metadata_of_pool"] == x.pool.get_all()[0]
    assert record["SR"] == main.sr(NFS)
    x.SR.enable_database_replication(main.sr(NFS))  # again: still one
    assert x.pool.get_metadata_VDIs(x.pool.get_all()[0]) == [vdi]
    # The remote site's probe (DR's form, sm_config metadata=true) finds the lab's SR with metadata on it.
    xml = far.x.SR.probe(far.master(), NFS_CONFIG, "nfs", {"metadata": "true"})
    assert x.SR.get_uuid(main.sr(NFS)) in xml and "<name_label>NFS virtual disks</name_label>" in xml
    assert "<pool_metadata_detected>true</pool_metadata_detected>" in xml
    # The pool's own database cannot be opened as a foreign one.
    assert refused(x.VDI.open_database, vdi) == ["VDI_CONTAINS_METADATA_OF_THIS_POOL", vdi, x.pool.get_all()[0]]
    x.SR.disable_database_replication(main.sr(NFS))
    assert x.pool.get_metadata_VDIs(x.pool.get_all()[0]) == []
    assert metadata_vdis(main, main.sr(NFS)) == []


def test_failover_to_the_remote_site_and_failback(sites: tuple[SimServer, Pool, Pool]) -> None:
    _, main, far = sites
    x, y = main.x, far.x
    nfs_uuid = x.SR.get_uuid(main.sr(NFS))
    web01 = main.vm("web01")
    web_uuid = x.VM.get_uuid(web01)
    web_disk_uuid = x.VDI.get_uuid(main.disks(web01)[0])
    app = x.VM_appliance.create({"name_label": "Student desks", "name_description": ""})
    pc2_uuid = x.VM.get_uuid(vapp_member(main, app))
    replicate(main, NFS)
    x.VM.set_name_description(web01, "kept current")  # written to the metadata VDI as the database changes
    main.now()
    lab_hosts = lose(main)
    x.VM.set_name_description(web01, "changed after the loss")  # a lost pool writes nothing more

    # Failover: the remote site attaches the lab's NFS SR and reads the lab's database from it.
    task = y.DR_task.create("nfs", NFS_CONFIG, [nfs_uuid, "not-an-sr-uuid"])
    [sr] = y.DR_task.get_introduced_SRs(task)
    assert y.SR.get_uuid(sr) == nfs_uuid and y.SR.get_name_label(sr) == NFS
    assert y.SR.get_introduced_by(sr) == task
    assert all(y.PBD.get_currently_attached(p) for p in y.SR.get_PBDs(sr))
    [meta] = metadata_vdis(far, sr)
    with foreign(far, meta) as lost:
        names = {r["name_label"] for r in lost.VM.get_all_records().values()}
        assert {"web01", "db01", "student-pc2", "win2022"} <= names
        assert [r["name_label"] for r in lost.pool.get_all_records().values()] == ["Course lab"]
        [lost_app] = lost.VM_appliance.get_by_name_label("Student desks")
        far_session = far.session._session
        db01 = lost.VM.get_by_uuid(x.VM.get_uuid(main.vm("db01")))
        [needed] = lost.VM.get_SRs_required_for_recovery(db01, far_session)
        assert lost.SR.get_name_label(needed) == ISCSI
        assert refused(lost.VM.assert_can_be_recovered, db01, far_session) == ["VM_REQUIRES_SR", db01, needed]
        lost_web = lost.VM.get_by_uuid(web_uuid)
        assert lost.VM.get_name_description(lost_web) == "kept current"
        assert lost.VM.get_SRs_required_for_recovery(lost_web, far_session) == []
        lost.VM.assert_can_be_recovered(lost_web, far_session)
        lost_pc2 = lost.VM.get_by_uuid(pc2_uuid)
        assert refused(lost.VM.recover, lost_pc2, far_session, False)[0] == "VM_IS_PART_OF_AN_APPLIANCE"
        assert refused(lost.VM.start, lost_web, False, False)[0] == "OPERATION_NOT_ALLOWED"  # read-only
        lost.VM.recover(lost_web, far_session, False)
        assert lost.VM_appliance.get_SRs_required_for_recovery(lost_app, far_session) == []
        lost.VM_appliance.assert_can_be_recovered(lost_app, far_session)
        lost.VM_appliance.recover(lost_app, far_session, False)
        assert refused(lost.VM.recover, lost_web, far_session, False)[0] == "VM_TO_IMPORT_IS_NOT_NEWER_VERSION"

    recovered = vm_by_uuid(far, web_uuid)
    assert y.VM.get_power_state(recovered) == "Halted" and y.VM.get_name_label(recovered) == "web01"
    assert [y.VDI.get_uuid(v) for v in far.disks(recovered)] == [web_disk_uuid]
    assert y.VM.get_appliance(vm_by_uuid(far, pc2_uuid)) == y.VM_appliance.get_by_uuid(x.VM_appliance.get_uuid(app))
    far.run("VM.start", recovered, False, False)
    assert y.VM.get_power_state(recovered) == "Running"

    # Failback: the remote site replicates to the SR, the lab comes back and recovers web01 from it.
    replicate(far, NFS)
    for host in lab_hosts:
        main.plugin("restore_host", {"host": host}, host=lab_hosts[0])
    main.step(BOOT)
    far.run("VM.clean_shutdown", recovered)
    assert x.VM.get_power_state(web01) == "Halted"
    back = x.DR_task.create("nfs", NFS_CONFIG, [nfs_uuid])
    assert x.DR_task.get_introduced_SRs(back) == []  # the lab has the SR: left alone, but its new disks seen
    [remote_meta] = [v for v in metadata_vdis(main, main.sr(NFS))
                     if x.VDI.get_metadata_of_pool(v) != x.pool.get_all()[0]]
    with foreign(main, remote_meta) as site:
        assert "backup01" in {r["name_label"] for r in site.VM.get_all_records().values()}
        home = main.session._session
        from_site = site.VM.get_by_uuid(web_uuid)
        assert refused(site.VM.recover, from_site, home, False)[0] == "VM_TO_IMPORT_IS_NOT_NEWER_VERSION"
        site.VM.recover(from_site, home, True)
    assert vm_by_uuid(main, web_uuid) != web01, "replaced by the recovered one"
    web = vm_by_uuid(main, web_uuid)
    main.run("VM.start", web, False, False)
    assert x.VM.get_power_state(web) == "Running"
    assert [x.VDI.get_uuid(v) for v in main.disks(web)] == [web_disk_uuid]
    x.DR_task.destroy(back)
    assert x.SR.get_uuid(main.sr(NFS)) == nfs_uuid, "an SR the task did not introduce stays"


def _picture(pool: Pool) -> dict[str, Any]:
    """What a test failover must leave as it was: every VM, disk, SR, PBD, VIF and DR task."""
    x = pool.x
    vms = {r["uuid"]: (r["name_label"], r["power_state"], sorted(r["VBDs"]), sorted(r["VIFs"]), r["appliance"])
           for r in x.VM.get_all_records().values()}
    return {"VM": vms, "VBD": x.VBD.get_all_records(), "VIF": x.VIF.get_all_records(),
            "SR": {ref: (r["uuid"], r["name_label"], sorted(r["PBDs"]), sorted(r["VDIs"]))
                   for ref, r in x.SR.get_all_records().items()},
            "PBD": x.PBD.get_all_records(), "VDI": sorted(r["uuid"] for r in x.VDI.get_all_records().values()),
            "DR_task": x.DR_task.get_all_records(), "VM_appliance": x.VM_appliance.get_all_records()}


def test_a_test_failover_leaves_both_pools_as_they_were(sites: tuple[SimServer, Pool, Pool]) -> None:
    _, main, far = sites
    x, y = main.x, far.x
    replicate(main, NFS)
    before = (_picture(main), _picture(far))
    task = y.DR_task.create("nfs", NFS_CONFIG, [x.SR.get_uuid(main.sr(NFS))])
    [sr] = y.DR_task.get_introduced_SRs(task)
    [meta] = metadata_vdis(far, sr)
    uuid = x.VM.get_uuid(main.vm("web01"))
    with foreign(far, meta) as lost:
        lost.VM.recover(lost.VM.get_by_uuid(uuid), far.session._session, False)
    test_vm = vm_by_uuid(far, uuid)
    far.run("VM.start", test_vm, False, False)
    far.run("VM.hard_shutdown", test_vm)
    y.VM.destroy(test_vm)
    y.DR_task.destroy(task)
    assert (_picture(main), _picture(far)) == before
    assert refused(y.SR.get_record, sr)[0] == "HANDLE_INVALID"


def test_refusals_and_the_edition_gate(sites: tuple[SimServer, Pool, Pool]) -> None:
    _, main, far = sites
    x = main.x
    local = main.local_sr(main.master())
    assert refused(x.SR.enable_database_replication, local) == ["SR_OPERATION_NOT_SUPPORTED", local]
    iso = main.sr("ISO library")
    assert refused(x.SR.enable_database_replication, iso) == ["SR_OPERATION_NOT_SUPPORTED", iso]
    assert refused(x.DR_task.create, "iso", {"location": "192.0.2.50:/export/iso"}, [])[0] == \
        "OPERATION_NOT_ALLOWED"
    assert refused(far.x.DR_task.create, "nfs", {"server": "192.0.2.50"}, [])[0] == "SR_BACKEND_FAILURE_101"
    disk = main.disks(main.vm("web01"))[0]
    assert refused(x.VDI.open_database, disk) == ["VDI_INCOMPATIBLE_TYPE", disk, "user"]
    assert far.x.DR_task.get_all() == [], "a refused create leaves no task"
    own = main.session._session
    assert refused(x.VM.recover, main.vm("web01"), own, True)[0] == "OPERATION_NOT_ALLOWED"  # not from itself
    # SESSION_INVALID for session_to: the SDK takes it for its own session, logs in again and gives up.
    with pytest.raises(xmlrpc.client.Fault, match="valid session"):
        x.VM.recover(main.vm("web01"), "OpaqueRef:not-a-session", False)
    pool = x.pool.get_all()[0]
    x.pool.apply_edition(pool, "free")
    assert x.pool.get_restrictions(pool)["restrict_dr"] == "true"
    nfs = main.sr(NFS)
    assert refused(x.SR.enable_database_replication, nfs) == ["LICENCE_RESTRICTION", "dr"]
    assert refused(x.DR_task.create, "nfs", NFS_CONFIG, []) == ["LICENCE_RESTRICTION", "dr"]
    x.pool.apply_edition(pool, "xcp-ng")
    x.SR.enable_database_replication(nfs)
    assert NULL not in x.pool.get_metadata_VDIs(pool)
