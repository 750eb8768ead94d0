"""The Console tab: offered for guests and live hosts under its name, overlays for halted/suspended/paused VMs,
and against a real simulator: its Start button starts the VM, the screen shows what the RFB server sends (our
test server: the simulator's own console server is separate work), keys and Ctrl+Alt+Del reach it, a reboot
(new console object) reconnects by itself, a shutdown brings the overlay back; undock, full screen, screenshot.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication
from tabs_support import (  # noqa: F401
    Env,
    Runner,
    arun_fixture,
    commanded_tabs,
    env_fixture,
    eventually,
    screen_of,
    sdk_session,
    start_sim,
)

from xencenter.core.commands import CommandRegistry, SelectedItem
from xencenter.core.connection import Connection
from xencenter.core.manager import ConnectionManager
from xencenter.core.operations import OperationList
from xencenter.core.rfb import keymap
from xencenter.core.rfb.errors import ConsoleUnreachable, StreamBroken, TunnelRefused
from xencenter.core.rfb.session import ConsoleState
from xencenter.core.rfb.tunnel import Streams, Target, open_tunnel
from xencenter.core.servers import MemorySettings, NullSecretStore
from xencenter.ui.tabs import TabHost
from xencenter.ui.tabs.console import ConsoleTab, failure_sentence

from rfb_server import RfbTestServer, raw_rect


def console_tab(host: TabHost) -> ConsoleTab:
    tab = host.tab("console")
    assert isinstance(tab, ConsoleTab)
    return tab


def test_the_tab_is_found_by_its_name_for_guests_and_live_hosts(env: Env) -> None:
    env.select("OpaqueRef:web")
    index = env.host.tab_keys().index("console")
    assert env.host.tabText(index) == "Console"
    assert console_tab(env.host).accessibleName() == "Console"
    env.select("OpaqueRef:h1")
    assert "console" in env.host.tab_keys()
    for ref in ("OpaqueRef:tpl", "OpaqueRef:pool", "OpaqueRef:nfs"):
        env.select(ref)
        assert "console" not in env.host.tab_keys()


@pytest.mark.parametrize(("state", "message", "button"), [("Halted", "This VM is shut down.", "Start"),
                                                          ("Suspended", "This VM is suspended.", "Resume"),
                                                          ("Paused", "This VM is paused.", "Unpause")])
def test_overlays_say_why_there_is_no_screen(env: Env, state: str, message: str, button: str) -> None:
    env.lab.change(env.conn, "OpaqueRef:web", power_state=state)
    env.select("OpaqueRef:web")
    env.host.show_tab("console")
    panel = console_tab(env.host).panel
    assert panel.stack.currentWidget() is panel.overlay
    assert panel.message.text() == message and panel.action.text() == button
    assert not panel.action.isEnabled() and panel.action.toolTip() == "Not connected to Lab."  # no server here
    assert not panel.cad_button.isEnabled()


@pytest.mark.parametrize(("error", "sentence"), [
    (TunnelRefused(403, "Forbidden"), "The server refused the console to this session."),
    (TunnelRefused(503, "Connection Limit Exceeded"), "The server allows no more console sessions."),
    (TunnelRefused(500, "Internal Server Error"), "The server refused the console (HTTP 500)."),
    (ConsoleUnreachable("x"), "The console server cannot be reached."),
    (StreamBroken("x"), "The console server sent data that cannot be shown."),
    (None, "The console closed."),
])
def test_failures_in_plain_words(qapp: Any, error: Any, sentence: str) -> None:
    assert failure_sentence(error) == sentence


# -- against the simulator -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def console_sim() -> Iterator[Any]:
    server = start_sim("--scenario", "demo")
    yield server
    server.stop()


@pytest.fixture
def sdk(console_sim: Any) -> Iterator[Any]:
    with sdk_session(console_sim, "pytest-console") as xenapi:
        yield xenapi


@pytest.mark.slow
def test_start_watch_type_reboot_and_shut_down(console_sim: Any, sdk: Any, arun: Runner, qtbot: Any,
                                               tmp_path: Path) -> None:
    conn = Connection(console_sim.url, console_sim.user)
    host, ops = commanded_tabs(qtbot)
    tab = console_tab(host)
    [vm] = sdk.VM.get_by_name_label("student-pc2")
    rfb = RfbTestServer(width=320, height=200, session="")
    locations: list[str] = []

    async def opener(target: Target, session: str, *, pin: Any = None) -> Streams:
        """Where the simulator's console would answer, our test server does (same CONNECT, same session)."""
        locations.append(f"{target.host}:{target.path}")
        rfb.session = session
        return await open_tunnel(Target.parse(rfb.location), session, pin=pin)

    tab.session._open = opener

    async def scenario() -> None:
        await rfb.start()
        rfb.screen[...] = np.arange(320 * 200, dtype=np.uint32).reshape(200, 320) * 97 & 0xFFFFFF
        await conn.open(console_sim.password)
        ops.watch(conn)
        try:
            host.set_selection([SelectedItem(conn, "VM", vm)])
            host.show_tab("console")
            panel = tab.panel
            assert panel.message.text() == "This VM is shut down." and panel.action.isEnabled()
            panel.action.click()  # the Start command, as an Operation
            await eventually(lambda: tab.session.state is ConsoleState.CONNECTED, timeout=30)
            assert panel.stack.currentWidget() is panel.scroller
            await eventually(lambda: np.array_equal(screen_of(panel.view.image()), rfb.screen))
            [op] = [o for o in ops if o.is_own]
            assert op.title == "Starting VM 'student-pc2'"
            uuid = await asyncio.to_thread(_rfb_uuid, sdk, vm)
            assert locations[0].endswith(f"/console?uuid={uuid}")
            stream = tab.session.client
            host.set_selection([SelectedItem(conn, "VM", vm)])  # the same selection again: the same stream
            assert tab.session.client is stream and stream is not None

            # Damage: a new rectangle is painted.
            before = panel.view.repaints
            patch = np.full((20, 30), 0x00FF00, dtype=np.uint32)
            rfb.push(raw_rect(10, 10, patch))
            await eventually(lambda: int(screen_of(panel.view.image())[15, 15]) == 0x00FF00)
            await eventually(lambda: panel.view.repaints > before)

            # Keys: by scan code (the server acknowledged QEMU extended key events).
            panel.view.setFocus()
            qtbot.keyClicks(panel.view, "free -m")
            qtbot.keyClick(panel.view, Qt.Key.Key_Return)
            await eventually(lambda: sum(1 for k in rfb.seen.scan_keys if k[2]) >= 8)
            downs = [(sym, code) for sym, code, down in rfb.seen.scan_keys if down]
            assert downs[:2] == [(ord("f"), 0x21), (ord("r"), 0x13)] and downs[7] == (keymap.RETURN, 0x1C)
            panel.cad_button.click()
            await eventually(lambda: (keymap.DELETE, 0xD3, True) in rfb.seen.scan_keys)

            # What the guest copies comes to our clipboard; paste types the clipboard.
            rfb.send_cut_text("copied in the guest")
            await eventually(lambda: QGuiApplication.clipboard().text() == "copied in the guest")
            QGuiApplication.clipboard().setText("ls")
            count = len(rfb.seen.scan_keys)
            panel.paste_button.click()
            await eventually(lambda: len(rfb.seen.scan_keys) == count + 4)

            # Screenshot, scale, undock and dock, full screen and out.
            shot = tmp_path / "screen.png"
            assert panel.save_screenshot(str(shot)) and QImage(str(shot)).size().width() == 320
            panel.set_scaled(False)
            assert panel.view.size().width() == 320
            panel.set_scaled(True)
            tab.toggle_dock()
            assert tab.undocked is not None and panel.window() is tab.undocked and tab.dock_back.isVisible()
            tab.toggle_dock()
            assert tab.undocked is None and panel.parent() is tab
            panel.enter_full_screen()
            assert panel.full_screen is not None and panel.view.window() is panel.full_screen
            assert panel.full_screen.leave_button.isVisible()
            panel.full_screen.leave_button.click()
            assert panel.full_screen is None and panel.view.parent() is panel.scroller.viewport()

            # A reboot replaces the console object: the tab reconnects by itself.
            connects = tab.session.connects
            await asyncio.to_thread(sdk.VM.clean_reboot, vm)
            await eventually(lambda: tab.session.connects > connects and
                             tab.session.state is ConsoleState.CONNECTED, timeout=30)

            # A shutdown brings the overlay back, with Start.
            await asyncio.to_thread(sdk.VM.hard_shutdown, vm)
            await eventually(lambda: panel.message.text() == "This VM is shut down." and
                             panel.stack.currentWidget() is panel.overlay, timeout=30)
        finally:
            ops.unwatch(conn)
            host.set_selection([])
            await conn.close()
            await rfb.stop()

    arun(scenario(), timeout=120)
    QApplication.processEvents()


