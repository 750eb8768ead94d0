"""Simulate Power Failure and Restore Server from the console on a simulator (manual clock): with HA on, the
protected VM of the failed server runs again elsewhere once the pool has fenced it; the server comes back. On a
connection that is not a simulator the verbs are hidden."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_support import Parts, Sdk, confirm_box, drain, drive, parts_fixture, qloop_fixture  # noqa: F401

from xencenter.core.commands import SelectedItem
from xencenter.core.operation import OperationState

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def run_verb(qtbot: Any, parts: Parts, sdk: Sdk, command_id: str, confirm: bool) -> None:
    actions = parts.window.command_actions
    actions.update.flush()
    action = actions[command_id]
    assert action.isVisible() and action.isEnabled(), action.toolTip()
    before = len(parts.window.operations)
    action.trigger()
    if confirm:
        qtbot.waitUntil(lambda: confirm_box() is not None, timeout=5000)
        box: QMessageBox = confirm_box()
        box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: len(parts.window.operations) > before, timeout=5000)
    operation = parts.window.operations.operations()[-1]
    drive(qtbot, sdk, lambda: operation.is_finished, attempts=10)
    assert operation.state == OperationState.SUCCEEDED, operation.error


def test_a_simulated_power_failure_with_ha_and_the_server_restored(qtbot: Any, parts: Parts, fresh_sim: Any) -> None:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    qtbot.waitUntil(lambda: connection.is_simulator is True, timeout=5000)
    sdk = Sdk(fresh_sim.url)
    try:
        x = sdk.x
        db, host2 = sdk.vm("db01"), sdk.host("xcp-host2")
        x.VM.set_ha_restart_priority(db, "restart")
        task = x.Async.pool.enable_ha([x.SR.get_by_name_label("iSCSI virtual disks")[0]], {})
        drive(qtbot, sdk, lambda: x.task.get_status(task) == "success")
        assert x.VM.get_resident_on(db) == host2

        parts.window.controller.refresh.flush()
        assert parts.window.navigation.select_key(f"{parts.window.controller.key_of(connection)}/{host2}")
        run_verb(qtbot, parts, sdk, "host.fail_power", confirm=True)
        drive(qtbot, sdk, lambda: x.VM.get_power_state(db) == "Running" and x.VM.get_resident_on(db) != host2,
              attempts=40)
        run_verb(qtbot, parts, sdk, "host.restore", confirm=False)
        drive(qtbot, sdk, lambda: x.host_metrics.get_live(x.host.get_metrics(host2)), attempts=40)
    finally:
        sdk.close()


def test_the_verbs_hide_on_a_server_that_is_not_a_simulator(qtbot: Any, parts: Parts, fresh_sim: Any) -> None:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    qtbot.waitUntil(lambda: connection.is_simulator is True, timeout=5000)
    connection.is_simulator = False  # as a real pool answers the sim plugin
    host = next(ref for ref, _ in connection.cache.items("host"))
    command = parts.registry.get("host.fail_power")
    selection = [SelectedItem(connection, "host", host)]
    assert not command.visible(selection)
    assert command.can_execute(selection) == f"{connection.display_name} is not a simulator: its servers fail for real."
