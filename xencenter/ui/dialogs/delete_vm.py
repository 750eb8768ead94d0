"""DeleteVmDialog: delete a VM and choose which of its disks and snapshots go with it (XenCenter's Delete VM).

The lists come from core.commands.vm_delete.delete_candidates; the dialog only holds the user's ticks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...core.cache import ObjectCache
from ...core.commands.vm_delete import DeleteAnswer, delete_candidates
from ...core.error_sentences import format_bytes
from ...core.i18n import translate


class DeleteVmDialog(QDialog):
    def __init__(self, cache: ObjectCache, vm_ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteVmDialog")
        record = cache.get("VM", vm_ref) or {}
        name = str(record.get("name_label", vm_ref))
        self.setWindowTitle(translate("DeleteVmDialog", "Delete '{0}'").format(name))
        self.setAccessibleName(self.windowTitle())
        candidates = delete_candidates(cache, vm_ref)
        layout = QVBoxLayout(self)
        intro = QLabel(translate("DeleteVmDialog", "Delete '{0}'? This cannot be undone. Tick the disks and "
                                                   "snapshots to delete with it; the others are kept.").format(name),
                       self)
        intro.setObjectName("deleteVmIntro")
        intro.setAccessibleName(intro.text())
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.disks = self._list("deleteVmDisks", translate("DeleteVmDialog", "Disks"), layout)
        for disk in candidates.disks:
            text = translate("DeleteVmDialog", "{0} ({1} on {2})").format(disk.name, format_bytes(disk.size),
                                                                          disk.sr_name)
            if disk.shared_with:
                text += " - " + translate("DeleteVmDialog", "also used by {0}").format(", ".join(disk.shared_with))
            self._add(self.disks, text, disk.vdi, disk.default)
        if not candidates.disks:
            self._empty(self.disks, translate("DeleteVmDialog", "The VM has no disks."))
        self.snapshots = self._list("deleteVmSnapshots", translate("DeleteVmDialog", "Snapshots"), layout)
        for snap in candidates.snapshots:
            self._add(self.snapshots, snap.name, snap.ref, False)
        if not candidates.snapshots:
            self._empty(self.snapshots, translate("DeleteVmDialog", "The VM has no snapshots."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("deleteVmButtons")
        delete = buttons.addButton(translate("DeleteVmDialog", "&Delete"), QDialogButtonBox.ButtonRole.AcceptRole)
        delete.setObjectName("deleteVmConfirm")
        delete.setAccessibleName(translate("DeleteVmDialog", "Delete"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _list(self, object_name: str, title: str, layout: QVBoxLayout) -> QListWidget:
        label = QLabel(title, self)
        label.setObjectName(object_name + "Label")
        label.setAccessibleName(title)
        widget = QListWidget(self)
        widget.setObjectName(object_name)
        widget.setAccessibleName(title)
        label.setBuddy(widget)
        layout.addWidget(label)
        layout.addWidget(widget)
        return widget

    @staticmethod
    def _add(widget: QListWidget, text: str, ref: str, checked: bool) -> None:
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, ref)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    @staticmethod
    def _empty(widget: QListWidget, text: str) -> None:
        item = QListWidgetItem(text, widget)
        item.setFlags(Qt.ItemFlag.NoItemFlags)

    def set_checked(self, ref: str, checked: bool) -> None:
        for widget in (self.disks, self.snapshots):
            for row in range(widget.count()):
                item = widget.item(row)
                if item.data(Qt.ItemDataRole.UserRole) == ref:
                    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    @staticmethod
    def _ticked(widget: QListWidget) -> frozenset[str]:
        out = set()
        for row in range(widget.count()):
            item = widget.item(row)
            ref = item.data(Qt.ItemDataRole.UserRole)
            if ref and item.checkState() == Qt.CheckState.Checked:
                out.add(str(ref))
        return frozenset(out)

    def answer(self) -> DeleteAnswer:
        return DeleteAnswer(self._ticked(self.disks), self._ticked(self.snapshots))
