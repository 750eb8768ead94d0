"""A small RFB server for the client tests (imported by name), written from RFC 6143, independent of the client.

`RfbTestServer` listens on loopback. In tunnel mode it first reads a `CONNECT` header block and answers 200 (or
the refusal it was told to give), then speaks RFB: version 3.3, 3.7 or 3.8, security None, ServerInit, and
answers each FramebufferUpdateRequest with the next scripted update (`push`), or the whole screen when none is
queued and the request is not incremental. It records what the client sent: versions, pixel format, encodings,
requests, keys, pointer events and cut text.
"""

from __future__ import annotations

import asyncio
import contextlib
import struct
import zlib
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np

RAW, COPY_RECT, RRE, CORRE, ZRLE, DESKTOP_SIZE, QEMU_KEY = 0, 1, 2, 4, 16, -223, -258


def rect_header(x: int, y: int, w: int, h: int, encoding: int) -> bytes:
    return struct.pack(">HHHHi", x, y, w, h, encoding)


def raw_rect(x: int, y: int, pixels: np.ndarray) -> bytes:
    h, w = pixels.shape
    return rect_header(x, y, w, h, RAW) + pixels.astype("<u4").tobytes()


def copy_rect(sx: int, sy: int, x: int, y: int, w: int, h: int) -> bytes:
    return rect_header(x, y, w, h, COPY_RECT) + struct.pack(">HH", sx, sy)


def rre_rect(x: int, y: int, w: int, h: int, background: int, subs: list[tuple[int, int, int, int, int]],
             compact: bool = False) -> bytes:
    body = struct.pack(">I", len(subs)) + struct.pack("<I", background)
    for pixel, sx, sy, sw, sh in subs:
        body += struct.pack("<I", pixel) + (struct.pack(">BBBB", sx, sy, sw, sh) if compact
                                            else struct.pack(">HHHH", sx, sy, sw, sh))
    return rect_header(x, y, w, h, CORRE if compact else RRE) + body


def desktop_size(w: int, h: int) -> bytes:
    return rect_header(0, 0, w, h, DESKTOP_SIZE)


def hextile_rect(x: int, y: int, pixels: np.ndarray) -> bytes:
    """Hextile: one-colour tiles as a background (sent only when it changes), two-colour tiles as background,
    foreground and one-row subrectangles, up to 8 colours as coloured subrectangles, the rest raw."""
    h, w = pixels.shape
    out = bytearray(rect_header(x, y, w, h, 5))
    background: int | None = None
    for ty in range(0, h, 16):
        for tx in range(0, w, 16):
            tile = pixels[ty:ty + 16, tx:tx + 16]
            colours = [int(c) for c in np.unique(tile)]
            if len(colours) > 8:
                out += b"\x01" + tile.astype("<u4").tobytes()
                background = None  # raw tiles leave the background undefined
                continue
            counts = {c: int((tile == c).sum()) for c in colours}
            back = max(colours, key=lambda c: counts[c])
            runs = []
            for row in range(tile.shape[0]):
                col = 0
                while col < tile.shape[1]:
                    value = int(tile[row, col])
                    end = col
                    while end < tile.shape[1] and int(tile[row, end]) == value:
                        end += 1
                    if value != back:
                        runs.append((value, col, row, end - col))
                    col = end
            kind = 0 if back == background else 2
            body = struct.pack("<I", back) if kind else b""
            if runs:
                kind |= 8
                coloured = len(colours) > 2
                if coloured:
                    kind |= 16
                else:
                    kind |= 4
                    body += struct.pack("<I", runs[0][0])
                body += bytes([len(runs)])
                for value, col, row, length in runs:
                    body += (struct.pack("<I", value) if coloured else b"") + bytes([col << 4 | row,
                                                                                     (length - 1) << 4])
            out += bytes([kind]) + body
            background = back
    return bytes(out)


def cpixel(value: int) -> bytes:
    return struct.pack("<I", value)[:3]


