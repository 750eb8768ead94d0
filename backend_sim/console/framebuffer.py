"""A guest's screen as pixels: the rfb Display of one VM console, with its listeners and input hook."""

from __future__ import annotations

import logging
from collections.abc import Callable

import numpy as np
from PIL import Image

from ..rfb.display import DisplayListener
from ..rfb.pixels import Pixels
from ..rfb.region import Move, Rect
from .keys import Keyboard, KeyPress

log = logging.getLogger("backend_sim.console")


def rgb(image: Image.Image) -> Pixels:
    """A Pillow image as 0x00RRGGBB words."""
    array = np.asarray(image.convert("RGB"), dtype=np.uint32)
    return ((array[..., 0] << 16) | (array[..., 1] << 8) | array[..., 2]).astype(np.uint32)


def to_image(pixels: Pixels) -> Image.Image:
    array = np.empty((*pixels.shape, 3), dtype=np.uint8)
    array[..., 0] = pixels >> 16
    array[..., 1] = pixels >> 8
    array[..., 2] = pixels
    return Image.fromarray(array, "RGB")


class Framebuffer:
    """Pixels, who watches them, and where keys and the pointer go (`on_key`, `on_pointer`)."""

    def __init__(self, width: int, height: int, name: str) -> None:
        self._pixels: Pixels = np.zeros((height, width), dtype=np.uint32)
        self._name = name
        self._listeners: list[DisplayListener] = []
        self.keyboard = Keyboard()
        self.on_key: Callable[[KeyPress], None] = lambda press: None
        self.on_pointer: Callable[[int, int, int], None] = lambda buttons, x, y: None
        self.ended = False

    # -- the rfb Display -------------------------------------------------------------------------------

    @property
    def name(self) -> str:
        return self._name

    @property
    def pixels(self) -> Pixels:
        return self._pixels

    @property
    def width(self) -> int:
        return int(self._pixels.shape[1])

    @property
    def height(self) -> int:
        return int(self._pixels.shape[0])

    def listen(self, listener: DisplayListener) -> None:
        if self.ended:
            listener.ended()
        self._listeners.append(listener)

    def unlisten(self, listener: DisplayListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    @property
    def viewers(self) -> int:
        return len(self._listeners)

    def key(self, down: bool, keysym: int, scancode: int | None) -> None:
        press = self.keyboard.feed(down, keysym, scancode)
        if press is not None:
            self._deliver(self.on_key, press)

    def pointer(self, buttons: int, x: int, y: int) -> None:
        self._deliver(self.on_pointer, buttons, x, y)

    def paste(self, text: str) -> None:
        """A guest has no clipboard agent: pasted text is not typed (the client types it as keys)."""

    def _deliver(self, handler: Callable[..., None], *args: object) -> None:
        try:
            handler(*args)
        except Exception:  # a guest program's bug must not end the viewer's connection
            log.exception("guest screen %s failed on input", self._name)

    # -- drawing ---------------------------------------------------------------------------------------

    def damage(self, rect: Rect) -> None:
        if not rect.empty:
            for listener in list(self._listeners):
                listener.damaged(rect)

    def move(self, move: Move) -> None:
        source, target = move.source, move.target
        self._pixels[target.y:target.bottom, target.x:target.right] = \
            self._pixels[source.y:source.bottom, source.x:source.right]
        for listener in list(self._listeners):
            listener.moved(move)

    def resize(self, width: int, height: int) -> None:
        if (width, height) == (self.width, self.height):
            return
        self._pixels = np.zeros((height, width), dtype=np.uint32)
        for listener in list(self._listeners):
            listener.resized()

    def fill(self, colour: int, rect: Rect | None = None) -> None:
        area = rect or Rect(0, 0, self.width, self.height)
        self._pixels[area.y:area.bottom, area.x:area.right] = colour
        self.damage(area)

    def paste_image(self, image: Image.Image, x: int = 0, y: int = 0) -> None:
        """Draw a picture; only the box around the pixels that really changed is damage."""
        block = rgb(image)
        area = Rect(x, y, block.shape[1], block.shape[0]).intersect(Rect(0, 0, self.width, self.height))
        if area.empty:
            return
        target = self._pixels[area.y:area.bottom, area.x:area.right]
        block = block[: area.h, : area.w]
        changed = target != block
        rows, cols = np.flatnonzero(changed.any(axis=1)), np.flatnonzero(changed.any(axis=0))
        if not len(rows):
            return
        target[:] = block
        self.damage(Rect(area.x + int(cols[0]), area.y + int(rows[0]), int(cols[-1] - cols[0]) + 1,
                         int(rows[-1] - rows[0]) + 1))

    def snapshot(self) -> Image.Image:
        return to_image(self._pixels)

    def end(self) -> None:
        self.ended = True
        for listener in list(self._listeners):
            listener.ended()
        self._listeners.clear()
