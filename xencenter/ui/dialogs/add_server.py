"""AddServerDialog: address, user name, password and "remember", as XenCenter's Add New Server."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...core.commands import NewServer
from ...core.i18n import translate
from ...core.xenapi.urls import normalize_url


class AddServerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, can_save_password: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("addServerDialog")
        self.setWindowTitle(translate("AddServerDialog", "Add New Server"))
        self.setAccessibleName(self.windowTitle())
        self.address = self._field("serverAddress", translate("AddServerDialog", "Server address"))
        self.address.setPlaceholderText(translate("AddServerDialog", "host name, IP address or https://host:port"))
        self.user = self._field("userName", translate("AddServerDialog", "User name"))
        self.user.setText("root")
        self.password = self._field("password", translate("AddServerDialog", "Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(translate("AddServerDialog", "Remember the password"), self)
        self.remember.setObjectName("rememberPassword")
        self.remember.setAccessibleName(self.remember.text())
        self.remember.setEnabled(can_save_password)
        self.error = QLabel(self)
        self.error.setObjectName("addServerError")
        self.error.setAccessibleName(translate("AddServerDialog", "Error"))
        self.error.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.setObjectName("addServerButtons")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("AddServerDialog", "Add"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("AddServerDialog", "&Server:"), self.address)
        form.addRow(translate("AddServerDialog", "&User name:"), self.user)
        form.addRow(translate("AddServerDialog", "&Password:"), self.password)
        form.addRow(self.remember)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def _field(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _accept(self) -> None:
        try:
            normalize_url(self.address.text().strip())
        except ValueError as exc:
            self.error.setText(translate("AddServerDialog", "The address is not valid: {0}").format(exc))
            return
        if not self.user.text().strip():
            self.error.setText(translate("AddServerDialog", "Enter a user name."))
            return
        self.accept()

    def result_server(self) -> NewServer:
        return NewServer(self.address.text().strip(), self.user.text().strip(), self.password.text(),
                         self.remember.isChecked() and self.remember.isEnabled())
