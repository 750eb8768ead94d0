"""RfbView: the console's screen. It shows a ConsoleSession's framebuffer through a QImage over the same memory,
repaints only the rectangles the session reports damaged, and sends keys (keysym + scan code), mouse and wheel.

Scaling: to fit (aspect kept, centred) or 1:1 (the widget takes the framebuffer's size; put it in a scroll area).
Every key goes to the guest while the view has focus, Tab included; `escape_keys` (Ctrl+Alt+F by default) is the
one combination kept for the console itself (leaving full screen).

Signals:
    escape_requested(): the user pressed the escape combination.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.i18n import translate
from ...core.rfb.framebuffer import Rect
from ...core.rfb.session import ConsoleSession
from .rfb_keys import keysym, scan_code

BUTTONS = {Qt.MouseButton.LeftButton: 1, Qt.MouseButton.MiddleButton: 2, Qt.MouseButton.RightButton: 4}
WHEEL_UP, WHEEL_DOWN = 8, 16


class RfbView(QWidget):
    escape_requested = Signal()

    def __init__(self, session: ConsoleSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("console-screen")
        self.setAccessibleName(translate("ConsoleTab", "Console screen"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.session = session
        self.scaled = True
        self.escape_keys = QKeySequence("Ctrl+Alt+F")
        self._image = QImage()
        self._pixels: object = None  # keeps the array behind _image alive
        self._down: dict[int, tuple[int, int]] = {}  # Qt key -> (keysym, scan) pressed, released on focus loss
        self._buttons = 0
        self.repaints = 0  # paint events handled (tests check damage is painted)
        session.resized.connect(self._on_resize)
        session.damaged.connect(self._on_damage)
        self._on_resize(session.framebuffer.width, session.framebuffer.height)

    # -- the picture ---------------------------------------------------------------------------------------

    def image(self) -> QImage:
        """The current screen (shares the framebuffer's memory: copy it to keep it)."""
        return self._image

    def _on_resize(self, width: int, height: int) -> None:
        pixels = self.session.framebuffer.pixels
        self._pixels = pixels
        if width and height and pixels.shape == (height, width):
            self._image = QImage(pixels.data, width, height, width * 4, QImage.Format.Format_RGB32)
        else:
            self._image = QImage()
        self.set_scaled(self.scaled)
        self.update()

    def set_scaled(self, scaled: bool) -> None:
        self.scaled = scaled
        if scaled or self._image.isNull():
            self.setMinimumSize(0, 0)
            self.setMaximumSize(16777215, 16777215)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        else:
            self.setFixedSize(self._image.size())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return self._image.size() if not self._image.isNull() else QSize(640, 480)

    def target(self) -> QRectF:
        """Where the framebuffer is drawn in the widget."""
        if self._image.isNull():
            return QRectF()
        w, h = self._image.width(), self._image.height()
        if not self.scaled:
            return QRectF(0, 0, w, h)
        factor = min(self.width() / w, self.height() / h)
        tw, th = w * factor, h * factor
        return QRectF((self.width() - tw) / 2, (self.height() - th) / 2, tw, th)

    def _on_damage(self, rects: list[Rect]) -> None:
        if self._pixels is not self.session.framebuffer.pixels:  # resized in a worker: re-wrap first
            self._on_resize(self.session.framebuffer.width, self.session.framebuffer.height)
            return
        target = self.target()
        if target.isEmpty():
            return
        fx, fy = target.width() / self._image.width(), target.height() / self._image.height()
        for rect in rects:
            area = QRectF(target.x() + rect.x * fx, target.y() + rect.y * fy, rect.width * fx, rect.height * fy)
            self.update(area.toAlignedRect().adjusted(-1, -1, 1, 1))

    def paintEvent(self, event: QPaintEvent) -> None:
        self.repaints += 1
        painter = QPainter(self)
        target = self.target()
        if target.isEmpty():
            painter.fillRect(event.rect(), Qt.GlobalColor.black)
            return
        fx, fy = self._image.width() / target.width(), self._image.height() / target.height()
        for area in list(event.region()):  # type: ignore[call-overload]  # QRegion iterates its rectangles
            painter.fillRect(area, Qt.GlobalColor.black)
            part = QRectF(area).intersected(target)
            if part.isEmpty():
                continue
            source = QRectF((part.x() - target.x()) * fx, (part.y() - target.y()) * fy,
                            part.width() * fx, part.height() * fy)
            painter.drawImage(part, self._image, source)

    # -- mouse ---------------------------------------------------------------------------------------------

    def to_screen(self, point: QPoint) -> tuple[int, int] | None:
        """Widget coordinates to framebuffer coordinates (None outside the picture)."""
        target = self.target()
        if target.isEmpty() or not target.contains(point.toPointF()):
            return None
        x = int((point.x() - target.x()) * self._image.width() / target.width())
        y = int((point.y() - target.y()) * self._image.height() / target.height())
        return min(x, self._image.width() - 1), min(y, self._image.height() - 1)

    def _pointer(self, point: QPoint, buttons: int) -> None:
        spot = self.to_screen(point)
        if spot is not None:
            self.session.send_pointer(spot[0], spot[1], buttons)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._buttons |= BUTTONS.get(event.button(), 0)
        self._pointer(event.position().toPoint(), self._buttons)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._buttons &= ~BUTTONS.get(event.button(), 0)
        self._pointer(event.position().toPoint(), self._buttons)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._pointer(event.position().toPoint(), self._buttons)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if delta:
            button = WHEEL_UP if delta > 0 else WHEEL_DOWN
            point = event.position().toPoint()
            self._pointer(point, self._buttons | button)
            self._pointer(point, self._buttons)
        event.accept()

    # -- keyboard ------------------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:  # the guest gets the keys, not the window's shortcuts
            event.accept()
            return True
        return super().event(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab belongs to the guest

    def is_escape(self, event: QKeyEvent) -> bool:
        combination = event.keyCombination().toCombined()
        return self.escape_keys.count() == 1 and self.escape_keys[0].toCombined() == combination  # type: ignore[index]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.is_escape(event):
            self.release_keys()
            self.escape_requested.emit()
            return
        key = int(event.key())
        if event.isAutoRepeat() and key in self._down:
            sym, scan = self._down[key]
        else:
            sym = keysym(event)
            scan = scan_code(event, sym)
            if not sym and not scan:
                return
            self._down[key] = (sym, scan)
        self.session.send_strokes([(sym, scan, True)])

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.isAutoRepeat():
            return
        pressed = self._down.pop(int(event.key()), None)
        if pressed is not None:
            self.session.send_strokes([(pressed[0], pressed[1], False)])

    def release_keys(self) -> None:
        """Release whatever is held (focus moved away: the guest must not see a stuck Ctrl)."""
        held, self._down = list(self._down.values()), {}
        self.session.send_strokes([(sym, scan, False) for sym, scan in held])

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.release_keys()
        super().focusOutEvent(event)

