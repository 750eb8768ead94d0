"""What an RFB session shows and drives: a `Display`, and the `DisplayListener` it tells of changes."""

from __future__ import annotations

from typing import Protocol

from .pixels import Pixels
from .region import Move, Rect


class DisplayListener(Protocol):
    def damaged(self, rect: Rect) -> None:
        """These pixels changed."""

    def moved(self, move: Move) -> None:
        """A block of pixels moved (a scroll); the uncovered area is reported as damage."""

    def resized(self) -> None:
        """The display has a new size; everything is new."""

    def ended(self) -> None:
        """The display is gone (the domain was destroyed): the session closes."""


class Display(Protocol):
    @property
    def name(self) -> str:
        """The desktop name sent in ServerInit."""

    @property
    def pixels(self) -> Pixels:
        """The current frame, (height, width) of 0x00RRGGBB; sessions copy what they send."""

    def listen(self, listener: DisplayListener) -> None: ...

    def unlisten(self, listener: DisplayListener) -> None: ...

    def key(self, down: bool, keysym: int, scancode: int | None) -> None:
        """A key went down or up: an X keysym, and the XT scan code when the client sent one."""

    def pointer(self, buttons: int, x: int, y: int) -> None: ...

    def paste(self, text: str) -> None:
        """Client cut text (the client's clipboard)."""
