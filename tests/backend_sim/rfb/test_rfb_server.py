"""The RFB server over raw sockets: handshakes, encodings, only changed regions, and bad clients."""

from __future__ import annotations

import asyncio
import struct
from collections.abc import AsyncIterator

import numpy as np
import pytest
import pytest_asyncio

from backend_sim.console.framebuffer import Framebuffer
from backend_sim.console.keys import KeyPress
from backend_sim.console.terminal import Terminal
from backend_sim.rfb.channel import StreamChannel
from backend_sim.rfb.client import RfbClient
from backend_sim.rfb.encodings import COPY_RECT, DESKTOP_SIZE, QEMU_EXTENDED_KEY_EVENT, RAW, ZRLE
from backend_sim.rfb.region import Rect
from backend_sim.rfb.session import RfbSession

pytestmark = pytest.mark.asyncio


class Served:
    def __init__(self) -> None:
        self.screen = Framebuffer(200, 120, "test screen")
        rng = np.random.default_rng(1)
        self.screen.pixels[:60, :100] = rng.integers(0, 1 << 24, (60, 100), dtype=np.uint32)  # many colours
        self.screen.pixels[60:, 100:] = 0x3366FF
        self.screen.pixels[70:90, 10:90] = np.where(rng.random((20, 80)) > 0.5, 0xFFFFFF, 0x000000)
        self.keys: list[KeyPress] = []
        self.screen.on_key = self.keys.append
        self.port = 0
        self.writers: list[asyncio.StreamWriter] = []
        self.clients: list[RfbClient] = []

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.writers.append(writer)
        try:
            await RfbSession(self.screen, StreamChannel(reader, writer)).run()
        except asyncio.CancelledError:  # the test ended with the connection open
            pass

    async def client(self, version: bytes = b"RFB 003.008\n", encodings: tuple[int, ...] = (RAW,)) -> RfbClient:
        client = RfbClient(*await asyncio.open_connection("127.0.0.1", self.port))
        self.clients.append(client)
        await client.handshake(version)
        await client.set_encodings(list(encodings))
        return client


@pytest_asyncio.fixture
async def served() -> AsyncIterator[Served]:
    served = Served()
    server = await asyncio.start_server(served.handle, "127.0.0.1", 0)
    served.port = server.sockets[0].getsockname()[1]
    yield served
    server.close()
    for client in served.clients:
        await client.close()
    for writer in served.writers:
        writer.close()
    await asyncio.sleep(0.05)


async def full_frame(client: RfbClient) -> None:
    await client.request(incremental=False)
    await asyncio.wait_for(client.read_update(), 5)


@pytest.mark.parametrize("version", [b"RFB 003.003\n", b"RFB 003.007\n", b"RFB 003.008\n", b"RFB 003.889\n"])
async def test_each_protocol_version_gets_the_screen(served: Served, version: bytes) -> None:
    client = await served.client(b"RFB 003.008\n" if version == b"RFB 003.889\n" else version)
    assert client.name == "test screen" and client.pixels.shape == (120, 200)
    await full_frame(client)
    assert (client.pixels == served.screen.pixels).all()
    await client.close()


async def test_the_server_offers_3_8_and_only_security_none(served: Served) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", served.port)
    assert await reader.readexactly(12) == b"RFB 003.008\n"
    writer.write(b"RFB 003.008\n")
    assert await reader.readexactly(2) == b"\x01\x01"
    writer.write(b"\x02")  # VNC authentication: refused with a reason
    status, length = struct.unpack(">II", await reader.readexactly(8))
    assert status == 1 and b"None" in await reader.readexactly(length)
    assert await reader.read() == b""
    writer.close()


@pytest.mark.parametrize("encodings", [(RAW,), (ZRLE, RAW), (ZRLE,)])
async def test_encodings_reproduce_the_screen(served: Served, encodings: tuple[int, ...]) -> None:
    client = await served.client(encodings=encodings)
    await client.request(incremental=False)
    update = await asyncio.wait_for(client.read_update(), 5)
    assert update.encodings() == {encodings[0]}
    assert (client.pixels == served.screen.pixels).all()
    served.screen.fill(0x123456, Rect(150, 10, 30, 30))
    await client.request()
    await asyncio.wait_for(client.read_update(), 5)
    assert (client.pixels == served.screen.pixels).all()
    await client.close()


