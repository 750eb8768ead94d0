"""TakeSnapshotDialog (name, description, disk only or with memory) and RevertDialog (the warning about losing the
current state, with "Take a snapshot of the current state first")."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core.cache import ObjectCache
from ...core.commands.snapshot import RevertAnswer, SnapshotRequest
from ...core.i18n import translate
from ...core.objects import VM


def _named(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


class TakeSnapshotDialog(QDialog):
    """Name and description (and, to take one, disks only or with memory). `purpose` "take" takes a snapshot of
    the VM `vm_ref`; "properties" edits the snapshot `vm_ref`; "template" names a template made from it."""

    def __init__(self, cache: ObjectCache, vm_ref: str, parent: QWidget | None = None, purpose: str = "take") -> None:
        super().__init__(parent)
        vm = VM.lookup(cache, vm_ref)
        name = vm.name if vm is not None else vm_ref
        titles = {"take": (translate("SnapshotDialogs", "Take Snapshot of '{0}'"),
                           translate("SnapshotDialogs", "Snapshot of {0}")),
                  "properties": (translate("SnapshotDialogs", "Properties of the snapshot '{0}'"), "{0}"),
                  "template": (translate("SnapshotDialogs", "New Template from the snapshot '{0}'"),
                               translate("SnapshotDialogs", "Template from {0}"))}
        title, suggested = titles[purpose]
        dialog_names = {"take": "takeSnapshotDialog", "properties": "snapshotPropertiesDialog",
                        "template": "templateFromSnapshotDialog"}
        _named(self, dialog_names[purpose], title.format(name))
        self.setWindowTitle(self.accessibleName())
        self.name = QLineEdit(suggested.format(name), self)
        _named(self.name, "snapshotName", translate("SnapshotDialogs", "Name"))
        self.description = QPlainTextEdit(self)
        _named(self.description, "snapshotDescription", translate("SnapshotDialogs", "Description"))
        if purpose == "properties" and vm is not None:
            self.description.setPlainText(str(vm.record.get("name_description", "")))
        self.disk_only = QRadioButton(translate("SnapshotDialogs", "&Disks only"), self)
        _named(self.disk_only, "snapshotDiskOnly", translate("SnapshotDialogs", "Disks only"))
        self.with_memory = QRadioButton(translate("SnapshotDialogs", "Disks and &memory (a checkpoint)"), self)
        _named(self.with_memory, "snapshotWithMemory", translate("SnapshotDialogs", "Disks and memory"))
        self.disk_only.setChecked(True)
        can_checkpoint = vm is not None and "checkpoint" in vm.allowed_operations
        self.with_memory.setEnabled(can_checkpoint)
        note = translate("SnapshotDialogs", "Quiesced snapshots (VSS) are not offered: current servers removed them.")
        if not can_checkpoint:
            note = translate("SnapshotDialogs", "Memory can be included only while the VM is running.") + " " + note
        self.note = QLabel(note, self)
        _named(self.note, "snapshotNote", note)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        _named(self.buttons, "snapshotButtons", translate("SnapshotDialogs", "Buttons"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel(self)
        _named(self.error, "snapshotError", translate("SnapshotDialogs", "Problem"))
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(translate("SnapshotDialogs", "&Name:"), self.name)
        form.addRow("", self.error)
        form.addRow(translate("SnapshotDialogs", "D&escription:"), self.description)
        if purpose == "take":
            form.addRow(self.disk_only)
            form.addRow(self.with_memory)
            form.addRow(self.note)
        else:  # kept (answer() reads them) but not offered: only names are asked
            for widget in (self.disk_only, self.with_memory, self.note):
                widget.hide()
            self.with_memory.setEnabled(False)
        form.addRow(self.buttons)

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(translate("SnapshotDialogs", "Type a name."))
            self.error.show()
            return
        self.accept()

    def answer(self) -> SnapshotRequest:
        return SnapshotRequest(self.name.text().strip(), self.description.toPlainText(),
                               self.with_memory.isChecked() and self.with_memory.isEnabled())


class RevertDialog(QDialog):
    def __init__(self, cache: ObjectCache, snapshot_ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        snap = VM.lookup(cache, snapshot_ref)
        snap_name = snap.name if snap is not None else snapshot_ref
        source = VM.lookup(cache, str(snap.record.get("snapshot_of", ""))) if snap is not None else None
        vm_name = source.name if source is not None else ""
        _named(self, "revertDialog", translate("SnapshotDialogs", "Revert to '{0}'").format(snap_name))
        self.setWindowTitle(self.accessibleName())
        text = translate("SnapshotDialogs", "Reverting '{0}' to the snapshot '{1}' loses the VM's current state: "
                                            "its disks and, if it is running, its memory.").format(vm_name, snap_name)
        warning = QLabel(text, self)
        _named(warning, "revertWarning", text)
        warning.setWordWrap(True)
        self.snapshot_first = QCheckBox(translate("SnapshotDialogs", "&Take a snapshot of the current state first"),
                                        self)
        _named(self.snapshot_first, "revertSnapshotFirst",
               translate("SnapshotDialogs", "Take a snapshot of the current state first"))
        self.snapshot_first.setChecked(True)
        self.first_name = QLineEdit(translate("SnapshotDialogs", "Before reverting to {0}").format(snap_name), self)
        _named(self.first_name, "revertSnapshotName", translate("SnapshotDialogs", "Name of that snapshot"))
        self.snapshot_first.toggled.connect(self.first_name.setEnabled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        _named(buttons, "revertButtons", translate("SnapshotDialogs", "Buttons"))
        revert = buttons.addButton(translate("SnapshotDialogs", "&Revert"), QDialogButtonBox.ButtonRole.AcceptRole)
        _named(revert, "revertConfirm", translate("SnapshotDialogs", "Revert"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (warning, self.snapshot_first, self.first_name, buttons):
            layout.addWidget(widget)

    def answer(self) -> RevertAnswer:
        if not self.snapshot_first.isChecked():
            return RevertAnswer(False)
        return RevertAnswer(True, self.first_name.text().strip() or translate("SnapshotDialogs", "Before reverting"))
