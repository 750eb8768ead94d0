"""The New VM wizard against a real simulator on a manual clock: a full run, Quick Create, and rollback."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMenu

from xencenter.core.commands import SelectedItem
from xencenter.core.objects import VM
from xencenter.core.operation import OperationState
from xencenter.ui.menus import context_menu
from xencenter.ui.wizards.new_vm.pages_devices import NetworkPageWidget, NewVmSummaryWidget, StoragePageWidget
from xencenter.ui.wizards.new_vm.pages_host import CpuMemoryPageWidget, HomeServerPageWidget
from xencenter.ui.wizards.new_vm.pages_source import MediaPageWidget, NamePageWidget, TemplatePageWidget

import wizards_support
from wizards_support import Parts, Sdk, drain, drive, message, node, open_new_vm, unnamed_widgets

pytestmark = pytest.mark.gui
parts_fixture = wizards_support.parts_fixture  # the fixtures this module uses
qloop_fixture = wizards_support.qloop_fixture

GiB = 1024**3
MiB = 1024**2


def created(qtbot: Any, sdk: Sdk, operation: Any, name: str) -> dict[str, Any]:
    """Step the clock until the wizard's Operation ends; it must succeed; the new VM's record."""
    drive(qtbot, sdk, lambda: operation.is_finished, attempts=40)
    assert operation.state is OperationState.SUCCEEDED, operation.error_text
    return dict(sdk.x.VM.get_record(sdk.vm(name)))


def disk_sizes(sdk: Sdk, record: dict[str, Any]) -> list[int]:
    return [int(sdk.x.VDI.get_virtual_size(sdk.x.VBD.get_VDI(v))) for v in record["VBDs"]
            if sdk.x.VBD.get_type(v) == "Disk"]


def test_full_new_vm_run_from_debian_with_an_iso(qtbot: Any, fresh_sim: Any, parts: Parts) -> None:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    try:
        pool = next(ref for ref, _ in connection.cache.items("pool"))
        window = open_new_vm(qtbot, parts, node(parts, connection, pool))
        page = window.page
        assert isinstance(page, TemplatePageWidget)
        qtbot.keyClicks(page.search, "bookworm")
        shown = [page.list.item(r).text() for r in range(page.list.count()) if not page.list.item(r).isHidden()]
        assert shown == ["Debian Bookworm 12  (built-in)"]
        assert page.select("Debian Bookworm 12")
        assert "1 vCPUs, 2 GiB of memory, disks: 10 GiB" in page.details.text()
        assert window.next()

        page = window.page
        assert isinstance(page, NamePageWidget)
        page.name.clear()
        qtbot.keyClicks(page.name, "install-test")
        qtbot.keyClicks(page.description, "made by the wizard")
        assert window.next()

        page = window.page
        assert isinstance(page, MediaPageWidget)
        assert page.radios["iso"].isChecked() and not page.radios["pxe"].isEnabled()  # PV: no PXE
        assert page.radios["pxe"].toolTip() == "Only HVM templates can boot from the network (PXE)."
        assert not window.next_button.isEnabled() and message(window, "iso") == "Choose an ISO image."
        page.iso.setCurrentIndex(page.iso.findText("debian-12.7.0-amd64-netinst.iso"))
        assert window.next()

        page = window.page
        assert isinstance(page, HomeServerPageWidget)
        qtbot.waitUntil(lambda: all("checking" not in page.list.item(r).text() for r in range(page.list.count())),
                        timeout=5000)
        assert page.select("xcp-host2")
        assert window.next()

        page = window.page
        assert isinstance(page, CpuMemoryPageWidget)
        page.vcpus.setValue(2)
        page.cores.setValue(2)
        page.memory_min.setValue(768)
        page.memory_max.setValue(1536)
        assert window.next()

        page = window.page
        assert isinstance(page, StoragePageWidget)
        assert page.table.rowCount() == 1
        size = page.table.cellWidget(0, 0)
        size.setValue(12)
        page.add.click()
        assert page.table.rowCount() == 2
        second_sr = page.table.cellWidget(1, 1)
        second_sr.setCurrentIndex(second_sr.findData(sdk.x.SR.get_by_name_label("iSCSI virtual disks")[0]))
        page.table.cellWidget(1, 0).setValue(4)
        assert window.next()

        page = window.page
        assert isinstance(page, NetworkPageWidget)
        assert page.table.rowCount() == 1
        page.add.click()
        students = sdk.x.network.get_by_name_label("Students VLAN 10")[0]
        net = page.table.cellWidget(1, 0)
        net.setCurrentIndex(net.findData(students))
        qtbot.keyClicks(page.table.cellWidget(1, 1), "02:16:3e:00:00:42")
        assert window.next()

        page = window.page
        assert isinstance(page, NewVmSummaryWidget)
        assert page.start.isChecked()
        values = page.values()
        assert "install-test" in values and "debian-12.7.0-amd64-netinst.iso" in values
        assert window.back() and window.next()  # the state is kept across Back and Next
        assert unnamed_widgets(window) == []
        operation = window.finish()
        assert operation is not None and not window.isVisible()
        drive(qtbot, sdk, lambda: operation.is_finished, attempts=40)
        assert operation.state is OperationState.SUCCEEDED, operation.error_text

        vm = sdk.vm("install-test")
        record = sdk.x.VM.get_record(vm)
        assert record["power_state"] == "Running" and record["is_a_template"] is False
        assert sdk.x.host.get_name_label(record["resident_on"]) == "xcp-host2"
        assert record["name_description"] == "made by the wizard"
        assert int(record["memory_dynamic_min"]) == 768 * MiB and int(record["memory_dynamic_max"]) == 1536 * MiB
        assert int(record["memory_static_max"]) == 1536 * MiB
        assert record["VCPUs_at_startup"] == "2" and record["platform"]["cores-per-socket"] == "2"
        disks = {}
        cd = None
        for vbd in record["VBDs"]:
            vbd_record = sdk.x.VBD.get_record(vbd)
            vdi = sdk.x.VDI.get_record(vbd_record["VDI"])
            if vbd_record["type"] == "CD":
                cd = vdi["name_label"]
            else:
                disks[vbd_record["userdevice"]] = (int(vdi["virtual_size"]), sdk.x.SR.get_name_label(vdi["SR"]))
        assert disks == {"0": (12 * GiB, "NFS virtual disks"), "1": (4 * GiB, "iSCSI virtual disks")}
        assert cd == "debian-12.7.0-amd64-netinst.iso"
        vifs = sorted((sdk.x.VIF.get_device(v), sdk.x.network.get_name_label(sdk.x.VIF.get_network(v)),
                       sdk.x.VIF.get_MAC(v)) for v in record["VIFs"])
        assert [v[:2] for v in vifs] == [("0", "Management network"), ("1", "Students VLAN 10")]
        assert vifs[1][2] == "02:16:3e:00:00:42"
        assert operation.title == "Creating VM 'install-test'"
        assert parts.window.events.row(operation) is not None  # shown in the Events pane
    finally:
        sdk.close()


def test_quick_create_makes_the_template_default_vm(qtbot: Any, fresh_sim: Any, parts: Parts) -> None:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    try:
        template = sdk.vm("Alpine Linux 3.20")
        actions = parts.window.command_actions
        actions.set_selection([SelectedItem(connection, "VM", template)])
        actions.update.flush()
        assert actions["vm.quick_create"].isEnabled(), actions["vm.quick_create"].toolTip()
        actions["vm.quick_create"].trigger()
        qtbot.waitUntil(lambda: any(op.is_own for op in parts.operations), timeout=5000)
        (operation,) = [op for op in parts.operations if op.is_own]
        record = created(qtbot, sdk, operation, "Alpine Linux 3.20 (2)")  # the template has the plain name
        assert record["is_a_template"] is False and record["power_state"] == "Halted"  # an installer waits
        assert disk_sizes(sdk, record) == [8 * GiB] and len(record["VIFs"]) == 1
        assert int(record["memory_static_max"]) == 2 * GiB
        assert VM.lookup(connection.cache, template) is not None
    finally:
        sdk.close()


def test_a_failing_step_rolls_back_what_the_wizard_created(qtbot: Any, fresh_sim: Any, parts: Parts) -> None:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    try:
        doomed = sdk.x.network.create({"name_label": "doomed", "name_description": "", "MTU": "1500",
                                       "other_config": {}})
        qtbot.waitUntil(lambda: connection.cache.get("network", doomed) is not None, timeout=5000)
        vdis_before = set(sdk.x.VDI.get_all())
        template = sdk.vm("Debian Bookworm 12")
        parts.window.view_menu.templates.setChecked(True)
        window = open_new_vm(qtbot, parts, node(parts, connection, template))  # the template is preselected
        assert window.flow.state.template == template
        window.flow.state.name = "rolled-back"
        window.flow.state.media = "url"
        window.flow.state.url = "http://deb.debian.org/debian/"
        while not window.flow.is_last:
            if window.flow.current.key == "network":
                window.flow.state.vifs[0].network = doomed
            assert window.next(), window.flow.problems()
        sdk.x.network.destroy(doomed)  # gone before the wizard creates the VIF: that step fails
        operation = window.finish()
        assert operation is not None
        drive(qtbot, sdk, lambda: operation.is_finished, attempts=40)
        assert operation.state is OperationState.FAILED
        assert "doomed" not in operation.error_text and "OpaqueRef" not in operation.error_text
        assert operation.note == "removed: the new VM 'rolled-back' and its disks"
        assert sdk.x.VM.get_by_name_label("rolled-back") == []
        assert set(sdk.x.VDI.get_all()) == vdis_before  # its provisioned disk went too
        row = parts.window.events.row(operation)
        assert row is not None and "removed: the new VM 'rolled-back'" in row.status()
    finally:
        sdk.close()


def test_each_page_refuses_what_xapi_would_refuse(qtbot: Any, parts: Parts, sim: Any) -> None:
    connection = parts.connect(qtbot, sim.url)
    cache = connection.cache
    host3 = next(ref for ref, rec in cache.items("host") if rec["name_label"] == "xcp-host3")
    window = open_new_vm(qtbot, parts, node(parts, connection, host3))  # New VM on a server: that home
    state = window.flow.state
    assert state.home == host3
    template = window.page
    assert isinstance(template, TemplatePageWidget)
    assert template.select("Windows 10 (64-bit)")
    assert window.next()

    name = window.page
    assert isinstance(name, NamePageWidget)
    name.name.clear()
    assert message(window, "name") == "Type a name for the new VM." and not window.next_button.isEnabled()
    qtbot.keyClicks(name.name, "web01")
    assert message(window, "name") == "A VM named 'web01' already exists; choose another name."
    name.name.setText("win-test")
    assert message(window, "name") == "" and window.next()

    media = window.page
    assert isinstance(media, MediaPageWidget)
    assert media.radios["pxe"].isEnabled()  # HVM
    assert not media.radios["url"].isEnabled()  # install-methods is "cdrom" only
    assert not media.radios["physical"].isEnabled()
    assert media.radios["physical"].toolTip() == "No server of this pool has a CD or DVD drive."
    media.radios["pxe"].setChecked(True)
    assert window.next()

    home = window.page
    assert isinstance(home, HomeServerPageWidget)
    assert message(window, "home").startswith("'xcp-host3' cannot run the new VM: The server has no hardware "
                                              "virtualization support")
    assert not window.next_button.isEnabled()
    texts = [home.list.item(r).text() for r in range(home.list.count())]
    assert any(t.startswith("xcp-host3 — The server has no hardware virtualization") for t in texts)
    assert home.select("xcp-host1") and message(window, "home") == ""
    qtbot.waitUntil(lambda: "checking" not in " ".join(home.list.item(r).text() for r in range(home.list.count())),
                    timeout=5000)
    assert window.next()

    cpu = window.page
    assert isinstance(cpu, CpuMemoryPageWidget)
    host1 = next(rec for _, rec in cache.items("host") if rec["name_label"] == "xcp-host1")
    cpus = int(host1["cpu_info"]["cpu_count"])
    cpu.vcpus.setValue(cpus + 1)
    assert message(window, "vcpus") == f"The server 'xcp-host1' has only {cpus} CPUs."
    cpu.vcpus.setValue(3)
    cpu.cores.setValue(2)
    assert message(window, "topology") == "The number of vCPUs must be a multiple of the cores per socket."
    cpu.vcpus.setValue(2)
    cpu.memory_max.setValue(64 * 1024)
    assert message(window, "memory_max") == "The server 'xcp-host1' has only 32 GiB of memory."
    cpu.memory_max.setValue(4096)
    cpu.memory_min.setValue(5000)
    assert message(window, "memory_min") == "The minimum memory cannot be more than the maximum."
    cpu.memory_min.setValue(2048)
    assert window.next()

    storage = window.page
    assert isinstance(storage, StoragePageWidget)
    storage.table.cellWidget(0, 0).setValue(20)
    assert message(window, "disk:0") == "Windows needs a system disk of at least 24 GiB."
    storage.table.cellWidget(0, 0).setValue(32)
    local2 = next(ref for ref, rec in cache.items("SR") if rec["name_label"] == "Local storage"
                  and all(cache.get("PBD", p)["host"] != state.home for p in rec["PBDs"]))
    box = storage.table.cellWidget(0, 1)
    box.setCurrentIndex(box.findData(local2))
    assert message(window, "disk:0").startswith("The home server 'xcp-host1' cannot reach 'Local storage'")
    iscsi = next(ref for ref, rec in cache.items("SR") if rec["name_label"] == "iSCSI virtual disks")
    box.setCurrentIndex(box.findData(iscsi))
    storage.table.cellWidget(0, 0).setValue(2000)
    assert message(window, "disks").startswith("Not enough space on 'iSCSI virtual disks': the disks need ")
    storage.table.cellWidget(0, 0).setValue(32)
    assert window.next()

    network = window.page
    assert isinstance(network, NetworkPageWidget)
    mac = network.table.cellWidget(0, 1)
    qtbot.keyClicks(mac, "nonsense")
    assert message(window, "vif:0").startswith("Type a MAC address as six pairs of hexadecimal digits")
    mac.setText("01:00:5e:00:00:01")
    assert message(window, "vif:0") == "01:00:5e:00:00:01 is a multicast address; a network interface needs a " \
                                       "unicast one."
    used = next(str(rec["MAC"]) for _, rec in cache.items("VIF"))
    mac.setText(used)
    assert message(window, "vif:0") == f"The MAC address {used} is already used by another network interface."
    for _ in range(7):
        network.add.click()
    assert message(window, "vifs") == "The template allows at most 7 network interfaces."
    assert not window.next_button.isEnabled()
    window.close()
    qtbot.waitUntil(lambda: not parts.window.ui.wizards, timeout=5000)  # closed wizards are let go


def test_new_vm_is_in_the_menus_toolbar_and_context_menus(qtbot: Any, parts: Parts, sim: Any) -> None:
    connection = parts.connect(qtbot, sim.url)
    window = parts.window
    action = window.command_actions["vm.new"]
    assert action.text() == "New VM..."
    assert action in window.toolbar.actions()
    vm_menu = window.menuBar().findChild(QMenu, "vmMenu")
    assert vm_menu is not None and action in vm_menu.actions()
    cache = connection.cache
    pool = next(ref for ref, _ in cache.items("pool"))
    host = next(ref for ref, _ in cache.items("host"))
    template = next(ref for ref, rec in cache.items("VM") if rec["name_label"] == "CentOS Stream 9")
    guest = next(ref for ref, rec in cache.items("VM") if rec["name_label"] == "web01")
    for cls, ref, wanted in (("pool", pool, ["New VM..."]), ("host", host, ["New VM..."]),
                             ("VM", template, ["New VM...", "Quick Create"])):
        selection = [SelectedItem(connection, cls, ref)]
        window.command_actions.set_selection(selection)
        window.command_actions.update.flush()
        menu = context_menu(window.command_actions, selection, window)
        texts = [a.text() for a in menu.actions() if a.isEnabled() and a.text()]
        assert texts[: len(wanted)] == wanted, (cls, texts)
        menu.deleteLater()
    selection = [SelectedItem(connection, "VM", guest)]
    window.command_actions.set_selection(selection)
    window.command_actions.update.flush()
    assert not action.isEnabled() and action.toolTip() == "Select a pool, a server or a template."
    assert not window.command_actions["vm.quick_create"].isEnabled()


def test_new_vm_from_a_snapshot_starts_from_it(qtbot: Any, fresh_sim: Any, parts: Parts) -> None:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    try:
        task = sdk.x.Async.VM.snapshot(sdk.vm("student-pc2"), "before the exam")  # the clock moves when stepped
        drive(qtbot, sdk, lambda: sdk.x.task.get_status(task) == "success")
        snapshot = sdk.vm("before the exam")
        qtbot.waitUntil(lambda: connection.cache.get("VM", snapshot) is not None, timeout=5000)
        selection = [SelectedItem(connection, "VM", snapshot)]
        actions = parts.window.command_actions
        actions.set_selection(selection)
        actions.update.flush()
        menu = context_menu(actions, selection, parts.window)
        entry = next(a for a in menu.actions() if a.text() == "New VM from Snapshot...")
        assert entry.isEnabled(), entry.toolTip()
        entry.trigger()
        qtbot.waitUntil(lambda: bool(parts.window.ui.wizards), timeout=5000)
        window = parts.window.ui.wizards[-1]
        state = window.flow.state
        assert state.template == snapshot and [d.min_size for d in state.disks] == [8 * GiB]
        assert "media" not in [page.key for page in window.flow.active()]  # a ready system: nothing to install
        state.name = "from-snapshot"
        state.disks[0].size = 10 * GiB  # a cloned disk may grow
        state.start = False
        while not window.flow.is_last:
            assert window.next(), window.flow.problems()
        record = created(qtbot, sdk, window.finish(), "from-snapshot")
        assert record["is_a_template"] is False and record["is_a_snapshot"] is False
        assert disk_sizes(sdk, record) == [10 * GiB]
        menu.deleteLater()
    finally:
        sdk.close()