def _rfb_uuid(sdk: Any, vm: str) -> str:
    for ref in sdk.VM.get_consoles(vm):
        record = sdk.console.get_record(ref)
        if record["protocol"] == "rfb":
            return str(record["uuid"])
    raise AssertionError("no rfb console")


@pytest.mark.slow
def test_a_host_shows_its_control_domains_console(console_sim: Any, sdk: Any, arun: Runner, qtbot: Any) -> None:
    conn = Connection(console_sim.url, console_sim.user)
    host = TabHost(ConnectionManager(MemorySettings(), NullSecretStore()), OperationList(), CommandRegistry())
    qtbot.addWidget(host)
    host.resize(900, 600)
    host.show()
    tab = console_tab(host)
    [server] = sdk.host.get_by_name_label("xcp-host1")
    dom0 = sdk.host.get_control_domain(server)
    rfb = RfbTestServer(session="")
    paths: list[str] = []

    async def opener(target: Target, session: str, *, pin: Any = None) -> Streams:
        paths.append(target.path)
        return await open_tunnel(Target.parse(rfb.location), session, pin=pin)

    tab.session._open = opener

    async def scenario() -> None:
        await rfb.start()
        await conn.open(console_sim.password)
        try:
            host.set_selection([SelectedItem(conn, "host", server)])
            host.show_tab("console")
            await eventually(lambda: tab.session.state is ConsoleState.CONNECTED)
            assert tab.session.vm_ref == dom0
            assert tab.panel.stack.currentWidget() is tab.panel.scroller
        finally:
            host.set_selection([])
            await conn.close()
            await rfb.stop()

    arun(scenario())
    assert paths[0] == f"/console?uuid={_rfb_uuid(sdk, dom0)}"
