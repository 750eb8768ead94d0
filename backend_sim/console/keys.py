"""Keys as a guest sees them: X keysyms (or XT scan codes from QEMU extended key events) to key presses."""

from __future__ import annotations

from dataclasses import dataclass

NAMED_KEYSYMS = {
    0xFF08: "BackSpace", 0xFF09: "Tab", 0xFF0D: "Return", 0xFF8D: "Return", 0xFF1B: "Escape",
    0xFFFF: "Delete", 0xFF9F: "Delete", 0xFF50: "Home", 0xFF51: "Left", 0xFF52: "Up", 0xFF53: "Right",
    0xFF54: "Down", 0xFF55: "PageUp", 0xFF56: "PageDown", 0xFF57: "End", 0xFF63: "Insert",
    **{0xFFBE + n: f"F{n + 1}" for n in range(12)},
}
KEYPAD_TEXT = {0xFFAA: "*", 0xFFAB: "+", 0xFFAD: "-", 0xFFAE: ".", 0xFFAF: "/",
               **{0xFFB0 + n: str(n) for n in range(10)}}
SHIFT, CONTROL, ALT = {0xFFE1, 0xFFE2}, {0xFFE3, 0xFFE4}, {0xFFE9, 0xFFEA, 0xFFE7, 0xFFE8, 0xFE03}
MODIFIERS = SHIFT | CONTROL | ALT | {0xFFEB, 0xFFEC, 0xFFE5}

# XT scan codes (set 1) of a US keyboard; extended (0xE0-prefixed) keys have the top bit set,
# as QEMU numbers them.
_ROWS = {0x02: "1234567890-=", 0x10: "qwertyuiop[]", 0x1E: "asdfghjkl;'`", 0x2B: "\\zxcvbnm,./"}
_SHIFTED = dict(zip("1234567890-=[];'`\\,./", "!@#$%^&*()_+{}:\"~|<>?", strict=True))
SCANCODE_TEXT = {code + i: char for code, row in _ROWS.items() for i, char in enumerate(row)}
SCANCODE_TEXT[0x39] = " "
SCANCODE_NAMES = {0x01: "Escape", 0x0E: "BackSpace", 0x0F: "Tab", 0x1C: "Return", 0x9C: "Return",
                  0xC8: "Up", 0xD0: "Down", 0xCB: "Left", 0xCD: "Right", 0xC7: "Home", 0xCF: "End",
                  0xD3: "Delete", 0xC9: "PageUp", 0xD1: "PageDown", 0xD2: "Insert",
                  **{0x3B + n: f"F{n + 1}" for n in range(10)}, 0x57: "F11", 0x58: "F12"}
SCANCODE_MODIFIERS = {0x2A: 0xFFE1, 0x36: 0xFFE2, 0x1D: 0xFFE3, 0x9D: 0xFFE4, 0x38: 0xFFE9, 0xB8: 0xFFEA}


@dataclass(frozen=True)
class KeyPress:
    """One key going down: `text` for a character, else `name` ("Return", "Up", "F2"...)."""

    text: str = ""
    name: str = ""
    ctrl: bool = False
    alt: bool = False
    shift: bool = False

    @property
    def ctrl_alt_del(self) -> bool:
        return self.ctrl and self.alt and self.name == "Delete"

    def control(self, letter: str) -> bool:
        return self.ctrl and self.text.lower() == letter


class Keyboard:
    """Tracks the modifiers held; turns key-down events into presses."""

    def __init__(self) -> None:
        self._held: set[int] = set()

    def feed(self, down: bool, keysym: int, scancode: int | None) -> KeyPress | None:
        if keysym == 0 and scancode is not None:
            keysym = SCANCODE_MODIFIERS.get(scancode, 0)
            if keysym == 0:
                return self._from_scancode(down, scancode)
        if keysym in MODIFIERS:
            if down:
                self._held.add(keysym)
            else:
                self._held.discard(keysym)
            return None
        if not down:
            return None
        name = NAMED_KEYSYMS.get(keysym, "")
        text = ""
        if not name:
            text = KEYPAD_TEXT.get(keysym) or _keysym_text(keysym)
            if not text:
                return None
        return self._press(text, name)

    def _from_scancode(self, down: bool, scancode: int) -> KeyPress | None:
        if not down:
            return None
        name = SCANCODE_NAMES.get(scancode, "")
        text = SCANCODE_TEXT.get(scancode, "")
        if text and self._held & SHIFT:
            text = _SHIFTED.get(text, text.upper())
        if not (name or text):
            return None
        return self._press(text, name)

    def _press(self, text: str, name: str) -> KeyPress:
        return KeyPress(text, name, ctrl=bool(self._held & CONTROL), alt=bool(self._held & ALT),
                        shift=bool(self._held & SHIFT))


def _keysym_text(keysym: int) -> str:
    if 0x20 <= keysym <= 0x7E or 0xA0 <= keysym <= 0xFF:
        return chr(keysym)
    if 0x01000000 <= keysym <= 0x0110FFFF:
        return chr(keysym - 0x01000000)
    return ""
