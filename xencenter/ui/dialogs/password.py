"""PasswordDialog: the password for a saved server (reconnect, or start-up with --connect)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ...core.i18n import translate


class PasswordDialog(QDialog):
    def __init__(self, server: str, user: str, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(translate("PasswordDialog", "Connect to {0}").format(server))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(translate("PasswordDialog", "Enter the password of {0} on {1}.").format(user, server), self)
        intro.setWordWrap(True)
        self.reason = QLabel(reason, self)
        self.reason.setObjectName("passwordReason")
        self.reason.setWordWrap(True)
        self.reason.setVisible(bool(reason))
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setAccessibleName(translate("PasswordDialog", "Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("passwordButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.reason)
        form.addRow(translate("PasswordDialog", "&Password:"), self.password)
        form.addRow(buttons)
