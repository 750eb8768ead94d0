"""The main window against a real simulator process on loopback (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QMenu, QMessageBox
from ui_support import (  # noqa: F401
    Parts,
    Sdk,
    confirm_box,
    drain,
    drive,
    key,
    make_parts,
    qloop_fixture,
    root_conftest,
    select,
    teardown_parts,
)

from xencenter.core.asyncutil import spawn
from xencenter.core.commands import SelectedItem
from xencenter.core.connection import ConnectionState
from xencenter.core.operation import OperationState
from xencenter.ui.models.resource_tree import IconKeyRole

pytestmark = pytest.mark.gui


@pytest.fixture
def parts(qtbot: Any, qloop: Any) -> Iterator[Parts]:
    made = make_parts(qtbot)
    yield made
    teardown_parts(qtbot, made)


def tree_icon(parts: Parts, node_key: str) -> str:
    parts.window.controller.refresh.flush()
    return str(parts.window.controller.model.index_of(node_key).data(IconKeyRole))


def test_demo_pool_appears_and_search_filters(qtbot: Any, parts: Parts, sim: Any) -> None:
    connection = parts.connect(qtbot, sim.url)
    model = parts.window.controller.model
    top = model.index(0, 0)
    assert top.data() == "Course lab"
    hosts = [model.index(row, 0, top).data() for row in range(model.rowCount(top))][:3]
    assert hosts == ["xcp-host1", "xcp-host2", "xcp-host3"]
    panel = parts.window.navigation
    assert panel.tree.model() is model, "no search: the tree shows its model without the filter"
    assert panel.tree.isExpanded(panel.tree.model().index(0, 0))
    qtbot.waitUntil(lambda: bool(panel.selected_keys()), timeout=5000)  # the pool, selected for the user
    selected = panel.selected_keys()
    qtbot.keyClicks(panel.search, "db01")
    proxy = panel.proxy
    assert panel.tree.model() is proxy
    pool = proxy.index(0, 0)
    assert proxy.rowCount() == 1 and proxy.rowCount(pool) == 1
    assert panel.tree.isExpanded(pool) and panel.tree.isExpanded(proxy.index(0, 0, pool))
    assert proxy.index(0, 0, proxy.index(0, 0, pool)).data() == "db01"
    assert panel.selected_keys() == selected, "the selection survives the switch to the filter"
    panel.search.clear()
    assert panel.tree.model() is model and panel.tree.isExpanded(model.index(0, 0))
    assert panel.tree.isExpanded(model.index(0, 0, top))
    assert panel.selected_keys() == selected
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


def test_the_first_pool_is_selected_when_it_appears_so_the_tabs_show_it(qtbot: Any, parts: Parts, sim: Any) -> None:
    parts.manager.add("https://127.0.0.1:9", "root")  # first in the tree, but not connecting: passed over
    parts.window.controller.refresh.flush()
    panel = parts.window.navigation
    assert panel.selected_items() == []
    connection = parts.connect(qtbot, sim.url)
    (pool,) = [ref for ref, _ in connection.cache.items("pool")]
    qtbot.waitUntil(lambda: panel.selected_items() == [SelectedItem(connection, "pool", pool)])
    host = parts.window.tabs.host
    assert host is not None and host.selection() == panel.selected_items() and host.current_key() == "general"
    assert panel.tree.currentIndex().data() == "Course lab"


def test_the_users_selection_is_kept_when_the_first_pool_appears(qtbot: Any, parts: Parts, sim: Any) -> None:
    other = parts.manager.add("https://127.0.0.1:9", "root")  # never opened: stays a server node
    select(qtbot, parts, str(parts.window.controller.key_of(other)))
    chosen = [SelectedItem(other, "connection", "")]
    assert parts.window.navigation.selected_items() == chosen
    connection = parts.connect(qtbot, sim.url)
    qtbot.wait(100)  # a few loop turns: the first-pool selection runs after the tree update
    assert parts.window.navigation.selected_items() == chosen
    # The user's node going away does not bring the start-up selection back later.
    removal = spawn(parts.manager.remove(other))
    qtbot.waitUntil(removal.done)
    parts.window.controller.refresh.flush()
    qtbot.wait(100)
    assert parts.window.navigation.selected_items() == []
    assert connection.is_connected


def test_toolbar_shows_each_verb_once_and_runs_the_host_or_vm_command(qtbot: Any, parts: Parts, sim: Any,
                                                                      monkeypatch: Any) -> None:
    connection = parts.connect(qtbot, sim.url)
    window = parts.window
    texts = [action.text() for action in window.toolbar.actions() if not action.isSeparator()]
    assert len(texts) == len(set(texts)) and texts.count("Shut Down") == texts.count("Reboot") == 1, texts
    server_menu = window.menuBar().findChild(QMenu, "serverMenu")
    vm_menu = window.menuBar().findChild(QMenu, "vmMenu")
    assert window.command_actions["host.reboot"] in server_menu.actions()  # the menus keep both commands
    assert window.command_actions["vm.reboot"] in vm_menu.actions()
    verbs = window.verb_actions
    ref = {rec["name_label"]: ref for cls in ("VM", "host") for ref, rec in connection.cache.items(cls)}
    (pool,) = [ref for ref, _ in connection.cache.items("pool")]
    ran: list[str] = []
    monkeypatch.setattr(window.command_actions, "trigger", lambda command_id, argument=None: ran.append(command_id))
    cases = [  # selection, verb, the command it runs, its disabled reason (None: enabled)
        ("xcp-host1", "verb.reboot", "host.reboot", None),
        ("web01", "verb.reboot", "vm.reboot", None),
        ("xcp-host1", "verb.start", "host.power_on", "The server is already running."),
        ("local-test", "verb.shutdown", "vm.shutdown", "The VM is not running."),
        ("", "verb.shutdown", "vm.shutdown", "Select one or more virtual machines or servers."),
    ]
    for name, verb, command_id, reason in cases:
        select(qtbot, parts, key(parts, connection, ref[name] if name else pool))
        action = verbs[verb]
        assert verbs.target(verb)[0] == command_id, (name, verb)
        assert action.isEnabled() == (reason is None), (name, verb, action.toolTip())
        if reason is None:
            assert action.toolTip() == parts.registry.get(command_id).text.text()
            window.toolbar.widgetForAction(action).click()
            assert ran[-1] == command_id
        else:
            assert action.toolTip() == reason
            if name:
                assert reason == parts.registry.reason(command_id, window.command_actions.selection)
    mixed = [SelectedItem(connection, "host", ref["xcp-host1"]), SelectedItem(connection, "VM", ref["web01"])]
    window.command_actions.set_selection(mixed)
    window.command_actions.update.flush()
    assert not verbs["verb.reboot"].isEnabled()
    assert verbs["verb.reboot"].toolTip() == "Select only virtual machines or only servers."
    window.command_actions.set_selection([])
    window.command_actions.update.flush()
    assert verbs["verb.reboot"].toolTip() == "Nothing is selected."
    assert verbs.trigger("verb.reboot") is None and ran == ["host.reboot", "vm.reboot"]


def test_toolbar_start_suspend_resume_shutdown_change_the_tree_icon(qtbot: Any, parts: Parts, fresh_sim: Any) -> None:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    try:
        ref = sdk.vm("student-pc2")
        node = key(parts, connection, ref)
        assert tree_icon(parts, node) == "vm-halted"
        actions = parts.window.verb_actions  # the toolbar's verbs, and the plain command actions
        toolbar = parts.window.toolbar
        for action_id, icon in (("verb.start", "vm-running"), ("vm.suspend", "vm-suspended"),
                                ("vm.resume", "vm-running"), ("verb.shutdown", "vm-halted")):
            select(qtbot, parts, node)
            action = actions[action_id]
            assert action in toolbar.actions() and action.isEnabled(), (action_id, action.toolTip())
            toolbar.widgetForAction(action).click()
            if action_id == "verb.shutdown":  # Shut Down asks first (with "Don't ask me again")
                qtbot.waitUntil(lambda: confirm_box() is not None)
                confirm_box().button(QMessageBox.StandardButton.Yes).click()
            drive(qtbot, sdk, lambda icon=icon: tree_icon(parts, node) == icon
                  and all(op.is_finished for op in parts.operations))
        ops = parts.operations.operations()
        assert [op.state for op in ops if op.is_own] == [OperationState.SUCCEEDED] * 4
    finally:
        sdk.close()


def test_failing_operation_shows_the_friendly_error_in_events(qtbot: Any, parts: Parts, sim: Any) -> None:
    connection = parts.connect(qtbot, sim.url)
    vm = next(ref for ref, rec in connection.cache.items("VM") if rec["name_label"] == "local-test")
    select(qtbot, parts, key(parts, connection, vm))
    menu = parts.window.start_on_menu  # Start on Server: one entry per host of the pool, run through the menu
    menu.aboutToShow.emit()
    names = sorted(str(rec["name_label"]) for _, rec in connection.cache.items("host"))
    assert [entry.text() for entry in menu.actions()] == names
    entry = menu.actions()[names.index("xcp-host2")]
    assert entry.isEnabled() and entry.toolTip() == "xcp-host2"
    entry.trigger()
    qtbot.waitUntil(lambda: any(op.state is OperationState.FAILED for op in parts.operations), timeout=10000)
    (op,) = [op for op in parts.operations if op.is_own]
    row = parts.window.events.row(op)
    assert row is not None
    status = row.status()
    assert status.startswith("Failed: ") and "local-test" in status, status
    assert "reported an error" not in status  # a friendly sentence, not the raw code
    events = parts.window.events
    index = events.model.index(events.model.row_of(op) or 0, 5)
    assert index.data() == row.action() == "Dismiss"
    assert events.model.index(index.row(), 4).data() == status  # what the list shows
    events.list.clicked.emit(index)  # a click on the row's Dismiss
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
        alert = alerts.ref_titled("VM cloned")
        assert alert is not None and alerts.text(alert, 2) == "renamed-by-sdk"
        assert alerts.text(alert, 0) == "Warning"  # priority 3
        alerts.select(alert)
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
