"""Consoles over the wire as xapi serves them: CONNECT /console, the WebSocket path, /vncsnapshot, the console
rows' location and vnc-port, refusals before any RFB byte, and a shutdown typed in the guest."""

from __future__ import annotations

import asyncio
import io
import struct

import httpx
import pytest
from PIL import Image
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import InvalidStatus

from conftest import SimServer
from rfb_support import (
    call,
    connect_tunnel,
    console_client,
    login,
    pixels_of,
    shows_text,
    step_clock,
    type_text,
    vm_named,
)
from sdk_support import sim_fixture  # (on the path through rfb_support)

server_fixture = sim_fixture("--scenario", "demo", "--manual-clock")


@pytest.fixture(scope="module")
def session(server: SimServer) -> str:
    session = login(server)
    step_clock(server, session, 30)  # the scenario's guests are past their boot
    return session


def status_of(head: bytes) -> int:
    return int(head.split(b" ", 2)[1])


def test_console_rows_name_their_host_and_their_vnc_port(server: SimServer, session: str) -> None:
    vm = vm_named(server, session, "web01")
    consoles = [call(server, "console.get_record", session, ref) for ref in call(server, "VM.get_consoles",
                                                                                  session, vm)]
    rfb = next(c for c in consoles if c["protocol"] == "rfb")
    address = call(server, "host.get_address", session, call(server, "VM.get_resident_on", session, vm))
    assert rfb["location"] == f"https://{address}/console?uuid={rfb['uuid']}"  # xapi's form
    assert 1024 <= int(rfb["other_config"]["vnc-port"]) < 65536
    assert {c["protocol"] for c in consoles} == {"rfb", "vt100"}


@pytest.mark.asyncio
@pytest.mark.parametrize("how", ["cookie", "query-ref", "console-uuid", "vm-uuid"])
async def test_connect_answers_200_then_rfb(server: SimServer, session: str, how: str) -> None:
    vm = vm_named(server, session, "web01")
    uuid = call(server, "VM.get_uuid", session, vm)
    rfb = next(ref for ref in call(server, "VM.get_consoles", session, vm)
               if call(server, "console.get_protocol", session, ref) == "rfb")
    target, headers = {
        "cookie": (f"/console?ref={vm}", f"Cookie: session_id={session}\r\n"),
        "query-ref": (f"/console?ref={rfb}&session_id={session}", ""),
        "console-uuid": (f"/console?uuid={call(server, 'console.get_uuid', session, rfb)}&session_id={session}", ""),
        "vm-uuid": (f"/console?uuid={uuid}", f"Cookie: session_id={session}\r\n"),
    }[how]
    head, reader, writer = await connect_tunnel(server, target, headers)
    assert head == b"HTTP/1.1 200 OK\r\n\r\n"
    assert await asyncio.wait_for(reader.readexactly(12), 5) == b"RFB 003.008\n"
    writer.write(b"RFB 003.003\n")  # XenCenter's answer
    assert struct.unpack(">I", await reader.readexactly(4)) == (1,)
    writer.write(b"\x01")
    width, height = struct.unpack(">HH", await reader.readexactly(4))
    assert (width, height) in ((640, 400), (1024, 768))
    writer.close()


@pytest.mark.asyncio
@pytest.mark.parametrize(("target", "status"), [
    ("/console?ref={vm}", 401),  # no session
    ("/console?ref={vm}&session_id=OpaqueRef:not-a-session", 401),
    ("/console?ref=OpaqueRef:nothing&session_id={session}", 404),
    ("/console?uuid=00000000-0000-0000-0000-000000000000&session_id={session}", 404),
    ("/console?session_id={session}", 400),
    ("/console?ref={halted}&session_id={session}", 409),
])
async def test_connect_refusals_come_before_any_rfb_byte(server: SimServer, session: str, target: str,
                                                         status: int) -> None:
    vm = vm_named(server, session, "web01")
    halted = vm_named(server, session, "student-pc2")
    head, reader, writer = await connect_tunnel(server, target.format(vm=vm, session=session, halted=halted))
    assert status_of(head) == status
    assert b"RFB" not in await asyncio.wait_for(reader.read(), 5)
    writer.close()
    assert call(server, "VM.get_power_state", session, vm) == "Running"  # the server serves on


@pytest.mark.asyncio
async def test_garbage_in_one_tunnel_closes_only_that_tunnel(server: SimServer, session: str) -> None:
    vm = vm_named(server, session, "db01")
    good = await console_client(server, session, vm)
    bad = await console_client(server, session, vm)
    bad.writer.write(b"\x99garbage")
    await bad.writer.drain()
    assert await asyncio.wait_for(bad.reader.read(), 5) == b""
    await bad.close()
    await good.request(incremental=False)
    update = await asyncio.wait_for(good.read_update(), 5)
    assert update.area > 0
    await good.close()


