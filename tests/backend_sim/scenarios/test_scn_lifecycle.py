"""Scenario: every VM lifecycle operation of reference §2.3 on the course lab, over HTTP on the
stepped clock, with Xen's memory accounting checked after every step.

The guests worked on are clones of the lab's halted `student-pc2` (PV, 1 GiB with a 512 MiB
dynamic minimum, disk on NFS), so the tests of this module share one simulator without
depending on each other.
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


def consoles(pool: Pool, vm: str) -> list[dict[str, str]]:
    return [pool.x.console.get_record(c) for c in pool.x.VM.get_consoles(vm)]


def attached(pool: Pool, vm: str) -> list[bool]:
    return ([pool.x.VBD.get_currently_attached(v) for v in pool.x.VM.get_VBDs(vm)]
            + [pool.x.VIF.get_currently_attached(v) for v in pool.x.VM.get_VIFs(vm)])


def handle_invalid(call: Callable[..., Any], *args: Any) -> list[str]:
    try:
        call(*args)
    except XenAPI.Failure as exc:
        details: list[str] = exc.details
        return details
    raise AssertionError(f"{call}{args} succeeded")


def test_start_holds_memory_while_booting_then_runs_and_clean_shutdown_gives_it_back(pool: Pool) -> None:
    x = pool.x
    vm = clone_guest(pool, "student-pc2", "lc-start")
    before = pool.check_memory()

    task = pool.begin("VM.start", vm, False, False)
    pool.step(1)
    record = x.VM.get_record(vm)
    assert record["power_state"] == "Halted"  # still booting
    assert list(record["current_operations"].items()) == [(task, "start")]
    assert "start" not in record["allowed_operations"]
    host = record["scheduled_to_be_resident_on"]
    assert host != NULL, "a starting VM is scheduled on the host whose memory it holds"
    during = pool.check_memory()
    assert during[host] == before[host] - (int(record["memory_target"]) + int(record["memory_overhead"]))
    assert int(record["memory_target"]) == int(record["memory_dynamic_max"]), "room enough: no ballooning"

    pool.finish(task)
    record = x.VM.get_record(vm)
    assert record["power_state"] == "Running"
    assert record["resident_on"] == host
    assert record["scheduled_to_be_resident_on"] == NULL
    assert int(record["domid"]) > 0
    assert record["current_operations"] == {}
    assert {"clean_shutdown", "hard_shutdown", "clean_reboot", "hard_reboot", "suspend", "pause",
            "pool_migrate"} <= set(record["allowed_operations"])
    assert not {"start", "start_on", "resume", "unpause", "destroy"} & set(record["allowed_operations"])
    assert vm in x.host.get_resident_VMs(host)
    assert pool.actual(vm) == int(record["memory_target"])
    assert sorted(c["protocol"] for c in consoles(pool, vm)) == ["rfb", "vt100"], "a PV guest has both"
    assert all(attached(pool, vm))
    assert pool.check_memory()[host] == during[host]

    task = pool.begin("VM.clean_shutdown", vm)
    pool.step(0.5)
    assert x.VM.get_current_operations(vm) == {task: "clean_shutdown"}
    assert x.VM.get_power_state(vm) == "Running"
    pool.finish(task)
    record = x.VM.get_record(vm)
    assert (record["power_state"], record["resident_on"], int(record["domid"])) == ("Halted", NULL, -1)
    assert record["consoles"] == []
    assert not any(attached(pool, vm))
    assert vm not in x.host.get_resident_VMs(host)
    assert pool.check_memory() == before


def test_cancelling_a_start_releases_its_memory(pool: Pool) -> None:
    x = pool.x
    vm = clone_guest(pool, "student-pc2", "lc-cancel")
    before = pool.check_memory()
    task = pool.begin("VM.start", vm, False, False)
    pool.step(1)
    assert "cancel" in x.task.get_allowed_operations(task), "a booting start can be cancelled"
    assert pool.check_memory() != before
    x.task.cancel(task)
    record = pool.wait(task)
    assert (record["status"], record["error_info"]) == ("cancelled", ["TASK_CANCELLED", task])
    vm_record = x.VM.get_record(vm)
    assert (vm_record["power_state"], vm_record["resident_on"]) == ("Halted", NULL)
    assert (vm_record["scheduled_to_be_resident_on"], vm_record["current_operations"]) == (NULL, {})
    assert pool.check_memory() == before
    assert "start" in vm_record["allowed_operations"]


def test_start_on_a_chosen_host_and_hard_shutdown(pool: Pool) -> None:
    vm = clone_guest(pool, "student-pc2", "lc-start-on")
    host2 = pool.host("xcp-host2")
    before = pool.check_memory()
    start_on(pool, vm, host2)
    assert pool.check_memory()[host2] < before[host2]
    pool.run("VM.hard_shutdown", vm)
    assert pool.x.VM.get_power_state(vm) == "Halted"
    assert pool.x.VM.get_resident_on(vm) == NULL
    assert pool.check_memory() == before


def test_start_paused_then_unpause_and_pause(pool: Pool) -> None:
    x = pool.x
    vm = clone_guest(pool, "student-pc2", "lc-pause")
    pool.run("VM.start", vm, True, False)
    assert x.VM.get_power_state(vm) == "Paused"
    assert "unpause" in x.VM.get_allowed_operations(vm)
    held = pool.check_memory()
    pool.run("VM.unpause", vm)
    assert x.VM.get_power_state(vm) == "Running"
    pool.run("VM.pause", vm)
    assert x.VM.get_power_state(vm) == "Paused"
    assert not {"pause", "suspend", "clean_shutdown"} & set(x.VM.get_allowed_operations(vm))
    assert {"unpause", "hard_shutdown", "hard_reboot"} <= set(x.VM.get_allowed_operations(vm))
    assert pool.check_memory() == held, "a paused domain keeps its memory"
    pool.run("VM.unpause", vm)
    assert x.VM.get_power_state(vm) == "Running"
    pool.run("VM.hard_shutdown", vm)
    pool.check_memory()


def test_reboots_keep_the_host_and_give_a_new_domid(pool: Pool) -> None:
    x = pool.x
    vm = clone_guest(pool, "student-pc2", "lc-reboot")
    host2 = pool.host("xcp-host2")
    start_on(pool, vm, host2)
    first = int(x.VM.get_domid(vm))
    held = pool.check_memory()

    pool.run("VM.clean_reboot", vm)
    second = int(x.VM.get_domid(vm))
    assert (x.VM.get_power_state(vm), x.VM.get_resident_on(vm)) == ("Running", host2)
    assert second > first, "Xen never reuses a domid before the host reboots"
    assert pool.check_memory() == held

    pool.run("VM.hard_reboot", vm)
    assert (x.VM.get_power_state(vm), x.VM.get_resident_on(vm)) == ("Running", host2)
    assert int(x.VM.get_domid(vm)) > second
    assert sorted(c["protocol"] for c in consoles(pool, vm)) == ["rfb", "vt100"]
    assert pool.check_memory() == held
    pool.run("VM.hard_shutdown", vm)


def test_suspend_writes_an_image_and_frees_memory_resume_reads_it_back(pool: Pool) -> None:
    x = pool.x
    vm = clone_guest(pool, "student-pc2", "lc-suspend")
    host1 = pool.host("xcp-host1")
    before = pool.check_memory()
    start_on(pool, vm, host1)

    pool.run("VM.suspend", vm)
    record = x.VM.get_record(vm)
    assert record["power_state"] == "Suspended"
    assert (record["resident_on"], int(record["domid"])) == (NULL, -1)
    assert record["consoles"] == []
    image = record["suspend_VDI"]
    assert image != NULL
    vdi = x.VDI.get_record(image)
    assert vdi["type"] == "suspend"
    assert vdi["SR"] == x.pool.get_suspend_image_SR(x.pool.get_all()[0])
    assert int(vdi["virtual_size"]) >= int(record["memory_static_max"]) // 2
    assert {"resume", "resume_on", "hard_shutdown"} <= set(record["allowed_operations"])
    assert pool.check_memory() == before, "a suspended VM holds no host memory"

    pool.run("VM.resume", vm, False, False)
    record = x.VM.get_record(vm)
    assert record["power_state"] == "Running"
    assert record["suspend_VDI"] == NULL
    assert handle_invalid(x.VDI.get_record, image)[0] == "HANDLE_INVALID", "the image is discarded"
    pool.check_memory()
    pool.run("VM.hard_shutdown", vm)
    assert pool.check_memory() == before


def test_resume_on_a_chosen_host(pool: Pool) -> None:
    x = pool.x
    vm = pool.vm("student-pc1")  # suspended in the lab
    host2 = pool.host("xcp-host2")
    assert x.VM.get_power_state(vm) == "Suspended"
    before = pool.check_memory()
    pool.run("VM.resume_on", vm, host2, False, False)
    assert (x.VM.get_power_state(vm), x.VM.get_resident_on(vm)) == ("Running", host2)
    after = pool.check_memory()
    footprint = int(x.VM.get_memory_target(vm)) + int(x.VM.get_memory_overhead(vm))
    assert after[host2] == before[host2] - footprint


def test_hard_shutdown_of_a_suspended_vm_discards_its_image(pool: Pool) -> None:
    x = pool.x
    vm = clone_guest(pool, "student-pc2", "lc-discard")
    pool.run("VM.start", vm, False, False)
    pool.run("VM.suspend", vm)
    image = x.VM.get_suspend_VDI(vm)
    pool.run("VM.hard_shutdown", vm)
    assert (x.VM.get_power_state(vm), x.VM.get_suspend_VDI(vm)) == ("Halted", NULL)
    assert handle_invalid(x.VDI.get_record, image)[0] == "HANDLE_INVALID"
    pool.check_memory()


def test_destroy_removes_the_vm_but_not_its_disks(pool: Pool) -> None:
    x = pool.x
    vm = clone_guest(pool, "student-pc2", "lc-destroy")
    disks = pool.disks(vm)
    vbds = x.VM.get_VBDs(vm)
    assert disks
    pool.run("VM.destroy", vm)
    assert handle_invalid(x.VM.get_record, vm) == ["HANDLE_INVALID", "VM", vm]
    for vbd in vbds:
        assert handle_invalid(x.VBD.get_record, vbd)[0] == "HANDLE_INVALID"
    for vdi in disks:
        assert x.VDI.get_VBDs(vdi) == [], "the VDI stays, detached"
    pool.check_memory()


def test_clone_is_copy_on_write_and_copy_is_a_full_copy_into_another_sr(pool: Pool) -> None:
    x = pool.x
    source = pool.vm("student-pc2")
    nfs, iscsi = pool.sr("NFS virtual disks"), pool.sr("iSCSI virtual disks")
    [source_disk] = pool.disks(source)
    source_vdi = x.VDI.get_record(source_disk)
    [source_vif] = x.VM.get_VIFs(source)

    clone = clone_guest(pool, "student-pc2", "lc-clone")
    record = x.VM.get_record(clone)
    assert record["uuid"] != x.VM.get_uuid(source)
    assert (record["is_a_template"], record["is_a_snapshot"]) == (False, False)
    [disk] = pool.disks(clone)
    assert disk != source_disk
    assert x.VDI.get_SR(disk) == nfs
    assert x.VDI.get_virtual_size(disk) == source_vdi["virtual_size"]
    [vif] = x.VM.get_VIFs(clone)
    assert x.VIF.get_MAC(vif) != x.VIF.get_MAC(source_vif), "a clone gets new MACs"
    assert x.VIF.get_network(vif) == x.VIF.get_network(source_vif)

    used = int(x.SR.get_physical_utilisation(iscsi))
    copy = pool.run("VM.copy", source, "lc-copy", iscsi)
    [copied] = pool.disks(copy)
    assert x.VDI.get_SR(copied) == iscsi
    assert x.VDI.get_virtual_size(copied) == source_vdi["virtual_size"]
    assert int(x.SR.get_physical_utilisation(iscsi)) - used >= int(source_vdi["physical_utilisation"])
    assert x.VM.get_power_state(copy) == "Halted"
    start_on(pool, copy, pool.host("xcp-host2"))
    pool.check_memory()
    pool.run("VM.hard_shutdown", copy)


def test_provision_from_a_template_then_start(pool: Pool) -> None:
    x = pool.x
    template = pool.vm("Debian Bookworm 12")
    assert x.VM.get_is_a_template(template) and x.VM.get_VBDs(template) == []
    vm = pool.run("VM.clone", template, "lc-debian")
    assert x.VM.get_is_a_template(vm), "a template's clone is still a template"
    pool.run("VM.provision", vm)
    [disk] = pool.disks(vm)
    default_sr = x.pool.get_default_SR(x.pool.get_all()[0])
    assert x.VDI.get_SR(disk) == default_sr
    assert int(x.VDI.get_virtual_size(disk)) == 10 * GiB
    x.VM.set_is_a_template(vm, False)
    assert "start" in x.VM.get_allowed_operations(vm)
    pool.run("VM.start", vm, False, False)
    assert x.VM.get_power_state(vm) == "Running"
    pool.check_memory()
    pool.run("VM.hard_shutdown", vm)


def test_make_into_template_then_only_template_operations(pool: Pool) -> None:
    x = pool.x
    vm = clone_guest(pool, "student-pc2", "lc-template")
    x.VM.set_is_a_template(vm, True)
    assert x.VM.get_is_a_template(vm)
    allowed = set(x.VM.get_allowed_operations(vm))
    assert "start" not in allowed and {"clone", "copy", "export"} <= allowed
    assert pool.fails("VM.start", vm, False, False) == ["VM_IS_TEMPLATE", vm, "start"]
    child = pool.run("VM.clone", vm, "lc-template-child")
    assert x.VM.get_is_a_template(child)
    pool.run("VM.destroy", vm)  # not a default template: it may be destroyed


def test_set_is_a_template_needs_a_halted_vm(pool: Pool) -> None:
    x = pool.x
    web01 = pool.vm("web01")
    try:
        x.VM.set_is_a_template(web01, True)
    except XenAPI.Failure as exc:
        assert exc.details == ["VM_BAD_POWER_STATE", web01, "halted", "running"]
    else:
        raise AssertionError("a running VM became a template")
    assert not x.VM.get_is_a_template(web01)


def test_vcpu_settings_and_their_constraints(pool: Pool) -> None:
    x = pool.x
    vm = clone_guest(pool, "student-pc2", "lc-vcpus")
    x.VM.set_VCPUs_max(vm, "4")
    x.VM.set_VCPUs_at_startup(vm, "3")
    assert (x.VM.get_VCPUs_max(vm), x.VM.get_VCPUs_at_startup(vm)) == ("4", "3")
    for call, value in ((x.VM.set_VCPUs_at_startup, "5"), (x.VM.set_VCPUs_at_startup, "0"),
                        (x.VM.set_VCPUs_max, "2")):
        try:
            call(vm, value)
        except XenAPI.Failure as exc:
            assert exc.details[0] in ("INVALID_VALUE", "VALUE_NOT_SUPPORTED"), exc.details
        else:
            raise AssertionError(f"{call} {value} broke 1 <= VCPUs_at_startup <= VCPUs_max")
    assert (x.VM.get_VCPUs_max(vm), x.VM.get_VCPUs_at_startup(vm)) == ("4", "3")

    pool.run("VM.start", vm, False, False)
    assert x.VM_metrics.get_VCPUs_number(x.VM.get_metrics(vm)) == "3"
    try:
        x.VM.set_VCPUs_max(vm, "8")
    except XenAPI.Failure as exc:
        assert exc.details == ["VM_BAD_POWER_STATE", vm, "halted", "running"]
    else:
        raise AssertionError("VCPUs_max changed on a running guest")
    pool.run("VM.hard_shutdown", vm)


def test_a_pv_guest_is_limited_to_512_vcpus(pool: Pool) -> None:
    x = pool.x
    vm = clone_guest(pool, "student-pc2", "lc-many-vcpus")
    x.VM.set_VCPUs_max(vm, "512")  # the PV limit itself is fine
    try:
        x.VM.set_VCPUs_max(vm, "513")
    except XenAPI.Failure as exc:
        assert exc.details == ["VM_TOO_MANY_VCPUS", vm]
        return
    # Accepted as configuration: then the start must refuse it.
    assert pool.fails("VM.start", vm, False, False) == ["VM_TOO_MANY_VCPUS", vm]


def test_memory_settings_and_their_constraints(pool: Pool) -> None:
    x = pool.x
    vm = clone_guest(pool, "student-pc2", "lc-memory")
    x.VM.set_memory_limits(vm, str(256 * MiB), str(2 * GiB), str(768 * MiB), str(1536 * MiB))
    record = x.VM.get_record(vm)
    assert [int(record[f"memory_{k}"]) for k in ("static_min", "dynamic_min", "dynamic_max", "static_max")] == \
        [256 * MiB, 768 * MiB, 1536 * MiB, 2 * GiB]
    x.VM.set_memory_dynamic_range(vm, str(512 * MiB), str(1 * GiB))
    assert (int(x.VM.get_memory_dynamic_min(vm)), int(x.VM.get_memory_dynamic_max(vm))) == (512 * MiB, GiB)
    assert int(x.VM.get_memory_target(vm)) == 512 * MiB, "a halted VM's target follows dynamic_min"
    x.VM.set_memory_static_range(vm, str(128 * MiB), str(3 * GiB))
    assert (int(x.VM.get_memory_static_min(vm)), int(x.VM.get_memory_static_max(vm))) == (128 * MiB, 3 * GiB)

    broken = (
        (x.VM.set_memory_dynamic_range, (str(GiB), str(512 * MiB))),  # min > max
        (x.VM.set_memory_dynamic_range, (str(64 * MiB), str(GiB))),  # below static_min
        (x.VM.set_memory_dynamic_range, (str(512 * MiB), str(4 * GiB))),  # above static_max
        (x.VM.set_memory_static_range, (str(768 * MiB), str(3 * GiB))),  # static_min > dynamic_min
        (x.VM.set_memory_limits, (str(GiB), str(2 * GiB), str(512 * MiB), str(GiB))),
    )
    for call, args in broken:
        try:
            call(vm, *args)
        except XenAPI.Failure as exc:
            assert exc.details == ["MEMORY_CONSTRAINT_VIOLATION_ORDER"], (call, args, exc.details)
        else:
            raise AssertionError(f"{call}{args} broke static_min <= dynamic_min <= dynamic_max <= static_max")
    assert int(x.VM.get_memory_static_max(vm)) == 3 * GiB

    pool.run("VM.start", vm, False, False)
    for call, args in ((x.VM.set_memory_static_range, (str(128 * MiB), str(4 * GiB))),
                       (x.VM.set_memory_limits, (str(128 * MiB), str(3 * GiB), str(512 * MiB), str(GiB)))):
        try:
            call(vm, *args)
        except XenAPI.Failure as exc:
            assert exc.details == ["VM_BAD_POWER_STATE", vm, "halted", "running"], exc.details
        else:
            raise AssertionError(f"{call} changed a running guest's static memory")
    x.VM.set_memory_dynamic_range(vm, str(512 * MiB), str(768 * MiB))  # allowed while running
    pool.check_memory()
    pool.run("VM.hard_shutdown", vm)
