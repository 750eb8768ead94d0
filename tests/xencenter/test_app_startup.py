"""The composition root: options, starting the demo simulator child and connecting to all its pools, --db errors."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent / "ui"))

from ui_support import qloop_fixture  # noqa: F401

from xencenter.app import Console, parse_args
from xencenter.core.asyncutil import spawn
from xencenter.core.connection import ConnectionState

pytestmark = pytest.mark.gui


def test_parse_args() -> None:
    assert parse_args([]).uses_sim and parse_args([]).sim == "demo"
    options = parse_args(["--connect", "https://pool.example", "--user", "admin", "--password-stdin"],
                         stdin_password="secret")
    assert (options.connect, options.user, options.password, options.uses_sim) == (
        "https://pool.example", "admin", "secret", False)
    assert parse_args(["--db", "state.db", "--speed", "10"]).db == "state.db"
    with pytest.raises(SystemExit):
        parse_args(["--password-stdin"])


def run_console(qtbot: Any, console: Console) -> None:
    console.window.show()
    task = spawn(console.start())
    qtbot.waitUntil(task.done, timeout=60000)


def stop_console(qtbot: Any, console: Console) -> None:
    task = spawn(console.shutdown())
    qtbot.waitUntil(task.done, timeout=15000)
    console.window.close()
    console.window.deleteLater()


def test_start_up_runs_the_demo_simulator_and_connects_to_every_pool(qtbot: Any, qloop: Any) -> None:
    console = Console(parse_args([]))
    try:
        run_console(qtbot, console)
        assert console.startup_error == ""
        assert console.sim is not None
        pools = len(console.sim.endpoints)  # one ready line per pool the scenario serves
        assert pools >= 2
        qtbot.waitUntil(lambda: len(console.manager.connections()) == pools
                        and all(c.is_connected for c in console.manager.connections()), timeout=30000)
        names = [c.display_name for c in console.manager.connections()]
        assert names[:2] == ["Course lab", "Remote site"]  # the main pool first
        console.window.controller.refresh.flush()
        model = console.window.controller.model
        assert [model.index(row, 0).data() for row in range(model.rowCount())] == names
        # The first connection's pool is selected (whichever pool connected first), so the tabs show it.
        navigation = console.window.navigation
        qtbot.waitUntil(lambda: [(i.connection.display_name, i.cls) for i in navigation.selected_items()]
                        == [("Course lab", "pool")], timeout=5000)
        assert console.window.tabs.host is not None and console.window.tabs.host.current_key() == "general"
        assert len(console.settings.value("connections/servers", "[]")) > 2  # in memory, not the user's settings
    finally:
        stop_console(qtbot, console)
    assert console.sim is not None and not console.sim.running
    assert all(c.state is ConnectionState.DISCONNECTED for c in console.manager.connections())


def test_a_database_the_simulator_rejects_is_reported_not_a_crash(qtbot: Any, qloop: Any, tmp_path: Path) -> None:
    shown: list[tuple[str, str]] = []
    console = Console(parse_args(["--db", str(tmp_path / "missing.db")]))

    async def show_error(title: str, text: str, details: str = "") -> None:
        shown.append((title, text))

    console.ui.show_error = show_error  # type: ignore[method-assign]
    try:
        run_console(qtbot, console)
        assert shown and shown[0][0] == "The simulator did not start"
        assert console.startup_error
        assert console.manager.connections() == []
    finally:
        stop_console(qtbot, console)