@pytest.mark.asyncio
async def test_websocket_console_speaks_rfb_in_binary_frames(server: SimServer, session: str) -> None:
    vm = vm_named(server, session, "web01")
    url = server.url.replace("http://", "ws://") + f"/console?ref={vm}"
    async with ws_connect(url, additional_headers={"Cookie": f"session_id={session}"},
                          subprotocols=["binary"]) as socket:  # type: ignore[list-item]
        assert socket.subprotocol == "binary"
        assert await asyncio.wait_for(socket.recv(), 5) == b"RFB 003.008\n"
        await socket.send(b"RFB 003.008\n")
        assert await socket.recv() == b"\x01\x01"
        await socket.send(b"\x01")
        assert await socket.recv() == b"\0\0\0\0"
        await socket.send(b"\x01")
        server_init = await socket.recv()
        assert isinstance(server_init, bytes) and len(server_init) > 24
        width, height = struct.unpack(">HH", server_init[:4])
        await socket.send(struct.pack(">BBHHHH", 3, 0, 0, 0, width, height))
        update = await asyncio.wait_for(socket.recv(), 5)
        assert isinstance(update, bytes) and update[0] == 0


@pytest.mark.asyncio
@pytest.mark.parametrize(("query", "status"), [("", 401), ("&session_id={session}&x=1", None)])
async def test_websocket_refused_without_a_session_or_for_a_halted_vm(server: SimServer, session: str, query: str,
                                                                     status: int | None) -> None:
    halted = vm_named(server, session, "student-pc2")
    url = server.url.replace("http://", "ws://") + f"/console?ref={halted}" + query.format(session=session)
    with pytest.raises(InvalidStatus) as refused:
        async with ws_connect(url):
            pass
    assert refused.value.response.status_code == (status or 409)


def test_vncsnapshot_is_a_png_of_the_screen(server: SimServer, session: str) -> None:
    uuid = call(server, "VM.get_uuid", session, vm_named(server, session, "web01"))
    reply = httpx.get(server.url + f"/vncsnapshot?uuid={uuid}&session_id={session}", timeout=10)
    assert reply.status_code == 200 and reply.headers["content-type"] == "image/png"
    image = Image.open(io.BytesIO(reply.content))
    assert image.size == (1024, 768)
    assert shows_text(pixels_of(image), "web01 login:")
    assert httpx.get(server.url + f"/vncsnapshot?uuid={uuid}", timeout=10).status_code == 401
    halted = call(server, "VM.get_uuid", session, vm_named(server, session, "student-pc2"))
    assert httpx.get(server.url + f"/vncsnapshot?uuid={halted}&session_id={session}").status_code == 409


def test_dom0_has_a_console_with_xl(server: SimServer, session: str) -> None:
    host = call(server, "host.get_all", session)[0]
    dom0 = call(server, "host.get_control_domain", session, host)

    async def run() -> bool:
        client = await console_client(server, session, dom0)
        await type_text(client, "root\nsecret\nxl list\n")
        await asyncio.sleep(0.2)
        await client.request(incremental=False)
        while True:
            await asyncio.wait_for(client.read_update(), 5)
            if shows_text(client.pixels, "Domain-0"):
                await client.close()
                return True

    assert asyncio.run(asyncio.wait_for(run(), 20))


@pytest.mark.asyncio
@pytest.mark.parametrize(("user", "guest", "dom0"), [("vm-operator", 200, 403), ("read-only", 403, 403),
                                                     ("pool-admin", 200, 200)])
async def test_console_roles_as_xapi_gives_them(server: SimServer, session: str, user: str, guest: int,
                                                dom0: int) -> None:
    """vm-operator and above open VM consoles; only pool admins open dom0's."""
    theirs = str(call(server, "session.login_with_password", user, server.password))
    vm = vm_named(server, session, "web01")
    control = call(server, "host.get_control_domain", session, call(server, "host.get_all", session)[0])
    for ref, status in ((vm, guest), (control, dom0)):
        head, _, writer = await connect_tunnel(server, f"/console?ref={ref}&session_id={theirs}")
        assert status_of(head) == status
        writer.close()
        uuid = call(server, "VM.get_uuid", session, ref)
        snapshot = httpx.get(server.url + f"/vncsnapshot?uuid={uuid}&session_id={theirs}", timeout=10)
        assert snapshot.status_code == status
