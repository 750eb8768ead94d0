"""The organisation verbs' dialogs (core.commands.organise.OrganiseUi), each opened with open() and awaited."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QWidget

from ...core.organise import formats
from .custom_fields import CustomFieldsDialog
from .folders import FolderDialog
from .modal import show_dialog
from .tags import TagsDialog

T = TypeVar("T")


async def answer_of(dialog: QDialog, read: Callable[[], T]) -> T | None:
    """Show `dialog`; `read()` its answer when accepted, None when cancelled. The dialog is deleted after."""
    try:
        if await show_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        return read()
    finally:
        dialog.deleteLater()


class OrganiseDialogs:
    parent: QWidget | None

    async def ask_folder(self, folders: Sequence[str], current: str, new_only: bool) -> str | None:
        dialog = FolderDialog(folders, current, new_only, self.parent)
        return await answer_of(dialog, dialog.answer) or None

    async def ask_tags(self, names: Sequence[str], known: Sequence[str], current: Sequence[str]) -> list[str] | None:
        dialog = TagsDialog(names, known, current, self.parent)
        return await answer_of(dialog, dialog.answer)

    async def ask_custom_fields(self, name: str, definitions: Sequence[formats.FieldDef],
                                values: Mapping[str, str]) -> tuple[list[formats.FieldDef], dict[str, str]] | None:
        dialog = CustomFieldsDialog(name, definitions, values, self.parent)
        return await answer_of(dialog, dialog.answer)
