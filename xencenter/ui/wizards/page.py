"""PageWidget: one wizard page's widgets over its PageLogic, with a message label beside each checked field.

A page writes what the user types into the shared state at once and emits `edited`; the window then asks the
PageLogic for problems and shows each one in the label of its field (`message(key)`), so the user sees why Next
is disabled while typing. `enter()` fills the widgets from the state when the page is shown (state kept across
Back and Next), and `leave()` runs when the user moves on.

Signals:
    edited(): the user changed something on the page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from ...core.i18n import translate
from ...core.wizard import PageLogic, Problem
from ...core.wizard.page import problems_for


class PageWidget(QWidget):
    edited = Signal()

    def __init__(self, logic: PageLogic[Any], state: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.logic = logic
        self.state = state
        self.setObjectName(f"wizardPage_{logic.key}")
        self.setAccessibleName(logic.title.text())
        self._messages: dict[str, QLabel] = {}
        self._filling = False

    def message(self, key: str) -> QLabel:
        """The label beside field `key` where its problems show (hidden while the field is fine)."""
        label = self._messages.get(key)
        if label is None:
            label = QLabel(self)
            label.setObjectName(f"{key.replace(':', '_')}Message")
            label.setAccessibleName(translate("Wizard", "Problem"))
            label.setWordWrap(True)
            label.setStyleSheet("color: #b00020;")
            label.hide()
            self._messages[key] = label
        return label

    def caption(self, name: str, text: str) -> QLabel:
        """A named label of explanatory text on the page."""
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setAccessibleName(text)
        label.setWordWrap(True)
        return label

    def forget_messages(self, prefix: str) -> None:
        """Drop the labels of rows about to be rebuilt (their table deletes the widgets)."""
        for key in [k for k in self._messages if k.startswith(prefix)]:
            del self._messages[key]

    def show_problems(self, problems: list[Problem]) -> str:
        """Show each problem beside its field; returns the rest (about the page, or a field without a label),
        which the window shows under the page."""
        for key, label in self._messages.items():
            text = problems_for(problems, key)
            label.setText(text)
            label.setVisible(bool(text))
        return "\n".join(p.text for p in problems if p.field not in self._messages)

    def changed(self) -> None:
        """Call after writing a widget's value into the state (ignored while `enter` fills the widgets)."""
        if not self._filling:
            self.edited.emit()

    def enter(self) -> None:
        self._filling = True
        try:
            self.fill()
        finally:
            self._filling = False

    def fill(self) -> None:
        """Set the widgets from the state (subclasses)."""

    def leave(self) -> None:
        """The user moves on from this page (subclasses may start background checks for later pages)."""
