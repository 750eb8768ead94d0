"""NameDescriptionDialog: an object's name and description (SR Properties), refused while the name is blank."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ...core.i18n import translate


def _named(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


class NameDescriptionDialog(QDialog):
    def __init__(self, title: str, name: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _named(self, "nameDescriptionDialog", title)
        self.setWindowTitle(title)
        self.name = QLineEdit(name, self)
        _named(self.name, "propertiesName", translate("PropertiesDialog", "Name"))
        self.description = QPlainTextEdit(description, self)
        _named(self.description, "propertiesDescription", translate("PropertiesDialog", "Description"))
        self.error = QLabel(self)
        _named(self.error, "propertiesError", translate("PropertiesDialog", "Problem"))
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        _named(self.buttons, "propertiesButtons", translate("PropertiesDialog", "Buttons"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("PropertiesDialog", "&Name:"), self.name)
        form.addRow("", self.error)
        form.addRow(translate("PropertiesDialog", "&Description:"), self.description)
        form.addRow(self.buttons)

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(translate("PropertiesDialog", "Type a name."))
            self.error.show()
            return
        self.accept()

    def answer(self) -> tuple[str, str]:
        return self.name.text().strip(), self.description.toPlainText()
