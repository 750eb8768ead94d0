"""TagsDialog: tick the tags the selected objects carry; type a new tag to add it to the list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import translate
from ...core.organise import formats


class TagsDialog(QDialog):
    def __init__(self, names: Sequence[str], known: Sequence[str], current: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagsDialog")
        shown = ", ".join(names[:3]) + ("..." if len(names) > 3 else "")
        self.setWindowTitle(translate("TagsDialog", "Edit Tags of {0}").format(shown))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumSize(360, 320)
        self.tags = QListWidget(self)
        self.tags.setObjectName("tagList")
        self.tags.setAccessibleName(translate("TagsDialog", "Tags"))
        for tag in sorted({*known, *current}, key=str.casefold):
            self._add_item(tag, tag in current)
        self.new_tag = QLineEdit(self)
        self.new_tag.setObjectName("newTag")
        self.new_tag.setAccessibleName(translate("TagsDialog", "New tag"))
        self.new_tag.setPlaceholderText(translate("TagsDialog", "New tag"))
        self.add = QPushButton(translate("TagsDialog", "&Add"), self)
        self.add.setObjectName("addTag")
        self.add.setAccessibleName(translate("TagsDialog", "Add tag"))
        self.add.clicked.connect(self.add_typed)
        self.new_tag.returnPressed.connect(self.add_typed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("tagsButtons")
        buttons.setAccessibleName(translate("TagsDialog", "Dialog buttons"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        label = QLabel(translate("TagsDialog", "Tick the tags to keep or add; untick those to remove."), self)
        label.setObjectName("tagsHint")
        label.setAccessibleName(label.text())
        row = QHBoxLayout()
        row.addWidget(self.new_tag)
        row.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.tags)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def _add_item(self, tag: str, checked: bool) -> None:
        item = QListWidgetItem(tag, self.tags)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def add_typed(self) -> None:
        """The typed tag, ticked (an existing tag is just ticked)."""
        tag = formats.clean_tag(self.new_tag.text())
        if not tag:
            return
        found = self.tags.findItems(tag, Qt.MatchFlag.MatchExactly)
        if found:
            found[0].setCheckState(Qt.CheckState.Checked)
        else:
            self._add_item(tag, True)
            self.tags.sortItems()
        self.new_tag.clear()

    def set_checked(self, tag: str, checked: bool) -> None:
        for item in self.tags.findItems(tag, Qt.MatchFlag.MatchExactly):
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def answer(self) -> list[str]:
        self.add_typed()  # a tag typed but not added yet counts
        items = (self.tags.item(row) for row in range(self.tags.count()))
        return sorted((item.text() for item in items if item.checkState() == Qt.CheckState.Checked), key=str.casefold)
