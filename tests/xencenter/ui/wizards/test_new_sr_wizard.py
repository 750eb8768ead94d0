"""The New SR wizard against a real simulator (manual clock): an NFS SR and an iSCSI SR made end to end through
the scans (export list, IQNs, LUNs), a forgotten SR reattached, and one refused input on each page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from xencenter.core.connection import Connection
from xencenter.core.operation import OperationState
from xencenter.ui.wizards.new_sr import LocationPageWidget, NamePageWidget, TypePageWidget
from xencenter.ui.wizards.summary import SummaryPageWidget
from xencenter.ui.wizards.window import WizardWindow

import wizards_support
from wizards_support import Parts, Sdk, drain, drive, message, node, open_wizard, unnamed_widgets

pytestmark = pytest.mark.gui
parts_fixture = wizards_support.parts_fixture
qloop_fixture = wizards_support.qloop_fixture
GiB = 1024 ** 3


@pytest.fixture
def lab(qtbot: Any, fresh_sim: Any, parts: Parts) -> Iterator[tuple[Connection, Sdk]]:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    yield connection, sdk
    sdk.close()


def open_new_sr(qtbot: Any, parts: Parts, connection: Connection, sdk: Sdk) -> WizardWindow:
    window = open_wizard(qtbot, parts, node(parts, connection, sdk.x.pool.get_all()[0]), "sr.new")
    assert window.objectName() == "newSrWizard" and not unnamed_widgets(window)
    return window


def choose_type(window: WizardWindow, kind: str, name: str) -> None:
    page = window.page
    assert isinstance(page, TypePageWidget)
    page.buttons[kind].setChecked(True)
    assert window.next()
    page = window.page
    assert isinstance(page, NamePageWidget)
    page.name.setText("  ")
    window.refresh.flush()
    assert "Type a name" in message(window, "name") and not window.flow.can_next
    page.name.setText(name)
    page.description.setPlainText(f"{name} made by the wizard")
    assert window.next()
    assert isinstance(window.page, LocationPageWidget)


def scanned(window: WizardWindow) -> Any:
    state = window.flow.state
    return lambda: not state.scanning and state.scanned == state.device_config()


def finish(qtbot: Any, parts: Parts, window: WizardWindow, sdk: Sdk) -> None:
    window.refresh.flush()
    assert window.next(), window.flow.problems()
    assert isinstance(window.page, SummaryPageWidget)
    before = len(parts.window.operations)
    operation = window.finish()
    assert operation is not None and len(parts.window.operations) == before + 1
    drive(qtbot, sdk, lambda: operation.is_finished)
    assert operation.state == OperationState.SUCCEEDED, operation.error


def test_new_nfs_sr_from_the_scanned_export_list(qtbot: Any, parts: Parts, lab: Any) -> None:
    connection, sdk = lab
    window = open_new_sr(qtbot, parts, connection, sdk)
    choose_type(window, "nfs", "Class NFS")
    page = window.page
    assert isinstance(page, LocationPageWidget)
    page.server.setText("192.0.2.99")  # no NFS service there: the scan says so and Next stays off
    page.scan()
    qtbot.waitUntil(lambda: not window.flow.state.scanning, timeout=5000)
    window.refresh.flush()
    assert "Unable to detect an NFS service" in message(window, "scan")
    assert not window.flow.can_next
    page.server.setText("192.0.2.50")
    page.path.setEditText("")
    page.scan()
    qtbot.waitUntil(scanned(window), timeout=5000)
    exports = [page.path.itemText(i) for i in range(page.path.count())]
    assert "/export/backup" in exports and "/export/vms" in exports
    page.path.setCurrentIndex(exports.index("/export/backup"))
    page.path.activated.emit(exports.index("/export/backup"))
    qtbot.waitUntil(scanned(window), timeout=5000)
    assert window.flow.state.existing == []
    finish(qtbot, parts, window, sdk)
    (sr,) = sdk.x.SR.get_by_name_label("Class NFS")
    record = sdk.x.SR.get_record(sr)
    assert record["type"] == "nfs" and record["shared"] and record["name_description"] == "Class NFS made by the wizard"
    assert len(record["PBDs"]) == len(sdk.x.host.get_all())
    assert all(sdk.x.PBD.get_device_config(p) == {"server": "192.0.2.50", "serverpath": "/export/backup"}
               for p in record["PBDs"])


def test_new_iscsi_sr_on_a_blank_lun_then_reattach_a_forgotten_one(qtbot: Any, parts: Parts, lab: Any) -> None:
    connection, sdk = lab
    window = open_new_sr(qtbot, parts, connection, sdk)
    choose_type(window, "iscsi", "Class iSCSI")
    page = window.page
    assert isinstance(page, LocationPageWidget)
    page.server.setText("not an address!")
    window.refresh.flush()
    assert "not a host name" in message(window, "server")
    page.server.setText("192.0.2.60")
    page.scan()
    qtbot.waitUntil(scanned(window), timeout=5000)
    state = window.flow.state
    assert state.iqns == ["iqn.2026-01.lab:storage.backup", "iqn.2026-01.lab:storage.lun0"]
    page.iqn.setCurrentIndex(page.iqn.findText("iqn.2026-01.lab:storage.lun0"))
    page.iqn.activated.emit(page.iqn.currentIndex())
    qtbot.waitUntil(scanned(window), timeout=5000)
    assert len(state.luns) == 3
    assert state.existing and page.reattach.isVisible()  # LUN 0 holds the lab's iSCSI SR
    blank = next(lun for lun in state.luns if lun.size == 200 * GiB)
    page.lun.setCurrentIndex(page.lun.findData(blank.scsi_id))
    page.lun.activated.emit(page.lun.currentIndex())
    qtbot.waitUntil(scanned(window), timeout=5000)
    assert state.existing == [] and not page.reattach.isVisible()
    finish(qtbot, parts, window, sdk)
    (sr,) = sdk.x.SR.get_by_name_label("Class iSCSI")
    assert sdk.x.SR.get_type(sr) == "lvmoiscsi" and int(sdk.x.SR.get_physical_size(sr)) == 200 * GiB
    uuid = sdk.x.SR.get_uuid(sr)

    for pbd in sdk.x.SR.get_PBDs(sr):  # another client forgets it; the wizard finds it on the LUN again
        sdk.x.PBD.unplug(pbd)
    sdk.x.SR.forget(sr)
    window = open_new_sr(qtbot, parts, connection, sdk)
    choose_type(window, "iscsi", "Reattached iSCSI")
    page = window.page
    assert isinstance(page, LocationPageWidget)
    page.server.setText("192.0.2.60")
    state = window.flow.state
    state.iqn, state.scsi_id = "iqn.2026-01.lab:storage.lun0", blank.scsi_id
    page.scan()
    qtbot.waitUntil(scanned(window), timeout=5000)
    assert state.existing == [uuid] and page.reattach.isChecked()
    finish(qtbot, parts, window, sdk)
    (again,) = sdk.x.SR.get_by_name_label("Reattached iSCSI")
    assert sdk.x.SR.get_uuid(again) == uuid
    assert all(sdk.x.PBD.get_currently_attached(p) for p in sdk.x.SR.get_PBDs(again))


def test_cifs_iso_library_refuses_a_badly_typed_share(qtbot: Any, parts: Parts, lab: Any) -> None:
    connection, sdk = lab
    window = open_new_sr(qtbot, parts, connection, sdk)
    choose_type(window, "cifs_iso", "Class ISOs")
    page = window.page
    assert isinstance(page, LocationPageWidget)
    page.path.setEditText("192.0.2.80:/isos")
    window.refresh.flush()
    assert "//server/sharename" in message(window, "path")
    page.path.setEditText("//192.0.2.80/isos")
    page.scan()
    qtbot.waitUntil(scanned(window), timeout=5000)
    finish(qtbot, parts, window, sdk)
    (sr,) = sdk.x.SR.get_by_name_label("Class ISOs")
    assert sdk.x.SR.get_content_type(sr) == "iso"


def test_hardware_hba_sr_on_a_scanned_fc_lun(qtbot: Any, parts: Parts, lab: Any) -> None:
    connection, sdk = lab
    window = open_new_sr(qtbot, parts, connection, sdk)
    choose_type(window, "hba", "Class FC")
    page = window.page
    assert isinstance(page, LocationPageWidget)
    window.refresh.flush()
    assert "Choose the LUN" in message(window, "lun") and not window.flow.can_next
    page.scan()
    qtbot.waitUntil(scanned(window), timeout=5000)
    state = window.flow.state
    assert [lun.size for lun in state.luns] == [300 * GiB, 150 * GiB] and page.lun.count() == 2
    page.lun.setCurrentIndex(1)
    page.lun.activated.emit(1)
    qtbot.waitUntil(scanned(window), timeout=5000)
    finish(qtbot, parts, window, sdk)
    (sr,) = sdk.x.SR.get_by_name_label("Class FC")
    assert sdk.x.SR.get_type(sr) == "lvmohba" and int(sdk.x.SR.get_physical_size(sr)) == 150 * GiB
