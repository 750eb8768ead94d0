"""open_new_vapp / open_vapp_properties: the New vApp wizard's window (name and description; the VMs, those of
another vApp marked; each VM's start order, start delay and shutdown delay with the sequence in words; summary), and
the same pages on an existing vApp for its Properties. Logic in core/wizard/vapp.py."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.commands import WizardRequest
from ...core.commands.choices import ChoiceChecks
from ...core.i18n import translate
from ...core.vapps import assignable_vms, in_another_vapp, shutdown_sequence, start_sequence
from ...core.wizard import WizardFlow
from ...core.wizard.vapp import (
    MAX_DELAY,
    MAX_ORDER,
    VappChoices,
    default_choices,
    existing_choices,
    start_create,
    start_edit,
    vapp_pages,
    vm_name,
)
from .members_page import MemberVmsPageWidget
from .name_page import NameDescriptionPageWidget, named
from .page import PageWidget
from .summary import SummaryPageWidget
from .window import WizardWindow


class NamePageWidget(NameDescriptionPageWidget):
    state: VappChoices
    PREFIX = "vapp"


class VmsPageWidget(MemberVmsPageWidget):
    state: VappChoices
    PREFIX = "vapp"

    def labels(self) -> dict[str, str]:
        return {"list": translate("Vapps", "VMs in the vApp"), "move": translate("Vapps", "&Move them to this vApp"),
                "move_name": translate("Vapps", "Move VMs of another vApp to this one"),
                "caption": translate("Vapps", "Choose the VMs of the vApp (a VM is in one vApp at most):")}

    def entries(self) -> list[tuple[str, str, str]]:
        found = []
        for vm in assignable_vms(self.state.cache):
            other = in_another_vapp(vm, self.state.vapp)
            text = vm.name if other is None else translate("Vapps", "{0} (in vApp '{1}')").format(vm.name, other.name)
            found.append((vm.ref, vm.name, text))
        return found

class OrderPageWidget(PageWidget):
    """Each chosen VM's start order, start delay and shutdown delay; the sequence they give, in words."""

    state: VappChoices

    def __init__(self, logic: Any, state: VappChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.table = QTableWidget(0, 4, self)
        named(self.table, "vappOrder", translate("Vapps", "Start order and delays"))
        self.table.setHorizontalHeaderLabels([translate("Vapps", "VM"), translate("Vapps", "Start order"),
                                              translate("Vapps", "Start delay (s)"),
                                              translate("Vapps", "Shutdown delay (s)")])
        self.table.verticalHeader().hide()
        self.order: dict[str, QSpinBox] = {}
        self.start_delay: dict[str, QSpinBox] = {}
        self.shutdown_delay: dict[str, QSpinBox] = {}
        self.sequence = self.caption("vappSequencePreview", "")
        self.sequence.setAccessibleName(translate("Vapps", "The sequence"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption("vappOrderNote", translate(
            "Vapps", "VMs start by ascending order, those of one order together. The start delay is how long to "
                     "wait after a VM starts before the next order starts; the shutdown delay, after it shuts "
                     "down, before the next (lower) order shuts down.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.sequence)
        layout.addWidget(self.message("order"))

    def _spin(self, name: str, accessible: str, maximum: int, value: int) -> QSpinBox:
        box = QSpinBox(self.table)
        named(box, name, accessible)
        box.setRange(0, maximum)
        box.setValue(value)
        box.valueChanged.connect(self._edited)
        return box

    def fill(self) -> None:
        self.table.setRowCount(len(self.state.vms))
        self.order, self.start_delay, self.shutdown_delay = {}, {}, {}
        for row, vm in enumerate(self.state.vms):
            name = vm_name(self.state.cache, vm)
            choice = self.state.setting(vm)
            self.table.setCellWidget(row, 0, self.caption(f"vappVm{row}", name))
            self.order[vm] = self._spin(f"vappOrder{row}", translate("Vapps", "Start order of {0}").format(name),
                                        MAX_ORDER, choice.order)
            self.start_delay[vm] = self._spin(f"vappStartDelay{row}",
                                              translate("Vapps", "Start delay of {0}").format(name), MAX_DELAY,
                                              choice.start_delay)
            self.shutdown_delay[vm] = self._spin(f"vappShutdownDelay{row}",
                                                 translate("Vapps", "Shutdown delay of {0}").format(name), MAX_DELAY,
                                                 choice.shutdown_delay)
            self.table.setCellWidget(row, 1, self.order[vm])
            self.table.setCellWidget(row, 2, self.start_delay[vm])
            self.table.setCellWidget(row, 3, self.shutdown_delay[vm])
        self.table.resizeColumnsToContents()
        self._show_sequence()

    def set_member(self, name: str, order: int, start_delay: int = 0, shutdown_delay: int = 0) -> None:
        """Set one VM's row as a user would (tests)."""
        vm = next(vm for vm in self.state.vms if vm_name(self.state.cache, vm) == name)
        self.order[vm].setValue(order)
        self.start_delay[vm].setValue(start_delay)
        self.shutdown_delay[vm].setValue(shutdown_delay)

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        for vm in self.state.vms:
            if vm in self.order:
                choice = self.state.setting(vm)
                choice.order = self.order[vm].value()
                choice.start_delay = self.start_delay[vm].value()
                choice.shutdown_delay = self.shutdown_delay[vm].value()
        self._show_sequence()
        self.changed()

    def _show_sequence(self) -> None:
        members = self.state.members()
        text = translate("Vapps", "Starts: {0}\nShuts down: {1}").format(
            start_sequence(members), shutdown_sequence(members)) if members else translate(
            "Vapps", "The vApp has no VMs yet: you can add them later in its Properties.")
        self.sequence.setText(text)
        self.sequence.setAccessibleDescription(text)


def _window(request: WizardRequest, state: VappChoices, title: str, name: str, parent: QWidget | None) -> WizardWindow:
    flow = WizardFlow(vapp_pages(), state)
    widgets: dict[str, type[PageWidget]] = {"name": NamePageWidget, "vms": VmsPageWidget, "order": OrderPageWidget}
    pages: list[PageWidget] = [SummaryPageWidget(logic, state, flow) if logic.key == "summary" else
                               widgets[logic.key](logic, state) for logic in flow.pages]
    finish = start_edit if state.vapp else start_create
    return WizardWindow(title, name, flow, pages, lambda c: finish(request.operations, c), parent,
                        finish_text=translate("Vapps", "&Finish"))


def open_new_vapp(request: WizardRequest, parent: QWidget | None = None,
                  choice_checks: ChoiceChecks | None = None) -> WizardWindow:
    vm = request.item.ref if request.item is not None and request.item.cls == "VM" else ""
    title = translate("Vapps", "New vApp — {0}").format(request.connection.display_name)
    return _window(request, default_choices(request.connection, vm), title, "newVappWizard", parent)


def open_vapp_properties(request: WizardRequest, parent: QWidget | None = None,
                         choice_checks: ChoiceChecks | None = None) -> WizardWindow:
    ref = request.item.ref if request.item is not None else ""
    state = existing_choices(request.connection, ref) or VappChoices(request.connection, vapp=ref)
    title = translate("Vapps", "Properties of vApp '{0}'").format(state.name)
    return _window(request, state, title, "vappPropertiesWizard", parent)
