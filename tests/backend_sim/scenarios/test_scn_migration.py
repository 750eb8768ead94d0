"""Scenario: XenMotion on the course lab, then storage XenMotion and cross-pool migration to the
Remote site pool (served on its own port by the same simulator, reached by a second SDK session).

Live migration is Xen's iterative pre-copy: the `sim` plugin's migration_stats reports the
rounds, the bytes per round and the downtime of the final stop-and-copy.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import XenAPI

from scnsim import NULL, Pool, lab, remote


@pytest.fixture(scope="module")
def pools() -> Iterator[tuple[Pool, Pool]]:
    with lab() as (server, main), remote(server) as far:
        yield main, far


@pytest.fixture
def pool(pools: tuple[Pool, Pool]) -> Pool:
    return pools[0]


def gone(call: Callable[..., Any], *args: Any) -> list[str]:
    try:
        call(*args)
    except XenAPI.Failure as exc:
        details: list[str] = exc.details
        return details
    raise AssertionError(f"{args} still exists")


def footprint(pool: Pool, vm: str) -> int:
    return int(pool.x.VM.get_memory_target(vm)) + int(pool.x.VM.get_memory_overhead(vm))


def test_xenmotion_refuses_a_vm_on_local_storage(pool: Pool) -> None:
    x = pool.x
    vm = pool.vm("local-test")
    host1, host2 = pool.host("xcp-host1"), pool.host("xcp-host2")
    [disk] = pool.disks(vm)
    local = x.VDI.get_SR(disk)
    assert local == pool.local_sr(host1)
    pool.run("VM.start", vm, False, False)
    assert x.VM.get_resident_on(vm) == host1, "only xcp-host1 sees its local storage"
    memory = pool.check_memory()
    assert pool.fails("VM.pool_migrate", vm, host2, {"live": "true"}) == ["VM_REQUIRES_SR", vm, local]
    assert (x.VM.get_power_state(vm), x.VM.get_resident_on(vm)) == ("Running", host1)
    assert pool.check_memory() == memory
    pool.run("VM.hard_shutdown", vm)


def test_xenmotion_moves_a_running_vm_between_hosts(pool: Pool) -> None:
    x = pool.x
    web01 = pool.vm("web01")
    host1, host2 = pool.host("xcp-host1"), pool.host("xcp-host2")
    assert x.VM.get_resident_on(web01) == host1
    domid = x.VM.get_domid(web01)
    protocols = sorted(x.console.get_protocol(c) for c in x.VM.get_consoles(web01))
    metrics = x.VM.get_guest_metrics(web01)
    assert metrics != NULL
    before = pool.check_memory()
    size = footprint(pool, web01)
    memory = int(x.VM.get_memory_target(web01))

    task = pool.begin("VM.pool_migrate", web01, host2, {"live": "true"})
    pool.step(1)
    record = x.VM.get_record(web01)
    assert record["current_operations"] == {task: "pool_migrate"}
    assert (record["power_state"], record["resident_on"]) == ("Running", host1), "still running at the source"
    assert record["scheduled_to_be_resident_on"] == host2
    during = pool.check_memory()
    assert during[host2] == before[host2] - size, "the destination holds the memory during the copy"
    assert during[host1] == before[host1]

    pool.finish(task, chunk=0.5)
    record = x.VM.get_record(web01)
    assert (record["power_state"], record["resident_on"]) == ("Running", host2)
    assert record["scheduled_to_be_resident_on"] == NULL
    assert record["domid"] != domid, "a new domain on the destination"
    assert web01 in x.host.get_resident_VMs(host2) and web01 not in x.host.get_resident_VMs(host1)
    consoles = [x.console.get_record(c) for c in record["consoles"]]
    assert sorted(c["protocol"] for c in consoles) == protocols
    address = x.host.get_address(host2)
    assert all(c["location"] == f"https://{address}/console?uuid={c['uuid']}" for c in consoles)
    assert record["guest_metrics"] == metrics, "the guest did not reboot"
    after = pool.check_memory()
    assert after[host1] == before[host1] + size
    assert after[host2] == before[host2] - size

    stats = pool.migration_stats(web01)
    rounds = [int(r) for r in stats["round_bytes"].split(",")]
    assert int(stats["rounds"]) == len(rounds) >= 1
    assert rounds[0] == memory, "round 0 sends all of the guest's memory"
    assert all(later <= earlier for earlier, later in itertools.pairwise(rounds)), rounds
    assert int(stats["data_sent"]) >= memory
    assert 0 < float(stats["downtime_ms"]) < 1000, "the stop-and-copy pause is short"


def test_storage_xenmotion_moves_a_disk_from_nfs_to_iscsi(pool: Pool) -> None:
    x = pool.x
    web01 = pool.vm("web01")
    host = x.VM.get_resident_on(web01)
    nfs, iscsi = pool.sr("NFS virtual disks"), pool.sr("iSCSI virtual disks")
    [disk] = pool.disks(web01)
    assert x.VDI.get_SR(disk) == nfs
    size, used = int(x.VDI.get_virtual_size(disk)), int(x.VDI.get_physical_utilisation(disk))
    nfs_used, iscsi_used = int(x.SR.get_physical_utilisation(nfs)), int(x.SR.get_physical_utilisation(iscsi))
    memory = pool.check_memory()

    dest = x.host.migrate_receive(host, pool.network("Management network"), {})
    task = pool.begin("VM.migrate_send", web01, dest, True, {disk: iscsi}, {}, {}, {})
    pool.step(1)
    assert x.VM.get_current_operations(web01) == {task: "migrate_send"}
    assert pool.finish(task) == web01, "within a pool the VM keeps its reference"

    record = x.VM.get_record(web01)
    assert (record["power_state"], record["resident_on"]) == ("Running", host)
    [moved] = pool.disks(web01)
    assert moved != disk and x.VDI.get_SR(moved) == iscsi
    assert int(x.VDI.get_virtual_size(moved)) == size
    assert gone(x.VDI.get_record, disk)[0] == "HANDLE_INVALID", "the NFS copy is removed"
    assert int(x.SR.get_physical_utilisation(nfs)) == nfs_used - used
    assert int(x.SR.get_physical_utilisation(iscsi)) >= iscsi_used + used
    assert pool.check_memory() == memory


def test_cross_pool_migration_of_a_halted_vm(pools: tuple[Pool, Pool]) -> None:
    main, far = pools
    x, y = main.x, far.x
    vm = main.vm("student-pc2")
    uuid, name = x.VM.get_uuid(vm), x.VM.get_name_label(vm)
    [disk] = main.disks(vm)
    [vif] = x.VM.get_VIFs(vm)
    size = int(x.VDI.get_virtual_size(disk))
    [far_host] = y.host.get_all()
    far_sr = far.local_sr(far_host)
    far_net = far.network("Pool-wide network associated with eth0")
    far_used = int(y.SR.get_physical_utilisation(far_sr))

    dest = y.host.migrate_receive(far_host, far_net, {})
    new = main.run("VM.migrate_send", vm, dest, False, {disk: far_sr}, {vif: far_net}, {}, {})

    assert gone(x.VM.get_record, vm) == ["HANDLE_INVALID", "VM", vm], "the VM left the source pool"
    assert gone(x.VM.get_by_uuid, uuid)[0] == "UUID_INVALID"
    assert gone(x.VDI.get_record, disk)[0] == "HANDLE_INVALID", "its source disk is gone too"
    record = y.VM.get_record(new)
    assert (record["uuid"], record["name_label"], record["power_state"]) == (uuid, name, "Halted")
    [far_disk] = far.disks(new)
    assert (y.VDI.get_SR(far_disk), int(y.VDI.get_virtual_size(far_disk))) == (far_sr, size)
    assert [y.VIF.get_network(v) for v in record["VIFs"]] == [far_net]
    assert int(y.SR.get_physical_utilisation(far_sr)) > far_used
    main.check_memory()
    far.check_memory()


def test_cross_pool_migration_of_a_running_vm(pools: tuple[Pool, Pool]) -> None:
    main, far = pools
    x, y = main.x, far.x
    vm = main.vm("router")  # PV, on xcp-host3's local storage: its disk is mirrored across
    host3 = main.host("xcp-host3")
    assert (x.VM.get_power_state(vm), x.VM.get_resident_on(vm)) == ("Running", host3)
    uuid = x.VM.get_uuid(vm)
    [disk] = main.disks(vm)
    vif_map = {v: far.network("Pool-wide network associated with eth0") for v in x.VM.get_VIFs(vm)}
    [far_host] = y.host.get_all()
    source_before = main.check_memory()
    far_before = far.check_memory()
    size = footprint(main, vm)

    dest = y.host.migrate_receive(far_host, far.network("Pool-wide network associated with eth0"), {})
    new = main.run("VM.migrate_send", vm, dest, True, {disk: far.local_sr(far_host)}, vif_map, {}, {})

    assert gone(x.VM.get_by_uuid, uuid)[0] == "UUID_INVALID"
    assert main.check_memory()[host3] == source_before[host3] + size, "the source host got its memory back"
    record = y.VM.get_record(new)
    assert record["uuid"] == uuid
    assert (record["power_state"], record["resident_on"]) == ("Running", far_host)
    assert int(record["domid"]) >= 1
    assert new in y.host.get_resident_VMs(far_host)
    address = y.host.get_address(far_host)
    consoles = [y.console.get_record(c) for c in record["consoles"]]
    assert consoles and all(c["location"] == f"https://{address}/console?uuid={c['uuid']}" for c in consoles)
    assert all(y.VBD.get_currently_attached(v) for v in record["VBDs"] if not y.VBD.get_empty(v))
    assert all(y.VIF.get_currently_attached(v) for v in record["VIFs"])
    assert far.actual(new) == int(record["memory_target"])
    far_after = far.check_memory()
    assert far_after[far_host] == far_before[far_host] - footprint(far, new)
