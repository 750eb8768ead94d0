"""Keysyms and XT (PC set 1) scan codes, without Qt: the console view maps its toolkit's keys to keysyms and uses
these tables for scan codes and for typing pasted text.

Scan codes go out in QEMU's extended key events so the guest's own layout applies (a French guest gets AZERTY
from a French keyboard). An 0xE0-prefixed key is sent with bit 7 set, as QEMU numbers keys.
"""

from __future__ import annotations

# Named keysyms used by the console (X11 keysymdef.h values).
BACKSPACE, TAB, RETURN, ESCAPE, DELETE = 0xFF08, 0xFF09, 0xFF0D, 0xFF1B, 0xFFFF
HOME, LEFT, UP, RIGHT, DOWN, PAGE_UP, PAGE_DOWN, END, INSERT = (
    0xFF50, 0xFF51, 0xFF52, 0xFF53, 0xFF54, 0xFF55, 0xFF56, 0xFF57, 0xFF63)
PAUSE, SCROLL_LOCK, SYS_REQ, PRINT, MENU, NUM_LOCK, CAPS_LOCK = 0xFF13, 0xFF14, 0xFF15, 0xFF61, 0xFF67, 0xFF7F, 0xFFE5
SHIFT_L, SHIFT_R, CONTROL_L, CONTROL_R, META_L, META_R, ALT_L, ALT_R, SUPER_L, SUPER_R = (
    0xFFE1, 0xFFE2, 0xFFE3, 0xFFE4, 0xFFE7, 0xFFE8, 0xFFE9, 0xFFEA, 0xFFEB, 0xFFEC)
ALT_GR = 0xFE03  # ISO_Level3_Shift
KP_ENTER = 0xFF8D
F1 = 0xFFBE  # F1..F12 are consecutive

EXTENDED = 0x80  # QEMU's numbering of an 0xE0-prefixed scan code

# Keysym -> XT scan code for keys whose position does not depend on the layout.
NAMED_SCAN: dict[int, int] = {
    ESCAPE: 0x01, BACKSPACE: 0x0E, TAB: 0x0F, RETURN: 0x1C, CONTROL_L: 0x1D, SHIFT_L: 0x2A, SHIFT_R: 0x36,
    ALT_L: 0x38, CAPS_LOCK: 0x3A, NUM_LOCK: 0x45, SCROLL_LOCK: 0x46, KP_ENTER: 0x1C | EXTENDED,
    CONTROL_R: 0x1D | EXTENDED, ALT_R: 0x38 | EXTENDED, ALT_GR: 0x38 | EXTENDED, PRINT: 0x37 | EXTENDED,
    HOME: 0x47 | EXTENDED, UP: 0x48 | EXTENDED, PAGE_UP: 0x49 | EXTENDED, LEFT: 0x4B | EXTENDED,
    RIGHT: 0x4D | EXTENDED, END: 0x4F | EXTENDED, DOWN: 0x50 | EXTENDED, PAGE_DOWN: 0x51 | EXTENDED,
    INSERT: 0x52 | EXTENDED, DELETE: 0x53 | EXTENDED, SUPER_L: 0x5B | EXTENDED, META_L: 0x5B | EXTENDED,
    SUPER_R: 0x5C | EXTENDED, META_R: 0x5C | EXTENDED, MENU: 0x5D | EXTENDED, PAUSE: 0x46 | EXTENDED,
    **{F1 + i: code for i, code in enumerate((0x3B, 0x3C, 0x3D, 0x3E, 0x3F, 0x40, 0x41, 0x42, 0x43, 0x44,
                                               0x57, 0x58))},
}

# The US layout's printable keys: (unshifted, shifted) characters per scan code, to type text by scan code.
US_ROWS = (
    (0x02, "1234567890-=", "!@#$%^&*()_+"),
    (0x10, "qwertyuiop[]", "QWERTYUIOP{}"),
    (0x1E, "asdfghjkl;'`", 'ASDFGHJKL:"~'),
    (0x2B, "\\zxcvbnm,./", "|ZXCVBNM<>?"),
)
US_CHARS: dict[str, tuple[int, bool]] = {" ": (0x39, False), "\n": (0x1C, False), "\t": (0x0F, False)}
for first, plain, shifted in US_ROWS:
    for offset, (low, high) in enumerate(zip(plain, shifted, strict=True)):
        US_CHARS[low] = (first + offset, False)
        US_CHARS[high] = (first + offset, True)

# Linux evdev key codes (what X11 reports, minus 8) -> XT: the same numbers up to F12, a table for the E0 keys.
EVDEV_EXTENDED = {96: 0x1C, 97: 0x1D, 98: 0x35, 99: 0x37, 100: 0x38, 102: 0x47, 103: 0x48, 104: 0x49, 105: 0x4B,
                  106: 0x4D, 107: 0x4F, 108: 0x50, 109: 0x51, 110: 0x52, 111: 0x53, 119: 0x46, 125: 0x5B, 126: 0x5C,
                  127: 0x5D}


def keysym_for_char(char: str) -> int:
    """The keysym that types `char`: Latin-1 maps to itself, control keys to their names, the rest to Unicode."""
    code = ord(char)
    if char == "\n" or char == "\r":
        return RETURN
    if char == "\t":
        return TAB
    if 0x20 <= code <= 0x7E or 0xA0 <= code <= 0xFF:
        return code
    return 0x01000000 | code


def xt_from_evdev(code: int) -> int:
    """The XT scan code of a Linux evdev key code; 0 when there is none."""
    if 1 <= code <= 88 and code not in (84, 85):
        return code
    extended = EVDEV_EXTENDED.get(code)
    return extended | EXTENDED if extended is not None else 0


def xt_for_keysym(keysym: int) -> int:
    """The scan code a US keyboard uses for `keysym` (the fallback when the platform gives no scan code)."""
    named = NAMED_SCAN.get(keysym)
    if named is not None:
        return named
    if keysym < 0x100:
        found = US_CHARS.get(chr(keysym))
        return found[0] if found is not None else 0
    return 0


Stroke = tuple[int, int, bool]  # keysym, scan code (0: none), down


def type_text(text: str) -> list[Stroke]:
    """The key presses and releases that type `text` (Shift around shifted characters of the US layout, so a
    guest with a US keymap gets the right scan codes; other characters by keysym alone)."""
    strokes: list[Stroke] = []
    for char in text.replace("\r\n", "\n"):
        keysym = keysym_for_char(char)
        scan, shifted = US_CHARS.get(char, (0, False))
        if shifted:
            strokes.append((SHIFT_L, NAMED_SCAN[SHIFT_L], True))
        strokes += [(keysym, scan, True), (keysym, scan, False)]
        if shifted:
            strokes.append((SHIFT_L, NAMED_SCAN[SHIFT_L], False))
    return strokes


def ctrl_alt_del() -> list[Stroke]:
    keys = [(CONTROL_L, NAMED_SCAN[CONTROL_L]), (ALT_L, NAMED_SCAN[ALT_L]), (DELETE, NAMED_SCAN[DELETE])]
    return [(k, s, True) for k, s in keys] + [(k, s, False) for k, s in reversed(keys)]
