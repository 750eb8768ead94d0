"""Fixtures and helpers for the console's GUI tests (imported by name: a conftest here would clash with the root one).

`qloop` installs a qasync loop that is already running (style §4.2), so qtbot.waitUntil/waitSignal also drive the
asyncio tasks. `console_parts` builds a MainWindow over an in-memory manager whose connections retry quickly.
"""

from __future__ import annotations

import asyncio
import sys
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from pytestqt.exceptions import TimeoutError as WaitTimeout

from xencenter.core.asyncutil import spawn
from xencenter.core.backoff import Backoff
from xencenter.core.commands import CommandRegistry
from xencenter.core.connection import Connection
from xencenter.core.manager import ConnectionManager
from xencenter.core.operations import OperationList
from xencenter.core.servers import MemorySecretStore, MemorySettings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))  # the core tests' helpers
from core_support import _root_conftest

FAST_BACKOFF = Backoff(initial=0.1, factor=1.5, maximum=0.5)


def root_conftest() -> Any:
    """tests/conftest.py under a name of its own (importing `conftest` here would find the wrong one)."""
    return _root_conftest()


def drain(server: Any) -> Any:
    """Keep reading a simulator's output so its pipe never fills (the root fixture's drain starts after ready)."""
    if getattr(server, "ui_tail", None) is None:
        server.ui_tail = deque(maxlen=100)
        stream = server.process.stdout

        def pump() -> None:
            try:
                for line in stream:
                    server.ui_tail.append(line)
            except ValueError:
                pass

        threading.Thread(target=pump, daemon=True).start()
    return server


@pytest.fixture(name="qloop")
def qloop_fixture(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    loop = qasync.QEventLoop(qapp, already_running=True)  # driven by Qt's loops (qtbot's waits included)
    asyncio.set_event_loop(loop)
    yield loop
    for _ in range(5):
        pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
        if not pending:
            break
        for task in pending:
            task.cancel()
        gathered = asyncio.gather(*pending, return_exceptions=True)
        deadline = loop.time() + 5
        while not gathered.done() and loop.time() < deadline:
            qapp.processEvents()
    # Not loop.stop(): it calls QApplication.exit(), which would also end the next test's loop.
    loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)
    loop.close()


@dataclass
class Parts:
    manager: ConnectionManager
    operations: OperationList
    registry: CommandRegistry
    window: Any  # MainWindow

    def connect(self, qtbot: Any, url: str, user: str = "root", password: str = "xensim",
                timeout: int = 15000) -> Connection:
        connection = self.manager.add(url, user)
        spawn(connection.open(password))
        qtbot.waitUntil(lambda: connection.is_connected, timeout=timeout)
        self.window.controller.refresh.flush()
        return connection


def make_parts(qtbot: Any) -> Parts:
    from xencenter.ui.commandui import DialogCommandUi
    from xencenter.ui.mainwindow import MainWindow

    def factory(url: str, user: str, name: str) -> Connection:
        return Connection(url, user, name=name, backoff=FAST_BACKOFF, event_timeout=5.0)

    manager = ConnectionManager(MemorySettings(), MemorySecretStore(), factory=factory)
    operations = OperationList()
    manager.added.connect(operations.watch)
    registry = CommandRegistry()
    window = MainWindow(manager, operations, registry, DialogCommandUi())
    window.show()  # not qtbot.addWidget: pytest-qt would delete it before our teardown logs out
    return Parts(manager, operations, registry, window)


async def close_all(parts: Parts) -> None:
    await parts.manager.close_all()


def teardown_parts(qtbot: Any, parts: Parts) -> None:
    """Log out of every server, then drop the window."""
    task = spawn(close_all(parts))
    qtbot.waitUntil(task.done, timeout=10000)
    parts.window.close()
    parts.window.deleteLater()


@pytest.fixture(name="parts")
def parts_fixture(qtbot: Any, qloop: asyncio.AbstractEventLoop) -> Iterator[Parts]:
    """A main window over an empty manager, logged out and dropped after the test (needs `qloop` imported too)."""
    made = make_parts(qtbot)
    yield made
    teardown_parts(qtbot, made)


class Sdk:
    """The official SDK as another client. Its calls block briefly; the simulator is another process."""

    def __init__(self, url: str, user: str = "root", password: str = "xensim") -> None:
        import XenAPI

        self.session = XenAPI.Session(url)
        self.session.xenapi.login_with_password(user, password, "2.16", "pytest-ui")
        self.x: Any = self.session.xenapi

    def close(self) -> None:
        try:
            self.x.session.logout()
        finally:
            self.session("close")()

    def step(self, seconds: float = 30.0) -> None:
        host = self.x.host.get_all()[0]
        self.x.host.call_plugin(host, "sim", "clock_step", {"seconds": str(seconds)})

    def vm(self, name: str) -> str:
        (ref,) = self.x.VM.get_by_name_label(name)
        return str(ref)

    def host(self, name: str) -> str:
        (ref,) = self.x.host.get_by_name_label(name)
        return str(ref)


def drive(qtbot: Any, sdk: Sdk, predicate: Any, attempts: int = 20) -> None:
    """Step the manual clock until `predicate()` holds (tasks move only when the clock does)."""
    for _ in range(attempts):
        sdk.step(30)
        try:
            qtbot.waitUntil(predicate, timeout=1000)
            return
        except WaitTimeout:
            continue
    assert predicate()


def key(parts: Parts, connection: Connection, ref: str) -> str:
    """The tree key of `ref` on `connection`."""
    conn_key = parts.window.controller.key_of(connection)
    return f"{conn_key}/{ref}"


def select(qtbot: Any, parts: Parts, node_key: str) -> None:
    """Select the tree node `node_key` as a click would, with the command actions brought up to date."""
    parts.window.controller.refresh.flush()
    assert parts.window.navigation.select_key(node_key)
    parts.window.command_actions.update.flush()


def shown(name: str) -> Any:
    """The visible top-level window (dialog, message box) with this object name, or None."""
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)


def confirm_box() -> Any:
    """The confirmation question on screen, or None."""
    return shown("confirmDialog")


def dialog(qtbot: Any, name: str) -> QDialog:
    """The dialog a command opened (window-modal, with open()), once it shows."""
    found: list[QDialog] = []

    def opened() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.objectName() == name
                    and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(opened, timeout=5000)
    return found[0]


def accept(box: QDialog) -> None:
    """Answer a question box Yes, or press a dialog's OK."""
    if isinstance(box, QMessageBox):
        box.button(QMessageBox.StandardButton.Yes).click()
        return
    buttons = box.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
