"""The Console tab end to end against the simulator's own console server: a halted guest started from the
overlay boots on screen (bootloader, kernel, login prompt), what is typed into the view (by scan code) logs in
and runs `free -m`, whose output appears, and `shutdown -h now` halts it: the overlay with Start comes back.
Screen text is read with the simulator tests' glyph matcher."""

from __future__ import annotations

import asyncio
import sys
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


def test_a_guest_boots_in_the_console_tab_runs_free_and_shuts_down(arun: Runner, qtbot: Any) -> None:
    server = start_sim("--scenario", "demo", "--manual-clock")
    try:
        with sdk_session(server, "pytest-console-e2e") as sdk:
            run_scenario(server, sdk, arun, qtbot)
    finally:
        server.stop()


def run_scenario(server: Any, sdk: Any, arun: Runner, qtbot: Any) -> None:
    conn = Connection(server.url, server.user)
    tabs, ops = commanded_tabs(qtbot, 1100, 900)
    tab = tabs.tab("console")
    assert isinstance(tab, ConsoleTab)
    panel = tab.panel
    [vm] = sdk.VM.get_by_name_label("student-pc2")
    [host] = sdk.host.get_all()[:1]

    def step(seconds: float) -> None:
        sdk.host.call_plugin(host, "sim", "clock_step", {"seconds": str(seconds)})

    def shows(text: str) -> bool:
        image = panel.view.image()
        return not image.isNull() and shows_text(screen_of(image), text)

    async def until(text: str, stepping: float = 0.0, timeout: float = 20) -> None:
        async def wait() -> None:
            while not shows(text):
                if stepping:
                    await asyncio.to_thread(step, stepping)
                await asyncio.sleep(0.1)

        await asyncio.wait_for(wait(), timeout)

    def type_keys(text: str) -> None:
        panel.view.setFocus()
        for part in text.split("\n")[:-1]:
            qtbot.keyClicks(panel.view, part)
            qtbot.keyClick(panel.view, Qt.Key.Key_Return)

    async def scenario() -> None:
        await conn.open(server.password)
        ops.watch(conn)
        try:
            tabs.set_selection([SelectedItem(conn, "VM", vm)])
            tabs.show_tab("console")
            assert panel.message.text() == "This VM is shut down."
            panel.action.click()  # Start, through the commands (its task moves with the clock)
            for _ in range(100):
                if tab.session.state is ConsoleState.CONNECTED:
                    break
                await asyncio.to_thread(step, 0.2)
                await asyncio.sleep(0.1)
            assert tab.session.state is ConsoleState.CONNECTED, (tab.session.state, tab.session.detail)
            await until("pyGRUB", stepping=0.5)  # the bootloader, 640x400
            await until("login:", stepping=1.0)  # the kernel's messages, then the prompt at 1024x768
            assert panel.view.image().width() == 1024
            type_keys("root\npassword\n")
            await until("root@")
            type_keys("free -m\n")
            await until("Mem:")
            # `shutdown -h now` typed in the guest halts it through the lifecycle: the overlay comes back.
            type_keys("shutdown -h now\n")
            for _ in range(100):
                if panel.stack.currentWidget() is panel.overlay and panel.message.text() == "This VM is shut down.":
                    break
                await asyncio.to_thread(step, 1.0)
                await asyncio.sleep(0.1)
            assert panel.message.text() == "This VM is shut down." and panel.action.text() == "Start"
            assert tab.session.state is ConsoleState.NO_CONSOLE
        finally:
            ops.unwatch(conn)
            tabs.set_selection([])
            await conn.close()

    arun(scenario(), timeout=120)


def test_an_installer_runs_in_the_console_tab_to_a_system_whose_agent_reports(arun: Runner, qtbot: Any) -> None:
    server = start_sim("--scenario", "demo", "--manual-clock")
    try:
        with sdk_session(server, "pytest-console-installer") as sdk:
            run_installer(server, sdk, arun, qtbot)
    finally:
        server.stop()


def run_installer(server: Any, sdk: Any, arun: Runner, qtbot: Any) -> None:
    conn = Connection(server.url, server.user)
    tabs, ops = commanded_tabs(qtbot, 1100, 900)
    tab = tabs.tab("console")
    assert isinstance(tab, ConsoleTab)
    panel, view = tab.panel, tab.panel.view
    [vm] = sdk.VM.get_by_name_label("student-pc2")
    [host] = sdk.host.get_all()[:1]
    [iso] = sdk.VDI.get_by_name_label("debian-12.7.0-amd64-netinst.iso")
    [cd] = [ref for ref in sdk.VM.get_VBDs(vm) if sdk.VBD.get_type(ref) == "CD"]
    sdk.VBD.insert(cd, iso)
    sdk.VM.set_PV_bootloader(vm, "eliloader")  # as a template's install sets it

    def step(seconds: float) -> None:
        sdk.host.call_plugin(host, "sim", "clock_step", {"seconds": str(seconds)})

    def shows(text: str) -> bool:
        image = view.image()
        return not image.isNull() and shows_text(screen_of(image), text)

    async def until(condition: Any, stepping: float = 1.0, attempts: int = 150) -> None:
        for _ in range(attempts):
            if condition():
                return
            await asyncio.to_thread(step, stepping)
            await asyncio.sleep(0.05)
        assert condition()

    def press(*keys: Qt.Key, text: str = "") -> None:
        view.setFocus()
        if text:
            qtbot.keyClicks(view, text)
        for key in keys:
            qtbot.keyClick(view, key)

    async def scenario() -> None:
        await conn.open(server.password)
        ops.watch(conn)
        try:
            tabs.set_selection([SelectedItem(conn, "VM", vm)])
            tabs.show_tab("console")
            panel.action.click()  # Start: the installer boots from the DVD
            await until(lambda: shows("Choose the language"), stepping=0.5)
            press(Qt.Key.Key_Down, Qt.Key.Key_Return)  # language
            press(Qt.Key.Key_Return)  # disk
            press(Qt.Key.Key_Return)  # network
            press(Qt.Key.Key_Tab, text="student")  # user, then password
            press(Qt.Key.Key_Return, text="secret")
            await until(lambda: shows("Installing the system"), stepping=0.0, attempts=50)
            await until(lambda: shows("Installation complete"), stepping=2.0)
            connects = tab.session.connects
            press(Qt.Key.Key_Return)  # reboot into the installed system: a new console object
            await until(lambda: tab.session.connects > connects and shows("student-pc2 login:"), stepping=2.0)
            record = conn.cache.get("VM", vm) or {}
            await until(lambda: str((conn.cache.get("VM", vm) or record).get("guest_metrics")) != "OpaqueRef:NULL",
                        stepping=5.0, attempts=20)
        finally:
            ops.unwatch(conn)
            tabs.set_selection([])
            await conn.close()

    arun(scenario(), timeout=180)
