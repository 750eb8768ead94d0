"""Scenario: VM snapshot schedules (VMSS) on the course lab, on the stepped clock.

Expected behaviour is xapi's (ocaml/xapi/xapi_vmss.ml and its vmss plugin): the schedule map is checked per
frequency with INVALID_VALUE ["schedule:<key>", value]; retained_snapshots is 1..10; a policy with VMs cannot
be destroyed (VMSS_HAS_VM); at each scheduled time every VM of an enabled policy gets a snapshot marked
is_vmss_snapshot, the oldest beyond retained_snapshots are destroyed, and VMSS_SNAPSHOT_SUCCEEDED or
VMSS_SNAPSHOT_FAILED is posted; the feature is gated by the edition.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import XenAPI

from scnsim import NULL, Pool, clone_guest, lab, start_on

HOUR = 3600.0


@pytest.fixture(scope="module")
def pool() -> Iterator[Pool]:
    with lab() as (_, session):
        yield session


def refused(call: Any, *args: Any, **kwargs: Any) -> list[str]:
    with pytest.raises(XenAPI.Failure) as caught:
        call(*args, **kwargs)
    return list(caught.value.details)


def policy(pool: Pool, name: str, *, frequency: str = "hourly", schedule: dict[str, str] | None = None,
           retained: int = 2, kind: str = "snapshot", enabled: bool = True) -> str:
    return str(pool.x.VMSS.create({"name_label": name, "name_description": "", "enabled": enabled, "type": kind,
                                   "retained_snapshots": str(retained), "frequency": frequency,
                                   "schedule": schedule if schedule is not None else {"min": "0"}}))


def to_next_hour(pool: Pool) -> None:
    """Step to just after the next o'clock, where an hourly policy at minute 0 is due."""
    now = pool.now()
    pool.step(HOUR - now % HOUR + 0.5)


def vmss_snapshots(pool: Pool, vm: str) -> list[str]:
    return [s for s in pool.x.VM.get_snapshots(vm) if pool.x.VM.get_is_vmss_snapshot(s)]


def settle_run(pool: Pool, seconds: int = 40) -> None:
    for _ in range(seconds):
        pool.step(1)


def messages_of(pool: Pool, ref: str, name: str) -> list[dict[str, Any]]:
    uuid = pool.x.VMSS.get_uuid(ref)
    return [m for m in pool.x.message.get_all_records().values() if m["obj_uuid"] == uuid and m["name"] == name]


def test_create_checks_the_schedule_against_the_frequency(pool: Pool) -> None:
    x = pool.x
    assert refused(policy, pool, "bad", schedule={"min": "7"}) == ["INVALID_VALUE", "schedule:min", "7"]
    assert refused(policy, pool, "bad", frequency="daily", schedule={"hour": "24", "min": "0"}) == \
        ["INVALID_VALUE", "schedule:hour", "24"]
    assert refused(policy, pool, "bad", frequency="weekly", schedule={"days": "Monday,Funday"}) == \
        ["INVALID_VALUE", "schedule:days", "Funday"]
    assert refused(policy, pool, "bad", schedule={"minute": "0"}) == ["INVALID_VALUE", "schedule:minute", "0"]
    assert refused(policy, pool, "bad", retained=0) == ["INVALID_VALUE", "retained_snapshots", "0"]
    assert refused(policy, pool, "bad", retained=11) == ["INVALID_VALUE", "retained_snapshots", "11"]

    weekly = policy(pool, "weekly", frequency="weekly", schedule={"days": "friday,Monday", "hour": "22"})
    record = x.VMSS.get_record(weekly)
    assert record["schedule"] == {"days": "Monday,Friday", "hour": "22", "min": "0"}
    assert (record["type"], record["retained_snapshots"], record["enabled"]) == ("snapshot", "2", True)
    assert record["last_run_time"].value == "19700101T00:00:00Z" and record["VMs"] == []

    x.VMSS.set_frequency(weekly, "hourly")
    assert x.VMSS.get_schedule(weekly) == {"min": "0"}, "keys of another frequency go"
    assert refused(x.VMSS.set_schedule, weekly, {"min": "10"}) == ["INVALID_VALUE", "schedule:min", "10"]
    x.VMSS.set_schedule(weekly, {"min": "30"})
    assert refused(x.VMSS.set_retained_snapshots, weekly, "12") == ["INVALID_VALUE", "retained_snapshots", "12"]
    x.VMSS.set_frequency(weekly, "daily")
    assert x.VMSS.get_schedule(weekly) == {"hour": "0", "min": "30"}
    x.VMSS.remove_from_schedule(weekly, "hour")
    assert refused(x.VMSS.add_to_schedule, weekly, "hour", "25") == ["INVALID_VALUE", "schedule:hour", "25"]
    x.VMSS.add_to_schedule(weekly, "hour", "3")
    assert x.VMSS.get_schedule(weekly) == {"hour": "3", "min": "30"}
    x.VMSS.destroy(weekly)


