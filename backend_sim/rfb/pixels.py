"""Pixel formats: the server's framebuffers hold 0x00RRGGBB words; each client gets its own format."""

from __future__ import annotations

import struct
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Pixels = npt.NDArray[np.uint32]  # (height, width) of 0x00RRGGBB

PIXEL_FORMAT = struct.Struct(">BBBBHHHBBB3x")


class BadPixelFormat(ValueError):
    pass


@dataclass(frozen=True)
class PixelFormat:
    bits_per_pixel: int = 32
    depth: int = 24
    big_endian: bool = False
    true_colour: bool = True
    red_max: int = 255
    green_max: int = 255
    blue_max: int = 255
    red_shift: int = 16
    green_shift: int = 8
    blue_shift: int = 0

    def pack(self) -> bytes:
        return PIXEL_FORMAT.pack(self.bits_per_pixel, self.depth, int(self.big_endian), int(self.true_colour),
                                 self.red_max, self.green_max, self.blue_max,
                                 self.red_shift, self.green_shift, self.blue_shift)

    @classmethod
    def unpack(cls, data: bytes) -> PixelFormat:
        bpp, depth, big, true, rmax, gmax, bmax, rs, gs, bs = PIXEL_FORMAT.unpack(data)
        pf = cls(bpp, depth, bool(big), bool(true), rmax, gmax, bmax, rs, gs, bs)
        pf.check()
        return pf

    def check(self) -> None:
        if self.bits_per_pixel not in (8, 16, 32):
            raise BadPixelFormat(f"{self.bits_per_pixel} bits per pixel")
        if self.true_colour:
            for top, shift in ((self.red_max, self.red_shift), (self.green_max, self.green_shift),
                               (self.blue_max, self.blue_shift)):
                if top == 0 or top.bit_length() + shift > self.bits_per_pixel:
                    raise BadPixelFormat("a colour does not fit in the pixel")

    @property
    def bytes_per_pixel(self) -> int:
        return self.bits_per_pixel // 8

    @property
    def dtype(self) -> np.dtype[np.unsignedinteger]:
        order = ">" if self.big_endian else "<"
        return np.dtype(f"{order}u{self.bytes_per_pixel}")

    def cpixel_slice(self) -> slice | None:
        """Which 3 bytes of a 32-bit pixel ZRLE's compact pixel keeps, or None for the whole pixel."""
        if not self.true_colour or self.bits_per_pixel != 32 or self.depth > 24:
            return None
        top = max(self.red_max.bit_length() + self.red_shift, self.green_max.bit_length() + self.green_shift,
                  self.blue_max.bit_length() + self.blue_shift)
        low = min(self.red_shift, self.green_shift, self.blue_shift)
        if top <= 24:  # in the least significant three bytes
            return slice(1, 4) if self.big_endian else slice(0, 3)
        if low >= 8:  # in the most significant three bytes
            return slice(0, 3) if self.big_endian else slice(1, 4)
        return None


SERVER_FORMAT = PixelFormat()

# A client asking for a colour map gets a fixed one: 3 bits red, 3 green, 2 blue.
COLOUR_MAP_SIZE = 256


def colour_map() -> list[tuple[int, int, int]]:
    """The 16-bit RGB entries of the fixed BGR233 colour map, index = r | g << 3 | b << 6."""
    return [((i & 7) * 65535 // 7, (i >> 3 & 7) * 65535 // 7, (i >> 6 & 3) * 65535 // 3) for i in range(256)]


def convert(pixels: Pixels, pf: PixelFormat) -> npt.NDArray[np.unsignedinteger]:
    """The pixels as the client's words, same shape, in its byte order."""
    if pf == SERVER_FORMAT:
        return pixels.astype("<u4", copy=False)
    r = (pixels >> 16) & 0xFF
    g = (pixels >> 8) & 0xFF
    b = pixels & 0xFF
    if pf.true_colour:
        value = (((r * pf.red_max + 127) // 255) << pf.red_shift
                 | ((g * pf.green_max + 127) // 255) << pf.green_shift
                 | ((b * pf.blue_max + 127) // 255) << pf.blue_shift)
    else:
        value = (r * 7 + 127) // 255 | ((g * 7 + 127) // 255) << 3 | ((b * 3 + 127) // 255) << 6
    return value.astype(pf.dtype)


def to_bytes(pixels: Pixels, pf: PixelFormat) -> bytes:
    return convert(pixels, pf).tobytes()
