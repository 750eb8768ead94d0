"""The folder, tags and custom fields dialogs on their own: what they return for what the user typed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialogButtonBox

from xencenter.core.organise import formats
from xencenter.ui.dialogs.custom_fields import CustomFieldsDialog
from xencenter.ui.dialogs.folders import FolderDialog
from xencenter.ui.dialogs.tags import TagsDialog

pytestmark = pytest.mark.gui


def test_folder_dialog_cleans_the_path_and_refuses_an_empty_one(qtbot: Any) -> None:
    dialog = FolderDialog(["/HR", "/IT Dept"], current="/HR")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.answer() == "/HR" and ok.isEnabled()
    dialog.path.setEditText(" Web // Production / ")
    assert dialog.answer() == "/Web/Production"
    dialog.path.setEditText(" / / ")
    assert dialog.answer() == "" and not ok.isEnabled()


def test_tags_dialog_ticks_current_tags_and_adds_typed_ones(qtbot: Any) -> None:
    dialog = TagsDialog(["web"], known=["prod", "test"], current=["prod"])
    qtbot.addWidget(dialog)
    assert dialog.answer() == ["prod"]
    dialog.set_checked("prod", False)
    qtbot.keyClicks(dialog.new_tag, "  needs   review ")
    qtbot.keyClick(dialog.new_tag, Qt.Key.Key_Return)
    dialog.new_tag.setText("test")  # typed, not added: still counts, and ticks the existing tag
    assert dialog.answer() == ["needs review", "test"]
    assert dialog.tags.count() == 3


def test_custom_fields_dialog_edits_values_adds_fields_and_writes_dates_in_utc(qtbot: Any) -> None:
    definitions = [formats.FieldDef("Colour"), formats.FieldDef("Installed", formats.DATE)]
    dialog = CustomFieldsDialog("web", definitions, {"Colour": "green", "Installed": "2008-12-03 19:32:12Z"})
    qtbot.addWidget(dialog)
    assert dialog.answer() == (definitions, {"Colour": "green", "Installed": "2008-12-03 19:32:12Z"})
    dialog.set_value("Colour", " blue ")
    dialog.new_name.setText("Colour")
    dialog.add_typed()
    assert dialog.error.text() == "There is already a field named 'Colour'." and not dialog.error.isHidden()
    dialog.new_name.setText("Owner")
    dialog.add_typed()
    dialog.set_value("Owner", "ann")
    date = dialog.editors["Installed"]
    date.edit.setDateTime(QDateTime.fromSecsSinceEpoch(1714979289))  # 2024-05-06 07:08:09 UTC
    fields, values = dialog.answer()
    assert [f.name for f in fields] == ["Colour", "Installed", "Owner"]
    assert values == {"Colour": "blue", "Installed": "2024-05-06 07:08:09Z", "Owner": "ann"}
    date.enabled.setChecked(False)
    assert dialog.answer()[1]["Installed"] == ""
