"""open_copy_vm: the Copy VM wizard's window (name and description; fast clone or full copy to an SR; summary)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QComboBox, QFormLayout, QRadioButton, QWidget

from ...core.commands import WizardRequest
from ...core.commands.choices import ChoiceChecks
from ...core.error_sentences import format_bytes
from ...core.i18n import translate
from ...core.wizard import PageLogic, WizardFlow
from ...core.wizard.copy_vm import CopyChoices, copy_pages, default_choices, disk_bytes, sr_free, start_copy, target_srs
from .name_page import NameDescriptionPageWidget, named
from .page import PageWidget
from .summary import SummaryPageWidget
from .window import WizardWindow


class CopyNamePageWidget(NameDescriptionPageWidget):
    state: CopyChoices
    PREFIX = "copy"


class CopyModePageWidget(PageWidget):
    state: CopyChoices

    def __init__(self, logic: PageLogic[CopyChoices], state: CopyChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.clone = QRadioButton(translate("CopyVm", "&Fast clone: share the disks copy-on-write on their storage"),
                                  self)
        named(self.clone, "copyFastClone", translate("CopyVm", "Fast clone"))
        self.full = QRadioButton(translate("CopyVm", "F&ull copy of every disk to:"), self)
        named(self.full, "copyFullCopy", translate("CopyVm", "Full copy"))
        group = QButtonGroup(self)
        group.addButton(self.clone)
        group.addButton(self.full)
        self.sr = QComboBox(self)
        named(self.sr, "copyTargetSr", translate("CopyVm", "Storage repository for the copy"))
        cache = state.connection.cache
        for ref, name in target_srs(cache):
            self.sr.addItem(translate("CopyVm", "{0} ({1} free)").format(name, format_bytes(sr_free(cache, ref))), ref)
        form = QFormLayout(self)
        form.addRow(self.caption("copyNeeds", translate("CopyVm", "A full copy writes {0} of disks.").format(
            format_bytes(disk_bytes(cache, state.vm)))))
        form.addRow(self.clone)
        form.addRow(self.full)
        form.addRow(translate("CopyVm", "&Storage:"), self.sr)
        form.addRow("", self.message("sr"))
        form.addRow("", self.message("mode"))
        self.clone.toggled.connect(self._edited)
        self.sr.currentIndexChanged.connect(self._edited)

    def fill(self) -> None:
        (self.full if self.state.full_copy else self.clone).setChecked(True)
        index = self.sr.findData(self.state.sr)
        if index >= 0:
            self.sr.setCurrentIndex(index)
        self.sr.setEnabled(self.state.full_copy)

    def choose(self, full_copy: bool, sr: str = "") -> None:
        """Pick the mode (and SR) as a user would (tests)."""
        (self.full if full_copy else self.clone).setChecked(True)
        if sr:
            self.sr.setCurrentIndex(self.sr.findData(sr))

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.state.full_copy = self.full.isChecked()
        self.state.sr = str(self.sr.currentData() or "")
        self.sr.setEnabled(self.state.full_copy)
        self.changed()


def open_copy_vm(request: WizardRequest, parent: QWidget | None = None,
                 choice_checks: ChoiceChecks | None = None) -> WizardWindow:
    connection = request.connection
    vm = request.item.ref if request.item is not None else ""
    state = default_choices(connection, vm)
    srs = target_srs(connection.cache)
    state.sr = srs[0][0] if srs else ""
    flow = WizardFlow(copy_pages(), state)
    widgets: dict[str, type[PageWidget]] = {"name": CopyNamePageWidget, "mode": CopyModePageWidget}
    pages: list[PageWidget] = [SummaryPageWidget(logic, state, flow) if logic.key == "summary" else
                               widgets[logic.key](logic, state) for logic in flow.pages]

    def finish(choices: CopyChoices) -> Any:
        return start_copy(request.operations, choices)

    name = (connection.cache.get("VM", vm) or {}).get("name_label", vm)
    title = translate("CopyVm", "Copy VM — {0}").format(name)
    return WizardWindow(title, "copyVmWizard", flow, pages, finish, parent, finish_text=translate("CopyVm", "&Copy"))
