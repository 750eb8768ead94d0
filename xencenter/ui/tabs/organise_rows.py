"""The General tab's organisation part: folder, tags and custom field rows, and buttons to edit them.

The rows are read through the tab's Tracker (so a change of the object or of the pool's definitions re-renders);
the buttons run the same commands as the context menu (Move to Folder, Edit Tags, Edit Custom Fields).
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ...core.asyncutil import spawn
from ...core.commands import CommandContext, CommandUnavailable, SelectedItem
from ...core.i18n import translate
from ...core.organise import formats
from ..icons import icon
from .base import TabContext
from .deps import Tracker
from .fmt import none_text

log = logging.getLogger("xencenter.ui")

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
    """Move to Folder, Edit Tags and Edit Custom Fields for the shown object, each disabled with its reason."""

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("general-organise")
        self.setAccessibleName(translate("GeneralTab", "Organise"))
        self.context = context
        self.item: SelectedItem | None = None
        self.last: asyncio.Task[bool] | None = None
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for command_id in BUTTONS:
            command = context.commands.get(command_id)
            button = QPushButton(icon(command.icon), command.text.text(), self)
            button.setObjectName(f"general-{command_id.replace('.', '-')}")
            button.setAccessibleName(command.text.text().rstrip("."))
            button.clicked.connect(lambda _=False, cid=command_id: self.run(cid))
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

    def run(self, command_id: str) -> asyncio.Task[bool] | None:
        if self.item is None:
            return None
        from ..commandui import DialogCommandUi  # the dialogs live above the tabs

        context = CommandContext([self.item], self.context.operations, DialogCommandUi(self.window()),
                                 self.context.manager)
        self.last = spawn(self._run(command_id, context), name=command_id)
        return self.last

    async def _run(self, command_id: str, context: CommandContext) -> bool:
        try:
            return await self.context.commands.run(command_id, context)
        except CommandUnavailable as exc:
            log.info("%s", exc)
            return False
