"""Hextile (RFC 6143 7.7.4): 16x16 tiles, each raw or a background with optional solid subrectangles.

Its length is only known by walking the tiles, so `read_hextile` walks them off the stream (one header per tile,
no pixel work) and keeps the bytes; `decode_hextile` paints them later, with the other pieces of the update.
"""

from __future__ import annotations

import asyncio

import numpy as np

from .framebuffer import Framebuffer, Rect

TILE = 16
RAW, BACKGROUND, FOREGROUND, ANY_SUBRECTS, COLOURED = 1, 2, 4, 8, 16
PIXEL = 4


def _tiles(rect: Rect) -> list[tuple[int, int, int, int]]:
    return [(tx, ty, min(TILE, rect.x + rect.width - tx), min(TILE, rect.y + rect.height - ty))
            for ty in range(rect.y, rect.y + rect.height, TILE) for tx in range(rect.x, rect.x + rect.width, TILE)]


async def read_hextile(reader: asyncio.StreamReader, rect: Rect) -> bytes:
    """The rectangle's Hextile bytes, read tile by tile."""
    parts: list[bytes] = []
    for _, _, w, h in _tiles(rect):
        head = await reader.readexactly(1)
        parts.append(head)
        kind = head[0]
        if kind & RAW:
            parts.append(await reader.readexactly(w * h * PIXEL))
            continue
        size = (PIXEL if kind & BACKGROUND else 0) + (PIXEL if kind & FOREGROUND else 0)
        if size:
            parts.append(await reader.readexactly(size))
        if kind & ANY_SUBRECTS:
            count = await reader.readexactly(1)
            parts.append(count)
            parts.append(await reader.readexactly(count[0] * ((PIXEL if kind & COLOURED else 0) + 2)))
    return b"".join(parts)


def decode_hextile(fb: Framebuffer, rect: Rect, data: bytes) -> None:
    fb.check(rect)
    pos = 0
    background = foreground = 0
    for tx, ty, w, h in _tiles(rect):
        tile = fb.pixels[ty:ty + h, tx:tx + w]
        kind = data[pos]
        pos += 1
        if kind & RAW:
            tile[...] = np.frombuffer(data, dtype="<u4", count=w * h, offset=pos).reshape(h, w)
            pos += w * h * PIXEL
            continue
        if kind & BACKGROUND:
            background = int.from_bytes(data[pos:pos + PIXEL], "little")
            pos += PIXEL
        if kind & FOREGROUND:
            foreground = int.from_bytes(data[pos:pos + PIXEL], "little")
            pos += PIXEL
        tile[...] = background
        if not kind & ANY_SUBRECTS:
            continue
        count = data[pos]
        pos += 1
        for _ in range(count):
            colour = foreground
            if kind & COLOURED:
                colour = int.from_bytes(data[pos:pos + PIXEL], "little")
                pos += PIXEL
            xy, wh = data[pos], data[pos + 1]
            pos += 2
            sx, sy, sw, sh = xy >> 4, xy & 15, (wh >> 4) + 1, (wh & 15) + 1
            if sx + sw > w or sy + sh > h:
                raise ValueError("a Hextile subrectangle lies outside its tile")
            tile[sy:sy + sh, sx:sx + sw] = colour
