"""The Xen internals tab against a real simulator on a stepped clock: the Architecture view of a host gains a
blkback/blkfront pair when a disk is hot-plugged and loses the guest when it stops; clicking an element explains
it; a VM shows what PV or HVM means for it from its real fields; the drawing's elements are listed for screen
readers."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_support import Parts, Sdk, drain, drive, key, parts_fixture, qloop_fixture, select  # noqa: F401

from xencenter.core.xenexplain import explain

pytestmark = pytest.mark.gui
GIB = 1024**3



def internals(qtbot: Any, parts: Parts, connection: Any, ref: str) -> Any:
    select(qtbot, parts, key(parts, connection, ref))
    tabs = parts.window.tabs.host
    assert tabs is not None
    tabs.show_tab("xen_internals")
    tab = tabs.tab("xen_internals")
    assert tab.title() == "Xen internals" and tab.accessibleName() == "Xen internals"
    return tab


def list_keys(view: Any) -> list[str]:
    return [str(view.list.item(i).data(Qt.ItemDataRole.UserRole + 1)) for i in range(view.list.count())]


def new_disk(sdk: Sdk, vm: str) -> str:
    root = next(v for v in sdk.x.VM.get_VBDs(vm) if sdk.x.VBD.get_type(v) == "Disk")
    sr = sdk.x.VDI.get_SR(sdk.x.VBD.get_VDI(root))
    vdi = sdk.x.VDI.create({"SR": sr, "virtual_size": str(GIB), "type": "user", "sharable": False,
                            "read_only": False, "other_config": {}, "name_label": "hot-plugged"})
    return str(sdk.x.VBD.create({"VM": vm, "VDI": vdi, "userdevice": "autodetect", "bootable": False, "mode": "RW",
                                 "type": "Disk", "unpluggable": True, "empty": False, "other_config": {},
                                 "qos_algorithm_type": "", "qos_algorithm_params": {}}))


def test_the_architecture_follows_a_hot_plugged_disk_and_a_stopped_guest(qtbot: Any, parts: Parts,
                                                                         fresh_sim: Any) -> None:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    try:
        web = sdk.vm("web01")
        host = str(sdk.x.VM.get_resident_on(web))
        tab = internals(qtbot, parts, connection, host)
        view = tab.view
        qtbot.waitUntil(lambda: f"dom:{web}" in view.drawn(), timeout=5000)
        assert {"xen", "dom:dom0", "hw:cpu", "hw:ram"} <= view.drawn()
        assert "VT-x" in view.element("hw:cpu").detail
        assert view.element(f"dom:{web}").kind == "domu_pv"
        assert list_keys(view) == [e.key for e in [*view.architecture.elements(),
                                                   *view.architecture.links_as_elements()]]
        assert view.view.accessibleDescription().startswith("Architecture of xcp-host1")
        # The simulator's split_drivers answer adds the xenstore paths of each pair.
        root = next(v for v in sdk.x.VM.get_VBDs(web) if sdk.x.VBD.get_currently_attached(v))
        domid = sdk.x.VM.get_domid(web)
        qtbot.waitUntil(lambda: view.element(f"back:{root}").detail.startswith(
            f"/local/domain/0/backend/vbd/{domid}/"), timeout=5000)

        vbd = new_disk(sdk, web)
        assert f"back:{vbd}" not in view.drawn(), "an unplugged disk has no backend"
        sdk.x.VBD.plug(vbd)
        qtbot.waitUntil(lambda: {f"back:{vbd}", f"front:{vbd}", f"link:{vbd}"} <= view.drawn(), timeout=5000)
        assert view.element(f"back:{vbd}").kind == "blkback" and view.element(f"front:{vbd}").kind == "blkfront"
        assert view.element(f"front:{vbd}").label.startswith("blkfront xvd")
        assert view.element(f"link:{vbd}").kind == "ring"

        # A click on the drawn frontend explains it in the list and the explanation.
        item = view.items[f"front:{vbd}"]
        view.view.ensureVisible(item)
        point = view.view.mapFromScene(item.sceneBoundingRect().center())
        qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        assert view.chosen_key() == f"front:{vbd}"
        assert explain("blkfront") in view.explanation.text()
        view.list.setCurrentRow(list_keys(view).index("xen"))
        assert "ring 0" in view.explanation.text() and view.items["xen"].isSelected()

        sdk.x.Async.VM.hard_shutdown(web)
        drive(qtbot, sdk, lambda: f"dom:{web}" not in view.drawn())
        assert f"back:{vbd}" not in view.drawn() and f"front:{vbd}" not in view.drawn()
        assert "xen" in view.drawn(), "the rest of the host is still drawn"
    finally:
        sdk.close()


def test_a_vm_shows_what_pv_or_hvm_means_from_its_fields(qtbot: Any, parts: Parts, sim: Any) -> None:
    connection = parts.connect(qtbot, sim.url)
    cache = connection.cache
    by_name = {rec["name_label"]: ref for ref, rec in cache.items("VM") if not rec["is_a_template"]
               and not rec["is_a_snapshot"] and not rec["is_control_domain"]}
    running_pv = next(ref for ref, rec in cache.items("VM") if ref in by_name.values()
                      and rec["power_state"] == "Running" and not rec["HVM_boot_policy"])
    tab = internals(qtbot, parts, connection, running_pv)
    assert tab.mode.isVisible() and tab.mode.facts.mode == "pv"
    assert "Paravirtualization" in tab.mode.text.text() and "blkback in dom0" in tab.mode.text.text()
    qtbot.waitUntil(lambda: f"dom:{running_pv}" in tab.view.drawn(), timeout=5000)
    hvm = [ref for ref, rec in cache.items("VM") if ref in by_name.values() and rec["HVM_boot_policy"]]
    modes = set()
    for ref in hvm:
        tab = internals(qtbot, parts, connection, ref)
        modes.add(tab.mode.facts.mode)
        gm = cache.get("VM_guest_metrics", cache.get("VM", ref)["guest_metrics"])
        assert tab.mode.facts.mode == ("hvm_pv" if gm is not None else "hvm"), ref
        assert "BIOS order" in tab.mode.text.text()
    assert modes == {"hvm", "hvm_pv"}, "the demo has Windows guests with and without PV tools"
    halted = next(ref for ref, rec in cache.items("VM") if ref in by_name.values() and rec["power_state"] == "Halted")
    tab = internals(qtbot, parts, connection, halted)
    assert tab.note.isVisible() and "not running" in tab.note.text() and tab.view.drawn() == set()


def test_a_migrated_guest_leaves_one_host_and_appears_on_the_other(qtbot: Any, parts: Parts, fresh_sim: Any) -> None:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    try:
        web = sdk.vm("web01")
        source, target = str(sdk.x.VM.get_resident_on(web)), sdk.host("xcp-host2")
        view = internals(qtbot, parts, connection, source).view
        qtbot.waitUntil(lambda: f"dom:{web}" in view.drawn(), timeout=5000)
        sdk.x.Async.VM.pool_migrate(web, target, {"live": "true"})
        drive(qtbot, sdk, lambda: f"dom:{web}" not in view.drawn())
        view = internals(qtbot, parts, connection, target).view
        qtbot.waitUntil(lambda: f"dom:{web}" in view.drawn(), timeout=5000)
        assert any(key.startswith("back:") and view.element(key).ref in sdk.x.VM.get_VBDs(web)
                   for key in view.drawn()), "its backends moved to the new host's dom0"
    finally:
        sdk.close()


def test_the_memory_view_animates_a_balloon_squeezed_by_a_new_vm(qtbot: Any, parts: Parts, fresh_sim: Any) -> None:
    """The memory lesson's squeeze: two guests with a 1-4 GiB range on the 8 GiB xcp-host3; when the second
    starts, the first's balloon gives memory back, and the view moves there in an animation."""
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    try:
        host3, pc2 = sdk.host("xcp-host3"), sdk.vm("student-pc2")
        sdk.x.VM.set_memory_limits(pc2, str(512 * 1024**2), str(4 * GIB), str(GIB), str(4 * GIB))
        clone = sdk.x.Async.VM.clone(pc2, "student-pc3")  # the clock is stepped: every wait is a task
        drive(qtbot, sdk, lambda: sdk.x.task.get_status(clone) != "pending")
        pc3 = sdk.vm("student-pc3")
        tab = internals(qtbot, parts, connection, host3)
        view = tab.memory
        assert view.isVisible() and view.accessibleName() == "Memory as Xen sees it"
        first = sdk.x.Async.VM.start_on(pc2, host3, False, False)
        drive(qtbot, sdk, lambda: sdk.x.task.get_status(first) != "pending")
        qtbot.waitUntil(lambda: pc2 in {lane.key for lane in view.memory.lanes}, timeout=5000)
        lane = next(lane for lane in view.memory.lanes if lane.key == pc2)
        assert lane.actual == 4 * GIB and not lane.squeezed and view.memory.lanes[0].control_domain

        second = sdk.x.Async.VM.start_on(pc3, host3, False, False)
        drive(qtbot, sdk, lambda: sdk.x.task.get_status(second) != "pending")
        drive(qtbot, sdk, lambda: any(lane.key == pc2 and lane.squeezed for lane in view.memory.lanes))
        assert view.animating or view.lanes.lanes == view.memory.lanes
        qtbot.waitUntil(lambda: not view.animating, timeout=5000)
        assert view.lanes.lanes == view.memory.lanes, "the animation ends on the figures"
        squeezed = next(lane for lane in view.memory.lanes if lane.key == pc2)
        assert GIB <= squeezed.actual < 4 * GIB
        assert "gave" in view.summary.text() and "student-pc2" in view.lanes.accessibleDescription()
        shown = {s.key: s.amount for s in view.bar.segments()}
        assert shown[pc2] == squeezed.actual and shown["xen"] == view.memory.xen
    finally:
        sdk.close()
