"""CustomFieldsDialog: one editor per custom field of the pool (text, or date and time), and new fields.

Values come back in XenCenter's stored form (dates in UTC, "yyyy-MM-dd HH:mm:ssZ"); an empty value clears the
field on the object. New fields are added to the pool's definitions when the dialog is accepted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import translate
from ...core.organise import formats


class _DateEditor(QWidget):
    """A date and time, or nothing (the box unticked)."""

    def __init__(self, name: str, raw: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"field-{name}")
        self.setAccessibleName(name)
        self.enabled = QCheckBox(translate("CustomFieldsDialog", "Set"), self)
        self.enabled.setObjectName(f"field-{name}-set")
        self.enabled.setAccessibleName(translate("CustomFieldsDialog", "{0} is set").format(name))
        self.edit = QDateTimeEdit(self)
        self.edit.setObjectName(f"field-{name}-date")
        self.edit.setAccessibleName(name)
        self.edit.setCalendarPopup(True)
        parsed = formats.parse_date(raw) if raw else None
        self.edit.setDateTime(QDateTime.fromSecsSinceEpoch(int((parsed or dt.datetime.now(dt.UTC)).timestamp())))
        self.enabled.setChecked(parsed is not None)
        self.edit.setEnabled(parsed is not None)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)

    def value(self) -> str:
        if not self.enabled.isChecked():
            return ""
        seconds = self.edit.dateTime().toSecsSinceEpoch()
        return formats.date_text(dt.datetime.fromtimestamp(seconds, dt.UTC))


class CustomFieldsDialog(QDialog):
    def __init__(self, name: str, definitions: Sequence[formats.FieldDef], values: Mapping[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customFieldsDialog")
        self.setWindowTitle(translate("CustomFieldsDialog", "Custom Fields of '{0}'").format(name))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(420)
        self.definitions: list[formats.FieldDef] = []
        self.editors: dict[str, QLineEdit | _DateEditor] = {}
        self.form = QFormLayout()
        self.none = QLabel(translate("CustomFieldsDialog", "The pool has no custom fields yet: add one below."), self)
        self.none.setObjectName("noCustomFields")
        self.none.setAccessibleName(self.none.text())
        self.form.addRow(self.none)
        for definition in definitions:
            self.add_field(definition, values.get(definition.name, ""))
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("newFieldName")
        self.new_name.setAccessibleName(translate("CustomFieldsDialog", "New field name"))
        self.new_name.setPlaceholderText(translate("CustomFieldsDialog", "New field name"))
        self.new_type = QComboBox(self)
        self.new_type.setObjectName("newFieldType")
        self.new_type.setAccessibleName(translate("CustomFieldsDialog", "New field type"))
        self.new_type.addItem(translate("CustomFieldsDialog", "Text"), formats.STRING)
        self.new_type.addItem(translate("CustomFieldsDialog", "Date and time"), formats.DATE)
        self.add = QPushButton(translate("CustomFieldsDialog", "&Add Field"), self)
        self.add.setObjectName("addField")
        self.add.setAccessibleName(translate("CustomFieldsDialog", "Add field"))
        self.add.clicked.connect(self.add_typed)
        self.error = QLabel(self)
        self.error.setObjectName("customFieldsError")
        self.error.setAccessibleName(translate("CustomFieldsDialog", "Error"))
        self.error.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.new_name, 1)
        row.addWidget(self.new_type)
        row.addWidget(self.add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("customFieldsButtons")
        buttons.setAccessibleName(translate("CustomFieldsDialog", "Dialog buttons"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def add_field(self, definition: formats.FieldDef, raw: str = "") -> None:
        editor: QLineEdit | _DateEditor
        if definition.type == formats.DATE:
            editor = _DateEditor(definition.name, raw, self)
        else:
            editor = QLineEdit(raw, self)
            editor.setObjectName(f"field-{definition.name}")
            editor.setAccessibleName(definition.name)
        self.definitions.append(definition)
        self.editors[definition.name] = editor
        self.form.addRow(definition.name + ":", editor)
        self.none.setVisible(False)

    def add_typed(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            return
        if name in self.editors:
            self.error.setText(translate("CustomFieldsDialog", "There is already a field named '{0}'.").format(name))
            self.error.setVisible(True)
            return
        self.error.setVisible(False)
        self.add_field(formats.FieldDef(name, str(self.new_type.currentData())))
        self.new_name.clear()

    def set_value(self, name: str, text: str) -> None:
        editor = self.editors[name]
        if isinstance(editor, QLineEdit):
            editor.setText(text)

    def answer(self) -> tuple[list[formats.FieldDef], dict[str, str]]:
        values = {}
        for name, editor in self.editors.items():
            values[name] = editor.text().strip() if isinstance(editor, QLineEdit) else editor.value()
        return list(self.definitions), values
