"""Scenario: HA's rules on the course lab: heartbeat SRs, protection constraints, the failover plan and the
operations HA refuses for breaking it.

The lab's hosts: xcp-host1 (32 GiB, the master), xcp-host2 (16 GiB), xcp-host3 (8 GiB, no HVM). With
web01 (PV) and win2022 (HVM) on host1 and db01 (PV) on host2 protected, one failure can be survived
(host1's guests go to host2, HVM included; db01 to host1), two cannot (host3 alone cannot run win2022).
"""

from __future__ import annotations

import XenAPI

from scnsim import GiB, Pool, clone_guest, lab_fixtures

pools, pool = lab_fixtures()


def failure(call: object, *args: object) -> list[str]:
    try:
        call(*args)  # type: ignore[operator]
    except XenAPI.Failure as exc:
        return list(exc.details)
    raise AssertionError(f"{call}{args} succeeded")


def pool_record(pool: Pool) -> dict[str, object]:
    record: dict[str, object] = pool.x.pool.get_record(pool.x.pool.get_all()[0])
    return record


def test_heartbeat_srs_must_be_shared_and_writable(pools: tuple[Pool, Pool]) -> None:
    pool, far = pools
    x = pool.x
    host1 = pool.host("xcp-host1")
    local = pool.local_sr(host1)
    assert pool.fails("pool.enable_ha", [local], {}) == ["HA_CONSTRAINT_VIOLATION_SR_NOT_SHARED", local]
    iso = pool.sr("ISO library")
    assert pool.fails("pool.enable_ha", [iso], {}) == ["SR_OPERATION_NOT_SUPPORTED", iso]
    assert pool.fails("pool.enable_ha", [], {})[0] == "INVALID_VALUE"
    assert failure(x.SR.assert_can_host_ha_statefile, local) == ["HA_CONSTRAINT_VIOLATION_SR_NOT_SHARED", local]
    x.SR.assert_can_host_ha_statefile(pool.sr("NFS virtual disks"))
    assert pool.fails("pool.disable_ha") == ["HA_NOT_ENABLED"]
    remote_sr = far.local_sr(far.master())
    assert far.fails("pool.enable_ha", [remote_sr], {}) == ["HA_TOO_FEW_HOSTS"], "one host cannot fail over"


def test_protection_needs_an_agile_vm(pool: Pool) -> None:
    x = pool.x
    router = pool.vm("router")  # on xcp-host3's local storage
    local = pool.local_sr(pool.host("xcp-host3"))
    assert failure(x.VM.set_ha_restart_priority, router, "restart") == ["HA_CONSTRAINT_VIOLATION_SR_NOT_SHARED",
                                                                         local]
    x.VM.set_ha_restart_priority(router, "best-effort")  # best effort asks nothing of the VM
    assert x.VM.get_ha_restart_priority(router) == "best-effort"
    pc1 = pool.vm("student-pc1")  # on the private, single-host network
    assert failure(x.VM.set_ha_restart_priority, pc1, "restart") == ["HA_CONSTRAINT_VIOLATION_NETWORK_NOT_SHARED",
                                                                      pool.network("Private lab network")]
    assert failure(x.VM.set_ha_restart_priority, pc1, "always")[0] == "INVALID_VALUE"
    assert failure(x.VM.set_order, pc1, -1)[0] == "INVALID_VALUE"
    assert failure(x.VM.set_start_delay, pc1, -5)[0] == "INVALID_VALUE"
    x.VM.set_order(pc1, 3)
    x.VM.set_start_delay(pc1, 20)
    assert (x.VM.get_order(pc1), x.VM.get_start_delay(pc1)) == ("3", "20")
    x.VM.set_ha_restart_priority(router, "")


def protect_lab(pool: Pool) -> None:
    for name in ("web01", "db01", "win2022"):
        pool.x.VM.set_ha_restart_priority(pool.vm(name), "restart")


