"""A minimal RFB client that keeps a copy of the screen: for tests and bench/console_rfb.py, not the console.

It speaks to this package's server in its default pixel format and decodes what the server sends
(Raw, CopyRect, ZRLE as this server writes it, DesktopSize, the QEMU extended key acknowledgement).
"""

from __future__ import annotations

import asyncio
import struct
import zlib
from dataclasses import dataclass, field

import numpy as np

from .encodings import COPY_RECT, DESKTOP_SIZE, QEMU_EXTENDED_KEY_EVENT, RAW, TILE, ZRLE
from .pixels import Pixels
from .region import Rect


@dataclass
class Update:
    rects: list[tuple[Rect, int]] = field(default_factory=list)

    @property
    def area(self) -> int:
        return sum(rect.w * rect.h for rect, encoding in self.rects if encoding >= 0)

    def encodings(self) -> set[int]:
        return {encoding for _, encoding in self.rects}


class RfbClient:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self.pixels: Pixels = np.zeros((0, 0), dtype=np.uint32)
        self.name = ""
        self.extended_keys = False
        self._zlib = zlib.decompressobj()

    async def handshake(self, version: bytes = b"RFB 003.008\n") -> None:
        await self.reader.readexactly(12)
        self.writer.write(version)
        if version == b"RFB 003.003\n":
            (kind,) = struct.unpack(">I", await self.reader.readexactly(4))
            assert kind == 1, kind
        else:
            count = (await self.reader.readexactly(1))[0]
            assert 1 in await self.reader.readexactly(count)
            self.writer.write(b"\x01")
            if version == b"RFB 003.008\n":
                assert await self.reader.readexactly(4) == b"\0\0\0\0"
        self.writer.write(b"\x01")  # shared
        width, height = struct.unpack(">HH", await self.reader.readexactly(4))
        await self.reader.readexactly(16)
        (length,) = struct.unpack(">I", await self.reader.readexactly(4))
        self.name = (await self.reader.readexactly(length)).decode()
        self.pixels = np.zeros((height, width), dtype=np.uint32)

    async def set_encodings(self, encodings: list[int]) -> None:
        self.writer.write(struct.pack(f">BxH{len(encodings)}i", 2, len(encodings), *encodings))
        await self.writer.drain()

    async def request(self, incremental: bool = True) -> None:
        height, width = self.pixels.shape
        self.writer.write(struct.pack(">BBHHHH", 3, int(incremental), 0, 0, width, height))
        await self.writer.drain()

    async def key(self, keysym: int, down: bool = True) -> None:
        self.writer.write(struct.pack(">BBxxI", 4, int(down), keysym))
        await self.writer.drain()

    async def tap(self, keysym: int) -> None:
        await self.key(keysym, True)
        await self.key(keysym, False)

    async def qemu_key(self, keysym: int, scancode: int, down: bool = True) -> None:
        self.writer.write(struct.pack(">BBHII", 255, 0, int(down), keysym, scancode))
        await self.writer.drain()

    async def read_update(self) -> Update:
        """The next framebuffer update, applied to `pixels` (other server messages are skipped)."""
        read = self.reader.readexactly
        while True:
            kind = (await read(1))[0]
            if kind == 0:
                break
            if kind == 2:
                continue
            if kind == 1:
                _, count = struct.unpack(">xHH", await read(5))
                await read(6 * count)
            elif kind == 3:
                (length,) = struct.unpack(">3xI", await read(7))
                await read(length)
            else:
                raise ValueError(f"server message {kind}")
        (count,) = struct.unpack(">xH", await read(3))
        update = Update()
        for _ in range(count):
            x, y, w, h, encoding = struct.unpack(">HHHHi", await read(12))
            rect = Rect(x, y, w, h)
            update.rects.append((rect, encoding))
            if encoding == RAW:
                data = await read(w * h * 4)
                self.pixels[y:y + h, x:x + w] = np.frombuffer(data, "<u4").reshape(h, w)
            elif encoding == COPY_RECT:
                sx, sy = struct.unpack(">HH", await read(4))
                self.pixels[y:y + h, x:x + w] = self.pixels[sy:sy + h, sx:sx + w].copy()
            elif encoding == ZRLE:
                (length,) = struct.unpack(">I", await read(4))
                self._zrle(rect, self._zlib.decompress(await read(length)))
            elif encoding == DESKTOP_SIZE:
                self.pixels = np.zeros((h, w), dtype=np.uint32)
            elif encoding == QEMU_EXTENDED_KEY_EVENT:
                self.extended_keys = True
            else:
                raise ValueError(f"encoding {encoding}")
        return update

    def _zrle(self, rect: Rect, data: bytes) -> None:
        at = 0

        def cpixels(count: int) -> Pixels:
            nonlocal at
            raw = np.frombuffer(data, np.uint8, count * 3, at).reshape(count, 3).astype(np.uint32)
            at += count * 3
            return (raw[:, 0] | raw[:, 1] << 8 | raw[:, 2] << 16).astype(np.uint32)

        for ty in range(rect.y, rect.bottom, TILE):
            for tx in range(rect.x, rect.right, TILE):
                th, tw = min(TILE, rect.bottom - ty), min(TILE, rect.right - tx)
                sub = data[at]
                at += 1
                if sub == 0:
                    self.pixels[ty:ty + th, tx:tx + tw] = cpixels(tw * th).reshape(th, tw)
                elif sub == 1:
                    self.pixels[ty:ty + th, tx:tx + tw] = cpixels(1)[0]
                elif 2 <= sub <= 16:
                    palette = cpixels(sub)
                    bits = 1 if sub == 2 else 2 if sub <= 4 else 4
                    row_bytes = (tw * bits + 7) // 8
                    packed = np.frombuffer(data, np.uint8, row_bytes * th, at).reshape(th, row_bytes)
                    at += row_bytes * th
                    unpacked = np.unpackbits(packed, axis=1).reshape(th, -1, bits)
                    weights = 1 << np.arange(bits - 1, -1, -1)
                    index = (unpacked * weights).sum(axis=2)[:, :tw]
                    self.pixels[ty:ty + th, tx:tx + tw] = palette[index]
                else:
                    raise ValueError(f"ZRLE subencoding {sub}")

    async def close(self) -> None:
        self.writer.close()
        try:
            await self.writer.wait_closed()
        except ConnectionError:
            pass
