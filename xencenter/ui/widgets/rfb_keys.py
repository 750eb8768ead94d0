"""Qt key events to RFB keysyms and XT scan codes.

The keysym says what the key means on the user's layout (servers without scan codes need it); the scan code
says where the key is, so the guest's own layout applies (QEMU extended key events). Scan codes come from the
platform (X11/Wayland: evdev codes + 8; Windows: set 1 with an extended flag); where the platform gives none
(macOS, offscreen) the US position of the keysym stands in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent

from ...core.rfb import keymap as k

Key = Qt.Key

SPECIAL: dict[int, int] = {
    Key.Key_Backspace: k.BACKSPACE, Key.Key_Tab: k.TAB, Key.Key_Backtab: k.TAB, Key.Key_Return: k.RETURN,
    Key.Key_Enter: k.KP_ENTER, Key.Key_Escape: k.ESCAPE, Key.Key_Delete: k.DELETE, Key.Key_Insert: k.INSERT,
    Key.Key_Home: k.HOME, Key.Key_End: k.END, Key.Key_PageUp: k.PAGE_UP, Key.Key_PageDown: k.PAGE_DOWN,
    Key.Key_Left: k.LEFT, Key.Key_Right: k.RIGHT, Key.Key_Up: k.UP, Key.Key_Down: k.DOWN,
    Key.Key_Pause: k.PAUSE, Key.Key_ScrollLock: k.SCROLL_LOCK, Key.Key_SysReq: k.SYS_REQ, Key.Key_Print: k.PRINT,
    Key.Key_Menu: k.MENU, Key.Key_NumLock: k.NUM_LOCK, Key.Key_CapsLock: k.CAPS_LOCK, Key.Key_Shift: k.SHIFT_L,
    Key.Key_Control: k.CONTROL_L, Key.Key_Meta: k.SUPER_L, Key.Key_Alt: k.ALT_L, Key.Key_AltGr: k.ALT_GR,
    Key.Key_Super_L: k.SUPER_L, Key.Key_Super_R: k.SUPER_R,
    **{Key.Key_F1.value + i: k.F1 + i for i in range(12)},
}


def keysym(event: QKeyEvent) -> int:
    """The keysym of a key event; 0 when it has none we know."""
    key = event.key()
    special = SPECIAL.get(int(key))
    if special is not None:
        return special
    text = event.text()
    if len(text) == 1 and text.isprintable():
        return k.keysym_for_char(text)
    value = int(key)
    if 0x20 <= value <= 0xFF:  # a control combination (Ctrl+C gives "\x03"): the key's own character
        char = chr(value)
        shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        return ord(char.upper() if shifted else char.lower())
    return 0


def scan_code(event: QKeyEvent, sym: int) -> int:
    """The XT scan code (QEMU numbering) of a key event."""
    native = event.nativeScanCode()
    platform = QGuiApplication.platformName()
    if native and platform in ("xcb", "wayland"):
        code = k.xt_from_evdev(native - 8)
        if code:
            return code
    elif native and platform == "windows":
        return (native & 0x7F) | (k.EXTENDED if native & 0x100 or native & 0xE000 == 0xE000 else 0)
    if event.modifiers() & Qt.KeyboardModifier.KeypadModifier and sym == k.RETURN:
        return k.NAMED_SCAN[k.KP_ENTER]
    char_scan = k.xt_for_keysym(sym)
    if char_scan == 0 and sym < 0x100:
        char_scan = k.xt_for_keysym(ord(chr(sym).lower()))
    return char_scan
