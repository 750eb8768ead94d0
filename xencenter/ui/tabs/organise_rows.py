"""The General tab's organisation part: folder, tags and custom field rows, and buttons to edit them.

The rows are read through the tab's Tracker (so a change of the object or of the pool's definitions re-renders);
the buttons ask for the same commands as the context menu (Move to Folder, Edit Tags, Edit Custom Fields), which
the window runs on the selection.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ...core.commands import SelectedItem
from ...core.i18n import translate
from ...core.organise import formats
from ..widgets.icons import icon
from .base import TabContext
from .deps import Tracker
from .fmt import none_text

Prop = tuple[str, str, str]

BUTTONS = ("organise.move_to_folder", "organise.edit_tags", "organise.edit_custom_fields")


def organise_properties(tracker: Tracker, item: SelectedItem) -> list[Prop]:
    """Folder, tags and one row per custom field of the pool (empty fields say so)."""
    if item.cls not in formats.ORGANISED_CLASSES:
        return []
    record = tracker.get(item.cls, item.ref)
    if record is None:
        return []
    rows = [("folder", translate("GeneralTab", "Folder"), formats.folder_of(record) or none_text()),
            ("tags", translate("GeneralTab", "Tags"), ", ".join(sorted(formats.tags_of(record), key=str.casefold))
             or none_text())]
    pool = next(iter(tracker.items("pool")), None)
    for definition in formats.field_definitions(pool[1] if pool else None):
        raw = formats.field_value(record, definition)
        shown = formats.display_value(raw, definition) if raw else ""
        rows.append((f"custom:{definition.name}", definition.name, shown or none_text()))
    return rows


class OrganiseBar(QWidget):
    """Move to Folder, Edit Tags and Edit Custom Fields for the shown object, each disabled with its reason.

    Signals:
        requested(str): the command the user clicked (for the shown object, which is the selection).
    """

    requested = Signal(str)

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("general-organise")
        self.setAccessibleName(translate("GeneralTab", "Organise"))
        self.context = context
        self.item: SelectedItem | None = None
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for command_id in BUTTONS:
            command = context.commands.get(command_id)
            button = QPushButton(icon(command.icon), command.text.text(), self)
            button.setObjectName(f"general-{command_id.replace('.', '-')}")
            button.setAccessibleName(command.text.text().rstrip("."))
            button.clicked.connect(lambda _=False, cid=command_id: self.requested.emit(cid))
            layout.addWidget(button)
            self.buttons[command_id] = button
        layout.addStretch(1)

    def set_item(self, item: SelectedItem | None) -> None:
        self.item = item
        self.setVisible(item is not None and item.cls in formats.ORGANISED_CLASSES)
        for command_id, button in self.buttons.items():
            reason = self.context.commands.reason(command_id, [item] if item is not None else [])
            button.setEnabled(reason is None)
            button.setToolTip(reason or self.context.commands.get(command_id).text.text())
