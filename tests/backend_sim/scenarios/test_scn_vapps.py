"""Scenario: vApps (xapi's VM_appliance) on the course lab, on the stepped clock.

Expected behaviour is xapi's (ocaml/xapi/xapi_vm_appliance.ml and xapi_vm_appliance_lifecycle.ml, VM.set_appliance
in xapi_vm.ml, copy_vm_record in xapi_vm_clone.ml): one operation at a time; start needs a halted member,
clean_shutdown a running one, hard_shutdown and shutdown one that is not halted; an appliance without VMs allows
nothing (OPERATION_NOT_ALLOWED with xapi's sentences); members start by ascending `order`, a group's VM tasks run
side by side and the next group waits for them and for their `start_delay`; shutdowns go the other way with
`shutdown_delay`; a member that fails leaves the others as they got and the call ends with
OPERATION_PARTIALLY_FAILED ["VM_appliance.<op>", the members that did not get there]; control domains, templates
and snapshots cannot be in an appliance; snapshots, clones and copies start outside any appliance.
"""

from __future__ import annotations

from typing import Any

import pytest
import XenAPI

from scnsim import NULL, Pool, clone_guest, lab_fixtures

NOT_ASSIGNABLE = "Control domains, templates and snapshots cannot be assigned to appliances."


pools, pool = lab_fixtures()


def refused(call: Any, *args: Any) -> list[str]:
    with pytest.raises(XenAPI.Failure) as caught:
        call(*args)
    return list(caught.value.details)


def new_vapp(pool: Pool, name: str) -> str:
    return str(pool.x.VM_appliance.create({"name_label": name, "name_description": f"{name} for a test"}))


def member(pool: Pool, vapp: str, name: str, *, order: int = 0, start_delay: int = 0,
           shutdown_delay: int = 0) -> str:
    vm = clone_guest(pool, "student-pc2", name)
    x = pool.x
    x.VM.set_appliance(vm, vapp)
    x.VM.set_order(vm, str(order))
    x.VM.set_start_delay(vm, str(start_delay))
    x.VM.set_shutdown_delay(vm, str(shutdown_delay))
    return vm


def states(pool: Pool, *vms: str) -> list[str]:
    return [pool.x.VM.get_power_state(vm) for vm in vms]


def busy(pool: Pool, vm: str) -> bool:
    return bool(pool.x.VM.get_current_operations(vm))


def progress(pool: Pool, task: str) -> float:
    return float(pool.x.task.get_progress(task))


def test_the_demo_has_a_web_shop(pool: Pool) -> None:
    x = pool.x
    (shop,) = x.VM_appliance.get_by_name_label("Web shop")
    record = x.VM_appliance.get_record(shop)
    db, web = pool.vm("shop-db"), pool.vm("shop-web")
    assert sorted(record["VMs"]) == sorted([db, web])
    assert record["allowed_operations"] == ["start"] and record["current_operations"] == {}
    assert (x.VM.get_order(db), x.VM.get_start_delay(db)) == ("0", "30")
    assert (x.VM.get_order(web), x.VM.get_shutdown_delay(web)) == ("1", "10")
    assert x.VM.get_appliance(db) == shop


