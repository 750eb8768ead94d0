"""The VM Protection Policies dialog on a simulator: its table follows the pool's policies; Disable, Enable, Run Now,
Properties and Delete (confirmed) each run their command as an Operation; New opens the wizard; in an edition
without VM protection the Pool menu's entries are greyed out with the reason."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox
from ui_support import Parts, Sdk, confirm_box, dialog, drain, drive, parts_fixture, qloop_fixture  # noqa: F401

from xencenter.core.connection import Connection
from xencenter.core.operation import OperationState
from xencenter.ui.dialogs.vmss import VmProtectionDialog

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def protection_window() -> VmProtectionDialog | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, VmProtectionDialog) and w.isVisible()),
                None)


def last_operation(qtbot: Any, parts: Parts, sdk: Sdk, before: int) -> None:
    qtbot.waitUntil(lambda: len(parts.window.operations) > before, timeout=5000)
    operation = parts.window.operations.operations()[-1]
    drive(qtbot, sdk, lambda: operation.is_finished, attempts=10)
    assert operation.state == OperationState.SUCCEEDED, operation.error


def open_dialog(qtbot: Any, parts: Parts, connection: Connection, pool: str) -> VmProtectionDialog:
    parts.window.controller.refresh.flush()
    assert parts.window.navigation.select_key(f"{parts.window.controller.key_of(connection)}/{pool}")
    actions = parts.window.command_actions
    actions.update.flush()
    assert actions["pool.vm_protection"].isEnabled(), actions["pool.vm_protection"].toolTip()
    actions["pool.vm_protection"].trigger()
    qtbot.waitUntil(lambda: protection_window() is not None, timeout=5000)
    window = protection_window()
    assert window is not None
    return window


def test_the_dialogs_verbs(qtbot: Any, parts: Parts, fresh_sim: Any) -> None:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    x = sdk.x
    try:
        pool = x.pool.get_all()[0]
        (web,) = [r for r in x.VM.get_by_name_label("web01") if not x.VM.get_is_a_snapshot(r)]
        policy = x.VMSS.create({"name_label": "Hourly web", "name_description": "", "enabled": True,
                                "type": "snapshot", "retained_snapshots": "2", "frequency": "hourly",
                                "schedule": {"min": "15"}})
        window = open_dialog(qtbot, parts, connection, pool)
        for widget in window.findChildren(QDialogButtonBox):
            assert widget.objectName() and widget.accessibleName()
        qtbot.waitUntil(lambda: window.policies() == [policy], timeout=5000)
        assert window.table.item(0, 2).text() == "Every hour at 15 minutes past"
        assert window.table.item(0, 4).text() == "Never" and window.table.item(0, 3).text() == "None"
        assert not window.buttons["vmss.delete"].isEnabled(), "nothing selected"
        window.select(policy)
        assert not window.buttons["vmss.run_now"].isEnabled()
        assert window.buttons["vmss.run_now"].toolTip() == "The policy protects no VM."
        assert not window.buttons["vmss.enable"].isEnabled()

        x.VM.set_snapshot_schedule(web, policy)
        qtbot.waitUntil(lambda: window.table.item(0, 3).text() == "web01", timeout=5000)

        before = len(parts.window.operations)
        assert window.trigger("vmss.disable") is not None
        last_operation(qtbot, parts, sdk, before)
        assert x.VMSS.get_enabled(policy) is False
        qtbot.waitUntil(lambda: window.table.item(0, 1).text() == "No", timeout=5000)
        window.select(policy)
        before = len(parts.window.operations)
        assert window.trigger("vmss.enable") is not None
        last_operation(qtbot, parts, sdk, before)
        assert x.VMSS.get_enabled(policy) is True

        window.select(policy)
        before = len(parts.window.operations)
        assert window.trigger("vmss.run_now") is not None
        last_operation(qtbot, parts, sdk, before)
        snaps = [s for s in x.VM.get_snapshots(web) if x.VM.get_is_vmss_snapshot(s)]
        assert len(snaps) == 1
        qtbot.waitUntil(lambda: window.table.item(0, 4).text() != "Never", timeout=5000)

        window.select(policy)
        before = len(parts.window.operations)
        assert window.trigger("vmss.properties") is not None
        box = dialog(qtbot, "nameDescriptionDialog")
        (name,) = [w for w in box.findChildren(QLineEdit) if w.isVisible()][:1]
        name.setText("Web, every hour")
        box.accept()
        last_operation(qtbot, parts, sdk, before)
        assert x.VMSS.get_name_label(policy) == "Web, every hour"

        window.select(policy)
        before = len(parts.window.operations)
        assert window.trigger("vmss.delete") is not None
        qtbot.waitUntil(lambda: confirm_box() is not None, timeout=5000)
        confirm_box().button(QMessageBox.StandardButton.Yes).click()
        last_operation(qtbot, parts, sdk, before)
        assert x.VMSS.get_all() == [] and x.VM.get_snapshot_schedule(web) == "OpaqueRef:NULL"
        assert snaps[0] in x.VM.get_snapshots(web), "the policy's snapshots are kept"
        qtbot.waitUntil(lambda: window.policies() == [], timeout=5000)

        wizards = len(parts.window.ui.wizards)
        assert window.trigger("pool.new_vmss") is not None
        qtbot.waitUntil(lambda: len(parts.window.ui.wizards) > wizards, timeout=5000)
        assert parts.window.ui.wizards[-1].objectName() == "newVmssWizard"
        parts.window.ui.wizards[-1].close()
        window.close()

        x.pool.apply_edition(pool, "free")
        actions = parts.window.command_actions
        qtbot.waitUntil(lambda: connection.cache.get("pool", pool)["restrictions"].get("restrict_vmss") == "true",
                        timeout=5000)
        actions.update.flush()
        assert not actions["pool.vm_protection"].isEnabled()
        assert actions["pool.new_vmss"].toolTip() == ("The pool's edition (XenServer Free) does not include VM "
                                                      "protection and recovery.")
    finally:
        sdk.close()
