"""PowerOnDialog: a server's remote power-on method (XenCenter's Power-On page): off, Wake-on-LAN, a DRAC or iLO
controller with its address, user and password, or a custom script. OK stays refused, with the reason under the
fields, until what the chosen method needs is filled in; the password is never shown back."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ...core.i18n import translate
from ...core.power_on import CONTROLLERS, CUSTOM, MODE_TEXTS, PowerOnSettings, problem


def _named(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


class PowerOnDialog(QDialog):
    def __init__(self, host: str, current: PowerOnSettings, secret_set: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = translate("PowerOn", "Power-On Settings — {0}").format(host)
        _named(self, "powerOnDialog", title)
        self.setWindowTitle(title)
        self.secret_set = secret_set
        self.mode = QComboBox(self)
        _named(self.mode, "powerOnMode", translate("PowerOn", "Power-on method"))
        for key, text in MODE_TEXTS:
            self.mode.addItem(translate("PowerOn", str(text)), key)
        self.address = QLineEdit(current.address, self)
        _named(self.address, "powerOnAddress", translate("PowerOn", "Controller address"))
        self.user = QLineEdit(current.user, self)
        _named(self.user, "powerOnUser", translate("PowerOn", "Controller user"))
        self.password = QLineEdit(self)
        _named(self.password, "powerOnPassword", translate("PowerOn", "Controller password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if secret_set:
            self.password.setPlaceholderText(translate("PowerOn", "(unchanged)"))
        self.script = QLineEdit(current.script, self)
        _named(self.script, "powerOnScript", translate("PowerOn", "Script name"))
        self.note = QLabel(self)
        _named(self.note, "powerOnNote", translate("PowerOn", "About the method"))
        self.note.setWordWrap(True)
        self.error = QLabel(self)
        _named(self.error, "powerOnError", translate("PowerOn", "Problem"))
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        _named(self.buttons, "powerOnButtons", translate("PowerOn", "Buttons"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.form.addRow(translate("PowerOn", "&Method:"), self.mode)
        self.form.addRow(self.note)
        self.form.addRow(translate("PowerOn", "&Address:"), self.address)
        self.form.addRow(translate("PowerOn", "&User:"), self.user)
        self.form.addRow(translate("PowerOn", "&Password:"), self.password)
        self.form.addRow(translate("PowerOn", "&Script:"), self.script)
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)
        self.mode.setCurrentIndex(max(0, self.mode.findData(current.mode)))
        for signal in (self.mode.currentIndexChanged, self.address.textChanged, self.user.textChanged,
                       self.password.textChanged, self.script.textChanged):
            signal.connect(self._update)
        self._update()

    def answer(self) -> PowerOnSettings:
        return PowerOnSettings(str(self.mode.currentData() or ""), self.address.text(), self.user.text(),
                               self.password.text(), self.script.text())

    def _update(self, *_: object) -> None:
        settings = self.answer()
        controller, custom = settings.mode in CONTROLLERS, settings.mode == CUSTOM
        for field in (self.address, self.user, self.password):
            self.form.setRowVisible(field, controller)
        self.form.setRowVisible(self.script, custom)
        self.note.setText(_note(settings.mode))
        reason = problem(settings, self.secret_set)
        self.error.setText(reason or "")
        self.error.setVisible(bool(reason))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(reason is None)
        self.adjustSize()


def _note(mode: str) -> str:
    if mode == "":
        return translate("PowerOn", "The server cannot be started from the console; start it at the machine.")
    if mode == "wake-on-lan":
        return translate("PowerOn", "Another running server of the pool sends the Wake-on-LAN packet to the "
                                    "server's management NIC, which must have WoL enabled in its firmware.")
    if mode in CONTROLLERS:
        return translate("PowerOn", "The pool asks the server's management controller to power it on; its "
                                    "password is kept as a secret on the pool.")
    return translate("PowerOn", "A script of that name in /etc/xapi.d/plugins on the pool's servers powers it on.")
