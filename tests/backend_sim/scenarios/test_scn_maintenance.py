"""Scenario: host maintenance on the course lab: disable xcp-host2, evacuate it (its guests move
live to hosts that can run them: the HVM guest cannot go to xcp-host3), reboot it
(host_metrics.live goes false, then true again), enable it and use it again.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scnsim import NULL, Pool, clone_guest, lab, start_on


@pytest.fixture(scope="module")
def pool() -> Iterator[Pool]:
    with lab() as (_, session):
        yield session


def guests(pool: Pool, host: str) -> set[str]:
    return {vm for vm in pool.x.host.get_resident_VMs(host) if not pool.x.VM.get_is_control_domain(vm)}


def test_evacuation_reports_guests_that_cannot_leave(pool: Pool) -> None:
    x = pool.x
    host1 = pool.host("xcp-host1")
    vm = pool.vm("local-test")
    start_on(pool, vm, host1)
    stuck = x.host.get_vms_which_prevent_evacuation(host1)
    assert list(stuck) == [vm], stuck
    assert stuck[vm] == ["VM_REQUIRES_SR", vm, pool.local_sr(host1)]
    pool.run("VM.hard_shutdown", vm)
    assert x.host.get_vms_which_prevent_evacuation(host1) == {}


def test_disable_evacuate_reboot_enable(pool: Pool) -> None:
    x = pool.x
    host1, host2, host3 = (pool.host(f"xcp-host{n}") for n in (1, 2, 3))
    extra = clone_guest(pool, "student-pc2", "mnt-guest")
    start_on(pool, extra, host2)
    win7 = pool.vm("win7-legacy")
    start_on(pool, win7, host2)
    moving = guests(pool, host2)
    assert {pool.vm("db01"), extra, win7} <= moving
    pool.check_memory()

    assert pool.fails("host.reboot", host2) == ["HOST_NOT_DISABLED"], "an enabled host is not rebooted"

    x.host.disable(host2)
    record = x.host.get_record(host2)
    assert not record["enabled"]
    assert "vm_start" not in record["allowed_operations"] and "evacuate" in record["allowed_operations"]
    idle = clone_guest(pool, "student-pc2", "mnt-idle")
    assert pool.fails("VM.start_on", idle, host2, False, False) == ["HOST_DISABLED", host2]
    pool.run("VM.start", idle, False, False)
    assert x.VM.get_resident_on(idle) != host2, "placement skips a disabled host"

    task = pool.begin("host.evacuate", host2)
    pool.step(1)
    assert x.host.get_current_operations(host2) == {task: "evacuate"}
    pool.check_memory()
    pool.finish(task)
    assert guests(pool, host2) == set(), "every guest left"
    for vm in moving:
        record = x.VM.get_record(vm)
        assert record["power_state"] == "Running", record["name_label"]
        assert record["resident_on"] in (host1, host3)
        assert int(record["domid"]) > 0
    assert x.VM.get_resident_on(win7) == host1, "an HVM guest cannot run on xcp-host3"
    pool.check_memory()
    assert x.host.get_resident_VMs(host2) == [x.host.get_control_domain(host2)]

    metrics = x.host.get_metrics(host2)
    booted = float(x.host.get_other_config(host2)["boot_time"])
    assert booted <= pool.now(), "hosts record when they booted, as xapi does (epoch seconds)"
    task = pool.begin("host.reboot", host2)
    seen: list[bool] = []
    for _ in range(60):
        pool.step(5)
        seen.append(bool(x.host_metrics.get_live(metrics)))
        pool.check_memory()
        if x.task.get_status(task) != "pending":
            break
    assert x.task.get_status(task) == "success", x.task.get_error_info(task)
    assert False in seen and seen[-1] is True, f"live went {seen}"
    assert seen.index(False) > 0, "the host goes down some seconds after the reboot begins"
    assert x.VM.get_power_state(x.host.get_control_domain(host2)) == "Running"
    assert float(x.host.get_other_config(host2)["boot_time"]) > booted, "a reboot is a new boot time"

    x.host.enable(host2)
    assert x.host.get_enabled(host2)
    assert "vm_start" in x.host.get_allowed_operations(host2)
    fresh = clone_guest(pool, "student-pc2", "mnt-after-reboot")
    start_on(pool, fresh, host2)
    assert x.VM.get_domid(fresh) == "1", "a rebooted Xen numbers its guests from 1 again"
    pool.check_memory()
    assert x.VM.get_resident_on(fresh) != NULL


def test_reboot_of_a_host_with_running_guests_is_refused(pool: Pool) -> None:
    x = pool.x
    host3 = pool.host("xcp-host3")
    resident = guests(pool, host3)
    assert resident, "xcp-host3 runs guests"
    x.host.disable(host3)
    try:
        details = pool.fails("host.reboot", host3)
    finally:
        x.host.enable(host3)
    assert details[:3] == ["HOST_IN_USE", host3, "vm"] and details[3] in resident, details
    assert x.host_metrics.get_live(x.host.get_metrics(host3))
    assert guests(pool, host3) == resident
