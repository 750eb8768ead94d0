"""Help > Keyboard Shortcuts: every key the console answers to, the verbs' own (from the command registry, so the
list cannot drift from what the keys do) and the ones Qt and the window give every widget."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.commands import Command
from ...core.i18n import LazyText, translate

# (keys, what they do): Qt's and the window's keys.
GENERAL_KEYS = (
    ("Alt", LazyText("ShortcutsDialog", "Open the menu bar; with a menu's underlined letter, that menu")),
    ("Menu", LazyText("ShortcutsDialog", "The selected object's context menu (in the tree)")),
    ("Tab, Shift+Tab", LazyText("ShortcutsDialog", "Next or previous control: tree, tabs, panes")),
    ("Ctrl+Tab, Ctrl+Shift+Tab", LazyText("ShortcutsDialog", "Next or previous tab of the selected object")),
    ("Ctrl+Alt+F", LazyText("ShortcutsDialog", "Leave the console's full screen, give the keyboard back")),
    ("Ctrl+Q", LazyText("ShortcutsDialog", "Quit")),
)


def command_rows(commands: Iterable[Command]) -> list[tuple[str, str]]:
    """(keys as the platform writes them, verb) for every command with a shortcut, in key order."""
    rows = []
    for command in commands:
        if command.shortcut:
            keys = QKeySequence(command.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            rows.append((keys, command.text.text().replace("&", "").removesuffix("...")))
    return sorted(rows)


class ShortcutsDialog(QDialog):
    def __init__(self, commands: Iterable[Command], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard Shortcuts"))
        self.setAccessibleName(self.windowTitle())
        self.resize(560, 480)
        hint = QLabel(translate("ShortcutsDialog", "Every verb is also in a menu (Alt), so the keyboard alone reaches "
                                                   "it. Verbs that cannot run on the selection do nothing."), self)
        hint.setObjectName("shortcutsHint")
        hint.setAccessibleName(hint.text())
        hint.setWordWrap(True)
        rows = command_rows(commands) + [(keys, text.text()) for keys, text in GENERAL_KEYS]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([translate("ShortcutsDialog", "Keys"),
                                              translate("ShortcutsDialog", "Action")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, (keys, text) in enumerate(rows):
            for column, value in enumerate((keys, text)):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("shortcutsButtons")
        buttons.setAccessibleName(translate("ShortcutsDialog", "Dialog buttons"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(row, 0), text(row, 1)) for row in range(self.table.rowCount())]
