"""open_new_vmss: the New VM Protection Policy wizard's window (name and description; the VMs to protect; the kind
of snapshot; how often and when; how many snapshots to keep; summary). Logic in core/wizard/vmss.py."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ...core.commands import WizardRequest
from ...core.commands.choices import ChoiceChecks
from ...core.i18n import translate
from ...core.wizard import WizardFlow
from ...core.wizard.vmss import (
    DAYS,
    FREQUENCIES,
    NULL,
    TYPES,
    PolicyChoices,
    day_text,
    default_choices,
    policy_name,
    policy_pages,
    protectable_vms,
    start_create,
    type_text,
)
from .members_page import MemberVmsPageWidget
from .name_page import NameDescriptionPageWidget, named
from .page import PageWidget
from .summary import SummaryPageWidget
from .window import WizardWindow


def frequency_text(frequency: str) -> str:
    return {"hourly": translate("Vmss", "Hourly"), "daily": translate("Vmss", "Daily"),
            "weekly": translate("Vmss", "Weekly")}.get(frequency, frequency)


class NamePageWidget(NameDescriptionPageWidget):
    state: PolicyChoices
    PREFIX = "vmss"


class VmsPageWidget(MemberVmsPageWidget):
    state: PolicyChoices
    PREFIX = "vmss"

    def labels(self) -> dict[str, str]:
        return {"list": translate("Vmss", "VMs to protect"), "move": translate("Vmss", "&Move them to this policy"),
                "move_name": translate("Vmss", "Move VMs protected by another policy to this one"),
                "caption": translate("Vmss", "Choose the VMs this policy protects (you can add more later):")}

    def entries(self) -> list[tuple[str, str, str]]:
        cache = self.state.cache
        found = []
        for ref, record in protectable_vms(cache):
            current = str(record.get("snapshot_schedule", NULL))
            name = str(record.get("name_label", ref))
            text = name if current in ("", NULL) else \
                translate("Vmss", "{0} (in policy '{1}')").format(name, policy_name(cache, current))
            found.append((ref, name, text))
        return found

class TypePageWidget(PageWidget):
    state: PolicyChoices

    def __init__(self, logic: Any, state: PolicyChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.group = QButtonGroup(self)
        form = QFormLayout(self)
        self.buttons: dict[str, QRadioButton] = {}
        for kind in TYPES:
            button = QRadioButton(type_text(kind), self)
            named(button, f"vmssType_{kind}", type_text(kind))
            self.group.addButton(button)
            self.buttons[kind] = button
            form.addRow(button)
            button.toggled.connect(self._edited)
        form.addRow(self.caption("vmssTypeNote", translate("Vmss", "A snapshot of the disks and memory (a checkpoint) "
                                                                   "is taken of running VMs; halted VMs get a disk "
                                                                   "snapshot.")))
        form.addRow("", self.message("type"))

    def fill(self) -> None:
        self.buttons[self.state.kind].setChecked(True)

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.state.kind = next(kind for kind, button in self.buttons.items() if button.isChecked())
        self.changed()


class SchedulePageWidget(PageWidget):
    state: PolicyChoices

    def __init__(self, logic: Any, state: PolicyChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.frequency = QComboBox(self)
        named(self.frequency, "vmssFrequency", translate("Vmss", "Frequency"))
        for frequency in FREQUENCIES:
            self.frequency.addItem(frequency_text(frequency), frequency)
        self.hour = QSpinBox(self)
        named(self.hour, "vmssHour", translate("Vmss", "Hour"))
        self.hour.setRange(0, 99)
        self.minute = QSpinBox(self)
        named(self.minute, "vmssMinute", translate("Vmss", "Minutes past the hour"))
        self.minute.setRange(0, 59)
        self.days: dict[str, QCheckBox] = {}
        form = QFormLayout(self)
        form.addRow(translate("Vmss", "&Frequency:"), self.frequency)
        form.addRow("", self.message("frequency"))
        form.addRow(translate("Vmss", "&Hour:"), self.hour)
        form.addRow("", self.message("hour"))
        form.addRow(translate("Vmss", "&Minutes past the hour:"), self.minute)
        form.addRow("", self.message("minute"))
        for day in DAYS:
            box = QCheckBox(day_text(day), self)
            named(box, f"vmssDay_{day}", day_text(day))
            self.days[day] = box
            form.addRow(box)
            box.toggled.connect(self._edited)
        form.addRow("", self.message("days"))
        self.frequency.currentIndexChanged.connect(self._edited)
        self.hour.valueChanged.connect(self._edited)
        self.minute.valueChanged.connect(self._edited)

    def fill(self) -> None:
        self.frequency.setCurrentIndex(max(0, self.frequency.findData(self.state.frequency)))
        self.hour.setValue(self.state.hour)
        self.minute.setValue(self.state.minute)
        for day, box in self.days.items():
            box.setChecked(day in self.state.days)
        self._show_fields()

    def _show_fields(self) -> None:
        self.hour.setEnabled(self.state.frequency != "hourly")
        for box in self.days.values():
            box.setEnabled(self.state.frequency == "weekly")

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.state.frequency = str(self.frequency.currentData() or "")
        self.state.hour = self.hour.value()
        self.state.minute = self.minute.value()
        self.state.days = [day for day, box in self.days.items() if box.isChecked()]
        self._show_fields()
        self.changed()


class RetentionPageWidget(PageWidget):
    state: PolicyChoices

    def __init__(self, logic: Any, state: PolicyChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.retained = QSpinBox(self)
        named(self.retained, "vmssRetained", translate("Vmss", "Snapshots to keep"))
        self.retained.setRange(0, 99)
        self.enabled = QCheckBox(translate("Vmss", "&Enable the policy now"), self)
        named(self.enabled, "vmssEnabled", translate("Vmss", "Enable the policy now"))
        form = QFormLayout(self)
        form.addRow(translate("Vmss", "&Number of snapshots to keep:"), self.retained)
        form.addRow("", self.message("retained"))
        form.addRow(self.caption("vmssRetainedNote", translate("Vmss", "When a VM has more snapshots from the policy, "
                                                                       "the oldest are deleted. Your own snapshots "
                                                                       "are never deleted.")))
        form.addRow(self.enabled)
        self.retained.valueChanged.connect(self._edited)
        self.enabled.toggled.connect(self._edited)

    def fill(self) -> None:
        self.retained.setValue(self.state.retained)
        self.enabled.setChecked(self.state.enabled)

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.state.retained = self.retained.value()
        self.state.enabled = self.enabled.isChecked()
        self.changed()


def open_new_vmss(request: WizardRequest, parent: QWidget | None = None,
                  choice_checks: ChoiceChecks | None = None) -> WizardWindow:
    vm = request.item.ref if request.item is not None and request.item.cls == "VM" else ""
    state = default_choices(request.connection, vm)
    flow = WizardFlow(policy_pages(), state)
    widgets: dict[str, type[PageWidget]] = {"name": NamePageWidget, "vms": VmsPageWidget, "type": TypePageWidget,
                                            "schedule": SchedulePageWidget, "retention": RetentionPageWidget}
    pages: list[PageWidget] = [SummaryPageWidget(logic, state, flow) if logic.key == "summary" else
                               widgets[logic.key](logic, state) for logic in flow.pages]
    title = translate("Vmss", "New VM Protection Policy — {0}").format(request.connection.display_name)
    return WizardWindow(title, "newVmssWizard", flow, pages, lambda c: start_create(request.operations, c), parent,
                        finish_text=translate("Vmss", "&Finish"))
