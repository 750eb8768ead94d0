"""Scenario: snapshots, checkpoints and reverts on the course lab (reference §2.5).

A snapshot is a halted template copy that shares its disks' blocks with the VM (the SR grows by
little); a checkpoint also saves memory, so it is Suspended with a suspend_VDI; reverting to a
checkpoint leaves the VM Suspended and a resume brings it back running.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import XenAPI

from scnsim import NULL, GiB, MiB, Pool, clone_guest, lab, start_on


@pytest.fixture(scope="module")
def pool() -> Iterator[Pool]:
    with lab() as (_, session):
        yield session


def exists(pool: Pool, cls: str, ref: str) -> bool:
    try:
        getattr(pool.x, cls).get_record(ref)
    except XenAPI.Failure as exc:
        assert exc.details[0] == "HANDLE_INVALID", exc.details
        return False
    return True


def test_a_snapshot_of_a_running_vm_shares_blocks_with_it(pool: Pool) -> None:
    x = pool.x
    web01 = pool.vm("web01")
    nfs = pool.sr("NFS virtual disks")
    [disk] = pool.disks(web01)
    used_before = int(x.SR.get_physical_utilisation(nfs))
    disk_used = int(x.VDI.get_physical_utilisation(disk))
    memory = pool.check_memory()
    domid = x.VM.get_domid(web01)

    snapshot = pool.run("VM.snapshot", web01, "web01 before upgrade")
    record = x.VM.get_record(snapshot)
    assert (record["is_a_snapshot"], record["is_a_template"]) == (True, True)
    assert record["snapshot_of"] == web01
    assert snapshot in x.VM.get_snapshots(web01)
    assert (record["power_state"], record["resident_on"]) == ("Halted", NULL)
    assert record["snapshot_time"].value != "19700101T00:00:00Z"
    assert sorted(x.VIF.get_MAC(v) for v in record["VIFs"]) == sorted(x.VIF.get_MAC(v) for v in x.VM.get_VIFs(web01))

    [snap_disk] = pool.disks(snapshot)
    assert snap_disk != disk
    snap_vdi = x.VDI.get_record(snap_disk)
    assert (snap_vdi["is_a_snapshot"], snap_vdi["snapshot_of"]) == (True, disk)
    assert snap_disk in x.VDI.get_snapshots(disk)
    assert snap_vdi["virtual_size"] == x.VDI.get_virtual_size(disk)
    assert snap_vdi["SR"] == nfs
    growth = int(x.SR.get_physical_utilisation(nfs)) - used_before
    assert 0 <= growth < disk_used // 4, f"a snapshot shares blocks: the SR grew by {growth / MiB:.0f} MiB"

    assert (x.VM.get_power_state(web01), x.VM.get_domid(web01)) == ("Running", domid)
    assert pool.check_memory() == memory, "a disk snapshot takes no host memory"


def test_revert_to_a_disk_snapshot_restores_the_configuration_and_halts_the_vm(pool: Pool) -> None:
    x = pool.x
    vm = clone_guest(pool, "student-pc2", "snap-revert")
    start_on(pool, vm, pool.host("xcp-host2"))
    free = pool.check_memory()
    snapshot = pool.run("VM.snapshot", vm, "snap-revert base")
    [snap_disk] = pool.disks(snapshot)
    pool.run("VM.hard_shutdown", vm)
    baseline = pool.check_memory()
    x.VM.set_name_description(vm, "changed after the snapshot")
    x.VM.set_memory_limits(vm, str(256 * MiB), str(2 * GiB), str(GiB), str(2 * GiB))
    x.VM.set_VCPUs_max(vm, "2")
    [before_revert] = pool.disks(vm)

    pool.run("VM.start", vm, False, False)
    assert pool.check_memory() != baseline
    pool.run("VM.revert", snapshot)
    record = x.VM.get_record(vm)
    assert record["power_state"] == "Halted", "the snapshot had no memory: the VM is halted"
    assert record["resident_on"] == NULL
    assert (int(record["memory_static_max"]), int(record["memory_dynamic_min"])) == (GiB, 512 * MiB)
    assert record["VCPUs_max"] == "1"
    [after_revert] = pool.disks(vm)
    assert after_revert not in (before_revert, snap_disk), "the VM gets a fresh clone of the snapshot's disk"
    assert not exists(pool, "VDI", before_revert), "the VM's previous disk is destroyed"
    assert exists(pool, "VDI", snap_disk) and snapshot in x.VM.get_snapshots(vm)
    assert pool.check_memory() == baseline
    assert free != baseline


def test_checkpoint_revert_leaves_the_vm_suspended_and_resume_works(pool: Pool) -> None:
    x = pool.x
    vm = clone_guest(pool, "student-pc2", "snap-checkpoint")
    host2 = pool.host("xcp-host2")
    halted = pool.check_memory()
    start_on(pool, vm, host2)
    running = pool.check_memory()
    domid = x.VM.get_domid(vm)

    checkpoint = pool.run("VM.checkpoint", vm, "snap-checkpoint saved")
    record = x.VM.get_record(checkpoint)
    assert (record["is_a_snapshot"], record["snapshot_of"]) == (True, vm)
    assert record["power_state"] == "Suspended", "a checkpoint holds memory: it is Suspended"
    image = record["suspend_VDI"]
    assert image != NULL and x.VDI.get_type(image) == "suspend"
    assert record["resident_on"] == NULL
    assert (x.VM.get_power_state(vm), x.VM.get_domid(vm)) == ("Running", domid), "the VM keeps running"
    assert pool.check_memory() == running

    pool.run("VM.revert", checkpoint)
    record = x.VM.get_record(vm)
    assert record["power_state"] == "Suspended", "reverting a checkpoint leaves the VM suspended"
    assert record["suspend_VDI"] not in (NULL, image)
    assert x.VDI.get_type(record["suspend_VDI"]) == "suspend"
    assert (record["resident_on"], int(record["domid"])) == (NULL, -1)
    assert pool.check_memory() == halted
    assert exists(pool, "VDI", image), "the checkpoint keeps its own memory image"
    assert "resume" in record["allowed_operations"]

    pool.run("VM.resume_on", vm, host2, False, False)
    assert (x.VM.get_power_state(vm), x.VM.get_resident_on(vm)) == ("Running", host2)
    assert pool.check_memory() == running

    pool.run("VM.revert", checkpoint)  # a checkpoint can be reverted to again
    assert x.VM.get_power_state(vm) == "Suspended"
    assert pool.check_memory() == halted
    pool.run("VM.resume", vm, False, False)
    assert x.VM.get_power_state(vm) == "Running"
    pool.run("VM.hard_shutdown", vm)
    assert pool.check_memory() == halted


def test_destroying_a_snapshot_leaves_the_vm_alone(pool: Pool) -> None:
    x = pool.x
    vm = clone_guest(pool, "student-pc2", "snap-destroy")
    snapshot = pool.run("VM.snapshot", vm, "snap-destroy one")
    [disk] = pool.disks(vm)
    pool.run("VM.destroy", snapshot)
    assert not exists(pool, "VM", snapshot)
    assert snapshot not in x.VM.get_snapshots(vm)
    assert pool.disks(vm) == [disk] and exists(pool, "VDI", disk)
    pool.run("VM.start", vm, False, False)
    assert x.VM.get_power_state(vm) == "Running"
    pool.run("VM.hard_shutdown", vm)
