"""The RFB opening (RFC 6143 7.1-7.3): version (3.8, else what the server offers: 3.7 or 3.3), security None,
ClientInit (shared) and ServerInit."""

from __future__ import annotations

import asyncio
import re
import struct
from dataclasses import dataclass

from . import messages as m
from .errors import HandshakeFailed

VERSION = re.compile(rb"RFB (\d{3})\.(\d{3})\n")
MAX_REASON = 4096
MAX_NAME = 4096


@dataclass(frozen=True)
class ServerInit:
    version: tuple[int, int]
    width: int
    height: int
    name: str


def choose_version(offer: bytes) -> tuple[int, int]:
    """Our answer to the server's ProtocolVersion: 3.8 when it offers 3.8 or later, 3.7 for 3.7, else 3.3 (3.4-3.6
    are vendor variants of 3.3)."""
    found = VERSION.fullmatch(offer)
    if found is None:
        raise HandshakeFailed(f"not an RFB server (it said {offer[:12]!r})")
    major, minor = int(found.group(1)), int(found.group(2))
    if major < 3:
        raise HandshakeFailed(f"the server speaks RFB {major}.{minor}, too old")
    if major > 3 or minor >= 8:
        return 3, 8
    return (3, 7) if minor == 7 else (3, 3)


async def _reason(reader: asyncio.StreamReader) -> str:
    (length,) = struct.unpack(">I", await reader.readexactly(4))
    data = await reader.readexactly(min(length, MAX_REASON))
    return data.decode("utf-8", errors="replace")


async def handshake(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> ServerInit:
    """Negotiate up to ServerInit. Raises HandshakeFailed (or asyncio.IncompleteReadError when the server closes)."""
    version = choose_version(await reader.readexactly(12))
    writer.write(b"RFB %03d.%03d\n" % version)
    if version == (3, 3):
        (kind,) = struct.unpack(">I", await reader.readexactly(4))
        if kind == m.SECURITY_INVALID:
            raise HandshakeFailed(await _reason(reader))
        if kind != m.SECURITY_NONE:
            raise HandshakeFailed(f"the server wants security type {kind}; only None is supported")
    else:
        (count,) = struct.unpack(">B", await reader.readexactly(1))
        if count == 0:
            raise HandshakeFailed(await _reason(reader))
        offered = await reader.readexactly(count)
        if m.SECURITY_NONE not in offered:
            raise HandshakeFailed(f"the server offers security types {list(offered)}; only None is supported")
        writer.write(bytes([m.SECURITY_NONE]))
        if version == (3, 8):
            (result,) = struct.unpack(">I", await reader.readexactly(4))
            if result != 0:
                raise HandshakeFailed(await _reason(reader))
    writer.write(b"\x01")  # ClientInit: share the desktop with other viewers
    await writer.drain()
    width, height = struct.unpack(">HH", await reader.readexactly(4))
    await reader.readexactly(16)  # the server's pixel format: we set our own next
    (length,) = struct.unpack(">I", await reader.readexactly(4))
    if length > MAX_NAME:
        raise HandshakeFailed(f"a {length}-byte desktop name")
    name = (await reader.readexactly(length)).decode("utf-8", errors="replace")
    return ServerInit(version, width, height, name)
