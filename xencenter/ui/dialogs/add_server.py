"""AddServerDialog: address, user name, password and "remember", as XenCenter's Add New Server.

After a failed attempt it opens again with what was typed, the reason in plain words and, where the server only
speaks plain http, a button that switches the address to http and connects.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...core.commands import NewServer
from ...core.i18n import translate
from ...core.xenapi.urls import normalize_url


class AddServerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, can_save_password: bool = True,
                 previous: NewServer | None = None, problem: str = "", offer_url: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("addServerDialog")
        self.setWindowTitle(translate("AddServerDialog", "Add New Server"))
        self.setAccessibleName(self.windowTitle())
        self.offer_url = offer_url
        self.address = self._field("serverAddress", translate("AddServerDialog", "Server address"))
        self.address.setPlaceholderText(translate("AddServerDialog", "host name, IP address or https://host:port"))
        # Wide enough for the whole placeholder and a typical https://host:port address.
        metrics = self.address.fontMetrics()
        self.address.setMinimumWidth(max(metrics.horizontalAdvance(self.address.placeholderText()),
                                         metrics.horizontalAdvance("https://xcp-ng-host.example.org:443")) + 24)
        self.user = self._field("userName", translate("AddServerDialog", "User name"))
        self.user.setText("root")
        self.password = self._field("password", translate("AddServerDialog", "Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(translate("AddServerDialog", "Remember the password"), self)
        self.remember.setObjectName("rememberPassword")
        self.remember.setAccessibleName(self.remember.text())
        self.remember.setEnabled(can_save_password)
        if not can_save_password:
            self.remember.setToolTip(translate(
                "AddServerDialog", "No secure keyring is available on this system, so the password is asked for "
                                   "each time; it is never written to disk."))
        self.error = QLabel(self)
        self.error.setObjectName("addServerError")
        self.error.setAccessibleName(translate("AddServerDialog", "Error"))
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.setObjectName("addServerButtons")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("AddServerDialog", "Add"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.use_http = QPushButton(translate("AddServerDialog", "Connect with http"), self)
        self.use_http.setObjectName("useHttp")
        self.use_http.setAccessibleName(self.use_http.text())
        self.use_http.clicked.connect(self._accept_http)
        self.buttons.addButton(self.use_http, QDialogButtonBox.ButtonRole.ActionRole)
        self.use_http.setVisible(bool(offer_url))  # after addButton, which shows it
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("AddServerDialog", "&Server:"), self.address)
        form.addRow(translate("AddServerDialog", "&User name:"), self.user)
        form.addRow(translate("AddServerDialog", "&Password:"), self.password)
        form.addRow(self.remember)
        form.addRow(self.error)
        form.addRow(self.buttons)
        if previous is not None:
            self._restore(previous, problem)

    def _restore(self, previous: NewServer, problem: str) -> None:
        self.address.setText(previous.url)
        self.user.setText(previous.user)
        self.remember.setChecked(previous.save_password and self.remember.isEnabled())
        self.error.setText(problem)
        if self.offer_url:
            self.password.setText(previous.password)  # only the scheme was wrong
            self.use_http.setDefault(True)
        else:
            self.password.setFocus()  # most failures are a wrong password or a typo in the address

    def _field(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _accept_http(self) -> None:
        self.address.setText(self.offer_url)
        self._accept()

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
