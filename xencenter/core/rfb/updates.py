"""FramebufferUpdate messages: `read_update` takes one off the stream as a list of pieces (no decoding on the
event loop: only reads), `Painter.apply` decodes them into the framebuffer and returns the damaged rectangles.

The client runs `apply` in a worker thread when an update is large, so a full-screen frame never holds the GUI.
Pieces are applied in order: CopyRect reads what earlier rectangles wrote, and ZRLE's zlib stream is sequential.
"""

from __future__ import annotations

import asyncio
import struct
from dataclasses import dataclass

import numpy as np

from . import messages as m
from .framebuffer import Framebuffer, Rect
from .hextile import decode_hextile, read_hextile
from .zrle import ZrleDecoder

BYTES_PER_PIXEL = 4
MAX_RECT_BYTES = 64 << 20  # one rectangle's compressed data; larger is a broken stream


class ProtocolViolation(ValueError):
    """The server sent something RFB does not allow (or we did not ask for)."""


@dataclass(frozen=True)
class Piece:
    """One rectangle of an update: its encoding and the bytes that follow its header."""

    rect: Rect
    encoding: int
    data: bytes = b""


async def read_update(reader: asyncio.StreamReader) -> list[Piece]:
    """The rectangles of one FramebufferUpdate (its type byte already read)."""
    _, count = struct.unpack(">BH", await reader.readexactly(3))
    pieces = []
    for _ in range(count):
        x, y, w, h, encoding = struct.unpack(">HHHHi", await reader.readexactly(12))
        if encoding == m.LAST_RECT:
            break
        pieces.append(Piece(Rect(x, y, w, h), encoding, await _payload(reader, encoding, w, h)))
    return pieces


async def _payload(reader: asyncio.StreamReader, encoding: int, w: int, h: int) -> bytes:
    if encoding == m.RAW:
        return await reader.readexactly(w * h * BYTES_PER_PIXEL)
    if encoding == m.COPY_RECT:
        return await reader.readexactly(4)
    if encoding == m.ZRLE:
        (length,) = struct.unpack(">I", await reader.readexactly(4))
        if length > MAX_RECT_BYTES:
            raise ProtocolViolation(f"a {length}-byte ZRLE rectangle")
        return await reader.readexactly(length)
    if encoding in (m.RRE, m.CORRE):
        head = await reader.readexactly(4 + BYTES_PER_PIXEL)
        (count,) = struct.unpack(">I", head[:4])
        each = BYTES_PER_PIXEL + (8 if encoding == m.RRE else 4)
        if count * each > MAX_RECT_BYTES:
            raise ProtocolViolation(f"an RRE rectangle of {count} subrectangles")
        return head + await reader.readexactly(count * each)
    if encoding in (m.DESKTOP_SIZE, m.QEMU_EXTENDED_KEY):  # pseudo-rectangles without data
        return b""
    if encoding == m.HEXTILE:
        return await read_hextile(reader, Rect(0, 0, w, h))
    if encoding == m.CURSOR:  # not asked for, but its length is known: read it and let the guest draw its cursor
        return await reader.readexactly(w * h * BYTES_PER_PIXEL + (w + 7) // 8 * h)
    raise ProtocolViolation(f"the server sent encoding {encoding}, which we did not ask for")


class Painter:
    """Applies pieces to a framebuffer; one per connection (it carries the ZRLE stream)."""

    def __init__(self, fb: Framebuffer) -> None:
        self.fb = fb
        self._zrle = ZrleDecoder()

    def apply(self, pieces: list[Piece]) -> list[Rect]:
        """Decode `pieces` in order; returns the damaged rectangles (a resize damages the whole new screen).

        Raises ValueError (ProtocolViolation, ZrleError) for data that does not fit or does not decode."""
        damage: list[Rect] = []
        for piece in pieces:
            rect = piece.rect
            if piece.encoding == m.DESKTOP_SIZE:
                self.fb.resize(rect.width, rect.height)
                damage = [Rect(0, 0, rect.width, rect.height)]
                continue
            if piece.encoding in (m.CURSOR, m.QEMU_EXTENDED_KEY) or rect.area == 0:
                continue
            if piece.encoding == m.RAW:
                self.fb.put(rect, piece.data)
            elif piece.encoding == m.COPY_RECT:
                sx, sy = struct.unpack(">HH", piece.data)
                self.fb.copy(sx, sy, rect)
            elif piece.encoding == m.ZRLE:
                self._zrle.decode(self.fb, rect, piece.data)
            elif piece.encoding == m.HEXTILE:
                decode_hextile(self.fb, rect, piece.data)
            else:
                self._rre(rect, piece)
            damage.append(rect)
        return damage

    def _rre(self, rect: Rect, piece: Piece) -> None:
        """RRE and CoRRE: a background, then solid subrectangles relative to the rectangle."""
        region = self.fb.region(rect)
        (count,) = struct.unpack(">I", piece.data[:4])
        region[...] = np.frombuffer(piece.data, dtype="<u4", count=1, offset=4)[0]
        compact = piece.encoding == m.CORRE
        layout = np.dtype([("pixel", "<u4"), ("x", "u1"), ("y", "u1"), ("w", "u1"), ("h", "u1")]) if compact else \
            np.dtype([("pixel", "<u4"), ("x", ">u2"), ("y", ">u2"), ("w", ">u2"), ("h", ">u2")])
        subs = np.frombuffer(piece.data, dtype=layout, count=count, offset=8)
        for pixel, x, y, w, h in subs.tolist():
            if x + w > rect.width or y + h > rect.height:
                raise ProtocolViolation("an RRE subrectangle lies outside its rectangle")
            region[y:y + h, x:x + w] = pixel
