"""Add Server as a new user meets it: https tried first and http offered, a second add selects the server, a wrong
password says so and leaves nothing behind, and the dialog is wide enough for its placeholder."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from ui_support import Parts, parts_fixture, qloop_fixture, root_conftest  # noqa: F401

from xencenter.core.commands import SelectedItem
from xencenter.ui.dialogs.add_server import AddServerDialog

pytestmark = pytest.mark.gui



def dialog(qtbot: Any, timeout: int = 15000) -> AddServerDialog:
    def find() -> Any:
        return next((w for w in QApplication.topLevelWidgets()
                     if w.objectName() == "addServerDialog" and w.isVisible()), None)

    qtbot.waitUntil(lambda: find() is not None, timeout=timeout)
    return find()


def fill(box: AddServerDialog, address: str, password: str) -> None:
    box.address.setText(address)
    box.password.setText(password)


def test_no_scheme_tries_https_then_offers_http_and_a_second_add_selects_the_server(qtbot: Any, parts: Parts,
                                                                                   sim: Any) -> None:
    host_port = sim.url.removeprefix("http://")
    task = parts.window.command_actions.trigger("connection.add")
    assert task is not None
    first = dialog(qtbot)
    placeholder = first.address.placeholderText()
    assert first.address.width() >= first.address.fontMetrics().horizontalAdvance(placeholder)
    fill(first, host_port, "xensim")
    first.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not first.isVisible())
    again = dialog(qtbot)  # https failed: the same dialog again, with the reason and an offer
    assert "speaks only plain http" in again.error.text() and "OpaqueRef" not in again.error.text()
    assert again.use_http.isVisible() and again.address.text() == host_port
    assert parts.manager.connections() == []  # the failed https attempt left nothing behind
    again.use_http.click()
    qtbot.waitUntil(task.done, timeout=15000)
    [connection] = parts.manager.connections()
    assert connection.url == sim.url and connection.is_connected
    qtbot.waitUntil(lambda: parts.window.navigation.selected_items()
                    == [SelectedItem(connection, "pool", connection.pool_ref)])
    # Select something else, then add the same server again: it is selected, not added twice.
    parts.window.navigation.tree.clearSelection()
    task = parts.window.command_actions.trigger("connection.add")
    assert task is not None
    box = dialog(qtbot)
    fill(box, sim.url, "xensim")
    box.buttons.accepted.emit()
    qtbot.waitUntil(task.done, timeout=15000)
    assert parts.manager.connections() == [connection]
    assert parts.window.navigation.selected_items() == [SelectedItem(connection, "pool", connection.pool_ref)]


def test_a_wrong_password_says_so_and_cancelling_leaves_nothing(qtbot: Any, parts: Parts, sim: Any) -> None:
    task = parts.window.command_actions.trigger("connection.add")
    assert task is not None
    box = dialog(qtbot)
    fill(box, sim.url, "wrong")
    box.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not box.isVisible())
    again = dialog(qtbot, timeout=20000)  # xapi delays a refused login by 5 s
    assert again.error.text() == "The user name or password was not accepted for 'root'."
    assert not again.use_http.isVisible() and again.password.text() == "" and again.address.text() == sim.url
    assert parts.manager.connections() == []
    again.reject()
    qtbot.waitUntil(task.done)
    assert parts.manager.connections() == []
