"""The New VM wizard against a real simulator on a manual clock: a full run, Quick Create, and rollback."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from wizards_support import Parts, Sdk, drain, drive, make_parts, message, node, open_new_vm, qloop_fixture, \
    teardown_parts  # noqa: F401

from xencenter.core.commands import SelectedItem
from xencenter.core.objects import VM
from xencenter.core.operation import OperationState
from xencenter.ui.wizards.new_vm.pages_devices import NetworkPageWidget, StoragePageWidget, SummaryPageWidget
from xencenter.ui.wizards.new_vm.pages_host import CpuMemoryPageWidget, HomeServerPageWidget
from xencenter.ui.wizards.new_vm.pages_source import MediaPageWidget, NamePageWidget, TemplatePageWidget

pytestmark = pytest.mark.gui

GiB = 1024**3
MiB = 1024**2


@pytest.fixture
def parts(qtbot: Any, qloop: Any) -> Iterator[Parts]:
    made = make_parts(qtbot)
    yield made
    teardown_parts(qtbot, made)


def test_full_new_vm_run_from_debian_with_an_iso(qtbot: Any, parts: Parts, fresh_sim: Any) -> None:
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
        assert isinstance(page, SummaryPageWidget)
        assert page.start.isChecked()
        values = [page.form.itemAt(i).widget().text() for i in range(page.form.count())
                  if page.form.itemAt(i).widget() is not None]
        assert "install-test" in values and "debian-12.7.0-amd64-netinst.iso" in values
        assert window.back() and window.next()  # the state is kept across Back and Next
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


def test_quick_create_makes_the_template_default_vm(qtbot: Any, parts: Parts, fresh_sim: Any) -> None:
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
        drive(qtbot, sdk, lambda: operation.is_finished, attempts=40)
        assert operation.state is OperationState.SUCCEEDED, operation.error_text
        vm = sdk.vm("Alpine Linux 3.20 (2)")  # the template has the plain name
        record = sdk.x.VM.get_record(vm)
        assert record["is_a_template"] is False and record["power_state"] == "Halted"  # an installer waits
        sizes = [int(sdk.x.VDI.get_virtual_size(sdk.x.VBD.get_VDI(v))) for v in record["VBDs"]
                 if sdk.x.VBD.get_type(v) == "Disk"]
        assert sizes == [8 * GiB] and len(record["VIFs"]) == 1
        assert int(record["memory_static_max"]) == 2 * GiB
        assert VM.lookup(connection.cache, template) is not None
    finally:
        sdk.close()
