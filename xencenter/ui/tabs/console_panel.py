"""ConsolePanel: the console's toolbar over either the screen (RfbView in a scroll area) or a message with an
optional button (the VM is shut down, suspended, paused; connecting; retrying).

Toolbar: Send Ctrl+Alt+Del, Paste (clipboard text typed as keys), Screenshot (PNG), Scale (to fit or 1:1),
Undock/Dock and Full Screen; text the guest copies comes to the clipboard. The panel moves between the tab and
its own window as a whole; full screen borrows the screen alone and gives it back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import translate
from ...core.rfb import keymap
from ...core.rfb.session import ConsoleSession
from ..widgets.buttons import make_button
from ..widgets.rfb_view import RfbView
from .console_windows import FullScreenWindow

MAX_PASTE = 4096  # characters typed from the clipboard at once (more floods the guest's keyboard buffer)


class ConsolePanel(QWidget):
    def __init__(self, session: ConsoleSession, toggle_dock: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("console-panel")
        self.session = session
        self.view = RfbView(session, self)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("console-scroll")
        self.scroller.setAccessibleName(translate("ConsoleTab", "Console"))
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller.setWidget(self.view)
        self.scroller.setWidgetResizable(True)
        self.message = QLabel(self)
        self.message.setObjectName("console-message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.action = make_button(self, "console-power-button", "", "", lambda: self._act())
        self._on_action: Callable[[], None] | None = None
        overlay = QWidget(self)
        overlay.setObjectName("console-overlay")
        column = QVBoxLayout(overlay)
        column.addStretch(1)
        column.addWidget(self.message)
        column.addWidget(self.action, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("console-stack")
        self.stack.addWidget(self.scroller)
        self.stack.addWidget(overlay)
        self.overlay = overlay
        self.status = QLabel(self)
        self.status.setObjectName("console-status")
        self.buttons = self._toolbar(toggle_dock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.buttons)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        self.full_screen: FullScreenWindow | None = None
        self.view.escape_requested.connect(self.leave_full_screen)
        session.server_cut_text.connect(self._guest_copied)

    def _toolbar(self, toggle_dock: Callable[[], None]) -> QHBoxLayout:
        t = translate
        self.cad_button = make_button(self, "console-ctrl-alt-del", t("ConsoleTab", "Send Ctrl+Alt+Del"),
                                      t("ConsoleTab", "Send Ctrl+Alt+Del to the guest"), self.send_ctrl_alt_del)
        self.paste_button = make_button(self, "console-paste", t("ConsoleTab", "Paste"),
                                        t("ConsoleTab", "Type the clipboard's text into the guest"), self.paste)
        self.shot_button = make_button(self, "console-screenshot", t("ConsoleTab", "Screenshot..."),
                                       t("ConsoleTab", "Save the screen as a PNG image"), self.ask_screenshot)
        self.scale_button = make_button(self, "console-scale", t("ConsoleTab", "Scale"),
                                        t("ConsoleTab", "Scale the screen to fit"), lambda: self.set_scaled(
                                            self.scale_button.isChecked()))
        self.scale_button.setCheckable(True)
        self.scale_button.setChecked(True)
        self.dock_button = make_button(self, "console-undock", t("ConsoleTab", "Undock"),
                                       t("ConsoleTab", "Move the console into its own window"), toggle_dock)
        self.full_button = make_button(self, "console-full-screen", t("ConsoleTab", "Full Screen"),
                                       t("ConsoleTab", "Show the console full screen"), self.enter_full_screen)
        row = QHBoxLayout()
        for button in (self.cad_button, self.paste_button, self.shot_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.scale_button, self.dock_button, self.full_button):
            row.addWidget(button)
        return row

    # -- what is shown -------------------------------------------------------------------------------------

    def show_screen(self) -> None:
        self.stack.setCurrentWidget(self.scroller)
        self._set_input_enabled(True)

    def show_message(self, text: str, button: str = "", on_click: Callable[[], None] | None = None,
                     reason: str | None = None) -> None:
        """The overlay: `text`, and a button (disabled with `reason` as tooltip when it cannot run)."""
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.action.setVisible(bool(button))
        self.action.setText(button)
        self.action.setAccessibleName(button)
        self.action.setEnabled(reason is None)
        self.action.setToolTip(reason or "")
        self._on_action = on_click
        self.stack.setCurrentWidget(self.overlay)
        self._set_input_enabled(False)
        if self.full_screen is not None:
            self.leave_full_screen()

    def _set_input_enabled(self, enabled: bool) -> None:
        for button in (self.cad_button, self.paste_button, self.shot_button, self.full_button):
            button.setEnabled(enabled)

    def _act(self) -> None:
        if self._on_action is not None:
            self._on_action()

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def set_docked(self, docked: bool) -> None:
        text = translate("ConsoleTab", "Undock") if docked else translate("ConsoleTab", "Dock")
        self.dock_button.setText(text)
        self.dock_button.setAccessibleName(text)

    # -- verbs ---------------------------------------------------------------------------------------------

    def send_ctrl_alt_del(self) -> None:
        self.session.send_strokes(keymap.ctrl_alt_del())
        self.view.setFocus()

    def paste(self) -> None:
        text = QGuiApplication.clipboard().text()[:MAX_PASTE]
        if text:
            self.session.send_strokes(keymap.type_text(text))
        self.view.setFocus()

    def _guest_copied(self, text: str) -> None:
        """What the guest copied goes to our clipboard, as XenCenter does."""
        if text:
            QGuiApplication.clipboard().setText(text)

    def set_scaled(self, scaled: bool) -> None:
        self.scale_button.setChecked(scaled)
        self.scroller.setWidgetResizable(scaled)
        self.view.set_scaled(scaled)

    def ask_screenshot(self) -> None:
        dialog = QFileDialog(self, translate("ConsoleTab", "Save Screenshot"), "",
                             translate("ConsoleTab", "PNG images (*.png)"))
        dialog.setObjectName("console-screenshot-dialog")
        dialog.setAccessibleName(translate("ConsoleTab", "Save Screenshot"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("png")
        dialog.fileSelected.connect(self.save_screenshot)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def save_screenshot(self, path: str) -> bool:
        if not path.lower().endswith(".png"):
            path += ".png"
        image = self.view.image().copy()
        saved = not image.isNull() and image.save(path)  # the format follows the .png suffix
        self.set_status(translate("ConsoleTab", "Saved {0}.").format(path) if saved else
                        translate("ConsoleTab", "Could not save the screenshot to {0}.").format(path))
        return saved

    def enter_full_screen(self) -> None:
        if self.full_screen is not None:
            return
        window = self.full_screen = FullScreenWindow(self)
        window.leave_requested.connect(self.leave_full_screen)
        self.scroller.takeWidget()
        window.layout_.addWidget(self.view, 1)
        self.view.set_scaled(True)
        window.showFullScreen()
        self.view.setFocus()

    def leave_full_screen(self) -> None:
        window, self.full_screen = self.full_screen, None
        if window is None:
            return
        window.layout_.removeWidget(self.view)
        self.scroller.setWidget(self.view)
        self.set_scaled(self.scale_button.isChecked())
        window.hide()
        window.deleteLater()
        self.view.setFocus()

    def power_button(self) -> QPushButton:
        return self.action
