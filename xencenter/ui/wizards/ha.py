"""open_configure_ha: the Configure HA wizard's window (heartbeat SR; each VM's restart priority, order and start
delay with the plan recomputed by the server as they change; failures to tolerate; summary). The server's answers are
asked in the background (never blocking the window) and written into the shared HaChoices."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QFormLayout, QSpinBox, QTableWidget, QVBoxLayout, QWidget

from ...core.asyncutil import spawn
from ...core.commands import WizardRequest
from ...core.commands.choices import ChoiceChecks
from ...core.errors_text import error_text
from ...core.i18n import translate
from ...core.wizard import WizardFlow
from ...core.wizard.ha import (
    PRIORITIES,
    HaChoices,
    default_choices,
    ha_pages,
    heartbeat_srs,
    priority_text,
    start_configure,
)
from ...core.xenapi.errors import XenAPIError, XenAPIFailure
from .name_page import named
from .page import PageWidget
from .summary import SummaryPageWidget
from .window import WizardWindow

PLAN_DELAY_MS = 300  # the plan is asked again once the user pauses editing


class HeartbeatPageWidget(PageWidget):
    state: HaChoices

    def __init__(self, logic: Any, state: HaChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.sr = QComboBox(self)
        named(self.sr, "haHeartbeatSr", translate("HaWizard", "Heartbeat SR"))
        for ref, name in heartbeat_srs(state.cache):
            self.sr.addItem(name, ref)
        form = QFormLayout(self)
        form.addRow(self.caption("haHeartbeatNote", translate(
            "HaWizard", "The servers of the pool write a heartbeat to a statefile on shared storage; a server whose "
                        "heartbeat stops is fenced and its protected VMs restart elsewhere.")))
        form.addRow(translate("HaWizard", "&Heartbeat SR:"), self.sr)
        form.addRow("", self.message("statefile"))
        self.sr.currentIndexChanged.connect(self._edited)
        spawn(self._check_srs(), name="ha.check-srs", owner=self)

    async def _check_srs(self) -> None:
        """Ask the server about each candidate once; its refusal is the reason shown."""
        client = self.state.connection.client
        if client is None:
            return
        for ref, _name in heartbeat_srs(self.state.cache):
            try:
                await client.call("SR.assert_can_host_ha_statefile", ref)
            except XenAPIFailure as failure:
                self.state.sr_reasons[ref] = error_text(failure, self.state.cache)
            except XenAPIError:
                return  # not connected: the page says nothing it does not know
        self.edited.emit()

    def fill(self) -> None:
        index = self.sr.findData(self.state.statefile)
        if index >= 0:
            self.sr.setCurrentIndex(index)

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.state.statefile = str(self.sr.currentData() or "")
        self.changed()


class PrioritiesPageWidget(PageWidget):
    state: HaChoices

    def __init__(self, logic: Any, state: HaChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.table = QTableWidget(len(state.vms), 4, self)
        named(self.table, "haPriorities", translate("HaWizard", "Restart priorities"))
        self.table.setHorizontalHeaderLabels([translate("HaWizard", "VM"), translate("HaWizard", "Restart priority"),
                                              translate("HaWizard", "Start order"),
                                              translate("HaWizard", "Delay (s)")])
        self.table.verticalHeader().hide()
        self.priority: dict[str, QComboBox] = {}
        self.order: dict[str, QSpinBox] = {}
        self.delay: dict[str, QSpinBox] = {}
        for row, protection in enumerate(state.vms.values()):
            name = self.caption(f"haVm{row}", protection.name)
            self.table.setCellWidget(row, 0, name)
            combo = QComboBox(self.table)
            named(combo, f"haPriority{row}", translate("HaWizard", "Restart priority of {0}").format(protection.name))
            for priority in PRIORITIES:
                combo.addItem(priority_text(priority), priority)
            order, delay = QSpinBox(self.table), QSpinBox(self.table)
            named(order, f"haOrder{row}", translate("HaWizard", "Start order of {0}").format(protection.name))
            named(delay, f"haDelay{row}", translate("HaWizard", "Start delay of {0}").format(protection.name))
            order.setRange(0, 9999)
            delay.setRange(0, 3600)
            combo.currentIndexChanged.connect(self._edited)
            order.valueChanged.connect(self._edited)
            delay.valueChanged.connect(self._edited)
            self.table.setCellWidget(row, 1, combo)
            self.table.setCellWidget(row, 2, order)
            self.table.setCellWidget(row, 3, delay)
            self.priority[protection.vm], self.order[protection.vm], self.delay[protection.vm] = combo, order, delay
        self.table.resizeColumnsToContents()
        self.plan = self.caption("haPlan", "")
        self.plan.setAccessibleName(translate("HaWizard", "The plan"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption("haPrioritiesNote", translate(
            "HaWizard", "Restart: the VM is restarted on another server when its server fails, and the plan "
                        "guarantees it a place. Restart if possible: only where memory is left. Servers restart VMs "
                        "by start order, waiting the delay after each.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.plan)
        layout.addWidget(self.message("plan"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PLAN_DELAY_MS)
        self.timer.timeout.connect(lambda: spawn(self.ask_plan(), name="ha.plan", owner=self))
        self.timer.start()

    def fill(self) -> None:
        for vm, protection in self.state.vms.items():
            self.priority[vm].setCurrentIndex(PRIORITIES.index(protection.priority))
            self.order[vm].setValue(protection.order)
            self.delay[vm].setValue(protection.delay)
        self._show_plan()

    def choose(self, vm: str, priority: str) -> None:
        """Pick a VM's priority as a user would (tests)."""
        self.priority[vm].setCurrentIndex(PRIORITIES.index(priority))

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        for vm, protection in self.state.vms.items():
            protection.priority = str(self.priority[vm].currentData())
            protection.order = self.order[vm].value()
            protection.delay = self.delay[vm].value()
        self.state.maximum = None  # until the server answers for these priorities
        self._show_plan()
        self.timer.start()
        self.changed()

    async def ask_plan(self) -> None:
        client = self.state.connection.client
        if client is None:
            return
        asked = self.state.configuration()
        try:
            maximum = int(await client.call("pool.ha_compute_hypothetical_max_host_failures_to_tolerate", asked))
            error = ""
        except XenAPIError as exc:
            maximum, error = None, error_text(exc, self.state.cache)
        if asked != self.state.configuration():
            return  # edited meanwhile: the newer question answers
        self.state.maximum, self.state.maximum_error = maximum, error
        self._show_plan()
        self.edited.emit()

    def _show_plan(self) -> None:
        if self.state.maximum is None:
            self.plan.setText(translate("HaWizard", "Computing the plan..."))
        else:
            self.plan.setText(translate("HaWizard", "With these priorities the pool can tolerate {0} server "
                                                    "failures.").format(self.state.maximum))
        self.plan.setAccessibleDescription(self.plan.text())


