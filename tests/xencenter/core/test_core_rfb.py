"""The RFB client core against a small RFB server of the tests' own (rfb_server): the CONNECT tunnel as
XenCenter sends it, versions 3.3/3.7/3.8, every encoding we ask for, refusals and broken streams."""

from __future__ import annotations

import asyncio
import struct
from collections.abc import Awaitable, Callable
from typing import Any

import numpy as np
import pytest

from xencenter.core.rfb import keymap
from xencenter.core.rfb import messages as m
from xencenter.core.rfb.client import RfbClient
from xencenter.core.rfb.errors import ConsoleUnreachable, StreamBroken, TunnelRefused
from xencenter.core.rfb.framebuffer import Rect
from xencenter.core.rfb.handshake import choose_version
from xencenter.core.rfb.tunnel import Target, open_tunnel

from core_support import Runner, arun_fixture, eventually  # noqa: F401
from rfb_server import (
    RfbTestServer,
    ZrleEncoder,
    copy_rect,
    desktop_size,
    hextile_rect,
    raw_rect,
    rect_header,
    rre_rect,
)

SESSION = "OpaqueRef:test-session"


class Recorder:
    def __init__(self) -> None:
        self.sizes: list[tuple[int, int]] = []
        self.damage: list[Rect] = []
        self.cut: list[str] = []
        self.runner: asyncio.Task[None] | None = None  # the client's run()

    def on_resize(self, width: int, height: int) -> None:
        self.sizes.append((width, height))

    def on_damage(self, rects: list[Rect]) -> None:
        self.damage += rects

    def on_cut_text(self, text: str) -> None:
        self.cut.append(text)