def test_plan_and_the_operations_that_would_break_it(pool: Pool) -> None:
    x = pool.x
    host1, host2, host3 = (pool.host(f"xcp-host{n}") for n in (1, 2, 3))
    web01, win2022 = pool.vm("web01"), pool.vm("win2022")
    protect_lab(pool)
    assert x.pool.ha_compute_max_host_failures_to_tolerate() == "1"
    assert x.pool.ha_compute_hypothetical_max_host_failures_to_tolerate({web01: "restart"}) == "2", \
        "web01 alone fits on host3 even with two hosts gone"
    assert x.pool.ha_failover_plan_exists("1") is True and x.pool.ha_failover_plan_exists("2") is False

    nfs = pool.sr("NFS virtual disks")
    task = pool.begin("pool.enable_ha", [nfs], {"timeout": "60"})
    pool.step(1)
    assert "ha_enable" in x.pool.get_current_operations(x.pool.get_all()[0]).values()
    pool.finish(task)
    record = pool_record(pool)
    assert record["ha_enabled"] is True and record["ha_configuration"] == {"timeout": "60"}
    [statefile] = record["ha_statefiles"]  # type: ignore[misc]
    assert x.VDI.get_type(statefile) == "ha_statefile" and x.VDI.get_SR(statefile) == nfs
    assert "ha_disable" in record["allowed_operations"] and "ha_enable" not in record["allowed_operations"]  # type: ignore[operator]
    assert x.host.get_ha_statefiles(host2) == [x.VDI.get_uuid(statefile)]
    assert len(x.host.get_ha_network_peers(host2)) == 2
    assert pool.fails("pool.enable_ha", [nfs], {}) == ["HA_IS_ENABLED"]
    assert (record["ha_plan_exists_for"], record["ha_overcommitted"]) == ("0", False), "nothing asked yet"

    pool_ref = x.pool.get_all()[0]
    assert failure(x.pool.set_ha_host_failures_to_tolerate, pool_ref, "2") == [
        "HA_OPERATION_WOULD_BREAK_FAILOVER_PLAN"]
    assert failure(x.pool.set_ha_host_failures_to_tolerate, pool_ref, "-1")[0] == "INVALID_VALUE"
    x.pool.set_ha_host_failures_to_tolerate(pool_ref, "1")
    record = pool_record(pool)
    assert (record["ha_host_failures_to_tolerate"], record["ha_plan_exists_for"], record["ha_overcommitted"]) == (
        "1", "1", False)

    plan = x.pool.ha_compute_vm_failover_plan([host1], [web01, win2022])
    assert plan[win2022] == {"host": host2}, "the HVM guest can only go to host2"
    assert plan[web01]["host"] in (host2, host3)

    # Without host2, a failure of host1 leaves win2022 nowhere to go.
    assert failure(x.host.disable, host2) == ["HA_OPERATION_WOULD_BREAK_FAILOVER_PLAN"]
    # A protected guest too big to restart anywhere else may not start.
    big = clone_guest(pool, "student-pc2", "ha-big")
    x.VM.set_memory_limits(big, str(256 * 1024**2), str(12 * GiB), str(12 * GiB), str(12 * GiB))
    x.VM.set_ha_restart_priority(big, "restart")
    assert pool.fails("VM.start_on", big, host1, False, False) == ["HA_OPERATION_WOULD_BREAK_FAILOVER_PLAN"]
    # Unless the pool may be overcommitted: then it says so.
    x.pool.set_ha_allow_overcommit(pool_ref, True)
    pool.run("VM.start_on", big, host1, False, False)
    record = pool_record(pool)
    assert (record["ha_plan_exists_for"], record["ha_overcommitted"]) == ("0", True)
    names = {m["name"] for m in x.message.get_all_records().values()}
    assert {"HA_POOL_OVERCOMMITTED", "HA_POOL_DROP_IN_PLAN_EXISTS_FOR"} <= names
    pool.run("VM.hard_shutdown", big)
    record = pool_record(pool)
    assert (record["ha_plan_exists_for"], record["ha_overcommitted"]) == ("1", False), "recomputed as VMs stop"
    x.pool.set_ha_allow_overcommit(pool_ref, False)

    # Pool membership waits until HA is off.
    assert pool.fails("pool.eject", host3) == ["HA_IS_ENABLED"]
    assert pool.fails("pool.designate_new_master", host2) == ["HA_IS_ENABLED"]

    pool.run("pool.disable_ha")
    record = pool_record(pool)
    assert (record["ha_enabled"], record["ha_statefiles"], record["ha_overcommitted"]) == (False, [], False)
    assert "ha_enable" in record["allowed_operations"]  # type: ignore[operator]
    assert not any(v["type"] in ("ha_statefile", "redo_log") for v in x.VDI.get_all_records().values())
    assert x.host.get_ha_statefiles(host2) == []
    x.host.disable(host2)  # no plan to keep without HA
    x.host.enable(host2)


def test_protecting_a_running_vm_keeps_the_plan(pool: Pool) -> None:
    x = pool.x
    nfs = pool.sr("NFS virtual disks")
    protect_lab(pool)
    pool.run("pool.enable_ha", [nfs], {})
    pool_ref = x.pool.get_all()[0]
    x.pool.set_ha_host_failures_to_tolerate(pool_ref, "1")
    host1 = pool.host("xcp-host1")
    big = pool.vm("ha-big")
    x.VM.set_ha_restart_priority(big, "best-effort")
    pool.run("VM.start_on", big, host1, False, False)  # best-effort guests are not in the plan
    assert failure(x.VM.set_ha_restart_priority, big, "restart") == ["HA_OPERATION_WOULD_BREAK_FAILOVER_PLAN"]
    assert x.VM.get_ha_restart_priority(big) == "best-effort"
    pool.run("VM.hard_shutdown", big)
    pool.run("pool.disable_ha")
    assert pool.fails("pool.disable_ha") == ["HA_NOT_ENABLED"]
