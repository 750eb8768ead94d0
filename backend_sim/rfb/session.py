"""One RFB client of a Display: reads its messages, sends only what changed when it asks."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import struct

from .channel import Channel, ChannelClosed
from .display import Display
from .encodings import (
    COPY_RECT,
    DESKTOP_SIZE,
    QEMU_EXTENDED_KEY_EVENT,
    RAW,
    ZRLE,
    ZrleEncoder,
    copy_rect,
    raw,
    rect_header,
)
from .handshake import HandshakeRefused, handshake
from .pixels import COLOUR_MAP_SIZE, SERVER_FORMAT, BadPixelFormat, PixelFormat, Pixels, colour_map
from .region import Damage, Move, Rect

log = logging.getLogger("backend_sim.rfb")

HANDSHAKE_TIMEOUT = 30.0
MAX_CUT_TEXT = 1 << 20
# Updates bigger than this many pixels are encoded on a worker thread, so the loop stays free.
OFF_LOOP_PIXELS = 64 * 1024


class ProtocolError(Exception):
    pass


class RfbSession:
    """Serves `display` over `channel` until either side ends; errors end only this connection."""

    def __init__(self, display: Display, channel: Channel) -> None:
        self.display = display
        self.channel = channel
        self.minor = 0
        self.pf = SERVER_FORMAT
        self.encodings: list[int] = [RAW]
        self._zrle: ZrleEncoder | None = None
        self._damage = Damage()
        self._request: Rect | None = None
        self._size = (0, 0)  # the framebuffer size the client knows
        self._resized = False
        self._ack_extended_keys = False
        self._colour_map_due = False
        self._wake = asyncio.Event()
        self._ended = False

    # -- DisplayListener ----------------------------------------------------------------------------

    def damaged(self, rect: Rect) -> None:
        self._damage.add(rect)
        self._wake.set()

    def moved(self, move: Move) -> None:
        self._damage.add_move(move)
        self._wake.set()

    def resized(self) -> None:
        self._resized = True
        self._damage.clear()
        height, width = self.display.pixels.shape
        self._damage.add(Rect(0, 0, width, height))
        self._wake.set()

    def ended(self) -> None:
        self._ended = True
        self._wake.set()

    # -- running --------------------------------------------------------------------------------------

    async def run(self) -> None:
        try:
            height, width = self.display.pixels.shape
            async with asyncio.timeout(HANDSHAKE_TIMEOUT):
                self.minor = await handshake(self.channel, width, height, self.display.name)
            self._size = (width, height)
        except (ChannelClosed, HandshakeRefused, TimeoutError) as exc:
            log.debug("RFB handshake ended: %s", exc)
            await self.channel.close()
            return
        self.display.listen(self)
        if self.display.pixels.shape != (self._size[1], self._size[0]):
            self.resized()  # the display changed size during the handshake
        sender = asyncio.create_task(self._send_updates(), name="rfb-sender")
        try:
            reader = asyncio.create_task(self._read_messages(), name="rfb-reader")
            done, _ = await asyncio.wait({reader, sender}, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                if not task.cancelled() and task.exception() is not None:
                    _log_end(task.exception())
        finally:
            self.display.unlisten(self)
            for task in (sender, reader):
                task.cancel()
                with contextlib.suppress(BaseException):
                    await task
            await self.channel.close()

    async def _read_messages(self) -> None:
        read = self.channel.read
        while not self._ended:
            kind = (await read(1))[0]
            if kind == 0:
                body = await read(19)
                self._set_pixel_format(body[3:])
            elif kind == 2:
                (count,) = struct.unpack(">xH", await read(3))
                self._set_encodings(list(struct.unpack(f">{count}i", await read(4 * count))))
            elif kind == 3:
                incremental, x, y, w, h = struct.unpack(">BHHHH", await read(9))
                self._update_requested(bool(incremental), Rect(x, y, w, h))
            elif kind == 4:
                down, keysym = struct.unpack(">B2xI", await read(7))
                self.display.key(bool(down), keysym, None)
            elif kind == 5:
                buttons, x, y = struct.unpack(">BHH", await read(5))
                self.display.pointer(buttons, x, y)
            elif kind == 6:
                (length,) = struct.unpack(">3xI", await read(7))
                if length > MAX_CUT_TEXT:
                    raise ProtocolError(f"client cut text of {length} bytes")
                self.display.paste((await read(length)).decode("latin-1"))
            elif kind == 255:
                submessage = (await read(1))[0]
                if submessage != 0 or QEMU_EXTENDED_KEY_EVENT not in self.encodings:
                    raise ProtocolError(f"QEMU client message {submessage} was not offered")
                down, keysym, scancode = struct.unpack(">HII", await read(10))
                self.display.key(bool(down), keysym, scancode)
            else:
                raise ProtocolError(f"unknown client message type {kind}")

    def _set_pixel_format(self, data: bytes) -> None:
        try:
            self.pf = PixelFormat.unpack(data)
        except BadPixelFormat as exc:
            raise ProtocolError(str(exc)) from exc
        self._zrle = None  # a new format needs a fresh encoder (its compact pixels change)
        self._colour_map_due = not self.pf.true_colour

    def _set_encodings(self, encodings: list[int]) -> None:
        self.encodings = encodings  # pseudo-encodings we do not know are simply never used
        if QEMU_EXTENDED_KEY_EVENT in encodings:
            self._ack_extended_keys = True
            self._wake.set()

    def _update_requested(self, incremental: bool, rect: Rect) -> None:
        width, height = self._size
        area = rect.intersect(Rect(0, 0, width, height))
        if not incremental:
            self._damage.add(area)
        self._request = area if not area.empty else Rect(0, 0, width, height)
        self._wake.set()

    # -- sending --------------------------------------------------------------------------------------

    async def _send_updates(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await self._wake.wait()
            self._wake.clear()
            if self._ended:
                return
            if self._colour_map_due:
                self._colour_map_due = False
                self.channel.write(_colour_map_message())
            if self._request is None or not (self._damage or self._resized or self._ack_extended_keys):
                await self.channel.drain()
                continue
            header, parts = self._compose(self._request)
            if header is None:
                continue
            self._request = None
            if sum(block.size for _, block in parts) > OFF_LOOP_PIXELS:
                data = await loop.run_in_executor(None, self._encode, header, parts)
            else:
                data = self._encode(header, parts)
            self.channel.write(data)
            await self.channel.drain()

    def _compose(self, request: Rect) -> tuple[list[bytes] | None, list[tuple[Rect, Pixels]]]:
        """The update's pseudo and CopyRect rectangles (ready bytes) and the pixels still to encode."""
        ready: list[bytes] = []
        if self._ack_extended_keys:
            self._ack_extended_keys = False
            ready.append(rect_header(Rect(0, 0, 0, 0), QEMU_EXTENDED_KEY_EVENT))
        pixels = self.display.pixels
        height, width = pixels.shape
        if self._resized:
            self._resized = False
            if DESKTOP_SIZE in self.encodings:
                self._size = (width, height)
                ready.append(rect_header(Rect(0, 0, width, height), DESKTOP_SIZE))
                request = Rect(0, 0, width, height)
        shown = Rect(0, 0, *self._size).intersect(Rect(0, 0, width, height))  # on the client and the display
        visible = request.intersect(shown)
        damage = self._damage
        if damage.move is not None:
            move = damage.move
            damage.move = None
            if COPY_RECT in self.encodings and visible.contains(move.target) and visible.contains(move.source):
                ready.append(copy_rect(move))
            else:
                damage.add(move.target)
        rects, kept = [], []
        for damaged in damage.rects:
            rect = damaged.intersect(shown)
            part = rect.intersect(visible)
            if not part.empty:
                rects.append((part, pixels[part.y:part.bottom, part.x:part.right].copy()))
            if not rect.empty and not visible.contains(rect):
                kept.append(rect)  # outside this request: sent when the client asks for it
        damage.rects = kept
        if not ready and not rects:
            return None, []
        return ready, rects

    def _encode(self, ready: list[bytes], parts: list[tuple[Rect, Pixels]]) -> bytes:
        use_zrle = _prefers_zrle(self.encodings)
        if use_zrle and self._zrle is None:
            self._zrle = ZrleEncoder(self.pf)
        out = [struct.pack(">BxH", 0, len(ready) + len(parts)), *ready]
        for rect, pixels in parts:
            if use_zrle and self._zrle is not None:
                out.append(rect_header(rect, ZRLE))
                out.append(self._zrle.encode(pixels))
            else:
                out.append(rect_header(rect, RAW))
                out.append(raw(pixels, self.pf))
        return b"".join(out)


def _prefers_zrle(encodings: list[int]) -> bool:
    """The client's first choice between the two pixel encodings we have (Raw when it names neither)."""
    for encoding in encodings:
        if encoding in (RAW, ZRLE):
            return encoding == ZRLE
    return False


def _colour_map_message() -> bytes:
    entries = b"".join(struct.pack(">HHH", *rgb) for rgb in colour_map())
    return struct.pack(">BxHH", 1, 0, COLOUR_MAP_SIZE) + entries


def _log_end(exc: BaseException | None) -> None:
    if isinstance(exc, ChannelClosed):
        log.debug("RFB client left")
    elif isinstance(exc, ProtocolError):
        log.info("RFB connection closed: %s", exc)
    elif exc is not None:
        log.error("RFB session failed", exc_info=exc)