def test_create_assign_and_the_refusals(pool: Pool) -> None:
    x = pool.x
    empty = new_vapp(pool, "empty")
    record = x.VM_appliance.get_record(empty)
    assert (record["name_label"], record["name_description"]) == ("empty", "empty for a test")
    assert record["VMs"] == [] and record["allowed_operations"] == [] and record["current_operations"] == {}
    for op in ("start", "clean_shutdown", "hard_shutdown", "shutdown"):
        call = getattr(x.VM_appliance, op)
        args = (empty, False) if op == "start" else (empty,)
        assert refused(call, *args) == ["OPERATION_NOT_ALLOWED", "Appliance has no VMs."], op
    assert pool.fails("VM_appliance.start", empty, False) == ["OPERATION_NOT_ALLOWED", "Appliance has no VMs."]

    template = x.VM.get_by_name_label("Debian Bookworm 12")[0]
    snapshot = x.VM.get_snapshots(pool.vm("win7-legacy"))[0]
    dom0 = next(ref for ref, vm in x.VM.get_all_records().items() if vm["is_control_domain"])
    for vm in (template, snapshot, dom0):
        assert refused(x.VM.set_appliance, vm, empty) == ["OPERATION_NOT_ALLOWED", NOT_ASSIGNABLE]
    guest = clone_guest(pool, "student-pc2", "assigned")
    assert refused(x.VM.set_appliance, guest, "OpaqueRef:no-such") == \
        ["HANDLE_INVALID", "VM_appliance", "OpaqueRef:no-such"]

    x.VM.set_appliance(guest, empty)
    assert x.VM_appliance.get_VMs(empty) == [guest]
    assert x.VM_appliance.get_allowed_operations(empty) == ["start"]
    assert refused(x.VM_appliance.clean_shutdown, empty) == \
        ["OPERATION_NOT_ALLOWED", "There are no running VMs in this appliance."]
    assert refused(x.VM_appliance.hard_shutdown, empty) == \
        ["OPERATION_NOT_ALLOWED", "All VMs in this appliance are halted."]

    other = new_vapp(pool, "other")
    x.VM.set_appliance(guest, other)
    assert x.VM_appliance.get_VMs(empty) == [] and x.VM_appliance.get_allowed_operations(empty) == []
    assert x.VM_appliance.get_VMs(other) == [guest] and x.VM_appliance.get_allowed_operations(other) == ["start"]
    x.VM_appliance.set_name_label(other, "renamed")
    x.VM_appliance.set_name_description(other, "a new description")
    assert x.VM_appliance.get_by_name_label("renamed") == [other]
    assert x.VM_appliance.get_name_description(other) == "a new description"
    x.VM.set_appliance(guest, NULL)
    assert x.VM_appliance.get_VMs(other) == [] and x.VM.get_appliance(guest) == NULL


def test_copies_start_outside_the_vapp(pool: Pool) -> None:
    x = pool.x
    vapp = new_vapp(pool, "copies")
    vm = member(pool, vapp, "original", order=3, start_delay=7, shutdown_delay=2)
    snapshot = pool.run("VM.snapshot", vm, "before")
    clone = pool.run("VM.clone", vm, "cloned")
    for copy in (snapshot, clone):
        record = x.VM.get_record(copy)
        assert record["appliance"] == NULL
        assert (record["order"], record["start_delay"], record["shutdown_delay"]) == ("0", "0", "0")
    assert x.VM_appliance.get_VMs(vapp) == [vm]


def test_destroying_a_vapp_frees_its_vms(pool: Pool) -> None:
    x = pool.x
    vapp = new_vapp(pool, "doomed")
    first, second = member(pool, vapp, "doomed-1"), member(pool, vapp, "doomed-2")
    x.VM_appliance.destroy(vapp)
    assert x.VM.get_appliance(first) == NULL and x.VM.get_appliance(second) == NULL
    assert refused(x.VM_appliance.get_record, vapp) == ["HANDLE_INVALID", "VM_appliance", vapp]

    kept = new_vapp(pool, "kept")
    last = member(pool, kept, "kept-1")
    x.VM.destroy(last)
    assert x.VM_appliance.get_VMs(kept) == [] and x.VM_appliance.get_allowed_operations(kept) == []


def test_start_by_order_with_delays_then_shut_down_the_other_way(pool: Pool) -> None:
    x = pool.x
    vapp = new_vapp(pool, "ordered")
    db1 = member(pool, vapp, "db-1", order=0, start_delay=20)
    db2 = member(pool, vapp, "db-2", order=0, start_delay=5)
    app = member(pool, vapp, "app", order=1, shutdown_delay=8)
    web = member(pool, vapp, "web", order=2, shutdown_delay=3)

    task = pool.begin("VM_appliance.start", vapp, False)
    pool.step(0)
    assert x.VM_appliance.get_current_operations(vapp) == {task: "start"}
    assert x.VM_appliance.get_allowed_operations(vapp) == []
    assert refused(x.VM_appliance.start, vapp, False) == ["OTHER_OPERATION_IN_PROGRESS", "VM_appliance", vapp]
    assert refused(x.VM_appliance.destroy, vapp) == ["OTHER_OPERATION_IN_PROGRESS", "VM_appliance", vapp]
    pool.step(3)
    assert busy(pool, db1) and busy(pool, db2) and not busy(pool, app), "the first group boots side by side"
    assert 0 < progress(pool, task) < 0.5
    pool.step(3.5)
    assert states(pool, db1, db2, app, web) == ["Running", "Running", "Halted", "Halted"]
    assert progress(pool, task) == pytest.approx(0.5)
    pool.step(19)
    assert not busy(pool, app), "the group's longest start delay (20 s) holds the next group"
    pool.step(1)
    assert busy(pool, app) and not busy(pool, web)
    pool.step(6)
    assert states(pool, app, web) == ["Running", "Halted"] and busy(pool, web), "no delay after 'app'"
    record = pool.wait(task)
    assert record["status"] == "success" and float(record["progress"]) == 1.0
    assert states(pool, db1, db2, app, web) == ["Running"] * 4
    subtasks = [x.task.get_record(t) for t in x.task.get_subtasks(task)]
    assert sorted(t["name_label"] for t in subtasks) == ["Async.VM.start"] * 4
    assert {t["status"] for t in subtasks} == {"success"}
    assert x.VM_appliance.get_current_operations(vapp) == {}
    assert x.VM_appliance.get_allowed_operations(vapp) == ["clean_shutdown", "hard_shutdown", "shutdown"]

    task = pool.begin("VM_appliance.clean_shutdown", vapp)
    pool.step(4.5)
    assert states(pool, web, app, db1) == ["Halted", "Running", "Running"], "the highest order goes first"
    pool.step(2)
    assert not busy(pool, app), "web's shutdown delay (3 s) holds the next group"
    pool.step(1)
    assert busy(pool, app)
    pool.step(4)
    assert states(pool, app, db1) == ["Halted", "Running"]
    pool.step(7)
    assert states(pool, db1, db2) == ["Running", "Running"] and not busy(pool, db1), "app's shutdown delay (8 s)"
    pool.step(1)
    assert busy(pool, db1) and busy(pool, db2)
    assert pool.wait(task)["status"] == "success"
    assert states(pool, db1, db2, app, web) == ["Halted"] * 4
    assert x.VM_appliance.get_allowed_operations(vapp) == ["start"]


