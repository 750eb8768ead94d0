"""open_dr: the Disaster Recovery wizard's window (type → storage → VMs and vApps → pre-checks → summary), and
open_configure_dr: Configure Disaster Recovery, a one-page window on the same framework. Logic in core/wizard/dr*.py.

Finding SRs, attaching them (DR_task.create) and reading their metadata, and the pre-checks run as background tasks
started by the pages; a cancelled wizard destroys the DR_tasks it created (one Operation in the Events pane).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QWidget,
)

from ...core.asyncutil import spawn
from ...core.commands import WizardRequest
from ...core.commands.choices import ChoiceChecks
from ...core.commands.dr import replication_srs
from ...core.i18n import translate
from ...core.operations import OperationList
from ...core.wizard import WizardFlow
from ...core.wizard.dr import (
    MODES,
    SR_TYPES,
    DrChoices,
    destroy_tasks,
    dr_pages,
    item_text,
    mode_text,
    start_recovery,
)
from ...core.wizard.dr_config import ReplicationPage, config_choices, start_configure
from ...core.wizard.dr_discovery import attach_and_read, find_srs, precheck
from .name_page import named
from .page import PageWidget
from .summary import SummaryPageWidget
from .window import WizardWindow


def _checked(widget: QListWidget) -> list[str]:
    return [str(widget.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked]


def _tick(widget: QListWidget, names: tuple[str, ...]) -> None:
    """Tick exactly the rows whose text starts with one of `names` (tests, and as a user would)."""
    for row in range(widget.count()):
        item = widget.item(row)
        wanted = any(item.text().startswith(name) for name in names)
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


class _BackgroundPage(PageWidget):
    """A page whose answers come from background calls; the window re-checks when they arrive."""

    def _refill(self) -> None:
        self.enter()
        self.changed()


class ModePageWidget(PageWidget):
    state: DrChoices

    def __init__(self, logic: Any, state: DrChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        notes = {"failover": translate("Dr", "Recover the VMs and vApps of a pool that is lost into this pool."),
                 "failback": translate("Dr", "Bring the VMs back to this pool, their original one, replacing the "
                                             "copies it still has."),
                 "test": translate("Dr", "Recover the VMs here, start them, then remove them again: both pools are "
                                         "left as they were.")}
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        form = QFormLayout(self)
        for mode in MODES:
            button = QRadioButton(mode_text(mode), self)
            named(button, f"drMode_{mode}", mode_text(mode))
            self.group.addButton(button)
            self.buttons[mode] = button
            form.addRow(button)
            form.addRow(self.caption(f"drModeNote_{mode}", notes[mode]))
            button.toggled.connect(self._edited)
        form.addRow("", self.message("mode"))

    def fill(self) -> None:
        self.buttons[self.state.mode].setChecked(True)

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.state.mode = next((m for m, b in self.buttons.items() if b.isChecked()), self.state.mode)
        self.changed()


class StoragePageWidget(_BackgroundPage):
    state: DrChoices

    def __init__(self, logic: Any, state: DrChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.kind = QComboBox(self)
        named(self.kind, "drStorageType", translate("Dr", "Storage type"))
        for sr_type, text in zip(SR_TYPES, (translate("Dr", "NFS"), translate("Dr", "iSCSI")), strict=True):
            self.kind.addItem(text, sr_type)
        self.server = QLineEdit(self)
        named(self.server, "drServer", translate("Dr", "Server"))
        self.path = QLineEdit(self)
        named(self.path, "drPath", translate("Dr", "Export path"))
        self.iqn = QLineEdit(self)
        named(self.iqn, "drIqn", translate("Dr", "Target IQN"))
        self.scsi_id = QLineEdit(self)
        named(self.scsi_id, "drScsiId", translate("Dr", "SCSI id"))
        self.find_button = QPushButton(translate("Dr", "&Find"), self)
        named(self.find_button, "drFind", translate("Dr", "Find"))
        self.srs = QListWidget(self)
        named(self.srs, "drSrs", translate("Dr", "SRs found"))
        form = QFormLayout(self)
        form.addRow(self.caption("drStorageCaption", translate("Dr", "Where is the storage of the lost pool? The SRs "
                                                                     "found on it are attached to this pool to read "
                                                                     "the metadata replicated there.")))
        form.addRow(translate("Dr", "&Type:"), self.kind)
        form.addRow(translate("Dr", "&Server:"), self.server)
        form.addRow("", self.message("server"))
        form.addRow(translate("Dr", "&Path:"), self.path)
        form.addRow("", self.message("path"))
        form.addRow(translate("Dr", "&IQN:"), self.iqn)
        form.addRow(translate("Dr", "SCSI &id:"), self.scsi_id)
        form.addRow(self.find_button)
        form.addRow(self.srs)
        form.addRow("", self.message("srs"))
        for edit in (self.server, self.path, self.iqn, self.scsi_id):
            edit.textChanged.connect(self._typed)
        self.kind.currentIndexChanged.connect(self._typed)
        self.find_button.clicked.connect(lambda _=False: self.scan())
        self.srs.itemChanged.connect(self._ticked)

    def fill(self) -> None:
        state = self.state
        self.kind.setCurrentIndex(max(0, self.kind.findData(state.sr_type)))
        self.server.setText(state.server)
        self.path.setText(state.path)
        self.iqn.setText(state.iqn)
        self.scsi_id.setText(state.scsi_id)
        for widget in (self.path,):
            widget.setEnabled(state.sr_type == "nfs")
        for widget in (self.iqn, self.scsi_id):
            widget.setEnabled(state.sr_type == "lvmoiscsi")
        self.find_button.setEnabled(not state.scanning)
        self.srs.clear()
        for sr in state.found:
            note = translate("Dr", "metadata found") if sr.metadata else translate("Dr", "no metadata")
            item = QListWidgetItem(f"{sr.name or sr.uuid} ({note})", self.srs)
            item.setData(Qt.ItemDataRole.UserRole, sr.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if sr.uuid in state.chosen_srs else Qt.CheckState.Unchecked)

    def choose(self, *names: str) -> None:
        _tick(self.srs, names)

    def _typed(self, *_: object) -> None:
        if self._filling:
            return
        state = self.state
        state.sr_type = str(self.kind.currentData() or "nfs")
        state.server, state.path = self.server.text(), self.path.text()
        state.iqn, state.scsi_id = self.iqn.text(), self.scsi_id.text()
        state.found, state.chosen_srs, state.scan_error = [], [], ""
        self._refill()

    def _ticked(self, *_: object) -> None:
        if self._filling:
            return
        self.state.chosen_srs = _checked(self.srs)
        self.changed()

    def scan(self) -> None:
        self.state.scanning = True
        self._refill()
        spawn(self._scan(), name="DR storage scan", owner=self)

    async def _scan(self) -> None:
        state = self.state
        try:
            state.found, state.scan_error = await find_srs(state.connection, state.sr_type, state.device_config())
            state.chosen_srs = [sr.uuid for sr in state.found if sr.metadata]
        finally:
            state.scanning = False
            self._refill()


class ItemsPageWidget(_BackgroundPage):
    state: DrChoices

    def __init__(self, logic: Any, state: DrChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.items = QListWidget(self)
        named(self.items, "drItems", translate("Dr", "VMs and vApps to recover"))
        form = QFormLayout(self)
        form.addRow(self.caption("drItemsCaption", translate("Dr", "The VMs and vApps in the metadata found on the "
                                                                   "storage. Choose those to recover:")))
        form.addRow(self.items)
        form.addRow("", self.message("items"))
        self.items.itemChanged.connect(self._ticked)

    def enter(self) -> None:
        super().enter()
        state = self.state
        if state.read_for != state.chosen_srs and not state.reading:
            state.reading = True
            spawn(self._read(list(state.chosen_srs)), name="DR metadata read", owner=self)

    async def _read(self, srs: list[str]) -> None:
        state = self.state
        try:
            found = await attach_and_read(state.connection, state.sr_type, state.device_config(), srs)
            if found.dr_task:
                state.dr_tasks.append(found.dr_task)
            state.items, state.read_error = found.items, found.error
            state.chosen = [item.ref for item in found.items]
            state.read_for = srs
        finally:
            state.reading = False
            self._refill()

    def fill(self) -> None:
        self.items.clear()
        for found in self.state.items:
            item = QListWidgetItem(item_text(found), self.items)
            item.setData(Qt.ItemDataRole.UserRole, found.ref)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if found.ref in self.state.chosen else Qt.CheckState.Unchecked)

    def choose(self, *names: str) -> None:
        _tick(self.items, tuple(f"'{name}'" for name in names) + tuple(f"vApp '{name}'" for name in names))

    def _ticked(self, *_: object) -> None:
        if self._filling:
            return
        self.state.chosen = _checked(self.items)
        self.changed()


class PrecheckPageWidget(_BackgroundPage):
    state: DrChoices

    def __init__(self, logic: Any, state: DrChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.results = QListWidget(self)
        named(self.results, "drChecks", translate("Dr", "Pre-check results"))
        self.start = QCheckBox(translate("Dr", "&Start the recovered VMs"), self)
        named(self.start, "drStart", translate("Dr", "Start the recovered VMs"))
        form = QFormLayout(self)
        form.addRow(self.results)
        form.addRow("", self.message("checks"))
        form.addRow(self.start)
        self.start.toggled.connect(self._edited)

    def enter(self) -> None:
        super().enter()
        state = self.state
        if state.checked_for != state.chosen:
            state.checks = {}
            state.checked_for = list(state.chosen)
            spawn(self._check(list(state.chosen)), name="DR pre-checks", owner=self)

    async def _check(self, chosen: list[str]) -> None:
        state = self.state
        items = [item for item in state.items if item.ref in chosen]
        reasons = await precheck(state.connection, items, state.force)
        if state.checked_for == chosen:
            state.checks = reasons
            self._refill()

    def fill(self) -> None:
        self.results.clear()
        for found in self.state.chosen_items():
            reason = self.state.checks.get(found.ref)
            status = (translate("Dr", "checking...") if reason is None else
                      reason or translate("Dr", "OK"))
            QListWidgetItem(f"{item_text(found)}: {status}", self.results)
        self.start.setChecked(self.state.start)

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.state.start = self.start.isChecked()
        self.changed()


class DrWizardWindow(WizardWindow):
    """A cancelled wizard detaches the storage its DR_tasks attached (Finish hands them to the Operation)."""

    def __init__(self, state: DrChoices, operations: OperationList, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.state = state
        self.operations = operations

    def closeEvent(self, event: QCloseEvent) -> None:
        state = self.state
        if self.result is None and state.dr_tasks:
            tasks = list(state.dr_tasks)
            state.dr_tasks.clear()

            async def job(_runner: Any) -> None:
                await destroy_tasks(state.connection, tasks)

            self.operations.start(translate("Dr", "Detaching the storage of a cancelled recovery"),
                                  state.connection, [], job)
        super().closeEvent(event)


def open_dr(request: WizardRequest, parent: QWidget | None = None,
            choice_checks: ChoiceChecks | None = None) -> WizardWindow:
    state = DrChoices(request.connection)
    flow = WizardFlow(dr_pages(), state)
    widgets: dict[str, type[PageWidget]] = {"mode": ModePageWidget, "storage": StoragePageWidget,
                                            "items": ItemsPageWidget, "prechecks": PrecheckPageWidget}
    pages: list[PageWidget] = [SummaryPageWidget(logic, state, flow) if logic.key == "summary" else
                               widgets[logic.key](logic, state) for logic in flow.pages]
    title = translate("Dr", "Disaster Recovery — {0}").format(request.connection.display_name)
    return DrWizardWindow(state, request.operations, title, "drWizard", flow, pages,
                          lambda c: start_recovery(request.operations, c), parent,
                          finish_text=translate("Dr", "&Recover"))


class ReplicationPageWidget(PageWidget):
    def __init__(self, logic: Any, state: Any, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.srs = QListWidget(self)
        named(self.srs, "drReplicationSrs", translate("Dr", "SRs holding the pool's metadata"))
        form = QFormLayout(self)
        form.addRow(self.caption("drReplicationCaption", translate("Dr", "Tick the shared SRs that keep a copy of "
                                                                         "this pool's metadata (its VMs, vApps, "
                                                                         "disks and networks), so another pool "
                                                                         "can recover them if this one is lost:")))
        form.addRow(self.srs)
        form.addRow("", self.message("srs"))
        self.srs.itemChanged.connect(self._ticked)

    def fill(self) -> None:
        self.srs.clear()
        for ref, sr in replication_srs(self.state.connection.cache):
            item = QListWidgetItem(str(sr.get("name_label", ref)), self.srs)
            item.setData(Qt.ItemDataRole.UserRole, ref)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ref in self.state.srs else Qt.CheckState.Unchecked)

    def choose(self, *names: str) -> None:
        _tick(self.srs, names)

    def _ticked(self, *_: object) -> None:
        if self._filling:
            return
        self.state.srs = _checked(self.srs)
        self.changed()


def open_configure_dr(request: WizardRequest, parent: QWidget | None = None,
                      choice_checks: ChoiceChecks | None = None) -> WizardWindow:
    state = config_choices(request.connection)
    logic = ReplicationPage()
    flow = WizardFlow([logic], state)
    title = translate("Dr", "Configure Disaster Recovery — {0}").format(request.connection.display_name)
    return WizardWindow(title, "drConfigure", flow, [ReplicationPageWidget(logic, state)],
                        lambda c: start_configure(request.operations, c), parent, finish_text=translate("Dr", "&OK"))
