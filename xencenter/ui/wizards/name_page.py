"""The name-and-description page that New VM, New SR, New Network, Copy VM, New vApp and New VM Protection Policy
open with: the state's `name` and `description`, checked as the user types by the page's logic (message key
"name"). A wizard names its widgets through PREFIX (`<prefix>Name`, `<prefix>Description`) and may add rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from ...core.i18n import translate
from .page import PageWidget


def named(widget: QWidget, name: str, accessible: str) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class NameDescriptionPageWidget(PageWidget):
    PREFIX = ""

    def __init__(self, logic: Any, state: Any, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.name = QLineEdit(self)
        named(self.name, f"{self.PREFIX}Name", translate("WizardPages", "Name"))
        self.description = QPlainTextEdit(self)
        named(self.description, f"{self.PREFIX}Description", translate("WizardPages", "Description"))
        self.form = QFormLayout(self)
        self.form.addRow(translate("WizardPages", "&Name:"), self.name)
        self.form.addRow("", self.message("name"))
        self.form.addRow(translate("WizardPages", "&Description:"), self.description)
        self.name.textChanged.connect(self._edited)
        self.description.textChanged.connect(self._edited)

    def fill(self) -> None:
        self.name.setText(self.state.name)
        self.description.setPlainText(self.state.description)

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.state.name = self.name.text()
        self.state.description = self.description.toPlainText()
        self.changed()
