"""Delete VM through the console on a real simulator: its dialog lists the VM's disks (unshared ones ticked) and
snapshots (unticked), and the one Operation deletes exactly what stayed ticked."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import XenAPI
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from ui_support import Parts, Sdk, drain, drive, parts_fixture, qloop_fixture  # noqa: F401

from xencenter.core.connection import Connection
from xencenter.core.operation import OperationState
from xencenter.ui.dialogs.delete_vm import DeleteVmDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def lab(qtbot: Any, fresh_sim: Any, parts: Parts) -> Iterator[tuple[Connection, Sdk]]:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    yield connection, sdk
    sdk.close()


def halted_vm_with_a_disk(sdk: Sdk) -> tuple[str, str]:
    x = sdk.x
    for ref, record in sorted(x.VM.get_all_records().items(), key=lambda item: item[1]["name_label"]):
        if record["is_a_template"] or record["is_control_domain"] or record["power_state"] != "Halted":
            continue
        disks = [x.VBD.get_VDI(v) for v in record["VBDs"] if x.VBD.get_type(v) == "Disk"]
        if disks and all(len(x.VDI.get_VBDs(d)) == 1 for d in disks):
            return ref, disks[0]
    raise AssertionError("the demo has a halted VM with its own disk")


def finish_task(qtbot: Any, sdk: Sdk, task: str) -> str:
    drive(qtbot, sdk, lambda: sdk.x.task.get_status(task) != "pending")
    assert sdk.x.task.get_status(task) == "success", sdk.x.task.get_error_info(task)
    result = str(sdk.x.task.get_result(task))  # xapi's form: the ref inside <value>...</value>
    return result.removeprefix("<value>").removesuffix("</value>")


def exists(sdk: Sdk, cls: str, ref: str) -> bool:
    try:
        getattr(sdk.x, cls).get_uuid(ref)
    except XenAPI.Failure as failure:
        assert failure.details[0] == "HANDLE_INVALID"
        return False
    return True


def ticks(widget: Any) -> dict[str, bool]:
    return {widget.item(r).data(Qt.ItemDataRole.UserRole): widget.item(r).checkState() == Qt.CheckState.Checked
            for r in range(widget.count()) if widget.item(r).data(Qt.ItemDataRole.UserRole)}


def test_delete_vm_removes_exactly_the_chosen_disks_and_snapshots(qtbot: Any, lab: tuple[Connection, Sdk],
                                                                  parts: Parts) -> None:
    connection, sdk = lab
    x = sdk.x
    vm, disk = halted_vm_with_a_disk(sdk)
    sr = x.VDI.get_SR(disk)
    extra = x.VDI.create({"name_label": "kept data", "name_description": "", "SR": sr, "virtual_size": str(2**30),
                          "type": "user", "sharable": False, "read_only": False, "other_config": {},
                          "xenstore_data": {}, "sm_config": {}, "tags": []})
    x.VBD.create({"VM": vm, "VDI": extra, "userdevice": "5", "bootable": False, "mode": "RW", "type": "Disk",
                  "empty": False, "other_config": {}, "qos_algorithm_type": "", "qos_algorithm_params": {}})
    kept_snap = finish_task(qtbot, sdk, x.Async.VM.snapshot(vm, "kept"))
    gone_snap = finish_task(qtbot, sdk, x.Async.VM.snapshot(vm, "deleted too"))
    gone_snap_disks = [x.VBD.get_VDI(v) for v in x.VM.get_VBDs(gone_snap) if x.VBD.get_type(v) == "Disk"]
    kept_snap_disks = [x.VBD.get_VDI(v) for v in x.VM.get_VBDs(kept_snap) if x.VBD.get_type(v) == "Disk"]
    window = parts.window
    qtbot.waitUntil(lambda: len((connection.cache.get("VM", vm) or {}).get("snapshots", [])) == 2, timeout=5000)
    window.controller.refresh.flush()
    assert window.navigation.select_key(f"{window.controller.key_of(connection)}/{vm}")
    window.command_actions.update.flush()
    action = window.command_actions["vm.delete"]
    assert action.isEnabled(), action.toolTip()
    action.trigger()
    qtbot.waitUntil(lambda: window.ui.delete_dialog is not None and window.ui.delete_dialog.isVisible())
    dialog: DeleteVmDialog = window.ui.delete_dialog
    assert ticks(dialog.disks) == {disk: True, extra: True}, "the VM's own disks are ticked at first"
    assert ticks(dialog.snapshots) == {kept_snap: False, gone_snap: False}, "snapshots are not"
    dialog.set_checked(extra, False)
    dialog.set_checked(gone_snap, True)
    before = len(window.operations)
    confirm = dialog.findChild(QPushButton, "deleteVmConfirm")
    assert confirm is not None and confirm.text() == "&Delete"
    confirm.click()
    qtbot.waitUntil(lambda: len(window.operations) > before, timeout=5000)
    operation = window.operations.operations()[-1]
    drive(qtbot, sdk, lambda: operation.is_finished)
    assert operation.state == OperationState.SUCCEEDED, operation.error
    assert not exists(sdk, "VM", vm) and not exists(sdk, "VDI", disk)
    assert exists(sdk, "VDI", extra), "the unticked disk is kept"
    assert not exists(sdk, "VM", gone_snap) and not any(exists(sdk, "VDI", d) for d in gone_snap_disks)
    assert exists(sdk, "VM", kept_snap) and all(exists(sdk, "VDI", d) for d in kept_snap_disks)


def test_cancel_deletes_nothing(qtbot: Any, lab: tuple[Connection, Sdk], parts: Parts) -> None:
    connection, sdk = lab
    vm, disk = halted_vm_with_a_disk(sdk)
    window = parts.window
    window.controller.refresh.flush()
    assert window.navigation.select_key(f"{window.controller.key_of(connection)}/{vm}")
    window.command_actions.update.flush()
    before = len(window.operations)
    window.command_actions["vm.delete"].trigger()
    qtbot.waitUntil(lambda: window.ui.delete_dialog is not None and window.ui.delete_dialog.isVisible())
    window.ui.delete_dialog.reject()
    qtbot.waitUntil(lambda: window.ui.delete_dialog is None)
    sdk.step(30)
    assert len(window.operations) == before
    assert exists(sdk, "VM", vm) and exists(sdk, "VDI", disk)
