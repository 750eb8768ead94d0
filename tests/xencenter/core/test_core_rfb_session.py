"""ConsoleSession: finds the VM's rfb console in the cache, connects through the tunnel, follows the console
object when it changes, falls back to the API server's address, and retries as XenCenter does (10 x 100 ms,
then every 5 s; shortened here)."""

from __future__ import annotations

import asyncio
import itertools
from types import SimpleNamespace
from typing import Any

import pytest

from xencenter.core.connection import Connection
from xencenter.core.rfb import session as session_module
from xencenter.core.rfb.framebuffer import Rect
from xencenter.core.rfb.session import ConsoleSession, ConsoleState, control_domain, rfb_console
from xencenter.core.rfb.tunnel import Streams, Target, open_tunnel

from core_support import Runner, arun_fixture, eventually  # noqa: F401
from rfb_server import RfbTestServer

SESSION = "OpaqueRef:console-test"


def event(cls: str, ref: str, record: dict[str, Any] | None, op: str = "mod") -> dict[str, Any]:
    return {"class": cls.lower(), "operation": op, "ref": ref, "snapshot": record, "id": "1", "timestamp": "0.0"}


def lab(url: str = "http://127.0.0.1:9") -> Connection:
    """A connection with a cache of its own (no server): a host, its dom0 and a VM, both with consoles."""
    conn = Connection(url, "root")
    conn._client = SimpleNamespace(session_ref=SESSION)  # type: ignore[assignment]  # a logged-in session
    conn.cache.replace_all([
        event("host", "OpaqueRef:h1", {"uuid": "h1", "name_label": "h1", "control_domain": "OpaqueRef:dom0"}, "add"),
        event("VM", "OpaqueRef:dom0", {"uuid": "d0", "is_control_domain": True, "resident_on": "OpaqueRef:h1",
                                       "power_state": "Running", "consoles": []}, "add"),
        event("VM", "OpaqueRef:vm", {"uuid": "v1", "name_label": "vm", "power_state": "Halted", "consoles": []},
              "add"),
    ])
    return conn


def give_console(conn: Connection, ref: str, location: str, vm: str = "OpaqueRef:vm") -> None:
    record = dict(conn.cache.get("VM", vm) or {})
    record.update(power_state="Running", consoles=[ref, f"{ref}-text"])
    conn.cache.apply_events([
        event("console", f"{ref}-text", {"protocol": "vt100", "location": "https://x/console?text", "VM": vm}, "add"),
        event("console", ref, {"protocol": "rfb", "location": location, "VM": vm}, "add"),
        event("VM", vm, record),
    ])


def halt(conn: Connection, vm: str = "OpaqueRef:vm") -> None:
    record = dict(conn.cache.get("VM", vm) or {})
    record.update(power_state="Halted", consoles=[])
    conn.cache.apply_events([event("VM", vm, record)])


def test_the_rfb_console_and_dom0_are_found() -> None:
    conn = lab()
    assert rfb_console(conn.cache, "OpaqueRef:vm") is None
    give_console(conn, "OpaqueRef:c1", "https://10.0.0.1/console?uuid=c1")
    assert rfb_console(conn.cache, "OpaqueRef:vm") == ("OpaqueRef:c1", "https://10.0.0.1/console?uuid=c1")
    assert control_domain(conn.cache, "OpaqueRef:h1") == "OpaqueRef:dom0"


def test_follows_the_console_object_through_a_reboot_and_a_halt(arun: Runner) -> None:
    async def scenario() -> None:
        first, second = await RfbTestServer(session=SESSION).start(), await RfbTestServer(session=SESSION).start()
        conn = lab()
        console = ConsoleSession()
        damage: list[Rect] = []
        console.damaged.connect(damage.extend)
        try:
            console.follow(conn, "OpaqueRef:vm")
            await eventually(lambda: console.state is ConsoleState.NO_CONSOLE)
            give_console(conn, "OpaqueRef:c1", first.location)
            await eventually(lambda: console.state is ConsoleState.CONNECTED and bool(damage))
            assert first.connections == 1 and console.framebuffer.width == 64
            give_console(conn, "OpaqueRef:c2", second.location)  # rebooted or migrated: a new console
            await eventually(lambda: second.connections == 1 and console.state is ConsoleState.CONNECTED)
            assert console.connects == 2 and first.connections == 1
            halt(conn)
            await eventually(lambda: console.state is ConsoleState.NO_CONSOLE and console.client is None)
        finally:
            console.stop()
            await first.stop()
            await second.stop()

    arun(scenario())


def test_a_lost_stream_is_reconnected(arun: Runner) -> None:
    async def scenario() -> None:
        server = await RfbTestServer(session=SESSION).start()
        conn = lab()
        console = ConsoleSession()
        try:
            give_console(conn, "OpaqueRef:c1", server.location)
            console.follow(conn, "OpaqueRef:vm")
            await eventually(lambda: console.state is ConsoleState.CONNECTED)
            await server.drop_clients()
            await eventually(lambda: console.connects == 2 and console.state is ConsoleState.CONNECTED)
        finally:
            console.stop()
            await server.stop()

    arun(scenario())


def test_an_unreachable_member_falls_back_to_the_api_server(arun: Runner) -> None:
    async def scenario() -> None:
        server = await RfbTestServer(session=SESSION).start()
        conn = lab(f"http://127.0.0.1:{server.port}")
        console = ConsoleSession()
        try:
            give_console(conn, "OpaqueRef:c1", "http://127.0.0.1:9/console?uuid=c1")  # nobody listens there
            console.follow(conn, "OpaqueRef:vm")
            await eventually(lambda: console.state is ConsoleState.CONNECTED)
            assert server.seen.connect[0].startswith(b"CONNECT /console?uuid=c1 HTTP/1.0\r\n")
        finally:
            console.stop()
            await server.stop()

    arun(scenario())


def test_refusals_are_retried_quickly_ten_times_then_slowly(arun: Runner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(session_module, "QUICK_DELAY", 0.01)
    monkeypatch.setattr(session_module, "SLOW_DELAY", 0.6)
    loop_times: list[float] = []

    async def scenario() -> None:
        server = await RfbTestServer(refuse=(403, "Forbidden")).start()

        async def opener(target: Target, session: str, *, pin: Any = None) -> Streams:
            loop_times.append(asyncio.get_running_loop().time())
            return await open_tunnel(target, session, pin=pin)

        conn = lab()
        console = ConsoleSession(opener=opener)
        try:
            give_console(conn, "OpaqueRef:c1", server.location)
            console.follow(conn, "OpaqueRef:vm")
            await eventually(lambda: len(loop_times) >= 13, timeout=10)
            assert console.state is ConsoleState.RETRYING and "403" in console.detail
        finally:
            console.stop()
            await server.stop()

    arun(scenario())
    gaps = [b - a for a, b in itertools.pairwise(loop_times)]
    assert max(gaps[:10]) < 0.3  # the quick retries
    assert min(gaps[10:12]) >= 0.45  # then the slow ones (Qt timers may fire a little early)
