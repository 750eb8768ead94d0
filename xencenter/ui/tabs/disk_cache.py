"""The IntelliCache options of the disk chosen in a VM's Storage tab: whether the disk is cached, and whether it is
reset to its state at boot on each start. Each box shows the cache's value and runs its verb when clicked
(core/commands/intellicache.py), greyed with the verb's reason when it cannot run."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from ...core.commands import SelectedItem
from ...core.connection import Connection
from ...core.i18n import translate
from ...core.objects import is_null
from ..models.rows import KEY_ROLE, RowsModel

if TYPE_CHECKING:
    from .base import BaseTab

ALLOW = "vdi.set_allow_caching"
ON_BOOT = "vdi.set_on_boot"


class DiskCachePanel(QGroupBox):
    def __init__(self, tab: BaseTab, table: QAbstractItemView, rows: RowsModel, parent: QWidget | None = None) -> None:
        super().__init__(translate("StorageTab", "IntelliCache"), parent)
        self.setObjectName("disk-cache")
        self.setAccessibleName(translate("StorageTab", "IntelliCache options of the selected disk"))
        self.tab = tab
        self.table = table
        self.rows = rows
        self.connection: Connection | None = None
        self.allow = self._box("disk-allow-caching", translate("StorageTab", "Cache this disk (IntelliCache)"), ALLOW)
        self.reset = self._box("disk-on-boot-reset", translate(
            "StorageTab", "Reset to the state at boot on each start (on_boot reset)"), ON_BOOT)
        self.warning = QLabel(translate(
            "StorageTab", "Warning: a disk that is reset on each start loses every change made while the VM runs when "
                          "the VM next shuts down or starts."), self)
        self.warning.setObjectName("disk-reset-warning")
        self.warning.setAccessibleName(translate("StorageTab", "Warning about resetting a disk"))
        self.warning.setWordWrap(True)
        self.note = QLabel(self)  # which disk the boxes are about, or why there is none
        self.note.setObjectName("disk-cache-note")
        self.note.setAccessibleName(translate("StorageTab", "Disk"))
        layout = QVBoxLayout(self)
        for widget in (self.note, self.allow, self.reset, self.warning):
            layout.addWidget(widget)
        table.selectionModel().selectionChanged.connect(lambda *_: self.refresh())

    def _box(self, name: str, text: str, command_id: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setObjectName(name)
        box.setAccessibleName(text)
        box.clicked.connect(lambda checked, c=command_id: self._clicked(c, checked))
        return box

    # -- which disk ---------------------------------------------------------------------------------------

    def vdi(self) -> str:
        """The VDI of the disk row chosen in the table (the first row when none is chosen), or ""."""
        chosen = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        keys = [str(index.data(KEY_ROLE)) for index in chosen] or self.rows.row_keys()[:1]
        if not keys or self.connection is None:
            return ""
        vbd = self.connection.cache.get("VBD", keys[0]) or {}
        vdi = str(vbd.get("VDI") or "")
        return "" if is_null(vdi) else vdi

    def selection(self) -> list[SelectedItem]:
        vdi = self.vdi()
        return [SelectedItem(self.connection, "VDI", vdi)] if vdi and self.connection is not None else []

    # -- showing the cache's values -------------------------------------------------------------------------

    def show_for(self, connection: Connection) -> None:
        self.connection = connection
        self.refresh()

    def refresh(self) -> None:
        selection = self.selection()
        record: dict[str, Any] = {}
        if selection and self.connection is not None:
            record = dict(self.connection.cache.get("VDI", selection[0].ref) or {})
        self.note.setText(translate("StorageTab", "Disk: {0}").format(record.get("name_label", "")) if record else
                          translate("StorageTab", "This VM has no virtual disk."))
        self._show(self.allow, ALLOW, selection, bool(record.get("allow_caching")), record)
        self._show(self.reset, ON_BOOT, selection, record.get("on_boot") == "reset", record)

    def _show(self, box: QCheckBox, command_id: str, selection: list[SelectedItem], checked: bool,
              record: dict[str, Any]) -> None:
        box.setChecked(checked)
        reason = translate("StorageTab", "Select a virtual disk.") if not record else \
            self.tab.context.commands.reason(command_id, selection, self._argument(command_id, not checked))
        box.setEnabled(reason is None)
        box.setToolTip(reason or box.text())

    @staticmethod
    def _argument(command_id: str, checked: bool) -> Any:
        if command_id == ON_BOOT:
            return "reset" if checked else "persist"
        return checked

    def _clicked(self, command_id: str, checked: bool) -> None:
        selection = self.selection()
        if selection:
            self.tab.run_command(command_id, self._argument(command_id, checked), selection)
        self.refresh()  # the cache's value until the server's change arrives as an event
