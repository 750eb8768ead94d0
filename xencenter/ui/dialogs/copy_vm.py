"""CopyVmDialog: the new name and either a fast clone or a full copy to a chosen SR (from the cache)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from ...core.cache import ObjectCache
from ...core.i18n import translate
from ...core.objects import VM


class CopyVmDialog(QDialog):
    def __init__(self, cache: ObjectCache, vm_ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copyVmDialog")
        vm = VM.lookup(cache, vm_ref)
        name = vm.name if vm is not None else vm_ref
        self.setWindowTitle(translate("CopyVmDialog", "Copy '{0}'").format(name))
        self.setAccessibleName(self.windowTitle())
        self.name = QLineEdit(translate("CopyVmDialog", "Copy of {0}").format(name), self)
        self.name.setObjectName("copyName")
        self.name.setAccessibleName(translate("CopyVmDialog", "Name"))
        self.target = QComboBox(self)
        self.target.setObjectName("copyTarget")
        self.target.setAccessibleName(translate("CopyVmDialog", "Copy mode and storage"))
        self.target.addItem(translate("CopyVmDialog", "Fast clone (same storage)"), "")
        for ref, record in sorted(cache.items("SR"), key=lambda item: str(item[1].get("name_label", ""))):
            if record.get("content_type") != "iso":
                text = translate("CopyVmDialog", "Full copy to {0}").format(record.get("name_label", ref))
                self.target.addItem(text, ref)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("copyButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("CopyVmDialog", "&Name:"), self.name)
        form.addRow(translate("CopyVmDialog", "&Mode:"), self.target)
        form.addRow(buttons)

    def answer(self) -> tuple[str, str]:
        return self.name.text().strip(), str(self.target.currentData() or "")