async def test_only_changed_regions_are_sent_and_nothing_when_nothing_changed(served: Served) -> None:
    client = await served.client(encodings=(ZRLE,))
    await full_frame(client)
    await client.request()
    pending = asyncio.ensure_future(client.read_update())
    done, _ = await asyncio.wait({pending}, timeout=0.3)
    assert not done
    served.screen.fill(0xFF0000, Rect(20, 100, 4, 3))
    update = await asyncio.wait_for(pending, 5)
    assert update.area == 12
    assert (client.pixels == served.screen.pixels).all()
    await client.close()


async def test_a_scroll_is_a_copy_rect_for_clients_that_ask(served: Served) -> None:
    terminal = Terminal(served.screen)
    client = await served.client(encodings=(COPY_RECT, RAW))
    await full_frame(client)
    terminal.write("line\n" * (terminal.rows + 2))
    await client.request()
    update = await asyncio.wait_for(client.read_update(), 5)
    assert COPY_RECT in update.encodings()
    assert (client.pixels == served.screen.pixels).all()
    await client.close()


async def test_desktop_size_only_for_clients_that_ask(served: Served) -> None:
    asks = await served.client(encodings=(RAW, DESKTOP_SIZE))
    old = await served.client(encodings=(RAW,))
    for client in (asks, old):
        await full_frame(client)
    served.screen.resize(320, 200)
    served.screen.fill(0x00FF00)
    for client in (asks, old):
        await client.request()
    update = await asyncio.wait_for(asks.read_update(), 5)
    assert DESKTOP_SIZE in update.encodings() and asks.pixels.shape == (200, 320)
    assert (asks.pixels == served.screen.pixels).all()
    update = await asyncio.wait_for(old.read_update(), 5)
    assert DESKTOP_SIZE not in update.encodings() and old.pixels.shape == (120, 200)
    assert (old.pixels == served.screen.pixels[:120, :200]).all()


async def test_unknown_pseudo_encodings_are_ignored_and_qemu_keys_acknowledged(served: Served) -> None:
    client = await served.client(encodings=(-239, -254, -307, QEMU_EXTENDED_KEY_EVENT, 5, RAW))
    await full_frame(client)
    assert client.extended_keys
    await client.qemu_key(0, 0x1E)  # the scan code of 'a' with no keysym
    await client.key(0xFF0D)
    await client.request(incremental=False)
    await asyncio.wait_for(client.read_update(), 5)
    assert [k.text or k.name for k in served.keys] == ["a", "Return"]


async def test_a_16_bit_pixel_format(served: Served) -> None:
    client = await served.client(encodings=(RAW,))
    # 16 bpp, depth 16, little-endian, true colour, r5 g6 b5
    client.writer.write(struct.pack(">B3xBBBBHHHBBB3x", 0, 16, 16, 0, 1, 31, 63, 31, 11, 5, 0))
    served.screen.fill(0xFF0000, Rect(0, 0, 2, 1))
    client.writer.write(struct.pack(">BBHHHH", 3, 0, 0, 0, 2, 1))
    await client.writer.drain()
    header = await asyncio.wait_for(client.reader.readexactly(4 + 12), 5)
    assert struct.unpack(">HHHHi", header[4:]) == (0, 0, 2, 1, RAW)
    assert await client.reader.readexactly(4) == struct.pack("<HH", 0xF800, 0xF800)
    await client.close()


@pytest.mark.parametrize("garbage", [b"\x63", b"\x00\x00\x00\x00" + bytes(16), b"\xff\x07"])
async def test_garbage_after_the_handshake_closes_only_that_connection(served: Served, garbage: bytes) -> None:
    good = await served.client(encodings=(RAW,))
    await full_frame(good)
    bad = await served.client()
    bad.writer.write(garbage)
    await bad.writer.drain()
    assert await asyncio.wait_for(bad.reader.read(), 5) == b""
    served.screen.fill(0xABCDEF, Rect(0, 0, 5, 5))
    await good.request()
    await asyncio.wait_for(good.read_update(), 5)
    assert (good.pixels == served.screen.pixels).all()
    await good.close()


@pytest.mark.parametrize("greeting", [b"HELLO WORLD\n", b"RFB 002.000\n", b"GET / HTTP/1.1\r\n\r\n"])
async def test_a_bad_greeting_is_closed(served: Served, greeting: bytes) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", served.port)
    await reader.readexactly(12)
    writer.write(greeting)
    await writer.drain()
    assert await asyncio.wait_for(reader.read(), 5) == b""
    writer.close()


async def test_viewers_are_closed_when_the_display_ends(served: Served) -> None:
    client = await served.client()
    await full_frame(client)
    served.screen.end()
    assert await asyncio.wait_for(client.reader.read(), 5) == b""
