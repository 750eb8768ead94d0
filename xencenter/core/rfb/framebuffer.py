"""The client's copy of the remote screen: 32-bit pixels in the layout QImage calls Format_RGB32.

We ask the server (SetPixelFormat) for 32 bits per pixel, depth 24, little-endian, red at bit 16, green at 8 and
blue at 0, so a pixel on the wire is the very uint32 stored here: Raw rectangles are copied, never converted.
The array is C-contiguous (height, width); the widget wraps its buffer in a QImage without copying.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Pixels = npt.NDArray[np.uint32]

MAX_SIDE = 8192  # larger screens are a broken or hostile server, not a guest


@dataclass(frozen=True)
class Rect:
    """A damaged (or decoded) rectangle in framebuffer coordinates."""

    x: int
    y: int
    width: int
    height: int

    @property
    def area(self) -> int:
        return self.width * self.height


class Framebuffer:
    def __init__(self, width: int, height: int) -> None:
        self.pixels: Pixels = np.zeros((0, 0), dtype=np.uint32)
        self.resize(width, height)

    @property
    def width(self) -> int:
        return int(self.pixels.shape[1])

    @property
    def height(self) -> int:
        return int(self.pixels.shape[0])

    def resize(self, width: int, height: int) -> None:
        """A new, black screen of this size (DesktopSize); the old array is left to whoever still holds it."""
        if not (0 <= width <= MAX_SIDE and 0 <= height <= MAX_SIDE):
            raise ValueError(f"a {width}x{height} screen is out of range")
        self.pixels = np.zeros((height, width), dtype=np.uint32)

    def region(self, rect: Rect) -> Pixels:
        """A writable view of `rect`; raises ValueError when it is not inside the screen."""
        self.check(rect)
        return self.pixels[rect.y:rect.y + rect.height, rect.x:rect.x + rect.width]

    def check(self, rect: Rect) -> None:
        if rect.x < 0 or rect.y < 0 or rect.x + rect.width > self.width or rect.y + rect.height > self.height:
            raise ValueError(f"rectangle {rect} is outside the {self.width}x{self.height} screen")

    def put(self, rect: Rect, data: bytes | memoryview) -> None:
        """Raw pixels, row after row."""
        self.region(rect)[...] = np.frombuffer(data, dtype="<u4", count=rect.area).reshape(rect.height, rect.width)

    def fill(self, rect: Rect, pixel: int) -> None:
        self.region(rect)[...] = pixel

    def copy(self, source_x: int, source_y: int, rect: Rect) -> None:
        """CopyRect: the rectangle at (source_x, source_y) moves to `rect` (overlaps are fine: numpy copies)."""
        source = self.region(Rect(source_x, source_y, rect.width, rect.height)).copy()
        self.region(rect)[...] = source

    def snapshot(self) -> Pixels:
        return self.pixels.copy()
