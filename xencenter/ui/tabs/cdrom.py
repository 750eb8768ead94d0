"""The VM's CD/DVD drive: an ISO picker (VDIs of ISO SRs) with Insert and Eject, run as Operations."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ...core.connection import Connection
from ...core.i18n import translate
from ...core.objects import VM, is_null
from ...core.operation import Operation
from ...core.operations import OperationList, OperationRunner
from ...core.rbac import refusal_for
from ..widgets.buttons import make_button
from . import fmt
from .deps import Tracker

EMPTY = ""  # the picker's "no ISO" entry


def cd_drive(tracker: Tracker, vm: VM) -> tuple[str, Any] | None:
    """The VM's first CD VBD (by userdevice) and its record, or None."""
    drives = []
    for ref in vm.vbds:
        vbd = tracker.get("VBD", ref)
        if vbd is not None and vbd.get("type") == "CD":
            drives.append((str(vbd.get("userdevice", "")), ref, vbd))
    if not drives:
        return None
    _, ref, vbd = min(drives)
    return ref, vbd


def iso_choices(tracker: Tracker) -> list[tuple[str, str]]:
    """(VDI ref, "name (SR)") for every ISO, sorted by name."""
    found = []
    for _, sr in tracker.items("SR"):
        if sr.get("content_type") != "iso":
            continue
        for vdi_ref in sr.get("VDIs") or ():
            vdi = tracker.get("VDI", str(vdi_ref))
            if vdi is not None and not vdi.get("missing", False):
                name = str(vdi.get("name_label") or vdi_ref)
                text = translate("StorageTab", "{0} ({1})").format(name, sr.get("name_label", ""))
                found.append((name.lower(), str(vdi_ref), text))
    return [(ref, text) for _, ref, text in sorted(found)]


