"""open_new_sr: the New SR wizard's window (type, name, location scanned in the background, summary).

Scans run as background tasks (SR.probe on the master) and never block the window; a newer scan makes an older
answer stale, which is then dropped. The location page shows the export, IQN and LUN lists found and, when the
chosen export or LUN already holds an SR, offers to reattach it or to create a new one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core.asyncutil import spawn
from ...core.commands import WizardRequest
from ...core.commands.choices import ChoiceChecks
from ...core.error_sentences import format_bytes
from ...core.i18n import translate
from ...core.wizard import PageLogic, WizardFlow
from ...core.wizard.new_sr import KINDS, NewSrChoices, new_choices, new_sr_pages, start_new_sr
from ...core.wizard.new_sr_probe import ProbeAnswer, probe
from .name_page import NameDescriptionPageWidget, named
from .page import PageWidget
from .summary import SummaryPageWidget
from .window import WizardWindow


class TypePageWidget(PageWidget):
    state: NewSrChoices

    def __init__(self, logic: PageLogic[NewSrChoices], state: NewSrChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption("newSrTypeCaption", translate("NewSr", "What kind of storage is it?")))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for kind in KINDS:
            button = QRadioButton(kind.label.text(), self)
            named(button, f"newSrType_{kind.key}", kind.label.text())
            self.group.addButton(button)
            self.buttons[kind.key] = button
            layout.addWidget(button)
            button.toggled.connect(self._edited)
        layout.addWidget(self.message("kind"))
        layout.addStretch(1)

    def fill(self) -> None:
        button = self.buttons.get(self.state.kind)
        if button is not None:
            button.setChecked(True)

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        chosen = next((key for key, button in self.buttons.items() if button.isChecked()), "")
        state = self.state
        if chosen and chosen != state.kind:
            old = state.sr_kind.default_name.text()
            state.kind = chosen
            if state.name in ("", old):  # the name follows the type until the user types one
                state.name = state.sr_kind.default_name.text()
            state.scanned, state.existing, state.scan_error = None, [], ""
        self.changed()


class NamePageWidget(NameDescriptionPageWidget):
    state: NewSrChoices
    PREFIX = "newSr"


class LocationPageWidget(PageWidget):
    state: NewSrChoices

    def __init__(self, logic: PageLogic[NewSrChoices], state: NewSrChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self._generation = 0
        self.server = QLineEdit(self)
        named(self.server, "newSrServer", translate("NewSr", "Server"))
        self.path = QComboBox(self)
        self.path.setEditable(True)
        named(self.path, "newSrPath", translate("NewSr", "Path or share"))
        edit = self.path.lineEdit()
        if edit is not None:
            named(edit, "newSrPathText", translate("NewSr", "Path or share"))
        self.username = QLineEdit(self)
        named(self.username, "newSrUsername", translate("NewSr", "User name"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        named(self.password, "newSrPassword", translate("NewSr", "Password"))
        self.scan_button = QPushButton(translate("NewSr", "&Scan"), self)
        named(self.scan_button, "newSrScan", translate("NewSr", "Scan"))
        self.iqn = QComboBox(self)
        named(self.iqn, "newSrIqn", translate("NewSr", "Target IQN"))
        self.lun = QComboBox(self)
        named(self.lun, "newSrLun", translate("NewSr", "LUN"))
        self.reattach = QRadioButton(translate("NewSr", "&Reattach the existing storage repository"), self)
        named(self.reattach, "newSrReattach", translate("NewSr", "Reattach"))
        self.format = QRadioButton(translate("NewSr", "Create a &new storage repository (on a LUN this erases "
                                                      "the existing one)"), self)
        named(self.format, "newSrFormat", translate("NewSr", "Create new"))
        group = QButtonGroup(self)
        group.addButton(self.reattach)
        group.addButton(self.format)
        self.form = QFormLayout(self)
        self.form.addRow(translate("NewSr", "S&erver:"), self.server)
        self.form.addRow("", self.message("server"))
        self.form.addRow(translate("NewSr", "&Path:"), self.path)
        self.form.addRow("", self.message("path"))
        self.form.addRow(translate("NewSr", "&User name:"), self.username)
        self.form.addRow("", self.message("username"))
        self.form.addRow(translate("NewSr", "Pass&word:"), self.password)
        self.form.addRow("", self.scan_button)
        self.form.addRow(translate("NewSr", "Target &IQN:"), self.iqn)
        self.form.addRow("", self.message("iqn"))
        self.form.addRow(translate("NewSr", "&LUN:"), self.lun)
        self.form.addRow("", self.message("lun"))
        self.form.addRow("", self.message("scan"))
        self.form.addRow("", self.reattach)
        self.form.addRow("", self.format)
        self.server.textChanged.connect(self._typed)
        self.path.editTextChanged.connect(self._typed)
        self.username.textChanged.connect(self._typed)
        self.password.textChanged.connect(self._typed)
        self.path.activated.connect(lambda _=0: self._start(self._check()))
        self.iqn.activated.connect(lambda _=0: self._picked_iqn())
        self.lun.activated.connect(lambda _=0: self._picked_lun())
        self.scan_button.clicked.connect(lambda _=False: self.scan())
        self.reattach.toggled.connect(self._typed)

    # -- showing --------------------------------------------------------------------------------------------

    def fill(self) -> None:
        state = self.state
        kind = state.kind
        self.server.setText(state.server)
        self.path.clear()
        self.path.addItems(state.exports)
        self.path.setEditText(state.path)
        self.username.setText(state.username)
        self.password.setText(state.password)
        self.iqn.clear()
        self.iqn.addItems(state.iqns)
        self.iqn.setCurrentIndex(self.iqn.findText(state.iqn))
        self.lun.clear()
        for lun in state.luns:
            self.lun.addItem(translate("NewSr", "LUN {0}: {1} {2} ({3})").format(
                lun.lun_id, lun.vendor, format_bytes(lun.size), lun.scsi_id), lun.scsi_id)
        self.lun.setCurrentIndex(self.lun.findData(state.scsi_id))
        (self.reattach if state.reattach else self.format).setChecked(True)
        rows = {self.server: kind in ("nfs", "iscsi"), self.path: kind in ("nfs", "nfs_iso", "cifs_iso"),
                self.username: kind == "cifs_iso", self.password: kind == "cifs_iso",
                self.iqn: kind == "iscsi", self.lun: kind in ("iscsi", "hba")}
        for widget, visible in rows.items():
            self.form.setRowVisible(widget, visible)
        existing = bool(state.existing) and kind in ("nfs", "iscsi", "hba")
        self.form.setRowVisible(self.reattach, existing)
        self.form.setRowVisible(self.format, existing)
        self.scan_button.setEnabled(not state.scanning)

    def _refill(self) -> None:
        self.enter()
        self.changed()

    # -- the user's input -----------------------------------------------------------------------------------

    def _typed(self, *_: object) -> None:
        if self._filling:
            return
        state = self.state
        state.server = self.server.text()
        state.path = self.path.currentText()
        state.username = self.username.text()
        state.password = self.password.text()
        state.reattach = self.reattach.isChecked()
        self.changed()

    def _picked_iqn(self) -> None:
        self.state.iqn = self.iqn.currentText()
        self.state.scsi_id = ""
        self._start(self._luns_then_check())

    def _picked_lun(self) -> None:
        self.state.scsi_id = str(self.lun.currentData() or "")
        self._start(self._check())

    # -- scanning (SR.probe in the background) -------------------------------------------------------------

    def scan(self) -> None:
        """Scan what the user typed: export list, IQNs, LUNs as the type needs, then the chosen location."""
        self._typed()
        self._start(self._scan())

    def _start(self, coro: Any) -> None:
        self._generation += 1
        self.state.scanning = True
        self._refill()
        spawn(self._guarded(coro, self._generation), name="new SR scan", owner=self)

    async def _guarded(self, coro: Any, generation: int) -> None:
        try:
            await coro
        finally:
            if generation == self._generation:
                self.state.scanning = False
                self._refill()

    async def _ask(self, config: dict[str, str], sr_type: str) -> ProbeAnswer | None:
        generation = self._generation
        answer = await probe(self.state.connection, config, sr_type)
        if generation != self._generation:
            return None  # a newer scan started meanwhile
        if answer.error:
            self.state.scan_error, self.state.scanned = answer.error, self.state.device_config()
            return None
        return answer

    async def _scan(self) -> None:
        state = self.state
        state.scan_error = ""
        if state.kind == "nfs":
            answer = await self._ask({"server": state.server.strip()}, "nfs")
            if answer is None:
                return
            state.exports = answer.exports
            if not state.path.strip() and state.exports:
                state.path = state.exports[0]
        elif state.kind == "iscsi":
            answer = await self._ask({"target": state.server.strip()}, "lvmoiscsi")
            if answer is None:
                return
            state.iqns = answer.iqns
            if state.iqn not in state.iqns:
                state.iqn = state.iqns[0] if state.iqns else ""
            await self._luns_then_check()
            return
        elif state.kind == "hba":
            answer = await self._ask({}, "lvmohba")
            if answer is None:
                return
            state.luns = answer.luns
            if state.scsi_id not in {lun.scsi_id for lun in state.luns}:
                state.scsi_id = state.luns[0].scsi_id if state.luns else ""
        await self._check()

    async def _luns_then_check(self) -> None:
        state = self.state
        if not state.iqn:
            return
        answer = await self._ask({"target": state.server.strip(), "targetIQN": state.iqn}, "lvmoiscsi")
        if answer is None:
            return
        state.luns = answer.luns
        if state.scsi_id not in {lun.scsi_id for lun in state.luns}:
            # Offer a blank LUN first: XenCenter lists them all, but a free one is what a new SR wants.
            state.scsi_id = state.luns[0].scsi_id if state.luns else ""
        await self._check()

    async def _check(self) -> None:
        """Probe the complete configuration: is it reachable, and does it hold an SR already?"""
        state = self.state
        state.path = self.path.currentText() if state.kind in ("nfs", "nfs_iso", "cifs_iso") else state.path
        config = state.device_config()
        if state.kind in ("iscsi", "hba") and not state.scsi_id:
            return
        answer = await self._ask(config, state.sr_kind.sr_type)
        if answer is None:
            return
        state.existing = answer.srs if state.kind in ("nfs", "iscsi", "hba") else []
        state.reattach = bool(state.existing)
        state.scan_error = ""
        state.scanned = config


def open_new_sr(request: WizardRequest, parent: QWidget | None = None,
                choice_checks: ChoiceChecks | None = None) -> WizardWindow:
    state = new_choices(request.connection)
    flow = WizardFlow(new_sr_pages(), state)
    widgets: dict[str, type[PageWidget]] = {"type": TypePageWidget, "name": NamePageWidget,
                                            "location": LocationPageWidget}
    pages: list[PageWidget] = [SummaryPageWidget(logic, state, flow) if logic.key == "summary" else
                               widgets[logic.key](logic, state) for logic in flow.pages]

    def finish(choices: NewSrChoices) -> Any:
        return start_new_sr(request.operations, choices)

    title = translate("NewSr", "New Storage Repository — {0}").format(request.connection.display_name)
    return WizardWindow(title, "newSrWizard", flow, pages, finish, parent, finish_text=translate("NewSr", "&Finish"))
