"""Helpers for the console tests over the wire: the pool's JSON-RPC, the clock, a CONNECT tunnel, screen text."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from backend_sim.console.glyphs import CELL_H, CELL_W, atlas
from backend_sim.rfb.client import RfbClient
from backend_sim.rfb.encodings import COPY_RECT, DESKTOP_SIZE, RAW, ZRLE
from backend_sim.rfb.pixels import Pixels

from conftest import SimServer

# The simulator tests' shared helpers (sdk_support, in the folder above) are imported by name, like conftest.
SDK_TESTS = Path(__file__).resolve().parents[1]
if str(SDK_TESTS) not in sys.path:
    sys.path.insert(0, str(SDK_TESTS))

from sdk_support import jsonrpc  # noqa: E402

RETURN = 0xFF0D


def call(server: SimServer, method: str, *params: Any) -> Any:
    reply = jsonrpc(server.url, method, list(params))
    assert "result" in reply, reply
    return reply["result"]


def login(server: SimServer) -> str:
    return str(call(server, "session.login_with_password", server.user, server.password))


def vm_named(server: SimServer, session: str, name: str) -> str:
    return str(call(server, "VM.get_by_name_label", session, name)[0])


def step_clock(server: SimServer, session: str, seconds: float) -> None:
    host = call(server, "host.get_all", session)[0]
    call(server, "host.call_plugin", session, host, "sim", "clock_step", {"seconds": str(seconds)})


def address(server: SimServer) -> tuple[str, int]:
    host, port = server.url.removeprefix("http://").rsplit(":", 1)
    return host, int(port)


async def connect_tunnel(server: SimServer, target: str, headers: str = "") -> tuple[bytes, asyncio.StreamReader,
                                                                                      asyncio.StreamWriter]:
    """`CONNECT target HTTP/1.0`; the reply head (through the blank line) and the raw streams."""
    reader, writer = await asyncio.open_connection(*address(server))
    writer.write(f"CONNECT {target} HTTP/1.0\r\n{headers}\r\n".encode())
    await writer.drain()
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
    return head, reader, writer


async def console_client(server: SimServer, session: str, vm: str) -> RfbClient:
    head, reader, writer = await connect_tunnel(server, f"/console?ref={vm}", f"Cookie: session_id={session}\r\n")
    assert head.startswith(b"HTTP/1.1 200 OK\r\n"), head
    client = RfbClient(reader, writer)
    await client.handshake()
    await client.set_encodings([ZRLE, COPY_RECT, RAW, DESKTOP_SIZE])
    return client


async def type_text(client: RfbClient, text: str) -> None:
    for char in text:
        await client.tap(RETURN if char == "\n" else ord(char))


def pixels_of(image: Image.Image) -> Pixels:
    array = np.asarray(image.convert("RGB"), dtype=np.uint32)
    return ((array[..., 0] << 16) | (array[..., 1] << 8) | array[..., 2]).astype(np.uint32)


def shows_text(pixels: Pixels, text: str) -> bool:
    """Whether the console font's glyphs of `text` stand on the text grid somewhere in the picture (in any
    colours: a cell's lit pixels are those unlike its top-left one, which no letter touches)."""
    glyphs = atlas()
    pattern = glyphs.masks[glyphs.codes(text)]  # (n, 16, 8)
    height, width = pixels.shape
    cols = width // CELL_W
    for row in range(height // CELL_H):
        band = pixels[row * CELL_H:(row + 1) * CELL_H, : cols * CELL_W]
        colours = band.reshape(CELL_H, cols, CELL_W).transpose(1, 0, 2)  # (cols, 16, 8)
        cells = colours != colours[:, :1, :1]
        equal = (cells[None, :, :, :] == pattern[:, None, :, :]).all(axis=(2, 3))  # (n, cols)
        n = len(text)
        hits = np.ones(cols - n + 1, dtype=bool)
        for k in range(n):
            hits &= equal[k, k:cols - n + 1 + k]
        if hits.any():
            return True
    return False
