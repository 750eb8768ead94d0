"""Certificate trust prompts: a new server's certificate (trust on first use) and a changed one (warning)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.i18n import translate


def trust_dialog(parent: QWidget | None, host: str, fingerprint: str, previous: str | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("certificateDialog")
    if previous is None:
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("CertificateDialog", "New Server Certificate"))
        box.setText(translate("CertificateDialog", "The certificate of {0} is not known yet. Trust it?").format(host))
    else:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("CertificateDialog", "Server Certificate Changed"))
        box.setText(translate("CertificateDialog", "The certificate of {0} has CHANGED since the last connection. "
                                                   "This can mean someone is intercepting the connection. Trust the "
                                                   "new certificate?").format(host))
    details = translate("CertificateDialog", "SHA-256 fingerprint:\n{0}").format(fingerprint)
    if previous is not None:
        details += "\n\n" + translate("CertificateDialog", "Previously trusted:\n{0}").format(previous)
    box.setInformativeText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setAccessibleName(box.windowTitle())
    return box
