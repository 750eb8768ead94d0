"""FolderDialog: choose a folder among the known ones or type a new path ("/Web/Production")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from ...core.i18n import translate
from ...core.organise import formats


class FolderDialog(QDialog):
    def __init__(self, folders: Sequence[str], current: str = "", new_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("folderDialog")
        self.setWindowTitle(translate("FolderDialog", "New Folder") if new_only else
                            translate("FolderDialog", "Move to Folder"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(380)
        self.path = QComboBox(self)
        self.path.setObjectName("folderPath")
        self.path.setAccessibleName(translate("FolderDialog", "Folder path"))
        self.path.setEditable(True)
        self.path.addItems(list(folders))
        self.path.setEditText(current or ("/" if new_only else ""))
        editor = self.path.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(translate("FolderDialog", "/Folder/Subfolder"))
        hint = QLabel(translate("FolderDialog", "Separate nested folders with '/'."), self)
        hint.setObjectName("folderHint")
        hint.setAccessibleName(hint.text())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.setObjectName("folderButtons")
        self.buttons.setAccessibleName(translate("FolderDialog", "Dialog buttons"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.path.editTextChanged.connect(self._check)
        form = QFormLayout(self)
        form.addRow(translate("FolderDialog", "&Folder:"), self.path)
        form.addRow(hint)
        form.addRow(self.buttons)
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.answer()))

    def answer(self) -> str:
        return formats.normalise_path(self.path.currentText())
