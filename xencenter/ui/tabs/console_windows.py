"""The console's two windows: undocked (the console panel in its own window; closing it docks it back) and full
screen (the screen alone, with a bar whose button, or Ctrl+Alt+F, leaves full screen).

Signals:
    ConsoleWindow.closing(): the user closed the undocked window (dock back).
    FullScreenWindow.leave_requested(): the user asked to leave full screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core.i18n import translate
from ..widgets.buttons import make_button


class ConsoleWindow(QWidget):
    closing = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("console-window")
        self.setAccessibleName(translate("ConsoleTab", "Console window"))
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.resize(1040, 860)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)


class FullScreenWindow(QWidget):
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("console-full-screen")
        self.setAccessibleName(translate("ConsoleTab", "Full screen console"))
        self.setStyleSheet("QWidget#console-full-screen { background: black; }")
        bar = QWidget(self)
        bar.setObjectName("console-full-screen-bar")
        hint = QLabel(translate("ConsoleTab", "Press Ctrl+Alt+F to leave full screen."), bar)
        hint.setObjectName("console-full-screen-hint")
        self.leave_button = make_button(bar, "console-leave-full-screen", translate("ConsoleTab", "Leave Full Screen"),
                                        translate("ConsoleTab", "Leave full screen"), self.leave_requested.emit)
        row = QHBoxLayout(bar)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(hint)
        row.addStretch(1)
        row.addWidget(self.leave_button)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(0)
        self.layout_.addWidget(bar)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.leave_requested.emit()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.leave_requested.emit()
        event.ignore()  # the tab takes the screen back and hides us
