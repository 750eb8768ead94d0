"""The main window against a real simulator process on loopback (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from ui_support import Parts, Sdk, drain, drive, make_parts, qloop_fixture, root_conftest, teardown_parts  # noqa: F401

from xencenter.core.connection import Connection, ConnectionState
from xencenter.core.operation import OperationState
from xencenter.ui.models.resource_tree import IconKeyRole

# The offscreen platform warns that it cannot propagate size hints (docks); harmless there.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def parts(qtbot: Any, qloop: Any) -> Iterator[Parts]:
    made = make_parts(qtbot)
    yield made
    teardown_parts(qtbot, made)


def key(parts: Parts, connection: Connection, ref: str) -> str:
    conn_key = parts.window.controller.key_of(connection)
    return f"{conn_key}/{ref}"


def tree_icon(parts: Parts, node_key: str) -> str:
    parts.window.controller.refresh.flush()
    return str(parts.window.controller.model.index_of(node_key).data(IconKeyRole))


def select(qtbot: Any, parts: Parts, node_key: str) -> None:
    parts.window.controller.refresh.flush()
    assert parts.window.navigation.select_key(node_key)
    parts.window.command_actions.update.flush()


def test_demo_pool_appears_and_search_filters(qtbot: Any, parts: Parts, sim: Any) -> None:
    connection = parts.connect(qtbot, sim.url)
    model = parts.window.controller.model
    top = model.index(0, 0)
    assert top.data() == "Course lab"
    hosts = [model.index(row, 0, top).data() for row in range(model.rowCount(top))][:3]
    assert hosts == ["xcp-host1", "xcp-host2", "xcp-host3"]
    panel = parts.window.navigation
    assert panel.tree.isExpanded(panel.proxy.index(0, 0))
    qtbot.keyClicks(panel.search, "db01")
    proxy = panel.proxy
    pool = proxy.index(0, 0)
    assert proxy.rowCount() == 1 and proxy.rowCount(pool) == 1
    assert proxy.index(0, 0, proxy.index(0, 0, pool)).data() == "db01"
    panel.search.clear()
    assert proxy.rowCount(proxy.index(0, 0)) == model.rowCount(top)
    assert connection.is_connected


def test_disabled_reasons_show_as_action_tooltips(qtbot: Any, parts: Parts, sim: Any) -> None:
    connection = parts.connect(qtbot, sim.url)
    actions = parts.window.command_actions
    web = next(ref for ref, rec in connection.cache.items("VM") if rec["name_label"] == "web01")
    host = next(ref for ref, rec in connection.cache.items("host") if rec["name_label"] == "xcp-host1")
    for node_key in ("", key(parts, connection, web), key(parts, connection, host)):
        if node_key:
            select(qtbot, parts, node_key)
        else:
            actions.set_selection([])
            actions.update.flush()
        for command in parts.registry:
            action = actions[command.id]
            reason = parts.registry.reason(command.id, actions.selection)
            assert action.isEnabled() == (reason is None), command.id
            assert action.toolTip() == (reason if reason is not None else command.text.text()), command.id
    assert actions["vm.start"].toolTip() == "Select one or more virtual machines."
    select(qtbot, parts, key(parts, connection, web))
    assert actions["vm.start"].toolTip() == "The VM is already running."
    assert actions["vm.shutdown"].isEnabled()


def test_toolbar_start_suspend_resume_shutdown_change_the_tree_icon(qtbot: Any, parts: Parts, fresh_sim: Any) -> None:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    try:
        ref = sdk.vm("student-pc2")
        node = key(parts, connection, ref)
        assert tree_icon(parts, node) == "vm-halted"
        actions = parts.window.command_actions
        toolbar = parts.window.toolbar
        for command_id, icon in (("vm.start", "vm-running"), ("vm.suspend", "vm-suspended"),
                                 ("vm.resume", "vm-running"), ("vm.shutdown", "vm-halted")):
            select(qtbot, parts, node)
            action = actions[command_id]
            assert action in toolbar.actions() and action.isEnabled(), (command_id, action.toolTip())
            toolbar.widgetForAction(action).click()
            drive(qtbot, sdk, lambda icon=icon: tree_icon(parts, node) == icon
                  and all(op.is_finished for op in parts.operations))
        ops = parts.operations.operations()
        assert [op.state for op in ops if op.is_own] == [OperationState.SUCCEEDED] * 4
    finally:
        sdk.close()


def test_failing_operation_shows_the_friendly_error_in_events(qtbot: Any, parts: Parts, sim: Any) -> None:
    connection = parts.connect(qtbot, sim.url)
    vm = next(ref for ref, rec in connection.cache.items("VM") if rec["name_label"] == "local-test")
    host2 = next(ref for ref, rec in connection.cache.items("host") if rec["name_label"] == "xcp-host2")
    select(qtbot, parts, key(parts, connection, vm))
    task = parts.window.command_actions.trigger("vm.start_on", host2)
    assert task is not None
    qtbot.waitUntil(lambda: any(op.state is OperationState.FAILED for op in parts.operations), timeout=10000)
    (op,) = [op for op in parts.operations if op.is_own]
    row = parts.window.events.row(op)
    assert row is not None
    status = row.item.text(4)
    assert status.startswith("Failed: ") and "local-test" in status, status
    assert "reported an error" not in status  # a friendly sentence, not the raw code
    assert row.button.text() == "Dismiss"
    row.button.click()
    assert parts.window.events.row(op) is None


def test_changes_by_another_client_and_alerts_appear(qtbot: Any, parts: Parts, fresh_sim: Any) -> None:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    try:
        ref = sdk.vm("win7-legacy")
        sdk.x.VM.set_name_label(ref, "renamed-by-sdk")
        model = parts.window.controller.model
        qtbot.waitUntil(lambda: model.index_of(key(parts, connection, ref)).data() == "renamed-by-sdk",
                        timeout=10000)
        alerts = parts.window.alerts
        before = alerts.count()
        uuid = sdk.x.VM.get_uuid(ref)
        sdk.x.message.create("VM_CLONED", 3, "VM", uuid, "made by the test")
        qtbot.waitUntil(lambda: alerts.count() == before + 1, timeout=10000)
        item = alerts.list.findItems("VM_CLONED", __import__("PySide6.QtCore").QtCore.Qt.MatchFlag.MatchExactly, 1)[0]
        assert item.text(2) == "renamed-by-sdk"
        item.setSelected(True)
        alerts.dismiss_button.click()
        qtbot.waitUntil(lambda: alerts.count() == before, timeout=10000)
    finally:
        sdk.close()


def test_simulator_killed_and_restarted_shows_reconnecting_then_connected(qtbot: Any, parts: Parts) -> None:
    start_sim = root_conftest().start_sim
    server = drain(start_sim("--scenario", "demo"))
    port = server.url.rsplit(":", 1)[1]
    restarted = None
    try:
        connection = parts.connect(qtbot, server.url)
        model = parts.window.controller.model
        server.stop()
        qtbot.waitUntil(lambda: connection.state is ConnectionState.RECONNECTING, timeout=15000)
        parts.window.controller.refresh.flush()
        top = model.index(0, 0)
        assert "Reconnecting" in top.data() and top.data(IconKeyRole) == "server-reconnecting"
        restarted = drain(start_sim("--scenario", "demo", "--port", port))
        qtbot.waitUntil(lambda: connection.state is ConnectionState.CONNECTED, timeout=20000)
        parts.window.controller.refresh.flush()
        assert model.index(0, 0).data() == "Course lab"
        assert model.index(0, 0).data(IconKeyRole) == "pool"
    finally:
        server.stop()
        if restarted is not None:
            restarted.stop()
