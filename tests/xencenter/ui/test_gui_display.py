"""The main window at 1200x800 on the demo pool: readable MAC and network columns, the guest OS line, host uptime."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFontMetrics
from ui_support import Parts, parts_fixture, qloop_fixture  # noqa: F401

from xencenter.core.connection import Connection
from xencenter.ui.tabs.general import GeneralTab
from xencenter.ui.widgets.table import FittedTable

pytestmark = pytest.mark.gui


def select(parts: Parts, connection: Connection, cls: str, name: str, tab: str) -> Any:
    ref = next(ref for ref, rec in connection.cache.items(cls) if rec["name_label"] == name)
    parts.window.controller.refresh.flush()
    assert parts.window.navigation.select_key(f"{parts.window.controller.key_of(connection)}/{ref}")
    host = parts.window.tabs.host
    host.show_tab(tab)
    return host.tab(tab)


def assert_readable(qtbot: Any, view: FittedTable, titles: tuple[str, ...]) -> None:
    """Every cell of the named columns fits its column: not elided, and at least as wide as its text."""
    view.fit.flush()
    model = view.model()
    headers = [model.headerData(c, view.horizontalHeader().orientation()) for c in range(model.columnCount())]
    metrics = QFontMetrics(view.font())
    assert model.rowCount() > 0
    for title in titles:
        column = headers.index(title)
        for row in range(model.rowCount()):
            index = model.index(row, column)
            text = str(index.data())
            assert view.columnWidth(column) >= metrics.horizontalAdvance(text), (title, text)
            assert not view.is_elided(index), (title, text)


def test_mac_and_network_columns_readable_at_1200x800(qtbot: Any, parts: Parts, sim: Any) -> None:
    connection = parts.connect(qtbot, sim.url)
    parts.window.resize(1200, 800)
    qtbot.waitUntil(lambda: parts.window.width() == 1200)
    tab = select(parts, connection, "VM", "web01", "networking")
    qtbot.waitUntil(lambda: tab.vifs.rowCount() > 0)
    assert_readable(qtbot, tab.vif_page, ("MAC", "Network", "IP address"))
    tab = select(parts, connection, "host", "xcp-host1", "networking")
    qtbot.waitUntil(lambda: tab.networks.rowCount() > 0)
    assert_readable(qtbot, tab.network_page, ("Name", "NIC"))
    tab = select(parts, connection, "host", "xcp-host1", "nics")
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    assert_readable(qtbot, tab.view, ("NIC", "MAC"))


def test_windows_os_line_and_host_uptime_on_the_demo_pool(qtbot: Any, parts: Parts, sim: Any) -> None:
    connection = parts.connect(qtbot, sim.url)
    tab = select(parts, connection, "VM", "win2022", "general")
    assert isinstance(tab, GeneralTab)
    qtbot.waitUntil(lambda: tab.value("os") == "Windows Server 2022", timeout=10000)
    tab = select(parts, connection, "host", "xcp-host1", "general")
    assert tab.value("uptime") != "Unknown" and "minute" in tab.value("uptime")
