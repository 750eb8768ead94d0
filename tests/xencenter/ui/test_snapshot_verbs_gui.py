"""Snapshot verbs from the console on a real simulator (manual clock): Take Snapshot (disk only, and with memory
as a checkpoint), Revert To with "take a snapshot first", Delete Snapshot on several at once, and refusals."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import XenAPI
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from ui_support import Parts, Sdk, drain, drive, parts_fixture, qloop_fixture  # noqa: F401

from xencenter.core.commands import SelectedItem
from xencenter.core.connection import Connection
from xencenter.core.operation import OperationState

pytestmark = pytest.mark.gui


@pytest.fixture
def lab(qtbot: Any, fresh_sim: Any, parts: Parts) -> Iterator[tuple[Connection, Sdk]]:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    yield connection, sdk
    sdk.close()


def shown(name: str) -> Any:
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)


def a_vm(sdk: Sdk, state: str, op: str) -> str:
    for ref, record in sorted(sdk.x.VM.get_all_records().items(), key=lambda item: item[1]["name_label"]):
        if (not record["is_a_template"] and not record["is_control_domain"] and record["power_state"] == state
                and op in record["allowed_operations"]):
            return str(ref)
    raise AssertionError(f"the demo has a {state} VM that allows {op}")


def select(parts: Parts, connection: Connection, *refs: str) -> None:
    """Select the VMs or snapshots (the Server View does not list snapshots: the selection is set as the
    Snapshots group of Objects by Type would)."""
    actions = parts.window.command_actions
    actions.set_selection([SelectedItem(connection, "VM", ref) for ref in refs])
    actions.update.flush()


def trigger(qtbot: Any, parts: Parts, command_id: str) -> None:
    action = parts.window.command_actions[command_id]
    assert action.isEnabled(), action.toolTip()
    action.trigger()


def last_operation(qtbot: Any, parts: Parts, sdk: Sdk, before: int) -> Any:
    operations = parts.window.operations
    qtbot.waitUntil(lambda: len(operations) > before, timeout=5000)
    operation = operations.operations()[-1]
    drive(qtbot, sdk, lambda: operation.is_finished, attempts=40)
    assert operation.state == OperationState.SUCCEEDED, operation.error
    return operation


def disks(sdk: Sdk, vm: str) -> set[str]:
    return {sdk.x.VBD.get_VDI(v) for v in sdk.x.VM.get_VBDs(vm) if sdk.x.VBD.get_type(v) == "Disk"}


def take(qtbot: Any, parts: Parts, connection: Connection, sdk: Sdk, vm: str, name: str, memory: bool) -> str:
    select(parts, connection, vm)
    before = len(parts.window.operations)
    known = set(sdk.x.VM.get_snapshots(vm))
    trigger(qtbot, parts, "vm.take_snapshot")
    ui = parts.window.ui
    qtbot.waitUntil(lambda: ui.snapshot_dialog is not None and ui.snapshot_dialog.isVisible())
    dialog = ui.snapshot_dialog
    assert dialog.with_memory.isEnabled() is (sdk.x.VM.get_power_state(vm) == "Running")
    dialog.name.setText(name)
    dialog.description.setPlainText(f"{name} described")
    (dialog.with_memory if memory else dialog.disk_only).setChecked(True)
    dialog.buttons.accepted.emit()
    last_operation(qtbot, parts, sdk, before)
    [new] = set(sdk.x.VM.get_snapshots(vm)) - known
    qtbot.waitUntil(lambda: connection.cache.get("VM", new) is not None, timeout=5000)
    return str(new)


def test_take_disk_only_and_checkpoint(qtbot: Any, lab: tuple[Connection, Sdk], parts: Parts) -> None:
    connection, sdk = lab
    x = sdk.x
    vm = a_vm(sdk, "Running", "checkpoint")
    disk_only = take(qtbot, parts, connection, sdk, vm, "disks", memory=False)
    checkpoint = take(qtbot, parts, connection, sdk, vm, "with memory", memory=True)
    assert (x.VM.get_name_label(disk_only), x.VM.get_name_description(disk_only)) == ("disks", "disks described")
    assert x.VM.get_power_state(disk_only) == "Halted" and x.VM.get_suspend_VDI(disk_only) == "OpaqueRef:NULL"
    assert x.VM.get_power_state(checkpoint) == "Suspended" and x.VM.get_suspend_VDI(checkpoint) != "OpaqueRef:NULL"
    assert x.VM.get_parent(vm) == checkpoint and x.VM.get_parent(checkpoint) == disk_only, "the tree grew"


def test_revert_with_a_snapshot_first(qtbot: Any, lab: tuple[Connection, Sdk], parts: Parts) -> None:
    connection, sdk = lab
    x = sdk.x
    vm = a_vm(sdk, "Halted", "snapshot")
    target = take(qtbot, parts, connection, sdk, vm, "target", memory=False)
    disks_before = disks(sdk, vm)
    select(parts, connection, target)
    before = len(parts.window.operations)
    trigger(qtbot, parts, "snapshot.revert")
    ui = parts.window.ui
    qtbot.waitUntil(lambda: ui.revert_dialog is not None and ui.revert_dialog.isVisible())
    dialog = ui.revert_dialog
    assert dialog.snapshot_first.isChecked()
    dialog.first_name.setText("saved state")
    confirm = dialog.findChild(QPushButton, "revertConfirm")
    assert confirm is not None
    confirm.click()
    last_operation(qtbot, parts, sdk, before)
    names = {x.VM.get_name_label(s): s for s in x.VM.get_snapshots(vm)}
    assert set(names) == {"target", "saved state"}, "the current state was kept as a snapshot first"
    assert x.VM.get_parent(vm) == target, "the VM now sits under the snapshot it reverted to"
    assert disks(sdk, vm).isdisjoint(disks_before), "its disks were replaced by the snapshot's"


def test_delete_several_snapshots(qtbot: Any, lab: tuple[Connection, Sdk], parts: Parts) -> None:
    connection, sdk = lab
    x = sdk.x
    vm = a_vm(sdk, "Halted", "snapshot")
    snaps = [take(qtbot, parts, connection, sdk, vm, f"s{i}", memory=False) for i in range(3)]
    snap_disks = {s: disks(sdk, s) for s in snaps}
    window = parts.window
    qtbot.waitUntil(lambda: all(connection.cache.get("VM", ref) is not None for ref in snaps), timeout=5000)
    select(parts, connection, *snaps[:2])
    before = len(window.operations)
    trigger(qtbot, parts, "snapshot.delete")
    qtbot.waitUntil(lambda: shown("confirmDialog") is not None)
    box: QMessageBox = shown("confirmDialog")
    assert "s0" in box.text() and "s1" in box.text() and "s2" not in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: len(window.operations) >= before + 2, timeout=5000)
    for operation in window.operations.operations()[before:]:
        drive(qtbot, sdk, lambda op=operation: op.is_finished, attempts=20)
        assert operation.state == OperationState.SUCCEEDED, operation.error
    assert x.VM.get_snapshots(vm) == [snaps[2]]
    for snap in snaps[:2]:
        for vdi in snap_disks[snap]:
            with pytest.raises(XenAPI.Failure):
                x.VDI.get_uuid(vdi)


def test_refusals_say_why(qtbot: Any, lab: tuple[Connection, Sdk], parts: Parts) -> None:
    connection, sdk = lab
    registry = parts.window.command_actions
    vm = a_vm(sdk, "Halted", "snapshot")
    select(parts, connection, vm)
    assert not registry["snapshot.revert"].isEnabled()
    assert registry["snapshot.revert"].toolTip() == "Select a snapshot."
    assert not registry["snapshot.delete"].isEnabled()
    assert registry["snapshot.delete"].toolTip() == "Select one or more snapshots."
    template = next(ref for ref, r in sdk.x.VM.get_all_records().items()
                    if r["is_a_template"] and not r["is_a_snapshot"])
    select(parts, connection, template)
    assert not registry["vm.take_snapshot"].isEnabled()
    assert registry["vm.take_snapshot"].toolTip().endswith("is a template.")