def test_a_member_that_fails_leaves_the_others_running(pool: Pool) -> None:
    x = pool.x
    vapp = new_vapp(pool, "partial")
    blocked = member(pool, vapp, "blocked", order=0)
    later = member(pool, vapp, "later", order=1)
    x.VM.add_to_blocked_operations(blocked, "start", "kept down for the test")
    error = pool.fails("VM_appliance.start", vapp, False)
    assert error == ["OPERATION_PARTIALLY_FAILED", "VM_appliance.start", blocked]
    assert states(pool, blocked, later) == ["Halted", "Running"], "the later group still starts"
    task = next(t for t, r in x.task.get_all_records().items() if r["name_label"] == "Async.VM_appliance.start"
                and r["error_info"] == error)
    failures = [x.task.get_record(t) for t in x.task.get_subtasks(task) if x.task.get_status(t) == "failure"]
    assert [t["error_info"][0] for t in failures] == ["OPERATION_BLOCKED"]
    assert x.VM_appliance.get_allowed_operations(vapp) == ["start", "clean_shutdown", "hard_shutdown", "shutdown"]


def test_paused_start_and_the_mixed_shutdown(pool: Pool) -> None:
    x = pool.x
    vapp = new_vapp(pool, "mixed")
    first, second = member(pool, vapp, "mixed-1", order=0), member(pool, vapp, "mixed-2", order=1)
    pool.run("VM_appliance.start", vapp, True)
    assert states(pool, first, second) == ["Paused", "Paused"]
    assert x.VM_appliance.get_allowed_operations(vapp) == ["hard_shutdown", "shutdown"]
    assert pool.fails("VM_appliance.clean_shutdown", vapp) == \
        ["OPERATION_NOT_ALLOWED", "There are no running VMs in this appliance."]
    pool.run("VM.unpause", first)
    pool.run("VM_appliance.shutdown", vapp)  # clean where it runs, forced where it is paused
    assert states(pool, first, second) == ["Halted", "Halted"]
    pool.run("VM_appliance.start", vapp, False)
    pool.run("VM_appliance.hard_shutdown", vapp)
    assert states(pool, first, second) == ["Halted", "Halted"]


def test_a_member_migrated_to_another_pool_leaves_its_vapp(pools: tuple[Pool, Pool]) -> None:
    main, far = pools
    x, y = main.x, far.x
    vapp = new_vapp(main, "travelling")
    vm = member(main, vapp, "traveller", order=4, start_delay=9)
    [disk] = main.disks(vm)
    [vif] = x.VM.get_VIFs(vm)
    [host] = y.host.get_all()
    net = far.network("Pool-wide network associated with eth0")
    dest = y.host.migrate_receive(host, net, {})
    new = main.run("VM.migrate_send", vm, dest, False, {disk: far.local_sr(host)}, {vif: net}, {}, {})
    assert y.VM.get_appliance(new) == NULL
    assert x.VM_appliance.get_VMs(vapp) == [] and x.VM_appliance.get_allowed_operations(vapp) == []
