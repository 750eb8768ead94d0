"""OptionsDialog (Tools > Options...): a list of pages on the left, the chosen page on the right.

A page is one OptionsPage subclass listed in PAGES: it reads its settings when built and writes them in `save()`,
which the dialog calls for every page on OK (Cancel writes nothing). Later issues add pages by listing them here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.commands import CommandRegistry
from ...core.confirmations import Confirmations
from ...core.i18n import LazyText, translate
from ...core.servers import SettingsBackend


@dataclass(frozen=True)
class OptionsContext:
    """What pages may read and change: the settings store and the commands (their declared options)."""

    settings: SettingsBackend
    commands: CommandRegistry


class OptionsPage(QWidget):
    """Subclasses set KEY (object name "options-KEY") and TITLE (LazyText in the "Options" context)."""

    KEY: ClassVar[str] = ""
    TITLE: ClassVar[LazyText]

    def __init__(self, context: OptionsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"options-{self.KEY}")
        self.setAccessibleName(self.TITLE.text())

    def save(self) -> None:
        raise NotImplementedError


class ConfirmationsPage(OptionsPage):
    """One check box per verb whose question can be turned off ("Don't ask me again"): ticked = ask."""

    KEY = "confirmations"
    TITLE = LazyText("Options", "Confirmations")

    def __init__(self, context: OptionsContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.confirmations = Confirmations(context.settings)
        layout = QVBoxLayout(self)
        intro = QLabel(translate("Options", "Ask for confirmation before:"), self)
        intro.setObjectName("confirmationsIntro")
        intro.setAccessibleName(intro.text())
        layout.addWidget(intro)
        self.checks: dict[str, QCheckBox] = {}
        for command in context.commands:
            label = command.verb.ask_option
            if label is None:
                continue
            check = QCheckBox(label.text(), self)
            check.setObjectName(f"confirm_{command.id.replace('.', '_')}")
            check.setAccessibleName(label.text())
            check.setChecked(self.confirmations.asks(command.id))
            layout.addWidget(check)
            self.checks[command.id] = check
        layout.addStretch(1)

    def save(self) -> None:
        for command_id, check in self.checks.items():
            self.confirmations.set_asks(command_id, check.isChecked())


PAGES: tuple[type[OptionsPage], ...] = (ConfirmationsPage,)


class OptionsDialog(QDialog):
    def __init__(self, context: OptionsContext, parent: QWidget | None = None,
                 pages: Sequence[type[OptionsPage]] = PAGES) -> None:
        super().__init__(parent)
        self.setObjectName("optionsDialog")
        self.setWindowTitle(translate("Options", "Options"))
        self.setAccessibleName(self.windowTitle())
        self.page_list = QListWidget(self)
        self.page_list.setObjectName("optionsPageList")
        self.page_list.setAccessibleName(translate("Options", "Pages"))
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("optionsPages")
        self.stack.setAccessibleName(translate("Options", "Page"))
        self.pages: dict[str, OptionsPage] = {}
        for page_class in pages:
            page = page_class(context, self.stack)
            self.pages[page.KEY] = page
            self.stack.addWidget(page)
            self.page_list.addItem(page.TITLE.text())
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.page_list.setCurrentRow(0)
        self.page_list.setMaximumWidth(self.page_list.sizeHintForColumn(0) + 24)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.setObjectName("optionsButtons")
        self.buttons.setAccessibleName(translate("Options", "Dialog buttons"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.page_list)
        row.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.buttons)

    def page(self, key: str) -> OptionsPage:
        return self.pages[key]

    def accept(self) -> None:
        for page in self.pages.values():
            page.save()
        super().accept()