def pattern(h: int, w: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.integers(0, 1 << 24, size=(h, w), dtype=np.uint32)


Body = Callable[[RfbTestServer, RfbClient, Recorder], Awaitable[None]]


def session(arun: Runner, body: Body, **options: Any) -> RfbTestServer:
    """Start a server, tunnel to it, run the client and `body`; returns the server (what it saw)."""

    async def scenario() -> RfbTestServer:
        server = await RfbTestServer(**options).start()
        server.screen[...] = pattern(server.height, server.width)
        try:
            reader, writer = await open_tunnel(Target.parse(server.location), SESSION)
            recorder = Recorder()
            client = RfbClient(reader, writer, recorder)
            await client.start()
            runner = recorder.runner = asyncio.get_running_loop().create_task(client.run())
            try:
                await eventually(lambda: client.updates >= 1)
                await body(server, client, recorder)
            finally:
                runner.cancel()
                await client.close()
        finally:
            await server.stop()
        return server

    return arun(scenario())


@pytest.mark.parametrize(("offered", "answered"), [("3.3", b"RFB 003.003\n"), ("3.7", b"RFB 003.007\n"),
                                                   ("3.8", b"RFB 003.008\n")])
def test_versions_and_the_tunnel_as_xencenter_sends_it(arun: Runner, offered: str, answered: bytes) -> None:
    async def body(server: RfbTestServer, client: RfbClient, recorder: Recorder) -> None:
        await eventually(lambda: np.array_equal(client.framebuffer.pixels, server.screen))
        assert recorder.sizes[0] == (64, 48) and client.init is not None and client.init.name == "test screen"

    server = session(arun, body, version=offered)
    assert server.seen.version == answered
    header = server.seen.connect[0].decode()
    assert header.startswith("CONNECT /console?uuid=test-console HTTP/1.0\r\n")
    assert "\r\nHost: 127.0.0.1\r\n" in header and f"\r\nCookie: session_id={SESSION}\r\n" in header
    assert server.seen.pixel_format == struct.pack(">BBBBHHHBBB3x", 32, 24, 0, 1, 255, 255, 255, 16, 8, 0)
    assert server.seen.encodings[:6] == [m.ZRLE, m.HEXTILE, m.COPY_RECT, m.CORRE, m.RRE, m.RAW]
    assert m.DESKTOP_SIZE in server.seen.encodings and m.QEMU_EXTENDED_KEY in server.seen.encodings
    assert server.seen.requests[0] == (False, 0, 0, 64, 48)
    assert any(incremental for incremental, *_ in server.seen.requests[1:])


@pytest.mark.parametrize(("offer", "answer"), [(b"RFB 003.889\n", (3, 8)), (b"RFB 004.001\n", (3, 8)),
                                               (b"RFB 003.005\n", (3, 3)), (b"RFB 003.007\n", (3, 7))])
def test_version_choice(offer: bytes, answer: tuple[int, int]) -> None:
    assert choose_version(offer) == answer


def test_every_encoding_decodes_to_the_servers_screen(arun: Runner) -> None:
    async def body(server: RfbTestServer, client: RfbClient, recorder: Recorder) -> None:
        expected = server.screen.copy()
        zrle = ZrleEncoder()
        steps: list[tuple[bytes, Callable[[], None]]] = []
        block = pattern(10, 20, 1)

        def put(y: int, x: int, pixels: np.ndarray) -> Callable[[], None]:
            return lambda: expected.__setitem__((slice(y, y + pixels.shape[0]), slice(x, x + pixels.shape[1])),
                                                pixels)

        steps.append((raw_rect(3, 4, block), put(4, 3, block)))
        steps.append((copy_rect(0, 0, 30, 20, 16, 12),
                      lambda: expected.__setitem__((slice(20, 32), slice(30, 46)), expected[0:12, 0:16].copy())))
        for kind, colours in (("solid", 1), ("packed", 2), ("packed", 4), ("packed", 13), ("prle", 40),
                              ("rle", 300), ("raw", 1 << 24)):
            rng = np.random.default_rng(colours)
            palette = rng.integers(0, 1 << 24, size=min(colours, 4000), dtype=np.uint32)
            tile = palette[np.sort(rng.integers(0, len(palette), size=(40, 50)), axis=None).reshape(40, 50)]
            steps.append((zrle.rect(5, 6, tile, force=kind), put(6, 5, tile)))
        def rre_expect(compact: bool) -> Callable[[], None]:
            def apply() -> None:
                expected[1:21, 2:32] = 0x112233
                expected[3:8, 4:14] = 0xABCDEF
                expected[10:20, 20:30] = 0x00FF00
            return apply

        for compact in (False, True):
            rect = rre_rect(2, 1, 30, 20, 0x112233, [(0xABCDEF, 2, 2, 10, 5), (0x00FF00, 18, 9, 10, 10)], compact)
            steps.append((rect, rre_expect(compact)))
        for colours in (1, 2, 5, 40):  # background only, fore/background, coloured subrectangles, raw tiles
            rng = np.random.default_rng(colours + 100)
            palette = rng.integers(0, 1 << 24, size=colours, dtype=np.uint32)
            tile = palette[rng.integers(0, colours, size=(30, 37)) * (rng.random((30, 37)) < 0.2)]
            steps.append((hextile_rect(20, 9, tile), put(9, 20, tile)))
        big = pattern(48, 64, 7)  # larger than a tile in both directions
        steps.append((zrle.rect(0, 0, big), put(0, 0, big)))
        await eventually(lambda: client.extended_keys)  # the acknowledgement is an update too
        for data, apply in steps:
            before = client.updates
            server.push(data)
            apply()
            await eventually(lambda before=before: client.updates > before)  # type: ignore[misc]
            assert np.array_equal(client.framebuffer.pixels, expected)
        assert Rect(5, 6, 50, 40) in recorder.damage and Rect(30, 20, 16, 12) in recorder.damage

    session(arun, body)


def test_desktop_size_gives_a_new_screen(arun: Runner) -> None:
    async def body(server: RfbTestServer, client: RfbClient, recorder: Recorder) -> None:
        server.push(desktop_size(100, 70), raw_rect(0, 0, pattern(70, 100, 3)))
        await eventually(lambda: recorder.sizes[-1] == (100, 70))
        await eventually(lambda: np.array_equal(client.framebuffer.pixels, pattern(70, 100, 3)))
        await eventually(lambda: server.seen.requests[-1][1:] == (0, 0, 100, 70))

    session(arun, body)


def test_keys_by_scan_code_once_the_server_takes_them(arun: Runner) -> None:
    async def body(server: RfbTestServer, client: RfbClient, recorder: Recorder) -> None:
        await eventually(lambda: client.extended_keys)
        for keysym, scan, down in keymap.type_text("A!") + keymap.ctrl_alt_del():
            client.key(keysym, down, scan)
        client.pointer(10, 20, 1)
        client.cut_text("héllo")
        await eventually(lambda: len(server.seen.scan_keys) == 14 and bool(server.seen.cut_text))
        assert server.seen.scan_keys[:4] == [(keymap.SHIFT_L, 0x2A, True), (ord("A"), 0x1E, True),
                                             (ord("A"), 0x1E, False), (keymap.SHIFT_L, 0x2A, False)]
        assert (keymap.DELETE, 0x53 | 0x80, True) in server.seen.scan_keys
        assert server.seen.pointer == [(10, 20, 1)]
        assert server.seen.cut_text == ["héllo".encode("latin-1")]

    session(arun, body)


def test_keys_by_keysym_when_the_server_has_no_extended_keys(arun: Runner) -> None:
    async def body(server: RfbTestServer, client: RfbClient, recorder: Recorder) -> None:
        client.key(ord("q"), True, 0x10)
        client.key(ord("q"), False, 0x10)
        await eventually(lambda: len(server.seen.keys) == 2)
        assert server.seen.keys == [(ord("q"), True), (ord("q"), False)] and not server.seen.scan_keys

    session(arun, body, extended_keys=False)


@pytest.mark.parametrize(("status", "reason"), [(403, "Forbidden"), (404, "Not Found"),
                                                (503, "Connection Limit Exceeded")])
def test_a_refused_connect_says_why(arun: Runner, status: int, reason: str) -> None:
    async def scenario() -> None:
        server = await RfbTestServer(refuse=(status, reason)).start()
        try:
            with pytest.raises(TunnelRefused) as refused:
                await open_tunnel(Target.parse(server.location), SESSION)
            assert refused.value.status == status and refused.value.reason == reason
        finally:
            await server.stop()

    arun(scenario())


def test_a_wrong_session_is_refused_and_nobody_listening_is_unreachable(arun: Runner) -> None:
    async def scenario() -> None:
        server = await RfbTestServer().start()
        port = server.port
        try:
            with pytest.raises(TunnelRefused) as refused:
                await open_tunnel(Target.parse(server.location), "OpaqueRef:someone-else")
            assert refused.value.status == 403
        finally:
            await server.stop()
        with pytest.raises(ConsoleUnreachable):
            await open_tunnel(Target.parse(f"http://127.0.0.1:{port}/console?ref=x"), SESSION, timeout=2)

    arun(scenario())


def test_an_encoding_we_did_not_ask_for_breaks_only_this_stream(arun: Runner) -> None:
    async def body(server: RfbTestServer, client: RfbClient, recorder: Recorder) -> None:
        server.push(rect_header(0, 0, 4, 4, 7))  # Tight
        assert recorder.runner is not None
        with pytest.raises(StreamBroken):
            await recorder.runner

    session(arun, body)


def test_rectangles_outside_the_screen_break_the_stream(arun: Runner) -> None:
    async def body(server: RfbTestServer, client: RfbClient, recorder: Recorder) -> None:
        server.push(copy_rect(60, 40, 0, 0, 10, 10))
        assert recorder.runner is not None
        with pytest.raises(StreamBroken):
            await recorder.runner

    session(arun, body)


def test_location_parsing() -> None:
    target = Target.parse("https://10.0.0.5/console?ref=OpaqueRef:abc")
    assert (target.tls, target.host, target.port, target.path) == (True, "10.0.0.5", 443, "/console?ref=OpaqueRef:abc")
    moved = target.on("http://127.0.0.1:4000")
    assert (moved.tls, moved.host, moved.port, moved.path) == (False, "127.0.0.1", 4000, target.path)
    with pytest.raises(ValueError):
        Target.parse("rdp://host/")