class ZrleEncoder:
    """Encodes tiles choosing solid, packed palette, palette RLE, plain RLE or raw, to exercise every kind."""

    def __init__(self, full_flush: bool = False) -> None:
        self._deflate = zlib.compressobj()
        self._flush = zlib.Z_FULL_FLUSH if full_flush else zlib.Z_SYNC_FLUSH  # full: rectangles can be replayed

    def rect(self, x: int, y: int, pixels: np.ndarray, force: str = "") -> bytes:
        h, w = pixels.shape
        out = bytearray()
        for ty in range(0, h, 64):
            for tx in range(0, w, 64):
                out += self._tile(pixels[ty:ty + 64, tx:tx + 64], force)
        data = self._deflate.compress(bytes(out)) + self._deflate.flush(self._flush)
        return rect_header(x, y, w, h, ZRLE) + struct.pack(">I", len(data)) + data

    @staticmethod
    def _runs(flat: list[int]) -> list[tuple[int, int]]:
        runs: list[tuple[int, int]] = []
        for value in flat:
            if runs and runs[-1][0] == value:
                runs[-1] = (value, runs[-1][1] + 1)
            else:
                runs.append((value, 1))
        return runs

    @staticmethod
    def _length(run: int) -> bytes:
        run -= 1
        return b"\xff" * (run // 255) + bytes([run % 255])

    def _tile(self, tile: np.ndarray, force: str) -> bytes:
        h, w = tile.shape
        flat = [int(v) for v in tile.ravel()]
        colours = sorted(set(flat))
        kind = force or ("solid" if len(colours) == 1 else "packed" if len(colours) <= 16 and h * w % 3 else
                         "prle" if len(colours) <= 127 else "raw")
        if kind == "solid" and len(colours) == 1:
            return b"\x01" + cpixel(colours[0])
        if kind == "packed" and 2 <= len(colours) <= 16:
            index = {c: i for i, c in enumerate(colours)}
            bits = 1 if len(colours) == 2 else 2 if len(colours) <= 4 else 4
            out = bytes([len(colours)]) + b"".join(cpixel(c) for c in colours)
            for row in tile:
                value, used, packed = 0, 0, bytearray()
                for pixel in row:
                    value = (value << bits) | index[int(pixel)]
                    used += bits
                    if used == 8:
                        packed.append(value)
                        value, used = 0, 0
                if used:
                    packed.append(value << (8 - used))
                out += bytes(packed)
            return out
        if kind == "prle" and 2 <= len(colours) <= 127:
            index = {c: i for i, c in enumerate(colours)}
            out = bytes([128 + len(colours)]) + b"".join(cpixel(c) for c in colours)
            for value, run in self._runs(flat):
                out += bytes([index[value]]) if run == 1 else bytes([index[value] | 0x80]) + self._length(run)
            return out
        if kind == "rle":
            return b"\x80" + b"".join(cpixel(v) + self._length(run) for v, run in self._runs(flat))
        return b"\x00" + b"".join(cpixel(v) for v in flat)


@dataclass
class Seen:
    """What the client sent."""

    connect: list[bytes] = field(default_factory=list)  # CONNECT header blocks
    version: bytes = b""
    pixel_format: bytes = b""
    encodings: list[int] = field(default_factory=list)
    requests: list[tuple[bool, int, int, int, int]] = field(default_factory=list)
    keys: list[tuple[int, bool]] = field(default_factory=list)
    scan_keys: list[tuple[int, int, bool]] = field(default_factory=list)
    pointer: list[tuple[int, int, int]] = field(default_factory=list)
    cut_text: list[bytes] = field(default_factory=list)


class RfbTestServer:
    def __init__(self, *, version: str = "3.8", width: int = 64, height: int = 48, tunnel: bool = True,
                 refuse: tuple[int, str] | None = None, session: str = "OpaqueRef:test-session",
                 extended_keys: bool = True) -> None:
        self.version = version
        self.width, self.height = width, height
        self.tunnel = tunnel
        self.refuse = refuse
        self.session = session
        self.extended_keys = extended_keys
        self.screen = np.zeros((height, width), dtype=np.uint32)
        self.seen = Seen()
        self.updates: deque[bytes] = deque()
        self._more = asyncio.Event()
        self._full = False  # a non-incremental request: the whole screen goes first
        self.frames: Iterator[bytes] | None = None  # when set: every request gets the next of these updates
        self.connections = 0
        self._server: asyncio.Server | None = None
        self._writers: list[asyncio.StreamWriter] = []
        self._senders: set[asyncio.Task[None]] = set()

    async def start(self) -> RfbTestServer:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return self

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.sockets[0].getsockname()[1])

    @property
    def location(self) -> str:
        return f"http://127.0.0.1:{self.port}/console?uuid=test-console"

    def push(self, *rects: bytes) -> None:
        """Queue one FramebufferUpdate made of these rectangles."""
        self.updates.append(struct.pack(">BxH", 0, len(rects)) + b"".join(rects))
        self._more.set()

    def send_cut_text(self, text: str) -> None:
        """ServerCutText to every client (Latin-1, as RFB has it)."""
        data = text.encode("latin-1")
        for writer in self._writers:
            writer.write(struct.pack(">B3xI", 3, len(data)) + data)

    async def drop_clients(self) -> None:
        for writer in self._writers:
            writer.close()
        self._writers = []

    async def stop(self) -> None:
        for task in self._senders:
            task.cancel()
        await self.drop_clients()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.append(writer)
        self.connections += 1
        try:
            if self.tunnel and not await self._connect(reader, writer):
                return
            await self._rfb(reader, writer)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError, asyncio.CancelledError):  # the server is stopping
                await writer.wait_closed()

    async def _connect(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        header = await reader.readuntil(b"\r\n\r\n")
        self.seen.connect.append(header)
        lines = header.decode("latin-1").split("\r\n")
        cookie = f"Cookie: session_id={self.session}" if self.session else "Cookie: session_id=OpaqueRef:"
        good = lines[0].startswith("CONNECT /console?") and any(line.startswith(cookie) for line in lines)
        status = self.refuse or ((200, "OK") if good else (403, "Forbidden"))
        writer.write(b"HTTP/1.1 %d %s\r\n\r\n" % (status[0], status[1].encode()))
        await writer.drain()
        return status[0] == 200

    async def _rfb(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"RFB 003.%03d\n" % int(self.version.split(".")[1]))
        self.seen.version = await reader.readexactly(12)
        if self.version == "3.3":
            writer.write(struct.pack(">I", 1))
        else:
            writer.write(b"\x01\x01")
            assert await reader.readexactly(1) == b"\x01"
            if self.version == "3.8":
                writer.write(struct.pack(">I", 0))
        await reader.readexactly(1)  # ClientInit
        name = b"test screen"
        writer.write(struct.pack(">HH", self.width, self.height) + bytes(16) + struct.pack(">I", len(name)) + name)
        await writer.drain()
        while True:
            kind = (await reader.readexactly(1))[0]
            if kind == 0:
                self.seen.pixel_format = (await reader.readexactly(19))[3:]
            elif kind == 2:
                (count,) = struct.unpack(">xH", await reader.readexactly(3))
                self.seen.encodings = list(struct.unpack(f">{count}i", await reader.readexactly(4 * count)))
                if self.extended_keys and QEMU_KEY in self.seen.encodings:
                    self.push(rect_header(0, 0, 0, 0, QEMU_KEY))
            elif kind == 3:
                incremental, x, y, w, h = struct.unpack(">BHHHH", await reader.readexactly(9))
                self.seen.requests.append((bool(incremental), x, y, w, h))
                await self._answer(writer, bool(incremental))
            elif kind == 4:
                down, keysym = struct.unpack(">BxxI", await reader.readexactly(7))
                self.seen.keys.append((keysym, bool(down)))
            elif kind == 5:
                buttons, x, y = struct.unpack(">BHH", await reader.readexactly(5))
                self.seen.pointer.append((x, y, buttons))
            elif kind == 6:
                (length,) = struct.unpack(">3xI", await reader.readexactly(7))
                self.seen.cut_text.append(await reader.readexactly(length))
            elif kind == 255:
                _, down, keysym, code = struct.unpack(">BHII", await reader.readexactly(11))
                self.seen.scan_keys.append((keysym, code, bool(down)))
            else:
                raise ConnectionError(f"unexpected client message {kind}")

    async def _answer(self, writer: asyncio.StreamWriter, incremental: bool) -> None:
        self._full = self._full or not incremental
        self._more.set()
        task = asyncio.get_running_loop().create_task(self._send_next(writer))
        self._senders.add(task)
        task.add_done_callback(self._senders.discard)

    async def _send_next(self, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError, RuntimeError):
            if self.frames is not None and not self._full:  # the benchmark's endless stream
                writer.write(next(self.frames))
                await writer.drain()
                return
            while not self._full and not self.updates:
                self._more.clear()
                await self._more.wait()
            if self._full:
                self._full = False
                update = struct.pack(">BxH", 0, 1) + raw_rect(0, 0, self.screen)
            else:
                update = self.updates.popleft()
            writer.write(update)
            await writer.drain()
