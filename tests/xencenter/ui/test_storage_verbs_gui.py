"""SR verbs from the Storage menu on a real simulator (manual clock): Detach then Repair a new NFS SR, Set as
Default, Forget, and the reasons the cache gives when a verb cannot run."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from ui_support import Parts, Sdk, accept, confirm_box, drain, drive, parts_fixture, qloop_fixture  # noqa: F401

from xencenter.core.commands import SelectedItem
from xencenter.core.connection import Connection
from xencenter.core.operation import OperationState

pytestmark = pytest.mark.gui
GiB = 1024 ** 3


@pytest.fixture
def lab(qtbot: Any, fresh_sim: Any, parts: Parts) -> Iterator[tuple[Connection, Sdk]]:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    yield connection, sdk
    sdk.close()


def select_sr(parts: Parts, connection: Connection, sr: str) -> None:
    actions = parts.window.command_actions
    actions.set_selection([SelectedItem(connection, "SR", sr)])
    actions.update.flush()


def menu_action(parts: Parts, command_id: str) -> QAction:
    menu = parts.window.findChild(QMenu, "storageMenu")
    assert menu is not None
    action = parts.window.command_actions[command_id]
    assert action in menu.actions()
    return action


def run_from_menu(qtbot: Any, parts: Parts, sdk: Sdk, command_id: str, *, confirm: bool) -> None:
    action = menu_action(parts, command_id)
    qtbot.waitUntil(action.isEnabled, timeout=5000)  # the cache follows the last change through events
    before = len(parts.window.operations)
    action.trigger()
    if confirm:
        qtbot.waitUntil(lambda: confirm_box() is not None)
        accept(confirm_box())
    operations = parts.window.operations
    qtbot.waitUntil(lambda: len(operations) > before, timeout=5000)
    operation = operations.operations()[-1]
    drive(qtbot, sdk, lambda: operation.is_finished)
    assert operation.state == OperationState.SUCCEEDED, operation.error


def test_detach_then_repair_from_the_storage_menu(qtbot: Any, parts: Parts, lab: Any) -> None:
    connection, sdk = lab
    master = sdk.x.pool.get_master(sdk.x.pool.get_all()[0])
    sr = sdk.x.SR.create(master, {"server": "192.0.2.50", "serverpath": "/export/backup"}, "0", "Backups", "",
                         "nfs", "user", True, {})
    qtbot.waitUntil(lambda: connection.cache.get("SR", sr) is not None)
    pbds = sdk.x.SR.get_PBDs(sr)
    select_sr(parts, connection, sr)
    assert not menu_action(parts, "sr.repair").isEnabled()
    assert "attached to every server" in menu_action(parts, "sr.repair").toolTip()
    run_from_menu(qtbot, parts, sdk, "sr.detach", confirm=True)
    assert not any(sdk.x.PBD.get_currently_attached(p) for p in pbds)
    qtbot.waitUntil(lambda: "already detached" in parts.window.command_actions["sr.detach"].toolTip())
    run_from_menu(qtbot, parts, sdk, "sr.repair", confirm=False)
    assert all(sdk.x.PBD.get_currently_attached(p) for p in pbds)
    run_from_menu(qtbot, parts, sdk, "sr.set_default", confirm=False)
    assert sdk.x.pool.get_default_SR(sdk.x.pool.get_all()[0]) == sr
    qtbot.waitUntil(lambda: "already the pool's default" in parts.window.command_actions["sr.set_default"].toolTip())


def test_busy_storage_cannot_be_detached_or_forgotten(qtbot: Any, parts: Parts, lab: Any) -> None:
    connection, sdk = lab
    (nfs,) = sdk.x.SR.get_by_name_label("NFS virtual disks")  # web01 runs on it
    select_sr(parts, connection, nfs)
    for command_id in ("sr.detach", "sr.forget", "sr.destroy"):
        action = menu_action(parts, command_id)
        assert not action.isEnabled() and "in use by a running VM" in action.toolTip()
    (iso,) = sdk.x.SR.get_by_name_label("ISO library")
    select_sr(parts, connection, iso)
    assert "cannot hold new virtual disks" in menu_action(parts, "sr.set_default").toolTip()


def test_forget_keeps_the_data_for_a_reattach(qtbot: Any, parts: Parts, lab: Any) -> None:
    connection, sdk = lab
    master = sdk.x.pool.get_master(sdk.x.pool.get_all()[0])
    config = {"server": "192.0.2.50", "serverpath": "/export/test"}
    sr = sdk.x.SR.create(master, config, "0", "Scratch", "", "nfs", "user", True, {})
    uuid = sdk.x.SR.get_uuid(sr)
    qtbot.waitUntil(lambda: connection.cache.get("SR", sr) is not None)
    select_sr(parts, connection, sr)
    run_from_menu(qtbot, parts, sdk, "sr.forget", confirm=True)
    qtbot.waitUntil(lambda: connection.cache.get("SR", sr) is None)
    assert uuid in sdk.x.SR.probe(master, config, "nfs", {})


def test_properties_rename_the_sr_and_refuse_a_blank_name(qtbot: Any, parts: Parts, lab: Any) -> None:
    connection, sdk = lab
    (iso,) = sdk.x.SR.get_by_name_label("ISO library")
    select_sr(parts, connection, iso)
    menu_action(parts, "sr.properties").trigger()
    ui = parts.window.ui
    qtbot.waitUntil(lambda: ui.properties_dialog is not None and ui.properties_dialog.isVisible())
    dialog = ui.properties_dialog
    assert dialog is not None and dialog.name.text() == "ISO library"
    dialog.name.setText("   ")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.error.isVisible()
    dialog.name.setText("Course ISOs")
    dialog.description.setPlainText("Installers for the class")
    before = len(parts.window.operations)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: len(parts.window.operations) > before, timeout=5000)
    operation = parts.window.operations.operations()[-1]
    drive(qtbot, sdk, lambda: operation.is_finished)
    assert operation.state == OperationState.SUCCEEDED, operation.error
    assert sdk.x.SR.get_name_label(iso) == "Course ISOs"
    assert sdk.x.SR.get_name_description(iso) == "Installers for the class"
