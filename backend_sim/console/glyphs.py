"""The console font: DejaVu Sans Mono (shipped in fonts/, Bitstream Vera licence) as 8x16 one-bit cells."""

from __future__ import annotations

import functools
from importlib import resources

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageDraw, ImageFont

CELL_W, CELL_H = 8, 16
BASELINE = 12
FONT_SIZE = 13

# What the guests print: ASCII, Latin-1 and the box and block characters of installers and `top`.
CHARSET = ("".join(chr(c) for c in range(32, 127)) + "".join(chr(c) for c in range(160, 256))
           + "─│┌┐└┘├┤┬┴┼═║╔╗╚╝╠╣╦╩╬█▓▒░▀▄▌▐■□▪←↑→↓…•·✓")
FALLBACK = "?"


def font_path() -> str:
    return str(resources.files(__package__) / "fonts" / "DejaVuSansMono.ttf")


@functools.cache
def font(size: int = FONT_SIZE) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(font_path(), size)


class GlyphAtlas:
    """Every glyph as a (16, 8) boolean mask; `index` maps a character to its row in `masks`."""

    def __init__(self) -> None:
        face = font()
        masks = np.zeros((len(CHARSET) + 1, CELL_H, CELL_W), dtype=bool)  # row 0 is the blank cell
        self.index: dict[str, int] = {" ": 0}
        for number, char in enumerate(CHARSET, start=1):
            if char == " ":
                continue
            if char in "█▓▒░▀▄▌▐":
                masks[number] = _block(char)
            elif char in "─│┌┐└┘├┤┬┴┼═║╔╗╚╝╠╣╦╩╬":
                masks[number] = _box(char)
            else:
                cell = Image.new("1", (CELL_W, CELL_H), 0)
                ImageDraw.Draw(cell).text((0, BASELINE), char, font=face, fill=1, anchor="ls")
                masks[number] = np.asarray(cell, dtype=bool)
            self.index[char] = number
        self.masks = masks
        self.fallback = self.index[FALLBACK]

    def codes(self, text: str) -> npt.NDArray[np.int32]:
        index, fallback = self.index, self.fallback
        return np.fromiter((index.get(char, fallback) for char in text), dtype=np.int32, count=len(text))


def _block(char: str) -> npt.NDArray[np.bool_]:
    cell = np.zeros((CELL_H, CELL_W), dtype=bool)
    if char == "█":
        cell[:] = True
    elif char == "▀":
        cell[: CELL_H // 2] = True
    elif char == "▄":
        cell[CELL_H // 2:] = True
    elif char == "▌":
        cell[:, : CELL_W // 2] = True
    elif char == "▐":
        cell[:, CELL_W // 2:] = True
    else:  # the shades: one pixel in four, two, three
        step = {"░": 4, "▒": 2, "▓": 1}[char]
        yy, xx = np.mgrid[0:CELL_H, 0:CELL_W]
        cell = (xx + 2 * yy) % (step + 1) == 0 if step > 1 else (xx + yy) % 4 != 0
    return cell


# Box drawing joined cell to cell: which arms (up, down, left, right) each character has, and
# whether they are doubled.
_ARMS = {"─": "lr", "│": "ud", "┌": "dr", "┐": "dl", "└": "ur", "┘": "ul", "├": "udr", "┤": "udl",
         "┬": "dlr", "┴": "ulr", "┼": "udlr", "═": "LR", "║": "UD", "╔": "DR", "╗": "DL", "╚": "UR",
         "╝": "UL", "╠": "UDR", "╣": "UDL", "╦": "DLR", "╩": "ULR", "╬": "UDLR"}


def _box(char: str) -> npt.NDArray[np.bool_]:
    cell = np.zeros((CELL_H, CELL_W), dtype=bool)
    cx, cy = CELL_W // 2 - 1, CELL_H // 2 - 1
    for arm in _ARMS[char]:
        lines = (-1, 1) if arm.isupper() else (0,)
        for offset in lines:
            if arm.lower() == "u":
                cell[: cy + 1, cx + offset] = True
            elif arm.lower() == "d":
                cell[cy:, cx + offset] = True
            elif arm.lower() == "l":
                cell[cy + offset, : cx + 1] = True
            else:
                cell[cy + offset, cx:] = True
    return cell


@functools.cache
def atlas() -> GlyphAtlas:
    return GlyphAtlas()
