"""ZRLE (RFC 6143 7.7.6): 64x64 tiles from one zlib stream per connection, each raw, solid, packed-palette,
plain-RLE or palette-RLE, with 3-byte compressed pixels (our 32-bit true-colour format fits in its low 3 bytes).

Tiles are turned into pixels with numpy; only the run-length forms walk their runs in Python.
"""

from __future__ import annotations

import zlib

import numpy as np

from .framebuffer import Framebuffer, Pixels, Rect

TILE = 64
CPIXEL = 3


class ZrleError(ValueError):
    """The rectangle's data does not decode (a broken server or stream)."""


def cpixels(data: bytes, offset: int, count: int) -> Pixels:
    """`count` 3-byte little-endian pixels from `data` at `offset` as uint32."""
    end = offset + count * CPIXEL
    if end > len(data):
        raise ZrleError("the ZRLE data ends inside a tile")
    raw = np.frombuffer(data, dtype=np.uint8, count=count * CPIXEL, offset=offset).reshape(count, CPIXEL)
    wide = raw.astype(np.uint32)
    return np.asarray(wide[:, 0] | (wide[:, 1] << 8) | (wide[:, 2] << 16), dtype=np.uint32)


class ZrleDecoder:
    """One per connection: the zlib stream runs across all ZRLE rectangles of the session."""

    def __init__(self) -> None:
        self._inflate = zlib.decompressobj()

    def decode(self, fb: Framebuffer, rect: Rect, payload: bytes) -> None:
        fb.check(rect)
        try:
            data = self._inflate.decompress(payload)
        except zlib.error as exc:
            raise ZrleError(f"the ZRLE stream is corrupt: {exc}") from exc
        pos = 0
        for ty in range(rect.y, rect.y + rect.height, TILE):
            th = min(TILE, rect.y + rect.height - ty)
            for tx in range(rect.x, rect.x + rect.width, TILE):
                tw = min(TILE, rect.x + rect.width - tx)
                pos = self._tile(fb.pixels[ty:ty + th, tx:tx + tw], data, pos, tw, th)

    def _tile(self, out: Pixels, data: bytes, pos: int, w: int, h: int) -> int:
        if pos >= len(data):
            raise ZrleError("the ZRLE data ends before its last tile")
        kind = data[pos]
        pos += 1
        if kind == 0:
            out[...] = cpixels(data, pos, w * h).reshape(h, w)
            return pos + w * h * CPIXEL
        if kind == 1:
            out[...] = cpixels(data, pos, 1)[0]
            return pos + CPIXEL
        if 2 <= kind <= 16:
            palette = cpixels(data, pos, kind)
            return self._packed(out, data, pos + kind * CPIXEL, palette, w, h)
        if kind == 128:
            return self._runs(out, data, pos, None, w, h)
        if kind >= 130:
            palette = cpixels(data, pos, kind - 128)
            return self._runs(out, data, pos + (kind - 128) * CPIXEL, palette, w, h)
        raise ZrleError(f"unknown ZRLE tile type {kind}")

    @staticmethod
    def _packed(out: Pixels, data: bytes, pos: int, palette: Pixels, w: int, h: int) -> int:
        bits = 1 if len(palette) == 2 else 2 if len(palette) <= 4 else 4
        row_bytes = (w * bits + 7) // 8
        size = row_bytes * h
        if pos + size > len(data):
            raise ZrleError("the ZRLE data ends inside a packed tile")
        rows = np.frombuffer(data, dtype=np.uint8, count=size, offset=pos).reshape(h, row_bytes)
        unpacked = np.unpackbits(rows, axis=1).reshape(h, row_bytes * 8 // bits, bits)
        weights = (1 << np.arange(bits - 1, -1, -1)).astype(np.uint8)
        index = (unpacked * weights).sum(axis=2)[:, :w]
        if int(index.max(initial=0)) >= len(palette):
            raise ZrleError("a packed ZRLE tile indexes past its palette")
        out[...] = palette[index]
        return pos + size

    @staticmethod
    def _runs(out: Pixels, data: bytes, pos: int, palette: Pixels | None, w: int, h: int) -> int:
        values: list[int] = []
        lengths: list[int] = []
        left = w * h
        end = len(data)
        while left > 0:
            if palette is None:
                if pos + CPIXEL > end:
                    raise ZrleError("the ZRLE data ends inside a run")
                values.append(data[pos] | data[pos + 1] << 8 | data[pos + 2] << 16)
                pos += CPIXEL
                long_run = True
            else:
                if pos >= end:
                    raise ZrleError("the ZRLE data ends inside a run")
                byte = data[pos]
                pos += 1
                index = byte & 0x7F
                if index >= len(palette):
                    raise ZrleError("a ZRLE run indexes past its palette")
                values.append(int(palette[index]))
                long_run = bool(byte & 0x80)
            run = 1
            if long_run:
                while True:
                    if pos >= end:
                        raise ZrleError("the ZRLE data ends inside a run length")
                    byte = data[pos]
                    pos += 1
                    run += byte
                    if byte != 255:
                        break
            if run > left:
                raise ZrleError("a ZRLE run goes past the end of its tile")
            lengths.append(run)
            left -= run
        out[...] = np.repeat(np.array(values, dtype=np.uint32), lengths).reshape(h, w)
        return pos
