"""SummaryPageWidget: the last page of any wizard, every page's summary lines (WizardFlow.summary()) as a form.

A wizard with a last choice of its own (New VM's "Start the new VM automatically") subclasses it and puts its
widgets under the form with `add_below`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ...core.i18n import translate
from ...core.wizard import PageLogic, WizardFlow
from .page import PageWidget


class SummaryPageWidget(PageWidget):
    def __init__(self, logic: PageLogic[Any], state: Any, flow: WizardFlow[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.flow = flow
        self.form = QFormLayout()
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.caption("summaryCaption", translate("Wizard", "Check the settings, then finish:")))
        self._layout.addLayout(self.form)
        self._layout.addStretch(1)

    def add_below(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)

    def fill(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        for index, (label, value) in enumerate(self.flow.summary()):
            text = QLabel(value, self)
            text.setObjectName(f"summary{index}")
            text.setAccessibleName(label)
            text.setWordWrap(True)
            self.form.addRow(label, text)

    def values(self) -> list[str]:
        """The values shown, in order (tests)."""
        shown = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                shown.append(widget.text())
        return shown