class FailuresPageWidget(PageWidget):
    state: HaChoices

    def __init__(self, logic: Any, state: HaChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.failures = QSpinBox(self)
        named(self.failures, "haFailures", translate("HaWizard", "Server failures to tolerate"))
        # Up to every server: the page then says what the plan allows, rather than the box hiding it.
        self.failures.setRange(0, sum(1 for _ in state.cache.items("host")))
        self.limit = self.caption("haLimit", "")
        self.limit.setAccessibleName(translate("HaWizard", "What the plan allows"))
        form = QFormLayout(self)
        form.addRow(translate("HaWizard", "&Server failures to tolerate:"), self.failures)
        form.addRow("", self.message("failures"))
        form.addRow(self.limit)
        self.failures.valueChanged.connect(self._edited)

    def fill(self) -> None:
        self.failures.setValue(self.state.failures)
        maximum = self.state.maximum
        self.limit.setText(translate("HaWizard", "The plan allows at most {0}.").format(maximum)
                           if maximum is not None else "")

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.state.failures = self.failures.value()
        self.changed()


def open_configure_ha(request: WizardRequest, parent: QWidget | None = None,
                      choice_checks: ChoiceChecks | None = None) -> WizardWindow:
    state = default_choices(request.connection)
    flow = WizardFlow(ha_pages(), state)
    widgets: dict[str, type[PageWidget]] = {"heartbeat": HeartbeatPageWidget, "priorities": PrioritiesPageWidget,
                                            "failures": FailuresPageWidget}
    pages: list[PageWidget] = [SummaryPageWidget(logic, state, flow) if logic.key == "summary" else
                               widgets[logic.key](logic, state) for logic in flow.pages]

    def finish(choices: HaChoices) -> Any:
        return start_configure(request.operations, choices)

    name = request.connection.display_name
    title = (translate("HaWizard", "Edit High Availability — {0}") if state.enabled else
             translate("HaWizard", "Configure High Availability — {0}")).format(name)
    return WizardWindow(title, "configureHaWizard", flow, pages, finish, parent,
                        finish_text=translate("HaWizard", "&Finish"))
