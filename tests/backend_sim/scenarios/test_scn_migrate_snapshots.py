"""Scenario: cross-pool migration to the Remote site carries the VM's snapshots, as xapi does.

The snapshots arrive with their disks on the destination SR, the same UUIDs, snapshot_of pointing at
the migrated VM and the snapshot tree (parent/children, a branch after a revert) intact; a
checkpoint keeps its memory image. Nothing of them is left in the source pool.
"""

from __future__ import annotations

from typing import Any

import XenAPI

from scnsim import NULL, Pool, clone_guest, lab_fixtures, start_on

pools, pool = lab_fixtures()

ETH0 = "Pool-wide network associated with eth0"


def _uuid_tree(pool: Pool, vm: str) -> dict[str, str]:
    """uuid of each snapshot (and of the VM) -> uuid of its parent in the tree ('' at the root)."""
    x = pool.x
    out = {}
    for ref in [vm, *x.VM.get_snapshots(vm)]:
        parent = x.VM.get_parent(ref)
        out[x.VM.get_uuid(ref)] = x.VM.get_uuid(parent) if parent != NULL else ""
    return out


def _missing(call: Any, *args: Any) -> str:
    try:
        call(*args)
    except XenAPI.Failure as exc:
        return str(exc.details[0])
    return ""


def _far_target(far: Pool) -> tuple[str, str, str]:
    [host] = far.x.host.get_all()
    return host, far.local_sr(host), far.network(ETH0)


def test_a_halted_vm_moves_with_its_snapshot_tree(pools: tuple[Pool, Pool]) -> None:
    main, far = pools
    x, y = main.x, far.x
    vm = clone_guest(main, "student-pc2", "snap-traveller")
    first = main.run("VM.snapshot", vm, "before updates")
    second = main.run("VM.snapshot", vm, "after updates")
    main.run("VM.revert", first)
    branch = main.run("VM.snapshot", vm, "another try")  # a second child of `first`: the tree branches
    tree = _uuid_tree(main, vm)
    snap_uuids = {x.VM.get_uuid(s): x.VM.get_name_label(s) for s in (first, second, branch)}
    snap_disks = [d for s in (first, second, branch) for d in main.disks(s)]
    [disk] = main.disks(vm)
    [vif] = x.VM.get_VIFs(vm)
    host, sr, net = _far_target(far)
    used = int(y.SR.get_physical_utilisation(sr))

    dest = y.host.migrate_receive(host, net, {})
    new = main.run("VM.migrate_send", vm, dest, False, {disk: sr}, {vif: net}, {}, {})

    snaps = y.VM.get_snapshots(new)
    assert {y.VM.get_uuid(s): y.VM.get_name_label(s) for s in snaps} == snap_uuids
    assert _uuid_tree(far, new) == tree, "parent/children as they were"
    for snap in snaps:
        record = y.VM.get_record(snap)
        assert (record["is_a_snapshot"], record["snapshot_of"], record["power_state"]) == (True, new, "Halted")
        [far_disk] = far.disks(snap)
        assert y.VDI.get_SR(far_disk) == sr and y.VDI.get_is_a_snapshot(far_disk)
        assert record["VIFs"] and all(y.VIF.get_network(v) == net for v in record["VIFs"])
    [far_disk] = far.disks(new)
    taken_from = {y.VDI.get_snapshot_of(d) for s in snaps for d in far.disks(s)}
    assert far_disk in taken_from, "the latest snapshot's disk was taken from the migrated disk"
    assert int(y.SR.get_physical_utilisation(sr)) > used
    for gone in [*snap_uuids]:
        assert _missing(x.VM.get_by_uuid, gone) == "UUID_INVALID", "no snapshot left behind"
    for gone in snap_disks:
        assert _missing(x.VDI.get_record, gone) == "HANDLE_INVALID", "nor its disk"
    main.check_memory()
    far.check_memory()


def test_a_running_vm_moves_with_its_checkpoint(pools: tuple[Pool, Pool]) -> None:
    main, far = pools
    x, y = main.x, far.x
    vm = clone_guest(main, "student-pc2", "checkpoint-traveller")
    start_on(main, vm, x.VM.get_affinity(vm) if x.VM.get_affinity(vm) != NULL else main.master())
    checkpoint = main.run("VM.checkpoint", vm, "with memory")
    assert x.VM.get_power_state(checkpoint) == "Suspended"
    image = x.VM.get_suspend_VDI(checkpoint)
    memory = int(x.VDI.get_virtual_size(image))
    disks = main.disks(vm)
    host, sr, net = _far_target(far)

    dest = y.host.migrate_receive(host, net, {})
    vif_map = {v: net for v in x.VM.get_VIFs(vm)}
    new = main.run("VM.migrate_send", vm, dest, True, {d: sr for d in disks}, vif_map, {}, {})

    assert (y.VM.get_power_state(new), y.VM.get_resident_on(new)) == ("Running", host)
    [snap] = y.VM.get_snapshots(new)
    record = y.VM.get_record(snap)
    assert (record["power_state"], record["snapshot_of"]) == ("Suspended", new), "still a checkpoint"
    far_image = record["suspend_VDI"]
    assert int(y.VDI.get_virtual_size(far_image)) >= memory
    assert record["suspend_SR"] == y.VDI.get_SR(far_image)
    assert _missing(x.VDI.get_record, image) == "HANDLE_INVALID"
    main.check_memory()
    far.check_memory()


def test_a_snapshot_disk_with_no_destination_is_refused_then_follows_its_map(pools: tuple[Pool, Pool]) -> None:
    main, far = pools
    x, y = main.x, far.x
    nfs, iscsi = main.sr("NFS virtual disks"), main.sr("iSCSI virtual disks")
    vm = main.run("VM.copy", main.vm("student-pc2"), "unmapped-traveller", nfs)
    snap = main.run("VM.snapshot", vm, "kept on NFS")
    snap_uuid = x.VM.get_uuid(snap)
    [disk] = main.disks(vm)
    here = x.host.migrate_receive(main.master(), main.network("Management network"), {})
    main.run("VM.migrate_send", vm, here, False, {disk: iscsi}, {}, {}, {})  # its disk leaves NFS, the snapshot's stays
    [disk] = main.disks(vm)
    [snap_disk] = main.disks(snap)
    assert (x.VDI.get_SR(disk), x.VDI.get_SR(snap_disk)) == (iscsi, nfs)
    host, sr, net = _far_target(far)
    vif_map = {v: net for v in x.VM.get_VIFs(vm)}

    details = main.fails("VM.migrate_send", vm, y.host.migrate_receive(host, net, {}), False, {disk: sr},
                         vif_map, {}, {})
    assert details[:2] == ["VDI_NOT_IN_MAP", snap_disk]
    assert x.VM.get_snapshots(vm) == [snap] and x.VM.get_power_state(vm) == "Halted", "nothing moved"

    new = main.run("VM.migrate_send", vm, y.host.migrate_receive(host, net, {}), False,
                   {disk: sr, snap_disk: sr}, vif_map, {}, {})
    [far_snap] = y.VM.get_snapshots(new)
    assert y.VM.get_uuid(far_snap) == snap_uuid
    [far_disk] = far.disks(far_snap)
    assert y.VDI.get_SR(far_disk) == sr
