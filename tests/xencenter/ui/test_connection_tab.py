"""A server that failed to connect: its node shows the reason in plain words and a Reconnect button (the same
verb as its context menu), not an empty Search tab."""

from __future__ import annotations

import re
from typing import Any

import pytest
from ui_support import Parts, parts_fixture, qloop_fixture, select, shown  # noqa: F401

from xencenter.core.asyncutil import spawn
from xencenter.core.connection import ConnectionState
from xencenter.ui.menus import context_menu
from xencenter.ui.tabs.connection import ConnectionTab

pytestmark = pytest.mark.gui



def test_a_failed_server_shows_why_and_reconnects_from_its_tab(qtbot: Any, parts: Parts, sim: Any) -> None:
    connection = parts.manager.add(sim.url, "root")
    spawn(connection.open("not the password"))
    qtbot.waitUntil(lambda: connection.state is ConnectionState.FAILED, timeout=15000)
    select(qtbot, parts, str(parts.window.controller.key_of(connection)))
    host = parts.window.tabs.host
    assert host is not None and host.tab_keys() == ["connection"]
    tab = host.tab("connection")
    assert isinstance(tab, ConnectionTab) and tab.isVisible()
    assert tab.state.text() == "Connection failed"
    reason = tab.reason.text()
    assert reason == connection.last_error and "password" in reason
    assert not re.search(r"OpaqueRef|[A-Z]{3,}_[A-Z_]+", reason), reason
    assert tab.reconnect.isEnabled() and tab.reconnect.accessibleName() == "Reconnect"
    context = context_menu(parts.window.command_actions, parts.window.navigation.selected_items(), parts.window)
    assert parts.window.command_actions["connection.reconnect"] in context.actions()
    assert parts.window.command_actions["connection.reconnect"].isEnabled()
    context.deleteLater()

    tab.reconnect.click()  # no saved password: asked, with the reason
    qtbot.waitUntil(lambda: shown("passwordDialog") is not None)
    dialog = shown("passwordDialog")
    assert dialog.reason.text() == reason
    dialog.password.setText(sim.password)
    dialog.accept()
    qtbot.waitUntil(lambda: connection.is_connected, timeout=15000)
    parts.window.controller.refresh.flush()
    assert "connection" not in host.tab_keys()
