"""The page where a group (a vApp, a VM protection policy) gets its VMs: a list to tick, the VMs of another group
marked, and a box that allows moving those. Subclasses give PREFIX (`<prefix>Vms`, `<prefix>Move`,
`<prefix>VmsCaption`), their texts and the VMs offered; the state has `vms` (refs) and `move`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QListWidget, QListWidgetItem, QWidget

from .name_page import named
from .page import PageWidget

NameRole = Qt.ItemDataRole.UserRole + 1


class MemberVmsPageWidget(PageWidget):
    PREFIX = ""

    def labels(self) -> dict[str, str]:
        """Translated texts: "list" (the list's accessible name), "move" (the box), "move_name" (its accessible
        name), "caption" (above the list)."""
        raise NotImplementedError

    def entries(self) -> list[tuple[str, str, str]]:
        """The VMs offered: (ref, name, the text shown: the name, and the group it is in if any)."""
        raise NotImplementedError

    def __init__(self, logic: Any, state: Any, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        text = self.labels()
        self.vms = QListWidget(self)
        named(self.vms, f"{self.PREFIX}Vms", text["list"])
        self.move_box = QCheckBox(text["move"], self)
        named(self.move_box, f"{self.PREFIX}Move", text["move_name"])
        form = QFormLayout(self)
        form.addRow(self.caption(f"{self.PREFIX}VmsCaption", text["caption"]))
        form.addRow(self.vms)
        form.addRow("", self.message("vms"))
        form.addRow(self.move_box)
        self.vms.itemChanged.connect(self._edited)
        self.move_box.toggled.connect(self._edited)

    def fill(self) -> None:
        self.vms.clear()
        for ref, name, text in self.entries():
            item = QListWidgetItem(text, self.vms)
            item.setData(Qt.ItemDataRole.UserRole, ref)
            item.setData(NameRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ref in self.state.vms else Qt.CheckState.Unchecked)
        self.move_box.setChecked(self.state.move)

    def choose(self, *names: str) -> None:
        """Tick exactly the VMs named (tests, and as a user would)."""
        for row in range(self.vms.count()):
            item = self.vms.item(row)
            wanted = item.data(NameRole) in names
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def texts(self) -> list[str]:
        return [self.vms.item(row).text() for row in range(self.vms.count())]

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.state.vms = [str(self.vms.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.vms.count())
                          if self.vms.item(row).checkState() == Qt.CheckState.Checked]
        self.state.move = self.move_box.isChecked()
        self.changed()
