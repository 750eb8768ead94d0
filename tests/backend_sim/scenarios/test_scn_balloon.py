"""Scenario: dynamic memory control (squeezed) on the course lab.

xcp-host3 (8 GiB) is filled with 1 GiB guests whose dynamic minimum is 512 MiB. Once they no
longer fit at dynamic_max, a start balloons the running guests down toward dynamic_min (their
memory_target drops at once, VM_metrics.memory_actual follows over simulated time); when even
that cannot free enough, the start fails with HOST_NOT_ENOUGH_FREE_MEMORY [needed, available];
a shutdown lets the squeezed guests grow back. set_memory_dynamic_range on a running guest moves
its balloon the same way.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import XenAPI

from scnsim import GiB, MiB, Pool, TaskFailure, clone_guest, expected_overhead, lab, start_on


@pytest.fixture(scope="module")
def pool() -> Iterator[Pool]:
    with lab() as (_, session):
        yield session


def guests_on(pool: Pool, host: str) -> dict[str, dict[str, int]]:
    """Memory figures of the guests (not dom0) resident on a host."""
    out = {}
    for vm in pool.x.host.get_resident_VMs(host):
        record = pool.x.VM.get_record(vm)
        if not record["is_control_domain"]:
            out[vm] = {"target": int(record["memory_target"]), "min": int(record["memory_dynamic_min"]),
                       "max": int(record["memory_dynamic_max"]), "actual": pool.actual(vm)}
    return out


def test_a_full_host_squeezes_its_guests_to_start_one_more_then_refuses(pool: Pool) -> None:
    x = pool.x
    host3 = pool.host("xcp-host3")
    started: list[str] = []

    # 1. Fill the host while guests still fit at their dynamic_max: no ballooning yet.
    for index in range(10):
        free = pool.check_memory()[host3]
        probe = x.VM.get_record(pool.vm("student-pc2"))
        if free < int(probe["memory_dynamic_max"]) + expected_overhead(probe):
            break
        before = guests_on(pool, host3)
        vm = clone_guest(pool, "student-pc2", f"bal-{index}")
        start_on(pool, vm, host3)
        started.append(vm)
        assert int(x.VM.get_memory_target(vm)) == int(x.VM.get_memory_dynamic_max(vm))
        after = guests_on(pool, host3)
        assert all(after[g]["target"] == before[g]["target"] for g in before), "nobody was squeezed"
    assert len(started) >= 3, "the 8 GiB host takes several 1 GiB guests"

    # 2. One more: the running guests balloon down toward dynamic_min to make room.
    free = pool.check_memory()[host3]
    before = guests_on(pool, host3)
    vm = clone_guest(pool, "student-pc2", "bal-squeeze")
    task = pool.begin("VM.start_on", vm, host3, False, False)
    pool.step(0)
    squeezed = guests_on(pool, host3)
    drops = {g: before[g]["target"] - squeezed[g]["target"] for g in before}
    assert sum(drops.values()) > 0, "the running guests' targets drop"
    assert all(squeezed[g]["target"] >= squeezed[g]["min"] for g in squeezed), "never below dynamic_min"
    assert any(squeezed[g]["actual"] > squeezed[g]["target"] for g in squeezed), \
        "the balloons have not moved yet: memory_actual follows over time"
    pool.check_memory()
    pool.finish(task)
    assert (x.VM.get_power_state(vm), x.VM.get_resident_on(vm)) == ("Running", host3)
    started.append(vm)
    pool.check_memory()
    pool.settle(30)
    settled = guests_on(pool, host3)
    assert all(s["actual"] == s["target"] for s in settled.values()), settled
    assert free < int(x.VM.get_memory_dynamic_max(vm)) + expected_overhead(x.VM.get_record(vm))

    # 3. Keep starting until even ballooning everyone to dynamic_min cannot make room.
    refused = None
    for index in range(12):
        free = pool.check_memory()[host3]
        running = guests_on(pool, host3)
        reclaimable = sum(g["target"] - g["min"] for g in running.values())
        vm = clone_guest(pool, "student-pc2", f"bal-more-{index}")
        try:
            start_on(pool, vm, host3)
        except TaskFailure as failure:
            refused = (vm, failure.details, free, reclaimable, running)
            break
        started.append(vm)
        pool.check_memory()
    assert refused is not None, "the host never ran out of memory"
    vm, details, free, reclaimable, running = refused
    assert details[0] == "HOST_NOT_ENOUGH_FREE_MEMORY" and len(details) == 3, details
    needed, available = int(details[1]), int(details[2])
    dynamic_min = int(x.VM.get_memory_dynamic_min(vm))
    assert dynamic_min < needed <= dynamic_min + 64 * MiB, "needed = dynamic_min + overhead"
    assert available == free + reclaimable, "available = free + what ballooning could reclaim"
    assert needed > available
    assert x.VM.get_power_state(vm) == "Halted"
    assert {g: v["target"] for g, v in guests_on(pool, host3).items()} == \
        {g: v["target"] for g, v in running.items()}, "a refused start squeezes nobody"
    pool.check_memory()

    # 4. A shutdown frees memory: the squeezed guests grow back toward dynamic_max.
    before = guests_on(pool, host3)
    assert any(g["target"] < g["max"] for g in before.values())
    pool.run("VM.hard_shutdown", started[0])
    pool.check_memory()
    grown = guests_on(pool, host3)
    assert sum(grown[g]["target"] for g in grown) > sum(before[g]["target"] for g in grown)
    assert all(before[g]["target"] <= grown[g]["target"] <= grown[g]["max"] for g in grown)
    pool.settle(30)
    assert all(g["actual"] == g["target"] for g in guests_on(pool, host3).values())
    pool.check_memory()


def test_set_memory_dynamic_range_moves_a_running_balloon_over_time(pool: Pool) -> None:
    x = pool.x
    web01 = pool.vm("web01")
    host = x.VM.get_resident_on(web01)
    assert pool.actual(web01) == GiB
    free = pool.check_memory()[host]

    x.VM.set_memory_dynamic_range(web01, str(256 * MiB), str(768 * MiB))
    assert int(x.VM.get_memory_target(web01)) == 768 * MiB
    assert pool.actual(web01) == GiB, "the balloon has not moved yet"
    assert pool.check_memory()[host] == free + 256 * MiB
    pool.step(0.5)
    assert 768 * MiB < pool.actual(web01) < GiB, "the balloon inflates gradually"
    pool.settle(10)
    assert pool.actual(web01) == 768 * MiB

    x.VM.set_memory_dynamic_range(web01, str(512 * MiB), str(GiB))
    assert int(x.VM.get_memory_target(web01)) == GiB, "free memory: the guest grows back to dynamic_max"
    pool.step(0.5)
    assert 768 * MiB < pool.actual(web01) < GiB
    pool.settle(10)
    assert pool.actual(web01) == GiB
    assert pool.check_memory()[host] == free

    try:
        x.VM.set_memory_dynamic_range(web01, str(512 * MiB), str(2 * GiB))  # above static_max
    except XenAPI.Failure as exc:
        assert exc.details == ["MEMORY_CONSTRAINT_VIOLATION_ORDER"]
    else:
        raise AssertionError("dynamic_max above static_max was accepted")
    assert int(x.VM.get_memory_dynamic_max(web01)) == GiB
