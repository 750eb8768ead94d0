"""Power-On Settings... from the Server menu against the demo simulator (manual clock): the dialog refuses a DRAC
without its password, saves it as a secret, and Power On then starts a server that was shut down."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMenu
from ui_support import Parts, Sdk, accept, confirm_box, drain, drive, parts_fixture, qloop_fixture  # noqa: F401

from xencenter.core.commands import SelectedItem
from xencenter.core.connection import Connection
from xencenter.core.operation import OperationState

pytestmark = pytest.mark.gui


@pytest.fixture
def lab(qtbot: Any, fresh_sim: Any, parts: Parts) -> Iterator[tuple[Connection, Sdk]]:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    yield connection, sdk
    sdk.close()


def trigger(qtbot: Any, parts: Parts, connection: Connection, host: str, command_id: str) -> None:
    actions = parts.window.command_actions
    actions.set_selection([SelectedItem(connection, "host", host)])
    actions.update.flush()
    menu = parts.window.findChild(QMenu, "serverMenu")
    assert menu is not None and actions[command_id] in menu.actions()
    qtbot.waitUntil(actions[command_id].isEnabled, timeout=5000)
    actions[command_id].trigger()


def last_operation(qtbot: Any, parts: Parts, sdk: Sdk, before: int) -> Any:
    operations = parts.window.operations
    qtbot.waitUntil(lambda: len(operations) > before, timeout=5000)
    operation = operations.operations()[-1]
    drive(qtbot, sdk, lambda: operation.is_finished, attempts=30)
    assert operation.state == OperationState.SUCCEEDED, operation.error_text
    return operation


def test_a_drac_is_saved_with_a_secret_and_powers_the_server_on(qtbot: Any, parts: Parts,
                                                                  lab: tuple[Connection, Sdk]) -> None:
    connection, sdk = lab
    host3 = sdk.host("xcp-host3")
    trigger(qtbot, parts, connection, host3, "host.power_on_settings")
    ui = parts.window.ui
    qtbot.waitUntil(lambda: ui.properties_dialog is not None and ui.properties_dialog.isVisible())
    dialog = ui.properties_dialog
    assert dialog.objectName() == "powerOnDialog"
    assert dialog.mode.currentData() == "wake-on-lan", "the demo's servers wake on LAN"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.mode.setCurrentIndex(dialog.mode.findData("DRAC"))
    assert not ok.isEnabled() and "address" in dialog.error.text()
    dialog.address.setText("192.0.2.13")
    dialog.user.setText("root")
    assert not ok.isEnabled() and "password" in dialog.error.text()
    dialog.password.setText("calvin")
    assert ok.isEnabled() and not dialog.error.isVisible()
    before = len(parts.window.operations)
    ok.click()
    last_operation(qtbot, parts, sdk, before)
    config = sdk.x.host.get_power_on_config(host3)
    assert sdk.x.host.get_power_on_mode(host3) == "DRAC" and config["power_on_ip"] == "192.0.2.13"
    secret = sdk.x.secret.get_by_uuid(config["power_on_password_secret"])
    assert sdk.x.secret.get_value(secret) == "calvin"

    halt = sdk.x.Async.VM.hard_shutdown(sdk.vm("router"))  # the clock is manual: every wait is a task stepped
    drive(qtbot, sdk, lambda: sdk.x.task.get_status(halt) != "pending")
    sdk.x.host.disable(host3)
    task = sdk.x.Async.host.shutdown(host3)
    drive(qtbot, sdk, lambda: sdk.x.task.get_status(task) != "pending", attempts=30)
    assert sdk.x.task.get_status(task) == "success"
    before = len(parts.window.operations)
    trigger(qtbot, parts, connection, host3, "host.power_on")
    last_operation(qtbot, parts, sdk, before)
    assert sdk.x.host_metrics.get_live(sdk.x.host.get_metrics(host3)) is True
