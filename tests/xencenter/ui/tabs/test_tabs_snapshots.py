"""The Snapshots tab in the main window on a real simulator (manual clock), driven through its buttons: take (with a
console thumbnail), the tree with "Now", revert (Now moves and the VM's disks change), properties, save as template,
the list view and deleting several; and each button's reason when it cannot run."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton, QTreeWidgetItem, QTreeWidgetItemIterator

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_snapshot_verbs_gui import disks, last_operation, shown
from ui_support import Parts, Sdk, drain, drive, parts_fixture, qloop_fixture  # noqa: F401

from xencenter.core.connection import Connection
from xencenter.core.snapshots import THUMBNAIL_KEY
from xencenter.ui.tabs.snapshots import SnapshotsTab

pytestmark = [pytest.mark.gui, pytest.mark.slow]
VM_NAME = "web01"  # running in the demo: its screen can be taken


@pytest.fixture
def shown_tab(qtbot: Any, fresh_sim: Any, parts: Parts) -> Iterator[tuple[SnapshotsTab, Connection, Sdk, str]]:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    vm = sdk.vm(VM_NAME)
    parts.window.controller.refresh.flush()
    assert parts.window.navigation.select_key(f"{parts.window.controller.key_of(connection)}/{vm}")
    host = parts.window.tabs.host
    titles = [host.tabText(i) for i in range(host.count())]
    assert "Snapshots" in titles
    host.setCurrentIndex(titles.index("Snapshots"))
    tab = host.tab("snapshots")
    assert isinstance(tab, SnapshotsTab)
    yield tab, connection, sdk, vm
    sdk.close()


def tree_shape(tab: SnapshotsTab) -> list[Any]:
    def shape(entry: QTreeWidgetItem) -> Any:
        children = [shape(entry.child(i)) for i in range(entry.childCount())]
        return (entry.text(0), children) if children else entry.text(0)

    return [shape(tab.tree.topLevelItem(i)) for i in range(tab.tree.topLevelItemCount())]


def choose(tab: SnapshotsTab, *names: str) -> None:
    """Choose the snapshots with these names in the tree, as a click (and Ctrl+clicks) would."""
    tab.tree.clearSelection()
    entries = QTreeWidgetItemIterator(tab.tree)
    while entries.value() is not None:
        entry = entries.value()
        entry.setSelected(entry.text(0) in names)
        entries += 1


def click(qtbot: Any, tab: SnapshotsTab, command_id: str) -> None:
    button: QPushButton = tab.buttons[command_id]
    assert button.isEnabled(), button.toolTip()
    button.click()


def answer_names(qtbot: Any, parts: Parts, name: str, memory: bool = False) -> None:
    ui = parts.window.ui
    qtbot.waitUntil(lambda: ui.snapshot_dialog is not None and ui.snapshot_dialog.isVisible(), timeout=5000)
    dialog = ui.snapshot_dialog
    dialog.name.setText(name)
    if memory:
        dialog.with_memory.setChecked(True)
    dialog.buttons.accepted.emit()


def test_the_snapshots_tab_takes_reverts_renames_templates_and_deletes(
        qtbot: Any, parts: Parts, shown_tab: tuple[SnapshotsTab, Connection, Sdk, str]) -> None:
    tab, _connection, sdk, vm = shown_tab
    x = sdk.x
    assert tree_shape(tab) == ["Now (you are here)"]
    assert tab.usage.text() == "This VM has no snapshots."
    assert not tab.buttons["snapshot.revert"].isEnabled()
    assert tab.buttons["snapshot.revert"].toolTip() == "Choose a snapshot in the list."

    for name, memory in (("first", False), ("second", True)):
        before = len(parts.window.operations)
        click(qtbot, tab, "vm.take_snapshot")
        answer_names(qtbot, parts, name, memory)
        last_operation(qtbot, parts, sdk, before)
    qtbot.waitUntil(lambda: tree_shape(tab) == [("first", [("second", ["Now (you are here)"])])], timeout=5000)
    snaps = {x.VM.get_name_label(s): s for s in x.VM.get_snapshots(vm)}
    assert THUMBNAIL_KEY in x.VM.get_other_config(snaps["first"]), "a running VM's screen is kept"
    choose(tab, "second")
    qtbot.waitUntil(lambda: tab.thumbnail.pixmap() is not None and not tab.thumbnail.pixmap().isNull(), timeout=5000)
    assert "Disks and memory" in tab.details.text()
    assert "snapshots use" in tab.usage.text()

    disks_before = disks(sdk, vm)
    choose(tab, "first")
    before = len(parts.window.operations)
    click(qtbot, tab, "snapshot.revert")
    ui = parts.window.ui
    qtbot.waitUntil(lambda: ui.revert_dialog is not None and ui.revert_dialog.isVisible(), timeout=5000)
    ui.revert_dialog.snapshot_first.setChecked(False)
    confirm = ui.revert_dialog.findChild(QPushButton, "revertConfirm")
    assert confirm is not None
    confirm.click()
    last_operation(qtbot, parts, sdk, before)
    qtbot.waitUntil(lambda: tree_shape(tab) == [("first", ["second", "Now (you are here)"])], timeout=5000)
    assert disks(sdk, vm) != disks_before, "the VM runs on new disks made from the snapshot's"

    choose(tab, "second")
    before = len(parts.window.operations)
    click(qtbot, tab, "snapshot.properties")
    answer_names(qtbot, parts, "second, renamed")
    last_operation(qtbot, parts, sdk, before)
    qtbot.waitUntil(lambda: "second, renamed" in str(tree_shape(tab)), timeout=5000)

    choose(tab, "first")
    before = len(parts.window.operations)
    click(qtbot, tab, "snapshot.save_as_template")
    answer_names(qtbot, parts, "web template")
    last_operation(qtbot, parts, sdk, before)
    (template,) = x.VM.get_by_name_label("web template")
    assert x.VM.get_is_a_template(template) and not x.VM.get_is_a_snapshot(template)

    tab.mode.setCurrentIndex(1)  # the list view
    assert tab.views.currentWidget() is tab.list
    tab.list.selectAll()
    assert len(tab.chosen()) == 2
    assert tab.buttons["snapshot.revert"].toolTip() == "Choose only one snapshot."
    before = len(parts.window.operations)
    click(qtbot, tab, "snapshot.delete")
    qtbot.waitUntil(lambda: shown("confirmDialog") is not None, timeout=5000)
    box: QMessageBox = shown("confirmDialog")
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: len(parts.window.operations) >= before + 2, timeout=5000)
    for operation in parts.window.operations.operations()[before:]:
        drive(qtbot, sdk, lambda op=operation: op.is_finished, attempts=20)
    qtbot.waitUntil(lambda: tab.usage.text() == "This VM has no snapshots.", timeout=20000)
    assert x.VM.get_snapshots(vm) == []
