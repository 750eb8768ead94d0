"""VmProtectionDialog (XenCenter's VM Protection Policies): the pool's snapshot schedules (xapi's VMSS) with their
name, whether enabled, schedule, VMs and last run; New, Delete, Enable, Disable, Run Now and Properties run the
policy commands (core/commands/vmss.py) on the selected policy, each button disabled with the command's reason as
its tooltip. Non-modal, one per server; the table follows the cache."""

from __future__ import annotations

import asyncio

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
from ...core.commands.vmss import PolicyVerbs
from ...core.connection import Connection
from ...core.i18n import translate
from ...core.timetext import local_time_text, parse_xapi_time
from ...core.wizard.vmss import schedule_text

NEVER_RUN_YEAR = 1971  # xapi's last_run_time starts at the epoch
BUTTONS = (("pool.new_vmss", "vmssNew"), ("vmss.delete", "vmssDelete"), ("vmss.enable", "vmssEnable"),
           ("vmss.disable", "vmssDisable"), ("vmss.run_now", "vmssRunNow"), ("vmss.properties", "vmssProperties"))


def _named(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


def _cell(text: str, ref: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if ref:
        item.setData(Qt.ItemDataRole.UserRole, ref)
    return item


class VmProtectionDialog(QDialog):
    def __init__(self, connection: Connection, verbs: PolicyVerbs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.verbs = verbs
        _named(self, "vmProtectionDialog", translate("VmProtection", "VM Protection Policies — {0}").format(
            connection.display_name))
        self.setWindowTitle(self.accessibleName())
        self.resize(860, 420)
        intro = QLabel(translate("VmProtection", "Policies take snapshots of their VMs on a schedule and keep the "
                                                 "newest of them."), self)
        _named(intro, "vmssIntro", intro.text())
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        _named(self.table, "vmssTable", translate("VmProtection", "Policies"))
        self.table.setHorizontalHeaderLabels([
            translate("VmProtection", "Name"), translate("VmProtection", "Enabled"),
            translate("VmProtection", "Schedule"), translate("VmProtection", "VMs"),
            translate("VmProtection", "Last run")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        texts = {"pool.new_vmss": translate("VmProtection", "&New..."),
                 "vmss.delete": translate("VmProtection", "&Delete"),
                 "vmss.enable": translate("VmProtection", "&Enable"),
                 "vmss.disable": translate("VmProtection", "D&isable"),
                 "vmss.run_now": translate("VmProtection", "&Run Now"),
                 "vmss.properties": translate("VmProtection", "&Properties...")}
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for command_id, name in BUTTONS:
            button = QPushButton(texts[command_id], self)
            _named(button, name, texts[command_id].replace("&", ""))
            button.clicked.connect(lambda _=False, c=command_id: self.trigger(c))
            self.buttons[command_id] = button
            row.addWidget(button)
        row.addStretch(1)
        close = QPushButton(translate("VmProtection", "Close"), self)
        _named(close, "vmssClose", translate("VmProtection", "Close"))
        close.clicked.connect(self.close)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        connection.cache.batch_applied.connect(self._on_batch)
        self.show_policies()

    def _on_batch(self, _delta: object) -> None:
        self.show_policies()

    def policies(self) -> list[str]:
        """The policies shown, in order (their refs)."""
        items = (self.table.item(row, 0) for row in range(self.table.rowCount()))
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in items if item is not None]

    def show_policies(self) -> None:
        cache = self.connection.cache
        chosen = self.selected()
        records = sorted(cache.items("VMSS"), key=lambda item: (str(item[1].get("name_label", "")).casefold(),
                                                                item[0]))
        self.table.setRowCount(len(records))
        for row, (ref, record) in enumerate(records):
            names = sorted(str((cache.get("VM", vm) or {}).get("name_label", vm)) for vm in record.get("VMs") or [])
            last = parse_xapi_time(record.get("last_run_time"))
            never = last is None or last.year < NEVER_RUN_YEAR
            cells = [str(record.get("name_label", "")),
                     translate("VmProtection", "Yes") if record.get("enabled") else translate("VmProtection", "No"),
                     schedule_text(str(record.get("frequency", "")), dict(record.get("schedule") or {})),
                     ", ".join(names) or translate("VmProtection", "None"),
                     translate("VmProtection", "Never") if never else local_time_text(last)]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, _cell(text, ref))
            if ref == chosen:
                self.table.selectRow(row)
        self.update_buttons()

    def selected(self) -> str:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows:
            return ""
        item = self.table.item(min(rows), 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def select(self, ref: str) -> None:
        for row, shown in enumerate(self.policies()):
            if shown == ref:
                self.table.selectRow(row)

    def selection_for(self, command_id: str) -> list[SelectedItem]:
        if command_id == "pool.new_vmss":
            pool = next((ref for ref, _record in self.connection.cache.items("pool")), "")
            return [SelectedItem(self.connection, "pool", pool)]
        ref = self.selected()
        return [SelectedItem(self.connection, "VMSS", ref)] if ref else []

    def update_buttons(self) -> None:
        for command_id, button in self.buttons.items():
            reason = self.verbs.reason(command_id, self.selection_for(command_id))
            button.setEnabled(reason is None)
            button.setToolTip(reason or button.accessibleName())

    def trigger(self, command_id: str) -> asyncio.Task[bool] | None:
        """Run the button's command on the selected policy in the background; None when it cannot run."""
        selection = self.selection_for(command_id)
        if self.verbs.reason(command_id, selection) is not None:
            return None
        return spawn(self.verbs.run(command_id, selection), name=command_id, owner=self)
