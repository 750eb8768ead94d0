"""ManagerDialog: a pool's objects of one class in a table, with a button per verb (XenCenter's VM Protection
Policies and Manage vApps dialogs).

Each button runs a command of the dialog's own registry (core/commands/dialog_verbs.py) on the object selected in
the table, or, for the "New" verb, on the pool; a button is disabled with the command's reason as its tooltip.
Subclasses say which class they list and what each row shows (`rows`). Non-modal, one per server; the table
follows the cache and keeps the selection.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.asyncutil import spawn
from ...core.commands import SelectedItem
from ...core.commands.dialog_verbs import DialogVerbs
from ...core.connection import Connection
from ...core.i18n import translate


def named(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


def _cell(text: str, ref: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setData(Qt.ItemDataRole.UserRole, ref)
    return item


class ManagerDialog(QDialog):
    OBJECT_CLASS = ""  # the XenAPI class a row stands for
    NEW_COMMAND = ""  # the verb that runs on the pool rather than on the selected row
    PREFIX = ""  # of the widgets' object names ("vmss": vmssTable, vmssIntro, vmssClose)

    def __init__(self, connection: Connection, verbs: DialogVerbs, *, name: str, title: str, intro: str,
                 table_name: str, headers: Sequence[str], buttons: Sequence[tuple[str, str, str]],
                 parent: QWidget | None = None) -> None:
        """`buttons`: (command id, object name, text with its & key) each."""
        super().__init__(parent)
        self.connection = connection
        self.verbs = verbs
        named(self, name, title)
        self.setWindowTitle(title)
        self.intro = QLabel(intro, self)
        named(self.intro, f"{self.PREFIX}Intro", intro)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(headers), self)
        named(self.table, f"{self.PREFIX}Table", table_name)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)  # no row numbers (nor their unnamed corner button), as make_table
        self.table.itemSelectionChanged.connect(self.selection_changed)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for command_id, name, text in buttons:
            button = QPushButton(text, self)
            named(button, name, text.replace("&", ""))
            button.clicked.connect(lambda _=False, c=command_id: self.trigger(c))
            self.buttons[command_id] = button
            row.addWidget(button)
        row.addStretch(1)
        close = QPushButton(translate("ManagerDialog", "Close"), self)
        named(close, f"{self.PREFIX}Close", translate("ManagerDialog", "Close"))
        close.clicked.connect(self.close)
        row.addWidget(close)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.table, 1)
        self.button_row = row
        connection.cache.batch_applied.connect(self._on_batch)

    def finish_layout(self) -> None:
        """Put the buttons under what the subclass added, and fill the table (the end of a subclass's __init__)."""
        self.body.addLayout(self.button_row)
        self.show_rows()

    def _on_batch(self, _delta: object) -> None:
        self.show_rows()

    def rows(self) -> list[tuple[str, list[str]]]:
        """(ref, cells) of each object shown, in order (subclasses)."""
        raise NotImplementedError

    def refs(self) -> list[str]:
        """The objects shown, in order."""
        items = (self.table.item(row, 0) for row in range(self.table.rowCount()))
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in items if item is not None]

    def show_rows(self) -> None:
        chosen = self.selected()
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for row, (ref, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, _cell(text, ref))
            if ref == chosen:
                self.table.selectRow(row)
        self.selection_changed()

    def selection_changed(self) -> None:
        self.update_buttons()

    def selected(self) -> str:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows:
            return ""
        item = self.table.item(min(rows), 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def select(self, ref: str) -> None:
        for row, shown in enumerate(self.refs()):
            if shown == ref:
                self.table.selectRow(row)

    def selection_for(self, command_id: str) -> list[SelectedItem]:
        if command_id == self.NEW_COMMAND:
            pool = next((ref for ref, _record in self.connection.cache.items("pool")), "")
            return [SelectedItem(self.connection, "pool", pool)]
        ref = self.selected()
        return [SelectedItem(self.connection, self.OBJECT_CLASS, ref)] if ref else []

    def update_buttons(self) -> None:
        for command_id, button in self.buttons.items():
            reason = self.verbs.reason(command_id, self.selection_for(command_id))
            button.setEnabled(reason is None)
            button.setToolTip(reason or button.accessibleName())

    def trigger(self, command_id: str) -> asyncio.Task[bool] | None:
        """Run the button's command on the selected object in the background; None when it cannot run."""
        selection = self.selection_for(command_id)
        if self.verbs.reason(command_id, selection) is not None:
            return None
        return spawn(self.verbs.run(command_id, selection), name=command_id, owner=self)
