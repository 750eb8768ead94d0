"""Make Pool Master and Remove Server from Pool from the console on a simulator: each refused with its reason
first (the master, a server with running VMs), then done: the pool's master changes, and the removed server leaves
the pool (as a pool of its own)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_support import Parts, Sdk, confirm_box, drain, drive, parts_fixture, qloop_fixture  # noqa: F401

from xencenter.core.operation import OperationState

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def select_host(parts: Parts, connection: Any, host: str) -> Any:
    parts.window.controller.refresh.flush()
    assert parts.window.navigation.select_key(f"{parts.window.controller.key_of(connection)}/{host}")
    actions = parts.window.command_actions
    actions.update.flush()
    return actions


def confirm_and_finish(qtbot: Any, parts: Parts, sdk: Sdk, action: Any) -> None:
    assert action.isEnabled(), action.toolTip()
    before = len(parts.window.operations)
    action.trigger()
    qtbot.waitUntil(lambda: confirm_box() is not None, timeout=5000)
    box: QMessageBox = confirm_box()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: len(parts.window.operations) > before, timeout=5000)
    operation = parts.window.operations.operations()[-1]
    drive(qtbot, sdk, lambda: operation.is_finished, attempts=20)
    assert operation.state == OperationState.SUCCEEDED, operation.error


def test_make_master_then_remove_a_server(qtbot: Any, parts: Parts, fresh_sim: Any) -> None:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    try:
        x = sdk.x
        pool = x.pool.get_all()[0]
        master, host3 = x.pool.get_master(pool), sdk.host("xcp-host3")
        actions = select_host(parts, connection, master)
        assert actions["host.make_master"].toolTip() == "The server is the pool master already."
        assert actions["host.eject"].toolTip().startswith("The pool master cannot leave the pool")
        actions = select_host(parts, connection, host3)
        assert actions["host.eject"].toolTip() == "Move or shut down the VMs running on it first (router)."

        confirm_and_finish(qtbot, parts, sdk, actions["host.make_master"])
        assert x.pool.get_master(pool) == host3

        host2 = sdk.host("xcp-host2")
        db = sdk.vm("db01")
        task = x.Async.VM.hard_shutdown(db)  # the manual clock moves only when stepped: no blocking call
        drive(qtbot, sdk, lambda: x.task.get_status(task) == "success")
        qtbot.waitUntil(lambda: connection.cache.get("VM", db)["power_state"] == "Halted", timeout=5000)
        actions = select_host(parts, connection, host2)
        confirm_and_finish(qtbot, parts, sdk, actions["host.eject"])
        assert host2 not in x.host.get_all() and len(x.host.get_all()) == 2
    finally:
        sdk.close()
