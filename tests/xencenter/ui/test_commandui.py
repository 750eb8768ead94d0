"""DialogCommandUi: dialogs are opened with open() and awaited (no nested loop), answers come back to commands."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from ui_support import qloop_fixture  # noqa: F401

from xencenter.core.asyncutil import spawn
from xencenter.ui.commandui import DialogCommandUi
from xencenter.ui.dialogs.add_server import AddServerDialog

pytestmark = pytest.mark.gui


def shown(name: str) -> Any:
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)


@pytest.mark.parametrize(("button", "answer"), [(QMessageBox.StandardButton.Yes, True),
                                                (QMessageBox.StandardButton.No, False)])
def test_confirm_is_awaited_without_a_nested_loop(qtbot: Any, qloop: Any, button: Any, answer: bool) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    task = spawn(DialogCommandUi(parent).confirm("Confirm Delete", "Delete 'web01'?"))
    qtbot.waitUntil(lambda: shown("confirmDialog") is not None)
    box = shown("confirmDialog")
    assert box.accessibleName() == "Confirm Delete" and box.text() == "Delete 'web01'?"
    box.button(button).click()
    qtbot.waitUntil(task.done)
    assert task.result() is answer


def test_add_server_dialog_validates_and_returns_the_details(qtbot: Any, qloop: Any) -> None:
    task = spawn(DialogCommandUi().ask_new_server())
    qtbot.waitUntil(lambda: shown("addServerDialog") is not None)
    dialog: AddServerDialog = shown("addServerDialog")
    dialog.address.setText("ftp://nope")
    dialog.buttons.accepted.emit()
    assert "not valid" in dialog.error.text() and dialog.isVisible()
    dialog.address.setText("xcp1.example:8443")
    dialog.password.setText("pw")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(task.done)
    server = task.result()
    assert (server.url, server.user, server.password) == ("xcp1.example:8443", "root", "pw")
