"""View > Language: the system's language, English, Galician or Spanish; the choice is kept in the user's settings
and takes effect when the console starts again (the status bar says so)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from ..core.i18n import translate
from ..core.language import CHOICES, save_language, saved_language
from ..core.servers import SettingsBackend

RESTART_NOTE_MS = 15000


class LanguageMenu(QMenu):
    def __init__(self, settings: SettingsBackend, window: QMainWindow) -> None:
        super().__init__(translate("MainWindow", "&Language"), window)
        self.setObjectName("languageMenu")
        self.settings = settings
        self.window_ = window
        group = QActionGroup(self)
        current = saved_language(settings) or ""
        self.choices: dict[str, QAction] = {}
        for code, name in CHOICES:
            action = QAction(name.text(), group)
            action.setObjectName(f"language_{code or 'system'}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.choose(c))
            self.addAction(action)
            self.choices[code] = action

    def choose(self, code: str) -> None:
        save_language(self.settings, code)
        self.choices[code].setChecked(True)
        self.window_.statusBar().showMessage(
            translate("MainWindow", "The console will use this language the next time it starts."), RESTART_NOTE_MS)
