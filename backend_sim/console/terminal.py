"""A text console drawn into a framebuffer: a grid of cells, a cursor, and the ANSI escapes guests use.

Writes change the grid; at the end of each `write` the changed cells are drawn in one pass and a
run of scrolled lines becomes one pixel move (a CopyRect for viewers), so long output stays cheap.
"""

from __future__ import annotations

import re

import numpy as np
import numpy.typing as npt

from ..rfb.region import Move, Rect
from .framebuffer import Framebuffer
from .glyphs import CELL_H, CELL_W, atlas

# The Linux console's 16 colours (0-7 normal, 8-15 bright).
PALETTE = np.array([0x000000, 0xAA0000, 0x00AA00, 0xAA5500, 0x0000AA, 0xAA00AA, 0x00AAAA, 0xAAAAAA,
                    0x555555, 0xFF5555, 0x55FF55, 0xFFFF55, 0x5555FF, 0xFF55FF, 0x55FFFF, 0xFFFFFF],
                   dtype=np.uint32)
DEFAULT_FG, DEFAULT_BG = 7, 0
CSI = re.compile(r"\x1b\[([?0-9;]*)([A-Za-z])")


class Terminal:
    """`cols` x `rows` cells at the framebuffer's top-left corner."""

    def __init__(self, screen: Framebuffer, cols: int | None = None, rows: int | None = None) -> None:
        self.screen = screen
        self.cols = cols or screen.width // CELL_W
        self.rows = rows or screen.height // CELL_H
        self._atlas = atlas()
        shape = (self.rows, self.cols)
        self.chars: npt.NDArray[np.int32] = np.zeros(shape, dtype=np.int32)
        self.fg: npt.NDArray[np.uint8] = np.full(shape, DEFAULT_FG, dtype=np.uint8)
        self.bg: npt.NDArray[np.uint8] = np.full(shape, DEFAULT_BG, dtype=np.uint8)
        self.row = self.col = 0
        self.cursor_visible = True
        self._pen = (DEFAULT_FG, DEFAULT_BG)
        self._bold = self._reverse = False
        self._dirty: dict[int, tuple[int, int]] = {}  # row -> [first, last) columns to draw
        self._scrolled = 0
        self._drawn_cursor: tuple[int, int] | None = None
        self.reset()

    # -- writing ---------------------------------------------------------------------------------------

    def reset(self) -> None:
        self.chars[:] = 0
        self.fg[:] = DEFAULT_FG
        self.bg[:] = DEFAULT_BG
        self.row = self.col = 0
        self._pen = (DEFAULT_FG, DEFAULT_BG)
        self._bold = self._reverse = False
        self._scrolled = 0
        self._dirty = {row: (0, self.cols) for row in range(self.rows)}
        self.flush()

    def write(self, text: str) -> None:
        position = 0
        for match in CSI.finditer(text):
            self._plain(text[position:match.start()])
            self._escape(match.group(1), match.group(2))
            position = match.end()
        self._plain(text[position:])
        self.flush()

    def text_at(self, row: int) -> str:
        """A row's characters (for tests and snapshots of what the guest shows)."""
        reverse = {number: char for char, number in self._atlas.index.items()}
        return "".join(reverse.get(int(code), "?") for code in self.chars[row]).rstrip()

    def lines(self) -> list[str]:
        return [self.text_at(row) for row in range(self.rows)]

    def _plain(self, text: str) -> None:
        start = 0
        for index, char in enumerate(text):
            if char in "\n\r\b\t\x07":
                self._put(text[start:index])
                start = index + 1
                if char == "\n":
                    self.col = 0
                    self._line_feed()
                elif char == "\r":
                    self.col = 0
                elif char == "\b":
                    self.col = max(0, self.col - 1)
                elif char == "\t":
                    self.col = min(self.cols - 1, (self.col // 8 + 1) * 8)
        self._put(text[start:])

    def _put(self, text: str) -> None:
        while text:
            if self.col >= self.cols:
                self.col = 0
                self._line_feed()
            room = self.cols - self.col
            chunk, text = text[:room], text[room:]
            end = self.col + len(chunk)
            fg, bg = self._colours()
            self.chars[self.row, self.col:end] = self._atlas.codes(chunk)
            self.fg[self.row, self.col:end] = fg
            self.bg[self.row, self.col:end] = bg
            self._mark(self.row, self.col, end)
            self.col = end

    def _colours(self) -> tuple[int, int]:
        fg, bg = self._pen
        if self._bold and fg < 8:
            fg += 8
        return (bg, fg) if self._reverse else (fg, bg)

    def _line_feed(self) -> None:
        if self.row < self.rows - 1:
            self.row += 1
            return
        for array, blank in ((self.chars, 0), (self.fg, DEFAULT_FG), (self.bg, self._pen[1])):
            array[:-1] = array[1:]
            array[-1] = blank
        self._scrolled += 1
        self._dirty = {row - 1: span for row, span in self._dirty.items() if row > 0}
        self._mark(self.rows - 1, 0, self.cols)

    def _escape(self, params: str, final: str) -> None:
        numbers = [int(p) if p.isdigit() else 0 for p in params.lstrip("?").split(";")] if params else []
        first = numbers[0] if numbers else 0
        if final == "m":
            self._sgr(numbers or [0])
        elif final in "Hf":
            self.row = min(self.rows - 1, max(0, (numbers[0] if numbers else 1) - 1))
            self.col = min(self.cols - 1, max(0, (numbers[1] if len(numbers) > 1 else 1) - 1))
        elif final == "J":
            if first == 2:
                self._clear(0, 0, self.rows, self.cols)
            else:
                self._clear(self.row, self.col, self.row + 1, self.cols)
                self._clear(self.row + 1, 0, self.rows, self.cols)
        elif final == "K":
            self._clear(self.row, self.col, self.row + 1, self.cols)
        elif final in "ABCD":
            step = max(1, first)
            if final == "A":
                self.row = max(0, self.row - step)
            elif final == "B":
                self.row = min(self.rows - 1, self.row + step)
            elif final == "C":
                self.col = min(self.cols - 1, self.col + step)
            else:
                self.col = max(0, self.col - step)
        elif final in "hl" and params == "?25":
            self.cursor_visible = final == "h"

    def _sgr(self, numbers: list[int]) -> None:
        fg, bg = self._pen
        for n in numbers:
            if n == 0:
                fg, bg, self._bold, self._reverse = DEFAULT_FG, DEFAULT_BG, False, False
            elif n == 1:
                self._bold = True
            elif n == 7:
                self._reverse = True
            elif n == 22:
                self._bold = False
            elif n == 27:
                self._reverse = False
            elif 30 <= n <= 37:
                fg = n - 30
            elif 90 <= n <= 97:
                fg = n - 90 + 8
            elif 40 <= n <= 47:
                bg = n - 40
            elif 100 <= n <= 107:
                bg = n - 100 + 8
            elif n == 39:
                fg = DEFAULT_FG
            elif n == 49:
                bg = DEFAULT_BG
        self._pen = (fg, bg)

    def _clear(self, row0: int, col0: int, row1: int, col1: int) -> None:
        if row1 <= row0 or col1 <= col0:
            return
        self.chars[row0:row1, col0:col1] = 0
        self.fg[row0:row1, col0:col1] = self._pen[0]
        self.bg[row0:row1, col0:col1] = self._pen[1]
        for row in range(row0, row1):
            self._mark(row, col0, col1)

    def _mark(self, row: int, first: int, last: int) -> None:
        old = self._dirty.get(row)
        self._dirty[row] = (first, last) if old is None else (min(old[0], first), max(old[1], last))

    # -- drawing ---------------------------------------------------------------------------------------

    def flush(self) -> None:
        """Draw what changed since the last flush and tell the framebuffer's viewers."""
        if self._scrolled:
            shift = self._scrolled
            self._scrolled = 0
            if shift < self.rows:
                height = (self.rows - shift) * CELL_H
                self.screen.move(Move(Rect(0, shift * CELL_H, self.cols * CELL_W, height), 0, -shift * CELL_H))
            else:
                self._dirty = {row: (0, self.cols) for row in range(self.rows)}
            if self._drawn_cursor is not None:  # the drawn cursor moved with the pixels
                row, col = self._drawn_cursor
                if row - shift >= 0:
                    self._mark(row - shift, col, col + 1)
        cursor = (self.row, min(self.col, self.cols - 1)) if self.cursor_visible else None
        if cursor != self._drawn_cursor:
            for place in (self._drawn_cursor, cursor):
                if place is not None:
                    self._mark(place[0], place[1], place[1] + 1)
            self._drawn_cursor = cursor
        if not self._dirty:
            return
        box: Rect | None = None
        for row, (first, last) in sorted(self._dirty.items()):
            rect = self._draw(row, first, last, cursor)
            box = rect if box is None else box.union(rect)
        self._dirty = {}
        if box is not None:
            self.screen.damage(box)

    def _draw(self, row: int, first: int, last: int, cursor: tuple[int, int] | None) -> Rect:
        codes = self.chars[row, first:last]
        masks = self._atlas.masks[codes]  # (n, 16, 8)
        count = last - first
        mask = masks.transpose(1, 0, 2).reshape(CELL_H, count * CELL_W)
        fg = np.repeat(PALETTE[self.fg[row, first:last]], CELL_W)
        bg = np.repeat(PALETTE[self.bg[row, first:last]], CELL_W)
        block = np.where(mask, fg, bg)
        if cursor is not None and cursor[0] == row and first <= cursor[1] < last:
            x = (cursor[1] - first) * CELL_W
            block[CELL_H - 3:CELL_H - 1, x:x + CELL_W] = fg[x]
        y, x0 = row * CELL_H, first * CELL_W
        self.screen.pixels[y:y + CELL_H, x0:x0 + count * CELL_W] = block
        return Rect(x0, y, count * CELL_W, CELL_H)
