"""RfbClient: one RFB session over already-open streams (the CONNECT tunnel, or a plain VNC port).

`start()` negotiates and asks for the whole screen; `run()` reads server messages until the stream ends,
decoding updates into `framebuffer` (in a worker thread when an update is large) and reporting damage to the
listener; after each update it asks for the next, incremental one. Input goes out with `key`, `pointer`
and `cut_text`; keys carry the XT scan code as a QEMU extended key event once the server has said it takes them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import struct
from typing import Protocol

from . import messages as m
from .errors import ConsoleUnreachable, StreamBroken
from .framebuffer import Framebuffer, Rect
from .handshake import ServerInit, handshake
from .updates import Painter, Piece, read_update

log = logging.getLogger("xencenter.console")

# Updates bigger than this (bytes received plus pixels to produce) are decoded in a worker thread: a 256x256
# area or 64 KiB of data already costs a few milliseconds, which the GUI thread should not wait for.
THREAD_THRESHOLD = 64 * 1024


class Listener(Protocol):
    def on_resize(self, width: int, height: int) -> None: ...

    def on_damage(self, rects: list[Rect]) -> None: ...

    def on_cut_text(self, text: str) -> None: ...


class RfbClient:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, listener: Listener) -> None:
        self._reader = reader
        self._writer = writer
        self._listener = listener
        self.framebuffer = Framebuffer(0, 0)
        self._painter = Painter(self.framebuffer)
        self.init: ServerInit | None = None
        self.extended_keys = False  # the server acknowledged QEMU extended key events
        self.updates = 0  # FramebufferUpdates decoded (the benchmark counts them)
        self._closed = False

    async def start(self) -> ServerInit:
        try:
            self.init = await handshake(self._reader, self._writer)
        except (asyncio.IncompleteReadError, OSError) as exc:
            raise ConsoleUnreachable(f"the console closed during the RFB handshake: {exc}") from exc
        self.framebuffer.resize(self.init.width, self.init.height)
        self._listener.on_resize(self.init.width, self.init.height)
        self._send(m.set_pixel_format() + m.set_encodings() + self._request(incremental=False))
        return self.init

    def _request(self, incremental: bool) -> bytes:
        return m.update_request(incremental, 0, 0, self.framebuffer.width, self.framebuffer.height)

    async def run(self) -> None:
        """Read until the server closes; raises ConsoleUnreachable (closed) or StreamBroken (bad data)."""
        try:
            while True:
                (kind,) = await self._reader.readexactly(1)
                if kind == m.FRAMEBUFFER_UPDATE:
                    await self._update(await read_update(self._reader))
                elif kind == m.SET_COLOUR_MAP:
                    _, _, count = struct.unpack(">BHH", await self._reader.readexactly(5))
                    await self._reader.readexactly(6 * count)  # true colour: nothing to map
                elif kind == m.BELL:
                    continue
                elif kind == m.SERVER_CUT_TEXT:
                    await self._cut_text()
                else:
                    raise StreamBroken(f"unknown server message type {kind}")
        except (asyncio.IncompleteReadError, ConnectionError, OSError) as exc:
            if self._closed:
                return
            raise ConsoleUnreachable(f"the console closed: {exc or type(exc).__name__}") from exc
        except ValueError as exc:  # ProtocolViolation, ZrleError, a rectangle outside the screen
            raise StreamBroken(str(exc)) from exc

    async def _update(self, pieces: list[Piece]) -> None:
        if any(piece.encoding == m.QEMU_EXTENDED_KEY for piece in pieces):
            self.extended_keys = True
            pieces = [piece for piece in pieces if piece.encoding != m.QEMU_EXTENDED_KEY]
        size = (self.framebuffer.width, self.framebuffer.height)
        resizes = any(piece.encoding == m.DESKTOP_SIZE for piece in pieces)
        if not resizes:  # ask for the next update now: the server prepares it while we decode this one
            self._send(self._request(incremental=True))
        if sum(len(piece.data) + piece.rect.area for piece in pieces) > THREAD_THRESHOLD:
            damage = await asyncio.to_thread(self._painter.apply, pieces)
        else:
            damage = self._painter.apply(pieces)
        self.updates += 1
        if (self.framebuffer.width, self.framebuffer.height) != size:
            self._listener.on_resize(self.framebuffer.width, self.framebuffer.height)
        if damage:
            self._listener.on_damage(damage)
        if resizes:
            self._send(self._request(incremental=True))

    async def _cut_text(self) -> None:
        (length,) = struct.unpack(">3xI", await self._reader.readexactly(7))
        if length > m.MAX_CUT_TEXT:
            raise StreamBroken(f"a {length}-byte clipboard from the server")
        text = (await self._reader.readexactly(length)).decode("latin-1")
        self._listener.on_cut_text(text)

    # -- input ---------------------------------------------------------------------------------------------

    def key(self, keysym: int, down: bool, scan_code: int = 0) -> None:
        """A key press or release: by scan code (layout-independent) when the server takes them, else keysym."""
        if self.extended_keys and scan_code:
            self._send(m.qemu_key_event(keysym, scan_code, down))
        elif keysym:
            self._send(m.key_event(keysym, down))

    def pointer(self, x: int, y: int, buttons: int) -> None:
        self._send(m.pointer_event(x, y, buttons))

    def cut_text(self, text: str) -> None:
        self._send(m.client_cut_text(text))

    def refresh(self) -> None:
        """Ask for the whole screen again (after a widget was hidden, say)."""
        self._send(self._request(incremental=False))

    def _send(self, data: bytes) -> None:
        if self._closed or self._writer.is_closing():
            return
        self._writer.write(data)

    async def close(self) -> None:
        self._closed = True
        self._writer.close()
        with contextlib.suppress(OSError, ConnectionError):
            await self._writer.wait_closed()
