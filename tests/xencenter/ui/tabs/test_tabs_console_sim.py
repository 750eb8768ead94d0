"""The Console tab end to end against the simulator's own console server: a halted guest started from the
overlay boots on screen (bootloader, kernel, login prompt), what is typed into the view (by scan code) logs in
and runs `free -m`, whose output appears, and `shutdown -h now` halts it: the overlay with Start comes back.
Screen text is read with the simulator tests' glyph matcher."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from tabs_support import Runner, arun_fixture, commanded_tabs, screen_of, sdk_session, start_sim  # noqa: F401

from xencenter.core.commands import SelectedItem
from xencenter.core.connection import Connection
from xencenter.core.rfb.session import ConsoleState
from xencenter.ui.tabs.console import ConsoleTab

SIM_HTTP_TESTS = Path(__file__).resolve().parents[3] / "backend_sim" / "http"
if str(SIM_HTTP_TESTS) not in sys.path:
    sys.path.insert(0, str(SIM_HTTP_TESTS))

from rfb_support import shows_text  # noqa: E402

pytestmark = pytest.mark.slow

STUDENT = "student-pc2"  # halted in the demo


class Drive:
    """A fresh simulator (manual clock), the SDK beside it, and a Console tab whose buttons run commands; the
    test's steps run in `scenario`, connected. Helpers step the clock, read the screen and type into the view."""

    def __init__(self, qtbot: Any, sdk: Any, server: Any) -> None:
        self.qtbot, self.sdk, self.server = qtbot, sdk, server
        self.conn = Connection(server.url, server.user)
        self.tabs, self.ops = commanded_tabs(qtbot, 1100, 900)
        tab = self.tabs.tab("console")
        assert isinstance(tab, ConsoleTab)
        self.tab, self.panel, self.view = tab, tab.panel, tab.panel.view
        [self.vm] = sdk.VM.get_by_name_label(STUDENT)
        self.host = sdk.host.get_all()[0]

    def step(self, seconds: float) -> None:
        self.sdk.host.call_plugin(self.host, "sim", "clock_step", {"seconds": str(seconds)})

    def shows(self, text: str) -> bool:
        image = self.view.image()
        return not image.isNull() and shows_text(screen_of(image), text)

    async def until(self, condition: Callable[[], bool], stepping: float = 1.0, attempts: int = 150) -> None:
        """Step the clock (when `stepping`) until `condition()` holds."""
        for _ in range(attempts):
            if condition():
                return
            if stepping:
                await asyncio.to_thread(self.step, stepping)
            await asyncio.sleep(0.1 if not stepping else 0.05)
        assert condition()

    def press(self, *keys: Qt.Key, text: str = "") -> None:
        """Type `text`, then `keys`, into the console view (as a user does: Qt key events)."""
        self.view.setFocus()
        if text:
            self.qtbot.keyClicks(self.view, text)
        for key in keys:
            self.qtbot.keyClick(self.view, key)

    def run(self, arun: Runner, steps: Callable[[], Awaitable[None]]) -> None:
        async def scenario() -> None:
            await self.conn.open(self.server.password)
            self.ops.watch(self.conn)
            try:
                self.tabs.set_selection([SelectedItem(self.conn, "VM", self.vm)])
                self.tabs.show_tab("console")
                await steps()
            finally:
                self.ops.unwatch(self.conn)
                self.tabs.set_selection([])
                await self.conn.close()

        arun(scenario(), timeout=180)


@pytest.fixture
def drive(qtbot: Any) -> Iterator[Drive]:
    server = start_sim("--scenario", "demo", "--manual-clock")
    try:
        with sdk_session(server, "pytest-console-e2e") as sdk:
            yield Drive(qtbot, sdk, server)
    finally:
        server.stop()


def test_a_guest_boots_in_the_console_tab_runs_free_and_shuts_down(drive: Drive, arun: Runner) -> None:
    panel, tab = drive.panel, drive.tab

    async def steps() -> None:
        assert panel.message.text() == "This VM is shut down."
        panel.action.click()  # Start, through the commands (its task moves with the clock)
        await drive.until(lambda: tab.session.state is ConsoleState.CONNECTED, stepping=0.2)
        await drive.until(lambda: drive.shows("pyGRUB"), stepping=0.5)  # the bootloader, 640x400
        await drive.until(lambda: drive.shows("login:"))  # the kernel's messages, then the prompt at 1024x768
        assert panel.view.image().width() == 1024
        drive.press(Qt.Key.Key_Return, text="root")
        drive.press(Qt.Key.Key_Return, text="password")
        await drive.until(lambda: drive.shows("root@"), stepping=0)
        drive.press(Qt.Key.Key_Return, text="free -m")
        await drive.until(lambda: drive.shows("Mem:"), stepping=0)
        # `shutdown -h now` typed in the guest halts it through the lifecycle: the overlay comes back.
        drive.press(Qt.Key.Key_Return, text="shutdown -h now")
        await drive.until(lambda: panel.stack.currentWidget() is panel.overlay and
                          panel.message.text() == "This VM is shut down.")
        assert panel.action.text() == "Start"
        await drive.until(lambda: tab.session.state is ConsoleState.NO_CONSOLE, stepping=0, attempts=50)

    drive.run(arun, steps)


def test_an_installer_runs_in_the_console_tab_to_a_system_whose_agent_reports(drive: Drive, arun: Runner) -> None:
    sdk, vm, tab, conn = drive.sdk, drive.vm, drive.tab, drive.conn
    [iso] = sdk.VDI.get_by_name_label("debian-12.7.0-amd64-netinst.iso")
    [cd] = [ref for ref in sdk.VM.get_VBDs(vm) if sdk.VBD.get_type(ref) == "CD"]
    sdk.VBD.insert(cd, iso)
    sdk.VM.set_PV_bootloader(vm, "eliloader")  # as a template's install sets it

    def agent_reports() -> bool:
        return str((conn.cache.get("VM", vm) or {}).get("guest_metrics", "OpaqueRef:NULL")) != "OpaqueRef:NULL"

    async def steps() -> None:
        drive.panel.action.click()  # Start: the installer boots from the DVD
        await drive.until(lambda: drive.shows("Choose the language"), stepping=0.5)
        drive.press(Qt.Key.Key_Down, Qt.Key.Key_Return)  # language
        drive.press(Qt.Key.Key_Return)  # disk
        drive.press(Qt.Key.Key_Return)  # network
        drive.press(Qt.Key.Key_Tab, text="student")  # user, then password
        drive.press(Qt.Key.Key_Return, text="secret")
        await drive.until(lambda: drive.shows("Installing the system"), stepping=0, attempts=50)
        await drive.until(lambda: drive.shows("Installation complete"), stepping=2.0)
        assert not agent_reports()  # an installer has no guest agent
        connects = tab.session.connects
        drive.press(Qt.Key.Key_Return)  # reboot into the installed system: a new console object
        await drive.until(lambda: tab.session.connects > connects and drive.shows(f"{STUDENT} login:"), stepping=2.0)
        await drive.until(agent_reports, stepping=5.0, attempts=20)

    drive.run(arun, steps)