class CdDrive(QWidget):
    def __init__(self, operations: OperationList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.connection: Connection | None = None
        self.vm_ref = ""
        self.vbd_ref = ""
        self._inserted = EMPTY  # the VDI in the drive as last rendered: the picker follows it when it changes
        self.label = QLabel(translate("StorageTab", "DVD drive:"), self)
        self.label.setObjectName("cd-label")
        self.picker = QComboBox(self)
        self.picker.setObjectName("cd-iso-picker")
        self.picker.setAccessibleName(translate("StorageTab", "ISO image"))
        self.picker.setMinimumContentsLength(30)
        self.label.setBuddy(self.picker)
        self.insert_button = make_button(self, "cd-insert", translate("StorageTab", "&Insert"),
                                         translate("StorageTab", "Insert the chosen ISO"), lambda: self.insert())
        self.eject_button = make_button(self, "cd-eject", translate("StorageTab", "&Eject"),
                                        translate("StorageTab", "Eject the ISO"), lambda: self.eject())
        self.status = QLabel(self)
        self.status.setObjectName("cd-status")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.picker, self.insert_button, self.eject_button, self.status):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.picker.currentIndexChanged.connect(self._update_buttons)
        self._allowed: frozenset[str] = frozenset()
        self._busy = False  # xapi is running an operation on the drive (VBD.current_operations)
        self._denied: str | None = None  # the login's role may not change the drive (RBAC)
        self.pending: Operation | None = None  # ours, from the click until it ends

    def show_drive(self, tracker: Tracker, connection: Connection, vm: VM) -> None:
        self.connection = connection
        self.vm_ref = vm.ref
        self._denied = refusal_for(connection.access, ("vbd.insert", "vbd.eject"))
        drive = cd_drive(tracker, vm)
        choices = iso_choices(tracker)
        if drive is None:
            self.vbd_ref = ""
            self.status.setText(translate("StorageTab", "This VM has no DVD drive."))
            self._allowed = frozenset()
            self._fill([], EMPTY)
            return
        self.vbd_ref, vbd = drive
        inserted = EMPTY if vbd.get("empty", True) or is_null(vbd.get("VDI")) else str(vbd.get("VDI"))
        self._allowed = frozenset(str(op) for op in vbd.get("allowed_operations") or ())
        self._busy = bool(vbd.get("current_operations"))
        if inserted and inserted not in {ref for ref, _ in choices}:
            choices.append((inserted, tracker.name_of("VDI", inserted, fmt.unknown())))
        pick = inserted if inserted != self._inserted else self.picked() or inserted
        self._inserted = inserted
        self._fill(choices, pick)
        if self._busy:
            self.status.setText(translate("StorageTab", "Busy…"))
        elif self.pending is None or self.pending.is_finished:
            self.status.setText(self.pending.error_text if self.pending is not None else "")

    def _fill(self, choices: list[tuple[str, str]], pick: str) -> None:
        items = [(EMPTY, translate("StorageTab", "<empty>")), *choices]
        current = [(self.picker.itemData(i), self.picker.itemText(i)) for i in range(self.picker.count())]
        self.picker.blockSignals(True)
        try:
            if current != items:
                self.picker.clear()
                for ref, text in items:
                    self.picker.addItem(text, ref)
            index = self.picker.findData(pick)
            self.picker.setCurrentIndex(max(index, 0))
        finally:
            self.picker.blockSignals(False)
        self.picker.setEnabled(bool(self.vbd_ref))
        self._update_buttons()

    def picked(self) -> str:
        data = self.picker.currentData()
        return str(data) if data else EMPTY

    def _update_buttons(self) -> None:
        picked = self.picked()
        idle = bool(self.vbd_ref) and not self._busy and (self.pending is None or self.pending.is_finished)
        can_eject = "eject" in self._allowed
        can_insert = "insert" in self._allowed if not self._inserted else can_eject
        allowed = self._denied is None
        self.insert_button.setEnabled(allowed and idle and bool(picked) and picked != self._inserted and can_insert)
        self.eject_button.setEnabled(allowed and idle and bool(self._inserted) and can_eject)
        for button in (self.insert_button, self.eject_button):
            button.setToolTip(self._denied or button.accessibleName())

    # -- actions -------------------------------------------------------------------------------------------

    def insert(self) -> Operation | None:
        """Insert the picked ISO (ejecting the current one first); returns the Operation."""
        vdi = self.picked()
        if self.connection is None or not self.vbd_ref or not vdi:
            return None
        vm_name, vdi_name = self._name(self.vm_ref), self._name(vdi)
        title = translate("StorageTab", "Inserting {0} into {1}").format(vdi_name, vm_name)
        refs = [self.vm_ref, self.vbd_ref, vdi]
        vbd = self.vbd_ref
        if not self._inserted:
            return self._started(self.operations.start_task(title, self.connection, refs, "VBD.insert", vbd, vdi))

        async def swap(runner: OperationRunner) -> Any:
            await runner.run_task("VBD.eject", vbd, span=(0.0, 0.5))
            return await runner.run_task("VBD.insert", vbd, vdi, span=(0.5, 1.0))

        return self._started(self.operations.start(title, self.connection, refs, swap))

    def eject(self) -> Operation | None:
        if self.connection is None or not self.vbd_ref or not self._inserted:
            return None
        title = translate("StorageTab", "Ejecting {0} from {1}").format(self._name(self._inserted),
                                                                          self._name(self.vm_ref))
        return self._started(self.operations.start_task(
            title, self.connection, [self.vm_ref, self.vbd_ref, self._inserted], "VBD.eject", self.vbd_ref))

    def _started(self, operation: Operation) -> Operation:
        self.pending = operation
        self.status.setText(translate("StorageTab", "Busy…"))
        operation.finished.connect(self._finished)
        self._update_buttons()
        return operation

    def _finished(self) -> None:
        # A failure may leave the drive's record unchanged (no re-render), so report it here.
        if self.pending is not None:
            self.status.setText(self.pending.error_text)
        self._update_buttons()

    def _name(self, ref: str) -> str:
        if self.connection is None:
            return ref
        found = self.connection.cache.resolve(ref)
        return str(found[1].get("name_label") or ref) if found is not None else ref
