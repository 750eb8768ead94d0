"""RFB wire constants and the client-to-server messages (RFC 6143 section 7.5, plus QEMU's extended key event)."""

from __future__ import annotations

import struct

# Encodings (signed 32-bit on the wire).
RAW = 0
COPY_RECT = 1
RRE = 2
CORRE = 4
HEXTILE = 5
ZRLE = 16
CURSOR = -239
DESKTOP_SIZE = -223
LAST_RECT = -224
QEMU_EXTENDED_KEY = -258

# What we ask for, best first: the compressed encoding, then the cheap ones, then the pseudo-encodings.
ENCODINGS = (ZRLE, HEXTILE, COPY_RECT, CORRE, RRE, RAW, DESKTOP_SIZE, LAST_RECT, QEMU_EXTENDED_KEY)

# Server-to-client message types.
FRAMEBUFFER_UPDATE = 0
SET_COLOUR_MAP = 1
BELL = 2
SERVER_CUT_TEXT = 3
QEMU_SERVER_MESSAGE = 255

# Security types.
SECURITY_INVALID = 0
SECURITY_NONE = 1
SECURITY_VNC = 2

MAX_CUT_TEXT = 1 << 20  # a larger clipboard from the server is a broken stream

# Our pixel format: 32 bpp, depth 24, little-endian, true colour, 8 bits per channel, red 16 green 8 blue 0.
PIXEL_FORMAT = struct.pack(">BBBBHHHBBB3x", 32, 24, 0, 1, 255, 255, 255, 16, 8, 0)


def set_pixel_format() -> bytes:
    return struct.pack(">B3x", 0) + PIXEL_FORMAT


def set_encodings(encodings: tuple[int, ...] = ENCODINGS) -> bytes:
    return struct.pack(f">BxH{len(encodings)}i", 2, len(encodings), *encodings)


def update_request(incremental: bool, x: int, y: int, width: int, height: int) -> bytes:
    return struct.pack(">BBHHHH", 3, int(incremental), x, y, width, height)


def key_event(keysym: int, down: bool) -> bytes:
    return struct.pack(">BBxxI", 4, int(down), keysym & 0xFFFFFFFF)


def qemu_key_event(keysym: int, scan_code: int, down: bool) -> bytes:
    """QEMU extended key event: the keysym and the XT scan code (an 0xE0-prefixed key has bit 7 set)."""
    return struct.pack(">BBHII", 255, 0, int(down), keysym & 0xFFFFFFFF, scan_code)


def pointer_event(x: int, y: int, buttons: int) -> bytes:
    return struct.pack(">BBHH", 5, buttons & 0xFF, max(0, min(x, 0xFFFF)), max(0, min(y, 0xFFFF)))


def client_cut_text(text: str) -> bytes:
    """RFB cut text is Latin-1; characters outside it become '?'."""
    data = text.encode("latin-1", errors="replace")
    return struct.pack(">B3xI", 6, len(data)) + data
