"""Start on Server on a large pool: how fast the submenu opens, and how long the servers' answers take.

Starts `python -m backend_sim --scenario large:64x3000 --manual-clock`, connects the console's MainWindow to it
(offscreen, on a qasync loop), selects a halted VM and opens its Start on Server submenu, then prints:

* menu.open: the time the submenu takes to fill from the cache (one entry per server, each with the cache's
  answer), i.e. how long the user waits to see it;
* menu.entries / menu.checks_started: entries shown, and the VM.assert_can_boot_here calls started in parallel;
* menu.all_answers: from opening until every entry has the server's answer;
* gui.max_gap: the longest gap between ticks of a 5 ms QTimer on the GUI thread while the answers came in;
* menu.reopen / menu.reopen_checks_started: a second opening in the same cache generation (answers reused).

Run from anywhere: `python bench/choice_menus.py [--scenario large:64x3000]`.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from simproc import REPO, BenchError, Server, line, run, start_server

TIMEOUT = 60.0


async def open_console(sim: Server, power_state: str) -> tuple[Any, Any, Any, str]:
    """The console's MainWindow connected to `sim`, with a VM in `power_state` selected: (manager, window,
    connection, VM ref)."""
    from xencenter.core.commands import CommandRegistry
    from xencenter.core.connection import Connection
    from xencenter.core.manager import ConnectionManager
    from xencenter.core.operations import OperationList
    from xencenter.core.servers import MemorySecretStore, MemorySettings
    from xencenter.ui.commandui import DialogCommandUi
    from xencenter.ui.mainwindow import MainWindow

    manager = ConnectionManager(MemorySettings(), MemorySecretStore(),
                                factory=lambda url, user, name: Connection(url, user, name=name))
    window = MainWindow(manager, OperationList(), CommandRegistry(), DialogCommandUi())
    window.show()
    connection = manager.add(sim.url, sim.user)
    began = time.perf_counter()
    await asyncio.wait_for(connection.open(sim.password), TIMEOUT)
    line("connect", (time.perf_counter() - began) * 1000, "ms")
    window.controller.refresh.flush()
    vm = next((ref for ref, rec in connection.cache.items("VM") if rec.get("power_state") == power_state
               and not rec.get("is_a_template") and not rec.get("is_a_snapshot")
               and not rec.get("is_control_domain")), None)
    if vm is None:
        raise BenchError(f"the scenario has no VM in state {power_state}")
    if not window.navigation.select_key(f"{window.controller.key_of(connection)}/{vm}"):
        raise BenchError("the VM is not in the tree")
    window.command_actions.update.flush()
    return manager, window, connection, vm


def gui_ticker(ticks: list[float]) -> Any:
    """A 5 ms QTimer on the GUI thread appending the time of each tick (its gaps are the GUI's stalls)."""
    from PySide6.QtCore import QTimer

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    ticker.start()
    return ticker


async def measure(sim: Server) -> None:
    manager, window, _connection, _vm = await open_console(sim, "Halted")
    menu, checks = window.start_on_menu, window.choice_checks
    ticks: list[float] = []
    ticker = gui_ticker(ticks)
    await asyncio.sleep(0.2)
    opened = time.perf_counter()
    menu.aboutToShow.emit()
    filled = time.perf_counter()
    started = checks.pending()
    while checks.pending():
        if time.perf_counter() - opened > TIMEOUT:
            raise BenchError("the servers' answers did not all arrive")
        await asyncio.sleep(0.005)
    answered = time.perf_counter()
    ticker.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks) if a >= opened]
    line("menu.open", (filled - opened) * 1000, "ms")
    line("menu.entries", len(menu.actions()))
    line("menu.checks_started", started)
    line("menu.disabled", sum(1 for action in menu.actions() if not action.isEnabled()))
    line("menu.all_answers", (answered - opened) * 1000, "ms")
    line("gui.max_gap", max(gaps, default=0.0) * 1000, "ms")
    reopened = time.perf_counter()
    menu.aboutToShow.emit()
    line("menu.reopen", (time.perf_counter() - reopened) * 1000, "ms")
    line("menu.reopen_checks_started", checks.pending())
    await manager.close_all()
    window.close()
    window.deleteLater()


def run_on_qt(sim: Server, measure: Callable[[Server], Awaitable[None]]) -> int:
    """Run `measure(sim)` on a qasync loop over an offscreen QApplication."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(measure(sim))
    return 0


def start_large(args: argparse.Namespace, servers: list[Server]) -> Server:
    sim = start_server("xapi-sim", [sys.executable, "-m", "backend_sim", "--port", "0", "--scenario", args.scenario,
                                    "--auth-failure-delay", "0", "--manual-clock"], servers, timeout=TIMEOUT)
    line("server.xapi_sim", f"{sim.url} scenario={args.scenario}")
    return sim


def bench(args: argparse.Namespace, servers: list[Server]) -> int:
    return run_on_qt(start_large(args, servers), measure)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="choice_menus", description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default="large:64x3000")
    return run("choice_menus", bench, parser.parse_args(list(sys.argv[1:] if argv is None else argv)))


if __name__ == "__main__":
    raise SystemExit(main())
