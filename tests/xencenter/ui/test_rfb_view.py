"""RfbView without a server: keysyms and scan codes from Qt key events (US positions where the platform gives
no scan code, as offscreen does), the escape combination, Tab kept for the guest, held keys released on focus
loss, mouse and wheel mapped into the scaled picture, and damage painted."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from xencenter.core.rfb import keymap
from xencenter.core.rfb.framebuffer import Framebuffer, Rect
from xencenter.core.rfb.session import ConsoleSession
from xencenter.ui.widgets.rfb_keys import keysym, scan_code
from xencenter.ui.widgets.rfb_view import RfbView


class FakeClient:
    def __init__(self) -> None:
        self.keys: list[tuple[int, bool, int]] = []
        self.pointer_events: list[tuple[int, int, int]] = []

    def key(self, sym: int, down: bool, scan: int = 0) -> None:
        self.keys.append((sym, down, scan))

    def pointer(self, x: int, y: int, buttons: int) -> None:
        self.pointer_events.append((x, y, buttons))


@pytest.fixture
def wired(qtbot: Any) -> Iterator[tuple[RfbView, FakeClient, QLineEdit]]:
    session = ConsoleSession()
    client = FakeClient()
    session.client = client  # type: ignore[assignment]
    session.framebuffer = Framebuffer(320, 200)
    session.framebuffer.pixels[...] = 0x123456
    holder = QWidget()
    qtbot.addWidget(holder)
    view = RfbView(session, holder)
    other = QLineEdit(holder)
    other.setObjectName("other")
    layout = QVBoxLayout(holder)
    layout.addWidget(view)
    layout.addWidget(other)
    session.resized.emit(320, 200)
    holder.resize(660, 460)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    yield view, client, other
    holder.close()


@pytest.mark.parametrize(("key", "text", "modifiers", "sym", "scan"), [
    (Qt.Key.Key_A, "a", Qt.KeyboardModifier.NoModifier, ord("a"), 0x1E),
    (Qt.Key.Key_A, "A", Qt.KeyboardModifier.ShiftModifier, ord("A"), 0x1E),
    (Qt.Key.Key_C, "\x03", Qt.KeyboardModifier.ControlModifier, ord("c"), 0x2E),
    (Qt.Key.Key_Exclam, "!", Qt.KeyboardModifier.ShiftModifier, ord("!"), 0x02),
    (Qt.Key.Key_F5, "", Qt.KeyboardModifier.NoModifier, keymap.F1 + 4, 0x3F),
    (Qt.Key.Key_Left, "", Qt.KeyboardModifier.NoModifier, keymap.LEFT, 0x4B | 0x80),
    (Qt.Key.Key_Return, "\r", Qt.KeyboardModifier.NoModifier, keymap.RETURN, 0x1C),
    (Qt.Key.Key_Enter, "\r", Qt.KeyboardModifier.KeypadModifier, keymap.KP_ENTER, 0x1C | 0x80),
    (Qt.Key.Key_Control, "", Qt.KeyboardModifier.ControlModifier, keymap.CONTROL_L, 0x1D),
    (Qt.Key.Key_Eacute, "é", Qt.KeyboardModifier.NoModifier, 0xE9, 0),
    (Qt.Key.Key_unknown, "€", Qt.KeyboardModifier.NoModifier, 0x010020AC, 0),
])
def test_keysyms_and_scan_codes(qapp: Any, key: Qt.Key, text: str, modifiers: Qt.KeyboardModifier, sym: int,
                                scan: int) -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)
    assert keysym(event) == sym
    assert scan_code(event, sym) == scan


def test_keys_go_to_the_guest_with_tab_and_release_on_focus_loss(wired: Any, qtbot: Any) -> None:
    view, client, other = wired
    qtbot.keyPress(view, Qt.Key.Key_Control)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.hasFocus()  # Tab was the guest's
    assert client.keys == [(keymap.CONTROL_L, True, 0x1D), (keymap.TAB, True, 0x0F), (keymap.TAB, False, 0x0F)]
    other.setFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    assert client.keys[-1] == (keymap.CONTROL_L, False, 0x1D)  # no stuck Ctrl in the guest


def test_the_escape_combination_is_kept_for_the_console(wired: Any, qtbot: Any) -> None:
    view, client, _ = wired
    with qtbot.waitSignal(view.escape_requested, timeout=1000):
        qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert all(sym != ord("f") for sym, _, _ in client.keys)


def test_mouse_and_wheel_land_in_framebuffer_coordinates(wired: Any, qtbot: Any) -> None:
    view, client, _ = wired
    target = view.target()
    assert target.width() / target.height() == pytest.approx(320 / 200, rel=0.01)
    middle = target.center().toPoint()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=middle)
    assert client.pointer_events[-2:] == [(160, 100, 1), (160, 100, 0)]
    assert view.to_screen(QPoint(0, 0)) is None or target.contains(0, 0)
    view.set_scaled(False)
    assert view.size().width() == 320 and view.to_screen(QPoint(319, 199)) == (319, 199)


def test_damage_is_painted_from_the_framebuffer(wired: Any, qtbot: Any) -> None:
    view, _, _ = wired
    session = view.session
    session.framebuffer.pixels[10:20, 10:20] = 0xFF0000
    before = view.repaints
    session.damaged.emit([Rect(10, 10, 10, 10)])
    qtbot.waitUntil(lambda: view.repaints > before)
    grabbed = view.grab().toImage()
    target = view.target()
    spot = QPoint(int(target.x() + 15 * target.width() / 320), int(target.y() + 15 * target.height() / 200))
    assert grabbed.pixelColor(spot).name() == "#ff0000"
    image = view.image()
    assert image.width() == 320 and int(np.frombuffer(image.constBits(), np.uint32)[0] & 0xFFFFFF) == 0x123456
