"""Scenario: refused VM operations and their errors, in xapi's checking order (reference §2.3):
blocked_operations, then power state (VM_BAD_POWER_STATE with lower-case expected/actual lists),
then operations already running (OTHER_OPERATION_IN_PROGRESS), then template and snapshot rules,
then provision/revert, then the control domain, then guest features; plus host capabilities
(VM_HVM_REQUIRED on xcp-host3, which has no VT-x/AMD-V).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import XenAPI

from scnsim import NULL, GiB, MiB, Pool, clone_guest, lab, start_on


@pytest.fixture(scope="module")
def pool() -> Iterator[Pool]:
    with lab() as (_, session):
        yield session


def sync_failure(call: Callable[..., Any], *args: Any) -> list[str]:
    try:
        call(*args)
    except XenAPI.Failure as exc:
        details: list[str] = exc.details
        return details
    raise AssertionError(f"{call}{args} succeeded")


XCP_HOST2 = "<xcp-host2>"  # replaced by the host's ref when the test runs

# (guest, method, extra args, expected, actual): expected lists are xapi's allowed power states.
BAD_POWER_STATE = [
    ("web01", "VM.start", (False, False), "halted", "running"),
    ("web01", "VM.resume", (False, False), "suspended", "running"),
    ("web01", "VM.unpause", (), "paused", "running"),
    ("web01", "VM.destroy", (), "halted, suspended", "running"),
    ("web01", "VM.clone", ("clone-of-web01",), "halted", "running"),
    ("web01", "VM.copy", ("copy-of-web01", NULL), "halted", "running"),
    ("web01", "VM.provision", (), "halted", "running"),
    ("student-pc2", "VM.clean_shutdown", (), "running", "halted"),
    ("student-pc2", "VM.clean_reboot", (), "running", "halted"),
    ("student-pc2", "VM.hard_shutdown", (), "paused, suspended, running", "halted"),
    ("student-pc2", "VM.hard_reboot", (), "paused, running", "halted"),
    ("student-pc2", "VM.suspend", (), "running", "halted"),
    ("student-pc2", "VM.pause", (), "running", "halted"),
    ("student-pc2", "VM.resume", (False, False), "suspended", "halted"),
    ("student-pc2", "VM.checkpoint", ("cp",), "paused, suspended, running", "halted"),
    ("student-pc2", "VM.pool_migrate", (XCP_HOST2, {}), "running", "halted"),
    ("student-pc1", "VM.start", (False, False), "halted", "suspended"),
    ("student-pc1", "VM.clean_shutdown", (), "running", "suspended"),
    ("student-pc1", "VM.hard_reboot", (), "paused, running", "suspended"),
    ("student-pc1", "VM.unpause", (), "paused", "suspended"),
    ("student-pc1", "VM.clone", ("clone-of-pc1",), "halted", "suspended"),
    ("student-pc1", "VM.pool_migrate", (XCP_HOST2, {}), "running", "suspended"),
    ("student-pc1", "VM.set_memory_dynamic_range", (str(512 * MiB), str(GiB)), "halted, running", "suspended"),
]


@pytest.mark.parametrize(("guest", "method", "args", "expected", "actual"), BAD_POWER_STATE,
                         ids=[f"{g}-{m[3:]}" for g, m, *_ in BAD_POWER_STATE])
def test_bad_power_state_lists_expected_and_actual_states_in_lower_case(
        pool: Pool, guest: str, method: str, args: tuple[Any, ...], expected: str, actual: str) -> None:
    vm = pool.vm(guest)
    state = pool.x.VM.get_power_state(vm)
    args = tuple(pool.host("xcp-host2") if arg == XCP_HOST2 else arg for arg in args)
    assert pool.fails(method, vm, *args) == ["VM_BAD_POWER_STATE", vm, expected, actual]
    assert pool.x.VM.get_power_state(vm) == state


def test_blocked_operations_come_before_the_power_state(pool: Pool) -> None:
    x = pool.x
    web01, pc2 = pool.vm("web01"), pool.vm("student-pc2")
    x.VM.add_to_blocked_operations(web01, "start", "maintenance window")
    x.VM.add_to_blocked_operations(pc2, "start", "exam in progress")
    try:
        assert pool.fails("VM.start", web01, False, False) == ["OPERATION_BLOCKED", web01, "maintenance window"]
        assert pool.fails("VM.start", pc2, False, False) == ["OPERATION_BLOCKED", pc2, "exam in progress"]
    finally:
        x.VM.remove_from_blocked_operations(web01, "start")
        x.VM.remove_from_blocked_operations(pc2, "start")
    assert pool.x.VM.get_power_state(pc2) == "Halted"
    assert pool.fails("VM.start", web01, False, False) == ["VM_BAD_POWER_STATE", web01, "halted", "running"]


def test_other_operation_in_progress_names_the_running_operation_and_its_task(pool: Pool) -> None:
    x = pool.x
    vm = clone_guest(pool, "student-pc2", "err-busy")
    starting = pool.begin("VM.start", vm, False, False)
    pool.step(1)
    assert x.VM.get_current_operations(vm) == {starting: "start"}
    busy = ["OTHER_OPERATION_IN_PROGRESS", "VM", vm, "start", starting]
    assert pool.fails("VM.start", vm, False, False) == busy
    assert pool.fails("VM.clone", vm, "err-busy-clone") == busy
    # The power state is checked first: a Halted VM cannot resume, busy or not.
    assert pool.fails("VM.resume", vm, False, False) == ["VM_BAD_POWER_STATE", vm, "suspended", "halted"]
    pool.finish(starting)
    assert x.VM.get_power_state(vm) == "Running"

    suspending = pool.begin("VM.suspend", vm)
    pool.step(0.2)
    assert x.VM.get_current_operations(vm) == {suspending: "suspend"}
    assert pool.fails("VM.pause", vm) == ["OTHER_OPERATION_IN_PROGRESS", "VM", vm, "suspend", suspending]
    pool.finish(suspending)
    assert x.VM.get_power_state(vm) == "Suspended"
    pool.run("VM.hard_shutdown", vm)
    pool.check_memory()


def test_hard_shutdown_overrides_a_clean_shutdown_in_progress(pool: Pool) -> None:
    x = pool.x
    vm = clone_guest(pool, "student-pc2", "err-override")
    before = pool.check_memory()
    start_on(pool, vm, pool.host("xcp-host2"))
    clean = pool.begin("VM.clean_shutdown", vm)
    pool.step(0.5)
    assert x.VM.get_current_operations(vm) == {clean: "clean_shutdown"}
    pool.run("VM.hard_shutdown", vm)  # allowed alongside anything but another hard_shutdown
    assert x.VM.get_power_state(vm) == "Halted"
    record = pool.wait(clean)
    assert record["status"] == "cancelled", "xapi cancels the clean shutdown the hard one overrides"
    pool.step(10)
    assert x.VM.get_power_state(vm) == "Halted"
    assert x.VM.get_current_operations(vm) == {}
    assert pool.check_memory() == before


def test_templates_allow_only_template_operations(pool: Pool) -> None:
    x = pool.x
    template = pool.vm("Debian Bookworm 12")
    assert x.VM.get_is_default_template(template)
    assert pool.fails("VM.start", template, False, False) == ["VM_IS_TEMPLATE", template, "start"]
    assert pool.fails("VM.snapshot", template, "snap") == ["VM_IS_TEMPLATE", template, "snapshot"]
    # Power state first: a template is Halted, so suspend is a power-state error.
    assert pool.fails("VM.suspend", template) == ["VM_BAD_POWER_STATE", template, "running", "halted"]
    assert x.VM.get_is_a_template(template)


def test_a_default_template_cannot_be_destroyed(pool: Pool) -> None:
    template = pool.vm("Windows Server 2022 (64-bit)")
    assert pool.fails("VM.destroy", template) == ["VM_IS_TEMPLATE", template, "destroy"]
    assert pool.x.VM.get_record(template)["is_a_template"]


def test_snapshots_allow_only_snapshot_operations(pool: Pool) -> None:
    x = pool.x
    source = clone_guest(pool, "student-pc2", "err-snapshot-source")
    snapshot = pool.run("VM.snapshot", source, "err-snap")
    assert (x.VM.get_is_a_snapshot(snapshot), x.VM.get_is_a_template(snapshot)) == (True, True)
    assert pool.fails("VM.start", snapshot, False, False) == ["VM_IS_SNAPSHOT", snapshot, "start"]
    assert pool.fails("VM.snapshot", snapshot, "again") == ["VM_IS_SNAPSHOT", snapshot, "snapshot"]
    # Snapshot rules come before the provision rule.
    assert pool.fails("VM.provision", snapshot) == ["VM_IS_SNAPSHOT", snapshot, "provision"]
    # A snapshot is Halted: checkpoint fails on the power state before the snapshot rule.
    details = pool.fails("VM.checkpoint", snapshot, "cp")
    assert (details[:2], details[3:]) == (["VM_BAD_POWER_STATE", snapshot], ["halted"]), details
    try:
        x.VM.set_is_a_template(snapshot, False)
    except XenAPI.Failure:
        pass
    assert x.VM.get_is_a_template(snapshot), "a snapshot stays a template"


def test_provision_and_revert_need_the_right_kind_of_vm(pool: Pool) -> None:
    pc2 = pool.vm("student-pc2")
    assert pool.fails("VM.provision", pc2) == ["PROVISION_ONLY_ALLOWED_ON_TEMPLATE"]
    assert pool.fails("VM.revert", pc2) == ["REVERT_ONLY_ALLOWED_ON_SNAPSHOT"]
    assert pool.x.VM.get_power_state(pc2) == "Halted"


def test_the_control_domain_refuses_lifecycle_operations(pool: Pool) -> None:
    x = pool.x
    host2 = pool.host("xcp-host2")
    dom0 = x.host.get_control_domain(host2)
    for method, args in (("VM.hard_shutdown", ()), ("VM.clean_shutdown", ()), ("VM.clean_reboot", ()),
                         ("VM.hard_reboot", ()), ("VM.suspend", ()), ("VM.pause", ()), ("VM.snapshot", ("d0",)),
                         ("VM.pool_migrate", (pool.host("xcp-host1"), {}))):
        details = pool.fails(method, dom0, *args)
        assert details[0] == "OPERATION_NOT_ALLOWED" and len(details) == 2, (method, details)
    # The power state is checked first.
    assert pool.fails("VM.start", dom0, False, False) == ["VM_BAD_POWER_STATE", dom0, "halted", "running"]
    assert pool.fails("VM.destroy", dom0) == ["VM_BAD_POWER_STATE", dom0, "halted, suspended", "running"]
    record = x.VM.get_record(dom0)
    assert (record["power_state"], record["resident_on"], record["domid"]) == ("Running", host2, "0")
    pool.check_memory()


def test_the_control_domain_memory_stays_pinned_at_static_max(pool: Pool) -> None:
    x = pool.x
    dom0 = x.host.get_control_domain(pool.host("xcp-host2"))
    static_max = x.VM.get_memory_static_max(dom0)
    # dom0 has no ballooning (reference §2.4): any other dynamic range is a MAXPIN violation.
    details = sync_failure(x.VM.set_memory_dynamic_range, dom0, str(GiB), static_max)
    assert details[0] == "MEMORY_CONSTRAINT_VIOLATION_MAXPIN" and len(details) == 2, details
    assert (x.VM.get_memory_dynamic_min(dom0), x.VM.get_memory_dynamic_max(dom0)) == (static_max, static_max)
    x.VM.set_memory_dynamic_range(dom0, static_max, static_max)  # pinned: accepted
    pool.check_memory()


def test_hvm_guests_need_a_host_with_hardware_virtualisation(pool: Pool) -> None:
    x = pool.x
    host3 = pool.host("xcp-host3")
    assert not any(cap.startswith("hvm") for cap in x.host.get_capabilities(host3))
    win7, win2022 = pool.vm("win7-legacy"), pool.vm("win2022")
    assert sync_failure(x.VM.assert_can_boot_here, win7, host3) == ["VM_HVM_REQUIRED", win7]
    assert pool.fails("VM.start_on", win7, host3, False, False) == ["VM_HVM_REQUIRED", win7]
    assert pool.fails("VM.pool_migrate", win2022, host3, {"live": "true"}) == ["VM_HVM_REQUIRED", win2022]
    assert x.VM.get_power_state(win7) == "Halted"
    assert x.VM.get_resident_on(win2022) == pool.host("xcp-host1")
    # A PV guest is fine there.
    x.VM.assert_can_boot_here(pool.vm("student-pc2"), host3)
    # Automatic placement never picks it for an HVM guest, even with affinity for it.
    x.VM.set_affinity(win7, host3)
    try:
        pool.run("VM.start", win7, False, False)
        assert x.VM.get_resident_on(win7) in (pool.host("xcp-host1"), pool.host("xcp-host2"))
        pool.run("VM.hard_shutdown", win7)
    finally:
        x.VM.set_affinity(win7, NULL)
    pool.check_memory()


def test_an_hvm_guest_without_pv_tools_cannot_shut_down_cleanly(pool: Pool) -> None:
    x = pool.x
    win7 = pool.vm("win7-legacy")
    start_on(pool, win7, pool.host("xcp-host2"))
    pool.step(120)
    assert x.VM.get_guest_metrics(win7) == NULL
    for method in ("VM.clean_shutdown", "VM.clean_reboot"):
        details = pool.fails(method, win7)
        assert details[:2] == ["VM_LACKS_FEATURE", win7], (method, details)
    allowed = set(x.VM.get_allowed_operations(win7))
    assert not {"clean_shutdown", "clean_reboot"} & allowed
    assert {"hard_shutdown", "hard_reboot"} <= allowed
    assert x.VM.get_power_state(win7) == "Running"
    pool.run("VM.hard_shutdown", win7)
    assert x.VM.get_power_state(win7) == "Halted"
    pool.check_memory()
