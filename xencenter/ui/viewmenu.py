"""The View menu: navigation view, the template / local storage / hidden object toggles, panes and toolbar."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ..core import navigation
from ..core.i18n import translate
from ..core.organise.views import MODES, mode_text
from .navigation.panel import NavigationPanel


class ViewMenu(QMenu):
    def __init__(self, panel: NavigationPanel, parent: QWidget | None = None) -> None:
        super().__init__(translate("MainWindow", "&View"), parent)
        self.setObjectName("viewMenu")
        self.panel = panel
        group = QActionGroup(self)
        self.modes: dict[str, QAction] = {}
        for view, text in ((navigation.INFRASTRUCTURE, translate("MainWindow", "&Infrastructure")),
                           (navigation.OBJECTS, translate("MainWindow", "&Objects")),
                           *((mode, mode_text(mode)) for mode, _ in MODES)):
            action = QAction(text, group)
            action.setObjectName(f"view_{view}")
            action.setCheckable(True)
            action.setChecked(view == panel.controller.view)
            action.triggered.connect(lambda _=False, v=view: panel.set_view(v))
            self.addAction(action)
            self.modes[view] = action
        panel.view_mode.currentIndexChanged.connect(
            lambda _: self.modes[str(panel.view_mode.currentData())].setChecked(True))
        self.addSeparator()
        self.templates = self._toggle("view_templates", translate("MainWindow", "Show &Templates"))
        self.local_storage = self._toggle("view_local_storage", translate("MainWindow", "Show &Local Storage"))
        self.hidden = self._toggle("view_hidden", translate("MainWindow", "Show &Hidden Objects"))
        self.addSeparator()

    def _toggle(self, name: str, text: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setCheckable(True)
        action.toggled.connect(self._apply)
        self.addAction(action)
        return action

    def _apply(self) -> None:
        self.panel.controller.set_options(navigation.ViewOptions(
            show_templates=self.templates.isChecked(), show_local_storage=self.local_storage.isChecked(),
            show_hidden=self.hidden.isChecked()))