def test_a_policy_with_vms_cannot_be_destroyed(pool: Pool) -> None:
    x = pool.x
    vm = clone_guest(pool, "student-pc2", "vmss-keep")
    ref = policy(pool, "keep", enabled=False)
    x.VM.set_snapshot_schedule(vm, ref)
    assert x.VMSS.get_VMs(ref) == [vm] and x.VM.get_snapshot_schedule(vm) == ref
    assert refused(x.VMSS.destroy, ref) == ["VMSS_HAS_VM"]
    assert refused(x.VM.set_snapshot_schedule, vm, "OpaqueRef:nonsense")[0] in ("INVALID_VALUE", "HANDLE_INVALID")
    x.VM.set_snapshot_schedule(vm, NULL)
    assert x.VMSS.get_VMs(ref) == []
    x.VMSS.destroy(ref)
    assert ref not in x.VMSS.get_all()


def test_runs_on_the_clock_keep_the_newest_snapshots_and_spare_the_users(pool: Pool) -> None:
    x = pool.x
    running = clone_guest(pool, "student-pc2", "vmss-run")
    start_on(pool, running, pool.host("xcp-host2"))
    halted = clone_guest(pool, "student-pc2", "vmss-halted")
    mine = pool.run("VM.snapshot", halted, "my own")
    ref = policy(pool, "Hourly", retained=2)
    idle = policy(pool, "Disabled", enabled=False)
    for vm in (running, halted):
        x.VM.set_snapshot_schedule(vm, ref)
    spare = clone_guest(pool, "student-pc2", "vmss-idle")
    x.VM.set_snapshot_schedule(spare, idle)

    for hour in range(3):
        to_next_hour(pool)
        settle_run(pool)
        assert len(vmss_snapshots(pool, running)) == min(hour + 1, 2)
    for vm in (running, halted):
        snaps = vmss_snapshots(pool, vm)
        assert len(snaps) == 2, "the oldest beyond retained_snapshots are destroyed"
        name = x.VM.get_name_label(vm)
        for snap in snaps:
            record = x.VM.get_record(snap)
            assert record["is_a_snapshot"] and record["snapshot_of"] == vm
            assert record["name_label"].startswith(f"{name}-Hourly-")
    assert mine in x.VM.get_snapshots(halted), "a user's snapshot is never touched"
    assert vmss_snapshots(pool, spare) == [], "a disabled policy does not run"
    assert x.VMSS.get_last_run_time(ref).value != "19700101T00:00:00Z"
    assert x.VMSS.get_last_run_time(idle).value == "19700101T00:00:00Z"
    assert len(messages_of(pool, ref, "VMSS_SNAPSHOT_SUCCEEDED")) == 6
    assert messages_of(pool, ref, "VMSS_SNAPSHOT_FAILED") == []

    x.VMSS.set_enabled(ref, False)
    before = sorted(vmss_snapshots(pool, running))
    to_next_hour(pool)
    settle_run(pool)
    assert sorted(vmss_snapshots(pool, running)) == before, "disabled: no more runs"


def test_a_checkpoint_policy_saves_the_memory_of_a_running_vm_and_reports_failures(pool: Pool) -> None:
    x = pool.x
    vm = clone_guest(pool, "student-pc2", "vmss-ckpt")
    start_on(pool, vm, pool.host("xcp-host2"))
    ref = policy(pool, "Checkpoints", kind="checkpoint", retained=1, enabled=False)
    x.VM.set_snapshot_schedule(vm, ref)
    assert pool.run("VMSS.snapshot_now", ref, limit=300) == "SUCCESS"
    [snap] = vmss_snapshots(pool, vm)
    assert x.VM.get_power_state(snap) == "Suspended", "a checkpoint of a running VM"

    pool_ref = x.pool.get_all()[0]
    suspend_sr = x.pool.get_suspend_image_SR(pool_ref)
    x.pool.set_suspend_image_SR(pool_ref, NULL)
    x.VM.set_suspend_SR(vm, NULL)
    try:
        assert pool.run("VMSS.snapshot_now", ref).startswith("FAILED")
    finally:
        x.pool.set_suspend_image_SR(pool_ref, suspend_sr)
    [failure] = messages_of(pool, ref, "VMSS_SNAPSHOT_FAILED")
    assert "VM_NO_SUSPEND_SR" in failure["body"] and int(failure["priority"]) == 3
    assert vmss_snapshots(pool, vm) == [snap], "a failed run destroys nothing"


def test_the_feature_is_gated_by_the_edition(pool: Pool) -> None:
    x = pool.x
    pool_ref = x.pool.get_all()[0]
    kept = policy(pool, "Kept", enabled=True)
    vm = clone_guest(pool, "student-pc2", "vmss-gated")
    x.VM.set_snapshot_schedule(vm, kept)
    x.pool.apply_edition(pool_ref, "free")
    try:
        assert refused(policy, pool, "No licence") == ["LICENCE_RESTRICTION", "vmss"]
        assert refused(x.VM.set_snapshot_schedule, vm, NULL) == ["LICENCE_RESTRICTION", "vmss"]
        assert refused(x.VMSS.snapshot_now, kept) == ["LICENCE_RESTRICTION", "vmss"]
        to_next_hour(pool)
        settle_run(pool, 5)
        assert vmss_snapshots(pool, vm) == []
        assert len(messages_of(pool, kept, "VMSS_LICENSE_ERROR")) == 1
    finally:
        x.pool.apply_edition(pool_ref, "xcp-ng")
    x.VM.set_snapshot_schedule(vm, NULL)
    uuid = x.VMSS.get_uuid(kept)
    x.VMSS.destroy(kept)
    assert [m for m in x.message.get_all_records().values() if m["obj_uuid"] == uuid] == [], \
        "destroying a policy removes its messages"
