"""Rectangle encodings the server can send: Raw, CopyRect and ZRLE, plus the pseudo-encodings it honours."""

from __future__ import annotations

import struct
import zlib

import numpy as np
import numpy.typing as npt

from .pixels import PixelFormat, Pixels, convert
from .region import Move, Rect

RAW = 0
COPY_RECT = 1
ZRLE = 16
DESKTOP_SIZE = -223
QEMU_EXTENDED_KEY_EVENT = -258

RECT_HEADER = struct.Struct(">HHHHi")
TILE = 64


def rect_header(rect: Rect, encoding: int) -> bytes:
    return RECT_HEADER.pack(rect.x, rect.y, rect.w, rect.h, encoding)


def raw(pixels: Pixels, pf: PixelFormat) -> bytes:
    return convert(pixels, pf).tobytes()


def copy_rect(move: Move) -> bytes:
    """Header and body of a CopyRect: the client copies from the source's top-left corner."""
    return rect_header(move.target, COPY_RECT) + struct.pack(">HH", move.source.x, move.source.y)


class ZrleEncoder:
    """ZRLE for one connection: its zlib stream runs across every rectangle of the connection."""

    def __init__(self, pf: PixelFormat) -> None:
        self.pf = pf
        self._zlib = zlib.compressobj(1)
        self._cpixel = pf.cpixel_slice()

    def _cpixels(self, words: npt.NDArray[np.unsignedinteger]) -> bytes:
        if self._cpixel is None:
            return words.tobytes()
        return np.ascontiguousarray(words).view(np.uint8).reshape(-1, 4)[:, self._cpixel].tobytes()

    def _tile(self, tile: Pixels) -> bytes:
        words = convert(tile, self.pf)
        first = tile.flat[0]
        if (tile == first).all():
            return b"\x01" + self._cpixels(words.reshape(-1)[:1])
        palette, index = np.unique(tile, return_inverse=True)
        if len(palette) <= 16:
            h, w = tile.shape
            packed = _pack_indices(index.reshape(h, w).astype(np.uint8), len(palette))
            colours = convert(palette.astype(np.uint32), self.pf)
            return bytes((len(palette),)) + self._cpixels(colours) + packed
        return b"\x00" + self._cpixels(words)

    def encode(self, pixels: Pixels) -> bytes:
        """The ZRLE body of one rectangle (its header is the caller's): length, then zlib data."""
        h, w = pixels.shape
        parts = []
        for y in range(0, h, TILE):
            for x in range(0, w, TILE):
                parts.append(self._tile(pixels[y:y + TILE, x:x + TILE]))
        data = self._zlib.compress(b"".join(parts)) + self._zlib.flush(zlib.Z_SYNC_FLUSH)
        return struct.pack(">I", len(data)) + data


def _pack_indices(index: npt.NDArray[np.uint8], colours: int) -> bytes:
    """Palette indices, 1, 2 or 4 bits each, most significant first, every row padded to a byte."""
    if colours == 2:
        return np.packbits(index, axis=1).tobytes()
    bits = 2 if colours <= 4 else 4
    per_byte = 8 // bits
    h, w = index.shape
    padded = np.zeros((h, -(-w // per_byte) * per_byte), np.uint8)
    padded[:, :w] = index
    groups = padded.reshape(h, -1, per_byte)
    out = np.zeros(groups.shape[:2], np.uint8)
    for k in range(per_byte):
        out |= groups[:, :, k] << (8 - bits * (k + 1))
    return out.tobytes()
