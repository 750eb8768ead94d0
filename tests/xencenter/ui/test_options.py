"""The "Don't ask me again" check box on Shut Down / Reboot questions, and Tools > Options > Confirmations."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget
from ui_support import make_parts, qloop_fixture, shown, teardown_parts  # noqa: F401

from xencenter.core.asyncutil import spawn
from xencenter.core.confirmations import Confirmations
from xencenter.ui.commandui import DialogCommandUi
from xencenter.ui.dialogs.options import ConfirmationsPage, OptionsDialog

pytestmark = pytest.mark.gui


def test_the_question_offers_dont_ask_me_again(qtbot: Any, qloop: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    task = spawn(DialogCommandUi(parent).confirm_or_opt_out("Confirm Shut Down", "Shut down 'web01'?"))
    qtbot.waitUntil(lambda: shown("confirmDialog") is not None)
    box: QMessageBox = shown("confirmDialog")
    check = box.findChild(QCheckBox, "dontAskAgain")
    assert check is not None and check.accessibleName() == "Don't ask me again" and not check.isChecked()
    check.setChecked(True)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(task.done)
    assert task.result() == (True, True)
    plain = spawn(DialogCommandUi(parent).confirm("Confirm Force Shutdown", "Force 'web01' to shut down?"))
    qtbot.waitUntil(lambda: shown("confirmDialog") is not None)
    box = shown("confirmDialog")
    assert box.findChild(QCheckBox, "dontAskAgain") is None  # forced verbs always ask
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(plain.done)
    assert plain.result() is False


def test_tools_options_confirmations_turns_a_question_back_on(qtbot: Any, qloop: Any) -> None:
    parts = make_parts(qtbot)
    try:
        window = parts.window
        confirmations = Confirmations(parts.manager.settings)
        confirmations.set_asks("vm.shutdown", False)
        tools = next(a.menu() for a in window.menuBar().actions() if a.menu().objectName() == "toolsMenu")
        action = next(a for a in tools.actions() if a.objectName() == "action_options")
        action.trigger()
        qtbot.waitUntil(lambda: window.findChild(OptionsDialog, "optionsDialog") is not None)
        dialog: OptionsDialog = window.findChild(OptionsDialog, "optionsDialog")
        assert dialog.isVisible() and dialog.accessibleName() == "Options"
        assert dialog.page_list.item(0).text() == "Confirmations"
        page = dialog.page("confirmations")
        assert isinstance(page, ConfirmationsPage)
        assert set(page.checks) == {"vm.shutdown", "vm.reboot", "host.shutdown", "host.reboot"}
        for check in page.checks.values():
            assert check.objectName() and check.accessibleName() == check.text()
        assert not page.checks["vm.shutdown"].isChecked() and page.checks["vm.reboot"].isChecked()
        page.checks["vm.shutdown"].setChecked(True)
        page.checks["host.reboot"].setChecked(False)
        dialog.buttons.accepted.emit()
        assert confirmations.asks("vm.shutdown") and not confirmations.asks("host.reboot")
        assert dialog.size().width() < 700 and dialog.size().height() < 500  # a small dialog
    finally:
        teardown_parts(qtbot, parts)
